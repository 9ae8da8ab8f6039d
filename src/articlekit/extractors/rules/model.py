"""What a site rule says, whatever file format it was written in."""

from __future__ import annotations

import datetime as dt

import attrs

from .selectors import Selector

__all__ = ["RULE_FIELDS", "FieldRule", "RuleVersion", "SiteRule"]

#: The fields a rule may select, with the Article field each fills.
RULE_FIELDS = {
    "headline": "headline",
    "authors": "byline",
    "published": "published",
    "modified": "modified",
    "body": "body",
    "dateline": "dateline",
    "tags": "tags",
    "top_image": "top_image",
}


@attrs.frozen
class FieldRule:
    """How one field is read: selectors tried in order (the first that matches wins), what
    to strip inside the match (body), and a little post-processing."""

    selectors: tuple[Selector, ...]
    strip: tuple[Selector, ...] = ()
    #: A regular expression the text must match; its first group (or the match) is kept.
    pattern: str | None = None
    #: strptime formats tried before the general date parser (dates only).
    date_formats: tuple[str, ...] = ()


@attrs.frozen
class RuleVersion:
    """The rules for one period of a site's markup."""

    fields: dict[str, FieldRule]
    strip: tuple[Selector, ...] = ()
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None

    def covers(self, day: dt.date) -> bool:
        return ((self.valid_from is None or self.valid_from <= day)
                and (self.valid_until is None or day <= self.valid_until))


@attrs.frozen
class SiteRule:
    """A site: its domains, its versions (by date), and where the rule was read from."""

    name: str
    domains: tuple[str, ...]
    versions: tuple[RuleVersion, ...]
    origin: str  # "built-in", "rule pack: <path>"
    path: str
    format: str  # "articlekit" (TOML) or "ftr" (Full-Text RSS)
