"""Who a pronoun, a surname or a description stands for: the person last named (never one the
text calls by the other pronoun), the organisation last named, whoever issued "the statement"."""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping

from .._first_names import FEMALE, MALE
from .names import (
    FullNames,
    _bare,
    _clean_name,
    _fullest,
    _given_named,
    _person_like,
    _same_person,
    _surname,
)
from .sentences import _blank_quotes
from .vocabulary import (
    _DETERMINERS,
    _KIN,
    _NAME_SEQ,
    _NOT_NAME_START,
    _ORG_NOUNS,
    _ORG_WORDS,
    _PLACE_OR_ORG,
    _PLURAL_PRONOUNS,
    _SAYING,
    _SPEAKER_NOUNS,
    _SPEECH_VERBS,
    PRONOUNS,
    UNSTATED_SUBJECT,
)

_HE = re.compile(r"\b(?:he|his|him|himself)\b", re.I)


_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)


def _other_gender(window: str, end: int, pronoun: str, name: str = "", context: str = "",
                  decided: dict[str, tuple[int, int]] | None = None) -> bool:
    """Whether the text calls that person by the other pronoun: right after this mention
    ("Joseph Minga ... He learned ..." is not who "she said" means), or after most of the
    person's mentions in ``context`` ("McDowell laughed ... his mom" is not "she"; at most
    twelve mentions read, the verdict kept in ``decided`` per surname)."""
    other = _HE if pronoun in ("she", "elle", "sie", "ella", "ela", "lei", "она") else (
        _SHE if pronoun in ("he", "il", "er", "él", "ele", "lui", "он") else None)
    if other is None:
        return False
    if _after_mention(window, end, other):
        return True
    surname = _surname(name) if name else ""
    if len(surname) < 3:
        return False
    # a given name that is one gender's ("Daniel Rothman" is not "she"), unless the text
    # itself says otherwise (one "her" after "Rothman reached out to" is an object, not him)
    given = name.split()[0].lower() if " " in name else ""
    named_other = given in (MALE if other is _HE else FEMALE)
    key = f"{other.pattern}|{surname}"  # the text's votes, kept per surname and pronoun
    if decided is not None and key in decided:
        votes_other, votes_same = decided[key]
        return (votes_other >= 2 and votes_same == 0) or (named_other and votes_same <= 1)
    same = _SHE if other is _HE else _HE
    nouns_other, nouns_same = (_MALE_NOUN, _FEMALE_NOUN) if other is _HE else (_FEMALE_NOUN, _MALE_NOUN)
    votes_other = votes_same = 0
    for m in itertools.islice(re.finditer(rf"\b{re.escape(surname)}\b", context), 12):
        before = context[max(0, m.start() - 45) : m.start()]  # "Steenburgen’s son, filmmaker Charlie"
        votes_other += _after_mention(context, m.end(), other) + 2 * bool(nouns_other.search(before))
        votes_same += _after_mention(context, m.end(), same) + 2 * bool(nouns_same.search(before))
    if decided is not None:
        decided[key] = (votes_other, votes_same)
    return (votes_other >= 2 and votes_same == 0) or (named_other and votes_same <= 1)


# A role that says which pronoun a person takes, written just before the name.
_MALE_NOUN = re.compile(r"\b(?:son|father|husband|brother|actor|man|boy|king|prince|uncle|nephew|"
                        r"grandfather|dad|boyfriend)\b[^.!?]{0,30}$", re.I)


_FEMALE_NOUN = re.compile(r"\b(?:daughter|mother|wife|sister|actress|woman|girl|queen|princess|aunt|"
                          r"niece|grandmother|mom|mum|girlfriend)\b[^.!?]{0,30}$", re.I)


