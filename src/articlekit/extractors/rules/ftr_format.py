"""The Full-Text RSS site config format (fivefilters' ftr-site-config), read as site rules.

One text file per site, named for its domain (``example.com.txt``; ``.example.com.txt`` for
its subdomains only), one ``directive: value`` per line, ``#`` comments. Read here:
``title``, ``author``, ``date``, ``body`` (XPath, tried in order), ``strip`` (XPath),
``strip_id_or_class`` and ``strip_image_src`` (strings). ``test_url`` and ``test_contains``
are known and kept out of extraction. Every other directive (``tidy``, ``prune``,
``next_page_link``, ``find_string``/``replace_string``, ``http_header(...)`` ...) is ignored
and counted, as is a selector that is not valid XPath 1.0: one bad line never loses the rest
of the file.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from .model import FieldRule, RuleVersion, SiteRule
from .selectors import RuleSyntaxError, Selector

__all__ = ["read_ftr_rule"]

_FIELD_OF = {"title": "headline", "author": "authors", "date": "published", "body": "body"}
_KNOWN_UNUSED = {"test_url", "test_contains"}
_LINE = re.compile(r"^\s*([A-Za-z_]+(?:\([^)]*\))?)\s*:\s*(.*?)\s*$")


def _literal(text: str) -> str:
    """An XPath string literal for any text (XPath 1.0 has no escapes: concat() the quotes)."""
    if "'" not in text:
        return f"'{text}'"
    if '"' not in text:
        return f'"{text}"'
    parts = text.split("'")
    return "concat(" + ", \"'\", ".join(f"'{p}'" for p in parts) + ")"


def read_ftr_rule(path: Path, origin: str, counts: Counter[str]) -> SiteRule | None:
    """The rule of one site config file, or None when it selects nothing usable. ``counts``
    receives the ignored directives (``ignored:<name>``) and invalid selectors."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise RuleSyntaxError(f"{path}: cannot read: {exc}") from None
    selectors: dict[str, list[Selector]] = {field: [] for field in _FIELD_OF.values()}
    strip: list[Selector] = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _LINE.match(line)
        if not m:
            counts["ignored:unreadable line"] += 1
            continue
        directive, value = m.group(1).lower(), m.group(2)
        if not value:
            continue
        if directive in _FIELD_OF:
            target = selectors[_FIELD_OF[directive]]
        elif directive == "strip":
            target = strip
        elif directive == "strip_id_or_class":
            lit = _literal(value.strip())
            value = f"//*[contains(@class, {lit}) or contains(@id, {lit})]"
            target = strip
        elif directive == "strip_image_src":
            value = f"//img[contains(@src, {_literal(value.strip())})]"
            target = strip
        elif directive in _KNOWN_UNUSED:
            continue
        else:
            counts[f"ignored:{directive.split('(')[0]}"] += 1
            continue
        selector = Selector("xpath:" + value)
        try:
            selector.compile()
        except RuleSyntaxError:
            counts["invalid selector"] += 1
            continue
        target.append(selector)
    fields = {name: FieldRule(tuple(sel)) for name, sel in selectors.items() if sel}
    if not fields:
        counts["files selecting no field"] += 1
        return None
    domain = path.name.removesuffix(".txt").lower()
    pattern = "*" + domain if domain.startswith(".") else domain
    return SiteRule(f"ftr:{domain}", (pattern,), (RuleVersion(fields, tuple(strip)),),
                    origin, str(path), "ftr")
