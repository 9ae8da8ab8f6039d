"""Whether a speaker the attribution rules found can be one: a person, an organisation, or a
description the article gives. A wrong name is worse than none, so a candidate that fails any
rule below is dropped (the quote keeps no speaker). The rules, in order, each with what it
stops (tests/fields/test_speaker_candidates.py has their examples):

1. ``pronoun``: a pronoun left unresolved ("She", "You", "Someone").
2. ``contraction``: a verb form taken for a name ("Don’t", "He’d").
3. ``date``: a month or a weekday alone ("March", "Monday"; months of every language the
   date parser reads).
4. ``law``: the name of a law or treaty ("Communications Decency Act", "Loi Evin").
5. ``adjective``: a compound adjective ("Maryland-based", "Kremlin-backed").
6. ``common_word``: one word the article writes in lower case and never capitalised inside a
   sentence: a sentence's first word, not a name ("Might", "Otherwise", "Within").
7. ``place``: a name of up to three words the article puts after "in", "near", "outside" ...
   ("in Bristol", "near Santa Barbara’s campus") in at least half of its other mentions, and
   that names no person in it ("Bristol" said nothing; "in J.C. Chandor’s film" does not make
   a place of a person).

Before the rules, ``without_sentence_word`` takes a sentence's first word off a name it was
run into ("Why Donald Trump").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from ..dates.parse import MONTHS
from .names import GIVEN_NAMES, _fullest, named_alone, runs_into_name
from .vocabulary import _DETERMINERS, _SPEAKER_NOUNS, PRONOUNS

__all__ = ["RULES", "rejection", "without_sentence_word"]

# General vocabulary: pronouns and indefinite pronouns that can open an attribution, in the
# languages of the speech verbs (unresolved, they name no one).
_NO_ONE = PRONOUNS | {"i", "you", "it", "someone", "somebody", "others", "everyone", "everybody",
                      "nobody", "anyone", "one", "on", "man", "alguien", "qualcuno", "jemand",
                      "quelqu'un", "quelqu’un", "alguém"}
_CONTRACTION = re.compile(r"[’'](?:t|d|ll|re|ve|m)$", re.I)
# General vocabulary: weekday names of the languages the date parser reads.
_WEEKDAYS = frozenset("""monday tuesday wednesday thursday friday saturday sunday lundi mardi
    mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag samstag
    sonntag lunes martes miércoles jueves viernes sábado domingo lunedì martedì mercoledì giovedì
    venerdì sabato domenica segunda terça quarta quinta sexta maandag dinsdag woensdag donderdag
    vrijdag zaterdag zondag""".split())
# General vocabulary: the words that name a law, a treaty or a legal code, in the languages of
# the corpora, as the last word of its name ("... Decency Act", "... Accord").
_LAW_WORDS = frozenset("""act acts law laws bill amendment amendments directive treaty accord
    convention code constitution regulation statute ordinance decree gesetz verordnung loi décret
    ley decreto lei legge""".split())
_COMPOUND_ADJECTIVE = re.compile(
    r"^[\w.]+-(?:based|led|backed|born|owned|run|funded|linked|affiliated|controlled|made|"
    r"style|area|bound|wide)$", re.I)
# General vocabulary: the prepositions that put a place after them ("in Bristol", "near Lyon").
_LOCATIVE = r"(?:in|near|outside|inside|across|throughout|around|en|dans|près de|à|im|nahe|em|nel|nella)"


def _pronoun(speaker: str, text: str, names: Mapping[str, str]) -> bool:
    return speaker.lower() in _NO_ONE


def _contraction(speaker: str, text: str, names: Mapping[str, str]) -> bool:
    return " " not in speaker and bool(_CONTRACTION.search(speaker))


def _date(speaker: str, text: str, names: Mapping[str, str]) -> bool:
    word = speaker.lower().strip(".")
    return " " not in word and (word in MONTHS or word in _WEEKDAYS)


def _law(speaker: str, text: str, names: Mapping[str, str]) -> bool:
    words = speaker.split()
    return len(words) >= 2 and words[-1][:1].isupper() and words[-1].lower() in _LAW_WORDS or (
        len(words) >= 2 and words[0].lower() in ("loi", "ley", "lei", "legge", "gesetz"))


def _adjective(speaker: str, text: str, names: Mapping[str, str]) -> bool:
    return " " not in speaker and bool(_COMPOUND_ADJECTIVE.match(speaker))


def _common_word(speaker: str, text: str, names: Mapping[str, str]) -> bool:
    if " " in speaker or not speaker[:1].isupper() or speaker in names.values() or \
            speaker.lower() in _SPEAKER_NOUNS:  # "Prosecutors said": a description
        return False
    word = re.escape(speaker)
    lower = re.search(rf"(?<![\w’'-]){word.lower()}(?![\w’'-])", text)
    if lower is None:
        return False
    # capitalised inside a sentence: after a lower-case word or a comma, not after a stop
    inside = re.search(rf"(?:[a-zà-ÿ,;]\s+){word}(?![\w’'-])", text)
    return inside is None


_LOCATIVE_BEFORE = re.compile(rf"\b{_LOCATIVE}\s+$")


def _place(speaker: str, text: str, names: Mapping[str, str]) -> bool:
    if len(speaker.split()) > 3 or not all(w[:1].isupper() for w in speaker.split()) \
            or speaker in names:
        return False
    first = speaker.split()[0]
    person = speaker in names.values() and (first.lower() in GIVEN_NAMES or re.fullmatch(
        r"(?:[A-Z]\.)+", first) is not None)
    # its mentions (a plain text search: no pattern to compile per speaker), and those after a
    # locative preposition: "near Santa Barbara’s campus" with a possessive too, unless it is
    # a person's name ("in J.C. Chandor’s film")
    located = mentions = 0
    at = text.find(speaker)
    while at != -1:
        end = at + len(speaker)
        nxt, nxt2, nxt3 = text[end : end + 1], text[end + 1 : end + 2], text[end + 2 : end + 3]
        if (at == 0 or not _word_char(text[at - 1], "’'-")) and not _word_char(nxt, "-"):
            mentions += 1
        plain_end = not _word_char(nxt, "’'-")
        possessive = not person and nxt in ("’", "'") and nxt2 == "s" and not _word_char(nxt3)
        if (plain_end or possessive) and _LOCATIVE_BEFORE.search(text[max(0, at - 16) : at]):
            located += 1
        at = text.find(speaker, end)
    # most of its other mentions put it after a locative preposition ("in Trump Tower" once
    # does not make "Trump" a place)
    return located > 0 and 2 * located >= mentions - 1


def _word_char(char: str, also: str = "") -> bool:
    return bool(char) and (char.isalnum() or char == "_" or char in also)


#: The rules in order: (name, the test that rejects).
RULES: tuple[tuple[str, Callable[[str, str, Mapping[str, str]], bool]], ...] = (
    ("pronoun", _pronoun),
    ("contraction", _contraction),
    ("date", _date),
    ("law", _law),
    ("adjective", _adjective),
    ("common_word", _common_word),
    ("place", _place),
)


def without_sentence_word(speaker: str, text: str, names: Mapping[str, str]) -> str:
    """The speaker without a sentence's or a heading's first word run into the name: "Why
    Donald Trump", "Ask Damien Chazelle", "Replied Stephen" (then Stephen Jones, as the
    article names him). The word goes when it is no given name and the article also writes it
    in lower case, or names the person without it; a determiner stays ("One Nevada Democrat"
    is a description)."""
    words = speaker.split()
    first = words[0]
    if len(words) < 2 or not first[:1].isupper() or first.lower() in _DETERMINERS \
            or first.endswith(".") or not runs_into_name(
                first, " ".join(words[1:]),
                lambda word: re.search(rf"(?<![\w’'-]){re.escape(word.lower())}(?![\w’'-])",
                                       text) is not None,
                lambda word, rest: named_alone(text, word, rest)):
        return speaker
    if any(not w[:1].isupper() for w in words[1:]) or re.search(
            rf"(?<![.!?:\n“\"\s])\s+{re.escape(speaker)}(?![\w-])", text):
        return speaker  # a description ("Federal prosecutors"), or a name the article writes
        # inside its sentences too ("in New Zealand")
    rest = " ".join(words[1:])
    return rest if " " in rest else _fullest(rest, names)


def rejection(speaker: str, text: str, names: Mapping[str, str]) -> str | None:
    """The name of the first rule that rejects ``speaker`` in ``text``, or None when it may
    stand. ``names``: the article's full names by surname (speakers.full_names)."""
    for name, rejects in RULES:
        if rejects(speaker, text, names):
            return name
    return None
