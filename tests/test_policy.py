"""The policy: binomial arithmetic, the Learn-then-Test guarantee in simulation, explicit
thresholds, configuration errors that name the field, and persistence."""

from __future__ import annotations

import math
import re
from fractions import Fraction
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest
from pydantic import ValidationError

from guardrail._errors import ConfigError
from guardrail.policy import (
    CalibrationExample,
    FamilyPolicy,
    PolicyConfig,
    Thresholds,
    binomial_cdf,
    calibrate,
    calibrate_all,
    clopper_pearson_upper,
    explicit_thresholds,
    load_policy,
)

# --- binomial tail and Clopper-Pearson --------------------------------------------------------


def _exact_cdf(k: int, n: int, p: Fraction) -> float:
    return float(sum(math.comb(n, i) * p**i * (1 - p) ** (n - i) for i in range(k + 1)))


@pytest.mark.parametrize("p", [Fraction(1, 100), Fraction(1, 5), Fraction(1, 2), Fraction(9, 10)])
def test_binomial_cdf_matches_brute_force_for_small_n(p: Fraction) -> None:
    for n in range(0, 31):
        for k in range(-1, n + 2):
            want = 0.0 if k < 0 else _exact_cdf(min(k, n), n, p)
            assert binomial_cdf(k, n, float(p)) == pytest.approx(want, rel=1e-9, abs=1e-300)


def test_binomial_cdf_is_accurate_for_large_n() -> None:
    n, p = 100_000, 0.2

    def reference(k: int) -> float:  # every term, in log space, summed with fsum
        logs = [math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1)
                + i * math.log(p) + (n - i) * math.log1p(-p) for i in range(k + 1)]
        top = max(logs)
        return math.exp(top) * math.fsum(math.exp(v - top) for v in logs)

    for k in (19_000, 19_800, 20_000, 20_300):
        assert binomial_cdf(k, n, p) == pytest.approx(reference(k), rel=1e-8)
    assert 0 < binomial_cdf(19_000, n, p) < 1e-10  # deep in the tail, still not 0
    assert binomial_cdf(21_000, n, p) == pytest.approx(1.0)


def test_binomial_cdf_edge_probabilities() -> None:
    assert binomial_cdf(3, 10, 0.0) == 1.0
    assert binomial_cdf(3, 10, 1.0) == 0.0
    assert binomial_cdf(10, 10, 1.0) == 1.0
    assert binomial_cdf(0, 0, 0.3) == 1.0


def test_clopper_pearson_upper_bound() -> None:
    assert clopper_pearson_upper(0, 30, 0.9) == pytest.approx(1 - 0.1 ** (1 / 30), abs=1e-9)
    assert clopper_pearson_upper(0, 0, 0.9) == 1.0
    assert clopper_pearson_upper(5, 5, 0.9) == 1.0
    for errors, n, confidence in [(3, 40, 0.9), (20, 100, 0.95), (100, 1000, 0.99)]:
        bound = clopper_pearson_upper(errors, n, confidence)
        assert bound > errors / n
        # The bound is where observing this few errors becomes a (1 - confidence) event.
        assert binomial_cdf(errors, n, bound) == pytest.approx(1 - confidence, abs=1e-9)
    assert clopper_pearson_upper(3, 40, 0.95) > clopper_pearson_upper(3, 40, 0.9)


# --- the guarantee, in simulation ---------------------------------------------------------------

ALPHA, CONFIDENCE = 0.2, 0.9
N_CALIBRATION, N_HELD_OUT, RESAMPLES = 400, 20_000, 200


def _population(rng: np.random.Generator, n: int
                ) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], npt.NDArray[np.str_]]:
    """estimate ~ U(0,1), P(correct | estimate) = estimate**0.7, a quarter of the misses
    avoidant; agreement is the share of 3 samples agreeing, likelier when correct."""
    estimate = rng.random(n)
    correct = rng.random(n) < estimate**0.7
    avoidant = ~correct & (rng.random(n) < 0.25)
    outcome = np.where(correct, "correct", np.where(avoidant, "avoidant", "incorrect"))
    agree_p = np.where(correct, 0.85, np.where(avoidant, 0.6, 0.35))
    agreement = (rng.random((n, 3)) < agree_p[:, None]).sum(axis=1) / 3
    return estimate, agreement, outcome


