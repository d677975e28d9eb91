"""The letter (PDF, text read back), stored once and byte-identical; bezwaar and its deadline."""
import datetime as dt
import hashlib
import io

import pytest
from django.template import engines
from django.test import override_settings
from django.utils import timezone
from pypdf import PdfReader

from leefwereld.core.datum import datum
from leefwereld.core.errors import ApplicationError
from leefwereld.decisions import letters, selectors, services
from leefwereld.decisions.models import Beschikking, BeschikkingStatus, BezwaarUitkomst

D = dt.date


def _text(pdf):
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)


def _fresh(b):
    return Beschikking.objects.get(pk=b.pk)


@pytest.fixture
def sent(pro, mandate, concept):
    services.beschikking_decide(actor=pro, beschikking=concept, expected_version=concept.version)
    services.beschikking_send(actor=pro, beschikking=_fresh(concept), language="nl")
    return _fresh(concept)


def test_the_preview_holds_the_decision_motivation_bezwaar_deadline_and_municipality(pro, concept):
    text = _text(letters.letter_pdf(concept, language="nl", preview=True, today=D(2026, 11, 5)))
    assert "Gemeente Zandhoven" in text and "VOORBEELD" in text
    assert "Hulp bij het huishouden" in text and "U krijgt dit." in text
    assert "U zei zelf dat 2,5 uur genoeg is" in text
    assert "uiterlijk op 17 december 2026" in text  # Awb 6:7 and 6:8, from the day after 5 Nov
    for jargon in ("compensatieplicht", "rechtmatigheidstoets", "inkoopmodel"):
        assert jargon not in text.lower()


def test_a_letter_in_english_where_the_resident_asks_for_it(pro, concept, person):
    person.language = "Engels"
    assert letters.language_for(person) == "en"
    text = _text(letters.letter_pdf(concept, language="en", preview=True, today=D(2026, 11, 5)))
    assert "Our decision" in text and "17 December 2026" in text


def test_sending_stores_the_letter_once_with_its_hash_and_the_bezwaar_term(sent):
    assert sent.status == BeschikkingStatus.VERZONDEN and sent.sent_on == timezone.localdate()
    stored = letters.stored_letter(sent)
    assert hashlib.sha256(stored).hexdigest() == sent.brief.sha256
    text = _text(stored)
    assert f"uiterlijk op {datum(sent.bezwaar_until)}" in text and "Fatima El Amrani" in text


def test_a_sent_letter_is_byte_identical_after_the_template_changes(sent, monkeypatch):
    before = letters.stored_letter(sent)
    changed = engines["django"].from_string("<p>Een heel andere brief</p>")
    monkeypatch.setattr(letters, "render_to_string", lambda *a, **k: changed.render({}))
    assert "andere brief" in _text(letters.letter_pdf(sent, language="nl"))  # the template did change
    assert letters.stored_letter(sent) == before


def test_a_letter_is_sent_once(pro, sent):
    with pytest.raises(ApplicationError):
        services.beschikking_send(actor=pro, beschikking=sent, language="nl")


def test_bezwaar_before_the_letter_was_sent_is_refused(pro, sent):
    with pytest.raises(ApplicationError) as error:
        services.bezwaar_register(actor=pro, beschikking=sent, received_on=sent.sent_on - dt.timedelta(days=1),
                                  grounds="Te weinig uren")
    assert error.value.field == "received_on"
    with pytest.raises(ApplicationError) as error:
        services.bezwaar_register(actor=pro, beschikking=sent, received_on=sent.sent_on, grounds=" ")
    assert error.value.field == "grounds"


@pytest.mark.parametrize("committee, weeks", [(False, 6), (True, 12)])
def test_bezwaar_has_its_own_deadline_awb_7_10_and_shows_on_the_werkvoorraad(pro, sent, committee, weeks):
    with override_settings(LEEFWERELD_BEZWAARCOMMISSIE=committee):
        bezwaar = services.bezwaar_register(actor=pro, beschikking=sent, received_on=sent.sent_on,
                                            grounds="Ik kan niet strijken")
    from leefwereld.core.termijnen import Kalender
    assert bezwaar.deadline == Kalender.load().period_end(sent.bezwaar_until, weeks=weeks)
    assert bezwaar.in_time and _fresh(sent).status == BeschikkingStatus.BEZWAAR


def test_bezwaar_gegrond_starts_a_herziening_linked_to_the_old_decision(pro, sent):
    bezwaar = services.bezwaar_register(actor=pro, beschikking=sent, received_on=sent.sent_on,
                                        grounds="Ik kan niet strijken")
    services.bezwaar_hearing(actor=pro, bezwaar=bezwaar, hearing_on=sent.sent_on, notes="Taken samen uitgeplozen")
    herziening = services.bezwaar_decide(actor=pro, bezwaar=bezwaar, uitkomst=BezwaarUitkomst.GEGROND,
                                         words="Strijken kost een uur per week", decided_on=sent.sent_on)
    assert herziening.replaces_id == sent.pk and herziening.status == BeschikkingStatus.CONCEPT
    assert [b.pk for b in selectors.earlier_decisions(actor=pro, beschikking=herziening)] == [sent.pk]


def test_bezwaar_ongegrond_upholds_the_decision(pro, sent):
    bezwaar = services.bezwaar_register(actor=pro, beschikking=sent, received_on=sent.sent_on, grounds="Te weinig")
    assert services.bezwaar_decide(actor=pro, bezwaar=bezwaar, uitkomst=BezwaarUitkomst.ONGEGROND,
                                   words="De uren passen bij wat u zelf vroeg", decided_on=sent.sent_on) is None
    assert _fresh(sent).status == BeschikkingStatus.GEHANDHAAFD
