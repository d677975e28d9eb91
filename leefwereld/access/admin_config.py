"""django.contrib.admin with BeheerSite as its default site (a module of its own: no models at app loading)."""
from django.contrib.admin.apps import AdminConfig


class BeheerAdminConfig(AdminConfig):
    """Other apps' admin.site.register / @admin.register keep working: they land on this site."""

    default_site = "leefwereld.access.admin_site.BeheerSite"
