"""Abstention thresholds with a risk guarantee: when to answer, check or abstain.

For a query the model must answer, guardrail knows a frontier *estimate* ``p`` of
P(model correct) before calling the model, and optionally, after the model answered, an
*agreement* score ``a`` (self-consistency or a supervisor's verdict). A family's
:class:`Thresholds` turn those two numbers into a decision: abstain when ``p`` is below
``min_estimate``, otherwise answer directly (``min_agreement == 0``) or run the check and
answer only when ``a >= min_agreement``.

Thresholds are either written by hand (:func:`explicit_thresholds`) or fitted to a target
error rate among answered items by :func:`calibrate`, a Learn-then-Test procedure
(Angelopoulos, Bates, Candès, Jordan and Lei, 2021): with probability at least
``confidence`` over the draw of the calibration examples, the error rate among answered
items on new items from the same distribution is at most ``max_error_rate``. A policy file
(YAML) names the targets per family::

    confidence: 0.9
    default:
      max_error_rate: 0.2
    families:
      arithmetic: {max_error_rate: 0.05, check: never}
      knowledge: {min_estimate: 0.6, min_agreement: 0.67}
    passthrough_families: [creative]

Everything here is pure computation on numbers: no I/O except :func:`load_policy`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Literal

import numpy as np
import numpy.typing as npt
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ._errors import ConfigError

__all__ = [
    "CalibrationExample",
    "FamilyPolicy",
    "PolicyConfig",
    "Thresholds",
    "binomial_cdf",
    "calibrate",
    "calibrate_all",
    "clopper_pearson_upper",
    "explicit_thresholds",
    "load_policy",
]

Outcome = Literal["correct", "incorrect", "avoidant"]
CheckMode = Literal["auto", "always", "never"]

# Agreement scores are fractions such as 2/3 computed in different places; a threshold taken
# from the calibration data must accept the same fraction computed again at run time.
_TOL = 1e-9
# Where abstaining on everything puts the estimate threshold: above any possible estimate.
_ABSTAIN_ALL = 1.01
_ESTIMATE_GRID_SIZE = 25
_AGREEMENT_GRID_SIZE = 10
_METHOD_1D = "learn-then-test, fixed-sequence binomial test"
_METHOD_2D = "learn-then-test, Pareto ordering + fixed-sequence binomial test"
_METHOD_EXPLICIT = "explicit"


class FamilyPolicy(BaseModel):
    """What one family asks for: a target error rate, or thresholds written by hand.

    ``check`` says whether the after-answer agreement check may be used: ``auto`` lets
    calibration decide, ``never`` forbids it, ``always`` requires it.

    >>> FamilyPolicy(max_error_rate=0.1).max_error_rate
    0.1
    >>> FamilyPolicy(min_estimate=0.6, min_agreement=0.67).check
    'auto'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    max_error_rate: float | None = Field(
        default=None, gt=0, lt=1,
        description="Target: highest acceptable share of incorrect among answered items.")
    min_estimate: float | None = Field(
        default=None, ge=0, le=1, description="Explicit: abstain below this frontier estimate.")
    min_agreement: float | None = Field(
        default=None, ge=0, le=1, description="Explicit: abstain below this agreement score.")
    check: CheckMode = "auto"

    @model_validator(mode="after")
    def _target_or_thresholds(self) -> FamilyPolicy:
        explicit = self.min_estimate is not None or self.min_agreement is not None
        if self.max_error_rate is not None and explicit:
            raise ValueError("max_error_rate and min_estimate/min_agreement are mutually "
                             "exclusive: give a target, or thresholds, not both")
        if self.max_error_rate is None and not explicit:
            raise ValueError("give max_error_rate, or min_estimate and/or min_agreement")
        if self.check == "never" and (self.min_agreement or 0.0) > 0:
            raise ValueError("check 'never' contradicts min_agreement > 0")
        if self.check == "always" and explicit and not (self.min_agreement or 0.0) > 0:
            raise ValueError("check 'always' with explicit thresholds needs min_agreement > 0")
        return self


