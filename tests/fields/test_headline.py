"""The headline: visible h1 when metadata agrees; site names stripped; punctuation kept."""

from __future__ import annotations

import pytest

from articlekit import Document
from articlekit.fields.headline import extract_headline, strip_site_name


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Stocks rise again | Example News", "Stocks rise again"),
        ("Stocks rise again - Example News", "Stocks rise again"),
        ("Example News: Stocks rise again", "Stocks rise again"),
        ("Stocks rise: what it means – Example News", "Stocks rise: what it means"),
        ("Is this the end? - Example News", "Is this the end?"),
    ],
)
def test_strip_site_name(title, expected):
    assert strip_site_name(title, ["Example News"]) == expected


def test_h1_preferred_when_metadata_agrees():
    doc = Document("""<head><title>Stocks rise again! | Example News</title>
      <meta property="og:title" content="Stocks rise again!"></head>
      <body><h1 class="logo">Example News</h1><h1>Stocks rise again!</h1></body>""")
    found = extract_headline(doc)
    assert found.value == "Stocks rise again!" and found.source == "h1"


def test_metadata_without_site_name_when_no_h1():
    doc = Document("<head><title>Stocks rise again | Example News</title>"
                   '<meta property="og:site_name" content="Example News"></head><body><p>x</p></body>')
    assert extract_headline(doc).value == "Stocks rise again"
