"""Benchmark articlekit against its peers: body quality, CPU time, peak memory, labels.

Run from the repository root: ``python -m benchmarks.run [--write]``. See
benchmarks/README.md for what every figure means and how it is measured.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.metadata
import os
import platform
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import across, batch, labels, memory, report, rules, stress, timing
from .corpus import REPO_ROOT, Page, load_pages, resolve_corpus
from .metric import PageScore, precision_score, recall_score, score_page, summarize
from .peers import (
    BODY_EXTRACTORS,
    EXTRACTORS,
    Extraction,
    Extractor,
    import_extractor,
)
from .sets import QUOTE_SETS, QUOTES_HELD_OUT, page_bytes, page_url, shared_root

OUT_DIR = Path(__file__).resolve().parent / "out"
DEFAULT_DOC = REPO_ROOT / "docs" / "benchmarks.md"
SUBJECT = "articlekit"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.run", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--corpus",
        help="Scrapinghub corpus folder (else $ARTICLEKIT_CORPUS, else ../shared/corpora/scrapinghub)",
    )
    parser.add_argument(
        "--extractors",
        help=f"comma-separated subset of {','.join(EXTRACTORS)} (default: all installed)",
    )
    parser.add_argument("--limit", type=int, help="only the first N pages (sorted by hash)")
    parser.add_argument("--no-timing", action="store_true", help="skip the CPU timing passes")
    parser.add_argument(
        "--no-memory", action="store_true", help="skip the peak-memory subprocesses"
    )
    parser.add_argument(
        "--no-stress", action="store_true", help="skip the hostile-size cases (50 MB page ...)"
    )
    parser.add_argument(
        "--no-sets", action="store_true", help="skip the other evaluation sets (benchmarks/sets.py)"
    )
    parser.add_argument(
        "--no-rules", action="store_true",
        help="skip the Full-Text RSS rules on their sites' pages (benchmarks/rules.py)",
    )
    parser.add_argument(
        "--no-batch", action="store_true",
        help="skip the many-pages run (a WARC of the development pages, benchmarks/batch.py)",
    )
    parser.add_argument(
        "--passes", type=int, default=2, help="timing passes; per-page minimum kept (default 2)"
    )
    parser.add_argument(
        "--write", action="store_true", help="write the report to docs/benchmarks.md (or --output)"
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=DEFAULT_DOC,
        help="file for --write (default docs/benchmarks.md)",
    )
    parser.add_argument(
        "--labels-dir",
        type=Path,
        default=REPO_ROOT / "tests" / "labels",
        help="folder of metadata.json / quotes.json (default tests/labels)",
    )
    return parser.parse_args(argv)


def log(message: str) -> None:
    """Progress goes to stderr so that stdout is only the report."""
    print(message, file=sys.stderr, flush=True)


# --- choosing extractors ---------------------------------------------------------------


def select_extractors(spec: str | None) -> list[Extractor]:
    """The requested (or all) extractors that are installed and import; others reported, skipped.

    articlekit is only skipped when it is not installed at all: if it is installed but
    fails to import, that is a bug and the import error propagates.
    """
    names = [n.strip() for n in spec.split(",") if n.strip()] if spec else list(BODY_EXTRACTORS)
    unknown = [n for n in names if n not in EXTRACTORS]
    if unknown:
        raise SystemExit(
            f"error: unknown extractor(s) {', '.join(unknown)}; known: {', '.join(EXTRACTORS)}"
        )
    chosen = []
    for name in names:
        ex = EXTRACTORS[name]
        if not ex.available():
            log(f"skipping {name}: not installed (pip install {ex.distribution})")
            continue
        try:
            import_extractor(ex)
        except ImportError as exc:
            if not ex.is_peer:
                raise
            log(f"skipping {name}: import failed: {exc}")
            continue
        chosen.append(ex)
    if not chosen:
        raise SystemExit("error: none of the requested extractors is available")
    return chosen


# --- sections of the report -------------------------------------------------------------


@dataclass
class Context:
    """Everything the report sections need."""

    pages: list[Page]
    extractors: list[Extractor]
    outputs: dict[str, list[Extraction]]
    run: timing.RunResult | None


def quality_section(ctx: Context) -> str:
    """Body F1/precision/recall/accuracy with the corpus's exact metric, plus failure counts."""
    rows, per_page = [], {}
    for ex in ctx.extractors:
        scores = [
            score_page(out.get("body"), page.truth)
            for out, page in zip(ctx.outputs[ex.name], ctx.pages, strict=True)
        ]
        per_page[ex.name] = scores
        s = summarize(scores)
        failures = sum(out.get("error") is not None for out in ctx.outputs[ex.name])
        rows.append(
            [ex.name, s["f1"], s["precision"], s["recall"], s["accuracy"], failures, s["n"]]
        )
    _write_per_page(ctx, per_page)
    return (
        f"## Article body quality (Scrapinghub benchmark, {len(ctx.pages)} pages)\n\n"
        "A development set: articlekit's body rules were written on these pages, so its figure "
        "here overstates what it does on others (see \"Every evaluation set\" below for the held-out "
        "ones). Shingle metric of scrapinghub/article-extraction-benchmark, reproduced exactly "
        "(benchmarks/metric.py). Failures: pages where the extractor raised; scored as empty.\n\n"
        + report.table(
            ["extractor", "F1", "precision", "recall", "accuracy", "failures", "pages"], rows
        )
    )


