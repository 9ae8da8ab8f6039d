"""One adapter per extractor: ``(html_bytes, url) -> Extraction``.

Every adapter returns the same plain shape so that scoring, timing and memory code
never special-case an extractor. Peers are run the way their own docs / benchmarks
run them, so that the comparison is fair to them:

* trafilatura: a single ``bare_extraction`` call with the settings of its published
  run on this corpus (balanced: neither favor_precision nor favor_recall, fallbacks on,
  include_comments=False, include_tables=True) and ``with_metadata=True``. Its body
  is ``extract()``'s text (``xmltotxt`` of the body, NFC), so one call gives both
  body and metadata instead of paying the extraction twice. It takes bytes itself.
* readability-lxml: ``Document(bytes)`` (it sniffs the encoding itself),
  ``summary(html_partial=True)`` then the summary's text, block elements on their own
  lines. Headline: ``short_title()`` (the title without the site-name suffix). It
  extracts no authors nor dates: those fields are ``None`` = "not supported".
* newspaper4k: decoded the way its downloader decodes a response
  (``w3lib.encoding.html_to_unicode``, UTF-8 default), ``Article(url)``,
  ``download(input_html=...)``, ``parse()``. ``fetch_images=False``: by default it
  downloads images to size them, which is network I/O, not extraction (and there is
  no network here); the text does not depend on it.
* articlekit: ``articlekit.parse``.

Peers get every exception caught per page (scored as an empty extraction, with
``error`` set, so failures are counted). articlekit gets only ``ArticleKitError``
caught: anything else is a bug and must crash the run loudly.
"""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypedDict


class Extraction(TypedDict, total=False):
    """What every adapter returns.

    ``authors``/``published`` are ``None`` when the extractor does not extract that
    field at all (so it is reported as n/a, not as wrong or right). ``dateline`` and
    ``quotes`` are only filled by articlekit. ``error`` is set when the page failed.
    """

    body: str
    headline: str | None
    authors: list[str] | None
    published: dt.date | None
    published_at: dt.datetime | dt.date | None  # as given: a datetime keeps its zone
    dateline: dict[str, Any] | None
    quotes: list[dict[str, Any]]
    error: str | None


Adapter = Callable[[bytes, str], Extraction]


@dataclass(frozen=True)
class Extractor:
    """How to find, version and call one extractor."""

    name: str
    modules: tuple[str, ...]  # imported up front; the first one tells if it is installed
    distribution: str  # name for importlib.metadata.version
    adapter: Adapter
    fields: frozenset[str]  # metadata fields it extracts (headline/authors/published)
    is_peer: bool = True

    def available(self) -> bool:
        """Whether its package is installed (not whether it imports cleanly)."""
        return importlib.util.find_spec(self.modules[0]) is not None


def _empty(error: str | None = None) -> Extraction:
    """The extraction of a page that yielded nothing (or failed): no body, no metadata."""
    return Extraction(body="", headline=None, authors=[], published=None, error=error)


def _as_date(value: Any) -> dt.date | None:
    """A date from a date, datetime (its own calendar day, no tz shift) or ISO string."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _guard_peer(adapter: Adapter) -> Adapter:
    """Turn any exception of a peer into an empty, failed extraction."""

    def guarded(html: bytes, url: str) -> Extraction:
        try:
            return adapter(html, url)
        except Exception as exc:  # noqa: BLE001 - a peer's crash is a scored failure
            return _empty(f"{type(exc).__name__}: {exc}")

    guarded.__name__ = adapter.__name__
    guarded.__doc__ = adapter.__doc__
    return guarded


# --- articlekit -------------------------------------------------------------------


def run_articlekit(html: bytes, url: str) -> Extraction:
    """articlekit.parse; only its own errors count as failures."""
    import articlekit

    try:
        art = articlekit.parse(html, url=url or None)
    except articlekit.ArticleKitError as exc:
        return _empty(f"{type(exc).__name__}: {exc}")
    return extraction_of(art)


def extraction_of(art: Any) -> Extraction:
    """An articlekit Article in the adapters' common shape."""
    dateline = art.dateline
    return Extraction(
        body=art.body.text if art.body is not None else "",
        headline=art.headline,
        authors=list(art.authors),
        published=_as_date(art.published),
        published_at=art.published,
        dateline=None
        if dateline is None
        else {
            "raw": dateline.raw,
            "location": dateline.location,
            "date": dateline.date,
            "agency": dateline.agency,
        },
        quotes=[{"text": q.text, "speaker": q.speaker} for q in art.quotes],
        error=None,
    )


