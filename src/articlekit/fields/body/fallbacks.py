"""Other readings of the page's main text, to check the scored container against.

- ``structured``: what the page says its article body is: the element marked
  ``itemprop="articleBody"``, else JSON-LD ``articleBody`` text.
- ``region``: a recall-oriented pass: the story's enclosing region (the nearest
  ``<article>``, ``<main>``, ``role="main"`` or ``itemprop="articleBody"`` around the scored
  container), read with only the boilerplate that is never text left out.
- ``baseline``: every visible paragraph-like block of the page outside boilerplate, as a
  reader skimming the page would collect it.
- ``any prose``: the last resort when all of these are empty: visible blocks that read as
  sentences, wherever they sit.

Each returns blocks or None; ``choose.py`` decides which reading wins.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from lxml import etree

from ...document import Document, element_names
from ...model import Block, BlockKind
from .._ld import article_objects, ld_text
from .blocks import blocks_of
from .boilerplate import HARD_NEGATIVE, Excluded, skip
from .choose import MIN_STRUCTURED_WORDS
from .text import BLOCK_TAGS, is_boilerplate, is_hidden, text_reaches

__all__ = [
    "any_prose_blocks",
    "baseline_blocks",
    "enclosing_region",
    "region_blocks",
    "structured_blocks",
]

_TAG = re.compile(r"<[^>]{0,2000}>")
_BLANK_LINES = re.compile(r"\s*\n\s*\n\s*|\s*<br\s*/?>\s*<br\s*/?>\s*|</p>\s*", re.I)


def _marked_body(doc: Document) -> etree._Element | None:
    """The element the page marks as its article body (microdata), the largest if several."""
    best, size = None, 0
    for el, names in doc.named_elements:
        if "articleBody" in names and (el.get("itemprop") or "").find("articleBody") >= 0:
            n = sum(len(t) for t in el.itertext())
            if n > size:
                best, size = el, n
    return best


def _ld_body_text(doc: Document) -> str | None:
    for obj in article_objects(doc):
        for text in ld_text(obj.get("articleBody")):
            return text
    return None


def structured_blocks(doc: Document, excluded: Excluded, at_least: int = 0) -> tuple[tuple[Block, ...], str] | None:
    """The body the page declares, with where it came from; None when it holds fewer than
    ``at_least`` characters (then it cannot matter, and it is not read into blocks)."""
    el = _marked_body(doc)
    if el is not None and not excluded(el) and text_reaches(el, at_least):
        blocks = tuple(blocks_of([el]))
        if sum(len(b.text.split()) for b in blocks) >= MIN_STRUCTURED_WORDS:
            return blocks, "itemprop:articleBody"
    text = _ld_body_text(doc)
    if text and len(text) >= at_least and len(text.split()) >= MIN_STRUCTURED_WORDS:
        paragraphs = [html.unescape(_TAG.sub(" ", p)) for p in _BLANK_LINES.split(text[:2_000_000])]
        paragraphs = [" ".join(p.split()) for p in paragraphs]
        blocks = tuple(Block(BlockKind.PARAGRAPH, p) for p in paragraphs if p)
        if blocks:
            return blocks, "json-ld:articleBody"
    return None


_REGION_TAGS = frozenset({"article", "main"})


def _is_region(el: etree._Element) -> bool:
    return (
        el.tag in _REGION_TAGS
        or el.get("role") == "main"
        or "articleBody" in (el.get("itemprop") or "")
    )


def _relaxed_skip(el: etree._Element) -> bool:
    """Only what is never text: boilerplate tags, hidden parts, and hard boilerplate names
    (comments, share bars, captions, bylines, related lists)."""
    if is_boilerplate(el):
        return True
    names = element_names(el)
    return bool(names) and el.tag not in _REGION_TAGS and HARD_NEGATIVE.search(names) is not None


def enclosing_region(containers: list[etree._Element]) -> etree._Element | None:
    """The nearest ``<article>``, ``<main>``, ``role="main"`` or ``itemprop="articleBody"``
    around the scored container, if any (never the whole page)."""
    region = next((a for a in containers[0].iterancestors() if _is_region(a)), None)
    return None if region is None or region.tag in ("body", "html") else region


def region_blocks(region: etree._Element) -> tuple[Block, ...]:
    """The region read with relaxed boilerplate rules."""
    return tuple(blocks_of([region], skip=_relaxed_skip))


_LEAVES = ("p", "pre", "blockquote", "li", "dd", "dt", "td", "h2", "h3", "h4", "h5", "h6",
           "div", "section")


def _leaves(body: etree._Element, left_out: Callable[[etree._Element], bool]) -> list[etree._Element]:
    """The body's leaf blocks (paragraph-like elements holding no other block), in page
    order, walking into no subtree ``left_out`` names."""
    leaves: list[etree._Element] = []
    stack = [body]
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str) or (el is not body and left_out(el)):
            continue
        if el.tag in _LEAVES and BLOCK_TAGS.isdisjoint([c.tag for c in el]):
            leaves.append(el)
            continue
        stack.extend(reversed([c for c in el if isinstance(c.tag, str)]))
    return leaves


def baseline_blocks(doc: Document, excluded: Excluded) -> tuple[Block, ...]:
    """Every visible paragraph-like leaf block of the page outside boilerplate, in order."""
    if doc.body is None:
        return ()
    return tuple(blocks_of(_leaves(doc.body, lambda el: excluded(el) or skip(el))))


# What no reader ever sees; everything else counts for the last resort below.
_INVISIBLE = frozenset({"script", "style", "noscript", "template", "svg", "math", "head", "title",
                        "meta", "link", "iframe", "object", "embed", "select", "option", "button"})


def any_prose_blocks(doc: Document) -> tuple[Block, ...]:
    """The last resort, for a page whose every other reading is empty: visible blocks that read
    as sentences, wherever they are (inside a <nav> or <footer> too: broken markup puts
    stories there)."""
    if doc.body is None:
        return ()
    leaves = _leaves(doc.body, _never)
    return tuple(b for b in blocks_of(leaves, skip=_never) if _SENTENCE.search(b.text)
                 and len(b.text.split()) >= 8)


def _never(el: etree._Element) -> bool:
    return el.tag in _INVISIBLE or is_hidden(el)


_SENTENCE = re.compile(r"[.!?…。！？](?:[\"'”’»)\]]*)(?=\s|$)")
