"""Het plan: one per household, goals in the resident's words, who acts, regie, vier-ogen and evaluation."""
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from leefwereld.core.models import PublicModel, VersionedModel
from leefwereld.residents.models import household_fk


class PlanStatus(models.TextChoices):
    CONCEPT = "concept", _("In voorbereiding")
    TER_BEOORDELING = "ter_beoordeling", _("Wacht op een collega (vier-ogen)")
    TERUGGESTUURD = "teruggestuurd", _("Teruggestuurd met opmerkingen")
    LOPEND = "lopend", _("Lopend: collega's stemden in")
    AFGESLOTEN = "afgesloten", _("Afgesloten")


class RegieKind(models.TextChoices):
    INWONER = "inwoner", _("De inwoner zelf")
    NETWERK = "netwerk", _("Iemand uit het netwerk")
    PROFESSIONAL = "professional", _("Een professional")


class Plan(VersionedModel):
    """One plan per household (1 gezin, 1 plan, 1 regisseur), only when the situation needs one.

    `revision` counts content versions (PlanVersion); `version` is the optimistic lock.
    The current regiehouder is kept here; every change is appended to RegieChange.
    """

    household = household_fk("plans")
    gesprek = models.ForeignKey("conversations.Gesprek", verbose_name=_("gestart na gesprek"),
                                on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("opgesteld door"), on_delete=models.PROTECT,
                               related_name="+")
    status = models.CharField(_("stand"), max_length=20, choices=PlanStatus.choices, default=PlanStatus.CONCEPT,
                              db_index=True)
    revision = models.PositiveIntegerField(_("versie van de inhoud"), default=0)
    approved_revision = models.PositiveIntegerField(_("versie waarmee collega's instemden"), null=True, blank=True)
    regie_kind = models.CharField(_("regiehouder"), max_length=20, choices=RegieKind.choices,
                                  default=RegieKind.INWONER)
    regie_person = models.ForeignKey("residents.Person", verbose_name=_("regiehouder (inwoner)"),
                                     on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    regie_network = models.ForeignKey("residents.NetworkMember", verbose_name=_("regiehouder (netwerk)"),
                                      on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    regie_professional = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("regiehouder (professional)"),
                                           on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    regie_support = models.CharField(_("regieondersteuning"), max_length=500, blank=True)
    takeover_until = models.DateField(_("tijdelijk overgenomen tot"), null=True, blank=True, db_index=True)
    takeover_reason = models.CharField(_("reden van overname"), max_length=500, blank=True)
    evaluate_on = models.DateField(_("evalueren op"), null=True, blank=True, db_index=True)
    closed_on = models.DateField(_("afgesloten op"), null=True, blank=True)
    closed_reason = models.TextField(_("reden van afsluiten"), blank=True)
    outcome_tags = models.ManyToManyField("core.OutcomeTag", verbose_name=_("uitkomstlabels"), blank=True,
                                          related_name="+")

    class Meta:
        verbose_name = _("plan")
        verbose_name_plural = _("plannen")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["author", "status", "updated_at"], name="plan_author_status_updated"),
                   models.Index(fields=["regie_professional", "status"], name="plan_regie_status")]
        constraints = [
            models.UniqueConstraint(fields=["household"], condition=~Q(status="afgesloten"),
                                    name="one_open_plan_per_household"),
        ]

    def __str__(self):
        return f"{self._meta.verbose_name} {self.household}"


class GoalOwner(models.TextChoices):
    """Whose goal it is; stored in snapshots as a code, the owner's name beside it."""

    HUISHOUDEN = "huishouden", _("Het hele huishouden")
    LID = "lid", _("Iemand uit het huishouden")
    NETWERK = "netwerk", _("Iemand uit het netwerk")


class Goal(PublicModel):
    """A doel, in the words of the person it belongs to: a household member, someone in the network
    (the overloaded mantelzorger is often the real question), or the household as a whole."""

    household = household_fk()
    plan = models.ForeignKey(Plan, verbose_name=_("plan"), on_delete=models.PROTECT, related_name="goals")
    person = models.ForeignKey("residents.Person", verbose_name=_("van wie"), on_delete=models.PROTECT,
                               null=True, blank=True, related_name="+",
                               help_text=_("Leeg: een doel van het hele huishouden."))
    network_member = models.ForeignKey("residents.NetworkMember", verbose_name=_("van wie uit het netwerk"),
                                       on_delete=models.PROTECT, null=True, blank=True, related_name="+",
                                       help_text=_("Bijvoorbeeld de mantelzorger."))
    words = models.TextField(_("het doel, in eigen woorden"), max_length=2000)
    domains = models.ManyToManyField("conversations.Domain", verbose_name=_("leefgebieden"), blank=True,
                                     related_name="+")
    order = models.PositiveIntegerField(_("volgorde"), default=0)
    archived = models.BooleanField(_("niet meer in het plan"), default=False)

    class Meta:
        verbose_name = _("doel")
        verbose_name_plural = _("doelen")
        ordering = ["order", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(person__isnull=True) | Q(network_member__isnull=True),
                                   name="goal_has_one_owner"),
        ]

    @property
    def owner(self):
        if self.person_id:
            return GoalOwner.LID
        return GoalOwner.NETWERK if self.network_member_id else GoalOwner.HUISHOUDEN

    @property
    def owner_name(self):
        if self.person_id:
            return self.person.full_name
        return self.network_member.name if self.network_member_id else ""


