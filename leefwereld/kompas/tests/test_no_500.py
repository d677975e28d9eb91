"""No input reaches a 500 on the pages of learning, the kompas and the adviesraad, for every role that uses them."""
import pytest
from django.urls import URLResolver, get_resolver, reverse
from django.utils import timezone

from leefwereld.accounts.models import Role
from leefwereld.accounts.tests.factories import UserFactory
from leefwereld.accounts.tests.helpers import login_verified
from leefwereld.core.models import OutcomeTag
from leefwereld.kompas import council_services
from leefwereld.kompas.defaults import install_default_kompas
from leefwereld.kompas.models import Activity, Indicator, Result
from leefwereld.kompas.survey_services import survey_open
from leefwereld.learning import learn_services

JUNK = "<script>alert(1)</script>"
FIELDS = ["kind", "held_on", "participants", "stories", "story", "question", "learned", "follow_up", "situation",
          "scope", "mensbeelden", "waarden", "strategy", "dilemmas", "stance", "title", "text", "confirmed",
          "year", "wet", "channel", "month", "v1", "speaks_as", "sent_on", "answer_due", "on"]
PAYLOADS = [{}, dict.fromkeys(FIELDS, JUNK), dict.fromkeys(FIELDS, "-5"), dict.fromkeys(FIELDS, "2026-13-45"),
            dict.fromkeys(FIELDS, "x" * 20000)]
QUERY = {"team": JUNK, "jaar": "1", "gebied": "abcd", "soort": JUNK, "overleg": "nope", "verhaal": "x"}
OURS = {"learning": {"overleg_list", "overleg_new", "overleg_detail", "reflection_list", "reflection_new",
                     "reflection_detail", "reflection_share", "lesson_list", "lesson_new", "lesson_detail",
                     "lesson_share", "lessons_export"}}


def _routes():
    for entry in get_resolver().url_patterns:
        if isinstance(entry, URLResolver) and entry.namespace in ("learning", "kompas", "raad"):
            for pattern in entry.url_patterns:
                if entry.namespace != "learning" or pattern.name in OURS["learning"]:
                    yield f"{entry.namespace}:{pattern.name}", list(pattern.pattern.converters)


@pytest.mark.django_db
def test_no_page_answers_500(client, team):
    install_default_kompas(Result, Activity, Indicator, OutcomeTag)
    pro = UserFactory(team=team)
    users = [pro, UserFactory(team=team, role=Role.TEAMLEIDER), UserFactory(team=None, role=Role.BELEID),
             UserFactory(team=None, role=Role.ADVIESRAAD)]
    raad, beleid = users[3], users[2]
    lesson = learn_services.lesson_record(actor=pro, kind="doen", title="Bel terug.")
    ids = {
        "overleg": learn_services.overleg_record(actor=pro, kind="intervisie", held_on=timezone.localdate(),
                                                 participants=["wmo"], stories=[], question="Hoe?"),
        "reflection": learn_services.reflection_write(actor=pro, situation="Twijfel."), "lesson": lesson,
        "indicator": Indicator.objects.first(), "survey": survey_open(actor=beleid, year=2025, wet="wmo"),
        "meeting": council_services.meeting_plan(actor=raad, held_on=timezone.localdate(), title="Juni"),
        "advice": council_services.advice_register(actor=raad, kind="gevraagd", title="A", text="B",
                                                   sent_on=timezone.localdate()),
    }
    checked = 0
    for user in users:
        login_verified(client, user)
        for name, params in _routes():
            kind = next((k for k in ids if k in name), "indicator")
            url = reverse(name, kwargs=dict.fromkeys(params, ids[kind].public_id))
            assert client.get(url, QUERY).status_code < 500, url
            for payload in PAYLOADS:
                assert client.post(url, payload).status_code < 500, (url, list(payload.values())[:1])
            checked += 1
    assert checked > 60
