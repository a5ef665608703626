"""Routing corpus, round 27: an independent blind round written from scratch.

Round 27 is a fresh, self-contained set of labelled prompts for the router. Every template was
written for this round without looking at earlier rounds, so it measures how the router copes
with phrasings it has never seen: varied openers and closers, short context sentences that
change nothing, format requests, numbers with separators, units, lists written in different
ways, and Chinese written the way native speakers type. Negatives look numeric or wordy but
cannot be answered by a computation on the given text.

Each template belongs entirely to one split (``dev27`` or ``heldout27``) and yields four
records. Every expected answer is computed here with exact arithmetic (ints, ``Fraction``,
trial division, direct counting, analytic circle formulas); nothing is hard-coded.

Run ``python tests/routing/make_corpus_round27.py`` to write ``corpus_dev27.jsonl`` and
``corpus_heldout27.jsonl`` next to this file.
"""

from __future__ import annotations

import json
import math
import random
import re
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import Any

OUT_DIR = Path(__file__).resolve().parent
ROUND = 27

Record = dict[str, Any]
Gen = Callable[[random.Random, int], tuple[str, Record]]
Point = tuple[int, int]

FAM3 = {"arithmetic": "ari", "comparison": "cmp", "counting": "cnt", "geometry": "geo",
        "number_theory": "nth"}

# (split, family, lang, kind, name, generator), in definition order.
TEMPLATES: list[tuple[str, str, str, str, str, Gen]] = []


def template(split: str, family: str, lang: str, kind: str) -> Callable[[Gen], Gen]:
    """Register a generator; the template name is the function name without ``t_``."""

    def register(gen: Gen) -> Gen:
        name = gen.__name__.removeprefix("t_")
        TEMPLATES.append((split, family, lang, kind, name, gen))
        return gen

    return register


def negatives(split: str, family: str, lang: str, name: str,
              prompts: list[str | Callable[[random.Random], str]]) -> None:
    """Register a negative template from four prompts (fixed strings or makers)."""
    assert len(prompts) == 4

    def gen(rng: random.Random, i: int) -> tuple[str, Record]:
        p = prompts[i]
        return (p if isinstance(p, str) else p(rng)), NONE

    TEMPLATES.append((split, family, lang, "negative", name, gen))


# Formatting ------------------------------------------------------------------------------------


def fr(q: Fraction | int) -> str:
    """Canonical "a/b" (or integer) string of an exact rational."""
    q = Fraction(q)
    return str(q.numerator) if q.denominator == 1 else f"{q.numerator}/{q.denominator}"


def dstr(q: Fraction | int) -> str:
    """The exact decimal spelling of a terminating rational ("-0.125")."""
    q = Fraction(q)
    sign = "-" if q < 0 else ""
    q = abs(q)
    k = 0
    while (q * 10**k).denominator != 1:
        k += 1
        if k > 15:
            raise ValueError(f"{q} does not terminate")
    n = int(q * 10**k)
    if k == 0:
        return f"{sign}{n}"
    s = str(n).rjust(k + 1, "0")
    return f"{sign}{s[:-k]}.{s[-k:]}"


def umin(s: str) -> str:
    """Write a leading minus sign as the Unicode minus."""
    return "−" + s[1:] if s.startswith("-") else s


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def pt(p: Point, sep: str = ", ") -> str:
    return f"({p[0]}{sep}{p[1]})"


def pts(poly: list[Point], joiner: str = ", ", sep: str = ", ") -> str:
    return joiner.join(pt(p, sep) for p in poly)


# Expected objects ------------------------------------------------------------------------------

NONE: Record = {"type": "none"}


def e_num(q: Fraction | int) -> Record:
    return {"type": "number", "answer": fr(q)}


def e_real(s: str) -> Record:
    return {"type": "real", "answer": s}


def e_bool(b: bool) -> Record:
    return {"type": "bool", "answer": "yes" if b else "no"}


def e_choice(s: str) -> Record:
    return {"type": "choice", "answer": s}


def e_text(s: str) -> Record:
    return {"type": "text", "answer": s}


def e_word(s: str) -> Record:
    return {"type": "word_choice", "answer": s}


def e_list(items: list[str], elem: str, ordered: bool, order: str | None = None) -> Record:
    rec: Record = {"type": "list", "answer": items, "elem": elem, "ordered": ordered}
    if order is not None:
        rec["order"] = order
    return rec


def e_rel(answer: str, yes_if: str | None = None) -> Record:
    rec: Record = {"type": "relation", "answer": answer}
    if yes_if is not None:
        rec["yes_if"] = yes_if
    return rec


def e_fact(n: int) -> Record:
    return {"type": "factorization", "answer": [[p, e] for p, e in factorize(n)], "n": n}


# Exact math ------------------------------------------------------------------------------------


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


def lcm(*xs: int) -> int:
    out = 1
    for x in xs:
        out = out * x // math.gcd(out, x)
    return out


def digit_sum(n: int) -> int:
    return sum(int(c) for c in str(abs(n)))


def is_happy(n: int) -> bool:
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(c) ** 2 for c in str(n))
    return n == 1


def sqrt_parts(n: int) -> tuple[int, int]:
    """(k, m) with sqrt(n) = k*sqrt(m) and m squarefree."""
    for f in range(math.isqrt(n), 0, -1):
        if n % (f * f) == 0:
            return f, n // (f * f)
    return 0, 0


def sqrt_str(n: int) -> str:
    if n == 0:
        return "0"
    k, m = sqrt_parts(n)
    if m == 1:
        return str(k)
    return f"sqrt({m})" if k == 1 else f"{k}*sqrt({m})"


def sum_of_roots(squares: list[int]) -> str:
    """Exact expression for the sum of sqrt(s) over ``squares``, like terms combined."""
    terms: dict[int, int] = {}
    for s in squares:
        k, m = sqrt_parts(s)
        terms[m] = terms.get(m, 0) + k
    parts = []
    if 1 in terms:
        parts.append(str(terms.pop(1)))
    for m in sorted(terms):
        parts.append(f"sqrt({m})" if terms[m] == 1 else f"{terms[m]}*sqrt({m})")
    return " + ".join(parts)


def pi_str(q: Fraction) -> str:
    return f"{fr(q)}*pi"


