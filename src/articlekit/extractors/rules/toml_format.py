r"""articlekit's rule format: one TOML file per site.

```toml
name = "example"                    # default: the file's name without .toml
domains = ["example.com"]           # also matches www. and subdomains; "*.example.com": only subdomains
strip = ["aside", "//div[@class='share']"]   # left out of every field
valid_from = 2021-03-01             # optional: the period this markup was used
valid_until = 2024-12-31

headline = "h1.article-title"       # a field: one selector ...
authors = ["a[rel=author]", ".byline .name"]   # ... or several, tried in order

[published]                         # ... or a table
select = "time[datetime]::attr(datetime)"
date_format = "%d.%m.%Y %H:%M"      # strptime format(s) tried first
pattern = '(\d+\.\d+\.\d{4})'       # keep this part of the text (the first group)

[body]
select = "div.article-body"
strip = ["figure", ".related"]

[[version]]                         # optional: earlier or later markup, fields of its own
valid_until = 2021-02-28
body = "div#story"
```

Fields: headline, authors, published, modified, body, dateline, tags, top_image. Unknown
keys are errors here (a typo should not pass silently), unlike in Full-Text RSS packs.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path
from typing import Any

from .model import RULE_FIELDS, FieldRule, RuleVersion, SiteRule
from .selectors import RuleSyntaxError, Selector

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = ["read_toml_rule"]

_TOP_KEYS = {"name", "domains", "strip", "valid_from", "valid_until", "version", *RULE_FIELDS}
_VERSION_KEYS = {"strip", "valid_from", "valid_until", *RULE_FIELDS}
_FIELD_KEYS = {"select", "strip", "pattern", "date_format"}


def read_toml_rule(path: Path, origin: str) -> SiteRule:
    """The rule in one TOML file; RuleSyntaxError naming the file when it is not valid."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleSyntaxError(f"{path}: cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise RuleSyntaxError(f"{path}: not valid TOML: {exc}") from None
    try:
        return _rule(data, path, origin)
    except RuleSyntaxError as exc:
        raise RuleSyntaxError(f"{path}: {exc}") from None
    except (TypeError, ValueError, AttributeError) as exc:  # a value of the wrong type
        raise RuleSyntaxError(f"{path}: a value has the wrong type ({exc}); see the format in "
                              "docs/sites.md") from None


def _rule(data: dict[str, Any], path: Path, origin: str) -> SiteRule:
    _no_unknown(data, _TOP_KEYS, "rule")
    domains = data.get("domains")
    if isinstance(domains, str):
        domains = [domains]
    if not isinstance(domains, list) or not domains or not all(
            isinstance(d, str) and d.strip() for d in domains):
        raise RuleSyntaxError("'domains' must list at least one domain, e.g. [\"example.com\"]")
    name = data.get("name", path.name.removesuffix(".toml"))
    if not isinstance(name, str) or not re.fullmatch(r"[\w.:-]+", name):
        raise RuleSyntaxError(f"'name' must be a word (letters, digits, . - _ :), not {name!r}")
    base = _version(data)
    extras = data.get("version", [])
    if not isinstance(extras, list):
        raise RuleSyntaxError("'version' must be [[version]] tables")
    versions = []
    for extra in extras:
        if not isinstance(extra, dict):
            raise RuleSyntaxError("[[version]] entries must be tables")
        _no_unknown(extra, _VERSION_KEYS, "[[version]]")
        own = _version(extra)
        versions.append(RuleVersion({**base.fields, **own.fields}, base.strip + own.strip,
                                    own.valid_from, own.valid_until))
    # the top level is a version too (the current markup), tried after the dated ones
    versions.append(base)
    if not any(v.fields for v in versions):
        raise RuleSyntaxError("the rule selects no field (headline, authors, body ...)")
    for v in versions:  # compile now: a bad selector is the author's error at load time
        for field in v.fields.values():
            for s in (*field.selectors, *field.strip):
                s.compile()
        for s in v.strip:
            s.compile()
    return SiteRule(name, tuple(d.strip().lower() for d in domains), tuple(versions), origin,
                    str(path), "articlekit")


def _no_unknown(data: dict[str, Any], known: set[str], where: str) -> None:
    unknown = sorted(set(data) - known)
    if unknown:
        raise RuleSyntaxError(f"unknown key(s) in {where}: {', '.join(unknown)} "
                              f"(known: {', '.join(sorted(known))})")


def _selectors(value: Any, key: str) -> tuple[Selector, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value:
        raise RuleSyntaxError(f"{key!r} must be a selector or a list of selectors")
    return tuple(Selector(v) for v in value)


def _day(value: Any, key: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise RuleSyntaxError(f"{key!r} must be a date (2024-01-31), not {value!r}")


def _version(data: dict[str, Any]) -> RuleVersion:
    fields = {}
    for name in RULE_FIELDS:
        if name in data:
            fields[name] = _field(data[name], name)
    strip = _selectors(data["strip"], "strip") if "strip" in data else ()
    return RuleVersion(fields, strip, _day(data.get("valid_from"), "valid_from"),
                       _day(data.get("valid_until"), "valid_until"))


def _field(value: Any, name: str) -> FieldRule:
    if not isinstance(value, dict):
        return FieldRule(_selectors(value, name))
    _no_unknown(value, _FIELD_KEYS, f"[{name}]")
    if "select" not in value:
        raise RuleSyntaxError(f"[{name}] needs 'select'")
    pattern = value.get("pattern")
    if pattern is not None:
        if not isinstance(pattern, str):
            raise RuleSyntaxError(f"[{name}] pattern must be a string (a regular expression)")
        try:
            re.compile(pattern)
        except re.error as exc:
            raise RuleSyntaxError(f"[{name}] pattern {pattern!r} is not a regular expression: "
                                  f"{exc}") from None
    formats = value.get("date_format", ())
    if isinstance(formats, str):
        formats = (formats,)
    if not isinstance(formats, (list, tuple)) or not all(isinstance(f, str) for f in formats):
        raise RuleSyntaxError(f"[{name}] date_format must be a string or a list of strings")
    return FieldRule(_selectors(value["select"], f"{name}.select"),
                     _selectors(value["strip"], f"{name}.strip") if "strip" in value else (),
                     pattern, tuple(formats))
