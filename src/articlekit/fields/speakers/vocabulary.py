"""The words speakers are found by: speech verbs and attribution phrases of each language of
the corpora, pronouns, titles, speaker nouns, and the regular expressions built on them."""

from __future__ import annotations

import re
from collections.abc import Mapping

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

# Family relations a person is described by ("her mother said", "Stevens’ mother, Janet,").
# (General vocabulary: kinship nouns.)
_KIN = frozenset("""mother father mom dad wife husband son daughter sister brother aunt uncle
    grandmother grandfather niece nephew cousin partner fiancé fiancée widow widower""".split())

#: What an attribution names when its verb has no written subject: Spanish, Italian and
#: Portuguese leave the pronoun out ("«…», aseguró.", "«…», ha spiegato."). It stands for the
#: person last named, like a pronoun whose gender is not known.
UNSTATED_SUBJECT = "(unstated subject)"


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
    "a an the his her their its my our one two three another some several many this that these those "
    "le la les un une der die das ein eine el los las uno una o os as um uma il lo gli".split()
)


# What a descriptive speaker can be: people and the bodies that speak for them.
# General vocabulary: nouns for people and organisations.
_SPEAKER_NOUNS = frozenset(
    """spokesperson spokesman spokeswoman spokespeople porte-parole sprecher sprecherin
    pressesprecher pressesprecherin portavoz porta-voz portavoce woordvoerder
    official officials leader leaders
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


# General vocabulary: the social networks quotes are taken from ("on Twitter", "na Twitteru").
_PLATFORMS = (r"(?:Twitter\w*|Facebook\w*|Instagram\w*|YouTube\w*|TikTok\w*|LinkedIn\w*|"
              r"Telegram\w*|Threads|Bluesky|Mastodon)")
#: A social network's name run into the name after it ("na Twitter Gary Lineker").
PLATFORM_BEFORE_NAME = re.compile(rf"^{_PLATFORMS}\s+(?=\S+\s+\S)")
_LEAD_IN = re.compile(
    r"^(?:and|but|then|so|while|as|also|later|meanwhile|however|yet|on \w+|in a statement|"
    r"in an interview|in a tweet|last \w+|earlier|et|mais|und|aber|y|pero|e|mas|ma|"
    # "píše na Twitteru Gary Lineker", "schreibt auf Instagram X": where, not who
    rf"(?:na|auf|sur|en|em|su|op|w|на|via)\s+{_PLATFORMS})\s*,?\s+",
    re.I,
)


# General vocabulary: royal and papal titles, part of the name ("Prince Andrew").
_ROYAL = frozenset("prince princess king queen duke duchess pope emperor empress".split())


# General vocabulary: words that open a sentence and are never a name's first word
# (conjunctions, adverbs, determiners, and "according to" in the languages of the verbs).
_NOT_NAME_START = frozenset(
    "when as after before if but and while since because though although so then the a an once "
    "selon laut según segundo secondo podle volgens "
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
