"""Exact arithmetic against independent oracles, the phrasings it accepts and what it declines.

The property tests build random expression trees, render them as text in three surface
syntaxes (symbols, English words, Chinese) and compare the solver's answer with the value of
the generated tree computed directly with ``fractions.Fraction``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import guardrail
from guardrail.solvers import Declined, Parsed, Query, Solution
from guardrail.solvers.arithmetic import ArithmeticProblem, ArithmeticSolver

SOLVER = ArithmeticSolver()


def run(question: str, language: str | None = None) -> Solution | Declined:
    query = Query(text=question, language=language or ("zh" if re.search(
        r"[\u4e00-\u9fff]", question) else "en"))
    parsed = SOLVER.parse(query)
    if isinstance(parsed, Declined):
        return parsed
    return SOLVER.solve(parsed.problem, query)


def value_of(question: str) -> str:
    solution = run(question)
    assert isinstance(solution, Solution), (question, solution)
    return solution.value


def expected_text(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else (
        f"{value.numerator}/{value.denominator}")


# --------------------------------------------------------------------------- random trees


@dataclass(frozen=True)
class Leaf:
    text: str  # as written, e.g. "12.5" or "1,234"

    @property
    def value(self) -> Fraction:
        # Independent of the library's number reader: Decimal handles the digits.
        return Fraction(Decimal(self.text.replace(",", "")))


@dataclass(frozen=True)
class Neg:
    operand: Tree


@dataclass(frozen=True)
class Op:
    op: str  # + - * / ^
    left: Tree
    right: Tree


Tree = Leaf | Neg | Op


def oracle(tree: Tree) -> Fraction | None:
    """The tree's exact value; None where the solver must decline (division by zero, 0^0)."""
    if isinstance(tree, Leaf):
        return tree.value
    if isinstance(tree, Neg):
        inner = oracle(tree.operand)
        return None if inner is None else -inner
    left, right = oracle(tree.left), oracle(tree.right)
    if left is None or right is None:
        return None
    if tree.op == "+":
        return left + right
    if tree.op == "-":
        return left - right
    if tree.op == "*":
        return left * right
    if tree.op == "/":
        return None if right == 0 else left / right
    exponent = int(right)  # generated exponents are small non-negative integers
    if left == 0 and exponent == 0:
        return None
    result = Fraction(1)
    for _ in range(exponent):
        result *= left
    return result


def leaf_text(value: int, places: int, separators: bool) -> str:
    if places:
        scaled = f"{value:0{places + 1}d}"
        return f"{scaled[:-places]}.{scaled[-places:]}"
    return f"{value:,}" if separators else str(value)


leaves = st.builds(leaf_text, st.integers(0, 10**6), st.sampled_from([0, 0, 0, 1, 2]),
                   st.booleans()).map(Leaf)
exponents = st.integers(0, 4).map(lambda n: Leaf(str(n)))


def extend(children: st.SearchStrategy[Tree]) -> st.SearchStrategy[Tree]:
    return st.one_of(
        st.builds(Op, st.sampled_from("+-*/"), children, children),
        st.builds(Op, st.just("^"), children, exponents),
        st.builds(Neg, children),
    )


def has_operation(tree: Tree) -> bool:
    """A bare number (or a negated one) is not a computation; the solver declines those."""
    return not isinstance(tree, Leaf) and not (isinstance(tree, Neg)
                                               and isinstance(tree.operand, Leaf))


trees = st.recursive(leaves, extend, max_leaves=8).filter(has_operation)

PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2}
WORDS = {"en": {"+": " plus ", "-": " minus ", "*": " times ", "/": " divided by "},
         "zh": {"+": "加", "-": "减", "*": "乘以", "/": "除以"},
         "sym": {"+": " + ", "-": " - ", "*": " * ", "/": " / "}}
SYMBOL_VARIANTS = {"*": [" * ", " × ", " x ", " · "], "/": [" / ", " ÷ "], "-": [" - ", " − "],
                   "+": [" + "]}


def render(tree: Tree, style: str, variant: int = 0) -> tuple[str, int]:
    """Text with minimal parentheses under standard precedence, and its level."""
    if isinstance(tree, Leaf):
        text = tree.text if style == "sym" else tree.text.replace(",", "")
        return text, 5
    if isinstance(tree, Neg):
        # Only a number is written bare after the sign: -2^2 is declined as ambiguous.
        inner, level = render(tree.operand, style, variant)
        prefix = "negative " if style == "en" else "-"
        return prefix + (inner if isinstance(tree.operand, Leaf) else f"({inner})"), 3
    if tree.op == "^":
        base, level = render(tree.left, style, variant)
        base = base if level == 5 else f"({base})"
        exponent = tree.right
        assert isinstance(exponent, Leaf)
        if style == "zh":
            return f"{base}的{exponent.text}次方", 4
        if style == "en":
            word = {"2": " squared", "3": " cubed"}.get(exponent.text)
            return (base + word if word else f"{base} to the power of ({exponent.text})"), 4
        return f"{base}{['^', '**'][variant % 2]}{exponent.text}", 4
    level = PRECEDENCE[tree.op]
    left, left_level = render(tree.left, style, variant)
    right, right_level = render(tree.right, style, variant)
    left = left if left_level >= level else f"({left})"
    right = right if right_level > level else f"({right})"
    if style == "sym":
        choices = SYMBOL_VARIANTS[tree.op]
        operator = choices[variant % len(choices)]
    else:
        operator = WORDS[style][tree.op]
    return f"{left}{operator}{right}", level


EN_WRAPPERS = ["What is {}?", "Calculate {}", "{} = ?", "Compute {}.", "How much is {}?",
               "Evaluate {}", "what's {}", "{}"]
ZH_WRAPPERS = ["{}等于多少？", "计算{}", "{}是多少", "请计算：{}", "{}=？"]


@settings(max_examples=300, deadline=None)
@given(tree=trees, style=st.sampled_from(["sym", "en", "zh"]), variant=st.integers(0, 3),
       wrapper=st.integers(0, 7))
def test_random_expressions_match_the_fraction_oracle(tree: Tree, style: str, variant: int,
                                                      wrapper: int) -> None:
    text, _ = render(tree, style, variant)
    wrappers = ZH_WRAPPERS if style == "zh" else EN_WRAPPERS
    question = wrappers[wrapper % len(wrappers)].format(text)
    expected = oracle(tree)
    solution = run(question, "zh" if style == "zh" else "en")
    if expected is None:
        assert isinstance(solution, Declined), (question, solution)
        return
    if max(expected.numerator.bit_length(), expected.denominator.bit_length()) > 13_000:
        return  # beyond the documented result cap; declining is correct there
    assert isinstance(solution, Solution), (question, solution)
    assert solution.value == expected_text(expected), question


@settings(max_examples=150, deadline=None)
@given(a=st.integers(0, 10**12), b=st.integers(0, 10**12),
       op=st.sampled_from(["plus", "minus", "times", "divided by"]))
def test_bigbench_phrasing(a: int, b: int, op: str) -> None:
    question = f"What is {a} {op} {b}?"
    if op == "divided by" and b == 0:
        assert isinstance(run(question), Declined)
        return
    expected = {"plus": Fraction(a + b), "minus": Fraction(a - b), "times": Fraction(a * b),
                "divided by": Fraction(a, b or 1)}[op]
    assert value_of(question) == expected_text(expected)


@settings(max_examples=100, deadline=None)
@given(items=st.lists(st.integers(-1000, 1000), min_size=2, max_size=12),
       product=st.booleans(), form=st.integers(0, 2))
def test_sums_and_products_of_lists(items: list[int], product: bool, form: int) -> None:
    listed = ", ".join(str(i) for i in items[:-1]) + f" and {items[-1]}"
    noun = "product" if product else "sum"
    question = [f"What is the {noun} of {listed}?", f"{noun} of {', '.join(map(str, items))}",
                "、".join(map(str, items)) + ("的积是多少" if product else "的和是多少")][form]
    expected = 1 if product else 0
    for item in items:
        expected = expected * item if product else expected + item
    assert value_of(question) == str(expected)


@settings(max_examples=60, deadline=None)
@given(n=st.integers(0, 300))
def test_factorial_matches_a_running_product(n: int) -> None:
    expected = 1
    for k in range(2, n + 1):
        expected *= k
    for question in (f"What is {n}!?", f"What is the factorial of {n}?", f"{n}的阶乘是多少"):
        assert value_of(question) == str(expected)


@settings(max_examples=100, deadline=None)
@given(a=st.integers(0, 10**9), b=st.integers(1, 10**4))
def test_mod_and_remainder(a: int, b: int) -> None:
    expected = a - b * math.floor(Fraction(a, b))
    for question in (f"What is {a} mod {b}?", f"What is the remainder when {a} is divided by {b}?",
                     f"{a} modulo {b}", f"{a}除以{b}的余数是多少"):
        assert value_of(question) == str(expected)


@settings(max_examples=100, deadline=None)
@given(p=st.integers(0, 300), base=st.integers(0, 10**6), decimal=st.booleans())
def test_percentages(p: int, base: int, decimal: bool) -> None:
    percent = f"{p}.5" if decimal else str(p)
    expected = Fraction(Decimal(percent)) * base / 100
    for question in (f"What is {percent}% of {base}?", f"What is {percent} percent of {base}?",
                     f"{base}的{percent}%是多少"):
        assert value_of(question) == expected_text(expected)


@settings(max_examples=100, deadline=None)
@given(root=st.integers(0, 10**8), cube=st.booleans())
def test_perfect_roots_are_exact(root: int, cube: bool) -> None:
    power = root ** (3 if cube else 2)
    questions = ([f"What is the cube root of {power}?", f"∛{power}", f"{power}的立方根是多少"]
                 if cube else [f"What is the square root of {power}?", f"√{power}",
                               f"sqrt({power})", f"{power}开方等于多少", f"{power}的平方根是多少"])
    for question in questions:
        assert value_of(question) == str(root)


@settings(max_examples=60, deadline=None)
@given(n=st.integers(2, 10**9).filter(lambda n: math.isqrt(n) ** 2 != n))
def test_irrational_square_roots_are_symbolic_with_a_decimal(n: int) -> None:
    solution = run(f"What is the square root of {n}?")
    assert isinstance(solution, Solution)
    assert "sqrt(" in solution.value
    approximation = float(solution.answer.split("≈")[1].strip(" ."))
    assert math.isclose(approximation, math.sqrt(n), rel_tol=1e-12)


@settings(max_examples=100, deadline=None)
@given(base=st.integers(-50, 50), exponent=st.integers(-20, 60))
def test_integer_powers(base: int, exponent: int) -> None:
    question = f"What is ({base})^({exponent})?"
    if base == 0 and exponent <= 0:
        assert isinstance(run(question), Declined)
        return
    result = Fraction(1)
    for _ in range(abs(exponent)):
        result *= base
    expected = result if exponent >= 0 else 1 / result
    assert value_of(question) == expected_text(expected)


# --------------------------------------------------------------------------- phrasings

