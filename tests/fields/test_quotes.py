"""Direct quotes: marks, continuation, nesting, split quotes, non-quotes, speakers, offsets."""

from __future__ import annotations

import pytest

from articlekit.fields.quotes import find_quotes


def _q(text):
    return [(q.text, q.speaker) for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ('"We will win this race," said Jane Doe.', "We will win this race,"),
        ("“We will win this race,” said Jane Doe.", "We will win this race,"),
        ("« Nous allons gagner la course », a déclaré Jane Doe.", " Nous allons gagner la course ".strip()),
        ("„Wir werden das Rennen gewinnen“, sagte Jane Doe.", "Wir werden das Rennen gewinnen"),
        ("「私たちはこのレースに勝つ」と述べた。", "私たちはこのレースに勝つ"),
    ],
)
def test_quote_marks(text, quote):
    found = find_quotes(text)
    assert len(found) == 1
    assert found[0].text == quote
    assert text[found[0].start : found[0].end].strip("\"“”«»„「」 ") .startswith(quote[:10])


def test_speaker_after_and_before():
    assert _q("“The economy is strong,” Jane Doe said.") == [("The economy is strong,", "Jane Doe")]
    assert _q("“The economy is strong,” said Jane Doe.") == [("The economy is strong,", "Jane Doe")]
    assert _q("Jane Doe told reporters: “The economy is strong.”") == [("The economy is strong.", "Jane Doe")]
    assert _q("“The economy is strong,” according to Jane Doe.") == [("The economy is strong,", "Jane Doe")]


def test_appositive_speaker():
    text = "“We will act quickly,” John Smith, the finance minister, said on Monday."
    assert _q(text) == [("We will act quickly,", "John Smith")]


def test_pronoun_and_surname_resolve_to_the_full_name():
    text = ("Finance Minister John Smith spoke on Monday.\n\n“We will act quickly,” Smith said.\n\n"
            "“There is no time to lose,” he added.")
    assert _q(text) == [("We will act quickly,", "John Smith"), ("There is no time to lose,", "John Smith")]


def test_split_quote_is_one_quote():
    text = "“We will act,” he said, “and we will act soon.” Jane Doe was speaking in Paris."
    found = find_quotes(text)
    assert len(found) == 1
    assert found[0].text == "We will act, and we will act soon."
    assert found[0].start == 0 and found[0].end == text.index("” Jane") + 1


def test_quote_continued_over_paragraphs():
    text = ("Jane Doe said: “The first part of the statement goes on.\n\n"
            "“And the second part ends here.”")
    found = find_quotes(text)
    assert len(found) == 1
    assert found[0].text == "The first part of the statement goes on. And the second part ends here."
    assert found[0].speaker == "Jane Doe"


def test_nested_quote_stays_inside():
    text = "“He told me ‘never again’ and left the room,” Jane Doe said."
    assert _q(text) == [("He told me ‘never again’ and left the room,", "Jane Doe")]


@pytest.mark.parametrize(
    "text",
    [
        "The so-called “deal” fell through.",
        "They watched the film “Dune Part Two” last night.",
        "The book “War and Peace” is long.",
        "He called it “a mess” and left.",
        "It was an “unprecedented” move.",
    ],
)
def test_not_quotes(text):
    assert find_quotes(text) == ()


def test_unknown_speaker_is_none():
    assert _q("“This will change everything for the region.”") == [
        ("This will change everything for the region.", None)
    ]


def test_offsets_are_exact_in_body_text():
    text = "Intro paragraph.\n\nJane Doe said: “Three words here.”\n\nOutro."
    q = find_quotes(text)[0]
    assert text[q.start : q.end] == "“Three words here.”"