def _after_mention(window: str, end: int, pronouns: re.Pattern[str]) -> bool:
    """Whether one of ``pronouns`` follows a mention ending at ``end``, before the next person
    is named."""
    following = window[end : end + 200]
    cut = len(following)
    for nxt in _NAME_SEQ.finditer(following, 1):  # up to the next person named
        first = nxt.group(0).split()[0].lower()
        if first not in PRONOUNS and first not in _NOT_NAME_START and first not in ("his", "her") \
                and following[nxt.end() : nxt.end() + 2] not in ("’s", "'s"):
            cut = nxt.start()
            break
    return pronouns.search(following[:cut]) is not None


def _nearest_person(text: str, before: int, names: Mapping[str, str], pronoun: str = "") -> str | None:
    """Who "he" or "she" is: the latest person who opens a sentence or is made to speak
    ("Michael Sims, chief of Ceres Robotics, said ..."); else the last person named. A
    person the text calls by the other pronoun is passed over."""
    # words inside quotes never stand for the speaker ("Matt has my Complete and Total
    # Endorsement"): quoted text is blanked, offsets kept
    # where the person's pronouns are counted, quoted words blanked once (offsets kept); the
    # candidates come from its last 800 characters
    start = max(0, before - 3000)
    context = _blank_quotes(text[start:before], start == 0 or text[start - 1] == "\n")
    window = context[-800:]
    decided: dict[str, tuple[int, int]] = {}
    candidates: list[tuple[int, int, str]] = []
    attributed = set()  # where a name is followed by its speech verb ("Trump tweeted")
    for m in _ATTRIBUTED.finditer(window):
        candidates.append((m.start(), m.end("who"), m.group("who")))
        attributed.add(m.start())
    for m in _ATTRIBUTED_AFTER.finditer(window):
        candidates.append((m.start("who"), m.end("who"), m.group("who")))
    for m in _SENTENCE_SUBJECT.finditer(window):
        candidates.append((m.start("who"), m.end("who"), m.group("who")))
    for m in _CLAUSE_SUBJECT.finditer(window):
        candidates.append((m.start("who"), m.end("who"), m.group("who")))
    for m in _ROLE_SUBJECT.finditer(window):
        candidates.append((m.start("who"), m.end("who"), m.group("who")))
    for begin, end, raw in sorted(candidates, reverse=True):
        name = _clean_name(raw)
        if not name or _other_gender(window, end, pronoun, _given_named(name, names), context, decided):
            continue
        if begin in attributed and " " not in name and name[1:].islower() and len(name) > 2 \
                and name.lower() not in PRONOUNS and name.lower() not in _NOT_NAME_START \
                and name.lower() not in ("it", "you", "his", "her", "its", "their", "our") \
                and _bare(name) not in _PLACE_OR_ORG and name.lower() not in _SPEAKER_NOUNS \
                and names.get(name, name) == name:
            return name  # "Trump tweeted ...": one who speaks, named by one word only
        full = _fullest(name, names)
        if _person_like(full) and _same_person(full, name):
            return full  # "Hawk Sawyer" -> "Kathleen Hawk Sawyer"
        if _person_like(name) or re.match(r"\s*[,—–]\s*who\b", window[end : end + 8]):
            return name  # "Tommy — who only goes by his first name": a person too
    for m in reversed(list(_NAME_SEQ.finditer(window))):
        if window[m.end() : m.end() + 2] in ("’s", "'s"):
            continue  # "Epstein’s accusers": not the subject
        if re.search(r"\b(?:an?|the|one|some)\s+$", window[max(0, m.start() - 5) : m.start()], re.I):
            continue  # "a Go-Kart Track": a thing, not a person's name
        name = _clean_name(m.group(0))
        if not name or _other_gender(window, m.end(), pronoun, _given_named(name, names), context, decided):
            continue
        full = _fullest(name, names)
        if _person_like(full) and _same_person(full, name):
            return full
        if _person_like(name):
            return name
    return None


_ATTRIBUTED = re.compile(
    rf"(?P<who>{_NAME_SEQ.pattern})(?:,[^,.]{{2,100}},)?\s+(?:also\s+)?(?:{_SPEECH_VERBS})(?![\w-])"
)


