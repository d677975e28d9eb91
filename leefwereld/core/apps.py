from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "leefwereld.core"
    label = "core"
