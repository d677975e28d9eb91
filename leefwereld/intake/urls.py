from django.urls import path

from . import views

app_name = "intake"
urlpatterns = [
    path("nieuw/", views.register_start, name="register_start"),
    path("nieuw/persoon/", views.register_person, name="register_person"),
    path("nieuw/<uuid:public_id>/", views.register_vraag, name="register_vraag"),
    path("<uuid:public_id>/", views.vraag_detail, name="vraag"),
    path("<uuid:public_id>/oppakken/", views.vraag_pick_up, name="pick_up"),
    path("<uuid:public_id>/afsluiten/", views.vraag_close, name="close"),
    path("<uuid:public_id>/lichte-route/", views.vraag_close_light, name="close_light"),
    path("opvolging/<uuid:public_id>/nieuw/", views.followup_add, name="followup_add"),
    path("opvolging/<uuid:public_id>/gedaan/", views.followup_done, name="followup_done"),
]
