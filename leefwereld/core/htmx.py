"""Pages that htmx may ask for in part: the one place that says a response depends on HX-Request."""
from django.shortcuts import render
from django.utils.cache import patch_vary_headers


def render_part(request, page, part, context, *, partial):
    """The whole page, or only `part` when htmx asks and `partial` holds; both vary on HX-Request,
    so a cache never serves a part as a page (or the other way round)."""
    response = render(request, part if request.htmx and partial else page, context)
    patch_vary_headers(response, ("HX-Request",))
    return response
