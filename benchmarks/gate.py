"""The quality gate's figures, and the one command that pins its floors.

``python -m benchmarks.gate --write`` measures articlekit on every labelled set of the
repository and ../shared/corpora and writes tests/quality_floors.json: for each share (F1,
precision, recall, accuracy) a floor 1.5 points under the figure measured now, for each count
that must stay low (invented dates and datelines) a ceiling at today's count.
tests/test_quality_gate.py recomputes the same figures with the same code and fails when one
falls under its floor (or over its ceiling). Re-run it whenever a benchmark run changes a
figure on purpose, and read the diff.

Only articlekit runs here (no peer): the comparisons with peers live in benchmarks.run.
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from . import across
from .corpus import REPO_ROOT
from .labels import load_labels, score_quotes
from .metric import score_page, summarize
from .peers import Extraction, extraction_of
from .sets import QUOTE_SETS, SETS, load_set, shared_root

FLOORS = REPO_ROOT / "tests" / "quality_floors.json"
LABELS = REPO_ROOT / "tests" / "labels"
#: How far under the measured figure a floor sits (a share; 0.015 = 1.5 points).
MARGIN = 0.015
#: Targets the issues set: a floor is never under them (while the figure stays over them).
TARGETS = {"scrapinghub.body_f1": 0.975, "quotes.precision": 0.97, "quotes.recall": 0.95,
           "quotes.speakers": 0.90}

def parse_all(root: Path) -> dict[str, Any]:
    """Every page of the four corpora parsed once: page id -> Article (or the error)."""
    import articlekit

    from .sets import page_bytes, page_ids, page_url

    truth = json.loads((root / "scrapinghub" / "ground-truth.json").read_text(encoding="utf-8"))
    out: dict[str, Any] = {}
    for corpus in ("scrapinghub", "readability", "mercury", "newspaper"):
        for page_id in page_ids(corpus, root):
            name = page_id.partition("/")[2]
            url = truth[name]["url"] if corpus == "scrapinghub" else page_url(root, page_id)
            try:
                out[page_id] = articlekit.parse(page_bytes(root, page_id), url=url or None)
            except articlekit.ArticleKitError as exc:
                out[page_id] = exc
    return out


def _extraction(article: Any) -> Extraction:
    if isinstance(article, Exception):
        return Extraction(body="", headline=None, authors=[], published=None, error=str(article))
    return extraction_of(article)


def measure(articles: Mapping[str, Any], root: Path) -> dict[str, float]:
    """Every figure the gate watches, by a dotted name ("readability.body_f1")."""
    figures: dict[str, float] = {}
    truth = json.loads((root / "scrapinghub" / "ground-truth.json").read_text(encoding="utf-8"))
    scores = [score_page(_extraction(articles[f"scrapinghub/{k}"]).get("body"), v["articleBody"])
              for k, v in truth.items()]
    figures["scrapinghub.body_f1"] = summarize(scores)["f1"]
    for labels_file, corpus in QUOTE_SETS.items():
        labels = load_labels(LABELS / labels_file)
        if labels is None:
            continue
        outputs = {k: _extraction(articles[f"{corpus}/{k}"]) for k in labels}
        s = score_quotes(labels, outputs)
        stem = labels_file.removesuffix(".json")
        figures[f"{stem}.precision"] = s.precision or 0.0
        figures[f"{stem}.recall"] = s.recall or 0.0
        figures[f"{stem}.speakers"] = s.speakers.accuracy or 0.0
        if s.with_dateline.total:
            figures[f"{stem}.datelines"] = s.with_dateline.accuracy or 0.0
        figures[f"{stem}.invented_datelines"] = float(s.invented_datelines)
    for set_name in SETS:
        pages = load_set(set_name, root)
        outputs = {p.id: _extraction(articles[p.id]) for p in pages}
        per_set = across.score_set(pages, {"articlekit": outputs})["articlekit"]
        summary = across.summary({set_name: {"articlekit": per_set}})[set_name]["articlekit"]
        for key in ("body_f1", "body_start", "passages_f1", "headline", "authors", "published",
                    "dateline"):
            if summary.get(key) is not None:
                figures[f"{set_name}.{key}"] = summary[key]
        if per_set.invented_dates.total:
            figures[f"{set_name}.invented_dates"] = float(per_set.invented_dates.right)
    return figures


def is_count(name: str) -> bool:
    """Counts must stay at or under their ceiling; every other figure over its floor."""
    return name.endswith(("invented_datelines", "invented_dates"))


def floors_of(figures: Mapping[str, float]) -> dict[str, float]:
    """A ceiling at today's count; a floor 1.5 points under today's share, or at the issue's
    target when that is higher and still met."""
    out = {}
    for name, value in sorted(figures.items()):
        if is_count(name):
            out[name] = value
            continue
        floor = math.floor((value - MARGIN) * 1000) / 1000
        target = TARGETS.get(name)
        out[name] = max(floor, target) if target is not None and target <= value else floor
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.gate", description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"rewrite {FLOORS.relative_to(REPO_ROOT)}")
    args = parser.parse_args(argv)
    root = shared_root()
    if root is None:
        raise SystemExit("error: ../shared/corpora not found (set ARTICLEKIT_SHARED_CORPORA)")
    figures = measure(parse_all(root), root)
    for name, value in sorted(figures.items()):
        print(f"{name:48s} {value:.4f}")
    if args.write:
        FLOORS.write_text(json.dumps({"margin": MARGIN, "figures": {k: round(v, 4) for k, v in sorted(figures.items())},
                                      "floors": floors_of(figures)}, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {FLOORS}")


if __name__ == "__main__":
    main()

