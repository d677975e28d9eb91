"""The load balancer's health page: is this app server up and can it reach its database?

Cached for a few seconds in the shared cache (Redis in production, ADR 0028), so probes from many
balancers cost the database one query per period, and so two app servers answer with the same page:
the page says which process rendered it, which is how the tests see the cache is shared.
"""
import os

from django.db import connection
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.cache import cache_page

from leefwereld.access.views import requires


@requires("public")
@cache_page(5)
def health(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok", "process": os.getpid(), "at": timezone.now().isoformat()})
