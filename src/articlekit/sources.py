"""Inputs: paths in, pages (bytes, url, headers, fetched_at) out. No HTML is parsed here.

A path may be an HTML file (``.html``, ``.htm``, ``.xhtml``, any of them gzipped), a folder
(walked recursively, in name order), ``-`` for standard input, or a WARC/ARC archive
(``.warc``, ``.warc.gz``, ``.arc``, ``.arc.gz``; read with warcio, the ``warc`` extra). A file
named explicitly is read as HTML whatever its suffix; inside a folder only the suffixes above
are taken, and other files are counted as skipped.

From an archive, each ``response`` record with a 2xx HTTP status and an HTML Content-Type
(``text/html``, ``application/xhtml+xml``) becomes a page: the record's target URI is its
url, the HTTP headers go to the decoder (their charset), the WARC-Date is its ``fetched_at``.
Every other record (requests, metadata, redirects, images ...) is skipped and counted.

What cannot be read becomes a :class:`SourceFailure` in the stream, never an exception: a
missing file, a page over the size limit, or an archive that is corrupt or truncated (after
the pages read before the damage). A batch run goes on past all of them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import gzip
import io
import os
import sys
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import IO, Any

import attrs

from .document import DEFAULT_MAX_BYTES
from .errors import ArticleKitError, DocumentTooLargeError, InputError, SourceError

__all__ = [
    "HTML_SUFFIXES",
    "WARC_SUFFIXES",
    "Page",
    "SourceFailure",
    "SourceTally",
    "iter_pages",
]

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".html.gz", ".htm.gz", ".xhtml.gz")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
STDIN = "-"


@attrs.frozen(slots=True)
class Page:
    """One page to parse, as read: nothing decoded or parsed yet."""

    #: Where it came from: the file's path, ``-``, or ``archive.warc.gz@OFFSET``.
    source: str
    data: bytes = attrs.field(repr=lambda d: f"<{len(d):,} bytes>")
    url: str | None = None
    #: HTTP response headers, in order, as (name, value) pairs.
    headers: tuple[tuple[str, str], ...] = ()
    #: When the page was fetched (a WARC's WARC-Date), or None.
    fetched_at: dt.datetime | None = None

    def header_map(self) -> dict[str, str]:
        """The headers as a dict (the last of repeated names wins), as parse() takes them."""
        return {name: value for name, value in self.headers}


@attrs.frozen(slots=True)
class SourceFailure:
    """A file, page or archive that could not be read; it stands in the stream in its place."""

    source: str
    error: ArticleKitError
    url: str | None = None


@attrs.define
class SourceTally:
    """Counts kept while reading: pages given out, and what was skipped, by reason."""

    pages: int = 0
    failures: int = 0
    skipped: Counter[str] = attrs.field(factory=Counter)

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())


def is_archive(path: str) -> bool:
    return path.lower().endswith(WARC_SUFFIXES)


def iter_pages(
    paths: Iterable[str | os.PathLike[str] | Page | SourceFailure],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    tally: SourceTally | None = None,
) -> Iterator[Page | SourceFailure]:
    """Each page the paths hold, in order, read lazily: a folder or an archive is never read
    into memory whole, and no page beyond ``max_bytes`` (decompressed) is read in full.
    Pass a :class:`SourceTally` to learn how many records and files were skipped. A Page or
    SourceFailure among the paths is passed through as it is."""
    tally = tally if tally is not None else SourceTally()
    if isinstance(paths, (str, bytes, os.PathLike)):
        paths = [paths]
    for raw in paths:
        if isinstance(raw, (Page, SourceFailure)):  # already read: passed through, counted
            items: Iterable[Page | SourceFailure] = (raw,)
        else:
            try:
                path = os.fsdecode(raw)
            except TypeError:
                raise InputError(f"a source is a path (str or os.PathLike), a Page or "
                                 f"'-', not {type(raw).__name__}") from None
            items = _pages_of(path, max_bytes, tally)
        for item in items:
            if isinstance(item, Page):
                tally.pages += 1
            else:
                tally.failures += 1
            yield item


def _pages_of(path: str, max_bytes: int, tally: SourceTally) -> Iterator[Page | SourceFailure]:
    if path == STDIN:
        yield _stdin_page(max_bytes)
    elif os.path.isdir(path):
        yield from _folder_pages(path, max_bytes, tally)
    elif is_archive(path):
        yield from _archive_pages(path, max_bytes, tally)
    else:
        yield _file_page(path, max_bytes)


def _folder_pages(root: str, max_bytes: int, tally: SourceTally) -> Iterator[Page | SourceFailure]:
    def walk_error(exc: OSError) -> None:
        failures.append(SourceFailure(exc.filename or root, _os_error(exc)))

    failures: list[SourceFailure] = []
    for folder, dirs, files in os.walk(root, onerror=walk_error):
        dirs.sort()
        yield from failures
        failures.clear()
        for name in sorted(files):
            path = os.path.join(folder, name)
            lower = name.lower()
            if lower.endswith(WARC_SUFFIXES):
                yield from _archive_pages(path, max_bytes, tally)
            elif lower.endswith(HTML_SUFFIXES):
                yield _file_page(path, max_bytes)
            else:
                tally.skipped["file not HTML or WARC"] += 1
    yield from failures


def _os_error(exc: OSError, path: str | None = None) -> SourceError:
    where = path or exc.filename or "input"
    if isinstance(exc, FileNotFoundError):
        return SourceError(f"no such file: {where}", "not_found")
    if isinstance(exc, PermissionError):
        return SourceError(f"cannot read {where}: permission denied")
    if isinstance(exc, IsADirectoryError) or exc.errno == errno.EISDIR:
        return SourceError(f"{where} is a directory")
    return SourceError(f"cannot read {where}: {exc.strerror or exc}")


def _read_limited(fh: IO[bytes] | gzip.GzipFile, max_bytes: int) -> bytes:
    data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise DocumentTooLargeError(len(data), max_bytes)
    return data


def _stdin_page(max_bytes: int) -> Page | SourceFailure:
    try:
        return Page(STDIN, _read_limited(sys.stdin.buffer, max_bytes))
    except DocumentTooLargeError as exc:
        return SourceFailure(STDIN, exc)
    except OSError as exc:
        return SourceFailure(STDIN, _os_error(exc, "standard input"))


def _file_page(path: str, max_bytes: int) -> Page | SourceFailure:
    try:
        with open(path, "rb") as fh:
            if path.lower().endswith(".gz"):
                with gzip.GzipFile(fileobj=fh) as unzipped:  # bounded: a gzip bomb stops here
                    data = _read_limited(unzipped, max_bytes)
            else:
                data = _read_limited(fh, max_bytes)
    except DocumentTooLargeError as exc:
        return SourceFailure(path, exc)
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        return SourceFailure(path, SourceError(f"{path} is not a readable gzip file ({exc})", "damaged"))
    except OSError as exc:
        return SourceFailure(path, _os_error(exc, path))
    return Page(path, data)


# -- WARC and ARC ------------------------------------------------------------------------------
def _warc_date(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        when = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.timezone.utc)


def _http_status(record: Any) -> int | None:
    code = record.http_headers.get_statuscode() if record.http_headers else None
    try:
        return int(code) if code else None
    except ValueError:
        return None


def _silenced() -> contextlib.AbstractContextManager[Any]:
    """warcio writes some warnings straight to stderr (a record whose Content-Length is wrong,
    a gzip member that breaks off); a batch run's stderr is its summary line, so they are
    caught here and reported as the archive's failure instead."""
    return contextlib.redirect_stderr(io.StringIO())


