"""The adviesraad: meetings with casuïstiek first, contributions, the advice register followed to the answer,
figures with small cells suppressed, and never anything identifiable on a page the council or policy opens."""
import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from leefwereld.access.checks import own_views
from leefwereld.accounts.models import Role
from leefwereld.accounts.tests.factories import UserFactory
from leefwereld.accounts.tests.helpers import login_verified
from leefwereld.core.datum import datum
from leefwereld.core.models import OutcomeTag
from leefwereld.demo.loader import load_personas
from leefwereld.kompas import council_services as services
from leefwereld.kompas.council import Advice, AdviceStep, Contribution, ItemKind
from leefwereld.kompas.defaults import install_default_kompas
from leefwereld.kompas.models import Activity, Figure, Indicator, Measure, Result
from leefwereld.kompas.refresh import EPOCH, kompas_refresh
from leefwereld.kompas.survey_services import survey_open
from leefwereld.learning import learn_services
from leefwereld.learning.models import CaseStory, SharedStory
from leefwereld.residents.models import NetworkMember, Person
from leefwereld.ruimte.services import barrier_hand_over, barrier_move, barrier_report


@pytest.fixture
def story(pro, person):
    case = CaseStory.objects.create(household=person.household, person=person, author=pro, text="Saskia belde.")
    return SharedStory.objects.create(story=case, audience="adviesraad", text="[persoon-1] kon de strijk niet meer.",
                                      shared_by=pro)


def test_a_meeting_opens_with_casuistiek_and_members_contribute(client_for, raadslid, story):
    client = client_for(raadslid)
    response = client.post(reverse("raad:meeting_new"), {"held_on": "2026-01-15", "title": "Vergadering januari"})
    meeting = services.Meeting.objects.get()
    assert response["Location"] == reverse("raad:meeting", args=[meeting.public_id])
    assert [i.kind for i in meeting.items.all()] == [ItemKind.CASUISTIEK]
    assert client.post(reverse("raad:meeting_story", args=[meeting.public_id]), {"story": story.pk}).status_code == 302
    assert list(meeting.items.get().stories.all()) == [story]
    client.post(reverse("raad:meeting_contribute", args=[meeting.public_id]),
                {"speaks_as": "ervaringsdeskundige", "text": "Dit herken ik: de regel werkt hier tegen."})
    page = client.get(reverse("raad:meeting", args=[meeting.public_id])).content.decode()
    assert "[persoon-1] kon de strijk niet meer." in page and "Dit herken ik" in page and "ervaringsdeskundige" in page
    assert Contribution.objects.get().speaks_as == "ervaringsdeskundige"


def test_only_stories_shared_with_the_council_go_on_its_agenda(raadslid, pro, person):
    meeting = services.meeting_plan(actor=raadslid, held_on=timezone.localdate(), title="Mei")
    case = CaseStory.objects.create(household=person.household, person=person, author=pro, text="x")
    intervisie = SharedStory.objects.create(story=case, audience="intervisie", text="binnen het team", shared_by=pro)
    with pytest.raises(services.ApplicationError):
        services.agenda_story_add(actor=raadslid, meeting=meeting, story=intervisie)


def test_an_advice_is_followed_to_answer_decision_and_change_and_a_late_answer_is_flagged(
        client_for, raadslid, beleid):
    sent = timezone.localdate() - dt.timedelta(weeks=8)
    response = client_for(raadslid).post(reverse("raad:advice_new"), {
        "kind": "ongevraagd", "title": "Handtekening één keer",
        "text": "Vraag toestemming één keer, niet per formulier.",
        "sent_on": sent.isoformat()})
    advice = Advice.objects.get()
    assert response.status_code == 302 and advice.answer_due == sent + dt.timedelta(weeks=6)
    home = client_for(beleid).get(reverse("raad:home")).content.decode()
    assert "wacht langer op antwoord" in home and "Handtekening één keer" in home
    client = client_for(beleid)
    for kind, text in (("antwoord", "We nemen het over."), ("besluit", "Het college besloot."),
                       ("veranderd", "Eén toestemming, geregistreerd in het dossier.")):
        assert client.post(reverse("raad:advice_step", args=[advice.public_id]),
                           {"kind": kind, "on": timezone.localdate().isoformat(), "text": text}).status_code == 302
    assert list(AdviceStep.objects.values_list("kind", flat=True)) == ["antwoord", "besluit", "veranderd"]
    assert "wacht langer op antwoord" not in client.get(reverse("raad:home")).content.decode()
    # The council registers advice, the municipality answers: not the other way around.
    assert client_for(raadslid).post(reverse("raad:advice_step", args=[advice.public_id]), {}).status_code == 404
    assert client_for(beleid).post(reverse("raad:advice_new"), {}).status_code == 404


def test_council_figures_hide_small_cells_in_both_views(client_for, raadslid, team, other_team):
    year = timezone.localdate().year
    Figure.objects.bulk_create([
        Figure(period=dt.date(year, 1, 1), team=team, measure=Measure.GEHOLPEN, category="licht", value=3),
        Figure(period=dt.date(year, 1, 1), team=other_team, measure=Measure.GEHOLPEN, category="licht", value=10),
        Figure(period=dt.date(year, 2, 1), team=team, measure=Measure.GEHOLPEN, category="plan", value=8),
        Figure(period=dt.date(year, 2, 1), team=other_team, measure=Measure.GEHOLPEN, category="plan", value=9)])
    client = client_for(raadslid)
    whole = client.get(reverse("raad:figures")).content.decode()
    one = client.get(reverse("raad:figures"), {"team": other_team.pk}).content.decode()
    shown = set(re.findall(r'data-label="[^"]*">(\d+)<', whole)) | set(re.findall(r'data-label="[^"]*">(\d+)<', one))
    assert "3" not in shown and not ({"13", "10"} <= shown) and not ({"11", "8"} <= shown)
    assert "&lt; 5" in whole


