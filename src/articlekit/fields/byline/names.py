"""What a person's name looks like in each script, and what a byline glues to it.

A name is checked by its shape, not looked up: Latin names of two to five words, capitalised,
with particles (de la Garza, van der Berg, al-Hassan), apostrophes (O'Donnell), hyphens and
initials; Cyrillic names of two to four words; Chinese, Japanese and Korean names of two to
seven characters; Vietnamese as Latin with its diacritics. What bylines glue to names (roles,
desks and sections, interface text, the site's own name, the same name twice, two names run
together) is trimmed or rejected here.

The word lists are general vocabulary of their kind (the words for a reporter, an editor,
a section, a sign-in button, in the languages of the corpora and of the issue's list), never
words taken from one page.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .._first_names import FEMALE, MALE
from .._text import fold

__all__ = [
    "ORG_WORDS",
    "ROLE_WORDS",
    "is_person_name",
    "is_role",
    "split_glued_names",
    "trim_name",
]

# Roles and job titles, in the languages of the corpora.
# (General vocabulary: the words for a job in a newsroom, in the corpora's languages.)
ROLE_WORDS = frozenset(
    """writer reporter correspondent editor columnist contributor journalist staff senior chief
    associate assistant managing deputy executive special political business science
    sports health technology tech national international foreign bureau producer analyst
    critic photographer contributing freelance news desk intern fellow host anchor
    director head lead investigative digital professor ceo cto cfo founder cofounder co-founder
    president publisher owner author blogger
    redakteur redakteurin leitender leitende korrespondent korrespondentin autor autorin
    chefredakteur chefredakteurin reporterin redaktion ressortleiter ressortleiterin
    wirtschaftsredakteur wirtschaftsredakteurin volontär volontärin journalistin
    rédacteur rédactrice correspondant correspondante envoyé envoyée spécial spéciale journaliste
    chroniqueur chroniqueuse
    redactor redactora corresponsal periodista enviado enviada especial columnista
    repórter correspondente jornalista colunista editora
    redattore redattrice corrispondente giornalista inviato inviata
    redacteur correspondent verslaggever
    redaktor redaktorka dziennikarz dziennikarka korespondent korespondentka reporterka
    redaktör reporter korrespondent journalist
    журналист корреспондент редактор обозреватель специальный собственный спецкор старший
    главный ведущий политический военный
    muhabir muhabiri editör editörü yazar yazarı temsilcisi
    記者 编辑 編輯 编集 編集 特派員 特派员 通讯员 通訊員 기자 특파원 편집""".split()
)
# Desks and sections that pages print after (or before) a name: "Richard Adams Education".
# (General vocabulary: the names of a paper's sections, in the corpora's languages.)
DESK_WORDS = frozenset(
    """lifestyle education politics business sport sports travel culture tech technology
    science health opinion news world money entertainment games gaming media arts books
    music film movies food style fashion economy markets finance climate environment
    weather local national international metro crime investigations features magazine
    politik wirtschaft kultur reise panorama meinung wissen gesundheit
    digital feuilleton lokales politique économie sciences société culture monde sport
    política economía cultura deportes sociedad mundo opinión internacional nacional
    economia cultura esportes esporte mundo sociedade politica cronaca esteri spettacoli
    binnenland buitenland cultuur economie polityka gospodarka kultura świat sport zprávy
    ekonomika kultura sport inrikes utrikes kultur ekonomi politikk økonomi sport
    политика экономика культура спорт общество gündem ekonomi spor kültür dünya
    編集部 编辑部 編輯部""".split()
)
# Interface text that sits where bylines are: sign-in buttons, counters, menus.
# (General vocabulary: the words of sign-in, share and follow buttons, in those languages.)
UI_WORDS = frozenset(
    """sign log login logout subscribe subscription newsletter follow followers following
    share print email e-mail comments comment discussions discussion profile more view all
    posts articles stories menu search home contact about privacy cookies register account
    popular trending other outlets publications
    anmelden abmelden abonnieren abo registrieren teilen drucken suche startseite kontakt
    folgen
    connexion abonnez-vous abonner partager imprimer rechercher
    iniciar sesión suscríbete suscribirse compartir imprimir buscar
    entrar assinar assine compartilhar partilhar
    accedi abbonati condividi stampa cerca
    inloggen abonneren delen zoeken
    zaloguj zaloguj się subskrybuj udostępnij szukaj
    přihlaste přihlásit odhlásit předplatné sdílet hledat
    logga prenumerera sök logg abonner søk
    войти подписаться поделиться поиск
    giriş abone paylaş""".split()
)
# General vocabulary: the same interface words in Chinese, Japanese and Korean.
_CJK_UI = frozenset(
    """人氣 人气 個人 个人 登录 登入 註冊 注册 分享 评论 評論 关注 關注 收藏 更多 首页 首頁 编辑 編輯
    作者 来源 來源 责任编辑 責任編輯 推荐 推薦 热门 熱門 ログイン 会員登録 シェア 関連記事 ホーム
    로그인 회원가입 공유 구독 더보기""".split()
)
# General vocabulary: function words and the words for an editorial account.
NOT_NAME_WORDS = frozenset(
    """the a an of for in on at to with from about is are was were be been this that these
    those it its our your their my his her we you they admin administrator editor editors
    redacción redação redazione rédaction anonymous guest user unknown""".split()
)
ORG_WORDS = frozenset(
    """times news post journal press media magazine daily herald tribune agency network
    gazette chronicle telegraph guardian observer today online group inc ltd llc gmbh
    television tv radio channel broadcasting newspaper editorial team desk bureau staff
    reports report wire services service foundation institute university association
    council committee department ministry office company corporation club""".split()
)
# Particles inside Latin names, lower-case ("Ludwig van Beethoven", "Oscar de la Hoya").
# (General vocabulary: name particles.)
_PARTICLES = frozenset(
    "de da das do dos del della delle di du des la le van von der den ter ten zu y e al el bin "
    "ibn ben bint af av".split()
)
_LATIN_WORD = re.compile(r"^[^\W\d_][\w.'’\-]*$")
_CJK_NAME = re.compile(r"^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u30fc・·]{2,7}$")
_CYRILLIC_WORD = re.compile(r"^[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+\.?$")
_INITIALS = re.compile(r"^(?:[A-ZÀ-Ý]\.){1,3}$|^[A-ZÀ-Ý]\.?$")
_DIGITS = re.compile(r"\d")
_URLISH = re.compile(r"https?://|www\.|\.(?:com|org|net)\b|@", re.I)
# A word that opens with an acronym and goes on in lower case ("NASAwatch", "CNNMoney"): an organisation.
CAMEL_ORG = re.compile(r"^[A-Z]{3,}[a-z]")


def _script_of(text: str) -> str:
    for ch in text:
        if "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af":
            return "cjk"
        if "\u0400" <= ch <= "\u04ff":
            return "cyrillic"
    return "latin"


def is_person_name(text: str, single_word: bool = False) -> bool:
    """Whether a short string reads as a person's name (not a sentence, URL, date, role,
    organisation or interface text). ``single_word``: a one-word name (a pen name, a handle
    the page itself credits) is allowed, for structural sources only."""
    text = text.strip()
    if not text or len(text) > 60 or _DIGITS.search(text) or _URLISH.search(text):
        return False
    words = text.split()
    script = _script_of(text)
    if script == "cjk":
        joined = "".join(words)
        if len(words) > 2 or _CJK_NAME.match(joined) is None or joined in _CJK_UI:
            return False
        if any(w in ROLE_WORDS for w in words):
            return False
        # Chinese names are two to four characters (a surname and a given name); Japanese
        # names written with kana, and Korean names in Hangul, as the patterns allow
        han_only = all("\u3400" <= ch <= "\u9fff" for ch in joined)
        hangul = all("\uac00" <= ch <= "\ud7af" for ch in joined)
        return len(joined) <= 4 if (han_only or hangul) else True
    lowered = [w.lower().strip(".,") for w in words]
    if any(w in NOT_NAME_WORDS or w in ORG_WORDS or w in UI_WORDS for w in lowered):
        return False
    if len(words) == 1:
        w = words[0]
        return (single_word and len(w) >= 2 and _LATIN_WORD.match(w) is not None
                and lowered[0] not in ROLE_WORDS and lowered[0] not in DESK_WORDS)
    if len(words) > 5:
        return False
    if script == "cyrillic":
        return len(words) <= 4 and all(_CYRILLIC_WORD.match(w) or _INITIALS.match(w) for w in words)
    if any(CAMEL_ORG.match(w) for w in words):
        return False
    if not all(_LATIN_WORD.match(w) or _INITIALS.match(w) for w in words):
        return False
    if all(w in ROLE_WORDS or w in DESK_WORDS for w in lowered) or lowered[-1] in ROLE_WORDS:
        return False
    # Names are capitalised word by word, particles aside; a sentence is not.
    content = [w for w, lw in zip(words, lowered, strict=True) if lw not in _PARTICLES]
    if len(content) < 2:
        return False
    return all(w[:1].isupper() for w in content)


def is_role(text: str) -> bool:
    """Only role words ("Staff Writer", "Leitender Wirtschaftsredakteur")."""
    words = [w.lower().strip(".,:") for w in text.split()]
    return bool(words) and len(words) <= 5 and all(
        w in ROLE_WORDS or w in DESK_WORDS or w in {"of", "and", "the", "&", "for", "für", "de"}
        for w in words)


def _site_at(words: list[str], site_words: Collection[str]) -> int | None:
    """Where the site's name ("Buzz Feed", "eHow", "WebMD") starts after a name of two words
    or more: what follows it is the site's desk or a role ("WebMD Health News")."""
    for i in range(2, len(words)):
        for size in (3, 2, 1):
            span = fold(" ".join(words[i : i + size]))
            if span and (span in site_words or span.replace(" ", "") in site_words):
                return i
    return None


