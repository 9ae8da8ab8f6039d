"""Blocks: walking the chosen containers in document order into typed, kept blocks."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from lxml import etree

from ...model import Block, BlockKind
from ..dates import parse_visible_date
from .boilerplate import is_furniture, skip
from .text import BLOCK_TAGS, BR, HEADINGS, inline_text, link_text_len, text_of, tidy

_WORDS = re.compile(r"\w+")

def _kind(tag: str, inside_quote: bool) -> BlockKind:
    if tag in HEADINGS:
        return BlockKind.HEADING
    if inside_quote or tag == "blockquote":
        return BlockKind.BLOCKQUOTE
    if tag == "li" or tag in ("dd", "dt"):
        return BlockKind.LIST_ITEM
    if tag == "pre":
        return BlockKind.PREFORMATTED
    if tag == "tr":
        return BlockKind.TABLE_ROW
    return BlockKind.PARAGRAPH


def _keep(text: str, el: etree._Element | None, kind: BlockKind) -> bool:
    if not text or not any(ch.isalnum() for ch in text):
        return False
    if is_furniture(text):
        return False
    if len(text) <= 40 and parse_visible_date(text) is not None and len(_WORDS.findall(text)) <= 7:
        return False  # a date line ("November 20, 2019 - 11:28 AMT") is page furniture
    n = len(text)
    links = link_text_len(el, seen_only=True) if el is not None else 0
    if kind is BlockKind.TABLE_ROW:
        # a row of data names things, often as links ("Film | 1967 | Remake of ..."): only a
        # row that is all links is navigation
        return not (links and n and links / n > 0.85)
    if links and n and links / n > 0.6:
        return False
    if links and n and _link_heavy(links / n, n) and kind is not BlockKind.HEADING:
        # a sentence with a long linked name in it is still a sentence
        if _is_sentence(text) and n - links >= 40:
            return True
        # an item of a list that is mostly prose (a blog's bullet list of changes, some with
        # links) is part of it; a list of links (related stories, a menu) is not
        return kind is BlockKind.LIST_ITEM and el is not None and _prose_list(el)
    return True


def _prose_list(li: etree._Element) -> bool:
    """The item's list holds at least three items and under a third of its text is links."""
    parent = li.getparent()
    if parent is None or parent.tag not in ("ul", "ol") or len(parent) < 3:
        return False
    n = sum(len(t) for t in parent.itertext())
    return n > 0 and link_text_len(parent, seen_only=True) < n / 3


def _is_sentence(text: str) -> bool:
    return text.rstrip()[-1:] in ".!?…\"”»)。！？" and len(text.split()) >= 8


def _link_heavy(density: float, n: int) -> bool:
    """Mostly link text: a menu, a "Learn more" line, a teaser's headline."""
    return density > 0.6 or (density > 0.35 and n < 160)


def _layout_row(tr: etree._Element) -> bool:
    """A table row used for page layout: a cell holds blocks of its own (paragraphs, tables,
    lists), so the row is a container to walk, not one row of data."""
    return any(
        isinstance(c.tag, str) and c.tag in ("td", "th")
        and any(isinstance(g.tag, str) and g.tag in BLOCK_TAGS for g in c)
        for c in tr)


class _Run:
    """A run of a container's loose inline content, with the length of its link text."""

    __slots__ = ("links", "text")

    def __init__(self, text: str, links: int) -> None:
        self.text, self.links = text, links


def blocks_of(
    containers: list[etree._Element], skip: Callable[[etree._Element], bool] = skip
) -> Iterator[Block]:
    """The kept blocks of the containers, in document order; ``skip`` says which subtrees
    are left out (boilerplate by default)."""
    for container in containers:
        stack: list[tuple[etree._Element | _Run, bool]] = [(container, False)]
        while stack:
            el, in_quote = stack.pop()
            if isinstance(el, _Run):
                pieces = [p.strip() for p in el.text.split("\n")]
                for piece in pieces:
                    # a run of loose links ("Learn more", "Download") is no prose either
                    if len(piece) > 1 and _keep(piece, None, BlockKind.PARAGRAPH) and not (
                            el.links and _link_heavy(el.links / max(len(el.text), 1), len(piece))):
                        yield Block(BlockKind.BLOCKQUOTE if in_quote else BlockKind.PARAGRAPH, piece)
                continue
            tag = el.tag if isinstance(el.tag, str) else None
            if tag is None or (el is not container and skip(el)):
                continue
            if tag == "h1":
                continue  # the headline, reported on its own
            has_block_child = not BLOCK_TAGS.isdisjoint([c.tag for c in el])
            if tag == "tr" and _layout_row(el):
                stack.extend(reversed([(c, in_quote) for c in el if isinstance(c.tag, str)]))
                continue
            if tag in ("p", "pre", "tr") or tag in HEADINGS or (
                tag in ("li", "dd", "dt", "blockquote", "div", "section", "td", "article",
                        "main", "center", "address", "header")
                and not has_block_child
            ):
                kind = _kind(tag, in_quote)
                if tag == "pre":  # code and poetry keep their own line breaks and indents
                    text = "".join(el.itertext()).strip("\n").rstrip()
                elif tag == "tr":  # cells stay apart, as a reader sees the columns
                    cells = [text_of(c) for c in el if isinstance(c.tag, str) and c.tag in ("td", "th")]
                    text = " | ".join(c for c in cells if c) if cells else text_of(el)
                else:
                    text = text_of(el)
                if _keep(text, el, kind):
                    yield Block(kind, text)
                continue
            # A container: its own loose text between child blocks becomes paragraphs, in order.
            quote = in_quote or tag == "blockquote"
            stack.extend(reversed(_segments(el, quote, skip)))


def _segments(
    el: etree._Element, quote: bool, skip: Callable[[etree._Element], bool]
) -> list[tuple[etree._Element | _Run, bool]]:
    """A container's children in order, runs of inline content merged into text items."""
    out: list[tuple[etree._Element | _Run, bool]] = []
    buf: list[str] = [el.text or ""]
    links = 0

    def flush() -> None:
        nonlocal links
        text = tidy("".join(buf))
        if text:
            out.append((_Run(text, links), quote))
        buf.clear()
        links = 0

    for child in el:
        tag = child.tag if isinstance(child.tag, str) else None
        if tag is not None and tag in BLOCK_TAGS:
            flush()
            out.append((child, quote))
        elif tag is not None and tag == "br":
            buf.append(BR)
        elif tag is not None and not skip(child):
            inline_text(child, buf, skip_blocks=False)
            links += link_text_len(child, seen_only=True)
            buf.append(child.tail or "")
            continue
        buf.append(child.tail or "")
    flush()
    return out

