"""Unit tests of the routing-corpus comparator: what it accepts and, above all, what it rejects."""

from __future__ import annotations

from collections import Counter
from fractions import Fraction
from typing import Any

import pytest
from tests.routing.compare import (
    Outcome,
    matches,
    parse_factorization,
    parse_number,
    run_corpus,
    summarize,
)


def num(answer: str) -> dict[str, Any]:
    return {"type": "number", "answer": answer}


def real(answer: str) -> dict[str, Any]:
    return {"type": "real", "answer": answer}


@pytest.mark.parametrize(("text", "value"), [
    ("42", Fraction(42)), ("-7", Fraction(-7)), ("−7", Fraction(-7)), ("+3", Fraction(3)),
    ("3/10", Fraction(3, 10)), ("-3/10", Fraction(-3, 10)), ("0.30", Fraction(3, 10)),
    (".5", Fraction(1, 2)), ("1,234,567", Fraction(1234567)), ("1.5e3", Fraction(1500)),
    ("\\frac{3}{4}", Fraction(3, 4)), ("-\\dfrac{1}{8}", Fraction(-1, 8)),
    ("\\boxed{12}", Fraction(12)), ("'12'", Fraction(12)), ("12.", Fraction(12)),
])
def test_parse_number_accepts(text: str, value: Fraction) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "abc", "1,23", "1/0", "3 4", "12 apples", "1/2/3",
                                  "sqrt(2)", "0x1F", "--3", "1,2345"])
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(("answer", "value"), [
    ("42", "42"), ("42", "42.0"), ("42", " 42 "), ("42", "42."), ("-7", "−7"),
    ("3/10", "3/10"), ("3/10", "0.3"), ("3/10", "6/20"), ("1234567", "1,234,567"),
    ("1/3", "1/3 ≈ 0.333"), ("1/3", "1/3 (approximately 0.3333)"), ("5/2", "2.5"),
    ("8548258", "\\boxed{8548258}"),
])
def test_number_accepts(answer: str, value: str) -> None:
    assert matches(num(answer), value)


@pytest.mark.parametrize(("answer", "value"), [
    ("42", "43"), ("42", "-42"), ("42", "42 apples"), ("42", "4 2"), ("3/10", "0.30000001"),
    ("1/3", "0.3333333333"), ("1/3", "0.33"), ("1/3", "1/3 ≈ 0.334"), ("42", "41.99"),
    ("42", "x = 42"), ("1234", "1,23,4"), ("2", "2 or 3"), ("42", ""), ("0", "none"),
])
def test_number_rejects(answer: str, value: str) -> None:
    assert not matches(num(answer), value)


def test_none_value_never_matches() -> None:
    assert not matches(num("1"), None)
    assert not matches({"type": "bool", "answer": "no"}, None)


@pytest.mark.parametrize(("answer", "value"), [
    ("9*pi", "9*pi"), ("9*pi", "9π"), ("9*pi", "9 pi"), ("9*pi", "28.2743"),
    ("9*pi", "28.274333882308138"), ("9*pi", "9π ≈ 28.27"), ("9*pi", "pi*9"),
    ("9*pi", "28.27433"), ("9*pi", "9π ≈ 28.3"), ("9*pi", "9π (约 28.27)"),
    ("25/4*pi", "6.25π"), ("25/4*pi", "25π/4"), ("5*sqrt(2)", "5√2"), ("5*sqrt(2)", "sqrt(50)"),
    ("5*sqrt(2)", "5*sqrt(2)"), ("5*sqrt(2)", "7.07107"), ("sqrt(37)", "√37"),
    ("2 + 3*sqrt(5)", "3√5 + 2"), ("2 + 3*sqrt(5)", "2+3*5^(1/2)"), ("sqrt(2)", "2^(1/2)"),
    ("sqrt(2)", "1.4142135623730951"), ("25", "25"), ("25", "25.0"), ("7/2*pi", "3.5\\pi"),
])
def test_real_accepts(answer: str, value: str) -> None:
    assert matches(real(answer), value)


