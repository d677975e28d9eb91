"""One door: questions (vragen) and worries (signalen), the light route, and follow-ups."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from leefwereld.core.datum import datum
from leefwereld.core.models import PublicModel
from leefwereld.residents.models import household_fk


class Kind(models.TextChoices):
    VRAAG = "vraag", _("Vraag")
    SIGNAAL = "signaal", _("Signaal (zorg, zonder hulpvraag)")


class BroughtBy(models.TextChoices):
    """Who brought the question in. Anyone can; nobody picks a law."""

    INWONER = "inwoner", _("De inwoner zelf")
    NETWERK = "netwerk", _("Iemand uit het netwerk")
    PROFESSIONAL = "professional", _("Een professional")
    PARTNER = "partner", _("Een partnerorganisatie")
    OUTREACH = "outreach", _("Zelf gezien (direct erop af)")


class Status(models.TextChoices):
    NIEUW = "nieuw", _("Nieuw, nog niet opgepakt")
    OPGEPAKT = "opgepakt", _("Opgepakt")
    AFGEROND = "afgerond", _("Afgerond")


class Uitkomst(models.TextChoices):
    """How a vraag ended. Each comes with a date and what came of it, in words."""

    LICHTE_ROUTE = "lichte_route", _("Beantwoord (lichte route)")
    GESPREK = "gesprek", _("Leidde tot een gesprek (en een plan)")
    INGETROKKEN = "ingetrokken", _("Ingetrokken")
    ANDERS = "anders", _("Op een andere manier beëindigd")


class Vraag(PublicModel):
    """A question or a signal (melding in the broad sense), in the words of whoever brought it.

    `status` is the current status for lists; every change is appended to VraagStatus.
    """

    household = household_fk("vragen")
    person = models.ForeignKey("residents.Person", verbose_name=_("voor wie"), on_delete=models.PROTECT,
                               related_name="vragen")
    team = models.ForeignKey("accounts.Team", verbose_name=_("wijkteam"), on_delete=models.PROTECT,
                             related_name="vragen")
    kind = models.CharField(_("soort"), max_length=10, choices=Kind.choices, default=Kind.VRAAG)
    brought_by = models.CharField(_("wie bracht het in"), max_length=20, choices=BroughtBy.choices)
    brought_by_name = models.CharField(_("naam van wie het inbracht"), max_length=120, blank=True,
                                       help_text=_("Bijvoorbeeld: buurvrouw mevrouw Jansen."))
    words = models.TextField(_("de vraag of zorg, in eigen woorden"), max_length=5000)
    received_on = models.DateField(_("datum"))
    registered_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("geregistreerd door"),
                                      on_delete=models.PROTECT, related_name="+")
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.NIEUW,
                              db_index=True)
    picked_up_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("opgepakt door"),
                                     on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    outcome = models.CharField(_("hoe het afliep"), max_length=20, choices=Uitkomst.choices, blank=True)
    closed_on = models.DateField(_("afgesloten op"), null=True, blank=True)
    outcome_words = models.TextField(_("wat eruit kwam"), blank=True, max_length=2000)
    outcome_tags = models.ManyToManyField("core.OutcomeTag", verbose_name=_("uitkomstlabels"), blank=True,
                                          related_name="+")

    class Meta:
        verbose_name = _("vraag of signaal")
        verbose_name_plural = _("vragen en signalen")
        ordering = ["-received_on", "-id"]
        # The werkvoorraad's lists: owner + status, in date order (ADR 0012).
        indexes = [models.Index(fields=["team", "status"]),
                   models.Index(fields=["team", "status", "received_on", "id"], name="vraag_team_status_received"),
                   models.Index(fields=["picked_up_by", "status", "received_on", "id"],
                                name="vraag_picker_status_received")]

    def __str__(self):
        return f"{self.get_kind_display()} {datum(self.received_on, 'kort')}"


class VraagStatus(models.Model):
    """One step in the life of a vraag: appended, never edited."""

    household = household_fk()
    vraag = models.ForeignKey(Vraag, verbose_name=_("vraag"), on_delete=models.PROTECT, related_name="history")
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    at = models.DateTimeField(_("tijdstip"), auto_now_add=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("door"), on_delete=models.PROTECT,
                           related_name="+")
    note = models.CharField(_("toelichting"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("statuswijziging")
        verbose_name_plural = _("statusgeschiedenis")
        ordering = ["at", "id"]


class HelpKind(models.TextChoices):
    INFORMATIE = "informatie", _("Informatie of advies gegeven")
    COLLECTIEF = "collectief", _("Verwezen naar een voorziening in de buurt")
    EENMALIG = "eenmalig", _("Kleine eenmalige hulp")


class LichteAfhandeling(PublicModel):
    """The light route: a simple question answered and closed the same day, without a plan."""

    household = household_fk()
    vraag = models.OneToOneField(Vraag, verbose_name=_("vraag"), on_delete=models.PROTECT,
                                 related_name="afhandeling")
    help_kind = models.CharField(_("wat is er gedaan"), max_length=20, choices=HelpKind.choices)
    description = models.TextField(_("toelichting"), max_length=2000,
                                   help_text=_("Bijvoorbeeld: treinkaartje naar Utrecht en tien euro voor eten."))
    amount = models.DecimalField(_("bedrag"), max_digits=8, decimal_places=2, null=True, blank=True,
                                 help_text=_("Alleen bij kleine eenmalige hulp."))
    closed_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("afgehandeld door"),
                                  on_delete=models.PROTECT, related_name="+")
    closed_on = models.DateField(_("afgehandeld op"))

    class Meta:
        verbose_name = _("lichte afhandeling")
        verbose_name_plural = _("lichte afhandelingen")


class FollowUp(PublicModel):
    """An agreed next step with a date (opvolging): comes back on the werkvoorraad when due."""

    household = household_fk("followups")
    person = models.ForeignKey("residents.Person", verbose_name=_("persoon"), on_delete=models.PROTECT,
                               related_name="followups")
    what = models.CharField(_("wat"), max_length=300)
    due_on = models.DateField(_("wanneer"), db_index=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("wie"), on_delete=models.PROTECT,
                              related_name="followups")
    done_at = models.DateTimeField(_("gedaan op"), null=True, blank=True)

    class Meta:
        verbose_name = _("opvolging")
        verbose_name_plural = _("opvolgingen")
        ordering = ["due_on", "id"]
        indexes = [models.Index(fields=["owner", "due_on", "id"], condition=models.Q(done_at__isnull=True),
                                name="followup_open_owner_due")]
