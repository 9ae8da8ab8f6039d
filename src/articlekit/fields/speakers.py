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
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping

from ._first_names import FEMALE, MALE

__all__ = [
    "ends_sentence",
    "PRONOUNS",
    "SPEECH_VERB",
    "attribution_near",
    "embedded_attribution",
    "full_names",
    "reported_speaker",
    "resolve_speaker",
]

_NO_NAMES: Mapping[str, str] = {}
# General vocabulary: the speech verbs of each language of the corpora (only verbs of saying).
_SPEECH_VERBS = (
    # English
    "said|says|say|told|tells|added|adds|stated|states|expressed|expresses|wrote|writes|"
    "explained|explains|noted|notes|asked|asks|continued|argued|argues|insisted|claimed|"
    "claims|condemned|declared|announced|warned|warns|replied|tweeted|posted|recalled|"
    "recalls|remarked|emphasized|emphasised|stressed|acknowledged|admitted|conceded|"
    "cautioned|urged|urges|observed|commented|responded|answered|testified|predicted|"
    "ordered|orders|shouts|yells|screams|demanded|demands|recounted|recounts|respond|responds|instructed|"
    "suggested|suggests|concluded|pointed out|went on|shouted|joked|quipped|mused|"
    "labeled|labelled|described|assessed|affirmed|confirmed|exclaimed|assures|assured|"
    "whispered|proclaimed|maintained|contended|countered|agreed|disagreed|complained|"
    "boasted|vowed|promised|lamented|cried|screamed|yelled|texted|emailed|called|"
    "complains|laughs|laughed|jokes|sang|sings|"
    "reiterated|repeated|advised|recommended|echoed|comments|alleged|alleges|ruled|written|"
    "read|reads|reported|reports|cautions|pledged|pledges|"
    "saying|adding|noting|writing|telling|stating|explaining|arguing|warning|insisting|"
    # French
    "a déclaré|a dit|a affirmé|a ajouté|a expliqué|a souligné|a estimé|a indiqué|"
    "a précisé|a assuré|a lancé|a martelé|a insisté|a annoncé|a prévenu|a réagi|déclare|"
    "affirme|explique|estime|annonce|"
    "souligne|ajoute|indique|précise|assure|"
    r"a-t-(?:il|elle) (?:ajouté|déclaré|dit|souligné|expliqué|précisé|estimé|assuré|insisté)|"
    # German
    "sagte|sagt|erklärte|erklärt|betonte|betont|meinte|meint|fügte|schrieb|warnte|"
    r"so(?=\s+[A-ZÄÖÜ])|"  # „…“, so Merkel; never the English "so"
    # Spanish, Portuguese, Italian
    "dijo|afirmó|explicó|señaló|aseguró|añadió|declaró|indicó|subrayó|agregó|sostuvo|expresó|"
    "manifestó|advirtió|comentó|reconoció|insistió|concluyó|relató|precisó|apuntó|"
    "disse|afirmou|explicou|declarou|acrescentou|ressaltou|destacou|falou|contou|comentou|"
    "completou|garantiu|lembrou|admitiu|avaliou|pontuou|opinou|"
    "ha detto|ha dichiarato|ha spiegato|ha aggiunto|ha affermato|ha sottolineato|"
    # Russian
    "сказал|сказала|заявил|заявила|отметил|отметила|рассказал|рассказала|пояснил|"
    "пояснила|говорит|добавил|добавила|пожаловался|пожаловалась|признался|призналась|сообщил|"
    "сообщила|подчеркнул|подчеркнула|объяснил|объяснила|заметил|заметила|написал|написала|"
    # Czech
    "řekl|řekla|uvedl|uvedla|dodal|dodala|dodává|napsal|napsala|píše|říká|tvrdí|prohlásil|"
    "prohlásila|poznamenal|poznamenala|vysvětlil|vysvětlila|zdůraznil|zdůraznila|míní|"
    "konstatoval|konstatovala|"
    # Dutch, Indonesian
    "zei|zegt|verklaarde|schreef|berkata|bersabda|mengatakan|menyatakan|ujarnya|katanya"
)
SPEECH_VERB = re.compile(rf"(?<![\w-])(?:{_SPEECH_VERBS})(?![\w-])")
_VERB_THEN_REST = re.compile(rf"(?:{_SPEECH_VERBS})(?![\w-])\s+(?P<rest>.+)")  # ", said Jane Doe"
# Adverbs and auxiliaries between a subject and its verb: "He instead told", "Smith also
# said", "she has said"
_BEFORE_VERB = (r"(?:(?:also|later|then|further|had|has|have|would|will|instead|previously|again|"
            r"once|still|even|finally|recently|just|already|repeatedly|often|earlier)\s*)+")
