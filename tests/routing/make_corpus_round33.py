"""Round 33 of the routing corpus: an independent blind round written from scratch.

Every template, phrasing and instance in this round was written without looking at earlier
rounds, to measure how the router copes with wordings it has never seen. Each template yields
four records and belongs entirely to one split (``dev33`` or ``heldout33``). Every expected
answer is computed here in Python (integers, ``Fraction``, trial division, direct counting and
exact circle / polygon formulas); nothing is hard-coded.

Run ``python tests/routing/make_corpus_round33.py`` to write ``corpus_dev33.jsonl`` and
``corpus_heldout33.jsonl`` next to this file.
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
ROUND = 33
DEV, HELD = "dev33", "heldout33"
FAM3 = {"arithmetic": "ari", "comparison": "cmp", "counting": "cnt", "geometry": "geo",
        "number_theory": "nth"}

Item = tuple[str, dict[str, Any]]
Gen = Callable[[random.Random], list[Item]]
TEMPLATES: list[tuple[str, str, str, str, str, Gen]] = []


def tpl(name: str, family: str, lang: str, kind: str, split: str) -> Callable[[Gen], Gen]:
    def deco(fn: Gen) -> Gen:
        TEMPLATES.append((name, family, lang, kind, split, fn))
        return fn
    return deco


def neg(name: str, family: str, lang: str, split: str, prompts: list[str]) -> None:
    def gen(rng: random.Random) -> list[Item]:
        return [(p, {"type": "none"}) for p in prompts]
    TEMPLATES.append((name, family, lang, "negative", split, gen))


# Expected-answer helpers ---------------------------------------------------------------------


def fstr(q: Fraction | int) -> str:
    q = Fraction(q)
    return str(q.numerator) if q.denominator == 1 else f"{q.numerator}/{q.denominator}"


def e_num(q: Fraction | int) -> dict[str, Any]:
    return {"type": "number", "answer": fstr(q)}


def e_real(expr: str) -> dict[str, Any]:
    return {"type": "real", "answer": expr}


def e_bool(b: bool) -> dict[str, Any]:
    return {"type": "bool", "answer": "yes" if b else "no"}


def e_choice(s: str) -> dict[str, Any]:
    return {"type": "choice", "answer": s}


def e_text(s: str) -> dict[str, Any]:
    return {"type": "text", "answer": s}


def e_word(s: str) -> dict[str, Any]:
    return {"type": "word_choice", "answer": s}


def e_list(items: list[str], elem: str, ordered: bool, order: str | None = None
           ) -> dict[str, Any]:
    d: dict[str, Any] = {"type": "list", "elem": elem, "ordered": ordered, "answer": items}
    if order:
        d["order"] = order
    return d


def e_rel(ans: str, yes_if: str | None = None) -> dict[str, Any]:
    d: dict[str, Any] = {"type": "relation", "answer": ans}
    if yes_if:
        d["yes_if"] = yes_if
    return d


def e_fact(n: int) -> dict[str, Any]:
    return {"type": "factorization", "answer": [[p, e] for p, e in factorize(n)], "n": n}


# Number helpers ------------------------------------------------------------------------------


def c(n: int) -> str:
    """An integer with thousands separators."""
    return f"{n:,}"


def dstr(units: int, places: int) -> str:
    """units / 10**places written as a plain decimal with exactly ``places`` digits."""
    sign = "-" if units < 0 else ""
    units = abs(units)
    whole, frac = divmod(units, 10**places)
    return f"{sign}{whole}.{frac:0{places}d}" if places else f"{sign}{whole}"


def val(s: str) -> Fraction:
    """Exact value of a number as written in a prompt ("3/4", "-2.5", "40%", "2^10")."""
    s = s.replace("−", "-").replace(",", "")
    if s.endswith("%"):
        return Fraction(s[:-1]) / 100
    if "^" in s:
        b, e = s.split("^")
        return Fraction(int(b) ** int(e))
    return Fraction(s)


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    k = 2
    while k * k <= n:
        if n % k == 0:
            return False
        k += 1
    return True


def factorize(n: int) -> list[tuple[int, int]]:
    out = []
    k = 2
    while k * k <= n:
        e = 0
        while n % k == 0:
            n //= k
            e += 1
        if e:
            out.append((k, e))
        k += 1
    if n > 1:
        out.append((n, 1))
    return out


def is_happy(n: int) -> bool:
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1


def lcm(*xs: int) -> int:
    out = 1
    for x in xs:
        out = out * x // math.gcd(out, x)
    return out


def rand_prime(rng: random.Random, lo: int, hi: int) -> int:
    while True:
        n = rng.randint(lo, hi)
        if is_prime(n):
            return n


def rand_composite(rng: random.Random, lo: int, hi: int) -> int:
    """A composite with no prime factor below 7 (so it looks prime at a glance)."""
    while True:
        n = rng.randint(lo, hi)
        if not is_prime(n) and all(n % p for p in (2, 3, 5)):
            return n


def num_pool(rng: random.Random, k: int) -> list[str]:
    """k numbers written in mixed forms (ints, decimals, fractions, negatives), distinct values."""
    out: list[str] = []
    seen: set[Fraction] = set()
    while len(out) < k:
        kind = rng.randrange(4)
        if kind == 0:
            s = str(rng.randint(-12, 15))
        elif kind == 1:
            s = dstr(rng.randint(-400, 900), rng.choice([1, 2]))
        elif kind == 2:
            b = rng.randint(3, 9)
            s = f"{rng.choice([a for a in range(1, b) if math.gcd(a, b) == 1])}/{b}"
        else:
            s = dstr(-rng.randint(1, 99), 1)
        v = val(s)
        if "." in s and s.endswith("0"):
            continue
        if v not in seen:
            seen.add(v)
            out.append(s)
    return out


# Geometry helpers ----------------------------------------------------------------------------

Pt = tuple[int, int]


def pt(p: Pt, tight: bool = False) -> str:
    return f"({p[0]},{p[1]})" if tight else f"({p[0]}, {p[1]})"


def sqrt_parts(n: int) -> tuple[int, int]:
    out, k = 1, 2
    while k * k <= n:
        while n % (k * k) == 0:
            out *= k
            n //= k * k
        k += 1
    return out, n


def radical_sum(squares: list[int]) -> str:
    """Exact sum of sqrt(s) for s in squares, combined by radicand ("12 + 2*sqrt(5)")."""
    terms: dict[int, int] = {}
    for s in squares:
        co, rad = sqrt_parts(s)
        terms[rad] = terms.get(rad, 0) + co
    parts = []
    for rad in sorted(terms):
        co = terms[rad]
        if rad == 1:
            parts.append(str(co))
        else:
            parts.append(f"sqrt({rad})" if co == 1 else f"{co}*sqrt({rad})")
    return " + ".join(parts)


def d2(a: Pt, b: Pt) -> int:
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2


def cross(o: Pt, a: Pt, b: Pt) -> int:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def shoelace2(poly: list[Pt]) -> int:
    n = len(poly)
    return abs(sum(poly[i][0] * poly[(i + 1) % n][1] - poly[(i + 1) % n][0] * poly[i][1]
                   for i in range(n)))


def point_in_polygon(p: Pt, poly: list[Pt]) -> str:
    n = len(poly)
    for i in range(n):
        a, b = poly[i], poly[(i + 1) % n]
        if (cross(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
                and min(a[1], b[1]) <= p[1] <= max(a[1], b[1])):
            return "boundary"
    inside = False
    for i in range(n):
        a, b = poly[i], poly[(i + 1) % n]
        if (a[1] > p[1]) != (b[1] > p[1]):
            x = a[0] + Fraction((p[1] - a[1]) * (b[0] - a[0]), b[1] - a[1])
            if p[0] < x:
                inside = not inside
    return "inside" if inside else "outside"


def circle_points(c1: Pt, r1: int, c2: Pt, r2: int) -> int:
    """Number of common points of two distinct circles."""
    dd = d2(c1, c2)
    if dd == 0:
        return 0
    if dd > (r1 + r2) ** 2 or dd < (r1 - r2) ** 2:
        return 0
    if dd in ((r1 + r2) ** 2, (r1 - r2) ** 2):
        return 1
    return 2


def segments_cross(p1: Pt, p2: Pt, p3: Pt, p4: Pt) -> int | None:
    """1 if the segments meet, 0 if not; None when any three endpoints are collinear."""
    o = [cross(p1, p2, p3), cross(p1, p2, p4), cross(p3, p4, p1), cross(p3, p4, p2)]
    if 0 in o:
        return None
    return int((o[0] > 0) != (o[1] > 0) and (o[2] > 0) != (o[3] > 0))


POLYGONS: list[list[Pt]] = [
    [(0, 0), (6, 0), (6, 4), (0, 4)],
    [(0, 0), (6, 0), (6, 2), (2, 2), (2, 5), (0, 5)],
    [(0, 0), (8, 0), (3, 6)],
    [(1, 0), (5, 0), (7, 3), (3, 6), (-1, 3)],
    [(0, 0), (8, 0), (8, 6), (4, 2), (0, 6)],
    [(0, 0), (5, 1), (4, 5), (1, 3)],
    [(0, 0), (7, 0), (7, 3), (0, 5)],
]


def shifted(rng: random.Random, poly: list[Pt]) -> list[Pt]:
    dx, dy = rng.randint(-3, 5), rng.randint(-3, 5)
    return [(x + dx, y + dy) for x, y in poly]


def pick_point(rng: random.Random, poly: list[Pt], want: str) -> Pt:
    xs = [p[0] for p in poly]
    ys = [p[1] for p in poly]
    cands = [(x, y) for x in range(min(xs) - 2, max(xs) + 3)
             for y in range(min(ys) - 2, max(ys) + 3)
             if point_in_polygon((x, y), poly) == want and (x, y) not in poly]
    return rng.choice(cands)


def circle_pair(rng: random.Random, want: str) -> tuple[Pt, int, Pt, int]:
    """Two circles in one of the clear-cut configurations."""
    while True:
        c1 = (rng.randint(-5, 6), rng.randint(-5, 6))
        r1 = rng.randint(2, 9)
        if want in ("ext_tangent", "int_tangent"):
            a, b, h = rng.choice([(3, 4, 5), (6, 8, 10), (5, 12, 13), (4, 3, 5), (8, 6, 10)])
            sx, sy = rng.choice([1, -1]), rng.choice([1, -1])
            c2 = (c1[0] + sx * a, c1[1] + sy * b)
            if want == "ext_tangent":
                if r1 >= h:
                    continue
                r2 = h - r1
            else:
                r2 = r1 + h
            return c1, r1, c2, r2
        c2 = (rng.randint(-5, 9), rng.randint(-5, 9))
        r2 = rng.randint(1, 9)
        dd = d2(c1, c2)
        if dd == 0:
            continue
        crossing = (r1 - r2) ** 2 < dd < (r1 + r2) ** 2
        apart = dd > (r1 + r2) ** 2
        inside = r2 < r1 and dd < (r1 - r2) ** 2
        if (want == "cross" and crossing) or (want == "apart" and apart):
            return c1, r1, c2, r2
        if want == "inside" and inside:
            return c2, r2, c1, r1  # small circle first


# =============================================================================================
# Arithmetic
# =============================================================================================


@tpl("homework_chain", "arithmetic", "en", "positive", DEV)
def _a_homework(rng: random.Random) -> list[Item]:
    frames = [
        "I'm checking my kid's homework. What is {a} + {b} − {c}?",
        "Helping my daughter with her math sheet tonight. {a} plus {b} minus {c} — what's the "
        "right answer?",
        "{a} + {b} - {c} = ? (double-checking my son's worksheet)",
        "Homework check, no explanation needed: what do you get for {a} + {b} − {c}?",
    ]
    out = []
    for f in frames:
        a, b, cc = rng.randint(1000, 9999), rng.randint(100, 999), rng.randint(100, 2500)
        out.append((f.format(a=c(a), b=c(b), c=c(cc)), e_num(a + b - cc)))
    return out


@tpl("percent_of", "arithmetic", "en", "positive", DEV)
def _a_percent(rng: random.Random) -> list[Item]:
    frames = [
        "What's {p}% of {n}?",
        "how much is {p} percent of {n}",
        "Work out {p}% of {n} for me — just the number, please.",
        "I need {p}% of {n} for a report. What is it?",
    ]
    ps = rng.sample(["5", "12.5", "15", "17.5", "22", "35", "40", "65", "7.5"], 4)
    out = []
    for f, p in zip(frames, ps, strict=True):
        n = rng.randint(40, 5000)
        out.append((f.format(p=p, n=c(n)), e_num(Fraction(p) * n / 100)))
    return out


@tpl("remainder_divide", "arithmetic", "en", "positive", DEV)
def _a_remainder(rng: random.Random) -> list[Item]:
    frames = [
        "If you divide {a} by {b}, what's the remainder?",
        "What remainder do you get when {a} is divided by {b}?",
        "{a} mod {b} = ?",
        "Could you find {a} modulo {b}? Only the remainder.",
    ]
    out = []
    for i, f in enumerate(frames):
        a, b = rng.randint(1000, 99999), rng.randint(7, 97)
        out.append((f.format(a=c(a) if i == 0 else str(a), b=b), e_num(a % b)))
    return out


@tpl("receipt_sum", "arithmetic", "en", "positive", DEV)
def _a_sum(rng: random.Random) -> list[Item]:
    out = []
    cents = [rng.randint(150, 4999) for _ in range(4)]
    xs = [dstr(v, 2) for v in cents]
    out.append((f"Add these up for me: ${xs[0]}, ${xs[1]}, ${xs[2]} and ${xs[3]}",
                e_num(Fraction(sum(cents), 100))))
    ns = [rng.randint(3, 99) for _ in range(5)]
    out.append((f"What's the total of {', '.join(map(str, ns[:4]))} and {ns[4]}?",
                e_num(sum(ns))))
    ns = [rng.randint(10, 400) for _ in range(4)]
    out.append(("Sum these numbers: " + "; ".join(map(str, ns)), e_num(sum(ns))))
    ns = [rng.randint(1000, 3000), rng.randint(100, 999), rng.randint(1000, 3000),
          rng.randint(10, 99)]
    out.append((f"I'm reconciling receipts. What do {' + '.join(c(n) for n in ns)} add up to?",
                e_num(sum(ns))))
    return out


@tpl("factorial_product", "arithmetic", "en", "positive", DEV)
def _a_factorial(rng: random.Random) -> list[Item]:
    out = []
    n = rng.randint(6, 12)
    out.append((f"What is {n} factorial?", e_num(math.factorial(n))))
    ns = [rng.randint(3, 19) for _ in range(4)]
    out.append((f"What's the product of {ns[0]}, {ns[1]}, {ns[2]} and {ns[3]}?",
                e_num(math.prod(ns))))
    ns = [rng.randint(11, 40) for _ in range(3)]
    out.append((f"Multiply {ns[0]} by {ns[1]}, then by {ns[2]}. What do you get?",
                e_num(math.prod(ns))))
    m = rng.randint(5, 10)
    out.append((f"What does {m}! equal? Just the number.", e_num(math.factorial(m))))
    return out


@tpl("fraction_divide", "arithmetic", "en", "positive", HELD)
def _a_fracdiv(rng: random.Random) -> list[Item]:
    frames = [
        "quick one: what's {p}/{q} divided by {r}/{s}?",
        "Can you divide the fraction {p}/{q} by the fraction {r}/{s}? Simplest form please.",
        "({p}/{q}) ÷ ({r}/{s}) = ?",
        "What do I get if I take {p}/{q} and divide it by {r}/{s}?",
    ]
    out = []
    for f in frames:
        q, s = rng.randint(3, 12), rng.randint(3, 12)
        p, r = rng.randint(1, q - 1), rng.randint(1, s - 1)
        out.append((f.format(p=p, q=q, r=r, s=s), e_num(Fraction(p, q) / Fraction(r, s))))
    return out


@tpl("power_root_words", "arithmetic", "en", "positive", HELD)
def _a_power(rng: random.Random) -> list[Item]:
    out = []
    a, k = rng.randint(2, 9), rng.randint(3, 8)
    out.append((f"What is {a} to the power of {k}?", e_num(a**k)))
    s = rng.randint(34, 99)
    out.append((f"What's the square root of {c(s * s)}?", e_num(s)))
    a = rng.randint(11, 99)
    out.append((f"I need {a} squared.", e_num(a * a)))
    a, k = rng.randint(2, 6), rng.randint(5, 9)
    out.append((f"Compute {a} raised to the power of {k}, please.", e_num(a**k)))
    return out


@tpl("decimal_exact", "arithmetic", "en", "positive", HELD)
def _a_decimal(rng: random.Random) -> list[Item]:
    def d() -> str:
        return dstr(rng.choice([v for v in range(1, 1000) if v % 10]), rng.choice([1, 2, 3]))

    out = []
    x, y = d(), d()
    out.append((f"What's {x} + {y} exactly?", e_num(val(x) + val(y))))
    x, y = d(), d()
    out.append((f"{x} × {y} = ? I want the exact value, not a rounded one.",
                e_num(val(x) * val(y))))
    x, y = d(), d()
    out.append((f"Exactly how much is {x} − {y}?", e_num(val(x) - val(y))))
    x, y, z = d(), d(), d()
    out.append((f"Add {x}, {y} and {z} — no rounding please.", e_num(val(x) + val(y) + val(z))))
    return out


@tpl("unicode_parens", "arithmetic", "en", "positive", HELD)
def _a_unicode(rng: random.Random) -> list[Item]:
    out = []
    a, b, cc, d = (rng.randint(10, 60), rng.randint(1, 9), rng.randint(2, 12),
                   rng.randint(2, 9))
    out.append((f"Calculate ({a} − {b}) × {cc} ÷ {d}.", e_num(Fraction((a - b) * cc, d))))
    a, b, cc, d = (rng.randint(2, 15), rng.randint(5, 40), rng.randint(5, 40),
                   rng.randint(1, 99))
    out.append((f"{a} × ({b} + {cc}) − {d} = ?", e_num(a * (b + cc) - d)))
    a, b = rng.randint(20, 200), rng.randint(20, 40)
    cc = rng.randint(1, b - 3)
    out.append((f"What does {a} ÷ ({b} − {cc}) come out to?", e_num(Fraction(a, b - cc))))
    a, b, cc, d = (rng.randint(3, 30), rng.randint(3, 30), rng.randint(10, 30),
                   rng.randint(1, 9))
    out.append((f"Solve ({a} + {b}) × ({cc} − {d}) for me.", e_num((a + b) * (cc - d))))
    return out


@tpl("zh_add_sub", "arithmetic", "zh", "positive", DEV)
def _a_zh_addsub(rng: random.Random) -> list[Item]:
    frames = [
        "帮我算一下 {a} 加 {b} 减 {c} 等于多少",
        "{a}加{b}再减去{c}是多少？",
        "请问 {a} + {b} − {c} 等于几？",
        "算一下：{a} 加上 {b}，再减 {c}，结果是多少？",
    ]
    out = []
    for f in frames:
        a, b, cc = rng.randint(50, 999), rng.randint(10, 500), rng.randint(10, 400)
        out.append((f.format(a=a, b=b, c=cc), e_num(a + b - cc)))
    return out


@tpl("zh_percent", "arithmetic", "zh", "positive", DEV)
def _a_zh_percent(rng: random.Random) -> list[Item]:
    frames = [
        "{n} 的 {p}% 是多少？",
        "算一下 {n} 乘以 {p}% 等于多少",
        "请问 {p}% × {n} 是多少？",
        "{n} 元的 {p}% 是多少钱？",
    ]
    ps = rng.sample(["8", "12", "15", "20", "25", "2.5", "30", "45"], 4)
    out = []
    for f, p in zip(frames, ps, strict=True):
        n = rng.randint(60, 3000)
        out.append((f.format(n=n, p=p), e_num(Fraction(p) * n / 100)))
    return out


@tpl("zh_mul_div", "arithmetic", "zh", "positive", HELD)
def _a_zh_muldiv(rng: random.Random) -> list[Item]:
    out = []
    a, b = rng.randint(12, 99), rng.randint(12, 99)
    out.append((f"{a} 乘以 {b} 等于多少？", e_num(a * b)))
    a, b = rng.randint(100, 999), rng.randint(7, 40)
    out.append((f"{a} 除以 {b} 是多少？用分数表示", e_num(Fraction(a, b))))
    a, b, cc = rng.randint(10, 90), rng.randint(10, 90), rng.randint(3, 12)
    out.append((f"请帮我计算 {a} 乘 {b} 再除以 {cc}", e_num(Fraction(a * b, cc))))
    a, b, cc = rng.randint(10, 60), rng.randint(2, 20), rng.randint(2, 15)
    out.append((f"{a} × {b} ÷ {cc} 等于多少", e_num(Fraction(a * b, cc))))
    return out


@tpl("zh_powers", "arithmetic", "zh", "positive", HELD)
def _a_zh_powers(rng: random.Random) -> list[Item]:
    out = []
    a, k = rng.randint(2, 9), rng.randint(3, 9)
    out.append((f"{a} 的 {k} 次方是多少？", e_num(a**k)))
    a = rng.randint(13, 99)
    out.append((f"{a} 的平方等于多少", e_num(a * a)))
    s = rng.randint(12, 60)
    out.append((f"{s * s} 的平方根是多少？", e_num(s)))
    a, k = rng.randint(2, 5), rng.randint(6, 12)
    out.append((f"算一下 {a} 的 {k} 次方", e_num(a**k)))
    return out


@tpl("zh_remainder", "arithmetic", "zh", "positive", HELD)
def _a_zh_rem(rng: random.Random) -> list[Item]:
    frames = [
        "{a} 除以 {b} 余数是多少？",
        "{a} 除以 {b}，余几？",
        "{a} 对 {b} 取余等于多少",
        "求 {a} 除以 {b} 的余数",
    ]
    out = []
    for f in frames:
        a, b = rng.randint(200, 9999), rng.randint(6, 60)
        while a % b == 0:
            a += 1
        out.append((f.format(a=a, b=b), e_num(a % b)))
    return out


neg("clock_time", "arithmetic", "en", DEV, [
    "It's 10 o'clock now. What time will it be in 5 hours?",
    "If I start a 9-hour shift at 8 pm, what time do I finish?",
    "What time is it 15 hours after 11 am?",
    "My meeting is at 11:45 and runs 90 minutes — when does it end on the clock?",
])
neg("code_or_explain", "arithmetic", "en", DEV, [
    "Write a Python function that returns 2 + 2.",
    "Explain why 0.1 + 0.2 doesn't equal 0.3 in JavaScript.",
    "How do I calculate 15% of a column in Excel?",
    "Why do people argue about whether 8 ÷ 2(2+2) is 1 or 16?",
])
neg("outside_knowledge", "arithmetic", "en", HELD, [
    "How much is 250 dollars in yen today?",
    "What's the sales tax on a $1,200 laptop in Texas?",
    "How many calories are in 3 bananas?",
    "How many days are left until Christmas?",
])
neg("money_advice", "arithmetic", "en", HELD, [
    "Should I pay off 5,000 at 18% interest or invest it instead?",
    "Is a 3% raise good for someone earning $60,000?",
    "Is 1,200 calories a day too little for an adult?",
    "Is 20% down on a $400,000 house enough these days?",
])
neg("zh_price_rate", "arithmetic", "zh", DEV, [
    "100 美元现在能换多少人民币？",
    "北京的出租车起步价是多少？",
    "现在一斤苹果大概多少钱？",
    "上海到北京的高铁二等座票价是多少？",
])
neg("zh_code_concept", "arithmetic", "zh", HELD, [
    "用 Python 写一个计算 1 到 100 之和的程序",
    "解释一下为什么 0 不能做除数",
    "为什么负负得正？",
    "怎么在 Excel 里算百分比？",
])


# =============================================================================================
# Comparison
# =============================================================================================


@tpl("decimal_trap", "comparison", "en", "positive", DEV)
def _c_decimal(rng: random.Random) -> list[Item]:
    frames = [
        "Which is bigger, {x} or {y}?",
        "{x} vs {y} — which one's larger?",
        "Settle a debate at work: which number is greater, {x} or {y}?",
        "Out of {x} and {y}, which is the bigger number? Just tell me the number.",
    ]
    out = []
    for f in frames:
        k = rng.randint(0, 20)
        two = rng.choice([v for v in range(11, 100) if v % 10])
        one = rng.randint(1, 9)
        x, y = f"{k}.{two:02d}", f"{k}.{one}"
        if rng.random() < 0.5:
            x, y = y, x
        out.append((f.format(x=x, y=y), e_choice(max(x, y, key=val))))
    return out


@tpl("sort_ascending", "comparison", "en", "positive", DEV)
def _c_sort_asc(rng: random.Random) -> list[Item]:
    frames = [
        ("Sort these from smallest to largest: {}", ", "),
        ("Can you put these numbers in ascending order? {}", ", "),
        ("order these low to high: {}", "; "),
        ("Arrange the following in increasing order — {}", ", "),
    ]
    out = []
    for f, sep in frames:
        items = num_pool(rng, rng.randint(5, 6))
        out.append((f.format(sep.join(items)),
                    e_list(sorted(items, key=val), "number", True, "asc")))
    return out


@tpl("percent_vs_number", "comparison", "en", "positive", DEV)
def _c_percent(rng: random.Random) -> list[Item]:
    out = []
    for i in range(4):
        p = rng.randint(12, 88)
        while True:
            if i % 2 == 0:
                other = dstr(p + rng.choice([-3, -2, -1, 1, 2, 3]), 2)
            else:
                b = rng.randint(3, 12)
                other = f"{round(p * b / 100) + rng.choice([-1, 1])}/{b}"
                if math.gcd(int(other.split("/")[0]), b) != 1:
                    continue
            if val(other) != Fraction(p, 100) and 0 < val(other) < 1:
                break
        ps = f"{p}%"
        frames = [
            f"Which is more, {ps} or {other}?",
            f"{other} or {ps} — which is greater?",
            f"Is {other} or {ps} the larger amount?",
            f"Which is bigger: {ps} or {other}?",
        ]
        out.append((frames[i], e_choice(max(ps, other, key=val))))
    return out


@tpl("greater_true_false", "comparison", "en", "positive", DEV)
def _c_greater_yn(rng: random.Random) -> list[Item]:
    frames = [
        "Is {a} greater than {b}?",
        "Quick check — is {a} more than {b}?",
        "True or false: {a} > {b}",
        "Is it true that {a} is larger than {b}? yes/no",
    ]
    want = [True, False, True, False]
    rng.shuffle(want)
    out = []
    for f, w in zip(frames, want, strict=True):
        while True:
            a, b = num_pool(rng, 2)
            if (val(a) > val(b)) == w:
                break
        out.append((f.format(a=a, b=b), e_bool(w)))
    return out


@tpl("negatives_smaller", "comparison", "en", "positive", HELD)
def _c_neg_small(rng: random.Random) -> list[Item]:
    frames = [
        "Which is smaller: {x} or {y}?",
        "which number is lower, {x} or {y}",
        "Between {x} and {y}, which one is less?",
        "I always get confused with negatives. Which is smaller, {x} or {y}?",
    ]
    out = []
    for f in frames:
        k = rng.randint(0, 15)
        x = f"-{k}.{rng.randint(1, 9)}"
        y = f"-{k}.{rng.choice([v for v in range(11, 100) if v % 10]):02d}"
        if rng.random() < 0.5:
            x, y = y, x
        out.append((f.format(x=x, y=y), e_choice(min(x, y, key=val))))
    return out


@tpl("sort_descending", "comparison", "en", "positive", HELD)
def _c_sort_desc(rng: random.Random) -> list[Item]:
    frames = [
        ("Put these in descending order: {}", ", "),
        ("Rank from largest to smallest: {}", ", "),
        ("Sort high to low please — {}", "; "),
        ("Could you list these from biggest to smallest? {}", ", "),
    ]
    out = []
    for f, sep in frames:
        items = num_pool(rng, rng.randint(4, 6))
        out.append((f.format(sep.join(items)),
                    e_list(sorted(items, key=val, reverse=True), "number", True, "desc")))
    return out


@tpl("extreme_of_list", "comparison", "en", "positive", HELD)
def _c_extreme(rng: random.Random) -> list[Item]:
    def close_list() -> list[str]:
        k = rng.randint(1, 30)
        seen: set[Fraction] = set()
        out: list[str] = []
        while len(out) < 4:
            places = rng.choice([1, 2, 3])
            s = dstr(k * 10**places + rng.randint(1, 10**places - 1), places)
            if val(s) not in seen:
                seen.add(val(s))
                out.append(s)
        return out

    out = []
    xs = close_list()
    out.append((f"What's the largest of {xs[0]}, {xs[1]}, {xs[2]} and {xs[3]}?",
                e_choice(max(xs, key=val))))
    xs = close_list()
    out.append((f"Which of these is the smallest: {', '.join(xs)}?", e_choice(min(xs, key=val))))
    xs = close_list()
    out.append((f"Among {', '.join(xs)}, which number is greatest?", e_choice(max(xs, key=val))))
    xs = close_list()
    out.append((f"{xs[0]}, {xs[1]}, {xs[2]} or {xs[3]} — which is the lowest?",
                e_choice(min(xs, key=val))))
    return out


@tpl("power_versus", "comparison", "en", "positive", HELD)
def _c_power(rng: random.Random) -> list[Item]:
    pairs = [(2, 10, 10, 3), (3, 5, 5, 3), (2, 7, 5, 3), (4, 6, 6, 4), (2, 9, 9, 2),
             (3, 4, 4, 3), (5, 4, 4, 5), (7, 2, 2, 7), (2, 15, 15, 4)]
    chosen = rng.sample(pairs, 4)
    out = []
    for i, (a, b, cc, d) in enumerate(chosen):
        x, y = f"{a}^{b}", f"{cc}^{d}"
        if rng.random() < 0.5:
            x, y = y, x
        assert val(x) != val(y)
        if i == 0:
            out.append((f"Which is bigger: {x} or {y}?", e_choice(max(x, y, key=val))))
        elif i == 1:
            out.append((f"{x} vs {y}, which is larger?", e_choice(max(x, y, key=val))))
        elif i == 2:
            out.append((f"Is {x} or {y} the smaller number?", e_choice(min(x, y, key=val))))
        else:
            out.append((f"hey, which is greater — {x} or {y}?", e_choice(max(x, y, key=val))))
    return out


@tpl("fraction_pair_formal", "comparison", "en", "positive", HELD)
def _c_fracs(rng: random.Random) -> list[Item]:
    frames = [
        ("Determine which of the two fractions {} and {} is smaller.", min),
        ("Of {} and {}, which is the smaller fraction?", min),
        ("Which fraction is greater: {} or {}?", max),
        ("Compare {} and {}. Which one is bigger?", max),
    ]
    out = []
    for f, pick in frames:
        while True:
            b, d = rng.randint(3, 15), rng.randint(3, 15)
            x = f"{rng.choice([k for k in range(1, b) if math.gcd(k, b) == 1])}/{b}"
            y = f"{rng.choice([k for k in range(1, d) if math.gcd(k, d) == 1])}/{d}"
            if val(x) != val(y) and abs(val(x) - val(y)) < Fraction(1, 5):
                break
        out.append((f.format(x, y), e_choice(pick(x, y, key=val))))
    return out


@tpl("zh_which_bigger", "comparison", "zh", "positive", DEV)
def _c_zh_big(rng: random.Random) -> list[Item]:
    frames = [
        "{x} 和 {y} 哪个大？",
        "{x} 跟 {y} 比，哪个更大？",
        "请问 {x} 与 {y} 哪个数大",
        "{x}、{y} 哪个比较大？",
    ]
    out = []
    for f in frames:
        k = rng.randint(1, 25)
        x = f"{k}.{rng.choice([v for v in range(11, 100) if v % 10]):02d}"
        y = f"{k}.{rng.randint(1, 9)}"
        if rng.random() < 0.5:
            x, y = y, x
        out.append((f.format(x=x, y=y), e_choice(max(x, y, key=val))))
    return out


@tpl("zh_sort_up", "comparison", "zh", "positive", DEV)
def _c_zh_sort_up(rng: random.Random) -> list[Item]:
    frames = [
        ("把这些数从小到大排列：{}", "，"),
        ("请从小到大排序：{}", "、"),
        ("从小到大排一下 {}", ", "),
        ("将下列数按升序排列：{}", "，"),
    ]
    out = []
    for f, sep in frames:
        items = num_pool(rng, 5)
        out.append((f.format(sep.join(items)),
                    e_list(sorted(items, key=val), "number", True, "asc")))
    return out


@tpl("zh_which_smaller", "comparison", "zh", "positive", DEV)
def _c_zh_small(rng: random.Random) -> list[Item]:
    frames = [
        "{x} 和 {y} 哪个更小？",
        "{x} 与 {y} 相比，哪个小？",
        "{x}、{y} 哪个数比较小",
        "请问 {x} 和 {y} 中较小的是哪个？",
    ]
    out = []
    for f in frames:
        while True:
            x, y = num_pool(rng, 2)
            if abs(val(x) - val(y)) < 2:
                break
        out.append((f.format(x=x, y=y), e_choice(min(x, y, key=val))))
    return out


@tpl("zh_bigger_yesno", "comparison", "zh", "positive", HELD)
def _c_zh_yn(rng: random.Random) -> list[Item]:
    frames = [
        ("{a} 比 {b} 大吗？", True),
        ("{a} 比 {b} 小吗？", False),
        ("{a} 是不是比 {b} 大？", True),
        ("{a} 大于 {b} 吗？", True),
    ]
    out = []
    for f, bigger in frames:
        a, b = rng.sample(range(-20, 0), 2)
        ans = (a > b) if bigger else (a < b)
        out.append((f.format(a=a, b=b), e_bool(ans)))
    return out


@tpl("zh_sort_down", "comparison", "zh", "positive", HELD)
def _c_zh_sort_down(rng: random.Random) -> list[Item]:
    frames = [
        ("按从大到小的顺序排一下：{}", "，"),
        ("请把下面的数从大到小排列 {}", "、"),
        ("{} 这几个数从大到小怎么排？", ", "),
        ("将以下数字降序排列：{}", "，"),
    ]
    out = []
    for f, sep in frames:
        items = num_pool(rng, rng.randint(4, 5))
        out.append((f.format(sep.join(items)),
                    e_list(sorted(items, key=val, reverse=True), "number", True, "desc")))
    return out


neg("version_numbers", "comparison", "en", DEV, [
    "Is Python 3.11 newer than 3.9?",
    "Which is the later release, macOS 10.15 or 10.9?",
    "Is Node 18.20 more recent than Node 18.3?",
    "Is version 2.10.1 of this library newer than 2.9.7?",
])
neg("opinion_compare", "comparison", "en", DEV, [
    "Is the iPhone 15 better than the iPhone 13?",
    "Which is the better deal, a 12-pack for $8.99 or the 24-pack at Costco?",
    "Is a 720 credit score better than average?",
    "Which looks better on a resume, a 3.6 GPA or a 1450 SAT?",
])
neg("units_world", "comparison", "en", HELD, [
    "Which is hotter, 30°C or 80°F?",
    "Is 5 feet 11 taller than 180 cm?",
    "Which is heavier, 2 pounds or 1 kilogram?",
    "Is 60 mph faster than 100 km/h?",
])
neg("meaning_compare", "comparison", "en", HELD, [
    "Is 20/20 vision better than 20/40?",
    "Which person is older, someone born in '98 or someone born in '03?",
    "Is a 1/4 inch bolt thicker than an M8?",
    "Is a US men's size 9.5 shoe bigger than an EU 42?",
])
neg("zh_product_compare", "comparison", "zh", DEV, [
    "iPhone 15 和 iPhone 13 哪个好？",
    "华为 Mate 60 比小米 14 贵吗？",
    "5G 比 4G 快多少？",
    "Python 3.12 比 3.8 新吗？",
])
neg("zh_unit_compare", "comparison", "zh", HELD, [
    "30 摄氏度和 80 华氏度哪个更热？",
    "1 斤和 1 磅哪个重？",
    "身高 1 米 8 和 6 英尺哪个高？",
    "100 公里每小时比 60 英里每小时快吗？",
])


# =============================================================================================
# Number theory
# =============================================================================================


def prime_mix(rng: random.Random, lo: int, hi: int) -> list[int]:
    ns = [rand_prime(rng, lo, hi), rand_prime(rng, lo, hi), rand_composite(rng, lo, hi),
          rand_composite(rng, lo, hi)]
    rng.shuffle(ns)
    return ns


@tpl("prime_casual", "number_theory", "en", "positive", DEV)
def _n_prime(rng: random.Random) -> list[Item]:
    frames = [
        "is {n} prime?",
        "Quick question: is {n} a prime number?",
        "Can you tell me whether {n} is prime? yes or no is fine",
        "{n} — prime or not?",
    ]
    out = []
    for f, n in zip(frames, prime_mix(rng, 101, 3000), strict=True):
        out.append((f.format(n=c(n)), e_bool(is_prime(n))))
    return out


@tpl("gcd_worksheet", "number_theory", "en", "positive", DEV)
def _n_gcd(rng: random.Random) -> list[Item]:
    frames = [
        "For my fraction-simplifying worksheet: what's the GCD of {a} and {b}?",
        "greatest common divisor of {a} and {b}?",
        "What's the highest common factor of {a} and {b}?",
        "Find gcd({a}, {b}).",
    ]
    out = []
    for f in frames:
        g = rng.randint(2, 40)
        m, n = rng.randint(2, 30), rng.randint(2, 30)
        a, b = g * m, g * n
        if a == b:
            b += g
        out.append((f.format(a=c(a), b=c(b)), e_num(math.gcd(a, b))))
    return out


@tpl("largest_prime_factor", "number_theory", "en", "positive", DEV)
def _n_lpf(rng: random.Random) -> list[Item]:
    frames = [
        "What is the largest prime factor of {n}?",
        "biggest prime that divides {n}?",
        "Greatest prime factor of {n}, please.",
        "Which is the largest prime factor of {n}? just the number",
    ]
    out = []
    for f in frames:
        n = math.prod(rng.choice([2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43])
                      for _ in range(rng.randint(2, 4)))
        if is_prime(n) or n < 20:
            n *= rng.choice([6, 10, 14])
        out.append((f.format(n=c(n)), e_num(factorize(n)[-1][0])))
    return out


@tpl("digit_sum", "number_theory", "en", "positive", DEV)
def _n_digits(rng: random.Random) -> list[Item]:
    frames = [
        "What's the sum of the digits of {n}?",
        "Add up the digits of {n}.",
        "digit sum of {n}?",
        "If you add all the digits in {n} together, what do you get?",
    ]
    out = []
    for i, f in enumerate(frames):
        n = rng.randint(10**5, 10**9)
        out.append((f.format(n=c(n) if i % 2 == 0 else str(n)),
                    e_num(sum(int(ch) for ch in str(n)))))
    return out


@tpl("happy_range", "number_theory", "en", "positive", DEV)
def _n_happy(rng: random.Random) -> list[Item]:
    frames = [
        "Which numbers from {a} to {b} are happy numbers?",
        "List the happy numbers between {a} and {b}.",
        "Find all happy numbers in the range {a}–{b}.",
        "What are the happy numbers from {a} through {b}? Comma-separated is fine.",
    ]
    out = []
    for f in frames:
        while True:
            a = rng.randint(2, 80)
            b = a + rng.randint(15, 40)
            hs = [n for n in range(a, b + 1) if is_happy(n)]
            if not is_happy(a) and not is_happy(b) and hs:
                break
        out.append((f.format(a=a, b=b), e_list([str(h) for h in hs], "number", False)))
    return out


@tpl("factorize_product", "number_theory", "en", "positive", HELD)
def _n_factor(rng: random.Random) -> list[Item]:
    frames = [
        "Write {n} as a product of primes.",
        "Prime factorization of {n}, please.",
        "What is the prime factorisation of {n}?",
        "Break {n} down into its prime factorization.",
    ]
    out = []
    for f in frames:
        while True:
            n = math.prod(rng.choice([2, 2, 3, 3, 5, 7, 11, 13]) for _ in range(rng.randint(3, 6)))
            if 100 <= n <= 60000:
                break
        out.append((f.format(n=c(n)), e_fact(n)))
    return out


@tpl("lcm_mixed", "number_theory", "en", "positive", HELD)
def _n_lcm(rng: random.Random) -> list[Item]:
    out = []
    a, b, cc = rng.sample(range(4, 40), 3)
    out.append((f"Least common multiple of {a}, {b} and {cc}?", e_num(lcm(a, b, cc))))
    a, b = rng.sample(range(6, 90), 2)
    out.append((f"What's the LCM of {a} and {b}?", e_num(lcm(a, b))))
    a, b, cc = rng.sample(range(3, 25), 3)
    out.append((f"lowest common multiple of {a}, {b}, {cc}", e_num(lcm(a, b, cc))))
    a, b = rng.sample(range(12, 150), 2)
    out.append((f"Find lcm({a}, {b}).", e_num(lcm(a, b))))
    return out


@tpl("primes_under", "number_theory", "en", "positive", HELD)
def _n_primes(rng: random.Random) -> list[Item]:
    frames = [
        "List all primes less than {n}.",
        "Which prime numbers are below {n}?",
        "Give me every prime smaller than {n}, comma separated.",
        "primes under {n}?",
    ]
    ns = rng.sample([n for n in range(20, 90) if not is_prime(n)], 4)
    out = []
    for f, n in zip(frames, ns, strict=True):
        out.append((f.format(n=n),
                    e_list([str(p) for p in range(2, n) if is_prime(p)], "number", False)))
    return out


@tpl("prime_with_story", "number_theory", "en", "positive", HELD)
def _n_prime_story(rng: random.Random) -> list[Item]:
    frames = [
        "My son claims {n} is prime. Is it?",
        "The teacher wrote {n} on the board. Is {n} a prime number?",
        "Settling a bet with a friend: is {n} prime or not?",
        "Is {n} prime? It's for a puzzle I'm stuck on.",
    ]
    out = []
    for f, n in zip(frames, prime_mix(rng, 200, 9999), strict=True):
        out.append((f.format(n=c(n)), e_bool(is_prime(n))))
    return out


@tpl("zh_factorize", "number_theory", "zh", "positive", DEV)
def _n_zh_factor(rng: random.Random) -> list[Item]:
    frames = [
        "把 {n} 分解质因数",
        "{n} 分解质因数是多少？",
        "{n} 的质因数分解",
        "请对 {n} 进行质因数分解",
    ]
    out = []
    for f in frames:
        while True:
            n = math.prod(rng.choice([2, 3, 3, 5, 7, 11]) for _ in range(rng.randint(3, 5)))
            if 60 <= n <= 20000:
                break
        out.append((f.format(n=n), e_fact(n)))
    return out


@tpl("zh_primes_below", "number_theory", "zh", "positive", DEV)
def _n_zh_primes(rng: random.Random) -> list[Item]:
    frames = [
        "小于 {n} 的质数有哪些？",
        "{n} 以内的质数有哪些",
        "请列出所有小于 {n} 的素数",
        "比 {n} 小的质数都有哪些？",
    ]
    ns = rng.sample([n for n in range(15, 70) if not is_prime(n)], 4)
    out = []
    for f, n in zip(frames, ns, strict=True):
        out.append((f.format(n=n),
                    e_list([str(p) for p in range(2, n) if is_prime(p)], "number", False)))
    return out


@tpl("zh_is_prime", "number_theory", "zh", "positive", HELD)
def _n_zh_prime(rng: random.Random) -> list[Item]:
    frames = [
        "{n} 是质数吗？",
        "{n} 是不是素数？",
        "请判断 {n} 是否为质数",
        "{n} 是素数吗",
    ]
    out = []
    for f, n in zip(frames, prime_mix(rng, 50, 2000), strict=True):
        out.append((f.format(n=n), e_bool(is_prime(n))))
    return out


@tpl("zh_gcd", "number_theory", "zh", "positive", HELD)
def _n_zh_gcd(rng: random.Random) -> list[Item]:
    frames = [
        "{a} 和 {b} 的最大公约数是多少？",
        "求 {a}、{b} 的最大公因数",
        "{a} 与 {b} 的最大公约数",
        "请问 {a} 和 {b} 的最大公因数是几",
    ]
    out = []
    for f in frames:
        g = rng.randint(2, 30)
        m, n = rng.sample(range(2, 25), 2)
        out.append((f.format(a=g * m, b=g * n), e_num(math.gcd(g * m, g * n))))
    return out


@tpl("zh_lcm", "number_theory", "zh", "positive", HELD)
def _n_zh_lcm(rng: random.Random) -> list[Item]:
    frames = [
        "{a} 和 {b} 的最小公倍数是多少",
        "求 {a} 与 {b} 的最小公倍数",
        "{a}、{b} 的最小公倍数是几？",
        "请算一下 {a} 和 {b} 的最小公倍数",
    ]
    out = []
    for f in frames:
        a, b = rng.sample(range(4, 60), 2)
        out.append((f.format(a=a, b=b), e_num(lcm(a, b))))
    return out


neg("identifier_numbers", "number_theory", "en", DEV, [
    "Has my order #104729 shipped yet?",
    "Is 867-5309 still a working phone number?",
    "What is the zip code 90210 famous for?",
    "My flight number is UA 1531 — is it delayed?",
])
neg("prime_trivia", "number_theory", "en", DEV, [
    "What is the largest known prime number?",
    "Who proved the prime number theorem?",
    "How many digits does the largest known Mersenne prime have?",
    "When did the GIMPS project find its first Mersenne prime?",
])
neg("prime_concepts", "number_theory", "en", HELD, [
    "Why is 1 not considered a prime number?",
    "Explain how RSA uses large primes.",
    "Write a Java program that checks whether 97 is prime.",
    "What's the proof that there are infinitely many primes?",
])
neg("number_meaning", "number_theory", "en", HELD, [
    "Is 13 an unlucky number?",
    "Why do Chinese people like the number 8?",
    "Is 7 a good number for a basketball jersey?",
    "What does the angel number 1111 mean?",
])
neg("zh_lucky_numbers", "number_theory", "zh", DEV, [
    "8 为什么是吉利数字？",
    "我的手机号 13812345678 吉利吗？",
    "4 这个数字为什么不吉利？",
    "车牌号尾号是 6 好不好？",
])
neg("zh_prime_concepts", "number_theory", "zh", HELD, [
    "为什么 1 不是质数？",
    "质数在密码学里有什么用？",
    "哥德巴赫猜想是什么？",
    "怎么用 C 语言判断一个数是不是质数？",
])


# =============================================================================================
# Counting / strings
# =============================================================================================


def letter_pick(rng: random.Random, words: list[str], k: int = 4) -> list[tuple[str, str]]:
    out = []
    for w in rng.sample(words, k):
        cands = sorted({ch for ch in w if w.count(ch) >= 2}) or sorted(set(w))
        out.append((w, rng.choice(cands)))
    return out


@tpl("letter_quoted", "counting", "en", "positive", DEV)
def _t_letter_q(rng: random.Random) -> list[Item]:
    frames = [
        'How many times does the letter "{ch}" appear in "{w}"?',
        'How many "{ch}" are there in "{w}"?',
        "In the word '{w}', how many times does '{ch}' occur?",
        'Quick: number of "{ch}" letters in "{w}"? Just the count.',
    ]
    words = ["strawberry", "mississippi", "excellence", "banana", "committee", "parallel",
             "assessment", "possession", "independence"]
    out = []
    for f, (w, ch) in zip(frames, letter_pick(rng, words), strict=True):
        out.append((f.format(w=w, ch=ch), e_num(w.count(ch))))
    return out


@tpl("words_in_sentence", "counting", "en", "positive", DEV)
def _t_words(rng: random.Random) -> list[Item]:
    frames = [
        'How many words are in this sentence: "{s}"?',
        'Count the words: "{s}".',
        'My word limit is strict, so: how many words does "{s}" have?',
        '"{s}" — how many words is that?',
    ]
    sents = [
        "The quick brown fox jumps over the lazy dog",
        "I left my umbrella at the train station again",
        "Please remember to water the plants on Sunday",
        "Our team finally shipped the new release last night",
        "She reads two books every month without fail",
        "The museum opens at nine and closes at five",
    ]
    out = []
    for f, s in zip(frames, rng.sample(sents, 4), strict=True):
        out.append((f.format(s=s), e_num(len(s.split()))))
    return out


@tpl("nth_letter", "counting", "en", "positive", DEV)
def _t_nth(rng: random.Random) -> list[Item]:
    words = rng.sample(["chocolate", "orange", "umbrella", "keyboard", "telescope", "pumpkin",
                        "wardrobe", "landscape"], 4)
    ords = {2: "2nd", 3: "third", 4: "4th", 5: "fifth", 6: "6th"}
    out = []
    n = rng.choice([3, 5, 6])
    out.append((f"What's the {ords[n]} letter of '{words[0]}'?", e_text(words[0][n - 1])))
    n = rng.choice([2, 4])
    out.append((f"In the word {words[1]}, which letter is the {ords[n]} one?",
                e_text(words[1][n - 1])))
    out.append((f"What is the last letter of the word '{words[2]}'?", e_text(words[2][-1])))
    out.append((f'Tell me the first letter of "{words[3]}".', e_text(words[3][0])))
    return out


@tpl("anagram_pair", "counting", "en", "positive", DEV)
def _t_anagram(rng: random.Random) -> list[Item]:
    yes = [("listen", "silent"), ("garden", "danger"), ("secure", "rescue"), ("master", "stream"),
           ("lemon", "melon"), ("forest", "foster"), ("sword", "words")]
    no = [("night", "think"), ("letter", "little"), ("trace", "crater"), ("heart", "hearth"),
          ("bread", "beard"), ("petal", "plate"), ("angle", "tangle")]
    no = [p for p in no if sorted(p[0]) != sorted(p[1])]
    pairs = rng.sample(yes, 2) + rng.sample(no, 2)
    rng.shuffle(pairs)
    frames = [
        "Are '{a}' and '{b}' anagrams of each other?",
        "is {a} an anagram of {b}",
        'Can the letters of "{a}" be rearranged to spell "{b}"?',
        "Anagram check — {a} and {b}: yes or no?",
    ]
    out = []
    for f, (a, b) in zip(frames, pairs, strict=True):
        out.append((f.format(a=a, b=b), e_bool(sorted(a) == sorted(b))))
    return out


@tpl("longer_word", "counting", "en", "positive", DEV)
def _t_longer(rng: random.Random) -> list[Item]:
    words = ["elephant", "giraffe", "kangaroo", "zebra", "hippopotamus", "crocodile", "penguin",
             "flamingo", "tiger", "cheetah", "armadillo", "ostrich"]
    frames = [
        ("Which word has more letters, '{a}' or '{b}'?", max),
        ("{a} or {b} — which one is longer?", max),
        ('Which has fewer letters: "{a}" or "{b}"?', min),
        ("Between the words {a} and {b}, which contains more letters?", max),
    ]
    out = []
    pool = rng.sample(words, len(words))
    for f, pick in frames:
        a = pool.pop()
        b = next(w for w in pool if len(w) != len(a))
        pool.remove(b)
        out.append((f.format(a=a, b=b), e_word(pick(a, b, key=len))))
    return out


@tpl("letter_unquoted", "counting", "en", "positive", HELD)
def _t_letter_u(rng: random.Random) -> list[Item]:
    frames = [
        "how many {ch} in {w}",
        "How many times does the letter {ch} appear in the word {w}?",
        "count the letter {ch} in the word {w} please",
        "how many {ch}'s are there in the word {w}",
    ]
    words = ["cherry", "coffee", "referee", "pepper", "balloon", "giraffe", "tomorrow",
             "success", "raccoon", "grammar"]
    out = []
    for f, (w, ch) in zip(frames, letter_pick(rng, words), strict=True):
        out.append((f.format(w=w, ch=ch), e_num(w.count(ch))))
    return out


@tpl("vowel_consonant", "counting", "en", "positive", HELD)
def _t_vowels(rng: random.Random) -> list[Item]:
    words = rng.sample(["education", "strength", "beautiful", "onomatopoeia", "rhinoceros",
                        "encouragement", "sandwich", "chimpanzee", "pineapple"], 4)

    def vowels(w: str) -> int:
        return sum(ch in "aeiou" for ch in w)

    return [
        (f"Count the vowels in '{words[0]}'.", e_num(vowels(words[0]))),
        (f"How many consonants are in the word {words[1]}?",
         e_num(len(words[1]) - vowels(words[1]))),
        (f'how many vowels does "{words[2]}" have', e_num(vowels(words[2]))),
        (f"Number of consonants in '{words[3]}'?", e_num(len(words[3]) - vowels(words[3]))),
    ]


@tpl("reverse_word", "counting", "en", "positive", HELD)
def _t_reverse(rng: random.Random) -> list[Item]:
    frames = [
        "Reverse the word '{w}'.",
        "Spell '{w}' backwards.",
        'What\'s "{w}" written backwards?',
        "What do you get if you reverse the letters of {w}?",
    ]
    words = ["stressed", "drawer", "diaper", "reward", "deliver", "gateman", "straw", "spoons",
             "repaid", "animal"]
    out = []
    for f, w in zip(frames, rng.sample(words, 4), strict=True):
        out.append((f.format(w=w), e_text(w[::-1])))
    return out


@tpl("distinct_letters", "counting", "en", "positive", HELD)
def _t_distinct(rng: random.Random) -> list[Item]:
    frames = [
        "How many different letters are in '{w}'?",
        "how many unique letters does {w} have",
        'Count the distinct letters in "{w}".',
        "In '{w}', how many different letters are used?",
    ]
    words = ["bookkeeper", "mississippi", "committee", "balloon", "assessment", "banana",
             "successful", "tattoo"]
    out = []
    for f, w in zip(frames, rng.sample(words, 4), strict=True):
        out.append((f.format(w=w), e_num(len(set(w)))))
    return out


@tpl("zh_letter_count", "counting", "zh", "positive", DEV)
def _t_zh_letter(rng: random.Random) -> list[Item]:
    frames = [
        "{w} 里面有多少个字母 {ch}？",
        "单词 {w} 中有几个 {ch}？",
        "{w} 这个词里字母 {ch} 出现了几次？",
        "数一下 {w} 里有多少个 {ch}",
    ]
    words = ["strawberry", "apple", "butter", "cookie", "hello", "address", "coffee", "puzzle"]
    out = []
    for f, (w, ch) in zip(frames, letter_pick(rng, words), strict=True):
        out.append((f.format(w=w, ch=ch), e_num(w.count(ch))))
    return out


@tpl("zh_reverse", "counting", "zh", "positive", DEV)
def _t_zh_rev(rng: random.Random) -> list[Item]:
    frames = [
        "把 {w} 倒过来写是什么？",
        "{w} 反过来拼是什么",
        "请把单词 {w} 的字母顺序反转",
        "{w} 倒着写怎么写？",
    ]
    words = ["hello", "world", "python", "rabbit", "flower", "summer", "window", "garden"]
    out = []
    for f, w in zip(frames, rng.sample(words, 4), strict=True):
        out.append((f.format(w=w), e_text(w[::-1])))
    return out


@tpl("zh_word_length", "counting", "zh", "positive", HELD)
def _t_zh_len(rng: random.Random) -> list[Item]:
    frames = [
        "单词 {w} 有几个字母？",
        "{w} 这个单词一共多少个字母",
        "{w} 由多少个字母组成？",
        "数数 {w} 有几个字母",
    ]
    words = ["banana", "computer", "television", "beautiful", "restaurant", "environment",
             "university", "breakfast"]
    out = []
    for f, w in zip(frames, rng.sample(words, 4), strict=True):
        out.append((f.format(w=w), e_num(len(w))))
    return out


@tpl("zh_sentence_words", "counting", "zh", "positive", HELD)
def _t_zh_words(rng: random.Random) -> list[Item]:
    frames = [
        "“{s}” 这句话有几个单词？",
        "这句英文有多少个词：{s}",
        "请数一下 “{s}” 里有几个单词",
        "{s} —— 这句话一共几个单词？",
    ]
    sents = ["The cat sat on the mat", "I like to drink green tea in the morning",
             "We will meet at the library tomorrow", "My brother plays the piano very well",
             "It is raining again today", "Do you know where the nearest bank is"]
    out = []
    for f, s in zip(frames, rng.sample(sents, 4), strict=True):
        out.append((f.format(s=s), e_num(len(s.split()))))
    return out


@tpl("zh_alpha_order", "counting", "zh", "positive", HELD)
def _t_zh_alpha(rng: random.Random) -> list[Item]:
    frames = [
        ("把这些单词按字母顺序排列：{}", ", "),
        ("请按字母表顺序给下面的单词排序：{}", "、"),
        ("按 A 到 Z 排一下：{}", " "),
        ("将以下单词按字母顺序排好：{}", "，"),
    ]
    pool = ["pear", "apple", "mango", "kiwi", "banana", "cherry", "grape", "lemon", "peach",
            "orange", "melon", "plum", "fig", "lime", "date", "guava"]
    out = []
    for f, sep in frames:
        ws = rng.sample(pool, rng.randint(4, 5))
        out.append((f.format(sep.join(ws)), e_list(sorted(ws), "text", True)))
    return out


neg("alphabet_trivia", "counting", "en", DEV, [
    "How many letters are in the Greek alphabet?",
    "How many letters does the Hawaiian alphabet have?",
    "How many words does the average novel have?",
    "How many characters can a tweet have?",
])
neg("length_advice", "counting", "en", DEV, [
    "How many words should a cover letter be?",
    "How long should my wedding toast be, in words?",
    "What's a good word count for a college essay?",
    "How many letters should a strong password have?",
])
neg("word_knowledge", "counting", "en", HELD, [
    "How many syllables are in 'strawberry'?",
    "What does the word 'stressed' mean?",
    "Is 'irregardless' a real word?",
    "What rhymes with 'orange'?",
])
neg("language_lookup", "counting", "en", HELD, [
    "How do you spell 'necessary' in French?",
    "What's the plural of 'octopus'?",
    "How many letters are in the Russian word for hello?",
    "What's the past tense of 'lie'?",
])
neg("zh_word_meaning", "counting", "zh", DEV, [
    "apple 这个单词是什么意思？",
    "strawberry 怎么读？",
    "“hello” 用日语怎么说？",
    "listen 的过去式是什么？",
])
neg("zh_length_trivia", "counting", "zh", HELD, [
    "一篇高考作文一般要写多少字？",
    "英语一共有多少个单词？",
    "汉字一共有多少个？",
    "一条微博最多能发多少字？",
])


# =============================================================================================
# Geometry
# =============================================================================================


@tpl("circles_cross_yn", "geometry", "en", "positive", DEV)
def _g_cross(rng: random.Random) -> list[Item]:
    frames = [
        "Do the circles centered at {c1} with radius {r1} and at {c2} with radius {r2} "
        "intersect?",
        "Circle 1: center {c1}, r = {r1}. Circle 2: center {c2}, r = {r2}. Do they intersect?",
        "I have two circles, one at {c1} with radius {r1} and another at {c2} with radius {r2}. "
        "Do they intersect each other?",
        "Do the circle of radius {r1} centred at {c1} and the circle of radius {r2} centred at "
        "{c2} intersect? yes or no",
    ]
    wants = ["cross", "apart", "cross", "apart"]
    rng.shuffle(wants)
    out = []
    for i, (f, w) in enumerate(zip(frames, wants, strict=True)):
        c1, r1, c2, r2 = circle_pair(rng, w)
        out.append((f.format(c1=pt(c1, i == 1), r1=r1, c2=pt(c2, i == 1), r2=r2),
                    e_bool(circle_points(c1, r1, c2, r2) > 0)))
    return out


@tpl("point_polygon_where", "geometry", "en", "positive", DEV)
def _g_pip(rng: random.Random) -> list[Item]:
    frames = [
        "Is the point {p} inside, outside, or on the boundary of the polygon with vertices {vs}?",
        "Where does {p} lie relative to the polygon {vs}: inside, on an edge, or outside?",
        "Polygon: {vs}. Point P = {p}. Inside, outside or on the boundary?",
        "Given the polygon with corners {vs}, is P{p} in the interior, on the boundary, or "
        "outside?",
    ]
    wants = ["inside", "boundary", "outside", rng.choice(["inside", "outside"])]
    rng.shuffle(wants)
    polys = rng.sample(POLYGONS, 4)
    out = []
    for f, w, poly in zip(frames, wants, polys, strict=True):
        poly = shifted(rng, poly)
        p = pick_point(rng, poly, w)
        out.append((f.format(p=pt(p), vs=", ".join(pt(v) for v in poly)),
                    e_rel(point_in_polygon(p, poly))))
    return out


@tpl("perimeter_coords", "geometry", "en", "positive", DEV)
def _g_perim(rng: random.Random) -> list[Item]:
    def tri() -> list[Pt]:
        while True:
            ps = [(rng.randint(-4, 8), rng.randint(-4, 8)) for _ in range(3)]
            if cross(*ps) != 0:
                return ps

    def perim(ps: list[Pt]) -> str:
        return radical_sum([d2(ps[i], ps[(i + 1) % len(ps)]) for i in range(len(ps))])

    out = []
    a, b = rng.randint(2, 9), rng.randint(2, 9)
    x0, y0 = rng.randint(-3, 3), rng.randint(-3, 3)
    right = [(x0, y0), (x0 + a, y0), (x0, y0 + b)]
    out.append(("What's the perimeter of the triangle with corners at "
                f"{', '.join(pt(p) for p in right)}?", e_real(perim(right))))
    poly = shifted(rng, rng.choice(POLYGONS[3:]))
    out.append((f"Find the perimeter of the polygon with vertices {', '.join(map(pt, poly))}.",
                e_real(perim(poly))))
    t = tri()
    out.append((f"Perimeter of triangle ABC with A{pt(t[0])}, B{pt(t[1])}, C{pt(t[2])}?",
                e_real(perim(t))))
    poly = shifted(rng, POLYGONS[0])
    out.append(("A quadrilateral has vertices "
                f"{', '.join(pt(p, True) for p in poly)}, in that order. How long is its "
                "perimeter? Exact form is fine.", e_real(perim(poly))))
    return out


@tpl("circle_area_units", "geometry", "en", "positive", DEV)
def _g_carea(rng: random.Random) -> list[Item]:
    out = []
    r = rng.randint(2, 15)
    out.append((f"What's the area of a circle with radius {r} cm?", e_real(f"{r * r}*pi")))
    d = rng.choice([v for v in range(3, 30) if v % 2])
    out.append((f"Area of a circle whose diameter is {d}?",
                e_real(f"{fstr(Fraction(d, 2) ** 2)}*pi")))
    r2 = dstr(rng.choice([v for v in range(11, 49) if v % 10]), 1)
    out.append((f"A circular garden bed has a radius of {r2} m. What is its area? Leave it in "
                "terms of pi.", e_real(f"{fstr(val(r2) ** 2)}*pi")))
    r = rng.randint(16, 40)
    out.append((f"Find the area of a circle of radius {r}.", e_real(f"{r * r}*pi")))
    return out


@tpl("circles_tangent_yn", "geometry", "en", "positive", HELD)
def _g_tangent(rng: random.Random) -> list[Item]:
    frames = [
        "Are the circles centered at {c1} with radius {r1} and at {c2} with radius {r2} "
        "tangent to each other?",
        "Circle A has center {c1} and radius {r1}; circle B has center {c2} and radius {r2}. "
        "Are they tangent?",
        "Is the circle with center {c1}, radius {r1} tangent to the circle with center {c2}, "
        "radius {r2}?",
        "Are these two circles tangent: center {c1}, radius {r1} and center {c2}, radius {r2}?",
    ]
    wants = ["ext_tangent", "int_tangent", "cross", "apart"]
    rng.shuffle(wants)
    out = []
    for f, w in zip(frames, wants, strict=True):
        c1, r1, c2, r2 = circle_pair(rng, w)
        dd = d2(c1, c2)
        tangent = dd in ((r1 + r2) ** 2, (r1 - r2) ** 2)
        out.append((f.format(c1=pt(c1), r1=r1, c2=pt(c2), r2=r2), e_bool(tangent)))
    return out


@tpl("circle_within_yn", "geometry", "en", "positive", HELD)
def _g_within(rng: random.Random) -> list[Item]:
    frames = [
        "Is the circle with center {c1} and radius {r1} completely inside the circle with "
        "center {c2} and radius {r2}?",
        "Does a circle of radius {r1} centered at {c1} lie entirely within the circle of "
        "radius {r2} centered at {c2}?",
        "Circle A: center {c1}, radius {r1}. Circle B: center {c2}, radius {r2}. Is A entirely "
        "inside B?",
        "Is the circle centered at {c1} with r = {r1} contained in the circle centered at {c2} "
        "with r = {r2}?",
    ]
    wants = ["inside", "inside", "cross", "apart"]
    rng.shuffle(wants)
    out = []
    for f, w in zip(frames, wants, strict=True):
        c1, r1, c2, r2 = circle_pair(rng, w)
        if w != "inside" and r1 > r2:
            c1, r1, c2, r2 = c2, r2, c1, r1
        inside = r1 < r2 and d2(c1, c2) < (r2 - r1) ** 2
        out.append((f.format(c1=pt(c1), r1=r1, c2=pt(c2), r2=r2), e_bool(inside)))
    return out


@tpl("intersection_points", "geometry", "en", "positive", HELD)
def _g_count(rng: random.Random) -> list[Item]:
    def seg_pair(want: int) -> tuple[Pt, Pt, Pt, Pt]:
        while True:
            ps = [(rng.randint(0, 9), rng.randint(0, 9)) for _ in range(4)]
            if segments_cross(*ps) == want:
                return ps[0], ps[1], ps[2], ps[3]

    out = []
    p1, p2, p3, p4 = seg_pair(1)
    out.append((f"How many points do the segment from {pt(p1)} to {pt(p2)} and the segment from "
                f"{pt(p3)} to {pt(p4)} have in common?", e_num(segments_cross(p1, p2, p3, p4))))
    c1, r1, c2, r2 = circle_pair(rng, "cross")
    out.append((f"In how many points do the circles centered at {pt(c1)} (radius {r1}) and "
                f"{pt(c2)} (radius {r2}) intersect?", e_num(circle_points(c1, r1, c2, r2))))
    p1, p2, p3, p4 = seg_pair(0)
    out.append((f"Segment AB with A{pt(p1)}, B{pt(p2)} and segment CD with C{pt(p3)}, "
                f"D{pt(p4)}: how many intersection points?",
                e_num(segments_cross(p1, p2, p3, p4))))
    c1, r1, c2, r2 = circle_pair(rng, rng.choice(["ext_tangent", "apart"]))
    out.append((f"Number of intersection points between the circle with center {pt(c1)} and "
                f"radius {r1} and the circle with center {pt(c2)} and radius {r2}?",
                e_num(circle_points(c1, r1, c2, r2))))
    return out


@tpl("polygon_area", "geometry", "en", "positive", HELD)
def _g_area(rng: random.Random) -> list[Item]:
    frames = [
        "Find the area of the polygon with vertices {vs}.",
        "What's the area enclosed by the polygon {vs} (vertices in order)?",
        "My lot's corners are at {vs} (in metres, going around). What's the area?",
        "Compute the area of the polygon whose vertices are {vs}.",
    ]
    polys = rng.sample(POLYGONS, 4)
    out = []
    for f, poly in zip(frames, polys, strict=True):
        poly = shifted(rng, poly)
        out.append((f.format(vs=", ".join(pt(v) for v in poly)),
                    e_num(Fraction(shoelace2(poly), 2))))
    return out


@tpl("point_distance", "geometry", "en", "positive", HELD)
def _g_dist(rng: random.Random) -> list[Item]:
    frames = [
        "Distance between {p} and {q}?",
        "How far apart are the points {p} and {q}?",
        "What is the distance from A{p} to B{q}? exact answer please",
        "Find the length of the segment joining {p} and {q}.",
    ]
    out = []
    for f in frames:
        while True:
            p = (rng.randint(-9, 9), rng.randint(-9, 9))
            q = (rng.randint(-9, 9), rng.randint(-9, 9))
            if p != q:
                break
        out.append((f.format(p=pt(p), q=pt(q)), e_real(radical_sum([d2(p, q)]))))
    return out


@tpl("zh_distance", "geometry", "zh", "positive", DEV)
def _g_zh_dist(rng: random.Random) -> list[Item]:
    frames = [
        "点 {p} 到点 {q} 的距离是多少？",
        "求点 A{p} 与点 B{q} 之间的距离",
        "{p} 和 {q} 两点相距多远？",
        "坐标 {p} 与 {q} 之间的距离是多少",
    ]
    out = []
    for i, f in enumerate(frames):
        while True:
            p = (rng.randint(-6, 10), rng.randint(-6, 10))
            q = (rng.randint(-6, 10), rng.randint(-6, 10))
            if p != q:
                break
        out.append((f.format(p=pt(p, i % 2 == 1), q=pt(q, i % 2 == 1)),
                    e_real(radical_sum([d2(p, q)]))))
    return out


@tpl("zh_point_in_polygon", "geometry", "zh", "positive", DEV)
def _g_zh_pip(rng: random.Random) -> list[Item]:
    frames = [
        "点 {p} 在以 {vs} 为顶点的多边形内部吗？",
        "点 P{p} 是否在多边形 {vs} 内部？",
        "判断点 {p} 是否位于顶点为 {vs} 的多边形内",
        "{p} 这个点在多边形 {vs} 里面吗？",
    ]
    wants = ["inside", "inside", "outside", "outside"]
    rng.shuffle(wants)
    polys = rng.sample(POLYGONS, 4)
    out = []
    for f, w, poly in zip(frames, wants, polys, strict=True):
        poly = shifted(rng, poly)
        p = pick_point(rng, poly, w)
        out.append((f.format(p=pt(p, True), vs="、".join(pt(v, True) for v in poly)),
                    e_rel(point_in_polygon(p, poly), yes_if="inside")))
    return out


@tpl("zh_triangle_area", "geometry", "zh", "positive", DEV)
def _g_zh_tri(rng: random.Random) -> list[Item]:
    frames = [
        "顶点为 A{a}、B{b}、C{c} 的三角形面积是多少？",
        "三角形三个顶点分别是 {a}、{b}、{c}，求面积",
        "求以 {a}、{b}、{c} 为顶点的三角形的面积",
        "坐标为 {a}、{b}、{c} 的三角形，面积是多少？",
    ]
    out = []
    for f in frames:
        while True:
            ps = [(rng.randint(-5, 9), rng.randint(-5, 9)) for _ in range(3)]
            if cross(*ps) != 0:
                break
        out.append((f.format(a=pt(ps[0], True), b=pt(ps[1], True), c=pt(ps[2], True)),
                    e_real(fstr(Fraction(shoelace2(ps), 2)))))
    return out


@tpl("zh_circles_meet", "geometry", "zh", "positive", HELD)
def _g_zh_circ(rng: random.Random) -> list[Item]:
    frames = [
        "圆心在 {c1}、半径为 {r1} 的圆和圆心在 {c2}、半径为 {r2} 的圆相交吗？",
        "两个圆：圆心 {c1} 半径 {r1}，圆心 {c2} 半径 {r2}，它们相交吗？",
        "以 {c1} 为圆心、{r1} 为半径的圆，与以 {c2} 为圆心、{r2} 为半径的圆是否相交？",
        "圆 A（圆心 {c1}，半径 {r1}）和圆 B（圆心 {c2}，半径 {r2}）相交吗",
    ]
    wants = ["cross", "cross", "apart", "apart"]
    rng.shuffle(wants)
    out = []
    for f, w in zip(frames, wants, strict=True):
        c1, r1, c2, r2 = circle_pair(rng, w)
        out.append((f.format(c1=pt(c1, True), r1=r1, c2=pt(c2, True), r2=r2),
                    e_bool(circle_points(c1, r1, c2, r2) > 0)))
    return out


@tpl("zh_circle_area", "geometry", "zh", "positive", HELD)
def _g_zh_carea(rng: random.Random) -> list[Item]:
    out = []
    r = rng.randint(2, 20)
    out.append((f"半径为 {r} 厘米的圆面积是多少？", e_real(f"{r * r}*pi")))
    d = rng.randint(4, 30)
    out.append((f"一个圆的直径是 {d}，面积是多少？", e_real(f"{fstr(Fraction(d, 2) ** 2)}*pi")))
    r = rng.randint(21, 50)
    out.append((f"求半径 {r} 的圆的面积", e_real(f"{r * r}*pi")))
    rs = dstr(rng.choice([v for v in range(11, 99) if v % 10]), 1)
    out.append((f"圆的半径是 {rs} 米，它的面积等于多少？", e_real(f"{fstr(val(rs) ** 2)}*pi")))
    return out


neg("real_world_distance", "geometry", "en", DEV, [
    "How far is it from New York to Boston?",
    "What's the distance between (40.71, -74.00) and (34.05, -118.24) in miles? Those are "
    "lat/long.",
    "What's the Manhattan distance from Times Square to Central Park, in blocks?",
    "How long does it take to walk 3 km?",
])
neg("geometry_explain", "geometry", "en", DEV, [
    "Explain why the area of a circle is pi r squared.",
    "Write a function that checks whether two circles intersect.",
    "What's the formula for the area of a trapezoid?",
    "Prove that the angles of a triangle add up to 180 degrees.",
])
neg("shape_trivia", "geometry", "en", HELD, [
    "What's the area of Texas in square miles?",
    "What is the diameter of the Earth?",
    "How big is a football field in acres?",
    "How tall is the Eiffel Tower?",
])
neg("home_projects", "geometry", "en", HELD, [
    "Will a 65-inch TV fit on a wall that's 1.5 m wide?",
    "How much paint do I need for a 4 by 5 meter room?",
    "What size rug should I get for a 12x15 living room?",
    "How many 30x30 cm tiles should I buy for a 3x4 m bathroom, including waste?",
])
neg("zh_world_size", "geometry", "zh", DEV, [
    "北京到上海有多远？",
    "地球的半径是多少公里？",
    "一个标准足球场的面积有多大？",
    "珠穆朗玛峰有多高？",
])
neg("zh_geometry_why", "geometry", "zh", HELD, [
    "为什么圆的面积公式是 πr²？",
    "勾股定理是谁发现的？",
    "怎么证明三角形内角和是 180 度？",
    "用 Python 写一个判断点是否在多边形内的函数",
])


# =============================================================================================


def build() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(ROUND)
    dev: list[dict[str, Any]] = []
    heldout: list[dict[str, Any]] = []
    for name, family, lang, kind, split, gen in TEMPLATES:
        items = gen(rng)
        assert len(items) == 4, name
        short = name.removeprefix("zh_").replace("_", "-")
        for i, (prompt, expected) in enumerate(items, 1):
            rec = {
                "id": f"r{ROUND}-{FAM3[family]}-{lang}-{short}-{i}",
                "split": split,
                "kind": kind,
                "family": family,
                "lang": lang,
                "template": f"r{ROUND}_{name}",
                "prompt": prompt,
                "expected": expected,
            }
            (dev if split == DEV else heldout).append(rec)
    return dev, heldout


def main() -> None:
    dev, heldout = build()
    for split, records in ((DEV, dev), (HELD, heldout)):
        path = HERE / f"corpus_{split}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for rec in records:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"wrote {len(records)} records to {path.name}")


if __name__ == "__main__":
    main()
