"""Persons, households, vragen, contact moments, gesprekken and assessments: the resident's file."""
import datetime as dt
import uuid

from rest_framework import status
from rest_framework.response import Response

from leefwereld.access.policy import visible
from leefwereld.conversations import selectors as conversation_selectors
from leefwereld.conversations.contact import Contactmoment
from leefwereld.conversations.models import Assessment, Gesprek
from leefwereld.conversations.services import contactmoment_create
from leefwereld.core.errors import NotFoundOrNotAllowed
from leefwereld.intake import selectors as intake_selectors
from leefwereld.intake.models import Vraag
from leefwereld.intake.services import vraag_register
from leefwereld.residents import selectors as resident_selectors
from leefwereld.residents.models import Person

from .. import serializers as s
from ..base import ApiView, Filter, ListView, Route
from ..scopes import Vertrouwelijkheid

PERSON = Filter("person__public_id", uuid.UUID, "Publieke id van de persoon")
HOUSEHOLD = Filter("household__public_id", uuid.UUID, "Publieke id van het huishouden")


def _person_for(actor, public_id, action):
    """The person a write is about, if the actor may see them for this action (else 404 in the body's name)."""
    person = visible(actor, Person.objects.select_related("household"), action).filter(public_id=public_id).first()
    if person is None:
        raise NotFoundOrNotAllowed("not found")
    return person


class PersonList(ListView):
    """Persons the account may see; with naam, geboortedatum, postcode or bsn a search, as on the pages."""

    routes = {"GET": Route("persons.search", "personen.lezen")}
    serializer_class = s.PersonSerializer
    filters = {"geboortedatum": Filter("birth_date", dt.date), "postcode": Filter("postcode"), "bsn": Filter("bsn"),
               "huishouden": HOUSEHOLD}
    search = "naam"  # by name as the pages search: the selector's name matching (also initials, diacritics)

    def filtered(self, queryset):
        name = self.request.query_params.get("naam", "")[:200].strip()
        if name:
            found = resident_selectors.person_search_qs(actor=self.actor, name=name)
            queryset = queryset.filter(pk__in=found.values("pk")) if found is not None else queryset.none()
        return super().filtered(queryset)

    def shown(self, rows):
        return [r.pk for r in rows], [r.household_id for r in rows]

    def get(self, request):
        return self.respond(visible(self.actor, Person.objects.select_related("household"), "persons.search"))


class PersonDetail(ApiView):
    routes = {"GET": Route("persons.view", "personen.lezen")}
    serializer_class = s.PersonSerializer

    def get(self, request, public_id):
        person = resident_selectors.person_get(actor=self.actor, public_id=public_id)
        return Response(self.get_serializer(person).data)


class HouseholdDetail(ApiView):
    routes = {"GET": Route("households.view", "personen.lezen")}
    serializer_class = s.HouseholdSerializer

    def get(self, request, public_id):
        household = resident_selectors.household_get(actor=self.actor, public_id=public_id)
        household.current_members = resident_selectors.household_members(actor=self.actor, household=household)
        return Response(self.get_serializer(household).data)


class VraagList(ListView):
    routes = {"GET": Route("vragen.view", "vragen.lezen"), "POST": Route("vragen.create", "vragen.schrijven")}
    creates = True
    serializer_class = s.VraagSerializer
    input_serializer = s.VraagCreateSerializer
    filters = {"persoon": PERSON, "huishouden": HOUSEHOLD, "status": Filter("status"), "soort": Filter("kind"),
               "ontvangen_vanaf": Filter("received_on__gte", dt.date)}

    def get(self, request):
        return self.respond(visible(self.actor, Vraag.objects.select_related("person", "household"), "vragen.view"))

    def post(self, request):
        data = self.input_serializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = dict(data.validated_data)
        person = _person_for(self.actor, values.pop("person"), "vragen.create")
        vraag = vraag_register(actor=self.actor, person=person, **values)
        return Response(self.get_serializer(vraag).data, status=status.HTTP_201_CREATED)


class VraagDetail(ApiView):
    routes = {"GET": Route("vragen.view", "vragen.lezen")}
    serializer_class = s.VraagSerializer

    def get(self, request, public_id):
        return Response(self.get_serializer(intake_selectors.vraag_get(actor=self.actor, public_id=public_id)).data)


class ContactmomentList(ListView):
    """Contact moments are part of the person's file: read under persons.view, as on the file page."""

    routes = {"GET": Route("persons.view", "contactmomenten.lezen"),
              "POST": Route("contactmomenten.create", "contactmomenten.schrijven")}
    creates = True
    serializer_class = s.ContactmomentSerializer
    input_serializer = s.ContactmomentCreateSerializer
    filters = {"persoon": PERSON, "huishouden": HOUSEHOLD, "soort": Filter("kind"),
               "vanaf": Filter("on__gte", dt.date), "tot_en_met": Filter("on__lte", dt.date)}

    def get(self, request):
        return self.respond(visible(self.actor, Contactmoment.objects.select_related("person", "household"),
                                    "persons.view"))

    def post(self, request):
        data = self.input_serializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = dict(data.validated_data)
        person = _person_for(self.actor, values.pop("person"), "contactmomenten.create")
        moment = contactmoment_create(actor=self.actor, person=person, **values)
        return Response(self.get_serializer(moment).data, status=status.HTTP_201_CREATED)


GESPREK_LEVEL = Vertrouwelijkheid.VERTROUWELIJK  # the resident's own story: more confidential than the file


class GesprekList(ListView):
    routes = {"GET": Route("gesprekken.view", "gesprekken.lezen", GESPREK_LEVEL)}
    serializer_class = s.GesprekSerializer
    filters = {"persoon": PERSON, "huishouden": HOUSEHOLD, "vanaf": Filter("held_on__gte", dt.date)}

    def get(self, request):
        return self.respond(visible(self.actor, Gesprek.objects.select_related("person", "household", "vraag"),
                                    "gesprekken.view"))


class GesprekDetail(ApiView):
    routes = {"GET": Route("gesprekken.view", "gesprekken.lezen", GESPREK_LEVEL)}
    serializer_class = s.GesprekSerializer

    def get(self, request, public_id):
        gesprek = conversation_selectors.gesprek_get(actor=self.actor, public_id=public_id)
        return Response(self.get_serializer(gesprek).data)


class AssessmentList(ListView):
    routes = {"GET": Route("assessments.view", "gesprekken.lezen", GESPREK_LEVEL)}
    serializer_class = s.AssessmentSerializer
    filters = {"persoon": PERSON, "huishouden": HOUSEHOLD, "vanaf": Filter("taken_on__gte", dt.date)}

    def get(self, request):
        return self.respond(visible(self.actor, Assessment.objects.select_related("person", "household", "instrument")
                                    .prefetch_related("scores__domain", "scores__level"), "assessments.view"))

