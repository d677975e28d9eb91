"""Every action in Leefwereld by name: who may do it, on what, and whether it is logged.

This table is the single source for the policy, the system check on views, the
role x action matrix test and docs/authorisation.md (manage.py authorisation_doc).
"""
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from leefwereld.accounts.models import Role

PRO = Role.PROFESSIONAL
LEAD = Role.TEAMLEIDER
ADMIN = Role.BEHEERDER
PRIVACY = Role.PRIVACY
PARTNER = Role.PARTNER
POLICY = BELEID = Role.BELEID
RAAD = COUNCIL = Role.ADVIESRAAD
# A resident acts only through the portal's pages (access.views.requires(resident=True), ADR 0029); the
# services below that they may call list them, so the same guard checks and logs what they do.
INWONER = Role.INWONER
EVERYONE = [PRO, LEAD, ADMIN, PRIVACY, PARTNER, POLICY, RAAD]

# Scopes: what the action is done on.
NONE = "none"  # no resident's file is involved
HOUSEHOLD = "household"  # a household (or a person in it) must be visible to the actor
PUBLIC = "public"  # no log-in needed (the log-in page itself)


@dataclass(frozen=True)
class Action:
    name: str
    label: str
    roles: frozenset
    scope: str = HOUSEHOLD
    audited: bool = True  # writes are always audited; reads of a file too
    reason_required: bool = False


def _a(name, label, roles, scope=HOUSEHOLD, audited=True, reason_required=False):
    return Action(name, label, frozenset(roles), scope, audited, reason_required)


