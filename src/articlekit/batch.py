"""Many pages: parse_many() maps parse() over sources, in order, errors as values.

With ``jobs=1`` and no time limit the pages are parsed in this process. Otherwise a small
pool of worker processes does it: each worker gets one page at a time, so the parent always
knows which page a worker holds and since when; a worker past the time limit is killed and
replaced, and its page becomes a :class:`PageTimeoutError` record. Results come out in input
order through a reorder buffer of at most ``window`` pages, so memory stays bounded however
many pages stream through, and one slow page holds the others back by at most that window.
"""

from __future__ import annotations

import datetime as dt
import functools
import multiprocessing
import os
import pickle
import time
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection, wait
from typing import Any

import attrs

from .errors import ArticleKitError, ExtractorError, InputError, PageTimeoutError
from .model import Article
from .pipeline import parse
from .sources import Page, SourceFailure, SourceTally, iter_pages

__all__ = ["PageResult", "available_cpus", "parse_many"]

#: The parse() options parse_many() passes on to every page.
PARSE_OPTIONS = frozenset({"extractor", "registry", "max_bytes", "now"})
#: Not a parse() option: rule files loaded into the default registry of every process.
RULES_OPTION = "rules"
#: Pages in flight or waiting for their turn to be given out, per worker.
WINDOW_PER_JOB = 8
#: After the time limit, how long a worker may still take to answer before it is killed.
GRACE_SECONDS = 1.0


@attrs.frozen(slots=True)
class PageResult:
    """What became of one page: its Article, or the error that stopped it."""

    source: str
    url: str | None
    article: Article | None = None
    error: ArticleKitError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_dict(self) -> dict[str, Any]:
        """The JSON line: source, url, and either "article" (Article.to_dict()) or "error"."""
        out: dict[str, Any] = {"source": self.source, "url": self.url}
        if self.article is not None:
            out["article"] = self.article.to_dict()
        else:
            err = self.error
            out["error"] = {"type": type(err).__name__, "message": str(err)}
        return out


def available_cpus() -> int:
    """The CPUs this process may run on (its affinity where the OS tells it)."""
    if hasattr(os, "process_cpu_count"):  # Python 3.13+
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def parse_many(
    sources: Iterable[str | os.PathLike[str] | Page | SourceFailure],
    *,
    jobs: int | None = 1,
    timeout: float | None = None,
    window: int | None = None,
    tally: SourceTally | None = None,
    **parse_options: Any,
) -> Iterator[PageResult]:
    """Parse every page of ``sources`` (paths as :func:`articlekit.iter_pages` reads them, or
    Page objects) and yield one :class:`PageResult` per page, in input order. A page that
    fails yields its error as a value; nothing is raised for a page.

    ``jobs``: worker processes (None: the CPUs available; 1 with no ``timeout``: this
    process). ``timeout``: seconds one page may take before it becomes a PageTimeoutError.
    ``window``: pages in flight or waiting for their turn (default ``8 * jobs``).
    ``parse_options``: ``extractor``, ``registry``, ``max_bytes``, ``now`` as parse() takes
    them; a page's own ``fetched_at`` (a WARC-Date) wins over ``now``. ``rules``: a rule file
    or folder, or several, loaded into a registry of their own in the process that parses (a
    registry passed as ``registry`` is pickled to the workers, so it must pickle).
    Wrong arguments (jobs, window, timeout, unknown options, an extractor nobody registered)
    raise InputError or UnknownExtractorError before any page is read.
    """
    rules = rule_paths(parse_options.pop(RULES_OPTION, None))
    unknown = set(parse_options) - PARSE_OPTIONS
    if unknown:
        raise InputError(f"parse_many() got unknown options: {', '.join(sorted(unknown))}; "
                         f"it passes on only {', '.join(sorted(PARSE_OPTIONS))}")
    jobs = available_cpus() if jobs is None else jobs
    if jobs < 1:
        raise InputError(f"jobs must be at least 1, not {jobs}")
    if timeout is not None and not timeout > 0:
        raise InputError(f"timeout must be a positive number of seconds, not {timeout}")
    if window is not None and window < 1:
        raise InputError(f"window must be at least 1, not {window}")
    if rules and parse_options.get("registry") is not None:
        raise InputError("give parse_many() rules or a registry, not both: load the rules into "
                         "your registry with registry.load_rules()")
    if parse_options.get("extractor") is not None:
        from .registry import default_registry

        (parse_options.get("registry") or default_registry).get(parse_options["extractor"])
    in_process = _with_rules(parse_options, rules)  # a rule file that is wrong raises here
    items = _items(sources, parse_options, tally)
    if jobs == 1 and timeout is None:
        return (_parse_item(item, in_process) for item in items)
    return _pooled(items, parse_options, jobs, timeout, window or WINDOW_PER_JOB * jobs, rules)


def rule_paths(rules: Any) -> tuple[str, ...]:
    """``rules=`` as a tuple of paths: one path (str or os.PathLike) or an iterable of them."""
    if rules is None:
        return ()
    if isinstance(rules, (str, bytes, os.PathLike)):
        rules = [rules]
    try:
        return tuple(os.fsdecode(p) for p in rules)
    except TypeError:
        raise InputError(f"rules must be a path or a list of paths, not {rules!r}") from None


def _with_rules(options: dict[str, Any], rules: tuple[str, ...]) -> dict[str, Any]:
    """The options with a registry that has the rules loaded (each process builds its own:
    compiled rules do not cross process boundaries)."""
    if not rules:
        return options
    return {**options, "registry": _registry_for(rules)}


@functools.lru_cache(maxsize=4)
def _registry_for(rules: tuple[str, ...]) -> Any:
    """One registry per set of rule paths and process: a Dask worker parsing many partitions
    reads the rules once, and forked workers inherit the parent's."""
    from .registry import registry_with_rules

    return registry_with_rules(rules)


