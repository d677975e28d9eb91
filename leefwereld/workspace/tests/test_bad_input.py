"""Bad input gets a clear Dutch message at the field, keeps what was typed, and never a 500."""
import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from leefwereld.conversations.models import Gesprek
from leefwereld.residents.models import Person


def _new_person(client, **overrides):
    data = {"given_name": "Dirk", "family_name": "Vermeulen", "postcode": "5341 XY", "house_number": "12",
            "street": "Dorpsstraat", "city": "Zandhoven", **overrides}
    return client.post(reverse("intake:register_person") + "?soort=vraag", data)


@pytest.mark.parametrize("field,value,message", [
    ("bsn", "123456789", "elfproef"),
    ("birth_date", (dt.date.today() + dt.timedelta(days=10)).isoformat(), "toekomst"),
    ("birth_date", "31-02-2020", "geldige datum"),
    ("postcode", "12345", "Nederlandse postcode"),
    ("phone", "bel me maar", "telefoonnummer"),
    ("given_name", "<script>alert(1)</script>", "HTML"),
    ("safety_notes", "x" * 50_000, "maximaal"),
])
def test_new_person_form_explains_and_keeps_input(client_for, pro, field, value, message):
    response = _new_person(client_for(pro), **{field: value})
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert "Vermeulen" in html  # what else was typed is kept
    assert not Person.objects.filter(family_name="Vermeulen").exists()


def test_duplicate_warning_then_confirm(client_for, pro, person):
    client = client_for(pro)
    response = _new_person(client, given_name="Saskia", prefix="van", family_name="Dalen",
                           birth_date=person.birth_date.isoformat())
    assert "waarschijnlijk al bekend" in response.content.decode()
    assert Person.objects.filter(family_name="Dalen").count() == 1
    response = _new_person(client, given_name="Saskia", prefix="van", family_name="Dalen",
                           birth_date=person.birth_date.isoformat(), confirm_new="on")
    assert response.status_code == 302
    assert Person.objects.filter(family_name="Dalen").count() == 2


@pytest.mark.parametrize("field,value,message", [
    ("duration_minutes", "-5", "tussen 1 en 720"),
    ("held_on", "", "datum van het gesprek"),
    ("held_on", (dt.date.today() + dt.timedelta(days=1)).isoformat(), "toekomst"),
    ("nodig", "x" * 50_000, "te lang"),
    ("eigen_norm", "<img src=x onerror=alert(1)>", "HTML"),
])
def test_gesprek_form_explains_and_keeps_the_story(client_for, pro, person, field, value, message):
    data = {"held_on": timezone.localdate().isoformat(), "location": "thuis",
            "wat_belangrijk": "Mijn kerk, mijn jurk en mijn dorp", field: value}
    response = client_for(pro).post(reverse("conversations:new", args=[person.public_id]), data)
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert "Mijn kerk, mijn jurk en mijn dorp" in html
    assert not Gesprek.objects.exists()


def test_gesprek_edit_conflict_shows_both_versions_and_keeps_typed_text(client_for, pro, colleague, person):
    gesprek = Gesprek.objects.create(household=person.household, person=person, author=pro,
                                     held_on=timezone.localdate(), wat_belangrijk="Eerste versie")
    client_for(colleague).post(reverse("conversations:edit", args=[gesprek.public_id]), {
        "held_on": gesprek.held_on.isoformat(), "location": "thuis", "version": 1,
        "wat_belangrijk": "Versie van Joost"})
    response = client_for(pro).post(reverse("conversations:edit", args=[gesprek.public_id]), {
        "held_on": gesprek.held_on.isoformat(), "location": "thuis", "version": 1,
        "wat_belangrijk": "Versie van Fatima"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Iemand anders heeft dit intussen opgeslagen" in html
    assert "Versie van Joost" in html and "Versie van Fatima" in html
    gesprek.refresh_from_db()
    assert gesprek.wat_belangrijk == "Versie van Joost"


def test_light_route_amount_only_with_one_off_help(client_for, pro, person):
    from leefwereld.intake import services

    vraag = services.vraag_register(actor=pro, person=person, kind="vraag", brought_by="inwoner",
                                    words="Vraag", received_on=timezone.localdate())
    client = client_for(pro)
    response = client.post(reverse("intake:close_light", args=[vraag.public_id]),
                           {"help_kind": "informatie", "description": "Folder gegeven", "amount": "10"})
    assert "alleen bij kleine eenmalige hulp" in response.content.decode()
    response = client.post(reverse("intake:close_light", args=[vraag.public_id]),
                           {"help_kind": "eenmalig", "description": "Treinkaartje", "amount": "-3"})
    assert response.status_code == 200 and "Folder" not in response.content.decode()