_ATTRIBUTED_AFTER = re.compile(  # "says Richard Locksley, an immunologist"
    rf"(?<![\w-])(?:{_SAYING})\s+(?:[a-z][\w-]*\s+){{0,4}}(?P<who>{_NAME_SEQ.pattern})"
    r"(?=\s*(?:[,.;:]|$))")  # not "He said Thomas is ...": there Thomas is spoken of


# "Wild defenseman Ryan Suter, who ...": a sentence opening with a role in lower case
_ROLE_SUBJECT = re.compile(
    r"(?:^|[.!?”\"]\s+|\n)(?:[A-Z][\w'’-]*\s+){0,2}(?:[a-z][\w-]*\s+)?"
    r"(?:coach|defenseman|defender|forward|winger|goalie|goalkeeper|midfielder|striker|"
    r"quarterback|pitcher|guard|linebacker|receiver|captain|spokesman|spokeswoman|"
    r"spokesperson|analyst|economist|professor|researcher|scientist|director|lawyer|"
    rf"attorney|officer|official|senator|minister|secretary|chief|president)\s+(?P<who>{_NAME_SEQ.pattern})")


_SENTENCE_SUBJECT = re.compile(rf"(?:^|(?<!\b[A-Z])[.!?]\s+|[”\"]\s+|\n)(?P<who>{_NAME_SEQ.pattern})(?<![’']s)(?![\w’'])")


# "To Lorenz’s delight, Hamilton would take ...": a clause's subject after an opening phrase
_CLAUSE_SUBJECT = re.compile(
    rf",\s+(?P<who>{_NAME_SEQ.pattern})(?<![’']s)\s+(?:would|will|had|has|was|is|did|could|"
    r"then|also|[a-z]{3,}ed)\b")


def _last_organisation(text: str, before: int, reach: int = 1500) -> str | None:
    """The organisation named most recently before ``before`` (at most ``reach`` characters
    back): a run of capitalised words that holds a word like Records, Coalition, Inc."""
    begin = max(0, before - reach)
    window = _blank_quotes(text[begin:before], begin == 0 or text[begin - 1] == "\n")
    for m in reversed(list(_NAME_SEQ.finditer(window))):
        words = m.group(0).split()
        # the subject of a verb ("Dick Clark Productions denied"), not an object ("agreed to
        # buy Activision Blizzard Inc. last year")
        if len(words) >= 2 and any(_bare(w) in _ORG_WORDS for w in words) \
                and re.match(r"\.?,?\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|[a-z]+s|said|which|who)\b",
                             window[m.end() :]):  # (", which regulates ..., issued")
            return m.group(0)
    return None


# "the president" -> the person last called "President ..." (or "Gov. ...", "Sen. ...").
# General vocabulary: offices with their abbreviations.
_TITLE_ABBREVIATIONS = {
    "president": "President", "governor": "Governor|Gov", "senator": "Senator|Sen",
    "mayor": "Mayor", "chancellor": "Chancellor", "ambassador": "Ambassador",
    "coach": "Coach", "judge": "Judge", "premier": "Premier", "sheriff": "Sheriff",
}


# A spokesperson of a named organisation speaks its words, in the languages of the speech
# verbs. (General vocabulary: the words for a spokesperson and their prepositions.)
_SPOKESPERSON = (r"(?:spokes(?:man|woman|person)|press (?:officer|secretary)|porte-parole|"
                 r"(?:pressesprecher|sprecher)(?:in)?|portavoz|porta-voz|portavoce|woordvoerder|"
                 r"talesperson|talsperson|rzecznik|rzeczniczka)")
# (the organisation must be named, capitalised: "a spokesman for the company" is no name)
_SPOKESPERSON_FOR = re.compile(
    rf"^(?i:an?|one|un|une|ein|eine|uno|una|um|uma|een|the)\s+(?i:{_SPOKESPERSON})\s+"
    r"(?:for|of|at|de la|de l’|de l'|du|des|de|von|vom|der|del|da|do|dos|das|di|della|"
    r"dello|van|för|dla)\s+(?P<org>(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:of|for|and|on|de|"
    r"du|des|der|für|del|da|do|di|della)?\s*[A-Z][\w’'&.-]*){0,6})$")
