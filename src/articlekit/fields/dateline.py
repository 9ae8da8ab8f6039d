"""The dateline at the start of a story: where (and when, and by which agency) it was filed.

Recognised shapes, in order:
- wire style: an upper-case place, an optional date, an optional agency, a dash:
  "SEOUL, Aug. 20 (Yonhap) --", "WASHINGTON (AP) —", "BUFFALO, N.Y. —", "PARIS, 10 juillet (AFP) -";
- a place and an agency in parentheses without a dash: "Hong Kong (CNN Business)";
- the agency alone: "(Reuters) —";
- a title-case place before a spaced dash and a new sentence: "Indianapolis – Thousands ...",
  or with a region before a colon: "Washington, DC, United States: ...";
- a relative opener with the wire's "local time": "On the 10th, local time," (never a sentence
  that merely opens with "On Sunday,");
- credits in a dateline's place: "(CNN) —", "CNN —", "Kaieteur News –", "KVELLER via JTA —",
  "МОСКВА, 5 марта. /ТАСС/.", "【ロンドン＝岡田浩幸】", "【6月18日 AFP】", "新华社北京3月5日电",
  "(서울=연합뉴스) 홍길동 기자 =".
A sentence that merely starts with a capitalised word is never a dateline: the place must be
upper case and followed by a dash, or an agency in parentheses must follow it, or a title-case
place of at most three words must stand alone before a spaced dash with a new sentence after.
"""

from __future__ import annotations

import datetime as dt
import re

from ..model import Dateline
from ..normalize import day_of
from .byline import agency_name
from .dates import MONTHS, month_day

__all__ = ["parse_dateline"]

_MONTH = "|".join(sorted((re.escape(w) for w in MONTHS), key=len, reverse=True))
_DASH = r"(?:--|—|–|-|―|:)"
_UPPER_PLACE = r"[A-ZÀ-ÞĀ-ŽА-ЯЁ][A-ZÀ-ÞĀ-ŽА-ЯЁ'’.\-]*(?:\s+[A-ZÀ-ÞĀ-ŽА-ЯЁ][A-ZÀ-ÞĀ-ŽА-ЯЁ'’.\-]*){0,3}"
_REGION = r"(?:,\s*(?!(?i:(?:" + "|".join(MONTHS) + r")\.?\s+\d))[A-ZÀ-Þ][\w'’.\-]*(?:\s+[A-ZÀ-Þ][\w'’.\-]*){0,3})?"
_DATE = rf"(?i:(?:{_MONTH})\.?\s+\d{{1,2}}|\d{{1,2}}\.?\s+(?:{_MONTH})\.?)"
# An agency in brackets: capitalised, or one of the lower-case wire names ("(dpa)", "(epd)").
_AGENCY = (r"\((?P<agency>[A-ZÀ-ÞĀ-ŽА-ЯЁ][\w .&'’\-]{0,40}|[A-Z]{2,10}|dpa|epd|kna|apa|sda|afp|efe|"
           r"ap)\)")

_WIRE = re.compile(
    rf"^(?P<loc>{_UPPER_PLACE}{_REGION})(?:,\s*(?P<date>{_DATE}))?\s*(?:{_AGENCY})?\s*"
    # "A HIGH-powered team ...": a hyphen inside a compound word is not a dateline's dash
    # (an em dash before lower case still is: "WASHINGTON—lawmakers returned ...")
    rf"(?P<dash>{_DASH})(?!(?<=[^-]-)[a-zà-ÿ])\s*",
)
_PLACE_AGENCY = re.compile(  # ("Brno 5. března (ČTK) –": Czech puts no comma before the date)
    rf"^(?P<loc>[A-ZÀ-Þ][\w'’.\-]*(?:\s+[A-ZÀ-Þ][\w'’.\-]*){{0,3}}{_REGION})"
    rf"(?:,?\s*(?P<date>{_DATE}))?\s*{_AGENCY}\s*(?:{_DASH}\s*)?"
)
# Page furniture that opens a body like a place would ("UPDATE —", "Watch – ..."): never a
# place, in capitals or in title case.
_FURNITURE_WORDS = frozenset(
    """advertisement analysis breaking exclusive live note opinion photos spoiler sponsored
    update updated video warning watch""".split())

