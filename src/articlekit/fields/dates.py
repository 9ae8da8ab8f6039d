"""Publication and update dates, from the most trusted source down (as htmldate does).

Order of trust: JSON-LD ``datePublished``/``dateModified`` of the article object, the common
meta tags, ``<time datetime>`` marked as the publication time, visible date text near the
headline, and last the URL path. Nothing is ever filled in from today's date: a date without
a year is not a date here.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from dateutil import tz

from ..document import Document
from ..extractors.base import Found
from ._ld import article_objects, ld_text

__all__ = ["MONTHS", "extract_modified", "extract_published", "parse_date", "parse_visible_date"]

When = dt.date | dt.datetime

# Month names and abbreviations in English, German, French, Spanish, Italian, Portuguese, Dutch
# (and a few more), lower-case, without trailing dots.
_MONTH_WORDS = {
    1: "january jan januar jänner janvier enero ene gennaio gen janeiro januari janv",
    2: "february feb februar février fevrier febrero febbraio fevereiro fev februari févr fevr",
    3: "march mar märz maerz mars marzo março marco maart mrt",
    4: "april apr avril abril aprile abr",
    5: "may mai mayo maggio maio mei mag",
    6: "june jun juni juin junio giugno junho giu",
    7: "july jul juli juillet julio luglio julho juil lug",
    8: "august aug août aout agosto ago augustus",
    9: "september sep sept septembre septiembre settembre setembro set",
    10: "october oct oktober octobre octubre ottobre outubro okt out ott",
    11: "november nov novembre noviembre novembro",
    12: "december dec dezember décembre decembre diciembre dicembre dezembro dez dic déc",
}
MONTHS: dict[str, int] = {w: m for m, words in _MONTH_WORDS.items() for w in words.split()}
_MONTH_RE = "|".join(sorted((re.escape(w) for w in MONTHS), key=len, reverse=True))

_ISO = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<tz>Z|UTC|GMT|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?"
)
_COMPACT = re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?:T?(?P<H>\d{2})(?P<M>\d{2})(?P<S>\d{2})?)?$")
_TIMESTAMP = re.compile(r"^\d{10}(?:\d{3})?(?:\.\d+)?$")
_TIME = re.compile(
    r"(?P<H>\d{1,2})[:.h](?P<M>\d{2})(?::(?P<S>\d{2}))?\s*(?P<ampm>[ap]\.?\s?m\.?)?"
    r"(?:\s*(?P<tz>[A-Z]{2,5}|[+-]\d{2}:?\d{2}|(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?))?",
    re.I,
)
# "19 November 2019", "19. November 2019", "19 de novembro de 2019", "le 19 novembre 2019"
_DMY = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|º|\.)?\s*(?:de\s+)?(?P<mon>{_MONTH_RE})\.?,?\s*(?:de\s+)?(?P<y>\d{{4}})\b",
    re.I,
)
# "November 19, 2019", "Nov. 19 2019"
_MDY = re.compile(
    rf"\b(?P<mon>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b", re.I
)
# Numeric: 19.11.2019 / 19/11/2019 (day first unless impossible), 2019/11/19
_NUMERIC = re.compile(r"\b(?P<a>\d{1,2})[./-](?P<b>\d{1,2})[./-](?P<y>\d{4})\b")
_YMD_SLASH = re.compile(r"\b(?P<y>\d{4})[./](?P<m>\d{1,2})[./](?P<d>\d{1,2})\b")

# US zones written after times on news sites; resolved with the real zone so DST is right.
_ZONES = {
    "ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York",
    "CT": "America/Chicago", "CST": "America/Chicago", "CDT": "America/Chicago",
    "MT": "America/Denver", "MST": "America/Denver", "MDT": "America/Denver",
    "PT": "America/Los_Angeles", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
    "BST": "Europe/London", "CET": "Europe/Paris", "CEST": "Europe/Paris",
    "IST": "Asia/Kolkata", "KST": "Asia/Seoul", "JST": "Asia/Tokyo", "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney", "WIB": "Asia/Jakarta",
}


def _tzinfo(token: str | None) -> dt.tzinfo | None:
    if not token:
        return None
    t = token.strip()
    up = t.upper()
    if up in ("Z", "UTC", "GMT"):
        return dt.timezone.utc
    m = re.fullmatch(r"(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?", up)
    if m:
        hours, minutes = int(m.group(2)), int(m.group(3) or 0)
        if hours > 14 or minutes > 59:
            return None
        delta = dt.timedelta(hours=hours, minutes=minutes)
        return dt.timezone(delta if m.group(1) == "+" else -delta)
    if up in _ZONES:
        return tz.gettz(_ZONES[up])
    return None


def _make(y: int, m: int, d: int, H: int | None = None, M: int | None = None, S: int | None = None,
          tzinfo: dt.tzinfo | None = None) -> When | None:
    try:
        if H is None:
            return dt.date(y, m, d)
        return dt.datetime(y, m, d, H, M or 0, S or 0, tzinfo=tzinfo)
    except (ValueError, OverflowError):
        return None


# What may stand between a date and its time: "Nov. 19, 2019, at 8:03", "19. Nov 2019 um 8:03".
_BETWEEN_DATE_AND_TIME = re.compile(r"[\s,|@\-–—]*(?:(?:at|um|à|às|a las|alle|om|o)\s*)?[\s,|@\-–—]*", re.I)


def _time_after(text: str, pos: int) -> tuple[int, int, int, dt.tzinfo | None] | None:
    m = _TIME.search(text, pos, pos + 40)
    if not m or not _BETWEEN_DATE_AND_TIME.fullmatch(text[pos : m.start()]):
        return None
    H, M, S = int(m.group("H")), int(m.group("M")), int(m.group("S") or 0)
    ampm = (m.group("ampm") or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and H < 12:
        H += 12
    elif ampm == "am" and H == 12:
        H = 0
    if H > 23 or M > 59 or S > 59:
        return None
    return H, M, S, _tzinfo(m.group("tz"))


def parse_date(value: str) -> When | None:
    """A machine-readable date (ISO 8601, compact, Unix seconds or milliseconds), or a visible one.

    Returns a datetime (aware when the string has an offset or zone) or a date when only the
    day is given; None when the string is not a whole date.
    """
    if not isinstance(value, str):
        return None
    s = value.strip()[:200]
    if not s:
        return None
    m = _ISO.search(s)
    if m and m.start() <= 12:
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        if m.group("H") is None:
            return _make(y, mo, d)
        return _make(y, mo, d, int(m.group("H")), int(m.group("M")), int(m.group("S") or 0),
                     _tzinfo(m.group("tz")))
    m = _COMPACT.match(s)
    if m:
        H = m.group("H")
        return _make(int(m.group("y")), int(m.group("m")), int(m.group("d")),
                     int(H) if H else None, int(m.group("M") or 0), int(m.group("S") or 0))
    if _TIMESTAMP.match(s):
        seconds = float(s)
        if len(s.split(".")[0]) == 13:
            seconds /= 1000.0
        try:
            return dt.datetime.fromtimestamp(seconds, dt.timezone.utc)
        except (ValueError, OverflowError, OSError):
            return None
    return parse_visible_date(s)


def parse_visible_date(text: str) -> When | None:
    """The first whole date in visible text ("Nov. 19, 2019 8:03 a.m. ET", "19 de novembro de
    2019", "19.11.2019"), with its time and zone when they follow it."""
    best: tuple[int, When] | None = None
    for pattern in (_MDY, _DMY):
        m = pattern.search(text)
        if not m:
            continue
        month = MONTHS.get(m.group("mon").lower().rstrip("."))
        if month is None:
            continue
        y, d = int(m.group("y")), int(m.group("d"))
        t = _time_after(text, m.end())
        value = _make(y, month, d, *t) if t else _make(y, month, d)
        if value is not None and (best is None or m.start() < best[0]):
            best = (m.start(), value)
    if best:
        return best[1]
    m = _YMD_SLASH.search(text)
    if m:
        return _make(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    m = _NUMERIC.search(text)
    if m:
        a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
        # Day first (most of the world) unless that is impossible; a US page writing 11/19/2019
        # is caught by the impossibility, 11/05/2019 stays ambiguous and is read day-first.
        day, month = (a, b) if b <= 12 else (b, a)
        t = _time_after(text, m.end())
        return _make(y, month, day, *t) if t else _make(y, month, day)
    return None


# -- sources -----------------------------------------------------------------------------------
_PUBLISHED_META = (
    "article:published_time", "og:published_time", "article:published", "datepublished",
    "publishdate", "publish-date", "publish_date", "pubdate", "parsely-pub-date",
    "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
    "article.published", "date", "originalpublicationdate", "cxenseparse:recs:publishtime",
    "og:pubdate", "article_date_original", "published_time", "datecreated", "article.created",
)
_MODIFIED_META = (
    "article:modified_time", "og:updated_time", "article:modified", "datemodified",
    "last-modified", "dc.date.modified", "dcterms.modified", "article.updated", "lastmod",
    "modified_time",
)
_URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>\d{1,2})[/-](?P<d>\d{1,2})(?:/|$|-|\.)")
_URL_DATE_COMPACT = re.compile(r"/(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?:/|$|-|_)")


def _from_json_ld(doc: Document, key: str) -> Found[When] | None:
    for obj in article_objects(doc):
        for text in ld_text(obj.get(key)):
            value = parse_date(text)
            if value is not None:
                return Found(value, f"json-ld:{key}")
    return None


def _from_meta(doc: Document, keys: tuple[str, ...]) -> Found[When] | None:
    for key in keys:
        for text in doc.meta.get(key, ())[:2]:
            value = parse_date(text)
            if value is not None:
                return Found(value, f"meta:{key}")
    return None


def _from_time_elements(doc: Document, published: bool) -> Found[When] | None:
    prop = "datepublished" if published else "datemodified"
    for el in doc.tree.iter("time"):
        itemprop = (el.get("itemprop") or "").lower()
        if itemprop == prop or (published and el.get("pubdate") is not None):
            value = parse_date(el.get("datetime") or "".join(el.itertext()))
            if value is not None:
                return Found(value, f"time[{'itemprop' if itemprop else 'pubdate'}]")
    return None


def _from_url(doc: Document) -> Found[When] | None:
    for url in (doc.url, doc.canonical_url):
        if not url:
            continue
        path = urlsplit(url).path if "://" in url else url
        for pattern in (_URL_DATE, _URL_DATE_COMPACT):
            m = pattern.search(path)
            if m:
                value = _make(int(m.group("y")), int(m.group("m")), int(m.group("d")))
                if value is not None:
                    return Found(value, "url")
    return None


def _from_first_time(doc: Document) -> Found[When] | None:
    """The first <time datetime> in the page body: usually the article's own stamp."""
    for el in doc.tree.iter("time"):
        raw = el.get("datetime")
        if raw:
            value = parse_date(raw)
            if value is not None:
                return Found(value, "time[datetime]")
    return None


def extract_published(doc: Document) -> Found[When] | None:
    return (
        _from_json_ld(doc, "datePublished")
        or _from_meta(doc, _PUBLISHED_META)
        or _from_time_elements(doc, published=True)
        or _from_json_ld(doc, "dateCreated")
        or _from_first_time(doc)
        or _from_url(doc)
    )


def extract_modified(doc: Document) -> Found[When] | None:
    return (
        _from_json_ld(doc, "dateModified")
        or _from_meta(doc, _MODIFIED_META)
        or _from_time_elements(doc, published=False)
    )
