"""The model: frozen, slotted, tuples inside; to_dict/from_dict round-trip; output matches the schema."""

from __future__ import annotations

import datetime as dt
import json

import attrs
import jsonschema
import pytest
from conftest import FIXTURES, ROOT

import articlekit
from articlekit import Article, Author, Block, BlockKind, Body, Byline, Dateline, Quote

SCHEMA = json.loads((ROOT / "docs" / "article.schema.json").read_text(encoding="utf-8"))


def _full_article() -> Article:
    return Article(
        url="https://example.com/a",
        canonical_url="https://example.com/a",
        headline="Headline",
        byline=Byline("By Jane Doe, Reuters", (Author("Jane Doe", "Staff Writer", None),), "Reuters"),
        dateline=Dateline("LONDON, July 10 (Reuters) -", "LONDON", dt.date(2024, 7, 10), "Reuters"),
        published=dt.datetime(2024, 7, 11, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=-4))),
        modified=dt.date(2024, 7, 12),
        body=Body((Block(BlockKind.PARAGRAPH, "One “two three four”."), Block("heading", "Two"))),
        quotes=(Quote("two three four", "Jane Doe", 4, 20),),
        site_name="Example",
        description="d",
        language="en",
        top_image="https://example.com/i.jpg",
        tags=("a", "b"),
        provenance=(articlekit.Provenance("headline", "generic", "h1"),),
    )


def test_round_trip_is_exact():
    article = _full_article()
    again = Article.from_dict(article.to_dict())
    assert again == article
    assert Article.from_json(article.to_json()) == article
    assert article.to_dict()["published"] == "2024-07-11T09:00:00-04:00"
    assert article.to_dict()["modified"] == "2024-07-12"


def test_classes_are_frozen_slotted_and_hold_tuples():
    article = _full_article()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.headline = "x"  # type: ignore[misc]
    for cls in (Article, Author, Block, Body, Byline, Dateline, Quote):
        assert "__slots__" in cls.__dict__, cls
    assert isinstance(Article(tags=["a"]).tags, tuple)
    assert isinstance(Body([Block("paragraph", "x")]).blocks, tuple)


def test_body_text_joins_blocks_with_a_blank_line():
    body = Body((Block("paragraph", "One."), Block("paragraph", "Two.")))
    assert body.text == "One.\n\nTwo."
    assert body.paragraphs == ("One.", "Two.")


def test_empty_article_validates():
    jsonschema.validate(Article().to_dict(), SCHEMA)


def test_synthetic_full_article_validates():
    jsonschema.validate(_full_article().to_dict(), SCHEMA)


@pytest.mark.parametrize("page", sorted(FIXTURES.glob("*.html")), ids=lambda p: p.stem)
def test_real_outputs_validate_and_round_trip(page):
    article = articlekit.parse(page.read_bytes(), url="https://example.com/story")
    data = article.to_dict()
    jsonschema.validate(data, SCHEMA)
    assert Article.from_dict(json.loads(json.dumps(data))) == article


def test_corpus_outputs_validate_and_round_trip(corpus):
    for url, page, _ in list(corpus.values())[:60]:
        article = articlekit.parse(page, url=url)
        data = json.loads(article.to_json())
        jsonschema.validate(data, SCHEMA)
        assert Article.from_dict(data) == article


@pytest.mark.parametrize("bad", ["[]", "not json", '{"published": "garbage"}', '{"body": {"blocks": [1]}}', "null"])
def test_from_json_of_the_wrong_shape_is_an_input_error(bad):
    with pytest.raises(articlekit.InputError):
        Article.from_json(bad)


def test_max_bytes_must_be_a_positive_int():
    for bad in ("10", -1, 0, 2.5, True):
        with pytest.raises(articlekit.InputError, match="max_bytes"):
            articlekit.parse(b"<p>x</p>", max_bytes=bad)