def _looks_like_archive(fh: IO[bytes]) -> bool:
    """Whether the file starts with a WARC or ARC record (gzipped or not); rewinds it."""
    head = fh.read(2)
    fh.seek(0)
    try:
        if head == b"\x1f\x8b":
            with gzip.GzipFile(fileobj=fh) as unzipped:
                head = unzipped.read(64)
        else:
            head = fh.read(64)
    except (OSError, EOFError, zlib.error):
        return False
    finally:
        fh.seek(0)
    return head.lstrip().startswith((b"WARC/", b"filedesc://"))


def _archive_pages(path: str, max_bytes: int, tally: SourceTally) -> Iterator[Page | SourceFailure]:
    try:
        from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]
    except ImportError:
        yield SourceFailure(path, SourceError(
            f"{path}: reading WARC files needs warcio; install it with "
            "pip install 'articlekit[warc]'", "needs_extra"))
        return
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed in the finally below, across yields
    except OSError as exc:
        yield SourceFailure(path, _os_error(exc, path))
        return
    try:
        if not _looks_like_archive(fh):
            yield SourceFailure(path, SourceError(
                f"{path} is not a WARC or ARC archive (it does not start with a WARC/ARC "
                "record header)", "damaged"))
            return
        records = ArchiveIterator(fh, arc2warc=True)
        read = 0
        while True:
            try:
                with _silenced():
                    record = next(records)
            except StopIteration:
                end, size = records.offset, os.fstat(fh.fileno()).st_size
                if end < size:  # the rest did not parse as a record: a cut or damaged tail
                    yield SourceFailure(f"{path}@{end}", SourceError(
                        f"{path} is truncated or damaged after offset {end:,} of {size:,} "
                        f"(the {read} pages before it were read)", "damaged"))
                elif records.err_count:
                    yield SourceFailure(path, SourceError(
                        f"{path}: {records.err_count} record(s) declare a wrong length; the "
                        "pages read around them may be cut or hold the next record", "damaged"))
                return
            offset = records.offset
            source = f"{path}@{offset}"
            url = record.rec_headers.get_header("WARC-Target-URI")
            if record.rec_type != "response" or record.http_headers is None:
                tally.skipped[f"WARC {record.rec_type} record"] += 1
                continue
            status = _http_status(record)
            content_type = (record.http_headers.get_header("Content-Type") or "").lower()
            if content_type.split(";")[0].strip() not in _HTML_TYPES:
                tally.skipped["response not HTML"] += 1
                continue
            if status is not None and not 200 <= status < 300:
                tally.skipped[f"HTTP status {status // 100}xx"] += 1
                continue
            with _silenced():
                data = record.content_stream().read(max_bytes + 1)
            if len(data) > max_bytes:
                yield SourceFailure(source, DocumentTooLargeError(len(data), max_bytes), url)
                continue
            if record.raw_stream.read(1) == b"" and getattr(record.raw_stream, "limit", 0) > 0:
                # The record's declared length was not there to read: the archive ends inside it.
                yield SourceFailure(source, SourceError(
                    f"{path} is truncated: the record at offset {offset} ends early "
                    f"(the {read} pages before it were read)", "damaged"), url)
                return
            headers = tuple((str(k), str(v)) for k, v in record.http_headers.headers)
            when = _warc_date(record.rec_headers.get_header("WARC-Date"))
            read += 1
            yield Page(source, data, url, headers, when)
    except Exception as exc:  # noqa: BLE001 - any reader failure is this archive's error
        yield SourceFailure(path, SourceError(
            f"{path} is not a readable WARC/ARC archive or is damaged "
            f"({type(exc).__name__}: {exc}); the pages before the damage were read", "damaged"))
    finally:
        fh.close()
