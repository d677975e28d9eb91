"""ADR 0036, step 2 of 3: move ruimte's casusoverleggen into learning's Overleg and the deviations' value
keys and dilemma keys onto learning's framework. Nothing is lost: what has no counterpart is kept in words."""
from django.db import migrations

# ruimte's participant roles that learning names differently.
PARTICIPANTS = {"gedragswetenschapper": "gedragsdeskundige"}
# ruimte's value keys that learning's default Waarde names differently.
VALUES = {"zelfredzaamheid": "(economische) zelfredzaamheid"}
DILEMMAS = {
    "privacy_ingrijpen": "privacy_ingrijpen",
    "respect_interventie": "respect_interventie",
    "betrokkenheid_distantie": "betrokkenheid_distantie",
    "vertrouwelijkheid_belang": "vertrouwelijk_maatschappij",
    "afhankelijkheid_onafhankelijkheid": "afhankelijk_onafhankelijk",
    "handen_op_de_rug": "handen_op_rug",
}
# Dilemmas ruimte had and learning's framework does not: kept in the deviation's own words.
DILEMMA_WORDS = {"regel_geweten": "Dilemma: de regel of het geweten."}


def _keep_in_words(deviation, words):
    deviation.values_words = "\n".join(w for w in (deviation.values_words, words) if w)


def forward(apps, schema_editor):
    Casusoverleg = apps.get_model("ruimte", "Casusoverleg")
    Bespreking = apps.get_model("ruimte", "Bespreking")
    Deviation = apps.get_model("ruimte", "Deviation")
    Overleg = apps.get_model("learning", "Overleg")
    Waarde = apps.get_model("learning", "Waarde")
    for old in Casusoverleg.objects.order_by("id"):
        cases = list(Bespreking.objects.filter(casusoverleg=old).order_by("at", "id"))
        if not cases:
            continue
        overleg = Overleg.objects.create(
            public_id=old.public_id, team_id=old.team_id, kind="casusoverleg", held_on=old.held_on,
            participants=list(dict.fromkeys(PARTICIPANTS.get(p, p) for p in old.participants)),
            question="\n".join(b.question for b in cases), author_id=cases[0].by_id)
        Overleg.objects.filter(pk=overleg.pk).update(created_at=old.created_at)
        Bespreking.objects.filter(casusoverleg=old).update(overleg=overleg)
    waarden = {w.name: w for w in Waarde.objects.all()}
    for deviation in Deviation.objects.exclude(values=[]).exclude(values__isnull=True).order_by("id"):
        found, missing = [], []
        for key in deviation.values:
            waarde = waarden.get(VALUES.get(key, key))
            (found.append(waarde) if waarde else missing.append(key))
        deviation.waarden.set(found)
        if missing:
            _keep_in_words(deviation, "Waarden: " + ", ".join(missing) + ".")
            deviation.save(update_fields=["values_words"])
    for deviation in Deviation.objects.exclude(dilemma="").order_by("id"):
        if deviation.dilemma in DILEMMAS.values():
            continue
        if deviation.dilemma in DILEMMAS:
            deviation.dilemma = DILEMMAS[deviation.dilemma]
        else:
            _keep_in_words(deviation, DILEMMA_WORDS.get(deviation.dilemma, f"Dilemma: {deviation.dilemma}."))
            deviation.dilemma = ""
        deviation.save(update_fields=["dilemma", "values_words"])


class Migration(migrations.Migration):
    dependencies = [("ruimte", "0002_one_overleg_schema")]
    operations = [migrations.RunPython(forward, migrations.RunPython.noop, elidable=False)]
