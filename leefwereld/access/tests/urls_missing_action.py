"""A URLconf with a view that declares no action, to prove the system check catches it."""
from django.http import HttpResponse
from django.urls import path


def undeclared(request):
    return HttpResponse("oops")


urlpatterns = [path("undeclared/", undeclared)]
