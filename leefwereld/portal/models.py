"""Mijn Leefwereld: the resident's account, their representatives, their messages and correction requests.

A resident signs in through the municipality's broker (OpenID Connect, DigiD behind it); the BSN claim
links the account to their Person (ADR 0029). A representative (vertegenwoordiger) opens the file of the
person they act for, within the relation's scope and until its end date (ADR 0030).
"""
import datetime as dt
import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from leefwereld.core import retention
from leefwereld.core.models import PublicModel
from leefwereld.documenten.storage import documents_storage
from leefwereld.plans.models import RepresentativeRole
from leefwereld.residents.models import household_fk


class ResidentAccount(models.Model):
    """The link between a portal log-in and a BSN: made at the first sign-in, the person found by BSN each time.

    Not resident data itself (no household): it says who signs in, not what is known about them.
    """

    user = models.OneToOneField(settings.AUTH_USER_MODEL, verbose_name=_("gebruiker"), on_delete=models.PROTECT,
                                related_name="resident_account")
    subject = models.CharField(_("kenmerk bij de inlogdienst"), max_length=255, unique=True)
    bsn = models.CharField(_("BSN"), max_length=9, unique=True)
    person = models.OneToOneField("residents.Person", verbose_name=_("eigen dossier"), on_delete=models.PROTECT,
                                  null=True, blank=True, related_name="resident_account")
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    class Meta:
        verbose_name = _("inwoneraccount")
        verbose_name_plural = _("inwoneraccounts")

    def __str__(self):
        return str(self.user)


class RepresentationScope(models.TextChoices):
    """What a representative may do: read along, or also act for the resident (reply, agree, consent)."""

    LEZEN = "lezen", _("Meelezen")
    HANDELEN = "handelen", _("Meelezen en namens de inwoner reageren")


class Vertegenwoordiging(PublicModel):
    """Someone who acts for a resident: the relation, its scope and its end date, recorded by a professional.

    The representative signs in with their own BSN; the portal then offers this person's file, until
    `ends_on` or until the representation is ended (`ended_at`, appended once, never edited back).
    """

    household = household_fk("vertegenwoordigingen")
    person = models.ForeignKey("residents.Person", verbose_name=_("voor wie"), on_delete=models.PROTECT,
                               related_name="vertegenwoordigingen")
    name = models.CharField(_("naam van de vertegenwoordiger"), max_length=200)
    bsn = models.CharField(_("BSN van de vertegenwoordiger"), max_length=9, db_index=True)
    relation = models.CharField(_("relatie"), max_length=20, choices=RepresentativeRole.choices)
    scope = models.CharField(_("mag"), max_length=20, choices=RepresentationScope.choices,
                             default=RepresentationScope.HANDELEN)
    starts_on = models.DateField(_("vanaf"), default=timezone.localdate)
    ends_on = models.DateField(_("tot en met"), null=True, blank=True,
                               help_text=_("Bij een ouder: uiterlijk tot de achttiende verjaardag."))
    ended_at = models.DateTimeField(_("beëindigd op"), null=True, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("vastgelegd door"),
                                    on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("vertegenwoordiging")
        verbose_name_plural = _("vertegenwoordigingen")
        ordering = ["-starts_on", "-id"]

    def __str__(self):
        return f"{self.name} ({self.get_relation_display()})"

    @property
    def may_act(self):
        return self.scope == RepresentationScope.HANDELEN


class VertegenwoordigingEinde(PublicModel):
    """The end of a representation, appended as its own dated record (never an edit of the representation):
    from `stops_on` on, the representative no longer opens the file. Recorded by a professional, with why."""

    household = household_fk("+")
    person = models.ForeignKey("residents.Person", verbose_name=_("voor wie"), on_delete=models.PROTECT,
                               related_name="+")  # the represented person: theirs in the inzage, no one else's
    representation = models.OneToOneField(Vertegenwoordiging, verbose_name=_("vertegenwoordiging"),
                                          on_delete=models.PROTECT, related_name="einde")
    stops_on = models.DateField(_("vervalt per"), default=timezone.localdate,
                                help_text=_("Vanaf deze dag kan de vertegenwoordiger het dossier niet meer openen."))
    reason = models.CharField(_("reden"), max_length=300, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("vastgelegd door"),
                                    on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("einde van een vertegenwoordiging")
        verbose_name_plural = _("einden van vertegenwoordigingen")


def active_representations(queryset, day=None):
    """In force on `day`: started, not past its end date, and no ending recorded that has taken effect
    (`ended_at` is the ending of representations recorded before endings were their own records)."""
    day = day or timezone.localdate()
    return queryset.filter(ended_at__isnull=True, starts_on__lte=day).filter(
        Q(ends_on__isnull=True) | Q(ends_on__gte=day)).exclude(einde__stops_on__lte=day)


class Direction(models.TextChoices):
    VAN_INWONER = "van_inwoner", _("Van de inwoner")
    AAN_INWONER = "aan_inwoner", _("Aan de inwoner")


class Bericht(PublicModel):
    """A message between the resident (or their representative) and the professionals: part of the file.

    Appended, never edited. A reply points at the message it answers; a message from the resident is open
    on the werkvoorraad of the vaste contactpersoon until a reply to it exists.
    """

    household = household_fk("berichten")
    person = models.ForeignKey("residents.Person", verbose_name=_("in het dossier van"), on_delete=models.PROTECT,
                               related_name="berichten")
    direction = models.CharField(_("richting"), max_length=20, choices=Direction.choices)
    text = models.TextField(_("bericht"), max_length=4000)
    sender = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("afzender"), on_delete=models.PROTECT,
                               related_name="+")
    sender_label = models.CharField(_("namens wie"), max_length=250, blank=True,
                                    help_text=_("Bijvoorbeeld: de mentor, namens de inwoner."))
    to = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("aan"), on_delete=models.PROTECT, null=True,
                           blank=True, related_name="+")
    in_reply_to = models.ForeignKey("self", verbose_name=_("antwoord op"), on_delete=models.PROTECT, null=True,
                                    blank=True, related_name="replies")

    class Meta:
        verbose_name = _("bericht")
        verbose_name_plural = _("berichten")
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["to", "direction", "created_at"], name="bericht_to_direction")]


