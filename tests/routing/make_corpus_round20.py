"""Round 20 of the routing corpus: an independent blind round written from scratch.

Every template of this round was invented for it, without looking at earlier rounds, to
measure how the router copes with phrasings it has never seen: varied openers and closers,
context sentences that change nothing, format requests, lists written in different ways,
thousands separators, units, and Simplified Chinese written the way native speakers type.

Each template yields 4 records and goes entirely to one split ("dev20" or "heldout20").
Positives carry an ``expected`` answer computed here in Python (ints, ``Fraction``, trial
division, direct counting, exact circle formulas); negatives look numeric or wordy but are
not a computation on the given text, and expect ``{"type": "none"}``.

Run ``python tests/routing/make_corpus_round20.py`` to write ``corpus_dev20.jsonl`` and
``corpus_heldout20.jsonl`` next to this file.
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
FAM3 = {"arithmetic": "ari", "comparison": "cmp", "counting": "cnt", "geometry": "geo",
        "number_theory": "nth"}
NONE: dict[str, Any] = {"type": "none"}

Expected = dict[str, Any]
Gen = Callable[[random.Random, int], tuple[str, Expected]]

# (split, family, lang, kind, name, generator)
TEMPLATES: list[tuple[str, str, str, str, str, Gen]] = []


def tpl(split: str, family: str, lang: str, name: str) -> Callable[[Gen], Gen]:
    """Register a positive template."""
    def deco(fn: Gen) -> Gen:
        TEMPLATES.append((split, family, lang, "positive", name, fn))
        return fn
    return deco


def neg(split: str, family: str, lang: str, name: str, prompts: list[str]) -> None:
    """Register a negative template (four fixed prompts)."""
    assert len(prompts) == 4

    def gen(rng: random.Random, i: int) -> tuple[str, Expected]:
        return prompts[i], dict(NONE)
    TEMPLATES.append((split, family, lang, "negative", name, gen))


# Expected objects ------------------------------------------------------------------------------


def fstr(q: Fraction | int) -> str:
    q = Fraction(q)
    return str(q.numerator) if q.denominator == 1 else f"{q.numerator}/{q.denominator}"


def num(q: Fraction | int) -> Expected:
    return {"type": "number", "answer": fstr(q)}


def real(expr: str) -> Expected:
    return {"type": "real", "answer": expr}


def yn(b: bool) -> Expected:
    return {"type": "bool", "answer": "yes" if b else "no"}


def choice(written: str) -> Expected:
    return {"type": "choice", "answer": written}


def text(s: str) -> Expected:
    return {"type": "text", "answer": s}


def word_choice(s: str) -> Expected:
    return {"type": "word_choice", "answer": s}


def num_list(items: list[str], ordered: bool, order: str | None = None) -> Expected:
    e: Expected = {"type": "list", "elem": "number", "answer": items, "ordered": ordered}
    if order:
        e["order"] = order
    return e


def word_list(items: list[str], ordered: bool) -> Expected:
    return {"type": "list", "elem": "word", "answer": items, "ordered": ordered}


def relation(ans: str, yes_if: str | None = None) -> Expected:
    e: Expected = {"type": "relation", "answer": ans}
    if yes_if:
        e["yes_if"] = yes_if
    return e


def factor(n: int) -> dict[int, int]:
    out: dict[int, int] = {}
    m, p = n, 2
    while p * p <= m:
        while m % p == 0:
            out[p] = out.get(p, 0) + 1
            m //= p
        p += 1
    if m > 1:
        out[m] = out.get(m, 0) + 1
    return out


def factorization(n: int) -> Expected:
    return {"type": "factorization", "answer": [[p, e] for p, e in sorted(factor(n).items())],
            "n": n}


# Small math helpers ------------------------------------------------------------------------------


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


def sqrt_parts(n: int) -> tuple[int, int]:
    """sqrt(n) == k * sqrt(m) with m square-free."""
    k, m = 1, n
    d = 2
    while d * d <= m:
        while m % (d * d) == 0:
            m //= d * d
            k *= d
        d += 1
    return k, m


def sqrt_expr(n: int) -> str:
    k, m = sqrt_parts(n)
    if m == 1:
        return str(k)
    return f"sqrt({m})" if k == 1 else f"{k}*sqrt({m})"


def sum_of_sqrts(squares: list[int]) -> str:
    """An exact expression for sum(sqrt(s) for s in squares)."""
    whole = 0
    radicals: dict[int, int] = {}
    for s in squares:
        k, m = sqrt_parts(s)
        if m == 1:
            whole += k
        else:
            radicals[m] = radicals.get(m, 0) + k
    terms = [str(whole)] if whole else []
    for m in sorted(radicals):
        k = radicals[m]
        terms.append(f"sqrt({m})" if k == 1 else f"{k}*sqrt({m})")
    return " + ".join(terms)


def pi_expr(r2: Fraction) -> str:
    return f"{fstr(r2)}*pi" if r2 != 1 else "pi"


def dec(q: Fraction) -> str:
    """A terminating Fraction written as a plain decimal."""
    sign = "-" if q < 0 else ""
    q = abs(q)
    whole = q.numerator // q.denominator
    rest = q - whole
    digits = ""
    while rest:
        rest *= 10
        d = rest.numerator // rest.denominator
        digits += str(d)
        rest -= d
        assert len(digits) < 12
    return f"{sign}{whole}.{digits}" if digits else f"{sign}{whole}"


Pt = tuple[int, int]


def pt(p: Pt, style: int = 0) -> str:
    x, y = p
    return f"({x},{y})" if style == 1 else f"({x}, {y})"


def shoelace2(poly: list[Pt]) -> int:
    s = 0
    for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1], strict=True):
        s += x1 * y2 - x2 * y1
    return abs(s)


def cross(o: Pt, a: Pt, b: Pt) -> int:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def on_segment(p: Pt, a: Pt, b: Pt) -> bool:
    return (cross(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
            and min(a[1], b[1]) <= p[1] <= max(a[1], b[1]))


def locate(p: Pt, poly: list[Pt]) -> str:
    inside = False
    for a, b in zip(poly, poly[1:] + poly[:1], strict=True):
        if on_segment(p, a, b):
            return "boundary"
        if (a[1] > p[1]) != (b[1] > p[1]):
            x_cross = a[0] + Fraction(p[1] - a[1]) * (b[0] - a[0]) / (b[1] - a[1])
            if p[0] < x_cross:
                inside = not inside
    return "inside" if inside else "outside"


def seg_seg_points(a: Pt, b: Pt, c: Pt, d: Pt) -> int | None:
    """Common points of segments ab and cd (None when they overlap along a stretch)."""
    d1, d2 = cross(c, d, a), cross(c, d, b)
    d3, d4 = cross(a, b, c), cross(a, b, d)
    if d1 == d2 == 0:
        return None  # collinear: avoid
    if ((d1 > 0 and d2 < 0) or (d1 < 0 and d2 > 0)) and ((d3 > 0 and d4 < 0)
                                                          or (d3 < 0 and d4 > 0)):
        return 1
    touching = ((d1 == 0 and on_segment(a, c, d)) or (d2 == 0 and on_segment(b, c, d))
                or (d3 == 0 and on_segment(c, a, b)) or (d4 == 0 and on_segment(d, a, b)))
    return 1 if touching else 0


def seg_circle_points(a: Pt, b: Pt, c: Pt, r: int) -> int:
    """Exact number of points where segment ab meets the circle (c, r)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    fx, fy = a[0] - c[0], a[1] - c[1]
    qa = dx * dx + dy * dy
    qb = 2 * (fx * dx + fy * dy)
    qc = fx * fx + fy * fy - r * r
    disc = qb * qb - 4 * qa * qc
    if disc < 0:
        return 0

    def ge(sign: int, k: int) -> bool:  # -qb + sign*sqrt(disc) >= k ?
        m = k + qb
        if sign > 0:
            return m <= 0 or disc >= m * m
        return -m >= 0 and disc <= m * m

    def le(sign: int, k: int) -> bool:  # -qb + sign*sqrt(disc) <= k ?
        m = k + qb
        if sign > 0:
            return m >= 0 and disc <= m * m
        return m >= 0 or disc >= m * m

    signs = [1] if disc == 0 else [1, -1]
    return sum(1 for s in signs if ge(s, 0) and le(s, 2 * qa))


