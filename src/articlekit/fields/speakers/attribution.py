"""The attribution next to a quote: the phrase before or after it, and the speaker it names
as written ("he", "Smith", "the company", "a police spokesman")."""

from __future__ import annotations

import re
from collections.abc import Mapping

from .names import (
    _after_office,
    _bare,
    _clean_name,
    _drop_titles,
    _fullest,
    _person_like,
    _strip_possessor,
)
from .sentences import _QUOTED, _clause_after, _sentence_before, ends_sentence
from .vocabulary import (
    _ACCORDING_AT_END,
    _ACCORDING_CLOSING,
    _ACCORDING_IN_SENTENCE,
    _ACCORDING_THEN_REST,
    _ASIDE_ATTRIBUTION,
    _ATTRIBUTION_CLOSING,
    _BEFORE_VERB,
    _DETERMINERS,
    _DIRECT_ATTRIBUTION,
    _INTRODUCES_NEXT,
    _KIN,
    _LEAD_IN,
    _NAME_AFTER_QUOTE,
    _NAME_AFTER_ROLE,
    _NAME_AT_END,
    _NAME_OF_PLACE,
    _NAME_SEQ,
    _NAME_THEN_WORD,
    _NO_NAMES,
    _NOT_A_SUBJECT,
    _NOT_NAME_START,
    _ORG_NOUNS,
    _ORG_RUN_AT_END,
    _ORG_WORDS,
    _PLACE_OR_ORG,
    _QUOTED_AS_SAYING,
    _SAYS,
    _SENT_BY,
    _SPEAKER_NOUNS,
    _SPEAKS_FOR,
    _SPEECH_VERBS,
    _TITLES,
    _VERB_THEN_REST,
    PRONOUNS,
    SPEECH_VERB,
    UNSTATED_SUBJECT,
)

# A description and then, set off by commas, the first name alone ("her mother, Fiona,"):
# the first name is who speaks, written out from the rest of the article.
_DESCRIBED_THEN_FIRST_NAME = re.compile(
    r"(?:^|\s)(?:his|her|their|my|our|the|a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?,\s*"
    r"(?P<name>[A-Z][a-z’'-]+),\s*$")

# A relative of someone named, then the relative's first name ("Stevens’ mother, Janet,").
_KIN_THEN_FIRST_NAME = re.compile(
    r"^(?:his|her|their|[A-Z][\w-]*(?:[’']s|(?<=s)[’']))\s+"
    rf"(?:{'|'.join(sorted(_KIN, key=len, reverse=True))}),\s+(?P<name>[A-Z][a-z’'-]+)\s*(?:[,.;:]|$)")

# Indefinite articles: what follows describes someone unnamed ("a Michigan Republican").
_INDEFINITE = frozenset("a an one another un une ein eine einer uno una um uma".split())

# A speech verb and nothing else up to the sentence's end, after a perfect's auxiliary
# (Italian "ha spiegato", Portuguese "tem dito"): the languages that leave the subject out.
_VERB_ALONE = re.compile(rf"(?:(?:ha|hanno|è|tem|têm|hat)\s+)?(?:{_SPEECH_VERBS})\s*(?:[.!?…]|$)")

_ROLE_THEN_NAME = re.compile(
    rf"^(?:the|a|an|o|os|as|el|la|los|las|le|les|il|lo|der|die|das|de|het)\s+[^,“”\"«»]{{3,80}},\s+"
    rf"(?P<name>{_NAME_SEQ.pattern})\s*(?:[.,;:]|$)")


def _who(phrase: str, at_end: bool) -> str | None:
    """The speaker named in an attribution phrase: a name, a pronoun or a short description.

    ``at_end``: the speaker closes the phrase ("..., Mayor Jane Doe" before "said");
    otherwise it opens it ("Jane Doe, the mayor" after "said").
    """
    suffix = re.search(r",?\s+(Jr|Sr)\.?\s*$", phrase) if at_end else None
    if suffix:  # "U.S. Attorney James Kennedy Jr. said"
        who = _who_in(phrase[: suffix.start()], at_end)
        return f"{who} {suffix.group(1)}." if who and " " in who and who[:1].isupper() else who
    who = _who_in(phrase, at_end)
    if who is not None and who.rstrip(".").lower() in _TITLES | {"jr", "sr"}:
        return None  # "said Jr.", "said Sen.": a title or a suffix alone names no one
    return who


