"""Scoring metadata, quotes and datelines against hand-made labels in tests/labels/.

The body metric only says whether the right paragraphs came out; these labels check
the typed fields articlekit promises (headline, authors, published date, dateline,
quotes). Comparisons normalise only what a human would not call a difference
(Unicode composition, runs of whitespace, curly vs straight quotes, and case where
the brief says so), never anything that changes meaning.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .peers import Extraction

_APOSTROPHES = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'"}
)
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"'})


def normalize(
    text: str | None, *, casefold: bool = False, double_quotes: bool = True
) -> str | None:
    """NFC, collapsed whitespace, curly apostrophes (and by default double quotes) made straight."""
    if text is None:
        return None
    text = " ".join(unicodedata.normalize("NFC", text).split()).translate(_APOSTROPHES)
    if double_quotes:
        text = text.translate(_QUOTES)
    return text.casefold() if casefold else text


def _label_date(value: Any) -> dt.date | None:
    """A label's "YYYY-MM-DD" (or null) as a date."""
    return dt.date.fromisoformat(value[:10]) if value else None


def load_labels(path: Path) -> dict[str, dict[str, Any]] | None:
    """The labels file as a dict keyed by page hash, or None when it does not exist."""
    if not path.is_file():
        return None
    data: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return data


@dataclass
class FieldTally:
    """Right/total counts for one field, plus the failures for the report file."""

    right: int = 0
    total: int = 0
    failures: list[str] = field(default_factory=list)

    def add(self, ok: bool, failure: str) -> None:
        self.total += 1
        self.right += ok
        if not ok:
            self.failures.append(failure)

    @property
    def accuracy(self) -> float | None:
        return self.right / self.total if self.total else None


# --- metadata -----------------------------------------------------------------------


def headline_ok(pred: str | None, label: str | None) -> bool:
    """Exact headline after NFC, whitespace collapse, quote folding and case-folding."""
    return normalize(pred, casefold=True) == normalize(label, casefold=True)


def authors_ok(pred: Iterable[str] | None, label: Iterable[str]) -> bool:
    """Same set of normalised author names; [] matches only an empty prediction."""
    if pred is None:
        return False
    return {normalize(a, casefold=True) for a in pred} == {
        normalize(a, casefold=True) for a in label
    }


def date_ok(pred: dt.date | None, label: str | None) -> bool:
    """Same calendar day; a null label matches only a None prediction."""
    return pred == _label_date(label)


def field_ok(name: str, pred: Extraction, label: Mapping[str, Any]) -> bool:
    """Whether one metadata field of a prediction agrees with its label."""
    if name == "headline":
        return headline_ok(pred.get("headline"), label.get("headline"))
    if name == "authors":
        return authors_ok(pred.get("authors"), label.get("authors") or [])
    return date_ok(pred.get("published"), label.get("published"))


def _shown(value: Any) -> Any:
    """Dates as ISO strings in failure reports, so they read like the labels."""
    return value.isoformat() if isinstance(value, dt.date) else value


def score_metadata(
    labels: Mapping[str, Mapping[str, Any]],
    extractions: Mapping[str, Extraction],
    fields: frozenset[str],
) -> dict[str, FieldTally]:
    """Headline, authors and date tallies of one extractor over the labelled pages it ran on.

    Fields the extractor does not extract at all are left out (reported as n/a).
    """
    tallies: dict[str, FieldTally] = {
        name: FieldTally() for name in ("headline", "authors", "published") if name in fields
    }
    for key in sorted(labels.keys() & extractions.keys()):
        label, pred = labels[key], extractions[key]
        for name, tally in tallies.items():
            tally.add(
                field_ok(name, pred, label),
                f"{key} {label.get('url', '')}\n  {name}: expected {label.get(name)!r}\n"
                f"  {' ' * len(name)}  got      {_shown(pred.get(name))!r}",
            )
    return tallies


# --- quotes and datelines ------------------------------------------------------------


@dataclass
class QuoteScores:
    """articlekit's quote and dateline figures over the pages of quotes.json."""

    predicted: int = 0
    labelled: int = 0
    matched: int = 0
    speakers: FieldTally = field(default_factory=FieldTally)
    #: matched quotes given a speaker that is not the labelled one (worse than none)
    wrong_speakers: int = 0
    datelines: FieldTally = field(default_factory=FieldTally)  # every labelled page
    with_dateline: FieldTally = field(default_factory=FieldTally)  # pages whose label has one
    without_dateline: int = 0
    invented_datelines: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return self.matched / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.matched / self.labelled if self.labelled else None


