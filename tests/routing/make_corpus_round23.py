"""Round 23 of the guardrail routing corpus: an independent blind round written from scratch.

Round 23 was written without looking at any earlier corpus, generator or at the router itself.
Every template is a new way of asking a question (or, for negatives, a question that looks
numeric or wordy but is not a computation on the given text). Each template yields four
records and belongs entirely to one split: ``dev23`` or ``heldout23``. Every expected answer
is computed here in Python (exact integers and ``Fraction``, trial division, direct counting,
analytic circle formulas); nothing is hard-coded.

Run ``python tests/routing/make_corpus_round23.py`` to write ``corpus_dev23.jsonl`` and
``corpus_heldout23.jsonl`` next to this file.
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
ROUND = 23
DEV, HELD = "dev23", "heldout23"
NONE: dict[str, Any] = {"type": "none"}

Gen = Callable[[random.Random, int], Any]
TEMPLATES: list[tuple[str, str, str, str, str, Gen]] = []


def tpl(split: str, family: str, lang: str, kind: str, name: str) -> Callable[[Gen], Gen]:
    """Register a template generator: ``fn(rng, i)`` returns (prompt, expected) or a prompt."""

    def deco(fn: Gen) -> Gen:
        TEMPLATES.append((split, family, lang, kind, name, fn))
        return fn

    return deco


# Expected-answer helpers ---------------------------------------------------------------------


def num(q: Fraction | int) -> dict[str, Any]:
    return {"type": "number", "answer": str(Fraction(q))}


def real(expr: str) -> dict[str, Any]:
    return {"type": "real", "answer": expr}


def yes_no(b: bool) -> dict[str, Any]:
    return {"type": "bool", "answer": "yes" if b else "no"}


def choice(s: str) -> dict[str, Any]:
    return {"type": "choice", "answer": s}


def text(s: str) -> dict[str, Any]:
    return {"type": "text", "answer": s}


def word_choice(s: str) -> dict[str, Any]:
    return {"type": "word_choice", "answer": s}


def num_list(items: list[str], ordered: bool, order: str | None = None) -> dict[str, Any]:
    d: dict[str, Any] = {"type": "list", "elem": "number", "ordered": ordered,
                         "answer": list(items)}
    if order:
        d["order"] = order
    return d


def word_list(items: list[str], ordered: bool) -> dict[str, Any]:
    return {"type": "list", "elem": "text", "ordered": ordered, "answer": list(items)}


def relation(ans: str, yes_if: str | None = None) -> dict[str, Any]:
    d: dict[str, Any] = {"type": "relation", "answer": ans}
    if yes_if:
        d["yes_if"] = yes_if
    return d


def factorization(n: int) -> dict[str, Any]:
    return {"type": "factorization", "n": n, "answer": [[p, e] for p, e in factor(n)]}


# Math helpers --------------------------------------------------------------------------------


def val(s: str) -> Fraction:
    return Fraction(s.replace(",", "").replace("−", "-").strip())


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def factor(n: int) -> list[tuple[int, int]]:
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


def primes_below(n: int) -> list[int]:
    return [k for k in range(2, n) if is_prime(k)]


def is_happy(n: int) -> bool:
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(c) ** 2 for c in str(n))
    return n == 1


def lcm(*xs: int) -> int:
    out = 1
    for x in xs:
        out = out * x // math.gcd(out, x)
    return out


def sqrt_parts(n: int) -> tuple[int, int]:
    """sqrt(n) == k * sqrt(m) with m square-free."""
    k, m, f = 1, n, 2
    while f * f <= m:
        while m % (f * f) == 0:
            m //= f * f
            k *= f
        f += 1
    return k, m


def sqrt_str(n: int) -> str:
    k, m = sqrt_parts(n)
    if m == 1:
        return str(k)
    return f"sqrt({m})" if k == 1 else f"{k}*sqrt({m})"


def sum_sqrt_str(squares: list[int]) -> str:
    """An exact expression for sum(sqrt(s) for s in squares)."""
    groups: dict[int, int] = {}
    for s in squares:
        k, m = sqrt_parts(s)
        groups[m] = groups.get(m, 0) + k
    parts = []
    if 1 in groups:
        parts.append(str(groups.pop(1)))
    for m in sorted(groups):
        k = groups[m]
        parts.append(f"sqrt({m})" if k == 1 else f"{k}*sqrt({m})")
    return " + ".join(parts)


def pi_str(q: Fraction) -> str:
    return "pi" if q == 1 else f"{q}*pi"


def frac_str(q: Fraction) -> str:
    return str(q.numerator) if q.denominator == 1 else f"{q.numerator}/{q.denominator}"


def rand_frac(rng: random.Random, lo: int = 3, hi: int = 15) -> Fraction:
    while True:
        q = rng.randint(lo, hi)
        p = rng.randint(1, q - 1)
        if math.gcd(p, q) == 1:
            return Fraction(p, q)


def rand_dec(rng: random.Random, lo: int = 0, hi: int = 30) -> str:
    whole = rng.randint(lo, hi)
    frac = str(rng.randint(1, 99)).zfill(2).rstrip("0") if rng.random() < 0.6 else str(
        rng.randint(1, 9))
    return f"{whole}.{frac}"


def pt(p: tuple[int, int], tight: bool = False) -> str:
    return f"({p[0]},{p[1]})" if tight else f"({p[0]}, {p[1]})"


def shoelace2(poly: list[tuple[int, int]]) -> int:
    s = 0
    for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1], strict=True):
        s += x1 * y2 - x2 * y1
    return abs(s)


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


def convex_poly(rng: random.Random, k: int, lo: int = 0, hi: int = 10) -> list[tuple[int, int]]:
    """A strictly convex polygon with k lattice vertices, random start and orientation."""
    while True:
        pts = [(rng.randint(lo, hi), rng.randint(lo, hi)) for _ in range(k)]
        h = hull(pts)
        if len(h) == k:
            s = rng.randrange(k)
            h = h[s:] + h[:s]
            if rng.random() < 0.5:
                h = h[:1] + h[1:][::-1]
            return h


def rect(rng: random.Random) -> list[tuple[int, int]]:
    x0, y0 = rng.randint(-4, 3), rng.randint(-4, 3)
    w, h = rng.randint(2, 9), rng.randint(2, 9)
    return [(x0, y0), (x0 + w, y0), (x0 + w, y0 + h), (x0, y0 + h)]


def point_in_polygon(p: tuple[int, int], poly: list[tuple[int, int]]) -> str:
    px, py = p
    edges = list(zip(poly, poly[1:] + poly[:1], strict=True))
    for a, b in edges:
        if (cross(a, b, p) == 0 and min(a[0], b[0]) <= px <= max(a[0], b[0])
                and min(a[1], b[1]) <= py <= max(a[1], b[1])):
            return "boundary"
    inside = False
    for (ax, ay), (bx, by) in edges:
        if (ay > py) != (by > py):
            xcross = Fraction(bx - ax) * (py - ay) / (by - ay) + ax
            if px < xcross:
                inside = not inside
    return "inside" if inside else "outside"


def point_of_class(rng: random.Random, poly: list[tuple[int, int]],
                   cls: str) -> tuple[int, int]:
    if cls == "boundary":
        edges = list(zip(poly, poly[1:] + poly[:1], strict=True))
        rng.shuffle(edges)
        for (ax, ay), (bx, by) in edges:
            g = math.gcd(bx - ax, by - ay)
            if g > 1:
                t = rng.randint(1, g - 1)
                return (ax + (bx - ax) // g * t, ay + (by - ay) // g * t)
        return poly[rng.randrange(len(poly))]
    xs = [x for x, _ in poly]
    ys = [y for _, y in poly]
    while True:
        p = (rng.randint(min(xs) - 2, max(xs) + 2), rng.randint(min(ys) - 2, max(ys) + 2))
        if point_in_polygon(p, poly) == cls:
            return p


PYTH = [(3, 4), (4, 3), (6, 8), (8, 6), (5, 12), (12, 5), (0, 5), (7, 0), (0, 6), (9, 0),
        (8, 15), (9, 12)]


def circle_class(c1: tuple[int, int], r1: int, c2: tuple[int, int], r2: int) -> str:
    d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
    if d2 > (r1 + r2) ** 2:
        return "apart"
    if d2 == (r1 + r2) ** 2:
        return "ext"
    if d2 < (r1 - r2) ** 2:
        return "nested"
    if d2 == (r1 - r2) ** 2:
        return "same" if d2 == 0 else "int"
    return "cross"


def circle_pair(rng: random.Random, cls: str, origin: bool = False,
                big_first: bool = False) -> tuple[tuple[int, int], int, tuple[int, int], int]:
    """Two circles in the requested relation (checked with circle_class)."""
    while True:
        c1 = (0, 0) if origin else (rng.randint(-5, 5), rng.randint(-5, 5))
        if cls in ("ext", "int"):
            dx, dy = rng.choice(PYTH)
            dx, dy = dx * rng.choice((1, -1)), dy * rng.choice((1, -1))
            d = math.isqrt(dx * dx + dy * dy)
            if cls == "ext":
                r1 = rng.randint(1, d - 1)
                r2 = d - r1
            else:
                r2 = rng.randint(1, 5)
                r1 = d + r2
        else:
            dx, dy = rng.randint(-12, 12), rng.randint(-12, 12)
            r1, r2 = rng.randint(1, 12), rng.randint(1, 12)
        c2 = (c1[0] + dx, c1[1] + dy)
        if c1 == c2:
            continue
        if big_first and r1 <= r2:
            continue
        if circle_class(c1, r1, c2, r2) == cls:
            return c1, r1, c2, r2


def circle_eq(c: tuple[int, int], r: int) -> str:
    def term(var: str, v: int) -> str:
        if v == 0:
            return f"{var}^2"
        return f"({var} - {v})^2" if v > 0 else f"({var} + {-v})^2"

    return f"{term('x', c[0])} + {term('y', c[1])} = {r * r}"


def join_and(items: list[str]) -> str:
    return ", ".join(items[:-1]) + " and " + items[-1]


def distinct_values(rng: random.Random, make: Callable[[], str], k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        s = make()
        if all(val(s) != val(t) for t in out):
            out.append(s)
    return out


def mixed_number(rng: random.Random) -> str:
    kind = rng.randrange(5)
    if kind == 0:
        return frac_str(rand_frac(rng, 3, 9))
    if kind == 1:
        return f"0.{rng.randint(1, 99)}".rstrip("0")
    if kind == 2:
        return str(-rng.randint(1, 20))
    if kind == 3:
        return f"-{rng.randint(0, 5)}.{rng.randint(1, 9)}"
    return str(rng.randint(1, 25))


def sort_vals(items: list[str], reverse: bool = False) -> list[str]:
    return sorted(items, key=val, reverse=reverse)


ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"]
VOWELS = set("aeiou")

LETTER_WORDS = ["strawberry", "mississippi", "banana", "bookkeeper", "committee", "parallel",
                "assessment", "occurrence", "necessary", "tomorrow", "raspberry", "pepper",
                "coffee", "balloon", "difference", "referee", "cinnamon", "accommodation",
                "successful", "possession", "millennium", "embarrass", "address", "giraffe"]
VOWEL_WORDS = ["education", "beautiful", "television", "communication", "alphabet", "umbrella",
               "calculator", "refrigerator", "dinosaur", "imagination", "pineapple", "adventure",
               "chocolate", "helicopter", "mountain", "kangaroo", "orange", "question",
               "elephant", "avocado", "restaurant", "aquarium"]
PLAIN_WORDS = ["lantern", "guitar", "planet", "sunflower", "keyboard", "notebook", "penguin",
               "whistle", "marble", "pocket", "window", "breakfast", "compass", "jacket",
               "blanket", "tractor", "kitchen", "rainbow", "squirrel", "harvest"]
LENGTH_WORDS = ["elephant", "giraffe", "zebra", "cat", "hippopotamus", "otter", "crocodile",
                "mouse", "kangaroo", "lion", "penguin", "tiger", "strawberry", "fig", "banana",
                "apricot", "watermelon", "kiwi", "pear", "blueberry", "grape", "coconut"]
DISTINCT_WORDS = ["bookkeeper", "mississippi", "committee", "balloon", "banana", "possession",
                  "assessment", "tennessee", "engineering", "remember", "independence",
                  "abracadabra", "letter", "success", "pepper", "cocoon"]
SORT_WORDS = ["pear", "apple", "mango", "kiwi", "banana", "cherry", "grape", "lemon", "peach",
              "plum", "melon", "orange", "apricot", "fig", "lime", "papaya", "guava", "date"]
SENTENCES = [
    "The quick brown fox jumps over the lazy dog",
    "I really need to finish my report before lunch",
    "She sells sea shells by the sea shore",
    "We went hiking in the mountains last weekend",
    "My cat sleeps on the windowsill every afternoon",
    "Please remember to bring your passport to the airport",
    "Reading a good book is the best way to relax",
    "They built a small wooden house near the river",
    "Our team won the final game by two points",
    "He drinks a cup of green tea every morning",
    "I love learning new languages",
    "The library closes early on Sundays",
]
ANAGRAM_PAIRS = [("listen", "silent"), ("heart", "earth"), ("dusty", "study"),
                 ("night", "thing"), ("below", "elbow"), ("state", "taste"), ("cider", "cried"),
                 ("listen", "silence"), ("heart", "hearth"), ("apple", "paper"),
                 ("night", "think"), ("stone", "tones"), ("secure", "rescue"),
                 ("garden", "danger"), ("garden", "gander"), ("planet", "plant"),
                 ("meteor", "remote"), ("brake", "break"), ("study", "dusts")]


def letter_and_word(rng: random.Random) -> tuple[str, str]:
    w = rng.choice(LETTER_WORDS)
    letters = sorted({c for c in w if w.count(c) >= 2})
    return rng.choice(letters), w


def two_lengths(rng: random.Random) -> tuple[str, str]:
    while True:
        a, b = rng.sample(LENGTH_WORDS, 2)
        if len(a) != len(b):
            return a, b


def longer(a: str, b: str) -> str:
    return a if len(a) > len(b) else b


# =============================================================================================
# Arithmetic
# =============================================================================================


@tpl(DEV, "arithmetic", "en", "positive", "hw_check")
def ar_hw_check(rng: random.Random, i: int) -> Any:
    a, b, c = rng.randint(1000, 9999), rng.randint(100, 9999), rng.randint(10, 999)
    ctx = ["I'm checking my kid's homework.", "Double-checking a worksheet here.",
           "My daughter got a different answer than I did.",
           "Grading practice problems tonight."][i]
    q = [f"What is {a:,} + {b:,} - {c:,}?",
         f"{a:,} plus {b:,} minus {c:,}, what does that come to?",
         f"Can you work out {a:,} + {b:,} − {c:,} for me?",
         f"What do you get for {a:,} + {b:,} - {c:,}?"][i]
    prompt = f"{q} {ctx}" if i == 2 else f"{ctx} {q}"
    return prompt, num(a + b - c)


@tpl(DEV, "arithmetic", "en", "positive", "pct_of")
def ar_pct_of(rng: random.Random, i: int) -> Any:
    p = rng.choice(["15", "12", "35", "7.5", "20", "8", "62.5", "4", "45"])
    n = rng.randint(40, 5000)
    prompt = [f"What's {p}% of {n}? Just the number, please.",
              f"Quick one: {p} percent of {n:,}?",
              f"How much is {p}% of {n:,}? I only need the figure.",
              f"{p}% of {n:,} is what?"][i]
    return prompt, num(val(p) * n / 100)


@tpl(DEV, "arithmetic", "en", "positive", "power_words")
def ar_power_words(rng: random.Random, i: int) -> Any:
    a, b = rng.randint(2, 9), rng.randint(2, 15)
    if i == 0:
        k = rng.randint(3, 5)
        return f"What is {a} to the power of {k} minus {b} squared?", num(a**k - b * b)
    if i == 1:
        return f"Work out {a} cubed plus {b} squared, please.", num(a**3 + b * b)
    k = rng.randint(4, 6)
    if i == 2:
        return f"Calculate {a} raised to the power {k}, then subtract {b}.", num(a**k - b)
    return f"what's {a}^{k} + {b}^2? just give me the result", num(a**k + b * b)


@tpl(DEV, "arithmetic", "en", "positive", "frac_div")
def ar_frac_div(rng: random.Random, i: int) -> Any:
    f1, f2 = rand_frac(rng), rand_frac(rng)
    s1, s2 = frac_str(f1), frac_str(f2)
    prompt = [f"Can you divide {s1} by {s2}? Leave it as an exact fraction.",
              f"What is {s1} ÷ {s2}?",
              f"{s1} divided by {s2}, in simplest form please.",
              f"I need {s1} / ({s2}) as a reduced fraction."][i]
    return prompt, num(f1 / f2)


@tpl(DEV, "arithmetic", "en", "positive", "uni_ops")
def ar_uni_ops(rng: random.Random, i: int) -> Any:
    a, b = rng.randint(10, 99), rng.randint(1, 9)
    c, d = rng.randint(2, 12), rng.randint(2, 9)
    if i == 0:
        return f"Compute ({a} − {b}) × {c} ÷ {d}.", num(Fraction((a - b) * c, d))
    if i == 1:
        return f"({a} − {b}) × {c} ÷ {d} = ?", num(Fraction((a - b) * c, d))
    if i == 2:
        return f"what's {a} × ({b} + {c}) − {d}", num(a * (b + c) - d)
    return f"Evaluate {a} ÷ {b} + {c} × {d}, exactly.", num(Fraction(a, b) + c * d)


@tpl(DEV, "arithmetic", "zh", "positive", "zh_chain")
def ar_zh_chain(rng: random.Random, i: int) -> Any:
    a, b, c = rng.randint(10, 200), rng.randint(2, 60), rng.randint(2, 12)
    prompt = [f"帮我算一下 {a} 乘以 {b} 再除以 {c} 等于多少",
              f"{a} 乘以 {b} 除以 {c} 等于多少？",
              f"请问 {a} 乘 {b} 再除以 {c} 是多少？",
              f"算一下：{a}×{b}÷{c}"][i]
    return prompt, num(Fraction(a * b, c))


@tpl(DEV, "arithmetic", "zh", "positive", "zh_power")
def ar_zh_power(rng: random.Random, i: int) -> Any:
    a, k, b = rng.randint(2, 9), rng.randint(3, 6), rng.randint(10, 500)
    if i == 0:
        return f"{a} 的 {k} 次方减去 {b} 是多少？", num(a**k - b)
    if i == 1:
        return f"{a} 的 {k} 次方等于多少？", num(a**k)
    if i == 2:
        return f"请计算 {a} 的 {k} 次方加 {b}。", num(a**k + b)
    return f"{a} 的 {k} 次方再减 {b}，结果是多少？", num(a**k - b)


@tpl(DEV, "arithmetic", "zh", "positive", "zh_squares")
def ar_zh_squares(rng: random.Random, i: int) -> Any:
    a, b = rng.randint(11, 40), rng.randint(11, 40)
    if i == 0:
        return f"{a} 的平方加上 {b} 的平方等于多少？", num(a * a + b * b)
    if i == 1:
        return f"我在辅导孩子作业，{a} 的平方减 {b} 的平方是多少？", num(a * a - b * b)
    if i == 2:
        r = rng.randint(12, 40)
        return f"{r * r} 的平方根是多少？", num(r)
    c = rng.randint(2, 9)
    return f"{a} 的平方乘以 {c} 等于几？", num(a * a * c)


@tpl(DEV, "arithmetic", "en", "negative", "clock")
def ar_clock(rng: random.Random, i: int) -> Any:
    h, k = rng.randint(6, 12), rng.randint(4, 11)
    return [f"If it's {h} o'clock now, what time will it be in {k} hours?",
            f"It's {h}:30 pm. What time will it be {k} hours from now?",
            f"My flight leaves at {h} am and lasts {k} hours. What's the local time when I land"
            " in Tokyo?",
            f"What's {h} + {k} on a clock face?"][i]


@tpl(DEV, "arithmetic", "en", "negative", "money_advice")
def ar_money_advice(rng: random.Random, i: int) -> Any:
    r = f"{rng.randint(3, 8)}.{rng.choice([25, 5, 75])}"
    return [f"Is {r}% a good interest rate for a 30-year mortgage?",
            f"Should I put {rng.randint(5, 30)}% of my paycheck into savings?",
            f"I make ${rng.randint(40, 120) * 1000:,} a year. Is that enough to live comfortably"
            " in Boston?",
            f"Is a {rng.randint(3, 9)}% raise worth asking for after {rng.randint(2, 6)} years at"
            " my job?"][i]


@tpl(DEV, "arithmetic", "zh", "negative", "zh_why")
def ar_zh_why(rng: random.Random, i: int) -> Any:
    a, b = rng.randint(10, 99), rng.randint(2, 9)
    return ["1 加 1 为什么等于 2？请从哲学角度解释一下。",
            "为什么任何非零数的 0 次方都等于 1？",
            f"怎么跟小学生解释 {a} 除以 {b} 是什么意思？",
            "除以 0 为什么没有意义？"][i]


@tpl(HELD, "arithmetic", "en", "positive", "exact_dec")
def ar_exact_dec(rng: random.Random, i: int) -> Any:
    x, y, z = rand_dec(rng), rand_dec(rng), rand_dec(rng, 0, 9)
    if i == 0:
        return f"Add {x} and {y} exactly, no floating point weirdness.", num(val(x) + val(y))
    if i == 1:
        return f"What's {x} + {y} - {z}, exactly?", num(val(x) + val(y) - val(z))
    if i == 2:
        return f"Multiply {x} by {z} and give me the exact decimal.", num(val(x) * val(z))
    return f"Subtract {y} from {x}. Exact answer please.", num(val(x) - val(y))


@tpl(HELD, "arithmetic", "en", "positive", "fact_rem")
def ar_fact_rem(rng: random.Random, i: int) -> Any:
    n = rng.randint(6, 12)
    m = rng.choice([p for p in range(n + 1, 60) if is_prime(p)])
    prompt = [f"What's the remainder when {n}! is divided by {m}?",
              f"{n}! mod {m} = ?",
              f"Find {n} factorial modulo {m}.",
              f"If you divide {n}! by {m}, what's left over?"][i]
    return prompt, num(math.factorial(n) % m)


@tpl(HELD, "arithmetic", "en", "positive", "sum_list")
def ar_sum_list(rng: random.Random, i: int) -> Any:
    xs = [rng.randint(5, 999) for _ in range(rng.randint(4, 5))]
    if i == 0:
        prompt = f"Sum these up for me: {join_and([str(x) for x in xs])}."
    elif i == 1:
        prompt = f"Total of {', '.join(str(x) for x in xs)}?"
    elif i == 2:
        xs = [rng.randint(1000, 25000) for _ in range(4)]
        prompt = "Add up the following:\n" + "\n".join(f"- {x:,}" for x in xs)
    else:
        xs = xs[:4]
        prompt = f"What do {join_and([str(x) for x in xs])} add up to? Just the total."
    return prompt, num(sum(xs))


@tpl(HELD, "arithmetic", "en", "positive", "root_steps")
def ar_root_steps(rng: random.Random, i: int) -> Any:
    r, k = rng.randint(11, 40), rng.randint(2, 9)
    if i == 0:
        return (f"Take the square root of {r * r}, then multiply it by {k}. What do you get?",
                num(r * k))
    if i == 1:
        return f"What's {k} times the square root of {r * r}?", num(r * k)
    if i == 2:
        return f"√{r * r} + {k}² = ?", num(r + k * k)
    c = rng.randint(3, 15)
    return f"Find the cube root of {c**3:,} and add {k} to it.", num(c + k)


@tpl(HELD, "arithmetic", "en", "positive", "product_frame")
def ar_product_frame(rng: random.Random, i: int) -> Any:
    a, b = rng.randint(1000, 99999), rng.randint(11, 99)
    if i == 0:
        return f"For a spreadsheet check: what's {a:,} × {b}?", num(a * b)
    if i == 1:
        return f"My calculator battery just died. {a:,} times {b}?", num(a * b)
    if i == 2:
        return f"Need this for an invoice: {a:,} multiplied by {b}, please.", num(a * b)
    x, y, z = rng.randint(2, 30), rng.randint(2, 30), rng.randint(2, 30)
    return f"What's the product of {x}, {y} and {z}?", num(x * y * z)


@tpl(HELD, "arithmetic", "zh", "positive", "zh_frac")
def ar_zh_frac(rng: random.Random, i: int) -> Any:
    f1 = f2 = rand_frac(rng, 2, 12)
    while f2 == f1:
        f2 = rand_frac(rng, 2, 12)
    s1, s2 = frac_str(f1), frac_str(f2)
    if i == 0:
        k = rng.randint(2, 24)
        return f"请计算：({s1} + {s2}) × {k}，结果用分数表示。", num((f1 + f2) * k)
    if i == 1:
        return f"{s1} 加 {s2} 等于多少？", num(f1 + f2)
    if i == 2:
        return f"{s1} 减去 {s2} 是多少？用最简分数回答", num(f1 - f2)
    return f"{s1} 除以 {s2} 等于多少？", num(f1 / f2)


@tpl(HELD, "arithmetic", "zh", "positive", "zh_pct")
def ar_zh_pct(rng: random.Random, i: int) -> Any:
    p = rng.choice(["12", "15", "6", "30", "2.5", "18", "75"])
    n = rng.randint(100, 9000)
    prompt = [f"我在核对账单，{n:,} 的 {p}% 是多少？只要数字。",
              f"{n} 的 {p}% 是多少？",
              f"{n:,} 元的 {p}% 是多少元？",
              f"{n} 乘以 {p}% 等于多少？"][i]
    return prompt, num(val(p) * n / 100)


@tpl(HELD, "arithmetic", "zh", "positive", "zh_sum")
def ar_zh_sum(rng: random.Random, i: int) -> Any:
    a, b, c, d = (rng.randint(10, 999) for _ in range(4))
    if i == 0:
        return f"{a}、{b}、{c} 和 {d} 加起来一共是多少？", num(a + b + c + d)
    if i == 1:
        return f"把这几个数加起来：{a}，{b}，{c}，{d}", num(a + b + c + d)
    if i == 2:
        return f"{a} 加 {b} 加 {c} 再减 {d} 等于多少", num(a + b + c - d)
    return f"请算出 {a} + {b} + {c} + {d} 的和", num(a + b + c + d)


@tpl(HELD, "arithmetic", "en", "negative", "world_prices")
def ar_world_prices(rng: random.Random, i: int) -> Any:
    a, b = rng.randint(2, 6), rng.randint(2, 4)
    return [f"How many calories are in {a} slices of pepperoni pizza plus {b} cans of cola?",
            f"How much would {a * 3} gallons of gas cost me today?",
            f"What's {rng.randint(2, 90) * 50:,} euros in US dollars right now?",
            f"How many teaspoons of sugar are in {a} cans of Coke?"][i]


@tpl(HELD, "arithmetic", "en", "negative", "howto_code")
def ar_howto_code(rng: random.Random, i: int) -> Any:
    a, b = rng.randint(100, 999), rng.randint(3, 9)
    return [f"Write a Python function that returns {rng.randint(5, 30)}% of a number.",
            f"Explain how long division works, using {a} ÷ {b} as an example.",
            "Can you write an Excel formula that adds up column B?",
            f"How do I compute {rng.randint(10, 30)} factorial in JavaScript?"][i]


@tpl(HELD, "arithmetic", "zh", "negative", "zh_life")
def ar_zh_life(rng: random.Random, i: int) -> Any:
    return ["2008 年北京奥运会中国一共拿了多少块金牌？",
            f"我的快递单号是 {rng.randint(10**11, 10**12 - 1)}，什么时候能到？",
            "现在一斤苹果大概多少钱？",
            f"1990 年的 {rng.randint(2, 20) * 50} 块钱相当于现在的多少钱？"][i]


# =============================================================================================
# Comparison
# =============================================================================================


def dec_pair(rng: random.Random, neg: bool = False) -> tuple[str, str]:
    """Two decimals with the same whole part and different lengths (9.11 vs 9.9)."""
    while True:
        w = rng.randint(0, 5) if neg else rng.randint(1, 30)
        x = f"{w}.{rng.choice([k for k in range(11, 100) if k % 10])}"
        y = f"{w}.{rng.randint(1, 9)}"
        if neg:
            x, y = "-" + x, "-" + y
        if val(x) != val(y):
            return (x, y) if rng.random() < 0.5 else (y, x)


@tpl(DEV, "comparison", "en", "positive", "which_bigger")
def co_which_bigger(rng: random.Random, i: int) -> Any:
    x, y = dec_pair(rng)
    prompt = [f"Which is bigger, {x} or {y}?",
              f"Which number is larger: {x} or {y}? Just tell me the number.",
              f"{x} vs {y}, which one is greater?",
              f"Between {x} and {y}, which is the bigger number?"][i]
    return prompt, choice(max(x, y, key=val))


@tpl(DEV, "comparison", "en", "positive", "neg_greater")
def co_neg_greater(rng: random.Random, i: int) -> Any:
    if i < 2:
        x, y = (str(-v) for v in rng.sample(range(1, 60), 2))
    else:
        x, y = dec_pair(rng, neg=True)
    prompt = [f"Is {x} greater than {y}?",
              f"Is {x} > {y}? yes or no",
              f"Quick sanity check: is {x} bigger than {y}?",
              f"True or false: {x} is greater than {y}."][i]
    return prompt, yes_no(val(x) > val(y))


@tpl(DEV, "comparison", "en", "positive", "sort_up")
def co_sort_up(rng: random.Random, i: int) -> Any:
    items = distinct_values(rng, lambda: mixed_number(rng), rng.randint(4, 6))
    prompt = [f"Sort from smallest to largest: {', '.join(items)}",
              f"Can you put these in ascending order? {', '.join(items)}",
              f"Order these numbers low to high: {'; '.join(items)}",
              f"Arrange {join_and(items)} in increasing order."][i]
    return prompt, num_list(sort_vals(items), True, "asc")


@tpl(DEV, "comparison", "en", "positive", "smaller_frac")
def co_smaller_frac(rng: random.Random, i: int) -> Any:
    while True:
        f1, f2 = rand_frac(rng, 3, 13), rand_frac(rng, 3, 13)
        if f1 != f2:
            break
    s1, s2 = frac_str(f1), frac_str(f2)
    prompt = [f"Which fraction is smaller, {s1} or {s2}?",
              f"Which is less: {s1} or {s2}?",
              f"I always mix these up. Is {s1} or {s2} the smaller one?",
              f"Out of {s1} and {s2}, which has the lower value?"][i]
    return prompt, choice(s1 if f1 < f2 else s2)


@tpl(DEV, "comparison", "en", "positive", "settle_bet")
def co_settle_bet(rng: random.Random, i: int) -> Any:
    x, y = dec_pair(rng)
    x, y = "0" + x[x.index("."):], "0" + y[y.index("."):]
    prompt = [f"Is {x} more than {y}? My son insists it is.",
              f"Settle a bet for us: is {x} larger than {y}?",
              f"Is {x} actually bigger than {y}? I keep second-guessing myself.",
              f"Just yes or no: is {x} more than {y}?"][i]
    return prompt, yes_no(val(x) > val(y))


@tpl(DEV, "comparison", "zh", "positive", "zh_which_big")
def co_zh_which_big(rng: random.Random, i: int) -> Any:
    x, y = dec_pair(rng)
    prompt = [f"{x} 和 {y} 哪个大？",
              f"{x} 和 {y} 相比，哪个数更大？",
              f"请问 {x} 与 {y} 哪个比较大",
              f"{x}、{y}，哪个大一些？"][i]
    return prompt, choice(max(x, y, key=val))


@tpl(DEV, "comparison", "zh", "positive", "zh_bi")
def co_zh_bi(rng: random.Random, i: int) -> Any:
    if i == 0:
        x, y = (str(-v) for v in rng.sample(range(1, 40), 2))
        return f"{x} 比 {y} 大吗？", yes_no(val(x) > val(y))
    if i == 1:
        while True:
            f1, f2 = rand_frac(rng, 3, 11), rand_frac(rng, 3, 11)
            if f1 != f2:
                break
        return f"{frac_str(f1)} 比 {frac_str(f2)} 小吗？", yes_no(f1 < f2)
    x, y = dec_pair(rng, neg=(i == 2))
    if i == 2:
        return f"{x} 是不是比 {y} 大？", yes_no(val(x) > val(y))
    return f"请问 {x} 大于 {y} 吗？", yes_no(val(x) > val(y))


@tpl(DEV, "comparison", "en", "negative", "versions")
def co_versions(rng: random.Random, i: int) -> Any:
    a, b = rng.randint(10, 13), rng.randint(6, 9)
    return [f"Is Python 3.{a} newer than 3.{b}?",
            f"Which is the later release, macOS 14.{a} or 14.{b}?",
            f"Is version 2.{a}.0 of the library more recent than 2.{b}.0?",
            f"Node {a * 2} or Node {b * 2}: which one is better for production?"][i]


@tpl(DEV, "comparison", "en", "negative", "world_bigger")
def co_world_bigger(rng: random.Random, i: int) -> Any:
    return ["Which city has more people, Tokyo or Delhi?",
            "Which is taller, the Eiffel Tower or the Statue of Liberty?",
            "Is Mount Everest higher than K2?",
            "Which has more calories, 100 g of rice or 100 g of pasta?"][i]


@tpl(DEV, "comparison", "zh", "negative", "zh_products")
def co_zh_products(rng: random.Random, i: int) -> Any:
    a = rng.randint(12, 16)
    return [f"iPhone {a} 比 iPhone {a - 2} 好用吗？",
            "北京和上海哪个城市人口多？",
            f"微信 8.0.{rng.randint(40, 55)} 和 8.0.{rng.randint(30, 39)} 哪个版本更新？",
            f"身高 {rng.randint(170, 185)} 厘米在男生里算高吗？"][i]


@tpl(HELD, "comparison", "en", "positive", "sort_down")
def co_sort_down(rng: random.Random, i: int) -> Any:
    items = distinct_values(rng, lambda: mixed_number(rng), rng.randint(4, 6))
    if i == 0:
        prompt = f"Arrange in descending order: {', '.join(items)}"
    elif i == 1:
        prompt = f"{', '.join(items)}: sort those from largest to smallest, please."
    elif i == 2:
        prompt = f"List {', '.join(items)} from biggest to smallest."
    else:
        prompt = "Please order the following, highest first:\n" + "\n".join(items)
    return prompt, num_list(sort_vals(items, reverse=True), True, "desc")


@tpl(HELD, "comparison", "en", "positive", "max_of")
def co_max_of(rng: random.Random, i: int) -> Any:
    def make() -> str:
        v = rng.randint(-300, 900)
        return f"{v}.{rng.randint(1, 9)}" if rng.random() < 0.3 else str(v)

    items = distinct_values(rng, make, rng.randint(5, 7))
    prompt = [f"What's the largest number in this list: {', '.join(items)}?",
              f"Which of these is the biggest? {', '.join(items)}",
              f"Out of {join_and(items)}, which value is the highest?",
              f"Find the maximum of [{', '.join(items)}]."][i]
    return prompt, choice(max(items, key=val))


@tpl(HELD, "comparison", "en", "positive", "less_yn")
def co_less_yn(rng: random.Random, i: int) -> Any:
    while True:
        f = rand_frac(rng, 3, 12)
        d = f"0.{rng.randint(1, 99):02d}".rstrip("0")
        if f != val(d):
            break
    s = frac_str(f)
    prompt = [f"Is {s} less than {d}? yes or no",
              f"Is {s} smaller than {d}?",
              f"Quick check for my notes: is {s} < {d}?",
              f"Would you say {s} is less than {d}?"][i]
    return prompt, yes_no(f < val(d))


@tpl(HELD, "comparison", "en", "positive", "big_amounts")
def co_big_amounts(rng: random.Random, i: int) -> Any:
    while True:
        a = rng.randint(1_000_000, 9_999_999)
        ds = list(str(a))
        j, k = rng.sample(range(1, 7), 2)
        ds[j], ds[k] = ds[k], ds[j]
        b = int("".join(ds))
        if a != b:
            break
    prompt = [f"Which is more: {a:,} or {b:,}?",
              f"Which number is greater, {a:,} or {b:,}?",
              f"I'm comparing two quotes, {a:,} vs {b:,}. Which one is higher?",
              f"Bigger one please: {a:,} or {b:,}"][i]
    return prompt, choice(f"{max(a, b):,}")


@tpl(HELD, "comparison", "en", "positive", "smaller_neg")
def co_smaller_neg(rng: random.Random, i: int) -> Any:
    x, y = dec_pair(rng, neg=True)
    prompt = [f"Of {x} and {y}, which one is smaller?",
              f"Which is lower, {x} or {y}?",
              f"{x} or {y}: which is the smaller number?",
              f"Tell me the smaller of {x} and {y}."][i]
    return prompt, choice(min(x, y, key=val))


@tpl(HELD, "comparison", "zh", "positive", "zh_sort")
def co_zh_sort(rng: random.Random, i: int) -> Any:
    items = distinct_values(rng, lambda: mixed_number(rng), rng.randint(4, 5))
    if i == 0:
        return (f"请把下面的数从小到大排列：{'、'.join(items)}",
                num_list(sort_vals(items), True, "asc"))
    if i == 1:
        return (f"把 {'，'.join(items)} 按从大到小的顺序排好",
                num_list(sort_vals(items, reverse=True), True, "desc"))
    if i == 2:
        return (f"将这些数按升序排列：{'；'.join(items)}",
                num_list(sort_vals(items), True, "asc"))
    return (f"这几个数从大到小怎么排：{'、'.join(items)}",
            num_list(sort_vals(items, reverse=True), True, "desc"))


@tpl(HELD, "comparison", "zh", "positive", "zh_smaller")
def co_zh_smaller(rng: random.Random, i: int) -> Any:
    while True:
        f = rand_frac(rng, 3, 12)
        d = f"0.{rng.randint(1, 99):02d}".rstrip("0")
        if f != val(d):
            break
    s = frac_str(f)
    prompt = [f"{s} 和 {d} 哪个更小？",
              f"{d} 与 {s} 比，哪个小？",
              f"{s} 和 {d} 中较小的是哪个？",
              f"哪个数小一点：{d} 还是 {s}？"][i]
    return prompt, choice(s if f < val(d) else d)


@tpl(HELD, "comparison", "en", "negative", "health_meaning")
def co_health_meaning(rng: random.Random, i: int) -> Any:
    return [f"Is {rng.randint(372, 389) / 10}°C a fever for an adult?",
            f"Is a blood pressure of {rng.randint(125, 150)}/{rng.randint(80, 95)} too high?",
            f"Is a credit score of {rng.randint(600, 780)} good or bad?",
            f"Is {rng.randint(70, 95)} mph too fast on a typical US highway?"][i]


@tpl(HELD, "comparison", "en", "negative", "unit_sense")
def co_unit_sense(rng: random.Random, i: int) -> Any:
    a = rng.randint(5, 11)
    return ["Which is bigger, a US gallon or an imperial gallon?",
            f"Is a UK size {a} shoe bigger than a US size {a}?",
            f"Which is more, {rng.randint(3, 6)} tablespoons or a quarter cup?",
            f"Is {a} miles longer than {a + rng.randint(3, 8)} kilometers?"][i]


@tpl(HELD, "comparison", "zh", "negative", "zh_meaning")
def co_zh_meaning(rng: random.Random, i: int) -> Any:
    return [f"体温 {rng.randint(372, 389) / 10} 度算发烧吗？",
            f"高考考了 {rng.randint(450, 650)} 分能上什么大学？",
            "5 号电池和 7 号电池哪个大？",
            "长江和黄河哪个更长？"][i]


# =============================================================================================
# Counting / strings
# =============================================================================================


@tpl(DEV, "counting", "en", "positive", "letter_count")
def ct_letter_count(rng: random.Random, i: int) -> Any:
    c, w = letter_and_word(rng)
    prompt = [f"How many {c}'s are in {w}?",
              f"Count the letter '{c}' in '{w}'.",
              f'how many times does the letter {c} appear in the word "{w}"',
              f"In the word {w}, how many {c}s are there?"][i]
    return prompt, num(w.count(c))


@tpl(DEV, "counting", "en", "positive", "vowel_count")
def ct_vowel_count(rng: random.Random, i: int) -> Any:
    w = rng.choice(VOWEL_WORDS)
    prompt = [f"How many vowels are in the word '{w}'?",
              f'Count the vowels in "{w}" (a, e, i, o, u).',
              f"{w}: how many vowels does it have?",
              f"How many vowel letters appear in {w}?"][i]
    return prompt, num(sum(ch in VOWELS for ch in w))


@tpl(DEV, "counting", "en", "positive", "word_count")
def ct_word_count(rng: random.Random, i: int) -> Any:
    s = rng.choice(SENTENCES)
    prompt = [f'How many words are in this sentence: "{s}."',
              f"Count the words: {s}.",
              f'"{s}" - how many words is that?',
              f"Word count for the following, please: {s}"][i]
    return prompt, num(len(s.split()))


@tpl(DEV, "counting", "en", "positive", "reverse")
def ct_reverse(rng: random.Random, i: int) -> Any:
    w = rng.choice(PLAIN_WORDS)
    prompt = [f"Reverse the word '{w}'. Just the reversed word, please.",
              f"Spell {w} backwards.",
              f'What is "{w}" written in reverse?',
              f"Can you flip '{w}' so it reads right to left?"][i]
    return prompt, text(w[::-1])


@tpl(DEV, "counting", "en", "positive", "nth_letter")
def ct_nth_letter(rng: random.Random, i: int) -> Any:
    w = rng.choice(PLAIN_WORDS + VOWEL_WORDS)
    n = rng.randint(2, min(8, len(w)))
    if i == 0:
        return f"What's the {ORDINALS[n - 1]} letter of '{w}'?", text(w[n - 1])
    if i == 1:
        return f"In the word {w}, which letter is in position {n}?", text(w[n - 1])
    if i == 2:
        return f'Tell me the {ORDINALS[n - 1]} letter in "{w}".', text(w[n - 1])
    return f"What is the last letter of {w}?", text(w[-1])


@tpl(DEV, "counting", "zh", "positive", "zh_letter")
def ct_zh_letter(rng: random.Random, i: int) -> Any:
    c, w = letter_and_word(rng)
    prompt = [f"{w} 里面有多少个字母 {c}？",
              f"单词 {w} 中有几个 {c}？",
              f"“{w}”这个词里字母 {c} 出现了几次？",
              f"数一下 {w} 里有多少个 {c}"][i]
    return prompt, num(w.count(c))


@tpl(DEV, "counting", "zh", "positive", "zh_length")
def ct_zh_length(rng: random.Random, i: int) -> Any:
    w = rng.choice(LENGTH_WORDS + PLAIN_WORDS)
    prompt = [f"单词 {w} 有几个字母？",
              f"“{w}”一共由多少个字母组成？",
              f"{w} 这个单词有多少个字母",
              f"请问英文单词 {w} 有几个字母？"][i]
    return prompt, num(len(w))


@tpl(DEV, "counting", "zh", "positive", "zh_vowels")
def ct_zh_vowels(rng: random.Random, i: int) -> Any:
    w = rng.choice(VOWEL_WORDS)
    prompt = [f"单词 {w} 里有几个元音字母？",
              f"“{w}”中有多少个元音字母（a、e、i、o、u）？",
              f"{w} 这个词有几个元音？",
              f"数一数 {w} 的元音字母个数"][i]
    return prompt, num(sum(ch in VOWELS for ch in w))


@tpl(DEV, "counting", "en", "negative", "trivia_counts")
def ct_trivia_counts(rng: random.Random, i: int) -> Any:
    return ["How many letters are in the Greek alphabet?",
            "How many words does the average novel have?",
            "How many letters are in the longest word in the English dictionary?",
            "How many vowels does the Hawaiian language use?"][i]


@tpl(DEV, "counting", "en", "negative", "hidden_word")
def ct_hidden_word(rng: random.Random, i: int) -> Any:
    return ["How many r's are in the name of the capital of France?",
            "How many letters are in my last name?",
            "How many vowels are in the name of the largest ocean on Earth?",
            "What's the third letter of the word I'm thinking of?"][i]


@tpl(DEV, "counting", "zh", "negative", "zh_trivia")
def ct_zh_trivia(rng: random.Random, i: int) -> Any:
    return ["汉语拼音一共有多少个字母？",
            "《红楼梦》一共有多少个字？",
            "英语里最长的单词有几个字母？",
            "常用汉字大概有多少个？"][i]


@tpl(HELD, "counting", "en", "positive", "anagram")
def ct_anagram(rng: random.Random, i: int) -> Any:
    a, b = rng.choice(ANAGRAM_PAIRS)
    if rng.random() < 0.5:
        a, b = b, a
    prompt = [f"Are '{a}' and '{b}' anagrams?",
              f'Is "{a}" an anagram of "{b}"?',
              f"Can the letters of {a} be rearranged to spell {b}?",
              f"Do {a} and {b} use exactly the same letters? (anagram check)"][i]
    return prompt, yes_no(sorted(a) == sorted(b))


@tpl(HELD, "counting", "en", "positive", "distinct")
def ct_distinct(rng: random.Random, i: int) -> Any:
    w = rng.choice(DISTINCT_WORDS)
    prompt = [f"How many different letters does '{w}' use?",
              f"How many distinct letters are in the word {w}?",
              f'Count the unique letters in "{w}".',
              f"{w}: how many different letters appear in it?"][i]
    return prompt, num(len(set(w)))


@tpl(HELD, "counting", "en", "positive", "longer_word")
def ct_longer_word(rng: random.Random, i: int) -> Any:
    a, b = two_lengths(rng)
    prompt = [f"Which word has more letters: '{a}' or '{b}'?",
              f'Which is longer, "{a}" or "{b}"? (by number of letters)',
              f"{a} or {b}: which word is longer?",
              f"Between the words {a} and {b}, which one has more letters?"][i]
    return prompt, word_choice(longer(a, b))


@tpl(HELD, "counting", "en", "positive", "consonants")
def ct_consonants(rng: random.Random, i: int) -> Any:
    w = rng.choice([x for x in VOWEL_WORDS + PLAIN_WORDS if "y" not in x])
    prompt = [f"How many consonants are in '{w}'?",
              f"Count the consonants in the word {w}.",
              f'How many consonant letters does "{w}" have?',
              f"In {w}, how many letters are consonants?"][i]
    return prompt, num(sum(ch not in VOWELS for ch in w))


@tpl(HELD, "counting", "en", "positive", "alpha_order")
def ct_alpha_order(rng: random.Random, i: int) -> Any:
    ws = rng.sample(SORT_WORDS, rng.randint(4, 6))
    prompt = [f"Put these words in alphabetical order: {', '.join(ws)}",
              f"Alphabetize: {', '.join(ws)}",
              f"Sort {', '.join(ws)} alphabetically, please.",
              "Can you arrange these in A to Z order?\n" + "\n".join(ws)][i]
    return prompt, word_list(sorted(ws), True)


@tpl(HELD, "counting", "zh", "positive", "zh_reverse")
def ct_zh_reverse(rng: random.Random, i: int) -> Any:
    w = rng.choice(PLAIN_WORDS)
    prompt = [f"“{w}”这个单词倒过来怎么写？",
              f"把 {w} 反过来拼写",
              f"请将单词 {w} 倒序输出",
              f"{w} 倒着写是什么？"][i]
    return prompt, text(w[::-1])


@tpl(HELD, "counting", "zh", "positive", "zh_longer")
def ct_zh_longer(rng: random.Random, i: int) -> Any:
    a, b = two_lengths(rng)
    prompt = [f"{a} 和 {b} 哪个单词字母更多？",
              f"“{a}”和“{b}”，哪个词的字母更多？",
              f"{a} 与 {b} 相比，哪个单词的字母多？",
              f"单词 {a} 和 {b} 里谁的字母数更多"][i]
    return prompt, word_choice(longer(a, b))


@tpl(HELD, "counting", "zh", "positive", "zh_words")
def ct_zh_words(rng: random.Random, i: int) -> Any:
    s = rng.choice(SENTENCES)
    prompt = [f"这句话有多少个单词：{s}",
              f"“{s}”这句英文一共有几个单词？",
              f"数一下这句话里的单词数：{s}.",
              f"{s}，这句话有几个英文单词？"][i]
    return prompt, num(len(s.split()))


@tpl(HELD, "counting", "en", "negative", "string_code")
def ct_string_code(rng: random.Random, i: int) -> Any:
    return ["Write a regex that counts the vowels in a string.",
            "How do I count the words in a Word document?",
            "Write a Python one-liner to reverse a string.",
            "What's the fastest algorithm to check whether two strings are anagrams?"][i]


@tpl(HELD, "counting", "en", "negative", "language_facts")
def ct_language_facts(rng: random.Random, i: int) -> Any:
    return ["How many letters does the Russian alphabet have?",
            f"How many words should a cover letter be if the limit is {rng.randint(2, 4)} pages?",
            "Which letter is used most often in English?",
            "How many syllables are in the word 'comfortable' when Americans say it?"][i]


@tpl(HELD, "counting", "zh", "negative", "zh_lang")
def ct_zh_lang(rng: random.Random, i: int) -> Any:
    return ["怎么用 Python 统计一个字符串里的元音个数？",
            "“strawberry” 这个单词是什么意思？",
            f"英语作文要写 {rng.randint(12, 30) * 10} 个单词，大概要写多久？",
            "日语有多少个假名？"][i]


# =============================================================================================
# Number theory
# =============================================================================================


def prime_or_semiprime(rng: random.Random, want_prime: bool, lo: int, hi: int) -> int:
    while True:
        if want_prime:
            n = rng.randint(lo, hi)
            if is_prime(n):
                return n
        else:
            ps = [p for p in range(7, 200) if is_prime(p)]
            n = rng.choice(ps) * rng.choice(ps)
            if lo <= n <= hi:
                return n


def smooth_number(rng: random.Random, lo: int, hi: int) -> int:
    while True:
        n = 1
        for p in rng.sample([2, 3, 5, 7, 11, 13, 17], rng.randint(2, 4)):
            n *= p ** rng.randint(1, 3)
        if lo <= n <= hi:
            return n


def non_happy(rng: random.Random, lo: int, hi: int) -> int:
    while True:
        n = rng.randint(lo, hi)
        if not is_happy(n):
            return n


@tpl(DEV, "number_theory", "en", "positive", "is_prime")
def nt_is_prime(rng: random.Random, i: int) -> Any:
    n = prime_or_semiprime(rng, i % 2 == 0, 100, 999)
    prompt = [f"Is {n} prime?",
              f"Is {n} a prime number? yes/no",
              f"quick check: is {n} prime or not?",
              f"Can you tell me whether {n} is prime?"][i]
    return prompt, yes_no(is_prime(n))


@tpl(DEV, "number_theory", "en", "positive", "factorize")
def nt_factorize(rng: random.Random, i: int) -> Any:
    n = smooth_number(rng, 100, 90000)
    prompt = [f"Give me the prime factorization of {n}.",
              f"Factor {n:,} into primes.",
              f"What are the prime factors of {n}, counted with multiplicity?",
              f"Break {n} down into a product of primes, please."][i]
    return prompt, factorization(n)


@tpl(DEV, "number_theory", "en", "positive", "gcd")
def nt_gcd(rng: random.Random, i: int) -> Any:
    g = rng.randint(2, 30)
    while True:
        x, y = rng.sample(range(2, 21), 2)
        if math.gcd(x, y) == 1:
            break
    a, b = g * x, g * y
    prompt = [f"What's the greatest common divisor of {a} and {b}?",
              f"gcd({a}, {b}) = ?",
              f"Find the highest common factor of {a} and {b}.",
              f"I'm reducing the fraction {a}/{b}. What's the GCD of the two numbers?"][i]
    return prompt, num(math.gcd(a, b))


@tpl(DEV, "number_theory", "en", "positive", "digit_sum")
def nt_digit_sum(rng: random.Random, i: int) -> Any:
    n = rng.randint(10_000, 9_999_999)
    prompt = [f"What's the sum of the digits of {n:,}?",
              f"Add up the digits of {n}.",
              f"digit sum of {n}?",
              f"If you add together all the digits in {n}, what do you get?"][i]
    return prompt, num(sum(int(c) for c in str(n)))


@tpl(DEV, "number_theory", "en", "positive", "primes_under")
def nt_primes_under(rng: random.Random, i: int) -> Any:
    while True:
        n = rng.randint(20, 70)
        if not is_prime(n):
            break
    prompt = [f"List all primes less than {n}.",
              f"What are the prime numbers below {n}?",
              f"Give me every prime under {n}, comma separated.",
              f"Which numbers smaller than {n} are prime?"][i]
    return prompt, num_list([str(p) for p in primes_below(n)], False)


@tpl(DEV, "number_theory", "zh", "positive", "zh_prime")
def nt_zh_prime(rng: random.Random, i: int) -> Any:
    n = prime_or_semiprime(rng, i % 2 == 1, 50, 800)
    prompt = [f"{n} 是质数吗？",
              f"{n} 是不是素数？",
              f"请判断 {n} 是否为质数",
              f"{n} 是素数吗，回答是或否"][i]
    return prompt, yes_no(is_prime(n))


@tpl(DEV, "number_theory", "zh", "positive", "zh_factor")
def nt_zh_factor(rng: random.Random, i: int) -> Any:
    n = smooth_number(rng, 60, 20000)
    prompt = [f"把 {n} 分解质因数",
              f"{n} 分解质因数的结果是什么？",
              f"请将 {n} 写成质因数乘积的形式",
              f"{n} 的质因数分解是？"][i]
    return prompt, factorization(n)


@tpl(DEV, "number_theory", "en", "negative", "prime_concepts")
def nt_prime_concepts(rng: random.Random, i: int) -> Any:
    return ["Why is 1 not considered a prime number?",
            "Explain what the greatest common divisor actually means.",
            "Who proved that there are infinitely many primes?",
            f"Why do some cicadas have prime-numbered life cycles like {rng.choice([13, 17])}"
            " years?"][i]


@tpl(DEV, "number_theory", "en", "negative", "number_lore")
def nt_number_lore(rng: random.Random, i: int) -> Any:
    return ["What's the largest known prime number?",
            "How many digits does the largest known prime have?",
            f"Is {rng.choice([4, 8])} a lucky number in Chinese culture?",
            "What's special about the number 42 in The Hitchhiker's Guide to the Galaxy?"][i]


@tpl(DEV, "number_theory", "zh", "negative", "zh_conj")
def nt_zh_conj(rng: random.Random, i: int) -> Any:
    return ["哥德巴赫猜想被证明了吗？",
            "为什么 1 不是质数？",
            "质数在密码学里有什么用？",
            "孪生素数猜想是谁提出的？"][i]


@tpl(HELD, "number_theory", "en", "positive", "lcm")
def nt_lcm(rng: random.Random, i: int) -> Any:
    a, b, c = rng.sample(range(4, 41), 3)
    if i == 0:
        return f"Find the least common multiple of {a}, {b} and {c}.", num(lcm(a, b, c))
    if i == 1:
        return f"lcm of {a} and {b}?", num(lcm(a, b))
    if i == 2:
        return f"What's the LCM of {a}, {b}, {c}?", num(lcm(a, b, c))
    return f"What's the smallest positive number divisible by both {a} and {b}?", num(lcm(a, b))


@tpl(HELD, "number_theory", "en", "positive", "largest_pf")
def nt_largest_pf(rng: random.Random, i: int) -> Any:
    ps = [p for p in range(2, 100) if is_prime(p)]
    while True:
        n = math.prod(rng.choice(ps) for _ in range(rng.randint(2, 4)))
        if 100 <= n <= 5_000_000:
            break
    prompt = [f"What's the largest prime factor of {n:,}?",
              f"Biggest prime that divides {n}?",
              f"Find the greatest prime factor of {n}.",
              f"Of all the prime factors of {n}, which is the largest?"][i]
    return prompt, num(factor(n)[-1][0])


@tpl(HELD, "number_theory", "en", "positive", "happy")
def nt_happy(rng: random.Random, i: int) -> Any:
    if i in (1, 2):
        lo, hi = 1, non_happy(rng, 15, 60)
    else:
        lo = non_happy(rng, 2, 30)
        hi = non_happy(rng, lo + 15, lo + 50)
    prompt = [f"Which numbers between {lo} and {hi} are happy numbers?",
              f"List the happy numbers from 1 to {hi}.",
              f"Give me all happy numbers up to {hi}.",
              f"happy numbers in the range {lo}–{hi}?"][i]
    return prompt, num_list([str(k) for k in range(lo, hi + 1) if is_happy(k)], False)


@tpl(HELD, "number_theory", "en", "positive", "prime_context")
def nt_prime_context(rng: random.Random, i: int) -> Any:
    n = prime_or_semiprime(rng, i in (1, 2), 1000, 9999)
    prompt = [f"My lock combination is {n}. Just curious, is that a prime number?",
              f"Is {n} prime? It's for a hash table size.",
              f"I'm teaching primes tomorrow. Is {n} one of them?",
              f"Prime or not: {n}?"][i]
    return prompt, yes_no(is_prime(n))


@tpl(HELD, "number_theory", "en", "positive", "prime_powers")
def nt_prime_powers(rng: random.Random, i: int) -> Any:
    n = smooth_number(rng, 200, 200000)
    prompt = [f"What is {n} written as a product of prime powers?",
              f"Prime-factorize {n:,} for me.",
              f"{n} = ? (prime factorization)",
              f"Decompose {n} into its prime factors."][i]
    return prompt, factorization(n)


@tpl(HELD, "number_theory", "zh", "positive", "zh_gcd_lcm")
def nt_zh_gcd_lcm(rng: random.Random, i: int) -> Any:
    g = rng.randint(2, 12)
    x, y = rng.sample(range(2, 16), 2)
    a, b = g * x, g * y
    if i == 0:
        return f"{a} 和 {b} 的最小公倍数是多少？", num(lcm(a, b))
    if i == 1:
        return f"{a} 和 {b} 的最大公约数是多少？", num(math.gcd(a, b))
    if i == 2:
        return f"求 {a}、{b} 的最大公因数", num(math.gcd(a, b))
    return f"{a} 与 {b} 的最小公倍数是几？", num(lcm(a, b))


@tpl(HELD, "number_theory", "zh", "positive", "zh_primes")
def nt_zh_primes(rng: random.Random, i: int) -> Any:
    while True:
        n = rng.randint(20, 80)
        if not is_prime(n):
            break
    prompt = [f"小于 {n} 的质数有哪些？",
              f"列出 {n} 以内的所有素数",
              f"{n} 以下的质数有哪些",
              f"比 {n} 小的素数都有哪些？"][i]
    return prompt, num_list([str(p) for p in primes_below(n)], False)


@tpl(HELD, "number_theory", "en", "negative", "nt_code")
def nt_nt_code(rng: random.Random, i: int) -> Any:
    return ["Write code to check whether a number is prime.",
            "How would I find the GCD of two numbers in Excel?",
            "What's the time complexity of the Sieve of Eratosthenes?",
            f"Give me a JavaScript function that lists the primes below {rng.randint(50, 500)}."][i]


@tpl(HELD, "number_theory", "en", "negative", "number_meaning")
def nt_number_meaning(rng: random.Random, i: int) -> Any:
    return [f"My PIN is {rng.randint(1000, 9999)}. Is that a secure choice?",
            f"Is {rng.randint(2, 99)} a good number for a basketball jersey?",
            "Why do so many hotels skip floor 13?",
            f"Is the number {rng.choice([4, 13, 666])} considered unlucky, and why?"][i]


@tpl(HELD, "number_theory", "zh", "negative", "zh_crypto")
def nt_zh_crypto(rng: random.Random, i: int) -> Any:
    return ["为什么 RSA 加密需要很大的质数？",
            f"{rng.choice([8, 6, 9])} 这个数字在中国文化里吉利吗？",
            "最大公约数这个概念怎么给小学生讲？",
            "目前已知最大的素数有多少位？"][i]


# =============================================================================================
# Geometry
# =============================================================================================


def two_points(rng: random.Random) -> tuple[tuple[int, int], tuple[int, int]]:
    while True:
        p = (rng.randint(-9, 9), rng.randint(-9, 9))
        q = (rng.randint(-9, 9), rng.randint(-9, 9))
        if p != q:
            return p, q


def dist2(p: tuple[int, int], q: tuple[int, int]) -> int:
    return (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2


def triangle(rng: random.Random) -> list[tuple[int, int]]:
    while True:
        t = [(rng.randint(-6, 9), rng.randint(-6, 9)) for _ in range(3)]
        if cross(t[0], t[1], t[2]) != 0:
            return t


def perimeter_str(poly: list[tuple[int, int]]) -> str:
    return sum_sqrt_str([dist2(a, b) for a, b in zip(poly, poly[1:] + poly[:1], strict=True)])


@tpl(DEV, "geometry", "en", "positive", "distance")
def ge_distance(rng: random.Random, i: int) -> Any:
    p, q = two_points(rng)
    prompt = [f"What's the distance between {pt(p)} and {pt(q)}?",
              f"How far apart are the points A{pt(p, True)} and B{pt(q, True)}?",
              f"Find the length of the segment joining {pt(p)} to {pt(q)}.",
              f"distance from point {pt(p)} to point {pt(q)}?"][i]
    return prompt, real(sqrt_str(dist2(p, q)))


@tpl(DEV, "geometry", "en", "positive", "circle_area")
def ge_circle_area(rng: random.Random, i: int) -> Any:
    r = rng.randint(2, 25)
    if i == 2:
        d = rng.randint(3, 30)
        return f"Area of a circle whose diameter is {d}?", real(pi_str(Fraction(d, 2) ** 2))
    prompt = [f"A circle has a radius of {r} cm. What's its area?",
              f"What is the area of a circle with radius {r}?",
              "",
              f"I need the area of a circular rug with radius {r} feet, exact, in terms of pi."][i]
    return prompt, real(pi_str(Fraction(r) ** 2))


@tpl(DEV, "geometry", "en", "positive", "circles_meet")
def ge_circles_meet(rng: random.Random, i: int) -> Any:
    cls = ["cross", "apart", "apart", "cross"][i]
    c1, r1, c2, r2 = circle_pair(rng, cls, origin=(i == 2))
    prompt = [f"Do the circles centered at {pt(c1, True)} with radius {r1} and at {pt(c2, True)}"
              f" with radius {r2} intersect?",
              f"Circle 1: center {pt(c1)}, r = {r1}. Circle 2: center {pt(c2)}, r = {r2}. Do they"
              " intersect?",
              f"Does the circle {circle_eq(c1, r1)} intersect the circle {circle_eq(c2, r2)}?",
              f"Yes or no: do a circle of radius {r1} centered at {pt(c1)} and a circle of radius"
              f" {r2} centered at {pt(c2)} cross each other?"][i]
    return prompt, yes_no(cls == "cross")


@tpl(DEV, "geometry", "en", "positive", "pt_in_poly")
def ge_pt_in_poly(rng: random.Random, i: int) -> Any:
    cls = ["inside", "boundary", "outside", "inside"][i]
    poly = [convex_poly(rng, 5), rect(rng), convex_poly(rng, 3), convex_poly(rng, 4)][i]
    p = point_of_class(rng, poly, cls)
    vs = ", ".join(pt(v) for v in poly)
    prompt = [f"Is the point {pt(p)} inside, outside, or on the boundary of the polygon with"
              f" vertices {vs}?",
              f"Where does {pt(p)} lie relative to the rectangle with corners {vs}: inside,"
              " outside, or on an edge?",
              f"Point P = {pt(p)}; triangle with vertices {vs}. Is P inside the triangle, outside"
              " it, or on its boundary?",
              f"For the quadrilateral {vs}, is the point {pt(p, True)} inside, on the boundary, or"
              " outside?"][i]
    assert point_in_polygon(p, poly) == cls
    return prompt, relation(cls)


@tpl(DEV, "geometry", "en", "positive", "poly_area")
def ge_poly_area(rng: random.Random, i: int) -> Any:
    poly = convex_poly(rng, 5 if i == 3 else 4, -3, 9)
    vs = ", ".join(pt(v) for v in poly)
    prompt = [f"Find the area of the polygon with vertices {vs}.",
              f"What's the area enclosed by the points {vs} (in that order)?",
              f"Shoelace question: area of the quadrilateral {vs}?",
              f"Compute the area of the pentagon {vs}."][i]
    return prompt, num(Fraction(shoelace2(poly), 2))


@tpl(DEV, "geometry", "zh", "positive", "zh_distance")
def ge_zh_distance(rng: random.Random, i: int) -> Any:
    p, q = two_points(rng)
    prompt = [f"点 {pt(p, True)} 和点 {pt(q, True)} 之间的距离是多少？",
              f"求点 A{pt(p)} 到点 B{pt(q)} 的距离",
              f"{pt(p)} 与 {pt(q)} 两点间距离是多少",
              f"平面上两点 {pt(p, True)}、{pt(q, True)} 相距多远？"][i]
    return prompt, real(sqrt_str(dist2(p, q)))


@tpl(DEV, "geometry", "zh", "positive", "zh_circle_area")
def ge_zh_circle_area(rng: random.Random, i: int) -> Any:
    r = rng.randint(2, 20)
    if i == 1:
        d = rng.randint(3, 30)
        return f"一个圆的直径是 {d} 厘米，它的面积是多少？", real(pi_str(Fraction(d, 2) ** 2))
    prompt = [f"半径为 {r} 的圆面积是多少？",
              "",
              f"圆的半径是 {r}，求面积（用 π 表示）",
              f"求半径 {r} 米的圆的面积"][i]
    return prompt, real(pi_str(Fraction(r) ** 2))


@tpl(DEV, "geometry", "en", "negative", "real_places")
def ge_real_places(rng: random.Random, i: int) -> Any:
    lat1, lon1 = rng.randint(30, 50) + rng.randint(1, 9) / 10, -rng.randint(70, 120) - 0.5
    lat2, lon2 = rng.randint(30, 50) + rng.randint(1, 9) / 10, -rng.randint(70, 120) - 0.25
    return ["What's the walking distance between the Eiffel Tower and the Louvre?",
            f"How far is it from ({lat1}, {lon1}) to ({lat2}, {lon2}) in miles?",
            "How many square feet is a standard tennis court?",
            "How far is the Moon from Earth?"][i]


@tpl(DEV, "geometry", "en", "negative", "shape_trivia")
def ge_shape_trivia(rng: random.Random, i: int) -> Any:
    return ["How many sides does a stop sign have?",
            "Who first proved that pi is irrational?",
            "What's the area of Texas in square miles?",
            "Why are manhole covers round?"][i]


@tpl(DEV, "geometry", "zh", "negative", "zh_geo_facts")
def ge_zh_geo_facts(rng: random.Random, i: int) -> Any:
    return ["从北京到上海的直线距离是多少公里？",
            "一个标准足球场的面积是多少平方米？",
            "圆周率是谁最早算出来的？",
            "地球赤道的周长是多少公里？"][i]


@tpl(HELD, "geometry", "en", "positive", "tri_area")
def ge_tri_area(rng: random.Random, i: int) -> Any:
    if i == 3:
        b, h = rng.randint(3, 25), rng.randint(3, 25)
        return f"Triangle with base {b} and height {h}: area?", num(Fraction(b * h, 2))
    a, b, c = triangle(rng)
    prompt = [f"A triangle has vertices at {pt(a)}, {pt(b)} and {pt(c)}. What is its area?",
              f"Area of triangle ABC with A{pt(a, True)}, B{pt(b, True)}, C{pt(c, True)}?",
              f"What's the area of the triangle formed by the points {pt(a)}, {pt(b)}, {pt(c)}?"][i]
    return prompt, num(Fraction(abs(cross(a, b, c)), 2))


@tpl(HELD, "geometry", "en", "positive", "perimeter")
def ge_perimeter(rng: random.Random, i: int) -> Any:
    poly = [convex_poly(rng, 4, -2, 8), triangle(rng), rect(rng), convex_poly(rng, 4, 0, 6)][i]
    vs = ", ".join(pt(v) for v in poly)
    prompt = [f"What is the perimeter of the polygon with vertices {vs}?",
              f"Find the perimeter of the triangle {vs}.",
              f"How long is the boundary of the rectangle with corners {vs}?",
              f"Perimeter of the quadrilateral {vs}, exact value please."][i]
    return prompt, real(perimeter_str(poly))


@tpl(HELD, "geometry", "en", "positive", "circle_points")
def ge_circle_points(rng: random.Random, i: int) -> Any:
    cls = ["cross", "ext", "apart", "int"][i]
    c1, r1, c2, r2 = circle_pair(rng, cls, origin=(i == 1))
    prompt = [f"How many intersection points do the circle centered at {pt(c1, True)} with"
              f" radius {r1} and the circle centered at {pt(c2, True)} with radius {r2} have?",
              f"In how many points do the circles {circle_eq(c1, r1)} and {circle_eq(c2, r2)}"
              " meet?",
              f"Count the points where circle C1 (center {pt(c1)}, radius {r1}) and circle C2"
              f" (center {pt(c2)}, radius {r2}) intersect.",
              f"How many common points do these two circles share: center {pt(c1, True)} r={r1},"
              f" center {pt(c2, True)} r={r2}?"][i]
    return prompt, num({"cross": 2, "ext": 1, "int": 1, "apart": 0, "nested": 0}[cls])


@tpl(HELD, "geometry", "en", "positive", "tangent")
def ge_tangent(rng: random.Random, i: int) -> Any:
    cls = ["ext", "cross", "int", "apart"][i]
    c1, r1, c2, r2 = circle_pair(rng, cls, origin=(i == 0))
    prompt = [f"Are the circles {circle_eq(c1, r1)} and {circle_eq(c2, r2)} tangent to each"
              " other?",
              f"Do the circle with center {pt(c1)} and radius {r1} and the circle with center"
              f" {pt(c2)} and radius {r2} touch at exactly one point?",
              f"Is circle A (center {pt(c1, True)}, r = {r1}) tangent to circle B (center"
              f" {pt(c2, True)}, r = {r2})?",
              f"Yes/no: are these circles tangent? C1: center {pt(c1)}, radius {r1}; C2: center"
              f" {pt(c2)}, radius {r2}."][i]
    return prompt, yes_no(cls in ("ext", "int"))


@tpl(HELD, "geometry", "en", "positive", "contains")
def ge_contains(rng: random.Random, i: int) -> Any:
    cls = ["nested", "cross", "nested", "apart"][i]
    c1, r1, c2, r2 = circle_pair(rng, cls, big_first=(cls == "nested"))
    prompt = [f"Does the circle centered at {pt(c1)} with radius {r1} completely contain the"
              f" circle centered at {pt(c2)} with radius {r2}?",
              f"Is the circle of radius {r2} at {pt(c2, True)} entirely inside the circle of"
              f" radius {r1} at {pt(c1, True)}?",
              f"Circle A: center {pt(c1)}, radius {r1}. Circle B: center {pt(c2)}, radius {r2}."
              " Does A contain B?",
              f"Does a circle with radius {r1} around {pt(c1)} enclose the whole circle with"
              f" radius {r2} around {pt(c2)}?"][i]
    contained = r1 > r2 and dist2(c1, c2) < (r1 - r2) ** 2
    return prompt, yes_no(contained)


@tpl(HELD, "geometry", "zh", "positive", "zh_circles")
def ge_zh_circles(rng: random.Random, i: int) -> Any:
    cls = ["cross", "apart", "cross", "apart"][i]
    c1, r1, c2, r2 = circle_pair(rng, cls, origin=(i == 2))
    prompt = [f"以 {pt(c1, True)} 为圆心、半径为 {r1} 的圆与以 {pt(c2, True)} 为圆心、半径为 {r2}"
              " 的圆相交吗？",
              f"圆 C1：圆心 {pt(c1)}，半径 {r1}；圆 C2：圆心 {pt(c2)}，半径 {r2}。这两个圆相交吗？",
              f"圆 {circle_eq(c1, r1)} 和圆 {circle_eq(c2, r2)} 是否相交？",
              f"两个圆，一个圆心在 {pt(c1)}、半径 {r1}，"
              f"另一个圆心在 {pt(c2)}、半径 {r2}，它们相交吗？"][i]
    return prompt, yes_no(cls == "cross")


@tpl(HELD, "geometry", "zh", "positive", "zh_poly_area")
def ge_zh_poly_area(rng: random.Random, i: int) -> Any:
    poly = [triangle(rng), convex_poly(rng, 4), convex_poly(rng, 5, -2, 9), triangle(rng)][i]
    vs = "、".join(pt(v) for v in poly)
    prompt = [f"顶点为 {vs} 的三角形面积是多少？",
              f"求以 {vs} 为顶点的四边形的面积",
              f"多边形的顶点依次是 {vs}，面积是多少？",
              f"{vs} 这三个点围成的三角形面积是多少"][i]
    return prompt, num(Fraction(shoelace2(poly), 2))


@tpl(HELD, "geometry", "en", "negative", "taxicab_world")
def ge_taxicab_world(rng: random.Random, i: int) -> Any:
    p, q = two_points(rng)
    a, s = rng.choice(["2nd", "3rd", "5th"]), rng.randint(10, 19)
    return [f"How many blocks do I walk from {a} Ave and {s}th St to 8th Ave and"
            f" {s + 6}th St?",
            f"What's the taxicab distance between {pt(p)} and {pt(q)}?",
            f"How many moves does a chess king need to get from {'abcd'[p[0] % 4]}1 to"
            f" {'efgh'[q[0] % 4]}{rng.randint(3, 8)}?",
            f"How far is latitude/longitude ({rng.randint(30, 50)}.5, {rng.randint(100, 120)}.25)"
            f" from ({rng.randint(20, 29)}.75, {rng.randint(100, 120)}.5) on the globe, in km?"][i]


@tpl(HELD, "geometry", "en", "negative", "geo_explain")
def ge_geo_explain(rng: random.Random, i: int) -> Any:
    return ["Explain why the area of a circle is pi r squared.",
            "How do I calculate the area of an irregular-shaped backyard?",
            "Write a function that checks whether a point is inside a polygon.",
            "What's the formula for the volume of a sphere, and where does it come from?"][i]


@tpl(HELD, "geometry", "zh", "negative", "zh_geo_misc")
def ge_zh_geo_misc(rng: random.Random, i: int) -> Any:
    return ["圆周率为什么是无理数？",
            f"经纬度 ({rng.randint(30, 40)}.5, {rng.randint(110, 120)}.2) 到"
            f" ({rng.randint(22, 29)}.1, {rng.randint(110, 120)}.7) 的实际距离有多远？",
            f"我家客厅 {rng.randint(20, 40)} 平米，放多大的沙发合适？",
            "怎么用代码判断一个点在不在多边形里面？"][i]


# =============================================================================================
# Build
# =============================================================================================

FAM3 = {"arithmetic": "ari", "comparison": "com", "counting": "cou", "geometry": "geo",
        "number_theory": "num"}


def build() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(dev23, heldout23) records; deterministic."""
    rng = random.Random(ROUND)
    out: dict[str, list[dict[str, Any]]] = {DEV: [], HELD: []}
    seen: set[str] = set()
    for split, family, lang, kind, name, fn in TEMPLATES:
        for i in range(4):
            for _ in range(100):
                got = fn(rng, i)
                prompt, expected = (got, NONE) if kind == "negative" else got
                if prompt not in seen:
                    break
            else:
                raise RuntimeError(f"could not make a unique prompt for {name}")
            seen.add(prompt)
            out[split].append({
                "id": f"r{ROUND}-{FAM3[family]}-{lang}-{name.replace('_', '-')}-{i}",
                "split": split, "kind": kind, "family": family, "lang": lang,
                "template": f"r{ROUND}_{name}", "prompt": prompt, "expected": expected,
            })
    return out[DEV], out[HELD]


def main() -> None:
    dev, heldout = build()
    records = dev + heldout
    assert len({r["id"] for r in records}) == len(records)
    assert len({r["prompt"] for r in records}) == len(records)
    assert not {r["template"] for r in dev} & {r["template"] for r in heldout}
    for split, recs in ((DEV, dev), (HELD, heldout)):
        with (HERE / f"corpus_{split}.jsonl").open("w", encoding="utf-8") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"corpus_{split}.jsonl: {len(recs)} records")


if __name__ == "__main__":
    main()
