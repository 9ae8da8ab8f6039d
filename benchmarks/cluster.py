"""articlekit.integrations.dask on a Dask cluster of separate processes, as docs/scale.md shows.

``python -m benchmarks.cluster`` starts a scheduler and ``--workers`` workers with Dask's own
command line (``dask scheduler``, ``dask worker``: separate processes talking TCP, as on
several machines), writes ``--archives`` WARC archives of the development pages to a
temporary folder, parses them with ``read_warcs`` on that cluster, checks the bag equals
``parse_many`` of the same archives, and prints the times. ``--scheduler ADDRESS`` uses a
cluster you started instead (its workers must see the temporary folder: a shared disk).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from .batch import dev_pages, write_archive


def _start(argv: list[str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.cluster",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--scheduler", help="address of a running scheduler (tcp://host:8786)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--archives", type=int, default=8)
    args = parser.parse_args(argv)

    from distributed import Client

    from articlekit import parse_many
    from articlekit.integrations.dask import read_warcs

    tmp = Path(tempfile.mkdtemp(prefix="articlekit-cluster-"))
    procs: list[subprocess.Popen[bytes]] = []
    try:
        pages = dev_pages()
        size = -(-len(pages) // args.archives)
        paths = []
        for i in range(args.archives):
            path = tmp / f"part-{i:02d}.warc.gz"
            write_archive(path, pages[i * size:(i + 1) * size], bad=False)
            paths.append(str(path))
        address = args.scheduler
        if not address:
            dask = str(Path(sys.executable).with_name("dask"))
            address = "tcp://127.0.0.1:8786"
            procs.append(_start([dask, "scheduler", "--host", "127.0.0.1", "--port", "8786",
                                 "--no-dashboard"]))
            time.sleep(2)
            for _ in range(args.workers):
                procs.append(_start([dask, "worker", address, "--nthreads", "1",
                                     "--no-dashboard"]))
        with Client(address, timeout=30) as client:
            client.wait_for_workers(args.workers, timeout=60)
            workers = len(client.scheduler_info()["workers"])
            started = time.perf_counter()
            bag = read_warcs(str(tmp / "*.warc.gz"))
            got = bag.compute()
            on_cluster = time.perf_counter() - started
        started = time.perf_counter()
        expected = [r.to_dict() for r in parse_many(paths, jobs=1)]
        one_process = time.perf_counter() - started
        same = got == expected
        print(f"{len(pages)} pages in {args.archives} archives ({bag.npartitions} partitions), "
              f"{workers} workers at {address}: {on_cluster:.1f} s on the cluster "
              f"({len(got) / on_cluster:.1f} pages/s), {one_process:.1f} s with parse_many in "
              f"one process; bag equals parse_many: {same}")
        if not same:
            sys.exit(1)
    finally:
        for proc in reversed(procs):
            proc.terminate()
            proc.wait(timeout=30)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