def _write_per_page(ctx: Context, per_page: dict[str, list[PageScore]]) -> None:
    """benchmarks/out/per_page.tsv: per-page precision/recall of every extractor, to find regressions."""
    names = list(per_page)
    lines = ["\t".join(["key", "url"] + [f"{n}_{m}" for n in names for m in ("P", "R")])]
    for i, page in enumerate(ctx.pages):
        cells = []
        for n in names:
            s = per_page[n][i]
            cells += [
                f"{precision_score(s.tp, s.fp, s.fn):.3f}",
                f"{recall_score(s.tp, s.fp, s.fn):.3f}",
            ]
        lines.append("\t".join([page.key, page.url, *cells]))
    _write_out("per_page.tsv", "\n".join(lines) + "\n")


def errors_section(ctx: Context) -> str:
    """Per-extractor failure summary; the full list goes to benchmarks/out/errors.txt."""
    lines, full = [], []
    for ex in ctx.extractors:
        failed = [
            (p, err)
            for p, o in zip(ctx.pages, ctx.outputs[ex.name], strict=True)
            if (err := o.get("error"))
        ]
        full += [f"{ex.name}\t{p.key}\t{p.url}\t{err}" for p, err in failed]
        if failed:
            kinds = sorted(
                {err.split(":")[0] + ": " + err.split(":", 1)[-1].strip()[:90] for _, err in failed}
            )
            lines.append(f"- {ex.name}: {len(failed)} page(s) failed: " + "; ".join(kinds[:3]))
    _write_out("errors.txt", "\n".join(full) + "\n")
    return (
        "Extractor failures:\n\n" + "\n".join(lines)
        if lines
        else "No extractor failed on any page."
    )


def timing_section(ctx: Context, passes: int) -> str:
    """CPU per extractor, its ratio to the lxml floor, and articlekit's ratios to the others."""
    assert ctx.run is not None
    stats = {
        ex.name: timing.timing_stats(ctx.run.cpu[ex.name], ctx.run.floor[ex.name])
        for ex in ctx.extractors
    }
    floor = timing.floor_stats(ctx.run)
    rows = [
        [n, s.total_s, s.median_ms, s.p95_ms, s.total_x_floor, s.median_x_floor]
        for n, s in stats.items()
    ]
    rows.append(["lxml parse (floor)", floor.total_s, floor.median_ms, floor.p95_ms, 1.0, 1.0])
    text = (
        f"## Speed (CPU time, {len(ctx.pages)} pages)\n\n"
        f"`time.process_time()` around each call, pages already in memory; per page the minimum of "
        f"{passes} interleaved passes after a warm-up. x floor = extractor time / time of "
        "`lxml.html.document_fromstring` on the same page, measured right after it.\n\n"
        + report.table(
            [
                "extractor",
                "total CPU s",
                "median ms/page",
                "p95 ms/page",
                "total x floor",
                "median x floor",
            ],
            rows,
        )
    )
    if SUBJECT in stats:
        ak = stats[SUBJECT]
        ratio_rows = [
            [f"{SUBJECT} / {n}", ak.total_s / s.total_s, ak.median_x_floor / s.median_x_floor]
            for n, s in stats.items()
            if n != SUBJECT
        ]
        ratio_rows.append([f"{SUBJECT} / lxml floor", ak.total_x_floor, ak.median_x_floor])
        text += "\n\n" + report.table(
            ["ratio (lower is faster)", "total CPU", "median x floor"], ratio_rows
        )
    return text


