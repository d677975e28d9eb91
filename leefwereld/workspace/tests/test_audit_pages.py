"""One audit row per page view, in the cases a plain GET does not reach: lists record whom they showed,
a conflict page and a refused pick-up still leave the row of what they show, after the rollback."""
import pytest
from django.forms.models import model_to_dict
from django.urls import reverse
from django.utils import timezone

from leefwereld.audit.models import AuditEvent
from leefwereld.conversations import services as conversation_services
from leefwereld.intake import services as intake_services
from leefwereld.plans import services as plan_services
from leefwereld.plans.models import Plan
from leefwereld.residents import services as resident_services
from leefwereld.residents.forms import PersonEditForm
from leefwereld.residents.tests.factories import PersonFactory


def _new_rows(since):
    return list(AuditEvent.objects.filter(id__gt=since).order_by("id"))


def _person_post(person, version, **changes):
    """What the person form posts: the saved values, with some changed."""
    data = {k: v or "" for k, v in model_to_dict(person, fields=PersonEditForm.Meta.fields).items()}
    return {**data, "version": version, **changes}


def _last():
    return AuditEvent.objects.order_by("-id").values_list("id", flat=True).first() or 0


def test_search_results_record_who_was_shown(client_for, pro, person, team):
    other = PersonFactory(household__team=team, given_name="Bas", family_name="Dalen")
    PersonFactory(household__team=team, given_name="Carla", family_name="Jansen")
    since = _last()
    html = client_for(pro).post(reverse("workspace:search"), {"name": "Dalen"}).content.decode()
    assert "Saskia van Dalen" in html and "Bas Dalen" in html
    [row] = _new_rows(since)
    assert row.action == "persons.search"
    assert sorted(row.detail["shown"]) == sorted([person.pk, other.pk])
    assert row.detail["by"] == ["name"] and "Dalen" not in str(row.detail)


def test_a_search_that_finds_nobody_still_says_so(client_for, pro, person):
    since = _last()
    client_for(pro).post(reverse("workspace:search"), {"name": "Niemand"})
    [row] = _new_rows(since)
    assert row.detail["shown"] == []


def test_a_get_with_search_terms_in_the_url_does_not_search(client_for, pro, person):
    type(person).objects.filter(pk=person.pk).update(bsn="111222333")
    since = _last()
    html = client_for(pro).get(reverse("workspace:search"), {"bsn": "111222333", "name": "Dalen"}).content.decode()
    assert "Saskia" not in html and "gevonden" not in html
    assert _new_rows(since) == []
    html = client_for(pro).get(reverse("intake:register_start"), {"bsn": "111222333", "zoek": "1"}).content.decode()
    assert "Saskia" not in html and _new_rows(since) == []


def test_the_one_door_searches_by_post(client_for, pro, person):
    since = _last()
    html = client_for(pro).post(reverse("intake:register_start") + "?soort=signaal",
                                {"name": "Dalen"}).content.decode()
    assert "Saskia van Dalen" in html
    [row] = _new_rows(since)
    assert row.detail["shown"] == [person.pk]


def test_werkvoorraad_row_lists_every_person_shown(client_for, pro, colleague, person, team):
    resident_services.person_assign_contact(actor=pro, person=person, contactpersoon=pro)
    signalled = PersonFactory(household__team=team, given_name="Kees")
    intake_services.vraag_register(actor=colleague, person=signalled, kind="signaal", brought_by="netwerk",
                                   words="Zorg", received_on=timezone.localdate())
    PersonFactory(household__team=team, given_name="Niet", family_name="Getoond")
    since = _last()
    client_for(pro).get(reverse("workspace:werkvoorraad"))
    [row] = _new_rows(since)
    assert row.action == "werkvoorraad.view" and row.person_pk is None
    assert sorted(row.detail["shown"]) == sorted([person.pk, signalled.pk])


def test_household_file_row_lists_its_members(client_for, pro, person):
    child = PersonFactory(household=person.household, given_name="Amanda")
    since = _last()
    client_for(pro).get(reverse("workspace:household", args=[person.household.public_id]))
    [row] = _new_rows(since)
    assert (row.action, row.household_pk) == ("households.view", person.household.pk)
    assert sorted(row.detail["shown"]) == sorted([person.pk, child.pk])


def test_person_file_row_lists_the_household_members(client_for, pro, person):
    child = PersonFactory(household=person.household, given_name="Amanda")
    since = _last()
    client_for(pro).get(reverse("workspace:person", args=[person.public_id]))
    [row] = _new_rows(since)
    assert (row.action, row.person_pk) == ("persons.view", person.pk)
    assert row.detail["shown"] == [child.pk]