_ORGS_SPOKESPERSON = re.compile(
    rf"^(?:an?|one)\s+(?P<org>[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){{0,4}})\s+{_SPOKESPERSON}$")


def resolve_speaker(who: str, text: str, before: int, last_speaker: str | None,
                    names: Mapping[str, str]) -> str | None:
    """The speaker ``who`` stands for at offset ``before``: a pronoun -> the person named
    before it, "the company" / "the statement" / "the president" -> whom the text named so,
    a surname -> the full name; None when the text does not say."""
    if who in _PLURAL_PRONOUNS:
        return None  # "we" in the narrative: the writers, a group the text does not name
    if who in PRONOUNS:
        return _nearest_person(text, before, names, who)
    if who == UNSTATED_SUBJECT:
        return _nearest_person(text, before, names)
    if who == "it":
        # '“We advise the public ...,” it said in a statement.': the body that spoke in the
        # sentences just before ("The Food Standards Agency warned ..."), unless a document
        # or a sign was named since ('one carried a sign. “Pay us fairly,” it read.')
        body = _last_organisation(text, before, reach=600)
        if body is None or _IT_THING.search(text[text.rfind(body, 0, before) + len(body) : before]):
            return None
        return body
    spoke_for = _SPOKESPERSON_FOR.match(who) or _ORGS_SPOKESPERSON.match(who)
    if spoke_for:
        # "a spokesperson for the Foreign Office said", "a WeWork spokesperson said": the
        # organisation's words
        return spoke_for.group("org")
    first = who.split()[0]
    if first.lower() in _DETERMINERS or first[:1].islower():
        # "the leaders" after "leaders of NATO member countries": the same speaker
        words = who.lower().split()
        head = words[-1]
        if len(words) == 2 and last_speaker and head in last_speaker.lower().split()[:3]:
            return last_speaker
        country = len(words) == 3 and who.split()[1][:1].isupper()  # "the US President"
        if (len(words) == 2 or country) and words[0] == "the" and head in _TITLE_ABBREVIATIONS:
            # "the president said" after "President Donald Trump": that person
            titled = list(re.finditer(rf"(?<!Vice )(?<!Vice-)\b(?:{_TITLE_ABBREVIATIONS[head]})\.?\s+(?P<who>{_NAME_SEQ.pattern})",
                                      text[max(0, before - 3000) : before]))
            if titled:
                name = _clean_name(titled[-1].group("who"))
                full = _fullest(name, names)
                if _person_like(full):
                    return full
            if head not in _PERSON_ROLES:
                return who
        if len(words) == 2 and words[0] == "the" and head == "statement":
            # "the statement read": whoever was last said to issue a statement
            return _statement_issuer(text, before)
        if len(words) <= 3 and words[0] == "the" and head in _ORG_NOUNS:
            # "the company said", "the production company said": the organisation named before
            return _last_organisation(text, before)
        if len(words) == 2 and words[0] == "the" and head in _PERSON_ROLES:
            # "the director said" after "director J.C. Chandor" or "Jane Doe, the film's
            # director": the one person the text gave that role
            return _person_in_role(text, before, head, names) or who
        if len(words) == 2 and words[0] in ("his", "her", "their", "my", "our") and head in _KIN:
            # "her mother said" after "Fiona Parry, her mother" or "her mother, Fiona Parry"
            return _person_in_role(text, before, head, names) or who
        if len(words) == 2 and words[0] == "the":
            # "the spokesperson" after "a Customs and Border Protection spokesperson"
            found = re.findall(rf"\b([Aa]n?\s+(?:[A-Z][\w.&-]*\s+(?:and\s+|of\s+|for\s+)?){{1,6}}{re.escape(head)})\b",
                               text[max(0, before - 2000) : before])
            if found:
                return "a" + found[-1][1:] if found[-1][0] == "A" else found[-1]
        return who
    owner = re.match(r"(?P<owner>[A-Z][\w-]+)(?P<s>[’']s\s+[a-z][\w\s-]*)$", who)
    if owner:  # "Swift's rep" -> "Taylor Swift's rep"
        return _fullest(owner.group("owner"), names) + owner.group("s")
    if " " not in who and isinstance(names, FullNames):
        # a surname two people share: the one named in full last ("says Adam Bosch ...
        # said Bosch", after a Hieronymus Bosch painting)
        named = names.named_before(who, before)
        if named is not None:
            return named
    return _fullest(who, names)


