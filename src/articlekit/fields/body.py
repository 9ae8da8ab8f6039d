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
from collections.abc import Iterator

from lxml import etree

from ..document import Document, element_names
from ..model import Block, BlockKind, Body, Found
from .dates import parse_visible_date

__all__ = ["body_from_text", "extract_body"]

# Subtrees that are never article text, whatever they contain.
_DROP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "nav", "footer", "aside",
    "button", "select", "option", "textarea", "input", "iframe", "object", "embed", "video",
    "audio", "canvas", "figure", "figcaption", "picture", "img", "map", "label", "menu",
    "dialog", "head", "title", "meta", "link",
})
_NEGATIVE = re.compile(
    r"comment|disqus|share|sharing|social|related|recommend|newsletter|subscri|signup|sign-up|"
    r"promo|advert|(?:^|[-_ ])ads?(?:$|[-_ ])|adslot|ad-slot|dfp|sponsor|cookie|consent|gdpr|"
    r"popup|modal|sidebar|side-bar|widget|footer|masthead|navbar|(?:^|[-_ ])nav(?:$|[-_ ])|"
    r"menu|breadcrumb|pagination|pager|(?:^|[-_ ])tags?(?:$|[-_ ])|tag-list|taglist|keywords|"
    r"author-?bio|about-the-author|authorbox|author-box|byline|dateline-?meta|most-?read|"
    r"(?:^|[-_ ])bio(?:$|[-_ ])|contributor-?bio|contributors|"
    r"most-?popular|popular|trending|caption|credit|outbrain|taboola|zergnet|jump-?link|"
    r"(?:^|[-_ ])print(?:$|[-_ ])|toolbar|rating|skip|hidden|visually-hidden|sr-only|"
    r"read-?more|more-?stories|also-?read|next-?article|prev-?article|(?:^|[-_ ])toc(?:$|[-_ ])|"
    r"table-of-contents|login|paywall|"
    r"subscription|overlay|banner|timestamp|article-?meta|post-?meta|entry-?meta|"
    r"(?:^|[-_ ])meta(?:$|[-_ ])|published|updated|post-date|entry-date|article-date|"
    r"(?:^|[-_ ])(?:date|dates|time|pubdate)(?:$|[-_ ])",
    re.I,
)
_HARD_NEGATIVE = re.compile(
    r"comment|share|related|newsletter|promo|caption|byline|popular|trending|most-?read|"
    r"recommend|author-?bio|(?:^|[-_ ])bio(?:$|[-_ ])|outbrain|taboola|social", re.I)
# Names that mark the article itself; they keep a container even if a negative word appears.
_POSITIVE = re.compile(
    r"article|body|content|entry|main|page|post|text|blog|story|prose|rich-?text|paragraph",
    re.I,
)
_BLOCK_TAGS = frozenset({
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr", "dd", "dt",
    "div", "section", "article", "main", "ul", "ol", "dl", "table", "tbody", "thead", "tfoot",
    "header", "hr", "center", "address", "details", "summary", "td", "th",
})
_HEADINGS = {"h2", "h3", "h4", "h5", "h6"}
_FURNITURE = re.compile(
    r"^(?:advertisement|anzeige|publicidad|publicidade|pubblicità|реклама|sponsored|"
    r"read more|read next|see also|related:?|share(?: this)?(?: article| story)?|"
    r"click here.*|sign up.*newsletter.*|subscribe.*|follow us.*|continue reading.*|"
    r"most commented|most read|most popular|trending(?: now)?:?|you may also like.*|"
    r"by\s+\w[\w.'’-]*(?:\s+\w[\w.'’-]*){0,3}\s*[-–—|,]\s*\d{1,2}/\d{1,2}/\d{2,4}\b.{0,30}|"
    r"(?:photo|image|foto|picture)(?: credit)?:.*|getty images|\(?ap photo.*|"
    r"(?:published|updated|posted|last updated|publicado|atualizado|veröffentlicht|"
    r"aktualisiert|publié|mis à jour|pubblicato|aggiornato)\b[^.!?]{0,40}\d[^.!?]{0,30})$",
    re.I,
)
# Source whitespace (newlines included) is one space, as a browser renders it; <br> is a line
# break, carried as U+2028 until the text is tidied.
_WORDS = re.compile(r"\w+")
_WS = re.compile(r"[ \t\n\r\f\v\u00a0]+")
_BR = "\u2028"
# Spaces that markup puts before punctuation ("<a>report</a> ."); French spacing before
# ; : ! ? » and the space inside « » are the text's own and stay.
_SPACE_BEFORE_PUNCT = re.compile(r" +([,)\]}]|\.(?!\.))")  # " ..." is an ellipsis, not a stray space
_SPACE_AFTER_OPEN = re.compile(r"([(\[{]) +")
_NEWLINES = re.compile(r" *\u2028[ \u2028]*")


