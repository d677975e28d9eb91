"""Plans and decisions: versioned resources with ETag and If-Match (412 on a stale write)."""
import datetime as dt
import uuid

from django.utils.translation import gettext as _
from rest_framework import status
from rest_framework.response import Response

from leefwereld.access.policy import visible
from leefwereld.coordination import selectors as coordination_selectors
from leefwereld.core.errors import ApplicationError, NotFoundOrNotAllowed
from leefwereld.decisions import selectors as decision_selectors
from leefwereld.decisions.models import Beschikking, Procedure
from leefwereld.decisions.services.beschikkingen import (
    UNCHANGED,
    VOORZIENING_FIELDS,
    beschikking_decide,
    beschikking_explain,
    voorziening_save,
)
from leefwereld.plans import selectors as plan_selectors
from leefwereld.plans.models import Plan
from leefwereld.plans.services.content import goal_add, plan_update_details
from leefwereld.residents.models import Person

from .. import serializers as s
from ..base import ApiView, Filter, ListView, Route

HOUSEHOLD = Filter("household__public_id", uuid.UUID, "Publieke id van het huishouden")


class Versioned(ApiView):
    if_match = True  # every write here names the version it read (If-Match)

    def versioned(self, obj, serializer_class=None, code=status.HTTP_200_OK):
        data = (serializer_class or self.get_serializer_class())(obj, context=self.get_serializer_context()).data
        return Response(data, status=code, headers={"ETag": self.etag(obj)})


class PlanList(ListView):
    routes = {"GET": Route("plans.view", "plannen.lezen")}
    serializer_class = s.PlanListSerializer
    filters = {"huishouden": HOUSEHOLD, "status": Filter("status"),
               "evalueren_voor": Filter("evaluate_on__lt", dt.date)}

    def shown(self, rows):
        return [], [r.household_id for r in rows]

    def get(self, request):
        return self.respond(visible(self.actor, Plan.objects.select_related("household"), "plans.view"))


class PlanDetail(Versioned):
    routes = {"GET": Route("plans.view", "plannen.lezen"), "PATCH": Route("plans.edit", "plannen.schrijven")}
    serializer_class = s.PlanSerializer
    input_serializer = s.PlanUpdateSerializer

    def _read(self, public_id, action="plans.view"):
        plan = plan_selectors.plan_get(actor=self.actor, public_id=public_id, action=action)
        plan.current_goals = plan_selectors.plan_goals(actor=self.actor, plan=plan)
        return plan

    def get(self, request, public_id):
        return self.versioned(self._read(public_id))

    def patch(self, request, public_id):
        plan = plan_selectors.plan_get(actor=self.actor, public_id=public_id, action="plans.edit")
        expected = self.expected_version(plan)
        data = self.input_serializer(data=request.data)
        data.is_valid(raise_exception=True)
        plan_update_details(actor=self.actor, plan=plan, expected_version=expected, **data.validated_data)
        plan.refresh_from_db()
        plan.current_goals = plan_selectors.plan_goals(actor=self.actor, plan=plan)
        return self.versioned(plan)


class GoalCreate(Versioned):
    """A goal in the resident's words, added to a plan; If-Match carries the plan's ETag."""

    routes = {"POST": Route("plans.edit", "plannen.schrijven")}
    creates = True
    serializer_class = s.GoalSerializer
    input_serializer = s.GoalCreateSerializer

    def post(self, request, public_id):
        plan = plan_selectors.plan_get(actor=self.actor, public_id=public_id, action="plans.edit")
        expected = self.expected_version(plan)
        data = self.input_serializer(data=request.data)
        data.is_valid(raise_exception=True)
        person = None
        if data.validated_data["person"] is not None:
            person = Person.objects.filter(household_id=plan.household_id,
                                           public_id=data.validated_data["person"]).first()
            if person is None:
                raise s.serializers.ValidationError({"person": ["Kies iemand uit dit huishouden."]})
        goal = goal_add(actor=self.actor, plan=plan, expected_version=expected, words=data.validated_data["words"],
                        person=person)
        plan.refresh_from_db()
        return Response(self.get_serializer(goal).data, status=status.HTTP_201_CREATED,
                        headers={"ETag": self.etag(plan)})


class ProcedureList(ListView):
    routes = {"GET": Route("procedures.view", "besluiten.lezen")}
    serializer_class = s.ProcedureSerializer
    filters = {"huishouden": HOUSEHOLD, "persoon": Filter("person__public_id", uuid.UUID), "wet": Filter("wet"),
               "status": Filter("status"), "termijn_voor": Filter("deadline__lt", dt.date)}

    def get(self, request):
        return self.respond(visible(self.actor, Procedure.objects.select_related("person", "household"),
                                    "procedures.view"))


class ProcedureDetail(Versioned):
    routes = {"GET": Route("procedures.view", "besluiten.lezen")}
    serializer_class = s.ProcedureSerializer

    def get(self, request, public_id):
        return self.versioned(decision_selectors.procedure_get(actor=self.actor, public_id=public_id))


class BeschikkingList(ListView):
    routes = {"GET": Route("beschikkingen.view", "besluiten.lezen")}
    serializer_class = s.BeschikkingListSerializer
    filters = {"huishouden": HOUSEHOLD, "persoon": Filter("person__public_id", uuid.UUID),
               "status": Filter("status"), "verzonden_vanaf": Filter("sent_on__gte", dt.date)}

    def get(self, request):
        return self.respond(visible(self.actor, Beschikking.objects.select_related("person", "household"),
                                    "beschikkingen.view"))


