"""Who works in Leefwereld: wijkteams and their professionals."""
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _

from leefwereld.core.models import PublicModel


class Discipline(models.TextChoices):
    """The field a professional works in. One question can touch several; nobody picks a law at intake."""

    WMO = "wmo", _("Wmo (ondersteuning thuis)")
    JEUGD = "jeugd", _("Jeugd")
    WERK_INKOMEN = "werk_inkomen", _("Werk en inkomen")
    SCHULDHULP = "schuldhulp", _("Schuldhulp")


class Role(models.TextChoices):
    PROFESSIONAL = "professional", _("Professional wijkteam")
    TEAMLEIDER = "teamleider", _("Teamleider")
    BEHEERDER = "beheerder", _("Functioneel beheerder")
    PRIVACY = "privacy", _("Privacyfunctionaris")
    PARTNER = "partner", _("Professional van een partnerorganisatie")
    # Never see identifiable data: counts with small cells hidden, the sociale kaart, anonymised stories.
    BELEID = "beleid", _("Beleidsmedewerker")
    ADVIESRAAD = "adviesraad", _("Lid van de adviesraad")
    # A resident (or their representative) in Mijn Leefwereld, signed in through the municipality's broker (ADR 0029).
    INWONER = "inwoner", _("Inwoner (Mijn Leefwereld)")


class Team(PublicModel):
    """A wijkteam: the neighbourhood team that households of its area belong to."""

    name = models.CharField(_("naam"), max_length=120, unique=True)
    area = models.CharField(_("werkgebied"), max_length=200, blank=True,
                            help_text=_("Bijvoorbeeld de wijken of dorpen."))
    phone = models.CharField(_("telefoon"), max_length=30, blank=True)

    class Meta:
        verbose_name = _("wijkteam")
        verbose_name_plural = _("wijkteams")
        ordering = ["name"]

    def __str__(self):
        return self.name


class User(AbstractUser):
    """A person who logs in: a professional, a team leader, an administrator or the privacy officer
    (privacyfunctionaris, who reads the security log of the whole organisation)."""

    role = models.CharField(_("rol"), max_length=20, choices=Role.choices, default=Role.PROFESSIONAL)
    discipline = models.CharField(_("vakgebied"), max_length=20, choices=Discipline.choices, blank=True)
    team = models.ForeignKey(
        Team, verbose_name=_("wijkteam"), on_delete=models.PROTECT, null=True, blank=True, related_name="members"
    )
    phone = models.CharField(_("direct telefoonnummer"), max_length=30, blank=True)
    # A partner professional's organisation (on the sociale kaart). Named by label, like access names the
    # resident models: accounts stays below coordination in the layers (ADR 0016).
    organisation = models.ForeignKey(
        "coordination.Organisation", verbose_name=_("partnerorganisatie"), on_delete=models.PROTECT, null=True,
        blank=True, related_name="professionals", help_text=_("Alleen voor professionals van een partner."))
    manager = models.ForeignKey(
        "self", verbose_name=_("leidinggevende"), on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        help_text=_("Wie een belemmering krijgt die bij deze persoon te lang blijft liggen."))

    class Meta:
        verbose_name = _("gebruiker")
        verbose_name_plural = _("gebruikers")
        ordering = ["first_name", "last_name"]

    def __str__(self):
        return self.get_full_name() or self.username

    @property
    def is_teamleider(self):
        return self.role == Role.TEAMLEIDER


def names(relation):
    """The user fields a page needs to name someone (`str(user)`, `get_full_name()`), for `only()`
    on a list that joins a user: the whole row (password hash, settings) is never needed for a name."""
    return (f"{relation}__first_name", f"{relation}__last_name", f"{relation}__username")
