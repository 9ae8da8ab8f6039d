"""Date strings in machine and visible formats; published vs modified from the page."""

from __future__ import annotations

import datetime as dt

import pytest

from articlekit import Document
from articlekit.fields.dates import extract_modified, extract_published, parse_date

UTC = dt.timezone.utc


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019-11-19T13:03:00.000Z", dt.datetime(2019, 11, 19, 13, 3, tzinfo=UTC)),
        ("2019-11-19T08:03:00-05:00", dt.datetime(2019, 11, 19, 8, 3, tzinfo=dt.timezone(dt.timedelta(hours=-5)))),
        ("2019-11-19T08:03:00+0530", dt.datetime(2019, 11, 19, 8, 3, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))),
        ("2019-11-19 13:03", dt.datetime(2019, 11, 19, 13, 3)),
        ("2019-11-19", dt.date(2019, 11, 19)),
        ("20191119", dt.date(2019, 11, 19)),
        ("1574168580", dt.datetime(2019, 11, 19, 13, 3, tzinfo=UTC)),
        ("1574168580000", dt.datetime(2019, 11, 19, 13, 3, tzinfo=UTC)),
        ("November 19, 2019", dt.date(2019, 11, 19)),
        ("Nov. 19, 2019", dt.date(2019, 11, 19)),
        ("19 November 2019", dt.date(2019, 11, 19)),
        ("Tuesday 19th November 2019", dt.date(2019, 11, 19)),
        ("19. November 2019", dt.date(2019, 11, 19)),  # German
        ("19. März 2019", dt.date(2019, 3, 19)),
        ("19 novembre 2019", dt.date(2019, 11, 19)),  # French / Italian
        ("le 3 février 2020", dt.date(2020, 2, 3)),
        ("19 de noviembre de 2019", dt.date(2019, 11, 19)),  # Spanish
        ("19 de novembro de 2019", dt.date(2019, 11, 19)),  # Portuguese
        ("3 mei 2019", dt.date(2019, 5, 3)),  # Dutch
        ("19 dicembre 2019", dt.date(2019, 12, 19)),
        ("19.11.2019", dt.date(2019, 11, 19)),
        ("11/19/2019", dt.date(2019, 11, 19)),
        ("2019/11/19", dt.date(2019, 11, 19)),
    ],
)
def test_parse_date_formats(text, expected):
    assert parse_date(text) == expected


def test_visible_time_and_us_zone():
    value = parse_date("Nov. 19, 2019 8:03 a.m. ET")
    assert value.replace(tzinfo=None) == dt.datetime(2019, 11, 19, 8, 3)
    assert value.utcoffset() == dt.timedelta(hours=-5)  # EST in November
    summer = parse_date("July 10, 2024 5:30 PM ET")
    assert summer.utcoffset() == dt.timedelta(hours=-4)  # EDT


@pytest.mark.parametrize(
    "text",
    ["", "November 19", "19 November", "0000-00-00", "9999-99-99", "2019-13-45", "10000-01-01",
     "yesterday", "2 hours ago", "not a date", "99999999999999999"],
)
def test_partial_or_impossible_dates_are_none(text):
    assert parse_date(text) is None


def test_published_and_modified_come_apart():
    doc = Document("""<html><head>
      <meta property="article:published_time" content="2024-07-11T09:12:00+09:00">
      <meta property="article:modified_time" content="2024-07-12T10:00:00+09:00">
      </head><body><p>x</p></body></html>""")
    assert extract_published(doc).value.day == 11
    assert extract_modified(doc).value.day == 12
    assert extract_published(doc).source == "meta:article:published_time"


def test_json_ld_beats_meta_and_url_is_last():
    doc = Document("""<script type="application/ld+json">
      {"@type": "NewsArticle", "datePublished": "2024-07-10"}</script>
      <meta property="article:published_time" content="2024-07-09"><p>x</p>""",
                   url="https://example.com/2024/07/08/story")
    assert extract_published(doc).value == dt.date(2024, 7, 10)
    doc = Document("<p>x</p>", url="https://example.com/2024/07/08/story")
    found = extract_published(doc)
    assert found.value == dt.date(2024, 7, 8) and found.source == "url"


REF = dt.datetime(2024, 7, 11, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 hours ago", dt.datetime(2024, 7, 11, 13, 0, tzinfo=UTC)),
        ("Updated 45 minutes ago", dt.datetime(2024, 7, 11, 14, 15, tzinfo=UTC)),
        ("3 days ago", dt.date(2024, 7, 8)),
        ("yesterday", dt.date(2024, 7, 10)),
        ("vor 2 Stunden", dt.datetime(2024, 7, 11, 13, 0, tzinfo=UTC)),
        ("il y a 3 jours", dt.date(2024, 7, 8)),
        ("hace 1 semana", dt.date(2024, 7, 4)),
        ("há 2 horas", dt.datetime(2024, 7, 11, 13, 0, tzinfo=UTC)),
        ("2 ore fa", dt.datetime(2024, 7, 11, 13, 0, tzinfo=UTC)),
        ("2 uur geleden", dt.datetime(2024, 7, 11, 13, 0, tzinfo=UTC)),
        ("no date here", None),
    ],
)
def test_relative_dates_against_a_reference(text, expected):
    from articlekit.fields.dates import parse_relative_date

    assert parse_relative_date(text, REF) == expected


