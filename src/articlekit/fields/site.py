"""Page-level fields: canonical URL, site name, description, language, top image, tags."""

from __future__ import annotations

import re

from ..document import Document
from ..model import Found
from ._ld import article_objects, ld_text

__all__ = [
    "extract_canonical_url",
    "extract_description",
    "extract_language",
    "extract_site_name",
    "extract_tags",
    "extract_top_image",
]


def extract_canonical_url(doc: Document) -> Found[str] | None:
    if doc.canonical_url:
        return Found(doc.canonical_url, "link:canonical")
    hit = doc.meta_first("og:url")
    if hit:
        return Found(hit[0], f"meta:{hit[1]}")
    return None


def extract_site_name(doc: Document) -> Found[str] | None:
    hit = doc.meta_first("og:site_name", "application-name", "al:android:app_name", "al:ios:app_name")
    if hit:
        return Found(hit[0], f"meta:{hit[1]}")
    for obj in article_objects(doc):
        pub = doc.resolve_ld(obj.get("publisher"))
        for name in ld_text(pub):
            return Found(name, "json-ld:publisher")
    return None


def extract_description(doc: Document) -> Found[str] | None:
    hit = doc.meta_first("og:description", "description", "twitter:description", "dc.description")
    if hit:
        return Found(hit[0], f"meta:{hit[1]}")
    for obj in article_objects(doc):
        for text in ld_text(obj.get("description")):
            return Found(text, "json-ld:description")
    return None


def extract_language(doc: Document) -> Found[str] | None:
    if doc.lang:
        return Found(doc.lang, "html:lang")
    hit = doc.meta_first("content-language", "og:locale", "language", "dc.language", "inlanguage")
    if hit:
        return Found(hit[0], f"meta:{hit[1]}")
    for obj in article_objects(doc):
        for text in ld_text(obj.get("inLanguage")):
            return Found(text, "json-ld:inLanguage")
    for key, value in doc.headers.items():
        if str(key).lower() == "content-language" and value:
            return Found(str(value).split(",")[0], "http:content-language")
    return None


def extract_top_image(doc: Document) -> Found[str] | None:
    hit = doc.meta_first("og:image:secure_url", "og:image", "og:image:url", "twitter:image",
                         "twitter:image:src")
    if hit:
        return Found(hit[0], f"meta:{hit[1]}")
    for obj in article_objects(doc):
        image = doc.resolve_ld(obj.get("image"))
        if isinstance(image, list) and image:
            image = doc.resolve_ld(image[0])
        if isinstance(image, dict):
            image = image.get("url") or image.get("contentUrl")
        if isinstance(image, str) and image.strip():
            return Found(image.strip(), "json-ld:image")
    for link in doc.tree.iter("link"):
        if (link.get("rel") or "").lower() == "image_src" and link.get("href"):
            return Found(link.get("href", ""), "link:image_src")
    return None


def extract_tags(doc: Document) -> Found[tuple[str, ...]] | None:
    tags = doc.meta.get("article:tag")
    if tags:
        return Found(tuple(tags), "meta:article:tag")
    for obj in article_objects(doc):
        keywords = obj.get("keywords")
        if isinstance(keywords, str) and keywords.strip():
            return Found(tuple(k for k in keywords.split(",") if k.strip()), "json-ld:keywords")
        if isinstance(keywords, list):
            words = tuple(k for k in keywords if isinstance(k, str) and k.strip())
            if words:
                return Found(words, "json-ld:keywords")
    visible = _visible_tags(doc)
    if visible:
        return Found(visible, "visible:tag links")
    hit = doc.meta_first("news_keywords", "keywords")
    if hit:
        return Found(tuple(k for k in hit[0].split(",") if k.strip()), f"meta:{hit[1]}")
    return None


_TAG_BOX = re.compile(r"(?:^|[-_\s])(?:tags?|tag-?list|topics|themen|keywords|schlagworte)(?:$|[-_\s])", re.I)


def _visible_tags(doc: Document) -> tuple[str, ...]:
    """The story's tag links: rel="tag", or the links of a box named like a tag list."""
    links = [a for a in (doc.body.iter("a") if doc.body is not None else ()) if
             "tag" in (a.get("rel") or "").lower().split()]
    if not links:
        for el, _names in doc.named_elements:
            if _TAG_BOX.search((el.get("class") or "")[:300]) or _TAG_BOX.search((el.get("data-testid") or "")[:300]):
                links = list(el.iter("a"))
                if links:
                    break
    tags = []
    for a in links[:30]:
        text = " ".join("".join(a.itertext()).split()).lstrip("#")
        if 0 < len(text) <= 40 and text not in tags:
            tags.append(text)
    return tuple(tags)
