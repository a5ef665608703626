"""Round-11 routing corpus generator: ``corpus_dev11.jsonl`` and ``corpus_heldout11.jsonl``.

Written BLIND: the only repository file consulted while writing it was
``tests/routing/compare.py`` (the answer schema and ``matches``). No router source, rule
file, benchmark, doc or earlier corpus/generator was read, and the router was never run.

Usage::

    .venv/bin/python tests/routing/make_corpus_round11.py

Coverage and intent
-------------------
The corpus probes whether the question router generalises to phrasings it has never seen.
Positives are questions a deterministic tool can answer exactly, in five families:

1. arithmetic (fractions, powers, roots, factorial, remainders, percentages, means, totals,
   exact decimals such as 0.1 + 0.2, thousands separators, Unicode operators, number words,
   Chinese 乘以 / 次方 / Chinese numerals),
2. number comparison (9.11 vs 9.9 traps, negatives, sorting, fractions vs truncated decimals,
   Chinese 哪个大 / 比…大吗),
3. number theory (primality incl. 1 and 2, factorization, gcd/lcm, largest prime factor,
   primes below N, digit sums, happy numbers),
4. counting and string operations (letter occurrences, word length, vowels, consonants,
   words in a sentence, nth letter, reversal, anagrams, distinct letters, longer word,
   alphabetical order, Chinese 有多少个字母),
5. 2-D geometry with coordinates (circle-circle common points / containment / tangency /
   overlap, segment-segment and segment-circle intersections, point in polygon incl.
   boundary points, shoelace areas, perimeters, distances, triangle and circle areas).

About 30% of the records are negatives (``"expected": null`` plus a ``"category"``): numbers
that are not computations (versions, dates, order numbers), world knowledge, real-time data,
opinions, code questions, trick questions, ambiguous or underspecified math, requests for a
proof or explanation instead of a value, and near misses of every family.

Every template yields exactly four items (numbers and words drawn from a ``random.Random``
seeded from ``SEED`` and the template name) and goes as a whole to one split. Every expected
answer is computed here by an independent oracle (ints, ``Fraction``, trial division, direct
string counting, exact integer geometry); nothing is hard-coded. ``main()`` ends with a
self-check through ``compare.matches``.
"""

from __future__ import annotations

import json
import math
import random
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

SEED = 20_251_111
HERE = Path(__file__).resolve().parent
PER_TEMPLATE = 4
SPLIT_NAMES = ("dev11", "heldout11")
FAMILY_ORDER = ("arithmetic", "comparison", "number_theory", "counting", "geometry")
FAM3 = {"arithmetic": "ari", "comparison": "cmp", "number_theory": "nth", "counting": "cnt",
        "geometry": "geo"}

Expected = dict[str, Any]
Item = tuple[str, Expected, str | None]  # prompt, expected answer, a wrong answer (or None)
Pt = tuple[int, int]


# Formatting helpers -----------------------------------------------------------------------------


def frac_str(q: Fraction | int) -> str:
    q = Fraction(q)
    return str(q.numerator) if q.denominator == 1 else f"{q.numerator}/{q.denominator}"


def dec_str(q: Fraction | int) -> str:
    """A terminating rational written as a plain decimal ("3.5", "-0.25", "12")."""
    q = Fraction(q)
    d = q.denominator
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    if d != 1:
        raise ValueError(f"{q} does not terminate")
    text = format((Decimal(q.numerator) / Decimal(q.denominator)).normalize(), "f")
    return "0" if text in ("-0", "0") else text


def pt(p: Pt) -> str:
    return f"({p[0]}, {p[1]})"


_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n: int) -> str:
    """English words for 0 <= n < 1000."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + (f"-{_ONES[n % 10]}" if n % 10 else "")
    rest = n % 100
    return f"{_ONES[n // 100]} hundred" + (f" and {words(rest)}" if rest else "")


_CN_DIGITS = "零一二三四五六七八九"


def cn_num(n: int) -> str:
    """Chinese numerals for 0 <= n < 100 (十二, 四十五)."""
    if n < 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "十" if tens == 1 else _CN_DIGITS[tens] + "十"
    return head + (_CN_DIGITS[ones] if ones else "")


def ordinal(n: int) -> str:
    small = {1: "st", 2: "nd", 3: "rd"}
    suffix = "th" if 10 <= n % 100 <= 20 else small.get(n % 10, "th")
    return f"{n}{suffix}"


def signed_shift(var: str, c: int) -> str:
    """(x − 3)², (y + 4)² or x² for a circle equation."""
    if c == 0:
        return f"{var}²"
    sign = "−" if c > 0 else "+"
    return f"({var} {sign} {abs(c)})²"


# Expected-answer constructors -------------------------------------------------------------------


def e_num(q: Fraction | int) -> Expected:
    return {"type": "number", "answer": frac_str(q)}


def e_real(expr: str) -> Expected:
    return {"type": "real", "answer": expr}


def e_bool(b: bool) -> Expected:
    return {"type": "bool", "answer": "yes" if b else "no"}


def e_choice(text: str) -> Expected:
    return {"type": "choice", "answer": text}


def e_text(text: str) -> Expected:
    return {"type": "text", "answer": text}


def e_word(text: str) -> Expected:
    return {"type": "word_choice", "answer": text}


def e_list(items: list[str], elem: str, ordered: bool, order: str | None = None) -> Expected:
    out: Expected = {"type": "list", "elem": elem, "ordered": ordered, "answer": items}
    if order:
        out["order"] = order
    return out


def e_relation(answer: str, yes_if: str | None = None) -> Expected:
    out: Expected = {"type": "relation", "answer": answer}
    if yes_if:
        out["yes_if"] = yes_if
    return out


def e_factorization(n: int) -> Expected:
    return {"type": "factorization", "n": n, "answer": [[p, e] for p, e in factorize(n)]}


# Number-theory oracles --------------------------------------------------------------------------


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
    out: list[tuple[int, int]] = []
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
    seen: set[int] = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(c) ** 2 for c in str(n))
    return n == 1


def sqrt_parts(n: int) -> tuple[int, int]:
    """n = k² · m with m square-free; returns (k, m)."""
    k, m, d = 1, n, 2
    while d * d <= m:
        while m % (d * d) == 0:
            m //= d * d
            k *= d
        d += 1
    return k, m


def radical_sum(squares: list[int]) -> str:
    """sqrt(s1) + sqrt(s2) + ... simplified and grouped, as a sympy-parsable string."""
    coeff: Counter[int] = Counter()
    for s in squares:
        k, m = sqrt_parts(s)
        coeff[m] += k
    parts = [str(coeff[1])] if coeff[1] else []
    for m in sorted(x for x in coeff if x != 1):
        parts.append(f"sqrt({m})" if coeff[m] == 1 else f"{coeff[m]}*sqrt({m})")
    return " + ".join(parts)


# Geometry oracles -------------------------------------------------------------------------------


def dist2(a: Pt, b: Pt) -> int:
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2


def cross(o: Pt, a: Pt, b: Pt) -> int:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def on_segment(p: Pt, a: Pt, b: Pt) -> bool:
    return (cross(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
            and min(a[1], b[1]) <= p[1] <= max(a[1], b[1]))


def segments_intersect(a: Pt, b: Pt, c: Pt, d: Pt) -> bool:
    d1, d2 = cross(c, d, a), cross(c, d, b)
    d3, d4 = cross(a, b, c), cross(a, b, d)
    if ((d1 > 0) != (d2 > 0) and d1 != 0 and d2 != 0
            and (d3 > 0) != (d4 > 0) and d3 != 0 and d4 != 0):
        return True
    return (on_segment(a, c, d) or on_segment(b, c, d) or on_segment(c, a, b)
            or on_segment(d, a, b))


def locate(p: Pt, poly: list[Pt]) -> str:
    """inside / boundary / outside by exact boundary test and ray casting with Fractions."""
    n = len(poly)
    for i in range(n):
        if on_segment(p, poly[i], poly[(i + 1) % n]):
            return "boundary"
    inside = False
    for i in range(n):
        (xi, yi), (xj, yj) = poly[i], poly[(i + 1) % n]
        if (yi > p[1]) != (yj > p[1]):
            x_cross = xi + Fraction((p[1] - yi) * (xj - xi), yj - yi)
            if p[0] < x_cross:
                inside = not inside
    return "inside" if inside else "outside"


def twice_area(poly: list[Pt]) -> int:
    n = len(poly)
    return abs(sum(poly[i][0] * poly[(i + 1) % n][1] - poly[(i + 1) % n][0] * poly[i][1]
                   for i in range(n)))


def circle_common_points(c1: Pt, r1: int, c2: Pt, r2: int) -> int | None:
    """Number of common points of two circles; None for identical circles."""
    d2 = dist2(c1, c2)
    if d2 == 0:
        return None if r1 == r2 else 0
    outer, inner = (r1 + r2) ** 2, (r1 - r2) ** 2
    if d2 > outer or d2 < inner:
        return 0
    if d2 in (outer, inner):
        return 1
    return 2


def segment_circle_points(a: Pt, b: Pt, c: Pt, r: int) -> int | None:
    """Points where segment ab meets the circle (c, r); None for tangency or an endpoint
    exactly on the circle (cases we keep out of the corpus)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    fx, fy = a[0] - c[0], a[1] - c[1]
    qa = dx * dx + dy * dy
    qb = 2 * (fx * dx + fy * dy)
    qc = fx * fx + fy * fy - r * r
    disc = qb * qb - 4 * qa * qc
    f0, f1 = qc, qa + qb + qc
    if disc == 0 or f0 == 0 or f1 == 0 or qa == 0:
        return None
    if disc < 0:
        return 0
    if (f0 < 0) != (f1 < 0):
        return 1
    if f0 < 0:
        return 0
    return 2 if 0 < -qb < 2 * qa else 0


