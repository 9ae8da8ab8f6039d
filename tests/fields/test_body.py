"""The main-content extractor: each kind of boilerplate left out, spacing a reader would see."""

from __future__ import annotations

import pytest

import articlekit
from articlekit.model import BlockKind

PARAGRAPHS = [
    "WASHINGTON (AP) — The committee voted on Tuesday to approve the budget, ending a months-long dispute.",
    "Lawmakers from both parties said the agreement, reached late on Monday, would fund the agencies through September.",
    "The vote came after weeks of negotiations that repeatedly stalled over spending on border security and disaster aid.",
    "Several members, speaking after the vote, said they expected the full chamber to take up the measure next week.",
]


def page(extra_inside: str = "", extra_outside: str = "", paragraphs=PARAGRAPHS) -> bytes:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="en"><head><title>Committee approves budget | Daily</title></head>
<body><header><a href="/">Daily</a><nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article><h1>Committee approves budget</h1>
<div class="article-body">{body}{extra_inside}</div></article>{extra_outside}</main>
<footer><p>© 2024 Daily Media Group. All rights reserved.</p><a href="/terms">Terms</a></footer></body></html>""".encode()


def body_of(html: bytes) -> list[str]:
    return list(articlekit.parse(html, url="https://daily.example/news/1").body.paragraphs)


def test_plain_article_is_kept_whole_and_in_order():
    assert body_of(page()) == PARAGRAPHS


BOILERPLATE = {
    "related list": '<div class="related-articles"><h3>Related</h3><ul><li><a href="/a">Senate delays vote on the spending bill again</a></li><li><a href="/b">What the budget means for your taxes this year</a></li></ul></div>',
    "most read": '<section class="most-read"><h2>Most read</h2><ol><li><a href="/1">Storm knocks out power to thousands across the region</a></li><li><a href="/2">Local team wins the championship in overtime thriller</a></li></ol></section>',
    "share buttons": '<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a> <a href="#">Email this article</a></div>',
    "follow buttons": '<div class="social-follow">Follow us on <a href="#">Twitter</a> and <a href="#">Instagram</a> for the latest updates.</div>',
    "newsletter": '<div class="newsletter-signup"><p>Get the best of Daily in your inbox every morning, free of charge.</p><form><input type="email"><button>Sign up</button></form></div>',
    "subscription prompt": '<div class="paywall-prompt subscription"><p>Subscribe today for unlimited access to award-winning journalism.</p></div>',
    "ad": '<div class="ad-container"><span>Advertisement</span><div id="div-gpt-ad-123"></div></div>',
    "cookie notice": '<div id="cookie-consent" class="cookie-banner"><p>We use cookies to improve your experience on our site and to show you relevant advertising.</p><button>Accept</button></div>',
    "caption and credit": '<figure><img src="/a.jpg"><figcaption>Members of the committee listen to testimony on Capitol Hill on Tuesday. (AP Photo/Jane Doe)</figcaption></figure>',
    "author bio": '<div class="author-bio"><p>Jane Doe covers Congress for Daily. She previously reported from Chicago and Detroit for a decade.</p></div>',
    "tag list": '<div class="tags"><a href="/t/congress">Congress</a> <a href="/t/budget">Budget</a> <a href="/t/politics">Politics</a></div>',
    "comments": '<section id="comments" class="comments-area"><h3>3 comments</h3><div class="comment-body"><p>This is exactly what I expected from this committee, and honestly it took far too long to get here.</p></div><div class="comment-body"><p>I disagree with the previous commenter, the negotiations were necessary to protect disaster funding.</p></div></section>',
}


@pytest.mark.parametrize("inside", [True, False], ids=["inside-article", "after-article"])
@pytest.mark.parametrize("kind", sorted(BOILERPLATE))
def test_boilerplate_is_left_out(kind, inside):
    snippet = BOILERPLATE[kind]
    html = page(extra_inside=snippet) if inside else page(extra_outside=snippet)
    assert body_of(html) == PARAGRAPHS


def test_boilerplate_between_paragraphs_keeps_order():
    paragraphs = [f"<p>{p}</p>" for p in PARAGRAPHS]
    mixed = paragraphs[0] + BOILERPLATE["ad"] + paragraphs[1] + BOILERPLATE["newsletter"] + "".join(paragraphs[2:])
    html = page(extra_inside="", paragraphs=[]).replace(b'<div class="article-body">', b'<div class="article-body">' + mixed.encode())
    assert body_of(html) == PARAGRAPHS


def test_dateline_stays_at_the_start():
    assert body_of(page())[0].startswith("WASHINGTON (AP) — The committee")


def test_headings_lists_quotes_and_code_keep_their_kinds():
    extra = ("<h2>What happens next</h2><ul><li>The full chamber votes next week.</li>"
             "<li>The president is expected to sign it.</li></ul>"
             "<blockquote><p>Nobody got everything they wanted in this deal.</p></blockquote>"
             "<pre>line one\nline two</pre>")
    blocks = articlekit.parse(page(extra_inside=extra), url="https://daily.example/n").body.blocks
    kinds = [(b.kind, b.text) for b in blocks[len(PARAGRAPHS):]]
    assert kinds == [
        (BlockKind.HEADING, "What happens next"),
        (BlockKind.LIST_ITEM, "The full chamber votes next week."),
        (BlockKind.LIST_ITEM, "The president is expected to sign it."),
        (BlockKind.BLOCKQUOTE, "Nobody got everything they wanted in this deal."),
        (BlockKind.PREFORMATTED, "line one\nline two"),
    ]


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("The <a href='/x'>committee</a>, which met <em>twice</em>, voted.", "The committee, which met twice, voted."),
        ("Read the <a href='/r'>report</a> . It is long.", "Read the report. It is long."),
        ("First line<br>second line", "First line\nsecond line"),
        ("Split<span>ting</span> a word is <b>not</b> a gap.", "Splitting a word is not a gap."),
        ("Non\u00a0breaking and soft\u00adhyphen and zero\u200bwidth.", "Non breaking and softhyphen and zerowidth."),
        ("Two<div>blocks</div>never glue.", "Two\n\nblocks\n\nnever glue."),
        ("( spaced ) and [ bracketed ] text here.", "(spaced) and [bracketed] text here."),
    ],
)
def test_spacing(html, text):
    paragraphs = PARAGRAPHS[:3] + [html]
    body = "\n".join(f"<p>{p}</p>" if i < 3 else f"<div>{p}</div>" for i, p in enumerate(paragraphs))
    doc = f"<html><body><article><h1>T</h1>{body}</article></body></html>".encode()
    got = articlekit.parse(doc).body.text
    assert got.endswith(text)


@pytest.mark.parametrize(
    ("lang", "paragraphs"),
    [
        ("ru", ["Правительство утвердило новый бюджет на следующий год, сообщили в министерстве финансов.",
                "Расходы на образование и здравоохранение вырастут, а на оборону останутся прежними."]),
        ("ko", ["정부는 내년도 예산안을 확정했다고 기획재정부가 밝혔다. 교육과 보건 분야 지출이 늘어난다.",
                "국방 예산은 올해와 같은 수준으로 유지되며, 세부 내역은 다음 주에 공개될 예정이다."]),
        ("pt", ["O governo aprovou o novo orçamento para o próximo ano, informou o Ministério da Fazenda.",
                "Os gastos com educação e saúde vão aumentar, enquanto os de defesa continuam iguais."]),
    ],
)
def test_any_language(lang, paragraphs):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = f'<html lang="{lang}"><body><nav><a href="/">Home</a></nav><article><h1>T</h1>{body}</article></body></html>'
    article = articlekit.parse(html.encode())
    assert list(article.body.paragraphs) == paragraphs
    assert article.language == lang


def test_space_before_an_ellipsis_is_kept():
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:3])
    html = f"<html><body><article><h1>T</h1>{body}<p>Millions of dollars. ... They should not.</p></article></body></html>"
    assert articlekit.parse(html.encode()).body.text.endswith("Millions of dollars. ... They should not.")


def test_hover_card_inside_a_sentence_is_left_out_and_the_sentence_kept():
    card = ('<span class="rollover-people-block"><a href="/p/1">Jane Quill Doe</a> '
            '<a href="/a/1">Committee approves budget after a long fight</a> '
            '<a href="/a/2">Senate delays the vote on border spending again</a> '
            '<a href="/a/3">What the budget means for disaster aid</a> <a href="/p/1">MORE</a></span>')
    first = (f'Committee chair <span class="rollover-people"><a href="/p/1">Jane Doe</a>{card}</span> '
             "said the vote on Tuesday ended a months-long dispute over the budget.")
    html = page(paragraphs=[first, *PARAGRAPHS[1:]])
    got = body_of(html)
    assert got[0] == "Committee chair Jane Doe said the vote on Tuesday ended a months-long dispute over the budget."


def test_a_trending_heading_and_a_dated_byline_line_are_furniture():
    html = page(extra_outside="", paragraphs=["By Jane Doe - 11/19/19 06:56 AM EST", *PARAGRAPHS])
    assert body_of(html) == PARAGRAPHS
    html = page(paragraphs=PARAGRAPHS).replace(b'<div class="article-body">', b'<div class="article-body"><h2>TRENDING:</h2>')
    assert "TRENDING:" not in articlekit.parse(html).body.text


STORY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def test_a_nav_that_holds_the_story_is_not_navigation():
    # broken markup: an unclosed <nav> before the story swallows it
    html = f"<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a><h1>T</h1>{STORY}</nav></body></html>"
    assert body_of(html.encode()) == PARAGRAPHS


def test_visible_sentences_anywhere_are_the_last_resort():
    html = ("<html><body><footer><a href='/'>Home</a>"
            f"<div>{PARAGRAPHS[0]}</div><div>{PARAGRAPHS[1]}</div></footer></body></html>")
    article = articlekit.parse(html.encode())
    assert list(article.body.paragraphs) == PARAGRAPHS[:2]
    assert article.source_of("body").source == "visible:any prose"


def test_a_page_of_menus_only_stays_empty():
    html = "<html><body><nav><a href='/a'>Home</a> <a href='/b'>News</a> <a href='/c'>Sport</a></nav></body></html>"
    assert articlekit.parse(html.encode()).body.blocks == ()


def _items(body: articlekit.Article) -> list[str]:
    return [b.text for b in body.body.blocks if b.kind is BlockKind.LIST_ITEM]


def test_a_linked_item_of_a_prose_list_is_kept():
    # a blog's bullet list of changes: most items are prose, one is mostly a link
    bullets = (
        "<ul><li>Users who run several profiles at once will see this warning less often now.</li>"
        "<li>Thanks to <a href='/u/1'>evilpie</a>, users can <a href='/b/2'>import their logins</a>.</li>"
        "<li>The screenshot tool was made faster on large pages and works with split processes.</li>"
        "<li>Startup got quicker on older machines after the cache was moved off the main thread.</li></ul>"
    )
    got = _items(articlekit.parse(page(extra_inside=bullets)))
    assert "Thanks to evilpie, users can import their logins." in got


def test_a_list_of_links_inside_the_story_stays_out():
    related = (
        "<ul><li><a href='/a/1'>Senate delays the vote on border spending</a></li>"
        "<li><a href='/a/2'>What the budget means for disaster aid</a></li>"
        "<li>Read: <a href='/a/3'>Five things to know about the deal</a></li></ul>"
    )
    assert _items(articlekit.parse(page(extra_inside=related))) == []