_DESK_OR_ROLE = DESK_WORDS | ROLE_WORDS
_POSSESSIVE_TAIL = re.compile(r"^(.+?)[’']s\s+\S.*$")


def trim_name(part: str, site_words: Collection[str] = ()) -> tuple[str, str | None]:
    """A byline part without what is glued to the name: a possessive and what follows
    ("Patrick Allan’s Discussions"), interface text, the same name twice, the site's name,
    and desks and roles after or before it. Returns the name (maybe not a name at all: the
    caller checks) and the role words taken off."""
    part = part.strip(" \t,;:|·•-–—/()[]{}《》【】「」『』（）")
    m = _POSSESSIVE_TAIL.match(part)
    if m and len(m.group(1).split()) >= 2:
        part = m.group(1)
    words = part.split()
    # interface text: keep what came before it
    for i, w in enumerate(words):
        if w.lower().strip(".,:") in UI_WORDS or w in _CJK_UI:
            words = words[:i]
            break
    # the same name twice ("Martin Gramnæs Martin Gramnæs")
    half = len(words) // 2
    if len(words) >= 4 and len(words) % 2 == 0 and words[:half] == words[half:]:
        words = words[:half]
    words = [w for i, w in enumerate(words) if i == 0 or w != words[i - 1]]
    site = _site_at(words, site_words)
    if site is not None:
        words = words[:site]
    role: list[str] = []
    while len(words) > 2:
        last = words[-1].lower().strip(".,:")
        if (last in ROLE_WORDS or last in DESK_WORDS) and last not in ORG_WORDS:
            role.insert(0, words.pop())
            continue
        break
    while len(words) > 2 and words[0].lower().strip(".,:") in _DESK_OR_ROLE:
        words.pop(0)
    return " ".join(words), " ".join(role) or None


_GIVEN = MALE | FEMALE


def split_glued_names(name: str) -> list[str]:
    """Two names run together by markup ("Jasper Riemann Barbara Schneider"): two names of
    two or three words each, both starting with a common given name."""
    words = name.split()
    if not 4 <= len(words) <= 6 or any(w.lower() in _PARTICLES or _INITIALS.match(w) for w in words):
        return [name]
    for i in range(2, len(words) - 1):
        if i > 3 or len(words) - i > 3:
            continue
        if words[i].lower() in _GIVEN and words[0].lower() in _GIVEN:
            first, second = " ".join(words[:i]), " ".join(words[i:])
            if is_person_name(first) and is_person_name(second):
                return [first, second]
    return [name]
