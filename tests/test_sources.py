"""Inputs: files, gzip, folders, stdin and WARC records become pages; what cannot be read
becomes a failure in the stream, in its place."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import sys

import pytest
from _warc import request, response, write_warc

from articlekit import DocumentTooLargeError, InputError, SourceError
from articlekit.sources import Page, SourceFailure, SourceTally, iter_pages

HTML = b"<html><body><h1>Title</h1><p>Some article text here.</p></body></html>"


def test_a_file_is_a_page(tmp_path):
    path = tmp_path / "a.html"
    path.write_bytes(HTML)
    (page,) = iter_pages([path])
    assert page == Page(str(path), HTML)


def test_a_single_path_need_not_be_in_a_list(tmp_path):
    path = tmp_path / "a.html"
    path.write_bytes(HTML)
    assert [p.data for p in iter_pages(str(path))] == [HTML]


def test_gzipped_file_is_decompressed(tmp_path):
    path = tmp_path / "a.html.gz"
    path.write_bytes(gzip.compress(HTML))
    (page,) = iter_pages([path])
    assert page.data == HTML


def test_gzip_bomb_is_refused_without_reading_it_all(tmp_path):
    path = tmp_path / "bomb.html.gz"
    path.write_bytes(gzip.compress(b"<p>" + b"a" * 5_000_000))
    (item,) = iter_pages([path], max_bytes=100_000)
    assert isinstance(item, SourceFailure) and isinstance(item.error, DocumentTooLargeError)


def test_corrupt_gzip_is_a_failure(tmp_path):
    path = tmp_path / "bad.html.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00garbage")
    (item,) = iter_pages([path])
    assert isinstance(item, SourceFailure) and item.error.reason == "damaged"


def test_folder_is_walked_in_name_order_and_other_files_counted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.htm").write_bytes(HTML)
    (tmp_path / "a.html").write_bytes(HTML)
    (tmp_path / "c.xhtml.gz").write_bytes(gzip.compress(HTML))
    (tmp_path / "notes.txt").write_bytes(b"not a page")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    tally = SourceTally()
    pages = list(iter_pages([tmp_path], tally=tally))
    assert [p.source for p in pages] == [str(tmp_path / "a.html"), str(tmp_path / "c.xhtml.gz"),
                                          str(tmp_path / "b" / "2.htm")]
    assert tally.pages == 3 and tally.skipped_total == 2


def test_missing_file_is_a_failure_and_the_rest_goes_on(tmp_path):
    good = tmp_path / "a.html"
    good.write_bytes(HTML)
    items = list(iter_pages([tmp_path / "nope.html", good]))
    assert isinstance(items[0], SourceFailure) and items[0].error.reason == "not_found"
    assert "no such file" in str(items[0].error)
    assert isinstance(items[1], Page)


def test_too_large_file_is_a_failure(tmp_path):
    path = tmp_path / "big.html"
    path.write_bytes(b"<p>" + b"x" * 5000)
    (item,) = iter_pages([path], max_bytes=1000)
    assert isinstance(item.error, DocumentTooLargeError)


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(HTML)))
    (page,) = iter_pages(["-"])
    assert page.source == "-" and page.data == HTML


def test_not_a_path_is_an_input_error():
    with pytest.raises(InputError, match="not int"):
        list(iter_pages([3]))


# -- WARC ----------------------------------------------------------------------------------
def test_warc_response_records_become_pages(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    offsets = write_warc(path, [
        request("https://example.com/a"),
        response("https://example.com/a", HTML, "text/html; charset=windows-1252"),
        response("https://example.com/logo.png", b"\x89PNG\r\n\x1a\n", "image/png"),
        response("https://example.com/moved", b"<a href=x>moved</a>", status="301 Moved"),
        response("https://example.com/b", HTML, "application/xhtml+xml"),
    ])
    tally = SourceTally()
    pages = list(iter_pages([path], tally=tally))
    assert [p.url for p in pages] == ["https://example.com/a", "https://example.com/b"]
    first = pages[0]
    assert first.source == f"{path}@{offsets[1]}"
    assert first.data == HTML
    assert first.header_map()["Content-Type"] == "text/html; charset=windows-1252"
    assert first.fetched_at == dt.datetime(2024, 7, 10, 8, 30, tzinfo=dt.timezone.utc)
    assert tally.skipped == {"WARC request record": 1, "response not HTML": 1, "HTTP status 3xx": 1}


def test_uncompressed_warc(tmp_path):
    path = tmp_path / "crawl.warc"
    write_warc(path, [response("https://example.com/a", HTML)], gzip=False)
    assert [p.data for p in iter_pages([path])] == [HTML]


@pytest.mark.parametrize("compressed", [True, False])
def test_truncated_warc_fails_after_the_records_before(tmp_path, compressed):
    path = tmp_path / ("cut.warc.gz" if compressed else "cut.warc")
    write_warc(path, [response("https://example.com/a", HTML),
                      response("https://example.com/b", HTML * 50)],
               gzip=compressed, truncate_last=200)
    items = list(iter_pages([path]))
    assert isinstance(items[0], Page)
    assert isinstance(items[-1], SourceFailure)
    assert items[-1].error.reason == "damaged" and "truncated" in str(items[-1].error)
    assert len(items) == 2


def test_garbage_named_warc_is_a_failure(tmp_path):
    path = tmp_path / "junk.warc"
    path.write_bytes(b"this is not an archive\r\n" * 20)
    (item,) = iter_pages([path])
    assert isinstance(item, SourceFailure) and isinstance(item.error, SourceError)


def test_oversized_warc_record_is_a_failure_and_the_next_is_read(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [response("https://example.com/big", b"<p>" + b"x" * 5000),
                      response("https://example.com/ok", HTML)])
    items = list(iter_pages([path], max_bytes=1000))
    assert isinstance(items[0].error, DocumentTooLargeError)
    assert items[1].url == "https://example.com/ok"


def test_warc_without_warcio_says_which_extra(tmp_path, monkeypatch):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [response("https://example.com/a", HTML)])
    monkeypatch.setitem(sys.modules, "warcio.archiveiterator", None)
    (item,) = iter_pages([path])
    assert item.error.reason == "needs_extra" and "articlekit[warc]" in str(item.error)


def test_arc_records_are_read_as_warc(tmp_path):
    """ARC (the Internet Archive's older format): warcio reads it as WARC responses."""
    http = (b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + HTML)
    desc = b"1 0 Test\nURL IP-address Archive-date Content-type Archive-length\n"
    path = tmp_path / "old.arc"
    path.write_bytes(
        b"filedesc://old.arc 0.0.0.0 20240710083000 text/plain %d\n" % len(desc) + desc + b"\n"
        + b"http://example.com/a 1.2.3.4 20240710083000 text/html %d\n" % len(http) + http + b"\n")
    tally = SourceTally()
    (page,) = iter_pages([path], tally=tally)
    assert page.url == "http://example.com/a" and page.data == HTML
    assert page.fetched_at == dt.datetime(2024, 7, 10, 8, 30, tzinfo=dt.timezone.utc)
    assert tally.skipped == {"WARC warcinfo record": 1}


def _valid_archive_bytes() -> bytes:
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.warc"
        write_warc(path, [response("https://example.com/a", HTML),
                          response("https://example.com/b", HTML)], gzip=False)
        return path.read_bytes()


_ARCHIVE = _valid_archive_bytes()


@pytest.mark.parametrize("suffix", [".warc", ".warc.gz"])
def test_damaged_archives_never_raise(tmp_path, suffix, capsys):
    """Every cut and a sample of byte flips of a valid archive: pages or failures, nothing
    else, and nothing written to stderr (warcio's own warnings are caught)."""
    import random

    rng = random.Random(7)
    variants = [_ARCHIVE[:cut] for cut in range(0, len(_ARCHIVE), 37)]
    for _ in range(60):
        data = bytearray(_ARCHIVE)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        variants.append(bytes(data))
    path = tmp_path / f"x{suffix}"
    for data in variants:
        path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") else data)
        items = list(iter_pages([path]))
        assert all(isinstance(i, (Page, SourceFailure)) for i in items)
    assert capsys.readouterr().err == ""
