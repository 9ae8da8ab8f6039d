"""Locating and loading the Scrapinghub corpus into memory.

Pages are decompressed into bytes up front so that neither disk I/O nor gzip is
counted in any timing or memory figure.
"""

from __future__ import annotations

import gzip
import json
import os
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
ENV_VAR = "ARTICLEKIT_CORPUS"
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpora" / "scrapinghub"


class CorpusNotFound(SystemExit):
    """Exits (status 1) printing where the corpus was looked for and how to point at it."""


@dataclass(frozen=True)
class Page:
    """One corpus page: its hash, URL, raw HTML bytes and human-delimited body."""

    key: str
    url: str
    html: bytes
    truth: str


def resolve_corpus(cli_path: str | os.PathLike[str] | None) -> Path:
    """--corpus, else $ARTICLEKIT_CORPUS, else <repo>/../shared/corpora/scrapinghub.

    Exits with a clear message when the chosen folder does not hold the corpus.
    """
    if cli_path:
        path, source = Path(cli_path), "--corpus"
    elif os.environ.get(ENV_VAR):
        path, source = Path(os.environ[ENV_VAR]), f"${ENV_VAR}"
    else:
        path, source = DEFAULT_CORPUS, "the default location"
    if not (path / "ground-truth.json").is_file() or not (path / "html").is_dir():
        raise CorpusNotFound(
            f"error: Scrapinghub corpus not found at {path} (from {source}): expected "
            f"ground-truth.json and html/<sha256>.html.gz there. Pass --corpus PATH or set "
            f"{ENV_VAR}."
        )
    return path.resolve()


def load_pages(corpus: Path, limit: int | None = None) -> list[Page]:
    """All pages (sorted by hash, so --limit N is always the same N pages), decompressed."""
    truth = json.loads((corpus / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)[:limit] if limit else sorted(truth)
    pages = []
    for key in keys:
        html = gzip.decompress((corpus / "html" / f"{key}.html.gz").read_bytes())
        pages.append(Page(key, truth[key]["url"], html, truth[key].get("articleBody") or ""))
    return pages
