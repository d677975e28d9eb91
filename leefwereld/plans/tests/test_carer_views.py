"""Screens for the carer in the plan: choosing a network member as a goal's owner, recording several voices,
keeping what was typed on errors, and one audit row per page."""
import pytest
from django.urls import reverse

from leefwereld.audit.models import AuditEvent
from leefwereld.plans import services
from leefwereld.plans.models import Agreement, Goal, Plan
from leefwereld.residents.models import Draagkracht
from leefwereld.residents.tests.factories import NetworkMemberFactory

ILSE_GOAL = "Ilse wil weer één avond per week voor zichzelf."
ILSE_SAYS = "Drie uur respijt per week is te weinig."


@pytest.fixture
def plan(pro, person):
    return services.plan_start(actor=pro, person=person)


@pytest.fixture
def ilse(person):
    return NetworkMemberFactory(person=person, name="Ilse (dochter)", draagkracht=Draagkracht.OVERBELAST)


def _v(plan):
    return Plan.objects.get(pk=plan.pk).version


def _rows_of(client, url):
    since = AuditEvent.objects.order_by("-id").values_list("id", flat=True).first() or 0
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode(), AuditEvent.objects.filter(id__gt=since).count()


def test_the_carer_can_own_a_goal_and_her_load_is_shown(client_for, pro, plan, ilse):
    client = client_for(pro)
    html, rows = _rows_of(client, reverse("plans:goal_add", args=[plan.public_id]))
    assert rows == 1
    assert f'value="netwerk-{ilse.pk}"' in html and "Ilse (dochter) – overbelast" in html
    response = client.post(reverse("plans:goal_add", args=[plan.public_id]),
                           {"version": _v(plan), "owner": f"netwerk-{ilse.pk}", "words": ILSE_GOAL})
    assert response.status_code == 302
    assert Goal.objects.get().network_member == ilse
    html, rows = _rows_of(client, reverse("plans:detail", args=[plan.public_id]))
    assert rows == 1
    assert "Ilse (dochter)" in html and ILSE_GOAL in html
    assert "Let op: Ilse (dochter) is overbelast." in html and "lw-badge--warn" in html


def test_a_goal_form_with_an_error_keeps_the_chosen_carer(client_for, pro, plan, ilse):
    response = client_for(pro).post(reverse("plans:goal_add", args=[plan.public_id]),
                                    {"version": _v(plan), "owner": f"netwerk-{ilse.pk}", "words": ""})
    html = response.content.decode()
    assert response.status_code == 200 and "Schrijf het doel op" in html
    assert f'value="netwerk-{ilse.pk}" selected' in html
    assert not Goal.objects.exists()


def test_a_network_member_of_another_household_is_refused_with_a_message(client_for, pro, plan):
    stranger = NetworkMemberFactory()
    response = client_for(pro).post(reverse("plans:goal_add", args=[plan.public_id]),
                                    {"version": _v(plan), "owner": f"netwerk-{stranger.pk}", "words": ILSE_GOAL})
    html = response.content.decode()
    assert response.status_code == 200 and ILSE_GOAL in html and "utrecht-form-field--invalid" in html
    assert not Goal.objects.exists()
    for nonsense in ["netwerk-x", "lid-99999999999999999999", "iets"]:
        response = client_for(pro).post(reverse("plans:goal_add", args=[plan.public_id]),
                                        {"version": _v(plan), "owner": nonsense, "words": ILSE_GOAL})
        assert response.status_code == 200
    assert not Goal.objects.exists()


def test_editing_a_goal_shows_its_network_owner(client_for, pro, plan, ilse):
    goal = services.goal_add(actor=pro, plan=plan, expected_version=_v(plan), words=ILSE_GOAL,
                             network_member=ilse)
    html = client_for(pro).get(reverse("plans:goal_edit", args=[plan.public_id, goal.public_id])).content.decode()
    assert f'value="netwerk-{ilse.pk}" selected' in html


def test_the_resident_and_the_carer_speak_side_by_side(client_for, pro, person, plan, ilse):
    client = client_for(pro)
    url = reverse("plans:agreement", args=[plan.public_id])
    html, rows = _rows_of(client, url)
    assert rows == 1
    assert f'value="lid-{person.pk}" selected' in html and f'value="netwerk-{ilse.pk}"' in html
    common = {"how": "gesprek"}
    assert client.post(url, {**common, "speaker": f"lid-{person.pk}", "agrees": "ja",
                             "on": plan.created_at.date().isoformat()}).status_code == 302
    assert client.post(url, {**common, "speaker": f"netwerk-{ilse.pk}", "agrees": "nee", "how": "telefoon",
                             "disagreement": ILSE_SAYS,
                             "on": plan.created_at.date().isoformat()}).status_code == 302
    html, rows = _rows_of(client, reverse("plans:detail", args=[plan.public_id]))
    assert rows == 1
    assert "Saskia van Dalen" in html and "Ilse (dochter)" in html and ILSE_SAYS in html
    assert "Over eerdere versies" not in html
    # After a change of the plan, these voices are history of an earlier version.
    services.goal_add(actor=pro, plan=plan, expected_version=_v(plan), words="Rust thuis")
    html = client.get(reverse("plans:detail", args=[plan.public_id])).content.decode()
    current, earlier = html.split("Over eerdere versies")
    assert "Nog niet vastgelegd." in current and ILSE_SAYS in earlier


def test_a_representative_needs_a_name_and_nothing_typed_is_lost(client_for, pro, plan):
    client = client_for(pro)
    url = reverse("plans:agreement", args=[plan.public_id])
    since = AuditEvent.objects.order_by("-id").values_list("id", flat=True).first() or 0
    response = client.post(url, {"speaker": "vertegenwoordiger", "representative_name": "",
                                 "representative_role": "mentor", "agrees": "nee", "how": "schriftelijk",
                                 "on": plan.created_at.date().isoformat(), "disagreement": "Te veel tegelijk."})
    html = response.content.decode()
    assert response.status_code == 200 and "Schrijf de naam van de vertegenwoordiger op." in html
    assert "Te veel tegelijk." in html and 'value="mentor" selected' in html
    assert 'value="vertegenwoordiger" selected' in html
    assert AuditEvent.objects.filter(id__gt=since).count() == 1
    assert not Agreement.objects.exists()
    client.post(url, {"speaker": "vertegenwoordiger", "representative_name": "Mr. A. de Bruin",
                      "representative_role": "mentor", "agrees": "ja", "how": "schriftelijk",
                      "on": plan.created_at.date().isoformat()})
    voice = Agreement.objects.get()
    assert (voice.speaker_kind, voice.representative_name, voice.representative_role) == (
        "vertegenwoordiger", "Mr. A. de Bruin", "mentor")
    assert "Mr. A. de Bruin" in client.get(reverse("plans:detail", args=[plan.public_id])).content.decode()
