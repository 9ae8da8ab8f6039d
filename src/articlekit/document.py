"""Document: the decoded page, its one lxml tree, and lazy cached views on that tree.

This is the only module that parses HTML. Every extractor reads ``doc.tree`` and the cached
views; none parses again.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar
from urllib.parse import urlsplit

from lxml import etree

from .decoding import decode_html
from .errors import DocumentTooLargeError, EmptyDocumentError, InputError, NotHTMLError
from .structured import JsonLd, index_json_ld, read_canonical, read_json_ld, read_meta

if TYPE_CHECKING:
    from bs4 import BeautifulSoup

__all__ = ["DEFAULT_MAX_BYTES", "Document", "element_names"]

T = TypeVar("T")

#: Pages larger than this are refused unless the caller raises the limit.
DEFAULT_MAX_BYTES = 64 * 1024 * 1024

# Magic numbers of files that are sometimes handed to an HTML parser by mistake.
_NOT_HTML = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"\x1f\x8b", "a gzip stream (decompress it first)"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"BZh", "a bzip2 stream (decompress it first)"),
    (b"\xfd7zXZ\x00", "an xz stream (decompress it first)"),
    (b"\x28\xb5\x2f\xfd", "a zstd stream (decompress it first)"),
    (b"RIFF", "a RIFF (WebP/AVI/WAV) file"),
    (b"\x00\x00\x01\x00", "an icon file"),
    (b"\x7fELF", "an executable"),
)

_SURROGATES = re.compile("[\ud800-\udfff]")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])


def _parser() -> etree.HTMLParser:
    # no_network: never fetch a DTD or entity; huge_tree off keeps libxml2's depth and
    # text-size limits, which bound memory on hostile input.
    return etree.HTMLParser(
        encoding="utf-8",
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        remove_blank_text=False,
        default_doctype=False,
        collect_ids=False,
        huge_tree=False,
    )


def element_names(el: etree._Element) -> str:
    """An element's class, id, itemprop, rel and data-testid joined: the names heuristics
    read. Capped, since a 1 MB class attribute is an attack, not a name worth a regex."""
    attrib = el.attrib
    if not attrib:  # most elements carry no attribute at all
        return ""
    get = attrib.get
    return " ".join(filter(None, (get("class"), get("id"), get("itemprop"), get("rel"),
                                  get("data-testid"))))[:600]


class _Walk(NamedTuple):
    """What the one walk over the body collects (see ``Document.named_elements``)."""

    named: tuple[tuple[etree._Element, str], ...]
    marked: tuple[etree._Element, ...]
    before_h1: int


class Document:
    """A page ready for extraction.

    Build it from the raw bytes as fetched (best: the decoder then sees the BOM, the HTTP
    charset and the ``<meta charset>``) or from text already decoded.
    """

    def __init__(
        self,
        html: bytes | bytearray | memoryview | str,
        url: str | None = None,
        headers: Mapping[str, str] | None = None,
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        fetched_at: dt.datetime | None = None,
    ) -> None:
        if url is not None and not isinstance(url, str):
            raise InputError(f"url must be a str or None, not {type(url).__name__}")
        if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1:
            raise InputError(f"max_bytes must be a positive int, not {max_bytes!r}")
        if headers is not None and not isinstance(headers, Mapping):
            raise InputError(f"headers must be a mapping or None, not {type(headers).__name__}")
        if fetched_at is not None and not isinstance(fetched_at, dt.datetime):
            raise InputError(f"fetched_at must be a datetime, not {type(fetched_at).__name__}")
        self.url = url
        #: When the page was fetched: relative dates ("2 hours ago") resolve against it only.
        self.fetched_at = fetched_at
        self.headers: Mapping[str, str] = dict(headers or {})
        if isinstance(html, str):
            size = _size_over_limit(html, max_bytes)
            if size is not None:
                raise DocumentTooLargeError(size, max_bytes)
            # Lone surrogates cannot be encoded; they become U+FFFD like any broken byte.
            text = _SURROGATES.sub("\ufffd", html)
            self.encoding = "unicode"
        elif isinstance(html, (bytes, bytearray, memoryview)):
            data = bytes(html)
            if len(data) > max_bytes:
                raise DocumentTooLargeError(len(data), max_bytes)
            _refuse_binary(data)
            text, self.encoding = decode_html(data, self.headers)
        else:
            raise InputError(
                f"html must be bytes or str, not {type(html).__name__}; "
                "read the page with open(path, 'rb').read() or pass response.content"
            )
        text = text.lstrip("\ufeff")
        if not text.strip():
            raise EmptyDocumentError("the document is empty (no markup and no text)")
        self._memo: dict[str, Any] = {}
        self.text = _XML_DECL.sub("", text, count=1)
        self.tree = _parse(self.text)

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """A value computed once per document: field modules keep their caches here, on
        the page they belong to, never in module globals."""
        try:
            return self._memo[key]  # type: ignore[no-any-return]
        except KeyError:
            value = self._memo[key] = compute()
            return value

    def note_lost(self, field: str, source: str, reason: str) -> None:
        """A field module records a reading of the page that lost to the one it returned
        (the JSON-LD author list against the visible byline, the main container against a
        fallback): ``Article.rejected`` and ``--explain`` show it."""
        lost: list[tuple[str, str, str]] = self.memo("lost", list)
        if (field, source, reason) not in lost:
            lost.append((field, source, reason))

    @property
    def lost(self) -> tuple[tuple[str, str, str], ...]:
        return tuple(self._memo.get("lost", ()))

    # -- where the page lives --------------------------------------------------------------
    @cached_property
    def domain(self) -> str | None:
        """The host of ``url`` (or of the canonical URL), lower-cased, without ``www.``."""
        for candidate in (self.url, self.canonical_url):
            if candidate:
                try:
                    host = urlsplit(candidate).hostname
                except ValueError:
                    host = None
                if host:
                    return host.removeprefix("www.")
        return None

    @property
    def base_url(self) -> str | None:
        return self.url or self.canonical_url

    # -- parts of the tree -----------------------------------------------------------------
    @cached_property
    def body(self) -> etree._Element | None:
        return self.tree.find("body")

    @cached_property
    def named_elements(self) -> tuple[tuple[etree._Element, str], ...]:
        """Body elements that carry a class, id, itemprop, rel or data-testid, with those names
        joined (case kept), and every <time> element (names "" when it has none): several field
        heuristics look for names like "byline" or "date", so the walk over the tree is made
        once, and in page order."""
        return self._attribute_walk.named

    @cached_property
    def visibility_marked(self) -> tuple[etree._Element, ...]:
        """Body elements with a style, role, hidden or aria-hidden attribute: the only ones
        that can be hidden from readers or be a landmark, found in the same walk."""
        return self._attribute_walk.marked

    @cached_property
    def _attribute_walk(self) -> _Walk:
        root = self.body if self.body is not None else self.tree
        h1 = self.headline_element
        named: list[tuple[etree._Element, str]] = []
        marked: list[etree._Element] = []
        before_h1 = 0
        for el in root.iter():
            if el is h1:
                before_h1 = len(named)
            attrib = el.attrib
            if not attrib:  # comments and processing instructions have none either
                if el.tag == "time":
                    named.append((el, ""))
                continue
            names = element_names(el)
            if names or el.tag == "time":
                named.append((el, names))
            if "style" in attrib or "role" in attrib or "hidden" in attrib or "aria-hidden" in attrib:
                marked.append(el)
        return _Walk(tuple(named), tuple(marked), before_h1)

    @cached_property
    def named_lower(self) -> tuple[str, ...]:
        """``named_elements``' names lower-cased, in the same order: hot loops match them with
        case-sensitive patterns, several times faster than case-insensitive ones."""
        return tuple(names.lower() for _, names in self.named_elements)

    @cached_property
    def headline_element(self) -> etree._Element | None:
        """The first <h1>: where the story starts on most pages."""
        return next(self.tree.iter("h1"), None)

    @cached_property
    def named_before_headline(self) -> int:
        """How many of ``named_elements`` come before the first <h1> in page order (0 when
        the body has none), so heuristics can tell the site's header from the story."""
        return self._attribute_walk.before_h1

    @cached_property
    def title(self) -> str | None:
        el = self.tree.find(".//title")
        if el is None:
            return None
        return " ".join("".join(el.itertext()).split()) or None

    @cached_property
    def lang(self) -> str | None:
        """The html element's lang attribute, as written."""
        value = self.tree.get("lang") or self.tree.get("{http://www.w3.org/XML/1998/namespace}lang")
        return value.strip() or None if value else None

    # -- structured metadata ---------------------------------------------------------------
    @cached_property
    def meta(self) -> dict[str, tuple[str, ...]]:
        """Meta tags keyed by lower-cased name/property; values in page order."""
        return read_meta(self.tree)

    def meta_first(self, *keys: str) -> tuple[str, str] | None:
        """The first non-empty value among ``keys`` (in that order), with the key it came from."""
        for key in keys:
            values = self.meta.get(key)
            if values:
                return values[0], key
        return None

    @cached_property
    def opengraph(self) -> dict[str, str]:
        """OpenGraph properties (``og:*``, ``article:*``), first value of each."""
        return {
            k: v[0]
            for k, v in self.meta.items()
            if k.startswith(("og:", "article:")) and v
        }

    @cached_property
    def json_ld(self) -> tuple[JsonLd, ...]:
        """All JSON-LD objects on the page, arrays and @graph flattened, broken JSON repaired."""
        return read_json_ld(self.tree)

    @cached_property
    def json_ld_ids(self) -> dict[str, JsonLd]:
        """JSON-LD objects by @id, to follow references such as ``"author": {"@id": ...}``."""
        return index_json_ld(self.json_ld)

    def resolve_ld(self, value: Any) -> Any:
        """Follow a JSON-LD ``{"@id": ...}`` reference when the page defines it."""
        if isinstance(value, dict) and set(value) <= {"@id", "@type"}:
            ident = value.get("@id")
            if isinstance(ident, str):
                return self.json_ld_ids.get(ident, value)
        return value

    @cached_property
    def canonical_url(self) -> str | None:
        return read_canonical(self.tree)

    # -- a second view for plugin authors ----------------------------------------------------
    @cached_property
    def soup(self) -> BeautifulSoup:
        """A BeautifulSoup view of the same text, for plugin authors who prefer its API.

        Built on first use only; the built-in extractors never touch it.
        """
        from bs4 import BeautifulSoup

        return BeautifulSoup(self.text, "lxml")

    def __repr__(self) -> str:
        return f"<Document url={self.url!r} encoding={self.encoding!r} chars={len(self.text)}>"