def memory_section(ctx: Context, corpus: Path, limit: int | None) -> str:
    """Peak RSS of each extractor, each in its own subprocess."""
    results: dict[str, memory.MemoryFigures] = {}
    for ex in ctx.extractors:
        log(f"  memory: {ex.name}")
        results[ex.name] = memory.measure_in_subprocess(ex.name, corpus, limit)
    rows = [
        [n, r["after_import_mb"], r["baseline_mb"], r["peak_mb"], r["increase_mb"]]
        for n, r in results.items()
    ]
    text = (
        "## Peak memory\n\n"
        "One subprocess per extractor (`python -m benchmarks.memory`): ru_maxrss after importing it, after "
        "loading the pages (baseline), and after running it over every page. Increase = peak - baseline. MB.\n\n"
        + report.table(
            ["extractor", "after imports", "baseline", "peak", "increase"], [_mb(r) for r in rows]
        )
    )
    if SUBJECT in results:
        ak = results[SUBJECT]
        ratio_rows = [
            [
                f"{SUBJECT} / {n}",
                _ratio(ak["increase_mb"], r["increase_mb"]),
                _ratio(ak["peak_mb"], r["peak_mb"]),
            ]
            for n, r in results.items()
            if n != SUBJECT
        ]
        text += "\n\n" + report.table(["ratio (lower is leaner)", "increase", "peak"], ratio_rows)
    return text


def _mb(row: Sequence[object]) -> list[object]:
    """Memory figures at one decimal (MB)."""
    return [row[0], *(f"{v:.1f}" for v in row[1:])]


def _ratio(a: float, b: float) -> str:
    """a/b at two decimals, an em dash when b is 0."""
    return f"{a / b:.2f}" if b > 0 else "—"


def _fraction(right: int, total: int) -> str:
    """ "0.850 (17/20)": the share and the counts behind it."""
    return f"{right / total:.3f} ({right}/{total})" if total else "0/0"


def _accuracy(tally: labels.FieldTally | None) -> str:
    """A tally as a fraction; None (field not extracted) as an em dash."""
    return "—" if tally is None else _fraction(tally.right, tally.total)


def metadata_section(ctx: Context, labels_dir: Path) -> str | None:
    """Headline/authors/date accuracy on tests/labels/metadata.json, if it exists."""
    data = labels.load_labels(labels_dir / "metadata.json")
    if data is None:
        log(f"  no {labels_dir / 'metadata.json'}: metadata accuracy skipped")
        _remove_out("metadata_failures.txt")
        return None
    keys = {p.key for p in ctx.pages}
    rows, covered = [], len(data.keys() & keys)
    for ex in ctx.extractors:
        outputs = dict(zip((p.key for p in ctx.pages), ctx.outputs[ex.name], strict=True))
        tallies = labels.score_metadata(data, outputs, ex.fields)
        rows.append(
            [ex.name, *(_accuracy(tallies.get(f)) for f in ("headline", "authors", "published"))]
        )
        if ex.name == SUBJECT:
            failures = [f for t in tallies.values() for f in t.failures]
            _write_out("metadata_failures.txt", "\n\n".join(sorted(failures)) + "\n")
    return (
        f"## Metadata accuracy ({covered} labelled pages)\n\n"
        "tests/labels/metadata.json, on Scrapinghub corpus pages: a development set (the metadata "
        "rules were first written on these pages; held-out figures are under \"Every evaluation set\"). "
        "Exact match after NFC, whitespace collapse, straight quotes and "
        "case-folding; authors as a set ([] must match empty); date = same calendar day (null matches "
        "only no date). — = the extractor does not extract that field.\n\n"
        + report.table(["extractor", "headline", "authors", "published date"], rows)
    )


