"""Grounds for sharing and referrals within them; withdrawal takes effect at once; safety over consent."""
import datetime as dt

import pytest
from django.utils import timezone

from leefwereld.access.models import HouseholdAccess
from leefwereld.access.policy import visible
from leefwereld.audit.models import AuditEvent
from leefwereld.coordination import selectors
from leefwereld.coordination.models import (
    GroundKind,
    OrganisationKind,
    Referral,
    ReferralEventKind,
    ReferralStatus,
    SafetyGround,
    Scope,
)
from leefwereld.coordination.services.referrals import referral_proposal, referral_respond, referral_send
from leefwereld.coordination.services.sharing import ground_record, ground_withdraw, safety_seen
from leefwereld.core.errors import ApplicationError, NotFoundOrNotAllowed
from leefwereld.residents.models import Household

from .factories import OrganisationFactory, PartnerUserFactory

TODAY = timezone.localdate


def _send(pro, person, org, ground, **kw):
    values = {"question": "Wilt u het ondersteuningsplan afstemmen?", "due_on": TODAY() + dt.timedelta(days=14),
              "parts": [Scope.PLAN]}
    values.update(kw)
    return referral_send(actor=pro, household=person.household, organisation=org, ground=ground, **values)


@pytest.mark.django_db
def test_consent_is_recorded_once_per_organisation_scope_and_purpose(pro, person, school, consent):
    assert consent.scopes == ["plan", "school"] and consent.how == "gesprek"
    assert HouseholdAccess.objects.filter(household=person.household, grantee=f"org:{school.pk}").exists()
    # reused by two referrals, no new consent needed
    _send(pro, person, school, consent)
    _send(pro, person, school, consent, parts=[Scope.SCHOOL])
    assert Referral.objects.filter(ground=consent).count() == 2


@pytest.mark.django_db
def test_consent_needs_how_a_statutory_task_its_article(pro, person, school):
    with pytest.raises(ApplicationError) as error:
        ground_record(actor=pro, household=person.household, kind=GroundKind.TOESTEMMING, organisation=school,
                      scopes=[Scope.PLAN], purpose="x")
    assert error.value.field == "how"
    with pytest.raises(ApplicationError) as error:
        ground_record(actor=pro, household=person.household, kind=GroundKind.WETTELIJKE_TAAK, organisation=school,
                      scopes=[Scope.PLAN], purpose="x")
    assert error.value.field == "article"
    with pytest.raises(ApplicationError):
        ground_record(actor=pro, household=person.household, kind=GroundKind.TOESTEMMING, organisation=school,
                      scopes=[], purpose="x", how="gesprek")


@pytest.mark.django_db
def test_a_ground_for_a_kind_of_organisation_covers_each_of_that_kind(pro, person):
    gp1 = OrganisationFactory(kind=OrganisationKind.HUISARTS)
    gp2 = OrganisationFactory(kind=OrganisationKind.HUISARTS)
    other = OrganisationFactory(kind=OrganisationKind.POLITIE)
    ground_record(actor=pro, household=person.household, kind=GroundKind.TOESTEMMING,
                  organisation_kind=OrganisationKind.HUISARTS, scopes=[Scope.GEZONDHEID], purpose="Medicatie",
                  how="schriftelijk")
    grantees = set(HouseholdAccess.objects.filter(household=person.household).values_list("grantee", flat=True))
    assert {f"org:{gp1.pk}", f"org:{gp2.pk}"} <= grantees and f"org:{other.pk}" not in grantees


@pytest.mark.django_db
def test_a_referral_beyond_consent_or_in_the_past_is_refused(pro, person, school, consent):
    with pytest.raises(ApplicationError) as error:
        _send(pro, person, school, consent, parts=[Scope.PLAN, Scope.GEZONDHEID])
    assert error.value.field == "parts" and "buiten de toestemming" in error.value.message
    with pytest.raises(ApplicationError) as error:
        _send(pro, person, school, consent, due_on=TODAY() - dt.timedelta(days=1))
    assert error.value.field == "due_on"
    with pytest.raises(ApplicationError) as error:
        _send(pro, person, OrganisationFactory(), consent)
    assert error.value.field == "ground"
    assert Referral.objects.count() == 0


@pytest.mark.django_db
def test_the_proposal_is_the_least_the_purpose_needs_with_why(school, consent):
    proposal = referral_proposal(ground=consent, organisation=school)
    assert set(proposal) == {"plan", "school"} and all(proposal.values())
    assert "verhaal" not in proposal


@pytest.mark.django_db
def test_withdrawal_takes_effect_at_once_everywhere(pro, person, school, consent, mentor, client_for):
    referral = _send(pro, person, school, consent)
    assert visible(mentor, Household.objects.all(), "referrals.view").count() == 1
    ground_withdraw(actor=pro, ground=consent, note="De moeder wil het niet meer")
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.TOEGANG_BEEINDIGD
    assert referral.events.last().kind == ReferralEventKind.TOEGANG_BEEINDIGD
    assert visible(mentor, Household.objects.all(), "referrals.view").count() == 0
    assert selectors.partner_scopes(actor=mentor, household_id=person.household_id) == set()
    with pytest.raises(NotFoundOrNotAllowed):
        selectors.referral_get(actor=mentor, public_id=referral.public_id)
    with pytest.raises(NotFoundOrNotAllowed):
        referral_respond(actor=mentor, referral=referral, kind=ReferralEventKind.GEACCEPTEERD)
    _open, _done, ended = selectors.partner_inbox(actor=mentor)
    assert [r["public_id"] for r in ended] == [referral.public_id]
    with pytest.raises(ApplicationError):
        ground_withdraw(actor=pro, ground=consent)


