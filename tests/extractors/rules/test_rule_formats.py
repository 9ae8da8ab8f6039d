"""Reading rule files: articlekit's TOML (strict) and Full-Text RSS site configs (lenient,
counted), and the selectors both use."""

from __future__ import annotations

import datetime as dt
import pickle
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import html

from articlekit.extractors.rules import RuleSyntaxError, Selector, read_rules
from articlekit.extractors.rules.ftr_format import read_ftr_rule
from articlekit.extractors.rules.toml_format import read_toml_rule

PAGE = html.fromstring(
    "<html><head><meta property='og:title' content='OG title'></head><body>"
    "<h1 class='title'>Visible <b>title</b></h1><p class='by'>By Ann Lee</p></body></html>")


@pytest.mark.parametrize("text, expected", [
    ("h1.title", ["Visible title"]),
    ("css:h1.title::text", ["Visible "]),
    ("meta[property='og:title']::attr(content)", ["OG title"]),
    ("//meta[@property='og:title']/@content", ["OG title"]),
    ("xpath:string(//p[@class='by'])", ["By Ann Lee"]),
    ("(//h1)[1]", ["Visible title"]),
])
def test_selectors_read_elements_attributes_and_text(text, expected):
    got = Selector(text).select(PAGE)
    assert [r.text_content() if hasattr(r, "text_content") else str(r) for r in got] == expected


@pytest.mark.parametrize("bad", ["//div[", "div[[", "h1::attr(", ""])
def test_bad_selectors_are_rule_errors(bad):
    with pytest.raises(RuleSyntaxError):
        Selector(bad).compile()


def test_selectors_pickle_as_text():
    s = Selector("h1.title")
    s.compile()
    assert pickle.loads(pickle.dumps(s)).select(PAGE)[0].tag == "h1"


