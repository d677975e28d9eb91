from django.db import migrations, models


class Migration(migrations.Migration):
    """Store what a version changed as a kind (translated when shown) and the user's words beside it."""

    dependencies = [("plans", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="planversion", name="kind",
            field=models.CharField(choices=[
                ("gestart", "Plan gestart"), ("doel_toegevoegd", "Doel toegevoegd"),
                ("doel_gewijzigd", "Doel gewijzigd"), ("doel_weg", "Doel uit het plan gehaald"),
                ("actie_toegevoegd", "Actie toegevoegd"), ("actie_gewijzigd", "Actie gewijzigd"),
                ("actie_weg", "Actie uit het plan gehaald"), ("stand", "Stand van een actie bijgewerkt"),
                ("regie", "Regie gewijzigd"), ("evaluatiedatum", "Evaluatiedatum gewijzigd"),
                ("geevalueerd", "Geëvalueerd; we gaan door")],
                default="gestart", max_length=20, verbose_name="wat veranderde"),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="planversion", name="subject",
            field=models.CharField(blank=True, max_length=300, verbose_name="waarover",
                                   help_text="De woorden van het doel of de actie, of de naam van de regiehouder."),
        ),
        migrations.RemoveField(model_name="planversion", name="change"),
    ]
