"""Names in an article: what a person's name looks like, its titles and possessives taken off,
and the fullest form the text gives for a surname."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from .._first_names import FEMALE, MALE
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


GIVEN_NAMES = FEMALE | MALE


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
    if len(words) >= 3 and words[0].lower() not in GIVEN_NAMES and words[0].lower() not in _ROYAL \
            and not re.fullmatch(r"(?:[A-Z]\.)+", words[0]):  # (an initial: "C. Eugene Steuerle")
        # "Bioinformatik Timothy Sackton" (German capitalises its nouns): the name starts at
        # a known given name
        for i in range(1, len(words) - 1):
            if words[i].lower() in GIVEN_NAMES:
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


class FullNames(dict[str, str]):
    """Surname -> the fullest person's name the text gives for it; ``mentions`` keeps, for a
    surname two people share ("Hieronymus Bosch" and "Adam Bosch"), where each was named in
    full, so that a bare surname can stand for the one named last before it."""

    def __init__(self) -> None:
        super().__init__()
        self.mentions: dict[str, list[tuple[int, str]]] = {}
        self.sentence_starts: dict[int, int] = {}  # a mention's offset -> its sentence's

    def named_before(self, surname: str, offset: int) -> str | None:
        """The person with that surname named in full last before ``offset``, when several
        share it; None when none was (or the surname is one person's)."""
        before = [(at, name) for at, name in self.mentions.get(surname, ()) if at < offset]
        if not before:
            return None
        at, name = before[-1]
        sentence = self.sentence_starts.get(at)
        if any(self.sentence_starts.get(other_at) == sentence and other != name
               for other_at, other in before[:-1]):
            return None  # "Donald Trump and Melania Trump arrived": either may be meant
        return name


def _people(text: str) -> list[tuple[int, str]]:
    """Every person's full name in ``text`` (two words or more), with its offset."""
    out = []
    for m in _NAME_SEQ.finditer(text):
        if " " not in m.group(0) and "\u00a0" not in m.group(0):
            continue  # one word: never a full name (and most runs are one word)
        name = _clean_name(_after_office(text[max(0, m.start() - 40) : m.start()], m.group(0)))
        if name and _person_like(name):
            out.append((m.start(), name))
    return out


def _index(people: list[tuple[int, str]]) -> tuple[dict[str, str], dict[str, list[tuple[int, str]]]]:
    """The fullest name per surname, and the surnames several people share with their
    mentions."""
    full: dict[str, str] = {}
    mentions: dict[str, list[tuple[int, str]]] = {}
    ambiguous: set[str] = set()  # "Donald Trump" and "Melania Trump": "Trump" stays as written
    for at, name in people:
        last = _surname(name)
        mentions.setdefault(last, []).append((at, name))
        known = full.get(last)
        if known is not None and not (_same_person(name, known) or _same_person(known, name)
                                      or _core(name) == _core(known)):
            ambiguous.add(last)
        elif len(name) > len(known or ""):
            full[last] = name
    for last in ambiguous:
        full.pop(last, None)
    return full, {last: mentions[last] for last in ambiguous}


# A capitalised word, and the one or two capitalised words after it ("Rick Fleming"): a name
# when the first is a known given name. Cheap enough to run inside every quote of a page.
_CAPITALISED = re.compile(r"(?<![\w’'-])[A-Z][a-z]+(?=\s+[A-Z])")
_NAME_AFTER_GIVEN = re.compile(r"[A-Z][a-z]+\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?![\w’'-])")


def _given_named_runs(text: str) -> list[tuple[int, str]]:
    """(offset, run) of every run of capitalised words that opens with a known given name."""
    out = []
    for m in _CAPITALISED.finditer(text):
        if m.group(0).lower() in GIVEN_NAMES:
            run = _NAME_AFTER_GIVEN.match(text, m.start())
            if run is not None:
                out.append((m.start(), run.group(0)))
    return out


# How far back a name's sentence start is looked for, and how many names are counted in the
# whole text (``named_alone``): bounds that keep a hostile page linear.
_LOOK_BACK = 1000
_MAX_COUNTED = 100


def named_alone(text: str, first: str, rest: str) -> bool:
    """Whether ``text`` names ``rest`` without the word ``first`` before it too ("Donald Trump"
    beside the heading "Why Donald Trump won")."""
    return text.count(rest) > text.count(f"{first} {rest}")


class _Page:
    """An article's text twice (as written, and with quoted words blanked, offsets kept), and
    the cached questions the name index asks of it."""

    def __init__(self, text: str) -> None:
        self.quoted = text
        self.text = _blank_quotes(text, True)
        self._lower: dict[str, bool] = {}
        self._alone: dict[tuple[str, str], bool] = {}

    def opens_sentence(self, at: int) -> bool:
        # (a bounded look back: a page of a million names must stay linear)
        before = self.text[max(0, at - _LOOK_BACK) : at].rstrip()
        return not before or before[-1] in ".!?:\n\"“”"

    def sentence_start(self, at: int) -> int:
        lo = max(0, at - _LOOK_BACK)
        return max(self.text.rfind(". ", lo, at), self.text.rfind("\n", lo, at))

    def in_lower_case(self, word: str) -> bool:
        if word not in self._lower:
            self._lower[word] = re.search(
                rf"(?<![\w’'-]){re.escape(word.lower())}(?![\w’'-])", self.quoted) is not None
        return self._lower[word]

    def named_alone(self, first: str, rest: str) -> bool:
        if (first, rest) not in self._alone:  # each pair counted once, and few pairs counted
            self._alone[(first, rest)] = len(self._alone) < _MAX_COUNTED and named_alone(
                self.quoted, first, rest)
        return self._alone[(first, rest)]


def runs_into_name(first: str, rest: str, written_lower: Callable[[str], bool],
                   written_alone: Callable[[str, str], bool]) -> bool:
    """Whether ``first``, a sentence's or a heading's first word, ran into the name ``rest``
    ("Why Donald Trump"): it is no given name, and the article also writes it in lower case,
    or ``rest`` is a full name that opens with a given name ("Longtime Donald Trump") or that
    the article writes without the word."""
    if first.lower() in GIVEN_NAMES:
        return False
    return written_lower(first) or (len(rest.split()) >= 2 and (
        rest.split()[0].lower() in GIVEN_NAMES or written_alone(first, rest)))


def _people_named(page: _Page) -> list[tuple[int, str]]:
    """The full names outside quotes, without a heading's or a sentence's first word run into
    them ("Why Donald Trump won" is Donald Trump: ``runs_into_name``)."""
    people = []
    for at, name in _people(page.text):
        first, _, rest = name.partition(" ")
        if page.opens_sentence(at) and _person_like(rest) \
                and runs_into_name(first, rest, page.in_lower_case, page.named_alone):
            at, name = at + len(first) + 1, rest
        people.append((at, name))
    return people


def _trusted(page: _Page, people: list[tuple[int, str]]) -> set[str]:
    """The names that are people's for certain: written inside a sentence at least once, or
    opening with a known given name (not "Whether Karenga", a sentence's first word)."""
    mid_sentence = {name for at, name in people if not page.opens_sentence(at)}
    return {name for _, name in people
            if name in mid_sentence or name.split()[0].lower() in GIVEN_NAMES}


def _named_inside_quotes(page: _Page) -> dict[str, str]:
    """Full names only a quote gives ("“Investor Advocate Rick Fleming said ...,” reports X"),
    by surname; only those that open with a known given name (inside quotes any sentence's
    first word runs into a name)."""
    found, _ = _index([(at, name) for at, run in _given_named_runs(page.quoted)
                       if page.text[at] == " " and _person_like(name := _clean_name(run))])
    return found


def _second_surnames(everyone: set[str]) -> dict[str, str]:
    """"Salinas" for "Guadalupe Salinas Hernández": Spanish and Portuguese names carry two
    surnames, and the text goes on with the first (never a word that is someone's first
    name)."""
    first_words = {name.split()[0] for name in everyone}
    out: dict[str, str] = {}
    for name in sorted(everyone):
        words = name.split()
        if len(words) >= 3 and not words[-1].endswith(".") and len(words[-2]) > 2 \
                and words[-2][:1].isupper() and words[-2].lower() not in _PARTICLES \
                and not words[-2].endswith(".") and words[-2] not in first_words:
            out.setdefault(words[-2], name)
    return out


def _first_names(everyone: set[str]) -> dict[str, str]:
    """"Martha added": a first name that only one person in the text has (people who share a
    surname count: "Dale Ford" beside "Mike Ford")."""
    firsts: dict[str, dict[tuple[str, str], str]] = {}  # first name -> person -> fullest name
    for name in everyone:
        words = name.split()
        if len(words) >= 2 and len(words[0]) > 2 and not words[0].endswith("."):
            person = firsts.setdefault(words[0], {})
            if len(name) > len(person.get(_core(name), "")):
                person[_core(name)] = name
    return {first: next(iter(named.values())) for first, named in firsts.items() if len(named) == 1}


def full_names(text: str) -> FullNames:
    """Surname -> the fullest person's name the text gives for it, computed once per text.
    Names inside quotes count only for a surname the rest of the text never writes out
    ("Pat Carlineo is passionate ...", says his lawyer, of Patrick W. Carlineo Jr.)."""
    page = _Page(text)
    people = _people_named(page)
    found, shared = _index(people)
    trusted = _trusted(page, people)
    full = FullNames()
    full.update(found)
    # a shared surname stands for one of the people named so ("Hieronymus Bosch", "Adam Bosch")
    full.mentions = {last: kept for last, seen in shared.items()
                     if (kept := [(at, name) for at, name in seen if name in trusted])}
    full.sentence_starts = {at: page.sentence_start(at)
                            for kept in full.mentions.values() for at, _ in kept}
    for last, name in _named_inside_quotes(page).items():
        if last not in full and last not in shared:
            full[last] = name
    # "Coach (Frank) Vogel": a first name an editor put in brackets, often inside a quote
    for m in re.finditer(r"\(([A-Z][a-z]+)\)\s+([A-Z][\w'’-]+)", page.quoted):
        name = f"{m.group(1)} {m.group(2)}"
        if len(name) > len(full.get(m.group(2), "")):
            full[m.group(2)] = name
    everyone = trusted | set(full.values())
    for extra in (_second_surnames(everyone), _first_names(everyone)):
        for key, name in extra.items():
            if key not in full and key not in shared:
                full[key] = name
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