def _who_in(phrase: str, at_end: bool) -> str | None:
    # "State Sen. Michael Doherty (R-Warren) said": the party and district go
    phrase = re.sub(r"\s*\((?:[RDI]|Rep|Dem|Lab|Con|Lib|Ind)-[\w. ]{1,20}\)", "", phrase)
    # "he’d respond", "she’ll say": the pronoun without its auxiliary
    phrase = re.sub(r"\b([Hh]e|[Ss]he|[Tt]hey)[’'](?:d|ll)\b", r"\1", phrase)
    # "the 14th-ranked Schwartzman", "the 56-year-old Smith": a descriptor before the name
    phrase = re.sub(r"^\s*(?:the|a|an)\s+(?:[\w-]*\d[\w-]*\s+)+(?=[A-Z])", "", phrase, flags=re.I)
    phrase = " ".join(w for w in phrase.split() if not re.search(r"\d", w)).strip(" ,;:—–-(")
    for _ in range(3):
        phrase = _LEAD_IN.sub("", phrase)
    if not at_end:
        # "said the coordinator of the municipal Civil Defence, Marcelo Tavares": a role and
        # then, set off by a comma, the person who holds it (in any language's word order)
        named = _ROLE_THEN_NAME.match(phrase)
        if named:
            name = _clean_name(named.group("name"))
            if _person_like(name):
                return name
        kin = _KIN_THEN_FIRST_NAME.match(phrase)
        if kin and _bare(kin.group("name")) not in _PLACE_OR_ORG \
                and kin.group("name").lower() not in _NOT_NAME_START:
            return kin.group("name")  # "said Stevens’ mother, Janet, who ...": Janet (Stevens)
        phrase = re.split(r",|\(|—|–| who | which | and (?=[a-z])| when | while | after | as ", phrase)[0].strip()
    # "Paganini and his team wrote": the named lead speaks for the team
    phrase = re.sub(r"\s+and\s+(?:his|her|their)\s+(?:team|colleagues|co-?authors|co-?workers)$", "", phrase)
    if at_end and len(phrase.split()) > 14:
        # "That was when Apple shipped ... and Steve Jobs said": only a person's full name
        # right before the verb is the subject of so long a phrase
        tail = _NAME_AT_END.search(" ".join(phrase.split()[-6:]))
        name = _clean_name(tail.group(0)) if tail and " " in tail.group(0).strip() else ""
        return name if _person_like(name) else None
    if not phrase or len(phrase.split()) > 14:
        return None
    if re.search(r"\b(?:and|or|but|that|which|who|to|of|for|with)$", phrase):
        return None  # a clause cut in the middle, not a speaker
    words = phrase.split()
    if words[0] in ("The", "the") and 2 <= len(words) <= 10 and all(
            w[:1].isupper() or w in ("of", "for", "and", "on", "de") for w in words[1:]):
        return phrase  # an institution: "The Arab League", "The Swedish Prosecution Authority"
    if words[0].lower() in _INDEFINITE and 2 <= len(words) <= 5 and all(
            w[:1].isupper() for w in words[1:]) and _bare(words[-1]) not in _PLACE_OR_ORG:
        # "a Michigan Republican said", "said an Iowa Democrat": someone unnamed, described by
        # capitalised words (a party, a people), which are no one's name
        return phrase
    if at_end:
        # "American Federation of Government Employees President J. David Cox warned": a
        # name after its title closes the phrase, whatever body the title is of
        titled = _NAME_AT_END.search(phrase)
        if titled and " " in titled.group(0).strip():
            name = _clean_name(titled.group(0))
            if name != titled.group(0).strip() and " " in name and _person_like(name) \
                    and phrase[: titled.start()].strip() and _drop_titles(titled.group(0)) == name:
                return name
        # "Senator Mitch McConnell of Kentucky called": the person, not the place
        speaks_for = _SPEAKS_FOR.match(phrase)
        if speaks_for and speaks_for.group("head") in _SPEAKER_NOUNS and len(words) <= 12:
            return phrase  # "a lawyer for Jane Doe said": the lawyer, described
        of_place = _NAME_OF_PLACE.search(phrase)
        if of_place and not re.search(r"\b(?:the|of|a|an|for|representing|to|with|against|by)\s+$",
                                      phrase[: of_place.start("name")], re.I):
            # (never "chairman of the Joint Chiefs of Staff")
            name = _clean_name(of_place.group("name"))
            if _person_like(name):
                return name
        # "Parliament’s Joint Committee on Intelligence and Security has": the body's whole
        # name, not its last word
        body = _ORG_RUN_AT_END.search(phrase)
        if body and any(_bare(w) in _PLACE_OR_ORG or _bare(w) in _ORG_WORDS
                        for w in body.group(0).split()):
            return body.group(0)
    # "analyst James Whitford said", "says veteran industry analyst Ken Doctor": a full name
    # closing the phrase is the speaker
    tail = _NAME_AT_END.search(phrase)
    if tail and " " in tail.group(0).strip() and not re.search(  # never "the British Bill",
            r"\b(?:the|a|an|at|for|representing)\s+$", phrase[: tail.start()], re.I):  # "an analyst at J.P. Morgan"
        name = _clean_name(_after_office(phrase[: tail.start()], tail.group(0)))
        if name and _person_like(name):
            return name
    if at_end:
        # 'are not “bolt-on things,” Cook': the name right after a quote closes the phrase
        right_after = _NAME_AFTER_QUOTE.search(phrase)
        if right_after:
            return _drop_titles(_strip_possessor(right_after.group("name"))) or None
    if not at_end:
        # "said planetary geologist Rosaly Lopes of NASA's JPL": the name after the role
        # (never after a preposition: "the explanatory notes of the British Bill")
        lead = _NAME_AFTER_ROLE.match(phrase)
        if lead and not re.search(r"\b(?:of|in|at|on|for|from|with|to|the)\s+$",
                                  phrase[: lead.start("name")]):
            name = _clean_name(lead.group("name"))
            if _person_like(name):
                return name
    low = phrase.lower()
    if low in PRONOUNS or (low == "it" and at_end):
        return low
    if at_end and len(words) >= 2 and words[-1].lower() in PRONOUNS and words[-2].lower() in (
            "which", "whom", "that", "and", "but", "when", "where", "as", "while", "then"):
        return words[-1].lower()  # "a call, in which he said"
    first = words[0]
    if at_end and 2 <= len(words) <= 4 and first[:1].isupper() and all(w[:1].islower() for w in words[1:]) \
            and words[-1].lower() in _SPEAKER_NOUNS and not SPEECH_VERB.search(phrase) \
            and first.lower() not in _NOT_NAME_START:  # never "When editors"
        return phrase  # a description opening its sentence: "Federal prosecutors alleged"
    sent = _SENT_BY.match(phrase)
    if sent:  # "The tweet from Vulture magazine reads": who sent it
        return _who(sent.group("who"), at_end) or sent.group("who")
    if first.lower() in _DETERMINERS or first[:1].islower() or (
        re.match(r"^[A-Z][\w.-]*[’']s\s+[a-z]", phrase)  # "Russia's foreign ministry"
    ):
        # the head noun stands before the first preposition: "leaders of ... countries"
        core = re.split(r"\s(?:of|for|at|in|on|from|with|by|de|du|des|von|der|di|del|della|da|do|dos|das|van)\s", phrase)[0]
        head = re.sub(r"[’']s$", "", core.split()[-1].lower())
        if head in _ORG_NOUNS and len(words) <= 3 and first.lower() == "the":
            return phrase.lower()  # "the company", "the statement": resolved to the body named before
        if head not in _SPEAKER_NOUNS:
            return None
        # a descriptive speaker ("leaders of NATO member countries", "a police spokesman")
        if first[:1].islower() and first.lower() not in _DETERMINERS and not low.startswith(
            ("leaders", "officials", "police", "authorities", "experts", "critics", "residents",
             "lawmakers", "researchers", "scientists", "witnesses", "investigators", "analysts",
             "protesters", "officers", "prosecutors", "doctors", "parents", "students")
        ):
            return None
        # "the authors of the research published in the journal X": the description ends
        # where a participle starts
        phrase = re.split(r"\s(?:published|based|located|headquartered|cited|quoted|released|"
                          r"issued|posted|written|who|which|that)\s", phrase)[0]
        return phrase if len(phrase.split()) <= 12 else None
    if at_end:
        # "Thomas allegedly said", "Karenga matter-of-factly explained" (never "Mr. Kelly")
        phrase = re.sub(r"\s+[a-z-]+ly$", "", phrase)
        # "Trump himself said": an emphatic pronoun after the name is not part of it
        phrase = re.sub(r"(?<=[a-zà-ÿ])\s+(?:himself|herself|themselves)$", "", phrase)
        last = phrase.split()[-1]
        if last.lower() in PRONOUNS:
            return last.lower()
        m = _NAME_AT_END.search(phrase)
        if m is None:
            return None
        name = _strip_possessor(m.group(0))
        # the subject is the name itself, or a short description ending in it
        return _drop_titles(name) or None
    names = list(_NAME_SEQ.finditer(phrase))
    if not names or names[0].start() != 0:
        return None
    name = _strip_possessor(names[0].group(0))
    return _drop_titles(name) or None


