"""How a prediction is scored against each set's truth (pure functions).

- Body, where a set has a reference text: the Scrapinghub shingle metric (metric.py).
- Body start (Mercury): the first N whitespace-separated words of the body, joined by one
  space, equal the label (strict); or, with all whitespace removed from both, the body starts
  with the label (lenient: Mercury joins neighbouring elements without a space, and CJK text
  has few spaces).
- Body passages (our labels): a passage is found when its letters and digits, case-folded,
  occur in a row in the body's (so spacing, punctuation and quotation marks do not matter).
  Pooled over pages as trafilatura's evaluation does: TP = `with` passages found,
  FN = `with` missed, FP = `without` passages found, TN = `without` absent; precision
  TP/(TP+FP), recall TP/(TP+FN), F1.
- Headline: exact after NFC, whitespace, quote folding and case-folding (strict); lenient also
  accepts one being the other plus a site name or section after a separator ("X | Site",
  "X_Section_Site", "X [Site]").
- Authors: the same set of names after that normalisation; `[]` only matches none.
- Published day: our labels and a day-only reference are days as the page shows them, matched
  by the prediction's own calendar day. Mercury's and Readability's instants (UTC) are matched
  by the prediction's UTC day when it carries a zone, else by its day in any zone from UTC-12
  to UTC+14 (a day-only prediction cannot be placed more precisely).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from dateutil import parser as dateparser

from .labels import normalize

_ALNUM = re.compile(r"[^\w]|_", re.UNICODE)


def squash(text: str | None) -> str:
    """Letters and digits only, case-folded and NFKC: what a passage match compares."""
    return _ALNUM.sub("", unicodedata.normalize("NFKC", text or "").casefold())


def passages(body: str, label: dict[str, Any]) -> tuple[int, int, int, int]:
    """(tp, fn, fp, tn) of one page's `with` and `without` passages."""
    flat = squash(body)
    tp = fn = fp = tn = 0
    for p in label.get("with") or ():
        s = squash(p)
        if s and s in flat:
            tp += 1
        else:
            fn += 1
    for p in label.get("without") or ():
        s = squash(p)
        if s and s in flat:
            fp += 1
        else:
            tn += 1
    return tp, fn, fp, tn


def prf(tp: int, fn: int, fp: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def body_start(body: str, first_words: dict[str, Any]) -> tuple[bool, bool]:
    """(strict, lenient) agreement of the body's first words with Mercury's."""
    n, text = first_words["n"], first_words["text"]
    strict = " ".join(body.split()[:n]) == " ".join(text.split())
    flat_body = "".join(body.split())
    lenient = flat_body.startswith("".join(text.split()))
    return strict, lenient


# What joins a headline to a site name or section in a <title>: a separator ("|", "-", "_",
# "::", "@" ...) or a bracketed suffix ("[LWN.net]", "（CNET Japan）").
_SEPARATOR = re.compile(
    r"^\s*(?:[|\-\u2013\u2014:·•»«/_@]|::)\s*|\s*(?:[|\-\u2013\u2014:·•»«/_@]|::)\s*$"
    r"|^\s*[\[(（【]")


def headline_scores(pred: str | None, label: str | None) -> tuple[bool, bool]:
    """(strict, lenient) headline agreement."""
    a, b = normalize(pred, casefold=True), normalize(label, casefold=True)
    if a is None or b is None:
        return a == b, a == b
    if a == b:
        return True, True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 4:
        return False, False
    if long_.startswith(short):
        rest = long_[len(short):]
    elif long_.endswith(short):
        rest = long_[: len(long_) - len(short)]
    else:
        return False, False
    return False, bool(_SEPARATOR.search(rest))


_BYLINE_PREFIX = re.compile(r"^\s*(?:by|von|par|por)\s+", re.I)
_BYLINE_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\|)\s*", re.I)


def byline_names(byline: str) -> list[str]:
    """A raw byline string as a set of names, by one fixed rule applied to every extractor:
    a leading By/Von/Par/Por dropped, split at commas, semicolons, '&', '|' and the word
    'and' (und, et, y); parts with a digit or '@' dropped."""
    names = []
    for part in _BYLINE_SPLIT.split(_BYLINE_PREFIX.sub("", " ".join(byline.split()))):
        part = part.strip(" .")
        if part and not re.search(r"\d|@", part):
            names.append(part)
    return names


def _instant(value: str) -> dt.datetime | dt.date | None:
    if not value:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        return dt.date.fromisoformat(value.strip())
    try:
        return dateparser.isoparse(value.strip())
    except (ValueError, OverflowError):
        try:
            return dateparser.parse(value)
        except (ValueError, OverflowError):
            return None


def day_of(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return None


def date_matches_instant(pred: Any, label: str | None) -> bool | None:
    """A prediction against an instant label (Mercury, Readability); None: label unusable."""
    if label is None:
        return None
    if label == "":
        return pred is None
    ref = _instant(label)
    if ref is None:
        return None
    if pred is None:
        return False
    if isinstance(ref, dt.date) and not isinstance(ref, dt.datetime):
        return day_of(pred) == ref
    if ref.tzinfo is None:
        return day_of(pred) == ref.date()
    ref_utc = ref.astimezone(dt.timezone.utc)
    if isinstance(pred, dt.datetime) and pred.tzinfo is not None:
        return pred.astimezone(dt.timezone.utc).date() == ref_utc.date()
    days = {(ref_utc + dt.timedelta(hours=h)).date() for h in (-12, 14)}
    return day_of(pred) in days | {ref_utc.date()}


def date_matches_day(pred: Any, label: str | None) -> bool:
    """A prediction against a day as the page shows it; a null label matches only None."""
    if label is None:
        return pred is None
    return day_of(pred) == dt.date.fromisoformat(label[:10])
