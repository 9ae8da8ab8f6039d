"""Selectors of rule files: XPath 1.0 or CSS, compiled once, on first use.

A selector starting with ``/``, ``(`` or ``./`` (or written ``xpath:...``) is XPath; any other
is CSS (``css:`` may be written for clarity), with parsel's pseudo-elements to read an
attribute or the text: ``meta[property="og:title"]::attr(content)``, ``h1::text``. CSS is
translated to XPath by cssselect, the translator lxml and parsel use.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from ...errors import ExtractorError

__all__ = ["RuleSyntaxError", "Selector"]

_PSEUDO = re.compile(r"::(?:attr\(\s*([\w:-]+)\s*\)|(text))\s*$")


_EMPTY_PAGE = etree.fromstring("<html><head/><body/></html>")


class RuleSyntaxError(ExtractorError):
    """A rule file says something that cannot be used: a bad selector, date or option."""


class Selector:
    """One selector string; ``select(root)`` returns elements or strings in document order."""

    __slots__ = ("text", "_compiled")

    def __init__(self, text: str) -> None:
        if not isinstance(text, str) or not text.strip():
            raise RuleSyntaxError(f"a selector must be a non-empty string, not {text!r}")
        self.text = text.strip()
        self._compiled: etree.XPath | None = None

    def __repr__(self) -> str:
        return f"Selector({self.text!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Selector) and other.text == self.text

    def __hash__(self) -> int:
        return hash(self.text)

    def __reduce__(self) -> tuple[type, tuple[str]]:
        # compiled XPath objects do not pickle; rules cross to worker processes as text
        return (Selector, (self.text,))

    @property
    def xpath(self) -> str:
        """The XPath this selector runs as."""
        text = self.text
        if text.startswith("xpath:"):
            return text[len("xpath:"):].strip()
        if text.startswith(("/", "(", "./")):
            return text
        return _css_to_xpath(text.removeprefix("css:").strip())

    def compile(self) -> etree.XPath:
        """Compile now and run once on an empty page (RuleSyntaxError when invalid: a syntax
        error, or an expression that cannot run, such as an undefined prefix); cached."""
        if self._compiled is None:
            try:
                compiled = etree.XPath(self.xpath)
                compiled(_EMPTY_PAGE)
            except (etree.XPathSyntaxError, etree.XPathEvalError) as exc:
                raise RuleSyntaxError(f"invalid XPath {self.xpath!r}: {exc}") from None
            self._compiled = compiled
        return self._compiled

    def select(self, root: etree._Element) -> list[Any]:
        try:
            result = self.compile()(root)
        except etree.XPathEvalError as exc:
            raise RuleSyntaxError(f"selector {self.text!r} cannot run: {exc}") from None
        if isinstance(result, list):
            return result
        return [] if result is None or result == "" or result is False else [result]


def _css_to_xpath(css: str) -> str:
    try:
        from cssselect import HTMLTranslator, SelectorError
    except ImportError:  # pragma: no cover - cssselect is a dependency
        raise RuleSyntaxError("CSS selectors need cssselect (pip install cssselect)") from None
    pseudo = _PSEUDO.search(css)
    base = css[: pseudo.start()] if pseudo else css
    try:
        xpath = HTMLTranslator().css_to_xpath(base, prefix="descendant-or-self::")
    except SelectorError as exc:
        raise RuleSyntaxError(f"invalid CSS selector {css!r}: {exc}") from None
    if pseudo:
        xpath += f"/@{pseudo.group(1)}" if pseudo.group(1) else "/text()"
    return xpath
