"""parse(): Document -> extractors the registry picks -> merged fields -> normalized -> Article."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from .document import DEFAULT_MAX_BYTES, Document
from .errors import ArticleKitError, ExtractorError, InputError
from .extractors.base import FIELDS
from .extractors.generic import GenericExtractor
from .fields.body import body_from_text
from .fields.byline import agency_name, parse_byline
from .fields.dateline import parse_dateline
from .fields.dates import parse_date
from .fields.quotes import find_quotes
from .model import Article, Block, Body, Byline, Dateline, Found, Provenance, Quote, Rejected
from .normalize import (
    absolute_url,
    clean_inline,
    clean_text,
    day_of,
    normalize_name,
    normalize_when,
)
from .registry import Registry, default_registry
from .validate import reject_reason

__all__ = ["extract", "parse"]


def parse(
    html: bytes | str | Document,
    url: str | None = None,
    *,
    headers: Mapping[str, str] | None = None,
    extractor: str | None = None,
    registry: Registry | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    now: dt.datetime | None = None,
) -> Article:
    """Turn a page into an Article.

    ``html``: the page as fetched (bytes are best: the decoder sees the BOM and the
    ``<meta charset>``), text, or a Document. ``url`` resolves relative links and picks site
    extractors; ``headers`` may carry the HTTP ``Content-Type`` and ``Content-Language``;
    ``extractor`` forces one extractor by name (the generic still fills what it leaves);
    ``now`` is when the page was fetched: relative dates ("2 hours ago", "yesterday") are
    resolved against it, and only when it is given; dates after it are dropped (default: the
    current time, with relative dates left unresolved).
    Raises only subclasses of :class:`articlekit.ArticleKitError`.
    """
    try:
        if isinstance(html, Document):
            doc = html
            if now is not None and doc.fetched_at is None:
                if not isinstance(now, dt.datetime):
                    raise InputError(f"now must be a datetime, not {type(now).__name__}")
                doc.fetched_at = now
        else:
            doc = Document(html, url, headers, max_bytes=max_bytes, fetched_at=now)
        return extract(doc, extractor=extractor, registry=registry, now=now)
    except ArticleKitError:
        raise
    except RecursionError as exc:
        raise ExtractorError(
            "the page is nested too deeply to process; this is a bug in articlekit if the "
            "page is an ordinary article, please report it"
        ) from exc
    except Exception as exc:  # noqa: BLE001 - the contract: nothing but our errors escapes
        raise ExtractorError(
            f"internal error while extracting ({type(exc).__name__}: {exc}); "
            "please report it with the page"
        ) from exc


def extract(
    doc: Document,
    *,
    extractor: str | None = None,
    registry: Registry | None = None,
    now: dt.datetime | None = None,
) -> Article:
    """Run the picked extractors on an existing Document and build the Article.

    Site extractors come first in precedence order; for each field the first of their values
    that passes its checks (validate.py) wins, and the generic extractor fills the rest. A
    value that fails is recorded in ``Article.rejected`` with the reason."""
    registry = registry or default_registry
    picked = registry.pick(doc, force=extractor)
    generic = next((ex for ex in picked if isinstance(ex, GenericExtractor)), None)
    candidates: dict[str, list[tuple[str, Found[Any], bool, bool]]] = {}
    for ex in picked:
        if ex is generic:
            continue
        trusted = extractor is not None or bool(getattr(ex, "trusted", False))
        corroborate = bool(getattr(ex, "corroborate", False))
        fields = _run(ex, doc, list(FIELDS))
        for name in FIELDS:
            found = fields.get(name)
            if found is None:
                continue
            found = _coerce(name, found, ex.name)
            if found is not None:
                candidates.setdefault(name, []).append((ex.name, found, trusted, corroborate))

    generic_found: dict[str, Found[Any] | None] = {}

    def from_generic(name: str) -> Found[Any] | None:
        if name not in generic_found:
            got = generic.extract(doc, only=[name]).get(name) if generic is not None else None
            generic_found[name] = got
        return generic_found[name]

    merged: dict[str, Found[Any]] = {}
    owner: dict[str, str] = {}
    rejected: list[Rejected] = []
    check_now = now or doc.fetched_at
    for name, found_list in candidates.items():
        for ex_name, found, trusted, corroborate in found_list:
            reason = None if trusted else reject_reason(
                name, found.value, lambda n=name: from_generic(n), check_now, corroborate)
            if reason is None:
                merged[name] = found
                owner[name] = ex_name
                break
            rejected.append(Rejected(name, ex_name, found.source, reason))
    if generic is not None:
        missing = [f for f in FIELDS if f not in merged]
        todo = [f for f in missing if f not in generic_found]
        fresh = generic.extract(doc, only=todo) if todo else {}
        for name in missing:
            found = fresh.get(name) if name in fresh else generic_found.get(name)
            if found is not None:
                merged[name] = found
                owner[name] = generic.name
        # the readings the generic extractor weighed and did not pick, for fields it gave
        rejected += [Rejected(field, generic.name, source, reason)
                     for field, source, reason in doc.lost if owner.get(field) == generic.name]
    return _build(doc, merged, owner, now, tuple(rejected))


def _run(ex: Any, doc: Document, wanted: list[str]) -> Mapping[str, Any]:
    if isinstance(ex, GenericExtractor):
        return ex.extract(doc, only=wanted)
    try:
        result = ex.extract(doc)
    except ArticleKitError:
        raise
    except Exception as exc:  # noqa: BLE001 - a plugin's failure becomes our own error type
        raise ExtractorError(f"extractor {ex.name!r} failed: {type(exc).__name__}: {exc}") from exc
    if result is None:
        return {}
    if not isinstance(result, Mapping):
        raise ExtractorError(
            f"extractor {ex.name!r} returned {type(result).__name__}; it must return a "
            "mapping of field name to value"
        )
    unknown = set(result) - set(FIELDS)
    if unknown:
        raise ExtractorError(
            f"extractor {ex.name!r} returned unknown fields {sorted(unknown)}; "
            f"known fields: {', '.join(FIELDS)}"
        )
    return result


# -- coercion: plugins may return plain values; turn them into the model's types ------------
def _coerce(name: str, found: Any, ex_name: str) -> Found[Any] | None:
    if isinstance(found, Found):
        value, source = found.value, found.source
    else:
        value, source = found, "extractor"
    if value is None:
        return None
    try:
        value = _COERCE[name](value)
    except (TypeError, ValueError, KeyError) as exc:
        raise ExtractorError(
            f"extractor {ex_name!r} returned a {type(value).__name__} for {name!r} "
            f"that cannot be used: {exc}"
        ) from exc
    if value is None or value == () or (isinstance(value, Body) and not value):
        return None
    return Found(value, source)


def _str(value: Any) -> str | None:
    if not isinstance(value, str):
        raise TypeError("expected a str")
    return value


def _byline(value: Any) -> Byline | None:
    if isinstance(value, Byline):
        return value
    if isinstance(value, str):
        return parse_byline(value)
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return parse_byline(" and ".join(value))
    raise TypeError("expected a Byline, a str or a list of names")


def _dateline(value: Any) -> Dateline | None:
    if isinstance(value, Dateline):
        return value
    if isinstance(value, str):
        return parse_dateline(value, None)
    raise TypeError("expected a Dateline or a str")


def _when(value: Any) -> dt.date | dt.datetime | None:
    if isinstance(value, (dt.date, dt.datetime)):
        return value
    if isinstance(value, str):
        return parse_date(value)
    raise TypeError("expected a date, a datetime or a date string")


def _body(value: Any) -> Body:
    if isinstance(value, Body):
        return value
    if isinstance(value, str):
        return body_from_text(value)
    if isinstance(value, (list, tuple)):
        if all(isinstance(v, Block) for v in value):
            return Body(tuple(value))
        if all(isinstance(v, str) for v in value):
            return body_from_text("\n\n".join(value))
    raise TypeError("expected a Body, a str or a list of paragraphs")


def _quotes(value: Any) -> tuple[Quote, ...]:
    if isinstance(value, (list, tuple)) and all(isinstance(v, Quote) for v in value):
        return tuple(value)
    raise TypeError("expected a list of Quote")


def _tags(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = value.split(",")
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise TypeError("expected a list of str")


_COERCE = {
    "canonical_url": _str,
    "headline": _str,
    "byline": _byline,
    "dateline": _dateline,
    "published": _when,
    "modified": _when,
    "body": _body,
    "quotes": _quotes,
    "site_name": _str,
    "description": _str,
    "language": _str,
    "top_image": _str,
    "tags": _tags,
}


# -- normalisation and assembly ---------------------------------------------------------------
_LANG = re.compile(r"^([A-Za-z]{2,3})(?:[-_]([A-Za-z0-9]{2,8}))?")


def _language(value: str | None) -> str | None:
    """"en_us" -> "en-US", "PT-br" -> "pt-BR": BCP 47 casing of the primary and region tags."""
    if not value:
        return None
    m = _LANG.match(value.strip())
    if not m:
        return None
    primary, region = m.group(1).lower(), m.group(2)
    if region:
        region = region.upper() if len(region) == 2 else region.title()
        return f"{primary}-{region}"
    return primary


def _normal_byline(b: Byline) -> Byline | None:
    authors = tuple(
        type(a)(normalize_name(a.name), clean_inline(a.role), clean_inline(a.organisation))
        for a in b.authors
        if clean_inline(a.name)
    )
    if not authors and not b.agency:
        return None
    return Byline(clean_inline(b.raw) or "", authors, clean_inline(b.agency))


def _normal_body(body: Body) -> Body:
    blocks = []
    for b in body.blocks:
        text = clean_text(b.text)
        if text:
            blocks.append(Block(b.kind, text))
    return Body(tuple(blocks))


def _normal_tags(tags: tuple[str, ...]) -> tuple[str, ...]:
    seen: set[str] = set()
    out = []
    for t in tags:
        t2 = clean_inline(t)
        if t2 and t2.casefold() not in seen:
            seen.add(t2.casefold())
            out.append(t2)
    return tuple(out)


def _build(
    doc: Document, merged: dict[str, Found[Any]], owner: dict[str, str], now: dt.datetime | None,
    rejected: tuple[Rejected, ...] = (),
) -> Article:
    v = {name: f.value for name, f in merged.items()}
    base = doc.base_url
    out: dict[str, Any] = {
        "url": doc.url,
        "canonical_url": absolute_url(v.get("canonical_url"), base),
        "headline": clean_inline(v.get("headline")),
        "byline": _normal_byline(v["byline"]) if "byline" in v else None,
        "published": normalize_when(v.get("published"), now=now),
        "modified": normalize_when(v.get("modified"), now=now),
        "body": _normal_body(v["body"]) if "body" in v else Body(),
        "site_name": clean_inline(v.get("site_name")),
        "description": clean_inline(v.get("description")),
        "language": _language(v.get("language")),
        "top_image": absolute_url(v.get("top_image"), base),
        "tags": _normal_tags(v.get("tags", ())),
    }
    # A modified stamp before publication is a page error; keep the publication date only.
    pub, mod = out["published"], out["modified"]
    if pub is not None and mod is not None and day_of(mod) < day_of(pub):
        out["modified"] = None

    # Derived fields come from the final, normalised body so their offsets are exact.
    body_text = out["body"].text
    sources = dict(merged)
    if "dateline" in v:
        out["dateline"] = v["dateline"]
    else:
        out["dateline"] = parse_dateline(body_text[:400], out["published"]) if body_text else None
        if out["dateline"] is not None:
            sources["dateline"] = Found(None, "body:first sentence")
            owner["dateline"] = owner.get("body", "generic")
    # The wire agency named in the dateline ("LONDON (Reuters) -") is the byline's agency too.
    byline, dateline = out["byline"], out["dateline"]
    if byline is not None and byline.agency is None and dateline is not None and dateline.agency:
        known = agency_name(dateline.agency)
        if known:
            out["byline"] = Byline(byline.raw, byline.authors, known)
    if "quotes" in v:
        out["quotes"] = v["quotes"]
    else:
        out["quotes"] = find_quotes(body_text, out.get("headline"))
        if out["quotes"]:
            sources["quotes"] = Found(None, "body:quotation marks")
            owner["quotes"] = owner.get("body", "generic")

    provenance = tuple(
        Provenance(name, owner[name], sources[name].source)
        for name in FIELDS
        if name in sources and _present(out.get(name))
    )
    return Article(provenance=provenance, rejected=rejected, **out)


def _present(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, (tuple, Body)):
        return bool(value)
    return True


