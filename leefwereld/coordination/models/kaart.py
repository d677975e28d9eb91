"""De sociale kaart: what exists locally, at four levels side by side.

Issue 16's decisions (beschikkingen) will point at maatwerk entries for law, article, unit and unit
price: those four fields are the contract, kept on KaartEntry and required (by a constraint) for maatwerk
only. Citizens' initiatives are listed, never monitored: no field here counts or scores them.
"""
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from leefwereld.core.models import PublicModel


class Level(models.TextChoices):
    """The four levels, side by side. The order is for display only: it is never a ranking or a gate."""

    INFORMEEL = "informeel", _("Informeel: vrijwilligers, buurtinitiatieven, lotgenoten, ervaringsdeskundigen")
    COLLECTIEF = "collectief", _("Voor iedereen in de buurt, zonder besluit")
    PARTNER = "partner", _("Partnerorganisatie")
    MAATWERK = "maatwerk", _("Maatwerkvoorziening (met een besluit)")


class OrganisationKind(models.TextChoices):
    ZORG_WELZIJN = "zorg_welzijn", _("Zorg of welzijn")
    JEUGDHULP = "jeugdhulp", _("Jeugdhulp of jeugdreclassering")
    SCHOOL = "school", _("School of ROC")
    SAMENWERKINGSVERBAND = "samenwerkingsverband", _("Samenwerkingsverband passend onderwijs")
    WONINGCORPORATIE = "woningcorporatie", _("Woningcorporatie")
    WERKGEVER = "werkgever", _("Werkgever of sociaal werkbedrijf")
    HUISARTS = "huisarts", _("Huisarts of POH-GGZ")
    POLITIE = "politie", _("Politie (wijkagent)")
    SCHULDHULP = "schuldhulp", _("Schuldhulp")
    DEURWAARDER = "deurwaarder", _("Deurwaarder")
    RECHTBANK = "rechtbank", _("Rechtbank")
    NOODHULP = "noodhulp", _("Rode Kruis of noodhulp")
    VRIJWILLIGERS = "vrijwilligers", _("Vrijwilligersorganisatie")
    INITIATIEF = "initiatief", _("Bewonersinitiatief")
    GEMEENTE = "gemeente", _("Gemeente")
    ANDERS = "anders", _("Anders")


class Law(models.TextChoices):
    WMO = "wmo", _("Wmo 2015")
    JEUGDWET = "jeugdwet", _("Jeugdwet")
    PARTICIPATIEWET = "participatiewet", _("Participatiewet")


class Organisation(PublicModel):
    """An organisation on the kaart. Its professionals can log in as partners (accounts.User.organisation)."""

    name = models.CharField(_("naam"), max_length=200, unique=True)
    kind = models.CharField(_("soort organisatie"), max_length=30, choices=OrganisationKind.choices)
    phone = models.CharField(_("telefoon"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    class Meta:
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Wijk(models.Model):
    """A neighbourhood of the municipality, by the four digits of its postcodes."""

    name = models.CharField(_("naam"), max_length=120, unique=True)
    postcodes = models.CharField(_("postcodecijfers"), max_length=500,
                                 help_text=_("De vier cijfers van de postcodes, met komma's: 5341, 5342."))

    class Meta:
        verbose_name = _("wijk")
        verbose_name_plural = _("wijken")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def postcode_list(self):
        return [p.strip() for p in self.postcodes.split(",") if p.strip()]


class KaartEntry(PublicModel):
    """One thing on the sociale kaart: a group, a provision, a partner's service, or a maatwerkvoorziening.

    Wijken empty: the whole municipality. For maatwerk, `law`, `article`, `unit` and `unit_price` say what a
    decision grants (a later issue's beschikking links here); the other levels leave them empty.
    """

    name = models.CharField(_("naam"), max_length=200)
    level = models.CharField(_("niveau"), max_length=20, choices=Level.choices)
    organisation = models.ForeignKey(Organisation, verbose_name=_("organisatie"), on_delete=models.PROTECT,
                                     null=True, blank=True, related_name="entries")
    description = models.TextField(_("wat het is"), max_length=2000, blank=True)
    domains = models.ManyToManyField("conversations.Domain", verbose_name=_("leefgebieden"), blank=True,
                                     related_name="+")
    wijken = models.ManyToManyField(Wijk, verbose_name=_("wijken"), blank=True, related_name="entries",
                                    help_text=_("Leeg: de hele gemeente."))
    contact = models.CharField(_("contact"), max_length=300, blank=True)
    waiting_weeks = models.PositiveSmallIntegerField(_("wachttijd in weken"), null=True, blank=True,
                                                     help_text=_("0: geen wachttijd. Leeg: onbekend."))
    cost = models.CharField(_("kosten voor de inwoner"), max_length=200, blank=True,
                            help_text=_("Bijvoorbeeld: gratis, of een eigen bijdrage."))
    languages = models.CharField(_("talen"), max_length=200, blank=True,
                                 help_text=_("Bijvoorbeeld: Nederlands, Arabisch."))
    citizens_initiative = models.BooleanField(
        _("burgerinitiatief"), default=False,
        help_text=_("Alleen vermeld: geen registratie, geen cijfers, geen verantwoording."))
    law = models.CharField(_("wet"), max_length=20, choices=Law.choices, blank=True)
    article = models.CharField(_("artikel"), max_length=60, blank=True,
                               help_text=_("Bijvoorbeeld: art. 2.3.5 Wmo 2015."))
    unit = models.CharField(_("eenheid"), max_length=60, blank=True, help_text=_("Bijvoorbeeld: uur per week."))
    unit_price = models.DecimalField(_("prijs per eenheid (euro)"), max_digits=9, decimal_places=2, null=True,
                                     blank=True)
    active = models.BooleanField(_("op de kaart"), default=True)

    class Meta:
        verbose_name = _("onderdeel van de sociale kaart")
        verbose_name_plural = _("sociale kaart")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(name="kaart_maatwerk_has_decision_terms", condition=~Q(level="maatwerk") | (
                ~Q(law="") & ~Q(article="") & ~Q(unit="") & Q(unit_price__isnull=False))),
            models.CheckConstraint(name="kaart_initiative_is_informal",
                                   condition=Q(citizens_initiative=False) | Q(level="informeel")),
        ]
        indexes = [models.Index(fields=["level", "active", "name"], name="kaart_level_active_name")]

    def __str__(self):
        return self.name


class ActionEntry(models.Model):
    """Which kaart entry an action of the plan was chosen from (free text stays possible without one)."""

    household = models.ForeignKey("residents.Household", verbose_name=_("huishouden"), on_delete=models.PROTECT,
                                  related_name="+")
    action = models.OneToOneField("plans.Action", verbose_name=_("actie"), on_delete=models.PROTECT,
                                  related_name="kaart_link")
    entry = models.ForeignKey(KaartEntry, verbose_name=_("onderdeel van de kaart"), on_delete=models.PROTECT,
                              related_name="+")

    class Meta:
        verbose_name = _("actie gekozen van de kaart")
        verbose_name_plural = _("acties gekozen van de kaart")
