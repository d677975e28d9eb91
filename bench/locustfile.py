"""The 200-professional mix of issue 14, run by `bench/city.py --locust` (headless, bounded, loopback only).

Each simulated professional clicks every 10-30 s: the werkvoorraad, a file, a search, and now and
then records a gesprek, edits a plan's evaluation date or registers a vraag (each form fetched first
for fresh CSRF and `once` tokens). They share the session city.py signed in through the login pages:
the second factor accepts each code once, and django-axes must never see a burst of log-ins.
Ids and URLs come from city.py in LEEFWERELD_BENCH_PLAN (this file runs without Django).
"""
import datetime as dt
import json
import os
import random
import sys
from pathlib import Path

from locust import HttpUser, between, events, task

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cityweb import form_fields, require_loopback  # noqa: E402

PLAN = json.loads(Path(os.environ["LEEFWERELD_BENCH_PLAN"]).read_text())


@events.test_start.add_listener
def _loopback_only(environment, **_):
    require_loopback(environment.host)


class Professional(HttpUser):
    wait_time = between(10, 30)

    def on_start(self):
        require_loopback(self.host)
        for name, value in PLAN["cookies"].items():
            if name != "csrf_form_token":
                self.client.cookies.set(name, value)

    def _get(self, url, name):
        with self.client.get(url, name=name, allow_redirects=False, catch_response=True) as r:
            if r.status_code != 200:
                r.failure(f"HTTP {r.status_code}")
            return r.text

    def _post(self, url, data, name):
        """A saved form answers with a redirect; a form shown again (200) did not save."""
        with self.client.post(url, data=data, name=name, allow_redirects=False, catch_response=True) as r:
            if r.status_code != 302:
                r.failure(f"HTTP {r.status_code}: not saved")

    @task(3)
    def werkvoorraad(self):
        self._get(PLAN["werkvoorraad"], "werkvoorraad")

    @task(4)
    def open_file(self):
        self._get(random.choice(PLAN["person"]), "person file")

    @task(3)
    def search(self):
        page = self._get(PLAN["search"], "search (form)")
        token = form_fields(page, has_field="csrfmiddlewaretoken")["csrfmiddlewaretoken"]
        with self.client.post(PLAN["search"], data={**random.choice(PLAN["searches"]), "csrfmiddlewaretoken": token},
                              name="search", allow_redirects=False, catch_response=True) as r:
            if r.status_code != 200:
                r.failure(f"HTTP {r.status_code}")

    @task(1)
    def record_gesprek(self):
        url = random.choice(PLAN["gesprek_new"])
        data = form_fields(self._get(url, "gesprek (form)"), has_field="held_on")
        data.update(held_on=dt.date.today().isoformat(), duration_minutes="45", present="Inwoner en consulent",
                    levensloop="Benchmark: een kort verhaal.", wat_belangrijk="Dat het thuis goed gaat.")
        self._post(url, data, "gesprek (save)")

    @task(1)
    def edit_plan(self):
        i = random.randrange(len(PLAN["plan"]))
        data = form_fields(self._get(PLAN["plan"][i], "plan"), action_contains=PLAN["plan_details"][i])
        data["evaluate_on"] = (dt.date.today() + dt.timedelta(days=random.randint(30, 120))).isoformat()
        self._post(PLAN["plan_details"][i], data, "plan (save date)")

    @task(1)
    def register_vraag(self):
        url = random.choice(PLAN["vraag_new"])
        data = form_fields(self._get(url, "vraag (form)"), has_field="words")
        data.update(kind="vraag", brought_by="inwoner", words="Benchmark: hulp bij de administratie.",
                    received_on=dt.date.today().isoformat())
        self._post(url, data, "vraag (save)")
