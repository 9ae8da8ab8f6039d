"""Each fixture page beside its expected fields: the whole output must match."""

from __future__ import annotations

import json

import pytest
from _fixture_fields import project
from conftest import FIXTURES

import articlekit

PAGES = sorted(FIXTURES.glob("*.html"))


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_fixture_matches_expected(page):
    spec = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    article = articlekit.parse(page.read_bytes(), url=spec.get("url"))
    got = project(article)
    for field, expected in spec["expected"].items():
        assert got[field] == expected, f"{page.stem}: {field}"


def test_every_fixture_has_expected_fields():
    for page in PAGES:
        assert page.with_suffix(".json").exists(), f"{page.name} has no expected JSON beside it"
