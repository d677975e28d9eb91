"""What walking issue 17 line by line (and its browser journey) found and fixed: the room on the decision page,
a guideline's versions in time, a refusal's "what was tried" kept on the barrier, the administrator reading
proposals without names, who took part in a casusoverleg, no comparison claimed without a guideline, hours
that differ from the team's usual, policy staff seeing the spread of every team, and a bar chart that
survives the Dutch decimal comma."""
import datetime as dt
import re
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from leefwereld.accounts.tests.factories import TeamFactory, UserFactory
from leefwereld.core.errors import ApplicationError
from leefwereld.decisions import services as decision_services
from leefwereld.decisions.models import Mandaat, ProcedureKind, Uitkomst, Wet
from leefwereld.residents.tests.factories import PersonFactory
from leefwereld.ruimte import selectors, services
from leefwereld.ruimte.models import Barrier, BarrierSource, StepKind, WordtRegel

from .test_services import TEXT, record
from .test_views import _decided

TODAY = timezone.localdate


@pytest.fixture
def guideline(beheerder):
    return services.guideline_create(actor=beheerder, code="hulp-huishouden", title="Hulp bij het huishouden",
                                     wet=Wet.WMO, terms="hulp bij het huishouden", **TEXT)


def _concept(pro, person, **data):
    Mandaat.objects.get_or_create(user=pro, wet=Wet.WMO)
    p = decision_services.procedure_start(actor=pro, person=person, wet=Wet.WMO, kind=ProcedureKind.AANVRAAG,
                                          received_on=TODAY(), subject="Hulp")
    b = decision_services.beschikking_draft(actor=pro, person=person, procedure=p)
    v = decision_services.voorziening_save(actor=pro, beschikking=b, expected_version=b.version, data={
        "wet": Wet.WMO, "artikel": "art. 2.3.5", "product": "Hulp bij het huishouden", "uitkomst": Uitkomst.TOEGEKEND,
        "motivation": "Past.", **data})
    return b, v


def test_the_decision_page_shows_each_provisions_room_while_it_can_change(client_for, pro, person, guideline):
    b, _v = _concept(pro, person)
    page = client_for(pro).get(reverse("decisions:detail", args=[b.public_id])).content.decode()
    assert "Ruimte in" in page and "Minder als de inwoner dat zelf wil" in page


def test_hours_far_from_the_teams_usual_ask_one_sentence_on_why(client_for, pro, person, team, guideline):
    _decided(pro, team, 2)  # 3 and 4 hours a week: the middle is 3.5
    client = client_for(pro)
    with pytest.raises(ApplicationError) as error:
        _concept(pro, person, quantity=Decimal("8"), unit="uur per week")
    assert error.value.field == "why_differs"
    b, far = _concept(pro, person, quantity=Decimal("8"), unit="uur per week", why_differs="Twee kinderen met zorg.")
    page = client.get(reverse("decisions:voorziening_edit", args=[b.public_id, far.public_id])).content.decode()
    assert "Zeg in één zin waarom, bij ‘Waarom anders dan het team meestal doet?’." in page
    assert "Twee kinderen met zorg." in page
    b, near = _concept(pro, person, quantity=Decimal("4"), unit="uur per week")
    page = client.get(reverse("decisions:voorziening_edit", args=[b.public_id, near.public_id])).content.decode()
    assert "Eerdere besluiten van het team" in page and "in één zin waarom" not in page


def test_a_new_version_never_starts_before_the_one_in_force(guideline, beheerder):
    services.guideline_version_add(actor=beheerder, guideline=guideline, reason="Vanaf volgende maand",
                                   **{**TEXT, "valid_from": TODAY() + dt.timedelta(days=30)})
    with pytest.raises(ApplicationError) as error:
        services.guideline_version_add(actor=beheerder, guideline=guideline, reason="Toch eerder", **TEXT)
    assert error.value.field == "valid_from" and "eerder ingaan" in error.value.message
    assert guideline.versions.count() == 2


def test_a_refused_deviation_becomes_a_barrier_with_what_was_tried(client_for, pro, person, guideline, teamleider):
    deviation = record(pro, person, guideline)
    services.deviation_refuse(actor=teamleider, deviation=deviation, words="Past niet in de verordening.",
                              tried="Een fonds gevraagd, de kringloop.")
    client = client_for(pro)
    url = reverse("ruimte:deviation_barrier", args=[deviation.public_id])
    form = client.get(url).content.decode()
    assert re.search(r'name="tried"[^>]*>\s*Een fonds gevraagd, de kringloop.</textarea>', form)
    assert re.search(r'name="cost_situation"[^>]*>\s*</textarea>', form)  # not mislabelled as what it costs
    response = client.post(url, {"title": "Geweigerd: strijken", "source": BarrierSource.LOKALE_REGEL,
                                 "owner": teamleider.pk, "tried": "Een fonds gevraagd, de kringloop."})
    barrier = Barrier.objects.get()
    assert response.status_code == 302 and barrier.tried == "Een fonds gevraagd, de kringloop."
    page = client.get(reverse("ruimte:barrier", args=[barrier.public_id])).content.decode()
    assert "Wat er al geprobeerd is" in page and "Een fonds gevraagd" in page