def star_polygon(rng: random.Random, k: int, lo: int, hi: int) -> list[Pt]:
    """A simple polygon (counter-clockwise, star-shaped around an interior point)."""
    while True:
        c = (rng.randint(lo + 2, hi - 2), rng.randint(lo + 2, hi - 2))
        pts = {(rng.randint(lo, hi), rng.randint(lo, hi)) for _ in range(k)}
        if len(pts) < k or c in pts:
            continue
        poly = sorted(pts, key=lambda p: math.atan2(p[1] - c[1], p[0] - c[0]))
        fan = all(cross(c, poly[i], poly[(i + 1) % k]) > 0 for i in range(k))
        corners = all(cross(poly[i - 1], poly[i], poly[(i + 1) % k]) != 0 for i in range(k))
        if fan and corners:
            return poly


TRIPLES = [(3, 4, 5), (6, 8, 10), (5, 12, 13), (8, 6, 10), (4, 3, 5), (0, 7, 7), (9, 12, 15),
           (12, 5, 13), (0, 5, 5), (6, 0, 6)]


def offset_by(rng: random.Random, center: Pt) -> tuple[Pt, int]:
    """A second centre at an integer distance from ``center``; returns (centre, distance)."""
    dx, dy, d = rng.choice(TRIPLES)
    dx *= rng.choice([1, -1])
    dy *= rng.choice([1, -1])
    return (center[0] + dx, center[1] + dy), d


def rand_pt(rng: random.Random, lo: int = -9, hi: int = 9) -> Pt:
    return rng.randint(lo, hi), rng.randint(lo, hi)


# Template registry ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Template:
    name: str
    family: str
    lang: str
    category: str | None  # None for positives
    make: Callable[[random.Random, int], Any]


TEMPLATES: list[Template] = []


def positive(family: str,
             lang: str = "en") -> Callable[[Callable[..., Item]], Callable[..., Item]]:
    def deco(fn: Callable[..., Item]) -> Callable[..., Item]:
        TEMPLATES.append(Template(fn.__name__, family, lang, None, fn))
        return fn
    return deco


def negative(family: str, category: str,
             lang: str = "en") -> Callable[[Callable[..., str]], Callable[..., str]]:
    def deco(fn: Callable[..., str]) -> Callable[..., str]:
        TEMPLATES.append(Template(fn.__name__, family, lang, category, fn))
        return fn
    return deco


# Arithmetic -------------------------------------------------------------------------------------


@positive("arithmetic")
def homework_fraction_sum(rng: random.Random, i: int) -> Item:
    b, d = rng.sample([3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 15, 18], 2)
    a, c = 0, 0
    while math.gcd(a, b) != 1 or math.gcd(c, d) != 1:
        a, c = rng.randint(1, b - 1), rng.randint(1, d - 1)
    q = Fraction(a, b) + Fraction(c, d)
    prompt = (f"Quick sanity check on my homework: {a}/{b} + {c}/{d} = ? "
              "Please leave it as a fraction, not a decimal.")
    return prompt, e_num(q), None


@positive("arithmetic")
def crashed_calculator(rng: random.Random, i: int) -> Item:
    x, y = rng.randint(10_000, 99_999), rng.randint(101, 999)
    prompt = (f"My calculator app just crashed halfway through my budget spreadsheet 🙃 "
              f"what's {x:,} × {y}?")
    return prompt, e_num(x * y), None


@positive("arithmetic")
def unicode_chain(rng: random.Random, i: int) -> Item:
    a, b = rng.randint(50, 400), rng.randint(3, 16)
    c, d = rng.randint(2, 12), rng.randint(2, 12)
    q = Fraction(a, b) - c * d
    return f"Evaluate {a} ÷ {b} − {c} × {d} and give me the exact value.", e_num(q), None


@positive("arithmetic")
def percent_of(rng: random.Random, i: int) -> Item:
    p = rng.choice([Fraction(35, 2), Fraction(15, 4), Fraction(25, 2), 12, 8, Fraction(13, 2),
                    Fraction(45, 2), 7])
    n = rng.randint(120, 9_800)
    q = Fraction(p) * n / 100
    return f"Quick one — what is {dec_str(p)}% of {n:,}?", e_num(q), None


@positive("arithmetic")
def raised_to_power(rng: random.Random, i: int) -> Item:
    b, e = rng.randint(2, 9), rng.randint(11, 19)
    prompt = (f"What does {b} raised to the {ordinal(e)} power come out to? "
              "I need every digit, no scientific notation.")
    return prompt, e_num(b**e), None


@positive("arithmetic")
def stuck_square_root(rng: random.Random, i: int) -> Item:
    n = rng.randint(31, 999)
    prompt = (f"Doing this by hand for practice and I'm stuck — what is the square root of "
              f"{n * n:,}?")
    return prompt, e_num(n), None


@positive("arithmetic")
def factorial_not_shouting(rng: random.Random, i: int) -> Item:
    n = rng.randint(9, 20)
    prompt = f"Compute {n}! for me (that's {n} factorial — the exclamation mark isn't me yelling)."
    return prompt, e_num(math.factorial(n)), None


@positive("arithmetic")
def leftover_remainder(rng: random.Random, i: int) -> Item:
    a, b = rng.randint(10_000, 999_999), rng.randint(7, 97)
    return f"When {a:,} is divided by {b}, what's left over as the remainder?", e_num(a % b), None


@positive("arithmetic")
def study_group_mean(rng: random.Random, i: int) -> Item:
    k = rng.choice([4, 5, 8])
    scores = [rng.randint(52, 100) for _ in range(k)]
    prompt = (f"Test scores from my study group this week: {', '.join(map(str, scores))}. "
              "What's the mean score?")
    return prompt, e_num(Fraction(sum(scores), k)), None


@positive("arithmetic")
def bullet_total(rng: random.Random, i: int) -> Item:
    k = rng.randint(4, 6)
    values: list[Fraction] = []
    for _ in range(k):
        if rng.random() < 0.5:
            values.append(Fraction(rng.randint(10_000, 2_000_000), 100))
        else:
            values.append(Fraction(rng.randint(5, 25_000)))
    lines = []
    for v in values:
        lines.append(f"- {Decimal(v.numerator) / v.denominator:,.2f}" if v.denominator > 1
                     else f"- {v.numerator:,}")
    prompt = "Can you total these up for me?\n\n" + "\n".join(lines) + "\n\nThanks!"
    return prompt, e_num(sum(values, Fraction(0))), None


