"""Blanco means blanco everywhere: while a professional prepares a first visit blanco, every page with
the earlier file leads to the blanco view, leaves no audit row, until the file is opened with a reason."""
import pytest
from django.urls import reverse
from django.utils import timezone

from leefwereld.audit.models import AuditEvent
from leefwereld.conversations import services as conversation_services
from leefwereld.plans import services as plan_services
from leefwereld.residents import services as resident_services


@pytest.fixture
def file_pages(pro, person):
    """One page of each kind that holds the earlier file."""
    gesprek = conversation_services.gesprek_create(actor=pro, person=person, data={"held_on": timezone.localdate()})
    plan = plan_services.plan_start(actor=pro, person=person, gesprek=gesprek)
    return {
        "person file": reverse("workspace:person", args=[person.public_id]),
        "household": reverse("workspace:household", args=[person.household.public_id]),
        "gesprek": reverse("conversations:detail", args=[gesprek.public_id]),
        "gesprek edit": reverse("conversations:edit", args=[gesprek.public_id]),
        "plan": reverse("plans:detail", args=[plan.public_id]),
        "plan evaluation": reverse("plans:evaluate", args=[plan.public_id]),
        "plan versions": reverse("plans:versions", args=[plan.public_id]),
        "person edit": reverse("residents:edit", args=[person.public_id]),
        "assessment": reverse("conversations:assessment_new", args=[person.public_id]),
    }


PAGES = ["person file", "household", "gesprek", "gesprek edit", "plan", "plan evaluation", "plan versions",
         "person edit", "assessment"]


@pytest.mark.parametrize("page", PAGES)
def test_every_file_page_leads_to_the_blanco_view(client_for, pro, person, file_pages, page):
    client = client_for(pro)
    resident_services.blanco_start(actor=pro, person=person)
    since = AuditEvent.objects.order_by("-id").values_list("id", flat=True).first()
    response = client.get(file_pages[page])
    assert response.status_code == 302
    assert response["Location"] == reverse("workspace:person_blanco", args=[person.public_id])
    # A redirect shows nothing: no audit row.
    assert not AuditEvent.objects.filter(id__gt=since).exists()


@pytest.mark.parametrize("page", PAGES)
def test_the_pages_open_again_once_the_file_is_opened_with_a_reason(client_for, pro, person, file_pages, page):
    client = client_for(pro)
    resident_services.blanco_start(actor=pro, person=person)
    resident_services.blanco_open_file(actor=pro, person=person, reason="Collega meldde eerdere dreiging")
    since = AuditEvent.objects.order_by("-id").values_list("id", flat=True).first()
    assert client.get(file_pages[page]).status_code == 200
    assert AuditEvent.objects.filter(id__gt=since).count() == 1


def test_a_colleague_without_a_blanco_preparation_sees_the_file(client_for, pro, colleague, person, file_pages):
    resident_services.blanco_start(actor=pro, person=person)
    assert client_for(colleague).get(file_pages["household"]).status_code == 200


def test_the_blanco_view_itself_stays_open(client_for, pro, person):
    resident_services.blanco_start(actor=pro, person=person)
    assert client_for(pro).get(reverse("workspace:person_blanco", args=[person.public_id])).status_code == 200
