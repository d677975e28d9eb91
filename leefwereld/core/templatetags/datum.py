"""{% load datum %} … {{ d|datum }} → "5 december 2026"; {{ d|datum:"kort" }} → "5 dec. 2026"."""
from django import template

from leefwereld.core.datum import datum as _datum

register = template.Library()


@register.filter(expects_localtime=True)
def datum(value, style="lang"):
    return _datum(value, style)
