"""Casusoverleg and intervisie, reflection with the brief's framework, and lessons.

None of these rows is resident data: they point to shared, anonymised stories only (SharedStory), so they
carry a team instead of a household. A reflection is private to its author (or team) until shared; a
lesson is the team's until it is shared with every team, management and policy (ADR 0024).
"""
from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from leefwereld.core.models import PublicModel


class OverlegKind(models.TextChoices):
    CASUSOVERLEG = "casusoverleg", _("Casusoverleg")
    INTERVISIE = "intervisie", _("Intervisie")


class Participant(models.TextChoices):
    """Who took part, by role: never by name, so the record can be read by the whole team and later."""

    WMO = "wmo", _("Consulent Wmo")
    JEUGD = "jeugd", _("Jeugdprofessional")
    WERK_INKOMEN = "werk_inkomen", _("Consulent werk en inkomen")
    SCHULDHULP = "schuldhulp", _("Schuldhulpverlener")
    TEAMLEIDER = "teamleider", _("Teamleider")
    GEDRAGSDESKUNDIGE = "gedragsdeskundige", _("Gedragsdeskundige")
    PARTNER = "partner", _("Partnerorganisatie")
    ERVARINGSDESKUNDIGE = "ervaringsdeskundige", _("Ervaringsdeskundige")
    JURIST = "jurist", _("Jurist")
    BELEID = "beleid", _("Beleidsmedewerker")
    ANDERS = "anders", _("Iemand anders")


class FollowUpKind(models.TextChoices):
    GEEN = "geen", _("Geen vervolg nodig")
    KNELPUNT = "knelpunt", _("Een knelpunt melden")
    RICHTLIJN = "richtlijn", _("Een richtlijn of werkafspraak aanpassen")
    LES = "les", _("Een les vastleggen")
    ANDERS = "anders", _("Iets anders")


class Overleg(PublicModel):
    """A casusoverleg or intervisie: the shared story, the question, what was learned and what follows."""

    team = models.ForeignKey("accounts.Team", verbose_name=_("wijkteam"), on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(_("soort"), max_length=20, choices=OverlegKind.choices)
    held_on = models.DateField(_("datum"))
    participants = models.JSONField(_("wie deden mee (rol)"), default=list)
    stories = models.ManyToManyField("learning.SharedStory", verbose_name=_("casusverhalen"), blank=True,
                                     related_name="overleggen")
    question = models.TextField(_("de vraag"), max_length=4000)
    learned = models.TextField(_("wat we leerden"), blank=True, max_length=8000)
    follow_up = models.CharField(_("vervolg"), max_length=20, choices=FollowUpKind.choices, default=FollowUpKind.GEEN)
    follow_up_text = models.TextField(_("het vervolg"), blank=True, max_length=4000)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("vastgelegd door"), on_delete=models.PROTECT,
                               related_name="+")

    class Meta:
        verbose_name = _("casusoverleg of intervisie")
        verbose_name_plural = _("casusoverleggen en intervisies")
        ordering = ["-held_on", "-id"]

    def __str__(self):
        return f"{self.get_kind_display()} {self.held_on:%Y-%m-%d}"

    def participant_labels(self):
        labels = dict(Participant.choices)
        return [labels.get(p, p) for p in self.participants]


class Mensbeeld(models.Model):
    """A view of the human being (mensbeeld) with its related values: configurable data (brief, reflection)."""

    name = models.CharField(_("naam"), max_length=80, unique=True)
    name_en = models.CharField(_("naam in het Engels"), max_length=80, blank=True)
    human_as = models.CharField(_("de mens als"), max_length=200)
    human_as_en = models.CharField(_("de mens als (Engels)"), max_length=200, blank=True)
    active = models.BooleanField(_("in gebruik"), default=True)
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        verbose_name = _("mensbeeld")
        verbose_name_plural = _("mensbeelden")
        ordering = ["order", "name"]

    def __str__(self):
        return self.label

    @property
    def label(self):
        return self.name_en if (get_language() or "").startswith("en") and self.name_en else self.name

    @property
    def human_as_label(self):
        return self.human_as_en if (get_language() or "").startswith("en") and self.human_as_en else self.human_as


