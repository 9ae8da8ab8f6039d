"""The evaluation sets beyond Scrapinghub: pages of ../shared/corpora with what each one knows.

Every set is a list of ``SetPage`` (an id such as ``readability/001``, the URL, the raw bytes,
and the truth that set provides). Which sets were used to develop the heuristics and which
are held out is declared here, once (``DEVELOPMENT`` / ``HELD_OUT``), and printed with every
table, so that a figure always says whether it was tuned on.

- ``readability``: mozilla/readability's 93 real pages; body = the text its maintainers
  accepted (shingle metric), title, byline, publishedTime.
- ``mercury-a`` / ``mercury-b``: the Mercury parser's pages, split in two halves by a hash of
  the site's domain (the same site is never on both sides); title, authors, date, and where
  the body starts (its first N words).
- ``newspaper``: the newspaper library's 145 pages with expected text (shingle metric).
- ``labelled``: our own labels (tests/labels/pages/*.json, made by reading the pages of the
  three corpora above): 2-6 passages that must be in the body, 1-4 that must not, headline,
  authors, published day, dateline; split the same way (``labelled-dev`` on readability and
  mercury-a pages, ``labelled-heldout`` on mercury-b and newspaper pages).
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .corpus import REPO_ROOT

SHARED_ENV_VAR = "ARTICLEKIT_SHARED_CORPORA"
DEFAULT_SHARED = REPO_ROOT.parent / "shared" / "corpora"
LABELS = REPO_ROOT / "tests" / "labels" / "pages"

#: Sets whose failures were read while changing the heuristics.
DEVELOPMENT = ("scrapinghub", "readability", "mercury-a", "labelled-dev")
#: Sets never looked into while changing them: scored before and after, nothing more.
HELD_OUT = ("newspaper", "mercury-b", "labelled-heldout")


@dataclass(frozen=True)
class SetPage:
    """One page of an evaluation set and what that set says about it."""

    id: str
    url: str
    html: bytes
    truth: dict[str, Any] = field(default_factory=dict)


def shared_root() -> Path | None:
    """$ARTICLEKIT_SHARED_CORPORA, else <repo>/../shared/corpora; None when absent."""
    path = Path(os.environ.get(SHARED_ENV_VAR) or DEFAULT_SHARED)
    return path.resolve() if (path / "readability").is_dir() else None


_INDEX_FILES = {"readability": "labels.json", "mercury": "labels.json", "newspaper": "index.json"}


@functools.cache
def corpus_index(root: Path, corpus: str) -> dict[str, Any]:
    """A corpus's labels or index file (read once per run: the readability one is 1.2 MB)."""
    path = root / corpus / _INDEX_FILES[corpus]
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _gunzip(path: Path) -> bytes:
    return gzip.decompress(path.read_bytes())


def mercury_half(domain: str) -> str:
    """``a`` or ``b``: a fixed split of Mercury's sites (sha1 of the domain, parity)."""
    return "ab"[int(hashlib.sha1(domain.encode()).hexdigest(), 16) % 2]


def readability(root: Path) -> list[SetPage]:
    labels = corpus_index(root, "readability")
    # Readability's `title` is its own output (the page's <title>, site name and all); the
    # visible headline, as our reading labels give it (pages/R*.json), is scored beside it.
    read = read_labels()
    pages = []
    for name, lab in sorted(labels.items()):
        if lab["kind"] != "article":
            continue
        pages.append(SetPage(
            f"readability/{name}", lab.get("url") or "",
            _gunzip(root / "readability" / "pages" / f"{name}.html.gz"),
            {"body": lab["text"], "title": lab.get("title"), "byline": lab.get("byline"),
             "published_instant": lab.get("publishedTime"), "lang": lab.get("lang"),
             "visible_headline": read.get(f"readability/{name}", {}).get("headline")},
        ))
    return pages


# Mercury pages whose author label is not a person by its own notes (a site, desk, user
# handle, performer, role, institution) or credits roles our labels leave out (illustrator,
# translator): authors are not scored there.
_MERCURY_AUTHOR_SKIP = ("site's", "desk", "user name", "user handle", "performer", "a role",
                        "institution", "channel", "publication", "illustrat", "translat",
                        "byline of the site", "URL")


def mercury(root: Path, half: str | None = None) -> list[SetPage]:
    labels = corpus_index(root, "mercury")
    pages = []
    for name, lab in sorted(labels.items()):
        if half is not None and mercury_half(lab["domain"]) != half:
            continue
        notes = lab.get("notes") or ""
        authors = lab.get("authors")
        if "author asserted empty" in notes:
            authors = []
        elif authors is not None and any(s in notes for s in _MERCURY_AUTHOR_SKIP):
            authors = None
        if authors == [] and "asserted empty" not in notes:
            authors = None
        date = lab.get("date_published")
        if date is None and "date_published asserted empty" in notes:
            date = ""
        pages.append(SetPage(
            f"mercury/{name[:-3]}", lab.get("url") or "",
            _gunzip(root / "mercury" / "pages" / name),
            {"title": lab.get("title"), "authors": authors, "published_instant": date,
             "first_words": lab.get("content_first_words"), "lang": lab.get("language")},
        ))
    return pages


