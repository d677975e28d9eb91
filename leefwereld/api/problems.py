"""Errors as problem details (RFC 9457, application/problem+json), in the language the client asks for.

A 404 says nothing more than "not found": not allowed and not found look the same, as on the pages.
"""
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _
from rest_framework import exceptions, status
from rest_framework.response import Response

from leefwereld.core.errors import ApplicationError, ConflictError

PROBLEM_TYPE = "https://leefwereld.nl/api/problemen/"


class PreconditionFailed(exceptions.APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_code = "verouderd"


class PreconditionRequired(exceptions.APIException):
    status_code = status.HTTP_428_PRECONDITION_REQUIRED
    default_code = "if-match-nodig"


class ScopeMissing(exceptions.PermissionDenied):
    default_code = "scope-ontbreekt"


class TooConfidential(exceptions.PermissionDenied):
    default_code = "te-vertrouwelijk"


TITLES = {
    400: lambda: _("Ongeldige invoer"),
    401: lambda: _("Niet aangemeld"),
    403: lambda: _("Niet toegestaan voor deze koppeling"),
    404: lambda: _("Niet gevonden"),
    405: lambda: _("Methode niet toegestaan"),
    406: lambda: _("Niet aanvaardbaar"),
    412: lambda: _("Iemand anders heeft dit intussen gewijzigd"),
    415: lambda: _("Soort inhoud niet ondersteund"),
    428: lambda: _("If-Match ontbreekt"),
    429: lambda: _("Te veel verzoeken"),
}


def problem(status_code, code, detail, *, invalid=None, headers=None):
    body = {"type": PROBLEM_TYPE + code, "title": str(TITLES.get(status_code, TITLES[400])()),
            "status": status_code, "detail": str(detail), "code": code}
    if invalid:
        body["invalidParams"] = invalid
    response = Response(body, status=status_code, headers=headers, content_type="application/problem+json")
    return response


def _invalid(detail, prefix=""):
    """DRF's nested error dict as a flat list of {name, code, reason} (as the Dutch API design rules do)."""
    if isinstance(detail, dict):
        for key, value in detail.items():
            yield from _invalid(value, f"{prefix}.{key}" if prefix else str(key))
    elif isinstance(detail, list):
        for item in detail:
            yield from _invalid(item, prefix)
    else:
        yield {"name": prefix or "nonFieldErrors", "code": getattr(detail, "code", "invalid"), "reason": str(detail)}


def exception_handler(exc, context):
    if isinstance(exc, Http404):
        return problem(404, "niet-gevonden", _("Niet gevonden."))
    if isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()
    if isinstance(exc, ConflictError):
        return problem(412, "verouderd", exc.message)
    if isinstance(exc, ApplicationError):
        field = exc.field or "nonFieldErrors"
        return problem(400, "ongeldig", exc.message,
                       invalid=[{"name": field, "code": "ongeldig", "reason": str(exc.message)}])
    if not isinstance(exc, exceptions.APIException):
        return None
    headers = {}
    if isinstance(exc, exceptions.Throttled) and exc.wait:
        headers["Retry-After"] = str(int(exc.wait))
    if isinstance(exc, (exceptions.NotAuthenticated, exceptions.AuthenticationFailed)):
        headers["WWW-Authenticate"] = "Bearer"
        exc.status_code = 401
    if isinstance(exc, exceptions.ValidationError):
        return problem(400, "ongeldig", _("De invoer is niet geldig."), invalid=list(_invalid(exc.detail)),
                       headers=headers)
    code = exc.get_codes() if isinstance(exc.get_codes(), str) else exc.default_code
    return problem(exc.status_code, str(code).replace("_", "-"), exc.detail, headers=headers)
