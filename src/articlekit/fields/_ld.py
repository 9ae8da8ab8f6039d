"""Helpers shared by the field modules to read JSON-LD article objects."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..document import Document
from ..structured import JsonLd, ld_types

__all__ = ["ARTICLE_TYPES", "article_objects", "ld_text"]

# Markup vocabulary: the schema.org types of a page's content.
ARTICLE_TYPES = frozenset(
    {
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
        "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "blogposting",
        "socialmediaposting", "liveblogposting", "techarticle", "scholarlyarticle", "report",
        "review", "posting", "webpage", "itempage", "creativework", "medicalwebpage",
        "discussionforumposting", "videoobject", "howto", "recipe", "product", "event",
    }
)
_RANK = {t: i for i, t in enumerate(
    ["newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
     "reviewnewsarticle", "backgroundnewsarticle", "article", "blogposting", "liveblogposting",
     "techarticle", "scholarlyarticle", "report", "socialmediaposting", "review", "posting",
     "discussionforumposting", "howto", "recipe", "videoobject", "creativework", "medicalwebpage",
     "itempage", "webpage", "product", "event"]
)}


def _rank(obj: JsonLd) -> int:
    return min((_RANK.get(t, 99) for t in ld_types(obj)), default=99)


def article_objects(doc: Document) -> list[JsonLd]:
    """JSON-LD objects that describe the page's content, most article-like first (computed
    once per document: every field reads them)."""
    return doc.memo("article_objects", lambda: _article_objects(doc))


def _article_objects(doc: Document) -> list[JsonLd]:
    found = [o for o in doc.json_ld if ld_types(o) & ARTICLE_TYPES]
    # An article nested in a WebPage's mainEntity counts too.
    for o in doc.json_ld:
        main = doc.resolve_ld(o.get("mainEntity"))
        if isinstance(main, dict) and ld_types(main) & ARTICLE_TYPES and main not in found:
            found.append(main)
    found.sort(key=_rank)
    return found


def ld_text(value: Any) -> Iterator[str]:
    """Strings in a JSON-LD value that may be a string, a list, or an object with a name/@value."""
    if isinstance(value, str):
        if value.strip():
            yield value.strip()
    elif isinstance(value, list):
        for v in value[:50]:
            yield from ld_text(v) if not isinstance(v, list) else ()
    elif isinstance(value, dict):
        for key in ("name", "@value", "text"):
            v = value.get(key)
            if isinstance(v, str) and v.strip():
                yield v.strip()
                return