PHRASINGS = [
    # basic operations, English
    ("What is 75921 times 50716?", "3850409436"),
    ("What is 12 minus 37?", "-25"),
    ("What is 8 divided by 2?", "4"),
    ("What is 7 divided by 2?", "7/2"),
    ("What is 0.1 + 0.2?", "3/10"),
    ("Calculate (3 + 4) * 2", "14"),
    ("Compute 3 × 4 − 5 ÷ 2.", "19/2"),
    ("How much is 6 times 7?", "42"),
    ("What's 1,234 + 5,678?", "6912"),
    ("Evaluate: 2 * (3 + 4) - 1", "13"),
    ("What does 2 + 2 equal?", "4"),
    ("What does 6 multiplied by 7 make?", "42"),
    ("12 over 4", "3"),
    ("3 x 4 = ?", "12"),
    ("Please calculate 100 / 8.", "25/2"),
    ("Add 3 and 5", "8"),
    ("Add 3 to 5.", "8"),
    ("Subtract 3 from 10", "7"),
    ("Multiply 6 by 7", "42"),
    ("Divide 8 by 2", "4"),
    ("What is 3 minus negative 2?", "5"),
    ("What is the value of 1/3 + 1/6?", "1/2"),
    # powers and roots
    ("What is 2^10?", "1024"),
    ("What is 2**10?", "1024"),
    ("What is 2 to the power of 10?", "1024"),
    ("What is 2 raised to the power of 10?", "1024"),
    ("What is 2 to the 10th power?", "1024"),
    ("What is 3 squared plus 4 squared?", "25"),
    ("What is 3²+4²?", "25"),
    ("What is 2 cubed?", "8"),
    ("What is 2^-2?", "1/4"),
    ("What is 8^(2/3)?", "4"),
    ("What is (-2)^2?", "4"),
    ("What is the square root of 144?", "12"),
    ("What is the square root of (16 + 9)?", "5"),
    ("√16 + 9", "13"),
    ("sqrt(2.25)", "3/2"),
    ("Compute the cube root of -27", "-3"),
    ("What is the square root of 2?", "sqrt(2)"),
    ("√8", "2*sqrt(2)"),
    ("What is the cube root of 2?", "2**(1/3)"),
    # factorial, mod, percent, lists
    ("What is 10!?", "3628800"),
    ("Compute 10!", "3628800"),
    ("What is 5 factorial?", "120"),
    ("What is the factorial of 6?", "720"),
    ("What is 1000! / 999!?", "1000"),
    ("What is 17 mod 5?", "2"),
    ("What is 17 modulo 5?", "2"),
    ("What is the remainder when 17 is divided by 5?", "2"),
    ("What is the remainder of 17 divided by 5?", "2"),
    ("What is 15% of 80?", "12"),
    ("What is 20 percent of 150?", "30"),
    ("What is 12.5% of 80?", "10"),
    ("What is the sum of 3, 5 and 7?", "15"),
    ("What is the sum of 3, 5, and 7?", "15"),
    ("What is the product of 2, 3, 4?", "24"),
    ("What is the product of 6 and 7?", "42"),
    ("Add 1, 2, 3 and 4.", "10"),
    ("What is the sum of 1, 2^3, -(4 - 5) and 3!?", "16"),
    # Chinese
    ("3加5等于多少？", "8"),
    ("计算 3 加 5", "8"),
    ("12乘以8是多少", "96"),
    ("12乘8等于几", "96"),
    ("100除以8等于多少", "25/2"),
    ("10减去25得多少", "-15"),
    ("2的10次方等于多少", "1024"),
    ("3的平方加4的平方等于多少", "25"),
    ("2的立方是多少", "8"),
    ("16开方是多少", "4"),
    ("根号16等于多少", "4"),
    ("27的立方根是多少", "3"),
    ("5的阶乘是多少", "120"),
    ("80的15%是多少", "12"),
    ("3、5和7的和是多少", "15"),
    ("2、3、4的积是多少", "24"),
    ("3与5之和是多少", "8"),
    ("17除以5的余数是多少", "2"),
    ("17除以5余数是多少", "2"),
    ("请计算：(3+4)×2", "14"),
    ("负3乘以4等于多少", "-12"),
    ("０．１＋０．２＝？", "3/10"),
]


@pytest.mark.parametrize(("question", "expected"), PHRASINGS)
def test_phrasings(question: str, expected: str) -> None:
    assert value_of(question) == expected


def test_answers_are_one_sentence_in_the_question_language() -> None:
    english = run("What is 7 divided by 2?")
    chinese = run("7除以2等于多少？")
    assert isinstance(english, Solution) and isinstance(chinese, Solution)
    assert english.answer == "7 ÷ 2 = 7/2 = 3.5."
    assert chinese.answer.startswith("计算结果") and chinese.answer.endswith("。")
    assert "3.5" in chinese.answer
    thirds = run("What is 1 divided by 3?")
    assert isinstance(thirds, Solution) and "≈ 0.333333333333" in thirds.answer


def test_problem_round_trips_through_json() -> None:
    parsed = SOLVER.parse(Query(text="What is the sum of 1, 2^3, -(4 - 5) and 6!?"))
    assert isinstance(parsed, Parsed)
    clone = ArithmeticProblem.model_validate_json(parsed.problem.model_dump_json())
    assert clone == parsed.problem


