"""Screens for casusoverleg and intervisie, reflection and lessons (no resident data, ADR 0024)."""
import json

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from leefwereld.access.views import requires
from leefwereld.core.forms import save_with_form

from . import learn_selectors as selectors
from . import learn_services as services
from .learn_forms import LessonForm, LessonShareForm, OverlegForm, ReflectionForm
from .models import Audience, SharedStory
from .overleg import LessonKind, Mensbeeld, Waarde


def _posted(request):
    return request.POST if request.method == "POST" else None


def _learning_stories(limit=50):
    """The newest stories shared for a casusoverleg or intervisie, as a queryset a form can check choices on."""
    stories = SharedStory.objects.filter(audience__in=[Audience.CASUSOVERLEG, Audience.INTERVISIE])
    newest = stories.order_by("-shared_at").values("pk")[:limit]
    return SharedStory.objects.filter(pk__in=newest).order_by("-shared_at")


def _overleg_from(request):
    public_id = request.GET.get("overleg") or request.POST.get("overleg")
    if not public_id:
        return None
    try:
        return selectors.overleg_get(actor=request.user, public_id=public_id)
    except (ValidationError, ValueError, Http404):  # a malformed or foreign id: start without the link
        return None


def _story_initial(request):
    story = request.GET.get("verhaal")
    return [story] if story else []


@requires("overleg.view")
def overleg_list(request):
    return render(request, "learning/overleg_list.html", {"overleggen": selectors.overleggen(actor=request.user),
                                                          "menu_current": "leren"})


@requires("overleg.record")
def overleg_new(request):
    form = OverlegForm(_posted(request), stories=_learning_stories(),
                       initial={"held_on": timezone.localdate(), "stories": _story_initial(request)})
    if request.method == "POST" and form.is_valid():
        data, result = form.cleaned_data, {}
        if save_with_form(form, lambda: result.update(overleg=services.overleg_record(
                actor=request.user, kind=data["kind"], held_on=data["held_on"], participants=data["participants"],
                stories=list(data["stories"]), question=data["question"], learned=data["learned"],
                follow_up=data["follow_up"], follow_up_text=data["follow_up_text"]))):
            messages.success(request, _("Het overleg is vastgelegd."))
            return redirect("learning:overleg_detail", public_id=result["overleg"].public_id)
    return render(request, "learning/overleg_new.html", {"form": form, "menu_current": "leren"})


@requires("overleg.view")
def overleg_detail(request, public_id):
    overleg = selectors.overleg_get(actor=request.user, public_id=public_id)
    return render(request, "learning/overleg_detail.html", {"overleg": overleg, "menu_current": "leren"})


@requires("reflections.view")
def reflection_list(request):
    return render(request, "learning/reflection_list.html", {
        "reflections": selectors.reflections(actor=request.user), "menu_current": "leren"})


@requires("reflections.write")
def reflection_new(request):
    overleg = _overleg_from(request)
    form = ReflectionForm(_posted(request), stories=_learning_stories(),
                          mensbeelden=Mensbeeld.objects.filter(active=True),
                          waarden=Waarde.objects.filter(mensbeeld__active=True).select_related("mensbeeld"),
                          initial={"story": request.GET.get("verhaal") or None})
    if request.method == "POST" and form.is_valid():
        result = {}
        if save_with_form(form, lambda: result.update(reflection=services.reflection_write(
                actor=request.user, overleg=overleg, **form.service_kwargs()))):
            messages.success(request, _("Je reflectie is opgeslagen."))
            return redirect("learning:reflection_detail", public_id=result["reflection"].public_id)
    return render(request, "learning/reflection_new.html", {"form": form, "overleg": overleg,
                                                            "menu_current": "leren"})


@requires("reflections.view")
def reflection_detail(request, public_id):
    reflection = selectors.reflection_get(actor=request.user, public_id=public_id)
    return render(request, "learning/reflection_detail.html", {"reflection": reflection, "menu_current": "leren"})


@require_POST
@requires("reflections.write")
def reflection_share(request, public_id):
    reflection = selectors.reflection_get(actor=request.user, public_id=public_id)
    services.reflection_share(actor=request.user, reflection=reflection)
    messages.success(request, _("Je reflectie is gedeeld met je team."))
    return redirect("learning:reflection_detail", public_id=public_id)


@requires("lessons.view")
def lesson_list(request):
    kind = request.GET.get("soort", "")
    kind = kind if kind in LessonKind.values else ""
    return render(request, "learning/lesson_list.html", {
        "lessons": selectors.lessons(actor=request.user, kind=kind), "kinds": LessonKind.choices, "kind": kind,
        "can_write": request.user.role in ("professional", "teamleider"), "menu_current": "lessen"})


@requires("lessons.write")
def lesson_new(request):
    overleg = _overleg_from(request)
    form = LessonForm(_posted(request), stories=_learning_stories(),
                      initial={"stories": _story_initial(request)})
    if request.method == "POST" and form.is_valid():
        data, result = form.cleaned_data, {}
        if save_with_form(form, lambda: result.update(lesson=services.lesson_record(
                actor=request.user, kind=data["kind"], title=data["title"], situation=data["situation"],
                text=data["text"], stories=list(data["stories"]), overleg=overleg))):
            messages.success(request, _("De les is vastgelegd voor je team."))
            return redirect("learning:lesson_detail", public_id=result["lesson"].public_id)
    return render(request, "learning/lesson_new.html", {"form": form, "overleg": overleg, "menu_current": "lessen"})


def _lesson_page(request, lesson, form):
    own = lesson.team_id == request.user.team_id and request.user.role in ("professional", "teamleider")
    return render(request, "learning/lesson_detail.html", {"lesson": lesson, "own": own, "form": form,
                                                           "menu_current": "lessen"})


@requires("lessons.view")
def lesson_detail(request, public_id):
    return _lesson_page(request, selectors.lesson_get(actor=request.user, public_id=public_id), LessonShareForm())


@require_POST
@requires("lessons.write")
def lesson_share(request, public_id):
    lesson = selectors.lesson_get(actor=request.user, public_id=public_id)
    form = LessonShareForm(request.POST)
    if form.is_valid() and save_with_form(form, lambda: services.lesson_share(
            actor=request.user, lesson=lesson, confirmed=form.cleaned_data["confirmed"])):
        messages.success(request, _("De les is gedeeld met alle teams, het management en beleid."))
        return redirect("learning:lesson_detail", public_id=public_id)
    return _lesson_page(request, lesson, form)


@requires("lessons.export")
def lessons_export(request):
    data = selectors.lessons_export(actor=request.user)
    response = HttpResponse(json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json")
    response["Content-Disposition"] = 'attachment; filename="lessen.json"'
    return response

