"""Direct quotations in the body, each with its speaker (found by the ``speakers`` package).

Works on ``body.text`` so offsets are exact. Steps:
1. Find quoted spans per paragraph for each pair of marks (“ ” " " « » „ “ 「 」 ‘ ’), keeping
   nested marks inside the outer quote.
2. Join a quote continued over paragraphs (opening mark repeated, no closing mark until the
   last) and a quote split around its attribution ("We will act," he said, "and soon.").
3. Drop what is not speech: fewer than three words, titles of works, slogans, chants,
   named terms and thoughts.
4. Ask the ``speakers`` package who said it; a quote that names no one carries on the voice of the
   quote in the paragraph before, or of a paragraph that reports someone speaking.
"""

from __future__ import annotations

import bisect
import re

import attrs

from ..model import BLOCK_SEPARATOR, Quote
from .speakers import (
    PRONOUNS,
    SPEECH_VERB,
    FullNames,
    attribution_near,
    embedded_attribution,
    ends_sentence,
    full_names,
    rejection,
    reported_speaker,
    resolve_speaker,
    without_sentence_word,
)
from .speakers.interview import answers_named, interview_turns

__all__ = ["MAX_ATTRIBUTED", "MAX_QUOTES", "find_quotes"]

# Limits no article comes near (the most quoted page of the corpus has 33 quotes), so a
# hostile page stays cheap: quoted spans past MAX_QUOTES are not read, and quotes past
# MAX_ATTRIBUTED are listed without a speaker search.
MAX_QUOTES = 5000
MAX_ATTRIBUTED = 1000

# Opening mark -> the marks that may close it. Hand-typed pages mix straight and curly marks
# ("I am committed ...”), so each closes the other's quote.
# (General vocabulary: the quotation marks of each language.)
_PAIRS = {"“": "”\"", "\"": "\"”", "«": "»", "„": "“”", "「": "」", "『": "』", "‹": "›", "”": "”",
          "»": "«"}  # (German and Scandinavian »…«: see _spans_in)
_SINGLE_PAIRS = {"‘": "’", "'": "'"}
_TITLE_CUES = re.compile(
    r"(?:\b(?:film|movie|book|novel|song|album|single|series|show|play|poem|episode|titled|"
    r"entitled|called|so-called|dubbed|named|nicknamed|nickname of|hashtag|term|word|phrase|slogan|"
    r"label|headline|motto|article|column|podcast|program|programme|exhibition|campaign|"
    r"tagline|catchphrase|billboards?|signs?|known as|referred to as|termed|hits?|track|"
    r"reading|singles|songs|albums|films|books|shows)"
    r"(?:\s+(?:like|such as|including))?\s*(?:\d{4}[’']s\s*)?,?\s*)$",
    re.I,
)
# A term being named or a thought, not speech: 'the term often used is “bird fancier's
# lung”', 'then there is “hot tub lung”', 'conditions like “...”', 'people shrug and think, “...”',
# 'teachers chanted, “...”' (a chant is a slogan), imagined lines ('as if to say')
_TERM_CUES = re.compile(
    r"(?:\b(?:term|called|known as|dubbed|named)(?:\s+[a-z]+){0,4}\s+(?:is|was|are|were)|"
    r"(?:\n|[.!?][”\"’]?\s+)(?:[Tt]hen |[Aa]nd )?[Tt]here (?:is|are)|\b(?:conditions|terms|things|words|phrases) like|"
    r"\b(?:is|are|was|were) (?:called|known as|dubbed|named)(?: an?)?|"  # 'This is called a “...”'
    # imagined speech: 'as if to say, “...”', 'He’ll say, “...”'
    r"(?:\bas if to say|(?:[’']ll|\bwill) (?:say|ask))\s*[,:]?|"
    r"\b(?:think|thinks|thought|thinking|wonder|wonders|wondered|wondering|chanted|chanting|"
    r"chant|chants|signs? (?:reading|that read|saying))\s*,?)\s*$", re.I)
# CJK scripts write no spaces: each character counts as a word there.
_WORDS = re.compile(  # "Dawson’s" and "That's" are one word each
    r"[\u3040-\u30ff\u3400-\u9fff]|[^\W\u3040-\u30ff\u3400-\u9fff]+(?:[’'][^\W\u3040-\u30ff\u3400-\u9fff]+)*",
    re.UNICODE)


