"""What an extractor is, and the partial result it returns.

An extractor fills the fields it knows and leaves the rest to the next one in precedence
order. Each value travels with the part of the page it came from (``Found.source``), which
ends up in ``Article.provenance``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import attrs

from ..model import Found

if TYPE_CHECKING:
    from ..document import Document

__all__ = ["FIELDS", "Extractor", "Found", "FunctionExtractor"]

#: Fields an extractor may fill, in the order of ``Article``.
FIELDS = (
    "canonical_url",
    "headline",
    "byline",
    "dateline",
    "published",
    "modified",
    "body",
    "quotes",
    "site_name",
    "description",
    "language",
    "top_image",
    "tags",
)

@runtime_checkable
class Extractor(Protocol):
    """Turns a Document into some of an Article's fields."""

    name: str

    def applies_to(self, doc: Document) -> bool:
        """Whether this extractor knows the page (usually by its domain)."""
        ...

    def extract(self, doc: Document) -> Mapping[str, Any]:
        """Field name -> ``Found`` (or a bare value, recorded with source ``"extractor"``)."""
        ...


@attrs.frozen
class FunctionExtractor:
    """An extractor made from a plain function by ``@articlekit.register``."""

    name: str
    function: Callable[[Document], Mapping[str, Any]]
    domains: tuple[str, ...] = ()
    #: True: its values win without the checks site values must pass (validate.py).
    trusted: bool = False

    def applies_to(self, doc: Document) -> bool:
        return domain_matches(doc.domain, self.domains)

    def extract(self, doc: Document) -> Mapping[str, Any]:
        return self.function(doc)


def domain_matches(domain: str | None, patterns: tuple[str, ...]) -> bool:
    """``example.com`` matches itself and its subdomains; ``*.example.com`` only subdomains."""
    if not domain:
        return False
    domain = domain.lower().removeprefix("www.")
    for pattern in patterns:
        p = pattern.lower().removeprefix("www.")
        if p.startswith("*."):
            if domain.endswith(p[1:]):
                return True
        elif domain == p or domain.endswith("." + p):
            return True
    return False


def pattern_specificity(patterns: tuple[str, ...]) -> int:
    """How specific the most specific pattern is: more labels wins, so news.example.com
    beats example.com."""
    return max((p.removeprefix("*.").count(".") + 1 for p in patterns), default=0)
