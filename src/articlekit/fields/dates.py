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
from lxml import etree

from ..document import Document
from ..model import Found, When
from ..normalize import day_of, plausible_date
from ._ld import article_objects, ld_text
from ._text import in_other_story

__all__ = [
    "MONTHS",
    "month_day",
    "extract_modified",
    "extract_published",
    "parse_date",
    "parse_relative_date",
    "parse_visible_date",
]


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
    m = _ISO.search(text)
    if m and not re.match(r"\d", text[m.end() : m.end() + 1]):
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        if m.group("H") is not None:
            value = _make(y, mo, d, int(m.group("H")), int(m.group("M")), int(m.group("S") or 0),
                          _tzinfo(m.group("tz")))
        else:
            value = _make(y, mo, d)
        if value is not None:
            best = (m.start(), value)
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


# "2 hours ago", "vor 2 Stunden", "il y a 2 heures", "hace 2 horas", "há 2 horas", "2 ore fa",
# "2 uur geleden"; units in those languages.
_UNITS = {
    "minute": 60, "minutes": 60, "min": 60, "mins": 60, "minuten": 60, "minuto": 60,
    "minutos": 60, "minuti": 60, "minuut": 60,
    "hour": 3600, "hours": 3600, "hr": 3600, "hrs": 3600, "stunde": 3600, "stunden": 3600,
    "heure": 3600, "heures": 3600, "hora": 3600, "horas": 3600, "ora": 3600, "ore": 3600,
    "uur": 3600,
    "day": 86400, "days": 86400, "tag": 86400, "tagen": 86400, "jour": 86400, "jours": 86400,
    "día": 86400, "días": 86400, "dia": 86400, "dias": 86400, "giorno": 86400, "giorni": 86400,
    "dag": 86400, "dagen": 86400,
    "week": 604800, "weeks": 604800, "woche": 604800, "wochen": 604800, "semaine": 604800,
    "semaines": 604800, "semana": 604800, "semanas": 604800, "settimana": 604800,
    "settimane": 604800, "weken": 604800,
}
_UNIT_RE = "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True))
_AGO = re.compile(
    rf"(?:\b(?P<n1>\d{{1,3}})\s*(?P<u1>{_UNIT_RE})\.?\s+(?:ago|fa|geleden)\b"
    rf"|\b(?:vor|il y a|hace|há|ha)\s+(?P<n2>\d{{1,3}})\s*(?P<u2>{_UNIT_RE})\b)",
    re.I,
)
_YESTERDAY = re.compile(r"\b(?:yesterday|gestern|hier|ayer|ontem|ieri|gisteren)\b", re.I)
_TODAY = re.compile(r"\b(?:today|heute|aujourd'hui|hoy|hoje|oggi|vandaag)\b", re.I)


def parse_relative_date(text: str, reference: dt.datetime) -> When | None:
    """"2 hours ago", "yesterday" ... against ``reference`` (when the page was fetched).

    "N minutes/hours ago" gives a datetime; "yesterday"/"today" and days or weeks give the day.
    """
    m = _AGO.search(text)
    if m:
        n = int(m.group("n1") or m.group("n2"))
        seconds = _UNITS[(m.group("u1") or m.group("u2")).lower()] * n
        moment = reference - dt.timedelta(seconds=seconds)
        return moment if seconds < 86400 else moment.date()
    if _YESTERDAY.search(text):
        return (reference - dt.timedelta(days=1)).date()
    if _TODAY.search(text):
        return reference.date()
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


_DATE_HINT = re.compile(r"date|time|publish|posted|byline|dateline|meta|stamp|info", re.I)
_UPDATE_HINT = re.compile(r"updat|modif|edited|aktualisiert|atualizad|actualizad|mis à jour", re.I)

def _visible_dates(doc: Document, updated: bool, year: int | None = None) -> list[tuple[When, str]]:
    """Dates written with the story, in page order: <time> elements and elements named like a
    date line or byline, after the headline (a date above it is the site's "today");
    "Updated ..." stamps apart. ``year`` completes "Nov 18, 8:19 PM" when the page's own
    markup gives it; nothing is ever completed from today's date."""
    out: list[tuple[When, str]] = []
    seen: set[etree._Element] = set()
    for el, names in doc.named_elements[doc.named_before_headline :]:
        if el.tag != "time" and not _DATE_HINT.search(names):
            continue
        if any(a in seen for a in el.iterancestors()):
            continue
        if in_other_story(doc, el):
            continue
        text = " ".join("".join(el.itertext()).split())
        if not text or len(text) > 200:
            continue
        is_update = bool(_UPDATE_HINT.search(names) or _UPDATE_HINT.match(text))
        if is_update != updated:
            continue
        value = parse_visible_date(text)
        if value is None and year is not None:
            value = _month_day(text, year)
        if value is None and doc.fetched_at is not None:
            value = parse_relative_date(text, doc.fetched_at)
        if value is not None and plausible_date(value, doc.fetched_at):
            seen.add(el)
            out.append((value, f"visible:{el.tag}[{names[:50]}]"))
            if len(out) >= 3:
                break
    for el in doc.body.iter("time") if doc.body is not None and not updated else ():
        if len(out) >= 3 or el in seen:
            break
        text = " ".join("".join(el.itertext()).split())
        value = parse_visible_date(text) if text and len(text) <= 200 else None
        if value is not None and plausible_date(value, doc.fetched_at) and not _UPDATE_HINT.match(text):
            out.append((value, "visible:time"))
    return out


