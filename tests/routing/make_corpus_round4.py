"""Round-4 routing corpus: natural user questions, labelled, written blind.

This generator was written *blind*: its author read only ``compare.py`` (for the
``expected`` answer schema) and the product description of what the deterministic solvers
are meant to cover (exact arithmetic, number comparison, number theory, letter/word
counting and string operations, plane geometry), never the solvers, the router rules, the
benchmarks or any earlier corpus.  The aim is to measure the solvers on phrasings nobody
tuned them for.

Positives come from templates (one function per phrasing, named ``r4_*``), registered per
(family, language); every template yields ``PER_TEMPLATE`` instances whose answers are
computed here by an independent oracle (Python ints, ``fractions.Fraction``, trial
division, direct string counting, exact analytic geometry on Fractions; irrational values
are written as sympy-style expressions such as ``"25*pi"`` or ``"5*sqrt(2)"``).
Negatives are near misses no deterministic tool can answer completely and correctly
(dates, version numbers, identifiers, facts, trick questions, units, money and clock
times, missing data, opinions, code ...); they carry ``expected: null`` and a category.

The templates of each (family, language) -- and the negatives of each (category,
language) -- are split by a seeded shuffle into two disjoint pools: about 40% ``dev4``
and 60% ``heldout4``.  The output is a pure function of ``SEED``: rerunning rewrites
byte-identical files.

Usage (from the repository root)::

    .venv/bin/python tests/routing/make_corpus_round4.py

writes ``corpus_dev4.jsonl`` and ``corpus_heldout4.jsonl`` next to this script and runs a
self-check (each positive accepts its own canonical answer through ``compare.matches`` and
rejects a deliberately wrong one), then prints counts.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import random
import sys
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from math import gcd, isqrt
from pathlib import Path
from typing import Any

SEED = 40_404_404
PER_TEMPLATE = 4
DEV_SHARE = 0.4
HERE = Path(__file__).resolve().parent
FAMILIES = ("arithmetic", "comparison", "number_theory", "counting", "geometry")
LANGS = ("en", "zh")
SPLIT_NAMES = ("dev4", "heldout4")

Expected = dict[str, Any]
Template = Callable[[random.Random, int], tuple[str, Expected]]
TEMPLATES: dict[tuple[str, str], list[Template]] = {(f, lg): [] for f in FAMILIES for lg in LANGS}


def template(family: str, lang: str) -> Callable[[Template], Template]:
    def register(fn: Template) -> Template:
        assert fn.__name__.startswith("r4_"), fn.__name__
        TEMPLATES[(family, lang)].append(fn)
        return fn
    return register


def derived_rng(*parts: object) -> random.Random:
    digest = hashlib.sha256(":".join(str(p) for p in (SEED, *parts)).encode()).hexdigest()
    return random.Random(int(digest[:16], 16))


# Expected-answer builders ----------------------------------------------------------------------


def e_num(q: Fraction | int) -> Expected:
    return {"type": "number", "answer": str(Fraction(q))}


def e_real(expr: str) -> Expected:
    return {"type": "real", "answer": expr}


def e_bool(b: bool) -> Expected:
    return {"type": "bool", "answer": "yes" if b else "no"}


def e_choice(s: str) -> Expected:
    return {"type": "choice", "answer": s}


def e_text(s: str, case_sensitive: bool = False) -> Expected:
    return {"type": "text", "answer": s, "case_sensitive": case_sensitive}


def e_word(s: str) -> Expected:
    return {"type": "word_choice", "answer": s}


def e_list(items: list[str], elem: str, ordered: bool, order: str | None = None) -> Expected:
    out: Expected = {"type": "list", "elem": elem, "ordered": ordered, "answer": items}
    if order:
        out["order"] = order
    return out


def e_rel(rel: str, yes_if: str | None = None) -> Expected:
    out: Expected = {"type": "relation", "answer": rel}
    if yes_if:
        out["yes_if"] = yes_if
    return out


def e_fact(n: int) -> Expected:
    return {"type": "factorization", "answer": [[p, e] for p, e in factorize(n)], "n": n}


# Number helpers --------------------------------------------------------------------------------


def dec(s: str) -> Fraction:
    """Exact value of a decimal literal (possibly with thousands separators)."""
    return Fraction(Decimal(s.replace(",", "")))


def fnum(q: Fraction | int) -> str:
    """A terminating rational written as a plain decimal ("2.5", "-3", "0.125")."""
    q = Fraction(q)
    if q.denominator == 1:
        return str(q.numerator)
    den = q.denominator
    while den % 2 == 0:
        den //= 2
    while den % 5 == 0:
        den //= 5
    assert den == 1, q
    text = format(Decimal(q.numerator) / Decimal(q.denominator), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def rand_dec(rng: random.Random, lo: int, hi: int, places: int) -> str:
    scale = 10**places
    return fnum(Fraction(rng.randint(lo * scale, hi * scale), scale))


def join_and(items: list[str], sep: str = ", ", last: str = " and ") -> str:
    return sep.join(items[:-1]) + last + items[-1] if len(items) > 1 else items[0]


_ONES = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]
_TENS = [
    "_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
]


def words(n: int) -> str:
    assert 0 <= n < 10000
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else "-" + _ONES[n % 10])
    if n < 1000:
        rest = "" if n % 100 == 0 else " " + words(n % 100)
        return _ONES[n // 100] + " hundred" + rest
    rest = "" if n % 1000 == 0 else " " + words(n % 1000)
    return words(n // 1000) + " thousand" + rest


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    f = 3
    while f * f <= n:
        if n % f == 0:
            return False
        f += 2
    return True


def factorize(n: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    f = 2
    while f * f <= n:
        e = 0
        while n % f == 0:
            n //= f
            e += 1
        if e:
            out.append((f, e))
        f += 1 if f == 2 else 2
    if n > 1:
        out.append((n, 1))
    return out


def rand_prime(rng: random.Random, lo: int, hi: int) -> int:
    while True:
        n = rng.randint(lo, hi)
        if is_prime(n):
            return n


def is_happy(n: int) -> bool:
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1


def digit_sum(n: int) -> int:
    return sum(int(d) for d in str(n))


def sqrt_expr(q: Fraction) -> tuple[Fraction, int]:
    """sqrt(q) = coef * sqrt(m) with m square-free."""
    num = q.numerator * q.denominator
    k, m, f = 1, num, 2
    while f * f <= m:
        while m % (f * f) == 0:
            m //= f * f
            k *= f
        f += 1
    return Fraction(k, q.denominator), m


def real_sum(terms: list[Fraction]) -> str:
    """Expression for the sum of the square roots of the given non-negative rationals."""
    groups: dict[int, Fraction] = {}
    for t in terms:
        c, m = sqrt_expr(t)
        groups[m] = groups.get(m, Fraction(0)) + c
    parts = []
    for m in sorted(groups):
        c = groups[m]
        if c == 0:
            continue
        parts.append(str(c) if m == 1 else (f"sqrt({m})" if c == 1 else f"{c}*sqrt({m})"))
    return " + ".join(parts) or "0"


def pi_expr(q: Fraction) -> str:
    return "pi" if q == 1 else f"{q}*pi"


# Geometry helpers (exact) ----------------------------------------------------------------------

Pt = tuple[Fraction, Fraction]


def pt(x: float | int | Fraction, y: float | int | Fraction) -> Pt:
    return (Fraction(x), Fraction(y))


def cross(o: Pt, a: Pt, b: Pt) -> Fraction:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def on_seg(p: Pt, a: Pt, b: Pt) -> bool:
    return (cross(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
            and min(a[1], b[1]) <= p[1] <= max(a[1], b[1]))


def seg_relation(a: Pt, b: Pt, c: Pt, d: Pt) -> str:
    """"cross" (one proper crossing), "none", or "degenerate" (touching / collinear)."""
    o1, o2, o3, o4 = cross(a, b, c), cross(a, b, d), cross(c, d, a), cross(c, d, b)
    if on_seg(c, a, b) or on_seg(d, a, b) or on_seg(a, c, d) or on_seg(b, c, d):
        return "degenerate"
    if o1 * o2 < 0 and o3 * o4 < 0:
        return "cross"
    return "none"


def edges(poly: list[Pt]) -> list[tuple[Pt, Pt]]:
    return [(poly[i], poly[(i + 1) % len(poly)]) for i in range(len(poly))]


def point_in_polygon(p: Pt, poly: list[Pt]) -> str:
    for a, b in edges(poly):
        if on_seg(p, a, b):
            return "boundary"
    inside = False
    for a, b in edges(poly):
        if (a[1] > p[1]) != (b[1] > p[1]):
            x = a[0] + (p[1] - a[1]) * (b[0] - a[0]) / (b[1] - a[1])
            if p[0] < x:
                inside = not inside
    return "inside" if inside else "outside"


def shoelace(poly: list[Pt]) -> Fraction:
    s = sum((a[0] * b[1] - b[0] * a[1] for a, b in edges(poly)), Fraction(0))
    return abs(s) / 2


def dist2(a: Pt, b: Pt) -> Fraction:
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2


def circles_points(c1: Pt, r1: Fraction, c2: Pt, r2: Fraction) -> int | None:
    """Common points of two circles; None when they coincide."""
    d2 = dist2(c1, c2)
    if d2 == 0 and r1 == r2:
        return None
    if d2 > (r1 + r2) ** 2 or d2 < (r1 - r2) ** 2:
        return 0
    if d2 == (r1 + r2) ** 2 or d2 == (r1 - r2) ** 2:
        return 1
    return 2


def _sqrt_ge(s: int, disc: Fraction, v: Fraction) -> bool:
    """s*sqrt(disc) >= v."""
    if s > 0:
        return v <= 0 or disc >= v * v
    return -v >= 0 and disc <= v * v


def seg_circle_points(a: Pt, b: Pt, c: Pt, r: Fraction) -> int | None:
    """Points the closed segment ab shares with the circle; None for tangency / endpoint on."""
    if dist2(a, c) == r * r or dist2(b, c) == r * r:
        return None
    dx, dy = b[0] - a[0], b[1] - a[1]
    fx, fy = a[0] - c[0], a[1] - c[1]
    qa = dx * dx + dy * dy
    qb = 2 * (fx * dx + fy * dy)
    qc = fx * fx + fy * fy - r * r
    disc = qb * qb - 4 * qa * qc
    if disc < 0:
        return 0
    if disc == 0:
        return None
    count = 0
    for s in (1, -1):
        # t = (-qb + s*sqrt(disc)) / (2 qa); need 0 <= t <= 1
        lo = _sqrt_ge(s, disc, qb)
        hi = _sqrt_ge(-s, disc, -(2 * qa + qb))  # s*sqrt <= 2qa+qb  <=>  -s*sqrt >= -(2qa+qb)
        count += lo and hi
    return count


def boundary_crossings(segs_a: list[tuple[Pt, Pt]], segs_b: list[tuple[Pt, Pt]]) -> int | None:
    count = 0
    for a, b in segs_a:
        for c, d in segs_b:
            rel = seg_relation(a, b, c, d)
            if rel == "degenerate":
                return None
            count += rel == "cross"
    return count


def P(p: Pt, style: str = "std") -> str:
    x, y = fnum(p[0]), fnum(p[1])
    if style == "tight":
        return f"({x},{y})"
    if style == "xy":
        return f"x={x}, y={y}"
    if style == "bare":
        return f"{x},{y}"
    return f"({x}, {y})"


def Ps(poly: list[Pt], style: str = "std", sep: str = ", ") -> str:
    return sep.join(P(p, style) for p in poly)


def rand_poly(rng: random.Random, kind: str | None = None) -> tuple[str, list[Pt]]:
    kind = kind or rng.choice(["rectangle", "triangle", "quadrilateral", "hexagon"])
    ox, oy = rng.randint(-3, 3), rng.randint(-3, 3)
    if kind == "rectangle":
        w, h = rng.randint(3, 9), rng.randint(2, 8)
        pts = [(0, 0), (w, 0), (w, h), (0, h)]
    elif kind == "triangle":
        while True:
            pts = [(rng.randint(0, 9), rng.randint(0, 9)) for _ in range(3)]
            if cross(*(pt(*q) for q in pts)) != 0 and shoelace([pt(*q) for q in pts]) >= 6:
                break
    elif kind == "quadrilateral":  # a trapezoid
        w, h = rng.randint(5, 10), rng.randint(3, 7)
        a = rng.randint(1, w // 2 - 1 if w >= 6 else 1)
        b = rng.randint(1, max(1, w - a - 2))
        pts = [(0, 0), (w, 0), (w - b, h), (a, h)]
    else:  # an L-shaped hexagon
        w, h = rng.randint(5, 9), rng.randint(5, 9)
        a, b = rng.randint(2, w - 2), rng.randint(2, h - 2)
        pts = [(0, 0), (w, 0), (w, b), (a, b), (a, h), (0, h)]
    return kind, [pt(x + ox, y + oy) for x, y in pts]


def point_with_relation(rng: random.Random, poly: list[Pt], want: str) -> Pt:
    xs = [p[0] for p in poly]
    ys = [p[1] for p in poly]
    for _ in range(10_000):
        if want == "boundary":
            a, b = rng.choice(edges(poly))
            t = Fraction(rng.randint(0, 4), 4)
            p = (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))
            if p[0].denominator > 2 or p[1].denominator > 2:
                continue
        else:
            p = pt(rng.randint(int(min(xs)) - 2, int(max(xs)) + 2),
                   rng.randint(int(min(ys)) - 2, int(max(ys)) + 2))
        if point_in_polygon(p, poly) == want:
            return p
    raise RuntimeError("no point found")


TANGENT_DIRS = [(3, 4, 5), (4, 3, 5), (0, 1, 1), (1, 0, 1), (6, 8, 10), (5, 12, 13), (-3, 4, 5),
                (8, -6, 10), (-1, 0, 1), (0, -1, 1)]


def circle_pair(rng: random.Random, want: int | str) -> tuple[Pt, int, Pt, int]:
    """Two circles with a given number of common points (0, 1, 2) or a named relation
    ("external", "internal", "separate", "contained", "cross")."""
    c1 = pt(rng.randint(-4, 4), rng.randint(-4, 4))
    if want in ("external", "internal"):
        dx, dy, d = rng.choice(TANGENT_DIRS)
        k = rng.randint(1, 3) if d < 5 else 1
        if d == 1:
            k = rng.randint(3, 9)
        dd = d * k
        if want == "external":
            r1 = rng.randint(1, dd - 1)
            r2 = dd - r1
        else:
            r1 = rng.randint(1, 6)
            r2 = r1 + dd
        c2 = (c1[0] + dx * k, c1[1] + dy * k)
        return c1, r1, c2, r2
    for _ in range(10_000):
        r1, r2 = rng.randint(1, 9), rng.randint(1, 9)
        c2 = pt(rng.randint(-9, 9), rng.randint(-9, 9))
        n = circles_points(c1, Fraction(r1), c2, Fraction(r2))
        if n is None:
            continue
        d2 = dist2(c1, c2)
        rel = ("cross" if n == 2 else "tangent" if n == 1
               else "separate" if d2 > (r1 + r2) ** 2 else "contained")
        if want == rel or (isinstance(want, int) and want == n and rel != "tangent"):
            return c1, r1, c2, r2
    raise RuntimeError("no circle pair")


def rand_segment_pair(rng: random.Random, want: bool) -> tuple[Pt, Pt, Pt, Pt]:
    for _ in range(10_000):
        a, b, c, d = (pt(rng.randint(-6, 8), rng.randint(-6, 8)) for _ in range(4))
        if a == b or c == d:
            continue
        rel = seg_relation(a, b, c, d)
        if rel != "degenerate" and (rel == "cross") == want:
            return a, b, c, d
    raise RuntimeError("no segments")


# Arithmetic (en) -------------------------------------------------------------------------------


@template("arithmetic", "en")
def r4_ar_terse_star(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(12, 999), rng.randint(11, 99)
    return f"{a}*{b}=?", e_num(a * b)


@template("arithmetic", "en")
def r4_ar_casual_plus(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(100, 9999), rng.randint(100, 9999)
    lead = ["hey quick one:", "yo,", "ok so", "quick q -"][i % 4]
    return f"{lead} what's {a} plus {b}?", e_num(a + b)


@template("arithmetic", "en")
def r4_ar_qa_minus(rng: random.Random, i: int) -> tuple[str, Expected]:
    a = rng.randint(10, 500)
    b = a + rng.randint(1, 900)
    return f"Q: What is {a} minus {b}?\nA:", e_num(a - b)


@template("arithmetic", "en")
def r4_ar_divide_by(rng: random.Random, i: int) -> tuple[str, Expected]:
    b = rng.randint(3, 24)
    a = rng.randint(20, 999) if i % 2 else b * rng.randint(5, 80)
    return f"What do you get when you divide {a} by {b}?", e_num(Fraction(a, b))


@template("arithmetic", "en")
def r4_ar_percent_of(rng: random.Random, i: int) -> tuple[str, Expected]:
    p = rng.choice(["5", "12.5", "15", "35", "62.5", "8", "40", "2.5", "75", "18"])
    x = rng.randint(2, 90) * 20
    return f"what's {p}% of {x}?", e_num(dec(p) / 100 * x)


@template("arithmetic", "en")
def r4_ar_percent_increase(rng: random.Random, i: int) -> tuple[str, Expected]:
    p = rng.choice([5, 10, 12, 15, 20, 25, 30, 8])
    x = rng.randint(5, 120) * 10
    return (f"Increase {x} by {p}%. What number do you end up with?",
            e_num(Fraction(x) * (100 + p) / 100))


@template("arithmetic", "en")
def r4_ar_percent_decrease(rng: random.Random, i: int) -> tuple[str, Expected]:
    p = rng.choice([5, 10, 15, 20, 25, 40, 35, 60])
    x = rng.randint(4, 200) * 5
    return (f"If {x} is decreased by {p} percent, what is the result?",
            e_num(Fraction(x) * (100 - p) / 100))


@template("arithmetic", "en")
def r4_ar_power_words(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, n = rng.randint(2, 19), rng.randint(3, 9)
    return f"Tell me what {a} to the power of {n} is.", e_num(a**n)


@template("arithmetic", "en")
def r4_ar_squared(rng: random.Random, i: int) -> tuple[str, Expected]:
    a = rng.randint(13, 999)
    return f"What's {a} squared?", e_num(a * a)


@template("arithmetic", "en")
def r4_ar_sqrt_words(rng: random.Random, i: int) -> tuple[str, Expected]:
    r = rng.randint(12, 320)
    return f"Can you find the square root of {r * r} for me?", e_num(r)


@template("arithmetic", "en")
def r4_ar_factorial(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.randint(6, 16)
    prompt = f"Compute {n}!" if i % 2 == 0 else f"What is {n} factorial?"
    f = 1
    for k in range(2, n + 1):
        f *= k
    return prompt, e_num(f)


@template("arithmetic", "en")
def r4_ar_mod(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(1000, 99999), rng.randint(7, 97)
    if i % 2 == 0:
        return f"What is {a} mod {b}?", e_num(a % b)
    return f"What is the remainder when {a} is divided by {b}?", e_num(a % b)


@template("arithmetic", "en")
def r4_ar_decimal_add(rng: random.Random, i: int) -> tuple[str, Expected]:
    ds = [rand_dec(rng, 0, 20, rng.choice([1, 2])) for _ in range(3)]
    ds = [d if "." in d else d + ".5" for d in ds]
    return f"Add {join_and(ds)} together.", e_num(sum((dec(d) for d in ds), Fraction(0)))


@template("arithmetic", "en")
def r4_ar_latex_frac(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(1, 9), rng.randint(2, 12)
    c, d = rng.randint(1, 9), rng.randint(2, 12)
    op = "+" if i % 2 == 0 else "-"
    val = Fraction(a, b) + Fraction(c, d) if op == "+" else Fraction(a, b) - Fraction(c, d)
    return rf"Evaluate $\frac{{{a}}}{{{b}}} {op} \frac{{{c}}}{{{d}}}$.", e_num(val)


@template("arithmetic", "en")
def r4_ar_number_words(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(3, 99), rng.randint(3, 19)
    return f"What is {words(a)} times {words(b)}?", e_num(a * b)


@template("arithmetic", "en")
def r4_ar_nested_parens(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c, d, e = (rng.randint(2, 60) for _ in range(5))
    val = Fraction((a + b) * c - d, e)
    return f"Evaluate (({a} + {b}) * {c} - {d}) / {e}", e_num(val)


@template("arithmetic", "en")
def r4_ar_unicode_ops(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c, d = rng.randint(10, 99), rng.randint(2, 30), rng.randint(10, 500), rng.randint(2, 9)
    return f"{a} × {b} − {c} ÷ {d} = ?", e_num(a * b - Fraction(c, d))


@template("arithmetic", "en")
def r4_ar_thousands(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(1000, 9_999_999), rng.randint(1000, 999_999)
    if i % 2:
        return f"What's {a:,} - {b:,}?", e_num(a - b)
    return f"What's {a:,} + {b:,}?", e_num(a + b)


@template("arithmetic", "en")
def r4_ar_sum_list(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = [rng.randint(-50, 400) for _ in range(rng.randint(4, 7))]
    return f"What is the sum of {join_and([str(x) for x in xs])}?", e_num(sum(xs))


@template("arithmetic", "en")
def r4_ar_product_list(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = [rng.randint(2, 25) for _ in range(rng.randint(3, 5))]
    p = 1
    for x in xs:
        p *= x
    return (f"Multiply these numbers together: {', '.join(str(x) for x in xs)}",
            e_num(p))


@template("arithmetic", "en")
def r4_ar_boxed_powers(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, m, b, n = rng.randint(2, 9), rng.randint(4, 12), rng.randint(2, 9), rng.randint(2, 6)
    return (f"Compute {a}^{m} - {b}^{n}. Put your final answer within \\boxed{{}}.",
            e_num(a**m - b**n))


@template("arithmetic", "en")
def r4_ar_polite_times(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(100, 9999), rng.randint(12, 999)
    return (f"Hi! Sorry to bother you, but could you please tell me what {a} times {b} is? "
            "Thanks so much.", e_num(a * b))


@template("arithmetic", "en")
def r4_ar_just_number_decimals(rng: random.Random, i: int) -> tuple[str, Expected]:
    x, y = rand_dec(rng, 1, 30, 1), rand_dec(rng, 0, 9, 2)
    if "." not in x:
        x += ".5"
    if "." not in y:
        y += ".25"
    return f"Answer with just the number: {x} * {y}", e_num(dec(x) * dec(y))


@template("arithmetic", "en")
def r4_ar_step_precedence(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c = rng.randint(10, 300), rng.randint(3, 40), rng.randint(3, 40)
    return f"{a} + {b} × {c} = ? Think step by step.", e_num(a + b * c)


@template("arithmetic", "en")
def r4_ar_cube_root(rng: random.Random, i: int) -> tuple[str, Expected]:
    r = rng.randint(4, 60)
    return f"what is the cube root of {r**3}", e_num(r)


@template("arithmetic", "en")
def r4_ar_homework_mixed(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c, d = rng.randint(2, 15), rng.randint(2, 4), rng.randint(10, 90), rng.randint(2, 12)
    return (f"Homework problem 3: simplify {a}^{b} + {c} / {d} - 7. "
            "Give the exact value.", e_num(a**b + Fraction(c, d) - 7))


# Arithmetic (zh) -------------------------------------------------------------------------------


@template("arithmetic", "zh")
def r4_zh_ar_jia(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(100, 99999), rng.randint(100, 99999)
    return f"{a}加{b}等于多少？", e_num(a + b)


@template("arithmetic", "zh")
def r4_zh_ar_jian(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(100, 9999), rng.randint(100, 9999)
    return f"{a}减去{b}是多少", e_num(a - b)


@template("arithmetic", "zh")
def r4_zh_ar_chengyi(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(12, 999), rng.randint(12, 999)
    return f"请问{a}乘以{b}等于多少？", e_num(a * b)


@template("arithmetic", "zh")
def r4_zh_ar_chuyi(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(50, 5000), rng.randint(3, 40)
    return f"{a}除以{b}等于多少？", e_num(Fraction(a, b))


@template("arithmetic", "zh")
def r4_zh_ar_cifang(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, n = rng.randint(2, 15), rng.randint(3, 10)
    return f"{a}的{n}次方等于多少？", e_num(a**n)


@template("arithmetic", "zh")
def r4_zh_ar_expr(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c, d = rng.randint(5, 99), rng.randint(5, 99), rng.randint(2, 12), rng.randint(1, 300)
    return f"计算：({a}+{b})×{c}−{d}", e_num((a + b) * c - d)


@template("arithmetic", "zh")
def r4_zh_ar_percent(rng: random.Random, i: int) -> tuple[str, Expected]:
    p = rng.choice([5, 12, 15, 25, 30, 45, 80])
    x = rng.randint(2, 99) * 20
    return f"{x}的{p}%是多少？", e_num(Fraction(p, 100) * x)


@template("arithmetic", "zh")
def r4_zh_ar_sqrt(rng: random.Random, i: int) -> tuple[str, Expected]:
    r = rng.randint(11, 200)
    return f"√{r * r} 等于多少？", e_num(r)


@template("arithmetic", "zh")
def r4_zh_ar_sum_list(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = [rng.randint(1, 500) for _ in range(rng.randint(4, 6))]
    return f"求 {'、'.join(str(x) for x in xs)} 的和", e_num(sum(xs))


# Comparison ------------------------------------------------------------------------------------


def tricky_pair(rng: random.Random, negative: bool | None = None) -> tuple[str, str]:
    """Two distinct decimals that are easy to misjudge (9.11 vs 9.9, -3.5 vs -3.25, ...)."""
    while True:
        style = rng.randint(0, 3)
        n = rng.randint(0, 40)
        if style == 0:  # same integer part, different lengths
            a = f"{n}.{rng.randint(10, 99)}"
            b = f"{n}.{rng.randint(1, 9)}"
        elif style == 1:
            a = f"{n}.{rng.randint(1, 9)}{rng.randint(0, 9)}{rng.randint(1, 9)}"
            b = f"{n}.{rng.randint(1, 9)}{rng.randint(1, 9)}"
        elif style == 2:
            a = str(n + 1)
            b = f"{n}.{rng.randint(5, 9)}{rng.randint(1, 9)}"
        else:
            a = f"{n}.{rng.randint(0, 9)}{rng.randint(1, 9)}"
            b = f"{n}.{rng.randint(1, 9)}"
        neg = rng.random() < 0.35 if negative is None else negative
        if neg:
            a, b = "-" + a, "-" + b
        if rng.random() < 0.5:
            a, b = b, a
        if dec(a) != dec(b) and a not in ("-0", "0") and b not in ("-0", "0"):
            return a, b


def rand_numbers(rng: random.Random, k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        kind = rng.randint(0, 3)
        if kind == 0:
            s = str(rng.randint(-50, 99))
        elif kind == 1:
            s = rand_dec(rng, -20, 20, 1)
        else:
            s = rand_dec(rng, -10, 30, 2)
        if all(dec(s) != dec(t) for t in out):
            out.append(s)
    return out


def bigger(a: str, b: str) -> str:
    return a if dec(a) > dec(b) else b


def smaller(a: str, b: str) -> str:
    return a if dec(a) < dec(b) else b


def sort_nums(xs: list[str], desc: bool = False) -> list[str]:
    return sorted(xs, key=dec, reverse=desc)


@template("comparison", "en")
def r4_cmp_which_bigger(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = tricky_pair(rng, negative=False)
    return f"Which is bigger, {a} or {b}?", e_choice(bigger(a, b))


@template("comparison", "en")
def r4_cmp_which_smaller_neg(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = tricky_pair(rng, negative=True)
    return f"Which is smaller: {a} or {b}?", e_choice(smaller(a, b))


@template("comparison", "en")
def r4_cmp_is_greater(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = tricky_pair(rng)
    return f"Is {a} greater than {b}?", e_bool(dec(a) > dec(b))


@template("comparison", "en")
def r4_cmp_is_less(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = tricky_pair(rng)
    return f"is {a} less than {b}", e_bool(dec(a) < dec(b))


@template("comparison", "en")
def r4_cmp_sort_asc(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = rand_numbers(rng, rng.randint(4, 7))
    return (f"Sort these numbers in ascending order: {', '.join(xs)}",
            e_list(sort_nums(xs), "number", True, "asc"))


@template("comparison", "en")
def r4_cmp_sort_desc(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = rand_numbers(rng, rng.randint(4, 6))
    return (f"Please sort from largest to smallest: {'; '.join(xs)}",
            e_list(sort_nums(xs, desc=True), "number", True, "desc"))


@template("comparison", "en")
def r4_cmp_max_of(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = rand_numbers(rng, rng.randint(3, 6))
    return f"What's the maximum of {join_and(xs)}?", e_choice(sort_nums(xs)[-1])


@template("comparison", "en")
def r4_cmp_min_terse(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = rand_numbers(rng, rng.randint(3, 5))
    return f"min({', '.join(xs)}) = ?", e_choice(sort_nums(xs)[0])


@template("comparison", "en")
def r4_cmp_between_greater(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = tricky_pair(rng)
    return f"Between {a} and {b}, which one is greater?", e_choice(bigger(a, b))


@template("comparison", "en")
def r4_cmp_larger_just_number(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = tricky_pair(rng)
    return (f"Which number is larger: {a} or {b}? Answer with just the number.",
            e_choice(bigger(a, b)))


@template("comparison", "en")
def r4_cmp_true_false(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = tricky_pair(rng)
    op = ">" if i % 2 == 0 else "<"
    truth = dec(a) > dec(b) if op == ">" else dec(a) < dec(b)
    return f"True or false: {a} {op} {b}", e_bool(truth)


@template("comparison", "en")
def r4_cmp_more_than_thousands(rng: random.Random, i: int) -> tuple[str, Expected]:
    a = rng.randint(1000, 999_999)
    digits = list(str(a))
    j, k = rng.sample(range(len(digits)), 2)
    digits[j], digits[k] = digits[k], digits[j]
    b = int("".join(digits))
    if b == a:
        b = a + rng.randint(1, 99)
    return f"Is {a:,} more than {b:,}?", e_bool(a > b)


@template("comparison", "en")
def r4_cmp_comes_first(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = tricky_pair(rng)
    return (f"If you sort {a} and {b} in ascending order, which one comes first?",
            e_choice(smaller(a, b)))


@template("comparison", "en")
def r4_cmp_smallest_in_list(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = rand_numbers(rng, rng.randint(4, 6))
    return (f"Which is the smallest number in this list: {', '.join(xs)}?",
            e_choice(sort_nums(xs)[0]))


@template("comparison", "en")
def r4_cmp_order_small_to_large(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = rand_numbers(rng, rng.randint(3, 5))
    return (f"Order from smallest to largest: {join_and(xs)}",
            e_list(sort_nums(xs), "number", True, "asc"))


@template("comparison", "en")
def r4_cmp_qa_larger(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = tricky_pair(rng)
    return f"Q: Which is larger, {a} or {b}?\nA:", e_choice(bigger(a, b))


@template("comparison", "en")
def r4_cmp_casual_bigger(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = tricky_pair(rng, negative=False)
    return (f"hey is {a} bigger than {b}? my friend and I can't agree lol",
            e_bool(dec(a) > dec(b)))


@template("comparison", "en")
def r4_cmp_equal(rng: random.Random, i: int) -> tuple[str, Expected]:
    n, m = rng.randint(0, 30), rng.randint(1, 9)
    a = f"{n}.{m}0"
    b = f"{n}.{m}" if i % 2 == 0 else f"{n}.0{m}"
    return f"Is {a} equal to {b}?", e_bool(dec(a) == dec(b))


@template("comparison", "en")
def r4_cmp_fraction_vs_decimal(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        p, q = rng.randint(1, 11), rng.randint(3, 12)
        f = Fraction(p, q)
        if f.denominator == q and f < 1:
            break
    d = fnum(Fraction(int(f * 100) + rng.choice([0, 1]), 100))
    if dec(d) == f:
        d = fnum(Fraction(int(f * 100) + 2, 100))
    frac = f"{p}/{q}"
    return (f"Which is greater, {frac} or {d}?",
            e_choice(frac if f > dec(d) else d))


@template("comparison", "en")
def r4_cmp_less_step(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = tricky_pair(rng)
    return f"Which number is less, {a} or {b}? Think step by step.", e_choice(smaller(a, b))


@template("comparison", "zh")
def r4_zh_cmp_nage_da(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = tricky_pair(rng)
    return f"{a}和{b}哪个大？", e_choice(bigger(a, b))


@template("comparison", "zh")
def r4_zh_cmp_nage_xiao(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = tricky_pair(rng)
    return f"{a}和{b}哪个小", e_choice(smaller(a, b))


@template("comparison", "zh")
def r4_zh_cmp_bi_da_ma(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = tricky_pair(rng)
    return f"{a}比{b}大吗？", e_bool(dec(a) > dec(b))


@template("comparison", "zh")
def r4_zh_cmp_bi_xiao_ma(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = tricky_pair(rng)
    return f"请问{a}比{b}小吗？", e_bool(dec(a) < dec(b))


@template("comparison", "zh")
def r4_zh_cmp_sort_asc(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = rand_numbers(rng, rng.randint(4, 6))
    return (f"把下面的数从小到大排列：{'、'.join(xs)}",
            e_list(sort_nums(xs), "number", True, "asc"))


@template("comparison", "zh")
def r4_zh_cmp_sort_desc(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = rand_numbers(rng, rng.randint(3, 5))
    return (f"请将 {', '.join(xs)} 按从大到小的顺序排序",
            e_list(sort_nums(xs, desc=True), "number", True, "desc"))


@template("comparison", "zh")
def r4_zh_cmp_max(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = rand_numbers(rng, rng.randint(3, 5))
    return f"{'、'.join(xs)} 中最大的数是哪个？", e_choice(sort_nums(xs)[-1])


# Number theory ---------------------------------------------------------------------------------


def prime_or_composite(rng: random.Random, want_prime: bool, lo: int, hi: int) -> int:
    if want_prime:
        return rand_prime(rng, lo, hi)
    while True:  # a product of two primes with no tiny factor: not obviously composite
        p = rand_prime(rng, 7, isqrt(hi))
        q = rand_prime(rng, max(7, lo // p), max(8, hi // p))
        if lo <= p * q <= hi:
            return p * q


def composite_with(rng: random.Random, lo: int, hi: int, k: int) -> int:
    while True:
        n = 1
        for _ in range(k):
            n *= rng.choice([2, 2, 3, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37])
        if lo <= n <= hi:
            return n


@template("number_theory", "en")
def r4_nt_prime_think_brackets(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = prime_or_composite(rng, i % 2 == 0, 10_000, 99_999)
    return (f"Is {n} a prime number? Think step by step and then answer [Yes] or [No].",
            e_bool(is_prime(n)))


@template("number_theory", "en")
def r4_nt_is_prime_terse(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = prime_or_composite(rng, i % 2 == 1, 100, 9999)
    return f"is {n} prime?", e_bool(is_prime(n))


@template("number_theory", "en")
def r4_nt_prime_or_not(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = prime_or_composite(rng, i % 2 == 0, 1_000_000, 9_999_999)
    return f"Tell me whether {n} is prime or not.", e_bool(is_prime(n))


@template("number_theory", "en")
def r4_nt_composite(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = prime_or_composite(rng, i % 2 == 1, 50, 5000)
    return f"Is {n} a composite number?", e_bool(n > 1 and not is_prime(n))


@template("number_theory", "en")
def r4_nt_prime_factorization(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = composite_with(rng, 100, 10**7, rng.randint(3, 7))
    return f"What is the prime factorization of {n}?", e_fact(n)


@template("number_theory", "en")
def r4_nt_factor_into_primes(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = composite_with(rng, 1000, 10**6, rng.randint(4, 6))
    return f"Factor {n} into primes.", e_fact(n)


@template("number_theory", "en")
def r4_nt_prime_factors_squarefree(rng: random.Random, i: int) -> tuple[str, Expected]:
    ps = rng.sample([2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43], rng.randint(2, 4))
    n = 1
    for p in ps:
        n *= p
    return f"What are the prime factors of {n}?", e_fact(n)


@template("number_theory", "en")
def r4_nt_gcd(rng: random.Random, i: int) -> tuple[str, Expected]:
    g = rng.randint(2, 60)
    a, b = g * rng.randint(2, 40), g * rng.randint(2, 40)
    return f"GCD of {a} and {b}?", e_num(gcd(a, b))


@template("number_theory", "en")
def r4_nt_hcf_british(rng: random.Random, i: int) -> tuple[str, Expected]:
    g = rng.randint(2, 30)
    a, b = g * rng.randint(3, 50), g * rng.randint(3, 50)
    return f"Find the HCF of {a} and {b}.", e_num(gcd(a, b))


@template("number_theory", "en")
def r4_nt_gcd_three(rng: random.Random, i: int) -> tuple[str, Expected]:
    g = rng.randint(2, 20)
    xs = [g * rng.randint(2, 30) for _ in range(3)]
    return (f"What's the greatest common divisor of {join_and([str(x) for x in xs])}?",
            e_num(gcd(gcd(xs[0], xs[1]), xs[2])))


@template("number_theory", "en")
def r4_nt_lcm(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(4, 120), rng.randint(4, 120)
    return (f"What's the least common multiple of {a} and {b}?",
            e_num(a * b // gcd(a, b)))


@template("number_theory", "en")
def r4_nt_lcm_imperative(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = [rng.randint(3, 30) for _ in range(3)]
    lcm = 1
    for x in xs:
        lcm = lcm * x // gcd(lcm, x)
    return f"Compute lcm({', '.join(str(x) for x in xs)}).", e_num(lcm)


@template("number_theory", "en")
def r4_nt_largest_prime_factor(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = composite_with(rng, 1000, 10**8, rng.randint(3, 6)) * rand_prime(rng, 2, 500)
    return (f"What is the largest prime factor of {n}?", e_num(factorize(n)[-1][0]))


@template("number_theory", "en")
def r4_nt_primes_below(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.choice([c for c in range(20, 80) if not is_prime(c)])
    primes = [str(p) for p in range(2, n) if is_prime(p)]
    return f"List all the primes below {n}.", e_list(primes, "number", False)


@template("number_theory", "en")
def r4_nt_count_primes(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.choice([c for c in range(100, 5000) if not is_prime(c)])
    return (f"How many prime numbers are there less than {n}?",
            e_num(sum(1 for p in range(2, n) if is_prime(p))))


@template("number_theory", "en")
def r4_nt_digit_sum(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.randint(10_000, 10**12)
    return f"What is the sum of the digits of {n}?", e_num(digit_sum(n))


@template("number_theory", "en")
def r4_nt_happy_list(rng: random.Random, i: int) -> tuple[str, Expected]:
    lo = rng.randint(1, 60)
    hi = lo + rng.randint(20, 60)
    happy = [str(k) for k in range(lo, hi + 1) if is_happy(k)]
    assert happy
    return (f"Which numbers from {lo} to {hi} (inclusive) are happy numbers?",
            e_list(happy, "number", False))


@template("number_theory", "en")
def r4_nt_happy_count(rng: random.Random, i: int) -> tuple[str, Expected]:
    hi = rng.randint(30, 500)
    return (f"Count the happy numbers between 1 and {hi}, inclusive.",
            e_num(sum(1 for k in range(1, hi + 1) if is_happy(k))))


@template("number_theory", "en")
def r4_nt_coprime(rng: random.Random, i: int) -> tuple[str, Expected]:
    if i % 2 == 0:
        while True:
            a, b = rng.randint(10, 300), rng.randint(10, 300)
            if gcd(a, b) == 1:
                break
    else:
        g = rng.choice([3, 7, 11, 13])
        a, b = g * rng.randint(3, 40), g * rng.randint(3, 40)
    return f"Are {a} and {b} coprime?", e_bool(gcd(a, b) == 1)


@template("number_theory", "zh")
def r4_zh_nt_is_prime(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = prime_or_composite(rng, i % 2 == 0, 1000, 999_999)
    return f"{n}是质数吗？", e_bool(is_prime(n))


@template("number_theory", "zh")
def r4_zh_nt_factorize(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = composite_with(rng, 100, 10**6, rng.randint(3, 6))
    return f"把{n}分解质因数", e_fact(n)


@template("number_theory", "zh")
def r4_zh_nt_gcd(rng: random.Random, i: int) -> tuple[str, Expected]:
    g = rng.randint(2, 40)
    a, b = g * rng.randint(2, 30), g * rng.randint(2, 30)
    return f"{a}和{b}的最大公约数是多少？", e_num(gcd(a, b))


@template("number_theory", "zh")
def r4_zh_nt_lcm(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(4, 90), rng.randint(4, 90)
    return f"{a}和{b}的最小公倍数是多少", e_num(a * b // gcd(a, b))


@template("number_theory", "zh")
def r4_zh_nt_count_primes(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.choice([c for c in range(100, 3000, 10)])
    return f"小于{n}的素数有多少个？", e_num(sum(1 for p in range(2, n) if is_prime(p)))


@template("number_theory", "zh")
def r4_zh_nt_largest_pf(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = composite_with(rng, 1000, 10**7, rng.randint(3, 6)) * rand_prime(rng, 2, 300)
    return f"{n}的最大质因数是多少？", e_num(factorize(n)[-1][0])


@template("number_theory", "zh")
def r4_zh_nt_digit_sum(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.randint(10_000, 10**10)
    return f"{n}的各位数字之和是多少？", e_num(digit_sum(n))


@template("number_theory", "zh")
def r4_zh_nt_primes_list(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.choice([c for c in range(15, 60) if not is_prime(c)])
    return (f"列出所有小于{n}的质数",
            e_list([str(p) for p in range(2, n) if is_prime(p)], "number", False))


# Counting and strings --------------------------------------------------------------------------

WORDS = [
    "strawberry", "banana", "mississippi", "elephant", "giraffe", "computer", "keyboard",
    "umbrella", "pineapple", "butterfly", "chocolate", "television", "mountain", "adventure",
    "bookkeeper", "committee", "necessary", "accommodation", "parallel", "referee", "tomorrow",
    "raspberry", "cinnamon", "spaghetti", "avocado", "balloon", "possession", "assessment",
    "occurrence", "engineering", "programming", "hippopotamus", "kangaroo", "alligator",
    "watermelon", "blueberry", "library", "dictionary", "sunflower", "tennessee", "broccoli",
    "cappuccino", "pepper", "success", "address", "coffee", "letter", "mirror", "puzzle",
    "zigzag", "bubble", "dinner", "apple", "orange", "lemon", "tiger", "river", "garden",
    "window", "pencil", "guitar", "planet", "rocket", "castle", "candle", "forest", "jungle",
    "marble", "needle", "pickle", "rabbit", "salmon", "silver", "turtle", "violin", "wizard",
    "calendar", "hamburger", "sandwich", "penguin", "dolphin", "tomato", "potato", "carrot",
    "cucumber", "unbelievable", "environment", "restaurant", "vegetable", "beautiful",
]
NO_Y = [w for w in WORDS if "y" not in w]
VOWELS = set("aeiou")
ANAGRAM_PAIRS = [("listen", "silent"), ("evil", "vile"), ("dusty", "study"), ("night", "thing"),
                 ("heart", "earth"), ("below", "elbow"), ("state", "taste"), ("cider", "cried"),
                 ("save", "vase"), ("stressed", "desserts"), ("brag", "grab"),
                 ("angel", "glean"), ("peach", "cheap"), ("lemon", "melon"), ("inch", "chin"),
                 ("listen", "listens"), ("heart", "hearth"), ("apple", "paper"),
                 ("night", "nights"), ("state", "stats"), ("cider", "cedar"),
                 ("melon", "lemons"), ("table", "bleat"), ("secure", "rescue"),
                 ("silent", "sliest"), ("loop", "pool"), ("loop", "polo"), ("dormitory", "doormat")]
SUBJECTS = ["the old dog", "my little sister", "a tall man in a blue coat", "our teacher",
            "the red car", "two small birds", "the happy child", "my best friend Tom"]
VERBS = ["quickly ran to", "walked past", "looked at", "slowly drove toward", "jumped over",
         "waited near", "sang songs in"]
OBJECTS = ["the big park", "a small house near the river", "the school", "an empty field",
           "the old bridge", "the busy market on Main Street", "the garden"]


def sentence(rng: random.Random) -> str:
    s = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}"
    if rng.random() < 0.5:
        s += " " + rng.choice(["this morning", "yesterday", "after lunch", "every day"])
    return s[0].upper() + s[1:] + "."


def letter_in(rng: random.Random, word: str) -> str:
    counts = Counter(word)
    multi = [c for c, k in counts.items() if k > 1]
    return rng.choice(multi or list(counts))


@template("counting", "en")
def r4_cnt_letter_quoted(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    c = letter_in(rng, w)
    return f'How many {c}\'s are in "{w}"?', e_num(w.count(c))


@template("counting", "en")
def r4_cnt_letter_times_unquoted(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    c = letter_in(rng, w) if i % 3 else rng.choice([x for x in "bdfgjkqvwxz" if x not in w])
    return (f"how many times does the letter {c} appear in the word {w}",
            e_num(w.count(c)))


@template("counting", "en")
def r4_cnt_letter_sentence_ignore_case(rng: random.Random, i: int) -> tuple[str, Expected]:
    s = sentence(rng)
    c = rng.choice("aeost")
    return (f"Ignoring case, count how many times the letter '{c}' occurs in this sentence: "
            f"\"{s}\"", e_num(s.casefold().count(c)))


@template("counting", "en")
def r4_cnt_word_length(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return f"How many letters are in the word {w}?", e_num(len(w))


@template("counting", "en")
def r4_cnt_letters_capitalised(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(["Massachusetts", "Mississippi", "Tennessee", "Philadelphia", "Amsterdam",
                    "Constantinople", "Wolverhampton", "Saskatchewan", "Connecticut",
                    "Albuquerque", "Copenhagen", "Madagascar"])
    return f"How many letters does '{w}' have?", e_num(len(w))


@template("counting", "en")
def r4_cnt_vowels(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(NO_Y)
    return (f"Count the vowels in '{w}'.", e_num(sum(ch in VOWELS for ch in w)))


@template("counting", "en")
def r4_cnt_consonants(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(NO_Y)
    return (f"How many consonants does the word \"{w}\" contain?",
            e_num(sum(ch not in VOWELS for ch in w)))


@template("counting", "en")
def r4_cnt_words_in_sentence(rng: random.Random, i: int) -> tuple[str, Expected]:
    s = sentence(rng)
    return f"How many words are in this sentence: {s}", e_num(len(s.split()))


@template("counting", "en")
def r4_cnt_nth_letter(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    n = rng.randint(2, len(w))
    return f"What is the {ordinal(n)} letter of '{w}'?", e_text(w[n - 1])


@template("counting", "en")
def r4_cnt_first_last_letter(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    if i % 2 == 0:
        return f"What's the last letter of the word {w}?", e_text(w[-1])
    return f"Tell me the first letter of \"{w}\".", e_text(w[0])


@template("counting", "en")
def r4_cnt_reverse(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return f"Reverse the word '{w}'.", e_text(w[::-1])


@template("counting", "en")
def r4_cnt_spell_backwards(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return f"can you spell {w} backwards?", e_text(w[::-1])


@template("counting", "en")
def r4_cnt_anagram(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.choice(ANAGRAM_PAIRS)
    return (f'Are "{a}" and "{b}" anagrams of each other?', e_bool(sorted(a) == sorted(b)))


@template("counting", "en")
def r4_cnt_distinct_letters(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return (f"How many distinct letters are there in '{w}'?", e_num(len(set(w))))


@template("counting", "en")
def r4_cnt_more_letters(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        a, b = rng.sample(WORDS, 2)
        if len(a) != len(b):
            break
    return (f"Which word has more letters, '{a}' or '{b}'?",
            e_word(a if len(a) > len(b) else b))


@template("counting", "en")
def r4_cnt_alphabetical(rng: random.Random, i: int) -> tuple[str, Expected]:
    ws = rng.sample(WORDS, rng.randint(4, 6))
    return (f"Put these words in alphabetical order: {', '.join(ws)}",
            e_list(sorted(ws), "text", True))


@template("counting", "en")
def r4_cnt_first_alphabetically(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.sample(WORDS, 2)
    return (f"Which comes first alphabetically: {a} or {b}?", e_word(min(a, b)))


@template("counting", "en")
def r4_cnt_letter_boxed(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    c = letter_in(rng, w)
    return (f'Count the number of "{c}" characters in the string "{w}". '
            "Put your final answer within \\boxed{}.", e_num(w.count(c)))


@template("counting", "zh")
def r4_zh_cnt_letter(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    c = letter_in(rng, w)
    return f"{w}里面有多少个字母{c}？", e_num(w.count(c))


@template("counting", "zh")
def r4_zh_cnt_length(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return f"单词{w}有几个字母？", e_num(len(w))


@template("counting", "zh")
def r4_zh_cnt_vowels(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(NO_Y)
    return (f"“{w}”这个单词里有几个元音字母（a、e、i、o、u）？",
            e_num(sum(ch in VOWELS for ch in w)))


@template("counting", "zh")
def r4_zh_cnt_reverse(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return f"把单词{w}倒过来写", e_text(w[::-1])


@template("counting", "zh")
def r4_zh_cnt_anagram(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.choice(ANAGRAM_PAIRS)
    return f"{a}和{b}是字母异位词吗？", e_bool(sorted(a) == sorted(b))


@template("counting", "zh")
def r4_zh_cnt_nth_letter(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    n = rng.randint(1, len(w))
    return f"{w}的第{n}个字母是什么？", e_text(w[n - 1])


@template("counting", "zh")
def r4_zh_cnt_words(rng: random.Random, i: int) -> tuple[str, Expected]:
    s = sentence(rng)
    return f"这句英文有多少个单词：{s}", e_num(len(s.split()))


@template("counting", "zh")
def r4_zh_cnt_distinct(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return f"单词“{w}”中有多少个不同的字母？", e_num(len(set(w)))


# Geometry --------------------------------------------------------------------------------------


def circle_desc(c: Pt, r: int, style: int) -> str:
    if style == 0:
        return f"the circle centered at {P(c)} with radius {r}"
    if style == 1:
        return f"circle with center {P(c, 'tight')} and r = {r}"
    x = "x" if c[0] == 0 else f"(x - {fnum(c[0])})" if c[0] > 0 else f"(x + {fnum(-c[0])})"
    y = "y" if c[1] == 0 else f"(y - {fnum(c[1])})" if c[1] > 0 else f"(y + {fnum(-c[1])})"
    return f"{x}^2 + {y}^2 = {r * r}"


def seg_circle_case(rng: random.Random) -> tuple[Pt, Pt, Pt, int, int]:
    while True:
        c = pt(rng.randint(-3, 3), rng.randint(-3, 3))
        r = rng.randint(2, 6)
        a = pt(rng.randint(-9, 9), rng.randint(-9, 9))
        b = pt(rng.randint(-9, 9), rng.randint(-9, 9))
        if a == b:
            continue
        n = seg_circle_points(a, b, c, Fraction(r))
        if n is not None:
            return a, b, c, r, n


@template("geometry", "en")
def r4_geo_circles_intersect(rng: random.Random, i: int) -> tuple[str, Expected]:
    c1, r1, c2, r2 = circle_pair(rng, "cross" if i % 2 == 0 else "separate")
    n = circles_points(c1, Fraction(r1), c2, Fraction(r2))
    return (f"Do the circles centered at {P(c1)} with radius {r1} and centered at {P(c2)} "
            f"with radius {r2} intersect?", e_bool(n == 2))


@template("geometry", "en")
def r4_geo_circles_common_points(rng: random.Random, i: int) -> tuple[str, Expected]:
    want = [2, "external", 0, "internal"][i % 4]
    c1, r1, c2, r2 = circle_pair(rng, want)
    n = circles_points(c1, Fraction(r1), c2, Fraction(r2))
    return (f"How many intersection points do these two circles have: one with center "
            f"{P(c1, 'tight')} and r = {r1}, the other with center {P(c2, 'tight')} and r = {r2}?",
            e_num(n or 0))


@template("geometry", "en")
def r4_geo_circles_tangent_equations(rng: random.Random, i: int) -> tuple[str, Expected]:
    want = ["external", "cross", "internal", "separate"][i % 4]
    c1, r1, c2, r2 = circle_pair(rng, want)
    n = circles_points(c1, Fraction(r1), c2, Fraction(r2))
    return (f"Are the circles {circle_desc(c1, r1, 2)} and {circle_desc(c2, r2, 2)} tangent "
            "to each other?", e_bool(n == 1))


@template("geometry", "en")
def r4_geo_circle_contained(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        c2, r2 = pt(rng.randint(-3, 3), rng.randint(-3, 3)), rng.randint(5, 10)
        c1, r1 = pt(rng.randint(-5, 5), rng.randint(-5, 5)), rng.randint(1, 4)
        d2 = dist2(c1, c2)
        if d2 != (r2 - r1) ** 2 and d2 != (r2 + r1) ** 2:
            inside = d2 < (r2 - r1) ** 2
            if inside == (i % 2 == 0):
                break
    return (f"Is the circle with center {P(c1)} and radius {r1} completely inside the circle "
            f"with center {P(c2)} and radius {r2}?", e_bool(inside))


@template("geometry", "en")
def r4_geo_segments_intersect(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c, d = rand_segment_pair(rng, i % 2 == 0)
    return (f"Does the segment from {P(a)} to {P(b)} intersect the segment from {P(c)} to "
            f"{P(d)}?", e_bool(seg_relation(a, b, c, d) == "cross"))


@template("geometry", "en")
def r4_geo_segments_count(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c, d = rand_segment_pair(rng, i % 2 == 1)
    return (f"How many points of intersection are there between segment AB with A{P(a, 'tight')}, "
            f"B{P(b, 'tight')} and segment CD with C{P(c, 'tight')}, D{P(d, 'tight')}?",
            e_num(int(seg_relation(a, b, c, d) == "cross")))


@template("geometry", "en")
def r4_geo_segment_circle(rng: random.Random, i: int) -> tuple[str, Expected]:
    for _ in range(1000):
        a, b, c, r, n = seg_circle_case(rng)
        if n == i % 3:
            break
    return (f"How many points does the line segment from {P(a)} to {P(b)} have in common with "
            f"the circle of radius {r} centered at {P(c)}?", e_num(n))


@template("geometry", "en")
def r4_geo_segment_polygon(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        kind, poly = rand_poly(rng, rng.choice(["rectangle", "triangle"]))
        a, b = (pt(rng.randint(-5, 11), rng.randint(-5, 11)) for _ in range(2))
        if a == b:
            continue
        n = boundary_crossings([(a, b)], edges(poly))
        if n is not None and (n > 0 or i % 2 == 0):
            break
    return (f"How many times does the segment from {P(a)} to {P(b)} cross the boundary of the "
            f"{kind} with vertices {Ps(poly)}?", e_num(n))


@template("geometry", "en")
def r4_geo_two_triangles(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        _, t1 = rand_poly(rng, "triangle")
        _, t2 = rand_poly(rng, "triangle")
        n = boundary_crossings(edges(t1), edges(t2))
        if n is not None:
            break
    return (f"Triangle 1 has vertices {Ps(t1, 'tight')}; triangle 2 has vertices "
            f"{Ps(t2, 'tight')}. In how many points do their boundaries intersect?", e_num(n))


@template("geometry", "en")
def r4_geo_pip_yes_no(rng: random.Random, i: int) -> tuple[str, Expected]:
    _, poly = rand_poly(rng)
    rel = "inside" if i % 2 == 0 else "outside"
    p = point_with_relation(rng, poly, rel)
    return (f"Is the point {P(p)} inside the polygon with vertices {Ps(poly)}?",
            e_rel(point_in_polygon(p, poly), "inside"))


@template("geometry", "en")
def r4_geo_pip_three_way_xy(rng: random.Random, i: int) -> tuple[str, Expected]:
    _, poly = rand_poly(rng, rng.choice(["rectangle", "quadrilateral", "hexagon"]))
    p = point_with_relation(rng, poly, ["inside", "boundary", "outside"][i % 3])
    return (f"Is the point {P(p, 'xy')} inside, outside, or on the boundary of the polygon "
            f"with corners {Ps(poly, 'tight', ' ')}?", e_rel(point_in_polygon(p, poly)))


@template("geometry", "en")
def r4_geo_pip_bare_point(rng: random.Random, i: int) -> tuple[str, Expected]:
    _, poly = rand_poly(rng)
    p = point_with_relation(rng, poly, ["boundary", "inside", "outside"][i % 3])
    return (f"Polygon: {Ps(poly)}. Where does the point {P(p, 'bare')} lie relative to it - "
            "inside, on the boundary, or outside?", e_rel(point_in_polygon(p, poly)))


@template("geometry", "en")
def r4_geo_polygon_area(rng: random.Random, i: int) -> tuple[str, Expected]:
    _, poly = rand_poly(rng, ["quadrilateral", "hexagon", "triangle", "rectangle"][i % 4])
    return f"Find the area of the polygon with vertices {Ps(poly)}.", e_num(shoelace(poly))


@template("geometry", "en")
def r4_geo_rect_area_casual(rng: random.Random, i: int) -> tuple[str, Expected]:
    _, poly = rand_poly(rng, "rectangle")
    return (f"hey whats the area of the rectangle with corners {Ps(poly, 'tight', ',')}",
            e_num(shoelace(poly)))


@template("geometry", "en")
def r4_geo_polygon_perimeter(rng: random.Random, i: int) -> tuple[str, Expected]:
    _, poly = rand_poly(rng, ["triangle", "quadrilateral", "hexagon", "triangle"][i % 4])
    return (f"What is the perimeter of the polygon with vertices {Ps(poly)}?",
            e_real(real_sum([dist2(a, b) for a, b in edges(poly)])))


@template("geometry", "en")
def r4_geo_distance(rng: random.Random, i: int) -> tuple[str, Expected]:
    a = pt(rng.randint(-9, 9), rng.randint(-9, 9))
    b = pt(rng.randint(-9, 9), rng.randint(-9, 9))
    if a == b:
        b = (b[0] + 3, b[1] + 4)
    return (f"What's the distance between {P(a)} and {P(b)}?",
            e_real(real_sum([dist2(a, b)])))


@template("geometry", "en")
def r4_geo_distance_boxed(rng: random.Random, i: int) -> tuple[str, Expected]:
    a = pt(Fraction(rng.randint(-12, 12), 2), rng.randint(-6, 6))
    dx, dy, _ = rng.choice(TANGENT_DIRS[:6])
    b = (a[0] + dx * rng.randint(1, 3), a[1] + dy) if i % 2 else pt(rng.randint(-6, 6), 7)
    return (f"Find the distance between points A{P(a)} and B{P(b)}. Put your final answer "
            "within \\boxed{}.", e_real(real_sum([dist2(a, b)])))


@template("geometry", "en")
def r4_geo_triangle_area_vertices(rng: random.Random, i: int) -> tuple[str, Expected]:
    _, tri = rand_poly(rng, "triangle")
    a, b, c = tri
    return (f"Triangle ABC has vertices A{P(a)}, B{P(b)} and C{P(c)}. What is its area?",
            e_num(shoelace(tri)))


@template("geometry", "en")
def r4_geo_triangle_base_height(rng: random.Random, i: int) -> tuple[str, Expected]:
    b, h = rng.randint(3, 40), rand_dec(rng, 2, 25, rng.choice([0, 1]))
    return (f"A triangle has a base of {b} and a height of {h}. What's its area?",
            e_num(Fraction(b) * dec(h) / 2))


@template("geometry", "en")
def r4_geo_circle_area_radius(rng: random.Random, i: int) -> tuple[str, Expected]:
    r = rand_dec(rng, 1, 20, i % 2)
    return (f"What is the area of a circle with radius {r}?", e_real(pi_expr(dec(r) ** 2)))


@template("geometry", "en")
def r4_geo_circle_area_diameter(rng: random.Random, i: int) -> tuple[str, Expected]:
    d = rng.randint(2, 30)
    return (f"compute the area of a circle whose diameter is {d}",
            e_real(pi_expr(Fraction(d, 2) ** 2)))


@template("geometry", "en")
def r4_geo_point_vs_circle(rng: random.Random, i: int) -> tuple[str, Expected]:
    want = ["boundary", "inside", "outside"][i % 3]
    while True:
        r = rng.choice([5, 10, 13, 15, 25])
        p = pt(rng.randint(-r - 2, r + 2), rng.randint(-r - 2, r + 2))
        d2 = p[0] ** 2 + p[1] ** 2
        rel = "boundary" if d2 == r * r else "inside" if d2 < r * r else "outside"
        if rel == want:
            break
    return (f"Is the point {P(p)} inside, on, or outside the circle x^2 + y^2 = {r * r}?",
            e_rel(rel))


@template("geometry", "zh")
def r4_zh_geo_circles_points(rng: random.Random, i: int) -> tuple[str, Expected]:
    want = [2, "external", 0, "contained"][i % 4]
    c1, r1, c2, r2 = circle_pair(rng, want)
    n = circles_points(c1, Fraction(r1), c2, Fraction(r2))
    return (f"圆心为{P(c1)}、半径为{r1}的圆和圆心为{P(c2)}、半径为{r2}的圆有几个交点？",
            e_num(n or 0))


@template("geometry", "zh")
def r4_zh_geo_circles_intersect(rng: random.Random, i: int) -> tuple[str, Expected]:
    c1, r1, c2, r2 = circle_pair(rng, "cross" if i % 2 else "separate")
    n = circles_points(c1, Fraction(r1), c2, Fraction(r2))
    return (f"圆A的圆心是{P(c1, 'tight')}，半径{r1}；圆B的圆心是{P(c2, 'tight')}，半径{r2}。"
            "这两个圆相交吗？", e_bool(n == 2))


@template("geometry", "zh")
def r4_zh_geo_pip(rng: random.Random, i: int) -> tuple[str, Expected]:
    _, poly = rand_poly(rng)
    p = point_with_relation(rng, poly, "inside" if i % 2 else "outside")
    return (f"点{P(p)}在顶点为{Ps(poly, 'tight', '、')}的多边形内部吗？",
            e_rel(point_in_polygon(p, poly), "inside"))


@template("geometry", "zh")
def r4_zh_geo_pip_three(rng: random.Random, i: int) -> tuple[str, Expected]:
    _, poly = rand_poly(rng)
    p = point_with_relation(rng, poly, ["boundary", "outside", "inside"][i % 3])
    return (f"判断点{P(p, 'tight')}在多边形{Ps(poly, 'tight', ',')}的内部、边界上还是外部。",
            e_rel(point_in_polygon(p, poly)))


@template("geometry", "zh")
def r4_zh_geo_area(rng: random.Random, i: int) -> tuple[str, Expected]:
    kind, poly = rand_poly(rng, ["triangle", "hexagon", "quadrilateral", "triangle"][i % 4])
    name = {"triangle": "三角形", "hexagon": "六边形", "quadrilateral": "四边形"}[kind]
    return f"求顶点为{Ps(poly, 'tight', '、')}的{name}的面积。", e_num(shoelace(poly))


@template("geometry", "zh")
def r4_zh_geo_distance(rng: random.Random, i: int) -> tuple[str, Expected]:
    a = pt(rng.randint(-9, 9), rng.randint(-9, 9))
    b = pt(rng.randint(-9, 9), rng.randint(-9, 9))
    if a == b:
        b = (b[0] + 6, b[1] + 8)
    return (f"点A{P(a, 'tight')}和点B{P(b, 'tight')}之间的距离是多少？",
            e_real(real_sum([dist2(a, b)])))


@template("geometry", "zh")
def r4_zh_geo_circle_area(rng: random.Random, i: int) -> tuple[str, Expected]:
    r = rng.randint(2, 30)
    return f"半径为{r}的圆的面积是多少？", e_real(pi_expr(Fraction(r * r)))


@template("geometry", "zh")
def r4_zh_geo_perimeter(rng: random.Random, i: int) -> tuple[str, Expected]:
    _, poly = rand_poly(rng, ["rectangle", "triangle"][i % 2])
    return (f"以{Ps(poly, 'std', '、')}为顶点的多边形周长是多少？",
            e_real(real_sum([dist2(a, b) for a, b in edges(poly)])))


@template("geometry", "zh")
def r4_zh_geo_segments(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c, d = rand_segment_pair(rng, i % 2 == 1)
    return (f"从{P(a, 'tight')}到{P(b, 'tight')}的线段与从{P(c, 'tight')}到{P(d, 'tight')}的线段"
            "相交吗？",
            e_bool(seg_relation(a, b, c, d) == "cross"))


@template("geometry", "zh")
def r4_zh_geo_triangle_bh(rng: random.Random, i: int) -> tuple[str, Expected]:
    b, h = rng.randint(3, 30), rng.randint(2, 25)
    return f"一个三角形的底是{b}，高是{h}，它的面积是多少？", e_num(Fraction(b * h, 2))


# Negatives -------------------------------------------------------------------------------------

AR, CM, NT, CT, GE = FAMILIES
NEGATIVES: dict[str, dict[str, list[tuple[str | None, str]]]] = {
    "date_event": {
        "en": [
            (AR, "What happened on 9/11?"),
            (None, "What happened in 1066?"),
            (AR, "Who was the US president on 1/20/2009?"),
            (CM, "Which came first, the moon landing in 1969 or Woodstock in 1969?"),
            (AR, "How many days until Christmas?"),
            (None, "Who won the World Cup in 2018?"),
            (AR, "Why is 7/4/1776 an important date?"),
        ],
        "zh": [
            (AR, "9月11日发生了什么？"),
            (None, "1949年10月1日发生了什么事？"),
            (None, "2008年奥运会在哪里举办？"),
        ],
    },
    "version_number": {
        "en": [
            (CM, "Is Python 3.11 newer than Python 3.9?"),
            (CM, "Which is later, iOS 17.2 or iOS 17.10?"),
            (CM, "Should I upgrade from Node 18.19 to Node 20.11?"),
            (CM, "Is version 1.10.0 greater than 1.9.5 in semver?"),
            (None, "What changed between Django 4.2 and 5.0?"),
            (CM, "my app needs numpy >= 1.21, is 1.3 ok?"),
        ],
        "zh": [
            (CM, "Python 3.11比3.9新吗？"),
            (CM, "iOS 17.2和17.10哪个版本更新？"),
            (None, "微信8.0.47版本有什么新功能？"),
        ],
    },
    "identifier_number": {
        "en": [
            (AR, "Call me at 555-867-5309 tomorrow, ok?"),
            (None, "My order number is 1234-5678-90, where is my package?"),
            (NT, "Is my credit card number 4111 1111 1111 1111 still valid?"),
            (None, "What does Windows error code 0x80070005 mean?"),
            (NT, "Is zip code 90210 in Los Angeles?"),
            (None, "What's the status of flight UA 2417 today?"),
            (AR, "Room 12-3 or room 12-4, where is the meeting?"),
        ],
        "zh": [
            (None, "我的快递单号是SF1234567890，现在到哪了？"),
            (NT, "帮我查一下手机号13812345678的归属地"),
            (None, "错误代码0x80070005是什么意思？"),
        ],
    },
    "world_fact_number": {
        "en": [
            (None, "How many moons does Jupiter have?"),
            (None, "How many bones are in the adult human body?"),
            (CM, "Which is taller, Mount Everest or K2?"),
            (CT, "How many countries are there in Africa?"),
            (None, "How many keys does a standard piano have?"),
            (AR, "What is the combined population of Tokyo and Delhi?"),
            (CT, "How many words are in the Bible?"),
        ],
        "zh": [
            (None, "木星有多少颗卫星？"),
            (CM, "珠穆朗玛峰和乔戈里峰哪个高？"),
            (None, "中国有多少个省级行政区？"),
        ],
    },
    "trick_commonsense": {
        "en": [
            (CM, "Which weighs more, a pound of feathers or two pounds of bricks?"),
            (AR, "A farmer has 17 sheep and all but 9 die. How many are left?"),
            (AR, "How many months have 28 days?"),
            (AR, "If there are 3 apples and you take away 2, how many do you have?"),
            (AR, "How many animals of each kind did Moses take on the ark?"),
            (AR, "If it takes 5 machines 5 minutes to make 5 widgets, how long would it take "
                 "100 machines to make 100 widgets?"),
            (AR, "If one egg takes 10 minutes to boil, how long do 3 eggs take in the same pot?"),
        ],
        "zh": [
            (CM, "一斤棉花和一斤铁哪个重？"),
            (AR, "树上有10只鸟，开枪打死1只，还剩几只？"),
            (AR, "一年中有几个月有28天？"),
        ],
    },
    "world_knowledge_word_problem": {
        "en": [
            (AR, "If I drive from New York to Boston at 60 mph, how long will it take?"),
            (AR, "How much will it cost to fill up a Toyota Corolla's gas tank today?"),
            (AR, "If I plant 12 tomato seeds, how many tomatoes will I harvest?"),
            (AR, "How many calories do I burn running 5 km?"),
            (AR, "My rent is 1200 and my salary is 3000, how much tax do I owe in California?"),
            (AR, "How many pizzas should I order for 23 people?"),
        ],
        "zh": [
            (AR, "从北京开车到上海要多久？"),
            (AR, "我跑了5公里，消耗了多少卡路里？"),
        ],
    },
    "extra_condition_math": {
        "en": [
            (AR, "What is 2+2 in base 3?"),
            (AR, "What is 101 + 11 in binary?"),
            (AR, "Write 7 times 8 in Roman numerals."),
            (NT, "Is 5 a prime in the Gaussian integers?"),
            (AR, "What does 0.1 + 0.2 evaluate to in IEEE 754 double precision?"),
            (AR, "On a 12-hour clock, what is 9 + 5?"),
            (AR, "What is 255 in hexadecimal plus 1, written in hex?"),
        ],
        "zh": [
            (AR, "2加2在三进制里等于多少？"),
            (NT, "5在高斯整数中是素数吗？"),
            (AR, "用罗马数字写出7乘以8的结果"),
        ],
    },
    "letters_of_unstated_thing": {
        "en": [
            (CT, "How many letters are in the name of the capital of France?"),
            (CT, "How many vowels are in my name?"),
            (CT, "What's the third letter of the longest word in English?"),
            (CT, "How many r's are in the chemical name for table salt?"),
            (CT, "Which has more letters, the largest planet or the smallest planet?"),
            (CT, "Reverse the name of the first US president."),
        ],
        "zh": [
            (CT, "法国首都的英文名有几个字母？"),
            (CT, "我名字的拼音里有几个字母a？"),
            (CT, "世界上最长的英文单词有多少个字母？"),
        ],
    },
    "geometry_missing_data": {
        "en": [
            (GE, "What's the area of a triangle with sides 3 and 4?"),
            (GE, "Is the point (2, 3) inside the polygon?"),
            (GE, "Do two circles with radius 5 intersect?"),
            (GE, "Find the distance from (1, 2) to the line."),
            (GE, "What is the area of the circle in the picture?"),
            (GE, "How many times does a line cross a circle of radius 4?"),
            (GE, "What's the perimeter of my backyard?"),
        ],
        "zh": [
            (GE, "这个三角形的面积是多少？"),
            (GE, "两个半径为5的圆相交吗？"),
            (GE, "点(2,3)在这个多边形里面吗？"),
        ],
    },
    "opinion_creative": {
        "en": [
            (None, "Write a short poem about the number 7."),
            (CM, "What's your favorite number between 1 and 100?"),
            (NT, "Is 13 really an unlucky number?"),
            (None, "Give me 5 fun facts about pi."),
            (AR, "Tell me a joke that involves 2 + 2."),
            (CM, "Which is better, 60 fps or 144 fps gaming?"),
            (CT, "Suggest a 6-letter name for my cat."),
        ],
        "zh": [
            (None, "写一首关于数字8的诗"),
            (CM, "你最喜欢哪个数字？"),
            (None, "为什么中国人喜欢数字8？"),
        ],
    },
    "code_question": {
        "en": [
            (AR, "Why does 0.1 + 0.2 != 0.3 in JavaScript?"),
            (NT, "Write a Python function to check if 17 is prime."),
            (CM, "How do I sort [3, 1, 2] in descending order in Java?"),
            (AR, "Fix this: for i in range(10) print(i*2)"),
            (CT, "What's the difference between len(s) and s.count('a') in Python?"),
            (AR, "What's the time complexity of multiplying two n-digit numbers?"),
        ],
        "zh": [
            (NT, "用Python写一个判断17是不是质数的函数"),
            (CM, "Java里怎么把数组[3,1,2]从大到小排序？"),
        ],
    },
    "unit_conversion": {
        "en": [
            (AR, "Convert 5 miles to kilometers."),
            (AR, "How many ounces are in 2.5 pounds?"),
            (AR, "What is 100 degrees Fahrenheit in Celsius?"),
            (AR, "How many cups is 750 ml?"),
            (CM, "Is 5 feet 10 inches taller than 178 cm?"),
            (AR, "How many acres is 3 hectares?"),
        ],
        "zh": [
            (AR, "5英里等于多少公里？"),
            (AR, "100华氏度是多少摄氏度？"),
            (CM, "1加仑和4升哪个多？"),
        ],
    },
    "money_time": {
        "en": [
            (AR, "If I work from 9:15 am to 5:40 pm, how long is my shift?"),
            (AR, "What's $19.99 plus 8.25% sales tax?"),
            (AR, "How many euros is 250 US dollars?"),
            (None, "What time is it in Tokyo when it's 3pm in London?"),
            (AR, "It's 11:50 PM now; what time will it be in 25 minutes?"),
            (CM, "Which is cheaper, 3 for $5 or 2 for $3.50?"),
            (AR, "I save $50 a week starting today. On what date can I afford a $1200 laptop?"),
        ],
        "zh": [
            (AR, "100美元能换多少人民币？"),
            (None, "现在北京是下午3点，东京是几点？"),
            (AR, "我从早上8点45分工作到下午5点20分，一共工作了多长时间？"),
        ],
    },
    "statistics_unspecified": {
        "en": [
            (AR, "What's the average of my test scores?"),
            (AR, "Compute the standard deviation of the data."),
            (CM, "What's the median household income in the US?"),
            (AR, "Calculate the mean of the numbers I sent you yesterday."),
            (AR, "What percentage of people are left-handed?"),
            (CM, "Is my score of 82 above average?"),
        ],
        "zh": [
            (AR, "我的考试平均分是多少？"),
            (CM, "中国男性的平均身高是多少？"),
        ],
    },
}


# Build -----------------------------------------------------------------------------------------


def split_pool(names: list[str], *key: object) -> dict[str, str]:
    """Seeded ~DEV_SHARE / rest split of a pool of names into dev4 / heldout4."""
    order = sorted(names)
    derived_rng("split", *key).shuffle(order)
    n_dev = round(len(order) * DEV_SHARE)
    if len(order) >= 2:
        n_dev = min(max(n_dev, 1), len(order) - 1)
    return {n: SPLIT_NAMES[0] if k < n_dev else SPLIT_NAMES[1] for k, n in enumerate(order)}


def build() -> list[dict[str, Any]]:
    """All records of the round (both splits) in a stable order."""
    seen: set[str] = set()
    records: list[dict[str, Any]] = []
    for family in FAMILIES:
        for lang in LANGS:
            fns = TEMPLATES[(family, lang)]
            split_of = split_pool([f.__name__ for f in fns], family, lang)
            for fn in fns:
                rng = derived_rng("template", fn.__name__)
                for i in range(PER_TEMPLATE):
                    for _ in range(200):
                        prompt, expected = fn(rng, i)
                        if prompt not in seen:
                            break
                    else:
                        raise RuntimeError(f"{fn.__name__}: no fresh prompt")
                    seen.add(prompt)
                    records.append({"split": split_of[fn.__name__], "kind": "positive",
                                    "family": family, "lang": lang, "template": fn.__name__,
                                    "prompt": prompt, "expected": expected})
    for category, by_lang in NEGATIVES.items():
        for lang in LANGS:
            items = by_lang.get(lang, [])
            names = [f"{category}-{lang}-{k:02d}" for k in range(len(items))]
            split_of = split_pool(names, "negative", category, lang)
            for name, (family, prompt) in zip(names, items, strict=True):
                if prompt in seen:
                    raise RuntimeError(f"duplicate prompt {prompt!r}")
                seen.add(prompt)
                records.append({"split": split_of[name], "kind": "negative", "family": family,
                                "lang": lang, "template": name, "category": category,
                                "prompt": prompt, "expected": None})
    counters: Counter[str] = Counter()
    for rec in records:
        counters[rec["split"]] += 1
        rec["id"] = f"r4-{rec['split']}-{counters[rec['split']]:04d}"
    return records


# Self-check ------------------------------------------------------------------------------------


def _load_compare() -> Any:
    spec = importlib.util.spec_from_file_location("_r4_compare", HERE / "compare.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def canonical_and_wrong(expected: Expected) -> tuple[str, str]:
    t, ans = expected["type"], expected["answer"]
    if t == "number":
        return ans, str(Fraction(ans) + 1)
    if t == "choice":
        return ans, fnum(dec(ans) + 1) if "/" not in ans else str(Fraction(ans) + 1)
    if t == "real":
        return ans, f"({ans}) + 1"
    if t == "bool":
        return ans, "no" if ans == "yes" else "yes"
    if t in ("text", "word_choice"):
        return ans, ans + "q"
    if t == "list":
        good = ", ".join(ans)
        if expected["ordered"] and len(ans) > 1 and ans != ans[::-1]:
            return good, ", ".join(ans[::-1])
        return good, ", ".join([*ans, "997" if expected["elem"] == "number" else "zzz"])
    if t == "relation":
        other = {"inside": "outside", "outside": "boundary", "boundary": "inside"}[ans]
        return ans, other
    if t == "factorization":
        pairs = [(p, e) for p, e in ans]
        good = " × ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in pairs)
        bad_pairs = [(pairs[0][0], pairs[0][1] + 1), *pairs[1:]]
        return good, " × ".join(f"{p}^{e}" for p, e in bad_pairs)
    raise ValueError(t)


def self_check(records: list[dict[str, Any]]) -> None:
    compare = _load_compare()
    ids = [r["id"] for r in records]
    prompts = [r["prompt"] for r in records]
    assert len(set(ids)) == len(ids), "duplicate ids"
    assert len(set(prompts)) == len(prompts), "duplicate prompts"
    problems = []
    for rec in records:
        if rec["kind"] != "positive":
            assert rec["expected"] is None and rec["category"]
            continue
        good, bad = canonical_and_wrong(rec["expected"])
        if not compare.matches(rec["expected"], good):
            problems.append(f"{rec['id']} rejects its own answer {good!r}")
        if compare.matches(rec["expected"], bad):
            problems.append(f"{rec['id']} accepts a wrong answer {bad!r}")
    if problems:
        raise SystemExit("self-check failed:\n" + "\n".join(problems))
    print(f"self-check ok: {sum(r['kind'] == 'positive' for r in records)} positives")


def report(records: list[dict[str, Any]]) -> None:
    counts = Counter((r["split"], r["family"] or "-", r["lang"], r["kind"]) for r in records)
    for key in sorted(counts):
        print("  ".join(f"{k:<13}" for k in key), counts[key])
    templates = Counter()
    for fam_lang, fns in TEMPLATES.items():
        templates[fam_lang] = len(fns)
    print("templates per (family, lang):", dict(templates))
    print("per split:", dict(Counter(r["split"] for r in records)))


def main() -> None:
    records = build()
    for split in SPLIT_NAMES:
        path = HERE / f"corpus_{split}.jsonl"
        with path.open("w", encoding="utf-8", newline="\n") as f:
            for rec in records:
                if rec["split"] == split:
                    f.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
        print(f"wrote {path}")
    self_check(records)
    report(records)


if __name__ == "__main__":
    main()