def outside_outputs(data: dict[str, dict[str, Any]], corpus: str) -> dict[str, Extraction] | None:
    """articlekit's extraction of every page the labels name, from ../shared/corpora/<corpus>,
    or None when the corpora are absent."""
    root = shared_root()
    if root is None:
        log("  ../shared/corpora not found: the outside quote sets are skipped")
        return None
    return {
        name: across.subject_output(
            f"{corpus}/{name}", page_bytes(root, f"{corpus}/{name}"), page_url(root, f"{corpus}/{name}")
        )
        for name in sorted(data)
    }


def quotes_section(ctx: Context, labels_dir: Path) -> str | None:
    """articlekit's quote precision/recall, speakers and datelines on each labelled quote set."""
    outputs = (
        dict(zip((p.key for p in ctx.pages), ctx.outputs[SUBJECT], strict=True))
        if SUBJECT in ctx.outputs
        else None
    )
    columns, headers = [], []
    outside = {name: corpus for name, corpus in QUOTE_SETS.items() if corpus != "scrapinghub"}
    for name in QUOTE_SETS:
        failures_file = name.removesuffix(".json") + "_failures.txt"
        data = labels.load_labels(labels_dir / name)
        set_outputs = outputs
        if data is not None and name in outside:
            set_outputs = outside_outputs(data, outside[name])
            if set_outputs is not None:
                data = {k: v for k, v in data.items() if k in set_outputs}
        if data is None or set_outputs is None:
            if data is None:
                log(f"  no {labels_dir / name}: its quote/dateline scoring skipped")
            _remove_out(failures_file)
            continue
        s = labels.score_quotes(data, set_outputs)
        if name in QUOTES_HELD_OUT:
            _remove_out(failures_file)
        else:
            _write_out(failures_file, "\n\n".join(s.failures) + "\n")
        headers.append(f"{name} ({s.datelines.total} pages)")
        columns.append([
            _fraction(s.matched, s.predicted),
            _fraction(s.matched, s.labelled),
            _accuracy(s.speakers),
            _fraction(s.wrong_speakers, s.matched),
            _accuracy(s.datelines),
            _accuracy(s.with_dateline),
            f"{s.invented_datelines}/{s.without_dateline}",
        ])
    if not columns:
        return None
    measures = [
        "quote precision",
        "quote recall",
        "speaker accuracy (matched quotes)",
        "wrong speaker (a name that is not the labelled one, of matched quotes)",
        "dateline accuracy (all labelled pages)",
        "dateline accuracy (pages with a dateline)",
        "invented datelines (pages without one)",
    ]
    rows = [[m, *(col[i] for col in columns)] for i, m in enumerate(measures)]
    return (
        "## Quotes and datelines (articlekit)\n\n"
        "tests/labels/quotes.json is the set the heuristics were developed on; "
        "quotes_heldout.json, quotes_third.json and quotes_fourth.json were labelled later on other pages; "
        "quotes_outside_readability.json and quotes_outside_newspaper.json on article text from "
        "outside the corpus (the public test pages of mozilla/readability and of newspaper, "
        "parsed from ../shared/corpora; absent, their columns are left out); "
        "quotes_mercury_a.json and quotes_mercury_b.json on 117 articles of the Mercury corpus "
        "(labelled 2026-12-07; split by Mercury's site halves). Their first "
        "scores, before the changes their failures then prompted, are in tests/labels/README.md. "
        "quotes_mercury_b.json is held out (scored, never read); the other seven are development "
        "sets: each was scored once before any change made for it "
        "(that first score is the held-out figure), then used to fix what it showed. "
        "A quote matches when its text is equal "
        "after whitespace, NFC and apostrophe folding (each label once); speakers are compared "
        "case-folded, without a leading 'the' and without middle initials, a label's "
        "`speaker_alternatives` (other names the article gives the same speaker) counting as "
        "right; a dateline is right when both are absent "
        "or location (case-folded) and date agree.\n\n"
        + report.table(["measure", *headers], rows)
    )


