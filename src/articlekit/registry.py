"""Which extractors run on a page, and in what order.

Precedence is deterministic: site extractors whose domain patterns match the page, ordered by
``priority`` (higher first), then by how specific their pattern is (``news.example.com``
before ``example.com``), then by registration order; the generic extractor always comes last
and fills whatever the site extractors left empty. Third-party extractors are found through
the entry-point group ``articlekit.extractors`` on first use (loaded lazily, like Pygments'
plugins), so importing articlekit stays cheap.
"""

from __future__ import annotations

import itertools
import os
import warnings
from collections.abc import Callable, Iterable
from importlib.metadata import entry_points
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from .errors import ExtractorError, UnknownExtractorError
from .extractors.base import Extractor, FunctionExtractor, domain_matches, pattern_specificity
from .extractors.generic import GenericExtractor

if TYPE_CHECKING:
    from .document import Document

__all__ = [
    "BUILTIN_RULES",
    "ENTRY_POINT_GROUP",
    "RULES_ENV",
    "Registry",
    "RegistryEntry",
    "default_registry",
    "load_rules",
    "register",
    "registry_with_rules",
]

ENTRY_POINT_GROUP = "articlekit.extractors"
GENERIC = "generic"
#: Rule files or folders to load into every discovering registry, separated by os.pathsep.
RULES_ENV = "ARTICLEKIT_RULES"
#: The built-in site extractors: one rule file per publisher.
BUILTIN_RULES = Path(__file__).resolve().parent / "extractors" / "sites"
#: Built-in rules rank below every extractor a user adds for the same site.
BUILTIN_PRIORITY = -10

F = TypeVar("F", bound=Callable[..., Any])


@attrs.frozen
class RegistryEntry:
    """One registered extractor and what the registry knows of it."""

    name: str
    extractor: Extractor
    domains: tuple[str, ...]
    priority: int
    origin: str  # "built-in", "code" (register() at run time) or "entry point: <dist>"
    order: int


