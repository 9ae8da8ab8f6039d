"""The byline: who wrote the article (people), apart from the agency that distributed it.

Candidates, in order of trust (structure before text):
1. the visible byline: elements named for it (``byline``, ``author``, ``itemprop=author``,
   ``rel=author`` ...) in the story's header area;
2. JSON-LD ``author`` objects of type Person (an Organization is the publisher, or an agency);
3. links to author pages (``/author/``, ``/autor/``, ``/journalist/`` ...) near the headline;
4. a line that reads as a byline ("By Jane Doe", "Von Jan Sellner", "Par ...") near the
   headline, whatever its markup;
5. meta tags (``author``, ``article:author``, ``parsely-author`` ...);
6. a wire story's sign-off ("(Reporting by Jane Doe; Editing by ...)").
The visible byline wins when it names people: metadata is often a CMS account or a
syndication default. Every candidate goes through ``parse_byline``, which keeps only strings
that look like people's names in their script, without roles, desks, interface text or the
site's own name.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable
from urllib.parse import urlsplit

from lxml import etree

from ...document import Document, element_names
from ...model import Byline, Found
from .._ld import article_objects
from .._text import fold, in_other_story, site_label, spaced_text
from .names import is_person_name
from .parse import AGENCIES, agency_name, parse_byline

__all__ = ["AGENCIES", "agency_name", "extract_byline", "is_person_name", "parse_byline"]

# Matched against lower-cased names (``doc.named_lower``), hence no re.I: several times faster.
_BYLINE_HINT = re.compile(r"byline|by-line|author|writer|autor|auteur|penulis|reporter|"
                          r"verfasser|journalist")
_BYLINE_ANTI = re.compile(
    r"comment|avatar|bio|about|related|share|social|footer|widget|sidebar|more|recommend|"
    r"popular|newsletter|follow|photo|image|caption|img|profile-card|author-box|authorbox")
_SKIP_ANCESTORS = frozenset({"footer", "nav", "aside", "form", "button", "select", "figcaption"})
# Path segments of author pages, in the languages of the corpora.
_AUTHOR_PATH = re.compile(
    r"/(?:authors?|autor(?:en|es|i|a)?|auteurs?|autore|autori|journalist(?:en|s)?|"
    r"redakteur(?:e|in)?|reporters?|writers?|contributors?|columnists?|people|staff|"
    r"profil(?:e|es)?|yazar(?:lar)?|avtor|author_profile|by)/[^/?#]+", re.I)
# A line that leads with the byline word of its language.
_BY_LINE = re.compile(
    r"^\s*(?:by|von|par|por|di|door|av|af|przez|autor|автор|yazan|text|texto|texte|tekst)"
    r"\s*[:：]?\s+\S", re.I)
_NEAR = 40  # elements after the headline searched for author links and "By" lines


def _site_words(doc: Document) -> set[str]:
    """The site's own names, folded: og:site_name, application-name, the JSON-LD publisher,
    the domain's label."""
    names = list(doc.meta.get("og:site_name", ())) + list(doc.meta.get("application-name", ()))
    for obj in article_objects(doc)[:1]:
        publisher = doc.resolve_ld(obj.get("publisher"))
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            kinds = publisher.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if "Person" not in kinds:  # a personal blog's publisher is its author
                names.append(publisher["name"])
    words = {fold(s) for s in names}
    words |= {w.replace(" ", "") for w in words}
    if doc.domain:
        words.add(fold(site_label(doc.domain)))
    return {w for w in words if w}


def _visible_candidates(doc: Document) -> Iterable[tuple[etree._Element, str]]:
    body = doc.body
    if body is None:
        return
    seen = 0
    for (el, _), hint in zip(doc.named_elements, doc.named_lower, strict=True):
        if not hint or el.tag in ("script", "style", "meta", "link", "img"):
            continue
        if not _BYLINE_HINT.search(hint) or _BYLINE_ANTI.search(hint):
            continue
        if any(a.tag in _SKIP_ANCESTORS for a in el.iterancestors()) or in_other_story(doc, el):
            continue  # a commenter's or another story's credit
        # Separate lines stay apart; labels glued to a name by inline markup ("KimViews") are
        # split again by parse_byline.
        text = spaced_text(el, 600)
        if not text or len(text) > 250:
            continue
        seen += 1
        yield el, text
        if seen > 40:
            return


