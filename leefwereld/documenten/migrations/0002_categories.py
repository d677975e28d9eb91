"""The starting list of document categories with a bewaartermijn; the administrator changes them in beheer."""
from django.db import migrations

CATEGORIES = [
    # name, English, years after the file closes (None: the setting's default), basis
    ("Identiteit en verblijf", "Identity and residence", 2, "AVG art. 5 lid 1 e: niet langer dan nodig"),
    ("Inkomen en schulden", "Income and debts", 7, "Fiscale bewaarplicht (AWR art. 52)"),
    ("Medische of deskundige verklaring", "Medical or expert statement", 15,
     "Selectielijst gemeenten en intergemeentelijke organen 2020"),
    ("Jeugdhulp", "Youth care", 20, "Jeugdwet art. 7.3.8"),
    ("Brief of besluit van een andere instantie", "Letter or decision of another body", 10,
     "Selectielijst gemeenten en intergemeentelijke organen 2020"),
    ("Overig", "Other", None, ""),
]


def add(apps, schema_editor):
    Categorie = apps.get_model("documenten", "DocumentCategorie")
    for order, (name, name_en, years, basis) in enumerate(CATEGORIES):
        Categorie.objects.get_or_create(name=name, defaults={"name_en": name_en, "retention_years": years,
                                                             "legal_basis": basis, "order": order})


class Migration(migrations.Migration):
    dependencies = [("documenten", "0001_initial")]
    operations = [migrations.RunPython(add, migrations.RunPython.noop)]
