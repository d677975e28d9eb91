"""Client experience in Mijn Leefwereld (ADR 0044), on the demo municipality: the invitation for the target group,
answering or declining (the same trace either way), never twice, a representative for the person they act for,
and nothing that links the answers to who gave them."""
import datetime as dt
import re

import pytest
from django.utils import timezone

from leefwereld.audit.models import AuditEvent
from leefwereld.core.errors import ApplicationError
from leefwereld.demo.loader import load_personas
from leefwereld.kompas import survey_services
from leefwereld.kompas.survey import Envelop, Survey, SurveyResponse
from leefwereld.portal import context, inzage, services, survey_selectors
from leefwereld.portal.models import Deelname, ResidentAccount
from leefwereld.residents.models import Person

pytestmark = pytest.mark.django_db
INVITATION = "Wat vond u van onze hulp?"


@pytest.fixture
def demo():
    _teams, users = load_personas()
    return users


@pytest.fixture
def wmo():
    """The demo's open survey of this year (demo/portal.py)."""
    return Survey.objects.get(year=timezone.localdate().year, wet="wmo")


def resident(client, sub):
    account = ResidentAccount.objects.select_related("user", "person").get(subject=sub)
    client.force_login(account.user, backend="leefwereld.portal.oidc.ResidentOIDCBackend")
    return account


def _all(survey, value):
    return {f"v{q.pk}": str(value) for q in survey.questions.all()}


def test_the_invitation_answered_goes_to_the_stembus_and_is_gone(client, demo, wmo):
    account = resident(client, "saskia")
    home = client.get("/mijn/").content.decode()
    assert INVITATION in home and f"/mijn/ervaring/{wmo.public_id}/" in home
    page = client.get(f"/mijn/ervaring/{wmo.public_id}/").content.decode()
    assert all(q.text in page for q in wmo.questions.all()) and "Weet niet of niet van toepassing" in page
    # Not every question answered: said on top, and what was chosen stays chosen.
    partial = _all(wmo, 4)
    first = next(iter(partial))
    partial.pop(next(k for k in partial if k != first))
    again = client.post(f"/mijn/ervaring/{wmo.public_id}/", partial)
    assert again.status_code == 200 and "Kies een antwoord" in again.content.decode()
    assert re.search(rf'name="{first}" value="4"[^>]*checked', again.content.decode())
    assert not Deelname.objects.exists()
    before = AuditEvent.objects.count()
    sent = client.post(f"/mijn/ervaring/{wmo.public_id}/", {**_all(wmo, 4), first: "0"}, follow=True)
    assert "Dank u wel! Uw antwoorden zijn anoniem opgeslagen." in sent.content.decode()
    assert INVITATION not in sent.content.decode()
    envelope = Envelop.objects.get()
    assert envelope.survey == wmo and sorted(envelope.answers.values()).count(4) == wmo.questions.count() - 1
    assert not SurveyResponse.objects.filter(channel="portaal").exists()  # not counted before the batch is full
    assert Deelname.objects.filter(person=account.person, survey=wmo).count() == 1
    row = AuditEvent.objects.filter(id__gt=before, action="portal.survey").get()
    assert (row.person_pk, row.object_type, row.object_ref) == (account.person.pk, "kompas.survey", str(wmo.public_id))
    assert row.detail == {} and str(envelope.pk) not in str(row.__dict__)
    # Twice is impossible: the page sends her home, another post adds nothing.
    assert client.get(f"/mijn/ervaring/{wmo.public_id}/")["Location"] == "/mijn/"
    client.post(f"/mijn/ervaring/{wmo.public_id}/", _all(wmo, 1))
    assert Envelop.objects.count() == 1 and Deelname.objects.count() == 1
    with pytest.raises(ApplicationError, match="al gereageerd"):  # the database refuses a second Deelname
        services.survey_respond(ctx=context.for_person(account.user, account.person_id), survey=wmo,
                                answers={q.pk: 1 for q in wmo.questions.all()})


