"""articlekit and its peers on every evaluation set of ../shared/corpora, side by side.

``python -m benchmarks.across`` prints, per set, the body figures (shingle F1, body start,
passages, empty bodies) and the metadata figures (headline, authors, published day,
dateline) of every extractor, from one run over the same pages. ``benchmarks.run --write``
puts the same tables into docs/benchmarks.md.

Peers' outputs depend only on the page and the peer's version, so they are cached in
benchmarks/out/cache/ (``--no-cache`` recomputes them); articlekit always runs afresh.
``--sets`` picks sets, ``--extractors`` extractors; ``--failures`` writes articlekit's misses
on the development sets only to benchmarks/out/across_failures.txt (held-out sets are scored,
never listed, so that nobody tunes on them by accident).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.metadata
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import measures, report
from .labels import authors_ok
from .metric import score_page, summarize
from .peers import BODY_EXTRACTORS, EXTRACTORS, Extraction, import_extractor
from .sets import DEVELOPMENT, HELD_OUT, SETS, SetPage, load_set, shared_root

__all__ = ["DEVELOPMENT", "HELD_OUT", "SETS", "run", "shared_root", "summary"]

OUT = Path(__file__).resolve().parent / "out"
CACHE = OUT / "cache"
SUBJECT = "articlekit"
#: A body this long (words) from any peer means the page has article text to give.
PEER_WORDS = 50


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# -- running extractors, with a cache for the peers ------------------------------------------
def _encode(ex: Extraction) -> dict[str, Any]:
    out = dict(ex)
    for key in ("published", "published_at"):
        value = out.get(key)
        if isinstance(value, dt.datetime):
            out[key] = {"datetime": value.isoformat()}
        elif isinstance(value, dt.date):
            out[key] = {"date": value.isoformat()}
    if out.get("dateline") and isinstance(out["dateline"].get("date"), dt.date):
        out["dateline"] = dict(out["dateline"], date=out["dateline"]["date"].isoformat())
    return out


def _decode(raw: dict[str, Any]) -> Extraction:
    out = dict(raw)
    for key in ("published", "published_at"):
        value = out.get(key)
        if isinstance(value, dict):
            out[key] = (dt.datetime.fromisoformat(value["datetime"]) if "datetime" in value
                        else dt.date.fromisoformat(value["date"]))
    return Extraction(**out)  # type: ignore[typeddict-item]


def _version(name: str) -> str:
    try:
        return importlib.metadata.version(EXTRACTORS[name].distribution)
    except importlib.metadata.PackageNotFoundError:
        return "?"


# articlekit's outputs in this process, by page id and URL: a page that several sets hold (a
# labelled page is also a page of its corpus's set) is parsed once per run. Never written to
# disk: the code under test changes between runs.
_THIS_RUN: dict[str, Extraction] = {}


def run_extractor(name: str, pages: Sequence[SetPage], use_cache: bool) -> dict[str, Extraction]:
    """Outputs of one extractor on the pages, by page id."""
    ex = EXTRACTORS[name]
    cache_file = CACHE / f"{name}-{_version(name)}.json"
    cached: dict[str, Any] = {}
    if use_cache and ex.is_peer and cache_file.is_file():
        cached = json.loads(cache_file.read_text(encoding="utf-8"))
    if not ex.is_peer:
        return {page.id: subject_output(page.id, page.html, page.url) for page in pages}
    out: dict[str, Extraction] = {}
    fresh = 0
    for page in pages:
        key = f"{page.id}\t{page.url}"
        if key in cached:
            out[page.id] = _decode(cached[key])
            continue
        out[page.id] = ex.adapter(page.html, page.url)
        fresh += 1
        if ex.is_peer:
            cached[key] = _encode(out[page.id])
    if ex.is_peer and fresh and use_cache:
        CACHE.mkdir(parents=True, exist_ok=True)
        cache_file.write_text(json.dumps(cached, ensure_ascii=False), encoding="utf-8")
    return out


def subject_output(page_id: str, html: bytes, url: str) -> Extraction:
    """articlekit's output for one page, parsed once per run."""
    key = f"{page_id}\t{url}"
    if key not in _THIS_RUN:
        _THIS_RUN[key] = EXTRACTORS[SUBJECT].adapter(html, url)
    return _THIS_RUN[key]


