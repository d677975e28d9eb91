from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoordinationConfig(AppConfig):
    name = "leefwereld.coordination"
    label = "coordination"
    verbose_name = _("Samenwerken")

    def ready(self):
        # Partners' grants live in the same table as the team's; access.grants recomputes them with
        # the rest whenever a household's grants are refreshed or rebuilt (ADR 0016). No signals.
        from leefwereld.access import grants

        from .grants import partner_access_rebuild, partner_access_refresh
        grants.register_source(refresh=partner_access_refresh, rebuild=partner_access_rebuild)
