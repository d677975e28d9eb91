"""Inzage (AVG art. 15): everything held about the person whose file is open, as JSON and as a readable PDF.

Generic on purpose: every model whose rows carry the household (access's rule, checks.py) is read through
access.within(…, "portal.inzage"), so a kind of record added later is in the inzage without anyone
remembering to add it. Rows about another member of the household (their own gesprek, their decision) stay
out; the household's own records (the plan) are in. Letters are listed with their hash; their PDFs are on
the Besluiten page. The audit of who looked is added in plain words.
"""
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import models
from django.template.loader import render_to_string
from django.utils import timezone

from leefwereld.access.policy import show, within
from leefwereld.residents.models import Person

from . import selectors

ACTION = "portal.inzage"
STYLE = Path(__file__).parent / "inzage.css"
SKIP_MODELS = {"access.HouseholdAccess"}  # who may see the file is the municipality's bookkeeping, not data held
SKIP_FIELDS = {"id", "household"}
PERSON_MODEL = "residents.Person"


def household_models():
    for model in apps.get_models():
        field = next((f for f in model._meta.concrete_fields if f.name == "household"), None)
        if (field is not None and field.is_relation and field.related_model._meta.label == "residents.Household"
                and model._meta.label not in SKIP_MODELS):
            yield model


def _person_fields(model):
    return [f for f in model._meta.concrete_fields if f.is_relation and f.name == "person"
            and f.related_model._meta.label == PERSON_MODEL]


def _value(obj, field):
    if isinstance(field, models.BinaryField):
        return None
    if field.is_relation:
        related = getattr(obj, field.name)
        return str(related) if related is not None else None
    if field.choices:
        return getattr(obj, f"get_{field.name}_display")()
    value = field.value_from_object(obj)
    return value if not hasattr(value, "isoformat") else value.isoformat()


def _rows(ctx, model):
    # A stored file's place in storage says nothing about the person; its name, type, size and checksum are
    # in the record, and the file itself is on the Documenten page.
    fields = [f for f in model._meta.concrete_fields
              if f.name not in SKIP_FIELDS and not isinstance(f, models.FileField)]
    qs = _queryset(ctx, model).select_related(*[f.name for f in fields if f.is_relation]).order_by("pk")
    return fields, [{f.name: _value(obj, f) for f in fields} for obj in qs]


def _queryset(ctx, model):
    qs = within(ctx.user, ctx.person.household_id, model._default_manager.all(), ACTION)
    if model._meta.label == PERSON_MODEL:
        return qs.filter(pk=ctx.person.pk)
    if _person_fields(model):  # another member's own record is theirs, not this person's
        return qs.filter(models.Q(person__isnull=True) | models.Q(person=ctx.person))
    return qs


def is_large(ctx):
    """More rows than LEEFWERELD_INZAGE_BACKGROUND_ROWS: made by the worker, not while the resident waits.
    Counted per kind with a cap, so a large file stops the count early."""
    limit, total = settings.LEEFWERELD_INZAGE_BACKGROUND_ROWS, 0
    for model in household_models():
        total += _queryset(ctx, model).values("pk")[: limit + 1 - total].count()
        if total > limit:
            return True
    return False


def collect(ctx, *, log=True):
    """{"person": …, "kinds": {label: {"title", "fields", "records"}}, "looked": […]} — every kind present."""
    person = Person.objects.select_related("contactpersoon", "stand_in").get(pk=ctx.person.pk)
    if log:
        show(ctx.user, ACTION, person=person, detail={"inzage": True})
    kinds = {}
    for model in household_models():
        fields, records = _rows(ctx, model)
        if records:
            kinds[model._meta.label] = {
                "title": str(model._meta.verbose_name_plural),
                "fields": {f.name: str(f.verbose_name) for f in fields},
                "records": records,
            }
    looked = [{**row, "at": row["at"].isoformat(), "who": str(row["who"]), "what": str(row["what"])}
              for row in selectors.who_looked(ctx, person)]
    data = {"made_on": timezone.now().isoformat(), "municipality": settings.LEEFWERELD_MUNICIPALITY,
            "person": person.full_name, "kinds": kinds, "looked": looked}
    return data


def pdf(ctx) -> bytes:
    return pdf_from(collect(ctx))


def pdf_from(data) -> bytes:
    from weasyprint import CSS, HTML

    html = render_to_string("portal/inzage_pdf.html", {"data": data})
    return HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf(stylesheets=[CSS(filename=str(STYLE))])
