"""Round 28 of the guardrail routing corpus: an independent blind round written from scratch.

Round 28 was written without looking at any earlier round, generator or at the router itself;
its only inputs were the record format and the answer matcher in ``compare.py``. Every
template is a new way of asking (English and Simplified Chinese), each template goes wholly
to one split (``dev28`` or ``heldout28``), and every expected answer is computed here with
exact arithmetic (ints, ``Fraction``, trial division, direct counting, analytic circle
formulas). Negatives look numeric or wordy but need world knowledge, opinions, code or
explanations instead of a computation on the given text.

Run ``python tests/routing/make_corpus_round28.py`` to (re)write ``corpus_dev28.jsonl`` and
``corpus_heldout28.jsonl`` next to this file.
"""

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
NONE = {"type": "none"}

Gen = Callable[[random.Random, int], tuple[str, dict[str, Any]]]
TEMPLATES: list[tuple[str, str, str, str, Gen]] = []  # split, family, lang, short, generator
NEGATIVES: list[tuple[str, str, str, str, list[str]]] = []  # split, family, lang, short, prompts


def positive(split: str, family: str, lang: str, short: str) -> Callable[[Gen], Gen]:
    def deco(fn: Gen) -> Gen:
        TEMPLATES.append((split, family, lang, short, fn))
        return fn
    return deco


def negative(split: str, family: str, lang: str, short: str, prompts: list[str]) -> None:
    assert len(prompts) == 4
    NEGATIVES.append((split, family, lang, short, prompts))


# Expected answers ------------------------------------------------------------------------------


def fs(q: Fraction | int) -> str:
    q = Fraction(q)
    return str(q.numerator) if q.denominator == 1 else f"{q.numerator}/{q.denominator}"


def num(q: Fraction | int) -> dict[str, Any]:
    return {"type": "number", "answer": fs(q)}


def real(s: str) -> dict[str, Any]:
    return {"type": "real", "answer": s}


def yes_no(b: bool) -> dict[str, Any]:
    return {"type": "bool", "answer": "yes" if b else "no"}


def choice(s: str) -> dict[str, Any]:
    return {"type": "choice", "answer": s}


def text(s: str) -> dict[str, Any]:
    return {"type": "text", "answer": s}


def word_choice(s: str) -> dict[str, Any]:
    return {"type": "word_choice", "answer": s}


def num_list(items: list[str], ordered: bool, order: str | None = None) -> dict[str, Any]:
    d: dict[str, Any] = {"type": "list", "answer": items, "elem": "number", "ordered": ordered}
    if order:
        d["order"] = order
    return d


def text_list(items: list[str], ordered: bool) -> dict[str, Any]:
    return {"type": "list", "answer": items, "elem": "text", "ordered": ordered}


def relation(ans: str, yes_if: str | None = None) -> dict[str, Any]:
    d: dict[str, Any] = {"type": "relation", "answer": ans}
    if yes_if:
        d["yes_if"] = yes_if
    return d


def factor(n: int) -> list[list[int]]:
    out, p, m = [], 2, n
    while p * p <= m:
        e = 0
        while m % p == 0:
            m //= p
            e += 1
        if e:
            out.append([p, e])
        p += 1
    if m > 1:
        out.append([m, 1])
    return out


def factorization(n: int) -> dict[str, Any]:
    return {"type": "factorization", "answer": factor(n), "n": n}


# Maths helpers ---------------------------------------------------------------------------------


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


def lcm(*ns: int) -> int:
    out = 1
    for n in ns:
        out = out * n // math.gcd(out, n)
    return out


def sqrt_parts(n: int) -> tuple[int, int]:
    """n = k*k*m with m square-free."""
    k, m, f = 1, n, 2
    while f * f <= m:
        while m % (f * f) == 0:
            m //= f * f
            k *= f
        f += 1
    return k, m


def surd_sum(squares: list[int]) -> str:
    """An exact expression for sum(sqrt(s) for s in squares)."""
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
    return "pi" if q == 1 else f"{fs(q)}*pi"


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


def shoelace(poly: list[tuple[int, int]]) -> Fraction:
    s = 0
    for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1], strict=True):
        s += x1 * y2 - x2 * y1
    return Fraction(abs(s), 2)


def perimeter_squares(poly: list[tuple[int, int]]) -> list[int]:
    return [(x2 - x1) ** 2 + (y2 - y1) ** 2
            for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1], strict=True)]


def locate(pt: tuple[int, int], poly: list[tuple[int, int]]) -> str:
    x, y = pt
    edges = list(zip(poly, poly[1:] + poly[:1], strict=True))
    for a, b in edges:
        if (cross(a, b, pt) == 0 and min(a[0], b[0]) <= x <= max(a[0], b[0])
                and min(a[1], b[1]) <= y <= max(a[1], b[1])):
            return "boundary"
    inside = False
    for (xi, yi), (xj, yj) in edges:
        if (yi > y) != (yj > y):
            xint = xi + Fraction((y - yi) * (xj - xi), yj - yi)
            if x < xint:
                inside = not inside
    return "inside" if inside else "outside"


def random_hull(rng: random.Random, lo: int, hi: int, k: int, sides: int) -> list[tuple[int, int]]:
    while True:
        poly = hull([(rng.randint(lo, hi), rng.randint(lo, hi)) for _ in range(k)])
        if len(poly) == sides and shoelace(poly) >= 4:
            return poly


def random_triangle(rng: random.Random, lo: int, hi: int) -> list[tuple[int, int]]:
    while True:
        tri = [(rng.randint(lo, hi), rng.randint(lo, hi)) for _ in range(3)]
        if cross(*tri) != 0 and shoelace(tri) >= 3:
            return tri


def circle_points(d2: int, r1: int, r2: int) -> int:
    """Number of common points of two distinct circles with squared centre distance d2."""
    if d2 > (r1 + r2) ** 2 or d2 < (r1 - r2) ** 2:
        return 0
    if d2 in ((r1 + r2) ** 2, (r1 - r2) ** 2):
        return 1
    return 2


# Formatting ------------------------------------------------------------------------------------


def pt(p: tuple[int, int], tight: bool = False) -> str:
    return f"({p[0]},{p[1]})" if tight else f"({p[0]}, {p[1]})"


def pts(poly: list[tuple[int, int]], tight: bool = False) -> str:
    return ", ".join(pt(p, tight) for p in poly)


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def circle_eq(a: int, b: int, r: int, sup: bool = False) -> str:
    sq = "²" if sup else "^2"

    def term(v: str, c: int) -> str:
        if c == 0:
            return f"{v}{sq}"
        return f"({v} - {c}){sq}" if c > 0 else f"({v} + {-c}){sq}"

    return f"{term('x', a)} + {term('y', b)} = {r * r}"


CN_DIGITS = "零一二三四五六七八九"


def cn_num(n: int) -> str:
    assert 1 <= n <= 99
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def dec(v: int, places: int) -> str:
    """The decimal string of v / 10**places (v may be negative)."""
    sign = "-" if v < 0 else ""
    whole, frac = divmod(abs(v), 10**places)
    return f"{sign}{whole}.{frac:0{places}d}"


def rand_fraction(rng: random.Random, max_den: int = 12) -> tuple[str, Fraction]:
    while True:
        d = rng.randint(2, max_den)
        n = rng.randint(1, d - 1)
        if math.gcd(n, d) == 1:
            return f"{n}/{d}", Fraction(n, d)


def distinct_values(rng: random.Random, k: int, gen: Callable[[], str]) -> list[str]:
    out: list[str] = []
    seen: set[Fraction] = set()
    while len(out) < k:
        s = gen()
        v = Fraction(s)
        if v not in seen:
            seen.add(v)
            out.append(s)
    return out


def rdec(rng: random.Random, lo: int, hi: int, places: int) -> str:
    """A random decimal v / 10**places for v in [lo, hi] without a trailing zero."""
    while True:
        v = rng.randint(lo, hi)
        if v % 10:
            return dec(v, places)


