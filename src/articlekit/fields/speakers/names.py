"""Names in an article: what a person's name looks like, its titles and possessives taken off,
and the fullest form the text gives for a surname."""

from __future__ import annotations

import re
from collections.abc import Mapping

from .sentences import _blank_quotes
from .vocabulary import (
    _NAME_SEQ,
    _NOT_NAME_START,
    _PLACE_OR_ORG,
    _ROYAL,
    _TITLES,
    PLATFORM_BEFORE_NAME,
    PRONOUNS,
)

# General vocabulary: German writes titles as compounds: "Bausenator", "Innenministerin", "Polizeisprecher".
_TITLE_ENDINGS = ("senator", "senatorin", "minister", "ministerin", "präsident", "präsidentin",
                  "sprecher", "sprecherin", "chef", "chefin", "leiter", "leiterin", "meister",
                  "meisterin", "direktor", "direktorin", "vorsitzender", "vorsitzende")


def _drop_titles(name: str) -> str:
    """"Israeli Prime Minister Benjamin Netanyahu", "Sen. Mark Delaney" -> the person's name.

    Everything up to the last title word goes; royal titles stay ("Prince Andrew")."""
    words = name.split()
    # "When ...", "Hosting Cook, ...": a sentence's first word, capitalised, before the name
    start = 0
    while start < len(words) and (
            words[start].lower() in _NOT_NAME_START
            or (len(words) - start >= 2 and len(words[start]) > 5 and words[start].endswith("ing"))):
        start += 1
    words = words[start:]
    cut = 0
    for i, w in enumerate(words[:-1]):
        low = w.lower().rstrip(".")
        if (i > 0 and re.fullmatch(r"[A-Z]\.", w)) or re.fullmatch(r"(?:[A-Z]\.){2,3}", w):
            continue  # "Robert M. Danin", "J.C. Chandor": initials, not the French "M."
        if (low in _TITLES and low not in _ROYAL) or (len(low) > 8 and low.endswith(_TITLE_ENDINGS)) or (w.endswith(".") and 2 <= len(w) <= 5
                                                      and not re.fullmatch(r"[A-Z]\.", w)):
            cut = i + 1
    rest = words[cut:]
    if len(rest) == 1 and cut:
        return rest[0]  # "Mayor Smith": a surname, resolved from the rest of the article
    return " ".join(rest)


# General vocabulary: name particles.
_PARTICLES = frozenset("de da van von der den del della di du dos al bin la le ter".split())


def _clean_name(raw: str) -> str:
    """A name as a speaker: no possessor, no title ("NASA's Administrator Jim Bridenstine"),
    and from a long run of capitalised words only the name at its end."""
    name = _drop_titles(_strip_possessor(PLATFORM_BEFORE_NAME.sub("", raw.strip())))
    suffix = re.search(r",?\s+(Jr|Sr)\.?$", name)
    if suffix and len(name[: suffix.start()].split()) >= 2:
        # "Patrick Carlineo Jr.": the suffix belongs to the name
        core_name = _shortened(name[: suffix.start()].rstrip(" ,"))
        return f"{core_name} {suffix.group(1)}." if " " in core_name else core_name
    return _shortened(name)


def _shortened(name: str) -> str:
    """From a long run of capitalised words only the name at its end."""
    words = name.split()
    core = [w for w in words if w.lower() not in _PARTICLES]
    if len(core) > 3:
        # "Public Prosecution Eva-Marie Persson": keep the last two words (and particles)
        keep = 0
        for i in range(len(words) - 1, -1, -1):
            if words[i].lower() not in _PARTICLES:
                keep += 1
            if keep == 2:
                return " ".join(words[i:])
    return name


def _bare(word: str) -> str:
    """A word for lookups: lower case, without a possessive or surrounding punctuation."""
    word = word.lower().strip(".,;:")
    return word[:-2] if word.endswith(("’s", "'s")) else word


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _person_like(name: str) -> bool:
    """Two to four capitalised words, none a place or organisation word, none in capitals
    throughout ("GET OUT", "JAMA Psychiatry" are not people)."""
    words = name.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() or w.lower() in _PARTICLES for w in words) \
        and not any(_bare(w) in _PLACE_OR_ORG or w.lower() in _WEEKDAYS
                    or (len(w.strip(".,’'")) >= 2 and w.strip(".,’'").isupper()
                        and not re.fullmatch(r"(?:[A-Z]\.)+", w)) for w in words)  # "J.C." is initials