_OPENING_ATTRIBUTION = re.compile(rf"[A-ZÀ-ÝА-Я][^,:]{{0,60}}(?:{_SPEECH_VERBS})\s*[,:]\s*[“\"«„]")


def _opens_next_quote(sentence: str) -> bool:
    """Whether the sentence after a quote that ends its own sentence leads into the next
    quote rather than attributing this one: '“…” Aslam berkata, “Bagaimana itu?”' (its verb
    right before the next opening mark), '“…” Emery retweeted the story, saying, “…”' (its one
    speech verb followed by the next quote), but never '“…” Jane Doe said, adding “…”'."""
    return bool(_OPENING_ATTRIBUTION.match(sentence)) or (
        bool(_INTRODUCES_NEXT.match(sentence)) and not _DIRECT_ATTRIBUTION.match(sentence))


def attribution_near(text: str, start: int, first_end: int, para_start: int, para_end: int,
                     names: Mapping[str, str] = _NO_NAMES) -> str | None:
    """Who the attribution next to a quote names, as written ("he", "Smith", "the company"):
    first after the quote (``first_end``: the end of its first piece), then before it in its
    sentence (``start``), then the voice of the sentence before. None when nothing names a
    speaker. ``names`` (surname -> full name) only helps tell a surname from a place."""
    # Attribution right after the (first piece of the) quote: ', Jane Doe said' / ', said Jane Doe'
    after = _clause_after(text, first_end, para_end).lstrip(" ,;:—–-»”\"")
    if re.search(r"[.!?…]\W{0,2}$", text[max(0, first_end - 3) : first_end]) and _opens_next_quote(after):
        after = ""
    inverted = re.match(r"(?:a|est|sont)-t-(?P<p>il|elle|ils|elles)\b", after)
    if inverted:  # French inversion: « … », a-t-elle ajouté
        return inverted.group("p")
    inverted = re.match(r"[^\W\d_]+-(?:t-)?(?P<p>il|elle)\b", after)
    if inverted:  # « … », explique-t-il / poursuit-elle / dit-il
        return inverted.group("p")
    if _VERB_ALONE.match(after):
        return UNSTATED_SUBJECT  # "«…», aseguró.": the verb alone, its subject left out
    if after:
        m = _VERB_THEN_REST.match(after)
        if m and not re.match(r"(?:that|in|on|at|to|of)\b", m.group("rest")):
            who = _who(m.group("rest"), at_end=False)
            if who:
                return who
        m = _ACCORDING_THEN_REST.match(after)
        closing = None if m else _ACCORDING_CLOSING.search(after)
        if (m or closing) and not SPEECH_VERB.search(after[: (m or closing).start()]):
            # "“…” are thought to contribute, according to the Department of Conservation."
            who = _who((m or closing).group("rest"), at_end=False)
            if who and (m or re.match(r"(?:the\s+)?[A-Z]", who)):
                return who
        m = SPEECH_VERB.search(after)
        if m and m.group(0) == "reported" and SPEECH_VERB.search(_sentence_before(text, start, para_start)):
            # '… John Mackey said in a memo that the “…” as …, Yahoo Finance reported': the
            # outlet that reported the sentence is not the one who said the quote
            m = None
        if m and m.start() <= 160:
            subject = after[: m.start()]
            if subject.count(",") >= 2:
                # "Steve Clarke, deputy associate administrator for ..., said": the name
                # before a long appositive
                who = _who(subject.split(",")[0], at_end=True)
                if who and (_person_like(who) or who in PRONOUNS):
                    return who
            appositive = re.search(r",\s*([^,]{2,80}),\s*$", subject)
            first_name = _DESCRIBED_THEN_FIRST_NAME.search(subject)
            if appositive and _person_like(_drop_titles(appositive.group(1).strip())):
                subject = appositive.group(1)  # "Sweden's deputy prosecutor, Eva Persson, said"
            elif first_name and _bare(first_name.group("name")) not in _PLACE_OR_ORG \
                    and first_name.group("name").lower() not in _NOT_NAME_START:
                subject = first_name.group("name")  # '"...," her mother, Fiona, said
            else:
                subject = re.sub(r",[^,]{2,80},\s*$", "", subject)  # "Smith, the minister, said"
            subject = re.sub(rf"\s+{_BEFORE_VERB}\s*$", "", subject)
            who = _who(subject, at_end=True)
            if who:
                return who
            # '... to “take detailed histories” of the patients, Dempsey said.': the
            # attribution is the last clause of the sentence
            tail = subject.rsplit(",", 1)
            if len(tail) == 2 and len(tail[1].split()) <= 6:
                who = _who(tail[1], at_end=True)
                if who:
                    return who
            if m.group(0).endswith("ing"):
                # '“...,” Benioff weighed in, telling Cook, “...”': the one who tells
                lead = _NAME_THEN_WORD.match(subject)
                who = _who(lead.group("who"), at_end=True) if lead else None
                if who:
                    return who
            elif subject.rstrip().endswith(",") and _SAYS.fullmatch(m.group(0)):
                # '“...” despite ..., said another witness, former adviser Fiona Hill': the
                # person named in the inverted attribution ("telling X", "asked X": a listener)
                rest = after[m.end() :]
                runs = list(_NAME_SEQ.finditer(rest))
                if runs and not rest[: runs[0].start()].strip():
                    # "said Joseph Seneca, an economist in New Brunswick": the name right
                    # after the verb, not the place at the end
                    name = _clean_name(runs[0].group(0))
                    if _person_like(name):
                        return name
                for run in reversed(runs):
                    name = _clean_name(_after_office(rest[max(0, run.start() - 40) : run.start()], run.group(0)))
                    if _person_like(name):
                        return name
                who = _who(rest, at_end=False)
                if who:
                    return who
    if after:
        quoted_as = _QUOTED_AS_SAYING.search(after)
        if quoted_as:  # '“…,” local newspapers quote Salinas as saying.'
            who = _who(quoted_as.group("who"), at_end=True)
            if who:
                return who
    # Attribution before the quote, in the same sentence: 'Jane Doe said: “' / 'according to X, “'
    before = _sentence_before(text, start, para_start)
    aside = _ASIDE_ATTRIBUTION.search(before)
    if aside:  # "The biggest reason, writes Beyer, is “…”": an attribution set off by commas
        who = _who(aside.group("who"), at_end=False)
        if who:
            return who
    m = _ACCORDING_AT_END.search(before)
    if m:
        # "According to his aunt, Jane Starner, “...”": the name in apposition
        apposed = _who(m.group("name"), at_end=True) if m.group("name") else None
        if apposed and _person_like(apposed):
            return apposed
        return _who(m.group("rest"), at_end=False)
    # "According to X of Y, the firm's practice has been to “...”", "Trump, according to the
    # White House, made a trip for a “...”": the source of the whole sentence
    m = _ACCORDING_IN_SENTENCE.search(before)
    if m and not SPEECH_VERB.search(before[m.end() :]):
        rest = m.group("rest")
        # "according to a 2018 survey by Penelope Muse Abernathy of ...": its author
        by = re.search(r"^(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:survey|study|report|analysis|"
                       r"paper|poll|review)\s+by\s+(?P<who>.+)$", rest)
        who = _who(by.group("who") if by else rest, at_end=False)
        if who:
            return who
    weak = None
    for verb in reversed(list(SPEECH_VERB.finditer(before))):
        if len(before) - verb.end() > 250:
            break
        if verb.group(0).endswith("ing"):
            # "Hawk Sawyer issued a statement, saying, “...”": the sentence's subject speaks
            # (never a word inside an earlier quote of the sentence: "...chest X-ray," Dempsey
            # said, adding ... a “...”)
            first_who = None
            head = before[: verb.start()]
            # the subject after the last quote of the sentence: '“…” Emery retweeted it, saying'
            head = head[max(head.rfind(c) for c in "”\"»") + 1 :]
            for opening in _NAME_SEQ.finditer(head):
                words = opening.group(0).split()
                if words[0] == "The" and len(words) == 2:
                    continue  # "The Obama administration’s ...": a modifier, not a body
                who = _who(opening.group(0), at_end=True)
                if who and (_person_like(who) or _person_like(_fullest(who, names))):
                    return who  # "The leader of Ennahda, Rachid Ghannouchi, condemned ..."
                first_who = first_who or who
            if first_who:
                return first_who
            continue
        subject = before[: verb.start()]
        if re.search(r"(?:^|[\s,”\"])(?:but|and)\s*$", subject):
            # "He describes it as “exciting,” but cautions that “...”": the verb shares the
            # subject that opens the sentence
            lead = _NAME_THEN_WORD.match(subject.lstrip())
            if lead and not lead.group("who").endswith(("’s", "'s")):  # not "China’s ambassador"
                who = _who(lead.group("who"), at_end=True)
                if who:
                    return who
            continue
        subject = re.split(r"[;:]", _QUOTED.sub("“…”", subject))[-1]  # never words of a quote
        subject = re.sub(r",\s*[RDI]-[A-Z][a-z]{0,5}\.?,?\s*$", "", subject)  # ", R-Wyo.,"
        clauses = [c for c in re.split(r",\s+", subject) if c.strip()]
        who = None
        # "Jane Doe said:" (last clause), "Jane Doe, head of X, Inc., says:" (first clause),
        # "According to AFP, one user on Weibo, which is ..., posted:" (a middle one)
        ordered = clauses[-1:] + clauses[:1] + clauses[-2:0:-1]
        # never a relative clause or a source ("Richardson, via USA Today, said")
        # (nor a clause with its own speech verb: "X berkata, “…” Aslam berkata,")
        ordered = [c for c in ordered
                   if not _NOT_A_SUBJECT.match(c.strip())
                   and not (c is not clauses[-1] and SPEECH_VERB.search(c))]
        fallback = None
        for clause in ordered:
            clause = re.sub(rf"\s+{_BEFORE_VERB}\s*$", "", clause)
            who = _who(clause, at_end=True)
            if who is None:
                continue
            if who in PRONOUNS or who[:1].islower() or who.startswith("The ") or _person_like(who) \
                    or _person_like(_fullest(who, names)):
                break
            if clause is clauses[-1] and " " not in who and re.fullmatch(rf"{re.escape(who)}(?:\s+[a-z-]+ly)?", clause.strip()):
                # "..., Karenga matter-of-factly explained": the name right before the verb is
                # its subject, whatever the clause before it names
                break
            fallback = fallback or who
            who = None
        who = who or fallback
        if who is None:
            continue
        if who.lower().startswith(("the ", "a ", "an ")) and len(clauses) >= 2 and ordered \
                and ordered[0] is clauses[-1]:
            # "Zippy Duvall, the president of the American Farm Bureau, said": the person
            person = _who(clauses[-2], at_end=True)
            if person and _person_like(_fullest(person, names)):
                return person
        if who.startswith(("a ", "an ")) and len(clauses) >= 2 and ordered and ordered[0] is clauses[-1]:
            # "a study by the Centre for Economic Policy Research, a London-based think tank,
            # concluded": the name before the appositive speaks
            named = re.search(r"(?:\b[Tt]he\s+)?[A-Z][\w'’&-]+(?:\s+(?:(?:of|for|and|on)\s+)?[A-Z][\w'’&-]+)+$",
                              clauses[-2].strip())
            if named and len(named.group(0).split()) >= 2 and named.group(0).split()[-1][:1].isupper():
                who = named.group(0)
                return "the" + who[3:] if who.startswith("The ") else who
        if " " in who or who in PRONOUNS or who[:1].islower() or _person_like(_fullest(who, names)):
            return who
        if not before[verb.end() :].strip(" ,:"):
            return who  # "Aslam berkata, “": the verb that opens the quote names its speaker
        weak = weak or who  # one capitalised word: a place as often as a person
    if weak is None and not SPEECH_VERB.search(before) and start - len(before) > para_start:
        # a sentence of the paragraph with no attribution of its own, right after
        # "..., Dempsey said." / "“...,” he said.": the same voice goes on
        prior = _sentence_before(text, start - len(before) - 1, para_start)
        m = _ATTRIBUTION_CLOSING.search(prior)
        if m and not (prior.rstrip().endswith(".") and not ends_sentence(prior.rstrip()[:-1])):
            # (a window cut at "on Oct." is no sentence that ends in its attribution)
            return _who(m.group("a") or m.group("b"), at_end=True)
    return weak
