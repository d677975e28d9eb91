from django.urls import path

from . import views

app_name = "notify"
urlpatterns = [
    path("", views.dead_letters, name="dead_letters"),
    path("<str:public_id>/opnieuw/", views.retry, name="retry"),
]
