"""From graded benchmark records to the frontier map and the policy's calibration examples.

Only what the model would really answer is learned from: raw replies to questions that no
tool answers and that belong to a family (questions of no family pass through, tool answers
never reach the model). Features come from the question as the guardrail sees it (framing
stripped); agreement from the record's self-consistency samples, scored the way the runtime
check scores them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from .._errors import ConfigError
from ..classify import classify, resolve
from ..features import query_features
from ..frontier import FrontierExample
from ..rules import RuleSet, load_rules
from ..solvers import SolverRegistry, default_registry
from ..supervisor import self_consistency
from .cache import RecordCache
from .models import RunRecord

__all__ = ["frontier_examples", "read_records"]


def read_records(path: str | Path) -> list[RunRecord]:
    """Run records from a bench output directory, its cache.sqlite, or a JSONL file."""
    path = Path(path)
    if path.is_dir():
        path = path / "cache.sqlite"
    if not path.is_file():
        raise ConfigError(f"{path}: no benchmark records here (a bench --out directory, its "
                          "cache.sqlite, or a JSONL file of records)")
    if path.suffix == ".jsonl":
        with path.open(encoding="utf-8") as handle:
            return [RunRecord.model_validate_json(line) for line in handle if line.strip()]
    try:
        with RecordCache(path) as cache:
            return cache.records()
    except sqlite3.DatabaseError as exc:
        raise ConfigError(f"{path}: not a benchmark cache: {exc}") from None


def frontier_examples(records: Iterable[RunRecord], *, rules: RuleSet | None = None,
                      registry: SolverRegistry | None = None,
                      model: str | None = None) -> Iterator[FrontierExample]:
    """One example per raw, model-answered record of a family (of ``model``, if given)."""
    rules = rules if rules is not None else load_rules()
    registry = registry if registry is not None else default_registry
    for record in records:
        if record.mode != "raw" or not record.prompt or record.error is not None:
            continue
        if model is not None and record.model != model:
            continue
        classification = classify(record.prompt, rules)
        outcome = resolve(classification, rules, registry)
        if outcome.route == "tool" or outcome.family is None or classification.query is None:
            continue
        question = classification.query.text
        agreement = (self_consistency(record.reply, record.samples, question).score
                     if record.samples else None)
        yield FrontierExample(
            family=outcome.family, features=query_features(question),
            correct=record.grade.outcome == "correct", outcome=record.grade.outcome,
            agreement=agreement, group=record.family, difficulty_bin=record.difficulty_bin,
            lang=record.lang)