@pytest.mark.parametrize(("answer", "value"), [
    ("9*pi", "28"), ("9*pi", "28.27"), ("9*pi", "28.2744"), ("9*pi", "28.27434"),
    ("9*pi", "9*pi + 1"), ("9*pi", "9"), ("9*pi", "9π ≈ 28.2"), ("9*pi", "28.274 square units"),
    ("5*sqrt(2)", "7.0711"), ("5*sqrt(2)", "7.071069"), ("5*sqrt(2)", "5*sqrt(3)"),
    ("5*sqrt(2)", "5 sqrt 2 + x"), ("sqrt(2)", "1.414"), ("sqrt(2)", "2 2"),
    ("sqrt(2)", "__import__('os')"), ("sqrt(37)", "6"), ("25", "24.999999"),
])
def test_real_rejects(answer: str, value: str) -> None:
    assert not matches(real(answer), value)


@pytest.mark.parametrize(("answer", "value", "ok"), [
    ("yes", "yes", True), ("yes", "Yes", True), ("yes", "[Yes]", True), ("yes", "true", True),
    ("yes", "是", True), ("no", "no", True), ("no", "False", True), ("no", "否", True),
    ("yes", "no", False), ("no", "yes", False), ("yes", "yes and no", False),
    ("yes", "maybe", False), ("no", "0", False), ("yes", "1", False),
])
def test_bool(answer: str, value: str, ok: bool) -> None:
    assert matches({"type": "bool", "answer": answer}, value) is ok


@pytest.mark.parametrize(("value", "ok"), [
    ("9.9", True), ("9.90", True), ("99/10", True), ("9.11", False), ("9", False),
    ("9.9 > 9.11", False), ("the first", False), ("", False),
])
def test_choice(value: str, ok: bool) -> None:
    expected = {"type": "choice", "answer": "9.9", "options": ["9.11", "9.9"]}
    assert matches(expected, value) is ok


def test_choice_with_negatives_and_fractions() -> None:
    assert matches({"type": "choice", "answer": "-0.14", "options": ["-0.2", "-0.14"]}, "−0.14")
    assert matches({"type": "choice", "answer": "2/3", "options": ["2/3", "0.67"]}, "2/3")
    assert not matches({"type": "choice", "answer": "2/3", "options": ["2/3", "0.67"]}, "0.67")
    assert not matches({"type": "choice", "answer": "2/3", "options": ["2/3", "0.67"]},
                       "0.6667")


def test_choice_written_as_a_power_or_percentage() -> None:
    assert matches({"type": "choice", "answer": "2^10", "options": ["2^10", "1000"]}, "2^10")
    assert matches({"type": "choice", "answer": "1024", "options": ["2^10", "1000"]}, "2**10")
    assert matches({"type": "choice", "answer": "40%", "options": ["40%", "0.35"]}, "40%")
    assert matches({"type": "choice", "answer": "2^10", "options": ["2^10", "1000"]},
                   "2的10次方")
    assert matches({"type": "choice", "answer": "40%", "options": ["40%", "0.35"]}, "0.4")
    assert not matches({"type": "choice", "answer": "2^10", "options": ["2^10", "1000"]},
                       "1000")
    assert not matches({"type": "choice", "answer": "40%", "options": ["40%", "0.35"]}, "40")
    assert not matches({"type": "choice", "answer": "2^10", "options": ["2^10", "1000"]},
                       "2^10 or 1000")


