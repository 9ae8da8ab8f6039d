"""Interviews laid out as turns (speakers/interview.py): what makes one, who speaks each turn,
and the layouts that look like one but are not."""

from __future__ import annotations

from articlekit.fields.quotes import find_quotes
from articlekit.model import BLOCK_SEPARATOR


def _text(*paragraphs: str) -> str:
    return BLOCK_SEPARATOR.join(paragraphs)


NAMED = _text(
    "Anna Berg leads the union. We met her in Berlin.",
    "ZEIT: Frau Berg, what do you want to change first?",
    "Anna Berg: The wages of nurses, before anything else. They are too low.",
    "ZEIT: And how will you pay for it?",
    "Berg: With a tax on large fortunes, as we have said for years.",
    "DIE ZEIT: Will your party follow you on this?",
    "Berg: It will, because “nobody can live on these wages,” as our members say.",
)


def test_named_turns_are_their_speakers_words_written_in_full():
    quotes = find_quotes(NAMED)
    assert [q.speaker for q in quotes] == ["DIE ZEIT", "Anna Berg"] * 3
    assert quotes[1].text == "The wages of nurses, before anything else. They are too low."
    # a quotation inside a turn is part of the turn, not a quote of its own
    assert quotes[-1].text.startswith("It will, because")


def test_answers_of_a_q_and_a_go_to_the_one_person_the_intro_names():
    text = _text(
        "We asked Junior Gaspard, our new CEO, a few questions.",
        "Q: What did you learn in your past roles?",
        "A: The importance of listening to truly understand people.",
        "Q: How do you prioritize your day?",
        "A: I use the habits of highly effective people every day.",
        "Q: What is on the horizon for the business?",
        "A: We are moving subscription access to the next level.",
    )
    quotes = find_quotes(text, "Introducing Junior Gaspard")
    assert [q.speaker for q in quotes] == [None, "Junior Gaspard"] * 3


def test_labels_that_are_no_speakers_make_no_interview():
    # a wire story's team notes: two labels, twice each
    notes = _text("The Lakers won 112-107 on Monday night.",
                  "Thunder: F Hamidou Diallo missed his third straight game.",
                  "Lakers: Kyle Kuzma left the court in the second quarter.",
                  "Thunder: Host the Lakers on Friday night at home.",
                  "Lakers: Visit the Thunder on Friday night away.")
    assert find_quotes(notes) == ()
    # one label repeated alone
    photos = _text(*[f"Photo: a long caption of picture number {i} here" for i in range(6)])
    assert find_quotes(photos) == ()


def test_a_page_of_endless_turns_gives_no_more_quotes_than_the_cap():
    from articlekit.fields.quotes import MAX_QUOTES

    turns = [f"{'Q' if i % 2 else 'A'}: turn number {i} of a very long page" for i in range(12000)]
    assert len(find_quotes(_text(*turns))) == MAX_QUOTES
