from django.db import migrations


class Migration(migrations.Migration):
    """The amount and words now live in the rule's versions (0003 copied them)."""

    dependencies = [("money", "0003_contribution_rule_versions")]
    operations = [
        migrations.RemoveField(model_name="bijdrageregel", name="monthly_amount"),
        migrations.RemoveField(model_name="bijdrageregel", name="words"),
    ]