@pytest.mark.parametrize(("expected", "value", "ok"), [
    ({"type": "text", "answer": "desserts", "case_sensitive": True}, "desserts", True),
    ({"type": "text", "answer": "desserts", "case_sensitive": True}, "'desserts'", True),
    ({"type": "text", "answer": "desserts", "case_sensitive": True}, "Desserts", False),
    ({"type": "text", "answer": "desserts", "case_sensitive": True}, "dessert", False),
    ({"type": "text", "answer": "M", "case_sensitive": False}, "m", True),
    ({"type": "text", "answer": "M", "case_sensitive": False}, '"M"', True),
    ({"type": "text", "answer": "M", "case_sensitive": False}, "n", False),
    ({"type": "text", "answer": "M", "case_sensitive": False}, "M is the letter", False),
    ({"type": "word_choice", "answer": "elephant", "options": ["elephant", "giraffe"]},
     "Elephant", True),
    ({"type": "word_choice", "answer": "elephant", "options": ["elephant", "giraffe"]},
     "giraffe", False),
])
def test_text(expected: dict[str, Any], value: str, ok: bool) -> None:
    assert matches(expected, value) is ok


ASC = {"type": "list", "elem": "number", "answer": ["3.11", "3.2", "3.9"], "ordered": True,
       "order": "asc"}
PRIMES = {"type": "list", "elem": "number", "answer": ["2", "3", "5", "7"], "ordered": False,
          "order": None}
WORDS = {"type": "list", "elem": "text", "answer": ["apple", "fig", "pear"], "ordered": True,
         "order": None}


@pytest.mark.parametrize(("expected", "value", "ok"), [
    (ASC, "3.11, 3.2, 3.9", True), (ASC, "[3.11, 3.2, 3.9]", True),
    (ASC, "3.11 < 3.2 < 3.9", True), (ASC, "3.11,3.20,3.9", True), (ASC, "3.11、3.2、3.9", True),
    (ASC, "3.2, 3.11, 3.9", False), (ASC, "3.9, 3.2, 3.11", False),
    (ASC, "3.11 > 3.2 > 3.9", False),
    (ASC, "3.11, 3.2", False), (ASC, "3.11, 3.2, 3.9, 4", False), (ASC, "3.11, 3.2, x", False),
    (PRIMES, "2, 3, 5, 7", True), (PRIMES, "7, 5, 3, 2", True), (PRIMES, "2, 3, 5 and 7", True),
    (PRIMES, "2 3 5 7", True), (PRIMES, "2, 3, 5", False), (PRIMES, "2, 3, 5, 7, 7", False),
    (PRIMES, "2, 3, 5, 7, 9", False), (PRIMES, "", False),
    (WORDS, "apple, fig, pear", True), (WORDS, "Apple, Fig, Pear", True),
    (WORDS, "'apple', 'fig', 'pear'", True), (WORDS, "fig, apple, pear", False),
])
def test_list(expected: dict[str, Any], value: str, ok: bool) -> None:
    assert matches(expected, value) is ok


@pytest.mark.parametrize(("expected", "value", "ok"), [
    ({"type": "relation", "answer": "inside", "yes_if": None}, "inside", True),
    ({"type": "relation", "answer": "inside", "yes_if": None}, "Interior", True),
    ({"type": "relation", "answer": "boundary", "yes_if": None}, "on the boundary", True),
    ({"type": "relation", "answer": "boundary", "yes_if": None}, "on_boundary", True),
    ({"type": "relation", "answer": "outside", "yes_if": None}, "外部", True),
    ({"type": "relation", "answer": "inside", "yes_if": None}, "outside", False),
    ({"type": "relation", "answer": "boundary", "yes_if": None}, "inside", False),
    ({"type": "relation", "answer": "inside", "yes_if": None}, "yes", False),
    ({"type": "relation", "answer": "inside", "yes_if": "inside"}, "yes", True),
    ({"type": "relation", "answer": "outside", "yes_if": "inside"}, "no", True),
    ({"type": "relation", "answer": "outside", "yes_if": "inside"}, "yes", False),
    ({"type": "relation", "answer": "outside", "yes_if": "outside"}, "yes", True),
    ({"type": "relation", "answer": "inside", "yes_if": "outside"}, "yes", False),
    ({"type": "relation", "answer": "inside", "yes_if": "outside"}, "inside", True),
    ({"type": "relation", "answer": "outside", "yes_if": None}, "not inside", False),
])
def test_relation(expected: dict[str, Any], value: str, ok: bool) -> None:
    assert matches(expected, value) is ok


