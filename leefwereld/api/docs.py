"""The OpenAPI document, and a reference page rendered on the server from it: no CDN, no script, within the CSP."""
from django.utils.decorators import method_decorator
from django.views.generic import TemplateView
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.views import SpectacularAPIView
from rest_framework.permissions import AllowAny

from leefwereld.access.views import requires

from .scopes import SCOPES, Vertrouwelijkheid

METHODS = ("get", "post", "patch", "put", "delete")


@method_decorator(requires("public"), name="dispatch")
class SchemaView(SpectacularAPIView):
    """The API's description is public, like the Dutch municipal APIs' (it holds no resident data)."""

    authentication_classes = []
    permission_classes = [AllowAny]
    throttle_classes = []


def _operations(schema):
    for path, item in schema["paths"].items():
        for method in METHODS:
            if method in item:
                op = item[method]
                yield {"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                       "description": op.get("description", ""), "tag": (op.get("tags") or [""])[0],
                       "parameters": op.get("parameters", []),
                       "body": _body(schema, op.get("requestBody")),
                       "responses": sorted(op.get("responses", {}))}


def _body(schema, request_body):
    if not request_body:
        return []
    content = next(iter(request_body["content"].values()))
    ref = content["schema"].get("$ref", "")
    component = schema["components"]["schemas"].get(ref.rsplit("/", 1)[-1], {})
    required = set(component.get("required", []))
    return [{"name": name, "type": spec.get("type") or spec.get("format") or "enum", "required": name in required}
            for name, spec in component.get("properties", {}).items() if not spec.get("readOnly")]


@method_decorator(requires("public"), name="dispatch")
class ReferenceView(TemplateView):
    template_name = "api/reference.html"

    def get_context_data(self, **kwargs):
        schema = SchemaGenerator(patterns=None, urlconf=None).get_schema(request=None, public=True)
        return super().get_context_data(
            schema=schema, operations=list(_operations(schema)), scopes=SCOPES.items(),
            levels=Vertrouwelijkheid.choices, **kwargs)
