"""Residents (inwoners), their households and their network."""
import datetime as dt

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from leefwereld.core.models import VersionedModel


class Household(VersionedModel):
    """A huishouden: the people who live together. One plan per household, later.

    Every row of resident data carries its household, so access filters on one column.
    """

    team = models.ForeignKey(
        "accounts.Team", verbose_name=_("wijkteam"), on_delete=models.PROTECT, related_name="households"
    )
    name = models.CharField(_("naam"), max_length=120, help_text=_("Bijvoorbeeld: huishouden Van Dalen."))
    # The file is closed (dossier afgesloten) since this day; the retention periods count from it
    # (ADR 0039). History of closing and reopening: DossierAfsluiting.
    closed_on = models.DateField(_("dossier afgesloten op"), null=True, blank=True, db_index=True)
    # Set by the retention job when it first anonymised a part of the file: no reopening since.
    anonymised_on = models.DateField(_("geanonimiseerd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("huishouden")
        verbose_name_plural = _("huishoudens")
        ordering = ["name"]

    def __str__(self):
        return self.name


def household_fk(related_name="+"):
    """The household column every row of resident data carries; access.visible() filters on it."""
    return models.ForeignKey("residents.Household", verbose_name=_("huishouden"), on_delete=models.PROTECT,
                             related_name=related_name)


class PreferredChannel(models.TextChoices):
    TELEFOON = "telefoon", _("Telefoon")
    SMS = "sms", _("Sms of WhatsApp")
    EMAIL = "email", _("E-mail")
    POST = "post", _("Brief")
    LANGS = "langs", _("Langskomen")


class HouseholdRole(models.TextChoices):
    VOLWASSENE = "volwassene", _("Volwassene")
    PARTNER = "partner", _("Partner")
    KIND = "kind", _("Kind")
    ANDERS = "anders", _("Anders")


class ReadsDutch(models.TextChoices):
    JA = "ja", _("Ja")
    BEETJE = "beetje", _("Een beetje")
    NEE = "nee", _("Nee")


class Situation(models.TextChoices):
    """Where a household member is now. Kept with a date, and in history (MemberSituation)."""

    WOONT_HIER = "woont_hier", _("Woont in het huishouden")
    BUITENLAND = "buitenland", _("Woont in het buitenland")
    NIET_INGESCHREVEN = "niet_ingeschreven", _("Woont hier, nog niet ingeschreven")
    VERTROKKEN = "vertrokken", _("Is vertrokken")
    OVERLEDEN = "overleden", _("Is overleden")


# Members who no longer count for the household's here-and-now (e.g. the jeugd reviewer).
GONE = (Situation.VERTROKKEN, Situation.OVERLEDEN)


class Person(VersionedModel):
    """An inwoner. Only what is needed: nothing is required but a name.

    `contactpersoon` and `stand_in` are the current vaste contactpersoon and stand-in;
    every change is appended to Assignment, which keeps the history.
    """

    household = household_fk("members")
    household_role = models.CharField(_("rol in het huishouden"), max_length=20, choices=HouseholdRole.choices,
                                      default=HouseholdRole.VOLWASSENE)
    given_name = models.CharField(_("voornaam"), max_length=100)
    prefix = models.CharField(_("tussenvoegsel"), max_length=20, blank=True)
    family_name = models.CharField(_("achternaam"), max_length=100)
    birth_date = models.DateField(_("geboortedatum"), null=True, blank=True)
    bsn = models.CharField(_("BSN"), max_length=9, blank=True,
                           help_text=_("Niet verplicht. Wordt nooit in lijsten getoond."))
    street = models.CharField(_("straat"), max_length=120, blank=True)
    house_number = models.CharField(_("huisnummer"), max_length=12, blank=True)
    postcode = models.CharField(_("postcode"), max_length=7, blank=True, db_index=True)
    city = models.CharField(_("woonplaats"), max_length=80, blank=True)
    phone = models.CharField(_("telefoon"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    preferred_channel = models.CharField(_("liefst contact via"), max_length=20, choices=PreferredChannel.choices,
                                         blank=True)
    safety_notes = models.TextField(_("veiligheid"), blank=True, max_length=2000,
                                    help_text=_("Bijvoorbeeld: ga met z'n tweeën. "
                                                "Dit ziet ook wie blanco voorbereidt."))
    # Communication needs: apart from safety, shown wherever contact is made.
    language = models.CharField(_("taal"), max_length=60, blank=True,
                                help_text=_("De taal waarin de persoon het liefst praat, als dat niet Nederlands is."))
    reads_dutch = models.CharField(_("leest Nederlands"), max_length=10, choices=ReadsDutch.choices, blank=True)
    interpreter_needed = models.BooleanField(_("tolk nodig"), default=False)
    letters_to = models.CharField(_("brieven sturen naar"), max_length=200, blank=True,
                                  help_text=_("Als brieven naar iemand anders moeten, bijvoorbeeld de bewindvoerder: "
                                              "naam en adres."))
    communication_notes = models.TextField(_("zo komt het gesprek goed over"), blank=True, max_length=1000,
                                           help_text=_("Bijvoorbeeld: slechthorend, liever met de dochter erbij."))
    situation = models.CharField(_("situatie"), max_length=20, choices=Situation.choices,
                                 default=Situation.WOONT_HIER)
    situation_since = models.DateField(_("sinds"), null=True, blank=True)
    contact_only = models.BooleanField(
        _("alleen contactgegevens"), default=False,
        help_text=_("Bekend via een signaal zonder hulpvraag: alleen wat nodig is om contact te leggen."),
    )
    contactpersoon = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("vaste contactpersoon"),
                                       on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    stand_in = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("vervanger"), on_delete=models.PROTECT,
                                 null=True, blank=True, related_name="+")

    class Meta:
        verbose_name = _("persoon")
        verbose_name_plural = _("personen")
        ordering = ["family_name", "given_name"]
        indexes = [
            models.Index(fields=["family_name", "birth_date"]),
            models.Index(fields=["postcode", "house_number"]),
            models.Index(fields=["bsn"]),
            # A name with a birth date: the name's trigram index and this one, combined.
            models.Index(fields=["birth_date"], name="person_birth_date"),
            # "Mijn mensen" in name order (ADR 0012).
            models.Index(fields=["contactpersoon", "family_name", "given_name"], name="person_contact_name"),
            models.Index(fields=["stand_in", "family_name", "given_name"], name="person_standin_name"),
        ]
        # One BSN, one person (the services say so kindly first; this holds under a race too).
        constraints = [models.UniqueConstraint(fields=["bsn"], condition=~models.Q(bsn=""), name="person_bsn_unique")]

    def __str__(self):
        return self.full_name

    @property
    def full_name(self):
        return " ".join(p for p in [self.given_name, self.prefix, self.family_name] if p)

    @property
    def address(self):
        line1 = " ".join(p for p in [self.street, self.house_number] if p)
        line2 = " ".join(p for p in [self.postcode, self.city] if p)
        return ", ".join(p for p in [line1, line2] if p)

    def age_on(self, day: dt.date):
        if not self.birth_date:
            return None
        years = day.year - self.birth_date.year
        return years - ((day.month, day.day) < (self.birth_date.month, self.birth_date.day))

    @property
    def age(self):
        return self.age_on(dt.date.today())

    @property
    def is_minor(self):
        age = self.age
        return age is not None and age < 18

    @property
    def is_gone(self):
        return self.situation in GONE

    @property
    def has_communication_needs(self):
        return bool(self.language or self.reads_dutch in (ReadsDutch.BEETJE, ReadsDutch.NEE)
                    or self.interpreter_needed or self.letters_to or self.communication_notes)


class MemberSituation(models.Model):
    """History of a member's situation (moved abroad, left, died): appended, never edited."""

    household = household_fk()
    person = models.ForeignKey(Person, verbose_name=_("persoon"), on_delete=models.PROTECT,
                               related_name="situations")
    situation = models.CharField(_("situatie"), max_length=20, choices=Situation.choices)
    since = models.DateField(_("sinds"))
    note = models.TextField(_("toelichting"), blank=True, max_length=1000)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("vastgelegd door"),
                                    on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(_("vastgelegd op"), auto_now_add=True)

    class Meta:
        verbose_name = _("situatie van een lid")
        verbose_name_plural = _("situaties van leden")
        ordering = ["-since", "-id"]


class Assignment(models.Model):
    """History of vaste contactpersoon and stand-in of a person: appended, never edited."""

    household = household_fk()
    person = models.ForeignKey(Person, verbose_name=_("persoon"), on_delete=models.PROTECT,
                               related_name="assignments")
    contactpersoon = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("vaste contactpersoon"),
                                       on_delete=models.PROTECT, related_name="+")
    stand_in = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("vervanger"), on_delete=models.PROTECT,
                                 null=True, blank=True, related_name="+")
    reason = models.TextField(_("toelichting"), blank=True, max_length=2000)
    assigned_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("toegewezen door"),
                                    on_delete=models.PROTECT, related_name="+")
    assigned_at = models.DateTimeField(_("toegewezen op"), auto_now_add=True)

    class Meta:
        verbose_name = _("toewijzing")
        verbose_name_plural = _("toewijzingen")
        ordering = ["-assigned_at", "-id"]


