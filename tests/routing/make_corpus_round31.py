"""Round 31 of the routing corpus: an independent blind round written from scratch.

Every template of this round was written without looking at earlier rounds, the router or
its tools; it measures how the router copes with phrasings it has never seen. Each template
goes entirely to one split (``dev31`` or ``heldout31``) and yields four records. Positives
are questions a deterministic tool can answer exactly; every expected answer is computed here
in Python (integers, ``Fraction``, trial division, direct counting, analytic circle formulas).
Negatives look numeric or wordy but must not be answered by a tool.

Run ``python tests/routing/make_corpus_round31.py`` to write ``corpus_dev31.jsonl`` and
``corpus_heldout31.jsonl`` next to this file.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parent
DEV, HELD = "dev31", "heldout31"

Pair = tuple[str, dict]
Maker = Callable[[random.Random], list[Pair]]

# (split, family, lang, kind, name, maker)
TEMPLATES: list[tuple[str, str, str, str, str, Maker]] = []


def template(split: str, family: str, lang: str, name: str) -> Callable[[Maker], Maker]:
    def register(fn: Maker) -> Maker:
        TEMPLATES.append((split, family, lang, "positive", name, fn))
        return fn
    return register


def negative(split: str, family: str, lang: str, name: str, prompts: list[str]) -> None:
    assert len(prompts) == 4

    def make(rng: random.Random) -> list[Pair]:
        return [(p, NONE) for p in prompts]
    TEMPLATES.append((split, family, lang, "negative", name, make))


# Expected answers ------------------------------------------------------------------------------

NONE: dict = {"type": "none"}


def num(q: Fraction | int) -> dict:
    return {"type": "number", "answer": str(Fraction(q))}


def real(s: str) -> dict:
    return {"type": "real", "answer": s}


def yesno(b: bool) -> dict:
    return {"type": "bool", "answer": "yes" if b else "no"}


def choice(s: str) -> dict:
    return {"type": "choice", "answer": s}


def text(s: str) -> dict:
    return {"type": "text", "answer": s}


def word_choice(s: str) -> dict:
    return {"type": "word_choice", "answer": s}


def listing(items: list[str], elem: str, ordered: bool, order: str | None = None) -> dict:
    d = {"type": "list", "elem": elem, "answer": items, "ordered": ordered}
    if order:
        d["order"] = order
    return d


def relation(ans: str, yes_if: str | None = None) -> dict:
    d = {"type": "relation", "answer": ans}
    if yes_if:
        d["yes_if"] = yes_if
    return d


def factorization(n: int) -> dict:
    return {"type": "factorization", "answer": [[p, e] for p, e in factorize(n)], "n": n}


# Exact helpers ---------------------------------------------------------------------------------


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


def is_happy(n: int) -> bool:
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(c) ** 2 for c in str(n))
    return n == 1


def dec(k: int, places: int) -> str:
    """The decimal string of k / 10**places ("1235", 2 -> "12.35")."""
    return str(Decimal(k).scaleb(-places))


def fstr(q: Fraction) -> str:
    return str(q)


def squarefree(n: int) -> tuple[int, int]:
    """n = k*k*m with m squarefree."""
    k, m = 1, n
    d = 2
    while d * d <= m:
        while m % (d * d) == 0:
            m //= d * d
            k *= d
        d += 1
    return k, m


def sqrt_str(n: int) -> str:
    k, m = squarefree(n)
    if m == 1:
        return str(k)
    return f"sqrt({m})" if k == 1 else f"{k}*sqrt({m})"


def radical_sum(squares: list[int]) -> str:
    terms: dict[int, int] = {}
    for s in squares:
        k, m = squarefree(s)
        terms[m] = terms.get(m, 0) + k
    parts = []
    if 1 in terms:
        parts.append(str(terms.pop(1)))
    for m in sorted(terms):
        k = terms[m]
        parts.append(f"sqrt({m})" if k == 1 else f"{k}*sqrt({m})")
    return " + ".join(parts)


def pi_str(q: Fraction) -> str:
    if q == 1:
        return "pi"
    return f"{q.numerator}*pi" if q.denominator == 1 else f"{q.numerator}/{q.denominator}*pi"


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def pt(p: tuple[int, int], compact: bool = False) -> str:
    return f"({p[0]},{p[1]})" if compact else f"({p[0]}, {p[1]})"


def pts(poly: list[tuple[int, int]], sep: str = ", ", last: str = " and ",
        compact: bool = False) -> str:
    items = [pt(p, compact) for p in poly]
    return sep.join(items[:-1]) + last + items[-1]


def shoelace(poly: list[tuple[int, int]]) -> Fraction:
    s = 0
    for i, (x1, y1) in enumerate(poly):
        x2, y2 = poly[(i + 1) % len(poly)]
        s += x1 * y2 - x2 * y1
    return Fraction(abs(s), 2)


def locate(p: tuple[int, int], poly: list[tuple[int, int]]) -> str:
    x, y = p
    inside = False
    for i, (x1, y1) in enumerate(poly):
        x2, y2 = poly[(i + 1) % len(poly)]
        cross = (x2 - x1) * (y - y1) - (y2 - y1) * (x - x1)
        if cross == 0 and min(x1, x2) <= x <= max(x1, x2) and min(y1, y2) <= y <= max(y1, y2):
            return "boundary"
        if (y1 > y) != (y2 > y):
            xint = Fraction((x2 - x1) * (y - y1), y2 - y1) + x1
            if x < xint:
                inside = not inside
    return "inside" if inside else "outside"


def points_with(rng: random.Random, poly: list[tuple[int, int]], status: str) -> tuple[int, int]:
    xs = [p[0] for p in poly]
    ys = [p[1] for p in poly]
    cands = [(x, y) for x in range(min(xs) - 2, max(xs) + 3)
             for y in range(min(ys) - 2, max(ys) + 3) if locate((x, y), poly) == status]
    return rng.choice(cands)


def orient(a: tuple[int, int], b: tuple[int, int], c: tuple[int, int]) -> int:
    v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    return (v > 0) - (v < 0)


def circle_rel(d2: int, r1: int, r2: int) -> str:
    if d2 == 0 and r1 == r2:
        return "same"
    if d2 > (r1 + r2) ** 2:
        return "separate"
    if d2 == (r1 + r2) ** 2:
        return "ext_tangent"
    if d2 > (r1 - r2) ** 2:
        return "cross"
    if d2 == (r1 - r2) ** 2:
        return "int_tangent"
    return "nested"


def circle_pair(rng: random.Random, ok: Callable[[int, int, int], bool]
                ) -> tuple[tuple[int, int], int, tuple[int, int], int]:
    """Two integer circles (c1, r1, c2, r2) whose (d^2, r1, r2) satisfies ok."""
    cands = [(dx, dy, r1, r2) for dx in range(-9, 10) for dy in range(-9, 10)
             for r1 in range(1, 10) for r2 in range(1, 10) if ok(dx * dx + dy * dy, r1, r2)]
    dx, dy, r1, r2 = rng.choice(cands)
    x1, y1 = rng.randint(-5, 6), rng.randint(-5, 6)
    return (x1, y1), r1, (x1 + dx, y1 + dy), r2


def circle_eq(c: tuple[int, int], r: int) -> str:
    def part(v: str, k: int) -> str:
        if k == 0:
            return f"{v}²"
        return f"({v} − {k})²" if k > 0 else f"({v} + {-k})²"
    return f"{part('x', c[0])} + {part('y', c[1])} = {r * r}"


def d2(a: tuple[int, int], b: tuple[int, int]) -> int:
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2


def proper(rng: random.Random, lo: int, hi: int) -> tuple[int, int]:
    """A reduced proper fraction a/b with lo <= b <= hi."""
    while True:
        b = rng.randint(lo, hi)
        a = rng.randint(1, b - 1)
        if math.gcd(a, b) == 1:
            return a, b


def shuffled(rng: random.Random, items: list) -> list:
    items = list(items)
    rng.shuffle(items)
    return items


# =============================================================================================
# Arithmetic
# =============================================================================================


@template(DEV, "arithmetic", "en", "homework_order_ops")
def _ari_homework(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        a, b, c = rng.randint(120, 980), rng.randint(12, 98), rng.randint(3, 9)
        prompt = [
            f"I'm checking my kid's homework. What is {a} + {b} × {c}?",
            f"What does {a} + {b} * {c} come out to? Just the number, please.",
            f"Homework check: {a} + {b} × {c} = ? My daughter and I got different answers.",
            f"Can you compute {a} + {b}·{c} for me? Remember order of operations.",
        ][i]
        out.append((prompt, num(a + b * c)))
    return out


@template(DEV, "arithmetic", "en", "percent_of_amount")
def _ari_percent(rng: random.Random) -> list[Pair]:
    percents = shuffled(rng, ["15", "35", "12.5", "18", "7.5", "64"])[:4]
    out = []
    for i, p in enumerate(percents):
        n = rng.choice([80, 240, 360, 1200, 2400, 640, 4800, 950])
        ns = f"{n:,}"
        prompt = [
            f"What's {p}% of {ns}?",
            f"Quick one — how much is {p} percent of {ns}?",
            f"I need {p}% of {ns} for a report. Just give me the figure.",
            f"Work out {p}% of {ns}, please.",
        ][i]
        out.append((prompt, num(Fraction(p) * n / 100)))
    return out


@template(DEV, "arithmetic", "en", "fraction_divide")
def _ari_fracdiv(rng: random.Random) -> list[Pair]:
    out = []
    seen = set()
    for i in range(4):
        while True:
            (a, b), (c, d) = proper(rng, 3, 12), proper(rng, 3, 12)
            if b != d and Fraction(a, b) / Fraction(c, d) not in seen:
                seen.add(Fraction(a, b) / Fraction(c, d))
                break
        prompt = [
            f"What do you get when you divide {a}/{b} by {c}/{d}?",
            f"{a}/{b} divided by {c}/{d} — what's that as a fraction?",
            f"Help me with this one: {a}/{b} ÷ {c}/{d}. Simplest form please.",
            f"Compute ({a}/{b}) / ({c}/{d}).",
        ][i]
        out.append((prompt, num(Fraction(a, b) / Fraction(c, d))))
    return out


@template(DEV, "arithmetic", "en", "powers_in_words")
def _ari_powers(rng: random.Random) -> list[Pair]:
    out = []
    b, e = rng.randint(2, 9), rng.randint(4, 7)
    out.append((f"What's {b} to the power of {e}?", num(b**e)))
    n = rng.randint(13, 99)
    out.append((f"I can't do this in my head anymore: what's {n} squared?", num(n * n)))
    b, e = rng.randint(2, 6), rng.randint(5, 9)
    out.append((f"How much is {b} raised to the {ordinal(e)} power?", num(b**e)))
    b, e = rng.randint(11, 19), 3
    out.append((f"What's {b}^{e}? Only the result, no explanation.", num(b**e)))
    return out


@template(DEV, "arithmetic", "en", "sum_separated_amounts")
def _ari_sumlist(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        vals = [rng.randint(300, 15000) for _ in range(rng.randint(4, 5))]
        ss = [f"{v:,}" for v in vals]
        prompt = [
            "Add these up for me:\n" + "\n".join(ss) + "\nTotal only.",
            "What's the total of " + " + ".join(ss) + "?",
            "Sum: " + "; ".join(ss),
            "Can you add up " + " and ".join(ss) + " for me?",
        ][i]
        out.append((prompt, num(sum(vals))))
    return out


@template(HELD, "arithmetic", "en", "exact_decimals")
def _ari_decimals(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        x = dec(rng.choice([k for k in range(11, 999) if k % 10]), rng.choice([1, 2]))
        y = dec(rng.choice([k for k in range(11, 99) if k % 10]), 1)
        fx, fy = Fraction(x), Fraction(y)
        prompt, val = [
            (f"What's {x} + {y} exactly?", fx + fy),
            (f"Multiply {x} by {y}. I need the exact value, no rounding.", fx * fy),
            (f"{x} − {y} = ?", fx - fy),
            (f"how much is {x} times {y}", fx * fy),
        ][i]
        out.append((prompt, num(val)))
    return out


@template(HELD, "arithmetic", "en", "remainder_phrasings")
def _ari_remainder(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        a, b = rng.randint(1000, 99999), rng.randint(7, 47)
        prompt = [
            f"What's the remainder when {a:,} is divided by {b}?",
            f"what's {a} mod {b}",
            f"If I divide {a} by {b}, what remainder do I get?",
            f"Find {a} modulo {b}.",
        ][i]
        out.append((prompt, num(a % b)))
    return out


@template(HELD, "arithmetic", "en", "factorial_requests")
def _ari_factorial(rng: random.Random) -> list[Pair]:
    ns = rng.sample(range(6, 14), 4)
    out = []
    for i, n in enumerate(ns):
        prompt = [
            f"I need {n}! for a probability problem — what does it come out to?",
            f"What's the factorial of {n}?",
            f"Calculate {n} factorial, please.",
            f"{n}! = ?",
        ][i]
        out.append((prompt, num(math.factorial(n))))
    return out


@template(HELD, "arithmetic", "en", "perfect_square_roots")
def _ari_sqrt(rng: random.Random) -> list[Pair]:
    ns = rng.sample(range(14, 99), 4)
    out = []
    for i, n in enumerate(ns):
        sq = n * n
        prompt = [
            f"What's the square root of {sq:,}?",
            f"√{sq} = ?",
            f"Find the square root of {sq}. It should come out to a whole number.",
            f"sqrt of {sq}? just the number",
        ][i]
        out.append((prompt, num(n)))
    return out


@template(HELD, "arithmetic", "en", "unicode_parentheses")
def _ari_unicode(rng: random.Random) -> list[Pair]:
    out = []
    a, b, c, d = rng.randint(20, 90), rng.randint(2, 19), rng.randint(2, 9), rng.randint(2, 9)
    out.append((f"({a} − {b}) × {c} ÷ {d} = ?", num(Fraction((a - b) * c, d))))
    a, b, c, d = rng.randint(3, 15), rng.randint(10, 50), rng.randint(10, 50), rng.randint(5, 99)
    out.append((f"Evaluate {a} × ({b} + {c}) − {d}.", num(a * (b + c) - d)))
    a, b, c, d = rng.randint(10, 80), rng.randint(10, 80), rng.randint(20, 40), rng.randint(2, 19)
    out.append((f"What is ({a} + {b}) ÷ ({c} − {d})?", num(Fraction(a + b, c - d))))
    a, b, c = rng.randint(50, 500), rng.randint(3, 12), rng.randint(2, 9)
    out.append((f"Could you simplify {a} ÷ {b} × {c}?", num(Fraction(a, b) * c)))
    return out


@template(DEV, "arithmetic", "zh", "zh_add_subtract")
def _ari_zh_addsub(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        a, b, c = rng.randint(1000, 9999), rng.randint(100, 999), rng.randint(100, 2999)
        prompt = [
            f"{a}加{b}减{c}等于多少？",
            f"帮我算一下：{a} 加上 {b} 再减去 {c}，结果是多少？",
            f"{a}减{c}再加{b}是多少啊",
            f"请问 {a} + {b} − {c} 等于几？",
        ][i]
        out.append((prompt, num(a + b - c)))
    return out


@template(DEV, "arithmetic", "zh", "zh_divide_fraction")
def _ari_zh_div(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        b = rng.randint(6, 64)
        a = rng.choice([k for k in range(20, 400) if k % b])
        prompt = [
            f"{a}除以{b}等于多少？用分数表示。",
            f"帮我算下 {a} 除以 {b}，结果写成最简分数。",
            f"{a}÷{b}是多少？",
            f"计算：{a} 除以 {b} 的结果",
        ][i]
        out.append((prompt, num(Fraction(a, b))))
    return out


@template(HELD, "arithmetic", "zh", "zh_power_cifang")
def _ari_zh_pow(rng: random.Random) -> list[Pair]:
    out = []
    seen = set()
    for i in range(4):
        while True:
            b, e = rng.randint(2, 12), rng.randint(3, 8)
            if (b, e) not in seen and b**e < 10**9:
                seen.add((b, e))
                break
        prompt = [
            f"{b}的{e}次方是多少？",
            f"请问{b}的{e}次方等于几",
            f"算一下 {b} 的 {e} 次方",
            f"{b}的{e}次方等于多少？直接告诉我结果就行。",
        ][i]
        out.append((prompt, num(b**e)))
    return out


@template(HELD, "arithmetic", "zh", "zh_multiply_steps")
def _ari_zh_mul(rng: random.Random) -> list[Pair]:
    out = []
    a, b, c = rng.randint(10, 99), rng.randint(10, 99), rng.randint(3, 19)
    out.append((f"（{a}加{b}）乘以{c}等于多少？", num((a + b) * c)))
    a, b, c = rng.randint(12, 99), rng.randint(3, 30), rng.randint(10, 500)
    out.append((f"{a}乘以{b}再加上{c}是多少？", num(a * b + c)))
    a, b, c = rng.randint(100, 300), rng.randint(10, 99), rng.randint(3, 9)
    out.append((f"先算{a}减{b}，再乘以{c}，结果是多少？", num((a - b) * c)))
    a, b, c = rng.randint(10, 99), rng.randint(10, 99), rng.randint(3, 19)
    out.append((f"({a} + {b}) × {c} 等于多少", num((a + b) * c)))
    return out


negative(DEV, "arithmetic", "en", "neg_world_counts", [
    "How many moons does Jupiter have?",
    "How many bones are in the adult human body?",
    "How many legs do 3 spiders and 2 ants have altogether?",
    "How many calories are in 2 slices of pepperoni pizza?",
])
negative(DEV, "arithmetic", "en", "neg_clock_times", [
    "It's 9 o'clock now. What time will it be in 5 hours?",
    "If my flight leaves at 10:45 pm and the trip takes 7 hours, what time do I land?",
    "My shift starts at 22:00 and lasts 9 hours — when does it end?",
    "What time was it 15 hours before 3 pm?",
])
negative(HELD, "arithmetic", "en", "neg_code_and_tools", [
    "Write a Python function that returns the sum of 17 and 25.",
    "How do I calculate 15% of a cell in Excel?",
    "Can you show me JavaScript code that prints 12 * 12?",
    "What's the keyboard shortcut for typing the √ symbol on a Mac?",
])
negative(HELD, "arithmetic", "en", "neg_money_world", [
    "How much is 250 US dollars in euros right now?",
    "What's the sales tax on an $80 purchase in Texas?",
    "How much should I tip on a $64 dinner bill?",
    "If I put $5,000 into an index fund, how much will I have in 10 years?",
])
negative(DEV, "arithmetic", "zh", "zh_neg_facts", [
    "一年有多少个法定节假日？",
    "珠穆朗玛峰有多高？",
    "中国有多少个省级行政区？",
    "一副扑克牌去掉大小王还剩多少张？",
])
negative(HELD, "arithmetic", "zh", "zh_neg_money_advice", [
    "我月薪8000，每个月存多少钱比较合适？",
    "100万存银行一年利息大概有多少？",
    "孩子每个月零花钱给200块多不多？",
    "买房首付三成还是五成好？",
])


# =============================================================================================
# Comparison
# =============================================================================================


def _decimal_pair(rng: random.Random) -> tuple[str, str]:
    k = rng.randint(0, 20)
    while True:
        a = dec(k * 100 + rng.randint(1, 99), 2)
        b = dec(k * 10 + rng.randint(1, 9), 1)
        if Fraction(a) != Fraction(b) and not a.endswith("0"):
            return a, b


@template(DEV, "comparison", "en", "decimal_bigger")
def _cmp_decimals(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        a, b = _decimal_pair(rng)
        win = a if Fraction(a) > Fraction(b) else b
        prompt = [
            f"Which is bigger, {a} or {b}?",
            f"{a} vs {b} — which one is larger?",
            f"Settle an argument for us: which number is bigger, {a} or {b}?",
            f"Which number is greater: {b} or {a}?",
        ][i]
        out.append((prompt, choice(win)))
    return out


@template(DEV, "comparison", "en", "negative_smaller")
def _cmp_negatives(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        a, b = rng.sample(range(-60, 0), 2)
        if i == 3:
            b = rng.randint(1, 9)
        win = str(min(a, b))
        sa, sb = (str(a).replace("-", "−"), str(b)) if i == 1 else (str(a), str(b))
        prompt = [
            f"Between {sa} and {sb}, which one is smaller?",
            f"Which is less, {sa} or {sb}?",
            f"Which of these is the smaller number: {sa}, {sb}?",
            f"Is {sa} or {sb} the lower number?",
        ][i]
        out.append((prompt, choice(win)))
    return out


def _mixed_numbers(rng: random.Random, n: int) -> list[str]:
    while True:
        items = []
        for _ in range(n):
            kind = rng.randint(0, 3)
            if kind == 0:
                items.append(str(rng.randint(-20, 30)))
            elif kind == 1:
                items.append(dec(rng.choice([k for k in range(-200, 400) if k % 10]), 2
                                 if rng.random() < 0.5 else 1))
            elif kind == 2:
                d = rng.randint(2, 9)
                k = rng.choice([k for k in range(1, 30) if math.gcd(k, d) == 1 and k % d])
                items.append(f"{k}/{d}")
            else:
                items.append(str(-rng.randint(1, 15)))
        vals = [Fraction(x) for x in items]
        if len(set(vals)) == n:
            return items


@template(DEV, "comparison", "en", "sort_ascending")
def _cmp_sort_asc(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        items = _mixed_numbers(rng, 5)
        ans = sorted(items, key=Fraction)
        prompt = [
            "Sort these from smallest to largest: " + ", ".join(items),
            "Put " + ", ".join(items[:-1]) + f" and {items[-1]} in ascending order.",
            "Can you order these numbers low to high? " + "; ".join(items),
            "Arrange in increasing order:\n" + "\n".join(items),
        ][i]
        out.append((prompt, listing(ans, "number", True, "asc")))
    return out


@template(DEV, "comparison", "en", "greater_than_yes_no")
def _cmp_greater_yn(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        while True:
            a, b = proper(rng, 3, 13)
            x = Fraction(a, b)
            y = dec(int(x * 100) + rng.choice([-1, 0, 1]), 2)
            if Fraction(y) != x and not y.endswith("0"):
                break
        sx = f"{a}/{b}"
        first, second = (sx, y) if i % 2 == 0 else (y, sx)
        ans = Fraction(first) > Fraction(second)
        prompt = [
            f"Is {first} greater than {second}?",
            f"Is {first} > {second}?",
            f"Quick check: is {first} bigger than {second}? Yes or no.",
            f"Would you say {first} is larger than {second}?",
        ][i]
        out.append((prompt, yesno(ans)))
    return out


@template(DEV, "comparison", "en", "fraction_more_context")
def _cmp_fractions(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        while True:
            (a, b), (c, d) = proper(rng, 2, 12), proper(rng, 2, 12)
            if Fraction(a, b) != Fraction(c, d) and b != d:
                break
        f1, f2 = f"{a}/{b}", f"{c}/{d}"
        win = f1 if Fraction(a, b) > Fraction(c, d) else f2
        prompt = [
            f"My recipe calls for {f1} cup of sugar and I only have a {f2} cup scoop. "
            f"Which is more, {f1} or {f2}?",
            f"Which fraction is larger: {f1} or {f2}?",
            f"For my math worksheet: which is bigger, {f1} or {f2}?",
            f"{f1} and {f2} — which of the two is greater?",
        ][i]
        out.append((prompt, choice(win)))
    return out


@template(HELD, "comparison", "en", "sort_descending")
def _cmp_sort_desc(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        items = _mixed_numbers(rng, 5)
        ans = sorted(items, key=Fraction, reverse=True)
        prompt = [
            "Order these from largest to smallest: " + "; ".join(items),
            "Sort descending: " + ", ".join(items),
            "Rank these numbers, highest first — " + ", ".join(items),
            "Arrange " + ", ".join(items[:-1]) + f" and {items[-1]} in decreasing order.",
        ][i]
        out.append((prompt, listing(ans, "number", True, "desc")))
    return out


@template(HELD, "comparison", "en", "percent_versus_fraction")
def _cmp_percent(rng: random.Random) -> list[Pair]:
    out = []
    pct_wins = shuffled(rng, [True, True, False, False])
    for i in range(4):
        while True:
            a, b = proper(rng, 3, 12)
            p = round(100 * Fraction(a, b)) + rng.randint(-6, 6)
            if 0 < p < 100 and (Fraction(p, 100) > Fraction(a, b)) == pct_wins[i] \
                    and Fraction(p, 100) != Fraction(a, b):
                break
        sp, sf = f"{p}%", f"{a}/{b}"
        win = sp if Fraction(p, 100) > Fraction(a, b) else sf
        prompt = [
            f"Which is larger: {sp} or {sf}?",
            f"Which is greater, {sf} or {sp}?",
            f"{sp} or {sf} — which is more?",
            f"Between {sf} and {sp}, which is the bigger value?",
        ][i]
        out.append((prompt, choice(win)))
    return out


@template(HELD, "comparison", "en", "less_than_true_false")
def _cmp_less_tf(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        while True:
            x = dec(-rng.randint(11, 999), rng.choice([1, 2]))
            y = dec(-rng.randint(11, 999), rng.choice([1, 2]))
            if Fraction(x) != Fraction(y) and not x.endswith("0") and not y.endswith("0"):
                break
        ans = Fraction(x) < Fraction(y)
        prompt = [
            f"True or false: {x} is less than {y}.",
            f"Is it true that {x} < {y}?",
            f"Is {x} smaller than {y}?",
            f"Check this for me: {x} < {y}. Correct?",
        ][i]
        out.append((prompt, yesno(ans)))
    return out


@template(HELD, "comparison", "en", "extreme_of_list")
def _cmp_extreme(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        items = _mixed_numbers(rng, 5)
        big = max(items, key=Fraction)
        small = min(items, key=Fraction)
        prompt, ans = [
            ("What's the largest number in this list: " + ", ".join(items) + "?", big),
            ("Which of these is the smallest? " + " | ".join(items), small),
            ("Out of " + ", ".join(items[:-1]) + f" and {items[-1]}, which is the largest?",
             big),
            ("Find the min of [" + ", ".join(items) + "]", small),
        ][i]
        out.append((prompt, choice(ans)))
    return out


@template(HELD, "comparison", "en", "big_numbers_smaller")
def _cmp_bignums(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        a = rng.randint(1_000_000, 9_999_999)
        s = list(str(a))
        j, k = rng.sample(range(1, 7), 2)
        s[j], s[k] = s[k], s[j]
        b = int("".join(s))
        if a == b:
            b += 9
        sa, sb = f"{a:,}", f"{b:,}"
        win = sa if a < b else sb
        prompt = [
            f"Which number is smaller, {sa} or {sb}?",
            f"Which is less: {sa} or {sb}?",
            f"Two bids came in at ${sa} and ${sb}. Which number is lower?",
            f"Which is smaller — {sa} or {sb}?",
        ][i]
        out.append((prompt, choice(win)))
    return out


@template(DEV, "comparison", "zh", "zh_which_bigger")
def _cmp_zh_bigger(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        a, b = _decimal_pair(rng)
        win = a if Fraction(a) > Fraction(b) else b
        prompt = [
            f"{a}和{b}哪个大？",
            f"{a}跟{b}比，哪个更大？",
            f"请问{a}与{b}哪个数大一些",
            f"{a}和{b}，谁大？",
        ][i]
        out.append((prompt, choice(win)))
    return out


@template(DEV, "comparison", "zh", "zh_bigger_yes_no")
def _cmp_zh_yn(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        x, y = rng.sample(range(-30, 30), 2)
        if i == 2:
            x, y = -abs(x) - 1, -abs(y) - 1
            if x == y:
                y -= 1
        prompt = [
            f"{x}比{y}大吗？",
            f"{x}是不是比{y}大？",
            f"请问{x}大于{y}吗？",
            f"{x}比{y}大，对吗？",
        ][i]
        out.append((prompt, yesno(x > y)))
    return out


@template(HELD, "comparison", "zh", "zh_sort_small_to_large")
def _cmp_zh_sort(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        items = _mixed_numbers(rng, 5)
        ans = sorted(items, key=Fraction)
        prompt = [
            "把下面的数从小到大排列：" + "，".join(items),
            "请将" + "、".join(items) + "按从小到大的顺序排列。",
            "从小到大排一下：" + " ".join(items),
            "帮我把这些数按升序排好：" + "，".join(items),
        ][i]
        out.append((prompt, listing(ans, "number", True, "asc")))
    return out


@template(HELD, "comparison", "zh", "zh_which_smaller_fraction")
def _cmp_zh_smaller(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        while True:
            (a, b), (c, d) = proper(rng, 3, 12), proper(rng, 3, 12)
            if Fraction(a, b) != Fraction(c, d) and b != d:
                break
        f1, f2 = f"{a}/{b}", f"{c}/{d}"
        win = f1 if Fraction(a, b) < Fraction(c, d) else f2
        prompt = [
            f"{f1}和{f2}哪个小？",
            f"{f1}与{f2}相比，哪个更小？",
            f"分数{f1}和{f2}，哪个比较小？",
            f"{f1}、{f2}哪个数更小",
        ][i]
        out.append((prompt, choice(win)))
    return out


negative(DEV, "comparison", "en", "neg_software_versions", [
    "Is Python 3.11 newer than Python 3.9?",
    "Which is the newer release, Node 18.20 or Node 18.9?",
    "Is iOS 17.4 a later version than iOS 17.10?",
    "My app shows version 2.10.1 and the website says 2.9.8 — which one is more recent?",
])
negative(DEV, "comparison", "en", "neg_mixed_units", [
    "Which is hotter, 30°C or 80°F?",
    "Which is longer, 5 feet or 1.6 meters?",
    "Which is heavier, 2 pounds or 1 kilogram?",
    "Which holds more, 4 cups or 1 liter?",
])
negative(HELD, "comparison", "en", "neg_calendar_dates", [
    "Which comes first, 11/12 or 12/11?",
    "Is 03/04/2024 before 04/03/2024?",
    "Was 9/11 before or after 7/7?",
    "Which is earlier in the year, 5/6 or 6/5?",
])
negative(HELD, "comparison", "en", "neg_world_comparisons", [
    "Which city has more people, Tokyo or Delhi?",
    "Which is taller, the Eiffel Tower or the Statue of Liberty?",
    "Is Mount Everest higher than K2?",
    "Which planet is bigger, Neptune or Uranus?",
])
negative(DEV, "comparison", "zh", "zh_neg_versions", [
    "微信8.0.49和8.0.5哪个版本更新？",
    "iPhone 15和iPhone 14哪个更好用？",
    "鸿蒙4.2比鸿蒙4.0新吗？",
    "Windows 11和Windows 10哪个更流畅？",
])
negative(HELD, "comparison", "zh", "zh_neg_world", [
    "长江和黄河哪个更长？",
    "北京和上海哪个城市人口多？",
    "泰山和华山哪个高？",
    "一斤铁和一斤棉花哪个重？",
])


# =============================================================================================
# Counting / strings
# =============================================================================================

LETTER_WORDS = [("mississippi", "s"), ("banana", "a"), ("bookkeeper", "e"), ("committee", "t"),
                ("strawberry", "r"), ("assessment", "s"), ("parallel", "l"),
                ("possession", "s"), ("referee", "e"), ("cinnamon", "n"), ("balloon", "o"),
                ("coffee", "f")]
NO_Y_WORDS = ["education", "aquarium", "onomatopoeia", "beautiful", "adventure", "television",
              "independence", "mathematics", "strength", "blanket", "chocolate", "alphabet",
              "backpack", "window", "spectrum", "elephant", "umbrella", "keyboard",
              "giraffe", "kangaroo", "pineapple", "sandwich", "question", "triangle"]


@template(DEV, "counting", "en", "letter_occurrences")
def _cnt_letters(rng: random.Random) -> list[Pair]:
    out = []
    for i, (w, c) in enumerate(rng.sample(LETTER_WORDS, 4)):
        prompt = [
            f'How many times does the letter "{c}" appear in "{w}"?',
            f"How many {c}'s are in {w}?",
            f"Count the letter {c} in the word {w}.",
            f"in the word '{w}', how many '{c}' are there? just the count",
        ][i]
        out.append((prompt, num(w.count(c))))
    return out


@template(DEV, "counting", "en", "vowel_count")
def _cnt_vowels(rng: random.Random) -> list[Pair]:
    out = []
    for i, w in enumerate(rng.sample(NO_Y_WORDS[:8] + NO_Y_WORDS[15:], 4)):
        prompt = [
            f"How many vowels are in the word {w}?",
            f'Count the vowels in "{w}".',
            f"My son has to count the vowels in {w} for spelling class. How many are there?",
            f"Number of vowels in '{w}'?",
        ][i]
        out.append((prompt, num(sum(ch in "aeiou" for ch in w))))
    return out


SENTENCES = [
    "the quick brown fox jumps over the lazy dog",
    "she sells sea shells by the sea shore",
    "we are going to the beach on saturday morning",
    "my brother left his keys on the kitchen table again",
    "please bring two pens and a notebook to class",
    "the train to the city was late this morning",
    "reading before bed helps me fall asleep faster",
    "our team won the final match in the last minute",
]


@template(DEV, "counting", "en", "sentence_word_count")
def _cnt_words(rng: random.Random) -> list[Pair]:
    out = []
    for i, s in enumerate(rng.sample(SENTENCES, 4)):
        prompt = [
            f'How many words are in this sentence: "{s}"',
            f"Count the words: {s.capitalize()}.",
            f'"{s.capitalize()}" — how many words is that?',
            f"word count for the following, please: {s}",
        ][i]
        out.append((prompt, num(len(s.split()))))
    return out


@template(DEV, "counting", "en", "spell_backwards")
def _cnt_reverse(rng: random.Random) -> list[Pair]:
    words = ["strawberry", "elephant", "keyboard", "pineapple", "sandwich", "lemonade",
             "umbrella", "notebook"]
    out = []
    for i, w in enumerate(rng.sample(words, 4)):
        prompt = [
            f"Spell '{w}' backwards.",
            f"What is {w} reversed?",
            f'Reverse the word "{w}" for me.',
            f"What do you get if you write {w} backwards?",
        ][i]
        out.append((prompt, text(w[::-1])))
    return out


@template(DEV, "counting", "en", "nth_letter")
def _cnt_nth(rng: random.Random) -> list[Pair]:
    words = ["butterfly", "chocolate", "adventure", "triangle", "question", "kangaroo",
             "blueberry", "dinosaur"]
    out = []
    for i, w in enumerate(rng.sample(words, 4)):
        n = rng.randint(2, len(w) - 1)
        prompt = [
            f"What's the {ordinal(n)} letter of '{w}'?",
            f'What is the {ordinal(n)} letter in the word "{w}"?',
            f"In {w}, which letter is in position {n}?",
            f"Tell me the {ordinal(n)} letter of {w}.",
        ][i]
        out.append((prompt, text(w[n - 1])))
    return out


@template(HELD, "counting", "en", "anagram_check")
def _cnt_anagram(rng: random.Random) -> list[Pair]:
    yes = [("listen", "silent"), ("earth", "heart"), ("night", "thing"), ("below", "elbow"),
           ("dusty", "study"), ("cinema", "iceman"), ("secure", "rescue")]
    no = [("angle", "glade"), ("brake", "bread"), ("laser", "later"), ("paper", "pepper"),
          ("lemon", "melody")]
    pairs = rng.sample(yes, 2) + rng.sample(no, 2)
    pairs = shuffled(rng, pairs)
    out = []
    for i, (a, b) in enumerate(pairs):
        prompt = [
            f"Are '{a}' and '{b}' anagrams?",
            f'Is "{a}" an anagram of "{b}"?',
            f"Can the letters of {a} be rearranged to spell {b}?",
            f"{a} / {b} — anagrams of each other or not?",
        ][i]
        out.append((prompt, yesno(sorted(a) == sorted(b))))
    return out


@template(HELD, "counting", "en", "distinct_letter_count")
def _cnt_distinct(rng: random.Random) -> list[Pair]:
    words = ["banana", "mississippi", "bookkeeper", "committee", "balloon", "assessment",
             "coffee", "referee", "cinnamon"]
    out = []
    for i, w in enumerate(rng.sample(words, 4)):
        prompt = [
            f"How many different letters are in '{w}'?",
            f"How many distinct letters does the word {w} use?",
            f'Count the unique letters in "{w}".',
            f"{w}: how many different letters appear in it?",
        ][i]
        out.append((prompt, num(len(set(w)))))
    return out


@template(HELD, "counting", "en", "longer_word_choice")
def _cnt_longer(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        while True:
            a, b = rng.sample(NO_Y_WORDS, 2)
            if len(a) != len(b):
                break
        win = a if len(a) > len(b) else b
        prompt = [
            f"Which word has more letters: '{a}' or '{b}'?",
            f"Which has more letters, the word {a} or the word {b}?",
            f'Between "{a}" and "{b}", which word has more letters?',
            f"{a} or {b} — which one has more letters?",
        ][i]
        out.append((prompt, word_choice(win)))
    return out


@template(HELD, "counting", "en", "alphabetize_words")
def _cnt_alpha(rng: random.Random) -> list[Pair]:
    pool = ["pear", "apple", "mango", "kiwi", "banana", "cherry", "grape", "lemon", "orange",
            "peach", "plum", "melon", "fig", "date", "lime", "apricot"]
    out = []
    for i in range(4):
        ws = rng.sample(pool, 4 if i != 1 else 5)
        ans = sorted(ws)
        prompt = [
            "Put these words in alphabetical order: " + ", ".join(ws),
            "Alphabetize: " + "; ".join(ws),
            "Can you sort " + ", ".join(ws[:-1]) + f" and {ws[-1]} alphabetically?",
            "Sort A to Z:\n" + "\n".join(ws),
        ][i]
        out.append((prompt, listing(ans, "text", True)))
    return out


@template(HELD, "counting", "en", "consonant_count")
def _cnt_consonants(rng: random.Random) -> list[Pair]:
    out = []
    for i, w in enumerate(rng.sample(NO_Y_WORDS[8:16], 4)):
        prompt = [
            f"How many consonants are in '{w}'?",
            f"Count the consonants in the word {w}.",
            f'"{w}" has how many consonants?',
            f"Number of consonant letters in {w}? Just the number.",
        ][i]
        out.append((prompt, num(sum(ch not in "aeiou" for ch in w))))
    return out


@template(DEV, "counting", "zh", "zh_letter_occurrences")
def _cnt_zh_letters(rng: random.Random) -> list[Pair]:
    out = []
    for i, (w, c) in enumerate(rng.sample(LETTER_WORDS, 4)):
        prompt = [
            f"{w}里面有多少个字母{c}？",
            f"单词{w}中字母{c}出现了几次？",
            f"“{w}”这个词里有几个{c}？",
            f"数一数 {w} 里有几个字母 {c}",
        ][i]
        out.append((prompt, num(w.count(c))))
    return out


@template(DEV, "counting", "zh", "zh_reverse_word")
def _cnt_zh_reverse(rng: random.Random) -> list[Pair]:
    words = ["hello", "python", "flower", "summer", "garden", "rocket", "planet", "silver"]
    out = []
    for i, w in enumerate(rng.sample(words, 4)):
        prompt = [
            f"把单词{w}倒过来写是什么？",
            f"{w}反过来拼是什么？",
            f"请把“{w}”的字母顺序颠倒过来。",
            f"{w} 倒序写出来是什么",
        ][i]
        out.append((prompt, text(w[::-1])))
    return out


@template(HELD, "counting", "zh", "zh_letter_total")
def _cnt_zh_total(rng: random.Random) -> list[Pair]:
    words = ["computer", "encyclopedia", "university", "basketball", "restaurant",
             "photograph", "vocabulary", "internet"]
    out = []
    for i, w in enumerate(rng.sample(words, 4)):
        prompt = [
            f"单词{w}有几个字母？",
            f"“{w}”一共有多少个字母？",
            f"{w}这个英文单词由几个字母组成？",
            f"请问 {w} 有多少个字母",
        ][i]
        out.append((prompt, num(len(w))))
    return out


@template(HELD, "counting", "zh", "zh_vowel_count")
def _cnt_zh_vowels(rng: random.Random) -> list[Pair]:
    out = []
    for i, w in enumerate(rng.sample(NO_Y_WORDS, 4)):
        prompt = [
            f"“{w}”这个单词里有几个元音字母？",
            f"{w}中有多少个元音字母？",
            f"数一下{w}里的元音字母有几个",
            f"单词 {w} 含有几个元音字母？",
        ][i]
        out.append((prompt, num(sum(ch in "aeiou" for ch in w))))
    return out


negative(DEV, "counting", "en", "neg_language_trivia", [
    "How many letters are in the Greek alphabet?",
    "How many characters can you fit in a single tweet?",
    "How many syllables are in a haiku?",
    "How many words does the average novel have?",
])
negative(DEV, "counting", "en", "neg_word_meanings", [
    "What does the word 'ephemeral' mean?",
    "What's a good synonym for 'happy'?",
    "What rhymes with 'orange'?",
    "How do you say 'butterfly' in French?",
])
negative(HELD, "counting", "en", "neg_usage_rules", [
    "What's the plural of 'cactus'?",
    "How do you pronounce 'quinoa'?",
    "Should I use 'affect' or 'effect' in 'the weather will ___ our plans'?",
    "Is 'irregardless' a real word?",
])
negative(HELD, "counting", "en", "neg_string_code", [
    "How do I reverse a string in JavaScript?",
    "Write a regex that matches words with exactly three vowels.",
    "Explain how a palindrome checker works in Python.",
    "What's the difference between len() and count() in Python?",
])
negative(DEV, "counting", "zh", "zh_neg_word_meaning", [
    "“serendipity”是什么意思？",
    "apple这个单词怎么读？",
    "“butterfly”翻译成中文是什么？",
    "有哪些和happy意思相近的英文单词？",
])
negative(HELD, "counting", "zh", "zh_neg_text_trivia", [
    "汉语拼音有多少个声母？",
    "一首七言绝句一共多少个字？",
    "英语里最长的单词是哪个？",
    "《红楼梦》一共有多少回？",
])


# =============================================================================================
# Number theory
# =============================================================================================


def _prime_mix(rng: random.Random, lo: int, hi: int) -> list[int]:
    primes = [n for n in range(lo, hi) if is_prime(n)]
    hard = [n for n in range(lo, hi) if not is_prime(n) and n % 2 and n % 3 and n % 5]
    return shuffled(rng, rng.sample(primes, 2) + rng.sample(hard, 2))


def _smooth(rng: random.Random, lo: int, hi: int, seen: set[int]) -> int:
    while True:
        n = 1
        for p in (2, 3, 5, 7, 11, 13):
            n *= p ** rng.choice([0, 0, 1, 1, 2, 3] if p < 7 else [0, 0, 1])
        if lo <= n <= hi and len(factorize(n)) >= 2 and n not in seen:
            seen.add(n)
            return n


@template(DEV, "number_theory", "en", "prime_yes_no")
def _nt_prime(rng: random.Random) -> list[Pair]:
    out = []
    for i, n in enumerate(_prime_mix(rng, 100, 2000)):
        prompt = [
            f"Is {n} prime?",
            f"Is {n} a prime number? Yes or no.",
            f"quick question: is {n:,} prime",
            f"My friend says {n} is prime. Is that right?",
        ][i]
        out.append((prompt, yesno(is_prime(n))))
    return out


@template(DEV, "number_theory", "en", "prime_factorization")
def _nt_factor(rng: random.Random) -> list[Pair]:
    out: list[Pair] = []
    seen: set[int] = set()
    for i in range(4):
        n = _smooth(rng, 60, 20000, seen)
        prompt = [
            f"Can you factor {n} into primes?",
            f"What's the prime factorization of {n:,}?",
            f"Write {n} as a product of prime numbers.",
            f"Prime factors of {n}, with exponents please.",
        ][i]
        out.append((prompt, factorization(n)))
    return out


@template(DEV, "number_theory", "en", "gcd_phrasings")
def _nt_gcd(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        g = rng.randint(2, 30)
        a, b = g * rng.randint(2, 20), g * rng.randint(2, 20)
        if a == b:
            b += g
        prompt = [
            f"What's the greatest common divisor of {a} and {b}?",
            f"gcd({a}, {b}) = ?",
            f"Find the highest common factor of {a} and {b}.",
            f"What is the largest number that divides both {a} and {b}?",
        ][i]
        out.append((prompt, num(math.gcd(a, b))))
    return out


@template(DEV, "number_theory", "en", "primes_below_n")
def _nt_primes_below(rng: random.Random) -> list[Pair]:
    ns = rng.sample([n for n in range(20, 70) if not is_prime(n)], 4)
    out = []
    for i, n in enumerate(ns):
        prompt = [
            f"List all the primes below {n}.",
            f"Which prime numbers are less than {n}?",
            f"Give me every prime smaller than {n}, comma separated.",
            f"What are the primes under {n}?",
        ][i]
        ans = [str(p) for p in range(2, n) if is_prime(p)]
        out.append((prompt, listing(ans, "number", False)))
    return out


@template(DEV, "number_theory", "en", "digit_sum")
def _nt_digitsum(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        n = rng.randint(1000, 9_999_999)
        prompt = [
            f"What's the sum of the digits of {n:,}?",
            f"Add up the digits of {n}.",
            f"digit sum of {n}?",
            f"If you add together all the digits in {n}, what do you get?",
        ][i]
        out.append((prompt, num(sum(int(c) for c in str(n)))))
    return out


@template(HELD, "number_theory", "en", "lcm_phrasings")
def _nt_lcm(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        a, b, c = rng.sample(range(4, 40), 3)
        prompt, val = [
            (f"What's the least common multiple of {a}, {b} and {c}?", math.lcm(a, b, c)),
            (f"lcm of {a} and {b}?", math.lcm(a, b)),
            (f"Find the LCM of {a} and {b}.", math.lcm(a, b)),
            (f"What is the smallest positive number divisible by both {a} and {b}?",
             math.lcm(a, b)),
        ][i]
        out.append((prompt, num(val)))
    return out


@template(HELD, "number_theory", "en", "largest_prime_factor")
def _nt_lpf(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        small = [p for p in range(2, 200) if is_prime(p)]
        while True:
            n = math.prod(rng.sample(small, rng.randint(2, 3)))
            if 2000 <= n <= 99999:
                break
        prompt = [
            f"What is the largest prime factor of {n}?",
            f"What's the biggest prime that divides {n:,}?",
            f"Find the greatest prime factor of {n}.",
            f"Of all the prime factors of {n}, which is the largest?",
        ][i]
        out.append((prompt, num(factorize(n)[-1][0])))
    return out


@template(HELD, "number_theory", "en", "happy_numbers_range")
def _nt_happy(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        a = rng.randint(1, 60)
        b = a + rng.randint(15, 40)
        prompt = [
            f"Which numbers from {a} to {b} (inclusive) are happy numbers?",
            f"List the happy numbers between {a} and {b}, inclusive.",
            f"Find all happy numbers in the range {a}–{b}, endpoints included.",
            f"What are the happy numbers from {a} through {b}?",
        ][i]
        ans = [str(k) for k in range(a, b + 1) if is_happy(k)]
        assert ans, (a, b)
        out.append((prompt, listing(ans, "number", False)))
    return out


@template(HELD, "number_theory", "en", "prime_check_casual")
def _nt_prime_casual(rng: random.Random) -> list[Pair]:
    out = []
    for i, n in enumerate(_prime_mix(rng, 1000, 20000)):
        prompt = [
            f"Sanity check before I submit: is {n} prime?",
            f"Can you tell me whether {n:,} is a prime number?",
            f"{n} — prime or not?",
            f"I'm writing a quiz question. Is {n} a prime?",
        ][i]
        out.append((prompt, yesno(is_prime(n))))
    return out


@template(HELD, "number_theory", "en", "factor_breakdown")
def _nt_breakdown(rng: random.Random) -> list[Pair]:
    out: list[Pair] = []
    seen: set[int] = set()
    for i in range(4):
        n = _smooth(rng, 200, 99999, seen)
        prompt = [
            f"Break {n:,} down into its prime factors.",
            f"Express {n} as a product of prime powers.",
            f"Factorize {n} completely.",
            f"What primes multiply together to give {n}? Show the full factorization.",
        ][i]
        out.append((prompt, factorization(n)))
    return out


@template(DEV, "number_theory", "zh", "zh_is_prime")
def _nt_zh_prime(rng: random.Random) -> list[Pair]:
    out = []
    for i, n in enumerate(_prime_mix(rng, 50, 1000)):
        prompt = [
            f"{n}是质数吗？",
            f"请问{n}是不是素数？",
            f"{n}是素数吗",
            f"判断一下{n}是不是质数",
        ][i]
        out.append((prompt, yesno(is_prime(n))))
    return out


@template(DEV, "number_theory", "zh", "zh_gcd")
def _nt_zh_gcd(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        g = rng.randint(2, 24)
        a, b = g * rng.randint(2, 15), g * rng.randint(2, 15)
        if a == b:
            b += g
        prompt = [
            f"{a}和{b}的最大公约数是多少？",
            f"求{a}与{b}的最大公因数。",
            f"{a}、{b}的最大公约数是几",
            f"帮我算一下{a}和{b}的最大公约数",
        ][i]
        out.append((prompt, num(math.gcd(a, b))))
    return out


@template(HELD, "number_theory", "zh", "zh_lcm")
def _nt_zh_lcm(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        a, b, c = rng.sample(range(3, 30), 3)
        prompt, val = [
            (f"{a}和{b}的最小公倍数是几？", math.lcm(a, b)),
            (f"求{a}与{b}的最小公倍数", math.lcm(a, b)),
            (f"{a}、{b}、{c}的最小公倍数是多少？", math.lcm(a, b, c)),
            (f"请算出{a}和{b}的最小公倍数。", math.lcm(a, b)),
        ][i]
        out.append((prompt, num(val)))
    return out


@template(HELD, "number_theory", "zh", "zh_factorize")
def _nt_zh_factor(rng: random.Random) -> list[Pair]:
    out: list[Pair] = []
    seen: set[int] = set()
    for i in range(4):
        n = _smooth(rng, 30, 5000, seen)
        prompt = [
            f"把{n}分解质因数",
            f"{n}分解质因数的结果是什么？",
            f"请将{n}写成质因数相乘的形式",
            f"{n}的质因数分解是？",
        ][i]
        out.append((prompt, factorization(n)))
    return out


negative(DEV, "number_theory", "en", "neg_number_symbolism", [
    "Is 7 really a lucky number?",
    "What does the number 666 symbolize?",
    "Why do people think 13 is unlucky?",
    "What's the significance of 42 in The Hitchhiker's Guide to the Galaxy?",
])
negative(DEV, "number_theory", "en", "neg_prime_concepts", [
    "Explain why there are infinitely many primes.",
    "What is the Riemann hypothesis about?",
    "Who proved Fermat's Last Theorem?",
    "How does RSA encryption use prime numbers?",
])
negative(HELD, "number_theory", "en", "neg_identifier_numbers", [
    "Is order number 48213 ready to ship yet?",
    "Which city uses the zip code 90210?",
    "My PIN is 4471 — is that secure enough?",
    "Is flight UA 857 on time today?",
])
negative(HELD, "number_theory", "en", "neg_algorithm_requests", [
    "Write a Python function that checks whether a number is prime.",
    "What's the fastest known algorithm for factoring large integers?",
    "How do I compute the gcd of two columns in Excel?",
    "Can you give me pseudocode for the sieve of Eratosthenes?",
])
negative(DEV, "number_theory", "zh", "zh_neg_lucky_numbers", [
    "8为什么是吉利数字？",
    "为什么很多楼没有4层？",
    "手机号尾号6688好不好？",
    "结婚选日子，9号是不是好日子？",
])
negative(HELD, "number_theory", "zh", "zh_neg_conjectures", [
    "哥德巴赫猜想是什么？",
    "什么是梅森素数？",
    "为什么1不是质数？",
    "孪生素数猜想现在被证明了吗？",
])


# =============================================================================================
# Geometry
# =============================================================================================


def _polygon(rng: random.Random, kind: int) -> list[tuple[int, int]]:
    ox, oy = rng.randint(-4, 4), rng.randint(-4, 4)
    if kind == 0:  # house-shaped pentagon
        a, b = rng.randint(4, 9), rng.randint(3, 7)
        c, h = rng.randint(1, a - 1), rng.randint(2, 5)
        shape = [(0, 0), (a, 0), (a, b), (c, b + h), (0, b)]
    elif kind == 1:  # trapezoid
        a, b = rng.randint(6, 11), rng.randint(3, 7)
        c, e = rng.randint(1, 2), rng.randint(1, 2)
        shape = [(0, 0), (a, 0), (a - c, b), (e, b)]
    elif kind == 2:  # kite-like convex quadrilateral
        a, b, c, d = (rng.randint(2, 7) for _ in range(4))
        shape = [(a, 0), (0, b), (-c, 0), (0, -d)]
    else:  # L-shaped hexagon
        a, b = rng.randint(5, 9), rng.randint(2, 4)
        c, d = rng.randint(2, a - 2), rng.randint(b + 2, b + 6)
        shape = [(0, 0), (a, 0), (a, b), (c, b), (c, d), (0, d)]
    return [(x + ox, y + oy) for x, y in shape]


@template(DEV, "geometry", "en", "circle_area")
def _geo_circle_area(rng: random.Random) -> list[Pair]:
    out = []
    rs = rng.sample(range(2, 16), 4)
    for i, r in enumerate(rs):
        if i == 1:
            d = 2 * r + 1
            out.append((f"A circle has a diameter of {d} cm. What's its area?",
                        real(pi_str(Fraction(d * d, 4)))))
            continue
        prompt = [
            f"What's the area of a circle with radius {r}?",
            "",
            f"Find the area of a circle whose radius is {r} meters. Leave it in terms of pi.",
            f"circle, r = {r}. area?",
        ][i]
        out.append((prompt, real(pi_str(Fraction(r * r)))))
    return out


@template(DEV, "geometry", "en", "point_distance")
def _geo_distance(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        while True:
            a = (rng.randint(-6, 8), rng.randint(-6, 8))
            b = (rng.randint(-6, 8), rng.randint(-6, 8))
            if a != b:
                break
        prompt = [
            f"How far apart are the points {pt(a)} and {pt(b)}?",
            f"What's the distance between A{pt(a, True)} and B{pt(b, True)}?",
            f"Find the distance from {pt(a)} to {pt(b)}.",
            f"Distance between points P = {pt(a)} and Q = {pt(b)}?",
        ][i]
        out.append((prompt, real(sqrt_str(d2(a, b)))))
    return out


@template(DEV, "geometry", "en", "point_inside_yes_no")
def _geo_inside_yn(rng: random.Random) -> list[Pair]:
    out = []
    wants = shuffled(rng, ["inside", "inside", "outside", "outside"])
    for i, want in enumerate(wants):
        if i == 0:
            s = rng.randint(4, 9)
            poly = [(0, 0), (s, 0), (s, s), (0, s)]
            p = points_with(rng, poly, want)
            prompt = (f"Is the point {pt(p)} inside the square with vertices "
                      f"{pts(poly)}?")
        elif i == 1:
            a, b = rng.randint(4, 10), rng.randint(4, 10)
            poly = [(0, 0), (a, 0), (0, b)]
            p = points_with(rng, poly, want)
            prompt = (f"Does {pt(p, True)} lie inside the triangle with corners "
                      f"{pts(poly, compact=True)}?")
        elif i == 2:
            poly = _polygon(rng, 0)
            p = points_with(rng, poly, want)
            prompt = f"Is P{pt(p)} inside the polygon {pts(poly, last=', ')}?"
        else:
            x0, y0 = rng.randint(-5, 0), rng.randint(-5, 0)
            x1, y1 = x0 + rng.randint(3, 8), y0 + rng.randint(3, 8)
            poly = [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
            p = points_with(rng, poly, want)
            prompt = (f"A rectangle has corners {pts(poly)}. Is the point {pt(p)} "
                      "inside it?")
        assert locate(p, poly) == want
        out.append((prompt, relation(want, "inside")))
    return out


@template(DEV, "geometry", "en", "polygon_area_vertices")
def _geo_poly_area(rng: random.Random) -> list[Pair]:
    out = []
    kinds = shuffled(rng, [0, 1, 2, 3])
    for i, kind in enumerate(kinds):
        poly = _polygon(rng, kind)
        prompt = [
            f"Find the area of the polygon with vertices {pts(poly)}.",
            f"What's the area of the shape whose corners are {pts(poly, last=', ')}, in order?",
            f"Shoelace it for me: area of the polygon {pts(poly, sep=' ', last=' ')}.",
            f"A plot of land has corners at {pts(poly)} (in meters). What's its area?",
        ][i]
        out.append((prompt, num(shoelace(poly))))
    return out


@template(DEV, "geometry", "en", "circles_intersect_yes_no")
def _geo_intersect_yn(rng: random.Random) -> list[Pair]:
    out = []
    wants = shuffled(rng, ["cross", "cross", "separate", "separate"])
    for i, want in enumerate(wants):
        if i == 2:
            c1, r1, c2, r2 = circle_pair(rng, lambda d, a, b, w=want: circle_rel(d, a, b) == w)
            c2 = (c2[0] - c1[0], c2[1] - c1[1])
            c1 = (0, 0)
        else:
            c1, r1, c2, r2 = circle_pair(rng, lambda d, a, b, w=want: circle_rel(d, a, b) == w)
        prompt = [
            f"Do the circles centered at {pt(c1)} with radius {r1} and at {pt(c2)} with "
            f"radius {r2} intersect?",
            f"Circle A: center {pt(c1, True)}, r = {r1}. Circle B: center {pt(c2, True)}, "
            f"r = {r2}. Do they intersect?",
            f"Do the circles {circle_eq(c1, r1)} and {circle_eq(c2, r2)} intersect?",
            f"Two circles: one centered at {pt(c1)} with radius {r1}, the other centered at "
            f"{pt(c2)} with radius {r2}. Do their outlines cross?",
        ][i]
        assert circle_rel(d2(c1, c2), r1, r2) == want
        out.append((prompt, yesno(want == "cross")))
    return out


@template(HELD, "geometry", "en", "triangle_area")
def _geo_triangle(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        if i == 2:
            b, h = rng.randint(3, 15), rng.randint(3, 15)
            out.append((f"Find the area of a triangle with base {b} and height {h}.",
                        real(fstr(Fraction(b * h, 2)))))
            continue
        while True:
            tri = [(rng.randint(-5, 9), rng.randint(-5, 9)) for _ in range(3)]
            if shoelace(tri) > 0:
                break
        a, b, c = tri
        prompt = [
            f"What's the area of the triangle with vertices A{pt(a)}, B{pt(b)} and C{pt(c)}?",
            f"Triangle corners: {pt(a)}, {pt(b)}, {pt(c)}. Area?",
            "",
            f"I'm doing coordinate geometry homework. What is the area of triangle PQR with "
            f"P{pt(a)}, Q{pt(b)}, R{pt(c)}?",
        ][i]
        out.append((prompt, real(fstr(shoelace(tri)))))
    return out


@template(HELD, "geometry", "en", "circles_tangent_yes_no")
def _geo_tangent_yn(rng: random.Random) -> list[Pair]:
    out = []
    wants = shuffled(rng, ["ext_tangent", "int_tangent", "cross", "separate"])
    for i, want in enumerate(wants):
        c1, r1, c2, r2 = circle_pair(
            rng, lambda d, a, b, w=want: circle_rel(d, a, b) == w and d > 0)
        prompt = [
            f"Are the circles centered at {pt(c1)} with radius {r1} and at {pt(c2)} with "
            f"radius {r2} tangent to each other?",
            f"Do the circle with center {pt(c1)}, radius {r1} and the circle with center "
            f"{pt(c2)}, radius {r2} touch at exactly one point?",
            f"Is circle {circle_eq(c1, r1)} tangent to circle {circle_eq(c2, r2)}?",
            f"One circle: center {pt(c1, True)}, r={r1}. Another: center {pt(c2, True)}, "
            f"r={r2}. Are they tangent?",
        ][i]
        out.append((prompt, yesno(want.endswith("tangent"))))
    return out


@template(HELD, "geometry", "en", "segment_crossings")
def _geo_segments(rng: random.Random) -> list[Pair]:
    out = []
    wants = shuffled(rng, [1, 1, 0, 0])
    for i, want in enumerate(wants):
        while True:
            a, b, c, d = [(rng.randint(-6, 8), rng.randint(-6, 8)) for _ in range(4)]
            os = [orient(a, b, c), orient(a, b, d), orient(c, d, a), orient(c, d, b)]
            if 0 in os:
                continue
            got = int(os[0] != os[1] and os[2] != os[3])
            if got == want:
                break
        prompt = [
            f"How many points do the segment from {pt(a)} to {pt(b)} and the segment from "
            f"{pt(c)} to {pt(d)} have in common?",
            f"How many times do segment AB with A{pt(a, True)}, B{pt(b, True)} and segment CD "
            f"with C{pt(c, True)}, D{pt(d, True)} intersect?",
            f"Number of intersection points between line segment {pt(a)}–{pt(b)} and line "
            f"segment {pt(c)}–{pt(d)}?",
            f"Segment 1 runs from {pt(a)} to {pt(b)}; segment 2 runs from {pt(c)} to {pt(d)}. "
            "How many intersection points are there?",
        ][i]
        out.append((prompt, num(want)))
    return out


@template(HELD, "geometry", "en", "point_location_open")
def _geo_location(rng: random.Random) -> list[Pair]:
    out = []
    wants = shuffled(rng, ["inside", "boundary", "outside", "boundary"])
    for i, want in enumerate(wants):
        if i == 1:
            poly = [(rng.randint(-3, 0), rng.randint(-3, 0)), (rng.randint(5, 9), 0),
                    (rng.randint(1, 4), rng.randint(5, 9))]
        elif i == 2:
            w, h = rng.randint(3, 8), rng.randint(3, 8)
            ox, oy = rng.randint(-4, 2), rng.randint(-4, 2)
            poly = [(ox, oy), (ox + w, oy), (ox + w, oy + h), (ox, oy + h)]
        else:
            poly = _polygon(rng, [0, 1, 2, 3][(i + 1) % 4])
        p = points_with(rng, poly, want)
        prompt = [
            f"Is the point {pt(p)} inside, outside, or on the boundary of the polygon with "
            f"vertices {pts(poly)}?",
            f"Where does {pt(p)} lie relative to the triangle {pts(poly, last=', ')}: inside, "
            "on an edge, or outside?",
            f"Point {pt(p)} and the rectangle with corners {pts(poly)}: inside, outside or on "
            "the boundary?",
            f"For the polygon {pts(poly, last=', ')}, is {pt(p)} in the interior, on the "
            "boundary, or in the exterior?",
        ][i]
        out.append((prompt, relation(want)))
    return out


@template(HELD, "geometry", "en", "circle_contains_yes_no")
def _geo_contain_yn(rng: random.Random) -> list[Pair]:
    out = []
    wants = shuffled(rng, ["yes", "yes", "cross", "separate"])
    for i, want in enumerate(wants):
        if want == "yes":
            def ok(d: int, big: int, small: int) -> bool:
                return big > small and d < (big - small) ** 2
        else:
            def ok(d: int, big: int, small: int, w: str = want) -> bool:
                return big > small and circle_rel(d, big, small) == w
        c1, big, c2, small = circle_pair(rng, ok)
        prompt = [
            f"Does the circle with center {pt(c1)} and radius {big} completely contain the "
            f"circle with center {pt(c2)} and radius {small}?",
            f"Is the circle centered at {pt(c2)} with radius {small} entirely inside the "
            f"circle centered at {pt(c1)} with radius {big}?",
            f"Big circle: center {pt(c1, True)}, radius {big}. Small circle: center "
            f"{pt(c2, True)}, radius {small}. Does the big one fully enclose the small one?",
            f"Does {circle_eq(c1, big)} contain the whole circle {circle_eq(c2, small)}?",
        ][i]
        out.append((prompt, yesno(want == "yes")))
    return out


@template(DEV, "geometry", "zh", "zh_circle_area")
def _geo_zh_area(rng: random.Random) -> list[Pair]:
    out = []
    rs = rng.sample(range(2, 20), 4)
    for i, r in enumerate(rs):
        if i == 1:
            out.append((f"一个圆的直径是{2 * r}厘米，它的面积是多少？",
                        real(pi_str(Fraction(r * r)))))
            continue
        prompt = [
            f"半径为{r}的圆面积是多少？",
            "",
            f"圆的半径是{r}米，求面积（用π表示）",
            f"求半径{r}的圆的面积",
        ][i]
        out.append((prompt, real(pi_str(Fraction(r * r)))))
    return out


@template(DEV, "geometry", "zh", "zh_point_distance")
def _geo_zh_distance(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        while True:
            a = (rng.randint(-6, 8), rng.randint(-6, 8))
            b = (rng.randint(-6, 8), rng.randint(-6, 8))
            if a != b:
                break
        prompt = [
            f"点{pt(a, True)}到点{pt(b, True)}的距离是多少？",
            f"求A{pt(a)}和B{pt(b)}两点之间的距离。",
            f"坐标{pt(a, True)}与{pt(b, True)}之间相距多远？",
            f"平面上两点{pt(a)}、{pt(b)}的距离是？",
        ][i]
        out.append((prompt, real(sqrt_str(d2(a, b)))))
    return out


@template(HELD, "geometry", "zh", "zh_circle_intersection_count")
def _geo_zh_count(rng: random.Random) -> list[Pair]:
    out = []
    wants = shuffled(rng, ["cross", "ext_tangent", "separate", "nested"])
    count = {"cross": 2, "ext_tangent": 1, "int_tangent": 1, "separate": 0, "nested": 0}
    for i, want in enumerate(wants):
        c1, r1, c2, r2 = circle_pair(
            rng, lambda d, a, b, w=want: circle_rel(d, a, b) == w and d > 0)
        prompt = [
            f"圆心在{pt(c1)}、半径为{r1}的圆和圆心在{pt(c2)}、半径为{r2}的圆有几个交点？",
            f"两个圆，一个圆心{pt(c1, True)}半径{r1}，另一个圆心{pt(c2, True)}半径{r2}，"
            "它们有多少个交点？",
            f"圆{circle_eq(c1, r1)}与圆{circle_eq(c2, r2)}的交点个数是多少？",
            f"以{pt(c1)}为圆心、{r1}为半径的圆，和以{pt(c2)}为圆心、{r2}为半径的圆，"
            "一共有几个公共点？",
        ][i]
        out.append((prompt, num(count[want])))
    return out


@template(HELD, "geometry", "zh", "zh_polygon_perimeter")
def _geo_zh_perimeter(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        if i in (0, 2):
            while True:
                poly = [(rng.randint(-4, 6), rng.randint(-4, 6)) for _ in range(3)]
                if shoelace(poly) > 0:
                    break
        elif i == 1:
            poly = _polygon(rng, 1)
        else:
            w, h = rng.randint(2, 9), rng.randint(2, 9)
            poly = [(0, 0), (w, 0), (w, h), (0, h)]
        sides = [d2(poly[k], poly[(k + 1) % len(poly)]) for k in range(len(poly))]
        corners = "、".join(pt(p) for p in poly)
        prompt = [
            f"以{corners}为顶点的三角形周长是多少？",
            f"顶点依次为{corners}的四边形，周长是多少？",
            f"三角形ABC的三个顶点是A{pt(poly[0], True)}、B{pt(poly[1], True)}、"
            f"C{pt(poly[2], True)}，求它的周长。",
            f"长方形的四个顶点是{corners}，它的周长是多少？",
        ][i]
        out.append((prompt, real(radical_sum(sides))))
    return out


negative(DEV, "geometry", "en", "neg_travel_distances", [
    "How many blocks is it from 5th Avenue and 42nd Street to 8th Avenue and 50th Street?",
    "How far is it from New York to Boston by car?",
    "What's the distance between the Earth and the Moon?",
    "If I can only walk along the city streets, how far is the point (3, 4) from the origin?",
])
negative(DEV, "geometry", "en", "neg_shape_trivia", [
    "Who first calculated the value of pi?",
    "Why does a full circle have 360 degrees?",
    "What shape is a stop sign?",
    "What is the Pythagorean theorem used for in real life?",
])
negative(HELD, "geometry", "en", "neg_map_coordinates", [
    "What city is at latitude 40.7, longitude -74.0?",
    "Paris is at (48.85, 2.35) and London at (51.51, -0.13). How many km is the flight?",
    "Which country is at the coordinates (35.7, 139.7)?",
    "In Minecraft, how far is (100, 64, 200) from my spawn point?",
])
negative(HELD, "geometry", "en", "neg_geometry_explanations", [
    "Explain how the shoelace formula works.",
    "Write code that checks if a point is inside a polygon.",
    "Can you prove the Pythagorean theorem?",
    "Why is the area of a circle pi r squared?",
])
negative(DEV, "geometry", "zh", "zh_neg_map_distance", [
    "从北京到上海的直线距离是多少公里？",
    "北纬30度、东经120度是哪个城市？",
    "地球的周长是多少？",
    "从我家走到地铁站大概要多远？",
])
negative(HELD, "geometry", "zh", "zh_neg_geometry_concepts", [
    "怎么证明勾股定理？",
    "圆周率是谁发现的？",
    "请解释一下什么是鞋带公式。",
    "用Python写一个判断点是否在多边形内的函数。",
])


# =============================================================================================
# Build and write
# =============================================================================================


def build() -> tuple[list[dict], list[dict]]:
    rng = random.Random(31)
    dev: list[dict] = []
    heldout: list[dict] = []
    for split, family, lang, kind, name, make in TEMPLATES:
        pairs = make(rng)
        assert len(pairs) == 4, name
        for i, (prompt, expected) in enumerate(pairs):
            rec = {
                "id": f"r31-{family[:3]}-{lang}-{name}-{i}",
                "split": split,
                "kind": kind,
                "family": family,
                "lang": lang,
                "template": f"r31_{name}",
                "prompt": prompt,
                "expected": expected,
            }
            (dev if split == DEV else heldout).append(rec)
    return dev, heldout


def main() -> None:
    dev, heldout = build()
    for split, records in ((DEV, dev), (HELD, heldout)):
        path = OUT_DIR / f"corpus_{split}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for rec in records:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"wrote {len(records)} records to {path.name}")


if __name__ == "__main__":
    main()
