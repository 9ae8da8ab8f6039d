"""Direct quotations in the body and who said them.

Works on ``body.text`` so offsets are exact. Steps:
1. Find quoted spans per paragraph for each pair of marks (“ ” " " « » „ “ 「 」 ‘ ’), keeping
   nested marks inside the outer quote.
2. Join a quote continued over paragraphs (opening mark repeated, no closing mark until the
   last) and a quote split around its attribution ("We will act," he said, "and soon.").
3. Drop what is not speech: fewer than three words, titles of works and scare quotes.
4. Find the speaker in the attribution next to the quote, resolve pronouns to the person
   named before and short forms ("Smith") to the fullest name in the article.
"""

from __future__ import annotations

import re

import attrs

from ..model import BLOCK_SEPARATOR, Quote

__all__ = ["find_quotes"]

_PAIRS = {"“": "”", "\"": "\"", "«": "»", "„": "“”", "「": "」", "『": "』", "‹": "›", "”": "”"}
_SINGLE_PAIRS = {"‘": "’", "'": "'"}
_SPEECH_VERBS = (
    "said|says|say|told|tells|added|adds|stated|states|expressed|expresses|wrote|writes|"
    "explained|explains|noted|notes|asked|asks|continued|argued|argues|insisted|claimed|"
    "claims|condemned|declared|announced|warned|warns|replied|tweeted|posted|recalled|"
    "recalls|remarked|emphasized|emphasised|stressed|acknowledged|admitted|conceded|"
    "cautioned|urged|urges|observed|commented|responded|answered|testified|predicted|"
    "suggested|suggests|concluded|pointed out|went on|shouted|joked|quipped|mused|"
    "labeled|labelled|described|called|assessed|affirmed|confirmed|reported|exclaimed|"
    "whispered|proclaimed|maintained|contended|countered|agreed|disagreed"
)
_VERB = re.compile(rf"\b(?:{_SPEECH_VERBS})\b")
_PRONOUNS = {"he", "she", "they", "him", "her", "we", "it"}
_TITLE_CUES = re.compile(
    r"(?:\b(?:film|movie|book|novel|song|album|single|series|show|play|poem|episode|titled|"
    r"entitled|called|so-called|dubbed|named|nicknamed|hashtag|term|word|phrase|slogan|"
    r"label|headline|motto|article|column|podcast|program|programme|exhibition)\s*,?\s*)$",
    re.I,
)
_NAME = r"(?:[A-Z][\w'’\-]*\.?)(?:\s+(?:(?:de|da|van|von|der|del|di|bin|al|la|le)\s+)?[A-Z][\w'’\-]*\.?){0,4}"
_DESCRIPTIVE = r"(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne|[Tt]wo|[Tt]hree)\s+[\w'’\-]+(?:\s+(?:[\w'’\-]+|of|for|at|in)){0,7}"
_WHO = rf"(?P<who>{_NAME}|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|{_DESCRIPTIVE})"
_APPOSITIVE = r"(?:,\s*[^,“”\"]{2,80}?,)?"
# After the quote: `, X said`, `, said X`, `, according to X`, `X told reporters`.
_AFTER = [
    re.compile(rf"^[\s,.;:—–-]*{_WHO}{_APPOSITIVE}\s+(?:also\s+|later\s+|then\s+)?(?:{_SPEECH_VERBS})\b"),
    re.compile(rf"^[\s,.;:—–-]*(?:{_SPEECH_VERBS})\s+{_WHO}"),
    re.compile(rf"^[\s,.;:—–-]*according to\s+{_WHO}"),
]
# Before the quote: `X said: “`, `X expressed, “`, `according to X, “`.
_BEFORE = [
    re.compile(rf"(?:^|[.;!?]\s+|,\s+|\s)(?P<who>{_NAME}|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|"
               rf"(?:[Tt]he\s+)?[a-z][\w'’\-]*(?:\s+[\w'’()\-]+){{0,10}}?){_APPOSITIVE}\s+"
               rf"(?:also\s+|later\s+|then\s+|further\s+)?(?:{_SPEECH_VERBS})"
               rf"(?:\s+(?:that|reporters|the\s+\w+|in\s+a\s+statement|on\s+\w+))?\s*[,:]?\s*$"),
    re.compile(rf"according to\s+(?P<who>{_NAME}|{_DESCRIPTIVE})\s*,?\s*$"),
]
# CJK scripts write no spaces: each character counts as a word there.
_WORDS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]|[^\W\u3040-\u30ff\u3400-\u9fff]+", re.UNICODE)


