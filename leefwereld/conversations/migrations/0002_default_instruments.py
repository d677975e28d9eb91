from django.db import migrations


def forward(apps, schema_editor):
    from leefwereld.conversations.instruments import install_defaults

    install_defaults(apps.get_model("conversations", "Instrument"), apps.get_model("conversations", "Domain"),
                     apps.get_model("conversations", "Level"))


class Migration(migrations.Migration):
    dependencies = [("conversations", "0001_initial")]
    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
