"""The built-in site extractors: each has a fixture page modelled on its site's markup, its
expected fields, and the proof that it matters (without it, the page reads differently)."""

from __future__ import annotations

import json

import pytest
from _fixture_fields import project
from conftest import FIXTURES

import articlekit
from articlekit.extractors.rules import RuleExtractor
from articlekit.registry import BUILTIN_RULES, Registry

SITES = FIXTURES / "sites"
PAGES = sorted(SITES.glob("*.html"))
BUILTINS = sorted(p.stem for p in BUILTIN_RULES.glob("*.toml"))


def _spec(page):
    return json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))


def _without(name: str) -> Registry:
    reg = Registry(discover=False)
    reg.remove(name)
    return reg


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_site_fixture_matches_expected(page):
    spec = _spec(page)
    article = articlekit.parse(page.read_bytes(), url=spec["url"], now=None,
                               registry=Registry(discover=False))
    got = project(article)
    for field, expected in spec["expected"].items():
        assert got[field] == expected, f"{page.stem}: {field}"
    used = {p.extractor for p in article.provenance}
    assert spec["rule"] in used, f"{page.stem}: the built-in {spec['rule']} gave no field"
    assert not article.rejected, f"{page.stem}: {article.rejected}"


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_site_fixture_reads_worse_without_its_builtin(page):
    spec = _spec(page)
    article = articlekit.parse(page.read_bytes(), url=spec["url"], now=None,
                               registry=_without(spec["rule"]))
    got = project(article)
    differs = [f for f, expected in spec["expected"].items()
               if f != "body_source" and got[f] != expected]
    assert differs, f"{page.stem}: the generic extractor alone gives the same fields"


def test_every_builtin_has_a_fixture():
    covered = {_spec(p)["rule"] for p in PAGES}
    assert set(BUILTINS) <= covered, f"built-ins without a fixture: {set(BUILTINS) - covered}"


def test_builtins_are_listed_with_their_domains():
    reg = Registry(discover=False)
    entries = {e.name: e for e in reg.entries()}
    for name in BUILTINS:
        assert isinstance(entries[name].extractor, RuleExtractor)
        assert entries[name].origin == "built-in" and entries[name].domains
