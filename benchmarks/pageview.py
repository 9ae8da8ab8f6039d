"""Show a corpus page as a reader sees it, for labelling by hand.

``python -m benchmarks.pageview list [CORPUS]`` lists page ids (``readability/001``,
``mercury/www.nytimes.com--feature.html``, ``newspaper/cnn_article`` ...);
``python -m benchmarks.pageview show ID`` prints the page's URL, head metadata (every
``<meta>`` as written, both the ``content=`` and the ``value=`` spelling, and the JSON-LD
fields a labeller checks) and then its visible text, one block per line, each line led by
its tag and, when the enclosing landmark changes, a ``==`` line naming it
(``== div#main.article-body``), so that navigation, related lists and footers are told
apart from the story. Links are shown ``[[like this]]``; hidden elements are left out.

This is a neutral rendering of the whole page, not an extraction: it keeps every visible
word, whatever it is, and uses lxml alone (never articlekit or any peer), so labels made
from it come from reading the page.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from .sets import page_bytes, page_ids, page_url, shared_root

CORPORA = ("readability", "mercury", "newspaper", "scrapinghub")

_BLOCKS = frozenset(
    "p h1 h2 h3 h4 h5 h6 li dt dd blockquote pre tr figcaption caption td th div section "
    "article main header footer nav aside ul ol dl table form figure address center".split()
)
_LANDMARKS = frozenset("article main header footer nav aside section form figure".split())
_DROP = frozenset("script style noscript template svg head title meta link iframe object".split())
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _tree(data: bytes) -> etree._Element:
    parser = etree.HTMLParser(encoding="utf-8", remove_comments=True, no_network=True)
    text = data.decode("utf-8", "replace").lstrip("\ufeff")
    root = etree.fromstring(text.encode("utf-8"), parser)
    return root if root is not None else etree.fromstring(b"<html><body/></html>", parser)


def _label(el: etree._Element) -> str:
    out = el.tag
    if el.get("id"):
        out += "#" + el.get("id", "")[:40]
    if el.get("class"):
        out += "." + ".".join(el.get("class", "").split())[:80]
    for attr in ("role", "itemprop", "rel"):
        if el.get(attr):
            out += f"[{attr}={el.get(attr)}]"
    return out


def _hidden(el: etree._Element) -> bool:
    return (
        el.get("hidden") is not None
        or el.get("aria-hidden") == "true"
        or bool(_HIDDEN.search(el.get("style") or ""))
    )


def _inline(el: etree._Element, out: list[str]) -> None:
    """Text of an element's inline content; nested blocks are rendered on their own."""
    if el.text:
        out.append(el.text)
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else None
        if tag and tag not in _DROP and not _hidden(child) and tag not in _BLOCKS:
            if tag == "br":
                out.append(" / ")
            elif tag == "a":
                inner: list[str] = []
                _inline(child, inner)
                words = " ".join("".join(inner).split())
                if words:
                    out.append(f" [[{words}]] ")
            elif tag == "img":
                if child.get("alt"):
                    out.append(f" (img alt: {child.get('alt')}) ")
            else:
                _inline(child, out)
        elif tag in _BLOCKS:
            out.append(" ")
        if child.tail:
            out.append(child.tail)


def render(root: etree._Element) -> Iterator[str]:
    """Visible text, one block per line, led by its tag; landmark changes as ``==`` lines."""
    body = root.find("body")
    if body is None:
        body = root
    last_landmark = None

    def landmark(el: etree._Element) -> str:
        chain = []
        for a in reversed(list(el.iterancestors())):
            if a.tag in ("html", "body"):
                continue
            if a.tag in _LANDMARKS or a.get("id") or a.get("role") or (
                a.get("class") and a.tag in ("div", "section", "article", "main", "ul", "aside")
            ):
                chain.append(_label(a))
        return " > ".join(chain[-3:]) or "body"

    def walk(el: etree._Element) -> Iterator[str]:
        nonlocal last_landmark
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else None
            if tag is None or tag in _DROP or _hidden(child):
                continue
            if tag in _BLOCKS:
                parts: list[str] = []
                _inline(child, parts)
                text = " ".join("".join(parts).split())
                if text and text != "/":
                    lm = landmark(child)
                    if lm != last_landmark:
                        yield f"== {lm}"
                        last_landmark = lm
                    yield f"[{tag}] {text}"
            # inline elements may hold blocks too (<font><p>, <a><div>): walk every element
            yield from walk(child)

    # text written straight into <body>, between its blocks
    parts: list[str] = []
    _inline(body, parts)
    loose = " ".join("".join(parts).split())
    if loose and loose != "/":
        yield "[body] " + loose
    yield from walk(body)


def head_info(root: etree._Element) -> Iterator[str]:
    title = root.find(".//title")
    if title is not None:
        yield "<title>: " + " ".join("".join(title.itertext()).split())
    yield "<html lang>: " + str(root.get("lang"))
    for m in root.iter("meta"):
        key = m.get("property") or m.get("name") or m.get("itemprop") or m.get("http-equiv")
        value = m.get("content") if m.get("content") is not None else m.get("value")
        if key and value and len(value) < 400:
            yield f"<meta {key}> {value}"
    for s in root.iter("script"):
        if (s.get("type") or "").lower() == "application/ld+json" and s.text:
            try:
                data = json.loads(s.text, strict=False)
            except ValueError:
                yield "JSON-LD (unparseable): " + " ".join(s.text.split())[:600]
                continue
            yield "JSON-LD: " + json.dumps(_ld_summary(data), ensure_ascii=False)[:1500]
    for t in root.iter("time"):
        yield f"<time datetime={t.get('datetime')!r}> " + " ".join("".join(t.itertext()).split())


def _ld_summary(data: object) -> object:
    keep = {"@type", "headline", "name", "author", "datePublished", "dateModified", "dateCreated",
            "creator", "@graph"}
    if isinstance(data, list):
        return [_ld_summary(d) for d in data[:10]]
    if isinstance(data, dict):
        return {k: _ld_summary(v) for k, v in data.items() if k in keep}
    return data


def _shared() -> Path:
    root = shared_root()
    if root is None:
        raise SystemExit("corpora not found: set ARTICLEKIT_SHARED_CORPORA or put them in ../shared/corpora")
    return root


def show(page_id: str, limit: int) -> str:
    shared = _shared()
    if page_id.partition("/")[0] not in CORPORA:
        raise SystemExit(f"unknown corpus in {page_id!r}; known: {', '.join(CORPORA)}")
    root = _tree(page_bytes(shared, page_id))
    url = page_url(shared, page_id)
    lines = [f"# {page_id}", *([f"url: {url}"] if url else []), *head_info(root), "", "# visible text", ""]
    text = list(render(root))
    body = "\n".join(text)
    if len(body) > limit:
        head, tail = body[: limit * 2 // 3], body[-limit // 3 :]
        body = head + f"\n\n[... {len(body) - limit} characters of the middle left out ...]\n\n" + tail
    return "\n".join(lines) + body


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.pageview", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p_list = sub.add_parser("list")
    p_list.add_argument("corpus", nargs="?", choices=CORPORA)
    p_show = sub.add_parser("show")
    p_show.add_argument("page_id")
    p_show.add_argument("--limit", type=int, default=60000, help="characters of visible text")
    args = parser.parse_args(argv)
    if args.command == "list":
        for corpus in [args.corpus] if args.corpus else CORPORA:
            print("\n".join(page_ids(corpus, _shared())))
    else:
        sys.stdout.write(show(args.page_id, args.limit) + "\n")


if __name__ == "__main__":
    main()
