"""Procedures (melding, aanvraag) with their statutory deadlines, beschikkingen, letters and bezwaar.

History is appended: deadline moves, status steps, versions of a beschikking and sent letters are
new rows. The current status and deadline on Procedure and Beschikking are copies for fast lists.
"""
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from leefwereld.core.models import PublicModel, VersionedModel
from leefwereld.residents.models import household_fk


class Wet(models.TextChoices):
    WMO = "wmo", _("Wmo 2015")
    JEUGDWET = "jeugdwet", _("Jeugdwet")
    PARTICIPATIEWET = "participatiewet", _("Participatiewet")


class ProcedureKind(models.TextChoices):
    """A melding starts the Wmo investigation; an aanvraag starts the decision period."""

    MELDING = "melding", _("Melding (Wmo-onderzoek)")
    AANVRAAG = "aanvraag", _("Aanvraag")


class ProcedureStatus(models.TextChoices):
    LOPEND = "lopend", _("Loopt")
    OPGESCHORT = "opgeschort", _("Opgeschort: wacht op gegevens")
    BESLOTEN = "besloten", _("Besloten")
    AANVRAAG = "aanvraag", _("Werd een aanvraag")
    ZONDER_AANVRAAG = "zonder_aanvraag", _("Afgerond zonder aanvraag")
    INGETROKKEN = "ingetrokken", _("Ingetrokken")


OPEN_STATUSES = (ProcedureStatus.LOPEND, ProcedureStatus.OPGESCHORT)


class Ondersteuning(models.TextChoices):
    """Cliëntondersteuning (Wmo 2015 art. 2.2.4, 2.3.2 lid 3): offered, and whether it was taken."""

    ONBEKEND = "", _("Nog niet besproken")
    GEBRUIKT = "gebruikt", _("Ja, de inwoner heeft een cliëntondersteuner")
    NIET_GEWILD = "niet_gewild", _("Aangeboden, de inwoner wilde het niet")


class Procedure(VersionedModel):
    """A melding or an aanvraag under one law for one resident, with its statutory deadline.

    `deadline` is the end of the period as it stands now (termijnen.Kalender.period_end with every
    recorded move); `TermijnWijziging` keeps each move with its reason.
    """

    household = household_fk("procedures")
    person = models.ForeignKey("residents.Person", verbose_name=_("voor wie"), on_delete=models.PROTECT,
                               related_name="+")
    vraag = models.ForeignKey("intake.Vraag", verbose_name=_("vraag"), on_delete=models.PROTECT, null=True,
                              blank=True, related_name="procedures")
    melding = models.ForeignKey("self", verbose_name=_("na de melding"), on_delete=models.PROTECT, null=True,
                                blank=True, related_name="aanvragen")
    wet = models.CharField(_("wet"), max_length=20, choices=Wet.choices)
    kind = models.CharField(_("soort"), max_length=10, choices=ProcedureKind.choices)
    received_on = models.DateField(_("ontvangen op"))
    subject = models.CharField(_("waarover"), max_length=300,
                               help_text=_("Kort, in gewone woorden. Bijvoorbeeld: hulp bij het huishouden."))
    deadline = models.DateField(_("uiterste datum"), db_index=True)
    status = models.CharField(_("stand"), max_length=20, choices=ProcedureStatus.choices,
                              default=ProcedureStatus.LOPEND, db_index=True)
    handled_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("behandeld door"),
                                   on_delete=models.PROTECT, related_name="+")
    personal_plan_until = models.DateField(_("persoonlijk plan inleveren tot"), null=True, blank=True)
    ondersteuning = models.CharField(_("cliëntondersteuning"), max_length=20, choices=Ondersteuning.choices,
                                     blank=True)
    report_sent_on = models.DateField(_("verslag van het onderzoek gestuurd op"), null=True, blank=True)
    closed_on = models.DateField(_("afgerond op"), null=True, blank=True)
    closed_words = models.TextField(_("hoe het afliep"), blank=True, max_length=2000)

    class Meta:
        verbose_name = _("procedure")
        verbose_name_plural = _("procedures")
        ordering = ["-received_on", "-id"]
        indexes = [models.Index(fields=["handled_by", "status", "deadline"], name="procedure_handler_deadline"),
                   models.Index(fields=["status", "deadline"], name="procedure_status_deadline")]

    def __str__(self):
        return f"{self.get_kind_display()} {self.get_wet_display()}"

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES


class WijzigingKind(models.TextChoices):
    OPSCHORTING = "opschorting", _("Opgeschort: gegevens gevraagd (Awb 4:15)")
    VERDAGING = "verdaging", _("Verdaagd met bericht aan de inwoner (Awb 4:14)")
    UITSTEL = "uitstel", _("Uitstel in overleg met de inwoner (Wmo-onderzoek)")


