"""Casusoverleg, intervisie, reflection and lessons: the team's own, private until shared, exportable."""
import datetime as dt
import json

import pytest
from django.urls import reverse

from leefwereld.audit.models import AuditEvent
from leefwereld.core.errors import ApplicationError, NotFoundOrNotAllowed
from leefwereld.learning import learn_services as services
from leefwereld.learning.models import CaseStory, SharedStory
from leefwereld.learning.overleg import Lesson, Mensbeeld, Overleg, Reflection, Waarde


@pytest.fixture
def shared(pro, person):
    story = CaseStory.objects.create(household=person.household, person=person, author=pro, text="Saskia belde.")
    return SharedStory.objects.create(story=story, audience="casusoverleg", text="[persoon-1] belde over de hulp.",
                                      shared_by=pro)


def test_the_default_mensbeelden_are_data_with_their_values(db):
    names = list(Mensbeeld.objects.filter(active=True).values_list("name", flat=True))
    assert names == ["Neutraal", "Liberaal", "Communitair", "Klassiek christelijk", "Romantisch", "Relationeel"]
    assert not Mensbeeld.objects.get(name="Modern christelijk").active  # the thesis's variant, one tick away
    assert Waarde.objects.filter(mensbeeld__name="Relationeel", name="compassie").exists()


def test_record_an_overleg_through_the_screen(client_for, pro, shared):
    client = client_for(pro)
    assert client.get(reverse("learning:overleg_new")).status_code == 200
    response = client.post(reverse("learning:overleg_new"), {
        "kind": "casusoverleg", "held_on": dt.date.today().isoformat(), "participants": ["wmo", "jeugd", "teamleider"],
        "stories": [shared.pk], "question": "Mogen we afwijken van de richtlijn?",
        "learned": "Vraag wat zij zelf denkt.",
        "follow_up": "knelpunt", "follow_up_text": "Knelpunt melden: handtekening op de verkeerde pagina."})
    overleg = Overleg.objects.get()
    assert response["Location"] == reverse("learning:overleg_detail", args=[overleg.public_id])
    assert overleg.participants == ["wmo", "jeugd", "teamleider"] and list(overleg.stories.all()) == [shared]
    page = client.get(response["Location"]).content.decode()
    assert "[persoon-1] belde" in page and "Teamleider" in page
    assert AuditEvent.objects.filter(action="overleg.record", actor=pro).count() == 1


def test_an_overleg_needs_its_follow_up_in_words(client_for, pro):
    response = client_for(pro).post(reverse("learning:overleg_new"), {
        "kind": "intervisie", "held_on": dt.date.today().isoformat(), "participants": ["wmo"], "question": "Hoe?",
        "follow_up": "les", "follow_up_text": ""})
    assert response.status_code == 200 and "Schrijf op wat het vervolg is." in response.content.decode()
    assert not Overleg.objects.exists()


def test_another_team_does_not_see_the_overleg(client_for, pro, outsider):
    overleg = services.overleg_record(actor=pro, kind="intervisie", held_on=dt.date.today(), participants=["wmo"],
                                      stories=[], question="Hoe ga ik om met boosheid?")
    assert client_for(outsider).get(reverse("learning:overleg_detail", args=[overleg.public_id])).status_code == 404
    assert "boosheid" not in client_for(outsider).get(reverse("learning:overleg_list")).content.decode()


def test_a_reflection_with_the_whole_framework(client_for, pro, shared):
    neutraal = Mensbeeld.objects.get(name="Neutraal")
    relationeel = Mensbeeld.objects.get(name="Relationeel")
    compassie = Waarde.objects.get(mensbeeld=relationeel, name="compassie")
    client = client_for(pro)
    form = client.get(reverse("learning:reflection_new")).content.decode()
    for text in ("Is mijn handelen echt, waarachtig?", "Sluikwerk", "Privacy of ingrijpen", "Presentie",
                 "Wat zou je doen als het je eigen moeder was?", "Kan je er ook anders naar kijken?", "compassie"):
        assert text in form, text
    response = client.post(reverse("learning:reflection_new"), {
        "situation": "Ik hield de aanvraag vast tot na de peildatum.", "scope": "eigen", "story": shared.pk,
        "dim_normatief": "Niet rechtmatig, wel rechtvaardig.", "mensbeelden": [neutraal.pk, relationeel.pk],
        "waarden": [compassie.pk], "strategy": "sluikwerk", "dilemmas": ["respect_interventie"],
        "stance": ["presentie", "partnerschap"], "q_moeder": "Hetzelfde.",
        "anders_kijken": "De regel zelf is het knelpunt: melden."})
    reflection = Reflection.objects.get()
    assert response["Location"] == reverse("learning:reflection_detail", args=[reflection.public_id])
    assert reflection.dimensions == {"normatief": "Niet rechtmatig, wel rechtvaardig."}
    assert reflection.questions == {"moeder": "Hetzelfde."} and reflection.strategy == "sluikwerk"
    assert set(reflection.mensbeelden.all()) == {neutraal, relationeel} and reflection.shared_at is None
    page = client.get(response["Location"]).content.decode()
    assert "De regel zelf is het knelpunt" in page and "Respect of interventie" in page


