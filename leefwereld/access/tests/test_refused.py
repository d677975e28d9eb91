"""Refused attempts on resident data leave a `security.refused` row, looking the same whether the file
exists or not, and surviving the request's rolled-back transaction."""
import re
import uuid

import pytest
from django.db import transaction
from django.test import RequestFactory
from django.urls import resolve, reverse

from leefwereld.access.middleware import RefusedAttemptMiddleware
from leefwereld.audit.models import AuditEvent
from leefwereld.core.errors import NotFoundOrNotAllowed


def _without_tokens(response):
    """The page, without the CSRF token (masked differently on every response)."""
    return re.sub(r'(value="|"X-CSRFToken": ")[^"]+"', "", response.content.decode())


def _refused():
    return list(AuditEvent.objects.filter(action="security.refused").order_by("pk"))


def test_absent_and_forbidden_files_get_the_same_404_and_the_same_kind_of_row(client_for, outsider, person):
    client = client_for(outsider)
    forbidden = client.get(reverse("workspace:person", args=[person.public_id]))
    absent = client.get(reverse("workspace:person", args=[uuid.uuid4()]))
    assert forbidden.status_code == absent.status_code == 404
    assert _without_tokens(forbidden) == _without_tokens(absent)
    rows = _refused()
    assert len(rows) == 2
    assert [r.actor for r in rows] == [outsider, outsider]
    assert rows[0].detail["path"] == reverse("workspace:person", args=[person.public_id])
    assert {k: v for k, v in rows[0].detail.items() if k != "path"} == {
        k: v for k, v in rows[1].detail.items() if k != "path"} == {"method": "GET", "action": "persons.view"}
    assert rows[0].person_pk is None and rows[0].household_pk is None  # the row does not tell it exists


def test_a_role_without_access_to_files_is_refused_and_logged(client_for, beheerder, person):
    response = client_for(beheerder).get(reverse("workspace:household", args=[person.household.public_id]))
    assert response.status_code == 404
    assert [r.actor for r in _refused()] == [beheerder]


def test_an_allowed_file_and_a_page_without_resident_data_leave_no_refused_row(client_for, pro, person):
    client = client_for(pro)
    assert client.get(reverse("workspace:person", args=[person.public_id])).status_code == 200
    assert client.get("/bestaat-niet/").status_code == 404
    assert _refused() == []


@pytest.mark.django_db
def test_the_row_survives_the_rolled_back_transaction_of_the_request(pro):
    """The view's work is rolled back; the refused row is written afterwards, on its own."""
    request = RequestFactory().get(reverse("workspace:person", args=[uuid.uuid4()]))
    request.user = pro
    request.resolver_match = resolve(request.path)
    with pytest.raises(NotFoundOrNotAllowed), transaction.atomic():
        AuditEvent.objects.create(action="persons.view", actor=pro)
        raise NotFoundOrNotAllowed("not found")
    RefusedAttemptMiddleware(lambda r: None).process_exception(request, NotFoundOrNotAllowed("not found"))
    assert list(AuditEvent.objects.values_list("action", flat=True)) == ["security.refused"]
