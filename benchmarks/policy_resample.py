"""Does the calibrated policy keep its target on real records? Resample and see.

Reads graded run records from a benchmark cache (SQLite, table ``records``, the last column
the JSON of a :class:`guardrail.bench.models.RunRecord`), turns them into calibration
examples, and ``--resamples`` times: splits each family's records at random in halves,
calibrates on one half (:func:`guardrail.policy.calibrate`) and measures the error rate among
answered items and the coverage on the other half. Per family it prints the target, the
share of resamples whose held-out error rate stayed within it (the policy promises at least
``--confidence``, for items from the calibration distribution), the mean coverage and how
often no threshold was feasible.

Each example needs a frontier estimate and, for the check, an agreement score. They are
read from the record's ``frontier_estimate`` / ``agreement`` fields when present; otherwise
the script imports, lazily, the frontier map (``guardrail.frontier.find_frontier`` with
``guardrail.features.query_features``) and self-consistency
(``guardrail.supervisor.self_consistency`` on the record's ``samples``). Caveat: when the
frontier map was fitted on these same records, its estimates are in-sample and the numbers
are optimistic.

A measurement script, not a test::

    .venv/bin/python benchmarks/policy_resample.py [out/calibration/cache.sqlite]
        [--target 0.2] [--confidence 0.9] [--resamples 200] [--mode raw] [--no-check]
    .venv/bin/python benchmarks/policy_resample.py \\
        --frontier src/guardrail/frontiers/smollm2-135m-instruct.json
    .venv/bin/python benchmarks/policy_resample.py --simulate
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import numpy as np

from guardrail.policy import CalibrationExample, Thresholds, calibrate

Record = Mapping[str, Any]
ScoreFn = Callable[[Record], float | None]


def load_records(path: Path, mode: str | None = "raw") -> list[dict[str, Any]]:
    """The cache's records as plain dicts (read-only: a running benchmark may be writing)."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT * FROM records").fetchall()
    finally:
        db.close()
    records = [json.loads(row[-1]) for row in rows]
    return [r for r in records if mode is None or r.get("mode") == mode]


def examples_from_records(records: Iterable[Record], estimate_fn: ScoreFn,
                          agreement_fn: ScoreFn | None) -> list[CalibrationExample]:
    """Graded records to calibration examples; records without an estimate are skipped.

    Failed calls (``error`` set) are skipped too: they were never graded on an answer.
    """
    examples = []
    for record in records:
        if record.get("error"):
            continue
        estimate = estimate_fn(record)
        if estimate is None:
            continue
        agreement = agreement_fn(record) if agreement_fn is not None else None
        examples.append(CalibrationExample(family=record["family"], estimate=estimate,
                                           agreement=agreement,
                                           outcome=record["grade"]["outcome"]))
    return examples


def _field(name: str) -> ScoreFn:
    def read(record: Record) -> float | None:
        value = record.get(name)
        return None if value is None else float(value)
    return read


def resolve_estimate_fn(records: list[dict[str, Any]]) -> tuple[ScoreFn | None, str]:
    """Where estimates come from: the records, else the frontier map of each record's model."""
    if any(r.get("frontier_estimate") is not None for r in records):
        return _field("frontier_estimate"), "record field frontier_estimate"
    try:
        from guardrail.features import query_features
        from guardrail.frontier import find_frontier
    except Exception as exc:  # the frontier module may not exist yet, or fail to import
        return None, f"guardrail.frontier is unavailable ({type(exc).__name__}: {exc})"
    models = sorted({str(r["model"]) for r in records})
    frontiers = {model: find_frontier(model) for model in models}
    missing = [model for model, frontier in frontiers.items() if frontier is None]
    if len(missing) == len(models):
        return None, f"no frontier map found for {', '.join(models)}"

    def estimate(record: Record) -> float | None:
        frontier = frontiers.get(str(record["model"]))
        if frontier is None:
            return None
        return frontier.estimate(record["family"], query_features(record.get("prompt", "")))

    return estimate, "frontier map (guardrail.frontier.find_frontier)"


def resolve_agreement_fn(records: list[dict[str, Any]]) -> tuple[ScoreFn | None, str]:
    """Where agreement comes from: the records, else self-consistency of their samples."""
    if any(r.get("agreement") is not None for r in records):
        return _field("agreement"), "record field agreement"
    if not any(r.get("samples") for r in records):
        return None, "none (records carry no samples: estimate only)"
    try:
        from guardrail.supervisor import self_consistency
    except Exception as exc:
        return None, f"guardrail.supervisor is unavailable ({type(exc).__name__}: {exc})"

    def agreement(record: Record) -> float | None:
        samples = record.get("samples") or ()
        if not samples:
            return None
        return self_consistency(record["reply"], samples, record.get("prompt", "")).score

    return agreement, "self-consistency of the records' samples"


def _held_out(thresholds: Thresholds, examples: list[CalibrationExample]) -> tuple[float, float]:
    """(error rate among answered, coverage) of ``thresholds`` on ``examples``."""
    answered = errors = 0
    for example in examples:
        if thresholds.decide(example.estimate, example.agreement) == "answer":
            answered += 1
            errors += example.outcome == "incorrect"
    return (errors / answered if answered else 0.0), answered / len(examples)