# The verbs that only ever report speech (no "told X", "asked X", "called it"): the ones that
# may stand before the speaker's name ("said Jane Doe") or open a paragraph of reported speech.
_SAYING = ("said|says|added|adds|wrote|writes|noted|explained|continued|recalled|argued|insisted|"
           "stated|warned|claimed|stressed")
_SAYS = re.compile(_SAYING)
_ACCORDING = (r"(?:according to|in the words of|selon|d[’']après|laut|según|de acuerdo con|segundo|"
              r"de acordo com|secondo|podle|по словам)")
_ACCORDING_THEN_REST = re.compile(rf"{_ACCORDING}\s+(?P<rest>.+)", re.I)
_ACCORDING_AT_END = re.compile(  # "according to his aunt, Jane Starner, “"
    rf"{_ACCORDING}\s+(?P<rest>[^,]+?)(?:,\s*(?P<name>[^,]+?))?,?\s*$", re.I)
_ACCORDING_CLOSING = re.compile(rf",\s+{_ACCORDING}\s+(?P<rest>[^,“”\"]+)$", re.I)
_ACCORDING_IN_SENTENCE = re.compile(rf"(?:^|,\s+){_ACCORDING}\s+(?P<rest>[^,“”\"]+),", re.I)
# Clauses that are never the subject of a speech verb: relative clauses and sources.
# (a capitalised "That" opens a sentence: "That was when ... Steve Jobs said")
_NOT_A_SUBJECT = re.compile(rf"(?:which|who|that|via|per|(?i:{_ACCORDING}))\b")
# General vocabulary: personal pronouns of the corpora's languages.
PRONOUNS = {"he", "she", "they", "we", "il", "elle", "ils", "elles", "er", "sie", "él", "ella",
             "ele", "ela", "lui", "lei", "он", "она"}
_PLURAL_PRONOUNS = frozenset({"we"})

_NAME_SEQ = re.compile(
    r"(?=[A-ZÀ-ÝА-Я])"  # (every shape starts with a capital: other positions fail at once)
    r"(?:(?:Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Mme|Mlle|Prof|Gen|Lt|Col|Sgt|Rev|St|Hr|Fr)\.?[ \u00a0]+)?"
    # leading initials: "C. Eugene Steuerle", "J.C. Chandor"
    r"(?:(?<![\w.])(?:[A-Z]\.){1,3}[ \u00a0]+(?=[A-Z][a-z]))?"
    r"[A-ZÀ-ÝА-Я][\w'’\-]+(?:[ \u00a0]+(?:[A-Z]\.|(?:de|da|van|von|der|den|del|della|di|du|dos|al|bin|"
    r"la|le|ter)(?=[ \u00a0]+[A-ZÀ-Ý])|[A-ZÀ-ÝА-Я][\w'’\-]+)){0,7}"  # bounded: no name is longer
)
# Compiled once: the shapes of a name inside an attribution phrase.
# "... analyst Ken Doctor" (a name starts a word: a search from every letter of a long word
# would make the search quadratic)
_NAME_AT_END = re.compile(rf"(?<![\w'’.-])(?:{_NAME_SEQ.pattern})$")
_NAME_AFTER_QUOTE = re.compile(rf"[”\"]\s*(?P<name>{_NAME_SEQ.pattern})$")  # 'not “...” Cook'
_NAME_AFTER_ROLE = re.compile(rf"(?:[a-z][\w-]*\s+){{1,4}}(?P<name>{_NAME_SEQ.pattern})")  # "planetary geologist X"
_NAME_THEN_WORD = re.compile(rf"(?P<who>{_NAME_SEQ.pattern})\s+[a-z]")  # a sentence's subject
_NAME_OF_PLACE = re.compile(  # "Senator Mitch McConnell of Kentucky", "Jane Doe of the University of Michigan"
    rf"(?:^|\s)(?P<name>{_NAME_SEQ.pattern})\s+(?:of|from|with|at)\s+(?:the\s+)?[A-Z][\w.'’-]{{0,30}}"
    r"(?:\s+(?:(?:of|and|for|on)\s+)?[A-Z][\w.'’-]{0,30}){0,5}$")