def _risk_and_coverage(estimate: npt.NDArray[np.float64], agreement: npt.NDArray[np.float64],
                       outcome: npt.NDArray[np.str_], min_estimate: float,
                       min_agreement: float) -> tuple[float, float]:
    # The same decisions a Thresholds makes, vectorised over the held-out draw.
    answered = estimate >= min_estimate
    if min_agreement > 0:
        answered &= agreement + 1e-9 >= min_agreement
    n = int(answered.sum())
    errors = int((answered & (outcome == "incorrect")).sum())
    return (errors / n if n else 0.0), n / len(estimate)


def _naive_threshold(estimate: npt.NDArray[np.float64], outcome: npt.NDArray[np.str_]) -> float:
    """The plug-in choice LTT replaces: the lowest threshold whose calibration risk <= target."""
    order = np.argsort(-estimate)
    running = np.cumsum(outcome[order] == "incorrect") / np.arange(1, len(order) + 1)
    ok = np.flatnonzero(running <= ALPHA)
    return float(estimate[order][ok[-1]]) if len(ok) else 1.01


def simulate(with_agreement: bool, resamples: int = RESAMPLES) -> dict[str, float]:
    """Calibrate on draws of 400, measure on fresh draws of 20,000, ``resamples`` times:
    the share within target, the mean coverage, and the naive plug-in's share within target.
    ``benchmarks/policy_resample.py --simulate`` prints these numbers."""
    rng = np.random.default_rng(20240611 + with_agreement)
    within = naive_within = 0
    coverages = []
    for resample in range(resamples):
        estimate, agreement, outcome = _population(rng, N_CALIBRATION)
        examples = [CalibrationExample(family="knowledge", estimate=float(e),
                                       agreement=float(a) if with_agreement else None,
                                       outcome=o)
                    for e, a, o in zip(estimate, agreement, outcome, strict=True)]
        fitted = calibrate(examples, max_error_rate=ALPHA, confidence=CONFIDENCE,
                           seed=resample)
        assert fitted.method.startswith("learn-then-test")
        assert (fitted.min_agreement > 0) <= with_agreement
        held_out = _population(rng, N_HELD_OUT)
        risk, coverage = _risk_and_coverage(*held_out, fitted.min_estimate,
                                            fitted.min_agreement)
        within += risk <= ALPHA
        coverages.append(coverage)
        naive_risk, _ = _risk_and_coverage(*held_out, _naive_threshold(estimate, outcome), 0.0)
        naive_within += naive_risk <= ALPHA
    return {"within": within / resamples, "coverage": float(np.mean(coverages)),
            "naive_within": naive_within / resamples}


@pytest.mark.parametrize("with_agreement", [False, True], ids=["estimate-only", "with-check"])
def test_selective_risk_stays_within_target_on_unseen_items(with_agreement: bool) -> None:
    result = simulate(with_agreement)
    assert result["within"] >= CONFIDENCE, (
        f"risk within target in only {result['within']:.1%} of resamples")
    assert result["coverage"] > 0.3, "the guarantee was bought by abstaining on everything"
    # The simulation has teeth: choosing by the calibration risk alone misses the target
    # about half the time.
    assert result["naive_within"] < 0.75


def test_the_check_buys_coverage_when_agreement_is_informative() -> None:
    rng = np.random.default_rng(7)
    estimate, agreement, outcome = _population(rng, 2000)
    one_d = calibrate([CalibrationExample(family="f", estimate=float(e), outcome=o)
                       for e, o in zip(estimate, outcome, strict=True)], max_error_rate=ALPHA)
    two_d = calibrate([CalibrationExample(family="f", estimate=float(e), agreement=float(a),
                                          outcome=o)
                       for e, a, o in zip(estimate, agreement, outcome, strict=True)],
                      max_error_rate=ALPHA)
    assert one_d.min_agreement == 0.0 and two_d.min_agreement > 0
    assert two_d.coverage is not None and one_d.coverage is not None
    assert two_d.coverage > one_d.coverage
    assert two_d.upper_bound is not None and two_d.upper_bound > (two_d.error_rate or 0.0)


