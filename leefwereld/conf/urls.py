"""Top-level URLs: each app mounts its own."""
from django.contrib import admin
from django.urls import include, path

from leefwereld.workspace.landing import home

urlpatterns = [
    path("", include("leefwereld.workspace.urls")),
    path("start/", home, name="home"),
    path("beheer/", admin.site.urls),
    path("personen/", include("leefwereld.residents.urls")),
    path("vragen/", include("leefwereld.intake.urls")),
    path("gesprekken/", include("leefwereld.conversations.urls")),
    path("plannen/", include("leefwereld.plans.urls")),
    path("besluiten/", include("leefwereld.decisions.urls")),
    path("leren/", include("leefwereld.learning.urls")),
    path("samenwerken/", include("leefwereld.coordination.urls")),
    path("ruimte/", include("leefwereld.ruimte.urls")),
    path("geld/", include("leefwereld.money.urls")),
    path("documenten/", include("leefwereld.documenten.urls")),
    path("meldingen/", include("leefwereld.notify.urls")),
    path("koppelingen/", include("leefwereld.koppelingen.urls")),
    path("", include("leefwereld.portal.urls")),  # Mijn Leefwereld (/mijn/…, /oidc/…) and the inwoners' messages
    path("", include("leefwereld.toezicht.urls")),  # noodtoegang and the privacy officer's report (ADR 0038)
    path("api/v1/", include("leefwereld.api.urls")),
    path("kompas/", include("leefwereld.kompas.urls")),
    path("raad/", include("leefwereld.kompas.council_urls")),
    path("i18n/", include("django.conf.urls.i18n")),
]
