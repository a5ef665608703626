"""Round 6 of the routing corpus: exam, developer and learner voices.

This generator was written *blind*: its author read only ``tests/routing/compare.py`` (for the
``expected`` answer schema) and the product spec, never the solvers, the router rules, the
benchmarks or any earlier corpus or generator. The point is to measure the solvers on phrasings
nobody tuned them for.

Three voices are mixed evenly across the templates:

1. textbook / exam exercises ("Evaluate the following.", "Determine whether ...", "Find ...");
2. a developer or analyst asking quickly in the middle of work ("sanity check: ...",
   "need a quick number: ...", "what would ... come out to");
3. a learner of English or Chinese writing simply or slightly unidiomatically.

Every positive answer is computed here by an independent oracle (Python ints,
``fractions.Fraction``, trial division, direct string counting, exact analytic geometry on
Fractions); nothing is hard-coded. Negatives are questions a deterministic tool must not answer.

The output is a pure function of ``SEED``: rerunning rewrites byte-identical files.

Usage (from the repository root)::

    .venv/bin/python tests/routing/make_corpus_round6.py

It writes ``corpus_dev6.jsonl`` and ``corpus_heldout6.jsonl`` next to this script and then
self-checks every positive's ``expected`` through ``compare.matches``.
"""

from __future__ import annotations

import importlib.util
import json
import math
import random
import sys
from collections import Counter
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import Any

SEED = 66_060_606
PER_TEMPLATE = 4
DEV_SHARE = 0.3
ROUND = "r6"
SPLIT_NAMES = ("dev6", "heldout6")
FAMILIES = ("arithmetic", "comparison", "number_theory", "counting", "geometry")
LANGS = ("en", "zh")
HERE = Path(__file__).resolve().parent

Expected = dict[str, Any]
Template = Callable[[random.Random, int], tuple[str, Expected]]
TEMPLATES: dict[tuple[str, str], list[Template]] = {(f, lg): [] for f in FAMILIES for lg in LANGS}


def template(family: str, lang: str) -> Callable[[Template], Template]:
    def register(fn: Template) -> Template:
        assert fn.__name__.startswith("r6_"), fn.__name__
        TEMPLATES[(family, lang)].append(fn)
        return fn

    return register


# Expected-answer helpers ----------------------------------------------------------------------


def e_number(q: Fraction | int) -> Expected:
    return {"type": "number", "answer": str(Fraction(q))}


def e_real(expr: str) -> Expected:
    return {"type": "real", "answer": expr}


def e_bool(flag: bool) -> Expected:
    return {"type": "bool", "answer": "yes" if flag else "no"}


def e_choice(written: str) -> Expected:
    return {"type": "choice", "answer": written}


def e_text(answer: str) -> Expected:
    return {"type": "text", "answer": answer}


def e_word(answer: str) -> Expected:
    return {"type": "word_choice", "answer": answer}


def e_list(items: list[str], elem: str, ordered: bool, order: str | None = None) -> Expected:
    out: Expected = {"type": "list", "elem": elem, "ordered": ordered, "answer": items}
    if order is not None:
        out["order"] = order
    return out


def e_relation(answer: str, yes_if: str | None = None) -> Expected:
    out: Expected = {"type": "relation", "answer": answer}
    if yes_if is not None:
        out["yes_if"] = yes_if
    return out


def e_factorization(n: int) -> Expected:
    return {"type": "factorization", "n": n,
            "answer": [[p, e] for p, e in sorted(factorize(n).items())]}


# Number oracles -------------------------------------------------------------------------------


def val(text: str) -> Fraction:
    """The exact value of a number as written in a prompt ("1,204", "-3.5", "−2", "3/8")."""
    t = text.replace(",", "").replace("−", "-").strip()
    return Fraction(t)


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def factorize(n: int) -> Counter[int]:
    out: Counter[int] = Counter()
    d = 2
    while d * d <= n:
        while n % d == 0:
            out[d] += 1
            n //= d
        d += 1
    if n > 1:
        out[n] += 1
    return out


def next_prime(n: int) -> int:
    while not is_prime(n):
        n += 1
    return n


def digit_sum(n: int) -> int:
    return sum(int(c) for c in str(n))


def is_happy(n: int) -> bool:
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(c) ** 2 for c in str(n))
    return n == 1


