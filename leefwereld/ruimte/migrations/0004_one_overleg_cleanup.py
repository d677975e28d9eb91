import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    """ADR 0036, step 3 of 3: the duplicates go."""

    dependencies = [("ruimte", "0003_one_overleg_data")]
    operations = [
        migrations.RemoveField(model_name="bespreking", name="casusoverleg"),
        migrations.AlterField(
            model_name="bespreking", name="overleg",
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name="besprekingen",
                                    to="learning.overleg", verbose_name="casusoverleg")),
        migrations.DeleteModel(name="Casusoverleg"),
        migrations.RemoveField(model_name="deviation", name="values"),
        migrations.AlterField(
            model_name="deviation", name="dilemma",
            field=models.CharField(blank=True, max_length=40, verbose_name="dilemma", choices=[
                ("privacy_ingrijpen", "Privacy of ingrijpen"), ("respect_interventie", "Respect of interventie"),
                ("betrokkenheid_distantie", "Betrokkenheid of distantie"),
                ("vertrouwelijk_maatschappij", "Vertrouwelijkheid of maatschappelijk belang"),
                ("afhankelijk_onafhankelijk", "Afhankelijkheid of onafhankelijkheid"),
                ("handen_op_rug", "Handen op de rug of direct ingrijpen")])),
    ]
