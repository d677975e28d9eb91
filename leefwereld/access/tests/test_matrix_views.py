"""Generated from the URLs and access/actions.py: every view × every role. A view without a rule fails here,
and a role that the view's action does not name gets 404 for GET and POST, whatever the view does."""
import uuid

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from leefwereld.access.actions import ACTIONS, PUBLIC
from leefwereld.access.views import declared_actions
from leefwereld.accounts.models import Role
from leefwereld.accounts.tests.factories import UserFactory
from leefwereld.accounts.tests.helpers import login_verified


def _views(patterns=None, namespace=""):
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(entry, URLResolver):
            ns = entry.namespace or ""
            yield from _views(entry.url_patterns, f"{namespace}:{ns}".strip(":") if ns else namespace)
        elif isinstance(entry, URLPattern) and (entry.callback.__module__ or "").startswith("leefwereld."):
            yield (f"{namespace}:{entry.name}" if namespace else entry.name), entry.pattern.converters, entry.callback


VIEWS = sorted((name, dict(converters), callback) for name, converters, callback in _views())


def _url(name, converters):
    kwargs = {k: (str(uuid.uuid4()) if type(c).__name__ in ("StringConverter", "UUIDConverter") else 1)
              for k, c in converters.items()}
    return reverse(name, kwargs=kwargs)


def _api(callback):
    # The API answers system clients with a token, never a session: its refusals (401/403, scopes) are
    # tested in leefwereld/api; here it only has to declare a rule for every method.
    return (callback.__module__ or "").startswith("leefwereld.api.")


def test_every_view_has_a_rule():
    missing = [name for name, _c, callback in VIEWS
               if not declared_actions(callback) or any(a not in ACTIONS for a in declared_actions(callback).values())]
    assert missing == []
    assert len(VIEWS) > 100


@pytest.mark.django_db
@pytest.mark.parametrize("role", [r.value for r in Role])
def test_a_role_outside_the_rule_gets_404_on_every_view(client, role):
    login_verified(client, UserFactory(role=role))
    checked = 0
    for name, converters, callback in VIEWS:
        declared = declared_actions(callback)
        if _api(callback) or "*" not in declared:
            continue
        action = ACTIONS[declared["*"]]
        if action.scope == PUBLIC or role in action.roles:
            continue
        url = _url(name, converters)
        assert client.get(url).status_code in (404, 405), (role, url)  # 405: a POST-only view, never run
        assert client.post(url, {}).status_code in (404, 405), (role, url)
        checked += 1
    assert checked > 0
