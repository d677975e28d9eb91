"""A form posted twice (back button, reload, double click) saves once."""
import datetime as dt
import uuid

from django.urls import reverse

from leefwereld.conversations.contact import Contactmoment
from leefwereld.conversations.models import Gesprek
from leefwereld.core.models import FormSubmission


def _contact(token, minutes="20"):
    return {"once": str(token), "on": (dt.date.today() - dt.timedelta(days=1)).isoformat(), "kind": "telefoon",
            "minutes": minutes, "note": ""}


def test_a_form_sent_twice_saves_once_and_says_so(client_for, pro, person):
    client = client_for(pro)
    url = reverse("conversations:contactmoment_new", args=[person.public_id])
    token = uuid.uuid4()
    first = client.post(url, _contact(token))
    again = client.post(url, _contact(token), follow=True)
    assert first.status_code == 302
    assert Contactmoment.objects.count() == 1
    assert "al verstuurd" in again.content.decode()
    assert again.redirect_chain[0][0] == first["Location"]  # back where the first one went


def test_a_form_with_errors_can_be_corrected_and_sent_with_the_same_token(client_for, pro, person):
    client = client_for(pro)
    url = reverse("conversations:contactmoment_new", args=[person.public_id])
    token = uuid.uuid4()
    assert client.post(url, _contact(token, minutes="")).status_code == 200  # an error: nothing saved
    assert not FormSubmission.objects.exists()
    assert client.post(url, _contact(token)).status_code == 302
    assert Contactmoment.objects.count() == 1


def test_every_form_page_carries_a_fresh_token(client_for, pro, person):
    client = client_for(pro)
    url = reverse("conversations:new", args=[person.public_id])
    first, second = client.get(url).content.decode(), client.get(url).content.decode()
    assert 'name="once"' in first
    token = first.split('name="once" value="')[1][:36]
    assert token not in second
    data = {"once": token, "held_on": dt.date.today().isoformat(), "location": "thuis"}
    client.post(url, data)
    client.post(url, data)
    assert Gesprek.objects.count() == 1


def test_posts_without_a_token_are_left_alone(client_for, pro, person):
    client = client_for(pro)
    url = reverse("conversations:contactmoment_new", args=[person.public_id])
    data = _contact("")
    data.pop("once")
    client.post(url, data)
    client.post(url, data)
    assert Contactmoment.objects.count() == 2  # no token, no protection: every Leefwereld form has one
