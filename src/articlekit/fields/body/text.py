"""What a reader sees of the page, and how a block's text reads: hidden and never-text
elements, inline text with the spacing a browser renders, link text."""

from __future__ import annotations

import re

from lxml import etree

from ...document import element_names

DROP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "nav", "footer", "aside",
    "button", "select", "option", "textarea", "input", "iframe", "object", "embed", "video",
    "audio", "canvas", "figure", "figcaption", "picture", "img", "map", "label", "menu",
    "dialog", "head", "title", "meta", "link",
})
BLOCK_TAGS = frozenset({
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr", "dd", "dt",
    "div", "section", "article", "main", "ul", "ol", "dl", "table", "tbody", "thead", "tfoot",
    "header", "hr", "center", "address", "details", "summary", "td", "th",
})
HEADINGS = {"h2", "h3", "h4", "h5", "h6"}
# Source whitespace (newlines included) is one space, as a browser renders it; <br> is a line
# break, carried as U+2028 until the text is tidied.
_WORDS = re.compile(r"\w+")
_WS = re.compile(r"[ \t\n\r\f\v\u00a0]+")
BR = "\u2028"
# Spaces that markup puts before punctuation ("<a>report</a> ."); French spacing before
# ; : ! ? » and the space inside « » are the text's own and stay.
_SPACE_BEFORE_PUNCT = re.compile(r" +([,)\]}]|\.(?!\.))")  # " ..." is an ellipsis, not a stray space
_SPACE_AFTER_OPEN = re.compile(r"([(\[{]) +")
_NEWLINES = re.compile(r" *\u2028[ \u2028]*")


# A CJK ideograph or Hangul syllable: one carries about a word, so lengths weigh them apart.
WIDE_CHAR = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af]")


def text_reaches(el: etree._Element, size: int, stripped: bool = False) -> bool:
    """Whether the element holds ``size`` characters of text (each chunk stripped first if
    asked), read only as far as needed."""
    total = 0
    for chunk in el.itertext():
        total += len(chunk.strip()) if stripped else len(chunk)
        if total >= size:
            return True
    return total >= size


# Markup vocabulary: the ARIA landmark roles that are never the story.
_HIDDEN_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "dialog", "menu"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")


def is_hidden(el: etree._Element) -> bool:
    """Hidden from readers, or a landmark that is never the story (navigation, banner ...)."""
    attrib = el.attrib
    if not attrib:
        return False
    get = attrib.get
    if get("hidden") is not None or get("aria-hidden") == "true" or get("role") in _HIDDEN_ROLES:
        return True
    style = get("style")
    return bool(style) and _HIDDEN_STYLE.search(style) is not None


# A hover card inside a sentence ("rollover-people-block", "tooltip-content", "hovercard"):
# the reader sees it only on hover, so it is neither text nor links of the paragraph.
_POPUP = re.compile(
    r"(?:rollover|tooltip|popover|hover-?card|flyout)[\w-]*(?:block|card|box|content|panel|body|inner)"
    r"|hovercard", re.I)


def is_popup(el: etree._Element) -> bool:
    names = element_names(el)
    return bool(names) and _POPUP.search(names) is not None


def is_boilerplate(el: etree._Element) -> bool:
    """Never article text: by tag, by ARIA role, or hidden."""
    return el.tag in DROP_TAGS or is_hidden(el)



# -- text of one block ---------------------------------------------------------------------------
def inline_text(el: etree._Element, out: list[str], skip_blocks: bool) -> None:
    """Collect an element's text as a reader sees it, iteratively (no recursion limit)."""
    stack: list[tuple[etree._Element, bool]] = [(el, True)]
    while stack:
        node, entering = stack.pop()
        if entering:
            tag = node.tag if isinstance(node.tag, str) else None
            if node is not el:
                # inside a paragraph only real furniture goes (an <img>, a <button>, a hidden
                # span); a <span class="date"> in a sentence is part of the sentence
                if tag is None or is_boilerplate(node) or is_popup(node):
                    if node.tail:
                        out.append(node.tail)
                    continue
                if skip_blocks and tag in BLOCK_TAGS:
                    # Nested blocks are emitted on their own; keep words apart.
                    out.append(BR)
                    if node.tail:
                        out.append(node.tail)
                    continue
                if tag == "br":
                    out.append(BR)
                    if node.tail:
                        out.append(node.tail)
                    continue
                if tag in BLOCK_TAGS or tag in ("td", "th"):
                    out.append(" ")
            if node.text:
                out.append(node.text)
            stack.append((node, False))
            stack.extend((c, True) for c in reversed(node))
        else:
            if node is not el:
                if isinstance(node.tag, str) and node.tag in BLOCK_TAGS:
                    out.append(" ")
                if node.tail:
                    out.append(node.tail)


def tidy(text: str) -> str:
    # Cheap containment tests first: most blocks need only the whitespace collapse.
    if BR in text:
        text = _NEWLINES.sub("\n", _WS.sub(" ", text))
    else:
        text = " ".join(text.split())
    if " ," in text or " ." in text or " )" in text or " ]" in text or " }" in text:
        text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    if "( " in text or "[ " in text or "{ " in text:
        text = _SPACE_AFTER_OPEN.sub(r"\1", text)
    return text.strip()


def text_of(el: etree._Element, skip_blocks: bool = False) -> str:
    parts: list[str] = []
    inline_text(el, parts, skip_blocks)
    return tidy("".join(parts))


def link_text_len(el: etree._Element, seen_only: bool = False) -> int:
    """Text length of the links in ``el``; with ``seen_only``, not those of a hover card
    (checked for a block's own links; container scoring counts them all, which is cheaper)."""
    total = 0
    for a in el.iter("a"):
        if seen_only:
            node = a.getparent()
            while node is not None and node is not el and not is_popup(node):
                node = node.getparent()
            if node is not None and node is not el:
                continue  # inside a hover card
        total += sum(len(t) for t in a.itertext())
    return total