class Relation(models.TextChoices):
    FAMILIE = "familie", _("Familie")
    PARTNER = "partner", _("Partner")
    BUREN = "buren", _("Buren")
    VRIENDEN = "vrienden", _("Vrienden")
    VRIJWILLIGER = "vrijwilliger", _("Vrijwilliger")
    ERVARINGSDESKUNDIGE = "ervaringsdeskundige", _("Ervaringsdeskundige")
    ANDERS = "anders", _("Anders")


class Draagkracht(models.TextChoices):
    """How much a network member can carry. Their load counts too (the strained mantelzorger)."""

    KAN_MEER = "kan_meer", _("Kan meer")
    HOUDT_VOL = "houdt_vol", _("Houdt het vol")
    OVERBELAST = "overbelast", _("Overbelast")
    ONBEKEND = "onbekend", _("Weet ik nog niet")


class MayAsk(models.TextChoices):
    """Whether the resident wants this person asked (vraagverlegenheid is real)."""

    JA = "ja", _("Ja, dat mag")
    LIEVER_NIET = "liever_niet", _("Liever niet")
    NOG_NIET = "nog_niet", _("Nog niet besproken")


class NetworkMember(VersionedModel):
    """Someone in a resident's network (netwerklid): family, neighbour, friend, volunteer."""

    household = household_fk("network")
    person = models.ForeignKey(Person, verbose_name=_("netwerk van"), on_delete=models.PROTECT,
                               related_name="network")
    name = models.CharField(_("naam"), max_length=120)
    relation = models.CharField(_("relatie"), max_length=30, choices=Relation.choices, default=Relation.FAMILIE)
    phone = models.CharField(_("telefoon"), max_length=30, blank=True)
    does = models.TextField(_("wat doet deze persoon nu"), blank=True, max_length=2000)
    could_do = models.TextField(_("wat zou deze persoon kunnen doen"), blank=True, max_length=2000)
    draagkracht = models.CharField(_("hoeveel kan deze persoon dragen"), max_length=20,
                                   choices=Draagkracht.choices, default=Draagkracht.ONBEKEND)
    may_ask = models.CharField(_("mag deze persoon gevraagd worden"), max_length=20, choices=MayAsk.choices,
                               default=MayAsk.NOG_NIET)
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("vastgelegd door"),
                                 on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("netwerklid")
        verbose_name_plural = _("netwerk")
        ordering = ["name"]

    def __str__(self):
        return self.name


