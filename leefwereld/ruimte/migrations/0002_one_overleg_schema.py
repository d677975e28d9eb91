import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    """ADR 0036, step 1 of 3: the links to learning's Overleg and Waarde, beside the old fields."""

    dependencies = [("ruimte", "0001_initial"), ("learning", "0003_default_mensbeelden")]
    operations = [
        migrations.AddField(
            model_name="bespreking", name="overleg",
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.PROTECT,
                                    related_name="besprekingen", to="learning.overleg", verbose_name="casusoverleg")),
        migrations.AddField(
            model_name="deviation", name="waarden",
            field=models.ManyToManyField(blank=True, related_name="+", to="learning.waarde", verbose_name="waarden")),
    ]
