"""A rule as an extractor: what it reads, its provenance, versions by date, strip without
touching the tree, and how the registry and the checks treat it."""

from __future__ import annotations

import datetime as dt

import pytest

import articlekit
from articlekit import Registry

STORY = " ".join(f"Sentence number {i} of the story tells readers something new, with detail."
                 for i in range(12))
PAGE = f"""<html><head><title>Old headline | Example</title>
<meta name="date" content="2021-06-01"></head><body>
<div class="top"><h1 class="headline">The rule's headline</h1>
<span class="writer">Ann Lee</span><span class="writer">Bo Chen</span>
<time datetime="2022-03-04T10:00:00Z">4 March 2022</time></div>
<div id="story"><p>{STORY}</p><figure><figcaption>Caption to strip</figcaption></figure>
<div class="share">Share this</div><p>{STORY}</p></div>
<div id="old-story"><p>Short old body.</p></div>
<ul class="tags"><li>Politics</li><li>Cities</li></ul>
</body></html>""".encode()


def _registry(tmp_path, text, name="example.com.toml"):
    (tmp_path / name).write_text(text, encoding="utf-8")
    reg = Registry(discover=False, builtins=False)
    reg.add(articlekit.registry.GenericExtractor(), origin="built-in")
    reg.load_rules(tmp_path / name)
    return reg


RULE = """
domains = ["example.com"]
strip = ["figure"]
headline = "h1.headline"
authors = ".writer"
published = "time::attr(datetime)"
tags = "ul.tags li"
[body]
select = "#story"
strip = [".share"]
"""


def test_rule_fields_and_their_provenance(tmp_path):
    reg = _registry(tmp_path, RULE)
    article = articlekit.parse(PAGE, url="https://www.example.com/a", registry=reg)
    assert article.headline == "The rule's headline"
    assert article.authors == ("Ann Lee", "Bo Chen")
    assert article.published == dt.datetime(2022, 3, 4, 10, tzinfo=dt.timezone.utc)
    assert article.tags == ("Politics", "Cities")
    assert "Caption to strip" not in article.body.text and "Share this" not in article.body.text
    assert article.body.text.count("Sentence number 0") == 2
    assert article.source_of("headline").source == "site:example.com h1.headline"
    assert article.source_of("body").extractor == "example.com"


def test_rule_does_not_touch_the_tree(tmp_path):
    reg = _registry(tmp_path, RULE)
    doc = articlekit.Document(PAGE, url="https://example.com/a")
    articlekit.parse(doc, registry=reg)
    assert doc.tree.find(".//figure") is not None and doc.tree.find(".//h1") is not None


def test_other_domains_are_not_touched(tmp_path):
    reg = _registry(tmp_path, RULE)
    article = articlekit.parse(PAGE, url="https://example.org/a", registry=reg)
    assert {p.extractor for p in article.provenance} == {"generic"}


def test_the_version_is_picked_by_the_pages_date(tmp_path):
    text = """
domains = ["example.com"]
[[version]]
valid_until = 2021-12-31
headline = "title"
[[version]]
valid_from = 2022-01-01
headline = "h1.headline"
"""
    reg = _registry(tmp_path, text)
    article = articlekit.parse(PAGE, url="https://example.com/a", registry=reg)
    # the page's publication date is 2021-06-01 (its meta date), so the older markup applies
    assert article.source_of("headline").source == "site:example.com title"
    later = PAGE.replace(b'content="2021-06-01"', b'content="2023-06-01"')
    article = articlekit.parse(later, url="https://example.com/a", registry=reg)
    assert article.source_of("headline").source == "site:example.com h1.headline"


def test_a_single_dated_version_applies_only_in_its_period(tmp_path):
    text = 'domains = ["example.com"]\nvalid_until = 2019-01-01\nheadline = "h1.headline"\n'
    reg = _registry(tmp_path, text)
    now = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
    article = articlekit.parse(PAGE, url="https://example.com/a", registry=reg, now=now)
    assert article.source_of("headline").extractor == "generic"


def test_a_stale_body_rule_is_rejected_and_explained(tmp_path):
    reg = _registry(tmp_path, 'domains = ["example.com"]\nbody = "#old-story"\n')
    article = articlekit.parse(PAGE, url="https://example.com/a", registry=reg)
    assert "Sentence number 3" in article.body.text
    (rejected,) = article.rejected
    assert rejected.field == "body" and rejected.source == "site:example.com #old-story"
    assert "fewer than 40" in rejected.reason


