"""Screens for case stories: start from the file, write, review side by side, share."""
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from leefwereld.access.views import requires
from leefwereld.core.forms import save_with_form
from leefwereld.residents import selectors as resident_selectors

from . import selectors, services
from .forms import CorrectForm, ReviewForm, ShareForm, StartForm, StoryForm
from .models import StoryStatus


def _posted(request):
    """The posted data, also when nothing was ticked (an empty POST is still a POST)."""
    return request.POST if request.method == "POST" else None


@requires("casestories.create")
def story_start(request, person_id):
    person = resident_selectors.person_get(actor=request.user, public_id=person_id, action="casestories.create")
    resident_selectors.blanco_leave(actor=request.user, household=person.household)
    form = StartForm(_posted(request), initial={"parts": ["verhaal", "plan", "uitkomst"]})
    if request.method == "POST" and form.is_valid():
        result = {}
        if save_with_form(form, lambda: result.update(story=services.case_story_start(
                actor=request.user, person=person, parts=form.cleaned_data["parts"]))):
            messages.success(request, _("Casusverhaal begonnen. Pas het aan en sla het op: dan wordt het "
                                        "geanonimiseerd."))
            return redirect("learning:edit", public_id=result["story"].public_id)
    return render(request, "learning/start.html", {"person": person, "form": form})


def _story(request, public_id):
    story = selectors.case_story_get(actor=request.user, public_id=public_id)
    resident_selectors.blanco_leave(actor=request.user, household=story.household)
    return story


@requires("casestories.edit")
def story_edit(request, public_id):
    story = _story(request, public_id)
    form = StoryForm(_posted(request), initial={"version": story.version, "text": story.text,
                                                     "other_names": story.other_names})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if save_with_form(form, lambda: services.case_story_edit(
                actor=request.user, story=story, expected_version=data["version"], text=data["text"],
                other_names=data["other_names"])):
            messages.success(request, _("Opgeslagen en geanonimiseerd. Controleer het naast het origineel."))
            return redirect("learning:review", public_id=story.public_id)
    return render(request, "learning/edit.html", {"story": story, "person": story.person, "form": form})


@requires("casestories.review")
def story_review(request, public_id):
    story = _story(request, public_id)
    correct = CorrectForm(replacements=story.replacements, initial={"version": story.version})
    review = ReviewForm(initial={"version": story.version})
    if request.method == "POST" and request.POST.get("stap") == "verbeteren":
        correct = CorrectForm(request.POST, replacements=story.replacements)
        if correct.is_valid():
            data = correct.cleaned_data
            if save_with_form(correct, lambda: services.case_story_correct(
                    actor=request.user, story=story, expected_version=data["version"], undo=data["undo"],
                    add_text=data["add_text"], add_kind=data["add_kind"])):
                messages.success(request, _("Verbeteringen opgeslagen. Controleer het verhaal opnieuw."))
                return redirect("learning:review", public_id=story.public_id)
    elif request.method == "POST":
        review = ReviewForm(request.POST)
        if review.is_valid() and save_with_form(review, lambda: services.case_story_review(
                actor=request.user, story=story, expected_version=review.cleaned_data["version"])):
            messages.success(request, _("Gecontroleerd. Het verhaal kan nu worden gedeeld."))
            return redirect("learning:share", public_id=story.public_id)
    left, right = selectors.side_by_side(story)
    return render(request, "learning/review.html", {
        "story": story, "person": story.person, "left": left, "right": right, "correct": correct,
        "review": review, "reviewed": story.status == StoryStatus.GECONTROLEERD})


@requires("casestories.share")
def story_share(request, public_id):
    story = _story(request, public_id)
    form = ShareForm(_posted(request))
    if request.method == "POST" and form.is_valid() and save_with_form(form, lambda: services.case_story_share(
            actor=request.user, story=story, audience=form.cleaned_data["audience"])):
        messages.success(request, _("Gedeeld. Alleen de geanonimiseerde tekst is gedeeld."))
        return redirect("learning:shared")
    return render(request, "learning/share.html", {
        "story": story, "person": story.person, "form": form,
        "reviewed": story.status == StoryStatus.GECONTROLEERD})


@requires("casestories.shared")
def shared_list(request):
    return render(request, "learning/shared_list.html", {"stories": selectors.shared_stories(actor=request.user)})


@requires("casestories.shared")
def shared_detail(request, public_id):
    return render(request, "learning/shared_detail.html",
                  {"story": selectors.shared_story_get(actor=request.user, public_id=public_id)})