@positive("arithmetic")
def not_floating_point(rng: random.Random, i: int) -> Item:
    while True:
        a, b = Fraction(rng.randint(1, 29), 10), Fraction(rng.randint(1, 29), 10)
        if repr(float(a) + float(b)) != dec_str(a + b):
            break
    prompt = (f"Asking for the true mathematical answer, not what floating point gives: "
              f"what is {dec_str(a)} + {dec_str(b)}?")
    return prompt, e_num(a + b), None


@positive("arithmetic")
def spelled_out_times(rng: random.Random, i: int) -> Item:
    a, b = rng.randint(11, 99), rng.randint(11, 99)
    return f"what's {words(a)} times {words(b)}", e_num(a * b), None


@positive("arithmetic")
def nested_parentheses(rng: random.Random, i: int) -> Item:
    a, b, c = rng.randint(2, 30), rng.randint(2, 30), rng.randint(2, 9)
    d, e = rng.randint(1, 40), rng.randint(3, 12)
    q = Fraction((a + b) * c - d, e)
    return f"Simplify: (({a} + {b}) × {c} - {d}) / {e}", e_num(q), None


@positive("arithmetic", "zh")
def zh_multiply(rng: random.Random, i: int) -> Item:
    a, b = rng.randint(100, 999), rng.randint(11, 99)
    return f"请问 {a} 乘以 {b} 等于多少？", e_num(a * b), None


@positive("arithmetic", "zh")
def zh_power(rng: random.Random, i: int) -> Item:
    b, e = rng.randint(2, 9), rng.randint(5, 12)
    return f"{b} 的 {e} 次方是多少呀？", e_num(b**e), None


@positive("arithmetic", "zh")
def zh_numerals_chain(rng: random.Random, i: int) -> Item:
    a, b, c = rng.randint(11, 99), rng.randint(11, 99), rng.randint(11, 99)
    prompt = f"{cn_num(a)}加上{cn_num(b)}，再减去{cn_num(c)}，结果等于多少？"
    return prompt, e_num(a + b - c), None


# Comparison -------------------------------------------------------------------------------------


@positive("comparison")
def kid_decimal_trap(rng: random.Random, i: int) -> Item:
    n, z = rng.randint(1, 20), rng.randint(2, 9)
    while True:
        xy = rng.randint(10, 10 * z - 1)
        if xy % 10:
            break
    a, b = n + Fraction(xy, 100), n + Fraction(z, 10)
    prompt = (f"My kid insists {dec_str(a)} is bigger than {dec_str(b)} because {xy} is bigger "
              f"than {z}. Which number is actually bigger?")
    bigger, smaller = (a, b) if a > b else (b, a)
    return prompt, e_choice(dec_str(bigger)), dec_str(smaller)


@positive("comparison")
def negatives_greater(rng: random.Random, i: int) -> Item:
    a = -Fraction(rng.randint(5, 300), rng.choice([1, 10]))
    b = -Fraction(rng.randint(5, 300), rng.choice([1, 10]))
    if a == b:
        b -= 1
    prompt = f"Negative numbers always trip me up. Is {dec_str(a)} greater than {dec_str(b)}?"
    return prompt, e_bool(a > b), None


@positive("comparison")
def sort_ascending_terse(rng: random.Random, i: int) -> Item:
    vals: set[Fraction] = set()
    while len(vals) < 6:
        vals.add(Fraction(rng.randint(-250, 250), rng.choice([1, 4, 10])))
    shown = list(vals)
    rng.shuffle(shown)
    ans = [dec_str(v) for v in sorted(vals)]
    prompt = f"sort ascending pls: {', '.join(dec_str(v) for v in shown)}"
    return prompt, e_list(ans, "number", True, "asc"), ", ".join(reversed(ans))


@positive("comparison")
def rank_bullets_desc(rng: random.Random, i: int) -> Item:
    vals: set[Fraction] = set()
    while len(vals) < 5:
        places = rng.choice([10, 100, 1000])
        vals.add(Fraction(rng.randint(1, places - 1), places))
    shown = list(vals)
    rng.shuffle(shown)
    ans = [dec_str(v) for v in sorted(vals, reverse=True)]
    prompt = ("Rank these from largest to smallest:\n"
              + "\n".join(f"• {dec_str(v)}" for v in shown))
    return prompt, e_list(ans, "number", True, "desc"), ", ".join(reversed(ans))


@positive("comparison")
def truncated_fraction_smaller(rng: random.Random, i: int) -> Item:
    n = rng.choice([3, 6, 7, 9, 11, 12, 13, 14, 15])
    while True:
        p = rng.randint(1, n - 1)
        if math.gcd(p, n) == 1:
            break
    exact = Fraction(p, n)
    rounding = math.floor if i % 2 == 0 else math.ceil
    d = Fraction(rounding(exact * 1000), 1000)
    smaller = d if d < exact else exact
    prompt = (f"My friend says {dec_str(d)} and {p}/{n} are the same number. They aren't "
              "exactly equal, so which of the two is smaller?")
    ans = dec_str(d) if smaller == d else f"{p}/{n}"
    wrong = f"{p}/{n}" if smaller == d else dec_str(d)
    return prompt, e_choice(ans), wrong


@positive("comparison")
def smallest_of_four(rng: random.Random, i: int) -> Item:
    n, d = rng.randint(1, 9), rng.randint(1, 9)
    vals = [n + Fraction(d, 10), n + Fraction(d, 100), n + Fraction(d, 1000),
            n + Fraction(10 * d + 5, 100)]
    rng.shuffle(vals)
    txt = [dec_str(v) for v in vals]
    prompt = f"Out of {txt[0]}, {txt[1]}, {txt[2]} and {txt[3]}, which one is the smallest?"
    return prompt, e_choice(dec_str(min(vals))), dec_str(max(vals))


@positive("comparison")
def true_false_powers(rng: random.Random, i: int) -> Item:
    while True:
        a, c = rng.sample(range(2, 10), 2)
        b, d = rng.randint(2, 12), rng.randint(2, 12)
        x, y = a**b, c**d
        if x != y and 0.5 < x / y < 2:
            break
    return f"True or false: {a}^{b} is greater than {c}^{d}.", e_bool(x > y), None


@positive("comparison")
def which_fraction_larger(rng: random.Random, i: int) -> Item:
    while True:
        b, d = rng.randint(5, 20), rng.randint(5, 20)
        a, c = rng.randint(1, b - 1), rng.randint(1, d - 1)
        x, y = Fraction(a, b), Fraction(c, d)
        reduced = math.gcd(a, b) == 1 and math.gcd(c, d) == 1
        if reduced and x != y and abs(x - y) < Fraction(1, 20) and b != d:
            break
    prompt = f"Which is larger, {a}/{b} or {c}/{d}? Just the number please."
    big, small = (f"{a}/{b}", f"{c}/{d}") if x > y else (f"{c}/{d}", f"{a}/{b}")
    return prompt, e_choice(big), small


@positive("comparison", "zh")
def zh_which_bigger(rng: random.Random, i: int) -> Item:
    n, d, k = rng.randint(0, 9), rng.randint(2, 9), rng.randint(1, 9)
    a = -(n + Fraction(d, 10))
    b = -(n + Fraction(10 * d - k, 100))
    pair = [a, b]
    rng.shuffle(pair)
    prompt = f"{dec_str(pair[0])} 和 {dec_str(pair[1])} 哪个大？"
    return prompt, e_choice(dec_str(max(pair))), dec_str(min(pair))


@positive("comparison", "zh")
def zh_bigger_than(rng: random.Random, i: int) -> Item:
    while True:
        a = Fraction(rng.randint(1, 99), rng.choice([10, 100]))
        b = Fraction(rng.randint(1, 999), rng.choice([100, 1000]))
        if a != b and abs(a - b) < Fraction(1, 5):
            break
    return f"{dec_str(a)} 比 {dec_str(b)} 大吗？", e_bool(a > b), None


