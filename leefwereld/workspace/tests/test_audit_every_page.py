"""Every page that shows resident data leaves exactly one audit row, about the right person or household.

Generated from the URL list (access.checks.own_views), so a new page fails here until it logs what it
shows or is listed below as showing no resident data.
"""
import datetime as dt
import re

import pytest
from django.utils import timezone

from leefwereld.access.checks import own_views
from leefwereld.accounts.models import Role, User
from leefwereld.accounts.tests.helpers import login_verified
from leefwereld.api.scopes import SCOPES, Vertrouwelijkheid
from leefwereld.api.tokens import client_create
from leefwereld.audit.models import AuditEvent
from leefwereld.conversations.models import Gesprek
from leefwereld.coordination.models import Escalation, KaartEntry, Referral, SharingGround
from leefwereld.decisions import services as decision_services
from leefwereld.decisions.models import Mandaat, ProcedureKind, Uitkomst, Wet
from leefwereld.demo.loader import load_personas
from leefwereld.documenten.models import Document
from leefwereld.intake.models import Vraag
from leefwereld.intake.services import followup_create
from leefwereld.kompas import council_services
from leefwereld.kompas.models import Indicator
from leefwereld.kompas.survey import Survey
from leefwereld.koppelingen.models import Aanbieder, Bericht
from leefwereld.learning import learn_services
from leefwereld.learning.models import CaseStory, SharedStory
from leefwereld.plans.models import Action, Goal, Plan, Review
from leefwereld.portal.models import Correctieverzoek, InzageVerzoek, ResidentAccount
from leefwereld.portal.tasks import inzage_prepare
from leefwereld.residents.models import NetworkMember, Person
from leefwereld.ruimte import services as ruimte_services

