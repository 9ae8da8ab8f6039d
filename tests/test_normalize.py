"""The normalizer: text, names, dates, URLs."""

from __future__ import annotations

import datetime as dt

import pytest

from articlekit.normalize import (
    absolute_url,
    clean_inline,
    clean_text,
    normalize_name,
    normalize_when,
)


def test_clean_text_unicode_and_spaces():
    assert clean_text("Cafe\u0301\u00a0au\u200blait\u00ad!") == "Café aulait!"
    assert clean_text("a\u2009b\u202fc\x07d") == "a b cd"
    assert clean_text("  one  \n  two  ") == "one\ntwo"
    assert clean_inline(" line\none\ttwo ") == "line one two"
    assert clean_inline("\u200b") is None


def test_c1_controls_are_read_as_windows_1252():
    # text decoded as Latin-1 from windows-1252 bytes (or "&#146;" left as U+0092 by a parser)
    assert clean_text("I\x92m here. \x93Yes,\x94 she said \x96 twice\x85") == (
        "I’m here. “Yes,” she said – twice…")
    assert clean_text("a\x81b\x9dc") == "abc"  # bytes windows-1252 leaves undefined


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("DANIEL KIM", "Daniel Kim"),
        ("Kim, Daniel", "Daniel Kim"),
        ("daniel kim", "Daniel Kim"),
        ("JEAN-LUC O'BRIEN", "Jean-Luc O'Brien"),
        ("LUDWIG VAN BEETHOVEN", "Ludwig van Beethoven"),
        ("Sarah E. Needleman", "Sarah E. Needleman"),
        ("danah boyd", "Danah Boyd"),
        ("Smith, Jr.", "Smith, Jr."),
        ("MCDONALD", "McDonald"),
    ],
)
def test_names(raw, name):
    assert normalize_name(raw) == name


def test_dates_in_the_future_or_before_the_web_are_dropped():
    now = dt.datetime(2024, 7, 11, tzinfo=dt.timezone.utc)
    assert normalize_when(dt.date(2024, 7, 12), now=now) == dt.date(2024, 7, 12)  # a timezone ahead
    assert normalize_when(dt.date(2024, 8, 1), now=now) is None
    assert normalize_when(dt.date(1970, 1, 1), now=now) is None
    aware = dt.datetime(2024, 7, 10, 9, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    assert normalize_when(aware, now=now) == aware


def test_urls_made_absolute():
    base = "https://example.com/news/a.html"
    assert absolute_url("/img/x.jpg", base) == "https://example.com/img/x.jpg"
    assert absolute_url("//cdn.example.com/x.jpg", base) == "https://cdn.example.com/x.jpg"
    assert absolute_url("b.html", base) == "https://example.com/news/b.html"
    assert absolute_url("javascript:void(0)", base) is None
    assert absolute_url("", base) is None
    assert absolute_url("/x", None) == "/x"
