"""The jagged-frontier map: P(the model answers correctly | family, query features).

Models are uneven: a model that adds two-digit numbers flawlessly fails at five digits, and one
that knows the capital of France invents the capital of Tuvalu. The frontier map learns where
that edge lies for one model, from graded benchmark records: per routing family, an
L2-regularised logistic regression on the text features of :mod:`guardrail.features`. Its
calibration is measured on held-out records (k-fold cross-validation) and kept with the map,
so a policy can see how far to trust it.

Fitting and estimating are pure; only :func:`save_frontier`, :func:`load_frontier`,
:func:`find_frontier` and :func:`plot_frontier` touch files.

Example:
    >>> examples = [FrontierExample(family="arithmetic", features={"max_digits": d},
    ...                             correct=d < 4, group="arithmetic", difficulty_bin=d - 1)
    ...             for d in (1, 2, 3, 4, 5) for _ in range(8)]
    >>> frontier = fit_frontier(examples, model="tiny-model", created="2025-01-01T00:00:00Z")
    >>> frontier.estimate("arithmetic", {"max_digits": 2}) > 0.8
    True
    >>> frontier.estimate("arithmetic", {"max_digits": 5}) < 0.2
    True
    >>> frontier.estimate("geometry", {"max_digits": 2}) is None
    True
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from importlib.resources import files
from pathlib import Path
from typing import Any, Final, Literal

import numpy as np
from numpy.typing import NDArray
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ._errors import ConfigError
from .policy import CalibrationExample, Outcome

__all__ = [
    "FRONTIER_DIR_ENV",
    "FRONTIER_VERSION",
    "Calibration",
    "FamilyModel",
    "Frontier",
    "FrontierExample",
    "Reliability",
    "TableRow",
    "clear_frontier_cache",
    "find_frontier",
    "fit_family",
    "fit_frontier",
    "format_table",
    "frontier_path",
    "load_frontier",
    "model_slug",
    "plot_frontier",
    "save_frontier",
    "shipped_frontier_dir",
]

FRONTIER_VERSION: Final = 1
FRONTIER_DIR_ENV = "GUARDRAIL_FRONTIER_DIR"
# Fewer examples than this (or a single class) and a regression would only fit noise.
MIN_EXAMPLES = 20
DIFFICULTY_BINS = 5
RELIABILITY_BINS = 10
# Standardised features are clipped: a 5,000-character query must not extrapolate a trend
# learned on 50-character questions to a certainty.
_Z_CLIP = 4.0
_MAX_ITERATIONS = 100
_TOLERANCE = 1e-9
# Log loss of a prediction of exactly 0 or 1 that turns out wrong would be infinite.
_EPS = 1e-9
_DIGITS = 6

Array = NDArray[np.float64]


class FrontierExample(BaseModel):
    """One graded reply: the routing family, the query's features and whether it was right."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    family: str = Field(min_length=1, description="The routing family (what the map is per).")
    features: dict[str, float]
    correct: bool
    group: str = Field(default="", description="The benchmark family, for reporting only.")
    difficulty_bin: int = Field(default=0, ge=0, le=DIFFICULTY_BINS - 1)
    lang: str = "en"
    outcome: Outcome | None = Field(
        default=None, description="The grade, when known: the policy counts an avoidant "
        "reply as answered but not wrong, so it must stay apart from 'incorrect'.")
    agreement: float | None = Field(
        default=None, ge=0, le=1, description="Self-consistency or supervisor agreement.")

    @model_validator(mode="after")
    def _outcome_agrees(self) -> FrontierExample:
        if self.outcome is not None and (self.outcome == "correct") != self.correct:
            raise ValueError(f"outcome {self.outcome!r} contradicts correct={self.correct}")
        return self

    @property
    def graded(self) -> Outcome:
        if self.outcome is not None:
            return self.outcome
        return "correct" if self.correct else "incorrect"


