"""Reads of case stories: the original is read like the file (logged); shared ones are anonymous."""
from leefwereld.access.policy import show, visible
from leefwereld.core.errors import NotFoundOrNotAllowed

from .models import CaseStory, SharedStory


def case_story_get(*, actor, public_id, action="casestories.view"):
    story = (visible(actor, CaseStory.objects.select_related("household", "person", "author", "reviewed_by"),
                     action).filter(public_id=public_id).first())
    if story is None:
        raise NotFoundOrNotAllowed("not found")
    show(actor, action, household=story.household, person=story.person, obj=story)
    return story


def case_stories_for_person(*, actor, person):
    return list(visible(actor, CaseStory.objects.filter(person=person), "casestories.view")
                .select_related("author").order_by("-created_at")[:20])


def shared_stories(*, actor, limit=50):
    """Shared stories hold no resident data: every professional may learn from them."""
    return list(SharedStory.objects.select_related("shared_by").order_by("-shared_at")[:limit])


def shared_story_get(*, actor, public_id):
    story = SharedStory.objects.select_related("shared_by").filter(public_id=public_id).first()
    if story is None:
        raise NotFoundOrNotAllowed("not found")
    return story


def side_by_side(story):
    """The original and the anonymised text as pieces, each replacement marked, for the review page."""
    left, right, last, last_new = [], [], 0, 0
    for n, r in enumerate(story.replacements, start=1):
        left += [{"text": story.text[last:r["start"]]}, {"text": r["original"], "r": r, "n": n}]
        right += [{"text": story.anonymised[last_new:r["new_start"]]}, {"text": r["placeholder"], "r": r, "n": n}]
        last, last_new = r["end"], r["new_end"]
    left.append({"text": story.text[last:]})
    right.append({"text": story.anonymised[last_new:]})
    return left, right