def test_an_unreachable_target_abstains_on_everything() -> None:
    rng = np.random.default_rng(3)
    estimate = rng.random(400)
    correct = rng.random(400) < 0.5 * estimate  # hard: at best a coin flip
    examples = [CalibrationExample(family="trivia", estimate=float(e),
                                   outcome="correct" if c else "incorrect")
                for e, c in zip(estimate, correct, strict=True)]
    fitted = calibrate(examples, max_error_rate=0.01)
    assert not fitted.feasible
    assert fitted.min_estimate > 1 and fitted.coverage == 0.0 and fitted.upper_bound is None
    assert {fitted.decide_before(p) for p in (0.0, 0.5, 1.0)} == {"abstain"}


def test_avoidant_answers_count_as_answered_but_not_as_errors() -> None:
    # 60 avoidant, 40 correct, no errors: answering everything meets any target.
    examples = [CalibrationExample(family="f", estimate=i / 100,
                                   outcome="avoidant" if i % 5 < 3 else "correct")
                for i in range(100)]
    fitted = calibrate(examples, max_error_rate=0.05)
    assert fitted.feasible and fitted.min_estimate == 0.0
    assert fitted.coverage == 1.0 and fitted.error_rate == 0.0


def test_a_fixed_grid_limits_the_candidates() -> None:
    examples = _family_examples("knowledge", 21, with_agreement=False)
    fitted = calibrate(examples, max_error_rate=ALPHA, estimate_grid=[0.5, 0.9])
    assert fitted.min_estimate in {0.5, 0.9}
    too_loose = calibrate(examples, max_error_rate=ALPHA, estimate_grid=[0.0])
    assert not too_loose.feasible  # answering everything errs about 31% of the time


def test_calibration_is_deterministic_for_a_seed() -> None:
    rng = np.random.default_rng(11)
    estimate, agreement, outcome = _population(rng, 300)
    examples = [CalibrationExample(family="f", estimate=float(e), agreement=float(a), outcome=o)
                for e, a, o in zip(estimate, agreement, outcome, strict=True)]
    assert calibrate(examples, max_error_rate=ALPHA, seed=5) == calibrate(
        examples, max_error_rate=ALPHA, seed=5)


def test_a_missing_agreement_score_means_no_check() -> None:
    rng = np.random.default_rng(12)
    estimate, agreement, outcome = _population(rng, 300)
    examples = [CalibrationExample(family="f", estimate=float(e),
                                   agreement=None if i == 0 else float(a), outcome=o)
                for i, (e, a, o) in enumerate(zip(estimate, agreement, outcome, strict=True))]
    fitted = calibrate(examples, max_error_rate=ALPHA)
    assert fitted.min_agreement == 0.0 and "Pareto" not in fitted.method
    with pytest.raises(ValueError, match="agreement score on every example"):
        calibrate(examples, max_error_rate=ALPHA, agreement_grid=[0.0, 2 / 3])


def test_calibrate_rejects_misuse() -> None:
    one = CalibrationExample(family="a", estimate=0.5, outcome="correct")
    with pytest.raises(ValueError, match="at least one"):
        calibrate([], max_error_rate=0.1)
    with pytest.raises(ValueError, match="one family"):
        calibrate([one, one.model_copy(update={"family": "b"})], max_error_rate=0.1)
    with pytest.raises(ValueError, match="strictly between"):
        calibrate([one], max_error_rate=1.5)


# --- explicit thresholds and decisions ----------------------------------------------------------


def test_explicit_thresholds_decide_as_documented() -> None:
    rule = explicit_thresholds(FamilyPolicy(min_estimate=0.6, min_agreement=2 / 3), "knowledge")
    assert rule.method == "explicit" and rule.max_error_rate is None and rule.feasible
    assert rule.decide_before(0.59) == "abstain"
    assert rule.decide_before(0.6) == "check"
    assert rule.decide_before(1.0) == "check"
    assert rule.decide_after(1 / 3) == "abstain"
    assert rule.decide_after((1 + 1) / 3) == "answer"  # the same fraction, computed again
    assert rule.decide_after(1.0) == "answer"

    no_check = explicit_thresholds(FamilyPolicy(min_estimate=0.6), "knowledge")
    assert no_check.min_agreement == 0.0
    assert (no_check.decide_before(0.2), no_check.decide_before(0.7)) == ("abstain", "answer")
    assert no_check.coverage is None and no_check.n_calibration == 0

    only_check = explicit_thresholds(FamilyPolicy(min_agreement=0.5), "knowledge")
    assert only_check.decide_before(0.0) == "check"
    assert only_check.decide_after(0.5) == "answer"

    with pytest.raises(ValueError, match="use calibrate"):
        explicit_thresholds(FamilyPolicy(max_error_rate=0.1), "knowledge")


