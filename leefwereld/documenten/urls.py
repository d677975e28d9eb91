from django.urls import path

from . import views

app_name = "documenten"
urlpatterns = [
    path("huishouden/<uuid:public_id>/", views.household_documents, name="household"),
    path("verwijzing/<uuid:public_id>/", views.referral_documents, name="referral"),
    path("<uuid:public_id>/download/", views.download, name="download"),
]