_HIDDEN_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "dialog", "menu"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")


def _is_hidden(el: etree._Element) -> bool:
    """Hidden from readers, or a landmark that is never the story (navigation, banner ...)."""
    get = el.get
    if get("hidden") is not None or get("aria-hidden") == "true" or get("role") in _HIDDEN_ROLES:
        return True
    style = get("style")
    return bool(style) and _HIDDEN_STYLE.search(style) is not None


# A hover card inside a sentence ("rollover-people-block", "tooltip-content", "hovercard"):
# the reader sees it only on hover, so it is neither text nor links of the paragraph.
_POPUP = re.compile(
    r"(?:rollover|tooltip|popover|hover-?card|flyout)[\w-]*(?:block|card|box|content|panel|body|inner)"
    r"|hovercard", re.I)


def _is_popup(el: etree._Element) -> bool:
    names = element_names(el)
    return bool(names) and _POPUP.search(names) is not None


def _is_boilerplate(el: etree._Element) -> bool:
    """Never article text: by tag, by ARIA role, or hidden."""
    return el.tag in _DROP_TAGS or _is_hidden(el)


def _negative_class(el: etree._Element) -> bool:
    """Class or id names boilerplate (share bar, related list, caption ...)."""
    names = element_names(el)
    if not names or el.tag in ("body", "html", "article", "main"):
        return False
    if not _NEGATIVE.search(names):
        return False
    # "post-content entry-meta-wrapper": a positive name keeps it unless the negative is one
    # that is never article text.
    return not _POSITIVE.search(names) or _HARD_NEGATIVE.search(names) is not None


def _skip(el: etree._Element) -> bool:
    """Inside the article: leave out boilerplate, and negatively named parts unless they hold
    a lot of prose (some sites wrap the whole story in an oddly named element)."""
    if _is_boilerplate(el):
        return True
    if el.tag != "form" and not _negative_class(el):
        return False
    if re.search(r"comment|disqus", element_names(el), re.I):
        return True
    text_len = sum(len(t) for t in el.itertext())
    if text_len < 1500:
        return True
    return _link_text_len(el) > 0.3 * text_len


# -- text of one block ---------------------------------------------------------------------------
def _inline_text(el: etree._Element, out: list[str], skip_blocks: bool) -> None:
    """Collect an element's text as a reader sees it, iteratively (no recursion limit)."""
    stack: list[tuple[etree._Element, bool]] = [(el, True)]
    while stack:
        node, entering = stack.pop()
        if entering:
            tag = node.tag if isinstance(node.tag, str) else None
            if node is not el:
                # inside a paragraph only real furniture goes (an <img>, a <button>, a hidden
                # span); a <span class="date"> in a sentence is part of the sentence
                if tag is None or _is_boilerplate(node) or _is_popup(node):
                    if node.tail:
                        out.append(node.tail)
                    continue
                if skip_blocks and tag in _BLOCK_TAGS:
                    # Nested blocks are emitted on their own; keep words apart.
                    out.append(_BR)
                    if node.tail:
                        out.append(node.tail)
                    continue
                if tag == "br":
                    out.append(_BR)
                    if node.tail:
                        out.append(node.tail)
                    continue
                if tag in _BLOCK_TAGS or tag in ("td", "th"):
                    out.append(" ")
            if node.text:
                out.append(node.text)
            stack.append((node, False))
            stack.extend((c, True) for c in reversed(node))
        else:
            if node is not el:
                if isinstance(node.tag, str) and node.tag in _BLOCK_TAGS:
                    out.append(" ")
                if node.tail:
                    out.append(node.tail)


