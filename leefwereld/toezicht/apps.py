from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ToezichtConfig(AppConfig):
    name = "leefwereld.toezicht"
    label = "toezicht"
    verbose_name = _("Toezicht op toegang")

    def ready(self):
        # Noodtoegang rows ("glass:<user>", with an end) are rewritten with every household's grants (ADR 0038).
        from leefwereld.access.grants import register_source

        from .grants import glass_access_rebuild, glass_access_refresh

        register_source(refresh=glass_access_refresh, rebuild=glass_access_rebuild)
