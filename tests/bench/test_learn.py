"""From graded records to frontier examples, and the frontier learn / show commands."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from guardrail import ConfigError
from guardrail.bench.learn import frontier_examples, read_records
from guardrail.bench.models import Grade, RunRecord
from guardrail.cli import main
from guardrail.frontier import load_frontier

COUNTRIES = ["France", "Japan", "Brazil", "Tuvalu", "Nauru", "Snorfleland", "Kiribati",
             "Germany", "Bhutan", "Zorblaxia"]


def record(prompt: str, reply: str, outcome: str, *, samples: tuple[str, ...] = (),
           mode: str = "raw", model: str = "toy-model", family: str = "capitals",
           difficulty_bin: int = 0) -> RunRecord:
    return RunRecord(
        key=f"{prompt}|{mode}|{model}", item_id=prompt, suite="s", family=family,
        difficulty_bin=difficulty_bin, template_id="t", lang="en", has_tool=False, mode=mode,
        model=model, endpoint="local", reply=reply, prompt=prompt, latency_ms=1.0,
        grade=Grade(outcome=outcome), samples=samples, created=0.0)  # type: ignore[arg-type]


def test_only_model_answered_records_of_a_family_are_learned_from() -> None:
    records = [
        record("What is the capital of France?", "Paris.", "correct",
               samples=("Paris.", "Paris is the capital.", "Lyon.")),
        record("How many r's are in strawberry?", "2", "incorrect"),   # a tool answers it
        record("Write a haiku about rain.", "Rain falls.", "correct"),  # no family
        record("What is the capital of Japan?", "Tokyo", "correct", mode="guarded"),
        record("What is the capital of Peru?", "Lima", "correct", model="other"),
    ]
    examples = list(frontier_examples(records, model="toy-model"))
    assert len(examples) == 1
    example = examples[0]
    assert example.family == "knowledge" and example.group == "capitals"
    assert example.outcome == "correct" and example.correct
    assert example.agreement == pytest.approx(2 / 3)
    assert example.features["zipf_min"] > 3  # "France" is a common word


def test_framing_is_stripped_before_features() -> None:
    plain = record("What is the capital of France?", "Paris", "correct")
    framed = record("Q: What is the capital of France?\nA:", "Paris", "correct")
    a, b = (next(frontier_examples([r])) for r in (plain, framed))
    assert a.features == b.features


def test_read_records_errors_name_the_path(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no benchmark records"):
        read_records(tmp_path / "missing")
    bad = tmp_path / "cache.sqlite"
    bad.write_text("not a database")
    with pytest.raises(ConfigError, match="not a benchmark cache"):
        read_records(tmp_path)


def test_frontier_learn_and_show(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rng = random.Random(0)
    lines = []
    for i in range(120):
        country = COUNTRIES[i % len(COUNTRIES)]
        rare = country in ("Tuvalu", "Nauru", "Snorfleland", "Kiribati", "Zorblaxia", "Bhutan")
        outcome = "correct" if rng.random() < (0.2 if rare else 0.9) else "incorrect"
        lines.append(record(f"What is the capital of {country}? ({i})", "X", outcome,
                            samples=("X", "X", "Y"), difficulty_bin=3 if rare else 0
                            ).model_dump_json())
    records = tmp_path / "records.jsonl"
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "frontiers" / "toy-model.json"

    assert main(["frontier", "learn", "--records", str(records), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "knowledge" in printed and "coverage" in printed
    frontier = load_frontier(out)
    assert frontier.model == "toy-model" and len(frontier.policy_examples) == 120
    features = {"zipf_min": 6.0, "zipf_mean": 6.0, "rare_words": 0.0}
    assert frontier.estimate("knowledge", features) is not None

    png = tmp_path / "map.png"
    assert main(["frontier", "show", "toy-model", "--dir", str(out.parent),
                 "--png", str(png)]) == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "capitals" in capsys.readouterr().out


def test_frontier_show_unknown_model(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frontier", "show", "no-such-model"]) == 2
    assert "no frontier" in capsys.readouterr().err
