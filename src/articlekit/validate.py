"""Checks a site extractor's value must pass before it wins over the generic extractor's.

Site rules go stale: the markup they name changes, and a selector that still matches may
hold a caption, a teaser or a login prompt. Each check below returns the reason a value is
rejected, or None when it may win; a rejected value leaves the generic one in place and is
recorded in ``Article.rejected`` with that reason. Values from an extractor forced by name
(``parse(extractor=...)``) or one marked ``trusted = True`` are not checked.

Rules written for articlekit (built-ins, a user's TOML, Python extractors) must pass the
checks of their value alone. Rules of unknown age and care (the Full-Text RSS collection,
``corroborate = True``) must also agree with what the page shows elsewhere: the same
headline, day and people as the generic extractor, or a body that reads like its main text;
a body of theirs wins only where the generic extractor found none or fell back to a weak
reading. Measured on the corpus pages of their sites (docs/benchmarks.md), naive use of
those rules makes every field worse.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from typing import Any

from .fields.body.boilerplate import is_furniture
from .fields.body.choose import size
from .fields.byline import is_person_name
from .model import Body, Byline, Found
from .normalize import day_of, plausible_date

__all__ = ["BODY_MIN_WORDS", "BODY_MIN_SHARE", "reject_reason"]

#: A site body shorter than this (words; a CJK character is half a word) is not an article.
BODY_MIN_WORDS = 40
#: ... nor one shorter than this share of the generic body (unless that one is mostly furniture).
BODY_MIN_SHARE = 0.5
#: Blocks that read as furniture ("Share", "Read more", "Advertisement") may make up at most
#: this share of a site body's words.
FURNITURE_MAX_SHARE = 0.3
HEADLINE_MAX = 300

#: Gives the generic extractor's value for the field being checked (computed when asked).
GenericValue = Callable[[], "Found[Any] | None"]


def _furniture_share(body: Body) -> float:
    total = size(body.blocks)
    if not total:
        return 1.0
    return size([b for b in body.blocks if is_furniture(b.text)]) / total


def _body(value: Body, generic: GenericValue, now: dt.datetime | None) -> str | None:
    words = size(value.blocks)
    if words < BODY_MIN_WORDS:
        return f"the body holds {words:.0f} words, fewer than {BODY_MIN_WORDS}"
    if _furniture_share(value) > FURNITURE_MAX_SHARE:
        return "the body is mostly interface text (share, read more, advertisement ...)"
    other = generic()
    if other is not None and isinstance(other.value, Body):
        theirs = size(other.value.blocks)
        if words < BODY_MIN_SHARE * theirs and _furniture_share(other.value) <= 0.5:
            return (f"the body holds {words:.0f} words, less than half the generic "
                    f"body's {theirs:.0f}")
    return None


def _headline(value: str, generic: GenericValue, now: dt.datetime | None) -> str | None:
    text = " ".join(value.split())
    if len(text) < 3:
        return "the headline is empty or a single mark"
    if len(text) > HEADLINE_MAX:
        return f"the headline is {len(text)} characters long: a paragraph, not a headline"
    return None


def _byline(value: Byline, generic: GenericValue, now: dt.datetime | None) -> str | None:
    if not value.authors and not value.agency:
        return "the byline names no person and no agency"
    bad = [a.name for a in value.authors if not is_person_name(a.name)]
    if bad:
        return f"{bad[0]!r} does not look like a person's name"
    return None


def _date(value: Any, generic: GenericValue, now: dt.datetime | None) -> str | None:
    if not isinstance(value, (dt.date, dt.datetime)):
        return "the date could not be read"
    if not plausible_date(value, now):
        return f"{value.isoformat()} is not a plausible date (in the future, or before 1990)"
    return None


def _tags(value: tuple[str, ...], generic: GenericValue, now: dt.datetime | None) -> str | None:
    if any(len(t) > 80 for t in value):
        return "a tag is longer than 80 characters: the selector reads text, not tags"
    return None


_CHECKS: dict[str, Callable[[Any, GenericValue, dt.datetime | None], str | None]] = {
    "body": _body,
    "headline": _headline,
    "byline": _byline,
    "published": _date,
    "modified": _date,
    "tags": _tags,
}


#: Readings of the generic body that are fallbacks: a rule's body may replace them.
WEAK_BODY_SOURCES = ("visible:page paragraphs", "visible:any prose")
#: Share of one body's words the other must hold for the two to read as the same text.
SAME_TEXT = 0.9


def _fold(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
                    .casefold().split())


def _coverage(a: str, b: str) -> float:
    """The share of a's words that b holds (as a multiset)."""
    wa, wb = Counter(_fold(a).split()), Counter(_fold(b).split())
    total = sum(wa.values())
    return sum(min(n, wb[w]) for w, n in wa.items()) / total if total else 1.0


def _agrees(field: str, value: Any, other: Found[Any]) -> str | None:
    theirs = other.value
    if field == "headline":
        if _fold(value) != _fold(theirs):
            return f"differs from the headline the page shows ({theirs!r})"
    elif field == "byline":
        mine = {_fold(n) for n in value.names}
        if not {_fold(n) for n in theirs.names} <= mine:
            return f"names other people than the page's byline ({', '.join(theirs.names)})"
    elif field in ("published", "modified"):
        if isinstance(theirs, (dt.date, dt.datetime)) and day_of(value) != day_of(theirs):
            return f"another day than the page's own date ({day_of(theirs).isoformat()})"
    elif field == "body":
        if other.source in WEAK_BODY_SOURCES:
            return None
        mine, text = value.text, theirs.text
        if _coverage(text, mine) < SAME_TEXT or _coverage(mine, text) < SAME_TEXT:
            return "does not read like the page's main text (another part of the page)"
        # The same text: the generic reading is kept, its edges (kicker, headline printed
        # again, byline lines) trimmed, where a rule's container keeps them.
        return "the same text as the page's main content, which the generic reading trims"
    return None


def reject_reason(field: str, value: Any, generic: GenericValue,
                  now: dt.datetime | None = None, corroborate: bool = False) -> str | None:
    """Why a site extractor's ``value`` for ``field`` must not win, or None if it may.
    ``generic`` gives the generic extractor's value for the field, computed only if a check
    needs it. ``corroborate``: the value must also agree with the generic one (see above)."""
    check = _CHECKS.get(field)
    reason = check(value, generic, now) if check is not None else None
    if reason is None and corroborate:
        other = generic()
        if other is not None:
            reason = _agrees(field, value, other)
    return reason
