"""The speakers package on its own: sentence boundaries, the article's full names, attribution."""

from __future__ import annotations

import pytest

from articlekit.fields.speakers import attribution_near, ends_sentence, full_names


@pytest.mark.parametrize(
    ("before", "ends"),
    [
        ("He said", True),
        ("Sen", False),  # "Sen. Warren"
        ("John F", False),  # an initial
        ("in an Oct", False),  # "an Oct. 21 meeting"
        ("Dekalb, Ill", False),
        ("Ben Sasse, R-Neb", False),
        ("Acme Inc", False),
        ("she did not miss", True),  # a lower-case word, not the state
        ("", True),
    ],
)
def test_ends_sentence(before, ends):
    assert ends_sentence(before) is ends


def test_full_names_by_surname_first_name_and_ambiguity():
    names = full_names("Jane Ann Doe spoke first. Martha Fry wrote later. Donald Trump and "
                       "Melania Trump arrived. “Pat Quinn is wrong,” said Sam Quinn.")
    assert names["Doe"] == "Jane Ann Doe"
    assert names["Martha"] == "Martha Fry"  # a first name only one person has
    assert "Trump" not in names  # two people share it
    assert names["Quinn"] == "Sam Quinn"  # the name inside the quote does not count


def test_full_names_a_particle_capitalised_at_a_sentence_start():
    names = full_names("Luis de Miranda wrote a book. De Miranda evokes the lights in it.")
    assert names["Miranda"] == "Luis de Miranda"


def test_attribution_near_reads_after_then_before():
    text = "“We will win,” Jane Doe said. Then Tom Roe told reporters: “It is over.”"
    assert attribution_near(text, 0, 14, 0, len(text)) == "Jane Doe"
    start = text.index("“It")
    assert attribution_near(text, start, text.index("”", start) + 1, 0, len(text)) == "Tom Roe"


@pytest.mark.parametrize("intro", ["Her mother, Fiona Parry, has warned others.",
                                   "Fiona Parry, her mother, has warned others."])
def test_a_kin_description_is_the_person_the_article_named_so(intro):
    from articlekit.fields.quotes import find_quotes

    text = (f"Eloise Parry died in April. {intro}\n\n"
            "“The drug was in her system and nobody could help,” her mother said.")
    (quote,) = find_quotes(text, None)
    assert quote.speaker == "Fiona Parry"


@pytest.mark.parametrize("text, speaker", [
    ('"Stali se excelentním týmem, jsou skvělí ve všech částech hřiště," píše na Twitter '
     "Gary Lineker.\n\nDalší text.", "Gary Lineker"),
    ("„Das war ein großartiger Abend für die ganze Stadt“, schrieb auf Instagram Anna Berger."
     "\n\nWeiterer Text.", "Anna Berger"),
])
def test_the_network_a_quote_was_posted_on_is_not_part_of_the_name(text, speaker):
    from articlekit.fields.quotes import find_quotes

    (quote,) = find_quotes(text, None)
    assert quote.speaker == speaker