# --- trafilatura ------------------------------------------------------------------


@_guard_peer
def run_trafilatura(html: bytes, url: str) -> Extraction:
    """trafilatura's balanced settings, body and metadata from one call."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
    )
    if doc is None or isinstance(doc, dict):  # None: nothing worth extracting
        return _empty()
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    return Extraction(
        # What extract() returns: NFC of xmltotxt(body) (comments are off).
        body=unicodedata.normalize("NFC", doc.text or ""),
        headline=doc.title or None,
        authors=authors,
        published=_as_date(doc.date),
        published_at=_as_date(doc.date),
        error=None,
    )


# --- readability-lxml -------------------------------------------------------------

_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 "
    "h4 h5 h6 header hr li main nav ol p pre section table tbody td th thead tr ul".split()
)


def html_fragment_text(fragment: str) -> str:
    """Text of an HTML fragment, each block element on its own line.

    Without line breaks between blocks the words of adjacent paragraphs would fuse
    into one token ("end.Next" is fine, "endNext" is not) and cost readability shingles
    it did get right.
    """
    import lxml.html

    if not fragment.strip():
        return ""
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    parts: list[str] = []

    def walk(el: Any) -> None:
        block = isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS
        if block:
            parts.append("\n")
        if isinstance(el.tag, str) and el.tag.lower() not in ("script", "style") and el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
        if block:
            parts.append("\n")
        if el.tail:
            parts.append(el.tail)

    walk(root)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


@_guard_peer
def run_readability(html: bytes, url: str) -> Extraction:
    """readability-lxml summary as text; headline from short_title()."""
    from readability import Document

    doc = Document(html)
    body = html_fragment_text(doc.summary(html_partial=True))
    return Extraction(
        body=body, headline=doc.short_title() or None, authors=None, published=None, error=None
    )


# --- newspaper4k ------------------------------------------------------------------


@_guard_peer
def run_newspaper4k(html: bytes, url: str) -> Extraction:
    """newspaper4k on a cached page, decoded as its downloader would."""
    import newspaper
    from w3lib.encoding import html_to_unicode

    _, text = html_to_unicode(
        content_type_header=None, html_body_str=html, default_encoding="utf-8"
    )
    article = newspaper.Article(url, fetch_images=False)
    article.download(input_html=text)
    article.parse()
    return Extraction(
        body=article.text or "",
        headline=article.title or None,
        authors=list(article.authors or []),
        published=_as_date(article.publish_date),
        published_at=article.publish_date
        if isinstance(article.publish_date, dt.date)
        else _as_date(article.publish_date),
        error=None,
    )


# --- htmldate (dates only) ------------------------------------------------------------


@_guard_peer
def run_htmldate(html: bytes, url: str) -> Extraction:
    """htmldate.find_date with ``original_date=True``: the publication date, which is what is
    scored (its default, False, asks for the latest update), extensive search on (its default)."""
    from htmldate import find_date

    found = find_date(html, url=url or None, original_date=True)
    return Extraction(
        body="", headline=None, authors=None, published=_as_date(found),
        published_at=_as_date(found), error=None,
    )


_ALL_META = frozenset({"headline", "authors", "published"})

EXTRACTORS: dict[str, Extractor] = {
    e.name: e
    for e in (
        Extractor(
            "articlekit", ("articlekit",), "articlekit", run_articlekit, _ALL_META, is_peer=False
        ),
        Extractor("trafilatura", ("trafilatura",), "trafilatura", run_trafilatura, _ALL_META),
        Extractor(
            "readability",
            ("readability", "lxml.html"),
            "readability-lxml",
            run_readability,
            frozenset({"headline"}),
        ),
        Extractor(
            "newspaper4k",
            ("newspaper", "w3lib.encoding"),
            "newspaper4k",
            run_newspaper4k,
            _ALL_META,
        ),
        Extractor("htmldate", ("htmldate",), "htmldate", run_htmldate, frozenset({"published"})),
    )
}

#: Extractors of the body (htmldate gives only a date).
BODY_EXTRACTORS = ("articlekit", "trafilatura", "readability", "newspaper4k")


def import_extractor(extractor: Extractor) -> None:
    """Import an extractor's modules now, so that the import is neither timed nor measured.

    Errors propagate: the caller skips a peer that fails to import, never articlekit.
    """
    for module in extractor.modules:
        importlib.import_module(module)
