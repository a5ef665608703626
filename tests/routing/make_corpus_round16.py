"""Generate the round-16 routing corpus (``corpus_dev16.jsonl`` / ``corpus_heldout16.jsonl``).

Every expected answer is computed here with exact arithmetic (``fractions.Fraction``, integer
arithmetic, trial division, direct string counting, exact circle / line formulas).  Each template
produces four instances and goes entirely to one split.  Standard library only.

Run from the repository root::

    python tests/routing/make_corpus_round16.py
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Callable
from decimal import Decimal, localcontext
from fractions import Fraction
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEV, HELDOUT = "dev16", "heldout16"
INSTANCES = 4
FAM3 = {"arithmetic": "ari", "comparison": "com", "number_theory": "num", "counting": "cou",
        "geometry": "geo"}

Result = tuple[str, dict[str, Any] | None, str | None]
Gen = Callable[[random.Random, int], Result]
TEMPLATES: list[tuple[str, str, str, str, Gen]] = []


def tpl(name: str, family: str, lang: str, kind: str) -> Callable[[Gen], Gen]:
    def deco(fn: Gen) -> Gen:
        TEMPLATES.append((name, family, lang, kind, fn))
        return fn
    return deco


# Formatting helpers ----------------------------------------------------------------------------

PI50 = Decimal("3.14159265358979323846264338327950288419716939937510")


def fstr(q: Fraction) -> str:
    return str(q.numerator) if q.denominator == 1 else f"{q.numerator}/{q.denominator}"


def dstr(q: Fraction) -> str | None:
    """The exact terminating decimal for q, or None."""
    d = q.denominator
    n = 0
    while d % 10 == 0 or d % 2 == 0 or d % 5 == 0:
        if d % 10 == 0:
            d //= 10
        elif d % 2 == 0:
            d //= 2
        else:
            d //= 5
        n += 1
    if d != 1:
        return None
    scaled = abs(q.numerator) * 10**n // q.denominator
    sign = "-" if q < 0 else ""
    if n == 0:
        return f"{sign}{scaled}"
    text = str(scaled).rjust(n + 1, "0")
    whole, frac = text[:-n], text[-n:].rstrip("0")
    return f"{sign}{whole}.{frac}" if frac else f"{sign}{whole}"


def num_text(q: Fraction) -> str:
    """How a number is written in a prompt (decimal when terminating, else a/b)."""
    return dstr(q) or fstr(q)


def canon_number(q: Fraction) -> str:
    if q.denominator == 1 and abs(q) >= 1000:
        return f"{q.numerator:,}"
    return dstr(q) or fstr(q)


def sig(d: Decimal, n: int = 12) -> str:
    with localcontext() as ctx:
        ctx.prec = 60
        if d == 0:
            return "0.0"
        q = Decimal(1).scaleb(d.adjusted() - n + 1)
        return format(d.quantize(q), "f")


def dec(q: Fraction) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 60
        return Decimal(q.numerator) / Decimal(q.denominator)


def exp_number(q: Fraction) -> tuple[dict[str, Any], str]:
    return {"type": "number", "answer": fstr(q)}, canon_number(q)


def exp_bool(b: bool) -> tuple[dict[str, Any], str]:
    return {"type": "bool", "answer": "yes" if b else "no"}, "yes" if b else "no"


def exp_choice(s: str) -> tuple[dict[str, Any], str]:
    return {"type": "choice", "answer": s}, fstr(Fraction(s))


def exp_text(s: str) -> tuple[dict[str, Any], str]:
    return {"type": "text", "answer": s}, f'"{s}"'


def exp_word_choice(s: str) -> tuple[dict[str, Any], str]:
    return {"type": "word_choice", "answer": s}, s.upper()


def exp_num_list(items: list[str], order: str | None) -> tuple[dict[str, Any], str]:
    e: dict[str, Any] = {"type": "list", "elem": "number", "answer": items,
                         "ordered": order is not None}
    if order is not None:
        e["order"] = order
    sep = {"asc": " < ", "desc": " > ", None: ", "}[order]
    return e, sep.join(items)


def exp_text_list(items: list[str]) -> tuple[dict[str, Any], str]:
    return ({"type": "list", "elem": "text", "answer": items, "ordered": True},
            ", ".join(w.capitalize() for w in items))


def exp_relation(rel: str, yes_if: str | None = None) -> tuple[dict[str, Any], str]:
    e: dict[str, Any] = {"type": "relation", "answer": rel}
    if yes_if is not None:
        e["yes_if"] = yes_if
        return e, "yes" if rel == yes_if else "no"
    return e, {"inside": "interior", "boundary": "on the boundary", "outside": "exterior"}[rel]


SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def exp_factorization(n: int) -> tuple[dict[str, Any], str]:
    fac = factorize(n)
    canon = "·".join(str(p) if e == 1 else f"{p}{str(e).translate(SUP)}" for p, e in fac)
    return {"type": "factorization", "answer": [[p, e] for p, e in fac], "n": n}, canon


def sqrt_parts(n: int) -> tuple[int, int]:
    """n = k*k*m with m squarefree: returns (k, m)."""
    k, m = 1, n
    f = 2
    while f * f <= m:
        while m % (f * f) == 0:
            m //= f * f
            k *= f
        f += 1
    return k, m


def exp_sqrt_sum(radicands: list[int]) -> tuple[dict[str, Any], str]:
    """Exact sum of sqrt(n) for n in radicands, as a sympy-readable expression."""
    coef: dict[int, int] = {}
    for n in radicands:
        k, m = sqrt_parts(n)
        coef[m] = coef.get(m, 0) + k
    terms = []
    for m in sorted(coef):
        c = coef[m]
        if m == 1:
            terms.append(str(c))
        elif c == 1:
            terms.append(f"sqrt({m})")
        else:
            terms.append(f"{c}*sqrt({m})")
    with localcontext() as ctx:
        ctx.prec = 60
        total = sum((Decimal(n).sqrt() for n in radicands), Decimal(0))
    return {"type": "real", "answer": " + ".join(terms)}, sig(total)


def exp_pi_multiple(c: Fraction) -> tuple[dict[str, Any], str]:
    with localcontext() as ctx:
        ctx.prec = 60
        value = dec(c) * PI50
    return {"type": "real", "answer": f"{fstr(c)}*pi"}, sig(value)


ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth"]


def words(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + (" " + words(r) if r else "")
    th, r = divmod(n, 1000)
    return words(th) + " thousand" + (" " + words(r) if r else "")


def pick(frames: list[str], i: int) -> str:
    return frames[i % len(frames)]


# Number theory helpers -------------------------------------------------------------------------


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    f = 2
    while f * f <= n:
        if n % f == 0:
            return False
        f += 1
    return True


def factorize(n: int) -> list[tuple[int, int]]:
    out = []
    f = 2
    while f * f <= n:
        e = 0
        while n % f == 0:
            n //= f
            e += 1
        if e:
            out.append((f, e))
        f += 1
    if n > 1:
        out.append((n, 1))
    return out


def n_divisors(n: int) -> int:
    return sum(1 for d in range(1, n + 1) if n % d == 0)


def is_happy(n: int) -> bool:
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(c) ** 2 for c in str(n))
    return n == 1


def primes_in(lo: int, hi: int) -> list[int]:
    return [p for p in range(lo, hi + 1) if is_prime(p)]


def random_prime(rng: random.Random, lo: int, hi: int) -> int:
    while True:
        n = rng.randint(lo, hi)
        if is_prime(n):
            return n


_CACHE: dict[str, list[Any]] = {}


def per_template(rng: random.Random, i: int, key: str, pool: list[Any]) -> Any:
    """Distinct draws from pool for the instances of one template, fixed at instance 0."""
    if i == 0:
        _CACHE[key] = rng.sample(pool, INSTANCES)
    return _CACHE[key][i]


def yes_no(rng: random.Random, i: int) -> bool:
    """Two yes and two no instances per template, in a random order."""
    return bool(per_template(rng, i, "yes_no", [True, False, True, False]))


# Geometry helpers ------------------------------------------------------------------------------

Pt = tuple[int, int]


def pt(p: Pt) -> str:
    return f"({p[0]}, {p[1]})"


def cross(o: Pt, a: Pt, b: Pt) -> int:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def on_segment(p: Pt, a: Pt, b: Pt) -> bool:
    return (cross(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
            and min(a[1], b[1]) <= p[1] <= max(a[1], b[1]))


def point_in_polygon(p: Pt, poly: list[Pt]) -> str:
    n = len(poly)
    for i in range(n):
        if on_segment(p, poly[i], poly[(i + 1) % n]):
            return "boundary"
    inside = False
    for i in range(n):
        a, b = poly[i], poly[(i + 1) % n]
        if (a[1] > p[1]) != (b[1] > p[1]):
            x = a[0] + Fraction(p[1] - a[1]) * (b[0] - a[0]) / (b[1] - a[1])
            if p[0] < x:
                inside = not inside
    return "inside" if inside else "outside"


def shoelace(poly: list[Pt]) -> Fraction:
    s = 0
    for i in range(len(poly)):
        a, b = poly[i], poly[(i + 1) % len(poly)]
        s += a[0] * b[1] - b[0] * a[1]
    return Fraction(abs(s), 2)


def convex_hull(points: list[Pt]) -> list[Pt]:
    pts = sorted(set(points))
    if len(pts) < 3:
        return pts
    lower: list[Pt] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[Pt] = []
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def random_convex(rng: random.Random, k: int, lo: int, hi: int) -> list[Pt]:
    while True:
        pts = [(rng.randint(lo, hi), rng.randint(lo, hi)) for _ in range(k + 2)]
        hull = convex_hull(pts)
        if len(hull) == k and shoelace(hull) >= 6:
            return hull


def random_triangle(rng: random.Random, lo: int, hi: int) -> list[Pt]:
    while True:
        t = [(rng.randint(lo, hi), rng.randint(lo, hi)) for _ in range(3)]
        if cross(*t) != 0 and abs(cross(*t)) >= 8:
            return t


def d2(a: Pt, b: Pt) -> int:
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2


CIRCLE_EN = {"separate": "separate", "ext": "externally tangent", "cross": "intersecting",
             "int": "internally tangent", "inside": "one inside the other"}
CIRCLE_ZH = {"separate": "相离", "ext": "外切", "cross": "相交", "int": "内切", "inside": "内含"}
OFFSETS = [(3, 4), (6, 8), (5, 12), (0, 7), (8, 0), (8, 6), (9, 12), (0, 10), (12, 5)]


def circle_relation(c1: Pt, r1: int, c2: Pt, r2: int) -> str:
    dd = d2(c1, c2)
    if dd > (r1 + r2) ** 2:
        return "separate"
    if dd == (r1 + r2) ** 2:
        return "ext"
    if dd > (r1 - r2) ** 2:
        return "cross"
    if dd == (r1 - r2) ** 2:
        return "int"
    return "inside"


def circle_pair(rng: random.Random, target: str) -> tuple[Pt, int, Pt, int]:
    dx, dy = rng.choice(OFFSETS)
    dx *= rng.choice([1, -1])
    dy *= rng.choice([1, -1])
    d = math.isqrt(dx * dx + dy * dy)
    c1 = (rng.randint(-4, 4), rng.randint(-4, 4))
    c2 = (c1[0] + dx, c1[1] + dy)
    if target == "separate":
        r1 = rng.randint(1, d - 2)
        r2 = rng.randint(1, d - 1 - r1)
    elif target == "ext":
        r1 = rng.randint(1, d - 1)
        r2 = d - r1
    elif target == "cross":
        r1 = rng.randint(2, d + 2)
        r2 = rng.randint(abs(d - r1) + 1, d + r1 - 1)
    elif target == "int":
        r1 = rng.randint(1, 5)
        r2 = r1 + d
    else:
        r1 = rng.randint(1, 4)
        r2 = r1 + d + rng.randint(1, 4)
    if rng.random() < 0.5:
        c1, r1, c2, r2 = c2, r2, c1, r1
    assert circle_relation(c1, r1, c2, r2) == target
    return c1, r1, c2, r2


def circle_eq(c: Pt, r: int) -> str:
    def part(var: str, v: int) -> str:
        if v == 0:
            return f"{var}^2"
        return f"({var} - {v})^2" if v > 0 else f"({var} + {-v})^2"
    return f"{part('x', c[0])} + {part('y', c[1])} = {r * r}"


def common_points(rel: str) -> int:
    return {"separate": 0, "ext": 1, "cross": 2, "int": 1, "inside": 0}[rel]


# ===============================================================================================
# Arithmetic
# ===============================================================================================


@tpl("receipt_total", "arithmetic", "en", "positive")
def _receipt_total(rng: random.Random, i: int) -> Result:
    k = 4 if i == 2 else rng.randint(3, 5)
    cents = [rng.randint(99, 4999) for _ in range(k)]
    parts = [f"${c // 100}.{c % 100:02d}" for c in cents]
    items = ", ".join(parts)
    frames = [
        "Splitting a grocery bill with my roommate and I want to get it right. The items were "
        "{items}. What's the exact total?",
        "ok so my receipt has these amounts: {items}. can you add them up for me? exact total "
        "please, no rounding",
        "Adding up expenses for a work trip: taxi {a}, lunch {b}, parking {c}, coffee {d}. "
        "What do they come to altogether?",
        "Quick sum check before I submit my reimbursement form: {items}. What's the total?",
    ]
    prompt = pick(frames, i).format(items=items, **dict(zip("abcd", parts, strict=False)))
    return (prompt, *exp_number(Fraction(sum(cents), 100)))


def _frac(rng: random.Random) -> Fraction:
    den = rng.choice([2, 3, 4, 5, 6, 8, 9, 10, 12])
    return Fraction(rng.randint(1, den - 1), den)


def _ftext(q: Fraction) -> str:
    return f"{q.numerator}/{q.denominator}"


@tpl("fraction_homework", "arithmetic", "en", "positive")
def _fraction_homework(rng: random.Random, i: int) -> Result:
    a, b, c = _frac(rng), _frac(rng), _frac(rng)
    while len({a, b, c}) < 3 or 1 in (a.denominator, b.denominator, c.denominator):
        a, b, c = _frac(rng), _frac(rng), _frac(rng)
    frames = [
        "Helping my son with fractions homework: what is {a} + {b} - {c}? Answer as a "
        "simplified fraction.",
        "can you work out {a} + {b} - {c} for me? leave it as a fraction",
        "What do you get if you add {a} and {b} and then subtract {c}?",
        "Fraction practice question: {a} + {b} − {c} = ?  I only need the final answer.",
    ]
    prompt = pick(frames, i).format(a=_ftext(a), b=_ftext(b), c=_ftext(c))
    return (prompt, *exp_number(a + b - c))


@tpl("spelled_out_ops", "arithmetic", "en", "positive")
def _spelled_out_ops(rng: random.Random, i: int) -> Result:
    x, y = rng.randint(12, 999), rng.randint(11, 99)
    op = ["times", "plus", "minus", "divided by"][i]
    if x < y:
        x, y = y, x
    value = {"times": Fraction(x * y), "plus": Fraction(x + y), "minus": Fraction(x - y),
             "divided by": Fraction(x, y)}[op]
    frames = [
        "Settle this for me: what is {x} {op} {y}?",
        "My kid is practising math problems written out in words. {x} {op} {y}, what's the "
        "answer?",
        "what's {x} {op} {y}? I'm too tired to think lol",
        "Could you tell me what {x} {op} {y} is? If it doesn't divide evenly, give it as a "
        "fraction.",
    ]
    prompt = pick(frames, i).format(x=words(x), y=words(y), op=op)
    return (prompt, *exp_number(value))


@tpl("power_exact", "arithmetic", "en", "positive")
def _power_exact(rng: random.Random, i: int) -> Result:
    b, e = per_template(rng, i, "pow", [(3, 13), (7, 8), (2, 40), (12, 6), (5, 11), (9, 9),
                                        (11, 7), (6, 12)])
    frames = [
        "Quick one: what's {b} to the power of {e}?",
        "What is {b}^{e} exactly? My calculator keeps showing it in scientific notation.",
        "How much is {b} raised to the power {e}? Need every digit.",
        "For a probability exercise I need {b}**{e} written out in full. What is it?",
    ]
    return (pick(frames, i).format(b=b, e=e), *exp_number(Fraction(b**e)))


@tpl("factorial_full", "arithmetic", "en", "positive")
def _factorial_full(rng: random.Random, i: int) -> Result:
    n = rng.randint(11, 20)
    frames = [
        "What is {n} factorial exactly? My phone calculator switched to scientific notation.",
        "how much is {n}! written out in full?",
        "I'm counting the ways to arrange {n} different books on a shelf, which is {n}!. "
        "What's the exact number?",
        "Can you compute {n}! for me? All the digits, please.",
    ]
    return (pick(frames, i).format(n=n), *exp_number(Fraction(math.factorial(n))))


@tpl("remainder_mod", "arithmetic", "en", "positive")
def _remainder_mod(rng: random.Random, i: int) -> Result:
    a, m = rng.randint(10000, 999999), rng.randint(7, 97)
    frames = [
        "What's the remainder when {a} is divided by {m}?",
        "What is {a} mod {m}?",
        "In Python, what would {a} % {m} evaluate to?",
        "If I divide {a} by {m}, what's left over? Just the remainder, please.",
    ]
    return (pick(frames, i).format(a=a, m=m), *exp_number(Fraction(a % m)))


@tpl("percent_of", "arithmetic", "en", "positive")
def _percent_of(rng: random.Random, i: int) -> Result:
    p = rng.choice([5, 10, 15, 20, 25, 35, 40, 45, 60, 75])
    base = 20 * rng.randint(3, 60)
    frames = [
        "A jacket costs ${base} and it's {p}% off. How many dollars do I save?",
        "What is {p}% of {base}?",
        "Out of {base} survey responses, {p}% said yes. How many responses is that?",
        "My rent is {base} a month and it's going up by {p}%. By how much does it increase?",
    ]
    return (pick(frames, i).format(p=p, base=base), *exp_number(Fraction(p * base, 100)))


@tpl("root_simplify", "arithmetic", "en", "positive")
def _root_simplify(rng: random.Random, i: int) -> Result:
    if i % 2 == 0:
        k, m = rng.randint(2, 9), rng.choice([2, 3, 5, 6, 7, 10, 11])
        n = k * k * m
        frame = ("Can you simplify the square root of {n}? Exact form, not a decimal." if i == 0
                 else "What is √{n} in simplest radical form?")
        return (frame.format(n=n), *exp_sqrt_sum([n]))
    r = rng.randint(13, 99)
    frame = ("What's the square root of {n}?" if i == 1
             else "I need the square root of {n} for a geometry problem. What is it?")
    return (frame.format(n=r * r), *exp_number(Fraction(r)))


@tpl("mixed_expression", "arithmetic", "en", "positive")
def _mixed_expression(rng: random.Random, i: int) -> Result:
    a, b, c, d, e = (rng.randint(2, 60) for _ in range(5))
    if i == 0:
        expr = f"({a + b} - {b}) × {c} ÷ {d} + {e}^2"
        value = Fraction(a * c, d) + e * e
        prompt = f"Can you evaluate this for me? {expr}"
    elif i == 1:
        expr = f"{a} + {b} * ({c} - {d})"
        value = Fraction(a + b * (c - d))
        prompt = f"what does {expr} come out to"
    elif i == 2:
        while c == d:
            d = rng.randint(2, 60)
        expr = f"({a} + {b}) / ({c} - {d})"
        value = Fraction(a + b, c - d)
        prompt = f"My spreadsheet formula is {expr}. What value should the cell show, exactly?"
    else:
        a = rng.randint(2, 15)
        expr = f"{a}^3 - {b} × {c} + {d}"
        value = Fraction(a**3 - b * c + d)
        prompt = f"Homework check: {expr} = ?"
    return (prompt, *exp_number(value))


@tpl("decimal_exact", "arithmetic", "en", "positive")
def _decimal_exact(rng: random.Random, i: int) -> Result:
    def rd(lo: int, hi: int, places: int) -> Fraction:
        return Fraction(rng.randint(lo, hi), 10**places)
    if i == 0:
        x, y = rd(101, 999, 3), rd(11, 99, 1)
        prompt = f"Multiply {num_text(x)} by {num_text(y)}, I need the exact value, no rounding."
        value = x * y
    elif i == 1:
        x, y = rd(1, 9, 1), rd(1, 9, 1)
        z = rd(1, 9, 1)
        prompt = (f"Floating point keeps giving me weird results. What is {num_text(x)} + "
                  f"{num_text(y)} + {num_text(z)} exactly?")
        value = x + y + z
    elif i == 2:
        x, y = rd(1000, 9999, 2), rd(100, 999, 3)
        prompt = f"what's {num_text(x)} minus {num_text(y)}? exact decimal please"
        value = x - y
    else:
        x = rd(100, 9999, 2)
        y = Fraction(rng.choice([25, 125, 8, 4, 5]), 100)
        prompt = f"How much is {num_text(x)} divided by {num_text(y)}?"
        value = x / y
    return (prompt, *exp_number(value))


@tpl("zh_add_sub_chain", "arithmetic", "zh", "positive")
def _zh_add_sub_chain(rng: random.Random, i: int) -> Result:
    a, b, c = rng.randint(100, 999), rng.randint(10, 300), rng.randint(10, 300)
    frames = [
        "帮我算一下：{a} 加 {b} 减 {c} 等于多少？",
        "{a}加{b}再减去{c}是多少啊",
        "记账用的，{a} 加上 {b}，再减掉 {c}，结果是多少？",
        "小学数学作业：{a} + {b} − {c} = ？",
    ]
    return (pick(frames, i).format(a=a, b=b, c=c), *exp_number(Fraction(a + b - c)))


@tpl("zh_mul_then_div", "arithmetic", "zh", "positive")
def _zh_mul_then_div(rng: random.Random, i: int) -> Result:
    a, b, c = rng.randint(12, 99), rng.randint(12, 99), rng.randint(7, 60)
    frames = [
        "{a} 乘以 {b} 再除以 {c} 等于多少？除不尽的话用分数表示。",
        "请问 {a} 乘 {b}，然后除以 {c}，结果是多少？",
        "算一下 {a}×{b}÷{c}，要精确结果，不要四舍五入",
        "先算 {a} 乘以 {b}，再把结果除以 {c}，最后得多少？",
    ]
    return (pick(frames, i).format(a=a, b=b, c=c), *exp_number(Fraction(a * b, c)))


@tpl("zh_power", "arithmetic", "zh", "positive")
def _zh_power(rng: random.Random, i: int) -> Result:
    b, e = per_template(rng, i, "pow", [(2, 15), (3, 10), (7, 6), (5, 9), (13, 4), (4, 11),
                                        (6, 7), (2, 23)])
    frames = [
        "{b} 的 {e} 次方是多少？",
        "帮忙算下{b}的{e}次方等于多少",
        "{b}^{e} 等于多少？要完整的数字",
        "请计算 {b} 的 {e} 次幂。",
    ]
    return (pick(frames, i).format(b=b, e=e), *exp_number(Fraction(b**e)))


@tpl("zh_percent", "arithmetic", "zh", "positive")
def _zh_percent(rng: random.Random, i: int) -> Result:
    p = rng.choice([5, 15, 20, 25, 30, 45, 65, 80])
    base = 20 * rng.randint(4, 50)
    frames = [
        "{base} 的 {p}% 是多少？",
        "一件衣服原价 {base} 元，现在降价 {p}%，便宜了多少元？",
        "公司有 {base} 名员工，其中 {p}% 参加了培训，参加培训的有多少人？",
        "算一下：{base} 乘以百分之{p} 等于多少",
    ]
    return (pick(frames, i).format(p=p, base=base), *exp_number(Fraction(p * base, 100)))


@tpl("zh_sum_list", "arithmetic", "zh", "positive")
def _zh_sum_list(rng: random.Random, i: int) -> Result:
    k = rng.randint(4, 6)
    vals = [Fraction(rng.randint(100, 9000), rng.choice([1, 4, 10, 100])) for _ in range(k)]
    items = "、".join(num_text(v) for v in vals)
    frames = [
        "帮我把这几个数加起来：{items}",
        "这周每天的花费分别是 {items} 元，一共花了多少钱？",
        "{items} 这些数的总和是多少？",
        "求和：{items}，要精确结果",
    ]
    return (pick(frames, i).format(items=items), *exp_number(sum(vals, Fraction(0))))


@tpl("neg_tip_etiquette", "arithmetic", "en", "negative")
def _neg_tip_etiquette(rng: random.Random, i: int) -> Result:
    city = rng.choice(["New York", "Chicago", "London", "Toronto", "Sydney"])
    amt = rng.randint(40, 200)
    p = rng.choice([10, 12, 15, 18])
    frames = [
        f"Is it rude to leave only a {p}% tip on a ${amt} dinner in {city}?",
        f"Do people in {city} still tip around 20% at restaurants, or has that changed lately?",
        f"My friend says {p}% is a stingy tip for a ${amt} bill. Is she right?",
        f"What's the normal amount to tip a hairdresser in {city}?",
    ]
    return pick(frames, i), None, None


@tpl("neg_exchange_rate", "arithmetic", "en", "negative")
def _neg_exchange_rate(rng: random.Random, i: int) -> Result:
    amt = rng.randint(50, 900)
    cur = rng.choice(["euros", "British pounds", "Japanese yen", "Swiss francs"])
    frames = [
        f"How many {cur} would I get for {amt} US dollars today?",
        f"What's the current exchange rate if I want to convert {amt} dollars to {cur}?",
        f"Is now a good time to change {amt} dollars into {cur}, or should I wait?",
        f"Roughly how much is {amt} {cur} in dollars at the airport exchange desk?",
    ]
    return pick(frames, i), None, None


@tpl("neg_arith_concept", "arithmetic", "en", "negative")
def _neg_arith_concept(rng: random.Random, i: int) -> Result:
    frames = [
        "Can you explain in plain words why you can't divide by zero? I don't need a "
        "calculation, just the intuition.",
        "Why is a negative times a negative positive? My teacher just said memorize it.",
        "Why is 0 factorial defined as 1? It feels like it should be 0.",
        "What's the difference between a percentage and a percentage point? I keep mixing "
        "them up in reports.",
    ]
    return pick(frames, i), None, None


@tpl("zh_neg_calories", "arithmetic", "zh", "negative")
def _zh_neg_calories(rng: random.Random, i: int) -> Result:
    food = ["一碗米饭加一个鸡蛋", "两片全麦面包", "一杯珍珠奶茶", "一个苹果和一根香蕉"][i]
    frames = [
        "{f}大概有多少卡路里？",
        "减肥期间，{f}的热量高吗？",
        "{f}加起来大概多少大卡，能当早餐吗？",
        "{f}的热量大概是多少，晚上吃会胖吗？",
    ]
    return pick(frames, i).format(f=food), None, None


@tpl("zh_neg_order_number", "arithmetic", "zh", "negative")
def _zh_neg_order_number(rng: random.Random, i: int) -> Result:
    no = f"{rng.randint(2023, 2025)}{rng.randint(1000, 9999)}{rng.randint(100, 999)}"
    frames = [
        f"我的订单号是 {no}，显示已发货三天了，大概什么时候能到？",
        f"快递单号 SF{no} 一直没有物流更新，怎么回事？",
        f"订单 {no} 可以改收货地址吗？",
        f"我想退货，订单编号 {no}，退款一般几天到账？",
    ]
    return pick(frames, i), None, None


# ===============================================================================================
# Comparison
# ===============================================================================================


def _trap_pair(rng: random.Random) -> tuple[str, str]:
    whole = rng.randint(0, 20)
    while True:
        a = f"{whole}.{rng.randint(10, 99)}"
        b = f"{whole}.{rng.randint(1, 9)}"
        if a[-1] != "0" and Fraction(a) != Fraction(b):
            return (a, b) if rng.random() < 0.5 else (b, a)


def _bigger(a: str, b: str) -> str:
    return a if Fraction(a) > Fraction(b) else b


def _smaller(a: str, b: str) -> str:
    return a if Fraction(a) < Fraction(b) else b


@tpl("decimal_trap_pair", "comparison", "en", "positive")
def _decimal_trap_pair(rng: random.Random, i: int) -> Result:
    a, b = _trap_pair(rng)
    frames = [
        "My friend and I are arguing about this: which is bigger, {a} or {b}?",
        "Which number is larger: {a} or {b}? Just the number please.",
        "Between {a} and {b}, which one is greater?",
        "Our trivia team got split on this one. {a} vs {b}, which is the larger number?",
    ]
    return (pick(frames, i).format(a=a, b=b), *exp_choice(_bigger(a, b)))


def _signed_dec(rng: random.Random) -> str:
    v = Fraction(rng.randint(-999, 999), rng.choice([1, 10, 100]))
    return num_text(v)


@tpl("is_greater_than", "comparison", "en", "positive")
def _is_greater_than(rng: random.Random, i: int) -> Result:
    want = yes_no(rng, i)
    while True:
        whole = rng.randint(-9, 9)
        a = num_text(Fraction(whole * 100 + rng.choice([-1, 1]) * rng.randint(1, 99), 100))
        b = num_text(Fraction(whole * 10 + rng.choice([-1, 1]) * rng.randint(1, 9), 10))
        if Fraction(a) != Fraction(b) and (Fraction(a) > Fraction(b)) == want:
            break
    frames = [
        "Is {a} greater than {b}?",
        "True or false: {a} > {b}",
        "Quick check for my number line worksheet: is {a} bigger than {b}? yes or no",
        "Does {a} come out larger than {b}?",
    ]
    return (pick(frames, i).format(a=a, b=b), *exp_bool(want))


def _distinct_values(rng: random.Random, k: int) -> list[str]:
    while True:
        vals = [_signed_dec(rng) for _ in range(k)]
        if len({Fraction(v) for v in vals}) == k:
            return vals


@tpl("sort_ascending", "comparison", "en", "positive")
def _sort_ascending(rng: random.Random, i: int) -> Result:
    vals = _distinct_values(rng, rng.randint(5, 7))
    frames = [
        "Sort these from smallest to largest: {v}",
        "can you put these numbers in ascending order? {v}",
        "I need this list ordered low to high for a chart: {v}",
        "Arrange in increasing order: {v}",
    ]
    answer = sorted(vals, key=Fraction)
    return (pick(frames, i).format(v=", ".join(vals)), *exp_num_list(answer, "asc"))


@tpl("rank_scores_desc", "comparison", "en", "positive")
def _rank_scores_desc(rng: random.Random, i: int) -> Result:
    k = rng.randint(4, 6)
    while True:
        vals = [num_text(Fraction(rng.randint(600, 1000), rng.choice([10, 4]))) for _ in range(k)]
        if len({Fraction(v) for v in vals}) == k:
            break
    frames = [
        "Our team's quiz scores were {v}. List them from highest to lowest.",
        "Sort these in descending order please: {v}",
        "Rank these numbers biggest first: {v}",
        "For the leaderboard I need {v} ordered from largest to smallest.",
    ]
    answer = sorted(vals, key=Fraction, reverse=True)
    return (pick(frames, i).format(v=", ".join(vals)), *exp_num_list(answer, "desc"))


@tpl("fraction_pair_larger", "comparison", "en", "positive")
def _fraction_pair_larger(rng: random.Random, i: int) -> Result:
    while True:
        a, b = _frac(rng), _frac(rng)
        if a != b and a.denominator != b.denominator and a.denominator > 1 < b.denominator:
            break
    sa, sb = _ftext(a), _ftext(b)
    frames = [
        "Which is larger, {a} or {b}?",
        "Is {a} or {b} the bigger fraction? My daughter thinks it's the one with the bigger "
        "denominator.",
        "Which fraction is greater: {a} or {b}?",
        "between {a} and {b} which one is more",
    ]
    win = sa if a > b else sb
    return (pick(frames, i).format(a=sa, b=sb), *exp_choice(win))


@tpl("smallest_of_many", "comparison", "en", "positive")
def _smallest_of_many(rng: random.Random, i: int) -> Result:
    whole = rng.randint(0, 3)
    while True:
        vals = [f"{whole}.{rng.choice(['', '0', '00'])}{rng.randint(1, 99)}" for _ in range(4)]
        vals = [num_text(Fraction(v)) for v in vals]
        if len({Fraction(v) for v in vals}) == 4:
            break
    frames = [
        "Which of these is the smallest: {v}?",
        "Out of {v}, which number is the least?",
        "I always get confused with decimals. Smallest one among {v}?",
        "Pick the minimum from this list: {v}",
    ]
    win = min(vals, key=Fraction)
    return (pick(frames, i).format(v=", ".join(vals)), *exp_choice(win))


@tpl("power_vs_power", "comparison", "en", "positive")
def _power_vs_power(rng: random.Random, i: int) -> Result:
    pairs = [((2, 10), (10, 3)), ((3, 7), (7, 3)), ((2, 30), (10, 9)), ((5, 6), (6, 5)),
             ((2, 20), (3, 12)), ((9, 4), (4, 9)), ((11, 3), (3, 7)), ((8, 5), (5, 8))]
    (b1, e1), (b2, e2) = per_template(rng, i, "pairs", pairs)
    if rng.random() < 0.5:
        (b1, e1), (b2, e2) = (b2, e2), (b1, e1)
    frames = [
        "Is {b1}^{e1} bigger than {b2}^{e2}?",
        "Without a calculator I can't tell: is {b1} to the power {e1} greater than {b2} to "
        "the power {e2}?",
        "Yes or no: {b1}^{e1} > {b2}^{e2}",
        "Does {b1}^{e1} exceed {b2}^{e2}?",
    ]
    prompt = pick(frames, i).format(b1=b1, e1=e1, b2=b2, e2=e2)
    return (prompt, *exp_bool(b1**e1 > b2**e2))


@tpl("coldest_temperature", "comparison", "en", "positive")
def _coldest_temperature(rng: random.Random, i: int) -> Result:
    while True:
        vals = [num_text(-Fraction(rng.randint(1, 200), rng.choice([1, 10]))) for _ in range(5)]
        if len({Fraction(v) for v in vals}) == 5:
            break
    frames = [
        "Which number is the largest: {v}?",
        "Here are some negative numbers: {v}. Which one is the greatest?",
        "Of {v}, which is the smallest number?",
        "Which is the least among {v}? Careful, they're all negative.",
    ]
    pick_max = i < 2
    win = (max if pick_max else min)(vals, key=Fraction)
    return (pick(frames, i).format(v=", ".join(vals)), *exp_choice(win))


@tpl("unit_price_smaller", "comparison", "en", "positive")
def _unit_price_smaller(rng: random.Random, i: int) -> Result:
    a, b = _trap_pair(rng)
    frames = [
        "Comparing unit prices on two brands of rice: one works out to {a} per kg and the other "
        "to {b} per kg. Which number is smaller?",
        "Which is less, {a} or {b}?",
        "Lower of the two: {a} or {b}?",
        "For my spreadsheet I need the min of {a} and {b}. Which is it?",
    ]
    return (pick(frames, i).format(a=a, b=b), *exp_choice(_smaller(a, b)))


@tpl("zh_which_bigger", "comparison", "zh", "positive")
def _zh_which_bigger(rng: random.Random, i: int) -> Result:
    a, b = _trap_pair(rng)
    frames = [
        "{a} 和 {b} 哪个大？",
        "{a}和{b}，哪个数更大？",
        "比较一下 {a} 与 {b} 的大小，哪个大？",
        "朋友说 {a} 比 {b} 大，我觉得不对。到底哪个大？",
    ]
    return (pick(frames, i).format(a=a, b=b), *exp_choice(_bigger(a, b)))


@tpl("zh_is_bigger", "comparison", "zh", "positive")
def _zh_is_bigger(rng: random.Random, i: int) -> Result:
    want = yes_no(rng, i)
    while True:
        a, b = _signed_dec(rng), _signed_dec(rng)
        if Fraction(a) != Fraction(b) and (Fraction(a) > Fraction(b)) == want and (
                Fraction(a) < 0 or Fraction(b) < 0):
            break
    frames = [
        "{a} 比 {b} 大吗？",
        "请问 {a} 是不是大于 {b}？",
        "{a} > {b} 对吗？回答是或否",
        "判断一下：{a} 比 {b} 大吗",
    ]
    return (pick(frames, i).format(a=a, b=b), *exp_bool(want))


@tpl("zh_sort_asc", "comparison", "zh", "positive")
def _zh_sort_asc(rng: random.Random, i: int) -> Result:
    vals = _distinct_values(rng, rng.randint(4, 6))
    frames = [
        "把下面这些数从小到大排列：{v}",
        "请将 {v} 按从小到大的顺序排好",
        "{v}，从小到大怎么排？",
        "升序排列：{v}",
    ]
    answer = sorted(vals, key=Fraction)
    return (pick(frames, i).format(v="、".join(vals)), *exp_num_list(answer, "asc"))


@tpl("zh_fraction_smaller", "comparison", "zh", "positive")
def _zh_fraction_smaller(rng: random.Random, i: int) -> Result:
    while True:
        a, b = _frac(rng), _frac(rng)
        if a != b and a.denominator != b.denominator and a.denominator > 1 < b.denominator:
            break
    sa, sb = _ftext(a), _ftext(b)
    frames = [
        "{a} 和 {b} 哪个小？",
        "分数 {a} 与 {b} 相比，哪个更小？",
        "{a}、{b} 这两个分数里哪个比较小",
        "孩子问我 {a} 和 {b} 谁小，我一下子算不出来，哪个小？",
    ]
    win = sa if a < b else sb
    return (pick(frames, i).format(a=sa, b=sb), *exp_choice(win))


@tpl("zh_sort_desc", "comparison", "zh", "positive")
def _zh_sort_desc(rng: random.Random, i: int) -> Result:
    vals = _distinct_values(rng, rng.randint(4, 6))
    frames = [
        "从大到小排一下：{v}",
        "请把 {v} 按从大到小的顺序排列",
        "降序排列这几个数：{v}",
        "{v} 这几个数从大到小是什么顺序？",
    ]
    answer = sorted(vals, key=Fraction, reverse=True)
    return (pick(frames, i).format(v="、".join(vals)), *exp_num_list(answer, "desc"))


@tpl("neg_software_versions", "comparison", "en", "negative")
def _neg_software_versions(rng: random.Random, i: int) -> Result:
    frames = [
        "Which is newer, Python 3.11 or Python 3.9? I want to pick one for a new project.",
        "Should I upgrade from Node 18 to Node 20 or wait for the next LTS?",
        "Is Ubuntu 22.04 or 20.04 better for running an old Django app?",
        "Which came out first, Java 17 or Java 11, and which one has longer support?",
    ]
    return pick(frames, i), None, None


@tpl("neg_planet_sizes", "comparison", "en", "negative")
def _neg_planet_sizes(rng: random.Random, i: int) -> Result:
    a, b = [("Neptune", "Uranus"), ("Mars", "Mercury"), ("Venus", "Earth"),
            ("Ganymede", "Titan")][i]
    frames = [
        "Which is bigger, {a} or {b}?",
        "Is {a} heavier than {b}?",
        "Which one is closer to the Sun, {a} or {b}?",
        "Which has the larger diameter, {a} or {b}?",
    ]
    return pick(frames, i).format(a=a, b=b), None, None


@tpl("neg_better_deal_opinion", "comparison", "en", "negative")
def _neg_better_deal_opinion(rng: random.Random, i: int) -> Result:
    frames = [
        "Which is the better deal long term, a 15-year or a 30-year mortgage?",
        "Is it smarter to buy a 256 GB or a 512 GB phone if I take a lot of videos?",
        "Which is better for a beginner runner, a 5k or a 10k as a first race?",
        "Should I take the job paying 5% more or the one with better remote work options?",
    ]
    return pick(frames, i), None, None


@tpl("zh_neg_city_compare", "comparison", "zh", "negative")
def _zh_neg_city_compare(rng: random.Random, i: int) -> Result:
    a, b = [("北京", "上海"), ("广州", "深圳"), ("成都", "重庆"), ("杭州", "南京")][i]
    frames = [
        "{a}和{b}哪个人口多？",
        "{a}和{b}哪个城市的房价更高？",
        "{a}跟{b}比，哪个更适合年轻人发展？",
        "{a}和{b}哪个面积大？",
    ]
    return pick(frames, i).format(a=a, b=b), None, None


@tpl("zh_neg_app_versions", "comparison", "zh", "negative")
def _zh_neg_app_versions(rng: random.Random, i: int) -> Result:
    frames = [
        "微信 8.0.50 和 8.0.49 哪个版本更好用？",
        "iPhone 15 和 iPhone 14 哪个更值得买？",
        "安卓 14 比安卓 13 流畅吗？",
        "Windows 11 和 Windows 10 哪个更适合打游戏？",
    ]
    return pick(frames, i), None, None


# ===============================================================================================
# Number theory
# ===============================================================================================


def _prime_or_semiprime(rng: random.Random, want: bool, lo: int, hi: int) -> int:
    if want:
        return random_prime(rng, lo, hi)
    while True:
        n = random_prime(rng, 7, 150) * random_prime(rng, 7, 150)
        if lo <= n <= hi:
            return n


@tpl("is_it_prime", "number_theory", "en", "positive")
def _is_it_prime(rng: random.Random, i: int) -> Result:
    want = yes_no(rng, i)
    n = _prime_or_semiprime(rng, want, 1000, 20000)
    frames = [
        "Is {n} a prime number?",
        "My code says {n} is prime but I don't trust it. Is it actually prime?",
        "Quick check: is {n} prime? yes/no is enough.",
        "For a crypto homework exercise I need to know whether {n} is prime. Is it?",
    ]
    return (pick(frames, i).format(n=n), *exp_bool(is_prime(n)))


def _smooth(rng: random.Random, lo: int, hi: int) -> int:
    while True:
        n = 1
        for p in rng.sample([2, 3, 5, 7, 11, 13, 17], rng.randint(2, 4)):
            n *= p ** rng.randint(1, 4)
        if lo <= n <= hi:
            return n


@tpl("prime_factorization", "number_theory", "en", "positive")
def _prime_factorization(rng: random.Random, i: int) -> Result:
    n = _smooth(rng, 100, 200000)
    frames = [
        "What's the prime factorization of {n}? Exponent form is fine.",
        "Break {n} down into prime factors for me.",
        "Can you factor {n} into primes?",
        "I'm simplifying a radical and need {n} written as a product of primes. What is it?",
    ]
    return (pick(frames, i).format(n=n), *exp_factorization(n))


@tpl("gcd_pair", "number_theory", "en", "positive")
def _gcd_pair(rng: random.Random, i: int) -> Result:
    g = rng.randint(3, 60)
    a, b = g * rng.randint(2, 40), g * rng.randint(2, 40)
    while a == b:
        b = g * rng.randint(2, 40)
    frames = [
        "What's the greatest common divisor of {a} and {b}?",
        "gcd({a}, {b}) = ?",
        "What is the highest common factor of {a} and {b}?",
        "I want to reduce the fraction {a}/{b}. What's the largest number that divides both?",
    ]
    return (pick(frames, i).format(a=a, b=b), *exp_number(Fraction(math.gcd(a, b))))


@tpl("lcm_schedule", "number_theory", "en", "positive")
def _lcm_schedule(rng: random.Random, i: int) -> Result:
    k = 3 if i % 2 else 2
    nums = sorted(rng.sample(range(4, 40), k))
    text = ", ".join(map(str, nums[:-1])) + " and " + str(nums[-1])
    frames = [
        "What's the least common multiple of {t}?",
        "For a scheduling puzzle I need the LCM of {t}. What is it?",
        "lowest common multiple of {t}?",
        "Can you find the smallest positive number divisible by each of {t}?",
    ]
    return (pick(frames, i).format(t=text), *exp_number(Fraction(math.lcm(*nums))))


@tpl("largest_prime_factor", "number_theory", "en", "positive")
def _largest_prime_factor(rng: random.Random, i: int) -> Result:
    n = random_prime(rng, 11, 400) * rng.randint(6, 300)
    frames = [
        "What's the largest prime factor of {n}?",
        "Project Euler style question: biggest prime that divides {n}?",
        "Of all the prime factors of {n}, which one is the largest?",
        "Find the greatest prime divisor of {n}.",
    ]
    return (pick(frames, i).format(n=n), *exp_number(Fraction(factorize(n)[-1][0])))


@tpl("primes_under_n", "number_theory", "en", "positive")
def _primes_under_n(rng: random.Random, i: int) -> Result:
    n = per_template(rng, i, "n", [30, 40, 50, 45, 36, 60, 28, 35])
    frames = [
        "List all the prime numbers less than {n}.",
        "Which numbers under {n} are prime?",
        "Can you give me every prime below {n}?",
        "For my kid's worksheet: write down all primes smaller than {n}.",
    ]
    ps = [str(p) for p in primes_in(2, n - 1)]
    return (pick(frames, i).format(n=n), *exp_num_list(ps, None))


@tpl("digit_sum", "number_theory", "en", "positive")
def _digit_sum(rng: random.Random, i: int) -> Result:
    if i == 3:
        k = rng.randint(20, 60)
        n = 2**k
        prompt = f"What's the sum of the digits of 2^{k}?"
    else:
        n = rng.randint(10**5, 10**9)
        prompt = ["What is the sum of the digits of {n}?",
                  "add up all the digits in {n} for me",
                  "My check-digit exercise needs the digit sum of {n}. What is it?"][i].format(n=n)
    return (prompt, *exp_number(Fraction(sum(int(c) for c in str(n)))))


@tpl("count_divisors", "number_theory", "en", "positive")
def _count_divisors(rng: random.Random, i: int) -> Result:
    n = _smooth(rng, 60, 5000) if i % 2 == 0 else rng.randint(100, 3000)
    frames = [
        "How many positive divisors does {n} have?",
        "How many numbers divide {n} evenly (counting 1 and {n} itself)?",
        "What's the number of divisors of {n}?",
        "Count the positive factors of {n}.",
    ]
    return (pick(frames, i).format(n=n), *exp_number(Fraction(n_divisors(n))))


@tpl("happy_number", "number_theory", "en", "positive")
def _happy_number(rng: random.Random, i: int) -> Result:
    want = yes_no(rng, i)
    while True:
        n = rng.randint(10, 500)
        if is_happy(n) == want:
            break
    frames = [
        "Is {n} a happy number?",
        "Happy numbers are the ones where repeatedly summing the squares of the digits ends at "
        "1. Is {n} one of them?",
        "Coding interview practice: is {n} happy?  (yes/no)",
        "Does {n} count as a happy number?",
    ]
    return (pick(frames, i).format(n=n), *exp_bool(want))


@tpl("count_primes_between", "number_theory", "en", "positive")
def _count_primes_between(rng: random.Random, i: int) -> Result:
    lo = 10 * rng.randint(1, 50)
    hi = lo + 10 * rng.randint(3, 15)
    frames = [
        "How many primes are there between {lo} and {hi}?",
        "Count the prime numbers between {lo} and {hi}.",
        "how many prime numbers lie between {lo} and {hi}?",
        "What's the number of primes between {lo} and {hi}?",
    ]
    return (pick(frames, i).format(lo=lo, hi=hi),
            *exp_number(Fraction(len(primes_in(lo, hi)))))


@tpl("zh_is_prime", "number_theory", "zh", "positive")
def _zh_is_prime(rng: random.Random, i: int) -> Result:
    want = yes_no(rng, i)
    n = _prime_or_semiprime(rng, want, 100, 9999)
    frames = [
        "{n} 是质数吗？",
        "{n}是不是素数",
        "请判断 {n} 是否为质数。",
        "老师让我们判断 {n} 是不是质数，是吗？",
    ]
    return (pick(frames, i).format(n=n), *exp_bool(want))


@tpl("zh_factorize", "number_theory", "zh", "positive")
def _zh_factorize(rng: random.Random, i: int) -> Result:
    n = _smooth(rng, 60, 50000)
    frames = [
        "把 {n} 分解质因数",
        "{n} 分解质因数的结果是什么？",
        "请将 {n} 写成质数的乘积。",
        "帮我分解一下 {n} 的质因数",
    ]
    return (pick(frames, i).format(n=n), *exp_factorization(n))


@tpl("zh_gcd", "number_theory", "zh", "positive")
def _zh_gcd(rng: random.Random, i: int) -> Result:
    g = rng.randint(2, 40)
    a, b = g * rng.randint(2, 30), g * rng.randint(2, 30)
    while a == b:
        b = g * rng.randint(2, 30)
    frames = [
        "{a} 和 {b} 的最大公约数是多少？",
        "求 {a} 与 {b} 的最大公因数",
        "{a}和{b}的最大公约数",
        "约分 {a}/{b} 时要用到最大公约数，它是多少？",
    ]
    return (pick(frames, i).format(a=a, b=b), *exp_number(Fraction(math.gcd(a, b))))


@tpl("zh_lcm", "number_theory", "zh", "positive")
def _zh_lcm(rng: random.Random, i: int) -> Result:
    nums = sorted(rng.sample(range(3, 30), 2 + i % 2))
    text = "、".join(map(str, nums))
    frames = [
        "{t} 的最小公倍数是多少？",
        "求 {t} 的最小公倍数",
        "{t}的最小公倍数",
        "通分的时候需要 {t} 的最小公倍数，是多少？",
    ]
    return (pick(frames, i).format(t=text), *exp_number(Fraction(math.lcm(*nums))))


@tpl("zh_divisor_count", "number_theory", "zh", "positive")
def _zh_divisor_count(rng: random.Random, i: int) -> Result:
    n = _smooth(rng, 24, 3000) if i % 2 else rng.randint(50, 2000)
    frames = [
        "{n} 一共有多少个正因数？",
        "{n}有几个正约数？",
        "请问 {n} 的正因数个数是多少（包括 1 和它本身）？",
        "数一数 {n} 有多少个正因数",
    ]
    return (pick(frames, i).format(n=n), *exp_number(Fraction(n_divisors(n))))


@tpl("neg_rsa_primes", "number_theory", "en", "negative")
def _neg_rsa_primes(rng: random.Random, i: int) -> Result:
    frames = [
        "Why does RSA rely on it being hard to factor large numbers?",
        "How big do the primes in a 2048-bit RSA key have to be, roughly, and why?",
        "Could quantum computers break encryption based on prime factorization?",
        "Why are prime numbers so important in cryptography? Explain like I'm 12.",
    ]
    return pick(frames, i), None, None


@tpl("neg_record_primes", "number_theory", "en", "negative")
def _neg_record_primes(rng: random.Random, i: int) -> Result:
    frames = [
        "What's the largest prime number discovered so far, and who found it?",
        "How many Mersenne primes are known right now?",
        "Is there a cash prize for finding a new record prime?",
        "Which computer project finds the biggest known primes these days?",
    ]
    return pick(frames, i), None, None


@tpl("neg_lucky_numbers", "number_theory", "en", "negative")
def _neg_lucky_numbers(rng: random.Random, i: int) -> Result:
    n = [8, 7, 13, 4][i]
    frames = [
        "Is {n} considered a lucky number in Chinese culture?",
        "Why do so many people think {n} is a lucky number?",
        "Why do some hotels skip floor {n}?",
        "Is it bad luck to have the number {n} in a phone number in China?",
    ]
    return pick(frames, i).format(n=n), None, None


@tpl("zh_neg_conjectures", "number_theory", "zh", "negative")
def _zh_neg_conjectures(rng: random.Random, i: int) -> Result:
    frames = [
        "哥德巴赫猜想现在被证明了吗？",
        "孪生素数猜想最新的研究进展是什么？",
        "陈景润的“1+2”到底证明了什么？",
        "黎曼猜想为什么这么重要？",
    ]
    return pick(frames, i), None, None


@tpl("zh_neg_prime_concept", "number_theory", "zh", "negative")
def _zh_neg_prime_concept(rng: random.Random, i: int) -> Result:
    frames = [
        "质数和合数有什么区别？能举个生活中的例子吗",
        "为什么 1 既不是质数也不是合数？",
        "完全数是什么意思？",
        "最大公约数在实际生活中有什么用？",
    ]
    return pick(frames, i), None, None


# ===============================================================================================
# Counting
# ===============================================================================================

LETTER_WORDS = [("strawberry", "r"), ("mississippi", "s"), ("banana", "a"), ("bookkeeper", "e"),
                ("committee", "m"), ("occurrence", "c"), ("parallel", "l"), ("assessment", "s"),
                ("necessary", "s"), ("embarrassment", "r"), ("raspberry", "r"), ("balloon", "l"),
                ("pepper", "p"), ("success", "c"), ("referee", "e"), ("giraffe", "f"),
                ("hippopotamus", "p"), ("cucumber", "u"), ("address", "d"), ("coffee", "e"),
                ("millennium", "n"), ("possession", "s"), ("broccoli", "c"), ("tomorrow", "o")]
PLAIN_WORDS = ["encyclopedia", "rhythm", "strengths", "onomatopoeia", "accommodation",
               "pneumonia", "questionnaire", "chrysanthemum", "entrepreneur", "bureaucracy",
               "photosynthesis", "antidisestablishment", "mischievous", "conscientious",
               "thermometer", "kaleidoscope", "pharaoh", "silhouette"]
NO_Y_WORDS = ["education", "beautiful", "onomatopoeia", "computer", "alphabet", "queue",
              "television", "adventure", "restaurant", "avocado", "umbrella", "questionnaire",
              "communication", "elephant", "strength", "imagination", "aquarium", "scissors",
              "tournament", "sequoia", "porcupine", "calendar"]
SENTENCES = ["The quick brown fox jumps over the lazy dog",
             "I would like to order two large pizzas for delivery tonight",
             "She sells sea shells by the sea shore",
             "All that glitters is not gold",
             "Please remember to water the plants while I am away on vacation",
             "Our team meeting has been moved to Thursday afternoon",
             "The library closes early on Sundays during the summer",
             "Can you send me the slides before the call starts",
             "My grandmother makes the best apple pie in the whole town",
             "We missed the last train and had to walk home in the rain"]
REVERSE_WORDS = ["desserts", "drawer", "keyboard", "guitar", "planet", "garden", "pumpkin",
                 "lantern", "stressed", "diaper", "elephant", "notebook"]
ANAGRAM_YES = [("listen", "silent"), ("night", "thing"), ("angel", "glean"), ("dusty", "study"),
               ("elbow", "below"), ("cinema", "iceman"), ("garden", "danger"),
               ("heart", "earth"), ("lemon", "melon"), ("stressed", "desserts")]
ANAGRAM_NO = [("letter", "settle"), ("master", "matter"), ("silent", "listed"),
              ("planet", "plenty"), ("carrot", "tractor"), ("dream", "ready"),
              ("teacher", "reached"), ("python", "phony")]
DISTINCT_WORDS = ["bookkeeper", "mississippi", "banana", "committee", "balloon", "hippopotamus",
                  "assessment", "parallel", "tattoo", "referee", "senseless", "abracadabra"]
LENGTH_POOL = ["elephant", "crocodile", "strawberry", "pineapple", "giraffe", "hamster",
               "raccoon", "butterfly", "avocado", "mushroom", "caterpillar", "kangaroo",
               "penguin", "watermelon", "tangerine", "chimpanzee"]
ALPHA_POOLS = [["pear", "apple", "mango", "kiwi", "banana", "cherry", "grape", "lemon"],
               ["violin", "drum", "flute", "harp", "cello", "banjo", "oboe", "trumpet"],
               ["zebra", "otter", "lion", "beaver", "moose", "walrus", "falcon", "tiger"],
               ["madrid", "oslo", "cairo", "lima", "berlin", "tokyo", "dublin", "quito"]]


@tpl("letter_occurrences", "counting", "en", "positive")
def _letter_occurrences(rng: random.Random, i: int) -> Result:
    w, ch = per_template(rng, i, "lw", LETTER_WORDS)
    frames = [
        "How many times does the letter {c} appear in '{w}'?",
        "count the letter {c} in {w} for me",
        "Settle a bet: how many letter {c}'s does \"{w}\" have?",
        "In the word {w}, how many times does {c} show up?",
    ]
    return (pick(frames, i).format(c=ch, w=w), *exp_number(Fraction(w.count(ch))))


@tpl("word_letter_count", "counting", "en", "positive")
def _word_letter_count(rng: random.Random, i: int) -> Result:
    w = per_template(rng, i, "w", PLAIN_WORDS)
    frames = [
        "How many letters are in the word '{w}'?",
        "I'm doing a crossword and need to know how many letters '{w}' has.",
        "how long is the word {w}, in letters?",
        "Count the letters in \"{w}\" please.",
    ]
    return (pick(frames, i).format(w=w), *exp_number(Fraction(len(w))))


@tpl("vowel_count", "counting", "en", "positive")
def _vowel_count(rng: random.Random, i: int) -> Result:
    w = per_template(rng, i, "w", NO_Y_WORDS)
    frames = [
        "How many vowels are in '{w}'?",
        "Count the vowels (a, e, i, o, u) in the word {w}.",
        "my son's spelling sheet asks how many vowels \"{w}\" has. what's the answer?",
        "Number of vowels in {w}?",
    ]
    return (pick(frames, i).format(w=w), *exp_number(Fraction(sum(c in "aeiou" for c in w))))


@tpl("consonant_count", "counting", "en", "positive")
def _consonant_count(rng: random.Random, i: int) -> Result:
    w = per_template(rng, i, "w", NO_Y_WORDS)
    frames = [
        "How many consonants does '{w}' have?",
        "Count the consonants in the word {w}.",
        "In \"{w}\", how many letters are consonants?",
        "What's the consonant count for {w}?",
    ]
    value = Fraction(sum(c not in "aeiou" for c in w))
    return (pick(frames, i).format(w=w), *exp_number(value))


@tpl("sentence_word_count", "counting", "en", "positive")
def _sentence_word_count(rng: random.Random, i: int) -> Result:
    s = per_template(rng, i, "s", SENTENCES)
    frames = [
        "How many words are in this sentence: \"{s}\"?",
        "Word count check for my caption: {s}. How many words is that?",
        "count the words in \"{s}\"",
        "I need to know how many words this line has: '{s}'",
    ]
    return (pick(frames, i).format(s=s), *exp_number(Fraction(len(s.split()))))


@tpl("nth_letter", "counting", "en", "positive")
def _nth_letter(rng: random.Random, i: int) -> Result:
    w = per_template(rng, i, "w", PLAIN_WORDS + REVERSE_WORDS)
    k = rng.randint(2, min(9, len(w) - 1))
    frames = [
        "What is the {o} letter of '{w}'?",
        "In the word {w}, which letter is in position {k}?",
        "Quick puzzle clue: the {o} letter of \"{w}\". What is it?",
        "what's letter number {k} in {w}?",
    ]
    return (pick(frames, i).format(o=ORD[k], w=w, k=k), *exp_text(w[k - 1]))


@tpl("spell_backwards", "counting", "en", "positive")
def _spell_backwards(rng: random.Random, i: int) -> Result:
    w = per_template(rng, i, "w", REVERSE_WORDS)
    frames = [
        "Can you spell '{w}' backwards?",
        "What do you get if you reverse the letters of {w}?",
        "write \"{w}\" in reverse order",
        "Reverse the word {w} for me.",
    ]
    return (pick(frames, i).format(w=w), *exp_text(w[::-1]))


@tpl("anagram_check", "counting", "en", "positive")
def _anagram_check(rng: random.Random, i: int) -> Result:
    want = yes_no(rng, i)
    yes_pair = per_template(rng, i, "ay", ANAGRAM_YES)
    no_pair = per_template(rng, i, "an", ANAGRAM_NO)
    a, b = yes_pair if want else no_pair
    assert (sorted(a) == sorted(b)) == want
    frames = [
        "Are '{a}' and '{b}' anagrams of each other?",
        "Is {b} an anagram of {a}?",
        "Word game question: can you rearrange the letters of \"{a}\" to get \"{b}\"?",
        "Do {a} and {b} use exactly the same letters?",
    ]
    return (pick(frames, i).format(a=a, b=b), *exp_bool(want))


@tpl("distinct_letters", "counting", "en", "positive")
def _distinct_letters(rng: random.Random, i: int) -> Result:
    w = per_template(rng, i, "w", DISTINCT_WORDS)
    frames = [
        "How many different letters appear in '{w}'?",
        "How many unique letters does the word {w} use?",
        "Counting each letter only once, how many letters are in \"{w}\"?",
        "number of distinct letters in {w}?",
    ]
    return (pick(frames, i).format(w=w), *exp_number(Fraction(len(set(w)))))


@tpl("longer_word", "counting", "en", "positive")
def _longer_word(rng: random.Random, i: int) -> Result:
    while True:
        a, b = rng.sample(LENGTH_POOL, 2)
        if len(a) != len(b) and (i == 0 or not {a, b} & _CACHE["used"][0]):
            break
    if i == 0:
        _CACHE["used"] = [set()]
    _CACHE["used"][0] |= {a, b}
    frames = [
        "Which word is longer, '{a}' or '{b}'?",
        "Which has more letters: {a} or {b}?",
        "For a word game: is \"{a}\" or \"{b}\" the longer word?",
        "{a} vs {b}, which one is the longer word?",
    ]
    return (pick(frames, i).format(a=a, b=b), *exp_word_choice(max(a, b, key=len)))


@tpl("alphabetical_order", "counting", "en", "positive")
def _alphabetical_order(rng: random.Random, i: int) -> Result:
    ws = rng.sample(ALPHA_POOLS[i], rng.randint(4, 6))
    frames = [
        "Put these words in alphabetical order: {v}",
        "Can you alphabetize this list for me? {v}",
        "Sort these animals A to Z: {v}",
        "I'm labelling folders and need these in alphabetical order: {v}",
    ]
    return (pick(frames, i).format(v=", ".join(ws)), *exp_text_list(sorted(ws)))


@tpl("zh_letter_occurrences", "counting", "zh", "positive")
def _zh_letter_occurrences(rng: random.Random, i: int) -> Result:
    w, ch = per_template(rng, i, "lw", LETTER_WORDS)
    frames = [
        "{w} 里面有多少个字母 {c}？",
        "单词 {w} 中字母 {c} 出现了几次？",
        "数一下 \"{w}\" 里有几个 {c}",
        "{w}这个单词有几个{c}？",
    ]
    return (pick(frames, i).format(w=w, c=ch), *exp_number(Fraction(w.count(ch))))


@tpl("zh_word_length", "counting", "zh", "positive")
def _zh_word_length(rng: random.Random, i: int) -> Result:
    w = per_template(rng, i, "w", PLAIN_WORDS + LENGTH_POOL)
    frames = [
        "单词 {w} 有几个字母？",
        "{w} 这个英文单词一共多少个字母？",
        "背单词的时候想知道 {w} 有多少个字母",
        "\"{w}\" 的字母数是多少？",
    ]
    return (pick(frames, i).format(w=w), *exp_number(Fraction(len(w))))


@tpl("zh_first_last_letter", "counting", "zh", "positive")
def _zh_first_last_letter(rng: random.Random, i: int) -> Result:
    w = per_template(rng, i, "w", PLAIN_WORDS + REVERSE_WORDS + LENGTH_POOL)
    frames = [
        "{w} 这个单词的最后一个字母是什么？",
        "单词 {w} 的第一个字母是什么？",
        "\"{w}\" 的最后一个字母是哪个？",
        "请问 {w} 的首字母是什么",
    ]
    ans = w[-1] if i % 2 == 0 else w[0]
    return (pick(frames, i).format(w=w), *exp_text(ans))


@tpl("zh_anagram", "counting", "zh", "positive")
def _zh_anagram(rng: random.Random, i: int) -> Result:
    want = yes_no(rng, i)
    yes_pair = per_template(rng, i, "ay", ANAGRAM_YES)
    no_pair = per_template(rng, i, "an", ANAGRAM_NO)
    a, b = yes_pair if want else no_pair
    assert (sorted(a) == sorted(b)) == want
    frames = [
        "{a} 和 {b} 是不是字母异位词？",
        "{b} 能不能由 {a} 的字母重新排列得到？",
        "判断一下：{a} 和 {b} 用的字母是否完全相同（只是顺序不同）？",
        "{a} 和 {b} 互为变位词吗",
    ]
    return (pick(frames, i).format(a=a, b=b), *exp_bool(want))


@tpl("neg_count_trivia", "counting", "en", "negative")
def _neg_count_trivia(rng: random.Random, i: int) -> Result:
    frames = [
        "How many moons does Jupiter have?",
        "How many bones are in the adult human body?",
        "How many countries are in the European Union right now?",
        "How many keys does a standard piano have?",
    ]
    return pick(frames, i), None, None


@tpl("neg_word_limits", "counting", "en", "negative")
def _neg_word_limits(rng: random.Random, i: int) -> Result:
    frames = [
        "How many words should a college application essay be?",
        "What's a good length for a cover letter, in words?",
        "How long should a best man speech be?",
        "How many words a minute does an average person type?",
    ]
    return pick(frames, i), None, None


@tpl("neg_word_meaning", "counting", "en", "negative")
def _neg_word_meaning(rng: random.Random, i: int) -> Result:
    w = ["orange", "month", "silver", "purple"][i]
    frames = [
        "Is there any English word that rhymes with {w}?",
        "Where does the word '{w}' come from?",
        "What's a good synonym for '{w}' in a poem?",
        "How do you pronounce '{w}' in a British accent?",
    ]
    return pick(frames, i).format(w=w), None, None


@tpl("zh_neg_count_trivia", "counting", "zh", "negative")
def _zh_neg_count_trivia(rng: random.Random, i: int) -> Result:
    frames = [
        "非洲一共有多少个国家？",
        "汉字一共有多少个？",
        "英语里大概有多少个单词？",
        "一年有多少个法定节假日？",
    ]
    return pick(frames, i), None, None


@tpl("zh_neg_idiom", "counting", "zh", "negative")
def _zh_neg_idiom(rng: random.Random, i: int) -> Result:
    idiom = ["一箭双雕", "画蛇添足", "守株待兔", "亡羊补牢"][i]
    frames = [
        "“{x}”是什么意思？",
        "“{x}”这个成语出自哪里？",
        "用“{x}”造个句子吧",
        "“{x}”的近义词有哪些？",
    ]
    return pick(frames, i).format(x=idiom), None, None


# ===============================================================================================
# Geometry
# ===============================================================================================


@tpl("circle_pair_relation", "geometry", "en", "positive")
def _circle_pair_relation(rng: random.Random, i: int) -> Result:
    target = _circle_targets(rng, i)
    c1, r1, c2, r2 = circle_pair(rng, target)
    opts = "separate, externally tangent, intersecting, internally tangent, or one inside the other"
    frames = [
        "Circle A is centered at {c1} with radius {r1}; circle B is centered at {c2} with "
        "radius {r2}. Are they " + opts + "?",
        "Two circles: center {c1}, r = {r1}, and center {c2}, r = {r2}. Which describes them: "
        + opts + "?",
        "For my geometry homework: a circle with center {c1} and radius {r1} and another with "
        "center {c2} and radius {r2}. Are they " + opts + "?",
        "What's the relationship between the circle centered at {c1} (radius {r1}) and the "
        "circle centered at {c2} (radius {r2})? Choose one: " + opts + ".",
    ]
    prompt = pick(frames, i).format(c1=pt(c1), r1=r1, c2=pt(c2), r2=r2)
    return (prompt, *exp_word_choice(CIRCLE_EN[circle_relation(c1, r1, c2, r2)]))


def _circle_targets(rng: random.Random, i: int) -> str:
    """Four distinct relations per template."""
    return str(per_template(rng, i, "circle", ["separate", "ext", "cross", "int", "inside"]))


@tpl("circle_common_points", "geometry", "en", "positive")
def _circle_common_points(rng: random.Random, i: int) -> Result:
    target = _circle_targets(rng, i)
    c1, r1, c2, r2 = circle_pair(rng, target)
    frames = [
        "How many points do the circles {e1} and {e2} have in common?",
        "At how many points do the circles {e1} and {e2} meet?",
        "How many intersection points are there between {e1} and {e2}?",
        "Graphing {e1} and {e2}: how many points do they share?",
    ]
    prompt = pick(frames, i).format(e1=circle_eq(c1, r1), e2=circle_eq(c2, r2))
    rel = circle_relation(c1, r1, c2, r2)
    return (prompt, *exp_number(Fraction(common_points(rel))))


def _line_text(kind: str, m: int, q: int) -> str:
    if kind == "h":
        return f"y = {q}"
    if kind == "v":
        return f"x = {q}"
    mx = "x" if m == 1 else "-x" if m == -1 else f"{m}x"
    if q == 0:
        return f"y = {mx}"
    return f"y = {mx} + {q}" if q > 0 else f"y = {mx} - {-q}"


@tpl("line_meets_circle", "geometry", "en", "positive")
def _line_meets_circle(rng: random.Random, i: int) -> Result:
    want = [2, 1, 0, 2][i]
    while True:
        c = (rng.randint(-4, 4), rng.randint(-4, 4))
        r = rng.randint(1, 6)
        if want == 1:
            kind = rng.choice("hv")
            m = 0
            q = (c[1] if kind == "h" else c[0]) + rng.choice([r, -r])
        else:
            kind = rng.choice("sshv")
            m = rng.choice([-3, -2, -1, 1, 2, 3])
            q = rng.randint(-8, 8)
        # line as a*x + b*y = cc
        a, b, cc = {"h": (0, 1, q), "v": (1, 0, q), "s": (m, -1, -q)}[kind]
        num2 = (a * c[0] + b * c[1] - cc) ** 2
        rhs = r * r * (a * a + b * b)
        count = 2 if num2 < rhs else 1 if num2 == rhs else 0
        if count == want:
            break
    frames = [
        "At how many points does the line {ln} meet the circle {ce}?",
        "How many points do the line {ln} and the circle {ce} have in common?",
        "How many intersection points are there between {ln} and {ce}?",
        "The line {ln} and the circle {ce}: how many points do they share?",
    ]
    prompt = pick(frames, i).format(ln=_line_text(kind, m, q), ce=circle_eq(c, r))
    return (prompt, *exp_number(Fraction(count)))


def _segments(rng: random.Random, want: bool) -> tuple[Pt, Pt, Pt, Pt]:
    while True:
        p1, p2, p3, p4 = ((rng.randint(0, 9), rng.randint(0, 9)) for _ in range(4))
        o = [cross(p1, p2, p3), cross(p1, p2, p4), cross(p3, p4, p1), cross(p3, p4, p2)]
        if 0 in o or d2(p1, p2) < 9 or d2(p3, p4) < 9:
            continue
        hit = o[0] * o[1] < 0 and o[2] * o[3] < 0
        if hit == want:
            return p1, p2, p3, p4


@tpl("segments_cross", "geometry", "en", "positive")
def _segments_cross(rng: random.Random, i: int) -> Result:
    want = yes_no(rng, i)
    p1, p2, p3, p4 = _segments(rng, want)
    frames = [
        "Do the segment from {a} to {b} and the segment from {c} to {d} intersect?",
        "Segment AB goes from A{a} to B{b}, segment CD from C{c} to D{d}. Do they cross?",
        "I'm checking collisions in a little game: does the line segment {a}-{b} intersect the "
        "segment {c}-{d}?",
        "Yes or no: do segments {a}→{b} and {c}→{d} have a point in common?",
    ]
    prompt = pick(frames, i).format(a=pt(p1), b=pt(p2), c=pt(p3), d=pt(p4))
    return (prompt, *exp_bool(want))


def _pip_polygon(rng: random.Random, shape: str) -> list[Pt]:
    x0, y0 = rng.randint(-3, 3), rng.randint(-3, 3)
    if shape == "rect":
        w, h = rng.randint(3, 9), rng.randint(3, 9)
        return [(x0, y0), (x0 + w, y0), (x0 + w, y0 + h), (x0, y0 + h)]
    if shape == "tri":
        return random_triangle(rng, -4, 8)
    w, h = rng.randint(5, 9), rng.randint(5, 9)
    a, b = rng.randint(2, w - 2), rng.randint(2, h - 2)
    return [(x0, y0), (x0 + w, y0), (x0 + w, y0 + b), (x0 + a, y0 + b), (x0 + a, y0 + h),
            (x0, y0 + h)]


def _pip_case(rng: random.Random, shape: str, target: str) -> tuple[list[Pt], Pt]:
    while True:
        poly = _pip_polygon(rng, shape)
        xs, ys = [p[0] for p in poly], [p[1] for p in poly]
        for _ in range(200):
            p = (rng.randint(min(xs) - 2, max(xs) + 2), rng.randint(min(ys) - 2, max(ys) + 2))
            if p not in poly and point_in_polygon(p, poly) == target:
                return poly, p


def _poly_text(poly: list[Pt], sep: str = ", ") -> str:
    return sep.join(pt(p) for p in poly)


@tpl("point_polygon_three_way", "geometry", "en", "positive")
def _point_polygon_three_way(rng: random.Random, i: int) -> Result:
    targets = ["inside", "boundary", "outside", rng.choice(["inside", "boundary", "outside"])]
    shape = ["rect", "tri", "L", "tri"][i]
    poly, p = _pip_case(rng, shape, targets[i])
    frames = [
        "Is the point {p} inside, outside, or on the boundary of the rectangle with corners "
        "{v}?",
        "Triangle with vertices {v}. Where is the point {p}: inside, on an edge, or outside?",
        "The polygon has vertices {v} in that order. Is {p} inside it, on its boundary, or "
        "outside?",
        "For a map-zone check: the zone is the triangle {v}. Is the location {p} inside, on "
        "the border, or outside?",
    ]
    prompt = pick(frames, i).format(p=pt(p), v=_poly_text(poly))
    return (prompt, *exp_relation(point_in_polygon(p, poly)))


@tpl("point_in_shape_yes_no", "geometry", "en", "positive")
def _point_in_shape_yes_no(rng: random.Random, i: int) -> Result:
    want = yes_no(rng, i)
    shape = ["tri", "rect", "L", "tri"][i]
    ask = "outside" if i == 2 else "inside"
    rel = ask if want else ("outside" if ask == "inside" else "inside")
    poly, p = _pip_case(rng, shape, rel)
    frames = [
        "Is the point {p} inside the triangle with vertices {v}?",
        "Does the rectangle with corners {v} contain the point {p} in its interior?",
        "Is {p} outside the polygon {v}? (vertices listed in order)",
        "Quick yes/no: is {p} strictly inside the triangle {v}?",
    ]
    prompt = pick(frames, i).format(p=pt(p), v=_poly_text(poly))
    return (prompt, *exp_relation(point_in_polygon(p, poly), yes_if=ask))


@tpl("polygon_area", "geometry", "en", "positive")
def _polygon_area(rng: random.Random, i: int) -> Result:
    poly = random_convex(rng, [4, 5, 4, 6][i], -5, 10)
    if rng.random() < 0.5:
        poly = poly[::-1]
    frames = [
        "What's the area of the quadrilateral with vertices {v}?",
        "A pentagon has vertices {v} (in order). What is its area?",
        "My garden plot is a four-sided shape with corners at {v}, in metres. What's its area "
        "in square metres?",
        "Using the shoelace formula, what's the area of the polygon {v}?",
    ]
    return (pick(frames, i).format(v=_poly_text(poly)), *exp_number(shoelace(poly)))


@tpl("triangle_perimeter", "geometry", "en", "positive")
def _triangle_perimeter(rng: random.Random, i: int) -> Result:
    t = random_triangle(rng, -3, 9)
    sides = [d2(t[0], t[1]), d2(t[1], t[2]), d2(t[2], t[0])]
    frames = [
        "What's the perimeter of the triangle with vertices {a}, {b} and {c}? Exact answer "
        "please.",
        "Triangle ABC has A = {a}, B = {b}, C = {c}. What is its perimeter?",
        "I'm fencing a triangular patch with corners at {a}, {b}, {c}. How much fence do I "
        "need, exactly?",
        "perimeter of triangle {a} {b} {c}? leave radicals in if needed",
    ]
    prompt = pick(frames, i).format(a=pt(t[0]), b=pt(t[1]), c=pt(t[2]))
    return (prompt, *exp_sqrt_sum(sides))


@tpl("point_distance", "geometry", "en", "positive")
def _point_distance(rng: random.Random, i: int) -> Result:
    while True:
        a = (rng.randint(-9, 9), rng.randint(-9, 9))
        b = (rng.randint(-9, 9), rng.randint(-9, 9))
        if a != b and a[0] != b[0] and a[1] != b[1]:
            break
    frames = [
        "What's the distance between {a} and {b}?",
        "How far apart are the points {a} and {b}? Give the exact value.",
        "On a grid map my character is at {a} and the chest is at {b}. What's the straight-"
        "line distance?",
        "distance from {a} to {b}?",
    ]
    prompt = pick(frames, i).format(a=pt(a), b=pt(b))
    return (prompt, *exp_sqrt_sum([d2(a, b)]))


@tpl("circle_area_circumference", "geometry", "en", "positive")
def _circle_area_circumference(rng: random.Random, i: int) -> Result:
    r = Fraction(rng.randint(2, 30), rng.choice([1, 1, 2]))
    rt = num_text(r)
    frames = [
        "What's the area of a circle with radius {r}? Answer in terms of π.",
        "What's the circumference of a circle with radius {r}? Exact, in terms of pi.",
        "A round table top has a radius of {r} dm. What's its exact area in square decimetres?",
        "How long is the edge of a circular pond with radius {r} m? Keep π in the answer.",
    ]
    value = r * r if i % 2 == 0 else 2 * r
    return (pick(frames, i).format(r=rt), *exp_pi_multiple(value))


@tpl("triangle_base_height", "geometry", "en", "positive")
def _triangle_base_height(rng: random.Random, i: int) -> Result:
    b = Fraction(rng.randint(3, 40), rng.choice([1, 1, 2]))
    h = Fraction(rng.randint(3, 40), rng.choice([1, 1, 2]))
    frames = [
        "A triangle has base {b} cm and height {h} cm. What's its area?",
        "What's the area of a triangle with a base of {b} and a height of {h}?",
        "My triangular sail is {b} m along the bottom and {h} m tall (perpendicular height). "
        "How many square metres is it?",
        "triangle area, base = {b}, height = {h}?",
    ]
    prompt = pick(frames, i).format(b=num_text(b), h=num_text(h))
    return (prompt, *exp_number(b * h / 2))


@tpl("zh_circle_relation", "geometry", "zh", "positive")
def _zh_circle_relation(rng: random.Random, i: int) -> Result:
    target = _circle_targets(rng, i)
    c1, r1, c2, r2 = circle_pair(rng, target)
    frames = [
        "圆 O₁ 的圆心是 {c1}，半径 {r1}；圆 O₂ 的圆心是 {c2}，半径 {r2}。两圆的位置关系是"
        "相离、外切、相交、内切还是内含？",
        "以 {c1} 为圆心、半径为 {r1} 的圆，和以 {c2} 为圆心、半径为 {r2} 的圆是什么位置关系？"
        "（相离/外切/相交/内切/内含）",
        "判断两圆位置关系：圆心 {c1} 半径 {r1}，圆心 {c2} 半径 {r2}。从相离、外切、相交、内切、"
        "内含中选一个。",
        "作业题：两个圆，一个圆心在 {c1}、半径 {r1}，另一个圆心在 {c2}、半径 {r2}，它们是相离、"
        "外切、相交、内切还是内含？",
    ]
    prompt = pick(frames, i).format(c1=pt(c1), r1=r1, c2=pt(c2), r2=r2)
    return (prompt, *exp_word_choice(CIRCLE_ZH[circle_relation(c1, r1, c2, r2)]))


@tpl("zh_point_distance", "geometry", "zh", "positive")
def _zh_point_distance(rng: random.Random, i: int) -> Result:
    while True:
        a = (rng.randint(-9, 9), rng.randint(-9, 9))
        b = (rng.randint(-9, 9), rng.randint(-9, 9))
        if a != b:
            break
    frames = [
        "点 A{a} 和点 B{b} 之间的距离是多少？",
        "求两点 {a}、{b} 的距离，保留根号",
        "平面直角坐标系中 {a} 到 {b} 的距离是多少？",
        "{a} 和 {b} 这两个点相距多远？",
    ]
    prompt = pick(frames, i).format(a=pt(a), b=pt(b))
    return (prompt, *exp_sqrt_sum([d2(a, b)]))


@tpl("zh_polygon_area", "geometry", "zh", "positive")
def _zh_polygon_area(rng: random.Random, i: int) -> Result:
    k = [3, 4, 4, 5][i]
    poly = random_triangle(rng, -4, 9) if k == 3 else random_convex(rng, k, -4, 9)
    frames = [
        "顶点为 {v} 的三角形面积是多少？",
        "四边形的顶点依次是 {v}，求它的面积。",
        "一块地的四个角坐标依次为 {v}（单位：米），面积是多少平方米？",
        "按顺序给出五边形的顶点：{v}，这个五边形的面积是多少？",
    ]
    return (pick(frames, i).format(v=_poly_text(poly, "、")), *exp_number(shoelace(poly)))


@tpl("zh_point_polygon", "geometry", "zh", "positive")
def _zh_point_polygon(rng: random.Random, i: int) -> Result:
    targets = ["boundary", "inside", "outside", "inside"]
    shape = ["rect", "tri", "rect", "L"][i]
    poly, p = _pip_case(rng, shape, targets[i])
    frames = [
        "点 P{p} 在以 {v} 为顶点的矩形内部、边界上还是外部？",
        "三角形的三个顶点是 {v}，点 {p} 在三角形内部、边上还是外部？",
        "矩形顶点依次为 {v}，判断点 {p} 的位置：内部、边界上还是外部？",
        "多边形的顶点按顺序是 {v}，点 {p} 在多边形内、在边界上，还是在多边形外？",
    ]
    prompt = pick(frames, i).format(p=pt(p), v=_poly_text(poly, "、"))
    return (prompt, *exp_relation(point_in_polygon(p, poly)))


@tpl("neg_travel_distance", "geometry", "en", "negative")
def _neg_travel_distance(rng: random.Random, i: int) -> Result:
    a, b = [("Paris", "Berlin"), ("Boston", "New York"), ("Madrid", "Lisbon"),
            ("Sydney", "Melbourne")][i]
    frames = [
        "How far is it from {a} to {b} by train?",
        "What's the driving distance between {a} and {b}?",
        "Is it quicker to fly or take the train from {a} to {b}?",
        "How many kilometres is {a} from {b} as the crow flies?",
    ]
    return pick(frames, i).format(a=a, b=b), None, None


@tpl("neg_pi_precision_opinion", "geometry", "en", "negative")
def _neg_pi_precision_opinion(rng: random.Random, i: int) -> Result:
    frames = [
        "For a woodworking project, is 3.14 a good enough value of pi, or should I use more "
        "digits?",
        "Is it okay to use 22/7 for pi on my school project, or will my teacher mark it down?",
        "How many digits of pi does NASA actually use for navigation?",
        "Is it worth memorizing pi to 50 digits, or is that a waste of time?",
    ]
    return pick(frames, i), None, None


@tpl("zh_neg_geometry_concept", "geometry", "zh", "negative")
def _zh_neg_geometry_concept(rng: random.Random, i: int) -> Result:
    frames = [
        "为什么圆周率是无理数？",
        "勾股定理最早是谁发现的？",
        "圆和椭圆有什么区别？",
        "祖冲之是怎么算出圆周率的？",
    ]
    return pick(frames, i), None, None


@tpl("zh_neg_field_size", "geometry", "zh", "negative")
def _zh_neg_field_size(rng: random.Random, i: int) -> Result:
    frames = [
        "一个标准足球场有多大？",
        "标准篮球场长多少米、宽多少米？",
        "一个标准游泳池大概多少平方米？",
        "一亩地大概有几个篮球场那么大？",
    ]
    return pick(frames, i), None, None


# ===============================================================================================
# Assembly
# ===============================================================================================


def _assign_splits() -> dict[str, str]:
    """Alternate templates between the splits inside each (family, lang, kind) group."""
    groups: dict[tuple[str, str, str], list[str]] = {}
    for name, family, lang, kind, _ in TEMPLATES:
        groups.setdefault((family, lang, kind), []).append(name)
    out: dict[str, str] = {}
    toggle = 0
    for key in sorted(groups):
        names = groups[key]
        for j, name in enumerate(names):
            out[name] = DEV if (j + toggle) % 2 == 0 else HELDOUT
        if len(names) % 2:
            toggle ^= 1
    return out


def generate() -> list[tuple[dict[str, Any], str | None]]:
    """Every record with a canonical answer string (None for negatives), in template order."""
    rng = random.Random(16)
    _CACHE.clear()
    splits = _assign_splits()
    out = []
    for name, family, lang, kind, fn in TEMPLATES:
        for i in range(INSTANCES):
            prompt, expected, canon = fn(rng, i)
            if kind == "negative":
                expected, canon = {"type": "none"}, None
            assert expected is not None
            out.append(({
                "id": f"r16-{FAM3[family]}-{lang}-{name}-{i}",
                "split": splits[name],
                "kind": kind,
                "family": family,
                "lang": lang,
                "template": f"r16_{name}",
                "prompt": prompt,
                "expected": expected,
            }, canon))
    return out


def build() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    records = [rec for rec, _ in generate()]
    return ([r for r in records if r["split"] == DEV],
            [r for r in records if r["split"] == HELDOUT])


def main() -> None:
    dev, heldout = build()
    for split, records in ((DEV, dev), (HELDOUT, heldout)):
        path = HERE / f"corpus_{split}.jsonl"
        with path.open("w", encoding="utf-8", newline="\n") as f:
            for rec in records:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"wrote {len(records)} records to {path}")


if __name__ == "__main__":
    main()
