"""A barrier's free text outside the reporter's team is its anonymised copy (ADR 0047): a resident's name,
postcode with house number and birth date typed into a proposal or a step never reach policy staff (the
register, the barrier, the CSV export, their werkvoorraad, the council's figures); the team reads them as typed.
The anonymiser is called a handful of times in this module, no more."""
import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from leefwereld.ruimte import selectors, services
from leefwereld.ruimte.models import Barrier, BarrierSource, BarrierStatus, BarrierStep

from .test_services import record

NAME, POSTCODE, BORN = "Saskia van Dalen", "3511 AB 12", "03-04-1981"
TYPED = f"Laat {NAME} ({POSTCODE}, geboren {BORN}) de hulp zelf kiezen."
STEP = f"Gebeld met {NAME}, {POSTCODE}, geboren {BORN}: de regel raakt haar elke maand."
IDENTIFYING = ("Saskia", "Dalen", "3511 AB", BORN)


def _leaks(text):
    return [s for s in IDENTIFYING if s in text]


@pytest.fixture
def barrier(pro, teamleider, beleid, person):
    """Reported by pro with the resident in the proposal; the team leader answers with her in the words and
    hands it to policy staff, who now own it."""
    b = services.barrier_report(actor=pro, title="Eigen keuze bij hulp", source=BarrierSource.LOKALE_REGEL,
                                owner=teamleider, proposal=TYPED, cost_situation=f"{NAME} wacht al maanden.")
    services.barrier_move(actor=teamleider, barrier=b, status=BarrierStatus.IN_BEHANDELING, words=STEP)
    services.barrier_hand_over(actor=teamleider, barrier=b, owner=beleid, words="Dit is een beleidsregel.")
    return Barrier.objects.get(pk=b.pk)


def test_the_copies_are_made_when_written_and_the_original_is_kept(barrier):
    assert barrier.proposal == TYPED and not _leaks(barrier.anonymised["proposal"])
    assert "[persoon-1]" in barrier.anonymised["proposal"] and "hulp zelf kiezen" in barrier.anonymised["proposal"]
    step = barrier.steps.get(status=BarrierStatus.IN_BEHANDELING, new_owner__isnull=True)
    assert step.words == STEP and not _leaks(step.anonymised["words"])


def test_policy_staff_never_read_the_resident_and_the_team_reads_what_was_typed(client_for, barrier, beleid, pro,
                                                                               teamleider):
    url = reverse("ruimte:barrier", args=[barrier.public_id])
    line = "u leest een geanonimiseerde versie"
    bas = client_for(beleid)
    pages = {"barrier": bas.get(url), "register": bas.get(reverse("ruimte:register")),
             "csv": bas.get(reverse("ruimte:register") + "?export=csv"),
             "barriers": bas.get(reverse("ruimte:barriers")),
             "kompas": bas.get(reverse("kompas:home")), "raad": bas.get(reverse("raad:figures"))}
    for where, response in pages.items():
        assert response.status_code == 200, where
        assert not _leaks(response.content.decode()), where
    assert "[persoon-1]" in pages["barrier"].content.decode() and line in pages["barrier"].content.decode()
    assert "[persoon-1]" in pages["csv"].content.decode() and line in pages["register"].content.decode()
    for who in (pro, teamleider):  # the reporter and the reporter's team (a colleague does not see barriers)
        page = client_for(who).get(url).content.decode()
        assert NAME in page and POSTCODE in page and BORN in page and line not in page, who


def test_another_team_reads_the_copy_even_as_owner(barrier, outsider, beleid):
    services.barrier_hand_over(actor=beleid, barrier=barrier, owner=outsider, words="Zuid kent dit ook.")
    b = selectors.barrier_get(actor=outsider, public_id=barrier.public_id)
    steps = selectors.barrier_steps(actor=outsider, barrier=b)
    assert b.anonymous_view and not _leaks(b.proposal + b.cost_situation + " ".join(s.words for s in steps))
    with pytest.raises(RuntimeError):  # what an outsider reads is never written back
        b.save()


def test_old_rows_are_held_back_until_the_command_fills_them(client_for, pro, teamleider, beleid):
    b = services.barrier_report(actor=pro, title="Oud", source=BarrierSource.WET, owner=teamleider, proposal=TYPED)
    Barrier.objects.filter(pk=b.pk).update(anonymised=None)  # as before the copies existed
    BarrierStep.objects.filter(barrier=b).update(anonymised=None)
    page = client_for(beleid).get(reverse("ruimte:barrier", args=[b.public_id])).content.decode()
    assert not _leaks(page) and "nog niet geanonimiseerd" in page
    call_command("barriers_anonymise", stdout=io.StringIO())
    assert Barrier.objects.get(pk=b.pk).anonymised["proposal"].startswith("Laat [persoon-1]")
    assert not BarrierStep.objects.filter(anonymised__isnull=True).exists()


def test_a_barrier_from_a_refused_deviation_also_loses_what_only_the_file_knows(pro, person, teamleider):
    """"dalen", lower case, is no name to deduce or the rules; the household file knows it is one."""
    deviation = record(pro, person, rule_words="Geen strijkhulp")
    services.deviation_refuse(actor=teamleider, deviation=deviation, words="Past niet.", tried="Een fonds.")
    b = services.barrier_report(actor=pro, title="Strijken", source=BarrierSource.LOKALE_REGEL, owner=teamleider,
                                deviation=deviation, proposal="Ik belde met dalen over de was.")
    assert b.anonymised["proposal"] == "Ik belde met [persoon-1] over de was."


def test_the_form_says_outside_the_team_reads_an_anonymised_version(client_for, pro):
    page = client_for(pro).get(reverse("ruimte:barrier_new")).content.decode()
    assert "Mensen buiten uw team lezen een versie zonder namen, adressen en geboortedata." in page


def test_a_partner_or_rule_keeps_its_name_in_the_copy(pro, teamleider):
    """The owner must know which partner or rule got in the way; the resident still goes."""
    b = services.barrier_report(actor=pro, title="Geweigerd: Regiotaxi alleen binnen de regio",
                                source=BarrierSource.KETENPARTNER, owner=teamleider, proposal=TYPED)
    assert b.anonymised["title"] == "Geweigerd: Regiotaxi alleen binnen de regio"
    assert not _leaks(b.anonymised["proposal"])
