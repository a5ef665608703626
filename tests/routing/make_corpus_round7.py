"""Routing corpus, round 7: everyday questions as the general public asks a chat assistant.

Written blind: the author read only ``tests/routing/compare.py`` (the answer schema and its
matchers), never the solvers, the router rules, or earlier corpora and generators. The prompts
are plain everyday English and Chinese, short and long, some with a harmless context sentence,
polite openings or closings, or a benchmark wrapper ("Q: ... A:", "Think step by step",
"\\boxed{}", "Answer with just the number").

Every expected answer is computed here by an independent oracle (Python ints, Fractions, trial
division, direct string counting, exact analytic geometry). Positives come from one template
function per phrasing; templates of each (family, lang) are split 30% dev7 / 70% heldout7 with
a seeded shuffle, negatives likewise within each (category, lang). The output is a pure
function of SEED.

Usage: .venv/bin/python tests/routing/make_corpus_round7.py
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

SEED = 77_070_707
PER_TEMPLATE = 4
DEV_SHARE = 0.3
HERE = Path(__file__).resolve().parent
FAMILIES = ("arithmetic", "comparison", "number_theory", "counting", "geometry")
LANGS = ("en", "zh")

Template = Callable[[random.Random, int], tuple[str, dict[str, Any]]]
TEMPLATES: dict[tuple[str, str], list[Template]] = {(f, g): [] for f in FAMILIES for g in LANGS}


def register(family: str, lang: str) -> Callable[[Template], Template]:
    def deco(fn: Template) -> Template:
        assert fn.__name__.startswith("r7_"), fn.__name__
        TEMPLATES[(family, lang)].append(fn)
        return fn
    return deco


# Expected answers -------------------------------------------------------------------------------


def fstr(q: Fraction | int) -> str:
    q = Fraction(q)
    return str(q.numerator) if q.denominator == 1 else f"{q.numerator}/{q.denominator}"


def e_num(q: Fraction | int) -> dict[str, Any]:
    return {"type": "number", "answer": fstr(q)}


def e_real(expr: str) -> dict[str, Any]:
    return {"type": "real", "answer": expr}


def e_bool(b: bool) -> dict[str, Any]:
    return {"type": "bool", "answer": "yes" if b else "no"}


def e_choice(text: str) -> dict[str, Any]:
    return {"type": "choice", "answer": text}


def e_text(text: str) -> dict[str, Any]:
    return {"type": "text", "answer": text}


def e_word(text: str) -> dict[str, Any]:
    return {"type": "word_choice", "answer": text}


def e_list(items: list[str], elem: str, ordered: bool, order: str | None = None
           ) -> dict[str, Any]:
    d: dict[str, Any] = {"type": "list", "elem": elem, "ordered": ordered, "answer": items}
    if order is not None:
        d["order"] = order
    return d


def e_rel(answer: str, yes_if: str | None = None) -> dict[str, Any]:
    d: dict[str, Any] = {"type": "relation", "answer": answer}
    if yes_if is not None:
        d["yes_if"] = yes_if
    return d


def e_fact(n: int) -> dict[str, Any]:
    return {"type": "factorization", "n": n,
            "answer": [[p, e] for p, e in sorted(factorize(n).items())]}


# Oracles ---------------------------------------------------------------------------------------


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
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


def primes_below(n: int) -> list[int]:
    return [k for k in range(2, n) if is_prime(k)]


def is_happy(n: int) -> bool:
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(c) ** 2 for c in str(n))
    return n == 1


def dec(k: int, places: int) -> str:
    """The decimal k / 10**places written without trailing zeros."""
    sign = "-" if k < 0 else ""
    whole, frac = divmod(abs(k), 10**places)
    digits = str(frac).rjust(places, "0").rstrip("0") if places else ""
    return f"{sign}{whole}.{digits}" if digits else f"{sign}{whole}"


def rdec(rng: random.Random, lo: int, hi: int, places: int) -> tuple[str, Fraction]:
    k = rng.randint(lo * 10**places, hi * 10**places)
    return dec(k, places), Fraction(k, 10**places)


def sep(n: int) -> str:
    return f"{n:,}"


def sqrt_expr(n: int) -> str:
    """A sympy-style exact square root of a non-negative integer, simplified."""
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


def cross(o: tuple[int, int], a: tuple[int, int], b: tuple[int, int]) -> int:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def hull(points: list[tuple[int, int]]) -> list[tuple[int, int]]:
    pts = sorted(set(points))
    if len(pts) < 3:
        return pts
    lower: list[tuple[int, int]] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[tuple[int, int]] = []
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def shoelace(poly: list[tuple[int, int]]) -> Fraction:
    s = 0
    for i, (x1, y1) in enumerate(poly):
        x2, y2 = poly[(i + 1) % len(poly)]
        s += x1 * y2 - x2 * y1
    return Fraction(abs(s), 2)


def on_segment(p: tuple[int, int], a: tuple[int, int], b: tuple[int, int]) -> bool:
    return (cross(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
            and min(a[1], b[1]) <= p[1] <= max(a[1], b[1]))


def locate(p: tuple[int, int], poly: list[tuple[int, int]]) -> str:
    n = len(poly)
    for i in range(n):
        if on_segment(p, poly[i], poly[(i + 1) % n]):
            return "boundary"
    inside = False
    for i in range(n):
        (x1, y1), (x2, y2) = poly[i], poly[(i + 1) % n]
        if (y1 > p[1]) != (y2 > p[1]):
            xint = x1 + Fraction((p[1] - y1) * (x2 - x1), y2 - y1)
            if p[0] < xint:
                inside = not inside
    return "inside" if inside else "outside"


def circle_points(c1: tuple[int, int], r1: int, c2: tuple[int, int], r2: int) -> int:
    d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
    assert not (d2 == 0 and r1 == r2)
    if d2 > (r1 + r2) ** 2 or d2 < (r1 - r2) ** 2:
        return 0
    if d2 == (r1 + r2) ** 2 or d2 == (r1 - r2) ** 2:
        return 1
    return 2


def pt(p: tuple[int, int], compact: bool = False) -> str:
    return f"({p[0]},{p[1]})" if compact else f"({p[0]}, {p[1]})"


def pts(poly: list[tuple[int, int]], compact: bool = False) -> str:
    return ", ".join(pt(p, compact) for p in poly)


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# Arithmetic ------------------------------------------------------------------------------------

A = "arithmetic"


@register(A, "en")
def r7_ar_what_is_plus(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = rng.randint(12, 999), rng.randint(12, 999)
    return f"What is {a} + {b}?", e_num(a + b)


@register(A, "en")
def r7_ar_times_words(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = rng.randint(12, 99), rng.randint(12, 99)
    return f"What's {a} times {b}?", e_num(a * b)


@register(A, "en")
def r7_ar_work_out_unicode(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b, c = rng.randint(11, 60), rng.randint(11, 60), rng.randint(10, 500)
    return f"Can you work out {a} × {b} − {c} for me?", e_num(a * b - c)


@register(A, "en")
def r7_ar_divided_by(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = rng.randint(10, 500), rng.randint(3, 40)
    return f"What is {a} divided by {b}?", e_num(Fraction(a, b))


@register(A, "en")
def r7_ar_power_words(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = rng.randint(2, 12), rng.randint(3, 9)
    return f"What is {a} to the power of {b}?", e_num(a**b)


@register(A, "en")
def r7_ar_square_root(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    k = rng.randint(11, 99)
    return f"What's the square root of {k * k}?", e_num(k)


@register(A, "en")
def r7_ar_factorial(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = rng.randint(5, 15)
    form = rng.choice(["What is {n} factorial?", "What is {n}! equal to?"])
    return form.format(n=n), e_num(math.factorial(n))


@register(A, "en")
def r7_ar_remainder(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = rng.randint(100, 9999), rng.randint(3, 97)
    return f"What is the remainder when {a} is divided by {b}?", e_num(a % b)


@register(A, "en")
def r7_ar_mod_short(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = rng.randint(100, 99999), rng.randint(3, 50)
    return f"{a} mod {b} = ?", e_num(a % b)


@register(A, "en")
def r7_ar_percent_of(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    p, n = rng.choice([5, 10, 12, 15, 20, 25, 30, 35, 40, 45, 60, 75, 80]), rng.randint(20, 900)
    return f"What is {p}% of {n}?", e_num(Fraction(p * n, 100))


@register(A, "en")
def r7_ar_add_up_list(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    xs = [rng.randint(3, 250) for _ in range(rng.randint(4, 7))]
    return (f"Please add up these numbers: {', '.join(map(str, xs))}. Thanks!",
            e_num(sum(xs)))


@register(A, "en")
def r7_ar_product_list(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    xs = [rng.randint(2, 30) for _ in range(4)]
    body = ", ".join(map(str, xs[:-1])) + f" and {xs[-1]}"
    return f"What is the product of {body}?", e_num(math.prod(xs))


@register(A, "en")
def r7_ar_parentheses(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b, c, d = (rng.randint(2, 60) for _ in range(4))
    return f"Calculate ({a} + {b}) * ({c} - {d}).", e_num((a + b) * (c - d))


@register(A, "en")
def r7_ar_decimals_sum(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    xs, xq = rdec(rng, 1, 90, 2)
    ys, yq = rdec(rng, 1, 90, 1)
    return f"I need to add {xs} and {ys}. What do I get?", e_num(xq + yq)


@register(A, "en")
def r7_ar_thousands_minus(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = rng.randint(1_000_000, 9_999_999), rng.randint(10_000, 999_999)
    return f"What's {sep(a)} minus {sep(b)}?", e_num(a - b)


@register(A, "en")
def r7_ar_squared_boxed(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = rng.randint(13, 999)
    return (f"What is {n} squared? Put your final answer within \\boxed{{}}.", e_num(n * n))


@register(A, "en")
def r7_ar_qa_caret(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b, c = rng.randint(2, 9), rng.randint(2, 6), rng.randint(1, 99)
    return f"Q: What is {a}^{b} - {c}?\nA:", e_num(a**b - c)


@register(A, "en")
def r7_ar_divide_just_number(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    b = rng.randint(3, 25)
    a = b * rng.randint(4, 400)
    return f"{sep(a)} ÷ {b} = ? Answer with just the number.", e_num(Fraction(a, b))


@register(A, "en")
def r7_ar_homework_context(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b, c = rng.randint(12, 80), rng.randint(3, 40), rng.randint(5, 300)
    return (f"I'm checking my son's homework and want to be sure. What is {a} × {b} + {c}? "
            "Think step by step.", e_num(a * b + c))


@register(A, "zh")
def r7_ar_zh_jia(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = rng.randint(100, 9999), rng.randint(100, 9999)
    return f"{a}加{b}等于多少？", e_num(a + b)


@register(A, "zh")
def r7_ar_zh_chengyi(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = rng.randint(12, 999), rng.randint(12, 99)
    return f"{a}乘以{b}等于多少？", e_num(a * b)


@register(A, "zh")
def r7_ar_zh_chuyi(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = rng.randint(10, 999), rng.randint(3, 40)
    return f"{a}除以{b}等于多少？", e_num(Fraction(a, b))


@register(A, "zh")
def r7_ar_zh_cifang(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = rng.randint(2, 15), rng.randint(2, 8)
    return f"{a}的{b}次方是多少？", e_num(a**b)


@register(A, "zh")
def r7_ar_zh_jian_polite(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = rng.randint(1000, 99999), rng.randint(100, 9999)
    return f"请帮我算一下，{a}减{b}等于多少？谢谢", e_num(a - b)


@register(A, "zh")
def r7_ar_zh_expression(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b, c = rng.randint(11, 99), rng.randint(11, 99), rng.randint(1, 500)
    return f"计算：{a} × {b} + {c} 等于多少", e_num(a * b + c)


@register(A, "zh")
def r7_ar_zh_genhao(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    k = rng.randint(11, 60)
    return f"根号{k * k}等于多少？", e_num(k)


# Comparison ------------------------------------------------------------------------------------

C = "comparison"


def dec_pair(rng: random.Random, places: tuple[int, int] = (2, 1), neg: bool = False
             ) -> tuple[str, Fraction, str, Fraction]:
    """Two different decimals sharing the integer part, with different lengths."""
    while True:
        whole = rng.randint(0, 30)
        p1, p2 = places if rng.random() < 0.5 else places[::-1]
        f1, f2 = rng.randint(1, 10**p1 - 1), rng.randint(1, 10**p2 - 1)
        k1, k2 = whole * 10**p1 + f1, whole * 10**p2 + f2
        if neg:
            k1, k2 = -k1, -k2
        s1, s2 = dec(k1, p1), dec(k2, p2)
        q1, q2 = Fraction(k1, 10**p1), Fraction(k2, 10**p2)
        if q1 != q2 and s1.count(".") and s2.count("."):
            return s1, q1, s2, q2


def num_list(rng: random.Random, n: int, neg: bool = True) -> list[tuple[str, Fraction]]:
    out: dict[Fraction, str] = {}
    while len(out) < n:
        places = rng.choice([0, 1, 2])
        s, q = rdec(rng, -20 if neg else 0, 40, places)
        if q not in out and s not in out.values():
            out[q] = s
    items = [(s, q) for q, s in out.items()]
    rng.shuffle(items)
    return items


@register(C, "en")
def r7_cmp_which_bigger(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    s1, q1, s2, q2 = dec_pair(rng)
    return f"Which is bigger, {s1} or {s2}?", e_choice(s1 if q1 > q2 else s2)


@register(C, "en")
def r7_cmp_smaller_negatives(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    s1, q1, s2, q2 = dec_pair(rng, neg=True)
    return f"Which number is smaller: {s1} or {s2}?", e_choice(s1 if q1 < q2 else s2)


@register(C, "en")
def r7_cmp_is_greater(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    s1, q1, s2, q2 = dec_pair(rng, (1, 2))
    return f"Is {s1} greater than {s2}?", e_bool(q1 > q2)


@register(C, "en")
def r7_cmp_is_less_negative(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = rng.sample(range(-60, -1), 2)
    return f"Is {a} less than {b}?", e_bool(a < b)


@register(C, "en")
def r7_cmp_sort_smallest_first(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    items = num_list(rng, rng.randint(4, 6))
    ans = [s for s, _ in sorted(items, key=lambda t: t[1])]
    return (f"Sort these numbers from smallest to largest: {', '.join(s for s, _ in items)}",
            e_list(ans, "number", True, "asc"))


@register(C, "en")
def r7_cmp_descending_polite(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    items = num_list(rng, rng.randint(4, 6))
    ans = [s for s, _ in sorted(items, key=lambda t: t[1], reverse=True)]
    return (f"Could you please arrange these in descending order? {', '.join(s for s, _ in items)}",
            e_list(ans, "number", True, "desc"))


@register(C, "en")
def r7_cmp_fractions(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    while True:
        a, c = rng.randint(1, 9), rng.randint(1, 9)
        b, d = rng.randint(a + 1, 12), rng.randint(c + 1, 12)
        q1, q2 = Fraction(a, b), Fraction(c, d)
        if q1 != q2 and math.gcd(a, b) == 1 and math.gcd(c, d) == 1:
            break
    s1, s2 = f"{a}/{b}", f"{c}/{d}"
    return f"Which is larger, {s1} or {s2}?", e_choice(s1 if q1 > q2 else s2)


@register(C, "en")
def r7_cmp_largest_in_list(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    items = num_list(rng, rng.randint(4, 7))
    best = max(items, key=lambda t: t[1])[0]
    return (f"What's the largest number in this list: {', '.join(s for s, _ in items)}?",
            e_choice(best))


@register(C, "en")
def r7_cmp_smallest_of_these(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    items = num_list(rng, rng.randint(3, 6))
    best = min(items, key=lambda t: t[1])[0]
    return (f"Which of these numbers is the smallest? {', '.join(s for s, _ in items)}",
            e_choice(best))


@register(C, "en")
def r7_cmp_scores_context(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    s1, q1, s2, q2 = dec_pair(rng, (2, 1))
    return (f"I wrote down two numbers from my notes, {s1} and {s2}. Which one is higher?",
            e_choice(s1 if q1 > q2 else s2))


@register(C, "en")
def r7_cmp_least_to_greatest(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    items = num_list(rng, rng.randint(4, 6), neg=rng.random() < 0.5)
    ans = [s for s, _ in sorted(items, key=lambda t: t[1])]
    return (f"Put these in order from least to greatest: {', '.join(s for s, _ in items)}.",
            e_list(ans, "number", True, "asc"))


@register(C, "en")
def r7_cmp_between_greater(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    s1, q1, s2, q2 = dec_pair(rng, (2, 1), neg=True)
    return f"Between {s1} and {s2}, which one is greater?", e_choice(s1 if q1 > q2 else s2)


@register(C, "en")
def r7_cmp_thousands_more(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a = rng.randint(1000, 99999)
    b = int(str(a)[0] + "".join(rng.sample(str(a)[1:], len(str(a)) - 1)))
    if a == b:
        b = a + rng.randint(1, 90)
    return f"Which is more, {sep(a)} or {sep(b)}?", e_choice(sep(max(a, b)))


@register(C, "en")
def r7_cmp_qa_bigger(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    s1, q1, s2, q2 = dec_pair(rng, (2, 1))
    return f"Q: Is {s1} bigger than {s2}?\nA:", e_bool(q1 > q2)


@register(C, "en")
def r7_cmp_just_number(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    s1, q1, s2, q2 = dec_pair(rng, (3, 1))
    return (f"Which number is larger: {s1} or {s2}? Answer with just the number.",
            e_choice(s1 if q1 > q2 else s2))


@register(C, "zh")
def r7_cmp_zh_nage_da(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    s1, q1, s2, q2 = dec_pair(rng)
    return f"{s1}和{s2}哪个大？", e_choice(s1 if q1 > q2 else s2)


@register(C, "zh")
def r7_cmp_zh_nage_xiao(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    s1, q1, s2, q2 = dec_pair(rng, neg=True)
    return f"{s1}和{s2}哪个小？", e_choice(s1 if q1 < q2 else s2)


@register(C, "zh")
def r7_cmp_zh_bi_da_ma(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    s1, q1, s2, q2 = dec_pair(rng, (1, 2))
    return f"{s1}比{s2}大吗？", e_bool(q1 > q2)


@register(C, "zh")
def r7_cmp_zh_small_to_large(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    items = num_list(rng, rng.randint(4, 6))
    ans = [s for s, _ in sorted(items, key=lambda t: t[1])]
    return (f"把这些数从小到大排列：{'、'.join(s for s, _ in items)}",
            e_list(ans, "number", True, "asc"))


@register(C, "zh")
def r7_cmp_zh_large_to_small(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    items = num_list(rng, rng.randint(4, 6))
    ans = [s for s, _ in sorted(items, key=lambda t: t[1], reverse=True)]
    return (f"请将下列数字按从大到小的顺序排序：{', '.join(s for s, _ in items)}",
            e_list(ans, "number", True, "desc"))


@register(C, "zh")
def r7_cmp_zh_zuida(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    items = num_list(rng, rng.randint(3, 6))
    best = max(items, key=lambda t: t[1])[0]
    return f"下面哪个数最大：{'，'.join(s for s, _ in items)}？", e_choice(best)


# Number theory ---------------------------------------------------------------------------------

N = "number_theory"


def prime_or_not(rng: random.Random, lo: int, hi: int) -> int:
    want = rng.random() < 0.5
    while True:
        n = rng.randrange(lo | 1, hi, 2)
        if n % 3 == 0 or n % 5 == 0:
            continue
        if is_prime(n) == want:
            return n


def composite(rng: random.Random, lo: int, hi: int) -> int:
    while True:
        n = rng.randint(lo, hi)
        if not is_prime(n) and len(factorize(n)) >= 2:
            return n


def gcd_pair(rng: random.Random) -> tuple[int, int]:
    g = rng.randint(2, 40)
    while True:
        a, b = g * rng.randint(2, 40), g * rng.randint(2, 40)
        if a != b:
            return a, b


def non_happy(rng: random.Random, lo: int, hi: int) -> int:
    while True:
        n = rng.randint(lo, hi)
        if not is_happy(n):
            return n


@register(N, "en")
def r7_nt_is_prime(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = prime_or_not(rng, 1000, 200_000)
    return f"Is {n} a prime number?", e_bool(is_prime(n))


@register(N, "en")
def r7_nt_prime_step_yes_no(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = prime_or_not(rng, 10_000, 9_999_999)
    return (f"Is {n} a prime number? Think step by step and then answer [Yes] or [No].",
            e_bool(is_prime(n)))


@register(N, "en")
def r7_nt_prime_factorization(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = composite(rng, 100, 99_999)
    return f"What is the prime factorization of {n}?", e_fact(n)


@register(N, "en")
def r7_nt_break_into_primes(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = composite(rng, 60, 5000)
    return f"Can you break {n} down into its prime factors?", e_fact(n)


@register(N, "en")
def r7_nt_distinct_prime_factors(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = composite(rng, 100, 50_000)
    ans = [str(p) for p in sorted(factorize(n))]
    return (f"List the distinct prime factors of {n}.", e_list(ans, "number", False))


@register(N, "en")
def r7_nt_gcd(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = gcd_pair(rng)
    return f"What's the greatest common divisor of {a} and {b}?", e_num(math.gcd(a, b))


@register(N, "en")
def r7_nt_hcf_three(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    g = rng.randint(2, 30)
    xs = rng.sample(range(2, 30), 3)
    a, b, c = (g * x for x in xs)
    return (f"Find the highest common factor of {a}, {b} and {c}.",
            e_num(math.gcd(a, b, c)))


@register(N, "en")
def r7_nt_lcm(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = rng.sample(range(4, 120), 2)
    return f"What is the least common multiple of {a} and {b}?", e_num(math.lcm(a, b))


@register(N, "en")
def r7_nt_largest_prime_factor(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = composite(rng, 1000, 999_999)
    return f"What is the largest prime factor of {n}?", e_num(max(factorize(n)))


@register(N, "en")
def r7_nt_smallest_prime_factor(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    while True:
        n = rng.randint(1000, 999_999)
        if n % 2 and n % 3 and not is_prime(n):
            break
    return f"What's the smallest prime factor of {n}?", e_num(min(factorize(n)))


@register(N, "en")
def r7_nt_primes_less_than(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = rng.randrange(20, 80, 2)
    ans = [str(p) for p in primes_below(n)]
    return f"List all the prime numbers less than {n}.", e_list(ans, "number", False)


@register(N, "en")
def r7_nt_count_primes_below(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = rng.randrange(50, 2000, 10)
    return f"How many prime numbers are there below {n}?", e_num(len(primes_below(n)))


@register(N, "en")
def r7_nt_digit_sum(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = rng.randint(10_000, 99_999_999)
    return f"What is the sum of the digits of {n}?", e_num(sum(map(int, str(n))))


@register(N, "en")
def r7_nt_happy_in_range(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    while True:
        lo = non_happy(rng, 2, 60)
        hi = non_happy(rng, lo + 15, lo + 60)
        ans = [str(k) for k in range(lo, hi + 1) if is_happy(k)]
        if ans:
            break
    return (f"Which numbers between {lo} and {hi} are happy numbers?",
            e_list(ans, "number", False))


@register(N, "en")
def r7_nt_is_happy(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    want = rng.random() < 0.5
    while True:
        n = rng.randint(10, 999)
        if is_happy(n) == want:
            break
    return f"Is {n} a happy number?", e_bool(is_happy(n))


@register(N, "en")
def r7_nt_gcd_boxed(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = gcd_pair(rng)
    return (f"Find the greatest common divisor of {a} and {b}. "
            "Put your final answer within \\boxed{}.", e_num(math.gcd(a, b)))


@register(N, "en")
def r7_nt_locker_prime(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = prime_or_not(rng, 100, 9999)
    return (f"My lucky number is {n}. Just curious, is {n} prime?", e_bool(is_prime(n)))


@register(N, "zh")
def r7_nt_zh_zhishu(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = prime_or_not(rng, 1000, 999_999)
    return f"{n}是质数吗？", e_bool(is_prime(n))


@register(N, "zh")
def r7_nt_zh_fenjie(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = composite(rng, 100, 99_999)
    return f"把{n}分解质因数", e_fact(n)


@register(N, "zh")
def r7_nt_zh_gcd(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = gcd_pair(rng)
    return f"{a}和{b}的最大公约数是多少？", e_num(math.gcd(a, b))


@register(N, "zh")
def r7_nt_zh_lcm(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = rng.sample(range(4, 100), 2)
    return f"{a}和{b}的最小公倍数是多少？", e_num(math.lcm(a, b))


@register(N, "zh")
def r7_nt_zh_primes_within(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = rng.randrange(20, 70, 2)
    ans = [str(p) for p in primes_below(n)]
    return f"{n}以内的质数有哪些？", e_list(ans, "number", False)


@register(N, "zh")
def r7_nt_zh_digit_sum(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = rng.randint(10_000, 9_999_999)
    return f"{n}的各位数字之和是多少？", e_num(sum(map(int, str(n))))


@register(N, "zh")
def r7_nt_zh_largest_pf(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = composite(rng, 1000, 999_999)
    return f"{n}最大的质因数是几？", e_num(max(factorize(n)))


# Counting --------------------------------------------------------------------------------------

K = "counting"

WORDS = ["strawberry", "banana", "apple", "elephant", "giraffe", "computer", "mississippi",
         "bookkeeper", "committee", "occurrence", "necessary", "parallel", "pineapple",
         "chocolate", "tomorrow", "butterfly", "umbrella", "raspberry", "accommodate",
         "assessment", "balloon", "coffee", "successful", "address", "beginning", "cinnamon",
         "different", "engineer", "grammar", "hippopotamus", "independent", "kangaroo",
         "lettuce", "marshmallow", "neighbor", "opportunity", "possession", "question",
         "restaurant", "sandwich", "teacher", "vacuum", "window", "zucchini", "broccoli",
         "excellence", "peppermint", "bubblegum", "calendar", "dinosaur", "avocado", "spaghetti",
         "watermelon", "blueberry", "telephone", "mountain", "library", "sunflower",
         "refrigerator", "programming", "alphabet", "cheeseburger", "pepper"]
NO_Y = [w for w in WORDS if "y" not in w]
VOWELS = set("aeiou")
SENTENCES = [
    "the quick brown fox jumps over the lazy dog",
    "I would like a cup of tea with milk please",
    "she sells sea shells by the sea shore",
    "my sister and I walked to the park after lunch",
    "we are going to the beach this weekend",
    "can you pass me the salt and the pepper",
    "the train to the city leaves at noon every day",
    "our neighbor has three cats and a very old dog",
    "reading a good book on a rainy afternoon is relaxing",
    "he forgot his umbrella at the office again",
    "please remember to water the plants while I am away",
    "the children built a sandcastle near the water",
    "a little kindness goes a long way",
    "my favorite season is autumn because of the colors",
    "the bakery on the corner sells fresh bread every morning",
    "we watched the sunset from the top of the hill",
]
ANAGRAMS = [("listen", "silent"), ("evil", "vile"), ("night", "thing"), ("dusty", "study"),
            ("heart", "earth"), ("elbow", "below"), ("state", "taste"), ("cider", "cried"),
            ("angel", "glean"), ("inch", "chin"), ("save", "vase"), ("lemon", "melon"),
            ("listen", "listens"), ("apple", "pleat"), ("stone", "tones"), ("night", "thin"),
            ("heart", "heard"), ("stressed", "desserts"), ("below", "bowel"),
            ("cheap", "peach"), ("march", "charm"), ("teacher", "cheater"), ("race", "care"),
            ("bored", "robed"), ("tried", "tired"), ("apple", "paper"), ("silent", "listed")]


def letter_in(rng: random.Random, word: str) -> str:
    return rng.choice(sorted(set(word)))


@register(K, "en")
def r7_ct_how_many_rs(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = rng.choice(WORDS)
    c = letter_in(rng, w)
    return f"How many {c}'s are in the word {w}?", e_num(w.count(c))


@register(K, "en")
def r7_ct_times_letter_appears(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = rng.choice(WORDS)
    c = letter_in(rng, w)
    return (f"How many times does the letter '{c}' appear in '{w}'?", e_num(w.count(c)))


@register(K, "en")
def r7_ct_word_length(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = rng.choice(WORDS)
    return f"How many letters are in the word \"{w}\"?", e_num(len(w))


@register(K, "en")
def r7_ct_vowels(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = rng.choice(NO_Y)
    return (f"How many vowels are in the word {w}?", e_num(sum(ch in VOWELS for ch in w)))


@register(K, "en")
def r7_ct_consonants(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = rng.choice(NO_Y)
    return (f"How many consonants does the word '{w}' have?",
            e_num(sum(ch not in VOWELS for ch in w)))


@register(K, "en")
def r7_ct_words_in_sentence(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    s = rng.choice(SENTENCES)
    s = s[0].upper() + s[1:] + "."
    return (f"How many words are in this sentence: \"{s}\"", e_num(len(s.split())))


@register(K, "en")
def r7_ct_nth_letter(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = rng.choice(WORDS)
    n = rng.randint(2, len(w))
    return f"What is the {ordinal(n)} letter of the word '{w}'?", e_text(w[n - 1])


@register(K, "en")
def r7_ct_first_letter(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = rng.choice(WORDS)
    return f"What's the first letter of \"{w}\"?", e_text(w[0])


@register(K, "en")
def r7_ct_last_letter(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = rng.choice(WORDS)
    return f"What is the last letter in the word {w}?", e_text(w[-1])


@register(K, "en")
def r7_ct_reverse(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = rng.choice(WORDS)
    return f"Can you reverse the word '{w}' for me?", e_text(w[::-1])


@register(K, "en")
def r7_ct_spell_backwards(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = rng.choice(WORDS)
    return f"How do you spell {w} backwards?", e_text(w[::-1])


@register(K, "en")
def r7_ct_anagrams(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = rng.choice(ANAGRAMS)
    return (f"Are '{a}' and '{b}' anagrams of each other?", e_bool(sorted(a) == sorted(b)))


@register(K, "en")
def r7_ct_distinct_letters(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = rng.choice(WORDS)
    return (f"How many different letters are used in the word '{w}'?", e_num(len(set(w))))


@register(K, "en")
def r7_ct_more_letters(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    while True:
        a, b = rng.sample(WORDS, 2)
        if len(a) != len(b):
            break
    return (f"Which word has more letters, \"{a}\" or \"{b}\"?",
            e_word(a if len(a) > len(b) else b))


@register(K, "en")
def r7_ct_alphabetical(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    ws = rng.sample(WORDS, rng.randint(4, 6))
    return (f"Put these words in alphabetical order: {', '.join(ws)}.",
            e_list(sorted(ws), "text", True))


@register(K, "en")
def r7_ct_letter_in_sentence(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    while True:
        s = rng.choice(SENTENCES)
        c = rng.choice(sorted(set(s) - {" "}))
        if c.islower() and c.upper() not in s and s.count(c) >= 2:
            break
    return (f"How many times does the letter \"{c}\" appear in the sentence \"{s}\"?",
            e_num(s.count(c)))


@register(K, "en")
def r7_ct_qa_letter(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = rng.choice(WORDS)
    c = letter_in(rng, w)
    return f"Q: How many times does \"{c}\" occur in \"{w}\"?\nA:", e_num(w.count(c))


@register(K, "zh")
def r7_ct_zh_duoshao_zimu(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = rng.choice(WORDS)
    c = letter_in(rng, w)
    return f"{w}里面有多少个字母{c}？", e_num(w.count(c))


@register(K, "zh")
def r7_ct_zh_jige_zimu(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = rng.choice(WORDS)
    return f"单词{w}有几个字母？", e_num(len(w))


@register(K, "zh")
def r7_ct_zh_reverse(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = rng.choice(WORDS)
    return f"把单词“{w}”倒过来写是什么？", e_text(w[::-1])


@register(K, "zh")
def r7_ct_zh_anagram(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = rng.choice(ANAGRAMS)
    return (f"{a}和{b}是字母异位词吗？", e_bool(sorted(a) == sorted(b)))


@register(K, "zh")
def r7_ct_zh_nth_letter(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = rng.choice(WORDS)
    n = rng.randint(2, len(w))
    return f"单词{w}的第{n}个字母是什么？", e_text(w[n - 1])


@register(K, "zh")
def r7_ct_zh_vowels(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = rng.choice(NO_Y)
    return f"{w}这个单词里有几个元音字母？", e_num(sum(ch in VOWELS for ch in w))


# Geometry --------------------------------------------------------------------------------------

G = "geometry"
P = tuple[int, int]


def rpoint(rng: random.Random, lo: int = -8, hi: int = 8) -> P:
    return rng.randint(lo, hi), rng.randint(lo, hi)


def circle_pair(rng: random.Random, want: set[str]) -> tuple[P, int, P, int, str]:
    """Two circles whose configuration (separate, crossing, inner, ext_tangent, in_tangent)
    is one of ``want``."""
    while True:
        c1 = rpoint(rng, -6, 6)
        r1, r2 = rng.randint(1, 9), rng.randint(1, 9)
        if "ext_tangent" in want and rng.random() < 0.5:
            k = r1 + r2
            dx, dy = rng.choice([(k, 0), (0, k), (-k, 0)]) if k % 5 else (3 * k // 5, 4 * k // 5)
            c2 = (c1[0] + dx, c1[1] + dy)
        else:
            c2 = rpoint(rng, -6, 6)
        d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
        if d2 == 0:
            continue
        if d2 > (r1 + r2) ** 2:
            kind = "separate"
        elif d2 == (r1 + r2) ** 2:
            kind = "ext_tangent"
        elif d2 > (r1 - r2) ** 2:
            kind = "crossing"
        elif d2 == (r1 - r2) ** 2:
            kind = "in_tangent"
        else:
            kind = "inner"
        if kind in want:
            return c1, r1, c2, r2, kind


def convex_polygon(rng: random.Random, k_min: int = 4) -> list[P]:
    while True:
        poly = hull([rpoint(rng, 0, 10) for _ in range(rng.randint(5, 9))])
        if len(poly) >= k_min and shoelace(poly) > 4:
            return poly


def rectilinear(rng: random.Random) -> list[P]:
    x0, y0 = rng.randint(-3, 3), rng.randint(-3, 3)
    w, h = rng.randint(3, 12), rng.randint(3, 12)
    if rng.random() < 0.5:
        return [(x0, y0), (x0 + w, y0), (x0 + w, y0 + h), (x0, y0 + h)]
    a, b = rng.randint(1, w - 1), rng.randint(1, h - 1)
    return [(x0, y0), (x0 + w, y0), (x0 + w, y0 + b), (x0 + a, y0 + b), (x0 + a, y0 + h),
            (x0, y0 + h)]


def point_with(rng: random.Random, poly: list[P], want: str) -> P:
    xs, ys = [p[0] for p in poly], [p[1] for p in poly]
    for _ in range(3000):
        p = (rng.randint(min(xs) - 3, max(xs) + 3), rng.randint(min(ys) - 3, max(ys) + 3))
        if locate(p, poly) == want:
            return p
    raise ValueError("no such lattice point; redraw")


def circle_eq(c: P, r: int) -> str:
    def square(var: str, v: int) -> str:
        return f"{var}^2" if v == 0 else f"({var} - {v})^2" if v > 0 else f"({var} + {-v})^2"
    return f"{square('x', c[0])} + {square('y', c[1])} = {r * r}"


def triangle(rng: random.Random) -> list[P]:
    while True:
        t = [rpoint(rng, -6, 9) for _ in range(3)]
        if cross(*t) != 0:
            return t


def segment_pair(rng: random.Random) -> tuple[P, P, P, P]:
    while True:
        a, b, c, d = (rpoint(rng, 0, 10) for _ in range(4))
        os = [cross(a, b, c), cross(a, b, d), cross(c, d, a), cross(c, d, b)]
        if a != b and c != d and all(os):
            return a, b, c, d


def segments_cross(a: P, b: P, c: P, d: P) -> bool:
    return (cross(a, b, c) * cross(a, b, d) < 0) and (cross(c, d, a) * cross(c, d, b) < 0)


def seg_circle(rng: random.Random) -> tuple[P, P, P, int, int]:
    """A segment and a circle with no tangency and no endpoint on the circle, and the
    number of points where they meet."""
    while True:
        a, b, c = rpoint(rng, -8, 8), rpoint(rng, -8, 8), rpoint(rng, -3, 3)
        r = rng.randint(2, 6)
        dx, dy = b[0] - a[0], b[1] - a[1]
        fx, fy = a[0] - c[0], a[1] - c[1]
        qa, qb, qc = dx * dx + dy * dy, 2 * (fx * dx + fy * dy), fx * fx + fy * fy - r * r
        if qa == 0:
            continue
        disc = qb * qb - 4 * qa * qc
        f0, f1 = qc, qa + qb + qc
        if disc == 0 or f0 == 0 or f1 == 0:
            continue
        if disc < 0:
            n = 0
        elif f0 * f1 < 0:
            n = 1
        elif f0 > 0 and 0 < Fraction(-qb, 2 * qa) < 1:
            n = 2
        else:
            n = 0
        return a, b, c, r, n


@register(G, "en")
def r7_geo_circles_intersect(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    c1, r1, c2, r2, kind = circle_pair(rng, {"separate", "crossing"})
    return (f"Do the circle centered at {pt(c1)} with radius {r1} and the circle centered at "
            f"{pt(c2)} with radius {r2} intersect?", e_bool(kind == "crossing"))


@register(G, "en")
def r7_geo_circles_points(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    c1, r1, c2, r2, _ = circle_pair(rng, {"separate", "crossing", "ext_tangent", "inner"})
    return (f"Circle A has center {pt(c1)} and radius {r1}. Circle B has center {pt(c2)} and "
            f"radius {r2}. How many points do they have in common?",
            e_num(circle_points(c1, r1, c2, r2)))


@register(G, "en")
def r7_geo_circle_inside(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    c1, r1, c2, r2, kind = circle_pair(rng, {"inner", "crossing", "separate"})
    small, big = ((c1, r1), (c2, r2)) if r1 < r2 else ((c2, r2), (c1, r1))
    return (f"Is the circle with center {pt(small[0])} and radius {small[1]} completely inside "
            f"the circle with center {pt(big[0])} and radius {big[1]}?",
            e_bool(kind == "inner"))


@register(G, "en")
def r7_geo_circles_tangent(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    c1, r1, c2, r2, kind = circle_pair(rng, {"ext_tangent", "crossing", "separate"})
    return (f"Are the circles {circle_eq(c1, r1)} and {circle_eq(c2, r2)} tangent to each "
            "other?", e_bool(kind == "ext_tangent"))


@register(G, "en")
def r7_geo_circles_overlap(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    c1, r1, c2, r2, kind = circle_pair(rng, {"separate", "crossing"})
    return (f"I have two circles: one centered at {pt(c1, True)} with radius {r1}, the other "
            f"centered at {pt(c2, True)} with radius {r2}. Do they overlap?",
            e_bool(kind == "crossing"))


@register(G, "en")
def r7_geo_segments_cross(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b, c, d = segment_pair(rng)
    return (f"Does the line segment from {pt(a)} to {pt(b)} intersect the line segment from "
            f"{pt(c)} to {pt(d)}?", e_bool(segments_cross(a, b, c, d)))


@register(G, "en")
def r7_geo_segments_points(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b, c, d = segment_pair(rng)
    return (f"Segment AB goes from A{pt(a)} to B{pt(b)} and segment CD goes from C{pt(c)} to "
            f"D{pt(d)}. How many intersection points do they have?",
            e_num(int(segments_cross(a, b, c, d))))


@register(G, "en")
def r7_geo_segment_circle(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b, c, r, n = seg_circle(rng)
    return (f"How many times does the segment from {pt(a)} to {pt(b)} cross the circle with "
            f"center {pt(c)} and radius {r}?", e_num(n))


@register(G, "en")
def r7_geo_point_polygon_relation(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    poly = rectilinear(rng)
    want = ["inside", "outside", "boundary"][i % 3]
    p = point_with(rng, poly, want)
    return (f"Is the point {pt(p)} inside, outside, or on the boundary of the polygon with "
            f"vertices {pts(poly)}?", e_rel(locate(p, poly)))


@register(G, "en")
def r7_geo_point_in_triangle(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    t = triangle(rng)
    p = point_with(rng, t, "inside" if i % 2 == 0 else "outside")
    return (f"Is the point {pt(p)} inside the triangle with vertices {pts(t)}?",
            e_rel(locate(p, t), "inside"))


@register(G, "en")
def r7_geo_polygon_area(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    poly = convex_polygon(rng)
    return (f"What is the area of the polygon with vertices {pts(poly)}?",
            e_num(shoelace(poly)))


@register(G, "en")
def r7_geo_rectilinear_perimeter(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    poly = rectilinear(rng)
    per = sum(abs(poly[k][0] - poly[k - 1][0]) + abs(poly[k][1] - poly[k - 1][1])
              for k in range(len(poly)))
    return (f"Find the perimeter of the shape whose corners are {pts(poly)}.", e_num(per))


@register(G, "en")
def r7_geo_triangle_perimeter(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    t = triangle(rng)
    terms = [sqrt_expr((t[k][0] - t[k - 1][0]) ** 2 + (t[k][1] - t[k - 1][1]) ** 2)
             for k in range(3)]
    return (f"What is the perimeter of the triangle with vertices {pts(t)}?",
            e_real(" + ".join(terms)))


@register(G, "en")
def r7_geo_distance(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = rpoint(rng), rpoint(rng)
    while a == b:
        b = rpoint(rng)
    d2 = (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2
    return (f"What's the distance between the points {pt(a)} and {pt(b)}?",
            e_real(sqrt_expr(d2)))


@register(G, "en")
def r7_geo_triangle_area_vertices(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    t = triangle(rng)
    return (f"Find the area of a triangle with vertices at {pts(t)}. Think step by step.",
            e_num(shoelace(t)))


@register(G, "en")
def r7_geo_triangle_base_height(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    b, h = rng.randint(3, 40), rng.randint(3, 40)
    return (f"A triangle has a base of {b} and a height of {h}. What is its area?",
            e_num(Fraction(b * h, 2)))


@register(G, "en")
def r7_geo_circle_area_radius(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    r = rng.randint(2, 30)
    return f"What is the area of a circle with radius {r}?", e_real(f"{r * r}*pi")


@register(G, "en")
def r7_geo_circle_area_diameter(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    d = rng.randint(3, 40)
    return (f"A circle has a diameter of {d}. What is its area? Put your final answer within "
            "\\boxed{}.", e_real(f"{fstr(Fraction(d * d, 4))}*pi"))


@register(G, "zh")
def r7_geo_zh_circles_xiangjiao(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    c1, r1, c2, r2, kind = circle_pair(rng, {"separate", "crossing"})
    return (f"圆心为{pt(c1)}、半径为{r1}的圆和圆心为{pt(c2)}、半径为{r2}的圆相交吗？",
            e_bool(kind == "crossing"))


@register(G, "zh")
def r7_geo_zh_circles_jiaodian(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    c1, r1, c2, r2, _ = circle_pair(rng, {"separate", "crossing", "ext_tangent", "inner"})
    return (f"两个圆，一个圆心{pt(c1)}半径{r1}，另一个圆心{pt(c2)}半径{r2}，它们有几个交点？",
            e_num(circle_points(c1, r1, c2, r2)))


@register(G, "zh")
def r7_geo_zh_point_in_polygon(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    poly = convex_polygon(rng)
    p = point_with(rng, poly, "inside" if i % 2 else "outside")
    return (f"点{pt(p)}在顶点为{pts(poly)}的多边形内部吗？", e_rel(locate(p, poly), "inside"))


@register(G, "zh")
def r7_geo_zh_polygon_area(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    poly = convex_polygon(rng)
    return (f"顶点依次是{pts(poly)}的多边形，面积是多少？", e_num(shoelace(poly)))


@register(G, "zh")
def r7_geo_zh_distance(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = rpoint(rng), rpoint(rng)
    while a == b:
        b = rpoint(rng)
    d2 = (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2
    return f"点A{pt(a)}和点B{pt(b)}之间的距离是多少？", e_real(sqrt_expr(d2))


@register(G, "zh")
def r7_geo_zh_circle_area(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    r = rng.randint(2, 30)
    return f"半径是{r}的圆，面积是多少？", e_real(f"{r * r}*pi")


@register(G, "zh")
def r7_geo_zh_triangle_area(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    t = triangle(rng)
    return f"三个顶点分别是{pts(t)}的三角形面积是多少？", e_num(shoelace(t))


# Negatives -------------------------------------------------------------------------------------

# (category, lang, nearest family or None, prompt)
NEGATIVES: list[tuple[str, str, str | None, str]] = [
    ("dates_events", "en", None, "What day of the week was July 4, 1776?"),
    ("dates_events", "en", "arithmetic", "How many years ago did the Berlin Wall fall?"),
    ("dates_events", "en", None, "When did World War II end?"),
    ("dates_events", "en", "comparison", "Which happened first, the moon landing or Woodstock?"),
    ("versions", "en", "comparison", "Which is newer, Python 3.9 or Python 3.10?"),
    ("versions", "en", "comparison", "Is version 1.10 later than version 1.9?"),
    ("versions", "en", "comparison",
     "I'm on macOS 13.4 and my friend is on 13.10. Which of us has the more recent update?"),
    ("versions", "en", "comparison", "Sort these releases from oldest to newest: 2.10.1, 2.9.3, "
     "2.10.0"),
    ("ids_phone", "en", "number_theory", "Is 415-555-2671 a valid US phone number?"),
    ("ids_phone", "en", None, "Whose phone number is 555-0134?"),
    ("ids_phone", "en", "comparison", "Is the zip code 90210 in Los Angeles?"),
    ("ids_phone", "en", "number_theory", "Is my credit card number 4111 1111 1111 1111 still "
     "valid?"),
    ("numeric_trivia", "en", None, "How many bones are in the adult human body?"),
    ("numeric_trivia", "en", None, "What is the population of Tokyo?"),
    ("numeric_trivia", "en", "comparison", "Which is taller, Mount Everest or K2?"),
    ("numeric_trivia", "en", "counting", "How many moons does Jupiter have?"),
    ("commonsense_trick", "en", "comparison",
     "Which weighs more, a pound of feathers or a pound of bricks?"),
    ("commonsense_trick", "en", "counting", "How many months have 28 days?"),
    ("commonsense_trick", "en", "arithmetic",
     "If a plane crashes right on the border between the US and Canada, where do they bury "
     "the survivors?"),
    ("commonsense_trick", "en", "arithmetic",
     "A farmer had 17 sheep and all but 9 ran away. How many does he have left?"),
    ("world_knowledge_word_problem", "en", "arithmetic",
     "How many legs do three spiders and two chickens have altogether?"),
    ("world_knowledge_word_problem", "en", "arithmetic",
     "If I drive from New York to Boston at 60 mph, how long will the trip take?"),
    ("world_knowledge_word_problem", "en", "arithmetic",
     "How many hours of daylight will I get on my birthday this year?"),
    ("other_base", "en", "arithmetic", "What is 1011 + 110 in binary?"),
    ("other_base", "en", "arithmetic", "Convert 255 to hexadecimal."),
    ("other_base", "en", "arithmetic", "What is 0x1F plus 0x2A, written in hex?"),
    ("rounding", "en", "arithmetic", "Round 3.14159 to two decimal places."),
    ("rounding", "en", "arithmetic", "What is 22 divided by 7, rounded to the nearest hundredth?"),
    ("rounding", "en", "arithmetic", "Round 12,345 to the nearest thousand."),
    ("algebra_unknowns", "en", "arithmetic", "Solve for x: 3x + 7 = 22."),
    ("algebra_unknowns", "en", "arithmetic", "If 2y - 5 = 11, what is y?"),
    ("algebra_unknowns", "en", "arithmetic", "Can you simplify (x + 2)(x - 3) for me?"),
    ("letters_not_given", "en", "counting",
     "How many letters are in the name of the capital of France?"),
    ("letters_not_given", "en", "counting", "How many r's are in my last name?"),
    ("letters_not_given", "en", "counting",
     "What's the third letter of the longest river in Africa?"),
    ("geometry_missing_data", "en", "geometry", "What is the area of a circle?"),
    ("geometry_missing_data", "en", "geometry", "Is the point (3, 4) inside the polygon?"),
    ("geometry_missing_data", "en", "geometry",
     "Do two circles intersect if one has radius 5 and the other has radius 3?"),
    ("geometry_missing_data", "en", "geometry", "What is the perimeter of my backyard?"),
    ("creative_opinion", "en", None, "Write a short poem about the number 7."),
    ("creative_opinion", "en", "number_theory", "What's your favorite prime number and why?"),
    ("creative_opinion", "en", None, "Is 42 really the answer to life, the universe and "
     "everything?"),
    ("code_semantics", "en", "arithmetic", "What does print(0.1 + 0.2 == 0.3) output in Python?"),
    ("code_semantics", "en", "arithmetic", "In JavaScript, what is the result of '2' + 2?"),
    ("code_semantics", "en", "counting", "What does len(\"hello\".split(\"l\")) return in "
     "Python?"),
    ("unit_conversion", "en", "arithmetic", "How many feet are in 3.5 meters?"),
    ("unit_conversion", "en", "arithmetic", "Convert 100 degrees Fahrenheit to Celsius."),
    ("unit_conversion", "en", "arithmetic", "How many ounces are in 2 pounds?"),
    ("currency_conversion", "en", "arithmetic", "How much is 50 euros in US dollars?"),
    ("currency_conversion", "en", "arithmetic", "Convert 1,000 yen to British pounds."),
    ("statistics_unspecified", "en", "arithmetic", "What's the average height of my class?"),
    ("statistics_unspecified", "en", "arithmetic", "What is the standard deviation of the data?"),
    ("statistics_unspecified", "en", "comparison", "What's the median salary at my company?"),
    ("proofs", "en", "number_theory", "Prove that there are infinitely many primes."),
    ("proofs", "en", "arithmetic", "Show that the square root of 2 is irrational."),
    ("proofs", "en", "number_theory", "Prove that the sum of two even numbers is always even."),
    ("dates_events", "zh", None, "中华人民共和国是哪一年成立的？"),
    ("dates_events", "zh", "arithmetic", "北京奥运会开幕到现在过去多少天了？"),
    ("versions", "zh", "comparison", "iOS 17.10 和 iOS 17.9 哪个版本更新？"),
    ("versions", "zh", "comparison", "Python 3.12 比 Python 3.8 新吗？"),
    ("ids_phone", "zh", None, "13800138000是哪里的手机号？"),
    ("ids_phone", "zh", "number_theory", "身份证号码110101199003077777是真的吗？"),
    ("numeric_trivia", "zh", None, "长江有多长？"),
    ("numeric_trivia", "zh", "counting", "中国有多少个省份？"),
    ("commonsense_trick", "zh", "comparison", "一斤棉花和一斤铁哪个重？"),
    ("commonsense_trick", "zh", "arithmetic", "树上有十只鸟，开枪打死一只，还剩几只？"),
    ("world_knowledge_word_problem", "zh", "arithmetic", "从北京坐高铁到上海要多长时间？"),
    ("other_base", "zh", "arithmetic", "二进制的1011加上110等于多少？结果用二进制表示"),
    ("other_base", "zh", "arithmetic", "把255转换成十六进制"),
    ("rounding", "zh", "arithmetic", "3.14159保留两位小数是多少？"),
    ("algebra_unknowns", "zh", "arithmetic", "解方程：2x + 3 = 11"),
    ("algebra_unknowns", "zh", "arithmetic", "x的平方等于16，x是多少？"),
    ("letters_not_given", "zh", "counting", "我名字的拼音里有几个字母？"),
    ("geometry_missing_data", "zh", "geometry", "这个圆的面积是多少？"),
    ("geometry_missing_data", "zh", "geometry", "点(2,3)在这个多边形里面吗？"),
    ("creative_opinion", "zh", None, "写一首关于数字8的小诗"),
    ("code_semantics", "zh", "arithmetic", "Python里 print(10 // 3) 会输出什么？"),
    ("unit_conversion", "zh", "arithmetic", "5公里等于多少英里？"),
    ("currency_conversion", "zh", "arithmetic", "100美元能换多少人民币？"),
    ("statistics_unspecified", "zh", "arithmetic", "我们班这次考试的平均分是多少？"),
    ("proofs", "zh", "number_theory", "证明根号2是无理数"),
]


# Building --------------------------------------------------------------------------------------


def split_of(names: list[str], key: str) -> dict[str, str]:
    order = sorted(names)
    random.Random(f"{SEED}:split:{key}").shuffle(order)
    n_dev = round(len(order) * DEV_SHARE)
    return {name: ("dev7" if k < n_dev else "heldout7") for k, name in enumerate(order)}


def build() -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    seen: set[str] = set()
    for family in FAMILIES:
        for lang in LANGS:
            templates = TEMPLATES[(family, lang)]
            splits = split_of([t.__name__ for t in templates], f"{family}:{lang}")
            for tmpl in templates:
                for i in range(PER_TEMPLATE):
                    for attempt in range(200):
                        rng = random.Random(f"{SEED}:{tmpl.__name__}:{i}:{attempt}")
                        try:
                            prompt, expected = tmpl(rng, i)
                        except ValueError:
                            continue
                        if prompt not in seen:
                            break
                    else:
                        raise RuntimeError(f"no unique prompt for {tmpl.__name__} #{i}")
                    seen.add(prompt)
                    records.append({"id": "", "split": splits[tmpl.__name__],
                                    "kind": "positive", "family": family, "lang": lang,
                                    "template": tmpl.__name__, "prompt": prompt,
                                    "expected": expected})
    by_group: dict[tuple[str, str], list[int]] = {}
    for k, (category, lang, _, _) in enumerate(NEGATIVES):
        by_group.setdefault((category, lang), []).append(k)
    neg_split: dict[int, str] = {}
    for (category, lang), idxs in by_group.items():
        names = [str(k) for k in idxs]
        s = split_of(names, f"neg:{category}:{lang}")
        neg_split.update({int(k): v for k, v in s.items()})
    for k, (category, lang, family, prompt) in enumerate(NEGATIVES):
        assert prompt not in seen, prompt
        seen.add(prompt)
        index = by_group[(category, lang)].index(k)
        records.append({"id": "", "split": neg_split[k], "kind": "negative", "family": family,
                        "lang": lang, "template": f"{category}_{lang}_{index}",
                        "prompt": prompt, "expected": None, "category": category})
    for n, rec in enumerate(records, 1):
        rec["id"] = f"r7-{n:04d}"
    return records


# Self-check ------------------------------------------------------------------------------------


def load_compare() -> Any:
    path = HERE / "compare.py"
    spec = importlib.util.spec_from_file_location("routing_compare_r7", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def canonical(expected: dict[str, Any]) -> str:
    t, ans = expected["type"], expected["answer"]
    if t == "list":
        return ", ".join(ans)
    if t == "factorization":
        return " × ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in ans)
    return str(ans)


def wrong_answer(expected: dict[str, Any], compare: Any) -> str:
    t, ans = expected["type"], expected["answer"]
    if t in ("number", "choice"):
        return fstr(compare.parse_number(ans) + 1)
    if t == "real":
        return f"({ans}) + 1"
    if t == "bool":
        return "no" if ans == "yes" else "yes"
    if t in ("text", "word_choice"):
        return ans + "q"
    if t == "list":
        return ", ".join(ans[:-1]) if len(ans) > 1 else ", ".join([*ans, ans[0]])
    if t == "relation":
        return "outside" if ans != "outside" else "inside"
    if t == "factorization":
        return " × ".join(["2", canonical(expected)])
    raise ValueError(t)


def self_check(records: list[dict[str, Any]]) -> None:
    compare = load_compare()
    ids = [r["id"] for r in records]
    prompts = [r["prompt"] for r in records]
    assert len(set(ids)) == len(ids), "duplicate ids"
    assert len(set(prompts)) == len(prompts), "duplicate prompts"
    for rec in records:
        keys = {"id", "split", "kind", "family", "lang", "template", "prompt", "expected"}
        if rec["kind"] == "negative":
            keys.add("category")
        assert set(rec) == keys, rec["id"]
        if rec["kind"] != "positive":
            continue
        exp = rec["expected"]
        right, bad = canonical(exp), wrong_answer(exp, compare)
        assert compare.matches(exp, right), (rec["id"], right)
        assert not compare.matches(exp, bad), (rec["id"], bad)
    counts = Counter((r["split"], r["family"] or "-", r["lang"], r["kind"]) for r in records)
    for key in sorted(counts):
        print(*key, counts[key], sep="\t")
    per_fl = Counter((r["family"], r["lang"]) for r in records if r["kind"] == "positive")
    for (family, lang), _ in sorted(per_fl.items()):
        print("templates", family, lang, len(TEMPLATES[(family, lang)]), sep="\t")
    print("total", len(records), Counter(r["split"] for r in records), sep="\t")


def main() -> None:
    records = build()
    for split in ("dev7", "heldout7"):
        with (HERE / f"corpus_{split}.jsonl").open("w", encoding="utf-8") as f:
            for rec in records:
                if rec["split"] == split:
                    f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    self_check(records)


if __name__ == "__main__":
    main()
