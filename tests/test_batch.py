"""parse_many: every page in input order, errors as values, the same with workers as without,
and a page that hangs or kills its worker is that page's error, not the run's end."""

from __future__ import annotations

import multiprocessing
import os
import pickle
import time

import pytest
from _warc import request, response, write_warc
from conftest import FIXTURES

import articlekit
from articlekit import (
    DocumentTooLargeError,
    EmptyDocumentError,
    ExtractorError,
    InputError,
    NotHTMLError,
    PageTimeoutError,
    Registry,
    SourceError,
)
from articlekit.batch import PageResult, parse_many
from articlekit.sources import Page

SEED = FIXTURES / "seed_nato_views_counter.html"


def _pages(tmp_path):
    """A folder of good and bad pages, in name order."""
    good = sorted(p for p in FIXTURES.glob("*.html"))[:6]
    for i, page in enumerate(good):
        (tmp_path / f"{i:02d}_{page.name}").write_bytes(page.read_bytes())
    (tmp_path / "50_empty.html").write_bytes(b"")
    (tmp_path / "51_image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    return tmp_path


def _summary(results):
    return [(r.source, r.article.headline if r.ok else type(r.error).__name__) for r in results]


def test_pages_in_order_with_errors_as_values(tmp_path):
    folder = _pages(tmp_path)
    results = list(parse_many([folder, tmp_path / "missing.html"]))
    names = [os.path.basename(r.source) for r in results]
    assert names == sorted(os.listdir(folder)) + ["missing.html"]
    assert isinstance(results[-3].error, EmptyDocumentError)
    assert isinstance(results[-2].error, NotHTMLError)
    assert isinstance(results[-1].error, SourceError)
    assert all(r.ok for r in results[:-3])


def test_articles_equal_single_page_parse(tmp_path):
    folder = _pages(tmp_path)
    for result in parse_many([folder]):
        if result.ok:
            assert result.article == articlekit.parse((folder / result.source).read_bytes())


def test_workers_give_exactly_what_one_process_gives(tmp_path):
    folder = _pages(tmp_path)
    alone = list(parse_many([folder], jobs=1))
    pooled = list(parse_many([folder], jobs=2, window=3))
    assert [r.to_dict() for r in pooled] == [r.to_dict() for r in alone]


def test_warc_pages_carry_url_and_fetch_time(tmp_path):
    archive = tmp_path / "crawl.warc.gz"
    write_warc(archive, [request("https://news.example/a"),
                         response("https://news.example/a", SEED.read_bytes())])
    (result,) = parse_many([archive], jobs=2)
    assert result.url == "https://news.example/a"
    expected = articlekit.parse(SEED.read_bytes(), "https://news.example/a",
                                headers={"Content-Type": "text/html; charset=utf-8"},
                                now=articlekit.iter_pages([archive]).__next__().fetched_at)
    assert result.article == expected


def test_result_to_dict_is_the_json_line_shape(tmp_path):
    page = tmp_path / "a.html"
    page.write_bytes(SEED.read_bytes())
    ok, bad = parse_many([page, tmp_path / "nope.html"])
    assert set(ok.to_dict()) == {"source", "url", "article"}
    assert articlekit.Article.from_dict(ok.to_dict()["article"]) == ok.article
    assert bad.to_dict()["error"]["type"] == "SourceError"
    assert "no such file" in bad.to_dict()["error"]["message"]


def test_page_objects_are_accepted():
    (result,) = parse_many([Page("mine", SEED.read_bytes(), url="https://x.example/a")])
    assert result.source == "mine" and result.article.headline.startswith("NATO")


def test_options_reach_parse(tmp_path):
    page = tmp_path / "a.html"
    page.write_bytes(SEED.read_bytes())
    (result,) = parse_many([page], max_bytes=1000, jobs=2)
    assert isinstance(result.error, DocumentTooLargeError)


@pytest.mark.parametrize("kwargs, message", [
    ({"jobs": 0}, "jobs must be at least 1"),
    ({"timeout": -1}, "timeout must be a positive"),
    ({"url": "https://x"}, "unknown options: url"),
])
def test_bad_arguments_raise_input_error(kwargs, message):
    with pytest.raises(InputError, match=message):
        parse_many([SEED], **kwargs)


def test_errors_survive_the_trip_between_processes():
    for error in (DocumentTooLargeError(10, 5), SourceError("gone", "not_found"),
                  PageTimeoutError("slow")):
        back = pickle.loads(pickle.dumps(error))
        assert type(back) is type(error) and str(back) == str(error)
    assert pickle.loads(pickle.dumps(SourceError("gone", "not_found"))).reason == "not_found"


# -- a page that hangs, or kills its worker ---------------------------------------------------
class Sleepy:
    """An extractor that never finishes on its domain: stands for a pathological page."""

    name = "sleepy"
    domains = ("slow.example",)

    def applies_to(self, doc):
        return True

    def extract(self, doc):
        time.sleep(60)
        return {}


class Crasher:
    """An extractor that takes its process down (as the OOM killer would)."""

    name = "crasher"
    domains = ("crash.example",)

    def applies_to(self, doc):
        return True

    def extract(self, doc):
        os._exit(9)


def _registry():
    reg = Registry(discover=False)
    reg.add(Sleepy())
    reg.add(Crasher())
    return reg


def test_a_page_past_the_time_limit_is_an_error_and_the_rest_go_on():
    html = SEED.read_bytes()
    pages = [Page("1", html, "https://ok.example/a"), Page("2", html, "https://slow.example/a"),
             Page("3", html, "https://ok.example/b")]
    started = time.monotonic()
    results = list(parse_many(pages, jobs=1, timeout=0.5, registry=_registry()))
    assert time.monotonic() - started < 20
    assert [r.source for r in results] == ["1", "2", "3"]
    assert results[0].ok and results[2].ok
    assert isinstance(results[1].error, PageTimeoutError)


def test_a_worker_that_dies_is_that_pages_error():
    html = SEED.read_bytes()
    pages = [Page(str(i), html, f"https://{'crash' if i == 1 else 'ok'}.example/{i}")
             for i in range(4)]
    results = list(parse_many(pages, jobs=2, registry=_registry()))
    assert [r.ok for r in results] == [True, False, True, True]
    assert isinstance(results[1].error, ExtractorError) and "died" in str(results[1].error)


def test_stopping_early_leaves_no_worker_behind(tmp_path):
    folder = _pages(tmp_path)
    results = parse_many([folder], jobs=2)
    assert isinstance(next(results), PageResult)
    results.close()
    deadline = time.monotonic() + 5
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not multiprocessing.active_children()


def test_rules_may_be_one_path(tmp_path):
    rule = tmp_path / "kd.toml"
    rule.write_text('domains = ["kdbulletin.example"]\nheadline = "title"\n', encoding="utf-8")
    page = Page("p", SEED.read_bytes(), "https://www.kdbulletin.example/a")
    (result,) = parse_many([page], rules=str(rule))
    assert result.article.source_of("headline").extractor == "kd"


@pytest.mark.parametrize("kwargs, error", [
    ({"jobs": 2, "window": 0}, InputError),
    ({"extractor": "nobody"}, articlekit.UnknownExtractorError),
])
def test_wrong_arguments_raise_before_any_page(kwargs, error):
    with pytest.raises(error):
        parse_many([SEED], **kwargs)


class OddError(ExtractorError):
    """A plugin's error that cannot be rebuilt from its message alone."""

    def __init__(self, code, detail):
        super().__init__(f"{code}: {detail}")


class Odd:
    name = "odd"
    domains = ("odd.example",)

    def applies_to(self, doc):
        return True

    def extract(self, doc):
        raise OddError(7, "broken")


def test_an_error_that_cannot_cross_processes_is_still_that_pages_record():
    reg = Registry(discover=False)
    reg.add(Odd())
    html = SEED.read_bytes()
    pages = [Page("1", html, "https://odd.example/a"), Page("2", html, "https://ok.example/b")]
    results = list(parse_many(pages, jobs=2, registry=reg))
    assert isinstance(results[0].error, ExtractorError) and "broken" in str(results[0].error)
    assert results[1].ok