def test_a_person_conflict_page_keeps_its_row_after_the_rollback(client_for, pro, colleague, person):
    resident_services.person_update(actor=colleague, person=person, expected_version=1, data={"phone": "06 22222222"})
    since = _last()
    response = client_for(pro).post(reverse("residents:edit", args=[person.public_id]),
                                    _person_post(person, 1, phone="06 33333333"))
    assert "Iemand anders heeft dit intussen opgeslagen" in response.content.decode()
    [row] = _new_rows(since)
    assert (row.action, row.person_pk) == ("persons.view", person.pk)


def test_a_gesprek_conflict_page_keeps_its_row(client_for, pro, colleague, person):
    gesprek = conversation_services.gesprek_create(actor=pro, person=person, data={"held_on": timezone.localdate()})
    conversation_services.gesprek_update(actor=colleague, gesprek=gesprek, expected_version=1,
                                         data={"nodig": "Van Joost"})
    since = _last()
    response = client_for(pro).post(reverse("conversations:edit", args=[gesprek.public_id]), {
        "version": 1, "held_on": timezone.localdate().isoformat(), "nodig": "Van Fatima"})
    assert "Iemand anders heeft dit intussen opgeslagen" in response.content.decode()
    [row] = _new_rows(since)
    assert (row.action, row.person_pk) == ("gesprekken.view", person.pk)


def test_a_plan_conflict_page_keeps_its_row(client_for, pro, colleague, person):
    plan = plan_services.plan_start(actor=pro, person=person)
    stale = Plan.objects.get(pk=plan.pk).version
    plan_services.goal_add(actor=colleague, plan=plan, expected_version=stale, words="Werk")
    since = _last()
    response = client_for(pro).post(reverse("plans:goal_add", args=[plan.public_id]),
                                    {"version": stale, "words": "Wonen"})
    assert "Iemand anders heeft dit intussen opgeslagen" in response.content.decode()
    [row] = _new_rows(since)
    assert (row.action, row.household_pk) == ("plans.view", person.household.pk)


def test_a_refused_pick_up_409_leaves_one_row(client_for, pro, colleague, person):
    vraag = intake_services.vraag_register(actor=pro, person=person, kind="vraag", brought_by="inwoner",
                                           words="Werk", received_on=timezone.localdate())
    intake_services.vraag_pick_up(actor=colleague, vraag=vraag)
    since = _last()
    response = client_for(pro).post(reverse("intake:pick_up", args=[vraag.public_id]))
    assert response.status_code == 409
    [row] = _new_rows(since)
    assert (row.action, row.person_pk, row.object_ref) == ("vragen.view", person.pk, str(vraag.public_id))


def test_a_saved_form_leaves_only_the_row_of_the_change(client_for, pro, person):
    since = _last()
    response = client_for(pro).post(reverse("residents:edit", args=[person.public_id]),
                                    _person_post(person, 1, phone="06 33333333"))
    assert response.status_code == 302
    assert [r.action for r in _new_rows(since)] == ["persons.update"]


def test_a_form_with_a_mistake_shows_the_person_again_and_logs_that(client_for, pro, person):
    since = _last()
    response = client_for(pro).post(reverse("intake:followup_add", args=[person.public_id]), {"what": ""})
    assert response.status_code == 200 and "Saskia van Dalen" in response.content.decode()
    assert [(r.action, r.person_pk) for r in _new_rows(since)] == [("persons.view_basic", person.pk)]


@pytest.mark.django_db
def test_a_refused_page_leaves_no_display_row(client_for, outsider, person):
    since = _last()
    assert client_for(outsider).get(reverse("workspace:person", args=[person.public_id])).status_code == 404
    # No display row; only the security log's record of the refused attempt (ADR 0005), about nobody.
    rows = _new_rows(since)
    assert [r.action for r in rows] == ["security.refused"]
    assert rows[0].person_pk is None and rows[0].household_pk is None


def test_probable_duplicates_shown_at_registration_are_logged(client_for, pro, person):
    since = _last()
    response = client_for(pro).post(reverse("intake:register_person"), {
        "given_name": "Saskia", "family_name": person.family_name, "birth_date": person.birth_date.isoformat(),
        "street": "X", "house_number": "1", "postcode": "1234 AB", "city": "Y"})
    assert "Saskia van Dalen" in response.content.decode()
    [row] = _new_rows(since)
    assert row.detail["shown"] == [person.pk] and row.detail["duplicates"] is True
    assert row.action == "persons.search"  # a look at who may be the same, not a registration
