"""``articlekit parse PATH...`` and ``articlekit extractors``.

One page (a single HTML file or ``-``) prints one article as JSON, text or markdown. Several
pages (more paths, a folder, a WARC archive, or ``--format jsonl``) print JSON Lines, one
per page, parsed by ``--jobs`` worker processes, in input order; a bad page is an error line,
never the end of the run, and a one-line summary goes to stderr.

Errors are one line on stderr and a distinct exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections.abc import Iterator, Sequence
from typing import NoReturn, TextIO

from ._version import __version__
from .batch import PageResult, available_cpus, parse_many
from .document import DEFAULT_MAX_BYTES
from .errors import (
    ArticleKitError,
    DocumentTooLargeError,
    EmptyDocumentError,
    NotHTMLError,
    SourceError,
    UnknownExtractorError,
)
from .extractors.rules.selectors import RuleSyntaxError
from .model import Article, BlockKind
from .pipeline import parse
from .registry import RULES_ENV, Registry, default_registry, registry_with_rules
from .sources import STDIN, SourceFailure, SourceTally, is_archive, iter_pages

__all__ = ["EXIT", "main"]

#: Exit statuses, one per kind of failure, so scripts can tell them apart. With several
#: pages: "some_failed" when any page or input gave an error line, "no_pages" when the
#: inputs held no page at all.
EXIT = {
    "ok": 0,
    "error": 1,
    "usage": 2,
    "not_found": 3,
    "unreadable": 5,
    "empty": 6,
    "too_large": 7,
    "not_html": 8,
    "unknown_extractor": 9,
    "some_failed": 10,
    "no_pages": 11,
    "bad_rules": 12,
}
#: Seconds per page before a batch run gives up on it (``--timeout``).
DEFAULT_TIMEOUT = 60.0


class _Failure(Exception):
    def __init__(self, message: str, status: str) -> None:
        super().__init__(message)
        self.status = status


def _format_text(article: Article) -> str:
    lines = []
    if article.headline:
        lines.append(article.headline)
    if article.byline:
        who = ", ".join(article.byline.names)
        if article.byline.agency:
            who = f"{who} ({article.byline.agency})" if who else article.byline.agency
        lines.append(f"By {who}")
    if article.published:
        lines.append(f"Published: {article.published.isoformat()}")
    if article.modified:
        lines.append(f"Modified: {article.modified.isoformat()}")
    if article.dateline:
        d = article.dateline
        lines.append(f"Dateline: {d.raw}" + (f" -> {d.date.isoformat()}" if d.date else ""))
    lines.append("")
    lines.append(article.body.text)
    if article.quotes:
        lines.append("")
        lines.append("Quotes:")
        for q in article.quotes:
            lines.append(f"- {q.speaker or 'unknown'}: \u201c{q.text}\u201d")
    return "\n".join(lines)


def _format_markdown(article: Article) -> str:
    out = []
    if article.headline:
        out.append(f"# {article.headline}")
    meta = []
    if article.byline and (article.byline.names or article.byline.agency):
        meta.append("By " + ", ".join(article.byline.names or (article.byline.agency or "",)))
    if article.published:
        meta.append(article.published.isoformat())
    if meta:
        out.append("*" + " · ".join(meta) + "*")
    for b in article.body.blocks:
        if b.kind is BlockKind.HEADING:
            out.append(f"## {b.text}")
        elif b.kind is BlockKind.LIST_ITEM:
            out.append(f"- {b.text}")
        elif b.kind is BlockKind.BLOCKQUOTE:
            out.append("\n".join(f"> {line}" for line in b.text.splitlines()))
        elif b.kind is BlockKind.PREFORMATTED:
            out.append(f"```\n{b.text}\n```")
        else:
            out.append(b.text)
    return "\n\n".join(out)


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr like every other error."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT["usage"], f"articlekit: {message} (see 'articlekit --help')\n")


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="articlekit", description="Turn the HTML of a news article into structured fields."
    )
    parser.add_argument("--version", action="version", version=f"articlekit {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    p = sub.add_parser(
        "parse", help="extract articles from HTML files, folders, WARC archives or - (stdin)")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="HTML file (.html, .htm, .xhtml, gzipped too), folder (recursive), "
                        "WARC/ARC archive (.warc, .warc.gz, .arc, .arc.gz), or - for stdin")
    p.add_argument("--url", help="the page's URL, for a single page (resolves links, picks "
                                 "site extractors); archives carry their own")
    p.add_argument("--format", choices=("json", "text", "markdown", "jsonl"), default=None,
                   help="json (default for one page), text, markdown; jsonl (one JSON line "
                        "per page, the default and only format for several pages)")
    p.add_argument("--extractor", help="force one extractor by name (see 'articlekit extractors')")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                   help=f"refuse larger pages (default {DEFAULT_MAX_BYTES:,})")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.add_argument("--jobs", "-j", type=int, default=None,
                   help=f"worker processes for several pages (default: the CPUs available, "
                        f"{available_cpus()} here)")
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                   help=f"seconds one page may take in a batch before it becomes an error "
                        f"line (default {DEFAULT_TIMEOUT:g}; 0 for no limit)")
    p.add_argument("--quiet", "-q", action="store_true",
                   help="no progress line on stderr (the summary line stays)")
    p.add_argument("--explain", action="store_true",
                   help="for one page: per field, which extractor and source gave the value, "
                        "and which values lost and why (JSON with --format json)")
    rules_help = (f"site rules to load: a .toml or Full-Text RSS .txt file, or a folder of "
                  f"them (repeatable; also ${RULES_ENV}, separated by '{os.pathsep}')")
    p.add_argument("--rules", action="append", default=[], metavar="PATH", help=rules_help)
    e = sub.add_parser("extractors", help="list the registered extractors and where they come from")
    e.add_argument("--rules", action="append", default=[], metavar="PATH", help=rules_help)
    return parser


def _print_extractors(out: TextIO, registry: Registry) -> None:
    """One line per extractor: name, domains, origin."""
    entries = registry.entries()
    # generic first, then site extractors by where they come from and name
    entries = sorted(entries, key=lambda e: (e.name != "generic", e.origin != "built-in",
                                             e.origin, e.name))
    for entry in entries:
        domains = ", ".join(entry.domains) if entry.domains else "any page"
        out.write(f"{entry.name}\t{domains}\t{entry.origin}\n")


def _registry(paths: Sequence[str]) -> Registry:
    if not paths:
        return default_registry
    try:
        return registry_with_rules(paths)
    except ArticleKitError as exc:
        raise _Failure(f"cannot load rules: {exc}", "bad_rules") from None


def _explanation(article: Article, fmt: str) -> str:
    explained = article.explain()
    if fmt == "json":
        return json.dumps(explained, ensure_ascii=False, indent=2)
    lines = []
    for field, entry in explained.items():
        winner = (f"{entry['extractor']}: {entry['source']}" if entry["extractor"]
                  else "not found")
        lines.append(f"{field:<14}{winner}")
        for lost in entry["rejected"]:
            lines.append(f"{'':<14}  lost: {lost['extractor']}: {lost['source']} "
                         f"({lost['reason']})")
    return "\n".join(lines)


def _is_batch(args: argparse.Namespace) -> bool:
    if args.format == "jsonl" or len(args.paths) > 1:
        return True
    path = args.paths[0]
    return path != STDIN and (is_archive(path) or os.path.isdir(path))




def _status_of(error: ArticleKitError) -> str:
    if isinstance(error, SourceError):
        return {"not_found": "not_found", "damaged": "unreadable"}.get(error.reason, "unreadable")
    if isinstance(error, UnknownExtractorError):
        return "unknown_extractor"
    if isinstance(error, EmptyDocumentError):
        return "empty"
    if isinstance(error, DocumentTooLargeError):
        return "too_large"
    if isinstance(error, NotHTMLError):
        return "not_html"
    return "error"


def _one_page(args: argparse.Namespace, out: TextIO, registry: Registry) -> int:
    item = next(iter_pages(args.paths, max_bytes=args.max_bytes))
    if isinstance(item, SourceFailure):
        error = item.error
        if isinstance(error, DocumentTooLargeError):
            where = "standard input" if item.source == STDIN else item.source
            raise _Failure(f"{where} is larger than {error.limit:,} bytes; raise the limit "
                           "with --max-bytes", "too_large")
        raise _Failure(str(error), _status_of(error))
    if not item.data.strip():
        where = "standard input" if item.source == STDIN else item.source
        raise _Failure(f"{where} is empty: nothing to parse", "empty")
    article = parse(item.data, url=args.url, extractor=args.extractor, max_bytes=args.max_bytes,
                    registry=registry)
    if args.explain:
        out.write(_explanation(article, args.format or "text") + "\n")
    else:
        out.write(_render(article, args.format or "json") + "\n")
    return EXIT["ok"]


def _render(article: Article, fmt: str) -> str:
    if fmt == "json":
        return article.to_json()
    if fmt == "text":
        return _format_text(article)
    return _format_markdown(article)


class _Progress:
    """A progress line on stderr, redrawn at most twice a second, only on a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.started = time.monotonic()
        self.drawn = 0.0

    def rate(self, pages: int) -> float:
        elapsed = time.monotonic() - self.started
        return pages / elapsed if elapsed > 0 else 0.0

    def update(self, pages: int, errors: int) -> None:
        now = time.monotonic()
        if self.enabled and now - self.drawn >= 0.5:
            self.drawn = now
            sys.stderr.write(f"\r{pages:,} pages, {errors:,} errors, "
                             f"{self.rate(pages):.1f} pages/s ")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled and self.drawn:
            sys.stderr.write("\r\x1b[K")


