"""Interviews printed as turns without quotation marks: each paragraph opens with the label of
who speaks ("Kevin Kühnert: Das ist ...", "ZEIT: Das klingt ...", "Q: ... " / "A: ..."), and
its words are that speaker's.

A page is read as an interview only when two labels take turns: at least two labels, each
opening three paragraphs or more, and at least half of the labelled paragraphs answering a
different label than the one before. A label repeated alone ("Photo: ...", "Update: ...")
never makes one. A name label is its own speaker, written as fully as any of its turns
writes it ("Kühnert" -> "Kevin Kühnert"); the letters of a question-and-answer layout (Q/A,
F/A, P/R, D/R) name no one, so those turns keep no speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from .names import full_names

__all__ = ["Turn", "answers_named", "interview_turns", "interviewee"]

# A turn's label at a paragraph's start: one to four capitalised words, or one capital letter
# (Q, A, F, P, R, D: question and answer in the languages of the speech verbs), then a colon.
_LABEL = re.compile(
    r"(?P<label>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*){0,3})\s*:\s+(?=\S)")
# Letters that stand for "question" and "answer": they name no speaker.
_QA_LETTERS = frozenset("Q A F P R D".split())
# Those that stand for "answer" (answer, Antwort, réponse, respuesta, resposta, risposta).
_ANSWER_LETTERS = frozenset("A R".split())
# A turn must say something: fewer words is a caption or a list item ("Photo: AFP").
_MIN_WORDS = 4
# Each speaker speaks three times at least: two labels twice each are a wire story's team
# notes ("Thunder: F Hamidou Diallo missed ...", "Lakers: ..."), not an interview.
_MIN_TURNS_EACH = 3
# No interview has more turns than this; a page that has is read only this far.
_MAX_TURNS = 5000


@attrs.frozen
class Turn:
    """One turn: its words, who speaks them (None: not named), where they stand in the text."""

    start: int
    end: int
    text: str
    speaker: str | None
    label: str


def _key(label: str) -> str:
    """Turns by the same speaker share their label's last word ("DIE ZEIT" and "ZEIT")."""
    return label.split()[-1].casefold()


def interview_turns(text: str, paragraphs: Sequence[tuple[int, str]]) -> list[Turn]:
    """The turns of an interview in ``text`` (``paragraphs``: (offset, text) of each), or
    nothing when the page is not laid out as one."""
    found: list[tuple[int, int, str, str]] = []  # paragraph start, words start, label, words
    for start, para in paragraphs:
        if len(found) >= _MAX_TURNS:
            break  # (a hostile page of a million turns is read no further)
        m = _LABEL.match(para)
        if m is None:
            continue
        words = para[m.end() :].strip()
        if len(words.split()) < _MIN_WORDS:
            continue
        found.append((start, start + m.end(), m.group("label"), words))
    if len(found) < 4:
        return []
    counts: dict[str, int] = {}
    for *_, label, _words in found:
        counts[_key(label)] = counts.get(_key(label), 0) + 1
    speakers = {k for k, n in counts.items() if n >= _MIN_TURNS_EACH}
    turns = [f for f in found if _key(f[2]) in speakers]
    if len(speakers) < 2 or len(turns) < 2 * _MIN_TURNS_EACH:
        return []
    changes = sum(_key(a[2]) != _key(b[2]) for a, b in zip(turns, turns[1:], strict=False))
    if 2 * changes < len(turns) - 1:
        return []
    fullest: dict[str, str] = {}
    for *_, label, _words in turns:
        if len(label) > len(fullest.get(_key(label), "")):
            fullest[_key(label)] = label
    out = []
    for _start, words_start, label, words in turns:
        name = fullest[_key(label)]
        speaker = None if name in _QA_LETTERS else name
        out.append(Turn(words_start, words_start + len(words), words, speaker, label))
    return out


def interviewee(text: str, turns: Sequence[Turn], headline: str | None) -> str | None:
    """Who answers in a question-and-answer layout: the one person the headline and the
    paragraphs before the first turn name in full ("Introducing Junior Gaspard, New CEO"),
    else None."""
    intro = f"{headline or ''}\n\n{text[: turns[0].start]}" if turns else headline or ""
    people: dict[tuple[str, str], str] = {}
    for name in full_names(intro).values():
        words = name.split()
        people.setdefault((words[0], words[-1]), name)
    return next(iter(people.values())) if len(people) == 1 else None


def answers_named(text: str, turns: list[Turn], headline: str | None) -> list[Turn]:
    """The turns, the answers of a question-and-answer layout ("A:", "R:") given to the
    interviewee when the article names one."""
    if not any(t.speaker is None and t.label in _ANSWER_LETTERS for t in turns):
        return turns
    who = interviewee(text, turns, headline)
    if who is None:
        return turns
    return [attrs.evolve(t, speaker=who) if t.speaker is None and t.label in _ANSWER_LETTERS
            else t for t in turns]
