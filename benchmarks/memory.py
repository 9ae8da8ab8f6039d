"""Peak memory of one extractor, measured in a fresh process of its own.

Usage: ``python -m benchmarks.memory EXTRACTOR CORPUS [--limit N]``; prints one JSON line.

Why a subprocess per extractor: ``ru_maxrss`` is a high-water mark for the whole
process, so extractors sharing one would hide each other's peaks. The process imports
the extractor, notes ru_maxrss, loads the pages (bytes in memory, as in the timing
run), notes it again (the baseline), runs the extractor over every page keeping no
output, and reports the peak's increase over that baseline: the working memory the
extractor needs on top of its code and the input. First-use lazy imports and caches
inside the extractor count in that increase, as they would in a real process.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
from pathlib import Path
from typing import TypedDict

from .corpus import REPO_ROOT, load_pages
from .peers import EXTRACTORS, import_extractor


def _maxrss_mb() -> float:
    """This process's peak resident set so far, in MB (Linux reports kB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class MemoryFigures(TypedDict):
    """One extractor's memory run; RSS high-water marks in MB."""

    extractor: str
    pages: int
    failures: int
    start_mb: float
    after_import_mb: float
    baseline_mb: float
    peak_mb: float
    increase_mb: float


def measure(name: str, corpus: Path, limit: int | None) -> MemoryFigures:
    """Run one extractor over the corpus and report RSS figures in MB."""
    extractor = EXTRACTORS[name]
    start = _maxrss_mb()
    import_extractor(extractor)
    after_import = _maxrss_mb()
    pages = load_pages(corpus, limit)
    baseline = _maxrss_mb()
    failures = 0
    for page in pages:
        failures += extractor.adapter(page.html, page.url).get("error") is not None
    peak = _maxrss_mb()
    return MemoryFigures(
        extractor=name,
        pages=len(pages),
        failures=failures,
        start_mb=start,
        after_import_mb=after_import,
        baseline_mb=baseline,
        peak_mb=peak,
        increase_mb=peak - baseline,
    )


# ru_maxrss survives fork+exec: a child started straight from the big benchmark process
# would report the parent's peak (Linux keeps the old address space's high-water mark
# across execve). A tiny launcher in between has a fresh one, and its own child starts
# from the launcher's few MB, below any figure measured here.
_LAUNCHER = "import subprocess, sys; sys.exit(subprocess.run(sys.argv[1:]).returncode)"


def measure_in_subprocess(name: str, corpus: Path, limit: int | None) -> MemoryFigures:
    """Run ``python -m benchmarks.memory`` for one extractor (via a launcher) and parse its JSON."""
    cmd = [
        sys.executable,
        "-c",
        _LAUNCHER,
        sys.executable,
        "-m",
        "benchmarks.memory",
        name,
        str(corpus),
    ]
    if limit:
        cmd += ["--limit", str(limit)]
    done = subprocess.run(cmd, cwd=REPO_ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(
            f"memory run of {name} failed ({done.returncode}):\n{done.stderr[-3000:]}"
        )
    figures: MemoryFigures = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("extractor", choices=sorted(EXTRACTORS))
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.extractor, args.corpus, args.limit)))


if __name__ == "__main__":
    main()