# -- scoring one set -------------------------------------------------------------------------
@dataclass
class Tally:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += bool(ok)

    def __str__(self) -> str:
        return f"{self.right / self.total:.3f} ({self.right}/{self.total})" if self.total else "—"

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 0.0


@dataclass
class SetScores:
    """One extractor's figures on one set."""

    body_f1: float | None = None
    body_p: float | None = None
    body_r: float | None = None
    start_strict: Tally = field(default_factory=Tally)
    start_lenient: Tally = field(default_factory=Tally)
    passages: list[int] = field(default_factory=lambda: [0, 0, 0, 0])  # tp fn fp tn
    empty: int = 0  # empty body where a peer gave >= PEER_WORDS words
    headline: Tally = field(default_factory=Tally)
    headline_lenient: Tally = field(default_factory=Tally)
    headline_visible: Tally = field(default_factory=Tally)  # lenient, against our reading
    authors: Tally = field(default_factory=Tally)
    published: Tally = field(default_factory=Tally)
    invented_dates: Tally = field(default_factory=Tally)  # pages labelled dateless
    dateline: Tally = field(default_factory=Tally)
    failures: list[str] = field(default_factory=list)


def _words(text: str | None) -> int:
    return len((text or "").split())


def score_set(
    pages: Sequence[SetPage],
    outputs: dict[str, dict[str, Extraction]],
) -> dict[str, SetScores]:
    scores: dict[str, SetScores] = {}
    for name, by_page in outputs.items():
        ex = EXTRACTORS[name]
        s = SetScores()
        shingles = []
        for page in pages:
            out = by_page[page.id]
            truth = page.truth
            body = out.get("body") or ""
            fail: list[str] = []
            if name in BODY_EXTRACTORS:
                others = [outputs[o][page.id].get("body") for o in outputs if o != name
                          and o in BODY_EXTRACTORS]
                if _words(body) == 0 and any(_words(b) >= PEER_WORDS for b in others):
                    s.empty += 1
                    fail.append("empty body")
                if truth.get("body") is not None:
                    shingles.append(score_page(body, truth["body"]))
                if truth.get("first_words"):
                    strict, lenient = measures.body_start(body, truth["first_words"])
                    s.start_strict.add(strict)
                    s.start_lenient.add(lenient)
                    if not lenient:
                        fail.append(f"body starts {' '.join(body.split()[:12])!r}, "
                                    f"label {truth['first_words']['text']!r}")
                if "with" in truth and (truth.get("with") or truth.get("without")):
                    tp, fn, fp, tn = measures.passages(body, truth)
                    for i, v in enumerate((tp, fn, fp, tn)):
                        s.passages[i] += v
                    if fn or fp:
                        flat = measures.squash(body)
                        fail += [f"missed: {p!r}" for p in truth.get("with") or ()
                                 if measures.squash(p) not in flat]
                        fail += [f"kept: {p!r}" for p in truth.get("without") or ()
                                 if measures.squash(p) and measures.squash(p) in flat]
            fields = ex.fields
            label_title = truth.get("headline", truth.get("title"))
            if "headline" in fields and label_title:
                strict, lenient = measures.headline_scores(out.get("headline"), label_title)
                s.headline.add(strict)
                s.headline_lenient.add(lenient)
                if not lenient:
                    fail.append(f"headline {out.get('headline')!r}, label {label_title!r}")
            if "headline" in fields and truth.get("visible_headline"):
                _, lenient = measures.headline_scores(out.get("headline"), truth["visible_headline"])
                s.headline_visible.add(lenient)
            if "authors" in fields:
                label_authors = truth.get("authors")
                if label_authors is None and truth.get("byline"):
                    label_authors = measures.byline_names(truth["byline"])
                if label_authors is not None:
                    ok = authors_ok(out.get("authors"), label_authors)
                    s.authors.add(ok)
                    if not ok:
                        fail.append(f"authors {out.get('authors')!r}, label {label_authors!r}")
            if "published" in fields:
                pred = out.get("published_at", out.get("published"))
                if "published" in truth:
                    ok = measures.date_matches_day(out.get("published"), truth["published"])
                    s.published.add(ok)
                    if truth["published"] is None:
                        s.invented_dates.add(out.get("published") is not None)
                    if not ok:
                        fail.append(f"published {out.get('published')}, label {truth['published']}")
                else:
                    ok2 = measures.date_matches_instant(pred, truth.get("published_instant"))
                    if ok2 is not None:
                        s.published.add(ok2)
                        if not ok2:
                            fail.append(f"published {pred}, label {truth.get('published_instant')}")
            if name == SUBJECT and "dateline" in truth:
                ok = _dateline_ok(out.get("dateline"), truth.get("dateline"))
                s.dateline.add(ok)
                if not ok:
                    fail.append(f"dateline {out.get('dateline')!r}, label {truth.get('dateline')!r}")
            if fail:
                s.failures.append(f"{page.id} {page.url}\n  " + "\n  ".join(fail))
        if shingles:
            summary = summarize(shingles)
            s.body_f1, s.body_p, s.body_r = summary["f1"], summary["precision"], summary["recall"]
        scores[name] = s
    return scores