class PolicyConfig(BaseModel):
    """Per-family policies, a default for the rest, and families that never abstain.

    Examples:
        >>> config = PolicyConfig(default=FamilyPolicy(max_error_rate=0.2),
        ...                       families={"arithmetic": FamilyPolicy(max_error_rate=0.05)},
        ...                       passthrough_families=("creative",))
        >>> [config.for_family(f).max_error_rate for f in ("arithmetic", "knowledge")]
        [0.05, 0.2]
        >>> config.for_family("creative") is None
        True
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    default: FamilyPolicy | None = None
    families: dict[str, FamilyPolicy] = Field(default_factory=dict)
    confidence: float = Field(
        default=0.9, gt=0, lt=1,
        description="1 - delta: probability over the calibration draw that the target holds.")
    passthrough_families: tuple[str, ...] = Field(
        default=(), description="Families with no notion of correctness: never abstain.")

    @model_validator(mode="after")
    def _passthrough_disjoint(self) -> PolicyConfig:
        both = sorted(set(self.passthrough_families) & set(self.families))
        if both:
            raise ValueError(f"families {both} are both passthrough and have a policy")
        return self

    def for_family(self, family: str) -> FamilyPolicy | None:
        """The family's policy, the default for unlisted families, None for passthrough."""
        if family in self.passthrough_families:
            return None
        return self.families.get(family, self.default)


class CalibrationExample(BaseModel):
    """One graded reply with the scores the policy sees: what calibration learns from.

    >>> CalibrationExample(family="knowledge", estimate=0.8, agreement=2 / 3,
    ...                    outcome="correct").outcome
    'correct'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    family: str
    estimate: float = Field(ge=0, le=1)
    agreement: float | None = Field(default=None, ge=0, le=1)
    outcome: Outcome


class Thresholds(BaseModel):
    """A family's decision rule and what it cost on the calibration data.

    >>> rule = Thresholds(family="knowledge", min_estimate=0.5, min_agreement=0.6,
    ...                   method="explicit")
    >>> rule.decide_before(0.4), rule.decide_before(0.7), rule.decide_after(2 / 3)
    ('abstain', 'check', 'answer')
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    family: str
    min_estimate: float = Field(
        ge=0, description="Abstain below; above 1 means abstain on everything.")
    min_agreement: float = Field(
        default=0.0, ge=0, le=1, description="0 means no check is needed.")
    max_error_rate: float | None = Field(default=None, gt=0, lt=1)
    confidence: float | None = Field(default=None, gt=0, lt=1)
    method: str
    n_calibration: int = Field(default=0, ge=0)
    coverage: float | None = Field(
        default=None, ge=0, le=1,
        description="Share answered on the calibration data; None when there was none.")
    error_rate: float | None = Field(
        default=None, ge=0, le=1,
        description="Incorrect / answered on the calibration data (0 when nothing is "
                    "answered); None when there was no data.")
    upper_bound: float | None = Field(
        default=None, ge=0, le=1,
        description="One-sided Clopper-Pearson upper bound (at `confidence`) of the error "
                    "rate among answered items on the test split.")
    feasible: bool = Field(
        default=True, description="False when no threshold met the target: abstain always.")

    def decide_before(self, estimate: float) -> Literal["abstain", "answer", "check"]:
        """Before calling the model: abstain, answer without a check, or answer and check."""
        if estimate < self.min_estimate:
            return "abstain"
        return "answer" if self.min_agreement <= 0 else "check"

    def decide_after(self, agreement: float) -> Literal["abstain", "answer"]:
        """After the check: keep the answer only when the agreement reaches the threshold."""
        return "abstain" if agreement + _TOL < self.min_agreement else "answer"

    def decide(self, estimate: float, agreement: float | None) -> Literal["abstain", "answer"]:
        """Both steps at once, for offline evaluation; without a score a check cannot pass.

        >>> Thresholds(family="k", min_estimate=0.5, min_agreement=0.5,
        ...            method="explicit").decide(0.9, None)
        'abstain'
        """
        before = self.decide_before(estimate)
        if before != "check":
            return before
        return "abstain" if agreement is None else self.decide_after(agreement)


# --- binomial tail and Clopper-Pearson bound --------------------------------------------------


def _log_pmf(i: int, n: int, p: float) -> float:
    return (math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1)
            + i * math.log(p) + (n - i) * math.log1p(-p))


def _log_sum_walk(start: int, stop: int, step: int, n: int, p: float) -> float:
    """log of sum of pmf(i) for i from ``start`` towards ``stop`` (exclusive).

    The walk moves away from the mode, where terms only shrink, so it ends once they are
    negligible (e^-45 of the first): about sqrt(n) terms instead of n.
    """
    first = _log_pmf(start, n, p)
    total = 1.0  # in units of exp(first)
    for i in range(start + step, stop, step):
        log_term = _log_pmf(i, n, p) - first
        if log_term < -45.0:
            break
        total += math.exp(log_term)
    return first + math.log(total)