def _many_pages(args: argparse.Namespace, out: TextIO) -> int:
    if args.format in ("text", "markdown"):
        raise _Failure(f"--format {args.format} shows one page; several pages are written as "
                       "JSON Lines (--format jsonl)", "usage")
    if args.url:
        raise _Failure("--url names one page; pages from several inputs or an archive "
                       "cannot share it", "usage")
    if args.explain:
        raise _Failure("--explain shows one page; with several, each JSON line's article "
                       "carries 'provenance' and 'rejected'", "usage")
    tally = SourceTally()
    progress = _Progress(sys.stderr.isatty() and not args.quiet)
    results: Iterator[PageResult] = parse_many(
        args.paths, jobs=args.jobs, timeout=args.timeout or None, tally=tally,
        extractor=args.extractor, max_bytes=args.max_bytes, rules=args.rules)
    pages = errors = 0
    try:
        for result in results:
            pages += 1
            errors += not result.ok
            out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
            progress.update(pages, errors)
    finally:
        progress.close()
    skipped = tally.skipped_total
    why = "; ".join(f"{n} {reason}" for reason, n in tally.skipped.most_common())
    sys.stderr.write(
        f"articlekit: {pages:,} pages, {errors:,} errors, {skipped:,} skipped"
        + (f" ({why})" if why else "")
        + f", {progress.rate(pages):.1f} pages/s\n")
    if pages == 0:
        return EXIT["no_pages"]
    return EXIT["some_failed"] if errors else EXIT["ok"]