# Number theory ----------------------------------------------------------------------------------


@positive("number_theory")
def prime_bet(rng: random.Random, i: int) -> Item:
    if i < 2:
        n = 1 if i == 0 else rng.choice([2, 97, 89, 83, 79])
    else:
        n = rng.choice([2, 51, 57, 87, 91, 97, 89, 119, 133, 161, 221, 209, 83])
    prompt = f"Settle a bet between me and my roommate: is {n} a prime number?"
    return prompt, e_bool(is_prime(n)), None


@positive("number_theory")
def break_into_prime_factors(rng: random.Random, i: int) -> Item:
    while True:
        n = 1
        for _ in range(rng.randint(3, 6)):
            n *= rng.choice([2, 2, 3, 3, 5, 7, 11, 13, 17, 19, 23])
        if 100 <= n <= 200_000 and not is_prime(n):
            break
    fac = factorize(n)
    wrong = " × ".join(f"{p}^{e + (j == 0)}" for j, (p, e) in enumerate(fac))
    return f"Break {n} down into its prime factors.", e_factorization(n), wrong


@positive("number_theory")
def gcd_to_simplify(rng: random.Random, i: int) -> Item:
    g = rng.randint(2, 40)
    while True:
        x, y = rng.randint(2, 40), rng.randint(2, 40)
        if x != y and math.gcd(x, y) == 1:
            break
    a, b = g * x, g * y
    prompt = (f"To simplify {a}/{b} I need the greatest common divisor of {a} and {b}. "
              "What is it?")
    return prompt, e_num(math.gcd(a, b)), None


@positive("number_theory")
def lcm_terse(rng: random.Random, i: int) -> Item:
    a, b, c = rng.sample(range(4, 61), 3)
    return f"lcm({a}, {b}, {c}) = ?", e_num(math.lcm(a, b, c)), None


@positive("number_theory")
def euler_style_largest_factor(rng: random.Random, i: int) -> Item:
    primes = [p for p in range(2, 1000) if is_prime(p)]
    while True:
        n = math.prod(rng.choice(primes) for _ in range(rng.randint(2, 4)))
        if 10_000 <= n <= 50_000_000:
            break
    prompt = ("The prime factors of 13195 are 5, 7, 13 and 29. "
              f"What is the largest prime factor of the number {n}?")
    return prompt, e_num(factorize(n)[-1][0]), None


@positive("number_theory")
def primes_less_than(rng: random.Random, i: int) -> Item:
    while True:
        n = rng.randint(20, 70)
        if is_prime(n) == (i % 2 == 0):
            break
    ans = [str(p) for p in range(2, n) if is_prime(p)]
    wrong = ", ".join(ans[:-1])
    return f"List every prime number less than {n}.", e_list(ans, "number", False), wrong


@positive("number_theory")
def digit_sum_spelled(rng: random.Random, i: int) -> Item:
    n = rng.randint(100_000, 999_999_999)
    prompt = f"What's the digit sum of {n:,}? (Just add up all of its digits once.)"
    return prompt, e_num(sum(int(c) for c in str(n))), None


@positive("number_theory")
def happy_number(rng: random.Random, i: int) -> Item:
    while True:
        n = rng.randint(2, 300)
        if is_happy(n) == (i % 2 == 0):
            break
    prompt = (f"Is {n} a happy number? (The kind where you keep replacing it by the sum of the "
              "squares of its digits and see whether you reach 1.)")
    return prompt, e_bool(is_happy(n)), None


@positive("number_theory", "zh")
def zh_is_prime(rng: random.Random, i: int) -> Item:
    while True:
        n = rng.randint(101, 999)
        if n % 2 and n % 3 and n % 5 and is_prime(n) == (i % 2 == 1):
            break
    return f"{n} 是不是质数？", e_bool(is_prime(n)), None


@positive("number_theory", "zh")
def zh_gcd(rng: random.Random, i: int) -> Item:
    g = rng.randint(3, 30)
    a, b = g * rng.randint(2, 30), g * rng.randint(2, 30)
    if a == b:
        b += g
    return f"求 {a} 和 {b} 的最大公约数。", e_num(math.gcd(a, b)), None


# Counting and strings ---------------------------------------------------------------------------

LETTER_WORDS = [("strawberry", "r"), ("mississippi", "s"), ("bookkeeper", "e"),
                ("committee", "t"), ("assessment", "s"), ("banana", "a"), ("occurrence", "c"),
                ("raspberry", "r"), ("possession", "s"), ("nevertheless", "e"),
                ("parallel", "l"), ("abracadabra", "a"), ("millennium", "n"), ("pepper", "p")]
LONG_WORDS = ["encyclopedia", "onomatopoeia", "incomprehensible", "characteristic",
              "photosynthesis", "entrepreneur", "hippopotamus", "extraordinary",
              "refrigerator", "kaleidoscope", "mathematician", "questionnaire"]
PLAIN_WORDS = ["education", "mountain", "onomatopoeia", "absolute", "chocolate", "queue",
               "strengths", "aeroplane", "television", "adventure", "bouquet", "caterpillar",
               "dinosaur", "umbrella", "avocado", "penguin", "sandwich", "marathon"]


@positive("counting")
def letter_occurrences(rng: random.Random, i: int) -> Item:
    w, c = rng.choice(LETTER_WORDS)
    return f"How many {c}'s are in the word {w}?", e_num(w.count(c)), None


@positive("counting")
def word_length_letters(rng: random.Random, i: int) -> Item:
    w = rng.choice(LONG_WORDS)
    return f'How long is the word "{w}", in letters?', e_num(len(w)), None


@positive("counting")
def vowel_count(rng: random.Random, i: int) -> Item:
    w = rng.choice(PLAIN_WORDS + LONG_WORDS)
    assert "y" not in w
    n = sum(c in "aeiou" for c in w)
    return f"Count the vowels (a, e, i, o, u) in '{w}'.", e_num(n), None


@positive("counting")
def consonant_count(rng: random.Random, i: int) -> Item:
    w = rng.choice(PLAIN_WORDS)
    assert "y" not in w
    n = sum(c.isalpha() and c not in "aeiou" for c in w)
    return f"How many consonants are there in the word “{w}”?", e_num(n), None


SENTENCES = ["The quick brown fox jumps over the lazy dog",
             "She sells sea shells by the sea shore every summer",
             "My grandmother bakes the best apple pie in town",
             "Reading a good book on a rainy afternoon is my idea of fun",
             "Our train was delayed for almost an hour this morning",
             "Please remember to water the plants while I am away",
             "The museum opens at nine and closes at five",
             "Learning a new language takes patience and a lot of practice"]


@positive("counting")
def sentence_word_count(rng: random.Random, i: int) -> Item:
    s = rng.choice(SENTENCES)
    prompt = f"How many words are in the following sentence?\n\n> {s}."
    return prompt, e_num(len(s.split())), None


@positive("counting")
def nth_letter(rng: random.Random, i: int) -> Item:
    w = rng.choice(LONG_WORDS + PLAIN_WORDS)
    k = rng.randint(2, len(w))
    ans = w[k - 1]
    wrong = next(c for c in "zqxjk" if c != ans)
    return f"What is the {ordinal(k)} letter of the word {w}?", e_text(ans), wrong


@positive("counting")
def spell_backwards(rng: random.Random, i: int) -> Item:
    w = rng.choice(["desserts", "drawer", "stressed", "diaper", "elephant", "keyboard",
                    "planet", "rhythm", "giraffe", "pencil", "library", "quantum"])
    assert w != w[::-1]
    return f"Spell '{w}' backwards.", e_text(w[::-1]), w


