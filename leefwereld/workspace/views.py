"""The professional's screens that combine apps: werkvoorraad, search, the person and household file."""
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone

from leefwereld.access.policy import role_allows
from leefwereld.access.views import requires
from leefwereld.conversations import selectors as conversation_selectors
from leefwereld.coordination import selectors as coordination_selectors
from leefwereld.core.htmx import render_part
from leefwereld.decisions import selectors as decision_selectors
from leefwereld.intake import selectors as intake_selectors
from leefwereld.plans import selectors as plan_selectors
from leefwereld.portal import selectors as portal_selectors
from leefwereld.residents import selectors as resident_selectors
from leefwereld.residents.forms import OpenFileForm, PersonSearchForm
from leefwereld.ruimte import selectors as ruimte_selectors
from leefwereld.toezicht import selectors as toezicht_selectors

from . import selectors as workspace_selectors
from . import timeline as file_timeline


@requires("werkvoorraad.view")
def werkvoorraad(request):
    """The first screenful of every list, with its count and a link to the whole list."""
    screens = workspace_selectors.worklists_first_screen(actor=request.user)
    lists = [{"worklist": w, "rows": screens[slug][0], "count": screens[slug][1],
              "url": reverse(f"workspace:werkvoorraad_{slug}"),
              "capped": screens[slug][1] > workspace_selectors.COUNT_CAP}
             for slug, w in workspace_selectors.WORKLISTS.items()]
    for item in lists:
        item["count"] = min(item["count"], workspace_selectors.COUNT_CAP)
    return render(request, "workspace/werkvoorraad.html", {
        "lists": {item["worklist"].slug: item for item in lists},
        "samenwerken": coordination_selectors.werkvoorraad_lists(actor=request.user),  # referrals, escalations
        "today": timezone.localdate(), "first_screen": workspace_selectors.FIRST_SCREEN,
        # Decisions (issue 16): statutory deadlines this week and overdue, penalties first; bezwaren to decide.
        "decision_deadlines": decision_selectors.deadlines_due(actor=request.user),
        "bezwaar_deadlines": decision_selectors.bezwaren_due(actor=request.user),
        # Ruimte (issue 17): deviations awaiting a team leader's cover; barriers that moved for their reporter,
        # to answer for their owner, or lying too long with someone the actor manages.
        "ruimte_cover": ruimte_selectors.awaiting_cover(actor=request.user),
        "ruimte_barriers": ruimte_selectors.barrier_news(actor=request.user),
        "ruimte_news": ruimte_selectors.deviation_news(actor=request.user),  # answers on one's own deviations
        # Mijn Leefwereld (issue 18): messages from residents not answered yet, correction requests to handle.
        "inwoners": portal_selectors.werkvoorraad_card(actor=request.user),
        # Noodtoegang by the team leader's team members, not yet seen (ADR 0038; no query for anyone else).
        "noodtoegang": toezicht_selectors.lead_card(actor=request.user),
    })


@requires("werkvoorraad.view")
def werkvoorraad_list(request, slug):
    """One whole list of the werkvoorraad, a screen at a time (?na=<id of the last row shown>)."""
    cursor = request.GET.get("na", "")
    cursor = int(cursor) if cursor.isdigit() else None  # anything else: start at the top
    rows, count, next_cursor = workspace_selectors.worklist_page(actor=request.user, slug=slug, cursor=cursor)
    return render(request, "workspace/werkvoorraad_list.html", {
        "worklist": workspace_selectors.WORKLISTS[slug], "rows": rows,
        "count": min(count, workspace_selectors.COUNT_CAP), "capped": count > workspace_selectors.COUNT_CAP,
        "next_cursor": next_cursor, "paged": cursor is not None, "today": timezone.localdate(),
        "url": reverse(f"workspace:werkvoorraad_{slug}"),
    })


