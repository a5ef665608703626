"""The hostile-input check (tests/_timing.py) must be able to fail: a pattern that backtracks
quadratically is caught even where it stays under a fixed budget of tens of milliseconds."""

from __future__ import annotations

import re

import pytest

from tests._timing import assert_linear_cost


def test_a_linear_scan_passes() -> None:
    pattern = re.compile(r"\d+x")
    assert_linear_cost(lambda text: pattern.findall(text), "12 " * 1700)


@pytest.mark.parametrize(("pattern", "text"), [
    (r"\s*x", " " * 10_000),  # each start position rescans the rest of the blanks
    (r"\w+\d", "a" * 5000),
])
def test_a_quadratic_pattern_is_caught(pattern: str, text: str) -> None:
    compiled = re.compile(pattern)
    with pytest.raises(AssertionError):
        assert_linear_cost(lambda text_in: compiled.search(text_in), text)