def environment_section(
    extractors: Sequence[Extractor], corpus: Path, args: argparse.Namespace
) -> str:
    """When, where and with what versions the figures were made."""
    versions = [[ex.distribution, _version(ex.distribution)] for ex in extractors] + [
        ["lxml", _version("lxml")]
    ]
    limit = f" (first {args.limit} pages only)" if args.limit else ""
    return (
        f"- Run: {dt.datetime.now().astimezone().isoformat(timespec='seconds')}\n"
        f"- Machine: {platform.platform()}, {_cpu_model()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()} ({platform.python_implementation()})\n"
        f"- Corpus: {corpus}{limit}\n\n" + report.table(["package", "version"], versions)
    )


def _version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def _write_out(name: str, text: str) -> None:
    """Write a detail file into benchmarks/out/ (gitignored)."""
    OUT_DIR.mkdir(exist_ok=True)
    (OUT_DIR / name).write_text(text, encoding="utf-8")


def _remove_out(name: str) -> None:
    """Drop a detail file left by an earlier run, so that it cannot be taken for this one's."""
    (OUT_DIR / name).unlink(missing_ok=True)


# --- main ---------------------------------------------------------------------------


def stress_section() -> str:
    """articlekit on hostile sizes, each case in a fresh process (benchmarks/stress.py)."""
    log("stress cases")
    rows, figures = [], {}
    for case in stress.CASES:
        f = stress.measure_in_subprocess(case)
        figures[case] = f
        rows.append([case, f"{f['input_mb']:.1f}", f"{f['cpu_s']:.2f}", f"{f['increase_mb']:.0f}",
                     f"{f['peak_mb']:.0f}", f["outcome"]])
    small, large = figures["page 5 MB"], figures["page 50 MB"]
    growth = (
        f"Growth from the 5 MB page to the 50 MB page (10x the input): CPU time "
        f"{large['cpu_s'] / small['cpu_s']:.1f}x, peak memory increase "
        f"{large['increase_mb'] / max(small['increase_mb'], 1e-9):.1f}x (linear = 10x)."
    )
    return (
        "## Hostile sizes (articlekit)\n\n"
        "One fresh process per case (`python -m benchmarks.stress CASE`): CPU seconds of `parse()`, "
        "and the peak RSS increase over the process after building the input, in MB.\n\n"
        + report.table(["case", "input MB", "CPU s", "memory increase MB", "peak RSS MB", "outcome"], rows)
        + "\n\n" + growth
    )


def sets_section(extractors: Sequence[Extractor]) -> str:
    """Every evaluation set of ../shared/corpora (benchmarks/sets.py), every extractor and
    htmldate in one run, with the first scores of each set beside the held-out ones."""
    names = [ex.name for ex in extractors]
    if "htmldate" not in names and EXTRACTORS["htmldate"].available():
        names.append("htmldate")
    if across.shared_root() is None:
        log("  ../shared/corpora not found: the other sets are skipped")
        return "## Every evaluation set\n\n(../shared/corpora not found: skipped.)"
    log("evaluation sets")
    text, scores = across.run(across.SETS, names, use_cache=True, failures=True)
    return (
        "## Every evaluation set\n\n"
        "The sets of benchmarks/sets.py, each page run through every extractor in this run "
        f"(peers' outputs cached by version). Development sets (read while changing the "
        f"heuristics): {', '.join(across.DEVELOPMENT)}. Held out (scored before and after, never "
        f"read): {', '.join(across.HELD_OUT)}. Body: the shingle metric where the set has a "
        "reference text, Mercury's first words (strict, and without whitespace), our passages "
        "(`with` found, `without` kept out; pooled precision and recall), and empty bodies on "
        "pages where a peer gave 50 words or more. Metadata: headline (exact, and lenient to a "
        "site or section affix), authors (the same set of people), published day, dates given "
        "on pages labelled dateless (fewer is better), datelines (articlekit only). On the "
        "readability set the `headline` label is Readability's own title output (the page's "
        "`<title>`, site name included), not the visible headline; the column \"visible headline "
        "(lenient)\" scores the same pages against the headline as our reading labels give it "
        "(tests/labels/pages/R*.json, made by reading each page; the pages are also in "
        "labelled-dev or labelled-heldout).\n\n"
        + text + "\n\n" + first_scores_section(scores)
    )


