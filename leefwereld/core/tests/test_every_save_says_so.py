"""Every view that saves through a service and then redirects tells the user so (a Django message).

Generated from the source of every views module, so a new saving view fails here until it says what
happened. The message itself is checked in the browser (tests/e2e/test_feedback.py) and below.
"""
import ast
import re
from pathlib import Path

import pytest
from django.urls import reverse

ROOT = Path(__file__).resolve().parents[2]
SERVICE_MODULES = {"services", "resident_services", "two_factor"}
# Views that save and redirect without a message of their own, and why.
EXEMPT = {
    "recovery_codes": "the page it returns to shows the new codes themselves",
    "login_code": "signing in saves nothing of the user's: the page they land on is the answer",
}


def _calls(node):
    for child in ast.walk(node):
        if isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute) and isinstance(
                child.func.value, ast.Name):
            yield child.func.value.id, child.func.attr


def saving_views():
    for path in sorted(ROOT.glob("*/*views.py")):
        for node in ast.parse(path.read_text()).body:
            if not isinstance(node, ast.FunctionDef):
                continue
            calls = set(_calls(node))
            redirects = any(isinstance(c, ast.Call) and getattr(c.func, "id", "") == "redirect"
                            for c in ast.walk(node))
            if redirects and any(module in SERVICE_MODULES for module, _ in calls):
                yield f"{path.parent.name}.{node.name}", calls


def test_the_list_of_saving_views_is_found():
    names = {name for name, _ in saving_views()}
    assert {"plans.submit", "intake.register_vraag", "conversations.gesprek_new", "residents.person_edit"} <= names
    assert len(names) >= 25


@pytest.mark.parametrize(("name", "calls"), list(saving_views()), ids=lambda v: v if isinstance(v, str) else "")
def test_every_saving_view_leaves_a_message(name, calls):
    if name.split(".")[1] in EXEMPT:
        return
    levels = {attr for module, attr in calls if module == "messages"}
    assert levels & {"success", "info"}, f"{name} saves and redirects without saying so"


def test_a_plan_submitted_names_the_reviewers_and_the_page_reads_it_out(client_for, pro, colleague, team, person):
    from leefwereld.accounts.models import Discipline
    from leefwereld.accounts.tests.factories import UserFactory
    from leefwereld.plans import services
    from leefwereld.plans.models import Plan

    anouk = UserFactory(team=team, discipline=Discipline.WERK_INKOMEN, first_name="Anouk", last_name="Visser")
    plan = services.plan_start(actor=pro, person=person)
    services.goal_add(actor=pro, plan=plan, expected_version=Plan.objects.get(pk=plan.pk).version, words="Werk")
    client = client_for(pro)
    response = client.post(reverse("plans:submit", args=[plan.public_id]),
                           {"version": Plan.objects.get(pk=plan.pk).version, "reviewers": [colleague.pk, anouk.pk]})
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    said = re.search(r'<div class="utrecht-alert utrecht-alert--ok lw-message" role="status">.*?<p[^>]*>(.*?)</p>',
                     page, re.S)
    assert said and said.group(1) in ("Plan voorgelegd aan Joost de Wit en Anouk Visser.",
                                      "Plan voorgelegd aan Anouk Visser en Joost de Wit."), page[:3000]


def test_messages_are_alerts_of_their_kind():
    from django.contrib import messages
    from django.contrib.messages.storage.base import Message
    from django.template.loader import render_to_string

    html = render_to_string("base.html", {"messages": [
        Message(messages.SUCCESS, "Opgeslagen."), Message(messages.INFO, "Al verstuurd."),
        Message(messages.ERROR, "Niet gelukt.")]})
    assert 'utrecht-alert--ok lw-message" role="status"' in html
    assert 'utrecht-alert--info lw-message" role="status"' in html
    assert 'utrecht-alert--error lw-message" role="alert"' in html


def _today():
    from django.utils import timezone

    return timezone.localdate().isoformat()


# (url name, what the url is about, a valid post, the message that must follow)
SAVES = [
    ("conversations:contactmoment_new", "person", lambda: {"on": _today(), "kind": "bezoek", "minutes": "20"},
     "Contactmoment opgeslagen."),
    ("conversations:new", "person", lambda: {"held_on": _today(), "duration_minutes": "60"}, "Gesprek opgeslagen."),
    ("intake:register_vraag", "person", lambda: {"kind": "vraag", "brought_by": "inwoner", "words": "Hulp bij post.",
                                                 "received_on": _today(), "pick_up": "on"},
     "Vraag geregistreerd en opgepakt."),
    ("intake:followup_add", "person", lambda: {"what": "Bellen", "due_on": _today()}, "Opvolging opgeslagen."),
    ("plans:goal_add", "plan", lambda: {"words": "Weer werken", "person": ""}, "Doel opgeslagen."),
]


@pytest.mark.parametrize(("name", "about", "data", "said"), SAVES, ids=[s[0] for s in SAVES])
def test_a_save_says_so(client_for, pro, person, name, about, data, said):
    from django.contrib.messages import get_messages

    from leefwereld.plans import services
    from leefwereld.plans.models import Plan

    payload = data()
    subject = person
    if about == "plan":
        subject = services.plan_start(actor=pro, person=person)
        payload["version"] = Plan.objects.get(pk=subject.pk).version
    response = client_for(pro).post(reverse(name, args=[subject.public_id]), payload)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert [str(m) for m in get_messages(response.wsgi_request)] == [said]
