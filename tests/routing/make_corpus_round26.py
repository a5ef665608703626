"""Round 26 of the routing corpus: an independent blind round written from scratch.

Every template, wording and instance in this file was written fresh for round 26, without
looking at earlier rounds or at the router's source, to measure how the router copes with
phrasings it has never seen.  Each template yields four records and belongs entirely to one
split (``dev26`` or ``heldout26``).  Every expected answer is computed here in Python (exact
integers and Fractions, trial division, direct counting, analytic circle formulas).

Run ``python tests/routing/make_corpus_round26.py`` to (re)write ``corpus_dev26.jsonl`` and
``corpus_heldout26.jsonl`` next to this script.
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
FAM3 = {"arithmetic": "ari", "comparison": "com", "counting": "cou", "geometry": "geo",
        "number_theory": "num"}

Pair = tuple[str, dict[str, Any]]
TemplateFn = Callable[[random.Random], list[Pair]]
TEMPLATES: list[tuple[str, str, str, str, str, TemplateFn]] = []


def template(split: str, family: str, lang: str, kind: str, name: str):
    def register(fn: TemplateFn) -> TemplateFn:
        TEMPLATES.append((split, family, lang, kind, name, fn))
        return fn
    return register


def negatives(split: str, family: str, lang: str, name: str, prompts: list[str]) -> None:
    def fn(rng: random.Random) -> list[Pair]:
        return [(p, {"type": "none"}) for p in prompts]
    TEMPLATES.append((split, family, lang, "negative", name, fn))


# Expected objects ------------------------------------------------------------------------------


def num(q: Fraction | int) -> dict[str, Any]:
    return {"type": "number", "answer": str(Fraction(q))}


def real(expr: str) -> dict[str, Any]:
    return {"type": "real", "answer": expr}


def yes_no(flag: bool) -> dict[str, Any]:
    return {"type": "bool", "answer": "yes" if flag else "no"}


def choice(written: str) -> dict[str, Any]:
    return {"type": "choice", "answer": written}


def text(answer: str) -> dict[str, Any]:
    return {"type": "text", "answer": answer}


def word_choice(word: str) -> dict[str, Any]:
    return {"type": "word_choice", "answer": word}


def listing(items: list[str], elem: str, ordered: bool, order: str | None = None
            ) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "list", "answer": items, "elem": elem, "ordered": ordered}
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


# Math helpers ----------------------------------------------------------------------------------


def factor(n: int) -> list[tuple[int, int]]:
    """Prime factorization by trial division, as sorted (prime, exponent) pairs."""
    out = []
    p = 2
    while p * p <= n:
        e = 0
        while n % p == 0:
            n //= p
            e += 1
        if e:
            out.append((p, e))
        p += 1
    if n > 1:
        out.append((n, 1))
    return out


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    return all(n % d for d in range(2, math.isqrt(n) + 1))


def is_happy(n: int) -> bool:
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(c) ** 2 for c in str(n))
    return n == 1


def dec(q: Fraction | int) -> str:
    """Exact decimal spelling of a terminating rational."""
    q = Fraction(q)
    sign = "-" if q < 0 else ""
    q = abs(q)
    whole, rem = divmod(q.numerator, q.denominator)
    digits = ""
    while rem:
        rem *= 10
        d, rem = divmod(rem, q.denominator)
        digits += str(d)
        if len(digits) > 12:
            raise ValueError("not a short terminating decimal")
    return f"{sign}{whole}.{digits}" if digits else f"{sign}{whole}"


def frac_str(q: Fraction) -> str:
    return str(q)


def sqrt_form(n: int) -> tuple[int, int]:
    """sqrt(n) == k * sqrt(m) with m square-free."""
    k, m = 1, n
    f = 2
    while f * f <= m:
        while m % (f * f) == 0:
            m //= f * f
            k *= f
        f += 1
    return k, m


def radical_sum(squares: list[int]) -> str:
    """An exact expression for the sum of sqrt(s) over ``squares``."""
    terms: dict[int, int] = {}
    for s in squares:
        k, m = sqrt_form(s)
        terms[m] = terms.get(m, 0) + k
    parts = []
    for m in sorted(terms):
        k = terms[m]
        if m == 1:
            parts.append(str(k))
        elif k == 1:
            parts.append(f"sqrt({m})")
        else:
            parts.append(f"{k}*sqrt({m})")
    return " + ".join(parts)


def dist_expr(p: tuple[int, int], q: tuple[int, int]) -> str:
    return radical_sum([(p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2])


def pt(p: tuple[int, int], tight: bool = False) -> str:
    return f"({p[0]},{p[1]})" if tight else f"({p[0]}, {p[1]})"


def shoelace(poly: list[tuple[int, int]]) -> Fraction:
    s = 0
    for i, (x1, y1) in enumerate(poly):
        x2, y2 = poly[(i + 1) % len(poly)]
        s += x1 * y2 - x2 * y1
    return Fraction(abs(s), 2)


def cross(o: tuple[int, int], a: tuple[int, int], b: tuple[int, int]) -> int:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def on_segment(p: tuple[int, int], a: tuple[int, int], b: tuple[int, int]) -> bool:
    return (cross(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
            and min(a[1], b[1]) <= p[1] <= max(a[1], b[1]))


def locate(p: tuple[int, int], poly: list[tuple[int, int]]) -> str:
    """inside / boundary / outside by exact ray casting."""
    n = len(poly)
    if any(on_segment(p, poly[i], poly[(i + 1) % n]) for i in range(n)):
        return "boundary"
    inside = False
    for i in range(n):
        (x1, y1), (x2, y2) = poly[i], poly[(i + 1) % n]
        if (y1 > p[1]) != (y2 > p[1]):
            x_cross = Fraction(x1) + Fraction((p[1] - y1) * (x2 - x1), y2 - y1)
            if p[0] < x_cross:
                inside = not inside
    return "inside" if inside else "outside"


def circle_relation(c1: tuple[int, int], r1: int, c2: tuple[int, int], r2: int) -> str:
    """separate / external_tangent / crossing / internal_tangent / contained (exact)."""
    d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
    if d2 > (r1 + r2) ** 2:
        return "separate"
    if d2 == (r1 + r2) ** 2:
        return "external_tangent"
    if d2 > (r1 - r2) ** 2:
        return "crossing"
    if d2 == (r1 - r2) ** 2 and d2 > 0:
        return "internal_tangent"
    return "contained"


TRIPLES = [(3, 4, 5), (6, 8, 10), (5, 12, 13), (8, 6, 10), (4, 3, 5), (0, 7, 7), (9, 12, 15),
           (12, 5, 13), (10, 0, 10), (0, 6, 6)]


def circle_pair(rng: random.Random, want: str) -> tuple[tuple[int, int], int, tuple[int, int],
                                                          int]:
    """Two integer circles whose exact relation is ``want`` (checked, not assumed)."""
    while True:
        dx, dy, d = rng.choice(TRIPLES)
        sx, sy = rng.choice([1, -1]), rng.choice([1, -1])
        c1 = (rng.randint(-6, 6), rng.randint(-6, 6))
        c2 = (c1[0] + sx * dx, c1[1] + sy * dy)
        if want == "separate":
            r1 = rng.randint(1, max(1, d // 2))
            r2 = rng.randint(1, max(1, d - r1 - 1))
        elif want == "external_tangent":
            r1 = rng.randint(1, d - 1)
            r2 = d - r1
        elif want == "crossing":
            r1 = rng.randint(2, d + 2)
            r2 = rng.randint(abs(d - r1) + 1, d + r1 - 1) if d + r1 - 1 > abs(d - r1) else 1
        elif want == "internal_tangent":
            r1 = rng.randint(1, 6)
            r2 = r1 + d
        else:  # contained: circle 1 strictly inside circle 2
            r1 = rng.randint(1, 5)
            r2 = d + r1 + rng.randint(1, 6)
        if r1 > 0 and r2 > 0 and circle_relation(c1, r1, c2, r2) == want:
            return c1, r1, c2, r2


def segments_cross_count(a: tuple[int, int], b: tuple[int, int], c: tuple[int, int],
                         d: tuple[int, int]) -> int | None:
    """1 if the segments meet, 0 if not; None for degenerate (collinear / touching) layouts."""
    o = [cross(a, b, c), cross(a, b, d), cross(c, d, a), cross(c, d, b)]
    if 0 in o:
        return None
    return int((o[0] > 0) != (o[1] > 0) and (o[2] > 0) != (o[3] > 0))


def distinct_values(values: list[Fraction]) -> bool:
    return len(set(values)) == len(values)


def rand_fraction(rng: random.Random, max_den: int = 15) -> Fraction:
    while True:
        d = rng.randint(3, max_den)
        n = rng.randint(1, d - 1)
        if math.gcd(n, d) == 1:
            return Fraction(n, d)


# =============================================================================================
# ARITHMETIC
# =============================================================================================


@template("dev26", "arithmetic", "en", "positive", "r26_kid_homework_ops")
def _kid_homework(rng: random.Random) -> list[Pair]:
    forms = ["I'm checking my kid's homework. What is {a} × {b} − {c}?",
             "{a} × {b} − {c} = ? (going over my son's worksheet)",
             "Homework check: what does {a} × {b} − {c} come to?",
             "Helping with 4th grade math tonight. {a} × {b} − {c}, what's the answer?"]
    out = []
    for form in forms:
        a, b, c = rng.randint(12, 49), rng.randint(3, 19), rng.randint(5, 99)
        out.append((form.format(a=a, b=b, c=c), num(a * b - c)))
    return out


@template("dev26", "arithmetic", "en", "positive", "r26_percent_number_only")
def _percent_number_only(rng: random.Random) -> list[Pair]:
    forms = ["what's {p}% of {n}? just the number please",
             "Quick one: {p}% of {n}. Number only.",
             "Could you tell me what {p} percent of {n} is? No explanation needed.",
             "{p}% of {n} = ?"]
    ps = rng.sample(["15", "35", "12.5", "8", "45", "60", "2.5", "22"], 4)
    ns = rng.sample([80, 240, 360, 1250, 640, 1800, 4400], 4)
    return [(form.format(p=p, n=f"{n:,}"), num(Fraction(p) * n / 100))
            for form, p, n in zip(forms, ps, ns, strict=True)]


@template("dev26", "arithmetic", "en", "positive", "r26_raise_to_power_words")
def _raise_power(rng: random.Random) -> list[Pair]:
    forms = ["What do you get if you raise {a} to the power of {b}?",
             "{a} to the power of {b}: what's that equal to?",
             "Can you work out {a} raised to the power of {b} for me?",
             "I need {a} to the power of {b}, written out in full."]
    pairs: list[tuple[int, int]] = []
    while len(pairs) < 4:
        a, b = rng.randint(2, 13), rng.randint(3, 9)
        if a ** b < 10 ** 10 and (a, b) not in pairs:
            pairs.append((a, b))
    return [(form.format(a=a, b=b), num(a ** b))
            for form, (a, b) in zip(forms, pairs, strict=True)]


@template("dev26", "arithmetic", "en", "positive", "r26_total_with_separators")
def _total_separators(rng: random.Random) -> list[Pair]:
    forms = ["Can you total {x} for me?",
             "Add up {x}.",
             "What's the sum {x}?",
             "Totaling a few invoices here: {x}. What's the total?"]
    out = []
    for i, form in enumerate(forms):
        nums = [rng.randint(1000, 49999) for _ in range(4 if i == 3 else 3)]
        nums[-1] = rng.randint(100, 999) if i % 2 else nums[-1]
        expr = " + ".join(f"{n:,}" for n in nums)
        if i == 2:
            expr = "of " + expr
        out.append((form.format(x=expr), num(sum(nums))))
    return out


@template("dev26", "arithmetic", "en", "positive", "r26_fraction_divide_keep")
def _fraction_divide(rng: random.Random) -> list[Pair]:
    forms = ["What is {p} divided by {q}? Leave it as a fraction.",
             "Divide {p} by {q} and give me the answer as a fraction in lowest terms.",
             "{p} ÷ {q} = ?",
             "Working through a recipe conversion: what's {p} divided by {q}?"]
    out = []
    for form in forms:
        p, q = rand_fraction(rng, 12), rand_fraction(rng, 12)
        while q == p:
            q = rand_fraction(rng, 12)
        out.append((form.format(p=frac_str(p), q=frac_str(q)), num(p / q)))
    return out


@template("dev26", "arithmetic", "zh", "positive", "r26_zh_mul_then_sub")
def _zh_mul_sub(rng: random.Random) -> list[Pair]:
    forms = ["{a}乘以{b}再减去{c}等于多少？",
             "请问{a}乘以{b}，再减{c}，结果是多少？",
             "算一下：{a}乘以{b}减去{c}",
             "{a}乘{b}减{c}是多少啊"]
    out = []
    for form in forms:
        a, b, c = rng.randint(11, 99), rng.randint(3, 29), rng.randint(10, 199)
        out.append((form.format(a=a, b=b, c=c), num(a * b - c)))
    return out


@template("dev26", "arithmetic", "zh", "positive", "r26_zh_remainder")
def _zh_remainder(rng: random.Random) -> list[Pair]:
    forms = ["{a}除以{b}的余数是多少？",
             "{a}除以{b}，余数是几？",
             "帮我算一下{a}被{b}除以后余多少",
             "{a} mod {b} 等于多少？"]
    out = []
    for form in forms:
        a, b = rng.randint(100, 999), rng.randint(7, 31)
        while a % b == 0:
            a += 1
        out.append((form.format(a=a, b=b), num(a % b)))
    return out


negatives("dev26", "arithmetic", "en", "r26_clock_wraparound", [
    "It's 9 pm right now. What time will it be 5 hours from now?",
    "My shift starts at 10:00 and lasts 8 hours, so when do I get off?",
    "If today is Friday, what day of the week will it be in 10 days?",
    "I started a 45-minute timer at 11:30. When will it go off?",
])
negatives("dev26", "arithmetic", "en", "r26_code_or_trick_request", [
    "Write a Python function that adds 3 and 4 and returns the result.",
    "Can you show me how to compute 15% of a number in Excel?",
    "Explain why 0.1 + 0.2 doesn't equal 0.3 in JavaScript.",
    "What's the mental trick for doing 25 × 48 in your head? I want the method, not the result.",
])
negatives("dev26", "arithmetic", "zh", "r26_zh_number_identifiers", [
    "我的快递单号是 7350 2214 8890，现在到哪了？",
    "400-820-8820 是哪家公司的电话？",
    "身份证号第17位是奇数代表什么？",
    "为什么有人说 250 是骂人的话？",
])


@template("heldout26", "arithmetic", "en", "positive", "r26_receipt_decimals")
def _receipt_decimals(rng: random.Random) -> list[Pair]:
    forms = ["Adding up receipts: {a} + {b} + {c}. What's the total?",
             "what does {a} + {b} + {c} come out to",
             "I'm doing my expense report. {a} + {b} + {c} = ?",
             "I owe {a} + {b} + {c}. How much is that altogether?"]
    out = []
    for form in forms:
        cents = [rng.randint(101, 15999) for _ in range(3)]
        money = [f"{c // 100}.{c % 100:02d}" for c in cents]
        out.append((form.format(a=money[0], b=money[1], c=money[2]),
                    num(sum(Fraction(m) for m in money))))
    return out


@template("heldout26", "arithmetic", "en", "positive", "r26_square_root_perfect")
def _sqrt_perfect(rng: random.Random) -> list[Pair]:
    forms = ["What's the square root of {n}?",
             "√{n} = ?",
             "Find the square root of {n} please.",
             "Do you know the square root of {n} off the top of your head?"]
    ks = rng.sample(range(32, 100), 4)
    out = []
    for form, k in zip(forms, ks, strict=True):
        n = k * k
        root = math.isqrt(n)
        assert root * root == n
        shown = f"{n:,}" if form.startswith("Find") else str(n)
        out.append((form.format(n=shown), num(root)))
    return out


@template("heldout26", "arithmetic", "en", "positive", "r26_factorial_value")
def _factorial(rng: random.Random) -> list[Pair]:
    forms = ["Compute {n}! please.",
             "What is {n} factorial?",
             "how big is {n}!, exactly",
             "Give me the value of {n} factorial, all the digits."]
    ns = rng.sample(range(6, 16), 4)
    return [(form.format(n=n), num(math.prod(range(1, n + 1))))
            for form, n in zip(forms, ns, strict=True)]


@template("heldout26", "arithmetic", "en", "positive", "r26_parenthesized_expr")
def _parenthesized(rng: random.Random) -> list[Pair]:
    a, b, c, d = (rng.randint(2, 30) for _ in range(4))
    c += d + 1
    e = rng.randint(3, 9)
    f, g, h = (rng.randint(2, 20) for _ in range(3))
    m, n, o, q = (rng.randint(2, 40) for _ in range(4))
    s, t, u, v = (rng.randint(5, 60) for _ in range(4))
    return [
        (f"Evaluate ({a} + {b}) × ({c} − {d}).", num((a + b) * (c - d))),
        (f"What is ({f} + {g}) * ({f + g + h} - {h}) / {e}?",
         num(Fraction((f + g) * (f + g + h - h), e))),
        (f"Solve: {m * 20} − ({n} + {o}) × {q}", num(m * 20 - (n + o) * q)),
        (f"Can you simplify ({s} + {t}) / ({u} + {v})? Fraction is fine.",
         num(Fraction(s + t, u + v))),
    ]


@template("heldout26", "arithmetic", "en", "positive", "r26_squared_words")
def _squared_words(rng: random.Random) -> list[Pair]:
    a1, b1 = rng.randint(20, 60), rng.randint(2, 19)
    a2, b2 = rng.randint(11, 40), rng.randint(11, 40)
    a3, b3 = rng.randint(30, 90), rng.randint(5, 29)
    a4, b4 = rng.randint(6, 25), rng.randint(3, 12)
    return [
        (f"{a1} squared minus {b1} squared. What do I get?", num(a1 ** 2 - b1 ** 2)),
        (f"What's {a2} squared plus {b2} squared?", num(a2 ** 2 + b2 ** 2)),
        (f"If I square {a3} and then subtract {b3} squared, what's left?",
         num(a3 ** 2 - b3 ** 2)),
        (f"{a4} squared times {b4}: what's the result?", num(a4 ** 2 * b4)),
    ]


@template("heldout26", "arithmetic", "zh", "positive", "r26_zh_power_cifang")
def _zh_power(rng: random.Random) -> list[Pair]:
    forms = ["{a}的{b}次方是多少？",
             "请计算{a}的{b}次方",
             "{a}的{b}次方等于几",
             "问一下，{a}的{b}次方得多少？"]
    pairs: list[tuple[int, int]] = []
    while len(pairs) < 4:
        a, b = rng.randint(2, 15), rng.randint(2, 8)
        if a ** b < 10 ** 9 and (a, b) not in pairs:
            pairs.append((a, b))
    return [(form.format(a=a, b=b), num(a ** b))
            for form, (a, b) in zip(forms, pairs, strict=True)]


@template("heldout26", "arithmetic", "zh", "positive", "r26_zh_percent_of")
def _zh_percent(rng: random.Random) -> list[Pair]:
    forms = ["{n}的百分之{p}是多少？",
             "{n}的{p}%是多少",
             "求{n}的{p}%",
             "算算{n}乘以{p}%等于多少"]
    ps = rng.sample([5, 12, 18, 25, 30, 40, 75, 85], 4)
    ns = rng.sample([60, 120, 250, 480, 900, 1500, 2600], 4)
    return [(form.format(n=n, p=p), num(Fraction(p * n, 100)))
            for form, p, n in zip(forms, ps, ns, strict=True)]


negatives("heldout26", "arithmetic", "en", "r26_timezone_arrivals", [
    "My flight leaves New York at 10:45 and takes 6 hours. What local time do I land in LA?",
    "If it's 3 pm in London, what time is it in Tokyo?",
    "I have a call at 9:30 am Sydney time. What's that in Berlin?",
    "I land in Dubai at 22:10 after a 7-hour flight from Paris. What time did I leave, Paris time?",
])
negatives("heldout26", "arithmetic", "en", "r26_outside_constants", [
    "What's the speed of light times 2?",
    "What is the population of Canada divided by 10?",
    "What's the boiling point of water in Fahrenheit plus 50?",
    "Take the year the Eiffel Tower was finished and add 100. What do you get?",
])
negatives("heldout26", "arithmetic", "zh", "r26_zh_money_advice", [
    "月薪1万5，每个月存多少钱比较合适？",
    "手上有20万，是买理财好还是提前还房贷好？",
    "年终奖发了3万，怎么花最划算？",
    "房贷利率3.1%算高吗？",
])


# =============================================================================================
# COMPARISON
# =============================================================================================


def _decimal_pair(rng: random.Random) -> tuple[str, str]:
    base = rng.randint(2, 19)
    two = rng.choice([n for n in range(11, 100) if n % 10])
    one = rng.randint(1, 9)
    x, y = f"{base}.{two}", f"{base}.{one}"
    return (x, y) if rng.random() < 0.5 else (y, x)


def _bigger(x: str, y: str) -> str:
    return x if Fraction(x) > Fraction(y) else y


def _smaller(x: str, y: str) -> str:
    return x if Fraction(x) < Fraction(y) else y


@template("dev26", "comparison", "en", "positive", "r26_settle_argument")
def _settle_argument(rng: random.Random) -> list[Pair]:
    forms = ["Settle an argument for us: which is bigger, {x} or {y}?",
             "My coworker insists {x} is larger than {y}. Which one is actually bigger?",
             "Which number is greater, {x} or {y}?",
             "{x} vs {y}: which is the bigger number?"]
    out = []
    for form in forms:
        x, y = _decimal_pair(rng)
        out.append((form.format(x=x, y=y), choice(_bigger(x, y))))
    return out


@template("dev26", "comparison", "en", "positive", "r26_negative_greater_bool")
def _negative_greater(rng: random.Random) -> list[Pair]:
    forms = ["Quick sanity check: is −{a} greater than −{b}?",
             "Is -{a} bigger than -{b}? Yes or no.",
             "True or false: -{a} > -{b}",
             "Is the number −{a} greater than the number −{b}?"]
    out = []
    for i, form in enumerate(forms):
        a, b = rng.sample(range(2, 100), 2)
        if (a < b) != (i % 2 == 0):
            a, b = b, a
        out.append((form.format(a=a, b=b), yes_no(-a > -b)))
    return out


@template("dev26", "comparison", "en", "positive", "r26_smaller_fraction")
def _smaller_fraction(rng: random.Random) -> list[Pair]:
    forms = ["Which is smaller: {p} or {q}?",
             "Of {p} and {q}, which fraction is less?",
             "I'm comparing {p} and {q}. Which one is the smaller value?",
             "smaller one, {p} or {q}?"]
    out = []
    for form in forms:
        p, q = rand_fraction(rng), rand_fraction(rng)
        while p == q:
            q = rand_fraction(rng)
        ps, qs = frac_str(p), frac_str(q)
        out.append((form.format(p=ps, q=qs), choice(_smaller(ps, qs))))
    return out


def _mixed_items(rng: random.Random, count: int) -> list[str]:
    while True:
        items = [str(-rng.randint(1, 20)),
                 dec(Fraction(rng.randint(11, 99), 10)),
                 frac_str(rand_fraction(rng, 9) + rng.randint(0, 2)),
                 str(rng.randint(2, 30)),
                 dec(Fraction(rng.randint(1, 99), 100)),
                 dec(Fraction(-rng.randint(1, 9), 10))]
        items = [s for s in items if "/" not in s or Fraction(s).denominator != 1]
        rng.shuffle(items)
        items = items[:count]
        if distinct_values([Fraction(s) for s in items]):
            return items


@template("dev26", "comparison", "en", "positive", "r26_sort_ascending_mixed")
def _sort_ascending(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        items = _mixed_items(rng, 5)
        joined = ", ".join(items)
        if i == 1:
            joined = ", ".join(items[:-1]) + " and " + items[-1]
        prompt = ["Sort these from smallest to largest: {l}",
                  "Can you put {l} in increasing order?",
                  "Arrange in ascending order: {l}",
                  "Order these least to greatest please: {l}"][i].format(l=joined)
        ans = sorted(items, key=Fraction)
        out.append((prompt, listing(ans, "number", True, "asc")))
    return out


@template("dev26", "comparison", "en", "positive", "r26_descending_decimals")
def _descending_decimals(rng: random.Random) -> list[Pair]:
    forms = ["Put {l} in descending order.",
             "Rank from largest to smallest: {l}",
             "Sort descending: {l}",
             "Sort these biggest first, please: {l}"]
    out = []
    for i, form in enumerate(forms):
        vals = set()
        while len(vals) < 4 + i % 2:
            places = rng.choice([1, 2, 3])
            vals.add(Fraction(rng.randint(1, 10 ** places - 1), 10 ** places))
        items = [dec(v) for v in vals]
        rng.shuffle(items)
        sep = "; " if i == 2 else ", "
        ans = sorted(items, key=Fraction, reverse=True)
        out.append((form.format(l=sep.join(items)), listing(ans, "number", True, "desc")))
    return out


def _zh_pair(rng: random.Random, i: int) -> tuple[str, str]:
    if i == 0:
        return _decimal_pair(rng)
    if i == 1:
        a, b = rng.sample(range(1, 60), 2)
        return str(-a), str(-b)
    if i == 2:
        p = rand_fraction(rng, 11)
        q = Fraction(round(p * 100) + rng.choice([-2, -1, 1, 2]), 100)
        return frac_str(p), dec(q)
    a, b = rng.sample(range(1001, 99999), 2)
    return str(a), str(b)


@template("dev26", "comparison", "zh", "positive", "r26_zh_which_bigger")
def _zh_which_bigger(rng: random.Random) -> list[Pair]:
    forms = ["{x}和{y}哪个大？",
             "{x}跟{y}比，哪个更大？",
             "请问{x}与{y}哪个数大一些",
             "{x}、{y}，哪个大"]
    out = []
    for i, form in enumerate(forms):
        x, y = _zh_pair(rng, i)
        out.append((form.format(x=x, y=y), choice(_bigger(x, y))))
    return out


@template("dev26", "comparison", "zh", "positive", "r26_zh_bigger_than_ma")
def _zh_bigger_than(rng: random.Random) -> list[Pair]:
    forms = ["{x}比{y}大吗？",
             "{x}是不是比{y}大？",
             "请问{x}大于{y}吗",
             "{x}比{y}大吗，回答是或否"]
    out = []
    for i, form in enumerate(forms):
        x, y = _zh_pair(rng, (i + 1) % 4)
        out.append((form.format(x=x, y=y), yes_no(Fraction(x) > Fraction(y))))
    return out


negatives("dev26", "comparison", "en", "r26_version_numbers", [
    "Is Python 3.11 newer than Python 3.9?",
    "Is Node 18.20 a later release than Node 18.9?",
    "Which is the more recent Java, 1.8 or 11?",
    "Is Windows 10 older than Windows 8.1?",
])
negatives("dev26", "comparison", "en", "r26_units_change_winner", [
    "Which is hotter, 30°C or 85°F?",
    "Which is longer, 5 km or 3 miles?",
    "Which is heavier, 2 pounds or 1 kilogram?",
    "What's more, 1 gallon or 4 liters?",
])
negatives("dev26", "comparison", "zh", "r26_zh_product_opinion", [
    "iPhone 15 和 iPhone 13 哪个更值得买？",
    "小米14比小米13好用吗？",
    "5G套餐99元和129元的哪个更划算？",
    "考研考到380分和400分差别大吗？",
])


@template("heldout26", "comparison", "en", "positive", "r26_between_which_larger")
def _between_larger(rng: random.Random) -> list[Pair]:
    forms = ["Between {x} and {y}, which one's larger?",
             "Hey, is {x} or {y} the larger number?",
             "I just need to know which is larger, {x} or {y}. Thanks!",
             "Which one is more: {x} or {y}?"]
    out = []
    for i, form in enumerate(forms):
        whole = rng.randint(0, 3)
        x = f"{whole}.0{rng.randint(1, 9)}" if i % 2 == 0 else f"{whole}.{rng.randint(11, 99)}"
        y = f"{whole}.{rng.randint(1, 9)}"
        if Fraction(x) == Fraction(y):
            y = f"{whole}.{rng.randint(1, 9)}5"
        if i == 3:
            x, y = "-" + x, "-" + y
        if rng.random() < 0.5:
            x, y = y, x
        out.append((form.format(x=x, y=y), choice(_bigger(x, y))))
    return out


@template("heldout26", "comparison", "en", "positive", "r26_fraction_vs_decimal_less")
def _fraction_vs_decimal(rng: random.Random) -> list[Pair]:
    forms = ["Is {f} less than {d}?",
             "Can you confirm whether {f} is smaller than {d}?",
             "Is it true that {f} < {d}?",
             "Yes or no: is {f} less than {d}?"]
    out = []
    for form in forms:
        f = rand_fraction(rng, 13)
        d = Fraction(math.floor(f * 100) + rng.choice([0, 1]), 100)
        if d == f:
            d += Fraction(1, 100)
        out.append((form.format(f=frac_str(f), d=dec(d)), yes_no(f < d)))
    return out


@template("heldout26", "comparison", "en", "positive", "r26_ascending_integers")
def _ascending_integers(rng: random.Random) -> list[Pair]:
    forms = ["Order ascending: {l}",
             "Please sort {l} from lowest to highest.",
             "Lowest to highest, what's the order of {l}?",
             "I need these in ascending order: {l}"]
    out = []
    for i, form in enumerate(forms):
        items = [str(v) for v in rng.sample(range(-60, 61), 5 + i % 2)]
        if i == 1:
            joined = ", ".join(items[:-1]) + " and " + items[-1]
        elif i == 3:
            joined = "; ".join(items)
        else:
            joined = ", ".join(items)
        ans = sorted(items, key=int)
        out.append((form.format(l=joined), listing(ans, "number", True, "asc")))
    return out


@template("heldout26", "comparison", "en", "positive", "r26_extreme_of_three")
def _extreme_of_three(rng: random.Random) -> list[Pair]:
    forms = ["Which is the largest: {a}, {b}, or {c}?",
             "Out of {a}, {b} and {c}, which number is biggest?",
             "Pick the smallest of these: {a}, {b}, {c}.",
             "What's the smallest number among {a}, {b}, and {c}?"]
    out = []
    for i, form in enumerate(forms):
        a, b, c = _mixed_items(rng, 3)
        pick = max if i < 2 else min
        out.append((form.format(a=a, b=b, c=c), choice(pick([a, b, c], key=Fraction))))
    return out


@template("heldout26", "comparison", "en", "positive", "r26_rank_close_values_desc")
def _rank_close_desc(rng: random.Random) -> list[Pair]:
    forms = ["Rank these numbers from largest to smallest: {l}",
             "{l}. Sort them in decreasing order.",
             "Could you list {l} from greatest to least?",
             "descending order please: {l}"]
    out = []
    for form in forms:
        while True:
            b = rng.randint(1, 9)
            den = rng.choice([7, 11, 13])
            f = Fraction(b * den + rng.randint(1, den - 1), den)
            items = [str(b), dec(Fraction(math.floor(f * 100), 100)),
                     dec(Fraction(math.floor(f * 10000) + rng.choice([-3, 2, 7]), 10000)),
                     frac_str(f)]
            if distinct_values([Fraction(s) for s in items]) and "/" in items[3]:
                break
        rng.shuffle(items)
        ans = sorted(items, key=Fraction, reverse=True)
        out.append((form.format(l=", ".join(items)), listing(ans, "number", True, "desc")))
    return out


@template("heldout26", "comparison", "zh", "positive", "r26_zh_small_to_large")
def _zh_small_to_large(rng: random.Random) -> list[Pair]:
    forms = ["把{l}从小到大排列",
             "{l} 按从小到大的顺序排一下",
             "请将下列数从小到大排序：{l}",
             "从小到大排：{l}"]
    seps = ["、", "，", "、", " "]
    out = []
    for form, sep in zip(forms, seps, strict=True):
        items = _mixed_items(rng, 4)
        ans = sorted(items, key=Fraction)
        out.append((form.format(l=sep.join(items)), listing(ans, "number", True, "asc")))
    return out


@template("heldout26", "comparison", "zh", "positive", "r26_zh_which_smaller")
def _zh_which_smaller(rng: random.Random) -> list[Pair]:
    forms = ["{x}和{y}相比，哪个更小？",
             "{x}与{y}，哪个小？",
             "请问{x}和{y}中较小的是哪个",
             "{x}跟{y}哪个数小一点？"]
    out = []
    for i, form in enumerate(forms):
        x, y = _zh_pair(rng, (i + 2) % 4)
        out.append((form.format(x=x, y=y), choice(_smaller(x, y))))
    return out


negatives("heldout26", "comparison", "en", "r26_ambiguous_dates", [
    "Is 03/04/2024 before 02/05/2024?",
    "Which came first, 11/12/2021 or 12/11/2021?",
    "Is 05.06.2023 earlier than 06.05.2023?",
    "Which date is later: 01/02/2020 or 02/01/2020?",
])
negatives("heldout26", "comparison", "en", "r26_scale_knowledge", [
    "Is a magnitude 7.0 earthquake twice as strong as a 6.0?",
    "Is 4K really four times sharper than 1080p?",
    "Is 80 dB twice as loud as 40 dB?",
    "Is SPF 50 twice as protective as SPF 25?",
])
negatives("heldout26", "comparison", "zh", "r26_zh_calendar_knowledge", [
    "农历八月十五和公历9月15日哪个早？",
    "今年的春节比去年早还是晚？",
    "端午节和6月1日哪个先到？",
    "冬至一般比12月20日早吗？",
])


# =============================================================================================
# NUMBER THEORY
# =============================================================================================


def _primes_between(rng: random.Random, lo: int, hi: int, k: int) -> list[int]:
    return rng.sample([n for n in range(lo, hi) if is_prime(n)], k)


def _semiprimes(rng: random.Random, lo: int, hi: int, k: int, min_p: int = 7) -> list[int]:
    ps = [p for p in range(min_p, 400) if is_prime(p)]
    out: list[int] = []
    while len(out) < k:
        n = rng.choice(ps) * rng.choice(ps)
        if lo <= n < hi and n not in out:
            out.append(n)
    return out


def _prime_mix(rng: random.Random, lo: int, hi: int, min_p: int = 7) -> list[int]:
    ns = _primes_between(rng, lo, hi, 2) + _semiprimes(rng, lo, hi, 2, min_p)
    rng.shuffle(ns)
    return ns


@template("dev26", "number_theory", "en", "positive", "r26_kid_says_prime")
def _kid_says_prime(rng: random.Random) -> list[Pair]:
    forms = ["My kid says {n} is prime. Is it?",
             "Is {n} a prime number?",
             "Quick check: {n}, prime or not?",
             "Can you tell me whether {n} is prime? Yes/no is fine."]
    return [(form.format(n=n), yes_no(is_prime(n)))
            for form, n in zip(forms, _prime_mix(rng, 101, 1000), strict=True)]


def _smooth_number(rng: random.Random, lo: int, hi: int) -> int:
    while True:
        n = 1
        for p in (2, 3, 5, 7, 11, 13):
            n *= p ** rng.choice([0, 0, 1, 1, 2, 3])
        if lo <= n <= hi and len(factor(n)) >= 2:
            return n


@template("dev26", "number_theory", "en", "positive", "r26_break_into_primes")
def _break_into_primes(rng: random.Random) -> list[Pair]:
    forms = ["Break {n} down into prime factors.",
             "What's the prime factorization of {n}?",
             "Factor {n} into primes, please.",
             "I need {n} written as a product of primes."]
    ns: list[int] = []
    while len(ns) < 4:
        n = _smooth_number(rng, 100, 20000)
        if n not in ns:
            ns.append(n)
    return [(form.format(n=n), factorization(n)) for form, n in zip(forms, ns, strict=True)]


def _gcd_pair(rng: random.Random) -> tuple[int, int]:
    while True:
        g = rng.randint(4, 40)
        m1, m2 = rng.sample(range(2, 16), 2)
        if math.gcd(m1, m2) == 1:
            return g * m1, g * m2


def _gcd_by_search(a: int, b: int) -> int:
    return max(d for d in range(1, min(a, b) + 1) if a % d == 0 and b % d == 0)


@template("dev26", "number_theory", "en", "positive", "r26_gcd_spelled_out")
def _gcd_spelled(rng: random.Random) -> list[Pair]:
    forms = ["What's the greatest common divisor of {a} and {b}?",
             "Find the GCD of {a} and {b}.",
             "gcd({a}, {b}) = ?",
             "What is the biggest number that divides both {a} and {b}?"]
    out = []
    for form in forms:
        a, b = _gcd_pair(rng)
        out.append((form.format(a=a, b=b), num(_gcd_by_search(a, b))))
    return out


@template("dev26", "number_theory", "en", "positive", "r26_primes_below_n")
def _primes_below(rng: random.Random) -> list[Pair]:
    forms = ["List all the primes less than {n}.",
             "Which prime numbers are below {n}?",
             "Give me every prime under {n}.",
             "What are the primes smaller than {n}? Comma-separated is fine."]
    ns = rng.sample(range(15, 70), 4)
    return [(form.format(n=n), listing([str(p) for p in range(2, n) if is_prime(p)],
                                       "number", False))
            for form, n in zip(forms, ns, strict=True)]


@template("dev26", "number_theory", "en", "positive", "r26_digit_sum_worded")
def _digit_sum(rng: random.Random) -> list[Pair]:
    forms = ["What's the sum of the digits of {n}?",
             "Add up the digits in {n}.",
             "If you add together all the digits of {n}, what do you get?",
             "digit sum of {n}?"]
    out = []
    for form in forms:
        n = rng.randint(10 ** 4, 10 ** 7 - 1)
        total = 0
        m = n
        while m:
            m, r = divmod(m, 10)
            total += r
        out.append((form.format(n=n), num(total)))
    return out


@template("dev26", "number_theory", "zh", "positive", "r26_zh_is_prime")
def _zh_is_prime(rng: random.Random) -> list[Pair]:
    forms = ["{n}是质数吗？",
             "{n}是不是素数",
             "请判断{n}是否为质数",
             "问下{n}是素数吗？"]
    return [(form.format(n=n), yes_no(is_prime(n)))
            for form, n in zip(forms, _prime_mix(rng, 50, 600), strict=True)]


def _lcm_by_search(nums: list[int]) -> int:
    m = max(nums)
    k = m
    while any(k % n for n in nums):
        k += m
    return k


@template("dev26", "number_theory", "zh", "positive", "r26_zh_lcm")
def _zh_lcm(rng: random.Random) -> list[Pair]:
    forms = ["{a}和{b}的最小公倍数是多少",
             "求{a}与{b}的最小公倍数",
             "{a}、{b}的最小公倍数是几？",
             "请算出{a}和{b}的最小公倍数。"]
    out = []
    for form in forms:
        a, b = rng.sample(range(6, 61), 2)
        out.append((form.format(a=a, b=b), num(_lcm_by_search([a, b]))))
    return out


negatives("dev26", "number_theory", "en", "r26_prime_concept_questions", [
    "Why is 1 not considered a prime number?",
    "Explain why 2 is the only even prime.",
    "What's the largest prime number anyone has found so far?",
    "Why are big primes important for RSA encryption?",
])
negatives("dev26", "number_theory", "en", "r26_number_superstition", [
    "Is 7 really a lucky number?",
    "Why is 13 considered unlucky?",
    "Why do people say 666 is the number of the beast?",
    "Is 8 a lucky number in Chinese culture?",
])
negatives("dev26", "number_theory", "zh", "r26_zh_theory_concepts", [
    "为什么RSA加密要用很大的质数？",
    "哥德巴赫猜想现在被证明了吗？",
    "孪生素数猜想是什么意思？",
    "最大公约数在实际生活中有什么用？",
])


@template("heldout26", "number_theory", "en", "positive", "r26_need_the_lcm")
def _need_lcm(rng: random.Random) -> list[Pair]:
    out = []
    a, b = rng.sample(range(8, 49), 2)
    out.append((f"I need the LCM of {a} and {b}.", num(_lcm_by_search([a, b]))))
    a, b, c = rng.sample(range(4, 31), 3)
    out.append((f"What is the least common multiple of {a}, {b} and {c}?",
                num(_lcm_by_search([a, b, c]))))
    a, b = rng.sample(range(10, 90), 2)
    out.append((f"lcm of {a} and {b}?", num(_lcm_by_search([a, b]))))
    a, b = rng.sample(range(12, 75), 2)
    out.append((f"Find the lowest common multiple of {a} and {b}.",
                num(_lcm_by_search([a, b]))))
    return out


@template("heldout26", "number_theory", "en", "positive", "r26_largest_prime_factor")
def _largest_prime_factor(rng: random.Random) -> list[Pair]:
    forms = ["What is the largest prime factor of {n}?",
             "What's the biggest prime that divides {n}?",
             "Find the greatest prime factor of {n}.",
             "Largest prime factor of {n}, please."]
    primes = [p for p in range(3, 98) if is_prime(p)]
    out = []
    for form in forms:
        while True:
            n = math.prod(rng.sample(primes, rng.choice([3, 4])))
            if 1000 <= n < 10 ** 6:
                break
        shown = f"{n:,}" if form.startswith("Find") else str(n)
        out.append((form.format(n=shown), num(max(p for p, _ in factor(n)))))
    return out


@template("heldout26", "number_theory", "en", "positive", "r26_happy_numbers_range")
def _happy_range(rng: random.Random) -> list[Pair]:
    forms = ["Which numbers between {a} and {b} are happy numbers?",
             "List the happy numbers from {a} to {b}.",
             "Find all happy numbers in the range {a}–{b}.",
             "What are the happy numbers between {a} and {b}?"]
    out = []
    used: set[tuple[int, int]] = set()
    for form in forms:
        while True:
            a = rng.randint(2, 90)
            b = a + rng.randint(12, 30)
            inside = [n for n in range(a, b + 1) if is_happy(n)]
            if (not is_happy(a) and not is_happy(b) and len(inside) >= 2
                    and (a, b) not in used):
                break
        used.add((a, b))
        out.append((form.format(a=a, b=b), listing([str(n) for n in inside], "number", False)))
    return out


@template("heldout26", "number_theory", "en", "positive", "r26_prime_with_commas")
def _prime_commas(rng: random.Random) -> list[Pair]:
    forms = ["Is {n} a prime number?",
             "Can you check if {n} is prime?",
             "Tell me if {n} is prime.",
             "I think {n} is prime. Am I right?"]
    ns = _prime_mix(rng, 1000, 100000, 29)
    return [(form.format(n=f"{n:,}"), yes_no(is_prime(n)))
            for form, n in zip(forms, ns, strict=True)]


@template("heldout26", "number_theory", "en", "positive", "r26_hcf_phrase")
def _hcf(rng: random.Random) -> list[Pair]:
    forms = ["What's the highest common factor of {a} and {b}?",
             "HCF of {a} and {b}?",
             "Find the greatest common factor of {a} and {b}.",
             "What's the largest number that goes evenly into both {a} and {b}?"]
    out = []
    for form in forms:
        a, b = _gcd_pair(rng)
        out.append((form.format(a=a, b=b), num(_gcd_by_search(a, b))))
    return out


@template("heldout26", "number_theory", "zh", "positive", "r26_zh_factorize")
def _zh_factorize(rng: random.Random) -> list[Pair]:
    forms = ["把{n}分解质因数",
             "{n}分解质因数是多少？",
             "请对{n}进行质因数分解",
             "{n}的质因数分解是什么？"]
    ns: list[int] = []
    while len(ns) < 4:
        n = _smooth_number(rng, 60, 5000)
        if n not in ns:
            ns.append(n)
    return [(form.format(n=n), factorization(n)) for form, n in zip(forms, ns, strict=True)]


@template("heldout26", "number_theory", "zh", "positive", "r26_zh_gcd")
def _zh_gcd(rng: random.Random) -> list[Pair]:
    forms = ["{a}和{b}的最大公约数是几",
             "求{a}、{b}的最大公因数",
             "{a}与{b}的最大公约数是多少？",
             "请问{a}和{b}的最大公因数是多少"]
    out = []
    for form in forms:
        a, b = _gcd_pair(rng)
        out.append((form.format(a=a, b=b), num(_gcd_by_search(a, b))))
    return out


negatives("heldout26", "number_theory", "en", "r26_phone_codes", [
    "Is 867-5309 a real phone number?",
    "What city uses the area code 212?",
    "Whose number is 1-800-275-2273?",
    "What country has the calling code +44?",
])
negatives("heldout26", "number_theory", "en", "r26_write_number_code", [
    "Write a Python function that checks whether a number is prime.",
    "Can you give me a JavaScript snippet to compute the gcd of two numbers?",
    "How would I code the Sieve of Eratosthenes in C?",
    "Show me a one-liner to get the digit sum of an integer in Python.",
])
negatives("heldout26", "number_theory", "zh", "r26_zh_number_customs", [
    "我的车牌尾号是7，周一限行吗？",
    "手机号末尾是4不吉利吗？",
    "门牌号13号可以买吗，会不会不吉利？",
    "身份证最后一位是X是什么意思？",
])


# =============================================================================================
# COUNTING
# =============================================================================================

VOWELS = set("aeiou")


def _most_common_letter(word: str) -> str:
    return max(sorted(set(word)), key=word.count)


@template("dev26", "counting", "en", "positive", "r26_letter_occurrences")
def _letter_occurrences(rng: random.Random) -> list[Pair]:
    forms = ["How many {c}'s are in {w}?",
             "How many times does the letter '{c}' appear in '{w}'?",
             "Count the letter {c} in the word {w}.",
             "In the word \"{w}\", how many times does {c} show up?"]
    words = rng.sample(["strawberry", "mississippi", "bookkeeper", "committee", "parallel",
                        "raspberry", "assessment", "balloon", "successful", "peppermint",
                        "possession", "tomorrow"], 4)
    out = []
    for form, w in zip(forms, words, strict=True):
        c = _most_common_letter(w)
        out.append((form.format(c=c, w=w), num(w.count(c))))
    return out


SENTENCES = ["The quick brown fox jumps over the lazy dog",
             "I think we should leave a little earlier tomorrow",
             "My grandmother bakes bread every Sunday morning",
             "Please remember to water the plants while I am away",
             "The train to the coast was late again today",
             "She sold her old bike to a neighbor for twenty dollars",
             "We watched the sunset from the roof of the hotel",
             "Reading before bed helps me fall asleep faster",
             "The library closes early on public holidays",
             "He forgot his umbrella at the coffee shop",
             "Our team finally won the match after three long months"]


@template("dev26", "counting", "en", "positive", "r26_words_in_quote")
def _words_in_quote(rng: random.Random) -> list[Pair]:
    forms = ['How many words are in this sentence: "{s}"?',
             "Count the words: {s}.",
             'Word count for "{s}", please.',
             "I need the number of words in the following line: {s}"]
    picks = rng.sample(SENTENCES[:7], 4)
    return [(form.format(s=s), num(len(s.split()))) for form, s in zip(forms, picks, strict=True)]


@template("dev26", "counting", "en", "positive", "r26_spell_backwards")
def _spell_backwards(rng: random.Random) -> list[Pair]:
    forms = ["Spell '{w}' backwards.",
             "What's {w} reversed?",
             "Write the word \"{w}\" in reverse.",
             "Reverse the letters of {w} for me."]
    words = rng.sample(["lantern", "pocket", "whisper", "giraffe", "blanket", "crystal",
                        "harvest", "spinach"], 4)
    return [(form.format(w=w), text(w[::-1])) for form, w in zip(forms, words, strict=True)]


@template("dev26", "counting", "en", "positive", "r26_vowel_count")
def _vowel_count(rng: random.Random) -> list[Pair]:
    forms = ["Count the vowels in '{w}'.",
             "How many vowels does the word {w} have?",
             "How many vowels are there in \"{w}\"?",
             "Number of vowels in {w}?"]
    words = rng.sample(["education", "onomatopoeia", "television", "abracadabra", "mountain",
                        "watermelon", "adventure", "aquarium", "hippopotamus"], 4)
    return [(form.format(w=w), num(sum(ch in VOWELS for ch in w)))
            for form, w in zip(forms, words, strict=True)]


@template("dev26", "counting", "en", "positive", "r26_anagram_pair")
def _anagram_pair(rng: random.Random) -> list[Pair]:
    forms = ["Are '{a}' and '{b}' anagrams?",
             "Is {a} an anagram of {b}?",
             "Can the letters of \"{a}\" be rearranged to spell \"{b}\"?",
             "Anagram check: {a} / {b}. Yes or no?"]
    pool = [("listen", "silent"), ("triangle", "integral"), ("planet", "plants"),
            ("orange", "organs"), ("night", "thing"), ("pirate", "parties"),
            ("dusty", "study"), ("garden", "gardens"), ("below", "elbow"), ("cheap", "peach"),
            ("silver", "slivers")]
    true_pairs = [p for p in pool if sorted(p[0]) == sorted(p[1])]
    false_pairs = [p for p in pool if sorted(p[0]) != sorted(p[1])]
    picks = rng.sample(true_pairs, 2) + rng.sample(false_pairs, 2)
    rng.shuffle(picks)
    return [(form.format(a=a, b=b), yes_no(sorted(a) == sorted(b)))
            for form, (a, b) in zip(forms, picks, strict=True)]


@template("dev26", "counting", "zh", "positive", "r26_zh_letter_in_word")
def _zh_letter_in_word(rng: random.Random) -> list[Pair]:
    forms = ["{w} 里面有多少个字母 {c}？",
             "单词{w}中有几个{c}？",
             "{w}这个词里字母{c}出现了几次",
             "数一数“{w}”里有多少个{c}"]
    words = rng.sample(["banana", "cherry", "coffee", "apple", "letter", "address",
                        "engineer", "google"], 4)
    out = []
    for form, w in zip(forms, words, strict=True):
        c = _most_common_letter(w)
        out.append((form.format(w=w, c=c), num(w.count(c))))
    return out


@template("dev26", "counting", "zh", "positive", "r26_zh_word_length")
def _zh_word_length(rng: random.Random) -> list[Pair]:
    forms = ["单词 {w} 有几个字母？",
             "{w}一共有多少个字母",
             "“{w}”这个单词由几个字母组成？",
             "请问{w}有多少个字母？"]
    words = rng.sample(["elephant", "computer", "university", "chocolate", "dictionary",
                        "butterfly", "basketball", "restaurant"], 4)
    return [(form.format(w=w), num(len(w))) for form, w in zip(forms, words, strict=True)]


negatives("dev26", "counting", "en", "r26_count_unseen_text", [
    "How many words are in the Gettysburg Address?",
    "How many letters are in the Russian alphabet?",
    "How many characters can a tweet have?",
    "How many words are in the first Harry Potter book?",
])
negatives("dev26", "counting", "en", "r26_word_meanings", [
    "What does the word 'serendipity' mean?",
    "What's a good synonym for 'happy'?",
    "Translate 'apple' into French.",
    "What rhymes with 'orange'?",
])
negatives("dev26", "counting", "zh", "r26_zh_character_questions", [
    "“饕餮”这两个字怎么读？",
    "“的”“地”“得”怎么区分？",
    "“画蛇添足”是什么意思？",
    "“行”在“银行”里念什么？",
])

ORDINALS = {2: "2nd", 3: "3rd", 4: "4th", 5: "5th", 6: "6th"}


@template("heldout26", "counting", "en", "positive", "r26_letter_at_position")
def _letter_at_position(rng: random.Random) -> list[Pair]:
    words = rng.sample(["giraffe", "notebook", "pumpkin", "sandwich", "kangaroo", "velvet",
                        "orchard", "marble"], 4)
    k1, k2 = rng.randint(2, 6), rng.randint(2, 6)
    return [
        (f"What's the {ORDINALS[k1]} letter of '{words[0]}'?", text(words[0][k1 - 1])),
        (f"In {words[1]}, which letter is in position {k2}?", text(words[1][k2 - 1])),
        (f"What is the first letter of \"{words[2]}\"?", text(words[2][0])),
        (f"Tell me the last letter of the word {words[3]}.", text(words[3][-1])),
    ]


@template("heldout26", "counting", "en", "positive", "r26_distinct_letters")
def _distinct_letters(rng: random.Random) -> list[Pair]:
    forms = ["How many different letters does '{w}' use?",
             "How many distinct letters are in {w}?",
             "Counting each letter only once, how many letters does \"{w}\" contain?",
             "How many unique letters appear in the word {w}?"]
    words = rng.sample(["mississippi", "tennessee", "bookkeeper", "banana", "referee",
                        "cocoa", "assassin", "engineering"], 4)
    return [(form.format(w=w), num(len(set(w)))) for form, w in zip(forms, words, strict=True)]


@template("heldout26", "counting", "en", "positive", "r26_word_with_more_letters")
def _more_letters(rng: random.Random) -> list[Pair]:
    forms = ["Which word has more letters, '{a}' or '{b}'?",
             "Which is longer, {a} or {b}? (in letters)",
             "Between \"{a}\" and \"{b}\", which word is longer?",
             "Does {a} or {b} have more letters?"]
    pool = [("elephant", "crocodile"), ("river", "ocean"), ("mountain", "hill"),
            ("strawberry", "blueberry"), ("pencil", "notebook"), ("tiger", "cheetah"),
            ("violin", "trumpet"), ("carrot", "cucumber")]
    picks = [p for p in rng.sample(pool, 6) if len(p[0]) != len(p[1])][:4]
    return [(form.format(a=a, b=b), word_choice(a if len(a) > len(b) else b))
            for form, (a, b) in zip(forms, picks, strict=True)]


@template("heldout26", "counting", "en", "positive", "r26_alphabetize_words")
def _alphabetize(rng: random.Random) -> list[Pair]:
    forms = ["Put these words in alphabetical order: {l}",
             "Alphabetize: {l}",
             "Can you sort {l} alphabetically?",
             "Arrange {l} in A-to-Z order."]
    pool = ["pear", "apple", "mango", "kiwi", "banana", "cherry", "grape", "lemon", "melon",
            "peach", "plum", "orange", "apricot", "lime", "date", "fig"]
    out = []
    for i, form in enumerate(forms):
        words = rng.sample(pool, 4 + i % 2)
        joined = ", ".join(words)
        if i == 2:
            joined = ", ".join(words[:-1]) + " and " + words[-1]
        out.append((form.format(l=joined), listing(sorted(words), "text", True)))
    return out


@template("heldout26", "counting", "en", "positive", "r26_consonant_count")
def _consonant_count(rng: random.Random) -> list[Pair]:
    forms = ["How many consonants are in '{w}'?",
             "Count the consonants in {w}.",
             "How many consonant letters does \"{w}\" have?",
             "Number of consonants in the word {w}?"]
    words = rng.sample(["strength", "chocolate", "blackboard", "kitchen", "schedule",
                        "midnight", "thunderstorm", "bandwidth"], 4)
    return [(form.format(w=w), num(sum(ch not in VOWELS for ch in w)))
            for form, w in zip(forms, words, strict=True)]


@template("heldout26", "counting", "zh", "positive", "r26_zh_reverse_word")
def _zh_reverse(rng: random.Random) -> list[Pair]:
    forms = ["把 {w} 倒过来写是什么？",
             "{w}反过来拼是什么",
             "请把单词“{w}”的字母顺序颠倒",
             "{w} 倒序写出来"]
    words = rng.sample(["hello", "dragon", "summer", "planet", "window", "silver", "market"], 4)
    return [(form.format(w=w), text(w[::-1])) for form, w in zip(forms, words, strict=True)]


@template("heldout26", "counting", "zh", "positive", "r26_zh_count_sentence_words")
def _zh_count_words(rng: random.Random) -> list[Pair]:
    forms = ["这句话有几个单词：{s}",
             "“{s}”一共有多少个单词？",
             "数一下这句英文有几个词：{s}",
             "{s} —— 这句话里有多少个单词？"]
    picks = rng.sample(SENTENCES[7:], 4)
    return [(form.format(s=s), num(len(s.split()))) for form, s in zip(forms, picks, strict=True)]


negatives("heldout26", "counting", "en", "r26_length_advice", [
    "How many words should a cover letter be?",
    "How many words is a typical novel?",
    "How many characters should a strong password have?",
    "How many words per minute is a good typing speed?",
])
negatives("heldout26", "counting", "en", "r26_grammar_usage", [
    "What's the plural of 'cactus'?",
    "What's the past tense of 'swim'?",
    "Is 'irregardless' a real word?",
    "How do you pronounce 'quinoa'?",
])
negatives("heldout26", "counting", "zh", "r26_zh_script_trivia", [
    "“行”字有几种读音？",
    "“龘”这个字有多少画？",
    "英文字母表为什么是26个字母？",
    "汉语拼音一共有多少个声母？",
])


# =============================================================================================
# GEOMETRY
# =============================================================================================


@template("dev26", "geometry", "en", "positive", "r26_circles_intersect_en")
def _circles_intersect(rng: random.Random) -> list[Pair]:
    forms = ["Do these two circles intersect? Circle 1: center {c1}, radius {r1}. "
             "Circle 2: center {c2}, radius {r2}.",
             "Circle A has center {c1} and radius {r1}; circle B has center {c2} and radius "
             "{r2}. Do they cross each other?",
             "Does the circle centered at {c1} with radius {r1} intersect the circle centered "
             "at {c2} with radius {r2}?",
             "I have a circle at {c1} of radius {r1} and another at {c2} of radius {r2}. "
             "Do they intersect?"]
    wants = ["crossing", "separate", "separate", "crossing"]
    rng.shuffle(wants)
    out = []
    for form, want in zip(forms, wants, strict=True):
        c1, r1, c2, r2 = circle_pair(rng, want)
        rel = circle_relation(c1, r1, c2, r2)
        out.append((form.format(c1=pt(c1), r1=r1, c2=pt(c2), r2=r2),
                    yes_no(rel == "crossing")))
    return out


def _rand_point(rng: random.Random, lo: int = -9, hi: int = 9) -> tuple[int, int]:
    return rng.randint(lo, hi), rng.randint(lo, hi)


def _two_points(rng: random.Random) -> tuple[tuple[int, int], tuple[int, int]]:
    while True:
        p, q = _rand_point(rng), _rand_point(rng)
        if p != q:
            return p, q


@template("dev26", "geometry", "en", "positive", "r26_points_apart")
def _points_apart(rng: random.Random) -> list[Pair]:
    forms = ["How far apart are {p} and {q}?",
             "What's the distance between the points {p} and {q}?",
             "Find the distance from A{p} to B{q}.",
             "distance between {p} and {q}? exact form please"]
    out = []
    for i, form in enumerate(forms):
        p, q = _two_points(rng)
        out.append((form.format(p=pt(p, i == 2), q=pt(q, i == 2)), real(dist_expr(p, q))))
    return out


def _polygon(rng: random.Random, kind: str) -> list[tuple[int, int]]:
    x0, y0 = rng.randint(-4, 4), rng.randint(-4, 4)
    if kind == "triangle":
        while True:
            tri = [(x0, y0), _rand_point(rng, -8, 8), _rand_point(rng, -8, 8)]
            if cross(*tri) > 0:
                return tri
    if kind == "rectangle":
        w, h = rng.randint(2, 9), rng.randint(2, 9)
        return [(x0, y0), (x0 + w, y0), (x0 + w, y0 + h), (x0, y0 + h)]
    if kind == "trapezoid":
        a, h = rng.randint(4, 10), rng.randint(2, 8)
        s = rng.randint(-2, 3)
        t = rng.randint(-2, a + s - 1)  # t < a + s keeps the trapezoid convex
        return [(x0, y0), (x0 + a, y0), (x0 + a + s, y0 + h), (x0 + t, y0 + h)]
    # pentagon ("house" shape)
    w, h, roof = rng.randint(4, 10), rng.randint(3, 7), rng.randint(1, 5)
    apex = rng.randint(1, w - 1)
    return [(x0, y0), (x0 + w, y0), (x0 + w, y0 + h), (x0 + apex, y0 + h + roof),
            (x0, y0 + h)]


def _pts(poly: list[tuple[int, int]], tight: bool = False) -> str:
    items = [pt(p, tight) for p in poly]
    return ", ".join(items[:-1]) + " and " + items[-1]


@template("dev26", "geometry", "en", "positive", "r26_shoelace_area_en")
def _shoelace_area(rng: random.Random) -> list[Pair]:
    specs = [("Find the area of the polygon with vertices {v}.", "pentagon"),
             ("What's the area of the quadrilateral with corners at {v}?", "trapezoid"),
             ("A polygon has vertices {v} (in that order). What is its area?", "trapezoid"),
             ("Area of the shape with vertices {v}?", "pentagon")]
    out = []
    for form, kind in specs:
        poly = _polygon(rng, kind)
        out.append((form.format(v=_pts(poly)), num(shoelace(poly))))
    return out


@template("dev26", "geometry", "en", "positive", "r26_circle_area_radius_units")
def _circle_area_units(rng: random.Random) -> list[Pair]:
    forms = ["What's the area of a circle with radius {r} cm?",
             "A circle has a radius of {r}. What's its area? Keep pi in the answer.",
             "Area of a circle, r = {r}?",
             "If a circle's radius is {r} meters, what is its area, in terms of π?"]
    rs = [str(r) for r in rng.sample(range(2, 16), 3)] + [rng.choice(["1.5", "2.5", "0.5"])]
    rng.shuffle(rs)
    return [(form.format(r=r), real(f"{Fraction(r) ** 2}*pi"))
            for form, r in zip(forms, rs, strict=True)]


def _point_for(rng: random.Random, poly: list[tuple[int, int]], want: str
               ) -> tuple[int, int] | None:
    """A lattice point whose exact location is ``want``; None when none was found."""
    xs = [p[0] for p in poly]
    ys = [p[1] for p in poly]
    for _ in range(500):
        if want == "boundary":
            i = rng.randrange(len(poly))
            a, b = poly[i], poly[(i + 1) % len(poly)]
            g = math.gcd(abs(b[0] - a[0]), abs(b[1] - a[1]))
            if g < 2:
                continue
            k = rng.randint(1, g - 1)
            p = (a[0] + (b[0] - a[0]) // g * k, a[1] + (b[1] - a[1]) // g * k)
        else:
            p = (rng.randint(min(xs) - 3, max(xs) + 3), rng.randint(min(ys) - 3, max(ys) + 3))
        if locate(p, poly) == want:
            return p
    return None


@template("dev26", "geometry", "en", "positive", "r26_point_three_way")
def _point_three_way(rng: random.Random) -> list[Pair]:
    specs = [("Is the point {p} inside, outside, or on the boundary of the polygon with "
              "vertices {v}?", "trapezoid"),
             ("Where does {p} lie relative to the triangle {v}: inside, outside, or on an "
              "edge?", "triangle"),
             ("Point P = {p}. Polygon: {v}. Is P inside it, outside it, or on its boundary?",
              "pentagon"),
             ("For the rectangle with corners {v}, is {p} in the interior, on the boundary, "
              "or outside?", "rectangle")]
    wants = ["inside", "boundary", "outside", rng.choice(["inside", "boundary", "outside"])]
    rng.shuffle(wants)
    out = []
    for (form, kind), want in zip(specs, wants, strict=True):
        while True:
            poly = _polygon(rng, kind)
            p = _point_for(rng, poly, want)
            if p is not None:
                break
        out.append((form.format(p=pt(p), v=_pts(poly)), relation(locate(p, poly))))
    return out


@template("dev26", "geometry", "zh", "positive", "r26_zh_circles_intersect")
def _zh_circles_intersect(rng: random.Random) -> list[Pair]:
    forms = ["以{c1}为圆心、半径为{r1}的圆和以{c2}为圆心、半径为{r2}的圆相交吗？",
             "圆A圆心{c1}半径{r1}，圆B圆心{c2}半径{r2}，两圆有交点吗？",
             "请问圆心在{c1}、半径{r1}的圆，与圆心在{c2}、半径{r2}的圆是否相交？",
             "两个圆：一个圆心{c1}半径{r1}，另一个圆心{c2}半径{r2}。它们相交吗"]
    wants = ["crossing", "separate", "crossing", "separate"]
    rng.shuffle(wants)
    out = []
    for form, want in zip(forms, wants, strict=True):
        c1, r1, c2, r2 = circle_pair(rng, want)
        out.append((form.format(c1=pt(c1, True), r1=r1, c2=pt(c2, True), r2=r2),
                    yes_no(circle_relation(c1, r1, c2, r2) == "crossing")))
    return out


@template("dev26", "geometry", "zh", "positive", "r26_zh_triangle_area")
def _zh_triangle_area(rng: random.Random) -> list[Pair]:
    forms = ["三角形三个顶点是{a}、{b}、{c}，面积是多少？",
             "已知A{a}，B{b}，C{c}，求三角形ABC的面积",
             "顶点为{a}，{b}，{c}的三角形面积是多少",
             "求以{a}、{b}、{c}为顶点的三角形的面积。"]
    out = []
    for form in forms:
        a, b, c = _polygon(rng, "triangle")
        area = shoelace([a, b, c])
        out.append((form.format(a=pt(a, True), b=pt(b, True), c=pt(c, True)),
                    real(str(area))))
    return out


negatives("dev26", "geometry", "en", "r26_gps_coordinates", [
    "How many km is it between GPS coordinates (48.85, 2.35) and (51.51, -0.13)?",
    "What's the driving distance from (40.71, -74.01) to (34.05, -118.24)?",
    "How long would it take to walk from 37.77,-122.42 to 37.80,-122.27?",
    "My phone says I'm at 35.68, 139.69. How far am I from Mount Fuji?",
])
negatives("dev26", "geometry", "en", "r26_geometry_explanations", [
    "Why is the area of a circle pi r squared?",
    "Can you prove the Pythagorean theorem for me?",
    "What's the difference between a rhombus and a square?",
    "How do I find the area of an irregular room for new flooring?",
])
negatives("dev26", "geometry", "zh", "r26_zh_geo_trivia", [
    "从北京到上海的直线距离是多少公里？",
    "地球的周长大约有多长？",
    "一个标准足球场的面积是多少平方米？",
    "珠穆朗玛峰有多高？",
])


def _perimeter(poly: list[tuple[int, int]]) -> str:
    n = len(poly)
    return radical_sum([(poly[i][0] - poly[(i + 1) % n][0]) ** 2
                        + (poly[i][1] - poly[(i + 1) % n][1]) ** 2 for i in range(n)])


@template("heldout26", "geometry", "en", "positive", "r26_polygon_perimeter")
def _polygon_perimeter(rng: random.Random) -> list[Pair]:
    specs = [("What's the perimeter of the polygon with vertices {v}?", "trapezoid", False),
             ("Find the perimeter of triangle {v}.", "triangle", True),
             ("A rectangle has corners at {v}. What's its perimeter?", "rectangle", False),
             ("Perimeter of the shape {v}? Exact answer please.", "pentagon", True)]
    out = []
    for form, kind, tight in specs:
        poly = _polygon(rng, kind)
        out.append((form.format(v=_pts(poly, tight)), real(_perimeter(poly))))
    return out


@template("heldout26", "geometry", "en", "positive", "r26_segment_meeting_points")
def _segment_meeting(rng: random.Random) -> list[Pair]:
    forms = ["How many points do the segment from {a} to {b} and the segment from {c} to {d} "
             "have in common?",
             "Segment AB runs from {a} to {b}, segment CD from {c} to {d}. How many times do "
             "they intersect?",
             "How many intersection points are there between segment {a}-{b} and segment "
             "{c}-{d}?",
             "Count the intersection points of the segments [{a}, {b}] and [{c}, {d}]."]
    wants = [1, 0, 1, 0]
    rng.shuffle(wants)
    out = []
    for form, want in zip(forms, wants, strict=True):
        while True:
            a, b, c, d = (_rand_point(rng, -8, 8) for _ in range(4))
            got = segments_cross_count(a, b, c, d)
            if got == want:
                break
        out.append((form.format(a=pt(a), b=pt(b), c=pt(c), d=pt(d)), num(got)))
    return out


@template("heldout26", "geometry", "en", "positive", "r26_circles_tangent_check")
def _circles_tangent(rng: random.Random) -> list[Pair]:
    forms = ["Are the circles with centers {c1} and {c2} and radii {r1} and {r2} tangent to "
             "each other?",
             "Circle 1: center {c1}, r = {r1}. Circle 2: center {c2}, r = {r2}. Are they "
             "tangent?",
             "Do the circle centered at {c1} with radius {r1} and the one centered at {c2} "
             "with radius {r2} touch at exactly one point?",
             "Is the circle (center {c1}, radius {r1}) tangent to the circle (center {c2}, "
             "radius {r2})?"]
    wants = ["external_tangent", "crossing", "internal_tangent", "separate"]
    rng.shuffle(wants)
    out = []
    for form, want in zip(forms, wants, strict=True):
        c1, r1, c2, r2 = circle_pair(rng, want)
        rel = circle_relation(c1, r1, c2, r2)
        out.append((form.format(c1=pt(c1), r1=r1, c2=pt(c2), r2=r2),
                    yes_no(rel in ("external_tangent", "internal_tangent"))))
    return out


@template("heldout26", "geometry", "en", "positive", "r26_circle_within_circle")
def _circle_within(rng: random.Random) -> list[Pair]:
    forms = ["Is the circle with center {c1} and radius {r1} completely inside the circle "
             "with center {c2} and radius {r2}?",
             "Does circle B (center {c2}, radius {r2}) contain circle A (center {c1}, radius "
             "{r1})?",
             "Circle P: centre {c1}, radius {r1}. Circle Q: centre {c2}, radius {r2}. Does Q "
             "contain P?",
             "Is a circle of radius {r1} centered at {c1} entirely within the circle of "
             "radius {r2} centered at {c2}?"]
    wants = ["contained", "contained", "crossing", "separate"]
    rng.shuffle(wants)
    out = []
    for form, want in zip(forms, wants, strict=True):
        c1, r1, c2, r2 = circle_pair(rng, want)
        if want == "crossing" and rng.random() < 0.5:
            c1, r1, c2, r2 = c2, r2, c1, r1
        d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
        inside = r2 > r1 and d2 < (r2 - r1) ** 2
        out.append((form.format(c1=pt(c1), r1=r1, c2=pt(c2), r2=r2), yes_no(inside)))
    return out


@template("heldout26", "geometry", "en", "positive", "r26_point_in_polygon_yes_no")
def _point_yes_no(rng: random.Random) -> list[Pair]:
    specs = [("Is the point {p} inside the polygon with vertices {v}?", "pentagon", "inside"),
             ("Does the triangle with vertices {v} contain the point {p}?", "triangle",
              "inside"),
             ("Is {p} outside the square {v}?", "square", "outside"),
             ("Is {p} in the interior of the polygon {v}?", "trapezoid", "inside")]
    wants = ["inside", "outside", "inside", "outside"]
    rng.shuffle(wants)
    out = []
    for (form, kind, yes_if), want in zip(specs, wants, strict=True):
        if kind == "square":
            x0, y0, s = rng.randint(-5, 2), rng.randint(-5, 2), rng.randint(3, 8)
            poly = [(x0, y0), (x0 + s, y0), (x0 + s, y0 + s), (x0, y0 + s)]
        else:
            poly = _polygon(rng, kind)
        p = _point_for(rng, poly, want)
        if p is None:
            raise ValueError("no lattice point found")
        out.append((form.format(p=pt(p), v=_pts(poly)), relation(locate(p, poly), yes_if)))
    return out


@template("heldout26", "geometry", "zh", "positive", "r26_zh_circle_area")
def _zh_circle_area(rng: random.Random) -> list[Pair]:
    forms = ["半径为{r}的圆面积是多少？",
             "一个圆的半径是{r}厘米，它的面积是多少？（用π表示）",
             "求半径{r}的圆的面积",
             "圆的半径等于{r}，面积是多少"]
    rs = [str(r) for r in rng.sample(range(2, 21), 3)] + [rng.choice(["3.5", "4.5", "0.2"])]
    rng.shuffle(rs)
    return [(form.format(r=r), real(f"{Fraction(r) ** 2}*pi"))
            for form, r in zip(forms, rs, strict=True)]


@template("heldout26", "geometry", "zh", "positive", "r26_zh_point_distance")
def _zh_point_distance(rng: random.Random) -> list[Pair]:
    forms = ["两点{p}和{q}之间的距离是多少？",
             "求点A{p}到点B{q}的距离",
             "{p}与{q}两点间距离是多少",
             "点P{p}和点Q{q}相距多远？"]
    out = []
    for i, form in enumerate(forms):
        p, q = _two_points(rng)
        out.append((form.format(p=pt(p, i % 2 == 1), q=pt(q, i % 2 == 1)),
                    real(dist_expr(p, q))))
    return out


negatives("heldout26", "geometry", "en", "r26_astronomy_sizes", [
    "How far is the Moon from Earth?",
    "What's the distance from Earth to the Sun in kilometers?",
    "How big is a football field in square feet?",
    "What's the area of Texas in square miles?",
])
negatives("heldout26", "geometry", "en", "r26_diy_materials", [
    "How many gallons of paint do I need for a fence 50 ft long and 6 ft high?",
    "How many 12x12 tiles should I buy for a 10 by 14 ft kitchen, counting waste?",
    "How much mulch do I need for a circular flower bed 6 feet across?",
    "How many rolls of wallpaper for a room that's 12 by 15 feet?",
])
negatives("heldout26", "geometry", "zh", "r26_zh_landmark_sizes", [
    "故宫的占地面积有多大？",
    "天安门广场有多少平方米？",
    "长城总长度是多少公里？",
    "北京二环路一圈有多长？",
])


# =============================================================================================


def build() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(26)
    dev: list[dict[str, Any]] = []
    heldout: list[dict[str, Any]] = []
    for split, family, lang, kind, name, fn in TEMPLATES:
        pairs = fn(rng)
        if len(pairs) != 4:
            raise ValueError(f"{name}: {len(pairs)} records")
        short = name.removeprefix("r26_").replace("_", "-")
        for i, (prompt, expected) in enumerate(pairs):
            rec = {"id": f"r26-{FAM3[family]}-{lang}-{short}-{i}", "split": split,
                   "kind": kind, "family": family, "lang": lang, "template": name,
                   "prompt": prompt, "expected": expected}
            (dev if split == "dev26" else heldout).append(rec)
    return dev, heldout


def main() -> None:
    dev, heldout = build()
    for split, records in (("dev26", dev), ("heldout26", heldout)):
        with (HERE / f"corpus_{split}.jsonl").open("w", encoding="utf-8") as f:
            for rec in records:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"corpus_{split}.jsonl: {len(records)} records")


if __name__ == "__main__":
    main()