class Registry:
    """A set of extractors and the rules that pick them for a page."""

    def __init__(self, *, builtins: bool = True, discover: bool = True) -> None:
        self._entries: dict[str, RegistryEntry] = {}
        self._counter = itertools.count()
        self._discover = discover
        self._discovered = False
        self._builtins = builtins
        self._builtins_loaded = not builtins
        self._packs: list[Any] = []
        # domain -> the entries whose patterns name it (built on first pick, reset by add)
        self._index: dict[str, list[RegistryEntry]] | None = None
        self._anywhere: list[RegistryEntry] = []
        if builtins:
            self.add(GenericExtractor(), origin="built-in")

    # -- adding ----------------------------------------------------------------------------
    def add(
        self,
        extractor: Extractor,
        *,
        domains: Iterable[str] | None = None,
        priority: int = 0,
        origin: str = "code",
        replace: bool = False,
    ) -> Extractor:
        """Register an extractor object; returns it.

        ``domains`` defaults to the extractor's own ``domains`` attribute when it has one.
        """
        name = getattr(extractor, "name", None)
        if not isinstance(name, str) or not name:
            raise ExtractorError(f"{extractor!r} has no name; give it a non-empty str 'name'")
        if not callable(getattr(extractor, "extract", None)) or not callable(
            getattr(extractor, "applies_to", None)
        ):
            raise ExtractorError(
                f"{name!r} is not an extractor: it needs applies_to(doc) and extract(doc)"
            )
        existing = self._entries.get(name)
        if existing is not None and existing.extractor is extractor:
            return extractor  # the same object again (a decorated plugin loaded by entry point)
        if name in self._entries and not replace:
            raise ExtractorError(
                f"an extractor named {name!r} is already registered "
                f"({self._entries[name].origin}); pick another name or pass replace=True"
            )
        doms = tuple(domains if domains is not None else getattr(extractor, "domains", ()))
        self._entries[name] = RegistryEntry(
            name, extractor, doms, priority, origin, next(self._counter)
        )
        self._index = None
        return extractor

    def remove(self, name: str) -> None:
        """Take an extractor out (a built-in you do not want, say); UnknownExtractorError if
        none has that name."""
        self._ensure_discovered()
        if name not in self._entries:
            raise UnknownExtractorError(f"no extractor named {name!r} to remove")
        del self._entries[name]
        self._index = None

    def register(
        self, *domains: str, name: str | None = None, priority: int = 0, trusted: bool = False
    ) -> Callable[[F], F]:
        """Decorator: ``@registry.register("example.com")`` on a function ``doc -> fields``.

        The function returns a mapping of field name to value (or to ``Found(value, source)``).
        Its values win over the generic extractor's when they pass the checks of
        ``articlekit.validate`` (a body of some length, names that look like names ...), or
        always with ``trusted=True``.
        """
        if not domains:
            raise ExtractorError("register() needs at least one domain pattern, e.g. 'example.com'")

        def decorate(function: F) -> F:
            extractor = FunctionExtractor(
                name or getattr(function, "__name__", "extractor"), function, tuple(domains),
                trusted,
            )
            self.add(extractor, priority=priority)
            function.articlekit_extractor = extractor  # type: ignore[attr-defined]
            return function

        return decorate

    # -- rules -----------------------------------------------------------------------------
    def load_rules(self, path: str | os.PathLike[str], *, priority: int = 0,
                   origin: str | None = None) -> list[str]:
        """Add the site rules of a file or a folder (``*.toml``: articlekit's format, ``*.txt``:
        Full-Text RSS site configs); returns the names added. A rule named like one already
        loaded from rules replaces it (a later pack overrides an earlier one)."""
        from .extractors.rules import RuleExtractor, read_rules

        self._ensure_discovered()  # built-ins and plugins first: rules loaded now replace them
        pack = read_rules(path, origin)
        self._packs.append(pack)
        added = []
        for rule in pack.rules:
            existing = self._entries.get(rule.name)
            if existing is not None and not isinstance(existing.extractor, RuleExtractor):
                warnings.warn(f"articlekit: rule {rule.name!r} from {rule.path} is not loaded: "
                              f"an extractor of that name is registered ({existing.origin})",
                              RuntimeWarning, stacklevel=2)
                continue
            self.add(RuleExtractor(rule), priority=priority, origin=rule.origin, replace=True)
            added.append(rule.name)
        return added

    def rule_packs(self) -> tuple[Any, ...]:
        """What each load_rules() call read: its path, its rules, the files, and the
        Full-Text RSS directives and selectors it ignored (``RulePack``)."""
        self._ensure_discovered()
        return tuple(self._packs)

    def _ensure_builtins(self) -> None:
        if not self._builtins_loaded:
            self._builtins_loaded = True
            self.load_rules(BUILTIN_RULES, priority=BUILTIN_PRIORITY, origin="built-in")

    # -- plugins ---------------------------------------------------------------------------
    def _ensure_discovered(self) -> None:
        self._ensure_builtins()
        if self._discover and not self._discovered:
            self._discovered = True
            self.load_entry_points()
            for path in filter(None, os.environ.get(RULES_ENV, "").split(os.pathsep)):
                try:
                    self.load_rules(path, origin=f"{RULES_ENV}: {path}")
                except Exception as exc:  # noqa: BLE001 - a broken pack must not stop every parse
                    warnings.warn(f"articlekit: rules in ${RULES_ENV} not loaded: {exc}",
                                  RuntimeWarning, stacklevel=2)

    def load_entry_points(self) -> list[str]:
        """Load the extractors installed packages declare; returns the names added.

        A plugin that fails to load is skipped with a warning: one broken package must not
        stop every parse.
        """
        added = []
        for ep in entry_points(group=ENTRY_POINT_GROUP):
            if ep.name in self._entries:
                continue
            dist = getattr(getattr(ep, "dist", None), "name", None) or ep.value
            try:
                obj = ep.load()
                extractor = _as_extractor(obj, ep.name)
                self.add(extractor, origin=f"entry point: {dist}")
            except Exception as exc:  # noqa: BLE001 - any plugin failure is reported, not raised
                warnings.warn(
                    f"articlekit: extractor plugin {ep.name!r} from {dist} failed to load: {exc}",
                    RuntimeWarning,
                    stacklevel=2,
                )
                continue
            added.append(ep.name)
        return added

    # -- reading ---------------------------------------------------------------------------
    def entries(self) -> tuple[RegistryEntry, ...]:
        self._ensure_discovered()
        return tuple(sorted(self._entries.values(), key=lambda e: e.order))

    def names(self) -> tuple[str, ...]:
        return tuple(e.name for e in self.entries())

    def get(self, name: str) -> Extractor:
        self._ensure_discovered()
        try:
            return self._entries[name].extractor
        except KeyError:
            known = ", ".join(sorted(self._entries)) or "none"
            raise UnknownExtractorError(
                f"no extractor named {name!r}; registered: {known}"
            ) from None

    def __contains__(self, name: object) -> bool:
        self._ensure_discovered()
        return name in self._entries

    def _candidates(self, domain: str | None) -> list[RegistryEntry]:
        """The entries that may apply to a page of ``domain``, in registration order: those
        with no domain, and those whose patterns name the domain or a parent of it (looked
        up in an index, so thousands of site rules cost a few dict lookups a page)."""
        if self._index is None:
            index: dict[str, list[RegistryEntry]] = {}
            anywhere: list[RegistryEntry] = []
            for entry in self._entries.values():
                if not entry.domains:
                    anywhere.append(entry)
                for pattern in entry.domains:
                    key = pattern.lower().removeprefix("www.").removeprefix("*.")
                    index.setdefault(key, []).append(entry)
            self._index, self._anywhere = index, anywhere
        found = {id(e): e for e in self._anywhere}
        for key in _domain_keys(domain):
            for entry in self._index.get(key, ()):
                found[id(entry)] = entry
        return sorted(found.values(), key=lambda e: e.order)

    def pick(self, doc: Document, *, force: str | None = None) -> tuple[Extractor, ...]:
        """The extractors to run on ``doc``, highest precedence first, the generic last."""
        self._ensure_discovered()
        generic = self._entries.get(GENERIC)
        if force is not None:
            chosen = self.get(force)
            if generic is None or chosen is generic.extractor:
                return (chosen,)
            return (chosen, generic.extractor)
        matched = [entry for entry in self._candidates(doc.domain)
                   if entry.name != GENERIC and _applies(entry, doc)]
        matched.sort(key=lambda e: (-e.priority, -pattern_specificity(e.domains), e.order))
        picked = [e.extractor for e in matched]
        if generic is not None:
            picked.append(generic.extractor)
        return tuple(picked)


