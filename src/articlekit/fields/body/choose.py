"""Which reading of the page's main text wins: the scored container or a fallback.

The rule, in order (sizes in words, a CJK character counted as half a word):

1. **structured**: the page declares its body (``itemprop="articleBody"``, JSON-LD
   ``articleBody``) with at least ``MIN_STRUCTURED_WORDS`` words, and the scored container
   holds less than half of that: the declared body.
2. **region**: the enclosing article region read with relaxed boilerplate rules holds at least
   twice the scored container's prose (blocks that read as sentences: ``prose_size``), keeps
   most of the container's blocks as blocks, and is not a list of teasers (``TEASER_HEADINGS`` or more
   linked headings, making up half its headings or more): the region.
3. **baseline**: the scored container holds fewer than ``FRAGMENT_WORDS`` words and the page's
   visible paragraphs outside boilerplate hold at least three times as much: those
   paragraphs. An empty container always falls back to the first non-empty reading.
4. Otherwise the scored container.

As trafilatura compares its result with its fallbacks, lengths decide, and only when one
reading is much longer; the fallbacks that read more of the page must clear a higher bar.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from lxml import etree

from ...model import Block
from .text import WIDE_CHAR

__all__ = ["Reading", "choose", "prose_size", "size"]

MIN_STRUCTURED_WORDS = 40
FRAGMENT_WORDS = 60
TEASER_HEADINGS = 5

#: A candidate reading: its blocks and where it came from.
Reading = tuple[Sequence[Block], str]


def _words(text: str) -> float:
    if text.isascii():  # most text: no CJK to count
        return len(text.split())
    return len(text.split()) + len(WIDE_CHAR.findall(text)) / 2


def size(blocks: Sequence[Block]) -> float:
    """Words, with a CJK or Hangul character counted as half a word (about one per two)."""
    return sum(_words(b.text) for b in blocks)


def prose_size(blocks: Sequence[Block]) -> float:
    """Words in blocks that read as sentences: eight words or more, with a sentence end for
    every forty words or so. File lists, menus, labels and run-together interface text do not
    count."""
    total = 0.0
    for b in blocks:
        n = _words(b.text)
        if n >= 8 and len(_SENTENCE_END.findall(b.text)) >= max(1.0, n / 40):
            total += n
    return total


# A sentence ends with a stop and a space (or the end), or with a CJK full stop.
_SENTENCE_END = re.compile(r"[.!?…](?:[\"'”’»)\]]*)(?=\s|$)|[。！？]")


def _keeps_blocks(wider: Sequence[Block], narrower: Sequence[Block]) -> bool:
    """Whether the wider reading holds most of the narrower one's blocks as blocks of its own:
    a reading that runs the story into one lump of interface text is no better."""
    if not narrower:
        return True
    texts = {b.text for b in wider}
    return sum(b.text in texts for b in narrower) >= 0.8 * len(narrower)


def is_teaser_list(region: etree._Element) -> bool:
    """Many headings that are links: a stream of other stories, not one article."""
    headings = linked = 0
    for h in region.iter("h2", "h3", "h4"):
        headings += 1
        if h.find(".//a") is not None or any(a.tag == "a" for a in h.iterancestors()):
            linked += 1
    return linked >= TEASER_HEADINGS and 2 * linked >= headings


def choose(
    primary: Reading,
    structured: Callable[[], Reading | None],
    region: Callable[[], tuple[Reading, etree._Element] | None],
    baseline: Callable[[], Reading | None],
    last_resort: Callable[[], Reading | None] | None = None,
) -> Reading:
    """The reading the rule above picks (``primary`` when nothing beats it). The fallbacks
    are read only when the rule needs them: most pages never pay for the baseline."""
    p = size(primary[0])
    declared = structured()
    if declared is not None:
        s = size(declared[0])
        if s >= MIN_STRUCTURED_WORDS and p < 0.5 * s:
            return declared
    enclosing = region()
    if enclosing is not None:
        reading, element = enclosing
        r = prose_size(reading[0])
        if (r > 0 and r >= 2 * prose_size(primary[0]) and _keeps_blocks(reading[0], primary[0])
                and not is_teaser_list(element)):
            return reading
    if p < FRAGMENT_WORDS:
        page = baseline()
        if page is not None:
            b = size(page[0])
            if b > 0 and (p == 0 or b >= 3 * p):
                return page
    if p == 0 and last_resort is not None:
        anywhere = last_resort()
        if anywhere is not None and anywhere[0]:
            return anywhere
    return primary