class ActorKind(models.TextChoices):
    """Who acts. Weighed with the resident, side by side: never a ranking or a gate."""

    INWONER = "inwoner", _("De inwoner zelf")
    NETWERK = "netwerk", _("Iemand uit het netwerk")
    VRIJWILLIGER = "vrijwilliger", _("Vrijwilliger of lotgenotengroep")
    COLLECTIEF = "collectief", _("Voorziening in de buurt (voor iedereen)")
    PARTNER = "partner", _("Partnerorganisatie")
    MAATWERK = "maatwerk", _("Professionele hulp op maat")


class ActionStatus(models.TextChoices):
    GEPLAND = "gepland", _("Gepland")
    BEZIG = "bezig", _("Bezig")
    GEDAAN = "gedaan", _("Gedaan")
    GESTOPT = "gestopt", _("Gestopt")


class Action(PublicModel):
    """An actie: what happens for a goal, who acts, from when until when."""

    household = household_fk()
    goal = models.ForeignKey(Goal, verbose_name=_("doel"), on_delete=models.PROTECT, related_name="actions")
    what = models.TextField(_("wat gebeurt er"), max_length=2000)
    actor_kind = models.CharField(_("wie doet het"), max_length=20, choices=ActorKind.choices)
    network_member = models.ForeignKey("residents.NetworkMember", verbose_name=_("wie uit het netwerk"),
                                       on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    actor_name = models.CharField(_("naam"), max_length=200, blank=True,
                                  help_text=_("Bijvoorbeeld de naam van de organisatie of de groep."))
    starts_on = models.DateField(_("vanaf"), null=True, blank=True)
    ends_on = models.DateField(_("tot en met"), null=True, blank=True)
    status = models.CharField(_("stand"), max_length=20, choices=ActionStatus.choices, default=ActionStatus.GEPLAND)
    archived = models.BooleanField(_("niet meer in het plan"), default=False)

    class Meta:
        verbose_name = _("actie")
        verbose_name_plural = _("acties")
        ordering = ["starts_on", "id"]


class ChangeKind(models.TextChoices):
    """What a new version changed; shown in the reader's language, with the user's own words beside it."""

    GESTART = "gestart", _("Plan gestart")
    DOEL_TOEGEVOEGD = "doel_toegevoegd", _("Doel toegevoegd")
    DOEL_GEWIJZIGD = "doel_gewijzigd", _("Doel gewijzigd")
    DOEL_WEG = "doel_weg", _("Doel uit het plan gehaald")
    ACTIE_TOEGEVOEGD = "actie_toegevoegd", _("Actie toegevoegd")
    ACTIE_GEWIJZIGD = "actie_gewijzigd", _("Actie gewijzigd")
    ACTIE_WEG = "actie_weg", _("Actie uit het plan gehaald")
    STAND = "stand", _("Stand van een actie bijgewerkt")
    REGIE = "regie", _("Regie gewijzigd")
    EVALUATIEDATUM = "evaluatiedatum", _("Evaluatiedatum gewijzigd")
    GEEVALUEERD = "geevalueerd", _("Geëvalueerd; we gaan door")


class PlanVersion(models.Model):
    """A snapshot of the whole plan after each change: appended, never edited, comparable side by side."""

    household = household_fk()
    plan = models.ForeignKey(Plan, verbose_name=_("plan"), on_delete=models.PROTECT, related_name="versions")
    number = models.PositiveIntegerField(_("versie"))
    snapshot = models.JSONField(_("inhoud"))
    kind = models.CharField(_("wat veranderde"), max_length=20, choices=ChangeKind.choices)
    subject = models.CharField(_("waarover"), max_length=300, blank=True,
                               help_text=_("De woorden van het doel of de actie, of de naam van de regiehouder."))
    substantive = models.BooleanField(_("inhoudelijke wijziging"), default=True,
                                      help_text=_("Doelen of maatwerk veranderd: vraagt een nieuwe vier-ogen."))
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("door"), on_delete=models.PROTECT,
                                   related_name="+")
    created_at = models.DateTimeField(_("op"), auto_now_add=True)

    class Meta:
        verbose_name = _("versie van het plan")
        verbose_name_plural = _("versies van het plan")
        ordering = ["plan", "number"]
        constraints = [models.UniqueConstraint(fields=["plan", "number"], name="unique_plan_version_number")]

    @property
    def change(self):
        label = self.get_kind_display()
        return f"{label}: {self.subject}" if self.subject else label


