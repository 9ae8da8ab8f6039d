"""The rules a speaker candidate must pass (speakers/candidates.py), each with what it stops
and what it lets through; and a scan of every corpus page's quotes for speakers of the kinds
that are never right."""

from __future__ import annotations

import re

import pytest

import articlekit
from articlekit.fields.speakers.candidates import RULES, rejection

TEXT = ("Officials in Bristol said the plan was ready. Might the council agree? It might, otherwise. "
        "Jane Doe, a Maryland-based lawyer, spoke on Monday about the Communications Decency "
        "Act. Otherwise, nothing changed, said Doe. The company, Acme, said it agreed. Six died "
        "near Santa Barbara’s campus. Her Santa Barbara home is quiet. In J.C. Chandor’s film "
        "J.C. Chandor is proud.")
NAMES = {"Doe": "Jane Doe", "Barbara": "Santa Barbara", "Chandor": "J.C. Chandor"}


@pytest.mark.parametrize("speaker, rule", [
    ("She", "pronoun"), ("you", "pronoun"), ("Someone", "pronoun"),
    ("Don’t", "contraction"), ("He’d", "contraction"),
    ("Monday", "date"), ("March", "date"), ("Mittwoch", "date"),
    ("Communications Decency Act", "law"), ("Loi Evin", "law"),
    ("Maryland-based", "adjective"),
    ("Might", "common_word"), ("Otherwise", "common_word"),
    ("Bristol", "place"), ("Santa Barbara", "place"),
])
def test_what_each_rule_stops(speaker, rule):
    assert rejection(speaker, TEXT, NAMES) == rule


@pytest.mark.parametrize("speaker", [
    "Jane Doe", "Doe", "Acme", "the company", "a police spokesman", "Bill Clinton",
    "Stephen March", "The Arab League", "J.C. Chandor",
])
def test_what_they_let_through(speaker):
    assert rejection(speaker, TEXT, NAMES) is None


def test_rules_are_named_and_ordered():
    assert [name for name, _ in RULES] == ["pronoun", "contraction", "date", "law", "adjective",
                                           "common_word", "place"]


_NEVER = re.compile(
    r"^(?:he|she|they|we|i|you|it|someone|others)$"  # a pronoun
    r"|^\S+[’'](?:t|d|ll|re|ve)$"  # a contraction
    r"|^\S+-(?:based|led|backed|born)$"  # a compound adjective
    r"|\s(?:Act|Law|Treaty|Amendment|Directive)$"  # a law
    r"|^(?:january|february|march|april|june|july|august|september|october|november|december|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)$",  # a date
    re.I)


def test_no_corpus_page_gives_a_speaker_that_is_never_right(parsed_corpora):
    bad = [f"{page}: {q.speaker!r}" for page, article in parsed_corpora.items()
           if isinstance(article, articlekit.Article)
           for q in article.quotes if q.speaker and _NEVER.search(q.speaker)]
    assert len(parsed_corpora) > 600 and not bad, bad


@pytest.mark.parametrize("speaker, text, kept", [
    ("Why Donald Trump", "Why Donald Trump won\n\nDonald Trump spoke on Monday.", "Donald Trump"),
    ("Ask Damien Chazelle", "Ask Damien Chazelle. You may ask anyone.", "Damien Chazelle"),
    ("Replied Stephen", "Replied Stephen, at once. He replied again.", "Stephen Jones"),
    ("Singer-guitarists Tom Johnston", "Singer-guitarists Tom Johnston spoke.", "Tom Johnston"),
    # kept: a given name, a determiner, a description, a name written inside sentences
    ("Mark Jones", "Mark Jones spoke. We mark the day.", "Mark Jones"),
    ("One Nevada Democrat", "One Nevada Democrat asked. Only one.", "One Nevada Democrat"),
    ("Federal prosecutors", "Federal prosecutors said so. It is federal.", "Federal prosecutors"),
    ("New Zealand", "New Zealand said no. Ships sail to New Zealand. It is new.", "New Zealand"),
    ("Ellie Hall", "Ellie Hall wrote. The hall was full. City Hall agreed.", "Ellie Hall"),
])
def test_without_sentence_word(speaker, text, kept):
    from articlekit.fields.speakers import without_sentence_word

    assert without_sentence_word(speaker, text, {"Stephen": "Stephen Jones"}) == kept