@pytest.mark.parametrize(("question", "expected"), [
    ("What is 75921 times 50716?", "3850409436"),
    ("Q: What is 8 divided by 2?\nA:", "4"),
    ("What is 2 + 3 * 4? Think step by step.", "14"),
    ("What is 12 minus 37? Answer within \\boxed{}.", "-25"),
])
def test_routing_reaches_the_solver(question: str, expected: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.tool == "arithmetic", decision
    assert decision.value == expected


# --------------------------------------------------------------------------- declines


@pytest.mark.parametrize("question", [
    # not arithmetic at all
    "What happened on 9/11?",
    "My order number is 48213-977",
    "What is 5?",
    "What is -5?",
    "Write a haiku about 2 + 2.",
    "How many moons does Jupiter have?",
    # identifier-shaped without an explicit request to compute
    "What is 9/11?",
    "What is 24/7?",
    "What is 50/50?",
    "What is 0x10?",
    "What is 9-5?",
    "What is 10–20?",
    "What is 48213-977?",
    "48213-977",
    "What is 2023-01-15?",
    "Compute 1/2/2023",
    "What is 007 + 1?",
    "What is 3.11.2 + 1?",
    "What is v3.11 + 1?",
    # units, names, word problems, leftover words
    "What is 5 apples plus 3 apples?",
    # (amounts of money in one currency are answered: see test_money.py; amounts in one unit
    # of measure added or subtracted too: "5kg + 3kg" is 8, see below)
    "John has 5 apples and buys 3 more. How many apples does he have?",
    "What is 2 + 2 in binary?",
    "What is 2 + 2? Explain.",
    "Solve 2x + 3 = 7",
    "What is x + 1?",
    "What is 2 + 2 = 5?",
    "What is 1e5 + 1?",
    "What is 10:30 + 2?",
    "What is 3,5 + 1?",
    "What is 1 000 + 1?",
    "小明有5个苹果，又买了3个，一共有几个？",
    "3加5个苹果等于多少？",
    "1加1为什么等于2？",
    # ambiguity
    "What is 2(3+4)?",
    "What is 6÷2(1+2)?",
    "What is -2^2?",
    "What is 2^3^2?",
    "What is the square root of 16 plus 9?",
    "What is the sum of 2 and 3 times 4?",
    "What is 15% of 80 plus 5?",
    "What is 2 to the power of 3 plus 1?",
    "What is 10 % 3?",
    "What is 100 + 10%?",
    "What is 2 + 3!",
    "What is 5!!?",
    "What is the sum of 100,200, 300?",
    "What is the sum of 1, 2 and 3 squared?",
    "What is the product of 2 and 3 factorial?",
    "What is the sum of 1 and the square root of 4?",
    "What is -7 mod 3?",
    "What is 0^0?",
    "2的3次方的2次方等于多少",
    "3除5等于多少",
    # undefined or not real
    "What is 1/0?",
    "What is 5 divided by 0?",
    "What is 10 mod 0?",
    "What is the square root of -4?",
    "What is 3.5!?",
    "What is (-8)^(1/3)?",
    "What is 2^0.5 + 1?",
    "What is sqrt(2) * sqrt(2)?",
    # caps
    "What is 2^100000?",
    "What is 1001!?",
    "What is (2^1000)^1000?",
    "What is " + "9" * 201 + " + 1?",
    "What is " + "+".join(["1"] * 150) + "?",
    "What is " + "(" * 51 + "1" + ")" * 51 + " + 1?",
    "What is the sum of " + ", ".join(["1"] * 101) + "?",
    "What is the square root of " + "7" * 70 + "?",
])
def test_declines_what_it_cannot_answer_exactly(question: str) -> None:
    assert isinstance(run(question), Declined), question


def test_caps_allow_the_largest_documented_problems() -> None:
    assert value_of("What is 2^1000?") == str(2**1000)
    assert len(value_of("What is 1000!?")) == 2568
    assert value_of("What is " + "+".join(["1"] * 100) + "?") == "100"
    assert value_of("What is " + "(" * 50 + "1" + ")" * 50 + " + 1?") == "2"
    assert value_of("What is the sum of " + ", ".join(["1"] * 100) + "?") == "100"


@pytest.mark.parametrize(("question", "expected"), PHRASINGS)
def test_every_phrasing_is_routed_to_the_solver(question: str, expected: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.tool == "arithmetic", decision
    assert decision.value == expected


# --------------------------------------------------------------------------- spelled numbers
#
# Independent renderers: integers to English words and to Chinese numerals, written here from
# the usual rules and sharing nothing with the solver's readers. The solver must read every
# rendering back exactly (checked against plain ints / Fractions).

EN_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
           "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
           "eighteen", "nineteen"]
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
EN_SCALES = [(10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand")]


@dataclass(frozen=True)
class WordStyle:
    hyphen: bool = True  # "forty-two" or "forty two"
    and_after_hundred: bool = False  # "one hundred and five"
    a_hundred: bool = False  # "a hundred" for a leading 100..199


def en_below_100(n: int, style: WordStyle) -> str:
    if n < 20:
        return EN_ONES[n]
    tens, ones = divmod(n, 10)
    if not ones:
        return EN_TENS[tens]
    return EN_TENS[tens] + ("-" if style.hyphen else " ") + EN_ONES[ones]


def en_below_1000(n: int, style: WordStyle, leading: bool) -> str:
    hundreds, rest = divmod(n, 100)
    if not hundreds:
        return en_below_100(rest, style)
    head = ("a" if (style.a_hundred and leading and hundreds == 1) else EN_ONES[hundreds])
    text = f"{head} hundred"
    if rest:
        text += (" and " if style.and_after_hundred else " ") + en_below_100(rest, style)
    return text


def to_english(n: int, style: WordStyle) -> str:
    if n == 0:
        return "zero"
    parts: list[str] = []
    for scale, name in EN_SCALES:
        if n >= scale:
            parts.append(f"{en_below_1000(n // scale, style, leading=not parts)} {name}")
            n %= scale
    if n:
        parts.append(en_below_1000(n, style, leading=not parts))
    return " ".join(parts)


ZH_DIGITS = "零一二三四五六七八九"


def zh_section(n: int, leading: bool, liang: bool) -> str:
    """0 < n < 10^4 with the usual 零 rules; 十 alone for 10..19 at the very start."""
    out, started, zero_pending = "", False, False
    for digit, unit in zip((n // 1000, n // 100 % 10, n // 10 % 10, n % 10),
                           ("千", "百", "十", ""), strict=True):
        if digit == 0:
            zero_pending = zero_pending or started
            continue
        if zero_pending:
            out += "零"
            zero_pending = False
        if unit == "十" and digit == 1 and not started and leading:
            out += "十"
        elif digit == 2 and liang and unit in ("千", "百"):
            out += "两" + unit
        else:
            out += ZH_DIGITS[digit] + unit
        started = True
    return out


def to_chinese(n: int, liang: bool = False) -> str:
    """n < 10^12 as a Chinese numeral (亿 and 万 sections)."""
    if n == 0:
        return "零"
    out, gap = "", False
    for value, unit in ((n // 10**8, "亿"), (n // 10**4 % 10**4, "万"), (n % 10**4, "")):
        if value == 0:
            gap = gap or bool(out)
            continue
        if out and (gap or value < 1000):
            out += "零"
        section = zh_section(value, leading=not out, liang=liang)
        if liang and unit and section == "二":
            section = "两"
        out += section + unit
        gap = False
    return out


def test_renderers_agree_with_known_spellings() -> None:
    """The renderers themselves, against spellings checked by hand."""
    plain = WordStyle()
    assert to_english(95088, plain) == "ninety-five thousand eighty-eight"
    assert to_english(39168, WordStyle(and_after_hundred=True)) == (
        "thirty-nine thousand one hundred and sixty-eight")
    assert to_english(1_000_001, plain) == "one million one"
    assert to_chinese(33781) == "三万三千七百八十一"
    assert to_chinese(17015) == "一万七千零一十五"
    assert to_chinese(100010000) == "一亿零一万"
    assert to_chinese(10000001) == "一千万零一"
    assert to_chinese(15) == "十五"
    assert to_chinese(2200, liang=True) == "两千两百"


OPERATIONS = {"plus": ("+", "加"), "minus": ("-", "减"), "times": ("*", "乘以"),
              "divided by": ("/", "除以")}


def combine(a: int, b: int, symbol: str) -> Fraction | None:
    if symbol == "/":
        return None if b == 0 else Fraction(a, b)
    return Fraction({"+": a + b, "-": a - b, "*": a * b}[symbol])


word_styles = st.builds(WordStyle, st.booleans(), st.booleans(), st.booleans())
EN_WORD_WRAPPERS = ["What is {}?", "what's {}", "Tell me what {} is.", "Calculate {}.",
                    "How much is {}?", "Could you tell me what {} is?", "{} = ?",
                    "What is the exact value of {}?"]


@settings(max_examples=250, deadline=None)
@given(a=st.integers(0, 10**12), b=st.integers(0, 10**12),
       op=st.sampled_from(sorted(OPERATIONS)), style=word_styles,
       wrapper=st.sampled_from(EN_WORD_WRAPPERS))
def test_english_number_words_round_trip(a: int, b: int, op: str, style: WordStyle,
                                         wrapper: str) -> None:
    question = wrapper.format(f"{to_english(a, style)} {op} {to_english(b, style)}")
    expected = combine(a, b, OPERATIONS[op][0])
    solution = run(question, "en")
    if expected is None:
        assert isinstance(solution, Declined), question
        return
    assert isinstance(solution, Solution), (question, solution)
    assert solution.value == expected_text(expected), question


@settings(max_examples=150, deadline=None)
@given(n=st.integers(0, 10**12), style=word_styles)
def test_english_numbers_mix_with_digits(n: int, style: WordStyle) -> None:
    assert value_of(f"What is {to_english(n, style)} + 1?") == str(n + 1)
    assert value_of(f"What is 2 times {to_english(n, style)}?") == str(2 * n)


ZH_WRAPPERS_NUMERALS = ["{}等于几？", "{}等于多少", "{}是多少？", "计算{}", "请问{}等于多少？",
                        "帮我算一下{}", "{}的结果是多少"]


@settings(max_examples=250, deadline=None)
@given(a=st.integers(0, 10**12 - 1), b=st.integers(0, 10**12 - 1),
       op=st.sampled_from(sorted(OPERATIONS)), liang=st.booleans(),
       wrapper=st.sampled_from(ZH_WRAPPERS_NUMERALS))
def test_chinese_numerals_round_trip(a: int, b: int, op: str, liang: bool,
                                     wrapper: str) -> None:
    symbol, word = OPERATIONS[op]
    question = wrapper.format(f"{to_chinese(a, liang)}{word}{to_chinese(b, liang)}")
    expected = combine(a, b, symbol)
    solution = run(question, "zh")
    if expected is None:
        assert isinstance(solution, Declined), question
        return
    assert isinstance(solution, Solution), (question, solution)
    assert solution.value == expected_text(expected), question


@settings(max_examples=100, deadline=None)
@given(high=st.integers(1, 9999), low=st.integers(0, 9999), unit=st.sampled_from(["万", "亿"]))
def test_chinese_numerals_mixed_with_digits(high: int, low: int, unit: str) -> None:
    scale = 10**4 if unit == "万" else 10**8
    assert value_of(f"{high}{unit}加1等于多少") == str(high * scale + 1)
    # a digit group after the unit, marked with 零 when it skips places: "3万零500"
    if unit == "万" and low:
        glue = "" if low >= 1000 else "零"
        assert value_of(f"{high}万{glue}{low}加0等于多少") == str(high * scale + low)
    # the abbreviated form: 一万五 = 15000, 三千五 = 3500
    digit = low % 9 + 1
    assert value_of(f"{to_chinese(high)}{unit}{ZH_DIGITS[digit]}加零等于几") == str(
        high * scale + digit * scale // 10)


SPELLED = [
    ("what's four times fourteen", "56"),
    ("Tell me what ninety-five thousand eighty-eight plus eighty-eight is.", "95176"),
    ("Tell me what thirty-nine thousand one hundred and sixty-eight plus four hundred and "
     "eighteen is.", "39586"),
    ("What is twelve hundred divided by four?", "300"),
    ("What is a hundred times three?", "300"),
    ("What is a million divided by a thousand?", "1000"),
    ("What is two point five times four?", "10"),
    ("What is 2.5 million times 4?", "10000000"),
    ("What is 3 thousand minus 1?", "2999"),
    ("What is one thousand and five minus five?", "1000"),
    ("What's nine squared?", "81"),
    ("What is the square root of eighty-one?", "9"),
    ("What is five factorial?", "120"),
    ("What is two to the power of ten?", "1024"),
    ("What's ten to the third power?", "1000"),
    ("What is negative five plus three?", "-2"),
    ("What is fifteen percent of eighty?", "12"),
    ("What is the sum of three, five and seven?", "15"),
    ("Multiply twelve by eleven.", "132"),
    ("Subtract nine from twenty.", "11"),
    ("What is the remainder when one hundred is divided by seven?", "2"),
    ("What is zero times five?", "0"),
    ("三万三千七百八十一减四百等于几？", "33381"),
    ("一万七千零一十五减九百零二等于几？", "16113"),
    ("十二乘以十二是多少？", "144"),
    ("两千加三千等于多少", "5000"),
    ("一万五减五千等于多少", "10000"),
    ("一千零一加一等于多少", "1002"),
    ("一亿减一等于多少", "99999999"),
    ("十万零八百加二百等于多少", "101000"),
    ("3万加2万等于多少", "50000"),
    ("1.5万乘以2等于多少", "30000"),
    ("九的平方是多少", "81"),
    ("二的十次方是多少", "1024"),
    ("三、五和七的和是多少", "15"),
    ("二十的百分之十五是多少", "3"),
    ("两加三等于几", "5"),
]


@pytest.mark.parametrize(("question", "expected"), SPELLED)
def test_spelled_numbers(question: str, expected: str) -> None:
    assert value_of(question) == expected


def test_spelled_numbers_are_shown_as_digits() -> None:
    solution = run("what's four times fourteen")
    assert isinstance(solution, Solution) and solution.answer == "4 × 14 = 56."
    chinese = run("三万三千七百八十一减四百等于几？")
    assert isinstance(chinese, Solution) and "33781 − 400 = 33381" in chinese.answer


@pytest.mark.parametrize("question", [
    # not arithmetic, though number words are present
    "Ninety-nine problems",
    "I have two cats and three dogs",
    "What is one direction?",
    "What is forty-two?",
    "What is a hundred years war?",
    "Who wrote one hundred years of solitude?",
    "What's one plus one in binary?",
    "Is one plus one two?",
    "Why does one plus one equal two?",
    "What is five minus three apples?",
    "What is one times a day?",
    "What's the point of two plus two?",
    "Add one cup of sugar and two eggs.",
    "Divide thirty by half and add ten.",
    # malformed English numerals: declined, never guessed
    "What is twenty twelve plus one?",
    "What is nineteen eighty-four minus one?",
    "What is one two plus three?",
    "What is eleven eleven?",
    "What is five-three?",
    "What is twenty-5?",
    "What is 5-three?",
    "What is twenty-one-two plus one?",
    "What is one hundred hundred plus one?",
    "What is one thousand one thousand plus one?",
    "What is hundred plus one?",
    "What is twenty hundred plus one?",
    "What is twelve hundred thousand plus one?",
    "What is one thousand and five hundred plus one?",
    "What is zero one plus one?",
    "What is point five plus one?",
    "What is three point plus one?",
    "What is three point twenty plus one?",
    "What is two hundred thousand million plus one?",
    # "and" inside a spelled number next to a list
    "What is the sum of one hundred and five and six?",
    "Add one hundred and five and six.",
    # caps
    "What is one thousand trillion plus one?",
    "What is 2 million trillion plus one?",
    # Chinese: measure words, idioms, digit-by-digit numbers, malformed numerals
    "三个人",
    "三个人加两个人等于几",
    "一加一为什么等于二？",
    "一斤是多少克？",
    "三七二十一减一等于几",
    "一五一十加一等于几",
    "二零二四加一等于多少",
    "十两加一等于多少",
    "二十两加一等于多少",
    "一万两加一等于多少",
    "万一加一等于多少",
    "千万加一等于多少",
    "一千五十加一等于多少",
    "一千零五百加一等于多少",
    "一百零加一等于多少",
    "一万五百加一等于多少",
    "一亿五百加一等于多少",
    "二十零五加一等于多少",
    "两十加一等于多少",
    "一万万加一等于多少",
    "一亿亿加一等于多少",
    "三千五万加一等于多少",
    "3千5加一等于多少",
    "35百加一等于多少",
    "一百十加一等于多少",
    "一千零一夜加一",
    "九九乘法表",
    "一" * 41 + "加一等于几",
    "九千九百九十九万亿加一等于几",
])
def test_declines_malformed_or_non_numeric_number_words(question: str) -> None:
    assert isinstance(run(question), Declined), question


# --------------------------------------------------------------------------- lead-ins and trailers

LEAD_INS = [
    ("Give the exact value of 35.4 * 9.4", "8319/25"),
    ("Tell me what 15 * 17 is.", "255"),
    ("Could you tell me what 15 * 17 is?", "255"),
    ("Do you know what 144 / 12 is?", "12"),
    ("I'd like to know what 2^16 is.", "65536"),
    ("I wonder what 6 times 7 is.", "42"),
    ("Tell me what is 3 + 4", "7"),
    ("Do you know what's 6 times 7?", "42"),
    ("What's 6 times 7?", "42"),
    ("What’s 6 times 7?", "42"),
    ("What is 123 + 456, please?", "579"),
    ("Please work out 17 × 23.", "391"),
    ("Work out 17 times 23 for me.", "391"),
    ("Figure out 17 times 23.", "391"),
    ("Evaluate 3 + 4 * 2 exactly.", "11"),
    ("Give me the value of 7 * 8.", "56"),
    ("Find the value of 2 ** 8.", "256"),
    ("What is the exact value of 22/7?", "22/7"),
    ("What's the answer to 6 * 7?", "42"),
    ("What is the result of 125 / 5?", "25"),
    ("Tell me the result of 3 + 5.", "8"),
    ("Hey, what's 9 times 9?", "81"),
    ("Quick question: what is 12 * 12?", "144"),
    ("Can you please compute 3 + 4 for me, please?", "7"),
    ("I need the value of 3 * 4.", "12"),
    ("What would 3 + 4 be?", "7"),
    ("What does 7 times 8 come to?", "56"),
    ("What is 7 times 8 equal to?", "56"),
    ("7 times 8 is what?", "56"),
    ("7 times 8 equals what?", "56"),
    ("What do you get if you add 17 and 25?", "42"),
    ("What do you get when you multiply 6 by 7?", "42"),
    ("What is the result of multiplying 6 by 7?", "42"),
    ("What is the square of 12?", "144"),
    ("What is the cube of -2?", "-8"),
    ("你能帮我算一下3加5吗？", "8"),
    ("请问3加5等于多少？", "8"),
    ("3加5的结果是？", "8"),
    ("麻烦算一下7乘8", "56"),
    ("告诉我7乘8等于多少", "56"),
    ("七乘八等于几呢？", "56"),
]


@pytest.mark.parametrize(("question", "expected"), LEAD_INS)
def test_lead_ins_and_trailers(question: str, expected: str) -> None:
    assert value_of(question) == expected


# Unpaired wrappers ("Tell me what 2 + 2", "2 + 2 makes") were once declined for grammar's
# sake; with nothing but asking words around the expression they are answered (see
# test_asking_words_*). What still declines is a leftover word that carries meaning.
@pytest.mark.parametrize(("question", "expected"), [
    ("Tell me what 2 + 2", "4"), ("2 + 2 makes", "4"), ("2 + 2 is", "4"),
    ("What is 3 + 4 is", "7"), ("What does 3 + 4?", "7"), ("What would 3 + 4?", "7"),
])
def test_unpaired_wrappers_made_of_asking_words(question: str, expected: str) -> None:
    assert value_of(question) == expected


@pytest.mark.parametrize("question", [
    "Tell me what 2 + 2 is not",
    "Tell me what 2 + 2 is, and why",
    "Do you know what 2 + 2 is in base 3?",
    "Tell me 9/11",
    "Tell me what 9-5 is",
    "Can you tell me what time it is?",
    "Tell me what you think is best.",
    "I need 5 minutes.",
    "I need 3 + 4 apples.",
    "Give 3 + 4 reasons.",
    "What is the result of 9/11?",
    "What is the value of 555-1234?",
    "What is the value of 9/11?",
    "What is the square of 12 plus 1?",
    "What is the square of a circle?",
    "3加5吗",
])
def test_unpaired_or_leftover_wrappers_decline(question: str) -> None:
    assert isinstance(run(question), Declined), question


@pytest.mark.parametrize(("question", "expected"), SPELLED + LEAD_INS)
def test_new_phrasings_are_routed_to_the_solver(question: str, expected: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.tool == "arithmetic", decision
    assert decision.value == expected


# ------------------------------------------------------------- list functions, fractions


@settings(max_examples=100, deadline=None)
@given(items=st.lists(st.integers(-1000, 1000), min_size=2, max_size=8), form=st.integers(0, 2))
def test_averages_match_the_fraction_oracle(items: list[int], form: int) -> None:
    expected = Fraction(sum(items), len(items))
    listed = ", ".join(map(str, items[:-1])) + f" and {items[-1]}"
    question = [f"What is the average of {listed}?", f"Find the mean of {listed}.",
                "、".join(map(str, items)) + "的平均数是多少"][form]
    assert value_of(question) == expected_text(expected), question


@settings(max_examples=100, deadline=None)
@given(a=st.integers(0, 10**6), b=st.integers(0, 10**6), form=st.integers(0, 1))
def test_difference_and_quotient_decline_when_unclear(a: int, b: int, form: int) -> None:
    difference = [f"What is the difference between {a} and {b}?", f"{a}与{b}的差是多少"][form]
    solution = run(difference)
    if a >= b:
        assert isinstance(solution, Solution) and solution.value == str(a - b), difference
    else:  # "the difference" of a smaller and a larger number: a - b or b - a?
        assert isinstance(solution, Declined), difference
    quotient = [f"What is the quotient of {a} and {b}?", f"{a}和{b}的商是多少"][form]
    solution = run(quotient)
    if b and a % b == 0:
        assert isinstance(solution, Solution) and solution.value == str(a // b), quotient
    else:  # division by zero, or "quotient" may mean integer division
        assert isinstance(solution, Declined), quotient


@settings(max_examples=100, deadline=None)
@given(numerator=st.integers(0, 999), denominator=st.integers(1, 999),
       base=st.integers(0, 10**6), chinese=st.booleans())
def test_fractions_of_a_quantity(numerator: int, denominator: int, base: int,
                                 chinese: bool) -> None:
    expected = Fraction(numerator, denominator) * base
    if chinese:
        fraction = f"{to_chinese(denominator)}分之{to_chinese(numerator)}"
        assert value_of(f"{base}的{fraction}是多少") == expected_text(expected)
        assert value_of(f"{fraction}加{base}等于多少") == expected_text(
            Fraction(numerator, denominator) + base)
    else:
        assert value_of(f"What is {numerator}/{denominator} of {base}?") == expected_text(
            expected)


LIST_FUNCTIONS = [
    ("What is the total of 12, 15 and 18?", "45"),
    ("What is the difference between 100 and 37?", "63"),
    ("What is the difference of 100 and 37?", "63"),
    ("What is the quotient of 100 and 4?", "25"),
    ("What is the average of 2, 4 and 6?", "4"),
    ("What is the mean of 2 and 3?", "5/2"),
    ("What is the arithmetic mean of two, four and nine?", "5"),
    ("What is 3/4 of 120?", "90"),
    ("What is 1 + 3/4 of 120?", "91"),
    ("100与37的差是多少", "63"),
    ("100和4的商是多少", "25"),
    ("2、4、6的平均数是多少", "4"),
    ("三分之一加三分之一等于多少", "2/3"),
    ("120的四分之三是多少", "90"),
    ("8的三分之一次方等于多少", "2"),
    ("17除以4余几？", "1"),
    ("17除以4余多少", "1"),
    ("17模4等于多少", "1"),
]


@pytest.mark.parametrize(("question", "expected"), LIST_FUNCTIONS)
def test_list_functions_and_fractions(question: str, expected: str) -> None:
    assert value_of(question) == expected
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.tool == "arithmetic", decision
    assert decision.value == expected


@pytest.mark.parametrize("question", [
    "What is the difference between 37 and 100?",
    "What is the difference between 100 and 37 and 5?",
    "What is the difference between the two?",
    "What is the quotient of 17 and 4?",
    "What is the quotient of 1 and 0?",
    "What is the average of 2 and 3 plus 1?",
    "What is the average of 5?",
    "What is 3/4 of 120 plus 1?",
    "What is 3/4 of a pizza?",
    "What is 2 * 3/4 of 120?",
    "37与100的差是多少",
    "0分之1加1等于多少",
    "2.5分之1加1等于多少",
    "2的三分之一次方等于多少",
    "三分之加一等于多少",
])
def test_list_functions_and_fractions_decline(question: str) -> None:
    assert isinstance(run(question), Declined), question


# ------------------------------------------------------------- powers, roots, decimals

ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd"}


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else ORDINAL_SUFFIX.get(n % 10, 'th')}"


@settings(max_examples=100, deadline=None)
@given(base=st.integers(0, 60), degree=st.integers(2, 7))
def test_nth_powers_and_roots(base: int, degree: int) -> None:
    power = base**degree
    assert value_of(f"What is the {ordinal(degree)} power of {base}?") == str(power)
    assert value_of(f"What is {base} to the {ordinal(degree)}?") == str(power)
    assert value_of(f"What is {base} to the power {degree}?") == str(power)
    assert value_of(f"What is the {ordinal(degree)} root of {power}?") == str(base)
    assert value_of(f"{power}的{to_chinese(degree)}次方根是多少") == str(base)
    if base > 1:  # not a perfect power: declined, never rounded
        assert isinstance(run(f"What is the {ordinal(degree)} root of {power + 1}?"), Declined)


@settings(max_examples=100, deadline=None)
@given(whole=st.integers(0, 9999), places=st.text("0123456789", min_size=1, max_size=6),
       big=st.sampled_from(["", "万", "亿"]))
def test_chinese_decimals(whole: int, places: str, big: str) -> None:
    spelled = to_chinese(whole) + "点" + "".join(ZH_DIGITS[int(d)] for d in places) + big
    value = (whole + Fraction(int(places), 10 ** len(places))) * {"": 1, "万": 10**4,
                                                                 "亿": 10**8}[big]
    assert value_of(f"{spelled}加一等于多少") == expected_text(value + 1)


POWERS_AND_DECIMALS = [
    ("What is 3 to the 4th?", "81"),
    ("What is 2 raised to the power 10?", "1024"),
    ("What is the 4th power of 3?", "81"),
    ("What is the fourth root of 16?", "2"),
    ("What is the fifth root of 32?", "2"),
    ("What is 22 ÷ 7 as a fraction?", "22/7"),
    ("Express 6/8 in lowest terms.", "3/4"),
    ("Reduce 6/8.", "3/4"),
    ("16的四次方根是多少", "2"),
    ("2的负二次方等于多少", "1/4"),
    ("(−2)的三次方是多少", "-8"),
    ("三点五加二等于多少", "11/2"),
    ("零点二五乘以四等于多少", "1"),
    ("三点五万加一等于多少", "35001"),
]


@pytest.mark.parametrize(("question", "expected"), POWERS_AND_DECIMALS)
def test_powers_roots_and_decimals(question: str, expected: str) -> None:
    assert value_of(question) == expected
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.tool == "arithmetic", decision
    assert decision.value == expected


@pytest.mark.parametrize("question", [
    "What is the fifth root of 33?",
    "What is the 4th power of 3 plus 1?",
    "What is the 1st root of 3?",
    "What is the 101st root of 2?",
    "What is the fourth root of -16?",
    "What is the 1001st power of 2?",
    "Express 0.5 as a percentage.",
    "三点加二等于多少",
    "下午3点加上5个小时是几点？",
    "三点五十加一",
    "三点五分加一",
    "3点5加一等于多少",
    "2的一点五次方根是多少",
    "16的一次方根是多少",
])
def test_powers_roots_and_decimals_decline(question: str) -> None:
    assert isinstance(run(question), Declined), question


# ------------------------------------------------------------- summing, multipliers, "if you"

SUMMING = [
    ("What do 1.615 + 8.069 + 13.497 add up to, exactly?", "23181/1000"),
    ("What does 3 + 4 + 5 add up to?", "12"),
    ("What do 3, 5 and 7 add up to?", "15"),
    ("What do 3 and 5 add up to?", "8"),
    ("What do four and six add up to?", "10"),
    ("3 + 4 + 5 adds up to what?", "12"),
    ("How much do 3.5 + 4.25 add up to?", "31/4"),
    ("What do 2.5 and 3.75 sum to?", "25/4"),
    ("What does 3 + 4 total?", "7"),
    ("What do 3, 5 and 7 total?", "15"),
    ("Tell me what 3, 5 and 7 add up to.", "15"),
    ("What is 3 + 4 + 5 added together?", "12"),
    ("What are 3, 5 and 7 added together?", "15"),
    ("What is 10 - 4 + 2 altogether?", "8"),
    ("Add up 3, 5 and 7.", "15"),
    ("Sum 3, 5 and 7.", "15"),
    ("Sum up 3, 5 and 7.", "15"),
    ("What do you get when you add up 3, 5 and 7?", "15"),
    ("1.2+3.4+5.6加起来是多少？", "51/5"),
    ("3、5和7加起来是多少？", "15"),
    ("3、5和7加起来等于多少？", "15"),
    ("把3、5和7加起来是多少？", "15"),
    ("1.2加3.4加5.6一共是多少？", "51/5"),
    ("3和5一共是多少", "8"),
    ("3、5和7总共是多少", "15"),
    ("三和五加起来是多少", "8"),
    ("3、5、7的总和是多少？", "15"),
]
MULTIPLIERS = [
    ("What is half of 86?", "43"),
    ("What is a half of 10?", "5"),
    ("What is a third of 99?", "33"),
    ("What is one quarter of 84?", "21"),
    ("What is two thirds of 99?", "66"),
    ("What is three quarters of 120?", "90"),
    ("What is three halves of 10?", "15"),
    ("What is twice 47?", "94"),
    ("What is double 47?", "94"),
    ("What's double 3.5?", "7"),
    ("What is twice (3 + 4)?", "14"),
    ("What is 5 + twice 3?", "11"),
    # spelled fractions as numbers (a count is required: "divide thirty by half" declines)
    ("What is one half plus one third?", "5/6"),
    ("What is two thirds minus one quarter?", "5/12"),
    ("86的一半是多少？", "43"),
    ("47的两倍是多少？", "94"),
    ("47的3倍是多少？", "141"),
]
CONDITIONALS = [
    ("If you divide 81 by 9, what do you get?", "9"),
    ("If you add 17 and 25, what is the result?", "42"),
    ("If I multiply 12 by 11, what do I get?", "132"),
    ("If you subtract 15 from 92, what's the answer?", "77"),
    ("If you add up 3, 5 and 7, what do you get?", "15"),
    ("Please add 3 and 5.", "8"),
    ("Could you multiply 6 by 7?", "42"),
    ("Evaluate the expression 3 + 4 × 2.", "11"),
    ("Work out 83 times 80 divided by 38 and give the answer as a fraction.", "3320/19"),
    ("144除以12的商是多少？", "12"),
    ("What's the remainder when you divide 100 by 7?", "2"),
    ("What is the remainder if we divide 2^10 by 7?", "2"),
    ("100减37的差是多少？", "63"),
    ("6乘7的积是多少？", "42"),
    ("计算下列算式：(291 − 1) × 6 ÷ 18", "290/3"),
    ("请算出 7725 加 384 减 2040 的值", "6069"),
    ("7725 加 384 再减去 2040 是多少？", "6069"),
    ("7725 加上 384，再减去 2040，结果是多少？", "6069"),
    ("12乘3再除以4等于多少？", "9"),
    # "first" before steps in order, "use A", "the result", a result asked after a comma
    ("先把13乘以5，再减去9，结果是多少？", "56"),
    ("先算 25 乘以 39，再把结果除以 14，最后得多少？", "975/14"),
    ("用783减去83，然后再减去84，最后剩多少？", "616"),
    ("30乘以28再加78，等于多少？", "918"),
    ("Raise 3 to the 7th power.", "2187"),
    ("Raise 2 to the power of 10.", "1024"),
]


@pytest.mark.parametrize(("question", "expected"), SUMMING + MULTIPLIERS + CONDITIONALS)
def test_summing_multipliers_and_conditionals(question: str, expected: str) -> None:
    assert value_of(question) == expected
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.tool == "arithmetic", decision
    assert decision.value == expected


@pytest.mark.parametrize("question", [
    "What do 3 times 4 add up to?",  # "add up" needs numbers to add
    "What does 3 add up to?",
    "What do 555-1234 add up to?",
    "What do 2 and 2 add up to in binary?",
    "What do one hundred and five and six add up to?",
    "What do the angles of a triangle add up to?",
    "What do 3 apples and 5 oranges add up to?",
    "Sum 3 to 5",  # 3 + 5, or 3 + 4 + 5?
    "What are 3 + 4?",
    "What is two third of 99?",
    "What is third of 99?",
    "What is half of 86 plus 4?",  # half of (86 + 4)?
    "What is half of the class?",
    "Half of 2020 was spent at home.",
    "If you add 3 apples, what do you get?",
    "If you divide a pizza into 8 slices, what do you get?",
    "If you add 3 and 5, what do you get? And who invented addition?",
    "Raise 3.",
    "What is a quarter past 3?",
    "3乘5的和是多少？",  # 的和 names another operation
    "17除以5的商是多少？",  # 3 remainder 2, or 3.4?
    "3加5，然后乘以2，结果是多少？",  # in the order said: (3 + 5) × 2, not 3 + 10
    "先算3加5，再把结果乘以2，等于多少？",
    "先把13乘以5",  # no step follows: "first" of what?
    "我有783元，花了83，最后剩多少？",
    "What is 1/1/2000 plus 1?",  # a date
    "Call 555-123-4567 plus 1",
    "What is 8/2/2?",
    "我有3个苹果和5个梨，一共是多少？",
    "把3和5加起来是多少？顺便告诉我是谁发明了零。",
])
def test_summing_multipliers_and_conditionals_decline(question: str) -> None:
    assert isinstance(run(question), Declined), question
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "expected"), [
    ("What is 3/8 expressed as a decimal?", "0.375"),
    ("Convert 3/8 to a decimal.", "0.375"),
    ("Express 3/4 as a decimal.", "0.75"),
    ("What is 1/3 as a decimal?", "1/3"),  # does not terminate: exact a/b
    ("What is 0.125 as a fraction?", "1/8"),
    ("Write 0.75 as a fraction in lowest terms.", "3/4"),
    ("What is 2/8 in simplest form?", "1/4"),
    ("What percent of 80 is 12?", "15"),
    ("12 is what percent of 80?", "15"),
    ("What percentage of 250 is 45?", "18"),
    ("12是80的百分之几？", "15"),
    ("80的百分之几是12？", "15"),
])
def test_answer_forms_and_percent_of_a_whole(question: str, expected: str) -> None:
    assert value_of(question) == expected
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.tool == "arithmetic", decision
    assert decision.value == expected


@pytest.mark.parametrize("question", [
    "What is 5?",
    "What percent of the class is 12?",
    "What percent of 0 is 5?",
    "What is 0.5 as a percentage?",
    "Version 3.8 as a decimal?",
])
def test_answer_forms_and_percent_of_a_whole_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


# "these numbers:", "the following values:" between a list operation and its list
@pytest.mark.parametrize(("question", "value"), [
    ("Add up these numbers: 283, 4, 172, 6, 36, 8, 5, 38", "552"),
    ("Add up these numbers: 436, 79, 194, -93, 5, 500", "1121"),
    ("What is the sum of the following numbers: 1.5, 2, 3?", "13/2"),
    ("Find the average of these values: 2, 4, 9", "5"),
    ("Multiply these numbers: 2, 3, 4", "24"),
    ("Add the numbers 3 and 5", "8"),
    ("Sum all of these numbers: 1, 2, 3", "6"),
])
def test_list_noun_between_operation_and_list(question: str, value: str) -> None:
    assert value_of(question) == value


@pytest.mark.parametrize("question", [
    "Add up these three numbers: 1, 2, 3",  # a count would have to agree with the list
    "Add up these numbers: 1, 2 apples",
    "Add up these numbers: 1/1/2000, 5",
])
def test_list_nouns_that_decline(question: str) -> None:
    assert isinstance(run(question), Declined)


@pytest.mark.parametrize(("question", "value"), [
    ("Calculate the sum: 1 + 2 + 3 + 4 + 5", "15"),
    ("Find the total: 3, 5, 7", "15"),
    ("把下列数加起来：3、5、7", "15"),
    ("求下列各数的和：3、5、7", "15"),
    ("这些数的和是多少：3、5、7", "15"),
    ("求下列各数的积：2、3、4", "24"),
    ("下列各数的平均数是多少：2、3、4", "3"),
])
def test_sum_after_a_colon(question: str, value: str) -> None:
    assert value_of(question) == value


@pytest.mark.parametrize("question", [
    "求下列各数的和：3、5、7个苹果",
    "Calculate the sum: 1 + 2 apples",
    "Calculate the sum: 3 × 4",  # "the sum" of a product
])
def test_sum_after_a_colon_declines(question: str) -> None:
    assert isinstance(run(question), Declined)


@pytest.mark.parametrize(("question", "value"), [
    ("What is the sum of the integers from 1 to 100?", "5050"),
    ("Sum the numbers from 1 to 10.", "55"),
    ("Add up all the numbers from 1 to 50.", "1275"),
    ("What is 1 + 2 + 3 + ... + 100?", "5050"),
    ("1 + 2 + 3 + … + 100 = ?", "5050"),
    ("Calculate 2 + 4 + 6 + ... + 100.", "2550"),
    ("1+2+3+…+100等于多少？", "5050"),
    ("从1加到100等于多少？", "5050"),
    ("1到100的和是多少？", "5050"),
    ("求1到100之间所有整数的和", "5050"),
])
def test_sums_of_arithmetic_progressions(question: str, value: str) -> None:
    assert value_of(question) == value


@pytest.mark.parametrize("question", [
    "What is 1 + 3 + ... + 99?",  # two terms with a step other than 1: the pattern is unclear
    "What is 1 + 2 + 4 + ... + 64?",
    "What is the sum of the integers from 10 to 1?",
    "What is 1 + 2 + ... + 100 + 5?",
    "1到100的质数的和是多少？",
    "What is 1.5 + 2.5 + ... + 10.5?",
    "What is the sum of the integers from 1 to 100 excluding 50?",
])
def test_series_that_decline(question: str) -> None:
    assert isinstance(run(question), Declined)


@settings(max_examples=50, deadline=None)
@given(st.integers(0, 500), st.integers(1, 9), st.integers(2, 300))
def test_series_match_the_loop(first: int, step: int, steps: int) -> None:
    last = first + step * steps
    terms = f"{first} + {first + step} + {first + 2 * step}"
    assert value_of(f"What is {terms} + ... + {last}?") == str(sum(range(first, last + 1, step)))


def test_evaluate_the_following() -> None:
    assert value_of("Evaluate the following: (16 − 37) × (7 + 2) ÷ 12") == "-63/4"


# --------------------------------------------------------------------------- percentage changes


@settings(max_examples=60, deadline=None)
@given(base=st.integers(min_value=1, max_value=10**6), rate=st.integers(min_value=0, max_value=300),
       up=st.booleans(), form=st.integers(min_value=0, max_value=3))
def test_percentage_changes_match_the_fraction_oracle(base: int, rate: int, up: bool,
                                                      form: int) -> None:
    verb = ("increased" if up else "decreased", "increase" if up else "decrease")
    comparative = "more" if up else "less"
    question = (f"What is {base} {verb[0]} by {rate}%?",
                f"{verb[1].capitalize()} {base} by {rate}%.",
                f"What is {rate}% {comparative} than {base}?",
                f"If {base} is {verb[0]} by {rate} percent, what is the new value?")[form]
    oracle = Fraction(base) * (100 + rate if up else 100 - rate) / 100
    assert value_of(question) == expected_text(oracle)


@pytest.mark.parametrize(("question", "expected"), [
    ("What's 250 increased by 20%?", "300"),
    ("Decrease 80 by 25%.", "60"),
    ("Reduce 120 by 12.5%", "105"),
    ("What is 10% less than 90?", "81"),
    ("80减少25%后是多少？", "60"),
    ("把200增加百分之十五是多少", "230"),
    ("500降低了20%是多少", "400"),
])
def test_percentage_change_phrasings(question: str, expected: str) -> None:
    decision = guardrail.route(question)
    assert (decision.route, decision.tool, decision.value) == ("tool", "arithmetic", expected)


@pytest.mark.parametrize("question", [
    "Python 3.11 increased by 2%",
    "Our revenue increased by 20% last year. What was it before?",
    "Prices increased by 5%. How much is the bread now?",
    "Increase the font size by 20%.",
    "What is 250 increased by 20",  # no percentage: increased by 20 units, or by 20%?
    "GDP增加了5%是多少",
])
def test_percentage_changes_that_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


# --------------------------------------------------------------------------- steps said in order


@settings(max_examples=60, deadline=None)
@given(start=st.integers(min_value=-50, max_value=500),
       steps=st.lists(st.tuples(st.sampled_from(["add", "subtract", "multiply", "divide",
                                                 "double", "halve", "square"]),
                                st.integers(min_value=1, max_value=40)), min_size=1, max_size=5))
def test_steps_are_done_in_the_order_said(start: int, steps: list[tuple[str, int]]) -> None:
    value, said = Fraction(start), []
    for verb, operand in steps:
        if verb == "add":
            value, text = value + operand, f"add {operand}"
        elif verb == "subtract":
            value, text = value - operand, f"subtract {operand}"
        elif verb == "multiply":
            value, text = value * operand, f"multiply it by {operand}"
        elif verb == "divide":
            value, text = value / operand, f"divide by {operand}"
        elif verb == "double":
            value, text = value * 2, "double it"
        elif verb == "halve":
            value, text = value / 2, "halve it"
        else:
            value, text = value**2, "square it"
        said.append(text)
    question = f"Start with {start}, " + ", then ".join(said) + ". What do you get?"
    assert value_of(question) == expected_text(value)


@pytest.mark.parametrize("question", [
    "Take 5 apples, add 3. What do you get?",
    "Start with 7, add some sugar, then divide by 2. What do you get?",
    "Take 50, multiply by 3, then subtract 20.",  # no question asked
    "Take 50. What do you get?",
])
def test_steps_that_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


# --------------------------------------------------------------------------- inline LaTeX


@pytest.mark.parametrize(("question", "expected"), [
    (r"Compute $\frac{3}{4}+\frac{1}{2}$.", "5/4"),
    (r"What is $\frac{2}{3} \div \frac{4}{9}$?", "3/2"),  # each fraction is one unit
    (r"What is $2^{10} - 1$?", "1023"),
    (r"Evaluate \(\sqrt{144} \times 3\).", "36"),
    (r"Simplify $\frac{12+4}{8}$.", "2"),
    (r"What is $4^\frac{1}{2} \cdot 3$?", "6"),  # 4^(1/2), not 4^1 / 2
])
def test_inline_latex(question: str, expected: str) -> None:
    decision = guardrail.route(question)
    assert (decision.route, decision.value) == ("tool", expected), decision


@pytest.mark.parametrize(("question", "expected"), [
    ("What is 3 more than 8 times 4?", "35"),
    ("What is 5 less than 20?", "15"),
    ("What number is 7 fewer than 3 squared?", "2"),
    ("What's one more than five?", "6"),
])
def test_offsets_of_an_expression(question: str, expected: str) -> None:
    decision = guardrail.route(question)
    assert (decision.route, decision.tool, decision.value) == ("tool", "arithmetic", expected)


@pytest.mark.parametrize("question", [
    "What is 5 less than 7 more than 2?",  # two offsets: which applies first?
    "Is 5 less than 7 apples?",
    "What is 3 more than the number of planets?",
])
def test_offsets_that_decline(question: str) -> None:
    assert guardrail.route(question).tool != "arithmetic", question


@pytest.mark.parametrize(("question", "expected"), [
    ("Increase 220 by 10%. What number do you end up with?", "242"),
    ("Add 11.3, 13.6 and 14.38 together.", "982/25"),
    ("Determine the exact product of 57.04 and 15.6.", "111228/125"),
    ("u know what 304 times 27 divided by 5 is?", "8208/5"),
    ("Do you know what 12 times 12 is?", "144"),
    ("Hi! Sorry to bother you, but could you please tell me what 1697 times 37 is? Thanks so "
     "much.", "62789"),
    ("For my spreadsheet I need to know: what is 6,327,669 + 270,810 - 41,385?", "6557094"),
    ("Calculate 3.5 + 2. What do you get?", "11/2"),
])
def test_lead_ins_tails_and_context(question: str, expected: str) -> None:
    decision = guardrail.route(question)
    assert (decision.route, decision.tool, decision.value) == ("tool", "arithmetic", expected)


@pytest.mark.parametrize("question", [
    "Add 3. Multiply by 2. What do you get?",  # by 2 of what?
    "Add salt and pepper together.",
    "u know what 2+2 is in binary?",
    "For my hex homework: what is 10+5?",
])
def test_lead_ins_tails_and_context_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "expected"), [
    ("What do you get if you multiply 25 by 4 and then add 10?", "110"),
    ("Multiply 25 by 4 and then add 10.", "110"),
    ("Add 5 to 7, then multiply by 3.", "36"),
    ("Divide 100 by 4, subtract 5, then double it.", "40"),
    ("Add 3 and 5, then square the result. What do you get?", "64"),
    ("What is 20% off 150?", "120"),
    ("yo what's 45 x 12", "540"),
    ("Quick math: 99 * 99", "9801"),
    ("Can u compute 2 + 3 * 4", "14"),
    ("How much do you get if you add 45 to 55?", "100"),
    ("I want to know 15 times 16.", "240"),
])
def test_imperative_chains_discounts_and_casual_lead_ins(question: str, expected: str) -> None:
    decision = guardrail.route(question)
    assert (decision.route, decision.tool, decision.value) == ("tool", "arithmetic", expected)


@pytest.mark.parametrize("question", [
    "Add salt to the water and then boil it.",
    "Multiply 25 by 4 and then add sugar.",
    "What do you get if you multiply 25 by 4 and then add 10? What do you get?",
    "What is 20% off?",
    "I want to know 15 times 16 in binary.",
])
def test_imperative_chains_and_discounts_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "expected"), [
    ("12乘15再减去20等于多少", "160"),  # in order and by precedence alike
    ("100除以4再减去5是多少？", "20"),
    ("12乘3再加4等于多少？", "40"),
])
def test_chinese_steps_in_order_when_precedence_agrees(question: str, expected: str) -> None:
    assert value_of(question) == expected


@pytest.mark.parametrize("question", ["20减5再乘以2等于多少", "2乘3再加4乘5等于多少"])
def test_chinese_steps_decline_when_order_and_precedence_differ(question: str) -> None:
    assert isinstance(run(question), Declined), question


# --------------------------------------------------------------------------- asking words only

_LEADS = ["hey can u pls tell me what", "For my homework I need the value of", "sanity check:",
          "I'm curious about", "ok so what's", "quick question: what is", "Hi! what's",
          "could someone work out", "what would", "just the exact value of"]
_TAILS = ["", " is", " thx", " exactly", " please", " come to", "?", " lol"]
_OTHER_WORDS = ["binary", "rounded", "apples", "why", "in", "approximately", "hex", "meters",
                "how", "not", "if", "then", "percent", "dollars", "roughly", "base"]


@settings(max_examples=80, deadline=None)
@given(a=st.integers(min_value=1, max_value=10**6), b=st.integers(min_value=1, max_value=999),
       op=st.sampled_from(["+", "-", "*", "/", "times", "plus", "minus", "divided by"]),
       lead=st.sampled_from(_LEADS), tail=st.sampled_from(_TAILS))
def test_asking_words_around_an_expression(a: int, b: int, op: str, lead: str,
                                           tail: str) -> None:
    oracle = {"+": Fraction(a + b), "plus": Fraction(a + b), "-": Fraction(a - b),
              "minus": Fraction(a - b), "*": Fraction(a * b), "times": Fraction(a * b),
              "/": Fraction(a, b), "divided by": Fraction(a, b)}[op]
    decision = guardrail.route(f"{lead} {a} {op} {b}{tail}")
    assert decision.route == "tool" and decision.value == expected_text(oracle), decision


@settings(max_examples=80, deadline=None)
@given(a=st.integers(min_value=1, max_value=10**6), b=st.integers(min_value=1, max_value=999),
       lead=st.sampled_from(_LEADS), other=st.sampled_from(_OTHER_WORDS),
       at_end=st.booleans())
def test_any_other_word_leaves_the_question_to_the_model(a: int, b: int, lead: str, other: str,
                                                         at_end: bool) -> None:
    question = f"{lead} {a} + {b} {other}" if at_end else f"{lead} {other} {a} + {b}"
    decision = guardrail.route(question)
    assert decision.tool != "arithmetic", (question, decision)


@pytest.mark.parametrize("question", [
    "how do you calculate 3 + 4",  # asks for a method
    "what's 3+4!",  # "!" may be a factorial or an exclamation
    "can you tell me what 9/11 is",  # a date unless asked to calculate
    "what is 2 + 2 in binary",
    "I need 5 apples plus 3 apples",
])
def test_asking_words_only_declines(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "expected"), [
    ('What is "3 + 4"?', "7"),
    ("12 * 7 = ___", "84"),
    ("12 × 7 = …", "84"),
    ("12 x 7 = ? (exact answer)", "84"),
    ("What's 7 × 6 (no calculator)?", "42"),
    ("what is 1½ + 2¼", "15/4"),
    ("What is 8 ∕ 2", "4"),
    ("Calculate 7 ✕ 6", "42"),
    ("Calculate {2 + 3} × 4", "20"),
    ("Work out 45 ÷ 9 — thanks!", "5"),
    ("hey, what's 6*7 :)", "42"),
    ("what is 3+4 ?!", "7"),
])
def test_written_forms_of_the_same_question(question: str, expected: str) -> None:
    decision = guardrail.route(question)
    assert (decision.route, decision.tool, decision.value) == ("tool", "arithmetic", expected)


@pytest.mark.parametrize("question", [
    'What is "3 + 4" in binary?',
    "What's '7/2' in Python?",
    "what is 3+4 (in base 5)",
    "evaluate `7/2`",  # code: integer division in some languages
    "What is 10 % 3?",
])
def test_written_forms_that_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "expected"), [
    ("Quick one — 90,353 + 6,461 + 70,294, what does that come to?", "167108"),
    ("Give √138 in exact simplified radical form.", "sqrt(138)"),
    ("Sizing a buffer by hand while reviewing a config: 1024 * 4 + 631 = ? Just need the "
     "number.", "4727"),
    ("164除以34等于多少？请给出精确结果。", "82/17"),
])
def test_context_clauses_and_form_notes(question: str, expected: str) -> None:
    decision = guardrail.route(question)
    assert (decision.route, decision.tool, decision.value) == ("tool", "arithmetic", expected)