# "a lawyer for Jane Doe", "an attorney representing Mark Smith": the one who speaks for them
_SPEAKS_FOR = re.compile(r"^(?:an?|the|one)\s+(?:[a-z-]+\s+){0,2}(?P<head>[a-z-]+)\s+(?:for|representing)\s+[A-Z]")
_ORG_RUN_AT_END = re.compile(  # "Joint Committee on Intelligence and Security"
    r"(?<!\S)[A-Z][\w'’&.-]{0,30}(?:\s+[A-Z][\w'’&.-]{0,30}){0,5}(?:\s+(?:of|for|and|on|de)\s+"
    r"[A-Z][\w'’&.-]{0,30}(?:\s+[A-Z][\w'’&.-]{0,30}){0,5}){1,3}$")
_INTRODUCES_NEXT = re.compile(
    rf"[A-ZÀ-ÝА-Я](?:(?!{SPEECH_VERB.pattern})[^“”\"«».!?]){{0,120}}{SPEECH_VERB.pattern}"
    r"[^“”\"«».!?]{0,80}[“\"«„]")
# "Jane Doe said, adding ...": an attribution of the quote before, whatever follows it
_DIRECT_ATTRIBUTION = re.compile(
    rf"(?:[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){{0,3}}\s+{SPEECH_VERB.pattern}|"
    rf"{SPEECH_VERB.pattern}\s+[A-ZÀ-Ý])")
_QUOTED_AS_SAYING = re.compile(rf"\bquot(?:e|es|ed|ing)\s+(?P<who>{_NAME_SEQ.pattern})\s+as\s+saying\b")
_ASIDE_ATTRIBUTION = re.compile(
    rf",\s+(?:{_SAYING})\s+(?P<who>{_NAME_SEQ.pattern}),\s+(?:[a-z]+\s+){{0,3}}$")
_SENT_BY = re.compile(  # "The tweet from Vulture magazine", "a statement by the ministry"
    r"(?:the|a|an|one|his|her|its|their)\s+(?:[a-z-]+\s+)?(?:tweet|post|statement|message|letter|"
    r"e-?mail|memo|release|note|filing|caption|text)\s+(?:from|by)\s+(?P<who>(?-i:[A-Z])[^,]{1,60})$",
    re.I)
# A sentence that ends with its attribution: "..., says analyst Ken Doctor." / "..., he said."
_ATTRIBUTION_CLOSING = re.compile(  # (", said Tyler Besecker, president of X." too)
    rf"(?:{_SPEECH_VERBS})\s+(?:[a-z][\w-]*\s+){{0,4}}(?P<a>{_NAME_SEQ.pattern})(?:,[^.!?“”\"]{{0,120}})?\W*$|"
    rf"(?P<b>{_NAME_SEQ.pattern}|\b[Hh]e|\b[Ss]he)\s+(?:{_SPEECH_VERBS})\W*$")
