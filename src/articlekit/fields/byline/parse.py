"""A byline as printed, read into people (with roles and organisations) and an agency.

``"By Jane Doe and John Smith, Reuters"`` -> Jane Doe, John Smith; agency Reuters.
``"Von Holger Zschäpitz Leitender Wirtschaftsredakteur"`` -> Holger Zschäpitz (role kept apart).
``"[田中宏昌，ITmedia]"`` -> 田中宏昌 (the site's name after the full-width comma dropped).
Lead-ins ("By", "Von", "Par", "Kommentar von", "Travel By"), e-mail addresses, handles, URLs,
dates and counters go; commas and the word for "and" of each language split the people.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from ...model import Author, Byline
from ...normalize import normalize_name
from .._text import fold
from .names import (
    CAMEL_ORG,
    ORG_WORDS,
    ROLE_WORDS,
    is_person_name,
    is_role,
    split_glued_names,
    trim_name,
)

__all__ = ["AGENCIES", "agency_name", "parse_byline"]

#: Wire services and similar credits kept apart from people (folded form -> display form).
# General vocabulary: the names of wire services and news agencies.
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
    "jta": "JTA", "europa press": "Europa Press", "ap photo": "AP", "kna": "KNA", "epd": "epd",
    "apa-ots": "APA", "ctk": "ČTK", "čtk": "ČTK", "pap": "PAP", "tt": "TT", "ntb": "NTB",
    "ritzau": "Ritzau", "interfax": "Interfax", "ria": "RIA Novosti", "anadolu": "Anadolu",
    "anadolu ajansı": "Anadolu", "aa": "Anadolu", "dha": "DHA", "ihlas": "İHA", "iha": "İHA",
    "共同通信": "Kyodo", "共同": "Kyodo", "時事通信": "Jiji", "新华社": "Xinhua", "中央社": "CNA",
    "연합뉴스": "Yonhap",
}

# What leads a byline, in the languages of the corpora (general vocabulary: the byline's
# preposition or label in each language).
_LEAD_WORDS = (
    r"(?:written|posted|reported|reporting|story|words|text|photos?|published|compiled|edited|"
    r"interview|analysis|commentary|a commentary|review)\s+by|by|von|ein kommentar von|"
    r"kommentar von|ein gastbeitrag von|gastbeitrag von|eine analyse von|analyse von|"
    r"par|por|di|da|door|oleh|de|av|af|przez|autor(?:ka)?|автор|текст|"
    r"материал подготовил[аи]?|texto|text|texte|tekst|author|auteur|reporter|redaktion|"
    r"penulis|writer|yazan|yazar|escrito por|publicado por|a cura di|文|著者|作者|撰文|記者|记者"
)
_PREFIX = re.compile(rf"^\s*(?:{_LEAD_WORDS})(?:\s*[:：\-–—●]\s*|\s+)", re.I)
# A lead word inside the text: what came before it is a section or a column's name ("Tech
# Industry by Steven Musil", "Deal Professor By Steven Davidoff Solomon").
_INNER_LEAD = re.compile(
    r"(?:^|\s)(?:by|von|par|por|door|przez|av|af|yazan)\s+(?=[A-ZÀ-ÝА-ЯÆØÅČŠŽŁ\"“])")
# A co-author introduced by "with" ("avec Damien Leloup", "mit Eva Roth").
_WITH = re.compile(r"^(?:with|avec|mit|con|com|met|med|z|ze|s|с|ile)\s+(?=\S)", re.I)
# Credits that are not authorship: where they start, the byline's people end ("Written by
# Rob Ewaschuk Edited by Betsy Beyer", "Text: X, Fotos: Y", "(photography)").
_NOT_AUTHOR_CREDIT = re.compile(
    r"(?:\b(?:edited|editing|photos?|photographs?|photography|pictures|illustrations?|"
    r"illustrated|graphics|video|translated|translation|design|produced)\s+by\b|"
    r"\b(?:fotos?|bilder?|photos?|illustrations?|grafik|foto von|bearbeitet von|übersetzt von|"
    r"traduit par|traducido por|traduzido por|tradotto da|fotografie|fotografías?|"
    r"photographie|ilustraciones?)\b\s*[:：]|"
    r"[（(]\s*(?:photography|photos?|pictures|illustrations?|video|graphics|fotos?|foto|"
    r"fotografie|photographie|fotografía)\s*[)）]|"
    r"(?:翻訳|監訳|イラスト|写真|撮影|摄影|图片|圖片|编辑|編輯|责任编辑|責任編輯)\s*[:：●／/]?)",
    re.I)
_GLUED_LEAD = re.compile(r"\b(By|Von|Par|Por)(?=[A-ZÀ-Ý][a-zà-ÿ])")
_EMAIL = re.compile(r"\S+@\S+\.\w+")
_HANDLE = re.compile(r"@\w+")
_URL = re.compile(r"https?://\S+|www\.\S+|\S+\.(?:com|org|net|co\.\w+)\b", re.I)
# Where a byline's furniture starts: a digit (a date, a time, a counter), or a counter word.
_TRAIL = re.compile(
    r"\s*(?:\b(?:views?|comments?|shares?|likes?|reads?|follow(?:ing)?|email(?: the author)?|"
    r"e-mail|twitter|facebook|linkedin|instagram|updated|published|posted|modified|"
    r"last updated|read more|more from|see all|min read|minutes? read|hours? ago|"
    # the "published"/"updated" stamps of other languages, glued after a byline
    r"publikacja|aktualizacja|opublikowano|veröffentlicht|aktualisiert|publié|mis à jour|"
    r"publicado|actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|"
    r"publicerad|uppdaterad|publisert|oppdatert|publiceret|opdateret|publikováno|aktualizováno|"
    r"опубликовано|обновлено|yayınlanma|güncelleme|oluşturulma|"
    r"days? ago|ago|share|print|contact|bio|profile|subscribe|views?\s*\d[\d,.]*|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    # a month is a date only with a day after it: "By Jan Hoffmann" is a name
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d+)\b.*"
    r"|\s*\d.*)$",
    re.I,
)
_GLUED_LABEL = re.compile(
    r"([a-zà-ÿ])((?:Views?|Comments?|Shares?|Likes?|Updated|Published|Posted|Follow|Email|"
    r"Twitter|Facebook|Read|More)\b)"
)
_ROLE_HEADS = frozenset(
    "writer reporter correspondent editor columnist contributor critic journalist producer "
    "photographer analyst intern fellow staff".split()
)
_GLUE_LOWER_UPPER = re.compile(r"\b(?!Mac[A-Z])([A-ZÀ-Ý][a-zà-ÿ]{2,})(?=[A-ZÀ-Ý])")
_SPLIT = re.compile(
    # the word for "and" of each language; "Dan" and "Et" in capitals are names, not "and"
    r"\s*(?:,|;|\||\s[-–—]\s|\b(?i:and|und|with)\b|\b(?:et|ET|dan|sowie|og|OG|och|OCH|ve)\b|&|"
    r"\b[eyиia]\b|\ben\b|"
    r"\b(?i:with additional reporting by|additional reporting by)\b|/|·|•|・|、|，|／|；)\s*",
)


# Sentence punctuation of CJK prose.
_CJK_SENTENCE = re.compile(r"[，。！？；]")


def agency_name(text: str) -> str | None:
    """The display name of a wire service or similar credit ("the associated press" -> "AP")."""
    f = fold(text)
    f = re.sub(r"^the ", "", f) if f not in AGENCIES else f
    return AGENCIES.get(f) or AGENCIES.get("the " + f)


def _unglue(text: str) -> str:
    for _ in range(4):
        new = _GLUE_LOWER_UPPER.sub(r"\1 ", text)
        if new == text:
            break
        text = new
    return text


def _is_org(text: str) -> bool:
    words = [w.lower().strip(".,") for w in text.split()]
    return bool(words) and any(w in ORG_WORDS for w in words)


def _clean(part: str) -> str:
    part = _EMAIL.sub(" ", part)
    part = _HANDLE.sub(" ", part)
    part = _URL.sub(" ", part)
    part = _TRAIL.sub("", part)
    part = _PREFIX.sub("", part)
    part = _WITH.sub("", part)
    part = re.sub(r"[\s:\-–—,.|]+$", "", part)
    part = re.sub(r"^[\s:\-–—,.|(]+|[)\s]+$", "", part)
    return " ".join(part.split())


def _strip_lead_in(text: str) -> str:
    """Drop a section or column name before an inner "by" (at most four words of it)."""
    m = _INNER_LEAD.search(text)
    if m and m.start() > 0 and len(text[: m.start()].split()) <= 4:
        return text[m.end():]
    return text


def _names_site(name: str, site_words: Collection[str]) -> bool:
    """Whether a "name" is the site's ("Scan Net Security" on netsecurity.ne.jp)."""
    squashed = fold(name).replace(" ", "")
    return any(squashed == w or (len(w) >= 5 and w in squashed) for w in site_words)


