"""What the API shows of each resource. Public ids only: database ids never leave the platform."""
from django.urls import reverse
from django.utils.translation import gettext_lazy
from rest_framework import serializers

from leefwereld.audit.models import AuditEvent
from leefwereld.conversations.contact import ContactKind, Contactmoment
from leefwereld.conversations.models import Assessment, Gesprek
from leefwereld.coordination.models import ConsentHow, KaartEntry, Referral, SharingGround
from leefwereld.coordination.models.sharing import Scope
from leefwereld.decisions.models import Beschikking, Procedure, Uitkomst, Voorziening, Vorm, Wet
from leefwereld.documenten.models import Document, Onderdeel
from leefwereld.intake.models import BroughtBy, Kind, Vraag
from leefwereld.plans.models import Action, Goal, Plan
from leefwereld.residents.models import Household, Person

from .scopes import BSN_LEVEL


def ref(**kw):
    """Another resource, by its public id."""
    return serializers.SlugRelatedField(slug_field="public_id", read_only=True, **kw)


class Base(serializers.ModelSerializer):
    id = serializers.UUIDField(source="public_id", read_only=True)


class PersonSerializer(Base):
    household = ref()
    bsn = serializers.SerializerMethodField(help_text="Alleen voor een koppeling die confidentieel mag zien.")

    class Meta:
        model = Person
        fields = ["id", "household", "household_role", "given_name", "prefix", "family_name", "birth_date", "bsn",
                  "street", "house_number", "postcode", "city", "phone", "email", "preferred_channel", "language",
                  "interpreter_needed", "situation", "contact_only", "created_at", "updated_at"]

    def get_bsn(self, person) -> str | None:
        client = self.context["request"].auth
        return person.bsn if client is not None and client.vertrouwelijkheid >= BSN_LEVEL else None


class MemberSerializer(Base):
    class Meta:
        model = Person
        fields = ["id", "given_name", "prefix", "family_name", "birth_date", "household_role"]


class HouseholdSerializer(Base):
    team = serializers.CharField(source="team.name", read_only=True)
    members = MemberSerializer(many=True, read_only=True, source="current_members")

    class Meta:
        model = Household
        fields = ["id", "name", "team", "members", "created_at", "updated_at"]


class VraagSerializer(Base):
    person = ref()
    household = ref()

    class Meta:
        model = Vraag
        fields = ["id", "person", "household", "kind", "brought_by", "brought_by_name", "words", "received_on",
                  "status", "outcome", "closed_on", "outcome_words", "created_at"]


class VraagCreateSerializer(serializers.Serializer):
    person = serializers.UUIDField()
    kind = serializers.ChoiceField(choices=Kind.choices)
    brought_by = serializers.ChoiceField(choices=BroughtBy.choices)
    brought_by_name = serializers.CharField(max_length=200, required=False, allow_blank=True, default="")
    words = serializers.CharField(max_length=5000)
    received_on = serializers.DateField()


class ContactmomentSerializer(Base):
    person = ref()
    household = ref()

    class Meta:
        model = Contactmoment
        fields = ["id", "person", "household", "on", "kind", "side", "with_whom", "minutes", "note", "created_at"]


class ContactmomentCreateSerializer(serializers.Serializer):
    person = serializers.UUIDField()
    on = serializers.DateField()
    kind = serializers.ChoiceField(choices=ContactKind.choices)
    minutes = serializers.IntegerField(min_value=1, max_value=720)
    with_whom = serializers.CharField(max_length=200, required=False, allow_blank=True, default="")
    note = serializers.CharField(max_length=2000, required=False, allow_blank=True, default="")


class GesprekSerializer(Base):
    person = ref()
    household = ref()
    vraag = ref(allow_null=True)

    class Meta:
        model = Gesprek
        fields = ["id", "person", "household", "vraag", "held_on", "duration_minutes", "location", "present",
                  "levensloop", "wat_belangrijk", "toekomstbeeld", "eigen_kracht", "wederkerigheid", "nodig",
                  "eigen_norm", "version", "created_at", "updated_at"]


class ScoreSerializer(serializers.Serializer):
    domain = serializers.CharField(source="domain.name")
    level = serializers.IntegerField(source="level.value", allow_null=True)


class AssessmentSerializer(Base):
    person = ref()
    household = ref()
    instrument = serializers.CharField(source="instrument.name")
    scores = ScoreSerializer(many=True, read_only=True)

    class Meta:
        model = Assessment
        fields = ["id", "person", "household", "instrument", "taken_on", "note", "scores", "created_at"]


class ActionSerializer(Base):
    class Meta:
        model = Action
        fields = ["id", "what", "actor_kind", "actor_name", "starts_on", "ends_on", "status"]