def _widen_to_parent(el: etree._Element, text: str, byline: Byline, site: set[str]) -> Byline:
    """Several sibling author links ("<a rel=author>A</a>, <a rel=author>B</a>") each match
    alone; their parent holds the whole byline when it is short."""
    parent = el.getparent()
    if parent is None or _BYLINE_HINT.search(element_names(parent).lower()):
        return byline
    ptext = spaced_text(parent, 600)
    if len(ptext) > 250 or ptext == text:
        return byline
    wider = parse_byline(ptext, site)
    if wider and len(wider.authors) > len(byline.authors) and all(
        a in wider.names for a in byline.names
    ):
        return wider
    return byline


def _ld_authors(doc: Document) -> tuple[list[str], str | None]:
    names: list[str] = []
    agency = None
    for obj in article_objects(doc)[:1]:
        value = obj.get("author") or obj.get("creator")
        items = value if isinstance(value, list) else [value]
        for item in items[:20]:
            item = doc.resolve_ld(item)
            if isinstance(item, str):
                names.append(item)
            elif isinstance(item, dict):
                name = item.get("name")
                if isinstance(name, list):
                    name = " ".join(n for n in name if isinstance(n, str))
                if not isinstance(name, str):
                    continue
                kinds = item.get("@type") if isinstance(item.get("@type"), list) else [item.get("@type")]
                types = {str(t).lower() for t in kinds}
                if "organization" in types or "newsmediaorganization" in types:
                    agency = agency or agency_name(name)
                    continue
                names.append(name)
    return names, agency


def _from_names(names: list[str], agency: str | None, site: set[str],
                single_word: bool = False) -> Byline | None:
    kept = [n for n in names if fold(n) not in site and fold(n).replace(" ", "") not in site]
    if not kept and not agency:
        return None
    byline = parse_byline(" and ".join(kept), site, single_word) if kept else None
    if byline is None:
        return Byline(", ".join(names), (), agency) if agency else None
    return Byline(byline.raw, byline.authors, byline.agency or agency)


# Markup vocabulary: the meta tags that name an author.
_META_AUTHOR = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
                "dcterms.creator", "byl", "twitter:creator:name", "cxenseparse:author")

_SIGN_OFF = re.compile(
    r"\((?:Reporting|Reported|Writing|Written)\s+by\s+"
    r"([^;)]+?)(?=,?\s+(?:with|additional|editing|edited|compiled)\b|[;)]|$)", re.I)


def _sign_off(doc: Document) -> Byline | None:
    """Wire stories credit reporters at the end: "(Reporting by Jane Doe; Editing by ...)"."""
    paragraphs = deque(doc.tree.iter("p"), maxlen=30)  # the last ones, without a list of all
    for p in reversed(paragraphs):
        text = " ".join("".join(p.itertext()).split())
        if len(text) > 400:
            continue
        m = _SIGN_OFF.search(text)
        if m:
            byline = parse_byline(m.group(1))
            if byline is not None and byline.authors:
                return Byline(m.group(0).lstrip("("), byline.authors, None)
    return None


def _near_headline(doc: Document) -> Iterable[etree._Element]:
    """Elements of the story's header: those after the first <h1>, a few dozen of them."""
    h1 = doc.headline_element
    if h1 is None:
        return
    count = 0
    for el in h1.itersiblings():
        for node in el.iter():
            if not isinstance(node.tag, str):
                continue
            yield node
            count += 1
            if count > _NEAR:
                return
    parent = h1.getparent()
    if parent is not None and parent.tag not in ("body", "html"):
        for el in parent.itersiblings():
            for node in el.iter():
                if not isinstance(node.tag, str):
                    continue
                yield node
                count += 1
                if count > 2 * _NEAR:
                    return


