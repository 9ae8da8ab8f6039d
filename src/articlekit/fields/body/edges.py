"""The edges of the body: what a page prints around the story inside the story's container.

At the start: the headline printed again (as an ``<h2>`` or a paragraph), the byline
("By Jane Doe", "Von Jan Sellner", "Par ..."), date and update stamps. At the end: a bio line
of the article's own author ("Jane Doe is a reporter ..."). Anywhere: copyright lines.

Each test reads the page's own data where it can (its headline, its byline's names), so no
word list decides alone; the word lists below are general vocabulary of their kind (the
"by" of a byline and the "updated" of a stamp in the languages of the corpora).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...document import Document
from ...model import Block, BlockKind
from .._text import fold, similar
from ..byline import agency_name, parse_byline

__all__ = ["trim_edges"]

# How many blocks at each end are looked at.
_EDGE = 3

# The word that leads a byline, in the languages of the corpora (general vocabulary: the
# byline preposition of each language).
_BYLINE_LEAD = re.compile(
    r"^(?:by|von|par|por|di|da|door|av|af|przez|od|от|автор|yazan|著|文|written by|"
    r"text(?:e)?\s*:|texto\s*:|tekst\s*:)\s+\S", re.I)
# "Updated"/"Published" stamps with a number, in the languages of the corpora.
_STAMP = re.compile(
    r"^(?:updated|published|posted|last updated|first published|aktualisiert|veröffentlicht|"
    r"erschienen|mis à jour|publié|actualizado|publicado|atualizado|aggiornato|pubblicato|"
    r"bijgewerkt|gepubliceerd|zaktualizowano|opublikowano|aktualizováno|publikováno|"
    r"uppdaterad|publicerad|oppdatert|publisert|opdateret|offentliggjort|обновлено|"
    r"опубликовано|güncellendi|yayınlandı|更新|公開|发布|업데이트|입력)\b.{0,60}\d", re.I)
_COPYRIGHT = re.compile(r"^(?:©|ⓒ|\(c\)\s*\d{4}|copyright\s*(?:©|ⓒ|\(c\)|\d{4}))", re.I)
# "All rights reserved" and "no reproduction" notices, in the languages of the corpora.
_RIGHTS = re.compile(
    r"all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos "
    r"reservados|todos os direitos reservados|tutti i diritti riservati|alle rechten "
    r"voorbehouden|wszelkie prawa zastrzeżone|všechna práva vyhrazena|alla rättigheter "
    r"förbehållna|alle rettigheter reservert|alle rettigheder forbeholdes|все права защищены|"
    r"tüm hakları saklıdır|無断転載|無断複製|版权所有|版權所有|未经授权|未經授權|무단 ?전재|재배포 ?금지",
    re.I)


def _headlines(doc: Document) -> list[str]:
    out = [doc.title or ""]
    for key in ("og:title", "twitter:title"):
        out += list(doc.meta.get(key, ())[:1])
    h1 = doc.headline_element
    if h1 is not None:
        out.append(" ".join("".join(h1.itertext()).split()))
    return [h for h in out if h]


def _repeats_headline(text: str, headlines: list[tuple[str, str]]) -> bool:
    """Whether a block prints a headline again (``headlines``: each with its folded form)."""
    if len(text) > 300:
        return False
    f = fold(text)
    # "Genetik: Das Geheimnis ..." repeats "Das Geheimnis ..." after a section prefix
    return any(similar(text, h) or (len(fh) > 15 and fh in f and len(f) < 1.6 * len(fh))
               for h, fh in headlines)


def _is_byline(text: str) -> bool:
    """"By Jane Doe", "Von Jan Sellner und Eva Roth": a lead word and only names after it
    ("By then it was over" is a sentence)."""
    if len(text.split()) > 12 or _BYLINE_LEAD.match(text) is None:
        return False
    byline = parse_byline(text)
    return byline is not None and bool(byline.authors)


def _is_bio(text: str, names: Sequence[str]) -> bool:
    if len(text.split()) > 60:
        return False
    f = fold(text)
    return any(len(n) > 4 and f.startswith(fold(n) + " ") for n in names)


# Credits and notices that close a story: an editor's or a source's credit, a disclaimer, a
# reporter's address, a tip line (labels in the languages of the corpora).
_CLOSING_CREDIT = re.compile(
    r"^(?:责任编辑|責任編輯|编辑|編輯|来源|來源|特别声明|免责声明|声明|出典|編集|출처|제보는|"
    r"disclaimer|haftungsausschluss|aviso legal|source|sources|quelle|fuente|fonte|źródło|zdroj|"
    r"källa|kilde|источник|kaynak)\s*[:：]", re.I)
_ADDRESS_ONLY = re.compile(r"^(?:[\w.\- ]{0,30}\s)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$")
# A wire's closing marks: its name in brackets ("(PAP)", "(dpa)"), its editors' initials
# ("kwo/ mhr/"), a credit line ("autorka: Katarzyna Wolska", "Von Jan Sellner").
_AGENCY_MARK = re.compile(r"^\(?\s*[\w.\-]{2,12}\s*\)?$")
_EDITOR_CODES = re.compile(r"^(?:[^\W\d_]{2,5}\s*/\s*){1,5}(?:[^\W\d_]{2,5})?$")
_CREDIT_LINE = re.compile(r"^(?:autor(?:ka)?|autorzy|author|auteur|verfasser|yazan|текст)\s*:\s*\S", re.I)


def _closing_furniture(text: str) -> bool:
    if len(text) >= 300:
        return False
    if _CLOSING_CREDIT.match(text) or _ADDRESS_ONLY.match(text) or _EDITOR_CODES.match(text):
        return True
    if _AGENCY_MARK.match(text) and text.startswith("(") and agency_name(text.strip("() ")):
        return True
    return len(text) < 80 and _CREDIT_LINE.match(text) is not None


def trim_edges(doc: Document, blocks: Sequence[Block], author_names: Sequence[str] = ()) -> list[Block]:
    """The blocks without the page furniture at their edges (and copyright lines anywhere)."""
    kept = [b for b in blocks
            if not (len(b.text) < 160 and (_COPYRIGHT.match(b.text) or _RIGHTS.search(b.text)))]
    headlines = [(h, fold(h)) for h in _headlines(doc)]
    start = 0
    while start < min(_EDGE, len(kept)):
        text = kept[start].text
        if _repeats_headline(text, headlines) or _is_byline(text) or (
                len(text) < 120 and _STAMP.match(text)):
            start += 1
            continue
        break
    kept = kept[start:]
    end = len(kept)
    while end > max(0, len(kept) - _EDGE) and end > 1:
        block = kept[end - 1]
        if block.kind is not BlockKind.HEADING and (
                _is_bio(block.text, author_names) or _closing_furniture(block.text)):
            end -= 1
            continue
        break
    return kept[:end]