# Pages that show no resident data on a GET, and why. Anything not here must log.
EXEMPT = {
    "workspace.signin_views.login": "the log-in page",
    "workspace.signin_views.logout": "logging out",
    "workspace.health.health": "the load balancer's health page: no resident data",
    "workspace.signin_views.login_code": "the second step of signing in (security events, ADR 0005)",
    "workspace.signin_views.enrol": "linking the authenticator app",
    "workspace.signin_views.enrol_qr": "the QR code for the app",
    "workspace.signin_views.account": "the user's own account",
    "workspace.signin_views.recovery_codes": "the user's own recovery codes",
    "workspace.signin_views.password_change": "the user's own password",
    "workspace.views.search": "an empty search form; searching is a POST (test_search_*)",
    "intake.views.register_start": "an empty search form; searching is a POST",
    "intake.views.register_person": "an empty form for a new person",
    "workspace.landing.home": "a redirect to where the role works",
    "portal.views.start": "the portal's sign-in page: a button to the broker",
    "portal.views.oidc_authenticate": "a redirect to the municipality's broker (DigiD)",
    "portal.views.oidc_callback": "the broker's return: signs the resident in and redirects (security log)",
    "portal.views.kies": "the resident's choice of file: the names of whom they are or represent, nothing held",
    "learning.views.shared_list": "shared case stories are anonymised: no resident data (ADR 0021)",
    "learning.views.shared_detail": "a shared case story is anonymised: no resident data (ADR 0021)",
    "coordination.views.kaart.kaart": "the sociale kaart: organisations and provisions, no residents",
    "coordination.views.kaart.kaart_import_view": "the administrator's CSV import of the sociale kaart",
    "coordination.views.kaart.kaart_export": "the sociale kaart as CSV, no residents",
    "coordination.views.team.signals": "counts per wijk and theme, small cells suppressed: nobody identifiable",
    "coordination.views.team.team_time": "the team's minutes per month, no residents or colleagues named",
    "ruimte.views.guideline_list": "guidelines hold no resident data",
    "ruimte.views.guideline_detail": "guidelines hold no resident data",
    "ruimte.views.guideline_new": "the administrator's empty form for a guideline",
    "ruimte.views.guideline_version": "the administrator's form for a guideline's new version",
    "ruimte.views.barrier_new": "an empty form; a barrier names no resident",
    "money.views.budget_edit": "the administrator's empty form for a budget",
    "money.views.regels": "contribution rules and their versions: no resident data",
    "money.views.regel_new": "the administrator's empty form for a contribution rule",
    "money.views.regel_version": "the administrator's form for a contribution rule's new version",
    "notify.views.dead_letters": "notifications not sent: kind, channel and error, no resident (addresses masked)",
    "notify.views.retry": "a POST that queues a notification again; the service logs it (notify.retry)",
    "koppelingen.views.beheer": "the exchange per provider, BRP and zaaksysteem calls: no resident (ADR 0041)",
    "koppelingen.views.beheer_aanbieder": "one provider's messages: type, time, codes; no resident (ADR 0041)",
    "api.docs.SchemaView": "the OpenAPI document", "api.docs.ReferenceView": "the API reference page",
    "api.views.samen.KaartList": "the sociale kaart: organisations and provisions, no residents",
    "api.views.samen.KaartDetail": "an entry of the sociale kaart",
    **{f"learning.learn_views.{n}": "casusoverleg, reflection and lessons hold no resident data (ADR 0024)"
       for n in ("overleg_list", "overleg_new", "overleg_detail", "reflection_list", "reflection_new",
                 "reflection_detail", "reflection_share", "lesson_list", "lesson_new", "lesson_detail",
                 "lesson_share", "lessons_export")},
    **{f"kompas.views.{n}": "the kwaliteitskompas shows aggregates only (ADR 0025)"
       for n in ("home", "indicator", "interpret", "link_story", "export_csv", "export_pdf")},
    **{f"kompas.survey_views.{n}": "client experience is anonymous by construction (ADR 0025)"
       for n in ("surveys", "survey", "survey_enter", "survey_pdf", "survey_portal")},
    **{f"kompas.council_views.{n}": "the adviesraad's pages: anonymised stories and protected figures (ADR 0025)"
       for n in ("home", "meeting_new", "meeting", "meeting_story", "meeting_item", "meeting_contribute", "figures",
                 "advices", "advice_new", "advice", "advice_step", "advice_contribute")},
}
# Pages of Mijn Leefwereld, seen by the resident (Saskia, signed in as the broker's callback leaves her).
RESIDENT_PAGES = {f"portal.views.{n}" for n in (
    "start", "oidc_authenticate", "oidc_callback", "kies", "uitloggen", "home", "plan", "action_done", "besluiten",
    "brief", "wie", "berichten", "toestemming", "toestemming_intrekken", "communicatie", "inzage_page", "inzage_json",
    "inzage_pdf", "documenten", "document", "inzage_klaarmaken", "inzage_klaar", "ervaring", "ervaring_nee")}
# Pages of a partner professional (role partner) and of the functional administrator.
PARTNER_PAGES = {"coordination.views.referrals.partner_inbox", "coordination.views.referrals.referral_respond"}
ADMIN_PAGES = {"coordination.views.kaart.kaart_import_view", "coordination.views.kaart.kaart_export",
               "ruimte.views.guideline_new", "ruimte.views.guideline_version", "money.views.budget_edit",
               "money.views.regels", "money.views.regel_new", "money.views.regel_version",
               "notify.views.dead_letters", "notify.views.retry", "koppelingen.views.beheer",
               "koppelingen.views.beheer_aanbieder"}
# The privacy officer's report of unusual access and its drill-down (ADR 0038): audit rows by number, no names.
PRIVACY_PAGES = {"toezicht.views.report_page", "toezicht.views.report_rows"}
LEADER_FILE_PAGES = {"ruimte.views.deviation_cover"}  # a team leader's action on one file
TEAM_LEADER_PAGES = {"workspace.audit_views.team_audit", "workspace.audit_views.team_audit_csv",
                     "workspace.security_views.security_log", "ruimte.views.spread",
                     "ruimte.views.register", "money.views.team_budget", "api.views.samen.AuditList"}
