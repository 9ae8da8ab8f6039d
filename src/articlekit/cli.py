"""``articlekit parse FILE|-`` and ``articlekit extractors``.

Errors are one line on stderr and a distinct exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import errno
import sys
from collections.abc import Sequence
from typing import NoReturn, TextIO

from ._version import __version__
from .document import DEFAULT_MAX_BYTES
from .errors import (
    ArticleKitError,
    DocumentTooLargeError,
    EmptyDocumentError,
    NotHTMLError,
    UnknownExtractorError,
)
from .model import Article, BlockKind
from .pipeline import parse
from .registry import default_registry

__all__ = ["EXIT", "main"]

#: Exit statuses, one per kind of failure, so scripts can tell them apart.
EXIT = {
    "ok": 0,
    "error": 1,
    "usage": 2,
    "not_found": 3,
    "is_directory": 4,
    "unreadable": 5,
    "empty": 6,
    "too_large": 7,
    "not_html": 8,
    "unknown_extractor": 9,
}


class _Failure(Exception):
    def __init__(self, message: str, status: str) -> None:
        super().__init__(message)
        self.status = status


def _read(path: str, limit: int) -> bytes:
    if path == "-":
        data = sys.stdin.buffer.read(limit + 1)
    else:
        try:
            with open(path, "rb") as fh:
                data = fh.read(limit + 1)
        except FileNotFoundError:
            raise _Failure(f"no such file: {path}", "not_found") from None
        except IsADirectoryError:
            raise _Failure(f"{path} is a directory; give the path of an HTML file", "is_directory") from None
        except PermissionError:
            raise _Failure(f"cannot read {path}: permission denied", "unreadable") from None
        except OSError as exc:
            if exc.errno == errno.EISDIR:
                raise _Failure(f"{path} is a directory", "is_directory") from None
            raise _Failure(f"cannot read {path}: {exc.strerror or exc}", "unreadable") from None
    if len(data) > limit:
        raise _Failure(
            f"{'standard input' if path == '-' else path} is larger than {limit:,} bytes; "
            "raise the limit with --max-bytes",
            "too_large",
        )
    if not data.strip():
        where = "standard input" if path == "-" else path
        raise _Failure(f"{where} is empty: nothing to parse", "empty")
    return data


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
    p = sub.add_parser("parse", help="extract an article from an HTML file (or - for stdin)")
    p.add_argument("file", help="path of the HTML file, or - to read standard input")
    p.add_argument("--url", help="the page's URL (resolves links, picks site extractors)")
    p.add_argument("--format", choices=("json", "text", "markdown"), default="json")
    p.add_argument("--extractor", help="force one extractor by name (see 'articlekit extractors')")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                   help=f"refuse larger inputs (default {DEFAULT_MAX_BYTES:,})")
    sub.add_parser("extractors", help="list the registered extractors and where they come from")
    return parser


def _print_extractors(out: TextIO) -> None:
    for entry in default_registry.entries():
        domains = ", ".join(entry.domains) if entry.domains else "any page"
        out.write(f"{entry.name}\t{domains}\t{entry.origin}\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse prints its own one-line usage error
        return int(exc.code or 0) and EXIT["usage"]
    try:
        if args.command == "extractors":
            _print_extractors(sys.stdout)
            return EXIT["ok"]
        data = _read(args.file, args.max_bytes)
        article = parse(data, url=args.url, extractor=args.extractor, max_bytes=args.max_bytes)
        if args.format == "json":
            text = article.to_json()
        elif args.format == "text":
            text = _format_text(article)
        else:
            text = _format_markdown(article)
        sys.stdout.write(text + "\n")
        return EXIT["ok"]
    except _Failure as exc:
        status = exc.status
        message = str(exc)
    except UnknownExtractorError as exc:
        status, message = "unknown_extractor", str(exc)
    except EmptyDocumentError as exc:
        status, message = "empty", str(exc)
    except DocumentTooLargeError as exc:
        status, message = "too_large", str(exc)
    except NotHTMLError as exc:
        status, message = "not_html", str(exc)
    except ArticleKitError as exc:
        status, message = "error", str(exc)
    except BrokenPipeError:
        return EXIT["ok"]
    except KeyboardInterrupt:
        return 130
    sys.stderr.write(f"articlekit: {message.splitlines()[0] if message else status}\n")
    return EXIT[status]
