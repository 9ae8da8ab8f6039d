"""Reading dates from strings: machine formats (ISO 8601, compact, Unix time), the visible
formats of each language (month names, numeric orders, CJK), relative dates ("2 hours ago")
against a reference time. Pure functions of a string; nothing here looks at a page."""

from __future__ import annotations

import datetime as dt
import re

from dateutil import tz

from ...model import When

__all__ = [
    "Order",
    "make_date",
    "month_day_in_year",
    "MONTHS",
    "month_day",
    "parse_date",
    "parse_relative_date",
    "parse_visible_date",
]


# Month names and abbreviations (general vocabulary: the months of each language) in English,
# German, French, Spanish, Italian, Portuguese, Dutch, Polish, Czech, Swedish, Norwegian,
# Danish, Russian and Turkish, lower-case, without trailing dots; the forms dates are written
# in (Polish, Czech and Russian use the genitive: "5 marca", "5. března", "5 марта").
_MONTH_WORDS = {
    1: "january jan januar jänner janvier enero ene gennaio gen janeiro januari janv "
       "stycznia styczeń ledna leden января январь ocak",
    2: "february feb februar février fevrier febrero febbraio fevereiro fev februari févr fevr "
       "lutego luty února únor февраля февраль şubat subat",
    3: "march mar märz maerz mars marzo março marco maart mrt marca marzec března březen "
       "marts марта март mart",
    4: "april apr avril abril aprile abr kwietnia kwiecień dubna duben апреля апрель nisan",
    5: "may mai mayo maggio maio mei mag maja maj května květen мая май mayıs",
    6: "june jun juni juin junio giugno junho giu czerwca czerwiec června červen июня июнь "
       "haziran",
    7: "july jul juli juillet julio luglio julho juil lug lipca lipiec července červenec июля "
       "июль temmuz",
    8: "august aug août aout agosto ago augustus sierpnia sierpień srpna srpen augusti "
       "августа август ağustos",
    9: "september sep sept septembre septiembre settembre setembro set września wrzesień "
       "září сентября сентябрь eylül",
    10: "october oct oktober octobre octubre ottobre outubro okt out ott października "
        "październik října říjen октября октябрь ekim",
    11: "november nov novembre noviembre novembro listopada listopad listopadu ноября ноябрь "
        "kasım",
    12: "december dec dezember décembre decembre diciembre dicembre dezembro dez dic déc "
        "grudnia grudzień prosince prosinec desember декабря декабрь aralık",
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
# Numeric: 19.11.2019 / 11/19/2019 (the order by the page's language, else day first unless
# impossible), 2019/11/19, and a two-digit year after a slash or dot ("3/09/15").
_NUMERIC = re.compile(r"\b(?P<a>\d{1,2})[./-](?P<b>\d{1,2})[./-](?P<y>\d{4}|\d{2}(?![\d./-]))\b")
_YMD_SLASH = re.compile(r"\b(?P<y>\d{4})[./](?P<m>\d{1,2})[./](?P<d>\d{1,2})\b")
# Chinese, Japanese and Korean: 2019年4月4日, 2019년 4월 4일, with a time after ("09時00分",
# "9시 30분", "07:17").
_CJK = re.compile(r"(?P<y>\d{4})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일号]?")
_CJK_TIME = re.compile(r"\s*(?:[(（][^)）]{1,3}[)）])?\s*(?P<H>\d{1,2})\s*(?:[:：]|[時时시]\s*)(?P<M>\d{2})")
# Full-width digits and colons, as Japanese pages write them.
_WIDE = str.maketrans("０１２３４５６７８９：／．", "0123456789:/.")

# US zones written after times on news sites; resolved with the real zone so DST is right.
# (General vocabulary: the time-zone abbreviations news sites print.)
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


def make_date(y: int, m: int, d: int, H: int | None = None, M: int | None = None,
              S: int | None = None, tzinfo: dt.tzinfo | None = None) -> When | None:
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


#: How a numeric date orders day and month: "dmy", "mdy", or None (day first unless that is
#: impossible).
Order = str | None


def parse_date(value: str, order: Order = None) -> When | None:
    """A machine-readable date (ISO 8601, compact, Unix seconds or milliseconds), or a visible one.

    Returns a datetime (aware when the string has an offset or zone) or a date when only the
    day is given; None when the string is not a whole date. ``order`` reads "05/08/2014".
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
            return make_date(y, mo, d)
        return make_date(y, mo, d, int(m.group("H")), int(m.group("M")), int(m.group("S") or 0),
                         _tzinfo(m.group("tz")))
    m = _COMPACT.match(s)
    if m:
        H = m.group("H")
        return make_date(int(m.group("y")), int(m.group("m")), int(m.group("d")),
                         int(H) if H else None, int(m.group("M") or 0), int(m.group("S") or 0))
    if _TIMESTAMP.match(s):
        seconds = float(s)
        if len(s.split(".")[0]) == 13:
            seconds /= 1000.0
        try:
            return dt.datetime.fromtimestamp(seconds, dt.timezone.utc)
        except (ValueError, OverflowError, OSError):
            return None
    return parse_visible_date(s, order)


def _century(y: int) -> int:
    """A two-digit year: the nearest of 19yy and 20yy that is not in the future."""
    return 2000 + y if 2000 + y <= dt.date.today().year + 1 else 1900 + y


def parse_visible_date(text: str, order: Order = None) -> When | None:
    """The first whole date in visible text ("Nov. 19, 2019 8:03 a.m. ET", "19 de novembro de
    2019", "19.11.2019", "2019年4月4日"), with its time and zone when they follow it.
    ``order`` ("dmy"/"mdy") reads numeric dates as the page's language writes them."""
    if not text.isascii():
        text = text.translate(_WIDE)
    best: tuple[int, When] | None = None
    m = _ISO.search(text)
    if m and not re.match(r"\d", text[m.end() : m.end() + 1]):
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        if m.group("H") is not None:
            value = make_date(y, mo, d, int(m.group("H")), int(m.group("M")),
                              int(m.group("S") or 0), _tzinfo(m.group("tz")))
        else:
            value = make_date(y, mo, d)
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
        value = make_date(y, month, d, *t) if t else make_date(y, month, d)
        if value is not None and (best is None or m.start() < best[0]):
            best = (m.start(), value)
    if not text.isascii():
        m = _CJK.search(text)
        if m:
            y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
            tm = _CJK_TIME.match(text, m.end())
            value = (make_date(y, mo, d, int(tm.group("H")), int(tm.group("M"))) if tm
                     else make_date(y, mo, d))
            if value is not None and (best is None or m.start() < best[0]):
                best = (m.start(), value)
    if best:
        return best[1]
    m = _YMD_SLASH.search(text)
    if m:
        value = make_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        t = _time_after(text, m.end()) if value is not None else None
        return make_date(int(m.group("y")), int(m.group("m")), int(m.group("d")), *t) if t else value
    m = _NUMERIC.search(text)
    if m:
        a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
        if len(m.group("y")) == 2:
            if m.group(0)[len(m.group("a"))] == "-":
                return None  # "12-05-19" is too often a code, a score or a range
            y = _century(y)
        # The page's order when it is known and possible, else day first (most of the world)
        # unless that is impossible.
        if order == "mdy" and a <= 12:
            day, month = b, a
        elif b <= 12:
            day, month = a, b
        else:
            day, month = b, a
        t = _time_after(text, m.end())
        return make_date(y, month, day, *t) if t else make_date(y, month, day)
    return None


# "2 hours ago", "vor 2 Stunden", "il y a 2 heures", "hace 2 horas", "há 2 horas", "2 ore fa",
# "2 uur geleden"; units in those languages.
# (General vocabulary: units of time in the corpora's languages.)
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


def month_day_in_year(text: str, year: int) -> When | None:
    """A day and month without a year, completed with a year the page itself gives."""
    found = _month_day_match(text)
    if found is None:
        return None
    month, day, end = found
    t = _time_after(text, end)
    return make_date(year, month, day, *t) if t else make_date(year, month, day)

