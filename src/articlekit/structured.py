"""Structured metadata read from the tree: JSON-LD, meta tags, OpenGraph, links.

Pure functions over an lxml tree; ``Document`` calls each once and caches the result.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

from lxml import etree

__all__ = [
    "JsonLd",
    "ld_types",
    "read_canonical",
    "read_json_ld",
    "read_meta",
]

JsonLd = dict[str, Any]

_MAX_LD_BYTES = 2_000_000  # a JSON-LD block larger than this is not metadata
_MAX_LD_OBJECTS = 2_000
_TRAILING_COMMA = re.compile(r",\s*([\]}])")
_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")
_HTML_COMMENT = re.compile(r"^\s*<!--|-->\s*$")


def _loads(text: str) -> Any:
    """json.loads that survives the usual breakage of hand-written JSON-LD; None when hopeless."""
    attempts = (
        lambda s: s,
        lambda s: _HTML_COMMENT.sub("", _CDATA.sub("", s)),
        lambda s: _TRAILING_COMMA.sub(r"\1", _HTML_COMMENT.sub("", _CDATA.sub("", s))),
        lambda s: html.unescape(_TRAILING_COMMA.sub(r"\1", s)),
    )
    for repair in attempts:
        try:
            return json.loads(repair(text), strict=False)
        except (ValueError, RecursionError):
            continue
    # Several objects glued together ("{...}{...}") are common enough to try once.
    try:
        return json.loads("[" + re.sub(r"}\s*{", "},{", text) + "]", strict=False)
    except (ValueError, RecursionError):
        return None


def _objects(value: Any) -> Iterator[JsonLd]:
    """Top-level JSON-LD objects: arrays and @graph flattened, non-objects dropped."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            graph = item.get("@graph")
            if graph is not None:
                stack.extend(reversed(graph) if isinstance(graph, list) else [graph])
                if "@type" not in item:
                    continue
            yield item


def read_json_ld(tree: etree._Element) -> tuple[JsonLd, ...]:
    out: list[JsonLd] = []
    for script in tree.iter("script"):
        kind = (script.get("type") or "").strip().lower()
        if kind != "application/ld+json":
            continue
        text = script.text or ""
        if not text.strip() or len(text) > _MAX_LD_BYTES:
            continue
        for obj in _objects(_loads(text)):
            out.append(obj)
            if len(out) >= _MAX_LD_OBJECTS:
                return tuple(out)
    return tuple(out)


def index_json_ld(objects: tuple[JsonLd, ...]) -> dict[str, JsonLd]:
    """Every object with an @id, nested ones included, so references can be followed."""
    index: dict[str, JsonLd] = {}
    stack: list[tuple[Any, int]] = [(o, 0) for o in objects]
    seen = 0
    while stack and seen < 50_000:
        item, depth = stack.pop()
        seen += 1
        if depth > 20:
            continue
        if isinstance(item, dict):
            ident = item.get("@id")
            if isinstance(ident, str) and len(item) > 1 and ident not in index:
                index[ident] = item
            stack.extend((v, depth + 1) for v in item.values() if isinstance(v, (dict, list)))
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item if isinstance(v, (dict, list)))
    return index


def ld_types(obj: Mapping[str, Any]) -> frozenset[str]:
    """The object's @type names, lower-cased, without a schema.org prefix."""
    raw = obj.get("@type")
    names = raw if isinstance(raw, list) else [raw]
    return frozenset(
        n.rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower() for n in names if isinstance(n, str)
    )


def read_meta(tree: etree._Element) -> dict[str, tuple[str, ...]]:
    """Meta tags by lower-cased name/property/itemprop/http-equiv, values in page order."""
    out: dict[str, list[str]] = {}
    for m in tree.iter("meta"):
        content = m.get("content")
        if content is None:
            continue
        content = content.strip()
        if not content:
            continue
        for attr in ("name", "property", "itemprop", "http-equiv"):
            key = m.get(attr)
            if key:
                for k in key.lower().split():
                    out.setdefault(k, []).append(content)
    return {k: tuple(v) for k, v in out.items()}


def read_canonical(tree: etree._Element) -> str | None:
    for link in tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        if "canonical" in rel and link.get("href"):
            return link.get("href", "").strip() or None
    return None
