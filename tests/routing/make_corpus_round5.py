"""Round-5 routing corpus: chat-assistant style questions, written blind.

This generator was written without reading the solvers, the router rules, the benchmarks,
the docs or any earlier corpus / generator; the only project file consulted was
``tests/routing/compare.py`` (the ``expected`` answer schema).  It imagines the question stream
of a real chat assistant: students, programmers, puzzle fans, non-native speakers, people
typing on phones (lower case, no question mark, "pls", "u"), questions pasted after a short
context sentence, and Chinese users writing fully in Chinese or mixing Chinese with digits and
Latin words.  Benchmark framings ("Q: ... A:", "Think step by step", "\\boxed{}") wrap some of
them.

Positives come from templates (one function per phrasing, ``(rng, i) -> (prompt, expected)``),
registered per (family, lang); each yields ``PER_TEMPLATE`` instances.  Every expected answer
is computed here by an independent oracle (Python ints, ``fractions.Fraction``, trial
division, direct string counting, exact analytic geometry on Fractions).  Negatives are
near misses that no deterministic tool can answer completely and correctly.

The templates of each (family, lang) are split by a seeded shuffle into disjoint pools:
about 40 % "dev5" and 60 % "heldout5"; negatives are split the same way per (category, lang).
The output is a pure function of ``SEED``.

Usage (from the repository root)::

    .venv/bin/python tests/routing/make_corpus_round5.py
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import random
import sys
from collections import Counter
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import Any

SEED = 55_501_234
PER_TEMPLATE = 4
DEV_SHARE = 0.4
HERE = Path(__file__).resolve().parent
FAMILIES = ("arithmetic", "comparison", "number_theory", "counting", "geometry")
LANGS = ("en", "zh")
SPLIT_DEV, SPLIT_HELDOUT = "dev5", "heldout5"

Expected = dict[str, Any]
Template = Callable[[random.Random, int], tuple[str, Expected]]
TEMPLATES: dict[tuple[str, str], list[Template]] = {(f, lg): [] for f in FAMILIES for lg in LANGS}


def tpl(family: str, lang: str) -> Callable[[Template], Template]:
    def register(fn: Template) -> Template:
        assert fn.__name__.startswith("r5_"), fn.__name__
        TEMPLATES[(family, lang)].append(fn)
        return fn

    return register


def _rng(*parts: object) -> random.Random:
    digest = hashlib.sha256(":".join(str(p) for p in (SEED, *parts)).encode()).digest()
    return random.Random(int.from_bytes(digest[:16], "big"))


# Answer helpers ----------------------------------------------------------------------------------


def fs(q: Fraction | int) -> str:
    q = Fraction(q)
    return str(q.numerator) if q.denominator == 1 else f"{q.numerator}/{q.denominator}"


def num(q: Fraction | int) -> Expected:
    return {"type": "number", "answer": fs(q)}


def real(expr: str) -> Expected:
    return {"type": "real", "answer": expr}


def yes(flag: bool) -> Expected:
    return {"type": "bool", "answer": "yes" if flag else "no"}


def choice(written: str) -> Expected:
    return {"type": "choice", "answer": written}


def text(answer: str, case_sensitive: bool = False) -> Expected:
    return {"type": "text", "answer": answer, "case_sensitive": case_sensitive}


def word_choice(answer: str) -> Expected:
    return {"type": "word_choice", "answer": answer}


def nlist(items: list[str], order: str | None) -> Expected:
    return {"type": "list", "elem": "number", "ordered": order is not None, "order": order,
            "answer": items}


def tlist(items: list[str], ordered: bool) -> Expected:
    return {"type": "list", "elem": "text", "ordered": ordered, "order": None, "answer": items}


def relation(answer: str, yes_if: str | None) -> Expected:
    return {"type": "relation", "answer": answer, "yes_if": yes_if}


def fact(n: int) -> Expected:
    return {"type": "factorization", "n": n,
            "answer": [[p, e] for p, e in sorted(factorize(n).items())]}


def dec(q: Fraction | int) -> str:
    """A terminating Fraction written as a plain decimal ("2.5", "-3", "0.125")."""
    q = Fraction(q)
    if q.denominator == 1:
        return str(q.numerator)
    sign = "-" if q < 0 else ""
    q = abs(q)
    places = 0
    while (q * 10**places).denominator != 1:
        places += 1
        assert places < 20, "non-terminating"
    digits = str((q * 10**places).numerator).rjust(places + 1, "0")
    return f"{sign}{digits[:-places]}.{digits[-places:]}"


def rdec(rng: random.Random, lo: int, hi: int, places: int | None = None) -> str:
    """A random decimal string with a non-zero last digit."""
    places = places or rng.randint(1, 3)
    frac = rng.randint(1, 10**places - 1)
    while frac % 10 == 0:
        frac = rng.randint(1, 10**places - 1)
    return f"{rng.randint(lo, hi)}.{frac:0{places}d}"


def ordinal(k: int) -> str:
    if 10 <= k % 100 <= 20:
        return f"{k}th"
    return f"{k}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(k % 10, 'th') }"


# Number theory oracles ---------------------------------------------------------------------------


def factorize(n: int) -> Counter[int]:
    out: Counter[int] = Counter()
    d = 2
    while d * d <= n:
        while n % d == 0:
            out[d] += 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        out[n] += 1
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


def next_prime(n: int) -> int:
    while not is_prime(n):
        n += 1
    return n


def gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return abs(a)


def lcm(*xs: int) -> int:
    out = 1
    for x in xs:
        out = out * x // gcd(out, x)
    return out


def is_happy(n: int) -> bool:
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(c) ** 2 for c in str(n))
    return n == 1


def hard_composite(rng: random.Random) -> int:
    return next_prime(rng.randint(101, 2999)) * next_prime(rng.randint(101, 2999))


def prime_or_composite(rng: random.Random, i: int, lo: int = 1_000, hi: int = 9_000_000) -> int:
    if i % 2 == 0:
        return next_prime(rng.randint(lo, hi))
    if hi > 200_000:
        return hard_composite(rng)
    while True:
        n = rng.randint(lo, hi) | 1
        if not is_prime(n) and n % 5 and n % 3:
            return n


# Exact geometry oracles --------------------------------------------------------------------------

Pt = tuple[Fraction, Fraction]


def P(x: float | int | str | Fraction, y: float | int | str | Fraction) -> Pt:
    return Fraction(x), Fraction(y)


def pt(p: Pt, style: int = 0) -> str:
    x, y = dec(p[0]), dec(p[1])
    return (f"({x}, {y})", f"({x},{y})", f"({x}, {y})", f"({x} , {y})")[style % 4]


def sqrt_parts(q: Fraction) -> tuple[Fraction, int]:
    """sqrt(q) == coef * sqrt(rad) with rad square-free."""
    n, den = q.numerator * q.denominator, q.denominator
    coef, rad = 1, 1
    for p, e in factorize(n).items() if n > 1 else ():
        coef *= p ** (e // 2)
        rad *= p ** (e % 2)
    return Fraction(coef, den), rad


def sum_sqrt(squares: list[Fraction]) -> str:
    """An exact expression for sum(sqrt(s) for s in squares)."""
    by_rad: dict[int, Fraction] = {}
    for s in squares:
        c, r = sqrt_parts(Fraction(s))
        by_rad[r] = by_rad.get(r, Fraction(0)) + c
    terms = []
    for r in sorted(by_rad):
        c = by_rad[r]
        if r == 1:
            terms.append(fs(c))
        else:
            terms.append(f"sqrt({r})" if c == 1 else f"{fs(c)}*sqrt({r})")
    return " + ".join(terms) if terms else "0"


def dist2(a: Pt, b: Pt) -> Fraction:
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2


def orient(a: Pt, b: Pt, c: Pt) -> Fraction:
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def sign(q: Fraction) -> int:
    return (q > 0) - (q < 0)


def seg_cross(a: Pt, b: Pt, c: Pt, d: Pt) -> bool | None:
    """True for a proper crossing, False for disjoint, None when anything is collinear."""
    os_ = [orient(a, b, c), orient(a, b, d), orient(c, d, a), orient(c, d, b)]
    if any(o == 0 for o in os_):
        return None
    return sign(os_[0]) != sign(os_[1]) and sign(os_[2]) != sign(os_[3])


def on_segment(p: Pt, a: Pt, b: Pt) -> bool:
    return (orient(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
            and min(a[1], b[1]) <= p[1] <= max(a[1], b[1]))


def edges(poly: list[Pt]) -> list[tuple[Pt, Pt]]:
    return [(poly[k], poly[(k + 1) % len(poly)]) for k in range(len(poly))]


def point_in_polygon(p: Pt, poly: list[Pt]) -> str:
    if any(on_segment(p, a, b) for a, b in edges(poly)):
        return "boundary"
    inside = False
    for a, b in edges(poly):
        if (a[1] > p[1]) != (b[1] > p[1]):
            xint = a[0] + (p[1] - a[1]) * (b[0] - a[0]) / (b[1] - a[1])
            if p[0] < xint:
                inside = not inside
    return "inside" if inside else "outside"


def shoelace(poly: list[Pt]) -> Fraction:
    return abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in edges(poly))) / 2


def perimeter(poly: list[Pt]) -> str:
    return sum_sqrt([dist2(a, b) for a, b in edges(poly)])


def circle_points(c1: Pt, r1: Fraction, c2: Pt, r2: Fraction) -> int:
    """Common points of two circles (curves); -1 for identical circles."""
    d2 = dist2(c1, c2)
    if d2 == 0:
        return -1 if r1 == r2 else 0
    if d2 > (r1 + r2) ** 2 or d2 < (r1 - r2) ** 2:
        return 0
    if d2 == (r1 + r2) ** 2 or d2 == (r1 - r2) ** 2:
        return 1
    return 2


PYTH = [(3, 4, 5), (4, 3, 5), (0, 5, 5), (5, 0, 5), (-3, 4, 5), (6, 8, 10), (8, -6, 10),
        (5, 12, 13), (0, 6, 6), (7, 0, 7), (-4, -3, 5), (12, 5, 13)]


def circle_pair(rng: random.Random, kind: str) -> tuple[Pt, Fraction, Pt, Fraction]:
    """Two circles of a wanted relation: cross, apart, inside, ext_tangent or int_tangent."""
    c1 = P(rng.randint(-5, 5), rng.randint(-5, 5))
    if kind in ("ext_tangent", "int_tangent"):
        dx, dy, d = rng.choice(PYTH)
        c2 = (c1[0] + dx, c1[1] + dy)
        if kind == "ext_tangent":
            r1 = Fraction(rng.randint(1, d - 1))
            return c1, r1, c2, d - r1
        r2 = Fraction(rng.randint(1, 5))
        return c1, r2 + d, c2, r2
    while True:
        r1, r2 = Fraction(rng.randint(2, 9)), Fraction(rng.randint(1, 8))
        c2 = (c1[0] + rng.randint(-12, 12), c1[1] + rng.randint(-12, 12))
        d2 = dist2(c1, c2)
        if d2 == 0:
            continue
        if kind == "cross" and (r1 - r2) ** 2 < d2 < (r1 + r2) ** 2:
            return c1, r1, c2, r2
        if kind == "apart" and d2 > (r1 + r2) ** 2:
            return c1, r1, c2, r2
        if kind == "inside" and r1 > r2 and d2 < (r1 - r2) ** 2:
            return c1, r1, c2, r2


def circ_eq(c: Pt, r: Fraction) -> str:
    def part(v: str, k: Fraction) -> str:
        if k == 0:
            return f"{v}^2"
        return f"({v} - {dec(k)})^2" if k > 0 else f"({v} + {dec(-k)})^2"

    return f"{part('x', c[0])} + {part('y', c[1])} = {dec(r * r)}"


SHAPES: list[list[tuple[int, int]]] = [
    [(0, 0), (4, 0), (4, 1), (1, 1), (1, 4), (0, 4)],  # L
    [(0, 0), (4, 0), (4, 3), (2, 5), (0, 3)],  # house
    [(0, 0), (6, 0), (4, 3), (1, 3)],  # trapezoid
    [(0, 0), (4, 2), (0, 4), (1, 2)],  # concave arrow
    [(1, 0), (3, 0), (4, 2), (3, 4), (1, 4), (0, 2)],  # hexagon
    [(0, 0), (5, 0), (5, 2), (3, 2), (3, 4), (5, 4), (5, 6), (0, 6)],  # C shape
]


def rand_polygon(rng: random.Random) -> list[Pt]:
    k = rng.randrange(len(SHAPES) + 2)
    tx, ty = rng.randint(-3, 4), rng.randint(-3, 4)
    if k == len(SHAPES):  # a triangle
        while True:
            pts = [P(rng.randint(-2, 8), rng.randint(-2, 8)) for _ in range(3)]
            if orient(*pts) != 0 and abs(orient(*pts)) >= 8:
                return pts
    if k == len(SHAPES) + 1:  # a rectangle
        w, h = rng.randint(2, 9), rng.randint(2, 7)
        return [P(tx, ty), P(tx + w, ty), P(tx + w, ty + h), P(tx, ty + h)]
    s = rng.choice((1, 1, 2))
    return [P(tx + s * x, ty + s * y) for x, y in SHAPES[k]]


def pick_point(rng: random.Random, poly: list[Pt], target: str) -> Pt | None:
    if target == "boundary":
        a, b = rng.choice(edges(poly))
        return a if rng.random() < 0.2 else ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    xs, ys = [p[0] for p in poly], [p[1] for p in poly]
    for _ in range(300):
        p = P(rng.randint(int(min(xs)) - 2, int(max(xs)) + 2),
              rng.randint(int(min(ys)) - 2, int(max(ys)) + 2))
        if point_in_polygon(p, poly) == target:
            return p
    return None


def polygon_case(rng: random.Random, target: str) -> tuple[list[Pt], Pt, str]:
    while True:
        poly = rand_polygon(rng)
        p = pick_point(rng, poly, target)
        if p is not None:
            return poly, p, point_in_polygon(p, poly)


def poly_str(poly: list[Pt], sep: str = ", ", style: int = 0) -> str:
    return sep.join(pt(p, style) for p in poly)


def segment_pair(rng: random.Random, want: bool) -> tuple[Pt, Pt, Pt, Pt]:
    while True:
        a, b, c, d = (P(rng.randint(-6, 9), rng.randint(-6, 9)) for _ in range(4))
        if seg_cross(a, b, c, d) is want:
            return a, b, c, d


def segment_rect_case(rng: random.Random) -> tuple[Pt, Pt, list[Pt], int]:
    while True:
        x0, y0, s = rng.randint(-3, 3), rng.randint(-3, 3), rng.randint(3, 7)
        sq = [P(x0, y0), P(x0 + s, y0), P(x0 + s, y0 + s), P(x0, y0 + s)]
        a = P(rng.randint(x0 - 4, x0 + s + 4), rng.randint(y0 - 4, y0 + s + 4))
        b = P(rng.randint(x0 - 4, x0 + s + 4), rng.randint(y0 - 4, y0 + s + 4))
        results = [seg_cross(a, b, e0, e1) for e0, e1 in edges(sq)]
        if a == b or any(r is None for r in results):
            continue
        return a, b, sq, sum(1 for r in results if r)


def segment_circle_count(a: Pt, b: Pt, c: Pt, r: Fraction) -> int | None:
    """Points of a segment on a circle; None when an endpoint lies on the circle."""
    d = (b[0] - a[0], b[1] - a[1])
    f = (a[0] - c[0], a[1] - c[1])
    qa = d[0] ** 2 + d[1] ** 2
    qb = 2 * (d[0] * f[0] + d[1] * f[1])
    qc = f[0] ** 2 + f[1] ** 2 - r * r
    f0, f1 = qc, qa + qb + qc
    if f0 == 0 or f1 == 0:
        return None
    disc = qb * qb - 4 * qa * qc
    tv = -qb / (2 * qa)
    if f0 * f1 < 0:
        return 1
    if f0 < 0:
        return 0
    if disc < 0 or not 0 < tv < 1:
        return 0
    return 1 if disc == 0 else 2


# Arithmetic --------------------------------------------------------------------------------------


@tpl("arithmetic", "en")
def r5_ar_phone_times(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(13, 989), rng.randint(13, 989)
    return f"whats {a} times {b} pls", num(a * b)


@tpl("arithmetic", "en")
def r5_ar_spreadsheet_context(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(10_000, 9_999_999), rng.randint(1_000, 999_999)
    c = rng.randint(1_000, 99_999)
    return (f"For my spreadsheet I need to know: what is {a:,} + {b:,} - {c:,}?",
            num(a + b - c))


@tpl("arithmetic", "en")
def r5_ar_exact_decimals(rng: random.Random, i: int) -> tuple[str, Expected]:
    x, y = rdec(rng, 0, 9), rdec(rng, 0, 9)
    return (f"what is {x} + {y} exactly? (no floating point garbage pls)",
            num(Fraction(x) + Fraction(y)))


@tpl("arithmetic", "en")
def r5_ar_divided_by_words(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(50, 9999), rng.randint(3, 97)
    return f"Can you work out {a} divided by {b}? A fraction is fine.", num(Fraction(a, b))


@tpl("arithmetic", "en")
def r5_ar_to_the_power(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(2, 19), rng.randint(3, 9)
    return f"what does {a} to the power of {b} equal", num(a**b)


@tpl("arithmetic", "en")
def r5_ar_squared_plus(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(11, 299), rng.randint(11, 299)
    return f"Calculate {a} squared plus {b} squared.", num(a * a + b * b)


@tpl("arithmetic", "en")
def r5_ar_square_root_of(rng: random.Random, i: int) -> tuple[str, Expected]:
    r = rng.randint(12, 999)
    return f"hey, what's the square root of {r * r:,}?", num(r)


@tpl("arithmetic", "en")
def r5_ar_factorial(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.randint(6, 17)
    out = 1
    for k in range(2, n + 1):
        out *= k
    return f"I'm a bit rusty, what's {n} factorial ({n}!)?", num(out)


@tpl("arithmetic", "en")
def r5_ar_mod(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(1_000, 999_999), rng.randint(7, 97)
    return f"{a} mod {b} = ? (programming homework)", num(a % b)


@tpl("arithmetic", "en")
def r5_ar_percent_of(rng: random.Random, i: int) -> tuple[str, Expected]:
    p = rng.choice(["7.5", "12.5", "15", "18", "35", "2.5", "64", "0.5"])
    n = rng.randint(40, 9_000)
    return f"Figure out {p}% of {n} for me", num(Fraction(p) / 100 * n)


@tpl("arithmetic", "en")
def r5_ar_list_sum(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = [rng.randint(3, 999) for _ in range(rng.randint(5, 8))]
    return (f"add up these numbers for me: {', '.join(map(str, xs))}",
            num(sum(xs)))


@tpl("arithmetic", "en")
def r5_ar_list_product(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = [rng.randint(2, 40) for _ in range(rng.randint(3, 5))]
    out = 1
    for x in xs:
        out *= x
    body = ", ".join(map(str, xs[:-1])) + f" and {xs[-1]}"
    return f"What do you get if you multiply {body} together?", num(out)


@tpl("arithmetic", "en")
def r5_ar_unicode_ops(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c, d = rng.randint(12, 300), rng.randint(2, 60), rng.randint(3, 40), rng.randint(1, 500)
    return f"{a} × {b} ÷ {c} − {d} = ?", num(Fraction(a * b, c) - d)


@tpl("arithmetic", "en")
def r5_ar_parens_evaluate(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c, d = (rng.randint(2, 400) for _ in range(4))
    return f"Evaluate ({a} + {b}) * ({c} - {d}).", num((a + b) * (c - d))


@tpl("arithmetic", "en")
def r5_ar_caret_powers(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c, d = rng.randint(2, 30), rng.randint(2, 6), rng.randint(2, 30), rng.randint(2, 6)
    return f"quick one: {a}^{b} - {c}^{d}", num(a**b - c**d)


@tpl("arithmetic", "en")
def r5_ar_boxed_fractions(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c, d = rng.randint(1, 20), rng.randint(2, 25), rng.randint(1, 20), rng.randint(2, 25)
    return (f"Compute {a}/{b} + {c}/{d}. Put your final answer within \\boxed{{}}.",
            num(Fraction(a, b) + Fraction(c, d)))


@tpl("arithmetic", "en")
def r5_ar_qa_minus(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(100, 99_999), rng.randint(100, 99_999)
    return f"Q: What is {a} minus {b}?\nA:", num(a - b)


@tpl("arithmetic", "en")
def r5_ar_just_number(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c = rng.randint(100, 9999), rng.randint(10, 999), rng.randint(1, 99_999)
    return f"{a} * {b} + {c}\nAnswer with just the number.", num(a * b + c)


@tpl("arithmetic", "en")
def r5_ar_how_much_is(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c = rng.randint(100, 9999), rng.randint(100, 9999), rng.randint(100, 9999)
    return f"please how much is {a} plus {b} plus {c}", num(a + b + c)


@tpl("arithmetic", "en")
def r5_ar_homework_precedence(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c = rng.randint(20, 999), rng.randint(2, 99), rng.randint(2, 99)
    return (f"My homework says evaluate {a} - {b} × {c}. what do i get??", num(a - b * c))


@tpl("arithmetic", "en")
def r5_ar_decimal_times(rng: random.Random, i: int) -> tuple[str, Expected]:
    x, y = rdec(rng, 0, 99, 2), rdec(rng, 1, 20, 1)
    return (f"Determine the exact product of {x} and {y}.", num(Fraction(x) * Fraction(y)))


@tpl("arithmetic", "en")
def r5_ar_cube_root(rng: random.Random, i: int) -> tuple[str, Expected]:
    r = rng.randint(4, 199)
    return f"give me the cube root of {r**3}", num(r)


@tpl("arithmetic", "en")
def r5_ar_increase_percent(rng: random.Random, i: int) -> tuple[str, Expected]:
    n, p = rng.randint(20, 5000), rng.choice([5, 8, 10, 12, 15, 20, 25, 40])
    return (f"what is {n} increased by {p}%?", num(Fraction(n) * (100 + p) / 100))


@tpl("arithmetic", "en")
def r5_ar_mixed_words(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c = rng.randint(10, 500), rng.randint(2, 30), rng.randint(2, 12)
    return (f"u know what {a} times {b} divided by {c} is?", num(Fraction(a * b, c)))


@tpl("arithmetic", "zh")
def r5_ar_zh_jia(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(1_000, 999_999), rng.randint(1_000, 999_999)
    return f"{a}加{b}等于多少？", num(a + b)


@tpl("arithmetic", "zh")
def r5_ar_zh_chengyi(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(12, 9999), rng.randint(12, 999)
    return f"请问{a}乘以{b}是多少", num(a * b)


@tpl("arithmetic", "zh")
def r5_ar_zh_chuyi(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(10, 9999), rng.randint(3, 64)
    return f"{a}除以{b}等于多少？用分数表示", num(Fraction(a, b))


@tpl("arithmetic", "zh")
def r5_ar_zh_cifang(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(2, 15), rng.randint(3, 10)
    return f"{a}的{b}次方等于多少", num(a**b)


@tpl("arithmetic", "zh")
def r5_ar_zh_bangwosuan(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c = rng.randint(10, 999), rng.randint(10, 999), rng.randint(2, 99)
    return f"帮我算一下 ({a}+{b})×{c}", num((a + b) * c)


@tpl("arithmetic", "zh")
def r5_ar_zh_jiecheng(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.randint(5, 16)
    out = 1
    for k in range(2, n + 1):
        out *= k
    return f"{n}的阶乘是多少？", num(out)


@tpl("arithmetic", "zh")
def r5_ar_zh_yushu(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(100, 99_999), rng.randint(3, 50)
    return f"{a}除以{b}的余数是多少", num(a % b)


@tpl("arithmetic", "zh")
def r5_ar_zh_baifenzhi(rng: random.Random, i: int) -> tuple[str, Expected]:
    n, p = rng.randint(50, 20_000), rng.choice(["15", "30", "7.5", "45", "12"])
    return f"{n}的{p}%是多少？", num(Fraction(p) / 100 * n)


@tpl("arithmetic", "zh")
def r5_ar_zh_pingfanggen(rng: random.Random, i: int) -> tuple[str, Expected]:
    r = rng.randint(11, 300)
    return f"{r * r}的平方根是多少", num(r)


@tpl("arithmetic", "zh")
def r5_ar_zh_xiaoshu(rng: random.Random, i: int) -> tuple[str, Expected]:
    x, y = rdec(rng, 0, 50), rdec(rng, 0, 50)
    return f"{x}减{y}等于多少？要精确结果", num(Fraction(x) - Fraction(y))


# Comparison --------------------------------------------------------------------------------------


def tricky_pair(rng: random.Random, negative: bool = False) -> tuple[str, str]:
    """Two different decimals that share the integer part but not the number of digits."""
    while True:
        w = rng.randint(0, 99)
        a = f"{w}.{rng.randint(10, 99)}"
        b = f"{w}.{rng.randint(1, 9)}"
        if rng.random() < 0.3:
            b = f"{w}.{rng.randint(100, 999)}"
        if negative:
            a, b = f"-{a}", f"-{b}"
        if Fraction(a) != Fraction(b):
            return (a, b) if rng.random() < 0.5 else (b, a)


def bigger(x: str, y: str) -> str:
    return x if Fraction(x) > Fraction(y) else y


def smaller(x: str, y: str) -> str:
    return x if Fraction(x) < Fraction(y) else y


def num_list(rng: random.Random, k: int) -> list[str]:
    while True:
        out = []
        for _ in range(k):
            s = rdec(rng, 0, 12) if rng.random() < 0.7 else str(rng.randint(0, 12))
            out.append(f"-{s}" if rng.random() < 0.3 else s)
        if len({Fraction(s) for s in out}) == k:
            return out


def sort_nums(xs: list[str], desc: bool = False) -> list[str]:
    return sorted(xs, key=Fraction, reverse=desc)


@tpl("comparison", "en")
def r5_cmp_which_bigger(rng: random.Random, i: int) -> tuple[str, Expected]:
    x, y = tricky_pair(rng)
    return f"Which is bigger, {x} or {y}?", choice(bigger(x, y))


@tpl("comparison", "en")
def r5_cmp_is_greater(rng: random.Random, i: int) -> tuple[str, Expected]:
    x, y = tricky_pair(rng)
    return f"Is {x} greater than {y}?", yes(Fraction(x) > Fraction(y))


@tpl("comparison", "en")
def r5_cmp_is_less_phone(rng: random.Random, i: int) -> tuple[str, Expected]:
    x, y = tricky_pair(rng)
    return f"is {x} less than {y}", yes(Fraction(x) < Fraction(y))


@tpl("comparison", "en")
def r5_cmp_smaller_negatives(rng: random.Random, i: int) -> tuple[str, Expected]:
    x, y = tricky_pair(rng, negative=True)
    return f"Which number is smaller: {x} or {y}?", choice(smaller(x, y))


@tpl("comparison", "en")
def r5_cmp_sort_ascending(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = num_list(rng, rng.randint(4, 6))
    return (f"Sort these numbers in ascending order: {', '.join(xs)}",
            nlist(sort_nums(xs), "asc"))


@tpl("comparison", "en")
def r5_cmp_sort_descending(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = num_list(rng, rng.randint(4, 6))
    return (f"can u sort {', '.join(xs)} descending",
            nlist(sort_nums(xs, desc=True), "desc"))


@tpl("comparison", "en")
def r5_cmp_u_think_larger(rng: random.Random, i: int) -> tuple[str, Expected]:
    x, y = tricky_pair(rng)
    return f"my friend says {x} is larger than {y}, is he right?", yes(Fraction(x) > Fraction(y))


@tpl("comparison", "en")
def r5_cmp_which_higher_phone(rng: random.Random, i: int) -> tuple[str, Expected]:
    x, y = tricky_pair(rng)
    return f"which one is higher {x} or {y}", choice(bigger(x, y))


@tpl("comparison", "en")
def r5_cmp_stats_quiz(rng: random.Random, i: int) -> tuple[str, Expected]:
    x, y = tricky_pair(rng, negative=True)
    return (f"For a stats quiz: which is the larger value, {x} or {y}?", choice(bigger(x, y)))


@tpl("comparison", "en")
def r5_cmp_fraction_vs_decimal(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        a, b = rng.randint(1, 11), rng.randint(2, 12)
        x = f"{a}/{b}"
        y = dec(Fraction(round(Fraction(a, b) * 100) + rng.choice([-1, 1]), 100))
        if Fraction(a, b) != Fraction(y) and not y.startswith("-"):
            break
    return f"Which is greater: {x} or {y}?", choice(bigger(x, y))


@tpl("comparison", "en")
def r5_cmp_order_small_large(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = num_list(rng, rng.randint(4, 6))
    return (f"Order from smallest to largest: {'; '.join(xs)}", nlist(sort_nums(xs), "asc"))


@tpl("comparison", "en")
def r5_cmp_arrange_high_low(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = num_list(rng, rng.randint(4, 6))
    return (f"Please arrange these from highest to lowest - {', '.join(xs)}",
            nlist(sort_nums(xs, desc=True), "desc"))


@tpl("comparison", "en")
def r5_cmp_bigger_yes_no(rng: random.Random, i: int) -> tuple[str, Expected]:
    x, y = tricky_pair(rng, negative=i % 2 == 1)
    return f"Is {x} bigger than {y}? Answer yes or no.", yes(Fraction(x) > Fraction(y))


@tpl("comparison", "en")
def r5_cmp_qa_smaller(rng: random.Random, i: int) -> tuple[str, Expected]:
    x, y = tricky_pair(rng)
    return f"Q: Which is smaller, {x} or {y}?\nA:", choice(smaller(x, y))


@tpl("comparison", "en")
def r5_cmp_which_more(rng: random.Random, i: int) -> tuple[str, Expected]:
    x, y = tricky_pair(rng)
    return f"which is more, {x} or {y}?", choice(bigger(x, y))


@tpl("comparison", "en")
def r5_cmp_compare_dash(rng: random.Random, i: int) -> tuple[str, Expected]:
    x, y = tricky_pair(rng)
    return f"compare {x} and {y} - which one is bigger?", choice(bigger(x, y))


@tpl("comparison", "en")
def r5_cmp_more_than(rng: random.Random, i: int) -> tuple[str, Expected]:
    x, y = tricky_pair(rng)
    return f"Is {x} more than {y}?", yes(Fraction(x) > Fraction(y))


@tpl("comparison", "en")
def r5_cmp_lower_context(rng: random.Random, i: int) -> tuple[str, Expected]:
    x, y = tricky_pair(rng)
    return (f"I'm double-checking a table. Which is lower, {x} or {y}?", choice(smaller(x, y)))


@tpl("comparison", "en")
def r5_cmp_max_of_list(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = num_list(rng, rng.randint(3, 5))
    return (f"what's the largest number among {', '.join(xs)}?", choice(sort_nums(xs)[-1]))


@tpl("comparison", "en")
def r5_cmp_min_of_list(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = num_list(rng, rng.randint(3, 5))
    return (f"Find the smallest of these numbers: {' , '.join(xs)}", choice(sort_nums(xs)[0]))


@tpl("comparison", "en")
def r5_cmp_think_step(rng: random.Random, i: int) -> tuple[str, Expected]:
    x, y = tricky_pair(rng, negative=True)
    return (f"Is {x} smaller than {y}? Think step by step and then answer [Yes] or [No].",
            yes(Fraction(x) < Fraction(y)))


@tpl("comparison", "en")
def r5_cmp_greater_of_two_ints(rng: random.Random, i: int) -> tuple[str, Expected]:
    x, y = rng.randint(100_000, 9_999_999), rng.randint(100_000, 9_999_999)
    while x == y:
        y = rng.randint(100_000, 9_999_999)
    return (f"Determine the greater of {x:,} and {y:,}.", choice(str(max(x, y))))


@tpl("comparison", "zh")
def r5_cmp_zh_nage_da(rng: random.Random, i: int) -> tuple[str, Expected]:
    x, y = tricky_pair(rng)
    return f"{x}和{y}哪个大？", choice(bigger(x, y))


@tpl("comparison", "zh")
def r5_cmp_zh_nage_xiao(rng: random.Random, i: int) -> tuple[str, Expected]:
    x, y = tricky_pair(rng, negative=i % 2 == 0)
    return f"{x}和{y}，哪个小", choice(smaller(x, y))


@tpl("comparison", "zh")
def r5_cmp_zh_bi_da_ma(rng: random.Random, i: int) -> tuple[str, Expected]:
    x, y = tricky_pair(rng)
    return f"{x}比{y}大吗？", yes(Fraction(x) > Fraction(y))


@tpl("comparison", "zh")
def r5_cmp_zh_bi_xiao_ma(rng: random.Random, i: int) -> tuple[str, Expected]:
    x, y = tricky_pair(rng, negative=True)
    return f"请问{x}比{y}小吗", yes(Fraction(x) < Fraction(y))


@tpl("comparison", "zh")
def r5_cmp_zh_cong_xiao_dao_da(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = num_list(rng, rng.randint(4, 6))
    return f"把这些数从小到大排序：{'，'.join(xs)}", nlist(sort_nums(xs), "asc")


@tpl("comparison", "zh")
def r5_cmp_zh_cong_da_dao_xiao(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = num_list(rng, rng.randint(4, 6))
    return f"将下列数字按从大到小排列：{'、'.join(xs)}", nlist(sort_nums(xs, desc=True), "desc")


@tpl("comparison", "zh")
def r5_cmp_zh_geng_da(rng: random.Random, i: int) -> tuple[str, Expected]:
    x, y = tricky_pair(rng)
    return f"{x} 跟 {y} 比，哪个更大一些？", choice(bigger(x, y))


@tpl("comparison", "zh")
def r5_cmp_zh_shifou_dayu(rng: random.Random, i: int) -> tuple[str, Expected]:
    x, y = tricky_pair(rng)
    return f"{x}是否大于{y}？", yes(Fraction(x) > Fraction(y))


@tpl("comparison", "zh")
def r5_cmp_zh_zuida(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = num_list(rng, rng.randint(3, 5))
    return f"以下数字中最大的是哪个：{'，'.join(xs)}", choice(sort_nums(xs)[-1])


# Number theory -----------------------------------------------------------------------------------


def rand_composite(rng: random.Random, lo: int, hi: int) -> int:
    while True:
        n = rng.randint(lo, hi)
        if not is_prime(n) and len(factorize(n)) >= 2:
            return n


def primes_below(n: int) -> list[int]:
    return [k for k in range(2, n) if is_prime(k)]


@tpl("number_theory", "en")
def r5_nt_prime_think_step(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = prime_or_composite(rng, i)
    return (f"Is {n} a prime number? Think step by step and then answer [Yes] or [No].",
            yes(is_prime(n)))


@tpl("number_theory", "en")
def r5_nt_is_prime_phone(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = prime_or_composite(rng, i + 1, 100, 99_999)
    return f"is {n} prime", yes(is_prime(n))


@tpl("number_theory", "en")
def r5_nt_factorize(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rand_composite(rng, 1_000, 2_000_000)
    return f"factorize {n}", fact(n)


@tpl("number_theory", "en")
def r5_nt_prime_factorization(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rand_composite(rng, 100, 500_000)
    return f"What's the prime factorization of {n:,}?", fact(n)


@tpl("number_theory", "en")
def r5_nt_gcd_short(rng: random.Random, i: int) -> tuple[str, Expected]:
    g = rng.randint(2, 60)
    a, b = g * rng.randint(2, 500), g * rng.randint(2, 500)
    return f"gcd of {a} and {b}?", num(gcd(a, b))


@tpl("number_theory", "en")
def r5_nt_greatest_common_divisor(rng: random.Random, i: int) -> tuple[str, Expected]:
    g = rng.randint(3, 99)
    a, b = g * rng.randint(10, 900), g * rng.randint(10, 900)
    return (f"What is the greatest common divisor of {a} and {b}?", num(gcd(a, b)))


@tpl("number_theory", "en")
def r5_nt_lcm_pls(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(6, 400), rng.randint(6, 400)
    return f"lcm of {a} and {b} pls", num(lcm(a, b))


@tpl("number_theory", "en")
def r5_nt_lcm_three(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c = rng.randint(4, 60), rng.randint(4, 60), rng.randint(4, 60)
    return (f"Find the least common multiple of {a}, {b} and {c}.", num(lcm(a, b, c)))


@tpl("number_theory", "en")
def r5_nt_largest_prime_factor(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rand_composite(rng, 1_000, 9_000_000)
    return (f"What is the largest prime factor of {n}?", num(max(factorize(n))))


@tpl("number_theory", "en")
def r5_nt_biggest_prime_divides(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rand_composite(rng, 200, 900_000)
    return (f"whats the biggest prime that divides {n}", num(max(factorize(n))))


@tpl("number_theory", "en")
def r5_nt_list_primes_below(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.randint(20, 90)
    return (f"List all the prime numbers below {n}.",
            nlist([str(p) for p in primes_below(n)], None))


@tpl("number_theory", "en")
def r5_nt_count_primes_less(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.randint(50, 5_000)
    return (f"How many primes are there that are less than {n}?", num(len(primes_below(n))))


@tpl("number_theory", "en")
def r5_nt_digit_sum(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.randint(10**5, 10**12)
    return (f"what is the sum of the digits of {n}", num(sum(int(c) for c in str(n))))


@tpl("number_theory", "en")
def r5_nt_digit_sum_context(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.randint(10**3, 10**9)
    return (f"Checking a checksum by hand. Can you add up all the digits of {n}?",
            num(sum(int(c) for c in str(n))))


@tpl("number_theory", "en")
def r5_nt_is_happy(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        n = rng.randint(2, 999)
        if is_happy(n) == (i % 2 == 0):
            return f"Is {n} a happy number?", yes(is_happy(n))


@tpl("number_theory", "en")
def r5_nt_happy_range(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        a = rng.randint(1, 400)
        b = a + rng.randint(15, 40)
        hs = [str(k) for k in range(a, b + 1) if is_happy(k)]
        if hs:
            return (f"List the happy numbers between {a} and {b} inclusive.", nlist(hs, None))


@tpl("number_theory", "en")
def r5_nt_is_composite(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = prime_or_composite(rng, i + 1, 1_000, 9_000_000)
    return (f"Is {n} a composite number?", yes(not is_prime(n)))


@tpl("number_theory", "en")
def r5_nt_prime_or_not_context(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = prime_or_composite(rng, i, 10_000, 9_999_999)
    return (f"For my crypto homework: is {n} prime? yes or no", yes(is_prime(n)))


@tpl("number_theory", "en")
def r5_nt_hcf(rng: random.Random, i: int) -> tuple[str, Expected]:
    g = rng.randint(2, 40)
    a, b = g * rng.randint(3, 200), g * rng.randint(3, 200)
    return f"Work out the HCF of {a} and {b}.", num(gcd(a, b))


@tpl("number_theory", "en")
def r5_nt_break_down(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rand_composite(rng, 60, 99_999)
    return f"break {n} down into its prime factors", fact(n)


@tpl("number_theory", "en")
def r5_nt_count_primes_upto(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.randint(30, 3_000)
    return (f"How many prime numbers are there from 1 up to and including {n}?",
            num(len(primes_below(n + 1))))


@tpl("number_theory", "en")
def r5_nt_boxed_gcd(rng: random.Random, i: int) -> tuple[str, Expected]:
    g = rng.randint(2, 120)
    a, b = g * rng.randint(2, 300), g * rng.randint(2, 300)
    return (f"Determine gcd({a}, {b}). Put your final answer within \\boxed{{}}.",
            num(gcd(a, b)))


@tpl("number_theory", "zh")
def r5_nt_zh_zhishu_ma(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = prime_or_composite(rng, i, 1_000, 9_000_000)
    return f"{n}是质数吗？", yes(is_prime(n))


@tpl("number_theory", "zh")
def r5_nt_zh_bushi_sushu(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = prime_or_composite(rng, i + 1, 100, 99_999)
    return f"{n}是不是素数", yes(is_prime(n))


@tpl("number_theory", "zh")
def r5_nt_zh_fenjie(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rand_composite(rng, 100, 1_000_000)
    return f"把{n}分解质因数", fact(n)


@tpl("number_theory", "zh")
def r5_nt_zh_gongyueshu(rng: random.Random, i: int) -> tuple[str, Expected]:
    g = rng.randint(2, 80)
    a, b = g * rng.randint(2, 300), g * rng.randint(2, 300)
    return f"{a}和{b}的最大公约数是多少？", num(gcd(a, b))


@tpl("number_theory", "zh")
def r5_nt_zh_gongbeishu(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(4, 300), rng.randint(4, 300)
    return f"求{a}和{b}的最小公倍数", num(lcm(a, b))


@tpl("number_theory", "zh")
def r5_nt_zh_zuida_zhiyinshu(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rand_composite(rng, 1_000, 5_000_000)
    return f"{n}的最大质因数是多少", num(max(factorize(n)))


@tpl("number_theory", "zh")
def r5_nt_zh_xiaoyu_zhishu(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.randint(20, 80)
    return f"小于{n}的质数有哪些？", nlist([str(p) for p in primes_below(n)], None)


@tpl("number_theory", "zh")
def r5_nt_zh_shuzi_zhihe(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.randint(10**4, 10**11)
    return f"{n}的各位数字之和是多少", num(sum(int(c) for c in str(n)))


@tpl("number_theory", "zh")
def r5_nt_zh_kuaileshu(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        n = rng.randint(2, 999)
        if is_happy(n) == (i % 2 == 1):
            return f"{n}是快乐数吗？", yes(is_happy(n))


# Counting and strings ----------------------------------------------------------------------------

WORDS = [
    "strawberry", "banana", "mississippi", "bookkeeper", "committee", "necessary", "parallel",
    "accommodate", "programming", "javascript", "elephant", "giraffe", "chocolate", "umbrella",
    "keyboard", "assessment", "occurrence", "raspberry", "pineapple", "tomorrow", "balloon",
    "cinnamon", "broccoli", "spaghetti", "embarrass", "tennessee", "possession", "hippopotamus",
    "refrigerator", "independence", "onomatopoeia", "characteristic", "photosynthesis",
    "environment", "algorithm", "butterfly", "mountain", "whisper", "library", "kangaroo",
    "engineering", "alphabet", "computer", "sunflower", "strength", "rhythm", "queue", "bubble",
    "pepper", "address", "coffee", "success", "letter", "cabbage", "grammar", "dinosaur",
    "avocado", "marshmallow", "blueberry", "submarine", "zucchini", "abracadabra", "peppermint",
    "cheeseburger", "kindergarten", "nevertheless", "lollipop", "watermelon", "bureaucracy",
]
NO_Y_WORDS = [w for w in WORDS if "y" not in w]
SENTENCES = [
    "the quick brown fox jumps over the lazy dog",
    "my sister bought three green apples at the market this morning",
    "we should leave early tomorrow because the traffic will be terrible",
    "she sells sea shells by the sea shore",
    "the meeting was moved to friday afternoon at the request of the manager",
    "i forgot my umbrella and got completely soaked on the way home",
    "learning a new language takes patience and a lot of practice",
    "our neighbors have a very loud parrot that sings every evening",
    "please remember to water the plants while i am away",
    "the library closes at nine on weekdays and at five on sundays",
    "peter piper picked a peck of pickled peppers",
    "a journey of a thousand miles begins with a single step",
    "he reads the newspaper every morning before breakfast",
    "the children built a huge sandcastle near the old pier",
    "all that glitters is not gold",
    "the train to the airport leaves from platform seven",
]
ANAGRAM_POOL = [
    ("listen", "silent"), ("heart", "earth"), ("night", "thing"), ("dusty", "study"),
    ("elbow", "below"), ("state", "taste"), ("cider", "cried"), ("angel", "glean"),
    ("save", "vase"), ("brag", "grab"), ("peach", "cheap"), ("lemon", "melon"),
    ("sword", "words"), ("inch", "chin"), ("rescue", "secure"), ("thorn", "north"),
    ("stressed", "desserts"), ("heart", "hearth"), ("night", "knight"), ("state", "stats"),
    ("listen", "listens"), ("lemon", "demon"), ("cider", "cinder"), ("brag", "barge"),
    ("silent", "sliest"), ("dormitory", "dirty"), ("garden", "danger"), ("march", "charm"),
    ("tea", "eat"), ("apple", "pale"), ("angle", "angel"), ("race", "care"), ("loop", "pool"),
    ("canoe", "ocean"), ("canoe", "cone"), ("secure", "rescued"), ("flow", "wolf"),
    ("stone", "notes"), ("stone", "tones"), ("stone", "stoned"),
]
VOWELS = set("aeiou")


def letter_of(rng: random.Random, word: str) -> str:
    if rng.random() < 0.85:
        return rng.choice(sorted(set(word)))
    return rng.choice([c for c in "abcdefghijklmnopqrstuvwxyz" if c not in word])


def two_words_diff_len(rng: random.Random) -> tuple[str, str]:
    while True:
        a, b = rng.sample(WORDS, 2)
        if len(a) != len(b):
            return a, b


def is_anagram(a: str, b: str) -> bool:
    return sorted(a) == sorted(b)


@tpl("counting", "en")
def r5_cnt_hows_many_rs(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    c = letter_of(rng, w)
    return f"how many {c}'s are in {w}", num(w.count(c))


@tpl("counting", "en")
def r5_cnt_count_letter_quoted(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    c = letter_of(rng, w)
    return (f"Count the occurrences of the letter '{c}' in the word \"{w}\".", num(w.count(c)))


@tpl("counting", "en")
def r5_cnt_letters_in_word(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return f"How many letters does the word {w} have?", num(len(w))


@tpl("counting", "en")
def r5_cnt_vowels(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(NO_Y_WORDS)
    return (f"how many vowels are in \"{w}\"?", num(sum(c in VOWELS for c in w)))


@tpl("counting", "en")
def r5_cnt_consonants(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(NO_Y_WORDS)
    return (f"Tell me the number of consonants in the word {w}.",
            num(sum(c not in VOWELS for c in w)))


@tpl("counting", "en")
def r5_cnt_words_in_sentence(rng: random.Random, i: int) -> tuple[str, Expected]:
    s = rng.choice(SENTENCES)
    s = s[0].upper() + s[1:] + "."
    return (f"How many words are in this sentence: \"{s}\"", num(len(s.split())))


@tpl("counting", "en")
def r5_cnt_nth_letter(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    k = rng.randint(2, len(w))
    return f"what is the {ordinal(k)} letter of {w}?", text(w[k - 1])


@tpl("counting", "en")
def r5_cnt_first_letter(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return f"What's the first letter of the word \"{w}\"?", text(w[0])


@tpl("counting", "en")
def r5_cnt_last_letter(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return f"last letter of {w}?", text(w[-1])


@tpl("counting", "en")
def r5_cnt_reverse_word(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return f"Reverse the word \"{w}\".", text(w[::-1])


@tpl("counting", "en")
def r5_cnt_spell_backwards(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return f"can you spell {w} backwards", text(w[::-1])


@tpl("counting", "en")
def r5_cnt_anagram_pair(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.choice(ANAGRAM_POOL)
    return f"are {a} and {b} anagrams?", yes(is_anagram(a, b))


@tpl("counting", "en")
def r5_cnt_anagram_yes_no(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.choice(ANAGRAM_POOL)
    return (f"Is \"{a}\" an anagram of \"{b}\"? Answer [Yes] or [No].", yes(is_anagram(a, b)))


@tpl("counting", "en")
def r5_cnt_distinct_letters(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return (f"How many distinct letters are there in \"{w}\"?", num(len(set(w))))


@tpl("counting", "en")
def r5_cnt_unique_letters_phone(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return (f"number of unique letters in {w} pls", num(len(set(w))))


@tpl("counting", "en")
def r5_cnt_more_letters(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = two_words_diff_len(rng)
    return (f"Which word has more letters, {a} or {b}?", word_choice(max(a, b, key=len)))


@tpl("counting", "en")
def r5_cnt_longer_quoted(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = two_words_diff_len(rng)
    return (f"Which is the longer word: \"{a}\" or \"{b}\"?", word_choice(max(a, b, key=len)))


@tpl("counting", "en")
def r5_cnt_alphabetical(rng: random.Random, i: int) -> tuple[str, Expected]:
    ws = rng.sample(WORDS, rng.randint(4, 6))
    return (f"Put these words in alphabetical order: {', '.join(ws)}", tlist(sorted(ws), True))


@tpl("counting", "en")
def r5_cnt_letter_in_phrase(rng: random.Random, i: int) -> tuple[str, Expected]:
    s = rng.choice(SENTENCES)
    c = rng.choice(sorted(set(s.replace(" ", ""))))
    return (f"How many times does the letter {c} appear in \"{s}\"?", num(s.count(c)))


@tpl("counting", "en")
def r5_cnt_pls_count_e(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    c = rng.choice(sorted(set(w)))
    return f"pls count how many {c} in {w}", num(w.count(c))


@tpl("counting", "en")
def r5_cnt_context_characters(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return (f"I'm making a crossword. How many characters long is the word \"{w}\"?",
            num(len(w)))


@tpl("counting", "en")
def r5_cnt_sort_az(rng: random.Random, i: int) -> tuple[str, Expected]:
    ws = rng.sample(WORDS, rng.randint(3, 5))
    return (f"sort alphabetically (a to z): {' '.join(ws)}", tlist(sorted(ws), True))


@tpl("counting", "zh")
def r5_cnt_zh_duoshao_ge_zimu(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    c = letter_of(rng, w)
    return f"{w}里面有多少个字母{c}？", num(w.count(c))


@tpl("counting", "zh")
def r5_cnt_zh_jige_zimu(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return f"单词{w}有几个字母", num(len(w))


@tpl("counting", "zh")
def r5_cnt_zh_yuanyin(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(NO_Y_WORDS)
    return (f"“{w}”这个单词里有多少个元音字母（a、e、i、o、u）？",
            num(sum(c in VOWELS for c in w)))


@tpl("counting", "zh")
def r5_cnt_zh_di_k_ge(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    k = rng.randint(2, len(w))
    return f"{w}的第{k}个字母是什么？", text(w[k - 1])


@tpl("counting", "zh")
def r5_cnt_zh_daoguolai(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return f"把单词{w}倒过来写是什么", text(w[::-1])


@tpl("counting", "zh")
def r5_cnt_zh_bianweici(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.choice(ANAGRAM_POOL)
    return f"{a}和{b}是不是变位词（字母相同、顺序不同）？", yes(is_anagram(a, b))


@tpl("counting", "zh")
def r5_cnt_zh_nage_geng_chang(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = two_words_diff_len(rng)
    return f"{a}和{b}哪个单词的字母更多？", word_choice(max(a, b, key=len))


@tpl("counting", "zh")
def r5_cnt_zh_butong_zimu(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return f"{w}中有几个不同的字母", num(len(set(w)))


@tpl("counting", "zh")
def r5_cnt_zh_juzi_dancishu(rng: random.Random, i: int) -> tuple[str, Expected]:
    s = rng.choice(SENTENCES)
    return f"这句英文有多少个单词：{s}", num(len(s.split()))


# Geometry ----------------------------------------------------------------------------------------


def circ(c: Pt, r: Fraction, style: int) -> str:
    if style == 0:
        return f"center {pt(c)} and radius {dec(r)}"
    if style == 1:
        return f"centre at {pt(c, 1)}, r = {dec(r)}"
    return f"center {pt(c)}, radius {dec(r)}"


@tpl("geometry", "en")
def r5_ge_circles_intersect(rng: random.Random, i: int) -> tuple[str, Expected]:
    c1, r1, c2, r2 = circle_pair(rng, ("cross", "apart", "ext_tangent", "apart")[i])
    n = circle_points(c1, r1, c2, r2)
    return (f"Do the circle with {circ(c1, r1, 0)} and the circle with {circ(c2, r2, 0)} "
            "intersect?", yes(n >= 1))


@tpl("geometry", "en")
def r5_ge_circles_overlap_phone(rng: random.Random, i: int) -> tuple[str, Expected]:
    c1, r1, c2, r2 = circle_pair(rng, ("cross", "apart")[i % 2])
    return (f"do circles ({circ(c1, r1, 1)}) and ({circ(c2, r2, 1)}) overlap",
            yes(dist2(c1, c2) < (r1 + r2) ** 2))


@tpl("geometry", "en")
def r5_ge_circle_contains(rng: random.Random, i: int) -> tuple[str, Expected]:
    c1, r1, c2, r2 = circle_pair(rng, ("inside", "cross", "inside", "apart")[i])
    inside = r1 > r2 and dist2(c1, c2) < (r1 - r2) ** 2
    return (f"Circle A has {circ(c1, r1, 2)}. Circle B has {circ(c2, r2, 2)}. "
            "Is circle B completely inside circle A?", yes(inside))


@tpl("geometry", "en")
def r5_ge_circles_tangent(rng: random.Random, i: int) -> tuple[str, Expected]:
    c1, r1, c2, r2 = circle_pair(rng, ("ext_tangent", "cross", "int_tangent", "apart")[i])
    d2 = dist2(c1, c2)
    tangent = d2 == (r1 + r2) ** 2 or (d2 > 0 and d2 == (r1 - r2) ** 2)
    return (f"Are the circles {circ_eq(c1, r1)} and {circ_eq(c2, r2)} tangent to each other?",
            yes(tangent))


@tpl("geometry", "en")
def r5_ge_circle_common_points(rng: random.Random, i: int) -> tuple[str, Expected]:
    kind = rng.choice(["cross", "apart", "inside", "ext_tangent", "int_tangent"])
    c1, r1, c2, r2 = circle_pair(rng, kind)
    return (f"How many points do the circles {circ_eq(c1, r1)} and {circ_eq(c2, r2)} have in "
            "common?", num(circle_points(c1, r1, c2, r2)))


@tpl("geometry", "en")
def r5_ge_segments_cross(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c, d = segment_pair(rng, i % 2 == 0)
    return (f"does the segment from {pt(a)} to {pt(b)} cross the segment from {pt(c)} to "
            f"{pt(d)}?", yes(bool(seg_cross(a, b, c, d))))


@tpl("geometry", "en")
def r5_ge_segments_count(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c, d = segment_pair(rng, i % 2 == 1)
    return (f"Segment AB goes from A{pt(a, 1)} to B{pt(b, 1)} and segment CD from C{pt(c, 1)} "
            f"to D{pt(d, 1)}. How many intersection points do they have?",
            num(1 if seg_cross(a, b, c, d) else 0))


@tpl("geometry", "en")
def r5_ge_segment_square(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, sq, n = segment_rect_case(rng)
    return (f"How many times does the line segment from {pt(a)} to {pt(b)} cross the boundary "
            f"of the square with vertices {poly_str(sq)}?", num(n))


@tpl("geometry", "en")
def r5_ge_segment_circle(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        c, r = P(rng.randint(-4, 4), rng.randint(-4, 4)), Fraction(rng.randint(2, 6))
        a = P(rng.randint(-10, 10), rng.randint(-10, 10))
        b = P(rng.randint(-10, 10), rng.randint(-10, 10))
        n = segment_circle_count(a, b, c, r) if a != b else None
        if n is not None:
            return (f"In how many points does the segment {pt(a)}-{pt(b)} meet the circle with "
                    f"center {pt(c)} and radius {dec(r)}?", num(n))


@tpl("geometry", "en")
def r5_ge_pip_triangle(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        poly, p, rel = polygon_case(rng, ("inside", "outside")[i % 2])
        if len(poly) == 3:
            break
    return (f"Is the point {pt(p)} inside the triangle with vertices {poly_str(poly)}?",
            relation(rel, "inside"))


@tpl("geometry", "en")
def r5_ge_pip_three_way(rng: random.Random, i: int) -> tuple[str, Expected]:
    poly, p, rel = polygon_case(rng, ("inside", "boundary", "outside", "boundary")[i])
    return (f"Given the polygon with vertices {poly_str(poly, ' -> ')}, is the point {pt(p)} "
            "inside it, outside it, or on its boundary?", relation(rel, None))


@tpl("geometry", "en")
def r5_ge_pip_rectangle_phone(rng: random.Random, i: int) -> tuple[str, Expected]:
    x0, y0 = rng.randint(-5, 3), rng.randint(-5, 3)
    w, h = rng.randint(3, 9), rng.randint(3, 9)
    rect = [P(x0, y0), P(x0 + w, y0), P(x0 + w, y0 + h), P(x0, y0 + h)]
    p = pick_point(rng, rect, ("inside", "outside")[i % 2])
    assert p is not None
    return (f"is {pt(p, 1)} in the rectangle with corners {poly_str(rect, ' ', 1)}",
            relation(point_in_polygon(p, rect), "inside"))


@tpl("geometry", "en")
def r5_ge_pip_outside_q(rng: random.Random, i: int) -> tuple[str, Expected]:
    poly, p, rel = polygon_case(rng, ("outside", "inside")[i % 2])
    return (f"A polygon has vertices {poly_str(poly, '; ')} in that order. Does the point "
            f"{pt(p)} lie outside the polygon?", relation(rel, "outside"))


@tpl("geometry", "en")
def r5_ge_polygon_area(rng: random.Random, i: int) -> tuple[str, Expected]:
    poly = rand_polygon(rng)
    return (f"Find the area of the polygon with vertices {poly_str(poly)}.",
            num(shoelace(poly)))


@tpl("geometry", "en")
def r5_ge_polygon_perimeter(rng: random.Random, i: int) -> tuple[str, Expected]:
    poly = rand_polygon(rng)
    return (f"what's the perimeter of the shape with corners {poly_str(poly, ' ')} "
            "(in that order)?", real(perimeter(poly)))


@tpl("geometry", "en")
def r5_ge_distance(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = P(rng.randint(-9, 9), rng.randint(-9, 9)), P(rng.randint(-9, 9), rng.randint(-9, 9))
    while a == b:
        b = P(rng.randint(-9, 9), rng.randint(-9, 9))
    return (f"What is the distance between the points {pt(a)} and {pt(b)}?",
            real(sum_sqrt([dist2(a, b)])))


@tpl("geometry", "en")
def r5_ge_distance_decimal(rng: random.Random, i: int) -> tuple[str, Expected]:
    def coord() -> Fraction:
        return Fraction(rng.randint(-20, 20), 2)

    a, b = (coord(), coord()), (coord(), coord())
    while a == b:
        b = (coord(), coord())
    return (f"how far apart are {pt(a, 1)} and {pt(b, 1)}? (straight line distance)",
            real(sum_sqrt([dist2(a, b)])))


@tpl("geometry", "en")
def r5_ge_triangle_area_vertices(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        pts = [P(rng.randint(-6, 9), rng.randint(-6, 9)) for _ in range(3)]
        if orient(*pts) != 0:
            break
    a, b, c = (pt(p) for p in pts)
    return (f"Compute the area of triangle ABC where A = {a}, B = {b} and C = {c}.",
            num(shoelace(pts)))


@tpl("geometry", "en")
def r5_ge_triangle_base_height(rng: random.Random, i: int) -> tuple[str, Expected]:
    b, h = rdec(rng, 2, 30, 1) if i % 2 else str(rng.randint(3, 40)), str(rng.randint(2, 25))
    return (f"a triangle has base {b} and height {h}. whats the area",
            num(Fraction(b) * Fraction(h) / 2))


@tpl("geometry", "en")
def r5_ge_triangle_heron(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        a, b, c = sorted(rng.randint(3, 15) for _ in range(3))
        if a + b > c:
            break
    s = Fraction(a + b + c, 2)
    return (f"What is the area of a triangle whose sides are {a}, {b} and {c} units long?",
            real(sum_sqrt([s * (s - a) * (s - b) * (s - c)])))


@tpl("geometry", "en")
def r5_ge_circle_area_radius(rng: random.Random, i: int) -> tuple[str, Expected]:
    r = Fraction(rdec(rng, 1, 12, 1)) if i % 2 else Fraction(rng.randint(2, 30))
    return (f"What's the area of a circle with radius {dec(r)}? Leave it in terms of pi.",
            real(f"{fs(r * r)}*pi"))


@tpl("geometry", "en")
def r5_ge_circle_area_diameter(rng: random.Random, i: int) -> tuple[str, Expected]:
    d = rng.randint(2, 40)
    return (f"My round table is {d} units across (diameter). What is its area exactly?",
            real(f"{fs(Fraction(d * d, 4))}*pi"))


@tpl("geometry", "en")
def r5_ge_rect_perimeter_qa(rng: random.Random, i: int) -> tuple[str, Expected]:
    x0, y0, w, h = rng.randint(-5, 5), rng.randint(-5, 5), rng.randint(1, 12), rng.randint(1, 12)
    rect = [P(x0, y0), P(x0 + w, y0), P(x0 + w, y0 + h), P(x0, y0 + h)]
    return (f"Q: What is the perimeter of the rectangle with vertices {poly_str(rect)}?\nA:",
            real(perimeter(rect)))


@tpl("geometry", "en")
def r5_ge_quad_area_boxed(rng: random.Random, i: int) -> tuple[str, Expected]:
    k = rng.randrange(4)
    poly = rand_polygon(rng)
    while len(poly) != 4:
        poly = rand_polygon(rng)
    labels = ["P", "Q", "R", "S"]
    body = ", ".join(f"{labels[j]}{pt(poly[(j + k) % 4], 1)}" for j in range(4))
    return (f"Find the area of quadrilateral PQRS with {body}. "
            "Put your final answer within \\boxed{}.", num(shoelace(poly)))


@tpl("geometry", "zh")
def r5_ge_zh_liangyuan_xiangjiao(rng: random.Random, i: int) -> tuple[str, Expected]:
    c1, r1, c2, r2 = circle_pair(rng, ("cross", "apart")[i % 2])
    return (f"圆心为{pt(c1)}、半径为{dec(r1)}的圆和圆心为{pt(c2)}、半径为{dec(r2)}的圆相交吗？",
            yes(circle_points(c1, r1, c2, r2) >= 1))


@tpl("geometry", "zh")
def r5_ge_zh_jiaodian_geshu(rng: random.Random, i: int) -> tuple[str, Expected]:
    kind = rng.choice(["cross", "apart", "inside", "ext_tangent", "int_tangent"])
    c1, r1, c2, r2 = circle_pair(rng, kind)
    return (f"圆 {circ_eq(c1, r1)} 与圆 {circ_eq(c2, r2)} 有几个交点？",
            num(circle_points(c1, r1, c2, r2)))


@tpl("geometry", "zh")
def r5_ge_zh_dian_weizhi(rng: random.Random, i: int) -> tuple[str, Expected]:
    poly, p, rel = polygon_case(rng, ("inside", "boundary", "outside", "inside")[i])
    return (f"多边形的顶点依次是{poly_str(poly, '、')}，点{pt(p)}在多边形内部、边界上还是外部？",
            relation(rel, None))


@tpl("geometry", "zh")
def r5_ge_zh_mianji(rng: random.Random, i: int) -> tuple[str, Expected]:
    poly = rand_polygon(rng)
    return f"求顶点为{poly_str(poly, '，')}的多边形的面积", num(shoelace(poly))


@tpl("geometry", "zh")
def r5_ge_zh_zhouchang(rng: random.Random, i: int) -> tuple[str, Expected]:
    poly = rand_polygon(rng)
    return (f"依次连接{poly_str(poly, '、')}得到的多边形周长是多少？", real(perimeter(poly)))


@tpl("geometry", "zh")
def r5_ge_zh_juli(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = P(rng.randint(-9, 9), rng.randint(-9, 9)), P(rng.randint(-9, 9), rng.randint(-9, 9))
    while a == b:
        b = P(rng.randint(-9, 9), rng.randint(-9, 9))
    return (f"点A{pt(a, 1)}和点B{pt(b, 1)}之间的距离是多少", real(sum_sqrt([dist2(a, b)])))


@tpl("geometry", "zh")
def r5_ge_zh_yuan_mianji(rng: random.Random, i: int) -> tuple[str, Expected]:
    r = rng.randint(2, 25)
    return f"半径为{r}的圆的面积是多少？", real(f"{r * r}*pi")


@tpl("geometry", "zh")
def r5_ge_zh_xianduan_jiaodian(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c, d = segment_pair(rng, i % 2 == 0)
    return (f"线段{pt(a)}-{pt(b)}和线段{pt(c)}-{pt(d)}有几个交点？",
            num(1 if seg_cross(a, b, c, d) else 0))


@tpl("geometry", "zh")
def r5_ge_zh_sanjiaoxing_mianji(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        pts = [P(rng.randint(-6, 9), rng.randint(-6, 9)) for _ in range(3)]
        if orient(*pts) != 0:
            break
    return (f"三角形三个顶点分别是{poly_str(pts, '，')}，它的面积是多少？", num(shoelace(pts)))


# Negatives ---------------------------------------------------------------------------------------
# category -> lang -> [(near-miss family or None, prompt)]

A, C, N, K, G = "arithmetic", "comparison", "number_theory", "counting", "geometry"
NEGATIVES: dict[str, dict[str, list[tuple[str | None, str]]]] = {
    "date_event": {
        "en": [(A, "how many years ago did the berlin wall fall"),
               (C, "Which happened first, the moon landing or the first Super Bowl?"),
               (A, "How many days until Christmas from today?"),
               (A, "how old would Einstein be if he were still alive")],
        "zh": [(A, "距离今年春节还有多少天？"),
               (C, "唐朝和宋朝哪个朝代更长？")],
    },
    "version_number": {
        "en": [(C, "Which is newer, Python 3.10 or Python 3.9?"),
               (C, "is release 2.10 later than release 2.9?"),
               (C, "should I upgrade node from 18.9 to 18.12 or is 18.9 already the latest"),
               (C, "Which version is higher: 1.2.10 or 1.2.9?"),
               (C, "my phone says iOS 17.4, is that older than 17.10?")],
        "zh": [(C, "版本3.10和3.9哪个更新？"),
               (C, "我的软件是v2.11，比v2.9新吗")],
    },
    "identifier_number": {
        "en": [(N, "my order number is 4821377, when will it ship?"),
               (K, "is 555-0143 a real phone number I can call?"),
               (N, "Is my PIN 7391 secure enough?"),
               (A, "what's the tracking status of package 1Z999AA10123456784")],
        "zh": [(N, "我的快递单号是7731452098，现在到哪了？"),
               (K, "手机号13800138000是哪个地区的")],
    },
    "numeric_trivia": {
        "en": [(A, "How many bones are in the adult human body?"),
               (C, "what's bigger, the population of tokyo or new york"),
               (A, "how many moons does jupiter have"),
               (C, "Is Mount Everest taller than 8,800 meters?")],
        "zh": [(A, "人体有多少块骨头？"),
               (C, "珠穆朗玛峰比乞力马扎罗山高多少米？")],
    },
    "trick_commonsense": {
        "en": [(C, "Which weighs more, a kilogram of feathers or a kilogram of bricks?"),
               (A, "if i have 3 apples and eat 2 bananas, how many apples do i have left"),
               (C, "which is bigger, an elephant or 5 mice?"),
               (A, "A farmer has 17 sheep and all but 9 run away. How many are left?"),
               (K, "how many letters are in the alphabet soup i ate for lunch")],
        "zh": [(C, "一斤棉花和一斤铁哪个重？"),
               (A, "树上有10只鸟，开枪打死1只，还剩几只？")],
    },
    "world_knowledge_word_problem": {
        "en": [(A, "A train leaves Chicago at 3pm going 60 mph. When does it get to New York?"),
               (A, "how many pizzas should I order for 23 people"),
               (A, "If I save $200 a month, how long until I can afford a Tesla?"),
               (A, "How much paint do I need for a bedroom wall?")],
        "zh": [(A, "我每个月存2000块，多久能买得起北京的一套房？"),
               (A, "开车从上海到杭州要多少油钱？")],
    },
    "other_base": {
        "en": [(A, "what is 1011 + 110 in binary"),
               (A, "Convert 255 to hexadecimal."),
               (A, "What is 17 written in base 5?"),
               (A, "add 0x1F and 0x22 and give the result in hex")],
        "zh": [(A, "把二进制数101101转换成十进制"),
               (A, "十进制的100用八进制怎么表示？")],
    },
    "rounding_rule": {
        "en": [(A, "Round 1234.5678 to 3 significant figures."),
               (A, "what's 22/7 rounded to 4 decimal places"),
               (A, "Use banker's rounding to round 2.5 and 3.5 to whole numbers."),
               (A, "round 0.045 to two decimals the way excel does it")],
        "zh": [(A, "把3.14159保留三位有效数字"),
               (A, "2.675四舍五入保留两位小数是多少？")],
    },
    "symbolic_algebra": {
        "en": [(A, "simplify (x+1)^2 - x^2"),
               (A, "Expand (a + b)^3."),
               (A, "differentiate x^3 + 2x with respect to x"),
               (A, "What is the integral of sin(x) dx?")],
        "zh": [(A, "化简 (a+b)^2 - (a-b)^2"),
               (A, "求x^2+3x的导数")],
    },
    "equation_unknown": {
        "en": [(A, "solve 3x + 7 = 22"),
               (A, "if 2y - 5 = 11, what is y?"),
               (A, "Find x such that x^2 = 49 and x is negative."),
               (A, "solve for n: 5n + 3 = 4n + 10")],
        "zh": [(A, "解方程 2x+5=17"),
               (A, "已知x+y=10，x-y=2，求x和y")],
    },
    "letters_not_given": {
        "en": [(K, "how many letters are in the capital of France"),
               (K, "How many vowels are in my name?"),
               (K, "what's the first letter of the largest planet in the solar system"),
               (K, "How many letters does the longest word in English have?"),
               (K, "count the r's in the name of the fruit that is red and has seeds outside")],
        "zh": [(K, "中国首都的英文名有几个字母？"),
               (K, "我的名字有多少个字母？")],
    },
    "geometry_missing_data": {
        "en": [(G, "What's the area of a triangle with sides 3 and 4?"),
               (G, "do the two circles intersect? one has radius 5 and the other radius 3"),
               (G, "Is the point (2, 3) inside the polygon?"),
               (G, "find the perimeter of a rectangle with area 24"),
               (G, "how far is point A from point B if A is at (1, 2)")],
        "zh": [(G, "一个三角形两边长3和4，面积是多少？"),
               (G, "点(1,2)在这个多边形里面吗？")],
    },
    "creative_with_numbers": {
        "en": [(None, "write a short poem about the number 7"),
               (N, "Give me 5 fun facts about the number 42."),
               (None, "suggest a catchy name for my team of 12 people"),
               (C, "Write a story where 9.11 and 9.9 argue about which is bigger.")],
        "zh": [(None, "用数字8写一首小诗"),
               (N, "给我讲讲数字7在中国文化中的含义")],
    },
    "code_question": {
        "en": [(A, "in python why does 0.1 + 0.2 print 0.30000000000000004"),
               (C, "how do i sort a list of numbers descending in python"),
               (K, "How do I count the vowels in a string in JavaScript?"),
               (N, "write a function that checks whether a number is prime")],
        "zh": [(A, "为什么JavaScript里0.1+0.2不等于0.3？"),
               (K, "用Python怎么统计一个字符串里某个字母出现的次数")],
    },
    "unit_conversion": {
        "en": [(A, "how many centimeters are in 5 feet 3 inches"),
               (A, "Convert 72 degrees Fahrenheit to Celsius."),
               (C, "which is longer, 3 miles or 5 kilometers?"),
               (A, "how many ounces in 2.5 pounds")],
        "zh": [(A, "5英里等于多少公里？"),
               (C, "1斤和500克哪个重？")],
    },
    "currency_conversion": {
        "en": [(A, "how much is 100 usd in euros right now"),
               (A, "Convert 5000 yen to dollars."),
               (C, "is 250 GBP more than 300 USD?"),
               (A, "what's 1 bitcoin worth in dollars today")],
        "zh": [(A, "100美元能换多少人民币？"),
               (C, "1000日元和50元人民币哪个更值钱？")],
    },
    "time_zone": {
        "en": [(A, "what time is 3pm EST in Tokyo"),
               (A, "If it's 11pm in London, what time is it in Sydney?"),
               (C, "is it later in Paris or in New York right now"),
               (A, "how many hours ahead is Beijing from California")],
        "zh": [(A, "北京时间晚上8点是纽约几点？"),
               (A, "现在伦敦是几点？")],
    },
    "statistics_unspecified": {
        "en": [(A, "what's the average height of men"),
               (A, "Compute the standard deviation of my test scores."),
               (C, "Is the median income in the US higher than in Canada?"),
               (A, "what's the mean of the data?")],
        "zh": [(A, "中国人的平均身高是多少？"),
               (A, "帮我算一下这组数据的方差")],
    },
    "sports_score": {
        "en": [(A, "who won the 2018 world cup final and what was the score"),
               (A, "how many points did lebron score last night"),
               (C, "Which team scored more goals last season, Arsenal or Chelsea?"),
               (A, "What's the highest score ever in a bowling game in a pro tournament?")],
        "zh": [(A, "昨晚湖人队得了多少分？"),
               (C, "梅西和C罗谁的进球更多？")],
    },
    "recipe": {
        "en": [(A, "how many cups of flour do I need for 24 cookies"),
               (A, "how long do i boil an egg for a runny yolk"),
               (A, "What temperature should I bake a 2 kg chicken at?"),
               (A, "How many grams of pasta per person?")],
        "zh": [(A, "做一个6寸蛋糕需要几个鸡蛋？"),
               (A, "红烧肉要炖多少分钟？")],
    },
    "opinion_with_numbers": {
        "en": [(C, "Is 7 a better lucky number than 8?"),
               (C, "which is a nicer birthday, the 13th or the 21st?"),
               (C, "is 3.5 stars a good rating for a restaurant"),
               (N, "What's the most beautiful prime number?")],
        "zh": [(C, "8和4哪个数字更吉利？"),
               (N, "你最喜欢哪个质数？")],
    },
    "estimation": {
        "en": [(A, "Roughly how many grains of sand are on a beach?"),
               (A, "estimate how many piano tuners there are in chicago"),
               (K, "about how many words are in the Harry Potter books"),
               (A, "how many golf balls fit in a school bus")],
        "zh": [(A, "估算一下一个足球场能站多少人"),
               (K, "《红楼梦》大概有多少字？")],
    },
}


# Building ----------------------------------------------------------------------------------------


def _dev_count(n: int) -> int:
    k = round(n * DEV_SHARE)
    return min(max(k, 1), n - 1) if n >= 2 else 0


def _split_pool(names: list[str], *key: object) -> set[str]:
    """The names that go to dev, chosen by a seeded shuffle."""
    pool = sorted(names)
    _rng("split", *key).shuffle(pool)
    return set(pool[:_dev_count(len(pool))])


def _instances(fn: Template, seen: set[str]) -> list[tuple[str, Expected]]:
    out: list[tuple[str, Expected]] = []
    for i in range(PER_TEMPLATE):
        for attempt in range(200):
            prompt, expected = fn(_rng(fn.__name__, i, attempt), i)
            if prompt not in seen:
                seen.add(prompt)
                out.append((prompt, expected))
                break
        else:
            raise RuntimeError(f"{fn.__name__}: no new prompt for instance {i}")
    return out


def build() -> list[dict[str, Any]]:
    """All records of round 5 (dev5 and heldout5), positives first, in a stable order."""
    seen: set[str] = set()
    rows: list[dict[str, Any]] = []
    for family in FAMILIES:
        for lang in LANGS:
            fns = TEMPLATES[(family, lang)]
            dev = _split_pool([f.__name__ for f in fns], family, lang)
            for fn in fns:
                split = SPLIT_DEV if fn.__name__ in dev else SPLIT_HELDOUT
                for prompt, expected in _instances(fn, seen):
                    rows.append({"split": split, "kind": "positive", "family": family,
                                 "lang": lang, "template": fn.__name__, "prompt": prompt,
                                 "expected": expected})
    for category, by_lang in NEGATIVES.items():
        for lang in LANGS:
            items = by_lang.get(lang, [])
            names = [f"{category}_{lang}_{k}" for k in range(len(items))]
            dev = _split_pool(names, "neg", category, lang)
            for name, (family, prompt) in zip(names, items, strict=True):
                if prompt in seen:
                    raise RuntimeError(f"duplicate prompt {prompt!r}")
                seen.add(prompt)
                rows.append({"split": SPLIT_DEV if name in dev else SPLIT_HELDOUT,
                             "kind": "negative", "family": family, "lang": lang,
                             "template": f"neg_{name}", "prompt": prompt, "expected": None,
                             "category": category})
    records = []
    counters = Counter[str]()
    for row in rows:
        counters[row["split"]] += 1
        records.append({"id": f"r5-{row['split']}-{counters[row['split']]:04d}", **row})
    return records


# Self-check --------------------------------------------------------------------------------------


def _load_compare() -> Any:
    spec = importlib.util.spec_from_file_location("routing_compare_r5", HERE / "compare.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def canonical(expected: Expected) -> str:
    t, ans = expected["type"], expected["answer"]
    if t == "list":
        return ", ".join(ans)
    if t == "factorization":
        return " × ".join(f"{p}^{e}" for p, e in ans)
    return str(ans)


def wrong(expected: Expected) -> str:
    t, ans = expected["type"], expected["answer"]
    if t in ("number", "choice"):
        return fs(Fraction(ans) + 1)
    if t == "real":
        return f"({ans}) + 1"
    if t == "bool":
        return "no" if ans == "yes" else "yes"
    if t in ("text", "word_choice"):
        return ans + "x"
    if t == "relation":
        return "outside" if ans != "outside" else "inside"
    if t == "factorization":
        return " × ".join(f"{p}^{e + (k == 0)}" for k, (p, e) in enumerate(ans))
    if t == "list":
        extra = "999999" if expected["elem"] == "number" else "zzzz"
        if expected["ordered"] and len(ans) > 1:
            return ", ".join(reversed(ans)) if ans != ans[::-1] else ", ".join([*ans, extra])
        return ", ".join([*ans, extra])
    raise ValueError(t)


KEYS = ["id", "split", "kind", "family", "lang", "template", "prompt", "expected"]


def self_check(records: list[dict[str, Any]]) -> None:
    compare = _load_compare()
    ids = [r["id"] for r in records]
    prompts = [r["prompt"] for r in records]
    assert len(set(ids)) == len(ids), "duplicate ids"
    assert len(set(prompts)) == len(prompts), "duplicate prompts"
    splits_of: dict[str, set[str]] = {}
    for r in records:
        want = KEYS + (["category"] if r["kind"] == "negative" else [])
        assert list(r) == want, (r["id"], list(r))
        splits_of.setdefault(r["template"], set()).add(r["split"])
        if r["kind"] == "positive":
            exp = r["expected"]
            assert compare.matches(exp, canonical(exp)), (r["id"], exp)
            assert not compare.matches(exp, wrong(exp)), (r["id"], exp, wrong(exp))
    assert all(len(s) == 1 for s in splits_of.values()), "a template in both splits"
    counts = Counter((r["split"], r["family"] or "-", r["lang"], r["kind"]) for r in records)
    for key in sorted(counts):
        print(" ".join(f"{k:<14}" for k in key), counts[key])
    by_split = Counter((r["split"], r["kind"]) for r in records)
    print("totals:", dict(sorted(by_split.items())))
    tpl_counts = {key: len(fns) for key, fns in TEMPLATES.items()}
    print("templates per (family, lang):", tpl_counts)
    print("negative categories:", len(NEGATIVES))


def main() -> None:
    records = build()
    for split in (SPLIT_DEV, SPLIT_HELDOUT):
        path = HERE / f"corpus_{split}.jsonl"
        with path.open("w", encoding="utf-8", newline="\n") as f:
            for r in records:
                if r["split"] == split:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("wrote", path)
    self_check(records)


if __name__ == "__main__":
    main()
