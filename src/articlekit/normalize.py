"""The normalizer: text, names, dates and URLs, as pure functions.

The pipeline applies these to every merged field, so extractors (built-in or plugins) may
return text as they found it.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from urllib.parse import urljoin, urlsplit

__all__ = [
    "absolute_url",
    "day_of",
    "plausible_date",
    "clean_inline",
    "clean_text",
    "normalize_name",
    "normalize_when",
]

# Spaces a reader sees as one space; zero-width characters and soft hyphens a reader never sees.
_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\x0b\x0c\r]")
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# C1 controls in text are windows-1252 bytes read as Latin-1 ("I\x92m", "\x93Yes\x94"): each
# is the character windows-1252 gives that byte, as HTML maps "&#146;" to "’"; the five bytes
# it leaves undefined stay controls (and go).
_C1_AS_CP1252 = {c: bytes([c]).decode("cp1252") for c in range(0x80, 0xA0)
                 if c not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
_C1 = re.compile("[\x80-\x9f]")
_MULTISPACE = re.compile(" {2,}")
_SPACE_AROUND_NEWLINE = re.compile(" *\n *")


def clean_text(text: str) -> str:
    """NFC, visible spaces to plain spaces, invisible characters and controls removed.

    Newlines are kept (one block may hold line breaks); runs of spaces collapse to one.
    """
    if not text:
        return ""
    if text.isascii() and text.isprintable():
        # the common case: nothing to normalise but doubled spaces
        return (_MULTISPACE.sub(" ", text) if "  " in text else text).strip()
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    if _C1.search(text):  # (translate walks every character: only when there is one)
        text = text.translate(_C1_AS_CP1252)
    text = _CONTROL.sub("", text)
    text = _MULTISPACE.sub(" ", text)
    text = _SPACE_AROUND_NEWLINE.sub("\n", text)
    return text.strip()


def clean_inline(text: str | None) -> str | None:
    """clean_text for one-line fields (headline, names, site name): all whitespace is one space."""
    if text is None:
        return None
    text = " ".join(clean_text(text).split())
    return text or None


_NAME_PARTICLES = frozenset(
    "van von der den de del della di da dos das du la le bin al el ter ten zu".split()
)
_LAST_FIRST = re.compile(r"^([^,]+),\s*([^,]+)$")
_INITIALS = re.compile(r"^(?:[A-Z]\.){2,}$")


def _recase_word(word: str, first: bool) -> str:
    if not word:
        return word
    lower = word.lower()
    if not first and lower in _NAME_PARTICLES:
        return lower
    if _INITIALS.match(word):
        return word
    # Mc/Mac and O' names keep their inner capital: MCDONALD -> McDonald, O'BRIEN -> O'Brien
    parts = re.split(r"([-'\u2019])", lower)
    out = "".join(p[:1].upper() + p[1:] if p not in "-'\u2019" else p for p in parts)
    if out.startswith("Mc") and len(out) > 2:
        out = "Mc" + out[2].upper() + out[3:]
    return out


_SHOUTED = re.compile(r"^[^\W\d_]{3,}$")  # a word of three letters or more (not initials)


def normalize_name(name: str) -> str:
    """A person's name as a reader writes it: "DANIEL KIM" -> "Daniel Kim",
    "Kim, Daniel" -> "Daniel Kim". Mixed-case names are left as the page wrote them."""
    name = clean_inline(name) or ""
    m = _LAST_FIRST.match(name)
    if m and " " not in m.group(1).strip() and len(m.group(2).split()) <= 2:
        last, first = m.group(1).strip(), m.group(2).strip()
        # "Jr." / "III" after a comma is a suffix, not a first name
        if first.rstrip(".").lower() not in {"jr", "sr", "ii", "iii", "iv", "phd", "md"}:
            name = f"{first} {last}"
    letters = [c for c in name if c.isalpha()]
    cased = [c for c in letters if c.upper() != c.lower()]
    if cased and (all(c.isupper() for c in cased) or all(c.islower() for c in cased)):
        words = name.split(" ")
        name = " ".join(_recase_word(w, i == 0) for i, w in enumerate(words))
    elif " " in name:
        # "Ayşe KAYA", "Jean DUPONT": a surname in capitals beside a given name in mixed case
        words = name.split(" ")
        name = " ".join(_recase_word(w, i == 0) if _SHOUTED.match(w) and w.isupper() else w
                        for i, w in enumerate(words))
    return name


def day_of(value: dt.datetime | dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def plausible_date(value: dt.datetime | dt.date, now: dt.datetime | None = None) -> bool:
    """A date an article can have: not a placeholder (0001-01-01), not before the web, not
    after ``now`` (the fetch time, else the clock) with a day of slack for time zones."""
    now = now or dt.datetime.now(dt.timezone.utc)
    day = day_of(value)
    latest = now.date() + dt.timedelta(days=1) if now.date() < dt.date.max else dt.date.max
    return day.year >= 1990 and day <= latest


def normalize_when(
    value: dt.datetime | dt.date | None, *, now: dt.datetime | None = None
) -> dt.datetime | dt.date | None:
    """Drop dates no article can have; keep the offset as given."""
    if value is None or not plausible_date(value, now):
        return None
    return value


def absolute_url(url: str | None, base: str | None) -> str | None:
    """``url`` resolved against ``base``; None for empty, script and data URLs."""
    if not url:
        return None
    url = url.strip()
    if not url or url.lower().startswith(("javascript:", "data:", "about:", "mailto:")):
        return None
    if url.startswith("//") and base:
        scheme = urlsplit(base).scheme or "https"
        return f"{scheme}:{url}"
    if base:
        try:
            return urljoin(base, url)
        except ValueError:
            return url
    return url
