"""Bytes to text in the order a browser uses: BOM, HTTP charset, <meta> charset, detection.

A declared charset is a claim, not a fact: when the bytes are valid UTF-8 with non-ASCII
sequences but the page declares a single-byte charset, UTF-8 wins (random Latin-1 text is
almost never valid multi-byte UTF-8), and a page declared UTF-8 that is not valid UTF-8 goes
to detection.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Mapping

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


# Detection, when nothing is declared and the bytes are not UTF-8. Our own rule, not a
# detector package, so that the same bytes decode to the same text whatever else is installed
# (bs4's UnicodeDammit would use charset_normalizer or chardet when they happen to be
# importable, and they disagree). Two steps:
#  1. A multi-byte reading (Japanese, Chinese, Korean) that decodes cleanly and reads as its
#     language: Japanese text is full of kana, which Chinese or Korean bytes read through a
#     Japanese codec do not give (Shift_JIS reads them as half-width katakana, not counted);
#     Chinese and Korean are told apart, as encoding detectors have always done, by the share
#     of the language's most frequent characters (any byte pair is some valid Han or Hangul
#     character in the other codecs; only the real reading is full of the common ones).
#     Western or Cyrillic text seldom decodes cleanly as multi-byte (a lone accented letter
#     before a space breaks it), and when it does it reads as no language.
#  2. Otherwise a single-byte reading: Cyrillic when whole words of Cyrillic letters in
#     regular case make most of the non-ASCII text (Latin-1 text read as cp1251 puts one
#     Cyrillic letter inside an ASCII word), else windows-1252, the web's default.
# Statistical vocabulary: the most frequent characters of Chinese (simplified and traditional
# forms) and of Korean, from published character-frequency lists.
_ZH_FREQUENT = frozenset(
    "的一是不了在人有我他这這个個们們中来來上大为為和国國地到以说說时時要就出会會可也你对對"
    "生能而子那得于於着著下自之年过過发發后後作里裡用道行所然家种種事成方多经經么麼去法学學"
    "如都同现現当當没沒动動面起看定天分还還进進好小部其些主样樣理心她本前开開但因只从從想实實"
    "日者意无無力它与與长長把机機十民第公此已工使情明性知全三又关關点點正业業外将將两兩高间間"
    "，。、：；？！「」《》（）"
)
_KO_FREQUENT = frozenset(
    "이다는의에하고을를가한지서기로으도사대리자시어정인일적수있것해들나아부구전국라여보"
    "상그주면게제과원중니만요년장동위조신성우비내경무회"
)
_KANA = re.compile(r"[\u3041-\u30ff]")
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]{2,}")
_MIN_LANGUAGE_SHARE = 0.1  # real text of these languages scores 0.2 to 0.6; misreadings < 0.05
_MIN_EVIDENCE = 20  # characters of the language's signature: a few are no evidence
_SAMPLE = 200_000


def _wide(text: str) -> str:
    return "".join(ch for ch in text if ord(ch) > 127)


def _kana_share(wide: str) -> float:
    return len(_KANA.findall(wide)) / len(wide)


def _frequent_share(frequent: frozenset[str]) -> Callable[[str], float]:
    def share(wide: str) -> float:
        return sum(1 for ch in wide if ch in frequent) / len(wide)

    return share


_MULTI_BYTE: tuple[tuple[str, Callable[[str], float]], ...] = (
    ("shift_jis", _kana_share),
    ("euc_jp", _kana_share),
    ("gb18030", _frequent_share(_ZH_FREQUENT)),
    ("big5", _frequent_share(_ZH_FREQUENT)),
    ("euc_kr", _frequent_share(_KO_FREQUENT)),
)


def _clean_reading(sample: bytes, name: str) -> str | None:
    """The sample decoded, or None when the codec meets bytes it cannot read (a stray
    byte or two is forgiven: real pages have them, and the sample may end mid-character)."""
    text = sample.decode(name, "replace")
    return None if text.count("\ufffd") > 2 + len(text) // 10_000 else text


def _is_cyrillic(sample: bytes) -> bool:
    text = sample.decode("cp1251", "replace")
    wide = len(_wide(text))
    letters = sum(
        len(w)
        for w in _CYRILLIC_WORD.findall(text)
        if w.islower() or w.isupper() or (w[0].isupper() and w[1:].islower())
    )
    return letters >= _MIN_EVIDENCE and letters > 0.6 * wide


def _detect(data: bytes) -> str:
    """The encoding of undeclared, non-UTF-8 bytes (see the rule above)."""
    if _is_utf8(data):
        return "utf-8"
    sample = data[:_SAMPLE]
    best, best_score = None, _MIN_LANGUAGE_SHARE
    for name, share in _MULTI_BYTE:
        text = _clean_reading(sample, name)
        if text is None:
            continue
        wide = _wide(text)
        if len(wide) < _MIN_EVIDENCE:
            continue
        score = share(wide)
        if score > best_score and score * len(wide) >= _MIN_EVIDENCE:
            best, best_score = name, score
    if best is not None:
        return best
    return "cp1251" if _is_cyrillic(sample) else "cp1252"


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
