"""The kwaliteitskompas: figures counted from the work, kept as monthly aggregates, shown with stories
and interpretations; CSV and PDF; no professional named or ranked."""
import csv
import datetime as dt
import io

import pytest
from django.urls import reverse
from django.utils import timezone

from leefwereld.audit.models import AuditEvent
from leefwereld.core.errors import ApplicationError
from leefwereld.core.models import OutcomeTag
from leefwereld.core.outcomes import install_default_outcome_tags
from leefwereld.decisions.models import Beschikking
from leefwereld.demo.loader import load_personas
from leefwereld.demo.tests.once import kept_for_the_module
from leefwereld.intake import services as intake_services
from leefwereld.intake.models import Uitkomst, Vraag
from leefwereld.kompas import services
from leefwereld.kompas.defaults import install_default_kompas
from leefwereld.kompas.models import Activity, Figure, Indicator, Measure, Result, TeamEstimate
from leefwereld.kompas.refresh import EPOCH, kompas_refresh
from leefwereld.kompas.selectors import Choice, sums
from leefwereld.learning.models import CaseStory, SharedStory
from leefwereld.plans.models import Action, Plan
from leefwereld.residents.models import Person

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def city(django_db_setup, django_db_blocker):
    with kept_for_the_module(django_db_blocker):
        install_default_outcome_tags(OutcomeTag)
        install_default_kompas(Result, Activity, Indicator, OutcomeTag)
        teams, users = load_personas()
        kompas_refresh(since=EPOCH)
        yield teams, users


def _year():
    return timezone.localdate().year


def test_the_figures_are_the_counts_of_the_work(city):
    teams, _users = city
    values = sums(Choice(None, "", _year()))
    year = _year()
    light = Vraag.objects.filter(outcome=Uitkomst.LICHTE_ROUTE, closed_on__year=year).count()
    assert light and values[Measure.GEHOLPEN]["licht"] == light
    assert values[Measure.GEHOLPEN]["plan"] == Plan.objects.filter(created_at__year=year).count()
    decided = Beschikking.objects.filter(decided_on__year=year).count()
    assert values[Measure.GEHOLPEN].get("besluit", 0) == decided
    actions = Action.objects.filter(archived=False, created_at__year=year)
    assert sum(values[Measure.WIE_DOET].values()) == actions.count()
    noord = sums(Choice(teams["noord"], "", year))
    zuid = sums(Choice(teams["zuid"], "", year))
    assert noord.get(Measure.GEHOLPEN, {}).get("licht", 0) + zuid.get(Measure.GEHOLPEN, {}).get("licht", 0) == light


