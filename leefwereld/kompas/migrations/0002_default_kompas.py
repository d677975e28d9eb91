from django.db import migrations


def install(apps, schema_editor):
    from leefwereld.kompas.defaults import install_default_kompas

    install_default_kompas(apps.get_model("kompas", "Result"), apps.get_model("kompas", "Activity"),
                           apps.get_model("kompas", "Indicator"), apps.get_model("core", "OutcomeTag"))


class Migration(migrations.Migration):
    dependencies = [("kompas", "0001_initial"), ("core", "0004_default_outcome_tags")]
    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