# Title-case places, as some papers print them: "Indianapolis – Thousands ...", "Washington,
# DC, United States: Getting ...". Only with a spaced dash (or, after a region, a colon) and a
# new sentence after it, so "Trump — who ..." or "Meanwhile – the ..." never qualify.
_TITLE_PLACE = re.compile(
    r"^(?P<loc>[A-Z][a-zà-ÿ'’.\-]+(?:\s+[A-Z][a-zà-ÿ'’.\-]+){0,2}"
    r"(?P<region>(?:,\s*[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,2}){0,2}))"
    r"(?P<sep>\s+(?:—|–|--)\s+|:\s+)(?=[A-Z])"
)
_NOT_TITLE_PLACES = _FURNITURE_WORDS | frozenset(
    """and but content credit dear editor finally first getty however image images key
    meanwhile now photo points review so still then today tomorrow yesterday yet""".split())


def _title_place_ok(m: re.Match[str]) -> bool:
    """A title-case place is one word ("Indianapolis") or comes with its region ("New York,
    NY", "Dekalb, Ill."): two bare capitalised words are a person as often as a place ("Elon
    Musk — The billionaire ..."). A colon needs the region too; no title or abbreviation."""
    place = m.group("loc").split(",")[0].split()
    if not m.group("region") and (len(place) > 1 or m.group("sep").strip() == ":"):
        return False
    if any(w.endswith(".") for w in place) or len(place[0]) < 3:
        return False  # "Mr. Smith", "Dr. Fauci", "Q."
    return not any(w.lower().strip(".") in _NOT_TITLE_PLACES
                   for w in m.group("loc").replace(",", " ").split())
_AGENCY_ONLY = re.compile(rf"^{_AGENCY}\s*(?:{_DASH}\s*)?")
# "On the 10th, local time," and "On Tuesday (local time)": the wire's relative dateline.
# Without "local time" the same words are an ordinary sentence ("On Sunday, the minister ..."):
# never a dateline.
_RELATIVE_DAY = re.compile(
    r"^(?P<raw>On (?:the )?(?P<day>\d{1,2})(?:st|nd|rd|th),? (?:local time|\(local time\)))[,\s]"
)
_WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_RELATIVE_WEEKDAY = re.compile(
    r"^(?P<raw>On (?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r",? (?:local time|\(local time\)))[,\s]"
)
# A publication's credit before a dash ("Kaieteur News –", "Jornal do Brasil —"): title-case
# words ending in a word for a news outlet (general vocabulary of the corpora's languages).
_PUBLICATION_CREDIT = re.compile(
    r"^(?P<pub>(?:[A-ZÀ-Þ][\w'’.&\-]*\s+){0,4}(?:News|Times|Post|Herald|Press|Journal|Daily|"
    r"Tribune|Gazette|Telegraph|Chronicle|Online|Radio|TV|Zeitung|Nachrichten|Noticias|Notícias|"
    r"Nieuws|Wiadomości|Zprávy|Nyheter|Nyheder|Новости|Haber|Haberleri)\.?)"
    r"\s+(?:—|–|--|-)\s+(?=\S)")
# A syndication credit: "KVELLER via JTA —".
_VIA_CREDIT = re.compile(
    r"^(?P<pub>[A-ZÀ-Þ][\w'’.&\-]*(?:\s+[A-ZÀ-Þ][\w'’.&\-]*){0,3})\s+via\s+"
    r"(?P<agency>[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,3})\s*(?:—|–|--|-)\s+(?=\S)")
# Russian wire style: "МОСКВА, 5 марта. /ТАСС/."
_SLASH_AGENCY = re.compile(
    rf"^(?P<loc>{_UPPER_PLACE}),\s*(?P<date>{_DATE})\.?\s*/(?P<agency>[^/\n]{{2,25}})/\.?")
# Japanese and Chinese wire openers: "【ロンドン＝岡田浩幸】", "【6月18日 AFP】",
# "新华社北京3月5日电", "TNW中文站 10月14日报道".
_BRACKET_LINE = re.compile(
    r"^【\s*(?:(?P<date>\d{1,2}月\d{1,2}日)\s*)?(?P<head>[^＝=】]{1,20}?)\s*"
    r"(?:[＝=](?P<who>[^】]{1,20}))?\s*】")