def binomial_cdf(k: int, n: int, p: float) -> float:
    """P(Binomial(n, p) <= k), summed in log space (accurate for n up to 1e5 and beyond).

    This is the Learn-then-Test p-value of "error rate > p" after ``k`` errors in ``n``.

    >>> round(binomial_cdf(0, 30, 0.2), 6) == round(0.8 ** 30, 6)
    True
    """
    if k < 0:
        return 0.0
    if k >= n or p <= 0.0:
        return 1.0
    if p >= 1.0:
        return 0.0
    mode = math.floor((n + 1) * p)
    if k <= mode:  # the lower tail is the small side: sum it directly
        return min(1.0, math.exp(_log_sum_walk(k, -1, -1, n, p)))
    # Past the mode the upper tail is the small side; 1 - it keeps full accuracy here.
    return max(0.0, 1.0 - math.exp(_log_sum_walk(k + 1, n + 1, 1, n, p)))


def clopper_pearson_upper(errors: int, n: int, confidence: float) -> float:
    """One-sided Clopper-Pearson upper bound of a binomial proportion at ``confidence``.

    The largest rate ``u`` with P(Binomial(n, u) <= errors) >= 1 - confidence, found by
    bisection.

    >>> round(clopper_pearson_upper(0, 30, 0.9), 6) == round(1 - 0.1 ** (1 / 30), 6)
    True
    """
    if n <= 0 or errors >= n:
        return 1.0
    delta = 1.0 - confidence
    low, high = errors / n, 1.0
    for _ in range(100):
        middle = (low + high) / 2
        if binomial_cdf(errors, n, middle) > delta:
            low = middle
        else:
            high = middle
        if high - low < 1e-12:
            break
    return high


# --- calibration ------------------------------------------------------------------------------


@lru_cache(maxsize=256)
def _min_tested(alpha: float, delta: float, available: int) -> int:
    """The fewest answered items a candidate must have to enter the test sequence.

    A fixed sequence stops at its first non-rejection, and thin candidates (a handful of
    answered items) fail by chance, which would stop it before the useful ones. A candidate
    is tested only when an observed error rate of half the target would pass the test, or
    with every available item when that is out of reach. This looks at counts only, never
    at outcomes, so the sequence stays fixed given the scores.
    """
    floor = math.ceil(math.log(delta) / math.log1p(-alpha))  # zero errors just reject
    for m in range(floor, available + 1):
        if binomial_cdf(math.floor(m * alpha / 2), m, alpha) <= delta:
            return m
    return max(floor, available)


def _p_value(errors: int, answered: int, alpha: float) -> float:
    return 1.0 if answered == 0 else binomial_cdf(errors, answered, alpha)


def _estimate_grid(estimates: npt.NDArray[np.float64]) -> list[float]:
    levels = np.arange(1, _ESTIMATE_GRID_SIZE) / _ESTIMATE_GRID_SIZE
    # inverted_cdf returns observed values, so each threshold sits exactly on an example.
    quantiles = np.quantile(estimates, levels, method="inverted_cdf")
    return sorted({0.0, *(float(q) for q in quantiles)})


def _agreement_grid(agreements: npt.NDArray[np.float64]) -> list[float]:
    values = np.unique(agreements)
    if len(values) > _AGREEMENT_GRID_SIZE:  # a continuous score: thin it to quantiles
        levels = np.arange(1, _AGREEMENT_GRID_SIZE) / _AGREEMENT_GRID_SIZE
        values = np.unique(np.quantile(agreements, levels, method="inverted_cdf"))
    return sorted({0.0, *(float(v) for v in values)})


def _answered(estimates: npt.NDArray[np.float64], agreements: npt.NDArray[np.float64],
              lambdas: npt.NDArray[np.float64]) -> npt.NDArray[np.bool_]:
    """(candidates x examples): which examples each (min_estimate, min_agreement) answers."""
    by_estimate = estimates[None, :] >= lambdas[:, 0:1]
    by_agreement = (lambdas[:, 1:2] <= 0) | (agreements[None, :] + _TOL >= lambdas[:, 1:2])
    return np.asarray(by_estimate & by_agreement)