ANAGRAM_PAIRS = [("listen", "silent"), ("earth", "heart"), ("night", "thing"),
                 ("angel", "angle"), ("dusty", "study"), ("apple", "appeal"),
                 ("letter", "latter"), ("night", "knight"), ("carrot", "tractor"),
                 ("below", "elbow"), ("finder", "friend"), ("garden", "danger"),
                 ("master", "stream"), ("silent", "listens"), ("cheap", "peach"),
                 ("teacher", "cheater"), ("lemon", "melon"), ("stone", "notes")]


@positive("counting")
def anagram_check(rng: random.Random, i: int) -> Item:
    while True:
        a, b = rng.choice(ANAGRAM_PAIRS)
        same = sorted(a) == sorted(b)
        if same == (i % 2 == 0):
            break
    return f'Are "{a}" and "{b}" anagrams of each other?', e_bool(same), None


@positive("counting")
def distinct_letters(rng: random.Random, i: int) -> Item:
    w = rng.choice([w for w, _ in LETTER_WORDS] + LONG_WORDS)
    return f'How many distinct letters appear in "{w}"?', e_num(len(set(w))), None


@positive("counting")
def which_word_longer(rng: random.Random, i: int) -> Item:
    pool = ["elephant", "giraffe", "zebra", "kangaroo", "octopus", "cheetah", "hamster",
            "alligator", "crocodile", "butterfly", "mosquito", "squirrel", "rhinoceros",
            "penguin", "dolphin", "flamingo", "tortoise", "chimpanzee"]
    while True:
        a, b = rng.sample(pool, 2)
        if 1 <= abs(len(a) - len(b)) <= 2:
            break
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return f"Which word has more letters, {a} or {b}?", e_word(longer), shorter


@positive("counting")
def alphabetize_bullets(rng: random.Random, i: int) -> Item:
    pool = ["banana", "band", "bandana", "bank", "apple", "applet", "apricot", "cherry",
            "chart", "charm", "berry", "bear", "beard", "candle", "canal", "cane"]
    chosen = rng.sample(pool, 5)
    ans = sorted(chosen)
    prompt = "Please put these in alphabetical order:\n" + "\n".join(f"* {w}" for w in chosen)
    return prompt, e_list(ans, "word", True), ", ".join(reversed(ans))


@positive("counting", "zh")
def zh_letter_count(rng: random.Random, i: int) -> Item:
    w, c = rng.choice(LETTER_WORDS)
    return f"单词 {w} 里面有多少个字母 {c}？", e_num(w.count(c)), None


@positive("counting", "zh")
def zh_word_length(rng: random.Random, i: int) -> Item:
    w = rng.choice(LONG_WORDS + PLAIN_WORDS)
    return f"“{w}”这个英文单词一共有几个字母？", e_num(len(w)), None


# Geometry ---------------------------------------------------------------------------------------


def cc_case(rng: random.Random, i: int, c1: Pt) -> tuple[Pt, int, int]:
    """Second centre and two radii for case i: two points, outer tangent, none, inner tangent."""
    while True:
        c2, d = offset_by(rng, c1)
        case = i % 4
        if case == 0:
            r1 = rng.randint(2, d + 3)
            r2 = rng.randint(max(1, abs(d - r1) + 1), d + r1 - 1)
        elif case == 1:
            r1 = rng.randint(1, d - 1)
            r2 = d - r1
        elif case == 2:
            r1 = rng.randint(1, max(1, d - 2))
            r2 = rng.randint(1, max(1, d - r1 - 1))
        else:
            r2 = rng.randint(1, 6)
            r1 = d + r2
        if min(r1, r2) >= 1 and circle_common_points(c1, r1, c2, r2) is not None:
            return c2, r1, r2


@positive("geometry")
def circle_equations_common_points(rng: random.Random, i: int) -> Item:
    c2, r1, r2 = cc_case(rng, i, (0, 0))
    n = circle_common_points((0, 0), r1, c2, r2)
    assert n is not None
    eq2 = f"{signed_shift('x', c2[0])} + {signed_shift('y', c2[1])} = {r2 * r2}"
    prompt = f"How many points do the circles x² + y² = {r1 * r1} and {eq2} have in common?"
    return prompt, e_num(n), None


@positive("geometry")
def circle_strictly_inside(rng: random.Random, i: int) -> Item:
    c1 = rand_pt(rng, -5, 5)
    while True:
        c2, d = offset_by(rng, c1)
        r2 = rng.randint(1, 6)
        r1 = d + r2 + rng.choice([-2, -1, 0, 0, 1, 2, 3])
        if r1 > 0:
            break
    inside = r1 > r2 and dist2(c1, c2) < (r1 - r2) ** 2
    prompt = (f"Circle P has centre {pt(c1)} and radius {r1}. Circle Q has centre {pt(c2)} "
              f"and radius {r2}. Does Q lie entirely inside P without touching it?")
    return prompt, e_bool(inside), None


@positive("geometry")
def circles_tangent(rng: random.Random, i: int) -> Item:
    c1 = rand_pt(rng)
    while True:
        c2, d = offset_by(rng, c1)
        if d < 2:
            continue
        r1 = rng.randint(1, d - 1)
        r2 = [d - r1, d + r1, rng.randint(1, 12)][i % 3] if i < 3 else rng.randint(1, 12)
        if circle_common_points(c1, r1, c2, r2) is not None:
            break
    d2 = dist2(c1, c2)
    tangent = d2 == (r1 + r2) ** 2 or (d2 > 0 and d2 == (r1 - r2) ** 2)
    prompt = (f"Are the circle centred at {pt(c1)} with radius {r1} and the circle centred at "
              f"{pt(c2)} with radius {r2} tangent to each other?")
    return prompt, e_bool(tangent), None


@positive("geometry")
def sprinkler_overlap(rng: random.Random, i: int) -> Item:
    while True:
        a, b = rand_pt(rng, 0, 20), rand_pt(rng, 0, 20)
        r1, r2 = rng.randint(2, 8), rng.randint(2, 8)
        d2 = dist2(a, b)
        if d2 <= (r1 - r2) ** 2 or d2 == (r1 + r2) ** 2:
            continue  # keep out containment and touching
        overlap = d2 < (r1 + r2) ** 2
        if overlap == (i % 2 == 0):
            break
    prompt = (f"Two lawn sprinklers each water a circular patch (coordinates in metres). "
              f"Sprinkler A sits at {pt(a)} and reaches {r1} m; sprinkler B sits at {pt(b)} "
              f"and reaches {r2} m. Do the two watered patches overlap?")
    return prompt, e_bool(overlap), None


@positive("geometry")
def segments_cross(rng: random.Random, i: int) -> Item:
    while True:
        a, b, c, d = (rand_pt(rng, 0, 10) for _ in range(4))
        orient = [cross(c, d, a), cross(c, d, b), cross(a, b, c), cross(a, b, d)]
        if 0 in orient:
            continue
        hit = segments_intersect(a, b, c, d)
        if hit == (i % 2 == 0):
            break
    prompt = (f"Does the line segment from {pt(a)} to {pt(b)} intersect the segment from "
              f"{pt(c)} to {pt(d)}?")
    return prompt, e_bool(hit), None


@positive("geometry")
def segment_meets_circle(rng: random.Random, i: int) -> Item:
    target = [2, 1, 0, 2][i]
    while True:
        c, r = rand_pt(rng, -4, 4), rng.randint(2, 6)
        a, b = rand_pt(rng, -10, 10), rand_pt(rng, -10, 10)
        n = segment_circle_points(a, b, c, r)
        if n == target:
            break
    prompt = (f"At how many points does the line segment from {pt(a)} to {pt(b)} meet the "
              f"circle with centre {pt(c)} and radius {r}?")
    return prompt, e_num(n), None


def lattice_on_boundary(rng: random.Random, poly: list[Pt]) -> Pt:
    k = rng.randrange(len(poly))
    a, b = poly[k], poly[(k + 1) % len(poly)]
    g = math.gcd(b[0] - a[0], b[1] - a[1])
    t = rng.randint(0, g)
    return a[0] + t * (b[0] - a[0]) // g, a[1] + t * (b[1] - a[1]) // g


