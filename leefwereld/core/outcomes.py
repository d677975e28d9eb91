"""The default outcome tags (uitkomstlabels); a municipality changes them in the administration."""

DEFAULT_OUTCOME_TAGS = [
    ("werk gevonden", "found work"),
    ("dakloosheid voorkomen", "homelessness prevented"),
    ("uithuisplaatsing voorkomen", "out-of-home placement prevented"),
    ("schulden geregeld", "debts settled"),
    ("weer contact met anderen", "in touch with others again"),
]


def install_default_outcome_tags(OutcomeTag):  # noqa: N803 (a model class, also a historical one)
    for order, (name, name_en) in enumerate(DEFAULT_OUTCOME_TAGS):
        OutcomeTag.objects.get_or_create(name=name, defaults={"name_en": name_en, "order": order})
