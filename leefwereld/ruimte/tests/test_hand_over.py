"""A barrier at the wrong level goes to a new owner: dated in the trail the reporter sees, and on the new
owner's werkvoorraad as theirs to answer."""
import pytest
from django.urls import reverse

from leefwereld.audit.models import AuditEvent
from leefwereld.core.errors import ApplicationError
from leefwereld.ruimte import selectors, services
from leefwereld.ruimte.models import Barrier, BarrierSource, BarrierStatus


@pytest.fixture
def barrier(pro, teamleider):
    return services.barrier_report(actor=pro, title="Handtekening op de verkeerde pagina",
                                   source=BarrierSource.WERKPROCES, owner=teamleider)


def test_a_hand_over_is_a_dated_step_the_reporter_and_the_new_owner_see(pro, teamleider, beleid, barrier):
    step = services.barrier_hand_over(actor=teamleider, barrier=barrier, owner=beleid,
                                      words="Dit is een werkproces van de hele gemeente.")
    barrier.refresh_from_db()
    assert barrier.owner == beleid and barrier.moved_at == step.at == barrier.handed_over_at
    assert [(s.status, s.new_owner) for s in barrier.steps.all()] == [(BarrierStatus.ONTVANGEN, None),
                                                                      (BarrierStatus.ONTVANGEN, beleid)]
    news = selectors.barrier_news(actor=pro)  # the reporter: a new owner, on the werkvoorraad
    assert [b.pk for b in news] == [barrier.pk] and news[0].handed_over and not news[0].for_me
    mine = selectors.barrier_news(actor=beleid)  # the new owner: theirs to answer
    assert [b.pk for b in mine] == [barrier.pk] and mine[0].for_me and mine[0].handed_over
    assert selectors.barrier_news(actor=teamleider) == []
    assert AuditEvent.objects.filter(action="barriers.answer", actor=teamleider).count() == 1
    services.barrier_move(actor=beleid, barrier=barrier, status=BarrierStatus.IN_BEHANDELING, words="")
    assert not selectors.barrier_news(actor=pro)[0].handed_over  # the last step is an answer again


def test_a_hand_over_needs_a_new_owner_a_reason_and_an_open_barrier(pro, colleague, teamleider, beleid, barrier):
    for owner, words, field in ((None, "Omdat", "owner"), (teamleider, "Omdat", "owner"), (beleid, " ", "words")):
        with pytest.raises(ApplicationError) as error:
            services.barrier_hand_over(actor=teamleider, barrier=barrier, owner=owner, words=words)
        assert error.value.field == field
    with pytest.raises(ApplicationError, match="Alleen de eigenaar"):  # a colleague who is not the owner
        services.barrier_hand_over(actor=colleague, barrier=barrier, owner=beleid, words="Omdat")
    services.barrier_move(actor=teamleider, barrier=barrier, status=BarrierStatus.AFGESCHAFT, words="Weg ermee.")
    with pytest.raises(ApplicationError, match="al beantwoord"):
        services.barrier_hand_over(actor=teamleider, barrier=barrier, owner=beleid, words="Omdat")
    assert Barrier.objects.get().owner == teamleider


def test_the_hand_over_screen_keeps_what_was_typed_and_shows_the_trail(client_for, pro, teamleider, beleid, barrier):
    client = client_for(teamleider)
    url = reverse("ruimte:barrier_hand_over", args=[barrier.public_id])
    assert "Aan een andere eigenaar geven" in client.get(reverse("ruimte:barrier", args=[barrier.public_id])
                                                         ).content.decode()
    page = client.post(url, {"owner": beleid.pk, "words": "", "once": ""}).content.decode()
    assert "Schrijf op waarom deze persoon het oppakt." in page and f'value="{beleid.pk}" selected' in page
    form = client.get(url).content.decode()
    assert f'value="{teamleider.pk}"' not in form  # the current owner is not offered
    response = client.post(url, {"owner": beleid.pk, "words": "Gemeentebreed werkproces."})
    assert response.status_code == 302
    trail = client_for(pro).get(reverse("ruimte:barrier", args=[barrier.public_id])).content.decode()
    assert "Overgedragen aan Bram Beleid" in trail and "Gemeentebreed werkproces." in trail
    landing = client_for(beleid).get(reverse("kompas:home")).content.decode()  # where policy staff land
    assert "aan u overgedragen" in landing and "Handtekening op de verkeerde pagina" in landing