# Pages about staff, not residents, that still log that they were opened (the API's log names no resident).
STAFF_LOGS = {"workspace.security_views.security_log", "ruimte.views.spread", "ruimte.views.register",
              "ruimte.views.barriers", "ruimte.views.barrier_detail", "ruimte.views.barrier_answer",
              "ruimte.views.barrier_hand_over",
              "money.views.team_budget", "api.views.samen.AuditList", *PRIVACY_PAGES}
# What the public_id of each page stands for (a person when not listed).
KIND = {
    "workspace.views.household_file": "household", "residents.views.network_edit": "network",
    "residents.views.dossier_close": "household",
    "intake.views.vraag_detail": "vraag", "intake.views.vraag_pick_up": "vraag",
    "intake.views.vraag_close_light": "vraag", "intake.views.vraag_close": "vraag",
    "intake.views.followup_done": "followup",
    "conversations.views.gesprek_detail": "gesprek", "conversations.views.gesprek_edit": "gesprek",
    "decisions.views.household": "household", "decisions.views.procedure_detail": "procedure",
    "decisions.views.procedure_step": "procedure", "decisions.views.bezwaar_detail": "bezwaar",
    **{f"decisions.views.{n}": "beschikking" for n in (
        "beschikking_detail", "voorziening_edit", "explain", "correct", "withdraw", "preview", "letter",
        "bezwaar_new")},
    "learning.views.story_edit": "story", "learning.views.story_review": "story", "learning.views.story_share": "story",
    "learning.views.shared_detail": "shared",
    "coordination.views.kaart.goal_kaart": "plan", "coordination.views.kaart.goal_kaart_pick": "plan",
    "coordination.views.escalation.escalation_new": "plan", "coordination.views.sharing.veiligheidsplan_edit": "plan",
    "coordination.views.sharing.household_page": "household", "coordination.views.sharing.ground_new": "household",
    "coordination.views.sharing.referral_new": "household", "coordination.views.sharing.ground_withdraw": "ground",
    "coordination.views.sharing.safety_seen": "ground", "coordination.views.referrals.referral_detail": "referral",
    "coordination.views.referrals.referral_respond": "referral",
    "coordination.views.referrals.referral_accept_date": "referral",
    "coordination.views.escalation.escalation_detail": "escalation",
    **{f"ruimte.views.{n}": "deviation" for n in (
        "deviation_detail", "deviation_discuss", "deviation_cover", "barrier_from_deviation")},
    "ruimte.views.barrier_detail": "barrier", "ruimte.views.barrier_answer": "barrier",
    "ruimte.views.barrier_hand_over": "barrier",
    "money.views.household": "household", "koppelingen.views.household": "household",
    "portal.views.brief": "beschikking", "portal.views.toestemming_intrekken": "ground",
    "portal.professional.correctie": "correctie",
    "portal.views.document": "document", "portal.views.inzage_klaar": "inzageverzoek",
    "portal.professional.vertegenwoordigers": "person",
    "documenten.views.download": "document",
    "documenten.views.household_documents": "household", "documenten.views.referral_documents": "referral",
    # The API (leefwereld.api): read with a system client's token, acting as the same user.
    "api.views.file.HouseholdDetail": "household", "api.views.file.VraagDetail": "vraag",
    "api.views.file.GesprekDetail": "gesprek", "api.views.versioned.PlanDetail": "plan",
    "api.views.versioned.ProcedureDetail": "procedure", "api.views.versioned.BeschikkingDetail": "beschikking",
    "api.views.samen.ReferralDetail": "referral", "api.views.samen.GroundDetail": "ground",
    "api.views.samen.KaartDetail": "entry",
    "api.views.documenten.DocumentDetail": "document", "api.views.documenten.DocumentContent": "document",
    "learning.learn_views.overleg_detail": "overleg", "learning.learn_views.reflection_detail": "reflection",
    "learning.learn_views.reflection_share": "reflection", "learning.learn_views.lesson_detail": "lesson",
    "learning.learn_views.lesson_share": "lesson",
    **{f"kompas.views.{n}": "indicator" for n in ("indicator", "interpret", "link_story")},
    **{f"kompas.survey_views.{n}": "survey" for n in ("survey", "survey_enter", "survey_pdf", "survey_portal")},
    # Mijn Leefwereld's survey pages (ADR 0044): their row is about the open file, the survey in the URL.
    **{f"portal.views.{n}": "survey" for n in ("ervaring", "ervaring_nee")},
    **{f"kompas.council_views.{n}": "meeting" for n in ("meeting", "meeting_story", "meeting_item",
                                                         "meeting_contribute")},
    **{f"kompas.council_views.{n}": "advice" for n in ("advice", "advice_step", "advice_contribute")},
}
# Lists without one subject: their row names whom they showed.
LISTS = {"workspace.views.werkvoorraad", "workspace.views.werkvoorraad_list", "plans.views.reviews",
         "coordination.views.referrals.partner_inbox", "ruimte.views.team", "koppelingen.views.aanbieder",
         *TEAM_LEADER_PAGES,
         *(f"api.views.{n}" for n in ("file.PersonList", "file.VraagList", "file.ContactmomentList",
                                      "file.GesprekList", "file.AssessmentList", "versioned.PlanList",
                                      "versioned.ProcedureList", "versioned.BeschikkingList", "samen.ReferralList",
                                      "samen.GroundList", "documenten.DocumentList"))}


