"""The audit log in words a resident understands: "Fatima El Amrani, uw contactpersoon, bekeek uw plan".

Each audited action maps to a short B1 phrase by its first part (plans., beschikkingen., …); an action
with a reason (a blanco file opened on purpose, safety over consent, emergency access) shows the reason.
"""
from django.utils.translation import gettext_lazy as _

from leefwereld.accounts.models import Role

# The first match wins: whole action names first, then their prefix.
WHAT = [
    ("werkvoorraad.", _("zag uw naam in een werklijst")),
    ("persons.search", _("vond u bij het zoeken")),
    ("persons.open_file", _("opende uw dossier op een moment dat dat niet gewoon was")),
    ("noodtoegang.open", _("opende uw dossier met noodtoegang: iemand van een ander team, in een noodsituatie")),
    ("noodtoegang.seen", _("controleerde of de noodtoegang tot uw dossier terecht was")),
    ("persons.update", _("veranderde uw gegevens")),
    ("persons.communication", _("veranderde hoe we contact met u hebben")),
    ("persons.", _("bekeek uw dossier")),
    ("households.close", _("sloot uw dossier af of opende het weer")),
    ("households.", _("bekeek uw huishouden")),
    ("retention.", _("ruimde een deel van uw dossier op, omdat de bewaartermijn voorbij was")),
    ("plans.view", _("bekeek uw plan")),
    ("plans.review", _("keek mee met uw plan")),
    ("plans.agreement", _("schreef op wat u van het plan vindt")),
    ("plans.", _("veranderde uw plan")),
    ("gesprekken.view", _("las een gesprek met u")),
    ("gesprekken.", _("schreef een gesprek met u op")),
    ("vragen.", _("werkte aan uw vraag")),
    ("beschikkingen.view", _("bekeek een besluit over u")),
    ("beschikkingen.", _("werkte aan een besluit over u")),
    ("procedures.", _("werkte aan uw aanvraag of melding")),
    ("sharing.safety", _("deelde gegevens zonder uw toestemming, omdat veiligheid voorging")),
    ("sharing.", _("bekeek of veranderde wat er gedeeld mag worden")),
    ("referrals.", _("werkte aan een verwijzing")),
    ("berichten.", _("las of beantwoordde uw berichten")),
    ("correcties.", _("handelde uw verzoek om iets te verbeteren af")),
    ("portal.survey", _("reageerde voor u op de vragenlijst over onze hulp (de antwoorden zijn anoniem)")),
    ("portal.", _("bekeek uw dossier in Mijn Leefwereld")),
    ("casestories.", _("maakte een leerverhaal zonder uw naam")),
]
FALLBACK = _("bekeek of veranderde uw dossier")


def _what(action):
    return next((text for prefix, text in WHAT if action == prefix or action.startswith(prefix)), FALLBACK)


def _who(event, person):
    if event.actor_id and event.actor_id == person.contactpersoon_id:
        return _("uw contactpersoon")
    if event.actor_id and event.actor_id == person.stand_in_id:
        return _("de vervanger van uw contactpersoon")
    return {Role.INWONER: _("uw vertegenwoordiger"), Role.PARTNER: _("van een partnerorganisatie"),
            Role.TEAMLEIDER: _("teamleider van het wijkteam"),
            Role.PRIVACY: _("privacyfunctionaris")}.get(event.actor_role, _("van het wijkteam"))


def describe(event, person):
    return {"at": event.at, "name": event.actor_name or _("Iemand van de gemeente"), "who": _who(event, person),
            "what": _what(event.action), "reason": event.reason}
