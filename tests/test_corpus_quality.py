"""Quality gate: the whole Scrapinghub corpus is scored with the benchmark's own metric.

The floor is pinned a little under the figure measured when it was set (0.975 on 2026-11-29),
so a change that loses body quality fails here before it lands. Raise it when quality rises.
"""

from __future__ import annotations

import sys

import pytest
from conftest import ROOT

import articlekit

sys.path.insert(0, str(ROOT))
from benchmarks.corpus import (  # noqa: E402
    EXTERNAL_ENV_VAR,
    load_external_pages,
    resolve_external_pages,
)
from benchmarks.labels import load_labels, score_quotes, speaker_ok  # noqa: E402
from benchmarks.metric import score_page, summarize  # noqa: E402
from benchmarks.peers import run_articlekit  # noqa: E402

F1_FLOOR = 0.970
# Quotes on the 50 labelled pages (tests/labels/quotes.json): the targets of the quotes issue.
# Measured 2026-11-29: precision 0.983, recall 0.987, speakers 0.906, datelines 15/15.
QUOTE_PRECISION_FLOOR = 0.97
QUOTE_RECALL_FLOOR = 0.95
SPEAKER_FLOOR = 0.90


def test_body_f1_stays_above_the_floor(corpus):
    scores = []
    for url, page, truth in corpus.values():
        article = articlekit.parse(page, url=url)
        scores.append(score_page(article.body.text, truth))
    summary = summarize(scores)
    assert summary["n"] == len(corpus)
    assert summary["f1"] >= F1_FLOOR, summary


def test_no_page_of_the_corpus_raises(corpus):
    for url, page, _ in corpus.values():
        assert isinstance(articlekit.parse(page, url=url), articlekit.Article)


@pytest.mark.parametrize(
    ("labels_file", "precision", "recall", "speakers"),
    [
        ("quotes.json", QUOTE_PRECISION_FLOOR, QUOTE_RECALL_FLOOR, SPEAKER_FLOOR),
        # the later sets, each pinned a little under its figures of the final run of 2026-11-29
        ("quotes_heldout.json", 0.94, 0.97, 0.86),  # 0.963 / 1.000 / 0.886
        ("quotes_third.json", 0.86, 0.96, 0.82),  # 0.888 / 0.982 / 0.847
        ("quotes_fourth.json", 0.78, 0.89, 0.62),  # 0.805 / 0.912 / 0.650 (feature writing, blogs)
    ],
)
def test_quotes_and_datelines_meet_their_targets(corpus, labels_file, precision, recall, speakers):
    labels = load_labels(ROOT / "tests" / "labels" / labels_file)
    assert labels
    outputs = {key: run_articlekit(corpus[key][1], corpus[key][0]) for key in labels}
    scores = score_quotes(labels, outputs)
    assert scores.precision is not None and scores.precision >= precision
    assert scores.recall is not None and scores.recall >= recall
    assert scores.speakers.accuracy is not None and scores.speakers.accuracy >= speakers
    assert scores.with_dateline.accuracy is None or scores.with_dateline.accuracy >= 0.95
    assert scores.invented_datelines == 0


@pytest.mark.parametrize(
    ("labels_file", "folder", "precision", "recall", "speakers", "datelines"),
    [
        # pages from outside the corpus (tests/labels/README.md), pinned a little under the
        # figures measured when set (2026-11-29: 0.908 / 0.982 / 0.649, datelines 3/3;
        # 0.858 / 0.913 / 0.664, datelines 10/13)
        ("quotes_outside_readability.json", "readability", 0.89, 0.96, 0.63, 1.0),
        ("quotes_outside_newspaper.json", "newspaper", 0.84, 0.89, 0.64, 0.75),
    ],
)
def test_quotes_on_pages_from_outside_the_corpus(
    labels_file, folder, precision, recall, speakers, datelines
):
    root = resolve_external_pages()
    if root is None or not (root / folder).is_dir():
        pytest.skip(f"external pages not found; set {EXTERNAL_ENV_VAR} to the folder holding {folder}/")
    labels = load_labels(ROOT / "tests" / "labels" / labels_file)
    assert labels
    pages = load_external_pages(root / folder, sorted(labels))
    assert pages.keys() == labels.keys(), sorted(labels.keys() - pages.keys())
    scores = score_quotes(labels, {name: run_articlekit(html, "") for name, html in pages.items()})
    assert scores.precision is not None and scores.precision >= precision
    assert scores.recall is not None and scores.recall >= recall
    assert scores.speakers.accuracy is not None and scores.speakers.accuracy >= speakers
    assert scores.with_dateline.accuracy is not None and scores.with_dateline.accuracy >= datelines
    assert scores.invented_datelines <= 1  # "On Saturday, ..." opening a reader's letter


def test_speaker_comparison():
    assert speaker_ok("the Electoral Commission", "Electoral Commission")
    assert speaker_ok("Tottenham", "Tottenham Hotspur", ["Tottenham"])
    assert not speaker_ok("Tottenham", "Tottenham Hotspur")
    assert not speaker_ok(None, "Jane Doe", ["Jane"])
    assert speaker_ok(None, None)
