"""Routing corpus, round 36: an independent blind round written from scratch.

Round 36 is a fresh set of templates, written without looking at any earlier round, meant to
measure how the router copes with phrasings it has never seen: varied openers and closers,
context sentences that change nothing, format requests, lists written in different ways,
numbers with thousands separators, units that do not matter, and natively written Chinese.
Every template goes entirely to one split (``dev36`` or ``heldout36``) and yields four
records. Positive answers are computed here in Python (ints, Fractions, trial division,
direct counting, exact circle formulas); negatives expect ``{"type": "none"}``.

Run ``python tests/routing/make_corpus_round36.py`` to write ``corpus_dev36.jsonl`` and
``corpus_heldout36.jsonl`` next to this file.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEV, HELD = "dev36", "heldout36"
FAM3 = {"arithmetic": "ari", "comparison": "cmp", "counting": "cnt", "geometry": "geo",
        "number_theory": "nth"}

Item = tuple[str, dict[str, Any]]
Gen = Callable[[random.Random], list[Item]]
_TEMPLATES: list[tuple[str, str, str, str, str, Gen]] = []


def template(split: str, family: str, lang: str, kind: str, name: str) -> Callable[[Gen], Gen]:
    def register(fn: Gen) -> Gen:
        _TEMPLATES.append((split, family, lang, kind, name, fn))
        return fn
    return register


# Expected objects ------------------------------------------------------------------------------


def q2s(q: Fraction | int) -> str:
    q = Fraction(q)
    return str(q.numerator) if q.denominator == 1 else f"{q.numerator}/{q.denominator}"


def number(q: Fraction | int) -> dict[str, Any]:
    return {"type": "number", "answer": q2s(q)}


def real(expr: str) -> dict[str, Any]:
    return {"type": "real", "answer": expr}


def yesno(flag: bool) -> dict[str, Any]:
    return {"type": "bool", "answer": "yes" if flag else "no"}


def choice(written: str) -> dict[str, Any]:
    return {"type": "choice", "answer": written}


def text(answer: str) -> dict[str, Any]:
    return {"type": "text", "answer": answer}


def word_choice(word: str) -> dict[str, Any]:
    return {"type": "word_choice", "answer": word}


def num_list(items: list[str], ordered: bool, order: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "list", "elem": "number", "ordered": ordered,
                           "answer": list(items)}
    if order:
        out["order"] = order
    return out


def relation(answer: str, yes_if: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "relation", "answer": answer}
    if yes_if:
        out["yes_if"] = yes_if
    return out


def factorization(n: int) -> dict[str, Any]:
    return {"type": "factorization", "answer": [[p, e] for p, e in factorize(n)], "n": n}


def negatives(prompts: list[str]) -> list[Item]:
    assert len(prompts) == 4
    return [(p, {"type": "none"}) for p in prompts]


# Number helpers --------------------------------------------------------------------------------


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def factorize(n: int) -> list[tuple[int, int]]:
    out = []
    d = 2
    while d * d <= n:
        e = 0
        while n % d == 0:
            n //= d
            e += 1
        if e:
            out.append((d, e))
        d += 1
    if n > 1:
        out.append((n, 1))
    return out


def is_happy(n: int) -> bool:
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(c) ** 2 for c in str(n))
    return n == 1


def dec(n: int, places: int) -> tuple[str, Fraction]:
    """The decimal n / 10**places as written text and as an exact value."""
    sign = "-" if n < 0 else ""
    n = abs(n)
    whole, frac = divmod(n, 10**places)
    return f"{sign}{whole}.{frac:0{places}d}", Fraction(n, 10**places) * (-1 if sign else 1)


def rdec(rng: random.Random, lo: int, hi: int, places: int) -> tuple[str, Fraction]:
    """A random decimal n / 10**places with lo <= n <= hi and no trailing zero."""
    while True:
        n = rng.randint(lo, hi)
        if n % 10:
            return dec(n, places)


def val(s: str) -> Fraction:
    return Fraction(s)


def sqrt_parts(n: int) -> tuple[int, int]:
    """n = k*k*m with m squarefree: (k, m)."""
    k, m = 1, n
    d = 2
    while d * d <= m:
        while m % (d * d) == 0:
            m //= d * d
            k *= d
        d += 1
    return k, m


def sqrt_str(n: int) -> str:
    k, m = sqrt_parts(n)
    if m == 1:
        return str(k)
    return f"sqrt({m})" if k == 1 else f"{k}*sqrt({m})"


def pi_str(q: Fraction | int) -> str:
    return f"{q2s(q)}*pi"


ZH_NUM = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九"}


# Geometry helpers ------------------------------------------------------------------------------

Pt = tuple[int, int]


def cross(o: Pt, a: Pt, b: Pt) -> int:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def on_segment(p: Pt, a: Pt, b: Pt) -> bool:
    return (cross(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
            and min(a[1], b[1]) <= p[1] <= max(a[1], b[1]))


def segments_touch(a: Pt, b: Pt, c: Pt, d: Pt) -> bool:
    d1, d2 = cross(c, d, a), cross(c, d, b)
    d3, d4 = cross(a, b, c), cross(a, b, d)
    if ((d1 > 0) != (d2 > 0) and d1 != 0 and d2 != 0
            and (d3 > 0) != (d4 > 0) and d3 != 0 and d4 != 0):
        return True
    return (on_segment(a, c, d) or on_segment(b, c, d) or on_segment(c, a, b)
            or on_segment(d, a, b))


def point_in_polygon(p: Pt, poly: list[Pt]) -> str:
    n = len(poly)
    for i in range(n):
        if on_segment(p, poly[i], poly[(i + 1) % n]):
            return "boundary"
    inside = False
    px, py = p
    for i in range(n):
        (x1, y1), (x2, y2) = poly[i], poly[(i + 1) % n]
        if (y1 > py) != (y2 > py):
            x_cross = x1 + Fraction((py - y1) * (x2 - x1), y2 - y1)
            if px < x_cross:
                inside = not inside
    return "inside" if inside else "outside"


def shoelace(poly: list[Pt]) -> Fraction:
    s = 0
    n = len(poly)
    for i in range(n):
        (x1, y1), (x2, y2) = poly[i], poly[(i + 1) % n]
        s += x1 * y2 - x2 * y1
    return Fraction(abs(s), 2)


def perimeter_str(poly: list[Pt]) -> str:
    terms: dict[int, int] = {}
    n = len(poly)
    for i in range(n):
        (x1, y1), (x2, y2) = poly[i], poly[(i + 1) % n]
        k, m = sqrt_parts((x2 - x1) ** 2 + (y2 - y1) ** 2)
        terms[m] = terms.get(m, 0) + k
    parts = []
    if 1 in terms:
        parts.append(str(terms.pop(1)))
    for m in sorted(terms):
        k = terms[m]
        parts.append(f"sqrt({m})" if k == 1 else f"{k}*sqrt({m})")
    return "+".join(parts)


def is_simple(poly: list[Pt]) -> bool:
    n = len(poly)
    if len(set(poly)) != n:
        return False
    for i in range(n):
        if cross(poly[i - 1], poly[i], poly[(i + 1) % n]) == 0:
            return False
    for i in range(n):
        for j in range(i + 1, n):
            if j == i + 1 or (i == 0 and j == n - 1):
                continue
            if segments_touch(poly[i], poly[(i + 1) % n], poly[j], poly[(j + 1) % n]):
                return False
    return True


def random_polygon(rng: random.Random, n: int, lo: int = -6, hi: int = 9) -> list[Pt]:
    while True:
        pts = list({(rng.randint(lo, hi), rng.randint(lo, hi)) for _ in range(n)})
        if len(pts) != n:
            continue
        cx = sum(p[0] for p in pts) / n
        cy = sum(p[1] for p in pts) / n
        pts.sort(key=lambda p: math.atan2(p[1] - cy, p[0] - cx))
        if is_simple(pts) and shoelace(pts) >= 6:
            return pts


def has_lattice_edge(poly: list[Pt]) -> bool:
    return any(math.gcd(abs(b[0] - a[0]), abs(b[1] - a[1])) >= 2
               for a, b in zip(poly, poly[1:] + poly[:1], strict=True))


def polygon_for(rng: random.Random, n: int, want: str, lo: int = -6, hi: int = 9) -> list[Pt]:
    """A random simple polygon that has a lattice point inside the wanted region."""
    while True:
        poly = random_polygon(rng, n, lo, hi)
        if want != "boundary" or has_lattice_edge(poly):
            return poly


def point_with_relation(rng: random.Random, poly: list[Pt], want: str) -> Pt:
    if want == "boundary":
        assert has_lattice_edge(poly)
        while True:
            i = rng.randrange(len(poly))
            a, b = poly[i], poly[(i + 1) % len(poly)]
            g = math.gcd(abs(b[0] - a[0]), abs(b[1] - a[1]))
            if g < 2:
                continue
            t = rng.randint(1, g - 1)
            return (a[0] + (b[0] - a[0]) // g * t, a[1] + (b[1] - a[1]) // g * t)
    xs, ys = [p[0] for p in poly], [p[1] for p in poly]
    while True:
        p = (rng.randint(min(xs) - 2, max(xs) + 2), rng.randint(min(ys) - 2, max(ys) + 2))
        if point_in_polygon(p, poly) == want:
            return p


def circle_points(c1: Pt, r1: int, c2: Pt, r2: int) -> int:
    d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
    assert not (d2 == 0 and r1 == r2)
    if d2 > (r1 + r2) ** 2 or d2 < (r1 - r2) ** 2:
        return 0
    if d2 in ((r1 + r2) ** 2, (r1 - r2) ** 2):
        return 1
    return 2


def fmt_pt(p: Pt, style: int = 0) -> str:
    return f"({p[0]}, {p[1]})" if style == 0 else f"({p[0]},{p[1]})"


def fmt_poly(poly: list[Pt], style: int = 0, sep: str = ", ") -> str:
    return sep.join(fmt_pt(p, style) for p in poly)


TRIPLES = [(3, 4, 5), (6, 8, 10), (5, 12, 13), (8, 6, 10), (0, 7, 7), (9, 12, 15), (4, 3, 5)]


# ================================================================================================
# ARITHMETIC
# ================================================================================================


@template(DEV, "arithmetic", "en", "positive", "budget_chain")
def t_budget_chain(rng: random.Random) -> list[Item]:
    forms = [
        "Doing my monthly budget. {a} + {b} - {c} = ?",
        "Quick math for my budget spreadsheet: what's {a} + {b} - {c}?",
        "{a} plus {b} minus {c}... what does that come to? Just the number, please.",
        "Can you add {a} and {b}, then take away {c}?",
    ]
    out = []
    for f in forms:
        a, b, c = rng.randint(1000, 9999), rng.randint(1000, 9999), rng.randint(100, 2999)
        out.append((f.format(a=f"{a:,}", b=f"{b:,}", c=f"{c:,}"), number(a + b - c)))
    return out


@template(DEV, "arithmetic", "en", "positive", "percent_of")
def t_percent_of(rng: random.Random) -> list[Item]:
    forms = [
        "What's {p}% of {n}?",
        "{p} percent of {n} — what is that?",
        "I need {p}% of {n}. Give me just the number.",
        "Work out {p}% of {n} for me, please.",
    ]
    ps = rng.sample(["12", "15", "35", "8", "45", "62.5", "2.5", "18", "75"], 4)
    out = []
    for f, p in zip(forms, ps, strict=True):
        n = rng.randint(4, 96) * 10
        out.append((f.format(p=p, n=n), number(Fraction(p) / 100 * n)))
    return out


@template(DEV, "arithmetic", "en", "positive", "squared_minus")
def t_squared_minus(rng: random.Random) -> list[Item]:
    forms = [
        "What do you get if you square {a} and then subtract {b}?",
        "{a} squared minus {b}, what's that?",
        "Compute {a} squared minus {b}.",
        "Hey, how much is {a} squared, minus {b}?",
    ]
    out = []
    for f in forms:
        a, b = rng.randint(11, 49), rng.randint(10, 99)
        out.append((f.format(a=a, b=b), number(a * a - b)))
    return out


@template(DEV, "arithmetic", "en", "positive", "fraction_ops")
def t_fraction_ops(rng: random.Random) -> list[Item]:
    forms = [
        ("Can you compute {a}/{b} + {c}/{d} for me? Leave it as a fraction.", "+"),
        ("what is {a}/{b} - {c}/{d}", "-"),
        ("Multiply {a}/{b} by {c}/{d} and simplify.", "*"),
        ("{a}/{b} divided by {c}/{d} = ? (exact answer please)", "/"),
    ]
    out = []
    for f, op in forms:
        b, d = rng.randint(3, 12), rng.randint(3, 12)
        a, c = rng.randint(1, b - 1), rng.randint(1, d - 1)
        while math.gcd(a, b) != 1:
            a = rng.randint(1, b - 1)
        while math.gcd(c, d) != 1:
            c = rng.randint(1, d - 1)
        x, y = Fraction(a, b), Fraction(c, d)
        ans = {"+": x + y, "-": x - y, "*": x * y, "/": x / y}[op]
        out.append((f.format(a=a, b=b, c=c, d=d), number(ans)))
    return out


@template(DEV, "arithmetic", "en", "positive", "unicode_ops")
def t_unicode_ops(rng: random.Random) -> list[Item]:
    out = []
    a, b, d = rng.randint(6, 30), rng.randint(6, 30), rng.randint(2, 9)
    c = d * rng.randint(3, 20)
    out.append((f"{a} × {b} − {c} ÷ {d} = ?", number(a * b - Fraction(c, d))))
    a, b, c, d = rng.randint(3, 15), rng.randint(30, 90), rng.randint(2, 25), rng.randint(2, 7)
    out.append((f"Evaluate: {a} × ({b} − {c}) ÷ {d}", number(Fraction(a * (b - c), d))))
    a, b, c, d = rng.randint(20, 200), rng.randint(2, 8), rng.randint(3, 15), rng.randint(3, 15)
    out.append((f"What's {a} ÷ {b} + {c} × {d}?", number(Fraction(a, b) + c * d)))
    a, b, c, d = rng.randint(10, 60), rng.randint(10, 60), rng.randint(2, 9), rng.randint(5, 99)
    out.append((f"Please calculate ({a} + {b}) × {c} − {d}", number((a + b) * c - d)))
    return out


@template(DEV, "arithmetic", "zh", "positive", "zh_mul")
def t_zh_mul(rng: random.Random) -> list[Item]:
    forms = [
        "帮我算一下 {a} 乘以 {b} 等于多少",
        "{a} 乘以 {b} 是多少啊？",
        "请问 {a} 乘以 {b} 等于几？",
        "算下 {a} 乘以 {b}，只要结果",
    ]
    out = []
    for f in forms:
        a, b = rng.randint(12, 999), rng.randint(11, 99)
        out.append((f.format(a=a, b=b), number(a * b)))
    return out


@template(DEV, "arithmetic", "zh", "positive", "zh_pow_minus")
def t_zh_pow_minus(rng: random.Random) -> list[Item]:
    forms = [
        "{b} 的 {e} 次方减去 {c} 等于多少？",
        "请计算 {b} 的 {e} 次方减 {c}",
        "{b} 的 {e} 次方再减去 {c} 是多少",
        "问一下，{b} 的 {e} 次方减掉 {c} 得多少？",
    ]
    pairs = rng.sample([(2, 10), (3, 5), (5, 4), (7, 3), (4, 6), (6, 3), (2, 12), (3, 7)], 4)
    out = []
    for f, (b, e) in zip(forms, pairs, strict=True):
        c = rng.randint(10, 99)
        out.append((f.format(b=b, e=e, c=c), number(b**e - c)))
    return out


@template(DEV, "arithmetic", "zh", "positive", "zh_factorial_div")
def t_zh_factorial_div(rng: random.Random) -> list[Item]:
    forms = [
        "{m} 的阶乘除以 {n} 的阶乘等于多少？",
        "{m}! 除以 {n}! 是多少",
        "算一下 {m}!/{n}!，谢谢",
        "请问 {m} 的阶乘除以 {n} 的阶乘得几？",
    ]
    out = []
    for f in forms:
        m = rng.randint(7, 15)
        n = m - rng.randint(2, 3)
        out.append((f.format(m=m, n=n), number(Fraction(math.factorial(m), math.factorial(n)))))
    return out


@template(DEV, "arithmetic", "en", "negative", "tip_advice")
def t_tip_advice(rng: random.Random) -> list[Item]:
    return negatives([
        "Is 15% a decent tip on an $80 dinner, or is that stingy?",
        "Should I leave 18% or 20% on a $64 bar tab?",
        "My coworker says 10% is plenty for tipping on a $45 haircut. Is she right?",
        "Is a 25% tip on a $120 meal too much in New York?",
    ])


@template(DEV, "arithmetic", "en", "negative", "clock_time")
def t_clock_time(rng: random.Random) -> list[Item]:
    return negatives([
        "It's 10 pm right now. What time will it be in 15 hours?",
        "What time is it 9 hours after 8 pm?",
        "My shift starts at 7 and lasts 9 hours, so when do I get off?",
        "If my flight leaves at 11:40 and takes 3 hours 50 minutes, when do I land?",
    ])


@template(DEV, "arithmetic", "zh", "negative", "zh_identifiers")
def t_zh_identifiers(rng: random.Random) -> list[Item]:
    return negatives([
        "我的订单号是 20231145，帮我查下物流到哪了",
        "快递单号 7730 4512 9981 一直查不到，怎么办？",
        "手机号 138 0013 8000 是哪里的号码？",
        "工号 10086 的同事是哪个部门的？",
    ])


@template(HELD, "arithmetic", "en", "positive", "list_sum")
def t_list_sum(rng: random.Random) -> list[Item]:
    forms = [
        "Add up these numbers: {xs}.",
        "What is the sum of {xs}?",
        "I have receipts for {xs}. What's the total?",
        "Total of the following, please: {xs}",
    ]
    out = []
    for i, f in enumerate(forms):
        xs = [rng.randint(3, 250) for _ in range(rng.randint(4, 6))]
        if i == 1:
            written = ", ".join(map(str, xs[:-1])) + f" and {xs[-1]}"
        elif i == 2:
            written = ", ".join(f"${x}" for x in xs)
        elif i == 3:
            written = " ".join(map(str, xs))
        else:
            written = ", ".join(map(str, xs))
        out.append((f.format(xs=written), number(sum(xs))))
    return out


@template(HELD, "arithmetic", "en", "positive", "sqrt_homework")
def t_sqrt_homework(rng: random.Random) -> list[Item]:
    forms = [
        "What is the square root of {n}? I'm checking my son's homework.",
        "Checking my daughter's worksheet — square root of {n}?",
        "square root of {n} is what",
        "Find the square root of {n}. Only the answer is needed.",
    ]
    roots = rng.sample(range(13, 99), 4)
    return [(f.format(n=f"{r * r:,}"), number(r)) for f, r in zip(forms, roots, strict=True)]


@template(HELD, "arithmetic", "en", "positive", "remainder")
def t_remainder(rng: random.Random) -> list[Item]:
    forms = [
        "What's the remainder when {a} is divided by {b}?",
        "{a} mod {b} = ?",
        "If you divide {a} by {b}, what's left over?",
        "Remainder of {a} ÷ {b}?",
    ]
    out = []
    for f in forms:
        b = rng.randint(7, 60)
        a = rng.randint(200, 5000)
        if a % b == 0:
            a += 1
        out.append((f.format(a=a, b=b), number(a % b)))
    return out


@template(HELD, "arithmetic", "en", "positive", "decimal_exact")
def t_decimal_exact(rng: random.Random) -> list[Item]:
    out = []
    (a, av), (b, bv) = rdec(rng, 100, 400, 1), rdec(rng, 10, 90, 1)
    c, cv = rdec(rng, 11, 39, 1)
    out.append((f"What's ({a} - {b}) * {c}? Keep it exact.", number((av - bv) * cv)))
    (a, av), (b, bv), (c, cv) = rdec(rng, 11, 99, 1), rdec(rng, 101, 999, 2), \
        rdec(rng, 100, 999, 2)
    out.append((f"Calculate {a} × {b} + {c}", number(av * bv + cv)))
    (a, av), (b, bv), (c, cv) = (rdec(rng, 100, 9999, 2) for _ in range(3))
    out.append((f"{a} + {b} + {c} = ? (it's for a receipt)", number(av + bv + cv)))
    (a, av), (b, bv), (c, cv) = rdec(rng, 500, 999, 1), rdec(rng, 11, 49, 1), \
        rdec(rng, 11, 49, 1)
    out.append((f"Give me {a} − {b} × {c}, exact decimal please.", number(av - bv * cv)))
    return out


@template(HELD, "arithmetic", "en", "positive", "product_list")
def t_product_list(rng: random.Random) -> list[Item]:
    out = []
    a, b, c = rng.randint(3, 25), rng.randint(3, 25), rng.randint(3, 25)
    out.append((f"Multiply {a}, {b} and {c} together.", number(a * b * c)))
    a, b, c, d = (rng.randint(2, 12) for _ in range(4))
    out.append((f"What's the product of {a}, {b}, {c}, and {d}?", number(a * b * c * d)))
    a, b, c = rng.randint(11, 40), rng.randint(11, 40), rng.randint(2, 9)
    out.append((f"{a} times {b} times {c} — what do I get?", number(a * b * c)))
    a, b, c = rng.randint(12, 99), rng.randint(12, 99), rng.randint(2, 9)
    out.append((f"What is {a} x {b} x {c}?", number(a * b * c)))
    return out


@template(HELD, "arithmetic", "zh", "positive", "zh_div_fraction")
def t_zh_div_fraction(rng: random.Random) -> list[Item]:
    forms = [
        "{a} 除以 {b} 等于多少？用分数表示",
        "{a} ÷ {b} 是多少，请给出最简分数",
        "把 {a} 除以 {b} 的结果写成分数",
        "{a} 除以 {b} 得多少？",
    ]
    out = []
    for f in forms:
        b = rng.randint(6, 40)
        a = rng.randint(10, 400)
        while a % b == 0:
            a += 1
        out.append((f.format(a=a, b=b), number(Fraction(a, b))))
    return out


@template(HELD, "arithmetic", "zh", "positive", "zh_mixed_ops")
def t_zh_mixed_ops(rng: random.Random) -> list[Item]:
    forms = [
        "计算：({a} + {b}) × {c} − {d} ÷ {e}",
        "({a}+{b})×{c}-{d}÷{e} 等于多少？",
        "帮忙算下 ({a} + {b}) × {c} − {d} ÷ {e}，谢谢",
        "请问 ({a} + {b}) × {c} − {d} ÷ {e} 的结果是多少",
    ]
    out = []
    for f in forms:
        a, b, c, e = rng.randint(5, 60), rng.randint(5, 60), rng.randint(2, 9), rng.randint(2, 9)
        d = e * rng.randint(2, 15)
        out.append((f.format(a=a, b=b, c=c, d=d, e=e), number((a + b) * c - Fraction(d, e))))
    return out


@template(HELD, "arithmetic", "en", "negative", "status_codes")
def t_status_codes(rng: random.Random) -> list[Item]:
    return negatives([
        "What does a 404 error mean on a website?",
        "My router keeps showing error code 651. What should I do?",
        "I got a 502 from our API gateway; does that mean the server is down?",
        "What does status 401 mean when I call an API?",
    ])


@template(HELD, "arithmetic", "en", "negative", "write_code")
def t_write_code(rng: random.Random) -> list[Item]:
    return negatives([
        "Write a Python function that adds 17 and 25 and prints the result.",
        "How do I compute 15% of a number in Excel?",
        "Can you show me JavaScript code that divides 100 by 7 and rounds it?",
        "What's the Google Sheets formula to sum A1 through A10?",
    ])


@template(HELD, "arithmetic", "zh", "negative", "zh_numbers_meaning")
def t_zh_numbers_meaning(rng: random.Random) -> list[Item]:
    return negatives([
        "医生让我从 100 开始连续减 7，这是在测试什么？",
        "为什么 0 不能作为除数？讲讲道理",
        "年化利率 3.5% 的定期存款靠谱吗？",
        "小学生一般几年级开始背九九乘法表？",
    ])


# ================================================================================================
# COMPARISON
# ================================================================================================


def tricky_decimal_pair(rng: random.Random) -> tuple[str, str]:
    """Two decimals with the same whole part and different lengths, like 9.11 and 9.9."""
    while True:
        whole = rng.randint(0, 20)
        d2 = rng.randint(2, 9)
        d1 = rng.randint(10, 99)
        if d1 != d2 * 10 and d1 % 10 != 0:
            pair = [f"{whole}.{d1}", f"{whole}.{d2}"]
            rng.shuffle(pair)
            return pair[0], pair[1]


@template(DEV, "comparison", "en", "positive", "bigger_decimal")
def t_bigger_decimal(rng: random.Random) -> list[Item]:
    forms = [
        "Which is larger, {x} or {y}?",
        "quick sanity check — which number is bigger: {x} or {y}?",
        "{x} vs {y}: which one's greater?",
        "Settle a debate for us: is {x} or {y} the bigger number?",
    ]
    out = []
    for f in forms:
        x, y = tricky_decimal_pair(rng)
        out.append((f.format(x=x, y=y), choice(max(x, y, key=val))))
    return out


@template(DEV, "comparison", "en", "positive", "negative_greater")
def t_negative_greater(rng: random.Random) -> list[Item]:
    forms = [
        "Is {a} greater than {b}?",
        "True or false: {a} > {b}",
        "Is {a} bigger than {b}? yes or no",
        "Would {a} be more than {b}?",
    ]
    wants = [True, False, True, False]
    rng.shuffle(wants)
    out = []
    for f, want in zip(forms, wants, strict=True):
        while True:
            a = str(-rng.randint(1, 40))
            b = rng.choice([str(-rng.randint(1, 40)), rdec(rng, -400, -10, 1)[0]])
            if val(a) != val(b) and (val(a) > val(b)) == want:
                break
        out.append((f.format(a=a, b=b), yesno(val(a) > val(b))))
    return out


@template(DEV, "comparison", "en", "positive", "sort_ascending_mixed")
def t_sort_ascending_mixed(rng: random.Random) -> list[Item]:
    forms = [
        "Sort these from smallest to largest: {xs}",
        "Can you put {xs} in increasing order?",
        "Order least to greatest → {xs}",
        "Please arrange the following in ascending order: {xs}.",
    ]
    out = []
    for f in forms:
        while True:
            q = rng.randint(2, 9)
            p = rng.randint(1, 4 * q)
            if math.gcd(p, q) != 1:
                continue
            items = [str(rng.randint(-9, 20)), str(-rng.randint(1, 9)),
                     rdec(rng, 1, 99, 1)[0], rdec(rng, 1, 99, 2)[0], f"{p}/{q}"]
            if len({val(s) for s in items}) == len(items):
                break
        rng.shuffle(items)
        out.append((f.format(xs=", ".join(items)),
                    num_list(sorted(items, key=val), True, "asc")))
    return out


def frac_vs_decimal(rng: random.Random) -> tuple[str, str]:
    """A fraction and a nearby two-place decimal that differs from it."""
    while True:
        q = rng.randint(3, 13)
        p = rng.randint(1, q - 1)
        if math.gcd(p, q) != 1:
            continue
        x = Fraction(p, q)
        cents = math.floor(x * 100) + rng.choice([0, 1])
        y = Fraction(cents, 100)
        if y != x and cents % 10 != 0:
            pair = [f"{p}/{q}", dec(cents, 2)[0]]
            rng.shuffle(pair)
            return pair[0], pair[1]


@template(DEV, "comparison", "en", "positive", "smaller_frac_dec")
def t_smaller_frac_dec(rng: random.Random) -> list[Item]:
    forms = [
        "Which is smaller: {x} or {y}?",
        "Which of these is less, {x} or {y}?",
        "I can never remember — is {x} or {y} smaller?",
        "Pick the smaller value: {x}, {y}",
    ]
    out = []
    for f in forms:
        x, y = frac_vs_decimal(rng)
        out.append((f.format(x=x, y=y), choice(min(x, y, key=val))))
    return out


@template(DEV, "comparison", "en", "positive", "sort_descending_ints")
def t_sort_descending_ints(rng: random.Random) -> list[Item]:
    out = []
    for i in range(4):
        xs = [str(x) for x in rng.sample(range(1, 200), rng.randint(5, 7))]
        if i == 0:
            prompt = f"Put {', '.join(xs)} in descending order."
        elif i == 1:
            prompt = f"Rank these test scores from highest to lowest: {', '.join(xs[:-1])} " \
                     f"and {xs[-1]}"
        elif i == 2:
            prompt = f"Sort largest first: {'; '.join(xs)}"
        else:
            prompt = f"Order from biggest to smallest, please — {' '.join(xs)}"
        out.append((prompt, num_list(sorted(xs, key=val, reverse=True), True, "desc")))
    return out


@template(DEV, "comparison", "zh", "positive", "zh_which_big")
def t_zh_which_big(rng: random.Random) -> list[Item]:
    forms = [
        "{x} 和 {y} 哪个大？",
        "{x} 跟 {y} 比，哪个更大",
        "请问 {x} 与 {y} 哪个数大一些？",
        "{x}、{y}，谁大？",
    ]
    out = []
    for f in forms:
        x, y = tricky_decimal_pair(rng)
        out.append((f.format(x=x, y=y), choice(max(x, y, key=val))))
    return out


@template(DEV, "comparison", "zh", "positive", "zh_bigger_q")
def t_zh_bigger_q(rng: random.Random) -> list[Item]:
    forms = [
        "{a} 比 {b} 大吗？",
        "判断一下：{a} 比 {b} 大吗",
        "请问 {a} 大于 {b} 吗",
        "我想确认下，{a} 比 {b} 大吗？",
    ]
    wants = [True, True, False, False]
    rng.shuffle(wants)
    out = []
    for f, want in zip(forms, wants, strict=True):
        while True:
            a = rng.choice([rdec(rng, -99, 99, 1)[0], str(rng.randint(-9, 9))])
            b = rng.choice([rdec(rng, -99, 99, 1)[0], str(rng.randint(-9, 9))])
            if val(a) != val(b) and (val(a) > val(b)) == want:
                break
        out.append((f.format(a=a, b=b), yesno(val(a) > val(b))))
    return out


@template(DEV, "comparison", "en", "negative", "software_versions")
def t_software_versions(rng: random.Random) -> list[Item]:
    return negatives([
        "Is Python 3.11 newer than 3.9?",
        "Is macOS 14.2 more recent than 13.6?",
        "Is Node 18.20 a newer release than 18.3?",
        "Which came out first, Windows 10 or Windows 8.1?",
    ])


@template(DEV, "comparison", "en", "negative", "unit_compare")
def t_unit_compare(rng: random.Random) -> list[Item]:
    return negatives([
        "Which is hotter, 100 degrees Fahrenheit or 40 degrees Celsius?",
        "Is 5 miles longer than 8 kilometers?",
        "Which weighs more, 2 pounds or 1 kilogram?",
        "Is 30 mph faster than 50 km/h?",
    ])


@template(DEV, "comparison", "zh", "negative", "zh_opinion")
def t_zh_opinion(rng: random.Random) -> list[Item]:
    return negatives([
        "iPhone 15 和 iPhone 13 哪个更值得买？",
        "上海月薪 8000 和成都月薪 6000，哪个日子过得更好？",
        "GPA 3.5 和 3.7 对申请研究生差别大吗？",
        "身高 175 在北方算高吗？",
    ])


@template(HELD, "comparison", "en", "positive", "larger_frac_dec")
def t_larger_frac_dec(rng: random.Random) -> list[Item]:
    forms = [
        "Out of {x} and {y}, which one is the larger number?",
        "Which has the greater value: {x} or {y}?",
        "Tell me which is bigger — {x} or {y}. Just the number.",
        "Between {x} and {y}, which is more?",
    ]
    out = []
    for f in forms:
        x, y = frac_vs_decimal(rng)
        out.append((f.format(x=x, y=y), choice(max(x, y, key=val))))
    return out


@template(HELD, "comparison", "en", "positive", "rank_desc_mixed")
def t_rank_desc_mixed(rng: random.Random) -> list[Item]:
    forms = [
        "Rank from biggest to smallest: {xs}",
        "Could you list {xs} in decreasing order?",
        "{xs} — sort them high to low for me.",
        "Descending order please: {xs}",
    ]
    seps = ["; ", ", ", ", ", " "]
    out = []
    for f, sep in zip(forms, seps, strict=True):
        while True:
            items = [rdec(rng, -500, 500, 1)[0], str(rng.randint(-30, 30)),
                     rdec(rng, -99, 99, 2)[0], str(rng.randint(-30, 30)),
                     rdec(rng, -500, 500, 1)[0]]
            if len({val(s) for s in items}) == len(items):
                break
        out.append((f.format(xs=sep.join(items)),
                    num_list(sorted(items, key=val, reverse=True), True, "desc")))
    return out


@template(HELD, "comparison", "en", "positive", "less_than_bool")
def t_less_than_bool(rng: random.Random) -> list[Item]:
    forms = [
        "Is {x} less than {y}?",
        "Quick check: {x} < {y}, true or false?",
        "Is {x} smaller than {y}? Answer yes or no.",
        "My notes say {x} is less than {y}. Is that right?",
    ]
    out = []
    for f in forms:
        x, y = frac_vs_decimal(rng)
        out.append((f.format(x=x, y=y), yesno(val(x) < val(y))))
    return out


@template(HELD, "comparison", "en", "positive", "smaller_negative_dec")
def t_smaller_negative_dec(rng: random.Random) -> list[Item]:
    forms = [
        "Between {x} and {y}, which is smaller?",
        "Which number is lower, {x} or {y}?",
        "The thermometer readings were {x} and {y}. Which value is smaller?",
        "{x} or {y} — which one is the minimum?",
    ]
    out = []
    for f in forms:
        x, y = tricky_decimal_pair(rng)
        x, y = "-" + x, "-" + y
        out.append((f.format(x=x, y=y), choice(min(x, y, key=val))))
    return out


@template(HELD, "comparison", "en", "positive", "ascending_decimals")
def t_ascending_decimals(rng: random.Random) -> list[Item]:
    forms = [
        "Arrange in ascending order: {xs}",
        "Smallest to biggest, what's the order of {xs}?",
        "Sort ascending: {xs}. Thanks!",
        "I need these in order from lowest to highest: {xs}",
    ]
    digits = rng.sample(range(1, 10), 4)
    out = []
    for f, d in zip(forms, digits, strict=True):
        items = [f"0.{d}", f"0.0{d}", f"0.{d}{d}", f"0.{d}0{d}"]
        rng.shuffle(items)
        out.append((f.format(xs=", ".join(items)),
                    num_list(sorted(items, key=val), True, "asc")))
    return out


@template(HELD, "comparison", "zh", "positive", "zh_which_small")
def t_zh_which_small(rng: random.Random) -> list[Item]:
    forms = [
        "{x} 和 {y} 哪个小？",
        "{x} 与 {y} 相比，哪个更小",
        "请问 {x} 和 {y} 哪个数比较小？",
        "{x}、{y} 这两个数里谁小",
    ]
    out = []
    for f in forms:
        x, y = frac_vs_decimal(rng)
        out.append((f.format(x=x, y=y), choice(min(x, y, key=val))))
    return out


@template(HELD, "comparison", "zh", "positive", "zh_less_check")
def t_zh_less_check(rng: random.Random) -> list[Item]:
    forms = [
        "{a} 小于 {b}，对吗？",
        "{a} 比 {b} 小，对不对？",
        "请判断 {a} 是否小于 {b}",
        "{a} < {b} 成立吗？",
    ]
    wants = [True, False, True, False]
    rng.shuffle(wants)
    out = []
    for f, want in zip(forms, wants, strict=True):
        while True:
            a, b = tricky_decimal_pair(rng)
            if (val(a) < val(b)) == want:
                break
        out.append((f.format(a=a, b=b), yesno(val(a) < val(b))))
    return out


@template(HELD, "comparison", "zh", "positive", "zh_sort_asc")
def t_zh_sort_asc(rng: random.Random) -> list[Item]:
    forms = [
        "请把下面的数从小到大排序：{xs}",
        "{xs}，按从小到大的顺序排一下",
        "把这几个数升序排列：{xs}",
        "帮我从小到大排个序：{xs}",
    ]
    out = []
    for i, f in enumerate(forms):
        while True:
            items = [str(rng.randint(-20, 50)) for _ in range(3)] + \
                [rdec(rng, -200, 500, 1)[0] for _ in range(2)]
            if len({val(s) for s in items}) == len(items):
                break
        sep = "、" if i % 2 == 0 else "，"
        out.append((f.format(xs=sep.join(items)),
                    num_list(sorted(items, key=val), True, "asc")))
    return out


@template(HELD, "comparison", "en", "negative", "world_sizes")
def t_world_sizes(rng: random.Random) -> list[Item]:
    return negatives([
        "Which is bigger, Texas or France?",
        "Is Mount Everest taller than K2?",
        "Which has more people, Canada or California?",
        "Is the Pacific deeper than the Atlantic on average?",
    ])


@template(HELD, "comparison", "en", "negative", "health_thresholds")
def t_health_thresholds(rng: random.Random) -> list[Item]:
    return negatives([
        "Is 38.5 a high fever for a toddler?",
        "Is a resting heart rate of 52 too low?",
        "My blood pressure is 135 over 85 — is that higher than normal?",
        "Is a credit score of 690 better than average?",
    ])


@template(HELD, "comparison", "zh", "negative", "zh_life_compare")
def t_zh_life_compare(rng: random.Random) -> list[Item]:
    return negatives([
        "我体重 65 公斤，算胖吗？",
        "雅思 6.5 和托福 90 哪个更难考？",
        "北京和上海哪个城市面积更大？",
        "3 月 15 号和 4 月 1 号哪天的机票更便宜？",
    ])


# ================================================================================================
# COUNTING
# ================================================================================================

OCCURRENCE = [("strawberry", "r"), ("mississippi", "s"), ("banana", "a"), ("bookkeeper", "e"),
              ("committee", "m"), ("assessment", "s"), ("occurrence", "c"), ("parallel", "l"),
              ("referee", "e"), ("tennessee", "e"), ("possession", "s"), ("millennium", "n"),
              ("cinnamon", "n"), ("abracadabra", "a"), ("successful", "s"), ("raspberry", "r")]
LONG_WORDS = ["encyclopedia", "extraordinary", "photosynthesis", "refrigerator", "chocolate",
              "kaleidoscope", "thermometer", "bureaucracy", "hippopotamus", "questionnaire",
              "spaghetti", "lighthouse", "astronaut", "constellation"]
VOWEL_WORDS = ["education", "sequoia", "onomatopoeia", "beautiful", "algorithm", "television",
               "information", "imagination", "communication", "queue", "aeroplane", "audience"]
SENTENCES = ["The quick brown fox jumps over the lazy dog",
             "She sells sea shells by the sea shore",
             "All that glitters is not gold",
             "We finally finished painting the back fence on Sunday",
             "My grandmother still writes letters by hand every week",
             "Practice makes progress even when it feels slow",
             "The library closes early on public holidays",
             "Please remember to water the plants while I am away",
             "Our team won the final match in extra time",
             "Fresh bread smells better than almost anything"]
REVERSE_WORDS = ["drawer", "stressed", "diaper", "planet", "garden", "lemon", "pencil",
                 "rocket", "window", "harbor", "spoons", "animal"]
ANAGRAMS = [("listen", "silent"), ("night", "thing"), ("dusty", "study"), ("heart", "earth"),
            ("angel", "glean"), ("lemon", "melon"), ("brake", "baker"), ("peach", "cheap"),
            ("master", "stream"), ("rescue", "secure"), ("state", "taste"), ("evil", "vile"),
            ("heart", "heard"), ("below", "bellow"), ("stream", "steam"), ("master", "mister"),
            ("silent", "listens"), ("night", "think"), ("apple", "pallet"), ("tiger", "tigers"),
            ("carpet", "captor"), ("secure", "rescued")]
DISTINCT_WORDS = ["bookkeeper", "mississippi", "banana", "committee", "balloon", "tattoo",
                  "cocoa", "successes", "assessment", "referee", "coffee", "pepper"]
CONSONANT_WORDS = ["strengths", "twelfth", "chocolate", "knight", "splendid", "crossword",
                   "scratch", "handkerchief", "blanket", "stretch", "sandwich"]
LONGER_PAIRS = [("elephant", "butterfly"), ("giraffe", "crocodile"), ("kangaroo", "hippo"),
                ("penguin", "flamingo"), ("mountain", "ocean"), ("library", "bookstore"),
                ("river", "waterfall"), ("tomato", "cucumber"), ("winter", "autumnal"),
                ("orange", "grapefruit")]
LAST_WORDS = ["rhythm", "sandwich", "bouquet", "psalm", "knack", "pizza", "museum", "jigsaw",
              "climb", "echo"]


def vowel_count(w: str) -> int:
    return sum(c in "aeiou" for c in w.lower())


@template(DEV, "counting", "en", "positive", "letter_occurrences")
def t_letter_occurrences(rng: random.Random) -> list[Item]:
    forms = [
        "How many times does the letter '{c}' appear in '{w}'?",
        "count the {c}'s in {w}",
        "In the word \"{w}\", how many times does {c} show up?",
        "My kid asked me how many {C}'s are in {w}. Can you count them?",
    ]
    pairs = rng.sample(OCCURRENCE, 4)
    return [(f.format(c=c, C=c.upper(), w=w), number(w.count(c)))
            for f, (w, c) in zip(forms, pairs, strict=True)]


@template(DEV, "counting", "en", "positive", "letters_in_word")
def t_letters_in_word(rng: random.Random) -> list[Item]:
    forms = [
        "How many letters are in the word '{w}'?",
        "How long is the word {w}, in letters?",
        "letter count for \"{w}\"?",
        "I'm doing a crossword. How many letters does '{w}' have?",
    ]
    words = rng.sample(LONG_WORDS, 4)
    return [(f.format(w=w), number(len(w))) for f, w in zip(forms, words, strict=True)]


@template(DEV, "counting", "en", "positive", "vowel_count")
def t_vowel_count(rng: random.Random) -> list[Item]:
    forms = [
        "How many vowels are there in '{w}'?",
        "Count the vowels in the word {w}.",
        "{w} — how many vowels does it contain?",
        "Number of vowels in \"{w}\", please.",
    ]
    words = rng.sample(VOWEL_WORDS, 4)
    return [(f.format(w=w), number(vowel_count(w))) for f, w in zip(forms, words, strict=True)]


@template(DEV, "counting", "en", "positive", "words_in_sentence")
def t_words_in_sentence(rng: random.Random) -> list[Item]:
    forms = [
        "How many words are in this sentence: '{s}'?",
        "Word count please: \"{s}\"",
        "Count the words in the following: {s}",
        "'{s}' — how many words is that?",
    ]
    sents = rng.sample(SENTENCES, 4)
    return [(f.format(s=s), number(len(s.split()))) for f, s in zip(forms, sents, strict=True)]


@template(DEV, "counting", "en", "positive", "reverse_word")
def t_reverse_word(rng: random.Random) -> list[Item]:
    forms = [
        "Spell '{w}' backwards.",
        "What is {w} written in reverse?",
        "Reverse the letters of \"{w}\".",
        "If you read {w} backwards, what do you get?",
    ]
    words = rng.sample(REVERSE_WORDS, 4)
    return [(f.format(w=w), text(w[::-1])) for f, w in zip(forms, words, strict=True)]


@template(DEV, "counting", "zh", "positive", "zh_letter_count")
def t_zh_letter_count(rng: random.Random) -> list[Item]:
    forms = [
        "单词 {w} 里面有多少个字母 {c}？",
        "{w} 这个词里有几个 {c}？",
        "数一下 {w} 中字母 {c} 出现了几次",
        "“{w}”里一共有多少个 {c}",
    ]
    pairs = rng.sample(OCCURRENCE, 4)
    return [(f.format(c=c, w=w), number(w.count(c)))
            for f, (w, c) in zip(forms, pairs, strict=True)]


@template(DEV, "counting", "zh", "positive", "zh_nth_letter")
def t_zh_nth_letter(rng: random.Random) -> list[Item]:
    forms = [
        "{w} 这个单词的第{cn}个字母是什么？",
        "请问单词 {w} 的第 {n} 个字母是哪个",
        "“{w}”的第{cn}个字母是？",
        "{w} 从左往右数第 {n} 个字母是什么",
    ]
    words = rng.sample(LONG_WORDS + VOWEL_WORDS, 4)
    out = []
    for f, w in zip(forms, words, strict=True):
        n = rng.randint(2, min(9, len(w)))
        out.append((f.format(w=w, n=n, cn=ZH_NUM[n]), text(w[n - 1])))
    return out


@template(DEV, "counting", "zh", "positive", "zh_anagram")
def t_zh_anagram(rng: random.Random) -> list[Item]:
    forms = [
        "{a} 和 {b} 是不是字母异位词？",
        "{a} 与 {b} 是否由完全相同的字母组成（互为异位词）？",
        "判断 {a} 和 {b} 是否互为变位词",
        "“{a}”和“{b}”是字母重排的关系吗？",
    ]
    yes = [p for p in ANAGRAMS if sorted(p[0]) == sorted(p[1])]
    no = [p for p in ANAGRAMS if sorted(p[0]) != sorted(p[1])]
    pairs = rng.sample(yes, 2) + rng.sample(no, 2)
    rng.shuffle(pairs)
    return [(f.format(a=a, b=b), yesno(sorted(a) == sorted(b)))
            for f, (a, b) in zip(forms, pairs, strict=True)]


@template(DEV, "counting", "en", "negative", "alphabet_trivia")
def t_alphabet_trivia(rng: random.Random) -> list[Item]:
    return negatives([
        "How many letters are in the Greek alphabet?",
        "How many letters does the Hawaiian alphabet have?",
        "How many characters are there in Japanese hiragana?",
        "How many words are in the US Constitution?",
    ])


@template(DEV, "counting", "en", "negative", "length_advice")
def t_length_advice(rng: random.Random) -> list[Item]:
    return negatives([
        "How many words should a cover letter be?",
        "How many words a minute counts as a good typing speed?",
        "How long should a wedding toast be, in words?",
        "How many letters should a strong password have?",
    ])


@template(DEV, "counting", "zh", "negative", "zh_strokes")
def t_zh_strokes(rng: random.Random) -> list[Item]:
    return negatives([
        "“人”字有几画？",
        "“鬱”这个字一共多少笔画？",
        "英语里大概有多少个单词？",
        "“中”字的第三笔是什么？",
    ])


@template(HELD, "counting", "en", "positive", "longer_word")
def t_longer_word(rng: random.Random) -> list[Item]:
    forms = [
        "Which word is longer: '{a}' or '{b}'?",
        "Which has more letters, {a} or {b}?",
        "Between \"{a}\" and \"{b}\", which word has more letters?",
        "{a} or {b} — which one is the longer word?",
    ]
    pairs = rng.sample(LONGER_PAIRS, 4)
    out = []
    for f, pair in zip(forms, pairs, strict=True):
        a, b = rng.sample(pair, 2)
        assert len(a) != len(b)
        out.append((f.format(a=a, b=b), word_choice(max(a, b, key=len))))
    return out


@template(HELD, "counting", "en", "positive", "anagram_check")
def t_anagram_check(rng: random.Random) -> list[Item]:
    forms = [
        "Are '{a}' and '{b}' anagrams?",
        "Is {b} an anagram of {a}?",
        "Can the letters of \"{a}\" be rearranged to spell \"{b}\"?",
        "Word game question: are {a} and {b} anagrams of each other?",
    ]
    yes = [p for p in ANAGRAMS if sorted(p[0]) == sorted(p[1])]
    no = [p for p in ANAGRAMS if sorted(p[0]) != sorted(p[1])]
    pairs = rng.sample(yes, 2) + rng.sample(no, 2)
    rng.shuffle(pairs)
    return [(f.format(a=a, b=b), yesno(sorted(a) == sorted(b)))
            for f, (a, b) in zip(forms, pairs, strict=True)]


@template(HELD, "counting", "en", "positive", "last_letter")
def t_last_letter(rng: random.Random) -> list[Item]:
    forms = [
        "What's the last letter of '{w}'?",
        "Which letter does {w} end with?",
        "Tell me the final letter in the word \"{w}\".",
        "What letter comes at the end of {w}?",
    ]
    words = rng.sample(LAST_WORDS, 4)
    return [(f.format(w=w), text(w[-1])) for f, w in zip(forms, words, strict=True)]


@template(HELD, "counting", "en", "positive", "distinct_letters")
def t_distinct_letters(rng: random.Random) -> list[Item]:
    forms = [
        "How many distinct letters does '{w}' have?",
        "How many different letters are used in {w}?",
        "Counting each letter only once, how many letters are in \"{w}\"?",
        "Number of unique letters in the word {w}?",
    ]
    words = rng.sample(DISTINCT_WORDS, 4)
    return [(f.format(w=w), number(len(set(w)))) for f, w in zip(forms, words, strict=True)]


@template(HELD, "counting", "en", "positive", "consonant_count")
def t_consonant_count(rng: random.Random) -> list[Item]:
    forms = [
        "How many consonants are in '{w}'?",
        "Count the consonants in {w}.",
        "{w}: how many of its letters are consonants?",
        "For a phonics worksheet — number of consonants in \"{w}\"?",
    ]
    words = rng.sample(CONSONANT_WORDS, 4)
    return [(f.format(w=w), number(len(w) - vowel_count(w)))
            for f, w in zip(forms, words, strict=True)]


@template(HELD, "counting", "zh", "positive", "zh_word_length")
def t_zh_word_length(rng: random.Random) -> list[Item]:
    forms = [
        "{w} 这个单词一共有几个字母？",
        "单词 {w} 有多少个字母",
        "“{w}”由几个字母组成？",
        "请数一数 {w} 的字母个数",
    ]
    words = rng.sample(LONG_WORDS, 4)
    return [(f.format(w=w), number(len(w))) for f, w in zip(forms, words, strict=True)]


@template(HELD, "counting", "zh", "positive", "zh_sentence_words")
def t_zh_sentence_words(rng: random.Random) -> list[Item]:
    forms = [
        "这句英文有几个单词：{s}",
        "“{s}”这句话一共多少个单词？",
        "数一下下面这句话的单词数：{s}",
        "{s}——这句里有多少个词？",
    ]
    sents = rng.sample(SENTENCES, 4)
    return [(f.format(s=s), number(len(s.split()))) for f, s in zip(forms, sents, strict=True)]


@template(HELD, "counting", "en", "negative", "count_trivia")
def t_count_trivia(rng: random.Random) -> list[Item]:
    return negatives([
        "How many syllables are in a haiku?",
        "How many keys does a standard piano have?",
        "How many letters are in the Russian alphabet?",
        "How many lines does a sonnet have?",
    ])


@template(HELD, "counting", "en", "negative", "word_meaning")
def t_word_meaning(rng: random.Random) -> list[Item]:
    return negatives([
        "What does the word 'serendipity' mean?",
        "Is 'irregardless' a real word?",
        "What's a good synonym for 'happy'?",
        "What's the plural of 'octopus'?",
    ])


@template(HELD, "counting", "zh", "negative", "zh_text_trivia")
def t_zh_text_trivia(rng: random.Random) -> list[Item]:
    return negatives([
        "英语里最长的单词有多少个字母？",
        "汉语拼音一共有多少个声母？",
        "《红楼梦》大概有多少字？",
        "一首七言绝句一共多少个字？",
    ])


# ================================================================================================
# NUMBER THEORY
# ================================================================================================


def prime_mix(rng: random.Random, lo: int, hi: int) -> list[int]:
    """Two primes and two odd composites without small factors, shuffled."""
    primes = [n for n in range(lo, hi) if is_prime(n)]
    hard = [n for n in range(lo, hi)
            if not is_prime(n) and n % 2 and n % 3 and n % 5 and factorize(n)[0][0] >= 7]
    out = rng.sample(primes, 2) + rng.sample(hard, 2)
    rng.shuffle(out)
    return out


def smooth_number(rng: random.Random, lo: int, hi: int) -> int:
    while True:
        n = 1
        for p in (2, 3, 5, 7, 11, 13):
            n *= p ** rng.choice([0, 0, 1, 1, 2, 3])
        if lo <= n <= hi and len(factorize(n)) >= 2 and max(e for _, e in factorize(n)) >= 2:
            return n


@template(DEV, "number_theory", "en", "positive", "is_prime")
def t_is_prime(rng: random.Random) -> list[Item]:
    forms = [
        "Is {n} prime?",
        "Is {n} a prime number or not?",
        "quick q: is {n} prime",
        "Can you tell me if {n} is prime?",
    ]
    ns = prime_mix(rng, 100, 1000)
    return [(f.format(n=n), yesno(is_prime(n))) for f, n in zip(forms, ns, strict=True)]


@template(DEV, "number_theory", "en", "positive", "prime_factorization")
def t_prime_factorization(rng: random.Random) -> list[Item]:
    forms = [
        "What is the prime factorization of {n}?",
        "Break {n} down into prime factors.",
        "Factor {n} into primes, please.",
        "prime factors of {n} with exponents?",
    ]
    out = []
    for f in forms:
        n = smooth_number(rng, 100, 9999)
        out.append((f.format(n=n), factorization(n)))
    return out


@template(DEV, "number_theory", "en", "positive", "gcd")
def t_gcd(rng: random.Random) -> list[Item]:
    forms = [
        "What is the greatest common divisor of {a} and {b}?",
        "gcd({a}, {b}) = ?",
        "Find the highest common factor of {a} and {b}.",
        "What's the biggest number that divides both {a} and {b}?",
    ]
    out = []
    for f in forms:
        g = rng.randint(2, 30)
        a, b = g * rng.randint(2, 20), g * rng.randint(2, 20)
        while a == b:
            b += g
        out.append((f.format(a=a, b=b), number(math.gcd(a, b))))
    return out


@template(DEV, "number_theory", "en", "positive", "primes_below")
def t_primes_below(rng: random.Random) -> list[Item]:
    forms = [
        "List all the prime numbers less than {n}.",
        "Which primes are smaller than {n}?",
        "Give me every prime under {n}.",
        "What are the primes below {n}?",
    ]
    ns = rng.sample(range(15, 70), 4)
    return [(f.format(n=n), num_list([str(p) for p in range(2, n) if is_prime(p)], False))
            for f, n in zip(forms, ns, strict=True)]


@template(DEV, "number_theory", "en", "positive", "digit_sum")
def t_digit_sum(rng: random.Random) -> list[Item]:
    forms = [
        "What's the sum of the digits of {n}?",
        "Add up the digits in {n}.",
        "digit sum of {n}?",
        "If you add together all the digits of {n}, what do you get?",
    ]
    out = []
    for i, f in enumerate(forms):
        n = rng.randint(10_000, 9_999_999)
        written = f"{n:,}" if i % 2 == 0 else str(n)
        out.append((f.format(n=written), number(sum(int(c) for c in str(n)))))
    return out


@template(DEV, "number_theory", "zh", "positive", "zh_lcm")
def t_zh_lcm(rng: random.Random) -> list[Item]:
    forms = [
        "{a} 和 {b} 的最小公倍数是多少？",
        "求 {a} 与 {b} 的最小公倍数",
        "{a}、{b} 的最小公倍数等于几",
        "请问 {a} 跟 {b} 的最小公倍数",
    ]
    out = []
    for f in forms:
        a, b = rng.sample(range(6, 120), 2)
        out.append((f.format(a=a, b=b), number(math.lcm(a, b))))
    return out


@template(DEV, "number_theory", "zh", "positive", "zh_is_prime")
def t_zh_is_prime(rng: random.Random) -> list[Item]:
    forms = [
        "{n} 是质数吗？",
        "请问 {n} 是不是素数",
        "判断一下 {n} 是否为质数",
        "{n} 算素数吗？",
    ]
    ns = prime_mix(rng, 100, 2000)
    return [(f.format(n=n), yesno(is_prime(n))) for f, n in zip(forms, ns, strict=True)]


@template(DEV, "number_theory", "en", "negative", "lucky_numbers")
def t_lucky_numbers(rng: random.Random) -> list[Item]:
    return negatives([
        "Is 7 really a lucky number?",
        "Why do people think 13 is unlucky?",
        "Is 8 considered lucky in China?",
        "Should I avoid the number 4 when picking an apartment floor?",
    ])


@template(DEV, "number_theory", "en", "negative", "prime_trivia")
def t_prime_trivia(rng: random.Random) -> list[Item]:
    return negatives([
        "What's the largest known prime number?",
        "Who proved that there are infinitely many primes?",
        "What is the Goldbach conjecture about?",
        "Who noticed that 1729 is a special number?",
    ])


@template(DEV, "number_theory", "zh", "negative", "zh_concepts")
def t_zh_concepts(rng: random.Random) -> list[Item]:
    return negatives([
        "为什么 1 不是质数？",
        "质数在现实中有什么用？",
        "哥德巴赫猜想被证明了吗？",
        "最大公约数和最小公倍数有什么区别？",
    ])


@template(HELD, "number_theory", "en", "positive", "largest_prime_factor")
def t_largest_prime_factor(rng: random.Random) -> list[Item]:
    forms = [
        "What is the largest prime factor of {n}?",
        "Find the biggest prime that divides {n}.",
        "{n}: what's its greatest prime factor?",
        "largest prime factor of {n}?",
    ]
    ps = [p for p in range(7, 200) if is_prime(p)]
    out = []
    for f in forms:
        n = rng.choice([2, 3, 5, 6, 10, 15]) * rng.choice(ps) * rng.choice(ps)
        out.append((f.format(n=f"{n:,}"), number(factorize(n)[-1][0])))
    return out


@template(HELD, "number_theory", "en", "positive", "lcm")
def t_lcm(rng: random.Random) -> list[Item]:
    forms = [
        "What's the least common multiple of {a} and {b}?",
        "lcm of {a} and {b}?",
        "Find the smallest number that both {a} and {b} divide into evenly.",
        "Compute LCM({a}, {b}).",
    ]
    out = []
    for f in forms:
        a, b = rng.sample(range(4, 90), 2)
        out.append((f.format(a=a, b=b), number(math.lcm(a, b))))
    return out


@template(HELD, "number_theory", "en", "positive", "happy_range")
def t_happy_range(rng: random.Random) -> list[Item]:
    forms = [
        "Which numbers between {a} and {b} are happy numbers?",
        "List the happy numbers from {a} to {b}.",
        "Find all happy numbers in the range {a}–{b}.",
        "happy numbers between {a} and {b}?",
    ]
    out = []
    for f in forms:
        while True:
            a = rng.randint(2, 150)
            b = a + rng.randint(15, 40)
            found = [str(n) for n in range(a, b + 1) if is_happy(n)]
            if not is_happy(a) and not is_happy(b) and found:
                break
        out.append((f.format(a=a, b=b), num_list(found, False)))
    return out


@template(HELD, "number_theory", "en", "positive", "prime_yes_no")
def t_prime_yes_no(rng: random.Random) -> list[Item]:
    forms = [
        "Tell me whether {n} is prime — yes or no.",
        "Is the number {n} prime? Just yes or no.",
        "For my number theory homework: is {n} a prime?",
        "{n} — prime or not?",
    ]
    ns = prime_mix(rng, 1000, 10000)
    return [(f.format(n=f"{n:,}"), yesno(is_prime(n))) for f, n in zip(forms, ns, strict=True)]


@template(HELD, "number_theory", "en", "positive", "factor_into_primes")
def t_factor_into_primes(rng: random.Random) -> list[Item]:
    forms = [
        "Factor {n} into primes.",
        "Write {n} as a product of prime powers.",
        "What's {n} in terms of its prime factors?",
        "Could you give me the prime decomposition of {n}?",
    ]
    out = []
    for f in forms:
        n = smooth_number(rng, 1000, 99999)
        out.append((f.format(n=f"{n:,}"), factorization(n)))
    return out


@template(HELD, "number_theory", "zh", "positive", "zh_gcd")
def t_zh_gcd(rng: random.Random) -> list[Item]:
    forms = [
        "{a} 和 {b} 的最大公约数",
        "求 {a}、{b} 的最大公因数",
        "{a} 与 {b} 的最大公约数是多少？",
        "请算一下 {a} 跟 {b} 的最大公约数",
    ]
    out = []
    for f in forms:
        g = rng.randint(2, 40)
        a, b = g * rng.randint(2, 15), g * rng.randint(2, 15)
        while a == b:
            b += g
        out.append((f.format(a=a, b=b), number(math.gcd(a, b))))
    return out


@template(HELD, "number_theory", "zh", "positive", "zh_primes_within")
def t_zh_primes_within(rng: random.Random) -> list[Item]:
    forms = [
        "{n} 以内的质数有哪些？",
        "列出小于 {n} 的所有素数",
        "比 {n} 小的质数都有哪些",
        "请写出 {n} 以内全部的质数",
    ]
    ns = rng.sample([n for n in range(20, 80) if not is_prime(n)], 4)
    return [(f.format(n=n), num_list([str(p) for p in range(2, n) if is_prime(p)], False))
            for f, n in zip(forms, ns, strict=True)]


@template(HELD, "number_theory", "zh", "positive", "zh_digit_sum")
def t_zh_digit_sum(rng: random.Random) -> list[Item]:
    forms = [
        "{n} 的各位数字之和是多少",
        "把 {n} 的每一位数字加起来是多少？",
        "求 {n} 各个数位上的数字之和",
        "{n} 的数字和等于几？",
    ]
    out = []
    for f in forms:
        n = rng.randint(1000, 999_999)
        out.append((f.format(n=n), number(sum(int(c) for c in str(n)))))
    return out


@template(HELD, "number_theory", "en", "negative", "number_culture")
def t_number_culture(rng: random.Random) -> list[Item]:
    return negatives([
        "What's the significance of the number 42 in The Hitchhiker's Guide?",
        "Why is 1729 called the taxicab number?",
        "What does the number 666 symbolize?",
        "Why is 73 Sheldon's favorite number?",
    ])


@template(HELD, "number_theory", "en", "negative", "explain_primes")
def t_explain_primes(rng: random.Random) -> list[Item]:
    return negatives([
        "Explain why there are infinitely many primes.",
        "Can you explain how RSA uses prime numbers?",
        "What's the difference between gcd and lcm, conceptually?",
        "How would I write a sieve of Eratosthenes in Python?",
    ])


@template(HELD, "number_theory", "zh", "negative", "zh_lucky")
def t_zh_lucky(rng: random.Random) -> list[Item]:
    return negatives([
        "手机号码尾数是 4 是不是不吉利？",
        "生日是 6 月 6 号有什么寓意？",
        "车牌号 888 大概能卖多少钱？",
        "门牌号 1314 有什么含义？",
    ])


# ================================================================================================
# GEOMETRY
# ================================================================================================


def circle_pair(rng: random.Random, want: str) -> tuple[Pt, int, Pt, int]:
    """Two circles in a wanted relation: overlap, apart, ext_tangent, int_tangent, contain."""
    while True:
        c1 = (rng.randint(-8, 8), rng.randint(-8, 8))
        if want in ("ext_tangent", "int_tangent"):
            dx, dy, d = rng.choice(TRIPLES)
            dx, dy = rng.choice([dx, -dx]), rng.choice([dy, -dy])
            if rng.random() < 0.5:
                dx, dy = dy, dx
            c2 = (c1[0] + dx, c1[1] + dy)
            if want == "ext_tangent":
                r1 = rng.randint(1, d - 1)
                r2 = d - r1
            else:
                r2 = rng.randint(1, 6)
                r1 = r2 + d
            return c1, r1, c2, r2
        c2 = (rng.randint(-8, 8), rng.randint(-8, 8))
        r1, r2 = rng.randint(2, 12), rng.randint(1, 8)
        d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
        if d2 == 0:
            continue
        ok = {"overlap": (r1 - r2) ** 2 < d2 < (r1 + r2) ** 2,
              "apart": d2 > (r1 + r2) ** 2,
              "contain": r1 > r2 and d2 < (r1 - r2) ** 2}[want]
        if ok:
            return c1, r1, c2, r2


@template(DEV, "geometry", "en", "positive", "circles_intersect")
def t_circles_intersect(rng: random.Random) -> list[Item]:
    forms = [
        "Circle A has center {c1} and radius {r1}; circle B has center {c2} and radius {r2}. "
        "Do they intersect?",
        "Does the circle centered at {c1} with radius {r1} intersect the circle centered at "
        "{c2} with radius {r2}?",
        "Two circles: one at {c1} with r = {r1}, the other at {c2} with r = {r2}. "
        "Do they cross each other?",
        "I'm drawing two circles for a diagram — center {c1} radius {r1}, and center {c2} "
        "radius {r2}. Will they intersect?",
    ]
    wants = ["overlap", "apart", "overlap", "apart"]
    rng.shuffle(wants)
    out = []
    for i, (f, want) in enumerate(zip(forms, wants, strict=True)):
        c1, r1, c2, r2 = circle_pair(rng, want)
        out.append((f.format(c1=fmt_pt(c1, i % 2), r1=r1, c2=fmt_pt(c2, i % 2), r2=r2),
                    yesno(want == "overlap")))
    return out


@template(DEV, "geometry", "en", "positive", "point_polygon_relation")
def t_point_polygon_relation(rng: random.Random) -> list[Item]:
    forms = [
        "Is the point {p} inside, outside, or on the boundary of the polygon with vertices {v}?",
        "Polygon: {v}. Point: {p}. Inside, outside or on an edge?",
        "Where does {p} lie relative to the shape with corners {v} — inside, on the boundary, "
        "or outside?",
        "Classify the point P{p} with respect to the polygon {v}: inside / boundary / outside.",
    ]
    wants = ["inside", "outside", "boundary", rng.choice(["inside", "outside"])]
    rng.shuffle(wants)
    out = []
    for i, (f, want) in enumerate(zip(forms, wants, strict=True)):
        poly = polygon_for(rng, rng.randint(4, 6), want)
        p = point_with_relation(rng, poly, want)
        assert point_in_polygon(p, poly) == want
        out.append((f.format(p=fmt_pt(p, i % 2), v=fmt_poly(poly, i % 2)), relation(want)))
    return out


@template(DEV, "geometry", "en", "positive", "polygon_area")
def t_polygon_area(rng: random.Random) -> list[Item]:
    forms = [
        "Find the area of the quadrilateral with vertices {v}.",
        "What's the area of the polygon whose corners are {v}?",
        "A plot of land has corners at {v} (in meters). What is its area?",
        "Area enclosed by the polygon {v}?",
    ]
    out = []
    for i, f in enumerate(forms):
        poly = random_polygon(rng, 4 if i == 0 else rng.randint(4, 6), 0, 12)
        out.append((f.format(v=fmt_poly(poly, i % 2)), number(shoelace(poly))))
    return out


@template(DEV, "geometry", "en", "positive", "point_distance")
def t_point_distance(rng: random.Random) -> list[Item]:
    forms = [
        "How far apart are the points {a} and {b}?",
        "Distance between A{a} and B{b}?",
        "What is the straight-line distance from {a} to {b}?",
        "Compute the Euclidean distance between {a} and {b}.",
    ]
    out = []
    for i, f in enumerate(forms):
        a = (rng.randint(-9, 9), rng.randint(-9, 9))
        if i % 2 == 0:
            dx, dy, _ = rng.choice(TRIPLES[:4])
            b = (a[0] + dx, a[1] - dy)
        else:
            b = (rng.randint(-9, 9), rng.randint(-9, 9))
            while b == a:
                b = (b[0] + 1, b[1])
        d2 = (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2
        out.append((f.format(a=fmt_pt(a, 1 - i % 2), b=fmt_pt(b, 1 - i % 2)),
                    real(sqrt_str(d2))))
    return out


@template(DEV, "geometry", "en", "positive", "circle_area_radius")
def t_circle_area_radius(rng: random.Random) -> list[Item]:
    forms = [
        "What's the area of a circle with radius {r} cm?",
        "A circle has a radius of {r}. Find its area in terms of pi.",
        "Area of a circle, r = {r}?",
        "If a circular garden bed has a radius of {r} m, how much area does it cover?",
    ]
    radii = rng.sample(["3", "7", "11", "2.5", "4.5", "12", "1.5", "9"], 4)
    return [(f.format(r=r), real(pi_str(val(r) ** 2))) for f, r in zip(forms, radii, strict=True)]


@template(DEV, "geometry", "zh", "positive", "zh_circles_tangent")
def t_zh_circles_tangent(rng: random.Random) -> list[Item]:
    forms = [
        "圆心在 {c1}、半径为 {r1} 的圆，和圆心在 {c2}、半径为 {r2} 的圆相切吗？",
        "两个圆，一个圆心 {c1} 半径 {r1}，另一个圆心 {c2} 半径 {r2}，这两个圆是否相切？",
        "圆 A：圆心{c1}，r={r1}；圆 B：圆心{c2}，r={r2}。A 和 B 相切吗",
        "请判断：以 {c1} 为圆心、{r1} 为半径的圆与以 {c2} 为圆心、{r2} 为半径的圆是否相切",
    ]
    wants = ["ext_tangent", "int_tangent", "overlap", "apart"]
    rng.shuffle(wants)
    out = []
    for i, (f, want) in enumerate(zip(forms, wants, strict=True)):
        c1, r1, c2, r2 = circle_pair(rng, want)
        tangent = circle_points(c1, r1, c2, r2) == 1
        assert tangent == want.endswith("tangent")
        out.append((f.format(c1=fmt_pt(c1, i % 2), r1=r1, c2=fmt_pt(c2, i % 2), r2=r2),
                    yesno(tangent)))
    return out


@template(DEV, "geometry", "zh", "positive", "zh_triangle_area")
def t_zh_triangle_area(rng: random.Random) -> list[Item]:
    out = []
    for i in range(4):
        tri = random_polygon(rng, 3, -5, 10)
        a, b, c = (fmt_pt(p, 1) for p in tri)
        v = fmt_poly(tri, 1, "、")
        prompt = [
            f"三角形三个顶点是 {v}，面积是多少？",
            f"已知三角形 ABC 的顶点 A{a}、B{b}、C{c}，求面积",
            f"顶点为 {v} 的三角形面积等于多少",
            f"帮我算一下以 {v} 为顶点的三角形的面积",
        ][i]
        out.append((prompt, number(shoelace(tri))))
    return out


@template(DEV, "geometry", "zh", "positive", "zh_distance")
def t_zh_distance(rng: random.Random) -> list[Item]:
    forms = [
        "点 {a} 到点 {b} 的距离是多少？",
        "求 A{a} 与 B{b} 两点之间的距离",
        "坐标 {a} 和 {b} 相距多远",
        "平面上两点 {a}、{b}，它们之间的距离是？",
    ]
    out = []
    for i, f in enumerate(forms):
        a = (rng.randint(-9, 9), rng.randint(-9, 9))
        if i % 2 == 1:
            dx, dy, _ = rng.choice(TRIPLES)
            b = (a[0] - dx, a[1] + dy)
        else:
            b = (rng.randint(-9, 9), rng.randint(-9, 9))
            while b == a:
                b = (b[0], b[1] + 2)
        d2 = (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2
        out.append((f.format(a=fmt_pt(a, i % 2), b=fmt_pt(b, i % 2)), real(sqrt_str(d2))))
    return out


@template(DEV, "geometry", "en", "negative", "real_world_distance")
def t_real_world_distance(rng: random.Random) -> list[Item]:
    return negatives([
        "How many blocks do I walk from 3rd Ave & 14th St to 7th Ave & 20th St?",
        "On a chessboard, how many moves does a king need to get from a1 to h8?",
        "What's the driving distance between (40.7, -74.0) and (34.05, -118.24)?",
        "A taxi can only drive along the grid streets. How far is it from block (2, 3) to "
        "block (7, 9)?",
    ])


@template(DEV, "geometry", "en", "negative", "geometry_concepts")
def t_geometry_concepts(rng: random.Random) -> list[Item]:
    return negatives([
        "What's the best way to explain pi to a 10-year-old?",
        "Why is the area of a circle pi r squared?",
        "Can you explain what a tangent line is?",
        "How do I prove two triangles are congruent?",
    ])


@template(DEV, "geometry", "zh", "negative", "zh_geo_trivia")
def t_zh_geo_trivia(rng: random.Random) -> list[Item]:
    return negatives([
        "北京到上海的距离是多少公里？",
        "标准足球场的面积一般多大？",
        "地球的半径是多少？",
        "标准篮球场长多少米？",
    ])


@template(HELD, "geometry", "en", "positive", "circle_contains")
def t_circle_contains(rng: random.Random) -> list[Item]:
    forms = [
        "Does the circle centered at {c1} with radius {r1} completely contain the circle "
        "centered at {c2} with radius {r2}?",
        "Circle 1: center {c1}, radius {r1}. Circle 2: center {c2}, radius {r2}. "
        "Is circle 2 entirely inside circle 1?",
        "Is the circle of radius {r2} around {c2} fully contained in the circle of radius {r1} "
        "around {c1}?",
        "For a design I'm laying out: a big circle at {c1} with r={r1} and a small one at {c2} "
        "with r={r2}. Does the big one fully enclose the small one?",
    ]
    wants = ["contain", "contain", "overlap", "apart"]
    rng.shuffle(wants)
    out = []
    for i, (f, want) in enumerate(zip(forms, wants, strict=True)):
        while True:
            c1, r1, c2, r2 = circle_pair(rng, want)
            if r1 > r2:
                break
        d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
        contains = d2 < (r1 - r2) ** 2
        assert contains == (want == "contain")
        out.append((f.format(c1=fmt_pt(c1, i % 2), r1=r1, c2=fmt_pt(c2, i % 2), r2=r2),
                    yesno(contains)))
    return out


@template(HELD, "geometry", "en", "positive", "segment_crossings")
def t_segment_crossings(rng: random.Random) -> list[Item]:
    forms = [
        "How many points do the segment from {a} to {b} and the segment from {c} to {d} have "
        "in common?",
        "Segment AB goes from A{a} to B{b}; segment CD goes from C{c} to D{d}. How many "
        "intersection points do they have?",
        "How many times do the line segments {a}–{b} and {c}–{d} intersect?",
        "Count the intersection points of segment [{a}, {b}] and segment [{c}, {d}].",
    ]
    wants = [1, 1, 0, 0]
    rng.shuffle(wants)
    out = []
    for i, (f, want) in enumerate(zip(forms, wants, strict=True)):
        while True:
            a, b, c, d = ((rng.randint(-6, 8), rng.randint(-6, 8)) for _ in range(4))
            if 0 in (cross(c, d, a), cross(c, d, b), cross(a, b, c), cross(a, b, d)):
                continue
            if int(segments_touch(a, b, c, d)) == want:
                break
        out.append((f.format(a=fmt_pt(a, i % 2), b=fmt_pt(b, i % 2), c=fmt_pt(c, i % 2),
                             d=fmt_pt(d, i % 2)), number(want)))
    return out


@template(HELD, "geometry", "en", "positive", "polygon_perimeter")
def t_polygon_perimeter(rng: random.Random) -> list[Item]:
    forms = [
        "What is the perimeter of the polygon with vertices {v}?",
        "Find the perimeter of the triangle with corners {v}.",
        "A fence runs around a field whose corners are {v}. How long is the fence?",
        "Perimeter of the shape {v}?",
    ]
    out = []
    for i, f in enumerate(forms):
        poly = random_polygon(rng, 3 if i == 1 else rng.randint(4, 5), 0, 10)
        out.append((f.format(v=fmt_poly(poly, i % 2)), real(perimeter_str(poly))))
    return out


@template(HELD, "geometry", "en", "positive", "circle_area_diameter")
def t_circle_area_diameter(rng: random.Random) -> list[Item]:
    forms = [
        "A circular rug has a diameter of {d} feet. What's its area?",
        "Area of a circle whose diameter is {d}?",
        "What's the area of a circle with a {d} cm diameter? Exact answer in terms of π.",
        "The diameter of a round table top is {d} inches — how much area does it have?",
    ]
    ds = rng.sample([4, 5, 6, 8, 9, 10, 14, 15, 20, 30], 4)
    return [(f.format(d=d), real(pi_str(Fraction(d, 2) ** 2)))
            for f, d in zip(forms, ds, strict=True)]


@template(HELD, "geometry", "en", "positive", "point_in_triangle")
def t_point_in_triangle(rng: random.Random) -> list[Item]:
    forms = [
        "Does the point {p} lie inside the triangle with corners A{a}, B{b}, C{c}?",
        "Is {p} inside the triangle {v}?",
        "Triangle vertices: {v}. Is the point {p} inside it?",
        "I have a triangle at {v}. Would the point {p} fall inside it?",
    ]
    wants = ["inside", "inside", "outside", "outside"]
    rng.shuffle(wants)
    out = []
    for i, (f, want) in enumerate(zip(forms, wants, strict=True)):
        tri = random_polygon(rng, 3, -4, 12)
        p = point_with_relation(rng, tri, want)
        a, b, c = (fmt_pt(q, i % 2) for q in tri)
        out.append((f.format(p=fmt_pt(p, i % 2), a=a, b=b, c=c, v=fmt_poly(tri, i % 2)),
                    relation(want, "inside")))
    return out


@template(HELD, "geometry", "zh", "positive", "zh_circle_points")
def t_zh_circle_points(rng: random.Random) -> list[Item]:
    forms = [
        "两个圆：圆心{c1}半径{r1}，圆心{c2}半径{r2}，它们有几个交点？",
        "圆心为 {c1}、半径 {r1} 的圆与圆心为 {c2}、半径 {r2} 的圆有多少个公共点",
        "以 {c1} 为圆心、半径 {r1} 的圆，和以 {c2} 为圆心、半径 {r2} 的圆，交点个数是多少？",
        "问一下，圆 O1（圆心 {c1}，r={r1}）和圆 O2（圆心 {c2}，r={r2}）一共有几个交点",
    ]
    wants = ["overlap", "ext_tangent", "apart", "contain"]
    rng.shuffle(wants)
    out = []
    for i, (f, want) in enumerate(zip(forms, wants, strict=True)):
        c1, r1, c2, r2 = circle_pair(rng, want)
        out.append((f.format(c1=fmt_pt(c1, i % 2), r1=r1, c2=fmt_pt(c2, i % 2), r2=r2),
                    number(circle_points(c1, r1, c2, r2))))
    return out


@template(HELD, "geometry", "zh", "positive", "zh_point_relation")
def t_zh_point_relation(rng: random.Random) -> list[Item]:
    forms = [
        "多边形顶点依次为 {v}，点 {p} 在多边形内部、外部还是边界上？",
        "点 {p} 和顶点为 {v} 的多边形是什么位置关系（内部/边界/外部）？",
        "已知多边形 {v}，判断点 {p} 在它的里面、外面还是边上",
        "请问点 {p} 位于多边形 {v} 的内部、边界还是外部",
    ]
    wants = ["inside", "outside", "boundary", "boundary"]
    rng.shuffle(wants)
    out = []
    for i, (f, want) in enumerate(zip(forms, wants, strict=True)):
        poly = polygon_for(rng, rng.randint(4, 5), want)
        p = point_with_relation(rng, poly, want)
        out.append((f.format(p=fmt_pt(p, i % 2), v=fmt_poly(poly, i % 2, "、")),
                    relation(want)))
    return out


@template(HELD, "geometry", "zh", "positive", "zh_circle_area")
def t_zh_circle_area(rng: random.Random) -> list[Item]:
    forms = [
        "半径为 {r} 的圆的面积是多少？",
        "一个圆的半径是 {r} 厘米，它的面积是多少（用 π 表示）",
        "求半径 {r} 的圆面积",
        "圆形花坛半径 {r} 米，面积有多大？",
    ]
    radii = rng.sample(["5", "6", "8", "10", "3.5", "0.5", "13", "2"], 4)
    return [(f.format(r=r), real(pi_str(val(r) ** 2))) for f, r in zip(forms, radii, strict=True)]


@template(HELD, "geometry", "en", "negative", "shape_trivia")
def t_shape_trivia(rng: random.Random) -> list[Item]:
    return negatives([
        "How many sides does a stop sign have?",
        "What shape is the Pentagon building, and why?",
        "How tall is the Eiffel Tower?",
        "How big is an American football field in square feet?",
    ])


@template(HELD, "geometry", "en", "negative", "proofs_and_concepts")
def t_proofs_and_concepts(rng: random.Random) -> list[Item]:
    return negatives([
        "Prove that the angles of a triangle add up to 180 degrees.",
        "Why can't you trisect an angle with a compass and straightedge?",
        "What's the difference between a rhombus and a square?",
        "Explain the Pythagorean theorem like I'm five.",
    ])


@template(HELD, "geometry", "zh", "negative", "zh_geo_facts")
def t_zh_geo_facts(rng: random.Random) -> list[Item]:
    return negatives([
        "地球的周长大约是多少？",
        "长城到底有多长？",
        "一个标准足球上有多少块五边形？",
        "天安门广场的面积有多大？",
    ])


# Build -----------------------------------------------------------------------------------------


def build() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(36)
    dev: list[dict[str, Any]] = []
    heldout: list[dict[str, Any]] = []
    for split, family, lang, kind, name, gen in _TEMPLATES:
        items = gen(rng)
        assert len(items) == 4, name
        short = name.replace("_", "-")
        for i, (prompt, expected) in enumerate(items):
            record = {
                "id": f"r36-{FAM3[family]}-{lang}-{short}-{i}",
                "split": split,
                "kind": kind,
                "family": family,
                "lang": lang,
                "template": f"r36_{name}",
                "prompt": prompt,
                "expected": expected,
            }
            (dev if split == DEV else heldout).append(record)
    return dev, heldout


def main() -> None:
    dev, heldout = build()
    for split, records in ((DEV, dev), (HELD, heldout)):
        path = HERE / f"corpus_{split}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for record in records:
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"wrote {len(records)} records to {path.name}")


if __name__ == "__main__":
    main()