def _name(callback):
    view = getattr(callback, "view_class", callback)  # the API's class-based views by their class
    return f"{callback.__module__.removeprefix('leefwereld.')}.{view.__name__}"


def _api_headers(route, user, tokens):
    """An API route is read with a system client acting as the user, cleared for everything."""
    if not route.startswith("api/"):
        return {}
    if user.pk not in tokens:
        tokens[user.pk] = client_create(actor=User.objects.get(username="gerda"), name=f"audit-{user.pk}",
                                        acts_as=user, scopes=list(SCOPES),
                                        vertrouwelijkheid=Vertrouwelijkheid.GEHEIM)[1]
    return {"HTTP_AUTHORIZATION": f"Bearer {tokens[user.pk]}"}


@pytest.fixture
def world(db):
    _teams, users = load_personas()
    saskia = Person.objects.get(given_name="Saskia")
    plan = Plan.objects.filter(household__team__name__endswith="Noord").first()
    goal = Goal.objects.filter(plan=plan, archived=False).first()
    review = Review.objects.filter(plan__household__team__name__endswith="Noord").first()
    objects = {
        "person": saskia, "household": saskia.household, "plan": plan, "goal": goal,
        "action": Action.objects.filter(goal=goal, archived=False).first(), "review": review,
        "gesprek": Gesprek.objects.filter(person=saskia).first(), "vraag": Vraag.objects.filter(person=saskia).first(),
        "network": NetworkMember.objects.filter(person=saskia).first(),
        "followup": followup_create(actor=users["fatima"], person=saskia, what="Bellen", due_on=timezone.localdate()),
        **_decision_objects(users["fatima"], saskia),
        "story": CaseStory.objects.create(household=saskia.household, person=saskia, author=users["fatima"],
                                          text="Saskia belde."),
        "referral": Referral.objects.filter(household=saskia.household, organisation__name="VSO De Brug").first(),
        "escalation": Escalation.objects.filter(household=saskia.household).first(),
        "ground": SharingGround.objects.filter(household=saskia.household).first(),
        "entry": KaartEntry.objects.filter(level="informeel").first(),
        **_ruimte_objects(users, saskia),
    }
    objects["document"] = Document.objects.get(person=saskia)  # the demo's GP letter (demo/documenten.py)
    objects["inzageverzoek"] = _inzage_made(saskia)
    objects["correctie"] = Correctieverzoek.objects.create(
        household=saskia.household, person=saskia, what="Mijn adres klopt niet.", requested_by=users["fatima"],
        owner=users["fatima"], due_on=timezone.localdate())
    objects["shared"] = SharedStory.objects.create(story=objects["story"], audience="intervisie",
                                                   text="[persoon-1] belde.", shared_by=users["fatima"])
    objects.update(_learning_objects(users["fatima"], objects["shared"]))
    objects["indicator"] = Indicator.objects.first()
    objects["aanbieder"] = Aanbieder.objects.create(name="Thuiszorg De Linde", agb_code="12345678")
    objects["bericht"] = Bericht.objects.create(household=saskia.household, aanbieder=objects["aanbieder"],
                                                richting="in", soort="wmo315", xml="<x/>", retourcodes="0200")
    objects["survey"] = Survey.objects.get(year=timezone.localdate().year, wet="wmo")  # open in the portal (demo)
    objects.update(_council_objects())
    assert all(v is not None for v in objects.values()), objects
    return users, objects


