"""Who said a quote: the attribution next to it, and the person a pronoun, a surname or a
description ("the company", "the president") stands for.

Works on ``body.text`` and the offsets of a quote found by ``quotes.py``. In order of trust:
1. an attribution inside the marks («…, – пожаловалась Петрова. – …»);
2. the attribution after the quote in its sentence (", Jane Doe said", ", said Jane Doe",
   ", according to X"), then the one before it ("Jane Doe told reporters: “");
3. the voice of the sentence before, when the quote's own sentence names no one.
A pronoun resolves to the person last named (never one the text calls by the other pronoun), a
surname to the fullest form of the name in the text, "the statement" to whoever issued one,
"the company" to the organisation last named. No guess otherwise: None.

The package, in the order a speaker is found:
- ``vocabulary``: speech verbs and attribution phrases of each language, pronouns, titles,
  speaker nouns, and the patterns built on them;
- ``sentences``: sentence boundaries around a quote;
- ``names``: what a person's name looks like, and the fullest form the text gives for one;
- ``attribution``: the attribution next to a quote and the speaker it names as written;
- ``reported``: attributions inside the marks and reported speech;
- ``coreference``: who a pronoun, a surname or a description stands for;
- ``candidates``: whether what was found can be a speaker at all (never a place, a pronoun
  left unresolved, a contraction, a date, a law, an adjective or a common word);
- ``interview``: an interview laid out as labelled turns ("Kühnert: ...", "Q: ... A: ..."),
  whose turns are their speakers' words without quotation marks.
"""

from __future__ import annotations

from .attribution import attribution_near
from .candidates import rejection, without_sentence_word
from .coreference import resolve_speaker
from .names import FullNames, full_names
from .reported import embedded_attribution, reported_speaker
from .sentences import ends_sentence
from .vocabulary import PRONOUNS, SPEECH_VERB

__all__ = [
    "FullNames",
    "ends_sentence",
    "PRONOUNS",
    "SPEECH_VERB",
    "attribution_near",
    "embedded_attribution",
    "full_names",
    "rejection",
    "reported_speaker",
    "resolve_speaker",
    "without_sentence_word",
]
