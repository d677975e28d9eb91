"""Case stories through their screens: from the file to a shared, anonymised story; nothing unreviewed leaves."""
import pytest
from django.urls import reverse

from leefwereld.audit.models import AuditEvent
from leefwereld.learning import services
from leefwereld.learning.models import CaseStory, SharedStory, StoryStatus
from leefwereld.residents.tests.factories import NetworkMemberFactory

STORY = ("Gesprek op 14 januari 2025 met Saskia van Dalen op de Molenstraat 3-bis. Buurvrouw Joke Bakker "
         "helpt. Saskia werkt bij Albert Heijn; haar zoon (12) zit op basisschool De Klimop. Bel 06-12345678.")


@pytest.fixture
def story(pro, person):
    NetworkMemberFactory(person=person, name="Joke Bakker")
    return services.case_story_start(actor=pro, person=person, parts=["verhaal", "plan", "uitkomst"])


def _v(story):
    return CaseStory.objects.get(pk=story.pk).version


def test_start_write_review_and_share(client_for, pro, person):
    client = client_for(pro)
    NetworkMemberFactory(person=person, name="Joke Bakker")
    response = client.post(reverse("learning:start", args=[person.public_id]), {"parts": ["verhaal"]})
    story = CaseStory.objects.get()
    assert response["Location"] == reverse("learning:edit", args=[story.public_id])
    response = client.post(reverse("learning:edit", args=[story.public_id]),
                           {"version": _v(story), "text": STORY, "other_names": "Saskia van Dalen = Sas"})
    assert response["Location"] == reverse("learning:review", args=[story.public_id])
    story.refresh_from_db()
    for identifier in ("Saskia", "Dalen", "Joke", "Bakker", "Molenstraat", "Albert Heijn", "Klimop", "06-12345678",
                       "14 januari"):
        assert identifier not in story.anonymised, identifier
    page = client.get(reverse("learning:review", args=[story.public_id])).content.decode()
    assert page.count('class="lw-anon"') == len(story.replacements)  # every replacement marked on the left
    assert "[persoon-1]" in page and "Molenstraat 3-bis" in page
    refused = client.post(reverse("learning:share", args=[story.public_id]), {"audience": "casusoverleg"})
    assert refused.status_code == 200 and not SharedStory.objects.exists()
    client.post(reverse("learning:review", args=[story.public_id]),
                {"stap": "controleren", "version": _v(story), "checked": "on"})
    assert CaseStory.objects.get(pk=story.pk).status == StoryStatus.GECONTROLEERD
    client.post(reverse("learning:share", args=[story.public_id]), {"audience": "casusoverleg"})
    shared = SharedStory.objects.get()
    assert shared.text == CaseStory.objects.get(pk=story.pk).anonymised and shared.shared_by == pro
    row = AuditEvent.objects.filter(action="casestories.share").get()
    assert row.actor_id == pro.pk and row.detail["audience"] == "casusoverleg"


def test_the_shared_story_is_read_without_an_audit_row_and_shows_no_original(client_for, pro, story):
    services.case_story_edit(actor=pro, story=story, expected_version=_v(story), text=STORY)
    services.case_story_review(actor=pro, story=story, expected_version=_v(story))
    shared = services.case_story_share(actor=pro, story=story, audience="intervisie")
    client = client_for(pro)
    before = AuditEvent.objects.count()
    page = client.get(reverse("learning:shared_detail", args=[shared.public_id])).content.decode()
    listing = client.get(reverse("learning:shared")).content.decode()
    assert AuditEvent.objects.count() == before
    assert "Saskia" not in page and "Saskia" not in listing and "[persoon-1]" in page


def test_an_edit_after_review_must_be_reviewed_again(pro, story):
    services.case_story_edit(actor=pro, story=story, expected_version=_v(story), text=STORY)
    services.case_story_review(actor=pro, story=story, expected_version=_v(story))
    services.case_story_edit(actor=pro, story=story, expected_version=_v(story), text=STORY + " Einde.")
    story.refresh_from_db()
    assert story.status == StoryStatus.CONCEPT and story.reviewed_by is None
    with pytest.raises(services.ApplicationError):
        services.case_story_share(actor=pro, story=story, audience="management")


def test_corrections_on_the_review_page(client_for, pro, story):
    services.case_story_edit(actor=pro, story=story, expected_version=_v(story), text=STORY)
    story.refresh_from_db()
    school = next(r for r in story.replacements if "Klimop" in r["original"])
    response = client_for(pro).post(reverse("learning:review", args=[story.public_id]), {
        "stap": "verbeteren", "version": _v(story), "undo": [f"{school['start']}-{school['end']}"],
        "add_text": "Buurvrouw", "add_kind": "persoon"})
    assert response.status_code == 302
    story.refresh_from_db()
    assert "basisschool De Klimop" in story.anonymised and "Buurvrouw" not in story.anonymised


def test_a_text_that_is_not_in_the_story_is_refused_with_a_message(client_for, pro, story):
    services.case_story_edit(actor=pro, story=story, expected_version=_v(story), text=STORY)
    response = client_for(pro).post(reverse("learning:review", args=[story.public_id]), {
        "stap": "verbeteren", "version": _v(story), "add_text": "Pietje Puk", "add_kind": "persoon"})
    assert response.status_code == 200
    assert "Deze tekst staat niet in het verhaal." in response.content.decode()


def test_another_team_cannot_see_or_make_a_story(client_for, outsider, person, story):
    client = client_for(outsider)
    assert client.get(reverse("learning:review", args=[story.public_id])).status_code == 404
    assert client.get(reverse("learning:start", args=[person.public_id])).status_code == 404


def test_an_empty_story_and_no_parts_get_messages(client_for, pro, person, story):
    client = client_for(pro)
    response = client.post(reverse("learning:start", args=[person.public_id]), {})
    assert "Kies minstens één deel van het dossier." in response.content.decode()
    response = client.post(reverse("learning:edit", args=[story.public_id]), {"version": _v(story), "text": ""})
    assert "Het verhaal is leeg." in response.content.decode()


@pytest.mark.parametrize("extra", [1, 12])
def test_the_review_page_has_a_fixed_number_of_queries(client_for, pro, story, django_assert_max_num_queries, extra):
    text = " ".join([STORY] * extra)
    services.case_story_edit(actor=pro, story=story, expected_version=_v(story), text=text)
    client = client_for(pro)
    with django_assert_max_num_queries(25):
        assert client.get(reverse("learning:review", args=[story.public_id])).status_code == 200
