"""What was typed in the person search fills the new-person form: posted on, never in a URL."""
import re

from django.urls import reverse

from leefwereld.residents.models import Person


def _hidden(html):
    return dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)">', html))


def test_the_search_offers_to_register_with_what_was_typed(client_for, pro, person):
    typed = {"name": "Karin de Boer", "birth_date": "1980-03-01", "postcode": "1234 AB", "house_number": "12"}
    html = client_for(pro).post(reverse("workspace:search"), typed).content.decode()
    action = reverse("intake:register_person")
    assert f'action="{action}?soort=vraag"' in html
    hidden = _hidden(html[html.index(action):])
    assert hidden["van_zoeken"] == "1" and hidden["name"] == "Karin de Boer" and hidden["house_number"] == "12"
    assert "Karin" not in html[html.index(action):html.index(action) + len(action) + 20]  # not in the URL


def test_the_new_person_form_starts_with_what_was_typed(client_for, pro, team):
    before = Person.objects.count()
    response = client_for(pro).post(reverse("intake:register_person") + "?soort=vraag", {
        "van_zoeken": "1", "name": "Karin de Boer", "birth_date": "1980-03-01", "postcode": "1234AB",
        "house_number": "12"})
    assert response.status_code == 200
    form = response.context["form"]
    assert not form.is_bound
    assert form.initial == {"given_name": "Karin", "prefix": "de", "family_name": "Boer",
                            "birth_date": "1980-03-01", "postcode": "1234AB", "house_number": "12"}
    html = response.content.decode()
    assert 'value="Karin"' in html and 'value="Boer"' in html and 'value="1234AB"' in html
    assert Person.objects.count() == before  # arriving saves nothing
    assert "Dit veld is verplicht" not in html  # and shows no errors yet


def test_one_word_is_a_family_name(client_for, pro, team):
    response = client_for(pro).post(reverse("intake:register_person") + "?soort=signaal",
                                    {"van_zoeken": "1", "name": "Jansen"})
    assert response.context["form"].initial == {"family_name": "Jansen"}