def test_relative_dates_only_when_the_caller_gives_the_fetch_time():
    import articlekit

    page = b"""<html><body><h1>Storm hits the coast</h1><div class="article-date">2 hours ago</div>
      <article><p>The storm made landfall early on Thursday, officials said, and thousands lost power.</p>
      </article></body></html>"""
    assert articlekit.parse(page).published is None  # never from the machine's clock
    article = articlekit.parse(page, now=REF)
    assert article.published == dt.datetime(2024, 7, 11, 13, 0, tzinfo=UTC)


def test_updated_stamp_is_not_the_publication_date():
    doc = Document("""<html><body><h1>Title of the story</h1>
      <div class="dateline"><span class="updated">Updated Nov 20, 2019</span>
      <span class="published">Posted November 18, 2019</span></div><p>x</p></body></html>""")
    assert extract_published(doc).value == dt.date(2019, 11, 18)
    assert extract_modified(doc).value == dt.date(2019, 11, 20)


def test_a_date_above_the_headline_is_the_sites_today():
    doc = Document("""<html><body>
<div class="header-date">November 29, 2026</div>
<h1>Title of the story</h1>
<div class="byline-date">March 3, 2024</div><p>x</p></body></html>""")
    assert extract_published(doc).value == dt.date(2024, 3, 3)


def test_utc_markup_yields_to_the_visible_local_day():
    doc = Document("""<html><head>
      <meta property="article:published_time" content="2019-11-20T02:07:00Z"></head><body>
      <h1>Title of the story</h1><div class="timestamp">Nov. 19, 2019</div><p>x</p></body></html>""")
    found = extract_published(doc)
    assert found.value == dt.date(2019, 11, 19) and found.source.startswith("visible:")


def test_placeholder_markup_is_skipped():
    doc = Document("""<script type="application/ld+json">{"@type": "NewsArticle",
      "datePublished": "0001-01-01T00:00:00Z"}</script><p>x</p>""",
                   url="https://example.com/story/2019/11/19/slug")
    assert extract_published(doc).value == dt.date(2019, 11, 19)


def test_a_date_above_the_headline_on_a_one_line_page():
    doc = Document('<html><body><div class="header-date">November 29, 2026</div><h1>Title of the story</h1>'
                   '<div class="byline-date">March 3, 2024</div><p>x</p></body></html>')
    assert extract_published(doc).value == dt.date(2024, 3, 3)


def test_source_choice_respects_the_fetch_time():
    import articlekit

    page = b"""<html><head><script type="application/ld+json">{"@type": "NewsArticle",
      "datePublished": "2024-08-01"}</script>
      <meta property="article:published_time" content="2024-07-10"></head>
      <body><h1>Title of the story</h1><p>Text.</p></body></html>"""
    now = dt.datetime(2024, 7, 11, tzinfo=UTC)
    assert articlekit.parse(page, now=now).published == dt.date(2024, 7, 10)
    assert articlekit.parse(articlekit.Document(page), now=now).published == dt.date(2024, 7, 10)


def _page(inner: str) -> Document:
    return Document(f"<html><body><h1>Headline of the story</h1>{inner}</body></html>")


def test_a_profile_box_date_is_not_the_articles():
    # an author's profile box (when the author joined) comes before the article's date line
    page = _page("<div class='profile-info'><a>Sleyca</a> <time datetime='2023-12-20T20:09:56Z'>"
                 "Wednesday, December 20, 2023</time></div>"
                 "<div class='date'>Published 25 September 2018</div><p>The chapter.</p>")
    assert extract_published(page).value == dt.date(2018, 9, 25)


def test_a_date_line_under_the_headline_is_the_date():
    found = extract_published(_page("<div>Published 25 September 2018</div><p>The story.</p>"))
    assert found is not None and found.value == dt.date(2018, 9, 25)


@pytest.mark.parametrize("card", ["infobox vcard", "vevent"])
def test_a_date_in_an_hcard_or_event_is_its_subjects_not_the_articles(card):
    # Wikipedia's infobox (an hCard): "Founded February 28, 1998" right under the headline
    page = _page(f"<table class='{card}'><tr><th>Founded</th><td>February 28, 1998</td></tr>"
                 "</table><p>Mozilla is a free software community founded in 1998.</p>")
    assert extract_published(page) is None


def test_an_author_vcard_class_elsewhere_does_not_hide_the_date_line():
    page = _page("<span class='author vcard'>Ann Lee</span><div>25 September 2018</div>"
                 "<p>The story.</p>")
    found = extract_published(page)
    assert found is not None and found.value == dt.date(2018, 9, 25)
