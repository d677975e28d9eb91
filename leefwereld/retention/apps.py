from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RetentionConfig(AppConfig):
    name = "leefwereld.retention"
    verbose_name = _("Bewaartermijnen (schone lei)")

    def ready(self):
        # Every app's `retention.py` declares its kinds of record (ADR 0039), as admin.py does for the admin.
        from leefwereld.core import retention

        for module_kinds in _declared():
            for kind in module_kinds:
                retention.register(kind)
        retention.check_settings()  # a misspelt kind or a period below the law's stops start-up


def _declared():
    import importlib

    from django.apps import apps

    for config in apps.get_app_configs():
        try:
            module = importlib.import_module(f"{config.name}.retention")
        except ModuleNotFoundError as error:
            if error.name != f"{config.name}.retention":
                raise
            continue
        yield getattr(module, "KINDS", [])
