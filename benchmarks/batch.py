"""Many pages at once: a WARC of the development corpora's pages, read by ``articlekit parse``.

``python -m benchmarks.batch`` builds (in a temporary folder, never committed) one WARC
archive of the development sets' pages (Scrapinghub, readability, mercury-a) plus bad
records (a binary body labelled HTML, an empty body, a non-HTML response, a request record,
and a last record cut short), then measures, with the command line as users run it:

- correctness: every HTML record has its line, every bad one its error line or skip count,
  and each article equals ``articlekit.parse`` of that page alone (url, headers, WARC-Date);
- throughput: pages/s with ``--jobs 1`` and ``--jobs 2`` on the archive, and on the same
  pages as files beside trafilatura's own parallel mode (``--input-dir --parallel N``);
- memory: peak PSS of the whole process tree (the parent and its workers, sampled from
  /proc every 50 ms) for the archive, and for one with 10x the pages.

``--write`` is not needed: ``python -m benchmarks.run --write`` puts this section into
docs/benchmarks.md; alone it prints the section.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .corpus import load_pages, resolve_corpus
from .report import table as markdown_table
from .sets import load_set, shared_root

#: The development sets whose pages make the archive.
DEV_SETS = ("readability", "mercury-a")
WARC_DATE = "2026-12-01T12:00:00Z"


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@dataclass
class Archive:
    path: Path
    html_records: int  # responses that should each give a line
    good_pages: list[tuple[str, bytes]]  # (url, html) of the corpus pages, in order
    bad_lines: dict[str, str]  # url -> expected error type
    skipped: int  # records that should only be counted


def dev_pages() -> list[tuple[str, bytes]]:
    """(url, html) of the development corpora's pages, each URL made unique."""
    pages = [(p.url, p.html) for p in load_pages(resolve_corpus(None))]
    root = shared_root()
    for name in DEV_SETS:
        pages += [(p.url, p.html) for p in load_set(name, root)]
    out, seen = [], set()
    for i, (url, html) in enumerate(pages):
        url = url or f"https://corpus.invalid/page/{i}"
        if url in seen:
            url = f"{url}#{i}"
        seen.add(url)
        out.append((url, html))
    return out


def write_archive(path: Path, pages: Sequence[tuple[str, bytes]], repeat: int = 1,
                  bad: bool = True) -> Archive:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    def record(writer: Any, kind: str, url: str, body: bytes, ctype: str) -> None:
        if kind == "request":
            http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "corpus.invalid")],
                                    is_http_request=True)
        else:
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            url, kind, payload=io.BytesIO(body), http_headers=http,
            warc_headers_dict={"WARC-Date": WARC_DATE}))

    good: list[tuple[str, bytes]] = []
    bad_lines: dict[str, str] = {}
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for r in range(repeat):
            for url, html in pages:
                page_url = url if r == 0 else f"{url}?copy={r}"
                record(writer, "response", page_url, html, "text/html")
                good.append((page_url, html))
        if bad:
            record(writer, "request", "https://bad.invalid/request", b"", "")
            record(writer, "response", "https://bad.invalid/style.css", b"p{color:red}", "text/css")
            record(writer, "response", "https://bad.invalid/binary",
                   b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "text/html")
            bad_lines["https://bad.invalid/binary"] = "NotHTMLError"
            record(writer, "response", "https://bad.invalid/empty", b"", "text/html")
            bad_lines["https://bad.invalid/empty"] = "EmptyDocumentError"
            record(writer, "response", "https://bad.invalid/cut", pages[0][1], "text/html")
            bad_lines["https://bad.invalid/cut"] = "SourceError"
    if bad:  # cut the last record short: the archive ends inside it
        size = path.stat().st_size
        with open(path, "r+b") as fh:
            fh.truncate(size - 400)
    html_records = len(good) + len(bad_lines)
    return Archive(path, html_records, good, bad_lines, skipped=2 if bad else 0)


# -- running the command line under a memory sampler ------------------------------------------
def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo += [int(c) for c in fh.read().split()]
        except OSError:
            continue
    return pids


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


@dataclass
class Run:
    seconds: float
    peak_mb: float
    stdout: str
    stderr: str
    status: int