@attrs.define
class _Span:
    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark (or the paragraph end when unclosed)
    text: str
    closed: bool
    pieces: int = 1


def _paragraphs(text: str) -> list[tuple[int, str]]:
    out = []
    pos = 0
    for para in text.split(BLOCK_SEPARATOR):
        out.append((pos, para))
        pos += len(para) + len(BLOCK_SEPARATOR)
    return out


def _is_open_context(text: str, i: int) -> bool:
    """A straight quote opens when what precedes it is the start, a space or an opening bracket."""
    return i == 0 or text[i - 1] in " \t\n([{—–-/:"


_OPENERS = re.compile("[“\"«„「『‹”]")
_OPENERS_WITH_SINGLES = re.compile("[“\"«„「『‹”‘']")
_ANY_MARK = re.compile("[“”\"«»„「」『』‹›‘’']")


def _spans_in(para: str, base: int, singles: bool) -> list[_Span]:
    """Quoted spans of one paragraph; only quotation-mark characters are visited."""
    pairs = dict(_PAIRS)
    if singles:
        pairs.update(_SINGLE_PAIRS)
    openers = _OPENERS_WITH_SINGLES if singles else _OPENERS
    spans = []
    n = len(para)
    i = 0
    while True:
        m = openers.search(para, i)
        if m is None:
            break
        i = m.start()
        ch = para[i]
        if (ch in "\"'" and not _is_open_context(para, i)) or (ch == "”" and i != 0):
            i += 1
            continue
        closers = pairs[ch]
        depth = 0
        end = -1
        for mark in _ANY_MARK.finditer(para, i + 1):
            j = mark.start()
            c = para[j]
            if c in closers and depth == 0 and (c not in "\"'" or j + 1 >= n or not para[j + 1].isalnum()):
                if c == "'" and para[j - 1].isalpha() and j + 1 < n and para[j + 1].isalpha():
                    continue  # an apostrophe inside a word
                end = j
                break
            # nested marks of another kind (‘…’ inside “…”) are part of the text
            if c in "‘«" and c != ch:
                depth += 1
            elif c in "’»" and depth > 0 and c not in closers:
                depth -= 1
        if end == -1:
            spans.append(_Span(base + i, base + n, para[i + 1 :], closed=False))
            break
        spans.append(_Span(base + i, base + end + 1, para[i + 1 : end], closed=True))
        i = end + 1
    return spans


def _word_count(text: str) -> int:
    return len(_WORDS.findall(text))


def _looks_like_title(text: str, before: str) -> bool:
    if _TITLE_CUES.search(before[-40:]):
        return True
    words = text.split()
    if len(words) <= 7 and not re.search(r"[.!?,;:]$", text.strip()):
        caps = sum(1 for w in words if w[:1].isupper())
        if caps == len(words):
            return True
    return False


def _collect(text: str) -> list[_Span]:
    paragraphs = _paragraphs(text)
    doubles = sum(text.count(c) for c in "“\"«„「")
    singles = doubles == 0 and text.count("‘") + text.count(" '") >= 2
    spans: list[_Span] = []
    carry: _Span | None = None
    for base, para in paragraphs:
        found = _spans_in(para, base, singles)
        if carry is not None:
            # A continued quote: this paragraph must open with a mark.
            if found and found[0].start == base:
                first = found.pop(0)
                carry.text = f"{carry.text.rstrip()} {first.text.strip()}"
                carry.end = first.end
                carry.closed = first.closed
                carry.pieces += 1
                if carry.closed:
                    spans.append(carry)
                    carry = None
            else:
                carry = None  # never closed: a stray mark, not a quote
        if carry is None and found and not found[-1].closed:
            carry = found.pop()
        spans.extend(found)
    return spans


