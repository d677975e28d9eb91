from django.urls import path

from . import views

app_name = "residents"
urlpatterns = [
    path("<uuid:public_id>/wijzigen/", views.person_edit, name="edit"),
    path("<uuid:public_id>/situatie/", views.person_situation, name="situation"),
    path("<uuid:public_id>/contactpersoon/", views.assign_contact, name="assign_contact"),
    path("<uuid:public_id>/netwerk/nieuw/", views.network_add, name="network_add"),
    path("netwerk/<uuid:public_id>/", views.network_edit, name="network_edit"),
    path("<uuid:public_id>/huishouden/nieuw-lid/", views.household_member_add, name="household_member_add"),
    path("huishouden/<uuid:public_id>/afsluiten/", views.dossier_close, name="dossier_close"),
    path("<uuid:public_id>/blanco/", views.blanco_start, name="blanco_start"),
    path("<uuid:public_id>/dossier-openen/", views.blanco_open, name="blanco_open"),
]
