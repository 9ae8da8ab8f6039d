"""articlekit on hostile sizes: CPU time and peak memory per case, each in a fresh process.

Usage: ``python -m benchmarks.stress CASE``; prints one JSON line. ``run.py`` calls every
case through the launcher of ``benchmarks.memory`` (so ru_maxrss starts fresh) and reports
the growth from the 5 MB page to the 50 MB page: linear growth gives about 10x.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from typing import TypedDict

from .corpus import REPO_ROOT
from .memory import _LAUNCHER

_PARA = "<p>The committee voted on Tuesday to approve the budget, ending a months-long dispute.</p>\n"


_QUOTED_PARA = (
    "<p>“We will win this race today,” he said. Acme Records issued a statement. “Artists may "
    "perform live,” the statement read, adding that “it was a great day for all of us.”</p>\n"
)


def _page(size: int) -> bytes:
    return ("<html><body><article>" + _PARA * (size // len(_PARA)) + "</article></body></html>").encode()


CASES: dict[str, Callable[[], bytes]] = {
    "page 5 MB": lambda: _page(5_000_000),
    "page 50 MB": lambda: _page(50_000_000),
    "100k nested elements": lambda: b"<html><body>" + b"<div>" * 100_000 + b"deep text"
    + b"</div>" * 100_000 + b"</body></html>",
    "200k sibling elements": lambda: b"<html><body><article>"
    + b"<p>short sibling text here.</p>" * 200_000 + b"</article></body></html>",
    "one 20 MB text node": lambda: b"<html><body><p>" + b"word " * 4_000_000 + b"</p></body></html>",
    "5 MB of quoted speech": lambda: ("<html><body><article>" + _QUOTED_PARA * (5_000_000 // len(_QUOTED_PARA))
                                      + "</article></body></html>").encode(),
}


class StressFigures(TypedDict):
    case: str
    input_mb: float
    cpu_s: float
    baseline_mb: float
    peak_mb: float
    increase_mb: float
    outcome: str


def measure(case: str) -> StressFigures:
    import articlekit

    data = CASES[case]()
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.process_time()
    try:
        article = articlekit.parse(data)
        outcome = f"Article, {len(article.body.blocks)} blocks"
    except articlekit.ArticleKitError as exc:
        outcome = f"{type(exc).__name__}"
    cpu = time.process_time() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return StressFigures(case=case, input_mb=len(data) / 1e6, cpu_s=cpu, baseline_mb=baseline,
                         peak_mb=peak, increase_mb=peak - baseline, outcome=outcome)


def measure_in_subprocess(case: str) -> StressFigures:
    cmd = [sys.executable, "-c", _LAUNCHER, sys.executable, "-m", "benchmarks.stress", case]
    done = subprocess.run(cmd, cwd=REPO_ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"stress case {case!r} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    figures: StressFigures = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("case", choices=sorted(CASES))
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.case)))


if __name__ == "__main__":
    main()