# General vocabulary: titles, offices and honorifics written before a name, in the corpora's
# languages.
_TITLES = frozenset(
    """president vice prime minister finance foreign defense defence interior secretary
    senator sen rep representative gov governor mayor chancellor chief executive ceo cfo coo
    director general gen col lt sgt officer judge justice dr mr mrs ms prof professor
    administrator developer singer guitarist actor actress
    author writer reporter editor columnist host anchor rapper star
    coach captain chairman chairwoman chair spokesman spokeswoman spokesperson king queen
    prince princess pope minister state deputy ambassador commissioner attorney sheriff
    detective inspector superintendent head leader founder co-founder analyst economist
    police health education trade councillor councilor councilman councilwoman council
    member mp mep speaker sir dame lord lady rabbi rev reverend father sister bishop
    cardinal premier president-elect former acting interim senior assistant associate
    commander admiral colonel lieutenant sergeant major corporal private pvt cpl
    herr frau monsieur madame ministre président présidente bürgermeister bürgermeisterin
    senador senadora presidente ministro ministra mme mlle m hr fr""".split()
)
# General vocabulary: articles and determiners of English, French, German, Spanish, Portuguese
# and Italian.
_DETERMINERS = frozenset(
    "a an the his her their its one two three another some several many this that these those "
    "le la les un une der die das ein eine el los las uno una o os as um uma il lo gli".split()
)
# What a descriptive speaker can be: people and the bodies that speak for them.
# General vocabulary: nouns for people and organisations.
_SPEAKER_NOUNS = frozenset(
    """spokesperson spokesman spokeswoman spokespeople official officials leader leaders
    minister ministry police officer officers authorities authority expert experts analyst
    analysts researcher researchers scientist scientists doctor doctors physician physicians
    lawyer lawyers attorney attorneys prosecutor prosecutors judge court company firm group
    coalition union agency department office user users mother father parent parents
    resident residents witness witnesses source sources aide aides member members lawmaker
    lawmakers senator senators president team club board council commission government
    administration campaign organizers organisers activists activist protesters students
    student teacher teachers man woman men women person people patient patients victim
    victims family families neighbor neighbors authors neighbour neighbours fan fans critic critics
    economist economists tank manufacturer maker makers developer developers startup
    retailer bank employees employee workers worker staff executive executives director
    directors chief head founder owner owners investors investor insider insiders rep
    representative representatives regulator regulators reporter reporters journalist journalists editor editors writer author mayor
    governor chancellor ambassador coach premier sheriff
    """.split()
)
_LEAD_IN = re.compile(
    r"^(?:and|but|then|so|while|as|also|later|meanwhile|however|yet|on \w+|in a statement|"
    r"in an interview|in a tweet|last \w+|earlier|et|mais|und|aber|y|pero|e|mas|ma)\s*,?\s+",
    re.I,
)


