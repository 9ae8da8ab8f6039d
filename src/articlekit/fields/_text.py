"""Small text helpers over lxml elements shared by the field modules."""

from __future__ import annotations

import re

from lxml import etree

from ..document import Document, element_names

__all__ = ["element_text", "fold", "in_other_story", "similar", "site_label", "spaced_text"]

_WS = re.compile(r"\s+")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                         "\u2013": "-", "\u2014": "-", "\u00a0": " "})
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def element_text(el: etree._Element, limit: int = 2000) -> str:
    """The element's text with whitespace collapsed (scripts and styles skipped)."""
    parts: list[str] = []
    size = 0
    for chunk in el.itertext():
        parts.append(chunk)
        size += len(chunk)
        if size > limit:
            break
    return _WS.sub(" ", "".join(parts)).strip()


_BLOCKS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 "
    "h6 header hr li main nav ol p section table td th tr ul".split()
)


def spaced_text(el: etree._Element, limit: int = 2000) -> str:
    """The element's text with a space wherever a block-level element starts or ends, so the
    words of separate lines never run together (inline markup adds nothing)."""
    parts: list[str] = []
    size = 0
    for event, node in etree.iterwalk(el, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            if tag in _BLOCKS:
                parts.append(" ")
            if node.text and tag not in ("script", "style"):
                parts.append(node.text)
                size += len(node.text)
        else:
            if tag in _BLOCKS:
                parts.append(" ")
            if node is not el and node.tail:
                parts.append(node.tail)
                size += len(node.tail)
        if size > limit:
            break
    return _WS.sub(" ", "".join(parts)).strip()


def fold(text: str) -> str:
    """Lower-case, quotes and dashes straightened, punctuation dropped: for comparisons only."""
    return _NON_WORD.sub(" ", text.translate(_QUOTES).casefold()).strip()


def similar(a: str, b: str) -> bool:
    """Whether two titles say the same thing (one folded text contains the other)."""
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return False
    if fa == fb:
        return True
    short, long = (fa, fb) if len(fa) <= len(fb) else (fb, fa)
    # One contains the other and is most of it: "Title" vs "Title | Site".
    return len(short) > 10 and short in long and len(short) >= 0.6 * len(long)


# Markup vocabulary: second-level labels of country domains ("co.uk", "go.jp").
_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "ac", "go", "or", "ne", "gov", "edu", "gob"})


def site_label(domain: str) -> str:
    """The name part of a host: "news.example.co.kr" -> "example"."""
    host = domain.split(".")
    if len(host) >= 3 and len(host[-1]) == 2 and host[-2] in _SECOND_LEVEL:
        return host[-3]
    return host[-2] if len(host) >= 2 else host[0]


# Parts of a page that hold other stories or readers' words: a byline or date in there is
# not this article's.
# A word counts at the start of a name part, never as a BEM element of another block
# ("headline__footer" is the headline's own foot, where its byline sits).
_OTHER_STORY = re.compile(
    r"(?<![a-z0-9])(?<!__)(?:comment|disqus|related|recommend|more-stories|read-next|sidebar|"
    r"popular|trending|footer|widget)", re.I)
# A container that small is a meta line with a comment-count link, not a section of others.
_OTHER_STORY_MIN_TEXT = 200


def _text_longer_than(el: etree._Element, limit: int) -> bool:
    size = 0
    for chunk in el.itertext():
        size += len(chunk.strip())
        if size > limit:
            return True
    return False


def in_other_story(doc: Document, el: etree._Element) -> bool:
    """Whether ``el`` is, or sits inside, a comment section, a related list, a sidebar ...

    Asked only of the few candidate bylines and dates, so each element on their ancestor
    paths is classified once (memoised on the document) rather than every element of the page.
    """
    verdicts: dict[etree._Element, bool] = doc.memo("other_story", dict)
    for node in (el, *el.iterancestors()):
        known = verdicts.get(node)
        if known is None:
            known = (node.tag not in ("body", "html")
                     and bool(_OTHER_STORY.search(element_names(node)))
                     and _text_longer_than(node, _OTHER_STORY_MIN_TEXT))
            verdicts[node] = known
        if known:
            return True
    return False
