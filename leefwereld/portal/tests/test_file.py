"""The resident's own file in the portal, on the demo municipality: reading, adding, messages both ways,
consent withdrawn at once in the partner's view, inzage complete and about nobody else, correction request."""
import datetime as dt
import json

import pytest
from django.urls import reverse
from django.utils import timezone

from leefwereld.accounts.tests.helpers import login_verified
from leefwereld.audit.models import AuditEvent
from leefwereld.coordination.models import Referral, SharingGround
from leefwereld.core.termijnen import Kalender
from leefwereld.demo.loader import load_personas
from leefwereld.demo.tests.once import kept_for_the_module
from leefwereld.plans.models import Agreement, Goal, Plan
from leefwereld.portal import context
from leefwereld.portal.inzage import household_models
from leefwereld.portal.models import Bericht, Correctieverzoek, ResidentAccount
from leefwereld.residents.models import Person

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with kept_for_the_module(django_db_blocker):
        _teams, users = load_personas()
        yield users


def resident(client, sub):
    """Signed in as the broker's callback leaves a resident (the broker itself: test_signin.py)."""
    account = ResidentAccount.objects.select_related("user", "person").get(subject=sub)
    client.force_login(account.user, backend="leefwereld.portal.oidc.ResidentOIDCBackend")
    return account


def test_reading_the_plan_adding_a_goal_and_agreeing(client, demo):
    account = resident(client, "saskia")
    plan = Plan.objects.get(household=account.person.household)
    page = client.get("/mijn/plan/").content.decode()
    first_goal = Goal.objects.filter(plan=plan, archived=False).first()
    assert first_goal.words[:30] in page
    response = client.post("/mijn/plan/", {"form": "goal", "version": plan.version,
                                           "words": "Ik wil zelf de ouderavond regelen."})
    assert response.status_code == 302
    goal = Goal.objects.get(words="Ik wil zelf de ouderavond regelen.")
    assert goal.person == account.person
    client.post("/mijn/plan/", {"form": "agree", "agrees": "nee", "disagreement": "Te veel afspraken op maandag."})
    agreement = Agreement.objects.get(plan=plan, recorded_by=account.user)
    assert agreement.person == account.person and agreement.how == "portaal" and not agreement.agrees
    # The professional's plan shows the resident's goal; the audit names the resident as who did it.
    assert AuditEvent.objects.filter(actor=account.user, action="plans.edit").exists()
    # Nothing typed is lost when the form is incomplete.
    again = client.post("/mijn/plan/", {"form": "agree", "agrees": "", "disagreement": "mijn woorden"})
    assert again.status_code == 200 and "mijn woorden" in again.content.decode()


def test_messages_both_ways_through_the_werkvoorraad(client, demo):
    account = resident(client, "saskia")
    client.post("/mijn/berichten/", {"text": "Kan het gesprek op dinsdag?"})
    message = Bericht.objects.get(text="Kan het gesprek op dinsdag?")
    assert message.to == account.person.contactpersoon
    pro = login_verified(client, account.person.contactpersoon)
    werkvoorraad = pro.get(reverse("workspace:werkvoorraad")).content.decode()
    assert "Kan het gesprek op dinsdag?" in werkvoorraad
    pro.post(f"/inwoners/{account.person.public_id}/berichten/", {"text": "Ja, dinsdag om tien uur."})
    assert Bericht.objects.filter(in_reply_to=message, text="Ja, dinsdag om tien uur.").exists()
    assert "Kan het gesprek op dinsdag?" not in pro.get(reverse("workspace:werkvoorraad")).content.decode()
    pro.logout()
    resident(client, "saskia")
    assert "Ja, dinsdag om tien uur." in client.get("/mijn/berichten/").content.decode()