def _dateline_ok(pred: dict[str, Any] | None, label: dict[str, Any] | None) -> bool:
    """Right when both absent, or the location (case-folded) and the agency agree."""
    if not label or not (label.get("location") or label.get("agency")):
        return not pred
    if not pred:
        return False
    def fold(v: Any) -> str:
        return " ".join(str(v or "").split()).casefold()
    return fold(pred.get("location")) == fold(label.get("location")) and (
        not label.get("agency") or fold(pred.get("agency")) == fold(label.get("agency")))


# -- tables ------------------------------------------------------------------------------------
def _f(x: float | None) -> str:
    return "—" if x is None else f"{x:.3f}"


def body_table(scores: dict[str, SetScores]) -> str:
    rows = []
    has_shingle = any(s.body_f1 is not None for s in scores.values())
    has_start = any(s.start_strict.total for s in scores.values())
    has_passages = any(sum(s.passages) for s in scores.values())
    headers = ["extractor"]
    if has_shingle:
        headers += ["F1", "precision", "recall"]
    if has_start:
        headers += ["body start", "body start (lenient)"]
    if has_passages:
        headers += ["passages F1", "passages P", "passages R"]
    headers += ["empty bodies"]
    for name, s in scores.items():
        if name not in BODY_EXTRACTORS:
            continue
        row: list[object] = [name]
        if has_shingle:
            row += [_f(s.body_f1), _f(s.body_p), _f(s.body_r)]
        if has_start:
            row += [str(s.start_strict), str(s.start_lenient)]
        if has_passages:
            tp, fn, fp, _ = s.passages
            p, r, f1 = measures.prf(tp, fn, fp)
            row += [f"{f1:.3f}", f"{p:.3f} ({tp}/{tp + fp})", f"{r:.3f} ({tp}/{tp + fn})"]
        row.append(s.empty)
        rows.append(row)
    return report.table(headers, rows)


def metadata_table(scores: dict[str, SetScores]) -> str:
    headers = ["extractor", "headline", "headline (lenient)", "authors", "published day"]
    with_visible = any(s.headline_visible.total for s in scores.values())
    if with_visible:
        headers.insert(3, "visible headline (lenient)")
    with_dateline = any(s.dateline.total for s in scores.values())
    with_invented = any(s.invented_dates.total for s in scores.values())
    if with_invented:
        headers.append("dates on dateless pages")
    if with_dateline:
        headers.append("dateline")
    rows = []
    for name, s in scores.items():
        fields = EXTRACTORS[name].fields
        row: list[object] = [
            name,
            str(s.headline) if "headline" in fields else "—",
            str(s.headline_lenient) if "headline" in fields else "—",
            *([str(s.headline_visible) if "headline" in fields else "—"] if with_visible else []),
            str(s.authors) if "authors" in fields else "—",
            str(s.published) if "published" in fields else "—",
        ]
        if with_invented:
            row.append(f"{s.invented_dates.right}/{s.invented_dates.total}"
                       if "published" in fields else "—")
        if with_dateline:
            row.append(str(s.dateline) if name == SUBJECT else "—")
        rows.append(row)
    return report.table(headers, rows)


