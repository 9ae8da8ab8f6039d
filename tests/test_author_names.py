"""Every author name articlekit extracts from every page of the corpora reads as a person's
name: no role, desk, interface text or lead-in left in it, no digits, no name twice.

The word lists here are the test's own (not the extractor's), so that a word the extractor
does not know still fails the scan.
"""

from __future__ import annotations

import re

import pytest

# Words that are never part of a person's name in a byline: roles, desks, interface text,
# lead-ins, in the languages of the corpora and of the issue that asked for this scan.
FORBIDDEN = frozenset(
    """by von par por door przez av af автор written posted reported kommentar ein
    reporter correspondent corresponsal correspondant korrespondent editor redakteur
    redakteurin leitender wirtschaftsredakteur redactor rédacteur journalist journaliste
    periodista columnist staff writer contributor deputy chief senior
    lifestyle education politics sport sports travel opinion business news desk hub content
    sign login logout subscribe abonnieren anmelden abo zeitung digitale přihlaste
    discussions comments comment follow profile share print email more all view other
    author authors updated published""".split()
)
_WORD = re.compile(r"[\w'’.-]+")


def _problems(name: str) -> list[str]:
    words = [w.lower().strip(".") for w in _WORD.findall(name)]
    found = [w for w in words if w in FORBIDDEN]
    if re.search(r"\d|@|https?:", name):
        found.append("digit, handle or URL")
    half = len(words) // 2
    if len(words) >= 4 and len(words) % 2 == 0 and words[:half] == words[half:]:
        found.append("the same name twice")
    return found


def test_no_extracted_author_name_carries_roles_desks_or_interface_text(parsed_corpora):
    bad = {}
    for page_id, article in parsed_corpora.items():
        for name in getattr(article, "authors", ()):
            problems = _problems(name)
            if problems:
                bad[f"{page_id}: {name!r}"] = problems
    assert not bad, bad


def test_no_page_has_the_same_author_twice(parsed_corpora):
    for page_id, article in parsed_corpora.items():
        folded = [n.casefold() for n in getattr(article, "authors", ())]
        assert len(folded) == len(set(folded)), (page_id, folded)


@pytest.mark.parametrize(
    "name",
    ["Holger Zschäpitz Leitender Wirtschaftsredakteur", "Marta Cañete Corresponsal",
     "Martin Gramnæs Martin Gramnæs", "Anmelden Digitale Zeitung Abonnieren Abo",
     "Kommentar von Jan Sellner", "Jane Doe 2 hours ago"],
)
def test_the_scan_catches_the_known_failure_classes(name):
    assert _problems(name)
