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

from lxml import etree

from ...document import Document, element_names
from ...model import Found, When
from ...normalize import day_of, plausible_date
from .._ld import article_objects, ld_text
from .._text import in_other_story
from .parse import (
    MONTHS,
    Order,
    make_date,
    month_day,
    month_day_in_year,
    parse_date,
    parse_relative_date,
    parse_visible_date,
)

__all__ = [
    "MONTHS",
    "month_day",
    "extract_modified",
    "extract_published",
    "parse_date",
    "parse_relative_date",
    "parse_visible_date",
]

# English outside these countries writes the month first (11/19/2019); every other language of
# the corpora writes the day first (19.11.2019, 19/11/2019).
# (Markup vocabulary: country codes of a language tag or a domain.)
_DAY_FIRST_ENGLISH = frozenset(
    "gb uk au nz ie in za sg hk pk ng ke gh my ph lk bd mt cy jm tt zw zm ug tz na bw".split())


def numeric_order(doc: Document) -> Order:
    """How the page writes numeric dates, from its declared language and region (the html
    lang, else Content-Language or og:locale) and, for English without a region, its country
    domain; None when the page does not say (then day first unless impossible)."""
    return doc.memo("numeric_order", lambda: _numeric_order(doc))


def _numeric_order(doc: Document) -> Order:
    lang = doc.lang
    if not lang:
        for key in ("content-language", "og:locale", "dc.language", "language"):
            values = doc.meta.get(key)
            if values:
                lang = values[0]
                break
    if not lang:
        return None
    primary, _, region = lang.replace("_", "-").lower().partition("-")
    if primary != "en":
        return "dmy" if len(primary) in (2, 3) else None
    if region:
        return "dmy" if region[:2] in _DAY_FIRST_ENGLISH else "mdy"
    tld = (doc.domain or "").rsplit(".", 1)[-1]
    return "dmy" if tld in _DAY_FIRST_ENGLISH else "mdy"


# -- sources -----------------------------------------------------------------------------------
# Markup vocabulary: the meta tags that date a page.
_PUBLISHED_META = (
    "article:published_time", "og:published_time", "article:published", "datepublished",
    "publishdate", "publish-date", "publish_date", "pubdate", "parsely-pub-date",
    "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
    "article.published", "date", "originalpublicationdate", "cxenseparse:recs:publishtime",
    "og:pubdate", "article_date_original", "published_time", "datecreated", "article.created",
)
# (Markup vocabulary: the meta tags that date an update.)
_MODIFIED_META = (
    "article:modified_time", "og:updated_time", "article:modified", "datemodified",
    "last-modified", "dc.date.modified", "dcterms.modified", "article.updated", "lastmod",
    "modified_time",
)
# A date in the URL, written by the site's own CMS: Y/M/D with separators (strong), or
# YYYYMMDD between separators (weaker: an ID can look like one).
_URL_DATE = re.compile(
    r"(?<![\d])(?P<y>(?:19|20)\d{2})[/_.-](?P<m>[01]?\d)[/_.-](?P<d>[0-3]?\d)(?![\d])")
_URL_DATE_COMPACT = re.compile(
    r"(?<=[/=_.-])(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?=$|[/_.&?-])")


def _from_json_ld(doc: Document, key: str) -> Found[When] | None:
    for obj in article_objects(doc):
        for text in ld_text(obj.get(key)):
            value = parse_date(text, numeric_order(doc))
            if value is not None:
                return Found(value, f"json-ld:{key}")
    return None


def _from_meta(doc: Document, keys: tuple[str, ...]) -> Found[When] | None:
    for key in keys:
        for text in doc.meta.get(key, ())[:2]:
            value = parse_date(text, numeric_order(doc))
            if value is not None:
                return Found(value, f"meta:{key}")
    return None


def _from_time_elements(doc: Document, published: bool) -> Found[When] | None:
    prop = "datepublished" if published else "datemodified"
    for el in doc.tree.iter("time"):
        itemprop = (el.get("itemprop") or "").lower()
        if itemprop == prop or (published and el.get("pubdate") is not None):
            value = parse_date(el.get("datetime") or "".join(el.itertext()), numeric_order(doc))
            if value is not None:
                return Found(value, f"time[{'itemprop' if itemprop else 'pubdate'}]")
    return None


