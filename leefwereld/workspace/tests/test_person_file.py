"""The person's file tells the whole story: one timeline, every gesprek's story, time with and around
the resident; one audit row per page view."""
import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from leefwereld.audit.models import AuditEvent
from leefwereld.conversations import services as conversation_services
from leefwereld.conversations.models import Instrument
from leefwereld.intake import services as intake_services
from leefwereld.plans import services as plan_services
from leefwereld.workspace import timeline

TODAY = timezone.localdate()


def _file(client, person, **params):
    return client.get(reverse("workspace:person", args=[person.public_id]), params).content.decode()


@pytest.fixture
def story(pro, person):
    vraag = intake_services.vraag_register(actor=pro, person=person, kind="vraag", brought_by="inwoner",
                                           words="Ik zoek werk", received_on=TODAY - dt.timedelta(days=40),
                                           pick_up=True)
    intake_services.vraag_close(actor=pro, vraag=vraag, outcome="ingetrokken", closed_on=TODAY - dt.timedelta(days=3),
                                words="Zelf een baan gevonden")
    old = conversation_services.gesprek_create(actor=pro, person=person, data={
        "held_on": TODAY - dt.timedelta(days=30), "duration_minutes": 195, "levensloop": "Opgegroeid in Zwolle",
        "wederkerigheid": "Helpt de buurvrouw"})
    new = conversation_services.gesprek_create(actor=pro, person=person, data={
        "held_on": TODAY - dt.timedelta(days=5), "wat_belangrijk": "Haar kleinkinderen"})
    conversation_services.contactmoment_create(actor=pro, person=person, on=TODAY - dt.timedelta(days=35),
                                               kind="geen_gehoor", minutes=20, note="Niemand thuis")
    conversation_services.contactmoment_create(actor=pro, person=person, on=TODAY - dt.timedelta(days=2),
                                               kind="organisatie", minutes=55, with_whom="Woningcorporatie")
    plan = plan_services.plan_start(actor=pro, person=person, gesprek=new)
    return {"old": old, "new": new, "plan": plan, "vraag": vraag}


def test_the_timeline_holds_every_kind_newest_first(client_for, pro, person, story):
    html = _file(client_for(pro), person)
    section = html[html.index('id="kop-tijdlijn"'):]
    order = ["Overleg met een organisatie", "Afgesloten: Ingetrokken", "Gesprek", "Huisbezoek, niemand thuis",
             "Vraag"]
    positions = [section.index(text) for text in order]
    assert positions == sorted(positions)
    assert "Plan gestart" in section and "Zelf een baan gevonden" in section
    assert reverse("plans:detail", args=[story["plan"].public_id]) in section


def test_the_story_comes_from_every_gesprek_newest_first(client_for, pro, person, story):
    html = _file(client_for(pro), person)
    section = html[html.index('id="kop-verhaal"'):html.index('id="kop-tijd"')]
    assert "Haar kleinkinderen" in section and "Opgegroeid in Zwolle" in section and "Helpt de buurvrouw" in section
    assert section.index("Haar kleinkinderen") < section.index("Opgegroeid in Zwolle")


def test_time_with_the_resident_next_to_time_coordinating(client_for, pro, person, story):
    html = _file(client_for(pro), person)
    # 195 minutes of gesprek + 20 at the door; 55 with the housing corporation.
    assert "3 uur 35 minuten met de inwoner, 55 minuten afstemmen eromheen" in html
    assert reverse("conversations:contactmoment_new", args=[person.public_id]) in html


@pytest.mark.parametrize(("minutes", "words"), [(0, "0 minuten"), (1, "1 minuut"), (55, "55 minuten"),
                                                (120, "2 uur"), (195, "3 uur 15 minuten")])
def test_duration_in_words(minutes, words):
    assert timeline.duration_words(minutes) == words


def test_a_long_timeline_is_capped_and_says_so(client_for, pro, person):
    for days in range(timeline.TIMELINE_LIMIT + 5):
        conversation_services.contactmoment_create(actor=pro, person=person, on=TODAY - dt.timedelta(days=days),
                                                   kind="telefoon", minutes=5)
    client = client_for(pro)
    html = _file(client, person)
    assert html.count('class="lw-timeline__date"') == timeline.TIMELINE_LIMIT
    assert "?tijdlijn=alles" in html
    assert _file(client, person, tijdlijn="alles").count('class="lw-timeline__date"') == timeline.TIMELINE_LIMIT + 5


def test_the_file_leaves_one_audit_row(client_for, pro, person, story):
    client = client_for(pro)
    since = AuditEvent.objects.order_by("-id").values_list("id", flat=True).first()
    _file(client, person)
    [row] = AuditEvent.objects.filter(id__gt=since)
    assert (row.action, row.person_pk) == ("persons.view", person.pk)


def test_two_measurements_of_one_day_are_told_apart(client_for, pro, person):
    zrm = Instrument.objects.get(name__startswith="Zelfredzaamheid")
    domain = zrm.domains.first()
    for own in ("Kookt zelf", "Kookt met de buurvrouw"):
        conversation_services.assessment_create(
            actor=pro, person=person, instrument=zrm, taken_on=TODAY,
            scores=[{"domain_id": domain.pk, "level_id": zrm.levels.get(value=3).pk, "own_strength": own,
                     "with_network": "Buurvrouw kookt op vrijdag", "resident_view": "Het gaat goed",
                     "professional_view": "Het kan beter", "resident_level_id": zrm.levels.get(value=4).pk}])
    html = _file(client_for(pro), person)
    assert "1e meting van die dag" in html and "2e meting van die dag" in html
    assert "Het gaat goed" in html and "Het kan beter" in html
    assert "Met het netwerk" in html and "Buurvrouw kookt op vrijdag" in html
