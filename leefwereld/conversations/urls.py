from django.urls import path

from . import views

app_name = "conversations"
urlpatterns = [
    path("nieuw/<uuid:person_id>/", views.gesprek_new, name="new"),
    path("<uuid:public_id>/", views.gesprek_detail, name="detail"),
    path("<uuid:public_id>/wijzigen/", views.gesprek_edit, name="edit"),
    path("contact/<uuid:person_id>/", views.contactmoment_new, name="contactmoment_new"),
    path("meting/<uuid:person_id>/", views.assessment_new, name="assessment_new"),
]