class Correctieverzoek(PublicModel):
    """A request to correct the file (AVG art. 16): a task for the vaste contactpersoon with its deadline,
    one month after receipt (AVG art. 12 lid 3), counted by the Algemene termijnenwet."""

    household = household_fk("correctieverzoeken")
    person = models.ForeignKey("residents.Person", verbose_name=_("in het dossier van"), on_delete=models.PROTECT,
                               related_name="correctieverzoeken")
    what = models.TextField(_("wat klopt er niet"), max_length=2000)
    should_be = models.TextField(_("wat het moet zijn"), max_length=2000, blank=True)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("gevraagd door"),
                                     on_delete=models.PROTECT, related_name="+")
    requested_label = models.CharField(_("namens wie"), max_length=250, blank=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("wie handelt het af"),
                              on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    due_on = models.DateField(_("uiterlijk"), db_index=True)
    handled_at = models.DateTimeField(_("afgehandeld op"), null=True, blank=True)
    answer = models.TextField(_("antwoord"), max_length=2000, blank=True)

    class Meta:
        verbose_name = _("correctieverzoek")
        verbose_name_plural = _("correctieverzoeken")
        ordering = ["due_on", "id"]


class InzageStatus(models.TextChoices):
    KLAARMAKEN = "klaarmaken", _("Wordt klaargemaakt")
    KLAAR = "klaar", _("Klaar")
    MISLUKT = "mislukt", _("Niet gelukt")
    VERLOPEN = "verlopen", _("Verlopen: de bestanden zijn weggehaald")


class InzageVerzoek(PublicModel):
    """An inzage (AVG art. 15) made in the background for a large file: the resident sees "wordt klaargemaakt",
    then downloads the PDF and the JSON, stored through the storage API (no local files, ADR 0028)."""

    household = household_fk("+")
    person = models.ForeignKey("residents.Person", verbose_name=_("in het dossier van"), on_delete=models.PROTECT,
                               related_name="+")
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("gevraagd door"),
                                     on_delete=models.PROTECT, related_name="+")
    status = models.CharField(_("stand"), max_length=20, choices=InzageStatus.choices,
                              default=InzageStatus.KLAARMAKEN)
    ready_at = models.DateTimeField(_("klaar op"), null=True, blank=True)
    pdf = models.FileField(_("pdf"), storage=documents_storage, max_length=200, blank=True)
    json = models.FileField(_("json"), storage=documents_storage, max_length=200, blank=True)

    class Meta:
        verbose_name = _("inzageverzoek")
        verbose_name_plural = _("inzageverzoeken")
        ordering = ["-created_at", "-id"]

    @property
    def available_until(self):
        """The last day its files can be downloaded: the retention job removes them the night after (ADR 0045)."""
        if self.ready_at is None:
            return None
        days = retention.kind("portal.inzagebestanden").period_days()
        return timezone.localdate(self.ready_at) + dt.timedelta(days=days)


class Deelname(models.Model):
    """That this person's file responded to the invitation of a client-experience survey (ADR 0044).

    Answered or declined, the row is the same, and it has no time and no counting key: it only keeps the
    invitation from coming back. The answers themselves went to the stembus, linked to nothing.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    household = household_fk("+")
    person = models.ForeignKey("residents.Person", verbose_name=_("voor wie"), on_delete=models.PROTECT,
                               related_name="+")
    survey = models.ForeignKey("kompas.Survey", verbose_name=_("onderzoek"), on_delete=models.PROTECT,
                               related_name="+")

    class Meta:
        verbose_name = _("reactie op de vragenlijst over onze hulp")
        verbose_name_plural = _("reacties op de vragenlijst over onze hulp")
        constraints = [models.UniqueConstraint(fields=["survey", "person"], name="portal_deelname_once")]

    def __str__(self):
        return str(self.survey)
