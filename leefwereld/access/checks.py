"""System check: every Leefwereld view declares its action (see views.requires)."""
from django.core import checks
from django.urls import URLPattern, URLResolver, get_resolver

from .actions import ACTIONS
from .views import declared_actions


def iter_views(patterns=None, prefix=""):
    """Yield (route, name, callback) for every URL pattern, depth first."""
    if patterns is None:
        patterns = get_resolver().url_patterns
    for entry in patterns:
        if isinstance(entry, URLResolver):
            yield from iter_views(entry.url_patterns, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            name = f"{entry.pattern.name}"
            yield prefix + str(entry.pattern), name, entry.callback


def own_views():
    for route, name, callback in iter_views():
        module = getattr(callback, "__module__", "") or ""
        if module.startswith("leefwereld."):
            yield route, name, callback


@checks.register(checks.Tags.security)
def check_views_declare_action(app_configs=None, **kwargs):
    errors = []
    for route, _name, callback in own_views():
        declared = declared_actions(callback)
        if not declared:
            errors.append(checks.Error(
                f"View for '{route}' ({callback.__module__}.{callback.__name__}) declares no action.",
                hint="Decorate it with leefwereld.access.views.requires('<app>.<verb>').",
                id="leefwereld.E001",
            ))
        for action in declared.values():
            if action not in ACTIONS:
                errors.append(checks.Error(
                    f"View for '{route}' declares unknown action {action!r}.",
                    hint="Add the action to leefwereld/access/actions.py.",
                    id="leefwereld.E002",
                ))
    return errors


# Apps whose rows are resident data, and the models in them that are reference data instead.
RESIDENT_APPS = {"residents", "intake", "conversations", "plans", "decisions", "portal"}
# portal.ResidentAccount links a log-in to a BSN: who signs in, not what is known about them (ADR 0029).
REFERENCE_MODELS = {"residents.Household", "conversations.Instrument", "conversations.Domain",
                    "conversations.Level", "decisions.Mandaat", "portal.ResidentAccount"}


@checks.register(checks.Tags.security)
def check_resident_rows_carry_household(app_configs=None, **kwargs):
    """Every row of resident data carries its household, so one filter serves all access checks."""
    from django.apps import apps

    errors = []
    for model in apps.get_models():
        label = model._meta.label
        if model._meta.app_label not in RESIDENT_APPS or label in REFERENCE_MODELS:
            continue
        field = next((f for f in model._meta.concrete_fields if f.name == "household"), None)
        if field is None or not field.is_relation or field.related_model._meta.label != "residents.Household":
            errors.append(checks.Error(
                f"{label} holds resident data but has no household foreign key.",
                hint="Add household = ForeignKey('residents.Household', ...) so access.visible() can filter it.",
                id="leefwereld.E003",
            ))
    return errors
