"""What the retention job did, per file and kind: the trace an anonymised file keeps (ADR 0039)."""
from django.db import models
from django.utils.translation import gettext_lazy as _

from leefwereld.residents.models import household_fk


class Afhandeling(models.Model):
    """A kind of record of one household's file was anonymised or removed after its period (schone lei).

    Kept after the file is gone: it says that, when and how much, never what.
    """

    household = household_fk("+")
    kind = models.CharField(_("soort gegevens"), max_length=80)
    action = models.CharField(_("wat er gebeurde"), max_length=20)
    done_on = models.DateField(_("gedaan op"))
    closed_on = models.DateField(_("dossier afgesloten op"))

    class Meta:
        verbose_name = _("afhandeling na de bewaartermijn")
        verbose_name_plural = _("afhandelingen na de bewaartermijn")
        constraints = [models.UniqueConstraint(fields=["household", "kind"], name="retention_once_per_kind")]


class Pseudoniem(models.Model):
    """A keyed digest of an anonymised person's BSN, kept only while the audit rows about them are kept.

    So a former resident can still ask who looked at their file (AVG art. 15) until the log's own
    period has passed; then the job removes this row too. The digest cannot be turned back into a BSN
    without the key (RETENTION_PSEUDONYM_KEY).
    """

    person_pk = models.BigIntegerField(_("persoon"), unique=True)
    household_pk = models.BigIntegerField(_("huishouden"))
    bsn_digest = models.CharField(_("sleutel van het BSN"), max_length=64, db_index=True)
    keep_until = models.DateField(_("bewaren tot"))

    class Meta:
        verbose_name = _("pseudoniem")
        verbose_name_plural = _("pseudoniemen")