def mixed_number(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.45:
        return str(rng.randint(-40, 99))
    if r < 0.8:
        return rdec(rng, -300, 800, 1)
    return rdec(rng, -999, 999, 2)


# ===============================================================================================
# Arithmetic
# ===============================================================================================


@positive("dev28", "arithmetic", "en", "invoices")
def ari_invoices(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b, c = (rng.randint(1000, 99999) for _ in range(3))
    x, y, z = f"{a:,}", f"{b:,}", f"{c:,}"
    prompts = [
        f"Adding up a few invoices here: {x} + {y} + {z}. What's the total? Just the number, "
        "please.",
        f"I'm checking my kid's homework. What is {x} + {y} + {z}?",
        f"quick sanity check — {x} plus {y} plus {z} comes to what?",
        f"What do {x}, {y} and {z} add up to? My calculator app keeps freezing.",
    ]
    return prompts[i], num(a + b + c)


@positive("dev28", "arithmetic", "en", "powerof")
def ari_powerof(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = rng.randint(2, 15), rng.randint(3, 6)
    prompts = [
        f"What's {a} to the power of {b}?",
        f"Could you work out {a} raised to the {ordinal(b)} power for me?",
        f"{a} to the power of {b} — what do you get?",
        f"I need {a}^{b} for a spreadsheet check. What is it exactly?",
    ]
    return prompts[i], num(a**b)


@positive("dev28", "arithmetic", "en", "pctof")
def ari_pctof(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    p = rng.choice(["5", "12.5", "15", "20", "35", "40", "62.5", "75", "8", "18", "2.5"])
    n = rng.randint(40, 2400)
    ns = f"{n:,}"
    prompts = [
        f"What is {p}% of {ns}?",
        f"My teacher asked us to find {p} percent of {ns}. What's the answer?",
        f"how much is {p}% of {ns}? just the number",
        f"Working out a tip — what's {p}% of {ns} dollars?",
    ]
    return prompts[i], num(Fraction(p) * n / 100)


@positive("dev28", "arithmetic", "en", "fracdiv")
def ari_fracdiv(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    (s1, f1), (s2, f2) = rand_fraction(rng), rand_fraction(rng)
    prompts = [
        f"What is {s1} divided by {s2}? Give it as a fraction.",
        f"Compute {s1} ÷ {s2} and simplify.",
        f"{s1} divided by {s2} = ? (fraction form please)",
        f"Help me with this one from my worksheet: {s1} ÷ {s2}.",
    ]
    return prompts[i], num(f1 / f2)


@positive("dev28", "arithmetic", "en", "unicodeops")
def ari_unicodeops(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = rng.randint(11, 40), rng.randint(3, 15)
    c, d = rng.randint(10, 99), rng.randint(2, 9)
    e = f"{a} × {b} − {c} ÷ {d}"
    prompts = [
        f"{e} = ?",
        f"Evaluate: {e}",
        f"What does {e} come out to?",
        f"Can you simplify {e} for me? exact answer",
    ]
    return prompts[i], num(a * b - Fraction(c, d))


@positive("dev28", "arithmetic", "zh", "zhmul")
def ari_zhmul(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = rng.randint(12, 999), rng.randint(11, 99)
    prompts = [
        f"{a}乘以{b}等于多少？",
        f"帮我算一下：{a}乘以{b}是多少",
        f"我在检查孩子的作业，{a}乘以{b}等于几？",
        f"请问{a} × {b}的结果是多少？只要数字。",
    ]
    return prompts[i], num(a * b)


@positive("dev28", "arithmetic", "zh", "zhpow")
def ari_zhpow(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = rng.randint(2, 12), rng.randint(2, 5)
    prompts = [
        f"{a}的{b}次方是多少？",
        f"算一下{a}的{b}次方",
        f"{a}的{b}次方等于多少呀",
        f"老师问{a}的{b}次方是多少，能直接告诉我答案吗？",
    ]
    return prompts[i], num(a**b)


@positive("dev28", "arithmetic", "zh", "zhpct")
def ari_zhpct(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    p = rng.choice([10, 15, 20, 25, 30, 40, 45, 60, 75, 80])
    n = rng.randint(3, 60) * 20
    prompts = [
        f"{n}的{p}%是多少？",
        f"请计算{n}的百分之{cn_num(p)}",
        f"{p}%乘以{n}等于多少",
        f"一共{n}个人，其中{p}%是女生，女生有多少人？",
    ]
    return prompts[i], num(Fraction(p * n, 100))


negative("dev28", "arithmetic", "en", "clockday", [
    "It's 10 o'clock now. What time will it be in 5 hours?",
    "If today is Friday, what day of the week will it be 100 days from now?",
    "My flight leaves at 11:45 pm and takes 3 hours 30 minutes. What's the local time when I "
    "land if the destination is two time zones east?",
    "It's 9 am in London right now; what time is it in Tokyo?",
])
negative("dev28", "arithmetic", "en", "worldsum", [
    "How many legs do 3 spiders and 2 dogs have altogether?",
    "How many calories are in 3 bananas and 2 eggs?",
    "In what year was the proof that 1 + 1 = 2 published in Principia Mathematica?",
    "How many players are on the field when 2 soccer teams play each other?",
])
negative("dev28", "arithmetic", "zh", "zhwhy", [
    "为什么任何数除以0都没有意义？",
    "1+1=2是谁证明的？",
    "我月薪8000，每月存3000合理吗？",
    "0.999…真的等于1吗？给我讲讲原理",
])


@positive("heldout28", "arithmetic", "en", "sqrt")
def ari_sqrt(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    r = 12 + 22 * i + rng.randrange(22)
    n = f"{r * r:,}"
    prompts = [
        f"What is the square root of {n}?",
        f"sqrt of {n}? need it for a geometry problem",
        f"Find √{n}.",
        f"Hey, what's the square root of {n} — I think it's a whole number but I'm not sure.",
    ]
    return prompts[i], num(r)


@positive("heldout28", "arithmetic", "en", "remainder")
def ari_remainder(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = rng.randint(100, 99999), rng.randint(7, 97)
    prompts = [
        f"What's the remainder when {a} is divided by {b}?",
        f"{a} mod {b} = ?",
        f"If you divide {a:,} by {b}, what's left over?",
        f"Find the remainder of {a} ÷ {b}. Only the remainder, please.",
    ]
    return prompts[i], num(a % b)


@positive("heldout28", "arithmetic", "en", "listsum")
def ari_listsum(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    xs = [dec(rng.randint(100, 9999), 2) for _ in range(4)]
    total = sum(Fraction(x) for x in xs)
    prompts = [
        f"Add these up for me: {xs[0]}, {xs[1]}, {xs[2]}, {xs[3]}",
        f"Sum of the following: {xs[0]}; {xs[1]}; {xs[2]}; {xs[3]}",
        f"My grocery items cost ${xs[0]}, ${xs[1]}, ${xs[2]} and ${xs[3]}. What's the total?",
        f"What's the sum of {xs[0]}, {xs[1]}, {xs[2]}, and {xs[3]}? Keep it exact.",
    ]
    return prompts[i], num(total)


@positive("heldout28", "arithmetic", "en", "parens")
def ari_parens(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b, c, d, e = (rng.randint(2, 40) for _ in range(5))
    if i == 0:
        return f"Evaluate ({a} - {b}) * ({c} + {d}) / {e}", num(Fraction((a - b) * (c + d), e))
    if i == 1:
        return (f"can you calculate ({a} − {b}) × ({c} + {d})? no explanation needed",
                num((a - b) * (c + d)))
    if i == 2:
        return (f"What's ({a} - {b}) × ({c} + {d}) divided by {e}?",
                num(Fraction((a - b) * (c + d), e)))
    return f"Work out [({a} + {b}) × {c}] − {d}", num((a + b) * c - d)


@positive("heldout28", "arithmetic", "en", "decmul")
def ari_decmul(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    x, y = rdec(rng, 101, 999, 2), rdec(rng, 11, 99, 1)
    prompts = [
        f"What is {x} times {y}?",
        f"{x} multiplied by {y} — exact value please, no rounding.",
        f"I'm scaling a recipe: {x} × {y} = ?",
        f"Multiply {x} by {y}.",
    ]
    return prompts[i], num(Fraction(x) * Fraction(y))


@positive("heldout28", "arithmetic", "zh", "zhdiv")
def ari_zhdiv(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    while True:
        a, b = rng.randint(10, 200), rng.randint(3, 48)
        if a % b:
            break
    prompts = [
        f"{a}除以{b}等于多少？用分数表示。",
        f"{a}÷{b}是多少？请给出最简分数",
        f"帮忙算下{a}除以{b}",
        f"请问{a}除以{b}的结果是多少？",
    ]
    return prompts[i], num(Fraction(a, b))


@positive("heldout28", "arithmetic", "zh", "zhsum")
def ari_zhsum(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b, c = rng.randint(100, 9999), rng.randint(100, 9999), rng.randint(10, 999)
    if i == 0:
        return f"{a}加{b}再加{c}等于多少？", num(a + b + c)
    if i == 1:
        return f"帮我算一下{a}+{b}+{c}", num(a + b + c)
    if i == 2:
        return f"{a}加{b}减{c}，结果是几？", num(a + b - c)
    return f"计算：{a}加上{b}，再加上{c}", num(a + b + c)


negative("heldout28", "arithmetic", "en", "codes", [
    "My order number is 4521-338. When will it arrive?",
    "What does the error code 0x80070005 mean on Windows?",
    "Is flight 1549 the one that landed on the Hudson River?",
    "What does a 404 mean when I open a website?",
])
negative("heldout28", "arithmetic", "en", "advice", [
    "Is it safe to take 2 tablets of 500 mg ibuprofen every 4 hours?",
    "I earn 4,200 a month and rent is 1,900. Should I move somewhere cheaper?",
    "Explain why dividing by a fraction is the same as multiplying by its reciprocal.",
    "Write a Python script that adds two numbers entered by the user.",
])
negative("heldout28", "arithmetic", "zh", "zhlife", [
    "我买房贷款100万，30年还清，每个月大概要还多少？",
    "圆周率小数点后第100位是什么数字？",
    "为什么负负得正？",
    "我的手机号是138开头的，是哪个运营商的？",
])


# ===============================================================================================
# Comparison
# ===============================================================================================


def decimal_pair(rng: random.Random) -> tuple[str, str]:
    x = rng.randint(0, 20)
    while True:
        a = f"{x}.{rng.randint(1, 9)}{rng.randint(1, 9)}"
        b = f"{x}.{rng.randint(1, 9)}"
        if Fraction(a) != Fraction(b):
            return (a, b) if rng.random() < 0.5 else (b, a)


def bigger(a: str, b: str) -> str:
    return a if Fraction(a) > Fraction(b) else b


def smaller(a: str, b: str) -> str:
    return a if Fraction(a) < Fraction(b) else b


@positive("dev28", "comparison", "en", "decpair")
def cmp_decpair(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = decimal_pair(rng)
    prompts = [
        f"Which is bigger, {a} or {b}?",
        f"{a} vs {b} — which one is larger?",
        f"Settle an argument for us: is {a} or {b} the bigger number?",
        f"Which number is greater: {a} or {b}? Just tell me the number.",
    ]
    return prompts[i], choice(bigger(a, b))


@positive("dev28", "comparison", "en", "negsmall")
def cmp_negsmall(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    while True:
        a = str(-rng.randint(1, 40))
        b = dec(-rng.randint(10, 400), 1) if i == 1 else str(-rng.randint(1, 40))
        if Fraction(a) != Fraction(b):
            break
    shown = {a: a, b: b}
    if i == 2:
        shown = {a: a.replace("-", "−"), b: b.replace("-", "−")}
    x, y = shown[a], shown[b]
    prompts = [
        f"Which is smaller, {x} or {y}?",
        f"Out of {x} and {y}, which is less?",
        f"The readings were {x} and {y}. Which number is lower?",
        f"{x} or {y}: which one is the smaller number?",
    ]
    return prompts[i], choice(smaller(a, b))


@positive("dev28", "comparison", "en", "fracgt")
def cmp_fracgt(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    want = i % 2 == 0
    while True:
        (s1, f1), (s2, f2) = rand_fraction(rng), rand_fraction(rng)
        if f1 != f2 and (f1 > f2) == want:
            break
    prompts = [
        f"Is {s1} greater than {s2}?",
        f"Quick check — is {s1} bigger than {s2}? yes or no",
        f"True or false: {s1} > {s2}",
        f"My son says {s1} is larger than {s2}. Is he right?",
    ]
    return prompts[i], yes_no(f1 > f2)


@positive("dev28", "comparison", "en", "sortasc")
def cmp_sortasc(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    xs = distinct_values(rng, 5, lambda: mixed_number(rng))
    shown = ", ".join(xs)
    prompts = [
        f"Sort these numbers from smallest to largest: {shown}",
        f"Can you put {shown} in ascending order?",
        f"Arrange in increasing order: {shown}",
        f"Order these low to high please — {shown}",
    ]
    return prompts[i], num_list(sorted(xs, key=Fraction), True, "asc")


@positive("dev28", "comparison", "en", "fracdesc")
def cmp_fracdesc(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    xs = distinct_values(rng, 4, lambda: rand_fraction(rng)[0])
    shown = ", ".join(xs)
    prompts = [
        f"Put {shown} in descending order.",
        f"Rank from largest to smallest: {shown}",
        f"I need these fractions biggest first: {shown}",
        f"Sort descending: {shown}",
    ]
    return prompts[i], num_list(sorted(xs, key=Fraction, reverse=True), True, "desc")


def zh_pair(rng: random.Random, i: int) -> tuple[str, str]:
    while True:
        if i == 0:
            a, b = decimal_pair(rng)
        elif i == 1:
            a, b = str(-rng.randint(1, 30)), str(-rng.randint(1, 30))
        elif i == 2:
            a, b = rand_fraction(rng, 9)[0], rdec(rng, 1, 99, 2)
        else:
            a, b = rdec(rng, -99, 99, 1), str(rng.randint(-9, 9))
        if Fraction(a) != Fraction(b):
            return a, b


@positive("dev28", "comparison", "zh", "zhwhich")
def cmp_zhwhich(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = zh_pair(rng, i)
    prompts = [
        f"{a}和{b}哪个大？",
        f"{a}和{b}，哪个数更大？",
        f"请问{a}与{b}相比哪个大",
        f"比较一下{a}和{b}的大小，哪个大？",
    ]
    return prompts[i], choice(bigger(a, b))


@positive("dev28", "comparison", "zh", "zhbigger")
def cmp_zhbigger(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = zh_pair(rng, (i + 1) % 4)
    prompts = [
        f"{a}比{b}大吗？",
        f"{a}是不是比{b}大？",
        f"请问{a}比{b}大吗，回答是或否",
        f"孩子问我{a}比{b}大不大，到底大不大？",
    ]
    return prompts[i], yes_no(Fraction(a) > Fraction(b))


negative("dev28", "comparison", "en", "versions", [
    "Is Python 3.11 newer than 3.9?",
    "Which is the later release, iOS 17.10 or iOS 17.2?",
    "Is Windows 11 better than Windows 10 for gaming?",
    "In the manual, does section 2.10 come after section 2.9?",
])
negative("dev28", "comparison", "en", "units", [
    "Which is hotter, 30°C or 80°F?",
    "Is 6 feet taller than 180 cm?",
    "Which is heavier, 2 pounds or 1 kilogram?",
    "Is a US size 10 shoe bigger than a European size 42?",
])
negative("dev28", "comparison", "zh", "zhopinion", [
    "iPhone 15和iPhone 14哪个更值得买？",
    "身高175和180哪个更适合打篮球？",
    "5G比4G快多少倍？",
    "考了85分和90分差别大吗？",
])


@positive("heldout28", "comparison", "en", "gtneg")
def cmp_gtneg(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    while True:
        a = rdec(rng, -999, -1, rng.choice([1, 2]))
        b = rdec(rng, -999, -1, rng.choice([1, 2]))
        if Fraction(a) != Fraction(b) and (Fraction(a) > Fraction(b)) == (i in (0, 3)):
            break
    prompts = [
        f"Is {a} greater than {b}?",
        f"yes or no: is {a} more than {b}?",
        f"I think {a} is larger than {b} — correct?",
        f"Does {a} exceed {b}?",
    ]
    return prompts[i], yes_no(Fraction(a) > Fraction(b))


@positive("heldout28", "comparison", "en", "decvsfrac")
def cmp_decvsfrac(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    while True:
        a = rdec(rng, 1, 99, 2)
        b = rand_fraction(rng, 16)[0]
        if Fraction(a) != Fraction(b):
            break
    if i % 2:
        a, b = b, a
    prompts = [
        f"Between {a} and {b}, which number is larger?",
        f"Which is the larger value, {a} or {b}?",
        f"Compare {a} and {b} and tell me which is bigger.",
        f"Of the two numbers {a} and {b}, which is greater?",
    ]
    return prompts[i], choice(bigger(a, b))


@positive("heldout28", "comparison", "en", "ascmixed")
def cmp_ascmixed(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    xs = distinct_values(rng, 5, lambda: mixed_number(rng))
    lines = "\n".join(xs)
    prompts = [
        f"Order from smallest to largest: {'; '.join(xs)}",
        f"I have the numbers {', '.join(xs[:-1])} and {xs[-1]}. List them smallest first.",
        f"Sort ascending please:\n{lines}",
        f"sort {' '.join(xs)} in ascending order",
    ]
    return prompts[i], num_list(sorted(xs, key=Fraction), True, "asc")


@positive("heldout28", "comparison", "en", "rankdesc")
def cmp_rankdesc(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    if i == 3:
        xs = distinct_values(rng, 6, lambda: str(rng.randint(40, 100)))
    else:
        xs = distinct_values(rng, 5, lambda: mixed_number(rng))
    shown = ", ".join(xs)
    prompts = [
        f"Rank these from highest to lowest: {shown}",
        f"List {shown} from greatest to least.",
        f"What's the descending order of {shown}?",
        f"Put these scores in order, highest first: {shown}",
    ]
    return prompts[i], num_list(sorted(xs, key=Fraction, reverse=True), True, "desc")


@positive("heldout28", "comparison", "en", "lesssep")
def cmp_lesssep(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    while True:
        a = rng.randint(1000, 9_999_999)
        digits = list(str(a))
        j = rng.randrange(1, len(digits) - 1)
        digits[j], digits[j + 1] = digits[j + 1], digits[j]
        b = int("".join(digits))
        if a != b:
            break
    prompts = [
        f"Is {a:,} less than {b:,}?",
        f"Is {a:,} smaller than {b:,}? one word answer",
        f"Quick question: {a:,} < {b:,}, true or false?",
        f"Is the number {a:,} lower than {b:,}?",
    ]
    return prompts[i], yes_no(a < b)


@positive("heldout28", "comparison", "zh", "zhsort")
def cmp_zhsort(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    xs = distinct_values(rng, 5, lambda: mixed_number(rng))
    desc = i == 1
    prompts = [
        f"把这些数从小到大排列：{'、'.join(xs)}",
        f"请将{'、'.join(xs)}按从大到小的顺序排列",
        f"{'，'.join(xs)}，从小到大怎么排？",
        f"帮我把下面几个数按升序排一下：{', '.join(xs)}",
    ]
    order = sorted(xs, key=Fraction, reverse=desc)
    return prompts[i], num_list(order, True, "desc" if desc else "asc")


@positive("heldout28", "comparison", "zh", "zhsmall")
def cmp_zhsmall(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = zh_pair(rng, (i + 2) % 4)
    prompts = [
        f"{a}和{b}哪个小？",
        f"{a}、{b}这两个数哪个更小",
        f"请问{a}和{b}相比，哪个比较小？",
        f"{a}跟{b}比，谁小？",
    ]
    return prompts[i], choice(smaller(a, b))


@positive("heldout28", "comparison", "zh", "zhless")
def cmp_zhless(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = zh_pair(rng, (i + 3) % 4)
    if i == 2:
        return f"请判断：{a}是否大于{b}", yes_no(Fraction(a) > Fraction(b))
    prompts = [
        f"{a}比{b}小吗？",
        f"{a}小于{b}吗？",
        "",
        f"{a}是不是比{b}小啊",
    ]
    return prompts[i], yes_no(Fraction(a) < Fraction(b))


negative("heldout28", "comparison", "en", "history", [
    "Which came first, World War I or the sinking of the Titanic?",
    "Which is earlier, 03/04/2024 or 04/03/2024?",
    "Was 1999 a better year for music than 2009?",
    "Which is older, the Eiffel Tower or the Statue of Liberty?",
])
negative("heldout28", "comparison", "en", "scales", [
    "Is a 3.7 GPA better than a 92% average?",
    "Is 20/20 vision better than 20/40?",
    "Which is a better score in golf, 68 or 72?",
    "Is a 2.5 mm drill bit bigger than a 1/8 inch one?",
])
negative("heldout28", "comparison", "zh", "zhchoose", [
    "2.0T和1.5T的发动机哪个更省油？",
    "第3名和第5名哪个奖金多？",
    "华为和小米哪个手机更好？",
    "血压140/90算高吗？",
])


# ===============================================================================================
# Number theory
# ===============================================================================================


def prime_or_not(rng: random.Random, lo: int, hi: int, want: bool) -> int:
    while True:
        n = rng.randint(lo, hi)
        if n % 2 and n % 3 and n % 5 and is_prime(n) == want:
            return n


def composite(rng: random.Random, pool: list[int], k: int, lo: int, hi: int) -> int:
    while True:
        n = math.prod(rng.choice(pool) for _ in range(k))
        if lo <= n <= hi:
            return n


@positive("dev28", "number_theory", "en", "isprime")
def nth_isprime(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = prime_or_not(rng, 101, 999, i in (1, 2))
    prompts = [
        f"Is {n} prime?",
        f"Is {n} a prime number? yes/no",
        f"Quick check for a puzzle I'm doing: is {n} prime or not?",
        f"Tell me whether {n} is a prime.",
    ]
    return prompts[i], yes_no(is_prime(n))


@positive("dev28", "number_theory", "en", "factorize")
def nth_factorize(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = composite(rng, [2, 2, 2, 3, 3, 5, 7, 11, 13], rng.randint(3, 6), 60, 50000)
    prompts = [
        f"What is the prime factorization of {n}?",
        f"Factor {n} into primes.",
        f"Break {n} down into its prime factors.",
        f"Write {n} as a product of primes, please.",
    ]
    return prompts[i], factorization(n)


@positive("dev28", "number_theory", "en", "gcd")
def nth_gcd(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    while True:
        g = rng.randint(2, 30)
        a, b = g * rng.randint(2, 40), g * rng.randint(2, 40)
        if a != b:
            break
    prompts = [
        f"What is the GCD of {a} and {b}?",
        f"Find the greatest common divisor of {a} and {b}.",
        f"highest common factor of {a} and {b}?",
        f"I'm simplifying a fraction and need the gcd of {a} and {b}. What is it?",
    ]
    return prompts[i], num(math.gcd(a, b))


@positive("dev28", "number_theory", "en", "lcm")
def nth_lcm(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    while True:
        a, b = rng.randint(4, 60), rng.randint(4, 60)
        if a != b:
            break
    prompts = [
        f"What's the least common multiple of {a} and {b}?",
        f"LCM of {a}, {b}?",
        f"Find the lowest common multiple of {a} and {b}.",
        f"What's the smallest positive number that both {a} and {b} divide into evenly?",
    ]
    return prompts[i], num(lcm(a, b))


@positive("dev28", "number_theory", "en", "digitsum")
def nth_digitsum(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = rng.randint(1000, 9_999_999)
    prompts = [
        f"What's the sum of the digits of {n}?",
        f"Add up the digits in {n:,}.",
        f"digit sum of {n}?",
        f"If you add all the digits of {n} together, what do you get?",
    ]
    return prompts[i], num(sum(int(c) for c in str(n)))


@positive("dev28", "number_theory", "zh", "zhprime")
def nth_zhprime(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = prime_or_not(rng, 49, 499, i in (0, 3))
    prompts = [
        f"{n}是质数吗？",
        f"{n}是不是素数？",
        f"请判断{n}是否为质数",
        f"{n}这个数是质数吗，只回答是或否",
    ]
    return prompts[i], yes_no(is_prime(n))


@positive("dev28", "number_theory", "zh", "zhgcd")
def nth_zhgcd(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    while True:
        g = rng.randint(2, 24)
        a, b = g * rng.randint(2, 20), g * rng.randint(2, 20)
        if a != b:
            break
    prompts = [
        f"{a}和{b}的最大公约数是多少？",
        f"求{a}与{b}的最大公因数",
        f"{a}、{b}的最大公约数",
        f"帮我算一下{a}和{b}的最大公约数，谢谢",
    ]
    return prompts[i], num(math.gcd(a, b))


negative("dev28", "number_theory", "en", "symbolism", [
    "Is 7 a lucky number?",
    "What does the number 666 symbolize?",
    "Why do some buildings skip the 13th floor?",
    "Is 8 considered a lucky number in China?",
])
negative("dev28", "number_theory", "en", "howto", [
    "Write a Python function that checks whether 97 is prime.",
    "Explain how the sieve of Eratosthenes finds the primes below 100.",
    "Who proved that there are infinitely many primes?",
    "What's the time complexity of computing the gcd of two numbers with Euclid's algorithm?",
])
negative("dev28", "number_theory", "zh", "zhprimeqa", [
    "哥德巴赫猜想被证明了吗？",
    "目前已知最大的质数是多少？",
    "质数在密码学里有什么用？",
    "请用Java写一个判断质数的程序",
])


@positive("heldout28", "number_theory", "en", "bigpf")
def nth_bigpf(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    while True:
        p = rng.randint(29, 199)
        if is_prime(p):
            break
    n = p * composite(rng, [2, 3, 5, 7, 11, 13, 17, 19, 23], rng.randint(1, 3), 6, 2000)
    prompts = [
        f"What is the largest prime factor of {n}?",
        f"Biggest prime that divides {n:,}?",
        f"Find the greatest prime factor of {n}.",
        f"For a coding exercise I want to double-check: largest prime factor of {n}?",
    ]
    return prompts[i], num(factor(n)[-1][0])


@positive("heldout28", "number_theory", "en", "primesunder")
def nth_primesunder(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    while True:
        n = rng.randint(20, 60)
        if not is_prime(n):
            break
    prompts = [
        f"List all the primes below {n}.",
        f"Which numbers less than {n} are prime?",
        f"Give me every prime number under {n}.",
        f"What are the prime numbers smaller than {n}?",
    ]
    return prompts[i], num_list([str(k) for k in range(2, n) if is_prime(k)], False)


@positive("heldout28", "number_theory", "en", "happy")
def nth_happy(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    while True:
        a = 1 if i < 2 else rng.randint(2, 60)
        b = a + rng.randint(15, 40)
        found = [str(k) for k in range(a, b + 1) if is_happy(k)]
        if found:
            break
    prompts = [
        f"Which numbers from 1 to {b} are happy numbers?",
        f"List the happy numbers between 1 and {b}, inclusive.",
        f"Find all happy numbers in the range {a}–{b} (both ends included).",
        f"happy numbers from {a} to {b} inclusive?",
    ]
    return prompts[i], num_list(found, False)


@positive("heldout28", "number_theory", "en", "factor2")
def nth_factor2(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = composite(rng, [2, 3, 3, 5, 5, 7, 11, 17, 19, 23], rng.randint(3, 5), 500, 200000)
    prompts = [
        f"Give the prime factorization of {n:,}.",
        f"{n} = ? (as a product of prime powers)",
        f"Decompose {n} into prime factors.",
        f"Can you factorise {n} completely into primes?",
    ]
    return prompts[i], factorization(n)


@positive("heldout28", "number_theory", "en", "lcm3")
def nth_lcm3(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b, c = rng.sample(range(4, 31), 3)
    prompts = [
        f"What's the LCM of {a}, {b}, and {c}?",
        f"Least common multiple for {a}, {b} and {c}?",
        f"I need the lowest common multiple of these three: {a}, {b}, {c}.",
        f"Find lcm({a}, {b}, {c}).",
    ]
    return prompts[i], num(lcm(a, b, c))


@positive("heldout28", "number_theory", "zh", "zhfactor")
def nth_zhfactor(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = composite(rng, [2, 2, 3, 3, 5, 7, 11, 13], rng.randint(3, 5), 40, 20000)
    prompts = [
        f"把{n}分解质因数",
        f"{n}分解质因数的结果是什么？",
        f"请对{n}进行质因数分解",
        f"{n}可以分解成哪些质因数相乘？",
    ]
    return prompts[i], factorization(n)


@positive("heldout28", "number_theory", "zh", "zhlcm")
def nth_zhlcm(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = rng.sample(range(3, 50), 2)
    prompts = [
        f"{a}和{b}的最小公倍数是多少？",
        f"求{a}与{b}的最小公倍数",
        f"{a}、{b}的最小公倍数是几",
        f"请问{a}和{b}最小公倍数是多少，直接给数字就行",
    ]
    return prompts[i], num(lcm(a, b))


negative("heldout28", "number_theory", "en", "records", [
    "What's the largest prime number ever discovered?",
    "Is my PIN 7919 secure since it's a prime number?",
    "Why are prime numbers important in RSA encryption?",
    "How many digits does the largest known Mersenne prime have?",
])
negative("heldout28", "number_theory", "en", "concepts", [
    "Explain what a happy number is, with an example.",
    "Why isn't 1 considered a prime number?",
    "Write JavaScript that prints all primes below 1000.",
    "What's the difference between a factor and a multiple?",
])
negative("heldout28", "number_theory", "zh", "zhtheory", [
    "为什么1既不是质数也不是合数？",
    "孪生素数猜想现在有什么进展？",
    "车牌号里带4不吉利吗？",
    "怎么快速判断一个数能不能被3整除？讲讲原理",
])


# ===============================================================================================
# Counting / strings
# ===============================================================================================

VOWELS = set("aeiou")
LETTER_POOL = [("strawberry", "r"), ("mississippi", "s"), ("banana", "a"), ("bookkeeper", "e"),
               ("committee", "t"), ("necessary", "s"), ("occurrence", "c"), ("assessment", "s"),
               ("parallel", "l"), ("tomorrow", "o"), ("balloon", "l"), ("pepper", "p"),
               ("coffee", "f"), ("raspberry", "r"), ("cinnamon", "n"), ("referee", "e"),
               ("possession", "s"), ("letter", "t"), ("successful", "s"), ("peppermint", "p")]
NO_Y_WORDS = ["education", "onomatopoeia", "mountain", "beautiful", "alphabet", "umbrella",
              "restaurant", "calculator", "television", "adventure", "watermelon", "strength",
              "chocolate", "sandwich", "blanket", "crocodile", "pumpkin", "whistle", "transport",
              "programming", "elephant", "kangaroo", "refrigerator", "airplane", "question"]


@positive("dev28", "counting", "en", "lettercount")
def cnt_lettercount(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w, c = LETTER_POOL[5 * i + rng.randrange(5)]
    prompts = [
        f"How many {c}'s are in the word {w}?",
        f"Count the letter {c} in \"{w}\".",
        f"how many times does the letter '{c}' appear in {w}",
        f"My daughter is learning to spell '{w}'. How many times does the letter {c} show up "
        "in it?",
    ]
    return prompts[i], num(w.count(c))


@positive("dev28", "counting", "en", "vowels")
def cnt_vowels(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = NO_Y_WORDS[6 * i + rng.randrange(6)]
    prompts = [
        f"How many vowels are in the word '{w}'?",
        f"Count the vowels in {w}.",
        f"{w} — how many vowels does it have?",
        f"Number of vowels in \"{w}\"? just the count",
    ]
    return prompts[i], num(sum(ch in VOWELS for ch in w))


SENTENCES = ["the quick brown fox jumps over the lazy dog",
             "she sells sea shells by the sea shore",
             "I think therefore I am",
             "all that glitters is not gold",
             "please bring two apples and a pear tomorrow",
             "my cat sleeps on the warm windowsill every afternoon",
             "we walked home through the park after dinner",
             "time flies when you are having fun",
             "the early bird catches the worm",
             "reading books every night helps me relax"]


@positive("dev28", "counting", "en", "wordcount")
def cnt_wordcount(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    s = SENTENCES[2 * i + rng.randrange(2)]
    prompts = [
        f"How many words are in this sentence: \"{s}\"",
        f"Word count for: {s}",
        f"Count the words: '{s}'",
        f"\"{s}\" — how many words is that?",
    ]
    return prompts[i], num(len(s.split()))


@positive("dev28", "counting", "en", "reverse")
def cnt_reverse(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    pool = ["stressed", "drawer", "keyboard", "lemonade", "guitar", "planet", "sunflower",
            "notebook"]
    w = pool[2 * i + rng.randrange(2)]
    prompts = [
        f"Reverse the word '{w}'.",
        f"What is {w} spelled backwards?",
        f"Can you write \"{w}\" in reverse?",
        f"spell {w} backward for me",
    ]
    return prompts[i], text(w[::-1])


@positive("dev28", "counting", "en", "anagram")
def cnt_anagram(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    yes = [("listen", "silent"), ("night", "thing"), ("dusty", "study"), ("heart", "earth"),
           ("below", "elbow"), ("master", "stream"), ("finder", "friend"), ("lemon", "melon")]
    no = [("planet", "plates"), ("house", "shoes"), ("brake", "bread"), ("silent", "salient"),
          ("stone", "tonne"), ("garden", "gardener"), ("cat", "cart")]
    pool = yes if i in (0, 3) else no
    a, b = pool[rng.randrange(len(pool))]
    prompts = [
        f"Are '{a}' and '{b}' anagrams?",
        f"Is {a} an anagram of {b}?",
        f"Do \"{a}\" and \"{b}\" use exactly the same letters, i.e. are they anagrams?",
        f"Word game question: can you rearrange all the letters of {a} to spell {b}?",
    ]
    return prompts[i], yes_no(sorted(a) == sorted(b))


@positive("dev28", "counting", "zh", "zhletter")
def cnt_zhletter(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w, c = LETTER_POOL[5 * ((i + 2) % 4) + rng.randrange(5)]
    prompts = [
        f"{w}里面有多少个字母{c}？",
        f"单词{w}中有几个{c}？",
        f"“{w}”这个单词里字母{c}出现了几次？",
        f"数一数{w}里有多少个{c}",
    ]
    return prompts[i], num(w.count(c))


@positive("dev28", "counting", "zh", "zhlength")
def cnt_zhlength(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = NO_Y_WORDS[6 * ((i + 1) % 4) + rng.randrange(6)]
    prompts = [
        f"“{w}”这个单词有几个字母？",
        f"{w}一共有多少个字母",
        f"请问单词{w}由几个字母组成？",
        f"英文单词{w}有多少个字母呀",
    ]
    return prompts[i], num(len(w))


@positive("dev28", "counting", "zh", "zhwords")
def cnt_zhwords(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    s = SENTENCES[2 * ((i + 1) % 4) + rng.randrange(3)]
    prompts = [
        f"这句英文“{s}”有几个单词？",
        f"“{s}”一共有多少个单词",
        f"数一下这句话有多少个词：{s}",
        f"英文句子「{s}」里有几个单词？",
    ]
    return prompts[i], num(len(s.split()))


negative("dev28", "counting", "en", "lexicon", [
    "How many meanings does the word 'set' have in the dictionary?",
    "How many letters are in the Greek alphabet?",
    "How many words does an average novel have?",
    "How many r's are in the French word for strawberry?",
])
negative("dev28", "counting", "en", "compose", [
    "Write me a sentence with exactly seven words.",
    "Give me a word that has three r's in it.",
    "What's a five-letter word that starts with 'cr' and ends with 'e'?",
    "Can you suggest a palindrome longer than 'racecar'?",
])
negative("dev28", "counting", "zh", "zhlang", [
    "汉字一共有多少个？",
    "“苹果”用英语怎么拼？",
    "英语里最长的单词是哪个？",
    "《红楼梦》一共有多少字？",
])


@positive("heldout28", "counting", "en", "nthletter")
def cnt_nthletter(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = NO_Y_WORDS[6 * i + rng.randrange(6)]
    k = rng.randint(2, len(w) - 1)
    prompts = [
        f"What's the {ordinal(k)} letter of '{w}'?",
        f"In the word {w}, which letter is in position {k}?",
        f"Tell me the {ordinal(k)} letter in \"{w}\".",
        f"What is letter number {k} of {w}?",
    ]
    return prompts[i], text(w[k - 1])


@positive("heldout28", "counting", "en", "distinct")
def cnt_distinct(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    pool = ["mississippi", "banana", "bookkeeper", "abracadabra", "committee", "tennessee",
            "parallel", "strawberry"]
    w = pool[2 * i + rng.randrange(2)]
    prompts = [
        f"How many distinct letters are in '{w}'?",
        f"How many different letters does {w} use?",
        f"Count the unique letters in \"{w}\".",
        f"{w}: number of distinct letters?",
    ]
    return prompts[i], num(len(set(w)))


@positive("heldout28", "counting", "en", "consonants")
def cnt_consonants(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = NO_Y_WORDS[6 * ((i + 2) % 4) + rng.randrange(6)]
    prompts = [
        f"How many consonants are in '{w}'?",
        f"Count the consonants in {w}.",
        f"In the word \"{w}\", how many letters are consonants?",
        f"consonant count for {w}, please",
    ]
    return prompts[i], num(sum(ch not in VOWELS for ch in w))


@positive("heldout28", "counting", "en", "longer")
def cnt_longer(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    while True:
        a = NO_Y_WORDS[6 * i + rng.randrange(6)]
        b = NO_Y_WORDS[rng.randrange(len(NO_Y_WORDS))]
        if len(a) != len(b):
            break
    prompts = [
        f"Which word has more letters, '{a}' or '{b}'?",
        f"Which is longer: {a} or {b}? (by number of letters)",
        f"Between \"{a}\" and \"{b}\", which word is longer?",
        f"Does {a} or {b} have more letters?",
    ]
    return prompts[i], word_choice(a if len(a) > len(b) else b)


@positive("heldout28", "counting", "en", "alphabetize")
def cnt_alphabetize(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    pool = ["pear", "apple", "mango", "kiwi", "cherry", "grape", "lemon", "banana", "orange",
            "tiger", "zebra", "otter", "falcon", "rabbit", "dolphin", "squirrel", "walrus"]
    words = rng.sample(pool, 5 if i % 2 else 4)
    shown = ", ".join(words)
    prompts = [
        f"Put these words in alphabetical order: {shown}",
        f"Sort alphabetically: {shown}",
        f"Alphabetize the following: {shown}",
        f"Can you arrange {', '.join(words[:-1])} and {words[-1]} in A–Z order?",
    ]
    return prompts[i], text_list(sorted(words), True)


@positive("heldout28", "counting", "zh", "zhreverse")
def cnt_zhreverse(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    pool = ["hello", "world", "python", "monday", "garden", "spring", "candle", "rocket"]
    w = pool[2 * i + rng.randrange(2)]
    prompts = [
        f"把单词{w}倒过来写",
        f"{w}反过来拼是什么？",
        f"请将“{w}”的字母顺序颠倒",
        f"{w}倒着写是什么样的",
    ]
    return prompts[i], text(w[::-1])


@positive("heldout28", "counting", "zh", "zhvowel")
def cnt_zhvowel(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = NO_Y_WORDS[6 * ((i + 3) % 4) + rng.randrange(6)]
    prompts = [
        f"{w}这个词里有几个元音字母？",
        f"单词“{w}”中元音字母有多少个",
        f"数一数{w}里的元音字母（a、e、i、o、u）有几个",
        f"{w}一共包含几个元音字母？",
    ]
    return prompts[i], num(sum(ch in VOWELS for ch in w))


negative("heldout28", "counting", "en", "phonetics", [
    "How many syllables are in 'banana'?",
    "How many letters should a strong password have?",
    "How do you pronounce the 'gh' in 'enough'?",
    "What's the most common letter in English text?",
])
negative("heldout28", "counting", "en", "language", [
    "How many letters are in the Russian word for 'cat'?",
    "What's the plural of 'octopus'?",
    "Is 'irregardless' a real word?",
    "How many words are in the US Constitution?",
])
negative("heldout28", "counting", "zh", "zhchars", [
    "“的”字在汉语里的使用频率有多高？",
    "英文字母表一共有多少个字母？",
    "莎士比亚一共写了多少部剧本？",
    "“龘”这个字有多少笔画？",
])


# ===============================================================================================
# Geometry
# ===============================================================================================


def two_points(rng: random.Random) -> tuple[tuple[int, int], tuple[int, int]]:
    while True:
        p = (rng.randint(-9, 9), rng.randint(-9, 9))
        q = (rng.randint(-9, 9), rng.randint(-9, 9))
        if p != q and p[0] != q[0] and p[1] != q[1]:
            return p, q


def dist_answer(p: tuple[int, int], q: tuple[int, int]) -> dict[str, Any]:
    return real(surd_sum([(p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2]))


@positive("dev28", "geometry", "en", "dist")
def geo_dist(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    p, q = two_points(rng)
    prompts = [
        f"What's the distance between {pt(p)} and {pt(q)}?",
        f"Find the distance from point A{pt(p, True)} to point B{pt(q, True)}.",
        f"How far apart are the points {pt(p)} and {pt(q)}?",
        f"Distance between P = {pt(p)} and Q = {pt(q)}, exact form please.",
    ]
    return prompts[i], dist_answer(p, q)


@positive("dev28", "geometry", "en", "circlearea")
def geo_circlearea(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    if i == 1:
        d = rng.randint(3, 30)
        return (f"A circle has a diameter of {d}. What is its area?",
                real(pi_times(Fraction(d, 2) ** 2)))
    r = dec(rng.randrange(3, 20, 2) * 5, 1) if i == 2 else str(rng.randint(2, 15))
    prompts = [
        f"What's the area of a circle with radius {r}?",
        "",
        f"Area of a circle, r = {r} cm?",
        f"Find the area of a circle whose radius is {r}. Leave it in terms of pi.",
    ]
    return prompts[i], real(pi_times(Fraction(r) ** 2))


@positive("dev28", "geometry", "en", "polyarea")
def geo_polyarea(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    poly = random_hull(rng, 0, 10, 7, 4 if i < 2 else 5)
    v = pts(poly)
    prompts = [
        f"What's the area of the polygon with vertices {v}?",
        f"Compute the area of a quadrilateral with corners at {v}.",
        f"Shoelace check: what's the area of the shape with vertices {pts(poly, True)}?",
        f"A plot of land has corners at {v} (coordinates in meters). What's its area?",
    ]
    return prompts[i], num(shoelace(poly))


def point_for(rng: random.Random, poly: list[tuple[int, int]], want: str) -> tuple[int, int]:
    xs, ys = [p[0] for p in poly], [p[1] for p in poly]
    while True:
        p = (rng.randint(min(xs) - 2, max(xs) + 2), rng.randint(min(ys) - 2, max(ys) + 2))
        if locate(p, poly) == want:
            return p


@positive("dev28", "geometry", "en", "insideyn")
def geo_insideyn(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    want = "inside" if i in (0, 3) else "outside"
    if i == 0:
        poly = random_triangle(rng, -6, 8)
    elif i == 1:
        x0, y0 = rng.randint(-5, 3), rng.randint(-5, 3)
        w, h = rng.randint(3, 8), rng.randint(3, 8)
        poly = [(x0, y0), (x0 + w, y0), (x0 + w, y0 + h), (x0, y0 + h)]
    else:
        poly = random_hull(rng, 0, 12, 8, 4 if i == 3 else 5)
    p = point_for(rng, poly, want)
    prompts = [
        f"Is the point {pt(p)} inside the triangle with vertices {pts(poly)}?",
        f"Does {pt(p)} lie inside the rectangle with corners {pts(poly)}?",
        f"Is point P{pt(p, True)} within the polygon {pts(poly, True)}?",
        f"Check whether {pt(p)} falls inside the quadrilateral {pts(poly)}.",
    ]
    return prompts[i], relation(locate(p, poly), yes_if="inside")


@positive("dev28", "geometry", "en", "circlesmeet")
def geo_circlesmeet(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    want = i in (0, 3)
    while True:
        a, b, c, d = (rng.randint(-8, 8) for _ in range(4))
        r1, r2 = rng.randint(1, 9), rng.randint(1, 9)
        d2 = (a - c) ** 2 + (b - d) ** 2
        crossing = (r1 - r2) ** 2 < d2 < (r1 + r2) ** 2
        apart = d2 > (r1 + r2) ** 2
        if (crossing and want) or (apart and not want):
            break
    prompts = [
        f"Do the circles centered at {pt((a, b))} with radius {r1} and at {pt((c, d))} with "
        f"radius {r2} intersect?",
        f"Circle A: center {pt((a, b))}, r = {r1}. Circle B: center {pt((c, d))}, r = {r2}. "
        "Do they cross each other?",
        f"Does a circle of radius {r1} around {pt((a, b))} intersect a circle of radius {r2} "
        f"around {pt((c, d))}?",
        f"Does the circle {circle_eq(a, b, r1)} intersect the circle {circle_eq(c, d, r2)}?",
    ]
    return prompts[i], yes_no(crossing)


@positive("dev28", "geometry", "zh", "zhdist")
def geo_zhdist(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    p, q = two_points(rng)
    prompts = [
        f"点A{pt(p, True)}到点B{pt(q, True)}的距离是多少？",
        f"求点{pt(p)}和点{pt(q)}之间的距离",
        f"坐标（{p[0]}，{p[1]}）与（{q[0]}，{q[1]}）相距多远？",
        f"两点P{pt(p, True)}、Q{pt(q, True)}之间的距离是多少",
    ]
    return prompts[i], dist_answer(p, q)


@positive("dev28", "geometry", "zh", "zhcircle")
def geo_zhcircle(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    if i == 1:
        d = rng.randint(3, 24)
        return f"一个圆的直径是{d}，面积是多少？", real(pi_times(Fraction(d, 2) ** 2))
    r = rng.randint(2, 20)
    prompts = [
        f"半径为{r}的圆的面积是多少？",
        "",
        f"圆的半径{r}厘米，求面积",
        f"请计算半径是{r}的圆面积（保留π）",
    ]
    return prompts[i], real(pi_times(Fraction(r) ** 2))


negative("dev28", "geometry", "en", "maps", [
    "How far is it from (40.71, -74.01) to (34.05, -118.24) in miles?",
    "How many blocks do I walk from 5th Ave and 42nd St to 8th Ave and 50th St?",
    "What's the driving distance between Boston and New York?",
    "How big is a regulation soccer field in square meters?",
])
negative("dev28", "geometry", "en", "whyshape", [
    "Why is the area of a circle pi r squared?",
    "Prove the Pythagorean theorem.",
    "What's the difference between a rhombus and a square?",
    "How do I calculate the area of an irregular room? Explain the steps.",
])
negative("dev28", "geometry", "zh", "zhworld", [
    "北京到上海的直线距离是多少公里？",
    "为什么圆周率是无理数？",
    "一个标准足球场的面积有多大？",
    "怎么用尺规作一个正五边形？",
])


@positive("heldout28", "geometry", "en", "triarea")
def geo_triarea(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    if i == 2:
        b, h = rng.randint(3, 25), rng.randint(3, 25)
        return (f"Area of a triangle with base {b} and height {h}?",
                real(fs(Fraction(b * h, 2))))
    tri = random_triangle(rng, -8, 10)
    (a1, b1, c1) = (pt(v, True) for v in tri)
    prompts = [
        f"What's the area of the triangle with vertices {pts(tri)}?",
        f"Triangle ABC has A{a1}, B{b1}, C{c1}. Find its area.",
        "",
        f"Find the area of a triangle with corners at {pts(tri)}, in square units.",
    ]
    return prompts[i], real(fs(shoelace(tri)))


@positive("heldout28", "geometry", "en", "perimeter")
def geo_perimeter(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    poly = random_triangle(rng, 0, 9) if i == 1 else random_hull(rng, 0, 9, 7, 4)
    labelled = ", ".join(f"{n}{pt(v, True)}" for n, v in zip("ABCD", poly, strict=False))
    prompts = [
        f"What's the perimeter of the polygon with vertices {pts(poly)}?",
        f"Find the perimeter of the triangle with vertices {pts(poly)}.",
        f"A fence runs around a field with corners at {pts(poly)}, in that order. How long is "
        "the fence?",
        f"Perimeter of the quadrilateral ABCD with {labelled}?",
    ]
    return prompts[i], real(surd_sum(perimeter_squares(poly)))


def segments_meet(p1: tuple[int, int], p2: tuple[int, int], p3: tuple[int, int],
                  p4: tuple[int, int]) -> int | None:
    """1 for a proper crossing, 0 for none, None for touching/collinear cases (rejected)."""
    d1, d2 = cross(p3, p4, p1), cross(p3, p4, p2)
    d3, d4 = cross(p1, p2, p3), cross(p1, p2, p4)
    if 0 in (d1, d2, d3, d4):
        return None
    return 1 if (d1 > 0) != (d2 > 0) and (d3 > 0) != (d4 > 0) else 0


@positive("heldout28", "geometry", "en", "segcross")
def geo_segcross(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    want = 1 if i in (0, 3) else 0
    while True:
        a, b, c, d = ((rng.randint(0, 10), rng.randint(0, 10)) for _ in range(4))
        if segments_meet(a, b, c, d) == want:
            break
    prompts = [
        f"How many points do the segment from {pt(a)} to {pt(b)} and the segment from {pt(c)} "
        f"to {pt(d)} have in common?",
        f"Segments AB and CD: A{pt(a, True)}, B{pt(b, True)}, C{pt(c, True)}, D{pt(d, True)}. "
        "How many intersection points are there?",
        f"Line segment {pt(a)}–{pt(b)} and line segment {pt(c)}–{pt(d)}: how many times do "
        "they intersect?",
        f"Number of intersection points between segment [{pt(a)}, {pt(b)}] and segment "
        f"[{pt(c)}, {pt(d)}]?",
    ]
    return prompts[i], num(want)


TRIPLES = [(3, 4, 5), (6, 8, 10), (5, 12, 13), (0, 7, 7), (8, 6, 10), (0, 9, 9)]


def circle_pair(rng: random.Random, want: int, origin: bool = False,
                ) -> tuple[tuple[int, int], int, tuple[int, int], int]:
    """Two circles with exactly ``want`` common points (tangent cases built from triples)."""
    while True:
        c1 = (0, 0) if origin else (rng.randint(-6, 6), rng.randint(-6, 6))
        if want == 1:
            dx, dy, d = rng.choice(TRIPLES)
            sx, sy = rng.choice([1, -1]), rng.choice([1, -1])
            c2 = (c1[0] + sx * dx, c1[1] + sy * dy)
            if rng.random() < 0.5:
                r1 = rng.randint(1, d - 1)
                r2 = d - r1
            else:
                r1 = rng.randint(1, 6)
                r2 = r1 + d
        else:
            c2 = (rng.randint(-8, 8), rng.randint(-8, 8))
            r1, r2 = rng.randint(1, 9), rng.randint(1, 9)
        d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
        if d2 and circle_points(d2, r1, r2) == want:
            return c1, r1, c2, r2


@positive("heldout28", "geometry", "en", "circlepts")
def geo_circlepts(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    want = [2, 1, 0, 1][i]
    c1, r1, c2, r2 = circle_pair(rng, want, origin=i == 2)
    prompts = [
        f"How many points of intersection do the circle centered at {pt(c1)} with radius {r1} "
        f"and the circle centered at {pt(c2)} with radius {r2} have?",
        f"Circle 1: center {pt(c1)}, radius {r1}; circle 2: center {pt(c2)}, radius {r2}. How "
        "many intersection points?",
        f"In how many points do {circle_eq(*c1, r1)} and {circle_eq(*c2, r2)} meet?",
        f"Two circles, radii {r1} and {r2}, centers at {pt(c1)} and {pt(c2)}. Number of common "
        "points?",
    ]
    d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
    return prompts[i], num(circle_points(d2, r1, r2))


@positive("heldout28", "geometry", "en", "circlewithin")
def geo_circlewithin(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    want = i in (0, 2)
    while True:
        c1 = (rng.randint(-6, 6), rng.randint(-6, 6))
        c2 = (rng.randint(-6, 6), rng.randint(-6, 6))
        r1, r2 = rng.randint(1, 5), rng.randint(4, 14)
        d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
        gap = r2 - r1
        if (gap > 0 and d2 == gap * gap) or (d2 == 0 and gap == 0):
            continue  # internally tangent or identical: not asked
        inside = gap > 0 and d2 < gap * gap
        if inside == want:
            break
    prompts = [
        f"Is the circle centered at {pt(c1)} with radius {r1} completely inside the circle "
        f"centered at {pt(c2)} with radius {r2}?",
        f"Does circle B (center {pt(c1)}, r = {r1}) lie entirely within circle A (center "
        f"{pt(c2)}, r = {r2})?",
        f"A circle with radius {r1} at {pt(c1)} — is it fully contained in the circle with "
        f"radius {r2} at {pt(c2)}?",
        f"Is the circle {circle_eq(*c1, r1)} entirely inside the circle {circle_eq(*c2, r2)}?",
    ]
    return prompts[i], yes_no(inside)


@positive("heldout28", "geometry", "zh", "zhwhere")
def geo_zhwhere(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    want = ["boundary", "inside", "outside", "inside"][i]
    if i == 0:
        while True:
            tri = [(2 * rng.randint(-3, 4), 2 * rng.randint(-3, 4)) for _ in range(3)]
            if cross(*tri) != 0:
                break
        a, b = tri[rng.randrange(3)], tri[rng.randrange(3)]
        if a == b:
            a, b = tri[0], tri[1]
        p = ((a[0] + b[0]) // 2, (a[1] + b[1]) // 2)
        poly = tri
    else:
        poly = random_hull(rng, 0, 10, 7, 3 if i == 1 else 4)
        p = point_for(rng, poly, want)
    labelled = "、".join(f"{n}{pt(v, True)}" for n, v in zip("ABCD", poly, strict=False))
    prompts = [
        f"点{pt(p)}在三角形{pts(poly)}的内部、外部还是边上？",
        f"判断点P{pt(p, True)}与三角形{labelled}的位置关系（内部/边界/外部）",
        f"点{pt(p, True)}是在四边形ABCD内部还是外部？其中{labelled}",
        f"以{pts(poly, True)}为顶点的四边形，点{pt(p, True)}在它里面吗？",
    ]
    ans = locate(p, poly)
    assert ans == want
    return prompts[i], relation(ans, yes_if="inside" if i == 3 else None)


@positive("heldout28", "geometry", "zh", "zhtangent")
def geo_zhtangent(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    want = [1, 2, 1, 0][i]
    c1, r1, c2, r2 = circle_pair(rng, want, origin=i == 2)
    prompts = [
        f"圆心在{pt(c1)}、半径为{r1}的圆和圆心在{pt(c2)}、半径为{r2}的圆相切吗？",
        f"两个圆：圆A圆心{pt(c1, True)}半径{r1}，圆B圆心{pt(c2, True)}半径{r2}，它们相切吗？",
        f"圆{circle_eq(*c1, r1, sup=True)}和圆{circle_eq(*c2, r2, sup=True)}是否相切？",
        f"判断这两个圆是否相切：圆心{pt(c1)}半径{r1}，圆心{pt(c2)}半径{r2}",
    ]
    d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
    return prompts[i], yes_no(circle_points(d2, r1, r2) == 1)


@positive("heldout28", "geometry", "zh", "zhtriangle")
def geo_zhtriangle(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    if i in (1, 3):
        b, h = rng.randint(3, 30), rng.randint(3, 30)
        text_ = (f"底为{b}、高为{h}的三角形面积是多少" if i == 1
                 else f"一个三角形底边长{b}厘米，高{h}厘米，面积是多少平方厘米？")
        return text_, real(fs(Fraction(b * h, 2)))
    tri = random_triangle(rng, -6, 9)
    if i == 0:
        prompt = f"三角形三个顶点是{pts(tri, True)}，面积是多少？"
    else:
        labelled = "、".join(f"{n}{pt(v, True)}" for n, v in zip("ABC", tri, strict=True))
        prompt = f"求以{labelled}为顶点的三角形的面积"
    return prompt, real(fs(shoelace(tri)))


negative("heldout28", "geometry", "en", "landmarks", [
    "What's the area of Texas in square miles?",
    "How many sides does a stop sign have?",
    "What's the circumference of the Earth at the equator?",
    "How tall is the Eiffel Tower in feet?",
])
negative("heldout28", "geometry", "en", "helpme", [
    "Can you draw a triangle with vertices (0,0), (3,0) and (0,4) for me?",
    "Explain what it means for two circles to be tangent.",
    "Write Python code that checks if a point is inside a polygon.",
    "What's the best way to measure the area of my backyard with a phone?",
])
negative("heldout28", "geometry", "zh", "zhfacts", [
    "地球赤道的周长是多少？",
    "为什么蜂巢是六边形的？",
    "一个标准篮球场有多大？",
    "勾股定理最早是谁发现的？",
])


# ===============================================================================================
# Assembly
# ===============================================================================================


def build() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(dev28, heldout28) records; deterministic."""
    rng = random.Random(28)
    out: dict[str, list[dict[str, Any]]] = {"dev28": [], "heldout28": []}

    def add(split: str, family: str, lang: str, kind: str, short: str, i: int, prompt: str,
            expected: dict[str, Any]) -> None:
        f3 = FAM3[family]
        out[split].append({
            "id": f"r28-{f3}-{lang}-{short}-{i}", "split": split, "kind": kind,
            "family": family, "lang": lang, "template": f"r28_{f3}_{short}",
            "prompt": prompt, "expected": expected,
        })

    for split, family, lang, short, fn in TEMPLATES:
        for i in range(4):
            prompt, expected = fn(rng, i)
            add(split, family, lang, "positive", short, i, prompt, expected)
    for split, family, lang, short, prompts in NEGATIVES:
        for i, prompt in enumerate(prompts):
            add(split, family, lang, "negative", short, i, prompt, dict(NONE))
    return out["dev28"], out["heldout28"]


def main() -> None:
    dev, heldout = build()
    for name, records in (("corpus_dev28.jsonl", dev), ("corpus_heldout28.jsonl", heldout)):
        with (HERE / name).open("w", encoding="utf-8") as f:
            for rec in records:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"wrote {len(records)} records to {name}")


if __name__ == "__main__":
    main()
