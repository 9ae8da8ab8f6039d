"""The Scrapinghub article-extraction-benchmark metric, reproduced exactly.

Why exactly: our F1 is only comparable with the published table (trafilatura 0.958,
readability-lxml 0.922, ...) if every edge case is scored the same way. This module
follows ``evaluate.py`` of scrapinghub/article-extraction-benchmark line by line:

* tokens are ``re.findall(r"\\w+", text)`` (Unicode; the reference also passes
  MULTILINE/IGNORECASE/DOTALL, which cannot change what ``\\w+`` matches); a ``None``
  text counts as ``""``.
* shingles are runs of 4 consecutive tokens counted as a multiset; a text with 1 to 3
  tokens gives one shorter shingle, a text with no token gives no shingle at all.
* per page tp/fp/fn are multiset counts, then divided by tp+fp+fn so that every page
  weighs the same; when both texts have no token the triple stays (0, 0, 0).
* precision is the mean over pages of tp/(tp+fp), 1.0 when fp = fn = 0, 0.0 when
  tp = fp = 0; pages with tp+fp = 0 are left out of the mean. Recall likewise with fn.

What this means for empty texts (as in the reference):
* empty prediction, non-empty truth: (0, 0, 1): left out of precision (tp+fp = 0),
  recall 0.0. An extractor that returns nothing is punished on recall only.
* both empty: (0, 0, 0): left out of both means, but counts as accurate (equal token lists).
* non-empty prediction, empty truth: (0, 1, 0): precision 0.0, left out of recall.

F1 is 2PR/(P+R) of the two means (not a mean of per-page F1s); accuracy is the share
of pages whose token lists are equal. Means use ``statistics.mean`` like the reference.
The reference would crash on an empty mean or P+R = 0; we return 0.0 there instead.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["PageScore", "score_page", "summarize", "tokenize", "shingles"]

SHINGLE_SIZE = 4

# Same pattern and flags as the reference; only \w+ matters.
_TOKEN_RE = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class PageScore:
    """One page's normalised tp/fp/fn (summing to 1, or all 0) and exact-match flag."""

    tp: float
    fp: float
    fn: float
    exact: bool


def tokenize(text: str | None) -> list[str]:
    """All ``\\w+`` runs of a text; ``None`` is treated as the empty string."""
    return _TOKEN_RE.findall(text or "")


def shingles(tokens: Sequence[str], size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Multiset of runs of ``size`` tokens; fewer tokens give one short run, none give none."""
    runs = (tuple(tokens[i : i + size]) for i in range(max(1, len(tokens) - size + 1)))
    return Counter(run for run in runs if run)


def score_page(pred: str | None, truth: str | None) -> PageScore:
    """Score one predicted article body against the human-delimited one."""
    pred_tokens, true_tokens = tokenize(pred), tokenize(truth)
    pred_sh, true_sh = shingles(pred_tokens), shingles(true_tokens)
    tp = fp = fn = 0.0
    for key in pred_sh.keys() | true_sh.keys():
        p, t = pred_sh.get(key, 0), true_sh.get(key, 0)
        tp += min(p, t)
        fp += max(0, p - t)
        fn += max(0, t - p)
    total = tp + fp + fn
    if total > 0:
        tp, fp, fn = tp / total, fp / total, fn / total
    return PageScore(tp, fp, fn, pred_tokens == true_tokens)


def precision_score(tp: float, fp: float, fn: float) -> float:
    """Per-page precision with the reference's special cases (order matters)."""
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def recall_score(tp: float, fp: float, fn: float) -> float:
    """Per-page recall with the reference's special cases (order matters)."""
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def _mean(values: list[float]) -> float:
    """``statistics.mean`` (exact, as the reference), 0.0 for no values instead of raising."""
    return statistics.mean(values) if values else 0.0


def summarize(page_scores: Iterable[PageScore]) -> dict[str, float]:
    """Corpus figures: f1, precision, recall, accuracy (0..1) and n (pages scored)."""
    scores = list(page_scores)
    precision = _mean([precision_score(s.tp, s.fp, s.fn) for s in scores if s.tp + s.fp > 0])
    recall = _mean([recall_score(s.tp, s.fp, s.fn) for s in scores if s.tp + s.fn > 0])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    accuracy = _mean([float(s.exact) for s in scores])
    return {
        "f1": f1,
        "precision": precision,
        "recall": recall,
        "accuracy": accuracy,
        "n": len(scores),
    }
