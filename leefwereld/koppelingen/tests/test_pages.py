"""The exchange pages (ADR 0041): the professional's household, message and provider pages go through
the access rule and leave one audit row; the administrator's overview shows no resident."""
import pytest
from django.urls import reverse

from leefwereld.audit.models import AuditEvent
from leefwereld.koppelingen.istandaarden.leesbaar import velden
from leefwereld.koppelingen.istandaarden.transport import uitwisselen
from leefwereld.koppelingen.models import Aanbieder, Bericht, Richting

from .test_istandaarden import assign

pytestmark = pytest.mark.django_db


@pytest.fixture
def exchanged(settings, pro, voorziening, aanbieder, provider, client_person):
    """An assignment that went out, was received and started, and one unknown start that was refused."""
    settings.LEEFWERELD_ISTANDAARDEN, settings.LEEFWERELD_GEMEENTECODE = True, "1999"
    t = assign(pro, voorziening, aanbieder)
    provider.start("wmo", bsn=client_person.bsn, birth="1948-03-09", achternaam="Dalen", nummer="99999",
                   ingang="2026-12-01", begin="2026-12-01")
    uitwisselen()
    return t


def _rows(after):
    return list(AuditEvent.objects.filter(id__gt=after))


def _last():
    return AuditEvent.objects.order_by("-id").values_list("id", flat=True).first() or 0


def test_household_page_lists_messages_with_codes_and_what_to_resolve(client_for, pro, exchanged, client_person,
                                                                      django_assert_max_num_queries):
    client = client_for(pro)
    url = reverse("koppelingen:household", args=[client_person.household.public_id])
    last = _last()
    with django_assert_max_num_queries(12):
        page = client.get(url)
    html = page.content.decode()
    assert page.status_code == 200
    assert "WMO301" in html and "WMO302" in html and "Zorg gestart" in html
    # The start for an assignment nobody knows came in for no household: the provider's own mistake.
    assert [(r.action, r.household_pk) for r in _rows(last)] == [("toewijzingen.view", client_person.household_id)]


def test_query_count_does_not_grow_with_the_messages(client_for, pro, exchanged, client_person, aanbieder,
                                                     django_assert_max_num_queries):
    for _ in range(5):
        Bericht.objects.create(household=client_person.household, aanbieder=aanbieder, richting=Richting.IN,
                               soort="wmo305", xml="<x/>", retourcodes="9019")
    client = client_for(pro)
    with django_assert_max_num_queries(12):
        html = client.get(reverse("koppelingen:household", args=[client_person.household.public_id])).content.decode()
    assert "Op te lossen" in html and "Er is geen toewijzing waar dit bij hoort" in html


def test_message_detail_shows_readable_fields_first_and_the_xml_behind_a_disclosure(client_for, pro, exchanged,
                                                                                      client_person):
    out = Bericht.objects.get(soort="wmo301")
    client = client_for(pro)
    last = _last()
    html = client.get(reverse("koppelingen:bericht", args=[out.pk])).content.decode()
    assert html.index("Toewijzing nummer") < html.index("<details>") < html.index("&lt;wmo301:Bericht")
    assert "999993653" in html and "Goedgekeurd" in html  # the 302's codes, in words
    rows = _rows(last)
    assert [(r.action, r.person_pk, r.object_type) for r in rows] == [
        ("toewijzingen.view", client_person.pk, "koppelingen.bericht")]


def test_readable_fields_of_a_301(exchanged):
    sections = velden(Bericht.objects.get(soort="wmo301").xml)
    names = [name for name, _rows in sections]
    assert names == ["Header", "Client", "Toegewezen product"]
    client = dict(sections[1][1])
    assert client["Bsn"] == "999993653" and client["Naam › Geslachtsnaam › Achternaam"] == "Dalen"
    assert dict(sections[2][1])["Toewijzing nummer"] == exchanged.nummer
    assert velden("geen xml <") == []


def test_someone_outside_the_team_gets_404_and_only_the_refusal_logged(client_for, outsider, exchanged, client_person):
    client = client_for(outsider)
    out = Bericht.objects.get(soort="wmo301")
    last = _last()
    assert client.get(reverse("koppelingen:bericht", args=[out.pk])).status_code == 404
    assert client.get(reverse("koppelingen:household", args=[client_person.household.public_id])).status_code == 404
    assert [r.action for r in _rows(last)] == ["security.refused"] * 2  # refused, and nothing shown


def test_provider_page_lists_only_visible_assignments_and_names_them_in_the_row(client_for, pro, outsider, exchanged,
                                                                               client_person, aanbieder):
    last = _last()
    html = client_for(pro).get(reverse("koppelingen:aanbieder", args=[aanbieder.agb_code])).content.decode()
    assert client_person.full_name in html
    [row] = _rows(last)
    assert row.detail["shown"] == [client_person.pk] and row.detail["aanbieder"] == aanbieder.agb_code
    html = client_for(outsider).get(reverse("koppelingen:aanbieder", args=[aanbieder.agb_code])).content.decode()
    assert client_person.full_name not in html and "Geen toewijzingen" in html


def test_administrator_sees_the_exchange_without_whom(client_for, beheerder, pro, exchanged, client_person,
                                                      aanbieder, django_assert_max_num_queries):
    client = client_for(beheerder)
    last = _last()
    with django_assert_max_num_queries(12):
        html = client.get(reverse("koppelingen:beheer")).content.decode()
    assert aanbieder.name in html and "9019" in html and "Er is geen toewijzing" in html
    html += client.get(reverse("koppelingen:beheer_aanbieder", args=[aanbieder.agb_code])).content.decode()
    assert "WMO301" in html
    for secret in (client_person.bsn, client_person.family_name, client_person.household.name):
        assert secret not in html
    assert _rows(last) == []
    # The professional may not see the administrator's overview, nor the administrator a household.
    assert client_for(pro).get(reverse("koppelingen:beheer")).status_code == 404
    assert client_for(beheerder).get(
        reverse("koppelingen:household", args=[client_person.household.public_id])).status_code == 404


def test_admin_explanation_masks_digit_runs(client_for, beheerder, db):
    a = Aanbieder.objects.create(name="Zorg B.V.", agb_code="12345678")
    Bericht.objects.create(aanbieder=a, richting=Richting.IN, soort="", xml="rommel",
                           retourcodes="0001", uitleg="Element Bsn: '999993653' is not accepted")
    html = client_for(beheerder).get(reverse("koppelingen:beheer")).content.decode()
    assert "999993653" not in html and "Onleesbaar bericht" in html
