"""Where articlekit's time goes: CPU seconds per step over the Scrapinghub corpus.

    python -m benchmarks.steps [--corpus PATH] [--passes N]

Each step is timed with ``time.process_time()`` on its own, on a fresh Document per page and
pass, in the order the pipeline runs them; the minimum over the passes is kept per page and
step. Steps that read a view another step built first (the element-name walk, JSON-LD) are
timed where the pipeline first builds it. The table is what docs/benchmarks.md's "Where the
time goes" shows.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

import articlekit
from articlekit.document import Document
from articlekit.extractors.generic import _FIELD_FUNCTIONS
from articlekit.fields.dateline import parse_dateline
from articlekit.fields.quotes import find_quotes

from .corpus import load_pages, resolve_corpus

# (step label, the fields it covers)
_GROUPS = (
    ("body extraction (`fields/body/`: candidate scoring, boilerplate subtrees, blocks, fallbacks)",
     ("body",)),
    ("byline (`fields/byline/`)", ("byline",)),
    ("publication and update dates (`fields/dates/`)", ("published", "modified")),
    ("headline (`fields/headline.py`)", ("headline",)),
    ("canonical URL, tags, site name, description, language, top image (`fields/site.py`)",
     ("canonical_url", "site_name", "description", "language", "top_image", "tags")),
)


def _timed(fn: Callable[..., Any], *args: Any) -> tuple[Any, float]:
    start = time.process_time()
    result = fn(*args)
    return result, time.process_time() - start


def _names(doc: Document) -> tuple[Any, Any]:
    return doc.named_elements, doc.named_lower


def _derived(text: str, article: articlekit.Article) -> tuple[Any, Any]:
    return parse_dateline(text[:400], article.published), find_quotes(text, article.headline)


# the order GenericExtractor runs the fields in
_ORDER = ("canonical_url", "headline", "byline", "published", "modified", "body", "site_name",
          "description", "language", "top_image", "tags")


def _page_steps(html: bytes, url: str) -> dict[str, float]:
    times: dict[str, float] = {}
    doc, times["document"] = _timed(Document, html, url)
    _, times["names"] = _timed(_names, doc)
    for field in _ORDER:
        _, times[field] = _timed(_FIELD_FUNCTIONS[field], doc)
    article, times["parse"] = _timed(articlekit.parse, html, url)
    _, times["quotes"] = _timed(_derived, article.body.text, article)
    return times


def measure(passes: int = 2, corpus: str | None = None) -> tuple[dict[str, float], float]:
    """Per-step CPU seconds summed over pages (minimum of the passes per page), and the
    total of ``articlekit.parse`` measured the same way, for comparison."""
    pages = load_pages(resolve_corpus(corpus))
    for page in pages[:5]:  # warm-up: imports, compiled patterns
        articlekit.parse(page.html, url=page.url)
    best: dict[tuple[str, str], float] = {}
    for _ in range(passes):
        for page in pages:
            for step, seconds in _page_steps(page.html, page.url).items():
                key = (page.key, step)
                best[key] = min(best.get(key, seconds), seconds)
    steps: dict[str, float] = {}
    for (_, step), seconds in best.items():
        steps[step] = steps.get(step, 0.0) + seconds
    total_parse = steps.pop("parse")
    return steps, total_parse


def table(steps: dict[str, float]) -> str:
    rows = [
        ("decoding and the one lxml parse (`Document`)", steps["document"]),
        ("collecting element names and visibility attributes once (`Document.named_elements`)",
         steps["names"]),
    ]
    rows += [(label, sum(steps[f] for f in fields)) for label, fields in _GROUPS]
    rows.append(("dateline, quotes and their speakers from the final body "
                 "(`fields/dateline.py`, `fields/quotes.py`, `fields/speakers/`)",
                 steps["quotes"]))
    total = sum(seconds for _, seconds in rows)
    rows.sort(key=lambda row: -row[1])
    lines = ["| step | CPU s | share |", "|:--|--:|--:|"]
    lines += [f"| {label} | {seconds:.2f} | {seconds / total:.0%} |" for label, seconds in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=None)
    parser.add_argument("--passes", type=int, default=2)
    args = parser.parse_args(argv)
    steps, total_parse = measure(args.passes, args.corpus)
    print(table(steps))
    print(f"\nsum of steps {sum(steps.values()):.2f} s; articlekit.parse alone {total_parse:.2f} s "
          "(the rest of parse(): merging, normalising, provenance)")


if __name__ == "__main__":
    main()
