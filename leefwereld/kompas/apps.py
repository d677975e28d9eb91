from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KompasConfig(AppConfig):
    name = "leefwereld.kompas"
    verbose_name = _("Kwaliteitskompas en adviesraad")
    label = "kompas"