class RegieChange(models.Model):
    """Who holds regie, from when, and why: appended on every change, including temporary takeovers."""

    household = household_fk()
    plan = models.ForeignKey(Plan, verbose_name=_("plan"), on_delete=models.PROTECT, related_name="regie_history")
    kind = models.CharField(_("regiehouder"), max_length=20, choices=RegieKind.choices)
    holder_name = models.CharField(_("naam"), max_length=200)
    support = models.CharField(_("regieondersteuning"), max_length=500, blank=True)
    reason = models.CharField(_("waarom"), max_length=500, blank=True)
    takeover_until = models.DateField(_("tijdelijk tot"), null=True, blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("vastgelegd door"), on_delete=models.PROTECT,
                           related_name="+")
    at = models.DateTimeField(_("op"), auto_now_add=True)

    class Meta:
        verbose_name = _("wisseling van regie")
        verbose_name_plural = _("wisselingen van regie")
        ordering = ["-at", "-id"]


class ReviewReason(models.TextChoices):
    ANDERE_DISCIPLINE = "andere_discipline", _("Collega van een ander vakgebied")
    JEUGD = "jeugd", _("Jeugdprofessional: er zijn kinderen in het huishouden")
    BEIDE = "beide", _("Ander vakgebied en jeugd")


class Decision(models.TextChoices):
    OPEN = "open", _("Nog niet bekeken")
    INSTEMMING = "instemming", _("Stemt in")
    TERUGGESTUURD = "teruggestuurd", _("Teruggestuurd")
    VERVALLEN = "vervallen", _("Vervallen: het plan is intussen gewijzigd")


class Review(PublicModel):
    """Vier-ogen: a colleague of another discipline (and a jeugd professional when there are minors)
    must actively agree (instemmen) with the plan, or send it back with comments."""

    household = household_fk()
    plan = models.ForeignKey(Plan, verbose_name=_("plan"), on_delete=models.PROTECT, related_name="reviews")
    revision = models.PositiveIntegerField(_("versie"))
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("collega"), on_delete=models.PROTECT,
                                 related_name="plan_reviews")
    reason = models.CharField(_("waarom deze collega"), max_length=20, choices=ReviewReason.choices)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("gevraagd door"),
                                     on_delete=models.PROTECT, related_name="+")
    decision = models.CharField(_("besluit"), max_length=20, choices=Decision.choices, default=Decision.OPEN,
                                db_index=True)
    contribution = models.TextField(_("eigen bijdrage van de collega"), blank=True, max_length=4000)
    comments = models.TextField(_("opmerkingen"), blank=True, max_length=4000)
    decided_at = models.DateTimeField(_("besloten op"), null=True, blank=True)

    class Meta:
        verbose_name = _("vier-ogen")
        verbose_name_plural = _("vier-ogen")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["reviewer", "decision", "created_at"], name="review_reviewer_decision")]


class AgreementHow(models.TextChoices):
    GESPREK = "gesprek", _("In een gesprek")
    TELEFOON = "telefoon", _("Aan de telefoon")
    SCHRIFTELIJK = "schriftelijk", _("Schriftelijk")
    PORTAAL = "portaal", _("Zelf, in Mijn Leefwereld")


class SpeakerKind(models.TextChoices):
    """Who speaks about the plan. Every household member is an inwoner; the resident is whoever speaks."""

    INWONER = "inwoner", _("Iemand uit het huishouden")
    VERTEGENWOORDIGER = "vertegenwoordiger", _("Een vertegenwoordiger")
    NETWERK = "netwerk", _("Iemand uit het netwerk")


class RepresentativeRole(models.TextChoices):
    """The legal or family tie of a vertegenwoordiger: who may speak for the resident."""

    WETTELIJK = "wettelijk", _("Wettelijk vertegenwoordiger")
    MENTOR = "mentor", _("Mentor")
    CURATOR = "curator", _("Curator")
    BEWINDVOERDER = "bewindvoerder", _("Bewindvoerder")
    OUDER = "ouder", _("Ouder of voogd van een minderjarige")
    FAMILIE = "familie", _("Familielid met een machtiging")


