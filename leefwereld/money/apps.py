from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MoneyConfig(AppConfig):
    name = "leefwereld.money"
    verbose_name = _("Geld over de schotten heen")