def resample(examples: list[CalibrationExample], *, target: float, confidence: float,
             resamples: int, seed: int) -> dict[str, dict[str, float]]:
    """Per family: share of resamples within target, mean coverage, share infeasible."""
    by_family: dict[str, list[CalibrationExample]] = {}
    for example in examples:
        by_family.setdefault(example.family, []).append(example)
    rng = np.random.default_rng(seed)
    results: dict[str, dict[str, float]] = {}
    for family, members in sorted(by_family.items()):
        if len(members) < 4:
            continue
        within, coverages, risks, infeasible = 0, [], [], 0
        for index in range(resamples):
            order = rng.permutation(len(members))
            half = len(members) // 2
            fitted = calibrate([members[i] for i in order[:half]], max_error_rate=target,
                               confidence=confidence, seed=seed + index)
            risk, coverage = _held_out(fitted, [members[i] for i in order[half:]])
            within += risk <= target
            coverages.append(coverage)
            risks.append(risk)
            infeasible += not fitted.feasible
        results[family] = {"n": len(members), "within": within / resamples,
                           "coverage": float(np.mean(coverages)),
                           "risk": float(np.mean(risks)), "infeasible": infeasible / resamples,
                           "base_error": float(np.mean([m.outcome == "incorrect"
                                                        for m in members]))}
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("cache", nargs="?", default="out/calibration/cache.sqlite", type=Path)
    parser.add_argument("--target", type=float, default=0.2, help="max_error_rate")
    parser.add_argument("--confidence", type=float, default=0.9)
    parser.add_argument("--resamples", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--mode", default="raw", help="record mode to use ('' for all)")
    parser.add_argument("--no-check", action="store_true", help="ignore agreement scores")
    parser.add_argument("--simulate", action="store_true",
                        help="the synthetic guarantee check of tests/test_policy.py: target "
                             "0.2, confidence 0.9, 200 resamples of 400 calibration items")
    parser.add_argument("--frontier", type=Path, default=None,
                        help="use this frontier file's policy examples (held-out estimates, "
                             "what the wrapper calibrates on) instead of the cache")
    args = parser.parse_args(argv)

    if args.simulate:
        root = str(Path(__file__).resolve().parents[1])
        if root not in sys.path:  # run as a script from anywhere: tests/ is a package
            sys.path.insert(0, root)
        from tests.test_policy import simulate

        for with_agreement in (False, True):
            result = simulate(with_agreement, resamples=args.resamples)
            print(f"{'with the check' if with_agreement else 'estimate only':<15} within "
                  f"target {result['within']:.1%}  mean coverage {result['coverage']:.3f}  "
                  f"naive plug-in within target {result['naive_within']:.1%}")
        return 0
    if args.frontier is not None:
        from guardrail.frontier import load_frontier

        stored = list(load_frontier(args.frontier).policy_examples)
        if args.no_check:
            stored = [e.model_copy(update={"agreement": None}) for e in stored]
        print(f"{args.frontier}: {len(stored)} policy examples (cross-validated estimates)")
        print(f"target {args.target:.3f} at confidence {args.confidence:.2f}, "
              f"{args.resamples} half/half resamples per family\n")
        _print(resample(stored, target=args.target, confidence=args.confidence,
                        resamples=args.resamples, seed=args.seed), args.target)
        return 0

    if not args.cache.exists():
        print(f"no cache at {args.cache}: run the calibration benchmark first", file=sys.stderr)
        return 2
    records = load_records(args.cache, args.mode or None)
    if not records:
        print(f"{args.cache}: no records in mode {args.mode!r}", file=sys.stderr)
        return 2
    estimate_fn, estimate_source = resolve_estimate_fn(records)
    if estimate_fn is None:
        print(f"cannot estimate P(correct): {estimate_source}. Records need a "
              "'frontier_estimate' field, or a fitted frontier map for their model.",
              file=sys.stderr)
        return 2
    agreement_fn, agreement_source = ((None, "ignored (--no-check)") if args.no_check
                                      else resolve_agreement_fn(records))
    examples = examples_from_records(records, estimate_fn, agreement_fn)
    print(f"{args.cache}: {len(records)} records, {len(examples)} examples; "
          f"estimates: {estimate_source}; agreement: {agreement_source}")
    print(f"target {args.target:.3f} at confidence {args.confidence:.2f}, "
          f"{args.resamples} half/half resamples per family\n")
    results = resample(examples, target=args.target, confidence=args.confidence,
                       resamples=args.resamples, seed=args.seed)
    _print(results, args.target)
    return 0


def _print(results: Mapping[str, Mapping[str, float]], target: float) -> None:
    print(f"{'family':<16}{'n':>6}{'base err':>10}{'target':>8}{'within':>8}"
          f"{'coverage':>10}{'risk':>8}{'infeasible':>12}")
    for family, row in results.items():
        print(f"{family:<16}{int(row['n']):>6}{row['base_error']:>10.3f}{target:>8.3f}"
              f"{row['within']:>8.1%}{row['coverage']:>10.3f}{row['risk']:>8.3f}"
              f"{row['infeasible']:>12.1%}")


if __name__ == "__main__":
    raise SystemExit(main())
