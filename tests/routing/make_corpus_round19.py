"""Round 19 of the routing corpus: an independent blind round written from scratch.

Every template, wording and instance generator in this file was written fresh for round 19,
without looking at earlier rounds or at the router, so that the round measures how the router
copes with phrasings it has never seen. Each template produces 4 records; every answer is
computed here in plain Python (ints, ``Fraction``, trial division, direct counting, analytic
circle formulas), never typed in by hand. Templates go entirely to ``dev19`` or ``heldout19``.

Run ``python tests/routing/make_corpus_round19.py`` to (re)write ``corpus_dev19.jsonl`` and
``corpus_heldout19.jsonl`` next to this file. The output is fully deterministic.
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
DEV, HELD = "dev19", "heldout19"
FAM3 = {"arithmetic": "ari", "comparison": "cmp", "counting": "cnt", "geometry": "geo",
        "number_theory": "nth"}

Item = tuple[str, dict[str, Any] | None]
Gen = Callable[[random.Random], list[Item]]
TEMPLATES: list[tuple[str, str, str, str, str, Gen]] = []


def template(split: str, family: str, lang: str, kind: str, name: str) -> Callable[[Gen], Gen]:
    def deco(fn: Gen) -> Gen:
        TEMPLATES.append((split, family, lang, kind, name, fn))
        return fn
    return deco


# Expected answers ------------------------------------------------------------------------------


def num(q: Fraction | int) -> dict[str, Any]:
    return {"type": "number", "answer": str(Fraction(q))}


def real(expr: str) -> dict[str, Any]:
    return {"type": "real", "answer": expr}


def boolean(b: bool) -> dict[str, Any]:
    return {"type": "bool", "answer": "yes" if b else "no"}


def choice(written: str) -> dict[str, Any]:
    return {"type": "choice", "answer": written}


def text(s: str) -> dict[str, Any]:
    return {"type": "text", "answer": s}


def word_choice(s: str) -> dict[str, Any]:
    return {"type": "word_choice", "answer": s}


def numlist(items: list[str], ordered: bool, order: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "list", "elem": "number", "ordered": ordered,
                           "answer": list(items)}
    if order:
        out["order"] = order
    return out


def textlist(items: list[str], ordered: bool) -> dict[str, Any]:
    return {"type": "list", "elem": "text", "ordered": ordered, "answer": list(items)}


def relation(answer: str, yes_if: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "relation", "answer": answer}
    if yes_if:
        out["yes_if"] = yes_if
    return out


def factor(n: int) -> list[tuple[int, int]]:
    out, p, m = [], 2, n
    while p * p <= m:
        e = 0
        while m % p == 0:
            m //= p
            e += 1
        if e:
            out.append((p, e))
        p += 1
    if m > 1:
        out.append((m, 1))
    return out


def factorization(n: int) -> dict[str, Any]:
    return {"type": "factorization", "n": n, "answer": [[p, e] for p, e in factor(n)]}


# Math helpers ----------------------------------------------------------------------------------


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def primes_below(n: int) -> list[int]:
    return [k for k in range(2, n) if is_prime(k)]


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


def dec(q: Fraction | int) -> str:
    """A terminating rational written as a plain decimal ("-3.25", "0.305", "7")."""
    q = Fraction(q)
    sign = "-" if q < 0 else ""
    q = abs(q)
    k = 0
    while (q * 10**k).denominator != 1:
        k += 1
        assert k < 20, "not a terminating decimal"
    digits = str(int(q * 10**k)).rjust(k + 1, "0")
    return sign + (digits[:-k] + "." + digits[-k:] if k else digits)


def fs(q: Fraction) -> str:
    return str(Fraction(q))


def rand_frac(rng: random.Random, lo: int = 3, hi: int = 12) -> Fraction:
    q = rng.randint(lo, hi)
    p = rng.choice([p for p in range(1, q) if math.gcd(p, q) == 1])
    return Fraction(p, q)


def sqrt_expr(n: int) -> str:
    """sqrt(n) in simplest radical form: "5", "3*sqrt(2)", "sqrt(13)"."""
    assert n > 0
    outside, inside = 1, n
    k = 2
    while k * k <= inside:
        while inside % (k * k) == 0:
            inside //= k * k
            outside *= k
        k += 1
    if inside == 1:
        return str(outside)
    return f"sqrt({inside})" if outside == 1 else f"{outside}*sqrt({inside})"


def pt(p: tuple[int, int], compact: bool = False) -> str:
    return f"({p[0]},{p[1]})" if compact else f"({p[0]}, {p[1]})"


def cross(o: tuple[int, int], a: tuple[int, int], b: tuple[int, int]) -> int:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def shoelace2(poly: list[tuple[int, int]]) -> int:
    """Twice the signed area."""
    return sum(poly[i][0] * poly[(i + 1) % len(poly)][1]
               - poly[(i + 1) % len(poly)][0] * poly[i][1] for i in range(len(poly)))


def on_segment(p: tuple[int, int], a: tuple[int, int], b: tuple[int, int]) -> bool:
    return (cross(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
            and min(a[1], b[1]) <= p[1] <= max(a[1], b[1]))


def locate(p: tuple[int, int], poly: list[tuple[int, int]]) -> str:
    n = len(poly)
    if any(on_segment(p, poly[i], poly[(i + 1) % n]) for i in range(n)):
        return "boundary"
    inside = False
    for i in range(n):
        a, b = poly[i], poly[(i + 1) % n]
        if (a[1] > p[1]) != (b[1] > p[1]):
            x = Fraction(b[0] - a[0], b[1] - a[1]) * (p[1] - a[1]) + a[0]
            if p[0] < x:
                inside = not inside
    return "inside" if inside else "outside"


def perimeter(poly: list[tuple[int, int]]) -> int:
    total = 0
    for i in range(len(poly)):
        a, b = poly[i], poly[(i + 1) % len(poly)]
        d2 = (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2
        r = math.isqrt(d2)
        assert r * r == d2
        total += r
    return total


def circle_points(c1: tuple[int, int], r1: int, c2: tuple[int, int], r2: int) -> int | None:
    """Number of common points of two circles (None when they coincide)."""
    d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
    if d2 == 0 and r1 == r2:
        return None
    if d2 > (r1 + r2) ** 2 or d2 < (r1 - r2) ** 2:
        return 0
    if d2 in ((r1 + r2) ** 2, (r1 - r2) ** 2):
        return 1
    return 2


def circle_eq(c: tuple[int, int], r2: int) -> str:
    def part(var: str, v: int) -> str:
        if v == 0:
            return f"{var}²"
        return f"({var} − {v})²" if v > 0 else f"({var} + {-v})²"
    return f"{part('x', c[0])} + {part('y', c[1])} = {r2}"


ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
       7: "seventh", 8: "eighth"}
VOWELS = set("aeiou")


def nth(n: int) -> str:
    """12 -> "12th", 31 -> "31st", 3 -> "3rd"."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def pick_distinct(rng: random.Random, make: Callable[[], Any], n: int = 4) -> list[Any]:
    out: list[Any] = []
    while len(out) < n:
        x = make()
        if x not in out:
            out.append(x)
    return out


# Arithmetic ------------------------------------------------------------------------------------


@template(DEV, "arithmetic", "en", "positive", "r19_homework_fraction_sum")
def t_homework_fraction_sum(rng: random.Random) -> list[Item]:
    forms = [
        "I'm checking my kid's homework. What is {a} + {b}? Just the fraction, please.",
        "My daughter has {a} + {b} on her worksheet and I want to double-check her. "
        "What does it come to?",
        "Homework check: {a} plus {b} equals what? Simplest form please.",
        "quick one while I go through my son's math sheet — {a} + {b} = ?",
    ]
    out = []
    for form in forms:
        a = rand_frac(rng)
        b = rand_frac(rng)
        while b.denominator == a.denominator:
            b = rand_frac(rng)
        out.append((form.format(a=fs(a), b=fs(b)), num(a + b)))
    return out


@template(DEV, "arithmetic", "en", "positive", "r19_percent_of_amount")
def t_percent_of_amount(rng: random.Random) -> list[Item]:
    forms = [
        "What's {p}% of {n}? just the number",
        "I need {p} percent of {n} for a report. What is it?",
        "Quick: {p}% of {n} = ?",
        "Can you tell me what {p}% of {n} works out to?",
    ]
    pcts = rng.sample(["15", "12.5", "35", "7.5", "60", "2.5", "18", "45"], 4)
    out = []
    for form, p in zip(forms, pcts, strict=True):
        n = rng.randint(12, 4800) * 10
        out.append((form.format(p=p, n=f"{n:,}"), num(Fraction(p) * n / 100)))
    return out


@template(DEV, "arithmetic", "en", "positive", "r19_power_words")
def t_power_words(rng: random.Random) -> list[Item]:
    forms = [
        "Can you work out {a} to the power of {b} for me?",
        "what is {a} raised to the power of {b}",
        "How much is {a} to the power of {b}? I just need the final number.",
        "I need {a} to the power of {b}, what's the answer?",
    ]
    pairs = pick_distinct(rng, lambda: (rng.randint(2, 15), rng.randint(3, 6)))
    return [(f.format(a=a, b=b), num(a**b)) for f, (a, b) in zip(forms, pairs, strict=True)]


@template(DEV, "arithmetic", "en", "positive", "r19_invoice_total")
def t_invoice_total(rng: random.Random) -> list[Item]:
    out = []
    for i in range(4):
        xs = [rng.randint(100, 20000) for _ in range(4 if i != 1 else 3)]
        s = [f"{x:,}" for x in xs]
        if i == 0:
            p = (f"Adding up this month's invoices: ${s[0]} + ${s[1]} + ${s[2]} + ${s[3]}. "
                 "What's the total?")
        elif i == 1:
            p = f"What's {s[0]} + {s[1]} + {s[2]}? (invoice amounts in euros, not that it matters)"
        elif i == 2:
            p = f"Total please: {s[0]} + {s[1]} + {s[2]} + {s[3]}"
        else:
            p = f"What do I get if I add {s[0]} plus {s[1]} plus {s[2]} plus {s[3]}?"
        out.append((p, num(sum(xs))))
    return out


@template(DEV, "arithmetic", "en", "positive", "r19_unicode_operators")
def t_unicode_operators(rng: random.Random) -> list[Item]:
    out = []
    a, b, d = rng.randint(6, 19), rng.randint(6, 19), rng.randint(3, 9)
    c = d * rng.randint(2, 12) + rng.randint(0, d - 1)
    out.append((f"{a} × {b} − {c} ÷ {d} = ?", num(a * b - Fraction(c, d))))
    a, b, c, d = rng.randint(3, 12), rng.randint(20, 60), rng.randint(2, 19), rng.randint(2, 9)
    out.append((f"Evaluate: {a} × ({b} − {c}) ÷ {d}", num(Fraction(a * (b - c), d))))
    a, b, c = rng.randint(20, 90), rng.randint(3, 9), rng.randint(2, 15)
    out.append((f"What does ({a} ÷ {b}) × {c} come out to?", num(Fraction(a, b) * c)))
    a, b, c = rng.randint(11, 25), rng.randint(3, 15), rng.randint(3, 15)
    out.append((f"{a}² − {b} × {c} = ? exact answer please", num(a * a - b * c)))
    return out