def _merge_split(text: str, spans: list[_Span]) -> list[_Span]:
    """ "We will act," he said, "and soon." -> one quote."""
    out: list[_Span] = []
    for span in spans:
        if out:
            prev = out[-1]
            between = text[prev.end : span.start]
            if (
                prev.text.rstrip().endswith(",")
                and 0 < len(between) <= 80
                and "\n" not in between
                and _VERB.search(between)
                and between.rstrip().endswith(",")
            ):
                prev.text = f"{prev.text.rstrip()} {span.text.strip()}"
                prev.end = span.end
                prev.pieces += 1
                continue
        out.append(span)
    return out


# -- speakers --------------------------------------------------------------------------------------
def _names_in(text: str) -> list[str]:
    return re.findall(r"\b[A-Z][a-z'’\-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z'’\-]+){1,3}\b", text)


_TITLES = frozenset(
    """president vice prime minister finance foreign defense defence interior secretary
    senator sen rep representative gov governor mayor chancellor chief executive ceo cfo
    director general gen col lt sgt officer judge justice dr mr mrs ms prof professor
    coach captain chairman chairwoman chair spokesman spokeswoman spokesperson king queen
    prince princess pope minister state deputy ambassador commissioner attorney sheriff
    detective inspector superintendent head leader founder co-founder analyst economist
    police health education justice trade""".split()
)


def _drop_titles(name: str) -> str:
    """"Finance Minister John Smith" -> "John Smith": titles are not part of a name."""
    words = name.split()
    while len(words) > 2 and words[0].lower().rstrip(".") in _TITLES:
        words.pop(0)
    return " ".join(words)


def _tidy_who(who: str) -> str:
    who = who.strip(" ,.;:")
    return re.sub(r"^(?:and|but|then|so)\s+", "", who)


def _speaker_near(text: str, span: _Span, para_start: int, para_end: int) -> str | None:
    after = text[span.end : min(para_end, span.end + 160)]
    for pattern in _AFTER:
        m = pattern.match(after)
        if m:
            return _tidy_who(m.group("who"))
    before = text[max(para_start, span.start - 200) : span.start]
    for pattern in _BEFORE:
        m = pattern.search(before)
        if m:
            who = _tidy_who(m.group("who"))
            if who:
                return who
    return None


def _resolve(who: str, text: str, before: int, last_speaker: str | None) -> str | None:
    low = who.lower()
    if low in _PRONOUNS:
        if last_speaker:
            return last_speaker
        # the nearest full name mentioned before the quote
        names = _names_in(text[max(0, before - 600) : before])
        return names[-1] if names else None
    if low.startswith("the ") or who[:1].islower():
        # a descriptive speaker: "the leaders" resolves to a fuller earlier one with its head noun
        head = low.split()[-1]
        return who if not last_speaker or head not in last_speaker.lower() else last_speaker
    if " " not in who:
        # a surname: the fullest name in the article that ends with it
        full = [_drop_titles(n) for n in _names_in(text) if n.split()[-1] == who]
        full = [n for n in full if " " in n]
        if full:
            return max(full, key=len)
    return who


def find_quotes(text: str) -> tuple[Quote, ...]:
    """Every direct quotation of three words or more in ``text`` (a body's text)."""
    if not text:
        return ()
    paragraphs = _paragraphs(text)
    spans = _merge_split(text, _collect(text))
    out: list[Quote] = []
    last_speaker: str | None = None
    for span in spans:
        body = span.text.strip()
        if _word_count(body) < 3:
            continue
        para_start = max((b for b, _ in paragraphs if b <= span.start), default=0)
        para_end = next((b + len(p) for b, p in paragraphs if b <= span.end <= b + len(p) + 1),
                        len(text))
        if _looks_like_title(body, text[para_start : span.start]):
            continue
        who = _speaker_near(text, span, para_start, para_end)
        speaker = _resolve(who, text, span.start, last_speaker) if who else None
        if speaker:
            last_speaker = speaker
        out.append(Quote(body, speaker, span.start, span.end))
    return tuple(out)