FACT_360 = {"type": "factorization", "n": 360, "answer": [[2, 3], [3, 2], [5, 1]]}


@pytest.mark.parametrize("value", [
    "2^3 × 3^2 × 5", "2^3 * 3^2 * 5", "2³·3²·5", "2**3 * 3**2 * 5", "2 × 2 × 2 × 3 × 3 × 5",
    "2, 2, 2, 3, 3, 5", "5 × 3^2 × 2^3", "360 = 2^3 × 3^2 × 5", "2^{3} \\cdot 3^{2} \\cdot 5",
    "[(2, 3), (3, 2), (5, 1)]", "{2: 3, 3: 2, 5: 1}", "2 ^ 3 x 3 ^ 2 x 5", "2^2 × 2 × 3^2 × 5",
])
def test_factorization_accepts(value: str) -> None:
    assert matches(FACT_360, value)


@pytest.mark.parametrize("value", [
    "2^3 × 3^2", "2^3 × 3 × 5", "2 × 3 × 5", "2^3 × 3^2 × 5 × 1", "2^3 × 3^2 × 5^0 × 5",
    "8 × 9 × 5", "2^3 × 3^2 × 5 = 361", "360", "2^3, 3^2, 5, x", "[(2, 3), (3, 2)]",
    "{2: 3, 3: 2, 5: 2}", "",
])
def test_factorization_rejects(value: str) -> None:
    assert not matches(FACT_360, value)


def test_factorization_of_a_prime() -> None:
    expected = {"type": "factorization", "n": 31, "answer": [[31, 1]]}
    assert matches(expected, "31")
    assert matches(expected, "31^1")
    assert not matches(expected, "1 × 31")
    assert parse_factorization("2^3 × 3^2 × 5") == Counter({2: 3, 3: 2, 5: 1})


def test_unknown_type_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown expected type"):
        matches({"type": "nope", "answer": "1"}, "1")


def test_run_corpus_and_summarize_with_a_fake_router() -> None:
    class FakeDecision:
        def __init__(self, route: str, value: str | None) -> None:
            self.route, self.value, self.tool, self.family = route, value, "t", "f"

    answers = {"a": FakeDecision("tool", "4"), "b": FakeDecision("tool", "5"),
               "c": FakeDecision("model", None), "d": FakeDecision("tool", "1")}

    def fake_route(prompt: str) -> FakeDecision:
        if prompt == "e":
            raise RuntimeError("boom")
        return answers[prompt]

    def rec(prompt: str, kind: str, family: str | None) -> dict[str, Any]:
        return {"prompt": prompt, "kind": kind, "family": family, "template": prompt,
                "expected": num("4") if kind == "positive" else None}

    records = [rec("a", "positive", "arithmetic"), rec("b", "positive", "arithmetic"),
               rec("c", "positive", "geometry"), rec("d", "negative", None),
               rec("e", "positive", "geometry")]
    outcomes = run_corpus(records, fake_route)
    assert [o.correct for o in outcomes] == [True, False, None, None, None]
    assert isinstance(outcomes[4], Outcome) and outcomes[4].route == "error"
    tallies = summarize(outcomes)
    assert tallies["arithmetic"].as_dict() == {
        "positives": 2, "by_tool": 2, "coverage": 1.0, "correct": 1, "wrong": 1, "errors": 0,
        "negatives": 0, "negatives_by_tool": 0, "positive_templates": 2}
    assert tallies["geometry"].coverage == 0.0 and tallies["geometry"].errors == 1
    assert tallies["other"].negatives_by_tool == 1
    assert tallies["all"].positives == 4 and tallies["all"].by_tool == 2
