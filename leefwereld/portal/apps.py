from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "leefwereld.portal"
    label = "portal"
    verbose_name = _("Mijn Leefwereld")

    def ready(self):
        # The resident's own grantee rows ("resident:<person>") are rewritten with every household's grants.
        from leefwereld.access.grants import register_source

        from .grants import resident_access_rebuild, resident_access_refresh

        register_source(refresh=resident_access_refresh, rebuild=resident_access_rebuild)