@attrs.define
class _Span:
    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark (or the paragraph end when unclosed)
    parts: list[str]  # the text of each piece; joined once, at the end (no quadratic joins)
    closed: bool
    first_end: int = -1  # end of the first piece: where an attribution after it starts

    def __attrs_post_init__(self) -> None:
        if self.first_end < 0:
            self.first_end = self.end

    @property
    def text(self) -> str:
        return " ".join(self.parts)

    def join(self, other: _Span) -> None:
        """Continue this quote with ``other`` (one space between the pieces)."""
        self.parts[-1] = self.parts[-1].rstrip()
        self.parts.append(other.text.strip())
        self.end = other.end
        self.closed = other.closed


def _paragraphs(text: str) -> list[tuple[int, str]]:
    out = []
    pos = 0
    for para in text.split(BLOCK_SEPARATOR):
        out.append((pos, para))
        pos += len(para) + len(BLOCK_SEPARATOR)
    return out


def _is_open_context(text: str, i: int) -> bool:
    """A straight quote opens when what precedes it is the start, a space or an opening bracket
    (never a function call's: 'console.log("[*] skip")' is code)."""
    if i >= 2 and text[i - 1] == "(" and (text[i - 2].isalnum() or text[i - 2] in "_."):
        return False
    return i == 0 or text[i - 1] in " \t\n([{—–-/:"


_OPENERS = re.compile("[“\"«„「『‹”»]")
_OPENERS_WITH_SINGLES = re.compile("[“\"«„「『‹”»‘']")
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
        if (ch in "\"'" and not _is_open_context(para, i)) or (
            ch == "”" and i != 0 and para[max(0, i - 2) : i] not in (": ", ", ")
        ) or (
            # » opens (German »Wir wussten«) only against a word; before a space it closes
            # a French « … » whose opener the paragraph did not hold
            ch == "»" and (i + 1 >= n or not para[i + 1].isalnum() or "«" not in para[i + 1 :])
        ):  # ” opens only where a quote must start (typed the wrong way round)
            i += 1
            continue
        closers = pairs[ch]
        depth = 0
        end = -1
        for mark in _ANY_MARK.finditer(para, i + 1):
            j = mark.start()
            c = para[j]
            if c == "’" and depth == 0 and j + 1 < n and para[j + 1] == "’" and "”" in closers:
                end = j + 1  # ’’ typed for ”
                break
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
            spans.append(_Span(base + i, base + n, [para[i + 1 :]], closed=False))
            break
        text_end = end - 1 if para[end] == "’" and para[end - 1] == "’" else end
        spans.append(_Span(base + i, base + end + 1, [para[i + 1 : text_end]], closed=True))
        i = end + 1
    return spans


def _word_count(text: str) -> float:
    """Words; a Chinese or Japanese character (written without spaces) counts as half a word,
    so "上下楼难", a four-character term in quotation marks, is no speech."""
    n = 0.0
    for token in _WORDS.findall(text):
        n += 0.5 if len(token) == 1 and "\u3040" <= token <= "\u9fff" else 1.0
    return n


# Words a title leaves in lower case (English, and the Romance and German ones seen in titles)
# (General vocabulary: small words of titles.)
_SMALL_WORDS = frozenset("""a an the of to in on at for and or but with by from as vs de da do das dos
    para em e o os as seu seus sua suas le la les des du et en und der die das für mit von zu el
    los las y con por del dello della dei degli delle di il lo gli""".split())


_AFTER_CUES = re.compile(
    r"^\s*(?:awareness\s+|ad\s+|marketing\s+|advertising\s+)?(?:campaign|slogan|tagline|"
    r"billboards?|hashtag|ads?\b|motto|stance|policy|formula|doctrine|principle|framework|"
    r"rhetoric|narrative|strategy|agenda|approach|mantra)\b", re.I)


