"""The typed result: frozen, slotted attrs classes with tuples inside.

``None`` always means "not found". ``to_dict``/``from_dict`` round-trip exactly; dates
serialise as ISO 8601 (a date alone as ``YYYY-MM-DD``, a datetime with its offset when the
page gave one).
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Mapping
from typing import Any, Generic, TypeVar

import attrs

from .errors import InputError

__all__ = [
    "Found",
    "Article",
    "Author",
    "Block",
    "BlockKind",
    "Body",
    "Byline",
    "Dateline",
    "Provenance",
    "Quote",
    "Rejected",
]

T = TypeVar("T")

@attrs.frozen
class Found(Generic[T]):
    """A field value and where on the page it was found (``"json-ld"``, ``"meta:og:title"``, ``"h1"`` ...)."""

    value: T
    source: str



#: A publication date: a datetime when the page gives a time, a date when it gives only the day.
When = dt.datetime | dt.date


class BlockKind(str, enum.Enum):
    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    BLOCKQUOTE = "blockquote"
    PREFORMATTED = "preformatted"
    TABLE_ROW = "table_row"


@attrs.frozen
class Author:
    name: str
    role: str | None = None
    organisation: str | None = None


@attrs.frozen
class Byline:
    raw: str
    authors: tuple[Author, ...] = attrs.field(default=(), converter=tuple)
    agency: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(a.name for a in self.authors)


@attrs.frozen
class Dateline:
    raw: str
    location: str | None = None
    date: dt.date | None = None
    agency: str | None = None


@attrs.frozen
class Block:
    kind: BlockKind = attrs.field(converter=BlockKind)
    text: str


#: What separates two blocks in ``Body.text``; quote offsets count it.
BLOCK_SEPARATOR = "\n\n"


@attrs.frozen
class Body:
    blocks: tuple[Block, ...] = attrs.field(default=(), converter=tuple)

    @property
    def text(self) -> str:
        return BLOCK_SEPARATOR.join(b.text for b in self.blocks)

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return tuple(b.text for b in self.blocks if b.kind is BlockKind.PARAGRAPH)

    def __bool__(self) -> bool:
        return bool(self.blocks)


@attrs.frozen
class Quote:
    """A direct quotation: its words without the marks, who said them, where in ``body.text``.

    ``start``/``end`` delimit the whole quotation in ``body.text`` (from the opening mark of the
    first piece to the closing mark of the last), so a quote split around its attribution spans
    the attribution too.
    """

    text: str
    speaker: str | None
    start: int
    end: int


@attrs.frozen
class Provenance:
    """Why a field has its value: which extractor set it, from which part of the page."""

    field: str
    extractor: str
    source: str


@attrs.frozen
class Rejected:
    """A value an extractor gave for a field that lost, and why (a site rule's body too
    short, a name that is interface text ...): the field kept another extractor's value."""

    field: str
    extractor: str
    source: str
    reason: str