def _stratified_halves(outcomes: npt.NDArray[np.str_], rng: np.random.Generator
                       ) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    ordering: list[npt.NDArray[np.intp]] = []
    testing: list[npt.NDArray[np.intp]] = []
    for outcome in ("correct", "incorrect", "avoidant"):
        members = rng.permutation(np.flatnonzero(outcomes == outcome))
        cut = len(members) // 2 + (int(rng.integers(2)) if len(members) % 2 else 0)
        ordering.append(members[:cut])
        testing.append(members[cut:])
    return np.concatenate(ordering), np.concatenate(testing)


def calibrate(examples: Sequence[CalibrationExample], *, max_error_rate: float,
              confidence: float = 0.9, seed: int = 0,
              estimate_grid: Sequence[float] | None = None,
              agreement_grid: Sequence[float] | None = None) -> Thresholds:
    """Fit one family's thresholds to a target error rate among answered items.

    Guarantee: with probability at least ``confidence`` over the draw of ``examples``, the
    error rate among answered items (incorrect / answered; avoidant replies count as
    answered, not as errors) on new items from the same distribution is at most
    ``max_error_rate``. This is Learn-then-Test: every candidate
    λ = (min_estimate, min_agreement) is a null hypothesis "error rate of λ > target" with
    the exact binomial p-value P(Binomial(answered, target) <= errors), and fixed-sequence
    testing at level 1 - confidence rejects a set of them with family-wise error control;
    the rejected λ answering the most is returned.

    * Without agreement scores (or ``agreement_grid`` = [0]), candidates are min_estimate
      values (0 and quantiles of the estimates), tested on all examples from the most
      conservative down, stopping at the first non-rejection.
    * With agreement scores, the examples are split (seeded, stratified by outcome) in
      halves. The ordering half ranks the candidates: only its Pareto front of
      (coverage up, error rate down) that would itself pass the test is kept, most
      conservative first; the testing half then runs the fixed sequence. The order never
      sees the testing half, which is what keeps the guarantee (Pareto testing).

    A candidate enters the sequence only if it answers enough items that an observed error
    rate of half the target would pass the test (counts only, never outcomes): thin, very
    conservative candidates otherwise fail by chance and end the sequence before it reaches
    useful ones. When nothing is rejected the result is infeasible: ``feasible`` is False
    and ``min_estimate`` is above 1, i.e. abstain on everything.

    The guarantee is exact for grids fixed in advance (``estimate_grid``/``agreement_grid``);
    the default grids come from the scores (never the outcomes) and hold it in simulation.
    ``upper_bound`` is reported for the chosen λ after the choice, so it is a description,
    not a second guarantee.

    Args:
        examples: graded examples of a single family.
        max_error_rate: the target, strictly between 0 and 1.
        confidence: 1 - δ, the probability that the target holds.
        seed: seeds the split of the two-score case.
        estimate_grid: candidate min_estimate values instead of the quantile grid.
        agreement_grid: candidate min_agreement values instead of the observed scores;
            ``[0.0]`` calibrates without the check.

    Raises:
        ValueError: no examples, several families, targets out of range, or an agreement
            grid above 0 while some example has no agreement score.

    >>> import numpy as np
    >>> rng = np.random.default_rng(0)
    >>> est = rng.random(300)
    >>> correct = rng.random(300) < est
    >>> data = [CalibrationExample(family="knowledge", estimate=float(e),
    ...                            outcome="correct" if c else "incorrect")
    ...         for e, c in zip(est, correct)]
    >>> fitted = calibrate(data, max_error_rate=0.2)
    >>> fitted.feasible, 0.3 < fitted.min_estimate < 0.9, fitted.decide_before(0.1)
    (True, True, 'abstain')
    """
    if not examples:
        raise ValueError("calibrate needs at least one example")
    families = {example.family for example in examples}
    if len(families) > 1:
        raise ValueError(f"calibrate fits one family at a time, got {sorted(families)}")
    if not 0 < max_error_rate < 1 or not 0 < confidence < 1:
        raise ValueError("max_error_rate and confidence must lie strictly between 0 and 1")
    family = examples[0].family
    alpha, delta = max_error_rate, 1.0 - confidence

    estimates = np.array([example.estimate for example in examples], dtype=np.float64)
    has_agreement = all(example.agreement is not None for example in examples)
    agreements = np.array([example.agreement if example.agreement is not None else -1.0
                           for example in examples], dtype=np.float64)
    outcomes = np.array([example.outcome for example in examples])
    errors = outcomes == "incorrect"

    estimate_values = (sorted({float(v) for v in estimate_grid}) if estimate_grid is not None
                       else _estimate_grid(estimates))
    if agreement_grid is not None:
        agreement_values = sorted({float(v) for v in agreement_grid})
        if any(v > 0 for v in agreement_values) and not has_agreement:
            raise ValueError("an agreement grid above 0 needs an agreement score on every "
                             "example")
    else:
        agreement_values = _agreement_grid(agreements) if has_agreement else [0.0]
    if not estimate_values or not agreement_values:
        raise ValueError("empty candidate grid")

    lambdas = np.array([(e, a) for e in estimate_values for a in agreement_values],
                       dtype=np.float64)
    answered = _answered(estimates, agreements, lambdas)

    if agreement_values == [0.0]:
        method = _METHOD_1D
        chosen, test_counts = _fixed_sequence_1d(answered, errors, alpha, delta)
    else:
        method = _METHOD_2D
        order_half, test_half = _stratified_halves(outcomes, np.random.default_rng(seed))
        chosen, test_counts = _pareto_fixed_sequence(answered, errors, lambdas, order_half,
                                                     test_half, alpha, delta)

    if chosen is None:
        return Thresholds(family=family, min_estimate=_ABSTAIN_ALL, min_agreement=0.0,
                          max_error_rate=max_error_rate, confidence=confidence, method=method,
                          n_calibration=len(examples), coverage=0.0, error_rate=0.0,
                          upper_bound=None, feasible=False)
    n_answered = int(answered[chosen].sum())
    n_errors = int((answered[chosen] & errors).sum())
    return Thresholds(
        family=family, min_estimate=float(lambdas[chosen, 0]),
        min_agreement=float(lambdas[chosen, 1]), max_error_rate=max_error_rate,
        confidence=confidence, method=method, n_calibration=len(examples),
        coverage=n_answered / len(examples),
        error_rate=n_errors / n_answered if n_answered else 0.0,
        upper_bound=clopper_pearson_upper(test_counts[1], test_counts[0], confidence),
        feasible=True)


