"""A change keeps what each field was and became, for the resident's inzage and rectification later."""
import datetime as dt

import pytest
from django.utils import timezone

from leefwereld.audit.models import AuditEvent
from leefwereld.conversations import services as conversation_services
from leefwereld.core.errors import ConflictError
from leefwereld.core.versioning import field_changes
from leefwereld.plans.models import Action
from leefwereld.residents import services as resident_services
from leefwereld.residents.models import Person


def test_a_person_change_records_old_and_new_values(pro, person):
    Person.objects.filter(pk=person.pk).update(phone="06 11111111", birth_date=dt.date(1980, 1, 2))
    person.refresh_from_db()
    resident_services.person_update(actor=pro, person=person, expected_version=1, data={
        "phone": "06 22222222", "birth_date": dt.date(1981, 3, 4), "given_name": person.given_name})
    event = AuditEvent.objects.get(action="persons.update")
    assert event.detail["changes"] == {
        "phone": {"was": "06 11111111", "is": "06 22222222"},
        "birth_date": {"was": "1980-01-02", "is": "1981-03-04"},
    }
    assert event.person_pk == person.pk


def test_the_old_value_is_the_stored_one_not_the_callers_copy(pro, person):
    """A caller holding a stale copy with the right version number still gets the stored old value."""
    copy = Person.objects.get(pk=person.pk)
    copy.phone = "typed but never saved"
    resident_services.person_update(actor=pro, person=copy, expected_version=1, data={"phone": "06 3"})
    assert AuditEvent.objects.get(action="persons.update").detail["changes"]["phone"]["was"] == person.phone


def test_a_conflicting_change_records_nothing(pro, person):
    with pytest.raises(ConflictError):
        resident_services.person_update(actor=pro, person=person, expected_version=7, data={"phone": "06 3"})
    assert not AuditEvent.objects.filter(action="persons.update").exists()


def test_a_gesprek_change_records_old_and_new_values(pro, person):
    gesprek = conversation_services.gesprek_create(actor=pro, person=person, data={
        "held_on": timezone.localdate(), "nodig": "Rust"})
    conversation_services.gesprek_update(actor=pro, gesprek=gesprek, expected_version=1, data={"nodig": "Werk"})
    event = AuditEvent.objects.get(action="gesprekken.update")
    assert event.detail["changes"] == {"nodig": {"was": "Rust", "is": "Werk"}}
    assert event.person_pk == person.pk


def test_a_network_member_change_records_old_and_new_values(pro, person):
    member = resident_services.network_member_add(actor=pro, person=person, data={"name": "Ria", "phone": "0412"})
    resident_services.network_member_update(actor=pro, member=member, expected_version=member.version,
                                            data={"name": "Ria", "phone": "0413"})
    event = AuditEvent.objects.get(action="network.update", detail__changes__isnull=False)
    assert event.detail["changes"] == {"phone": {"was": "0412", "is": "0413"}}
    assert event.person_pk == person.pk and event.object_type == "residents.networkmember"


def test_field_changes_store_a_foreign_key_as_its_id(pro, person):
    member = resident_services.network_member_add(actor=pro, person=person, data={"name": "Ria"})
    other = resident_services.network_member_add(actor=pro, person=person, data={"name": "Kees"})
    saved = {"network_member_id": member.pk, "starts_on": dt.date(2026, 1, 1)}
    diff = field_changes(Action, saved, {"network_member": other, "starts_on": dt.date(2026, 1, 1)})
    assert diff == {"network_member": {"was": member.pk, "is": other.pk}}