def test_pattern_and_date_format(tmp_path):
    text = """
domains = ["example.com"]
[headline]
select = "title"
pattern = '^(.*?) \\| Example$'
[published]
select = "time"
date_format = "%d %B %Y"
"""
    reg = _registry(tmp_path, text)
    article = articlekit.parse(PAGE, url="https://example.com/a", registry=reg)
    assert article.headline == "Old headline"
    assert article.published == dt.datetime(2022, 3, 4)


def test_ftr_rules_must_agree_with_the_page(tmp_path):
    ftr = "title: //span[@class='writer']\nauthor: //span[@class='writer']\n"
    reg = _registry(tmp_path, ftr, "example.com.txt")
    article = articlekit.parse(PAGE, url="https://example.com/a", registry=reg)
    reasons = {r.field: r.reason for r in article.rejected}
    assert article.source_of("headline").extractor == "generic"
    assert "differs from the headline" in reasons["headline"]
    assert article.authors == ("Ann Lee", "Bo Chen")  # agrees with the page: may win
    assert article.source_of("byline").extractor == "ftr:example.com"


def test_user_rules_outrank_builtins_and_replace_earlier_packs(tmp_path):
    reg = _registry(tmp_path, RULE)
    (tmp_path / "again").mkdir()
    (tmp_path / "again" / "example.com.toml").write_text(
        'domains = ["example.com"]\nheadline = "title"\n', encoding="utf-8")
    assert reg.load_rules(tmp_path / "again") == ["example.com"]
    article = articlekit.parse(PAGE, url="https://example.com/a", registry=reg)
    assert article.source_of("headline").source == "site:example.com title"


def test_rules_from_the_environment(tmp_path, monkeypatch):
    (tmp_path / "example.com.toml").write_text(RULE, encoding="utf-8")
    monkeypatch.setenv("ARTICLEKIT_RULES", str(tmp_path))
    reg = Registry()
    assert "example.com" in reg
    assert reg.entries()[[e.name for e in reg.entries()].index("example.com")].origin.startswith(
        "ARTICLEKIT_RULES")


def test_a_rule_name_of_a_python_extractor_is_not_replaced(tmp_path):
    reg = Registry(discover=False, builtins=False)

    @reg.register("example.com", name="example.com")
    def mine(doc):
        return {}

    (tmp_path / "example.com.toml").write_text(RULE, encoding="utf-8")
    with pytest.warns(RuntimeWarning, match="not loaded"):
        assert reg.load_rules(tmp_path) == []


def test_a_users_rule_named_like_a_builtin_replaces_it(tmp_path):
    from articlekit.registry import registry_with_rules

    (tmp_path / "cnn.com.toml").write_text('domains = ["cnn.com"]\nheadline = "title"\n',
                                           encoding="utf-8")
    reg = registry_with_rules(str(tmp_path))
    (entry,) = [e for e in reg.entries() if e.name == "cnn.com"]
    assert entry.origin.startswith("rule pack: ")


def test_a_selector_that_cannot_run_on_a_page_never_fails_it(tmp_path):
    from collections import Counter

    from articlekit.extractors.rules.ftr_format import read_ftr_rule

    path = tmp_path / "example.com.txt"
    path.write_text("body: //x:div\ntitle: //h1\n", encoding="utf-8")
    counts: Counter[str] = Counter()
    rule = read_ftr_rule(path, "pack", counts)
    assert counts["invalid selector"] == 1 and set(rule.versions[0].fields) == {"headline"}


def test_strip_applies_to_text_fields_too(tmp_path):
    text = """
domains = ["example.com"]
[headline]
select = "div.top"
strip = ["span", "time"]
"""
    reg = _registry(tmp_path, text)
    article = articlekit.parse(PAGE, url="https://example.com/a", registry=reg)
    assert article.headline == "The rule's headline"


def test_the_top_level_is_the_version_for_pages_no_dated_version_covers(tmp_path):
    text = """
domains = ["example.com"]
headline = "h1.headline"
[[version]]
valid_until = 2015-12-31
headline = "title"
"""
    reg = _registry(tmp_path, text)
    article = articlekit.parse(PAGE, url="https://example.com/a", registry=reg)
    assert article.source_of("headline").source == "site:example.com h1.headline"