class GoalSerializer(Base):
    person = ref(allow_null=True)
    domains = serializers.SlugRelatedField(many=True, slug_field="name", read_only=True)
    actions = ActionSerializer(many=True, read_only=True)

    class Meta:
        model = Goal
        fields = ["id", "words", "person", "domains", "order", "actions"]


class PlanSerializer(Base):
    household = ref()
    goals = GoalSerializer(many=True, read_only=True, source="current_goals")

    class Meta:
        model = Plan
        fields = ["id", "household", "status", "revision", "approved_revision", "regie_kind", "evaluate_on",
                  "closed_on", "version", "goals", "created_at", "updated_at"]


class PlanListSerializer(Base):
    household = ref()

    class Meta:
        model = Plan
        fields = ["id", "household", "status", "revision", "regie_kind", "evaluate_on", "closed_on", "version",
                  "created_at", "updated_at"]


class PlanUpdateSerializer(serializers.Serializer):
    evaluate_on = serializers.DateField(allow_null=True)


class GoalCreateSerializer(serializers.Serializer):
    words = serializers.CharField(max_length=2000)
    person = serializers.UUIDField(required=False, allow_null=True, default=None)


class ReferralSerializer(Base):
    household = ref()
    organisation = serializers.CharField(source="organisation.name")
    ground = ref()

    class Meta:
        model = Referral
        fields = ["id", "household", "organisation", "ground", "question", "due_on", "parts", "status",
                  "proposed_on", "follow_up_on", "answered_at", "created_at"]


class GroundSerializer(Base):
    household = ref()
    person = ref(allow_null=True)
    organisation = serializers.CharField(source="organisation.name", allow_null=True, default=None)

    class Meta:
        model = SharingGround
        fields = ["id", "household", "person", "kind", "organisation", "organisation_kind", "scopes", "purpose",
                  "article", "how", "given_on", "ends_on", "withdrawn_at", "created_at"]


class ConsentCreateSerializer(serializers.Serializer):
    household = serializers.UUIDField()
    person = serializers.UUIDField(required=False, allow_null=True, default=None)
    organisation = serializers.UUIDField()
    scopes = serializers.ListField(child=serializers.ChoiceField(choices=Scope.choices), min_length=1, max_length=10)
    purpose = serializers.CharField(max_length=500)
    how = serializers.ChoiceField(choices=ConsentHow.choices)
    given_on = serializers.DateField(required=False, allow_null=True, default=None)
    ends_on = serializers.DateField(required=False, allow_null=True, default=None)


class WithdrawSerializer(serializers.Serializer):
    note = serializers.CharField(max_length=500, required=False, allow_blank=True, default="")


class KaartEntrySerializer(Base):
    organisation = serializers.CharField(source="organisation.name", allow_null=True, default=None)
    domains = serializers.SlugRelatedField(many=True, slug_field="name", read_only=True)
    wijken = serializers.SlugRelatedField(many=True, slug_field="name", read_only=True)

    class Meta:
        model = KaartEntry
        fields = ["id", "name", "level", "organisation", "description", "contact", "waiting_weeks", "cost",
                  "languages", "citizens_initiative", "law", "article", "unit", "unit_price", "domains", "wijken"]


class ProcedureSerializer(Base):
    household = ref()
    person = ref()

    class Meta:
        model = Procedure
        fields = ["id", "household", "person", "wet", "kind", "received_on", "subject", "deadline", "status",
                  "personal_plan_until", "ondersteuning", "closed_on", "version", "created_at"]


class VoorzieningSerializer(Base):
    kaart_entry = ref(allow_null=True, label="Van de sociale kaart",
                      help_text="Publieke id van de maatwerkvoorziening op de sociale kaart waar deze voorziening "
                                "van gekozen is (of null).")
    kaart_entry_name = serializers.CharField(source="kaart_entry.name", read_only=True, allow_null=True, default=None,
                                             help_text="De naam van die voorziening op de sociale kaart, om te tonen.")

    class Meta:
        model = Voorziening
        fields = ["id", "wet", "artikel", "product", "uitkomst", "vorm", "starts_on", "ends_on", "unit", "quantity",
                  "unit_price", "amount", "guideline_quantity", "eigen_norm", "motivation", "legal_ground",
                  "why_differs", "kaart_entry", "kaart_entry_name"]
        extra_kwargs = {"why_differs": {"help_text": "Waarom anders dan het team meestal doet, in één zin. Intern: "
                                                     "niet in de brief aan de inwoner."}}


NO_MOTIVATION = gettext_lazy("Een besluit zonder motivering kan niet. Schrijf in gewone woorden waarom.")


def _optional(field, **kw):
    return field(required=False, **kw)


