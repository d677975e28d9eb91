"""The OpenAPI document: scopes, actions and confidentiality per operation, problem details for errors."""
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.openapi import AutoSchema
from rest_framework import serializers

from leefwereld.access.actions import get_action

from .scopes import SCOPES, Vertrouwelijkheid

PROBLEM = "application/problem+json"


class InvalidParam(serializers.Serializer):
    name = serializers.CharField()
    code = serializers.CharField()
    reason = serializers.CharField()


class Problem(serializers.Serializer):
    """RFC 9457 problem details; `title` and `detail` in the language asked for (Accept-Language)."""

    type = serializers.URLField()
    title = serializers.CharField()
    status = serializers.IntegerField()
    detail = serializers.CharField()
    code = serializers.CharField()
    invalidParams = InvalidParam(many=True, required=False)  # noqa: N815 (the Dutch API design rules' name)


class ClientTokenScheme(OpenApiAuthenticationExtension):
    target_class = "leefwereld.api.authentication.ClientTokenAuthentication"
    name = "sleutel"

    def get_security_definition(self, auto_schema):
        return {"type": "http", "scheme": "bearer",
                "description": "De sleutel van een systeemkoppeling (lw_…), uitgegeven door de functioneel beheerder."}


class Schema(AutoSchema):
    """Reads the view's routes: the request body, the response, the filters and the errors it can give."""

    def _route(self):
        return getattr(self.view, "routes", {}).get(self.method)

    def get_description(self):
        route, text = self._route(), super().get_description()
        if route is None:
            return text
        action = get_action(route.action)
        return (f"{text}\n\n**Scope:** `{route.scope}` ({SCOPES[route.scope]}). **Actie:** `{route.action}` "
                f"({action.label}). **Vertrouwelijkheid:** {Vertrouwelijkheid(route.level).label}.").strip()

    def get_tags(self):
        route = self._route()
        return [route.scope.split(".")[0]] if route else super().get_tags()

    def _is_list_view(self, serializer=None):
        return self.method == "GET" and getattr(self.view, "many", False)

    def get_request_serializer(self):
        return getattr(self.view, "input_serializer", None) if self.method in ("POST", "PATCH", "PUT") else None

    def get_override_parameters(self):
        from drf_spectacular.types import OpenApiTypes
        from drf_spectacular.utils import OpenApiParameter

        kinds = {"str": OpenApiTypes.STR, "date": OpenApiTypes.DATE, "UUID": OpenApiTypes.UUID,
                 "bool": OpenApiTypes.BOOL}
        params = []
        if self._is_list_view():
            if getattr(self.view, "search", None):
                params.append(OpenApiParameter(self.view.search, OpenApiTypes.STR, description="Zoeken op naam"))
            for name, spec in getattr(self.view, "filters", {}).items():
                params.append(OpenApiParameter(name, kinds[spec.kind.__name__], description=spec.help or None))
        if self.method in ("PATCH", "POST") and getattr(self.view, "if_match", False):
            params.append(OpenApiParameter("If-Match", OpenApiTypes.STR, OpenApiParameter.HEADER, required=True,
                                           description="De ETag die u las (412 als iemand het intussen wijzigde)."))
        return params

    def get_response_serializers(self):
        from drf_spectacular.types import OpenApiTypes

        ok = "201" if self.method == "POST" and getattr(self.view, "creates", False) else "200"
        binary = getattr(self.view, "binary_types", None)  # a download: the bytes, in the type found at upload
        responses = {(ok, t): OpenApiTypes.BINARY for t in binary()} if binary else {
            ok: self.view.get_serializer_class()}
        codes = ["401", "403", "404", "429"]
        if self.method in ("POST", "PATCH"):
            codes += ["400", "415"]
        if self._is_list_view():
            codes.append("400")
        if self.method in ("POST", "PATCH") and getattr(self.view, "if_match", False):
            codes += ["412", "428"]
        for code in sorted(set(codes)):
            responses[(code, PROBLEM)] = Problem
        return responses


# The database's integer range is no part of the contract: SQLite and PostgreSQL differ (64 and 32 bits).
BACKEND_LIMITS = {32767, 2147483647, 9223372036854775807}


def _drop_backend_limits(node):
    if isinstance(node, dict):
        if node.get("maximum") in BACKEND_LIMITS:
            del node["maximum"]
            if node.get("format") == "int64":
                del node["format"]
        for value in node.values():
            _drop_backend_limits(value)
    elif isinstance(node, list):
        for value in node:
            _drop_backend_limits(value)


def postprocess(result, generator, request, public):
    """The same document on every database, and OpenAPI links from a list or a created resource to its
    detail, so stateful tests can follow them (schemathesis walks them: create a vraag, then read it)."""
    _drop_backend_limits(result.get("components", {}))
    paths = result.get("paths", {})
    for path, item in paths.items():
        detail = f"{path}{{public_id}}/"
        if detail not in paths or "get" not in paths[detail]:
            continue
        target = paths[detail]["get"]["operationId"]
        if "get" in item and "200" in item["get"]["responses"]:
            item["get"]["responses"]["200"]["links"] = {"EersteUitDeLijst": {
                "operationId": target, "parameters": {"public_id": "$response.body#/results/0/id"}}}
        if "post" in item and "201" in item["post"]["responses"]:
            item["post"]["responses"]["201"]["links"] = {"Gemaakt": {
                "operationId": target, "parameters": {"public_id": "$response.body#/id"}}}
    return result