def _inzage_made(person):
    """An inzage made in the background for Saskia, by the worker (in-process)."""
    account = ResidentAccount.objects.select_related("user").get(person=person)
    verzoek = InzageVerzoek.objects.create(household=person.household, person=person, requested_by=account.user)
    inzage_prepare(verzoek.pk)
    verzoek.refresh_from_db()
    return verzoek


def _council_objects():
    raad = User.objects.create(username="raad", role=Role.ADVIESRAAD)
    return {"meeting": council_services.meeting_plan(actor=raad, held_on=timezone.localdate(), title="Juni"),
            "advice": council_services.advice_register(actor=raad, kind="gevraagd", title="A", text="B",
                                                       sent_on=timezone.localdate())}


def _learning_objects(actor, shared):
    overleg = learn_services.overleg_record(actor=actor, kind="intervisie", held_on=timezone.localdate(),
                                            participants=["wmo"], stories=[shared], question="Hoe?")
    return {"overleg": overleg, "reflection": learn_services.reflection_write(actor=actor, situation="Twijfel."),
            "lesson": learn_services.lesson_record(actor=actor, kind="doen", title="Bel terug.", stories=[shared])}


def _decision_objects(actor, person):
    """A procedure, a sent decision with its letter, and a bezwaar: every decisions page has a subject."""
    received = timezone.localdate() - dt.timedelta(days=20)
    procedure = decision_services.procedure_start(actor=actor, person=person, wet=Wet.WMO,
                                                  kind=ProcedureKind.AANVRAAG, received_on=received, subject="Hulp")
    Mandaat.objects.get_or_create(user=actor, wet=Wet.WMO)
    b = decision_services.beschikking_draft(actor=actor, person=person, procedure=procedure)
    v = decision_services.voorziening_save(actor=actor, beschikking=b, expected_version=b.version, data={
        "wet": Wet.WMO, "artikel": "art. 2.3.5", "product": "Hulp bij het huishouden", "uitkomst": Uitkomst.TOEGEKEND,
        "motivation": "Past bij uw doel."})
    b.refresh_from_db()
    decision_services.beschikking_decide(actor=actor, beschikking=b, expected_version=b.version)
    b.refresh_from_db()
    decision_services.beschikking_send(actor=actor, beschikking=b, language="nl")
    b.refresh_from_db()
    bezwaar = decision_services.bezwaar_register(actor=actor, beschikking=b, received_on=b.sent_on, grounds="Te weinig")
    return {"procedure": procedure, "beschikking": b, "voorziening": v, "bezwaar": bezwaar}


