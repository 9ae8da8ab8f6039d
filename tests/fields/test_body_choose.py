"""The rule that picks the body among the scored container and its fallbacks (fields/body/choose.py)."""

from __future__ import annotations

import pytest
from lxml import etree

from articlekit.fields.body.choose import (
    FRAGMENT_WORDS,
    MIN_STRUCTURED_WORDS,
    choose,
    is_teaser_list,
    prose_size,
    size,
)
from articlekit.model import Block, BlockKind

SENTENCE = "The council approved the plan on Tuesday after a long debate about costs."  # 13 words


def blocks(n_sentences: int, prefix: str = "") -> tuple[Block, ...]:
    return tuple(Block(BlockKind.PARAGRAPH, f"{prefix}{i} {SENTENCE}") for i in range(n_sentences))


def region_element(html: str = "<main><p>x</p></main>") -> etree._Element:
    return etree.fromstring(html)


def never():
    raise AssertionError("this reading must not be needed")


def test_primary_wins_when_nothing_is_much_longer():
    primary = (blocks(10), "visible:main content")
    other = (blocks(12), "other")
    got = choose(primary, lambda: other, lambda: (other, region_element()), never)
    assert got[1] == "visible:main content"


def test_declared_body_wins_when_the_container_holds_less_than_half_of_it():
    primary = (blocks(2), "visible:main content")
    declared = (blocks(10), "json-ld:articleBody")
    assert choose(primary, lambda: declared, lambda: None, never)[1] == "json-ld:articleBody"


def test_a_short_declared_body_is_a_teaser_and_loses():
    primary = (blocks(1), "visible:main content")
    teaser = (blocks(2), "json-ld:articleBody")
    assert size(teaser[0]) < MIN_STRUCTURED_WORDS
    got = choose(primary, lambda: teaser, lambda: None, lambda: None)
    assert got[1] == "visible:main content"


def test_region_wins_with_twice_the_prose_and_the_containers_blocks():
    primary = (blocks(3), "visible:main content")
    region = (primary[0] + blocks(5, "more "), "visible:article region")
    got = choose(primary, lambda: None, lambda: (region, region_element()), never)
    assert got[1] == "visible:article region"


def test_region_that_lumps_the_container_into_other_text_loses():
    primary = (blocks(3), "visible:main content")
    lump = (tuple([Block(BlockKind.PARAGRAPH, " ".join(b.text for b in blocks(12)))]), "region")
    got = choose(primary, lambda: None, lambda: (lump, region_element()), lambda: None)
    assert got[1] == "visible:main content"


def test_region_that_is_a_stream_of_teasers_loses():
    teasers = "".join(f"<article><h3><a href='/{i}'>Story {i}</a></h3><p>x</p></article>" for i in range(6))
    primary = (blocks(3), "visible:main content")
    region = (primary[0] + blocks(8, "teaser "), "visible:article region")
    got = choose(primary, lambda: None, lambda: (region, region_element(f"<main>{teasers}</main>")),
                 lambda: None)
    assert got[1] == "visible:main content"


def test_baseline_only_for_a_fragment():
    fragment = (blocks(1), "visible:main content")
    assert size(fragment[0]) < FRAGMENT_WORDS
    page = (blocks(6), "visible:page paragraphs")
    assert choose(fragment, lambda: None, lambda: None, lambda: page)[1] == "visible:page paragraphs"


def test_baseline_is_not_even_read_for_a_full_container():
    primary = (blocks(8), "visible:main content")
    assert choose(primary, lambda: None, lambda: None, never)[1] == "visible:main content"


def test_an_empty_container_falls_back_to_any_text():
    empty = ((), "visible:main content")
    page = (blocks(1), "visible:page paragraphs")
    assert choose(empty, lambda: None, lambda: None, lambda: page)[1] == "visible:page paragraphs"


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        (SENTENCE, True),
        ("Home News Sport Weather Business Culture Travel Food", False),  # a menu: no sentence
        ("Open in app Go to file Add file Upload files Code Clone " * 6 + "using the web URL.", False),
        ("短い", False),
        ("東京都は5日、新しい計画を発表した。関係者によると、来年度から実施される見通しだ。", True),
    ],
)
def test_prose_counts_only_sentences(text, counted):
    assert (prose_size([Block(BlockKind.PARAGRAPH, text)]) > 0) is counted


def test_teaser_list_needs_many_linked_headings():
    five = "".join(f"<h3><a href='/{i}'>S</a></h3>" for i in range(5))
    assert is_teaser_list(region_element(f"<div>{five}</div>"))
    assert not is_teaser_list(region_element("<div><h2>Part one</h2><h2>Part two</h2></div>"))


def test_the_last_resort_only_when_every_reading_is_empty():
    empty = ((), "visible:main content")
    anywhere = (blocks(2), "visible:any prose")
    got = choose(empty, lambda: None, lambda: None, lambda: ((), "visible:page paragraphs"),
                 lambda: anywhere)
    assert got[1] == "visible:any prose"
    full = (blocks(8), "visible:main content")
    assert choose(full, lambda: None, lambda: None, never, never)[1] == "visible:main content"
