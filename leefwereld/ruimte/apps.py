from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RuimteConfig(AppConfig):
    name = "leefwereld.ruimte"
    verbose_name = _("Ruimte voor afweging")

    def ready(self):
        # decisions sits below ruimte: it asks the team's usual outcome for a provision through its own
        # seam, and ruimte answers with the figures its panel shows beside the form (ADR 0046).
        from leefwereld.decisions import usual

        from .consistency import usual_for_provision
        usual.register_source(usual_for_provision)
