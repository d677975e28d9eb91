"""The anonymiser on tricky Dutch text: names that are words, roepnamen, misspellings, written-out dates,
addresses with additions, numbers that must pass their checks, institutions."""
import pytest

from leefwereld.learning.anonymiser import anonymise, engine
from leefwereld.learning.anonymiser.known import Known, KnownPerson
from leefwereld.learning.anonymiser.placeholders import relative
from leefwereld.learning.anonymiser.rules import ages, numbers

FILE = Known(persons=[KnownPerson("a", ["Sandra"], ["de Vries"]), KnownPerson("b", ["Cornelis"], ["Bakker"])],
             places=["Zandhoven"], streets=["Dorpsstraat"])


def _placeholders(result):
    return {r.original: r.placeholder for r in result.replacements}


def test_a_name_that_is_also_a_word_goes_only_where_it_is_a_name():
    result = anonymise("Dhr. Bakker werkt bij de bakker op de hoek.", known=FILE)
    assert "Bakker" not in result.text
    assert "bij de bakker op de hoek" in result.text


def test_the_same_person_gets_the_same_placeholder_by_roepnaam_and_misspelling():
    result = anonymise("Sandra de Vries belde. Later zei Sanne dat Sandar het niet redt. Mevrouw Devries huilde.",
                       known=FILE)
    placeholders = _placeholders(result)
    assert {placeholders[n] for n in ("Sandra de Vries", "Sanne", "Sandar", "Devries")} == {"[persoon-1]"}


def test_a_roepnaam_from_the_dutch_table_is_the_same_person():
    result = anonymise("Cornelis Bakker, door iedereen Kees genoemd. Keesje was boos.", known=FILE)
    assert "Kees" not in result.text
    assert len({r.placeholder for r in result.replacements}) == 1


def test_written_out_dates_become_relative_to_the_first_date():
    result = anonymise("Op dinsdag 14 januari 2025 eerste gesprek. Op 14 april volgde het tweede, "
                       "en op 28-01-2025 belde ze.")
    assert result.text == ("Op [eerste datum] eerste gesprek. Op [drie maanden later] volgde het tweede, "
                           "en op [twee weken later] belde ze.")


def test_a_birth_date_is_not_made_relative():
    result = anonymise("Gesprek op 3 maart 2025. Geboren op 12-06-1941.")
    assert "[geboortedatum]" in result.text and "1941" not in result.text


@pytest.mark.parametrize(("text", "band"), [("Zij is 43 jaar.", "[40-49 jaar]"),
                                            ("een 16-jarige jongen", "[12-17 jaar]"),
                                            ("zoon (9) slaapt slecht", "[4-11 jaar]"),
                                            ("hij is zeventien jaar oud", "[12-17 jaar]"),
                                            ("Meneer is 91.", "[80+ jaar]")])
def test_ages_become_bands(text, band):
    assert band in anonymise(text).text


def test_a_duration_is_not_an_age():
    assert anonymise("Ze hebben al 10 jaar schulden.").text == "Ze hebben al 10 jaar schulden."


def test_bsn_only_when_it_passes_the_elfproef_or_is_called_a_bsn():
    assert numbers.elfproef("123456782") and not numbers.elfproef("123456789")
    assert "[bsn-1]" in anonymise("Nummer 123456782 staat op de brief.").text
    # our rule leaves a number that fails the elfproef (deduce replaces any long number, which is safe too)
    assert "123456789" in anonymise("Ordernummer 123456789 is verstuurd.", use_deduce=False).text
    assert "[bsn-1]" in anonymise("BSN: 123456789 (typfout?)").text


@pytest.mark.parametrize(("text", "placeholder"), [
    ("bel 06-12345678", "[telefoon-1]"), ("bel (073) 612 34 56", "[telefoon-1]"),
    ("bel +31 6 23456789", "[telefoon-1]"),
    ("mail k.jansen@hotmail.com", "[e-mail-1]"), ("kenteken VX-123-B", "[kenteken-1]"),
    ("rekening NL91 ABNA 0417 1643 00", "[rekening-1]"), ("postcode 5211 KL", "[postcode-1]"),
])
def test_numbers_that_identify(text, placeholder):
    assert placeholder in anonymise(text).text


@pytest.mark.parametrize("address", ["Dorpsstraat 12-bis", "Kerklaan 4 A", "Lindelaan 7-2", "Beukenstraat 21 hs",
                                     "Eikenplein 14-III", "Marktstraat 3 bus 2", "Boulevard de Ruyter 12",
                                     "Dr. Ariënsstraat 5 kamer 12", "Laan der Verenigde Naties 7 zwart"])
