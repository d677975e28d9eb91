from django.urls import path

from . import audit_views, health, security_views, signin_views, views
from .selectors import WORKLISTS

app_name = "workspace"
urlpatterns = [
    path("", views.werkvoorraad, name="werkvoorraad"),
    *[path(f"werkvoorraad/{slug}/", views.werkvoorraad_list, {"slug": slug}, name=f"werkvoorraad_{slug}")
      for slug in WORKLISTS],
    path("gezond/", health.health, name="health"),
    path("account/inloggen/", signin_views.login, name="login"),
    path("account/inloggen/code/", signin_views.login_code, name="login_code"),
    path("account/app-koppelen/", signin_views.enrol, name="enrol"),
    path("account/app-koppelen/qr.svg", signin_views.enrol_qr, name="enrol_qr"),
    path("account/uitloggen/", signin_views.logout, name="logout"),
    path("account/", signin_views.account, name="account"),
    path("account/herstelcodes/", signin_views.recovery_codes, name="recovery_codes"),
    path("account/wachtwoord/", signin_views.password_change, name="password_change"),
    path("beveiligingslog/", security_views.security_log, name="security_log"),
    path("zoeken/", views.search, name="search"),
    path("dossier/<uuid:public_id>/", views.person_file, name="person"),
    path("dossier/<uuid:public_id>/blanco/", views.person_blanco, name="person_blanco"),
    path("huishouden/<uuid:public_id>/", views.household_file, name="household"),
    path("logboek/", audit_views.team_audit, name="team_audit"),
    path("logboek/export.csv", audit_views.team_audit_csv, name="team_audit_csv"),
]