class TermijnWijziging(models.Model):
    """A move of a procedure's deadline, with its reason: appended, never edited.

    A suspension is open (`until` empty) while the resident is asked for information; closing it
    records the day the information came (or the set term ended) as a new row.
    """

    household = household_fk()
    procedure = models.ForeignKey(Procedure, verbose_name=_("procedure"), on_delete=models.PROTECT,
                                  related_name="moves")
    kind = models.CharField(_("soort"), max_length=20, choices=WijzigingKind.choices)
    reason = models.CharField(_("reden"), max_length=1000)
    from_on = models.DateField(_("vanaf"))
    until = models.DateField(_("tot"), null=True, blank=True,
                             help_text=_("Bij opschorten: de dag dat de gegevens binnenkwamen."))
    days = models.PositiveIntegerField(_("dagen erbij"), default=0)
    deadline_before = models.DateField(_("uiterste datum was"))
    deadline_after = models.DateField(_("uiterste datum werd"), null=True, blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("vastgelegd door"), on_delete=models.PROTECT,
                           related_name="+")
    at = models.DateTimeField(_("op"), auto_now_add=True)

    class Meta:
        verbose_name = _("wijziging van de termijn")
        verbose_name_plural = _("wijzigingen van de termijn")
        ordering = ["at", "id"]


class Ingebrekestelling(models.Model):
    """The resident's written notice of default after the deadline passed (Awb 4:17): from two weeks
    after it a penalty (dwangsom) runs per day until the decision, at most 42 days (see dwangsom.py)."""

    household = household_fk()
    procedure = models.OneToOneField(Procedure, verbose_name=_("procedure"), on_delete=models.PROTECT,
                                     related_name="ingebrekestelling")
    received_on = models.DateField(_("ontvangen op"))
    by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("vastgelegd door"), on_delete=models.PROTECT,
                           related_name="+")
    at = models.DateTimeField(_("op"), auto_now_add=True)

    class Meta:
        verbose_name = _("ingebrekestelling")
        verbose_name_plural = _("ingebrekestellingen")


