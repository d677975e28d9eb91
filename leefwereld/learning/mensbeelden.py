"""The default mensbeelden and their values (product brief, reflection framework); configurable in beheer.

The thesis's own figure has a "modern christelijk" mensbeeld instead of the liberal one: it is installed
too, not in use, so a municipality switches with one tick.
"""

DEFAULT_MENSBEELDEN = [
    ("Neutraal", "Neutral", "rationele calculator van het eigen voordeel", "rational calculator of own advantage", True,
     [("doelmatigheid", "efficiency"), ("rechtmatigheid", "lawfulness"), ("gelijkheid", "equality"),
      ("adequaatheid", "adequacy"), ("billijkheid", "fairness"), ("rechtvaardigheid", "justice"),
      ("objectiviteit", "objectivity")]),
    ("Liberaal", "Liberal", "vrij, autonoom en onafhankelijk individu", "free, autonomous, independent individual",
     True,
     [("marktwerking", "market forces"), ("keuzevrijheid", "freedom of choice"), ("rationaliteit", "rationality"),
      ("autonomie", "autonomy"), ("onafhankelijkheid", "independence"),
      ("eigen verantwoordelijkheid", "own responsibility"), ("(economische) zelfredzaamheid", "self-reliance")]),
    ("Communitair", "Communitarian", "deel van de gemeenschap", "part of the community", True,
     [("moreel gezag", "moral authority"), ("arbeidsethos", "work ethic"), ("gemeenschapszin", "community spirit"),
      ("solidariteit", "solidarity")]),
    ("Klassiek christelijk", "Classical Christian", "in relatie tot een hogere werkelijkheid",
     "in relation to a higher reality", True,
     [("verbondenheid met God", "bond with God"), ("dienstbaarheid", "service"), ("vergeving", "forgiveness"),
      ("vasthoudendheid", "perseverance")]),
    ("Romantisch", "Romantic", "authentiek subject", "authentic subject", True,
     [("zelfontplooiing", "self-development"), ("talentontwikkeling", "developing talent"),
      ("uniciteit", "uniqueness"), ("echtheid", "authenticity"), ("identiteit", "identity"),
      ("zelfrespect", "self-respect")]),
    ("Relationeel", "Relational", "in relatie tot de Ander", "in relation to the Other", True,
     [("menselijkheid", "humanity"), ("barmhartigheid", "mercy"), ("respect", "respect"),
      ("compassie", "compassion"), ("wederkerigheid", "reciprocity")]),
    ("Modern christelijk", "Modern Christian", "verantwoordelijk in relatie tot anderen",
     "responsible in relation to others", False,
     [("rentmeesterschap", "stewardship"), ("gespreide verantwoordelijkheid", "shared responsibility")]),
]


def install_default_mensbeelden(Mensbeeld, Waarde):  # noqa: N803 (model classes, also historical ones)
    for order, (name, name_en, human_as, human_as_en, active, values) in enumerate(DEFAULT_MENSBEELDEN):
        mensbeeld, _ = Mensbeeld.objects.get_or_create(name=name, defaults={
            "name_en": name_en, "human_as": human_as, "human_as_en": human_as_en, "active": active, "order": order})
        for value, value_en in values:
            Waarde.objects.get_or_create(mensbeeld=mensbeeld, name=value, defaults={"name_en": value_en})
