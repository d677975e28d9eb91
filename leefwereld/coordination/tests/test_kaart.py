"""The sociale kaart: CSV import whole or not at all, line-numbered errors, export, and choosing who acts."""
import io

import pytest

from leefwereld.conversations.models import Domain
from leefwereld.coordination import kaart_csv
from leefwereld.coordination.models import ActionEntry, KaartEntry, Law, Level
from leefwereld.coordination.selectors import kaart_for_goal
from leefwereld.coordination.services.choose import action_add_from_kaart
from leefwereld.coordination.services.kaart import kaart_import
from leefwereld.plans.models import ActorKind

from .factories import KaartEntryFactory, OrganisationFactory, WijkFactory

HEADER = ";".join(kaart_csv.COLUMNS)


def _csv(*lines):
    return ("\n".join([HEADER, *lines]) + "\n").encode("utf-8")


GOOD = "Buurtkamer De Linde;collectief;;;Koffie en een praatje;Sociale contacten;;0412 111;0;gratis;Nederlands;nee;;;;"
MAATWERK = ("Huishoudelijke hulp;maatwerk;Thuiszorg Zandhoven;zorg_welzijn;Hulp bij het huishouden;Wonen;;0412 222;4;"
            "eigen bijdrage;Nederlands;nee;wmo;art. 2.3.5 Wmo 2015;uur per week;32,50")


@pytest.mark.django_db
def test_import_adds_entries_with_their_organisation_and_domains(beheerder):
    count, errors = kaart_import(actor=beheerder, data=_csv(GOOD, MAATWERK))
    assert (count, errors) == (2, [])
    hulp = KaartEntry.objects.get(name="Huishoudelijke hulp")
    assert hulp.organisation.name == "Thuiszorg Zandhoven"
    assert (hulp.law, hulp.article, hulp.unit, str(hulp.unit_price)) == (Law.WMO, "art. 2.3.5 Wmo 2015",
                                                                        "uur per week", "32.50")
    assert {d.name for d in KaartEntry.objects.get(name="Buurtkamer De Linde").domains.all()} == {"Sociale contacten"}


@pytest.mark.django_db
def test_a_bad_row_is_reported_by_line_number_and_nothing_is_imported(beheerder):
    no_name = ";informeel;;;;;;;;;;nee;;;;"
    maatwerk_without_price = "Rolstoel;maatwerk;;;;;;;;;;nee;wmo;art. 2.3.5;stuk;"
    bad_level = "X;hoog;;;;;;;;;;nee;;;;"
    count, errors = kaart_import(actor=beheerder, data=_csv(GOOD, no_name, maatwerk_without_price, bad_level))
    assert count == 0
    lines = {line for line, _message in errors}
    assert lines == {3, 4, 5}
    assert any("naam ontbreekt" in m for _line, m in errors)
    assert KaartEntry.objects.count() == 0


@pytest.mark.django_db
def test_wrong_columns_and_a_huge_file_get_a_clear_message(beheerder):
    _count, errors = kaart_import(actor=beheerder, data=b"naam,soort\nA,b\n")
    assert errors[0][0] == 1 and "kolommen" in errors[0][1]
    _count, errors = kaart_import(actor=beheerder, data=b"x" * (50 * 1024 * 1024))
    assert "te groot" in errors[0][1]
    _count, errors = kaart_import(actor=beheerder, data=b"\xff\xfe\x00\x00binary")
    assert errors


@pytest.mark.django_db
def test_export_reads_back_in_unchanged(beheerder):
    kaart_import(actor=beheerder, data=_csv(GOOD, MAATWERK))
    out = io.StringIO()
    kaart_csv.write(kaart_csv.entries_for_export(), out)
    count, errors = kaart_import(actor=beheerder, data=out.getvalue().encode())
    assert (count, errors) == (2, [])
    assert KaartEntry.objects.count() == 2  # updated by name and organisation, not added twice


@pytest.mark.django_db
def test_export_neutralises_formulas(beheerder):
    KaartEntryFactory(name="=HYPERLINK(1)")
    out = io.StringIO()
    kaart_csv.write(kaart_csv.entries_for_export(), out)
    assert "'=HYPERLINK" in out.getvalue()