@pytest.mark.parametrize("question", [
    "Working in hex for my code review: 10 + 5 = ?",
    "Rounding to the nearest ten: 44 + 3 = ?",
    "My teacher says it's wrong: 3 + 4",
    "In Python with integer division: 7 / 2 = ?",
    "Assuming base 8: 7 + 1 = ?",
    "3 + 4 = 8?",
    "hey 3 + 4 == 7",
])
def test_context_clauses_that_change_the_meaning_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


# --------------------------------------------------------------------------- claims to check

_CLAIM_FORMS = {"eq": ["Is {a} + {b} equal to {c}?", "Is {a} + {b} = {c}?",
                       "Does {a} + {b} equal {c}?", "True or false: {a} + {b} = {c}",
                       "{a}+{b}等于{c}吗？"],
                "gt": ["Is {a} + {b} greater than {c}?", "Is it true that {a} + {b} > {c}?",
                       "{a}+{b}大于{c}吗"],
                "lt": ["Is {a} + {b} less than {c}?", "{a}+{b}小于{c}吗"]}


@settings(max_examples=80, deadline=None)
@given(a=st.decimals(min_value=0, max_value=100, places=2, allow_nan=False),
       b=st.decimals(min_value=0, max_value=100, places=2, allow_nan=False),
       c=st.decimals(min_value=0, max_value=200, places=2, allow_nan=False),
       relation=st.sampled_from(sorted(_CLAIM_FORMS)), pick=st.integers(min_value=0, max_value=4))
