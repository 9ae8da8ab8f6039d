"""Bylines parsed into people, roles, organisations and agencies."""

from __future__ import annotations

import pytest

from articlekit import Document
from articlekit.fields.byline import extract_byline, parse_byline


@pytest.mark.parametrize(
    ("raw", "names", "agency"),
    [
        ("By Jane Doe and John Smith, Reuters", ["Jane Doe", "John Smith"], "Reuters"),
        ("Jane Doe | Staff Writer", ["Jane Doe"], None),
        ("JANE DOE, The Associated Press", ["Jane Doe"], "AP"),
        ("Von Max Muster und Erika Muster", ["Max Muster", "Erika Muster"], None),
        ("Kim, Daniel", ["Daniel Kim"], None),
        ("Daniel Kim Views", ["Daniel Kim"], None),
        ("Daniel KimViews 1,234", ["Daniel Kim"], None),
        ("By Jane Doe jane.doe@example.com @janedoe", ["Jane Doe"], None),
        ("By Jane Doe Updated 5:03 PM ET, Tue November 19, 2019", ["Jane Doe"], None),
        ("By Jane Doe, John Smith and Ann Lee", ["Jane Doe", "John Smith", "Ann Lee"], None),
        ("Par Jean Dupont et Marie Curie (AFP)", ["Jean Dupont", "Marie Curie"], "AFP"),
        ("Por María López y Juan Pérez", ["María López", "Juan Pérez"], None),
        ("(Reuters)", [], "Reuters"),
        ("Yonhap", [], "Yonhap"),
    ],
)
def test_byline_shapes(raw, names, agency):
    byline = parse_byline(raw)
    assert byline is not None
    assert list(byline.names) == names
    assert byline.agency == agency


def test_role_and_organisation_are_kept_apart():
    byline = parse_byline("Jane Doe | Staff Writer")
    assert byline.authors[0].role == "Staff Writer"
    byline = parse_byline("VICTOR TANGERMANN, FUTURISM")
    assert byline.names == ("Victor Tangermann",)
    assert byline.authors[0].organisation == "Futurism"


@pytest.mark.parametrize(
    "raw",
    ["www.facebook.com", "https://twitter.com/someone", "Hours Ago", "Email The Author",
     "November 19, 2019", "The president said on Tuesday that he would veto the bill",
     "Admin", "", "   "],
)
def test_never_a_url_date_or_sentence(raw):
    byline = parse_byline(raw)
    assert byline is None or byline.authors == ()


def test_visible_byline_beats_metadata():
    doc = Document("""<html><head><meta name="author" content="CMS Account">
      <script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Web Desk"}}</script>
      </head><body><h1>T</h1><p class="byline">By <a rel="author" href="/a/jd">Jane Doe</a></p>
      <p>Text</p></body></html>""")
    found = extract_byline(doc)
    assert found.value.names == ("Jane Doe",)
    assert found.source.startswith("visible:")


def test_json_ld_people_when_nothing_is_visible():
    doc = Document("""<script type="application/ld+json">{"@type": "NewsArticle",
      "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Smith"}]}
      </script><p>x</p>""")
    found = extract_byline(doc)
    assert found.value.names == ("Jane Doe", "John Smith") and found.source == "json-ld:author"


def test_organisation_author_is_not_a_person():
    doc = Document("""<meta property="og:site_name" content="Example News">
      <script type="application/ld+json">{"@type": "NewsArticle",
      "author": {"@type": "Organization", "name": "Example News"}}</script><p>x</p>""",
                   url="https://examplenews.com/a")
    found = extract_byline(doc)
    assert found is None or not found.value.authors


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("By Jan Hoffmann", ["Jan Hoffmann"]),
        ("By April Ryan", ["April Ryan"]),
        ("By Li Jun", ["Li Jun"]),
        ("Von Jan Fleischhauer", ["Jan Fleischhauer"]),
        ("By Jane Doe and Jan Kowalski", ["Jane Doe", "Jan Kowalski"]),
        ("By Jane Doe Nov. 19, 2019", ["Jane Doe"]),
    ],
)
def test_month_names_that_are_first_names(raw, names):
    assert list(parse_byline(raw).names) == names


def test_a_hostile_meta_author_stays_fast():
    import time

    doc = Document('<meta name="author" content="' + "a" * 200_000 + '.x"><p>x</p>')
    start = time.process_time()
    extract_byline(doc)
    assert time.process_time() - start < 1
