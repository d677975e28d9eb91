from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RuimteConfig(AppConfig):
    name = "leefwereld.ruimte"
    verbose_name = _("Ruimte voor afweging")