def _strip_possessor(name: str) -> str:
    """"NASA's Steve Clarke" -> "Steve Clarke"; "Stevens’" (a possessive) -> "Stevens"."""
    parts = re.split(r"[’']s\s+|(?<=s)[’']\s+", name)
    if len(parts) > 1 and parts[-1]:
        return parts[-1]
    if name.endswith(("’s", "'s")):
        return name[:-2]
    return name[:-1] if name.endswith(("s’", "s'")) else name


_OFFICE_OF = re.compile(
    r"\b(?:ambassador|envoy|adviser|advisor|consul|minister|secretary|governor|mayor|president|"
    r"chairman|chairwoman|director|head|chief|representative|senator|coach|manager|delegate)"
    r"\s+(?:to|of|for|in|at)\s+$", re.I)


def _after_office(prefix: str, run: str) -> str:
    """"ambassador to Britain Liu Xiaming", "envoy to Ukraine Kurt Volker": the run of
    capitals after an office and its preposition starts with the place, not the name."""
    words = run.split()
    if len(words) == 3 and _OFFICE_OF.search(prefix):
        return " ".join(words[1:])
    return run


def full_names(text: str) -> dict[str, str]:
    """Surname -> the fullest person's name the text gives for it, computed once per text.
    Names inside quotes do not count ("Pat Carlineo is passionate ...", says his lawyer)."""
    quoted, text = text, _blank_quotes(text, True)
    full: dict[str, str] = {}
    ambiguous: set[str] = set()  # "Donald Trump" and "Melania Trump": "Trump" stays as written
    for m in _NAME_SEQ.finditer(text):
        if " " not in m.group(0) and "\u00a0" not in m.group(0):
            continue  # one word: never a full name (and most runs are one word)
        name = _clean_name(_after_office(text[max(0, m.start() - 40) : m.start()], m.group(0)))
        if name and _person_like(name):
            last = _surname(name)
            known = full.get(last)
            if known is not None and not (_same_person(name, known) or _same_person(known, name)
                                          or _core(name) == _core(known)):
                ambiguous.add(last)
            elif len(name) > len(known or ""):
                full[last] = name
    # "Coach (Frank) Vogel": a first name an editor put in brackets, often inside a quote
    for m in re.finditer(r"\(([A-Z][a-z]+)\)\s+([A-Z][\w'’-]+)", quoted):
        name = f"{m.group(1)} {m.group(2)}"
        if len(name) > len(full.get(m.group(2), "")):
            full[m.group(2)] = name
    for last in ambiguous:
        full.pop(last, None)
    # "Martha added": a first name that only one person in the text has, and no one's surname
    firsts: dict[str, set[str]] = {}
    for name in full.values():
        words = name.split()
        if len(words) >= 2 and len(words[0]) > 2 and not words[0].endswith("."):
            firsts.setdefault(words[0], set()).add(name)
    for first, people in firsts.items():
        if len(people) == 1 and first not in full:
            full[first] = people.pop()
    return full


def _fullest(name: str, names: Mapping[str, str]) -> str:
    """A surname or a name with a title, as the article names the person in full (never a
    pronoun: "He" is not Liu He)."""
    if not name or name.lower() in PRONOUNS:
        return name
    return names.get(_surname(name), name)


def _given_named(name: str, names: Mapping[str, str]) -> str:
    """The name with its given name: as written when it has one ("Bill Clinton", never the
    "Hillary Clinton" its surname may stand for), else the fullest form of the surname."""
    return name if " " in name else _fullest(name, names)


def _same_person(full: str, name: str) -> bool:
    """Whether ``full`` is ``name`` written out: "Kathleen Hawk Sawyer" for "Hawk Sawyer",
    "Patrick Carlineo Jr." for "Carlineo"."""
    # (case aside: "De Miranda" opening a sentence is "Luis de Miranda")
    return full == name or full.lower().endswith(f" {name.lower()}") or (
        " " not in name and _surname(full) == name)


def _core(name: str) -> tuple[str, str]:
    """First and last name without initials or suffix: "Patrick W. Carlineo" and "Patrick
    Carlineo Jr." are one person."""
    words = [w for w in name.split() if not re.fullmatch(r"[A-Z]\.?|Jr\.?|Sr\.?", w)]
    return (words[0], words[-1]) if words else ("", "")


def _surname(name: str) -> str:
    """The word a person is looked up by: the last one, before a "Jr." or "Sr."."""
    words = name.split()
    return words[-2] if len(words) >= 2 and words[-1] in ("Jr.", "Sr.", "Jr", "Sr") else words[-1]
