"""Deterministic solvers: one registry, the built-ins registered like any plugin."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._base import (
    ENTRY_POINT_GROUP,
    Declined,
    Parsed,
    Problem,
    Query,
    Solution,
    Solver,
    SolverRegistry,
)

__all__ = [
    "ENTRY_POINT_GROUP",
    "Declined",
    "Parsed",
    "Problem",
    "Query",
    "Solution",
    "Solver",
    "SolverRegistry",
    "default_registry",
    "register_builtins",
]


def register_builtins(register: Callable[[Solver[Any]], None]) -> None:
    """Register the built-in solvers through the same callback a plugin receives."""
    from .arithmetic import ArithmeticSolver
    from .comparison import NumberComparisonSolver
    from .counting import (
        AlphabeticalSolver,
        AnagramSolver,
        CompareLengthSolver,
        DistinctLettersSolver,
        LetterCountSolver,
        NthLetterSolver,
        PalindromeSolver,
        ReverseSolver,
        SubstringCountSolver,
        VowelCountSolver,
        WordCountSolver,
        WordLengthSolver,
    )
    from .geometry import GeometrySolver
    from .number_theory import NumberTheorySolver
    from .shape_size import ShapeSizeSolver

    register(LetterCountSolver())
    register(SubstringCountSolver())
    register(WordLengthSolver())
    register(VowelCountSolver())
    register(WordCountSolver())
    register(DistinctLettersSolver())
    register(NthLetterSolver())
    register(ReverseSolver())
    register(AnagramSolver())
    register(PalindromeSolver())
    register(CompareLengthSolver())
    register(AlphabeticalSolver())
    register(ArithmeticSolver())
    register(NumberComparisonSolver())
    register(NumberTheorySolver())
    register(GeometrySolver())
    register(ShapeSizeSolver())


def _build_default_registry() -> SolverRegistry:
    registry = SolverRegistry()
    register_builtins(registry.register)
    return registry


default_registry = _build_default_registry()