def _ruimte_objects(users, person):
    """A guideline, a deviation and a barrier: every ruimte page has a subject."""
    guideline = ruimte_services.guideline_create(
        actor=users["gerda"], code="test-richtlijn", title="Richtlijn", terms="hulp", rule="Regel",
        bron="beleidsregel", purpose="Doel", room="Ruimte")
    deviation = ruimte_services.deviation_record(actor=users["fatima"], person=person, guideline=guideline,
                                                 instead="Anders", why="Waarom", different="Anders dan anders")
    barrier = ruimte_services.barrier_report(actor=users["fatima"], title="Handtekening", source="werkproces",
                                             owner=users["henk"])
    return {"guideline": guideline, "deviation": deviation, "barrier": barrier}


def _page(route, callback, objects):
    """The URL of a route, and the household and person its row must name (None for a list)."""
    name = _name(callback)
    kind = KIND.get(name) or ("plan" if name.startswith("plans.") else "person")
    values = {"public_id": objects[kind], "person_id": objects["person"], "goal_id": objects["goal"],
              "action_id": objects["action"], "review_id": objects["review"],
              "voorziening_id": objects["voorziening"], "entry_id": objects["entry"]}
    url = "/" + re.sub(r"<uuid:(\w+)>", lambda m: str(values[m.group(1)].public_id), route)
    url = url.replace("<slug:code>", objects["guideline"].code)
    url = url.replace("<int:pk>", str(objects["bericht"].pk)).replace("<str:agb_code>", objects["aanbieder"].agb_code)
    if name in LISTS or name in STAFF_LOGS or name in EXEMPT:
        return url, None, None
    if name == "koppelingen.views.bericht":  # a message without an assignment: its household only
        return url, objects["bericht"].household_id, None
    if name == "plans.views.review":
        return url, objects["review"].plan.household_id, None
    if name.startswith("portal.views.ervaring"):
        return url, objects["person"].household_id, objects["person"].pk
    subject = objects[kind]
    if kind == "household":
        return url, subject.pk, None
    if kind in ("plan", "referral", "escalation", "ground"):
        return url, subject.household_id, None
    person = subject if kind == "person" else (subject.beschikking.person if kind == "bezwaar" else subject.person)
    return url, person.household_id, person.pk


def test_every_page_with_resident_data_leaves_exactly_one_row(client, world):
    users, objects = world
    visited, tokens = 0, {}
    for route, _url_name, callback in own_views():
        name = _name(callback)
        if route.startswith("beheer/"):  # the administrator's pages hold no resident data (test_admin.py)
            continue
        user = (users["henk"] if name in TEAM_LEADER_PAGES | LEADER_FILE_PAGES
                else users["ilse"] if name in PARTNER_PAGES else users["mirjam"] if name in PRIVACY_PAGES
                else users["gerda"] if name in ADMIN_PAGES
                else users["fatima"])
        login_verified(client, user)
        if name in RESIDENT_PAGES:
            user = ResidentAccount.objects.get(subject="saskia").user
            client.force_login(user, backend="leefwereld.portal.oidc.ResidentOIDCBackend")
        url, household_pk, person_pk = _page(route, callback, objects)
        headers = _api_headers(route, user, tokens)
        before = AuditEvent.objects.count()
        last = AuditEvent.objects.order_by("-id").values_list("id", flat=True).first() or 0
        response = client.get(url, **headers)
        if response.status_code == 405:  # a POST-only action: no page to show
            assert AuditEvent.objects.count() == before, url
            continue
        if name in EXEMPT:
            assert AuditEvent.objects.count() == before, f"{url} is exempt but logged: {EXEMPT[name]}"
            continue
        assert response.status_code == 200, (url, response.status_code)
        rows = list(AuditEvent.objects.filter(id__gt=last))
        assert len(rows) == 1, (url, [r.action for r in rows])
        row = rows[0]
        assert row.actor_id == user.pk, url
        assert (row.household_pk, row.person_pk) == (household_pk, person_pk), (url, row.action)
        if name == "workspace.audit_views.team_audit_csv":  # the filter and time fix which rows went out
            assert row.detail["export"] == "csv" and "filters" in row.detail
        elif name in LISTS and name not in STAFF_LOGS:
            assert "shown" in row.detail, url
        visited += 1
    assert visited >= 30
