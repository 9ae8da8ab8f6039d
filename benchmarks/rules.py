"""Full-Text RSS site rules on the corpus pages of their sites: do they help, and do the checks
keep them from hurting?

``python -m benchmarks.rules [--rules PATH]`` (default ../shared/site-rules/ftr-site-config)
takes, in every evaluation set, the pages whose site has a rule, and scores three runs of
articlekit on them: the generic extractor alone (built-ins off), the rules with their checks
(articlekit's behaviour), and the rules applied naively (every value a rule gives wins, as a
rule engine without checks would do). Fields: body (shingle F1, or body start, or passages),
headline (lenient), authors, published day; and how many rule values were used or rejected.
``benchmarks.run`` puts the table into docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import articlekit
from articlekit.extractors.base import domain_matches
from articlekit.extractors.generic import GenericExtractor
from articlekit.extractors.rules import RuleExtractor, read_rules
from articlekit.registry import Registry

from . import across, measures
from .corpus import REPO_ROOT, load_pages, resolve_corpus
from .peers import Extraction, extraction_of
from .report import table
from .sets import DEVELOPMENT, HELD_OUT, SetPage, load_set, shared_root

DEFAULT_RULES = REPO_ROOT.parent / "shared" / "site-rules" / "ftr-site-config"
VARIANTS = ("generic alone", "rules, checked", "rules, unchecked")


def _registry(pack: Any | None, trusted: bool) -> Registry:
    reg = Registry(builtins=False, discover=False)
    reg.add(GenericExtractor(), origin="built-in")
    if pack is not None:
        for rule in pack.rules:
            ex = RuleExtractor(rule)
            if trusted:
                ex.trusted = True  # type: ignore[attr-defined]
            reg.add(ex, origin=rule.origin)
    return reg


def scrapinghub_set() -> list[SetPage]:
    """Scrapinghub pages with their body, and the metadata labels where there are some."""
    labels_file = REPO_ROOT / "tests" / "labels" / "metadata.json"
    labels = json.loads(labels_file.read_text(encoding="utf-8")) if labels_file.is_file() else {}
    pages = []
    for p in load_pages(resolve_corpus(None)):
        truth: dict[str, Any] = {"body": p.truth}
        lab = labels.get(p.key)
        if lab:
            truth.update(headline=lab.get("headline"), authors=lab.get("authors"),
                         published=lab.get("published"))
        pages.append(SetPage(f"scrapinghub/{p.key}", p.url, p.html, truth))
    return pages


def _domain(url: str) -> str:
    return urlsplit(url).netloc.lower().split(":")[0]


def run(rules_path: Path) -> tuple[list[list[Any]], dict[str, Any]]:
    started = time.perf_counter()
    pack = read_rules(rules_path)
    load_seconds = time.perf_counter() - started
    patterns = [(rule, rule.domains) for rule in pack.rules]
    registries = {
        "generic alone": _registry(None, False),
        "rules, checked": _registry(pack, False),
        "rules, unchecked": _registry(pack, True),
    }
    root = shared_root()
    rows: list[list[Any]] = []
    used: Counter[str] = Counter()
    rejected: Counter[str] = Counter()
    covered_total = 0
    for name in ("scrapinghub", *[s for s in DEVELOPMENT if s != "scrapinghub"], *HELD_OUT):
        pages = scrapinghub_set() if name == "scrapinghub" else load_set(name, root)
        covered = [p for p in pages if p.url and any(
            domain_matches(_domain(p.url), doms) for _, doms in patterns)]
        if not covered:
            continue
        covered_total += len(covered)
        outputs: dict[str, dict[str, Extraction]] = {}
        for variant, reg in registries.items():
            outs = {}
            for page in covered:
                try:
                    art = articlekit.parse(page.html, url=page.url, registry=reg)
                except articlekit.ArticleKitError:
                    outs[page.id] = Extraction(body="", error="failed")  # type: ignore[typeddict-item]
                    continue
                outs[page.id] = extraction_of(art)
                if variant == "rules, checked":
                    for p in art.provenance:
                        if p.extractor.startswith("ftr:"):
                            used[p.field] += 1
                    for r in art.rejected:
                        if r.extractor.startswith("ftr:"):  # not the generic's own notes
                            rejected[r.field] += 1
            outputs[variant] = outs
        for variant in VARIANTS:
            s = across.score_set(covered, {"articlekit": outputs[variant]})["articlekit"]
            body = (f"{s.body_f1:.3f}" if s.body_f1 is not None
                    else f"{s.start_lenient.share:.3f}" if s.start_lenient.total
                    else f"{measures.prf(*s.passages[:3])[2]:.3f}" if sum(s.passages) else "—")
            side = "development" if name in DEVELOPMENT else "held out"
            rows.append([f"{name} ({side}), {len(covered)} pages", variant, body,
                         str(s.headline_lenient) if s.headline_lenient.total else "—",
                         str(s.authors) if s.authors.total else "—",
                         str(s.published) if s.published.total else "—"])
    facts = {"rules": len(pack.rules), "files": pack.files, "load_seconds": load_seconds,
             "ignored": pack.ignored, "used": used, "rejected": rejected,
             "pages": covered_total}
    return rows, facts


def section(rules_path: Path = DEFAULT_RULES) -> str:
    rows, facts = run(rules_path)
    ignored = ", ".join(f"{k.removeprefix('ignored:')} {v}" for k, v in
                        facts["ignored"].most_common(6))
    used = ", ".join(f"{k} {v}" for k, v in sorted(facts["used"].items())) or "none"
    rejected = ", ".join(f"{k} {v}" for k, v in sorted(facts["rejected"].items())) or "none"
    return "\n".join([
        f"The Full-Text RSS site configs ({facts['files']} files, {facts['rules']} sites with a "
        f"usable rule, read in {facts['load_seconds']:.2f} s; most frequent directives ignored: "
        f"{ignored}) on the {facts['pages']} pages of the evaluation sets whose site has a rule. "
        "Three runs of articlekit: the generic extractor alone, the rules with their checks "
        "(what `--rules` does), and the rules applied naively (every value a rule gives wins). "
        "Body: shingle F1 where the set has the text, else body start (lenient) or passages "
        "F1; headline lenient; authors; published day.",
        "",
        table(["pages", "run", "body", "headline", "authors", "published"], rows),
        "",
        f"With the checks, rule values used: {used}; rejected (the generic value kept): "
        f"{rejected}.",
    ])


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.rules",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--rules", type=Path, default=DEFAULT_RULES)
    args = parser.parse_args(argv)
    print(section(args.rules))


if __name__ == "__main__":
    main()
