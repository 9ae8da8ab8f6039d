"""What a fixture's JSON records of an Article, shared by the test and the regenerate script."""

from __future__ import annotations

from typing import Any

from articlekit import Article


def project(article: Article) -> dict[str, Any]:
    d = article.to_dict()
    return {
        "headline": d["headline"],
        "authors": [a["name"] for a in (d["byline"] or {}).get("authors", [])],
        "agency": (d["byline"] or {}).get("agency"),
        "published": d["published"],
        "modified": d["modified"],
        "dateline": d["dateline"],
        "blocks": [[b["kind"], b["text"]] for b in d["body"]["blocks"]],
        # which reading of the page gave the body: the scored container or a fallback
        "body_source": body.source if (body := article.source_of("body")) is not None else None,
        "quotes": [{"text": q["text"], "speaker": q["speaker"]} for q in d["quotes"]],
        "site_name": d["site_name"],
        "language": d["language"],
        "canonical_url": d["canonical_url"],
        "top_image": d["top_image"],
        "tags": d["tags"],
    }