def _looks_like_title(text: str, before: str, after: str = "") -> bool:
    """A film, song or book title or a slogan: a cue word before or after it, or Title Case
    without a sentence."""
    if _TITLE_CUES.search(before[-60:]) or _AFTER_CUES.match(after[:40]) or _TERM_CUES.search(
            before[-60:] if len(before) > 60 else f"\n{before}"):  # "\n": the paragraph starts
        return True
    words = text.rstrip(",").split()
    if 2 <= len(words) <= 8 and all(w[:1].isupper() or not w[:1].isalpha() for w in words) \
            and (re.match(r"\s*[“\"]", after) or re.search(r"[”\"],?\s*$", before[-4:])):
        return True  # one of a list of titles: “Listen To The Music,” “Minute By Minute,” ...
    if 3 <= len(words) <= 10 and not re.search(r"[!?;:]$", text.rstrip(",").strip()):
        # Title Case all through ("What a Fool Believes.", "10 Things in Tech You Need to
        # Know"): a title, even with a final period; a sentence capitalises its first word only
        big = [w for w in words if w.lower() not in _SMALL_WORDS or w is words[0]]
        if len(big) >= 2 and all(w[:1].isupper() or not w[:1].isalpha() for w in big):
            return True  # "Melvin and Howard", "I Cavalieri dello Zodiaco"
        if all(w[:1].isupper() or not w[:1].isalpha() for w in words):
            return True  # even the small words capitalised: "We’re On It"
    return False


# A paragraph an embedded post leaves in the text: its credit ("— Tottenham Hotspur
# (@SpursOfficial) November 20, 2019") or a caption of a few words with no sentence in it.
_EMBED_LINE = re.compile(r"[—–-]\s.{0,80}\(@\w+\)|(?:[\w’'-]+ ){0,3}[\w’'-]+$")


def _collect(text: str, paragraphs: list[tuple[int, str]]) -> list[_Span]:
    """The quoted spans of the text, a quote continued over paragraphs joined; at most
    MAX_QUOTES of them."""
    doubles = sum(text.count(c) for c in "“\"«„「")
    singles = doubles == 0 and text.count("‘") + text.count(" '") >= 2
    spans: list[_Span] = []
    carry: _Span | None = None
    skipped = 0
    for base, para in paragraphs:
        if len(spans) >= MAX_QUOTES:
            break
        found = _spans_in(para, base, singles)[: MAX_QUOTES - len(spans)]  # (one huge paragraph too)
        if carry is not None and not found and skipped < 3 and _EMBED_LINE.match(para):
            skipped += 1  # an embedded post's caption or credit inside a long statement
            continue
        skipped = 0
        if carry is not None:
            # A continued quote: this paragraph must open with a mark.
            if found and found[0].start == base:
                carry.join(found.pop(0))
                if carry.closed:
                    # its attribution follows the closing mark, not the first paragraph
                    carry.first_end = carry.end
                    spans.append(carry)
                    carry = None
            else:
                carry = None  # never closed: a stray mark, not a quote
        if carry is None and found and not found[-1].closed:
            carry = found.pop()
        spans.extend(found)
    return spans


def _new_sentence(text: str) -> bool:
    """Whether a sentence ends inside ``text`` ("Dr.", "La.", initials and "R-Neb." do not)."""
    return any(ends_sentence(text[: m.start()]) for m in re.finditer(r"[.!?]\s+\S", text))


def _title_like(span: _Span) -> bool:
    words = span.text.split()
    return len(words) <= 4 and bool(words) and words[0][:1].isupper() and all(
        w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words)


def _opens_sentence(text: str, span: _Span) -> bool:
    """Whether the quote starts its sentence (a whole quotation, not a phrase inside one)."""
    before = text[max(0, span.start - 3) : span.start]
    return span.start == 0 or before.endswith(("\n", ". ", ": ", "? ", "! ", "” ", '" '))


def _attributed_after(text: str, span: _Span) -> bool:
    """Whether a speech verb follows the quote closely (its own attribution)."""
    after = text[span.end : span.end + 60].split("\n", 1)[0]
    m = SPEECH_VERB.search(after)
    return m is not None and m.start() <= 40


