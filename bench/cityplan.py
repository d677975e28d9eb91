"""What city.py asks for: real ids from the database, by URL name, visible to the professional.

Ids come through access.visible(), the one rule, so the harness keeps working as that rule
changes; URLs through reverse(), so it keeps working as paths change. Needs django.setup().
"""
import random

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

SAMPLE = 200  # distinct ids per page: enough that one cached row does not stand for the city


def _sample(qs, n=SAMPLE):
    return list(qs.order_by("?")[:n])


def make(username):
    """{page: [(method, url, data), ...]} for every page city.py loops over."""
    from leefwereld.access.policy import visible
    from leefwereld.accounts.models import User
    from leefwereld.conversations.models import Gesprek
    from leefwereld.plans.models import Plan
    from leefwereld.residents.models import Person

    actor = User.objects.get(username=username)
    people = _sample(visible(actor, Person.objects.select_related("household"), "persons.view"))
    gesprekken = _sample(visible(actor, Gesprek.objects.all(), "gesprekken.view"))
    plans = _sample(visible(actor, Plan.objects.all(), "plans.view"))
    with_bsn = _sample(visible(actor, Person.objects.exclude(bsn=""), "persons.search"))
    if not (people and gesprekken and plans and with_bsn):
        raise SystemExit(f"{username} sees too little of this city to benchmark it: load more households.")
    search = reverse("workspace:search")
    post = ("POST", search)
    rng = random.Random(1)  # noqa: S311 - picking test data
    rng.shuffle(people)
    return {
        "floor": [("GET", reverse("workspace:account"), None)],
        "werkvoorraad": [("GET", reverse("workspace:werkvoorraad"), None)],
        "person": [("GET", reverse("workspace:person", args=[p.public_id]), None) for p in people],
        "household": [("GET", reverse("workspace:household", args=[p.household.public_id]), None)
                      for p in people],
        "gesprek": [("GET", reverse("conversations:detail", args=[g.public_id]), None) for g in gesprekken],
        "plan": [("GET", reverse("plans:detail", args=[p.public_id]), None) for p in plans],
        "search name": [(*post, {"name": p.family_name}) for p in people],
        "search birth date": [(*post, {"name": p.family_name, "birth_date": p.birth_date.isoformat()})
                              for p in people],
        "search postcode": [(*post, {"postcode": p.postcode, "house_number": p.house_number}) for p in people],
        "search bsn": [(*post, {"bsn": p.bsn}) for p in with_bsn],
    }


def count_queries(username, plan):
    """Queries per page, counted once in-process with Django's test client on the same database."""
    from leefwereld.accounts.models import User
    from leefwereld.accounts.tests.helpers import login_verified

    client = Client(HTTP_HOST="127.0.0.1")
    login_verified(client, User.objects.get(username=username))
    counts = {}
    for page, requests in plan.items():
        method, url, data = requests[0]
        send = client.post if method == "POST" else client.get
        send(url, data)  # warm: the first request of a session may load more
        with CaptureQueriesContext(connection) as ctx:
            response = send(url, data)
        counts[page] = len(ctx.captured_queries) if response.status_code == 200 else f"HTTP {response.status_code}"
    return counts


def mix(plan):
    """What the locust mix needs, as plain URLs and form data (locust runs without Django)."""
    people = [url.rstrip("/").rsplit("/", 1)[1] for _, url, _ in plan["person"]]
    return {
        "werkvoorraad": reverse("workspace:werkvoorraad"),
        "search": reverse("workspace:search"),
        "person": [url for _, url, _ in plan["person"]],
        "searches": [data for page in plan if page.startswith("search") for _, _, data in plan[page]],
        "gesprek_new": [reverse("conversations:new", args=[p]) for p in people],
        "vraag_new": [reverse("intake:register_vraag", args=[p]) for p in people],
        "plan": [url for _, url, _ in plan["plan"]],
        "plan_details": [reverse("plans:details", args=[url.rstrip("/").rsplit("/", 1)[1]])
                         for _, url, _ in plan["plan"]],
    }