# Roles that name one person ("the director", "the coach"), looked up by _person_in_role.
# (General vocabulary: roles that one person holds.)
_PERSON_ROLES = frozenset(
    """director coach manager chief spokesman spokeswoman spokesperson prosecutor officer
    minister secretary ceo chairman chairwoman founder owner actor actress singer author writer
    researcher scientist professor doctor lawyer attorney operator captain commissioner
    superintendent detective sergeant dispatcher filmmaker producer economist analyst""".split())


def _person_in_role(text: str, before: int, role: str, names: Mapping[str, str]) -> str | None:
    """The one person the 3,000 characters before ``before`` give ``role``: "director X",
    "Patrol Chief X" or "X, the team's head coach"; None when no one, or more than one person
    (an executive director and an assistant director), or not a full name."""
    window = _blank_quotes(text[max(0, before - 3000) : before], before <= 3000)
    found: set[str] = set()
    for m in re.finditer(rf"(?<![\w-])(?i:{role})\s+(?P<who>{_NAME_SEQ.pattern})", window):
        if not re.search(r"(?i:former|ex-|late|assistant|deputy|vice)\s*$", window[max(0, m.start() - 12) : m.start()]):
            found.add(m.group("who"))
    for m in re.finditer(rf"(?P<who>{_NAME_SEQ.pattern}),\s+(?:the|a|an|his|her|its|their)\s+"
                         rf"(?:(?!of\b|former\b|ex-|late\b)[\w’'-]+\s+){{0,3}}{role}(?![\w’'-])", window):
        found.add(m.group("who"))
    # "her mother, Fiona Parry,": the role, then the person set off by a comma
    for m in re.finditer(rf"\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[\w’'-]+\s+){{0,2}}{role},\s+"
                         rf"(?P<who>{_NAME_SEQ.pattern})", window):
        found.add(m.group("who"))
    people = {_fullest(_clean_name(who), names) for who in found}
    if len(people) != 1:
        return None
    full = people.pop()
    return full if _person_like(full) else None


_IT_THING = re.compile(r"\b(?:study|report|survey|sign|poll|letter|document|filing|"
                       r"analysis|paper|memo|note|notice|website|site|post|book|article|ad)\b", re.I)


_ISSUED_STATEMENT = re.compile(
    rf"(?P<a>{_NAME_SEQ.pattern})\s+(?:issued|released|put out|published|posted|shared|sent|"
    rf"said in)\s+(?:a|an|its)\s+(?:[\w-]+\s+){{0,2}}statement|"
    rf"statement (?:from|by) (?:the\s+)?(?P<b>{_NAME_SEQ.pattern})|"
    r"(?P<c>\b[Tt]he\s+(?:[A-Z][\w.]*\s+){1,3}[a-z]+)\s+said in (?:a|an|its)\s+(?:[\w-]+\s+){0,2}statement")


def _statement_issuer(text: str, before: int) -> str | None:
    """Who "the statement" belongs to: the last one the text says issued a statement."""
    found = list(_ISSUED_STATEMENT.finditer(text, max(0, before - 3000), before))
    if not found:
        return None
    last = found[-1]
    if last.group("c"):
        return "the" + last.group("c")[3:]  # "the US military"
    who = _clean_name(last.group("a") or last.group("b"))
    return who if len(who.split()) >= 2 else None