def _two_speakers(text: str, first: _Span, second: _Span) -> bool:
    """'“The plan is dead,” Schumer said. “We will pass it,” McConnell said.': two quotes, each
    with its own attribution naming someone else, are not one split quote."""
    if not _attributed_after(text, second):
        return False
    para_start = text.rfind("\n", 0, first.start) + 1
    para_end = text.find("\n", second.end)
    para_end = len(text) if para_end < 0 else para_end
    one = attribution_near(text, first.start, first.first_end, para_start, para_end)
    two = attribution_near(text, second.start, second.end, para_start, para_end)
    if one is None or two is None or one.lower() in PRONOUNS or two.lower() in PRONOUNS:
        return False  # "he said" ... "Sasse said": the same voice as far as the text tells
    return one.split()[-1] != two.split()[-1]


def _merge_split(text: str, spans: list[_Span]) -> list[_Span]:
    """ "We will act," he said, "and soon." -> one quote (also « …», a-t-elle ajouté, « … »).

    The attribution between the pieces may itself hold a short title in marks ("said on
    CNBC's "Trading Nation""); such a span is left alone and the pieces around it still join.
    """
    out: list[_Span] = []
    target: _Span | None = None  # the last span a continuation may join
    target_title = False  # whether the target reads as a title (decided once per target)
    target_words = 0
    speaker_checks = 0  # each reads attributions twice: bounded like the speaker search
    for span in spans:
        if target is not None:
            between = text[target.end : span.start]
            core = between.strip().rstrip(".,:;“\"«„ ")
            if _title_like(span) and span.end < len(text) and len(between) <= 200 and "\n" not in between \
                    and between.rstrip()[-1:] not in (",", ":", ".", ";"):
                # ('said on CNBC's “Trading Nation”'; never '..., he said later. “Please.”')
                out.append(span)  # a title inside the attribution; keep looking past it
                continue
            if (
                not target_title
                and 0 < len(between) <= 250
                and "\n" not in between
                and not _new_sentence(core)  # no other sentence between the pieces
                and (target_words >= 2 or len(between.strip()) <= 30)
                and SPEECH_VERB.search(between)
                # the second piece opens after the attribution's punctuation ('he said, “'),
                # not inside a sentence of its own ('adding that it shows just a “...”')
                and between.rstrip()[-1:] in (",", ":", ".", ";", "—", "–")
                and (speaker_checks := speaker_checks + 1) <= MAX_ATTRIBUTED
                and not _two_speakers(text, target, span)
                and (target.parts[-1].rstrip().rstrip("’'").rstrip().endswith(",")
                     or between.lstrip().startswith(",")
                     # '“…?” Pluznick recalled. “…”': a bare attribution between two pieces of
                     # one paragraph, when the first opens its sentence and the second has no
                     # attribution of its own
                     or (len(core) <= 60 and _opens_sentence(text, target)
                         and not _attributed_after(text, span)))
            ):
                target_words += len(span.text.split())
                first_end = target.first_end
                target.join(span)
                target.first_end = first_end  # the attribution sits between the pieces
                continue
        out.append(span)
        target = span
        target_title = _looks_like_title(span.text, text[max(0, span.start - 61) : span.start])
        target_words = len(span.text.split())
    return out


def _article_names(text: str, headline: str | None) -> FullNames:
    """Surname -> the fullest form of each person's name in the body (and a sentence-case
    headline)."""
    # a photo credit ("© Martin Taylor of Aberdeenshire, Scotland") runs names into places
    # (blanked, not cut: a surname is resolved by where its people were named)
    names = full_names(re.sub(r"(?m)^©.*$", lambda m: " " * len(m.group(0)), text))
    long_words = [w for w in (headline or "").split() if len(w) >= 4]
    if long_words and sum(w[:1].isupper() for w in long_words) <= len(long_words) / 2:
        # a headline in sentence case only: Title Case ("Republicans Are Following Trump")
        # capitalises words that are not names
        for surname, name in full_names(headline or "").items():
            known = names.get(surname)
            if known is None and re.search(rf"\b(?:President|Mr|Mrs|Ms|Sen|Gov|Dr|Rep)\.?\s+{re.escape(surname)}\b", text):
                continue  # "President Biden" in the body is not the headline's "Hunter Biden"
            if known is None or (len(name) > len(known) and name.endswith(f" {known}")):
                names[surname] = name
    return names


