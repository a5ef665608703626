"""Round 34 of the routing corpus: an independent blind round written from scratch.

Every template, phrasing and instance in this file was written for round 34 without looking at
earlier rounds, so the round measures how the router copes with phrasings it has never seen.
Each template yields four records and belongs entirely to one split (``dev34`` or
``heldout34``). Every expected answer is computed here in plain Python (ints, ``Fraction``,
trial division, direct counting, analytic circle formulas); nothing is hard-coded.

Run ``python tests/routing/make_corpus_round34.py`` to write ``corpus_dev34.jsonl`` and
``corpus_heldout34.jsonl`` next to this file.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEV, HELD = "dev34", "heldout34"
FAM3 = {"arithmetic": "ari", "comparison": "cmp", "counting": "cnt", "geometry": "geo",
        "number_theory": "nth"}

Item = tuple[str, dict]
TemplateFn = Callable[[random.Random], list[Item]]
TEMPLATES: list[tuple[str, str, str, str, str, str, TemplateFn]] = []


def template(family: str, lang: str, kind: str, name: str, short: str, split: str):
    def deco(fn: TemplateFn) -> TemplateFn:
        TEMPLATES.append((family, lang, kind, name, short, split, fn))
        return fn
    return deco


# Expected-answer helpers ------------------------------------------------------------------------

NONE: dict = {"type": "none"}


def num(q: Fraction | int) -> dict:
    return {"type": "number", "answer": str(Fraction(q))}


def real(expr: str) -> dict:
    return {"type": "real", "answer": expr}


def yn(flag: bool) -> dict:
    return {"type": "bool", "answer": "yes" if flag else "no"}


def choice(written: str) -> dict:
    return {"type": "choice", "answer": written}


def text(answer: str) -> dict:
    return {"type": "text", "answer": answer}


def word_choice(answer: str) -> dict:
    return {"type": "word_choice", "answer": answer}


def lst(items: list[str], elem: str, ordered: bool, order: str | None = None) -> dict:
    out = {"type": "list", "answer": items, "elem": elem, "ordered": ordered}
    if order:
        out["order"] = order
    return out


def relation(answer: str, yes_if: str | None = None) -> dict:
    out = {"type": "relation", "answer": answer}
    if yes_if:
        out["yes_if"] = yes_if
    return out


def factorization(n: int) -> dict:
    return {"type": "factorization", "answer": [[p, e] for p, e in factor(n)], "n": n}


def fixed(prompts: list[str]) -> list[Item]:
    assert len(prompts) == 4
    return [(p, NONE) for p in prompts]


# Math helpers -----------------------------------------------------------------------------------


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


def is_happy(n: int) -> bool:
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(c) ** 2 for c in str(n))
    return n == 1


def sqrt_parts(n: int) -> tuple[int, int]:
    """n = k*k*m with m square-free."""
    k, m, d = 1, n, 2
    while d * d <= m:
        while m % (d * d) == 0:
            m //= d * d
            k *= d
        d += 1
    return k, m


def sqrt_expr(coef: Fraction, n: int) -> str:
    """coef * sqrt(n) as an exact expression string."""
    k, m = sqrt_parts(n)
    c = coef * k
    if m == 1:
        return str(c)
    return f"sqrt({m})" if c == 1 else f"{c}*sqrt({m})"


def sum_of_sqrts(radicands: list[int]) -> str:
    """sqrt(a) + sqrt(b) + ... collected into integer + k*sqrt(m) terms."""
    coefs: dict[int, int] = {}
    for n in radicands:
        k, m = sqrt_parts(n)
        coefs[m] = coefs.get(m, 0) + k
    terms = []
    if 1 in coefs:
        terms.append(str(coefs.pop(1)))
    for m in sorted(coefs):
        terms.append(f"sqrt({m})" if coefs[m] == 1 else f"{coefs[m]}*sqrt({m})")
    return " + ".join(terms)


def shoelace(poly: list[tuple[int, int]]) -> Fraction:
    s = 0
    for i, (x1, y1) in enumerate(poly):
        x2, y2 = poly[(i + 1) % len(poly)]
        s += x1 * y2 - x2 * y1
    return Fraction(abs(s), 2)


def point_in_polygon(pt: tuple[int, int], poly: list[tuple[int, int]]) -> str:
    x, y = pt
    n = len(poly)
    for i in range(n):
        (x1, y1), (x2, y2) = poly[i], poly[(i + 1) % n]
        cross = (x2 - x1) * (y - y1) - (y2 - y1) * (x - x1)
        if cross == 0 and min(x1, x2) <= x <= max(x1, x2) and min(y1, y2) <= y <= max(y1, y2):
            return "boundary"
    inside = False
    for i in range(n):
        (x1, y1), (x2, y2) = poly[i], poly[(i + 1) % n]
        if (y1 > y) != (y2 > y):
            x_cross = Fraction((x2 - x1) * (y - y1), y2 - y1) + x1
            if x < x_cross:
                inside = not inside
    return "inside" if inside else "outside"


def circle_class(c1: tuple[int, int], r1: int, c2: tuple[int, int], r2: int) -> str:
    d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
    s, t = (r1 + r2) ** 2, (r1 - r2) ** 2
    if d2 == 0 and r1 == r2:
        return "same"
    if d2 > s:
        return "separate"
    if d2 == s:
        return "ext_tangent"
    if d2 > t:
        return "cross"
    if d2 == t:
        return "int_tangent"
    return "nested"


DIRECTIONS = [((1, 0), 1), ((0, 1), 1), ((-1, 0), 1), ((0, -1), 1), ((3, 4), 5), ((-4, 3), 5),
              ((4, -3), 5), ((-3, -4), 5)]


def circle_pair(rng: random.Random, want: str) -> tuple[tuple[int, int], int, tuple[int, int], int]:
    """Two circles (integer centers and radii) in the wanted relation."""
    while True:
        c1 = (rng.randint(-5, 5), rng.randint(-5, 5))
        r1, r2 = rng.randint(1, 9), rng.randint(1, 9)
        if want in ("ext_tangent", "int_tangent"):
            d = r1 + r2 if want == "ext_tangent" else abs(r1 - r2)
            (vx, vy), length = rng.choice(DIRECTIONS)
            if d == 0 or d % length:
                continue
            c2 = (c1[0] + vx * d // length, c1[1] + vy * d // length)
        else:
            c2 = (rng.randint(-9, 9), rng.randint(-9, 9))
        if circle_class(c1, r1, c2, r2) == want:
            return c1, r1, c2, r2


def orient(p: tuple[int, int], q: tuple[int, int], r: tuple[int, int]) -> int:
    v = (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
    return (v > 0) - (v < 0)


def on_segment(p: tuple[int, int], q: tuple[int, int], r: tuple[int, int]) -> bool:
    return min(p[0], q[0]) <= r[0] <= max(p[0], q[0]) and min(p[1], q[1]) <= r[1] <= max(p[1], q[1])


def segment_points(a, b, c, d) -> int | None:
    """Number of common points of segments ab and cd; None when collinear or degenerate."""
    if a == b or c == d:
        return None
    o1, o2, o3, o4 = orient(a, b, c), orient(a, b, d), orient(c, d, a), orient(c, d, b)
    if o1 == 0 and o2 == 0:
        return None
    if o1 != o2 and o3 != o4:
        return 1
    for o, p, q, r in ((o1, a, b, c), (o2, a, b, d), (o3, c, d, a), (o4, c, d, b)):
        if o == 0 and on_segment(p, q, r):
            return 1
    return 0


def pt(p: tuple[int, int], style: int = 0) -> str:
    return f"({p[0]}, {p[1]})" if style == 0 else f"({p[0]},{p[1]})"


def verts(poly: list[tuple[int, int]], style: int = 0) -> str:
    if style == 0:
        return ", ".join(pt(p) for p in poly)
    if style == 1:
        return " ".join(pt(p, 1) for p in poly)
    if style == 2:
        return "; ".join(pt(p) for p in poly)
    return "、".join(pt(p, 1) for p in poly)


def shifted(var: str, a: int, minus: str = "-") -> str:
    if a == 0:
        return var
    return f"({var} {minus} {a})" if a > 0 else f"({var} + {-a})"


def circle_eq(c: tuple[int, int], r: int, sq: str = "^2", minus: str = "-") -> str:
    return f"{shifted('x', c[0], minus)}{sq} + {shifted('y', c[1], minus)}{sq} = {r * r}"


BASE_POLYGONS = [
    [(0, 0), (6, 0), (6, 4), (0, 4)],
    [(0, 0), (8, 0), (0, 6)],
    [(0, 0), (6, 0), (4, 3), (1, 3)],
    [(0, 0), (4, 0), (4, 2), (2, 2), (2, 4), (0, 4)],
    [(0, 0), (5, 1), (4, 5), (1, 4)],
    [(0, 0), (4, 0), (5, 3), (2, 5), (-1, 3)],
    [(1, 0), (7, 2), (3, 6)],
    [(0, 0), (9, 0), (9, 2), (0, 5)],
]


def polygon(rng: random.Random, pool: list[list[tuple[int, int]]] | None = None):
    base = rng.choice(pool or BASE_POLYGONS)
    dx, dy = rng.randint(-3, 3), rng.randint(-3, 3)
    return [(x + dx, y + dy) for x, y in base]


def point_with(rng: random.Random, poly, want: str) -> tuple[int, int]:
    xs, ys = [p[0] for p in poly], [p[1] for p in poly]
    while True:
        p = (rng.randint(min(xs) - 2, max(xs) + 2), rng.randint(min(ys) - 2, max(ys) + 2))
        if point_in_polygon(p, poly) == want:
            return p


def targets(rng: random.Random, values: list) -> list:
    out = list(values)
    rng.shuffle(out)
    return out


def rand_frac(rng: random.Random, qmax: int = 12) -> Fraction:
    while True:
        q = rng.randint(2, qmax)
        p = rng.randint(1, q - 1)
        if math.gcd(p, q) == 1:
            return Fraction(p, q)


def fs(q: Fraction) -> str:
    return f"{q.numerator}/{q.denominator}"


ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
ZH_DIGITS = "零一二三四五六七八九"


def zh_num(n: int) -> str:
    assert 1 <= n <= 99
    tens, ones = divmod(n, 10)
    if tens == 0:
        return ZH_DIGITS[ones]
    head = "" if tens == 1 else ZH_DIGITS[tens]
    return head + "十" + (ZH_DIGITS[ones] if ones else "")


def mixed_numbers(rng: random.Random, k: int) -> list[str]:
    """k strings of distinct value: integers, decimals, negatives and fractions."""
    out: list[str] = []
    values: set[Fraction] = set()
    makers = [
        lambda: str(rng.randint(-20, 60)),
        lambda: f"{rng.randint(-9, 20)}.{rng.randint(1, 9)}",
        lambda: f"{rng.randint(0, 5)}.{rng.randint(10, 99)}".rstrip("0"),
        lambda: fs(Fraction(rng.randint(1, 19), rng.choice([2, 3, 4, 5, 8]))),
    ]
    while len(out) < k:
        s = makers[len(out) % len(makers)]()
        v = Fraction(s)
        if v in values or (v.denominator == 1 and "/" in s):
            continue
        values.add(v)
        out.append(s)
    rng.shuffle(out)
    return out


# =============================================================================================
# Arithmetic
# =============================================================================================


@template("arithmetic", "en", "positive", "ari_homework_fractions", "hwfrac", DEV)
def t_hw_fractions(rng):
    out = []
    for i in range(4):
        a, b = rand_frac(rng), rand_frac(rng)
        while a == b:
            b = rand_frac(rng)
        if i == 0:
            out.append((f"I'm checking my kid's homework. What's {fs(a)} + {fs(b)}? Just the "
                        "number please.", num(a + b)))
        elif i == 1:
            a, b = max(a, b), min(a, b)
            out.append((f"My daughter's worksheet asks for {fs(a)} − {fs(b)}. What's the answer?",
                        num(a - b)))
        elif i == 2:
            out.append((f"what is {fs(a)} times {fs(b)}, as a fraction", num(a * b)))
        else:
            out.append((f"Could you work out {fs(a)} ÷ {fs(b)} for me? Homework check, an exact "
                        "fraction is fine.", num(a / b)))
    return out


@template("arithmetic", "en", "positive", "ari_percent_of", "pct", DEV)
def t_percent(rng):
    out = []
    ps = rng.sample(["12.5", "15", "18", "35", "8", "22", "7.5", "40"], 4)
    for i, p in enumerate(ps):
        n = rng.randint(3, 60) * 10 + rng.choice([0, 4, 6])
        ans = num(Fraction(p) * n / 100)
        prompt = [
            f"What's {p}% of {n}?",
            f"Quick one — how much is {p} percent of {n}?",
            f"The dinner bill came to ${n} and I'm tipping {p}%. What's {p}% of ${n}?",
            f"Calculate {p}% of {n}, please. Only the number.",
        ][i]
        out.append((prompt, ans))
    return out


@template("arithmetic", "en", "positive", "ari_thousands_separators", "sep", DEV)
def t_separators(rng):
    out = []
    for i in range(4):
        a, b, c = rng.randint(10_000, 99_999), rng.randint(1_000, 9_999), rng.randint(100, 999)
        if i == 0:
            out.append((f"Add these up: {a:,} + {b:,} + {c}", num(a + b + c)))
        elif i == 1:
            out.append((f"What do {a:,} plus {b:,} come to?", num(a + b)))
        elif i == 2:
            out.append((f"I need {a:,} minus {b:,}. Both are dollar amounts, if that matters.",
                        num(a - b)))
        else:
            k = rng.randint(3, 19)
            out.append((f"{b:,} × {k} = ?", num(b * k)))
    return out


@template("arithmetic", "en", "positive", "ari_unicode_expression", "uni", DEV)
def t_unicode(rng):
    a, b, c, d = rng.randint(20, 60), rng.randint(2, 19), rng.randint(2, 9), rng.randint(2, 11)
    while d == c:
        d = rng.randint(2, 11)
    x, y = rng.randint(11, 40), rng.randint(2, 10)
    s = rng.randint(12, 40)
    m, n1, n2 = rng.randint(50, 300), rng.randint(2, 9), rng.randint(2, 9)
    return [
        (f"({a} − {b}) × {c} ÷ {d} = ?", num(Fraction((a - b) * c, d))),
        (f"Evaluate {x}² − {y}² please.", num(x * x - y * y)),
        (f"What's √{s * s} × {c}?", num(s * c)),
        (f"{m} ÷ ({n1} + {n2}) — exact value?", num(Fraction(m, n1 + n2))),
    ]


@template("arithmetic", "en", "positive", "ari_list_sum_product", "lst", DEV)
def t_list_ops(rng):
    a = [rng.randint(2, 15) for _ in range(4)]
    b = [rng.randint(10, 99) for _ in range(5)]
    c = [rng.randint(10, 99) for _ in range(4)]
    d = rng.sample([3, 5, 7, 11, 13, 17], 4)
    return [
        (f"Multiply these together: {a[0]}, {a[1]}, {a[2]} and {a[3]}.", num(math.prod(a))),
        ("What's the sum of the following numbers?\n" + "\n".join(map(str, b)), num(sum(b))),
        (f"Total of these expenses: {'; '.join(map(str, c))}. Just the number.", num(sum(c))),
        (f"What's the product of {d[0]}, {d[1]}, {d[2]}, and {d[3]}?", num(math.prod(d))),
    ]


@template("arithmetic", "zh", "positive", "ari_zh_add_sub", "zaddsub", DEV)
def t_zh_add_sub(rng):
    out = []
    for i in range(4):
        a, b, c = rng.randint(200, 999), rng.randint(100, 999), rng.randint(50, 199)
        out.append([
            (f"帮我算一下 {a} 加 {b} 减 {c} 等于多少？", num(a + b - c)),
            (f"{a}减去{c}再加上{b}是多少", num(a - c + b)),
            (f"请问 {a} + {b} - {c} 等于几？", num(a + b - c)),
            (f"算一下：{a}加{b}，结果是多少？", num(a + b)),
        ][i])
    return out


@template("arithmetic", "zh", "positive", "ari_zh_power_root", "zpow", DEV)
def t_zh_power(rng):
    b1, e1 = rng.randint(2, 9), rng.randint(3, 7)
    b2, e2 = rng.randint(2, 5), rng.randint(8, 12)
    s = rng.randint(13, 99)
    r = rng.randint(12, 60)
    return [
        (f"{b1} 的 {e1} 次方等于多少？", num(b1**e1)),
        (f"{b2}的{e2}次方是多少", num(b2**e2)),
        (f"请计算 {s} 的平方", num(s * s)),
        (f"{r * r}的平方根是多少？", num(r)),
    ]


@template("arithmetic", "en", "negative", "ari_neg_clock_calendar", "clock", DEV)
def t_neg_clock(rng):
    return fixed([
        "It's 10 pm right now. What time will it be 5 hours from now?",
        "My shift starts at 9:30 and lasts 8 hours 45 minutes — when do I get off?",
        "If today is a Friday, what day of the week will it be in 100 days?",
        "A movie starts at 7:50 pm and runs 2 hours 25 minutes. What time does it end?",
    ])


@template("arithmetic", "en", "negative", "ari_neg_money_advice", "advice", DEV)
def t_neg_advice(rng):
    return fixed([
        "Is 7% interest on a car loan a good deal?",
        "Should I put 20% down on a $350,000 house or just 10%?",
        "I make $4,200 a month. How much of that should I be saving?",
        "Is a 3% raise reasonable after two years at the same company?",
    ])


@template("arithmetic", "zh", "negative", "ari_zh_neg_units", "zunit", DEV)
def t_zh_neg_units(rng):
    return fixed([
        "一斤等于多少克？",
        "一英里是多少公里？",
        "一年有多少个星期？",
        "一亩地有多少平方米？",
    ])


@template("arithmetic", "en", "positive", "ari_power_words", "powwords", HELD)
def t_power_words(rng):
    b1, e1 = rng.randint(3, 12), rng.randint(3, 5)
    n = rng.randint(13, 99)
    b2, e2 = rng.randint(2, 6), rng.randint(4, 9)
    s = rng.randint(15, 80)
    return [
        (f"what's {b1} to the power of {e1}", num(b1**e1)),
        (f"Could you tell me what {n} squared is?", num(n * n)),
        (f"{b2} raised to the {e2}th power — what do you get?", num(b2**e2)),
        (f"What is the square root of {s * s}? I only need the number.", num(s)),
    ]


@template("arithmetic", "en", "positive", "ari_remainder", "rem", HELD)
def t_remainder(rng):
    out = []
    for i in range(4):
        a, b = rng.randint(200, 5000), rng.randint(6, 31)
        while a % b == 0:
            a += 1
        out.append([
            (f"What's the remainder when {a} is divided by {b}?", num(a % b)),
            (f"{a} mod {b} = ?", num(a % b)),
            (f"If I divide {a} by {b}, what's left over?", num(a % b)),
            (f"Find {a} modulo {b}.", num(a % b)),
        ][i])
    return out


@template("arithmetic", "en", "positive", "ari_factorial", "fact", HELD)
def t_factorial(rng):
    ns = rng.sample(range(6, 16), 3)
    n4 = rng.randint(9, 14)
    m4 = n4 - rng.randint(2, 3)
    return [
        (f"What does {ns[0]}! equal?", num(math.factorial(ns[0]))),
        (f"compute {ns[1]} factorial", num(math.factorial(ns[1]))),
        (f"I need the value of {ns[2]}! for a probability problem. Exact integer please.",
         num(math.factorial(ns[2]))),
        (f"{n4}! / {m4}! — what's that equal to?",
         num(Fraction(math.factorial(n4), math.factorial(m4)))),
    ]


@template("arithmetic", "en", "positive", "ari_exact_decimals", "dec", HELD)
def t_decimals(rng):
    def dec() -> str:
        return f"{rng.randint(0, 30)}.{rng.randint(1, 99):02d}".rstrip("0")

    x0, y0 = dec(), dec()
    x1, y1 = f"{rng.randint(1, 9)}.{rng.randint(1, 9)}", f"{rng.randint(1, 4)}.{rng.randint(1, 9)}"
    x2, y2 = dec(), dec()
    if Fraction(x2) < Fraction(y2):
        x2, y2 = y2, x2
    x3, y3 = f"{rng.randint(2, 40)}.{rng.randint(1, 9)}", rng.choice(["0.5", "0.25", "1.25", "0.4"])
    return [
        (f"{x0} + {y0} — what's the exact result? My calculator shows something weird.",
         num(Fraction(x0) + Fraction(y0))),
        (f"Multiply {x1} by {y1}.", num(Fraction(x1) * Fraction(y1))),
        (f"What's {x2} minus {y2}?", num(Fraction(x2) - Fraction(y2))),
        (f"Divide {x3} by {y3}, please.", num(Fraction(x3) / Fraction(y3))),
    ]


@template("arithmetic", "zh", "positive", "ari_zh_mul_div", "zmuldiv", HELD)
def t_zh_muldiv(rng):
    a, b, c = rng.randint(12, 250), rng.randint(4, 60), rng.randint(3, 9)
    a1, b1 = rng.randint(23, 99), rng.randint(23, 99)
    a2, b2 = rng.randint(100, 999), rng.randint(7, 40)
    while a2 % b2 == 0:
        a2 += 1
    a3, b3, c3 = rng.randint(11, 90), rng.randint(3, 30), rng.randint(2, 12)
    return [
        (f"{a} 乘以 {b} 再除以 {c} 是多少？", num(Fraction(a * b, c))),
        (f"{a1}乘{b1}等于多少", num(a1 * b1)),
        (f"请帮我算 {a2} 除以 {b2}，要精确结果。", num(Fraction(a2, b2))),
        (f"{a3}×{b3}÷{c3}=？", num(Fraction(a3 * b3, c3))),
    ]


@template("arithmetic", "zh", "positive", "ari_zh_percent", "zpct", HELD)
def t_zh_percent(rng):
    p = rng.sample([5, 12, 15, 25, 30, 45, 60, 75], 4)
    n = [rng.randint(4, 90) * 10 for _ in range(4)]
    return [
        (f"{n[0]} 的 {p[0]}% 是多少？", num(Fraction(p[0] * n[0], 100))),
        (f"{n[1]}的百分之{zh_num(p[1])}是多少？", num(Fraction(p[1] * n[1], 100))),
        (f"算一下 {p[2]}% 乘以 {n[2]}", num(Fraction(p[2] * n[2], 100))),
        (f"{n[3]} 乘以 {p[3]}% 等于多少？", num(Fraction(p[3] * n[3], 100))),
    ]


@template("arithmetic", "zh", "positive", "ari_zh_remainder", "zrem", HELD)
def t_zh_remainder(rng):
    out = []
    for i in range(4):
        a, b = rng.randint(100, 3000), rng.randint(3, 13)
        while a % b == 0:
            a += 1
        out.append([
            (f"{a} 除以 {b} 的余数是多少？", num(a % b)),
            (f"{a}除以{b}余几？", num(a % b)),
            (f"{a} 对 {b} 取余等于多少", num(a % b)),
            (f"请问 {a} mod {b} 是多少？", num(a % b)),
        ][i])
    return out


@template("arithmetic", "en", "negative", "ari_neg_trivia_counts", "trivia", HELD)
def t_neg_trivia(rng):
    return fixed([
        "How many moons does Jupiter have?",
        "How many bones are in the adult human body?",
        "How many keys are on a standard piano?",
        "What's the population of Canada right now?",
    ])


@template("arithmetic", "en", "negative", "ari_neg_code_explain", "code", HELD)
def t_neg_code(rng):
    return fixed([
        "Write a Python function that returns the sum of 1 to 100.",
        "How do I calculate 15% of a cell in Excel?",
        "Explain why 0.1 + 0.2 doesn't equal 0.3 in JavaScript.",
        "What's the formula for compound interest on $5,000 at 4%?",
    ])


@template("arithmetic", "zh", "negative", "ari_zh_neg_finance", "zadvice", HELD)
def t_zh_neg_advice(rng):
    return fixed([
        "我月薪8000，每个月存多少钱比较合适？",
        "房贷利率3.5%算高吗？",
        "买车首付付30%好还是50%好？",
        "年化收益4%的理财值得买吗？",
    ])


# =============================================================================================
# Comparison
# =============================================================================================


def decimal_pair(rng: random.Random) -> tuple[str, str]:
    b = rng.randint(0, 20)
    while True:
        d2, d1 = rng.randint(10, 99), rng.randint(1, 9)
        if d2 % 10 and d1 * 10 != d2:
            pair = [f"{b}.{d2}", f"{b}.{d1}"]
            rng.shuffle(pair)
            return pair[0], pair[1]


def bigger(a: str, b: str) -> str:
    return a if Fraction(a) > Fraction(b) else b


def smaller(a: str, b: str) -> str:
    return a if Fraction(a) < Fraction(b) else b


@template("comparison", "en", "positive", "cmp_decimal_bigger", "decbig", HELD)
def t_decimal_bigger(rng):
    out = []
    for i in range(4):
        x, y = decimal_pair(rng)
        out.append(([
            f"Which is bigger, {x} or {y}?",
            f"{x} vs {y} — which one's larger?",
            f"Settle a debate for us: is {x} or {y} the bigger number?",
            f"Between {x} and {y}, which is greater? Just give me the number.",
        ][i], choice(bigger(x, y))))
    return out


@template("comparison", "en", "positive", "cmp_fraction_greater_bool", "fracgt", HELD)
def t_fraction_greater(rng):
    out = []
    for i, want in enumerate(targets(rng, [True, True, False, False])):
        a, b = rand_frac(rng), rand_frac(rng)
        while a == b:
            b = rand_frac(rng)
        if (a > b) != want:
            a, b = b, a
        out.append(([
            f"Is {fs(a)} greater than {fs(b)}?",
            f"is {fs(a)} more than {fs(b)}",
            f"True or false: {fs(a)} > {fs(b)}",
            f"Quick check — is {fs(a)} bigger than {fs(b)}? yes or no",
        ][i], yn(a > b)))
    return out


@template("comparison", "en", "positive", "cmp_sort_ascending", "sortasc", HELD)
def t_sort_asc(rng):
    out = []
    for i in range(4):
        xs = mixed_numbers(rng, 5)
        ans = lst(sorted(xs, key=Fraction), "number", True, "asc")
        out.append(([
            f"Sort these from smallest to largest: {', '.join(xs)}",
            f"Can you put these numbers in ascending order? {', '.join(xs[:-1])} and {xs[-1]}",
            "Order from least to greatest:\n" + "\n".join(xs),
            f"arrange in increasing order: {'; '.join(xs)}",
        ][i], ans))
    return out


@template("comparison", "en", "positive", "cmp_min_of_list", "minlist", HELD)
def t_min_list(rng):
    out = []
    for i in range(4):
        ints = [str(v) for v in rng.sample(range(-12, 15), 6)]
        xs = ints if i == 3 else mixed_numbers(rng, 5)
        low = min(xs, key=Fraction)
        out.append(([
            f"What's the smallest number in this list: {', '.join(xs)}?",
            f"Which of these is the lowest: {', '.join(xs)}",
            f"Out of {', '.join(xs[:-1])} and {xs[-1]}, which number is the smallest?",
            f"Here are the overnight lows this week in °C: {', '.join(xs)}. Which value is the "
            "lowest?",
        ][i], choice(low)))
    return out


@template("comparison", "en", "positive", "cmp_percent_vs_fraction", "pctfrac", HELD)
def t_pct_frac(rng):
    out = []
    for i in range(4):
        p, q = rng.randint(11, 89), rand_frac(rng)
        while Fraction(p, 100) == q:
            q = rand_frac(rng)
        win = f"{p}%" if Fraction(p, 100) > q else fs(q)
        out.append(([
            f"What's bigger: {p}% or {fs(q)}?",
            f"Which is larger, {fs(q)} or {p}%?",
            f"{p}% vs {fs(q)}: which is more?",
            f"is {fs(q)} or {p}% the greater value",
        ][i], choice(win)))
    return out


@template("comparison", "zh", "positive", "cmp_zh_decimal_which", "zdec", HELD)
def t_zh_decimal(rng):
    out = []
    for i in range(4):
        x, y = decimal_pair(rng)
        out.append(([
            f"{x} 和 {y} 哪个大？",
            f"{x}和{y}哪个更大",
            f"比较一下 {x} 与 {y}，哪个数大？",
            f"{x}、{y}，哪个大一点？",
        ][i], choice(bigger(x, y))))
    return out


@template("comparison", "zh", "positive", "cmp_zh_greater_bool", "zgt", HELD)
def t_zh_greater(rng):
    out = []
    for i, want in enumerate(targets(rng, [True, True, False, False])):
        if i % 2 == 0:
            a, b = str(-rng.randint(1, 15)), str(-rng.randint(1, 15))
            while a == b:
                b = str(-rng.randint(1, 15))
        else:
            a, b = decimal_pair(rng)
        if (Fraction(a) > Fraction(b)) != want:
            a, b = b, a
        out.append(([
            f"{a} 比 {b} 大吗？",
            f"{a}比{b}大吗",
            f"请问 {a} 是否大于 {b}？",
            f"{a} 大于 {b} 吗？",
        ][i], yn(Fraction(a) > Fraction(b))))
    return out


@template("comparison", "en", "negative", "cmp_neg_versions", "ver", HELD)
def t_neg_versions(rng):
    return fixed([
        "Is Python 3.11 newer than 3.9?",
        "Which is the later release, Django 4.2 or 4.10?",
        "Is Node 18.20 more recent than Node 18.9?",
        "Is Ubuntu 22.04 newer than 20.10?",
    ])


@template("comparison", "en", "negative", "cmp_neg_world_trivia", "trv", HELD)
def t_neg_trivia_cmp(rng):
    return fixed([
        "Which is bigger, Jupiter or Saturn?",
        "Which is taller, Mount Everest or K2?",
        "Which city has more people, Tokyo or Delhi?",
        "Which is longer, the Nile or the Amazon?",
    ])


@template("comparison", "zh", "negative", "cmp_zh_neg_versions", "zver", HELD)
def t_zh_neg_versions(rng):
    return fixed([
        "微信 8.0.45 比 8.0.9 新吗？",
        "安卓 14 和鸿蒙 4.2 哪个版本更新？",
        "Windows 11 比 Windows 10 好用吗？",
        "Python 3.12 和 3.8 哪个版本更稳定？",
    ])


@template("comparison", "en", "positive", "cmp_negatives_smaller", "negsmall", DEV)
def t_neg_smaller(rng):
    out = []
    for i in range(4):
        if i == 1:
            base = rng.randint(2, 30)
            a, b = f"-{base}.{rng.randint(1, 9)}", f"-{base}.{rng.randint(10, 99)}"
            while Fraction(a) == Fraction(b) or b.endswith("0"):
                b = f"-{base}.{rng.randint(10, 99)}"
        else:
            a, b = str(-rng.randint(1, 40)), str(-rng.randint(1, 40))
            while a == b:
                b = str(-rng.randint(1, 40))
        low = smaller(a, b)
        ua, ub = a.replace("-", "−"), b.replace("-", "−")
        out.append(([
            f"Which is smaller: {a} or {b}?",
            f"between {ua} and {ub}, which number is lower?",
            f"Which one is less, {a} or {b}? Negative numbers always confuse me.",
            f"I'm confusing myself with negatives. Smaller of {ua} and {ub}?",
        ][i], choice(low)))
    return out


@template("comparison", "en", "positive", "cmp_sort_descending", "sortdesc", DEV)
def t_sort_desc(rng):
    out = []
    for i in range(4):
        scores = [str(v) for v in rng.sample(range(40, 101), 6)]
        xs = scores if i == 3 else mixed_numbers(rng, 5)
        ans = lst(sorted(xs, key=Fraction, reverse=True), "number", True, "desc")
        out.append(([
            f"Put {', '.join(xs)} in descending order.",
            f"Rank these from highest to lowest: {' '.join(xs)}",
            f"Sort largest first: {', '.join(xs)}",
            f"Could you order these test scores from biggest to smallest? {', '.join(xs)}",
        ][i], ans))
    return out


@template("comparison", "en", "positive", "cmp_which_fraction_larger", "fraclarge", DEV)
def t_frac_larger(rng):
    out = []
    for i in range(4):
        a, b = rand_frac(rng), rand_frac(rng)
        while a == b:
            b = rand_frac(rng)
        win = fs(max(a, b))
        out.append(([
            f"Which is larger, {fs(a)} or {fs(b)}?",
            f"{fs(a)} or {fs(b)}, which fraction is bigger?",
            f"Which is the greater fraction: {fs(a)} or {fs(b)}?",
            f"My recipe calls for either {fs(a)} cup or {fs(b)} cup of sugar. Which amount is "
            "more?",
        ][i], choice(win)))
    return out


@template("comparison", "en", "positive", "cmp_embedded_decimal_bool", "embbool", DEV)
def t_embedded_bool(rng):
    out = []
    for i in range(4):
        d = rng.randint(2, 9)
        ee = rng.randint(11, 10 * d - 1)
        while ee % 10 == 0:
            ee = rng.randint(11, 10 * d - 1)
        a, b = f"0.{d}", f"0.{ee}"
        fa, fb = Fraction(a), Fraction(b)
        out.append([
            (f"My son insists {a} is less than {b} because {ee} is bigger than {d}. Is {a} less "
             f"than {b}?", yn(fa < fb)),
            (f"Quick sanity check before I submit: is {b} smaller than {a}?", yn(fb < fa)),
            (f"We were arguing about this at dinner. Is {a} greater than {b}, yes or no?",
             yn(fa > fb)),
            (f"Is {b} > {a}? My calculator battery died.", yn(fb > fa)),
        ][i])
    return out


@template("comparison", "zh", "positive", "cmp_zh_sort", "zsort", DEV)
def t_zh_sort(rng):
    out = []
    for i in range(4):
        xs = mixed_numbers(rng, 5)
        asc = sorted(xs, key=Fraction)
        out.append([
            (f"把这几个数从小到大排一下：{'，'.join(xs)}", lst(asc, "number", True, "asc")),
            (f"请将下列数字按从大到小排序：{'、'.join(xs)}",
             lst(asc[::-1], "number", True, "desc")),
            (f"{' '.join(xs)} 从小到大排列是什么？", lst(asc, "number", True, "asc")),
            (f"帮我把 {', '.join(xs)} 按降序排列", lst(asc[::-1], "number", True, "desc")),
        ][i])
    return out


@template("comparison", "zh", "positive", "cmp_zh_fraction_vs_decimal", "zfrac", DEV)
def t_zh_frac(rng):
    out = []
    for i in range(4):
        q = rand_frac(rng, 9)
        dec = f"0.{rng.randint(11, 99)}"
        while Fraction(dec) == q or dec.endswith("0"):
            dec = f"0.{rng.randint(11, 99)}"
        a, b = (fs(q), dec) if i % 2 == 0 else (dec, fs(q))
        out.append(([
            f"{a} 和 {b} 比，哪个大一些？",
            f"{a}跟{b}哪个大？",
            f"{a} 与 {b} 相比，哪个更大？",
            f"请问{a}和{b}谁大？",
        ][i], choice(bigger(a, b))))
    return out


@template("comparison", "zh", "positive", "cmp_zh_extreme_of_list", "zmin", DEV)
def t_zh_min(rng):
    out = []
    for i in range(4):
        xs = mixed_numbers(rng, 4)
        low, high = min(xs, key=Fraction), max(xs, key=Fraction)
        out.append([
            (f"下面哪个数最小：{'、'.join(xs)}？", choice(low)),
            (f"{'，'.join(xs)}中最大的是哪个？", choice(high)),
            (f"这几个数里哪个最大：{', '.join(xs)}", choice(high)),
            (f"{' '.join(xs)} 这几个数中最小的是哪一个？", choice(low)),
        ][i])
    return out


@template("comparison", "en", "negative", "cmp_neg_opinion", "opin", DEV)
def t_neg_opinion(rng):
    return fixed([
        "Is a 4.5-star restaurant with 12 reviews better than a 4.2 with 900 reviews?",
        "Should I pick the 2.4 GHz or the 5 GHz Wi-Fi band?",
        "Is 8 GB of RAM enough, or should I get 16?",
        "Is a 720 credit score good?",
    ])


@template("comparison", "en", "negative", "cmp_neg_sizes", "sizes", DEV)
def t_neg_sizes(rng):
    return fixed([
        "Is a US shoe size 9 bigger than an EU 42?",
        "Is a women's size 8 the same as a medium?",
        "Is a queen bed bigger than a full?",
        "Is a grande bigger than a tall at Starbucks?",
    ])


@template("comparison", "zh", "negative", "cmp_zh_neg_products", "zphone", DEV)
def t_zh_neg_products(rng):
    return fixed([
        "iPhone 15 和华为 Mate 60 哪个好？",
        "小米14和小米13哪个更值得买？",
        "5G和4G哪个更省电？",
        "一线城市和二线城市哪个更适合年轻人发展？",
    ])


# =============================================================================================
# Counting / strings
# =============================================================================================

LETTER_WORDS = [("strawberry", "r"), ("mississippi", "s"), ("bookkeeper", "e"), ("banana", "a"),
                ("excellence", "e"), ("committee", "t"), ("parallel", "l"), ("occurrence", "c"),
                ("assessment", "s"), ("referee", "e"), ("possession", "s"), ("millennium", "n"),
                ("cinnamon", "n"), ("pepperoni", "p")]
VOWEL_WORDS = ["onomatopoeia", "education", "sequoia", "beautiful", "abstemious", "ambiguous",
               "automation", "revolution", "adventurous", "television"]
REVERSE_WORDS = ["desserts", "drawer", "diaper", "lived", "algorithm", "keyboard", "planet",
                 "wonderful", "stressed", "giraffe", "lantern", "pumpkin"]
ANAGRAM_YES = [("listen", "silent"), ("evil", "vile"), ("angel", "glean"), ("night", "thing"),
               ("state", "taste"), ("below", "elbow"), ("march", "charm"), ("lemon", "melon"),
               ("north", "thorn"), ("parrot", "raptor"), ("earth", "heart"), ("dusty", "study")]
ANAGRAM_NO = [("pleasant", "planets"), ("banana", "bandana"), ("tiger", "tigress"),
              ("heart", "earthy"), ("sound", "undo"), ("flower", "follower"),
              ("silent", "listens"), ("garden", "gardener"), ("cheap", "chap"),
              ("rescue", "resume"), ("cat", "cart"), ("planet", "plant")]
ALPHA_SETS = [["pear", "apple", "mango", "kiwi"], ["zebra", "otter", "badger", "lynx", "camel"],
              ["violet", "crimson", "amber", "teal"], ["oslo", "lima", "cairo", "dublin", "rome"],
              ["tulip", "daisy", "rose", "lily", "orchid"], ["hammer", "wrench", "drill", "saw"],
              ["cello", "banjo", "flute", "harp"], ["maple", "birch", "cedar", "oak", "willow"]]
LONG_WORDS = ["encyclopedia", "rhythm", "necessary", "mathematics", "hippopotamus",
              "kaleidoscope", "vacuum", "zucchini", "chrysanthemum", "questionnaire",
              "bureaucracy", "silhouette"]
SENTENCES = ["the quick brown fox jumps over the lazy dog",
             "I think we should leave before the rain starts",
             "my cat likes to sleep on the warm laptop keyboard",
             "she sells sea shells by the sea shore",
             "every morning I drink two cups of black coffee",
             "we will meet at the old library after lunch",
             "please remember to water the plants while I am away"]
NTH_WORDS = ["kangaroo", "pineapple", "umbrella", "triangle", "elephant", "chocolate",
             "blueprint", "sandwich", "whisper", "notebook"]
PAIR_WORDS = [("elephant", "giraffe"), ("octopus", "squid"), ("banana", "kiwi"),
              ("mountain", "hill"), ("rhinoceros", "hippo"), ("violin", "trombone"),
              ("january", "june"), ("pencil", "highlighter"), ("tomato", "cucumber"),
              ("river", "sea")]
ZH_WORDS = ["necessary", "banana", "committee", "balloon", "success", "teacher", "apple",
            "address", "coffee", "bubble", "window", "letter"]


@template("counting", "en", "positive", "cnt_letter_occurrences", "lettercnt", DEV)
def t_letter_count(rng):
    out = []
    for i, (w, ch) in enumerate(rng.sample(LETTER_WORDS, 4)):
        out.append(([
            f'How many {ch}\'s are in "{w}"?',
            f"count the {ch}'s in {w} for me",
            f"How many times does the letter {ch} appear in '{w}'?",
            f"In the word “{w}”, how many times does “{ch}” show up?",
        ][i], num(w.count(ch))))
    return out


@template("counting", "en", "positive", "cnt_vowels", "vowels", DEV)
def t_vowels(rng):
    out = []
    for i, w in enumerate(rng.sample(VOWEL_WORDS, 4)):
        n = sum(c in "aeiou" for c in w)
        out.append(([
            f"How many vowels does '{w}' have?",
            f"Count the vowels in {w}.",
            f"I'm making a word game for my students. How many vowels (a, e, i, o, u) are in "
            f'"{w}"?',
            f"number of vowels in the word {w}? just the number",
        ][i], num(n)))
    return out


@template("counting", "en", "positive", "cnt_reverse_word", "rev", DEV)
def t_reverse(rng):
    out = []
    for i, w in enumerate(rng.sample(REVERSE_WORDS, 4)):
        out.append(([
            f'Reverse the word "{w}" for me.',
            f"What's {w} spelled backwards?",
            f"spell '{w}' backward",
            f"Write “{w}” with its letters in reverse order.",
        ][i], text(w[::-1])))
    return out


@template("counting", "en", "positive", "cnt_anagram_check", "anag", DEV)
def t_anagram(rng):
    out = []
    yes, no = rng.sample(ANAGRAM_YES, 2), rng.sample(ANAGRAM_NO, 2)
    pairs = targets(rng, yes + no)
    for i, (a, b) in enumerate(pairs):
        out.append(([
            f'Are "{a}" and "{b}" anagrams?',
            f"is {a} an anagram of {b}",
            f"Can the letters of '{a}' be rearranged to spell '{b}'?",
            f"Are {a} and {b} anagrams of each other? Yes or no.",
        ][i], yn(sorted(a) == sorted(b))))
    return out


@template("counting", "en", "positive", "cnt_alphabetical_order", "alpha", DEV)
def t_alpha(rng):
    out = []
    for i, ws in enumerate(rng.sample(ALPHA_SETS, 4)):
        ws = list(ws)
        rng.shuffle(ws)
        ans = lst(sorted(ws), "text", True)
        out.append(([
            f"Put these words in alphabetical order: {', '.join(ws)}",
            f"alphabetize: {' '.join(ws)}",
            "Could you sort this list A to Z?\n" + "\n".join(ws),
            f"Sort alphabetically please — {', '.join(ws[:-1])} and {ws[-1]}",
        ][i], ans))
    return out


@template("counting", "zh", "positive", "cnt_zh_letter_count", "zletter", DEV)
def t_zh_letter(rng):
    out = []
    for i, (w, ch) in enumerate(rng.sample(LETTER_WORDS, 4)):
        out.append(([
            f"{w} 里面有多少个字母 {ch}？",
            f"“{w}”这个单词中有几个{ch}？",
            f"单词 {w} 里字母 {ch} 出现了几次？",
            f"数一下 {w} 中有几个 {ch}",
        ][i], num(w.count(ch))))
    return out


@template("counting", "zh", "positive", "cnt_zh_reverse", "zrev", DEV)
def t_zh_reverse(rng):
    out = []
    for i, w in enumerate(rng.sample(REVERSE_WORDS, 4)):
        out.append(([
            f"把“{w}”倒过来写是什么？",
            f"{w} 反过来拼是什么",
            f"请把单词 {w} 的字母顺序颠倒过来",
            f"“{w}”倒序写出来是？",
        ][i], text(w[::-1])))
    return out


@template("counting", "en", "negative", "cnt_neg_alphabet_trivia", "alphtriv", DEV)
def t_neg_alpha_trivia(rng):
    return fixed([
        "How many letters are in the Greek alphabet?",
        "How many letters does the Hawaiian alphabet have?",
        "How many characters can a tweet be?",
        "How many words are in the whole Harry Potter series?",
    ])


@template("counting", "en", "negative", "cnt_neg_grammar", "gram", DEV)
def t_neg_grammar(rng):
    return fixed([
        "What's the plural of 'cactus'?",
        "What's the past tense of 'swim'?",
        "Translate 'good morning' into Spanish.",
        "What rhymes with 'orange'?",
    ])


@template("counting", "zh", "negative", "cnt_zh_neg_idiom", "zidiom", DEV)
def t_zh_neg_idiom(rng):
    return fixed([
        "“马到成功”是什么意思？",
        "“的”和“地”有什么区别？",
        "“塞翁失马”出自哪里？",
        "请用“因为……所以……”造个句子。",
    ])


@template("counting", "en", "positive", "cnt_letters_in_word", "wordlen", HELD)
def t_word_len(rng):
    out = []
    for i, w in enumerate(rng.sample(LONG_WORDS, 4)):
        out.append(([
            f"How many letters are in the word '{w}'?",
            f"{w} — how many letters is that?",
            f"Doing a crossword. How many letters does {w} have?",
            f'What is the length of the word "{w}" in letters?',
        ][i], num(len(w))))
    return out


@template("counting", "en", "positive", "cnt_words_in_sentence", "wordcnt", HELD)
def t_word_count(rng):
    out = []
    for i, s in enumerate(rng.sample(SENTENCES, 4)):
        out.append(([
            f'How many words are in this sentence: "{s}"',
            f"Count the words: {s}",
            f'Word count for "{s}"? Just a number.',
            f'My essay intro starts with "{s}". How many words is that sentence?',
        ][i], num(len(s.split()))))
    return out


@template("counting", "en", "positive", "cnt_nth_letter", "nth", HELD)
def t_nth(rng):
    out = []
    for i, w in enumerate(rng.sample(NTH_WORDS, 4)):
        k = rng.randint(2, len(w) - 1)
        if i == 0:
            out.append((f"What's the {ORD[k - 1]} letter of '{w}'?", text(w[k - 1])))
        elif i == 1:
            out.append((f"what is the last letter of {w}", text(w[-1])))
        elif i == 2:
            out.append((f'In "{w}", which letter comes {ORD[k - 1]}?', text(w[k - 1])))
        else:
            out.append((f"Tell me the {ORD[k - 1]} letter in the word “{w}”.", text(w[k - 1])))
    return out


@template("counting", "en", "positive", "cnt_which_word_longer", "longer", HELD)
def t_longer(rng):
    out = []
    for i, (a, b) in enumerate(rng.sample(PAIR_WORDS, 4)):
        if rng.random() < 0.5:
            a, b = b, a
        assert len(a) != len(b)
        longer, shorter = (a, b) if len(a) > len(b) else (b, a)
        out.append([
            (f"Which word has more letters, '{a}' or '{b}'?", word_choice(longer)),
            (f"{a} or {b} — which is the longer word?", word_choice(longer)),
            (f'Between "{a}" and "{b}", which one has fewer letters?', word_choice(shorter)),
            (f"Which has more letters: {a} or {b}?", word_choice(longer)),
        ][i])
    return out


@template("counting", "zh", "positive", "cnt_zh_word_length", "zlen", HELD)
def t_zh_len(rng):
    out = []
    for i, w in enumerate(rng.sample(LONG_WORDS, 4)):
        out.append(([
            f"“{w}”这个单词有几个字母？",
            f"{w} 一共有多少个字母",
            f"英文单词 {w} 由几个字母组成？",
            f"数数 {w} 有几个字母",
        ][i], num(len(w))))
    return out


@template("counting", "zh", "positive", "cnt_zh_distinct_letters", "zdistinct", HELD)
def t_zh_distinct(rng):
    out = []
    for i, w in enumerate(rng.sample(ZH_WORDS, 4)):
        out.append(([
            f"“{w}”中有几个不同的字母？",
            f"{w} 这个词用到了多少种不同的字母？",
            f"单词 {w} 里不重复的字母有几个？",
            f"{w} 包含几个不同的字母",
        ][i], num(len(set(w)))))
    return out


@template("counting", "zh", "positive", "cnt_zh_anagram", "zanag", HELD)
def t_zh_anagram(rng):
    out = []
    yes, no = rng.sample(ANAGRAM_YES, 2), rng.sample(ANAGRAM_NO, 2)
    for i, (a, b) in enumerate(targets(rng, yes + no)):
        out.append(([
            f"{a} 和 {b} 是字母异位词吗？",
            f"“{a}”能不能通过调换字母顺序变成“{b}”？",
            f"{a} 与 {b} 是不是由相同字母组成的变位词？",
            f"请判断 {a} 和 {b} 是否互为变位词",
        ][i], yn(sorted(a) == sorted(b))))
    return out


@template("counting", "en", "negative", "cnt_neg_word_meaning", "meaning", HELD)
def t_neg_meaning(rng):
    return fixed([
        "What does the word 'serendipity' mean?",
        "Is 'irregardless' a real word?",
        "How do you pronounce 'quinoa'?",
        "What's a synonym for 'happy' that has more punch?",
    ])


@template("counting", "en", "negative", "cnt_neg_word_generation", "wordgen", HELD)
def t_neg_wordgen(rng):
    return fixed([
        "Give me a five-letter word that starts with 'cr' for Wordle.",
        "What's a 7-letter word for 'happy'? It's for a crossword.",
        "Suggest some baby names with exactly 4 letters.",
        "Write a sentence with exactly ten words about autumn.",
    ])


@template("counting", "zh", "negative", "cnt_zh_neg_language_trivia", "zpinyin", HELD)
def t_zh_neg_pinyin(rng):
    return fixed([
        "汉语拼音有几个声调？",
        "英语里最长的单词是什么？",
        "“鼎”字有几画？",
        "日语一共有多少个假名？",
    ])


# =============================================================================================
# Geometry
# =============================================================================================


@template("geometry", "en", "positive", "geo_circles_tangent", "tangent", HELD)
def t_tangent(rng):
    out = []
    wants = targets(rng, ["ext_tangent", "int_tangent", "cross", "separate"])
    for i, want in enumerate(wants):
        c1, r1, c2, r2 = circle_pair(rng, want)
        ans = yn(want in ("ext_tangent", "int_tangent"))
        out.append(([
            f"Are the circles {circle_eq(c1, r1)} and {circle_eq(c2, r2)} tangent to each other?",
            f"Circle A: center {pt(c1)}, radius {r1}. Circle B: center {pt(c2)}, radius {r2}. "
            "Are they tangent?",
            f"Is the circle centered at {pt(c1, 1)} with r = {r1} tangent to the one centered at "
            f"{pt(c2, 1)} with r = {r2}?",
            f"Do the circles {circle_eq(c1, r1, '²', '−')} and {circle_eq(c2, r2, '²', '−')} "
            "touch each other tangentially?",
        ][i], ans))
    return out


@template("geometry", "en", "positive", "geo_point_polygon_three_way", "pip3", HELD)
def t_pip3(rng):
    out = []
    quads = [p for p in BASE_POLYGONS if len(p) == 4]
    tris = [p for p in BASE_POLYGONS if len(p) == 3]
    for i, want in enumerate(targets(rng, ["inside", "boundary", "outside", "inside"])):
        pool = quads if i == 2 else tris if i == 3 else None
        poly = polygon(rng, pool)
        p = point_with(rng, poly, want)
        out.append(([
            f"Is the point {pt(p)} inside, outside, or on the boundary of the polygon with "
            f"vertices {verts(poly)}?",
            f"Polygon: {verts(poly, 1)}. Point: {pt(p, 1)}. Inside, outside or on an edge?",
            f"Where does P{pt(p)} lie relative to the quadrilateral {verts(poly)} — inside, on "
            "the boundary, or outside?",
            f"For the triangle with corners at {verts(poly, 2)}, is {pt(p)} inside it, outside "
            "it, or on one of its sides?",
        ][i], relation(want)))
    return out


@template("geometry", "en", "positive", "geo_point_distance", "dist", HELD)
def t_distance(rng):
    out = []
    for i in range(4):
        a = (rng.randint(-9, 9), rng.randint(-9, 9))
        b = (rng.randint(-9, 9), rng.randint(-9, 9))
        while a == b:
            b = (rng.randint(-9, 9), rng.randint(-9, 9))
        d2 = (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2
        out.append(([
            f"How far apart are the points {pt(a)} and {pt(b)}?",
            f"Distance between A{pt(a, 1)} and B{pt(b, 1)}?",
            f"What's the straight-line distance from {pt(a)} to {pt(b)}? Exact form is fine.",
            f"Find |AB| if A = {pt(a)} and B = {pt(b)}.",
        ][i], real(sqrt_expr(Fraction(1), d2))))
    return out


@template("geometry", "en", "positive", "geo_triangle_area_sides", "heron", HELD)
def t_heron(rng):
    out = []
    seen = set()
    for i in range(4):
        while True:
            a, b, c = sorted(rng.randint(3, 13) for _ in range(3))
            if a + b > c and (a, b, c) not in seen:
                break
        seen.add((a, b, c))
        sides = [a, b, c]
        rng.shuffle(sides)
        a, b, c = sides
        p = (a + b + c) * (-a + b + c) * (a - b + c) * (a + b - c)
        out.append(([
            f"What's the area of a triangle with sides {a}, {b} and {c}?",
            f"A triangle has side lengths {a} cm, {b} cm and {c} cm. Find its area.",
            f"Triangle with sides {a}, {b}, {c}: area?",
            f"Using Heron's formula if you like, how big is the area of a triangle whose sides "
            f"measure {a}, {b} and {c}?",
        ][i], real(sqrt_expr(Fraction(1, 4), p))))
    return out


@template("geometry", "en", "positive", "geo_circle_circle_points", "ccpts", HELD)
def t_cc_points(rng):
    out = []
    wants = targets(rng, ["cross", "ext_tangent", "separate", "nested"])
    count = {"cross": 2, "ext_tangent": 1, "int_tangent": 1, "separate": 0, "nested": 0}
    for i, want in enumerate(wants):
        c1, r1, c2, r2 = circle_pair(rng, want)
        out.append(([
            f"How many intersection points do these two circles have: center {pt(c1)} radius "
            f"{r1}, and center {pt(c2)} radius {r2}?",
            f"In how many points does the circle centered at {pt(c1, 1)} with radius {r1} meet "
            f"the circle centered at {pt(c2, 1)} with radius {r2}?",
            f"Two circles: C1 has center {pt(c1)} and r={r1}; C2 has center {pt(c2)} and "
            f"r={r2}. How many points of intersection?",
            f"Count the intersection points of the circle with center {pt(c1)}, r = {r1} and the "
            f"circle with center {pt(c2)}, r = {r2}.",
        ][i], num(count[want])))
    return out


@template("geometry", "zh", "positive", "geo_zh_circles_intersect", "zcc", HELD)
def t_zh_cc(rng):
    out = []
    for i, want in enumerate(targets(rng, ["cross", "cross", "separate", "separate"])):
        c1, r1, c2, r2 = circle_pair(rng, want)
        ans = yn(want == "cross")
        out.append(([
            f"圆心在{pt(c1, 1)}、半径为{r1}的圆和圆心在{pt(c2, 1)}、半径为{r2}的圆相交吗？",
            f"两个圆：圆心 {pt(c1)} 半径 {r1}，圆心 {pt(c2)} 半径 {r2}，它们有交点吗？",
            f"圆 {circle_eq(c1, r1, '²', '−')} 与圆 {circle_eq(c2, r2, '²', '−')} 是否相交？",
            f"判断一下这两个圆是否相交：圆心{pt(c1, 1)}，r={r1}；圆心{pt(c2, 1)}，r={r2}",
        ][i], ans))
    return out


@template("geometry", "zh", "positive", "geo_zh_circle_area", "zcarea", HELD)
def t_zh_carea(rng):
    rs = rng.sample(range(2, 20), 3)
    d = rng.choice([5, 7, 9, 11, 13])
    return [
        (f"半径为 {rs[0]} 的圆面积是多少？", real(f"{rs[0] ** 2}*pi")),
        (f"一个圆的直径是{d}厘米，它的面积是多少？（用π表示）",
         real(f"{Fraction(d * d, 4)}*pi")),
        (f"求半径{rs[1]}米的圆的面积", real(f"{rs[1] ** 2}*pi")),
        (f"圆的半径是 {rs[2]}，面积等于多少？结果保留π", real(f"{rs[2] ** 2}*pi")),
    ]


@template("geometry", "en", "negative", "geo_neg_city_distances", "cities", HELD)
def t_neg_cities(rng):
    return fixed([
        "How far is it from London to Paris?",
        "What's the distance between New York and Boston in miles?",
        "How far away is the Moon from Earth?",
        "How long is the drive from Los Angeles to San Diego?",
    ])


@template("geometry", "en", "negative", "geo_neg_latlon", "latlon", HELD)
def t_neg_latlon(rng):
    return fixed([
        "How many kilometers apart are the GPS coordinates (40.7128, -74.0060) and "
        "(51.5074, -0.1278)?",
        "What's the great-circle distance between lat/long (35.6762, 139.6503) and "
        "(37.5665, 126.9780)?",
        "Is the location 48.8566° N, 2.3522° E inside France?",
        "Which country contains the map point (-33.8688, 151.2093)?",
    ])


@template("geometry", "zh", "negative", "geo_zh_neg_places", "zcity", HELD)
def t_zh_neg_city(rng):
    return fixed([
        "北京到上海有多远？",
        "地球的半径是多少公里？",
        "从广州开车到深圳要多久？",
        "珠穆朗玛峰有多高？",
    ])


@template("geometry", "en", "positive", "geo_circle_contains", "contain", DEV)
def t_contains(rng):
    out = []
    for i, want in enumerate(targets(rng, ["yes", "yes", "cross", "reversed"])):
        if want == "yes":
            c1, big, c2, small = circle_pair(rng, "nested")
            if big < small:
                c1, big, c2, small = c2, small, c1, big
        elif want == "reversed":
            c2, small, c1, big = circle_pair(rng, "nested")
            if small < big:
                c2, small, c1, big = c1, big, c2, small
        else:
            c1, big, c2, small = circle_pair(rng, "cross")
        d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
        contains = big > small and d2 < (big - small) ** 2
        out.append(([
            f"Does the circle with center {pt(c1)} and radius {big} completely contain the "
            f"circle with center {pt(c2)} and radius {small}?",
            f"Is circle B (center {pt(c2, 1)}, radius {small}) entirely inside circle A "
            f"(center {pt(c1, 1)}, radius {big})?",
            f"Circle 1: {circle_eq(c1, big, '²', '−')}. Circle 2: "
            f"{circle_eq(c2, small, '²', '−')}. Does circle 1 contain circle 2?",
            f"Does a circle of radius {big} centered at {pt(c1)} fully enclose the circle of "
            f"radius {small} centered at {pt(c2)}?",
        ][i], yn(contains)))
    return out


@template("geometry", "en", "positive", "geo_polygon_area", "shoelace", DEV)
def t_shoelace(rng):
    out = []
    chosen = rng.sample(BASE_POLYGONS, 4)
    for i, base in enumerate(chosen):
        poly = polygon(rng, [base])
        area = shoelace(poly)
        labels = ", ".join(f"{'ABCDEF'[k]}{pt(p)}" for k, p in enumerate(poly))
        out.append(([
            f"Find the area of the polygon with vertices {verts(poly)}.",
            f"A field is shaped like a polygon with corners at {verts(poly, 2)} (in meters). "
            "What's its area?",
            f"Area of the polygon {labels}?",
            f"What area is enclosed by the polygon {verts(poly, 1)}? The vertices are listed in "
            "order.",
        ][i], num(area)))
    return out


@template("geometry", "en", "positive", "geo_circle_area", "carea", DEV)
def t_carea(rng):
    rs = rng.sample(range(2, 25), 3)
    d = rng.choice([3, 5, 7, 9, 15])
    return [
        (f"What's the area of a circle with radius {rs[0]} cm?", real(f"{rs[0] ** 2}*pi")),
        (f"A circular rug has a diameter of {d} feet. What's its area, in terms of pi?",
         real(f"{Fraction(d * d, 4)}*pi")),
        (f"area of circle r={rs[1]}", real(f"{rs[1] ** 2}*pi")),
        (f"If a circle's radius is {rs[2]}, how big is its area? Leave pi in the answer.",
         real(f"{rs[2] ** 2}*pi")),
    ]


@template("geometry", "en", "positive", "geo_segment_intersections", "segx", DEV)
def t_segments(rng):
    out = []
    for i, want in enumerate(targets(rng, [1, 1, 0, 0])):
        while True:
            a, b, c, d = ((rng.randint(0, 8), rng.randint(0, 8)) for _ in range(4))
            if segment_points(a, b, c, d) == want:
                break
        out.append(([
            f"How many points do segment AB with A{pt(a)} and B{pt(b)} and segment CD with "
            f"C{pt(c)} and D{pt(d)} have in common?",
            f"How many intersection points are there between the segment from {pt(a)} to "
            f"{pt(b)} and the segment from {pt(c)} to {pt(d)}?",
            f"Number of intersection points between segment [{pt(a, 1)}, {pt(b, 1)}] and "
            f"segment [{pt(c, 1)}, {pt(d, 1)}]?",
            f"Line segment 1 goes from {pt(a)} to {pt(b)}; line segment 2 goes from {pt(c)} to "
            f"{pt(d)}. How many points do they share?",
        ][i], num(want)))
    return out


@template("geometry", "zh", "positive", "geo_zh_point_in_polygon", "zpip", DEV)
def t_zh_pip(rng):
    out = []
    quads = [p for p in BASE_POLYGONS if len(p) == 4]
    tris = [p for p in BASE_POLYGONS if len(p) == 3]
    for i, want in enumerate(targets(rng, ["inside", "inside", "outside", "outside"])):
        pool = quads if i == 1 else tris if i == 3 else None
        poly = polygon(rng, pool)
        p = point_with(rng, poly, want)
        out.append(([
            f"点 {pt(p)} 在顶点为 {verts(poly)} 的多边形内部吗？",
            f"判断点P{pt(p, 1)}是否在四边形 {verts(poly, 3)} 内。",
            f"多边形的顶点依次是 {verts(poly, 1)}，点{pt(p, 1)}在它里面吗？",
            f"点{pt(p, 1)}是否位于三角形{verts(poly, 3)}的内部？",
        ][i], relation(want, yes_if="inside")))
    return out


@template("geometry", "zh", "positive", "geo_zh_perimeter", "zperim", DEV)
def t_zh_perimeter(rng):
    out = []
    tris = [p for p in BASE_POLYGONS if len(p) == 3]
    quads = [p for p in BASE_POLYGONS if len(p) == 4]
    others = [p for p in BASE_POLYGONS if len(p) > 4]
    pools = [others, tris, quads, quads]
    used: list[list[tuple[int, int]]] = []
    for i in range(4):
        base = rng.choice([p for p in pools[i] if p not in used])
        used.append(base)
        poly = polygon(rng, [base])
        rads = []
        for k, (x1, y1) in enumerate(poly):
            x2, y2 = poly[(k + 1) % len(poly)]
            rads.append((x2 - x1) ** 2 + (y2 - y1) ** 2)
        out.append(([
            f"顶点为 {verts(poly)} 的多边形周长是多少？",
            f"求三角形 {verts(poly, 3)} 的周长",
            f"一个四边形的四个顶点依次是 {verts(poly, 1)}，它的周长是多少？",
            f"多边形 {verts(poly, 2)} 的周长等于多少",
        ][i], real(sum_of_sqrts(rads))))
    return out


@template("geometry", "zh", "positive", "geo_zh_point_distance", "zdist", DEV)
def t_zh_distance(rng):
    out = []
    for i in range(4):
        a = (rng.randint(-8, 8), rng.randint(-8, 8))
        b = (rng.randint(-8, 8), rng.randint(-8, 8))
        while a == b:
            b = (rng.randint(-8, 8), rng.randint(-8, 8))
        d2 = (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2
        out.append(([
            f"点 A{pt(a, 1)} 和点 B{pt(b, 1)} 之间的距离是多少？",
            f"求 {pt(a)} 到 {pt(b)} 的距离",
            f"两点 {pt(a)} 与 {pt(b)} 相距多远？",
            f"坐标 {pt(a, 1)} 和 {pt(b, 1)} 之间的直线距离是多少",
        ][i], real(sqrt_expr(Fraction(1), d2))))
    return out


@template("geometry", "en", "negative", "geo_neg_explain_code", "gexpl", DEV)
def t_neg_geo_explain(rng):
    return fixed([
        "Why is the area of a circle pi r squared?",
        "Explain how the shoelace formula works.",
        "Write a Python function that checks if a point is inside a polygon.",
        "What's the formula for the volume of a cone?",
    ])


@template("geometry", "en", "negative", "geo_neg_real_world", "groom", DEV)
def t_neg_room(rng):
    return fixed([
        "What size rug should I get for a 12 by 15 foot bedroom?",
        "How far can I see to the horizon from a 30 m tall tower?",
        "How many acres is a football field?",
        "How much paint do I need for a wall that's 4 m by 2.5 m?",
    ])


@template("geometry", "zh", "negative", "geo_zh_neg_explain", "zpi", DEV)
def t_zh_neg_pi(rng):
    return fixed([
        "圆周率为什么是无理数？",
        "勾股定理是谁最早发现的？",
        "怎么证明三角形内角和是180度？",
        "用Python写一个判断点是否在多边形内的函数",
    ])


# =============================================================================================
# Number theory
# =============================================================================================


def prime_or_composite(rng: random.Random, want_prime: bool, lo: int, hi: int) -> int:
    while True:
        n = rng.randint(lo, hi)
        if want_prime and is_prime(n):
            return n
        # composites without a tiny factor, so the question is not a giveaway
        if not want_prime and not is_prime(n) and all(n % p for p in (2, 3, 5)):
            return n


@template("number_theory", "en", "positive", "nth_is_prime", "isprime", DEV)
def t_is_prime(rng):
    out = []
    for i, want in enumerate(targets(rng, [True, True, False, False])):
        n = prime_or_composite(rng, want, 100, 9999)
        out.append(([
            f"Is {n} a prime number?",
            f"{n} — prime or not?",
            f"Quick question for a puzzle I'm solving: is {n} prime?",
            f"Can you tell me whether {n} is prime? Yes or no is enough.",
        ][i], yn(is_prime(n))))
    return out


@template("number_theory", "en", "positive", "nth_prime_factorization", "factor", DEV)
def t_factorize(rng):
    out = []
    for i in range(4):
        n = rng.choice([2, 3, 4, 6, 8, 12]) * rng.choice([5, 7, 9, 11, 15, 21, 25]) * rng.randint(
            2, 13)
        out.append(([
            f"Break {n} into its prime factors.",
            f"What is the prime factorization of {n}?",
            f"prime factorise {n}",
            f"Write {n} as a product of primes, please.",
        ][i], factorization(n)))
    return out


@template("number_theory", "en", "positive", "nth_gcd", "gcd", DEV)
def t_gcd(rng):
    out = []
    for i in range(4):
        g = rng.randint(2, 30)
        a, b = g * rng.randint(2, 15), g * rng.randint(2, 15)
        while a == b:
            b = g * rng.randint(2, 15)
        out.append(([
            f"What's the greatest common divisor of {a} and {b}?",
            f"gcd({a}, {b}) = ?",
            f"Find the highest common factor of {a} and {b}.",
            f"I'm simplifying a fraction — what's the biggest number that divides both {a} and "
            f"{b}?",
        ][i], num(math.gcd(a, b))))
    return out


@template("number_theory", "en", "positive", "nth_largest_prime_factor", "lpf", DEV)
def t_lpf(rng):
    out = []
    for i in range(4):
        n = rng.randint(2, 60) * rng.choice([7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43])
        if i == 3:
            n *= rng.choice([101, 103, 107])
        lpf = factor(n)[-1][0]
        out.append(([
            f"What's the largest prime factor of {n}?",
            f"biggest prime that divides {n}?",
            f"Of all the prime factors of {n}, which is the largest?",
            f"Find the greatest prime factor of {n:,}.",
        ][i], num(lpf)))
    return out


@template("number_theory", "en", "positive", "nth_happy_numbers_range", "happy", DEV)
def t_happy(rng):
    out = []
    for i in range(4):
        while True:
            a = rng.randint(1, 90)
            b = a + rng.randint(15, 30)
            hs = [str(k) for k in range(a, b + 1) if is_happy(k)]
            if hs:
                break
        out.append(([
            f"Which numbers from {a} to {b} (inclusive) are happy numbers?",
            f"List the happy numbers between {a} and {b}, inclusive.",
            f"Find all happy numbers in the range {a}–{b}, endpoints included.",
            f"I'm reading about happy numbers. Which ones are there from {a} through {b}?",
        ][i], lst(hs, "number", False)))
    return out


@template("number_theory", "zh", "positive", "nth_zh_is_prime", "zprime", DEV)
def t_zh_prime(rng):
    out = []
    for i, want in enumerate(targets(rng, [True, False, True, False])):
        n = prime_or_composite(rng, want, 50, 999)
        out.append(([
            f"{n} 是质数吗？",
            f"{n}是不是素数",
            f"请问{n}是素数吗？",
            f"判断一下 {n} 是否为质数",
        ][i], yn(is_prime(n))))
    return out


@template("number_theory", "zh", "positive", "nth_zh_gcd", "zgcd", DEV)
def t_zh_gcd(rng):
    out = []
    for i in range(4):
        g = rng.randint(3, 25)
        a, b = g * rng.randint(2, 12), g * rng.randint(2, 12)
        while a == b:
            b = g * rng.randint(2, 12)
        out.append(([
            f"{a} 和 {b} 的最大公约数是多少？",
            f"求{a}与{b}的最大公因数",
            f"{a}、{b}的最大公约数",
            f"{a} 和 {b} 的最大公因数是几？",
        ][i], num(math.gcd(a, b))))
    return out


@template("number_theory", "en", "negative", "nth_neg_number_culture", "culture", DEV)
def t_neg_culture(rng):
    return fixed([
        "What's the significance of the number 42?",
        "Why is 7 considered a lucky number?",
        "Is 13 really an unlucky number?",
        "What does 666 mean in the Bible?",
    ])


@template("number_theory", "en", "negative", "nth_neg_identifiers", "ids", DEV)
def t_neg_ids(rng):
    return fixed([
        "Has order #48213 shipped yet?",
        "Who wore jersey number 23 for the Bulls?",
        "What city uses area code 212?",
        "What gate does flight UA 857 leave from?",
    ])


@template("number_theory", "zh", "negative", "nth_zh_neg_lucky", "zlucky", DEV)
def t_zh_neg_lucky(rng):
    return fixed([
        "为什么中国人喜欢数字8？",
        "4 这个数字在中国为什么不吉利？",
        "520 是什么意思？",
        "车牌尾号是7的车今天限行吗？",
    ])


@template("number_theory", "en", "positive", "nth_lcm", "lcm", HELD)
def t_lcm(rng):
    out = []
    for i in range(4):
        a, b, c = rng.randint(4, 30), rng.randint(4, 30), rng.randint(4, 30)
        while len({a, b, c}) < 3:
            c = rng.randint(4, 30)
        out.append([
            (f"What's the least common multiple of {a}, {b} and {c}?", num(lcm(a, b, c))),
            (f"lcm of {a} and {b}?", num(lcm(a, b))),
            (f"Find the lowest common multiple of {a} and {b}.", num(lcm(a, b))),
            (f"What's the smallest positive number divisible by both {a} and {b}?",
             num(lcm(a, b))),
        ][i])
    return out


@template("number_theory", "en", "positive", "nth_primes_below", "primesbelow", HELD)
def t_primes_below(rng):
    out = []
    ns = rng.sample([n for n in range(20, 80) if not is_prime(n)], 4)
    for i, n in enumerate(ns):
        ps = [str(p) for p in range(2, n) if is_prime(p)]
        out.append(([
            f"List all the primes less than {n}.",
            f"What are the prime numbers below {n}?",
            f"Give me every prime between 1 and {n}.",
            f"primes under {n}, please — comma separated is fine",
        ][i], lst(ps, "number", False)))
    return out


@template("number_theory", "en", "positive", "nth_digit_sum", "digitsum", HELD)
def t_digit_sum(rng):
    out = []
    for i in range(4):
        n = rng.randint(10_000, 9_999_999)
        ds = sum(int(c) for c in str(n))
        out.append(([
            f"What's the sum of the digits of {n}?",
            f"Add up the digits in {n}.",
            f"digit sum of {n:,}?",
            f"If you add together all the digits of the number {n}, what do you get?",
        ][i], num(ds)))
    return out


@template("number_theory", "en", "positive", "nth_product_of_primes", "prodprimes", HELD)
def t_prod_primes(rng):
    out = []
    for i in range(4):
        n = math.prod(rng.choice([2, 2, 3, 3, 5, 7, 11, 13, 17]) for _ in range(rng.randint(3, 6)))
        out.append(([
            f"Express {n} as a product of prime powers.",
            f"Can you factor {n} completely into primes?",
            f"What primes multiply together to make {n}? Include repeats.",
            f"Factor {n} into primes for my number theory homework.",
        ][i], factorization(n)))
    return out


@template("number_theory", "zh", "positive", "nth_zh_factorize", "zfactor", HELD)
def t_zh_factor(rng):
    out = []
    for i in range(4):
        n = rng.choice([4, 6, 8, 9, 12, 18]) * rng.choice([5, 7, 10, 11, 14, 35]) * rng.randint(
            1, 9)
        out.append(([
            f"把 {n} 分解质因数",
            f"{n} 分解质因数是多少？",
            f"请对 {n} 进行质因数分解",
            f"{n}的质因数分解式是什么",
        ][i], factorization(n)))
    return out


@template("number_theory", "zh", "positive", "nth_zh_lcm", "zlcm", HELD)
def t_zh_lcm(rng):
    out = []
    for i in range(4):
        a, b, c = rng.randint(3, 24), rng.randint(3, 24), rng.randint(3, 24)
        while len({a, b, c}) < 3:
            c = rng.randint(3, 24)
        out.append([
            (f"{a} 和 {b} 的最小公倍数是多少？", num(lcm(a, b))),
            (f"求{a}、{b}的最小公倍数", num(lcm(a, b))),
            (f"{a}与{b}的最小公倍数", num(lcm(a, b))),
            (f"{a}，{b}，{c} 三个数的最小公倍数是几？", num(lcm(a, b, c))),
        ][i])
    return out


@template("number_theory", "zh", "positive", "nth_zh_primes_below", "zprimes", HELD)
def t_zh_primes(rng):
    out = []
    ns = rng.sample([n for n in range(15, 70) if not is_prime(n)], 4)
    for i, n in enumerate(ns):
        ps = [str(p) for p in range(2, n) if is_prime(p)]
        out.append(([
            f"{n} 以内的质数有哪些？",
            f"列出小于 {n} 的所有素数",
            f"{n}以内有哪些素数？",
            f"请写出所有小于{n}的质数",
        ][i], lst(ps, "number", False)))
    return out


@template("number_theory", "en", "negative", "nth_neg_explain_code", "ntexpl", HELD)
def t_neg_nt_explain(rng):
    return fixed([
        "Explain how RSA uses prime numbers.",
        "Write a Python function to check if a number is prime.",
        "Prove that there are infinitely many primes.",
        "Why isn't 1 considered a prime number?",
    ])


@template("number_theory", "en", "negative", "nth_neg_math_trivia", "nttriv", HELD)
def t_neg_nt_trivia(rng):
    return fixed([
        "What is the largest known prime number?",
        "Who proved Fermat's Last Theorem?",
        "Has the Goldbach conjecture been proven?",
        "How many digits does the largest known Mersenne prime have?",
    ])


@template("number_theory", "zh", "negative", "nth_zh_neg_explain", "zcode", HELD)
def t_zh_neg_code(rng):
    return fixed([
        "怎么用 Python 判断一个数是不是质数？",
        "哥德巴赫猜想被证明了吗？",
        "为什么 1 不是质数？",
        "质数在密码学里有什么用？",
    ])


# Build ------------------------------------------------------------------------------------------


def build() -> tuple[list[dict], list[dict]]:
    rng = random.Random(34)
    dev: list[dict] = []
    heldout: list[dict] = []
    for family, lang, kind, name, short, split, fn in TEMPLATES:
        items = fn(rng)
        assert len(items) == 4, name
        for i, (prompt, expected) in enumerate(items):
            assert (kind == "negative") == (expected["type"] == "none"), name
            record = {
                "id": f"r34-{FAM3[family]}-{lang}-{short}-{i}",
                "split": split,
                "kind": kind,
                "family": family,
                "lang": lang,
                "template": f"r34_{name}",
                "prompt": prompt,
                "expected": expected,
            }
            (dev if split == DEV else heldout).append(record)
    return dev, heldout


def main() -> None:
    dev, heldout = build()
    for split, records in ((DEV, dev), (HELD, heldout)):
        path = HERE / f"corpus_{split}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for record in records:
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"wrote {len(records)} records to {path.name}")


if __name__ == "__main__":
    main()
