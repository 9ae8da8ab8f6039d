"""Checks a site extractor's value must pass before it wins over the generic extractor's.

Site rules go stale: the markup they name changes, and a selector that still matches may
hold a caption, a teaser or a login prompt. Each check below returns the reason a value is
rejected, or None when it may win; a rejected value leaves the generic one in place and is
recorded in ``Article.rejected`` with that reason. Values from an extractor forced by name
(``parse(extractor=...)``) or one marked ``trusted = True`` are not checked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from .fields.body.boilerplate import is_furniture
from .fields.body.choose import size
from .fields.byline import is_person_name
from .model import Body, Byline, Found
from .normalize import plausible_date

__all__ = ["BODY_MIN_WORDS", "BODY_MIN_SHARE", "reject_reason"]

#: A site body shorter than this (words; a CJK character is half a word) is not an article.
BODY_MIN_WORDS = 40
#: ... nor one shorter than this share of the generic body (unless that one is mostly furniture).
BODY_MIN_SHARE = 0.5
#: Blocks that read as furniture ("Share", "Read more", "Advertisement") may make up at most
#: this share of a site body's words.
FURNITURE_MAX_SHARE = 0.3
HEADLINE_MAX = 300

Generic = Callable[[], "Found[Any] | None"]


def _furniture_share(body: Body) -> float:
    total = size(body.blocks)
    if not total:
        return 1.0
    return size([b for b in body.blocks if is_furniture(b.text)]) / total


def _body(value: Body, generic: Generic, now: dt.datetime | None) -> str | None:
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


def _headline(value: str, generic: Generic, now: dt.datetime | None) -> str | None:
    text = " ".join(value.split())
    if len(text) < 3:
        return "the headline is empty or a single mark"
    if len(text) > HEADLINE_MAX:
        return f"the headline is {len(text)} characters long: a paragraph, not a headline"
    return None


def _byline(value: Byline, generic: Generic, now: dt.datetime | None) -> str | None:
    if not value.authors and not value.agency:
        return "the byline names no person and no agency"
    bad = [a.name for a in value.authors if not is_person_name(a.name)]
    if bad:
        return f"{bad[0]!r} does not look like a person's name"
    return None


def _date(value: Any, generic: Generic, now: dt.datetime | None) -> str | None:
    if not isinstance(value, (dt.date, dt.datetime)):
        return "the date could not be read"
    if not plausible_date(value, now):
        return f"{value.isoformat()} is not a plausible date (in the future, or before 1990)"
    return None


def _tags(value: tuple[str, ...], generic: Generic, now: dt.datetime | None) -> str | None:
    if any(len(t) > 80 for t in value):
        return "a tag is longer than 80 characters: the selector reads text, not tags"
    return None


_CHECKS: dict[str, Callable[[Any, Generic, dt.datetime | None], str | None]] = {
    "body": _body,
    "headline": _headline,
    "byline": _byline,
    "published": _date,
    "modified": _date,
    "tags": _tags,
}


def reject_reason(field: str, value: Any, generic: Generic,
                  now: dt.datetime | None = None) -> str | None:
    """Why a site extractor's ``value`` for ``field`` must not win, or None if it may.
    ``generic`` gives the generic extractor's value for the field, computed only if a check
    needs it (the body's length is compared with it)."""
    check = _CHECKS.get(field)
    return check(value, generic, now) if check is not None else None
