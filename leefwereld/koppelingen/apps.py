from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KoppelingenConfig(AppConfig):
    name = "leefwereld.koppelingen"
    verbose_name = _("Koppelingen")
