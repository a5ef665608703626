"""Generate the round-2 blind routing corpus: ``corpus_dev2.jsonl`` and ``corpus_heldout2.jsonl``.

Usage::

    .venv/bin/python tests/routing/make_corpus_round2.py

Written without looking at the solvers, their rules or the first corpus, to measure tool
coverage on phrasings the solvers have never seen. The output is a pure function of ``SEED``:
running the script again rewrites byte-identical files. Every expected answer is computed here
by an independent oracle (Python ints, ``fractions.Fraction``, trial division, direct counting,
exact analytic geometry on Fractions); guardrail is never imported.

Positives come from *templates* (one function per phrasing, registered per family and
language; template names start with ``r2_``). Each template yields ``PER_TEMPLATE`` instances.
The templates of each (family, language) are split with a seeded shuffle into two disjoint
pools: about 40% "dev2" and 60% "heldout2". Negatives (questions no deterministic tool can
answer completely and correctly) are split the same way within each (category, language); a
negative's ``family`` is the tool family it is a near miss of, or null.

Record schema (one JSON object per line)::

    {"id", "split", "kind": "positive"|"negative", "family", "lang", "template", "prompt",
     "expected"}            # positives: an object understood by compare.matches
    negatives additionally carry "category"; their "expected" is null.

At the end the script checks that every ``expected`` accepts its own canonical answer (and
rejects an obviously wrong one) through ``tests/routing/compare.py``'s ``matches``.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import math
import random
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SEED = 20_250_611
PER_TEMPLATE = 4
DEV_SHARE = 0.4
SPLIT_NAMES = ("dev2", "heldout2")

Expected = dict[str, Any]
Maker = Callable[[random.Random, int], tuple[str, Expected]]
Point = tuple[Fraction, Fraction]

FAMILIES = ("arithmetic", "comparison", "number_theory", "counting", "geometry")


@dataclass(frozen=True)
class Template:
    family: str
    lang: str
    name: str
    make: Maker

    @property
    def id(self) -> str:
        return f"{self.family}.{self.lang}.{self.name}"


TEMPLATES: list[Template] = []


def template(family: str, lang: str) -> Callable[[Maker], Maker]:
    assert family in FAMILIES and lang in ("en", "zh")

    def register(fn: Maker) -> Maker:
        name = fn.__name__.split("_", 1)[1]  # drop the ari_/cmp_/nt_/cou_/geo_ prefix
        assert name.startswith("r2_"), name
        TEMPLATES.append(Template(family, lang, name, fn))
        return fn

    return register


# Formatting and expected-answer helpers -------------------------------------------------------


def frac_str(q: Fraction) -> str:
    return str(q.numerator) if q.denominator == 1 else f"{q.numerator}/{q.denominator}"


def dec_str(q: Fraction) -> str:
    """A terminating Fraction written as a plain decimal ("-3.25", "12")."""
    d = q.denominator
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    assert d == 1, q
    text = format(Decimal(q.numerator) / Decimal(q.denominator), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def to_q(text: str) -> Fraction:
    return Fraction(Decimal(text.replace(",", "").replace("−", "-")))


def umin(text: str) -> str:
    """Use the Unicode minus sign in a prompt."""
    return text.replace("-", "−")


def sep(n: int) -> str:
    return f"{n:,}"


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def num(q: Fraction | int) -> Expected:
    return {"type": "number", "answer": frac_str(Fraction(q))}


def real(expr: str) -> Expected:
    return {"type": "real", "answer": expr}


def yes_no(flag: bool) -> Expected:
    return {"type": "bool", "answer": "yes" if flag else "no"}


def choice(answer: str, options: Sequence[str]) -> Expected:
    return {"type": "choice", "answer": answer, "options": list(options)}


def text(answer: str, case_sensitive: bool = False) -> Expected:
    return {"type": "text", "answer": answer, "case_sensitive": case_sensitive}


def word_choice(answer: str, options: Sequence[str]) -> Expected:
    return {"type": "word_choice", "answer": answer, "options": list(options)}


def num_list(items: Sequence[str], ordered: bool, order: str | None) -> Expected:
    return {"type": "list", "elem": "number", "answer": list(items), "ordered": ordered,
            "order": order}


def text_list(items: Sequence[str]) -> Expected:
    return {"type": "list", "elem": "text", "answer": list(items), "ordered": True,
            "order": None}


def relation(answer: str, yes_if: str | None) -> Expected:
    return {"type": "relation", "answer": answer, "yes_if": yes_if}


def factorization(n: int) -> Expected:
    return {"type": "factorization", "n": n,
            "answer": [[p, e] for p, e in sorted(factorize(n).items())]}


# Number-theory oracles ------------------------------------------------------------------------


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


def factorize(n: int) -> dict[int, int]:
    assert n >= 2
    out: dict[int, int] = {}
    f = 2
    while f * f <= n:
        while n % f == 0:
            out[f] = out.get(f, 0) + 1
            n //= f
        f += 1
    if n > 1:
        out[n] = out.get(n, 0) + 1
    return out


def primes_below(n: int) -> list[int]:
    return [k for k in range(2, n) if is_prime(k)]


def nth_prime(k: int) -> int:
    count, n = 0, 1
    while count < k:
        n += 1
        count += is_prime(n)
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


def random_prime(rng: random.Random, lo: int, hi: int) -> int:
    while True:
        n = rng.randint(lo, hi)
        if is_prime(n):
            return n


def hard_composite(rng: random.Random, lo: int, hi: int) -> int:
    """An odd composite with no factor 3, 5 or 7 (not obviously composite)."""
    while True:
        p = random_prime(rng, 11, 320)
        q = random_prime(rng, 11, 320)
        n = p * q
        if lo <= n <= hi:
            return n


SMALL_PRIMES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71,
                73, 79, 83, 89, 97]


def smooth_number(rng: random.Random, lo: int, hi: int) -> int:
    while True:
        k = rng.randint(2, 4)
        primes = rng.sample(SMALL_PRIMES[:12], k)
        n = 1
        for p in primes:
            n *= p ** rng.randint(1, 3 if p < 10 else 2)
        if lo <= n <= hi:
            return n


# Geometry oracles (exact, on Fractions / ints) ------------------------------------------------


def sqrt_parts(n: int) -> tuple[int, int]:
    """n = k*k*m with m squarefree."""
    assert n >= 0
    if n == 0:
        return 0, 1
    k, m, f = 1, n, 2
    while f * f <= m:
        while m % (f * f) == 0:
            m //= f * f
            k *= f
        f += 1
    return k, m


def radical_expr(terms: dict[int, Fraction]) -> str:
    """sum(coef * sqrt(m)) as a sympy-readable expression, rational part first."""
    parts = []
    for m in sorted(terms):
        c = terms[m]
        if c == 0:
            continue
        if m == 1:
            parts.append(frac_str(c))
        elif c == 1:
            parts.append(f"sqrt({m})")
        else:
            parts.append(f"{frac_str(c)}*sqrt({m})")
    return " + ".join(parts) if parts else "0"


def sqrt_expr(n: int, coef: Fraction = Fraction(1)) -> str:
    k, m = sqrt_parts(n)
    return radical_expr({m: coef * k})


def dist2(p: Sequence[Fraction | int], q: Sequence[Fraction | int]) -> Fraction:
    return Fraction(p[0] - q[0]) ** 2 + Fraction(p[1] - q[1]) ** 2


def cross(o: Sequence[Fraction | int], a: Sequence[Fraction | int],
          b: Sequence[Fraction | int]) -> Fraction:
    return Fraction((a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]))


def circle_common_points(c1: tuple[int, int], r1: int, c2: tuple[int, int], r2: int) -> int:
    d2 = dist2(c1, c2)
    assert not (d2 == 0 and r1 == r2), "identical circles"
    if d2 > (r1 + r2) ** 2 or d2 < (r1 - r2) ** 2:
        return 0
    if d2 == (r1 + r2) ** 2 or d2 == (r1 - r2) ** 2:
        return 1
    return 2


def shoelace2(poly: Sequence[tuple[int, int]]) -> int:
    """Twice the signed area."""
    s = 0
    for i, (x1, y1) in enumerate(poly):
        x2, y2 = poly[(i + 1) % len(poly)]
        s += x1 * y2 - x2 * y1
    return s


def convex_hull(points: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    pts = sorted(set(points))
    if len(pts) < 3:
        return pts

    def half(seq: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for p in seq:
            while len(out) >= 2 and cross(out[-2], out[-1], p) <= 0:
                out.pop()
            out.append(p)
        return out

    lower, upper = half(pts), half(pts[::-1])
    return lower[:-1] + upper[:-1]


def point_on_segment(p: Sequence[int], a: Sequence[int], b: Sequence[int]) -> bool:
    return (cross(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
            and min(a[1], b[1]) <= p[1] <= max(a[1], b[1]))


def point_in_polygon(p: tuple[int, int], poly: Sequence[tuple[int, int]]) -> str:
    n = len(poly)
    for i in range(n):
        if point_on_segment(p, poly[i], poly[(i + 1) % n]):
            return "boundary"
    inside = False
    px, py = Fraction(p[0]), Fraction(p[1])
    for i in range(n):
        (x1, y1), (x2, y2) = poly[i], poly[(i + 1) % n]
        if (y1 > py) != (y2 > py):
            x_cross = x1 + (py - y1) * Fraction(x2 - x1, y2 - y1)
            if px < x_cross:
                inside = not inside
    return "inside" if inside else "outside"


def polygon_is_simple(poly: Sequence[tuple[int, int]]) -> bool:
    n = len(poly)
    edges = [(poly[i], poly[(i + 1) % n]) for i in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            if j == i + 1 or (i == 0 and j == n - 1):
                continue
            (a, b), (c, d) = edges[i], edges[j]
            if segments_touch(a, b, c, d):
                return False
    return all(cross(poly[i - 1], poly[i], poly[(i + 1) % n]) != 0 for i in range(n))


def segments_touch(a: Sequence[int], b: Sequence[int], c: Sequence[int],
                   d: Sequence[int]) -> bool:
    o1, o2, o3, o4 = cross(a, b, c), cross(a, b, d), cross(c, d, a), cross(c, d, b)
    if o1 * o2 < 0 and o3 * o4 < 0:
        return True
    return (point_on_segment(c, a, b) or point_on_segment(d, a, b)
            or point_on_segment(a, c, d) or point_on_segment(b, c, d))


def segment_circle_points(p0: tuple[int, int], p1: tuple[int, int], c: tuple[int, int],
                          r: int) -> int | None:
    """Points shared by the closed segment p0p1 and the circle; None for a case to avoid
    (an endpoint exactly on the circle)."""
    dx, dy = p1[0] - p0[0], p1[1] - p0[1]
    ex, ey = p0[0] - c[0], p0[1] - c[1]
    a = dx * dx + dy * dy
    b = 2 * (dx * ex + dy * ey)
    cc = ex * ex + ey * ey - r * r
    f0, f1 = cc, a + b + cc
    if a == 0 or f0 == 0 or f1 == 0:
        return None
    disc = b * b - 4 * a * cc
    t_star = Fraction(-b, 2 * a)
    if disc < 0:
        return 0
    if disc == 0:
        return 1 if 0 <= t_star <= 1 else 0
    if f0 < 0 and f1 < 0:
        return 0
    if (f0 < 0) != (f1 < 0):
        return 1
    return 2 if 0 < t_star < 1 else 0


def pt(p: Sequence[int]) -> str:
    return f"({umin(str(p[0]))}, {umin(str(p[1]))})"


def pt_ascii(p: Sequence[int]) -> str:
    return f"({p[0]}, {p[1]})"


def circle_equation(c: tuple[int, int], r: int, square: str = "^2", minus: str = "-") -> str:
    def term(var: str, h: int) -> str:
        if h == 0:
            return f"{var}{square}"
        return f"({var} {minus} {h}){square}" if h > 0 else f"({var} + {-h}){square}"

    return f"{term('x', c[0])} + {term('y', c[1])} = {r * r}"


TRIPLES = [(3, 4, 5), (4, 3, 5), (6, 8, 10), (8, 6, 10), (5, 12, 13), (12, 5, 13), (0, 5, 5),
           (5, 0, 5), (0, 7, 7), (8, 15, 17), (9, 12, 15), (7, 0, 7)]


def offset(rng: random.Random) -> tuple[int, int, int]:
    dx, dy, d = rng.choice(TRIPLES)
    return dx * rng.choice((1, -1)), dy * rng.choice((1, -1)), d


# Words and sentences --------------------------------------------------------------------------

WORDS = ["strawberry", "mississippi", "banana", "elephant", "giraffe", "pineapple",
         "encyclopedia", "accommodation", "bookkeeper", "committee", "necessary", "occurrence",
         "parallel", "possession", "programming", "raspberry", "restaurant", "successful",
         "tomorrow", "umbrella", "vacuum", "watermelon", "chocolate", "hippopotamus",
         "dictionary", "excellence", "independence", "kangaroo", "lemonade", "marshmallow",
         "nevertheless", "onomatopoeia", "peppermint", "questionnaire", "referee", "tennessee",
         "assessment", "balloon", "cinnamon", "difference", "embarrass", "furniture", "grammar",
         "harmonica", "intelligence", "broccoli", "spaghetti", "cappuccino", "avocado",
         "calendar", "mathematics", "alphabet", "character", "mountain", "sentence", "triangle",
         "education", "coordinate", "keyboard", "butterfly", "bureaucracy", "rhythm",
         "abracadabra", "commitment", "millennium", "pepperoni", "zucchini", "quizzes",
         "bubblegum", "coffee", "giggle", "address", "cheese", "letter", "apple", "orange",
         "volcano", "penguin", "whisper", "sunflower"]
NO_Y_WORDS = [w for w in WORDS if "y" not in w]
VOWELS = set("aeiou")

SENTENCES = [
    "The quick brown fox jumps over the lazy dog",
    "I think we should leave before the rain starts",
    "My sister bought three new books at the market yesterday",
    "Please send me the report by Friday afternoon",
    "Learning a new language takes patience and practice",
    "We watched the sunset from the top of the hill",
    "Coffee tastes better when you share it with friends",
    "The museum opens at nine on weekdays",
    "He forgot his umbrella on the train again",
    "Every student must hand in the homework before class",
    "Our team finally won the championship after ten long years",
    "She reads the newspaper every single morning",
    "Birds sing loudly in the garden at dawn",
    "Turn left at the bakery and walk two blocks",
    "Nobody expected the concert to end so early",
    "I love to read books on rainy Sunday afternoons",
]

ANAGRAM_PAIRS = [("listen", "silent"), ("evil", "vile"), ("night", "thing"), ("dusty", "study"),
                 ("heart", "earth"), ("below", "elbow"), ("state", "taste"), ("cider", "cried"),
                 ("angel", "glean"), ("lemon", "melon"), ("save", "vase"), ("inch", "chin"),
                 ("peach", "cheap"), ("secure", "rescue"), ("listen", "listed"),
                 ("heart", "hearth"), ("silent", "client"), ("cheap", "chap"),
                 ("earth", "heath"), ("study", "sturdy"), ("melon", "lemons"),
                 ("night", "knight"), ("rescue", "secured"), ("teacher", "cheater"),
                 ("dormitory", "dirtyroom"), ("stressed", "desserts"), ("caller", "cellar"),
                 ("garden", "danger"), ("lemon", "lemur"), ("brag", "grab")]


def letter_in(rng: random.Random, word: str) -> str:
    """A letter of the word, preferring repeated letters."""
    counts = Counter(word)
    repeated = [c for c in sorted(counts) if counts[c] > 1]
    return rng.choice(repeated) if repeated and rng.random() < 0.75 else rng.choice(sorted(word))


# Arithmetic -----------------------------------------------------------------------------------


def rand_decimal(rng: random.Random, lo: int, hi: int, places: int) -> str:
    while True:
        q = Fraction(rng.randint(lo * 10**places, hi * 10**places), 10**places)
        s = dec_str(q)
        if "." in s and len(s.split(".")[1]) == places:
            return s


@template("arithmetic", "en")
def ari_r2_teacher_parens(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c, d = (rng.randint(10, 999), rng.randint(10, 999), rng.randint(2, 40),
                  rng.randint(1, 5000))
    return f"My teacher asked: what is ({a} + {b}) × {c} − {d}?", num((a + b) * c - d)


@template("arithmetic", "en")
def ari_r2_decimals_add_up(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = [rand_decimal(rng, 0, 20, rng.randint(1, 3)) for _ in range(3)]
    return (f"Quick one: what do {xs[0]} + {xs[1]} + {xs[2]} add up to, exactly?",
            num(sum(to_q(x) for x in xs)))


@template("arithmetic", "en")
def ari_r2_how_much_percent(rng: random.Random, i: int) -> tuple[str, Expected]:
    p = rng.choice(["5", "8", "12.5", "15", "17", "35", "40", "62.5", "75", "3", "120"])
    base = rng.randint(20, 2000)
    return f"How much is {p}% of {base}?", num(to_q(p) * base / 100)


@template("arithmetic", "en")
def ari_r2_raised_to_ordinal(rng: random.Random, i: int) -> tuple[str, Expected]:
    b, e = rng.randint(2, 15), rng.randint(3, 12)
    return f"Calculate {b} raised to the {ordinal(e)} power.", num(b**e)


@template("arithmetic", "en")
def ari_r2_simplify_surd(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        k, m = rng.randint(2, 12), rng.choice([2, 3, 5, 6, 7, 10, 11, 13, 15])
        n = k * k * m
        if sqrt_parts(n) == (k, m):
            return f"Simplify √{n}.", real(sqrt_expr(n))


@template("arithmetic", "en")
def ari_r2_cube_root_of(rng: random.Random, i: int) -> tuple[str, Expected]:
    k = rng.randint(4, 60)
    return f"What is the cube root of {k**3}?", num(k)


@template("arithmetic", "en")
def ari_r2_factorial_equal(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.randint(6, 20)
    return f"What does {n}! equal?", num(math.prod(range(1, n + 1)))


@template("arithmetic", "en")
def ari_r2_remainder_when(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(1000, 999_999), rng.randint(7, 97)
    return f"What's the remainder when {a} is divided by {b}?", num(a % b)


@template("arithmetic", "en")
def ari_r2_sum_of_list(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = [rng.randint(1, 999) for _ in range(rng.randint(4, 6))]
    listed = ", ".join(map(str, xs[:-1])) + f" and {xs[-1]}"
    return f"What is the sum of {listed}?", num(sum(xs))


@template("arithmetic", "en")
def ari_r2_multiply_together(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = [rng.randint(2, 60) for _ in range(rng.randint(3, 4))]
    listed = ", ".join(map(str, xs[:-1])) + f" and {xs[-1]}"
    return f"Multiply {listed} together.", num(math.prod(xs))


@template("arithmetic", "en")
def ari_r2_thousands_boxed(rng: random.Random, i: int) -> tuple[str, Expected]:
    b = rng.randint(1_000, 9_999)
    a = b * rng.randint(110, 2_500) + (b // 2 if b % 2 == 0 and i % 2 else 0)
    return (f"Compute {sep(a)} ÷ {sep(b)}. Put your final answer within \\boxed{{}}.",
            num(Fraction(a, b)))


@template("arithmetic", "en")
def ari_r2_qa_fraction_sum(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        b, d = rng.randint(2, 20), rng.randint(2, 20)
        a, c = rng.randint(1, b - 1), rng.randint(1, d - 1)
        if gcd(a, b) == 1 and gcd(c, d) == 1 and Fraction(a, b) != Fraction(c, d):
            break
    op = rng.choice(["+", "−"])
    value = Fraction(a, b) + Fraction(c, d) if op == "+" else Fraction(a, b) - Fraction(c, d)
    return f"Q: What is {a}/{b} {op} {c}/{d}? A:", num(value)


@template("arithmetic", "en")
def ari_r2_caret_only_number(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c, d = rng.randint(2, 9), rng.randint(5, 14), rng.randint(2, 9), rng.randint(2, 8)
    return (f"Evaluate {a}^{b} − {c}^{d}. Answer with only the number.",
            num(a**b - c**d))


@template("arithmetic", "en")
def ari_r2_squared_plus_squared(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(11, 99), rng.randint(11, 99)
    word = rng.choice(["plus", "minus"])
    value = a * a + b * b if word == "plus" else a * a - b * b
    return f"What is {a} squared {word} {b} squared?", num(value)


@template("arithmetic", "en")
def ari_r2_work_out_times_divided(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c = rng.randint(12, 400), rng.randint(3, 99), rng.randint(6, 120)
    return f"Work out {a} times {b} divided by {c}.", num(Fraction(a * b, c))


@template("arithmetic", "zh")
def ari_r2_zh_jia_jian(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c = rng.randint(100, 9999), rng.randint(10, 999), rng.randint(100, 9999)
    return f"请问 {a} 加 {b} 减 {c} 等于多少？", num(a + b - c)


@template("arithmetic", "zh")
def ari_r2_zh_cheng_zai_chu(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c = rng.randint(12, 99), rng.randint(11, 99), rng.randint(3, 16)
    return f"{a} 乘以 {b}，再除以 {c}，结果是多少？", num(Fraction(a * b, c))


@template("arithmetic", "zh")
def ari_r2_zh_cifang(rng: random.Random, i: int) -> tuple[str, Expected]:
    b, e = rng.randint(2, 13), rng.randint(4, 15)
    return f"{b} 的 {e} 次方等于多少？", num(b**e)


@template("arithmetic", "zh")
def ari_r2_zh_baifenzhi(rng: random.Random, i: int) -> tuple[str, Expected]:
    p = rng.choice(["6", "15", "22.5", "30", "45", "80", "2.5"])
    base = rng.randint(40, 3000)
    return f"{base} 的 {p}% 是多少？", num(to_q(p) * base / 100)


@template("arithmetic", "zh")
def ari_r2_zh_bang_wo_suan(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c, d = rng.randint(50, 500), rng.randint(1, 49), rng.randint(2, 12), rng.randint(3, 19)
    return (f"帮我算一下：({a} − {b}) × {c} ÷ {d}", num(Fraction((a - b) * c, d)))


@template("arithmetic", "zh")
def ari_r2_zh_xiaoshu(rng: random.Random, i: int) -> tuple[str, Expected]:
    x, y, z = (rand_decimal(rng, 1, 30, 2), rand_decimal(rng, 0, 9, 1),
               rand_decimal(rng, 0, 5, 3))
    return (f"小数计算：{x} − {y} + {z} 等于多少？要精确结果。",
            num(to_q(x) - to_q(y) + to_q(z)))


# Comparison -----------------------------------------------------------------------------------


def trap_pair(rng: random.Random, negative: bool = False) -> tuple[str, str]:
    """Two decimals with the same integer part and different numbers of decimals (9.9 / 9.11)."""
    while True:
        whole = rng.randint(0, 40)
        a = f"{whole}.{rng.randint(1, 9)}"
        b = f"{whole}.{rng.randint(1, 9)}{rng.randint(1, 9)}"
        if rng.random() < 0.3:
            b = f"{whole}.0{rng.randint(1, 9)}"
        if negative:
            a, b = "-" + a, "-" + b
        if to_q(a) != to_q(b):
            return (a, b) if rng.random() < 0.5 else (b, a)


def bigger(a: str, b: str) -> str:
    return a if to_q(a) > to_q(b) else b


def smaller(a: str, b: str) -> str:
    return a if to_q(a) < to_q(b) else b


def mixed_numbers(rng: random.Random, k: int) -> list[str]:
    while True:
        whole = rng.randint(-5, 12)
        xs = []
        for _ in range(k):
            w = whole + rng.choice([0, 0, 1, -1])
            frac = rng.choice([str(rng.randint(1, 9)), f"{rng.randint(0, 9)}{rng.randint(1, 9)}",
                               f"{rng.randint(0, 9)}{rng.randint(0, 9)}{rng.randint(1, 9)}"])
            x = f"{w}.{frac}" if w >= 0 else f"-{-w - 1}.{frac}"
            xs.append(x)
        if len({to_q(x) for x in xs}) == k:
            return xs


@template("comparison", "en")
def cmp_r2_which_number_larger(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = trap_pair(rng)
    return f"Which number is larger: {a} or {b}?", choice(bigger(a, b), [a, b])


@template("comparison", "en")
def cmp_r2_is_less_negative(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = trap_pair(rng, negative=True)
    return f"Is {umin(a)} less than {umin(b)}?", yes_no(to_q(a) < to_q(b))


@template("comparison", "en")
def cmp_r2_hey_which_bigger(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        a = f"0.{rng.randint(1, 9)}{rng.randint(0, 9)}{rng.randint(1, 9)}"
        b = f"0.{a[2]}{rng.randint(1, 9)}"
        if to_q(a) != to_q(b):
            break
    if rng.random() < 0.5:
        a, b = b, a
    return f"hey which one's bigger, {a} or {b}?", choice(bigger(a, b), [a, b])


@template("comparison", "en")
def cmp_r2_tell_me_smaller(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = trap_pair(rng)
    return f"Tell me the smaller of {a} and {b}.", choice(smaller(a, b), [a, b])


@template("comparison", "en")
def cmp_r2_sort_smallest_to_largest(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = mixed_numbers(rng, rng.randint(4, 5))
    shown = ", ".join(umin(x) for x in xs)
    return (f"Sort these from smallest to largest: {shown}",
            num_list(sorted(xs, key=to_q), True, "asc"))


@template("comparison", "en")
def cmp_r2_arrange_descending(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = mixed_numbers(rng, rng.randint(3, 5))
    return (f"Arrange in descending order: {', '.join(xs)}",
            num_list(sorted(xs, key=to_q, reverse=True), True, "desc"))


@template("comparison", "en")
def cmp_r2_think_greater_than(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = trap_pair(rng)
    return (f"Think step by step: is {a} greater than {b}?", yes_no(to_q(a) > to_q(b)))


@template("comparison", "en")
def cmp_r2_fraction_bigger(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        b, d = rng.randint(3, 15), rng.randint(3, 15)
        a, c = rng.randint(1, b - 1), rng.randint(1, d - 1)
        x, y = Fraction(a, b), Fraction(c, d)
        if x != y and gcd(a, b) == 1 and gcd(c, d) == 1 and abs(x - y) < Fraction(1, 8):
            break
    sa, sc = f"{a}/{b}", f"{c}/{d}"
    return f"Which is bigger, {sa} or {sc}?", choice(sa if x > y else sc, [sa, sc])


@template("comparison", "en")
def cmp_r2_between_which_smaller(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = trap_pair(rng, negative=True)
    return (f"Between {umin(a)} and {umin(b)}, which is smaller?",
            choice(smaller(a, b), [a, b]))


@template("comparison", "en")
def cmp_r2_qa_largest_of_three(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        w = rng.randint(1, 20)
        d = rng.randint(1, 9)
        xs = [f"{w}.{d}", f"{w}.0{d}", f"{w}.{d}{rng.randint(1, 9)}"]
        rng.shuffle(xs)
        if len({to_q(x) for x in xs}) == 3:
            break
    best = max(xs, key=to_q)
    return (f"Q: What is the largest of {xs[0]}, {xs[1]} and {xs[2]}? A:", choice(best, xs))


@template("comparison", "en")
def cmp_r2_thousands_bigger_than(rng: random.Random, i: int) -> tuple[str, Expected]:
    a = rng.randint(1_000_000, 9_999_999)
    digits = list(str(a))
    j = rng.randint(1, len(digits) - 2)
    digits[j], digits[j + 1] = digits[j + 1], digits[j]
    b = int("".join(digits))
    if a == b:
        b = a + rng.randint(1, 99) * 1000
    return f"Is {sep(a)} bigger than {sep(b)}?", yes_no(a > b)


@template("comparison", "en")
def cmp_r2_homework_smaller(rng: random.Random, i: int) -> tuple[str, Expected]:
    whole = rng.randint(0, 5)
    a = f"{whole}.0{rng.randint(1, 9)}{rng.randint(1, 9)}"
    b = f"{whole}.{rng.randint(1, 2)}"
    if rng.random() < 0.5:
        a, b = b, a
    return (f"My homework says: circle the smaller number, {a} or {b}. Which one?",
            choice(smaller(a, b), [a, b]))


@template("comparison", "en")
def cmp_r2_more_than_yes_no(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = trap_pair(rng)
    return f"Is {a} more than {b}? Answer yes or no.", yes_no(to_q(a) > to_q(b))


@template("comparison", "zh")
def cmp_r2_zh_nage_da(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = trap_pair(rng)
    return f"{a} 和 {b} 哪个大？", choice(bigger(a, b), [a, b])


@template("comparison", "zh")
def cmp_r2_zh_bi_da_ma(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = trap_pair(rng, negative=True)
    return f"{umin(a)} 比 {umin(b)} 大吗？", yes_no(to_q(a) > to_q(b))


@template("comparison", "zh")
def cmp_r2_zh_nage_geng_xiao(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = trap_pair(rng)
    return f"{a} 和 {b}，哪个更小？", choice(smaller(a, b), [a, b])


@template("comparison", "zh")
def cmp_r2_zh_cong_xiao_dao_da(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = mixed_numbers(rng, 4)
    return (f"请把下面的数从小到大排列：{', '.join(xs)}",
            num_list(sorted(xs, key=to_q), True, "asc"))


@template("comparison", "zh")
def cmp_r2_zh_cong_da_dao_xiao(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = mixed_numbers(rng, rng.randint(3, 4))
    return (f"把 {'、'.join(xs)} 按从大到小的顺序排一下",
            num_list(sorted(xs, key=to_q, reverse=True), True, "desc"))


@template("comparison", "zh")
def cmp_r2_zh_bi_xiao_ma(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = trap_pair(rng)
    return f"{a} 比 {b} 小吗？", yes_no(to_q(a) < to_q(b))


# Number theory --------------------------------------------------------------------------------


def prime_or_not(rng: random.Random, i: int, lo: int, hi: int) -> int:
    return random_prime(rng, lo, hi) if i in (0, 3) else hard_composite(rng, lo, hi)


@template("number_theory", "en")
def nt_r2_determine_prime_brackets(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = prime_or_not(rng, i, 1000, 99_999)
    return (f"Determine whether {n} is prime. Think step by step and then answer [Yes] or [No].",
            yes_no(is_prime(n)))


@template("number_theory", "en")
def nt_r2_quick_check_prime(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = prime_or_not(rng, (i + 1) % 4, 200, 60_000)
    return f"quick check — is {n} a prime?", yes_no(is_prime(n))


@template("number_theory", "en")
def nt_r2_prime_factorization_of(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = smooth_number(rng, 100, 5_000_000)
    return f"Find the prime factorization of {n}.", factorization(n)


@template("number_theory", "en")
def nt_r2_break_into_prime_factors(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = smooth_number(rng, 60, 200_000)
    return f"Break {n} down into its prime factors.", factorization(n)


@template("number_theory", "en")
def nt_r2_greatest_common_divisor(rng: random.Random, i: int) -> tuple[str, Expected]:
    g, a, b = rng.randint(2, 60), rng.randint(2, 90), rng.randint(2, 90)
    x, y = g * a, g * b
    if x == y:
        y += g
    return f"What is the greatest common divisor of {x} and {y}?", num(gcd(x, y))


@template("number_theory", "en")
def nt_r2_find_hcf(rng: random.Random, i: int) -> tuple[str, Expected]:
    g, a, b = rng.randint(3, 40), rng.randint(2, 30), rng.randint(2, 30)
    x, y = g * a, g * b
    if x == y:
        y += g
    return f"Find the HCF of {x} and {y}.", num(gcd(x, y))


@template("number_theory", "en")
def nt_r2_lcm_of_three(rng: random.Random, i: int) -> tuple[str, Expected]:
    xs = rng.sample(range(4, 61), 3)
    return (f"What's the least common multiple of {xs[0]}, {xs[1]} and {xs[2]}?",
            num(lcm(*xs)))


@template("number_theory", "en")
def nt_r2_largest_prime_factor(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        n = rng.randint(1_000, 9_999_999)
        f = factorize(n)
        if len(f) >= 2:
            return f"What is the largest prime factor of {n}?", num(max(f))


@template("number_theory", "en")
def nt_r2_list_primes_less_than(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.randint(15, 75)
    ps = [str(p) for p in primes_below(n)]
    return f"List all the primes less than {n}.", num_list(ps, False, None)


@template("number_theory", "en")
def nt_r2_how_many_primes_below(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.randint(100, 8000)
    return f"How many prime numbers are there below {n}?", num(len(primes_below(n)))


@template("number_theory", "en")
def nt_r2_digit_sum_only_number(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.randint(10**5, 10**12)
    return (f"What is the sum of the digits of {n}? Answer with only the number.",
            num(sum(int(c) for c in str(n))))


@template("number_theory", "en")
def nt_r2_nth_prime_ordinal(rng: random.Random, i: int) -> tuple[str, Expected]:
    k = rng.randint(10, 600)
    return f"What is the {ordinal(k)} prime number?", num(nth_prime(k))


@template("number_theory", "en")
def nt_r2_happy_between(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        a = rng.randint(2, 250)
        b = a + rng.randint(20, 60)
        inner = [str(k) for k in range(a + 1, b) if is_happy(k)]
        if not is_happy(a) and not is_happy(b) and inner:
            return (f"Which numbers between {a} and {b} are happy numbers?",
                    num_list(inner, False, None))


@template("number_theory", "en")
def nt_r2_count_primes_between(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        a = rng.randint(50, 900)
        b = a + rng.randint(50, 400)
        if not is_prime(a) and not is_prime(b):
            count = sum(is_prime(k) for k in range(a + 1, b))
            return f"How many primes are there between {a} and {b}?", num(count)


@template("number_theory", "zh")
def nt_r2_zh_shi_zhishu_ma(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = prime_or_not(rng, (i + 2) % 4, 300, 99_999)
    return f"{n} 是质数吗？", yes_no(is_prime(n))


@template("number_theory", "zh")
def nt_r2_zh_fenjie_zhiyinshu(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = smooth_number(rng, 60, 900_000)
    return f"把 {n} 分解质因数。", factorization(n)


@template("number_theory", "zh")
def nt_r2_zh_zuida_gongyueshu(rng: random.Random, i: int) -> tuple[str, Expected]:
    g, a, b = rng.randint(2, 50), rng.randint(2, 60), rng.randint(2, 60)
    x, y = g * a, g * b
    if x == y:
        y += g
    return f"{x} 和 {y} 的最大公约数是多少？", num(gcd(x, y))


@template("number_theory", "zh")
def nt_r2_zh_zuixiao_gongbeishu(rng: random.Random, i: int) -> tuple[str, Expected]:
    x, y = rng.sample(range(6, 120), 2)
    return f"{x} 和 {y} 的最小公倍数是几？", num(lcm(x, y))


@template("number_theory", "zh")
def nt_r2_zh_xiaoyu_sushu_geshu(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.randint(50, 5000)
    return f"小于 {n} 的素数一共有多少个？", num(len(primes_below(n)))


@template("number_theory", "zh")
def nt_r2_zh_gewei_shuzi_he(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.randint(10**4, 10**10)
    return f"{n} 的各位数字之和是多少？", num(sum(int(c) for c in str(n)))


# Counting -------------------------------------------------------------------------------------


@template("counting", "en")
def cou_r2_letter_times_quoted(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    c = letter_in(rng, w)
    return (f'How many times does the letter "{c}" appear in "{w}"?', num(w.count(c)))


@template("counting", "en")
def cou_r2_count_the_apostrophe_s(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    c = letter_in(rng, w)
    return f"count the {c}'s in {w}", num(w.count(c))


@template("counting", "en")
def cou_r2_letters_word_have(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return f"How many letters does the word '{w}' have?", num(len(w))


@template("counting", "en")
def cou_r2_vowels_in_word(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(NO_Y_WORDS)
    return (f"How many vowels are in the word '{w}'?", num(sum(c in VOWELS for c in w)))


@template("counting", "en")
def cou_r2_count_consonants(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(NO_Y_WORDS)
    return f'Count the consonants in "{w}".', num(sum(c not in VOWELS for c in w))


@template("counting", "en")
def cou_r2_words_in_sentence(rng: random.Random, i: int) -> tuple[str, Expected]:
    s = rng.choice(SENTENCES)
    return (f'How many words are in this sentence: "{s}."', num(len(s.split())))


@template("counting", "en")
def cou_r2_nth_letter_of(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    k = rng.randint(2, len(w))
    return f"What is the {ordinal(k)} letter of '{w}'?", text(w[k - 1])


@template("counting", "en")
def cou_r2_last_letter_in(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return f"What's the last letter in the word '{w}'?", text(w[-1])


@template("counting", "en")
def cou_r2_spell_backwards(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return f"Spell '{w}' backwards.", text(w[::-1])


@template("counting", "en")
def cou_r2_anagrams_each_other(rng: random.Random, i: int) -> tuple[str, Expected]:
    want = i in (0, 3)
    pool = [pair for pair in ANAGRAM_PAIRS if (sorted(pair[0]) == sorted(pair[1])) == want]
    random.Random(SEED).shuffle(pool)  # the same order for every instance: no pair repeats
    a, b = pool[i % len(pool)]
    if rng.random() < 0.5:
        a, b = b, a
    return (f'Are "{a}" and "{b}" anagrams of each other?', yes_no(sorted(a) == sorted(b)))


@template("counting", "en")
def cou_r2_different_letters(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return f"How many different letters are in the word '{w}'?", num(len(set(w)))


@template("counting", "en")
def cou_r2_which_more_letters(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        a, b = rng.sample(WORDS, 2)
        if len(a) != len(b):
            break
    longer = a if len(a) > len(b) else b
    return (f"Which word has more letters, '{a}' or '{b}'?", word_choice(longer, [a, b]))


@template("counting", "en")
def cou_r2_alphabetical_order(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        ws = rng.sample(WORDS, rng.randint(4, 5))
        if ws != sorted(ws):
            break
    return (f"Put these words in alphabetical order: {', '.join(ws)}", text_list(sorted(ws)))


@template("counting", "en")
def cou_r2_unquoted_occur(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    c = letter_in(rng, w)
    return f"In the word {w}, how many times does {c} occur?", num(w.count(c))


@template("counting", "zh")
def cou_r2_zh_limian_duoshao_ge(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    c = letter_in(rng, w)
    return f"单词 {w} 里面有多少个字母 {c}？", num(w.count(c))


@template("counting", "zh")
def cou_r2_zh_jige_zimu(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return f"{w} 这个单词有几个字母？", num(len(w))


@template("counting", "zh")
def cou_r2_zh_yuanyin_zimu(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(NO_Y_WORDS)
    return f"单词“{w}”中有几个元音字母？", num(sum(c in VOWELS for c in w))


@template("counting", "zh")
def cou_r2_zh_daoguolai_xie(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    return f"把单词 {w} 倒过来写是什么？", text(w[::-1])


@template("counting", "zh")
def cou_r2_zh_di_k_ge_zimu(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = rng.choice(WORDS)
    k = rng.randint(1, len(w))
    return f"单词 {w} 的第 {k} 个字母是什么？", text(w[k - 1])


@template("counting", "zh")
def cou_r2_zh_juzi_danci(rng: random.Random, i: int) -> tuple[str, Expected]:
    s = rng.choice(SENTENCES)
    return f"英文句子“{s}”有多少个单词？", num(len(s.split()))


# Geometry -------------------------------------------------------------------------------------


def tangent_circles(rng: random.Random, want: bool) -> tuple[tuple[int, int], int,
                                                              tuple[int, int], int]:
    while True:
        c1 = (rng.randint(-9, 9), rng.randint(-9, 9))
        dx, dy, d = offset(rng)
        c2 = (c1[0] + dx, c1[1] + dy)
        kind = rng.random()
        if want and kind < 0.65:
            r1 = rng.randint(1, d - 1)
            r2 = d - r1
        elif want:
            r2 = rng.randint(1, 8)
            r1 = d + r2
        else:
            r1 = rng.randint(1, d + 3)
            r2 = max(1, d - r1 + rng.choice((-1, 1)))
        tangent = circle_common_points(c1, r1, c2, r2) == 1
        if tangent == want:
            return c1, r1, c2, r2


@template("geometry", "en")
def geo_r2_circles_tangent_each_other(rng: random.Random, i: int) -> tuple[str, Expected]:
    c1, r1, c2, r2 = tangent_circles(rng, i in (0, 2))
    return (f"Are the circle centred at {pt(c1)} with radius {r1} and the circle centred at "
            f"{pt(c2)} with radius {r2} tangent to each other?",
            yes_no(circle_common_points(c1, r1, c2, r2) == 1))


def circles_with_count(rng: random.Random, want: int) -> tuple[tuple[int, int], int,
                                                                tuple[int, int], int]:
    while True:
        c1 = (0, 0) if rng.random() < 0.5 else (rng.randint(-5, 5), rng.randint(-5, 5))
        dx, dy, d = offset(rng)
        if rng.random() < 0.4 and want != 1:
            dx, dy = rng.randint(-9, 9), rng.randint(-9, 9)
        c2 = (c1[0] + dx, c1[1] + dy)
        r1, r2 = rng.randint(1, 12), rng.randint(1, 12)
        if want == 1:
            r2 = d - r1 if rng.random() < 0.6 else r1 + d
        if r2 < 1 or c1 == c2:
            continue
        if circle_common_points(c1, r1, c2, r2) == want:
            return c1, r1, c2, r2


@template("geometry", "en")
def geo_r2_circle_equations_in_common(rng: random.Random, i: int) -> tuple[str, Expected]:
    c1, r1, c2, r2 = circles_with_count(rng, [2, 0, 1, 2][i])
    return (f"How many points do the circles {circle_equation(c1, r1)} and "
            f"{circle_equation(c2, r2)} have in common?",
            num(circle_common_points(c1, r1, c2, r2)))


@template("geometry", "en")
def geo_r2_circle_contains_completely(rng: random.Random, i: int) -> tuple[str, Expected]:
    want = i in (0, 3)
    while True:
        c1 = (rng.randint(-6, 6), rng.randint(-6, 6))
        r1 = rng.randint(5, 14)
        c2 = (c1[0] + rng.randint(-7, 7), c1[1] + rng.randint(-7, 7))
        r2 = rng.randint(1, r1 - 1)
        d2 = dist2(c1, c2)
        if d2 == (r1 - r2) ** 2:
            continue
        contains = d2 < (r1 - r2) ** 2
        if contains == want:
            return (f"Does the circle with centre {pt(c1)} and radius {r1} completely contain "
                    f"the circle with centre {pt(c2)} and radius {r2}?", yes_no(contains))


@template("geometry", "en")
def geo_r2_segments_intersect(rng: random.Random, i: int) -> tuple[str, Expected]:
    want = i in (1, 2)
    while True:
        a, b, c, d = ((rng.randint(-5, 8), rng.randint(-5, 8)) for _ in range(4))
        os_ = [cross(a, b, c), cross(a, b, d), cross(c, d, a), cross(c, d, b)]
        if any(o == 0 for o in os_):
            continue
        meet = os_[0] * os_[1] < 0 and os_[2] * os_[3] < 0
        if meet == want:
            return (f"Does the segment from {pt(a)} to {pt(b)} intersect the segment from "
                    f"{pt(c)} to {pt(d)}?", yes_no(meet))


def random_polygon(rng: random.Random) -> list[tuple[int, int]]:
    kind = rng.choice(["rect", "triangle", "L", "hull", "arrow"])
    x0, y0 = rng.randint(-4, 3), rng.randint(-4, 3)
    if kind == "rect":
        w, h = rng.randint(2, 9), rng.randint(2, 9)
        poly = [(x0, y0), (x0 + w, y0), (x0 + w, y0 + h), (x0, y0 + h)]
    elif kind == "triangle":
        poly = [(x0, y0), (x0 + rng.randint(4, 10), y0 + rng.randint(-2, 2)),
                (x0 + rng.randint(0, 6), y0 + rng.randint(4, 10))]
    elif kind == "L":
        a, d = rng.randint(4, 9), rng.randint(4, 9)
        b, c = rng.randint(1, d - 2), rng.randint(1, a - 2)
        poly = [(x0, y0), (x0 + a, y0), (x0 + a, y0 + b), (x0 + c, y0 + b), (x0 + c, y0 + d),
                (x0, y0 + d)]
    elif kind == "arrow":
        w, h = rng.randint(4, 9), rng.randint(4, 9)
        poly = [(x0, y0), (x0 + w, y0), (x0 + w, y0 + h), (x0 + w // 2, y0 + rng.randint(1,
                h - 1)), (x0, y0 + h)]
    else:
        pts = [(rng.randint(-5, 7), rng.randint(-5, 7)) for _ in range(7)]
        poly = convex_hull(pts)
    if len(poly) < 3 or shoelace2(poly) == 0 or not polygon_is_simple(poly):
        return random_polygon(rng)
    return poly


def polygon_and_point(rng: random.Random, want: str) -> tuple[list[tuple[int, int]],
                                                              tuple[int, int]]:
    while True:
        poly = random_polygon(rng)
        xs, ys = [p[0] for p in poly], [p[1] for p in poly]
        if want == "boundary":
            k = rng.randrange(len(poly))
            a, b = poly[k], poly[(k + 1) % len(poly)]
            g = gcd(b[0] - a[0], b[1] - a[1])
            if g < 2:
                continue
            j = rng.randint(1, g - 1)
            p = (a[0] + (b[0] - a[0]) // g * j, a[1] + (b[1] - a[1]) // g * j)
        else:
            p = (rng.randint(min(xs) - 2, max(xs) + 2), rng.randint(min(ys) - 2, max(ys) + 2))
        if point_in_polygon(p, poly) == want:
            return poly, p


def vertex_list(poly: Sequence[tuple[int, int]], joiner: str = ", ") -> str:
    return joiner.join(pt(p) for p in poly)


@template("geometry", "en")
def geo_r2_is_point_inside_polygon(rng: random.Random, i: int) -> tuple[str, Expected]:
    poly, p = polygon_and_point(rng, ["inside", "outside", "boundary", "outside"][i])
    return (f"Is the point {pt(p)} inside the polygon with vertices {vertex_list(poly)}?",
            relation(point_in_polygon(p, poly), "inside"))


@template("geometry", "en")
def geo_r2_where_point_triangle(rng: random.Random, i: int) -> tuple[str, Expected]:
    want = ["boundary", "inside", "outside", "inside"][i]
    while True:
        poly, p = polygon_and_point(rng, want)
        if len(poly) == 3:
            break
    a, b, c = poly
    return (f"Where does the point {pt(p)} lie relative to the triangle with vertices {pt(a)}, "
            f"{pt(b)} and {pt(c)}: inside, on the boundary, or outside?",
            relation(point_in_polygon(p, poly), None))


def convex_polygon(rng: random.Random, min_vertices: int) -> list[tuple[int, int]]:
    while True:
        hull = convex_hull([(rng.randint(-6, 9), rng.randint(-6, 9)) for _ in range(8)])
        if len(hull) >= min_vertices:
            k = rng.randrange(len(hull))
            return hull[k:] + hull[:k]


@template("geometry", "en")
def geo_r2_area_polygon_boxed(rng: random.Random, i: int) -> tuple[str, Expected]:
    poly = convex_polygon(rng, 4)
    if rng.random() < 0.5:
        poly = poly[::-1]
    return (f"Find the area of the polygon with vertices {vertex_list(poly)}. Put your final "
            f"answer within \\boxed{{}}.", num(Fraction(abs(shoelace2(poly)), 2)))


def perimeter_expr(poly: Sequence[tuple[int, int]]) -> str:
    terms: dict[int, Fraction] = {}
    for j, p in enumerate(poly):
        k, m = sqrt_parts(int(dist2(p, poly[(j + 1) % len(poly)])))
        terms[m] = terms.get(m, Fraction(0)) + k
    return radical_expr(terms)


@template("geometry", "en")
def geo_r2_perimeter_triangle_abc(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        a, b, c = ((rng.randint(-6, 8), rng.randint(-6, 8)) for _ in range(3))
        if cross(a, b, c) != 0:
            break
    return (f"What is the perimeter of the triangle with vertices A{pt(a)}, B{pt(b)}, "
            f"C{pt(c)}?", real(perimeter_expr([a, b, c])))


@template("geometry", "en")
def geo_r2_how_far_apart(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        p = (rng.randint(-12, 12), rng.randint(-12, 12))
        q = (rng.randint(-12, 12), rng.randint(-12, 12))
        if p != q:
            break
    return (f"How far apart are the points {pt(p)} and {pt(q)}?",
            real(sqrt_expr(int(dist2(p, q)))))


@template("geometry", "en")
def geo_r2_triangle_base_height(rng: random.Random, i: int) -> tuple[str, Expected]:
    b, h = rng.randint(3, 40), rng.randint(3, 40)
    return (f"A triangle has a base of {b} and a height of {h}. What is its area?",
            num(Fraction(b * h, 2)))


@template("geometry", "en")
def geo_r2_circle_area_diameter(rng: random.Random, i: int) -> tuple[str, Expected]:
    d = rng.randint(2, 30)
    r2 = Fraction(d, 2) ** 2
    return (f"What's the area of a circle whose diameter is {d}?", real(f"{frac_str(r2)}*pi"))


@template("geometry", "en")
def geo_r2_segment_meets_circle(rng: random.Random, i: int) -> tuple[str, Expected]:
    want = [2, 1, 0, 2][i]
    while True:
        c, r = (rng.randint(-4, 4), rng.randint(-4, 4)), rng.randint(2, 7)
        p0 = (rng.randint(-10, 10), rng.randint(-10, 10))
        p1 = (rng.randint(-10, 10), rng.randint(-10, 10))
        count = segment_circle_points(p0, p1, c, r)
        if count == want:
            return (f"At how many points does the line segment from {pt(p0)} to {pt(p1)} "
                    f"intersect the circle centred at {pt(c)} with radius {r}?", num(count))


@template("geometry", "en")
def geo_r2_heron_three_sides(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        a, b, c = sorted(rng.randint(3, 20) for _ in range(3))
        if a + b > c:
            break
    p16 = (a + b + c) * (-a + b + c) * (a - b + c) * (a + b - c)  # 16 * area^2
    k, m = sqrt_parts(p16)
    return (f"What is the area of a triangle with sides {a}, {b} and {c}?",
            real(radical_expr({m: Fraction(k, 4)})))


@template("geometry", "zh")
def geo_r2_zh_xiangqie_ma(rng: random.Random, i: int) -> tuple[str, Expected]:
    c1, r1, c2, r2 = tangent_circles(rng, i in (1, 2))
    return (f"圆心在 {pt_ascii(c1)}、半径为 {r1} 的圆与"
            f"圆心在 {pt_ascii(c2)}、半径为 {r2} 的圆相切吗？",
            yes_no(circle_common_points(c1, r1, c2, r2) == 1))


@template("geometry", "zh")
def geo_r2_zh_liangdian_juli(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        p = (rng.randint(-9, 9), rng.randint(-9, 9))
        q = (rng.randint(-9, 9), rng.randint(-9, 9))
        if p != q:
            break
    return (f"点 A{pt_ascii(p)} 与点 B{pt_ascii(q)} 之间的距离是多少？",
            real(sqrt_expr(int(dist2(p, q)))))


@template("geometry", "zh")
def geo_r2_zh_dian_zai_duobianxing(rng: random.Random, i: int) -> tuple[str, Expected]:
    poly, p = polygon_and_point(rng, ["outside", "inside", "inside", "boundary"][i])
    verts = "、".join(pt_ascii(v) for v in poly)
    return (f"点 {pt_ascii(p)} 在以 {verts} 为顶点的多边形内部吗？",
            relation(point_in_polygon(p, poly), "inside"))


@template("geometry", "zh")
def geo_r2_zh_sanjiaoxing_mianji(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        a, b, c = ((rng.randint(-5, 9), rng.randint(-5, 9)) for _ in range(3))
        if cross(a, b, c) != 0:
            break
    return (f"顶点为 {pt_ascii(a)}、{pt_ascii(b)}、{pt_ascii(c)} 的三角形面积是多少？",
            num(Fraction(abs(shoelace2([a, b, c])), 2)))


@template("geometry", "zh")
def geo_r2_zh_yuan_mianji(rng: random.Random, i: int) -> tuple[str, Expected]:
    r = rng.randint(2, 25)
    return f"半径为 {r} 的圆面积是多少？", real(f"{r * r}*pi")


@template("geometry", "zh")
def geo_r2_zh_liangyuan_jiaodian(rng: random.Random, i: int) -> tuple[str, Expected]:
    c1, r1, c2, r2 = circles_with_count(rng, [1, 2, 0, 2][i])
    e1 = circle_equation(c1, r1, square="²", minus="−")
    e2 = circle_equation(c2, r2, square="²", minus="−")
    return (f"圆 {e1} 与圆 {e2} 有几个交点？", num(circle_common_points(c1, r1, c2, r2)))


# Negatives ------------------------------------------------------------------------------------
# (category, lang, near-miss family or None, prompt)

NEGATIVES: list[tuple[str, str, str | None, str]] = [
    # Numbers in questions that are not math.
    ("numbers_not_math", "en", None,
     "My order number is 4471-2290 and it still hasn't shipped. What should I do?"),
    ("numbers_not_math", "en", "arithmetic", "Can you tell me what happened on 9/11?"),
    ("numbers_not_math", "en", None, "What music was popular in the 1990s?"),
    ("numbers_not_math", "en", None,
     "I live at 221 Baker Street, flat 3. How do I get to the nearest train station?"),
    ("numbers_not_math", "en", "arithmetic",
     "Who scored for Germany when they beat Brazil 7-1 in 2014?"),
    ("numbers_not_math", "en", "arithmetic",
     "Is 555-0199 a real phone number or one of the fake ones used in movies?"),
    ("numbers_not_math", "en", "arithmetic", "What day of the week was 4/7/1976?"),
    ("numbers_not_math", "en", "comparison",
     "Remind me, is my dentist appointment on 3/4 or 4/3? I wrote it down somewhere."),
    ("numbers_not_math", "en", None,
     "Flight BA 2490 departs at 14:35 from gate 22. Which terminal is that at Heathrow?"),
    ("numbers_not_math", "en", None, "My zip code is 90210. Which city is that?"),
    ("numbers_not_math", "en", None, "Why do people call 1/1/2000 the Y2K date?"),
    ("numbers_not_math", "en", None, "What was the final score of Super Bowl 50?"),
    ("numbers_not_math", "en", None, "Why do web developers joke about error 404?"),
    ("numbers_not_math", "en", None, "Summarize what happened in 1066 in two sentences."),
    ("numbers_not_math", "en", "arithmetic",
     "Is 24/7 customer support really worth paying extra for?"),
    ("numbers_not_math", "en", None, "I was born on 12.03.1994 — what is my zodiac sign?"),
    ("numbers_not_math", "en", None, "Which part of New York uses the area code 212?"),
    ("numbers_not_math", "en", "comparison",
     "Chapter 3.2 or chapter 3.10 of my calculus textbook: which one covers derivatives?"),
    ("numbers_not_math", "en", "comparison",
     "Highway 101 or Interstate 5: which is the more scenic drive up to Oregon?"),
    ("numbers_not_math", "en", None, "Where can I buy a 2x4 that is 8 feet long near me?"),
    ("numbers_not_math", "zh", None, "我的订单号是 20231105-7788，为什么还没发货？"),
    ("numbers_not_math", "zh", "arithmetic", "9/11 事件是怎么回事？"),
    ("numbers_not_math", "zh", None, "90 年代有哪些经典的港台歌曲？"),
    ("numbers_not_math", "zh", None, "我的手机号 138 0013 8000 收不到验证码，怎么办？"),
    ("numbers_not_math", "zh", "arithmetic", "昨晚那场球 3 比 2，最后是谁进的制胜球？"),
    # Version numbers are not decimals.
    ("version_numbers", "en", "comparison",
     "Python 3.11 vs 3.9 — which one should I install for a new project?"),
    ("version_numbers", "en", "comparison", "Is release 2.10 newer than release 2.9?"),
    ("version_numbers", "en", "comparison",
     "Which is the later version of the library: 1.9 or 1.10?"),
    ("version_numbers", "en", "comparison", "I'm on Node 18.12; is that older than 18.9?"),
    ("version_numbers", "en", "comparison",
     "Sort these package versions from oldest to newest: 4.2, 4.10, 4.1"),
    ("version_numbers", "en", "comparison", "Which came out first, macOS 10.15 or macOS 10.9?"),
    ("version_numbers", "en", None, "Should I upgrade from Django 4.2 to 5.0?"),
    ("version_numbers", "en", None, "Is Java 1.8 the same thing as Java 8?"),
    ("version_numbers", "en", "comparison",
     "The changelog lists v3.14 and v3.4 — which one has the security fix?"),
    ("version_numbers", "en", "comparison", "Is firmware 2.0.1 bigger than 2.0.10?"),
    ("version_numbers", "en", "comparison", "Which Ubuntu release is newer, 22.04 or 22.10?"),
    ("version_numbers", "en", "comparison", "Go 1.21 or Go 1.9: which one added generics?"),
    ("version_numbers", "zh", "comparison", "Python 3.12 和 3.9 哪个版本更新？"),
    ("version_numbers", "zh", "comparison", "软件版本 2.10 和 2.9，哪个是最新的？"),
    ("version_numbers", "zh", None, "我该从 Vue 2.7 升级到 3.4 吗？"),
    # World knowledge.
    ("world_knowledge", "en", "counting", "How many moons does Jupiter have?"),
    ("world_knowledge", "en", "counting", "How many bones are in the adult human body?"),
    ("world_knowledge", "en", None, "What is the population of Tokyo?"),
    ("world_knowledge", "en", "counting", "How many letters are in the Greek alphabet?"),
    ("world_knowledge", "en", "counting", "How many keys does a standard piano have?"),
    ("world_knowledge", "en", None, "What is the boiling point of water in Fahrenheit?"),
    ("world_knowledge", "en", None, "How tall is Mount Everest in meters?"),
    ("world_knowledge", "en", "counting", "How many countries are in the European Union?"),
    ("world_knowledge", "en", None, "What is the speed of light in km/s?"),
    ("world_knowledge", "en", "counting", "How many strings does a cello have?"),
    ("world_knowledge", "en", None, "What year did the Berlin Wall fall?"),
    ("world_knowledge", "en", "counting",
     "How many players does a soccer team have on the field?"),
    ("world_knowledge", "en", None, "What is the atomic number of gold?"),
    ("world_knowledge", "en", "counting",
     "How many words are in the US Declaration of Independence?"),
    ("world_knowledge", "en", "number_theory",
     "What's the largest prime number ever discovered?"),
    ("world_knowledge", "en", "geometry", "How far is the Moon from the Earth?"),
    ("world_knowledge", "zh", "counting", "木星有多少颗卫星？"),
    ("world_knowledge", "zh", "counting", "一年有多少个节气？"),
    ("world_knowledge", "zh", None, "珠穆朗玛峰有多高？"),
    ("world_knowledge", "zh", "counting", "成年人体内有多少块骨头？"),
    # Trick or ambiguous questions.
    ("trick_ambiguous", "en", "comparison",
     "Which weighs more, a pound of feathers or two pounds of bricks?"),
    ("trick_ambiguous", "en", None,
     "If a plane crashes on the border of the US and Canada, where do they bury the survivors?"),
    ("trick_ambiguous", "en", "counting", "How many months have 28 days?"),
    ("trick_ambiguous", "en", "arithmetic",
     "A bat and a ball cost $1.10 in total. The bat costs $1.00 more than the ball. "
     "How much does the ball cost?"),
    ("trick_ambiguous", "en", "arithmetic",
     "If you have 3 apples and you take away 2, how many do you have?"),
    ("trick_ambiguous", "en", "counting",
     "How many animals of each kind did Moses take on the ark?"),
    ("trick_ambiguous", "en", "comparison",
     "Which is heavier: a kilogram of steel or a kilogram of cotton?"),
    ("trick_ambiguous", "en", "comparison",
     "What is bigger, a million or the number of stars you can see at night?"),
    ("trick_ambiguous", "en", "arithmetic",
     "A farmer has 17 sheep and all but 9 run away. How many are left?"),
    ("trick_ambiguous", "en", "arithmetic", "How many times can you subtract 5 from 25?"),
    ("trick_ambiguous", "en", "number_theory",
     "What number comes next: 1, 11, 21, 1211, 111221?"),
    ("trick_ambiguous", "en", None,
     "I have two coins that add up to 30 cents and one of them is not a nickel. What are they?"),
    ("trick_ambiguous", "en", "arithmetic",
     "If 5 machines take 5 minutes to make 5 widgets, how long do 100 machines take to make "
     "100 widgets?"),
    ("trick_ambiguous", "zh", "comparison", "一斤棉花和一斤铁，哪个更重？"),
    ("trick_ambiguous", "zh", "arithmetic", "树上有 10 只鸟，开枪打死 1 只，还剩几只？"),
    # Needs knowledge beyond the numbers: unit facts, narrative word problems.
    ("needs_knowledge", "en", "arithmetic", "How many feet are in 3.5 miles?"),
    ("needs_knowledge", "en", "arithmetic", "Convert 72 degrees Fahrenheit to Celsius."),
    ("needs_knowledge", "en", "arithmetic", "How many ounces are in 2.5 pounds?"),
    ("needs_knowledge", "en", "arithmetic", "How many teaspoons are in 3 tablespoons?"),
    ("needs_knowledge", "en", "arithmetic", "What is 100 US dollars in euros today?"),
    ("needs_knowledge", "en", "arithmetic", "How many seconds are there in a leap year?"),
    ("needs_knowledge", "en", "arithmetic",
     "Sarah has 12 cookies. She gives a third of them to her brother and eats 2. Then her mom "
     "doubles what she has left. How many cookies does Sarah have now?"),
    ("needs_knowledge", "en", "arithmetic",
     "A train leaves at 3:15 pm and the trip takes 2 hours 50 minutes. When does it arrive?"),
    ("needs_knowledge", "en", "arithmetic",
     "My recipe serves 4 but I need to feed 10 people. It uses 250 g of flour. How much flour "
     "do I need, and should I change the baking time?"),
    ("needs_knowledge", "en", None, "How many calories are in 3 bananas?"),
    ("needs_knowledge", "en", "arithmetic", "Roughly how many miles is 5 km?"),
    ("needs_knowledge", "en", "geometry",
     "How many liters of paint do I need for a wall that is 4 by 5 meters?"),
    ("needs_knowledge", "en", "arithmetic",
     "A car travels 150 miles on 5 gallons of gas. What is that in liters per 100 km?"),
    ("needs_knowledge", "en", None, "How long does it take to walk 10 km?"),
    ("needs_knowledge", "zh", "arithmetic", "3 英里等于多少公里？"),
    ("needs_knowledge", "zh", "arithmetic",
     "小明有 12 颗糖，分给两个朋友每人 3 颗，后来妈妈又给了他剩下的一半那么多，他现在有几颗？"),
    ("needs_knowledge", "zh", "arithmetic", "100 美元现在能换多少人民币？"),
    # Partially computable: math plus something no tool knows.
    ("partially_computable", "en", "arithmetic", "What is 2+2 and who invented zero?"),
    ("partially_computable", "en", "arithmetic",
     "Compute 15 × 4, then tell me a fun fact about the result."),
    ("partially_computable", "en", "number_theory",
     "Is 97 prime, and why do cicadas use prime-numbered life cycles?"),
    ("partially_computable", "en", "counting",
     "How many r's are in 'strawberry', and is a strawberry botanically a berry?"),
    ("partially_computable", "en", "geometry",
     "What's the distance between (0, 0) and (3, 4), and what units does GPS use?"),
    ("partially_computable", "en", "arithmetic",
     "What is 12 squared? Also, recommend a good book about math."),
    ("partially_computable", "en", "comparison",
     "Sort 3.2, 1.5 and 4.8, and explain why sorting algorithms matter."),
    ("partially_computable", "en", "arithmetic",
     "What's 18% of 250 and is that a normal tip in Japan?"),
    ("partially_computable", "en", "comparison",
     "Which is bigger, 9.9 or 9.11, and why do language models get this wrong?"),
    ("partially_computable", "en", "number_theory",
     "Find the gcd of 48 and 180, then write a Python function that computes it."),
    ("partially_computable", "en", "counting",
     "Count the vowels in 'banana' and translate the word into French."),
    ("partially_computable", "en", "geometry",
     "What's the area of a circle with radius 3, and who first calculated pi?"),
    ("partially_computable", "en", "arithmetic",
     "Add 250 and 175, then convert the result from grams to ounces."),
    ("partially_computable", "en", "arithmetic",
     "What is 7 factorial, and where is the factorial used in real life?"),
    ("partially_computable", "en", "arithmetic",
     "Is 2024 a leap year, and what is 2024 divided by 4?"),
    ("partially_computable", "zh", "arithmetic", "2 加 2 等于几？顺便告诉我是谁发明了零。"),
    ("partially_computable", "zh", "number_theory", "17 是质数吗？为什么蝉的生命周期是质数年？"),
    # Follow-up fragments that need the conversation.
    ("follow_up", "en", "comparison", "and for 9.9?"),
    ("follow_up", "en", None, "What about 17?"),
    ("follow_up", "en", None, "Now do the same for 3.14."),
    ("follow_up", "en", "geometry", "And if the radius is 5 instead?"),
    ("follow_up", "en", "arithmetic", "ok now divide that by 3"),
    ("follow_up", "en", "number_theory", "same question but with 12 and 18"),
    ("follow_up", "en", "arithmetic", "What if it were 20% instead?"),
    ("follow_up", "en", "counting", "Try it again with the word 'banana'."),
    ("follow_up", "en", "comparison", "Is that bigger than 100?"),
    ("follow_up", "en", "arithmetic", "Double it."),
    ("follow_up", "en", "number_theory", "And the next prime after that one?"),
    ("follow_up", "en", None, "Can you reverse the order?"),
    ("follow_up", "zh", "comparison", "那 9.9 呢？"),
    ("follow_up", "zh", None, "换成 12 再算一遍。"),
    # Creative requests that mention numbers.
    ("creative", "en", None, "Write a haiku about the number 7."),
    ("creative", "en", None, "Tell me a joke involving 3.14."),
    ("creative", "en", None, "Write a short story in which 42 is the answer to everything."),
    ("creative", "en", "arithmetic", "Compose a limerick about dividing by zero."),
    ("creative", "en", None, "Give me 5 tips for learning the multiplication tables."),
    ("creative", "en", None,
     "Suggest a name for my band; we have 4 members and formed in 2019."),
    ("creative", "en", None, "Write a poem with exactly 3 stanzas about prime numbers."),
    ("creative", "en", "geometry", "Describe a circle of radius 5 in the style of Shakespeare."),
    ("creative", "en", None, "Make up a riddle whose answer is 12."),
    ("creative", "en", None,
     "Write a motivational tweet for a friend who scored 58% on a math test."),
    ("creative", "en", None, "Draw an ASCII-art triangle with 4 rows."),
    ("creative", "en", None, "Brainstorm 10 names for a pizza place on 5th Avenue."),
    ("creative", "zh", None, "写一首关于数字 8 的小诗。"),
    ("creative", "zh", None, "用 3 个成语形容一下圆周率。"),
]


# Building -------------------------------------------------------------------------------------


def template_rng(key: str) -> random.Random:
    digest = hashlib.sha256(f"{SEED}:{key}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def split_items(keys: Sequence[str], salt: str) -> dict[str, str]:
    """Seeded 40/60 split of sorted keys into dev2 / heldout2 (each pool non-empty if n > 1)."""
    ordered = sorted(keys)
    template_rng(f"split:{salt}").shuffle(ordered)
    n_dev = round(len(ordered) * DEV_SHARE)
    if len(ordered) > 1:
        n_dev = min(max(n_dev, 1), len(ordered) - 1)
    return {k: SPLIT_NAMES[0] if j < n_dev else SPLIT_NAMES[1] for j, k in enumerate(ordered)}


def build() -> list[dict[str, Any]]:
    assert len({t.id for t in TEMPLATES}) == len(TEMPLATES)
    split_of: dict[str, str] = {}
    for family in FAMILIES:
        for lang in ("en", "zh"):
            ids = [t.id for t in TEMPLATES if t.family == family and t.lang == lang]
            split_of.update(split_items(ids, f"{family}.{lang}"))
    records: list[dict[str, Any]] = []
    for t in sorted(TEMPLATES, key=lambda t: t.id):
        rng = template_rng(t.id)
        seen: set[str] = set()
        i = attempts = 0
        while i < PER_TEMPLATE:
            attempts += 1
            assert attempts < 200, f"{t.id}: cannot make {PER_TEMPLATE} distinct prompts"
            prompt, expected = t.make(rng, i)
            if prompt in seen:
                continue
            seen.add(prompt)
            records.append({"id": f"pos.{t.id}.{i}", "split": split_of[t.id],
                            "kind": "positive", "family": t.family, "lang": t.lang,
                            "template": t.id, "prompt": prompt, "expected": expected})
            i += 1
    groups: dict[tuple[str, str], list[int]] = {}
    for j, (category, lang, _, _) in enumerate(NEGATIVES):
        groups.setdefault((category, lang), []).append(j)
    for (category, lang), members in sorted(groups.items()):
        names = {f"neg.r2_{category}.{lang}.{k}": j for k, j in enumerate(members)}
        splits = split_items(list(names), f"neg:{category}.{lang}")
        for name, j in names.items():
            _, _, family, prompt = NEGATIVES[j]
            records.append({"id": name, "split": splits[name], "kind": "negative",
                            "family": family, "lang": lang, "template": name,
                            "category": category, "prompt": prompt, "expected": None})
    return records


# Self-check -----------------------------------------------------------------------------------


def canonical(expected: Expected) -> str:
    kind, answer = expected["type"], expected["answer"]
    if kind == "list":
        return ", ".join(answer)
    if kind == "factorization":
        return " × ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in answer)
    return str(answer)


def wrong_answer(expected: Expected) -> str:
    kind, answer = expected["type"], expected["answer"]
    if kind == "number":
        return frac_str(Fraction(answer) + 1)
    if kind == "real":
        return f"{answer} + 1"
    if kind == "bool":
        return "no" if answer == "yes" else "yes"
    if kind in ("choice", "word_choice"):
        return next(o for o in expected["options"] if o != answer)
    if kind == "text":
        return answer + "x"
    if kind == "list":
        return ", ".join([*answer, answer[0]])
    if kind == "relation":
        return "outside" if answer != "outside" else "inside"
    if kind == "factorization":
        return " × ".join(f"{p}^{e + 1}" for p, e in answer)
    raise ValueError(kind)


def float_checks(records: Sequence[dict[str, Any]]) -> None:
    """Independent floating-point cross-checks of a few oracles."""
    for q in range(-5, 6):
        assert segment_circle_points((-10, q), (10, q), (0, 0), 3) == (
            2 if abs(q) < 3 else 1 if abs(q) == 3 else 0)
    assert circle_common_points((0, 0), 5, (8, 6), 5) == 1
    assert circle_common_points((0, 0), 10, (3, 4), 5) == 1
    assert circle_common_points((0, 0), 10, (3, 4), 4) == 0
    assert point_in_polygon((2, 2), [(0, 0), (4, 0), (4, 4), (0, 4)]) == "inside"
    assert point_in_polygon((4, 2), [(0, 0), (4, 0), (4, 4), (0, 4)]) == "boundary"
    assert point_in_polygon((3, 3), [(0, 0), (4, 0), (4, 1), (1, 1), (1, 4), (0, 4)]) == \
        "outside"
    assert sqrt_expr(72) == "6*sqrt(2)" and perimeter_expr([(0, 0), (3, 0), (0, 4)]) == "12"
    assert is_happy(7) and not is_happy(4) and nth_prime(100) == 541
    rng = random.Random(SEED)
    for _ in range(3000):
        c, r = (rng.randint(-4, 4), rng.randint(-4, 4)), rng.randint(1, 7)
        p0 = (rng.randint(-10, 10), rng.randint(-10, 10))
        p1 = (rng.randint(-10, 10), rng.randint(-10, 10))
        exact = segment_circle_points(p0, p1, c, r)
        if exact is None:
            continue
        dx, dy = p1[0] - p0[0], p1[1] - p0[1]
        ex, ey = p0[0] - c[0], p0[1] - c[1]
        a, b, cc = dx * dx + dy * dy, 2 * (dx * ex + dy * ey), ex * ex + ey * ey - r * r
        disc = b * b - 4 * a * cc
        if disc <= 0:
            continue
        roots = [(-b - math.sqrt(disc)) / (2 * a), (-b + math.sqrt(disc)) / (2 * a)]
        if any(abs(t) < 1e-9 or abs(t - 1) < 1e-9 for t in roots):
            continue
        assert exact == sum(0 <= t <= 1 for t in roots), (p0, p1, c, r)
    for rec in records:
        if rec["kind"] != "positive" or rec["expected"]["type"] != "real":
            continue
        if "triangle with sides" in rec["prompt"]:
            a, b, c = (int(x) for x in rec["prompt"].split("sides ")[1].rstrip("?")
                       .replace(" and", ",").split(", "))
            s = (a + b + c) / 2
            heron = math.sqrt(s * (s - a) * (s - b) * (s - c))
            value = eval_real(rec["expected"]["answer"])
            assert math.isclose(heron, value, rel_tol=1e-12), rec


def eval_real(expr: str) -> float:
    total = 0.0
    for term in expr.split(" + "):
        coef, _, rad = term.partition("*sqrt(")
        if term.startswith("sqrt("):
            coef, rad = "1", term[5:]
        value = float(Fraction(coef)) if "pi" not in coef else float("nan")
        total += value * (math.sqrt(int(rad.rstrip(")"))) if rad else 1.0)
    return total


def self_check(records: Sequence[dict[str, Any]]) -> None:
    assert len({r["id"] for r in records}) == len(records)
    assert len({r["prompt"] for r in records}) == len(records), "duplicate prompts"
    templates = {s: {r["template"] for r in records if r["split"] == s} for s in SPLIT_NAMES}
    assert not templates[SPLIT_NAMES[0]] & templates[SPLIT_NAMES[1]]
    float_checks(records)
    spec = importlib.util.spec_from_file_location("_routing_compare", HERE / "compare.py")
    assert spec is not None and spec.loader is not None
    compare = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = compare
    spec.loader.exec_module(compare)
    assert "guardrail" not in sys.modules, "compare.py must not import guardrail here"
    for rec in records:
        if rec["kind"] != "positive":
            assert rec["expected"] is None and rec["category"]
            continue
        exp = rec["expected"]
        assert compare.matches(exp, canonical(exp)), (rec["id"], exp)
        assert not compare.matches(exp, wrong_answer(exp)), (rec["id"], exp)


def summary(records: Sequence[dict[str, Any]]) -> str:
    lines = [f"{'family':<14} {'split':<9} {'pos':>4} {'neg':>4} {'templates':>9}"]
    for family in (*FAMILIES, None):
        for split in SPLIT_NAMES:
            rs = [r for r in records if r["family"] == family and r["split"] == split]
            pos = [r for r in rs if r["kind"] == "positive"]
            lines.append(f"{family or 'other':<14} {split:<9} {len(pos):>4} "
                         f"{len(rs) - len(pos):>4} {len({r['template'] for r in pos}):>9}")
    for split in SPLIT_NAMES:
        rs = [r for r in records if r["split"] == split]
        pos = sum(r["kind"] == "positive" for r in rs)
        lines.append(f"{'all':<14} {split:<9} {pos:>4} {len(rs) - pos:>4}")
    return "\n".join(lines)


def main() -> None:
    records = build()
    self_check(records)
    for split in SPLIT_NAMES:
        path = HERE / f"corpus_{split}.jsonl"
        with path.open("w", encoding="utf-8", newline="\n") as f:
            for rec in records:
                if rec["split"] == split:
                    f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(summary(records))


if __name__ == "__main__":
    main()