def run_measured(argv: Sequence[str], stdout_file: Path | None = None) -> Run:
    """Run a command; wall time and the peak PSS of its whole process tree."""
    out = open(stdout_file, "w") if stdout_file else subprocess.DEVNULL  # noqa: SIM115
    # stderr to a file: a pipe nobody reads while polling would block a chatty child
    err = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115
    started = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=out, stderr=err, text=True)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, sum(_pss_kb(p) for p in _tree(proc.pid)))
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    err.seek(0)
    stderr = err.read()
    err.close()
    if stdout_file:
        out.close()  # type: ignore[union-attr]
    text = stdout_file.read_text(encoding="utf-8") if stdout_file else ""
    return Run(seconds, peak / 1024, text, stderr, proc.returncode)


def _articlekit(*args: str) -> list[str]:
    return [sys.executable, "-m", "articlekit", "parse", *args, "--quiet"]


# -- the checks and figures -------------------------------------------------------------------
def check_lines(archive: Archive, lines: list[dict[str, Any]], stderr: str) -> list[list[Any]]:
    """Each kind of record against what it should give; the articles against parse()."""
    import articlekit

    by_url = {line["url"]: line for line in lines}
    now = dt.datetime.fromisoformat(WARC_DATE.replace("Z", "+00:00"))
    equal = 0
    for url, html in archive.good_pages:
        line = by_url.get(url)
        if line and "article" in line:
            alone = articlekit.parse(html, url, headers={"Content-Type": "text/html"}, now=now)
            equal += line["article"] == json.loads(alone.to_json())
    rows = [["HTML records, each with its line", archive.html_records, len(lines)],
            ["corpus pages whose article equals parse() of the page alone",
             len(archive.good_pages), equal]]
    for url, kind in archive.bad_lines.items():
        got = by_url.get(url, {}).get("error", {}).get("type", "no line")
        rows.append([f"{url.rsplit('/', 1)[1]} record: an error line", kind, got])
    summary = stderr.strip().splitlines()[-1] if stderr.strip() else ""
    skipped = summary.split(" skipped")[0].rsplit(", ", 1)[-1] if " skipped" in summary else "?"
    rows.append(["request and non-HTML records: skipped and counted", archive.skipped, skipped])
    return rows


def read_seconds(path: Path) -> dict[str, float]:
    """Seconds to read every response record's payload with each WARC reader installed (the
    best of 3): why articlekit reads with warcio (docs/benchmarks.md gives the figures)."""
    def with_warcio() -> int:
        from warcio.archiveiterator import ArchiveIterator

        n = 0
        with open(path, "rb") as fh:
            for rec in ArchiveIterator(fh):
                if rec.rec_type == "response":
                    n += len(rec.content_stream().read())
        return n

    def with_fastwarc() -> int:
        from fastwarc.warc import ArchiveIterator, WarcRecordType

        n = 0
        with open(path, "rb") as fh:
            for rec in ArchiveIterator(fh, record_types=WarcRecordType.response, parse_http=True):
                n += len(rec.reader.read())
        return n

    out: dict[str, float] = {}
    for name, read in (("warcio", with_warcio), ("FastWARC", with_fastwarc)):
        try:
            times = []
            for _ in range(3):
                t = time.perf_counter()
                read()
                times.append(time.perf_counter() - t)
            out[name] = min(times)
        except ImportError:
            continue
    return out


def trafilatura_run(folder: Path, out: Path, jobs: int) -> Run:
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    exe = shutil.which("trafilatura") or str(Path(sys.executable).with_name("trafilatura"))
    return run_measured([exe, "--input-dir", str(folder), "--output-dir", str(out),
                         "--parallel", str(jobs), "--json"])