def _tidy(text: str) -> str:
    # Cheap containment tests first: most blocks need only the whitespace collapse.
    if _BR in text:
        text = _NEWLINES.sub("\n", _WS.sub(" ", text))
    else:
        text = " ".join(text.split())
    if " ," in text or " ." in text or " )" in text or " ]" in text or " }" in text:
        text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    if "( " in text or "[ " in text or "{ " in text:
        text = _SPACE_AFTER_OPEN.sub(r"\1", text)
    return text.strip()


def _text_of(el: etree._Element, skip_blocks: bool = False) -> str:
    parts: list[str] = []
    _inline_text(el, parts, skip_blocks)
    return _tidy("".join(parts))


def _link_text_len(el: etree._Element, seen_only: bool = False) -> int:
    """Text length of the links in ``el``; with ``seen_only``, not those of a hover card
    (checked for a block's own links; container scoring counts them all, which is cheaper)."""
    total = 0
    for a in el.iter("a"):
        if seen_only:
            node = a.getparent()
            while node is not None and node is not el and not _is_popup(node):
                node = node.getparent()
            if node is not None and node is not el:
                continue  # inside a hover card
        total += sum(len(t) for t in a.itertext())
    return total


# -- scoring ---------------------------------------------------------------------------------------
def _class_weight(el: etree._Element) -> float:
    names = element_names(el)
    if not names:
        return 0.0
    weight = 0.0
    if _POSITIVE.search(names):
        weight += 25
    if _NEGATIVE.search(names):
        weight -= 25
    return weight


def _candidates(root: etree._Element, excluded: _Excluded) -> dict[etree._Element, float]:
    """Readability scores of containers: paragraphs credit their parent and grandparent."""
    scores: dict[etree._Element, float] = {}
    for el in root.iter("p", "pre", "td", "blockquote", "div", "section", "li", "font", "span"):
        loose_parent = False
        if el.tag in ("div", "section", "span", "font", "li"):
            # Containers count as paragraphs only through their own loose text; text written
            # straight into a div between <br>s is a story too.
            if any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in el):
                loose_parent = True
        if excluded(el):
            continue
        if loose_parent:
            text = " ".join(((el.text or "") + " ".join(c.tail or "" for c in el)).split())
        else:
            text = " ".join("".join(el.itertext()).split())
        n = len(text)
        if n < 25:
            continue
        score = 1.0 + text.count(",") + text.count("،") + text.count("、") + min(n / 100.0, 3.0)
        if el.tag in ("li", "span", "font"):
            score *= 0.5
        parent = el if loose_parent else el.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0.0) + score
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + score / 2.0
    return scores


_COMMENTS = re.compile(r"(?:^|[\s_-])(?:comments?|comment-\w+|disqus\w*|respond|replies)(?:$|[\s_-])", re.I)


def _boilerplate_roots(doc: Document, root: etree._Element) -> set[etree._Element]:
    """Every subtree root that is never article text: dropped tags, hidden or landmark
    elements (one pass over the page), and readers' comments (from the document's names)."""
    roots = set(root.iter(*_DROP_TAGS))
    roots.update(el for el in root.iter() if _is_hidden(el))
    for el, names in doc.named_elements:
        low = names.lower()
        # substring tests first: the regex runs only on the few names that might match
        if ("comment" in low or "disqus" in low or "respond" in low or "replies" in low) \
                and _COMMENTS.search(names):
            roots.add(el)
    roots.discard(root)
    return roots


