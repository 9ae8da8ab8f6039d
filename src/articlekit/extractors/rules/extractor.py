"""A site rule as an extractor: the registry runs it like any Python one.

Each value's source reads ``site:<name> <selector>`` (the selector that matched). The
version of the rule is picked by the page's date: its publication date as the generic
extractor reads it when the rule has several versions, else when the page was fetched, else
today. Nothing here mutates the shared tree: what a rule strips is skipped while reading.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from lxml import etree

from ...fields.body.blocks import blocks_of
from ...fields.body.boilerplate import skip as boilerplate
from ...fields.body.text import text_of
from ...fields.dates import extract_published, parse_date
from ...model import Body, Found
from ...normalize import day_of
from ..base import domain_matches
from .model import RULE_FIELDS, FieldRule, RuleVersion, SiteRule
from .selectors import RuleSyntaxError, Selector

if TYPE_CHECKING:
    from ...document import Document

__all__ = ["RuleExtractor"]

_MAX_TEXT = 2_000  # a headline, name or date longer than this is a wrong selector


class RuleExtractor:
    """Reads the fields a :class:`SiteRule` selects."""

    def __init__(self, rule: SiteRule) -> None:
        self.rule = rule
        self.name = rule.name
        self.domains = rule.domains
        self.origin = rule.origin
        # Full-Text RSS rules are of unknown age: their values must agree with the page.
        self.corroborate = rule.format == "ftr"

    def __repr__(self) -> str:
        return f"RuleExtractor({self.name!r}, {self.rule.path!r})"

    def applies_to(self, doc: Document) -> bool:
        return domain_matches(doc.domain, self.domains) and self.version_for(doc) is not None

    def version_for(self, doc: Document) -> RuleVersion | None:
        """The version whose period covers the page's publication date (as the generic
        extractor reads it), else the fetch time, else today."""
        versions = self.rule.versions
        if len(versions) == 1 and versions[0].valid_from is None and versions[0].valid_until is None:
            return versions[0]
        day = _page_day(doc)
        return next((v for v in versions if v.covers(day)), None)

    def extract(self, doc: Document) -> dict[str, Found[Any]]:
        version = self.version_for(doc)
        if version is None:
            return {}
        root = doc.tree
        stripped = _matched(version.strip, root)
        out: dict[str, Found[Any]] = {}
        for key, field in version.fields.items():
            got = _READERS[key](field, root, stripped)
            if got is not None:
                value, selector = got
                out[RULE_FIELDS[key]] = Found(value, f"site:{self.name} {selector.text}")
        return out


def _fetch_day(doc: Document) -> dt.date:
    return (doc.fetched_at or dt.datetime.now(dt.timezone.utc)).date()


def _page_day(doc: Document) -> dt.date:
    found = extract_published(doc)  # memoised on the document: the generic reads it too
    return day_of(found.value) if found is not None else _fetch_day(doc)


def _select(selector: Selector, root: etree._Element) -> list[Any]:
    """A selector's matches; none when it fails on this page (a stale rule never fails the
    page: the generic extractor reads it)."""
    try:
        return selector.select(root)
    except RuleSyntaxError:
        return []


def _matched(selectors: Iterable[Selector], root: etree._Element) -> set[etree._Element]:
    """Every element the strip selectors match (their subtrees are skipped when reading)."""
    out: set[etree._Element] = set()
    for s in selectors:
        out.update(r for r in _select(s, root) if isinstance(r, etree._Element))
    return out


def _inside(el: etree._Element, stripped: set[etree._Element]) -> bool:
    if not stripped:
        return False
    node: etree._Element | None = el
    while node is not None:
        if node in stripped:
            return True
        node = node.getparent()
    return False


def _text(result: Any, stripped: set[etree._Element]) -> str | None:
    if isinstance(result, etree._Element):
        if not isinstance(result.tag, str) or _inside(result, stripped):
            return None
        inner = [el for el in result.iterdescendants() if el in stripped] if stripped else []
        if inner:  # read a copy without them: the page's tree is shared and left as it is
            # last first: removing an element shifts the indexes of the ones after it
            paths = sorted((_path_from(result, el) for el in inner), reverse=True)
            result = copy.deepcopy(result)
            for path in paths:
                el = _follow(result, path)
                if el is not None and el.getparent() is not None:
                    el.getparent().remove(el)  # (its tail, text after it, is dropped too)
        text = text_of(result)
    else:
        text = str(result)
    text = " ".join(text.split())
    return text if text and len(text) <= _MAX_TEXT else None


def _path_from(root: etree._Element, el: etree._Element) -> list[int]:
    """Child indexes from ``root`` down to ``el``, to find its twin in a copy."""
    path = []
    while el is not root:
        parent = el.getparent()
        path.append(parent.index(el))
        el = parent
    return path[::-1]


def _follow(root: etree._Element, path: list[int]) -> etree._Element | None:
    for i in path:
        if i >= len(root):
            return None
        root = root[i]
    return root


def _pattern(text: str, field: FieldRule) -> str | None:
    if field.pattern is None:
        return text
    m = re.search(field.pattern, text)
    if m is None:
        return None
    kept = m.group(1) if m.groups() else m.group(0)
    return kept.strip() or None


def _texts(field: FieldRule, root: etree._Element, stripped: set[etree._Element],
           ) -> Iterable[tuple[list[str], Selector]]:
    """For each selector in order, the texts of its matches (after the pattern), without what
    the rule and the field strip."""
    skipped = stripped | _matched(field.strip, root) if field.strip else stripped
    for selector in field.selectors:
        texts = []
        for result in _select(selector, root):
            text = _text(result, skipped)
            if text is not None:
                text = _pattern(text, field)
            if text and text not in texts:
                texts.append(text)
        if texts:
            yield texts, selector


def _first_text(field: FieldRule, root: etree._Element, stripped: set[etree._Element],
                ) -> tuple[str, Selector] | None:
    for texts, selector in _texts(field, root, stripped):
        return texts[0], selector
    return None


def _all_texts(field: FieldRule, root: etree._Element, stripped: set[etree._Element],
               ) -> tuple[tuple[str, ...], Selector] | None:
    for texts, selector in _texts(field, root, stripped):
        return tuple(texts), selector
    return None


def _authors(field: FieldRule, root: etree._Element, stripped: set[etree._Element],
             ) -> tuple[str, Selector] | None:
    got = _all_texts(field, root, stripped)
    if got is None:
        return None
    names, selector = got
    return " and ".join(names), selector


def _date(field: FieldRule, root: etree._Element, stripped: set[etree._Element],
          ) -> tuple[Any, Selector] | None:
    for texts, selector in _texts(field, root, stripped):
        for text in texts:
            for fmt in field.date_formats:
                try:
                    return dt.datetime.strptime(text, fmt), selector
                except ValueError:
                    continue
            when = parse_date(text)
            if when is not None:
                return when, selector
    return None


def _image(field: FieldRule, root: etree._Element, stripped: set[etree._Element],
           ) -> tuple[str, Selector] | None:
    for selector in field.selectors:
        for result in _select(selector, root):
            if isinstance(result, etree._Element):
                url = result.get("src") or result.get("content") or result.get("href")
            else:
                url = str(result)
            if url and url.strip():
                return url.strip(), selector
    return None


def _body(field: FieldRule, root: etree._Element, stripped: set[etree._Element],
          ) -> tuple[Body, Selector] | None:
    skipped = stripped | _matched(field.strip, root)

    def skip(el: etree._Element) -> bool:
        return el in skipped or boilerplate(el)

    for selector in field.selectors:
        matches = [r for r in _select(selector, root)
                   if isinstance(r, etree._Element) and not _inside(r, skipped)]
        # several matches are read in document order, each once (not inside another match)
        chosen = set(matches)
        tops = [m for m in matches if not any(a in chosen for a in m.iterancestors())]
        blocks = tuple(blocks_of(tops, skip=skip))
        if blocks:
            return Body(blocks), selector
    return None


_READERS: dict[str, Any] = {
    "headline": _first_text,
    "dateline": _first_text,
    "authors": _authors,
    "published": _date,
    "modified": _date,
    "tags": _all_texts,
    "top_image": _image,
    "body": _body,
}
