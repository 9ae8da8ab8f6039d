"""Attributions inside the marks («…, – пожаловалась Петрова. – …») and reported speech."""

from __future__ import annotations

import re

from .attribution import _who
from .vocabulary import _NAME_SEQ, _SAYING, _SPEECH_VERBS

_REPORTED_SPEECH = re.compile(
    rf"(?P<who>{_NAME_SEQ.pattern}|He|She)\s+(?:also\s+)?(?:{_SAYING}|told)\b(?!\s*[,:])")


_MARKS = re.compile("[“”\"«»„「」『』‹›‘’']")


# Russian and French print an attribution inside the guillemets between dashes.
_EMBEDDED_ATTRIBUTION = re.compile(
    rf"(?<=[,.!?…])\s*[–—]\s+(?:{_SPEECH_VERBS})\s+(?P<who>[A-ZÀ-ÝА-Я][\w-]+(?:\s+[A-ZÀ-ÝА-Я][\w-]+)?)"
    r"[.,]\s*[–—]\s+")


def embedded_attribution(quote: str) -> tuple[str, str | None]:
    """«Это не для слабонервных, – пожаловалась Поризкова. – Я постоянно ...»: the quote
    without the attribution written inside its marks, and who that attribution names."""
    m = _EMBEDDED_ATTRIBUTION.search(quote)
    if m is None:
        return quote, None
    return f"{quote[: m.start()].rstrip()} {quote[m.end() :].lstrip()}", _who(m.group("who"), at_end=True)


def reported_speaker(paragraph: str, may_quote: bool = False) -> str | None:
    """Who a paragraph opens by reporting as speaking ("Erekat said it was only the latest
    move ..."); unless ``may_quote``, only when the paragraph quotes nobody itself."""
    m = _REPORTED_SPEECH.match(paragraph)
    if m is None or (not may_quote and _MARKS.search(paragraph.replace("’", "").replace("'", ""))):
        return None
    return _who(m.group("who"), at_end=True)