class BlancoVoorbereiding(models.Model):
    """A professional chose to prepare a first visit 'blanco': without the earlier file.

    While it is open, the full file is shown only after a deliberate, logged step with a reason.
    It ends when the file is opened or the first gesprek is recorded.
    """

    household = household_fk()
    person = models.ForeignKey(Person, verbose_name=_("persoon"), on_delete=models.PROTECT, related_name="+")
    professional = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("professional"),
                                     on_delete=models.PROTECT, related_name="+")
    started_at = models.DateTimeField(_("gekozen op"), auto_now_add=True)
    ended_at = models.DateTimeField(_("beëindigd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("blanco voorbereiding")
        verbose_name_plural = _("blanco voorbereidingen")
        constraints = [
            models.UniqueConstraint(fields=["person", "professional"], condition=models.Q(ended_at__isnull=True),
                                    name="one_open_blanco_per_person_and_professional"),
        ]


class DossierAfsluiting(models.Model):
    """The household's file closed (afgesloten) or reopened (heropend): appended, never edited.

    Household.closed_on holds the current state; the retention periods count from it (ADR 0039).
    """

    household = household_fk("afsluitingen")
    closed = models.BooleanField(_("afgesloten"), help_text=_("Nee: het dossier is weer geopend."))
    on = models.DateField(_("datum"))
    reason = models.TextField(_("reden"), max_length=2000)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("vastgelegd door"),
                                    on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(_("vastgelegd op"), auto_now_add=True)

    class Meta:
        verbose_name = _("afsluiting van een dossier")
        verbose_name_plural = _("afsluitingen van dossiers")
        ordering = ["-recorded_at", "-id"]
