"""Install the days of the decree in force: national law, the same for every municipality."""
from django.db import migrations

from leefwereld.core.termijnen import CURRENT_DECREE, CURRENT_DECREE_DAYS


def forward(apps, schema_editor):
    GelijkgesteldeDag = apps.get_model("core", "GelijkgesteldeDag")
    for day in CURRENT_DECREE_DAYS:
        GelijkgesteldeDag.objects.get_or_create(day=day, defaults={"decree": CURRENT_DECREE})


class Migration(migrations.Migration):
    dependencies = [("core", "0001_gelijkgestelde_dag")]
    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
