from django.urls import path

from . import audit_views, views

app_name = "workspace"
urlpatterns = [
    path("", views.werkvoorraad, name="werkvoorraad"),
    path("account/inloggen/", views.login, name="login"),
    path("account/uitloggen/", views.logout, name="logout"),
    path("zoeken/", views.search, name="search"),
    path("dossier/<uuid:public_id>/", views.person_file, name="person"),
    path("dossier/<uuid:public_id>/blanco/", views.person_blanco, name="person_blanco"),
    path("huishouden/<uuid:public_id>/", views.household_file, name="household"),
    path("logboek/", audit_views.team_audit, name="team_audit"),
    path("logboek/export.csv", audit_views.team_audit_csv, name="team_audit_csv"),
]