def test_explicit_thresholds_are_measured_on_examples() -> None:
    examples = [
        CalibrationExample(family="k", estimate=0.9, agreement=1.0, outcome="correct"),
        CalibrationExample(family="k", estimate=0.9, agreement=0.0, outcome="incorrect"),
        CalibrationExample(family="k", estimate=0.8, agreement=None, outcome="correct"),
        CalibrationExample(family="k", estimate=0.7, agreement=1.0, outcome="incorrect"),
        CalibrationExample(family="k", estimate=0.1, agreement=1.0, outcome="correct"),
        CalibrationExample(family="other", estimate=0.9, agreement=1.0, outcome="correct"),
    ]
    rule = explicit_thresholds(FamilyPolicy(min_estimate=0.5, min_agreement=0.5), "k",
                               examples)
    # Answered: the first (agrees) and the fourth (agrees, but wrong); a missing score
    # cannot pass a check.
    assert rule.n_calibration == 5 and rule.coverage == pytest.approx(2 / 5)
    assert rule.error_rate == pytest.approx(1 / 2)


# --- configuration ------------------------------------------------------------------------------


def test_family_policy_validation_names_the_fields() -> None:
    with pytest.raises(ValidationError, match="mutually exclusive"):
        FamilyPolicy(max_error_rate=0.1, min_estimate=0.5)
    with pytest.raises(ValidationError, match="max_error_rate, or min_estimate"):
        FamilyPolicy()
    with pytest.raises(ValidationError, match="max_error_rate"):
        FamilyPolicy(max_error_rate=1.0)
    with pytest.raises(ValidationError, match="check 'never'"):
        FamilyPolicy(min_agreement=0.5, check="never")
    with pytest.raises(ValidationError, match="check 'always'"):
        FamilyPolicy(min_estimate=0.5, check="always")
    with pytest.raises(ValidationError, match="colour"):
        FamilyPolicy.model_validate({"max_error_rate": 0.1, "colour": "red"})


def test_policy_config_routes_families() -> None:
    config = PolicyConfig(default=FamilyPolicy(max_error_rate=0.2),
                          families={"arithmetic": FamilyPolicy(max_error_rate=0.05)},
                          passthrough_families=("creative",))
    assert config.for_family("arithmetic") == FamilyPolicy(max_error_rate=0.05)
    assert config.for_family("knowledge") == FamilyPolicy(max_error_rate=0.2)
    assert config.for_family("creative") is None
    assert PolicyConfig().for_family("knowledge") is None
    with pytest.raises(ValidationError, match="both passthrough"):
        PolicyConfig(families={"creative": FamilyPolicy(max_error_rate=0.1)},
                     passthrough_families=("creative",))


POLICY = """confidence: 0.95
default:
  max_error_rate: 0.2
families:
  arithmetic: {max_error_rate: 0.05, check: never}
  knowledge: {min_estimate: 0.6, min_agreement: 0.67}
passthrough_families: [creative]
"""


