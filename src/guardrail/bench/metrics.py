"""Metrics over run records: correct / incorrect / avoidant rates with 95% intervals, by
family and difficulty, and the measures that make the picture honest.

- **Rates** carry Wilson score intervals (they behave at 0 and 1 and with small n).
- **Difficulty concordance**: Kendall's tau-b between difficulty bin and being incorrect
  (positive: errors grow with difficulty, as Zhou et al. ask of a reliable model).
- **Prompt sensitivity**: the spread (max - min, and standard deviation) of accuracy across
  prompt templates of a family.
- **Partial credit** for numbers next to exact match: digit accuracy and relative error
  (Schaeffer et al.: the metric can manufacture or hide "emergence").
- **Risk–coverage**: answering only the items whose confidence is at least t, for every t:
  risk = incorrect share among answered, coverage = answered share.
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np

from .models import RunRecord

__all__ = [
    "concordance",
    "kendall_tau_b",
    "mode_metrics",
    "prompt_sensitivity",
    "rates",
    "risk_coverage",
    "wilson",
]

Z95 = 1.959963984540054


def wilson(successes: int, n: int, z: float = Z95) -> tuple[float, float]:
    """95% Wilson score interval for a proportion."""
    if n == 0:
        return (0.0, 1.0)
    p = successes / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    # At 0 or n successes the bound is exactly 0 or 1; rounding would leave 1e-18 residue.
    low = 0.0 if successes == 0 else max(0.0, centre - half)
    high = 1.0 if successes == n else min(1.0, centre + half)
    return (low, high)


def rates(records: Sequence[RunRecord]) -> dict[str, Any]:
    """``{"n", "correct", "incorrect", "avoidant"}`` as rates, plus counts and intervals."""
    n = len(records)
    counts = {"correct": 0, "incorrect": 0, "avoidant": 0}
    for record in records:
        counts[record.grade.outcome] += 1
    result: dict[str, Any] = {"n": n}
    for outcome, count in counts.items():
        result[outcome] = count / n if n else 0.0
    result["counts"] = counts
    result["ci95"] = {outcome: list(wilson(count, n)) for outcome, count in counts.items()}
    return result


def kendall_tau_b(bins: Sequence[int], flags: Sequence[bool]) -> float | None:
    """Kendall's tau-b between an ordinal bin and a binary flag, exactly, from the
    contingency table (O(bins^2) instead of O(n^2) pairs)."""
    levels = sorted(set(bins))
    table = {level: [0, 0] for level in levels}
    for b, flag in zip(bins, flags, strict=True):
        table[b][int(flag)] += 1
    concordant = discordant = ties_bin = ties_flag = 0
    for i, low in enumerate(levels):
        ties_bin += table[low][0] * table[low][1]
        for high in levels[i + 1:]:
            concordant += table[low][0] * table[high][1]
            discordant += table[low][1] * table[high][0]
            ties_flag += table[low][0] * table[high][0] + table[low][1] * table[high][1]
    denominator = math.sqrt((concordant + discordant + ties_bin) *
                            (concordant + discordant + ties_flag))
    return (concordant - discordant) / denominator if denominator else None


def concordance(records: Sequence[RunRecord]) -> dict[str, Any]:
    """Does the incorrect rate grow with difficulty? tau-b and the per-bin incorrect rates."""
    by_bin: dict[int, list[RunRecord]] = defaultdict(list)
    for record in records:
        by_bin[record.difficulty_bin].append(record)
    incorrect_by_bin = {str(b): sum(r.grade.outcome == "incorrect" for r in rs) / len(rs)
                        for b, rs in sorted(by_bin.items())}
    tau = kendall_tau_b([r.difficulty_bin for r in records],
                        [r.grade.outcome == "incorrect" for r in records])
    return {"kendall_tau_b": tau, "incorrect_by_bin": incorrect_by_bin}


def prompt_sensitivity(records: Sequence[RunRecord]) -> dict[str, Any]:
    """Accuracy per template and its spread: how much the wording alone changes the score."""
    by_template: dict[str, list[RunRecord]] = defaultdict(list)
    for record in records:
        by_template[record.template_id].append(record)
    accuracy = {t: sum(r.grade.outcome == "correct" for r in rs) / len(rs)
                for t, rs in sorted(by_template.items())}
    values = list(accuracy.values())
    return {
        "templates": len(values),
        "accuracy_by_template": accuracy,
        "spread": (max(values) - min(values)) if values else None,
        "stdev": statistics.pstdev(values) if len(values) > 1 else None,
    }


def risk_coverage(records: Sequence[RunRecord],
                  confidence: Callable[[RunRecord], float]) -> list[dict[str, float]]:
    """Selective answering: for each confidence threshold, coverage and risk.

    Avoidant replies are never "answered", whatever their confidence.
    """
    if not records:
        return []
    scores = sorted({confidence(r) for r in records}, reverse=True)
    points = []
    n = len(records)
    for threshold in scores:
        answered = [r for r in records
                    if confidence(r) >= threshold and r.grade.outcome != "avoidant"]
        wrong = sum(r.grade.outcome == "incorrect" for r in answered)
        points.append({"threshold": threshold, "coverage": len(answered) / n,
                       "risk": wrong / len(answered) if answered else 0.0})
    return points


def default_confidence(record: RunRecord) -> float:
    """The guardrail's estimate (1 for tools, the frontier's P(correct) otherwise); for
    records without one (no frontier for the model), easier difficulty bins first."""
    if record.estimate is not None:
        return record.estimate
    if record.route == "tool":
        return 1.0
    return 0.9 - 0.2 * record.difficulty_bin


def _partial_credit(records: Iterable[RunRecord]) -> dict[str, float | None]:
    digits = [r.grade.digit_accuracy for r in records if r.grade.digit_accuracy is not None]
    errors = [r.grade.relative_error for r in records if r.grade.relative_error is not None]
    return {
        "digit_accuracy_mean": float(np.mean(digits)) if digits else None,
        "relative_error_median": float(np.median(errors)) if errors else None,
        "scored": float(len(digits)),
    }


def _cost(records: Sequence[RunRecord]) -> dict[str, float | None]:
    latencies = [r.latency_ms for r in records]
    n = len(records) or 1
    return {
        "latency_ms_p50": float(np.percentile(latencies, 50)) if latencies else None,
        "latency_ms_p95": float(np.percentile(latencies, 95)) if latencies else None,
        "tokens_per_item": sum(r.prompt_tokens + r.completion_tokens for r in records) / n,
        "calls_per_item": sum(r.calls for r in records) / n,
    }


def mode_metrics(records: Sequence[RunRecord]) -> dict[str, Any]:
    """Everything the report shows for one mode (raw or guarded)."""
    by_family: dict[str, list[RunRecord]] = defaultdict(list)
    for record in records:
        by_family[record.family].append(record)
    families: dict[str, Any] = {}
    details: dict[str, Any] = {}
    for family, family_records in sorted(by_family.items()):
        families[family] = rates(family_records)
        by_bin: dict[int, list[RunRecord]] = defaultdict(list)
        for record in family_records:
            by_bin[record.difficulty_bin].append(record)
        details[family] = {
            "has_tool": family_records[0].has_tool,
            "by_difficulty": {str(b): rates(rs) for b, rs in sorted(by_bin.items())},
            "concordance": concordance(family_records),
            "prompt_sensitivity": prompt_sensitivity(family_records),
            "partial_credit": _partial_credit(family_records),
            "tool_share": sum(r.route == "tool" for r in family_records) / len(family_records),
            "cost": _cost(family_records),
        }
    tool_records = [r for r in records if r.has_tool]
    return {
        "overall": rates(records),
        "by_family": families,
        "families": details,
        "tool_families": rates(tool_records),
        "no_tool_families": rates([r for r in records if not r.has_tool]),
        "tool_share": (sum(r.route == "tool" for r in records) / len(records)) if records else 0,
        "route_shares": {route: sum(r.route == route for r in records) / len(records)
                         for route in sorted({str(r.route) for r in records if r.route})}
                        if records else {},
        "concordance": concordance(records),
        "risk_coverage": risk_coverage(records, default_confidence),
        "partial_credit": _partial_credit(records),
        "cost": _cost(records),
    }
