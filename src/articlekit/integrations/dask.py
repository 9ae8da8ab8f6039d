"""articlekit on a Dask cluster: ``pip install 'articlekit[dask]'``.

>>> from articlekit.integrations.dask import read_warcs
>>> bag = read_warcs("crawl/*.warc.gz")           # one partition per archive
>>> bag.filter(lambda r: "article" in r).pluck("article").pluck("headline").take(5)

Each element is the same dict as a line of ``articlekit parse --format jsonl``:
``{"source", "url", "article"}`` or ``{"source", "url", "error": {"type", "message"}}``.
Archives are read where the partition runs, so the paths must be visible to the workers
(a shared file system, or the same files on each). A bad page or a damaged archive is an
error element, never a failed task.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Sequence
from typing import Any

from ..batch import PARSE_OPTIONS, RULES_OPTION, parse_many, rule_paths
from ..errors import InputError
from ..sources import is_archive

try:
    import dask.bag as db
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "articlekit.integrations.dask needs Dask: pip install 'articlekit[dask]'"
    ) from exc

__all__ = ["parse_partition", "read_warcs"]

#: Plain HTML files per partition (an archive is always a partition of its own).
FILES_PER_PARTITION = 256


def _expand(paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[str]:
    if isinstance(paths_or_glob, (str, os.PathLike)):
        patterns = [os.fspath(paths_or_glob)]
    else:
        patterns = [os.fspath(p) for p in paths_or_glob]
    paths: list[str] = []
    for pattern in patterns:
        matched = sorted(glob.glob(pattern)) if glob.has_magic(pattern) else [pattern]
        if not matched:
            raise InputError(f"no file matches {pattern!r}")
        paths.extend(matched)
    return paths


def _partitions(paths: Sequence[str], files_per_partition: int) -> list[list[str]]:
    parts: list[list[str]] = []
    batch: list[str] = []
    for path in paths:
        if is_archive(path) or os.path.isdir(path):
            parts.append([path])
            continue
        batch.append(path)
        if len(batch) == files_per_partition:
            parts.append(batch)
            batch = []
    if batch:
        parts.append(batch)
    return parts


def parse_partition(paths: Sequence[str], parse_options: dict[str, Any]) -> list[dict[str, Any]]:
    """The JSON-line dicts of every page under ``paths``, parsed in this process, in order.
    A partition's results are sent back whole (a Dask task returns a value, not a stream), so
    a worker holds one archive's article dicts at a time: split very large archives."""
    return [result.to_dict() for result in parse_many(paths, jobs=1, **parse_options)]


def read_warcs(
    paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    files_per_partition: int = FILES_PER_PARTITION,
    **parse_options: Any,
) -> db.Bag:
    """A Dask bag of the pages of WARC archives (or HTML files, or folders): one partition
    per archive or folder, and per ``files_per_partition`` plain files. ``parse_options``
    are those of :func:`articlekit.parse_many` (extractor, max_bytes, now, rules: rule
    paths the workers can read; a registry must be picklable to reach the workers)."""
    unknown = set(parse_options) - PARSE_OPTIONS - {RULES_OPTION}
    if unknown:
        raise InputError(f"read_warcs() got unknown options: {', '.join(sorted(unknown))}")
    if files_per_partition < 1:
        raise InputError(f"files_per_partition must be at least 1, not {files_per_partition}")
    if RULES_OPTION in parse_options:
        parse_options[RULES_OPTION] = rule_paths(parse_options[RULES_OPTION])
    parts = _partitions(_expand(paths_or_glob), files_per_partition)
    if not parts:
        return db.from_sequence([], npartitions=1)
    return db.from_sequence(parts, npartitions=len(parts)).map_partitions(
        _parse_partitions, parse_options)


def _parse_partitions(parts: Iterable[list[str]], parse_options: dict[str, Any]) -> list[dict[str, Any]]:
    # A bag partition holds the path lists given to it (one, as partitioned above).
    out: list[dict[str, Any]] = []
    for paths in parts:
        out.extend(parse_partition(paths, parse_options))
    return out