class BeschikkingDetail(Versioned):
    routes = {"GET": Route("beschikkingen.view", "besluiten.lezen"),
              "PATCH": Route("beschikkingen.draft", "besluiten.schrijven")}
    serializer_class = s.BeschikkingSerializer
    input_serializer = s.ExplainSerializer

    def _full(self, beschikking):
        beschikking.current_voorzieningen = decision_selectors.voorzieningen(actor=self.actor, beschikking=beschikking)
        return beschikking

    def get(self, request, public_id):
        return self.versioned(self._full(decision_selectors.beschikking_get(actor=self.actor, public_id=public_id)))

    def patch(self, request, public_id):
        """The explanation of a herziening: why the outcome differs, and whether it is the benefit of the doubt."""
        beschikking = decision_selectors.beschikking_get(actor=self.actor, public_id=public_id,
                                                         action="beschikkingen.draft")
        expected = self.expected_version(beschikking)
        data = self.input_serializer(data=request.data)
        data.is_valid(raise_exception=True)
        beschikking_explain(actor=self.actor, beschikking=beschikking, expected_version=expected,
                            **data.validated_data)
        beschikking.refresh_from_db()
        return self.versioned(self._full(beschikking))


class BeschikkingDecide(Versioned):
    """Vaststellen: by someone with the mandate, on the version the client read (If-Match)."""

    routes = {"POST": Route("beschikkingen.decide", "besluiten.schrijven")}
    serializer_class = s.BeschikkingSerializer

    def post(self, request, public_id):
        beschikking = decision_selectors.beschikking_get(actor=self.actor, public_id=public_id,
                                                         action="beschikkingen.decide")
        expected = self.expected_version(beschikking)
        beschikking_decide(actor=self.actor, beschikking=beschikking, expected_version=expected)
        beschikking.refresh_from_db()
        beschikking.current_voorzieningen = decision_selectors.voorzieningen(actor=self.actor, beschikking=beschikking)
        return self.versioned(beschikking)


def _kaart_entry(public_id, linked=None):
    """The kaart entry a client names, as the page's list offers it: on the kaart now, or the one the provision
    already links to. The service checks the rest (maatwerk, the provision's law) and says so at the field."""
    if linked is not None and linked.public_id == public_id:
        return linked
    try:
        return coordination_selectors.kaart_entry(public_id=public_id)
    except NotFoundOrNotAllowed:
        raise ApplicationError(_("Kies een maatwerkvoorziening die nu op de sociale kaart staat."),
                               field="kaart_entry") from None


class VoorzieningWrite(Versioned):
    """A provision of a concept decision, added or changed; If-Match carries the decision's ETag."""

    serializer_class = s.VoorzieningSerializer
    input_serializer = s.VoorzieningWriteSerializer

    def save(self, beschikking, data, voorziening=None):
        if "kaart_entry" not in data:
            entry = UNCHANGED
        elif data["kaart_entry"] is None:
            entry = None
        else:
            entry = _kaart_entry(data["kaart_entry"], voorziening.kaart_entry if voorziening else None)
        current = {f: getattr(voorziening, f) for f in VOORZIENING_FIELDS} if voorziening else {}
        values = {**current, **{k: v for k, v in data.items() if k != "kaart_entry"}}
        return voorziening_save(actor=self.actor, beschikking=beschikking, expected_version=beschikking.version,
                                data=values, voorziening=voorziening, kaart_entry=entry,
                                goal=voorziening.goal if voorziening else None,
                                procedure=voorziening.procedure if voorziening else None)

    def answer(self, beschikking, voorziening, code):
        beschikking.refresh_from_db()
        row = next(v for v in decision_selectors.voorzieningen(actor=self.actor, beschikking=beschikking)
                   if v.pk == voorziening.pk)
        return Response(self.get_serializer(row).data, status=code, headers={"ETag": self.etag(beschikking)})

    def _decision(self, public_id):
        beschikking = decision_selectors.beschikking_get(actor=self.actor, public_id=public_id,
                                                         action="beschikkingen.draft")
        self.expected_version(beschikking)
        return beschikking


class VoorzieningCreate(VoorzieningWrite):
    routes = {"POST": Route("beschikkingen.draft", "besluiten.schrijven")}
    creates = True

    def post(self, request, public_id):
        """Add a provision to a concept decision, checked as on the page. With `kaart_entry` (a maatwerk entry of
        the same law) what was left empty (article, product, unit, unit price) comes from the sociale kaart."""
        beschikking = self._decision(public_id)
        data = self.input_serializer(data=request.data)
        data.is_valid(raise_exception=True)
        return self.answer(beschikking, self.save(beschikking, data.validated_data), status.HTTP_201_CREATED)


class VoorzieningDetail(VoorzieningWrite):
    routes = {"PATCH": Route("beschikkingen.draft", "besluiten.schrijven")}

    def patch(self, request, public_id, voorziening_id):
        """Change a provision of a concept decision: what is left out stays; `kaart_entry: null` unlinks the
        sociale kaart, another entry must be of the provision's law."""
        beschikking = self._decision(public_id)
        voorziening = next((v for v in decision_selectors.voorzieningen(actor=self.actor, beschikking=beschikking)
                            if v.public_id == voorziening_id), None)
        if voorziening is None:
            raise NotFoundOrNotAllowed("not found")
        data = self.input_serializer(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        return self.answer(beschikking, self.save(beschikking, data.validated_data, voorziening), status.HTTP_200_OK)