@pytest.mark.django_db
def test_no_page_the_council_or_policy_can_open_shows_anything_identifiable(client):
    """Generated from the URL list: every page (GET) that a council member or policy officer may open, with
    the demo municipality loaded and stories, lessons, meetings and advice in place."""
    install_default_kompas(Result, Activity, Indicator, OutcomeTag)
    _teams, users = load_personas()
    fatima = users["fatima"]
    # Their own names are on every page (the header): names no resident of the demo has.
    raad = UserFactory(team=None, role=Role.ADVIESRAAD, discipline="", first_name="Raadslid", last_name="Proef")
    beleid = UserFactory(team=None, role=Role.BELEID, discipline="", first_name="Beleidsmedewerker",
                         last_name="Proef")
    saskia = Person.objects.get(given_name="Saskia")
    case = CaseStory.objects.create(household=saskia.household, person=saskia, author=fatima,
                                    text="Saskia van Dalen belde.")
    shared = SharedStory.objects.create(story=case, audience="adviesraad", text="[persoon-1] belde.", shared_by=fatima)
    lesson = learn_services.lesson_record(actor=fatima, kind="doen", title="Bel terug.", stories=[shared])
    learn_services.lesson_share(actor=fatima, lesson=lesson)
    meeting = services.meeting_plan(actor=raad, held_on=timezone.localdate(), title="Juni")
    services.agenda_story_add(actor=raad, meeting=meeting, story=shared)
    advice = services.advice_register(actor=raad, kind="gevraagd", title="Advies", text="Tekst",
                                      sent_on=timezone.localdate())
    survey = survey_open(actor=beleid, year=2025, wet="wmo")
    # A barrier with the resident typed into its proposal and its trail, owned by policy (ADR 0047).
    born = datum(saskia.birth_date)
    typed = f"Saskia van Dalen, {saskia.postcode} {saskia.house_number}, geboren {born}"
    barrier = barrier_report(actor=fatima, title="Eigen keuze", source="lokale_regel", owner=users["henk"],
                             proposal=f"Laat {typed} zelf kiezen.")
    barrier_move(actor=users["henk"], barrier=barrier, status="in_behandeling", words=f"Gebeld met {typed}.")
    barrier_hand_over(actor=users["henk"], barrier=barrier, owner=beleid, words="Een beleidsregel.")
    kompas_refresh(since=EPOCH)
    ids = {"meeting": meeting, "advice": advice, "survey": survey, "lesson": lesson,
           "indicator": Indicator.objects.first(), "shared": shared, "barrier": barrier}
    secrets = set()
    for p in Person.objects.all():
        secrets |= {p.given_name, p.family_name, p.bsn, p.phone, p.email, p.street, p.postcode}
    secrets |= {n.name for n in NetworkMember.objects.all()} | {case.text, born}
    # A professional's name (an owner to hand a barrier to: Peter Smit) is no resident's, even when shared.
    staff = {n for u in users.values() for n in (u.first_name, u.last_name)}
    secrets = {s for s in secrets if s and len(s) > 2} - staff
    opened = barrier_pages = 0
    for user in (raad, beleid):
        login_verified(client, user)
        for route, name, callback in own_views():
            kind = next((k for k in ids if k in route or k in callback.__name__), None)
            url = "/" + re.sub(r"<uuid:\w+>", lambda m, k=kind: str(ids[k].public_id) if k else "x", route)
            if "<uuid:" in route and kind is None:
                continue  # a resident's page: it needs a file these roles can never see
            response = client.get(url)
            if response.status_code != 200 or not response.get("Content-Type", "").startswith("text/html"):
                continue
            page = response.content.decode()
            leaked = [s for s in secrets if re.search(rf"\b{re.escape(s)}\b", page)]
            assert not leaked, (user.role, url, leaked)
            opened += 1
            barrier_pages += str(barrier.public_id) in url
    assert opened >= 12 and barrier_pages >= 2  # the barrier and its hand-over form, as its policy owner


def test_the_barrier_register_in_aggregate_hides_small_cells_and_names_nothing(client_for, raadslid, pro, team):
    from leefwereld.ruimte.models import Barrier, BarrierSource, BarrierStatus

    for n in range(9):
        source = BarrierSource.WET if n < 6 else BarrierSource.KETENPARTNER
        Barrier.objects.create(title=f"Geheime titel {n}", source=source, team=team, reporter=pro, owner=pro,
                               status=BarrierStatus.ONTVANGEN, moved_at=timezone.now())
    page = client_for(raadslid).get(reverse("raad:figures")).content.decode()
    assert "Het belemmeringenregister, in aantallen" in page and "Geheime titel" not in page
    register = page.split("Het belemmeringenregister")[1]
    shown = set(re.findall(r'data-label="[^"]*">(\d+)<', register))
    # 6 by law and 3 by a partner: the 3 is hidden, and so is the 6 (else 9 − 6 gives the 3 back).
    assert "3" not in shown and "6" not in shown and "9" in shown and "&lt; 5" in register