def test_a_reflection_is_private_until_its_author_shares_it(client_for, pro, colleague):
    reflection = services.reflection_write(actor=pro, situation="Ik twijfelde.")
    url = reverse("learning:reflection_detail", args=[reflection.public_id])
    assert client_for(colleague).get(url).status_code == 404
    assert "Ik twijfelde" not in client_for(colleague).get(reverse("learning:reflection_list")).content.decode()
    with pytest.raises(NotFoundOrNotAllowed):
        services.reflection_share(actor=colleague, reflection=reflection)
    client_for(pro).post(reverse("learning:reflection_share", args=[reflection.public_id]))
    assert Reflection.objects.get().shared_at is not None
    assert client_for(colleague).get(url).status_code == 200


def test_a_lesson_stays_in_the_team_until_shared_then_every_team_and_policy_read_it(
        client_for, pro, outsider, beleid, shared):
    client = client_for(pro)
    client.post(reverse("learning:lesson_new"), {"kind": "principe", "title": "Vraag eerst wat de inwoner zelf denkt.",
                                                 "situation": "Als de richtlijn meer geeft dan gevraagd.",
                                                 "stories": [shared.pk]})
    lesson = Lesson.objects.get()
    url = reverse("learning:lesson_detail", args=[lesson.public_id])
    assert client_for(outsider).get(url).status_code == 404
    assert client_for(beleid).get(url).status_code == 404
    client_for(pro).post(reverse("learning:lesson_share", args=[lesson.public_id]), {})
    assert Lesson.objects.get().shared_at is not None
    assert client_for(outsider).get(url).status_code == 200
    page = client_for(beleid).get(url).content.decode()
    assert "[persoon-1] belde" in page
    # Policy reads, but does not write lessons.
    assert client_for(beleid).get(reverse("learning:lesson_new")).status_code == 404


def test_sharing_a_lesson_that_looks_identifying_asks_to_look_again(pro):
    lesson = services.lesson_record(actor=pro, kind="fout", title="Mevrouw Jansen uit de Molenstraat 12 belde op "
                                                                "14 januari 2025 te laat.")
    with pytest.raises(ApplicationError) as refused:
        services.lesson_share(actor=pro, lesson=lesson)
    assert "Jansen" in refused.value.message and Lesson.objects.get().shared_at is None
    services.lesson_share(actor=pro, lesson=lesson, confirmed=True)
    assert Lesson.objects.get().shared_at is not None


def test_shared_lessons_export_in_the_documented_format(client_for, pro, beleid, shared):
    lesson = services.lesson_record(actor=pro, kind="doen", title="Bel dezelfde dag terug.", stories=[shared])
    services.lesson_record(actor=pro, kind="niet_doen", title="Niet gedeeld.")
    services.lesson_share(actor=pro, lesson=lesson)
    response = client_for(beleid).get(reverse("learning:lessons_export"))
    data = json.loads(response.content)
    assert response["Content-Type"] == "application/json" and data["format"] == "leefwereld-lessen/1"
    assert [x["title"] for x in data["lessons"]] == ["Bel dezelfde dag terug."]
    exported = data["lessons"][0]
    assert exported["kind"] == "doen" and exported["stories"][0]["text"] == shared.text
    assert "Fatima" not in response.content.decode()  # no names of professionals leave


def test_bad_input_on_every_form_is_a_message_not_a_500(client_for, pro):
    client = client_for(pro)
    for name in ("overleg_new", "reflection_new", "lesson_new"):
        response = client.post(reverse(f"learning:{name}"), {"held_on": "31-02-2025", "stories": ["x"],
                                                             "story": "999", "strategy": "nee"})
        assert response.status_code == 200, name
        assert 'class="lw-error-summary' in response.content.decode() or "utrecht-form-field-error" in \
            response.content.decode(), name
