"""Validate JSON against a schema in a published OpenAPI document kept in spec/ (requests before they
go out, answers when they come in; the doubles in the tests use the same documents)."""
from functools import cache
from pathlib import Path

import yaml
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_DIR = Path(__file__).resolve().parent / "spec"


class Afwijking(Exception):
    """JSON that does not match the specification."""


@cache
def spec(name):
    return yaml.safe_load((SPEC_DIR / name).read_text(encoding="utf-8"))


@cache
def _validator(name, schema_name):
    registry = Registry().with_resource(f"urn:{name}", Resource.from_contents(spec(name),
                                                                             default_specification=DRAFT202012))
    return Draft202012Validator({"$ref": f"urn:{name}#/components/schemas/{schema_name}"}, registry=registry,
                                format_checker=FormatChecker())


def check(name, schema_name, data):
    errors = sorted(_validator(name, schema_name).iter_errors(data), key=lambda e: list(e.path))
    if errors:
        raise Afwijking("; ".join(f"{'/'.join(map(str, e.path)) or '(root)'}: {e.message}" for e in errors[:5]))
    return data
