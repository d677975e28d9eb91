"""The API against its own OpenAPI document: generated requests (bounded), and the links followed statefully.

No answer is a 5xx, every answer matches the document (status, content type, headers, body). A change of
an endpoint that the document does not follow fails here.
"""
import datetime as dt

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import ignored_auth

from leefwereld.decisions import services as decision_services
from leefwereld.decisions.models import ProcedureKind, Wet
from leefwereld.intake.services import vraag_register
from leefwereld.plans.services.content import plan_start

EXAMPLES = settings(max_examples=8, deadline=None, derandomize=True,
                    suppress_health_check=list(HealthCheck))


@pytest.fixture
def api_schema(db):
    # Called as WSGI, a request would close the database connection when it ends (and with it the test's
    # transaction on PostgreSQL); Django's own test client keeps it open the same way.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi("/api/v1/schema/?format=json", get_wsgi_application())
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


@pytest.fixture
def token(db, api_for, pro, person):
    """A client cleared for everything, acting as a professional whose team has one household with a file."""
    vraag_register(actor=pro, person=person, kind="vraag", brought_by="inwoner", words="Hulp in huis",
                   received_on=dt.date.today())
    plan_start(actor=pro, person=person)
    decision_services.procedure_start(actor=pro, person=person, wet=Wet.WMO, kind=ProcedureKind.MELDING,
                                      received_on=dt.date.today(), subject="Hulp")
    decision_services.beschikking_draft(actor=pro, person=person)
    api = api_for(pro, rate="100000/min")
    return api._credentials["HTTP_AUTHORIZATION"]


# schemathesis' own pytest plugin does not run under pytest 9 yet: each operation's strategy, with Hypothesis.
@pytest.mark.django_db
def test_every_operation_conforms(api_schema, token):
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 25
    for operation in operations:
        @given(case=operation.as_strategy())
        @EXAMPLES
        def conforms(case):
            case.call_and_validate(headers={"Authorization": token})

        conforms()


@pytest.mark.django_db
def test_links_followed_statefully(api_schema, token):
    machine = api_schema.as_state_machine()

    class Links(machine):
        def get_call_kwargs(self, case):
            return {"headers": {"Authorization": token}}

        def validate_response(self, response, case, additional_checks=None, **kwargs):
            # Unauthenticated calls are checked per operation above; here every step carries the token.
            case.validate_response(response, excluded_checks=[ignored_auth], headers={"Authorization": token})

    Links.run(settings=settings(max_examples=6, stateful_step_count=3, deadline=None, derandomize=True,
                                suppress_health_check=list(HealthCheck)))