def test_withdrawing_consent_in_the_portal_stops_the_partner_at_once(client, demo):
    account = resident(client, "saskia")
    ground = SharingGround.objects.get(household=account.person.household, organisation__name="VSO De Brug")
    referral = Referral.objects.get(ground=ground)
    partner = demo["ilse"]
    partner_client = login_verified(client, partner)
    assert partner_client.get(f"/samenwerken/verwijzing/{referral.public_id}/").status_code == 200
    partner_client.logout()
    resident(client, "saskia")
    response = client.post(f"/mijn/toestemming/{ground.public_id}/intrekken/", follow=True)
    assert "kan vanaf nu niets meer zien" in response.content.decode()
    ground.refresh_from_db()
    assert ground.withdrawn_at is not None and ground.withdrawn_by == account.user
    client.logout()
    partner_client = login_verified(client, partner)
    assert partner_client.get(f"/samenwerken/verwijzing/{referral.public_id}/").status_code == 404
    assert referral.household.name not in partner_client.get(reverse("coordination:inbox")).content.decode()


def test_inzage_holds_every_kind_of_record_and_nothing_of_another_household(client, demo):
    account = resident(client, "saskia")
    saskia = account.person
    client.post("/mijn/berichten/", {"text": "Een bericht voor de inzage."})
    client.post("/mijn/inzage/", {"what": "Mijn geboortedatum klopt niet.", "should_be": "3 maart"})
    data = json.loads(client.get("/mijn/inzage.json").content)
    expected = set()
    for model in household_models():
        qs = model._default_manager.filter(household=saskia.household)
        if any(f.name == "person" and f.is_relation for f in model._meta.concrete_fields):
            qs = qs.filter(person__isnull=True) | qs.filter(person=saskia)
        if model is Person:
            qs = qs.filter(pk=saskia.pk)
        if qs.exists():
            expected.add(model._meta.label)
    assert expected <= set(data["kinds"]), expected - set(data["kinds"])
    assert len(expected) >= 15  # the demo's Saskia has a rich file: plans, gesprekken, consents, decisions …
    text = json.dumps(data, ensure_ascii=False)
    assert "Een bericht voor de inzage." in text and data["looked"]
    others = Person.objects.exclude(household=saskia.household).exclude(family_name="Dalen")
    for other in others:
        assert other.full_name not in text, other.full_name
    assert "Jeffrey" not in json.dumps(data["kinds"]["residents.Person"])  # a member's own record is theirs
    pdf = client.get("/mijn/inzage.pdf")
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")


def test_a_correction_request_is_a_task_for_the_contactpersoon_due_in_a_month(client, demo):
    account = resident(client, "saskia")
    client.post("/mijn/inzage/", {"what": "Mijn telefoonnummer is veranderd.", "should_be": "06 12345678"})
    verzoek = Correctieverzoek.objects.get(person=account.person)
    today = timezone.localdate()
    assert verzoek.owner == account.person.contactpersoon
    assert verzoek.due_on == Kalender.load().period_end(today, months=1) >= today + dt.timedelta(days=28)
    pro = login_verified(client, verzoek.owner)
    assert "vraagt iets te verbeteren" in pro.get(reverse("workspace:werkvoorraad")).content.decode()
    pro.post(f"/inwoners/correctie/{verzoek.public_id}/", {"answer": "Aangepast in uw dossier."})
    verzoek.refresh_from_db()
    assert verzoek.handled_at is not None


def test_who_looked_in_plain_words(client, demo):
    account = resident(client, "saskia")
    contact = account.person.contactpersoon
    pro = login_verified(client, contact)
    pro.get(reverse("workspace:person", args=[account.person.public_id]))
    pro.logout()
    resident(client, "saskia")
    page = client.get("/mijn/wie/").content.decode()
    assert f"{contact.get_full_name()}, uw contactpersoon, bekeek uw dossier op" in page


def test_the_resident_cannot_reach_another_households_records(client, demo):
    resident(client, "saskia")
    other = (SharingGround.objects.exclude(household__members__given_name="Saskia")
             .filter(kind="toestemming", withdrawn_at__isnull=True).first())
    assert client.post(f"/mijn/toestemming/{other.public_id}/intrekken/").status_code == 404
    other.refresh_from_db()
    assert other.withdrawn_at is None


def test_session_choice_of_a_file_that_is_not_theirs_is_ignored(client, demo):
    resident(client, "saskia")
    session = client.session
    session[context.SESSION_KEY] = Person.objects.get(given_name="Wilma").pk
    session.save()
    assert client.get("/mijn/")["Location"] == "/mijn/kies/"
