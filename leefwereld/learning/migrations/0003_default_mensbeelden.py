from django.db import migrations


def install(apps, schema_editor):
    from leefwereld.learning.mensbeelden import install_default_mensbeelden

    install_default_mensbeelden(apps.get_model("learning", "Mensbeeld"), apps.get_model("learning", "Waarde"))


class Migration(migrations.Migration):
    dependencies = [("learning", "0002_overleg_reflection_lesson")]
    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