_MD = re.compile(rf"\b(?P<mon>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})\b(?!\s*,?\s*\d{{4}})", re.I)
_DM = re.compile(rf"\b(?P<d>\d{{1,2}})\.?\s+(?:de\s+)?(?P<mon>{_MONTH_RE})\b(?!\.?\s*,?\s*(?:de\s+)?\d{{4}})", re.I)


def _month_day_match(text: str) -> tuple[int, int, int] | None:
    """Month, day and where the match ends, for "Aug. 20" or "20 juillet" (no year)."""
    for pattern in (_MD, _DM):
        m = pattern.search(text)
        if m:
            month = MONTHS.get(m.group("mon").lower().rstrip("."))
            if month:
                return month, int(m.group("d")), m.end()
    return None


def month_day(text: str) -> tuple[int, int] | None:
    """The month and day of "Aug. 20" or "20 juillet" (no year in the text)."""
    found = _month_day_match(text)
    return found[:2] if found else None


def _month_day(text: str, year: int) -> When | None:
    """A day and month without a year, completed with a year the page itself gives."""
    found = _month_day_match(text)
    if found is None:
        return None
    month, day, end = found
    t = _time_after(text, end)
    return _make(year, month, day, *t) if t else _make(year, month, day)


def _near_headline(doc: Document) -> Found[When] | None:
    """The first whole date in the text right after the headline, when nothing is marked up:
    small sites print "publiziert am 25. September 2018" under the title and nothing else."""
    h1 = doc.headline_element
    if h1 is None:
        return None
    seen = 0
    started = False
    for el in (doc.body if doc.body is not None else doc.tree).iter():
        if el is h1:
            started = True
            continue
        if not started or not isinstance(el.tag, str) or el.tag in ("script", "style"):
            continue
        for text in (el.text, el.tail):
            if text and text.strip():
                seen += 1
                value = parse_visible_date(text) if len(text) < 200 else None
                if value is not None and plausible_date(value, doc.fetched_at) and not _UPDATE_HINT.match(text.strip()):
                    return Found(value, "visible:after headline")
        if seen > 40:
            return None
    return None


_day = day_of


def _reconcile(markup: Found[When] | None, visible: list[tuple[When, str]]) -> Found[When] | None:
    """Markup is exact but often in UTC; the visible date is the reader's day. When the two
    are a day apart, the page's own clock is the visible one."""
    if markup is None:
        return Found(visible[0][0], visible[0][1]) if visible else None
    if not visible:
        return markup
    m = markup.value
    aware_markup = isinstance(m, dt.datetime) and m.tzinfo is not None
    for shown, where in visible:
        if isinstance(shown, dt.datetime) and shown.tzinfo is not None and aware_markup \
                and abs((shown - m).total_seconds()) <= 36 * 3600:
            # a time with its zone, as readers see it: the same moment, or a markup zone error
            return Found(shown, where)
        if _day(shown) == _day(m):
            return markup
    shown, where = visible[0]
    utc = isinstance(m, dt.datetime) and m.utcoffset() in (None, dt.timedelta(0))
    if abs((_day(shown) - _day(m)).days) == 1 and utc:
        return Found(shown, where)
    return markup


def _local_day_from_url(doc: Document, markup: Found[When] | None) -> Found[When] | None:
    """A UTC stamp just after midnight is the evening before where the site is; a date in
    the URL path, written by the site's own CMS, tells which day it was there."""
    if markup is None or not isinstance(markup.value, dt.datetime):
        return markup
    if markup.value.utcoffset() not in (None, dt.timedelta(0)):
        return markup
    url = _from_url(doc)
    if url is not None and (_day(markup.value) - _day(url.value)).days == 1:
        return url
    return markup


def _first_valid(doc: Document, *finders: object) -> Found[When] | None:
    for finder in finders:
        found = finder() if callable(finder) else None
        if found is not None and plausible_date(found.value, doc.fetched_at):
            return found
    return None


def extract_published(doc: Document) -> Found[When] | None:
    markup = _first_valid(
        doc,
        lambda: _from_json_ld(doc, "datePublished"),
        lambda: _from_meta(doc, _PUBLISHED_META),
        lambda: _from_time_elements(doc, published=True),
        lambda: _from_json_ld(doc, "dateCreated"),
    )
    year = _day(markup.value).year if markup is not None else None
    visible = _visible_dates(doc, updated=False, year=year)
    found = _reconcile(markup, visible) if visible else _local_day_from_url(doc, markup)
    if found is not None:
        return found
    return _first_valid(doc, lambda: _from_first_time(doc), lambda: _near_headline(doc),
                        lambda: _from_url(doc))


def extract_modified(doc: Document) -> Found[When] | None:
    markup = _first_valid(
        doc,
        lambda: _from_json_ld(doc, "dateModified"),
        lambda: _from_meta(doc, _MODIFIED_META),
        lambda: _from_time_elements(doc, published=False),
    )
    return markup or _reconcile(None, _visible_dates(doc, updated=True))
