"""Round 24 of the routing corpus: an independent blind round written from scratch.

Every template, phrasing and negative in this round was written without looking at any earlier
round, so the round measures how the router copes with phrasings it has never seen. Each
template yields four records; a template belongs entirely to ``dev24`` or to ``heldout24``.
Every expected answer is computed here (exact integers and ``Fraction``s, trial division,
direct counting, analytic circle formulas); none is typed in by hand.

Run ``python tests/routing/make_corpus_round24.py`` to (re)write ``corpus_dev24.jsonl`` and
``corpus_heldout24.jsonl`` next to this script.
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
        "number_theory": "num"}

Pair = tuple[str, dict[str, Any]]
Gen = Callable[[random.Random], list[Pair]]

# Expected-answer helpers ------------------------------------------------------------------------

NONE: dict[str, Any] = {"type": "none"}


def num(q: Fraction | int) -> dict[str, Any]:
    return {"type": "number", "answer": str(Fraction(q))}


def real(expr: str) -> dict[str, Any]:
    return {"type": "real", "answer": expr}


def yn(flag: bool) -> dict[str, Any]:
    return {"type": "bool", "answer": "yes" if flag else "no"}


def choice(s: str) -> dict[str, Any]:
    return {"type": "choice", "answer": s}


def text(s: str) -> dict[str, Any]:
    return {"type": "text", "answer": s}


def word_choice(s: str) -> dict[str, Any]:
    return {"type": "word_choice", "answer": s}


def lst(items: list[str], elem: str, ordered: bool, order: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "list", "answer": items, "elem": elem, "ordered": ordered}
    if order:
        out["order"] = order
    return out


def relation(ans: str, yes_if: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "relation", "answer": ans}
    if yes_if:
        out["yes_if"] = yes_if
    return out


def factorize(n: int) -> list[list[int]]:
    out: list[list[int]] = []
    p = 2
    while p * p <= n:
        e = 0
        while n % p == 0:
            n //= p
            e += 1
        if e:
            out.append([p, e])
        p += 1
    if n > 1:
        out.append([n, 1])
    return out


def factorization(n: int) -> dict[str, Any]:
    return {"type": "factorization", "answer": factorize(n), "n": n}


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


def primes_below(n: int) -> list[int]:
    return [k for k in range(2, n) if is_prime(k)]


def is_happy(n: int) -> bool:
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(c) ** 2 for c in str(n))
    return n == 1


def surd(n: int) -> tuple[int, int]:
    """sqrt(n) == k * sqrt(m) with m squarefree."""
    k = 1
    for f in range(2, math.isqrt(n) + 1):
        while n % (f * f) == 0:
            n //= f * f
            k *= f
    return k, n


def sqrt_expr(n: int) -> str:
    k, m = surd(n)
    if m == 1:
        return str(k)
    return f"sqrt({m})" if k == 1 else f"{k}*sqrt({m})"


def sum_of_roots(squares: list[int]) -> str:
    acc: dict[int, int] = {}
    for s in squares:
        k, m = surd(s)
        acc[m] = acc.get(m, 0) + k
    parts = [str(acc.pop(1))] if 1 in acc else []
    for m in sorted(acc):
        parts.append(f"sqrt({m})" if acc[m] == 1 else f"{acc[m]}*sqrt({m})")
    return " + ".join(parts)


def pi_expr(q: Fraction) -> str:
    return f"{q}*pi"


def shoelace(pts: list[tuple[int, int]]) -> Fraction:
    s = 0
    for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1], strict=True):
        s += x1 * y2 - x2 * y1
    return Fraction(abs(s), 2)


def orient(a: tuple[int, int], b: tuple[int, int], c: tuple[int, int]) -> int:
    v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    return (v > 0) - (v < 0)


def on_segment(p: tuple[int, int], a: tuple[int, int], b: tuple[int, int]) -> bool:
    return (orient(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
            and min(a[1], b[1]) <= p[1] <= max(a[1], b[1]))


def point_in_polygon(p: tuple[int, int], poly: list[tuple[int, int]]) -> str:
    n = len(poly)
    for i in range(n):
        if on_segment(p, poly[i], poly[(i + 1) % n]):
            return "boundary"
    inside = False
    x, y = p
    for i in range(n):
        (x1, y1), (x2, y2) = poly[i], poly[(i + 1) % n]
        if (y1 > y) != (y2 > y):
            xc = Fraction(x1) + Fraction((y - y1) * (x2 - x1), y2 - y1)
            if xc > x:
                inside = not inside
    return "inside" if inside else "outside"


def circle_pair(c1: tuple[int, int], r1: int, c2: tuple[int, int], r2: int) -> str:
    """'separate', 'external', 'cross', 'internal', 'contained' (one strictly inside)."""
    d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
    if d2 > (r1 + r2) ** 2:
        return "separate"
    if d2 == (r1 + r2) ** 2:
        return "external"
    if d2 > (r1 - r2) ** 2:
        return "cross"
    if d2 == (r1 - r2) ** 2:
        return "internal"
    return "contained"


CC_POINTS = {"separate": 0, "external": 1, "cross": 2, "internal": 1, "contained": 0}


# Formatting helpers -----------------------------------------------------------------------------


def pt(p: tuple[int, int], minus: str = "-", space: bool = True) -> str:
    def n(v: int) -> str:
        return f"{minus}{-v}" if v < 0 else str(v)
    sep = ", " if space else ","
    return f"({n(p[0])}{sep}{n(p[1])})"


def dec(n: int, places: int) -> str:
    sign = "-" if n < 0 else ""
    s = str(abs(n)).rjust(places + 1, "0")
    return f"{sign}{s[:-places]}.{s[-places:]}" if places else f"{sign}{s}"


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


ZH_NUM = "零一二三四五六七八九十"


def circle_eq(c: tuple[int, int], r: int) -> str:
    def part(var: str, v: int) -> str:
        if v == 0:
            return f"{var}^2"
        return f"({var} - {v})^2" if v > 0 else f"({var} + {-v})^2"
    return f"{part('x', c[0])} + {part('y', c[1])} = {r * r}"


def rand_value(rng: random.Random) -> tuple[str, Fraction]:
    kind = rng.choice(["int", "int", "dec1", "dec2", "frac"])
    if kind == "int":
        v = rng.randint(-15, 30)
        return str(v), Fraction(v)
    if kind == "dec1":
        v = rng.choice([i for i in range(-99, 199) if i % 10])
        return dec(v, 1), Fraction(v, 10)
    if kind == "dec2":
        v = rng.choice([i for i in range(-250, 400) if i % 10])
        return dec(v, 2), Fraction(v, 100)
    b = rng.choice([3, 4, 5, 7, 8, 9])
    a = rng.choice([i for i in range(-2 * b, 3 * b) if i and math.gcd(i, b) == 1])
    return f"{a}/{b}", Fraction(a, b)


def distinct_values(rng: random.Random, k: int) -> list[tuple[str, Fraction]]:
    while True:
        vals = [rand_value(rng) for _ in range(k)]
        if len({v for _, v in vals}) == k:
            return vals


# Templates --------------------------------------------------------------------------------------

TEMPLATES: list[tuple[str, str, str, str, str, Gen]] = []


def template(name: str, family: str, lang: str, kind: str, split: str) -> Callable[[Gen], Gen]:
    def register(fn: Gen) -> Gen:
        TEMPLATES.append((name, family, lang, kind, split, fn))
        return fn
    return register


def negatives(prompts: list[str]) -> Gen:
    def gen(rng: random.Random) -> list[Pair]:
        return [(p, NONE) for p in prompts]
    return gen


def reg_neg(name: str, family: str, lang: str, split: str, prompts: list[str]) -> None:
    template(name, family, lang, "negative", split)(negatives(prompts))


# ---- arithmetic, dev ---------------------------------------------------------------------------


@template("r24_tip_percent", "arithmetic", "en", "positive", "dev24")
def _tip_percent(rng: random.Random) -> list[Pair]:
    forms = [
        "I'm splitting a dinner bill and want to leave a tip. What's {p}% of {a}? "
        "Just the number, please.",
        "what is {p}% of {a}",
        "Quick receipt check: {p} percent of ${a} comes to how much?",
        "Could you tell me what {p}% of {a} works out to?",
    ]
    pcts = rng.sample([12, 15, 18, 20, 22, 25, 35, 40], 4)
    out = []
    for f, p in zip(forms, pcts, strict=True):
        a = rng.randint(40, 480)
        out.append((f.format(p=p, a=a), num(Fraction(p * a, 100))))
    return out


@template("r24_word_ops", "arithmetic", "en", "positive", "dev24")
def _word_ops(rng: random.Random) -> list[Pair]:
    a, b, c = rng.randint(21, 89), rng.randint(11, 49), rng.randint(100, 400)
    d, e, f = rng.randint(12, 60), rng.randint(12, 40), rng.randint(5, 99)
    g, h = rng.randint(13, 45), rng.randint(50, 300)
    i, j, k = rng.randint(200, 900), rng.randint(3, 12), rng.randint(4, 30)
    return [
        (f"Can you work out {a} times {b} minus {c} for me?", num(a * b - c)),
        (f"what's {d} times {e} plus {f}", num(d * e + f)),
        (f"I need {g} squared minus {h}, please.", num(g * g - h)),
        (f"How much is {i} divided by {j} plus {k}?", num(Fraction(i, j) + k)),
    ]


@template("r24_fraction_ops", "arithmetic", "en", "positive", "dev24")
def _fraction_ops(rng: random.Random) -> list[Pair]:
    def fr() -> Fraction:
        b = rng.randint(3, 15)
        a = rng.choice([x for x in range(1, b) if math.gcd(x, b) == 1])
        return Fraction(a, b)
    p, q, r, s, t, u, v = (fr() for _ in range(7))
    if q > r:
        q, r = r, q
    return [
        (f"Add {p} and {q} and give me the answer as a fraction.", num(p + q)),
        (f"What do you get when you subtract {q} from {r}?", num(r - q)),
        (f"Multiply {s} by {t}. Simplify if you can.", num(s * t)),
        (f"Homework question: what's {u} divided by {v}?", num(u / v)),
    ]


@template("r24_power_words", "arithmetic", "en", "positive", "dev24")
def _power_words(rng: random.Random) -> list[Pair]:
    b1, e1 = rng.randint(3, 9), rng.randint(4, 8)
    b2, e2 = rng.randint(2, 6), rng.randint(9, 13)
    b3, e3 = rng.randint(11, 19), rng.randint(3, 4)
    b4 = rng.randint(21, 59)
    return [
        (f"Quick one: what's {b1} to the power of {e1}?", num(b1**e1)),
        (f"{b2} raised to the {ordinal(e2)} power equals what?", num(b2**e2)),
        (f"Compute {b3}^{e3} please, no explanation needed", num(b3**e3)),
        (f"What is {b4} cubed?", num(b4**3)),
    ]


@template("r24_sum_thousands", "arithmetic", "en", "positive", "dev24")
def _sum_thousands(rng: random.Random) -> list[Pair]:
    a, b, c = (rng.randint(1000, 9999) for _ in range(3))
    d, e, f = rng.randint(10000, 99999), rng.randint(1000, 9999), rng.randint(10000, 60000)
    g, h, i = rng.randint(1000, 20000), rng.randint(10000, 40000), rng.randint(1000, 9999)
    j, k = rng.randint(100000, 900000), rng.randint(1000000, 3000000)
    return [
        (f"My receipts this month were ${a:,}, ${b:,} and ${c:,}. What's the total?",
         num(a + b + c)),
        (f"Add these up: {d:,} + {e:,} + {f:,}", num(d + e + f)),
        (f"What's the sum of {g:,} and {h:,} and {i:,}?", num(g + h + i)),
        (f"Total of {j:,} plus {k:,}, please?", num(j + k)),
    ]


@template("r24_zh_basic_ops", "arithmetic", "zh", "positive", "dev24")
def _zh_basic_ops(rng: random.Random) -> list[Pair]:
    a, b = rng.randint(120, 999), rng.randint(12, 89)
    c, d = rng.randint(1000, 4999), rng.randint(1000, 4999)
    e, f = rng.randint(5000, 9999), rng.randint(1000, 4999)
    g, h = rng.randint(100, 999), rng.randint(11, 25)
    return [
        (f"请问 {a} 乘以 {b} 等于多少？", num(a * b)),
        (f"{c} 加 {d} 等于多少", num(c + d)),
        (f"帮我算一下 {e} 减 {f}，谢谢", num(e - f)),
        (f"{g}乘{h}是多少？", num(g * h)),
    ]


@template("r24_zh_divide", "arithmetic", "zh", "positive", "dev24")
def _zh_divide(rng: random.Random) -> list[Pair]:
    a, b = rng.randint(5, 11), rng.choice([12, 13, 14, 16])
    c, d = rng.choice([45, 63, 75, 99]), rng.choice([6, 8, 10])
    e, f = rng.randint(101, 199), rng.choice([8, 16, 25])
    g, h, i, j = rng.randint(2, 7), 9, rng.randint(2, 5), 7
    return [
        (f"{a} 除以 {b} 等于多少？用分数表示。", num(Fraction(a, b))),
        (f"把 {c} 除以 {d} 的结果告诉我", num(Fraction(c, d))),
        (f"{e} 除以 {f} 是多少", num(Fraction(e, f))),
        (f"{g}/{h} 除以 {i}/{j} 等于多少？", num(Fraction(g, h) / Fraction(i, j))),
    ]


@template("r24_zh_powers", "arithmetic", "zh", "positive", "dev24")
def _zh_powers(rng: random.Random) -> list[Pair]:
    a, b = rng.choice([2, 3]), rng.randint(8, 14)
    c, d = rng.randint(4, 9), rng.randint(4, 7)
    e, f = rng.randint(13, 35), rng.randint(6, 15)
    return [
        (f"{a} 的 {b} 次方等于多少？", num(a**b)),
        (f"{c}的{d}次方是多少", num(c**d)),
        (f"算一下 {e} 的平方", num(e * e)),
        (f"{f} 的立方是多少？", num(f**3)),
    ]


reg_neg("r24_neg_clock_days", "arithmetic", "en", "dev24", [
    "It's 9 o'clock now. What time will it be in 5 hours?",
    "My flight leaves at 11 pm and takes 7 hours. What time do I land?",
    "If today is Friday, what day of the week is it 10 days from now?",
    "It's 10:45 right now. What time was it 90 minutes ago?",
])
reg_neg("r24_neg_outside_facts", "arithmetic", "en", "dev24", [
    "What's 2 times the number of moons Mars has?",
    "How many legs do 7 spiders have in total?",
    "What is the number of days in a leap year divided by 3?",
    "Multiply the number of US states by 4.",
])
reg_neg("r24_zh_neg_time", "arithmetic", "zh", "dev24", [
    "现在是晚上10点，再过5个小时是几点？",
    "今天星期三，100天以后是星期几？",
    "飞机早上 8:30 起飞，飞 3 小时 50 分，几点到？",
    "我是 1990 年出生的，今年几岁？",
])

# ---- arithmetic, heldout -----------------------------------------------------------------------


@template("r24_remainder", "arithmetic", "en", "positive", "heldout24")
def _remainder(rng: random.Random) -> list[Pair]:
    a, b = rng.randint(5000, 9999), rng.randint(23, 47)
    c, d = rng.randint(1000, 4000), rng.randint(11, 19)
    e, f = rng.randint(300, 900), rng.choice([7, 9, 11, 13])
    g, h = rng.randint(1500, 2999), rng.choice([6, 8, 9])
    return [
        (f"What's the remainder when {a:,} is divided by {b}?", num(a % b)),
        (f"{c} mod {d} = ?", num(c % d)),
        (f"If I divide {e} by {f}, what's left over?", num(e % f)),
        (f"Find {g:,} modulo {h}. Only the result.", num(g % h)),
    ]


@template("r24_square_roots", "arithmetic", "en", "positive", "heldout24")
def _square_roots(rng: random.Random) -> list[Pair]:
    ks = rng.sample(range(14, 99), 4)
    return [
        (f"What's the square root of {ks[0] ** 2:,}? Asking for a worksheet.", num(ks[0])),
        (f"√{ks[1] ** 2} = ?", num(ks[1])),
        (f"Please compute the square root of {ks[2] ** 2}.", num(ks[2])),
        (f"I need sqrt({ks[3] ** 2}), nothing else.", num(ks[3])),
    ]


@template("r24_unicode_parens", "arithmetic", "en", "positive", "heldout24")
def _unicode_parens(rng: random.Random) -> list[Pair]:
    a, b, c, d, e = (rng.randint(10, 30), rng.randint(1, 9), rng.randint(2, 9),
                     rng.randint(2, 9), rng.choice([4, 6, 7]))
    f, g, h = rng.randint(11, 40), rng.randint(30, 60), rng.randint(2, 25)
    i, j, k = rng.randint(3, 12), rng.randint(3, 12), rng.randint(10, 99)
    m, n, o, p = rng.randint(40, 90), rng.choice([3, 5, 8]), rng.randint(2, 9), rng.randint(2, 6)
    return [
        (f"Evaluate ({a} − {b}) × ({c} + {d}) ÷ {e}", num(Fraction((a - b) * (c + d), e))),
        (f"What does {f} × ({g} − {h}) come out to?", num(f * (g - h))),
        (f"Work out ({i} + {j})² − {k}", num((i + j) ** 2 - k)),
        (f"(({m} ÷ {n}) + {o}) × {p} = ?", num((Fraction(m, n) + o) * p)),
    ]


@template("r24_factorials", "arithmetic", "en", "positive", "heldout24")
def _factorials(rng: random.Random) -> list[Pair]:
    ns = rng.sample(range(5, 14), 4)
    return [
        (f"How much is {ns[0]} factorial?", num(math.factorial(ns[0]))),
        (f"What does {ns[1]}! equal?", num(math.factorial(ns[1]))),
        (f"Calculate {ns[2]}! for me — I'm checking a combinatorics answer.",
         num(math.factorial(ns[2]))),
        (f"what's the factorial of {ns[3]}", num(math.factorial(ns[3]))),
    ]


@template("r24_exact_decimals", "arithmetic", "en", "positive", "heldout24")
def _exact_decimals(rng: random.Random) -> list[Pair]:
    a, b, c = rng.randint(11, 99), rng.randint(1, 9), rng.randint(101, 999)
    d, e = rng.randint(11, 99), rng.choice([4, 5, 8, 25])
    f, g = rng.randint(101, 999), rng.randint(1001, 9999)
    h, i, j = rng.randint(11, 99), rng.randint(101, 999), rng.randint(1, 99)
    return [
        (f"{dec(a, 2)} × {dec(b, 1)} + {dec(c, 2)} = ?",
         num(Fraction(a, 100) * Fraction(b, 10) + Fraction(c, 100))),
        (f"What is {dec(d, 1)} divided by {dec(e, 2)}?", num(Fraction(d, 10) / Fraction(e, 100))),
        (f"Subtract {dec(f, 3)} from {dec(g, 2)}.", num(Fraction(g, 100) - Fraction(f, 1000))),
        (f"{dec(h, 1)} + {dec(i, 2)} + {dec(j, 3)} — what's the total?",
         num(Fraction(h, 10) + Fraction(i, 100) + Fraction(j, 1000))),
    ]


@template("r24_zh_percent", "arithmetic", "zh", "positive", "heldout24")
def _zh_percent(rng: random.Random) -> list[Pair]:
    a, p = rng.choice([80, 120, 160, 240]), rng.choice([15, 35, 45])
    b, q = rng.randint(6, 30) * 100, rng.choice([20, 25, 30])
    c, r = rng.randint(100, 999), rng.choice([35, 65, 8])
    d, s = rng.randint(200, 700), rng.choice([12, 18, 6])
    return [
        (f"{a} 的 {p}% 是多少？", num(Fraction(a * p, 100))),
        (f"{b}的百分之{ZH_NUM[q // 10]}十{ZH_NUM[q % 10] if q % 10 else ''}是多少",
         num(Fraction(b * q, 100))),
        (f"算一下 {c} × {r}%", num(Fraction(c * r, 100))),
        (f"{d} 的 {s}% 等于几？只要数字", num(Fraction(d * s, 100))),
    ]


@template("r24_zh_mixed_expr", "arithmetic", "zh", "positive", "heldout24")
def _zh_mixed_expr(rng: random.Random) -> list[Pair]:
    a, b, c, d = rng.randint(20, 60), rng.randint(5, 30), rng.randint(2, 9), rng.randint(1, 50)
    e, f, g, h = rng.randint(100, 300), rng.randint(8, 15), rng.randint(2, 7), rng.randint(1, 20)
    i, j, k, m = (rng.randint(3, 12) for _ in range(4))
    n, o, p = rng.randint(100, 200), rng.randint(5, 50), rng.randint(3, 9)
    return [
        (f"({a} + {b}) × {c} − {d} 等于几？", num((a + b) * c - d)),
        (f"计算：{e} ÷ ({f} − {g}) + {h}", num(Fraction(e, f - g) + h)),
        (f"{i}×{j}+{k}×{m}等于多少呀", num(i * j + k * m)),
        (f"孩子作业里有一道题：({n} − {o}) ÷ 4 × {p}，答案是多少？",
         num(Fraction(n - o, 4) * p)),
    ]


reg_neg("r24_neg_explain_code", "arithmetic", "en", "heldout24", [
    "Explain how long division works, using 745 ÷ 5 as the example.",
    "Why does 0.1 + 0.2 not equal 0.3 in Python?",
    "Write a JavaScript function that returns 17 * 23.",
    "Can you teach my kid the trick for multiplying by 11, like with 11 × 42?",
])
reg_neg("r24_neg_identifiers", "arithmetic", "en", "heldout24", [
    "My order number is 4471-2290. When will it arrive?",
    "Who owns the phone number 212-555-0147?",
    "Is flight UA 1482 on time today?",
    "My PIN is 1984. Is that secure enough?",
])
reg_neg("r24_zh_neg_knowledge", "arithmetic", "zh", "heldout24", [
    "5 只兔子一共有多少条腿？",
    "一打鸡蛋再加 3 个是多少个？",
    "一年有几个月，乘以 2 等于多少？",
    "一个星期有几天？三个星期呢？",
])

# ---- comparison, dev ---------------------------------------------------------------------------


@template("r24_decimal_bigger", "comparison", "en", "positive", "dev24")
def _decimal_bigger(rng: random.Random) -> list[Pair]:
    forms = [
        "Which is bigger, {x} or {y}?",
        "Quick sanity check — which number is larger: {x} or {y}?",
        "{x} vs {y}: which one's greater?",
        "Between {x} and {y}, what's the larger value? My calculator app is acting up.",
    ]
    out = []
    for idx, f in enumerate(forms):
        base = rng.randint(1, 30)
        short = rng.randint(2, 9)
        if idx % 2 == 0:  # the longer decimal is the smaller one
            long_ = rng.choice([v for v in range(10, short * 10) if v % 10])
        else:
            long_ = rng.choice([v for v in range(short * 10 + 1, 100) if v % 10])
        s, lg = f"{base}.{short}", f"{base}.{long_:02d}"
        big = s if Fraction(s) > Fraction(lg) else lg
        x, y = (s, lg) if rng.random() < 0.5 else (lg, s)
        out.append((f.format(x=x, y=y), choice(big)))
    return out


@template("r24_negative_smaller", "comparison", "en", "positive", "dev24")
def _negative_smaller(rng: random.Random) -> list[Pair]:
    a, b = rng.sample(range(-30, -2), 2)
    m, n = rng.sample(range(-60, -31), 2)
    c = rng.randint(-9, -2)
    c1, c2 = dec(c * 10 - 5, 1), dec(c * 100 - 25, 2)
    d, e = rng.randint(-40, -5), rng.randint(1, 9)
    return [
        (f"Between {a} and {b}, which one is smaller?", choice(str(min(a, b)))),
        (f"Which is less: {c1} or {c2}?",
         choice(c1 if Fraction(c1) < Fraction(c2) else c2)),
        (f"which number is lower, {m} or {n}", choice(str(min(m, n)))),
        (f"Of {e} and {d}, which is the smaller one?", choice(str(d))),
    ]


@template("r24_fraction_greater", "comparison", "en", "positive", "dev24")
def _fraction_greater(rng: random.Random) -> list[Pair]:
    out = []
    forms = ["Is {x} greater than {y}?", "Is {x} more than {y}? yes or no",
             "Is {x} larger than {y}?", "Is {x} less than {y}?"]
    for f in forms:
        while True:
            b1, b2 = rng.randint(3, 13), rng.randint(3, 13)
            a1, a2 = rng.randint(1, b1 - 1), rng.randint(1, b2 - 1)
            x, y = Fraction(a1, b1), Fraction(a2, b2)
            if x != y and math.gcd(a1, b1) == 1 and math.gcd(a2, b2) == 1:
                break
        ys = f"{a2}/{b2}"
        if rng.random() < 0.5 and (100 * y).denominator == 1:
            ys = dec(int(100 * y), 2)
        ans = x < y if "less" in f else x > y
        out.append((f.format(x=f"{a1}/{b1}", y=ys), yn(ans)))
    return out


@template("r24_sort_ascending", "comparison", "en", "positive", "dev24")
def _sort_ascending(rng: random.Random) -> list[Pair]:
    out = []
    for idx in range(4):
        vals = distinct_values(rng, rng.randint(4, 6))
        strs = [s for s, _ in vals]
        asc = [s for s, _ in sorted(vals, key=lambda t: t[1])]
        if idx == 0:
            p = f"Sort these from smallest to largest: {', '.join(strs)}"
        elif idx == 1:
            p = f"Can you order these ascending? {' '.join(strs)}"
        elif idx == 2:
            p = f"Arrange in increasing order: {'; '.join(strs)}."
        else:
            p = (f"Put these numbers from least to greatest: {', '.join(strs[:-1])} and "
                 f"{strs[-1]}")
        out.append((p, lst(asc, "number", True, "asc")))
    return out


@template("r24_extreme_of_list", "comparison", "en", "positive", "dev24")
def _extreme_of_list(rng: random.Random) -> list[Pair]:
    a = rng.sample(range(5, 99), 5)
    b = rng.sample(range(700, 899), 4)
    c = rng.sample(range(-50, 50), 5)
    d = rng.sample(range(100, 999), 4)
    bs = [dec(v, 3) for v in b]
    return [
        (f"Out of {', '.join(map(str, a[:-1]))} and {a[-1]}, which one is the biggest?",
         choice(str(max(a)))),
        (f"Which is the smallest: {', '.join(bs)}?", choice(dec(min(b), 3))),
        (f"Tell me the largest value in this list: {c}", choice(str(max(c)))),
        (f"Scores were {' / '.join(map(str, d))}. Which one is lowest?", choice(str(min(d)))),
    ]


@template("r24_zh_which_bigger", "comparison", "zh", "positive", "dev24")
def _zh_which_bigger(rng: random.Random) -> list[Pair]:
    a = rng.randint(1, 9)
    x, y = f"{a}.{rng.randint(2, 9)}", f"{a}.{rng.randint(10, 19)}"
    m, n = rng.sample(range(-12, -1), 2)
    p, q = dec(rng.randint(41, 49), 2), dec(rng.randint(5, 6), 1)
    r = rng.choice([(2, 5, 3, 8), (3, 7, 2, 5), (5, 9, 4, 7)])
    f1, f2 = Fraction(r[0], r[1]), Fraction(r[2], r[3])
    return [
        (f"{x} 和 {y} 哪个大？", choice(x if Fraction(x) > Fraction(y) else y)),
        (f"{m} 和 {n} 哪个小？", choice(str(min(m, n)))),
        (f"{p} 与 {q}，哪个数更大？", choice(p if Fraction(p) > Fraction(q) else q)),
        (f"{r[0]}/{r[1]} 和 {r[2]}/{r[3]} 哪个大一些？",
         choice(f"{r[0]}/{r[1]}" if f1 > f2 else f"{r[2]}/{r[3]}")),
    ]


@template("r24_zh_sort", "comparison", "zh", "positive", "dev24")
def _zh_sort(rng: random.Random) -> list[Pair]:
    out = []
    for idx in range(4):
        vals = distinct_values(rng, rng.randint(4, 5))
        strs = [s for s, _ in vals]
        desc = idx % 2 == 1
        ordered = [s for s, _ in sorted(vals, key=lambda t: t[1], reverse=desc)]
        if idx == 0:
            p = f"把 {', '.join(strs)} 从小到大排列"
        elif idx == 1:
            p = f"请将下列数按从大到小排序：{', '.join(strs)}"
        elif idx == 2:
            p = f"从小到大排一下：{'、'.join(strs)}"
        else:
            p = f"按从大到小的顺序排列这几个数：{'，'.join(strs)}"
        out.append((p, lst(ordered, "number", True, "desc" if desc else "asc")))
    return out


reg_neg("r24_neg_versions", "comparison", "en", "dev24", [
    "Is Python 3.9 a newer release than Python 3.11?",
    "Is Node 18.20 newer than Node 18.3?",
    "Which is the later version, Java 1.8 or Java 11?",
    "Is macOS 10.15 newer than 10.9?",
])
reg_neg("r24_neg_value_judgement", "comparison", "en", "dev24", [
    "Which is a better salary, $85,000 in Boston or $70,000 in Austin?",
    "Is a 720 credit score good enough for a mortgage, or do I need 760?",
    "Which is the better deal, a 4.5% mortgage over 30 years or 3.9% over 15 years?",
    "Is 6.5 hours of sleep enough, or should I aim for 8?",
])
reg_neg("r24_zh_neg_products", "comparison", "zh", "dev24", [
    "iPhone 15 比 iPhone 13 好在哪里？",
    "Python 3.12 比 3.8 新吗？",
    "月薪 15000 在北京和月薪 10000 在成都，哪个过得更好？",
    "95 号汽油比 92 号汽油好吗？",
])

# ---- comparison, heldout -----------------------------------------------------------------------


@template("r24_sort_descending", "comparison", "en", "positive", "heldout24")
def _sort_descending(rng: random.Random) -> list[Pair]:
    out = []
    for idx in range(4):
        vals = distinct_values(rng, rng.randint(4, 6))
        strs = [s for s, _ in vals]
        desc = [s for s, _ in sorted(vals, key=lambda t: t[1], reverse=True)]
        if idx == 0:
            p = f"Please put {', '.join(strs)} in descending order."
        elif idx == 1:
            p = f"Rank these from largest to smallest:\n{chr(10).join(strs)}"
        elif idx == 2:
            p = f"Order from highest to lowest → {' | '.join(strs)}"
        else:
            p = f"I have the numbers {', '.join(strs)}. Sort them biggest first, please."
        out.append((p, lst(desc, "number", True, "desc")))
    return out


@template("r24_true_false_ineq", "comparison", "en", "positive", "heldout24")
def _true_false_ineq(rng: random.Random) -> list[Pair]:
    a = rng.randint(2, 9)
    x, y = dec(-(a * 10 + 5), 1), dec(-(a * 100 + 45), 2)
    b = rng.choice([8, 9, 11])
    z = dec(rng.choice([125, 105, 115]), 3)
    c1, c2 = dec(rng.randint(2701, 2719), 3), dec(272, 2)
    d1, d2 = rng.choice([(1, 4), (1, 3), (2, 7)]), dec(-rng.choice([2, 3]), 1)
    return [
        (f"True or false: {x} < {y}", yn(Fraction(x) < Fraction(y))),
        (f"Is it true that {z} is more than 1/{b}?", yn(Fraction(z) > Fraction(1, b))),
        (f"Check this for me: {c1} > {c2} — yes or no?", yn(Fraction(c1) > Fraction(c2))),
        (f"Is -{d1[0]}/{d1[1]} smaller than {d2}?",
         yn(Fraction(-d1[0], d1[1]) < Fraction(d2))),
    ]


@template("r24_units_same", "comparison", "en", "positive", "heldout24")
def _units_same(rng: random.Random) -> list[Pair]:
    a = rng.randint(5, 40)
    p, q = f"{a}.50", f"{a}.05"
    b = rng.randint(2, 9)
    r, s = f"{b}.99", f"{b}.90"
    t1, t2 = rng.randint(1000, 1999), rng.randint(10, 99)
    u, v = f"{t1:,}.{t2}", f"{t1 + rng.randint(1, 40):,}.{rng.randint(10, 99)}"
    w = rng.randint(1, 5)
    g1, g2 = f"{w}.45", f"{w}.5"
    return [
        (f"Which is more, ${p} or ${q}?", choice(p)),
        (f"Which costs less: an item at €{r} or one at €{s}?", choice(s)),
        (f"I got two quotes, {u} dollars and {v} dollars — which is higher?",
         choice(u if Fraction(u.replace(",", "")) > Fraction(v.replace(",", "")) else v)),
        (f"Which bag is heavier, the {g1} kg one or the {g2} kg one?", choice(g2)),
    ]


@template("r24_fraction_pick", "comparison", "en", "positive", "heldout24")
def _fraction_pick(rng: random.Random) -> list[Pair]:
    n = rng.choice([5, 7, 9, 11])
    a, b = f"{n - 2}/{n}", f"{n - 1}/{n + 1}"
    c = rng.randint(5, 8)
    d, e = f"{c}/{c + 1}", f"{c + 1}/{c + 2}"
    f_, g = f"{rng.choice([11, 13])}/20", "2/3"
    h, i = f"{rng.choice([3, 5])}/8", "0.4"

    def pick(x: str, y: str, bigger: bool) -> str:
        fx, fy = Fraction(x), Fraction(y)
        return x if (fx > fy) == bigger else y
    return [
        (f"Which fraction is smaller — {a} or {b}?", choice(pick(a, b, False))),
        (f"Which is bigger: {d} or {e}?", choice(pick(d, e, True))),
        (f"Between {f_} and {g}, which is larger?", choice(pick(f_, g, True))),
        (f"Which is less, {h} or {i}?", choice(pick(h, i, False))),
    ]


@template("r24_claim_check", "comparison", "en", "positive", "heldout24")
def _claim_check(rng: random.Random) -> list[Pair]:
    a = rng.randint(2, 9)
    x, y = f"{a}.0{rng.randint(1, 9)}", f"{a}.{rng.randint(1, 9)}"
    b = rng.randint(10, 30)
    u, v = f"{b}.125", f"{b}.13"
    c1, c2 = -rng.randint(3, 9), -rng.randint(10, 19)
    d1, d2 = f"0.{rng.randint(6, 9)}", f"0.{rng.randint(50, 59)}"
    return [
        (f"My daughter thinks {x} is larger than {y}. Is she right?",
         yn(Fraction(x) > Fraction(y))),
        (f"A coworker insists {u} is bigger than {v}. Is that correct?",
         yn(Fraction(u) > Fraction(v))),
        (f"My friend said {c2} is greater than {c1}. True?", yn(c2 > c1)),
        (f"According to my notes {d1} > {d2}. Is that right?",
         yn(Fraction(d1) > Fraction(d2))),
    ]


@template("r24_zh_is_greater", "comparison", "zh", "positive", "heldout24")
def _zh_is_greater(rng: random.Random) -> list[Pair]:
    a, b = rng.sample(range(-15, -1), 2)
    c = dec(rng.randint(60, 72), 2)
    d = rng.choice(["3.14", "3.143", "3.1428"])
    e = dec(rng.randint(15, 18), 2)
    return [
        (f"{a} 比 {b} 大吗？", yn(a > b)),
        (f"{c} 比 2/3 小吗？", yn(Fraction(c) < Fraction(2, 3))),
        (f"{d} 大于 22/7 吗？", yn(Fraction(d) > Fraction(22, 7))),
        (f"1/6 比 {e} 大吗？", yn(Fraction(1, 6) > Fraction(e))),
    ]


@template("r24_zh_which_smaller", "comparison", "zh", "positive", "heldout24")
def _zh_which_smaller(rng: random.Random) -> list[Pair]:
    a = rng.choice([3, 6, 7])
    x, y = f"1/{a}", rng.choice(["0.3", "0.15", "0.25"])
    p, q = f"-{rng.choice([1, 2])}/{rng.choice([3, 5])}", dec(-rng.randint(3, 6), 1)
    b = rng.randint(10, 40)
    r, s = f"{b}.5", f"{b}.45"
    t, u = f"{rng.randint(2, 5)}/{rng.choice([7, 9, 11])}", dec(rng.randint(20, 45), 2)

    def pick(m: str, n: str, bigger: bool) -> str:
        return m if (Fraction(m) > Fraction(n)) == bigger else n
    return [
        (f"{x} 和 {y} 哪个更小？", choice(pick(x, y, False))),
        (f"请问 {p} 和 {q} 哪个更小", choice(pick(p, q, False))),
        (f"{r} 和 {s} 谁更大？", choice(pick(r, s, True))),
        (f"比较一下 {t} 与 {u}，哪个大？", choice(pick(t, u, True))),
    ]


@template("r24_zh_list_max", "comparison", "zh", "positive", "heldout24")
def _zh_list_max(rng: random.Random) -> list[Pair]:
    a = rng.sample(range(5, 60), 5)
    b = rng.sample(range(-20, 20), 4)
    c = rng.sample(range(100, 999), 4)
    d = rng.sample(range(11, 99), 5)
    return [
        (f"这几个数里哪个最大：{'、'.join(map(str, a))}？", choice(str(max(a)))),
        (f"{', '.join(map(str, b))} 中最小的是哪个？", choice(str(min(b)))),
        (f"下面几个数，最大的是多少：{' '.join(dec(v, 2) for v in c)}", choice(dec(max(c), 2))),
        (f"请找出最小的数：{'，'.join(map(str, d))}", choice(str(min(d)))),
    ]


reg_neg("r24_neg_calendar", "comparison", "en", "heldout24", [
    "Which date comes first: 03/04 or 04/03?",
    "Is 10/11 before 11/10?",
    "Which is earlier in the year, 5/6 or 6/5?",
    "Was 1066 before the fall of Constantinople?",
])
reg_neg("r24_neg_unit_convert", "comparison", "en", "heldout24", [
    "Which is longer, 5 miles or 8 kilometers?",
    "Is 100°F hotter than 38°C?",
    "Which weighs more, 2 pounds or 1 kilogram?",
    "Is 1 gallon more than 4 liters?",
])
reg_neg("r24_zh_neg_units", "comparison", "zh", "heldout24", [
    "1 英里和 1500 米哪个更长？",
    "华氏 100 度和摄氏 37 度哪个更热？",
    "一斤和 400 克哪个重？",
    "1 亩和 600 平方米哪个大？",
])

# ---- counting, dev -----------------------------------------------------------------------------

WORDS = ["mississippi", "strawberry", "committee", "bookkeeper", "banana", "parallel",
         "assessment", "occurrence", "referee", "possession", "balloon", "engineering",
         "millennium", "embarrass", "tennessee", "cappuccino", "accommodate", "successful",
         "beekeeper", "necessary", "aardvark", "pepperoni", "giraffe", "hippopotamus"]
NO_Y = ["education", "onomatopoeia", "mountain", "abstemious", "strengths", "rhinoceros",
        "calculator", "aeronautics", "chocolate", "independence", "questionnaire", "umbrella",
        "piano", "television", "alphabet", "sequoia", "archipelago", "watermelon"]
SENTENCES = [
    "The quick brown fox jumps over the lazy dog",
    "I left my umbrella on the train this morning",
    "Please remember to water the plants while we are away",
    "She sells sea shells by the sea shore",
    "Every good boy deserves fudge",
    "We should probably leave before the traffic gets bad",
    "My grandmother bakes the best apple pie in town",
    "Time flies like an arrow and fruit flies like a banana",
]


def letter_pick(rng: random.Random, words: list[str]) -> tuple[str, str]:
    w = rng.choice(words)
    counts = {c: w.count(c) for c in set(w)}
    c = rng.choice(sorted(k for k, v in counts.items() if v >= 2))
    return w, c


@template("r24_letter_occurrences", "counting", "en", "positive", "dev24")
def _letter_occurrences(rng: random.Random) -> list[Pair]:
    words = rng.sample(WORDS, 4)
    out = []
    forms = [
        "How many times does the letter {c} appear in '{w}'?",
        "count the {c}'s in {w}",
        "In the word \"{w}\", how many times does {c} show up?",
        "My kid's spelling quiz asks: how many letter {c}'s does {w} have?",
    ]
    for f, w in zip(forms, words, strict=True):
        _, c = letter_pick(rng, [w])
        out.append((f.format(c=c, w=w), num(w.count(c))))
    return out


@template("r24_vowel_count", "counting", "en", "positive", "dev24")
def _vowel_count(rng: random.Random) -> list[Pair]:
    words = rng.sample(NO_Y, 4)
    forms = [
        "How many vowels are in the word {w}?",
        "Count the vowels in \"{w}\" (a, e, i, o, u).",
        "{w} — how many vowels does it have?",
        "Could you tell me the number of vowels in '{w}'? Just a number.",
    ]
    return [(f.format(w=w), num(sum(ch in "aeiou" for ch in w)))
            for f, w in zip(forms, words, strict=True)]


@template("r24_sentence_words", "counting", "en", "positive", "dev24")
def _sentence_words(rng: random.Random) -> list[Pair]:
    ss = rng.sample(SENTENCES, 4)
    forms = [
        "How many words are in this sentence: '{s}'?",
        "Word count please: \"{s}\"",
        "I'm writing a caption. \"{s}.\" How many words is that?",
        "count the words in: {s}",
    ]
    return [(f.format(s=s), num(len(s.split()))) for f, s in zip(forms, ss, strict=True)]


@template("r24_reverse_word", "counting", "en", "positive", "dev24")
def _reverse_word(rng: random.Random) -> list[Pair]:
    words = rng.sample(["drawer", "stressed", "desserts", "planet", "garden", "lemon",
                        "keyboard", "pencil", "window", "rocket"], 4)
    forms = [
        "Spell '{w}' backwards.",
        "Reverse the string \"{w}\".",
        "What is {w} written backwards?",
        "Write the letters of {w} in reverse order, nothing else.",
    ]
    return [(f.format(w=w), text(w[::-1])) for f, w in zip(forms, words, strict=True)]


@template("r24_nth_letter", "counting", "en", "positive", "dev24")
def _nth_letter(rng: random.Random) -> list[Pair]:
    words = rng.sample(["elephant", "xylophone", "kangaroo", "butterfly", "notebook",
                        "satellite", "crocodile", "triangle"], 4)
    n0 = rng.randint(3, 6)
    n3 = rng.randint(2, 4)
    return [
        (f"What's the {ordinal(n0)} letter of '{words[0]}'?", text(words[0][n0 - 1])),
        (f"Tell me the first letter of the word {words[1]}.", text(words[1][0])),
        (f"What is the last letter in the word \"{words[2]}\"?", text(words[2][-1])),
        (f"In '{words[3]}', which letter comes {ordinal(n3)}?", text(words[3][n3 - 1])),
    ]


@template("r24_zh_letter_count", "counting", "zh", "positive", "dev24")
def _zh_letter_count(rng: random.Random) -> list[Pair]:
    words = rng.sample(WORDS, 4)
    forms = ["{w} 里面有多少个字母 {c}？", "单词 {w} 中字母 {c} 出现了几次？",
             "“{w}”里有几个 {c}？", "数一数 {w} 里有多少个 {c}"]
    out = []
    for f, w in zip(forms, words, strict=True):
        _, c = letter_pick(rng, [w])
        out.append((f.format(w=w, c=c), num(w.count(c))))
    return out


@template("r24_zh_word_length", "counting", "zh", "positive", "dev24")
def _zh_word_length(rng: random.Random) -> list[Pair]:
    words = rng.sample(["banana", "computer", "information", "beautiful", "university",
                        "apple", "dictionary", "chocolate"], 4)
    forms = ["单词 {w} 有几个字母？", "{w} 这个单词一共多少个字母", "“{w}”由多少个字母组成？",
             "请问英文单词 {w} 的长度是多少个字母？"]
    return [(f.format(w=w), num(len(w))) for f, w in zip(forms, words, strict=True)]


@template("r24_zh_reverse", "counting", "zh", "positive", "dev24")
def _zh_reverse(rng: random.Random) -> list[Pair]:
    words = rng.sample(["hello", "python", "orange", "summer", "silver", "castle"], 4)
    forms = ["把 {w} 倒过来写是什么？", "将字符串“{w}”反转", "{w} 反过来拼是什么",
             "请把单词 {w} 的字母顺序倒过来"]
    return [(f.format(w=w), text(w[::-1])) for f, w in zip(forms, words, strict=True)]


reg_neg("r24_neg_alphabet_trivia", "counting", "en", "dev24", [
    "How many letters are in the Hawaiian alphabet?",
    "How many words are in the US Constitution?",
    "How many characters are you allowed in a tweet?",
    "How many letters does the Greek alphabet have?",
])
reg_neg("r24_neg_word_meaning", "counting", "en", "dev24", [
    "What does the word 'quixotic' mean?",
    "Translate 'butterfly' into French.",
    "Is 'irregardless' a real word?",
    "Use 'ephemeral' in a sentence.",
])
reg_neg("r24_zh_neg_word_help", "counting", "zh", "dev24", [
    "“银行”这个词用英语怎么说？",
    "serendipity 是什么意思？",
    "帮我想一个五个字母的英文名字",
    "apple 这个词怎么读？",
])

# ---- counting, heldout -------------------------------------------------------------------------

ANAGRAM_YES = [("listen", "silent"), ("dusty", "study"), ("night", "thing"), ("heart", "earth"),
               ("below", "elbow"), ("angel", "angle"), ("rescue", "secure"), ("stain", "satin")]
ANAGRAM_NO = [("night", "think"), ("silent", "listens"), ("below", "blows"),
              ("lemon", "melons"), ("cider", "price"), ("heart", "hearth"), ("stale", "steel")]


@template("r24_anagram_check", "counting", "en", "positive", "heldout24")
def _anagram_check(rng: random.Random) -> list[Pair]:
    yes = rng.sample(ANAGRAM_YES, 2)
    pairs = yes + rng.sample(ANAGRAM_NO, 2)
    rng.shuffle(pairs)
    forms = [
        "Are '{a}' and '{b}' anagrams?",
        "Is {b} an anagram of {a}?",
        "Can the letters of \"{a}\" be rearranged to spell \"{b}\"? Yes or no.",
        "anagram check: {a} / {b}",
    ]
    return [(f.format(a=a, b=b), yn(sorted(a) == sorted(b)))
            for f, (a, b) in zip(forms, pairs, strict=True)]


@template("r24_longer_word", "counting", "en", "positive", "heldout24")
def _longer_word(rng: random.Random) -> list[Pair]:
    pool = ["strength", "rhythms", "queue", "cat", "encyclopedia", "photograph", "jazz",
            "mountain", "bicycle", "ox", "umbrella", "syzygy", "library", "adventure"]
    out = []
    forms = [
        "Which word has more letters, '{a}' or '{b}'?",
        "{a} or {b} — which one is longer?",
        "Between \"{a}\" and \"{b}\", which word has fewer letters?",
        "For a crossword I need the shorter one: {a} or {b}?",
    ]
    for f in forms:
        while True:
            a, b = rng.sample(pool, 2)
            if len(a) != len(b):
                break
        shorter = "fewer" in f or "shorter" in f
        win = (a if len(a) < len(b) else b) if shorter else (a if len(a) > len(b) else b)
        out.append((f.format(a=a, b=b), word_choice(win)))
    return out


@template("r24_distinct_letters", "counting", "en", "positive", "heldout24")
def _distinct_letters(rng: random.Random) -> list[Pair]:
    words = rng.sample(WORDS, 4)
    forms = [
        "How many different letters are in '{w}'?",
        "How many distinct letters does the word {w} use?",
        "Count the unique letters in \"{w}\".",
        "If you list each letter of {w} only once, how many letters do you get?",
    ]
    return [(f.format(w=w), num(len(set(w)))) for f, w in zip(forms, words, strict=True)]


@template("r24_consonant_count", "counting", "en", "positive", "heldout24")
def _consonant_count(rng: random.Random) -> list[Pair]:
    words = rng.sample(NO_Y, 4)
    forms = [
        "Count the consonants in '{w}'.",
        "How many consonants does {w} have?",
        "Number of consonant letters in \"{w}\"?",
        "My son is learning vowels and consonants. How many consonants are in the word {w}?",
    ]
    return [(f.format(w=w), num(sum(ch not in "aeiou" for ch in w)))
            for f, w in zip(forms, words, strict=True)]


@template("r24_alphabetize", "counting", "en", "positive", "heldout24")
def _alphabetize(rng: random.Random) -> list[Pair]:
    pool = ["pear", "apple", "mango", "kiwi", "banana", "cherry", "grape", "lemon", "lime",
            "fig", "orange", "peach", "plum", "melon", "date", "olive"]
    out = []
    for idx in range(4):
        ws = rng.sample(pool, rng.randint(4, 6))
        if idx == 0:
            p = f"Put these words in alphabetical order: {', '.join(ws)}"
        elif idx == 1:
            p = f"alphabetize: {' '.join(ws)}"
        elif idx == 2:
            p = f"Sort A to Z please — {'; '.join(ws)}"
        else:
            p = f"Can you list {', '.join(ws[:-1])} and {ws[-1]} alphabetically?"
        out.append((p, lst(sorted(ws), "word", True)))
    return out


@template("r24_zh_sentence_words", "counting", "zh", "positive", "heldout24")
def _zh_sentence_words(rng: random.Random) -> list[Pair]:
    ss = rng.sample(SENTENCES, 4)
    forms = ["这句话有几个单词：{s}", "“{s}”这个英文句子一共多少个词？",
             "数一下下面这句英文有多少个单词：{s}", "请问句子 \"{s}\" 包含几个单词"]
    return [(f.format(s=s), num(len(s.split()))) for f, s in zip(forms, ss, strict=True)]


@template("r24_zh_letter_position", "counting", "zh", "positive", "heldout24")
def _zh_letter_position(rng: random.Random) -> list[Pair]:
    words = rng.sample(["elephant", "computer", "holiday", "teacher", "monkey", "picture"], 4)
    n1, n3 = rng.randint(2, 5), rng.randint(3, 6)
    return [
        (f"{words[0]} 的最后一个字母是什么？", text(words[0][-1])),
        (f"单词 {words[1]} 的第{ZH_NUM[n1]}个字母是哪个？", text(words[1][n1 - 1])),
        (f"“{words[2]}”的第一个字母是什么", text(words[2][0])),
        (f"{words[3]} 这个词从左往右数第{ZH_NUM[n3]}个字母是？", text(words[3][n3 - 1])),
    ]


reg_neg("r24_neg_creative_words", "counting", "en", "heldout24", [
    "Give me a five-letter word that rhymes with 'light'.",
    "What's a synonym for 'happy' that starts with the letter j?",
    "Suggest a 6-letter name for my cat.",
    "Which word sounds more formal, 'kids' or 'children'?",
])
reg_neg("r24_neg_book_counts", "counting", "en", "heldout24", [
    "How many words are in the first Harry Potter book?",
    "How many pages does War and Peace have?",
    "How many times is the word 'love' used in Romeo and Juliet?",
    "How many letters are in the longest word in the English dictionary?",
])
reg_neg("r24_zh_neg_trivia", "counting", "zh", "heldout24", [
    "英语字母表里有多少个字母？",
    "《红楼梦》一共有多少回？",
    "汉语拼音有几个声调？",
    "“龘”这个字有多少笔画？",
])

# ---- geometry, dev -----------------------------------------------------------------------------


def rand_pair_points(rng: random.Random) -> tuple[tuple[int, int], tuple[int, int]]:
    while True:
        a = (rng.randint(-9, 9), rng.randint(-9, 9))
        b = (rng.randint(-9, 9), rng.randint(-9, 9))
        if a != b and a[0] != b[0] and a[1] != b[1]:
            return a, b


def d2(a: tuple[int, int], b: tuple[int, int]) -> int:
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2


@template("r24_point_distance", "geometry", "en", "positive", "dev24")
def _point_distance(rng: random.Random) -> list[Pair]:
    out = []
    for idx in range(4):
        a, b = rand_pair_points(rng)
        if idx == 0:
            p = f"How far apart are the points {pt(a)} and {pt(b)}?"
        elif idx == 1:
            p = f"Distance between A{pt(a, '−')} and B{pt(b, '−')}?"
        elif idx == 2:
            a = (0, 0)
            k = rng.choice([(3, 4), (6, 8), (5, 12), (8, 15)])
            b = k
            p = (f"What's the straight-line distance from {pt(a, space=False)} to "
                 f"{pt(b, space=False)}? Units are meters.")
        else:
            p = f"Find the length of the segment joining {pt(a)} and {pt(b)}."
        out.append((p, real(sqrt_expr(d2(a, b)))))
    return out


@template("r24_circle_area", "geometry", "en", "positive", "dev24")
def _circle_area(rng: random.Random) -> list[Pair]:
    r1, r2 = rng.randint(3, 15), rng.randint(2, 20)
    d3, r4 = rng.choice([9, 11, 13, 15]), rng.randint(2, 9)
    return [
        (f"What's the area of a circle with radius {r1} cm?", real(pi_expr(Fraction(r1 * r1)))),
        (f"A round table has a radius of {r2} inches. What's its area? Leave it in terms of pi.",
         real(pi_expr(Fraction(r2 * r2)))),
        (f"area of a circle whose diameter is {d3}", real(pi_expr(Fraction(d3 * d3, 4)))),
        (f"If r = {r4}, what is the area of the circle?", real(pi_expr(Fraction(r4 * r4)))),
    ]


@template("r24_triangle_base_height", "geometry", "en", "positive", "dev24")
def _triangle_base_height(rng: random.Random) -> list[Pair]:
    vals = [(rng.randint(3, 20), rng.randint(2, 15)) for _ in range(4)]
    forms = [
        "A triangle has a base of {b} and a height of {h}. What's its area?",
        "Find the area of a triangle with base {b} cm and height {h} cm.",
        "triangle: base = {b}, height = {h}. area?",
        "My garden bed is a triangle, {b} m along the base and {h} m tall. How many square "
        "meters is it?",
    ]
    return [(f.format(b=b, h=h), num(Fraction(b * h, 2)))
            for f, (b, h) in zip(forms, vals, strict=True)]


def crossing_or_apart(rng: random.Random, want: bool) -> tuple[tuple[int, int], int,
                                                               tuple[int, int], int]:
    while True:
        c1 = (rng.randint(-5, 5), rng.randint(-5, 5))
        c2 = (rng.randint(-8, 8), rng.randint(-8, 8))
        r1, r2 = rng.randint(1, 7), rng.randint(1, 7)
        rel = circle_pair(c1, r1, c2, r2)
        if c1 != c2 and rel == ("cross" if want else "separate"):
            return c1, r1, c2, r2


@template("r24_circles_intersect", "geometry", "en", "positive", "dev24")
def _circles_intersect(rng: random.Random) -> list[Pair]:
    wants = [True, False, True, False]
    rng.shuffle(wants)
    out = []
    for idx, w in enumerate(wants):
        c1, r1, c2, r2 = crossing_or_apart(rng, w)
        if idx == 0:
            p = (f"Do the circles centered at {pt(c1)} with radius {r1} and at {pt(c2)} with "
                 f"radius {r2} intersect?")
        elif idx == 1:
            p = (f"Circle 1: center {pt(c1)}, r = {r1}. Circle 2: center {pt(c2)}, r = {r2}. "
                 f"Do their circumferences cross each other?")
        elif idx == 2:
            p = (f"Will a circle of radius {r1} around {pt(c1)} intersect a circle of radius "
                 f"{r2} around {pt(c2)}?")
        else:
            p = f"Does the circle {circle_eq(c1, r1)} intersect the circle {circle_eq(c2, r2)}?"
        out.append((p, yn(w)))
    return out


@template("r24_point_in_shape", "geometry", "en", "positive", "dev24")
def _point_in_shape(rng: random.Random) -> list[Pair]:
    out = []
    for idx in range(4):
        while True:
            if idx % 2 == 0:
                x0, y0 = rng.randint(-3, 2), rng.randint(-3, 2)
                w, h = rng.randint(3, 8), rng.randint(3, 8)
                poly = [(x0, y0), (x0 + w, y0), (x0 + w, y0 + h), (x0, y0 + h)]
            else:
                poly = [(rng.randint(-6, -1), rng.randint(-5, 0)),
                        (rng.randint(2, 8), rng.randint(-5, 0)),
                        (rng.randint(-2, 3), rng.randint(3, 8))]
            q = (rng.randint(-6, 9), rng.randint(-6, 9))
            where = point_in_polygon(q, poly)
            if where != "boundary" and shoelace(poly) > 0:
                break
        corners = ", ".join(pt(v) for v in poly)
        if idx == 0:
            p = f"Is the point {pt(q)} inside the rectangle with corners {corners}?"
        elif idx == 1:
            p = f"Does the triangle with vertices {corners} contain the point {pt(q)}?"
        elif idx == 2:
            p = (f"I drew a rectangle at {' '.join(pt(v, space=False) for v in poly)}. "
                 f"Is {pt(q, space=False)} inside it?")
        else:
            p = (f"Triangle ABC has A{pt(poly[0])}, B{pt(poly[1])}, C{pt(poly[2])}. "
                 f"Is P{pt(q)} inside the triangle?")
        out.append((p, relation(where, "inside")))
    return out


@template("r24_zh_distance", "geometry", "zh", "positive", "dev24")
def _zh_distance(rng: random.Random) -> list[Pair]:
    k = rng.choice([(3, 4), (5, 12), (6, 8), (7, 24)])
    a, b = rand_pair_points(rng)
    c, d = rand_pair_points(rng)
    e = (rng.randint(1, 9), rng.randint(-9, -1))
    return [
        (f"点 {pt(k)} 到原点的距离是多少？", real(sqrt_expr(d2(k, (0, 0))))),
        (f"求点 A{pt(a)} 和点 B{pt(b)} 之间的距离", real(sqrt_expr(d2(a, b)))),
        (f"坐标 {pt(c, space=False)} 与 {pt(d, space=False)} 两点相距多远？",
         real(sqrt_expr(d2(c, d)))),
        (f"原点和点{pt(e)}的距离等于多少", real(sqrt_expr(d2(e, (0, 0))))),
    ]


@template("r24_zh_circle_area", "geometry", "zh", "positive", "dev24")
def _zh_circle_area(rng: random.Random) -> list[Pair]:
    r1, d2_ = rng.randint(2, 12), rng.choice([10, 14, 18, 22])
    r3, r4 = rng.choice([15, 25, 35]), rng.randint(3, 20)
    return [
        (f"半径为 {r1} 的圆的面积是多少？", real(pi_expr(Fraction(r1 * r1)))),
        (f"一个圆的直径是 {d2_} 厘米，面积是多少？", real(pi_expr(Fraction(d2_ * d2_, 4)))),
        (f"圆的半径是 {dec(r3, 1)}，求面积", real(pi_expr(Fraction(r3, 10) ** 2))),
        (f"已知圆半径 r={r4}，它的面积用 π 表示是多少", real(pi_expr(Fraction(r4 * r4)))),
    ]


reg_neg("r24_neg_real_world_distance", "geometry", "en", "dev24", [
    "How many blocks is it from 3rd Ave and 14th St to 7th Ave and 20th St?",
    "What's the driving distance from (40.71, -74.01) to (34.05, -118.24)?",
    "How far is the Moon from the Earth?",
    "What's the area of Texas in square miles?",
])
reg_neg("r24_neg_practical_geometry", "geometry", "en", "dev24", [
    "How much paint do I need for a wall that's 3 m by 4 m?",
    "How long will it take me to jog around a circular track with a radius of 50 m?",
    "How many 30 cm tiles does a typical bathroom need?",
    "What's a good rug size for a 12 by 15 foot living room?",
])
reg_neg("r24_zh_neg_places", "geometry", "zh", "dev24", [
    "北京到上海的距离是多少公里？",
    "从家到学校 3 公里，骑自行车要多久？",
    "刷一面 4 米乘 3 米的墙要多少升油漆？",
    "故宫的面积有多大？",
])

# ---- geometry, heldout -------------------------------------------------------------------------


@template("r24_polygon_perimeter", "geometry", "en", "positive", "heldout24")
def _polygon_perimeter(rng: random.Random) -> list[Pair]:
    out = []
    for idx in range(4):
        if idx == 0:
            x0, y0 = rng.randint(-4, 4), rng.randint(-4, 4)
            w, h = rng.randint(2, 9), rng.randint(2, 9)
            poly = [(x0, y0), (x0 + w, y0), (x0 + w, y0 + h), (x0, y0 + h)]
        else:
            while True:
                poly = [(rng.randint(-6, 6), rng.randint(-6, 6)) for _ in range(3)]
                if shoelace(poly) > 0:
                    break
        sides = [d2(a, b) for a, b in zip(poly, poly[1:] + poly[:1], strict=True)]
        expr = sum_of_roots(sides)
        vs = ", ".join(pt(v) for v in poly)
        if idx == 0:
            p = f"What's the perimeter of the rectangle with vertices {vs}?"
        elif idx == 1:
            p = f"Find the perimeter of the triangle {vs}. Exact form is fine."
        elif idx == 2:
            tight = " ".join(pt(v, space=False) for v in poly)
            p = f"perimeter of triangle with corners at {tight}"
        else:
            p = (f"A fence goes around a triangular plot with corners {vs} (units in meters). "
                 f"How long is the fence?")
        out.append((p, real(expr)))
    return out


def star_polygon(rng: random.Random, n: int) -> list[tuple[int, int]]:
    while True:
        cx, cy = rng.randint(-3, 3), rng.randint(-3, 3)
        pts = []
        for k in range(n):
            ang = 2 * math.pi * k / n + rng.uniform(-0.3, 0.3)
            r = rng.randint(3, 8)
            pts.append((round(cx + r * math.cos(ang)), round(cy + r * math.sin(ang))))
        angs = [math.atan2(y - cy, x - cx) for x, y in pts]
        order = sorted(range(n), key=lambda i: angs[i])
        pts = [pts[i] for i in order]
        gaps = [(angs[order[(i + 1) % n]] - angs[order[i]]) % (2 * math.pi) for i in range(n)]
        ok = (len(set(pts)) == n and min(gaps) > 0.2 and max(gaps) < 2.5
              and all(orient(pts[i - 1], pts[i], pts[(i + 1) % n]) != 0 for i in range(n)))
        if ok:
            return pts


@template("r24_shoelace_area", "geometry", "en", "positive", "heldout24")
def _shoelace_area(rng: random.Random) -> list[Pair]:
    out = []
    for idx in range(4):
        poly = star_polygon(rng, 4 if idx < 2 else 5)
        area = shoelace(poly)
        vs = ", ".join(pt(v) for v in poly)
        if idx == 0:
            p = f"Find the area of the quadrilateral with vertices {vs} (in that order)."
        elif idx == 1:
            p = f"What's the area enclosed by the polygon {' -> '.join(pt(v) for v in poly)}?"
        elif idx == 2:
            p = f"Area of the pentagon with corners {vs}, please — just the number."
        else:
            p = f"A plot of land has corner coordinates {vs}, in order. What is its area?"
        out.append((p, num(area)))
    return out


def tangent_case(rng: random.Random, want: bool) -> tuple[tuple[int, int], int,
                                                          tuple[int, int], int]:
    while True:
        c1 = (rng.randint(-4, 4), rng.randint(-4, 4))
        r1, r2 = rng.randint(1, 8), rng.randint(1, 8)
        if want:
            dist = r1 + r2 if rng.random() < 0.6 or r1 == r2 else abs(r1 - r2)
            if dist % 5 == 0 and rng.random() < 0.5:
                k = dist // 5
                off = rng.choice([(3 * k, 4 * k), (-4 * k, 3 * k), (4 * k, -3 * k)])
            else:
                off = rng.choice([(dist, 0), (0, dist), (-dist, 0), (0, -dist)])
        else:
            off = (rng.randint(-9, 9), rng.randint(-9, 9))
        c2 = (c1[0] + off[0], c1[1] + off[1])
        rel = circle_pair(c1, r1, c2, r2)
        if c1 != c2 and (rel in ("external", "internal")) == want:
            return c1, r1, c2, r2


@template("r24_circle_tangency", "geometry", "en", "positive", "heldout24")
def _circle_tangency(rng: random.Random) -> list[Pair]:
    wants = [True, True, False, False]
    rng.shuffle(wants)
    out = []
    for idx, w in enumerate(wants):
        c1, r1, c2, r2 = tangent_case(rng, w)
        if idx == 0:
            p = (f"Circle A has center {pt(c1)} and radius {r1}; circle B has center {pt(c2)} "
                 f"and radius {r2}. Are they tangent?")
        elif idx == 1:
            p = (f"Do the circles {circle_eq(c1, r1)} and {circle_eq(c2, r2)} touch at exactly "
                 f"one point?")
        elif idx == 2:
            p = (f"are circles with centres {pt(c1, space=False)} and {pt(c2, space=False)}, "
                 f"radii {r1} and {r2}, tangent to each other")
        else:
            p = (f"I'm designing a logo with two rings: one at {pt(c1)} with radius {r1}, the "
                 f"other at {pt(c2)} with radius {r2}. Are the two circles tangent?")
        out.append((p, yn(w)))
    return out


def segment_pair(rng: random.Random, cross: bool) -> tuple[tuple[int, int], ...]:
    while True:
        a, b, c, d = ((rng.randint(-6, 6), rng.randint(-6, 6)) for _ in range(4))
        if a == b or c == d:
            continue
        o1, o2, o3, o4 = orient(a, b, c), orient(a, b, d), orient(c, d, a), orient(c, d, b)
        if 0 in (o1, o2, o3, o4):
            continue  # no touching, no collinear cases
        proper = o1 != o2 and o3 != o4
        if proper == cross:
            return a, b, c, d


@template("r24_segment_crossings", "geometry", "en", "positive", "heldout24")
def _segment_crossings(rng: random.Random) -> list[Pair]:
    wants = [True, False, True, False]
    rng.shuffle(wants)
    out = []
    for idx, w in enumerate(wants):
        a, b, c, d = segment_pair(rng, w)
        if idx == 0:
            p = (f"How many points do segments AB and CD have in common, where A{pt(a)}, "
                 f"B{pt(b)}, C{pt(c)}, D{pt(d)}?")
        elif idx == 1:
            p = (f"Number of intersection points between the segment from {pt(a)} to {pt(b)} "
                 f"and the segment from {pt(c)} to {pt(d)}?")
        elif idx == 2:
            p = (f"Two line segments: {pt(a, space=False)}–{pt(b, space=False)} and "
                 f"{pt(c, space=False)}–{pt(d, space=False)}. How many times do they "
                 f"intersect?")
        else:
            p = (f"segment 1 goes {pt(a)} to {pt(b)}, segment 2 goes {pt(c)} to {pt(d)} — how "
                 f"many intersection points?")
        out.append((p, num(1 if w else 0)))
    return out


@template("r24_point_three_way", "geometry", "en", "positive", "heldout24")
def _point_three_way(rng: random.Random) -> list[Pair]:
    targets = ["inside", "outside", "boundary", rng.choice(["inside", "boundary"])]
    rng.shuffle(targets)
    out = []
    for idx, want in enumerate(targets):
        while True:
            if idx % 2 == 0:
                poly = [(2 * rng.randint(-3, 0), 2 * rng.randint(-3, 0)),
                        (2 * rng.randint(1, 4), 2 * rng.randint(-3, 0)),
                        (2 * rng.randint(-1, 2), 2 * rng.randint(1, 4))]
            else:
                x0, y0 = rng.randint(-2, 2), rng.randint(-2, 2)
                poly = [(x0, y0), (x0 + rng.randint(3, 7), y0),
                        (x0 + rng.randint(4, 9), y0 + rng.randint(3, 6)),
                        (x0 + rng.randint(-1, 2), y0 + rng.randint(3, 7))]
            if want == "boundary":
                i = rng.randrange(len(poly))
                a, b = poly[i], poly[(i + 1) % len(poly)]
                q = ((a[0] + b[0]) // 2, (a[1] + b[1]) // 2)
            else:
                q = (rng.randint(-7, 9), rng.randint(-7, 9))
            if shoelace(poly) > 0 and point_in_polygon(q, poly) == want and q not in poly:
                break
        vs = ", ".join(pt(v) for v in poly)
        shape = "triangle" if len(poly) == 3 else "quadrilateral"
        if idx == 0:
            p = f"Is the point {pt(q)} inside, outside, or on the boundary of the {shape} {vs}?"
        elif idx == 1:
            p = (f"Where does {pt(q)} lie relative to the {shape} with vertices {vs}: inside, "
                 f"outside, or on an edge?")
        elif idx == 2:
            p = (f"Given the {shape} {vs}, classify the point {pt(q)} as inside / outside / "
                 f"on the boundary.")
        else:
            p = (f"For a game map, the zone is the {shape} {vs}. A player stands at {pt(q)}. "
                 f"Inside the zone, outside it, or exactly on its border?")
        out.append((p, relation(want)))
    return out


@template("r24_zh_circle_inside", "geometry", "zh", "positive", "heldout24")
def _zh_circle_inside(rng: random.Random) -> list[Pair]:
    wants = [True, False, True, False]
    rng.shuffle(wants)
    out = []
    for idx, w in enumerate(wants):
        while True:
            big = rng.randint(5, 10)
            small = rng.randint(1, big - 2)
            c1 = (rng.randint(-3, 3), rng.randint(-3, 3))
            c2 = (c1[0] + rng.randint(-8, 8), c1[1] + rng.randint(-8, 8))
            rel = circle_pair(c1, big, c2, small)
            if (rel == "contained") == w and rel != "internal":
                break
        if idx == 0:
            p = (f"两个圆：大圆圆心 {pt(c1)}、半径 {big}，小圆圆心 {pt(c2)}、半径 {small}。"
                 f"小圆完全在大圆里面吗？")
        elif idx == 1:
            p = f"圆 {circle_eq(c2, small)} 是否完全位于圆 {circle_eq(c1, big)} 的内部？"
        elif idx == 2:
            p = (f"以 {pt(c2)} 为圆心、半径为 {small} 的圆，是不是被以 {pt(c1)} 为圆心、"
                 f"半径为 {big} 的圆完全包含？")
        else:
            p = (f"请判断：圆心 {pt(c1, space=False)} 半径 {big} 的圆能否把圆心 "
                 f"{pt(c2, space=False)} 半径 {small} 的圆完全包住？")
        out.append((p, yn(w)))
    return out


@template("r24_zh_triangle_vertices", "geometry", "zh", "positive", "heldout24")
def _zh_triangle_vertices(rng: random.Random) -> list[Pair]:
    out = []
    forms = ["三角形三个顶点是 {a}、{b}、{c}，面积是多少？",
             "已知 A{a}，B{b}，C{c}，求三角形 ABC 的面积",
             "顶点为 {a}, {b}, {c} 的三角形面积等于多少",
             "计算以 {a}、{b}、{c} 为顶点的三角形的面积，只要结果"]
    for idx, f in enumerate(forms):
        while True:
            if idx == 0:
                poly = [(0, 0), (rng.randint(2, 9), 0), (0, rng.randint(2, 9))]
            else:
                poly = [(rng.randint(-6, 6), rng.randint(-6, 6)) for _ in range(3)]
            if shoelace(poly) > 0:
                break
        a, b, c = (pt(v) for v in poly)
        out.append((f.format(a=a, b=b, c=c), num(shoelace(poly))))
    return out


@template("r24_zh_circle_points", "geometry", "zh", "positive", "heldout24")
def _zh_circle_points(rng: random.Random) -> list[Pair]:
    targets = ["cross", "separate", "external", rng.choice(["contained", "internal"])]
    rng.shuffle(targets)
    out = []
    for idx, want in enumerate(targets):
        while True:
            c1 = (rng.randint(-4, 4), rng.randint(-4, 4))
            r1, r2 = rng.randint(1, 8), rng.randint(1, 8)
            if want in ("external", "internal"):
                dist = r1 + r2 if want == "external" else abs(r1 - r2)
                off = rng.choice([(dist, 0), (0, dist), (-dist, 0), (0, -dist)])
            else:
                off = (rng.randint(-10, 10), rng.randint(-10, 10))
            c2 = (c1[0] + off[0], c1[1] + off[1])
            if c1 != c2 and circle_pair(c1, r1, c2, r2) == want:
                break
        if idx == 0:
            p = (f"圆 A 圆心 {pt(c1)}、半径 {r1}，圆 B 圆心 {pt(c2)}、半径 {r2}，"
                 f"这两个圆有几个交点？")
        elif idx == 1:
            p = f"{circle_eq(c1, r1)} 和 {circle_eq(c2, r2)} 这两个圆一共有多少个公共点？"
        elif idx == 2:
            p = f"以{pt(c1)}为圆心半径{r1}的圆与以{pt(c2)}为圆心半径{r2}的圆相交于几个点"
        else:
            p = f"请问两圆（圆心 {pt(c1)} 半径 {r1}；圆心 {pt(c2)} 半径 {r2}）的交点个数是多少？"
        out.append((p, num(CC_POINTS[want])))
    return out


reg_neg("r24_neg_geometry_explain", "geometry", "en", "heldout24", [
    "Explain why the area of a circle is pi times r squared.",
    "Can you prove the Pythagorean theorem for me?",
    "Write Python code that checks whether a point is inside a polygon.",
    "What does it mean for two circles to be tangent?",
])
reg_neg("r24_neg_grid_worlds", "geometry", "en", "heldout24", [
    "On a chessboard, how many moves does a knight need to get from a1 to h8?",
    "My robot can only move along grid lines. How many steps from (1, 1) to (4, 5)?",
    "What's the flight distance between (51.5, -0.13) and (48.86, 2.35) on the globe?",
    "How far apart are Paris and Berlin?",
])
reg_neg("r24_zh_neg_geometry", "geometry", "zh", "heldout24", [
    "一个 12 寸的披萨够几个人吃？",
    "请解释一下什么是圆周率",
    "帮我证明一下勾股定理",
    "国际象棋里，马从 b1 跳到 h8 最少要几步？",
])

# ---- number theory, dev ------------------------------------------------------------------------


def prime_or_semiprime(rng: random.Random, prime: bool, lo: int, hi: int) -> int:
    while True:
        n = rng.randint(lo, hi) | 1
        if n % 3 == 0 or n % 5 == 0:
            continue
        if is_prime(n) == prime:
            return n


@template("r24_is_prime", "number_theory", "en", "positive", "dev24")
def _is_prime(rng: random.Random) -> list[Pair]:
    flags = [True, False, True, False]
    rng.shuffle(flags)
    ns = [prime_or_semiprime(rng, f, 150, 9999) for f in flags]
    return [
        (f"Is {ns[0]} prime?", yn(is_prime(ns[0]))),
        (f"quick q — is {ns[1]:,} a prime number?", yn(is_prime(ns[1]))),
        (f"I'm checking my kid's homework. Is {ns[2]} prime? Yes or no.", yn(is_prime(ns[2]))),
        (f"Would you say {ns[3]} is a prime?", yn(is_prime(ns[3]))),
    ]


def smooth_number(rng: random.Random, lo: int, hi: int) -> int:
    while True:
        n = 1
        for p in rng.choices([2, 2, 3, 3, 5, 7, 11, 13], k=rng.randint(4, 7)):
            n *= p
        if lo <= n <= hi and len(factorize(n)) >= 3:
            return n


@template("r24_prime_factorization", "number_theory", "en", "positive", "dev24")
def _prime_factorization(rng: random.Random) -> list[Pair]:
    ns = [smooth_number(rng, 300, 20000) for _ in range(4)]
    return [
        (f"Give me the prime factorization of {ns[0]:,}.", factorization(ns[0])),
        (f"Factor {ns[1]} into primes.", factorization(ns[1])),
        (f"Write {ns[2]:,} as a product of primes.", factorization(ns[2])),
        (f"prime-factorize {ns[3]} pls", factorization(ns[3])),
    ]


@template("r24_gcd_forms", "number_theory", "en", "positive", "dev24")
def _gcd_forms(rng: random.Random) -> list[Pair]:
    out = []
    forms = [
        "What's the greatest common divisor of {a} and {b}?",
        "GCD({a}, {b}) = ?",
        "Find the highest common factor of {a} and {b}.",
        "What's the largest number that divides both {a} and {b} evenly?",
    ]
    for f in forms:
        g = rng.randint(4, 36)
        x, y = rng.sample(range(3, 40), 2)
        a, b = g * x, g * y
        out.append((f.format(a=a, b=b), num(math.gcd(a, b))))
    return out


@template("r24_primes_under", "number_theory", "en", "positive", "dev24")
def _primes_under(rng: random.Random) -> list[Pair]:
    ns = rng.sample([20, 25, 27, 30, 35, 40, 45, 50, 55, 60], 4)
    forms = [
        "List all the primes below {n}.",
        "Which prime numbers are less than {n}?",
        "Give me every prime under {n}, comma-separated.",
        "What are the primes smaller than {n}? I'm making flashcards.",
    ]
    return [(f.format(n=n), lst([str(p) for p in primes_below(n)], "number", False))
            for f, n in zip(forms, ns, strict=True)]


@template("r24_digit_sums", "number_theory", "en", "positive", "dev24")
def _digit_sums(rng: random.Random) -> list[Pair]:
    a, b = rng.randint(100000, 999999), rng.randint(1000, 9999)
    c, d = rng.randint(10**7, 10**8 - 1), rng.randint(10**6, 9 * 10**6)

    def ds(n: int) -> int:
        return sum(int(ch) for ch in str(n))
    return [
        (f"What is the sum of the digits of {a:,}?", num(ds(a))),
        (f"Add up the digits in {b}.", num(ds(b))),
        (f"digit sum of {c}?", num(ds(c))),
        (f"If you add together all the digits of {d:,}, what do you get?", num(ds(d))),
    ]


@template("r24_zh_is_prime", "number_theory", "zh", "positive", "dev24")
def _zh_is_prime(rng: random.Random) -> list[Pair]:
    flags = [True, False, True, False]
    rng.shuffle(flags)
    ns = [prime_or_semiprime(rng, f, 50, 3000) for f in flags]
    forms = ["{n} 是质数吗？", "{n} 是不是素数？", "请问 {n} 是质数吗", "判断一下 {n} 是否为质数"]
    return [(f.format(n=n), yn(is_prime(n))) for f, n in zip(forms, ns, strict=True)]


@template("r24_zh_gcd", "number_theory", "zh", "positive", "dev24")
def _zh_gcd(rng: random.Random) -> list[Pair]:
    out = []
    forms = ["求 {a} 和 {b} 的最大公约数", "{a} 与 {b} 的最大公因数是多少？",
             "{a}和{b}的最大公约数是几", "帮我算一下 {a}、{b} 的最大公因数"]
    for f in forms:
        g = rng.randint(3, 30)
        x, y = rng.sample(range(2, 30), 2)
        out.append((f.format(a=g * x, b=g * y), num(math.gcd(g * x, g * y))))
    return out


@template("r24_zh_factorize", "number_theory", "zh", "positive", "dev24")
def _zh_factorize(rng: random.Random) -> list[Pair]:
    ns = [smooth_number(rng, 100, 5000) for _ in range(4)]
    forms = ["把 {n} 分解质因数", "{n} 分解质因数的结果是什么？", "请将 {n} 写成质数的乘积",
             "{n} 的质因数分解"]
    return [(f.format(n=n), factorization(n)) for f, n in zip(forms, ns, strict=True)]


reg_neg("r24_neg_lucky_numbers", "number_theory", "en", "dev24", [
    "Is 555-0123 a lucky phone number?",
    "Is 8 really a lucky number in China?",
    "Why do some hotels skip the 13th floor?",
    "Is 7 a good number to wear on my jersey?",
])
reg_neg("r24_neg_nt_concepts", "number_theory", "en", "dev24", [
    "Write a Python function that checks whether a number is prime.",
    "Explain why there are infinitely many primes.",
    "How does the Euclidean algorithm find the GCD? Just explain the idea.",
    "What's the Sieve of Eratosthenes and why does it work?",
])
reg_neg("r24_zh_neg_numerology", "number_theory", "zh", "dev24", [
    "为什么 4 在中国被认为不吉利？",
    "车牌号 8888 大概值多少钱？",
    "手机尾号 1314 是什么意思？",
    "门牌号 13 号好不好？",
])

# ---- number theory, heldout --------------------------------------------------------------------


@template("r24_lcm_forms", "number_theory", "en", "positive", "heldout24")
def _lcm_forms(rng: random.Random) -> list[Pair]:
    a, b, c = rng.sample([6, 8, 9, 10, 12, 14, 15, 18, 20, 21, 24, 30], 3)
    d, e = rng.sample(range(12, 60), 2)
    f, g = rng.sample([4, 6, 8, 9, 10, 12, 14, 16], 2)
    h, i = rng.sample(range(20, 90, 5), 2)
    return [
        (f"What's the least common multiple of {a}, {b} and {c}?", num(math.lcm(a, b, c))),
        (f"LCM of {d} and {e}", num(math.lcm(d, e))),
        (f"What's the smallest positive number divisible by both {f} and {g}?",
         num(math.lcm(f, g))),
        (f"lowest common multiple of {h} and {i}, please", num(math.lcm(h, i))),
    ]


@template("r24_largest_prime_factor", "number_theory", "en", "positive", "heldout24")
def _largest_prime_factor(rng: random.Random) -> list[Pair]:
    out = []
    forms = [
        "What is the largest prime factor of {n}?",
        "Biggest prime that divides {n}?",
        "greatest prime factor of {n} — just the number",
        "Project Euler style warm-up: find the largest prime factor of {n}.",
    ]
    for f in forms:
        while True:
            n = rng.randint(1000, 99999)
            fs = factorize(n)
            if len(fs) >= 2:
                break
        out.append((f.format(n=f"{n:,}" if n > 9999 else n), num(fs[-1][0])))
    return out


@template("r24_happy_range", "number_theory", "en", "positive", "heldout24")
def _happy_range(rng: random.Random) -> list[Pair]:
    out = []
    forms = [
        "Which numbers between {a} and {b} are happy numbers?",
        "List the happy numbers from {a} to {b}.",
        "Find all happy numbers in the range {a}–{b}.",
        "I'm reading about happy numbers. Which ones are there between {a} and {b}?",
    ]
    used: set[tuple[int, int]] = set()
    for f in forms:
        while True:
            a = rng.randint(2, 60)
            b = a + rng.randint(15, 40)
            hs = [k for k in range(a, b + 1) if is_happy(k)]
            if not is_happy(a) and not is_happy(b) and hs and (a, b) not in used:
                used.add((a, b))
                break
        out.append((f.format(a=a, b=b), lst([str(k) for k in hs], "number", False)))
    return out


@template("r24_prime_in_context", "number_theory", "en", "positive", "heldout24")
def _prime_in_context(rng: random.Random) -> list[Pair]:
    flags = [True, False, True, False]
    rng.shuffle(flags)
    ns = [prime_or_semiprime(rng, f, 1000, 9999) for f in flags]
    return [
        (f"My locker combination is {ns[0]} and my friend says that's a prime. Is it?",
         yn(is_prime(ns[0]))),
        (f"For a puzzle hunt clue I need to know: is {ns[1]} a prime number?",
         yn(is_prime(ns[1]))),
        (f"Is the number {ns[2]} prime? My teacher said to check without a calculator but I "
         f"just want the answer.", yn(is_prime(ns[2]))),
        (f"{ns[3]} — prime, yes or no?", yn(is_prime(ns[3]))),
    ]


@template("r24_factor_product", "number_theory", "en", "positive", "heldout24")
def _factor_product(rng: random.Random) -> list[Pair]:
    ns = [smooth_number(rng, 500, 50000) for _ in range(3)] + [2 ** rng.randint(9, 13)]
    rng.shuffle(ns)
    return [
        (f"Break {ns[0]:,} down into its prime factors.", factorization(ns[0])),
        (f"Express {ns[1]} as a product of prime powers.", factorization(ns[1])),
        (f"How does {ns[2]:,} factor into primes?", factorization(ns[2])),
        (f"What's {ns[3]} in prime factorized form?", factorization(ns[3])),
    ]


@template("r24_zh_lcm", "number_theory", "zh", "positive", "heldout24")
def _zh_lcm(rng: random.Random) -> list[Pair]:
    a, b = rng.sample([4, 6, 8, 9, 10, 12, 15, 16, 18, 20], 2)
    c, d = rng.sample(range(11, 40), 2)
    e, f, g = rng.sample([3, 4, 5, 6, 8, 9, 10, 12], 3)
    h, i = rng.sample(range(14, 50, 2), 2)
    return [
        (f"{a} 和 {b} 的最小公倍数是多少", num(math.lcm(a, b))),
        (f"求 {c} 与 {d} 的最小公倍数", num(math.lcm(c, d))),
        (f"{e}、{f}、{g} 三个数的最小公倍数是几？", num(math.lcm(e, f, g))),
        (f"请问{h}和{i}的最小公倍数等于多少", num(math.lcm(h, i))),
    ]


@template("r24_zh_primes_within", "number_theory", "zh", "positive", "heldout24")
def _zh_primes_within(rng: random.Random) -> list[Pair]:
    ns = rng.sample([20, 25, 30, 35, 40, 50, 60], 4)
    forms = ["{n} 以内的素数有哪些？", "小于 {n} 的质数有哪些", "列出所有小于{n}的质数",
             "请写出比 {n} 小的全部素数"]
    return [(f.format(n=n), lst([str(p) for p in primes_below(n)], "number", False))
            for f, n in zip(forms, ns, strict=True)]


reg_neg("r24_neg_prime_trivia", "number_theory", "en", "heldout24", [
    "What is the largest known prime number?",
    "Who proved the prime number theorem?",
    "How many digits does the largest known Mersenne prime have?",
    "Is the Riemann hypothesis still unsolved?",
])
reg_neg("r24_neg_id_numbers", "number_theory", "en", "heldout24", [
    "Is my credit card number 4111 1111 1111 1111 valid?",
    "Is ISBN 978-3-16-148410-0 a real book?",
    "Is the zip code 90210 in Beverly Hills?",
    "What's the check digit for UPC 03600029145?",
])
reg_neg("r24_zh_neg_nt_concepts", "number_theory", "zh", "heldout24", [
    "请写一个判断质数的 Python 函数",
    "解释一下什么是哥德巴赫猜想",
    "目前已知最大的素数是多少？",
    "孪生素数猜想被证明了吗？",
])


# Build ------------------------------------------------------------------------------------------


def build() -> tuple[list[dict], list[dict]]:
    rng = random.Random(24)
    dev: list[dict] = []
    heldout: list[dict] = []
    for name, family, lang, kind, split, gen in TEMPLATES:
        pairs = gen(rng)
        if len(pairs) != 4:
            raise ValueError(f"{name}: {len(pairs)} records")
        short = name.removeprefix("r24_").replace("_", "-")
        for i, (prompt, expected) in enumerate(pairs):
            rec = {"id": f"r24-{FAM3[family]}-{lang}-{short}-{i}", "split": split,
                   "kind": kind, "family": family, "lang": lang, "template": name,
                   "prompt": prompt, "expected": expected}
            (dev if split == "dev24" else heldout).append(rec)
    return dev, heldout


def main() -> None:
    dev, heldout = build()
    for split, records in (("dev24", dev), ("heldout24", heldout)):
        with (HERE / f"corpus_{split}.jsonl").open("w", encoding="utf-8") as f:
            for rec in records:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
