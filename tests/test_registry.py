"""The registry: decorator, precedence, forcing by name, plugins found through entry points."""

from __future__ import annotations

import textwrap

import pytest

import articlekit
from articlekit import ExtractorError, Found, Registry, UnknownExtractorError

PAGE = b"""<html><head><title>Generic title</title>
<meta property="og:site_name" content="Site"></head>
<body><h1>Generic title</h1><article><p>Body text that is long enough to be the article body,
with commas, clauses, and more words, so the generic extractor keeps it.</p></article></body></html>"""


def test_generic_is_registered_and_last():
    reg = Registry(discover=False)
    assert reg.names()[0] == "generic"  # then the built-in site rules
    assert {e.origin for e in reg.entries()} == {"built-in"}
    doc = articlekit.Document(PAGE, url="https://news.example.com/a")
    assert [e.name for e in reg.pick(doc)] == ["generic"]
    assert Registry(discover=False, builtins=False).names() == ()


def test_site_extractor_fields_win_and_generic_fills_the_rest():
    reg = Registry(discover=False)

    @reg.register("example.com")
    def example(doc):
        return {"headline": Found("Site headline", "css:.title")}

    article = articlekit.parse(PAGE, url="https://www.example.com/story", registry=reg)
    assert article.headline == "Site headline"
    assert article.source_of("headline").extractor == "example"
    assert article.source_of("headline").source == "css:.title"
    assert article.site_name == "Site"  # filled by the generic extractor
    assert article.source_of("site_name").extractor == "generic"
    assert "Body text" in article.body.text


def test_other_domains_are_untouched():
    reg = Registry(discover=False)

    @reg.register("example.com")
    def example(doc):
        return {"headline": "Site headline"}

    article = articlekit.parse(PAGE, url="https://other.org/story", registry=reg)
    assert article.headline == "Generic title"


def test_precedence_is_priority_then_specificity_then_order():
    reg = Registry(discover=False)

    @reg.register("example.com")
    def broad(doc):
        return {"headline": "broad"}

    @reg.register("news.example.com")
    def narrow(doc):
        return {"headline": "narrow"}

    doc = articlekit.Document(PAGE, url="https://news.example.com/a")
    assert [e.name for e in reg.pick(doc)] == ["narrow", "broad", "generic"]

    @reg.register("example.com", priority=10)
    def urgent(doc):
        return {"headline": "urgent"}

    assert [e.name for e in reg.pick(doc)] == ["urgent", "narrow", "broad", "generic"]
    assert articlekit.parse(PAGE, url="https://news.example.com/a", registry=reg).headline == "urgent"


def test_wildcard_pattern_matches_only_subdomains():
    reg = Registry(discover=False)

    @reg.register("*.example.com")
    def sub(doc):
        return {"headline": "sub"}

    assert articlekit.parse(PAGE, url="https://a.example.com/x", registry=reg).headline == "sub"
    assert articlekit.parse(PAGE, url="https://example.com/x", registry=reg).headline == "Generic title"


def test_force_an_extractor_by_name():
    reg = Registry(discover=False)

    @reg.register("example.com")
    def example(doc):
        return {"headline": "forced"}

    article = articlekit.parse(PAGE, url="https://elsewhere.org/", registry=reg, extractor="example")
    assert article.headline == "forced"
    assert "Body text" in article.body.text  # the generic still fills the rest
    only_generic = articlekit.parse(PAGE, url="https://example.com/", registry=reg, extractor="generic")
    assert only_generic.headline == "Generic title"
    with pytest.raises(UnknownExtractorError, match="registered: .*example, generic"):
        articlekit.parse(PAGE, registry=reg, extractor="nope")


def test_plugin_failures_become_library_errors():
    reg = Registry(discover=False)

    @reg.register("example.com")
    def broken(doc):
        raise KeyError("boom")

    with pytest.raises(ExtractorError, match="broken"):
        articlekit.parse(PAGE, url="https://example.com/", registry=reg)

    @reg.register("bad.example.org")
    def bad_field(doc):
        return {"headlin": "typo"}

    with pytest.raises(ExtractorError, match="unknown fields"):
        articlekit.parse(PAGE, url="https://bad.example.org/", registry=reg)

    @reg.register("bad-type.example.org")
    def bad_type(doc):
        return {"published": 12}

    with pytest.raises(ExtractorError, match="published"):
        articlekit.parse(PAGE, url="https://bad-type.example.org/", registry=reg)


def test_plain_values_are_coerced():
    reg = Registry(discover=False)

    @reg.register("example.com", trusted=True)
    def plain(doc):
        return {"byline": "By JANE DOE and John Smith, Reuters", "published": "2024-07-11T09:00:00Z",
                "body": "First paragraph.\n\nSecond paragraph.", "tags": "a, b"}

    article = articlekit.parse(PAGE, url="https://example.com/", registry=reg, now=None)
    assert article.authors == ("Jane Doe", "John Smith")
    assert article.byline.agency == "Reuters"
    assert article.published.isoformat() == "2024-07-11T09:00:00+00:00"
    assert article.body.paragraphs == ("First paragraph.", "Second paragraph.")
    assert article.tags == ("a", "b")


def test_duplicate_names_are_refused():
    reg = Registry(discover=False)
    with pytest.raises(ExtractorError, match="already registered"):
        reg.add(articlekit.registry.GenericExtractor())


