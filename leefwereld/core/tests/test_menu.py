"""The main menu marks the page it is on, for every item, and only that one (aria-current="page")."""
import re

import pytest
from django.urls import reverse

from leefwereld.accounts.models import Role
from leefwereld.accounts.tests.factories import UserFactory

MENU = [
    (("workspace:werkvoorraad", ""), "Werkvoorraad"),
    (("intake:register_start", ""), "Nieuwe vraag"),
    (("intake:register_start", "?soort=signaal"), "Nieuw signaal"),
    (("workspace:search", ""), "Zoeken"),
    (("workspace:team_audit", ""), "Logboek"),
    (("workspace:security_log", ""), "Beveiligingslog"),
]


def _current(page):
    menu = page.split('aria-label="Hoofdmenu"', 1)[1].split("</nav>", 1)[0]
    return re.findall(r'aria-current="page">([^<]+)</a>', menu)


@pytest.mark.django_db
@pytest.mark.parametrize(("where", "label"), MENU)
def test_each_menu_item_is_marked_on_its_own_page(client_for, where, label):
    name, query = where
    client = client_for(UserFactory(role=Role.TEAMLEIDER))
    page = client.get(reverse(name) + query)
    assert page.status_code == 200
    assert _current(page.content.decode()) == [label]


@pytest.mark.django_db
def test_a_page_outside_the_menu_marks_nothing(client_for):
    client = client_for(UserFactory(role=Role.TEAMLEIDER))
    page = client.get(reverse("plans:reviews"))
    assert page.status_code == 200
    assert _current(page.content.decode()) == []
