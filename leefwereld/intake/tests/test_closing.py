"""A vraag closes with what came of it: light route, a gesprek (linked both ways), withdrawn or otherwise."""
import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from leefwereld.audit.models import AuditEvent
from leefwereld.conversations.services import gesprek_create
from leefwereld.core.errors import ApplicationError
from leefwereld.core.models import OutcomeTag
from leefwereld.core.outcomes import install_default_outcome_tags
from leefwereld.intake import selectors, services
from leefwereld.intake.models import Status, Uitkomst, Vraag
from leefwereld.residents.tests.factories import PersonFactory

TODAY = timezone.localdate


def _register(actor, person, **kw):
    data = {"kind": "vraag", "brought_by": "inwoner", "words": "Kan iemand helpen met de post?",
            "received_on": TODAY() - dt.timedelta(days=10), "pick_up": True, **kw}
    return services.vraag_register(actor=actor, person=person, **data)


@pytest.fixture
def tags(db):
    install_default_outcome_tags(OutcomeTag)
    return OutcomeTag.objects.all()


def test_a_withdrawn_vraag_closes_with_its_date_words_and_tags(pro, person, tags):
    vraag = _register(pro, person)
    chosen = [tags.get(name="weer contact met anderen")]
    services.vraag_close(actor=pro, vraag=vraag, outcome=Uitkomst.INGETROKKEN, closed_on=TODAY() - dt.timedelta(days=2),
                         words="Haar zoon regelt de post nu", tags=chosen)
    vraag = Vraag.objects.get(pk=vraag.pk)
    assert (vraag.status, vraag.outcome, vraag.closed_on) == (Status.AFGEROND, "ingetrokken",
                                                              TODAY() - dt.timedelta(days=2))
    assert list(vraag.outcome_tags.all()) == chosen
    assert AuditEvent.objects.filter(action="vragen.close", person_pk=person.pk).count() == 1
    assert selectors.vragen_open_for(actor=pro) == []  # it left "door mij opgepakt"


def test_closing_checks_its_date_words_and_that_it_is_open(pro, person):
    vraag = _register(pro, person)
    with pytest.raises(ApplicationError):  # before it came in
        services.vraag_close(actor=pro, vraag=vraag, outcome=Uitkomst.ANDERS, closed_on=vraag.received_on
                             - dt.timedelta(days=1), words="x")
    with pytest.raises(ApplicationError):  # without words
        services.vraag_close(actor=pro, vraag=vraag, outcome=Uitkomst.ANDERS, closed_on=TODAY(), words=" ")
    with pytest.raises(ApplicationError):  # the light route has its own page
        services.vraag_close(actor=pro, vraag=vraag, outcome=Uitkomst.LICHTE_ROUTE, closed_on=TODAY(), words="x")
    services.vraag_close(actor=pro, vraag=vraag, outcome=Uitkomst.ANDERS, closed_on=TODAY(), words="Verhuisd")
    with pytest.raises(ApplicationError):
        services.vraag_close(actor=pro, vraag=vraag, outcome=Uitkomst.ANDERS, closed_on=TODAY(), words="nog eens")


def test_a_gesprek_started_from_a_vraag_closes_it_and_links_both_ways(client_for, pro, person):
    vraag = _register(pro, person)
    client = client_for(pro)
    url = reverse("conversations:new", args=[person.public_id]) + f"?vraag={vraag.public_id}"
    assert "Naar aanleiding van de vraag" in client.get(url).content.decode()
    response = client.post(url, {"held_on": TODAY().isoformat(), "location": "thuis"})
    assert response.status_code == 302
    vraag = Vraag.objects.get(pk=vraag.pk)
    gesprek = vraag.gesprekken.get()
    assert (vraag.status, vraag.outcome, vraag.closed_on) == (Status.AFGEROND, Uitkomst.GESPREK, TODAY())
    assert str(gesprek.public_id) in client.get(reverse("intake:vraag", args=[vraag.public_id])).content.decode()
    assert str(vraag.public_id) in client.get(reverse("conversations:detail", args=[gesprek.public_id])
                                              ).content.decode()


def test_a_vraag_of_another_person_is_not_linked(client_for, pro, person):
    other = PersonFactory(household=person.household)
    vraag = _register(pro, other)
    url = reverse("conversations:new", args=[person.public_id]) + f"?vraag={vraag.public_id}"
    client_for(pro).post(url, {"held_on": TODAY().isoformat(), "location": "thuis"})
    assert Vraag.objects.get(pk=vraag.pk).status == Status.OPGEPAKT


def test_the_light_route_waits_for_contact_on_a_signal(client_for, pro, person):
    signal_person = PersonFactory(household__team=person.household.team, contact_only=True)
    signal = _register(pro, signal_person, kind="signaal")
    page = client_for(pro).get(reverse("intake:vraag", args=[signal.public_id])).content.decode()
    assert reverse("intake:close_light", args=[signal.public_id]) not in page
    with pytest.raises(ApplicationError):
        services.vraag_close_light(actor=pro, vraag=signal, help_kind="informatie", description="Folder gegeven")


def test_the_signal_banner_clears_as_soon_as_help_starts(pro, person):
    signal_person = PersonFactory(household__team=person.household.team, contact_only=True)
    _register(pro, signal_person, kind="signaal")
    signal_person.refresh_from_db()
    assert signal_person.contact_only  # a signal alone is not help
    gesprek_create(actor=pro, person=signal_person, data={"held_on": TODAY()})
    signal_person.refresh_from_db()
    assert not signal_person.contact_only


def test_a_light_route_answer_is_its_outcome(pro, person):
    vraag = _register(pro, person)
    services.vraag_close_light(actor=pro, vraag=vraag, help_kind="informatie", description="Folder over de post")
    vraag = Vraag.objects.get(pk=vraag.pk)
    assert (vraag.outcome, vraag.closed_on, vraag.outcome_words) == (Uitkomst.LICHTE_ROUTE, TODAY(),
                                                                     "Folder over de post")


def test_the_close_page_keeps_what_was_typed_and_saves_with_a_message(client_for, pro, person, tags):
    vraag = _register(pro, person)
    client = client_for(pro)
    url = reverse("intake:close", args=[vraag.public_id])
    html = client.post(url, {"closed_on": TODAY().isoformat(), "words": "Het is al opgelost"}).content.decode()
    assert "Kies hoe de vraag afliep" in html and "Het is al opgelost" in html
    tag = tags.first()
    response = client.post(url, {"outcome": "anders", "closed_on": TODAY().isoformat(), "words": "Opgelost",
                                 "tags": [tag.pk]}, follow=True)
    assert "De vraag is afgesloten" in response.content.decode()
    assert list(Vraag.objects.get(pk=vraag.pk).outcome_tags.all()) == [tag]


def test_outcome_tags_look_like_checkboxes_because_several_may_be_chosen(tags):
    from leefwereld.intake.forms import VraagCloseForm

    html = str(VraagCloseForm()["tags"])
    assert 'type="checkbox"' in html and "utrecht-checkbox" in html and "utrecht-radio-button" not in html
