"""Round-8 routing corpus generator: arithmetic and geometry only, written blind.

Written without reading the router, the solvers or any earlier corpus / generator; the only
project file consulted is ``tests/routing/compare.py`` (the ``expected`` schema and
``matches``). Every expected answer comes from an independent oracle in this file (ints,
``fractions.Fraction`` and exact analytic geometry on Fractions; irrational values as
sympy-style strings such as "25*pi" or "5*sqrt(2)").

Usage (from the repository root)::

    .venv/bin/python tests/routing/make_corpus_round8.py

writes ``corpus_dev8.jsonl`` and ``corpus_heldout8.jsonl`` next to this script and then runs a
self-check (every positive's expected accepts its canonical answer and rejects a wrong one).
The output is a pure function of ``SEED``.
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

SEED = 88_080_808
PER_TEMPLATE = 4
DEV_SHARE = 0.5
ROUND = "8"
HERE = Path(__file__).resolve().parent

Expected = dict[str, Any]
Template = Callable[[random.Random, int], tuple[str, Expected]]
Point = tuple[int, int]

TEMPLATES: dict[tuple[str, str], list[Template]] = {}


def template(family: str, lang: str) -> Callable[[Template], Template]:
    def register(fn: Template) -> Template:
        assert fn.__name__.startswith("r8_"), fn.__name__
        TEMPLATES.setdefault((family, lang), []).append(fn)
        return fn
    return register


# Expected values -------------------------------------------------------------------------------


def fstr(q: Fraction | int) -> str:
    q = Fraction(q)
    return str(q.numerator) if q.denominator == 1 else f"{q.numerator}/{q.denominator}"


def num(q: Fraction | int) -> Expected:
    return {"type": "number", "answer": fstr(q)}


def real(expr: str) -> Expected:
    return {"type": "real", "answer": expr}


def yes_no(flag: bool) -> Expected:
    return {"type": "bool", "answer": "yes" if flag else "no"}


def relation(answer: str, yes_if: str | None = None) -> Expected:
    exp: Expected = {"type": "relation", "answer": answer}
    if yes_if is not None:
        exp["yes_if"] = yes_if
    return exp


def sqrt_value(n: Fraction | int) -> Expected:
    """Exact sqrt(n): a number when n is a perfect square of a rational, else a real."""
    n = Fraction(n)
    a, b = math.isqrt(n.numerator), math.isqrt(n.denominator)
    if a * a == n.numerator and b * b == n.denominator:
        return num(Fraction(a, b))
    return real(f"sqrt({fstr(n)})")


def pi_times(q: Fraction) -> Expected:
    return real(f"{fstr(q)}*pi")


# Number words ----------------------------------------------------------------------------------

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def en_words(n: int) -> str:
    assert 0 <= n < 1000
    if n < 20:
        return _ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return _TENS[t] + ("" if o == 0 else "-" + _ONES[o])
    h, rest = divmod(n, 100)
    return _ONES[h] + " hundred" + ("" if rest == 0 else " " + en_words(rest))


_ZH_DIGITS = "零一二三四五六七八九"


def zh_words(n: int) -> str:
    assert 1 <= n < 100
    if n < 10:
        return _ZH_DIGITS[n]
    t, o = divmod(n, 10)
    head = "十" if t == 1 else _ZH_DIGITS[t] + "十"
    return head + ("" if o == 0 else _ZH_DIGITS[o])


def thousands(n: int) -> str:
    return f"{n:,}"


def dec(q: Fraction) -> str:
    """A terminating-decimal Fraction written as a plain decimal string."""
    sign = "-" if q < 0 else ""
    q = abs(q)
    whole, frac = divmod(q.numerator, q.denominator)
    if frac == 0:
        return f"{sign}{whole}"
    digits = ""
    rest = Fraction(frac, q.denominator)
    while rest:
        rest *= 10
        d = rest.numerator // rest.denominator
        digits += str(d)
        rest -= d
        assert len(digits) < 20
    return f"{sign}{whole}.{digits}"


def rand_dec(rng: random.Random, lo: int, hi: int, places: int) -> Fraction:
    return Fraction(rng.randint(lo * 10**places, hi * 10**places), 10**places)


# Arithmetic, English ---------------------------------------------------------------------------


@template("arithmetic", "en")
def r8_ar_whats_times(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(13, 99), rng.randint(13, 99)
    return f"what's {a} times {b}?", num(a * b)


@template("arithmetic", "en")
def r8_ar_evaluate_parens(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c, d = (rng.randint(2, 40) for _ in range(4))
    return f"Evaluate the expression ({a} + {b}) × {c} − {d}.", num((a + b) * c - d)


@template("arithmetic", "en")
def r8_ar_thousands_total(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = [rng.randint(1_000, 99_999) for _ in range(3)]
    body = " + ".join(thousands(x) for x in xs)
    return f"Quick one — {body}, what does that come to?", num(sum(xs))


@template("arithmetic", "en")
def r8_ar_exact_fraction_division(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        a, b = rng.randint(10, 500), rng.randint(7, 60)
        if a % b:
            break
    return (f"Compute {a} ÷ {b}. Give the result as an exact fraction in lowest terms.",
            num(Fraction(a, b)))


@template("arithmetic", "en")
def r8_ar_decimal_product(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rand_dec(rng, 1, 20, 2), rand_dec(rng, 1, 9, 1)
    return f"Multiply {dec(a)} by {dec(b)}.", num(a * b)


@template("arithmetic", "en")
def r8_ar_power_caret(rng: random.Random, i: int) -> tuple[str, Expected]:
    base, e = rng.choice([(2, rng.randint(10, 20)), (3, rng.randint(5, 12)),
                          (rng.randint(11, 19), 3)])
    return f"Calculate {base}^{e}", num(base**e)


@template("arithmetic", "en")
def r8_ar_superscript_cube(rng: random.Random, i: int) -> tuple[str, Expected]:
    base = rng.randint(4, 29)
    sup = rng.choice([("²", 2), ("³", 3)])
    return f"What does {base}{sup[0]} equal?", num(base ** sup[1])


@template("arithmetic", "en")
def r8_ar_square_root_perfect(rng: random.Random, i: int) -> tuple[str, Expected]:
    r = rng.randint(13, 99)
    return f"What is the square root of {r * r}?", num(r)


@template("arithmetic", "en")
def r8_ar_cube_root(rng: random.Random, i: int) -> tuple[str, Expected]:
    r = rng.randint(6, 30)
    return f"Find the cube root of {r**3}.", num(r)


@template("arithmetic", "en")
def r8_ar_sqrt_exact_form(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        n = rng.randint(8, 300)
        if math.isqrt(n) ** 2 != n:
            break
    return f"Give √{n} in exact simplified radical form.", real(f"sqrt({n})")


@template("arithmetic", "en")
def r8_ar_factorial_bang(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.randint(6, 15)
    return f"How much is {n}! ?", num(math.factorial(n))


@template("arithmetic", "en")
def r8_ar_factorial_words(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.randint(5, 12)
    return f"Compute the factorial of {n}.", num(math.factorial(n))


@template("arithmetic", "en")
def r8_ar_mod_operator(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, m = rng.randint(100, 9_999), rng.randint(3, 40)
    return f"{a} mod {m} = ?", num(a % m)


@template("arithmetic", "en")
def r8_ar_remainder_sentence(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, m = rng.randint(200, 5_000), rng.randint(6, 29)
    return f"What remainder is left when {a} is divided by {m}?", num(a % m)


@template("arithmetic", "en")
def r8_ar_percent_of(rng: random.Random, i: int) -> tuple[str, Expected]:
    p, n = rng.randint(3, 95), rng.randint(20, 2_000)
    return f"What is {p}% of {n}?", num(Fraction(p * n, 100))


@template("arithmetic", "en")
def r8_ar_percent_increase(rng: random.Random, i: int) -> tuple[str, Expected]:
    n, p = rng.randint(50, 900), rng.randint(2, 60)
    return (f"If a quantity of {n} is increased by {p}%, what is the new value?",
            num(Fraction(n * (100 + p), 100)))


@template("arithmetic", "en")
def r8_ar_percent_decrease(rng: random.Random, i: int) -> tuple[str, Expected]:
    n, p = rng.randint(1_000, 20_000), rng.randint(5, 45)
    return (f"Start with {thousands(n)} and decrease it by {p} percent. What do you end up with?",
            num(Fraction(n * (100 - p), 100)))


@template("arithmetic", "en")
def r8_ar_list_sum(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = [rng.randint(1, 200) for _ in range(rng.randint(5, 8))]
    return "Add up these numbers: " + ", ".join(map(str, xs)) + ".", num(sum(xs))


@template("arithmetic", "en")
def r8_ar_list_product(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = [rng.randint(2, 12) for _ in range(4)]
    body = ", ".join(map(str, xs[:-1])) + f" and {xs[-1]}"
    return f"What's the product of {body}?", num(math.prod(xs))


@template("arithmetic", "en")
def r8_ar_list_mean(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = [rng.randint(1, 99) for _ in range(rng.randint(4, 7))]
    return ("Find the arithmetic mean of the following values: " + "; ".join(map(str, xs)),
            num(Fraction(sum(xs), len(xs))))


@template("arithmetic", "en")
def r8_ar_number_words(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(11, 99), rng.randint(11, 99)
    return f"what is {en_words(a)} multiplied by {en_words(b)}", num(a * b)


@template("arithmetic", "en")
def r8_ar_engineer_buffer(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c = rng.choice([1024, 2048, 4096, 8192]), rng.randint(2, 9), rng.randint(16, 999)
    return (f"Sizing a buffer by hand while reviewing a config: {a} * {b} + {c} = ? "
            "Just need the number.", num(a * b + c))


@template("arithmetic", "en")
def r8_ar_boxed_fractions(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(1, 9), rng.randint(2, 12)
    c, d = rng.randint(1, 9), rng.randint(2, 12)
    return (f"Compute $\\frac{{{a}}}{{{b}}} + \\frac{{{c}}}{{{d}}}$. "
            "Put your final answer in \\boxed{}.", num(Fraction(a, b) + Fraction(c, d)))


@template("arithmetic", "en")
def r8_ar_qa_frame(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c = rng.randint(10, 99), rng.randint(50, 199), rng.randint(1, 60)
    return f"Q: {a} - {b} + {c} = ?\nA:", num(a - b + c)


@template("arithmetic", "en")
def r8_ar_step_by_step(rng: random.Random, i: int) -> tuple[str, Expected]:
    c = rng.randint(3, 12)
    q = rng.randint(2, 15)
    b = rng.randint(1, 40)
    a = b + c * q
    d = rng.randint(2, 9)
    return (f"Think step by step. What is ({a} − {b}) ÷ {c} × {d}?", num(Fraction(a - b, c) * d))


@template("arithmetic", "en")
def r8_ar_just_number(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c = rng.randint(100, 999), rng.randint(2, 30), rng.randint(100, 9_999)
    return f"Answer with just the number: {a} × {b} − {c}", num(a * b - c)


@template("arithmetic", "en")
def r8_ar_nonnative(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c = rng.randint(11, 40), rng.randint(11, 40), rng.randint(1, 99)
    return (f"please you calculate for me {a} multiply {b} and then minus {c}, what is result?",
            num(a * b - c))


@template("arithmetic", "en")
def r8_ar_unicode_negatives(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c = rng.randint(2, 25), rng.randint(2, 25), rng.randint(1, 50)
    return f"−{a} × (−{b}) + {c} = ?", num(a * b + c)


@template("arithmetic", "en")
def r8_ar_data_first_ratio(rng: random.Random, i: int) -> tuple[str, Expected]:
    small = rng.randint(5, 60)
    big = small + rng.randint(1, 40)
    return (f"Numbers: {small} and {big}. Take their sum and divide it by the larger minus the "
            "smaller. What do you get?", num(Fraction(small + big, big - small)))


@template("arithmetic", "en")
def r8_ar_python_power(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, e, b = rng.randint(2, 9), rng.randint(3, 6), rng.randint(2, 20)
    return (f"For a sanity check in my notes I wrote {a}**{e} - {b}**2. "
            "What's the value of that expression?", num(a**e - b * b))


# Arithmetic, Chinese ---------------------------------------------------------------------------


@template("arithmetic", "zh")
def r8_ar_zh_add(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(100, 9_999), rng.randint(100, 9_999)
    return f"{a}加{b}等于多少？", num(a + b)


@template("arithmetic", "zh")
def r8_ar_zh_subtract(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(100, 999), rng.randint(100, 999)
    return f"请问{a}减{b}等于多少", num(a - b)


@template("arithmetic", "zh")
def r8_ar_zh_multiply(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(12, 99), rng.randint(12, 99)
    return f"{a}乘以{b}等于多少？", num(a * b)


@template("arithmetic", "zh")
def r8_ar_zh_divide(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(10, 300), rng.randint(3, 40)
    return f"{a}除以{b}等于多少？请给出精确结果。", num(Fraction(a, b))


@template("arithmetic", "zh")
def r8_ar_zh_power(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, e = rng.randint(2, 12), rng.randint(3, 7)
    return f"{a}的{e}次方等于多少？", num(a**e)


@template("arithmetic", "zh")
def r8_ar_zh_expression(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c = rng.randint(5, 80), rng.randint(5, 80), rng.randint(2, 15)
    return f"计算：({a}+{b})×{c}", num((a + b) * c)


@template("arithmetic", "zh")
def r8_ar_zh_percent(rng: random.Random, i: int) -> tuple[str, Expected]:
    n, p = rng.randint(40, 3_000), rng.randint(2, 90)
    return f"{n}的{p}%是多少？", num(Fraction(n * p, 100))


@template("arithmetic", "zh")
def r8_ar_zh_mean(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = [rng.randint(10, 99) for _ in range(rng.randint(4, 6))]
    return "求这几个数的平均数：" + "、".join(map(str, xs)), num(Fraction(sum(xs), len(xs)))


@template("arithmetic", "zh")
def r8_ar_zh_number_words(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(11, 99), rng.randint(11, 99)
    return f"{zh_words(a)}加{zh_words(b)}等于多少？", num(a + b)


@template("arithmetic", "zh")
def r8_ar_zh_factorial(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.randint(5, 13)
    return f"{n}的阶乘是多少？", num(math.factorial(n))


# Geometry oracles ------------------------------------------------------------------------------


def cross(o: Point, a: Point, b: Point) -> int:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def d2(a: Point, b: Point) -> int:
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2


def on_segment(p: Point, a: Point, b: Point) -> bool:
    return (cross(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
            and min(a[1], b[1]) <= p[1] <= max(a[1], b[1]))


def proper_cross(a: Point, b: Point, c: Point, d: Point) -> bool | None:
    """True/False when segments ab and cd cross properly / are disjoint; None when degenerate
    (any orientation is zero)."""
    o = (cross(a, b, c), cross(a, b, d), cross(c, d, a), cross(c, d, b))
    if 0 in o:
        return None
    return (o[0] > 0) != (o[1] > 0) and (o[2] > 0) != (o[3] > 0)


def point_in_polygon(p: Point, poly: list[Point]) -> str:
    n = len(poly)
    for k in range(n):
        if on_segment(p, poly[k], poly[(k + 1) % n]):
            return "boundary"
    inside = False
    for k in range(n):
        a, b = poly[k], poly[(k + 1) % n]
        if (a[1] > p[1]) != (b[1] > p[1]):
            x = a[0] + Fraction((p[1] - a[1]) * (b[0] - a[0]), b[1] - a[1])
            if p[0] < x:
                inside = not inside
    return "inside" if inside else "outside"


def polygon_area(poly: list[Point]) -> Fraction:
    s = sum(poly[k][0] * poly[(k + 1) % len(poly)][1] - poly[(k + 1) % len(poly)][0] * poly[k][1]
            for k in range(len(poly)))
    return Fraction(abs(s), 2)


def is_simple(poly: list[Point]) -> bool:
    n = len(poly)
    for k in range(n):
        if cross(poly[k - 1], poly[k], poly[(k + 1) % n]) == 0:
            return False
    for k in range(n):
        for m in range(k + 1, n):
            if m == k + 1 or (k == 0 and m == n - 1):
                continue
            a, b = poly[k], poly[(k + 1) % n]
            c, d = poly[m], poly[(m + 1) % n]
            o = (cross(a, b, c), cross(a, b, d), cross(c, d, a), cross(c, d, b))
            if ((o[0] > 0) != (o[1] > 0) or 0 in o[:2]) and ((o[2] > 0) != (o[3] > 0)
                                                              or 0 in o[2:]):
                if 0 in o:
                    if any(on_segment(p, s, t) for p, s, t in
                           ((c, a, b), (d, a, b), (a, c, d), (b, c, d))):
                        return False
                else:
                    return False
    return True


def star_polygon(rng: random.Random, k: int, span: int = 12) -> list[Point]:
    """A simple polygon with k integer vertices, star-shaped around a lattice point."""
    while True:
        cx, cy = rng.randint(-3, 6), rng.randint(-3, 6)
        pts: list[Point] = []
        while len(pts) < k:
            p = (cx + rng.randint(-span, span), cy + rng.randint(-span, span))
            if p != (cx, cy) and p not in pts:
                pts.append(p)
        c = (cx, cy)
        if any(cross(c, p, q) == 0 and (p[0] - cx) * (q[0] - cx) + (p[1] - cy) * (q[1] - cy) > 0
               for p in pts for q in pts if p != q):
            continue
        pts.sort(key=lambda p: math.atan2(p[1] - cy, p[0] - cx))
        if all(cross(c, pts[m], pts[(m + 1) % k]) > 0 for m in range(k)) and is_simple(pts):
            return pts


def convex_polygon(rng: random.Random, k: int, span: int = 10) -> list[Point]:
    while True:
        poly = star_polygon(rng, k, span)
        if all(cross(poly[m - 1], poly[m], poly[(m + 1) % k]) > 0 for m in range(k)):
            return poly


def lattice_on_edge(rng: random.Random, poly: list[Point]) -> Point | None:
    edges = list(range(len(poly)))
    rng.shuffle(edges)
    for k in edges:
        a, b = poly[k], poly[(k + 1) % len(poly)]
        g = math.gcd(b[0] - a[0], b[1] - a[1])
        if g >= 2:
            t = rng.randint(1, g - 1)
            return (a[0] + (b[0] - a[0]) // g * t, a[1] + (b[1] - a[1]) // g * t)
    return None


def pick_point(rng: random.Random, poly: list[Point], want: str) -> Point | None:
    if want == "boundary":
        return lattice_on_edge(rng, poly)
    xs, ys = [p[0] for p in poly], [p[1] for p in poly]
    for _ in range(500):
        p = (rng.randint(min(xs) - 3, max(xs) + 3), rng.randint(min(ys) - 3, max(ys) + 3))
        if p not in poly and point_in_polygon(p, poly) == want:
            return p
    return None


def polygon_with_point(rng: random.Random, k: int, want: str,
                       convex: bool = False) -> tuple[list[Point], Point]:
    while True:
        poly = convex_polygon(rng, k) if convex else star_polygon(rng, k)
        p = pick_point(rng, poly, want)
        if p is not None:
            assert point_in_polygon(p, poly) == want
            return poly, p


def circle_relation(c1: Point, r1: int, c2: Point, r2: int) -> str:
    """separate / external_tangent / crossing / internal_tangent / contained / concentric."""
    dd = d2(c1, c2)
    if dd == 0:
        return "concentric"
    if dd > (r1 + r2) ** 2:
        return "separate"
    if dd == (r1 + r2) ** 2:
        return "external_tangent"
    if dd > (r1 - r2) ** 2:
        return "crossing"
    if dd == (r1 - r2) ** 2:
        return "internal_tangent"
    return "contained"


POINTS_IN_COMMON = {"separate": 0, "external_tangent": 1, "crossing": 2, "internal_tangent": 1,
                    "contained": 0}
TRIPLES = [(3, 4, 5), (4, 3, 5), (6, 8, 10), (5, 12, 13), (8, 6, 10), (0, 7, 7), (9, 0, 9),
           (12, 5, 13), (8, 15, 17)]


def circle_pair(rng: random.Random, kinds: tuple[str, ...]) -> tuple[Point, int, Point, int, str]:
    """Two circles whose relation is one of ``kinds`` (never concentric)."""
    want = rng.choice(kinds)
    while True:
        c1 = (rng.randint(-8, 8), rng.randint(-8, 8))
        if want in ("external_tangent", "internal_tangent"):
            dx, dy, dist = rng.choice(TRIPLES)
            dx, dy = dx * rng.choice((1, -1)), dy * rng.choice((1, -1))
            c2 = (c1[0] + dx, c1[1] + dy)
            if want == "external_tangent":
                r1 = rng.randint(1, dist - 1)
                r2 = dist - r1
            else:
                r2 = rng.randint(1, 6)
                r1 = r2 + dist
                if rng.random() < 0.5:
                    c1, r1, c2, r2 = c2, r2, c1, r1
        else:
            c2 = (rng.randint(-8, 12), rng.randint(-8, 12))
            r1, r2 = rng.randint(1, 12), rng.randint(1, 12)
        rel = circle_relation(c1, r1, c2, r2)
        if rel == want:
            return c1, r1, c2, r2, rel


def segment_circle_count(p: Point, q: Point, c: Point, r: int) -> int | None:
    """Points shared by segment pq and the circle; None for tangency or an endpoint on it."""
    dx, dy = q[0] - p[0], q[1] - p[1]
    fx, fy = p[0] - c[0], p[1] - c[1]
    a = dx * dx + dy * dy
    b = 2 * (fx * dx + fy * dy)
    cc = fx * fx + fy * fy - r * r
    f0, f1 = cc, a + b + cc
    disc = b * b - 4 * a * cc
    if f0 == 0 or f1 == 0 or disc == 0 or a == 0:
        return None
    if (f0 > 0) != (f1 > 0):
        return 1
    if f0 < 0:
        return 0  # both endpoints inside: the segment never reaches the circle
    if disc < 0:
        return 0
    vertex = Fraction(-b, 2 * a)
    return 2 if 0 < vertex < 1 else 0


def segment_polygon_count(p: Point, q: Point, poly: list[Point]) -> int | None:
    total = 0
    for k in range(len(poly)):
        hit = proper_cross(p, q, poly[k], poly[(k + 1) % len(poly)])
        if hit is None:
            return None
        total += hit
    return total


def perimeter_expected(poly: list[Point]) -> Expected:
    sides = [d2(poly[k], poly[(k + 1) % len(poly)]) for k in range(len(poly))]
    whole = sum(math.isqrt(s) for s in sides if math.isqrt(s) ** 2 == s)
    roots = [f"sqrt({s})" for s in sides if math.isqrt(s) ** 2 != s]
    if not roots:
        return num(whole)
    return real(" + ".join(([str(whole)] if whole else []) + roots))


def distance_expected(a: Point, b: Point) -> Expected:
    return sqrt_value(d2(a, b))


# Coordinate formats ----------------------------------------------------------------------------


def pt(p: Point, tight: bool = False) -> str:
    return f"({p[0]},{p[1]})" if tight else f"({p[0]}, {p[1]})"


def pts(poly: list[Point], sep: str = ", ", tight: bool = False) -> str:
    return sep.join(pt(p, tight) for p in poly)


def circle_eq(c: Point, r: int) -> str:
    def part(var: str, v: int) -> str:
        if v == 0:
            return f"{var}²"
        return f"({var} − {v})²" if v > 0 else f"({var} + {-v})²"
    return f"{part('x', c[0])} + {part('y', c[1])} = {r * r}"


# Geometry, English -----------------------------------------------------------------------------


@template("geometry", "en")
def r8_ge_circles_intersect_yesno(rng: random.Random, i: int) -> tuple[str, Expected]:
    c1, r1, c2, r2, rel = circle_pair(rng, ("separate", "crossing"))
    return (f"Do the circle centered at {pt(c1)} with radius {r1} and the circle centered at "
            f"{pt(c2)} with radius {r2} intersect?", yes_no(rel == "crossing"))


@template("geometry", "en")
def r8_ge_zones_overlap(rng: random.Random, i: int) -> tuple[str, Expected]:
    c1, r1, c2, r2, rel = circle_pair(rng, ("separate", "crossing"))
    return (f"Two circular coverage zones on a site map: zone A has its centre at {pt(c1, True)} "
            f"and r = {r1}; zone B has its centre at {pt(c2, True)} and r = {r2}. "
            "Do the two zones overlap?", yes_no(rel == "crossing"))


@template("geometry", "en")
def r8_ge_circle_contains(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        c1, r1, c2, r2, rel = circle_pair(rng, ("contained", "crossing", "separate"))
        if r1 > r2:
            break
    return (f"Circle P has center {pt(c1)} and radius {r1}. Circle Q has center {pt(c2)} and "
            f"radius {r2}. Does circle P completely contain circle Q?",
            yes_no(rel == "contained"))


@template("geometry", "en")
def r8_ge_circles_tangent(rng: random.Random, i: int) -> tuple[str, Expected]:
    c1, r1, c2, r2, rel = circle_pair(rng, ("external_tangent", "separate", "crossing"))
    return (f"Are the circles {circle_eq(c1, r1)} and {circle_eq(c2, r2)} tangent to each "
            "other?", yes_no(rel == "external_tangent"))


@template("geometry", "en")
def r8_ge_circle_equations_count(rng: random.Random, i: int) -> tuple[str, Expected]:
    c1, r1, c2, r2, rel = circle_pair(rng, tuple(POINTS_IN_COMMON))
    return (f"How many points do the circles {circle_eq(c1, r1)} and {circle_eq(c2, r2)} have "
            "in common?", num(POINTS_IN_COMMON[rel]))


@template("geometry", "en")
def r8_ge_circle_diameter_count(rng: random.Random, i: int) -> tuple[str, Expected]:
    c1, r1, c2, r2, rel = circle_pair(rng, ("separate", "crossing", "contained",
                                            "external_tangent"))
    return (f"Circle A: center {pt(c1)}, diameter {2 * r1}. Circle B: center {pt(c2)}, "
            f"diameter {2 * r2}. Determine the number of intersection points of A and B.",
            num(POINTS_IN_COMMON[rel]))


@template("geometry", "en")
def r8_ge_segments_cross_labeled(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        a, b, c, d = ((rng.randint(-5, 10), rng.randint(-5, 10)) for _ in range(4))
        hit = proper_cross(a, b, c, d)
        if hit is not None and hit == (i % 2 == 0):
            break
    return (f"Does segment AB with A{pt(a, True)} and B{pt(b, True)} cross segment CD with "
            f"C{pt(c, True)} and D{pt(d, True)}?", yes_no(hit))


@template("geometry", "en")
def r8_ge_segments_count(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        a, b, c, d = ((rng.randint(0, 12), rng.randint(0, 12)) for _ in range(4))
        hit = proper_cross(a, b, c, d)
        if hit is not None and hit == (i % 2 == 1):
            break
    return (f"How many intersection points are there between the line segment from {pt(a)} to "
            f"{pt(b)} and the line segment from {pt(c)} to {pt(d)}?", num(int(hit)))


@template("geometry", "en")
def r8_ge_segment_circle_count(rng: random.Random, i: int) -> tuple[str, Expected]:
    want = i % 3
    while True:
        p, q = (rng.randint(-10, 10), rng.randint(-10, 10)), (rng.randint(-10, 10),
                                                              rng.randint(-10, 10))
        c, r = (rng.randint(-4, 4), rng.randint(-4, 4)), rng.randint(2, 7)
        n = segment_circle_count(p, q, c, r)
        if n == want:
            break
    return (f"How many times does the line segment from P{pt(p)} to Q{pt(q)} meet the circle "
            f"with center {pt(c)} and radius {r}?", num(n))


@template("geometry", "en")
def r8_ge_segment_rectangle_count(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        x0, y0 = rng.randint(-5, 3), rng.randint(-5, 3)
        w, h = rng.randint(3, 9), rng.randint(3, 9)
        rect = [(x0, y0), (x0 + w, y0), (x0 + w, y0 + h), (x0, y0 + h)]
        p = (rng.randint(-9, 14), rng.randint(-9, 14))
        q = (rng.randint(-9, 14), rng.randint(-9, 14))
        n = segment_polygon_count(p, q, rect)
        if n is not None and n == i % 3:
            break
    return (f"A rectangle has corners {pts(rect)}. How many points does the segment joining "
            f"{pt(p)} and {pt(q)} share with the rectangle's boundary?", num(n))


@template("geometry", "en")
def r8_ge_pip_three_way(rng: random.Random, i: int) -> tuple[str, Expected]:
    want = ("inside", "boundary", "outside")[(i + rng.randint(0, 2)) % 3]
    poly, p = polygon_with_point(rng, rng.randint(5, 7), want)
    return (f"Is the point {pt(p)} inside, outside, or on the boundary of the polygon with "
            f"vertices {pts(poly)}?", relation(want))


@template("geometry", "en")
def r8_ge_triangle_contains_point(rng: random.Random, i: int) -> tuple[str, Expected]:
    want = ("inside", "outside")[i % 2]
    poly, p = polygon_with_point(rng, 3, want, convex=True)
    return (f"Does the triangle with corners {pts(poly, ' , ')} contain the point {pt(p)} in "
            "its interior?", relation(want, yes_if="inside"))


@template("geometry", "en")
def r8_ge_quad_labeled_where(rng: random.Random, i: int) -> tuple[str, Expected]:
    want = ("boundary", "inside", "outside")[i % 3]
    poly, p = polygon_with_point(rng, 4, want)
    labels = "ABCD"
    verts = ", ".join(f"{labels[k]} = {pt(poly[k])}" for k in range(4))
    return (f"Quadrilateral ABCD has {verts}. Where does P = {pt(p)} lie relative to ABCD: "
            "inside it, on its boundary, or outside it?", relation(want))


@template("geometry", "en")
def r8_ge_geofence(rng: random.Random, i: int) -> tuple[str, Expected]:
    want = ("outside", "inside")[i % 2]
    poly, p = polygon_with_point(rng, rng.randint(5, 8), want)
    return (f"geofence polygon (vertices in order): [{pts(poly, tight=True)}]. device reported "
            f"at {pt(p, True)}. is the device outside the fence?",
            relation(want, yes_if="outside"))


@template("geometry", "en")
def r8_ge_polygon_area_find(rng: random.Random, i: int) -> tuple[str, Expected]:
    poly = star_polygon(rng, rng.randint(5, 7))
    return (f"Find the area of the polygon whose vertices, taken in order, are {pts(poly)}.",
            num(polygon_area(poly)))


@template("geometry", "en")
def r8_ge_area_data_first(rng: random.Random, i: int) -> tuple[str, Expected]:
    poly = convex_polygon(rng, rng.randint(4, 6))
    return (f"Vertices in order: {pts(poly, '; ')}. What's the enclosed area?",
            num(polygon_area(poly)))


@template("geometry", "en")
def r8_ge_polygon_perimeter(rng: random.Random, i: int) -> tuple[str, Expected]:
    poly = convex_polygon(rng, rng.randint(4, 5), 8)
    return (f"What is the perimeter of the polygon with vertices {pts(poly)}? "
            "Give an exact answer.", perimeter_expected(poly))


@template("geometry", "en")
def r8_ge_rectangle_perimeter(rng: random.Random, i: int) -> tuple[str, Expected]:
    x0, y0 = rng.randint(-10, 10), rng.randint(-10, 10)
    w, h = rng.randint(2, 30), rng.randint(2, 30)
    rect = [(x0, y0), (x0 + w, y0), (x0 + w, y0 + h), (x0, y0 + h)]
    rng.shuffle(rect)
    rect.sort(key=lambda p: math.atan2(p[1] - y0 - h / 2, p[0] - x0 - w / 2))
    return (f"An axis-aligned rectangle has its four corners at {pts(rect)}. "
            "How long is its perimeter?", num(2 * (w + h)))


@template("geometry", "en")
def r8_ge_distance_plain(rng: random.Random, i: int) -> tuple[str, Expected]:
    a = (rng.randint(-20, 20), rng.randint(-20, 20))
    b = (rng.randint(-20, 20), rng.randint(-20, 20))
    if a == b:
        b = (b[0] + 1, b[1])
    return f"What is the distance between {pt(a)} and {pt(b)}?", distance_expected(a, b)


@template("geometry", "en")
def r8_ge_distance_labeled(rng: random.Random, i: int) -> tuple[str, Expected]:
    a = (rng.randint(-9, 9), rng.randint(-9, 9))
    dx, dy, _ = rng.choice(TRIPLES)
    b = (a[0] + dx * rng.choice((1, -1)), a[1] + dy * rng.choice((1, -1)))
    return f"Let A = {pt(a)} and B = {pt(b)}. Compute |AB|.", distance_expected(a, b)


@template("geometry", "en")
def r8_ge_distance_casual(rng: random.Random, i: int) -> tuple[str, Expected]:
    a = (rng.randint(0, 15), rng.randint(0, 15))
    b = (rng.randint(0, 15), rng.randint(0, 15))
    if a == b:
        b = (b[0], b[1] + 2)
    return (f"how far apart are the points {pt(a, True)} and {pt(b, True)}? exact value pls",
            distance_expected(a, b))


@template("geometry", "en")
def r8_ge_pcb_pads(rng: random.Random, i: int) -> tuple[str, Expected]:
    a = (rng.randint(0, 40), rng.randint(0, 40))
    dx, dy, _ = rng.choice(TRIPLES[:5] + TRIPLES[7:])
    b = (a[0] + dx * rng.randint(1, 3), a[1] + dy * rng.randint(1, 3))
    return (f"I'm laying out a board. Pad 1 sits at {pt(a)} and pad 2 at {pt(b)}, both in the "
            "same grid units. What's the straight-line distance between the pads?",
            distance_expected(a, b))


@template("geometry", "en")
def r8_ge_triangle_area_vertices(rng: random.Random, i: int) -> tuple[str, Expected]:
    tri = convex_polygon(rng, 3, 12)
    return (f"Determine the area of the triangle with vertices {pts(tri)}.",
            num(polygon_area(tri)))


@template("geometry", "en")
def r8_ge_triangle_base_height(rng: random.Random, i: int) -> tuple[str, Expected]:
    b, h = rng.randint(3, 40), rng.randint(3, 40)
    return (f"A triangle has a base of length {b} and a height of {h}. What is its area?",
            num(Fraction(b * h, 2)))


@template("geometry", "en")
def r8_ge_triangle_heron(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        a, b, c = sorted(rng.randint(3, 20) for _ in range(3))
        if a + b > c:
            break
    p16 = (a + b + c) * (-a + b + c) * (a - b + c) * (a + b - c)
    root = math.isqrt(p16)
    exp = num(Fraction(root, 4)) if root * root == p16 else real(f"sqrt({p16})/4")
    return (f"The sides of a triangle measure {a}, {b} and {c}. Compute its area exactly.", exp)


@template("geometry", "en")
def r8_ge_circle_area_radius(rng: random.Random, i: int) -> tuple[str, Expected]:
    r = rng.randint(2, 30)
    return (f"What is the area of a circle with radius {r}? Leave the answer in terms of pi.",
            pi_times(Fraction(r * r)))


@template("geometry", "en")
def r8_ge_circle_area_diameter(rng: random.Random, i: int) -> tuple[str, Expected]:
    dia = rng.randint(3, 41)
    return (f"A circular table top has a diameter of {dia}. Find its area (exact, in terms of π).",
            pi_times(Fraction(dia * dia, 4)))


@template("geometry", "en")
def r8_ge_boxed_triangle(rng: random.Random, i: int) -> tuple[str, Expected]:
    tri = convex_polygon(rng, 3, 9)
    a, b, c = tri
    return (f"In triangle ABC, A{pt(a)}, B{pt(b)}, C{pt(c)}. Find the area of triangle ABC. "
            "Put the final answer in \\boxed{}.", num(polygon_area(tri)))


@template("geometry", "en")
def r8_ge_nonnative_circles(rng: random.Random, i: int) -> tuple[str, Expected]:
    c1, r1, c2, r2, rel = circle_pair(rng, tuple(POINTS_IN_COMMON))
    return (f"i have circle center {pt(c1)} radius {r1} and other circle center {pt(c2)} "
            f"radius {r2}. how many common point they have?", num(POINTS_IN_COMMON[rel]))


@template("geometry", "en")
def r8_ge_step_square_point(rng: random.Random, i: int) -> tuple[str, Expected]:
    x0, y0, s = rng.randint(-6, 6), rng.randint(-6, 6), rng.randint(3, 12)
    sq = [(x0, y0), (x0 + s, y0), (x0 + s, y0 + s), (x0, y0 + s)]
    while True:
        p = (rng.randint(x0 - 4, x0 + s + 4), rng.randint(y0 - 4, y0 + s + 4))
        rel = point_in_polygon(p, sq)
        if rel != "boundary" and (rel == "inside") == (i % 2 == 0):
            break
    return (f"Think step by step. A square has vertices {pts(sq)}. Is the point {pt(p)} strictly "
            "inside the square? Answer yes or no.", relation(rel, yes_if="inside"))


# Geometry, Chinese -----------------------------------------------------------------------------


@template("geometry", "zh")
def r8_ge_zh_circles_intersect(rng: random.Random, i: int) -> tuple[str, Expected]:
    c1, r1, c2, r2, rel = circle_pair(rng, ("separate", "crossing"))
    return (f"圆心为{pt(c1)}、半径为{r1}的圆与圆心为{pt(c2)}、半径为{r2}的圆是否相交？",
            yes_no(rel == "crossing"))


@template("geometry", "zh")
def r8_ge_zh_circles_count(rng: random.Random, i: int) -> tuple[str, Expected]:
    c1, r1, c2, r2, rel = circle_pair(rng, tuple(POINTS_IN_COMMON))
    return (f"圆A的圆心是{pt(c1, True)}，半径{r1}；圆B的圆心是{pt(c2, True)}，半径{r2}。"
            "两圆有几个交点？", num(POINTS_IN_COMMON[rel]))


@template("geometry", "zh")
def r8_ge_zh_circles_tangent(rng: random.Random, i: int) -> tuple[str, Expected]:
    c1, r1, c2, r2, rel = circle_pair(rng, ("external_tangent", "internal_tangent", "separate",
                                            "crossing"))
    return (f"判断圆{circle_eq(c1, r1)}与圆{circle_eq(c2, r2)}是否相切。",
            yes_no(rel in ("external_tangent", "internal_tangent")))


@template("geometry", "zh")
def r8_ge_zh_pip(rng: random.Random, i: int) -> tuple[str, Expected]:
    want = ("inside", "boundary", "outside")[i % 3]
    poly, p = polygon_with_point(rng, rng.randint(4, 6), want)
    return (f"多边形的顶点依次为{pts(poly, '、')}。点{pt(p)}在多边形的内部、边界上还是外部？",
            relation(want))


@template("geometry", "zh")
def r8_ge_zh_polygon_area(rng: random.Random, i: int) -> tuple[str, Expected]:
    poly = star_polygon(rng, rng.randint(4, 6))
    return f"求顶点依次为{pts(poly, '，')}的多边形的面积。", num(polygon_area(poly))


@template("geometry", "zh")
def r8_ge_zh_distance(rng: random.Random, i: int) -> tuple[str, Expected]:
    a = (rng.randint(-10, 10), rng.randint(-10, 10))
    b = (rng.randint(-10, 10), rng.randint(-10, 10))
    if a == b:
        b = (b[0] + 3, b[1])
    return f"求点A{pt(a)}和点B{pt(b)}之间的距离。", distance_expected(a, b)


@template("geometry", "zh")
def r8_ge_zh_circle_area(rng: random.Random, i: int) -> tuple[str, Expected]:
    r = rng.randint(2, 25)
    return f"半径为{r}的圆的面积是多少？（用π表示）", pi_times(Fraction(r * r))


@template("geometry", "zh")
def r8_ge_zh_triangle_area(rng: random.Random, i: int) -> tuple[str, Expected]:
    tri = convex_polygon(rng, 3, 10)
    return (f"三角形的三个顶点分别是{pts(tri, '、')}，求这个三角形的面积。",
            num(polygon_area(tri)))


@template("geometry", "zh")
def r8_ge_zh_segments(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        a, b, c, d = ((rng.randint(-6, 9), rng.randint(-6, 9)) for _ in range(4))
        hit = proper_cross(a, b, c, d)
        if hit is not None and hit == (i % 2 == 0):
            break
    return (f"线段AB的端点是A{pt(a, True)}、B{pt(b, True)}，线段CD的端点是C{pt(c, True)}、"
            f"D{pt(d, True)}。这两条线段相交吗？", yes_no(hit))


@template("geometry", "zh")
def r8_ge_zh_rect_perimeter(rng: random.Random, i: int) -> tuple[str, Expected]:
    x0, y0 = rng.randint(-8, 8), rng.randint(-8, 8)
    w, h = rng.randint(2, 25), rng.randint(2, 25)
    rect = [(x0, y0), (x0 + w, y0), (x0 + w, y0 + h), (x0, y0 + h)]
    return f"一个矩形的四个顶点是{pts(rect, '、')}，它的周长是多少？", num(2 * (w + h))


# Negatives -------------------------------------------------------------------------------------

# (category, lang, nearest family or None, prompt)
NEGATIVES: list[tuple[str, str, str | None, str]] = [
    ("unit_conversion", "en", "arithmetic", "Convert 26.2 miles to kilometers."),
    ("unit_conversion", "en", "arithmetic", "How many ounces are in 3.5 pounds?"),
    ("unit_conversion", "en", "arithmetic", "What is 72 degrees Fahrenheit in Celsius?"),
    ("currency", "en", "arithmetic", "What's 250 US dollars in euros right now?"),
    ("currency", "en", "arithmetic", "Convert 5,000 yen to British pounds at today's rate."),
    ("currency", "en", "arithmetic",
     "If I split a 1,000 CHF bill with friends abroad, how much is each share in USD?"),
    ("base", "en", "arithmetic", "What is 101101 in binary converted to decimal?"),
    ("base", "en", "arithmetic", "Add 0x1F and 0x2A and give the result in hexadecimal."),
    ("base", "en", "arithmetic", "Write 255 in base 7."),
    ("rounding", "en", "arithmetic", "Round 3.14159 to two decimal places."),
    ("rounding", "en", "arithmetic",
     "Using banker's rounding, what does 2.5 round to?"),
    ("rounding", "en", "arithmetic", "What is 1,234,567 rounded to the nearest thousand?"),
    ("algebra", "en", "arithmetic", "Solve 3x + 7 = 25 for x."),
    ("algebra", "en", "arithmetic", "If y squared equals 49, what is y?"),
    ("algebra", "en", "arithmetic", "Simplify (a + b)^2 - (a - b)^2."),
    ("geometry_missing", "en", "geometry",
     "What is the area of a triangle with two sides 5 and 7?"),
    ("geometry_missing", "en", "geometry",
     "Do the circles centered at (0, 0) and (5, 0) intersect?"),
    ("geometry_missing", "en", "geometry",
     "Is the point (3, 4) inside the polygon I drew earlier?"),
    ("geometry_3d", "en", "geometry", "What is the volume of a sphere with radius 3?"),
    ("geometry_3d", "en", "geometry",
     "Find the distance between the points (1, 2, 3) and (4, 6, 15) in space."),
    ("geometry_3d", "en", "geometry", "What's the surface area of a cube with edge length 4?"),
    ("real_world", "en", "geometry", "What is the area of France in square kilometres?"),
    ("real_world", "en", "geometry", "How far is it from Paris to Berlin?"),
    ("real_world", "en", "geometry",
     "What's the distance between the Eiffel Tower and the Louvre as the crow flies?"),
    ("code_semantics", "en", "arithmetic", "In Python, what does 7 // -2 evaluate to?"),
    ("code_semantics", "en", "arithmetic", "What does -7 % 3 return in C?"),
    ("code_semantics", "en", "arithmetic", "In JavaScript, what is printed by 0.1 + 0.2?"),
    ("datetime", "en", "arithmetic", "What date is 90 days after March 3, 2024?"),
    ("datetime", "en", "arithmetic", "If it's 10:45 pm now, what time will it be in 7.5 hours?"),
    ("datetime", "en", "arithmetic",
     "How many days are there between Christmas 2023 and Easter 2024?"),
    ("statistics_unspecified", "en", "arithmetic", "What is the average height of my classmates?"),
    ("statistics_unspecified", "en", "arithmetic",
     "Compute the standard deviation of the data set from yesterday's experiment."),
    ("statistics_unspecified", "en", "arithmetic",
     "What's the median salary in our company?"),
    ("trick", "en", "arithmetic", "What is the last digit of pi?"),
    ("trick", "en", "arithmetic", "What is the largest prime number?"),
    ("trick", "en", "geometry", "What is the area of a triangle with sides 1, 2 and 10?"),
    ("unit_conversion", "zh", "arithmetic", "5英里等于多少公里？"),
    ("unit_conversion", "zh", "arithmetic", "3斤是多少克？"),
    ("currency", "zh", "arithmetic", "100美元现在能换多少人民币？"),
    ("currency", "zh", "arithmetic", "按今天的汇率，5000日元等于多少欧元？"),
    ("base", "zh", "arithmetic", "把二进制数1101转换成十进制是多少？"),
    ("base", "zh", "arithmetic", "十六进制的FF加1等于多少（用十六进制表示）？"),
    ("algebra", "zh", "arithmetic", "解方程：2x + 5 = 17。"),
    ("algebra", "zh", "arithmetic", "如果x的平方等于81，x是多少？"),
    ("geometry_missing", "zh", "geometry", "一个三角形两条边分别是3和4，它的面积是多少？"),
    ("geometry_missing", "zh", "geometry", "圆心在(0,0)和(6,0)的两个圆相交吗？"),
    ("real_world", "zh", "geometry", "北京到上海的直线距离是多少公里？"),
    ("real_world", "zh", "geometry", "中国的国土面积是多少平方公里？"),
    ("datetime", "zh", "arithmetic", "2024年3月1日往后推100天是几月几号？"),
    ("datetime", "zh", "arithmetic", "现在是晚上9点半，再过8个小时是几点？"),
]


# Building --------------------------------------------------------------------------------------


def _split(names: list[str], rng: random.Random) -> dict[str, str]:
    order = sorted(names)
    rng.shuffle(order)
    n_dev = int(len(order) * DEV_SHARE + 0.5)
    return {name: (f"dev{ROUND}" if k < n_dev else f"heldout{ROUND}")
            for k, name in enumerate(order)}


def build() -> list[dict[str, Any]]:
    master = random.Random(SEED)
    records: list[dict[str, Any]] = []
    seen: set[str] = set()
    for family in ("arithmetic", "geometry"):
        for lang in ("en", "zh"):
            fns = TEMPLATES[(family, lang)]
            split_of = _split([fn.__name__ for fn in fns], random.Random(master.getrandbits(64)))
            for fn in fns:
                rng = random.Random(master.getrandbits(64))
                for i in range(PER_TEMPLATE):
                    for _ in range(1000):
                        prompt, expected = fn(rng, i)
                        if prompt not in seen:
                            break
                    else:
                        raise RuntimeError(f"{fn.__name__}: cannot make a new prompt")
                    seen.add(prompt)
                    records.append({
                        "id": f"r{ROUND}-{family[:3]}-{lang}-{fn.__name__[3:]}-{i}",
                        "split": split_of[fn.__name__], "kind": "positive", "family": family,
                        "lang": lang, "template": fn.__name__, "prompt": prompt,
                        "expected": expected})
    groups: dict[tuple[str, str], list[tuple[str, str, str | None, str]]] = {}
    for neg in NEGATIVES:
        groups.setdefault((neg[0], neg[1]), []).append(neg)
    odd_to_dev = True  # odd-sized groups alternate which split gets the extra prompt
    for (category, lang), items in sorted(groups.items()):
        rng = random.Random(master.getrandbits(64))
        order = list(range(len(items)))
        rng.shuffle(order)
        n_dev = math.floor(len(items) * DEV_SHARE)
        if len(items) * DEV_SHARE != n_dev:
            n_dev += odd_to_dev
            odd_to_dev = not odd_to_dev
        for rank, k in enumerate(order):
            _, _, family, prompt = items[k]
            assert prompt not in seen, prompt
            seen.add(prompt)
            records.append({
                "id": f"r{ROUND}-neg-{category}-{lang}-{k}",
                "split": f"dev{ROUND}" if rank < n_dev else f"heldout{ROUND}",
                "kind": "negative", "family": family, "lang": lang,
                "template": f"r{ROUND}_neg_{category}_{lang}_{k}", "prompt": prompt,
                "expected": None,
                "category": category})
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    return records


# Self-check ------------------------------------------------------------------------------------


def _load_compare() -> Any:
    name = "routing_compare_round8"
    spec = importlib.util.spec_from_file_location(name, HERE / "compare.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _canonical_and_wrong(expected: Expected) -> tuple[str, str]:
    kind, answer = expected["type"], expected["answer"]
    if kind == "number":
        return answer, fstr(Fraction(answer) + 1)
    if kind == "real":
        return answer, f"({answer}) + 1"
    if kind == "bool":
        return answer, "no" if answer == "yes" else "yes"
    if kind == "relation":
        return answer, "outside" if answer != "outside" else "inside"
    raise ValueError(kind)


def self_check(records: list[dict[str, Any]]) -> None:
    compare = _load_compare()
    keys = {"id", "split", "kind", "family", "lang", "template", "prompt", "expected"}
    for rec in records:
        extra = {"category"} if rec["kind"] == "negative" else set()
        assert set(rec) == keys | extra, rec["id"]
        if rec["kind"] != "positive":
            continue
        good, bad = _canonical_and_wrong(rec["expected"])
        assert compare.matches(rec["expected"], good), (rec["id"], good)
        assert not compare.matches(rec["expected"], bad), (rec["id"], bad)
    assert len({r["prompt"] for r in records}) == len(records)


def main() -> None:
    records = build()
    for split in (f"dev{ROUND}", f"heldout{ROUND}"):
        path = HERE / f"corpus_{split}.jsonl"
        with path.open("w", encoding="utf-8", newline="\n") as f:
            for rec in records:
                if rec["split"] == split:
                    f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    self_check(records)
    counts = Counter((r["split"], r["family"], r["lang"], r["kind"]) for r in records)
    for key in sorted(counts, key=str):
        print(*key, counts[key], sep="\t")
    for (family, lang), fns in sorted(TEMPLATES.items()):
        print(f"templates {family}/{lang}: {len(fns)}")
    print(f"total {len(records)} records; self-check passed")


if __name__ == "__main__":
    main()
