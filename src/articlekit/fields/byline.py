"""The byline: who wrote the article (people), apart from the agency that distributed it.

Candidates come from the visible byline, JSON-LD, and meta tags. The visible byline wins when
it names people: metadata is often a CMS account, a syndication default or everyone who
touched the page. Every candidate goes through ``parse_byline``, which keeps only strings that
look like people's names: no URL, site name, date, counter or sentence becomes an author.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable

from lxml import etree

from ..document import Document, element_names
from ..model import Author, Byline, Found
from ..normalize import normalize_name
from ._ld import article_objects
from ._text import fold, in_other_story, site_label, spaced_text

__all__ = ["AGENCIES", "agency_name", "extract_byline", "is_person_name", "parse_byline"]

#: Wire services and similar credits kept apart from people (folded form -> display form).
AGENCIES = {
    "reuters": "Reuters", "thomson reuters": "Reuters", "ap": "AP", "the associated press": "AP",
    "associated press": "AP", "afp": "AFP", "agence france presse": "AFP",
    "agence france-presse": "AFP", "yonhap": "Yonhap", "yonhap news": "Yonhap",
    "yonhap news agency": "Yonhap", "bloomberg": "Bloomberg", "bloomberg news": "Bloomberg",
    "dpa": "dpa", "ansa": "ANSA", "efe": "EFE", "pti": "PTI", "ians": "IANS", "xinhua": "Xinhua",
    "kyodo": "Kyodo", "kyodo news": "Kyodo", "tass": "TASS", "ria novosti": "RIA Novosti",
    "upi": "UPI", "united press international": "UPI", "cnn": "CNN", "bbc": "BBC",
    "bbc news": "BBC", "anp": "ANP", "apa": "APA", "lusa": "Lusa", "antara": "Antara",
    "agência brasil": "Agência Brasil", "agencia brasil": "Agência Brasil", "sda": "SDA",
    "news agencies": "news agencies", "wire services": "wire services", "staff": "Staff",
    "staff writer": "Staff", "staff reports": "Staff", "staff report": "Staff",
    "wire": "wire services", "press association": "PA", "pa": "PA", "cp": "CP",
    "canadian press": "CP", "aap": "AAP", "nyt": "NYT", "new york times": "NYT", "ani": "ANI",
}

_PREFIX = re.compile(
    r"^\s*(?:(?:written|posted|reported|reporting|story|words|text|photos?|published|"
    r"compiled|edited|interview)\s+by|by|von|par|por|di|da|door|oleh|de|av|af|przez|"
    r"автор|текст|материал подготовил[аи]?|texto|text|author|autor|auteur|reporter|"
    r"redaktion|penulis|writer|"
    r"escrito por|publicado por|a cura di)\s*[:\-–—]?\s+",
    re.I,
)
_EMAIL = re.compile(r"\S+@\S+\.\w+")
_HANDLE = re.compile(r"(?<!\w)@\w+")
_URL = re.compile(r"https?://\S+|www\.\S+|\S+\.(?:com|org|net|co\.\w+)\b", re.I)
# Furniture glued to a byline by the page: counters, labels, timestamps.
_TRAIL = re.compile(
    r"\s*(?:\b(?:views?|comments?|shares?|likes?|reads?|follow(?:ing)?|email(?: the author)?|"
    r"e-mail|twitter|facebook|linkedin|instagram|updated|published|posted|modified|"
    r"last updated|read more|more from|see all|min read|minutes? read|hours? ago|"
    r"days? ago|ago|share|print|contact|bio|profile|subscribe|views?\s*\d[\d,.]*|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    # a month is a date only with a day after it: "By Jan Hoffmann" is a name
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d+)\b.*)$",
    re.I,
)
_GLUED_LABEL = re.compile(
    r"([a-zà-ÿ])((?:Views?|Comments?|Shares?|Likes?|Updated|Published|Posted|Follow|Email|"
    r"Twitter|Facebook|Read|More)\b)"
)
# "FOXBusiness", "WDAYnews": a brand glued to a name, never a name word itself.
_CAMEL_ORG = re.compile(r"^[A-Z]{3,}[a-z]")
_ROLE_HEADS = frozenset(
    "writer reporter correspondent editor columnist contributor critic journalist producer "
    "photographer analyst intern fellow staff".split()
)
_GLUE_LOWER_UPPER = re.compile(r"\b(?!Mac[A-Z])([A-ZÀ-Ý][a-zà-ÿ]{2,})(?=[A-ZÀ-Ý])")


def _unglue(text: str) -> str:
    for _ in range(4):
        new = _GLUE_LOWER_UPPER.sub(r"\1 ", text)
        if new == text:
            break
        text = new
    return text


_DIGITS = re.compile(r"\d")
_ROLE_WORDS = frozenset(
    """writer reporter correspondent editor columnist contributor journalist staff senior chief
    associate assistant managing deputy executive special political business science
    sports health technology tech national international foreign bureau producer analyst
    critic photographer contributing freelance news desk intern fellow host anchor
    director head lead investigative digital""".split()
)
_ORG_WORDS = frozenset(
    """times news post journal press media magazine daily herald tribune agency network
    gazette chronicle telegraph guardian observer today online group inc ltd llc gmbh
    television tv radio channel broadcasting newspaper editorial team desk bureau staff
    reports report wire services service foundation institute university association
    council committee department ministry office company corporation club""".split()
)
_NOT_NAME_WORDS = frozenset(
    """the a an of for in on at to with from about is are was were be been this that these
    those it its our your their my his her we you they admin administrator editor editors
    redacción redação redazione rédaction anonymous guest user unknown""".split()
)
_SPLIT = re.compile(
    r"\s*(?:,|;|\||\s[-–—]\s|\b(?i:and|und|et|dan|with)\b|&|\b[eyи]\b|\ben\b|"
    r"\b(?i:with additional reporting by|additional reporting by)\b|/|·|•)\s*",
)
_WORD = re.compile(r"^[\w.'’\-]+$", re.UNICODE)


def agency_name(text: str) -> str | None:
    """The display name of a wire service or similar credit ("the associated press" -> "AP")."""
    f = fold(text)
    f = re.sub(r"^the ", "", f) if f not in AGENCIES else f
    return AGENCIES.get(f) or AGENCIES.get("the " + f)


def is_person_name(text: str) -> bool:
    """Whether a short string reads as a person's name (not a sentence, URL, date or org)."""
    text = text.strip()
    if not text or len(text) > 60 or _DIGITS.search(text) or _URL.search(text) or "@" in text:
        return False
    words = text.split()
    if not words:
        return False
    if len(words) == 1:
        # One word is a person only in scripts that write names without spaces ("정덕현"); a
        # lone Latin word is far more often a site account, a section or a place.
        return re.fullmatch(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{2,5}", words[0]) is not None
    if len(words) > 5:
        return False
    lowered = [w.lower().strip(".,") for w in words]
    if any(w in _NOT_NAME_WORDS or w in _ORG_WORDS for w in lowered):
        return False
    if any(_CAMEL_ORG.match(w) for w in words):
        return False
    if not all(_WORD.match(w) for w in words):
        return False
    # Names are capitalised word by word (particles aside); a sentence is not.
    caps = sum(1 for w in words if w[:1].isupper())
    return caps >= max(2, len(words) - 1) or caps == len(words)


def _clean_part(part: str) -> str:
    part = _EMAIL.sub(" ", part)
    part = _HANDLE.sub(" ", part)
    part = _URL.sub(" ", part)
    part = _TRAIL.sub("", part)
    part = _PREFIX.sub("", part)
    part = re.sub(r"[\s:\-–—,.|]+$", "", part)
    part = re.sub(r"^[\s:\-–—,.|(]+|[)\s]+$", "", part)
    return " ".join(part.split())


def _is_role(text: str) -> bool:
    words = [w.lower().strip(".,") for w in text.split()]
    return bool(words) and len(words) <= 5 and all(w in _ROLE_WORDS or w in {"of", "and", "the", "&"}
                                                   for w in words)


def _is_org(text: str) -> bool:
    words = [w.lower().strip(".,") for w in text.split()]
    return bool(words) and any(w in _ORG_WORDS for w in words)


def parse_byline(raw: str) -> Byline | None:
    """Parse a byline as printed into people, their roles/organisations, and the agency.

    ``"By Jane Doe and John Smith, Reuters"`` -> authors Jane Doe, John Smith; agency Reuters.
    Returns None when nothing in it is a person or an agency.
    """
    if not raw or not raw.strip():
        return None
    # The cap is load-bearing: _TRAIL, _SPLIT and _EMAIL backtrack on long inputs.
    raw = " ".join(raw.split())[:500]
    # "Daniel KimViews", "Meg JamesStaff", "TUCKERAssociated": words glued by markup.
    text = _GLUED_LABEL.sub(r"\1 \2", raw)
    text = _unglue(text)
    text = _PREFIX.sub("", text)
    text = _TRAIL.sub("", _URL.sub(" ", _EMAIL.sub(" ", text)))
    text = re.sub(r"\((?P<a>[^)]{1,40})\)", lambda m: ", " + m.group("a"), text)
    # "Kim, Daniel": one name written last-name first, not two people.
    m = re.fullmatch(r"\s*([A-ZÀ-Ý][\w'’\-]+),\s*([A-ZÀ-Ý][\w'’\-]+(?:\s[A-Z]\.)?)\s*", text)
    if m and not agency_name(m.group(2)) and not _is_org(m.group(2)) and not _is_role(m.group(2)):
        text = normalize_name(text)
    authors: list[Author] = []
    agency: str | None = None
    for piece in _SPLIT.split(text):
        part = _clean_part(piece)
        if not part:
            continue
        # "DAVID LINDQVIST Associated Press": an agency glued after the last name
        tail_words = part.split()
        for size in (3, 2, 1):
            if len(tail_words) > size:
                ag = agency_name(" ".join(tail_words[-size:]))
                if ag:
                    agency = agency or ag
                    part = " ".join(tail_words[:-size])
                    break
        if authors and _is_role(part):
            a = authors[-1]
            authors[-1] = Author(a.name, a.role or part, a.organisation)
            continue
        ag = agency_name(part)
        if ag:
            agency = agency or ag
            continue
        words = part.split()
        if authors and words[-1].lower().strip(".,") in _ROLE_HEADS:
            # "Tom Krisher, AP Auto Writer": a beat and a role after a name, not a person.
            a = authors[-1]
            first = agency_name(words[0])
            if first:
                agency = agency or first
                words = words[1:]
            authors[-1] = Author(a.name, a.role or " ".join(words) or None, a.organisation)
            continue
        while len(words) > 2 and _CAMEL_ORG.match(words[-1]):
            words.pop()  # "Jonathan Garber FOXBusiness"
        # a name printed twice by responsive markup ("Bryan DeArdo DeArdo")
        words = [w for i, w in enumerate(words) if i == 0 or w != words[i - 1]]
        # "Jane Doe Staff Writer": a role glued after the name.
        role_tail = []
        while len(words) > 2 and words[-1].lower().strip(".,") in _ROLE_WORDS:
            role_tail.insert(0, words.pop())
        candidate = " ".join(words)
        if len(words) == 1 and authors:
            candidate = ""  # one word after a name is a publication or a role, not a person
        if candidate and is_person_name(candidate) or is_person_name(normalize_name(candidate)):
            name = normalize_name(candidate)
            if name not in {a.name for a in authors}:
                authors.append(Author(name, " ".join(role_tail) or None))
        elif authors and _is_org(part) and authors[-1].organisation is None:
            a = authors[-1]
            authors[-1] = Author(a.name, a.role, part)
        elif authors and len(words) == 1 and words[0][:1].isupper() and not _is_role(part):
            # "VICTOR TANGERMANN, FUTURISM": a one-word credit after a name is a publication.
            a = authors[-1]
            if a.organisation is None:
                authors[-1] = Author(a.name, a.role, normalize_name(part))
    if not authors and not agency:
        return None
    return Byline(raw, tuple(authors), agency)


# -- candidates on the page ----------------------------------------------------------------------
_BYLINE_HINT = re.compile(r"byline|by-line|author|writer|autor|auteur|penulis|reporter", re.I)
_BYLINE_ANTI = re.compile(
    r"comment|avatar|bio|about|related|share|social|footer|widget|sidebar|more|recommend|"
    r"popular|newsletter|follow|photo|image|caption|img|profile-card|author-box|authorbox",
    re.I,
)
_SKIP_ANCESTORS = frozenset({"footer", "nav", "aside", "form", "button", "select", "figcaption"})


def _visible_candidates(doc: Document) -> Iterable[tuple[etree._Element, str]]:
    body = doc.body
    if body is None:
        return
    seen = 0
    for el, hint in doc.named_elements:
        if not _BYLINE_HINT.search(hint) or el.tag in ("script", "style", "meta", "link", "img"):
            continue
        if _BYLINE_ANTI.search(hint):
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


def _widen_to_parent(el: etree._Element, text: str, byline: Byline) -> Byline:
    """Several sibling author links ("<a rel=author>A</a>, <a rel=author>B</a>") each match
    alone; their parent holds the whole byline when it is short."""
    parent = el.getparent()
    if parent is None or _BYLINE_HINT.search(element_names(parent)):
        return byline
    ptext = spaced_text(parent, 600)
    if len(ptext) > 250 or ptext == text:
        return byline
    wider = parse_byline(ptext)
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
                types = {str(t).lower() for t in (item.get("@type") if isinstance(item.get("@type"), list) else [item.get("@type")])}
                if "organization" in types or "newsmediaorganization" in types:
                    agency = agency or agency_name(name)
                    continue
                names.append(name)
    return names, agency


def _site_words(doc: Document) -> set[str]:
    words = {fold(s) for s in doc.meta.get("og:site_name", ())}
    words |= {w.replace(" ", "") for w in words}
    if doc.domain:
        words.add(fold(site_label(doc.domain)))
    return {w for w in words if w}


def _from_names(names: list[str], agency: str | None, doc: Document) -> Byline | None:
    site = _site_words(doc)
    kept = [n for n in names if fold(n) not in site and fold(n).replace(" ", "") not in site]
    if not kept and not agency:
        return None
    byline = parse_byline(" and ".join(kept)) if kept else None
    if byline is None:
        return Byline(", ".join(names), (), agency) if agency else None
    return Byline(byline.raw, byline.authors, byline.agency or agency)


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


def extract_byline(doc: Document) -> Found[Byline] | None:
    """People first: the visible byline, then JSON-LD, meta tags and a wire sign-off; an
    agency-only credit when no person is named anywhere. Computed once per document (the
    body reads it too, to know its author's bio line)."""
    return doc.memo("byline", lambda: _extract_byline(doc))


def _extract_byline(doc: Document) -> Found[Byline] | None:
    agency_only: Found[Byline] | None = None
    area: etree._Element | None = None  # the first element whose text names a person
    best: tuple[etree._Element, Byline] | None = None
    for el, text in _visible_candidates(doc):
        if area is not None and area not in el.iterancestors():
            break  # past the byline area: later matches are other stories' credits
        byline = parse_byline(text)
        if byline is None:
            continue
        if not byline.authors:
            if agency_only is None and byline.agency:
                agency_only = Found(byline, f"visible:{el.tag}[{element_names(el)[:60]}]")
            continue
        if area is None:
            area = el
        # inside one byline area the part naming the most people is the cleanest
        if best is None or len(byline.authors) > len(best[1].authors):
            best = (el, byline if byline.agency or best is None else
                    Byline(byline.raw, byline.authors, best[1].agency))
    if best is not None:
        el, byline = best
        site = _site_words(doc)
        people = tuple(a for a in byline.authors if fold(a.name).replace(" ", "") not in site
                       and fold(a.name) not in site)
        byline = Byline(byline.raw, people, byline.agency)
    if best is not None and byline.authors:
        if byline.agency is None and agency_only is not None:
            byline = Byline(byline.raw, byline.authors, agency_only.value.agency)
        return Found(_widen_to_parent(el, spaced_text(el, 600), byline),
                     f"visible:{el.tag}[{element_names(el)[:60]}]")
    names, ld_agency = _ld_authors(doc)
    byline = _from_names(names, ld_agency, doc)
    if byline is not None and byline.authors:
        return Found(byline, "json-ld:author")
    for key in _META_AUTHOR:
        # an author line is short; the cap also keeps _URL linear on hostile values
        values = [v for v in doc.meta.get(key, ()) if len(v) <= 200 and not _URL.search(v)]
        if values:
            found = _from_names(values, None, doc)
            if found is not None and found.authors:
                return Found(found, f"meta:{key}")
    agency = (agency_only.value.agency if agency_only else None) or ld_agency
    signed = _sign_off(doc)
    if signed is not None:
        return Found(Byline(signed.raw, signed.authors, agency), "visible:sign-off")
    if agency_only is not None:
        return agency_only
    if byline is not None:
        return Found(byline, "json-ld:author")
    return None