class _Excluded:
    """Whether an element sits in boilerplate (by tag, role, hidden) or in readers' comments,
    memoised along ancestor chains so each element is classified once per page."""

    def __init__(self, doc: Document, root: etree._Element) -> None:
        self.roots = _boilerplate_roots(doc, root)
        self.memo: dict[etree._Element, bool] = {}

    def __call__(self, el: etree._Element) -> bool:
        path = []
        node: etree._Element | None = el
        verdict = False
        while node is not None:
            known = self.memo.get(node)
            if known is not None:
                verdict = known
                break
            path.append(node)
            if node in self.roots:
                verdict = True
                break
            node = node.getparent()
        for n in path:
            self.memo[n] = verdict
        return verdict


def _common_container(
    best: etree._Element, best_score: float, final: dict[etree._Element, float]
) -> etree._Element:
    """When other containers score nearly as well, the story is split across them (one div per
    paragraph group): climb to the nearest ancestor that holds most of them, as Readability does."""
    top = sorted(final.items(), key=lambda kv: -kv[1])[:6]
    rivals = [el for el, score in top if el is not best and score >= 0.75 * best_score
              and best not in el.iterancestors() and el not in best.iterancestors()]
    if len(rivals) < 2:
        return best
    need = min(3, len(rivals))
    node = best.getparent()
    while node is not None and node.tag not in ("body", "html"):
        held = sum(1 for r in rivals if node in r.iterancestors())
        if held >= need:
            return node
        node = node.getparent()
    return best


def _twins(
    best: etree._Element, best_score: float, final: dict[etree._Element, float]
) -> list[etree._Element]:
    """Other chunks of the same story component: containers with the best one's tag and class
    (a CMS that cuts the body into repeated ``article__body`` blocks around ads)."""
    cls = best.get("class")
    if not cls:
        return []
    twins = []
    for el, score in final.items():
        if (el is not best and el.tag == best.tag and el.get("class") == cls
                and score >= max(10.0, 0.15 * best_score)
                and best not in el.iterancestors() and el not in best.iterancestors()):
            twins.append(el)
    # nested twins: keep the outermost
    return [t for t in twins if not any(o in t.iterancestors() for o in twins)]


def _final_score(el: etree._Element, score: float) -> float:
    text_len = sum(len(t) for t in el.itertext())
    link_density = _link_text_len(el) / text_len if text_len else 1.0
    return (score + _class_weight(el)) * (1.0 - link_density)


def _container(doc: Document, root: etree._Element) -> list[etree._Element]:
    excluded = _Excluded(doc, root)
    raw = _candidates(root, excluded)
    if not raw:
        return [root]
    best, best_score = None, 0.0
    final: dict[etree._Element, float] = {}
    for el, score in sorted(raw.items(), key=lambda kv: -kv[1]):
        # The class weight adds at most 25 and link density only lowers a score: once even
        # that cannot reach a rival's share of the best, nothing further down matters.
        if score + 25 < 0.6 * best_score:
            break
        if el.tag not in ("body", "html") and excluded(el):
            continue
        total = _final_score(el, score)
        final[el] = total
        if total > best_score:
            best, best_score = el, total
    if best is None:
        return [root]
    best = _common_container(best, best_score, final)
    best_score = max(best_score, final.get(best, 0.0))
    for el, score in raw.items():  # chunks of the same component, however low they rank
        if el not in final and el.tag == best.tag and el.get("class") == best.get("class") \
                and not excluded(el):
            final[el] = _final_score(el, score)
    twins = _twins(best, best_score, final)
    if twins:
        order = {el: i for i, el in enumerate(root.iter())}
        return sorted([best, *twins], key=order.__getitem__)
    # A story split across sibling containers: keep siblings that score well or read as prose.
    parent = best.getparent()
    if parent is None:
        return [best]
    threshold = max(10.0, best_score * 0.2)
    chosen = []
    for sib in parent:
        if sib is best:
            chosen.append(sib)
            continue
        if not isinstance(sib.tag, str) or _is_boilerplate(sib):
            continue
        if final.get(sib, 0.0) >= threshold:
            chosen.append(sib)
        elif sib.tag == "p" or (sib.tag in ("div", "section") and not _negative_class(sib) and sum(
                1 for c in sib.iter() if isinstance(c.tag, str) and c.tag in _BLOCK_TAGS) <= 2):
            # a paragraph next to the story (or a div used as one) reads as prose: keep it
            text = " ".join("".join(sib.itertext()).split())
            links = _link_text_len(sib)
            if (len(text) > 80 and links < 0.25 * len(text)) or (
                    len(text) > 30 and links == 0 and text.endswith((".", "”", '"'))):
                chosen.append(sib)
    return chosen


