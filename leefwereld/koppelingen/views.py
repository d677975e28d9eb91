"""The exchange pages (ADR 0041): a household's iWmo/iJw messages and one message for the professional;
the exchange per provider, its errors and the BRP and zaaksysteem calls for the administrator."""
from django.conf import settings
from django.shortcuts import render

from leefwereld.access.views import requires
from leefwereld.residents import selectors as resident_selectors

from . import selectors
from .istandaarden.leesbaar import velden


@requires("toewijzingen.view")
def household(request, public_id):
    household = resident_selectors.household_get(actor=request.user, public_id=public_id,
                                                 action="toewijzingen.view")
    return render(request, "koppelingen/household.html", {
        "household": household, **selectors.household_exchange(actor=request.user, household=household)})


@requires("toewijzingen.view")
def bericht(request, pk):
    bericht = selectors.bericht_get(actor=request.user, pk=pk)
    return render(request, "koppelingen/bericht.html", {
        "bericht": bericht, "velden": velden(bericht.xml),
        "antwoorden": selectors.bericht_antwoorden(actor=request.user, bericht=bericht)})


@requires("toewijzingen.view")
def aanbieder(request, agb_code):
    aanbieder = selectors.aanbieder_get(agb_code=agb_code)
    return render(request, "koppelingen/aanbieder.html", {
        "aanbieder": aanbieder, "toewijzingen": selectors.aanbieder_toewijzingen(actor=request.user,
                                                                                aanbieder=aanbieder)})


@requires("koppelingen.monitor")
def beheer(request):
    fouten = selectors.fouten_overzicht()
    for b in fouten:
        b.uitleg_veilig = selectors.uitleg_zonder_wie(b.uitleg)
    return render(request, "koppelingen/beheer.html", {
        "aanbieders": selectors.aanbieders_overzicht(), "fouten": fouten, "brp": selectors.brp_aanroepen(),
        "zaken": selectors.zaak_registraties(), "limit": selectors.LIMIT, "menu_current": "koppelingen",
        "aan": {"istandaarden": settings.LEEFWERELD_ISTANDAARDEN, "brp": bool(settings.LEEFWERELD_BRP_URL),
                "zgw": bool(settings.LEEFWERELD_ZGW_URL)}})


@requires("koppelingen.monitor")
def beheer_aanbieder(request, agb_code):
    aanbieder = selectors.aanbieder_get(agb_code=agb_code)
    rows = selectors.aanbieder_berichten(aanbieder=aanbieder)
    for b in rows:
        b.uitleg_veilig = selectors.uitleg_zonder_wie(b.uitleg)
    return render(request, "koppelingen/beheer_aanbieder.html", {
        "aanbieder": aanbieder, "berichten": rows, "limit": selectors.LIMIT, "menu_current": "koppelingen"})
