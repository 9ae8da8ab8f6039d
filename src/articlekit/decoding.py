"""Bytes to text in the order a browser uses: BOM, HTTP charset, <meta> charset, detection.

A declared charset is a claim, not a fact: when the bytes are valid UTF-8 with non-ASCII
sequences but the page declares a single-byte charset, UTF-8 wins (random Latin-1 text is
almost never valid multi-byte UTF-8), and a page declared UTF-8 that is not valid UTF-8 goes
to detection.
"""

from __future__ import annotations

import codecs
import logging
import re
from collections.abc import Mapping

__all__ = ["decode_html", "http_charset", "meta_charset"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# WHATWG maps these labels to windows-1252; so do we, since that is what pages mean by them.
_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "x-sjis": "shift_jis",
    "x-user-defined": "cp1252",
    "unicode": "utf-16-le",
    "utf-16": "utf-16-le",
    "utf-32": "utf-32-le",
}

_CHARSET_IN_CONTENT_TYPE = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9._:+-]+)""", re.I)
_META_PRESCAN = 4096  # browsers scan 1024 bytes; real pages often put the tag a little later
_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:+-]+)""", re.I
)


def _lookup(label: str | bytes | None) -> str | None:
    """The Python codec for a charset label, or None for labels we do not know."""
    if not label:
        return None
    if isinstance(label, bytes):
        label = label.decode("ascii", "ignore")
    name = label.strip().strip("'\"").lower()
    name = _ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def http_charset(headers: Mapping[str, str] | None) -> str | None:
    """The charset of a Content-Type header, if any (header names are case-insensitive)."""
    if not headers:
        return None
    for key, value in headers.items():
        if str(key).lower() == "content-type" and value:
            m = _CHARSET_IN_CONTENT_TYPE.search(str(value).encode("latin-1", "ignore"))
            if m:
                return _lookup(m.group(1))
    return None


def meta_charset(data: bytes) -> str | None:
    """The charset a <meta charset> or <meta http-equiv> tag declares near the top."""
    m = _META_CHARSET.search(data[:_META_PRESCAN])
    return _lookup(m.group(1)) if m else None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _sniff_utf16_32(data: bytes) -> str | None:
    """UTF-16/32 without a BOM: recognised by the NUL bytes around ASCII characters."""
    head = data[:400]
    if len(head) < 8:
        return None
    if head[0] == 0 and head[1] == 0 and head[2] == 0 and head[3] != 0:
        return "utf-32-be"
    if head[0] != 0 and head[1] == 0 and head[2] == 0 and head[3] == 0:
        return "utf-32-le"
    even_nul = head[0::2].count(0)
    odd_nul = head[1::2].count(0)
    half = len(head) // 2
    if even_nul > 0.7 * half and odd_nul < 0.1 * half:
        return "utf-16-be"
    if odd_nul > 0.7 * half and even_nul < 0.1 * half:
        return "utf-16-le"
    return None


def _detect(data: bytes) -> str:
    if _is_utf8(data):
        return "utf-8"
    from bs4.dammit import UnicodeDammit  # detection is rare; keep bs4 off the import path

    # UnicodeDammit logs a warning when it has to replace bytes; we decode with replacement
    # ourselves and say nothing: an undecodable byte in a scraped page is not news.
    logger = logging.getLogger("bs4.dammit")
    quiet = _DropAll()
    logger.addFilter(quiet)
    try:
        guess = UnicodeDammit(data[:200_000], is_html=True).original_encoding
    finally:
        logger.removeFilter(quiet)
    return _lookup(guess) or "cp1252"


class _DropAll(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return False


def decode_html(data: bytes, headers: Mapping[str, str] | None = None) -> tuple[str, str]:
    """Decode an HTML page; returns the text and the codec used.

    Undecodable bytes become U+FFFD rather than an error: a page with one bad byte is
    still a page.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, "replace"), name

    declared = http_charset(headers) or meta_charset(data)
    if declared is None:
        declared = _sniff_utf16_32(data)
    if declared in {"utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"} and b"\x00" not in data[:200]:
        declared = None  # a meta tag cannot truthfully declare UTF-16 in ASCII-compatible bytes
    if declared is not None and declared != "utf-8":
        if not data.isascii() and _is_utf8(data) and declared not in {
            "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"
        }:
            return data.decode("utf-8"), "utf-8"
        return data.decode(declared, "replace"), declared
    if declared == "utf-8" and _is_utf8(data):
        return data.decode("utf-8"), "utf-8"
    name = _detect(data)
    return data.decode(name, "replace"), name
