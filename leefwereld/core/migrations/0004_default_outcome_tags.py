"""Install the default outcome tags."""
from django.db import migrations

from leefwereld.core.outcomes import install_default_outcome_tags


def forward(apps, schema_editor):
    install_default_outcome_tags(apps.get_model("core", "OutcomeTag"))


class Migration(migrations.Migration):
    dependencies = [("core", "0003_outcome_tags")]
    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