def section(repeat_memory: int = 10, passes: int = 2) -> str:
    from .run import _cpu_model  # the machine line, as the rest of the report gives it

    pages = dev_pages()
    tmp = Path(tempfile.mkdtemp(prefix="articlekit-batch-"))
    try:
        archive = write_archive(tmp / "dev.warc.gz", pages)
        big = write_archive(tmp / "dev10.warc.gz", pages, repeat=repeat_memory, bad=False)
        clean = write_archive(tmp / "clean.warc.gz", pages, bad=False)
        folder = tmp / "pages"
        folder.mkdir()
        for i, (_url, html) in enumerate(pages):
            (folder / f"{i:04d}.html").write_bytes(html)
        log(f"batch: {len(pages)} pages; archive {archive.path.stat().st_size / 1e6:.1f} MB")

        checked = run_measured(_articlekit(str(archive.path), "--jobs", "2"), tmp / "out.jsonl")
        lines = [json.loads(x) for x in checked.stdout.splitlines()]
        correctness = check_lines(archive, lines, checked.stderr)
        log(f"batch: checked ({checked.stderr.strip()})")

        def best(make: Any) -> Run:
            runs = [make() for _ in range(passes)]
            return min(runs, key=lambda r: r.seconds)

        n = len(pages)
        rows = []
        timings: dict[str, Run] = {}
        for label, make in [
            ("articlekit, WARC archive", lambda j: _articlekit(str(clean.path), "--jobs", str(j))),
            ("articlekit, folder of files", lambda j: _articlekit(str(folder), "--jobs", str(j))),
        ]:
            for jobs in (1, 2):
                timings[f"{label} {jobs}"] = best(lambda m=make, j=jobs: run_measured(m(j)))
                log(f"batch: {label}, --jobs {jobs}: {timings[f'{label} {jobs}'].seconds:.1f} s")
        for jobs in (1, 2):
            timings[f"trafilatura {jobs}"] = best(
                lambda j=jobs: trafilatura_run(folder, tmp / "traf", j))
            log(f"batch: trafilatura --parallel {jobs}: {timings[f'trafilatura {jobs}'].seconds:.1f} s")
        for label, key in [("articlekit, WARC archive (`--jobs N`)", "articlekit, WARC archive"),
                           ("articlekit, folder of files (`--jobs N`)", "articlekit, folder of files"),
                           ("trafilatura, folder of files (`--parallel N`)", "trafilatura")]:
            one, two = timings[f"{key} 1"], timings[f"{key} 2"]
            rows.append([label, f"{n / one.seconds:.1f}", f"{n / two.seconds:.1f}",
                         f"{one.seconds / two.seconds:.2f}x"])
        ours, theirs = timings["articlekit, WARC archive 2"], timings["trafilatura 2"]

        readers = read_seconds(clean.path)
        small = run_measured(_articlekit(str(clean.path), "--jobs", "2"))
        large = run_measured(_articlekit(str(big.path), "--jobs", "2"))
        log(f"batch: memory {small.peak_mb:.0f} MB for {n} pages, {large.peak_mb:.0f} MB for "
            f"{n * repeat_memory}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    text = [
        f"One WARC archive (gzip) of the development sets' {n} pages (Scrapinghub, readability, "
        f"mercury-a), built by `python -m benchmarks.batch` in a temporary folder, with five bad "
        "records after them: a request, a CSS response, a PNG labelled text/html, an empty body, "
        "and a last record cut 400 bytes short. Every figure comes from `articlekit parse` "
        f"run as a user runs it, on {os.cpu_count()} CPUs ({_cpu_model()}).",
        "",
        "Correctness (`--jobs 2`):",
        "",
        markdown_table(["check", "expected", "got"], correctness),
        "",
        f"Throughput, pages/s over the {n} pages (wall time, the best of {passes} runs; the "
        "same pages as a folder of files for trafilatura, which does not read WARC):",
        "",
        markdown_table(["run", "1 job", "2 jobs", "2 jobs / 1 job"], rows),
        "",
        f"With 2 jobs on the archive articlekit parses {n / ours.seconds:.1f} pages/s, "
        f"{theirs.seconds / ours.seconds:.2f}x trafilatura's {n / theirs.seconds:.1f} pages/s "
        "with `--parallel 2` on the same pages.",
        "",
        "Reading the archive alone (every response's payload, the best of 3), against parsing "
        "it with 1 job: " + ", ".join(f"{name} {sec:.2f} s" for name, sec in readers.items())
        + f"; parsing {timings['articlekit, WARC archive 1'].seconds:.1f} s. articlekit reads "
        "with warcio: pure Python (wheels for every platform), reads ARC too, decodes chunked "
        "and compressed HTTP payloads, and its cost is a small share of a run's.",
        "",
        "Peak memory of the whole run (PSS of the parent and its workers, summed, sampled every "
        "50 ms), `--jobs 2`:",
        "",
        markdown_table(["archive", "pages", "peak MB"], [
            ["1x", n, f"{small.peak_mb:.0f}"],
            [f"{repeat_memory}x", n * repeat_memory, f"{large.peak_mb:.0f}"],
            [f"{repeat_memory}x / 1x", "", f"{large.peak_mb / small.peak_mb:.2f}x"],
        ]),
    ]
    return "\n".join(text)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.batch",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=2, help="timing runs per row (best kept)")
    parser.add_argument("--repeat", type=int, default=10, help="the large archive's multiple")
    args = parser.parse_args(argv)
    print(section(args.repeat, args.passes))


if __name__ == "__main__":
    main()