# -- blocks ------------------------------------------------------------------------------------------
def _kind(tag: str, inside_quote: bool) -> BlockKind:
    if tag in _HEADINGS:
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
    if len(text) <= 200 and _FURNITURE.match(text):  # furniture is short; keeps the regex linear
        return False
    if len(text) <= 40 and parse_visible_date(text) is not None and len(_WORDS.findall(text)) <= 7:
        return False  # a date line ("November 20, 2019 - 11:28 AMT") is page furniture
    n = len(text)
    links = _link_text_len(el, seen_only=True) if el is not None else 0
    if links and n:
        density = links / n
        if density > 0.6 or (density > 0.35 and n < 160 and kind is not BlockKind.HEADING):
            return False
    return True


def _blocks(containers: list[etree._Element]) -> Iterator[Block]:
    for container in containers:
        stack: list[tuple[etree._Element | str, bool]] = [(container, False)]
        while stack:
            el, in_quote = stack.pop()
            if isinstance(el, str):
                for piece in el.split("\n"):
                    piece = piece.strip()
                    if len(piece) > 1 and _keep(piece, None, BlockKind.PARAGRAPH):
                        yield Block(BlockKind.BLOCKQUOTE if in_quote else BlockKind.PARAGRAPH, piece)
                continue
            tag = el.tag if isinstance(el.tag, str) else None
            if tag is None or (el is not container and _skip(el)):
                continue
            if tag == "h1":
                continue  # the headline, reported on its own
            has_block_child = any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in el)
            if tag in ("p", "pre", "tr") or tag in _HEADINGS or (
                tag in ("li", "dd", "dt", "blockquote", "div", "section", "td", "article",
                        "main", "center", "address", "header")
                and not has_block_child
            ):
                kind = _kind(tag, in_quote)
                if tag == "pre":  # code and poetry keep their own line breaks and indents
                    text = "".join(el.itertext()).strip("\n").rstrip()
                elif tag == "tr":  # cells stay apart, as a reader sees the columns
                    cells = [_text_of(c) for c in el if isinstance(c.tag, str) and c.tag in ("td", "th")]
                    text = " | ".join(c for c in cells if c) if cells else _text_of(el)
                else:
                    text = _text_of(el)
                if _keep(text, el, kind):
                    yield Block(kind, text)
                continue
            # A container: its own loose text between child blocks becomes paragraphs, in order.
            quote = in_quote or tag == "blockquote"
            stack.extend(reversed(_segments(el, quote)))


def _segments(el: etree._Element, quote: bool) -> list[tuple[etree._Element | str, bool]]:
    """A container's children in order, runs of inline content merged into text items."""
    out: list[tuple[etree._Element | str, bool]] = []
    buf: list[str] = [el.text or ""]

    def flush() -> None:
        text = _tidy("".join(buf))
        if text:
            out.append((text, quote))
        buf.clear()

    for child in el:
        tag = child.tag if isinstance(child.tag, str) else None
        if tag is not None and tag in _BLOCK_TAGS:
            flush()
            out.append((child, quote))
        elif tag is not None and tag == "br":
            buf.append(_BR)
        elif tag is not None and not _skip(child):
            _inline_text(child, buf, skip_blocks=False)
            buf.append(child.tail or "")
            continue
        buf.append(child.tail or "")
    flush()
    return out


def extract_body(doc: Document) -> Found[Body] | None:
    body = doc.body
    if body is None:
        return None
    containers = _container(doc, body)
    blocks = tuple(_blocks(containers))
    if not blocks:
        return None
    return Found(Body(blocks), "visible:main content")


def body_from_text(text: str) -> Body:
    """A Body from plain text: paragraphs are separated by blank lines."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text)]
    return Body(tuple(Block(BlockKind.PARAGRAPH, p) for p in paragraphs if p))
