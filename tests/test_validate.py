"""The checks a site extractor's value passes before it wins (each with what it stops)."""

from __future__ import annotations

import datetime as dt

import pytest

from articlekit.model import Author, Block, BlockKind, Body, Byline, Found
from articlekit.validate import reject_reason

PROSE = " ".join(f"Word{i} of a paragraph that reads as the story." for i in range(10))


def body(*texts):
    return Body(tuple(Block(BlockKind.PARAGRAPH, t) for t in texts))


def none():
    return None


@pytest.mark.parametrize("field, value, reason", [
    ("body", body("Subscribe to read more."), "fewer than 40"),
    ("body", body(*["Share", "Read more", "Advertisement"] * 20), "interface text"),
    ("headline", "–", "empty or a single mark"),
    ("headline", "x" * 400, "a paragraph, not a headline"),
    ("byline", Byline("Sign in", (Author("Sign In"),)), "does not look like a person"),
    ("byline", Byline("", ()), "names no person"),
    ("published", dt.date(1970, 1, 1), "not a plausible date"),
    ("published", dt.date(2999, 1, 1), "not a plausible date"),
    ("tags", ("x" * 100,), "longer than 80"),
])
def test_values_that_cannot_be_right(field, value, reason):
    assert reason in reject_reason(field, value, none)


@pytest.mark.parametrize("field, value", [
    ("body", body(PROSE)),
    ("headline", "Council approves the budget"),
    ("byline", Byline("By Ann Lee", (Author("Ann Lee"),))),
    ("published", dt.date(2024, 5, 1)),
])
def test_values_that_may_win(field, value):
    assert reject_reason(field, value, none) is None


def test_a_body_under_half_the_generic_one_loses():
    generic = Found(body(PROSE, PROSE, PROSE), "visible:main content")
    assert "less than half" in reject_reason("body", body(PROSE), lambda: generic)


def test_corroboration_asks_agreement_with_the_page():
    headline = Found("Council approves the budget", "h1")
    assert reject_reason("headline", "council approves the  budget", lambda: headline,
                         corroborate=True) is None
    assert "differs" in reject_reason("headline", "Latest news", lambda: headline,
                                      corroborate=True)
    people = Found(Byline("", (Author("Ann Lee"),)), "visible")
    more = Byline("", (Author("Ann Lee"), Author("Bo Chen")))
    assert reject_reason("byline", more, lambda: people, corroborate=True) is None
    other = Byline("", (Author("Cy Diaz"),))
    assert "other people" in reject_reason("byline", other, lambda: people, corroborate=True)
    day = Found(dt.date(2024, 5, 1), "meta")
    assert "another day" in reject_reason("published", dt.date(2024, 5, 3), lambda: day,
                                          corroborate=True)
    main = Found(body(PROSE), "visible:main content")
    assert "the same text" in reject_reason("body", body(PROSE), lambda: main, corroborate=True)
    weak = Found(body(PROSE), "visible:any prose")
    assert reject_reason("body", body(PROSE, PROSE), lambda: weak, corroborate=True) is None