def _fixed_sequence_1d(answered: npt.NDArray[np.bool_], errors: npt.NDArray[np.bool_],
                       alpha: float, delta: float) -> tuple[int | None, tuple[int, int]]:
    """Walk min_estimate from high to low on all examples; keep the last rejection."""
    counts = answered.sum(axis=1)
    error_counts = (answered & errors[None, :]).sum(axis=1)
    needed = _min_tested(alpha, delta, answered.shape[1])
    chosen: int | None = None
    # Candidates come sorted by ascending min_estimate (agreement grid is [0]): walk back.
    for index in range(answered.shape[0] - 1, -1, -1):
        if counts[index] < needed:
            continue
        if _p_value(int(error_counts[index]), int(counts[index]), alpha) > delta:
            break
        chosen = index
    if chosen is None:
        return None, (0, 0)
    return chosen, (int(counts[chosen]), int(error_counts[chosen]))


def _pareto_fixed_sequence(answered: npt.NDArray[np.bool_], errors: npt.NDArray[np.bool_],
                           lambdas: npt.NDArray[np.float64], order_half: npt.NDArray[np.intp],
                           test_half: npt.NDArray[np.intp], alpha: float, delta: float
                           ) -> tuple[int | None, tuple[int, int]]:
    """Order candidates on one half, test them in that order on the other half."""
    order_counts = answered[:, order_half].sum(axis=1)
    order_errors = (answered[:, order_half] & errors[None, order_half]).sum(axis=1)
    order_risk = np.where(order_counts > 0, order_errors / np.maximum(order_counts, 1), 0.0)
    needed = _min_tested(alpha, delta, len(order_half))

    # Pareto front of the ordering half: walk from the largest coverage down and keep a
    # candidate only when it is strictly safer than everything answering at least as much.
    # Ties go to the candidate checking less (fewer model calls), then abstaining less.
    def cheaper(i: int) -> tuple[float, float]:
        return float(lambdas[i, 1]), float(lambdas[i, 0])

    indices = sorted(range(answered.shape[0]),
                     key=lambda i: (-order_counts[i], order_risk[i], cheaper(i)))
    front: list[int] = []
    best_risk = math.inf
    for index in indices:
        if order_risk[index] < best_risk:
            best_risk = float(order_risk[index])
            front.append(index)
    # Candidates the ordering half already fails (too thin, or too risky to pass the test)
    # would only stop the sequence early: leave them out.
    sequence = [i for i in reversed(front)
                if order_counts[i] >= needed and order_risk[i] <= alpha
                and _p_value(int(order_errors[i]), int(order_counts[i]), alpha) <= delta]

    test_counts = answered[:, test_half].sum(axis=1)
    test_errors = (answered[:, test_half] & errors[None, test_half]).sum(axis=1)
    rejected: list[int] = []
    for index in sequence:
        if _p_value(int(test_errors[index]), int(test_counts[index]), alpha) > delta:
            break
        rejected.append(index)
    if not rejected:
        return None, (0, 0)
    chosen = min(rejected, key=lambda i: (-test_counts[i], cheaper(i)))
    return chosen, (int(test_counts[chosen]), int(test_errors[chosen]))


