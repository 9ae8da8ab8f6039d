"""Shared test helpers: where the corpus is, how to load fixtures."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CORPUS_ENV = "ARTICLEKIT_CORPUS"


def corpus_path() -> Path:
    """The scrapinghub corpus: $ARTICLEKIT_CORPUS, else ../shared/corpora/scrapinghub."""
    env = os.environ.get(CORPUS_ENV)
    return Path(env) if env else ROOT.parent / "shared" / "corpora" / "scrapinghub"


@pytest.fixture(scope="session")
def corpus() -> dict[str, tuple[str, bytes, str]]:
    """hash -> (url, page bytes, human-delimited body); skips when the corpus is absent."""
    path = corpus_path()
    truth_file = path / "ground-truth.json"
    if not truth_file.is_file():
        pytest.skip(
            f"scrapinghub corpus not found at {path}; set {CORPUS_ENV} to its folder "
            "(the one holding ground-truth.json and html/)"
        )
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    pages = {}
    for digest, entry in truth.items():
        page = path / "html" / f"{digest}.html.gz"
        pages[digest] = (entry["url"], gzip.decompress(page.read_bytes()), entry["articleBody"])
    return pages


SHARED_ENV = "ARTICLEKIT_SHARED_CORPORA"


def shared_path() -> Path:
    """All corpora: $ARTICLEKIT_SHARED_CORPORA, else ../shared/corpora."""
    env = os.environ.get(SHARED_ENV)
    return Path(env) if env else ROOT.parent / "shared" / "corpora"


@pytest.fixture(scope="session")
def parsed_corpora():
    """Every page of the four corpora in ../shared/corpora, parsed once: id -> Article (or
    the ArticleKitError it raised). Skips when the corpora are absent."""
    import sys

    root = shared_path()
    if not (root / "readability").is_dir():
        pytest.skip(f"corpora not found at {root}; set {SHARED_ENV} to the folder holding them")
    sys.path.insert(0, str(ROOT))
    from benchmarks.gate import parse_all

    return parse_all(root)