# Korean wire style: "(서울=연합뉴스) 홍길동 기자 =".
_KOREAN_WIRE = re.compile(
    r"^\((?P<loc>[^=()\n]{1,12})=(?P<agency>[^()\n]{1,20})\)\s*"
    r"(?:(?P<who>[^=\n]{1,30}?)\s*(?:기자|특파원)\s*)?=?")
_CJK_DISPATCH = re.compile(
    r"^(?P<head>[^\s，。、]{2,14}?)\s*(?P<date>\d{1,2}月\d{1,2}日)\s*(?:电|電|报道|報道|讯|訊)")
_PLACE_LINE = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ .'’\-]{1,30},\s*[A-ZÀ-Þ][A-ZÀ-Þ .'’\-]{1,30}\s*[-—–:]?")
# A site's own name in the dateline's place ("Example.net - ..."): any host-like credit.
_SITE_CREDIT = re.compile(
    r"^(?P<site>[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*\.[A-Za-z]{2,6})\s*(?:--|—|–|-)\s+"
)
# Words that are upper case at the start of a sentence but are not places.
_NOT_PLACES = frozenset({w.upper() for w in _FURNITURE_WORDS} | {
    "A", "AN", "CORRECTION", "DISCLAIMER", "EDITOR'S NOTE", "I", "LISTEN", "OK", "READ", "SPOILERS",
    "THE", "TV", "US"})


def _resolve_month_day(text: str, published: dt.date | None) -> dt.date | None:
    """"Aug. 20" in a dateline: the year of publication, or the year before when that date
    would fall after publication."""
    parsed = month_day(text)
    if published is None or parsed is None:
        return None
    month, day = parsed
    for year in (published.year, published.year - 1):
        try:
            value = dt.date(year, month, day)
        except ValueError:
            continue
        if value <= published or (published < dt.date.max and value == published + dt.timedelta(days=1)):
            return value
    return None


def _resolve_day_of_month(day: int, published: dt.date | None) -> dt.date | None:
    """The 10th: of the publication month, or of the month before when the 10th is later."""
    if published is None:
        return None
    year, month = published.year, published.month
    for _ in range(2):
        try:
            value = dt.date(year, month, day)
        except ValueError:
            value = None
        if value is not None and value <= published:
            return value
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return None


def _resolve_weekday(name: str, published: dt.date | None) -> dt.date | None:
    if published is None:
        return None
    back = (published.weekday() - _WEEKDAYS[name.lower()]) % 7
    if published.toordinal() <= back:
        return None  # before the first day the calendar has
    return published - dt.timedelta(days=back)


def _clean_location(loc: str) -> str | None:
    loc = loc.strip(" ,")
    return loc or None


def parse_dateline(text: str, published: dt.date | dt.datetime | None) -> Dateline | None:
    """The dateline at the start of ``text`` (the body), or None when it has none.

    One paragraph may stand before it: a kicker ("GRANTS/DONATIONS") before any dateline, or
    a short promo line before a dateline that names its agency ("(CNN) --")."""
    if not text:
        return None
    pub = day_of(published) if published is not None else None
    found = _dateline_at(text[:300], pub)
    if found is not None:
        return found
    first, _, rest = text.partition("\n")
    rest = rest.lstrip()
    if not rest or len(first) > 200:
        return None
    found = _dateline_at(rest[:300], pub)
    if found is None:
        return None
    # only the unmistakable wire forms, never "Today (Nov. 18)" under a subheading
    agency = bool(found.agency and "(" in found.raw and not re.search(r"\d", found.agency))
    place = (found.location or "").split(",")[0]
    if len(first.split()) <= 4 and not re.search(r"[.!?:]\W*$", first):
        return found if agency or (place.isupper() and len(place) >= 3) else None  # a kicker
    return found if agency else None


# Chinese wire services that print the place right after their name ("新华社北京3月5日电").
# (General vocabulary: Chinese and Japanese wire services.)
_CJK_AGENCIES = ("新华社", "新華社", "中新社", "中新网", "人民网", "央视网", "法新社", "路透社", "美联社",
                 "共同社", "中央社")


def _cjk_date(text: str | None, pub: dt.date | None) -> dt.date | None:
    m = re.match(r"(\d{1,2})月(\d{1,2})日", text or "")
    if m is None or pub is None:
        return None
    for year in (pub.year, pub.year - 1):
        try:
            value = dt.date(year, int(m.group(1)), int(m.group(2)))
        except ValueError:
            return None
        if (value - pub).days <= 1:  # not after publication, a day of slack for time zones
            return value
    return None