def test_a_refresh_recounts_only_the_recent_months(city):
    _teams, users = city
    old = Figure.objects.create(period=dt.date(2001, 1, 1), team_id=users["fatima"].team_id, area="",
                                measure=Measure.GEHOLPEN, category="licht", value=7)
    before = sums(Choice(None, "", _year()))[Measure.GEHOLPEN]["licht"]
    saskia = Person.objects.get(given_name="Saskia")
    vraag = intake_services.vraag_register(actor=users["fatima"], person=saskia, received_on=timezone.localdate(),
                                           kind="vraag", brought_by="inwoner", words="Waar is de voedselbank?")
    intake_services.vraag_close_light(actor=users["fatima"], vraag=vraag, help_kind="informatie",
                                      description="Adres gegeven.", amount=None)
    done = kompas_refresh()
    assert done.since >= (timezone.localdate().replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    assert sums(Choice(None, "", _year()))[Measure.GEHOLPEN]["licht"] == before + 1
    assert Figure.objects.filter(pk=old.pk).exists()  # an old month is left as it was


def test_the_kompas_page_shows_every_result_with_chart_table_and_no_professional(client_for, city,
                                                                                 django_assert_max_num_queries):
    _teams, users = city
    client = client_for(users["henk"])
    with django_assert_max_num_queries(21):  # the demo's survey now has questions, and channels (ADR 0044)
        page = client.get(reverse("kompas:home")).content.decode()
    for text in ("De mens centraal", "De sociale basis versterken", "Bestaanszekerheid als basis",
                 "Beheersbare kosten", "<svg", "Snel antwoord (lichte route)", "Per professional"):
        assert text in page, text
    for username in ("fatima", "joost", "anouk", "sanne"):
        assert users[username].last_name not in page  # no professional named, so none ranked
    assert AuditEvent.objects.filter(action__startswith="kompas").count() == 0


def test_query_count_does_not_grow_with_the_figures(client_for, city, django_assert_max_num_queries):
    _teams, users = city
    team = users["fatima"].team
    Figure.objects.bulk_create([Figure(period=dt.date(_year(), 1, 1), team=team, area=f"{1000 + n}",
                                       measure=Measure.GEHOLPEN, category="licht", value=1) for n in range(300)])
    client = client_for(users["henk"])
    # 23, fixed: the barrier, deviation and cost measures (issue 19) and the barrier card (issue 17) added theirs;
    # client experience reads the year's questions, their answers and the responses per channel (ADR 0044).
    with django_assert_max_num_queries(23):
        assert client.get(reverse("kompas:home"), {"team": team.pk}).status_code == 200


def test_an_interpretation_and_a_story_stand_next_to_the_indicator(client_for, city):
    _teams, users = city
    indicator = Indicator.objects.get(measure=Measure.GEHOLPEN)
    saskia = Person.objects.get(given_name="Saskia")
    story = CaseStory.objects.create(household=saskia.household, person=saskia, author=users["fatima"], text="x")
    shared = SharedStory.objects.create(story=story, audience="management", text="[persoon-1] kreeg snel antwoord.",
                                        shared_by=users["fatima"])
    client = client_for(users["henk"])
    url = reverse("kompas:indicator", args=[indicator.public_id])
    response = client.post(reverse("kompas:interpret", args=[indicator.public_id]),
                           {"text": "Veel vragen zijn met één antwoord klaar."})
    assert response.status_code == 302
    client.post(reverse("kompas:link_story", args=[indicator.public_id]), {"story": shared.pk})
    home = client.get(reverse("kompas:home")).content.decode()
    assert "Veel vragen zijn met één antwoord klaar." in home and "Henk Jansen" in home
    assert "[persoon-1] kreeg snel antwoord." in client.get(url).content.decode()
    assert AuditEvent.objects.filter(action="kompas.interpret", actor=users["henk"]).count() == 1
    intervisie = SharedStory.objects.create(story=story, audience="intervisie", text="binnen het team",
                                            shared_by=users["fatima"])
    with pytest.raises(ApplicationError):
        services.indicator_story_link(actor=users["henk"], indicator=indicator, story=intervisie)
    empty = client.post(reverse("kompas:interpret", args=[indicator.public_id]), {"text": ""})
    assert empty.status_code == 200 and "Schrijf op wat dit getal hier betekent." in empty.content.decode()


def test_caseload_stands_next_to_the_teams_own_estimate(client_for, city):
    _teams, users = city
    team = users["fatima"].team
    TeamEstimate.objects.create(team=team, discipline="wmo", people=230)
    page = client_for(users["henk"]).get(reverse("kompas:indicator", args=[
        Indicator.objects.get(measure=Measure.CASELOAD).public_id]), {"team": team.pk}).content.decode()
    assert "230" in page and "Eigen schatting van het team" in page


def test_csv_and_pdf_exports(client_for, city):
    _teams, users = city
    client = client_for(users["henk"])
    response = client.get(reverse("kompas:csv"))
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["resultaat", "indicator", "rij", "kolom", "waarde"]
    light = [r for r in rows if r[2] == "Snel antwoord (lichte route)" and r[3] == "Aantal"]
    assert light and int(light[0][4]) == sums(Choice(None, "", _year()))[Measure.GEHOLPEN]["licht"]
    pdf = client.get(reverse("kompas:pdf"))
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")


def test_bad_filters_fall_back_and_other_roles_are_refused(client_for, city, beheerder):
    _teams, users = city
    client = client_for(users["fatima"])
    assert client.get(reverse("kompas:home"), {"team": "x", "jaar": "1800", "gebied": "<b>"}).status_code == 200
    assert client_for(beheerder).get(reverse("kompas:home")).status_code == 404