def _quote_text(text: str | None) -> str | None:
    """Quote texts compare after whitespace, NFC and apostrophe folding only (case matters)."""
    return normalize(text, double_quotes=False)


def match_quotes(
    predicted: list[dict[str, Any]], labelled: list[dict[str, Any]]
) -> tuple[list[tuple[dict[str, Any], dict[str, Any]]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Pairs (predicted, label) of equal quotes, each label used once; then unmatched of each side."""
    free = list(labelled)
    pairs, extra = [], []
    for quote in predicted:
        text = _quote_text(quote.get("text"))
        hit = next((lab for lab in free if _quote_text(lab.get("text")) == text), None)
        if hit is None:
            extra.append(quote)
        else:
            free.remove(hit)
            pairs.append((quote, hit))
    return pairs, extra, free


def _speaker_key(name: str | None) -> str | None:
    key = normalize(name, casefold=True)
    if key:
        # a middle initial is the same person's name ("Donald J. Trump" = "Donald Trump")
        key = re.sub(r"(?<=\w )[a-z]\. (?=\w)", "", key)
    return key[4:] if key and key.startswith("the ") else key  # "the Electoral Commission"


def speaker_ok(pred: str | None, label: str | None, alternatives: Iterable[str] = ()) -> bool:
    """Same speaker after normalisation, case-folding, without a leading "the" and without
    middle initials; the label's
    ``speaker_alternatives`` (other names the article itself gives that speaker) count too.
    A None label matches only None."""
    got = _speaker_key(pred)
    return got == _speaker_key(label) or (
        got is not None and any(got == _speaker_key(alt) for alt in alternatives))


def dateline_ok(pred: Mapping[str, Any] | None, label: Mapping[str, Any] | None) -> bool:
    """Both absent, or both present with the same location (case-folded) and date."""
    if pred is None or label is None:
        return pred is None and label is None
    same_place = normalize(pred.get("location"), casefold=True) == normalize(
        label.get("location"), casefold=True
    )
    return same_place and pred.get("date") == _label_date(label.get("date"))


def _fmt_dateline(d: Mapping[str, Any] | None) -> str:
    """A dateline (predicted or labelled) on one line for the failures file."""
    if d is None:
        return "None"
    return f"raw={d.get('raw')!r} location={d.get('location')!r} date={_shown(d.get('date'))!r}"


def score_quotes(
    labels: Mapping[str, Mapping[str, Any]], extractions: Mapping[str, Extraction]
) -> QuoteScores:
    """Quote precision/recall, speaker and dateline accuracy of articlekit on labelled pages."""
    scores = QuoteScores()
    for key in sorted(labels.keys() & extractions.keys()):
        label, pred = labels[key], extractions[key]
        where = f"{key} {label.get('url', '')}"
        problems: list[str] = []
        pairs, extra, missed = match_quotes(
            list(pred.get("quotes") or []), list(label.get("quotes") or [])
        )
        scores.predicted += len(pairs) + len(extra)
        scores.labelled += len(pairs) + len(missed)
        scores.matched += len(pairs)
        problems += [
            f"  invented quote: {q.get('text')!r} (speaker {q.get('speaker')!r})" for q in extra
        ]
        problems += [
            f"  missed quote:   {q.get('text')!r} (speaker {q.get('speaker')!r})" for q in missed
        ]
        for got, want in pairs:
            ok = speaker_ok(got.get("speaker"), want.get("speaker"), want.get("speaker_alternatives") or ())
            scores.speakers.add(ok, "")
            scores.wrong_speakers += not ok and got.get("speaker") is not None
            if not ok:
                problems.append(
                    f"  wrong speaker:  {want.get('text')!r}: expected {want.get('speaker')!r}, got {got.get('speaker')!r}"
                )
        label_dl, pred_dl = label.get("dateline"), pred.get("dateline")
        ok = dateline_ok(pred_dl, label_dl)
        scores.datelines.add(ok, "")
        if label_dl is not None:
            scores.with_dateline.add(ok, "")
        else:
            scores.without_dateline += 1
            scores.invented_datelines += pred_dl is not None
        if not ok:
            problems.append(
                f"  dateline: expected {_fmt_dateline(label_dl)}\n            got      {_fmt_dateline(pred_dl)}"
            )
        if problems:
            scores.failures.append("\n".join([where, *problems]))
    return scores
