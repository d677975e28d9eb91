"""A form with errors lists them on top, each a link to its field; long text fields carry a counter."""
import re

from django.urls import reverse


def test_the_summary_is_on_top_and_links_to_each_field(client_for, pro, person):
    html = client_for(pro).post(reverse("conversations:contactmoment_new", args=[person.public_id]),
                                {"kind": "", "on": "2026-02-31"}).content.decode()
    summary = re.search(r'<div class="[^"]*lw-error-summary" role="alert" tabindex="-1" data-error-summary>(.*?)</ul>',
                        html, re.S)
    assert summary, html
    assert "Het formulier is nog niet opgeslagen." in summary.group(1)
    links = re.findall(r'href="#(id_\w+)"', summary.group(1))
    assert links and all(f'id="{target}"' in html for target in links), links
    assert html.index("data-error-summary") < html.index('class="utrecht-form-field')


def test_fields_rendered_one_by_one_have_the_summary_too(client_for, pro, person):
    from leefwereld.conversations.models import Instrument

    instrument = Instrument.objects.filter(active=True).first()  # the defaults come with a migration
    html = client_for(pro).post(reverse("conversations:assessment_new", args=[person.public_id]),
                                {"instrument": instrument.public_id, "taken_on": "morgen"}).content.decode()
    assert "data-error-summary" in html and 'href="#id_taken_on"' in html


def test_a_long_text_field_carries_its_limit_for_the_counter_but_no_maxlength(client_for, pro, person):
    html = client_for(pro).get(reverse("conversations:contactmoment_new", args=[person.public_id])).content.decode()
    textarea = re.search(r"<textarea[^>]*>", html).group(0)
    assert re.search(r'data-max-length="\d+"', textarea) and "nog %s tekens" in textarea
    assert "maxlength" not in textarea