def prime_or_composite(rng: random.Random, lo: int, hi: int) -> int:
    """A prime, or an odd composite without small factors, in [lo, hi]."""
    if rng.random() < 0.5:
        return next_prime(rng.randint(lo, hi - 200))
    while True:
        p = next_prime(rng.randint(7, math.isqrt(hi)))
        q = next_prime(rng.randint(max(p, lo // p), max(p, hi // p)))
        if lo <= p * q <= hi:
            return p * q


def dec(rng: random.Random, lo: int, hi: int, places: int) -> str:
    """A decimal numeral in [lo, hi] with at most ``places`` digits after the point."""
    v = rng.randint(lo * 10**places, hi * 10**places)
    return fmt(Fraction(v, 10**places))


def fmt(q: Fraction) -> str:
    """A terminating rational written as a plain decimal ("-3.25", "7")."""
    sign = "-" if q < 0 else ""
    q = abs(q)
    whole, rest = divmod(q.numerator, q.denominator)
    if rest == 0:
        return f"{sign}{whole}"
    digits = ""
    while rest:
        rest *= 10
        digits += str(rest // q.denominator)
        rest %= q.denominator
        assert len(digits) < 30, "non-terminating"
    return f"{sign}{whole}.{digits}"


def uminus(text: str) -> str:
    return text.replace("-", "−")


def distinct_values(rng: random.Random, make: Callable[[random.Random], str], k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        s = make(rng)
        if all(val(s) != val(o) for o in out):
            out.append(s)
    return out


def tricky_pair(rng: random.Random) -> tuple[str, str]:
    """Two different decimals that look alike (9.11 vs 9.9, 0.072 vs 0.0725, ...)."""
    while True:
        kind = rng.randrange(4)
        n = rng.randint(0, 30)
        if kind == 0:
            a, b = f"{n}.{rng.randint(10, 99)}", f"{n}.{rng.randint(1, 9)}"
        elif kind == 1:
            base = rng.randint(10, 999)
            a, b = f"{n}.{base}", f"{n}.{base}{rng.randint(1, 9)}"
        elif kind == 2:
            a, b = f"{n}.{rng.randint(1, 9)}", f"{n}.0{rng.randint(1, 9)}"
        else:
            a, b = dec(rng, -20, 20, 2), dec(rng, -20, 20, 2)
        if rng.random() < 0.3 and kind != 3:
            a, b = "-" + a, "-" + b
        if val(a) != val(b):
            return (a, b) if rng.random() < 0.5 else (b, a)


def bigger(a: str, b: str) -> str:
    return a if val(a) > val(b) else b


def smaller(a: str, b: str) -> str:
    return a if val(a) < val(b) else b


# Arithmetic, English --------------------------------------------------------------------------


@template("arithmetic", "en")
def r6_ar_evaluate_following(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c, d = (rng.randint(2, 60) for _ in range(4))
    return (f"Evaluate the following: {a} × ({b} − {c}) + {d}",
            e_number(a * (b - c) + d))


@template("arithmetic", "en")
def r6_ar_sanity_decimal_sum(rng: random.Random, i: int) -> tuple[str, Expected]:
    x, y = dec(rng, 0, 9, rng.choice([1, 2])), dec(rng, 0, 9, rng.choice([1, 2, 3]))
    return (f"sanity check: {x} + {y} should come out to exactly what?",
            e_number(val(x) + val(y)))


@template("arithmetic", "en")
def r6_ar_quick_thousands(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(1_000, 999_999), rng.randint(12, 987)
    return f"need a quick number: {a:,} * {b}", e_number(a * b)


@template("arithmetic", "en")
def r6_ar_learner_divided(rng: random.Random, i: int) -> tuple[str, Expected]:
    b = rng.randint(3, 24)
    a = rng.randint(10, 400)
    if a % b == 0:
        a += 1
    return (f"How much is {a} divided by {b}? I want the exact answer, please.",
            e_number(Fraction(a, b)))


@template("arithmetic", "en")
def r6_ar_power_of(rng: random.Random, i: int) -> tuple[str, Expected]:
    a = rng.randint(2, 13)
    b = rng.randint(3, min(12, int(14 / math.log10(a))))
    return f"What is {a} to the power of {b}?", e_number(a**b)


@template("arithmetic", "en")
def r6_ar_squared_minus(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(11, 99), rng.randint(11, 99)
    return f"Calculate {a} squared minus {b} squared.", e_number(a * a - b * b)


@template("arithmetic", "en")
def r6_ar_find_sqrt(rng: random.Random, i: int) -> tuple[str, Expected]:
    k = rng.randint(12, 240)
    return f"Find the square root of {k * k}.", e_number(k)


@template("arithmetic", "en")
def r6_ar_factorial(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.randint(6, 16)
    return f"Compute the factorial of {n}.", e_number(math.factorial(n))


@template("arithmetic", "en")
def r6_ar_dev_mod(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(1_000, 999_999), rng.randint(7, 97)
    return f"what's {a} mod {b}? just need the remainder", e_number(a % b)


@template("arithmetic", "en")
def r6_ar_percent_of(rng: random.Random, i: int) -> tuple[str, Expected]:
    p = rng.choice(["5", "12.5", "15", "35", "62.5", "7.5", "18", "140"])
    n = rng.randint(2, 90) * 40
    return f"What is {p}% of {n}?", e_number(val(p) * n / 100)


@template("arithmetic", "en")
def r6_ar_add_up_list(rng: random.Random, i: int) -> tuple[str, Expected]:
    nums = [rng.randint(3, 999) for _ in range(rng.randint(5, 8))]
    return (f"Add up the following numbers: {', '.join(map(str, nums))}.",
            e_number(sum(nums)))


@template("arithmetic", "en")
def r6_ar_product_together(rng: random.Random, i: int) -> tuple[str, Expected]:
    nums = [rng.randint(2, 40) for _ in range(4)]
    listed = f"{nums[0]}, {nums[1]}, {nums[2]} and {nums[3]}"
    return (f"Multiply {listed} together. What is the product?",
            e_number(math.prod(nums)))


@template("arithmetic", "en")
def r6_ar_unicode_ops(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c, d = rng.randint(10, 200), rng.randint(3, 16), rng.randint(2, 12), rng.randint(2, 12)
    return f"{a} ÷ {b} − {c} × {d} = ?", e_number(Fraction(a, b) - c * d)


@template("arithmetic", "en")
def r6_ar_caret_just_number(rng: random.Random, i: int) -> tuple[str, Expected]:
    k, m = rng.randint(5, 30), rng.randint(3, 18)
    return f"Compute 2^{k} + 3^{m}. Answer with just the number.", e_number(2**k + 3**m)


@template("arithmetic", "en")
def r6_ar_fraction_expr(rng: random.Random, i: int) -> tuple[str, Expected]:
    fracs: list[tuple[int, int]] = []
    while len(fracs) < 3:
        p, q = rng.randint(1, 11), rng.randint(2, 12)
        if p < q and math.gcd(p, q) == 1:
            fracs.append((p, q))
    (p1, q1), (p2, q2), (p3, q3) = fracs
    return (f"Evaluate {p1}/{q1} + {p2}/{q2} − {p3}/{q3}.",
            e_number(Fraction(p1, q1) + Fraction(p2, q2) - Fraction(p3, q3)))


@template("arithmetic", "en")
def r6_ar_boxed(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c, d = rng.randint(5, 99), rng.randint(5, 99), rng.randint(2, 30), rng.randint(2, 15)
    return (f"Calculate ({a} + {b}) × {c} ÷ {d}. Put your final answer within \\boxed{{}}.",
            e_number(Fraction((a + b) * c, d)))


@template("arithmetic", "en")
def r6_ar_learner_times(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(13, 999), rng.randint(13, 999)
    return f"Please tell me how much is {a} times {b}.", e_number(a * b)


@template("arithmetic", "en")
def r6_ar_cube_root(rng: random.Random, i: int) -> tuple[str, Expected]:
    k = rng.randint(4, 60)
    return f"Determine the cube root of {k**3}.", e_number(k)


@template("arithmetic", "en")
def r6_ar_qa_decimal_product(rng: random.Random, i: int) -> tuple[str, Expected]:
    x, y = dec(rng, 1, 40, 2), dec(rng, 1, 12, 1)
    return f"Q: What is {x} × {y}? A:", e_number(val(x) * val(y))


@template("arithmetic", "en")
def r6_ar_come_out_to(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c = rng.randint(100, 9_000), rng.randint(100, 9_000), rng.randint(2, 9)
    return (f"what would ({a} - {b}) / {c} come out to, as an exact value?",
            e_number(Fraction(a - b, c)))


# Arithmetic, Chinese --------------------------------------------------------------------------


@template("arithmetic", "zh")
def r6_ar_zh_mul_add(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c = rng.randint(12, 99), rng.randint(12, 99), rng.randint(100, 999)
    return f"{a}乘以{b}加{c}等于多少？", e_number(a * b + c)


@template("arithmetic", "zh")
def r6_ar_zh_divide(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(10, 500), rng.randint(3, 30)
    if a % b == 0:
        a += 1
    return f"{a}除以{b}等于多少？请给出精确结果。", e_number(Fraction(a, b))


@template("arithmetic", "zh")
def r6_ar_zh_power(rng: random.Random, i: int) -> tuple[str, Expected]:
    a = rng.randint(2, 15)
    b = rng.randint(2, min(10, int(13 / math.log10(a))))
    return f"{a}的{b}次方是多少？", e_number(a**b)


@template("arithmetic", "zh")
def r6_ar_zh_compute_symbols(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c = rng.randint(100, 999), rng.randint(2, 40), rng.randint(2, 40)
    return f"计算：{a} − {b} × {c}", e_number(a - b * c)


@template("arithmetic", "zh")
def r6_ar_zh_sqrt(rng: random.Random, i: int) -> tuple[str, Expected]:
    k = rng.randint(11, 150)
    return f"{k * k}的平方根是多少？", e_number(k)


@template("arithmetic", "zh")
def r6_ar_zh_percent(rng: random.Random, i: int) -> tuple[str, Expected]:
    p = rng.choice(["15", "25", "8", "12.5", "45", "120"])
    n = rng.randint(2, 50) * 40
    return f"{n}的{p}%是多少？", e_number(val(p) * n / 100)


@template("arithmetic", "zh")
def r6_ar_zh_decimal_add(rng: random.Random, i: int) -> tuple[str, Expected]:
    x, y = dec(rng, 0, 20, 1), dec(rng, 0, 20, 2)
    return f"请问 {x} 加 {y} 等于多少？", e_number(val(x) + val(y))


@template("arithmetic", "zh")
def r6_ar_zh_factorial(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.randint(5, 15)
    return f"{n}的阶乘等于多少", e_number(math.factorial(n))


# Comparison, English --------------------------------------------------------------------------


@template("comparison", "en")
def r6_cmp_which_bigger(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = tricky_pair(rng)
    return f"Which is bigger, {a} or {b}?", e_choice(bigger(a, b))


@template("comparison", "en")
def r6_cmp_which_smaller_colon(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = tricky_pair(rng)
    return f"Which number is smaller: {a} or {b}?", e_choice(smaller(a, b))


@template("comparison", "en")
def r6_cmp_is_greater(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = tricky_pair(rng)
    return f"Is {a} greater than {b}?", e_bool(val(a) > val(b))


@template("comparison", "en")
def r6_cmp_determine_less(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = tricky_pair(rng)
    return f"Determine whether {a} is less than {b}.", e_bool(val(a) < val(b))


@template("comparison", "en")
def r6_cmp_sort_ascending(rng: random.Random, i: int) -> tuple[str, Expected]:
    nums = distinct_values(rng, lambda r: dec(r, -50, 50, r.choice([0, 1, 2])), 5)
    ordered = sorted(nums, key=val)
    return (f"Sort these numbers in ascending order: {', '.join(nums)}",
            e_list(ordered, "number", True, "asc"))


@template("comparison", "en")
def r6_cmp_largest_to_smallest(rng: random.Random, i: int) -> tuple[str, Expected]:
    nums = distinct_values(rng, lambda r: dec(r, 0, 10, r.choice([1, 2, 3])), 6)
    ordered = sorted(nums, key=val, reverse=True)
    return (f"Arrange from largest to smallest: {', '.join(nums)}.",
            e_list(ordered, "number", True, "desc"))


@template("comparison", "en")
def r6_cmp_quick_gt_symbol(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = tricky_pair(rng)
    return f"quick check, is {a} > {b}? yes or no", e_bool(val(a) > val(b))


@template("comparison", "en")
def r6_cmp_fraction_vs_decimal(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        q = Fraction(rng.randint(1, 15), rng.choice([4, 8, 16, 20, 25]))
        d = fmt(q + Fraction(rng.choice([-3, -2, -1, 1, 2, 3]), 100))
        f = f"{q.numerator}/{q.denominator}"
        if q.denominator > 1 and val(d) > 0:
            break
    a, b = (f, d) if rng.random() < 0.5 else (d, f)
    return f"Which is larger, {a} or {b}?", e_choice(bigger(a, b))


@template("comparison", "en")
def r6_cmp_learner_bigger_one(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = tricky_pair(rng)
    return (f"Between {a} and {b}, which one is the bigger number?",
            e_choice(bigger(a, b)))


@template("comparison", "en")
def r6_cmp_largest_among(rng: random.Random, i: int) -> tuple[str, Expected]:
    base = rng.randint(1, 9)
    nums = distinct_values(rng, lambda r: f"{base}.{r.randint(1, 9999)}".rstrip("0"), 4)
    best = max(nums, key=val)
    return (f"Which is the largest among {', '.join(nums[:-1])} and {nums[-1]}?",
            e_choice(best))


@template("comparison", "en")
def r6_cmp_smallest_of_these(rng: random.Random, i: int) -> tuple[str, Expected]:
    nums = distinct_values(rng, lambda r: dec(r, -9, 9, r.choice([1, 2])), 5)
    return (f"What is the smallest of these: {'; '.join(nums)}?",
            e_choice(min(nums, key=val)))


@template("comparison", "en")
def r6_cmp_thousands(rng: random.Random, i: int) -> tuple[str, Expected]:
    a = rng.randint(1_000_000, 9_999_999)
    digits = list(str(a))
    j, k = sorted(rng.sample(range(1, 7), 2))
    digits[j], digits[k] = digits[k], digits[j]
    b = int("".join(digits))
    if a == b:
        b += rng.choice([9, 90, 900])
    sa, sb = f"{a:,}", f"{b:,}"
    return f"Which is greater: {sa} or {sb}?", e_choice(sa if a > b else sb)


@template("comparison", "en")
def r6_cmp_negative_yes_no(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = "-" + dec(rng, 0, 5, 2), "-" + dec(rng, 0, 5, 2)
    if val(a) == val(b):
        b = fmt(val(b) - Fraction(1, 4))
    return f"Is {a} less than {b}? Answer yes or no.", e_bool(val(a) < val(b))


@template("comparison", "en")
def r6_cmp_increasing_order(rng: random.Random, i: int) -> tuple[str, Expected]:
    nums = distinct_values(rng, lambda r: dec(r, -12, 12, r.choice([0, 2])), 5)
    listed = ", ".join(nums[:-1]) + f" and {nums[-1]}"
    return (f"Put {listed} in increasing order.",
            e_list(sorted(nums, key=val), "number", True, "asc"))


@template("comparison", "en")
def r6_cmp_analyst_higher(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = tricky_pair(rng)
    return (f"comparing two values from a report: {a} vs {b} — which one is higher?",
            e_choice(bigger(a, b)))


@template("comparison", "en")
def r6_cmp_qa_smaller(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = tricky_pair(rng)
    return f"Q: Is {a} smaller than {b}? A:", e_bool(val(a) < val(b))


@template("comparison", "en")
def r6_cmp_descending_sort(rng: random.Random, i: int) -> tuple[str, Expected]:
    nums = distinct_values(rng, lambda r: str(r.randint(-500, 500)), 6)
    return (f"Sort descending: {' '.join(nums)}",
            e_list(sorted(nums, key=val, reverse=True), "number", True, "desc"))


# Comparison, Chinese --------------------------------------------------------------------------


@template("comparison", "zh")
def r6_cmp_zh_which_big(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = tricky_pair(rng)
    return f"{a}和{b}哪个大？", e_choice(bigger(a, b))


@template("comparison", "zh")
def r6_cmp_zh_bigger_ma(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = tricky_pair(rng)
    return f"{a}比{b}大吗？", e_bool(val(a) > val(b))


@template("comparison", "zh")
def r6_cmp_zh_which_small(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = tricky_pair(rng)
    return f"{a}和{b}，哪个小？", e_choice(smaller(a, b))


@template("comparison", "zh")
def r6_cmp_zh_small_to_big(rng: random.Random, i: int) -> tuple[str, Expected]:
    nums = distinct_values(rng, lambda r: dec(r, -20, 20, r.choice([0, 1, 2])), 5)
    return (f"把这些数从小到大排列：{'、'.join(nums)}",
            e_list(sorted(nums, key=val), "number", True, "asc"))


@template("comparison", "zh")
def r6_cmp_zh_big_to_small(rng: random.Random, i: int) -> tuple[str, Expected]:
    nums = distinct_values(rng, lambda r: dec(r, 0, 5, r.choice([1, 2, 3])), 5)
    return (f"请将下列数字从大到小排序：{', '.join(nums)}",
            e_list(sorted(nums, key=val, reverse=True), "number", True, "desc"))


@template("comparison", "zh")
def r6_cmp_zh_smaller_ma(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = tricky_pair(rng)
    return f"{a}比{b}小吗", e_bool(val(a) < val(b))


@template("comparison", "zh")
def r6_cmp_zh_max_of_list(rng: random.Random, i: int) -> tuple[str, Expected]:
    nums = distinct_values(rng, lambda r: dec(r, -3, 3, 2), 4)
    return (f"下面几个数中最大的是哪个：{'，'.join(nums)}？",
            e_choice(max(nums, key=val)))


# Number theory, English -----------------------------------------------------------------------


@template("number_theory", "en")
def r6_nt_prime_step_by_step(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = prime_or_composite(rng, 10_000, 99_999)
    return (f"Is {n} a prime number? Think step by step and then answer [Yes] or [No].",
            e_bool(is_prime(n)))


@template("number_theory", "en")
def r6_nt_determine_prime(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = prime_or_composite(rng, 1_000, 9_999_999)
    return f"Determine whether {n} is prime.", e_bool(is_prime(n))


@template("number_theory", "en")
def r6_nt_sanity_prime(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = prime_or_composite(rng, 100_000, 5_000_000)
    return f"sanity check: is {n} prime or not?", e_bool(is_prime(n))


@template("number_theory", "en")
def r6_nt_is_composite(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = prime_or_composite(rng, 500, 60_000)
    return f"Is the number {n} composite?", e_bool(not is_prime(n))


@template("number_theory", "en")
def r6_nt_prime_factorization(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = 1
    while n < 100:
        n = math.prod(rng.choice([2, 3, 5, 7, 11, 13]) for _ in range(rng.randint(3, 7)))
    return f"Find the prime factorization of {n}.", e_factorization(n)


@template("number_theory", "en")
def r6_nt_learner_break(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = math.prod(rng.choice([2, 3, 5, 7, 17, 19, 23, 29]) for _ in range(rng.randint(3, 5)))
    return f"Please break {n} into its prime factors.", e_factorization(n)


@template("number_theory", "en")
def r6_nt_gcd(rng: random.Random, i: int) -> tuple[str, Expected]:
    g = rng.randint(2, 60)
    a, b = g * rng.randint(2, 300), g * rng.randint(2, 300)
    return (f"What is the greatest common divisor of {a} and {b}?",
            e_number(math.gcd(a, b)))


@template("number_theory", "en")
def r6_nt_hcf_three(rng: random.Random, i: int) -> tuple[str, Expected]:
    g = rng.randint(2, 40)
    a, b, c = (g * rng.randint(2, 99) for _ in range(3))
    return (f"Find the highest common factor of {a}, {b} and {c}.",
            e_number(math.gcd(a, b, c)))


@template("number_theory", "en")
def r6_nt_lcm(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(6, 400), rng.randint(6, 400)
    return (f"What is the least common multiple of {a} and {b}?", e_number(math.lcm(a, b)))


@template("number_theory", "en")
def r6_nt_quick_lcm_three(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c = rng.randint(4, 60), rng.randint(4, 60), rng.randint(4, 60)
    return f"need a quick number: lcm({a}, {b}, {c})", e_number(math.lcm(a, b, c))


@template("number_theory", "en")
def r6_nt_largest_prime_factor(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.randint(1_000, 9_000_000)
    return (f"What is the largest prime factor of {n}?", e_number(max(factorize(n))))


@template("number_theory", "en")
def r6_nt_list_primes_below(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.randint(20, 80)
    while is_prime(n):
        n += 1
    primes = [str(p) for p in range(2, n) if is_prime(p)]
    return f"List all the prime numbers less than {n}.", e_list(primes, "number", False)


@template("number_theory", "en")
def r6_nt_count_primes_below(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.randint(50, 5_000)
    while is_prime(n):
        n += 1
    return (f"How many primes are there below {n}?",
            e_number(sum(1 for p in range(2, n) if is_prime(p))))


@template("number_theory", "en")
def r6_nt_digit_sum(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.randint(10**5, 10**12)
    return f"What is the sum of the digits of {n}?", e_number(digit_sum(n))


@template("number_theory", "en")
def r6_nt_dev_digit_sum(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.randint(10**3, 10**9)
    return f"what would the digit sum of {n} come out to?", e_number(digit_sum(n))


@template("number_theory", "en")
def r6_nt_happy_between(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        a = rng.randint(1, 400)
        b = a + rng.randint(10, 40)
        if is_happy(a) or is_happy(b):
            continue
        found = [str(k) for k in range(a, b + 1) if is_happy(k)]
        if found:
            return (f"Which numbers between {a} and {b} are happy numbers?",
                    e_list(found, "number", False))


@template("number_theory", "en")
def r6_nt_happy_count_inclusive(rng: random.Random, i: int) -> tuple[str, Expected]:
    a = rng.randint(1, 500)
    b = a + rng.randint(20, 120)
    return (f"How many happy numbers are there from {a} to {b} inclusive?",
            e_number(sum(1 for k in range(a, b + 1) if is_happy(k))))


@template("number_theory", "en")
def r6_nt_primes_between(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        a = rng.randint(100, 900)
        b = a + rng.randint(15, 40)
        if not is_prime(a) and not is_prime(b):
            break
    primes = [str(p) for p in range(a, b + 1) if is_prime(p)]
    return (f"Name every prime between {a} and {b}.", e_list(primes, "number", False))


# Number theory, Chinese -----------------------------------------------------------------------


@template("number_theory", "zh")
def r6_nt_zh_is_zhishu(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = prime_or_composite(rng, 1_000, 2_000_000)
    return f"{n}是质数吗？", e_bool(is_prime(n))


@template("number_theory", "zh")
def r6_nt_zh_is_sushu(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = prime_or_composite(rng, 10_000, 9_000_000)
    return f"{n}是不是素数？请一步步思考，最后回答[是]或[否]。", e_bool(is_prime(n))


@template("number_theory", "zh")
def r6_nt_zh_factorize(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = math.prod(rng.choice([2, 3, 5, 7, 11]) for _ in range(rng.randint(3, 6)))
    return f"把{n}分解质因数。", e_factorization(n)


@template("number_theory", "zh")
def r6_nt_zh_gcd(rng: random.Random, i: int) -> tuple[str, Expected]:
    g = rng.randint(2, 50)
    a, b = g * rng.randint(2, 200), g * rng.randint(2, 200)
    return f"{a}和{b}的最大公约数是多少？", e_number(math.gcd(a, b))


@template("number_theory", "zh")
def r6_nt_zh_lcm(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(6, 300), rng.randint(6, 300)
    return f"{a}和{b}的最小公倍数是多少？", e_number(math.lcm(a, b))


@template("number_theory", "zh")
def r6_nt_zh_largest_pf(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.randint(1_000, 5_000_000)
    return f"{n}的最大质因数是几？", e_number(max(factorize(n)))


@template("number_theory", "zh")
def r6_nt_zh_primes_within(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.randint(20, 60)
    while is_prime(n):
        n += 1
    primes = [str(p) for p in range(2, n) if is_prime(p)]
    return f"{n}以内的质数有哪些？", e_list(primes, "number", False)


@template("number_theory", "zh")
def r6_nt_zh_digit_sum(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.randint(10**4, 10**10)
    return f"{n}的各位数字之和是多少？", e_number(digit_sum(n))


# Counting, English ----------------------------------------------------------------------------

WORDS = (
    "strawberry", "banana", "mississippi", "bookkeeper", "committee", "raspberry", "occurrence",
    "parallel", "necessary", "assessment", "tennessee", "possession", "successful", "programming",
    "accommodation", "hippopotamus", "balloon", "coffee", "engineering", "referee", "cinnamon",
    "pepper", "remember", "chocolate", "excellent", "elephant", "giraffe", "umbrella", "kangaroo",
    "butterfly", "carrot", "potato", "tomato", "mountain", "interesting", "different", "beginning",
    "pineapple", "watermelon", "environment", "independent", "algorithm", "keyboard", "database",
    "variable", "function", "parameter", "dictionary", "calendar", "principal", "separate",
    "definitely", "restaurant", "vacuum", "address", "embarrass", "millennium", "questionnaire",
    "bureaucracy", "onomatopoeia", "lollipop", "grasshopper", "peppermint", "cucumber", "avocado",
    "broccoli", "spaghetti", "zucchini", "abracadabra", "rhythm", "strength", "character",
    "pronunciation", "refrigerator", "encyclopedia", "blueberry", "nevertheless", "unbelievable",
)
NO_Y_WORDS = tuple(w for w in WORDS if "y" not in w)
VOWELS = set("aeiou")
ANAGRAM_PAIRS = (
    ("listen", "silent"), ("evil", "vile"), ("dusty", "study"), ("night", "thing"),
    ("earth", "heart"), ("angel", "glean"), ("below", "elbow"), ("state", "taste"),
    ("inch", "chin"), ("cider", "cried"), ("save", "vase"), ("peach", "cheap"),
    ("secure", "rescue"), ("lemon", "melon"), ("binary", "brainy"), ("stressed", "desserts"),
)
# Look-alike pairs; some are anagrams after all, the oracle decides.
OTHER_PAIRS = (
    ("listen", "silence"), ("heart", "hearth"), ("apple", "paper"), ("stone", "tones"),
    ("lemon", "melons"), ("dusty", "stud"), ("secure", "rescued"), ("night", "think"),
    ("angle", "angel"), ("cider", "cedar"), ("peach", "chap"), ("below", "bowel"),
)
SUBJECTS = ("my sister", "the old farmer", "our small team", "a tired student", "the new manager",
            "every child in the village", "my neighbour", "the quiet teacher")
VERBS = ("painted", "visited", "cleaned", "carried", "opened", "found", "forgot", "repaired")
OBJECTS = ("the blue door", "a heavy box", "three old chairs", "the kitchen window",
           "the garden gate", "the broken bicycle", "two large baskets")
ENDINGS = ("", " yesterday", " before lunch", " in the rain", " on a sunny morning",
           " with great care", " after the long meeting ended")
ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
            7: "seventh", 8: "eighth"}


def ordinal_suffix(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def sentence(rng: random.Random) -> str:
    s = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}{rng.choice(ENDINGS)}"
    return s[0].upper() + s[1:]


def pick_letter(rng: random.Random, word: str) -> str:
    if rng.random() < 0.85:
        return rng.choice(word)
    return rng.choice([c for c in "abcdefghijklmnopqrstuvwxyz" if c not in word])


def anagram_question_pair(rng: random.Random) -> tuple[str, str]:
    pair = rng.choice(ANAGRAM_PAIRS if rng.random() < 0.5 else OTHER_PAIRS)
    return pair if rng.random() < 0.5 else (pair[1], pair[0])


def two_lengths(rng: random.Random) -> tuple[str, str]:
    while True:
        a, b = rng.sample(WORDS, 2)
        if len(a) != len(b):
            return a, b


@template("counting", "en")
def r6_ct_letter_quoted(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    c = pick_letter(rng, w)
    return (f'How many times does the letter "{c}" appear in "{w}"?', e_number(w.count(c)))


@template("counting", "en")
def r6_ct_learner_letter_there(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    c = pick_letter(rng, w)
    return f"How many letter {c} are there in the word {w}?", e_number(w.count(c))


@template("counting", "en")
def r6_ct_word_length(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return f"How many letters does the word {w} have?", e_number(len(w))


@template("counting", "en")
def r6_ct_count_vowels(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(NO_Y_WORDS)
    return (f'Count the vowels in the word "{w}".', e_number(sum(c in VOWELS for c in w)))


@template("counting", "en")
def r6_ct_consonants(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(NO_Y_WORDS)
    return (f"Determine the number of consonants in {w}.",
            e_number(sum(c.isalpha() and c not in VOWELS for c in w)))


@template("counting", "en")
def r6_ct_words_in_sentence(rng: random.Random, i: int) -> tuple[str, Expected]:
    s = sentence(rng)
    return (f'How many words are in the sentence "{s}."?', e_number(len(s.split())))


@template("counting", "en")
def r6_ct_nth_letter(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    n = rng.randint(2, min(len(w), 12))
    return f"What is the {ordinal_suffix(n)} letter of the word {w}?", e_text(w[n - 1])


@template("counting", "en")
def r6_ct_last_letter_dev(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return f"what's the last letter of '{w}'?", e_text(w[-1])


@template("counting", "en")
def r6_ct_reverse_word(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return f'Reverse the word "{w}".', e_text(w[::-1])


@template("counting", "en")
def r6_ct_backwards_dev(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return f"what does {w} look like spelled backwards?", e_text(w[::-1])


@template("counting", "en")
def r6_ct_anagram(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = anagram_question_pair(rng)
    return (f'Are "{a}" and "{b}" anagrams of each other?', e_bool(sorted(a) == sorted(b)))


@template("counting", "en")
def r6_ct_distinct_letters(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return (f"How many different letters are used in the word {w}?", e_number(len(set(w))))


@template("counting", "en")
def r6_ct_more_letters(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = two_lengths(rng)
    return (f"Which word has more letters, {a} or {b}?", e_word(a if len(a) > len(b) else b))


@template("counting", "en")
def r6_ct_alphabetical(rng: random.Random, i: int) -> tuple[str, Expected]:
    ws = rng.sample(WORDS, rng.randint(4, 6))
    return (f"Put these words in alphabetical order: {', '.join(ws)}.",
            e_list(sorted(ws), "text", True))


@template("counting", "en")
def r6_ct_ignoring_case(rng: random.Random, i: int) -> tuple[str, Expected]:
    ws = rng.sample(WORDS, 3)
    phrase = " ".join(w.capitalize() for w in ws)
    c = pick_letter(rng, "".join(ws))
    return (f'Ignoring case, how many times does "{c}" occur in "{phrase}"?',
            e_number(phrase.lower().count(c)))


@template("counting", "en")
def r6_ct_first_alphabetically(rng: random.Random, i: int) -> tuple[str, Expected]:
    ws = rng.sample(WORDS, 4)
    return (f"Which of these words comes first alphabetically: {', '.join(ws)}?",
            e_word(min(ws)))


@template("counting", "en")
def r6_ct_boxed_count(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    c = pick_letter(rng, w)
    return (f'Count the letter "{c}" in "{w}". Put your final answer within \\boxed{{}}.',
            e_number(w.count(c)))


@template("counting", "en")
def r6_ct_first_letter_learner(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return f"The word {w} — which letter is at the beginning of it?", e_text(w[0])


# Counting, Chinese ----------------------------------------------------------------------------


@template("counting", "zh")
def r6_ct_zh_letter_count(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    c = pick_letter(rng, w)
    return f"单词{w}里面有多少个字母{c}？", e_number(w.count(c))


@template("counting", "zh")
def r6_ct_zh_length(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return f"{w}这个单词有几个字母？", e_number(len(w))


@template("counting", "zh")
def r6_ct_zh_vowels(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(NO_Y_WORDS)
    return (f"“{w}”中有几个元音字母（a、e、i、o、u）？", e_number(sum(c in VOWELS for c in w)))


@template("counting", "zh")
def r6_ct_zh_reverse(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return f"把单词{w}倒过来写是什么？", e_text(w[::-1])


@template("counting", "zh")
def r6_ct_zh_nth_letter(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    n = rng.randint(2, min(len(w), 9))
    return f"{w}的第{n}个字母是什么？", e_text(w[n - 1])


@template("counting", "zh")
def r6_ct_zh_words_in_sentence(rng: random.Random, i: int) -> tuple[str, Expected]:
    s = sentence(rng)
    return f"这句话有多少个单词：“{s}.”", e_number(len(s.split()))


@template("counting", "zh")
def r6_ct_zh_more_letters(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = two_lengths(rng)
    return f"{a}和{b}哪个单词的字母更多？", e_word(a if len(a) > len(b) else b)


@template("counting", "zh")
def r6_ct_zh_anagram(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = anagram_question_pair(rng)
    return f"{a}和{b}是不是字母异位词（anagram）？", e_bool(sorted(a) == sorted(b))


# Geometry oracles -----------------------------------------------------------------------------

Point = tuple[Fraction, Fraction]


def pt(x: int | Fraction, y: int | Fraction) -> Point:
    return (Fraction(x), Fraction(y))


def ps(p: Point) -> str:
    return f"({fmt(p[0])}, {fmt(p[1])})"


def rand_pt(rng: random.Random, lo: int = -9, hi: int = 9) -> Point:
    return pt(rng.randint(lo, hi), rng.randint(lo, hi))


def cross(o: Point, a: Point, b: Point) -> Fraction:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def sign(q: Fraction) -> int:
    return (q > 0) - (q < 0)


def proper_crossing(p1: Point, p2: Point, p3: Point, p4: Point) -> bool | None:
    """True/False for a clean crossing / clean miss; None when any three points are collinear."""
    d = [cross(p3, p4, p1), cross(p3, p4, p2), cross(p1, p2, p3), cross(p1, p2, p4)]
    if any(x == 0 for x in d):
        return None
    return sign(d[0]) != sign(d[1]) and sign(d[2]) != sign(d[3])


def edges(poly: list[Point]) -> list[tuple[Point, Point]]:
    return [(poly[k], poly[(k + 1) % len(poly)]) for k in range(len(poly))]


def crossings(edges_a: list[tuple[Point, Point]], edges_b: list[tuple[Point, Point]]) -> int | None:
    total = 0
    for a in edges_a:
        for b in edges_b:
            hit = proper_crossing(*a, *b)
            if hit is None:
                return None
            total += hit
    return total


def shoelace(poly: list[Point]) -> Fraction:
    return abs(sum(p[0] * q[1] - q[0] * p[1] for p, q in edges(poly))) / 2


def locate(p: Point, poly: list[Point]) -> str:
    for a, b in edges(poly):
        if (cross(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
                and min(a[1], b[1]) <= p[1] <= max(a[1], b[1])):
            return "boundary"
    inside = False
    for a, b in edges(poly):
        if (a[1] > p[1]) != (b[1] > p[1]):
            x = a[0] + (p[1] - a[1]) * (b[0] - a[0]) / (b[1] - a[1])
            if p[0] < x:
                inside = not inside
    return "inside" if inside else "outside"


def sqrt_expr(n: int) -> str:
    """The exact square root of a non-negative integer as a sympy-style expression."""
    k, m = 1, n
    d = 2
    while d * d <= m:
        while m % (d * d) == 0:
            m //= d * d
            k *= d
        d += 1
    if m == 1:
        return str(k)
    return f"sqrt({m})" if k == 1 else f"{k}*sqrt({m})"


def dist2(a: Point, b: Point) -> Fraction:
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2


def pi_expr(q: Fraction) -> str:
    return f"{q}*pi"


def simple_polygon(rng: random.Random) -> list[Point]:
    """A convex or L-shaped polygon with small integer vertices."""
    kind = rng.randrange(4)
    x0, y0 = rng.randint(-4, 2), rng.randint(-4, 2)
    w, h = rng.randint(3, 9), rng.randint(3, 9)
    if kind == 0:
        return [pt(x0, y0), pt(x0 + w, y0), pt(x0 + w, y0 + h), pt(x0, y0 + h)]
    if kind == 1:
        return [pt(x0, y0), pt(x0 + w, y0), pt(x0 + rng.randint(0, w), y0 + h)]
    if kind == 2:
        cw, ch = rng.randint(1, w - 1), rng.randint(1, h - 1)
        return [pt(x0, y0), pt(x0 + w, y0), pt(x0 + w, y0 + ch), pt(x0 + cw, y0 + ch),
                pt(x0 + cw, y0 + h), pt(x0, y0 + h)]
    s = rng.randint(1, min(3, w - 1))
    return [pt(x0 + s, y0), pt(x0 + w, y0), pt(x0 + w + s, y0 + h), pt(x0, y0 + h)]


def point_near(rng: random.Random, poly: list[Point], allow_boundary: bool) -> Point:
    xs, ys = [p[0] for p in poly], [p[1] for p in poly]
    while True:
        if allow_boundary and rng.random() < 0.25:
            a, b = rng.choice(edges(poly))
            t = Fraction(rng.randint(1, 3), 4)
            p = (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))
            if p[0].denominator <= 2 and p[1].denominator <= 2:
                return p
            continue
        half = rng.random() < 0.3
        x = Fraction(rng.randint(2 * int(min(xs)) - 4, 2 * int(max(xs)) + 4), 2 if half else 1)
        y = Fraction(rng.randint(2 * int(min(ys)) - 4, 2 * int(max(ys)) + 4), 2 if half else 1)
        if not half:
            x, y = Fraction(int(x / 2)), Fraction(int(y / 2))
        p = (x, y)
        if allow_boundary or locate(p, poly) != "boundary":
            return p


def poly_text(poly: list[Point]) -> str:
    return ", ".join(ps(p) for p in poly)


def circle_relation(c1: Point, r1: int, c2: Point, r2: int) -> str:
    d2 = dist2(c1, c2)
    if d2 > (r1 + r2) ** 2:
        return "separate"
    if d2 == (r1 + r2) ** 2:
        return "external_tangent"
    if d2 == (r1 - r2) ** 2 and r1 != r2:
        return "internal_tangent"
    if d2 < (r1 - r2) ** 2:
        return "contained" if d2 or r1 != r2 else "same"
    return "crossing"


def circles(rng: random.Random, allowed: set[str]) -> tuple[Point, int, Point, int, str]:
    while True:
        c1, c2 = rand_pt(rng, -6, 6), rand_pt(rng, -6, 6)
        r1, r2 = rng.randint(1, 8), rng.randint(1, 8)
        if rng.random() < 0.35:  # aim for tangency now and then
            dx, dy = rng.choice([(3, 4), (0, 5), (6, 8), (5, 12), (0, 3), (4, 3)])
            c2 = (c1[0] + dx, c1[1] + dy)
            d = math.isqrt(dx * dx + dy * dy)
            r1 = rng.randint(1, d - 1) if rng.random() < 0.5 else rng.randint(d + 1, d + 4)
            r2 = abs(d - r1)
            if r2 == 0:
                continue
        rel = circle_relation(c1, r1, c2, r2)
        if rel in allowed:
            return c1, r1, c2, r2, rel


def circle_points(rel: str) -> int:
    return {"separate": 0, "contained": 0, "external_tangent": 1, "internal_tangent": 1,
            "crossing": 2}[rel]


def segment_pair(rng: random.Random) -> tuple[Point, Point, Point, Point, int]:
    while True:
        a, b, c, d = (rand_pt(rng) for _ in range(4))
        if a == b or c == d:
            continue
        hit = proper_crossing(a, b, c, d)
        if hit is not None:
            return a, b, c, d, int(hit)


# Geometry, English ----------------------------------------------------------------------------


@template("geometry", "en")
def r6_geo_circles_intersect(rng: random.Random, i: int) -> tuple[str, Expected]:
    c1, r1, c2, r2, rel = circles(rng, {"separate", "crossing"})
    return (f"Do the circle centered at {ps(c1)} with radius {r1} and the circle centered at "
            f"{ps(c2)} with radius {r2} intersect?", e_bool(rel == "crossing"))


@template("geometry", "en")
def r6_geo_circles_tangent(rng: random.Random, i: int) -> tuple[str, Expected]:
    c1, r1, c2, r2, rel = circles(rng, {"separate", "crossing", "external_tangent",
                                        "internal_tangent", "contained"})
    return (f"Determine whether circle A (center {ps(c1)}, radius {r1}) and circle B "
            f"(center {ps(c2)}, radius {r2}) are tangent to each other.",
            e_bool(rel.endswith("tangent")))


@template("geometry", "en")
def r6_geo_circle_inside(rng: random.Random, i: int) -> tuple[str, Expected]:
    c1, r1, c2, r2, rel = circles(rng, {"separate", "crossing", "contained"})
    if r1 < r2:
        c1, r1, c2, r2 = c2, r2, c1, r1
    return (f"Is the circle with center {ps(c2)} and radius {r2} completely inside the circle "
            f"with center {ps(c1)} and radius {r1}?", e_bool(rel == "contained"))


@template("geometry", "en")
def r6_geo_dev_overlap(rng: random.Random, i: int) -> tuple[str, Expected]:
    c1, r1, c2, r2, rel = circles(rng, {"separate", "crossing"})
    return (f"sanity check for a collision test: circle at {ps(c1)} r={r1} and circle at "
            f"{ps(c2)} r={r2} — do they overlap?", e_bool(rel == "crossing"))


@template("geometry", "en")
def r6_geo_circle_common_points(rng: random.Random, i: int) -> tuple[str, Expected]:
    c1, r1, c2, r2, rel = circles(rng, {"separate", "crossing", "external_tangent",
                                        "internal_tangent", "contained"})
    return (f"How many points do the circle with center {ps(c1)} and radius {r1} and the circle "
            f"with center {ps(c2)} and radius {r2} have in common?",
            e_number(circle_points(rel)))


@template("geometry", "en")
def r6_geo_segments_count(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c, d, n = segment_pair(rng)
    return (f"How many intersection points are there between the segment from {ps(a)} to "
            f"{ps(b)} and the segment from {ps(c)} to {ps(d)}?", e_number(n))


@template("geometry", "en")
def r6_geo_segment_rectangle(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        x0, y0 = rng.randint(-5, 0), rng.randint(-5, 0)
        rect = [pt(x0, y0), pt(x0 + rng.randint(3, 8), y0)]
        rect += [pt(rect[1][0], y0 + rng.randint(3, 8)), pt(x0, 0)]
        rect[3] = pt(x0, rect[2][1])
        a, b = rand_pt(rng, -9, 9), rand_pt(rng, -9, 9)
        if a == b:
            continue
        n = crossings([(a, b)], edges(rect))
        if n is not None:
            break
    return (f"The rectangle has corners {poly_text(rect)}. How many times does the line segment "
            f"from {ps(a)} to {ps(b)} cross its boundary?", e_number(n))


@template("geometry", "en")
def r6_geo_pip_three_way(rng: random.Random, i: int) -> tuple[str, Expected]:
    poly = simple_polygon(rng)
    p = point_near(rng, poly, allow_boundary=True)
    return (f"Is the point {ps(p)} inside, outside, or on the boundary of the polygon with "
            f"vertices {poly_text(poly)}?", e_relation(locate(p, poly)))


@template("geometry", "en")
def r6_geo_triangle_contains(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        tri = [rand_pt(rng, -8, 8) for _ in range(3)]
        if cross(*tri) != 0:
            break
    p = point_near(rng, tri, allow_boundary=False)
    return (f"Does the triangle with vertices {poly_text(tri)} contain the point {ps(p)}?",
            e_relation(locate(p, tri), yes_if="inside"))


@template("geometry", "en")
def r6_geo_polygon_area(rng: random.Random, i: int) -> tuple[str, Expected]:
    poly = simple_polygon(rng)
    return (f"Find the area of the polygon with vertices {poly_text(poly)}.",
            e_number(shoelace(poly)))


@template("geometry", "en")
def r6_geo_quad_perimeter(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        poly = [pt(rng.randint(-6, 0), rng.randint(-6, 0)), pt(rng.randint(1, 7),
                rng.randint(-6, 0)), pt(rng.randint(1, 7), rng.randint(1, 7)),
                pt(rng.randint(-6, 0), rng.randint(1, 7))]
        if all(cross(poly[k], poly[(k + 1) % 4], poly[(k + 2) % 4]) > 0 for k in range(4)):
            break
    parts = [sqrt_expr(int(dist2(a, b))) for a, b in edges(poly)]
    return (f"What is the perimeter of the quadrilateral with vertices {poly_text(poly)}?",
            e_real(" + ".join(parts)))


@template("geometry", "en")
def r6_geo_distance(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rand_pt(rng), rand_pt(rng)
    if a == b:
        b = (b[0] + 3, b[1] + 4)
    return (f"What is the distance between the points {ps(a)} and {ps(b)}?",
            e_real(sqrt_expr(int(dist2(a, b)))))


@template("geometry", "en")
def r6_geo_triangle_area(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        tri = [rand_pt(rng) for _ in range(3)]
        if cross(*tri) != 0:
            break
    labelled = ", ".join(f"{n}{ps(p)}" for n, p in zip("ABC", tri, strict=True))
    return (f"Compute the area of triangle ABC with {labelled}.", e_number(shoelace(tri)))


@template("geometry", "en")
def r6_geo_circle_area(rng: random.Random, i: int) -> tuple[str, Expected]:
    r = val(dec(rng, 1, 20, rng.choice([0, 1])))
    return f"what's the area of a circle with radius {fmt(r)}?", e_real(pi_expr(r * r))


@template("geometry", "en")
def r6_geo_circle_area_diameter(rng: random.Random, i: int) -> tuple[str, Expected]:
    d = rng.randint(2, 40)
    return (f"A circle has a diameter of {d}. What is its exact area?",
            e_real(pi_expr(Fraction(d * d, 4))))


@template("geometry", "en")
def r6_geo_dev_distance(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rand_pt(rng, -20, 20), rand_pt(rng, -20, 20)
    if a == b:
        b = (b[0] + 5, b[1] + 12)
    return (f"quick geometry check: distance from A{ps(a)} to B{ps(b)}?",
            e_real(sqrt_expr(int(dist2(a, b)))))


@template("geometry", "en")
def r6_geo_triangles_edges_meet(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        t1 = [rand_pt(rng, -6, 6) for _ in range(3)]
        t2 = [rand_pt(rng, -6, 6) for _ in range(3)]
        if cross(*t1) == 0 or cross(*t2) == 0:
            continue
        n = crossings(edges(t1), edges(t2))
        if n is not None:
            break
    return (f"How many intersection points do the edges of the triangle {poly_text(t1)} and the "
            f"triangle {poly_text(t2)} have?", e_number(n))


@template("geometry", "en")
def r6_geo_learner_triangle_base(rng: random.Random, i: int) -> tuple[str, Expected]:
    b, h = rng.randint(3, 40), rng.randint(3, 40)
    return (f"A triangle has base {b} and height {h}. How big is the area of it?",
            e_number(Fraction(b * h, 2)))


# Geometry, Chinese ----------------------------------------------------------------------------


@template("geometry", "zh")
def r6_geo_zh_circles_intersect(rng: random.Random, i: int) -> tuple[str, Expected]:
    c1, r1, c2, r2, rel = circles(rng, {"separate", "crossing"})
    return (f"圆心为{ps(c1)}、半径为{r1}的圆和圆心为{ps(c2)}、半径为{r2}的圆相交吗？",
            e_bool(rel == "crossing"))


@template("geometry", "zh")
def r6_geo_zh_pip(rng: random.Random, i: int) -> tuple[str, Expected]:
    poly = simple_polygon(rng)
    p = point_near(rng, poly, allow_boundary=True)
    return (f"点{ps(p)}在顶点为{poly_text(poly)}的多边形的内部、外部还是边界上？",
            e_relation(locate(p, poly)))


@template("geometry", "zh")
def r6_geo_zh_distance(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rand_pt(rng), rand_pt(rng)
    if a == b:
        b = (b[0] + 6, b[1] + 8)
    return (f"求点A{ps(a)}和点B{ps(b)}之间的距离。", e_real(sqrt_expr(int(dist2(a, b)))))


@template("geometry", "zh")
def r6_geo_zh_triangle_area(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        tri = [rand_pt(rng) for _ in range(3)]
        if cross(*tri) != 0:
            break
    text = "，".join(f"({fmt(p[0])},{fmt(p[1])})" for p in tri)
    return f"顶点为{text}的三角形面积是多少？", e_number(shoelace(tri))


@template("geometry", "zh")
def r6_geo_zh_circle_area(rng: random.Random, i: int) -> tuple[str, Expected]:
    r = rng.randint(2, 30)
    return f"半径为{r}的圆的面积是多少？", e_real(pi_expr(Fraction(r * r)))


@template("geometry", "zh")
def r6_geo_zh_segments(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c, d, n = segment_pair(rng)
    return (f"线段{ps(a)}-{ps(b)}和线段{ps(c)}-{ps(d)}有几个交点？", e_number(n))


@template("geometry", "zh")
def r6_geo_zh_perimeter(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        tri = [rand_pt(rng, -6, 6) for _ in range(3)]
        if cross(*tri) != 0:
            break
    parts = [sqrt_expr(int(dist2(a, b))) for a, b in edges(tri)]
    return (f"以{poly_text(tri)}为顶点的三角形，周长是多少？", e_real(" + ".join(parts)))


@template("geometry", "zh")
def r6_geo_zh_common_points(rng: random.Random, i: int) -> tuple[str, Expected]:
    c1, r1, c2, r2, rel = circles(rng, {"separate", "crossing", "external_tangent",
                                        "internal_tangent", "contained"})
    return (f"圆A：圆心{ps(c1)}，半径{r1}；圆B：圆心{ps(c2)}，半径{r2}。两个圆有几个公共点？",
            e_number(circle_points(rel)))


# Negatives ------------------------------------------------------------------------------------

# (category, lang, near-miss family, prompts)
NEGATIVES: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    ("date_event", "en", "arithmetic", (
        "How many years passed between the fall of the Berlin Wall and the first iPhone?",
        "What day of the week was 14 July 1789?",
        "Which came first, the Battle of Hastings or the signing of the Magna Carta?",
        "How old would Mozart be today if he were still alive?",
        "How many days until the next Chinese New Year?",
    )),
    ("date_event", "zh", "arithmetic", (
        "1949年10月1日到今天一共过了多少天？",
        "辛亥革命和五四运动相隔多少年？",
    )),
    ("version_number", "en", "comparison", (
        "Which is newer, Python 3.9 or Python 3.10?",
        "Is version 1.10.2 greater than version 1.9.8?",
        "Sort these release tags from oldest to newest: v2.3.11, v2.3.9, v2.10.0.",
        "sanity check: does semver put 4.2.0-rc.1 before 4.2.0?",
        "Is Android 12.1 a later release than Android 12.10?",
    )),
    ("version_number", "zh", "comparison", (
        "软件版本 2.10 和 2.9 哪个更新？",
        "1.12.0 版本比 1.2.9 版本新吗？",
    )),
    ("identifier", "en", "number_theory", (
        "Which part of the US has the zip code 90210?",
        "My order number is 48213-77. When will it ship?",
        "What country uses the dialling code +44?",
        "Which book has the ISBN 978-0-14-143951-8?",
        "Where does flight UA 857 fly to?",
    )),
    ("identifier", "zh", "number_theory", (
        "电话号码 138-0013-8000 是哪个城市的？",
        "身份证号开头 110105 代表哪个地区？",
    )),
    ("numeric_trivia", "en", "number_theory", (
        "How many bones are in the adult human body?",
        "How many keys does a standard piano have?",
        "How many moons does Jupiter have?",
        "Why is 42 called the answer to everything?",
        "What is the atomic number of gold?",
    )),
    ("numeric_trivia", "zh", "number_theory", (
        "一年有多少个节气？",
        "中国有多少个省级行政区？",
    )),
    ("commonsense_trick", "en", "arithmetic", (
        "If a rooster lays an egg on a sloped roof, which side does it roll down?",
        "A plane crashes exactly on the border of two countries; where are the survivors buried?",
        "How many months have 28 days?",
        "If you have 3 apples and you take away 2, how many apples do you have?",
        "How much dirt is in a hole 3 feet wide and 2 feet deep?",
    )),
    ("commonsense_trick", "zh", "arithmetic", (
        "树上有十只鸟，开枪打死一只，还剩几只？",
        "一斤棉花和一斤铁哪个重？",
    )),
    ("world_knowledge_word_problem", "en", "arithmetic", (
        "How many tennis balls fit in a school bus?",
        "If I drive from Paris to Berlin at the speed limit, how long will it take?",
        "How many calories are in three slices of pepperoni pizza?",
        "need a quick number: what would 12 gallons of gas cost in Texas right now?",
    )),
    ("world_knowledge_word_problem", "zh", "arithmetic", (
        "从北京坐高铁到上海大概要多久？",
        "三碗米饭大概有多少卡路里？",
    )),
    ("other_base", "en", "arithmetic", (
        "What is 101 + 11 in binary?",
        "Convert 255 to hexadecimal.",
        "In base 7, what is 6 × 6?",
        "What is 0x1F plus 0x0A, written in hex?",
    )),
    ("other_base", "zh", "arithmetic", (
        "二进制的 1011 加 111 等于多少？结果也用二进制表示。",
        "把十进制的 100 转成八进制。",
    )),
    ("rounding_rule", "en", "arithmetic", (
        "Does banker's rounding send 2.5 up or down, and why is it used?",
        "Should I round 0.745 up or down when I report it to two decimal places in accounts?",
        "How many significant figures should I keep when I multiply 2.5 by 3.14159?",
        "Is it correct to round 1.449 to 1.5 and then to 2?",
    )),
    ("rounding_rule", "zh", "arithmetic", (
        "四舍六入五成双是什么意思？",
        "保留两位小数时，为什么有的软件把 2.675 显示成 2.67？",
    )),
    ("algebra_unknown", "en", "arithmetic", (
        "Solve for x: 3x + 7 = 22.",
        "What is x if x squared equals 49?",
        "Simplify (a + b)^2 − (a − b)^2.",
        "If y = 2x + 3, what is y?",
        "Factor x^2 − 5x + 6.",
    )),
    ("algebra_unknown", "zh", "arithmetic", (
        "解方程：2x + 5 = 17。",
        "已知 a + b = 10，a − b = 4，求 a 和 b。",
    )),
    ("letters_not_given", "en", "counting", (
        "How many letters are in my name?",
        "Count the vowels in the title of the longest novel ever written.",
        "What is the third letter of the capital of Australia?",
        "How many words are in the Gettysburg Address?",
        "How many times does the letter e appear in your instructions?",
    )),
    ("letters_not_given", "zh", "counting", (
        "我名字的拼音里有几个字母？",
        "《静夜思》这首诗一共有多少个字？",
    )),
    ("geometry_missing_data", "en", "geometry", (
        "What is the area of a triangle with sides 5 and 7?",
        "Is the point (3, 4) inside the polygon?",
        "Do two circles of radius 5 intersect?",
        "What is the perimeter of a rectangle whose area is 24?",
        "How far is point A from point B if A is at (1, 2)?",
    )),
    ("geometry_missing_data", "zh", "geometry", (
        "一个圆的周长是多少？",
        "两个半径为3的圆相交吗？",
    )),
    ("creative_opinion", "en", "number_theory", (
        "Write a short poem about the number 7.",
        "What's your favourite prime number and why?",
        "Is 13 really an unlucky number?",
        "Give me a catchy name for a startup with the number 3 in it.",
    )),
    ("creative_opinion", "zh", "number_theory", (
        "你觉得为什么8在中国被认为是吉利数字？",
        "写一首关于圆周率的小诗。",
    )),
    ("code_semantics", "en", "arithmetic", (
        "In Python 3, what does 7 // -2 evaluate to?",
        "What does -7 % 3 return in JavaScript?",
        "In C, what is the value of 5 / 2 when both operands are ints?",
        "What does 0.1 + 0.2 == 0.3 print in Java?",
        "What is Integer.MAX_VALUE + 1 in Java?",
    )),
    ("code_semantics", "zh", "arithmetic", (
        "在 Python 里 -7 // 2 的结果是多少？",
        "C 语言中两个 int 相除 7 / 2 等于几？",
    )),
    ("unit_conversion", "en", "arithmetic", (
        "How many kilometres are in 26.2 miles?",
        "Convert 98.6 degrees Fahrenheit to Celsius.",
        "What is 250 US dollars in euros today?",
        "If it's 3 pm in London, what time is it in New York?",
        "How many ounces are in 2.5 pounds?",
    )),
    ("unit_conversion", "zh", "arithmetic", (
        "5英里等于多少公里？",
        "100美元现在能换多少人民币？",
    )),
    ("statistics_unspecified", "en", "comparison", (
        "What is the average height of people in the Netherlands?",
        "Compute the standard deviation of my test scores.",
        "What's the median income in my city?",
        "Which is bigger, the population of Canada or the population of Poland?",
    )),
    ("statistics_unspecified", "zh", "comparison", (
        "我们班数学考试的平均分是多少？",
        "中国和印度哪个人口多？",
    )),
    ("proof", "en", "number_theory", (
        "Prove that 17 is prime.",
        "Show that the square root of 2 is irrational.",
        "Prove that there are infinitely many primes.",
        "Explain why the sum of two odd numbers is always even.",
    )),
    ("proof", "zh", "number_theory", (
        "证明 17 是质数。",
        "证明质数有无穷多个。",
    )),
]


# Building -------------------------------------------------------------------------------------


def split_pool(names: list[str], key: str) -> dict[str, str]:
    """A seeded 30/70 split of ``names`` into dev6 / heldout6 (at least one each when >= 2)."""
    shuffled = list(names)
    random.Random(f"{SEED}/split/{key}").shuffle(shuffled)
    n_dev = round(DEV_SHARE * len(shuffled))
    if len(shuffled) >= 2:
        n_dev = min(max(n_dev, 1), len(shuffled) - 1)
    return {name: SPLIT_NAMES[0] if k < n_dev else SPLIT_NAMES[1]
            for k, name in enumerate(shuffled)}


def build() -> list[dict[str, Any]]:
    """All records of the round, both splits, in a stable order."""
    records: list[dict[str, Any]] = []
    seen: set[str] = set()
    for family in FAMILIES:
        for lang in LANGS:
            fns = TEMPLATES[(family, lang)]
            split_of = split_pool([fn.__name__ for fn in fns], f"{family}/{lang}")
            for fn in fns:
                for i in range(PER_TEMPLATE):
                    for attempt in range(200):
                        rng = random.Random(f"{SEED}/{fn.__name__}/{i}/{attempt}")
                        prompt, expected = fn(rng, i)
                        if prompt not in seen:
                            break
                    else:
                        raise RuntimeError(f"no unique prompt from {fn.__name__}")
                    seen.add(prompt)
                    records.append({
                        "id": "", "split": split_of[fn.__name__], "kind": "positive",
                        "family": family, "lang": lang, "template": fn.__name__,
                        "prompt": prompt, "expected": expected,
                    })
    for category, lang, family, prompts in NEGATIVES:
        names = [f"{category}_{k}" for k in range(len(prompts))]
        split_of = split_pool(names, f"neg/{category}/{lang}")
        for name, prompt in zip(names, prompts, strict=True):
            if prompt in seen:
                raise RuntimeError(f"duplicate negative prompt {prompt!r}")
            seen.add(prompt)
            records.append({
                "id": "", "split": split_of[name], "kind": "negative", "family": family,
                "lang": lang, "template": f"neg_{lang}_{name}", "prompt": prompt,
                "expected": None, "category": category,
            })
    for k, rec in enumerate(records):
        rec["id"] = f"r6-{k:04d}"
    return records


# Self-check -----------------------------------------------------------------------------------


def load_compare() -> Any:
    name = "routing_compare_r6"
    spec = importlib.util.spec_from_file_location(name, HERE / "compare.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def canonical(expected: Expected) -> str:
    t, ans = expected["type"], expected["answer"]
    if t == "list":
        return ", ".join(ans)
    if t == "factorization":
        return " * ".join(f"{p}^{e}" for p, e in ans)
    return str(ans)


def wrong(expected: Expected) -> str:
    t, ans = expected["type"], expected["answer"]
    if t in ("number", "choice"):
        return str(Fraction(ans.replace(",", "")) + 1)
    if t == "real":
        return f"({ans}) + 1"
    if t == "bool":
        return "no" if ans == "yes" else "yes"
    if t in ("text", "word_choice"):
        return ans + "q"
    if t == "list":
        items = list(ans)
        if expected["ordered"] and len(set(items)) > 1:
            return ", ".join(reversed(items)) if items != items[::-1] else ", ".join(items[1:])
        return ", ".join([*items[:-1], items[-1] + "7"])
    if t == "relation":
        return "outside" if ans != "outside" else "inside"
    if t == "factorization":
        return " * ".join(f"{p}^{e + 1}" for p, e in ans)
    raise ValueError(t)


def self_check(records: list[dict[str, Any]]) -> None:
    compare = load_compare()
    for rec in records:
        if rec["kind"] != "positive":
            continue
        exp = rec["expected"]
        if not compare.matches(exp, canonical(exp)):
            raise AssertionError(f"{rec['id']} rejects its own answer: {exp}")
        if compare.matches(exp, wrong(exp)):
            raise AssertionError(f"{rec['id']} accepts a wrong answer {wrong(exp)!r}: {exp}")
    ids = [r["id"] for r in records]
    prompts = [r["prompt"] for r in records]
    assert len(set(ids)) == len(ids) and len(set(prompts)) == len(prompts)


def main() -> None:
    records = build()
    for split in SPLIT_NAMES:
        path = HERE / f"corpus_{split}.jsonl"
        with path.open("w", encoding="utf-8", newline="\n") as f:
            for rec in records:
                if rec["split"] == split:
                    f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    self_check(records)
    counts = Counter((r["split"], r["family"] or "-", r["lang"], r["kind"]) for r in records)
    for key in sorted(counts):
        print(*key, counts[key], sep="\t")
    per_template = Counter((f, lg) for (f, lg), fns in TEMPLATES.items() for _ in fns)
    for (family, lang), n in sorted(per_template.items()):
        print("templates", family, lang, n, sep="\t")
    print("total", len(records), sep="\t")


if __name__ == "__main__":
    main()