def _toml(tmp_path, text, name="example.com.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_toml_rule(path, "test")


def test_toml_rule_with_fields_strip_and_versions(tmp_path):
    rule = _toml(tmp_path, """
domains = ["example.com", "example.org"]
strip = [".ad"]
headline = "h1.headline"
authors = ["a[rel=author]", ".byline"]

[published]
select = "time::attr(datetime)"
date_format = "%d.%m.%Y"

[[version]]
valid_until = 2020-12-31
body = "div#story"

[[version]]
valid_from = 2021-01-01
body = { select = "article .body", strip = ["figure"] }
""")
    assert rule.name == "example.com" and rule.domains == ("example.com", "example.org")
    old, new, current = rule.versions  # the top level is a version too, tried last
    assert set(current.fields) == {"headline", "authors", "published"}
    assert old.covers(dt.date(2019, 5, 1)) and not old.covers(dt.date(2021, 5, 1))
    assert set(old.fields) == {"headline", "authors", "published", "body"}
    assert new.fields["body"].strip == (Selector("figure"),)
    assert old.fields["published"].date_formats == ("%d.%m.%Y",)
    assert old.strip == (Selector(".ad"),)


@pytest.mark.parametrize("text, message", [
    ("headline = 'h1'", "'domains' must list"),
    ("domains = ['x.com']\nheadlines = 'h1'", "unknown key"),
    ("domains = ['x.com']", "selects no field"),
    ("domains = ['x.com']\nheadline = '//h1['", "invalid XPath"),
    ("domains = ['x.com']\n[body]\nstrip = ['x']", "needs 'select'"),
    ("domains = ['x.com']\nvalid_from = 'soon'\nheadline = 'h1'", "must be a date"),
    ("domains = ['x.com']\n[headline]\nselect = 'h1'\npattern = '('", "not a regular expression"),
    ("domains = [", "not valid TOML"),
    ("domains = 5\nheadline = 'h1'", "'domains' must list"),
    ("domains = ['x.com']\nversion = 3\nheadline = 'h1'", "'version' must be"),
    ("domains = ['x.com']\n[headline]\nselect = 'h1'\npattern = 5", "pattern must be a string"),
    ("domains = ['x.com']\n[published]\nselect = 'time'\ndate_format = 5", "date_format must be"),
    ("domains = ['x.com']\nheadline = 5", "must be a selector"),
    ("domains = ['x.com']\nheadline = '//x:div'", "invalid XPath"),
])
def test_toml_errors_name_the_file_and_the_problem(tmp_path, text, message):
    with pytest.raises(RuleSyntaxError, match=message) as info:
        _toml(tmp_path, text, "bad.toml")
    assert "bad.toml" in str(info.value)


def test_ftr_rule_maps_directives_and_counts_the_rest(tmp_path):
    path = tmp_path / ".example.com.txt"
    path.write_text("""# comment
title: //h1[@class="story"]
author: //span[@class='byline']
date: //meta[@name='date']/@content
body: //div[@id="story-body"]
body: //article
strip: //aside
strip_id_or_class: share-tools
strip_image_src: /pixel.gif
strip_id_or_class: it's "quoted"
prune: no
tidy: no
find_string: a
replace_string: b
test_url: http://example.com/a
body: //div[
""", encoding="utf-8")
    counts: Counter[str] = Counter()
    rule = read_ftr_rule(path, "pack", counts)
    assert rule.name == "ftr:.example.com" and rule.domains == ("*.example.com",)
    (version,) = rule.versions
    assert [s.xpath for s in version.fields["body"].selectors] == ['//div[@id="story-body"]',
                                                                   "//article"]
    assert set(version.fields) == {"headline", "authors", "published", "body"}
    assert len(version.strip) == 4
    for s in version.strip:
        s.compile()
    assert counts == Counter({"ignored:prune": 1, "ignored:tidy": 1, "ignored:find_string": 1,
                              "ignored:replace_string": 1, "invalid selector": 1})


def test_ftr_file_selecting_nothing_is_skipped(tmp_path):
    path = tmp_path / "example.com.txt"
    path.write_text("prune: no\n", encoding="utf-8")
    counts: Counter[str] = Counter()
    assert read_ftr_rule(path, "pack", counts) is None
    assert counts["files selecting no field"] == 1


def test_read_rules_walks_a_folder_of_both_formats(tmp_path):
    (tmp_path / "a.toml").write_text("domains = ['a.com']\nheadline = 'h1'\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.com.txt").write_text("title: //h1\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("not a rule", encoding="utf-8")
    pack = read_rules(tmp_path)
    assert [r.name for r in pack.rules] == ["a", "ftr:b.com"] and pack.files == 2
    with pytest.raises(RuleSyntaxError, match="no such rule file"):
        read_rules(tmp_path / "missing")


_KEYS = ["name", "domains", "strip", "valid_from", "valid_until", "headline", "authors",
         "published", "body", "tags", "version", "select", "pattern", "date_format", "bogus"]
_VALUES = ['"h1"', '["a.com"]', "5", "true", "2024-01-01", '"2024-99-99"', '"//div["', "[1, 2]",
           '{select = "p"}', '{select = 5}', '{pattern = "("}', '[{valid_until = 2020-01-01}]',
           '"::attr()"', '"x:y"', "[]", '""']


@given(st.lists(st.tuples(st.sampled_from(_KEYS), st.sampled_from(_VALUES)), max_size=6))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_rule_file_is_a_rule_or_a_rule_syntax_error(tmp_path, pairs):
    lines = {k: v for k, v in pairs}  # TOML refuses a key twice; keep the last
    path = tmp_path / "fuzz.toml"
    path.write_text("\n".join(f"{k} = {v}" for k, v in lines.items()), encoding="utf-8")
    try:
        read_toml_rule(path, "test")
    except RuleSyntaxError:
        pass


@given(st.lists(st.sampled_from(["title", "author", "date", "body", "strip", "strip_id_or_class",
                                 "strip_image_src", "prune", "tidy", "x(y)", "http_header(a)"]),
                max_size=6),
       st.lists(st.sampled_from(["//h1", "//div[", "//x:div", "'quoted\"", "", "a b", "//p/@c",
                                 "string(//p)", "count(//p)", "(//p)[1]"]), min_size=6, max_size=6))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_ftr_file_reads_without_raising_and_its_rules_run(tmp_path, directives, values):
    from articlekit.extractors.rules import RuleExtractor

    path = tmp_path / "example.com.txt"
    path.write_text("\n".join(f"{d}: {v}" for d, v in zip(directives, values, strict=False)), encoding="utf-8")
    rule = read_ftr_rule(path, "pack", Counter())
    if rule is not None:
        import articlekit

        RuleExtractor(rule).extract(articlekit.Document(
            "<html><body><h1>T</h1><p class='c'>Some text of a page.</p></body></html>",
            url="https://example.com/a"))