def test_load_policy_reads_yaml(tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text(POLICY, encoding="utf-8")
    config = load_policy(path)
    assert config.confidence == 0.95
    assert config.for_family("arithmetic") == FamilyPolicy(max_error_rate=0.05, check="never")
    assert config.for_family("knowledge") == FamilyPolicy(min_estimate=0.6, min_agreement=0.67)
    assert config.for_family("creative") is None
    empty = tmp_path / "empty.yaml"
    empty.write_text("", encoding="utf-8")
    assert load_policy(empty) == PolicyConfig()


@pytest.mark.parametrize(
    ("text", "field"),
    [
        (POLICY.replace("max_error_rate: 0.05", "max_error_rate: 2"),
         "families.arithmetic.max_error_rate"),
        (POLICY.replace("check: never", "check: sometimes"), "families.arithmetic.check"),
        (POLICY.replace("min_agreement: 0.67", "min_agreement: 0.67, colour: red"),
         "families.knowledge.colour"),
        (POLICY.replace("min_estimate: 0.6", "min_estimate: 0.6, max_error_rate: 0.1"),
         "families.knowledge"),
        (POLICY.replace("confidence: 0.95", "confidence: 1.5"), "confidence"),
        (POLICY.replace("default:", "defaults:"), "defaults"),
        ("- just\n- a list\n", "(top level)"),
    ],
)
def test_a_bad_policy_file_names_file_and_field(tmp_path: Path, text: str, field: str) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_policy(path)
    message = str(raised.value)
    assert str(path) in message and f"field '{field}'" in message


def test_a_mutual_exclusion_error_says_which_fields(tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text("families:\n  knowledge: {max_error_rate: 0.1, min_estimate: 0.5}\n",
                    encoding="utf-8")
    with pytest.raises(ConfigError, match=r"max_error_rate and min_estimate/min_agreement "
                                          r"are mutually exclusive"):
        load_policy(path)


def test_unreadable_policy_files_raise_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read policy"):
        load_policy(tmp_path / "missing.yaml")
    broken = tmp_path / "broken.yaml"
    broken.write_text("default: [unclosed\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(str(broken))):
        load_policy(broken)


# --- calibrate_all ------------------------------------------------------------------------------


def _family_examples(family: str, seed: int, n: int = 400, with_agreement: bool = True
                     ) -> list[CalibrationExample]:
    estimate, agreement, outcome = _population(np.random.default_rng(seed), n)
    return [CalibrationExample(family=family, estimate=float(e),
                               agreement=float(a) if with_agreement else None, outcome=o)
            for e, a, o in zip(estimate, agreement, outcome, strict=True)]


def test_calibrate_all_follows_the_config() -> None:
    examples = [*_family_examples("arithmetic", 1), *_family_examples("knowledge", 2),
                *_family_examples("trivia", 3), *_family_examples("creative", 4),
                *_family_examples("geometry", 5)]
    config = PolicyConfig(
        default=FamilyPolicy(max_error_rate=0.2), confidence=0.8,
        families={"arithmetic": FamilyPolicy(max_error_rate=0.2, check="never"),
                  "trivia": FamilyPolicy(max_error_rate=0.2, check="always"),
                  "geometry": FamilyPolicy(min_estimate=0.5)},
        passthrough_families=("creative",))
    fitted = calibrate_all(examples, config)
    assert sorted(fitted) == ["arithmetic", "knowledge", "trivia"]
    assert all(t.family == f and t.confidence == 0.8 for f, t in fitted.items())
    assert fitted["arithmetic"].min_agreement == 0.0
    assert "Pareto" not in fitted["arithmetic"].method
    assert fitted["trivia"].min_agreement > 0
    assert fitted["knowledge"].n_calibration == 400


def test_calibrate_all_needs_scores_to_always_check() -> None:
    config = PolicyConfig(default=FamilyPolicy(max_error_rate=0.2, check="always"))
    with pytest.raises(ConfigError, match=r"'trivia'.*agreement scores"):
        calibrate_all(_family_examples("trivia", 1, with_agreement=False), config)


# --- persistence --------------------------------------------------------------------------------


def test_thresholds_round_trip_through_json() -> None:
    calibrated = calibrate(_family_examples("knowledge", 9), max_error_rate=ALPHA)
    infeasible = calibrate(_family_examples("knowledge", 9, n=20), max_error_rate=0.01)
    explicit = explicit_thresholds(FamilyPolicy(min_estimate=0.5), "knowledge")
    assert calibrated.feasible and not infeasible.feasible
    for thresholds in (calibrated, infeasible, explicit):
        data = thresholds.model_dump(mode="json")
        assert Thresholds.model_validate(data) == thresholds
        assert Thresholds.model_validate_json(thresholds.model_dump_json()) == thresholds
    with pytest.raises(ValidationError, match="extra"):
        Thresholds.model_validate({**calibrated.model_dump(mode="json"), "colour": "red"})