class Agreement(models.Model):
    """Agreement with a version of the plan, or what someone disagrees with, in their own words.

    Whoever speaks is heard: a household member (`person`), someone in the network, or a
    vertegenwoordiger by name and relation. Several voices on one revision stand side by side.
    """

    household = household_fk()
    plan = models.ForeignKey(Plan, verbose_name=_("plan"), on_delete=models.PROTECT, related_name="agreements")
    revision = models.PositiveIntegerField(_("versie"))
    speaker_kind = models.CharField(_("wie spreekt"), max_length=20, choices=SpeakerKind.choices,
                                    default=SpeakerKind.INWONER)
    person = models.ForeignKey("residents.Person", verbose_name=_("wie uit het huishouden"),
                               on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    network_member = models.ForeignKey("residents.NetworkMember", verbose_name=_("wie uit het netwerk"),
                                       on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    representative_name = models.CharField(_("naam van de vertegenwoordiger"), max_length=200, blank=True)
    representative_role = models.CharField(_("relatie van de vertegenwoordiger"), max_length=20, blank=True,
                                           choices=RepresentativeRole.choices)
    agrees = models.BooleanField(_("akkoord"))
    how = models.CharField(_("hoe"), max_length=20, choices=AgreementHow.choices)
    on = models.DateField(_("datum"))
    disagreement = models.TextField(_("waar deze persoon het niet mee eens is, in eigen woorden"), blank=True,
                                    max_length=4000)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("vastgelegd door"),
                                    on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(_("vastgelegd op"), auto_now_add=True)

    class Meta:
        verbose_name = _("reactie op het plan")
        verbose_name_plural = _("reacties op het plan")
        ordering = ["-on", "-id"]
        constraints = [
            models.CheckConstraint(name="agreement_has_one_speaker", condition=(
                Q(speaker_kind="inwoner", person__isnull=False, network_member__isnull=True,
                  representative_name="")
                | Q(speaker_kind="netwerk", person__isnull=True, network_member__isnull=False,
                    representative_name="")
                | (Q(speaker_kind="vertegenwoordiger", person__isnull=True, network_member__isnull=True)
                   & ~Q(representative_name="") & ~Q(representative_role=""))
            )),
        ]

    @property
    def speaker_name(self):
        if self.person_id:
            return self.person.full_name
        if self.network_member_id:
            return self.network_member.name
        return self.representative_name


class Outcome(models.TextChoices):
    DOORGAAN = "doorgaan", _("Doorgaan met een nieuwe versie")
    AFSLUITEN = "afsluiten", _("Plan afsluiten")


class Evaluation(PublicModel):
    """An evaluatie: the resident's own words first, then per goal whether it was reached."""

    household = household_fk()
    plan = models.ForeignKey(Plan, verbose_name=_("plan"), on_delete=models.PROTECT, related_name="evaluations")
    revision = models.PositiveIntegerField(_("versie"))
    held_on = models.DateField(_("datum"))
    resident_words = models.TextField(_("heeft het verschil gemaakt? In de woorden van de inwoner"), blank=True,
                                      max_length=5000)
    matters_now = models.TextField(_("wat is nu belangrijk"), blank=True, max_length=5000)
    outcome = models.CharField(_("en nu"), max_length=20, choices=Outcome.choices)
    close_reason = models.TextField(_("reden van afsluiten"), blank=True, max_length=2000)
    next_evaluation = models.DateField(_("volgende evaluatie"), null=True, blank=True)
    assessment_before = models.ForeignKey("conversations.Assessment", verbose_name=_("meting ervoor"),
                                          on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    assessment_after = models.ForeignKey("conversations.Assessment", verbose_name=_("meting erna"),
                                         on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("door"), on_delete=models.PROTECT,
                           related_name="+")

    class Meta:
        verbose_name = _("evaluatie")
        verbose_name_plural = _("evaluaties")
        ordering = ["-held_on", "-id"]


class Attainment(models.IntegerChoices):
    """Goal attainment scaling (−2 … +2) in plain words."""

    VEEL_MINDER = -2, _("Veel minder dan we hoopten")
    IETS_MINDER = -1, _("Iets minder dan we hoopten")
    ZOALS_GEHOOPT = 0, _("Zoals we hoopten")
    IETS_BETER = 1, _("Iets beter dan we hoopten")
    VEEL_BETER = 2, _("Veel beter dan we hoopten")


class GoalScore(models.Model):
    household = household_fk()
    evaluation = models.ForeignKey(Evaluation, verbose_name=_("evaluatie"), on_delete=models.PROTECT,
                                   related_name="scores")
    goal = models.ForeignKey(Goal, verbose_name=_("doel"), on_delete=models.PROTECT, related_name="scores")
    score = models.SmallIntegerField(_("bereikt?"), choices=Attainment.choices)
    note = models.CharField(_("toelichting"), max_length=1000, blank=True)

    class Meta:
        verbose_name = _("score per doel")
        verbose_name_plural = _("scores per doel")