def first_scores_section(scores: dict[str, dict[str, Any]]) -> str:
    """articlekit's first score on each set (commit 925fbba, before any change made for these
    sets; benchmarks/first_scores_925fbba.json) beside today's."""
    first_file = Path(__file__).resolve().parent / "first_scores_925fbba.json"
    if not first_file.is_file():
        return ""
    import json

    first = json.loads(first_file.read_text(encoding="utf-8"))
    now = across.summary(scores)
    keys = ("body_f1", "body_start", "passages_f1", "headline", "authors", "published", "dateline")
    rows = []
    for set_name in across.SETS:
        before = first.get(set_name, {}).get(SUBJECT, {})
        after = now.get(set_name, {}).get(SUBJECT, {})
        role = "development" if set_name in across.DEVELOPMENT else "held out"
        cells = []
        for k in keys:
            b, a = before.get(k), after.get(k)
            cells.append("—" if a is None else f"{b:.3f} → {a:.3f}" if b is not None else f"{a:.3f}")
        rows.append([f"{set_name} ({role})", *cells])
    return (
        "### articlekit: first score (925fbba) → now\n\n"
        "Body F1 (shingles), body start (lenient), passages F1, headline (lenient), authors, "
        "published day, dateline. The first scores come from `python -m benchmarks.across --json` "
        "run against commit 925fbba (a worktree on `PYTHONPATH`), before any change made for "
        "these sets.\n\n"
        + report.table(["set", "body F1", "body start", "passages F1", "headline", "authors",
                        "published", "dateline"], rows)
    )


def main(argv: Sequence[str] | None = None) -> None:
    started = time.perf_counter()
    args = parse_args(argv)
    corpus = resolve_corpus(args.corpus)
    extractors = select_extractors(args.extractors)
    log(f"loading pages from {corpus}")
    pages = load_pages(corpus, args.limit)
    log(f"{len(pages)} pages; extractors: {', '.join(ex.name for ex in extractors)}")

    passes = 0 if args.no_timing else args.passes
    timing.warm_up(pages, extractors)
    run = timing.run(pages, extractors, passes)
    ctx = Context(pages, extractors, run.extractions, run if passes else None)

    sections = [
        environment_section(extractors, corpus, args),
        quality_section(ctx),
        errors_section(ctx),
    ]
    if passes:
        sections.append(timing_section(ctx, passes))
    if not args.no_memory:
        sections.append(memory_section(ctx, corpus, args.limit))
    if not args.no_stress and any(ex.name == SUBJECT for ex in extractors):
        sections.append(stress_section())
    sections += [
        s
        for s in (metadata_section(ctx, args.labels_dir), quotes_section(ctx, args.labels_dir))
        if s
    ]
    if not args.no_sets:
        sections.append(sets_section(extractors))
    if not args.no_rules and any(ex.name == SUBJECT for ex in extractors) and \
            rules.DEFAULT_RULES.is_dir():
        log("site rules: Full-Text RSS configs on their sites' pages (benchmarks/rules.py)")
        sections.append("## Site rules: Full-Text RSS configs on their sites' pages\n\n"
                        + rules.section())
    if not args.no_batch and any(ex.name == SUBJECT for ex in extractors):
        log("many pages: a WARC of the development pages (benchmarks/batch.py)")
        sections.append("## Many pages: a WARC archive, in parallel\n\n" + batch.section())

    elapsed = time.perf_counter() - started
    command = "python -m benchmarks.run " + " ".join(argv if argv is not None else sys.argv[1:])
    sections.append(
        "## How to reproduce\n\n"
        "`pip install -e '.[bench]'` then, from the repository root, `python -m benchmarks.run --write` "
        f"(this run: `{command.strip()}`, {elapsed / 60:.1f} min wall). See benchmarks/README.md."
    )
    text = "\n\n".join(sections)
    print(text)
    if args.write:
        report.write_document(args.output, f"# Benchmarks\n\n{report.GENERATED_MARKER}\n\n{text}")
        log(f"wrote {args.output}")
    log(f"done in {elapsed:.0f}s")


if __name__ == "__main__":
    main()
