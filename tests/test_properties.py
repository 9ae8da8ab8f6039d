"""Property-based tests: random HTML documents and random bytes never break the contract, and
every output validates against the published JSON Schema."""

from __future__ import annotations

import json

import jsonschema
from conftest import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import articlekit
from articlekit import Article, ArticleKitError, ExtractorError

SCHEMA = json.loads((ROOT / "docs" / "article.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

TAGS = ["div", "p", "span", "a", "article", "section", "h1", "h2", "li", "ul", "blockquote",
        "pre", "table", "tr", "td", "br", "time", "nav", "footer", "aside", "figure",
        "figcaption", "em", "strong", "header", "main", "form", "iframe", "script", "style"]
CLASSES = ["byline", "author", "article-body", "content", "comments", "share", "related",
           "date", "timestamp", "caption", "tags", "kicker", "newsletter", "ad", "x" * 50, ""]
WORDS = st.sampled_from(
    ["said", "the", "Jane", "Doe", "WASHINGTON", "(AP)", "—", "“", "”", '"', "«", "»", "„",
     "By", "and", ",", ".", "Reuters", "2019-11-19", "Nov.", "19,", "2019", "On", "the 10th,",
     "local", "time", "he", "told", "reporters", "&amp;", "&#0;", "&nbsp;", "\u200b", "\u00ad",
     "\x00", "\ud800", "é", "日本語", "한국어", "Привет", "<", ">", "&", "'", "\n", "\t"]
)
TEXT = st.lists(WORDS, max_size=25).map(" ".join)
ATTRS = st.dictionaries(
    st.sampled_from(["class", "id", "itemprop", "rel", "hidden", "style", "datetime", "href", "role"]),
    st.one_of(st.sampled_from(CLASSES), st.sampled_from(["display:none", "navigation", "author",
                                                         "2019-11-19T10:00:00Z", "0000-00-00"])),
    max_size=3,
)


def _attrs(attrs: dict[str, str]) -> str:
    return "".join(f' {k}="{v}"' for k, v in attrs.items())


HTML = st.recursive(
    TEXT,
    lambda children: st.tuples(st.sampled_from(TAGS), ATTRS, st.lists(children, max_size=5),
                               st.booleans()).map(
        lambda t: f"<{t[0]}{_attrs(t[1])}>{''.join(t[2])}" + (f"</{t[0]}>" if t[3] else "")
    ),
    max_leaves=40,
)
JSON_LD = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=20),
              st.sampled_from(["NewsArticle", "Person", "2019-11-19", "9999-99-99", "@id"])),
    lambda children: st.one_of(st.lists(children, max_size=4),
                               st.dictionaries(st.sampled_from(["@type", "@graph", "@id", "author",
                                                                "name", "headline", "datePublished",
                                                                "dateModified", "keywords", "image"]),
                                               children, max_size=5)),
    max_leaves=20,
)


@st.composite
def documents(draw) -> str:
    head = ""
    if draw(st.booleans()):
        head += f'<script type="application/ld+json">{json.dumps(draw(JSON_LD))}</script>'
    if draw(st.booleans()):
        head += f'<meta property="article:published_time" content="{draw(TEXT)}">'
    if draw(st.booleans()):
        head += f"<title>{draw(TEXT)}</title>"
    body = "".join(draw(st.lists(HTML, min_size=1, max_size=6)))
    return f"<html><head>{head}</head><body>{body}</body></html>"


def check(data, **kwargs) -> None:
    try:
        article = articlekit.parse(data, **kwargs)
    except ArticleKitError as exc:
        assert str(exc)
        assert not (isinstance(exc, ExtractorError) and exc.__cause__ is not None), exc
        return
    dumped = article.to_dict()
    VALIDATOR.validate(json.loads(json.dumps(dumped)))
    assert Article.from_dict(dumped) == article
    text = article.body.text
    for q in article.quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert q.text


SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(documents())
def test_random_html_documents_keep_the_contract(html):
    check(html)
    check(html.encode("utf-8", "surrogatepass"), url="https://example.com/2019/11/19/story")


@SETTINGS
@given(st.binary(max_size=3000))
def test_random_bytes_keep_the_contract(data):
    check(data)


@SETTINGS
@given(st.text(max_size=2000))
def test_random_text_keeps_the_contract(text):
    check(text)