class FamilyModel(BaseModel):
    """The fitted estimate for one family: a logistic regression or a smoothed base rate.

    ``base_rate`` is always the smoothed rate (positives + 1) / (n + 2); a ``base_rate`` model
    predicts it for every query, with zero weights, and ``note`` says why it is one.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    family: str
    kind: Literal["logistic", "base_rate"]
    n: int = Field(ge=0)
    positives: int = Field(ge=0)
    base_rate: float = Field(ge=0, le=1)
    feature_names: tuple[str, ...] = ()
    means: tuple[float, ...] = ()
    scales: tuple[float, ...] = ()
    weights: tuple[float, ...] = ()
    intercept: float = 0.0
    l2: float = Field(default=1.0, ge=0)
    note: str = ""

    @model_validator(mode="after")
    def _consistent(self) -> FamilyModel:
        if self.positives > self.n:
            raise ValueError(f"positives ({self.positives}) exceeds n ({self.n})")
        sizes = {len(self.feature_names), len(self.means), len(self.scales), len(self.weights)}
        if len(sizes) != 1:
            raise ValueError("feature_names, means, scales and weights differ in length")
        if any(not scale > 0 for scale in self.scales):
            raise ValueError("scales must be positive")
        return self

    def predict(self, features: Mapping[str, float]) -> float:
        """P(correct) for one query; a missing or non-finite feature counts as its mean.

        Example:
            >>> FamilyModel(family="knowledge", kind="base_rate", n=3, positives=2,
            ...             base_rate=0.6).predict({"zipf_min": 1.0})
            0.6
        """
        if self.kind == "base_rate":
            return self.base_rate
        logit = self.intercept
        for name, mean, scale, weight in zip(self.feature_names, self.means, self.scales,
                                             self.weights, strict=True):
            value = features.get(name)
            if value is not None and math.isfinite(value):
                logit += weight * min(_Z_CLIP, max(-_Z_CLIP, (value - mean) / scale))
        return _sigmoid(logit)


class Reliability(BaseModel):
    """One bin of a reliability diagram: predictions in [lo, hi) and how often they were right.

    Empty bins have ``mean_predicted`` and ``observed`` None.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    lo: float
    hi: float
    n: int = Field(ge=0)
    mean_predicted: float | None = None
    observed: float | None = None


class Calibration(BaseModel):
    """How well held-out predictions matched outcomes, next to the base-rate predictor's."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    n: int = Field(ge=0)
    positives: int = Field(ge=0)
    brier: float
    base_brier: float = Field(description="Brier of the training folds' smoothed base rate.")
    log_loss: float
    base_log_loss: float
    reliability: tuple[Reliability, ...]

    @property
    def skill(self) -> float:
        """Brier skill score against the base rate: > 0 means the features help."""
        return 1.0 - self.brier / self.base_brier if self.base_brier > 0 else 0.0


class TableRow(BaseModel):
    """One heatmap cell: a benchmark group's items of one family and difficulty bin."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    group: str
    family: str
    difficulty_bin: int = Field(ge=0, le=DIFFICULTY_BINS - 1)
    n: int = Field(ge=1)
    predicted: float = Field(description="Mean cross-validated prediction.")
    observed: float


