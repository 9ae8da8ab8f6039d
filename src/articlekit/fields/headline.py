"""The headline: the visible h1 when metadata agrees, else metadata without the site's name."""

from __future__ import annotations

import re

from lxml import etree

from ..document import Document
from ..model import Found
from ._ld import article_objects, ld_text
from ._text import element_text, fold, similar, site_label

__all__ = ["extract_headline", "strip_site_name"]

_SEPARATORS = re.compile(r"\s+[|\-\u2013\u2014:·•»«/]\s+|\s*\|\s*|\s+::\s+|(?<=\w):\s+")


def strip_site_name(title: str, site_names: list[str]) -> str:
    """Drop "| Site", "- Site", "Site:" parts of a title when they name the site."""
    title = " ".join(title.split())[:500]  # collapsed and capped: the split stays linear
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title.strip()
    folded_sites = {fold(s) for s in site_names if s}
    folded_sites |= {f.replace(" ", "") for f in folded_sites}

    def is_site(part: str) -> bool:
        f = fold(part)
        return bool(f) and (f in folded_sites or f.replace(" ", "") in folded_sites)

    kept = [p for p in parts if not is_site(p)]
    if kept and len(kept) < len(parts):
        # Rebuild from the original text so the headline keeps its own punctuation.
        first, last = kept[0], kept[-1]
        start = title.find(first)
        end = title.rfind(last) + len(last)
        if 0 <= start < end:
            return title[start:end].strip()
    # No part names the site: a trailing short part after " | " is still a site name.
    if len(parts) >= 2 and "|" in title:
        head = title.rsplit("|", 1)[0].strip()
        if len(head) > 15:
            return head
    return title.strip()


def _site_names(doc: Document) -> list[str]:
    names = list(doc.meta.get("og:site_name", ()))
    names += list(doc.meta.get("application-name", ()))
    if doc.domain:
        names.append(doc.domain)
        names.append(site_label(doc.domain))
    return names


_KICKER = re.compile(r"kicker|overline|eyebrow|dachzeile|topline|label|category|"
                     r"rubric|ressort|section|tag|flag|supertitle|pretitle", re.I)


def _h1_text(h: etree._Element) -> str:
    """The h1's words without a kicker printed inside it ("Verkehr in Bremen-Mitte")."""
    kickers = [c for c in h.iter() if c is not h and _KICKER.search((c.get("class") or "")[:300])]
    if not kickers:
        return element_text(h, 500)
    parts = []
    for node in h.iter():
        if any(node is k or k in node.iterancestors() for k in kickers):
            if node.tail and any(node is k for k in kickers):
                parts.append(node.tail)
            continue
        if node.text:
            parts.append(node.text)
        if node is not h and node.tail and not any(a in kickers for a in node.iterancestors()):
            parts.append(node.tail)
    return " ".join(" ".join(parts).split())


def _h1s(doc: Document) -> list[str]:
    out = []
    for h in doc.tree.iter("h1"):
        text = _h1_text(h)
        if 3 <= len(text) <= 400:
            out.append(text)
        if len(out) >= 5:
            break
    return out


_TITLE_SPLIT = re.compile(r"\s+[|\-\u2013\u2014·•»«/@]\s+|\s*\|\s*|\s*::\s*|\s*\[[^\]]{2,60}\]\s*$")
# "_" joins a title to its section and site on Chinese sites ("标题_科技_腾讯网").
_CJK_UNDERSCORE = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])_(?=[\u3000-\u9fff\uff00-\uffef])")
_PAGE_MARK = re.compile(
    r"\s*[（(]\s*\d{1,2}\s*/\s*\d{1,2}\s*(?:ページ|页|頁|page|seite|página|pagina|strona)?\s*[)）]\s*$"
    r"|\s*[-–—|:]\s*(?:page|seite|página|pagina|strona|sida|side|страница)\s+\d{1,2}\s*$", re.I)


def _title_segments(doc: Document) -> tuple[str, ...]:
    """The parts of the page title (og:title, else <title>) around its separators (split
    once per document)."""
    return doc.memo("title_segments", lambda: _split_title(doc))


def _split_title(doc: Document) -> tuple[str, ...]:
    for value in (*doc.meta.get("og:title", ())[:1], doc.title or ""):
        if value:
            parts = _TITLE_SPLIT.split(_CJK_UNDERSCORE.sub(" | ", " ".join(value.split())[:500]))
            return tuple(p.strip() for p in parts if p and p.strip())
    return ()


def _headings(doc: Document) -> list[str]:
    """The page's first headings of levels 1 to 3, in order."""
    out = []
    for h in doc.tree.iter("h1", "h2", "h3"):
        text = _h1_text(h) if h.tag == "h1" else element_text(h, 500)
        if 3 <= len(text) <= 400:
            out.append(text)
        if len(out) >= 15:
            break
    return out


def _heading_of_title(doc: Document) -> str | None:
    """The visible heading that is the title's main part, when the title has several parts
    ("Headline - Site", "Site - Headline", "标题_栏目_网站"): the longest part, printed as a
    heading somewhere near the top (an <h2> under a site-name <h1> included)."""
    segments = _title_segments(doc)
    if len(segments) < 2:
        return None
    main = max(segments, key=len)
    if len(main) < 8:
        return None
    for text in _headings(doc):
        if similar(text, main):
            return text
    return None


# Bullets and stars some sites print before a title ("■ 改正NICT法...").
_DECORATION = re.compile(r"^[\s■□●○◆◇★☆▶►▼▲※・◎]+")


def extract_headline(doc: Document) -> Found[str] | None:
    found = _extract_headline(doc)
    if found is None:
        return None
    text = _DECORATION.sub("", found.value)
    return Found(text, found.source) if text else found


def _extract_headline(doc: Document) -> Found[str] | None:
    meta: list[tuple[str, str]] = []
    for obj in article_objects(doc):
        for text in ld_text(obj.get("headline")):
            meta.append((text, "json-ld:headline"))
            break
    for key in ("og:title", "twitter:title", "dc.title", "title"):
        for value in doc.meta.get(key, ())[:1]:
            meta.append((value, f"meta:{key}"))
    if doc.title:
        meta.append((doc.title, "title"))

    h1s = _h1s(doc)
    sites = _site_names(doc)
    for h1 in h1s:
        for value, _ in meta:
            if similar(h1, value) or similar(h1, strip_site_name(value, sites)):
                return Found(_PAGE_MARK.sub("", h1), "h1")
    heading = _heading_of_title(doc)
    if heading is not None:
        return Found(_PAGE_MARK.sub("", heading), "heading matching the title")
    # An h1 that is one of the title's lesser parts names the site or the blog.
    parts = _title_segments(doc)
    segments = {fold(p) for p in parts} if len(parts) > 1 else set()
    longest = max(parts, key=len, default="")
    h1s = [h for h in h1s if not (fold(h) in segments and fold(h) != fold(longest))]
    # No h1 agrees with the metadata: the page shows its readers a different (often newer)
    # headline than it gives to search engines; a sentence-like h1 that is not the site's
    # name is that headline.
    for h1 in h1s:
        words = len(h1.split())
        if (words >= 4 or (len(h1) >= 8 and words < 4 and not h1.isascii())) and not any(
            similar(h1, s) for s in sites
        ):
            return Found(h1, "h1")
    for value, source in meta:
        stripped = strip_site_name(value, sites)
        if stripped and len(stripped) >= 3:
            return Found(stripped, source)
    if h1s:
        return Found(h1s[0], "h1")
    return None
