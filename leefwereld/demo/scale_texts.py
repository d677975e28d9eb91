"""Short Dutch texts for synthetic households: a handful each, picked at random by scale.py."""

VRAGEN = [
    "Ik red het niet meer met de administratie sinds mijn man is overleden.",
    "Mijn zoon zit al maanden thuis en wil niet meer naar school.",
    "We hebben een betalingsachterstand bij de huur en durven de post niet meer open te maken.",
    "Ik kan de trap niet meer op en slaap nu beneden op de bank.",
    "Mijn moeder wordt vergeetachtig en ik weet niet hoe lang ik dit nog volhoud.",
    "Ik zoek werk, maar met mijn rugklachten lukt fulltime niet.",
    "Sinds de scheiding hebben we ruzie over de kinderen en dat merken ze.",
    "Ik voel me erg alleen en kom de deur bijna niet meer uit.",
    "De energierekening is veel hoger geworden en we komen niet rond.",
    "Mijn dochter heeft autisme en de school weet niet goed wat ze met haar moeten.",
    "Ik wil graag weer vrijwilligerswerk doen, maar weet niet waar te beginnen.",
    "We hebben hulp nodig bij het aanvragen van toeslagen.",
]

SIGNALEN = [
    "Buurvrouw maakt zich zorgen: meneer laat al dagen de gordijnen dicht.",
    "De huisarts ziet dat mevrouw afvalt en afspraken mist.",
    "Woningcorporatie meldt een huurachterstand van drie maanden.",
    "School meldt dat de kinderen vaak zonder ontbijt komen.",
    "Wijkagent hoorde harde ruzie bij het gezin op nummer 12.",
]

STORY = [
    "Mevrouw werkte dertig jaar in de thuiszorg en zorgde altijd voor anderen.",
    "Hij is opgegroeid in een groot gezin en heeft nog veel contact met zijn zussen.",
    "Na het verlies van haar baan raakte het ritme van de dag weg.",
    "Ze vertelt trots over haar kleinkinderen, die elke zondag langskomen.",
    "De verhuizing naar deze wijk was een nieuw begin, maar ze kent hier nog weinig mensen.",
    "Belangrijk voor hem: zelf blijven koken en zijn eigen boodschappen doen.",
    "Ze wil graag thuis blijven wonen, in haar eigen huis met de tuin.",
    "Hij wil dat zijn kinderen zich veilig voelen, dat staat voorop.",
    "Wat goed gaat: ze houdt haar huis netjes en loopt elke dag een rondje.",
    "Hij kan goed met computers en helpt de buren met hun telefoon.",
    "Ze zingt in een koor; daar haalt ze energie uit.",
    "De schulden zijn ontstaan na een periode van ziekte.",
    "Zelf denkt ze dat een beetje hulp bij de post al genoeg is.",
    "Hij wil eerst zelf met zijn broer praten voordat er iemand anders bij komt.",
    "Nodig is vooral overzicht: wat moet wanneer betaald worden.",
    "Het gezin heeft een vaste dagstructuur nodig, ook in de vakanties.",
    "Ze is bang dat hulp betekent dat ze haar zelfstandigheid kwijtraakt.",
    "Mantelzorg door de dochter gaat goed, maar zij is zelf ook moe.",
    "Hij doet elke week boodschappen voor de oudere buurvrouw.",
    "De kinderen sporten graag; de contributie is een zorg.",
]

DOES = [
    "Doet wekelijks boodschappen.",
    "Belt elke avond even.",
    "Helpt met de post en de rekeningen.",
    "Past op de kinderen op woensdag.",
    "Rijdt mee naar het ziekenhuis.",
    "Komt op zondag koken.",
    "",
    "",
]

FOLLOWUPS = [
    "Bellen hoe het gaat na het gesprek met de woningcorporatie.",
    "Samen de post doornemen.",
    "Terugbellen over de aanvraag bijzondere bijstand.",
    "Langsgaan om het plan te bespreken.",
    "Navragen of de dagbesteding is gestart.",
    "Contact met school over de terugkeer.",
    "Afspraak met de schuldhulpverlener voorbereiden.",
    "Vragen hoe het met de mantelzorger gaat.",
]

SAFETY = [
    "Grote hond in huis; even bellen voor een bezoek.",
    "Ga met z'n tweeën.",
    "Niet aanbellen na 20.00 uur: meneer schrikt snel.",
]
