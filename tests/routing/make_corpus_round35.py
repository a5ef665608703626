"""Round 35 of the routing corpus: an independent blind round written from scratch.

Round 35 is a fresh set of phrasings for the five tool families (arithmetic, comparison,
counting, geometry, number theory), in English and Simplified Chinese, written without looking
at any earlier round or at the router. Each template is one way of asking, instantiated four
times with different numbers or words; every answer is computed here in Python (integers,
``Fraction``, trial division, direct counting, exact circle and polygon formulas). Templates
are split whole between ``dev35`` and ``heldout35``.

Run ``python tests/routing/make_corpus_round35.py`` to write ``corpus_dev35.jsonl`` and
``corpus_heldout35.jsonl`` next to this file.
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
DEV, HELD = "dev35", "heldout35"
FAM3 = {"arithmetic": "ari", "comparison": "cmp", "counting": "cnt", "geometry": "geo",
        "number_theory": "nth"}

Item = tuple[str, dict[str, Any] | None]
Maker = Callable[[random.Random], list[Item]]
_TEMPLATES: list[tuple[str, str, str, str, Maker]] = []


def template(split: str, family: str, lang: str, kind: str) -> Callable[[Maker], Maker]:
    def deco(fn: Maker) -> Maker:
        _TEMPLATES.append((split, family, lang, kind, fn))
        return fn
    return deco


# Formatting ------------------------------------------------------------------------------------


def fr(q: Fraction | int) -> str:
    q = Fraction(q)
    return str(q.numerator) if q.denominator == 1 else f"{q.numerator}/{q.denominator}"


def dec(q: Fraction | int) -> str:
    """Exact decimal spelling of a terminating rational (3.5, -0.125, 12)."""
    q = Fraction(q)
    sign = "-" if q < 0 else ""
    n, d = abs(q).numerator, abs(q).denominator
    whole, rem = divmod(n, d)
    digits = ""
    while rem:
        whole_digit, rem = divmod(rem * 10, d)
        digits += str(whole_digit)
        if len(digits) > 20:
            raise ValueError(f"{q} does not terminate")
    return sign + str(whole) + ("." + digits if digits else "")


def sep(n: int) -> str:
    return f"{n:,}"


def pt(p: tuple[int, int]) -> str:
    return f"({p[0]}, {p[1]})"


def pt_tight(p: tuple[int, int]) -> str:
    return f"({p[0]},{p[1]})"


ORD_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "tenth", "eleventh", "twelfth"]


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# Expected answers ------------------------------------------------------------------------------


def e_number(q: Fraction | int) -> dict[str, Any]:
    return {"type": "number", "answer": fr(q)}


def e_real(expr: str) -> dict[str, Any]:
    return {"type": "real", "answer": expr}


def e_bool(b: bool) -> dict[str, Any]:
    return {"type": "bool", "answer": "yes" if b else "no"}


def e_choice(s: str) -> dict[str, Any]:
    return {"type": "choice", "answer": s}


def e_text(s: str) -> dict[str, Any]:
    return {"type": "text", "answer": s}


def e_word(s: str) -> dict[str, Any]:
    return {"type": "word_choice", "answer": s}


def e_list(items: list[str], elem: str, ordered: bool, order: str | None = None
           ) -> dict[str, Any]:
    d: dict[str, Any] = {"type": "list", "answer": items, "elem": elem, "ordered": ordered}
    if order:
        d["order"] = order
    return d


def e_relation(answer: str, yes_if: str | None = None) -> dict[str, Any]:
    d: dict[str, Any] = {"type": "relation", "answer": answer}
    if yes_if:
        d["yes_if"] = yes_if
    return d


def e_factor(n: int) -> dict[str, Any]:
    return {"type": "factorization", "answer": [[p, e] for p, e in factorize(n)], "n": n}


# Number theory helpers -------------------------------------------------------------------------


def factorize(n: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    p = 2
    while p * p <= n:
        e = 0
        while n % p == 0:
            n //= p
            e += 1
        if e:
            out.append((p, e))
        p += 1
    if n > 1:
        out.append((n, 1))
    return out


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def is_happy(n: int) -> bool:
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(c) ** 2 for c in str(n))
    return n == 1


def rand_prime(rng: random.Random, lo: int, hi: int) -> int:
    while True:
        n = rng.randint(lo, hi)
        if is_prime(n):
            return n


def rand_hard_composite(rng: random.Random, lo: int, hi: int) -> int:
    """A composite in [lo, hi] whose smallest prime factor is at least 7."""
    while True:
        n = rng.randint(lo, hi)
        f = factorize(n)
        if not is_prime(n) and f[0][0] >= 7:
            return n


# Geometry helpers ------------------------------------------------------------------------------

P = tuple[int, int]


def cross(o: P, a: P, b: P) -> int:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def twice_area(poly: list[P]) -> int:
    s = 0
    for i in range(len(poly)):
        x1, y1 = poly[i]
        x2, y2 = poly[(i + 1) % len(poly)]
        s += x1 * y2 - x2 * y1
    return abs(s)


def area(poly: list[P]) -> Fraction:
    return Fraction(twice_area(poly), 2)


def hull(points: list[P]) -> list[P]:
    pts = sorted(set(points))
    if len(pts) < 3:
        return pts
    lower: list[P] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[P] = []
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def rand_convex(rng: random.Random, k: int, lo: int, hi: int, step: int = 1) -> list[P]:
    while True:
        pts = [(rng.randint(lo, hi) * step, rng.randint(lo, hi) * step) for _ in range(k + 3)]
        h = hull(pts)
        if len(h) == k and twice_area(h) >= 8 * step * step:
            start = rng.randrange(k)
            return h[start:] + h[:start]


def sqrt_parts(n: int) -> tuple[int, int]:
    """n = a*a*b with b squarefree."""
    a, b = 1, n
    f = 2
    while f * f <= b:
        while b % (f * f) == 0:
            b //= f * f
            a *= f
        f += 1
    return a, b


def sqrt_expr(n: int) -> str:
    a, b = sqrt_parts(n)
    if b == 1:
        return str(a)
    return f"sqrt({b})" if a == 1 else f"{a}*sqrt({b})"


def dist2(p: P, q: P) -> int:
    return (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2


def perimeter_expr(poly: list[P]) -> str:
    terms: dict[int, int] = {}
    for i in range(len(poly)):
        a, b = sqrt_parts(dist2(poly[i], poly[(i + 1) % len(poly)]))
        terms[b] = terms.get(b, 0) + a
    parts = []
    if 1 in terms:
        parts.append(str(terms.pop(1)))
    for b in sorted(terms):
        parts.append(f"sqrt({b})" if terms[b] == 1 else f"{terms[b]}*sqrt({b})")
    return " + ".join(parts)


def pi_expr(q: Fraction) -> str:
    return "pi" if q == 1 else f"{fr(q)}*pi"


def circle_relation(c1: P, r1: int, c2: P, r2: int) -> str:
    d2 = dist2(c1, c2)
    if d2 == 0 and r1 == r2:
        return "same"
    if d2 > (r1 + r2) ** 2:
        return "separate"
    if d2 == (r1 + r2) ** 2:
        return "external_tangent"
    if d2 > (r1 - r2) ** 2:
        return "intersect"
    if d2 == (r1 - r2) ** 2:
        return "internal_tangent"
    return "contained"


CIRCLE_POINTS = {"separate": 0, "external_tangent": 1, "intersect": 2, "internal_tangent": 1,
                 "contained": 0}


def rand_circle_pair(rng: random.Random, want: str) -> tuple[P, int, P, int]:
    while True:
        c1 = (rng.randint(-6, 6), rng.randint(-6, 6))
        dx, dy, length = rng.choice([(3, 4, 5), (4, 3, 5), (0, 5, 5), (6, 8, 10), (5, 12, 13),
                                     (8, 6, 10), (0, 7, 7), (7, 0, 7), (12, 5, 13)])
        sx, sy = rng.choice([1, -1]), rng.choice([1, -1])
        c2 = (c1[0] + sx * dx, c1[1] + sy * dy)
        if want == "external_tangent":
            r1 = rng.randint(1, length - 1)
            r2 = length - r1
        elif want == "internal_tangent":
            r1 = rng.randint(1, 6)
            r2 = r1 + length
        else:
            r1, r2 = rng.randint(1, 12), rng.randint(1, 12)
        if rng.random() < 0.5:
            c1, c2, r1, r2 = c2, c1, r2, r1
        if circle_relation(c1, r1, c2, r2) == want:
            return c1, r1, c2, r2


def point_in_polygon(p: P, poly: list[P]) -> str:
    n = len(poly)
    for i in range(n):
        a, b = poly[i], poly[(i + 1) % n]
        if (cross(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
                and min(a[1], b[1]) <= p[1] <= max(a[1], b[1])):
            return "boundary"
    inside = False
    for i in range(n):
        a, b = poly[i], poly[i - 1]
        if (a[1] > p[1]) != (b[1] > p[1]):
            x_cross = a[0] + Fraction((p[1] - a[1]) * (b[0] - a[0]), b[1] - a[1])
            if p[0] < x_cross:
                inside = not inside
    return "inside" if inside else "outside"


def point_with_relation(rng: random.Random, poly: list[P], want: str) -> P:
    xs = [p[0] for p in poly]
    ys = [p[1] for p in poly]
    if want == "boundary":
        i = rng.randrange(len(poly))
        a, b = poly[i], poly[(i + 1) % len(poly)]
        g = math.gcd(abs(b[0] - a[0]), abs(b[1] - a[1]))
        if g >= 2:
            k = rng.randint(1, g - 1)
            p = (a[0] + (b[0] - a[0]) // g * k, a[1] + (b[1] - a[1]) // g * k)
            assert point_in_polygon(p, poly) == "boundary"
            return p
    for _ in range(10000):
        p = (rng.randint(min(xs) - 3, max(xs) + 3), rng.randint(min(ys) - 3, max(ys) + 3))
        if point_in_polygon(p, poly) == want:
            return p
    raise RuntimeError("no point found")


def seg_cross_count(a: P, b: P, c: P, d: P) -> int | None:
    """1 if the segments cross properly, 0 if disjoint, None for touching/collinear cases."""
    o = [cross(a, b, c), cross(a, b, d), cross(c, d, a), cross(c, d, b)]
    if 0 in o:
        return None
    return 1 if (o[0] > 0) != (o[1] > 0) and (o[2] > 0) != (o[3] > 0) else 0


def circle_eq(c: P, r2: int) -> str:
    def term(v: int, name: str) -> str:
        if v == 0:
            return f"{name}²"
        return f"({name} − {v})²" if v > 0 else f"({name} + {-v})²"
    return f"{term(c[0], 'x')} + {term(c[1], 'y')} = {r2}"


# Random numbers --------------------------------------------------------------------------------


def rand_frac(rng: random.Random, dmax: int = 12, dmin: int = 2) -> Fraction:
    while True:
        d = rng.randint(dmin, dmax)
        n = rng.randint(1, d - 1)
        if math.gcd(n, d) == 1:
            return Fraction(n, d)


def rand_dec(rng: random.Random, lo: int, hi: int, places: int) -> Fraction:
    while True:
        q = Fraction(rng.randint(lo * 10**places, hi * 10**places), 10**places)
        if q.denominator != 1:
            return q


def join_en(items: list[str]) -> str:
    return ", ".join(items[:-1]) + " and " + items[-1]


# =================================================================================================
# Arithmetic
# =================================================================================================


@template(DEV, "arithmetic", "en", "positive")
def r35_homework_fracs(rng: random.Random) -> list[Item]:
    forms = [
        "I'm checking my kid's homework. What is {a} + {b} - {c}? A fraction is fine.",
        "Double-checking my son's worksheet: {a} + {b} − {c} = ?",
        "Homework check — can you work out {a} + {b} - {c} and give it as a fraction?",
        "What do you get for {a} + {b} - {c}? It's from my niece's math homework.",
    ]
    out: list[Item] = []
    for f in forms:
        a, b, c = rand_frac(rng), rand_frac(rng), rand_frac(rng)
        out.append((f.format(a=fr(a), b=fr(b), c=fr(c)), e_number(a + b - c)))
    return out


@template(DEV, "arithmetic", "en", "positive")
def r35_percent_of(rng: random.Random) -> list[Item]:
    forms = [
        "Before I close this tab: what's {p}% of {n}?",
        "Just the number please — {p} percent of {n}.",
        "what is {p}% of {n}",
        "I need {p}% of {n} for a spreadsheet cell. What does that come to?",
    ]
    pcts = rng.sample(["12.5", "15", "35", "8", "22", "2.5", "64"], 4)
    out: list[Item] = []
    for f, p in zip(forms, pcts, strict=True):
        n = rng.randint(40, 4800)
        out.append((f.format(p=p, n=sep(n)), e_number(Fraction(p) * n / 100)))
    return out


@template(DEV, "arithmetic", "en", "positive")
def r35_power_words(rng: random.Random) -> list[Item]:
    a, b = rng.randint(3, 9), rng.randint(3, 6)
    c, d = rng.randint(11, 29), rng.randint(11, 29)
    e, f = rng.randint(4, 12), rng.randint(5, 90)
    g, h = rng.randint(2, 3), rng.randint(10, 16)
    return [
        (f"What's {a} to the power of {b}?", e_number(a**b)),
        (f"{c} squared plus {d} squared — what does that equal?", e_number(c * c + d * d)),
        (f"How much is {e} cubed minus {f}?", e_number(e**3 - f)),
        (f"Could you tell me what {g} raised to the power {h} is?", e_number(g**h)),
    ]


@template(DEV, "arithmetic", "en", "positive")
def r35_sep_division(rng: random.Random) -> list[Item]:
    forms = [
        "{N} divided by {k} — what's the result?",
        "Can you divide {N} by {k} for me?",
        "We have {N} screws split evenly into {k} boxes. How many screws go in each box?",
        "What's {N} / {k}? The numbers are from an invoice, nothing fancy.",
    ]
    out: list[Item] = []
    for f in forms:
        k = rng.randint(12, 96)
        q = rng.randint(1200, 45000)
        out.append((f.format(N=sep(k * q), k=k), e_number(Fraction(k * q, k))))
    return out


@template(DEV, "arithmetic", "en", "positive")
def r35_remainder(rng: random.Random) -> list[Item]:
    forms = [
        "What's the remainder when {a} is divided by {b}?",
        "{a} mod {b} = ?",
        "If you divide {a} by {b}, what's left over?",
        "Find {a} modulo {b}, please. Only the remainder.",
    ]
    out: list[Item] = []
    for f in forms:
        b = rng.randint(7, 60)
        a = rng.randint(1000, 99999)
        if a % b == 0:
            a += 1
        out.append((f.format(a=a, b=b), e_number(a % b)))
    return out


@template(DEV, "arithmetic", "zh", "positive")
def r35_zh_paren(rng: random.Random) -> list[Item]:
    forms = [
        "({a}+{b})×{c}-{d} 等于多少？",
        "帮我算一下：({a}+{b})×{c}-{d}",
        "请问 ({a}+{b})×{c}-{d} 的结果是多少",
        "孩子的作业题：({a}+{b})×{c}-{d}=？我想核对一下答案。",
    ]
    out: list[Item] = []
    for f in forms:
        a, b, c, d = (rng.randint(5, 60), rng.randint(5, 60), rng.randint(2, 12),
                      rng.randint(10, 99))
        out.append((f.format(a=a, b=b, c=c, d=d), e_number((a + b) * c - d)))
    return out


@template(DEV, "arithmetic", "zh", "positive")
def r35_zh_power(rng: random.Random) -> list[Item]:
    a, b = rng.randint(2, 5), rng.randint(6, 10)
    c, d, e = rng.randint(3, 7), rng.randint(3, 5), rng.randint(20, 300)
    f, g, h = rng.randint(6, 9), rng.randint(3, 4), rng.randint(100, 999)
    k = rng.randint(13, 49)
    return [
        (f"{a}的{b}次方是多少？", e_number(a**b)),
        (f"{c}的{d}次方减去{e}等于多少", e_number(c**d - e)),
        (f"算一下{f}的{g}次方加{h}", e_number(f**g + h)),
        (f"请问{k}的平方是多少？", e_number(k * k)),
    ]


@template(DEV, "arithmetic", "en", "negative")
def r35_tax_unknown(rng: random.Random) -> list[Item]:
    return [
        ("What's 20% off an $85 jacket once you add sales tax in Chicago?", None),
        ("How much will a $1,200 laptop cost after New York City sales tax?", None),
        ("If I buy a $64 pair of shoes in Seattle, what's the total with tax?", None),
        ("What's my take-home pay on a $72,000 salary in California after taxes?", None),
    ]


@template(DEV, "arithmetic", "en", "negative")
def r35_clock_time(rng: random.Random) -> list[Item]:
    return [
        ("It's 9 o'clock now. What time will it be in 17 hours?", None),
        ("My flight leaves London at 22:40 and takes 7 hours 35 minutes. What time do I land "
         "in New York?", None),
        ("If today is Thursday, what day of the week will it be in 100 days?", None),
        ("I put the cake in at 11:50 and it needs 45 minutes. When should I take it out?",
         None),
    ]


@template(DEV, "arithmetic", "zh", "negative")
def r35_zh_money_advice(rng: random.Random) -> list[Item]:
    return [
        ("我月薪8000，每个月存多少钱比较合适？", None),
        ("手上有一万块，买基金还是存定期好？", None),
        ("房贷300万，30年还清，每个月压力大不大？", None),
        ("年终奖发了5万，应该怎么花比较好？", None),
    ]


@template(HELD, "arithmetic", "en", "positive")
def r35_receipt_sum(rng: random.Random) -> list[Item]:
    out: list[Item] = []
    vals = [[rand_dec(rng, 1, 80, 2) for _ in range(4)] for _ in range(4)]
    s = [[dec(v) for v in row] for row in vals]
    out.append((f"Add these up for me: {join_en(s[0])}", e_number(sum(vals[0]))))
    out.append((f"Total of {', '.join(s[1])}?", e_number(sum(vals[1]))))
    cents = [f"${v:.2f}" for v in (float(x) for x in vals[2])]
    out.append((f"My receipts came to {cents[0]}, {cents[1]}, {cents[2]} and {cents[3]}. "
                "What's the total?", e_number(sum(vals[2]))))
    out.append((f"Sum: {'; '.join(s[3])}", e_number(sum(vals[3]))))
    return out


@template(HELD, "arithmetic", "en", "positive")
def r35_factorials(rng: random.Random) -> list[Item]:
    n1, m1 = rng.randint(8, 12), rng.randint(3, 6)
    n2 = rng.randint(7, 13)
    n3 = rng.randint(14, 18)
    n4, m4 = rng.randint(9, 15), rng.randint(3, 5)
    k4 = n4 - m4
    f = math.factorial
    return [
        (f"What's {n1}! divided by {m1}!?", e_number(Fraction(f(n1), f(m1)))),
        (f"Compute {n2} factorial.", e_number(f(n2))),
        (f"What is {n3}! exactly? I want the full integer.", e_number(f(n3))),
        (f"What does {n4}! / ({m4}! × {k4}!) come out to?",
         e_number(Fraction(f(n4), f(m4) * f(k4)))),
    ]


@template(HELD, "arithmetic", "en", "positive")
def r35_root_words(rng: random.Random) -> list[Item]:
    r = rng.sample(range(12, 95), 4)
    k1, k2 = rng.randint(3, 9), rng.randint(5, 40)
    return [
        (f"What is the square root of {sep(r[0] ** 2)}?", e_number(r[0])),
        (f"What's {k1} times the square root of {sep(r[1] ** 2)}?", e_number(k1 * r[1])),
        (f"Take the square root of {sep(r[2] ** 2)} and add {k2}.", e_number(r[2] + k2)),
        (f"√{r[3] ** 2} = ?", e_number(r[3])),
    ]


@template(HELD, "arithmetic", "en", "positive")
def r35_unicode_ops(rng: random.Random) -> list[Item]:
    a, b, c, d = rng.randint(6, 30), rng.randint(6, 30), rng.randint(20, 200), rng.randint(3, 9)
    e, f, g, h = rng.randint(20, 200), rng.randint(3, 9), rng.randint(4, 15), rng.randint(4, 15)
    i, j, k = rng.randint(10, 90), rng.randint(4, 20), rng.randint(4, 20)
    m, n = rng.randint(20, 60), rng.randint(5, 19)
    return [
        (f"Work out {a} × {b} − {c} ÷ {d}.", e_number(a * b - Fraction(c, d))),
        (f"What's {e} ÷ {f} + {g} × {h}? Keep it as a fraction if it doesn't divide evenly.",
         e_number(Fraction(e, f) + g * h)),
        (f"−{i} + {j} × {k} = ?", e_number(-i + j * k)),
        (f"Evaluate {m}² − {n}² please", e_number(m * m - n * n)),
    ]


@template(HELD, "arithmetic", "en", "positive")
def r35_exact_decimals(rng: random.Random) -> list[Item]:
    x1, y1 = rand_dec(rng, 0, 40, 3), rand_dec(rng, 1, 60, 1)
    x2, y2 = rand_dec(rng, 1, 9, 2), rand_dec(rng, 1, 9, 2)
    x3, y3 = rand_dec(rng, 10, 99, 1), rand_dec(rng, 1, 9, 1)
    x4, y4 = rand_dec(rng, 1, 20, 2), rand_dec(rng, 1, 20, 3)
    return [
        (f"If I multiply {dec(x1)} by {dec(y1)}, what do I get? Keep it exact.",
         e_number(x1 * y1)),
        (f"What's {dec(x2)} × {dec(y2)}, no rounding please.", e_number(x2 * y2)),
        (f"{dec(x3)} divided by {dec(y3)}, exactly?", e_number(x3 / y3)),
        (f"I'm adding two measurements, {dec(x4)} m and {dec(y4)} m. What's the sum?",
         e_number(x4 + y4)),
    ]


@template(HELD, "arithmetic", "zh", "positive")
def r35_zh_frac_ops(rng: random.Random) -> list[Item]:
    a, b, c, d, e, f, g, h = (rand_frac(rng) for _ in range(8))
    return [
        (f"{fr(a)}加上{fr(b)}等于多少？", e_number(a + b)),
        (f"{fr(c)}减{fr(d)}是多少", e_number(c - d)),
        (f"请帮我算 {fr(e)} 乘以 {fr(f)}", e_number(e * f)),
        (f"{fr(g)}除以{fr(h)}等于几？", e_number(g / h)),
    ]


@template(HELD, "arithmetic", "zh", "positive")
def r35_zh_mod_pct(rng: random.Random) -> list[Item]:
    a1, b1 = rng.randint(500, 9999), rng.randint(6, 40)
    n2, p2 = rng.randint(60, 2000), rng.choice([15, 24, 35, 45])
    a3, b3 = rng.randint(100, 999), rng.randint(6, 13)
    a3 += a3 % b3 == 0
    n4, p4 = rng.randint(80, 900), rng.choice([25, 30, 60, 75])
    return [
        (f"{a1}除以{b1}的余数是多少？", e_number(a1 % b1)),
        (f"{n2}的{p2}%是多少？", e_number(Fraction(n2 * p2, 100))),
        (f"{a3}除以{b3}，余几？", e_number(a3 % b3)),
        (f"{n4}的百分之{p4}等于多少", e_number(Fraction(n4 * p4, 100))),
    ]


@template(HELD, "arithmetic", "en", "negative")
def r35_fx_rates(rng: random.Random) -> list[Item]:
    return [
        ("How much is 100 dollars in euros right now?", None),
        ("What's 5,000 yen in US dollars today?", None),
        ("Convert 250 GBP to CAD at today's rate.", None),
        ("If I send 1,000 euros to India, how many rupees will arrive?", None),
    ]


@template(HELD, "arithmetic", "en", "negative")
def r35_calc_explain(rng: random.Random) -> list[Item]:
    return [
        ("Explain why 0.1 + 0.2 isn't exactly 0.3 in floating point.", None),
        ("Write a Python function that returns 17 * 23 without using the * operator.", None),
        ("Why does 7 / 2 give 3 with integer division in C?", None),
        ("How do I calculate 15% of a whole column in Excel?", None),
    ]


@template(HELD, "arithmetic", "zh", "negative")
def r35_zh_rates(rng: random.Random) -> list[Item]:
    return [
        ("100美元现在能换多少人民币？", None),
        ("1块钱人民币等于多少日元？", None),
        ("5000块存银行一年利息有多少？", None),
        ("现在92号汽油多少钱一升？", None),
    ]


# =================================================================================================
# Comparison
# =================================================================================================


def trick_decimal_pair(rng: random.Random) -> tuple[Fraction, Fraction]:
    """(two-decimal number, one-decimal number) with the same integer part, e.g. 9.11, 9.9."""
    while True:
        k = rng.randint(0, 30)
        d = rng.randint(2, 9)
        m = rng.randint(10, 99)
        if m % 10 and m // 10 != d:
            return k + Fraction(m, 100), k + Fraction(d, 10)


@template(DEV, "comparison", "en", "positive")
def r35_decimal_bigger(rng: random.Random) -> list[Item]:
    forms = [
        "Which is bigger, {a} or {b}?",
        "{a} vs {b} — which one's larger?",
        "Settle an argument for us: is {a} or {b} the greater number?",
        "Which number is greater: {a} or {b}? Just tell me the number.",
    ]
    out: list[Item] = []
    for f in forms:
        x, y = trick_decimal_pair(rng)
        a, b = (x, y) if rng.random() < 0.5 else (y, x)
        out.append((f.format(a=dec(a), b=dec(b)), e_choice(dec(max(a, b)))))
    return out


@template(DEV, "comparison", "en", "positive")
def r35_fraction_smaller(rng: random.Random) -> list[Item]:
    forms = [
        "Which is smaller: {p} or {q}?",
        "Between {p} and {q}, which fraction is less?",
        "I'm comparing {p} and {q}. Which is the smaller one?",
        "Smaller of {p} and {q}?",
    ]
    out: list[Item] = []
    seen: set[Fraction] = set()
    for f in forms:
        while True:
            p, q = rand_frac(rng), rand_frac(rng)
            if p != q and abs(p - q) < Fraction(1, 8) and not {p, q} & seen:
                break
        seen |= {p, q}
        out.append((f.format(p=fr(p), q=fr(q)), e_choice(fr(min(p, q)))))
    return out


@template(DEV, "comparison", "en", "positive")
def r35_neg_greater_bool(rng: random.Random) -> list[Item]:
    forms = [
        "Is {a} greater than {b}?",
        "True or false: {a} > {b}",
        "Is {a} bigger than {b}, yes or no?",
        "Quick check — is {a} more than {b}?",
    ]
    out: list[Item] = []
    for i, f in enumerate(forms):
        while True:
            a, b = -rand_dec(rng, 1, 12, rng.choice([1, 2])), -rand_dec(rng, 1, 12, 2)
            if a != b and abs(a - b) < 1 and (a > b) == (i % 2 == 1):
                break
        out.append((f.format(a=dec(a), b=dec(b)), e_bool(a > b)))
    return out


def mixed_values(rng: random.Random, n: int) -> list[tuple[str, Fraction]]:
    while True:
        vals: list[tuple[str, Fraction]] = []
        for kind in ["int", "neg", "dec", "frac", "int", "negdec"][:n]:
            if kind == "int":
                q = Fraction(rng.randint(0, 60))
            elif kind == "neg":
                q = Fraction(-rng.randint(1, 40))
            elif kind == "dec":
                q = rand_dec(rng, 0, 30, rng.choice([1, 2]))
            elif kind == "frac":
                q = rand_frac(rng, 9)
            else:
                q = -rand_dec(rng, 0, 9, 1)
            vals.append((fr(q) if kind == "frac" else dec(q), q))
        if len({q for _, q in vals}) == n:
            rng.shuffle(vals)
            return vals


@template(DEV, "comparison", "en", "positive")
def r35_sort_ascending(rng: random.Random) -> list[Item]:
    out: list[Item] = []
    for i in range(4):
        vals = mixed_values(rng, 5 if i % 2 else 6)
        shown = [s for s, _ in vals]
        answer = [s for s, _ in sorted(vals, key=lambda v: v[1])]
        if i == 0:
            prompt = f"Sort these from smallest to largest: {', '.join(shown)}"
        elif i == 1:
            prompt = f"Can you put {join_en(shown)} in ascending order?"
        elif i == 2:
            prompt = "Order these low to high:\n" + "\n".join(shown)
        else:
            prompt = f"Arrange in increasing order — {'; '.join(shown)}."
        out.append((prompt, e_list(answer, "number", True, "asc")))
    return out


@template(DEV, "comparison", "en", "positive")
def r35_max_in_list(rng: random.Random) -> list[Item]:
    forms = [
        "Which number is the largest here: {l}?",
        "What's the biggest value among {l}?",
        "From {l}, pick the largest.",
        "Of these scores — {l} — which is highest?",
    ]
    out: list[Item] = []
    for i, f in enumerate(forms):
        while True:
            vals = [rand_dec(rng, 10, 99, 1) if rng.random() < 0.4 else
                    Fraction(rng.randint(10, 99)) for _ in range(5 + i % 2)]
            if len(set(vals)) == len(vals):
                break
        shown = [dec(v) for v in vals]
        lst = join_en(shown) if i in (1, 2) else ", ".join(shown)
        out.append((f.format(l=lst), e_choice(dec(max(vals)))))
    return out


@template(DEV, "comparison", "zh", "positive")
def r35_zh_which_big(rng: random.Random) -> list[Item]:
    forms = [
        "{a}和{b}哪个大？",
        "{a}跟{b}比，哪个更大",
        "请问{a}与{b}哪个数大一些？",
        "{a}、{b}，哪个大",
    ]
    out: list[Item] = []
    for f in forms:
        x, y = trick_decimal_pair(rng)
        a, b = (y, x) if rng.random() < 0.5 else (x, y)
        out.append((f.format(a=dec(a), b=dec(b)), e_choice(dec(max(a, b)))))
    return out


@template(DEV, "comparison", "zh", "positive")
def r35_zh_bigger_bool(rng: random.Random) -> list[Item]:
    out: list[Item] = []
    for i in range(4):
        while True:
            a, b = rng.randint(-50, 50), rng.randint(-50, 50)
            if a != b and (a < 0 or b < 0):
                break
        if i == 0:
            out.append((f"{a}比{b}大吗？", e_bool(a > b)))
        elif i == 1:
            out.append((f"{a}是不是比{b}大？", e_bool(a > b)))
        elif i == 2:
            out.append((f"{a}大于{b}吗", e_bool(a > b)))
        else:
            out.append((f"请问{a}比{b}小吗？", e_bool(a < b)))
    return out


@template(DEV, "comparison", "en", "negative")
def r35_version_numbers(rng: random.Random) -> list[Item]:
    return [
        ("Is Python 3.11 newer than 3.9?", None),
        ("Which is the later release, macOS 10.15 or 10.9?", None),
        ("Is Node 18.20 more recent than Node 18.9?", None),
        ("Is Java 1.8 older than Java 11?", None),
    ]


@template(DEV, "comparison", "en", "negative")
def r35_world_sizes(rng: random.Random) -> list[Item]:
    return [
        ("Which is bigger, a US size 10 shoe or a UK size 10?", None),
        ("Which is larger, Texas or France?", None),
        ("Which is heavier, a liter of water or a liter of olive oil?", None),
        ("Is 30 degrees Celsius hotter than 80 degrees Fahrenheit?", None),
    ]


@template(DEV, "comparison", "zh", "negative")
def r35_zh_which_better(rng: random.Random) -> list[Item]:
    return [
        ("iPhone 15和iPhone 14哪个更值得买？", None),
        ("月薪1万单休和月薪8千双休，哪个更好？", None),
        ("985和211哪个更厉害？", None),
        ("5G和4G哪个更省电？", None),
    ]


@template(HELD, "comparison", "en", "positive")
def r35_sort_descending(rng: random.Random) -> list[Item]:
    out: list[Item] = []
    for i in range(4):
        vals = mixed_values(rng, 6 if i % 2 else 5)
        shown = [s for s, _ in vals]
        answer = [s for s, _ in sorted(vals, key=lambda v: v[1], reverse=True)]
        if i == 0:
            prompt = f"Can you order these largest to smallest: {', '.join(shown)}?"
        elif i == 1:
            prompt = f"Descending order please: {' '.join(shown)}"
        elif i == 2:
            prompt = f"Rank from highest to lowest — {join_en(shown)}"
        else:
            prompt = f"I need [{', '.join(shown)}] sorted with the biggest first."
        out.append((prompt, e_list(answer, "number", True, "desc")))
    return out


@template(HELD, "comparison", "en", "positive")
def r35_decimal_vs_fraction(rng: random.Random) -> list[Item]:
    forms = [
        "Which is greater, {d} or {f}?",
        "Is {d} or {f} the bigger number?",
        "{f} or {d}: which is more?",
        "Tell me which is larger — {d} or {f}.",
    ]
    out: list[Item] = []
    seen: set[Fraction] = set()
    for form in forms:
        while True:
            f = rand_frac(rng, 15, 7)
            d = Fraction(round(f * 100) + rng.choice([-2, -1, 1, 2]), 100)
            if 0 < d < 1 and d != f and d.denominator != 1 and f not in seen:
                break
        seen.add(f)
        ans = dec(d) if d > f else fr(f)
        out.append((form.format(d=dec(d), f=fr(f)), e_choice(ans)))
    return out


@template(HELD, "comparison", "en", "positive")
def r35_less_than_bool(rng: random.Random) -> list[Item]:
    forms = [
        "Is {f} less than {d}?",
        "Is it true that {f} < {d}?",
        "Would {f} be smaller than {d}?",
        "Yes or no: {f} is less than {d}.",
    ]
    out: list[Item] = []
    seen: set[Fraction] = set()
    for form in forms:
        while True:
            f = rand_frac(rng, 6, 3)
            d = Fraction(round(f * 100) + rng.choice([-1, 1, 2]), 100)
            if 0 < d < 1 and d != f and d.denominator != 1 and f not in seen:
                break
        seen.add(f)
        out.append((form.format(f=fr(f), d=dec(d)), e_bool(f < d)))
    return out


@template(HELD, "comparison", "en", "positive")
def r35_negative_smaller(rng: random.Random) -> list[Item]:
    forms = [
        "Which is smaller, {a} or {b}?",
        "Out of {a} and {b}, which is lower?",
        "The thermometer read {a} yesterday and {b} today. Which of those numbers is smaller?",
        "What's the smaller of {a} and {b}?",
    ]
    out: list[Item] = []
    for f in forms:
        while True:
            a = -rand_dec(rng, 0, 20, rng.choice([1, 2]))
            b = -rand_dec(rng, 0, 20, rng.choice([1, 2]))
            if a != b and abs(a - b) < 2:
                break
        out.append((f.format(a=dec(a), b=dec(b)), e_choice(dec(min(a, b)))))
    return out


@template(HELD, "comparison", "en", "positive")
def r35_separator_larger(rng: random.Random) -> list[Item]:
    forms = [
        "Between {a} and {b}, which is larger?",
        "Which number is bigger: {a} or {b}?",
        "Two bids came in, {a} and {b}. Which is the higher number?",
        "{a} or {b} — which is more?",
    ]
    out: list[Item] = []
    for f in forms:
        while True:
            digits = list(str(rng.randint(10000, 9999999)))
            i = rng.randrange(1, len(digits) - 1)
            other = digits[:]
            other[i], other[i + 1] = other[i + 1], other[i]
            a, b = int("".join(digits)), int("".join(other))
            if a != b:
                break
        out.append((f.format(a=sep(a), b=sep(b)), e_choice(str(max(a, b)))))
    return out


@template(HELD, "comparison", "zh", "positive")
def r35_zh_sort_up(rng: random.Random) -> list[Item]:
    forms = [
        "把这些数从小到大排列：{l}",
        "请将 {l} 按从小到大的顺序排好",
        "从小到大排序：{l}",
        "帮我把下面几个数按升序排一下：{l}",
    ]
    out: list[Item] = []
    for i, f in enumerate(forms):
        vals = mixed_values(rng, 5 + i % 2)
        shown = [s for s, _ in vals]
        joiner = "、" if i != 1 else "，"
        answer = [s for s, _ in sorted(vals, key=lambda v: v[1])]
        out.append((f.format(l=joiner.join(shown)), e_list(answer, "number", True, "asc")))
    return out


@template(HELD, "comparison", "zh", "positive")
def r35_zh_smaller(rng: random.Random) -> list[Item]:
    forms = [
        "{a}和{b}，哪个更小？",
        "{a}与{b}相比，哪个小？",
        "{a}跟{b}哪个小一点",
        "请比较{a}和{b}，哪个数更小？",
    ]
    out: list[Item] = []
    seen: set[Fraction] = set()
    for i, f in enumerate(forms):
        while True:
            p = rand_frac(rng, 12, 5)
            d = Fraction(round(p * 100) + rng.choice([-2, -1, 1, 2]), 100)
            if 0 < d < 1 and d != p and d.denominator != 1 and p not in seen:
                break
        seen.add(p)
        a, b = (fr(p), dec(d)) if i % 2 == 0 else (dec(d), fr(p))
        ans = fr(p) if p < d else dec(d)
        out.append((f.format(a=a, b=b), e_choice(ans)))
    return out


@template(HELD, "comparison", "en", "negative")
def r35_log_scales(rng: random.Random) -> list[Item]:
    return [
        ("Is a magnitude 6.2 earthquake twice as strong as a 3.1?", None),
        ("Is a pH of 4 twice as acidic as a pH of 8?", None),
        ("Is a 90 dB sound twice as loud as a 45 dB one?", None),
        ("Is a 3.9 GPA from one university better than a 4.2 from another?", None),
    ]


@template(HELD, "comparison", "en", "negative")
def r35_which_more_facts(rng: random.Random) -> list[Item]:
    return [
        ("Which has more calories, 100g of rice or 100g of pasta?", None),
        ("Which is taller, the Eiffel Tower or the Statue of Liberty?", None),
        ("Who has more Olympic gold medals, Phelps or Bolt?", None),
        ("Which is older, Harvard or Oxford?", None),
    ]


@template(HELD, "comparison", "zh", "negative")
def r35_zh_versions(rng: random.Random) -> list[Item]:
    return [
        ("微信8.0.10和8.0.9哪个是新版本？", None),
        ("Windows 10和Windows 11哪个更稳定？", None),
        ("iOS 17.1和17.0.3哪个先发布的？", None),
        ("软件2.10版和2.9版哪个更新？", None),
    ]


# =================================================================================================
# Number theory
# =================================================================================================


def prime_mix(rng: random.Random, lo: int, hi: int) -> list[int]:
    vals = [rand_prime(rng, lo, hi), rand_hard_composite(rng, lo, hi),
            rand_prime(rng, lo, hi), rand_hard_composite(rng, lo, hi)]
    rng.shuffle(vals)
    return vals


def smooth_number(rng: random.Random, lo: int, hi: int) -> int:
    while True:
        n = 1
        for p in rng.sample([2, 3, 5, 7, 11, 13, 17], 3):
            n *= p ** rng.randint(1, 3)
        if lo <= n <= hi:
            return n


@template(DEV, "number_theory", "en", "positive")
def r35_prime_check(rng: random.Random) -> list[Item]:
    forms = [
        "Is {n} prime?",
        "Is {n} a prime number or not?",
        "Can you tell me whether {n} is prime?",
        "I'm trying to remember if {n} is prime. Is it?",
    ]
    return [(f.format(n=n), e_bool(is_prime(n)))
            for f, n in zip(forms, prime_mix(rng, 1000, 9999), strict=True)]


@template(DEV, "number_theory", "en", "positive")
def r35_factorize(rng: random.Random) -> list[Item]:
    forms = [
        "Break {n} down into prime factors.",
        "What's the prime factorization of {n}?",
        "Factor {n} into primes, please.",
        "Write {n} as a product of primes.",
    ]
    out: list[Item] = []
    for f in forms:
        n = smooth_number(rng, 120, 60000)
        out.append((f.format(n=n), e_factor(n)))
    return out


@template(DEV, "number_theory", "en", "positive")
def r35_gcd(rng: random.Random) -> list[Item]:
    forms = [
        "What's the greatest common divisor of {a} and {b}?",
        "gcd({a}, {b}) = ?",
        "Find the highest common factor of {a} and {b}.",
        "What is the largest number that divides both {a} and {b}?",
    ]
    out: list[Item] = []
    for f in forms:
        g = rng.randint(4, 60)
        while True:
            x, y = rng.randint(2, 40), rng.randint(2, 40)
            if x != y:
                break
        a, b = g * x, g * y
        out.append((f.format(a=a, b=b), e_number(math.gcd(a, b))))
    return out


@template(DEV, "number_theory", "en", "positive")
def r35_primes_under(rng: random.Random) -> list[Item]:
    forms = [
        "List all the primes below {n}.",
        "What are the prime numbers less than {n}?",
        "Give me every prime under {n}.",
        "Which numbers smaller than {n} are prime?",
    ]
    out: list[Item] = []
    used: set[int] = set()
    for f in forms:
        while True:
            n = rng.randint(15, 70)
            if not is_prime(n) and all(abs(n - u) > 6 for u in used):
                used.add(n)
                break
        primes = [str(k) for k in range(2, n) if is_prime(k)]
        out.append((f.format(n=n), e_list(primes, "number", False)))
    return out


@template(DEV, "number_theory", "en", "positive")
def r35_digit_sum(rng: random.Random) -> list[Item]:
    forms = [
        "What do the digits of {n} add up to?",
        "Sum of the digits of {n}?",
        "Add up all the digits in {n} for me.",
        "What's the digit sum of {n}?",
    ]
    out: list[Item] = []
    for f in forms:
        n = rng.randint(10**5, 10**8)
        out.append((f.format(n=n), e_number(sum(int(c) for c in str(n)))))
    return out


@template(DEV, "number_theory", "zh", "positive")
def r35_zh_gcd(rng: random.Random) -> list[Item]:
    forms = [
        "{a}和{b}的最大公约数是多少？",
        "求{a}与{b}的最大公因数",
        "{a}、{b}的最大公约数",
        "请问{a}和{b}的最大公因数是几？",
    ]
    out: list[Item] = []
    for f in forms:
        g = rng.randint(3, 45)
        x, y = rng.sample(range(2, 30), 2)
        out.append((f.format(a=g * x, b=g * y), e_number(math.gcd(g * x, g * y))))
    return out


@template(DEV, "number_theory", "zh", "positive")
def r35_zh_factorize(rng: random.Random) -> list[Item]:
    forms = [
        "把{n}分解质因数",
        "{n}分解质因数是什么？",
        "请对{n}进行质因数分解",
        "{n}的质因数分解",
    ]
    out: list[Item] = []
    for f in forms:
        n = smooth_number(rng, 60, 9999)
        out.append((f.format(n=n), e_factor(n)))
    return out


@template(DEV, "number_theory", "en", "negative")
def r35_prime_code(rng: random.Random) -> list[Item]:
    return [
        ("Write a function in Rust that checks whether n is prime.", None),
        ("How do I compute the gcd of two numbers in JavaScript?", None),
        ("Explain how the Sieve of Eratosthenes finds the primes below 100.", None),
        ("Why is the Euclidean algorithm for gcd so fast?", None),
    ]


@template(DEV, "number_theory", "en", "negative")
def r35_number_choice_advice(rng: random.Random) -> list[Item]:
    return [
        ("Is 4831 a secure PIN for my bank card?", None),
        ("Is 7 a good number to put on my football jersey?", None),
        ("Is 1234 too obvious for a luggage lock combination?", None),
        ("Should I pick 17 or 23 as my lottery number?", None),
    ]


@template(DEV, "number_theory", "zh", "negative")
def r35_zh_prime_concepts(rng: random.Random) -> list[Item]:
    return [
        ("为什么1不是质数？", None),
        ("质数在现实生活中有什么用？", None),
        ("怎么快速判断一个数是不是质数？", None),
        ("RSA加密为什么要用很大的质数？", None),
    ]


@template(HELD, "number_theory", "en", "positive")
def r35_lcm(rng: random.Random) -> list[Item]:
    t = [rng.sample(range(4, 40), 3) for _ in range(4)]
    return [
        (f"What's the least common multiple of {t[0][0]}, {t[0][1]} and {t[0][2]}?",
         e_number(math.lcm(*t[0]))),
        (f"LCM of {t[1][0]} and {t[1][1]}?", e_number(math.lcm(t[1][0], t[1][1]))),
        (f"What's the smallest number that both {t[2][0]} and {t[2][1]} divide into evenly?",
         e_number(math.lcm(t[2][0], t[2][1]))),
        (f"Find lcm({t[3][0]}, {t[3][1]}, {t[3][2]}).", e_number(math.lcm(*t[3]))),
    ]


@template(HELD, "number_theory", "en", "positive")
def r35_largest_prime_factor(rng: random.Random) -> list[Item]:
    forms = [
        "What's the biggest prime factor of {n}?",
        "Largest prime that divides {n}?",
        "Find the greatest prime factor of {n}.",
        "Of all the prime factors of {n}, which is the largest?",
    ]
    out: list[Item] = []
    for f in forms:
        while True:
            n = rng.randint(1000, 200000)
            fs = factorize(n)
            if len(fs) >= 2:
                break
        out.append((f.format(n=sep(n) if rng.random() < 0.3 else n), e_number(fs[-1][0])))
    return out


@template(HELD, "number_theory", "en", "positive")
def r35_happy_range(rng: random.Random) -> list[Item]:
    forms = [
        "Which numbers between {a} and {b} are happy numbers? Include both ends.",
        "List the happy numbers from {a} to {b} inclusive.",
        "Give me all the happy numbers in the range {a}–{b} (inclusive).",
        "Find every happy number from {a} up to and including {b}.",
    ]
    out: list[Item] = []
    for f in forms:
        while True:
            a = rng.randint(1, 90)
            b = a + rng.randint(15, 35)
            happy = [str(k) for k in range(a, b + 1) if is_happy(k)]
            if happy:
                break
        out.append((f.format(a=a, b=b), e_list(happy, "number", False)))
    return out


@template(HELD, "number_theory", "en", "positive")
def r35_prime_confirm(rng: random.Random) -> list[Item]:
    forms = [
        "Quick sanity check: {n} is prime, right?",
        "My friend says {n} is a prime. Is she right?",
        "I think {n} is prime — correct?",
        "{n}: prime or not? One word answer.",
    ]
    return [(f.format(n=n), e_bool(is_prime(n)))
            for f, n in zip(forms, prime_mix(rng, 100, 999), strict=True)]


@template(HELD, "number_theory", "en", "positive")
def r35_primes_between(rng: random.Random) -> list[Item]:
    forms = [
        "Give me the prime numbers between {a} and {b}.",
        "Which primes lie between {a} and {b}?",
        "List every prime greater than {a} and less than {b}.",
        "What are all the primes from {a} to {b}?",
    ]
    out: list[Item] = []
    for f in forms:
        while True:
            a = rng.randint(20, 150)
            b = a + rng.randint(18, 36)
            if not is_prime(a) and not is_prime(b):
                break
        primes = [str(k) for k in range(a + 1, b) if is_prime(k)]
        out.append((f.format(a=a, b=b), e_list(primes, "number", False)))
    return out


@template(HELD, "number_theory", "zh", "positive")
def r35_zh_is_prime(rng: random.Random) -> list[Item]:
    forms = [
        "{n}是质数吗？",
        "{n}是不是素数？",
        "请判断{n}是否为质数",
        "{n}是素数吗",
    ]
    return [(f.format(n=n), e_bool(is_prime(n)))
            for f, n in zip(forms, prime_mix(rng, 200, 5000), strict=True)]


@template(HELD, "number_theory", "zh", "positive")
def r35_zh_lcm(rng: random.Random) -> list[Item]:
    forms = [
        "求{a}和{b}的最小公倍数",
        "{a}、{b}的最小公倍数是多少？",
        "{a}与{b}的最小公倍数等于几",
        "请问{a}和{b}的最小公倍数是多少",
    ]
    out: list[Item] = []
    for f in forms:
        a, b = rng.sample(range(4, 60), 2)
        out.append((f.format(a=a, b=b), e_number(math.lcm(a, b))))
    return out


@template(HELD, "number_theory", "zh", "positive")
def r35_zh_prime_product(rng: random.Random) -> list[Item]:
    forms = [
        "{n}可以写成哪些质数的乘积？",
        "把{n}写成几个质数相乘的形式",
        "质因数分解：{n}=？",
        "帮我把{n}拆成质因数的乘积",
    ]
    out: list[Item] = []
    for f in forms:
        n = smooth_number(rng, 100, 30000)
        out.append((f.format(n=n), e_factor(n)))
    return out


@template(HELD, "number_theory", "en", "negative")
def r35_prime_trivia(rng: random.Random) -> list[Item]:
    return [
        ("What's the largest known prime number?", None),
        ("Who proved that there are infinitely many primes?", None),
        ("Has the twin prime conjecture been proven yet?", None),
        ("How many digits does the biggest known Mersenne prime have?", None),
    ]


@template(HELD, "number_theory", "en", "negative")
def r35_number_culture(rng: random.Random) -> list[Item]:
    return [
        ("Why is 13 considered unlucky?", None),
        ("Why is 4 an unlucky number in China?", None),
        ("What does 666 mean in the Bible?", None),
        ("Why do people say 7 is a lucky number?", None),
    ]


@template(HELD, "number_theory", "zh", "negative")
def r35_zh_number_lore(rng: random.Random) -> list[Item]:
    return [
        ("哥德巴赫猜想被证明了吗？", None),
        ("目前已知最大的质数是多少？", None),
        ("陈景润证明了什么？", None),
        ("数字8为什么在中国被认为很吉利？", None),
    ]


# =================================================================================================
# Counting / strings
# =================================================================================================

VOWELS = set("aeiou")


@template(DEV, "counting", "en", "positive")
def r35_letter_occurrences(rng: random.Random) -> list[Item]:
    pairs = rng.sample([("strawberry", "r"), ("mississippi", "s"), ("bookkeeper", "e"),
                        ("banana", "a"), ("committee", "m"), ("parallel", "l"),
                        ("assessment", "s"), ("cinnamon", "n"), ("occurrence", "c"),
                        ("raspberry", "r"), ("tomorrow", "o"), ("engineering", "e")], 4)
    forms = [
        "How many {c}'s are in {w}?",
        "How many times does the letter {c} appear in '{w}'?",
        "Count the letter {c} in \"{w}\".",
        "In the word {w}, how many {c}'s are there?",
    ]
    return [(f.format(w=w, c=c), e_number(w.count(c)))
            for f, (w, c) in zip(forms, pairs, strict=True)]


@template(DEV, "counting", "en", "positive")
def r35_vowel_count(rng: random.Random) -> list[Item]:
    words = rng.sample(["education", "umbrella", "television", "mathematics", "adventure",
                        "calculator", "restaurant", "dinosaur", "pineapple", "avocado"], 4)
    forms = [
        "Count the vowels in the word '{w}'.",
        "How many vowels does {w} have?",
        "Number of vowels in \"{w}\"?",
        "My son's spelling list has '{w}' on it. How many vowels are in it?",
    ]
    return [(f.format(w=w), e_number(sum(ch in VOWELS for ch in w)))
            for f, w in zip(forms, words, strict=True)]


SENTENCES = [
    "The quick brown fox jumps over the lazy dog",
    "She sells sea shells by the sea shore",
    "I think we should leave before the rain starts",
    "My grandmother bakes bread every Sunday morning",
    "Nobody expected the meeting to last three hours",
    "Please bring two pencils and a notebook to class",
    "The library closes early on public holidays",
    "We watched the sunset from the roof of our building",
]


@template(DEV, "counting", "en", "positive")
def r35_sentence_words(rng: random.Random) -> list[Item]:
    s = rng.sample(SENTENCES, 4)
    return [
        (f"How many words are in this sentence: '{s[0]}'?", e_number(len(s[0].split()))),
        (f"Word count for: {s[1]}.", e_number(len(s[1].split()))),
        (f"Can you count the words in \"{s[2]}\"?", e_number(len(s[2].split()))),
        (f"\"{s[3]}\" — how many words is that?", e_number(len(s[3].split()))),
    ]


@template(DEV, "counting", "en", "positive")
def r35_reverse_word(rng: random.Random) -> list[Item]:
    words = rng.sample(["desserts", "drawer", "keyboard", "elephant", "diaper", "pancake",
                        "wonderful", "gardening"], 4)
    forms = [
        "Spell '{w}' backwards.",
        "What is {w} reversed?",
        "Reverse the word \"{w}\" for me.",
        "Write {w} back to front.",
    ]
    return [(f.format(w=w), e_text(w[::-1])) for f, w in zip(forms, words, strict=True)]


@template(DEV, "counting", "en", "positive")
def r35_anagram_pair(rng: random.Random) -> list[Item]:
    yes = rng.sample([("listen", "silent"), ("earth", "heart"), ("night", "thing"),
                      ("dusty", "study"), ("elbow", "below"), ("state", "taste"),
                      ("angel", "glean")], 2)
    no = rng.sample([("apple", "paper"), ("lemon", "melons"), ("below", "bowls"),
                     ("stone", "tones"), ("garden", "danger"), ("cared", "cedar"),
                     ("brake", "break"), ("march", "charm"), ("spare", "spear"),
                     ("moist", "motto")], 2)
    pairs = [yes[0], no[0], no[1], yes[1]]
    forms = [
        "Are '{a}' and '{b}' anagrams?",
        "Is {a} an anagram of {b}?",
        "Can the letters of \"{a}\" be rearranged to spell \"{b}\"?",
        "Is {b} an anagram of {a}, yes or no?",
    ]
    return [(f.format(a=a, b=b), e_bool(sorted(a) == sorted(b)))
            for f, (a, b) in zip(forms, pairs, strict=True)]


@template(DEV, "counting", "zh", "positive")
def r35_zh_letter_count(rng: random.Random) -> list[Item]:
    pairs = rng.sample([("cherry", "r"), ("coffee", "f"), ("pepper", "p"), ("letter", "t"),
                        ("success", "s"), ("balloon", "l"), ("address", "d"),
                        ("giraffe", "f")], 4)
    forms = [
        "{w}里面有多少个字母{c}？",
        "单词{w}中有几个{c}？",
        "\"{w}\"这个词里字母{c}出现了几次？",
        "{w}有几个{c}",
    ]
    return [(f.format(w=w, c=c), e_number(w.count(c)))
            for f, (w, c) in zip(forms, pairs, strict=True)]


@template(DEV, "counting", "zh", "positive")
def r35_zh_word_length(rng: random.Random) -> list[Item]:
    words = rng.sample(["banana", "computer", "elephant", "butterfly", "keyboard", "chocolate",
                        "umbrella", "hospital"], 4)
    forms = [
        "单词{w}有几个字母？",
        "{w}这个单词一共多少个字母",
        "请数一下\"{w}\"有多少个字母",
        "{w}由几个字母组成？",
    ]
    return [(f.format(w=w), e_number(len(w))) for f, w in zip(forms, words, strict=True)]


@template(DEV, "counting", "zh", "positive")
def r35_zh_more_letters(rng: random.Random) -> list[Item]:
    pool = [("apple", "banana"), ("tiger", "penguin"), ("school", "university"),
            ("river", "waterfall"), ("summer", "autumn"), ("coffee", "tea"),
            ("doctor", "teacher"), ("window", "door")]
    forms = [
        "{a}和{b}哪个单词的字母多？",
        "{a}跟{b}比，哪个单词更长？",
        "单词{a}和{b}，哪个字母更多",
        "\"{a}\"与\"{b}\"相比，哪个词包含的字母更多？",
    ]
    pairs = rng.sample([p for p in pool if len(p[0]) != len(p[1])], 4)
    out: list[Item] = []
    for f, (a, b) in zip(forms, pairs, strict=True):
        if rng.random() < 0.5:
            a, b = b, a
        out.append((f.format(a=a, b=b), e_word(a if len(a) > len(b) else b)))
    return out


@template(DEV, "counting", "en", "negative")
def r35_alphabet_trivia(rng: random.Random) -> list[Item]:
    return [
        ("How many letters are in the Greek alphabet?", None),
        ("How many letters does the Hawaiian alphabet have?", None),
        ("How many characters do you need to know to read a Chinese newspaper?", None),
        ("How many words are there in the English language?", None),
    ]


@template(DEV, "counting", "en", "negative")
def r35_word_limit_advice(rng: random.Random) -> list[Item]:
    return [
        ("How many words should a cover letter be?", None),
        ("How long should a wedding toast be, in words?", None),
        ("How many words is a typical college application essay supposed to be?", None),
        ("What's a good number of words for a LinkedIn summary?", None),
    ]


@template(DEV, "counting", "zh", "negative")
def r35_zh_word_trivia(rng: random.Random) -> list[Item]:
    return [
        ("英语里最长的单词是什么？", None),
        ("英语一共有多少个单词？", None),
        ("汉字一共有多少个？", None),
        ("\"Hello\"这个词是怎么来的？", None),
    ]


@template(HELD, "counting", "en", "positive")
def r35_nth_letter(rng: random.Random) -> list[Item]:
    words = rng.sample(["photosynthesis", "kangaroo", "watermelon", "basketball", "microphone",
                        "volcano", "spaghetti", "helicopter"], 4)
    out: list[Item] = []
    for i, w in enumerate(words):
        n = rng.randint(2, min(len(w), 9))
        letter = w[n - 1]
        if i == 0:
            prompt = f"What's the {ordinal(n)} letter of '{w}'?"
        elif i == 1:
            prompt = f"In \"{w}\", which letter is in position {n}?"
        elif i == 2:
            prompt = f"Tell me the {ORD_WORDS[n - 1]} letter in the word {w}."
        else:
            prompt = f"{w}: what's letter number {n}?"
        out.append((prompt, e_text(letter)))
    return out


@template(HELD, "counting", "en", "positive")
def r35_distinct_letters(rng: random.Random) -> list[Item]:
    words = rng.sample(["bookkeeper", "mississippi", "balloon", "committee", "banana",
                        "success", "programming", "coffee"], 4)
    forms = [
        "How many different letters are in the word '{w}'?",
        "How many unique letters does {w} contain?",
        "Count the distinct letters in \"{w}\".",
        "If you ignore repeats, how many letters does {w} use?",
    ]
    return [(f.format(w=w), e_number(len(set(w)))) for f, w in zip(forms, words, strict=True)]


@template(HELD, "counting", "en", "positive")
def r35_longer_word(rng: random.Random) -> list[Item]:
    pool = [("elephant", "giraffe"), ("hippopotamus", "rhinoceros"), ("banana", "strawberry"),
            ("library", "bookstore"), ("thunder", "lightning"), ("ocean", "river"),
            ("mountain", "valley"), ("pencil", "notebook")]
    pairs = [p for p in rng.sample(pool, 4)]
    forms = [
        "Which has more letters, '{a}' or '{b}'?",
        "Which word is longer: {a} or {b}?",
        "{a} vs {b} — which one has more letters?",
        "Between the words \"{a}\" and \"{b}\", which contains more letters?",
    ]
    out: list[Item] = []
    for f, (a, b) in zip(forms, pairs, strict=True):
        if rng.random() < 0.5:
            a, b = b, a
        assert len(a) != len(b)
        out.append((f.format(a=a, b=b), e_word(a if len(a) > len(b) else b)))
    return out


@template(HELD, "counting", "en", "positive")
def r35_alphabetize(rng: random.Random) -> list[Item]:
    sets = [["pear", "apple", "mango", "kiwi", "cherry"],
            ["zebra", "lion", "tiger", "bear", "otter"],
            ["violin", "cello", "flute", "drum", "harp"],
            ["mercury", "venus", "earth", "mars", "jupiter"],
            ["paris", "berlin", "madrid", "rome", "oslo"]]
    chosen = rng.sample(sets, 4)
    out: list[Item] = []
    for i, words in enumerate(chosen):
        words = words[:]
        rng.shuffle(words)
        if i == 0:
            prompt = f"Put these words in alphabetical order: {', '.join(words)}"
        elif i == 1:
            prompt = f"Alphabetize: {' '.join(words)}"
        elif i == 2:
            prompt = f"Could you sort {join_en(words)} alphabetically?"
        else:
            prompt = f"Sort A to Z please — {', '.join(words)}"
        out.append((prompt, e_list(sorted(words), "text", True)))
    return out


@template(HELD, "counting", "en", "positive")
def r35_consonant_count(rng: random.Random) -> list[Item]:
    words = rng.sample(["strength", "chocolate", "blanket", "computer", "script", "twelfth",
                        "sandwich", "pumpkin"], 4)
    forms = [
        "How many consonants does '{w}' have?",
        "Count the consonants in {w}.",
        "Number of consonants in the word \"{w}\"?",
        "{w} — how many of its letters are consonants?",
    ]
    return [(f.format(w=w), e_number(sum(ch not in VOWELS for ch in w)))
            for f, w in zip(forms, words, strict=True)]


@template(HELD, "counting", "zh", "positive")
def r35_zh_reverse(rng: random.Random) -> list[Item]:
    words = rng.sample(["planet", "stressed", "lemon", "garden", "window", "rocket"], 4)
    forms = [
        "把单词{w}倒过来写",
        "{w}反过来拼是什么？",
        "请把\"{w}\"的字母顺序颠倒过来",
        "{w}倒着写是什么",
    ]
    return [(f.format(w=w), e_text(w[::-1])) for f, w in zip(forms, words, strict=True)]


@template(HELD, "counting", "zh", "positive")
def r35_zh_letter_at(rng: random.Random) -> list[Item]:
    words = rng.sample(["apple", "orange", "teacher", "holiday", "monkey", "station"], 4)
    n = rng.randint(2, 4)
    return [
        (f"{words[0]}的最后一个字母是什么？", e_text(words[0][-1])),
        (f"单词{words[1]}的第一个字母是什么", e_text(words[1][0])),
        (f"\"{words[2]}\"的第{n}个字母是什么？", e_text(words[2][n - 1])),
        (f"{words[3]}这个词的最后一个字母是哪个", e_text(words[3][-1])),
    ]


@template(HELD, "counting", "en", "negative")
def r35_book_lengths(rng: random.Random) -> list[Item]:
    return [
        ("How many chapters are in 'Pride and Prejudice'?", None),
        ("How many pages is Moby-Dick?", None),
        ("How many words are in the Bible?", None),
        ("How many stanzas does 'The Raven' have?", None),
    ]


@template(HELD, "counting", "en", "negative")
def r35_word_meaning(rng: random.Random) -> list[Item]:
    return [
        ("What rhymes with 'orange'?", None),
        ("What does the word 'serendipity' mean?", None),
        ("Translate 'butterfly' into French.", None),
        ("Is 'irregardless' a real word?", None),
    ]


@template(HELD, "counting", "zh", "negative")
def r35_zh_word_meaning(rng: random.Random) -> list[Item]:
    return [
        ("'hello'用中文怎么说？", None),
        ("'apple'是什么意思？", None),
        ("\"strawberry\"这个单词怎么读？", None),
        ("英语单词'library'和'bookstore'有什么区别？", None),
    ]


# =================================================================================================
# Geometry
# =================================================================================================


@template(DEV, "geometry", "en", "positive")
def r35_circles_meet(rng: random.Random) -> list[Item]:
    forms = [
        "Do the circles centered at {c1} with radius {r1} and centered at {c2} with radius {r2} "
        "intersect?",
        "Circle A: center {c1}, r = {r1}. Circle B: center {c2}, r = {r2}. Do they cross each "
        "other?",
        "I've got two circles, one at {c1} of radius {r1} and one at {c2} of radius {r2}. Do "
        "they intersect?",
        "Does a circle with center {c1} and radius {r1} intersect the circle with center {c2} "
        "and radius {r2}? yes/no",
    ]
    out: list[Item] = []
    for f, want in zip(forms, ["intersect", "separate", "separate", "intersect"], strict=True):
        c1, r1, c2, r2 = rand_circle_pair(rng, want)
        rel = circle_relation(c1, r1, c2, r2)
        tight = f is forms[1]
        show = pt_tight if tight else pt
        out.append((f.format(c1=show(c1), r1=r1, c2=show(c2), r2=r2),
                    e_bool(rel == "intersect")))
    return out


@template(DEV, "geometry", "en", "positive")
def r35_triangle_vertices(rng: random.Random) -> list[Item]:
    out: list[Item] = []
    for i in range(4):
        while True:
            a, b, c = [(rng.randint(-6, 9), rng.randint(-6, 9)) for _ in range(3)]
            if cross(a, b, c) != 0:
                break
        ar = area([a, b, c])
        if i == 0:
            prompt = f"Find the area of the triangle with vertices A{pt(a)}, B{pt(b)}, C{pt(c)}."
        elif i == 1:
            prompt = (f"What's the area of a triangle whose corners are at {pt(a)}, {pt(b)} "
                      f"and {pt(c)}?")
        elif i == 2:
            prompt = f"Triangle with points {pt_tight(a)}, {pt_tight(b)}, {pt_tight(c)} — area?"
        else:
            prompt = f"Area of triangle ABC if A = {pt(a)}, B = {pt(b)}, C = {pt(c)}?"
        out.append((prompt, e_number(ar)))
    return out


@template(DEV, "geometry", "en", "positive")
def r35_point_distance(rng: random.Random) -> list[Item]:
    forms = [
        "What's the distance between {p} and {q}?",
        "How far apart are the points {p} and {q}?",
        "Find the distance from P{p} to Q{q}.",
        "Distance between {p} and {q}? Exact form please.",
    ]
    out: list[Item] = []
    for f in forms:
        while True:
            p = (rng.randint(-8, 10), rng.randint(-8, 10))
            q = (rng.randint(-8, 10), rng.randint(-8, 10))
            if p != q:
                break
        out.append((f.format(p=pt(p), q=pt(q)), e_real(sqrt_expr(dist2(p, q)))))
    return out


@template(DEV, "geometry", "en", "positive")
def r35_circle_area(rng: random.Random) -> list[Item]:
    r1, d2, r3, r4 = rng.randint(2, 15), rng.randint(3, 25), rng.randint(2, 20), rng.randint(2, 12)
    return [
        (f"What's the area of a circle with radius {r1}?", e_real(pi_expr(Fraction(r1 * r1)))),
        (f"A circle has a diameter of {d2} cm. What is its area?",
         e_real(pi_expr(Fraction(d2 * d2, 4)))),
        (f"Area of a circle, radius {r3} — leave it in terms of pi.",
         e_real(pi_expr(Fraction(r3 * r3)))),
        (f"Find the area enclosed by a circle of radius {r4}.",
         e_real(pi_expr(Fraction(r4 * r4)))),
    ]


@template(DEV, "geometry", "en", "positive")
def r35_point_in_shape(rng: random.Random) -> list[Item]:
    out: list[Item] = []
    for i, want in enumerate(["inside", "outside", "inside", "outside"]):
        if i == 0:
            x0, y0 = rng.randint(-4, 3), rng.randint(-4, 3)
            w, h = rng.randint(3, 9), rng.randint(3, 9)
            poly = [(x0, y0), (x0 + w, y0), (x0 + w, y0 + h), (x0, y0 + h)]
        else:
            poly = rand_convex(rng, [5, 4, 4][i - 1], -2, 9)
        p = point_with_relation(rng, poly, want)
        verts = ", ".join(pt(v) for v in poly)
        if i == 0:
            prompt = f"Is the point {pt(p)} inside the rectangle with corners {verts}?"
        elif i == 1:
            prompt = f"Does {pt(p)} lie inside the polygon with vertices {verts}?"
        elif i == 2:
            prompt = f"Polygon: {verts}. Is the point {pt(p)} inside it?"
        else:
            tight = ",".join(pt_tight(v) for v in poly)
            prompt = f"Is {pt_tight(p)} within the quadrilateral {tight}?"
        out.append((prompt, e_relation(point_in_polygon(p, poly), "inside")))
    return out


@template(DEV, "geometry", "zh", "positive")
def r35_zh_tangent(rng: random.Random) -> list[Item]:
    forms = [
        "圆心在{c1}、半径为{r1}的圆和圆心在{c2}、半径为{r2}的圆相切吗？",
        "两个圆：圆心{c1}半径{r1}，圆心{c2}半径{r2}，它们相切吗？",
        "请问以{c1}为圆心、{r1}为半径的圆与以{c2}为圆心、{r2}为半径的圆是否相切？",
        "圆A圆心{c1}，半径{r1}；圆B圆心{c2}，半径{r2}。两圆相切吗",
    ]
    wants = ["external_tangent", "intersect", "internal_tangent", "separate"]
    out: list[Item] = []
    for f, want in zip(forms, wants, strict=True):
        c1, r1, c2, r2 = rand_circle_pair(rng, want)
        rel = circle_relation(c1, r1, c2, r2)
        out.append((f.format(c1=pt_tight(c1), r1=r1, c2=pt_tight(c2), r2=r2),
                    e_bool(rel in ("external_tangent", "internal_tangent"))))
    return out


@template(DEV, "geometry", "zh", "positive")
def r35_zh_polygon_area(rng: random.Random) -> list[Item]:
    q1, q2, t3, p4 = (rand_convex(rng, 4, -3, 8), rand_convex(rng, 4, -3, 8),
                      rand_convex(rng, 3, -3, 8), rand_convex(rng, 5, -3, 8))

    def v(poly: list[P], j: str) -> str:
        return j.join(pt_tight(p) for p in poly)

    return [
        (f"求以{v(q1, '、')}为顶点的四边形的面积", e_number(area(q1))),
        (f"多边形顶点依次为{v(q2, '、')}，面积是多少？", e_number(area(q2))),
        (f"顶点是{v(t3, '')}的三角形面积是多少", e_number(area(t3))),
        (f"坐标{v(p4, ',')}依次连成的五边形，面积是多少？", e_number(area(p4))),
    ]


@template(DEV, "geometry", "en", "negative")
def r35_city_distance(rng: random.Random) -> list[Item]:
    return [
        ("How far is it to walk from 5th Ave & 42nd St to 5th Ave & 59th St in Manhattan?",
         None),
        ("How many blocks is it from 3rd Ave and 14th St to 7th Ave and 34th St in NYC?", None),
        ("What's the walking distance between Times Square and Central Park?", None),
        ("A taxi goes from the corner of 1st and 10th to 4th and 14th. How much will the fare "
         "be?", None),
    ]


@template(DEV, "geometry", "en", "negative")
def r35_size_trivia(rng: random.Random) -> list[Item]:
    return [
        ("What's the circumference of the Earth?", None),
        ("What's the radius of the Moon in kilometers?", None),
        ("How big is Central Park in square miles?", None),
        ("What's the area of a standard soccer pitch?", None),
    ]


@template(DEV, "geometry", "zh", "negative")
def r35_zh_size_trivia(rng: random.Random) -> list[Item]:
    return [
        ("地球的周长是多少公里？", None),
        ("北京到上海的直线距离是多少？", None),
        ("一个标准篮球场的面积是多少？", None),
        ("月球的半径有多大？", None),
    ]


@template(HELD, "geometry", "en", "positive")
def r35_polygon_perimeter(rng: random.Random) -> list[Item]:
    out: list[Item] = []
    for i, k in enumerate([4, 3, 5, 4]):
        poly = rand_convex(rng, k, -4, 8)
        per = perimeter_expr(poly)
        if i == 0:
            prompt = (f"What's the perimeter of the polygon with vertices "
                      f"{', '.join(pt(p) for p in poly)}?")
        elif i == 1:
            prompt = f"Find the perimeter of the triangle {', '.join(pt(p) for p in poly)}."
        elif i == 2:
            prompt = (f"If you walk around the shape with corners "
                      f"{' -> '.join(pt(p) for p in poly)} and back to the start, how far do "
                      "you go in total?")
        else:
            a, b, c, d = (pt(p) for p in poly)
            prompt = f"Perimeter of quadrilateral ABCD with A={a}, B={b}, C={c}, D={d}?"
        out.append((prompt, e_real(per)))
    return out


@template(HELD, "geometry", "en", "positive")
def r35_segment_crossings(rng: random.Random) -> list[Item]:
    out: list[Item] = []
    for i, want in enumerate([1, 0, 1, 0]):
        while True:
            a, b, c, d = [(rng.randint(0, 9), rng.randint(0, 9)) for _ in range(4)]
            if a != b and c != d and seg_cross_count(a, b, c, d) == want:
                break
        if i == 0:
            prompt = (f"How many points do the segments from {pt(a)} to {pt(b)} and from "
                      f"{pt(c)} to {pt(d)} have in common?")
        elif i == 1:
            prompt = (f"How many times do segment AB with A{pt(a)}, B{pt(b)} and segment CD "
                      f"with C{pt(c)}, D{pt(d)} intersect?")
        elif i == 2:
            prompt = (f"Count the intersection points between the line segment "
                      f"{pt(a)}–{pt(b)} and the line segment {pt(c)}–{pt(d)}.")
        else:
            prompt = (f"Segment 1 runs from {pt(a)} to {pt(b)}, segment 2 from {pt(c)} to "
                      f"{pt(d)}. Number of intersection points?")
        out.append((prompt, e_number(want)))
    return out


@template(HELD, "geometry", "en", "positive")
def r35_circle_containment(rng: random.Random) -> list[Item]:
    out: list[Item] = []
    for i, want in enumerate(["contained", "intersect", "separate", "contained"]):
        while True:
            big = (rng.randint(-5, 5), rng.randint(-5, 5))
            big_r = rng.randint(5, 12)
            small = (rng.randint(-9, 9), rng.randint(-9, 9))
            small_r = rng.randint(1, 4)
            if circle_relation(small, small_r, big, big_r) == want:
                break
        inside = dist2(small, big) < (big_r - small_r) ** 2
        if i == 0:
            prompt = (f"Is the circle centered at {pt(small)} with radius {small_r} entirely "
                      f"inside the circle centered at {pt(big)} with radius {big_r}?")
        elif i == 1:
            prompt = (f"Does the circle with center {pt(big)} and radius {big_r} contain the "
                      f"circle with center {pt(small)} and radius {small_r}?")
        elif i == 2:
            prompt = (f"Is the circle {circle_eq(small, small_r ** 2)} completely inside "
                      f"{circle_eq(big, big_r ** 2)}?")
        else:
            prompt = (f"Does circle A (center {pt(small)}, radius {small_r}) lie completely "
                      f"within circle B (center {pt(big)}, radius {big_r})?")
        out.append((prompt, e_bool(inside)))
    return out


@template(HELD, "geometry", "en", "positive")
def r35_point_location(rng: random.Random) -> list[Item]:
    out: list[Item] = []
    for i, want in enumerate(["boundary", "inside", "outside", "boundary"]):
        if i == 0:
            poly = rand_convex(rng, 3, -2, 5, step=2)
        elif i == 3:
            x0, y0, s = rng.randint(-3, 3) * 2, rng.randint(-3, 3) * 2, rng.randint(2, 5) * 2
            poly = [(x0, y0), (x0 + s, y0), (x0 + s, y0 + s), (x0, y0 + s)]
        else:
            poly = rand_convex(rng, 4 + i % 2, -2, 5, step=2)
        p = point_with_relation(rng, poly, want)
        rel = point_in_polygon(p, poly)
        verts = ", ".join(pt(v) for v in poly)
        if i == 0:
            prompt = (f"Relative to the triangle with vertices {verts}, is the point {pt(p)} "
                      "inside, outside, or on the boundary?")
        elif i == 1:
            prompt = (f"Where does {pt(p)} sit with respect to the polygon {verts}: inside, "
                      "on an edge, or outside?")
        elif i == 2:
            prompt = f"Point P = {pt(p)}. Polygon: {verts}. Inside, outside or on the boundary?"
        else:
            prompt = (f"Classify the point {pt(p)} relative to the square with corners {verts}: "
                      "inside / boundary / outside.")
        out.append((prompt, e_relation(rel)))
    return out


@template(HELD, "geometry", "en", "positive")
def r35_circle_point_count(rng: random.Random) -> list[Item]:
    out: list[Item] = []
    wants = ["intersect", "external_tangent", "separate", "internal_tangent"]
    for i, want in enumerate(wants):
        if i == 0:
            while True:
                big_r, r, a = rng.randint(3, 9), rng.randint(2, 8), rng.randint(2, 14)
                if circle_relation((0, 0), big_r, (a, 0), r) == want:
                    break
            prompt = (f"How many points do the circles {circle_eq((0, 0), big_r ** 2)} and "
                      f"{circle_eq((a, 0), r ** 2)} have in common?")
            out.append((prompt, e_number(CIRCLE_POINTS[want])))
            continue
        c1, r1, c2, r2 = rand_circle_pair(rng, want)
        rel = circle_relation(c1, r1, c2, r2)
        if i == 1:
            prompt = (f"How many intersection points are there between the circle centered at "
                      f"{pt(c1)} with radius {r1} and the circle centered at {pt(c2)} with "
                      f"radius {r2}?")
        elif i == 2:
            prompt = (f"In how many points do these two circles meet: center {pt(c1)} r={r1}, "
                      f"center {pt(c2)} r={r2}?")
        else:
            prompt = (f"Number of intersection points of circle (center {pt(c1)}, radius {r1}) "
                      f"and circle (center {pt(c2)}, radius {r2})?")
        out.append((prompt, e_number(CIRCLE_POINTS[rel])))
    return out


@template(HELD, "geometry", "zh", "positive")
def r35_zh_distance(rng: random.Random) -> list[Item]:
    forms = [
        "点{p}和点{q}之间的距离是多少？",
        "求A{p}到B{q}的距离",
        "坐标{p}与{q}相距多远？",
        "平面上两点{p}、{q}的距离等于多少",
    ]
    out: list[Item] = []
    for f in forms:
        while True:
            p = (rng.randint(-7, 9), rng.randint(-7, 9))
            q = (rng.randint(-7, 9), rng.randint(-7, 9))
            if p != q:
                break
        out.append((f.format(p=pt_tight(p), q=pt_tight(q)), e_real(sqrt_expr(dist2(p, q)))))
    return out


@template(HELD, "geometry", "zh", "positive")
def r35_zh_circle_area(rng: random.Random) -> list[Item]:
    r1, d2, r3, r4 = rng.randint(2, 15), rng.randint(3, 21), rng.randint(2, 12), rng.randint(2, 9)
    return [
        (f"半径为{r1}的圆的面积是多少？", e_real(pi_expr(Fraction(r1 * r1)))),
        (f"一个圆的直径是{d2}，面积是多少？", e_real(pi_expr(Fraction(d2 * d2, 4)))),
        (f"求半径{r3}厘米的圆的面积", e_real(pi_expr(Fraction(r3 * r3)))),
        (f"圆的半径是{r4}，它的面积等于多少？（用π表示）", e_real(pi_expr(Fraction(r4 * r4)))),
    ]


@template(HELD, "geometry", "en", "negative")
def r35_geometry_explain(rng: random.Random) -> list[Item]:
    return [
        ("Explain why the area of a circle is pi r squared.", None),
        ("Can you prove the Pythagorean theorem for me?", None),
        ("Why do the angles of a triangle add up to 180 degrees?", None),
        ("How does the shoelace formula work?", None),
    ]


@template(HELD, "geometry", "en", "negative")
def r35_gps_coordinates(rng: random.Random) -> list[Item]:
    return [
        ("How far is it from (40.71, -74.01) to (34.05, -118.24) in miles?", None),
        ("My GPS says I'm at 51.5074, -0.1278. How far am I from 48.8566, 2.3522?", None),
        ("What's the area of the land between the lat/long points (36.1, -115.2), "
         "(36.2, -115.1) and (36.0, -115.0)?", None),
        ("How long is the flight from (35.68, 139.69) to (37.57, 126.98)?", None),
    ]


@template(HELD, "geometry", "zh", "negative")
def r35_zh_geometry_lore(rng: random.Random) -> list[Item]:
    return [
        ("为什么圆的面积公式是πr²？", None),
        ("勾股定理是谁最早发现的？", None),
        ("三角形内角和为什么是180度？", None),
        ("从经纬度(39.9, 116.4)到(31.2, 121.5)的实际距离有多远？", None),
    ]


# Build -----------------------------------------------------------------------------------------


def build() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(35)
    dev: list[dict[str, Any]] = []
    heldout: list[dict[str, Any]] = []
    for split, family, lang, kind, fn in _TEMPLATES:
        name = fn.__name__
        short = name.removeprefix("r35_").removeprefix("zh_").replace("_", "-")
        items = fn(rng)
        assert len(items) == 4, name
        for i, (prompt, expected) in enumerate(items):
            assert (expected is None) == (kind == "negative"), name
            rec = {
                "id": f"r35-{FAM3[family]}-{lang}-{short}-{i}",
                "split": split,
                "kind": kind,
                "family": family,
                "lang": lang,
                "template": name,
                "prompt": prompt,
                "expected": expected if expected is not None else {"type": "none"},
            }
            (dev if split == DEV else heldout).append(rec)
    return dev, heldout


def main() -> None:
    dev, heldout = build()
    for split, records in ((DEV, dev), (HELD, heldout)):
        path = HERE / f"corpus_{split}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for rec in records:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"wrote {len(records)} records to {path.name}")


if __name__ == "__main__":
    main()
