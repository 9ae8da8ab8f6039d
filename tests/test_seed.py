"""The page the project started from: every field a careful editor would write down."""

from __future__ import annotations

import datetime as dt

from conftest import FIXTURES

import articlekit

PAGE = FIXTURES / "seed_nato_views_counter.html"
URL = "https://www.kdbulletin.example/news/articleView.html?idxno=20240711"


def _article() -> articlekit.Article:
    return articlekit.parse(PAGE.read_bytes(), url=URL)


def test_byline_drops_the_view_counter():
    article = _article()
    assert article.authors == ("Daniel Kim",)
    assert article.byline is not None and article.byline.agency is None


def test_relative_dateline_resolves_against_publication_date():
    article = _article()
    assert article.published == dt.datetime(2024, 7, 11, 9, 12, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    assert article.dateline is not None
    assert article.dateline.raw == "On the 10th, local time"
    assert article.dateline.date == dt.date(2024, 7, 10)


def test_three_quotes_with_speakers_and_exact_offsets():
    article = _article()
    text = article.body.text
    assert len(article.quotes) == 3
    assert article.quotes[0].text.startswith("We strongly condemn North Korea’s exports")
    assert article.quotes[1].text.startswith("North Korea and Iran are fuelling")
    assert article.quotes[2].text.startswith("The Indo-Pacific is important for NATO")
    for q in article.quotes:
        assert q.speaker == "leaders of the North Atlantic Treaty Organization (NATO) member countries"
        assert text[q.start] == "“" and text[q.end - 1] == "”"
        assert q.text in text[q.start : q.end]


def test_page_furniture_stays_out_of_the_body():
    text = _article().body.text
    for furniture in ("Most Commented", "Views", "1,234", "Facebook", "Advertisement",
                      "Sign up", "family photo", "Copyright", "Published 2024"):
        assert furniture not in text
    assert text.startswith("On the 10th, local time, leaders of the North Atlantic")
    assert text.endswith("our Asia-Pacific partners to Euro-Atlantic security.”")
    assert len(_article().body.blocks) == 6


def test_headline_and_page_fields():
    article = _article()
    assert article.headline == "NATO Expresses Alarm Over North Korea’s Military Aid to Russia, Urges Chinese Restraint"
    assert article.site_name == "The Korea Daily Bulletin"
    assert article.language == "en"
    assert article.canonical_url == URL
    assert article.top_image == "https://www.kdbulletin.example/photos/2024/07/nato-summit.jpg"
    assert article.source_of("headline").source == "h1"
    assert article.source_of("published").source == "json-ld:datePublished"
