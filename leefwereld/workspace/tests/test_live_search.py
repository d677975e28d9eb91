"""The live search (htmx swaps in only the results) shows why it could not search; its answers vary on HX-Request."""
import pytest
from django.urls import reverse

from leefwereld.residents.tests.factories import PersonFactory

PAGES = ["workspace:search", "intake:register_start"]


@pytest.mark.parametrize("page", PAGES)
def test_an_empty_search_says_what_to_fill_in(client_for, pro, page):
    response = client_for(pro).post(reverse(page), {}, HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html  # only the part that htmx swaps in
    assert "data-error-summary" in html and "Zoek op naam" in html
    assert "Controleer dit:" in html and "niet opgeslagen" not in html  # a search saves nothing


@pytest.mark.parametrize("page", PAGES)
def test_a_wrong_birth_date_is_told_with_a_link_to_its_field(client_for, pro, page):
    response = client_for(pro).post(reverse(page), {"name": "Saskia", "birth_date": "2026-02-31"},
                                    HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert "<html" not in html
    assert 'href="#id_birth_date"' in html


@pytest.mark.parametrize("page", PAGES)
def test_results_come_as_a_part_and_the_page_as_a_page(client_for, pro, person, page):
    client = client_for(pro)
    part = client.post(reverse(page), {"name": "Saskia"}, HTTP_HX_REQUEST="true")
    whole = client.post(reverse(page), {"name": "Saskia"})
    assert "<html" not in part.content.decode() and "Saskia" in part.content.decode()
    assert "<html" in whole.content.decode() and "Saskia" in whole.content.decode()
    for response in (part, whole, client.get(reverse(page))):
        assert "HX-Request" in response["Vary"]


def test_without_javascript_the_errors_are_on_top_of_the_form_once(client_for, pro):
    html = client_for(pro).post(reverse("workspace:search"), {}).content.decode()
    assert html.count("data-error-summary") == 1
    assert html.index("data-error-summary") < html.index('name="name"')


def test_no_error_summary_when_nothing_went_wrong(client_for, pro):
    PersonFactory(given_name="Ria")
    html = client_for(pro).post(reverse("workspace:search"), {"name": "Ria"}, HTTP_HX_REQUEST="true").content.decode()
    assert "data-error-summary" not in html
