"""The article body: find the main content in the one lxml tree and return it as ordered blocks.

How (in order):
1. Score paragraph-like elements by their text (length, commas), as Readability does, and
   credit their parent and grandparent; boilerplate class names weigh against a container,
   link-heavy containers are discounted.
2. The best container wins; siblings that score well (a story split across several divs)
   join it.
3. Walk the chosen containers in document order and emit blocks, skipping boilerplate
   subtrees (navigation, share bars, related lists, captions, comments, newsletters ...) and
   link-heavy or furniture-only blocks.
Text keeps the spacing a reader sees: inline markup adds no space, ``<br>`` is a line break,
block-level children never glue words together.
"""

from __future__ import annotations

import re

from lxml import etree

from ...document import Document
from ...model import Block, BlockKind, Body, Found
from ..byline import extract_byline
from .blocks import blocks_of
from .boilerplate import Excluded
from .choose import Reading, choose, size
from .edges import trim_edges
from .fallbacks import (
    any_prose_blocks,
    baseline_blocks,
    enclosing_region,
    region_blocks,
    structured_blocks,
)
from .scoring import container
from .text import text_reaches

__all__ = ["body_from_text", "extract_body"]


def extract_body(doc: Document) -> Found[Body] | None:
    body = doc.body
    if body is None:
        return None
    excluded = Excluded(doc, body)
    containers = container(doc, body, excluded)
    primary = (tuple(blocks_of(containers)), "visible:main content")

    def region() -> tuple[Reading, etree._Element] | None:
        element = enclosing_region(containers) if containers[0] is not body else None
        if element is None or not _may_double(element, primary[0]):
            return None
        return (region_blocks(element), "visible:article region"), element

    blocks, source = choose(
        primary,
        # the declared body wins only at twice the container's length: shorter is not read
        lambda: structured_blocks(doc, excluded, 2 * sum(len(b.text) for b in primary[0])),
        region,
        lambda: (baseline_blocks(doc, excluded), "visible:page paragraphs"),
        lambda: (any_prose_blocks(doc), "visible:any prose"),
    )
    if source != primary[1]:
        doc.note_lost("body", primary[1], f"the main container holds {size(primary[0]):.0f} "
                      f"words; the {source.removeprefix('visible:')} reading was chosen by the "
                      "fallback rule (fields/body/choose.py)")
    byline = extract_byline(doc)
    names = byline.value.names if byline is not None else ()
    blocks = trim_edges(doc, blocks, names)
    if not blocks:
        return None
    return Found(Body(tuple(blocks)), source)


def _may_double(region: etree._Element, primary: tuple[Block, ...]) -> bool:
    """Whether the region's text is long enough to hold twice the container's: if not, the
    rule cannot pick it, and it is not read (most pages)."""
    return text_reaches(region, 2 * sum(len(b.text) for b in primary), stripped=True)


def body_from_text(text: str) -> Body:
    """A Body from plain text: paragraphs are separated by blank lines."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text)]
    return Body(tuple(Block(BlockKind.PARAGRAPH, p) for p in paragraphs if p))
