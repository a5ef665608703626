"""Routing corpus, round 30: an independent blind round written from scratch.

Round 30 is a new, self-contained set of labelled prompts for the router.  Every template was
written for this round without looking at earlier rounds, so it measures how the router copes
with phrasings it has never seen.  Each template produces four records; a template belongs
entirely to one split ("dev30" or "heldout30").  Every expected answer is computed here with
exact arithmetic (ints, ``Fraction``, trial division, direct counting, analytic circle
formulas); nothing is hard-coded.

Run ``python tests/routing/make_corpus_round30.py`` to write ``corpus_dev30.jsonl`` and
``corpus_heldout30.jsonl`` next to this file.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import Any

OUT_DIR = Path(__file__).resolve().parent
FAM3 = {"arithmetic": "ari", "comparison": "cmp", "counting": "cnt", "geometry": "geo",
        "number_theory": "nth"}
DEV, HELD = "dev30", "heldout30"

Gen = Callable[[random.Random, int], Any]
TEMPLATES: list[tuple[str, str, str, str, str, Gen]] = []


def template(split: str, family: str, lang: str, kind: str) -> Callable[[Gen], Gen]:
    """Register a generator; the template name is the function name."""

    def deco(fn: Gen) -> Gen:
        TEMPLATES.append((split, family, lang, kind, fn.__name__, fn))
        return fn

    return deco


# Expected-answer constructors ------------------------------------------------------------------


def num(q: Fraction | int) -> dict[str, Any]:
    return {"type": "number", "answer": str(Fraction(q))}


def real(expr: str) -> dict[str, Any]:
    return {"type": "real", "answer": expr}


def yn(flag: bool) -> dict[str, Any]:
    return {"type": "bool", "answer": "yes" if flag else "no"}


def choice(written: str) -> dict[str, Any]:
    return {"type": "choice", "answer": written}


def text(answer: str) -> dict[str, Any]:
    return {"type": "text", "answer": answer}


def word_choice(answer: str) -> dict[str, Any]:
    return {"type": "word_choice", "answer": answer}


def num_list(items: list[str], ordered: bool, order: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "list", "elem": "number", "answer": items,
                           "ordered": ordered}
    if order:
        out["order"] = order
    return out


def relation(answer: str, yes_if: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "relation", "answer": answer}
    if yes_if:
        out["yes_if"] = yes_if
    return out


def factorization(n: int) -> dict[str, Any]:
    return {"type": "factorization", "answer": [[p, e] for p, e in factor(n)], "n": n}


# Exact helpers ---------------------------------------------------------------------------------


def q_of(s: str) -> Fraction:
    """Exact value of a number as written in a prompt ("1,250", "−3.5", "3/8")."""
    return Fraction(s.replace(",", "").replace("−", "-"))


def ascii_num(s: str) -> str:
    return s.replace(",", "").replace("−", "-")


def dec(k: int, places: int) -> str:
    """k / 10**places written as an exact decimal string."""
    sign = "-" if k < 0 else ""
    k = abs(k)
    if places == 0:
        return f"{sign}{k}"
    whole, frac = divmod(k, 10**places)
    digits = str(frac).rjust(places, "0").rstrip("0")
    return f"{sign}{whole}.{digits}" if digits else f"{sign}{whole}"


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
    """n = k*k*m with m squarefree; returns (k, m)."""
    k, m = 1, 1
    for p, e in factor(n) if n > 1 else []:
        k *= p ** (e // 2)
        m *= p ** (e % 2)
    return k, m


def sqrt_sum(squares: list[int]) -> str:
    """Exact sympy-style text for sum(sqrt(s) for s in squares)."""
    terms: dict[int, int] = {}
    for s in squares:
        k, m = sqrt_parts(s)
        terms[m] = terms.get(m, 0) + k
    parts = []
    if 1 in terms:
        parts.append(str(terms.pop(1)))
    for m in sorted(terms):
        k = terms[m]
        parts.append(f"sqrt({m})" if k == 1 else f"{k}*sqrt({m})")
    return " + ".join(parts)


def pi_times(q: Fraction) -> str:
    return f"{q}*pi"


def pt(p: tuple[int, int], tight: bool = False) -> str:
    return f"({p[0]},{p[1]})" if tight else f"({p[0]}, {p[1]})"


def join_en(items: list[str], conj: str = "and") -> str:
    return ", ".join(items[:-1]) + f" {conj} " + items[-1]


def cross(o: tuple[int, int], a: tuple[int, int], b: tuple[int, int]) -> int:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def shoelace2(poly: list[tuple[int, int]]) -> int:
    """Twice the signed area."""
    return sum(poly[k][0] * poly[(k + 1) % len(poly)][1]
               - poly[(k + 1) % len(poly)][0] * poly[k][1] for k in range(len(poly)))


def on_segment(p: tuple[int, int], a: tuple[int, int], b: tuple[int, int]) -> bool:
    return (cross(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
            and min(a[1], b[1]) <= p[1] <= max(a[1], b[1]))


def locate(p: tuple[int, int], poly: list[tuple[int, int]]) -> str:
    """inside / boundary / outside, exactly (boundary test, then ray casting)."""
    n = len(poly)
    for k in range(n):
        if on_segment(p, poly[k], poly[(k + 1) % n]):
            return "boundary"
    inside = False
    x, y = p
    for k in range(n):
        (x1, y1), (x2, y2) = poly[k], poly[(k + 1) % n]
        if (y1 > y) != (y2 > y):
            x_cross = Fraction(x2 - x1) * (y - y1) / (y2 - y1) + x1
            if x < x_cross:
                inside = not inside
    return "inside" if inside else "outside"


def random_polygon(rng: random.Random, n: int, lo: int, hi: int) -> list[tuple[int, int]]:
    """A simple polygon: integer points sorted by angle around their mean (star-shaped)."""
    while True:
        pts = list({(rng.randint(lo, hi), rng.randint(lo, hi)) for _ in range(n)})
        if len(pts) != n:
            continue
        cx = Fraction(sum(p[0] for p in pts), n)
        cy = Fraction(sum(p[1] for p in pts), n)
        angles = [math.atan2(float(p[1] - cy), float(p[0] - cx)) for p in pts]
        if len({round(a, 9) for a in angles}) != n:
            continue
        order = sorted(range(n), key=lambda k: angles[k])
        poly = [pts[k] for k in order]
        ang = sorted(angles)
        gaps = [ang[k + 1] - ang[k] for k in range(n - 1)] + [ang[0] + 2 * math.pi - ang[-1]]
        if max(gaps) >= math.pi - 1e-6:
            continue
        if any(cross(poly[k], poly[(k + 1) % n], poly[(k + 2) % n]) == 0 for k in range(n)):
            continue
        if shoelace2(poly) != 0:
            return poly


def circle_points(c1: tuple[int, int], r1: int, c2: tuple[int, int], r2: int) -> int:
    d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
    if d2 == 0:
        if r1 == r2:
            raise ValueError("identical circles")
        return 0
    s2, t2 = (r1 + r2) ** 2, (r1 - r2) ** 2
    if d2 > s2 or d2 < t2:
        return 0
    if d2 in (s2, t2):
        return 1
    return 2


def circle_kind(c1: tuple[int, int], r1: int, c2: tuple[int, int], r2: int) -> str:
    """separate / external_tangent / crossing / internal_tangent / nested."""
    d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
    s2, t2 = (r1 + r2) ** 2, (r1 - r2) ** 2
    if d2 > s2:
        return "separate"
    if d2 == s2:
        return "external_tangent"
    if d2 > t2:
        return "crossing"
    if d2 == t2 and d2 > 0:
        return "internal_tangent"
    return "nested"


PYTH = [(3, 4, 5), (4, 3, 5), (0, 1, 1), (1, 0, 1), (5, 12, 13), (12, 5, 13), (6, 8, 10)]


def tangent_pair(rng: random.Random, internal: bool) -> tuple[tuple[int, int], int,
                                                                tuple[int, int], int]:
    """Two circles that touch (externally or internally) with integer data."""
    while True:
        dx, dy, length = rng.choice(PYTH)
        k = rng.randint(1, 3)
        d = length * k
        sx, sy = rng.choice([1, -1]), rng.choice([1, -1])
        c1 = (rng.randint(-4, 4), rng.randint(-4, 4))
        c2 = (c1[0] + sx * dx * k, c1[1] + sy * dy * k)
        if internal:
            r2 = rng.randint(1, 6)
            r1 = r2 + d
        else:
            if d < 2:
                continue
            r1 = rng.randint(1, d - 1)
            r2 = d - r1
        return c1, r1, c2, r2


def seg_count(a: tuple[int, int], b: tuple[int, int], c: tuple[int, int],
              d: tuple[int, int]) -> int | None:
    """1 for a proper crossing, 0 for disjoint; None for touching/collinear cases."""
    d1, d2 = cross(a, b, c), cross(a, b, d)
    d3, d4 = cross(c, d, a), cross(c, d, b)
    if 0 in (d1, d2, d3, d4):
        return None
    return 1 if (d1 > 0) != (d2 > 0) and (d3 > 0) != (d4 > 0) else 0


def ordinal(k: int) -> str:
    return {1: "1st", 2: "2nd", 3: "3rd"}.get(k, f"{k}th")


_USED: set[Any] = set()


def fresh(rng: random.Random, pool: list[Any]) -> Any:
    """A pool item not used yet by the current template (so its 4 instances differ)."""
    left = [x for x in pool if x not in _USED] or pool
    item = rng.choice(left)
    _USED.add(item)
    return item


ORDINAL_WORDS = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh"}
VOWELS = set("aeiou")


# Arithmetic ------------------------------------------------------------------------------------


@template(DEV, "arithmetic", "en", "positive")
def percent_of_amount(rng: random.Random, i: int) -> Any:
    p = fresh(rng, ["15", "12.5", "35", "8", "2.5", "40", "75", "6.25", "18"])
    n = fresh(rng, [80, 2400, 260, 1250, 640, 96, 3200, 18000, 450, 7500])
    ns = f"{n:,}"
    prompt = [f"Quick one: what is {p}% of {ns}?",
              f"I need {p}% of {ns} — just the number, please.",
              f"Calculate {p} percent of {ns}.",
              f"what's {p}% of {ns}? thanks"][i]
    return prompt, num(Fraction(p) * n / 100)


@template(DEV, "arithmetic", "en", "positive")
def fraction_add_sub(rng: random.Random, i: int) -> Any:
    while True:
        a, b, c, d = rng.randint(1, 9), rng.randint(2, 12), rng.randint(1, 9), rng.randint(2, 12)
        if a < b and c < d and b != d and math.gcd(a, b) == 1 and math.gcd(c, d) == 1:
            break
    if i == 2 and Fraction(a, b) < Fraction(c, d):
        a, b, c, d = c, d, a, b
    x, y = Fraction(a, b), Fraction(c, d)
    prompt = [f"Add {a}/{b} and {c}/{d} for me, and leave the answer as a fraction.",
              f"What is {a}/{b} + {c}/{d}?",
              f"My kid's homework asks for {a}/{b} − {c}/{d}. What should the answer be?",
              f"compute {a}/{b} plus {c}/{d}"][i]
    return prompt, num(x - y if i == 2 else x + y)


@template(DEV, "arithmetic", "en", "positive")
def power_in_words(rng: random.Random, i: int) -> Any:
    if i < 2:
        b, e = rng.randint(2, 9), rng.randint(4, 9)
        prompt = [f"What is {b} to the power of {e}?",
                  f"{b} raised to the {ordinal(e)} power — what does that come to?"][i]
        return prompt, num(b**e)
    n = rng.randint(13, 99) if i == 2 else rng.randint(11, 30)
    prompt = f"Work out {n} squared, please." if i == 2 else f"Hey, what's {n} cubed?"
    return prompt, num(n ** (2 if i == 2 else 3))


@template(DEV, "arithmetic", "en", "positive")
def remainder_after_division(rng: random.Random, i: int) -> Any:
    n, m = rng.randint(1000, 9999), rng.randint(3, 40)
    prompt = [f"What's the remainder when {n:,} is divided by {m}?",
              f"{n} mod {m} = ?",
              f"Find {n:,} modulo {m}.",
              f"If I divide {n:,} by {m}, what remainder is left over?"][i]
    return prompt, num(n % m)


@template(DEV, "arithmetic", "en", "positive")
def unicode_expression(rng: random.Random, i: int) -> Any:
    a, b, c, d = rng.randint(20, 90), rng.randint(2, 19), rng.randint(2, 9), rng.randint(3, 12)
    if i == 0:
        return (f"Can you evaluate ({a} − {b}) × {c} ÷ {d}? Exact answer please.",
                num(Fraction((a - b) * c, d)))
    if i == 1:
        return f"({a} − {b}) × {c} ÷ {d} = ?", num(Fraction((a - b) * c, d))
    if i == 2:
        return (f"Working through a worksheet. What does {c} × ({a} + {b}) − {d} equal?",
                num(c * (a + b) - d))
    b = rng.randint(c + 1, c + 12)
    return f"Evaluate {a} ÷ ({b} − {c}) for me.", num(Fraction(a, b - c))


@template(DEV, "arithmetic", "zh", "positive")
def zh_multiply_divide(rng: random.Random, i: int) -> Any:
    a = fresh(rng, [125, 48, 360, 1000, 256, 75, 144, 999])
    b = fresh(rng, [8, 25, 16, 12, 32, 6, 15, 40])
    prompt = [f"{a}乘以{b}等于多少？", f"{a}除以{b}等于多少",
              f"请问{a}×{b}是多少？", f"帮我算一下{a}除以{b}，谢谢"][i]
    return prompt, num(a * b if i in (0, 2) else Fraction(a, b))


@template(DEV, "arithmetic", "zh", "positive")
def zh_power_and_root(rng: random.Random, i: int) -> Any:
    if i in (0, 2):
        b, e = rng.randint(2, 7), rng.randint(3, 10)
        prompt = f"{b}的{e}次方等于多少？" if i == 0 else f"算一下{b}的{e}次方"
        return prompt, num(b**e)
    n = rng.randint(12, 60)
    prompt = f"{n * n}的平方根是多少" if i == 1 else f"√{n * n}等于多少？"
    return prompt, num(n)


@template(DEV, "arithmetic", "zh", "positive")
def zh_remainder(rng: random.Random, i: int) -> Any:
    n, m = rng.randint(100, 9999), rng.randint(3, 30)
    prompt = [f"{n}除以{m}的余数是多少？", f"求{n:,}除以{m}余几",
              f"{n}对{m}取模等于多少", f"请问{n}被{m}除，余数是几？"][i]
    return prompt, num(n % m)


@template(DEV, "arithmetic", "en", "negative")
def neg_clock_and_calendar(rng: random.Random, i: int) -> Any:
    h, k = rng.randint(8, 11), rng.randint(3, 6)
    return [f"It's {h} pm right now. What time will it be in {k} hours?",
            f"If today is Friday, what day of the week will it be in {k + 7} days?",
            f"My shift starts at {h}:30 pm and lasts {k} hours. What time do I get off?",
            f"What month will it be {k + 2} months after October?"][i]


@template(DEV, "arithmetic", "en", "negative")
def neg_needs_outside_facts(rng: random.Random, i: int) -> Any:
    k, n = rng.randint(2, 6), rng.choice([150, 250, 400, 1200])
    return [f"How many calories are in {k} bananas?",
            f"What's {n} US dollars in euros at today's rate?",
            f"How many teaspoons are in {k} tablespoons?",
            f"How many hours does it take to fly {n * 5:,} km on a commercial jet?"][i]


@template(DEV, "arithmetic", "zh", "negative")
def zh_neg_arith_world(rng: random.Random, i: int) -> Any:
    h, k, n = rng.randint(8, 11), rng.randint(3, 6), rng.choice([100, 300, 500])
    return [f"现在是晚上{h}点，再过{k}个小时是几点？",
            f"{n}美元能换多少人民币？",
            "帮我写一个Python函数，计算两个数的和。",
            f"{k}个苹果大概有多少卡路里？"][i]


@template(HELD, "arithmetic", "en", "positive")
def factorial_value(rng: random.Random, i: int) -> Any:
    n = fresh(rng, list(range(5, 16)))
    prompt = [f"What's {n}! equal to?", f"Compute the factorial of {n}.",
              f"how much is {n} factorial", f"Evaluate {n}! for me, exact value please."][i]
    return prompt, num(math.factorial(n))


@template(HELD, "arithmetic", "en", "positive")
def list_total_or_product(rng: random.Random, i: int) -> Any:
    if i == 0:
        xs = [dec(rng.randint(10, 400) * 25, 2) for _ in range(4)]
        return f"Add these up: {xs[0]}, {xs[1]}, {xs[2]} and {xs[3]}", num(
            sum(q_of(x) for x in xs))
    if i == 1:
        xs = [rng.randint(1000, 9999) for _ in range(3)]
        return f"Total of {xs[0]:,} + {xs[1]:,} + {xs[2]:,}?", num(sum(xs))
    if i == 2:
        a, b = rng.randint(3, 12), rng.randint(11, 40)
        return f"Multiply {a}, {b}, and 0.5 together.", num(Fraction(a * b, 2))
    xs = rng.sample(range(2, 60), 4)
    return f"Sum of the following numbers: {xs[0]}; {xs[1]}; {xs[2]}; {xs[3]}", num(sum(xs))


@template(HELD, "arithmetic", "en", "positive")
def decimal_exact(rng: random.Random, i: int) -> Any:
    if i == 0:
        a, b = dec(rng.randint(1, 9), 1), dec(rng.randint(1, 9), 1)
        return f"What is {a} + {b}?", num(q_of(a) + q_of(b))
    if i == 1:
        a, b = dec(rng.randint(11, 99), 1), dec(rng.randint(1, 9), 2)
        return (f"Just double-checking my calculator: {a} × {b} = ?",
                num(q_of(a) * q_of(b)))
    if i == 2:
        b = rng.randint(2, 9)
        a = dec(b * rng.randint(11, 40), 1)
        return f"{a} / {dec(b, 1)} — what's the result?", num(q_of(a) / Fraction(b, 10))
    a, b = rng.randint(5, 30), dec(rng.randint(101, 499), 2)
    return f"What's {a} minus {b}?", num(a - q_of(b))


@template(HELD, "arithmetic", "en", "positive")
def word_steps(rng: random.Random, i: int) -> Any:
    a, b, c = rng.randint(120, 400), rng.randint(10, 99), rng.randint(3, 9)
    if i == 0:
        return (f"Take {a}, subtract {b}, then multiply the result by {c}. What do you get?",
                num((a - b) * c))
    if i == 1:
        d = rng.choice([3, 7, 8, 16])
        return f"What is {a} divided by {d}?", num(Fraction(a, d))
    if i == 2:
        return f"What's {a} times {b}?", num(a * b)
    return (f"Start with {a}, add {b}, and divide everything by {c} — what's the final number?",
            num(Fraction(a + b, c)))


@template(HELD, "arithmetic", "en", "positive")
def square_root_context(rng: random.Random, i: int) -> Any:
    n = rng.randint(21, 99)
    n2 = n * n
    prompt = [f"I'm checking my kid's homework. What is the square root of {n2:,}?",
              f"sqrt({n2}) = ?",
              f"What's √{n2}? Just the number.",
              f"Square root of {n2:,}, please — my calculator died."][i]
    return prompt, num(n)


@template(HELD, "arithmetic", "zh", "positive")
def zh_add_subtract(rng: random.Random, i: int) -> Any:
    if i == 0:
        a, b = rng.randint(1000, 9999), rng.randint(100, 999)
        return f"{a:,}加上{b}等于多少？", num(a + b)
    if i == 1:
        a, b = rng.randint(500, 2000), rng.randint(100, 499)
        return f"{a}减去{b}是多少", num(a - b)
    if i == 2:
        x, y = dec(rng.randint(100, 999), 1), dec(rng.randint(100, 999), 2)
        return f"帮我算一下{x}加{y}", num(q_of(x) + q_of(y))
    p, q, r, s = rng.choice([1, 5]), 6, 1, rng.choice([4, 8, 9])
    return f"{p}/{q}减{r}/{s}等于多少？", num(Fraction(p, q) - Fraction(r, s))


@template(HELD, "arithmetic", "zh", "positive")
def zh_percent_of(rng: random.Random, i: int) -> Any:
    p = fresh(rng, [15, 25, 12, 35, 8, 60, 5])
    n = fresh(rng, [80, 200, 1200, 360, 4500, 96, 750])
    prompt = [f"{n}的{p}%是多少？", f"{n:,}的百分之{p}是多少",
              f"算一下{n}乘以{p}%等于几", f"请问{p}%的{n}是多少？"][i]
    return prompt, num(Fraction(p * n, 100))


@template(HELD, "arithmetic", "en", "negative")
def neg_explain_or_code(rng: random.Random, i: int) -> Any:
    n, a, b = rng.randint(5, 12), rng.choice([144, 156, 168]), 12
    return ["Can you explain why 0.1 + 0.2 isn't exactly 0.3 in floating point?",
            f"Write a JavaScript function that returns the factorial of {n}.",
            "Why is 0! equal to 1?",
            f"Explain how long division works, using {a} ÷ {b} as the example."][i]


@template(HELD, "arithmetic", "en", "negative")
def neg_advice_or_missing(rng: random.Random, i: int) -> Any:
    n, k, v = rng.choice([55000, 85000, 120000]), rng.randint(2, 4), rng.choice([60, 75])
    return [f"I make {n:,} a year and have {k} kids — how much should I be saving each month?",
            f"A train leaves at 3 pm going {v} mph. When does it arrive?",
            f"What's a good tip for a dinner for two that cost ${v + 20} in Tokyo?",
            f"How many {k}-liter bottles would it take to fill a bathtub?"][i]


@template(HELD, "arithmetic", "zh", "negative")
def zh_neg_arith_explain(rng: random.Random, i: int) -> Any:
    n, k = rng.choice([6000, 8000, 12000]), rng.randint(3, 9)
    return ["为什么0不能做除数？",
            f"月薪{n}应该存多少钱比较合适？",
            f"{k}公斤等于多少磅？",
            f"今天星期三，{k * 10}天以后是星期几？"][i]


# Comparison ------------------------------------------------------------------------------------


def tricky_decimals(rng: random.Random) -> tuple[str, str]:
    """A pair like 9.11 / 9.9, shuffled: the longer one is not always the larger."""
    w = rng.randint(0, 20)
    d1, d2, d3 = rng.randint(0, 8), rng.randint(1, 9), rng.randint(1, 9)
    pair = [f"{w}.{d1}{d2}", f"{w}.{d3}"]
    rng.shuffle(pair)
    return pair[0], pair[1]


def near_fraction(rng: random.Random) -> tuple[int, int, str]:
    """p/q (non-terminating) and a different 2-3 digit decimal close to it."""
    while True:
        q = rng.choice([3, 7, 9, 11, 13, 6, 12])
        p = rng.randint(1, q - 1)
        if math.gcd(p, q) != 1:
            continue
        places = rng.choice([2, 3])
        k = round(Fraction(p, q) * 10**places) + rng.choice([-1, 0, 1])
        d = dec(k, places)
        if q_of(d) != Fraction(p, q) and k > 0:
            return p, q, d


def pick_max(xs: list[str]) -> str:
    return ascii_num(max(xs, key=q_of))


def pick_min(xs: list[str]) -> str:
    return ascii_num(min(xs, key=q_of))


def mixed_numbers(rng: random.Random, n: int) -> list[str]:
    while True:
        xs = []
        for _ in range(n):
            kind = rng.randint(0, 2)
            if kind == 0:
                xs.append(str(rng.randint(-20, 20)))
            elif kind == 1:
                xs.append(dec(rng.randint(-99, 99), 1))
            else:
                xs.append(dec(rng.randint(-300, 300), 2))
        if len({q_of(x) for x in xs}) == n:
            return xs


@template(DEV, "comparison", "en", "positive")
def decimal_which_bigger(rng: random.Random, i: int) -> Any:
    a, b = tricky_decimals(rng)
    prompt = [f"Which is bigger, {a} or {b}?",
              f"Quick sanity check — which number is larger: {a} or {b}?",
              f"Of {a} and {b}, which one's greater?",
              f"Which is higher: {a} or {b}? Just tell me the number."][i]
    return prompt, choice(pick_max([a, b]))


@template(DEV, "comparison", "en", "positive")
def negative_which_smaller(rng: random.Random, i: int) -> Any:
    while True:
        if i in (0, 2):
            a, b = str(-rng.randint(2, 60)), str(-rng.randint(2, 60))
        else:
            a, b = dec(-rng.randint(10, 99), 1), dec(-rng.randint(100, 999), 2)
        if q_of(a) != q_of(b):
            break
    if i == 1:
        a, b = a.replace("-", "−"), b.replace("-", "−")
    prompt = [f"Which is smaller, {a} or {b}?",
              f"Between {a} and {b}, which is less?",
              f"Out of {a} and {b}, which is the smaller number?",
              f"Which value is lower: {a} or {b}?"][i]
    return prompt, choice(pick_min([a, b]))


@template(DEV, "comparison", "en", "positive")
def decimal_vs_fraction_yes_no(rng: random.Random, i: int) -> Any:
    p, q, d = near_fraction(rng)
    f, x = Fraction(p, q), q_of(d)
    if i == 0:
        return f"Is {d} greater than {p}/{q}?", yn(x > f)
    if i == 1:
        return f"Is {p}/{q} bigger than {d}?", yn(f > x)
    if i == 2:
        return f"True or false: {p}/{q} > {d}", yn(f > x)
    return f"Is {d} more than {p}/{q}? yes or no", yn(x > f)


@template(DEV, "comparison", "en", "positive")
def sort_ascending(rng: random.Random, i: int) -> Any:
    xs = mixed_numbers(rng, 5 if i != 2 else 6)
    want = [ascii_num(x) for x in sorted(xs, key=q_of)]
    prompt = [f"Sort these from smallest to largest: {', '.join(xs)}",
              f"Can you put {join_en(xs)} in ascending order?",
              f"Order from least to greatest: {'; '.join(xs)}",
              f"Please list these numbers in increasing order: {' / '.join(xs)}"][i]
    return prompt, num_list(want, True, "asc")


@template(DEV, "comparison", "en", "positive")
def largest_in_list(rng: random.Random, i: int) -> Any:
    while True:
        base = rng.randint(1, 9)
        xs = [f"0.{base}", f"0.{base - 1}{rng.randint(5, 9)}", f"0.{base - 1}99",
              f"0.{base}{rng.randint(1, 9)}"] if base > 1 else []
        if xs and len({q_of(x) for x in xs}) == 4:
            break
    rng.shuffle(xs)
    prompt = [f"Which of these is the largest: {', '.join(xs)}?",
              f"Here are some readings: {', '.join(xs)}. Which is the biggest?",
              f"{', '.join(xs)} — which number is greatest?",
              f"Pick the maximum out of {join_en(xs)}."][i]
    return prompt, choice(pick_max(xs))


@template(DEV, "comparison", "zh", "positive")
def zh_which_is_bigger(rng: random.Random, i: int) -> Any:
    if i == 0:
        a, b = tricky_decimals(rng)
        return f"{a}和{b}哪个大？", choice(pick_max([a, b]))
    if i in (1, 3):
        p, q, d = near_fraction(rng)
        want = f"{p}/{q}" if Fraction(p, q) > q_of(d) else d
        prompt = f"{p}/{q}和{d}哪个更大" if i == 1 else f"{d}跟{p}/{q}比，哪个大？"
        return prompt, choice(want)
    a, b = rng.sample(range(-30, -1), 2)
    return f"{a}和{b}哪个大？", choice(str(max(a, b)))


@template(DEV, "comparison", "zh", "positive")
def zh_is_it_bigger(rng: random.Random, i: int) -> Any:
    if i == 0:
        a, b = rng.sample(range(-30, -1), 2)
        return f"{a}比{b}大吗？", yn(a > b)
    if i == 1:
        p, q, d = near_fraction(rng)
        return f"{p}/{q}比{d}大吗", yn(Fraction(p, q) > q_of(d))
    if i == 2:
        a, b = tricky_decimals(rng)
        return f"{a}比{b}大吗？", yn(q_of(a) > q_of(b))
    while True:
        p, q, r, s = rng.randint(1, 8), rng.randint(3, 9), rng.randint(1, 8), rng.randint(3, 9)
        if p < q and r < s and math.gcd(p, q) == math.gcd(r, s) == 1 and p * s != q * r:
            break
    return f"请问{p}/{q}是不是比{r}/{s}大？", yn(Fraction(p, q) > Fraction(r, s))


@template(DEV, "comparison", "en", "negative")
def neg_version_numbers(rng: random.Random, i: int) -> Any:
    a, b = rng.randint(10, 13), rng.randint(6, 9)
    return [f"Is Python 3.{a} newer than 3.{b}?",
            f"Is macOS 10.{a + 2} more recent than 10.{b}?",
            f"Which came out later, iOS 17.{a - 8} or 17.{a}?",
            f"Is version 2.{a}.1 of the package newer than 2.{b}.8?"][i]


@template(DEV, "comparison", "en", "negative")
def neg_units_change_meaning(rng: random.Random, i: int) -> Any:
    f, c = rng.choice([95, 100, 104]), rng.choice([38, 40, 41])
    return [f"Which is hotter, {f}°F or {c}°C?",
            f"Which is longer, {c // 8} miles or {c // 5} kilometers?",
            "Is 1 TB bigger than 1000 GB?",
            f"Which weighs more, {c // 10} pounds or {c // 20 + 1} kilograms?"][i]


@template(DEV, "comparison", "zh", "negative")
def zh_neg_compare_world(rng: random.Random, i: int) -> Any:
    h, a, b = rng.choice([172, 175, 178]), rng.randint(10, 13), rng.randint(6, 9)
    return ["华为P60和iPhone 15哪个性价比更高？",
            f"身高{h}厘米算高吗？",
            f"Python 3.{a}比3.{b}新吗？",
            f"{h - 140}摄氏度和{h - 90}华氏度哪个更热？"][i]


@template(HELD, "comparison", "en", "positive")
def fraction_which_larger(rng: random.Random, i: int) -> Any:
    while True:
        a, b, c, d = rng.randint(1, 12), rng.randint(3, 15), rng.randint(1, 12), rng.randint(3, 15)
        close = abs(Fraction(a, b) - Fraction(c, d)) < Fraction(1, 8)
        coprime = math.gcd(a, b) == 1 and math.gcd(c, d) == 1
        if a < b and c < d and b != d and close and coprime:
            break
    want = f"{a}/{b}" if Fraction(a, b) > Fraction(c, d) else f"{c}/{d}"
    prompt = [f"Which is larger, {a}/{b} or {c}/{d}?",
              f"{a}/{b} vs {c}/{d} — which one is bigger?",
              f"Tell me which fraction is greater: {a}/{b} or {c}/{d}.",
              f"Between {a}/{b} and {c}/{d}, which is the larger value?"][i]
    return prompt, choice(want)


@template(HELD, "comparison", "en", "positive")
def sort_descending(rng: random.Random, i: int) -> Any:
    xs = mixed_numbers(rng, 5 if i != 1 else 4)
    want = [ascii_num(x) for x in sorted(xs, key=q_of, reverse=True)]
    prompt = [f"Rank these from biggest to smallest: {', '.join(xs)}",
              f"Arrange {'; '.join(xs)} in descending order.",
              f"Put these in order, largest first: {join_en(xs)}",
              f"Could you sort the numbers {' '.join(xs)} from high to low?"][i]
    return prompt, num_list(want, True, "desc")


@template(HELD, "comparison", "en", "positive")
def less_than_yes_no(rng: random.Random, i: int) -> Any:
    if i == 0:
        a, b = dec(-rng.randint(20, 60), 1), dec(-rng.randint(200, 600), 2)
    elif i == 1:
        k = rng.randint(1, 9)
        a, b = f"0.{k - 1}99" if k > 1 else "0.099", f"0.{k}"
    elif i == 2:
        a, b = tricky_decimals(rng)
    else:
        a, b = str(-rng.randint(5, 40)), str(-rng.randint(5, 40))
    if q_of(a) == q_of(b):
        b = str(q_of(b) - 1)
    if rng.random() < 0.5:
        a, b = b, a
    prompt = [f"Is {a} less than {b}?", f"Is {a} smaller than {b}?",
              f"Quick check: is {a} < {b}?", f"Yes or no: is {a} lower than {b}?"][i]
    return prompt, yn(q_of(a) < q_of(b))


@template(HELD, "comparison", "en", "positive")
def percent_vs_fraction(rng: random.Random, i: int) -> Any:
    while True:
        p, a, b = fresh(rng, list(range(5, 96))), rng.randint(1, 11), rng.randint(2, 12)
        if a < b and math.gcd(a, b) == 1 and Fraction(p, 100) != Fraction(a, b):
            break
    want = f"{p}%" if Fraction(p, 100) > Fraction(a, b) else f"{a}/{b}"
    prompt = [f"Which is more: {p}% or {a}/{b}?",
              f"Which is bigger, {a}/{b} or {p}%?",
              f"Is {p}% or {a}/{b} the larger amount?",
              f"{p}% versus {a}/{b} — which is greater?"][i]
    return prompt, choice(want)


@template(HELD, "comparison", "en", "positive")
def smallest_in_sentence(rng: random.Random, i: int) -> Any:
    if i == 0:
        base = rng.randint(1100, 1400)
        xs = [f"{base - 1}.99", f"{base:,}", f"{base - 50}.5"]
        rng.shuffle(xs)
        return (f"My three quotes came in at ${xs[0]}, ${xs[1]} and ${xs[2]}. "
                "Which is the smallest?", choice(pick_min(xs)))
    if i == 2:
        xs = [dec(rng.randint(5800, 6300), 2) for _ in range(3)]
        while len({q_of(x) for x in xs}) < 3:
            xs = [dec(rng.randint(5800, 6300), 2) for _ in range(3)]
        return (f"Lap times were {xs[0]} s, {xs[1]} s and {xs[2]} s — which one is the lowest?",
                choice(pick_min(xs)))
    xs = mixed_numbers(rng, 4)
    if i == 1:
        return f"Which is the smallest number here: {', '.join(xs)}?", choice(pick_min(xs))
    return f"Out of {join_en(xs)}, which value is the least?", choice(pick_min(xs))


@template(HELD, "comparison", "zh", "positive")
def zh_sort_numbers(rng: random.Random, i: int) -> Any:
    xs = mixed_numbers(rng, 5 if i % 2 == 0 else 4)
    desc = i % 2 == 1
    want = [ascii_num(x) for x in sorted(xs, key=q_of, reverse=desc)]
    prompt = [f"把下面这些数从小到大排列：{'，'.join(xs)}",
              f"请将{'、'.join(xs)}按从大到小的顺序排列",
              f"从小到大排序：{' '.join(xs)}",
              f"把这几个数按降序排一下：{', '.join(xs)}"][i]
    return prompt, num_list(want, True, "desc" if desc else "asc")


@template(HELD, "comparison", "zh", "positive")
def zh_which_is_smaller(rng: random.Random, i: int) -> Any:
    if i == 3:
        while True:
            p, q, r, s = rng.randint(1, 8), rng.randint(3, 9), rng.randint(1, 8), rng.randint(3, 9)
            if p < q and r < s and math.gcd(p, q) == math.gcd(r, s) == 1 and p * s != q * r:
                break
        want = f"{p}/{q}" if Fraction(p, q) < Fraction(r, s) else f"{r}/{s}"
        return f"{p}/{q}和{r}/{s}，哪个小一些？", choice(want)
    if i == 1:
        a, b = dec(-rng.randint(11, 29), 1), dec(-rng.randint(101, 299), 2)
    else:
        a, b = tricky_decimals(rng)
    prompt = [f"{a}和{b}哪个小？", f"哪个数更小：{a}还是{b}？", f"{a}与{b}相比，哪个更小？"][i]
    return prompt, choice(pick_min([a, b]))


@template(HELD, "comparison", "en", "negative")
def neg_opinion_or_trivia(rng: random.Random, i: int) -> Any:
    return ["Which is better for portraits, a 50mm or an 85mm lens?",
            "Which is taller, Mount Everest or K2?",
            "Which has more people, Canada or California?",
            "Should I buy the 128 GB or the 256 GB phone?"][i]


@template(HELD, "comparison", "en", "negative")
def neg_dates_and_labels(rng: random.Random, i: int) -> Any:
    a = rng.randint(100, 900)
    return ["Is 03/04/2024 earlier than 04/03/2024?",
            "Which came first, Windows 95 or Windows 98?",
            f"Does flight UA {a} leave before UA {a + 37} in the day?",
            "Which is later, 11:30 pm or 00:15?"][i]


@template(HELD, "comparison", "zh", "negative")
def zh_neg_compare_knowledge(rng: random.Random, i: int) -> Any:
    a = rng.randint(2, 9)
    return ["长江和黄河哪个更长？",
            "iPhone 13和iPhone 15哪个先发布的？",
            f"{a}号楼和{a + 5}号楼哪个离地铁站近？",
            "珠穆朗玛峰和乞力马扎罗山哪个高？"][i]


# Number theory ---------------------------------------------------------------------------------


def prime_or_not(rng: random.Random, want_prime: bool, lo: int, hi: int) -> int:
    """A prime, or a composite with no factor 2, 3 or 5 (not obvious at a glance)."""
    while True:
        n = rng.randint(lo, hi)
        if want_prime and is_prime(n):
            return n
        if not want_prime and not is_prime(n) and all(n % p for p in (2, 3, 5)):
            return n


def smooth_number(rng: random.Random, lo: int, hi: int) -> int:
    while True:
        n = 1
        for p in rng.sample([2, 2, 2, 3, 3, 5, 7, 11, 13, 17], rng.randint(3, 6)):
            n *= p
        if lo <= n <= hi:
            return n


def with_common_factor(rng: random.Random, k: int) -> list[int]:
    while True:
        g = rng.choice([6, 12, 14, 18, 21, 24, 36, 9, 15])
        xs = [g * rng.randint(2, 15) for _ in range(k)]
        if len(set(xs)) == k:
            return xs


@template(DEV, "number_theory", "en", "positive")
def primality_question(rng: random.Random, i: int) -> Any:
    n = prime_or_not(rng, i % 2 == 0, 100, 9999)
    prompt = [f"Is {n:,} prime?",
              f"Quick question — is {n} a prime number?",
              f"Can you tell me whether {n} is prime? Yes or no is fine.",
              f"I think {n} is prime. Is it?"][i]
    return prompt, yn(is_prime(n))


@template(DEV, "number_theory", "en", "positive")
def prime_factorization_en(rng: random.Random, i: int) -> Any:
    n = smooth_number(rng, 60, 20000)
    prompt = [f"Give me the prime factorization of {n}.",
              f"Factor {n:,} into primes.",
              f"What are the prime factors of {n:,}, with multiplicity?",
              f"Break {n} down into its prime factors."][i]
    return prompt, factorization(n)


@template(DEV, "number_theory", "en", "positive")
def gcd_of_two(rng: random.Random, i: int) -> Any:
    a, b = with_common_factor(rng, 2)
    if i == 1:
        a *= 7
    prompt = [f"What's the GCD of {a} and {b}?",
              f"greatest common divisor of {a:,} and {b}",
              f"Find the highest common factor of {a} and {b}.",
              f"What is gcd({a}, {b})?"][i]
    return prompt, num(math.gcd(a, b))


@template(DEV, "number_theory", "en", "positive")
def primes_below_n(rng: random.Random, i: int) -> Any:
    n = rng.randint(20, 70)
    prompt = [f"List all primes below {n}.",
              f"Which prime numbers are less than {n}?",
              f"Give me every prime under {n}, comma separated.",
              f"What primes are smaller than {n}?"][i]
    return prompt, num_list([str(p) for p in range(2, n) if is_prime(p)], False)


@template(DEV, "number_theory", "en", "positive")
def digit_sum_of(rng: random.Random, i: int) -> Any:
    n = rng.randint(1000, 999999)
    prompt = [f"What is the sum of the digits of {n:,}?",
              f"Add up the digits in {n}.",
              f"digit sum of {n}",
              f"If you add together all the digits of {n:,}, what do you get?"][i]
    return prompt, num(sum(int(c) for c in str(n)))


@template(DEV, "number_theory", "zh", "positive")
def zh_is_prime(rng: random.Random, i: int) -> Any:
    n = prime_or_not(rng, i in (0, 3), 50, 3000)
    prompt = [f"{n}是质数吗？", f"{n}是不是素数？", f"请问{n}是质数吗",
              f"帮我看看{n}是不是质数"][i]
    return prompt, yn(is_prime(n))


@template(DEV, "number_theory", "zh", "positive")
def zh_least_common_multiple(rng: random.Random, i: int) -> Any:
    if i == 1:
        a, b, c = rng.sample([4, 6, 8, 9, 10, 12, 14, 15, 18, 20], 3)
        return f"求{a}、{b}、{c}的最小公倍数", num(lcm(a, b, c))
    a, b = rng.sample(range(4, 40), 2)
    prompt = {0: f"{a}和{b}的最小公倍数是多少？", 2: f"{a}与{b}的最小公倍数",
              3: f"最小公倍数：{a} 和 {b}"}[i]
    return prompt, num(lcm(a, b))


@template(DEV, "number_theory", "en", "negative")
def neg_number_trivia(rng: random.Random, i: int) -> Any:
    return ["What's the largest known prime number?",
            "Who proved that there are infinitely many primes?",
            "Why is 7 considered a lucky number?",
            "What's so special about the number 1729?"][i]


@template(DEV, "number_theory", "en", "negative")
def neg_code_or_security(rng: random.Random, i: int) -> Any:
    n = prime_or_not(rng, True, 1000, 9999)
    return [f"Write a Python function that checks whether {n} is prime.",
            f"Explain how the Sieve of Eratosthenes finds all primes below {n // 10}.",
            "How does RSA encryption use two large primes?",
            f"Is {n} a safe PIN for my bank card?"][i]


@template(DEV, "number_theory", "zh", "negative")
def zh_neg_number_culture(rng: random.Random, i: int) -> Any:
    return ["为什么中国人喜欢数字8？",
            "质数在密码学里有什么用？",
            "用C++写一个判断质数的程序",
            "哥德巴赫猜想是什么意思？"][i]


@template(HELD, "number_theory", "en", "positive")
def lcm_question(rng: random.Random, i: int) -> Any:
    if i == 1:
        a, b, c = rng.sample([4, 6, 8, 9, 10, 12, 14, 15, 16, 18, 21], 3)
        return f"LCM of {a}, {b} and {c}?", num(lcm(a, b, c))
    a, b = rng.sample(range(6, 60), 2)
    prompt = {0: f"What's the least common multiple of {a} and {b}?",
              2: f"Find the lowest common multiple of {a} and {b}, please.",
              3: f"I need lcm({a}, {b}) for adding fractions."}[i]
    return prompt, num(lcm(a, b))


@template(HELD, "number_theory", "en", "positive")
def largest_prime_factor(rng: random.Random, i: int) -> Any:
    while True:
        n = smooth_number(rng, 100, 5000) * rng.choice([1, 19, 23, 29, 31, 37])
        if n < 200000 and len(factor(n)) > 1:
            break
    prompt = [f"What's the largest prime factor of {n:,}?",
              f"Find the biggest prime that divides {n}.",
              f"greatest prime factor of {n}?",
              f"Of all the primes dividing {n:,}, which is the largest?"][i]
    return prompt, num(factor(n)[-1][0])


@template(HELD, "number_theory", "en", "positive")
def happy_numbers_in_range(rng: random.Random, i: int) -> Any:
    while True:
        a = rng.randint(1, 60)
        b = a + rng.randint(15, 40)
        found = [k for k in range(a, b + 1) if is_happy(k)]
        if not is_happy(a) and not is_happy(b) and found:
            break
    prompt = [f"Which numbers between {a} and {b} are happy numbers?",
              f"List the happy numbers from {a} to {b}.",
              f"Find all happy numbers in the range {a}–{b}.",
              f"Can you give me the happy numbers between {a} and {b}?"][i]
    return prompt, num_list([str(k) for k in found], False)


@template(HELD, "number_theory", "en", "positive")
def prime_claim_check(rng: random.Random, i: int) -> Any:
    n = prime_or_not(rng, i in (1, 2), 200, 20000)
    if i == 0:
        return f"My teacher says {n:,} is prime. Is that right?", yn(is_prime(n))
    if i == 1:
        return f"Yes or no: {n} is a prime number.", yn(is_prime(n))
    if i == 2:
        return f"Is {n} divisible only by 1 and itself?", yn(is_prime(n))
    return f"Does {n} have any divisors besides 1 and itself?", yn(not is_prime(n))


@template(HELD, "number_theory", "en", "positive")
def gcd_of_three(rng: random.Random, i: int) -> Any:
    a, b, c = with_common_factor(rng, 3)
    prompt = [f"Find the GCD of {a}, {b} and {c}.",
              f"What's the greatest common factor of {a}, {b}, and {c}?",
              f"gcd of {a}, {b}, {c}?",
              f"What is the largest number that divides {a}, {b} and {c} evenly?"][i]
    return prompt, num(math.gcd(a, b, c))


@template(HELD, "number_theory", "zh", "positive")
def zh_prime_factorization(rng: random.Random, i: int) -> Any:
    n = smooth_number(rng, 40, 9000)
    prompt = [f"把{n}分解质因数", f"请对{n}进行质因数分解", f"{n}的质因数分解是什么？",
              f"分解质因数：{n}"][i]
    return prompt, factorization(n)


@template(HELD, "number_theory", "zh", "positive")
def zh_greatest_common_divisor(rng: random.Random, i: int) -> Any:
    a, b = with_common_factor(rng, 2)
    prompt = [f"{a}和{b}的最大公约数是多少？", f"求{a}与{b}的最大公因数",
              f"{a}、{b}的最大公约数", f"请问{a}和{b}的最大公因数是几？"][i]
    return prompt, num(math.gcd(a, b))


@template(HELD, "number_theory", "zh", "positive")
def zh_primes_up_to(rng: random.Random, i: int) -> Any:
    while True:
        n = fresh(rng, list(range(20, 80)))
        if not is_prime(n):
            break
    prompt = [f"列出{n}以内的所有质数", f"小于{n}的素数有哪些？",
              f"{n}以内的质数都有哪些", f"请写出所有比{n}小的质数"][i]
    return prompt, num_list([str(k) for k in range(2, n) if is_prime(k)], False)


@template(HELD, "number_theory", "en", "negative")
def neg_number_meaning(rng: random.Random, i: int) -> Any:
    return ["What does a 404 error mean on a website?",
            "What's the meaning of 42 in The Hitchhiker's Guide to the Galaxy?",
            "Is 13 really an unlucky number?",
            "Why do some buildings skip the 13th floor?"][i]


@template(HELD, "number_theory", "en", "negative")
def neg_proofs_and_concepts(rng: random.Random, i: int) -> Any:
    return ["Explain what a Mersenne prime is.",
            "Prove that the square root of 2 is irrational.",
            "Write a proof that there are infinitely many primes.",
            "How do I find the GCD of two numbers by hand? Just explain the method."][i]


@template(HELD, "number_theory", "zh", "negative")
def zh_neg_number_questions(rng: random.Random, i: int) -> Any:
    return ["数字4在中国为什么不吉利？",
            "什么是梅森素数？",
            "帮我解释一下欧几里得算法的原理",
            "手机号13800138000是谁的号码？"][i]


# Counting / strings ----------------------------------------------------------------------------

LETTER_WORDS = [("strawberry", "r"), ("mississippi", "s"), ("excellence", "e"),
                ("bookkeeper", "o"), ("banana", "a"), ("committee", "t"), ("parallel", "l"),
                ("assessment", "s"), ("occurrence", "c"), ("referee", "e"),
                ("possession", "s"), ("millennium", "m"), ("balloon", "l"), ("cinnamon", "n")]
LONG_WORDS = ["encyclopedia", "rhythm", "onomatopoeia", "accommodation", "bureaucracy",
              "xylophone", "questionnaire", "chrysanthemum", "hippopotamus", "necessary",
              "pneumonia", "conscientious", "kaleidoscope", "embarrassment"]
NO_Y_WORDS = ["education", "aeroplane", "onomatopoeia", "questionnaire", "mathematics",
              "sequoia", "beautiful", "communication", "restaurant", "strength", "knight",
              "twelfth", "scratch", "programming", "bookkeeper", "alphabet", "adventure",
              "chocolate", "television", "umbrella"]
REVERSE_WORDS = ["stressed", "drawer", "palindrome", "lemon", "keyboard", "sunflower",
                 "reward", "umbrella", "garden", "notebook", "hello", "planet"]
SENTENCES = ["The quick brown fox jumps over the lazy dog",
             "We finally finished painting the fence on Sunday",
             "My little brother refuses to eat anything green",
             "Coffee tastes better when someone else makes it",
             "She left her umbrella on the train again",
             "Every morning the neighbors walk three huge dogs",
             "Please bring two pens and a notebook to class",
             "Rain is expected for most of the weekend"]


def count_vowels(w: str) -> int:
    return sum(c in VOWELS for c in w.lower())


@template(DEV, "counting", "en", "positive")
def letter_occurrences(rng: random.Random, i: int) -> Any:
    w, ch = fresh(rng, LETTER_WORDS)
    prompt = [f"How many {ch}'s are in {w}?",
              f"Count the letter '{ch}' in '{w}'.",
              f"how many times does {ch} appear in the word {w}",
              f'In "{w}", how many {ch}\'s are there?'][i]
    return prompt, num(w.count(ch))


@template(DEV, "counting", "en", "positive")
def letters_in_word(rng: random.Random, i: int) -> Any:
    w = fresh(rng, LONG_WORDS)
    prompt = [f"How many letters are in the word '{w}'?",
              f"Number of letters in {w}?",
              f"How long is the word {w}, in letters?",
              f'Can you count the letters in "{w}" for me?'][i]
    return prompt, num(len(w))


@template(DEV, "counting", "en", "positive")
def vowels_in_word(rng: random.Random, i: int) -> Any:
    w = fresh(rng, NO_Y_WORDS)
    prompt = [f"How many vowels are in '{w}'?",
              f"Count the vowels in the word {w}.",
              f"{w} — how many vowels does it have?",
              f'How many of the letters in "{w}" are vowels?'][i]
    return prompt, num(count_vowels(w))


@template(DEV, "counting", "en", "positive")
def words_in_sentence(rng: random.Random, i: int) -> Any:
    s = fresh(rng, SENTENCES)
    prompt = [f"How many words are in this sentence: '{s}'?",
              f'Count the words: "{s}"',
              f'I wrote "{s}" as my caption. How many words is that?',
              f"Word count for the following, please: {s}"][i]
    return prompt, num(len(s.split()))


@template(DEV, "counting", "en", "positive")
def reverse_a_word(rng: random.Random, i: int) -> Any:
    w = fresh(rng, REVERSE_WORDS)
    prompt = [f"Reverse the word '{w}'.",
              f"Spell '{w}' backwards.",
              f'What is "{w}" written backwards?',
              f"Can you write {w} in reverse?"][i]
    return prompt, text(w[::-1])


@template(DEV, "counting", "zh", "positive")
def zh_letter_occurrences(rng: random.Random, i: int) -> Any:
    w, ch = fresh(rng, LETTER_WORDS)
    prompt = [f"{w}里面有多少个字母{ch}？", f"单词{w}中有几个{ch}？",
              f"{w}这个单词里有几个{ch}", f"“{w}”里字母{ch}出现了几次？"][i]
    return prompt, num(w.count(ch))


@template(DEV, "counting", "zh", "positive")
def zh_letters_in_word(rng: random.Random, i: int) -> Any:
    w = fresh(rng, LONG_WORDS)
    prompt = [f"单词{w}有多少个字母？", f"“{w}”这个词有几个字母",
              f"{w}一共由几个字母组成？", f"请数一下{w}有多少个字母"][i]
    return prompt, num(len(w))


@template(DEV, "counting", "en", "negative")
def neg_language_knowledge(rng: random.Random, i: int) -> Any:
    return ["How many r's are in the Spanish word for strawberry?",
            "How many letters does the Russian alphabet have?",
            "How many words does an average novel have?",
            "What's the longest word in the English language?"][i]


@template(DEV, "counting", "en", "negative")
def neg_word_meaning(rng: random.Random, i: int) -> Any:
    return ["What does the word 'sonder' mean?",
            "Is 'irregardless' a real word?",
            "Give me a word that rhymes with 'orange'.",
            "How many letters should a strong password have?"][i]


@template(DEV, "counting", "zh", "negative")
def zh_neg_word_knowledge(rng: random.Random, i: int) -> Any:
    return ["英语里最长的单词是什么？",
            "“草莓”用英语怎么拼？",
            "汉语拼音一共有多少个字母？",
            "帮我写一段100字的自我介绍"][i]


@template(HELD, "counting", "en", "positive")
def consonants_in_word(rng: random.Random, i: int) -> Any:
    w = fresh(rng, NO_Y_WORDS)
    prompt = [f"How many consonants are in '{w}'?",
              f"Count the consonants in {w}.",
              f'In the word "{w}", how many letters are consonants?',
              f"{w}: number of consonants?"][i]
    return prompt, num(len(w) - count_vowels(w))


@template(HELD, "counting", "en", "positive")
def letter_at_position(rng: random.Random, i: int) -> Any:
    w = fresh(rng, LONG_WORDS + REVERSE_WORDS)
    if i == 0:
        k = rng.randint(2, min(7, len(w)))
        return f"What's the {ORDINAL_WORDS[k]} letter of '{w}'?", text(w[k - 1])
    if i == 1:
        return f"What is the first letter of the word {w}?", text(w[0])
    if i == 2:
        return f'Tell me the last letter in "{w}".', text(w[-1])
    k = rng.randint(3, len(w) - 1)
    return f"In the word {w}, which letter is in position {k}?", text(w[k - 1])


@template(HELD, "counting", "en", "positive")
def anagram_check(rng: random.Random, i: int) -> Any:
    yes = [("listen", "silent"), ("evil", "vile"), ("dusty", "study"), ("night", "thing"),
           ("heart", "earth"), ("below", "elbow"), ("lemon", "melon"), ("stream", "master")]
    no = [("brain", "bring"), ("night", "right"), ("apple", "ample"), ("stone", "store"),
          ("table", "cable"), ("paint", "plant"), ("sugar", "cigar")]
    a, b = fresh(rng, yes if i % 2 == 0 else no)
    prompt = [f"Are '{a}' and '{b}' anagrams?",
              f"Is {a} an anagram of {b}?",
              f'Can the letters of "{a}" be rearranged to spell "{b}"?',
              f"Anagram check: {a} / {b} — yes or no?"][i]
    return prompt, yn(sorted(a) == sorted(b))


@template(HELD, "counting", "en", "positive")
def distinct_letters(rng: random.Random, i: int) -> Any:
    w = fresh(rng, [x for x, _ in LETTER_WORDS] + LONG_WORDS)
    prompt = [f"How many different letters are in '{w}'?",
              f"How many distinct letters does {w} contain?",
              f'Count the unique letters in "{w}".',
              f"If you ignore repeats, how many letters make up {w}?"][i]
    return prompt, num(len(set(w)))


@template(HELD, "counting", "en", "positive")
def longer_of_two_words(rng: random.Random, i: int) -> Any:
    pool = LONG_WORDS + REVERSE_WORDS + ["cat", "giraffe", "elephant", "zebra", "kangaroo"]
    while True:
        a, b = rng.sample(pool, 2)
        if len(a) != len(b):
            break
    prompt = [f"Which word has more letters: '{a}' or '{b}'?",
              f"Which is longer, {a} or {b}, counting letters?",
              f'Between "{a}" and "{b}", which word is longer?',
              f"{a} or {b} — which one has more letters?"][i]
    return prompt, word_choice(a if len(a) > len(b) else b)


@template(HELD, "counting", "zh", "positive")
def zh_reverse_word(rng: random.Random, i: int) -> Any:
    w = fresh(rng, REVERSE_WORDS)
    prompt = [f"把单词{w}倒过来写", f"“{w}”反过来拼是什么？",
              f"请把{w}的字母顺序颠倒", f"{w}倒着写是什么样的？"][i]
    return prompt, text(w[::-1])


@template(HELD, "counting", "zh", "positive")
def zh_vowel_count(rng: random.Random, i: int) -> Any:
    w = fresh(rng, NO_Y_WORDS)
    prompt = [f"单词{w}里有几个元音字母？", f"{w}中元音字母有多少个",
              f"“{w}”这个词包含几个元音字母？", f"数一数{w}里面的元音字母有几个"][i]
    return prompt, num(count_vowels(w))


@template(HELD, "counting", "zh", "positive")
def zh_longer_word(rng: random.Random, i: int) -> Any:
    pool = LONG_WORDS + REVERSE_WORDS + ["apple", "banana", "tiger", "dolphin", "butterfly"]
    while True:
        a, b = fresh(rng, pool), fresh(rng, pool)
        if len(a) != len(b):
            break
    prompt = [f"{a}和{b}哪个单词的字母更多？", f"单词{a}与{b}相比，哪个更长？",
              f"“{a}”和“{b}”，哪个词的字母多一些？", f"比较一下{a}和{b}，哪个单词字母数更多"][i]
    return prompt, word_choice(a if len(a) > len(b) else b)


@template(HELD, "counting", "en", "negative")
def neg_counting_trivia(rng: random.Random, i: int) -> Any:
    return ["How many letters are in the Greek alphabet?",
            "How many words are in the King James Bible?",
            "How many characters can a tweet have?",
            "How many letters does the Hawaiian alphabet have?"][i]


@template(HELD, "counting", "en", "negative")
def neg_writing_requests(rng: random.Random, i: int) -> Any:
    return ["Write a five-word sentence about cats.",
            "Give me three words that start with 'q'.",
            "Translate 'strawberry' into French.",
            "Can you count to ten in Japanese?"][i]


@template(HELD, "counting", "zh", "negative")
def zh_neg_word_requests(rng: random.Random, i: int) -> Any:
    return ["“strawberry”是什么意思？",
            "希腊字母一共有多少个？",
            "帮我想一个8个字母的英文名",
            "中文里笔画最多的字是哪个？"][i]


# Geometry --------------------------------------------------------------------------------------


def rand_pt(rng: random.Random, lo: int = -6, hi: int = 9) -> tuple[int, int]:
    return rng.randint(lo, hi), rng.randint(lo, hi)


def circle_eq(c: tuple[int, int], r: int) -> str:
    def term(var: str, v: int) -> str:
        if v == 0:
            return f"{var}^2"
        return f"({var} - {v})^2" if v > 0 else f"({var} + {-v})^2"

    return f"{term('x', c[0])} + {term('y', c[1])} = {r * r}"


def circles_of_kind(rng: random.Random, kinds: set[str], origin: bool = False) -> tuple[
        tuple[int, int], int, tuple[int, int], int]:
    while True:
        c1 = (0, 0) if origin else rand_pt(rng)
        c2 = rand_pt(rng)
        r1, r2 = rng.randint(1, 9), rng.randint(1, 9)
        if c1 != c2 and circle_kind(c1, r1, c2, r2) in kinds:
            return c1, r1, c2, r2


def dist_text(a: tuple[int, int], b: tuple[int, int]) -> str:
    return sqrt_sum([(a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2])


def perimeter_text(poly: list[tuple[int, int]]) -> str:
    n = len(poly)
    return sqrt_sum([(poly[k][0] - poly[(k + 1) % n][0]) ** 2
                     + (poly[k][1] - poly[(k + 1) % n][1]) ** 2 for k in range(n)])


def fmt_poly(poly: list[tuple[int, int]], tight: bool = False) -> str:
    return join_en([pt(p, tight) for p in poly])


@template(DEV, "geometry", "en", "positive")
def circles_intersect_yes_no(rng: random.Random, i: int) -> Any:
    kinds = {"crossing"} if i % 2 == 0 else {"separate"}
    c1, r1, c2, r2 = circles_of_kind(rng, kinds, origin=i == 3)
    prompt = [f"Do the circles centered at {pt(c1)} with radius {r1} and {pt(c2)} with radius "
              f"{r2} intersect?",
              f"Circle A: center {pt(c1)}, r = {r1}. Circle B: center {pt(c2)}, r = {r2}. "
              "Do they cross each other?",
              f"I have a circle of radius {r1} at {pt(c1, True)} and another of radius {r2} at "
              f"{pt(c2, True)}. Do they intersect?",
              f"Does the circle x^2 + y^2 = {r1 * r1} intersect the circle centered at {pt(c2)} "
              f"with radius {r2}?"][i]
    return prompt, yn(circle_kind(c1, r1, c2, r2) == "crossing")


@template(DEV, "geometry", "en", "positive")
def point_vs_polygon(rng: random.Random, i: int) -> Any:
    while True:
        if i == 0:
            w, h = rng.randint(3, 10), rng.randint(3, 10)
            poly = [(0, 0), (w, 0), (w, h), (0, h)]
            p = rng.randint(-2, w + 2), rng.randint(-2, h + 2)
        else:
            poly = random_polygon(rng, 3 if i == 1 else 4 if i == 2 else 5, -5, 8)
            p = rand_pt(rng, -5, 8)
        where = locate(p, poly)
        if i in (1, 3) and where == "boundary":
            continue
        break
    if i == 0:
        return (f"Where is the point {pt(p)} relative to the rectangle with corners "
                f"{fmt_poly(poly)} — inside, outside, or on the boundary?", relation(where))
    if i == 1:
        return (f"Is the point {pt(p)} inside the triangle with vertices {fmt_poly(poly)}?",
                relation(where, "inside"))
    if i == 2:
        return (f"Point P = {pt(p, True)}. Polygon: {', '.join(pt(v, True) for v in poly)}. "
                "Does P lie inside, outside or on an edge?", relation(where))
    return (f"Is {pt(p)} inside or outside the polygon with vertices {fmt_poly(poly)}?",
            relation(where))


@template(DEV, "geometry", "en", "positive")
def polygon_area_shoelace(rng: random.Random, i: int) -> Any:
    poly = random_polygon(rng, 5 if i == 3 else 4, 0, 10)
    area = Fraction(abs(shoelace2(poly)), 2)
    labels = "ABCDE"
    prompt = [f"What's the area of the polygon with vertices {fmt_poly(poly)}?",
              "Find the area of quadrilateral ABCD with "
              + join_en([f"{labels[k]}{pt(v)}" for k, v in enumerate(poly)]) + ".",
              f"A plot of land has corners at {fmt_poly(poly)} (in meters). What's its area?",
              f"Compute the area enclosed by the points {fmt_poly(poly, True)}, "
              "taken in order."][i]
    return prompt, num(area)


@template(DEV, "geometry", "en", "positive")
def distance_two_points(rng: random.Random, i: int) -> Any:
    while True:
        a, b = rand_pt(rng), rand_pt(rng)
        if a != b:
            break
    prompt = [f"How far apart are {pt(a)} and {pt(b)}?",
              f"What's the distance between A{pt(a)} and B{pt(b)}?",
              f"Distance from point {pt(a, True)} to point {pt(b, True)}, please — exact form "
              "is fine.",
              f"Find the length of the segment joining {pt(a)} and {pt(b)}."][i]
    return prompt, real(dist_text(a, b))


@template(DEV, "geometry", "en", "positive")
def circle_area_en(rng: random.Random, i: int) -> Any:
    if i == 1:
        d = rng.randint(3, 24)
        return (f"A circular rug has a diameter of {d} feet. What's its area?",
                real(pi_times(Fraction(d, 2) ** 2)))
    r = dec(rng.randint(5, 40) * 5, 1) if i == 2 else str(rng.randint(2, 20))
    prompt = {0: f"What's the area of a circle with radius {r} cm?",
              2: f"Area of a circle, r = {r}?",
              3: f"Find the area of a circle whose radius is {r}. Leave it in terms of pi."}[i]
    return prompt, real(pi_times(q_of(r) ** 2))


@template(DEV, "geometry", "zh", "positive")
def zh_distance_points(rng: random.Random, i: int) -> Any:
    while True:
        a, b = rand_pt(rng), rand_pt(rng)
        if a != b:
            break
    prompt = [f"点{pt(a, True)}和点{pt(b, True)}之间的距离是多少？",
              f"求A{pt(a, True)}到B{pt(b, True)}的距离",
              f"坐标{pt(a)}与{pt(b)}相距多远？",
              f"平面上两点{pt(a, True)}、{pt(b, True)}的距离等于多少"][i]
    return prompt, real(dist_text(a, b))


@template(DEV, "geometry", "zh", "positive")
def zh_circles_tangent(rng: random.Random, i: int) -> Any:
    if i in (0, 3):
        c1, r1, c2, r2 = tangent_pair(rng, internal=i == 3)
    else:
        c1, r1, c2, r2 = circles_of_kind(rng, {"crossing", "separate"}, origin=i == 2)
    tangent = circle_kind(c1, r1, c2, r2) in ("external_tangent", "internal_tangent")
    prompt = [f"圆心在{pt(c1, True)}、半径为{r1}的圆和圆心在{pt(c2, True)}、半径为{r2}的圆相切吗？",
              f"两个圆：圆心{pt(c1, True)}半径{r1}；圆心{pt(c2, True)}半径{r2}。它们是否相切？",
              f"圆x²+y²={r1 * r1}与以{pt(c2, True)}为圆心、{r2}为半径的圆相切吗？",
              f"请判断：以{pt(c1, True)}为圆心半径{r1}的圆，和以{pt(c2, True)}为圆心半径{r2}的圆，"
              "是不是相切的？"][i]
    return prompt, yn(tangent)


@template(DEV, "geometry", "zh", "positive")
def zh_triangle_area(rng: random.Random, i: int) -> Any:
    if i == 2:
        a, h = rng.randint(3, 30), rng.randint(3, 30)
        return f"一个三角形底是{a}厘米，高是{h}厘米，面积是多少平方厘米？", num(Fraction(a * h, 2))
    while True:
        a, b, c = rand_pt(rng), rand_pt(rng), rand_pt(rng)
        if cross(a, b, c) != 0:
            break
    area = Fraction(abs(cross(a, b, c)), 2)
    prompt = {0: f"顶点为{pt(a, True)}、{pt(b, True)}、{pt(c, True)}的三角形面积是多少？",
              1: f"求三角形ABC的面积，其中A{pt(a, True)}，B{pt(b, True)}，C{pt(c, True)}",
              3: f"已知三个点{pt(a, True)}，{pt(b, True)}，{pt(c, True)}，"
                 "它们围成的三角形面积等于多少？"}[i]
    return prompt, num(area)


@template(DEV, "geometry", "en", "negative")
def neg_real_world_distance(rng: random.Random, i: int) -> Any:
    return ["How far is it from New York to Los Angeles?",
            "What's the distance between (40.71, -74.01) and (34.05, -118.24) in miles, "
            "on the Earth's surface?",
            "A taxi in Manhattan goes from 3rd Avenue and 14th Street to 7th Avenue and 34th "
            "Street. How many blocks does it drive?",
            "How many sides does a stop sign have?"][i]


@template(DEV, "geometry", "en", "negative")
def neg_geometry_explain(rng: random.Random, i: int) -> Any:
    return ["Why is the area of a circle pi r squared? Explain it intuitively.",
            "Prove the Pythagorean theorem.",
            "Write code that computes the area of a polygon from its vertices.",
            "What's the formula for the volume of a cone?"][i]


@template(DEV, "geometry", "zh", "negative")
def zh_neg_geometry_world(rng: random.Random, i: int) -> Any:
    return ["北京到上海有多远？",
            "圆周率是谁最早算出来的？",
            "为什么井盖是圆的？",
            "用Python写一个计算圆面积的函数"][i]


@template(HELD, "geometry", "en", "positive")
def circle_inside_circle(rng: random.Random, i: int) -> Any:
    want = i % 2 == 0
    while True:
        c1, c2 = rand_pt(rng), rand_pt(rng)
        r1, r2 = rng.randint(5, 14), rng.randint(1, 5)
        kind = circle_kind(c1, r1, c2, r2)
        if r1 > r2 and c1 != c2 and (kind == "nested") == want and kind != "internal_tangent":
            break
    prompt = [f"Is the circle centered at {pt(c2)} with radius {r2} completely inside the "
              f"circle centered at {pt(c1)} with radius {r1}?",
              f"Does the circle of radius {r1} around {pt(c1)} contain the circle of radius "
              f"{r2} around {pt(c2)}?",
              f"Small circle: center {pt(c2)}, radius {r2}. Big circle: center {pt(c1)}, "
              f"radius {r1}. Does the big one fully contain the small one?",
              f"Circle C1 has center {pt(c1)} and radius {r1}; circle C2 has center {pt(c2)} "
              f"and radius {r2}. Is C2 entirely within C1?"][i]
    return prompt, yn(kind == "nested")


@template(HELD, "geometry", "en", "positive")
def circle_common_points(rng: random.Random, i: int) -> Any:
    if i in (1, 2):
        c1, r1, c2, r2 = tangent_pair(rng, internal=False)
        if i == 1:
            c2 = (c2[0] - c1[0], c2[1] - c1[1])
            c1 = (0, 0)
    else:
        c1, r1, c2, r2 = circles_of_kind(rng, {"crossing", "separate", "nested"})
    count = circle_points(c1, r1, c2, r2)
    prompt = [f"How many points do the circle centered at {pt(c1)} with radius {r1} and the "
              f"circle centered at {pt(c2)} with radius {r2} have in common?",
              f"In how many points does the circle {circle_eq(c1, r1)} meet the circle "
              f"{circle_eq(c2, r2)}?",
              f"Two circles: one centered at {pt(c1)} with radius {r1}, the other at {pt(c2)} "
              f"with radius {r2}. How many intersection points?",
              f"Count the intersection points of circle A (center {pt(c1)}, radius {r1}) and "
              f"circle B (center {pt(c2)}, radius {r2})."][i]
    return prompt, num(count)


@template(HELD, "geometry", "en", "positive")
def segments_crossing_count(rng: random.Random, i: int) -> Any:
    want = i % 2
    while True:
        a, b, c, d = (rand_pt(rng, -5, 8) for _ in range(4))
        count = seg_count(a, b, c, d)
        if count == want:
            break
    prompt = [f"How many times do the segment from {pt(a)} to {pt(b)} and the segment from "
              f"{pt(c)} to {pt(d)} intersect?",
              f"Segment AB: A{pt(a)}, B{pt(b)}. Segment CD: C{pt(c)}, D{pt(d)}. How many "
              "intersection points do they have?",
              f"How many points do line segments PQ with P = {pt(a, True)}, Q = {pt(b, True)} "
              f"and RS with R = {pt(c, True)}, S = {pt(d, True)} share?",
              f"Number of intersection points between the segment {pt(a)}–{pt(b)} and the "
              f"segment {pt(c)}–{pt(d)}?"][i]
    return prompt, num(count)


@template(HELD, "geometry", "en", "positive")
def triangle_area_en(rng: random.Random, i: int) -> Any:
    if i in (0, 1):
        while True:
            a, b, c = rand_pt(rng), rand_pt(rng), rand_pt(rng)
            if cross(a, b, c) != 0:
                break
        area = Fraction(abs(cross(a, b, c)), 2)
        if i == 0:
            return (f"What's the area of the triangle with vertices {pt(a)}, {pt(b)} and "
                    f"{pt(c)}?", num(area))
        return (f"Triangle ABC has A = {pt(a)}, B = {pt(b)}, C = {pt(c)}. Find its area.",
                num(area))
    if i == 2:
        base, height = dec(rng.randint(20, 150), 1), str(rng.randint(3, 25))
        return (f"A triangle has a base of {base} m and a height of {height} m. "
                "What's its area?", num(q_of(base) * q_of(height) / 2))
    a, b = rng.randint(3, 30), rng.randint(3, 30)
    return f"Find the area of a right triangle whose legs are {a} and {b}.", num(Fraction(a * b, 2))


@template(HELD, "geometry", "en", "positive")
def polygon_perimeter_en(rng: random.Random, i: int) -> Any:
    if i == 0:
        x, y = rand_pt(rng)
        w, h = rng.randint(2, 12), rng.randint(2, 12)
        poly = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
        return (f"What is the perimeter of the rectangle with corners {fmt_poly(poly)}?",
                real(perimeter_text(poly)))
    poly = random_polygon(rng, 3 if i == 1 else 4, -4, 8)
    prompt = {1: f"Find the perimeter of the triangle with vertices {fmt_poly(poly)}.",
              2: f"How long is the boundary of the polygon with vertices {fmt_poly(poly)}?",
              3: f"I'm fencing a garden whose corners are at {fmt_poly(poly)} (in meters). "
                 "What's the perimeter?"}[i]
    return prompt, real(perimeter_text(poly))


@template(HELD, "geometry", "zh", "positive")
def zh_point_position(rng: random.Random, i: int) -> Any:
    while True:
        if i == 1:
            w, h = rng.randint(3, 10), rng.randint(3, 10)
            poly = [(0, 0), (w, 0), (w, h), (0, h)]
            p = rng.randint(-2, w + 2), rng.randint(-2, h + 2)
        else:
            poly = random_polygon(rng, 3 if i == 0 else 4, -5, 8)
            p = rand_pt(rng, -5, 8)
        where = locate(p, poly)
        if i in (2, 3) and where == "boundary":
            continue
        break
    tight = ",".join(pt(v, True) for v in poly)
    if i == 0:
        return f"点{pt(p, True)}在三角形{tight}的内部、外部还是边上？", relation(where)
    if i == 1:
        return (f"判断点P{pt(p, True)}与矩形{tight}的位置关系（内部、外部或边界上）",
                relation(where))
    if i == 2:
        return (f"点{pt(p, True)}是否在以{'、'.join(pt(v, True) for v in poly)}为顶点的"
                "多边形内部？", relation(where, "inside"))
    return f"请问点{pt(p, True)}位于四边形{tight}内还是外？", relation(where)


@template(HELD, "geometry", "zh", "positive")
def zh_circle_area(rng: random.Random, i: int) -> Any:
    if i == 1:
        d = rng.randint(3, 30)
        return f"一个圆的直径是{d}厘米，它的面积是多少？", real(pi_times(Fraction(d, 2) ** 2))
    r = dec(rng.randint(3, 30) * 5, 1) if i == 3 else str(rng.randint(2, 20))
    prompt = {0: f"半径为{r}的圆面积是多少？", 2: f"求半径{r}米的圆的面积（用π表示）",
              3: f"圆的半径是{r}，面积等于多少？"}[i]
    return prompt, real(pi_times(q_of(r) ** 2))


@template(HELD, "geometry", "en", "negative")
def neg_geometry_trivia(rng: random.Random, i: int) -> Any:
    return ["What's the area of Texas in square miles?",
            "How tall is the Eiffel Tower?",
            "How many faces does a dodecahedron have?",
            "What's the circumference of the Earth?"][i]


@template(HELD, "geometry", "en", "negative")
def neg_grid_and_maps(rng: random.Random, i: int) -> Any:
    a, b = rand_pt(rng, 1, 9)
    return ["On a chessboard, how many moves does a knight need to get from a1 to h8?",
            f"In a city grid, walking from ({a}, {b}) to ({a + 5}, {b + 6}) along the streets "
            "only, how many blocks do I walk?",
            "If I'm standing at 51.5, -0.12, which city am I in?",
            f"How many miles is it from exit {a + 10} to exit {b + 40} on I-95?"][i]


@template(HELD, "geometry", "zh", "negative")
def zh_neg_geometry_knowledge(rng: random.Random, i: int) -> Any:
    return ["地球的周长是多少？",
            "怎么证明勾股定理？",
            "一个标准篮球场有多大？",
            "坐标(39.9, 116.4)是哪个城市？"][i]


# Build -----------------------------------------------------------------------------------------


def build() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """All round-30 records as (dev, heldout); deterministic for a given source."""
    rng = random.Random(30)
    dev: list[dict[str, Any]] = []
    heldout: list[dict[str, Any]] = []
    seen: set[str] = set()
    for split, family, lang, kind, name, gen in TEMPLATES:
        short = name.removeprefix("zh_").replace("_", "-")
        _USED.clear()
        for i in range(4):
            for _attempt in range(500):
                out = gen(rng, i)
                if kind == "negative":
                    prompt, expected = out, {"type": "none"}
                else:
                    prompt, expected = out
                if prompt not in seen:
                    break
            else:
                raise RuntimeError(f"could not make a unique prompt for {name} #{i}")
            seen.add(prompt)
            record = {"id": f"r30-{FAM3[family]}-{lang}-{short}-{i}", "split": split,
                      "kind": kind, "family": family, "lang": lang, "template": f"r30_{name}",
                      "prompt": prompt, "expected": expected}
            (dev if split == DEV else heldout).append(record)
    return dev, heldout


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


def main() -> None:
    dev, heldout = build()
    write_jsonl(OUT_DIR / "corpus_dev30.jsonl", dev)
    write_jsonl(OUT_DIR / "corpus_heldout30.jsonl", heldout)
    print(f"wrote {len(dev)} dev30 and {len(heldout)} heldout30 records")


if __name__ == "__main__":
    main()