def _from_url(doc: Document) -> Found[When] | None:
    """A date in the page's URL (or canonical URL): path and query."""
    for url in (doc.url, doc.canonical_url):
        if not url:
            continue
        parts = urlsplit(url) if "://" in url else None
        text = (parts.path + "?" + parts.query) if parts is not None else url
        for pattern in (_URL_DATE, _URL_DATE_COMPACT):
            for m in pattern.finditer(text):
                value = make_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
                if value is not None and plausible_date(value, doc.fetched_at):
                    return Found(value, "url")
    return None


def _from_first_time(doc: Document) -> Found[When] | None:
    """The first <time datetime> in the page body: usually the article's own stamp."""
    for el in doc.tree.iter("time"):
        raw = el.get("datetime")
        if raw and not _in_apparatus(el):
            value = parse_date(raw)
            if value is not None:
                return Found(value, "time[datetime]")
    return None


# Names of date lines, matched against names already lower-cased (``doc.named_lower``): no
# re.I, much faster.
_DATE_HINT_LOWER = re.compile(r"date|time|publish|posted|byline|dateline|meta|stamp|info")
_UPDATE_HINT = re.compile(r"updat|modif|edited|aktualisiert|atualizad|actualizad|mis à jour", re.I)
# the same, for lower-cased names
_UPDATE_HINT_LOWER = re.compile(_UPDATE_HINT.pattern)
# An update stamp in the languages that write the word after the date ("2019年12月17日更新",
# "2019년 4월 4일 수정").
_UPDATE_AFTER = re.compile(r"\d\s*[日일]?\s*(?:\d{1,2}\s*[時:시]\s*\d{2}\s*分?\s*)?(?:更新|修正|수정|업데이트)")


def _is_update_text(text: str) -> bool:
    return _UPDATE_HINT.match(text) is not None or _UPDATE_AFTER.search(text) is not None


# A photo's caption or credit dates the photo, not the story.
_MEDIA = re.compile(r"caption|credit|image|photo|picture|media|gallery|figure|video", re.I)


def _in_media(el: etree._Element) -> bool:
    """Whether the element sits in a figure, a caption or an image's metadata."""
    for level, node in enumerate((el, *el.iterancestors())):
        if level > 4 or node.tag in ("body", "article", "main"):
            return False
        if node.tag in ("figure", "figcaption") or _MEDIA.search(element_names(node)):
            return True
    return False


def _after_headline(doc: Document) -> list[tuple[etree._Element, str, str]]:
    """Named elements from the story's header on (with their names as written and
    lower-cased): those after the first <h1>, and those just above it that share its parent or
    grandparent (a date line printed over the headline), never the site's header far above."""
    def rows(first: int) -> list[tuple[etree._Element, str, str]]:
        pairs = zip(doc.named_elements[first:], doc.named_lower[first:], strict=True)
        return [(el, n, low) for (el, n), low in pairs]

    start = doc.named_before_headline
    h1 = doc.headline_element
    if h1 is None or start == 0:
        return rows(start)
    # the headline's header: its nearest ancestor holding more than the headline's own wrappers
    header = h1.getparent()
    while header is not None and len(header) < 2 and header.tag not in ("body", "html"):
        header = header.getparent()
    if header is None or header.tag in ("body", "html"):
        return rows(start)
    first = max(0, start - 12)
    named = rows(first)
    before = [t for t in named[: start - first] if header in t[0].iterancestors()]
    return before + named[start - first :]


# Parts of a page whose dates are not the article's: a reference list ("Retrieved 1 May
# 2016", MediaWiki's reference-accessdate), a profile box (when the author joined), and the
# microformats that date their subject: an hCard (a person's birthday, a firm's founding) and
# an hCalendar event (when it takes place).
_APPARATUS = re.compile(r"(?<![a-z])(?:reference|reflist|accessdate|profile)", re.I)


# The microformats that date their subject, not the page: an hCard (a person's birthday, a
# firm's founding: Wikipedia's infoboxes) and an hCalendar event (when it takes place).
_DATED_CARD = re.compile(r"(?<![\w-])(?:vcard|vevent)(?![\w-])")


