"""The library's errors: every public entry point raises only these."""

from __future__ import annotations

__all__ = [
    "ArticleKitError",
    "DocumentTooLargeError",
    "EmptyDocumentError",
    "ExtractorError",
    "InputError",
    "NotHTMLError",
    "PageTimeoutError",
    "SourceError",
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

    def __reduce__(self) -> tuple[type, tuple[int, int]]:
        # Errors cross process boundaries in parse_many(jobs>1): keep them picklable.
        return (type(self), (self.size, self.limit))


class SourceError(InputError):
    """A file, folder or archive named as input cannot be read (missing, unreadable, a
    corrupt or truncated archive, or a WARC without the optional reader installed).

    ``reason`` says which: "not_found", "unreadable", "damaged" or "needs_extra"."""

    def __init__(self, message: str, reason: str = "unreadable") -> None:
        super().__init__(message)
        self.reason = reason

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        return (type(self), (str(self), self.reason))


class PageTimeoutError(ArticleKitError, TimeoutError):
    """A page took longer than the time limit given to parse_many() or ``--timeout``."""


class UnknownExtractorError(ArticleKitError, LookupError):
    """An extractor was asked for by a name nobody registered."""


class ExtractorError(ArticleKitError):
    """An extractor (usually a plugin) failed or returned fields of the wrong shape."""