@pytest.mark.django_db
def test_import_and_export_pages(client_for, beheerder, pro):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = client_for(beheerder)
    response = client.post("/samenwerken/kaart/importeren/", {"file": SimpleUploadedFile("k.csv", _csv(GOOD))})
    assert response.status_code == 302 and KaartEntry.objects.count() == 1
    response = client.post("/samenwerken/kaart/importeren/",
                           {"file": SimpleUploadedFile("k.csv", _csv(";informeel;;;;;;;;;;nee;;;;"))})
    assert response.status_code == 200 and "Regel 2" in response.content.decode()
    export = client.get("/samenwerken/kaart/sociale-kaart.csv")
    assert export.status_code == 200 and "Buurtkamer De Linde" in export.content.decode("utf-8-sig")
    assert client_for(pro).get("/samenwerken/kaart/sociale-kaart.csv").status_code == 404


@pytest.mark.django_db
def test_the_goal_shows_all_four_levels_side_by_side_for_its_domains_and_wijk(pro, goal, person):
    domain = goal.domains.first()
    assert domain is not None
    here, elsewhere = WijkFactory(postcodes="5341"), WijkFactory(postcodes="9999")
    person.postcode = "5341 AB"
    person.save()
    for level in Level:
        KaartEntryFactory(name=f"Hier {level}", level=level, domains=[domain], wijken=[here],
                          **({"law": "wmo", "article": "2.3.5", "unit": "uur", "unit_price": 10}
                             if level == Level.MAATWERK else {}))
    KaartEntryFactory(name="Elders", domains=[domain], wijken=[elsewhere])
    KaartEntryFactory(name="Hele gemeente", level=Level.COLLECTIEF, domains=[domain])
    KaartEntryFactory(name="Ander leefgebied", domains=[Domain.objects.exclude(name=domain.name).first()])
    groups, wijken, _names = kaart_for_goal(actor=pro, goal=goal)
    assert wijken == [here]
    by_level = {level: [e.name for e in entries] for level, entries, _more in groups}
    assert list(by_level) == list(Level)  # never re-ordered, maatwerk always there
    assert by_level[Level.MAATWERK] == ["Hier maatwerk"]
    assert by_level[Level.COLLECTIEF] == ["Hele gemeente", "Hier collectief"]
    assert "Elders" not in by_level[Level.INFORMEEL] and "Ander leefgebied" not in by_level[Level.INFORMEEL]


@pytest.mark.django_db
def test_picking_an_entry_adds_a_linked_action(pro, goal):
    entry = KaartEntryFactory(name="Maatje", level=Level.INFORMEEL, organisation=OrganisationFactory(name="Humanitas"))
    plan = goal.plan
    plan.refresh_from_db()
    action = action_add_from_kaart(actor=pro, goal=goal, entry=entry, expected_version=plan.version,
                                   what="Een maatje om mee te wandelen")
    assert action.actor_kind == ActorKind.VRIJWILLIGER and action.actor_name == "Maatje (Humanitas)"
    assert ActionEntry.objects.get(action=action).entry == entry


@pytest.mark.django_db
def test_kaart_pages_query_counts_do_not_grow(client_for, pro, goal, django_assert_max_num_queries):
    client = client_for(pro)
    url = f"/samenwerken/plan/{goal.plan.public_id}/doel/{goal.public_id}/kaart/"
    KaartEntryFactory.create_batch(3, domains=[goal.domains.first()])
    with django_assert_max_num_queries(40) as small:
        assert client.get(url).status_code == 200
        assert client.get("/samenwerken/kaart/").status_code == 200
    KaartEntryFactory.create_batch(30, domains=[goal.domains.first()], wijken=[WijkFactory()])
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get(url)
        client.get("/samenwerken/kaart/")


@pytest.mark.django_db
def test_the_administrator_keeps_the_kaart_in_beheer_with_the_maatwerk_rule(client_for, beheerder):
    from leefwereld.audit.models import AuditEvent

    client = client_for(beheerder)
    url = "/beheer/coordination/kaartentry/add/"
    assert client.get(url).status_code == 200
    data = {"name": "Traplift", "level": "maatwerk", "description": "", "contact": "", "cost": "", "languages": "",
            "law": "wmo", "article": "", "unit": "stuk", "unit_price": "", "active": "on"}
    response = client.post(url, data)
    assert response.status_code == 200 and "Maatwerk heeft een wet" in response.content.decode()
    response = client.post(url, dict(data, article="art. 2.3.5 Wmo 2015", unit_price="4500"))
    assert response.status_code == 302 and KaartEntry.objects.get().law == Law.WMO
    assert AuditEvent.objects.filter(action="beheer.manage", object_type="coordination.kaartentry").exists()
