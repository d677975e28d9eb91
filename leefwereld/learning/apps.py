from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LearningConfig(AppConfig):
    name = "leefwereld.learning"
    verbose_name = _("Leren: casusverhalen")
    label = "learning"