@pytest.mark.django_db
def test_withdrawal_through_the_page_closes_the_partners_view(pro, person, school, consent, mentor, client_for):
    referral = _send(pro, person, school, consent)
    partner = client_for(mentor)
    assert partner.get(f"/samenwerken/verwijzing/{referral.public_id}/").status_code == 200
    client = client_for(pro)
    response = client.post(f"/samenwerken/grondslag/{consent.public_id}/intrekken/")
    assert response.status_code == 302
    partner = client_for(mentor)
    assert partner.get(f"/samenwerken/verwijzing/{referral.public_id}/").status_code == 404
    assert "Toegang beëindigd" in partner.get("/samenwerken/partner/").content.decode()


@pytest.mark.django_db
def test_an_ended_consent_gives_no_parts(pro, person, school, mentor):
    ground = ground_record(actor=pro, household=person.household, kind=GroundKind.TOESTEMMING, organisation=school,
                           scopes=[Scope.PLAN], purpose="x", how="gesprek", given_on=TODAY() - dt.timedelta(days=30),
                           ends_on=TODAY())
    assert selectors.partner_scopes(actor=mentor, household_id=person.household_id) == {"plan"}
    assert not ground.active_on(TODAY() + dt.timedelta(days=1))


@pytest.mark.django_db
def test_safety_over_consent_needs_ground_and_reason_and_notifies_the_team_leader(pro, person, teamleider, client_for):
    police = OrganisationFactory(kind=OrganisationKind.POLITIE, name="Politie, wijkagent Noord")
    with pytest.raises(ApplicationError):
        ground_record(actor=pro, household=person.household, kind=GroundKind.VEILIGHEID, organisation=police,
                      scopes=[Scope.VERHAAL], purpose="Veiligheid van de kinderen", safety_ground="", reason="")
    ground = ground_record(actor=pro, household=person.household, kind=GroundKind.VEILIGHEID, organisation=police,
                           scopes=[Scope.VERHAAL], purpose="Veiligheid van de kinderen",
                           safety_ground=SafetyGround.KIND_IN_GEVAAR, reason="Amanda vertelde over geweld thuis")
    event = AuditEvent.objects.filter(action="sharing.safety").get()
    assert event.reason == "Amanda vertelde over geweld thuis"
    lists = selectors.werkvoorraad_lists(actor=teamleider)
    assert [g.pk for g in lists["veiligheid"]["rows"]] == [ground.pk]
    page = client_for(teamleider).get("/").content.decode()
    assert "veiligheid ging voor" in page
    safety_seen(actor=teamleider, ground=ground)
    assert selectors.werkvoorraad_lists(actor=teamleider)["veiligheid"]["count"] == 0
    assert "veiligheid" not in selectors.werkvoorraad_lists(actor=pro)


@pytest.mark.django_db
def test_partner_answers_move_the_referral_and_wrong_steps_are_refused(pro, person, school, consent, mentor):
    referral = _send(pro, person, school, consent)
    with pytest.raises(ApplicationError):
        referral_respond(actor=mentor, referral=referral, kind=ReferralEventKind.AFGEWEZEN, text="")
    with pytest.raises(ApplicationError):
        referral_respond(actor=mentor, referral=referral, kind=ReferralEventKind.AFGEROND)
    referral_respond(actor=mentor, referral=referral, kind=ReferralEventKind.ANDERE_DATUM,
                     on=TODAY() + dt.timedelta(days=30))
    referral_respond(actor=mentor, referral=referral, kind=ReferralEventKind.GEACCEPTEERD)
    referral_respond(actor=mentor, referral=referral, kind=ReferralEventKind.VOORTGANG, text="Gesprek gehad",
                     minutes=45)
    done = referral_respond(actor=mentor, referral=referral, kind=ReferralEventKind.AFGEROND, text="Plan afgestemd")
    assert done.status == ReferralStatus.AFGEROND
    assert [e.kind for e in done.events.all()] == ["verstuurd", "andere_datum", "geaccepteerd", "voortgang",
                                                   "afgerond"]
    other = PartnerUserFactory()
    with pytest.raises(NotFoundOrNotAllowed):
        referral_respond(actor=other, referral=referral, kind=ReferralEventKind.VOORTGANG, text="x")


@pytest.mark.django_db
def test_a_refresh_of_the_teams_grants_keeps_the_partners(person, school, consent):
    from leefwereld.access.grants import household_access_refresh

    household_access_refresh(household_ids=[person.household_id])
    assert HouseholdAccess.objects.filter(household=person.household, grantee=f"org:{school.pk}").exists()


@pytest.mark.django_db
def test_a_professional_with_an_organisation_by_mistake_does_not_act_as_it(pro, person, school, consent, outsider):
    outsider.organisation = school
    outsider.save()
    assert visible(outsider, Household.objects.all(), "households.view").count() == 0