def d2(p: Pt, q: Pt) -> int:
    return (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2


def circles_cross(c1: Pt, r1: int, c2: Pt, r2: int) -> bool:
    """The two circles meet in exactly two points."""
    dd = d2(c1, c2)
    return (r1 - r2) ** 2 < dd < (r1 + r2) ** 2


def circles_tangent(c1: Pt, r1: int, c2: Pt, r2: int) -> bool:
    dd = d2(c1, c2)
    return dd in ((r1 + r2) ** 2, (r1 - r2) ** 2) and dd > 0


def circle_pair(rng: random.Random, want_cross: bool) -> tuple[Pt, int, Pt, int]:
    """Two circles that either cross (two points) or are clearly apart (no containment)."""
    while True:
        c1 = (rng.randint(-6, 6), rng.randint(-6, 6))
        c2 = (rng.randint(-6, 10), rng.randint(-6, 10))
        r1, r2 = rng.randint(1, 7), rng.randint(1, 7)
        dd = d2(c1, c2)
        if dd <= (r1 - r2) ** 2 or dd == (r1 + r2) ** 2:
            continue
        if circles_cross(c1, r1, c2, r2) == want_cross:
            return c1, r1, c2, r2


def polygon(rng: random.Random, kind: int) -> list[Pt]:
    ox, oy = rng.randint(-3, 4), rng.randint(-3, 4)
    if kind == 0:  # rectangle
        w, h = rng.randint(3, 9), rng.randint(2, 8)
        pts = [(0, 0), (w, 0), (w, h), (0, h)]
    elif kind == 1:  # triangle
        a, b, c = rng.randint(4, 10), rng.randint(1, 6), rng.randint(3, 9)
        pts = [(0, 0), (a, 0), (b, c)]
    elif kind == 2:  # L shape (concave)
        w, h = rng.randint(5, 9), rng.randint(5, 9)
        t, u = rng.randint(2, w - 2), rng.randint(2, h - 2)
        pts = [(0, 0), (w, 0), (w, u), (t, u), (t, h), (0, h)]
    else:  # trapezoid / convex quadrilateral
        w, h = rng.randint(6, 10), rng.randint(3, 7)
        s1, s2 = rng.randint(1, 2), rng.randint(1, 2)
        pts = [(0, 0), (w, 0), (w - s2, h), (s1, h)]
    return [(x + ox, y + oy) for x, y in pts]


def pick_point(rng: random.Random, poly: list[Pt], want: str) -> Pt:
    xs, ys = [p[0] for p in poly], [p[1] for p in poly]
    cands = [(x, y) for x in range(min(xs) - 2, max(xs) + 3)
             for y in range(min(ys) - 2, max(ys) + 3) if locate((x, y), poly) == want]
    return rng.choice(cands)


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


ZH_NUM = "零一二三四五六七八九十"

# Items already drawn by the current template (reset by build() before each template), so that
# the four records of a template use four different instances.
_USED: dict[tuple[Any, ...], set[Any]] = {}


def draw(rng: random.Random, pool: list[Any]) -> Any:
    """A pool item not yet used by the current template."""
    used = _USED.setdefault(tuple(pool), set())
    item = rng.choice([x for x in pool if x not in used])
    used.add(item)
    return item


VOWELS = set("aeiou")

# ================================================================================================
# ARITHMETIC
# ================================================================================================


@tpl("dev20", "arithmetic", "en", "homework_product")
def _a1(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(120, 989), rng.randint(13, 97)
    ctx = ["I'm checking my kid's homework.", "Helping my nephew with his math sheet tonight.",
           "Double-checking a worksheet before I hand it back.",
           "My daughter and I got different answers, so settle it:"][i]
    q = [f"What is {a} × {b}?", f"what's {a} times {b}",
         f"Could you tell me what {a} multiplied by {b} comes to?", f"{a} * {b} = ?"][i]
    return f"{ctx} {q}", num(a * b)


@tpl("dev20", "arithmetic", "en", "percent_of")
def _a2(rng: random.Random, i: int) -> tuple[str, Expected]:
    p = rng.choice(["15", "12.5", "35", "7.5", "8", "22", "2.5", "40"])
    base = draw(rng, [80, 240, 1240, 360, 5600, 96, 725, 18500])
    s = f"{base:,}"
    prompt = [f"What's {p}% of {s}? Just the number please.", f"Quick one — {p} percent of {s}?",
              f"how much is {p}% of {s}",
              f"Work out {p}% of {s} for me. No explanation needed."][i]
    return prompt, num(Fraction(p) * base / 100)


@tpl("dev20", "arithmetic", "en", "fraction_sum")
def _a3(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        b, d = rng.randint(3, 12), rng.randint(3, 12)
        a, c = rng.randint(1, b - 1), rng.randint(1, d - 1)
        if math.gcd(a, b) == 1 and math.gcd(c, d) == 1 and b != d:
            break
    x, y = f"{a}/{b}", f"{c}/{d}"
    prompt = [f"Add {x} and {y} and give me the result as a fraction.",
              f"What do you get when you add {x} to {y}?",
              f"Sum: {x} + {y} — simplest form please.",
              f"I need {x} plus {y}, written as a single fraction."][i]
    return prompt, num(Fraction(a, b) + Fraction(c, d))


@tpl("dev20", "arithmetic", "en", "power_words")
def _a4(rng: random.Random, i: int) -> tuple[str, Expected]:
    base, exp = [(rng.randint(5, 9), 4), (3, rng.randint(6, 9)), (rng.randint(11, 19), 3),
                 (2, rng.randint(11, 16))][i]
    prompt = [f"What is {base} to the power of {exp}?",
              f"Hey, what's {base} raised to the power of {exp}?",
              f"Need a quick calc: {base} to the power of {exp}.",
              f"{base} to the power of {exp} equals what?"][i]
    return prompt, num(base**exp)


@tpl("dev20", "arithmetic", "en", "column_total")
def _a5(rng: random.Random, i: int) -> tuple[str, Expected]:
    vals = [rng.randint(300, 9999) for _ in range(rng.randint(4, 5))]
    lines = [f"{v:,}" for v in vals]
    if i == 0:
        prompt = "Add these up:\n" + "\n".join(lines)
    elif i == 1:
        prompt = "Can you total this column for me?\n" + "\n".join(lines)
    elif i == 2:
        prompt = ("What's the sum of the following numbers?\n"
                  + "\n".join(f"- {s}" for s in lines))
    else:
        prompt = "\n".join(lines) + "\nTotal please, just the final number."
    return prompt, num(sum(vals))


@tpl("dev20", "arithmetic", "zh", "zh_basic_ops")
def _a6(rng: random.Random, i: int) -> tuple[str, Expected]:
    if i == 0:
        a, b = rng.randint(21, 99), rng.randint(21, 99)
        return f"帮我算一下 {a} 乘以 {b} 等于多少", num(a * b)
    if i == 1:
        a, b = rng.randint(200, 999), rng.randint(200, 999)
        return f"{a} 加 {b} 等于多少？", num(a + b)
    if i == 2:
        a, b = rng.randint(3000, 9000), rng.randint(1000, 2999)
        return f"{a:,} 减 {b:,} 等于多少", num(a - b)
    a, b = rng.randint(2, 9), rng.randint(2, 9)
    return f"1/{a} 加 1/{b} 等于多少？用分数表示", num(Fraction(1, a) + Fraction(1, b))


@tpl("dev20", "arithmetic", "zh", "zh_power")
def _a7(rng: random.Random, i: int) -> tuple[str, Expected]:
    base, exp = [(2, rng.randint(9, 13)), (3, rng.randint(4, 7)), (rng.randint(11, 15), 3),
                 (rng.randint(4, 6), rng.randint(5, 6))][i]
    prompt = [f"{base} 的 {exp} 次方是多少？", f"{base}的{exp}次方等于多少",
              f"请问 {base} 的 {exp} 次方是多少", f"算一下 {base} 的 {exp} 次方"][i]
    return prompt, num(base**exp)


@tpl("dev20", "arithmetic", "zh", "zh_percent")
def _a8(rng: random.Random, i: int) -> tuple[str, Expected]:
    base = draw(rng, [80, 1200, 600, 450, 360, 2500, 96, 750])
    if i == 0:
        p = rng.choice([15, 25, 35])
        return f"{base} 的 {p}% 是多少？", num(Fraction(p * base, 100))
    if i == 1:
        p = rng.choice([12, 18, 45])
        return f"{base}的百分之{p}是多少", num(Fraction(p * base, 100))
    if i == 2:
        p = rng.choice(["2.5", "7.5", "12.5"])
        return f"请帮我算 {base} 的 {p}%，直接给数字就行", num(Fraction(p) * base / 100)
    p = rng.choice([30, 60, 5])
    return f"{base} 乘以 {p}% 等于多少啊", num(Fraction(p * base, 100))


neg("dev20", "arithmetic", "en", "neg_clock", [
    "It's 9 pm right now. What time will it be in 5 hours?",
    "If my shift starts at 10:30 and lasts 9 hours, what time do I get off?",
    "My flight leaves at 23:40 and takes 3 hours 50 minutes. What time do I land, local time?",
    "The meeting is at 11 o'clock and I need to leave 4 hours later — what time is that?",
])
neg("dev20", "arithmetic", "en", "neg_money_advice", [
    "I make $4,200 a month and my rent is $1,500. Is that too much?",
    "I have 12,000 in savings — should I pay off my 6.5% car loan or invest it?",
    "Is 2,000 calories a day enough if I weigh 70 kg and run 3 times a week?",
    "My 401k is at 85,000 and I'm 35. Am I on track to retire?",
])
neg("dev20", "arithmetic", "zh", "zh_neg_advice", [
    "我月薪 8000，房租 3000，这个比例合理吗？",
    "存了 5 万块，应该先提前还房贷还是买基金？",
    "每天走 8000 步对减肥够不够？",
    "孩子 10 岁，每天玩 2 小时手机算多吗？",
])


@tpl("heldout20", "arithmetic", "en", "remainder")
def _a9(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(1000, 9999), rng.randint(7, 37)
    while a % b == 0:
        a += 1
    prompt = [f"What's the remainder when {a:,} is divided by {b}?", f"{a} mod {b} = ?",
              f"Find {a:,} modulo {b}.",
              f"If I divide {a} by {b}, what's left over? Just the remainder."][i]
    return prompt, num(a % b)


@tpl("heldout20", "arithmetic", "en", "paren_unicode")
def _a10(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b, c, d = (rng.randint(20, 60), rng.randint(2, 19), rng.randint(6, 9),
                  rng.randint(2, 5))
    if i == 0:
        return (f"Evaluate ({a} − {b}) × {c} ÷ {d} for me.", num(Fraction((a - b) * c, d)))
    if i == 1:
        return (f"Can you simplify {c} × ({a} + {b}) − {a * d} ÷ {d * 2}? Exact answer please.",
                num(Fraction(c * (a + b)) - Fraction(a * d, d * 2)))
    if i == 2:
        return (f"What does {a} ÷ ({c} + {d}) − {b} come out to?",
                num(Fraction(a, c + d) - b))
    return (f"Solve: [{a} + {b}] × ({c} − {d}) ÷ 3",
            num(Fraction((a + b) * (c - d), 3)))


@tpl("heldout20", "arithmetic", "en", "exact_decimals")
def _a11(rng: random.Random, i: int) -> tuple[str, Expected]:
    x = Fraction(rng.randint(1, 999), rng.choice([10, 100, 1000]))
    y = Fraction(rng.randint(1, 999), rng.choice([10, 100]))
    if i == 0:
        return (f"{dec(x)} + {dec(y)} = ? I want the exact value, not floating point junk.",
                num(x + y))
    if i == 1:
        return f"What's {dec(x)} × {dec(y)} exactly?", num(x * y)
    if i == 2:
        big = x + y + 10
        return f"Subtract {dec(y)} from {dec(big)}.", num(big - y)
    return f"Exactly what is {dec(x)} times {dec(y)}? Don't round.", num(x * y)


@tpl("heldout20", "arithmetic", "en", "factorial")
def _a12(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = [rng.randint(7, 9), rng.randint(10, 12), rng.randint(5, 6), rng.randint(13, 15)][i]
    prompt = [f"What's {n}! ? My calculator doesn't have a factorial button.",
              f"What is the factorial of {n}?", f"Compute {n} factorial.",
              f"How much is {n}!, written out in full?"][i]
    return prompt, num(math.factorial(n))


@tpl("heldout20", "arithmetic", "en", "divide_words")
def _a13(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(500, 9999), rng.randint(12, 75)
    prompt = [f"If you divide {a:,} by {b}, what do you get?",
              f"What's {a} divided by {b}? A fraction is fine if it isn't whole.",
              f"how much is {a:,} divided by {b} — exact please",
              f"Divide {a} by {b}, please."][i]
    return prompt, num(Fraction(a, b))


@tpl("heldout20", "arithmetic", "zh", "zh_div_paren")
def _a14(rng: random.Random, i: int) -> tuple[str, Expected]:
    if i == 0:
        b = rng.choice([8, 16, 25, 40])
        a = b * rng.randint(20, 90)
        return f"{a} 除以 {b} 等于多少？", num(Fraction(a, b))
    if i == 1:
        a, b, c = rng.randint(5, 30), rng.randint(5, 30), rng.randint(3, 9)
        return f"（{a} + {b}）× {c} 等于多少？", num((a + b) * c)
    if i == 2:
        a, b, c = rng.randint(100, 200), rng.randint(10, 60), rng.randint(6, 16)
        return f"({a} − {b}) ÷ {c} 是多少", num(Fraction(a - b, c))
    a, b = rng.randint(100, 999), rng.choice([7, 11, 13])
    return f"{a} 除以 {b} 等于多少？结果用分数表示", num(Fraction(a, b))


@tpl("heldout20", "arithmetic", "zh", "zh_mod")
def _a15(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(17, 2999), rng.randint(3, 19)
    while a % b == 0:
        a += 1
    prompt = [f"{a} 除以 {b} 的余数是多少？", f"{a} 除以 {b}，余数是几？",
              f"请问 {a} 除以 {b} 余多少？", f"{a}除以{b}余几"][i]
    return prompt, num(a % b)


@tpl("heldout20", "arithmetic", "zh", "zh_sqrt")
def _a16(rng: random.Random, i: int) -> tuple[str, Expected]:
    r = rng.randint(11, 49)
    n = r * r
    prompt = [f"{n} 的算术平方根是多少？", f"根号 {n} 等于多少", f"请算一下 √{n}",
              f"求 {n} 的算术平方根"][i]
    return prompt, num(r)


neg("heldout20", "arithmetic", "en", "neg_explain_method", [
    "Can you explain how long division works, using 845 ÷ 5 as the example?",
    "Why is dividing by zero undefined? Like 7 ÷ 0.",
    "Why isn't 2^3 the same as 3^2? I want to understand the idea, not the numbers.",
    "Teach me the mental trick for multiplying by 11, e.g. 11 × 34.",
])
neg("heldout20", "arithmetic", "en", "neg_write_code", [
    "Write a Python one-liner that prints 17 factorial.",
    "Give me an Excel formula that calculates 15% of the value in cell B2.",
    "Write a JavaScript function that returns the remainder of 100 divided by 7.",
    "How do I make a bash script add 250 and 375 and echo the result?",
])
neg("heldout20", "arithmetic", "zh", "zh_neg_why", [
    "为什么 0.1 + 0.2 在计算机里不等于 0.3？",
    "为什么任何非零数的 0 次方都等于 1？",
    "除以一个分数为什么等于乘以它的倒数？",
    "负负得正是什么原理？给小学生怎么讲？",
])

# ================================================================================================
# COMPARISON
# ================================================================================================


@tpl("dev20", "comparison", "en", "decimal_bigger")
def _c1(rng: random.Random, i: int) -> tuple[str, Expected]:
    k = rng.randint(0, 15)
    while True:
        two = Fraction(rng.randint(10, 99), 100)
        one = Fraction(rng.randint(1, 9), 10)
        if two != one and two.denominator == 100:
            break
    x, y = dec(k + two), dec(k + one)
    if i % 2:
        x, y = y, x
    big = x if Fraction(x) > Fraction(y) else y
    prompt = [f"Which is bigger, {x} or {y}?",
              f"Quick sanity check: is {x} or {y} larger?",
              f"Which number is greater: {x} or {y}",
              f"Bigger one — {x} or {y}? Just tell me which."][i]
    return prompt, choice(big)


@tpl("dev20", "comparison", "en", "negatives_greater")
def _c2(rng: random.Random, i: int) -> tuple[str, Expected]:
    if i in (0, 2):
        a, b = -rng.randint(1, 120), -rng.randint(1, 120)
        while a == b:
            b -= 1
        sa, sb = str(a), str(b)
    else:
        a = -Fraction(rng.randint(5, 95), 10 if i == 1 else 100)
        b = -Fraction(rng.randint(5, 95), 100 if i == 1 else 10)
        while a == b:
            b -= Fraction(1, 100)
        sa, sb = dec(a), dec(b)
    prompt = [f"Is {sa} greater than {sb}?", f"Yes or no: is {sa} greater than {sb}?",
              f"is {sa} > {sb}", f"Would you say {sa} is greater than {sb}?"][i]
    return prompt, yn(Fraction(sa) > Fraction(sb))


FRAC_DEC_POOL = ["3/4", "0.7", "2/3", "0.72", "5/8", "0.6", "4/5", "0.81", "7/10", "0.65",
                 "1/2", "0.55", "3/5", "0.49", "9/10", "0.875", "5/6", "0.83"]


def distinct_values(rng: random.Random, pool: list[str], k: int) -> list[str]:
    while True:
        items = rng.sample(pool, k)
        if len({Fraction(x) for x in items}) == k:
            return items


@tpl("dev20", "comparison", "en", "sort_ascending")
def _c3(rng: random.Random, i: int) -> tuple[str, Expected]:
    items = distinct_values(rng, FRAC_DEC_POOL, rng.randint(4, 5))
    listed = ", ".join(items)
    prompt = [f"Sort these from smallest to largest: {listed}",
              f"Put in ascending order please — {listed}",
              f"Can you order these least to greatest? {listed}",
              f"Arrange {listed} from lowest to highest."][i]
    ans = sorted(items, key=Fraction)
    return prompt, num_list(ans, True, "asc")


@tpl("dev20", "comparison", "en", "fraction_smaller")
def _c4(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        b, d = rng.randint(3, 15), rng.randint(3, 15)
        a, c = rng.randint(1, b - 1), rng.randint(1, d - 1)
        if math.gcd(a, b) == 1 and math.gcd(c, d) == 1 and Fraction(a, b) != Fraction(c, d):
            break
    x, y = f"{a}/{b}", f"{c}/{d}"
    small = x if Fraction(a, b) < Fraction(c, d) else y
    prompt = [f"Which fraction is smaller: {x} or {y}?", f"{x} or {y} — which one is less?",
              f"Of {x} and {y}, which is the smaller fraction?",
              f"I can never tell with fractions. Is {x} or {y} smaller?"][i]
    return prompt, choice(small)


@tpl("dev20", "comparison", "en", "kid_claims")
def _c5(rng: random.Random, i: int) -> tuple[str, Expected]:
    k = rng.randint(0, 4)
    m = rng.randint(20, 90)
    if m % 10 == 0:
        m += 1
    shorter = Fraction(k * 100 + m, 100)
    longer = Fraction(k * 1000 + (m - rng.randint(1, 9)) * 10 + rng.randint(1, 9), 1000)
    s, lg = dec(shorter), dec(longer)
    who = ["My son", "My student", "A coworker", "My little sister"][i]
    prompt = [f"{who} insists {lg} is more than {s} because it has more digits. "
              "Which one is actually larger?",
              f"{who} says {lg} beats {s} since it's longer. Which of the two is bigger?",
              f"{who} thinks {lg} > {s}. Who's right — which number is greater?",
              f"Settle an argument: {who.lower()} claims {lg} is bigger than {s}. "
              "Which is the larger number?"][i]
    return prompt, choice(s)


@tpl("dev20", "comparison", "zh", "zh_which_bigger")
def _c6(rng: random.Random, i: int) -> tuple[str, Expected]:
    if i == 0:
        k = rng.randint(1, 20)
        x, y = f"{k}.{rng.randint(10, 19)}", f"{k}.{rng.randint(2, 9)}"
        prompt = f"{x} 和 {y} 哪个大？"
    elif i == 1:
        a, b = rng.randint(2, 5), rng.randint(6, 9)
        x, y = f"-{a - 1}/{a}", f"-{b - 1}/{b}"
        prompt = f"{x} 和 {y} 哪个大"
    elif i == 2:
        x, y = dec(Fraction(rng.randint(101, 199), 1000)), dec(Fraction(rng.randint(2, 9), 10))
        prompt = f"{x} 跟 {y} 相比，哪个更大？"
    else:
        d = rng.choice([3, 7, 9])
        x, y = f"1/{d}", dec(Fraction(100 // d, 100))
        prompt = f"请问 {x} 和 {y} 哪个大？"
    big = x if Fraction(x) > Fraction(y) else y
    return prompt, choice(big)


@tpl("dev20", "comparison", "zh", "zh_bigger_bool")
def _c7(rng: random.Random, i: int) -> tuple[str, Expected]:
    if i == 0:
        a, b = -rng.randint(1, 9), -rng.randint(10, 20)
        x, y = str(a), str(b)
    elif i == 1:
        x, y = dec(Fraction(rng.randint(1, 9), 10)), dec(Fraction(rng.randint(11, 99), 100))
    elif i == 2:
        x, y = dec(-Fraction(rng.randint(11, 19), 10)), dec(-Fraction(rng.randint(101, 199), 100))
    else:
        x, y = f"{rng.randint(1, 4)}/5", dec(Fraction(rng.randint(1, 9), 10) + Fraction(1, 100))
    if Fraction(x) == Fraction(y):
        raise AssertionError("equal values")
    prompt = [f"{x} 比 {y} 大吗？", f"{x}比{y}大吗", f"请问 {x} 比 {y} 大吗？",
              f"{x} 是不是比 {y} 大？"][i]
    return prompt, yn(Fraction(x) > Fraction(y))


neg("dev20", "comparison", "en", "neg_versions", [
    "Is Python 3.11 newer than 3.9?",
    "Which is the later release, Node 18.20 or Node 18.4?",
    "Is macOS 10.15 newer than macOS 10.9?",
    "My app says version 2.10 is installed; is that older than 2.9?",
])
neg("dev20", "comparison", "en", "neg_world_sizes", [
    "Which is bigger, the Moon or Pluto?",
    "Which has more people, Tokyo or Delhi?",
    "Is Mount Everest taller than K2?",
    "Which is longer, the Nile or the Amazon?",
])
neg("dev20", "comparison", "zh", "zh_neg_products", [
    "iPhone 15 和 iPhone 13 哪个更值得买？",
    "骁龙 8 Gen 3 和天玑 9300 哪个性能更强？",
    "上海和北京哪个城市更大？",
    "买 256G 还是 512G 的手机比较好？",
])


@tpl("heldout20", "comparison", "en", "sort_descending")
def _c8(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        vals = [rng.randint(-30, 30) for _ in range(5)]
        if len(set(vals)) == 5:
            break
    items = [str(v) for v in vals]
    if i == 3:
        items[1] = dec(Fraction(vals[1] * 10 + 5, 10))
    if i == 0:
        prompt = f"Rank these from highest to lowest: {', '.join(items)}"
    elif i == 1:
        prompt = f"Sort in descending order: {'; '.join(items)}"
    elif i == 2:
        prompt = f"biggest first please: {', '.join(items[:-1])} and {items[-1]}"
    else:
        prompt = "Order these numbers from largest to smallest:\n" + "\n".join(items)
    ans = sorted(items, key=Fraction, reverse=True)
    return prompt, num_list(ans, True, "desc")


@tpl("heldout20", "comparison", "en", "smaller_negative")
def _c9(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = -rng.randint(2, 60), -rng.randint(2, 60)
    while a == b:
        b -= 3
    x, y = str(a), str(b)
    if i == 2:
        x, y = x.replace("-", "−"), y.replace("-", "−")
    small = x if a < b else y
    prompt = [f"Between {x} and {y}, which number is smaller?",
              f"Which is less: {x} or {y}?",
              f"Temperatures of {x} and {y} degrees — which number is lower?",
              f"Pick the smaller of {x} and {y}."][i]
    return prompt, choice(small)


@tpl("heldout20", "comparison", "en", "true_false_less")
def _c10(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        b = rng.randint(3, 9)
        a = rng.randint(1, b - 1)
        if math.gcd(a, b) != 1:
            continue
        dv = Fraction(round(Fraction(a, b) * 100) + rng.choice([-1, 1]), 100)
        if dv != Fraction(a, b) and dv > 0:
            break
    x, y = f"{a}/{b}", dec(dv)
    prompt = [f"True or false: {x} is less than {y}.",
              f"Is {x} less than {y}? Answer yes or no.",
              f"{x} < {y} — true or false?",
              f"Just checking whether {x} is smaller than {y}. Is it?"][i]
    return prompt, yn(Fraction(a, b) < dv)


@tpl("heldout20", "comparison", "en", "big_amounts")
def _c11(rng: random.Random, i: int) -> tuple[str, Expected]:
    a = rng.randint(1_000_000, 9_000_000)
    digits = list(str(a))
    j = rng.randint(1, 5)
    digits[j], digits[j + 1] = digits[j + 1], digits[j]
    b = int("".join(digits))
    if a == b:
        b += 10_000
    x, y = f"{a:,}", f"{b:,}"
    big = x if a > b else y
    prompt = [f"Which is more, {x} or {y}?",
              f"Two invoices: one for ${x} and one for ${y}. Which amount is larger?",
              f"Is {x} or {y} the larger number?",
              f"{x} vs {y} — which is greater?"][i]
    return prompt, choice(big)


@tpl("heldout20", "comparison", "en", "extreme_of_list")
def _c12(rng: random.Random, i: int) -> tuple[str, Expected]:
    k = rng.randint(1, 9)
    pool = [f"{k}.{t}" for t in ("5", "05", "55", "505", "45", "055", "5005", "49")]
    items = distinct_values(rng, pool, 4)
    vals = [Fraction(x) for x in items]
    listed = ", ".join(items)
    if i % 2 == 0:
        ans = items[vals.index(max(vals))]
        prompt = [f"What's the largest number in this list: {listed}?", "",
                  f"From {listed}, which one is the biggest?", ""][i]
    else:
        ans = items[vals.index(min(vals))]
        prompt = ["", f"Which of these is the smallest: {listed}",
                  "", f"Out of {listed} — tell me the smallest value."][i]
    return prompt, choice(ans)


@tpl("heldout20", "comparison", "zh", "zh_sort_asc")
def _c13(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        vals = [rng.randint(-9, 9) for _ in range(4)]
        if len(set(vals)) == 4:
            break
    items = [str(v) for v in vals] + [rng.choice(["1/2", "3.5", "-0.5", "2.25"])]
    if len({Fraction(x) for x in items}) != 5:
        items[-1] = "7.5"
    rng.shuffle(items)
    prompt = [f"把这些数从小到大排列：{', '.join(items)}",
              f"请把 {'、'.join(items)} 从小到大排一下",
              f"从小到大排序：{'，'.join(items)}",
              f"{'、'.join(items)} 这几个数按从小到大的顺序写出来"][i]
    return prompt, num_list(sorted(items, key=Fraction), True, "asc")


@tpl("heldout20", "comparison", "zh", "zh_which_smaller")
def _c14(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        b = rng.choice([3, 6, 7, 9, 11, 13])
        a = rng.randint(1, b - 1)
        if math.gcd(a, b) != 1:
            continue
        dv = Fraction(round(Fraction(a, b) * 100) + rng.choice([-1, 1]), 100)
        if dv > 0:
            break
    x, y = f"{a}/{b}", dec(dv)
    if i % 2:
        x, y = y, x
    small = x if Fraction(x) < Fraction(y) else y
    prompt = [f"{x} 和 {y} 哪个更小？", f"{x}、{y}，哪个数小一些",
              f"请比较 {x} 和 {y}，哪个小？", f"{x} 跟 {y} 比，谁更小"][i]
    return prompt, choice(small)


neg("heldout20", "comparison", "en", "neg_date_formats", [
    "Is 04/05/2023 earlier than 05/04/2023?",
    "Which comes first, 3/11 or 11/3?",
    "Is the deadline 10.12 before 12.10?",
    "My visa expires 06/07 and my flight is 07/06 — which is sooner?",
])
neg("heldout20", "comparison", "en", "neg_sizes_systems", [
    "Is a US size 9 shoe bigger than a European 42?",
    "Is a UK dress size 12 larger than a US 10?",
    "Which is bigger, a queen bed or a full?",
    "Is 20/20 vision better than 20/40?",
])
neg("heldout20", "comparison", "zh", "zh_neg_labels", [
    "5 号电池和 7 号电池哪个大？",
    "A4 纸和 A3 纸哪个更大？",
    "一级运动员和二级运动员哪个水平更高？",
    "地铁 1 号线和 10 号线哪条更长？",
])

# ================================================================================================
# COUNTING
# ================================================================================================

LETTER_WORDS = ["strawberry", "mississippi", "excellence", "bookkeeper", "banana", "committee",
                "successful", "assessment", "parallel", "occurrence", "referee", "tomorrow",
                "pepper", "giraffe", "balloon", "coffee", "necessary", "possession"]


def word_and_letter(rng: random.Random) -> tuple[str, str]:
    w = draw(rng, LETTER_WORDS)
    letters = sorted({c for c in w if w.count(c) >= 2})
    return w, rng.choice(letters)


@tpl("dev20", "counting", "en", "letter_occurrences")
def _n1(rng: random.Random, i: int) -> tuple[str, Expected]:
    w, c = word_and_letter(rng)
    prompt = [f'How many {c}\'s are in "{w}"?', f"Count the letter {c} in {w}.",
              f"how many times does the letter '{c}' appear in '{w}'",
              f'In the word "{w}", how many {c}s are there? Just a number.'][i]
    return prompt, num(w.count(c))


VOWEL_WORDS = ["education", "television", "alphabet", "umbrella", "watermelon", "mountain",
               "elephant", "restaurant", "information", "adventure", "chocolate", "beautiful",
               "sequoia", "onomatopoeia", "dinosaur", "avocado"]


@tpl("dev20", "counting", "en", "vowel_count")
def _n2(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = draw(rng, VOWEL_WORDS)
    assert "y" not in w
    prompt = [f"Count the vowels in the word '{w}'.", f"How many vowels does {w} have?",
              f'Number of vowels (a, e, i, o, u) in "{w}"?',
              f"My kid's spelling sheet asks: how many vowels are in {w.upper()}?"][i]
    return prompt, num(sum(ch in VOWELS for ch in w))


SENTENCES = ["The quick brown fox jumps over the lazy dog",
             "She sells sea shells by the sea shore",
             "Every morning I walk my dog before breakfast",
             "We are going to the beach this weekend",
             "My grandmother bakes the best apple pie in town",
             "Please remember to water the plants while I am away",
             "The train to Boston leaves at noon from platform four",
             "Reading a good book on a rainy day is my favorite thing",
             "He forgot his umbrella at the office again"]


@tpl("dev20", "counting", "en", "sentence_words")
def _n3(rng: random.Random, i: int) -> tuple[str, Expected]:
    s = draw(rng, SENTENCES)
    prompt = [f'How many words are in this sentence: "{s}"',
              f"Word count for: {s}.",
              f"I need to know how many words this line has — {s}",
              f"Count the words please:\n{s}"][i]
    return prompt, num(len(s.split()))


REVERSE_WORDS = ["elephant", "keyboard", "giraffe", "pineapple", "notebook", "sunflower",
                 "dolphin", "volcano", "umbrella", "calendar", "lantern", "pumpkin"]


@tpl("dev20", "counting", "en", "spell_backwards")
def _n4(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = draw(rng, REVERSE_WORDS)
    prompt = [f"Spell '{w}' backwards.", f"What is {w} reversed?",
              f'Write the word "{w}" in reverse order.',
              f"Can you reverse the string {w} for me?"][i]
    return prompt, text(w[::-1])


LENGTH_WORDS = ["mountain", "volcano", "river", "ocean", "island", "desert", "glacier",
                "canyon", "forest", "meadow", "waterfall", "valley", "lagoon", "prairie"]


@tpl("dev20", "counting", "en", "longer_word")
def _n5(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        a, b = rng.sample(LENGTH_WORDS, 2)
        if len(a) != len(b):
            break
    longer = a if len(a) > len(b) else b
    prompt = [f"Which word has more letters, '{a}' or '{b}'?",
              f'"{a}" vs "{b}" — which one is longer in letters?',
              f"Between {a} and {b}, which word is spelled with more letters?",
              f"For a crossword I need the longer word: {a} or {b}?"][i]
    return prompt, word_choice(longer)


@tpl("dev20", "counting", "zh", "zh_letter_count")
def _n6(rng: random.Random, i: int) -> tuple[str, Expected]:
    w, c = word_and_letter(rng)
    prompt = [f"单词 {w} 里面有多少个字母 {c}？", f"“{w}”这个词里有几个 {c}？",
              f"数一下 {w} 中字母 {c} 出现了几次", f"{w} 里有几个{c}啊"][i]
    return prompt, num(w.count(c))


@tpl("dev20", "counting", "zh", "zh_word_length")
def _n7(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = draw(rng, REVERSE_WORDS + LENGTH_WORDS)
    prompt = [f"“{w}” 这个单词有几个字母？", f"{w} 一共有多少个字母",
              f"请问英文单词 {w} 由几个字母组成？", f"单词{w}有多少个字母？"][i]
    return prompt, num(len(w))


@tpl("dev20", "counting", "zh", "zh_sentence_words")
def _n8(rng: random.Random, i: int) -> tuple[str, Expected]:
    s = draw(rng, SENTENCES)
    prompt = [f"这句话有几个单词：{s}", f"“{s}” 这句英文一共多少个单词？",
              f"帮我数一下这个句子的单词数：{s}", f"{s}\n这句话里有多少个词？"][i]
    return prompt, num(len(s.split()))


neg("dev20", "counting", "en", "neg_alphabet_trivia", [
    "How many letters are in the Greek alphabet?",
    "How many letters does the Hawaiian alphabet have?",
    "How many characters can a tweet have?",
    "How many words are in the US Constitution?",
])
neg("dev20", "counting", "en", "neg_word_meaning", [
    "What does the word 'serendipity' mean?",
    "What's a good synonym for 'happy'?",
    "Is 'irregardless' a real word?",
    "When do I use 'affect' and when 'effect'?",
])
neg("dev20", "counting", "zh", "zh_neg_idioms", [
    "“马到成功”是什么意思？",
    "“卧薪尝胆”出自哪个典故？",
    "“的”“地”“得”怎么区分？",
    "“行”在“银行”里读什么音？",
])

NTH_WORDS = ["butterfly", "computer", "hospital", "kangaroo", "orchestra", "penguin",
             "triangle", "blueprint", "champion", "whisper"]


@tpl("heldout20", "counting", "en", "nth_letter")
def _n9(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = draw(rng, NTH_WORDS)
    n = rng.randint(2, len(w) - 1)
    prompt = [f"What's the {ordinal(n)} letter of '{w}'?",
              f'In "{w}", which letter comes {ordinal(n)}?',
              f"Tell me letter number {n} in the word {w}.",
              f"Counting from the left, what is the {ordinal(n)} letter in {w}?"][i]
    return prompt, text(w[n - 1])


ANAGRAM_YES = [("listen", "silent"), ("evil", "vile"), ("night", "thing"), ("heart", "earth"),
               ("angel", "glean"), ("below", "elbow"), ("cinema", "iceman"), ("state", "taste"),
               ("lemon", "melon"), ("rescue", "secure"), ("garden", "danger"), ("shrub", "brush")]
ANAGRAM_NO = [("apple", "paper"), ("cart", "card"), ("pirate", "parrot"), ("hello", "holly"),
              ("silent", "sliest"), ("stone", "atone"), ("table", "cable"), ("dream", "cream")]


def anagram_pair(rng: random.Random, i: int) -> tuple[str, str]:
    return draw(rng, ANAGRAM_YES if i in (0, 3) else ANAGRAM_NO)


@tpl("heldout20", "counting", "en", "anagram_check")
def _n10(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = anagram_pair(rng, i)
    prompt = [f"Are '{a}' and '{b}' anagrams?",
              f'Is "{b}" an anagram of "{a}"?',
              f"Do {a} and {b} use exactly the same letters (anagram check)?",
              f"Anagram or not: {a} / {b}"][i]
    return prompt, yn(sorted(a) == sorted(b))


DISTINCT_WORDS = ["mississippi", "bookkeeper", "committee", "balloon", "assessment",
                  "banana", "tennessee", "parallel", "referee", "coffee", "success"]


@tpl("heldout20", "counting", "en", "distinct_letters")
def _n11(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = draw(rng, DISTINCT_WORDS)
    prompt = [f"How many different letters does the word '{w}' use?",
              f'How many distinct letters are in "{w}"?',
              f"Ignoring repeats, how many unique letters does {w} contain?",
              f"{w}: count each letter once — how many letters is that?"][i]
    return prompt, num(len(set(w)))


ALPHA_WORDS = ["pear", "apple", "mango", "kiwi", "banana", "cherry", "grape", "lemon", "plum",
               "orange", "fig", "date", "melon", "peach"]


@tpl("heldout20", "counting", "en", "alphabetize")
def _n12(rng: random.Random, i: int) -> tuple[str, Expected]:
    words = rng.sample(ALPHA_WORDS, rng.randint(4, 5))
    prompt = [f"Put these words in alphabetical order: {', '.join(words)}",
              f"Alphabetize: {' '.join(words)}",
              "Can you sort this shopping list A to Z?\n" + "\n".join(words),
              f"Sort {', '.join(words[:-1])} and {words[-1]} alphabetically."][i]
    return prompt, word_list(sorted(words), True)


CONS_WORDS = ["strength", "twelfth", "handkerchief", "scratch", "blackboard", "knight",
              "question", "sandwich", "crunch", "stretch", "thumbprint"]


@tpl("heldout20", "counting", "en", "consonant_count")
def _n13(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = draw(rng, CONS_WORDS)
    assert "y" not in w
    prompt = [f"How many consonants are in '{w}'?",
              f'Count the consonants in the word "{w}".',
              f"{w} — how many of its letters are consonants?",
              f"Quick spelling question: number of consonants in {w}?"][i]
    return prompt, num(sum(ch not in VOWELS for ch in w))


@tpl("heldout20", "counting", "zh", "zh_reverse")
def _n14(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = draw(rng, REVERSE_WORDS + NTH_WORDS)
    prompt = [f"把单词 {w} 倒过来写是什么？", f"{w} 反过来拼是什么",
              f"请把“{w}”的字母顺序颠倒一下", f"将 {w} 倒序输出"][i]
    return prompt, text(w[::-1])


@tpl("heldout20", "counting", "zh", "zh_nth_letter")
def _n15(rng: random.Random, i: int) -> tuple[str, Expected]:
    w = draw(rng, NTH_WORDS)
    n = rng.randint(2, min(len(w) - 1, 9))
    zn = ZH_NUM[n]
    prompt = [f"单词 {w} 的第{zn}个字母是什么？", f"{w} 第 {n} 个字母是哪个",
              f"“{w}”这个词从左数第{zn}个字母是？", f"请告诉我 {w} 的第{zn}个字母"][i]
    return prompt, text(w[n - 1])


@tpl("heldout20", "counting", "zh", "zh_anagram")
def _n16(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = anagram_pair(rng, i)
    prompt = [f"{a} 和 {b} 是不是由完全相同的字母组成的？",
              f"“{a}”和“{b}”互为变位词吗？",
              f"{a} 打乱字母顺序能变成 {b} 吗？", f"{b} 是 {a} 的字母重排吗"][i]
    return prompt, yn(sorted(a) == sorted(b))


neg("heldout20", "counting", "en", "neg_length_advice", [
    "How many words should a cover letter be?",
    "How many pages is a typical PhD thesis?",
    "How long should my wedding toast be, in words?",
    "How many new words a day should I learn for the GRE?",
])
neg("heldout20", "counting", "en", "neg_language", [
    "Translate 'butterfly' into French.",
    "What rhymes with 'orange'?",
    "How do you pronounce 'quinoa'?",
    "What's the plural of 'octopus'?",
])
neg("heldout20", "counting", "zh", "zh_neg_english", [
    "“apple”这个词怎么发音？",
    "“serendipity”翻译成中文是什么？",
    "英语里 affect 和 effect 有什么区别？",
    "knight 里的 k 为什么不发音？",
])

# ================================================================================================
# NUMBER THEORY
# ================================================================================================

PRIME_POOL = [97, 101, 127, 211, 331, 409, 1009, 2027, 7919, 523, 881, 1213]
COMPOSITE_POOL = [221, 91, 1001, 143, 323, 437, 899, 561, 2021, 187, 1147, 667]


def prime_or_not(rng: random.Random, i: int) -> int:
    return draw(rng, PRIME_POOL if i in (1, 2) else COMPOSITE_POOL)


@tpl("dev20", "number_theory", "en", "primality")
def _t1(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = prime_or_not(rng, i)
    prompt = [f"Is {n} prime?", f"Quick question — is {n} a prime number?",
              f"Can you tell me whether {n:,} is prime? yes/no",
              f"Is {n} a prime or not?"][i]
    return prompt, yn(is_prime(n))


FACTOR_POOL = [360, 1001, 2520, 756, 1716, 4840, 990, 3003, 1452, 6468]


@tpl("dev20", "number_theory", "en", "factorize")
def _t2(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = draw(rng, FACTOR_POOL)
    prompt = [f"Prime factorization of {n}, please.", f"Break {n:,} into prime factors.",
              f"Factor {n} into primes.", f"Write {n} as a product of primes."][i]
    return prompt, factorization(n)


@tpl("dev20", "number_theory", "en", "gcd")
def _t3(rng: random.Random, i: int) -> tuple[str, Expected]:
    g = rng.randint(6, 42)
    a, b = g * rng.randint(2, 15), g * rng.randint(2, 15)
    while a == b:
        b += g
    prompt = [f"What's the greatest common divisor of {a} and {b}?",
              f"gcd({a}, {b}) = ?",
              f"What's the biggest number that divides both {a} and {b}?",
              f"Find the GCD of {a} and {b} — just the number."][i]
    return prompt, num(math.gcd(a, b))


@tpl("dev20", "number_theory", "en", "primes_below")
def _t4(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = draw(rng, [20, 25, 30, 40, 45, 50, 60, 35])
    assert not is_prime(n)
    primes = [str(p) for p in range(2, n) if is_prime(p)]
    prompt = [f"List all the primes below {n}.", f"Which prime numbers are less than {n}?",
              f"give me every prime under {n}, comma-separated",
              f"What are the prime numbers smaller than {n}?"][i]
    return prompt, num_list(primes, False)


@tpl("dev20", "number_theory", "en", "digit_sum")
def _t5(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = rng.randint(10_000, 9_999_999)
    prompt = [f"What's the sum of the digits of {n:,}?", f"Add up the digits of {n}.",
              f"digit sum of {n}?",
              f"If you add together all the digits in {n}, what do you get?"][i]
    return prompt, num(sum(int(c) for c in str(n)))


@tpl("dev20", "number_theory", "zh", "zh_is_prime")
def _t6(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = prime_or_not(rng, i)
    prompt = [f"{n} 是质数吗？", f"{n} 是不是素数？", f"请问 {n} 是质数吗",
              f"{n}是质数吗？我记不清了"][i]
    return prompt, yn(is_prime(n))


@tpl("dev20", "number_theory", "zh", "zh_gcd")
def _t7(rng: random.Random, i: int) -> tuple[str, Expected]:
    g = rng.randint(4, 36)
    a, b = g * rng.randint(2, 12), g * rng.randint(2, 12)
    while a == b:
        b += g
    prompt = [f"{a} 和 {b} 的最大公约数是多少？", f"求 {a} 和 {b} 的最大公因数",
              f"{a}、{b} 的最大公约数", f"请算一下 {a} 与 {b} 的最大公约数是几"][i]
    return prompt, num(math.gcd(a, b))


neg("dev20", "number_theory", "en", "neg_number_lore", [
    "Is 7 a lucky number?",
    "Why is 13 considered unlucky?",
    "Why do so many people in China like the number 8?",
    "What does 666 mean in the Bible?",
])
neg("dev20", "number_theory", "en", "neg_prime_trivia", [
    "What is the largest known prime number?",
    "Who proved that there are infinitely many primes?",
    "How many Mersenne primes are known so far?",
    "Has the twin prime conjecture been proven yet?",
])
neg("dev20", "number_theory", "zh", "zh_neg_concepts", [
    "为什么 1 不是质数？",
    "质数在现实生活中有什么用？",
    "为什么 RSA 加密要用很大的质数？",
    "最大公约数和最小公倍数之间有什么关系？请解释一下",
])


@tpl("heldout20", "number_theory", "en", "lcm")
def _t8(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(4, 30), rng.randint(4, 30)
    while a == b:
        b += 1
    c = rng.randint(3, 12)
    if i == 1:
        return f"lcm({a}, {b}, {c})?", num(math.lcm(a, b, c))
    prompt = [f"Least common multiple of {a} and {b}?", "",
              f"What's the smallest number that both {a} and {b} divide into evenly?",
              f"Find the LCM of {a} and {b}."][i]
    return prompt, num(math.lcm(a, b))


@tpl("heldout20", "number_theory", "en", "largest_prime_factor")
def _t9(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        n = rng.randint(1000, 99999)
        if not is_prime(n):
            break
    prompt = [f"What's the largest prime factor of {n:,}?",
              f"Biggest prime that divides {n}?",
              f"Of all the prime factors of {n}, which is the largest?",
              f"I need the greatest prime factor of {n}."][i]
    return prompt, num(max(factor(n)))


@tpl("heldout20", "number_theory", "en", "happy_range")
def _t10(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        lo = rng.randint(2, 60)
        hi = lo + rng.randint(20, 40)
        if not is_happy(lo) and not is_happy(hi):
            break
    happy = [str(k) for k in range(lo, hi + 1) if is_happy(k)]
    prompt = [f"Which numbers between {lo} and {hi} are happy numbers?",
              f"List the happy numbers from {lo} to {hi}.",
              f"Find all happy numbers in the range {lo}–{hi}.",
              f"Happy numbers between {lo} and {hi}, please — just the list."][i]
    return prompt, num_list(happy, False)


@tpl("heldout20", "number_theory", "en", "prime_with_context")
def _t11(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = prime_or_not(rng, 3 - i)
    prompt = [f"My locker number is {n} — is that a prime number?",
              f"Our house number is {n}. Is it prime?",
              f"The jersey I got is number {n}. Prime or not?",
              f"I'm picking a seed for a game: is {n:,} prime?"][i]
    return prompt, yn(is_prime(n))


@tpl("heldout20", "number_theory", "en", "hcf")
def _t12(rng: random.Random, i: int) -> tuple[str, Expected]:
    g = rng.randint(3, 24)
    a, b = g * rng.randint(3, 14), g * rng.randint(3, 14)
    while a == b:
        b += g
    prompt = [f"What is the highest common factor of {a} and {b}?",
              f"HCF of {a} and {b}?",
              f"Find the highest common factor of {a} and {b}.",
              f"My textbook calls it HCF: what is it for {a} and {b}?"][i]
    return prompt, num(math.gcd(a, b))


@tpl("heldout20", "number_theory", "zh", "zh_factorize")
def _t13(rng: random.Random, i: int) -> tuple[str, Expected]:
    n = draw(rng, FACTOR_POOL)
    prompt = [f"把 {n} 分解质因数", f"分解质因数：{n}", f"{n} 分解质因数的结果是什么？",
              f"请把 {n} 写成几个质数相乘的形式"][i]
    return prompt, factorization(n)


@tpl("heldout20", "number_theory", "zh", "zh_lcm")
def _t14(rng: random.Random, i: int) -> tuple[str, Expected]:
    a, b = rng.randint(4, 30), rng.randint(4, 30)
    while a == b:
        b += 1
    prompt = [f"{a} 和 {b} 的最小公倍数是多少？", f"求 {a} 与 {b} 的最小公倍数",
              f"{a}、{b} 的最小公倍数", f"请问 {a} 和 {b} 的最小公倍数是几？"][i]
    return prompt, num(math.lcm(a, b))


neg("heldout20", "number_theory", "en", "neg_proofs", [
    "Prove that the square root of 2 is irrational.",
    "Explain why there are infinitely many primes.",
    "Can you walk me through why the Euclidean algorithm works?",
    "What's the intuition behind Fermat's little theorem?",
])
neg("heldout20", "number_theory", "en", "neg_nt_code", [
    "Write a JavaScript function that checks if 97 is prime.",
    "Give me Python code to list all primes below 100.",
    "How would I compute the gcd of two numbers in Excel?",
    "Write a C program that prints the prime factors of 360.",
])
neg("heldout20", "number_theory", "zh", "zh_neg_history", [
    "哥德巴赫猜想被证明了吗？",
    "陈景润证明了什么？",
    "目前已知最大的质数有多少位？",
    "孪生素数猜想现在有什么进展？",
])

# ================================================================================================
# GEOMETRY
# ================================================================================================


@tpl("dev20", "geometry", "en", "circles_intersect")
def _g1(rng: random.Random, i: int) -> tuple[str, Expected]:
    c1, r1, c2, r2 = circle_pair(rng, i in (0, 3))
    if i == 0:
        prompt = (f"Do the circles centered at {pt(c1)} with radius {r1} and centered at "
                  f"{pt(c2)} with radius {r2} intersect?")
    elif i == 1:
        prompt = (f"Circle 1: center {pt(c1, 1)}, r = {r1}. Circle 2: center {pt(c2, 1)}, "
                  f"r = {r2}. Do they intersect?")
    elif i == 2:
        prompt = (f"Does a circle of radius {r1} around {pt(c1)} cross a circle of radius "
                  f"{r2} around {pt(c2)}? yes or no")
    else:
        prompt = (f"I'm drawing two circles, one at {pt(c1)} with radius {r1} and one at "
                  f"{pt(c2)} with radius {r2}. Will they intersect?")
    return prompt, yn(circles_cross(c1, r1, c2, r2))


def rand_pt(rng: random.Random, lo: int = -9, hi: int = 9) -> Pt:
    return rng.randint(lo, hi), rng.randint(lo, hi)


@tpl("dev20", "geometry", "en", "point_distance")
def _g2(rng: random.Random, i: int) -> tuple[str, Expected]:
    p, q = rand_pt(rng), rand_pt(rng)
    while p == q:
        q = rand_pt(rng)
    prompt = [f"How far apart are the points {pt(p)} and {pt(q)}?",
              f"distance between {pt(p, 1)} and {pt(q, 1)}",
              f"What's the straight-line distance from A{pt(p)} to B{pt(q)}? Exact form is fine.",
              f"Find the length of the segment joining {pt(p)} and {pt(q)}."][i]
    return prompt, real(sqrt_expr(d2(p, q)))


@tpl("dev20", "geometry", "en", "polygon_area")
def _g3(rng: random.Random, i: int) -> tuple[str, Expected]:
    poly = polygon(rng, [0, 3, 2, 1][i])
    verts = ", ".join(pt(v) for v in poly)
    prompt = [f"Find the area of the polygon with vertices {verts}.",
              f"What's the area enclosed by the quadrilateral {verts}?",
              f"My garden plot has corners at {verts} (in meters, in order). What's its area?",
              f"Area of the triangle with corners {verts}?"][i]
    return prompt, num(Fraction(shoelace2(poly), 2))


@tpl("dev20", "geometry", "en", "circle_area")
def _g4(rng: random.Random, i: int) -> tuple[str, Expected]:
    if i == 0:
        r = Fraction(rng.randint(2, 12))
        prompt = f"What's the area of a circle with radius {r} cm?"
    elif i == 1:
        d = rng.choice([7, 9, 11, 13])
        r = Fraction(d, 2)
        prompt = f"A round table has a diameter of {d} ft. What's the area of the top?"
    elif i == 2:
        r = Fraction(rng.choice([15, 25]), 10)
        prompt = f"circle, r = {dec(r)} — area? leave it in terms of pi"
    else:
        r = Fraction(rng.randint(13, 20))
        prompt = f"Calculate the area of a circle whose radius is {r} meters."
    return prompt, real(pi_expr(r * r))


@tpl("dev20", "geometry", "en", "point_polygon_3way")
def _g5(rng: random.Random, i: int) -> tuple[str, Expected]:
    want = ["inside", "boundary", "outside", "inside"][i]
    poly = polygon(rng, [1, 0, 2, 3][i])
    p = pick_point(rng, poly, want)
    verts = ", ".join(pt(v) for v in poly)
    shape = ["triangle", "rectangle", "polygon", "quadrilateral"][i]
    prompt = [f"Is the point {pt(p)} inside, outside, or on the boundary of the {shape} with "
              f"vertices {verts}?",
              f"Where does {pt(p)} lie relative to the {shape} {verts}: inside, outside or on "
              "an edge?",
              f"{shape.capitalize()} with corners {verts}. Point P = {pt(p)}. Is P inside, on "
              "the boundary, or outside?",
              f"For the {shape} {verts}, tell me whether {pt(p)} is inside it, outside it, or "
              "exactly on its boundary."][i]
    return prompt, relation(locate(p, poly))


@tpl("dev20", "geometry", "zh", "zh_distance")
def _g6(rng: random.Random, i: int) -> tuple[str, Expected]:
    p, q = rand_pt(rng), rand_pt(rng)
    while p == q:
        q = rand_pt(rng)
    prompt = [f"点 {pt(p)} 和 {pt(q)} 之间的距离是多少？", f"求点A{pt(p, 1)}到点B{pt(q, 1)}的距离",
              f"{pt(p)} 到 {pt(q)} 有多远", f"坐标 {pt(p)} 与 {pt(q)} 两点间的距离是？"][i]
    return prompt, real(sqrt_expr(d2(p, q)))


@tpl("dev20", "geometry", "zh", "zh_circle_area")
def _g7(rng: random.Random, i: int) -> tuple[str, Expected]:
    if i == 1:
        d = rng.choice([6, 8, 12, 9])
        r = Fraction(d, 2)
        prompt = f"直径 {d} 厘米的圆，面积是多少？"
    else:
        r = Fraction(draw(rng, list(range(2, 16))))
        prompt = [f"半径为 {r} 的圆面积是多少？", "", f"一个圆的半径是{r}米，它的面积是多少",
                  f"求半径 {r} 的圆的面积（用 π 表示）"][i]
    return prompt, real(pi_expr(r * r))


neg("dev20", "geometry", "en", "neg_city_distance", [
    "How many blocks is it from 5th Ave and 42nd St to 8th Ave and 50th St?",
    "What's the walking distance from Times Square to Central Park?",
    "How far is it from exit 12 to exit 27 on the New Jersey Turnpike?",
    "If I'm at the corner of 3rd and Main, how long a walk is it to 10th and Main?",
])
neg("dev20", "geometry", "en", "neg_geo_trivia", [
    "What's the area of Texas in square miles?",
    "What's the circumference of the Earth?",
    "How big is a soccer field in square meters?",
    "How tall is the Eiffel Tower?",
])
neg("dev20", "geometry", "zh", "zh_neg_places", [
    "从北京到上海有多少公里？",
    "故宫占地面积有多大？",
    "珠穆朗玛峰有多高？",
    "地球的半径是多少公里？",
])

TRIPLES = [(3, 4), (4, 3), (6, 8), (8, 6), (5, 12), (12, 5), (0, 5), (5, 0), (0, 7), (7, 0)]


@tpl("heldout20", "geometry", "en", "circles_tangent")
def _g8(rng: random.Random, i: int) -> tuple[str, Expected]:
    dx, dy = rng.choice(TRIPLES)
    d = math.isqrt(dx * dx + dy * dy)
    c1 = rand_pt(rng, -5, 5)
    c2 = (c1[0] + dx, c1[1] + dy)
    if i == 0:  # external tangency
        r1 = rng.randint(1, d - 1)
        r2 = d - r1
    elif i == 1:  # internal tangency
        r2 = rng.randint(1, 4)
        r1 = d + r2
    elif i == 2:  # crossing
        r1 = rng.randint(2, d)
        r2 = d - r1 + 1
    else:  # apart
        r1 = rng.randint(1, max(1, d - 2))
        r2 = max(1, d - r1 - 1)
    prompt = [f"Are the circles with centers {pt(c1)} and {pt(c2)} and radii {r1} and {r2} "
              "tangent to each other?",
              f"Circle A: center {pt(c1)}, radius {r1}. Circle B: center {pt(c2)}, radius {r2}. "
              "Are they tangent?",
              f"Do the circles (center {pt(c1, 1)}, r={r1}) and (center {pt(c2, 1)}, r={r2}) "
              "touch tangentially?",
              f"Is a circle of radius {r1} centered at {pt(c1)} tangent to the circle of radius "
              f"{r2} centered at {pt(c2)}?"][i]
    return prompt, yn(circles_tangent(c1, r1, c2, r2))


@tpl("heldout20", "geometry", "en", "intersection_count")
def _g9(rng: random.Random, i: int) -> tuple[str, Expected]:
    if i < 2:
        want = [1, 0][i]
        while True:
            a, b, c, d = (rand_pt(rng, 0, 10) for _ in range(4))
            if a == b or c == d:
                continue
            n = seg_seg_points(a, b, c, d)
            if n == want:
                break
        if i == 0:
            prompt = (f"How many points do the segments from {pt(a)} to {pt(b)} and from "
                      f"{pt(c)} to {pt(d)} have in common?")
        else:
            prompt = (f"Segment AB runs from {pt(a)} to {pt(b)}, segment CD from {pt(c)} to "
                      f"{pt(d)}. How many intersection points do they have?")
        return prompt, num(n)
    want = [2, 1][i - 2]
    while True:
        a, b = rand_pt(rng, -8, 8), rand_pt(rng, -8, 8)
        c, r = rand_pt(rng, -3, 3), rng.randint(2, 6)
        if a == b:
            continue
        n = seg_circle_points(a, b, c, r)
        if n == want:
            break
    if i == 2:
        prompt = (f"Number of intersection points between the line segment {pt(a)}–{pt(b)} and "
                  f"the circle with center {pt(c)} and radius {r}?")
    else:
        prompt = (f"How many times does the segment from {pt(a)} to {pt(b)} meet the circle "
                  f"centered at {pt(c)} of radius {r}? Just the count.")
    return prompt, num(n)


@tpl("heldout20", "geometry", "en", "triangle_coords_area")
def _g10(rng: random.Random, i: int) -> tuple[str, Expected]:
    while True:
        a, b, c = rand_pt(rng, -6, 9), rand_pt(rng, -6, 9), rand_pt(rng, -6, 9)
        if cross(a, b, c) != 0:
            break
    prompt = [f"A triangle has vertices at A{pt(a)}, B{pt(b)}, C{pt(c)}. What is its area?",
              f"area of triangle {pt(a, 1)} {pt(b, 1)} {pt(c, 1)}",
              f"What's the area of the triangle formed by {pt(a)}, {pt(b)} and {pt(c)}?",
              f"Three fence posts stand at {pt(a)}, {pt(b)} and {pt(c)} (units: meters). "
              "How much area does the triangle between them cover?"][i]
    return prompt, num(Fraction(abs(cross(a, b, c)), 2))


@tpl("heldout20", "geometry", "en", "circle_inside_circle")
def _g11(rng: random.Random, i: int) -> tuple[str, Expected]:
    want = i in (0, 2)
    while True:
        big_c, small_c = rand_pt(rng, -4, 4), rand_pt(rng, -6, 6)
        big_r, small_r = rng.randint(5, 10), rng.randint(1, 4)
        dd = d2(big_c, small_c)
        gap = big_r - small_r
        if dd == gap * gap:
            continue
        inside = dd < gap * gap
        if inside == want:
            break
    prompt = [f"Is the circle with center {pt(small_c)} and radius {small_r} completely inside "
              f"the circle centered at {pt(big_c)} with radius {big_r}?",
              f"Does the circle centered at {pt(big_c)} with radius {big_r} contain the circle "
              f"centered at {pt(small_c)} with radius {small_r}?",
              f"Small circle: {pt(small_c)}, r={small_r}. Big circle: {pt(big_c)}, r={big_r}. "
              "Is the small one entirely within the big one?",
              f"Would a circle of radius {small_r} at {pt(small_c)} fit entirely inside a "
              f"circle of radius {big_r} at {pt(big_c)}?"][i]
    return prompt, yn(inside)


@tpl("heldout20", "geometry", "en", "polygon_perimeter")
def _g12(rng: random.Random, i: int) -> tuple[str, Expected]:
    poly = polygon(rng, [0, 1, 3, 2][i])
    verts = ", ".join(pt(v, i % 2) for v in poly)
    squares = [d2(a, b) for a, b in zip(poly, poly[1:] + poly[:1], strict=True)]
    prompt = [f"What's the perimeter of the rectangle with corners {verts}?",
              f"perimeter of triangle {verts}?",
              f"Find the perimeter of the quadrilateral with vertices {verts} (in order).",
              f"How much fencing do I need to go around a yard with corners {verts}? "
              "Units are meters."][i]
    return prompt, real(sum_of_sqrts(squares))


@tpl("heldout20", "geometry", "zh", "zh_circles_intersect")
def _g13(rng: random.Random, i: int) -> tuple[str, Expected]:
    c1, r1, c2, r2 = circle_pair(rng, i in (1, 2))
    prompt = [f"圆心在 {pt(c1)}、半径为 {r1} 的圆和圆心在 {pt(c2)}、半径为 {r2} 的圆相交吗？",
              f"圆A：圆心{pt(c1, 1)}，半径{r1}；圆B：圆心{pt(c2, 1)}，半径{r2}。两圆是否相交？",
              f"以 {pt(c1)} 为圆心、{r1} 为半径的圆，和以 {pt(c2)} 为圆心、{r2} 为半径的圆有交点吗",
              f"请判断：两个圆，一个圆心 {pt(c1)} 半径 {r1}，另一个圆心 {pt(c2)} 半径 {r2}，"
              "它们相交吗？"][i]
    return prompt, yn(circles_cross(c1, r1, c2, r2))


@tpl("heldout20", "geometry", "zh", "zh_point_in_shape")
def _g14(rng: random.Random, i: int) -> tuple[str, Expected]:
    want = ["inside", "outside", "outside", "inside"][i]
    poly = polygon(rng, [0, 1, 2, 0][i])
    p = pick_point(rng, poly, want)
    verts = "、".join(pt(v) for v in poly)
    shape = ["矩形", "三角形", "多边形", "长方形"][i]
    prompt = [f"点 {pt(p)} 在以 {verts} 为顶点的{shape}内部吗？",
              f"{shape}的三个顶点是 {verts}，点 {pt(p)} 在它里面吗？",
              f"顶点依次为 {verts} 的{shape}，点P{pt(p, 1)}在不在它的内部？",
              f"判断一下点 {pt(p)} 是否在{shape} {verts} 内部"][i]
    return prompt, relation(locate(p, poly), "inside")


neg("heldout20", "geometry", "en", "neg_geo_concepts", [
    "What's the difference between a tangent line and a secant line?",
    "Why does the shoelace formula work?",
    "Can you explain what pi actually is?",
    "How do you prove the Pythagorean theorem?",
])
neg("heldout20", "geometry", "en", "neg_map_coordinates", [
    "What city is at latitude 48.85, longitude 2.35?",
    "What's at the coordinates (40.7128, -74.0060)?",
    "Which country contains the point 35.68° N, 139.69° E?",
    "How long is the flight from 51.5° N, 0.13° W to 48.86° N, 2.35° E?",
])
neg("heldout20", "geometry", "zh", "zh_neg_geo_howto", [
    "怎么用尺规作一个正六边形？",
    "圆周率最早是谁算出来的？",
    "为什么井盖大多是圆的？",
    "三角形的稳定性在生活中有哪些应用？",
])

# ================================================================================================


def build() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(20)
    dev: list[dict[str, Any]] = []
    heldout: list[dict[str, Any]] = []
    for split, family, lang, kind, name, gen in TEMPLATES:
        _USED.clear()
        for i in range(4):
            prompt, expected = gen(rng, i)
            assert prompt, name
            rec = {"id": f"r20-{FAM3[family]}-{lang}-{name}-{i}", "split": split,
                   "kind": kind, "family": family, "lang": lang, "template": f"r20_{name}",
                   "prompt": prompt, "expected": expected}
            (dev if split == "dev20" else heldout).append(rec)
    return dev, heldout


def main() -> None:
    dev, heldout = build()
    for split, records in (("dev20", dev), ("heldout20", heldout)):
        with (HERE / f"corpus_{split}.jsonl").open("w", encoding="utf-8") as f:
            for rec in records:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