def point_with_relation(rng: random.Random, poly: list[Pt], want: str) -> Pt | None:
    """A lattice point with the wanted relation to ``poly`` (None if none was found)."""
    if want == "boundary":
        return lattice_on_boundary(rng, poly)
    xs, ys = [p[0] for p in poly], [p[1] for p in poly]
    for _ in range(400):
        p = rng.randint(min(xs) - 3, max(xs) + 3), rng.randint(min(ys) - 3, max(ys) + 3)
        if locate(p, poly) == want:
            return p
    return None


@positive("geometry")
def rectangle_three_way(rng: random.Random, i: int) -> Item:
    x0, y0 = rand_pt(rng, -5, 5)
    w, h = rng.randint(3, 10), rng.randint(2, 8)
    rect = [(x0, y0), (x0 + w, y0), (x0 + w, y0 + h), (x0, y0 + h)]
    want = ["inside", "boundary", "outside", "boundary"][i]
    p = point_with_relation(rng, rect, want)
    assert p is not None
    rel = locate(p, rect)
    prompt = (f"A rectangle has corners at {', '.join(pt(q) for q in rect[:3])} and "
              f"{pt(rect[3])}. Is the point {pt(p)} inside the rectangle, outside it, or on "
              "its boundary?")
    wrong = "outside" if rel != "outside" else "inside"
    return prompt, e_relation(rel), wrong


@positive("geometry")
def triangle_contains_point(rng: random.Random, i: int) -> Item:
    while True:
        tri = [rand_pt(rng, -8, 8) for _ in range(3)]
        if abs(cross(*tri)) < 12:
            continue
        p = point_with_relation(rng, tri, "inside" if i % 2 == 0 else "outside")
        if p is not None:
            break
    rel = locate(p, tri)
    prompt = (f"Does the triangle with vertices {pt(tri[0])}, {pt(tri[1])} and {pt(tri[2])} "
              f"contain the point {pt(p)}?")
    wrong = "outside" if rel == "inside" else "inside"
    return prompt, e_relation(rel, "inside"), wrong


SHAPES = [[(0, 0), (6, 0), (6, 2), (2, 2), (2, 6), (0, 6)],
          [(0, 0), (6, 0), (6, 4), (3, 7), (0, 4)],
          [(0, 0), (6, 0), (6, 6), (4, 6), (4, 2), (2, 2), (2, 6), (0, 6)],
          [(0, 0), (8, 0), (4, 3), (8, 6), (0, 6)]]


@positive("geometry")
def polygon_code_block(rng: random.Random, i: int) -> Item:
    shape = rng.choice(SHAPES)
    dx, dy = rand_pt(rng, -3, 5)
    poly = [(x + dx, y + dy) for x, y in shape]
    want = ["boundary", "inside", "outside", rng.choice(["inside", "boundary", "outside"])][i]
    p = point_with_relation(rng, poly, want)
    assert p is not None
    rel = locate(p, poly)
    verts = ", ".join(f"[{x}, {y}]" for x, y in poly)
    prompt = ("Given this polygon (vertices in order) and point:\n\n```\n"
              f"polygon = [{verts}]\npoint = [{p[0]}, {p[1]}]\n```\n\n"
              "Is the point inside, outside, or on the edge of the polygon?")
    wrong = "outside" if rel != "outside" else "boundary"
    return prompt, e_relation(rel), wrong


@positive("geometry")
def shoelace_polygon_area(rng: random.Random, i: int) -> Item:
    poly = star_polygon(rng, rng.randint(5, 6), -6, 9)
    start = rng.randrange(len(poly))
    poly = poly[start:] + poly[:start]
    prompt = ("Find the area of the polygon whose vertices, taken in order, are "
              f"{', '.join(pt(p) for p in poly)}.")
    return prompt, e_num(Fraction(twice_area(poly), 2)), None


@positive("geometry")
def quadrilateral_perimeter(rng: random.Random, i: int) -> Item:
    poly = star_polygon(rng, 4, -6, 8)
    labels = "ABCD"
    sq = [dist2(poly[k], poly[(k + 1) % 4]) for k in range(4)]
    prompt = ("What's the perimeter of the quadrilateral with vertices "
              + ", ".join(f"{labels[k]}{pt(poly[k])}" for k in range(4))
              + " (in that order)?")
    return prompt, e_real(radical_sum(sq)), None


@positive("geometry")
def how_far_apart(rng: random.Random, i: int) -> Item:
    while True:
        a, b = rand_pt(rng, -12, 12), rand_pt(rng, -12, 12)
        if a != b:
            break
    prompt = f"How far apart are the points {pt(a)} and {pt(b)}?"
    return prompt, e_real(radical_sum([dist2(a, b)])), None


@positive("geometry")
def triangle_area_from_vertices(rng: random.Random, i: int) -> Item:
    while True:
        tri = [rand_pt(rng, -9, 9) for _ in range(3)]
        if cross(*tri) != 0:
            break
    prompt = (f"A triangle has vertices at A{pt(tri[0])}, B{pt(tri[1])} and C{pt(tri[2])}. "
              "What is its area?")
    return prompt, e_num(Fraction(abs(cross(*tri)), 2)), None


@positive("geometry")
def circular_rug_area(rng: random.Random, i: int) -> Item:
    d = rng.randint(3, 16)
    prompt = (f"A circular rug has a diameter of {d} feet. What is its area in square feet? "
              "An exact answer in terms of π is fine.")
    return prompt, e_real(f"{frac_str(Fraction(d * d, 4))}*pi"), None


@positive("geometry", "zh")
def zh_point_distance(rng: random.Random, i: int) -> Item:
    while True:
        a, b = rand_pt(rng, -10, 10), rand_pt(rng, -10, 10)
        if a != b:
            break
    prompt = f"平面直角坐标系中，点 A{pt(a)} 与点 B{pt(b)} 之间的距离是多少？"
    return prompt, e_real(radical_sum([dist2(a, b)])), None


@positive("geometry", "zh")
def zh_circle_intersections(rng: random.Random, i: int) -> Item:
    c1 = rand_pt(rng, -5, 5)
    c2, r1, r2 = cc_case(rng, [1, 0, 3, 2][i], c1)
    n = circle_common_points(c1, r1, c2, r2)
    assert n is not None
    prompt = (f"圆 C1 的圆心为 {pt(c1)}，半径为 {r1}；圆 C2 的圆心为 {pt(c2)}，半径为 {r2}。"
              "这两个圆有几个交点？")
    return prompt, e_num(n), None


@positive("geometry", "zh")
def zh_polygon_area(rng: random.Random, i: int) -> Item:
    poly = star_polygon(rng, rng.randint(4, 5), -5, 8)
    prompt = f"一个多边形的顶点依次为 {'、'.join(pt(p) for p in poly)}，求这个多边形的面积。"
    return prompt, e_num(Fraction(twice_area(poly), 2)), None


# Negatives: arithmetic near misses ---------------------------------------------------------------


@negative("arithmetic", "code_explanation")
def neg_float_print(rng: random.Random, i: int) -> str:
    while True:
        a, b = Fraction(rng.randint(1, 9), 10), Fraction(rng.randint(1, 9), 10)
        shown = repr(float(a) + float(b))
        if len(shown) > 8:  # a visible floating-point artefact such as 0.30000000000000004
            break
    return (f"Why does `print({dec_str(a)} + {dec_str(b)})` output {shown} in Python instead "
            f"of {dec_str(a + b)}?")


@negative("arithmetic", "ambiguous")
def neg_viral_division(rng: random.Random, i: int) -> str:
    while True:
        a, b, c, d = rng.randint(6, 48), rng.randint(2, 6), rng.randint(1, 5), rng.randint(1, 5)
        if Fraction(a, b * (c + d)) != Fraction(a, b) * (c + d):
            break
    return f"Settle the internet argument once and for all: what is {a} ÷ {b}({c}+{d})?"


@negative("arithmetic", "realtime_data")
def neg_currency_today(rng: random.Random, i: int) -> str:
    cur = rng.choice(["euros", "Japanese yen", "British pounds", "Indian rupees",
                      "Mexican pesos", "Swiss francs"])
    return f"How much is {rng.randint(20, 5000):,} US dollars in {cur} right now?"