def test_an_address_goes_with_its_addition(address):
    result = anonymise(f"Mevrouw woont op de {address}, sinds kort.")
    assert result.text == "Mevrouw woont op de [adres-1], sinds kort."


@pytest.mark.parametrize(("text", "placeholder"), [
    ("Ze gaat naar basisschool De Regenboog.", "[school-1]"),
    ("Opgenomen in het Jeroen Bosch Ziekenhuis.", "[ziekenhuis-1]"),
    ("Hij studeert aan het ROC Midden Nederland.", "[school-1]"),
    ("Hulp via Stichting Kredietbank Brabant.", "[instelling-1]"),
    ("De zorgaanbieder Kids Support komt.", "[zorgaanbieder-1]"),
    ("Ze werkt bij Hago als schoonmaker.", "[werkgever-1]"),
])
def test_institutions(text, placeholder):
    assert placeholder in anonymise(text).text


@pytest.mark.parametrize(("text", "gone"), [
    ("Ze werkt in ploegen bij Vomar en heeft schulden bij Eneco.", ["Vomar", "Eneco"]),
    ("De opvang van Partou belt; de woning van Bo-Ex is te klein.", ["Partou", "Bo-Ex"]),
    ("Jort doet het goed op De Fontein. Het Zonnelied meldt niets.", ["Fontein", "Zonnelied"]),
    ("Aangemeld bij Schuldhulpverlening Midden-Holland en Woningstichting Den Helder.",
     ["Midden-Holland", "Den Helder", "Woningstichting"]),
    ("Begeleiding door VluchtelingenWerk Oost en Humanitas Thuisadministratie.", ["Oost", "Thuisadministratie"]),
    ("Opgenomen in het Amphia ziekenhuis; de kinderen gaan naar Het Avontuur.", ["Amphia", "Avontuur"]),
])
def test_institutions_by_their_place_in_the_sentence(text, gone):
    result = anonymise(text).text
    assert not [g for g in gone if g in result], result


@pytest.mark.parametrize("text", [
    "Ze heeft schulden bij de Belastingdienst en het UWV.",
    "Respijtzorg aangevraagd; Bemoeizorg van de GGD gaat mee.",
    "Hij slaapt op de bank bij zijn zus.",
    "Het gesprek was goed.",
])
def test_national_bodies_and_kinds_of_care_stay(text):
    assert anonymise(text).text == text


def test_a_person_after_bij_stays_a_person():
    result = anonymise("Ze slaapt bij Henk Visser.", known=Known(persons=[KnownPerson("h", ["Henk"], ["Visser"])]))
    assert "[instelling" not in result.text and "Henk" not in result.text


def test_a_bare_month_and_two_ages_in_one_bracket():
    result = anonymise("Bert en Joke (74 en 72) wonen daar sinds november.").text
    assert "74" not in result and "72" not in result and "november" not in result


def test_the_town_the_file_knows_and_the_one_after_a_postcode():
    result = anonymise("Woont in Zandhoven, 5212 BB Westerbeek.", known=FILE)
    assert "Zandhoven" not in result.text and "Westerbeek" not in result.text


def test_spans_point_into_both_texts():
    story = "Sandra de Vries belde op 3 maart 2025 vanaf 06-12345678."
    result = anonymise(story, known=FILE)
    for r in result.replacements:
        assert story[r.start:r.end] == r.original
        assert result.text[r.new_start:r.new_end] == r.placeholder


def test_corrections_undo_and_add():
    story = "Ze gaat naar basisschool De Regenboog met Pluk."
    first = anonymise(story)
    school = next(r for r in first.replacements if r.placeholder == "[school-1]")
    corrected = anonymise(story, removed=[(school.start, school.end)], added=[(story.index("Pluk"), len(story) - 1,
                                                                                 "persoon")])
    assert "basisschool De Regenboog" in corrected.text and "Pluk" not in corrected.text


def test_relative_words():
    import datetime as dt
    day = dt.date(2025, 1, 14)
    assert relative(day, day) == "dezelfde dag"
    assert relative(dt.date(2025, 1, 16), day) == "twee dagen later"
    assert relative(dt.date(2024, 12, 31), day) == "twee weken eerder"
    assert relative(dt.date(2027, 2, 1), day) == "twee jaar later"
    assert ages.band(2) == "0-3 jaar" and ages.band(25) == "23-29 jaar"


def test_without_its_tables_the_anonymiser_refuses_instead_of_building_them(tmp_path):
    assert not engine.is_built(tmp_path)
    with pytest.raises(engine.AnonymiserNotBuilt):
        engine.model(str(tmp_path))
    assert not (tmp_path / "cache").exists()