def main(argv: Sequence[str] | None = None) -> int:
    # Our stderr is one line per error and a summary; the WARC reader's log warnings (a
    # malformed target URI it repairs) are not for it.
    logging.getLogger("warcio").addHandler(logging.NullHandler())
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse prints its own one-line usage error
        return int(exc.code or 0) and EXIT["usage"]
    out: TextIO = sys.stdout
    try:
        if args.command == "extractors":
            registry = _registry(args.rules)
            _print_extractors(sys.stdout, registry)
            for pack in registry.rule_packs() if args.rules else ():
                ignored = ", ".join(f"{k.removeprefix('ignored:')} {n}"
                                    for k, n in pack.ignored.most_common(5))
                sys.stderr.write(f"articlekit: {pack.path}: {len(pack.rules)} rules from "
                                 f"{pack.files} files" + (f"; ignored: {ignored}" if ignored
                                                          else "") + "\n")
            return EXIT["ok"]
        if args.jobs is not None and args.jobs < 1:
            raise _Failure(f"--jobs must be at least 1, not {args.jobs}", "usage")
        if args.timeout < 0:
            raise _Failure(f"--timeout must be 0 (no limit) or more, not {args.timeout:g}", "usage")
        if args.output:
            try:
                out = open(args.output, "w", encoding="utf-8")  # noqa: SIM115 - closed below
            except OSError as exc:
                raise _Failure(f"cannot write {args.output}: {exc.strerror or exc}",
                               "unreadable") from None
        if _is_batch(args):
            return _many_pages(args, out)
        return _one_page(args, out, _registry(args.rules))
    except _Failure as exc:
        status = exc.status
        message = str(exc)
    except RuleSyntaxError as exc:
        status, message = "bad_rules", f"cannot load rules: {exc}"
    except ArticleKitError as exc:
        status, message = _status_of(exc), str(exc)
    except BrokenPipeError:
        return EXIT["ok"]
    except KeyboardInterrupt:
        return 130
    finally:
        if out is not sys.stdout:
            out.close()
    sys.stderr.write(f"articlekit: {message.splitlines()[0] if message else status}\n")
    return EXIT[status]