def _in_dated_card(el: etree._Element) -> bool:
    return any(_DATED_CARD.search(node.get("class") or "") for node in (el, *el.iterancestors())
               if node.tag not in ("body", "html"))


def _in_apparatus(el: etree._Element) -> bool:
    return any(_APPARATUS.search(element_names(node)) for node in (el, *el.iterancestors())
               if node.tag not in ("body", "html"))


def _visible_dates(doc: Document, updated: bool, year: int | None = None) -> list[tuple[When, str]]:
    """Dates written with the story, in page order: <time> elements and elements named like a
    date line or byline, after the headline (a date above it is the site's "today");
    "Updated ..." stamps apart. ``year`` completes "Nov 18, 8:19 PM" when the page's own
    markup gives it; nothing is ever completed from today's date."""
    out: list[tuple[When, str]] = []
    seen: set[etree._Element] = set()
    for el, names, low in _after_headline(doc):
        if el.tag != "time" and not _DATE_HINT_LOWER.search(low):
            continue
        if any(a in seen for a in el.iterancestors()):
            continue
        if in_other_story(doc, el) or _in_media(el) or _in_apparatus(el):
            continue
        text = " ".join("".join(el.itertext()).split())
        if not text or len(text) > 200:
            continue
        is_update = bool(_UPDATE_HINT_LOWER.search(low) or _is_update_text(text))
        if is_update != updated:
            continue
        value = parse_visible_date(text, numeric_order(doc))
        if value is None and year is not None:
            value = month_day_in_year(text, year)
        if value is None and doc.fetched_at is not None:
            value = parse_relative_date(text, doc.fetched_at)
        if value is not None and plausible_date(value, doc.fetched_at):
            seen.add(el)
            out.append((value, f"visible:{el.tag}[{names[:50]}]"))
            if len(out) >= 3:
                break
    # the <time> elements the document's one walk collected, in page order
    times = (el for el, _ in doc.named_elements if el.tag == "time")
    for el in times if doc.body is not None and not updated else ():
        if len(out) >= 3 or el in seen:
            break
        if _in_apparatus(el):
            continue
        text = " ".join("".join(el.itertext()).split())
        value = parse_visible_date(text, numeric_order(doc)) if text and len(text) <= 200 else None
        if value is not None and plausible_date(value, doc.fetched_at) and not _is_update_text(text):
            out.append((value, "visible:time"))
    return out


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
        if _in_dated_card(el):
            seen += 1
            continue
        for text in (el.text, el.tail):
            if text and text.strip():
                seen += 1
                value = parse_visible_date(text, numeric_order(doc)) if len(text) < 200 else None
                if value is not None and plausible_date(value, doc.fetched_at) and not \
                        _is_update_text(text.strip()):
                    return Found(value, "visible:after headline")
        if seen > 40:
            return None
    return None


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
        if day_of(shown) == day_of(m):
            return markup
    shown, where = visible[0]
    utc = isinstance(m, dt.datetime) and m.utcoffset() in (None, dt.timedelta(0))
    if abs((day_of(shown) - day_of(m)).days) == 1 and utc:
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
    if url is not None and (day_of(markup.value) - day_of(url.value)).days == 1:
        return url
    return markup


def _first_valid(doc: Document, *finders: object) -> Found[When] | None:
    for finder in finders:
        found = finder() if callable(finder) else None
        if found is not None and plausible_date(found.value, doc.fetched_at):
            return found
    return None


def extract_published(doc: Document) -> Found[When] | None:
    """The publication date, computed once per document (site rules read it to pick their
    version by date)."""
    return doc.memo("published", lambda: _extract_published(doc))


def _extract_published(doc: Document) -> Found[When] | None:
    markup = _first_valid(
        doc,
        lambda: _from_json_ld(doc, "datePublished"),
        lambda: _from_meta(doc, _PUBLISHED_META),
        lambda: _from_time_elements(doc, published=True),
        lambda: _from_json_ld(doc, "dateCreated"),
    )
    year = day_of(markup.value).year if markup is not None else None
    visible = _visible_dates(doc, updated=False, year=year)
    found = _reconcile(markup, visible) if visible else _local_day_from_url(doc, markup)
    if found is not None:
        return found
    # Measured on the development sets, the URL's date settles nothing better than the page's
    # own dates do (a magazine's URL carries the date): it is the last resort.
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

