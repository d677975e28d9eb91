"""Documents in a file: attached to a household, a person, a plan, a besluit or a verwijzing.

The content lives in the document storage (storage.py); the row holds what the professional said about it
(category, description), what the content turned out to be (type read from its bytes, size, SHA-256) and
who added it. Appended, never edited: a wrong document is removed by retention, not overwritten.
"""
import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from leefwereld.core.models import PublicModel
from leefwereld.residents.models import household_fk

from .storage import documents_storage


class Onderdeel(models.TextChoices):
    """The part of the file a document belongs to; it decides who may see the document (ADR 0037)."""

    HUISHOUDEN = "huishouden", _("Huishouden")
    PERSOON = "persoon", _("Persoon")
    PLAN = "plan", _("Plan")
    BESLUIT = "besluit", _("Besluit")
    VERWIJZING = "verwijzing", _("Verwijzing")


class DocumentCategorie(models.Model):
    """A kind of document (ID-bewijs, medische verklaring, brief van een instantie) with its bewaartermijn.

    The functional administrator keeps the list and the period; without a period the setting
    LEEFWERELD_DOCUMENTS_RETENTION_YEARS applies. Retention counts from the day the file is closed.
    """

    name = models.CharField(_("naam"), max_length=100, unique=True)
    name_en = models.CharField(_("naam (Engels)"), max_length=100, blank=True)
    retention_years = models.PositiveSmallIntegerField(
        _("bewaartermijn (jaren)"), null=True, blank=True,
        help_text=_("Jaren na het sluiten van het dossier. Leeg: de standaardtermijn van de gemeente."))
    legal_basis = models.CharField(_("grond voor de termijn"), max_length=250, blank=True,
                                   help_text=_("Bijvoorbeeld: Archiefwet, selectielijst gemeenten 2020."))
    active = models.BooleanField(_("in gebruik"), default=True)
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        verbose_name = _("documentcategorie")
        verbose_name_plural = _("documentcategorieën")
        ordering = ["order", "name"]

    def __str__(self):
        return self.name

    @property
    def retention(self):
        """Years after the file closes; the category's own period or the municipality's default."""
        return self.retention_years or settings.LEEFWERELD_DOCUMENTS_RETENTION_YEARS


def _storage_name(instance, filename):
    # A random name: nothing of the resident or the original file name ends up in the storage's paths.
    return f"{instance.household_id}/{uuid.uuid4().hex}"


class Document(PublicModel):
    """A document in the file, with the part it belongs to (one of household, person, plan, besluit,
    verwijzing), its category and description. Visible as that part is (selectors.py)."""

    household = household_fk("documenten")
    part = models.CharField(_("hoort bij"), max_length=20, choices=Onderdeel.choices)
    person = models.ForeignKey("residents.Person", verbose_name=_("persoon"), on_delete=models.PROTECT, null=True,
                               blank=True, related_name="documenten")
    plan = models.ForeignKey("plans.Plan", verbose_name=_("plan"), on_delete=models.PROTECT, null=True, blank=True,
                             related_name="+")
    beschikking = models.ForeignKey("decisions.Beschikking", verbose_name=_("besluit"), on_delete=models.PROTECT,
                                    null=True, blank=True, related_name="+")
    referral = models.ForeignKey("coordination.Referral", verbose_name=_("verwijzing"), on_delete=models.PROTECT,
                                 null=True, blank=True, related_name="+")
    category = models.ForeignKey(DocumentCategorie, verbose_name=_("categorie"), on_delete=models.PROTECT,
                                 related_name="documents")
    description = models.CharField(_("omschrijving"), max_length=300)
    file = models.FileField(_("bestand"), storage=documents_storage, upload_to=_storage_name, max_length=200)
    original_name = models.CharField(_("oorspronkelijke naam"), max_length=200)
    content_type = models.CharField(_("soort bestand"), max_length=100)
    size = models.PositiveIntegerField(_("grootte (bytes)"))
    sha256 = models.CharField(_("controlegetal (SHA-256)"), max_length=64)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("toegevoegd door"),
                                    on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documenten")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["household", "created_at"], name="document_household_created")]
        constraints = [models.CheckConstraint(
            name="document_one_part",
            condition=(models.Q(part="huishouden", person__isnull=True, plan__isnull=True,
                                beschikking__isnull=True, referral__isnull=True)
                       | models.Q(part="persoon", person__isnull=False)
                       | models.Q(part="plan", plan__isnull=False)
                       | models.Q(part="besluit", beschikking__isnull=False)
                       | models.Q(part="verwijzing", referral__isnull=False)))]

    def __str__(self):
        return self.description
