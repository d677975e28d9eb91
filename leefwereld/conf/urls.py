"""Top-level URLs: each app mounts its own."""
from django.urls import include, path

urlpatterns = [
    path("", include("leefwereld.workspace.urls")),
    path("personen/", include("leefwereld.residents.urls")),
    path("vragen/", include("leefwereld.intake.urls")),
    path("gesprekken/", include("leefwereld.conversations.urls")),
    path("plannen/", include("leefwereld.plans.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
]