class Mandaat(models.Model):
    """Who may decide (vaststellen) under which law, up to which amount. Reference data.

    Without a mandate that covers a decision, a professional proposes it and a colleague with the
    mandate decides.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("medewerker"), on_delete=models.PROTECT,
                             related_name="mandaten")
    wet = models.CharField(_("wet"), max_length=20, choices=Wet.choices)
    max_amount = models.DecimalField(_("tot een bedrag van"), max_digits=10, decimal_places=2, null=True,
                                     blank=True, help_text=_("Leeg: zonder grens."))
    active = models.BooleanField(_("geldt"), default=True)

    class Meta:
        verbose_name = _("mandaat")
        verbose_name_plural = _("mandaten")
        constraints = [models.UniqueConstraint(fields=["user", "wet"], name="one_mandate_per_user_and_law")]

    def __str__(self):
        return f"{self.user} {self.get_wet_display()}"


class BeschikkingStatus(models.TextChoices):
    CONCEPT = "concept", _("Concept")
    VOORGESTELD = "voorgesteld", _("Voorgesteld: wacht op iemand met mandaat")
    VASTGESTELD = "vastgesteld", _("Vastgesteld")
    VERZONDEN = "verzonden", _("Verzonden")
    BEZWAAR = "bezwaar", _("In bezwaar")
    GEHANDHAAFD = "gehandhaafd", _("Gehandhaafd na bezwaar")
    HERZIEN = "herzien", _("Herzien: er is een nieuw besluit")
    INGETROKKEN = "ingetrokken", _("Ingetrokken")


EDITABLE = (BeschikkingStatus.CONCEPT, BeschikkingStatus.VOORGESTELD)


class Beschikking(VersionedModel):
    """A decision for one resident: one or more voorzieningen, possibly under several laws.

    `revision` counts content versions (BeschikkingVersie); `version` is the optimistic lock.
    `replaces` links a herziening to the decision it changes; the earlier ones are shown beside it.
    """

    household = household_fk("beschikkingen")
    person = models.ForeignKey("residents.Person", verbose_name=_("voor wie"), on_delete=models.PROTECT,
                               related_name="+")
    plan = models.ForeignKey("plans.Plan", verbose_name=_("uit het plan"), on_delete=models.PROTECT, null=True,
                             blank=True, related_name="+")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("opgesteld door"),
                               on_delete=models.PROTECT, related_name="+")
    status = models.CharField(_("stand"), max_length=20, choices=BeschikkingStatus.choices,
                              default=BeschikkingStatus.CONCEPT, db_index=True)
    revision = models.PositiveIntegerField(_("versie van de inhoud"), default=0)
    replaces = models.ForeignKey("self", verbose_name=_("herziet"), on_delete=models.PROTECT, null=True,
                                 blank=True, related_name="revisions")
    why_different = models.TextField(_("waarom het besluit nu anders is"), blank=True, max_length=4000)
    benefit_of_doubt = models.BooleanField(_("de inwoner krijgt het voordeel van de twijfel"), default=False)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("vastgesteld door"),
                                   on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    decided_on = models.DateField(_("vastgesteld op"), null=True, blank=True)
    sent_on = models.DateField(_("verzonden op"), null=True, blank=True)
    bezwaar_until = models.DateField(_("bezwaar mogelijk tot"), null=True, blank=True)

    class Meta:
        verbose_name = _("beschikking")
        verbose_name_plural = _("beschikkingen")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["author", "status"], name="beschikking_author_status")]

    def __str__(self):
        return f"{self._meta.verbose_name} {self.person}"

    @property
    def editable(self):
        return self.status in EDITABLE


class Uitkomst(models.TextChoices):
    TOEGEKEND = "toegekend", _("Toegekend")
    DEELS = "deels", _("Deels toegekend")
    AFGEWEZEN = "afgewezen", _("Afgewezen")


class Vorm(models.TextChoices):
    NATURA = "natura", _("Zorg in natura")
    PGB = "pgb", _("Persoonsgebonden budget (pgb)")
    GELD = "geld", _("Geld (bijstand)")


class Voorziening(PublicModel):
    """One provision in a beschikking: law and article, what, how much, and why in plain words.

    Law, article, product, unit and unit price are held here, as the decision said them. `kaart_entry` links
    the sociale kaart's maatwerk entry it was chosen from (its terms were copied then; prices change).
    """

    household = household_fk()
    beschikking = models.ForeignKey(Beschikking, verbose_name=_("beschikking"), on_delete=models.PROTECT,
                                    related_name="voorzieningen")
    procedure = models.ForeignKey(Procedure, verbose_name=_("op de aanvraag"), on_delete=models.PROTECT,
                                  null=True, blank=True, related_name="+")
    plan_action = models.ForeignKey("plans.Action", verbose_name=_("actie in het plan"), on_delete=models.PROTECT,
                                    null=True, blank=True, related_name="+")
    goal = models.ForeignKey("plans.Goal", verbose_name=_("doel van de inwoner"), on_delete=models.PROTECT,
                             null=True, blank=True, related_name="+")
    kaart_entry = models.ForeignKey("coordination.KaartEntry", verbose_name=_("van de sociale kaart"),
                                    on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    wet = models.CharField(_("wet"), max_length=20, choices=Wet.choices)
    artikel = models.CharField(_("artikel"), max_length=60, help_text=_("Bijvoorbeeld: art. 2.3.5 lid 3."))
    product = models.CharField(_("wat"), max_length=200, help_text=_("Bijvoorbeeld: hulp bij het huishouden."))
    uitkomst = models.CharField(_("besluit"), max_length=20, choices=Uitkomst.choices)
    vorm = models.CharField(_("vorm"), max_length=20, choices=Vorm.choices, blank=True)
    starts_on = models.DateField(_("vanaf"), null=True, blank=True)
    ends_on = models.DateField(_("tot en met"), null=True, blank=True)
    unit = models.CharField(_("eenheid"), max_length=60, blank=True, help_text=_("Bijvoorbeeld: uur per week."))
    quantity = models.DecimalField(_("hoeveel"), max_digits=8, decimal_places=2, null=True, blank=True)
    unit_price = models.DecimalField(_("prijs per eenheid"), max_digits=10, decimal_places=2, null=True, blank=True)
    amount = models.DecimalField(_("bedrag of budget"), max_digits=10, decimal_places=2, null=True, blank=True,
                                 help_text=_("Het pgb of het bedrag in euro's voor de hele periode."))
    guideline_quantity = models.DecimalField(_("wat de richtlijn geeft"), max_digits=8, decimal_places=2,
                                             null=True, blank=True)
    eigen_norm = models.TextField(_("wat de inwoner zelf denkt"), blank=True, max_length=2000)
    motivation = models.TextField(_("motivering, in gewone woorden"), max_length=4000)
    legal_ground = models.CharField(_("grond voor afwijzen"), max_length=300, blank=True)
    # Internal, for the team and whoever reviews the decision: never in the resident's letter (ADR 0046).
    why_differs = models.CharField(_("waarom anders dan het team meestal doet"), max_length=500, blank=True)
    order = models.PositiveIntegerField(_("volgorde"), default=0)
    archived = models.BooleanField(_("niet meer in de beschikking"), default=False)

    class Meta:
        verbose_name = _("voorziening")
        verbose_name_plural = _("voorzieningen")
        ordering = ["order", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(ends_on__isnull=True) | Q(starts_on__isnull=True)
                                   | Q(ends_on__gte=models.F("starts_on")), name="voorziening_ends_after_start"),
            models.CheckConstraint(condition=Q(amount__isnull=True) | Q(amount__gte=0),
                                   name="voorziening_amount_not_negative"),
        ]


class BeschikkingVersie(models.Model):
    """The whole beschikking as plain data after each change, with its reason: never edited."""

    household = household_fk()
    beschikking = models.ForeignKey(Beschikking, verbose_name=_("beschikking"), on_delete=models.PROTECT,
                                    related_name="versions")
    number = models.PositiveIntegerField(_("versie"))
    snapshot = models.JSONField(_("inhoud"))
    reason = models.CharField(_("waarom"), max_length=1000)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("door"), on_delete=models.PROTECT,
                           related_name="+")
    at = models.DateTimeField(_("op"), auto_now_add=True)

    class Meta:
        verbose_name = _("versie van de beschikking")
        verbose_name_plural = _("versies van de beschikking")
        ordering = ["beschikking", "number"]
        constraints = [models.UniqueConstraint(fields=["beschikking", "number"], name="unique_beschikking_version")]


class BeschikkingStap(models.Model):
    """One step in the life of a beschikking (concept → vastgesteld → verzonden → …): appended."""

    household = household_fk()
    beschikking = models.ForeignKey(Beschikking, verbose_name=_("beschikking"), on_delete=models.PROTECT,
                                    related_name="steps")
    status = models.CharField(_("stand"), max_length=20, choices=BeschikkingStatus.choices)
    note = models.CharField(_("toelichting"), max_length=1000, blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("door"), on_delete=models.PROTECT,
                           related_name="+")
    at = models.DateTimeField(_("op"), auto_now_add=True)

    class Meta:
        verbose_name = _("stap van de beschikking")
        verbose_name_plural = _("stappen van de beschikking")
        ordering = ["at", "id"]


class Brief(models.Model):
    """The letter as it was sent: the PDF's bytes and their SHA-256, made once and never again."""

    household = household_fk()
    beschikking = models.OneToOneField(Beschikking, verbose_name=_("beschikking"), on_delete=models.PROTECT,
                                       related_name="brief")
    pdf = models.BinaryField(_("pdf"))
    sha256 = models.CharField(_("controlegetal (SHA-256)"), max_length=64)
    language = models.CharField(_("taal"), max_length=5)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("verzonden door"), on_delete=models.PROTECT,
                           related_name="+")
    at = models.DateTimeField(_("gemaakt op"), auto_now_add=True)

    class Meta:
        verbose_name = _("brief")
        verbose_name_plural = _("brieven")