def d2(p: Point, q: Point) -> int:
    return (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2


def cross(o: Point, a: Point, b: Point) -> int:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def convex_hull(points: list[Point]) -> list[Point]:
    """Counter-clockwise hull without collinear vertices (monotone chain)."""
    ps = sorted(set(points))
    if len(ps) < 3:
        return ps
    lower: list[Point] = []
    for p in ps:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[Point] = []
    for p in reversed(ps):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def shoelace(poly: list[Point]) -> Fraction:
    s = 0
    for k, p in enumerate(poly):
        q = poly[(k + 1) % len(poly)]
        s += p[0] * q[1] - q[0] * p[1]
    return Fraction(abs(s), 2)


def locate(p: Point, poly: list[Point]) -> str:
    """inside / boundary / outside for a counter-clockwise convex polygon."""
    signs = [cross(poly[k], poly[(k + 1) % len(poly)], p) for k in range(len(poly))]
    if any(s < 0 for s in signs):
        return "outside"
    return "boundary" if any(s == 0 for s in signs) else "inside"


def random_convex(rng: random.Random, lo: int, hi: int, nmin: int, nmax: int) -> list[Point]:
    while True:
        cloud = [(rng.randint(lo, hi), rng.randint(lo, hi)) for _ in range(rng.randint(5, 8))]
        hull = convex_hull(cloud)
        if nmin <= len(hull) <= nmax and shoelace(hull) >= 6:
            start = rng.randrange(len(hull))
            return hull[start:] + hull[:start]


def point_with(rng: random.Random, poly: list[Point], want: str) -> Point | None:
    """A lattice point with the wanted location (None: no lattice point inside an edge)."""
    xs = [p[0] for p in poly]
    ys = [p[1] for p in poly]
    if want == "boundary":
        cands = []
        for k, a in enumerate(poly):
            b = poly[(k + 1) % len(poly)]
            g = math.gcd(abs(b[0] - a[0]), abs(b[1] - a[1]))
            cands += [(a[0] + (b[0] - a[0]) // g * j, a[1] + (b[1] - a[1]) // g * j)
                      for j in range(1, g)]
        return rng.choice(cands) if cands else None
    while True:
        p = (rng.randint(min(xs) - 2, max(xs) + 2), rng.randint(min(ys) - 2, max(ys) + 2))
        if locate(p, poly) == want:
            return p


def circle_points(c1: Point, r1: int, c2: Point, r2: int) -> int | None:
    """Number of common points of two circles (None when they coincide)."""
    d = d2(c1, c2)
    if d == 0 and r1 == r2:
        return None
    if d > (r1 + r2) ** 2 or d < (r1 - r2) ** 2:
        return 0
    if d in ((r1 + r2) ** 2, (r1 - r2) ** 2):
        return 1
    return 2


def segments_common(a: Point, b: Point, c: Point, d: Point) -> int | None:
    """Common points of segments ab and cd; None for the cases this round avoids."""
    o = [cross(a, b, c), cross(a, b, d), cross(c, d, a), cross(c, d, b)]
    if 0 in o or a == b or c == d:
        return None
    return 1 if o[0] * o[1] < 0 and o[2] * o[3] < 0 else 0


# Shared pools ----------------------------------------------------------------------------------

LETTER_WORDS = ["strawberry", "mississippi", "bookkeeper", "banana", "committee", "assessment",
                "parallel", "occurrence", "raspberry", "tennessee", "accommodation",
                "possession", "referrer", "successful", "balloon", "cappuccino", "embarrassed",
                "millennium", "necessary", "programming", "hippopotamus", "coffee", "address",
                "peppermint", "grasshopper", "barbecue"]
LONG_WORDS = ["encyclopedia", "onomatopoeia", "extraordinary", "photosynthesis", "refrigerator",
              "kaleidoscope", "chrysanthemum", "unbelievable", "hippopotamus", "architecture",
              "conscientious", "thermometer", "pneumonia", "bureaucracy", "questionnaire",
              "entrepreneur", "mediterranean", "strengths"]
PLAIN_WORDS = ["desserts", "drawer", "stressed", "keyboard", "elephant", "guitar", "penguin",
               "lantern", "pumpkin", "rainbow", "notebook", "whisper", "kangaroo", "blueprint",
               "chocolate", "umbrella", "volcano", "marathon", "sandwich", "triangle", "horizon",
               "velvet", "biscuit", "compass", "harvest", "lobster", "pilgrim", "saddle"]
NO_Y_WORDS = ["education", "sequoia", "onomatopoeia", "adventure", "beautiful", "communication",
              "television", "imagination", "mountain", "caterpillar", "information",
              "abbreviation", "helicopter", "avocado", "orchestra", "dinosaur", "sunflower",
              "spreadsheet"]
REPEAT_WORDS = ["banana", "mississippi", "bookkeeper", "committee", "balloon", "coffee",
                "assessment", "tattoo", "referee", "peppermint", "strawberry", "alphabet",
                "cucumber", "possessions", "engineering", "abracadabra"]
COMPARE_WORDS = ["elephant", "giraffe", "necklace", "bracelet", "pineapple", "coconut",
                 "strength", "breadth", "thought", "through", "violin", "trumpet", "chair",
                 "table", "orange", "lemon", "window", "doorway", "planet", "comet", "blanket",
                 "pillow", "scissors", "stapler"]
FRUITS = ["pear", "apple", "mango", "kiwi", "banana", "cherry", "apricot", "grape", "lemon",
          "melon", "peach", "plum", "fig", "date", "lime", "orange", "papaya", "guava"]
ANAGRAM_YES = [("listen", "silent"), ("earth", "heart"), ("night", "thing"), ("below", "elbow"),
               ("state", "taste"), ("dusty", "study"), ("cider", "cried"), ("stone", "notes"),
               ("garden", "danger"), ("tablet", "battle"), ("lemon", "melon"),
               ("stressed", "desserts")]
ANAGRAM_NO = [("apple", "paper"), ("master", "mister"), ("garden", "grander"),
              ("heart", "hearth"), ("silent", "lentils"), ("planet", "plates"),
              ("friend", "fiend"), ("secure", "rescues"), ("bread", "bored"),
              ("stone", "stove"), ("listen", "lintel"), ("dusty", "dust")]
SENTENCES = [
    "The quick brown fox jumps over the lazy dog",
    "My grandmother bakes the best apple pie in town",
    "We missed the last train home so we took a taxi",
    "Please remember to water the plants while I am away",
    "The meeting has been moved to Thursday afternoon",
    "She finished reading the entire novel in one weekend",
    "Our neighbors adopted a tiny gray kitten last week",
    "I never thought learning to swim would be this hard",
    "The library closes early on public holidays",
    "He painted the fence blue because his daughter asked him to",
    "Every morning the old man feeds the pigeons in the park",
    "They are planning a trip to the mountains next summer",
]


def letter_in(rng: random.Random, word: str, at_least: int = 2) -> str:
    cands = sorted({c for c in word if word.count(c) >= at_least})
    return rng.choice(cands or sorted(set(word)))


# ================================================================================================
# Arithmetic
# ================================================================================================


@template("dev", "arithmetic", "en", "positive")
def t_homework_precedence(rng: random.Random, i: int) -> tuple[str, Record]:
    b, c = rng.randint(3, 9), rng.randint(4, 12)
    a = rng.randint(b * c + 5, b * c + 60)
    if i == 2:
        return (f"What's {a} − {b} × {c}? Just double-checking my son's answer.",
                e_num(a - b * c))
    forms = [f"I'm checking my kid's homework. What is {a} + {b} × {c}?",
             f"Helping my daughter with her worksheet: what does {a} + {b} × {c} come out to?",
             "",
             f"Homework check, {a} + {b} * {c} = ? Just the number please."]
    return forms[i], e_num(a + b * c)


@template("dev", "arithmetic", "en", "positive")
def t_percent_of(rng: random.Random, i: int) -> tuple[str, Record]:
    p = Fraction(rng.choice(["5", "12.5", "15", "18", "35", "7.5", "40", "62.5", "8"]))
    x = rng.choice([rng.randint(40, 400), rng.randint(1200, 98000)])
    xs = f"{x:,}"
    forms = [f"What's {dstr(p)}% of {xs}?",
             f"Quick math: {dstr(p)} percent of {xs} is what?",
             f"I need {dstr(p)}% of {xs} for a report, exact value please.",
             f"Our budget is {xs} dollars. Can you tell me what {dstr(p)}% of {xs} is?"]
    return forms[i], e_num(p * x / 100)


@template("dev", "arithmetic", "en", "positive")
def t_fraction_division(rng: random.Random, i: int) -> tuple[str, Record]:
    while True:
        a, b, c, d = (rng.randint(1, 9), rng.randint(2, 12), rng.randint(1, 9),
                      rng.randint(2, 12))
        if a < b and c < d and math.gcd(a, b) == 1 and math.gcd(c, d) == 1:
            break
    q = Fraction(a, b) / Fraction(c, d)
    forms = [f"Can you work out {a}/{b} divided by {c}/{d} for me? Exact fraction please.",
             f"What do you get when you divide {a}/{b} by {c}/{d}?",
             f"({a}/{b}) ÷ ({c}/{d}), what's that as a fraction?",
             f"I'm scaling a recipe and got stuck: {a}/{b} divided by {c}/{d}. What is it?"]
    return forms[i], e_num(q)


@template("dev", "arithmetic", "en", "positive")
def t_power_words(rng: random.Random, i: int) -> tuple[str, Record]:
    if i == 1:
        b = rng.randint(13, 99)
        return f"how much is {b} squared", e_num(b**2)
    if i == 3:
        b = rng.randint(6, 30)
        return f"What's {b} cubed? Need it for a volume calc.", e_num(b**3)
    b, e = rng.randint(2, 12), rng.randint(4, 9)
    if i == 0:
        return f"What is {b} to the power of {e}?", e_num(b**e)
    return f"Compute {b} raised to the {ordinal(e)} power.", e_num(b**e)


@template("dev", "arithmetic", "en", "positive")
def t_running_total(rng: random.Random, i: int) -> tuple[str, Record]:
    if i == 3:
        cents = [rng.randint(300, 6000) for _ in range(4)]
        vals = [Fraction(c, 100) for c in cents]
        a, b, c, d = (f"${c // 100}.{c % 100:02d}" for c in cents)
        return (f"My receipts this week were {a}, {b}, {c} and {d}. What do they add up to?",
                e_num(sum(vals)))
    if i == 2:
        vals = [Fraction(rng.randint(11, 999)) for _ in range(4)]
        a, b, c, d = (str(v) for v in vals)
        return f"What's the sum of {a}, {b}, {c} and {d}?", e_num(sum(vals))
    vals = [Fraction(rng.randint(1000, 99999)) for _ in range(4)]
    s = [f"{int(v):,}" for v in vals]
    if i == 0:
        return f"Add these up for me: {s[0]}; {s[1]}; {s[2]}; {s[3]}.", e_num(sum(vals))
    lines = "\n".join(s)
    return f"Total of the following numbers, please:\n{lines}", e_num(sum(vals))


@template("heldout", "arithmetic", "en", "positive")
def t_remainder(rng: random.Random, i: int) -> tuple[str, Record]:
    b = rng.randint(6, 23)
    a = rng.randint(1000, 99999)
    while a % b == 0:
        a += 1
    forms = [f"What's the remainder when {a:,} is divided by {b}?",
             f"{a} mod {b} = ?",
             f"If you divide {a} by {b}, what is left over?",
             f"Find {a} modulo {b}. Only the remainder."]
    return forms[i], e_num(a % b)


@template("heldout", "arithmetic", "en", "positive")
def t_perfect_root(rng: random.Random, i: int) -> tuple[str, Record]:
    r = rng.randint(13, 160)
    n = r * r
    forms = [f"What's the square root of {n:,}?",
             f"√{n} = ?",
             f"Can you find the square root of {n} for me? It should come out even.",
             f"sqrt of {n}? need it for a geometry problem"]
    return forms[i], e_num(r)


@template("heldout", "arithmetic", "en", "positive")
def t_factorial(rng: random.Random, i: int) -> tuple[str, Record]:
    n = rng.randint(5, 14)
    forms = [f"What's {n} factorial? My calculator doesn't have that button.",
             f"Calculate {n}! for me.",
             f"what is the value of {n}!",
             f"How big is {n} factorial exactly?"]
    return forms[i], e_num(math.factorial(n))


@template("heldout", "arithmetic", "en", "positive")
def t_unicode_expression(rng: random.Random, i: int) -> tuple[str, Record]:
    a, b, c, d = (rng.randint(2, 30) for _ in range(4))
    if i == 0:
        while b == c:
            c = rng.randint(2, 30)
        return f"{a} × ({b} − {c}) ÷ {d} = ?", e_num(Fraction(a * (b - c), d))
    if i == 1:
        return (f"Evaluate ({a} + {b}) × {c} ÷ {d}, please.",
                e_num(Fraction((a + b) * c, d)))
    if i == 2:
        return f"What does {a}² − {b} × {c} equal?", e_num(a * a - b * c)
    return (f"{a} ÷ {b} + {c} ÷ {d}, exact answer please",
            e_num(Fraction(a, b) + Fraction(c, d)))


@template("heldout", "arithmetic", "en", "positive")
def t_decimal_exact(rng: random.Random, i: int) -> tuple[str, Record]:
    x = Fraction(rng.randint(1, 999), 10 ** rng.randint(1, 2))
    y = Fraction(rng.randint(1, 99), 10 ** rng.randint(1, 3))
    if i == 0:
        return f"Without any rounding, what is {dstr(x)} + {dstr(y)}?", e_num(x + y)
    if i == 1:
        return f"What's {dstr(x)} × {dstr(y)} exactly?", e_num(x * y)
    if i == 2:
        return f"Give me {dstr(x)} − {dstr(y)} as an exact decimal.", e_num(x - y)
    y = Fraction(rng.choice([2, 4, 5, 8, 25]), 10)
    return f"{dstr(x)} divided by {dstr(y)}, no rounding please.", e_num(x / y)


@template("dev", "arithmetic", "zh", "positive")
def t_zh_multiply_then_subtract(rng: random.Random, i: int) -> tuple[str, Record]:
    a, b = rng.randint(12, 99), rng.randint(3, 19)
    c = rng.randint(5, 200)
    forms = [f"{a}乘以{b}再减去{c}等于多少？",
             f"帮我算一下：{a}乘以{b}，然后减{c}，结果是多少",
             f"请问{a}乘{b}减去{c}是多少呀？",
             f"{a}×{b}−{c}等于几？"]
    return forms[i], e_num(a * b - c)


@template("dev", "arithmetic", "zh", "positive")
def t_zh_power(rng: random.Random, i: int) -> tuple[str, Record]:
    if i == 2:
        b = rng.randint(15, 99)
        return f"{b}的平方等于多少？", e_num(b * b)
    b, e = rng.randint(2, 9), rng.randint(3, 10)
    forms = [f"{b}的{e}次方是多少？", f"算一下{b}的{e}次方", "", f"请问{b}的{e}次幂是多少"]
    return forms[i], e_num(b**e)


@template("heldout", "arithmetic", "zh", "positive")
def t_zh_divide_fraction(rng: random.Random, i: int) -> tuple[str, Record]:
    b = rng.randint(6, 40)
    a = rng.randint(7, 300)
    while a % b == 0:
        a += 1
    forms = [f"{a}除以{b}等于多少？用分数表示",
             f"{a}除以{b}是多少，给我精确值就行",
             f"把{a}除以{b}算出来，不要四舍五入",
             f"{a} ÷ {b} = ？"]
    return forms[i], e_num(Fraction(a, b))


@template("heldout", "arithmetic", "zh", "positive")
def t_zh_percent(rng: random.Random, i: int) -> tuple[str, Record]:
    p = rng.choice([5, 12, 15, 20, 25, 35, 45, 60, 75])
    if i == 3:
        x = 20 * rng.randint(2, 4)
        return f"一个班{x}人，其中{p}%是女生，女生有多少人？", e_num(Fraction(p * x, 100))
    x = rng.randint(80, 9000)
    forms = [f"{x}的{p}%是多少？", f"{x}的{p}%等于多少", f"请帮我算{x}乘以{p}%"]
    return forms[i], e_num(Fraction(p * x, 100))


negatives("dev", "arithmetic", "en", "tip_advice", [
    lambda r: f"Is a {r.choice([10, 12, 15])}% tip on a ${r.randint(60, 140)} dinner "
              "considered rude in the US?",
    lambda r: f"Should I put {r.choice([10, 15, 20])}% of my ${r.randint(25, 60) * 100:,} "
              "paycheck into savings or pay off my credit card first?",
    lambda r: f"My landlord wants to raise the rent by {r.choice([6, 8, 12])}%. Is that normal "
              f"for a ${r.randint(12, 30) * 100:,} apartment?",
    lambda r: f"Is {r.choice([1, 2, 3])}% of ${r.randint(40, 90) * 1000:,} a reasonable amount "
              "to spend on a wedding gift?",
])

negatives("dev", "arithmetic", "en", "clock_time", [
    lambda r: f"It's {r.randint(8, 11)} o'clock now. What time will it be in "
              f"{r.randint(5, 9)} hours?",
    lambda r: f"My shift starts at {r.randint(6, 10)}:00 pm and lasts {r.randint(7, 9)} hours. "
              "When do I get off?",
    "If I set off at 11:30 and the drive takes 2 hours 45 minutes, what time do I arrive?",
    "The call is at 9 am New York time. What time is that in London?",
])

negatives("dev", "arithmetic", "zh", "zh_clock", [
    lambda r: f"现在是晚上{r.randint(9, 11)}点，再过{r.randint(4, 8)}个小时是几点？",
    "飞机早上9点从北京起飞，飞13个小时，到纽约是当地时间几点？",
    lambda r: f"今天星期三，再过{r.randint(10, 40)}天是星期几？",
    lambda r: f"我{r.randint(1980, 2005)}年出生，今年多大了？",
])

negatives("heldout", "arithmetic", "en", "code_explain", [
    lambda r: f"Write a Python one-liner that prints {r.randint(11, 99)} * {r.randint(11, 99)}.",
    "Why does 0.1 + 0.2 print 0.30000000000000004 in JavaScript?",
    lambda r: f"How do I make Excel compute {r.randint(2, 9)} to the power of "
              f"{r.randint(5, 12)} in a cell?",
    lambda r: f"Explain long division to me using {r.randint(100, 999)} ÷ {r.randint(3, 9)} "
              "as the example, I want to understand the method.",
])

negatives("heldout", "arithmetic", "en", "outside_units", [
    lambda r: f"How many calories are in {r.randint(2, 4)} slices of pepperoni pizza?",
    lambda r: f"What's {r.randint(2, 5)} cups of flour in grams?",
    lambda r: f"How much is {r.randint(20, 900)} euros in US dollars today?",
    lambda r: f"How many liters of paint do I need for {r.randint(20, 80)} square meters of wall?",
])

negatives("heldout", "arithmetic", "zh", "zh_advice", [
    lambda r: f"月薪{r.randint(5, 20) * 1000}，每个月存{r.choice([20, 30, 40])}%合适吗？",
    lambda r: f"房贷利率{r.choice(['3.1', '3.85', '4.2'])}%算高吗？",
    lambda r: f"{r.randint(2, 8) * 1000 - 1}块钱的手机值得买吗？",
    lambda r: f"给同事随份子{r.choice([200, 300, 500])}块钱会不会太少了？",
])


# ================================================================================================
# Comparison
# ================================================================================================


def _decimal_pair(rng: random.Random) -> tuple[str, str, Fraction, Fraction]:
    while True:
        k = rng.randint(0, 20)
        a = k + Fraction(rng.randint(1, 99), 100)
        b = k + Fraction(rng.randint(1, 9), 10)
        if a != b:
            if rng.random() < 0.5:
                a, b = b, a
            return dstr(a), dstr(b), a, b


def _mixed_values(rng: random.Random, n: int) -> list[Fraction]:
    vals: set[Fraction] = set()
    while len(vals) < n:
        kind = rng.randrange(3)
        if kind == 0:
            vals.add(Fraction(rng.randint(-20, 40)))
        elif kind == 1:
            vals.add(Fraction(rng.randint(-200, 400), 10))
        else:
            vals.add(Fraction(rng.randint(-999, 999), 100))
    out = list(vals)
    rng.shuffle(out)
    return out


@template("dev", "comparison", "en", "positive")
def t_decimal_bigger(rng: random.Random, i: int) -> tuple[str, Record]:
    sa, sb, a, b = _decimal_pair(rng)
    forms = [f"My friend swears {sa} is bigger than {sb}. Which one is actually larger?",
             f"Which is bigger, {sa} or {sb}?",
             f"{sa} vs {sb}: which number is greater?",
             f"Settle an argument for us, is {sa} or {sb} the larger number?"]
    return forms[i], e_choice(sa if a > b else sb)


@template("dev", "comparison", "en", "positive")
def t_negative_greater(rng: random.Random, i: int) -> tuple[str, Record]:
    while True:
        a = Fraction(-rng.randint(1, 60), rng.choice([1, 1, 10, 100]))
        b = Fraction(-rng.randint(1, 60), rng.choice([1, 1, 10, 100]))
        if a != b:
            break
    sa, sb = dstr(a), dstr(b)
    if i == 0:
        return f"Is {sa} greater than {sb}?", e_bool(a > b)
    if i == 1:
        return f"True or false: {umin(sa)} > {umin(sb)}", e_bool(a > b)
    if i == 2:
        return (f"Is {sa} less than {sb}? Negative numbers always confuse me.",
                e_bool(a < b))
    return f"Quick check, is {sa} larger than {sb}?", e_bool(a > b)


@template("dev", "comparison", "en", "positive")
def t_sort_ascending(rng: random.Random, i: int) -> tuple[str, Record]:
    vals = _mixed_values(rng, rng.randint(5, 6))
    shown = ", ".join(dstr(v) for v in vals)
    want = [dstr(v) for v in sorted(vals)]
    forms = [f"Put these in order from smallest to largest: {shown}",
             f"Sort ascending: {shown}",
             f"Can you arrange {shown} from least to greatest?",
             f"Order these numbers low to high, comma separated please: {shown}"]
    return forms[i], e_list(want, "number", True, "asc")


@template("dev", "comparison", "en", "positive")
def t_fraction_smaller(rng: random.Random, i: int) -> tuple[str, Record]:
    while True:
        a, b, c, d = rng.randint(1, 11), rng.randint(3, 12), rng.randint(1, 11), rng.randint(3, 12)
        x, y = Fraction(a, b), Fraction(c, d)
        if a < b and c < d and x != y and b != d and math.gcd(a, b) == math.gcd(c, d) == 1:
            break
    sa, sb = f"{a}/{b}", f"{c}/{d}"
    forms = [f"Which is smaller: {sa} or {sb}?",
             f"Which fraction is less, {sa} or {sb}?",
             f"My brother ate {sa} of a pizza and I ate {sb} of an identical one. "
             "Which fraction is smaller?",
             f"Between {sa} and {sb}, which is the smaller number?"]
    return forms[i], e_choice(sa if x < y else sb)


@template("dev", "comparison", "en", "positive")
def t_largest_in_list(rng: random.Random, i: int) -> tuple[str, Record]:
    vals = _mixed_values(rng, 5)
    shown = [dstr(v) for v in vals]
    best = dstr(max(vals))
    forms = [f"Which number is the largest here: {', '.join(shown)}?",
             f"From {', '.join(shown[:-1])} and {shown[-1]}, pick the biggest.",
             f"What's the maximum of the set {{{', '.join(shown)}}}?",
             f"Of the values {'; '.join(shown)}, which one is greatest?"]
    return forms[i], e_choice(best)


@template("heldout", "comparison", "en", "positive")
def t_sort_descending(rng: random.Random, i: int) -> tuple[str, Record]:
    vals = _mixed_values(rng, rng.randint(4, 6))
    shown = [dstr(v) for v in vals]
    want = [dstr(v) for v in sorted(vals, reverse=True)]
    forms = [f"Sort descending: {'; '.join(shown)}",
             f"Rank these from highest to lowest: {', '.join(shown)}",
             f"Please list {', '.join(shown)} in decreasing order.",
             f"Largest first, smallest last: {'  '.join(shown)}"]
    return forms[i], e_list(want, "number", True, "desc")


@template("heldout", "comparison", "en", "positive")
def t_fraction_vs_decimal(rng: random.Random, i: int) -> tuple[str, Record]:
    while True:
        a, b = rng.randint(1, 12), rng.randint(3, 13)
        x = Fraction(rng.randint(5, 99), 100)
        if (a < b and math.gcd(a, b) == 1 and Fraction(a, b) != x
                and abs(Fraction(a, b) - x) < Fraction(1, 10)):
            break
    f, sx = Fraction(a, b), dstr(x)
    if i == 0:
        return f"Is {a}/{b} more than {sx}?", e_bool(f > x)
    if i == 1:
        return f"Is {sx} bigger than {a}/{b}?", e_bool(x > f)
    if i == 2:
        return f"Does {a}/{b} exceed {sx}?", e_bool(f > x)
    return f"Is {a}/{b} smaller than {sx}?", e_bool(f < x)


@template("heldout", "comparison", "en", "positive")
def t_negative_less(rng: random.Random, i: int) -> tuple[str, Record]:
    while True:
        a, b = -rng.randint(2, 99), -rng.randint(2, 99)
        if a != b:
            break
    sa, sb = str(a), str(b)
    if i == 3:
        sa, sb = umin(sa), umin(sb)
    forms = [f"Between {sa} and {sb}, which one is less?",
             f"Which is smaller, {sa} or {sb}?",
             f"{sa} or {sb}: which is the lower number?",
             f"Pick the smaller value: {sa}, {sb}."]
    return forms[i], e_choice(str(min(a, b)))


@template("heldout", "comparison", "en", "positive")
def t_thousands_greater(rng: random.Random, i: int) -> tuple[str, Record]:
    while True:
        a = rng.randint(1000, 999999)
        digits = list(str(a))
        rng.shuffle(digits)
        b = int("".join(digits))
        if b != a and digits[0] != "0":
            break
    forms = [f"Which is greater, {a:,} or {b:,}?",
             f"Which number is bigger: {a:,} or {b:,}?",
             f"Is {a:,} or {b:,} the larger amount?",
             f"Bigger one out of {a:,} and {b:,}?"]
    return forms[i], e_choice(str(max(a, b)))


@template("heldout", "comparison", "en", "positive")
def t_smallest_decimal(rng: random.Random, i: int) -> tuple[str, Record]:
    vals: set[Fraction] = set()
    while len(vals) < 4:
        digits = rng.randint(1, 3)
        vals.add(Fraction(rng.randint(2 * 10 ** (digits - 1), 4 * 10 ** (digits - 1)),
                          10**digits))
    v = list(vals)
    rng.shuffle(v)
    a, b, c, d = (dstr(x) for x in v)
    forms = [f"What is the smallest of {a}, {b}, {c} and {d}?",
             f"Which of these is the least: {a}, {b}, {c}, {d}?",
             f"Out of {a}, {b}, {c} and {d}, which number is smallest?",
             f"Find the minimum among {a}; {b}; {c}; {d}."]
    return forms[i], e_choice(dstr(min(v)))


@template("dev", "comparison", "zh", "positive")
def t_zh_which_bigger(rng: random.Random, i: int) -> tuple[str, Record]:
    sa, sb, a, b = _decimal_pair(rng)
    forms = [f"{sa}和{sb}哪个大？",
             f"{sa}跟{sb}比，哪个数更大？",
             f"请问{sa}和{sb}哪个比较大",
             f"{sa}、{sb}，哪个大一些？"]
    return forms[i], e_choice(sa if a > b else sb)


@template("dev", "comparison", "zh", "positive")
def t_zh_is_bigger(rng: random.Random, i: int) -> tuple[str, Record]:
    while True:
        a = Fraction(rng.randint(-50, 50), rng.choice([1, 10]))
        b = Fraction(rng.randint(-50, 50), rng.choice([1, 10, 100]))
        if a != b:
            break
    sa, sb = dstr(a), dstr(b)
    if i == 3:
        return f"请问{sa}比{sb}小吗？", e_bool(a < b)
    forms = [f"{sa}比{sb}大吗？", f"{sa}是不是比{sb}大？", f"{sa}大于{sb}吗？"]
    return forms[i], e_bool(a > b)


@template("heldout", "comparison", "zh", "positive")
def t_zh_sort_ascending(rng: random.Random, i: int) -> tuple[str, Record]:
    vals = _mixed_values(rng, 5)
    shown = "、".join(dstr(v) for v in vals)
    want = [dstr(v) for v in sorted(vals)]
    forms = [f"把这些数从小到大排一下：{shown}",
             f"请将{shown}按从小到大的顺序排列",
             f"{shown}，从小到大怎么排？",
             f"帮我把下面几个数按升序排序：{shown}"]
    return forms[i], e_list(want, "number", True, "asc")


@template("heldout", "comparison", "zh", "positive")
def t_zh_which_smaller(rng: random.Random, i: int) -> tuple[str, Record]:
    while True:
        a, b, c, d = rng.randint(1, 11), rng.randint(3, 12), rng.randint(1, 11), rng.randint(3, 12)
        if (a < b and c < d and Fraction(a, b) != Fraction(c, d) and b != d
                and math.gcd(a, b) == math.gcd(c, d) == 1):
            break
    sa, sb = f"{a}/{b}", f"{c}/{d}"
    forms = [f"{sa}和{sb}哪个更小？",
             f"{sa}与{sb}相比，哪个小？",
             f"请比较{sa}和{sb}，哪个数较小",
             f"{sa}、{sb}哪个小一点？"]
    return forms[i], e_choice(sa if Fraction(a, b) < Fraction(c, d) else sb)


negatives("dev", "comparison", "en", "version_newer", [
    lambda r: f"Is Python 3.{r.randint(10, 13)} newer than 3.{r.randint(6, 9)}?",
    "Which is the later release, iOS 17.4 or iOS 17.10?",
    lambda r: f"Is Node 18.{r.randint(12, 20)} more recent than Node 18.{r.randint(2, 9)}?",
    "Should I upgrade the app from version 2.9 to 2.10 or wait?",
])

negatives("dev", "comparison", "en", "world_compare", [
    "Which has more people, Tokyo or Delhi?",
    "Which is bigger, a US size 9 shoe or an EU size 42?",
    "Is Mount Everest taller than K2?",
    "Which is colder, -40 degrees Celsius or -40 degrees Fahrenheit?",
])

negatives("dev", "comparison", "zh", "zh_version", [
    "微信8.0.10和8.0.9哪个版本更新？",
    "Python 3.12比3.8新吗？",
    "iPhone 15和iPhone 13哪个拍照更好？",
    "安卓14和安卓9哪个更省电？",
])

negatives("heldout", "comparison", "en", "scoring_conventions", [
    lambda r: f"In golf, is a round of {r.randint(72, 80)} better than {r.randint(64, 71)}?",
    "Is a 100m time of 9.8 seconds better than 10.1?",
    "Which is the healthier blood pressure reading, 120/80 or 140/90?",
    "Is a pH of 3 more acidic than a pH of 5?",
])

negatives("heldout", "comparison", "en", "dates_and_ids", [
    "Is 03/04/2021 earlier than 04/03/2021?",
    "Which came first, 9/11 or 7/7?",
    "Is room 305 on a higher floor than room 1204?",
    "Does flight UA 920 leave before UA 915 today?",
])

negatives("heldout", "comparison", "zh", "zh_identifiers", [
    "3号楼和12号楼哪个高？",
    "手机尾号8888和6666哪个更吉利？",
    "2025年和2026年哪一年春节早？",
    "地铁5号线和10号线哪个更挤？",
])


# ================================================================================================
# Counting / strings
# ================================================================================================


@template("dev", "counting", "en", "positive")
def t_letter_occurrences(rng: random.Random, i: int) -> tuple[str, Record]:
    w = rng.choice(LETTER_WORDS)
    c = letter_in(rng, w)
    forms = [f'How many {c}\'s are in "{w}"?',
             f"How many times does the letter {c} appear in {w}?",
             f"Count the {c}'s in the word '{w}' for me.",
             f"In the word {w}, how many {c}'s are there? It's for a spelling game."]
    return forms[i], e_num(w.count(c))


@template("dev", "counting", "en", "positive")
def t_word_length(rng: random.Random, i: int) -> tuple[str, Record]:
    w = rng.choice(LONG_WORDS)
    forms = [f"How many letters are in the word '{w}'?",
             f"How long is the word {w}, in letters?",
             f'Number of letters in "{w}"?',
             f"I'm filling in a crossword. How many letters does '{w}' have?"]
    return forms[i], e_num(len(w))


@template("dev", "counting", "en", "positive")
def t_reverse_word(rng: random.Random, i: int) -> tuple[str, Record]:
    w = rng.choice(PLAIN_WORDS)
    forms = [f"Spell '{w}' backwards.",
             f"What is {w} written in reverse?",
             f'Reverse the letters of "{w}" and just give me the result.',
             f"If you read '{w}' from right to left, what do you get?"]
    return forms[i], e_text(w[::-1])


@template("dev", "counting", "en", "positive")
def t_anagram_check(rng: random.Random, i: int) -> tuple[str, Record]:
    a, b = rng.choice(ANAGRAM_YES if i % 2 == 0 else ANAGRAM_NO)
    if rng.random() < 0.5:
        a, b = b, a
    forms = [f"Are '{a}' and '{b}' anagrams?",
             f"Is {a} an anagram of {b}?",
             f'Can the letters of "{a}" be rearranged to spell "{b}"?',
             f"Do {a} and {b} use exactly the same letters? Anagram check."]
    return forms[i], e_bool(sorted(a) == sorted(b))


@template("dev", "counting", "en", "positive")
def t_sentence_words(rng: random.Random, i: int) -> tuple[str, Record]:
    s = rng.choice(SENTENCES)
    forms = [f'How many words are in this sentence: "{s}."',
             f"Count the words: {s}.",
             f"“{s}”, how many words is that?",
             f"Word count for the following line please: {s}"]
    return forms[i], e_num(len(s.split()))


@template("heldout", "counting", "en", "positive")
def t_vowel_count(rng: random.Random, i: int) -> tuple[str, Record]:
    w = rng.choice(NO_Y_WORDS)
    vowels = sum(c in "aeiou" for c in w)
    if i == 3:
        return f"How many consonants does '{w}' have?", e_num(len(w) - vowels)
    forms = [f"How many vowels are in '{w}'?",
             f"Count the vowels in the word {w}.",
             f'How many of the letters in "{w}" are vowels (a, e, i, o, u)?']
    return forms[i], e_num(vowels)


@template("heldout", "counting", "en", "positive")
def t_nth_letter(rng: random.Random, i: int) -> tuple[str, Record]:
    w = rng.choice(PLAIN_WORDS)
    n = rng.randint(2, len(w) - 1)
    if i == 0:
        return f"What's the {ordinal(n)} letter of '{w}'?", e_text(w[n - 1])
    if i == 1:
        return f"In the word {w}, which letter is in position {n}?", e_text(w[n - 1])
    if i == 2:
        return f'Tell me the first letter of "{w}".', e_text(w[0])
    return f"What is the last letter in '{w}'?", e_text(w[-1])


@template("heldout", "counting", "en", "positive")
def t_longer_word(rng: random.Random, i: int) -> tuple[str, Record]:
    while True:
        a, b = rng.sample(COMPARE_WORDS, 2)
        if 1 <= abs(len(a) - len(b)) <= 2:
            break
    forms = [f"Which word has more letters: '{a}' or '{b}'?",
             f"Which is longer, {a} or {b}, counting letters?",
             f'"{a}" vs "{b}": which one has more letters?',
             f"Between the words {a} and {b}, which contains more letters?"]
    return forms[i], e_word(a if len(a) > len(b) else b)


@template("heldout", "counting", "en", "positive")
def t_distinct_letters(rng: random.Random, i: int) -> tuple[str, Record]:
    w = rng.choice(REPEAT_WORDS)
    forms = [f"How many distinct letters are in '{w}'?",
             f"How many different letters does the word {w} use?",
             f'Count the unique letters in "{w}".',
             f"How many different letters appear in {w}?"]
    return forms[i], e_num(len(set(w)))


@template("heldout", "counting", "en", "positive")
def t_alpha_order(rng: random.Random, i: int) -> tuple[str, Record]:
    words = rng.sample(FRUITS, rng.randint(4, 6))
    want = sorted(words)
    forms = [f"Put these words in alphabetical order: {', '.join(words)}",
             f"Alphabetize: {' '.join(words)}",
             f"Sort {', '.join(words[:-1])} and {words[-1]} alphabetically, please.",
             f"Can you arrange these in A to Z order? {'; '.join(words)}"]
    return forms[i], e_list(want, "text", True)


@template("dev", "counting", "zh", "positive")
def t_zh_letter_count(rng: random.Random, i: int) -> tuple[str, Record]:
    w = rng.choice(LETTER_WORDS)
    c = letter_in(rng, w)
    forms = [f"单词{w}里面有多少个字母{c}？",
             f"{w}这个单词里有几个{c}？",
             f"数一下“{w}”中字母{c}出现了几次",
             f"请问{w}中有几个字母{c}"]
    return forms[i], e_num(w.count(c))


@template("dev", "counting", "zh", "positive")
def t_zh_word_length(rng: random.Random, i: int) -> tuple[str, Record]:
    w = rng.choice(LONG_WORDS + PLAIN_WORDS)
    forms = [f"{w}这个单词有几个字母？",
             f"单词“{w}”一共有多少个字母？",
             f"请问{w}由多少个字母组成",
             f"{w}有几个字母啊"]
    return forms[i], e_num(len(w))


@template("heldout", "counting", "zh", "positive")
def t_zh_reverse(rng: random.Random, i: int) -> tuple[str, Record]:
    w = rng.choice(PLAIN_WORDS)
    forms = [f"把单词{w}倒过来写是什么？",
             f"“{w}”反过来拼是什么",
             f"请把{w}的字母顺序颠倒一下",
             f"{w}倒着写是什么？"]
    return forms[i], e_text(w[::-1])


@template("heldout", "counting", "zh", "positive")
def t_zh_nth_letter(rng: random.Random, i: int) -> tuple[str, Record]:
    w = rng.choice(PLAIN_WORDS)
    n = rng.randint(2, len(w) - 1)
    if i == 0:
        return f"单词{w}的最后一个字母是什么？", e_text(w[-1])
    if i == 1:
        return f"{w}的第一个字母是什么", e_text(w[0])
    if i == 2:
        return f"“{w}”的第{n}个字母是哪个？", e_text(w[n - 1])
    return f"请问单词{w}第{n}个字母是什么", e_text(w[n - 1])


negatives("dev", "counting", "en", "alphabet_trivia", [
    "How many letters are in the Greek alphabet?",
    "How many words are in the Gettysburg Address?",
    "How many letters does the Hawaiian alphabet have?",
    "How many books are in the Old Testament?",
])

negatives("dev", "counting", "en", "word_games", [
    "Give me a five-letter word that starts with 'cr' and ends in 'e'.",
    "What's a word that rhymes with 'purple'?",
    "Can you think of a phrase that is an anagram of 'astronomer'?",
    "Which letter should I guess next in Wordle if I have _ A _ E S?",
])

negatives("dev", "counting", "zh", "zh_letter_trivia", [
    "英文字母表一共有多少个字母？",
    "《静夜思》一共有多少个字？",
    "汉语拼音有几个声调？",
    "俄语字母有多少个？",
])

negatives("heldout", "counting", "en", "translated_words", [
    "How many letters are in the French word for 'cat'?",
    "How many r's are in the Spanish word for 'dog'?",
    "How many letters does the German word for 'butterfly' have?",
    "What's the first letter of the Italian word for 'apple'?",
])

negatives("heldout", "counting", "en", "word_meaning", [
    "What does the word 'serendipity' mean?",
    "Is 'irregardless' a real word?",
    "What's the plural of 'cactus'?",
    "How do you pronounce 'quinoa'?",
])

negatives("heldout", "counting", "zh", "zh_translate", [
    "“苹果”用英语怎么拼？",
    "“蝴蝶”的英文单词有几个字母？",
    "strawberry是什么意思？",
    "“谢谢”用日语怎么写？",
])


# ================================================================================================
# Number theory
# ================================================================================================


def _prime_or_semiprime(rng: random.Random, want_prime: bool, lo: int, hi: int) -> int:
    while True:
        n = rng.randint(lo, hi)
        if want_prime and is_prime(n):
            return n
        if not want_prime and not is_prime(n) and all(n % p for p in (2, 3, 5)):
            return n


def _smooth(rng: random.Random, lo: int, hi: int) -> int:
    while True:
        n = 1
        for p in rng.sample([2, 3, 5, 7, 11, 13, 17, 19, 23], rng.randint(2, 4)):
            n *= p ** rng.randint(1, 3)
        if lo <= n <= hi:
            return n


def _gcd_pair(rng: random.Random) -> tuple[int, int]:
    while True:
        g = rng.randint(2, 36)
        a, b = g * rng.randint(2, 30), g * rng.randint(2, 30)
        if a != b:
            return a, b


@template("dev", "number_theory", "en", "positive")
def t_is_prime(rng: random.Random, i: int) -> tuple[str, Record]:
    n = _prime_or_semiprime(rng, i % 2 == 0, 100, 9999)
    forms = [f"Quick sanity check: is {n} a prime number?",
             f"Is {n} prime?",
             f"My son says {n} is prime. Can you tell me whether {n} is prime or not?",
             f"Prime or not: {n:,}?"]
    return forms[i], e_bool(is_prime(n))


@template("dev", "number_theory", "en", "positive")
def t_prime_factorization(rng: random.Random, i: int) -> tuple[str, Record]:
    n = _smooth(rng, 60, 50000)
    forms = [f"Factor {n} into primes.",
             f"What is the prime factorization of {n:,}?",
             f"Break {n} down into its prime factors, please.",
             f"Write {n} as a product of primes."]
    return forms[i], e_fact(n)


@template("dev", "number_theory", "en", "positive")
def t_gcd(rng: random.Random, i: int) -> tuple[str, Record]:
    a, b = _gcd_pair(rng)
    forms = [f"What's the greatest common divisor of {a} and {b}?",
             f"gcd({a}, {b}) = ?",
             f"Find the largest number that divides both {a} and {b}.",
             f"I'm simplifying a fraction. What's the GCD of {a} and {b}?"]
    return forms[i], e_num(math.gcd(a, b))


@template("dev", "number_theory", "en", "positive")
def t_primes_below(rng: random.Random, i: int) -> tuple[str, Record]:
    n = rng.randint(15, 70)
    while is_prime(n):
        n += 1
    want = [str(p) for p in range(2, n) if is_prime(p)]
    forms = [f"List all the primes below {n}.",
             f"Which prime numbers are less than {n}?",
             f"Give me every prime smaller than {n}.",
             f"What are the prime numbers under {n}?"]
    return forms[i], e_list(want, "number", False)


@template("dev", "number_theory", "en", "positive")
def t_digit_sum(rng: random.Random, i: int) -> tuple[str, Record]:
    n = rng.randint(10000, 99999999)
    forms = [f"What's the sum of the digits of {n:,}?",
             f"Add up the digits in {n}.",
             f"What do the digits of {n} add up to?",
             f"Digit sum of {n}?"]
    return forms[i], e_num(digit_sum(n))


@template("heldout", "number_theory", "en", "positive")
def t_lcm_several(rng: random.Random, i: int) -> tuple[str, Record]:
    a, b, c = rng.sample(range(4, 37), 3)
    if i == 0:
        return f"What is the least common multiple of {a}, {b} and {c}?", e_num(lcm(a, b, c))
    if i == 1:
        return f"lcm of {a} and {b}?", e_num(lcm(a, b))
    if i == 2:
        return (f"Find the smallest positive number divisible by {a}, {b}, and {c}.",
                e_num(lcm(a, b, c)))
    return f"What's the LCM of {a} and {b}? It's for adding fractions.", e_num(lcm(a, b))


@template("heldout", "number_theory", "en", "positive")
def t_largest_prime_factor(rng: random.Random, i: int) -> tuple[str, Record]:
    n = _smooth(rng, 200, 900000)
    forms = [f"What's the largest prime factor of {n:,}?",
             f"Biggest prime that divides {n}?",
             f"Find the greatest prime factor of {n}.",
             f"Of all the prime factors of {n}, which is the largest?"]
    return forms[i], e_num(factorize(n)[-1][0])


@template("heldout", "number_theory", "en", "positive")
def t_happy_range(rng: random.Random, i: int) -> tuple[str, Record]:
    while True:
        a = rng.randint(2, 80)
        b = a + rng.randint(10, 30)
        want = [str(k) for k in range(a, b + 1) if is_happy(k)]
        if want and not is_happy(a) and not is_happy(b):
            break
    forms = [f"Which numbers from {a} to {b} are happy numbers?",
             f"List the happy numbers between {a} and {b}.",
             f"Find all happy numbers in the range {a}–{b}.",
             f"Happy numbers between {a} and {b} inclusive?"]
    return forms[i], e_list(want, "number", False)


@template("heldout", "number_theory", "en", "positive")
def t_prime_or_composite(rng: random.Random, i: int) -> tuple[str, Record]:
    n = _prime_or_semiprime(rng, i in (1, 2), 100, 99999)
    if i == 0:
        return f"Is {n} composite?", e_bool(not is_prime(n))
    if i == 1:
        return f"Is {n} a prime or not? yes/no", e_bool(is_prime(n))
    if i == 2:
        return (f"Can {n} be divided evenly by any whole number other than 1 and itself?",
                e_bool(not is_prime(n)))
    return f"Tell me if {n:,} is prime.", e_bool(is_prime(n))


@template("heldout", "number_theory", "en", "positive")
def t_hcf(rng: random.Random, i: int) -> tuple[str, Record]:
    a, b = _gcd_pair(rng)
    if i == 2:
        c = math.gcd(a, b) * rng.randint(2, 15)
        return (f"Find the greatest common factor of {a}, {b} and {c}.",
                e_num(math.gcd(math.gcd(a, b), c)))
    forms = [f"What's the HCF of {a} and {b}?",
             f"highest common factor of {a} and {b}",
             "",
             f"What is the biggest whole number that goes into both {a} and {b}?"]
    return forms[i], e_num(math.gcd(a, b))


@template("dev", "number_theory", "zh", "positive")
def t_zh_is_prime(rng: random.Random, i: int) -> tuple[str, Record]:
    n = _prime_or_semiprime(rng, i % 2 == 1, 50, 2000)
    forms = [f"{n}是质数吗？",
             f"{n}是不是素数？",
             f"请判断{n}是否为质数",
             f"问一下，{n}是素数吗"]
    return forms[i], e_bool(is_prime(n))


@template("dev", "number_theory", "zh", "positive")
def t_zh_gcd(rng: random.Random, i: int) -> tuple[str, Record]:
    a, b = _gcd_pair(rng)
    forms = [f"{a}和{b}的最大公约数是多少？",
             f"求{a}与{b}的最大公因数",
             f"{a}、{b}的最大公约数",
             f"请问{a}和{b}的最大公因数是几？"]
    return forms[i], e_num(math.gcd(a, b))


@template("heldout", "number_theory", "zh", "positive")
def t_zh_factorize(rng: random.Random, i: int) -> tuple[str, Record]:
    n = _smooth(rng, 60, 20000)
    forms = [f"把{n}分解质因数",
             f"{n}分解质因数是多少？",
             f"请对{n}进行质因数分解",
             f"{n}的质因数分解怎么写？"]
    return forms[i], e_fact(n)


@template("heldout", "number_theory", "zh", "positive")
def t_zh_lcm(rng: random.Random, i: int) -> tuple[str, Record]:
    a, b, c = rng.sample(range(3, 31), 3)
    if i == 1:
        return f"求{a}、{b}、{c}的最小公倍数", e_num(lcm(a, b, c))
    forms = [f"{a}和{b}的最小公倍数是多少？", "",
             f"{a}与{b}的最小公倍数",
             f"请问{a}和{b}的最小公倍数是几"]
    return forms[i], e_num(lcm(a, b))


negatives("dev", "number_theory", "en", "explain_primes", [
    "Why are there infinitely many primes?",
    lambda r: f"Explain how the Sieve of Eratosthenes finds the primes below {r.randint(30, 100)}.",
    "Write a function that returns the gcd of two numbers.",
    "What's the difference between a prime factor and a factor?",
])

negatives("dev", "number_theory", "en", "number_meaning", [
    "Is 7 really a lucky number?",
    "What's the significance of the number 42?",
    "Why is 13 considered unlucky?",
    "Is 8 a lucky number in China?",
])

negatives("dev", "number_theory", "zh", "zh_explain", [
    "为什么1不是质数？",
    "什么是梅森素数？",
    "用Python写一个判断质数的函数",
    "哥德巴赫猜想被证明了吗？",
])

negatives("heldout", "number_theory", "en", "identifiers", [
    "Is 1-800-555-0199 a toll-free number?",
    lambda r: f"Is my PIN {r.randint(1000, 9999)} secure enough?",
    lambda r: f"Has order #{r.randint(10000, 99999)} shipped yet?",
    lambda r: f"Is {r.randint(90001, 96162)} a valid ZIP code in California?",
])

negatives("heldout", "number_theory", "en", "prime_trivia", [
    "What's the largest known prime number?",
    "Who proved that there are infinitely many primes?",
    "When was the RSA algorithm invented?",
    "How many digits does the largest known prime have?",
])

negatives("heldout", "number_theory", "zh", "zh_prime_trivia", [
    "目前已知最大的质数是多少？",
    "质数这个概念最早是谁提出的？",
    lambda r: f"车牌尾号{r.randint(1, 9)}{r.randint(0, 9)}吉利吗？",
    "孪生素数猜想现在进展到哪一步了？",
])


# ================================================================================================
# Geometry
# ================================================================================================


def _radius(rng: random.Random) -> Fraction:
    return Fraction(rng.choice([rng.randint(2, 20), rng.randint(3, 19) * 5 / Fraction(10)]))


def _circle_pair(rng: random.Random, want: int, allow_contain: bool = False
                 ) -> tuple[Point, int, Point, int]:
    """Two circles with ``want`` common points (0 means separate unless allow_contain)."""
    while True:
        c1 = (rng.randint(-6, 6), rng.randint(-6, 6))
        c2 = (rng.randint(-8, 8), rng.randint(-8, 8))
        r1, r2 = rng.randint(1, 9), rng.randint(1, 9)
        n = circle_points(c1, r1, c2, r2)
        if n != want or c1 == c2:
            continue
        if want == 0 and not allow_contain and d2(c1, c2) < (r1 + r2) ** 2:
            continue
        return c1, r1, c2, r2


_TRIPLES = [(3, 4, 5), (6, 8, 10), (5, 12, 13), (0, 5, 5), (4, 0, 4), (8, 6, 10), (0, 7, 7)]


def _tangent_pair(rng: random.Random, internal: bool) -> tuple[Point, int, Point, int]:
    dx, dy, d = rng.choice(_TRIPLES)
    dx *= rng.choice([-1, 1])
    dy *= rng.choice([-1, 1])
    c1 = (rng.randint(-5, 5), rng.randint(-5, 5))
    c2 = (c1[0] + dx, c1[1] + dy)
    if internal:
        r2 = rng.randint(1, 6)
        r1 = r2 + d
    else:
        r1 = rng.randint(1, d - 1)
        r2 = d - r1
    assert circle_points(c1, r1, c2, r2) == 1
    return (c1, r1, c2, r2) if rng.random() < 0.5 else (c2, r2, c1, r1)


def _term(var: str, c: int) -> str:
    if c == 0:
        return f"{var}^2"
    return f"({var} - {c})^2" if c > 0 else f"({var} + {-c})^2"


@template("dev", "geometry", "en", "positive")
def t_circle_area(rng: random.Random, i: int) -> tuple[str, Record]:
    r = _radius(rng)
    if i == 2:
        return f"Find the area of a circle whose diameter is {dstr(2 * r)}.", e_real(pi_str(r * r))
    forms = [f"What's the area of a circle with radius {dstr(r)}?",
             f"A circular rug has a radius of {dstr(r)} feet. What's its area? Leave it in "
             "terms of pi.",
             "",
             f"circle, r = {dstr(r)} cm. area?"]
    return forms[i], e_real(pi_str(r * r))


@template("dev", "geometry", "en", "positive")
def t_point_distance(rng: random.Random, i: int) -> tuple[str, Record]:
    while True:
        p = (rng.randint(-9, 9), rng.randint(-9, 9))
        q = (rng.randint(-9, 9), rng.randint(-9, 9))
        if p != q:
            break
    forms = [f"How far apart are the points {pt(p)} and {pt(q)}?",
             f"What's the distance between A{pt(p, ',')} and B{pt(q, ',')}?",
             f"Find the straight-line distance from {pt(p)} to {pt(q)}.",
             f"P = {pt(p)} and Q = {pt(q)}. How long is PQ?"]
    return forms[i], e_real(sqrt_str(d2(p, q)))


@template("dev", "geometry", "en", "positive")
def t_circles_intersect(rng: random.Random, i: int) -> tuple[str, Record]:
    want = 2 if i % 2 == 0 else 0
    c1, r1, c2, r2 = _circle_pair(rng, want)
    yes = circle_points(c1, r1, c2, r2) == 2
    if i == 0:
        return (f"Do the circles centered at {pt(c1, ',')} with radius {r1} and at {pt(c2, ',')} "
                f"with radius {r2} intersect?", e_bool(yes))
    if i == 1:
        return (f"Circle 1: center {pt(c1)}, r = {r1}. Circle 2: center {pt(c2)}, r = {r2}. "
                "Do they cross each other?", e_bool(yes))
    if i == 2:
        return (f"I have two circles, one with center {pt(c1)} and radius {r1}, the other with "
                f"center {pt(c2)} and radius {r2}. Do they intersect at all?", e_bool(yes))
    eq1 = f"{_term('x', c1[0])} + {_term('y', c1[1])} = {r1 * r1}"
    eq2 = f"{_term('x', c2[0])} + {_term('y', c2[1])} = {r2 * r2}"
    return f"Do the circles {eq1} and {eq2} intersect?", e_bool(yes)


@template("dev", "geometry", "en", "positive")
def t_point_inside_polygon(rng: random.Random, i: int) -> tuple[str, Record]:
    poly = random_convex(rng, 0, 10, 4, 6)
    p = point_with(rng, poly, "inside" if i % 2 == 0 else "outside")
    assert p is not None
    ans = e_rel(locate(p, poly), "inside")
    if i == 0:
        return f"Is the point {pt(p)} inside the polygon with vertices {pts(poly)}?", ans
    if i == 1:
        return f"Does {pt(p)} lie inside the shape with corners {pts(poly)}?", ans
    if i == 2:
        return (f"Polygon: {pts(poly, ' ', ',')}. Is point {pt(p, ',')} inside it?", ans)
    return (f"Check whether P{pt(p)} falls inside the polygon {pts(poly)}, "
            "vertices listed in order.", ans)


@template("dev", "geometry", "en", "positive")
def t_polygon_area(rng: random.Random, i: int) -> tuple[str, Record]:
    poly = random_convex(rng, -6, 9, 4, 7)
    ans = e_num(shoelace(poly))
    forms = [f"Find the area of the polygon with vertices {pts(poly)}.",
             f"What's the area enclosed by the points {pts(poly)} (in that order)?",
             f"A plot of land has corners at {pts(poly)}, in meters. What is its area?",
             f"Area of polygon {pts(poly, ' -> ', ',')}?"]
    return forms[i], ans


@template("heldout", "geometry", "en", "positive")
def t_triangle_area(rng: random.Random, i: int) -> tuple[str, Record]:
    if i in (0, 2):
        b, h = rng.randint(3, 25), rng.randint(2, 19)
        if i == 0:
            return (f"A triangle has a base of {b} and a height of {h}. What's its area?",
                    e_num(Fraction(b * h, 2)))
        return f"Triangle: base {b} cm, height {h} cm. Area?", e_num(Fraction(b * h, 2))
    while True:
        a, b, c = ((rng.randint(-8, 8), rng.randint(-8, 8)) for _ in range(3))
        if cross(a, b, c) != 0:
            break
    area = shoelace([a, b, c])
    if i == 1:
        return f"What's the area of the triangle with vertices {pts([a, b, c])}?", e_num(area)
    return f"Find the area of triangle ABC with A{pt(a)}, B{pt(b)}, C{pt(c)}.", e_num(area)


@template("heldout", "geometry", "en", "positive")
def t_polygon_perimeter(rng: random.Random, i: int) -> tuple[str, Record]:
    if i == 0:
        x, y = rng.randint(-5, 5), rng.randint(-5, 5)
        w, h = rng.randint(2, 12), rng.randint(2, 12)
        poly = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
    elif i == 3:
        while True:
            poly = [(rng.randint(-6, 6), rng.randint(-6, 6)) for _ in range(3)]
            if cross(*poly) != 0:
                break
    else:
        poly = random_convex(rng, 0, 9, 4, 5)
    sq = [d2(poly[k], poly[(k + 1) % len(poly)]) for k in range(len(poly))]
    ans = e_real(sum_of_roots(sq))
    forms = [f"What's the perimeter of the rectangle with corners {pts(poly)}?",
             f"Find the perimeter of the polygon with vertices {pts(poly)}.",
             f"How long is the fence around a yard whose corners are at {pts(poly)} "
             "(in meters)?",
             f"Perimeter of the triangle {pts(poly)}?"]
    return forms[i], ans


@template("heldout", "geometry", "en", "positive")
def t_segment_crossings(rng: random.Random, i: int) -> tuple[str, Record]:
    want = 1 if i % 2 == 0 else 0
    while True:
        a, b, c, d = ((rng.randint(-6, 8), rng.randint(-6, 8)) for _ in range(4))
        if segments_common(a, b, c, d) == want:
            break
    ans = e_num(want)
    if i == 0:
        return (f"How many points do the segment from {pt(a)} to {pt(b)} and the segment from "
                f"{pt(c)} to {pt(d)} have in common?", ans)
    if i == 1:
        return (f"A = {pt(a)}, B = {pt(b)}, C = {pt(c)}, D = {pt(d)}. How many intersection "
                "points do segments AB and CD have?", ans)
    if i == 2:
        return (f"Line segment 1 goes from {pt(a)} to {pt(b)}; segment 2 goes from {pt(c)} to "
                f"{pt(d)}. Number of intersection points?", ans)
    return (f"Count the intersection points of segments [{pt(a)}, {pt(b)}] and "
            f"[{pt(c)}, {pt(d)}].", ans)


@template("heldout", "geometry", "en", "positive")
def t_circles_tangent(rng: random.Random, i: int) -> tuple[str, Record]:
    if i in (0, 3):
        c1, r1, c2, r2 = _tangent_pair(rng, internal=i == 3)
    else:
        c1, r1, c2, r2 = _circle_pair(rng, 2 if i == 1 else 0, allow_contain=True)
    ans = e_bool(circle_points(c1, r1, c2, r2) == 1)
    forms = [f"Are the circles with center {pt(c1)}, radius {r1} and center {pt(c2)}, radius "
             f"{r2} tangent to each other?",
             f"Do these two circles touch at exactly one point? C1: {pt(c1)}, r={r1}; "
             f"C2: {pt(c2)}, r={r2}.",
             f"Is the circle centered at {pt(c1, ',')} of radius {r1} tangent to the one "
             f"centered at {pt(c2, ',')} of radius {r2}?",
             f"Circle A has center {pt(c1)} and radius {r1}, circle B has center {pt(c2)} and "
             f"radius {r2}. Are they tangent?"]
    return forms[i], ans


@template("heldout", "geometry", "en", "positive")
def t_circle_containment(rng: random.Random, i: int) -> tuple[str, Record]:
    while True:
        big = (rng.randint(-5, 5), rng.randint(-5, 5))
        rb = rng.randint(5, 12)
        small = (rng.randint(-8, 8), rng.randint(-8, 8))
        rs = rng.randint(1, rb - 2)
        n = circle_points(big, rb, small, rs)
        inside = n == 0 and d2(big, small) < (rb - rs) ** 2
        if n == 1:
            continue
        if inside == (i % 2 == 0):
            break
    ans = e_bool(inside)
    forms = [f"Does the circle centered at {pt(small)} with radius {rs} lie entirely inside the "
             f"circle centered at {pt(big)} with radius {rb}?",
             f"Is circle B (center {pt(small)}, radius {rs}) completely contained in circle A "
             f"(center {pt(big)}, radius {rb})?",
             f"Big circle: center {pt(big)}, radius {rb}. Small circle: center {pt(small)}, "
             f"radius {rs}. Is the small one fully inside the big one?",
             f"Does a circle of radius {rs} centered at {pt(small, ',')} fit completely inside a "
             f"circle of radius {rb} centered at {pt(big, ',')}?"]
    return forms[i], ans


@template("dev", "geometry", "zh", "positive")
def t_zh_circle_area(rng: random.Random, i: int) -> tuple[str, Record]:
    r = _radius(rng)
    if i == 1:
        return f"一个圆的直径是{dstr(2 * r)}厘米，面积是多少？", e_real(pi_str(r * r))
    forms = [f"半径为{dstr(r)}的圆的面积是多少？", "",
             f"求半径{dstr(r)}米的圆面积，结果保留π",
             f"圆的半径是{dstr(r)}，它的面积等于多少"]
    return forms[i], e_real(pi_str(r * r))


@template("dev", "geometry", "zh", "positive")
def t_zh_distance(rng: random.Random, i: int) -> tuple[str, Record]:
    while True:
        p = (rng.randint(-9, 9), rng.randint(-9, 9))
        q = (rng.randint(-9, 9), rng.randint(-9, 9))
        if p != q:
            break
    forms = [f"点{pt(p, ',')}和点{pt(q, ',')}之间的距离是多少？",
             f"求A（{p[0]}，{p[1]}）、B（{q[0]}，{q[1]}）两点间的距离",
             f"坐标{pt(p)}到{pt(q)}的距离",
             f"两点{pt(p, ',')}与{pt(q, ',')}相距多远？"]
    return forms[i], e_real(sqrt_str(d2(p, q)))


@template("heldout", "geometry", "zh", "positive")
def t_zh_point_relation(rng: random.Random, i: int) -> tuple[str, Record]:
    want = ["inside", "boundary", "outside", "inside"][i]
    p = None
    while p is None:
        poly = random_convex(rng, 0, 10, 4, 6)
        p = point_with(rng, poly, want)
    ans = e_rel(locate(p, poly))
    shown = pts(poly, "、", ",")
    forms = [f"点{pt(p, ',')}在多边形{shown}的内部、外部还是边界上？",
             f"判断点P{pt(p, ',')}与多边形{shown}的位置关系（内部/边界/外部）",
             f"多边形顶点依次为{shown}，点{pt(p, ',')}在它里面、外面还是边上？",
             f"请问点{pt(p)}位于多边形{shown}的什么位置：内部、边上还是外部？"]
    return forms[i], ans


@template("heldout", "geometry", "zh", "positive")
def t_zh_circle_points(rng: random.Random, i: int) -> tuple[str, Record]:
    if i == 2:
        c1, r1, c2, r2 = _tangent_pair(rng, internal=False)
    else:
        c1, r1, c2, r2 = _circle_pair(rng, [2, 0, 1, 2][i])
    ans = e_num(circle_points(c1, r1, c2, r2) or 0)
    a, b = pt(c1, ","), pt(c2, ",")
    forms = [f"圆心在{a}、半径为{r1}的圆与圆心在{b}、半径为{r2}的圆有几个交点？",
             f"两个圆：圆A圆心{a}半径{r1}，圆B圆心{b}半径{r2}，它们有多少个交点？",
             f"以{a}为圆心、{r1}为半径的圆和以{b}为圆心、{r2}为半径的圆，交点个数是多少？",
             f"圆O₁：圆心{pt(c1)}，半径{r1}；圆O₂：圆心{pt(c2)}，半径{r2}。两圆有几个公共点？"]
    return forms[i], ans


negatives("dev", "geometry", "en", "real_world_distance", [
    lambda r: f"Walking only along the street grid, how many blocks is it from "
              f"({r.randint(1, 5)}, {r.randint(1, 5)}) to "
              f"({r.randint(6, 12)}, {r.randint(6, 12)})?",
    "How far is it from New York to Boston?",
    "What's the distance from the Earth to the Moon?",
    "How many miles is a marathon?",
])

negatives("dev", "geometry", "en", "real_world_area", [
    "What's the area of Texas in square miles?",
    "How big is a soccer field in square meters?",
    "What's the perimeter of the Pentagon building?",
    "How many square feet is a typical two-bedroom apartment?",
])

negatives("dev", "geometry", "zh", "zh_world", [
    "北京到上海有多远？",
    "一个标准足球场的面积是多少平方米？",
    "地球的半径是多少公里？",
    lambda r: f"从(0,0)走到({r.randint(3, 9)},{r.randint(3, 9)})，只能沿着街道横平竖直地走，"
              "要走多少个街区？",
])

negatives("heldout", "geometry", "en", "geometry_explain", [
    "Explain why the area of a circle is pi r squared.",
    "How do I calculate the area of a circle in Excel?",
    "Write a Python function that checks whether two circles intersect.",
    "What's the difference between a circle's radius and its diameter?",
])

negatives("heldout", "geometry", "en", "practical_estimates", [
    lambda r: f"How much paint do I need for a {r.randint(12, 16)} by {r.randint(8, 20)} foot "
              "wall?",
    lambda r: f"How many tiles do I need for a {r.randint(3, 6)} x {r.randint(3, 8)} meter floor?",
    lambda r: f"How many {r.randint(6, 9)}-inch pizzas should I order for {r.randint(8, 30)} "
              "people?",
    lambda r: f"Will a {r.choice([55, 65, 75])}-inch TV fit on a {r.randint(50, 70)}-inch-wide "
              "shelf?",
])

negatives("heldout", "geometry", "zh", "zh_geometry_explain", [
    "圆周率为什么是无理数？",
    "勾股定理是谁发现的？",
    "怎么用Excel算两点之间的距离？",
    "一套90平米的房子装修大概要多少钱？",
])


# ================================================================================================
# Build
# ================================================================================================

POOL_WORDS = {token.casefold()
              for entry in [*LETTER_WORDS, *LONG_WORDS, *PLAIN_WORDS, *NO_Y_WORDS, *REPEAT_WORDS,
                            *COMPARE_WORDS, *FRUITS]
              for token in entry.split()}
POOL_WORDS |= {w for pair in ANAGRAM_YES + ANAGRAM_NO for w in pair}


def instance_key(prompt: str) -> tuple[str, ...]:
    """The numbers and pool words of a prompt: two records of a template must differ here."""
    numbers = [n.replace(",", "") for n in re.findall(r"\d[\d,]*(?:\.\d+)?", prompt)]
    words = [w for w in re.findall(r"[a-z]+", prompt.casefold()) if w in POOL_WORDS]
    sentences = [x for x in SENTENCES if x in prompt]
    return tuple(sorted(numbers + words + sentences))


def build() -> tuple[list[Record], list[Record]]:
    rng = random.Random(ROUND)
    dev: list[Record] = []
    heldout: list[Record] = []
    seen_prompts: set[str] = set()
    seen_names: set[str] = set()
    for split, family, lang, kind, name, gen in TEMPLATES:
        assert name not in seen_names, name
        seen_names.add(name)
        short = name.replace("_", "-")
        out = dev if split == "dev" else heldout
        keys: set[tuple[str, ...]] = set()
        for i in range(4):
            for _ in range(200):
                prompt, expected = gen(rng, i)
                key = instance_key(prompt) if kind == "positive" else ()
                if prompt not in seen_prompts and (not key or key not in keys):
                    break
            else:
                raise RuntimeError(f"could not make a unique prompt for {name} #{i}")
            seen_prompts.add(prompt)
            keys.add(key)
            out.append({
                "id": f"r{ROUND}-{FAM3[family]}-{lang}-{short}-{i}",
                "split": f"{split}{ROUND}",
                "kind": kind,
                "family": family,
                "lang": lang,
                "template": f"r{ROUND}_{name}",
                "prompt": prompt,
                "expected": expected,
            })
    return dev, heldout


def main() -> None:
    dev, heldout = build()
    for split, records in ((f"dev{ROUND}", dev), (f"heldout{ROUND}", heldout)):
        path = OUT_DIR / f"corpus_{split}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for record in records:
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"wrote {len(records)} records to {path}")


if __name__ == "__main__":
    main()
