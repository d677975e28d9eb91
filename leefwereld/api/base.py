"""The API's seam with access and audit: the same policy and the same one-row-per-page audit as the pages.

Each endpoint declares per method a Route: the action (access/actions.py, so it appears in the generated
matrix), the scope a client needs, and how confidential the resource is. The actor is the account the
client acts as, so access.policy decides what is visible exactly as for that person on the pages; an
audited read leaves one audit row per request, gathered by the selectors' show() (ADR 0007, 0033).
"""
import datetime as dt
import uuid
from dataclasses import dataclass

from django.contrib.auth.decorators import login_not_required
from django.http import Http404
from django.utils import translation
from rest_framework import exceptions, generics, permissions

from leefwereld.access.actions import HOUSEHOLD, get_action
from leefwereld.access.policy import page_view, page_write, role_allows, show
from leefwereld.access.views import ATTRIBUTE
from leefwereld.audit.security import security_record

from .authentication import ClientTokenAuthentication
from .pagination import Cursor
from .problems import PreconditionFailed, PreconditionRequired, ScopeMissing, TooConfidential
from .scopes import Vertrouwelijkheid
from .throttling import ClientRateThrottle

ZAAK = Vertrouwelijkheid.ZAAKVERTROUWELIJK


@dataclass(frozen=True)
class Route:
    action: str
    scope: str
    level: int = ZAAK


class ClientMay(permissions.BasePermission):
    """The client holds the scope and clearance; the account it acts as may do the action at all."""

    def has_permission(self, request, view):
        client, route = request.auth, view.route
        if client is None:
            raise exceptions.NotAuthenticated()
        if not client.has_scope(route.scope):
            raise ScopeMissing(translation.gettext("Deze koppeling heeft de scope %(scope)s niet.")
                               % {"scope": route.scope})
        if route.level > client.vertrouwelijkheid:
            raise TooConfidential(translation.gettext("Deze gegevens zijn vertrouwelijker dan deze koppeling mag "
                                                      "zien."))
        if not role_allows(request.user, route.action):
            raise Http404  # as on the pages: what the account may not do does not exist for it
        return True


class ApiView(generics.GenericAPIView):
    routes: dict = {}
    authentication_classes = [ClientTokenAuthentication]
    permission_classes = [ClientMay]
    throttle_classes = [ClientRateThrottle]
    pagination_class = Cursor
    lookup_field = "public_id"

    @classmethod
    def as_view(cls, **initkwargs):
        view = login_not_required(super().as_view(**initkwargs))  # a token, not the session's log-in
        setattr(view, ATTRIBUTE, {method: route.action for method, route in cls.routes.items()})
        view.verification_required = False
        return view

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.http_method_names = [m.lower() for m in cls.routes]  # nothing but the declared methods

    @property
    def route(self) -> Route:
        return self.routes[self.request.method]

    @property
    def actor(self):
        return self.request.user

    @property
    def client(self):
        return self.request.auth

    def initialize_request(self, request, *args, **kwargs):
        # Problem details and DRF's own messages in the language the client asks for (Accept-Language).
        translation.activate(translation.get_language_from_request(request))
        return super().initialize_request(request, *args, **kwargs)

    def initial(self, request, *args, **kwargs):
        self._page_cm = self._page = None
        self._failed = False
        if request.method not in self.routes:
            raise exceptions.MethodNotAllowed(request.method)
        super().initial(request, *args, **kwargs)
        action = get_action(self.route.action)
        if action.audited:
            self._page_cm = page_view(self.actor, action.name)
            self._page = self._page_cm.__enter__()

    def handle_exception(self, exc):
        self._failed = True
        method = self.request.method
        route = self.routes.get(method)
        if isinstance(exc, Http404) and route and get_action(route.action).scope == HOUSEHOLD:
            # Like access.middleware on the pages: a refused or absent file leaves a security row.
            user = self.request.user if self.request.user.is_authenticated else None
            security_record(action="security.refused", actor=user,
                            detail={"path": self.request.path, "method": method, "action": route.action,
                                    "client": getattr(self.request.auth, "name", "")})
        return super().handle_exception(exc)

    def finalize_response(self, request, response, *args, **kwargs):
        page_cm = getattr(self, "_page_cm", None)
        if page_cm is not None:
            self._page_cm = None
            page_cm.__exit__(None, None, None)
            if self._page.used and not self._failed:
                page_write(self._page)
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Content-Language"] = translation.get_language()
        return response

    # --- ETag / If-Match on versioned resources (plans, decisions) -----------------------------------------

    @staticmethod
    def etag(obj) -> str:
        return f'"{obj.version}"'

    def expected_version(self, obj):
        """The version the client last read, from If-Match: 428 without it, 412 when it is stale."""
        header = self.request.headers.get("If-Match", "").strip()
        if not header:
            raise PreconditionRequired(translation.gettext("Stuur de ETag die u las mee als If-Match."))
        tags = [t.strip().removeprefix("W/") for t in header.split(",")]
        if "*" in tags:
            return obj.version
        if self.etag(obj) not in tags:
            raise PreconditionFailed(translation.gettext(
                "Iemand anders heeft dit intussen gewijzigd. Lees het opnieuw en probeer het dan nog eens."))
        return obj.version


# --- Lists: visible rows, filtered, one page, one audit row naming whom it showed ------------------------------

@dataclass(frozen=True)
class Filter:
    lookup: str
    kind: type = str
    help: str = ""


def _parse(name, raw, kind):
    try:
        if kind is dt.date:
            return dt.date.fromisoformat(raw)
        if kind is uuid.UUID:
            return uuid.UUID(raw)
        if kind is bool:
            return {"true": True, "false": False}[raw]
    except (ValueError, KeyError) as exc:
        raise exceptions.ValidationError({name: [translation.gettext("Deze waarde is niet geldig.")]}) from exc
    return raw[:200]


class ListView(ApiView):
    filters: dict = {}
    many = True

    def filtered(self, queryset):
        for name, spec in self.filters.items():
            raw = self.request.query_params.get(name)
            if raw not in (None, ""):
                queryset = queryset.filter(**{spec.lookup: _parse(name, raw, spec.kind)})
        return queryset

    def shown(self, rows):
        """(persons, households) a page of rows shows, for its audit row."""
        return ([getattr(r, "person_id", None) for r in rows], [getattr(r, "household_id", None) for r in rows])

    def respond(self, queryset):
        rows = self.paginate_queryset(self.filtered(queryset))
        if get_action(self.route.action).audited:
            persons, households = self.shown(rows)
            show(self.actor, self.route.action, persons=persons, households=households)
        return self.get_paginated_response(self.get_serializer(rows, many=True).data)
