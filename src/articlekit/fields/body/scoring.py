"""Scoring containers, as Readability does: paragraphs credit their parent and grandparent,
class names and link density adjust, the best container and its kin win."""

from __future__ import annotations

from lxml import etree

from ...document import Document, element_names
from .boilerplate import NEGATIVE, POSITIVE, Excluded, negative_class
from .text import BLOCK_TAGS, WIDE_CHAR, is_boilerplate, link_text_len


def _class_weight(el: etree._Element) -> float:
    names = element_names(el)
    if not names:
        return 0.0
    weight = 0.0
    if POSITIVE.search(names):
        weight += 25
    if NEGATIVE.search(names):
        weight -= 25
    return weight


# Elements whose text counts as a paragraph; of the containers among them, only the text
# written straight into them (between <br>s, say) counts.
_SCORED = ("p", "pre", "td", "blockquote", "div", "section", "li", "font", "span", "article",
           "main", "center", "dd")
_LOOSE = frozenset({"div", "section", "span", "font", "li", "article", "main", "center", "dd"})
# Commas of the scripts of the corpora: Latin, Arabic, CJK (ideographic and full-width).
# General vocabulary: the comma of each script.
_COMMAS = (",", "،", "、", "，")


def _weighted_length(text: str) -> int:
    """Length with a CJK character counted as three: one carries about a word, and the
    scores were made for scripts of some five letters a word."""
    if text.isascii():
        return len(text)
    return len(text) + 2 * len(WIDE_CHAR.findall(text))


def _candidates(root: etree._Element, excluded: Excluded) -> dict[etree._Element, float]:
    """Readability scores of containers: paragraphs credit their parent and grandparent."""
    scores: dict[etree._Element, float] = {}
    for el in root.iter(*_SCORED):
        loose_parent = False
        if el.tag in _LOOSE:
            # Containers count as paragraphs only through their own loose text; text written
            # straight into a div between <br>s is a story too.
            if not BLOCK_TAGS.isdisjoint([c.tag for c in el]):
                loose_parent = True
        if excluded(el):
            continue
        if loose_parent:
            raw = (el.text or "") + " ".join(c.tail or "" for c in el)
        else:
            raw = excluded.text(el)
        if len(raw) < 9:  # a weighted length is at most three times the raw one: too short
            continue
        text = " ".join(raw.split())
        n = _weighted_length(text)
        if n < 25:
            continue
        score = 1.0 + sum(text.count(c) for c in _COMMAS) + min(n / 100.0, 3.0)
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


def same_component(a: etree._Element, b: etree._Element) -> bool:
    """Two chunks of one story component: the same tag and class, or, side by side (siblings
    or cousins), class names that share their first name or most names ("story-body
    story-body-1" and "story-body story-body-2")."""
    if a.tag != b.tag:
        return False
    ca, cb = (a.get("class") or "").split(), (b.get("class") or "").split()
    if not ca or not cb:
        return False
    if ca == cb:
        return True
    sa, sb = set(ca), set(cb)
    if ca[0] != cb[0] and len(sa & sb) * 2 < len(sa | sb):
        return False
    pa, pb = a.getparent(), b.getparent()
    return pa is pb or (pa is not None and pb is not None and pa.getparent() is pb.getparent())


def _twins(
    best: etree._Element, best_score: float, final: dict[etree._Element, float]
) -> list[etree._Element]:
    """Other chunks of the same story component: containers with the best one's tag and class
    (a CMS that cuts the body into repeated ``article__body`` blocks around ads)."""
    if not best.get("class"):
        return []
    twins = []
    for el, score in final.items():
        # the very same class is strong evidence; a kindred one must also score well
        floor = 10.0 if el.get("class") == best.get("class") else max(10.0, 0.15 * best_score)
        if (el is not best and same_component(el, best) and score >= floor
                and best not in el.iterancestors() and el not in best.iterancestors()):
            twins.append(el)
    # nested twins: keep the outermost
    return [t for t in twins if not any(o in t.iterancestors() for o in twins)]


def _own_paragraphs(el: etree._Element) -> int:
    """Paragraphs of prose that are the element's own children."""
    return sum(1 for c in el if c.tag == "p" and len("".join(c.itertext())) > 80)


# How far up, and how well the enclosing story must score, to be preferred to a widget in it.
_WIDGET_LEVELS = 8
_WIDGET_RATIO = 0.5


def _story_around_widget(
    best: etree._Element,
    best_score: float,
    raw: dict[etree._Element, float],
    final: dict[etree._Element, float],
) -> tuple[etree._Element, float]:
    """An embedded widget inside the story (a gallery's captions, a slideshow, a box of
    short items) can outscore the story's own paragraphs, which credit only their parent:
    prefer the nearest ancestor that holds paragraphs of its own (three or more) and scores
    at least half as well."""
    for level, anc in enumerate(best.iterancestors()):
        if level >= _WIDGET_LEVELS or anc.tag in ("body", "html"):
            break
        score = final.get(anc)
        if score is None and anc in raw:
            score = _final_score(anc, raw[anc])
        if score is not None and score >= _WIDGET_RATIO * best_score and _own_paragraphs(anc) >= 3:
            return anc, max(best_score, score)
    return best, best_score


def _final_score(el: etree._Element, score: float) -> float:
    text_len = sum(len(t) for t in el.itertext())
    link_density = link_text_len(el) / text_len if text_len else 1.0
    return (score + _class_weight(el)) * (1.0 - link_density)


def container(doc: Document, root: etree._Element, excluded: Excluded) -> list[etree._Element]:
    """The best-scoring container and its kin (twins, prose siblings), in document order."""
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
    best, best_score = _story_around_widget(best, best_score, raw, final)
    best_score = max(best_score, final.get(best, 0.0))
    for el, score in raw.items():  # chunks of the same component, however low they rank
        if el not in final and same_component(el, best) and not excluded(el):
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
        if not isinstance(sib.tag, str) or is_boilerplate(sib):
            continue
        if final.get(sib, 0.0) >= threshold:
            chosen.append(sib)
        elif sib.tag == "p" or (sib.tag in ("div", "section") and not negative_class(sib) and sum(
                1 for c in sib.iter() if isinstance(c.tag, str) and c.tag in BLOCK_TAGS) <= 2):
            # a paragraph next to the story (or a div used as one) reads as prose: keep it
            text = " ".join("".join(sib.itertext()).split())
            links = link_text_len(sib)
            if (len(text) > 80 and links < 0.25 * len(text)) or (
                    len(text) > 30 and links == 0 and text.endswith((".", "”", '"'))):
                chosen.append(sib)
    return chosen