def _credit_at(head: str, pub: dt.date | None) -> Dateline | None:
    """Credits that stand where a dateline does: a publication's, a syndication's, the Russian
    and the Japanese and Chinese wire forms."""
    m = _VIA_CREDIT.match(head)
    if m:
        return Dateline(head[: m.end()].rstrip(), None, None, m.group("agency"))
    m = _SLASH_AGENCY.match(head)
    if m:
        return Dateline(head[: m.end()].rstrip(), _clean_location(m.group("loc")),
                        _resolve_month_day(m.group("date"), pub), m.group("agency").strip())
    m = _BRACKET_LINE.match(head)
    if m:
        inner = m.group("head").strip()
        agency = agency_name(inner) or (inner if inner.isascii() and inner.isupper() else None)
        location = None if agency else inner
        return Dateline(m.group(0), location, _cjk_date(m.group("date"), pub), agency)
    m = _KOREAN_WIRE.match(head)
    if m and not m.group("loc").isascii():
        return Dateline(head[: m.end()].rstrip(), m.group("loc").strip(), None,
                        m.group("agency").strip())
    m = _CJK_DISPATCH.match(head)
    if m:
        who, place = m.group("head"), None
        for agency in _CJK_AGENCIES:  # "新华社北京": the agency, then the place
            if who.startswith(agency) and len(who) > len(agency):
                who, place = agency, who[len(agency):]
                break
        return Dateline(head[: m.end()], place, _cjk_date(m.group("date"), pub), who)
    m = _PUBLICATION_CREDIT.match(head)
    if m:
        return Dateline(head[: m.end()].rstrip(), None, None, m.group("pub"))
    return None


def _dateline_at(head: str, pub: dt.date | None) -> Dateline | None:
    """The dateline that ``head`` opens with, if any."""

    found = _credit_at(head, pub)
    if found is not None:
        return found

    m = _WIRE.match(head)
    if m:
        loc = m.group("loc")
        first_word = loc.split(",")[0].strip()
        known = agency_name(loc.strip())
        if known and not m.group("agency") and m.group("dash") != ":":
            return Dateline(head[: m.end()].rstrip(), None, None, known)  # "CNN —"
        is_upper = first_word.upper() == first_word and any(c.isalpha() for c in first_word)
        if is_upper and first_word not in _NOT_PLACES and len(first_word.strip(".")) >= 2 and (
            m.group("dash") != ":" or m.group("agency")
        ):
            date = _resolve_month_day(m.group("date"), pub) if m.group("date") else None
            raw = head[: m.end()].rstrip()
            return Dateline(raw, _clean_location(loc), date, m.group("agency"))

    m = _PLACE_AGENCY.match(head)
    if m and m.group("agency"):
        date = _resolve_month_day(m.group("date"), pub) if m.group("date") else None
        raw = head[: m.end()].rstrip()
        return Dateline(raw, _clean_location(m.group("loc")), date, m.group("agency"))

    # A place alone on the first line, as press releases print it: "BAAR, SWITZERLAND"
    first_line = head.split("\n", 1)[0].strip()
    m = _PLACE_LINE.fullmatch(first_line)
    if m and "\n" in head and first_line.split(",")[0].strip() not in _NOT_PLACES:
        return Dateline(first_line, first_line.rstrip(" -—–:"), None, None)

    # A site's own credit in place of a dateline: "PanARMENIAN.Net - ..."
    m = _SITE_CREDIT.match(head)
    if m:
        return Dateline(head[: m.end()].rstrip(), None, None, m.group("site"))

    m = _AGENCY_ONLY.match(head)
    if m:
        return Dateline(head[: m.end()].rstrip(), None, None, m.group("agency"))

    m = _TITLE_PLACE.match(head)
    if m and _title_place_ok(m):
        return Dateline(head[: m.end()].rstrip(), _clean_location(m.group("loc")), None, None)

    m = _RELATIVE_DAY.match(head)
    if m:
        day = int(m.group("day"))
        if 1 <= day <= 31:
            return Dateline(m.group("raw"), None, _resolve_day_of_month(day, pub), None)

    m = _RELATIVE_WEEKDAY.match(head)
    if m:
        return Dateline(m.group("raw"), None, _resolve_weekday(m.group("wd"), pub), None)
    return None
