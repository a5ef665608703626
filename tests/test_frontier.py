"""The frontier map: fit, held-out calibration, persistence, lookup by model, plot, table."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from guardrail import ConfigError
from guardrail.frontier import (
    FRONTIER_DIR_ENV,
    FRONTIER_VERSION,
    Frontier,
    FrontierExample,
    clear_frontier_cache,
    find_frontier,
    fit_family,
    fit_frontier,
    format_table,
    frontier_path,
    load_frontier,
    model_slug,
    plot_frontier,
    save_frontier,
)

CREATED = "2025-01-01T00:00:00+00:00"


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    clear_frontier_cache()
    yield
    clear_frontier_cache()


def synthetic(n: int = 600, seed: int = 1) -> list[FrontierExample]:
    """P(correct) = sigmoid(2 - 1.5 x), plus a feature that carries no signal."""
    rng = np.random.default_rng(seed)
    examples = []
    for _ in range(n):
        x = float(rng.uniform(-1.0, 4.0))
        correct = bool(rng.random() < 1.0 / (1.0 + math.exp(-(2.0 - 1.5 * x))))
        examples.append(FrontierExample(
            family="arithmetic", features={"x": x, "noise": float(rng.normal())},
            correct=correct, group="sums", difficulty_bin=min(4, int(x + 1.0))))
    return examples


@pytest.fixture(scope="module")
def fitted() -> Frontier:
    return fit_frontier(synthetic(), model="Synthetic-Model", source="synthetic",
                        created=CREATED)


def test_fit_recovers_a_decreasing_relationship(fitted: Frontier) -> None:
    model = fitted.families["arithmetic"]
    assert model.kind == "logistic"
    assert model.feature_names == ("noise", "x")
    slope = model.weights[1] / model.scales[1]  # back on the scale of x
    assert -2.2 < slope < -1.0
    assert abs(model.weights[0]) < 0.3
    estimates = [fitted.estimate("arithmetic", {"x": x, "noise": 0.0}) for x in (-1, 1, 3)]
    assert estimates[0] is not None and estimates[1] is not None and estimates[2] is not None
    assert estimates[0] > 0.9 > estimates[1] > 0.4 > 0.2 > estimates[2]
    # The truth at x = 1 is sigmoid(0.5) = 0.62.
    assert estimates[1] == pytest.approx(0.62, abs=0.08)


def test_held_out_brier_beats_the_base_rate(fitted: Frontier) -> None:
    for key in ("arithmetic", "overall"):
        calibration = fitted.calibration[key]
        assert calibration.n == 600
        assert calibration.brier < 0.85 * calibration.base_brier
        assert calibration.log_loss < calibration.base_log_loss
        assert calibration.skill > 0.15
        bins = calibration.reliability
        assert len(bins) == 10
        assert sum(b.n for b in bins) == 600
        for b in bins:
            if b.n >= 30:
                assert b.mean_predicted is not None and b.observed is not None
                assert abs(b.mean_predicted - b.observed) < 0.2
            if b.n == 0:
                assert b.mean_predicted is None and b.observed is None


def test_table_rows_follow_the_difficulty(fitted: Frontier) -> None:
    rows = {row.difficulty_bin: row for row in fitted.table}
    assert sorted(rows) == [0, 1, 2, 3, 4]
    assert sum(row.n for row in rows.values()) == 600
    assert rows[0].predicted > rows[2].predicted > rows[4].predicted
    assert rows[0].observed > rows[4].observed


def test_fit_is_deterministic_and_seed_changes_only_calibration() -> None:
    data = synthetic(200)
    first = fit_frontier(data, model="m", created=CREATED)
    assert first == fit_frontier(data, model="m", created=CREATED)
    other = fit_frontier(data, model="m", created=CREATED, seed=7)
    assert other.families == first.families
    assert other.calibration != first.calibration


def test_missing_features_count_as_the_training_mean(fitted: Frontier) -> None:
    model = fitted.families["arithmetic"]
    at_mean = {name: mean for name, mean in zip(model.feature_names, model.means, strict=True)}
    assert model.predict({}) == pytest.approx(model.predict(at_mean))
    assert model.predict({"x": float("nan")}) == pytest.approx(model.predict({}))
    assert model.predict({"x": 1.0, "unrelated": 99.0}) == model.predict({"x": 1.0})


def test_extreme_features_stay_probabilities(fitted: Frontier) -> None:
    for x in (-1e300, 1e300):
        estimate = fitted.estimate("arithmetic", {"x": x})
        assert estimate is not None and 0.0 < estimate < 1.0


def test_tiny_and_one_class_families_fall_back_to_the_base_rate() -> None:
    tiny = [FrontierExample(family="knowledge", features={"zipf_min": float(i)},
                            correct=i % 3 == 0) for i in range(10)]
    model = fit_family(tiny, family="knowledge")
    assert (model.kind, model.n, model.positives) == ("base_rate", 10, 4)
    assert model.note == "fewer than 20 examples"
    assert model.base_rate == pytest.approx(5 / 12)
    assert model.weights == () and model.predict({"zipf_min": 0.0}) == model.base_rate
    always = [FrontierExample(family="counting", features={"x": float(i)}, correct=True)
              for i in range(50)]
    assert fit_family(always, family="counting").kind == "base_rate"
    assert fit_family(always, family="counting").base_rate == pytest.approx(51 / 52)
    frontier = fit_frontier([*tiny, *always, *synthetic(100)], model="m")
    assert {name: m.kind for name, m in frontier.families.items()} == {
        "arithmetic": "logistic", "counting": "base_rate", "knowledge": "base_rate"}
    assert set(frontier.calibration) == {"arithmetic", "counting", "knowledge", "overall"}
    assert frontier.calibration["overall"].n == 160


def test_a_regression_that_fits_noise_falls_back_to_the_base_rate() -> None:
    # 17 features of pure noise on 60 records: the usual shape of a small benchmark family.
    rng = np.random.default_rng(0)
    noise = [FrontierExample(family="comparison",
                             features={f"f{k}": float(rng.normal()) for k in range(17)},
                             correct=bool(rng.random() < 0.4)) for _ in range(60)]
    kept = fit_frontier(noise, model="m", fallback=False)
    assert kept.families["comparison"].kind == "logistic"
    calibration = kept.calibration["comparison"]
    assert calibration.brier > calibration.base_brier  # what the fallback guards against
    fallen = fit_frontier(noise, model="m")
    model = fallen.families["comparison"]
    assert (model.kind, model.weights) == ("base_rate", ())
    assert "did not beat the base rate" in model.note
    assert fallen.calibration["comparison"].brier == fallen.calibration["comparison"].base_brier
    # A real signal is kept.
    assert fit_frontier(synthetic(100), model="m").families["arithmetic"].kind == "logistic"


def test_estimate_is_none_without_a_known_family(fitted: Frontier) -> None:
    assert fitted.estimate("geometry", {"x": 1.0}) is None
    assert fitted.estimate(None, {"x": 1.0}) is None


def test_policy_examples_carry_held_out_estimates_and_outcomes() -> None:
    data = [e.model_copy(update={"outcome": "avoidant", "agreement": 0.5})
            if not e.correct and i % 2 else e for i, e in enumerate(synthetic(100))]
    frontier = fit_frontier(data, model="m")
    assert len(frontier.policy_examples) == 100
    assert [p.outcome == "correct" for p in frontier.policy_examples] == [
        e.correct for e in data]
    assert any(p.outcome == "avoidant" and p.agreement == 0.5
               for p in frontier.policy_examples)
    # Held out, so not the in-sample fit of the final model.
    final = frontier.families["arithmetic"]
    assert any(abs(p.estimate - final.predict(e.features)) > 1e-3
               for p, e in zip(frontier.policy_examples, data, strict=True))


def test_example_outcome_must_agree_with_correct() -> None:
    with pytest.raises(ValueError, match="contradicts"):
        FrontierExample(family="f", features={}, correct=True, outcome="avoidant")


@pytest.mark.parametrize("options", [{"folds": 1}, {"l2": -1.0}])
def test_bad_fit_arguments(options: dict[str, Any]) -> None:
    with pytest.raises(ConfigError):
        fit_frontier(synthetic(30), model="m", **options)
    with pytest.raises(ConfigError, match="at least one example"):
        fit_frontier([], model="m")


# --------------------------------------------------------------------------- persistence


def test_save_load_round_trip_is_identical(fitted: Frontier, tmp_path: Path) -> None:
    path = save_frontier(fitted, tmp_path / "f.json")
    loaded = load_frontier(path)
    assert loaded == fitted
    again = save_frontier(loaded, tmp_path / "g.json")
    assert again.read_bytes() == path.read_bytes()
    text = path.read_text(encoding="utf-8")
    assert text.startswith('{\n "calibration"')  # sorted keys, indent 1
    assert json.loads(text)["version"] == FRONTIER_VERSION


def _broken(tmp_path: Path, fitted: Frontier, edit: Any) -> Path:
    data = json.loads(save_frontier(fitted, tmp_path / "ok.json").read_text(encoding="utf-8"))
    edit(data)
    path = tmp_path / "broken-frontier.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_load_rejects_bad_json_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bad-json.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad-json\.json: not valid JSON"):
        load_frontier(path)
    with pytest.raises(ConfigError, match=r"missing\.json: cannot read"):
        load_frontier(tmp_path / "missing.json")
    path.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad-json\.json: .*JSON object"):
        load_frontier(path)


def test_load_rejects_another_version(tmp_path: Path, fitted: Frontier) -> None:
    path = _broken(tmp_path, fitted, lambda data: data.update(version=2))
    with pytest.raises(ConfigError, match=r"broken-frontier\.json: unsupported frontier "
                                          r"version 2"):
        load_frontier(path)


def test_load_names_a_missing_field(tmp_path: Path, fitted: Frontier) -> None:
    path = _broken(tmp_path, fitted, lambda data: data.pop("model"))
    with pytest.raises(ConfigError, match=r"broken-frontier\.json: field 'model': Field "
                                          r"required"):
        load_frontier(path)


def test_load_names_a_nested_invalid_field(tmp_path: Path, fitted: Frontier) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["families"]["arithmetic"]["kind"] = "tree"

    path = _broken(tmp_path, fitted, edit)
    with pytest.raises(ConfigError, match=r"broken-frontier\.json: field "
                                          r"'families\.arithmetic\.kind'"):
        load_frontier(path)

    def truncate(data: dict[str, Any]) -> None:
        data["families"]["arithmetic"]["weights"] = [1.0]

    with pytest.raises(ConfigError, match="differ in length"):
        load_frontier(_broken(tmp_path, fitted, truncate))


# --------------------------------------------------------------------------- lookup


def test_model_slug() -> None:
    assert model_slug("SmolLM2-135M-Instruct") == "smollm2-135m-instruct"
    assert model_slug("  org/Model:v1.5 ") == "org-model-v1-5"
    with pytest.raises(ConfigError):
        frontier_path("???")


def test_find_frontier_by_model_name(tmp_path: Path, fitted: Frontier) -> None:
    path = save_frontier(fitted, frontier_path("Synthetic-Model", tmp_path))
    assert path.name == "synthetic-model.json"
    assert find_frontier("Synthetic-Model", [tmp_path]) == fitted
    assert find_frontier("synthetic model", [tmp_path]) == fitted  # same slug
    assert find_frontier("Unknown-Model-x9", [tmp_path]) is None
    assert find_frontier("???", [tmp_path]) is None


def test_find_frontier_search_order_and_env(tmp_path: Path, fitted: Frontier,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    user, env = tmp_path / "user", tmp_path / "env"
    user.mkdir()
    env.mkdir()
    from_env = fitted.model_copy(update={"source": "from env"})
    save_frontier(from_env, frontier_path("Synthetic-Model", env))
    monkeypatch.setenv(FRONTIER_DIR_ENV, str(env))
    assert find_frontier("Synthetic-Model") == from_env
    save_frontier(fitted, frontier_path("Synthetic-Model", user))
    assert find_frontier("Synthetic-Model", [user]) == fitted  # user directories first


def test_find_frontier_caches_until_cleared(tmp_path: Path, fitted: Frontier) -> None:
    assert find_frontier("Synthetic-Model", [tmp_path]) is None
    save_frontier(fitted, frontier_path("Synthetic-Model", tmp_path))
    assert find_frontier("Synthetic-Model", [tmp_path]) is None  # cached
    clear_frontier_cache()
    assert find_frontier("Synthetic-Model", [tmp_path]) == fitted


def test_find_frontier_reports_a_broken_file(tmp_path: Path) -> None:
    frontier_path("Broken", tmp_path).write_text("{", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"broken\.json"):
        find_frontier("Broken", [tmp_path])


# --------------------------------------------------------------------------- reporting


def test_plot_writes_a_png(tmp_path: Path) -> None:
    data = [*synthetic(200), *[FrontierExample(
        family="knowledge", features={}, correct=i % 2 == 0, group="capitals",
        difficulty_bin=3) for i in range(12)]]
    frontier = fit_frontier(data, model="Synthetic-Model")
    path = plot_frontier(frontier, tmp_path / "frontier.png")
    content = path.read_bytes()
    assert content.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(content) > 1024


def test_format_table(fitted: Frontier) -> None:
    text = format_table(fitted)
    lines = text.splitlines()
    assert lines[0].startswith("Synthetic-Model: predicted accuracy")
    sums = next(line for line in lines if line.startswith("sums"))
    row0 = next(row for row in fitted.table if row.difficulty_bin == 0)
    assert f"{100 * row0.predicted:.0f} ({100 * row0.observed:.0f})" in sums
    arithmetic = next(line for line in lines if line.startswith("arithmetic"))
    calibration = fitted.calibration["arithmetic"]
    assert f"{calibration.brier:.3f}" in arithmetic
    assert f"{calibration.base_brier:.3f}" in arithmetic
