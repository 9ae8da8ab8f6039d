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
from ..byline import parse_byline

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
_COPYRIGHT = re.compile(r"^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4}))", re.I)


def _headlines(doc: Document) -> list[str]:
    out = [doc.title or ""]
    for key in ("og:title", "twitter:title"):
        out += list(doc.meta.get(key, ())[:1])
    h1 = doc.headline_element
    if h1 is not None:
        out.append(" ".join("".join(h1.itertext()).split()))
    return [h for h in out if h]


def _repeats_headline(text: str, headlines: list[str]) -> bool:
    if len(text) > 300:
        return False
    f = fold(text)
    # "Genetik: Das Geheimnis ..." repeats "Das Geheimnis ..." after a section prefix
    return any(similar(text, h) or (len(fold(h)) > 15 and fold(h) in f and len(f) < 1.6 * len(fold(h)))
               for h in headlines)


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


def trim_edges(doc: Document, blocks: Sequence[Block], author_names: Sequence[str] = ()) -> list[Block]:
    """The blocks without the page furniture at their edges (and copyright lines anywhere)."""
    kept = [b for b in blocks if not (len(b.text) < 160 and _COPYRIGHT.match(b.text))]
    headlines = _headlines(doc)
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
        if block.kind is not BlockKind.HEADING and _is_bio(block.text, author_names):
            end -= 1
            continue
        break
    return kept[:end]