def _size_over_limit(text: str, limit: int) -> int | None:
    """The text's size in UTF-8 bytes (the unit of max_bytes) when over the limit, else None.
    A str of N characters is N to 4N bytes: encoded only when that cannot settle it."""
    if len(text) > limit:
        return len(text.encode("utf-8", "surrogatepass"))
    if 4 * len(text) <= limit:
        return None
    size = len(text.encode("utf-8", "surrogatepass"))
    return size if size > limit else None


def _refuse_binary(data: bytes) -> None:
    head = data[:16]
    for magic, what in _NOT_HTML:
        if head.startswith(magic):
            raise NotHTMLError(f"the input is {what}, not an HTML page")


def _parse(text: str) -> etree._Element:
    # NUL and C0 controls (but tab, LF, CR, FF) make libxml2 stop or refuse; no reader sees
    # them, so they go (bytes.translate runs in C, a regex over 50 MB would not).
    data = text.encode("utf-8", "replace").translate(None, _CONTROL_BYTES)
    try:
        root = etree.fromstring(data, _parser())
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        root = None
    if root is None:  # nothing parseable (only comments, only a doctype ...): an empty page
        root = etree.fromstring(b"<html><head></head><body></body></html>", _parser())
    if root.tag != "html":  # libxml2 keeps a lone fragment's root; give it the usual shape
        html = etree.Element("html")
        body = etree.SubElement(html, "body")
        body.append(root)
        root = html
    return root