def test_declining_leaves_the_same_trace_as_answering_and_no_envelope(client, demo, wmo):
    saskia = resident(client, "saskia")
    client.post(f"/mijn/ervaring/{wmo.public_id}/nee/")
    assert INVITATION not in client.get("/mijn/").content.decode()
    wilma = resident(client, "wilma")
    client.post(f"/mijn/ervaring/{wmo.public_id}/", _all(wmo, 5))
    assert Envelop.objects.count() == 1 and Deelname.objects.count() == 2
    rows = {r.actor_id: r for r in AuditEvent.objects.filter(action="portal.survey")}

    def trace(row):
        return row.action, row.object_type, row.object_ref, row.detail, row.reason

    assert trace(rows[saskia.user.pk]) == trace(rows[wilma.user.pk])
    # In her inzage Saskia finds that she responded, and nothing of any answers.
    data = inzage.collect(context.for_person(saskia.user, saskia.person_id), log=False)
    assert data["kinds"]["portal.Deelname"]["records"] == [{"person": str(saskia.person), "survey": str(wmo)}]


def test_a_representative_answers_for_the_person_they_act_for(client, demo, wmo):
    bert = resident(client, "bert")
    elisabeth = Person.objects.get(given_name="Elisabeth")
    client.post("/mijn/kies/", {"person": str(elisabeth.public_id)})  # no file of his own: he opens hers
    home = client.get("/mijn/").content.decode()
    assert INVITATION in home and "U mag antwoorden voor Elisabeth" in home
    client.post(f"/mijn/ervaring/{wmo.public_id}/", _all(wmo, 3))
    assert Deelname.objects.get().person == elisabeth
    assert AuditEvent.objects.get(action="portal.survey").actor_id == bert.user.pk


def test_only_the_target_group_is_invited(demo, wmo):
    saskia = ResidentAccount.objects.get(subject="saskia")
    amanda = Person.objects.get(given_name="Amanda")
    services.representation_record(actor=saskia.person.contactpersoon, person=amanda, name="Saskia van Dalen",
                                   bsn=saskia.bsn, relation="ouder", scope="handelen")
    today = timezone.localdate()
    jeugd = survey_services.survey_open(actor=demo["bas"], year=today.year, wet="jeugd")
    old = survey_services.survey_open(actor=demo["bas"], year=2015, wet="jeugd")
    for s in (jeugd, old):
        survey_services.survey_portal_set(actor=demo["bas"], survey=s, expected_version=s.version,
                                          portal_from=today, portal_until=today)
    as_saskia = context.for_person(saskia.user, saskia.person_id)
    as_parent = context.for_person(saskia.user, amanda.pk)
    # Saskia (an adult with a plan and a Wmo procedure): the Wmo; Amanda (a child with a Jeugdwet procedure),
    # through her mother: the Jeugdwet; nobody the survey about 2015.
    assert survey_selectors.invitations(as_saskia) == [wmo]
    assert survey_selectors.invitations(as_parent) == [jeugd]
    with pytest.raises(ApplicationError, match="niet \\(meer\\)"):
        services.survey_respond(ctx=as_saskia, survey=old, answers=None)
    # Outside the window nobody is invited.
    survey_services.survey_portal_set(actor=demo["bas"], survey=wmo, expected_version=wmo.version,
                                      portal_from=today - dt.timedelta(days=30),
                                      portal_until=today - dt.timedelta(days=1))
    assert survey_selectors.invitations(context.for_person(saskia.user, saskia.person_id)) == []


def test_a_representative_who_may_only_read_is_not_invited(demo, wmo):
    elisabeth = Person.objects.get(given_name="Elisabeth")
    services.representation_record(actor=demo["marieke"], person=elisabeth, name="Iemand Anders", bsn="111222357",
                                   relation="familie", scope="lezen")
    reader = services.resident_account_ensure(subject="lezer", bsn="111222357", name="Iemand Anders")
    ctx = context.for_person(reader, elisabeth.pk)
    assert ctx is not None and not ctx.may_act
    assert survey_selectors.invitations(ctx) == []
    with pytest.raises(ApplicationError, match="alleen lezen"):
        services.survey_respond(ctx=ctx, survey=wmo, answers=None)
    assert not Deelname.objects.exists()