@template(HELD, "arithmetic", "en", "positive", "r19_factorial_ratio")
def t_factorial_ratio(rng: random.Random) -> list[Item]:
    forms = [
        "What is {n}! divided by {m}!?",
        "Could you compute {n}!/{m}! for me",
        "what's {n} factorial over {m} factorial",
        "Work out {n}! ÷ {m}!. I only want the number.",
    ]
    pairs = pick_distinct(rng, lambda: (lambda n: (n, n - rng.randint(2, 4)))(rng.randint(8, 15)))
    return [(f.format(n=n, m=m), num(math.factorial(n) // math.factorial(m)))
            for f, (n, m) in zip(forms, pairs, strict=True)]


@template(HELD, "arithmetic", "en", "positive", "r19_remainder_sentence")
def t_remainder_sentence(rng: random.Random) -> list[Item]:
    forms = [
        "If I divide {a} by {b}, what's the remainder?",
        "What remainder do you get when {a} is divided by {b}?",
        "{a} mod {b}?",
        "What is {a} modulo {b}? Just the remainder please.",
    ]
    out = []
    for f in forms:
        a, b = rng.randint(1000, 99999), rng.randint(7, 40)
        while a % b == 0:
            a += 1
        out.append((f.format(a=f"{a:,}" if a >= 10000 else a, b=b), num(a % b)))
    return out


@template(HELD, "arithmetic", "en", "positive", "r19_root_then_square")
def t_root_then_square(rng: random.Random) -> list[Item]:
    forms = [
        "Take the square root of {s}, then add {b} squared. What do you get?",
        "sqrt({s}) + {b}^2 = ?",
        "What is √{s} + {b}²?",
        "Add the square root of {s} to {b} squared. What's the result?",
    ]
    pairs = pick_distinct(rng, lambda: (rng.randint(5, 30), rng.randint(3, 20)))
    return [(f.format(s=k * k, b=b), num(k + b * b)) for f, (k, b) in zip(forms, pairs,
                                                                          strict=True)]


@template(HELD, "arithmetic", "en", "positive", "r19_decimal_exact")
def t_decimal_exact(rng: random.Random) -> list[Item]:
    def d() -> Fraction:
        while True:
            q = Fraction(rng.randint(11, 999), rng.choice([10, 100]))
            if q.denominator != 1:
                return q
    out = []
    x, y = d(), d()
    out.append((f"{dec(x)} + {dec(y)}. What does it equal exactly?", num(x + y)))
    x, y = d(), d()
    out.append((f"What is {dec(x)} × {dec(y)} exactly? No rounding.", num(x * y)))
    x, y = d(), d()
    out.append((f"Can you tell me {dec(x)} − {dec(y)}, keeping it exact?", num(x - y)))
    x, y = d(), d()
    out.append((f"{dec(x)} / {dec(y)} as an exact value please", num(x / y)))
    return out


@template(HELD, "arithmetic", "en", "positive", "r19_parens_formal")
def t_parens_formal(rng: random.Random) -> list[Item]:
    r = rng.randint
    out = []
    a, b, c, d, e = r(20, 50), r(2, 19), r(2, 9), r(2, 9), r(3, 11)
    out.append((f"Please evaluate ({a} − {b}) × ({c} + {d}) / {e} and state the result.",
                num(Fraction((a - b) * (c + d), e))))
    a, b, c, d = r(50, 200), r(10, 30), r(2, 9), r(2, 9)
    out.append((f"Kindly compute {a} − ({b} − {c}) × {d}.", num(a - (b - c) * d)))
    a, b, c = r(3, 20), r(3, 20), r(10, 99)
    out.append((f"Determine the value of ({a} + {b})^2 − {c}.", num((a + b) ** 2 - c)))
    a, b, c, d, e = r(2, 9), r(3, 15), r(3, 15), r(10, 40), r(3, 7)
    out.append((f"Evaluate [{a} × ({b} + {c})] − {d} / {e}, please.",
                num(a * (b + c) - Fraction(d, e))))
    return out


@template(DEV, "arithmetic", "zh", "positive", "r19_zh_cheng_jia")
def t_zh_cheng_jia(rng: random.Random) -> list[Item]:
    r = rng.randint
    out = []
    a, b, c = r(12, 150), r(3, 12), r(10, 99)
    out.append((f"帮我算一下 {a} 乘以 {b} 加 {c} 等于多少", num(a * b + c)))
    a, b, c = r(12, 99), r(11, 40), r(10, 300)
    out.append((f"{a} 乘以 {b} 再减去 {c}，结果是多少？", num(a * b - c)))
    a, b, c = r(12, 99), r(12, 99), r(3, 9)
    out.append((f"请问 ({a} 加 {b}) 乘以 {c} 等于多少？", num((a + b) * c)))
    a, b = r(1000, 9999), r(100, 999)
    out.append((f"{a} 减 {b} 等于多少啊", num(a - b)))
    return out


@template(DEV, "arithmetic", "zh", "positive", "r19_zh_baifenbi")
def t_zh_baifenbi(rng: random.Random) -> list[Item]:
    forms = [
        "{n} 的 {p}% 是多少？",
        "算一下 {n} 乘以 {p}% 等于多少",
        "{n} 元的 {p}% 是多少钱？",
        "请问 {n} 的 {p}% 等于多少，直接给数字就行",
    ]
    pcts = rng.sample(["5", "8", "12", "20", "25", "37.5", "40", "75"], 4)
    out = []
    for f, p in zip(forms, pcts, strict=True):
        n = rng.randint(3, 500) * 4
        out.append((f.format(n=n, p=p), num(Fraction(p) * n / 100)))
    return out


@template(DEV, "arithmetic", "zh", "positive", "r19_zh_cifang")
def t_zh_cifang(rng: random.Random) -> list[Item]:
    r = rng.randint
    out = []
    a, b = r(2, 9), r(5, 10)
    out.append((f"{a} 的 {b} 次方是多少？", num(a**b)))
    a, b = r(11, 20), r(3, 4)
    out.append((f"算算 {a} 的 {b} 次方等于多少", num(a**b)))
    a, b, c = r(2, 6), r(4, 8), r(10, 99)
    out.append((f"{a} 的 {b} 次方减去 {c} 等于多少？", num(a**b - c)))
    a = r(21, 99)
    out.append((f"{a} 的平方是多少", num(a * a)))
    return out


@template(HELD, "arithmetic", "zh", "positive", "r19_zh_fenshu_chu")
def t_zh_fenshu_chu(rng: random.Random) -> list[Item]:
    out = []
    a, b = rand_frac(rng), rand_frac(rng)
    out.append((f"{a} 除以 {b} 等于多少？用分数表示", num(a / b)))
    x, y = rng.randint(20, 99), rng.randint(6, 15)
    while x % y == 0:
        x += 1
    out.append((f"{x} 除以 {y} 是多少", num(Fraction(x, y))))
    a, b = rand_frac(rng), rand_frac(rng)
    out.append((f"计算：{a} ÷ {b}", num(a / b)))
    a, b = rand_frac(rng), rand_frac(rng)
    out.append((f"请问 {a} 乘以 {b} 等于几？", num(a * b)))
    return out


@template(HELD, "arithmetic", "zh", "positive", "r19_zh_lianjia")
def t_zh_lianjia(rng: random.Random) -> list[Item]:
    out = []
    xs = [rng.randint(10, 999) for _ in range(4)]
    out.append(("把这几个数加起来：" + "、".join(map(str, xs)), num(sum(xs))))
    xs = [rng.randint(10, 999) for _ in range(4)]
    out.append((f"{xs[0]}、{xs[1]}、{xs[2]} 和 {xs[3]} 的和是多少？", num(sum(xs))))
    xs = [rng.randint(10, 999) for _ in range(4)]
    out.append(("求 " + "，".join(map(str, xs)) + " 这四个数的总和", num(sum(xs))))
    xs = [rng.randint(3, 30) for _ in range(3)]
    out.append(("这几个数相乘是多少：" + "、".join(map(str, xs)), num(math.prod(xs))))
    return out


@template(HELD, "arithmetic", "zh", "positive", "r19_zh_yushu")
def t_zh_yushu(rng: random.Random) -> list[Item]:
    forms = [
        "{a} 除以 {b} 余数是多少？",
        "{a} 除以 {b}，余几？",
        "求 {a} 除以 {b} 的余数",
        "{a} 对 {b} 取余等于多少",
    ]
    out = []
    for f in forms:
        a, b = rng.randint(100, 9999), rng.randint(3, 29)
        while a % b == 0:
            a += 1
        out.append((f.format(a=a, b=b), num(a % b)))
    return out


@template(DEV, "arithmetic", "en", "negative", "r19_neg_clock_time")
def t_neg_clock_time(rng: random.Random) -> list[Item]:
    h, m = rng.randint(6, 11), rng.choice([10, 20, 35, 45, 50])
    dh, dm = rng.randint(2, 5), rng.choice([15, 30, 40])
    return [
        (f"My flight leaves at {h}:{m:02d} and just got delayed {dh} hours {dm} minutes. "
         "What time does it leave now?", None),
        (f"It's {rng.randint(7, 11)} o'clock now. What time will it be in "
         f"{rng.randint(14, 23)} hours?", None),
        (f"If I start a {rng.choice(['2.5', '1.75', '3.25'])} hour movie at "
         f"{rng.randint(9, 11)}:{rng.choice([40, 45, 50])} pm, what time does it end?", None),
        (f"The meeting is at {rng.randint(13, 16)}:{rng.choice([35, 50, 55])} and lasts "
         f"{rng.randint(70, 110)} minutes. When does it finish?", None),
    ]


@template(DEV, "arithmetic", "en", "negative", "r19_neg_money_advice")
def t_neg_money_advice(rng: random.Random) -> list[Item]:
    return [
        (f"Should I put ${rng.randint(5, 30)},000 into a savings account at 4.5% or pay off my "
         "car loan at 6%?", None),
        (f"Is 20% a good tip for a ${rng.randint(40, 150)} dinner?", None),
        (f"I earn {rng.randint(25, 45)}00 a month. Is spending {rng.randint(11, 19)}00 on rent "
         "too much?", None),
        (f"Is a {rng.randint(4, 9)}% raise on a {rng.randint(45, 90)},000 salary worth switching "
         "jobs for?", None),
    ]


@template(HELD, "arithmetic", "en", "negative", "r19_neg_outside_numbers")
def t_neg_outside_numbers(rng: random.Random) -> list[Item]:
    return [
        (f"How many calories are in {rng.randint(2, 4)} slices of pepperoni pizza?", None),
        (f"What's {rng.randint(2, 5)} tablespoons of butter in grams?", None),
        (f"How many cups of coffee is {rng.randint(3, 6)}00 mg of caffeine?", None),
        (f"What's the population of Canada times {rng.randint(2, 9)}?", None),
    ]


@template(HELD, "arithmetic", "en", "negative", "r19_neg_code_explain")
def t_neg_code_explain(rng: random.Random) -> list[Item]:
    return [
        (f"Write a Python function that returns {rng.choice([10, 15, 20])}% of any number.",
         None),
        (f"How do I compute 2 to the power of {rng.randint(8, 16)} in Excel?", None),
        (f"Explain what a factorial is, using {rng.randint(4, 7)}! as an example.", None),
        ("Why does 0.1 + 0.2 not equal 0.3 in JavaScript?", None),
    ]


@template(DEV, "arithmetic", "zh", "negative", "r19_zh_neg_danhao")
def t_zh_neg_danhao(rng: random.Random) -> list[Item]:
    return [
        (f"我的订单号是 {rng.randint(2020, 2024)}-{rng.randint(1000, 9999)}，什么时候能发货？",
         None),
        (f"快递单号 SF{rng.randint(10**9, 10**10 - 1)} 帮我查一下到哪了", None),
        (f"我的手机号尾号是 {rng.randint(1000, 9999)}，这个号好不好？", None),
        (f"工号 {rng.randint(10000, 99999)} 是哪个部门的？", None),
    ]


@template(HELD, "arithmetic", "zh", "negative", "r19_zh_neg_shenghuo")
def t_zh_neg_shenghuo(rng: random.Random) -> list[Item]:
    return [
        (f"我今年 {rng.randint(18, 60)} 岁，属什么生肖？", None),
        (f"月薪 {rng.randint(8, 30)}000 元在上海够生活吗？", None),
        ("一斤苹果现在大概多少钱？", None),
        (f"{rng.randint(50, 200)} 块钱能买几杯星巴克？", None),
    ]


# Comparison ------------------------------------------------------------------------------------


def confusable_pair(rng: random.Random) -> tuple[str, str]:
    """Two decimals like 9.11 and 9.9 (same integer part, different lengths)."""
    a, d = rng.randint(1, 20), rng.randint(2, 9)
    bc = rng.randint(10, d * 10 - 1)
    if bc % 10 == 0:
        bc += 1
    pair = [f"{a}.{bc}", f"{a}.{d}"]
    rng.shuffle(pair)
    return pair[0], pair[1]


def bigger(*written: str) -> str:
    return max(written, key=lambda s: Fraction(s))


def smaller(*written: str) -> str:
    return min(written, key=lambda s: Fraction(s))


@template(DEV, "comparison", "en", "positive", "r19_decimal_sanity")
def t_decimal_sanity(rng: random.Random) -> list[Item]:
    forms = [
        "quick sanity check: which is bigger, {x} or {y}?",
        "Which number is larger: {x} or {y}?",
        "My calculator app is acting weird. Is {x} or {y} the bigger number?",
        "{x} vs {y}, which one's greater?",
    ]
    pairs = pick_distinct(rng, lambda: confusable_pair(rng))
    return [(f.format(x=x, y=y), choice(bigger(x, y))) for f, (x, y) in zip(forms, pairs,
                                                                            strict=True)]


@template(DEV, "comparison", "en", "positive", "r19_is_greater_negatives")
def t_is_greater_negatives(rng: random.Random) -> list[Item]:
    forms = [
        "Is {x} greater than {y}?",
        "Is {x} bigger than {y}? yes or no",
        "Just checking: is {x} more than {y}?",
        "Is {x} > {y}? Answer yes or no.",
    ]
    out = []
    for f in forms:
        a = rng.randint(1, 9)
        x = -(a + Fraction(rng.randint(1, 9), 10))
        y = -(a + Fraction(rng.randint(11, 99), 100))
        while x == y:
            y -= Fraction(1, 100)
        if rng.random() < 0.5:
            x, y = y, x
        out.append((f.format(x=dec(x), y=dec(y)), boolean(x > y)))
    return out


@template(DEV, "comparison", "en", "positive", "r19_fraction_smaller")
def t_fraction_smaller(rng: random.Random) -> list[Item]:
    forms = [
        "Which fraction is smaller: {a} or {b}?",
        "Between {a} and {b}, which is less?",
        "I'm trying to figure out which is the smaller fraction, {a} or {b}.",
        "Smaller one: {a} or {b}?",
    ]
    out = []
    for f in forms:
        a, b = rand_frac(rng, 5, 15), rand_frac(rng, 5, 15)
        while a == b:
            b = rand_frac(rng, 5, 15)
        out.append((f.format(a=fs(a), b=fs(b)), choice(smaller(fs(a), fs(b)))))
    return out


def mixed_values(rng: random.Random, n: int) -> list[str]:
    vals: list[Fraction] = []
    while len(vals) < n:
        kind = rng.randint(0, 2)
        if kind == 0:
            v = Fraction(rng.randint(-20, 20))
        elif kind == 1:
            v = Fraction(rng.randint(-99, 99), 10)
        else:
            v = Fraction(rng.randint(-999, 999), 100)
        if v not in vals:
            vals.append(v)
    return [dec(v) for v in vals]


@template(DEV, "comparison", "en", "positive", "r19_sort_ascending_layouts")
def t_sort_ascending_layouts(rng: random.Random) -> list[Item]:
    out = []
    for i in range(4):
        vs = mixed_values(rng, 5 if i != 2 else 4)
        if i == 0:
            p = "Sort these from smallest to largest:\n" + "\n".join(vs)
        elif i == 1:
            p = "Can you order these numbers ascending? " + "; ".join(vs)
        elif i == 2:
            p = "Put these in increasing order please: " + ", ".join(vs)
        else:
            p = "Arrange from lowest to highest: " + " | ".join(vs)
        asc = sorted(vs, key=Fraction)
        out.append((p, numlist(asc, True, "asc")))
    return out


@template(DEV, "comparison", "en", "positive", "r19_largest_of_three")
def t_largest_of_three(rng: random.Random) -> list[Item]:
    forms = [
        "Out of {a}, {b} and {c}, which one is the largest?",
        "Which is the biggest of these three: {a}, {b}, {c}?",
        "Of {a}, {b}, and {c}, tell me the largest value.",
        "Largest among {a}, {b}, {c}?",
    ]
    out = []
    for f in forms:
        k, b, c = rng.randint(0, 12), rng.randint(1, 9), rng.randint(1, 9)
        vs = [f"{k}.{b}", f"{k}.{b}{c}", f"{k}.{b}0{c}"]
        rng.shuffle(vs)
        out.append((f.format(a=vs[0], b=vs[1], c=vs[2]), choice(bigger(*vs))))
    return out


@template(HELD, "comparison", "en", "positive", "r19_true_false_less")
def t_true_false_less(rng: random.Random) -> list[Item]:
    forms = [
        "True or false: {a} < {b}",
        "Quick check: is {a} less than {b}?",
        "Is it true that {a} is smaller than {b}?",
        "{a} < {b}. Is that right, yes or no?",
    ]
    out = []
    for f in forms:
        q = rng.choice([3, 6, 7, 9, 11, 12, 13])
        fr = Fraction(rng.choice([p for p in range(1, q) if math.gcd(p, q) == 1]), q)
        d = Fraction(math.floor(fr * 100) + rng.choice([0, 1]), 100)
        a, b = fs(fr), dec(d)
        if rng.random() < 0.5:
            a, b = b, a
        out.append((f.format(a=a, b=b), boolean(Fraction(a) < Fraction(b))))
    return out


@template(HELD, "comparison", "en", "positive", "r19_descending_inline")
def t_descending_inline(rng: random.Random) -> list[Item]:
    forms = [
        "Can you put {l} in descending order?",
        "Sort from largest to smallest: {l}",
        "Order these high to low please: {l}",
        "I need these biggest-first: {l}",
    ]
    out = []
    for f in forms:
        vs = mixed_values(rng, 5)
        out.append((f.format(l=", ".join(vs)),
                    numlist(sorted(vs, key=Fraction, reverse=True), True, "desc")))
    return out


@template(HELD, "comparison", "en", "positive", "r19_smaller_negative")
def t_smaller_negative(rng: random.Random) -> list[Item]:
    forms = [
        "Between {a} and {b}, which number is smaller?",
        "Which is lower, {a} or {b}?",
        "Which is the smaller number, {a} or {b}?",
        "{a} or {b}: which one is smaller?",
    ]
    out = []
    for i, f in enumerate(forms):
        if i % 2:
            x, y = -Fraction(rng.randint(11, 99), 10), -Fraction(rng.randint(11, 99), 10)
        else:
            x, y = -Fraction(rng.randint(2, 40)), -Fraction(rng.randint(2, 40))
        while x == y:
            y -= 1
        a, b = dec(x), dec(y)
        out.append((f.format(a=a, b=b), choice(smaller(a, b))))
    return out


@template(HELD, "comparison", "en", "positive", "r19_compare_with_units")
def t_compare_with_units(rng: random.Random) -> list[Item]:
    forms = [
        "My two boards are {a} m and {b} m long. Which length is greater?",
        "Which is heavier: a {a} kg bag or a {b} kg bag?",
        "I ran {a} km on Monday and {b} km on Tuesday. Which distance is longer?",
        "Which costs more, ${a} or ${b}?",
    ]
    pairs = pick_distinct(rng, lambda: confusable_pair(rng))
    return [(f.format(a=a, b=b), choice(bigger(a, b))) for f, (a, b) in zip(forms, pairs,
                                                                            strict=True)]


@template(HELD, "comparison", "en", "positive", "r19_fraction_vs_decimal")
def t_fraction_vs_decimal(rng: random.Random) -> list[Item]:
    forms = [
        "Which is larger: {f} or {d}?",
        "Is {f} or {d} the bigger one?",
        "Compare {f} and {d}. Which is greater?",
        "Which of the two is greater, {d} or {f}?",
    ]
    def make() -> Fraction:
        q = rng.choice([3, 6, 7, 9, 11, 12])
        return Fraction(rng.choice([p for p in range(1, q) if math.gcd(p, q) == 1]), q)
    out = []
    for form, fr in zip(forms, pick_distinct(rng, make), strict=True):
        d = Fraction(round(fr * 1000), 1000)
        f, ds = fs(fr), dec(d)
        out.append((form.format(f=f, d=ds), choice(bigger(f, ds))))
    return out


@template(DEV, "comparison", "zh", "positive", "r19_zh_nage_da")
def t_zh_nage_da(rng: random.Random) -> list[Item]:
    forms = [
        "{a} 和 {b} 哪个大？",
        "{a} 跟 {b} 比，哪个数更大",
        "请问 {a} 与 {b} 哪个比较大？",
        "{a} 和 {b}，谁大？",
    ]
    out = []
    for i, f in enumerate(forms):
        if i in (0, 3):
            a, b = confusable_pair(rng)
        elif i == 1:
            x, y = rand_frac(rng), rand_frac(rng)
            while x == y:
                y = rand_frac(rng)
            a, b = fs(x), fs(y)
        else:
            x, y = -Fraction(rng.randint(11, 99), 10), -Fraction(rng.randint(2, 12))
            while x == y:
                x -= Fraction(1, 10)
            a, b = dec(x), dec(y)
        out.append((f.format(a=a, b=b), choice(bigger(a, b))))
    return out


@template(DEV, "comparison", "zh", "positive", "r19_zh_bi_da_ma")
def t_zh_bi_da_ma(rng: random.Random) -> list[Item]:
    forms = [
        "{a} 比 {b} 大吗？",
        "{a} 是不是比 {b} 大？",
        "请问 {a} 大于 {b} 吗",
        "{a} 比 {b} 大吗，回答是或否",
    ]
    out = []
    for i, f in enumerate(forms):
        if i % 2:
            x, y = Fraction(rng.randint(-99, 99), 10), Fraction(rng.randint(-999, 999), 100)
        else:
            x, y = Fraction(-rng.randint(1, 30)), Fraction(-rng.randint(1, 30))
        while x == y:
            y -= 1
        out.append((f.format(a=dec(x), b=dec(y)), boolean(x > y)))
    return out


@template(HELD, "comparison", "zh", "positive", "r19_zh_paixu")
def t_zh_paixu(rng: random.Random) -> list[Item]:
    out = []
    vs = mixed_values(rng, 4)
    out.append(("把 " + "、".join(vs) + " 从小到大排列", numlist(sorted(vs, key=Fraction),
                                                             True, "asc")))
    vs = mixed_values(rng, 5)
    out.append(("请将下列数字按从小到大的顺序排序：" + "，".join(vs),
                numlist(sorted(vs, key=Fraction), True, "asc")))
    vs = mixed_values(rng, 4)
    out.append(("、".join(vs) + "，从小到大怎么排？", numlist(sorted(vs, key=Fraction),
                                                              True, "asc")))
    vs = mixed_values(rng, 5)
    out.append(("给这几个数排个序（从大到小）：" + " ".join(vs),
                numlist(sorted(vs, key=Fraction, reverse=True), True, "desc")))
    return out


@template(HELD, "comparison", "zh", "positive", "r19_zh_fenshu_xiao")
def t_zh_fenshu_xiao(rng: random.Random) -> list[Item]:
    forms = [
        "{a} 和 {b} 哪个更小？",
        "{a} 与 {b} 相比，哪个小一些",
        "比较 {a} 和 {b} 的大小，较小的是哪个？",
        "哪个数小：{a} 还是 {b}？",
    ]
    out = []
    for f in forms:
        a, b = rand_frac(rng, 4, 13), rand_frac(rng, 4, 13)
        while a == b:
            b = rand_frac(rng, 4, 13)
        out.append((f.format(a=fs(a), b=fs(b)), choice(smaller(fs(a), fs(b)))))
    return out


@template(DEV, "comparison", "en", "negative", "r19_neg_version_numbers")
def t_neg_version_numbers(rng: random.Random) -> list[Item]:
    return [
        (f"Is Python 3.{rng.randint(10, 12)} newer than Python 3.9?", None),
        ("Which is the later release, macOS 10.15 or macOS 11?", None),
        (f"Is Node 18.{rng.randint(10, 20)} newer than 18.3?", None),
        ("Which came out first, Windows 8.1 or Windows 10?", None),
    ]


@template(DEV, "comparison", "en", "negative", "r19_neg_world_bigger")
def t_neg_world_bigger(rng: random.Random) -> list[Item]:
    return [
        ("Which is bigger, Jupiter or Saturn?", None),
        ("Which has more people, Tokyo or Delhi?", None),
        (f"Is a US size {rng.randint(8, 11)} shoe bigger than a EU size "
         f"{rng.randint(40, 44)}?", None),
        ("Which is larger, a queen size bed or a king size bed?", None),
    ]


@template(HELD, "comparison", "en", "negative", "r19_neg_ratings_ids")
def t_neg_ratings_ids(rng: random.Random) -> list[Item]:
    return [
        (f"Is a 4.{rng.randint(1, 6)} rating on Google Maps better than "
         f"8.{rng.randint(1, 6)} on Booking.com?", None),
        (f"Is Android {rng.randint(13, 14)} newer than iOS {rng.randint(16, 17)}?", None),
        (f"Is a 3.{rng.randint(5, 9)} GPA better than an A- average?", None),
        (f"Is gate {rng.randint(10, 30)} closer than gate {rng.randint(2, 9)} at JFK Terminal 4?",
         None),
    ]


@template(HELD, "comparison", "en", "negative", "r19_neg_opinion_compare")
def t_neg_opinion_compare(rng: random.Random) -> list[Item]:
    return [
        (f"Is {rng.randint(25, 40)} too old to start learning piano?", None),
        (f"Is {rng.randint(6, 7)} hours of sleep better than {rng.randint(8, 9)}?", None),
        (f"Would you rather have 1 million dollars now or {rng.randint(30, 60)},000 a year for "
         "life?", None),
        (f"Is a commute of {rng.randint(10, 20)} minutes better than one of "
         f"{rng.randint(35, 50)} minutes if the pay is 10% higher?", None),
    ]


@template(DEV, "comparison", "zh", "negative", "r19_zh_neg_chanpin")
def t_zh_neg_chanpin(rng: random.Random) -> list[Item]:
    return [
        (f"iPhone {rng.randint(14, 15)} 比 iPhone {rng.randint(11, 13)} 好用吗？", None),
        ("Windows 11 比 Windows 10 流畅吗？", None),
        (f"小米 {rng.randint(13, 14)} 和华为 P60 哪个更值得买？", None),
        ("5G 比 4G 快多少？", None),
    ]


@template(HELD, "comparison", "zh", "negative", "r19_zh_neg_shijie")
def t_zh_neg_shijie(rng: random.Random) -> list[Item]:
    return [
        ("珠穆朗玛峰和乔戈里峰哪个高？", None),
        ("长江和黄河哪个长？", None),
        ("北京和上海哪个人口多？", None),
        (f"{rng.randint(37, 42)} 码的鞋和 {rng.randint(6, 9)} 码的美码鞋哪个大？", None),
    ]


# Counting / strings ----------------------------------------------------------------------------

LETTER_WORDS = ["mississippi", "banana", "bookkeeper", "committee", "strawberry", "assessment",
                "parallel", "occurrence", "cinnamon", "possession", "referee", "tomorrow",
                "balloon", "coffee", "necessary", "pepper", "excellence", "grammar"]
VOWEL_WORDS = ["education", "onomatopoeia", "mountain", "questionnaire", "alligator",
               "calculator", "television", "abbreviation", "pneumonia", "restaurant",
               "aeroplane", "dinosaur", "avocado", "ambulance"]
CONSONANT_WORDS = ["strength", "knight", "straight", "scratch", "thumbprint", "handcraft",
                   "twelfth", "crossword", "landmark", "blackboard", "framework", "children",
                   "schedule", "spreadsheet"]
SENTENCES = [
    "The quick brown fox jumps over the lazy dog",
    "I left my umbrella on the train this morning",
    "Please remember to water the plants while I am away",
    "We should leave early to beat the traffic",
    "My grandmother bakes the best apple pie in town",
    "The museum opens at nine on weekdays",
    "Nobody expected the small team to win the whole tournament",
    "She reads two books every single month",
    "Turn left at the bakery and walk past the old church",
    "Our cat sleeps on the windowsill all afternoon",
    "He forgot his keys again",
    "The children built a huge sandcastle near the pier",
]
GENERAL_WORDS = ["elephant", "strawberry", "keyboard", "pineapple", "chocolate", "hospital",
                 "umbrella", "calendar", "triangle", "mushroom", "library", "penguin",
                 "backpack", "sunflower", "volcano", "blanket", "whisper", "notebook"]
ANAGRAM_YES = [("listen", "silent"), ("earth", "heart"), ("night", "thing"), ("angel", "glean"),
               ("dusty", "study"), ("below", "elbow"), ("cheap", "peach"), ("lemon", "melon"),
               ("master", "stream"), ("garden", "danger"), ("secure", "rescue"),
               ("friend", "finder")]
ANAGRAM_NO = [("brake", "bread"), ("carbon", "cobras"), ("silent", "listens"),
              ("planet", "plants"), ("heart", "hearth"), ("table", "cable"), ("apple", "paper"),
              ("dream", "dreamt"), ("spared", "sparred"), ("coast", "toast"),
              ("melon", "lemons"), ("money", "mooney")]
assert all(sorted(a) == sorted(b) for a, b in ANAGRAM_YES)
assert not any(sorted(a) == sorted(b) for a, b in ANAGRAM_NO)


def vowels(w: str) -> int:
    return sum(c in VOWELS for c in w)


@template(DEV, "counting", "en", "positive", "r19_letter_occurrences")
def t_letter_occurrences(rng: random.Random) -> list[Item]:
    forms = [
        'How many times does the letter "{c}" appear in "{w}"?',
        "how many {c}'s are in {w}",
        "Count the letter {c} in the word '{w}'.",
        "In the word {w}, how many times does {c} show up?",
    ]
    words = rng.sample(LETTER_WORDS, 4)
    out = []
    for f, w in zip(forms, words, strict=True):
        c = rng.choice(sorted({ch for ch in w if w.count(ch) >= 2}))
        out.append((f.format(c=c, w=w), num(w.count(c))))
    return out


@template(DEV, "counting", "en", "positive", "r19_vowel_count")
def t_vowel_count(rng: random.Random) -> list[Item]:
    forms = [
        "How many vowels are in the word {w}?",
        "Count the vowels in '{w}' for me.",
        "{w}: how many vowels does it have? (a, e, i, o, u)",
        "My kid asked me how many vowels '{w}' has. What's the answer?",
    ]
    words = rng.sample(VOWEL_WORDS, 4)
    return [(f.format(w=w), num(vowels(w))) for f, w in zip(forms, words, strict=True)]


@template(DEV, "counting", "en", "positive", "r19_sentence_word_count")
def t_sentence_word_count(rng: random.Random) -> list[Item]:
    forms = [
        'Count the words in this sentence: "{s}"',
        "How many words are in: {s}",
        'Word count for "{s}"?',
        'Could you tell me how many words this has? "{s}"',
    ]
    ss = rng.sample(SENTENCES, 4)
    return [(f.format(s=s), num(len(s.split()))) for f, s in zip(forms, ss, strict=True)]


@template(DEV, "counting", "en", "positive", "r19_reverse_word")
def t_reverse_word(rng: random.Random) -> list[Item]:
    forms = [
        "Spell '{w}' backwards.",
        "What is {w} reversed?",
        'Reverse the word "{w}" for me',
        "Write the word {w} backwards please.",
    ]
    words = rng.sample(GENERAL_WORDS, 4)
    return [(f.format(w=w), text(w[::-1])) for f, w in zip(forms, words, strict=True)]


@template(HELD, "counting", "en", "positive", "r19_anagram_pair")
def t_anagram_pair(rng: random.Random) -> list[Item]:
    forms = [
        "Are '{a}' and '{b}' anagrams of each other?",
        "Is {a} an anagram of {b}?",
        "Quick word puzzle check: are {a} and {b} anagrams?",
        "Is '{b}' an anagram of '{a}'? Yes/no.",
    ]
    pairs = rng.sample(ANAGRAM_YES, 2) + rng.sample(ANAGRAM_NO, 2)
    rng.shuffle(pairs)
    return [(f.format(a=a, b=b), boolean(sorted(a) == sorted(b)))
            for f, (a, b) in zip(forms, pairs, strict=True)]


@template(HELD, "counting", "en", "positive", "r19_nth_letter")
def t_nth_letter(rng: random.Random) -> list[Item]:
    words = rng.sample(GENERAL_WORDS, 4)
    out = []
    for i, w in enumerate(words):
        n = rng.randint(2, min(8, len(w) - 1))
        if i == 0:
            out.append((f"What is the {ORD[n]} letter of the word '{w}'?", text(w[n - 1])))
        elif i == 1:
            out.append((f"In '{w}', which letter is in position {n}?", text(w[n - 1])))
        elif i == 2:
            out.append((f"Tell me the {ORD[n]} letter in {w}.", text(w[n - 1])))
        else:
            out.append((f"What's the last letter of {w}?", text(w[-1])))
    return out


@template(HELD, "counting", "en", "positive", "r19_distinct_letters")
def t_distinct_letters(rng: random.Random) -> list[Item]:
    forms = [
        "How many different letters are used in '{w}'?",
        "How many distinct letters does {w} have?",
        "Count the unique letters in the word {w}.",
        "Ignoring repeats, how many different letters are in '{w}'?",
    ]
    words = rng.sample(LETTER_WORDS, 4)
    return [(f.format(w=w), num(len(set(w)))) for f, w in zip(forms, words, strict=True)]


@template(DEV, "counting", "en", "positive", "r19_longer_word")
def t_longer_word(rng: random.Random) -> list[Item]:
    forms = [
        "Which word has more letters: '{a}' or '{b}'?",
        "Which is longer, {a} or {b}? I mean letter count.",
        '"{a}" or "{b}": which one has more letters?',
        "Between the words {a} and {b}, which has more letters?",
    ]
    pool = GENERAL_WORDS + VOWEL_WORDS + CONSONANT_WORDS
    out = []
    for f in forms:
        a, b = rng.sample(pool, 2)
        while len(a) == len(b):
            a, b = rng.sample(pool, 2)
        out.append((f.format(a=a, b=b), word_choice(a if len(a) > len(b) else b)))
    return out


@template(HELD, "counting", "en", "positive", "r19_consonant_count")
def t_consonant_count(rng: random.Random) -> list[Item]:
    forms = [
        "How many consonants are in '{w}'?",
        "Count the consonants in {w}.",
        "{w}: number of consonants?",
        "How many letters in '{w}' are consonants?",
    ]
    words = rng.sample(CONSONANT_WORDS, 4)
    return [(f.format(w=w), num(len(w) - vowels(w))) for f, w in zip(forms, words, strict=True)]


@template(HELD, "counting", "en", "positive", "r19_alphabetical_order")
def t_alphabetical_order(rng: random.Random) -> list[Item]:
    fruits = ["pear", "apple", "mango", "kiwi", "cherry", "banana", "grape", "lemon", "peach",
              "plum", "orange", "melon", "apricot", "fig", "lime", "papaya"]
    out = []
    for i in range(4):
        ws = rng.sample(fruits, 4)
        if i == 0:
            p = "Put these words in alphabetical order: " + ", ".join(ws)
        elif i == 1:
            p = "Alphabetize: " + " ".join(ws)
        elif i == 2:
            p = "Can you sort these alphabetically? " + "; ".join(ws)
        else:
            p = f"Arrange {ws[0]}, {ws[1]}, {ws[2]} and {ws[3]} in A-to-Z order."
        out.append((p, textlist(sorted(ws), True)))
    return out


@template(DEV, "counting", "zh", "positive", "r19_zh_zimu_geshu")
def t_zh_zimu_geshu(rng: random.Random) -> list[Item]:
    forms = [
        "{w} 里面有多少个字母 {c}？",
        "单词 {w} 中字母 {c} 出现了几次",
        "“{w}” 这个词里有几个 {c}？",
        "数一下 {w} 里有几个 {c}",
    ]
    words = rng.sample(LETTER_WORDS, 4)
    out = []
    for i, (f, w) in enumerate(zip(forms, words, strict=True)):
        c = rng.choice(sorted({ch for ch in w if i % 2 or w.count(ch) >= 2}))
        out.append((f.format(c=c, w=w), num(w.count(c))))
    return out


@template(DEV, "counting", "zh", "positive", "r19_zh_daoxu")
def t_zh_daoxu(rng: random.Random) -> list[Item]:
    forms = [
        "把单词 {w} 倒过来写是什么",
        "{w} 反过来拼是什么？",
        "请把 “{w}” 倒序输出",
        "{w} 倒着写怎么写",
    ]
    words = rng.sample(GENERAL_WORDS, 4)
    return [(f.format(w=w), text(w[::-1])) for f, w in zip(forms, words, strict=True)]


@template(DEV, "counting", "zh", "positive", "r19_zh_dancishu")
def t_zh_dancishu(rng: random.Random) -> list[Item]:
    forms = [
        "这句话有几个单词：{s}",
        "“{s}” 这句英文一共有多少个单词？",
        "数一下这个句子的单词数：{s}",
        "请问「{s}」这句话里有几个单词",
    ]
    ss = rng.sample(SENTENCES, 4)
    return [(f.format(s=s), num(len(s.split()))) for f, s in zip(forms, ss, strict=True)]


@template(HELD, "counting", "zh", "positive", "r19_zh_zimushu")
def t_zh_zimushu(rng: random.Random) -> list[Item]:
    forms = [
        "单词 “{w}” 一共有几个字母？",
        "{w} 有多少个字母",
        "请问 {w} 这个单词由几个字母组成？",
        "“{w}” 是几个字母？",
    ]
    words = rng.sample(GENERAL_WORDS + VOWEL_WORDS, 4)
    return [(f.format(w=w), num(len(w))) for f, w in zip(forms, words, strict=True)]


@template(HELD, "counting", "zh", "positive", "r19_zh_yuanyin")
def t_zh_yuanyin(rng: random.Random) -> list[Item]:
    forms = [
        "{w} 这个单词里有几个元音字母？",
        "数数 “{w}” 里的元音字母有几个",
        "单词 {w} 包含多少个元音字母？",
        "{w} 中 a、e、i、o、u 一共出现了几次？",
    ]
    words = rng.sample(VOWEL_WORDS, 4)
    return [(f.format(w=w), num(vowels(w))) for f, w in zip(forms, words, strict=True)]


@template(DEV, "counting", "en", "negative", "r19_neg_alphabet_trivia")
def t_neg_alphabet_trivia(rng: random.Random) -> list[Item]:
    return [
        ("How many letters are in the Greek alphabet?", None),
        ("How many letters does the Russian alphabet have?", None),
        ("How many words are in the Bible?", None),
        ("How many letters are there in the Hawaiian alphabet?", None),
    ]


@template(DEV, "counting", "en", "negative", "r19_neg_writing_advice")
def t_neg_writing_advice(rng: random.Random) -> list[Item]:
    return [
        ("How many words should a cover letter be?", None),
        ("How many letters should a strong password have?", None),
        (f"Is {rng.choice([400, 500, 650])} words enough for a college essay?", None),
        ("How many words per minute is a good typing speed?", None),
    ]


@template(HELD, "counting", "en", "negative", "r19_neg_word_usage")
def t_neg_word_usage(rng: random.Random) -> list[Item]:
    return [
        ("Which word is more common in English, 'affect' or 'effect'?", None),
        ("What does the word 'serendipity' mean?", None),
        ("Which is correct, 'alot' or 'a lot'?", None),
        ("How do you pronounce the word 'quinoa'?", None),
    ]


@template(HELD, "counting", "en", "negative", "r19_neg_language_facts")
def t_neg_language_facts(rng: random.Random) -> list[Item]:
    return [
        ("How many letters are in the English alphabet?", None),
        ("What's the longest word in the English language?", None),
        ("How many words does the average adult know?", None),
        ("How many syllables are in a haiku?", None),
    ]


@template(DEV, "counting", "zh", "negative", "r19_zh_neg_zimubiao")
def t_zh_neg_zimubiao(rng: random.Random) -> list[Item]:
    return [
        ("汉语拼音有多少个声母？", None),
        ("英语字母表里有多少个字母？", None),
        ("《红楼梦》一共有多少字？", None),
        ("日语五十音图有多少个假名？", None),
    ]


@template(HELD, "counting", "zh", "negative", "r19_zh_neg_ciyi")
def t_zh_neg_ciyi(rng: random.Random) -> list[Item]:
    return [
        ("“apple” 这个单词是什么意思？", None),
        ("“serendipity” 怎么读？", None),
        ("“affect” 和 “effect” 有什么区别？", None),
        ("“thank you” 用日语怎么说？", None),
    ]


# Number theory ---------------------------------------------------------------------------------


def prime_in(rng: random.Random, lo: int, hi: int) -> int:
    while True:
        n = rng.randint(lo, hi)
        if is_prime(n):
            return n


def semiprime_in(rng: random.Random, lo: int, hi: int) -> int:
    while True:
        n = prime_in(rng, 7, 97) * prime_in(rng, 7, 97)
        if lo <= n <= hi:
            return n


def smooth_number(rng: random.Random, lo: int, hi: int) -> int:
    while True:
        n = 1
        for p in rng.sample([2, 3, 5, 7, 11, 13, 17], rng.randint(2, 4)):
            n *= p ** rng.randint(1, 3)
        if lo <= n <= hi:
            return n


@template(DEV, "number_theory", "en", "positive", "r19_prime_yes_no")
def t_prime_yes_no(rng: random.Random) -> list[Item]:
    forms = [
        "is {n} prime? yes or no",
        "Quick question: is {n} a prime number?",
        "I'm not sure whether {n} is prime. Is it?",
        "Can you tell me if {n} is prime?",
    ]
    ns = [prime_in(rng, 100, 3000), semiprime_in(rng, 100, 3000),
          semiprime_in(rng, 1000, 9000), prime_in(rng, 1000, 9000)]
    rng.shuffle(ns)
    return [(f.format(n=f"{n:,}" if i == 3 else n), boolean(is_prime(n)))
            for i, (f, n) in enumerate(zip(forms, ns, strict=True))]


@template(DEV, "number_theory", "en", "positive", "r19_factorize_formal")
def t_factorize_formal(rng: random.Random) -> list[Item]:
    forms = [
        "Please give the prime factorization of {n}.",
        "Factor {n} into primes.",
        "Break {n} down into its prime factors.",
        "Prime factorization of {n}?",
    ]
    ns = pick_distinct(rng, lambda: smooth_number(rng, 100, 99999))
    return [(f.format(n=f"{n:,}" if i == 2 and n >= 1000 else n), factorization(n))
            for i, (f, n) in enumerate(zip(forms, ns, strict=True))]


def gcd_pair(rng: random.Random) -> tuple[int, int]:
    g = rng.randint(4, 40)
    x, y = rng.randint(2, 20), rng.randint(2, 20)
    while x == y or math.gcd(x, y) != 1:
        x, y = rng.randint(2, 20), rng.randint(2, 20)
    return g * x, g * y


@template(DEV, "number_theory", "en", "positive", "r19_gcd_sentence")
def t_gcd_sentence(rng: random.Random) -> list[Item]:
    forms = [
        "What's the greatest common divisor of {a} and {b}?",
        "gcd({a}, {b}) = ?",
        "Find the largest number that divides both {a} and {b}.",
        "I'm simplifying a fraction. What's the GCD of {a} and {b}?",
    ]
    pairs = pick_distinct(rng, lambda: gcd_pair(rng))
    return [(f.format(a=a, b=b), num(math.gcd(a, b))) for f, (a, b) in zip(forms, pairs,
                                                                           strict=True)]


@template(DEV, "number_theory", "en", "positive", "r19_primes_below")
def t_primes_below(rng: random.Random) -> list[Item]:
    forms = [
        "List all the primes less than {n}.",
        "Which numbers below {n} are prime?",
        "Give me every prime number under {n}.",
        "What are the prime numbers smaller than {n}?",
    ]
    ns = pick_distinct(rng, lambda: rng.choice([k for k in range(20, 80) if not is_prime(k)]))
    return [(f.format(n=n), numlist([str(p) for p in primes_below(n)], False))
            for f, n in zip(forms, ns, strict=True)]


@template(DEV, "number_theory", "en", "positive", "r19_digit_sum")
def t_digit_sum(rng: random.Random) -> list[Item]:
    forms = [
        "What's the sum of the digits of {n}?",
        "Add up the digits of {n}.",
        "digit sum of {n}?",
        "If you add together all the digits in {n}, what do you get?",
    ]
    ns = [rng.randint(10**4, 10**7) for _ in range(4)]
    return [(f.format(n=f"{n:,}" if i == 0 else n), num(sum(map(int, str(n)))))
            for i, (f, n) in enumerate(zip(forms, ns, strict=True))]


@template(HELD, "number_theory", "en", "positive", "r19_lcm_plain")
def t_lcm_plain(rng: random.Random) -> list[Item]:
    out = []
    a, b = rng.sample(range(6, 61), 2)
    out.append((f"What's the least common multiple of {a} and {b}?", num(lcm(a, b))))
    a, b = rng.sample(range(6, 61), 2)
    out.append((f"LCM of {a}, {b}?", num(lcm(a, b))))
    a, b = rng.sample(range(6, 61), 2)
    out.append((f"Find the lowest common multiple of {a} and {b}.", num(lcm(a, b))))
    a, b, c = rng.sample(range(4, 31), 3)
    out.append((f"I need the LCM of {a}, {b} and {c}.", num(lcm(a, b, c))))
    return out


@template(HELD, "number_theory", "en", "positive", "r19_largest_prime_factor")
def t_largest_prime_factor(rng: random.Random) -> list[Item]:
    forms = [
        "What is the largest prime factor of {n}?",
        "Biggest prime that divides {n}?",
        "Find the greatest prime factor of {n}.",
        "Out of curiosity, what's the largest prime factor of {n}?",
    ]
    out = []
    for i, f in enumerate(forms):
        n = smooth_number(rng, 10, 2000) * prime_in(rng, 50, 500)
        out.append((f.format(n=f"{n:,}" if i == 0 else n), num(factor(n)[-1][0])))
    return out


@template(HELD, "number_theory", "en", "positive", "r19_happy_range")
def t_happy_range(rng: random.Random) -> list[Item]:
    out = []
    n = rng.randint(20, 50)
    out.append((f"Which numbers from 1 to {n} inclusive are happy numbers?",
                numlist([str(k) for k in range(1, n + 1) if is_happy(k)], False)))
    a = rng.randint(10, 40)
    b = a + rng.randint(20, 40)
    out.append((f"List the happy numbers between {a} and {b}, inclusive.",
                numlist([str(k) for k in range(a, b + 1) if is_happy(k)], False)))
    a = rng.randint(50, 80)
    b = a + rng.randint(15, 30)
    out.append((f"Give me all happy numbers in the range {a}–{b} (including both ends).",
                numlist([str(k) for k in range(a, b + 1) if is_happy(k)], False)))
    n = rng.randint(25, 60)
    out.append((f"What are the happy numbers up to and including {n}?",
                numlist([str(k) for k in range(1, n + 1) if is_happy(k)], False)))
    return out


@template(HELD, "number_theory", "en", "positive", "r19_prime_claim")
def t_prime_claim(rng: random.Random) -> list[Item]:
    forms = [
        "My teacher says {n} is prime. Is it?",
        "Someone told me {n} is a prime number. Are they right?",
        "Is {n} prime or not? Yes/no.",
        "Settle a bet: is {n} prime?",
    ]
    looks = [91, 119, 133, 143, 161, 187, 203, 209, 217, 221, 247, 253, 259, 287, 299, 319]
    ns = [*rng.sample(looks, 2), prime_in(rng, 90, 400), prime_in(rng, 400, 900)]
    rng.shuffle(ns)
    return [(f.format(n=n), boolean(is_prime(n))) for f, n in zip(forms, ns, strict=True)]


@template(HELD, "number_theory", "en", "positive", "r19_hcf_british")
def t_hcf_british(rng: random.Random) -> list[Item]:
    out = []
    a, b = gcd_pair(rng)
    out.append((f"Find the HCF of {a} and {b}.", num(math.gcd(a, b))))
    a, b = gcd_pair(rng)
    out.append((f"What's the highest common factor of {a} and {b}?", num(math.gcd(a, b))))
    a, b = gcd_pair(rng)
    out.append((f"HCF({a}, {b})?", num(math.gcd(a, b))))
    g = rng.randint(3, 15)
    a, b, c = (g * k for k in rng.sample(range(2, 13), 3))
    out.append((f"Work out the highest common factor of {a}, {b} and {c}.",
                num(math.gcd(a, b, c))))
    return out


@template(DEV, "number_theory", "zh", "positive", "r19_zh_zhishu")
def t_zh_zhishu(rng: random.Random) -> list[Item]:
    forms = [
        "{n} 是质数吗？",
        "{n} 是不是素数",
        "请问 {n} 是素数吗？",
        "判断一下 {n} 是否为质数",
    ]
    ns = [prime_in(rng, 50, 500), semiprime_in(rng, 50, 500), prime_in(rng, 500, 2000),
          semiprime_in(rng, 500, 2000)]
    rng.shuffle(ns)
    return [(f.format(n=n), boolean(is_prime(n))) for f, n in zip(forms, ns, strict=True)]


@template(HELD, "number_theory", "zh", "positive", "r19_zh_fenjie")
def t_zh_fenjie(rng: random.Random) -> list[Item]:
    forms = [
        "把 {n} 分解质因数",
        "{n} 分解质因数是多少？",
        "请对 {n} 进行质因数分解",
        "{n} 的质因数分解",
    ]
    ns = pick_distinct(rng, lambda: smooth_number(rng, 60, 9999))
    return [(f.format(n=n), factorization(n)) for f, n in zip(forms, ns, strict=True)]


@template(DEV, "number_theory", "zh", "positive", "r19_zh_gongyueshu")
def t_zh_gongyueshu(rng: random.Random) -> list[Item]:
    forms = [
        "{a} 和 {b} 的最大公约数是多少",
        "求 {a}、{b} 的最大公因数",
        "{a} 与 {b} 的最大公约数？",
        "请帮我算 {a} 和 {b} 的最大公约数",
    ]
    pairs = pick_distinct(rng, lambda: gcd_pair(rng))
    return [(f.format(a=a, b=b), num(math.gcd(a, b))) for f, (a, b) in zip(forms, pairs,
                                                                           strict=True)]


@template(HELD, "number_theory", "zh", "positive", "r19_zh_gongbeishu")
def t_zh_gongbeishu(rng: random.Random) -> list[Item]:
    out = []
    a, b, c = rng.sample(range(3, 21), 3)
    out.append((f"{a}、{b}、{c} 的最小公倍数是多少？", num(lcm(a, b, c))))
    a, b = rng.sample(range(6, 51), 2)
    out.append((f"{a} 和 {b} 的最小公倍数", num(lcm(a, b))))
    a, b = rng.sample(range(6, 51), 2)
    out.append((f"求 {a} 与 {b} 的最小公倍数", num(lcm(a, b))))
    a, b = rng.sample(range(6, 51), 2)
    out.append((f"请问 {a}，{b} 的最小公倍数是几", num(lcm(a, b))))
    return out


@template(HELD, "number_theory", "zh", "positive", "r19_zh_zhishu_liebiao")
def t_zh_zhishu_liebiao(rng: random.Random) -> list[Item]:
    forms = [
        "列出小于 {n} 的所有质数",
        "{n} 以内的素数有哪些？",
        "小于 {n} 的质数都有哪些",
        "请写出所有比 {n} 小的质数",
    ]
    ns = pick_distinct(rng, lambda: rng.choice([k for k in range(15, 70) if not is_prime(k)]))
    return [(f.format(n=n), numlist([str(p) for p in primes_below(n)], False))
            for f, n in zip(forms, ns, strict=True)]


@template(DEV, "number_theory", "en", "negative", "r19_neg_number_meaning")
def t_neg_number_meaning(rng: random.Random) -> list[Item]:
    return [
        ("Is 8 a lucky number in Chinese culture?", None),
        (f"Is 555-{rng.randint(100, 199):04d} a real phone number?", None),
        ("What's special about the number 42 in The Hitchhiker's Guide to the Galaxy?", None),
        ("Is 13 considered an unlucky number everywhere?", None),
    ]


@template(DEV, "number_theory", "en", "negative", "r19_neg_concept_nt")
def t_neg_concept_nt(rng: random.Random) -> list[Item]:
    return [
        ("Why is 1 not considered a prime number?", None),
        ("Explain how the Euclidean algorithm finds a GCD.", None),
        ("What's the difference between a factor and a multiple?", None),
        ("Is there a largest prime number? Explain why or why not.", None),
    ]


@template(HELD, "number_theory", "en", "negative", "r19_neg_famous_numbers")
def t_neg_famous_numbers(rng: random.Random) -> list[Item]:
    return [
        ("Is 1729 famous for anything?", None),
        ("What is the largest known prime number right now?", None),
        ("Who first proved that there are infinitely many primes?", None),
        ("What's the significance of the number 137 in physics?", None),
    ]


@template(HELD, "number_theory", "en", "negative", "r19_neg_code_nt")
def t_neg_code_nt(rng: random.Random) -> list[Item]:
    return [
        ("Write a Python function that checks whether a number is prime.", None),
        ("How do I find the GCD of two columns in Excel?", None),
        ("What's the fastest known algorithm for factoring big numbers?", None),
        (f"Can you give me a Java loop that prints the primes under {rng.choice([50, 100])}?",
         None),
    ]


@template(DEV, "number_theory", "zh", "negative", "r19_zh_neg_gainian")
def t_zh_neg_gainian(rng: random.Random) -> list[Item]:
    return [
        ("为什么 1 不是质数？", None),
        ("质数和合数有什么区别？", None),
        ("什么是最大公约数？举个例子讲讲", None),
        ("哥德巴赫猜想是什么？", None),
    ]


@template(HELD, "number_theory", "zh", "negative", "r19_zh_neg_jixiang")
def t_zh_neg_jixiang(rng: random.Random) -> list[Item]:
    return [
        ("4 这个数字在中国为什么不吉利？", None),
        (f"车牌号 京A{rng.randint(10000, 99999)} 吉利吗？", None),
        ("手机号里带 8 好吗？", None),
        (f"{rng.choice([520, 1314, 666])} 这个数字有什么寓意？", None),
    ]


# Geometry --------------------------------------------------------------------------------------


def rand_point(rng: random.Random, lo: int = -9, hi: int = 9) -> tuple[int, int]:
    return rng.randint(lo, hi), rng.randint(lo, hi)


def area_expr(r2: Fraction) -> str:
    return f"{fs(r2)}*pi"


@template(DEV, "geometry", "en", "positive", "r19_circle_area_radius")
def t_circle_area_radius(rng: random.Random) -> list[Item]:
    rs = rng.sample(range(2, 16), 3)
    d = rng.choice([7, 9, 11, 13, 15])
    return [
        (f"What's the area of a circle with radius {rs[0]}?",
         real(area_expr(Fraction(rs[0]) ** 2))),
        (f"A circle has a radius of {rs[1]} cm. What is its area? Leave it in terms of pi.",
         real(area_expr(Fraction(rs[1]) ** 2))),
        (f"Area of a circle whose diameter is {d}?", real(area_expr(Fraction(d, 2) ** 2))),
        (f"I'm cutting a round tabletop with a radius of {rs[2]} inches. What's its area?",
         real(area_expr(Fraction(rs[2]) ** 2))),
    ]


def two_points(rng: random.Random) -> tuple[tuple[int, int], tuple[int, int]]:
    a, b = rand_point(rng), rand_point(rng)
    while a == b:
        b = rand_point(rng)
    return a, b


def dist_expr(a: tuple[int, int], b: tuple[int, int]) -> str:
    return sqrt_expr((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2)


@template(DEV, "geometry", "en", "positive", "r19_distance_pair")
def t_distance_pair(rng: random.Random) -> list[Item]:
    out = []
    a, b = two_points(rng)
    out.append((f"How far apart are {pt(a)} and {pt(b)}?", real(dist_expr(a, b))))
    a, b = two_points(rng)
    out.append((f"What's the distance between the points A{pt(a, True)} and B{pt(b, True)}?",
                real(dist_expr(a, b))))
    a, b = two_points(rng)
    out.append((f"Distance from {pt(a)} to {pt(b)}, please.", real(dist_expr(a, b))))
    a, b = two_points(rng)
    out.append((f"Find the straight-line distance between the point x = {a[0]}, y = {a[1]} and "
                f"the point x = {b[0]}, y = {b[1]}.", real(dist_expr(a, b))))
    return out


def polys(rng: random.Random) -> list[list[tuple[int, int]]]:
    s = rng.randint(4, 10)
    x0, y0, w, h = rng.randint(-5, 5), rng.randint(-5, 5), rng.randint(3, 9), rng.randint(3, 9)
    t = rng.randint(4, 10)
    return [
        [(0, 0), (s, 0), (s, s), (0, s)],
        [(x0, y0), (x0 + w, y0), (x0 + w, y0 + h), (x0, y0 + h)],
        [(0, 0), (t, 0), (rng.randint(1, t - 1), rng.randint(4, 10))],
        [(0, 0), (w + 2, 0), (w + 2, 3), (2, h + 3), (0, 3)],
    ]


def point_with(rng: random.Random, poly: list[tuple[int, int]], want: set[str]) -> tuple[
        tuple[int, int], str]:
    xs, ys = [p[0] for p in poly], [p[1] for p in poly]
    while True:
        p = (rng.randint(min(xs) - 2, max(xs) + 2), rng.randint(min(ys) - 2, max(ys) + 2))
        where = locate(p, poly)
        if where in want:
            return p, where


def verts(poly: list[tuple[int, int]], sep: str = ", ", compact: bool = False) -> str:
    return sep.join(pt(p, compact) for p in poly)


@template(DEV, "geometry", "en", "positive", "r19_point_inside_yes_no")
def t_point_inside_yes_no(rng: random.Random) -> list[Item]:
    sq, rect, tri, penta = polys(rng)
    wants = [{"inside"}, {"outside"}, {"inside"}, {"outside"}]
    rng.shuffle(wants)
    out = []
    p, w = point_with(rng, sq, wants[0])
    out.append((f"Is the point {pt(p)} inside the square with corners {verts(sq)}?",
                relation(w, "inside")))
    p, w = point_with(rng, rect, wants[1])
    out.append((f"Does {pt(p, True)} lie within the rectangle with vertices "
                f"{verts(rect, compact=True)}?", relation(w, "inside")))
    p, w = point_with(rng, tri, wants[2])
    out.append((f"Is {pt(p)} inside the triangle with vertices {verts(tri)}?",
                relation(w, "inside")))
    p, w = point_with(rng, penta, wants[3])
    out.append((f"Polygon {verts(penta, ' -> ')}. Is the point {pt(p)} inside it?",
                relation(w, "inside")))
    return out


def circle_pair(rng: random.Random, want: set[int | None]) -> tuple[
        tuple[int, int], int, tuple[int, int], int, int | None]:
    while True:
        c1, c2 = rand_point(rng, -6, 6), rand_point(rng, -6, 6)
        r1, r2 = rng.randint(1, 8), rng.randint(1, 8)
        k = circle_points(c1, r1, c2, r2)
        if k in want:
            return c1, r1, c2, r2, k


@template(DEV, "geometry", "en", "positive", "r19_circles_cross")
def t_circles_cross(rng: random.Random) -> list[Item]:
    # "Intersect" is only asked where it is unambiguous: crossing (2 points) or fully apart
    # (0 points, neither circle inside the other).
    def pair(yes: bool) -> tuple[tuple[int, int], int, tuple[int, int], int]:
        while True:
            c1, r1, c2, r2, _ = circle_pair(rng, {2} if yes else {0})
            d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
            if yes or d2 > (r1 + r2) ** 2:
                return c1, r1, c2, r2
    wants = [True, False, True, False]
    rng.shuffle(wants)
    out = []
    c1, r1, c2, r2 = pair(wants[0])
    out.append((f"Do the circles centered at {pt(c1)} with radius {r1} and centered at {pt(c2)} "
                f"with radius {r2} intersect?", boolean(wants[0])))
    c1, r1, c2, r2 = pair(wants[1])
    out.append((f"Circle A: center {pt(c1)}, r = {r1}. Circle B: center {pt(c2)}, r = {r2}. "
                "Do they intersect?", boolean(wants[1])))
    c1, r1, c2, r2 = pair(wants[2])
    out.append((f"Will a circle of radius {r1} around {pt(c1)} intersect a circle of radius {r2} "
                f"around {pt(c2)}?", boolean(wants[2])))
    c1, r1, c2, r2 = pair(wants[3])
    out.append((f"Two circles: {circle_eq(c1, r1 * r1)} and {circle_eq(c2, r2 * r2)}. "
                "Do they intersect?", boolean(wants[3])))
    return out


def shapes(rng: random.Random) -> list[list[tuple[int, int]]]:
    x0, y0 = rng.randint(-4, 4), rng.randint(-4, 4)
    w, h, r = rng.randint(4, 9), rng.randint(3, 7), rng.randint(2, 5)
    a, b = rng.randint(2, w - 1), rng.randint(2, h - 1)
    return [
        [(x0, y0), (x0 + w, y0), (x0 + w, y0 + h), (x0 + w // 2, y0 + h + r), (x0, y0 + h)],
        [(0, 0), (w, 0), (w, b), (a, b), (a, h), (0, h)],
        [(x0, y0), (x0 + w, y0), (x0 + w - 1, y0 + h), (x0 + 1, y0 + h)],
        [(x0, y0), (x0 + w, y0 + 1), (x0 + w + 1, y0 + h), (x0 + a, y0 + h + r), (x0 - 1, y0 + b)],
    ]


@template(DEV, "geometry", "en", "positive", "r19_polygon_area_coords")
def t_polygon_area_coords(rng: random.Random) -> list[Item]:
    p1, p2, p3, p4 = shapes(rng)

    def area(p: list[tuple[int, int]]) -> dict[str, Any]:
        return num(Fraction(abs(shoelace2(p)), 2))
    return [
        (f"Find the area of the polygon with vertices {verts(p1)}.", area(p1)),
        (f"What's the area enclosed by the points {verts(p2, '; ')} (in that order)?", area(p2)),
        (f"My garden plot has corners at {verts(p3, compact=True)} (in meters). "
         "What's its area?", area(p3)),
        (f"Area of polygon {verts(p4, ' ')}?", area(p4)),
    ]


@template(HELD, "geometry", "en", "positive", "r19_triangle_area_coords")
def t_triangle_area_coords(rng: random.Random) -> list[Item]:
    def tri() -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]]:
        while True:
            a, b, c = rand_point(rng), rand_point(rng), rand_point(rng)
            if cross(a, b, c) != 0:
                return a, b, c

    def area(a: tuple[int, int], b: tuple[int, int], c: tuple[int, int]) -> dict[str, Any]:
        return real(fs(Fraction(abs(cross(a, b, c)), 2)))
    out = []
    a, b, c = tri()
    out.append((f"What's the area of the triangle with vertices A{pt(a)}, B{pt(b)}, C{pt(c)}?",
                area(a, b, c)))
    a, b, c = tri()
    out.append((f"Triangle at {pt(a, True)}, {pt(b, True)}, {pt(c, True)}: area?",
                area(a, b, c)))
    a, b, c = tri()
    out.append((f"Find the area of triangle PQR, where P = {pt(a)}, Q = {pt(b)} and R = {pt(c)}.",
                area(a, b, c)))
    a, b, c = tri()
    out.append((f"How big is the triangle formed by {pt(a)}, {pt(b)} and {pt(c)}? "
                "Area please.", area(a, b, c)))
    return out


@template(HELD, "geometry", "en", "positive", "r19_circle_tangent")
def t_circle_tangent(rng: random.Random) -> list[Item]:
    def tangent_pair(external: bool) -> tuple[tuple[int, int], int, tuple[int, int], int]:
        k = rng.randint(1, 2)
        c1 = rand_point(rng, -5, 5)
        dx, dy = rng.choice([(3, 4), (4, 3), (-3, 4), (5, 0), (0, -5), (-4, -3)])
        c2 = (c1[0] + k * dx, c1[1] + k * dy)
        if external:
            r1 = rng.randint(1, 5 * k - 1)
            return c1, r1, c2, 5 * k - r1
        r1 = rng.randint(1, 6)
        return c1, r1 + 5 * k, c2, r1

    out = []
    c1, r1, c2, r2 = tangent_pair(True)
    out.append((f"Are the circles with center {pt(c1)} radius {r1} and center {pt(c2)} radius "
                f"{r2} tangent to each other?", boolean(circle_points(c1, r1, c2, r2) == 1)))
    c1, r1, c2, r2, k = circle_pair(rng, {2})
    out.append((f"Circle 1: centre {pt(c1)}, radius {r1}; circle 2: centre {pt(c2)}, radius "
                f"{r2}. Are they tangent?", boolean(k == 1)))
    c1, r1, c2, r2 = tangent_pair(False)
    out.append((f"Is circle C1 (center {pt(c1)}, r={r1}) tangent to circle C2 "
                f"(center {pt(c2)}, r={r2})?", boolean(circle_points(c1, r1, c2, r2) == 1)))
    a = rng.randint(6, 14)
    r1, r2 = rng.randint(1, 3), rng.randint(1, 3)
    out.append((f"{circle_eq((0, 0), r1 * r1)} and {circle_eq((a, 0), r2 * r2)}: are these "
                "two circles tangent?", boolean(circle_points((0, 0), r1, (a, 0), r2) == 1)))
    return out


def seg_count(a: tuple[int, int], b: tuple[int, int], c: tuple[int, int],
              d: tuple[int, int]) -> int | None:
    """1 for a proper crossing, 0 for disjoint segments, None when anything touches."""
    o = [cross(a, b, c), cross(a, b, d), cross(c, d, a), cross(c, d, b)]
    if 0 in o:
        return None
    return 1 if o[0] * o[1] < 0 and o[2] * o[3] < 0 else 0


@template(HELD, "geometry", "en", "positive", "r19_segment_intersections")
def t_segment_intersections(rng: random.Random) -> list[Item]:
    wants = [1, 0, 1, 0]
    rng.shuffle(wants)
    segs = []
    for want in wants:
        while True:
            a, b, c, d = (rand_point(rng, 0, 10) for _ in range(4))
            if seg_count(a, b, c, d) == want:
                segs.append((a, b, c, d, want))
                break
    out = []
    a, b, c, d, k = segs[0]
    out.append((f"How many points do the segment from {pt(a)} to {pt(b)} and the segment from "
                f"{pt(c)} to {pt(d)} have in common?", num(k)))
    a, b, c, d, k = segs[1]
    out.append((f"How many intersection points do segment AB and segment CD have, with "
                f"A{pt(a)}, B{pt(b)}, C{pt(c)}, D{pt(d)}?", num(k)))
    a, b, c, d, k = segs[2]
    out.append((f"Count the intersection points between the line segment {pt(a, True)}–"
                f"{pt(b, True)} and the line segment {pt(c, True)}–{pt(d, True)}.", num(k)))
    a, b, c, d, k = segs[3]
    out.append((f"Segment 1 goes from {pt(a)} to {pt(b)}, segment 2 from {pt(c)} to {pt(d)}. "
                "How many points of intersection are there?", num(k)))
    return out


@template(HELD, "geometry", "en", "positive", "r19_polygon_perimeter")
def t_polygon_perimeter(rng: random.Random) -> list[Item]:
    x0, y0 = rng.randint(-5, 5), rng.randint(-5, 5)
    w, h = rng.randint(3, 12), rng.randint(3, 12)
    rect = [(x0, y0), (x0 + w, y0), (x0 + w, y0 + h), (x0, y0 + h)]
    a, b = rng.randint(1, w - 1), rng.randint(1, h - 1)
    ell = [(0, 0), (w, 0), (w, b), (a, b), (a, h), (0, h)]
    k = rng.randint(1, 3)
    tri = [(x0, y0), (x0 + 3 * k, y0), (x0, y0 + 4 * k)]
    m, base = rng.randint(1, 2), rng.randint(2, 8)
    trap = [(0, 0), (base + 6 * m, 0), (base + 3 * m, 4 * m), (3 * m, 4 * m)]
    return [
        (f"What's the perimeter of the rectangle with corners {verts(rect)}?",
         num(perimeter(rect))),
        (f"Find the perimeter of the polygon with vertices {verts(ell, compact=True)}.",
         num(perimeter(ell))),
        (f"A fence goes around a triangular plot with corners {verts(tri)}, units in meters. "
         "How long is the fence, i.e. the perimeter?", num(perimeter(tri))),
        (f"Perimeter of the quadrilateral {verts(trap, ' - ')}?", num(perimeter(trap))),
    ]


@template(HELD, "geometry", "en", "positive", "r19_point_polygon_three_way")
def t_point_polygon_three_way(rng: random.Random) -> list[Item]:
    sq, rect, tri, penta = polys(rng)
    wants = ["inside", "boundary", "outside", "boundary"]
    rng.shuffle(wants)
    out = []
    p, w = point_with(rng, penta, {wants[0]})
    out.append((f"Is the point {pt(p)} inside, outside, or on the boundary of the polygon with "
                f"vertices {verts(penta)}?", relation(w)))
    p, w = point_with(rng, tri, {wants[1]})
    out.append((f"Where is {pt(p)} relative to the triangle {verts(tri)}: inside, outside or on "
                "an edge?", relation(w)))
    p, w = point_with(rng, rect, {wants[2]})
    out.append((f"Point P = {pt(p)}. Polygon: {verts(rect, ', ', True)}. Does P lie inside, on "
                "the boundary, or outside?", relation(w)))
    p, w = point_with(rng, sq, {wants[3]})
    out.append((f"For the square with corners {verts(sq)}, tell me whether {pt(p)} is inside, "
                "outside, or on its boundary.", relation(w)))
    return out


@template(DEV, "geometry", "zh", "positive", "r19_zh_yuan_mianji")
def t_zh_yuan_mianji(rng: random.Random) -> list[Item]:
    rs = rng.sample(range(2, 20), 3)
    d = rng.choice([5, 9, 13, 17])
    return [
        (f"半径为 {rs[0]} 的圆面积是多少？", real(area_expr(Fraction(rs[0]) ** 2))),
        (f"一个圆的半径是 {rs[1]} 厘米，它的面积是多少？", real(area_expr(Fraction(rs[1]) ** 2))),
        (f"直径 {d} 的圆，面积等于多少", real(area_expr(Fraction(d, 2) ** 2))),
        (f"求半径 {rs[2]} 的圆的面积（用 π 表示）", real(area_expr(Fraction(rs[2]) ** 2))),
    ]


@template(DEV, "geometry", "zh", "positive", "r19_zh_liangdian_juli")
def t_zh_liangdian_juli(rng: random.Random) -> list[Item]:
    out = []
    a, b = two_points(rng)
    out.append((f"点 {pt(a)} 和点 {pt(b)} 之间的距离是多少？", real(dist_expr(a, b))))
    a, b = two_points(rng)
    out.append((f"求 A{pt(a, True)} 到 B{pt(b, True)} 的距离", real(dist_expr(a, b))))
    a, b = two_points(rng)
    out.append((f"坐标 {pt(a)} 与 {pt(b)} 相距多远？", real(dist_expr(a, b))))
    a, b = two_points(rng)
    out.append((f"两点 {pt(a)}、{pt(b)} 的距离等于多少", real(dist_expr(a, b))))
    return out


@template(HELD, "geometry", "zh", "positive", "r19_zh_dian_weizhi")
def t_zh_dian_weizhi(rng: random.Random) -> list[Item]:
    sq, rect, tri, penta = polys(rng)
    out = []
    p, w = point_with(rng, tri, {"inside", "outside", "boundary"})
    out.append((f"点 {pt(p)} 在三角形 {verts(tri, '、')} 的内部、外部还是边上？", relation(w)))
    p, w = point_with(rng, rect, {"boundary"})
    out.append((f"判断点 {pt(p)} 与多边形 {verts(rect, '，')} 的位置关系：内部、边界还是外部？",
                relation(w)))
    p, w = point_with(rng, penta, {rng.choice(["inside", "outside"])})
    out.append((f"点 P{pt(p)} 是否在以 {verts(penta, '、')} 为顶点的多边形内部？",
                relation(w, "inside")))
    p, w = point_with(rng, sq, {"inside", "outside"})
    out.append((f"{pt(p)} 这个点在正方形 {verts(sq, '、', True)} 里面、外面还是在边上？",
                relation(w)))
    return out


@template(HELD, "geometry", "zh", "positive", "r19_zh_yuan_jiaodian")
def t_zh_yuan_jiaodian(rng: random.Random) -> list[Item]:
    wants = [{2}, {0}, {1}, {2}]
    rng.shuffle(wants)
    out = []
    c1, r1, c2, r2, k = circle_pair(rng, wants[0])
    out.append((f"圆心 {pt(c1)} 半径 {r1} 的圆和圆心 {pt(c2)} 半径 {r2} 的圆有几个交点？",
                num(k or 0)))
    c1, r1, c2, r2, k = circle_pair(rng, wants[1])
    out.append((f"两个圆：圆心 {pt(c1)}、半径 {r1}；圆心 {pt(c2)}、半径 {r2}。它们有多少个公共点？",
                num(k or 0)))
    c1, r1, c2, r2, k = circle_pair(rng, wants[2])
    out.append((f"{circle_eq(c1, r1 * r1)} 与 {circle_eq(c2, r2 * r2)} 这两个圆有几个交点？",
                num(k or 0)))
    c1, r1, c2, r2, k = circle_pair(rng, wants[3])
    out.append((f"圆 A 圆心 {pt(c1)} 半径 {r1}，圆 B 圆心 {pt(c2)} 半径 {r2}，两圆交点个数是多少",
                num(k or 0)))
    return out


@template(DEV, "geometry", "en", "negative", "r19_neg_real_places")
def t_neg_real_places(rng: random.Random) -> list[Item]:
    return [
        ("How far is it from Boston to New York?", None),
        ("What's the area of Texas in square miles?", None),
        ("How many square feet is a standard parking space?", None),
        ("How big is a regulation soccer field?", None),
    ]


@template(DEV, "geometry", "en", "negative", "r19_neg_grid_worlds")
def t_neg_grid_worlds(rng: random.Random) -> list[Item]:
    a, b = two_points(rng)
    return [
        (f"How many blocks do I walk from 5th Ave & {nth(rng.randint(30, 45))} St to 8th Ave & "
         f"{nth(rng.randint(50, 60))} St?", None),
        ("A chess knight is on b1. How many moves does it need to reach g8?", None),
        (f"In taxicab geometry, what's the distance between {pt(a)} and {pt(b)}?", None),
        (f"On a city grid where I can only walk along streets, how far is it from the corner "
         f"of {nth(rng.randint(1, 4))} and 7th to the corner of 10th and 2nd?", None),
    ]


@template(HELD, "geometry", "en", "negative", "r19_neg_geo_explain")
def t_neg_geo_explain(rng: random.Random) -> list[Item]:
    return [
        ("Explain why the area of a circle is pi r squared.", None),
        ("What's the difference between a square and a rhombus?", None),
        ("How do I measure the area of an irregular room for new flooring?", None),
        ("Why does the shoelace formula work?", None),
    ]


@template(HELD, "geometry", "en", "negative", "r19_neg_latlon")
def t_neg_latlon(rng: random.Random) -> list[Item]:
    return [
        ("How far is it from (40.71, -74.01) to (51.51, -0.13)? Those are lat/long.", None),
        ("What's the distance between latitude 34.05, longitude -118.24 and latitude 37.77, "
         "longitude -122.42?", None),
        ("How many km between the GPS points (48.85, 2.35) and (52.52, 13.40)?", None),
        ("Flight distance from (35.68, 139.69) to (1.35, 103.82) in miles?", None),
    ]


@template(DEV, "geometry", "zh", "negative", "r19_zh_neg_dili")
def t_zh_neg_dili(rng: random.Random) -> list[Item]:
    return [
        ("北京到上海的距离是多少公里？", None),
        ("中国的国土面积有多大？", None),
        ("一个标准足球场有多大？", None),
        ("从我家到公司坐地铁要多远？", None),
    ]


@template(HELD, "geometry", "zh", "negative", "r19_zh_neg_jihe_gainian")
def t_zh_neg_jihe_gainian(rng: random.Random) -> list[Item]:
    return [
        ("圆周率是谁最早算出来的？", None),
        ("为什么圆的面积公式是 πr²？", None),
        ("勾股定理是怎么证明的？", None),
        ("三角形的内角和为什么是 180 度？", None),
    ]


# Build -----------------------------------------------------------------------------------------


def build() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(19)
    dev: list[dict[str, Any]] = []
    heldout: list[dict[str, Any]] = []
    for split, family, lang, kind, name, fn in TEMPLATES:
        items = fn(rng)
        assert len(items) == 4, name
        short = name.removeprefix("r19_")
        for i, (prompt, expected) in enumerate(items):
            assert (expected is None) == (kind == "negative"), name
            rec = {
                "id": f"r19-{FAM3[family]}-{lang}-{short}-{i}",
                "split": split,
                "kind": kind,
                "family": family,
                "lang": lang,
                "template": name,
                "prompt": prompt,
                "expected": expected if expected is not None else {"type": "none"},
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