class Frontier(BaseModel):
    """The jagged-frontier map of one model, with its held-out calibration.

    ``calibration`` has one entry per family and the key ``"overall"``.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: Literal[1] = FRONTIER_VERSION
    model: str = Field(min_length=1)
    created: str | None = Field(default=None, description="ISO timestamp of the fit, if given.")
    source: str = ""
    families: dict[str, FamilyModel]
    calibration: dict[str, Calibration]
    table: tuple[TableRow, ...] = ()
    policy_examples: tuple[CalibrationExample, ...] = Field(
        default=(), description="Every record with its held-out estimate: what the policy "
        "calibrates its thresholds on (estimates it was not fitted on, like new queries').")

    def estimate(self, family: str | None, features: Mapping[str, float]) -> float | None:
        """P(correct) for a query of ``family``, or None when the map has no such family.

        Example:
            >>> frontier = Frontier(model="m", families={}, calibration={})
            >>> frontier.estimate("knowledge", {}) is None
            True
        """
        if family is None:
            return None
        found = self.families.get(family)
        return None if found is None else found.predict(features)


# --------------------------------------------------------------------------- fitting (pure)


def _sigmoid(logit: float) -> float:
    if logit >= 0:
        return 1.0 / (1.0 + math.exp(-logit))
    z = math.exp(logit)  # never overflows on this side
    return z / (1.0 + z)


def _sigmoid_array(logits: Array) -> Array:
    result: Array = np.exp(-np.logaddexp(0.0, -logits))
    return result


def _design(examples: Sequence[FrontierExample], names: Sequence[str]) -> Array:
    matrix = np.full((len(examples), len(names)), np.nan)
    for row, example in enumerate(examples):
        for column, name in enumerate(names):
            value = example.features.get(name)
            if value is not None and math.isfinite(value):
                matrix[row, column] = value
    return matrix


def _newton(z: Array, y: Array, l2: float) -> tuple[Array, float]:
    """Penalised maximum likelihood by Newton steps, halved while the objective rises."""
    n, d = z.shape
    x = np.hstack([np.ones((n, 1)), z])
    penalty = np.full(d + 1, l2)
    penalty[0] = 0.0  # the intercept is not shrunk: it carries the base rate
    beta = np.zeros(d + 1)

    def objective(b: Array) -> float:
        logits = x @ b
        return float(np.sum(np.logaddexp(0.0, logits) - y * logits) + 0.5 * penalty @ (b * b))

    current = objective(beta)
    for _ in range(_MAX_ITERATIONS):
        p = _sigmoid_array(x @ beta)
        gradient = x.T @ (p - y) + penalty * beta
        hessian = (x.T * (p * (1.0 - p))) @ x + np.diag(penalty) + 1e-9 * np.eye(d + 1)
        step = np.linalg.solve(hessian, gradient)
        scale = 1.0
        while scale > 1e-6:
            candidate = beta - scale * step
            value = objective(candidate)
            if value <= current + 1e-12:
                break
            scale /= 2
        else:
            break  # no descent left: at the optimum up to rounding
        beta, current = candidate, value
        if float(np.max(np.abs(scale * step))) < _TOLERANCE:
            break
    return beta[1:], float(beta[0])


def fit_family(examples: Sequence[FrontierExample], *, family: str, l2: float = 1.0
               ) -> FamilyModel:
    """Fit one family's model; fewer than 20 examples or one class give a base-rate model.

    Features are the union of the examples' feature names, standardised; an example missing a
    feature gets the mean of the others.

    Example:
        >>> few = [FrontierExample(family="f", features={}, correct=True)] * 3
        >>> model = fit_family(few, family="f")
        >>> model.kind, model.base_rate
        ('base_rate', 0.8)
    """
    n = len(examples)
    positives = sum(example.correct for example in examples)
    base_rate = (positives + 1) / (n + 2)
    if n < MIN_EXAMPLES or positives in (0, n):
        note = (f"fewer than {MIN_EXAMPLES} examples" if n < MIN_EXAMPLES
                else "every example has the same outcome")
        return FamilyModel(family=family, kind="base_rate", n=n, positives=positives,
                           base_rate=base_rate, l2=l2, note=note)
    names = sorted({name for example in examples for name in example.features})
    matrix = _design(examples, names)
    present = ~np.isnan(matrix)
    counts = present.sum(axis=0)
    means = np.where(counts > 0, np.nansum(matrix, axis=0) / np.maximum(counts, 1), 0.0)
    matrix = np.where(present, matrix, means)
    scales = matrix.std(axis=0)
    # A constant feature standardises to 0 and its weight stays 0: scale 1 avoids 0/0.
    scales = np.where(scales > 1e-12, scales, 1.0)
    z = np.clip((matrix - means) / scales, -_Z_CLIP, _Z_CLIP)
    y = np.array([1.0 if example.correct else 0.0 for example in examples])
    weights, intercept = _newton(z, y, l2)
    return FamilyModel(
        family=family, kind="logistic", n=n, positives=positives, base_rate=base_rate,
        feature_names=tuple(names), means=tuple(float(v) for v in means),
        scales=tuple(float(v) for v in scales), weights=tuple(float(v) for v in weights),
        intercept=intercept, l2=l2,
    )


def _fold_of(indices: Sequence[int], folds: int, seed: int) -> dict[int, int]:
    """Balanced folds: examples ordered by a hash of (seed, index), then dealt round-robin."""
    def key(index: int) -> bytes:
        return hashlib.blake2b(f"{seed}:{index}".encode(), digest_size=8).digest()

    ordered = sorted(indices, key=key)
    return {index: rank % folds for rank, index in enumerate(ordered)}


def _calibration(predicted: Sequence[float], base: Sequence[float], outcomes: Sequence[bool]
                 ) -> Calibration:
    p = np.asarray(predicted, dtype=np.float64)
    b = np.asarray(base, dtype=np.float64)
    y = np.asarray(outcomes, dtype=np.float64)

    def log_loss(q: Array) -> float:
        q = np.clip(q, _EPS, 1 - _EPS)
        return float(-np.mean(y * np.log(q) + (1 - y) * np.log(1 - q)))

    bins = np.minimum((p * RELIABILITY_BINS).astype(int), RELIABILITY_BINS - 1)
    table = []
    for index in range(RELIABILITY_BINS):
        inside = bins == index
        count = int(inside.sum())
        table.append(Reliability(
            lo=index / RELIABILITY_BINS, hi=(index + 1) / RELIABILITY_BINS, n=count,
            mean_predicted=float(p[inside].mean()) if count else None,
            observed=float(y[inside].mean()) if count else None))
    return Calibration(n=len(y), positives=int(y.sum()), brier=float(np.mean((p - y) ** 2)),
                       base_brier=float(np.mean((b - y) ** 2)), log_loss=log_loss(p),
                       base_log_loss=log_loss(b), reliability=tuple(table))


def _rounded(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, _DIGITS)
    if isinstance(value, dict):
        return {key: _rounded(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_rounded(item) for item in value]
    return value


def fit_frontier(examples: Iterable[FrontierExample], *, model: str, source: str = "",
                 l2: float = 1.0, folds: int = 5, seed: int = 0, created: str | None = None,
                 fallback: bool = True) -> Frontier:
    """Fit the frontier map of ``model`` and measure its calibration by ``folds``-fold CV.

    With ``fallback``, a family whose regression does not beat its base rate on held-out
    records (Brier score) is served by the base rate: with few records and many features a
    regression can fit noise, and the cross-validation already says so.

    Deterministic: the same examples, ``seed`` and ``created`` give an identical map (floats
    are rounded to 6 places, as :func:`save_frontier` writes them). ``created`` is recorded
    as given; pass a timestamp (the CLI passes the current time) to have one.

    Raises:
        ConfigError: no examples, fewer than 2 folds or a negative ``l2``.
    """
    examples = list(examples)
    if not examples:
        raise ConfigError("fit_frontier needs at least one example")
    if folds < 2:
        raise ConfigError(f"folds must be at least 2, got {folds}")
    if l2 < 0:
        raise ConfigError(f"l2 must be non-negative, got {l2}")
    by_family: dict[str, list[int]] = defaultdict(list)
    for index, example in enumerate(examples):
        by_family[example.family].append(index)

    families: dict[str, FamilyModel] = {}
    held_out: dict[int, tuple[float, float]] = {}  # index -> (prediction, base-rate prediction)
    for family, indices in sorted(by_family.items()):
        families[family] = fit_family([examples[i] for i in indices], family=family, l2=l2)
        fold_of = _fold_of(indices, folds, seed)
        for fold in range(folds):
            train = [examples[i] for i in indices if fold_of[i] != fold]
            test = [i for i in indices if fold_of[i] == fold]
            if not test:
                continue
            fitted = fit_family(train, family=family, l2=l2)
            for i in test:
                held_out[i] = (fitted.predict(examples[i].features), fitted.base_rate)
        if fallback and families[family].kind == "logistic":
            outcomes = [1.0 if examples[i].correct else 0.0 for i in indices]
            brier = float(np.mean([(held_out[i][0] - y) ** 2
                                   for i, y in zip(indices, outcomes, strict=True)]))
            base = float(np.mean([(held_out[i][1] - y) ** 2
                                  for i, y in zip(indices, outcomes, strict=True)]))
            if brier >= base:
                families[family] = families[family].model_copy(update={
                    "kind": "base_rate", "feature_names": (), "means": (), "scales": (),
                    "weights": (), "intercept": 0.0,
                    "note": f"the regression did not beat the base rate held out "
                            f"(Brier {brier:.3f} vs {base:.3f})"})
                for i in indices:
                    held_out[i] = (held_out[i][1], held_out[i][1])

    def calibrate(indices: Sequence[int]) -> Calibration:
        return _calibration([held_out[i][0] for i in indices], [held_out[i][1] for i in indices],
                            [examples[i].correct for i in indices])

    calibration = {family: calibrate(indices) for family, indices in by_family.items()}
    calibration["overall"] = calibrate(range(len(examples)))

    cells: dict[tuple[str, str, int], list[int]] = defaultdict(list)
    for index, example in enumerate(examples):
        cells[(example.group, example.family, example.difficulty_bin)].append(index)
    table = [
        TableRow(group=group, family=family, difficulty_bin=difficulty_bin, n=len(indices),
                 predicted=float(np.mean([held_out[i][0] for i in indices])),
                 observed=float(np.mean([examples[i].correct for i in indices])))
        for (group, family, difficulty_bin), indices in sorted(cells.items())
    ]
    policy_examples = tuple(
        CalibrationExample(family=example.family, estimate=held_out[index][0],
                           agreement=example.agreement, outcome=example.graded)
        for index, example in enumerate(examples))
    frontier = Frontier(model=model, created=created, source=source, families=families,
                        calibration=calibration, table=tuple(table),
                        policy_examples=policy_examples)
    # Round through the JSON form so a saved and reloaded map equals the fitted one.
    return Frontier.model_validate(_rounded(frontier.model_dump(mode="json")))


# --------------------------------------------------------------------------- persistence


def save_frontier(frontier: Frontier, path: str | Path) -> Path:
    """Write ``frontier`` as JSON (sorted keys, floats to 6 places: stable under refits)."""
    path = Path(path)
    data = _rounded(frontier.model_dump(mode="json"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False,
                               allow_nan=False) + "\n", encoding="utf-8")
    return path


def load_frontier(path: str | Path) -> Frontier:
    """Read a frontier file written by :func:`save_frontier`.

    Raises:
        ConfigError: the file is unreadable, not JSON, of another version, or a field is
            invalid; the message names the file (and the field's location).
    """
    source = str(path)
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{source}: cannot read frontier: {exc}") from None
    except ValueError as exc:  # JSONDecodeError, or bytes that are not UTF-8
        raise ConfigError(f"{source}: not valid JSON: {exc}") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"{source}: a frontier file holds a JSON object, "
                          f"not {type(raw).__name__}")
    if raw.get("version") != FRONTIER_VERSION:
        raise ConfigError(f"{source}: unsupported frontier version {raw.get('version')!r} "
                          f"(this guardrail reads version {FRONTIER_VERSION}); refit it")
    try:
        return Frontier.model_validate(raw)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(part) for part in error["loc"]) or "(top level)"
        message = error["msg"].removeprefix("Value error, ")
        raise ConfigError(f"{source}: field '{where}': {message}") from None


def model_slug(model: str) -> str:
    """The file stem for a model name: lowercase, each run of other characters one "-".

    Example:
        >>> model_slug("SmolLM2-135M-Instruct")
        'smollm2-135m-instruct'
        >>> model_slug("org/Model:v1.5")
        'org-model-v1-5'
    """
    return re.sub(r"[^a-z0-9]+", "-", model.lower()).strip("-")


def shipped_frontier_dir() -> Path:
    """The frontiers that ship with guardrail (``guardrail/frontiers/``)."""
    return Path(str(files("guardrail").joinpath("frontiers")))


def frontier_path(model: str, directory: str | Path | None = None) -> Path:
    """Where the frontier of ``model`` lives in ``directory`` (default: the shipped one).

    Raises:
        ConfigError: the model name has no letter or digit to name a file by.
    """
    slug = model_slug(model)
    if not slug:
        raise ConfigError(f"model name {model!r} has no letters or digits to name a file by")
    base = shipped_frontier_dir() if directory is None else Path(directory)
    return base / f"{slug}.json"


def clear_frontier_cache() -> None:
    """Forget the frontiers :func:`find_frontier` has loaded (after files change; in tests)."""
    _find_cached.cache_clear()


@functools.lru_cache(maxsize=64)
def _find_cached(model: str, directories: tuple[Path, ...]) -> Frontier | None:
    for directory in directories:
        candidate = frontier_path(model, directory)
        if candidate.is_file():
            return load_frontier(candidate)
    return None


def find_frontier(model: str, directories: Sequence[str | Path] = ()) -> Frontier | None:
    """The frontier of ``model``, or None when no directory has one.

    Searched in order: ``directories``, then those in the ``GUARDRAIL_FRONTIER_DIR``
    environment variable (``os.pathsep``-separated), then the shipped ones. Results are
    cached per model and search path; :func:`clear_frontier_cache` forgets them.

    Raises:
        ConfigError: the file found is invalid (a broken map is not silently skipped).
    """
    if not model_slug(model):
        return None
    searched = [Path(d) for d in directories]
    searched += [Path(d) for d in os.environ.get(FRONTIER_DIR_ENV, "").split(os.pathsep) if d]
    searched.append(shipped_frontier_dir())
    return _find_cached(model, tuple(searched))


# --------------------------------------------------------------------------- reporting


def _grid(frontier: Frontier) -> dict[str, list[tuple[int, float, float]]]:
    """group -> per bin (n, predicted, observed); a group's families pooled, n-weighted."""
    grid: dict[str, list[tuple[int, float, float]]] = {}
    for row in frontier.table:
        cells = grid.setdefault(row.group or row.family, [(0, 0.0, 0.0)] * DIFFICULTY_BINS)
        n, predicted, observed = cells[row.difficulty_bin]
        cells[row.difficulty_bin] = (n + row.n, predicted + row.n * row.predicted,
                                     observed + row.n * row.observed)
    return {group: [(n, p / n, o / n) if n else (0, 0.0, 0.0) for n, p, o in cells]
            for group, cells in sorted(grid.items())}


def format_table(frontier: Frontier) -> str:
    """Predicted accuracy % (observed %) by group and difficulty bin, then per-family Brier.

    Example:
        >>> examples = [FrontierExample(family="knowledge", features={}, correct=i % 2 == 0,
        ...                             group="capitals", difficulty_bin=1) for i in range(4)]
        >>> print(format_table(fit_frontier(examples, model="m")))
        m: predicted accuracy % (observed %) by difficulty bin, held out
        group            0         1         2         3         4
        capitals         -   50 (50)         -         -         -
        <BLANKLINE>
        family    kind          n   Brier  base Brier  log loss
        knowledge base_rate     4   0.360       0.360     0.916  fewer than 20 examples
        overall   -             4   0.360       0.360     0.916
    """
    grid = _grid(frontier)
    width = max([len("group"), *map(len, grid)])
    lines = [f"{frontier.model}: predicted accuracy % (observed %) by difficulty bin, held out",
             f"{'group':<{width}}" + "".join(f"{b:>10}" for b in range(DIFFICULTY_BINS))]
    for group, cells in grid.items():
        text = [f"{100 * p:.0f} ({100 * o:.0f})" if n else "-" for n, p, o in cells]
        lines.append(f"{group:<{width}}" + "".join(f"{t:>10}" for t in text))
    names = [*sorted(frontier.families), "overall"]
    fwidth = max(len("family"), *map(len, names))
    lines += ["", f"{'family':<{fwidth}} kind       {'n':>4}   Brier  base Brier  log loss"]
    for name in names:
        calibration = frontier.calibration.get(name)
        if calibration is None:
            continue
        kind = frontier.families[name].kind if name in frontier.families else "-"
        note = frontier.families[name].note if name in frontier.families else ""
        lines.append(f"{name:<{fwidth}} {kind:<10} {calibration.n:>4}  "
                     f"{calibration.brier:6.3f}  {calibration.base_brier:10.3f}  "
                     f"{calibration.log_loss:8.3f}  {note}".rstrip())
    return "\n".join(lines)


def plot_frontier(frontier: Frontier, path: str | Path) -> Path:
    """Draw the map as a heatmap PNG: groups × difficulty bins, red (wrong) to green (right).

    Each cell shows the mean held-out prediction and its item count; cells without items are
    blank. Needs matplotlib (``guardrail[bench]``).
    """
    import matplotlib

    matplotlib.use("Agg")  # files only; never a window
    import matplotlib.pyplot as plt

    path = Path(path)
    grid = _grid(frontier)
    groups = list(grid)
    values = np.full((max(1, len(groups)), DIFFICULTY_BINS), np.nan)
    for row, group in enumerate(groups):
        for column, (n, predicted, _) in enumerate(grid[group]):
            if n:
                values[row, column] = predicted
    cmap = matplotlib.colormaps["RdYlGn"].with_extremes(bad="white")  # blank: no items
    fig, ax = plt.subplots(figsize=(7.5, 1.2 + 0.5 * max(1, len(groups))))
    image = ax.imshow(np.ma.masked_invalid(values), cmap=cmap, vmin=0.0, vmax=1.0,
                      aspect="auto")
    for row, group in enumerate(groups):
        for column, (n, predicted, _) in enumerate(grid[group]):
            if n:
                # Dark red and dark green both need light text.
                colour = "white" if predicted < 0.15 or predicted > 0.85 else "black"
                ax.text(column, row, f"{100 * predicted:.0f}%\nn={n}", ha="center",
                        va="center", fontsize=8, color=colour)
    ax.set_xticks(range(DIFFICULTY_BINS), [str(b) for b in range(DIFFICULTY_BINS)])
    ax.set_yticks(range(len(groups)), groups)
    ax.set_xlabel("difficulty bin (0 easy … 4 hard)")
    ax.set_title(f"{frontier.model}: the jagged frontier (predicted P(correct), held out)",
                 fontsize=10)
    fig.colorbar(image, ax=ax, label="P(correct)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