@attrs.frozen
class Article:
    url: str | None = None
    canonical_url: str | None = None
    headline: str | None = None
    byline: Byline | None = None
    dateline: Dateline | None = None
    published: When | None = None
    modified: When | None = None
    body: Body = attrs.field(factory=Body)
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=tuple)
    site_name: str | None = None
    description: str | None = None
    language: str | None = None
    top_image: str | None = None
    tags: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    provenance: tuple[Provenance, ...] = attrs.field(default=(), converter=tuple)
    rejected: tuple[Rejected, ...] = attrs.field(default=(), converter=tuple)

    # -- convenience -----------------------------------------------------------------------
    @property
    def text(self) -> str:
        return self.body.text

    @property
    def authors(self) -> tuple[str, ...]:
        return self.byline.names if self.byline else ()

    def source_of(self, field: str) -> Provenance | None:
        """Where ``field`` came from, or None when it was not found."""
        for p in self.provenance:
            if p.field == field:
                return p
        return None

    def explain(self) -> dict[str, dict[str, Any]]:
        """Per field: which extractor gave the value and from where, and which values lost
        and why. Fields with neither are left out.

        >>> article.explain()["body"]
        {'extractor': 'generic', 'source': 'visible:main content', 'rejected': [{'extractor':
        'example', 'source': 'site:example div.story', 'reason': 'the body holds 12 words ...'}]}
        """
        out: dict[str, dict[str, Any]] = {}
        for p in self.provenance:
            out[p.field] = {"extractor": p.extractor, "source": p.source, "rejected": []}
        for r in self.rejected:
            entry = out.setdefault(r.field, {"extractor": None, "source": None, "rejected": []})
            entry["rejected"].append({"extractor": r.extractor, "source": r.source,
                                      "reason": r.reason})
        return out

    # -- serialisation ---------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "canonical_url": self.canonical_url,
            "headline": self.headline,
            "byline": _byline_to_dict(self.byline),
            "dateline": _dateline_to_dict(self.dateline),
            "published": _when_to_str(self.published),
            "modified": _when_to_str(self.modified),
            "body": {
                "text": self.body.text,
                "blocks": [{"kind": b.kind.value, "text": b.text} for b in self.body.blocks],
            },
            "quotes": [
                {"text": q.text, "speaker": q.speaker, "start": q.start, "end": q.end}
                for q in self.quotes
            ],
            "site_name": self.site_name,
            "description": self.description,
            "language": self.language,
            "top_image": self.top_image,
            "tags": list(self.tags),
            "provenance": [
                {"field": p.field, "extractor": p.extractor, "source": p.source}
                for p in self.provenance
            ],
            "rejected": [
                {"field": r.field, "extractor": r.extractor, "source": r.source,
                 "reason": r.reason}
                for r in self.rejected
            ],
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """The inverse of ``to_dict``; InputError for data of another shape."""
        try:
            return cls._from_dict(data)
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            raise InputError(f"not an article dictionary ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def _from_dict(cls, data: Mapping[str, Any]) -> Article:
        if not isinstance(data, Mapping):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        body = data.get("body") or {}
        byline = data.get("byline")
        dateline = data.get("dateline")
        return cls(
            url=data.get("url"),
            canonical_url=data.get("canonical_url"),
            headline=data.get("headline"),
            byline=None
            if byline is None
            else Byline(
                raw=byline["raw"],
                authors=tuple(
                    Author(a["name"], a.get("role"), a.get("organisation"))
                    for a in byline.get("authors", ())
                ),
                agency=byline.get("agency"),
            ),
            dateline=None
            if dateline is None
            else Dateline(
                raw=dateline["raw"],
                location=dateline.get("location"),
                date=_date_from_str(dateline.get("date")),
                agency=dateline.get("agency"),
            ),
            published=_when_from_str(data.get("published")),
            modified=_when_from_str(data.get("modified")),
            body=Body(tuple(Block(b["kind"], b["text"]) for b in body.get("blocks", ()))),
            quotes=tuple(
                Quote(q["text"], q.get("speaker"), q["start"], q["end"])
                for q in data.get("quotes", ())
            ),
            site_name=data.get("site_name"),
            description=data.get("description"),
            language=data.get("language"),
            top_image=data.get("top_image"),
            tags=tuple(data.get("tags", ())),
            provenance=tuple(
                Provenance(p["field"], p["extractor"], p["source"])
                for p in data.get("provenance", ())
            ),
            rejected=tuple(
                Rejected(r["field"], r["extractor"], r["source"], r["reason"])
                for r in data.get("rejected", ())
            ),
        )

    @classmethod
    def from_json(cls, text: str) -> Article:
        try:
            data = json.loads(text)
        except (TypeError, ValueError) as exc:
            raise InputError(f"not JSON: {exc}") from exc
        return cls.from_dict(data)


def _byline_to_dict(b: Byline | None) -> dict[str, Any] | None:
    if b is None:
        return None
    return {
        "raw": b.raw,
        "authors": [
            {"name": a.name, "role": a.role, "organisation": a.organisation} for a in b.authors
        ],
        "agency": b.agency,
    }


def _dateline_to_dict(d: Dateline | None) -> dict[str, Any] | None:
    if d is None:
        return None
    return {
        "raw": d.raw,
        "location": d.location,
        "date": d.date.isoformat() if d.date else None,
        "agency": d.agency,
    }


def _when_to_str(value: When | None) -> str | None:
    return None if value is None else value.isoformat()


def _when_from_str(value: str | None) -> When | None:
    if value is None:
        return None
    if len(value) == 10:
        return dt.date.fromisoformat(value)
    return dt.datetime.fromisoformat(value)


def _date_from_str(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)