def _items(
    sources: Iterable[str | os.PathLike[str] | Page | SourceFailure],
    parse_options: dict[str, Any],
    tally: SourceTally | None,
) -> Iterator[Page | SourceFailure]:
    max_bytes = parse_options.get("max_bytes")
    read_options = {} if max_bytes is None else {"max_bytes": max_bytes}
    return iter_pages(sources, tally=tally, **read_options)


def _parse_item(item: Page | SourceFailure, options: dict[str, Any]) -> PageResult:
    if isinstance(item, SourceFailure):
        return PageResult(item.source, item.url, error=item.error)
    now: dt.datetime | None = item.fetched_at or options.get("now")
    try:
        article = parse(item.data, item.url, headers=item.header_map() or None,
                        **{**options, "now": now})
    except ArticleKitError as exc:
        return PageResult(item.source, item.url, error=exc)
    except MemoryError:
        return PageResult(item.source, item.url, error=ExtractorError(
            "ran out of memory on this page; raise the memory available or lower max_bytes"))
    return PageResult(item.source, item.url, article=article)


# -- the worker pool ---------------------------------------------------------------------------
def _worker_main(conn: Connection, options: dict[str, Any], rules: tuple[str, ...]) -> None:
    """A worker: parse each page sent until told to stop (None) or the parent goes away."""
    try:
        options = _with_rules(options, rules)
        while True:
            task = conn.recv()
            if task is None:
                return
            index, item = task
            result = _parse_item(item, options)
            try:  # what cannot make the trip back (a plugin's odd error) is said in words
                pickle.loads(pickle.dumps(result))
            except Exception as exc:  # noqa: BLE001
                error = result.error
                result = PageResult(item.source, item.url, error=ExtractorError(
                    f"{type(error).__name__}: {error}" if error is not None
                    else f"the article could not be sent back from the worker: {exc}"))
            conn.send((index, result))
    except (EOFError, OSError, KeyboardInterrupt):
        return


class _Worker:
    def __init__(self, context: Any, options: dict[str, Any], rules: tuple[str, ...]) -> None:
        self.conn, child = context.Pipe()
        self.rules = rules
        self.process = context.Process(target=_worker_main, args=(child, options, rules),
                                       daemon=True)
        self.process.start()
        child.close()
        self.task: tuple[int, Page] | None = None
        self.started = 0.0

    def give(self, index: int, page: Page) -> bool:
        """Hand a page over; False when the worker is gone (the caller replaces it)."""
        self.task = (index, page)
        self.started = time.monotonic()
        try:
            self.conn.send((index, page))
        except (OSError, ValueError):
            return False
        return True

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                pass
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def _pooled(
    items: Iterator[Page | SourceFailure],
    options: dict[str, Any],
    jobs: int,
    timeout: float | None,
    window: int,
    rules: tuple[str, ...] = (),
) -> Iterator[PageResult]:
    context = multiprocessing.get_context()
    workers = [_Worker(context, options, rules) for _ in range(jobs)]
    done: dict[int, PageResult] = {}
    next_out = 0  # index of the next result to yield
    next_in = 0  # index the next item read will get
    exhausted = False
    try:
        while True:
            # Give out pages while a worker is idle and the window has room.
            for i in range(len(workers)):
                while workers[i].task is None and not exhausted and next_in - next_out < window:
                    item = next(items, None)
                    if item is None:
                        exhausted = True
                        break
                    index, next_in = next_in, next_in + 1
                    if isinstance(item, SourceFailure):
                        done[index] = _parse_item(item, options)
                    elif not workers[i].give(index, item):
                        workers[i] = _replace(workers[i], context, options)
                        if not workers[i].give(index, item):
                            done[index] = PageResult(item.source, item.url, error=ExtractorError(
                                "no worker process could be started for this page"))
                            workers[i].task = None
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
            busy = [w for w in workers if w.task is not None]
            if not busy:
                if exhausted:
                    return
                continue
            wait_for = None
            if timeout is not None:
                deadline = min(w.started for w in busy) + timeout + GRACE_SECONDS
                wait_for = max(0.0, deadline - time.monotonic())
            ready = wait([w.conn for w in busy], timeout=wait_for)
            for i, worker in enumerate(workers):
                task = worker.task
                if task is None:
                    continue
                index, page = task
                if worker.conn in ready:
                    try:
                        _, result = worker.conn.recv()
                    except (EOFError, OSError):
                        result = PageResult(page.source, page.url, error=ExtractorError(
                            "the worker process parsing this page died (killed by the system, "
                            "perhaps out of memory); the page was skipped"))
                        workers[i] = _replace(worker, context, options)
                    except Exception as exc:  # noqa: BLE001 - a result that cannot be read back
                        result = PageResult(page.source, page.url, error=ExtractorError(
                            f"the result of this page could not be read back from its worker "
                            f"({type(exc).__name__}: {exc})"))
                    done[index] = result
                    worker.task = None
                elif timeout is not None and time.monotonic() - worker.started > timeout + GRACE_SECONDS:
                    done[index] = PageResult(page.source, page.url, error=PageTimeoutError(
                        f"parsing took longer than the {timeout:g} s limit; the page was "
                        "skipped (raise --timeout to allow more)"))
                    worker.task = None
                    workers[i] = _replace(worker, context, options, kill=True)
    finally:
        for worker in workers:
            worker.stop(kill=worker.task is not None)


def _replace(worker: _Worker, context: Any, options: dict[str, Any], kill: bool = False) -> _Worker:
    worker.task = None
    worker.stop(kill=True if kill else not worker.process.is_alive())
    return _Worker(context, options, worker.rules)
