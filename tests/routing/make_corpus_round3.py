"""Generate the round-3 blind routing corpus: ``corpus_dev3.jsonl`` and ``corpus_heldout3.jsonl``.

Usage::

    .venv/bin/python tests/routing/make_corpus_round3.py

Written without looking at the solvers, their rules or the earlier corpora, to measure tool
coverage on phrasings the solvers have never seen. The output is a pure function of ``SEED``:
running the script again rewrites byte-identical files. Every expected answer is computed here
by an independent oracle (Python ints, ``fractions.Fraction``, trial division, direct counting,
exact analytic geometry on Fractions); guardrail is never imported.

Positives come from *templates* (one function per phrasing, registered per family and
language; template names start with ``r3_``). Each template yields ``PER_TEMPLATE`` instances.
The templates of each (family, language) are split with a seeded shuffle into two disjoint
pools: about 40% "dev3" and 60% "heldout3". Negatives (questions no deterministic tool can
answer completely and correctly) are split the same way within each (category, language); a
negative's ``family`` is the tool family it is a near miss of, or null.

Record schema (one JSON object per line)::

    {"id", "split", "kind": "positive"|"negative", "family", "lang", "template", "prompt",
     "expected"}            # positives: an object understood by compare.matches
    negatives additionally carry "category"; their "expected" is null.

At the end the script checks that every ``expected`` accepts its own canonical answer (and
rejects a deliberately wrong one) through ``tests/routing/compare.py``'s ``matches``.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import random
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from fractions import Fraction
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
SEED = 918_273_645
PER_TEMPLATE = 4  # instances generated per positive template
DEV_SHARE = 0.4
DEV_SPLIT, HELDOUT_SPLIT = "dev3", "heldout3"
PREFIX = "r3_"

Expected = dict[str, Any]
Maker = Callable[[random.Random, int], tuple[str, Expected]]
Point = tuple[Fraction, Fraction]

FAMILIES = ("arithmetic", "comparison", "number_theory", "counting", "geometry")
LANGS = ("en", "zh")

REGISTRY: dict[tuple[str, str], dict[str, Maker]] = {}


def template(family: str, lang: str) -> Callable[[Maker], Maker]:
    """Register a positive template (its function name is the template name)."""
    if family not in FAMILIES or lang not in LANGS:
        raise ValueError(f"bad family/lang {family}/{lang}")

    def deco(fn: Maker) -> Maker:
        name = fn.__name__
        if not name.startswith(PREFIX):
            raise ValueError(f"template {name} must start with {PREFIX}")
        pool = REGISTRY.setdefault((family, lang), {})
        if name in pool:
            raise ValueError(f"duplicate template {name}")
        pool[name] = fn
        return fn

    return deco


def seeded(*parts: object) -> random.Random:
    digest = hashlib.sha256(":".join(str(p) for p in (SEED, *parts)).encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


# Formatting and expected-answer helpers ------------------------------------------------------


def frac_str(q: Fraction | int) -> str:
    q = Fraction(q)
    return str(q.numerator) if q.denominator == 1 else f"{q.numerator}/{q.denominator}"


def fmt_scaled(n: int, places: int) -> str:
    """The decimal n / 10**places written with exactly ``places`` digits after the point."""
    sign = "-" if n < 0 else ""
    a = abs(n)
    if places == 0:
        return f"{sign}{a}"
    return f"{sign}{a // 10**places}.{a % 10**places:0{places}d}"


def dec_str(q: Fraction | int) -> str:
    """A terminating rational as a plain decimal ("2.5", "-0.75"), otherwise "a/b"."""
    q = Fraction(q)
    for k in range(12):
        scaled = q * 10**k
        if scaled.denominator == 1:
            return fmt_scaled(int(scaled), k)
    return frac_str(q)


def rand_dec(rng: random.Random, lo: int, hi: int, places: int) -> tuple[str, Fraction]:
    """A random decimal in [lo, hi] with exactly ``places`` digits, the last one non-zero."""
    while True:
        n = rng.randint(lo * 10**places, hi * 10**places)
        if places == 0 or n % 10:
            return fmt_scaled(n, places), Fraction(n, 10**places)


def ordinal(k: int) -> str:
    suffix = "th" if 10 <= k % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(k % 10, "th")
    return f"{k}{suffix}"


def want_yes(idx: int) -> bool:
    """Balanced yes/no targets: instances 0 and 2 expect yes, 1 and 3 no."""
    return idx % 2 == 0


def e_num(q: Fraction | int) -> Expected:
    return {"type": "number", "answer": frac_str(q)}


def e_real(expr: str) -> Expected:
    return {"type": "real", "answer": expr}


def e_bool(b: bool) -> Expected:
    return {"type": "bool", "answer": "yes" if b else "no"}


def e_choice(s: str) -> Expected:
    return {"type": "choice", "answer": s}


def e_text(s: str) -> Expected:
    return {"type": "text", "answer": s}


def e_word_choice(s: str) -> Expected:
    return {"type": "word_choice", "answer": s}


def e_num_list(items: Sequence[str], ordered: bool, order: str | None = None) -> Expected:
    e: Expected = {"type": "list", "elem": "number", "ordered": ordered, "answer": list(items)}
    if order is not None:
        e["order"] = order
    return e


def e_text_list(items: Sequence[str]) -> Expected:
    return {"type": "list", "elem": "text", "ordered": True, "answer": list(items)}


def e_relation(answer: str, yes_if: str | None = None) -> Expected:
    e: Expected = {"type": "relation", "answer": answer}
    if yes_if is not None:
        e["yes_if"] = yes_if
    return e


def e_factorization(n: int) -> Expected:
    return {"type": "factorization", "n": n,
            "answer": [[p, e] for p, e in sorted(factorize(n).items())]}


# Number-theory oracles -----------------------------------------------------------------------


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def factorize(n: int) -> dict[int, int]:
    out: dict[int, int] = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            out[d] = out.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        out[n] = out.get(n, 0) + 1
    return out


def gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return abs(a)


def lcm(a: int, b: int) -> int:
    return a // gcd(a, b) * b


def primes_between(lo: int, hi: int) -> list[int]:
    return [n for n in range(lo, hi + 1) if is_prime(n)]


def is_happy(n: int) -> bool:
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(c) ** 2 for c in str(n))
    return n == 1


def nth_prime(k: int) -> int:
    count, n = 0, 1
    while count < k:
        n += 1
        if is_prime(n):
            count += 1
    return n


def rand_prime(rng: random.Random, lo: int, hi: int) -> int:
    while True:
        n = rng.randint(lo, hi)
        if is_prime(n):
            return n


def rand_composite(rng: random.Random, lo: int, hi: int) -> int:
    while True:
        n = rng.randint(lo, hi)
        if not is_prime(n):
            return n


def rand_factorable(rng: random.Random) -> int:
    """A number below 10**7 with a few small prime factors, some repeated."""
    while True:
        n = 1
        for p in rng.sample([2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37], rng.randint(2, 4)):
            n *= p ** rng.choice([1, 1, 2, 3])
        if 100 < n < 10**7:
            return n


# Geometry oracles (exact) ---------------------------------------------------------------------


def cross(o: Point, a: Point, b: Point) -> Fraction:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def sign(x: Fraction | int) -> int:
    return (x > 0) - (x < 0)


def on_segment(p: Point, a: Point, b: Point) -> bool:
    return (cross(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
            and min(a[1], b[1]) <= p[1] <= max(a[1], b[1]))


def locate(p: Point, poly: Sequence[Point]) -> str:
    """inside / boundary / outside of a simple polygon, by exact crossing number."""
    n = len(poly)
    for i in range(n):
        if on_segment(p, poly[i], poly[(i + 1) % n]):
            return "boundary"
    inside = False
    for i in range(n):
        a, b = poly[i], poly[i - 1]
        if (a[1] > p[1]) != (b[1] > p[1]):
            x_at = a[0] + (p[1] - a[1]) * (b[0] - a[0]) / (b[1] - a[1])
            if p[0] < x_at:
                inside = not inside
    return "inside" if inside else "outside"


def shoelace(poly: Sequence[Point]) -> Fraction:
    s = Fraction(0)
    for i in range(len(poly)):
        x1, y1 = poly[i]
        x2, y2 = poly[(i + 1) % len(poly)]
        s += x1 * y2 - x2 * y1
    return abs(s) / 2


def segments_meet(p1: Point, p2: Point, p3: Point, p4: Point) -> bool:
    d1, d2 = sign(cross(p3, p4, p1)), sign(cross(p3, p4, p2))
    d3, d4 = sign(cross(p1, p2, p3)), sign(cross(p1, p2, p4))
    if d1 * d2 < 0 and d3 * d4 < 0:
        return True
    return ((d1 == 0 and on_segment(p1, p3, p4)) or (d2 == 0 and on_segment(p2, p3, p4))
            or (d3 == 0 and on_segment(p3, p1, p2)) or (d4 == 0 and on_segment(p4, p1, p2)))


def sign_plus_sqrt(p: Fraction, q: Fraction, d: Fraction) -> int:
    """The sign of p + q*sqrt(d), d >= 0, exactly."""
    sp, sq = sign(p), (sign(q) if d > 0 else 0)
    if sq == 0:
        return sp
    if sp in (0, sq):
        return sq
    diff = p * p - q * q * d
    return sp if diff > 0 else sq if diff < 0 else 0


def segment_circle_points(a: Point, b: Point, c: Point, r: int) -> int:
    dx, dy = b[0] - a[0], b[1] - a[1]
    fx, fy = a[0] - c[0], a[1] - c[1]
    qa = dx * dx + dy * dy
    qb = 2 * (dx * fx + dy * fy)
    qc = fx * fx + fy * fy - r * r
    disc = qb * qb - 4 * qa * qc
    if disc < 0:
        return 0
    roots = [1] if disc == 0 else [1, -1]
    count = 0
    for s in roots:
        # t = (-qb + s*sqrt(disc)) / (2 qa) with qa > 0; need 0 <= t <= 1
        ge0 = sign_plus_sqrt(-qb, Fraction(s), disc) >= 0
        le1 = sign_plus_sqrt(2 * qa + qb, Fraction(-s), disc) >= 0
        count += ge0 and le1
    return count


def sqrt_simplify(n: int) -> tuple[int, int]:
    """sqrt(n) = k*sqrt(m) with m square-free."""
    k, m, i = 1, n, 2
    while i * i <= m:
        while m % (i * i) == 0:
            m //= i * i
            k *= i
        i += 1
    return k, m


def sqrt_expr(n: int) -> str:
    k, m = sqrt_simplify(n)
    if m == 1:
        return str(k)
    return f"sqrt({m})" if k == 1 else f"{k}*sqrt({m})"


def sum_of_sqrts(values: Sequence[int]) -> str:
    terms: dict[int, int] = {}
    for v in values:
        k, m = sqrt_simplify(v)
        terms[m] = terms.get(m, 0) + k
    parts = []
    for m in sorted(terms):
        k = terms[m]
        parts.append(str(k) if m == 1 else (f"sqrt({m})" if k == 1 else f"{k}*sqrt({m})"))
    return " + ".join(parts)


def pt(x: int | Fraction, y: int | Fraction) -> Point:
    return Fraction(x), Fraction(y)


def pstr(p: Point) -> str:
    return f"({dec_str(p[0])}, {dec_str(p[1])})"


def pstr_tight(p: Point) -> str:
    return f"({dec_str(p[0])},{dec_str(p[1])})"


def circle_eq(cx: int, cy: int, r: int) -> str:
    def part(var: str, c: int) -> str:
        if c == 0:
            return f"{var}^2"
        return f"({var} - {c})^2" if c > 0 else f"({var} + {-c})^2"

    return f"{part('x', cx)} + {part('y', cy)} = {r * r}"


def circle_points(c1: tuple[int, int, int], c2: tuple[int, int, int]) -> int:
    """Common points of two distinct circles (x, y, r)."""
    d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
    s2, f2 = (c1[2] + c2[2]) ** 2, (c1[2] - c2[2]) ** 2
    if d2 > s2 or d2 < f2:
        return 0
    if d2 in (s2, f2):
        return 1
    return 2


def crossing_or_apart(rng: random.Random,
                      want_cross: bool) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """Two circles that either cross in two points or are strictly apart (never tangent,
    never one inside the other)."""
    while True:
        c1 = (rng.randint(-6, 6), rng.randint(-6, 6), rng.randint(1, 7))
        c2 = (rng.randint(-9, 9), rng.randint(-9, 9), rng.randint(1, 7))
        d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
        s2, f2 = (c1[2] + c2[2]) ** 2, (c1[2] - c2[2]) ** 2
        if d2 <= f2 or d2 == s2:
            continue
        if (d2 < s2) == want_cross:
            return c1, c2


def convex_hull(points: Sequence[Point]) -> list[Point]:
    pts = sorted(set(points))
    if len(pts) < 3:
        return list(pts)
    lower: list[Point] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[Point] = []
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def rand_polygon(rng: random.Random) -> list[Point]:
    """A simple lattice polygon (counter-clockwise): rectangle, L-shape, or convex hull."""
    kind = rng.choice(["rect", "L", "hull", "hull"])
    ox, oy = rng.randint(-5, 5), rng.randint(-5, 5)
    if kind == "rect":
        w, h = rng.randint(2, 9), rng.randint(2, 9)
        shape = [(0, 0), (w, 0), (w, h), (0, h)]
    elif kind == "L":
        w, h = rng.randint(4, 9), rng.randint(4, 9)
        a, b = rng.randint(1, w - 2), rng.randint(1, h - 2)
        shape = [(0, 0), (w, 0), (w, b), (a, b), (a, h), (0, h)]
    else:
        while True:
            cloud = [pt(rng.randint(0, 9), rng.randint(0, 9)) for _ in range(7)]
            hull = convex_hull(cloud)
            if 4 <= len(hull) <= 6:
                return [pt(x + ox, y + oy) for x, y in hull]
    return [pt(x + ox, y + oy) for x, y in shape]


RELATION_TARGETS = ("inside", "outside", "boundary", "inside")


def query_point(rng: random.Random, poly: Sequence[Point], target: str) -> Point:
    """A point (coordinates integers or halves) whose location relative to ``poly`` is
    ``target``."""
    while True:
        p = rand_query_point(rng, poly, target == "boundary")
        if locate(p, poly) == target:
            return p


def rand_query_point(rng: random.Random, poly: Sequence[Point], boundary: bool) -> Point:
    """A point on an edge when ``boundary``, otherwise a point near the polygon."""
    if boundary:
        i = rng.randrange(len(poly))
        a, b = poly[i], poly[(i + 1) % len(poly)]
        t = Fraction(rng.randint(1, 3), 4)
        p = (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))
        if p[0].denominator <= 2 and p[1].denominator <= 2:
            return p
        return a[0] + (b[0] - a[0]) / 2, a[1] + (b[1] - a[1]) / 2
    xs, ys = [p[0] for p in poly], [p[1] for p in poly]
    x = Fraction(rng.randint(int(min(xs)) * 2 - 2, int(max(xs)) * 2 + 2), 2)
    y = Fraction(rng.randint(int(min(ys)) * 2 - 2, int(max(ys)) * 2 + 2), 2)
    return x, y


def rand_triangle(rng: random.Random, span: int = 9) -> list[Point]:
    while True:
        tri = [pt(rng.randint(-span, span), rng.randint(-span, span)) for _ in range(3)]
        if abs(cross(*tri)) > 1:  # area above 1/2: interior half-grid points exist (Pick)
            return tri


# Word material ---------------------------------------------------------------------------------

WORDS = ["strawberry", "mississippi", "banana", "encyclopedia", "bookkeeper", "committee",
         "occurrence", "parallel", "necessary", "accommodate", "raspberry", "possession",
         "assessment", "kaleidoscope", "onomatopoeia", "rhinoceros", "pineapple", "hippopotamus",
         "independent", "entrepreneur", "successful", "tomorrow", "embarrass", "characteristic",
         "millennium", "coffee", "balloon", "referee", "chocolate", "algorithm", "quarantine",
         "vacuum", "giraffe", "elephant", "abracadabra", "peppermint", "broccoli", "spaghetti",
         "lollipop", "tennessee", "butterfly", "watermelon", "restaurant", "mathematics"]
NO_Y_WORDS = [w for w in WORDS if "y" not in w]
SHORT_WORDS = ["apple", "mango", "kiwi", "grape", "lemon", "cherry", "peach", "plum", "melon",
               "orange", "banana", "apricot", "fig", "papaya", "lime", "guava", "date", "pear",
               "river", "mountain", "cloud", "forest", "desert", "island", "valley", "ocean"]
SENTENCES = [
    "The quick brown fox jumps over the lazy dog",
    "My grandmother bakes bread every Sunday morning",
    "We missed the last train and walked home in the rain",
    "Please remember to water the plants while I am away",
    "A small bird sang outside my window at dawn",
    "The meeting was moved to Thursday afternoon",
    "She reads two chapters before going to sleep",
    "Our team finally won the regional chess tournament this year",
    "Coffee tastes better when you share it with a friend",
    "He forgot his umbrella again",
    "Every student must hand in the essay by Friday",
    "The old lighthouse still guides ships through the narrow strait at night",
]
ANAGRAM_PAIRS = [("listen", "silent"), ("evil", "vile"), ("dusty", "study"), ("night", "thing"),
                 ("angel", "glean"), ("state", "taste"), ("cider", "cried"), ("below", "elbow"),
                 ("inch", "chin"), ("save", "vase"), ("heart", "earth"), ("stressed", "desserts"),
                 ("state", "stats"), ("night", "thigh"), ("heart", "hearth"), ("cider", "rider"),
                 ("listen", "listen"), ("angle", "angel"), ("below", "blown"), ("loop", "pool"),
                 ("stop", "spot"), ("team", "meet"), ("dormitory", "dirtyroom"), ("apple", "papel")]
PALINDROME_CANDIDATES = ["racecar", "level", "rotor", "civic", "kayak", "refer", "madam", "noon",
                         "reviver", "deified", "tenet", "rocket", "lever", "robot", "civil",
                         "kayaks", "reader", "madman", "moon", "start", "revival", "tenets",
                         "redder", "radar", "random", "salad"]


# Arithmetic ------------------------------------------------------------------------------------


@template("arithmetic", "en")
def r3_unicode_mixed(rng: random.Random, idx: int) -> tuple[str, Expected]:
    a, b, c, d = rng.randint(11, 99), rng.randint(3, 40), rng.randint(10, 200), rng.randint(2, 9)
    return f"{a} × {b} − {c} ÷ {d} = ?", e_num(a * b - Fraction(c, d))


@template("arithmetic", "en")
def r3_squared_words(rng: random.Random, idx: int) -> tuple[str, Expected]:
    a, b = rng.randint(11, 60), rng.randint(11, 60)
    return f"What's {a} squared plus {b} squared?", e_num(a * a + b * b)


@template("arithmetic", "en")
def r3_power_of_chatty(rng: random.Random, idx: int) -> tuple[str, Expected]:
    a, b = rng.randint(2, 15), rng.randint(3, 9)
    return f"Hey, quick question: what is {a} to the power of {b}?", e_num(a**b)


@template("arithmetic", "en")
def r3_sqrt_perfect_formal(rng: random.Random, idx: int) -> tuple[str, Expected]:
    n = rng.randint(32, 300)
    return f"Please compute the square root of {n * n:,}.", e_num(n)


@template("arithmetic", "en")
def r3_sqrt_simplify(rng: random.Random, idx: int) -> tuple[str, Expected]:
    while True:
        k, m = rng.randint(2, 12), rng.choice([2, 3, 5, 6, 7, 10, 11, 13, 15])
        if k * k * m < 1000:
            break
    return (f"Simplify the square root of {k * k * m} exactly (simplest radical form).",
            e_real(f"{k}*sqrt({m})"))


@template("arithmetic", "en")
def r3_factorial_lower(rng: random.Random, idx: int) -> tuple[str, Expected]:
    n = rng.randint(8, 20)
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f"what's {n} factorial", e_num(f)


@template("arithmetic", "en")
def r3_mod_calculate(rng: random.Random, idx: int) -> tuple[str, Expected]:
    a, b = rng.randint(1000, 99999), rng.randint(7, 97)
    return f"Calculate {a} mod {b}.", e_num(a % b)


@template("arithmetic", "en")
def r3_percent_of_amount(rng: random.Random, idx: int) -> tuple[str, Expected]:
    p = rng.choice(["17.5", "12.5", "3.75", "45", "8", "62.5", "0.5", "115", "33"])
    x = rng.randint(200, 50000)
    return f"What is {p}% of {x:,}?", e_num(Fraction(p) / 100 * x)


@template("arithmetic", "en")
def r3_sum_list_total_only(rng: random.Random, idx: int) -> tuple[str, Expected]:
    xs = [rng.randint(1, 999) for _ in range(rng.randint(5, 8))]
    return (f"Add up these numbers and give only the total: {', '.join(map(str, xs))}",
            e_num(sum(xs)))


@template("arithmetic", "en")
def r3_multiply_together(rng: random.Random, idx: int) -> tuple[str, Expected]:
    xs = [rng.randint(2, 60) for _ in range(4)]
    p = xs[0] * xs[1] * xs[2] * xs[3]
    return f"Multiply together {xs[0]}, {xs[1]}, {xs[2]} and {xs[3]}.", e_num(p)


@template("arithmetic", "en")
def r3_parens_homework(rng: random.Random, idx: int) -> tuple[str, Expected]:
    a, b, c, d, e = (rng.randint(10, 90), rng.randint(1, 60), rng.randint(2, 30),
                     rng.randint(1, 30), rng.randint(2, 12))
    return (f"Evaluate ({a} − {b}) × ({c} + {d}) ÷ {e}. Show only the final answer.",
            e_num(Fraction((a - b) * (c + d), e)))


@template("arithmetic", "en")
def r3_decimals_no_rounding(rng: random.Random, idx: int) -> tuple[str, Expected]:
    xs, xq = rand_dec(rng, 1, 40, 2)
    ys, yq = rand_dec(rng, 1, 20, rng.choice([1, 2]))
    return f"What is {xs} × {ys} exactly? No rounding please.", e_num(xq * yq)


@template("arithmetic", "en")
def r3_thousands_add_sub(rng: random.Random, idx: int) -> tuple[str, Expected]:
    a, b, c = rng.randint(100000, 9999999), rng.randint(1000, 999999), rng.randint(1000, 999999)
    return f"What's {a:,} + {b:,} - {c:,}?", e_num(a + b - c)


@template("arithmetic", "en")
def r3_divided_by_fraction(rng: random.Random, idx: int) -> tuple[str, Expected]:
    while True:
        a, b = rng.randint(20, 500), rng.randint(3, 40)
        if a % b:
            break
    return (f"What is {a} divided by {b}? Give the answer as a fraction in lowest terms.",
            e_num(Fraction(a, b)))


@template("arithmetic", "en")
def r3_caret_difference(rng: random.Random, idx: int) -> tuple[str, Expected]:
    a, b, c, d = rng.randint(2, 9), rng.randint(4, 12), rng.randint(2, 9), rng.randint(2, 6)
    return f"{a}^{b} - {c}^{d} = ?", e_num(a**b - c**d)


@template("arithmetic", "en")
def r3_times_minus_words(rng: random.Random, idx: int) -> tuple[str, Expected]:
    a, b, c = rng.randint(12, 99), rng.randint(12, 99), rng.randint(100, 999)
    return f"Work out {a} times {b} minus {c} for me, thanks!", e_num(a * b - c)


@template("arithmetic", "zh")
def r3_zh_add_sub(rng: random.Random, idx: int) -> tuple[str, Expected]:
    a, b, c = rng.randint(100, 9999), rng.randint(100, 9999), rng.randint(100, 9999)
    return f"{a}加{b}减{c}等于多少？", e_num(a + b - c)


@template("arithmetic", "zh")
def r3_zh_mul_then_div(rng: random.Random, idx: int) -> tuple[str, Expected]:
    a, b, c = rng.randint(12, 99), rng.randint(3, 60), rng.randint(4, 25)
    return f"{a}乘以{b}再除以{c}等于多少？", e_num(Fraction(a * b, c))


@template("arithmetic", "zh")
def r3_zh_power(rng: random.Random, idx: int) -> tuple[str, Expected]:
    a, b = rng.randint(2, 13), rng.randint(3, 8)
    return f"{a}的{b}次方是多少？", e_num(a**b)


@template("arithmetic", "zh")
def r3_zh_sqrt_radical(rng: random.Random, idx: int) -> tuple[str, Expected]:
    n = rng.randint(13, 99)
    return f"根号{n * n}等于多少？", e_num(n)


@template("arithmetic", "zh")
def r3_zh_percent(rng: random.Random, idx: int) -> tuple[str, Expected]:
    p = rng.choice(["15", "7.5", "22", "40", "2.5", "125"])
    x = rng.randint(120, 9000)
    return f"{x}的{p}%是多少？", e_num(Fraction(p) / 100 * x)


@template("arithmetic", "zh")
def r3_zh_decimal_product(rng: random.Random, idx: int) -> tuple[str, Expected]:
    xs, xq = rand_dec(rng, 1, 30, 2)
    ys, yq = rand_dec(rng, 1, 9, 1)
    return f"计算：{xs}×{ys}（请给出精确结果）", e_num(xq * yq)


# Comparison ------------------------------------------------------------------------------------


def two_distinct_decimals(rng: random.Random, lo: int, hi: int) -> tuple[str, Fraction,
                                                                            str, Fraction]:
    while True:
        a, aq = rand_dec(rng, lo, hi, rng.randint(1, 3))
        b, bq = rand_dec(rng, lo, hi, rng.randint(1, 3))
        if aq != bq:
            return a, aq, b, bq


def mixed_numbers(rng: random.Random, count: int) -> list[tuple[str, Fraction]]:
    """Distinct numbers written as ints, decimals (some negative) and the odd fraction."""
    out: list[tuple[str, Fraction]] = []
    while len(out) < count:
        kind = rng.random()
        if kind < 0.3:
            n = rng.randint(-20, 40)
            s, q = str(n), Fraction(n)
        elif kind < 0.85:
            s, q = rand_dec(rng, -15, 25, rng.randint(1, 3))
        else:
            den = rng.randint(2, 9)
            num = rng.randint(1, 4 * den)
            q = Fraction(num, den)
            if q.denominator == 1:
                continue
            s = f"{num}/{den}"
        if all(q != other for _, other in out):
            out.append((s, q))
    return out


@template("comparison", "en")
def r3_bigger_decimal_trap(rng: random.Random, idx: int) -> tuple[str, Expected]:
    k = rng.randint(1, 20)
    long_ = f"{k}.{rng.randint(10, 89)}"
    short = f"{k}.{rng.randint(1, 9)}"
    if Fraction(long_) == Fraction(short):
        short = f"{k}.9"
    a, b = (long_, short) if rng.random() < 0.5 else (short, long_)
    win = a if Fraction(a) > Fraction(b) else b
    return f"Which is bigger: {a} or {b}?", e_choice(win)


@template("comparison", "en")
def r3_is_greater_negatives(rng: random.Random, idx: int) -> tuple[str, Expected]:
    while True:
        a, aq, b, bq = two_distinct_decimals(rng, -30, -1)
        if (aq > bq) == want_yes(idx):
            return f"Is {a} greater than {b}?", e_bool(aq > bq)


@template("comparison", "en")
def r3_fraction_less_than_decimal(rng: random.Random, idx: int) -> tuple[str, Expected]:
    while True:
        den = rng.randint(3, 16)
        num = rng.randint(1, den - 1)
        ds, dq = rand_dec(rng, 0, 1, rng.randint(1, 3))
        if Fraction(num, den) != dq and 0 < dq < 1 and (Fraction(num, den) < dq) == want_yes(idx):
            break
    return f"Is {num}/{den} less than {ds}?", e_bool(Fraction(num, den) < dq)


@template("comparison", "en")
def r3_sort_small_to_large(rng: random.Random, idx: int) -> tuple[str, Expected]:
    items = mixed_numbers(rng, rng.randint(4, 7))
    ordered = [s for s, _ in sorted(items, key=lambda it: it[1])]
    return (f"Sort these from smallest to largest: {', '.join(s for s, _ in items)}",
            e_num_list(ordered, True, "asc"))


@template("comparison", "en")
def r3_descending_formal(rng: random.Random, idx: int) -> tuple[str, Expected]:
    items = mixed_numbers(rng, rng.randint(4, 6))
    ordered = [s for s, _ in sorted(items, key=lambda it: it[1], reverse=True)]
    return (f"Arrange the following numbers in descending order: "
            f"{', '.join(s for s, _ in items)}.", e_num_list(ordered, True, "desc"))


@template("comparison", "en")
def r3_largest_in_list(rng: random.Random, idx: int) -> tuple[str, Expected]:
    items = mixed_numbers(rng, rng.randint(4, 7))
    best = max(items, key=lambda it: it[1])[0]
    return (f"What's the largest number in this list: {', '.join(s for s, _ in items)}?",
            e_choice(best))


@template("comparison", "en")
def r3_smallest_just_number(rng: random.Random, idx: int) -> tuple[str, Expected]:
    items = mixed_numbers(rng, rng.randint(3, 6))
    best = min(items, key=lambda it: it[1])[0]
    return (f"Out of {', '.join(s for s, _ in items)}, which one is the smallest? "
            f"Just tell me the number.", e_choice(best))


@template("comparison", "en")
def r3_which_smaller_negative(rng: random.Random, idx: int) -> tuple[str, Expected]:
    a, aq, b, bq = two_distinct_decimals(rng, -50, 5)
    return f"Which number is smaller, {a} or {b}?", e_choice(a if aq < bq else b)


@template("comparison", "en")
def r3_fraction_vs_fraction(rng: random.Random, idx: int) -> tuple[str, Expected]:
    while True:
        q1, q2 = rng.randint(3, 15), rng.randint(3, 15)
        p1, p2 = rng.randint(1, q1 - 1), rng.randint(1, q2 - 1)
        f1, f2 = Fraction(p1, q1), Fraction(p2, q2)
        if f1 != f2 and (p1, q1) != (p2, q2):
            break
    a, b = f"{p1}/{q1}", f"{p2}/{q2}"
    return f"Which is larger, {a} or {b}?", e_choice(a if f1 > f2 else b)


@template("comparison", "en")
def r3_kid_preamble(rng: random.Random, idx: int) -> tuple[str, Expected]:
    whole = rng.randint(0, 9)
    short = f"{whole}.{rng.randint(5, 9)}"
    long_ = f"{whole}.{rng.randint(10, 49)}"
    a, b = (short, long_) if rng.random() < 0.5 else (long_, short)
    return (f"My son insists {long_} is bigger than {short} because it has more digits. "
            f"Which one is actually bigger, {a} or {b}?", e_choice(short))


@template("comparison", "en")
def r3_thousands_greater(rng: random.Random, idx: int) -> tuple[str, Expected]:
    a = rng.randint(1_000_000, 9_999_999)
    digits = list(str(a))
    i, j = rng.sample(range(1, 7), 2)
    digits[i], digits[j] = digits[j], digits[i]
    b = int("".join(digits))
    if a == b:
        b = a + rng.randint(1, 999) * 1000
    x, y = (a, b) if rng.random() < 0.5 else (b, a)
    return f"Which is greater: {x:,} or {y:,}?", e_choice(f"{max(x, y):,}")


@template("comparison", "en")
def r3_reply_number_only(rng: random.Random, idx: int) -> tuple[str, Expected]:
    base = rng.randint(1, 9)
    a = f"{base}.{rng.randint(10000, 99999)}"
    b = a[: len(a) - rng.randint(1, 3)]
    b = fmt_scaled(int(b.replace(".", "")) + 1, len(b.split(".")[1]))
    x, y = (a, b) if rng.random() < 0.5 else (b, a)
    win = x if Fraction(x) > Fraction(y) else y
    return f"Which of {x} and {y} is larger? Reply with just the number.", e_choice(win)


@template("comparison", "en")
def r3_symbol_less_terse(rng: random.Random, idx: int) -> tuple[str, Expected]:
    while True:
        a, aq, b, bq = two_distinct_decimals(rng, -3, 3)
        if (aq < bq) == want_yes(idx):
            return f"is {a} < {b}", e_bool(aq < bq)


@template("comparison", "zh")
def r3_zh_which_bigger(rng: random.Random, idx: int) -> tuple[str, Expected]:
    a, aq, b, bq = two_distinct_decimals(rng, 0, 20)
    return f"{a}和{b}哪个大？", e_choice(a if aq > bq else b)


@template("comparison", "zh")
def r3_zh_bigger_yes_no(rng: random.Random, idx: int) -> tuple[str, Expected]:
    while True:
        a, aq, b, bq = two_distinct_decimals(rng, -10, 10)
        if (aq > bq) == want_yes(idx):
            return f"{a}比{b}大吗？", e_bool(aq > bq)


@template("comparison", "zh")
def r3_zh_sort_ascending(rng: random.Random, idx: int) -> tuple[str, Expected]:
    items = mixed_numbers(rng, rng.randint(4, 6))
    ordered = [s for s, _ in sorted(items, key=lambda it: it[1])]
    return (f"把这些数从小到大排列：{'、'.join(s for s, _ in items)}",
            e_num_list(ordered, True, "asc"))


@template("comparison", "zh")
def r3_zh_smallest(rng: random.Random, idx: int) -> tuple[str, Expected]:
    items = mixed_numbers(rng, rng.randint(3, 6))
    best = min(items, key=lambda it: it[1])[0]
    return f"下面哪个数最小：{'、'.join(s for s, _ in items)}？", e_choice(best)


@template("comparison", "zh")
def r3_zh_which_smaller(rng: random.Random, idx: int) -> tuple[str, Expected]:
    a, aq, b, bq = two_distinct_decimals(rng, -20, 20)
    return f"{a}和{b}哪个更小？", e_choice(a if aq < bq else b)


# Number theory ---------------------------------------------------------------------------------


def prime_or_semiprime(rng: random.Random, lo: int, hi: int, prime: bool) -> int:
    """A prime, or a product of two primes above 40 (no tiny factors)."""
    if prime:
        return rand_prime(rng, lo, hi)
    while True:
        p = rand_prime(rng, 41, 400)
        q = rand_prime(rng, 41, 400)
        if lo <= p * q <= hi:
            return p * q


@template("number_theory", "en")
def r3_prime_think_step(rng: random.Random, idx: int) -> tuple[str, Expected]:
    n = prime_or_semiprime(rng, 10000, 99999, want_yes(idx))
    return (f"Is {n} a prime number? Think step by step and then answer [Yes] or [No].",
            e_bool(is_prime(n)))


@template("number_theory", "en")
def r3_prime_terse(rng: random.Random, idx: int) -> tuple[str, Expected]:
    n = prime_or_semiprime(rng, 2000, 60000, want_yes(idx))
    return f"{n} prime?", e_bool(is_prime(n))


@template("number_theory", "en")
def r3_factorization_give(rng: random.Random, idx: int) -> tuple[str, Expected]:
    n = rand_factorable(rng)
    return f"Give the prime factorization of {n}.", e_factorization(n)


@template("number_theory", "en")
def r3_gcd_words(rng: random.Random, idx: int) -> tuple[str, Expected]:
    g = rng.randint(2, 60)
    a, b = g * rng.randint(2, 80), g * rng.randint(2, 80)
    if a == b:
        b += g
    return f"What is the greatest common divisor of {a} and {b}?", e_num(gcd(a, b))


@template("number_theory", "en")
def r3_lcm_three(rng: random.Random, idx: int) -> tuple[str, Expected]:
    a, b, c = rng.sample(range(4, 60), 3)
    return (f"Find the least common multiple of {a}, {b} and {c}.",
            e_num(lcm(lcm(a, b), c)))


@template("number_theory", "en")
def r3_largest_prime_factor(rng: random.Random, idx: int) -> tuple[str, Expected]:
    n = rand_factorable(rng) * rng.choice([1, 1, rand_prime(rng, 41, 997)])
    return f"What is the largest prime factor of {n}?", e_num(max(factorize(n)))


@template("number_theory", "en")
def r3_primes_below(rng: random.Random, idx: int) -> tuple[str, Expected]:
    n = rand_composite(rng, 20, 80)
    return (f"List all the primes below {n}.",
            e_num_list([str(p) for p in primes_between(2, n - 1)], False))


@template("number_theory", "en")
def r3_count_primes_between(rng: random.Random, idx: int) -> tuple[str, Expected]:
    a = rand_composite(rng, 10, 400)
    b = rand_composite(rng, a + 20, a + 300)
    return (f"How many prime numbers are there between {a} and {b}?",
            e_num(len(primes_between(a, b))))


@template("number_theory", "en")
def r3_digit_sum(rng: random.Random, idx: int) -> tuple[str, Expected]:
    n = rng.randint(10**5, 10**12)
    return f"What is the sum of the digits of {n}?", e_num(sum(int(c) for c in str(n)))


@template("number_theory", "en")
def r3_happy_between(rng: random.Random, idx: int) -> tuple[str, Expected]:
    while True:
        a = rng.randint(1, 400)
        b = a + rng.randint(10, 30)
        found = [n for n in range(a, b + 1) if is_happy(n)]
        if found and not is_happy(a) and not is_happy(b):
            break
    return (f"Which numbers between {a} and {b} are happy numbers?",
            e_num_list([str(n) for n in found], False))


@template("number_theory", "en")
def r3_count_happy_inclusive(rng: random.Random, idx: int) -> tuple[str, Expected]:
    a = rng.randint(1, 500)
    b = a + rng.randint(15, 80)
    return (f"How many happy numbers are there from {a} to {b} inclusive?",
            e_num(sum(is_happy(n) for n in range(a, b + 1))))


@template("number_theory", "en")
def r3_nth_prime_ordinal(rng: random.Random, idx: int) -> tuple[str, Expected]:
    k = rng.randint(10, 250)
    return f"What is the {ordinal(k)} prime number?", e_num(nth_prime(k))


@template("number_theory", "en")
def r3_divisible_by(rng: random.Random, idx: int) -> tuple[str, Expected]:
    d = rng.randint(3, 29)
    n = d * rng.randint(100, 9000) + (0 if want_yes(idx) else rng.randint(1, d - 1))
    return f"Is {n} divisible by {d}?", e_bool(n % d == 0)


@template("number_theory", "en")
def r3_gcd_homework(rng: random.Random, idx: int) -> tuple[str, Expected]:
    g = rng.randint(3, 99)
    a, b = g * rng.randint(3, 150), g * rng.randint(3, 150)
    if a == b:
        a += g
    return (f"Homework problem: compute gcd({a}, {b}). Just the number please.",
            e_num(gcd(a, b)))


@template("number_theory", "zh")
def r3_zh_is_prime(rng: random.Random, idx: int) -> tuple[str, Expected]:
    n = prime_or_semiprime(rng, 2000, 99999, want_yes(idx))
    return f"{n}是质数吗？", e_bool(is_prime(n))


@template("number_theory", "zh")
def r3_zh_factorize(rng: random.Random, idx: int) -> tuple[str, Expected]:
    n = rand_factorable(rng)
    return f"把{n}分解质因数。", e_factorization(n)


@template("number_theory", "zh")
def r3_zh_gcd(rng: random.Random, idx: int) -> tuple[str, Expected]:
    g = rng.randint(2, 45)
    a, b = g * rng.randint(2, 60), g * rng.randint(2, 60)
    if a == b:
        b += g
    return f"{a}和{b}的最大公约数是多少？", e_num(gcd(a, b))


@template("number_theory", "zh")
def r3_zh_lcm(rng: random.Random, idx: int) -> tuple[str, Expected]:
    a, b = rng.sample(range(6, 120), 2)
    return f"{a}和{b}的最小公倍数是多少？", e_num(lcm(a, b))


@template("number_theory", "zh")
def r3_zh_divisible(rng: random.Random, idx: int) -> tuple[str, Expected]:
    d = rng.randint(3, 19)
    n = d * rng.randint(50, 5000) + (0 if want_yes(idx) else rng.randint(1, d - 1))
    return f"{n}能被{d}整除吗？", e_bool(n % d == 0)


@template("number_theory", "zh")
def r3_zh_nth_prime(rng: random.Random, idx: int) -> tuple[str, Expected]:
    k = rng.randint(8, 150)
    return f"第{k}个质数是多少？", e_num(nth_prime(k))


# Counting --------------------------------------------------------------------------------------


def word_and_letter(rng: random.Random, words: Sequence[str] = WORDS) -> tuple[str, str]:
    w = rng.choice(words)
    c = rng.choice(sorted(set(w))) if rng.random() < 0.9 else rng.choice("zqxjk")
    return w, c


@template("counting", "en")
def r3_letter_count_quoted(rng: random.Random, idx: int) -> tuple[str, Expected]:
    w, c = word_and_letter(rng)
    return (f"How many times does the letter '{c}' appear in '{w}'?", e_num(w.count(c)))


@template("counting", "en")
def r3_letter_count_terse(rng: random.Random, idx: int) -> tuple[str, Expected]:
    w, c = word_and_letter(rng)
    return f"how many {c}'s in {w}", e_num(w.count(c))


@template("counting", "en")
def r3_letters_in_word(rng: random.Random, idx: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return f'How many letters are in the word "{w}"?', e_num(len(w))


@template("counting", "en")
def r3_vowels_count(rng: random.Random, idx: int) -> tuple[str, Expected]:
    w = rng.choice(NO_Y_WORDS)
    return f"Count the vowels in '{w}'.", e_num(sum(ch in "aeiou" for ch in w))


@template("counting", "en")
def r3_consonants_count(rng: random.Random, idx: int) -> tuple[str, Expected]:
    w = rng.choice(NO_Y_WORDS)
    return (f"How many consonants does the word {w} have?",
            e_num(sum(ch not in "aeiou" for ch in w)))


@template("counting", "en")
def r3_words_in_sentence(rng: random.Random, idx: int) -> tuple[str, Expected]:
    s = rng.choice(SENTENCES)
    return f'How many words are in this sentence: "{s}."', e_num(len(s.split()))


@template("counting", "en")
def r3_nth_letter(rng: random.Random, idx: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    k = rng.randint(2, len(w) - 1)
    return f"What is the {ordinal(k)} letter of the word '{w}'?", e_text(w[k - 1])


@template("counting", "en")
def r3_last_letter(rng: random.Random, idx: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS + SHORT_WORDS)
    return f"What's the last letter of '{w}'?", e_text(w[-1])


@template("counting", "en")
def r3_reverse_word(rng: random.Random, idx: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS + SHORT_WORDS)
    return f"Reverse the word '{w}'.", e_text(w[::-1])


@template("counting", "en")
def r3_anagram_check(rng: random.Random, idx: int) -> tuple[str, Expected]:
    while True:
        a, b = rng.choice(ANAGRAM_PAIRS)
        if (a != b and Counter(a) == Counter(b)) == want_yes(idx):
            break
    if rng.random() < 0.5:
        a, b = b, a
    return (f"Are '{a}' and '{b}' anagrams of each other?",
            e_bool(a != b and Counter(a) == Counter(b)))


@template("counting", "en")
def r3_distinct_letters(rng: random.Random, idx: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return f"How many distinct letters are in '{w}'?", e_num(len(set(w)))


@template("counting", "en")
def r3_more_letters(rng: random.Random, idx: int) -> tuple[str, Expected]:
    while True:
        a, b = rng.sample(WORDS + SHORT_WORDS, 2)
        if len(a) != len(b):
            break
    return (f"Which word has more letters, '{a}' or '{b}'?",
            e_word_choice(a if len(a) > len(b) else b))


@template("counting", "en")
def r3_alphabetical_order(rng: random.Random, idx: int) -> tuple[str, Expected]:
    ws = rng.sample(SHORT_WORDS, rng.randint(4, 6))
    return (f"Put these words in alphabetical order: {', '.join(ws)}.",
            e_text_list(sorted(ws)))


@template("counting", "en")
def r3_palindrome_check(rng: random.Random, idx: int) -> tuple[str, Expected]:
    w = rng.choice([c for c in PALINDROME_CANDIDATES if (c == c[::-1]) == want_yes(idx)])
    return f"Is '{w}' a palindrome?", e_bool(w == w[::-1])


@template("counting", "en")
def r3_first_letter_chatty(rng: random.Random, idx: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return (f"Silly question, but what's the first letter of the word {w}?", e_text(w[0]))


@template("counting", "zh")
def r3_zh_letter_count(rng: random.Random, idx: int) -> tuple[str, Expected]:
    w, c = word_and_letter(rng)
    return f"单词{w}里面有多少个字母{c}？", e_num(w.count(c))


@template("counting", "zh")
def r3_zh_letters_total(rng: random.Random, idx: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return f"“{w}”有几个字母？", e_num(len(w))


@template("counting", "zh")
def r3_zh_vowels(rng: random.Random, idx: int) -> tuple[str, Expected]:
    w = rng.choice(NO_Y_WORDS)
    return f"“{w}”这个单词里有几个元音字母？", e_num(sum(ch in "aeiou" for ch in w))


@template("counting", "zh")
def r3_zh_reverse(rng: random.Random, idx: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS + SHORT_WORDS)
    return f"把单词“{w}”倒过来写是什么？", e_text(w[::-1])


@template("counting", "zh")
def r3_zh_palindrome(rng: random.Random, idx: int) -> tuple[str, Expected]:
    w = rng.choice([c for c in PALINDROME_CANDIDATES if (c == c[::-1]) == want_yes(idx)])
    return f"“{w}”是回文词吗？", e_bool(w == w[::-1])


# Geometry --------------------------------------------------------------------------------------


def polystr(poly: Sequence[Point], sep: str = ", ") -> str:
    return sep.join(pstr(p) for p in poly)


@template("geometry", "en")
def r3_circles_intersect_centres(rng: random.Random, idx: int) -> tuple[str, Expected]:
    (x1, y1, r1), (x2, y2, r2) = crossing_or_apart(rng, want_yes(idx))
    return (f"Circle A has centre ({x1}, {y1}) and radius {r1}; circle B has centre "
            f"({x2}, {y2}) and radius {r2}. Do the two circles intersect?",
            e_bool(circle_points((x1, y1, r1), (x2, y2, r2)) == 2))


@template("geometry", "en")
def r3_circles_overlap_equations(rng: random.Random, idx: int) -> tuple[str, Expected]:
    c1, c2 = crossing_or_apart(rng, want_yes(idx))
    return (f"Do the circles {circle_eq(*c1)} and {circle_eq(*c2)} overlap?",
            e_bool(circle_points(c1, c2) == 2))


@template("geometry", "en")
def r3_circle_inside_circle(rng: random.Random, idx: int) -> tuple[str, Expected]:
    while True:
        x1, y1, r1 = rng.randint(-5, 5), rng.randint(-5, 5), rng.randint(5, 12)
        x2, y2, r2 = x1 + rng.randint(-6, 6), y1 + rng.randint(-6, 6), rng.randint(1, 6)
        d2 = (x1 - x2) ** 2 + (y1 - y2) ** 2
        if r2 < r1 and d2 == (r1 - r2) ** 2:
            continue  # internal tangency: ambiguous for "entirely inside"
        if d2 == (r1 + r2) ** 2 or (d2 == 0 and r1 == r2):
            continue
        inside = r2 < r1 and d2 < (r1 - r2) ** 2
        if inside == want_yes(idx):
            break
    return (f"Is the circle centred at ({x2}, {y2}) with radius {r2} entirely inside the "
            f"circle centred at ({x1}, {y1}) with radius {r1}?", e_bool(inside))


PYTHAGOREAN = [(3, 4, 5), (5, 12, 13), (6, 8, 10), (8, 15, 17), (0, 7, 7), (9, 12, 15)]


@template("geometry", "en")
def r3_circles_tangent(rng: random.Random, idx: int) -> tuple[str, Expected]:
    x1, y1 = rng.randint(-6, 6), rng.randint(-6, 6)
    dx, dy, d = rng.choice(PYTHAGOREAN)
    if rng.random() < 0.5:
        dx, dy = dy, dx
    dx, dy = dx * rng.choice([1, -1]), dy * rng.choice([1, -1])
    r1 = rng.randint(1, d - 1)
    r2 = d - r1 if want_yes(idx) else d - r1 + rng.choice([-1, 1])
    if r2 < 1:
        r2 = d - r1
    c1, c2 = (x1, y1, r1), (x1 + dx, y1 + dy, r2)
    return (f"Are the circles {circle_eq(*c1)} and {circle_eq(*c2)} tangent to each other?",
            e_bool(circle_points(c1, c2) == 1))


@template("geometry", "en")
def r3_circle_common_points(rng: random.Random, idx: int) -> tuple[str, Expected]:
    if idx % 4 == 2:
        dx, dy, d = rng.choice(PYTHAGOREAN)
        r1 = rng.randint(1, d - 1)
        c1, c2 = (0, 0, r1), (dx, dy, d - r1)
    else:
        while True:
            c1 = (rng.randint(-4, 4), rng.randint(-4, 4), rng.randint(1, 8))
            c2 = (rng.randint(-8, 8), rng.randint(-8, 8), rng.randint(1, 8))
            if c1 != c2:
                break
    return (f"How many points do the circles {circle_eq(*c1)} and {circle_eq(*c2)} have "
            f"in common?", e_num(circle_points(c1, c2)))


@template("geometry", "en")
def r3_segments_cross_count(rng: random.Random, idx: int) -> tuple[str, Expected]:
    while True:
        p1, p2, p3, p4 = (pt(rng.randint(-6, 6), rng.randint(-6, 6)) for _ in range(4))
        if p1 == p2 or p3 == p4:
            continue
        if cross(p1, p2, p3) == 0 and cross(p1, p2, p4) == 0:
            continue  # collinear segments could share a whole piece
        if segments_meet(p1, p2, p3, p4) == want_yes(idx):
            break
    return (f"How many intersection points are there between the segment from {pstr(p1)} to "
            f"{pstr(p2)} and the segment from {pstr(p3)} to {pstr(p4)}?",
            e_num(1 if segments_meet(p1, p2, p3, p4) else 0))


@template("geometry", "en")
def r3_point_in_polygon_yes_no(rng: random.Random, idx: int) -> tuple[str, Expected]:
    poly = rand_polygon(rng)
    p = query_point(rng, poly, RELATION_TARGETS[idx % 4])
    return (f"Is the point {pstr(p)} inside the polygon with vertices {polystr(poly)}?",
            e_relation(locate(p, poly), "inside"))


@template("geometry", "en")
def r3_point_triangle_relation(rng: random.Random, idx: int) -> tuple[str, Expected]:
    tri = rand_triangle(rng)
    p = query_point(rng, tri, ("boundary", "inside", "outside", "inside")[idx % 4])
    a, b, c = (pstr(v) for v in tri)
    return (f"Relative to the triangle with vertices A{a}, B{b}, C{c}, is the point P{pstr(p)} "
            f"inside, on the boundary, or outside?", e_relation(locate(p, tri)))


@template("geometry", "en")
def r3_polygon_area_in_order(rng: random.Random, idx: int) -> tuple[str, Expected]:
    poly = rand_polygon(rng)
    if rng.random() < 0.5:
        poly = poly[::-1]
    return (f"Find the area of the polygon whose vertices, in order, are {polystr(poly)}.",
            e_num(shoelace(poly)))


@template("geometry", "en")
def r3_quadrilateral_perimeter(rng: random.Random, idx: int) -> tuple[str, Expected]:
    while True:
        poly = rand_polygon(rng)
        if len(poly) == 4:
            break
    d2 = [(poly[i][0] - poly[i - 1][0]) ** 2 + (poly[i][1] - poly[i - 1][1]) ** 2
          for i in range(4)]
    return (f"What is the perimeter of the quadrilateral with vertices {polystr(poly)}?",
            e_real(sum_of_sqrts([int(v) for v in d2])))


@template("geometry", "en")
def r3_distance_between(rng: random.Random, idx: int) -> tuple[str, Expected]:
    while True:
        a, b = pt(rng.randint(-9, 9), rng.randint(-9, 9)), pt(rng.randint(-9, 9),
                                                             rng.randint(-9, 9))
        if a != b:
            break
    d2 = int((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2)
    return f"What is the distance between {pstr(a)} and {pstr(b)}?", e_real(sqrt_expr(d2))


@template("geometry", "en")
def r3_triangle_area_vertices(rng: random.Random, idx: int) -> tuple[str, Expected]:
    tri = rand_triangle(rng)
    return (f"A triangle has vertices at {polystr(tri)}. What is its area?",
            e_num(shoelace(tri)))


@template("geometry", "en")
def r3_circle_area_diameter(rng: random.Random, idx: int) -> tuple[str, Expected]:
    d = rng.randint(3, 40)
    return (f"What is the area of a circle with diameter {d} cm? Leave it in terms of pi.",
            e_real(f"{frac_str(Fraction(d * d, 4))}*pi"))


@template("geometry", "en")
def r3_segment_circle_points(rng: random.Random, idx: int) -> tuple[str, Expected]:
    while True:
        a, b = pt(rng.randint(-8, 8), rng.randint(-8, 8)), pt(rng.randint(-8, 8),
                                                             rng.randint(-8, 8))
        if a == b:
            continue
        cx, cy, r = rng.randint(-3, 3), rng.randint(-3, 3), rng.randint(2, 7)
        if segment_circle_points(a, b, pt(cx, cy), r) == (2, 0, 1, 2)[idx % 4]:
            break
    return (f"How many points does the line segment from {pstr(a)} to {pstr(b)} share with "
            f"the circle centred at ({cx}, {cy}) with radius {r}?",
            e_num(segment_circle_points(a, b, pt(cx, cy), r)))


@template("geometry", "zh")
def r3_zh_circles_intersect(rng: random.Random, idx: int) -> tuple[str, Expected]:
    (x1, y1, r1), (x2, y2, r2) = crossing_or_apart(rng, want_yes(idx))
    return (f"圆心为({x1},{y1})、半径为{r1}的圆与圆心为({x2},{y2})、半径为{r2}的圆相交吗？",
            e_bool(circle_points((x1, y1, r1), (x2, y2, r2)) == 2))


@template("geometry", "zh")
def r3_zh_point_polygon(rng: random.Random, idx: int) -> tuple[str, Expected]:
    poly = rand_polygon(rng)
    p = query_point(rng, poly, RELATION_TARGETS[idx % 4])
    verts = ",".join(pstr_tight(v) for v in poly)
    return (f"点{pstr_tight(p)}在以{verts}为顶点的多边形内部吗？",
            e_relation(locate(p, poly), "inside"))


@template("geometry", "zh")
def r3_zh_polygon_area(rng: random.Random, idx: int) -> tuple[str, Expected]:
    poly = rand_polygon(rng)
    verts = "、".join(pstr_tight(v) for v in poly)
    return f"顶点依次为{verts}的多边形面积是多少？", e_num(shoelace(poly))


@template("geometry", "zh")
def r3_zh_distance(rng: random.Random, idx: int) -> tuple[str, Expected]:
    while True:
        a, b = pt(rng.randint(-9, 9), rng.randint(-9, 9)), pt(rng.randint(-9, 9),
                                                             rng.randint(-9, 9))
        if a != b:
            break
    d2 = int((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2)
    return (f"点A{pstr_tight(a)}和点B{pstr_tight(b)}之间的距离是多少？",
            e_real(sqrt_expr(d2)))


@template("geometry", "zh")
def r3_zh_circle_area(rng: random.Random, idx: int) -> tuple[str, Expected]:
    r = rng.randint(2, 30)
    return f"半径为{r}的圆的面积是多少？", e_real(f"{r * r}*pi")


@template("geometry", "zh")
def r3_zh_triangle_area(rng: random.Random, idx: int) -> tuple[str, Expected]:
    tri = rand_triangle(rng)
    verts = "、".join(pstr_tight(v) for v in tri)
    return f"三角形的三个顶点分别是{verts}，求它的面积。", e_num(shoelace(tri))


# Negatives -------------------------------------------------------------------------------------

# category -> lang -> [(prompt, near-miss family or None)]
NEGATIVES: dict[str, dict[str, list[tuple[str, str | None]]]] = {
    "dates": {
        "en": [
            ("What day of the week was 12 March 1994?", None),
            ("How many days are left until Christmas?", "arithmetic"),
            ("My flight leaves at 23:45 on the 14th; will I land before midnight in Tokyo?",
             None),
            ("Is 2030 going to be a leap year, and what big events are planned for it?", None),
            ("What happened in 1066?", None),
            ("I was born on 3/4/1990. Is that March or April?", None),
            ("How old was Mozart when he died in 1791?", "arithmetic"),
            ("Schedule a meeting for 10:30 next Tuesday with the 3 team leads.", None),
            ("Which came first, the 1969 moon landing or Woodstock?", "comparison"),
            ("What time is it now in UTC+8?", None),
        ],
        "zh": [
            ("2024年春节是几月几号？", None),
            ("距离下一个国庆节还有多少天？", "arithmetic"),
            ("1949年10月1日是星期几？", None),
            ("我1998年出生，今年属什么？", None),
        ],
    },
    "scores": {
        "en": [
            ("The Lakers beat the Celtics 112 to 104 last night. Who was the top scorer?", None),
            ("We lost 2-3 in extra time. Was the referee's call in the 89th minute fair?", None),
            ("Is a 3.7 GPA good enough for Stanford?", "comparison"),
            ("I got 27 out of 40 on my driving theory test. Did I pass?", None),
            ("What's the highest score ever recorded in a single NBA game?", None),
            ("Who won the 2018 World Cup final, and by what score?", None),
        ],
        "zh": [
            ("昨晚比赛3比2，谁进了制胜球？", None),
            ("我高考考了612分，能上复旦吗？", "comparison"),
        ],
    },
    "versions": {
        "en": [
            ("Which is newer, Python 3.9 or Python 3.10?", "comparison"),
            ("Is version 2.10.1 later than 2.9.3?", "comparison"),
            ("Should I upgrade from Node 18.12 to 20.1?", None),
            ("What changed between Django 4.2 and 5.0?", None),
            ("Sort these releases from oldest to newest: v1.10, v1.9, v1.2.", "comparison"),
            ("Does numpy 1.26 support Python 3.12?", None),
            ("Is iOS 17.4 newer than 17.10?", "comparison"),
            ("Which is the latest version: 0.9.12 or 0.10.0?", "comparison"),
        ],
        "zh": [
            ("3.10版本比3.9版本新吗？", "comparison"),
            ("Python 3.12和3.11哪个版本更新？", "comparison"),
            ("微信8.0.47和8.0.5哪个是新版本？", "comparison"),
        ],
    },
    "addresses": {
        "en": [
            ("I live at 221B Baker Street. What's the nearest tube station?", None),
            ("Is 1600 Pennsylvania Avenue bigger than 10 Downing Street?", "comparison"),
            ("What's the ZIP code for 350 Fifth Avenue, New York?", None),
            ("How far is 42 Wallaby Way, Sydney from the Opera House?", "geometry"),
            ("My apartment number is 1203. Which floor is that on, usually?", None),
        ],
        "zh": [
            ("上海市南京东路100号附近有什么好吃的？", None),
            ("北京到上海有多少公里？", "geometry"),
        ],
    },
    "prices_story": {
        "en": [
            ("I bought a coat for $89.99 and it ripped after 2 weeks. Should I ask for a refund?",
             None),
            ("My landlord raised the rent from 1,200 to 1,450. Is that legal in California?",
             None),
            ("A coffee costs 4.50 here. Is that expensive compared with Paris?", "comparison"),
            ("I have 3 kids and a budget of 500 euros. Where should we go on holiday?", None),
            ("Is a 3.9% mortgage rate a good deal right now?", "comparison"),
            ("My phone cost 799 dollars two years ago; how much is it worth now?", None),
            ("Tesla stock went from 180 to 250 this year. Should I sell?", None),
        ],
        "zh": [
            ("我花了3999元买的手机屏幕碎了，保修吗？", None),
            ("一杯奶茶25块钱，贵不贵？", "comparison"),
        ],
    },
    "world_knowledge": {
        "en": [
            ("How many moons does Jupiter have?", None),
            ("What is the population of Tokyo?", None),
            ("How many bones are in the adult human body?", "counting"),
            ("How many letters are in the Greek alphabet?", "counting"),
            ("How tall is Mount Everest in metres?", None),
            ("What is the boiling point of water at the top of Mount Everest?", None),
            ("Which is bigger, a blue whale or an African elephant?", "comparison"),
            ("What's the area of France in square kilometres?", "geometry"),
            ("How far is the Moon from the Earth?", "geometry"),
            ("What is the largest known prime number?", "number_theory"),
            ("How many words are in the Gettysburg Address?", "counting"),
            ("Is Paris inside the triangle formed by London, Berlin and Rome?", "geometry"),
        ],
        "zh": [
            ("珠穆朗玛峰有多高？", None),
            ("中国有多少个省级行政区？", "counting"),
            ("太阳和月亮哪个大？", "comparison"),
            ("圆周率是谁最先算到小数点后7位的？", None),
            ("长江有多长？", None),
        ],
    },
    "trick": {
        "en": [
            ("Which weighs more, a kilo of feathers or a kilo of steel?", "comparison"),
            ("If a plane crashes on the US-Canada border, where do they bury the survivors?",
             None),
            ("How many animals of each kind did Moses take on the ark?", "counting"),
            ("A bat and a ball cost $1.10 and the bat costs $1 more than the ball. "
             "Why do people get this wrong?", None),
            ("What is the square root of a banana?", "arithmetic"),
            ("How many r's are in the name of the red fruit with seeds on the outside?",
             "counting"),
            ("Is the number 7 luckier than 13?", "comparison"),
        ],
        "zh": [
            ("一斤棉花和一斤铁哪个重？", "comparison"),
            ("树上有10只鸟，开枪打死1只，还剩几只？", "arithmetic"),
        ],
    },
    "unit_conversion": {
        "en": [
            ("How many miles is 42 km?", "arithmetic"),
            ("Convert 100 degrees Fahrenheit to Celsius.", "arithmetic"),
            ("How many ounces are in 3 cups of flour?", None),
            ("What's 250 US dollars in euros today?", "arithmetic"),
            ("How many calories are in 150 g of cooked rice?", None),
            ("Is 5 foot 11 taller than 180 cm?", "comparison"),
            ("How many litres of paint do I need for a 4 by 5 metre wall?", "geometry"),
            ("How long does it take to drive 300 km?", "arithmetic"),
        ],
        "zh": [
            ("1磅等于多少公斤？", "arithmetic"),
            ("100美元能换多少人民币？", "arithmetic"),
            ("一亩地是多少平方米？", "geometry"),
        ],
    },
    "partial": {
        "en": [
            ("What is a 15% tip on a $48 meal, and which restaurant in Boston is best?",
             "arithmetic"),
            ("Compute 17 × 23 and then explain the history of multiplication.", "arithmetic"),
            ("Is 97 prime, and why do cicadas use prime-numbered life cycles?", "number_theory"),
            ("I weigh 70 kg and I'm 1.75 m tall. Am I healthy?", "arithmetic"),
            ("Count the letters in my name and tell me what it means.", "counting"),
            ("My room is 4 m by 3.5 m. What colour should I paint it?", "geometry"),
            ("Which is larger, 2^10 or the number of countries in the world?", "comparison"),
        ],
        "zh": [
            ("算一下12乘以15，再告诉我乘法口诀是谁发明的。", "arithmetic"),
            ("我的房间长4米宽3米，适合放什么家具？", "geometry"),
        ],
    },
    "followup": {
        "en": [
            ("and for 9.8?", None),
            ("what about 17?", None),
            ("same thing but with 12", None),
            ("now do it for 1,000", None),
            ("and the other one?", None),
            ("ok try 2.5 instead", None),
            ("what if the radius were 4?", "geometry"),
            ("and the word after that?", None),
        ],
        "zh": [
            ("那9.8呢？", None),
            ("换成17呢？", None),
            ("如果半径是5呢？", "geometry"),
            ("再算一次，用第二个数", None),
        ],
    },
    "creative": {
        "en": [
            ("Write a limerick about the number 8.", None),
            ("Tell me a joke about prime numbers.", "number_theory"),
            ("Compose a short poem where every line has 7 words.", None),
            ("Invent a story about a triangle who wants to become a circle.", "geometry"),
            ("Give me 5 fun facts about the number 12.", None),
            ("Write a motivational speech for a team that lost 0-4.", None),
            ("Describe the colour of the number 3 as if it were a person.", None),
        ],
        "zh": [
            ("帮我写一首关于数字7的诗。", None),
            ("给我讲一个关于圆周率的笑话。", None),
            ("用三个比喻描写一下正方形。", "geometry"),
        ],
    },
}


# Building --------------------------------------------------------------------------------------


def split_names(names: Sequence[str], *key: object) -> dict[str, str]:
    """A seeded ~40/60 dev/heldout assignment of ``names`` (disjoint)."""
    shuffled = sorted(names)
    seeded("split", *key).shuffle(shuffled)
    n_dev = round(len(shuffled) * DEV_SHARE)
    return {n: (DEV_SPLIT if i < n_dev else HELDOUT_SPLIT) for i, n in enumerate(shuffled)}


def positive_records() -> list[dict[str, Any]]:
    records = []
    for family in FAMILIES:
        for lang in LANGS:
            pool = REGISTRY.get((family, lang), {})
            splits = split_names(list(pool), family, lang)
            for name in sorted(pool):
                rng = seeded("template", family, lang, name)
                seen: set[str] = set()
                for _ in range(50 * PER_TEMPLATE):
                    prompt, expected = pool[name](rng, len(seen))
                    if prompt in seen:
                        continue
                    i = len(seen)
                    seen.add(prompt)
                    records.append({
                        "id": f"pos.{family}.{lang}.{name}.{i}", "split": splits[name],
                        "kind": "positive", "family": family, "lang": lang,
                        "template": f"{family}.{lang}.{name}", "prompt": prompt,
                        "expected": expected})
                    if len(seen) == PER_TEMPLATE:
                        break
                else:
                    raise RuntimeError(f"template {name} repeats itself")
    return records


def negative_records() -> list[dict[str, Any]]:
    records = []
    for category in sorted(NEGATIVES):
        for lang in LANGS:
            items = NEGATIVES[category].get(lang, [])
            tid = [f"neg.{PREFIX}{category}.{lang}.{i}" for i in range(len(items))]
            splits = split_names(tid, "neg", category, lang)
            for t, (prompt, family) in zip(tid, items, strict=True):
                records.append({
                    "id": t, "split": splits[t], "kind": "negative", "family": family,
                    "lang": lang, "template": t, "category": category, "prompt": prompt,
                    "expected": None})
    return records


def build() -> list[dict[str, Any]]:
    """All records: those of ``corpus_dev3.jsonl`` then those of ``corpus_heldout3.jsonl``,
    each in file order."""
    records = positive_records() + negative_records()
    return [r for split in (DEV_SPLIT, HELDOUT_SPLIT) for r in records if r["split"] == split]


# Self-check ------------------------------------------------------------------------------------


def load_compare() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_routing_compare_r3", HERE / "compare.py")
    if spec is None or spec.loader is None:
        raise RuntimeError("cannot load compare.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    if "guardrail" in sys.modules:
        raise RuntimeError("compare.py imported guardrail at module level")
    return module


def canonical(e: Expected) -> list[str]:
    """Answer strings a correct tool could give."""
    t, a = e["type"], e.get("answer")
    if t == "number":
        q = Fraction(a)
        out = [a, dec_str(q)]
        if q.denominator == 1 and abs(q) >= 1000:
            out.append(f"{int(q):,}")
        return out
    if t == "real":
        return [a]
    if t == "bool":
        return [a, "[Yes]" if a == "yes" else "[No]"]
    if t in ("choice", "text", "word_choice"):
        return [a]
    if t == "list":
        return [", ".join(a), "、".join(a)]
    if t == "relation":
        out = [a]
        if e.get("yes_if") and a != "boundary":
            out.append("yes" if a == e["yes_if"] else "no")
        return out
    if t == "factorization":
        return [" × ".join(f"{p}^{k}" for p, k in a), "*".join(
            "*".join([str(p)] * k) for p, k in a)]
    raise ValueError(t)


def wrong(e: Expected) -> list[str]:
    """Answer strings that must be rejected."""
    t, a = e["type"], e.get("answer")
    if t == "number":
        return [frac_str(Fraction(a) + 1), frac_str(-Fraction(a) - 1)]
    if t == "real":
        return [f"({a}) + 1", f"2*({a})"]
    if t == "bool":
        return ["no" if a == "yes" else "yes"]
    if t == "choice":
        return [frac_str(Fraction(a.replace(",", "")) + 1)]
    if t in ("text", "word_choice"):
        return [a + "x", a[::-1] + "q"]
    if t == "list":
        changed = list(a[::-1]) if e["ordered"] and a[::-1] != a else [*a, a[0]]
        return [", ".join(changed)]
    if t == "relation":
        out = [r for r in ("inside", "boundary", "outside") if r != a]
        if e.get("yes_if"):
            if a == "boundary":
                out += ["yes", "no"]  # a point on the boundary is neither
            else:
                out.append("no" if a == e["yes_if"] else "yes")
        return out
    if t == "factorization":
        bumped = [(p, k + (i == 0)) for i, (p, k) in enumerate(a)]
        return [" × ".join(f"{p}^{k}" for p, k in bumped)]
    raise ValueError(t)


def self_check(records: Sequence[dict[str, Any]]) -> None:
    compare = load_compare()
    if tuple(compare.FAMILIES) != FAMILIES:
        raise AssertionError("families differ from compare.FAMILIES")
    ids = [r["id"] for r in records]
    prompts = [r["prompt"] for r in records]
    if len(set(ids)) != len(ids):
        raise AssertionError("duplicate ids")
    if len(set(prompts)) != len(prompts):
        dup = [p for p, c in Counter(prompts).items() if c > 1]
        raise AssertionError(f"duplicate prompts: {dup[:5]}")
    template_split: dict[str, str] = {}
    for r in records:
        if template_split.setdefault(r["template"], r["split"]) != r["split"]:
            raise AssertionError(f"template {r['template']} in two splits")
        if r["kind"] != "positive":
            continue
        e = r["expected"]
        for good in canonical(e):
            if not compare.matches(e, good):
                raise AssertionError(f"{r['id']}: {good!r} rejected for {e}")
        for bad in wrong(e):
            if compare.matches(e, bad):
                raise AssertionError(f"{r['id']}: wrong {bad!r} accepted for {e}")
    for family in FAMILIES:
        for lang, minimum in (("en", 1), ("zh", 4)):
            n = len(REGISTRY.get((family, lang), {}))
            if n < minimum:
                raise AssertionError(f"{family}/{lang}: only {n} templates")
        total = sum(len(REGISTRY.get((family, lang), {})) for lang in LANGS)
        if total < 14:
            raise AssertionError(f"{family}: only {total} templates")
    if sum(r["kind"] == "negative" for r in records) < 100:
        raise AssertionError("fewer than 100 negatives")


def main() -> None:
    records = build()
    self_check(records)
    for split in (DEV_SPLIT, HELDOUT_SPLIT):
        path = HERE / f"corpus_{split}.jsonl"
        with path.open("w", encoding="utf-8", newline="\n") as f:
            for r in records:
                if r["split"] == split:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = Counter((r["kind"], r["family"] or "-", r["split"]) for r in records)
    for key in sorted(counts):
        print(*key, counts[key])
    print("total", len(records))


if __name__ == "__main__":
    main()
