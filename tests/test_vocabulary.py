"""No word list in fields/ is tuned to a single page.

Every list of words in a field module (a frozenset, set, tuple, list or dict of strings, a
split string, or an alternation of plain words joined by "|") either says, in the
comment right above it, that it is general vocabulary of its kind ("General vocabulary: the
speech verbs of each language", "Markup vocabulary: meta tag names") or has every entry on at
least two pages of different sites across ../shared/corpora. The corpus check runs on the
lists without such a comment and skips without the corpora; that each justification says what
vocabulary it is runs everywhere.
"""

from __future__ import annotations

import ast
import json
import re
from urllib.parse import urlsplit

import pytest
from conftest import ROOT, shared_path

FIELDS = ROOT / "src" / "articlekit" / "fields"
JUSTIFIED = re.compile(r"general vocabulary|markup vocabulary", re.I)
_PLAIN_ALTERNATION = re.compile(r"[\w\s'’|\-]+")

# Entries taken from single labelled pages and removed (issue 16); they must not come back.
REMOVED = ("singer-guitarist", "singer-guitarists", "přirovnává", "přidává se", "inquisitors",
           "censors", "commenter", "commenters", "fernandoco", "swt")


def _strings(node: ast.AST) -> list[str] | None:
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "split" and isinstance(func.value, ast.Constant) \
                and isinstance(func.value.value, str):
            return func.value.value.split()
        if isinstance(func, ast.Name) and func.id in ("frozenset", "set", "tuple") and node.args:
            return _strings(node.args[0])
        return None
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        values = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        return values if values and len(values) == len(node.elts) else None
    if isinstance(node, ast.Dict):
        keys = [k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
        return keys if keys and len(keys) == len(node.keys) else None
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.count("|") >= 3 \
            and _PLAIN_ALTERNATION.fullmatch(node.value):
        return [w.strip() for w in node.value.split("|") if w.strip()]
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.BitOr, ast.Add)):
        left, right = _strings(node.left), _strings(node.right)
        return (left or []) + (right or []) if (left or right) else None
    return None


def word_lists() -> list[tuple[str, list[str], str]]:
    """(where, entries, the comment block right above) of every word list in fields/."""
    out = []
    for path in sorted(FIELDS.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        for node in ast.parse(source).body:
            if not isinstance(node, (ast.Assign, ast.AnnAssign)) or node.value is None:
                continue
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target
            if not isinstance(target, ast.Name) or target.id == "__all__":
                continue
            entries = _strings(node.value)
            if not entries or len(entries) < 3:
                continue
            i, comment = node.lineno - 2, []
            while i >= 0 and lines[i].lstrip().startswith("#"):
                comment.insert(0, lines[i])
                i -= 1
            out.append((f"{path.relative_to(FIELDS)}:{target.id}", entries, " ".join(comment)))
    return out


LISTS = word_lists()
UNJUSTIFIED = [row for row in LISTS if not JUSTIFIED.search(row[2])]


def test_the_scan_finds_the_lists_it_must():
    names = {where.split(":")[1] for where, _, _ in LISTS}
    assert {"ROLE_WORDS", "_TITLES", "_SPEAKER_NOUNS", "AGENCIES", "MALE"} <= names


def test_removed_page_tuned_entries_stay_removed():
    for where, entries, _ in LISTS:
        assert not set(REMOVED) & set(entries), where
    assert not re.search(r"\bswt\b|\bsaw\b", "\n".join(p.read_text(encoding="utf-8") for p in (FIELDS / "speakers").glob("*.py")))


class CorpusIndex:
    """Which sites of ../shared/corpora show a word (an inverted index of their pages' words)
    or a phrase (searched in their text)."""

    def __init__(self, pages: list[tuple[str, str]]) -> None:
        self.pages = pages
        self.words: dict[str, set[str]] = {}
        for site, text in pages:
            for word in set(re.findall(r"[\w'’-]+", text)):
                self.words.setdefault(word, set()).add(site)

    def sites_with(self, entry: str) -> set[str]:
        word = entry.lower()
        if re.fullmatch(r"[\w'’-]+", word):
            return self.words.get(word, set())
        pattern = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)")
        return {site for site, text in self.pages if word in text and pattern.search(text)}


@pytest.fixture(scope="module")
def corpus_index():
    """The index of every page of ../shared/corpora; skips without them."""
    import sys

    root = shared_path()
    if not (root / "readability").is_dir():
        pytest.skip(f"corpora not found at {root}")
    sys.path.insert(0, str(ROOT))
    from lxml import html

    from benchmarks.sets import page_bytes, page_ids, page_url

    truth = json.loads((root / "scrapinghub" / "ground-truth.json").read_text(encoding="utf-8"))
    mercury = json.loads((root / "mercury" / "labels.json").read_text(encoding="utf-8"))
    pages = []
    for corpus in ("scrapinghub", "readability", "mercury", "newspaper"):
        for page_id in page_ids(corpus, root):
            name = page_id.split("/", 1)[1]
            if corpus == "scrapinghub":
                site = urlsplit(truth[name]["url"]).hostname or name
            elif corpus == "mercury":
                site = mercury[f"{name}.gz"]["domain"]
            elif corpus == "newspaper":
                site = re.sub(r"\d+$", "", name)
            else:
                site = urlsplit(page_url(root, page_id)).hostname or name
            text = html.fromstring(page_bytes(root, page_id)).text_content().lower()
            pages.append((site.removeprefix("www."), " ".join(text.split())))
    return CorpusIndex(pages)


def test_a_justification_says_what_vocabulary_it_is():
    for where, _, comment in LISTS:
        if JUSTIFIED.search(comment):
            said = JUSTIFIED.sub("", comment).replace("#", " ").strip(" :.()")
            assert len(said.split()) >= 2, (where, comment)


@pytest.mark.parametrize("where,entries", [r[:2] for r in UNJUSTIFIED], ids=[r[0] for r in UNJUSTIFIED])
def test_a_word_list_is_general_vocabulary_or_seen_on_two_sites(where, entries, corpus_index):
    rare = [e for e in entries if len(corpus_index.sites_with(e)) < 2]
    assert not rare, (
        f"{where}: {rare[:20]} occur on fewer than two sites of the corpora; remove them, or say "
        "in the comment above the list that it is general vocabulary of its kind")
