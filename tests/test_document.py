"""Document: one tree, cached views, JSON-LD that survives real pages, safe parsing."""

from __future__ import annotations

import pytest

from articlekit import Document, DocumentTooLargeError, EmptyDocumentError, InputError, NotHTMLError


def test_one_tree_and_cached_views():
    doc = Document(b"<html><head><title> T </title></head><body><p>x</p></body></html>",
                   url="https://www.example.com/a")
    assert doc.tree.tag == "html"
    assert doc.title == "T"
    assert doc.meta is doc.meta  # cached on the document
    assert doc.json_ld is doc.json_ld
    assert doc.domain == "example.com"


def test_json_ld_graph_arrays_and_references():
    html = """<script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [
      {"@type": "WebPage", "@id": "#page"},
      {"@type": "NewsArticle", "headline": "H", "author": {"@id": "#jane"}},
      {"@type": "Person", "@id": "#jane", "name": "Jane Doe"}]}
    </script>
    <script type="application/ld+json">[{"@type": "Organization", "name": "O"}, 3, "x"]</script>"""
    doc = Document(html)
    types = [o.get("@type") for o in doc.json_ld]
    assert types == ["WebPage", "NewsArticle", "Person", "Organization"]
    article = doc.json_ld[1]
    assert doc.resolve_ld(article["author"])["name"] == "Jane Doe"


@pytest.mark.parametrize(
    "broken",
    [
        '{"@type": "NewsArticle", "headline": "H",}',  # trailing comma
        '<!--{"@type": "NewsArticle", "headline": "H"}-->',  # wrapped in a comment
        '//<![CDATA[\n{"@type": "NewsArticle", "headline": "H"}\n//]]>',
        '{"@type": "NewsArticle", "headline": "line\nbreak H"}',  # raw control character
    ],
)
def test_broken_json_ld_is_repaired(broken):
    doc = Document(f'<script type="application/ld+json">{broken}</script><p>x</p>')
    assert doc.json_ld and doc.json_ld[0]["@type"] == "NewsArticle"


def test_hopeless_json_ld_is_skipped():
    doc = Document('<script type="application/ld+json">{not json at all</script><p>x</p>')
    assert doc.json_ld == ()


def test_meta_opengraph_and_canonical():
    doc = Document(
        '<meta property="og:title" content="OG"><meta name="Author" content="A">'
        '<meta property="article:tag" content="x"><meta property="article:tag" content="y">'
        '<link rel="canonical" href="/c"><p>x</p>'
    )
    assert doc.meta["author"] == ("A",)
    assert doc.meta["article:tag"] == ("x", "y")
    assert doc.opengraph["og:title"] == "OG"
    assert doc.canonical_url == "/c"
    assert doc.meta_first("twitter:title", "og:title") == ("OG", "og:title")


def test_soup_view_for_plugin_authors():
    doc = Document("<p class='x'>Hello</p>")
    assert doc.soup.find("p", class_="x").get_text() == "Hello"


def test_size_limit_has_its_own_error():
    with pytest.raises(DocumentTooLargeError, match="max_bytes"):
        Document(b"<p>" + b"x" * 2000 + b"</p>", max_bytes=1000)


@pytest.mark.parametrize("data", [b"", b"   \n\t ", ""])
def test_empty_input(data):
    with pytest.raises(EmptyDocumentError):
        Document(data)


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, b"%PDF-1.7\n", b"\x1f\x8b\x08\x00"])
def test_binary_files_are_refused(data):
    with pytest.raises(NotHTMLError):
        Document(data)


def test_wrong_types_are_input_errors():
    with pytest.raises(InputError):
        Document(12345)  # type: ignore[arg-type]
    with pytest.raises(InputError):
        Document("<p>x</p>", url=5)  # type: ignore[arg-type]


def test_no_entity_expansion_and_no_file_access(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    page = f"""<?xml version="1.0"?>
<!DOCTYPE html [
  <!ENTITY a "ha">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
  <!ENTITY xxe SYSTEM "file://{secret}">
  <!ENTITY net SYSTEM "http://127.0.0.1:9/evil.dtd">
]>
<html><body><p>&c; &xxe; &net; end</p></body></html>"""
    doc = Document(page)
    text = "".join(doc.tree.itertext())
    assert "TOP-SECRET-CONTENT" not in text
    assert "hahaha" not in text


def test_lone_surrogates_and_nul_bytes_are_replaced():
    doc = Document("<p>a\ud800b\x00c</p>")
    text = "".join(doc.tree.itertext())
    assert "a\ufffdbc" in text  # the surrogate replaced, the NUL dropped


def test_size_limit_counts_utf8_bytes_of_a_str():
    # 400 characters of three bytes each: 1,200 bytes, over a 1,000-byte limit.
    with pytest.raises(DocumentTooLargeError, match="1,2"):
        Document("<p>" + "€" * 400 + "</p>", max_bytes=1000)
    assert Document("<p>" + "x" * 900 + "</p>", max_bytes=1000).text