@requires("persons.search")
def search(request):
    # Names, birth dates and BSNs travel by POST only: a GET query string ends up in access logs
    # and browser history. The results are the POST's own response (nothing to bookmark or replay).
    form = PersonSearchForm(request.POST if request.method == "POST" else None)
    results, glass = None, ""
    if form.is_bound and form.is_valid():
        results = resident_selectors.person_search(actor=request.user, **form.cleaned_data)
        # Only an exact BSN that finds nobody the actor may see offers noodtoegang, whether or not the person
        # exists: the offer tells nothing; the reason comes first (ADR 0038).
        if not results and form.cleaned_data["bsn"] and role_allows(request.user, "noodtoegang.open"):
            glass = form.cleaned_data["bsn"]
    return render_part(request, "workspace/search.html", "intake/_search_results.html",
                       {"form": form, "results": results, "pick_url": "workspace:person", "noodtoegang_bsn": glass,
                        "partial": bool(request.htmx)}, partial=form.is_bound)


@requires("persons.view")
def person_file(request, public_id):
    actor = request.user
    person = resident_selectors.person_file_get(actor=actor, public_id=public_id)  # or to the blanco view
    vragen = intake_selectors.vragen_for_person(actor=actor, person=person)
    gesprekken = conversation_selectors.gesprekken_for_person(actor=actor, person=person)
    assessments = conversation_selectors.assessments_for_person(actor=actor, person=person)
    # "?tijdlijn=alles" shows the longer timeline; each source stays capped, so the queries stay fixed.
    everything = request.GET.get("tijdlijn") == "alles"
    milestones = plan_selectors.plan_milestones_for_household(actor=actor, household=person.household)
    entries, capped = file_timeline.timeline(
        vragen=vragen, gesprekken=gesprekken, assessments=assessments,
        contactmomenten=conversation_selectors.contactmomenten_for_person(actor=actor, person=person),
        milestones=milestones,
        limit=file_timeline.TIMELINE_LIMIT * 5 if everything else file_timeline.TIMELINE_LIMIT)
    return render(request, "workspace/person_file.html", {
        "person": person,
        "members": resident_selectors.household_members(actor=actor, household=person.household),
        "network": resident_selectors.person_network(actor=actor, person=person),
        "vragen": vragen,
        "followups": intake_selectors.followups_for_person(actor=actor, person=person),
        "gesprekken": gesprekken,
        "assessments": assessments,
        "plan": plan_selectors.open_plan_among(milestones["plans"]),
        "timeline": entries, "timeline_capped": capped and not everything, "timeline_limit": len(entries),
        # Issue 16: melding, aanvraag, letter sent and bezwaar, in one query (decisions/_person_timeline.html).
        "decision_timeline": decision_selectors.timeline_for_person(actor=actor, person_id=person.pk,
                                                                    household_id=person.household_id),
        "story": file_timeline.whole_story(gesprekken),
        "time": file_timeline.time_spent(
            contact_time=conversation_selectors.contact_time_for_person(actor=actor, person=person),
            gesprekken=gesprekken),
    })


@requires("persons.view_basic")
def person_blanco(request, public_id):
    """Blanco preparation: name, address, phone and safety notes only."""
    person = resident_selectors.person_get(actor=request.user, public_id=public_id, action="persons.view_basic")
    return render(request, "workspace/person_blanco.html", {
        "person": person, "form": OpenFileForm(),
        "blanco_open": resident_selectors.blanco_is_open(actor=request.user, person=person),
    })


@requires("households.view")
def household_file(request, public_id):
    household = resident_selectors.household_get(actor=request.user, public_id=public_id, blanco=True)
    return render(request, "workspace/household_file.html", {
        "household": household,
        "plans": plan_selectors.plans_for_household(actor=request.user, household=household),
        "members": resident_selectors.household_members(actor=request.user, household=household),
        "deviations": ruimte_selectors.deviations_for_household(actor=request.user, household=household),
    })