class Waarde(models.Model):
    """A value that goes with a mensbeeld (doelmatigheid, autonomie, compassie, ...)."""

    mensbeeld = models.ForeignKey(Mensbeeld, verbose_name=_("mensbeeld"), on_delete=models.CASCADE,
                                  related_name="waarden")
    name = models.CharField(_("naam"), max_length=80)
    name_en = models.CharField(_("naam in het Engels"), max_length=80, blank=True)

    class Meta:
        verbose_name = _("waarde")
        verbose_name_plural = _("waarden")
        ordering = ["mensbeeld__order", "id"]
        constraints = [models.UniqueConstraint(fields=["mensbeeld", "name"], name="learning_waarde_unique")]

    def __str__(self):
        return self.label

    @property
    def label(self):
        return self.name_en if (get_language() or "").startswith("en") and self.name_en else self.name


class Strategy(models.TextChoices):
    """The four strategies when rule and conscience clash (Bakker-Klein, "Anders kijken")."""

    AANPASSING = "aanpassing", _("Aanpassing: je past je aan de regel aan en legt de verantwoordelijkheid hoger")
    SLUIKWERK = "sluikwerk", _("Sluikwerk: je doet wat goed is en laat het daarna in de regels passen")
    NORMATIEF = "normatief", _("Normatieve professionalisering: je maakt de spanning open en bespreekbaar")
    DILETTANTISME = "dilettantisme", _("Dilettantisme: open blijven voor wat je niet kunt voorzien")


class Dilemma(models.TextChoices):
    PRIVACY_INGRIJPEN = "privacy_ingrijpen", _("Privacy of ingrijpen")
    RESPECT_INTERVENTIE = "respect_interventie", _("Respect of interventie")
    BETROKKENHEID_DISTANTIE = "betrokkenheid_distantie", _("Betrokkenheid of distantie")
    VERTROUWELIJK_MAATSCHAPPIJ = "vertrouwelijk_maatschappij", _("Vertrouwelijkheid of maatschappelijk belang")
    AFHANKELIJK_ONAFHANKELIJK = "afhankelijk_onafhankelijk", _("Afhankelijkheid of onafhankelijkheid")
    HANDEN_OP_RUG = "handen_op_rug", _("Handen op de rug of direct ingrijpen")


class Stance(models.TextChoices):
    """The basic stance (Van Regenmortel)."""

    KRACHTEN = "krachten", _("Krachtenperspectief")
    PRESENTIE = "presentie", _("Presentie")
    AUTONOMIE = "autonomie", _("Respect voor autonomie")
    PARTNERSCHAP = "partnerschap", _("Partnerschap")


# The three dimensions of professional work, each with its question.
DIMENSIONS = [
    ("technisch", _("Technisch-instrumenteel"), _("Is mijn handelen effectief en efficiënt?")),
    ("normatief", _("Normatief"), _("Is mijn handelen ethisch verantwoord?")),
    ("persoonlijk", _("Persoonlijk"), _("Is mijn handelen echt, waarachtig?")),
]
# The questions practitioners use; "Kan je er ook anders naar kijken?" has its own field, always last.
QUESTIONS = [
    ("zelf", _("Wat denkt u zelf?")),
    ("wel", _("Maar wat kunt u dan wel?")),
    ("toekomst", _("Wat is uw eigen toekomstbeeld, en wat heeft u daarin nodig?")),
    ("niet_willen", _("Wat zit er achter dat iemand niet wil?")),
    ("met_jou", _("Wat doet dit met je?")),
    ("moeder", _("Wat zou je doen als het je eigen moeder was?")),
]


class ReflectionScope(models.TextChoices):
    EIGEN = "eigen", _("Alleen voor mij")
    TEAM = "team", _("Voor mijn team")