def find_quotes(text: str, headline: str | None = None) -> tuple[Quote, ...]:
    """Every direct quotation of three words or more in ``text`` (a body's text).

    ``headline``: the article's headline, whose full names count when a surname in the body is
    written out ("Van Der Beek" -> "James Van Der Beek" when only the headline has it)."""
    if not text:
        return ()
    paragraphs = _paragraphs(text)
    starts = [b for b, _ in paragraphs]
    spans = _merge_split(text, _collect(text, paragraphs))
    names: dict[str, str] | None = None  # the article's full names, once a quote needs them
    dropped_end = 0  # where the last span dropped as a title (or slogan, chant) ends
    out: list[Quote] = []
    last_speaker: str | None = None
    verdicts: dict[str, str | None] = {}  # speaker -> the candidate rule that rejects it
    for span in spans:
        body = span.text.strip()
        if _word_count(body) < 3:
            continue
        # paragraphs found by bisection: a page of many short quoted paragraphs stays linear
        index = max(0, bisect.bisect_right(starts, span.start) - 1)
        para_start = starts[index]
        last = max(0, bisect.bisect_right(starts, span.end) - 1)
        if last and span.end == starts[last]:
            last -= 1
        para_end = starts[last] + len(paragraphs[last][1])
        # (slices bounded: a paragraph of a megabyte must not be copied per quote)
        if _looks_like_title(body, text[max(para_start, span.start - 200) : span.start],
                             text[span.end : span.end + 40]) or (
                0 < dropped_end and span.start - dropped_end < 12
                and re.fullmatch(r",? *(?:and|or|,)? *", text[dropped_end : span.start])):
            # a title, slogan or chant, or the next one of a list of them ('chanted, “Fund our
            # schools,” and “Put kids first,”')
            dropped_end = span.end
            continue
        if len(out) >= MAX_ATTRIBUTED:
            # no article quotes this much; a hostile page should not cost a speaker search
            # per quote (each reads a window of text around it)
            out.append(Quote(embedded_attribution(body)[0], None, span.start, span.end))
            continue
        if names is None:
            names = _article_names(text, headline)
        body, who = embedded_attribution(body)
        if who is None:
            who = attribution_near(text, span.start, span.first_end, para_start, para_end, names)
        speaker = resolve_speaker(who, text, span.start, last_speaker, names) if who else None
        if speaker is None and out and span.start == para_start and out[-1].speaker and \
                bisect.bisect_right(starts, out[-1].end) - 1 in (index - 1, index) and \
                re.search(r"[.!?,…:;]$", body):
            # a new paragraph of quotation right after a quote carries on the same voice (not
            # a quoted subheading, which ends without punctuation)
            speaker = out[-1].speaker
        if speaker is None and span.start == para_start and not text[span.end : para_end].strip():
            # a paragraph that is all quotation after one reporting what someone said
            # ("Erekat said it was only the latest move ..."): that person goes on speaking
            who = reported_speaker(paragraphs[index - 1][1]) if index else None
            if who is None and not re.search(r"[.!?,…:;]$", body) and index + 1 < len(paragraphs) \
                    and _ANY_MARK.search(paragraphs[index + 1][1]):
                # a quoted subheading ("My fears have been realized") over a paragraph that
                # opens with its speaker and quotes them ("Morrison told the committee, “...”")
                who = reported_speaker(paragraphs[index + 1][1], may_quote=True)
            speaker = resolve_speaker(who, text, span.start, last_speaker, names) if who else None
        if speaker:
            if speaker not in verdicts:  # each name is judged once per article
                kept = without_sentence_word(speaker, text, names or {})
                verdicts[speaker] = None if rejection(kept, text, names or {}) else kept
            # None: not a person, an organisation or a description: no speaker
            speaker = verdicts[speaker]
        if speaker:
            last_speaker = speaker
        out.append(Quote(body, speaker, span.start, span.end))
    turns = answers_named(text, interview_turns(text, paragraphs), headline)
    if turns:
        # an interview's turns are its speakers' words; a quotation inside a turn is part of it
        inside = [(t.start, t.end) for t in turns]
        out = [q for q in out if not any(a <= q.start < b for a, b in inside)]
        out += [Quote(t.text, t.speaker, t.start, t.end) for t in turns]
        out.sort(key=lambda q: q.start)
        del out[MAX_QUOTES:]  # (as many as the marked quotes may be, on a hostile page too)
    return tuple(out)
