"""The generic extractor: one function per field, each reading the shared Document."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING, Any

from ..fields.body import extract_body
from ..fields.byline import extract_byline
from ..fields.dates import extract_modified, extract_published
from ..fields.headline import extract_headline
from ..fields.site import (
    extract_canonical_url,
    extract_description,
    extract_language,
    extract_site_name,
    extract_tags,
    extract_top_image,
)
from .base import Found

if TYPE_CHECKING:
    from ..document import Document

__all__ = ["GenericExtractor"]

# dateline and quotes are derived from the final body by the pipeline.
_FIELD_FUNCTIONS: dict[str, Callable[[Document], Found[Any] | None]] = {
    "canonical_url": extract_canonical_url,
    "headline": extract_headline,
    "byline": extract_byline,
    "published": extract_published,
    "modified": extract_modified,
    "body": extract_body,
    "site_name": extract_site_name,
    "description": extract_description,
    "language": extract_language,
    "top_image": extract_top_image,
    "tags": extract_tags,
}


class GenericExtractor:
    """Works on any page; registered as ``generic`` and always run last."""

    name = "generic"
    domains: tuple[str, ...] = ()

    def applies_to(self, doc: Document) -> bool:
        return True

    def extract(self, doc: Document, only: Collection[str] | None = None) -> dict[str, Found[Any]]:
        out: dict[str, Found[Any]] = {}
        for field, function in _FIELD_FUNCTIONS.items():
            if only is not None and field not in only:
                continue
            found = function(doc)
            if found is not None:
                out[field] = found
        return out