def run(set_names: Sequence[str], extractor_names: Sequence[str], use_cache: bool = True,
        failures: bool = False) -> tuple[str, dict[str, dict[str, SetScores]]]:
    """The Markdown report for these sets and extractors, and the scores behind it."""
    root = shared_root()
    if root is None:
        raise SystemExit("error: ../shared/corpora not found (set ARTICLEKIT_SHARED_CORPORA)")
    for name in extractor_names:
        import_extractor(EXTRACTORS[name])
    sections, all_scores, failure_text = [], {}, []
    for set_name in set_names:
        pages = load_set(set_name, root)
        if not pages:
            log(f"  {set_name}: no pages (labels missing?), skipped")
            continue
        log(f"  {set_name}: {len(pages)} pages")
        outputs = {name: run_extractor(name, pages, use_cache) for name in extractor_names}
        scores = score_set(pages, outputs)
        all_scores[set_name] = scores
        role = "development" if set_name in DEVELOPMENT else "held out"
        sections.append(
            f"### {set_name} ({len(pages)} pages; {role})\n\n"
            + body_table(scores) + "\n\n" + metadata_table(scores)
        )
        if failures and set_name in DEVELOPMENT and SUBJECT in scores:
            failure_text.append(f"##### {set_name}\n" + "\n".join(scores[SUBJECT].failures))
    if failures:
        OUT.mkdir(exist_ok=True)
        (OUT / "across_failures.txt").write_text("\n\n".join(failure_text) + "\n", encoding="utf-8")
    return "\n\n".join(sections), all_scores


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.across", description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(SETS), help=f"comma-separated of {','.join(SETS)}")
    parser.add_argument("--extractors", default=",".join(EXTRACTORS))
    parser.add_argument("--no-cache", action="store_true")
    parser.add_argument("--failures", action="store_true",
                        help="write articlekit's misses on development sets to benchmarks/out/")
    parser.add_argument("--json", type=Path, help="also write the headline figures as JSON here")
    args = parser.parse_args(argv)
    sets = [s for s in args.sets.split(",") if s]
    unknown = [s for s in sets if s not in SETS]
    if unknown:
        raise SystemExit(f"unknown set(s) {unknown}; known: {', '.join(SETS)}")
    names = [n for n in args.extractors.split(",") if n]
    text, scores = run(sets, names, not args.no_cache, args.failures)
    print(text)
    if args.json:
        args.json.write_text(json.dumps(summary(scores), indent=1), encoding="utf-8")


def summary(scores: dict[str, dict[str, SetScores]]) -> dict[str, Any]:
    """The headline figures per set and extractor, for the quality gate and before/after diffs."""
    out: dict[str, Any] = {}
    for set_name, by_ex in scores.items():
        for name, s in by_ex.items():
            tp, fn, fp, _ = s.passages
            entry = {
                "body_f1": s.body_f1,
                "body_start": s.start_lenient.share if s.start_lenient.total else None,
                "passages_f1": measures.prf(tp, fn, fp)[2] if tp + fn + fp else None,
                "empty": s.empty,
                "headline": s.headline_lenient.share if s.headline_lenient.total else None,
                "visible_headline": (s.headline_visible.share if s.headline_visible.total
                                     else None),
                "authors": s.authors.share if s.authors.total else None,
                "published": s.published.share if s.published.total else None,
                "dateline": s.dateline.share if s.dateline.total else None,
            }
            out.setdefault(set_name, {})[name] = entry
    return out


if __name__ == "__main__":
    main()