def test_module_level_register_uses_the_default_registry():
    name = "test_default_registry_demo"

    @articlekit.register("default-registry-demo.example", name=name)
    def demo(doc):
        return {"headline": "from default"}

    assert name in articlekit.default_registry
    article = articlekit.parse(PAGE, url="https://default-registry-demo.example/x")
    assert article.headline == "from default"


def _install_plugin(root, dist_name: str, module: str, source: str, target: str) -> None:
    """A real installed distribution: a module plus a .dist-info with entry_points.txt."""
    (root / f"{module}.py").write_text(textwrap.dedent(source))
    info = root / f"{dist_name.replace('-', '_')}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist_name}\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(f"[articlekit.extractors]\n{target}\n")
    (info / "RECORD").write_text("")


def test_plugin_installed_through_an_entry_point_is_used(tmp_path, monkeypatch):
    _install_plugin(
        tmp_path,
        "articlekit-demo-plugin",
        "ak_demo_plugin",
        """
        from articlekit import Found

        class DemoExtractor:
            name = "demo"
            domains = ("demo.example",)

            def applies_to(self, doc):
                return True

            def extract(self, doc):
                node = doc.tree.find(".//h1")
                return {"headline": Found("Demo: " + "".join(node.itertext()), "h1 via plugin")}
        """,
        "demo = ak_demo_plugin:DemoExtractor",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    reg = Registry()  # discovers entry points on first use
    assert "demo" in reg.names()
    entry = next(e for e in reg.entries() if e.name == "demo")
    assert entry.origin == "entry point: articlekit-demo-plugin"
    article = articlekit.parse(PAGE, url="https://demo.example/story", registry=reg)
    assert article.headline == "Demo: Generic title"
    assert article.source_of("headline").extractor == "demo"
    other = articlekit.parse(PAGE, url="https://other.example/story", registry=reg)
    assert other.headline == "Generic title"


def test_broken_plugin_is_skipped_with_a_warning(tmp_path, monkeypatch):
    _install_plugin(tmp_path, "articlekit-broken-plugin", "ak_broken_plugin",
                    "raise ImportError('missing dependency')\n", "broken = ak_broken_plugin:X")
    monkeypatch.syspath_prepend(str(tmp_path))
    reg = Registry()
    with pytest.warns(RuntimeWarning, match="broken"):
        names = reg.names()
    assert "broken" not in names and "generic" in names


def test_a_site_value_that_fails_its_check_loses_to_the_generic_with_the_reason():
    reg = Registry(discover=False)

    @reg.register("example.com")
    def stale(doc):
        return {"body": "Subscribe now.", "byline": "Sign In", "headline": "Site headline"}

    article = articlekit.parse(PAGE, url="https://example.com/", registry=reg)
    assert article.headline == "Site headline"  # passed its check
    assert "Body text that is long enough" in article.body.text
    assert article.source_of("body").extractor == "generic"
    (body,) = [r for r in article.rejected if r.field == "body"]
    assert body.extractor == "stale" and "fewer than 40" in body.reason
    explained = article.explain()
    assert explained["body"]["extractor"] == "generic"
    assert explained["body"]["rejected"][0]["reason"] == body.reason
    assert explained["headline"] == {"extractor": "stale", "source": "extractor", "rejected": []}
    assert articlekit.Article.from_dict(article.to_dict()) == article


def test_a_forced_extractor_is_not_checked():
    reg = Registry(discover=False)

    @reg.register("example.com")
    def short(doc):
        return {"body": "Two words."}

    article = articlekit.parse(PAGE, url="https://example.com/", registry=reg, extractor="short")
    assert article.body.text == "Two words." and not article.rejected


def test_explain_names_the_generic_readings_that_lost():
    page = b"""<html><head><script type="application/ld+json">
    {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Maria Gonzalez"}}
    </script></head><body><h1>Council votes</h1><p class="byline">By Ann Lee</p>
    <article><p>Body text that is long enough to be the article body, with commas, clauses,
    and more words, so the generic extractor keeps it.</p></article></body></html>"""
    article = articlekit.parse(page, url="https://news.example.org/a")
    assert article.authors == ("Ann Lee",)
    (lost,) = article.explain()["byline"]["rejected"]
    assert lost["extractor"] == "generic" and lost["source"] == "json-ld:author"
    assert "Maria Gonzalez" in lost["reason"]


def test_the_domain_index_finds_subdomains_and_wildcards_and_forgets_removed():
    reg = Registry(discover=False, builtins=False)

    @reg.register("example.com")
    def plain(doc):
        return {}

    @reg.register("*.example.org")
    def subs(doc):
        return {}

    def picked(url):
        return [e.name for e in reg.pick(articlekit.Document(PAGE, url=url))]

    assert picked("https://news.www.example.com/a") == ["plain"]
    assert picked("https://www.example.com/a") == ["plain"]
    assert picked("https://example.org/a") == []  # "*." is for subdomains only
    assert picked("https://a.example.org/a") == ["subs"]
    assert picked("https://notexample.com/a") == []
    reg.remove("plain")
    assert picked("https://example.com/a") == []
    with pytest.raises(UnknownExtractorError):
        reg.remove("plain")