class VoorzieningWriteSerializer(serializers.Serializer):
    """A provision of a concept decision, as the page's form has it. The service checks it as on the page:
    a motivation, an end not before the start, no negative amounts, a kaart entry of the provision's own law.
    Changing one (PATCH), what is left out stays as it is; `kaart_entry: null` unlinks the kaart."""

    wet = serializers.ChoiceField(choices=Wet.choices)
    artikel = _optional(serializers.CharField, max_length=60, allow_blank=True,
                        help_text="Leeg met een kaart_entry: het artikel van de sociale kaart.")
    product = _optional(serializers.CharField, max_length=200, allow_blank=True,
                        help_text="Leeg met een kaart_entry: de naam op de sociale kaart.")
    uitkomst = serializers.ChoiceField(choices=Uitkomst.choices)
    vorm = _optional(serializers.ChoiceField, choices=Vorm.choices, allow_blank=True)
    starts_on = _optional(serializers.DateField, allow_null=True)
    ends_on = _optional(serializers.DateField, allow_null=True)
    unit = _optional(serializers.CharField, max_length=60, allow_blank=True)
    quantity = _optional(serializers.DecimalField, max_digits=8, decimal_places=2, allow_null=True)
    unit_price = _optional(serializers.DecimalField, max_digits=10, decimal_places=2, allow_null=True)
    amount = _optional(serializers.DecimalField, max_digits=10, decimal_places=2, allow_null=True)
    guideline_quantity = _optional(serializers.DecimalField, max_digits=8, decimal_places=2, allow_null=True)
    eigen_norm = _optional(serializers.CharField, max_length=2000, allow_blank=True)
    motivation = serializers.CharField(max_length=4000, allow_blank=True, error_messages={"required": NO_MOTIVATION},
                                       help_text="In gewone woorden; zonder motivering geen besluit.")
    legal_ground = _optional(serializers.CharField, max_length=300, allow_blank=True)
    why_differs = _optional(serializers.CharField, max_length=500, allow_blank=True,
                            help_text="Eén zin: waarom het aantal of bedrag ver (meer dan 25%) afwijkt van wat het "
                                      "team meestal besluit voor deze voorziening. Dan verplicht; anders een 400 op "
                                      "dit veld. Intern: niet in de brief.")
    kaart_entry = _optional(serializers.UUIDField, allow_null=True,
                            help_text="Publieke id van een maatwerkvoorziening op de sociale kaart, van dezelfde wet.")


class BeschikkingSerializer(Base):
    household = ref()
    person = ref()
    plan = ref(allow_null=True)
    replaces = ref(allow_null=True)
    voorzieningen = VoorzieningSerializer(many=True, read_only=True, source="current_voorzieningen")

    class Meta:
        model = Beschikking
        fields = ["id", "household", "person", "plan", "status", "revision", "replaces", "why_different",
                  "benefit_of_doubt", "decided_on", "sent_on", "bezwaar_until", "version", "voorzieningen",
                  "created_at", "updated_at"]


class BeschikkingListSerializer(Base):
    household = ref()
    person = ref()

    class Meta:
        model = Beschikking
        fields = ["id", "household", "person", "status", "revision", "decided_on", "sent_on", "version",
                  "created_at"]


class ExplainSerializer(serializers.Serializer):
    why_different = serializers.CharField(max_length=5000, allow_blank=True)
    benefit_of_doubt = serializers.BooleanField()


class AuditEventSerializer(serializers.ModelSerializer):
    class Meta:
        model = AuditEvent
        fields = ["at", "actor_name", "actor_role", "action", "object_type", "object_ref", "reason"]


class DocumentSerializer(Base):
    """A document's facts; the content is at `download` (every download in the audit)."""

    household = ref()
    person = ref()
    plan = ref()
    beschikking = ref()
    referral = ref()
    category = serializers.CharField(source="category.name", read_only=True)
    download = serializers.SerializerMethodField()

    class Meta:
        model = Document
        fields = ["id", "household", "part", "person", "plan", "beschikking", "referral", "category", "description",
                  "original_name", "content_type", "size", "sha256", "created_at", "download"]

    def get_download(self, document) -> str:
        return reverse("api:document_inhoud", kwargs={"public_id": document.public_id})


class DocumentCreateSerializer(serializers.Serializer):
    """A document for one part of a file: the part and its id, a category by name, a description, the file."""

    part = serializers.ChoiceField(choices=Onderdeel.choices, help_text="Waar het document bij hoort.")
    target = serializers.UUIDField(help_text="Publieke id van het huishouden, de persoon, het plan, de beschikking "
                                             "of de verwijzing.")
    category = serializers.CharField(max_length=100, help_text="Naam van een documentcategorie.")
    description = serializers.CharField(max_length=300, required=False, allow_blank=True,
                                        help_text="Leeg: de naam van het bestand.")
    file = serializers.FileField(help_text="Het soort wordt uit de inhoud gelezen, niet uit de naam.")
