"""The library's errors: every public entry point raises only these."""

from __future__ import annotations

__all__ = [
    "ArticleKitError",
    "DocumentTooLargeError",
    "EmptyDocumentError",
    "ExtractorError",
    "InputError",
    "NotHTMLError",
    "UnknownExtractorError",
]


class ArticleKitError(Exception):
    """Base class of every error articlekit raises on purpose."""


class InputError(ArticleKitError, ValueError):
    """The input cannot be read as an HTML document."""


class EmptyDocumentError(InputError):
    """The input holds no markup or text at all."""


class NotHTMLError(InputError):
    """The input is another kind of file (an image, a PDF, an archive ...)."""


class DocumentTooLargeError(InputError):
    """The input is larger than the size limit the caller allowed."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(
            f"document is {size:,} bytes, over the limit of {limit:,} bytes; "
            "pass a larger max_bytes to parse() if you trust this input"
        )
        self.size = size
        self.limit = limit


class UnknownExtractorError(ArticleKitError, LookupError):
    """An extractor was asked for by a name nobody registered."""


class ExtractorError(ArticleKitError):
    """An extractor (usually a plugin) failed or returned fields of the wrong shape."""