@negative("arithmetic", "symbolic_algebra")
def neg_symbolic(rng: random.Random, i: int) -> str:
    v, k = rng.choice(["x", "y", "t", "a"]), rng.randint(2, 9)
    form = rng.randrange(3)
    if form == 0:
        return f"Simplify ({v}^2 - {k * k}) / ({v} - {k})"
    if form == 1:
        return f"Expand ({v} + {k})^3 and collect like terms."
    return f"Factor {v}^2 + {2 * k}{v} + {k * k} completely."


@negative("arithmetic", "identifier")
def neg_order_number(rng: random.Random, i: int) -> str:
    return (f"My order #{rng.randint(1_000_000, 99_999_999)} still hasn't shipped and it's "
            f"been {rng.randint(5, 21)} days. Who should I contact about it?")


@negative("arithmetic", "explanation", "zh")
def neg_zh_why_rule(rng: random.Random, i: int) -> str:
    a, b = rng.randint(2, 99), rng.randint(2, 9)
    forms = [f"为什么 {a} 乘以 0 等于 0？能用小学生听得懂的方式解释一下吗？",
             f"为什么 -{b} 乘以 -{b} 是正数？请讲讲道理。",
             f"为什么 {a} 不能除以 0？请解释原因。",
             "为什么 0.999… 等于 1？给我讲讲其中的道理。",
             f"分数除法为什么要乘以倒数？比如 {a} 除以 1/{b}，请解释一下。"]
    return rng.choice(forms)


# Negatives: comparison near misses --------------------------------------------------------------


@negative("comparison", "version_number")
def neg_version_newer(rng: random.Random, i: int) -> str:
    prod, major = rng.choice([("Python", 3), ("Django", 4), ("Ruby", 3), ("Kotlin", 1),
                              ("TypeScript", 5), ("Node.js", 20)])
    new, old = rng.randint(10, 13), rng.randint(2, 9)
    return (f"Is {prod} {major}.{new} newer than {prod} {major}.{old}? Trying to decide which "
            "one to install for a new project.")


@negative("comparison", "trick_question")
def neg_heavier_trick(rng: random.Random, i: int) -> str:
    n = rng.randint(2, 5)
    forms = [f"Which is heavier: a pound of feathers or {words(n)} pounds of bricks?",
             "Which weighs more, a kilogram of steel or a kilogram of feathers?",
             f"What's heavier, {n} kg of cotton or {n * 1000} g of iron?",
             "Which is heavier, a ton of bricks or a ton of feathers?",
             f"If I have {n} bags of sand and you have {n} bags of popcorn, whose bags are "
             "heavier?"]
    return rng.choice(forms)


@negative("comparison", "unit_conversion")
def neg_unit_compare(rng: random.Random, i: int) -> str:
    a = rng.randint(3, 40)
    forms = [f"Which is longer, {a} miles or {a + rng.randint(1, a // 2 + 1)} kilometres?",
             f"Is {a + 50} °F warmer than {a} °C?",
             f"Which holds more, a {a}-gallon tank or a {a * 3}-litre tank?",
             f"Is {a} ounces more than {a * 25} grams?"]
    return rng.choice(forms)


@negative("comparison", "opinion")
def neg_sports_better(rng: random.Random, i: int) -> str:
    team = rng.choice(["Lakers", "Celtics", "Warriors", "Yankees", "Red Sox", "Chiefs"])
    x = rng.randint(90, 130)
    y = x - rng.randint(1, 15)
    return (f"The {team} won {x}-{y} last night. Does that make them the better team this "
            "season?")


@negative("comparison", "opinion", "zh")
def neg_zh_phone_choice(rng: random.Random, i: int) -> str:
    brand = rng.choice(["iPhone", "小米", "华为 Mate", "OPPO Find X"])
    a = rng.randint(8, 16)
    return f"{brand} {a} 和 {brand} {a - rng.randint(1, 3)} 哪个更值得买？"


@negative("comparison", "date", "zh")
def neg_zh_ambiguous_dates(rng: random.Random, i: int) -> str:
    m, d = rng.sample(range(1, 13), 2)
    return (f"我的签证上写的到期日是 {m:02d}/{d:02d}，回国航班是 {d:02d}/{m:02d}，"
            "签证会不会在航班之前就过期？")


# Negatives: number-theory near misses ------------------------------------------------------------


@negative("number_theory", "proof")
def neg_prove_statement(rng: random.Random, i: int) -> str:
    p = rng.choice([2, 3, 5, 7, 11, 13])
    k = rng.randint(3, 6)
    forms = [f"Prove that √{p} is irrational. I need the full argument, not just the answer.",
             "Can you prove there are infinitely many primes? Walk me through Euclid's idea.",
             f"Prove that the product of any {k} consecutive integers is divisible by {k}!.",
             "Show that n² − 1 is divisible by 8 for every odd integer n.",
             f"Why does the divisibility rule for {rng.choice([3, 9, 11])} work? Explain it."]
    return rng.choice(forms)


@negative("number_theory", "world_knowledge")
def neg_open_problems(rng: random.Random, i: int) -> str:
    forms = ["Has anyone found an odd perfect number yet?",
             "What is the largest known prime number right now?",
             "Has the Collatz conjecture been proven?",
             "Is the twin prime conjecture solved?",
             f"Who first showed there are infinitely many primes with gaps below "
             f"{rng.choice(['70 million', '246'])}?",
             "What is the current record for the most digits of pi computed?"]
    return rng.choice(forms)


@negative("number_theory", "culture")
def neg_lucky_culture(rng: random.Random, i: int) -> str:
    n = rng.choice([4, 7, 8, 9, 13, 17, 666])
    where = rng.choice(["Chinese culture", "Japan", "Italy", "Western superstition"])
    return f"Is {n} considered a lucky number in {where}?"


@negative("number_theory", "code_request")
def neg_write_prime_code(rng: random.Random, i: int) -> str:
    lang = rng.choice(["Python", "JavaScript", "Rust", "C", "Go", "Java"])
    n = rng.randint(100, 100_000)
    return f"Write a {lang} function that checks whether {n} is prime and explain how it works."


@negative("number_theory", "explanation", "zh")
def neg_zh_prime_explain(rng: random.Random, i: int) -> str:
    k = rng.randint(4, 30)
    p = rng.choice([5, 7, 11, 13, 17])
    forms = ["为什么 1 不算质数？请解释一下原因。",
             "为什么 2 是唯一的偶质数？能讲讲吗？",
             f"为什么 {k * k} 的因数个数是奇数？请解释。",
             "为什么质数有无穷多个？请给出证明。",
             f"如果 {p} 是质数，为什么 {p * p} 只有三个因数？解释一下。"]
    return rng.choice(forms)


# Negatives: counting near misses ----------------------------------------------------------------


@negative("counting", "world_knowledge")
def neg_how_many_facts(rng: random.Random, i: int) -> str:
    return rng.choice(["How many moons does Jupiter have?",
                       "How many bones are there in an adult human body?",
                       "How many keys does a standard piano have?",
                       "How many countries are there in Africa?",
                       "How many players does a rugby union team have on the field?",
                       "How many hearts does an octopus have?",
                       "How many letters are there in the Greek alphabet?"])


@negative("counting", "linguistic_knowledge")
def neg_syllables(rng: random.Random, i: int) -> str:
    w = rng.choice(["banana", "chocolate", "comfortable", "february", "every", "fire",
                    "wednesday", "camera"])
    silent = rng.choice(["knight", "island", "psychology", "wednesday", "subtle", "doubt"])
    stressed = rng.choice(["banana", "photograph", "photography", "record", "present",
                           "comfortable", "hotel"])
    forms = [f"How many syllables are in the word '{w}'?",
             f"How many silent letters are in '{silent}'?",
             f"Which syllable is stressed in '{stressed}'?"]
    return rng.choice(forms)


