"""Sentence boundaries around a quote (an initial, "Sen." or "Calif." does not end a sentence)."""

from __future__ import annotations

import re

_QUOTED = re.compile(r"[“\"«„][^“”\"«»„]*[”\"»“]")


# General vocabulary: abbreviations that end with a dot inside a sentence.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr st sen rep gov lt jr sr gen col sgt prof rev no vs inc corp co ltd".split())


# "Sen. Ben Sasse, R-Neb., said": a party and state, not the end of a sentence
PARTY_STATE = re.compile(r"\b[RDI]-[A-Z][a-z]{0,5}$")


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


# General vocabulary: US state abbreviations as datelines and party labels write them ("Dekalb, Ill.", "R-Neb."),
# and months ("an Oct. 21 meeting"), written capitalised
_STATES = frozenset("""ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn
    miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo jan feb mar apr jun jul aug sep
    sept oct nov dec""".split())


def ends_sentence(before: str) -> bool:
    """Whether the full stop right after ``before`` ends a sentence: not after an initial
    ("J."), an abbreviation ("Sen.", "Inc."), a capitalised state ("Calif.") or a party and
    state ("R-Neb."). The one rule for every sentence boundary the quote code looks for."""
    m = re.search(r"([\w-]+)$", before[-24:])
    if m is None:
        return True
    word = m.group(1)
    return not (len(word) == 1 or word.lower() in ABBREVIATIONS
                or (word[:1].isupper() and word.lower() in _STATES)
                or PARTY_STATE.search(before[-24:]) is not None)


def _sentence_before(text: str, start: int, para_start: int) -> str:
    """The sentence that leads into a quote; for a quote opening its paragraph, the end of
    the paragraph before when that ends with a colon ("He told me:")."""
    if text[para_start:start].strip() == "" and para_start >= 2:
        prev_end = para_start - len("\n\n")
        prev = text[max(0, prev_end - 300) : prev_end]
        if prev.rstrip().endswith(":"):
            para_start, start = max(0, prev_end - 300), prev_end
    chunk = text[max(para_start, start - 300) : start]
    cut = 0
    for m in re.finditer(r"[.!?]\s+(?=[A-ZÀ-ÝА-Я“\"«(])", chunk):  # (also "... often. (He noted")
        if ends_sentence(chunk[: m.start()]):
            cut = m.end()
    return chunk[cut:]


def _clause_after(text: str, end: int, para_end: int) -> str:
    """The rest of the sentence after a quote (an initial or "Sen." does not end it)."""
    chunk = text[end : min(para_end, end + 220)]
    for m in _SENTENCE_END.finditer(chunk):
        if ends_sentence(chunk[: m.start()]):
            return chunk[: m.start()]
    return chunk


def _blank_quotes(window: str, whole_first_line: bool) -> str:
    """``window`` with the words inside quotation marks blanked (offsets kept). Marks are
    paired within each paragraph; the first line is left alone when the window cut it at an
    arbitrary point (``whole_first_line`` false)."""
    lines = window.split("\n")
    start = 0 if whole_first_line else 1
    for i in range(start, len(lines)):
        lines[i] = _QUOTED.sub(lambda m: m.group(0)[0] + " " * (len(m.group(0)) - 2) + m.group(0)[-1], lines[i])
    return "\n".join(lines)