def test_claims_about_expressions_match_the_fraction_oracle(a: Decimal, b: Decimal, c: Decimal,
                                                            relation: str, pick: int) -> None:
    forms = _CLAIM_FORMS[relation]
    question = forms[pick % len(forms)].format(a=a, b=b, c=c)
    total, target = Fraction(a) + Fraction(b), Fraction(c)
    holds = {"eq": total == target, "gt": total > target, "lt": total < target}[relation]
    decision = guardrail.route(question)
    assert (decision.route, decision.tool) == ("tool", "arithmetic"), (question, decision)
    assert decision.value == ("yes" if holds else "no"), (question, decision)


@pytest.mark.parametrize(("question", "value"), [
    ("Is 2 + 2 = 4?", "yes"), ("两加两等于四吗？", "yes"), ("Is 10 minus 3 bigger than 6?", "yes"),
    ("Check if 15% of 80 is equal to 12.", "yes"), ("9.11 - 9.9 大于0吗", "no"),
])
def test_claims_in_words(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert (decision.route, decision.tool, decision.value) == ("tool", "arithmetic", value)


def test_the_classic_float_claim_is_exact() -> None:
    decision = guardrail.route("Is 0.1 + 0.2 equal to 0.3?")
    assert decision.value == "yes" and "3/10" in (decision.answer or "")


@pytest.mark.parametrize("question", [
    "Is 2 + 2 equal to 4 in base 3?",
    "Is 5 less than 7 more than 2?",  # which words are the relation?
    "Is 1/0 equal to 2?",
    "Is the square root of 2 equal to 1.414?",  # irrational: not compared here
    "Is 2 + 2 equal to 4 apples?",
    "Is 3 + 4 the answer?",
])
def test_claims_that_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


# --------------------------------------------------------------------------- reading in context

# An embedded question ("… what 3 + 4 is") and a direct one ("… what's 3 + 4?") end differently.
_EMBEDDED_LEADS = ["my kid asked me what", "My teacher wants to know what",
                   "I was wondering what", "I'm baking and need to know what"]
_EMBEDDED_TAILS = [" is and I totally blanked 😅", " is.", " is, thanks!", " is lol"]
_DIRECT_LEADS = ["Quick one from my daughter's worksheet — what's", "Without a calculator, what's",
                 "I keep mixing these up on paper. What is"]
_DIRECT_TAILS = ["? I always get confused.", "? Asking for my homework lol", "", "?"]


@settings(max_examples=60, deadline=None)
@given(a=st.integers(min_value=2, max_value=10**5), b=st.integers(min_value=2, max_value=999),
       op=st.sampled_from(["+", "-", "*", "times", "plus", "minus"]),
       embedded=st.booleans(), data=st.data())
def test_an_expression_inside_a_story_is_read(a: int, b: int, op: str, embedded: bool,
                                              data: st.DataObject) -> None:
    oracle = {"+": a + b, "plus": a + b, "-": a - b, "minus": a - b, "*": a * b,
              "times": a * b}[op]
    lead = data.draw(st.sampled_from(_EMBEDDED_LEADS if embedded else _DIRECT_LEADS))
    tail = data.draw(st.sampled_from(_EMBEDDED_TAILS if embedded else _DIRECT_TAILS))
    question = f"{lead} {a} {op} {b}{tail}"
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == str(oracle), (question, decision)


@pytest.mark.parametrize(("question", "expected"), [
    ("my kid asked me what eighty-eight times ninety-three is and I totally blanked 😅", "8184"),
    ("For a sanity check in my notes I wrote 5**5 - 12**2. What's the value of that "
     "expression?", "2981"),
    ("My daughter's homework says 36 ÷ 4 + 2. What does that come to?", "11"),
    ("my kid asked me what the square root of 2 is", "sqrt(2)"),
    ("When 57,908 is divided by 94, what's the remainder?", "4"),
    ("If you divide 57908 by 94, what's the remainder?", "4"),
    ("57908 divided by 94 leaves what remainder?", "4"),
    ("When you divide fifty by seven, what's the remainder?", "1"),
    ("How much is 16! (factorial)?", "20922789888000"),
    ("can you add these up for me?\n453\n205\n27\n22", "707"),
    # a number alone on its line may group its thousands
    ("Add these up:\n1,234\n5", "1239"),
    ("I need the total of the following numbers:\n2,558\n4,197\n5,150\n9,652", "21557"),
    ("Add these up:\n- 1.5\n- 2.25\n- 3", "27/4"),
    ("Sum them up: 3, 5, 7", "15"),
    ("Multiply 25 by 4. What's the result?", "100"),
    # numbers that only label (a grade, a problem), a failed calculator, chat misspellings
    ("Making the answer key for my 5th graders' worksheet. Problem 13 reads: (18 + 38) × 6 − 44."
     " What number do I put in the key?", "292"),
    ("Problem 4 from my daughter's worksheet says: Evaluate (41 − 14) × (15 + 14) ÷ 3. What "
     "should the answer be?", "261"),
    ("wats 555 divded by 8 my calc app keeps crashing lol", "555/8"),
    ("What do 84,615, 61,830 and 55,731 add up to? My calculator app keeps freezing.",
     "202176"),
    ("what is 10 devided by 4", "5/2"),
    ("wat is 6356 divided by 7 pls quick", "908"),
    ("whats 12 multipled by 12", "144"),
])
def test_questions_read_in_context(question: str, expected: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == expected, decision


@pytest.mark.parametrize("question", [
    # a word glued to the expression, or one that changes what is asked
    "my kid asked me what 88 times 93 is in binary",
    "my kid asked me what 88 times 93 is, rounded",
    "my kid asked me what 88 times 93 apples is",
    "Roughly what is 17 * 23?",
    "In Roman numerals, what is 5 + 3?",
    "in JS what is 0.1 + 0.2",
    "Using integer division, what is 7/2?",
    "what is 7 * 8 minus my age",
    "If I double it, what is 5 + 3?",
    "What is 5 + 3 for each person?",
    # negation, statements and other numbers
    "my friend said what 3 + 4 is doesn't matter",
    "Nobody knows what 7 * 8 is",
    "My password is 7*8, what is it?",
    "My son thinks 17 * 23 is 400. What is it really?",
    "I have 3 + 4 apples. What is that?",
    "my kid asked me what 9/11 is",
    # a yes/no question, a second request, code and calculators
    "I got 17 * 23. Is that right?",
    "Compute 15 × 4, then tell me a fun fact about the result.",
    "Tell me a joke and compute 15 × 4.",
    "I typed 36 + 4 × 2. What will my calculator show?",
    "My code prints 0.1 + 0.2. What's the output?",
    "What's 10 % 3? My friend says 1.",
    # remainders that are not plain
    "When 57,908 is divided by 94 and then doubled, what's the remainder?",
    "When 57.5 is divided by 94, what's the remainder?",
    # lists one per line that are not plain numbers (a grouping that is not of thousands)
    "Add these up:\n1,2\n5",
    "Add these up:\n1,234,5\n5",
    "Add these up:\n1,2345\n5",
    # a label is only a label before what it says; other numbers still decline
    "Problem 13 is 5 + 8. What is it?",
    "My 5th graders got 18 + 38 and 3 more. What is it?",
    "Question 3 plus 4 reads: what is it?",
    "my calc app keeps crashing at 555 / 8, what is 9 + 9?",
    "my calculator gives 0.30000000000000004 for 0.1 + 0.2, what is it really?",
])
def test_stories_that_change_the_question_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


# A labelled list, then a question about it; Chinese simplest radicals and remainders after "，".
@pytest.mark.parametrize(("question", "value"), [
    ("my quiz scores this term: 98, 82, 57, 79, 68. what's my mean score? (exact is fine, "
     "fractions ok)", "384/5"),
    ("Test scores from my study group this week: 57, 80, 87, 64. What's the mean score?", "72"),
    ("Temperatures this week: 5, 6, 7. What's the average?", "6"),
    ("把 √8 化成最简二次根式。", "2*sqrt(2)"),
    ("化简√72", "6*sqrt(2)"),
    ("90722 除以 35，余数是几？", "2"),
])
def test_labelled_lists_and_chinese_forms(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert (decision.route, decision.tool, decision.value) == ("tool", "arithmetic", value)


@pytest.mark.parametrize("question", [
    "Test scores from my study group this week: 57, 80, 87. What's the mean weight?",
    "Prices this week: 5, 6, 7. What's the average price?",  # a price may carry tax, change…
    "Temperatures this week: 5, 6, 7. What's the average temperature in Fahrenheit?",
    "Scores out of ten: 5, 6, 7. What's the total?",
    "My scores: 1,234, 5, 6. What's my mean score?",  # "1,234" is not split
])
def test_labelled_list_near_misses_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool"


@pytest.mark.parametrize(("question", "expected"), [
    # a reported result to check: read as "is LEFT equal to RIGHT"
    ("My calculator says 5,343 × 60 = 320,580. Is that right?", "yes"),
    ("My calculator says 4,142 × 52 = 217,384. Is that right?", "no"),
    ("My kid says 12 x 12 = 144. Is he right?", "yes"),
    ("My calculator says 0.1 + 0.2 = 0.30000000000000004. Is that right?", "no"),
    # Chinese products of a list: "这几个数的乘积", "相乘的结果", the ask again after the list
    ("把这几个数乘起来：8、29、21、3，积是多少？", "14616"),
    ("24、20、3、13、20 这几个数的乘积是多少？", "374400"),
    ("算一下 20、12、7、11、8 相乘的结果", "147840"),
])
def test_reported_results_and_chinese_list_functions(question: str, expected: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == expected, decision.reason


@pytest.mark.parametrize("question", [
    "My calculator says 5,343 × 60 = 320,580 in binary. Is that right?",
    "My calculator says 5,343 × 60 = 320,580. Why?",
    "把这几个数乘起来：8、29、21、3，和是多少？",  # asks two things
    "3加5相乘等于多少",
])
def test_reported_results_and_list_functions_decline_when_unclear(question: str) -> None:
    assert guardrail.route(question).route != "tool"


@pytest.mark.parametrize(("question", "value"), [
    ("450 multiplied by 56, then divided by 4 — what's the result?", "6300"),
    ("What is 3 plus 5, then times 2?", "16"),  # the sum comes first
    ("what is 3 plus 5 then times 2 then minus 1?", "15"),
    ("What is 7 squared and then minus 9?", "40"),
])
def test_then_applies_the_next_operation_to_the_result_so_far(question: str,
                                                               value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


def test_a_chain_of_thens_stays_fast() -> None:
    from tests._timing import assert_linear_cost

    assert_linear_cost(guardrail.route, "what is 1" + " then times 2" * 400)


@pytest.mark.parametrize(("question", "value"), [
    ("What do you get if you take 16 cubed and subtract 57?", "4039"),
    ("Take 16 cubed and subtract 57. What do you get?", "4039"),
    ("What do you get if you take 50 and then multiply by 3?", "150"),
])
def test_steps_joined_by_and_and_asked_first(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("question", [
    "take 16 cubed and subtract 57",  # nothing is asked
    "What do you get if you take 50 and subtract 20 apples?",
    "What do you get if you take 50 and subtract 20 and then what is left over?",
])
def test_steps_that_are_not_one_calculation_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "value"), [
    ("Could you work out 1/4 + 2/3 for me? Simplest form, please.", "11/12"),
    ("Compute 11! and write out all the digits.", "39916800"),
    ("What is 9^9 exactly? My calculator keeps showing it in scientific notation.", "387420489"),
    ("I keep getting different answers for (27 − 19) × (11 + 14) ÷ 3. What's the right value?",
     "200/3"),
    ("If I divide 160941 by 97, what's left over? Just the remainder, please.", "18"),
    ("Can you add 567,192 and 130,499 for me?", "697691"),
    ("What is the sum of 1,000 and 2,000?", "3000"),
    ("93,480 + 70,842 + 74,255 — what's the total?", "238577"),
    ("Square root of 8,464? It should come out to a whole number.", "92"),
    ("Add 2/5 and 1/6 and leave the result as a fraction.", "17/30"),
    ("What do you get when you add 1/6 to 7/8?", "25/24"),
    ("divide 1/6 by 7/8", "4/21"),
    ("5/6 + 1/7 — what's that in lowest terms?", "41/42"),
    ("8 factorial — how big is that?", "40320"),
    ("149、181、62、36，这几个数的和是多少？", "428"),
    ("帮我算152除以36，保留分数形式", "38/9"),
    # every item grouped alike: the commas between items are separators
    ("Add 1,000, 2,000 and 3,000", "6000"),
    ("What do 84,615, 61,830 and 55,731 add up to?", "202176"),
])
def test_notes_totals_and_fraction_operands(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("question", [
    # another result named, another form asked, or a quantity of the numbers
    "If I divide 160941 by 97, what's left over? Just the quotient, please.",
    "What is 17 mod 5? Just the quotient.",
    "What is 0.1 + 0.25? Give it as a decimal.",
    "What is 2/3 + 1/6 in simplest decimal form?",
    "Compute 11! and write out the digits in reverse.",
    "What is 9^9? My calculator keeps showing it in scientific notation, so round it.",
    "Before I simplify 490/1015, I need their greatest common factor. What is it?",
    "I keep getting different answers for (27 − 19) × (11 + 14) ÷ 3. Is 66 the right value?",
    "What's 7/2? It should come out to a whole number, so round it.",
    # a list that may be split at its thousands separator
    "What is the sum of 100,200 and 300?",
    "Add 1,000, 2,000, 3",  # grouped and ungrouped items: "1,000, 2" may be three numbers
    "Numbers: 100,200, 300. What's the total?",
    # a total of something other than a sum
    "3 × 4 — what's the total?",
    "3 + 4 apples — what's the total?",
    "My bill: 12.50 + 8.25 + 3.10. What's the total with tip?",
    "The total is 3 + 4. What's the sum?",
    # fractions that are not plain literals
    "Add 2/5 and 1/6^2",
    "divide 1/6 by 7/8 squared",
    "8 factorial — how big is that in binary?",
    "149、181、62、36，这几个数的和的平方是多少？",
])
def test_notes_totals_and_fraction_operands_that_change_the_question_decline(
        question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "value"), [
    # beside ÷ (or a division in words), a slash between whole numbers writes a fraction
    ("计算：1/3 ÷ 1/5", "5/3"),
    ("5/11 除以 10/11 等于多少？用分数表示", "1/2"),
    ("What is 1/3 divided by 1/5?", "5/3"),
    ("What is 6 ÷ 2/3?", "9"),
    ("1/2 + 1/3 ÷ 1/4 = ?", "11/6"),
    ("-1/3 ÷ 1/5", "-5/3"),
    ("(1/3) ÷ (1/5)", "5/3"),
    ("What is 3/4 × 8 ÷ 2/3?", "9"),
    # slashes alone still divide left to right
    ("What is 12 / 4 / 3?", "1"),
    ("What is 10 / 2 ÷ 5?", "1"),
])
def test_a_slash_beside_another_division_writes_a_fraction(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("question", [
    "(1 + 2)/3 ÷ 4",  # a slash after a bracket: a fraction of what?
    "2^3/4 ÷ 2",  # 2^(3/4) or (2^3)/4
    "0.5/2 ÷ 3",  # not a fraction of whole numbers
    "What is 1/0 ÷ 2?",
    "5!/3 ÷ 2",
])
def test_a_slash_beside_another_division_with_no_one_reading_declines(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "value"), [
    # a percentage times a number is that share of it
    ("算一下 412 乘以 40% 等于多少", "824/5"),
    ("What is 240 × 20%?", "48"),
    ("20% × 240", "48"),
    ("612 元的 12% 是多少钱？", "1836/25"),
    ("Can you tell me what 60% of 9,440 works out to?", "5664"),
    ("What does 3 + 4 work out to?", "7"),
    ("What do I get if I add 6,893 plus 12,888 plus 6,375 plus 4,639?", "30795"),
    ("I need 4/7 plus 3/11, written as a single fraction.", "65/77"),
    ("Total please: 7,729 + 17,966 + 18,993 + 3,629", "48317"),
    ("Sum: 2/3 + 5/12 — simplest form please.", "13/12"),
    ("Here's one for you: 48 ÷ 6 + 3", "11"),
    ("Work out 3.75 × 4 and tell me the answer.", "15"),
    ("My daughter has 4/9 + 5/11 on her worksheet and I want to double-check her. What does it"
     " come to?", "89/99"),
])
def test_percent_products_trailers_and_labels(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("question", [
    "240 + 20%",  # a calculator adds 20% of 240
    "240 × 20% + 1",
    "add 3 times 4",
    "Add 3 and 4 and tell me the answer in binary.",
    "Sum: 3 × 4",
    "My daughter has 4/9 + 5/11 apples. What does it come to?",
    "My son has 3 + 4 on his quiz. What is it in binary?",
])
def test_percent_products_and_labels_that_are_unclear_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "value"), [
    # 百分之N is N% wherever it stands; 算术平方根 is the principal square root
    ("240 乘以百分之20 等于多少", "48"),
    ("百分之20乘以240等于多少", "48"),
    ("80增加百分之25后是多少？", "100"),
    ("1369的算术平方根是多少？", "37"),
    ("1369的算术平方根加1是多少？", "38"),
])
def test_chinese_percent_and_arithmetic_square_root(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize(("question", "value"), [
    # the total or product of one expression that writes its operation out
    ("What's the total of 17 + 99 + 51 + 88?", "255"),
    ("What is the product of 3 × 4 × 5?", "60"),
    ("What is the sum of -3 + 4 - 5?", "-4"),
    # "raise" names the power that follows
    ("What do you get if you raise 12 to the power of 8?", "429981696"),
    ("Raise 3 to the 4th power.", "81"),
    # Chinese requests and notes asking for a fraction, which an exact answer already is
    ("帮我算下 277 × 63", "17451"),
    ("57除以25等于多少？用分数表示就行。", "57/25"),
    ("111 除以 43 是多少（最简分数）", "111/43"),
    ("帮忙算下7/10减2/15，化成最简分数", "17/30"),
])
def test_written_out_totals_raised_powers_and_chinese_fraction_notes(
        question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("question", [
    "What is the sum of 3 × 4?",  # not a sum
    "What is the sum of 3 + 4 times 2?",  # not only a sum
    "raise 2 to the power of 3 plus 1",
    "Raise 12 by 8.",
    "57除以25等于多少？用小数表示就行。",  # a decimal is another form
    "57除以25等于多少？保留两位小数",
])
def test_totals_powers_and_notes_that_say_more_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "value"), [
    # amounts in one unit, added or subtracted
    ("What is 4.5 kg plus 7.84 kg?", "617/50"),
    ("8.54 m minus 1.94 m = ? (in metres)", "33/5"),
    ("how much is 28.5 L + 0.125 L", "229/8"),
    ("Subtract 1.8 cm from 84.4 cm, please.", "413/5"),
    ("What is 5kg + 3kg?", "8"),
    # a form note after a semicolon
    ("Add 2/3 and 1/2; leave the answer as a fraction.", "7/6"),
])
def test_amounts_in_one_unit_and_notes_after_a_semicolon(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("question", [
    "What is 4.5 kg plus 7.84 g?",  # two units
    "What is 4 m times 3 m?",  # an area
    "What is 4.5 kg plus 7.84 kg in grams?",  # converted
    "8.54 m minus 1.94 m = ? (in cm)",
    "What is 5 m plus 3?",  # a number without a unit
    "Add 2/3 and 1/2; round to two places.",
])
def test_amounts_in_units_that_change_the_question_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "value"), [
    ("What is 6 over 8 simplified?", "3/4"),
    ("What is 12/16 fully simplified?", "3/4"),
])
def test_a_value_asked_simplified(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize(("question", "value"), [
    # a list of amounts on one line, then a question for its total
    ("My receipts this month were $6,553, $2,140 and $6,091. What's the total?", "14784"),
    ("I grabbed a few things at the store: $15.94, $1.12 and $9.26. What's the total?", "658/25"),
    ("Add these prices up for me: 12.98, 19.89, 2.23. What do they come to?", "351/10"),
    ("Three receipts from today: 23.63, 17.87 and 4.43. Total?", "4593/100"),
    ("Totaling a few invoices here: 34,390 + 3,872 + 43,230 + 575. What's the total?", "82067"),
    ("I've got receipts for 27.09, 43.71, 13.15 and 24.39. What do they add up to?", "5417/50"),
    ("三张小票：23.63元、17.87元和4.43元，一共多少钱？", "4593/100"),
    # "total" as a verb
    ("Can you total 16,967 + 39,282 + 3,017 for me?", "59266"),
    ("Please total 3, 5 and 7.", "15"),
    # a remainder asked after the division, and Chinese division written passively
    ("When you divide 10,497 by 5, what remainder do you get?", "2"),
    ("If 10,497 is divided by 5, what remainder does it leave?", "2"),
    ("帮我算一下517被8除以后余多少", "5"),
    ("530 mod 29 等于多少？", "8"),
    # an exact value asked for in Chinese, and remarks that change nothing
    ("算一下118÷9，给我精确值", "118/9"),
    ("118÷9的精确值是多少", "118/9"),
    ("Could you work out 2.5% of 853? I'm double-checking a discount.", "853/40"),
    ("Can you work out 9,684 + 5,966 − 143 for me? My daughter got a different answer than I did.",
     "15507"),
])
def test_listed_totals_remainders_and_remarks(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("question", [
    "Two receipts: 5, 6, 7. Total?",  # the count named disagrees with the list
    "Prices after tax: 5, 6, 7. Total?",
    "Each of these is per person: $5, $6. What's the total?",
    "Refunds: $5, $6 and $7. What's the total?",
    "My receipts were $5, 6 and $7. What's the total?",  # money and a plain number
    "Numbers: 1,200, 300 and 400 units. What's the total?",
    "每人：23元、17元，一共多少钱？",
    "517能被8整除吗",  # divisibility, not a remainder
    "118÷9，保留两位小数，给我精确值",
    "Total 5 stars?",
])
def test_listed_totals_and_passive_divisions_that_say_more_decline(question: str) -> None:
    decision = guardrail.route(question)
    assert decision.route != "tool" or decision.family != "arithmetic", decision


@pytest.mark.parametrize(("question", "value"), [
    ("Calculate 2 raised to the power 4, then subtract 5.", "11"),
    ("Calculate 6 times 7, then subtract 5.", "37"),  # the first part is whole: (6 × 7) − 5
    ("Compute 3 + 4, then multiply by 2.", "14"),
    ("Find the sum of 3 and 4, then subtract 2.", "5"),
])
def test_a_calculation_then_a_step_on_its_result(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("question", [
    "Calculate 6 times 7, then tell me a joke.",
    "Calculate 6 times 7, then round it.",
    "Calculate 6 times 7 then subtract 5 apples.",
])
def test_a_calculation_then_something_else_declines(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "value"), [
    ("What remainder do you get dividing 428 by 9? Just the number, please.", "5"),
    ("If I divide 6,155 by 24, what remainder is left over?", "11"),
    ("3220对22取模等于多少", "8"),
    ("Can you add these up for me: 66,259, 44,161, 80,662, 72,076? Just the total.", "263158"),
    ("What is 5 + 7? Just the sum, please.", "12"),
    ("I spent $3,537.94, $1,733.58 and $1,496.29 on car repairs this year. What's that "
     "altogether?", "676781/100"),
    ("I paid $30, $20 and $10 for tickets. What's the total?", "60"),
    # steps said in order, with separators and decimal points inside the numbers
    ("Add 36,603 and 5,715, then add 306. What do you get?", "42624"),
    ("Multiply 2.5 by 4, then add 1.5. What do you get?", "23/2"),
    ("Take 1,200, subtract 300, then double it. What do you get?", "1800"),
    ("Calculate 1,200 divided by 4, then add 2.5.", "605/2"),
    ("1/4 divided by 2/3 — what's that as a fraction?", "3/8"),
    ("Multiply 32 by 20, then by 28. What do you get?", "17920"),  # "by" repeats the step
    ("Divide 1000 by 2, then by 5. What do you get?", "100"),
    ("What remainder do you get when 7894 is divided by 84?", "82"),
    ("Could you find 56855 modulo 42? Only the remainder.", "29"),
    # lists named by a plain noun, semicolons between items when no comma is anywhere
    ("Multiply these together: 3, 11, 6 and 5.", "990"),
    ("Total of these expenses: 76; 70; 63; 69. Just the number.", "278"),
    ("Sum these numbers: 393; 197; 73; 344", "1007"),
    ("Add these up: $27.67, $47.01, $21.62 and $11.10", "537/5"),
    ("Could you work out 5/7 ÷ 1/2 for me? Homework check, an exact fraction is fine.", "10/7"),
    ("Can you add 5,414 and 8,084, then take away 1,593?", "11905"),
    ("问一下，5 的 4 次方减掉 79 得多少？", "546"),
    ("Homework check — can you work out 1/10 + 2/3 - 6/7 and give it as a fraction?",
     "-19/210"),
])
def test_remainders_asked_first_just_the_total_and_what_a_list_was_for(question: str,
                                                                       value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("question", [
    "What is 5 × 7? Just the total.",  # "the total" of a product names another result
    "What remainder do you get dividing 428 by 9 and then by 2?",
    "I spent $30, $20 and $10 on groceries, before tax. What's that altogether?",
    "I spent $30, $20 and $10 on lunch for each person. What's that altogether?",
    "I spent $30, $20 and $10 in euros. What's that altogether?",  # another currency
    "Add 5,6 and 7, then add 1.",  # a decimal comma or a list?
    "Add 3 and 4, then by 5. What do you get?",  # "by" after an addition
    "Sum: 10,896; 10,962; 13,999",  # decimal commas between semicolons?
    "Add these hours: 3; 4; 5",  # a noun that may count otherwise
    "What is 1/3 + 1/6? Homework check, round it to a decimal.",
])
def test_remainders_totals_and_lists_with_more_in_them_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question