# General vocabulary: royal and papal titles, part of the name ("Prince Andrew").
_ROYAL = frozenset("prince princess king queen duke duchess pope emperor empress".split())
_NOT_NAME_START = frozenset(
    "when as after before if but and while since because though although so then the a an once "
    "in on at for from with by of to maybe perhaps still now even yet also indeed instead "
    "meanwhile however today yesterday tomorrow this that these those there here every each "
    "last next like unlike just only both neither either all many some most several".split()
)
_PLACE_OR_ORG = frozenset(
    """bank house street avenue road department university college school ministry party
    court council organization organisation union states kingdom republic news times press
    post journal agency office city county state province island islands sea ocean river
    mountain valley north south east west center centre hospital church company corporation
    group inc ltd league association committee commission foundation institute museum
    airport station square park bridge tower hotel club team fund board authority service
    services police army navy force forces government administration congress senate
    parliament assembly research journal science bureau health school medicine studies
    sciences affairs policy relations day night eve week festival summit conference awards
    games cup""".split()
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
    name = _drop_titles(_strip_possessor(raw))
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
    if at_end:
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
        core = re.split(r"\s(?:of|for|at|in|on|from|with|by|de|du|des|von|der)\s", phrase)[0]
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


def _strip_possessor(name: str) -> str:
    """"NASA's Steve Clarke" -> "Steve Clarke"; "Stevens’" (a possessive) -> "Stevens"."""
    parts = re.split(r"[’']s\s+|(?<=s)[’']\s+", name)
    if len(parts) > 1 and parts[-1]:
        return parts[-1]
    if name.endswith(("’s", "'s")):
        return name[:-2]
    return name[:-1] if name.endswith(("s’", "s'")) else name


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
            if appositive and _person_like(_drop_titles(appositive.group(1).strip())):
                subject = appositive.group(1)  # "Sweden's deputy prosecutor, Eva Persson, said"
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


def _blank_quotes(window: str, whole_first_line: bool) -> str:
    """``window`` with the words inside quotation marks blanked (offsets kept). Marks are
    paired within each paragraph; the first line is left alone when the window cut it at an
    arbitrary point (``whole_first_line`` false)."""
    lines = window.split("\n")
    start = 0 if whole_first_line else 1
    for i in range(start, len(lines)):
        lines[i] = _QUOTED.sub(lambda m: m.group(0)[0] + " " * (len(m.group(0)) - 2) + m.group(0)[-1], lines[i])
    return "\n".join(lines)


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


# Nouns that stand for an organisation already named ("the company", "the statement").
_ORG_NOUNS = frozenset("company firm group label statement organisation organization coalition "
                       "union studio network agency".split())
# General vocabulary: words that name an organisation.
_ORG_WORDS = frozenset(
    """records productions coalition group media inc corp corporation company association league
    union council ministry commission agency institute foundation university bank party network
    studios entertainment holdings partners capital labs technologies systems brands co ltd llc
    motors airlines pharmaceuticals""".split()
)


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


def resolve_speaker(who: str, text: str, before: int, last_speaker: str | None,
                    names: Mapping[str, str]) -> str | None:
    """The speaker ``who`` stands for at offset ``before``: a pronoun -> the person named
    before it, "the company" / "the statement" / "the president" -> whom the text named so,
    a surname -> the full name; None when the text does not say."""
    if who in _PLURAL_PRONOUNS:
        return None  # "we" in the narrative: the writers, a group the text does not name
    if who in PRONOUNS:
        return _nearest_person(text, before, names, who)
    if who == "it":
        # '“We advise the public ...,” it said in a statement.': the body that spoke in the
        # sentences just before ("The Food Standards Agency warned ..."), unless a document
        # or a sign was named since ('one carried a sign. “Pay us fairly,” it read.')
        body = _last_organisation(text, before, reach=600)
        if body is None or _IT_THING.search(text[text.rfind(body, 0, before) + len(body) : before]):
            return None
        return body
    first = who.split()[0]
    if first.lower() in _DETERMINERS or first[:1].islower():
        # "the leaders" after "leaders of NATO member countries": the same speaker
        words = who.lower().split()
        head = words[-1]
        if len(words) == 2 and last_speaker and head in last_speaker.lower().split()[:3]:
            return last_speaker
        if len(words) == 2 and words[0] == "the" and head in _TITLE_ABBREVIATIONS:
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
    for m in re.finditer(rf"(?P<who>{_NAME_SEQ.pattern}),\s+(?:the|a|an|his|her|its)\s+"
                         rf"(?:(?!of\b|former\b|ex-|late\b)[\w’'-]+\s+){{0,3}}{role}(?![\w’'-])", window):
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


_REPORTED_SPEECH = re.compile(
    rf"(?P<who>{_NAME_SEQ.pattern}|He|She)\s+(?:also\s+)?(?:{_SAYING}|told)\b(?!\s*[,:])")


_MARKS = re.compile("[“”\"«»„「」『』‹›‘’']")

# Russian and French print an attribution inside the guillemets between dashes.
_EMBEDDED_ATTRIBUTION = re.compile(
    rf"(?<=[,.!?…])\s*[–—]\s+(?:{_SPEECH_VERBS})\s+(?P<who>[A-ZÀ-ÝА-Я][\w-]+(?:\s+[A-ZÀ-ÝА-Я][\w-]+)?)"
    r"[.,]\s*[–—]\s+")


def embedded_attribution(quote: str) -> tuple[str, str | None]:
    """«Это не для слабонервных, – пожаловалась Поризкова. – Я постоянно ...»: the quote
    without the attribution written inside its marks, and who that attribution names."""
    m = _EMBEDDED_ATTRIBUTION.search(quote)
    if m is None:
        return quote, None
    return f"{quote[: m.start()].rstrip()} {quote[m.end() :].lstrip()}", _who(m.group("who"), at_end=True)


def reported_speaker(paragraph: str, may_quote: bool = False) -> str | None:
    """Who a paragraph opens by reporting as speaking ("Erekat said it was only the latest
    move ..."); unless ``may_quote``, only when the paragraph quotes nobody itself."""
    m = _REPORTED_SPEECH.match(paragraph)
    if m is None or (not may_quote and _MARKS.search(paragraph.replace("’", "").replace("'", ""))):
        return None
    return _who(m.group("who"), at_end=True)