def _domain_keys(domain: str | None) -> list[str]:
    """The domain and each parent domain ("a.b.com", "b.com", "com"): the index keys a page's
    domain can match under."""
    if not domain:
        return []
    labels = domain.lower().removeprefix("www.").split(".")
    return [".".join(labels[i:]) for i in range(len(labels))]


def _applies(entry: RegistryEntry, doc: Document) -> bool:
    if entry.domains and not domain_matches(doc.domain, entry.domains):
        return False
    try:
        return bool(entry.extractor.applies_to(doc))
    except Exception as exc:  # noqa: BLE001 - a plugin's failure becomes our own error type
        raise ExtractorError(f"extractor {entry.name!r} failed in applies_to(): {exc}") from exc


def _as_extractor(obj: Any, name: str) -> Extractor:
    """What an entry point may name: an extractor object, its class, or a registered function."""
    if isinstance(obj, type):
        obj = obj()
    attached = getattr(obj, "articlekit_extractor", None)
    if attached is not None:
        return attached  # type: ignore[no-any-return]
    if isinstance(obj, Extractor):
        return obj
    raise TypeError(
        f"entry point {name!r} must name an Extractor (name, applies_to, extract), "
        f"its class, or a function decorated with @articlekit.register; got {obj!r}"
    )


#: The registry ``articlekit.parse`` uses unless given another.
default_registry = Registry()


def registry_with_rules(paths: Iterable[str | os.PathLike[str]]) -> Registry:
    """A new registry (built-ins, entry points, $ARTICLEKIT_RULES) with these rules loaded too:
    what ``--rules`` uses, so that the default registry is left as it was."""
    registry = Registry()
    for path in [paths] if isinstance(paths, (str, os.PathLike)) else paths:
        registry.load_rules(path)
    return registry


def load_rules(path: str | os.PathLike[str], *, priority: int = 0) -> list[str]:
    """Load site rules (a file or a folder) into the default registry; returns their names."""
    return default_registry.load_rules(path, priority=priority)


def register(
    *domains: str, name: str | None = None, priority: int = 0, trusted: bool = False
) -> Callable[[F], F]:
    """``@articlekit.register("example.com", "*.example.org")``: add a site extractor to the
    default registry. The decorated function takes a Document and returns field values
    (checked before they win, unless ``trusted=True``; see Registry.register)."""
    return default_registry.register(*domains, name=name, priority=priority, trusted=trusted)