class Reflection(PublicModel):
    """A reflection on a case with the framework: private to its author, or to the team, until shared."""

    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("van"), on_delete=models.PROTECT,
                               related_name="+")
    team = models.ForeignKey("accounts.Team", verbose_name=_("wijkteam"), on_delete=models.PROTECT, related_name="+")
    scope = models.CharField(_("voor wie"), max_length=10, choices=ReflectionScope.choices,
                             default=ReflectionScope.EIGEN)
    story = models.ForeignKey("learning.SharedStory", verbose_name=_("casusverhaal"), on_delete=models.PROTECT,
                              null=True, blank=True, related_name="reflections")
    overleg = models.ForeignKey(Overleg, verbose_name=_("overleg"), on_delete=models.PROTECT, null=True, blank=True,
                                related_name="reflections")
    situation = models.TextField(_("de situatie"), max_length=4000)
    dimensions = models.JSONField(_("drie dimensies"), default=dict, blank=True)
    mensbeelden = models.ManyToManyField(Mensbeeld, verbose_name=_("mensbeelden"), blank=True, related_name="+")
    waarden = models.ManyToManyField(Waarde, verbose_name=_("waarden"), blank=True, related_name="+")
    strategy = models.CharField(_("strategie"), max_length=20, choices=Strategy.choices, blank=True)
    dilemmas = models.JSONField(_("dilemma's"), default=list, blank=True)
    stance = models.JSONField(_("basishouding"), default=list, blank=True)
    questions = models.JSONField(_("vragen uit de praktijk"), default=dict, blank=True)
    anders_kijken = models.TextField(_("Kan je er ook anders naar kijken?"), blank=True, max_length=4000)
    shared_at = models.DateTimeField(_("gedeeld met het team op"), null=True, blank=True)

    class Meta:
        verbose_name = _("reflectie")
        verbose_name_plural = _("reflecties")
        ordering = ["-created_at"]

    def __str__(self):
        return str(_("Reflectie %(id)s") % {"id": self.public_id})

    def dimension_rows(self):
        return [(label, question, self.dimensions.get(key, "")) for key, label, question in DIMENSIONS]

    def question_rows(self):
        return [(question, self.questions.get(key, "")) for key, question in QUESTIONS if self.questions.get(key)]

    def dilemma_labels(self):
        labels = dict(Dilemma.choices)
        return [labels[d] for d in self.dilemmas if d in labels]

    def stance_labels(self):
        labels = dict(Stance.choices)
        return [labels[s] for s in self.stance if s in labels]


class LessonKind(models.TextChoices):
    PRINCIPE = "principe", _("Werkzaam principe: wat werkt in welke situatie")
    DOEN = "doen", _("Doen")
    NIET_DOEN = "niet_doen", _("Niet doen")
    FOUT = "fout", _("Fout waarvan we leerden")


class Lesson(PublicModel):
    """A lesson for team leaders, management and policy, with the case stories it comes from.

    Shared lessons are read by every team, management and policy, and exported for other
    municipalities (docs/lessons-format.md).
    """

    team = models.ForeignKey("accounts.Team", verbose_name=_("wijkteam"), on_delete=models.PROTECT, related_name="+")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("vastgelegd door"), on_delete=models.PROTECT,
                               related_name="+")
    kind = models.CharField(_("soort les"), max_length=20, choices=LessonKind.choices)
    title = models.CharField(_("de les in één zin"), max_length=200)
    situation = models.TextField(_("in welke situatie"), blank=True, max_length=4000)
    text = models.TextField(_("toelichting"), blank=True, max_length=8000)
    stories = models.ManyToManyField("learning.SharedStory", verbose_name=_("casusverhalen"), blank=True,
                                     related_name="lessons")
    overleg = models.ForeignKey(Overleg, verbose_name=_("uit het overleg"), on_delete=models.PROTECT, null=True,
                                blank=True, related_name="lessons")
    shared_at = models.DateTimeField(_("gedeeld op"), null=True, blank=True, db_index=True)
    shared_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("gedeeld door"), on_delete=models.PROTECT,
                                  null=True, blank=True, related_name="+")

    class Meta:
        verbose_name = _("les")
        verbose_name_plural = _("lessen")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title