def explicit_thresholds(policy: FamilyPolicy, family: str,
                        examples: Iterable[CalibrationExample] = ()) -> Thresholds:
    """Thresholds written by hand, measured on ``examples`` of the family when given.

    Raises:
        ValueError: the policy has a target instead; use :func:`calibrate`.

    >>> rule = explicit_thresholds(FamilyPolicy(min_estimate=0.5), "knowledge")
    >>> rule.decide_before(0.7), rule.coverage is None
    ('answer', True)
    """
    if policy.max_error_rate is not None:
        raise ValueError(f"family {family!r} has a target (max_error_rate); use calibrate")
    rule = Thresholds(family=family, min_estimate=policy.min_estimate or 0.0,
                      min_agreement=policy.min_agreement or 0.0, method=_METHOD_EXPLICIT)
    mine = [example for example in examples if example.family == family]
    if not mine:
        return rule
    answered = errors = 0
    for example in mine:
        if rule.decide(example.estimate, example.agreement) == "answer":
            answered += 1
            errors += example.outcome == "incorrect"
    return rule.model_copy(update={
        "n_calibration": len(mine), "coverage": answered / len(mine),
        "error_rate": errors / answered if answered else 0.0})


def calibrate_all(examples: Iterable[CalibrationExample], config: PolicyConfig,
                  seed: int = 0) -> dict[str, Thresholds]:
    """Calibrate every family present in ``examples`` whose policy has a target.

    Families take their own entry or ``config.default``; passthrough families, families
    without a policy and families with explicit thresholds are left out (see
    :func:`explicit_thresholds`). ``check: never`` calibrates without agreement scores,
    ``check: always`` only among thresholds that run the check.

    Raises:
        ConfigError: ``check: always`` for a family whose examples lack agreement scores.

    >>> data = [CalibrationExample(family="knowledge", estimate=i / 100,
    ...                            outcome="correct" if i > 30 else "incorrect")
    ...         for i in range(100)]
    >>> config = PolicyConfig(default=FamilyPolicy(max_error_rate=0.1))
    >>> fitted = calibrate_all(data, config)["knowledge"]
    >>> fitted.min_estimate, fitted.coverage, round(fitted.error_rate, 3)
    (0.28, 0.72, 0.042)
    """
    by_family: dict[str, list[CalibrationExample]] = {}
    for example in examples:
        by_family.setdefault(example.family, []).append(example)
    fitted: dict[str, Thresholds] = {}
    for family, members in sorted(by_family.items()):
        policy = config.for_family(family)
        if policy is None or policy.max_error_rate is None:
            continue
        agreement_grid: list[float] | None = None
        if policy.check == "never":
            agreement_grid = [0.0]
        elif policy.check == "always":
            scores = [m.agreement for m in members]
            if any(score is None for score in scores):
                raise ConfigError(f"family {family!r}: check 'always' needs agreement scores "
                                  "on every calibration example")
            grid = _agreement_grid(np.array(scores, dtype=np.float64))
            agreement_grid = [value for value in grid if value > 0] or [1.0]
        fitted[family] = calibrate(members, max_error_rate=policy.max_error_rate,
                                   confidence=config.confidence, seed=seed,
                                   agreement_grid=agreement_grid)
    return fitted


def load_policy(path: str | Path) -> PolicyConfig:
    """Load a policy file (YAML); see the module docstring for its shape.

    Raises:
        ConfigError: the file is unreadable or invalid; the message names the file and the
            location of the offending field (e.g. ``families.knowledge.max_error_rate``).
    """
    source = str(path)
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{source}: cannot read policy: {exc}") from None
    try:
        return PolicyConfig.model_validate({} if raw is None else raw)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            where = ".".join(str(part) for part in error["loc"]) or "(top level)"
            message = error["msg"].removeprefix("Value error, ")
            problems.append(f"field '{where}': {message}")
        raise ConfigError(f"{source}: " + "; ".join(problems)) from None
