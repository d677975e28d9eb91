"""access.show(): a display of resident data is checked like guard() and logged once per page view."""
import pytest

from leefwereld.access.policy import page_view, page_write, show
from leefwereld.audit.models import AuditEvent
from leefwereld.core.errors import NotFoundOrNotAllowed
from leefwereld.residents.tests.factories import PersonFactory


def test_outside_a_page_show_writes_its_row_at_once(pro, person):
    show(pro, "persons.view", person=person, obj=person)
    row = AuditEvent.objects.get()
    assert (row.action, row.person_pk, row.household_pk) == ("persons.view", person.pk, person.household_id)


def test_inside_a_page_everything_shown_becomes_one_row_when_written(pro, person, team):
    child = PersonFactory(household=person.household)
    other = PersonFactory(household__team=team)
    with page_view(pro, "persons.view") as page:
        show(pro, "persons.view_basic", person=person, obj=person)
        show(pro, "persons.view", person=person, obj=person)
        show(pro, "households.view", households=[person.household_id], persons=[person.pk, child.pk])
        show(pro, "persons.search", persons=[other.pk], detail={"by": ["name"]})
        assert not AuditEvent.objects.exists()
    page_write(page)
    row = AuditEvent.objects.get()
    assert (row.action, row.person_pk) == ("persons.view", person.pk)  # the page's own action names it
    assert row.detail == {"by": ["name"], "shown": sorted([child.pk, other.pk])}


def test_show_refuses_a_household_the_actor_may_not_see(outsider, person):
    with pytest.raises(NotFoundOrNotAllowed):
        show(outsider, "persons.view", person=person)
    assert not AuditEvent.objects.exists()


def test_a_page_that_showed_nothing_is_not_used(pro):
    with page_view(pro, "persons.search") as page:
        pass
    assert not page.used
