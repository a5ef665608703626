"""One check for the cost of hostile input, shared by the tests of every part that reads text.

A fixed wall-clock budget measures the machine as much as the code: the same linear work on
5,000 characters took 35 ms on a developer machine and 52 ms on CI. What hostile input must
never do is make the work grow faster than the text (a pattern that backtracks), so the check
compares the cost at full length with the cost at a quarter of it. The ceiling stays, set where
only a blow-up reaches it."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

CEILING = 0.25  # seconds; a quadratic pattern on 5,000 characters takes far longer
GROWTH = 8.0  # linear work grows 4x from a quarter to the full length, quadratic work 16x
TOO_SMALL_TO_TIME = 0.02  # below this the ratio is scheduler noise, and no blow-up is this fast
SLACK = 0.005  # fixed costs (rule caches, allocation) that do not shrink with the text


def best_time(step: Callable[[str], Any], text: str, repeats: int = 3) -> float:
    """The fastest of a few runs: the bound is on the work, not on a busy machine."""
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        step(text)
        timings.append(time.perf_counter() - started)
    return min(timings)


def assert_linear_cost(step: Callable[[str], Any], text: str, label: object = "") -> None:
    step(text)  # warm the caches a first call fills
    full = best_time(step, text)
    assert full < CEILING, (label, f"{full:.3f} s at {len(text)} characters")
    if full < TOO_SMALL_TO_TIME:
        return
    quarter = best_time(step, text[: len(text) // 4])
    assert full <= GROWTH * quarter + SLACK, (
        label, f"{full:.3f} s at {len(text)} characters, {quarter:.3f} s at a quarter")
