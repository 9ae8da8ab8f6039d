"""articlekit: raw HTML of a news article in, a typed Article out.

>>> import articlekit
>>> article = articlekit.parse(html_bytes, url="https://example.com/story")
>>> article.headline, article.byline, article.published, article.quotes
"""

from __future__ import annotations

from ._version import __version__
from .batch import PageResult, parse_many
from .document import Document
from .errors import (
    ArticleKitError,
    DocumentTooLargeError,
    EmptyDocumentError,
    ExtractorError,
    InputError,
    NotHTMLError,
    PageTimeoutError,
    SourceError,
    UnknownExtractorError,
)
from .extractors.base import Extractor
from .model import (
    Article,
    Author,
    Block,
    BlockKind,
    Body,
    Byline,
    Dateline,
    Found,
    Provenance,
    Quote,
    Rejected,
)
from .pipeline import parse
from .registry import Registry, default_registry, load_rules, register
from .sources import Page, SourceFailure, SourceTally, iter_pages

__all__ = [
    "__version__",
    "Article",
    "ArticleKitError",
    "Author",
    "Block",
    "BlockKind",
    "Body",
    "Byline",
    "Dateline",
    "Document",
    "DocumentTooLargeError",
    "EmptyDocumentError",
    "Extractor",
    "ExtractorError",
    "Found",
    "InputError",
    "NotHTMLError",
    "Page",
    "PageResult",
    "PageTimeoutError",
    "Provenance",
    "Quote",
    "Registry",
    "Rejected",
    "SourceError",
    "SourceFailure",
    "SourceTally",
    "UnknownExtractorError",
    "default_registry",
    "iter_pages",
    "load_rules",
    "parse",
    "parse_many",
    "register",
]