@negative("counting", "semantics")
def neg_opposite_word(rng: random.Random, i: int) -> str:
    w = rng.choice(["ascend", "generous", "ancient", "fragile", "increase", "borrow",
                    "victory", "shallow", "reward"])
    return f'What\'s the opposite of the word "{w}"?'


@negative("counting", "code_request")
def neg_string_code(rng: random.Random, i: int) -> str:
    lang = rng.choice(["JavaScript", "Python", "C#", "Go"])
    c = rng.choice("aeiourst")
    forms = [f"How do I count the occurrences of '{c}' in a string in {lang}?",
             f"What's the fastest way to reverse a string in {lang}?",
             f"Write a regex that matches words containing exactly {rng.randint(2, 4)} "
             "vowels.",
             f"In {lang}, how can I check whether two strings are anagrams?"]
    return rng.choice(forms)


@negative("counting", "world_knowledge", "zh")
def neg_zh_how_many(rng: random.Random, i: int) -> str:
    return rng.choice(["太阳系有几颗行星？", "成年人一共有多少颗牙齿？",
                       "中国有多少个省级行政区？", "《红楼梦》一共有多少回？",
                       "一支足球队上场有几名球员？", "世界上有多少个国家？"])


@negative("counting", "external_data")
def neg_count_in_unseen_text(rng: random.Random, i: int) -> str:
    c = rng.choice("etaoins")
    w = rng.choice(["love", "death", "night", "sword"])
    forms = [f"How many times does the letter '{c}' appear in the US Constitution?",
             "How many words are in the first Harry Potter book?",
             f"Count how many times the word '{w}' appears in Romeo and Juliet.",
             f"How many lines in Hamlet contain the word '{w}'?"]
    return rng.choice(forms)


# Negatives: geometry near misses ----------------------------------------------------------------


@negative("geometry", "world_knowledge")
def neg_city_distance(rng: random.Random, i: int) -> str:
    a, b = rng.sample(["Paris", "Berlin", "Madrid", "Rome", "Vienna", "Prague", "Lisbon",
                       "Amsterdam"], 2)
    return rng.choice([f"How far is it from {a} to {b} by road?",
                       f"What's the straight-line distance between {a} and {b}?"])


@negative("geometry", "underspecified")
def neg_missing_measurement(rng: random.Random, i: int) -> str:
    a, b = rng.randint(3, 15), rng.randint(3, 15)
    forms = [f"What's the area of a triangle with two sides {a} and {b}?",
             f"A rectangle has a perimeter of {2 * (a + b)}. What is its area?",
             f"A circle passes through the point ({a}, {b}). What's its area?",
             f"Find the distance from the point ({a}, {b}) to the line."]
    return rng.choice(forms)


@negative("geometry", "proof")
def neg_geometry_why(rng: random.Random, i: int) -> str:
    n, k = rng.randint(5, 12), rng.randint(1, 6)
    forms = ["Prove that the base angles of an isosceles triangle are equal.",
             "Why is the area of a circle πr²? I want the intuition, not a number.",
             f"Prove that a triangle with sides {3 * k}, {4 * k} and {5 * k} is right-angled.",
             f"Explain why the interior angles of a {n}-sided polygon add up to "
             f"{(n - 2) * 180} degrees."]
    return rng.choice(forms)


@negative("geometry", "how_to")
def neg_construction_how_to(rng: random.Random, i: int) -> str:
    n = rng.randint(3, 12)
    forms = [f"How do I draw a regular hexagon with {n} cm sides using only a compass and "
             "a ruler?",
             f"How can I bisect a {n * 10}-degree angle with a compass?",
             "How do I compute where two circles intersect in Python with shapely?",
             f"What's a good way to measure the area of my irregular garden, roughly {n} m "
             "across?"]
    return rng.choice(forms)


@negative("geometry", "underspecified", "zh")
def neg_zh_missing_data(rng: random.Random, i: int) -> str:
    a, b = rng.randint(3, 15), rng.randint(3, 15)
    forms = [f"三角形的两条边分别是 {a} 和 {b}，面积是多少？",
             f"一个长方形的周长是 {2 * (a + b)}，它的面积是多少？",
             f"一个圆经过点 ({a}, {b})，它的面积是多少？",
             f"一个梯形的上底是 {a}，下底是 {b}，面积是多少？"]
    return rng.choice(forms)


# Building ---------------------------------------------------------------------------------------


def assign_splits() -> dict[str, str]:
    """Whole templates alternate between the two splits, family by family."""
    ordered = [t for fam in FAMILY_ORDER for neg in (False, True) for t in TEMPLATES
               if t.family == fam and (t.category is not None) == neg]
    return {t.name: SPLIT_NAMES[k % 2] for k, t in enumerate(ordered)}


def canonical(expected: Expected) -> str:
    kind = expected["type"]
    if kind == "list":
        return ", ".join(expected["answer"])
    if kind == "factorization":
        return " × ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in expected["answer"])
    return str(expected["answer"])


def default_wrong(expected: Expected) -> str:
    kind, ans = expected["type"], expected["answer"]
    if kind == "number":
        return frac_str(Fraction(ans) + 1)
    if kind == "real":
        return f"({ans}) + 1"
    if kind == "bool":
        return "no" if ans == "yes" else "yes"
    raise ValueError(f"template must supply a wrong answer for type {kind}")


def _generate() -> list[tuple[dict[str, Any], str | None]]:
    splits = assign_splits()
    out: list[tuple[dict[str, Any], str | None]] = []
    for t in TEMPLATES:
        rng = random.Random(f"{SEED}:{t.name}")
        seen: set[str] = set()
        attempts = 0
        while len(seen) < PER_TEMPLATE:
            attempts += 1
            if attempts > 500:
                raise RuntimeError(f"{t.name}: cannot find {PER_TEMPLATE} distinct prompts")
            i = len(seen)
            made = t.make(rng, i)
            prompt, expected, wrong = (made, None, None) if t.category else made
            if prompt in seen:
                continue
            seen.add(prompt)
            rec: dict[str, Any] = {
                "id": f"r11-{FAM3[t.family]}-{t.lang}-{t.name}-{i}",
                "split": splits[t.name],
                "kind": "negative" if t.category else "positive",
                "family": t.family,
                "lang": t.lang,
                "template": f"r11_{t.name}",
                "prompt": prompt,
                "expected": expected,
            }
            if t.category:
                rec["category"] = t.category
            elif wrong is None:
                wrong = default_wrong(expected)
            out.append((rec, wrong))
    return out


def build() -> list[dict[str, Any]]:
    """All records of both splits, in generation order."""
    return [rec for rec, _ in _generate()]


def self_check(pairs: list[tuple[dict[str, Any], str | None]]) -> None:
    sys.path.insert(0, str(HERE))
    import compare

    ids = Counter(rec["id"] for rec, _ in pairs)
    prompts = Counter(rec["prompt"] for rec, _ in pairs)
    dupes = [k for k, v in (ids + prompts).items() if v > 1]
    if dupes:
        raise AssertionError(f"duplicate ids or prompts: {dupes[:5]}")
    for rec, wrong in pairs:
        if rec["kind"] == "negative":
            if rec["expected"] is not None or not rec.get("category"):
                raise AssertionError(f"bad negative {rec['id']}")
            continue
        right = canonical(rec["expected"])
        if not compare.matches(rec["expected"], right):
            raise AssertionError(f"{rec['id']}: canonical {right!r} rejected")
        if wrong is None or compare.matches(rec["expected"], wrong):
            raise AssertionError(f"{rec['id']}: wrong answer {wrong!r} accepted")


def main() -> None:
    pairs = _generate()
    for split in SPLIT_NAMES:
        path = HERE / f"corpus_{split}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for rec, _ in pairs:
                if rec["split"] == split:
                    f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    self_check(pairs)
    counts = Counter((rec["split"], rec["kind"]) for rec, _ in pairs)
    print(f"{len(TEMPLATES)} templates, {len(pairs)} records: {dict(sorted(counts.items()))}")


if __name__ == "__main__":
    main()