def _drop_credited(text: str, credit: re.Match[str]) -> str:
    """The byline without a non-author credit: what follows "Edited by" or "Fotos:", and a
    name that a role in brackets marks as the photographer ("Adrian Malloch (photography)")."""
    if credit.group(0).lstrip()[:1] in "(（":
        before = text[: credit.start()]
        parts = _SPLIT.split(before)
        kept = [p for p in parts[:-1] if p.strip()]
        return ", ".join(kept) + text[credit.end():]
    return text[: credit.start()]


def parse_byline(raw: str, site_words: Collection[str] = (), single_word: bool = False) -> Byline | None:
    """Parse a byline as printed into people, their roles/organisations, and the agency.

    ``site_words``: the site's own names (folded), never taken for a person. ``single_word``:
    a one-word name is allowed (the byline came from an author element or link, which names
    a person even by a pen name). Returns None when nothing in it is a person or an agency.
    """
    if not raw or not raw.strip():
        return None
    # The cap is load-bearing: _TRAIL, _SPLIT and _EMAIL backtrack on long inputs.
    raw = " ".join(raw.split())[:500]
    if len(_CJK_SENTENCE.findall(raw)) >= 2:
        return None  # CJK prose ("新华社记者，关注社区治理、养老服务等..."), a bio, not a byline
    # addresses and handles first: "Chris Pokorny@DawgsByNature" must not be unglued
    text = _URL.sub(" ", _HANDLE.sub(" ", _EMAIL.sub(" ", raw)))
    text = _GLUED_LEAD.sub(r"\1 ", text)  # "ByTravis Haney"
    # "Daniel KimViews", "Meg JamesStaff", "TUCKERAssociated": words glued by markup.
    text = _GLUED_LABEL.sub(r"\1 \2", text)
    text = _unglue(text)
    text = _PREFIX.sub("", text)
    credit = _NOT_AUTHOR_CREDIT.search(text)
    if credit is not None:
        text = _drop_credited(text, credit)
    text = _strip_lead_in(text)
    text = _TRAIL.sub("", text)
    text = re.sub(r"\((?P<a>[^)]{1,40})\)", lambda m: ", " + m.group("a"), text)
    # "Kim, Daniel": one name written last-name first, not two people.
    m = re.fullmatch(r"\s*([A-ZÀ-Ý][\w'’\-]+),\s*([A-ZÀ-Ý][\w'’\-]+(?:\s[A-Z]\.)?)\s*", text)
    if m and not agency_name(m.group(2)) and not _is_org(m.group(2)) and not is_role(m.group(2)):
        text = normalize_name(text)
    authors: list[Author] = []
    agency: str | None = None
    for piece in _SPLIT.split(text):
        part = _clean(piece)
        if not part:
            continue
        # "Ayşe KAYA DHA İzmir Muhabiri": an agency inside the run ends the name
        run = part.split()
        for i in range(2, len(run)):
            ag = agency_name(run[i])
            if ag and run[i].isupper():
                agency = agency or ag
                part = " ".join(run[:i])
                break
        # "DAVID LINDQVIST Associated Press": an agency glued after the last name
        tail_words = part.split()
        for size in (3, 2, 1):
            if len(tail_words) > size:
                ag = agency_name(" ".join(tail_words[-size:]))
                if ag:
                    agency = agency or ag
                    part = " ".join(tail_words[:-size])
                    break
        if authors and is_role(part):
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
        while len(words) > 2 and CAMEL_ORG.match(words[-1]):
            words.pop()  # "Jonathan Garber FOXBusiness"
        candidate, role = trim_name(" ".join(words), site_words)
        if len(candidate.split()) == 1 and authors and not single_word and candidate.isascii():
            candidate = ""  # one (Latin) word after a name is a publication or a role
        names = split_glued_names(candidate) if candidate else []
        added = False
        for name in names:
            ok = is_person_name(name, single_word) or is_person_name(normalize_name(name), single_word)
            if ok and not _names_site(name, site_words):
                name = normalize_name(name)
                if name.casefold() not in {a.name.casefold() for a in authors}:
                    authors.append(Author(name, role))
                added = True
        if added:
            continue
        if authors and _is_org(part) and authors[-1].organisation is None:
            a = authors[-1]
            authors[-1] = Author(a.name, a.role, part)
        elif authors and len(words) == 1 and words[0][:1].isupper() and not is_role(part) \
                and words[0].lower() not in ROLE_WORDS:
            # "VICTOR TANGERMANN, FUTURISM": a one-word credit after a name is a publication.
            a = authors[-1]
            if a.organisation is None:
                authors[-1] = Author(a.name, a.role, normalize_name(part))
    if not authors and not agency:
        return None
    return Byline(raw, tuple(authors), agency)