ACTIONS = {a.name: a for a in [
    _a("public", _("Openbare pagina (inloggen)"), [], scope=PUBLIC, audited=False),
    _a("account.self", _("Eigen account: uitloggen, taal kiezen"), EVERYONE, scope=NONE, audited=False),
    # The sign-in flow and the own account write security events themselves (audit.security).
    _a("account.verify", _("Inloggen, tweede stap: code invoeren of app koppelen"), EVERYONE, scope=NONE,
       audited=False),
    _a("account.security", _("Eigen account: wachtwoord wijzigen, nieuwe herstelcodes"), EVERYONE, scope=NONE,
       audited=False),
    # Audited: the werkvoorraad lists people; its row says whom (ADR 0007).
    _a("werkvoorraad.view", _("Werkvoorraad bekijken"), [PRO, LEAD], scope=NONE),
    _a("persons.search", _("Personen zoeken"), [PRO, LEAD], scope=NONE),
    _a("persons.create", _("Persoon inschrijven"), [PRO, LEAD]),
    # Haal Centraal BRP (koppelingen, ADR 0027): the purpose of every query is its reason (doelbinding).
    _a("brp.query", _("Persoon opzoeken in de BRP (met doel)"), [PRO, LEAD], scope=NONE, reason_required=True),
    _a("persons.view_basic", _("Blanco voorbereiding: alleen naam, adres, telefoon en veiligheid"), [PRO, LEAD]),
    _a("persons.view", _("Dossier van een persoon bekijken"), [PRO, LEAD]),
    _a("persons.blanco", _("Kiezen voor een blanco voorbereiding"), [PRO, LEAD]),
    _a("persons.open_file", _("Dossier bewust openen tijdens blanco voorbereiding"), [PRO, LEAD],
       reason_required=True),
    _a("persons.update", _("Persoonsgegevens wijzigen"), [PRO, LEAD]),
    _a("persons.communication", _("Communicatie: taal, kanaal en wat helpt bij contact"), [PRO, LEAD, INWONER]),
    _a("persons.assign_contact", _("Vaste contactpersoon en vervanger toewijzen"), [PRO, LEAD]),
    _a("households.view", _("Huishouden bekijken"), [PRO, LEAD]),
    _a("households.update", _("Huishouden wijzigen of lid toevoegen"), [PRO, LEAD]),
    _a("households.close", _("Dossier afsluiten of heropenen"), [PRO, LEAD], reason_required=True),
    _a("network.update", _("Netwerk vastleggen"), [PRO, LEAD]),
    _a("vragen.create", _("Vraag of signaal registreren"), [PRO, LEAD]),
    _a("vragen.view", _("Vraag of signaal bekijken"), [PRO, LEAD]),
    _a("vragen.pick_up", _("Vraag of signaal oppakken"), [PRO, LEAD]),
    _a("vragen.close_light", _("Lichte route: vraag afhandelen en afsluiten"), [PRO, LEAD]),
    _a("vragen.close", _("Vraag afsluiten met wat eruit kwam"), [PRO, LEAD]),
    _a("followups.create", _("Opvolging plannen"), [PRO, LEAD]),
    _a("followups.done", _("Opvolging afronden"), [PRO, LEAD]),
    _a("gesprekken.view", _("Gesprek bekijken"), [PRO, LEAD]),
    _a("gesprekken.create", _("Gesprek vastleggen"), [PRO, LEAD]),
    _a("gesprekken.update", _("Gesprek wijzigen"), [PRO, LEAD]),
    _a("contactmomenten.create", _("Contactmoment vastleggen"), [PRO, LEAD]),
    _a("assessments.view", _("Meting leefgebieden bekijken"), [PRO, LEAD]),
    _a("assessments.create", _("Meting leefgebieden vastleggen"), [PRO, LEAD]),
    _a("plans.view", _("Plan bekijken"), [PRO, LEAD]),
    _a("plans.create", _("Plan starten"), [PRO, LEAD]),
    _a("plans.edit", _("Doelen en acties van een plan wijzigen"), [PRO, LEAD, INWONER]),
    _a("plans.regie", _("Regiehouder van een plan kiezen of tijdelijk overnemen"), [PRO, LEAD]),
    _a("plans.submit", _("Plan voorleggen aan collega's (vier-ogen)"), [PRO, LEAD]),
    _a("plans.review", _("Meekijken: instemmen met een plan of het terugsturen"), [PRO, LEAD]),
    _a("plans.agreement", _("Instemming of bezwaar van de inwoner vastleggen"), [PRO, LEAD, INWONER]),
    _a("plans.evaluate", _("Plan evalueren of afsluiten"), [PRO, LEAD]),
    _a("procedures.view", _("Meldingen, aanvragen en hun termijnen bekijken"), [PRO, LEAD]),
    _a("procedures.manage", _("Melding of aanvraag starten, termijn opschorten of verdagen, intrekken"), [PRO, LEAD]),
    _a("beschikkingen.view", _("Beschikking en brief bekijken"), [PRO, LEAD]),
    _a("beschikkingen.draft", _("Beschikking opstellen of voorstellen"), [PRO, LEAD]),
    _a("beschikkingen.decide", _("Beschikking vaststellen, corrigeren of intrekken (met mandaat)"), [PRO, LEAD]),
    _a("beschikkingen.send", _("Beschikking verzenden: de brief wordt gemaakt"), [PRO, LEAD]),
    # iWmo/iJw (koppelingen, ADR 0026): assigning a provision to a provider sends the resident's data there.
    _a("toewijzingen.send", _("Voorziening toewijzen aan een aanbieder (iWmo/iJw-bericht)"), [PRO, LEAD]),
    # A provider's message (start, stop, request) is read by the system, not a person: its row has no actor.
    _a("toewijzingen.receive", _("Bericht van een aanbieder verwerkt (start, stop, verzoek)"), [], scope=NONE),
    # The exchange pages (ADR 0041): the professional reads a household's messages; the administrator watches
    # the exchange per provider and the BRP and zaaksysteem calls, without whom they were about.
    _a("toewijzingen.view", _("iWmo/iJw-berichten en toewijzingen bekijken (huishouden, aanbieder, bericht)"),
       [PRO, LEAD]),
    _a("koppelingen.monitor", _("Koppelingen bewaken: berichtenverkeer per aanbieder, fouten, BRP en zaaksysteem "
                                "(zonder over wie)"), [ADMIN], scope=NONE, audited=False),
    _a("beschikkingen.zaak", _("Besluit met brief registreren als zaak in het zaaksysteem (ZGW)"), [PRO, LEAD]),
    _a("bezwaren.manage", _("Bezwaar registreren, hoorzitting en uitkomst vastleggen"), [PRO, LEAD]),
    # Case stories (learning): the original is read and written like the file; the shared, anonymised
    # version is no resident data, so reading it is not logged (who shared it is, ADR 0021).
    _a("casestories.create", _("Casusverhaal maken uit een dossier"), [PRO, LEAD]),
    _a("casestories.view", _("Casusverhaal met het origineel bekijken"), [PRO, LEAD]),
    _a("casestories.edit", _("Casusverhaal schrijven, anonimiseren en verbeteren"), [PRO, LEAD]),
    _a("casestories.review", _("Geanonimiseerd casusverhaal controleren naast het origineel"), [PRO, LEAD]),
    _a("casestories.share", _("Gecontroleerd casusverhaal delen"), [PRO, LEAD]),
    _a("casestories.shared", _("Gedeelde, geanonimiseerde casusverhalen lezen"), [PRO, LEAD, BELEID, RAAD], scope=NONE,
       audited=False),
    # Room for judgement (ruimte): guidelines hold no resident data; deviations belong to the team's files;
    # barriers name a case by reference only, so policy staff read them without seeing a resident.
    _a("guidelines.view", _("Richtlijnen en hun ruimte lezen"), [PRO, LEAD, ADMIN, POLICY], scope=NONE,
       audited=False),
    _a("guidelines.manage", _("Richtlijnen beheren: nieuwe richtlijn of nieuwe versie"), [ADMIN], scope=NONE),
    _a("deviations.view", _("Afwijking bekijken, met eerdere besluiten van het team"), [PRO, LEAD]),
    _a("deviations.create", _("Afwijking openlijk vastleggen"), [PRO, LEAD]),
    _a("deviations.discuss", _("Afwijking bespreken met een collega of in het casusoverleg"), [PRO, LEAD]),
    _a("deviations.cover", _("Dekking geven of niet geven, of een afwijking weigeren"), [LEAD]),
    _a("deviations.team", _("Afwijkingen en casusoverleg van het eigen team bekijken"), [PRO, LEAD], scope=NONE),
    _a("consistency.spread", _("Spreiding van besluiten per richtlijn bekijken (geen personen)"), [LEAD, POLICY],
       scope=NONE),
    _a("barriers.report", _("Belemmering melden"), [PRO, LEAD], scope=NONE),
    _a("barriers.view", _("Belemmeringen bekijken: eigen meldingen, als eigenaar, of het register"),
       [PRO, LEAD, POLICY], scope=NONE),
    _a("barriers.answer", _("Belemmering beantwoorden als eigenaar (of diens leidinggevende)"), [PRO, LEAD, POLICY],
       scope=NONE),
    _a("barriers.register", _("Register van belemmeringen: groeperen en exporteren"), [LEAD, POLICY], scope=NONE),
    # One budget across the schotten (money).
    _a("costs.view", _("Kosten en stapeling van een huishouden bekijken"), [PRO, LEAD]),
    _a("costs.book", _("Kosten boeken: een voorziening of eenmalige hulp"), [PRO, LEAD]),
    _a("contributions.manage", _("Eigen bijdragen, kortingen en terugbetalingen vastleggen"), [PRO, LEAD]),
    _a("budgets.view", _("Uitgaven tegen het budget bekijken (geen personen)"), [LEAD, POLICY], scope=NONE),
    _a("budgets.manage", _("Budgetten en bijdrageregels beheren"), [ADMIN], scope=NONE),
    # Casusoverleg, intervisie, reflection and lessons (learning, ADR 0024): no resident data, only shared
    # stories; reading is not logged, every write is.
    _a("overleg.view", _("Casusoverleggen en intervisies van het eigen team lezen"), [PRO, LEAD], scope=NONE,
       audited=False),
    _a("overleg.record", _("Casusoverleg of intervisie vastleggen"), [PRO, LEAD], scope=NONE),
    _a("reflections.view", _("Eigen reflecties en die van het team lezen"), [PRO, LEAD], scope=NONE, audited=False),
    _a("reflections.write", _("Reflecteren op een casus, de reflectie delen met het team"), [PRO, LEAD], scope=NONE),
    _a("lessons.view", _("Lessen lezen: van het eigen team en gedeelde lessen"), [PRO, LEAD, POLICY], scope=NONE,
       audited=False),
    _a("lessons.write", _("Les vastleggen en delen met andere teams"), [PRO, LEAD], scope=NONE),
    _a("lessons.export", _("Gedeelde lessen exporteren (JSON)"), [PRO, LEAD, POLICY], scope=NONE, audited=False),
    # The kwaliteitskompas (kompas, ADR 0025): aggregates only, never a resident.
    _a("kompas.view", _("Kwaliteitskompas bekijken en exporteren (CSV, PDF)"), [PRO, LEAD, POLICY], scope=NONE,
       audited=False),
    _a("kompas.interpret", _("Duiding bij een indicator schrijven"), [PRO, LEAD, POLICY], scope=NONE),
    _a("kompas.stories", _("Gedeeld casusverhaal naast een indicator zetten"), [LEAD, POLICY], scope=NONE),
    _a("survey.enter", _("Cliëntervaringsonderzoek klaarzetten en ingevulde vragenlijsten invoeren (anoniem)"),
       [PRO, LEAD, POLICY], scope=NONE),
    # The adviesraad (ADR 0025): anonymised stories, suppressed figures and the advice register.
    _a("council.view", _("Adviesraad: vergaderingen, gedeelde verhalen, cijfers (kleine aantallen verborgen), "
                         "adviesregister"), [COUNCIL, POLICY], scope=NONE, audited=False),
    _a("council.meetings", _("Vergadering van de adviesraad plannen, agenda en casuïstiek"), [COUNCIL], scope=NONE),
    _a("council.contribute", _("Bijdragen als lid, ervaringsdeskundige of inwoner"), [COUNCIL], scope=NONE),
    _a("advice.register", _("Advies van de adviesraad registreren"), [COUNCIL], scope=NONE),
    _a("advice.answer", _("Antwoord, besluit en wat er veranderde bij een advies vastleggen"), [POLICY],
       scope=NONE),
    _a("beheer.manage", _("Beheer: wijkteams, gebruikers en instrumenten (elke wijziging in het logboek)"), [ADMIN],
       scope=NONE),
    _a("audit.view_team", _("Logboek van het eigen team bekijken en exporteren"), [LEAD], scope=NONE),
    _a("security.view_log", _("Beveiligingslog bekijken (teamleider: eigen team; privacyfunctionaris: alles)"),
       [LEAD, PRIVACY], scope=NONE),
    # Samenwerken (coordination, issue 15, ADR 0016): the sociale kaart, grounds for sharing, referrals,
    # partner professionals, safety over consent and escalation.
    _a("kaart.view", _("Sociale kaart bekijken"), [PRO, LEAD, ADMIN, PARTNER, BELEID, RAAD], scope=NONE,
       audited=False),
    _a("kaart.manage", _("Sociale kaart beheren: importeren en exporteren"), [ADMIN], scope=NONE),
    _a("sharing.view", _("Grondslagen voor delen en betrokkenen bekijken"), [PRO, LEAD]),
    _a("sharing.record", _("Grondslag voor delen of toestemming vastleggen"), [PRO, LEAD, INWONER]),
    _a("sharing.withdraw", _("Toestemming intrekken (gaat direct in)"), [PRO, LEAD, INWONER]),
    _a("sharing.safety", _("Delen zonder toestemming omdat veiligheid voorgaat"), [PRO, LEAD], reason_required=True),
    _a("sharing.safety_seen", _("Delen zonder toestemming gezien (teamleider)"), [LEAD]),
    _a("referrals.create", _("Verwijzen naar een partner, binnen de grondslag"), [PRO, LEAD]),
    _a("referrals.view", _("Verwijzing bekijken (partner: alleen de eigen)"), [PRO, LEAD, PARTNER]),
    _a("referrals.respond", _("Verwijzing beantwoorden: accepteren, afwijzen, voortgang, afronden"), [PARTNER]),
    _a("partner.inbox", _("Werkvoorraad van een partner: de eigen verwijzingen"), [PARTNER], scope=NONE),
    _a("escalations.create", _("Escaleren naar wie doorzettingsmacht heeft"), [PRO, LEAD]),
    # The named owner of an escalation may sit outside the household's team (a chain manager): they see the
    # escalation itself, checked by ownership in coordination, not the file.
    _a("escalations.decide", _("Besluiten over een escalatie (doorzettingsmacht): alleen wie haar nu heeft"),
       [PRO, LEAD], scope=NONE),
    _a("veiligheidsplan.edit", _("Veiligheidsplan vastleggen"), [PRO, LEAD]),
    _a("collectief.view", _("Signalen voor het collectief: tellingen per wijk en thema, niet herleidbaar"),
       [PRO, LEAD, BELEID, RAAD], scope=NONE, audited=False),
    _a("coordinatietijd.view", _("Tijd met de inwoner en tijd voor afstemmen, per maand (team)"), [PRO, LEAD],
       scope=NONE, audited=False),
    # Notifications to residents (notify, ADR 0031): the administrator sees what could not be sent, without
    # who it was for or what it said, and sends it again.
    _a("notify.dead_letters", _("Meldingen die niet verzonden konden worden bekijken"), [ADMIN], scope=NONE,
       audited=False),
    _a("notify.retry", _("Een niet verzonden melding opnieuw versturen"), [ADMIN], scope=NONE),
    # Mijn Leefwereld (portal, issue 18, ADR 0029 and 0030): the resident's own file, through their own grantee.
    _a("portal.view", _("Mijn Leefwereld: het eigen dossier lezen (of dat van wie men vertegenwoordigt)"),
       [INWONER]),
    _a("portal.write", _("Mijn Leefwereld: bericht sturen, correctie vragen"), [INWONER]),
    _a("portal.inzage", _("Mijn Leefwereld: inzage in alles wat de gemeente heeft (AVG art. 15)"), [INWONER]),
    # Client experience (ADR 0044): the row names the survey, never the answers, and is the same for a decline.
    _a("portal.survey", _("Mijn Leefwereld: de vragenlijst over onze hulp invullen of overslaan (anoniem)"),
       [INWONER]),
    _a("portal.account", _("Mijn Leefwereld: kiezen wiens dossier, uitloggen"), [INWONER], scope=NONE, audited=False),
    _a("berichten.view", _("Berichten van een inwoner lezen"), [PRO, LEAD]),
    _a("berichten.reply", _("Een inwoner antwoorden"), [PRO, LEAD]),
    _a("correcties.handle", _("Correctieverzoek afhandelen (AVG art. 16)"), [PRO, LEAD]),
    # Noodtoegang and the privacy officer's report (toezicht, ADR 0038). Opening is checked by the service (the
    # household is outside the rule until then); the team leader marks the openings of their own team seen.
    _a("noodtoegang.open", _("Noodtoegang: een dossier buiten het eigen team openen in een noodsituatie (met reden, "
                             "tijdelijk)"), [PRO, LEAD], scope=NONE, reason_required=True),
    _a("noodtoegang.seen", _("Noodtoegang door een teamlid gezien (teamleider)"), [LEAD], scope=NONE),
    _a("toezicht.report", _("Ongebruikelijke toegang bekijken, tot op de regels van het logboek"), [PRIVACY],
       scope=NONE),
    _a("vertegenwoordiging.view", _("Vertegenwoordigers van een inwoner bekijken, met de geschiedenis"), [PRO, LEAD]),
    _a("vertegenwoordiging.manage", _("Vertegenwoordiger vastleggen of beëindigen"), [PRO, LEAD]),
    # Documents (documenten, ADR 0037): as visible as the part of the file they belong to; every download logged.
    _a("documenten.view", _("Documenten van een dossier bekijken (partner: die bij de eigen verwijzing)"),
       [PRO, LEAD, PARTNER]),
    _a("documenten.download", _("Document downloaden (elke download in het logboek)"), [PRO, LEAD, PARTNER, INWONER]),
    _a("documenten.add", _("Document toevoegen aan een dossier (soort gecontroleerd op inhoud)"), [PRO, LEAD]),
]}


def get_action(name) -> Action:
    try:
        return ACTIONS[name]
    except KeyError as exc:
        raise LookupError(f"Unknown action {name!r}: add it to access/actions.py") from exc
