"""Declarative site rules: articlekit's TOML files and Full-Text RSS site configs, read into
extractors the registry runs like Python ones (``Registry.load_rules``)."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import attrs

from .extractor import RuleExtractor
from .ftr_format import read_ftr_rule
from .model import RULE_FIELDS, FieldRule, RuleVersion, SiteRule
from .selectors import RuleSyntaxError, Selector
from .toml_format import read_toml_rule

__all__ = [
    "RULE_FIELDS",
    "FieldRule",
    "RuleExtractor",
    "RulePack",
    "RuleSyntaxError",
    "RuleVersion",
    "Selector",
    "SiteRule",
    "read_rules",
]


@attrs.frozen
class RulePack:
    """The rules read from one path, and what was skipped while reading them."""

    path: str
    rules: tuple[SiteRule, ...]
    #: ignored directives and invalid selectors of Full-Text RSS files, by kind
    ignored: Counter[str]
    files: int


def _rule_files(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for folder, dirs, files in os.walk(path):
            dirs.sort()
            for name in sorted(files):
                if name.endswith((".toml", ".txt")) and not name.startswith(("README", "LICENSE")):
                    yield Path(folder, name)
    else:
        yield path


def read_rules(path: str | os.PathLike[str], origin: str | None = None) -> RulePack:
    """Rules from a file or a directory (recursively): ``*.toml`` in articlekit's format,
    ``*.txt`` in the Full-Text RSS format. A TOML file that is wrong raises RuleSyntaxError
    naming it; a Full-Text RSS line that cannot be used is skipped and counted."""
    root = Path(path)
    if not root.exists():
        raise RuleSyntaxError(f"no such rule file or directory: {root}")
    origin = origin or f"rule pack: {root}"
    rules: list[SiteRule] = []
    ignored: Counter[str] = Counter()
    files = 0
    for file in _rule_files(root):
        files += 1
        if file.suffix == ".toml":
            rules.append(read_toml_rule(file, origin))
        elif file.suffix == ".txt":
            rule = read_ftr_rule(file, origin, ignored)
            if rule is not None:
                rules.append(rule)
        else:
            raise RuleSyntaxError(f"{file}: a rule file is .toml (articlekit) or .txt "
                                  "(Full-Text RSS)")
    return RulePack(str(root), tuple(rules), ignored, files)
