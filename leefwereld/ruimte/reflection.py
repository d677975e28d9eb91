"""The brief's reflection framework as pick lists: mensbeelden with their values, and dilemma pairs.

Configurable by replacing these tuples in settings (LEEFWERELD_MENSBEELDEN, LEEFWERELD_DILEMMAS):
the thesis itself lists a "modern christelijk" mensbeeld instead of the liberal one.
"""
from django.conf import settings
from django.utils.translation import gettext_lazy as _

MENSBEELDEN = (
    ("neutraal", _("Neutraal"), (
        ("doelmatigheid", _("doelmatigheid")),
        ("rechtmatigheid", _("rechtmatigheid")),
        ("gelijkheid", _("gelijkheid")),
        ("adequaatheid", _("adequaatheid")),
        ("billijkheid", _("billijkheid")),
        ("rechtvaardigheid", _("rechtvaardigheid")),
        ("objectiviteit", _("objectiviteit")),
    )),
    ("liberaal", _("Liberaal"), (
        ("marktwerking", _("marktwerking")),
        ("keuzevrijheid", _("keuzevrijheid")),
        ("rationaliteit", _("rationaliteit")),
        ("autonomie", _("autonomie")),
        ("onafhankelijkheid", _("onafhankelijkheid")),
        ("eigen verantwoordelijkheid", _("eigen verantwoordelijkheid")),
        ("zelfredzaamheid", _("zelfredzaamheid")),
    )),
    ("communitair", _("Communitair"), (
        ("moreel gezag", _("moreel gezag")),
        ("arbeidsethos", _("arbeidsethos")),
        ("gemeenschapszin", _("gemeenschapszin")),
        ("solidariteit", _("solidariteit")),
    )),
    ("christelijk", _("Klassiek christelijk"), (
        ("verbondenheid met God", _("verbondenheid met God")),
        ("dienstbaarheid", _("dienstbaarheid")),
        ("vergeving", _("vergeving")),
        ("vasthoudendheid", _("vasthoudendheid")),
    )),
    ("romantisch", _("Romantisch"), (
        ("zelfontplooiing", _("zelfontplooiing")),
        ("talentontwikkeling", _("talentontwikkeling")),
        ("uniciteit", _("uniciteit")),
        ("echtheid", _("echtheid")),
        ("identiteit", _("identiteit")),
        ("zelfrespect", _("zelfrespect")),
    )),
    ("relationeel", _("Relationeel"), (
        ("menselijkheid", _("menselijkheid")),
        ("barmhartigheid", _("barmhartigheid")),
        ("respect", _("respect")),
        ("compassie", _("compassie")),
        ("wederkerigheid", _("wederkerigheid")),
    )),
)

DILEMMAS = (
    ("privacy_ingrijpen", _("Privacy of ingrijpen")),
    ("respect_interventie", _("Respect of interventie")),
    ("betrokkenheid_distantie", _("Betrokkenheid of distantie")),
    ("vertrouwelijkheid_belang", _("Vertrouwelijkheid of maatschappelijk belang")),
    ("afhankelijkheid_onafhankelijkheid", _("Afhankelijkheid of onafhankelijkheid")),
    ("handen_op_de_rug", _("'Handen op de rug' of direct ingrijpen")),
    ("regel_geweten", _("De regel of het geweten")),
)


def mensbeelden():
    return getattr(settings, "LEEFWERELD_MENSBEELDEN", MENSBEELDEN)


def value_choices():
    """Grouped choices for a select: values under their mensbeeld."""
    return [(label, list(values)) for _key, label, values in mensbeelden()]


def all_values():
    return {v for _key, _label, values in mensbeelden() for v, _l in values}


def value_label(key):
    return next((str(label) for _k, _l, values in mensbeelden() for v, label in values if v == key), key)


def dilemma_choices():
    return list(getattr(settings, "LEEFWERELD_DILEMMAS", DILEMMAS))


def dilemma_label(key):
    return dict(dilemma_choices()).get(key, key)