def _author_links(doc: Document, site: set[str]) -> Byline | None:
    """Links to author pages in the story's header: their texts are the people."""
    names: list[str] = []
    for el in _near_headline(doc):
        if el.tag != "a":
            continue
        href = el.get("href") or ""
        path = urlsplit(href).path if "://" in href else href
        if not _AUTHOR_PATH.search(path) or in_other_story(doc, el):
            continue
        text = " ".join("".join(el.itertext()).split())
        if text and len(text) <= 60 and text not in names:
            names.append(text)
    return _from_names(names, None, site) if names else None


def _by_line(doc: Document, site: set[str]) -> Byline | None:
    """A short line near the headline that reads as a byline, whatever its markup."""
    for el in _near_headline(doc):
        if el.tag not in ("p", "div", "span", "li", "address", "section", "strong", "em", "b"):
            continue
        text = spaced_text(el, 300)
        if not text or len(text) > 120 or not _BY_LINE.match(text):
            continue
        byline = parse_byline(text, site)
        if byline is not None and byline.authors:
            return byline
    return None


def extract_byline(doc: Document) -> Found[Byline] | None:
    """People first: the visible byline, then JSON-LD, author links, "By" lines, meta tags and
    a wire sign-off; an agency-only credit when no person is named anywhere. Computed once per
    document (the body reads it too, to know its author's bio line)."""
    return doc.memo("byline", lambda: _extract_byline(doc))


def _extract_byline(doc: Document) -> Found[Byline] | None:
    site = _site_words(doc)
    agency_only: Found[Byline] | None = None
    area: etree._Element | None = None  # the first element whose text names a person
    best: tuple[etree._Element, Byline] | None = None
    for el, text in _visible_candidates(doc):
        if area is not None and area not in el.iterancestors():
            break  # past the byline area: later matches are other stories' credits
        names = element_names(el)
        byline = parse_byline(text, site)
        if byline is None:
            continue
        if not byline.authors:
            if agency_only is None and byline.agency:
                agency_only = Found(byline, f"visible:{el.tag}[{names[:60]}]")
            continue
        if area is None:
            area = el
        # inside one byline area the part naming the most people is the cleanest
        if best is None or len(byline.authors) > len(best[1].authors):
            best = (el, byline if byline.agency or best is None else
                    Byline(byline.raw, byline.authors, best[1].agency))
    names, ld_agency = _ld_authors(doc)
    from_ld = _from_names(names, ld_agency, site)
    if best is not None:
        el, byline = best
        if byline.agency is None and agency_only is not None:
            byline = Byline(byline.raw, byline.authors, agency_only.value.agency)
        byline = _widen_to_parent(el, spaced_text(el, 600), byline, site)
        source = f"visible:{el.tag}[{element_names(el)[:60]}]"
        # the visible byline names some of the people the structured data names: one source
        # confirms the other, and the fuller list is the byline ("one of three authors found")
        if from_ld is not None and len(from_ld.authors) > len(byline.authors) and all(
                n.casefold() in {m.casefold() for m in from_ld.names} for n in byline.names):
            return Found(Byline(byline.raw, from_ld.authors, byline.agency or from_ld.agency),
                         source + "+json-ld:author")
        if from_ld is not None and from_ld.authors and {n.casefold() for n in from_ld.names} != {
                n.casefold() for n in byline.names}:
            doc.note_lost("byline", "json-ld:author", "the visible byline names other people "
                          f"({', '.join(from_ld.names)} in the structured data)")
        return Found(byline, source)
    if from_ld is not None and from_ld.authors:
        return Found(from_ld, "json-ld:author")
    for finder, source in ((_author_links, "visible:author link"), (_by_line, "visible:by line")):
        found = finder(doc, site)
        if found is not None and found.authors:
            return Found(found, source)
    for key in _META_AUTHOR:
        # an author line is short; the cap also keeps the patterns linear on hostile values
        values = [v for v in doc.meta.get(key, ()) if len(v) <= 200 and "://" not in v]
        if values:
            found = _from_names(values, None, site)
            if found is not None and found.authors:
                return Found(found, f"meta:{key}")
    agency = (agency_only.value.agency if agency_only else None) or ld_agency
    signed = _sign_off(doc)
    if signed is not None:
        return Found(Byline(signed.raw, signed.authors, agency), "visible:sign-off")
    if agency_only is not None:
        return agency_only
    if from_ld is not None:
        return Found(from_ld, "json-ld:author")
    return None