class BezwaarUitkomst(models.TextChoices):
    GEGROND = "gegrond", _("Gegrond: het besluit wordt herzien")
    ONGEGROND = "ongegrond", _("Ongegrond: het besluit blijft")
    NIET_ONTVANKELIJK = "niet_ontvankelijk", _("Niet-ontvankelijk")
    INGETROKKEN = "ingetrokken", _("Ingetrokken door de inwoner")


class Bezwaar(PublicModel):
    """An objection to a sent beschikking, with its own decision period (Awb 7:10)."""

    household = household_fk()
    beschikking = models.ForeignKey(Beschikking, verbose_name=_("beschikking"), on_delete=models.PROTECT,
                                    related_name="bezwaren")
    received_on = models.DateField(_("ontvangen op"))
    grounds = models.TextField(_("waarom de inwoner het er niet mee eens is"), max_length=5000)
    in_time = models.BooleanField(_("op tijd ingediend"), default=True)
    deadline = models.DateField(_("beslissen uiterlijk op"), db_index=True)
    hearing_on = models.DateField(_("hoorzitting op"), null=True, blank=True)
    hearing_notes = models.TextField(_("wat er op de hoorzitting gezegd is"), blank=True, max_length=5000)
    uitkomst = models.CharField(_("uitkomst"), max_length=20, choices=BezwaarUitkomst.choices, blank=True)
    uitkomst_words = models.TextField(_("toelichting op de uitkomst"), blank=True, max_length=4000)
    decided_on = models.DateField(_("beslist op"), null=True, blank=True)
    handled_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("behandeld door"),
                                   on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("bezwaar")
        verbose_name_plural = _("bezwaren")
        ordering = ["-received_on", "-id"]
        indexes = [models.Index(fields=["handled_by", "decided_on", "deadline"], name="bezwaar_handler_deadline")]