def test_the_administrator_reads_proposals_without_the_residents_name(client_for, beheerder, pro, guideline):
    person = PersonFactory(household__team=pro.team, given_name="Berta", family_name="Pietersen")
    record(pro, person, guideline, instead="Mevrouw Pietersen krijgt een uur extra voor strijken.",
           wordt_regel=WordtRegel.JA)
    form = client_for(beheerder).get(reverse("ruimte:guideline_version", args=[guideline.code])).content.decode()
    assert "krijgt een uur extra voor strijken" in form and "Pietersen" not in form


def test_the_deviation_page_says_who_took_part_and_compares_only_with_a_guideline(client_for, pro, person,
                                                                                   guideline):
    deviation = record(pro, person, guideline)
    services.casusoverleg_record(actor=pro, deviation=deviation, held_on=TODAY(), participants=["wmo", "jurist"],
                                 question="Mag dit?", decision="Ja.", reasoning="Omdat het werkt.")
    client = client_for(pro)
    page = client.get(reverse("ruimte:deviation", args=[deviation.public_id])).content.decode()
    assert "Wie deden mee" in page and "Consulent Wmo, Jurist" in page
    assert "Eerdere besluiten van het team" in page
    loose = record(pro, person, None, rule_words="Regiotaxi alleen binnen de regio")
    page = client.get(reverse("ruimte:deviation", args=[loose.public_id])).content.decode()
    assert "Eerdere besluiten van het team" not in page and "nog niet eerder over besloten" not in page
    page = client.get(reverse("ruimte:deviation_new", args=[person.public_id])).content.decode()
    assert "nog niet eerder over besloten" not in page


def test_policy_staff_see_the_spread_of_every_team_and_the_bars_are_drawn(client_for, pro, team, guideline, beleid):
    zuid = TeamFactory(name="Wijkteam Zuid")
    _decided(pro, team, 1)
    _decided(UserFactory(team=zuid), zuid, 2)
    page = client_for(beleid).get(reverse("ruimte:spread")).content.decode()
    assert "Alle wijkteams samen" in page
    row = re.search(r'<th[^>]*scope="row"><a[^>]*>Hulp bij het huishouden</a></th>\s*<td[^>]*>(\d+)</td>', page)
    assert row and row.group(1) == "3"  # both teams' decisions, no one's name
    widths = re.findall(r'<rect x="[^"]*" y="[^"]*" width="([^"]*)" height="22"', page)
    assert widths and all(w.isdigit() for w in widths)  # "12,5" would be no bar at all


def test_the_file_leads_to_the_households_costs_and_its_deviations(client_for, pro, person, guideline):
    deviation = record(pro, person, guideline)
    client = client_for(pro)
    household = client.get(reverse("workspace:household", args=[person.household.public_id])).content.decode()
    assert reverse("money:household", args=[person.household.public_id]) in household
    assert reverse("ruimte:deviation", args=[deviation.public_id]) in household
    file = client.get(reverse("workspace:person", args=[person.public_id])).content.decode()
    assert reverse("ruimte:deviation_new", args=[person.public_id]) in file
    assert reverse("money:household", args=[person.household.public_id]) in file


def test_the_author_sees_on_the_werkvoorraad_how_their_deviations_were_answered(client_for, pro, colleague, person,
                                                                                 guideline, teamleider):
    covered = record(pro, person, guideline)
    services.deviation_discuss(actor=colleague, deviation=covered, words="Met Joost besproken.")
    services.deviation_cover(actor=teamleider, deviation=covered, words="Wij dragen dit.")
    refused = record(pro, person, None, rule_words="Regiotaxi alleen binnen de regio")
    services.deviation_refuse(actor=teamleider, deviation=refused, words="Niet buiten de regio.", tried="Vrijwilligers")
    news = selectors.deviation_news(actor=pro)
    assert [(s.deviation_id, s.kind) for s in news] == [(refused.pk, StepKind.GEWEIGERD),
                                                        (covered.pk, StepKind.GEDEKT)]  # not the colleague's talk
    assert selectors.deviation_news(actor=colleague) == [] and selectors.deviation_news(actor=teamleider) == []
    page = client_for(pro).get(reverse("workspace:werkvoorraad")).content.decode()
    assert "Antwoord op je afwijkingen" in page and "dekking gegeven · Henk Jansen" in page


def test_the_register_groups_barriers_by_how_long_ago_they_were_reported(client_for, pro, teamleider):
    for title, days in (("Nieuw", 3), ("Ook nieuw", 20), ("Weken oud", 40), ("Lang geleden", 120)):
        barrier = services.barrier_report(actor=pro, title=title, source=BarrierSource.WERKPROCES, owner=teamleider)
        Barrier.objects.filter(pk=barrier.pk).update(created_at=timezone.now() - dt.timedelta(days=days))
    page = client_for(teamleider).get(reverse("ruimte:register") + "?group=age").content.decode()
    counts = dict(re.findall(r"<li>([^<:]+): <strong>(\d+)</strong></li>", page))
    assert counts == {"minder dan 4 weken geleden gemeld": "2", "4 tot 13 weken geleden gemeld": "1",
                      "13 weken of langer geleden gemeld": "1"}
    assert page.index("Lang geleden") < page.index("Weken oud") < page.index("Ook nieuw")  # oldest first
