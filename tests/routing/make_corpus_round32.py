"""Round 32 of the routing corpus: an independent blind round written from scratch.

Every template here was written fresh for this round, without looking at earlier rounds'
generators or corpora, to measure how the router copes with phrasings it has never seen.
Each template contributes four records and goes entirely to one split (``dev32`` or
``heldout32``). Positives are tool-answerable questions whose expected answers are computed
here in plain Python (ints, ``Fraction``, trial division, direct counting, analytic circle
formulas); negatives look numeric or wordy but must not be answered by a tool.

Run ``python tests/routing/make_corpus_round32.py`` to write ``corpus_dev32.jsonl`` and
``corpus_heldout32.jsonl`` next to this file.
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
ROUND = 32
FAM3 = {"arithmetic": "ari", "comparison": "cmp", "counting": "cnt", "geometry": "geo",
        "number_theory": "nth"}

Expected = dict[str, Any]
Maker = Callable[[random.Random], list[Any]]
TEMPLATES: list[tuple[str, str, str, str, str, Maker]] = []


def template(split: str, family: str, lang: str, kind: str, name: str) -> Callable[[Maker], Maker]:
    """Register a template maker; it returns four (prompt, expected) pairs (or four prompts
    for a negative template)."""

    def register(fn: Maker) -> Maker:
        TEMPLATES.append((split, family, lang, kind, name, fn))
        return fn

    return register


# Expected answers -------------------------------------------------------------------------------

NONE: Expected = {"type": "none"}


def number(q: int | Fraction) -> Expected:
    return {"type": "number", "answer": str(Fraction(q))}


def real(expr: str) -> Expected:
    return {"type": "real", "answer": expr}


def yes_no(flag: bool) -> Expected:
    return {"type": "bool", "answer": "yes" if flag else "no"}


def choice(written: str) -> Expected:
    return {"type": "choice", "answer": written}


def text(answer: str) -> Expected:
    return {"type": "text", "answer": answer}


def word_choice(answer: str) -> Expected:
    return {"type": "word_choice", "answer": answer}


def num_list(items: list[str], ordered: bool, order: str | None = None) -> Expected:
    exp: Expected = {"type": "list", "elem": "number", "ordered": ordered, "answer": items}
    if order:
        exp["order"] = order
    return exp


def word_list(items: list[str], ordered: bool) -> Expected:
    return {"type": "list", "elem": "text", "ordered": ordered, "answer": items}


def relation(answer: str, yes_if: str | None = None) -> Expected:
    exp: Expected = {"type": "relation", "answer": answer}
    if yes_if:
        exp["yes_if"] = yes_if
    return exp


def factorization(n: int) -> Expected:
    return {"type": "factorization", "answer": [[p, e] for p, e in factor(n)], "n": n}


# Exact helpers ----------------------------------------------------------------------------------


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


def sqrt_expr(n: int) -> str:
    """Exact sqrt(n) as "k", "sqrt(m)" or "k*sqrt(m)"."""
    k, m, f = 1, n, 2
    while f * f <= m:
        while m % (f * f) == 0:
            m //= f * f
            k *= f
        f += 1
    assert k * k * m == n
    if m == 1:
        return str(k)
    return f"sqrt({m})" if k == 1 else f"{k}*sqrt({m})"


def pi_expr(q: Fraction) -> str:
    return "pi" if q == 1 else f"{q}*pi"


def dist2(a: tuple[int, int], b: tuple[int, int]) -> int:
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2


def circle_points(c1: tuple[int, int], r1: int, c2: tuple[int, int], r2: int) -> tuple[int, str]:
    """(number of common points, kind) of two distinct circles."""
    d2, s, t = dist2(c1, c2), (r1 + r2) ** 2, (r1 - r2) ** 2
    assert not (d2 == 0 and r1 == r2)
    if d2 > s:
        return 0, "separate"
    if d2 == s:
        return 1, "external"
    if d2 > t:
        return 2, "crossing"
    if d2 == t:
        return 1, "internal"
    return 0, "nested"


def shoelace(vs: list[tuple[int, int]]) -> Fraction:
    total = sum(vs[i][0] * vs[(i + 1) % len(vs)][1] - vs[(i + 1) % len(vs)][0] * vs[i][1]
                for i in range(len(vs)))
    return Fraction(abs(total), 2)


def orient(a: tuple[int, int], b: tuple[int, int], c: tuple[int, int]) -> int:
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def segment_points(a: tuple[int, int], b: tuple[int, int], c: tuple[int, int],
                   d: tuple[int, int]) -> int:
    """Common points of two segments in general position (no three endpoints collinear)."""
    o = [orient(a, b, c), orient(a, b, d), orient(c, d, a), orient(c, d, b)]
    assert all(o), "degenerate instance"
    return int(o[0] * o[1] < 0 and o[2] * o[3] < 0)


def locate(p: tuple[int, int], vs: list[tuple[int, int]]) -> str:
    """inside / boundary / outside of point p for a simple polygon, exactly."""
    inside = False
    for i in range(len(vs)):
        a, b = vs[i], vs[(i + 1) % len(vs)]
        if (orient(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
                and min(a[1], b[1]) <= p[1] <= max(a[1], b[1])):
            return "boundary"
        if (a[1] > p[1]) != (b[1] > p[1]):
            x = a[0] + Fraction((p[1] - a[1]) * (b[0] - a[0]), b[1] - a[1])
            if p[0] < x:
                inside = not inside
    return "inside" if inside else "outside"


def pt(p: tuple[int, int], compact: bool = False) -> str:
    return f"({p[0]},{p[1]})" if compact else f"({p[0]}, {p[1]})"


def pt_zh(p: tuple[int, int]) -> str:
    return f"（{p[0]}，{p[1]}）"


def circle_eq(c: tuple[int, int], r: int) -> str:
    def part(var: str, v: int) -> str:
        if v == 0:
            return f"{var}²"
        return f"({var} − {v})²" if v > 0 else f"({var} + {-v})²"

    return f"{part('x', c[0])} + {part('y', c[1])} = {r * r}"


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


ORDINAL_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
                 7: "seventh", 8: "eighth", 9: "ninth"}
VOWELS = set("aeiou")


def dec_str(q: Fraction) -> str:
    """A terminating Fraction written as a plain decimal."""
    s = f"{float(q):.6f}".rstrip("0").rstrip(".")
    assert Fraction(s) == q
    return s


def pairs_from(rng: random.Random, pool: list[Any], k: int = 4) -> list[Any]:
    return rng.sample(pool, k)


# ================================================================================================
# Arithmetic
# ================================================================================================


@template("dev", "arithmetic", "en", "positive", "homework_times")
def _homework_times(rng: random.Random) -> list[Any]:
    forms = [
        "I'm checking my kid's homework. What's {a} × {b}?",
        "Helping my daughter with her math sheet — what is {a} times {b}?",
        "Homework check, no explanation needed: {a} * {b}",
        "What does {a} multiplied by {b} come to? Going over my son's worksheet.",
    ]
    out = []
    for f in forms:
        a, b = rng.randint(13, 98), rng.randint(12, 97)
        out.append((f.format(a=a, b=b), number(a * b)))
    return out


@template("dev", "arithmetic", "en", "positive", "percent_of")
def _percent_of(rng: random.Random) -> list[Any]:
    forms = [
        "What's {p}% of {n}? Just the number please.",
        "Quick one: {p} percent of {n}?",
        "I need {p}% of {n} for a spreadsheet cell — what is it?",
        "How much is {p}% of {n}, exactly?",
    ]
    pcts = ["15", "12.5", "35", "2.5"]
    bases = [80, 240, 1250, 3600]
    rng.shuffle(bases)
    return [(f.format(p=p, n=f"{n:,}"), number(Fraction(p) * n / 100))
            for f, p, n in zip(forms, pcts, bases, strict=True)]


@template("dev", "arithmetic", "en", "positive", "power_words")
def _power_words(rng: random.Random) -> list[Any]:
    forms = [
        "What is {a} to the power of {b}?",
        "Can you work out {a} raised to the {ob} power for me?",
        "whats {a}^{b}",
        "Just curious, {a} to the {ob} power equals what?",
    ]
    pool = [(a, b) for a in range(2, 10) for b in range(3, 7)]
    return [(f.format(a=a, b=b, ob=ordinal(b)), number(a**b))
            for f, (a, b) in zip(forms, rng.sample(pool, 4), strict=True)]


@template("dev", "arithmetic", "en", "positive", "budget_sum")
def _budget_sum(rng: random.Random) -> list[Any]:
    forms = [
        "What's {a} plus {b} plus {c}?",
        "Budget sheet total: {a} + {b} + {c} = ?",
        "Add {a} and {b}, then add {c}. What do you get?",
        "Could you sum up {a} + {b} + {c} for me? Just the total.",
    ]
    out = []
    for f in forms:
        a, b, c = rng.randint(10000, 99999), rng.randint(1000, 9999), rng.randint(100, 999)
        out.append((f.format(a=f"{a:,}", b=f"{b:,}", c=c), number(a + b + c)))
    return out


@template("dev", "arithmetic", "en", "positive", "exact_division")
def _exact_division(rng: random.Random) -> list[Any]:
    forms = [
        "What's {a} divided by {b}? Give it as a fraction.",
        "Divide {a} by {b} and leave the answer as a fraction in lowest terms.",
        "{a} ÷ {b} = ? (exact, please)",
        "Please give me the exact value of {a}/{b}, no rounding.",
    ]
    out = []
    for f in forms:
        while True:
            a, b = rng.randint(20, 400), rng.randint(6, 48)
            if a % b:
                break
        out.append((f.format(a=a, b=b), number(Fraction(a, b))))
    return out


@template("dev", "arithmetic", "zh", "positive", "zh_times")
def _zh_times(rng: random.Random) -> list[Any]:
    forms = [
        "{a}乘以{b}等于多少？",
        "请问{a}乘{b}等于几？",
        "{a}乘以{b}是多少啊",
        "帮我算下{a}×{b}，直接给结果就行",
    ]
    out = []
    for f in forms:
        a, b = rng.randint(12, 99), rng.randint(101, 999)
        out.append((f.format(a=a, b=b), number(a * b)))
    return out


@template("dev", "arithmetic", "zh", "positive", "zh_power")
def _zh_power(rng: random.Random) -> list[Any]:
    forms = [
        "{a}的{b}次方是多少？",
        "{a}的{b}次方等于多少",
        "请计算{a}的{b}次方",
        "算一下{a}的{b}次方，谢谢",
    ]
    pool = [(a, b) for a in range(2, 13) for b in range(2, 6)]
    return [(f.format(a=a, b=b), number(a**b))
            for f, (a, b) in zip(forms, rng.sample(pool, 4), strict=True)]


@template("dev", "arithmetic", "zh", "positive", "zh_add_sub")
def _zh_add_sub(rng: random.Random) -> list[Any]:
    forms = [
        "{a}加{b}减{c}等于多少？",
        "帮我算一下：{a}加上{b}再减去{c}",
        "{a}+{b}-{c}等于多少",
        "请计算{a}加{b}减{c}的结果",
    ]
    out = []
    for f in forms:
        a, b, c = rng.randint(100, 999), rng.randint(10, 999), rng.randint(10, 999)
        out.append((f.format(a=a, b=b, c=c), number(a + b - c)))
    return out


@template("dev", "arithmetic", "en", "negative", "count_trivia")
def _count_trivia(rng: random.Random) -> list[str]:
    return [
        "How many moons does Jupiter have?",
        "Quick question: how many bones are in the adult human body?",
        "How many keys are on a standard piano?",
        "How many players does a soccer team have on the field at once?",
    ]


@template("dev", "arithmetic", "en", "negative", "clock_time")
def _clock_time(rng: random.Random) -> list[str]:
    h, k = rng.randint(8, 11), rng.randint(3, 7)
    return [
        f"It's {h} pm right now. What time will it be in {k} hours?",
        "My shift starts at 9:30 and runs 8 hours — what time do I get off?",
        "If today is Friday, what day of the week will it be 10 days from now?",
        "The meeting is at 11 am in New York. What time is that in London?",
    ]


@template("dev", "arithmetic", "zh", "negative", "zh_identifiers")
def _zh_identifiers(rng: random.Random) -> list[str]:
    order = rng.randint(10**9, 10**10 - 1)
    return [
        f"我的订单号是{order}，请问什么时候能发货？",
        "快递单号SF1402877365现在到哪了？",
        "我手机尾号是3927，能帮我查一下话费余额吗？",
        "航班CA1831今天几点起飞？",
    ]


@template("heldout", "arithmetic", "en", "positive", "square_root")
def _square_root(rng: random.Random) -> list[Any]:
    forms = [
        "What's the square root of {n}?",
        "square root of {n} — just the number",
        "√{n} = ?",
        "Find the square root of {n}, please.",
    ]
    roots = rng.sample(range(14, 120), 4)
    return [(f.format(n=f"{r * r:,}"), number(math.isqrt(r * r)))
            for f, r in zip(forms, roots, strict=True)]


@template("heldout", "arithmetic", "en", "positive", "factorial")
def _factorial(rng: random.Random) -> list[Any]:
    forms = [
        "What does {n} factorial equal?",
        "Compute {n}! for me.",
        "I need the value of {n}! (that's {n} factorial).",
        "What's {n} factorial? Just the number.",
    ]
    return [(f.format(n=n), number(math.factorial(n)))
            for f, n in zip(forms, rng.sample(range(5, 14), 4), strict=True)]


@template("heldout", "arithmetic", "en", "positive", "remainder")
def _remainder(rng: random.Random) -> list[Any]:
    forms = [
        "What's the remainder when {a} is divided by {b}?",
        "{a} mod {b} = ?",
        "If you divide {a} by {b}, what's left over?",
        "Find {a} modulo {b}.",
    ]
    out = []
    for i, f in enumerate(forms):
        a, b = rng.randint(1000, 99999), rng.randint(7, 37)
        shown = f"{a:,}" if i == 2 else str(a)
        out.append((f.format(a=shown, b=b), number(a % b)))
    return out


@template("heldout", "arithmetic", "en", "positive", "decimal_minus")
def _decimal_minus(rng: random.Random) -> list[Any]:
    forms = [
        "What's {x} minus {y}?",
        "Subtract {y} from {x} — exact answer please.",
        "{x} − {y} = ?",
        "I had {x} kg of flour and used {y} kg. How much is left?",
    ]
    out = []
    for f in forms:
        x = f"{rng.randint(20, 99)}.{rng.randint(1, 9)}"
        y = f"{rng.randint(1, 19)}.{rng.choice([d for d in range(11, 100) if d % 10])}"
        out.append((f.format(x=x, y=y), number(Fraction(x) - Fraction(y))))
    return out


@template("heldout", "arithmetic", "en", "positive", "order_of_ops")
def _order_of_ops(rng: random.Random) -> list[Any]:
    a, b, c, d = (rng.randint(2, 30) for _ in range(4))
    e, f, g, h = (rng.randint(2, 30) for _ in range(4))
    i, j, k = rng.randint(40, 90), rng.randint(2, 30), rng.randint(3, 9)
    m, n, o, p = (rng.randint(2, 30) for _ in range(4))
    return [
        (f"Evaluate ({a} + {b}) × {c} − {d}.", number((a + b) * c - d)),
        (f"What is {e} × ({f} − {g}) + {h}?", number(e * (f - g) + h)),
        (f"Work out ({i} − {j}) ÷ {k}, exactly.", number(Fraction(i - j, k))),
        (f"What's {m} + {n} × ({o} − {p})? Order of operations always trips me up.",
         number(m + n * (o - p))),
    ]


@template("heldout", "arithmetic", "zh", "positive", "zh_divide_fraction")
def _zh_divide_fraction(rng: random.Random) -> list[Any]:
    forms = [
        "{a}除以{b}等于多少？用分数表示。",
        "{a}÷{b}是多少？请给出最简分数",
        "请问{a}除以{b}的结果是多少（分数形式）",
        "计算{a}除以{b}，结果写成分数",
    ]
    out = []
    for f in forms:
        while True:
            a, b = rng.randint(10, 300), rng.randint(4, 60)
            if a % b:
                break
        out.append((f.format(a=a, b=b), number(Fraction(a, b))))
    return out


@template("heldout", "arithmetic", "zh", "positive", "zh_percent")
def _zh_percent(rng: random.Random) -> list[Any]:
    forms = [
        "{n}的{p}%是多少？",
        "请问{n}的{p}%等于多少",
        "算一下{n}的{p}%",
        "{n}乘以{p}%等于多少？",
    ]
    pcts = ["20", "7.5", "45", "12"]
    bases = [360, 1200, 880, 2500]
    rng.shuffle(bases)
    return [(f.format(p=p, n=n), number(Fraction(p) * n / 100))
            for f, p, n in zip(forms, pcts, bases, strict=True)]


@template("heldout", "arithmetic", "en", "negative", "money_advice")
def _money_advice(rng: random.Random) -> list[str]:
    return [
        "Should I put 15% of my paycheck into savings?",
        "Is 6.5% a good interest rate for a mortgage right now?",
        "Is $3,000 too much to pay for a used car with 120,000 miles on it?",
        "Is 7 hours of sleep a night enough for an adult?",
    ]


@template("heldout", "arithmetic", "en", "negative", "code_explain")
def _code_explain(rng: random.Random) -> list[str]:
    return [
        "Write a Python function that returns n factorial.",
        "Explain why 0.1 + 0.2 doesn't equal 0.3 in JavaScript.",
        "How do I calculate 15% of a column in Excel?",
        "What does the % operator do in C?",
    ]


@template("heldout", "arithmetic", "zh", "negative", "zh_world")
def _zh_world(rng: random.Random) -> list[str]:
    return [
        "木星有多少颗卫星？",
        "9月11日那天发生了什么？",
        "现在是晚上10点，再过5个小时是几点？",
        "一年有多少个节气？",
    ]


# ================================================================================================
# Comparison
# ================================================================================================


def _decimal_pair(rng: random.Random) -> tuple[str, str]:
    k = rng.randint(1, 30)
    two = rng.choice([d for d in range(11, 100) if d % 10])
    one = rng.randint(1, 9)
    a, b = f"{k}.{two}", f"{k}.{one}"
    assert Fraction(a) != Fraction(b)
    return (a, b) if rng.random() < 0.5 else (b, a)


@template("dev", "comparison", "en", "positive", "decimal_bigger")
def _decimal_bigger(rng: random.Random) -> list[Any]:
    forms = [
        "Which is bigger, {a} or {b}?",
        "Which number is larger: {a} or {b}?",
        "{a} vs {b} — which one's bigger?",
        "Settle a debate for us: which is the bigger number, {a} or {b}?",
    ]
    out = []
    for f in forms:
        a, b = _decimal_pair(rng)
        out.append((f.format(a=a, b=b), choice(max(a, b, key=Fraction))))
    return out


@template("dev", "comparison", "en", "positive", "negative_greater")
def _negative_greater(rng: random.Random) -> list[Any]:
    forms = [
        "Is {a} greater than {b}?",
        "True or false: {a} > {b}",
        "Quick sanity check — is {a} more than {b}?",
        "Is {a} larger than {b}? Yes or no.",
    ]
    out = []
    for i, f in enumerate(forms):
        x, y = rng.sample(range(-60, 0), 2)
        a, b = (max(x, y), min(x, y)) if i % 2 == 0 else (min(x, y), max(x, y))
        sa, sb = str(a), str(b)
        if i == 1:
            sa, sb = sa.replace("-", "−"), sb.replace("-", "−")
        out.append((f.format(a=sa, b=sb), yes_no(a > b)))
    return out


def _mixed_numbers(rng: random.Random, k: int) -> list[str]:
    two_digits = rng.choice([d for d in range(11, 100) if d % 10])
    pool = [str(rng.randint(-20, 20)), f"{rng.randint(-9, 9)}.{rng.randint(1, 9)}",
            str(Fraction(rng.randint(1, 7), rng.randint(8, 12))),
            f"-{rng.randint(1, 9)}.{rng.randint(1, 9)}",
            str(rng.randint(21, 60)), "0", f"{rng.randint(0, 4)}.{two_digits}"]
    while True:
        items = rng.sample(pool, k)
        if len({Fraction(x) for x in items}) == k:
            return items


@template("dev", "comparison", "en", "positive", "sort_ascending")
def _sort_ascending(rng: random.Random) -> list[Any]:
    forms = [
        "Sort these from smallest to largest: {items}",
        "Can you put {items} in ascending order?",
        "Order from least to greatest: {items}",
        "Arrange these numbers smallest first — {items}",
    ]
    out = []
    for f in forms:
        items = _mixed_numbers(rng, 5)
        out.append((f.format(items=", ".join(items)),
                    num_list(sorted(items, key=Fraction), True, "asc")))
    return out


def _fraction_pair(rng: random.Random) -> tuple[str, str]:
    while True:
        a, b = rng.randint(1, 9), rng.randint(2, 12)
        c, d = rng.randint(1, 9), rng.randint(2, 12)
        if (a < b and c < d and b != d and math.gcd(a, b) == 1 and math.gcd(c, d) == 1
                and Fraction(a, b) != Fraction(c, d)):
            return f"{a}/{b}", f"{c}/{d}"


@template("dev", "comparison", "en", "positive", "fraction_smaller")
def _fraction_smaller(rng: random.Random) -> list[Any]:
    forms = [
        "Which is smaller, {a} or {b}?",
        "Which fraction is less: {a} or {b}?",
        "{a} or {b} — which is the smaller one?",
        "Of {a} and {b}, which has the lower value?",
    ]
    out = []
    for f in forms:
        a, b = _fraction_pair(rng)
        out.append((f.format(a=a, b=b), choice(min(a, b, key=Fraction))))
    return out


@template("dev", "comparison", "en", "positive", "separators_larger")
def _separators_larger(rng: random.Random) -> list[Any]:
    forms = [
        "Which is larger: {a} or {b}?",
        "Out of {a} and {b}, which number is greater?",
        "Between {a} and {b}, what's the bigger one?",
        "Just need to know which is bigger, {a} or {b}.",
    ]
    out = []
    for f in forms:
        while True:
            digits = list(str(rng.randint(10000, 999999)))
            i, j = sorted(rng.sample(range(1, len(digits)), 2))
            swapped = digits[:]
            swapped[i], swapped[j] = swapped[j], swapped[i]
            a, b = int("".join(digits)), int("".join(swapped))
            if a != b:
                break
        out.append((f.format(a=f"{a:,}", b=f"{b:,}"), choice(str(max(a, b)))))
    return out


@template("dev", "comparison", "zh", "positive", "zh_decimal_bigger")
def _zh_decimal_bigger(rng: random.Random) -> list[Any]:
    forms = [
        "{a}和{b}哪个大？",
        "{a}跟{b}比，哪个更大？",
        "请问{a}和{b}哪个数大",
        "{a}、{b}，哪个大一些？",
    ]
    out = []
    for f in forms:
        a, b = _decimal_pair(rng)
        out.append((f.format(a=a, b=b), choice(max(a, b, key=Fraction))))
    return out


@template("dev", "comparison", "zh", "positive", "zh_bigger_than")
def _zh_bigger_than(rng: random.Random) -> list[Any]:
    forms = [
        "{a}比{b}大吗？",
        "{a}是不是比{b}大？",
        "{a}大于{b}吗？",
        "请问{a}比{b}大吗",
    ]
    out = []
    for i, f in enumerate(forms):
        x, y = rng.sample(range(-40, 0), 2)
        a, b = (max(x, y), min(x, y)) if i in (1, 2) else (min(x, y), max(x, y))
        out.append((f.format(a=a, b=b), yes_no(a > b)))
    return out


@template("dev", "comparison", "zh", "positive", "zh_sort_ascending")
def _zh_sort_ascending(rng: random.Random) -> list[Any]:
    forms = [
        "把下面的数从小到大排列：{items}",
        "请将{items}按从小到大的顺序排好",
        "{items}，从小到大怎么排？",
        "把这几个数按升序排列：{items}",
    ]
    out = []
    for f in forms:
        items = [str(v) for v in rng.sample(range(-30, 100), 4)]
        out.append((f.format(items="、".join(items)),
                    num_list(sorted(items, key=Fraction), True, "asc")))
    return out


@template("dev", "comparison", "en", "negative", "version_numbers")
def _version_numbers(rng: random.Random) -> list[str]:
    return [
        "Is Python 3.11 newer than 3.9?",
        "Is version 2.10 of the library a later release than 2.9?",
        "Which came out first, Windows 8.1 or Windows 10?",
        "Is iOS 17.4 more recent than iOS 17.10?",
    ]


@template("dev", "comparison", "en", "negative", "unit_compare")
def _unit_compare(rng: random.Random) -> list[str]:
    return [
        "Which is hotter, 30°C or 80°F?",
        "Is 5 km longer than 4 miles?",
        "Which is heavier, 2 pounds or 1 kilogram?",
        "Which holds more, 3 cups or 1 liter?",
    ]


@template("dev", "comparison", "zh", "negative", "zh_compare_world")
def _zh_compare_world(rng: random.Random) -> list[str]:
    return [
        "Python 3.12 比 3.9 新吗？",
        "5公里和4英里哪个远？",
        "30摄氏度和80华氏度哪个热？",
        "iPhone 15 比 iPhone 13 好用吗？",
    ]


@template("heldout", "comparison", "en", "positive", "sort_descending")
def _sort_descending(rng: random.Random) -> list[Any]:
    out = []
    for i in range(4):
        items = _mixed_numbers(rng, 4 + i % 2)
        want = num_list(sorted(items, key=Fraction, reverse=True), True, "desc")
        if i == 0:
            prompt = f"Put {', '.join(items[:-1])} and {items[-1]} in descending order."
        elif i == 1:
            prompt = f"Rank these from largest to smallest: {'; '.join(items)}"
        elif i == 2:
            prompt = f"Sort high to low please: {', '.join(items)}"
        else:
            prompt = f"Can you order these biggest first? {', '.join(items)}"
        out.append((prompt, want))
    return out


@template("heldout", "comparison", "en", "positive", "decimal_less_fraction")
def _decimal_less_fraction(rng: random.Random) -> list[Any]:
    forms = [
        "Is {a} less than {b}?",
        "Is {a} smaller than {b}? Yes or no.",
        "Would you say {a} < {b}?",
        "Is it true that {a} is less than {b}?",
    ]
    out = []
    for i, f in enumerate(forms):
        while True:
            p, q = rng.randint(1, 8), rng.randint(3, 13)
            frac = Fraction(p, q)
            if p >= q or math.gcd(p, q) > 1 or frac.denominator in (4, 5, 8, 10):
                continue
            hundredths = math.floor(frac * 100) + rng.choice([-1, 0, 1, 2])
            dec = Fraction(hundredths, 100)
            if 0 < dec < 1 and dec != frac and hundredths % 10:
                break
        ds, fs = dec_str(dec), f"{p}/{q}"
        a, b = ((ds, fs), (fs, ds))[i % 2]
        out.append((f.format(a=a, b=b), yes_no(Fraction(a) < Fraction(b))))
    return out


@template("heldout", "comparison", "en", "positive", "negative_smaller")
def _negative_smaller(rng: random.Random) -> list[Any]:
    forms = [
        "Between {a} and {b}, which is smaller?",
        "Which is the smaller number: {a} or {b}?",
        "Which one is lower, {a} or {b}?",
        "Which reading is colder, {a} °C or {b} °C?",
    ]
    out = []
    for f in forms:
        k = rng.randint(1, 12)
        two_digits = rng.choice([d for d in range(11, 100) if d % 10])
        a, b = f"-{k}.{rng.randint(1, 9)}", f"-{k}.{two_digits}"
        if rng.random() < 0.5:
            a, b = b, a
        out.append((f.format(a=a, b=b), choice(min(a, b, key=Fraction))))
    return out


@template("heldout", "comparison", "en", "positive", "mixed_greater")
def _mixed_greater(rng: random.Random) -> list[Any]:
    forms = [
        "I always mix these up: which one is greater, {a} or {b}?",
        "For my notes — which is the larger value, {a} or {b}?",
        "Help me out, which is more: {a} or {b}?",
        "Which of these two is bigger? {a} and {b}",
    ]
    out = []
    for f in forms:
        while True:
            p, q = rng.randint(1, 11), rng.randint(2, 12)
            dec = Fraction(rng.randint(1, 99), 100)
            if (p < q and math.gcd(p, q) == 1 and Fraction(p, q) != dec
                    and dec.denominator in (4, 20, 25, 50, 100)):
                break
        a, b = f"{p}/{q}", dec_str(dec)
        if rng.random() < 0.5:
            a, b = b, a
        out.append((f.format(a=a, b=b), choice(max(a, b, key=Fraction))))
    return out


@template("heldout", "comparison", "en", "positive", "power_versus")
def _power_versus(rng: random.Random) -> list[Any]:
    sup = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
    forms = [
        "Which is greater, {a} or {b}?",
        "Is {a} or {b} the larger number?",
        "Without a calculator, which is bigger: {a} or {b}?",
        "Which is larger, {a} or {b}?",
    ]
    pool = [(x, y, u, v) for x in range(2, 10) for y in range(2, 11) for u in range(2, 10)
            for v in range(2, 11) if x < u and x**y != u**v and x**y < 5000 and u**v < 5000
            and abs(x**y - u**v) * 4 < x**y]
    out = []
    for i, (f, (x, y, u, v)) in enumerate(zip(forms, rng.sample(pool, 4), strict=True)):
        a, b = f"{x}^{y}", f"{u}^{v}"
        if rng.random() < 0.5:
            a, b = b, a
        win = a if _power_value(a) > _power_value(b) else b
        if i == 3:
            out.append((f.format(a=_superscript(a, sup), b=_superscript(b, sup)), choice(win)))
        else:
            out.append((f.format(a=a, b=b), choice(win)))
    return out


def _power_value(s: str) -> int:
    base, exp = s.split("^")
    return int(base) ** int(exp)


def _superscript(s: str, table: dict[int, int]) -> str:
    base, exp = s.split("^")
    return base + exp.translate(table)


@template("heldout", "comparison", "zh", "positive", "zh_fraction_smaller")
def _zh_fraction_smaller(rng: random.Random) -> list[Any]:
    forms = [
        "{a}和{b}哪个小？",
        "{a}与{b}相比，哪个更小",
        "{a}和{b}，哪个数比较小？",
        "请比较{a}和{b}，哪个小？",
    ]
    out = []
    for f in forms:
        while True:
            p, q = rng.randint(1, 9), rng.randint(2, 10)
            dec = Fraction(rng.randint(1, 99), 100)
            if p < q and math.gcd(p, q) == 1 and Fraction(p, q) != dec:
                break
        a, b = f"{p}/{q}", dec_str(dec)
        if rng.random() < 0.5:
            a, b = b, a
        out.append((f.format(a=a, b=b), choice(min(a, b, key=Fraction))))
    return out


@template("heldout", "comparison", "zh", "positive", "zh_sort_descending")
def _zh_sort_descending(rng: random.Random) -> list[Any]:
    forms = [
        "请按从大到小的顺序排列：{items}",
        "把{items}从大到小排一下",
        "{items}这几个数从大到小排列是什么？",
        "将下列各数按降序排列：{items}",
    ]
    out = []
    for i, f in enumerate(forms):
        if i % 2:
            items = [dec_str(Fraction(v, 10)) for v in rng.sample(range(-50, 100), 5)]
        else:
            items = [str(v) for v in rng.sample(range(-99, 200), 5)]
        out.append((f.format(items="、".join(items)),
                    num_list(sorted(items, key=Fraction, reverse=True), True, "desc")))
    return out


@template("heldout", "comparison", "en", "negative", "world_compare")
def _world_compare(rng: random.Random) -> list[str]:
    return [
        "Which is bigger, Texas or Alaska?",
        "Which is taller, Mount Everest or K2?",
        "Who is older, Tom Hanks or Denzel Washington?",
        "Which country has more people, Canada or Poland?",
    ]


@template("heldout", "comparison", "en", "negative", "scale_meaning")
def _scale_meaning(rng: random.Random) -> list[str]:
    return [
        "In golf, is a round of 68 better than a 72?",
        "In the German grading system, is a 1.3 better than a 2.7?",
        "Is a pH of 3 more acidic than a pH of 5?",
        "In a marathon, is finishing 3rd better than finishing 5th?",
    ]


@template("heldout", "comparison", "zh", "negative", "zh_scale_meaning")
def _zh_scale_meaning(rng: random.Random) -> list[str]:
    return [
        "打高尔夫的话，72杆比68杆好吗？",
        "珠穆朗玛峰和K2哪个高？",
        "德国的成绩1.3比2.7好吗？",
        "pH值3和pH值5哪个酸性更强？",
    ]


# ================================================================================================
# Number theory
# ================================================================================================

PRIMES = [p for p in range(101, 3000) if is_prime(p)]
SEMIPRIMES = sorted({p * q for p in range(11, 60) for q in range(p + 2, 100)
                     if is_prime(p) and is_prime(q) and 100 < p * q < 3000})


def _prime_mix(rng: random.Random) -> list[int]:
    picks = rng.sample(PRIMES, 2) + rng.sample(SEMIPRIMES, 2)
    rng.shuffle(picks)
    return picks


@template("dev", "number_theory", "en", "positive", "is_prime")
def _is_prime(rng: random.Random) -> list[Any]:
    forms = [
        "Is {n} prime?",
        "Quick check: is {n} a prime number?",
        "Can you tell me whether {n} is prime? Yes or no is fine.",
        "Is the number {n} prime?",
    ]
    return [(f.format(n=f"{n:,}"), yes_no(is_prime(n)))
            for f, n in zip(forms, _prime_mix(rng), strict=True)]


def _smooth_number(rng: random.Random, lo: int, hi: int) -> int:
    while True:
        n = 1
        for p in rng.sample([2, 3, 5, 7, 11, 13, 17, 19], rng.randint(2, 4)):
            n *= p ** rng.randint(1, 3)
        if lo <= n <= hi:
            return n


@template("dev", "number_theory", "en", "positive", "prime_factorization")
def _prime_factorization(rng: random.Random) -> list[Any]:
    forms = [
        "What's the prime factorization of {n}?",
        "Factor {n} into primes.",
        "Break {n} down into its prime factors.",
        "Write {n} as a product of prime numbers.",
    ]
    out = []
    for f in forms:
        n = _smooth_number(rng, 100, 60000)
        out.append((f.format(n=f"{n:,}"), factorization(n)))
    return out


def _gcd_pair(rng: random.Random) -> tuple[int, int]:
    while True:
        g = rng.randint(4, 36)
        x, y = rng.sample(range(2, 16), 2)
        if math.gcd(x, y) == 1:
            return g * x, g * y


@template("dev", "number_theory", "en", "positive", "gcd")
def _gcd(rng: random.Random) -> list[Any]:
    forms = [
        "What is the GCD of {a} and {b}?",
        "Greatest common divisor of {a} and {b}?",
        "gcd({a}, {b}) = ?",
        "What's the biggest number that divides both {a} and {b} evenly?",
    ]
    out = []
    for f in forms:
        a, b = _gcd_pair(rng)
        out.append((f.format(a=a, b=b), number(math.gcd(a, b))))
    return out


@template("dev", "number_theory", "en", "positive", "primes_below")
def _primes_below(rng: random.Random) -> list[Any]:
    forms = [
        "List all the primes below {n}.",
        "What are the prime numbers less than {n}?",
        "Give me every prime under {n}, comma separated.",
        "Which primes are smaller than {n}?",
    ]
    ns = rng.sample([n for n in range(20, 70) if not is_prime(n)], 4)
    return [(f.format(n=n), num_list([str(p) for p in range(2, n) if is_prime(p)], False))
            for f, n in zip(forms, ns, strict=True)]


@template("dev", "number_theory", "en", "positive", "digit_sum")
def _digit_sum(rng: random.Random) -> list[Any]:
    forms = [
        "What's the sum of the digits of {n}?",
        "Add up the digits in {n}.",
        "digit sum of {n}?",
        "If you add together all the digits of {n}, what do you get?",
    ]
    out = []
    for i, f in enumerate(forms):
        n = rng.randint(10**4, 10**7)
        out.append((f.format(n=f"{n:,}" if i == 2 else n), number(sum(map(int, str(n))))))
    return out


@template("dev", "number_theory", "zh", "positive", "zh_is_prime")
def _zh_is_prime(rng: random.Random) -> list[Any]:
    forms = [
        "{n}是质数吗？",
        "{n}是不是素数？",
        "判断一下{n}是不是质数",
        "请问{n}是素数吗",
    ]
    return [(f.format(n=n), yes_no(is_prime(n)))
            for f, n in zip(forms, _prime_mix(rng), strict=True)]


@template("dev", "number_theory", "zh", "positive", "zh_gcd")
def _zh_gcd(rng: random.Random) -> list[Any]:
    forms = [
        "{a}和{b}的最大公约数是多少？",
        "求{a}与{b}的最大公因数",
        "{a}、{b}的最大公约数是几",
        "请问{a}和{b}的最大公约数",
    ]
    out = []
    for f in forms:
        a, b = _gcd_pair(rng)
        out.append((f.format(a=a, b=b), number(math.gcd(a, b))))
    return out


@template("dev", "number_theory", "en", "negative", "prime_trivia")
def _prime_trivia(rng: random.Random) -> list[str]:
    return [
        "What's the largest known prime number?",
        "Who proved that there are infinitely many primes?",
        "What is the prime rate right now?",
        "How many digits does the largest known Mersenne prime have?",
    ]


@template("dev", "number_theory", "en", "negative", "prime_concepts")
def _prime_concepts(rng: random.Random) -> list[str]:
    return [
        "Write a function that checks whether a number is prime.",
        "Explain how the Sieve of Eratosthenes works.",
        "Why is 1 not considered a prime number?",
        "What's the difference between GCD and LCM?",
    ]


@template("dev", "number_theory", "zh", "negative", "zh_prime_talk")
def _zh_prime_talk(rng: random.Random) -> list[str]:
    return [
        "为什么1不是质数？",
        "目前已知最大的质数是多少？",
        "用Python写一个判断质数的函数",
        "8在中国为什么被认为是吉利数字？",
    ]


@template("heldout", "number_theory", "en", "positive", "lcm")
def _lcm(rng: random.Random) -> list[Any]:
    forms = [
        "What's the LCM of {a} and {b}?",
        "Least common multiple of {a} and {b}, please.",
        "What's the smallest positive number that both {a} and {b} divide into evenly?",
        "lcm({a}, {b}) = ?",
    ]
    out = []
    for f in forms:
        a, b = rng.sample(range(4, 61), 2)
        out.append((f.format(a=a, b=b), number(a * b // math.gcd(a, b))))
    return out


@template("heldout", "number_theory", "en", "positive", "largest_prime_factor")
def _largest_prime_factor(rng: random.Random) -> list[Any]:
    forms = [
        "What's the largest prime factor of {n}?",
        "Find the biggest prime that divides {n}.",
        "Of all the prime factors of {n}, which is the largest?",
        "Greatest prime factor of {n} — just the number.",
    ]
    out = []
    for i, f in enumerate(forms):
        n = _smooth_number(rng, 30, 3000) * rng.choice(PRIMES[:40])
        out.append((f.format(n=f"{n:,}" if i == 1 else n), number(factor(n)[-1][0])))
    return out


@template("heldout", "number_theory", "en", "positive", "happy_range")
def _happy_range(rng: random.Random) -> list[Any]:
    forms = [
        "Which numbers from {a} to {b} (inclusive) are happy numbers?",
        "List the happy numbers between {a} and {b}, inclusive.",
        "Find all happy numbers in the range {a}–{b}, including both ends.",
        "I'm learning about happy numbers — which ones are there from {a} through {b}?",
    ]
    out = []
    used: set[int] = set()
    for f in forms:
        while True:
            a = rng.randint(2, 150)
            b = a + rng.randint(15, 35)
            hits = [n for n in range(a, b + 1) if is_happy(n)]
            if hits and a not in used:
                break
        used.add(a)
        out.append((f.format(a=a, b=b), num_list([str(n) for n in hits], False)))
    return out


@template("heldout", "number_theory", "en", "positive", "prime_in_context")
def _prime_in_context(rng: random.Random) -> list[Any]:
    forms = [
        "For a puzzle I'm doing, I need to know whether {n} is prime.",
        "Is {n} divisible only by 1 and itself?",
        "Prime check on {n}, please — yes or no.",
        "My teacher wrote {n} on the board and asked if it's prime. Is it?",
    ]
    return [(f.format(n=f"{n:,}"), yes_no(is_prime(n)))
            for f, n in zip(forms, _prime_mix(rng), strict=True)]


@template("heldout", "number_theory", "en", "positive", "hcf")
def _hcf(rng: random.Random) -> list[Any]:
    forms = [
        "What is the highest common factor of {a} and {b}?",
        "HCF of {a} and {b}?",
        "Find the HCF of {a} & {b}.",
        "What's the largest whole number that goes into both {a} and {b}?",
    ]
    out = []
    for f in forms:
        a, b = _gcd_pair(rng)
        out.append((f.format(a=a, b=b), number(math.gcd(a, b))))
    return out


@template("heldout", "number_theory", "zh", "positive", "zh_factorize")
def _zh_factorize(rng: random.Random) -> list[Any]:
    forms = [
        "把{n}分解质因数",
        "{n}分解质因数的结果是什么？",
        "请对{n}进行质因数分解",
        "{n}等于哪些质数相乘？",
    ]
    out = []
    for f in forms:
        n = _smooth_number(rng, 60, 20000)
        out.append((f.format(n=n), factorization(n)))
    return out


@template("heldout", "number_theory", "zh", "positive", "zh_lcm")
def _zh_lcm(rng: random.Random) -> list[Any]:
    forms = [
        "{a}和{b}的最小公倍数是多少？",
        "求{a}与{b}的最小公倍数",
        "{a}、{b}的最小公倍数是几？",
        "请问{a}和{b}的最小公倍数",
    ]
    out = []
    for f in forms:
        a, b = rng.sample(range(4, 61), 2)
        out.append((f.format(a=a, b=b), number(a * b // math.gcd(a, b))))
    return out


@template("heldout", "number_theory", "zh", "positive", "zh_primes_below")
def _zh_primes_below(rng: random.Random) -> list[Any]:
    forms = [
        "{n}以内的质数有哪些？",
        "小于{n}的质数有哪些",
        "列出{n}以内所有的素数",
        "请写出所有小于{n}的质数",
    ]
    ns = rng.sample([n for n in range(15, 60) if not is_prime(n)], 4)
    return [(f.format(n=n), num_list([str(p) for p in range(2, n) if is_prime(p)], False))
            for f, n in zip(forms, ns, strict=True)]


@template("heldout", "number_theory", "en", "negative", "number_lore")
def _number_lore(rng: random.Random) -> list[str]:
    return [
        "Is 13 really an unlucky number?",
        "Why do cicadas have prime-numbered life cycles?",
        "Is 42 really the answer to everything?",
        "What's the significance of the number 108 in Buddhism?",
    ]


@template("heldout", "number_theory", "en", "negative", "codes_and_ids")
def _codes_and_ids(rng: random.Random) -> list[str]:
    return [
        "My zip code is 10001 — which borough is that?",
        "Flight 237 to Denver, which gate does it leave from?",
        "Is 7919 too easy to guess as a PIN?",
        "What area is the 212 area code for?",
    ]


@template("heldout", "number_theory", "zh", "negative", "zh_number_lore")
def _zh_number_lore(rng: random.Random) -> list[str]:
    return [
        "13为什么被认为不吉利？",
        "我的手机尾号是7919，这个号码好不好？",
        "数字108在佛教里有什么含义？",
        "素数在现实生活中有什么用？",
    ]


# ================================================================================================
# Counting / strings
# ================================================================================================

LETTER_WORDS = [("strawberry", "r"), ("mississippi", "s"), ("bookkeeper", "e"),
                ("committee", "t"), ("occurrence", "c"), ("assessment", "s"), ("parallel", "l"),
                ("embarrass", "r"), ("possession", "s"), ("tattoo", "t"), ("banana", "a"),
                ("raspberry", "r"), ("pepper", "p"), ("balloon", "l")]


@template("dev", "counting", "en", "positive", "letter_count")
def _letter_count(rng: random.Random) -> list[Any]:
    forms = [
        "How many {c}'s are in '{w}'?",
        "How many times does the letter {c} appear in {w}?",
        "Count the letter {c} in \"{w}\" for me.",
        "In the word {w}, how many {c}'s are there?",
    ]
    return [(f.format(w=w, c=c), number(w.count(c)))
            for f, (w, c) in zip(forms, rng.sample(LETTER_WORDS[:10], 4), strict=True)]


SENTENCES = [
    "The quick brown fox jumps over the lazy dog",
    "I left my umbrella on the bus this morning",
    "We are planning a small picnic by the lake next Saturday",
    "Please remember to water the plants while I am away",
    "My grandmother bakes the best apple pie in town",
    "Every student in the class passed the final exam",
    "Turn left at the second light and park behind the bakery",
]


@template("dev", "counting", "en", "positive", "word_count")
def _word_count(rng: random.Random) -> list[Any]:
    forms = [
        "How many words are in this sentence: \"{s}.\"",
        "Word count for \"{s}\"?",
        "\"{s}\" — how many words is that?",
        "Can you count the words in the following sentence? {s}.",
    ]
    return [(f.format(s=s), number(len(s.split())))
            for f, s in zip(forms, rng.sample(SENTENCES, 4), strict=True)]


NTH_WORDS = ["giraffe", "umbrella", "keyboard", "elephant", "calendar", "pineapple", "notebook",
             "dinosaur", "whistle", "lantern"]


@template("dev", "counting", "en", "positive", "nth_letter")
def _nth_letter(rng: random.Random) -> list[Any]:
    forms = [
        "What's the {ow} letter of '{w}'?",
        "In \"{w}\", which letter is in position {n}?",
        "Tell me the {on} letter in the word {w}.",
        "Quick question — what is letter number {n} in {w}?",
    ]
    out = []
    for f, w in zip(forms, rng.sample(NTH_WORDS, 4), strict=True):
        n = rng.randint(2, min(len(w), 9))
        out.append((f.format(w=w, n=n, ow=ORDINAL_WORDS[n], on=ordinal(n)), text(w[n - 1])))
    return out


ANAGRAM_YES = [("listen", "silent"), ("earth", "heart"), ("night", "thing"), ("state", "taste"),
               ("below", "elbow"), ("cinema", "iceman"), ("garden", "danger"),
               ("rescue", "secure"), ("angel", "glean"), ("dusty", "study")]
ANAGRAM_NO = [("apple", "paper"), ("carrot", "tractor"), ("stone", "tonne"), ("bored", "board"),
              ("lemon", "melons"), ("horse", "shore"), ("cheap", "chapel"), ("alert", "later")]


@template("dev", "counting", "en", "positive", "anagram")
def _anagram(rng: random.Random) -> list[Any]:
    forms = [
        "Are '{a}' and '{b}' anagrams?",
        "Is \"{b}\" an anagram of \"{a}\"?",
        "Can you rearrange the letters of {a} to spell {b}? Yes or no.",
        "Anagram check: {a} / {b}",
    ]
    pairs = rng.sample(ANAGRAM_YES[:5], 2) + rng.sample(ANAGRAM_NO[:4], 2)
    rng.shuffle(pairs)
    return [(f.format(a=a, b=b), yes_no(sorted(a) == sorted(b)))
            for f, (a, b) in zip(forms, pairs, strict=True)]


LONGER_PAIRS = [("elephant", "giraffe"), ("pumpkin", "cucumber"), ("mountain", "river"),
                ("chocolate", "vanilla"), ("bicycle", "tram"), ("lighthouse", "harbor"),
                ("orange", "tangerine"), ("kitten", "puppy")]


@template("dev", "counting", "en", "positive", "longer_word")
def _longer_word(rng: random.Random) -> list[Any]:
    forms = [
        "Which word has more letters, '{a}' or '{b}'?",
        "{a} or {b} — which one is the longer word?",
        "Between \"{a}\" and \"{b}\", which has more letters?",
        "Which has more letters in it: {a} or {b}?",
    ]
    out = []
    for f, (a, b) in zip(forms, rng.sample(LONGER_PAIRS, 4), strict=True):
        assert len(a) != len(b)
        if rng.random() < 0.5:
            a, b = b, a
        out.append((f.format(a=a, b=b), word_choice(max(a, b, key=len))))
    return out


@template("dev", "counting", "zh", "positive", "zh_letter_count")
def _zh_letter_count(rng: random.Random) -> list[Any]:
    forms = [
        "{w}里面有多少个字母{c}？",
        "单词{w}中字母{c}出现了几次？",
        "{w}这个词里有几个{c}？",
        "数一下{w}里有多少个{c}",
    ]
    return [(f.format(w=w, c=c), number(w.count(c)))
            for f, (w, c) in zip(forms, rng.sample(LETTER_WORDS[4:], 4), strict=True)]


@template("dev", "counting", "zh", "positive", "zh_word_length")
def _zh_word_length(rng: random.Random) -> list[Any]:
    forms = [
        "单词{w}有几个字母？",
        "{w}这个单词一共多少个字母？",
        "{w}由几个字母组成？",
        "请问{w}有多少个字母",
    ]
    pool = ["encyclopedia", "butterfly", "chocolate", "restaurant", "watermelon", "adventure",
            "television", "hospital"]
    return [(f.format(w=w), number(len(w))) for f, w in zip(forms, rng.sample(pool, 4),
                                                            strict=True)]


@template("dev", "counting", "zh", "positive", "zh_reverse")
def _zh_reverse(rng: random.Random) -> list[Any]:
    forms = [
        "把{w}倒过来写是什么？",
        "{w}反过来拼写是什么",
        "请把单词{w}倒序写出来",
        "{w}倒着写是什么？",
    ]
    pool = ["python", "garden", "window", "rabbit", "sunday", "market", "spring", "doctor"]
    return [(f.format(w=w), text(w[::-1])) for f, w in zip(forms, rng.sample(pool, 4),
                                                          strict=True)]


@template("dev", "counting", "en", "negative", "alphabet_trivia")
def _alphabet_trivia(rng: random.Random) -> list[str]:
    return [
        "How many letters are in the Greek alphabet?",
        "How many characters does Japanese hiragana have?",
        "Roughly how many words are there in the English language?",
        "How many letters does the Hawaiian alphabet use?",
    ]


@template("dev", "counting", "en", "negative", "word_help")
def _word_help(rng: random.Random) -> list[str]:
    return [
        "What's a five-letter word that starts with 'cr' and ends with 'e'?",
        "What does the word 'serendipity' mean?",
        "Translate 'strawberry' into Spanish.",
        "What rhymes with 'orange'?",
    ]


@template("dev", "counting", "zh", "negative", "zh_word_help")
def _zh_word_help(rng: random.Random) -> list[str]:
    return [
        "汉语拼音有多少个声母？",
        "strawberry是什么意思？",
        "帮我想一个以cr开头的英文单词",
        "“行”这个字有几种读音？",
    ]


@template("heldout", "counting", "en", "positive", "vowel_count")
def _vowel_count(rng: random.Random) -> list[Any]:
    forms = [
        "How many vowels are in '{w}'?",
        "Count the vowels in {w}.",
        "How many vowels does the word \"{w}\" contain?",
        "{w}: how many vowels?",
    ]
    pool = ["sequoia", "beautiful", "onomatopoeia", "mathematics", "television", "alphabet",
            "education", "adventure", "umbrella", "avocado"]
    out = []
    for f, w in zip(forms, rng.sample(pool, 4), strict=True):
        assert "y" not in w
        out.append((f.format(w=w), number(sum(ch in VOWELS for ch in w))))
    return out


@template("heldout", "counting", "en", "positive", "spell_backwards")
def _spell_backwards(rng: random.Random) -> list[Any]:
    forms = [
        "Spell '{w}' backwards.",
        "What is {w} reversed?",
        "Reverse the word \"{w}\" for me.",
        "Write {w} backwards, please.",
    ]
    pool = ["desserts", "drawer", "keyboard", "planet", "lemonade", "guitar", "pencil", "animal"]
    out = []
    for f, w in zip(forms, rng.sample(pool, 4), strict=True):
        assert w != w[::-1]
        out.append((f.format(w=w), text(w[::-1])))
    return out


@template("heldout", "counting", "en", "positive", "distinct_letters")
def _distinct_letters(rng: random.Random) -> list[Any]:
    forms = [
        "How many different letters are in '{w}'?",
        "How many distinct letters does {w} use?",
        "Count the unique letters in \"{w}\".",
        "How many unique letters appear in the word {w}?",
    ]
    pool = ["mississippi", "bookkeeper", "committee", "abracadabra", "tennessee", "balloon",
            "coffee", "banana"]
    return [(f.format(w=w), number(len(set(w)))) for f, w in zip(forms, rng.sample(pool, 4),
                                                                strict=True)]


ALPHA_POOL = ["pear", "apple", "fig", "mango", "cherry", "banana", "kiwi", "grape", "lemon",
              "plum", "apricot", "melon", "orange", "date"]


@template("heldout", "counting", "en", "positive", "alphabetize")
def _alphabetize(rng: random.Random) -> list[Any]:
    out = []
    for i in range(4):
        ws = rng.sample(ALPHA_POOL, 4 if i < 3 else 5)
        if i == 0:
            prompt = f"Put these words in alphabetical order: {', '.join(ws)}"
        elif i == 1:
            prompt = f"Alphabetize: {' / '.join(ws)}"
        elif i == 2:
            prompt = f"Can you sort {', '.join(ws[:-1])} and {ws[-1]} alphabetically?"
        else:
            prompt = f"Sort these A to Z — {', '.join(ws)}"
        out.append((prompt, word_list(sorted(ws), True)))
    return out


@template("heldout", "counting", "en", "positive", "last_letter")
def _last_letter(rng: random.Random) -> list[Any]:
    forms = [
        "What's the last letter of '{w}'?",
        "Which letter does {w} end with?",
        "The word \"{w}\" — what's its final letter?",
        "Last letter of {w}?",
    ]
    pool = ["rhythm", "giraffe", "octopus", "broccoli", "sandwich", "bamboo", "jigsaw", "velvet"]
    return [(f.format(w=w), text(w[-1])) for f, w in zip(forms, rng.sample(pool, 4),
                                                        strict=True)]


@template("heldout", "counting", "zh", "positive", "zh_anagram")
def _zh_anagram(rng: random.Random) -> list[Any]:
    forms = [
        "{a}和{b}是不是字母异位词？",
        "{a}跟{b}互为变位词吗？",
        "请判断{a}和{b}是否为字母异位词",
        "{a}和{b}是字母异位词吗",
    ]
    pairs = rng.sample(ANAGRAM_YES[5:], 2) + rng.sample(ANAGRAM_NO[4:], 2)
    rng.shuffle(pairs)
    return [(f.format(a=a, b=b), yes_no(sorted(a) == sorted(b)))
            for f, (a, b) in zip(forms, pairs, strict=True)]


@template("heldout", "counting", "zh", "positive", "zh_nth_letter")
def _zh_nth_letter(rng: random.Random) -> list[Any]:
    forms = [
        "{w}的第{n}个字母是什么？",
        "单词{w}里第{n}个字母是哪个？",
        "{w}这个词的第{n}个字母是？",
        "请问{w}第{n}个字母是什么",
    ]
    pool = ["computer", "holiday", "kitchen", "library", "penguin", "triangle", "volcano",
            "shoulder"]
    out = []
    for f, w in zip(forms, rng.sample(pool, 4), strict=True):
        n = rng.randint(2, len(w))
        out.append((f.format(w=w, n=n), text(w[n - 1])))
    return out


@template("heldout", "counting", "en", "negative", "language_questions")
def _language_questions(rng: random.Random) -> list[str]:
    return [
        "How do you pronounce 'quinoa'?",
        "What's the plural of 'octopus'?",
        "Is 'irregardless' a real word?",
        "Where does the word 'salary' come from?",
    ]


@template("heldout", "counting", "en", "negative", "text_trivia")
def _text_trivia(rng: random.Random) -> list[str]:
    return [
        "How many words did Shakespeare invent?",
        "How many letters are in the Russian alphabet?",
        "How many pages is War and Peace?",
        "How many words should a college application essay be?",
    ]


@template("heldout", "counting", "zh", "negative", "zh_text_trivia")
def _zh_text_trivia(rng: random.Random) -> list[str]:
    return [
        "英语里最长的单词是哪个？",
        "apple这个单词怎么读？",
        "《红楼梦》一共有多少字？",
        "octopus的复数形式是什么？",
    ]


# ================================================================================================
# Geometry
# ================================================================================================


def _shift(rng: random.Random, *points: tuple[int, int]) -> list[tuple[int, int]]:
    sx, sy = rng.randint(-4, 4), rng.randint(-4, 4)
    return [(x + sx, y + sy) for x, y in points]


@template("dev", "geometry", "en", "positive", "circles_intersect")
def _circles_intersect(rng: random.Random) -> list[Any]:
    out = []
    c1, c2 = _shift(rng, (0, 0), (8, 0))
    n, kind = circle_points(c1, 5, c2, 4)
    out.append((f"Do the circles centered at {pt(c1)} with radius 5 and centered at {pt(c2)} "
                "with radius 4 intersect?", (n, kind)))
    c1, c2 = _shift(rng, (1, 2), (7, 10))
    out.append((f"Circle A: center {pt(c1)}, r = 3. Circle B: center {pt(c2)}, r = 4. "
                "Do they intersect? Yes or no.", circle_points(c1, 3, c2, 4)))
    c2 = (9, 12)
    out.append((f"Does the circle x² + y² = 25 intersect the circle centered at {pt(c2)} with "
                "radius 11?", circle_points((0, 0), 5, c2, 11)))
    c1, c2 = _shift(rng, (-2, 3), (4, -5))
    out.append((f"I'm sketching two circles for a logo, one with centre {pt(c1, True)} and radius "
                f"2, the other with centre {pt(c2, True)} and radius 6. Do they cross each other?",
                circle_points(c1, 2, c2, 6)))
    result = []
    for prompt, (_, kind) in out:
        assert kind in ("crossing", "separate")
        result.append((prompt, yes_no(kind == "crossing")))
    return result


@template("dev", "geometry", "en", "positive", "point_location")
def _point_location(rng: random.Random) -> list[Any]:
    square = [(0, 0), (6, 0), (6, 6), (0, 6)]
    ell = [(0, 0), (8, 0), (8, 3), (3, 3), (3, 7), (0, 7)]
    quad = [(1, 1), (9, 2), (8, 8), (2, 6)]
    tri = [(0, 0), (10, 0), (4, 8)]
    cases = [
        ((rng.randint(1, 5), rng.randint(1, 5)), square,
         "Is the point {p} inside, outside, or on the boundary of the polygon with vertices {vs}?"),
        ((rng.randint(4, 7), rng.randint(4, 6)), ell,
         "Polygon: {vs}. Where does P{p} lie — inside, outside, or on an edge?"),
        ((5, 7), quad,
         "For the quadrilateral {vs}, tell me whether {p} is inside it, outside it, or on its "
         "boundary."),
        ((rng.randint(8, 9), rng.randint(5, 7)), tri,
         "Point {p} and the triangle {vs}: inside, outside, or on the boundary?"),
    ]
    out = []
    for i, (p, vs, f) in enumerate(cases):
        shown = ", ".join(pt(v, compact=i == 1) for v in vs)
        out.append((f.format(p=pt(p), vs=shown), relation(locate(p, vs))))
    return out


@template("dev", "geometry", "en", "positive", "polygon_area")
def _polygon_area(rng: random.Random) -> list[Any]:
    a = _shift(rng, (0, 0), (6, 0), (6, 4), (2, 7))
    b = _shift(rng, (1, 1), (7, 2), (6, 8), (0, 5))
    c = [(0, 0), (5, 0), (7, 4), (3, 7), (-1, 4)]
    d = [(0, 0), (40, 0), (40, 25), (10, 30)]
    labels = "ABCD"
    return [
        (f"What's the area of the polygon with vertices {', '.join(pt(v) for v in a)}?",
         number(shoelace(a))),
        ("Find the area of quadrilateral ABCD with "
         + ", ".join(f"{labels[i]}{pt(v, True)}" for i, v in enumerate(b)) + ".",
         number(shoelace(b))),
        (f"Shoelace check: what's the area of the pentagon {' '.join(pt(v) for v in c)}?",
         number(shoelace(c))),
        ("A plot of land has corners at " + ", ".join(pt(v) for v in d[:-1])
         + f" and {pt(d[-1])}, in meters. What's its area?", number(shoelace(d))),
    ]


def _point_pairs(rng: random.Random) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    deltas = rng.sample([(3, 4), (6, 8), (5, 12), (8, 15), (9, 12)], 2)
    deltas += rng.sample([(2, 7), (4, 6), (1, 5), (3, 9), (5, 5), (2, 6), (1, 3)], 2)
    rng.shuffle(deltas)
    out = []
    for dx, dy in deltas:
        a = (rng.randint(-9, 9), rng.randint(-9, 9))
        sx, sy = rng.choice([1, -1]), rng.choice([1, -1])
        out.append((a, (a[0] + sx * dx, a[1] + sy * dy)))
    return out


@template("dev", "geometry", "en", "positive", "point_distance")
def _point_distance(rng: random.Random) -> list[Any]:
    forms = [
        "What's the distance between {a} and {b}?",
        "How far apart are the points A{a} and B{b}?",
        "Distance from {a} to {b}? Exact form is fine.",
        "Find the length of the segment joining {a} and {b}.",
    ]
    return [(f.format(a=pt(a), b=pt(b)), real(sqrt_expr(dist2(a, b))))
            for f, (a, b) in zip(forms, _point_pairs(rng), strict=True)]


@template("dev", "geometry", "en", "positive", "circle_area_radius")
def _circle_area_radius(rng: random.Random) -> list[Any]:
    forms = [
        "What's the area of a circle with radius {r} cm?",
        "A circle has a radius of {r}. What is its area?",
        "Area of a circle, r = {r}?",
        "My round rug has a radius of {r} feet — what's its area? Leave it in terms of pi.",
    ]
    radii = rng.sample(["3", "7", "2.5", "12", "1.5", "10", "9"], 4)
    return [(f.format(r=r), real(pi_expr(Fraction(r) ** 2)))
            for f, r in zip(forms, radii, strict=True)]


@template("dev", "geometry", "zh", "positive", "zh_circles_tangent")
def _zh_circles_tangent(rng: random.Random) -> list[Any]:
    out = []
    c1, c2 = _shift(rng, (0, 0), (5, 0))
    out.append((f"以{pt(c1)}为圆心、半径为3的圆和以{pt(c2)}为圆心、半径为2的圆相切吗？",
                circle_points(c1, 3, c2, 2)))
    c1, c2 = _shift(rng, (1, 1), (7, 9))
    out.append((f"圆A：圆心{pt_zh(c1)}，半径2；圆B：圆心{pt_zh(c2)}，半径5。两圆是否相切？",
                circle_points(c1, 2, c2, 5)))
    c1, c2 = _shift(rng, (2, -1), (8, 7))
    out.append((f"圆心分别在{pt(c1, True)}和{pt(c2, True)}、半径分别为4和6的两个圆相切吗？",
                circle_points(c1, 4, c2, 6)))
    out.append(("圆x²+y²=100与以(3,4)为圆心、半径为4的圆是否相切？",
                circle_points((0, 0), 10, (3, 4), 4)))
    return [(p, yes_no(kind in ("external", "internal"))) for p, (_, kind) in out]


@template("dev", "geometry", "zh", "positive", "zh_triangle_area")
def _zh_triangle_area(rng: random.Random) -> list[Any]:
    forms = [
        "顶点为{a}、{b}、{c}的三角形面积是多少？",
        "三角形ABC中，A{a}，B{b}，C{c}，求它的面积",
        "求以{a}、{b}、{c}为顶点的三角形的面积",
        "已知三点{a}、{b}、{c}，它们围成的三角形面积是多少？",
    ]
    out = []
    for i, f in enumerate(forms):
        while True:
            vs = [(rng.randint(-3, 12), rng.randint(-3, 12)) for _ in range(3)]
            if shoelace(vs) >= 6:
                break
        fmt = pt_zh if i == 3 else pt
        out.append((f.format(a=fmt(vs[0]), b=fmt(vs[1]), c=fmt(vs[2])), number(shoelace(vs))))
    return out


@template("dev", "geometry", "en", "negative", "distance_trivia")
def _distance_trivia(rng: random.Random) -> list[str]:
    return [
        "How far is it from New York to Boston?",
        "What's the circumference of the Earth?",
        "How tall is the Eiffel Tower in meters?",
        "What's the area of Texas in square miles?",
    ]


@template("dev", "geometry", "en", "negative", "street_geometry")
def _street_geometry(rng: random.Random) -> list[str]:
    return [
        "Walking only along the city grid, how far is it from (0, 0) to (3, 4) in blocks?",
        "A chess king is on (1, 1). How many moves does it need to reach (5, 7)?",
        "Should I order one 16-inch pizza or two 12-inch pizzas for four people?",
        "Explain why the area of a circle is pi times r squared.",
    ]


@template("dev", "geometry", "zh", "negative", "zh_geo_world")
def _zh_geo_world(rng: random.Random) -> list[str]:
    return [
        "北京到上海有多远？",
        "为什么圆的面积公式是πr²？",
        "地球的周长是多少？",
        "在棋盘格一样的街道上，从(0,0)走到(3,4)最少要走几个路口？",
    ]


@template("heldout", "geometry", "en", "positive", "circles_tangent")
def _circles_tangent(rng: random.Random) -> list[Any]:
    out = []
    c1, c2 = _shift(rng, (0, 0), (6, 8))
    out.append((f"Are the circles with centers {pt(c1)} and {pt(c2)} and radii 4 and 6 tangent?",
                circle_points(c1, 4, c2, 6)))
    c1, c2 = _shift(rng, (1, 2), (4, 6))
    out.append((f"Is the circle centered at {pt(c1)} with radius 3 tangent to the one centered at "
                f"{pt(c2)} with radius 1?", circle_points(c1, 3, c2, 1)))
    c1, c2 = _shift(rng, (-3, 0), (2, 12))
    out.append(("Do these two circles touch at exactly one point? Circle 1: center "
                f"{pt(c1)}, radius 7. Circle 2: center {pt(c2)}, radius 6.",
                circle_points(c1, 7, c2, 6)))
    c1 = (2, -1)
    out.append((f"Are the circles {circle_eq(c1, 3)} and {circle_eq((0, 0), 4)} tangent to each "
                "other?", circle_points(c1, 3, (0, 0), 4)))
    return [(p, yes_no(kind in ("external", "internal"))) for p, (_, kind) in out]


@template("heldout", "geometry", "en", "positive", "circle_contains")
def _circle_contains(rng: random.Random) -> list[Any]:
    cases = []
    big, small = _shift(rng, (0, 0), (2, 3))
    cases.append((f"Does the circle centered at {pt(big)} with radius 10 completely contain the "
                  f"circle centered at {pt(small)} with radius 4?", big, 10, small, 4))
    big, small = _shift(rng, (1, 1), (5, 4))
    cases.append((f"Is the circle with center {pt(small)} and radius 3 entirely inside the circle "
                  f"with center {pt(big)} and radius 6?", big, 6, small, 3))
    big, small = _shift(rng, (-2, -2), (1, 2))
    cases.append((f"Big circle: center {pt(big, True)}, radius 9. Small circle: center "
                  f"{pt(small, True)}, radius 3. Does the big one contain the small one?",
                  big, 9, small, 3))
    cases.append(("Does the circle x² + y² = 25 contain the circle centered at (8, 6) with "
                  "radius 2?", (0, 0), 5, (8, 6), 2))
    out = []
    for prompt, c_big, r_big, c_small, r_small in cases:
        _, kind = circle_points(c_big, r_big, c_small, r_small)
        assert kind != "internal"
        out.append((prompt, yes_no(kind == "nested" and r_big > r_small)))
    return out


@template("heldout", "geometry", "en", "positive", "segment_crossings")
def _segment_crossings(rng: random.Random) -> list[Any]:
    s1 = _shift(rng, (0, 0), (4, 4), (0, 4), (4, 0))
    s2 = _shift(rng, (1, 1), (5, 2), (2, 4), (6, 3))
    s3 = _shift(rng, (-3, 1), (4, 6), (0, 5), (2, -1))
    s4 = _shift(rng, (0, 0), (6, 2), (1, 3), (7, 4))
    a, b, c, d = s1
    p1 = (f"How many points do the segment from {pt(a)} to {pt(b)} and the segment from {pt(c)} "
          f"to {pt(d)} have in common?")
    a, b, c, d = s2
    p2 = (f"How many times do the line segments {pt(a, True)}–{pt(b, True)} and "
          f"{pt(c, True)}–{pt(d, True)} intersect?")
    a, b, c, d = s3
    p3 = (f"Count the intersection points of segment PQ, with P = {pt(a)} and Q = {pt(b)}, and "
          f"segment RS, with R = {pt(c)} and S = {pt(d)}.")
    a, b, c, d = s4
    p4 = (f"Segments AB (A = {pt(a)}, B = {pt(b)}) and CD (C = {pt(c)}, D = {pt(d)}): how many "
          "intersection points?")
    return [(p, number(segment_points(*s))) for p, s in ((p1, s1), (p2, s2), (p3, s3), (p4, s4))]


@template("heldout", "geometry", "en", "positive", "perimeter")
def _perimeter(rng: random.Random) -> list[Any]:
    def perim(vs: list[tuple[int, int]]) -> int:
        total = 0
        for i in range(len(vs)):
            d2 = dist2(vs[i], vs[(i + 1) % len(vs)])
            r = math.isqrt(d2)
            assert r * r == d2
            total += r
        return total

    tri = _shift(rng, (0, 0), (6, 0), (6, 8))
    rect = _shift(rng, (1, 1), (7, 1), (7, 4), (1, 4))
    yard = [(0, 0), (30, 0), (30, 20), (12, 20), (12, 35), (0, 35)]
    trap = _shift(rng, (0, 0), (10, 0), (7, 4), (3, 4))
    return [
        (f"Find the perimeter of the triangle with vertices {', '.join(pt(v) for v in tri)}.",
         number(perim(tri))),
        (f"What's the perimeter of the polygon {' '.join(pt(v, True) for v in rect)}?",
         number(perim(rect))),
        ("I'm fencing a yard with corners at " + ", ".join(pt(v) for v in yard)
         + " (in meters). How much fence do I need to go all the way around?",
         number(perim(yard))),
        (f"Perimeter of the trapezoid with corners {', '.join(pt(v) for v in trap)}?",
         number(perim(trap))),
    ]


@template("heldout", "geometry", "en", "positive", "circle_meet_count")
def _circle_meet_count(rng: random.Random) -> list[Any]:
    out = []
    c1, c2 = _shift(rng, (0, 0), (6, 0))
    out.append((f"How many points do the circles centered at {pt(c1)} and {pt(c2)}, both with "
                "radius 5, have in common?", circle_points(c1, 5, c2, 5)))
    c1, c2 = _shift(rng, (1, 1), (4, 5))
    out.append((f"In how many points do circle A (center {pt(c1)}, radius 2) and circle B (center "
                f"{pt(c2)}, radius 3) meet?", circle_points(c1, 2, c2, 3)))
    out.append((f"How many intersection points are there between {circle_eq((0, 0), 2)} and "
                f"{circle_eq((6, 8), 3)}?", circle_points((0, 0), 2, (6, 8), 3)))
    c1, c2 = _shift(rng, (2, 2), (5, 6))
    out.append((f"Two circles: centre {pt(c1)} radius 8, centre {pt(c2)} radius 3. How many "
                "intersection points do they have?", circle_points(c1, 8, c2, 3)))
    return [(p, number(n)) for p, (n, _) in out]


@template("heldout", "geometry", "zh", "positive", "zh_point_in_polygon")
def _zh_point_in_polygon(rng: random.Random) -> list[Any]:
    cases = [
        ((3, 2), [(0, 0), (4, 0), (4, 4), (0, 4)], "点{p}在以{vs}为顶点的多边形内部吗？", pt),
        ((5, 4), [(0, 0), (6, 0), (6, 2), (0, 5)], "点{p}是否在四边形{vs}内？", pt),
        ((1, 6), [(0, 0), (8, 0), (8, 3), (3, 3), (3, 7), (0, 7)],
         "请判断点{p}在不在多边形{vs}里面", pt_zh),
        ((5, 5), [(0, 0), (8, 0), (0, 8)], "{p}这个点在三角形{vs}内部吗？", pt),
    ]
    out = []
    for p, vs, f, fmt in cases:
        where = locate(p, vs)
        assert where != "boundary"
        sep = "、" if fmt is pt_zh else ","
        out.append((f.format(p=fmt(p), vs=sep.join(fmt(v) for v in vs)),
                    relation(where, "inside")))
    return out


@template("heldout", "geometry", "zh", "positive", "zh_point_distance")
def _zh_point_distance(rng: random.Random) -> list[Any]:
    forms = [
        "点{a}和点{b}之间的距离是多少？",
        "求{a}到{b}的距离",
        "两点{a}、{b}相距多远？",
        "A{a}，B{b}，线段AB的长度是多少？",
    ]
    out = []
    for i, (f, (a, b)) in enumerate(zip(forms, _point_pairs(rng), strict=True)):
        fmt = pt_zh if i == 2 else pt
        out.append((f.format(a=fmt(a), b=fmt(b)), real(sqrt_expr(dist2(a, b)))))
    return out


@template("heldout", "geometry", "zh", "positive", "zh_circle_area_diameter")
def _zh_circle_area_diameter(rng: random.Random) -> list[Any]:
    forms = [
        "直径为{d}的圆的面积是多少？",
        "一个圆的直径是{d}厘米，面积是多少？",
        "求直径{d}的圆面积（用π表示）",
        "圆的直径为{d}，它的面积是多少？",
    ]
    ds = rng.sample([10, 7, 16, 3, 12, 5], 4)
    return [(f.format(d=d), real(pi_expr(Fraction(d, 2) ** 2)))
            for f, d in zip(forms, ds, strict=True)]


@template("heldout", "geometry", "en", "negative", "size_trivia")
def _size_trivia(rng: random.Random) -> list[str]:
    return [
        "How many sides does a dodecagon have?",
        "How big is a football field in acres?",
        "How many square feet is a typical two-bedroom apartment?",
        "What's the diameter of the Moon?",
    ]


@template("heldout", "geometry", "en", "negative", "geometry_help")
def _geometry_help(rng: random.Random) -> list[str]:
    return [
        "Write code that computes the area of a polygon from its vertices.",
        "Should I buy a 55-inch or a 65-inch TV for a living room that's 12 feet deep?",
        "Why does the shoelace formula work?",
        "How do I measure the area of my backyard if it's an odd shape?",
    ]


@template("heldout", "geometry", "zh", "negative", "zh_geometry_help")
def _zh_geometry_help(rng: random.Random) -> list[str]:
    return [
        "一个标准足球场有多大？",
        "鞋带公式为什么成立？",
        "客厅12平方米，放多大的沙发合适？",
        "月球的直径是多少？",
    ]


# ================================================================================================
# Build
# ================================================================================================


def build() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(dev32, heldout32) records, deterministically."""
    rng = random.Random(ROUND)
    splits: dict[str, list[dict[str, Any]]] = {"dev": [], "heldout": []}
    for split, family, lang, kind, name, maker in TEMPLATES:
        items = maker(rng)
        assert len(items) == 4, name
        short = name.replace("_", "-")
        for i, item in enumerate(items, start=1):
            if kind == "negative":
                prompt, expected = item, NONE
            else:
                prompt, expected = item
            splits[split].append({
                "id": f"r{ROUND}-{FAM3[family]}-{lang}-{short}-{i}",
                "split": f"{split}{ROUND}",
                "kind": kind,
                "family": family,
                "lang": lang,
                "template": f"r{ROUND}_{name}",
                "prompt": prompt,
                "expected": expected,
            })
    return splits["dev"], splits["heldout"]


def main() -> None:
    dev, heldout = build()
    for split, records in ((f"dev{ROUND}", dev), (f"heldout{ROUND}", heldout)):
        path = HERE / f"corpus_{split}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for rec in records:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"wrote {len(records)} records to {path.name}")


if __name__ == "__main__":
    main()
