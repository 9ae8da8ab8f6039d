"""Running the extractors over in-memory pages, optionally timed against the lxml floor.

How the timing is done, and why:
* CPU time (``time.process_time``) around the adapter call only, so other processes
  on this shared machine (wall-clock noise) and I/O do not count.
* Right after each call, the same page is parsed by ``lxml.html.document_fromstring``
  and timed the same way: the "floor", the cost of merely building a tree. The ratio
  extractor/floor for the same page at the same moment cancels most of the machine's
  drift, so "x floor" figures compare across runs far better than seconds.
* Extractors are interleaved page by page (page 1: A, B, C; page 2: A, B, C ...), so a
  slow spell of the machine hits all of them alike.
* A warm-up over a few pages first, so imports and first-use caches do not count.
* Every pass is run ``passes`` times and the per-page minimum kept (for the call and
  for its floor separately): the minimum is the least noisy estimate of the cost, and
  caches filled on first use of a language or site (e.g. stopword lists) stop counting.
  The first pass's outputs are the ones scored for quality.
"""

from __future__ import annotations

import gc
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

import lxml.html

from .corpus import Page
from .peers import Extraction, Extractor

WARM_UP_PAGES = 5
T = TypeVar("T")


@dataclass
class RunResult:
    """Outputs of the first pass, and per-page minimum CPU seconds over all passes."""

    extractions: dict[str, list[Extraction]] = field(default_factory=dict)
    cpu: dict[str, list[float]] = field(default_factory=dict)
    floor: dict[str, list[float]] = field(default_factory=dict)


def _cpu(call: Callable[..., T], *args: object) -> tuple[T, float]:
    """Result of call(*args) and the CPU seconds it took."""
    start = time.process_time()
    result = call(*args)
    return result, time.process_time() - start


def warm_up(pages: Sequence[Page], extractors: Sequence[Extractor]) -> None:
    """Call every extractor (and the floor) on a few pages, untimed."""
    for page in pages[:WARM_UP_PAGES]:
        lxml.html.document_fromstring(page.html)
        for ex in extractors:
            ex.adapter(page.html, page.url)


def run(
    pages: Sequence[Page], extractors: Sequence[Extractor], passes: int, log: bool = True
) -> RunResult:
    """Run every extractor on every page ``passes`` times (0 = once, untimed).

    Keeps the first pass's extractions and, when timed, the per-page minimum of the
    extractor's CPU time and of the floor measured right after it.
    """
    timed = passes > 0
    result = RunResult()
    for number in range(max(passes, 1)):
        gc.collect()  # start every pass from the same heap state
        started = time.perf_counter()
        for index, page in enumerate(pages):
            for ex in extractors:
                extraction, spent = _cpu(ex.adapter, page.html, page.url)
                if number == 0:
                    result.extractions.setdefault(ex.name, []).append(extraction)
                if not timed:
                    continue
                _, floor = _cpu(lxml.html.document_fromstring, page.html)
                _keep_min(result.cpu.setdefault(ex.name, []), index, spent)
                _keep_min(result.floor.setdefault(ex.name, []), index, floor)
        if log:
            what = f"timed pass {number + 1}/{passes}" if timed else "extraction pass"
            print(f"  {what}: {time.perf_counter() - started:.1f}s wall", file=sys.stderr)
    return result


def _keep_min(values: list[float], index: int, value: float) -> None:
    """values[index] = min(values[index], value), appending on the first pass."""
    if index == len(values):
        values.append(value)
    else:
        values[index] = min(values[index], value)


def percentile(values: Sequence[float], pct: float) -> float:
    """Linear-interpolated percentile (``statistics.quantiles`` inclusive method)."""
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[round(pct) - 1]


@dataclass(frozen=True)
class TimingStats:
    """One extractor's CPU figures: seconds, per-page ms, and ratios to the lxml floor."""

    total_s: float
    median_ms: float
    p95_ms: float
    total_x_floor: float  # sum of its times / sum of the floor times
    median_x_floor: float  # median over pages of (its time / floor time)


def timing_stats(cpu: Sequence[float], floor: Sequence[float]) -> TimingStats:
    """Summarise per-page CPU seconds and their floors."""
    ratios = [c / f if f > 0 else float("inf") for c, f in zip(cpu, floor, strict=True)]
    return TimingStats(
        total_s=sum(cpu),
        median_ms=statistics.median(cpu) * 1000,
        p95_ms=percentile(cpu, 95) * 1000,
        total_x_floor=sum(cpu) / sum(floor) if sum(floor) > 0 else float("inf"),
        median_x_floor=statistics.median(ratios),
    )


def floor_stats(result: RunResult) -> TimingStats:
    """The floor itself: per page, the least of all its measurements (x floor is 1 by definition)."""
    per_page = [min(values) for values in zip(*result.floor.values(), strict=True)]
    return timing_stats(per_page, per_page)