def newspaper(root: Path) -> list[SetPage]:
    index = corpus_index(root, "newspaper")
    pages = []
    for name, entry in sorted(index.items()):
        if not entry.get("text"):
            continue
        text = (root / "newspaper" / "text" / f"{name}.txt").read_text(encoding="utf-8")
        pages.append(SetPage(
            f"newspaper/{name}", entry.get("url") or "",
            _gunzip(root / "newspaper" / "pages" / f"{name}.html.gz"), {"body": text},
        ))
    return pages


def page_url(root: Path, page_id: str) -> str:
    """The URL a corpus gives for one of its pages ("" when none)."""
    corpus, _, name = page_id.partition("/")
    if corpus == "mercury":
        return corpus_index(root, "mercury")[f"{name}.gz"].get("url") or ""
    if corpus in ("readability", "newspaper"):
        return corpus_index(root, corpus)[name].get("url") or ""
    return ""


def page_ids(corpus: str, root: Path) -> list[str]:
    """Every page id of a corpus (``corpus/name``), sorted."""
    if corpus == "mercury":
        return sorted(f"mercury/{p.name[:-3]}" for p in (root / "mercury" / "pages").glob("*.gz"))
    if corpus == "scrapinghub":
        return sorted(
            f"scrapinghub/{p.name[:-8]}" for p in (root / "scrapinghub" / "html").glob("*.html.gz")
        )
    return sorted(f"{corpus}/{p.name[:-8]}" for p in (root / corpus / "pages").glob("*.html.gz"))


def page_bytes(root: Path, page_id: str) -> bytes:
    corpus, _, name = page_id.partition("/")
    if corpus == "mercury":
        return _gunzip(root / "mercury" / "pages" / f"{name}.gz")
    if corpus == "scrapinghub":
        return _gunzip(root / "scrapinghub" / "html" / f"{name}.html.gz")
    return _gunzip(root / corpus / "pages" / f"{name}.html.gz")


def labelled_side(page_id: str, root: Path) -> str:
    """``dev`` or ``heldout`` for a labelled page, by the corpus set it belongs to."""
    corpus, _, name = page_id.partition("/")
    if corpus == "newspaper":
        return "heldout"
    if corpus == "mercury":
        domain = corpus_index(root, "mercury")[f"{name}.gz"]["domain"]
        return "dev" if mercury_half(domain) == "a" else "heldout"
    return "dev"


def read_labels(folder: Path = LABELS) -> dict[str, dict[str, Any]]:
    """Every batch file of the folder (``tests/labels/pages/*.json``) merged, by page id."""
    labels: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("*.json")):
        labels.update(json.loads(path.read_text(encoding="utf-8")))
    return labels


def labelled(root: Path, side: str | None = None, folder: Path = LABELS) -> list[SetPage]:
    """Our own labels, keyed by page id; ``side`` picks ``dev`` or ``heldout``."""
    labels = read_labels(folder)
    pages = []
    for page_id, lab in sorted(labels.items()):
        if lab.get("skip"):
            continue
        if side is not None and labelled_side(page_id, root) != side:
            continue
        pages.append(SetPage(page_id, page_url(root, page_id), page_bytes(root, page_id), dict(lab)))
    return pages


def load_set(name: str, root: Path) -> list[SetPage]:
    """One named set (see ``SETS``)."""
    loaders = {
        "readability": lambda: readability(root),
        "mercury-a": lambda: mercury(root, "a"),
        "mercury-b": lambda: mercury(root, "b"),
        "newspaper": lambda: newspaper(root),
        "labelled-dev": lambda: labelled(root, "dev"),
        "labelled-heldout": lambda: labelled(root, "heldout"),
    }
    return loaders[name]()


SETS = ("readability", "mercury-a", "labelled-dev", "newspaper", "mercury-b", "labelled-heldout")

#: The labelled quote sets (tests/labels/), each with the corpus whose pages it names: the one
#: the heuristics were developed on, three labelled later on other Scrapinghub pages, and two on
#: article text from outside that corpus (the public test pages of mozilla/readability and of
#: newspaper, parsed from ../shared/corpora); each was first scored before any change made for
#: it (tests/labels/README.md).
QUOTE_SETS = {
    "quotes.json": "scrapinghub",
    "quotes_heldout.json": "scrapinghub",
    "quotes_third.json": "scrapinghub",
    "quotes_fourth.json": "scrapinghub",
    "quotes_outside_readability.json": "readability",
    "quotes_outside_newspaper.json": "newspaper",
    "quotes_mercury_a.json": "mercury",
    "quotes_mercury_b.json": "mercury",
}
#: Quote sets never read while changing the speaker rules: scored, their failures not written.
QUOTES_HELD_OUT = ("quotes_mercury_b.json",)
