"""Round 17 of the labelled routing corpus: an independent blind round written from scratch.

Every template, wording and instance here was written anew for this round, without looking at
earlier rounds, to measure how the router copes with phrasings it has never seen. Each template
yields four records and belongs entirely to one split (``dev17`` or ``heldout17``). Every
expected answer is computed in this script (exact integers and ``Fraction``s, trial division,
direct counting, analytic circle formulas); nothing is hard-coded.

Run ``python tests/routing/make_corpus_round17.py`` to (re)write ``corpus_dev17.jsonl`` and
``corpus_heldout17.jsonl`` next to this file.
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

Record = dict[str, Any]
Instance = tuple[str, dict[str, Any]]
Gen = Callable[[random.Random], list[Instance]]

FAM3 = {"arithmetic": "ari", "comparison": "com", "counting": "cou", "geometry": "geo",
        "number_theory": "num"}

TEMPLATES: list[tuple[str, str, str, str, str, Gen]] = []


def template(name: str, family: str, lang: str, kind: str, split: str) -> Callable[[Gen], Gen]:
    """Register a template generator (``split`` is "dev" or "heldout")."""
    def deco(fn: Gen) -> Gen:
        TEMPLATES.append((name, family, lang, kind, split, fn))
        return fn
    return deco


# Expected objects ------------------------------------------------------------------------------

NONE = {"type": "none"}


def fq(q: Fraction | int) -> str:
    q = Fraction(q)
    return str(q.numerator) if q.denominator == 1 else f"{q.numerator}/{q.denominator}"


def e_num(q: Fraction | int) -> dict[str, Any]:
    return {"type": "number", "answer": fq(q)}


def e_real(expr: str) -> dict[str, Any]:
    return {"type": "real", "answer": expr}


def e_bool(b: bool) -> dict[str, Any]:
    return {"type": "bool", "answer": "yes" if b else "no"}


def e_choice(s: str) -> dict[str, Any]:
    return {"type": "choice", "answer": s.replace("−", "-").replace(",", "")}


def e_text(s: str) -> dict[str, Any]:
    return {"type": "text", "answer": s}


def e_word(s: str) -> dict[str, Any]:
    return {"type": "word_choice", "answer": s}


def e_list(items: list[str], elem: str, ordered: bool, order: str | None = None) -> dict:
    out: dict[str, Any] = {"type": "list", "answer": [x.replace("−", "-") for x in items],
                           "elem": elem, "ordered": ordered}
    if order is not None:
        out["order"] = order
    return out


def e_rel(answer: str, yes_if: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "relation", "answer": answer}
    if yes_if is not None:
        out["yes_if"] = yes_if
    return out


def e_fact(n: int) -> dict[str, Any]:
    return {"type": "factorization", "answer": [[p, e] for p, e in factorize(n)], "n": n}


# Math helpers ----------------------------------------------------------------------------------


def factorize(n: int) -> list[tuple[int, int]]:
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


def val(s: str) -> Fraction:
    """Exact value of a number as written in a prompt ("1,204", "−0.45", "3/8")."""
    return Fraction(s.replace("−", "-").replace(",", ""))


def sqrt_answer(s: int) -> dict[str, Any]:
    """Expected object for sqrt(s): a number when s is a perfect square, else k*sqrt(m)."""
    k, m, f = 1, s, 2
    while f * f <= m:
        while m % (f * f) == 0:
            m //= f * f
            k *= f
        f += 1
    if m == 1:
        return e_num(k)
    return e_real(f"{k}*sqrt({m})" if k > 1 else f"sqrt({m})")


def circle_area(r: Fraction) -> dict[str, Any]:
    return e_real(f"{fq(r * r)}*pi")


def circle_case(c1: tuple[int, int], r1: int, c2: tuple[int, int], r2: int) -> str:
    """separate / ext_tangent / cross / int_tangent / contained / same."""
    d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
    s, d = (r1 + r2) ** 2, (r1 - r2) ** 2
    if d2 == 0 and r1 == r2:
        return "same"
    if d2 > s:
        return "separate"
    if d2 == s:
        return "ext_tangent"
    if d2 > d:
        return "cross"
    if d2 == d:
        return "int_tangent"
    return "contained"


def common_points(case: str) -> int:
    return {"separate": 0, "contained": 0, "ext_tangent": 1, "int_tangent": 1, "cross": 2}[case]


def cross(o: tuple[int, int], a: tuple[int, int], b: tuple[int, int]) -> int:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def shoelace2(poly: list[tuple[int, int]]) -> int:
    """Twice the (unsigned) area of a simple polygon."""
    s = 0
    for i in range(len(poly)):
        x1, y1 = poly[i]
        x2, y2 = poly[(i + 1) % len(poly)]
        s += x1 * y2 - x2 * y1
    return abs(s)


def point_relation(p: tuple[int, int], poly: list[tuple[int, int]]) -> str:
    n = len(poly)
    for i in range(n):
        a, b = poly[i], poly[(i + 1) % n]
        if (cross(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
                and min(a[1], b[1]) <= p[1] <= max(a[1], b[1])):
            return "boundary"
    inside = False
    for i in range(n):
        (ax, ay), (bx, by) = poly[i], poly[(i + 1) % n]
        if (ay > p[1]) != (by > p[1]):
            x_at = ax + Fraction(p[1] - ay) * (bx - ax) / (by - ay)
            if p[0] < x_at:
                inside = not inside
    return "inside" if inside else "outside"


def pt(p: tuple[int, int], compact: bool = False, minus: str = "-") -> str:
    x, y = (str(c).replace("-", minus) for c in p)
    return f"({x},{y})" if compact else f"({x}, {y})"


def pts(poly: list[tuple[int, int]], compact: bool = False, last: str = ", and ") -> str:
    items = [pt(p, compact) for p in poly]
    return ", ".join(items[:-1]) + last + items[-1]


def circle_eq(c: tuple[int, int], r: int) -> str:
    def part(var: str, v: int) -> str:
        if v == 0:
            return f"{var}²"
        return f"({var} − {v})²" if v > 0 else f"({var} + {-v})²"
    return f"{part('x', c[0])} + {part('y', c[1])} = {r * r}"


def translate(poly: list[tuple[int, int]], dx: int, dy: int) -> list[tuple[int, int]]:
    return [(x + dx, y + dy) for x, y in poly]


def cn_num(n: int) -> str:
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n % 10] if n % 10 else "")
    return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")


def distinct(rng: random.Random, gen: Callable[[], Any], k: int = 4) -> list[Any]:
    out: list[Any] = []
    while len(out) < k:
        x = gen()
        if x not in out:
            out.append(x)
    return out


def fixed(lines: list[str]) -> list[Instance]:
    assert len(lines) == 4
    return [(line, NONE) for line in lines]


# Arithmetic ------------------------------------------------------------------------------------


@template("r17_frac_homework", "arithmetic", "en", "positive", "dev")
def _frac_homework(rng: random.Random) -> list[Instance]:
    def gen() -> tuple[int, int, int, int]:
        b, d = rng.sample(range(3, 13), 2)
        a = rng.choice([x for x in range(1, b) if math.gcd(x, b) == 1])
        c = rng.choice([x for x in range(1, d) if math.gcd(x, d) == 1])
        return a, b, c, d
    words = [("Checking my son's homework. What's {a}/{b} + {c}/{d}?", 1),
             ("what is {a}/{b} minus {c}/{d}, as a fraction", -1),
             ("Could you work out {a}/{b} + {c}/{d} for me? Simplest form, please.", 1),
             ("{a}/{b} − {c}/{d} = ? I keep getting something weird.", -1)]
    out = []
    for (a, b, c, d), (w, sign) in zip(distinct(rng, gen), words, strict=True):
        out.append((w.format(a=a, b=b, c=c, d=d), e_num(Fraction(a, b) + sign * Fraction(c, d))))
    return out


@template("r17_percent_of", "arithmetic", "en", "positive", "dev")
def _percent_of(rng: random.Random) -> list[Instance]:
    words = ["What's {p}% of {n}?",
             "Need {p} percent of {n}. Just the number, please.",
             "I'm leaving a {p}% tip on a ${n} check. How much is the tip?",
             "calculate {p} per cent of {n} for me"]
    vals = distinct(rng, lambda: (rng.choice([5, 12, 15, 18, 20, 25, 35, 40, 45, 75]),
                                  rng.randrange(40, 964, 4)))
    return [(w.format(p=p, n=n), e_num(Fraction(p * n, 100)))
            for (p, n), w in zip(vals, words, strict=True)]


@template("r17_big_separators", "arithmetic", "en", "positive", "dev")
def _big_separators(rng: random.Random) -> list[Instance]:
    a, b, c = (rng.randint(1000, 99999) for _ in range(3))
    d, e = sorted(rng.sample(range(10000, 999999), 2), reverse=True)
    f, g = sorted(rng.sample(range(1000, 99999), 2), reverse=True)
    h, k = (rng.randint(1000, 999999) for _ in range(2))
    return [
        (f"Can you add {h:,} and {k:,} for me?", e_num(h + k)),
        (f"{a:,} + {b:,} + {c:,} — what's the total? just the number", e_num(a + b + c)),
        (f"How much is {d:,} minus {e:,}?", e_num(d - e)),
        (f"Subtract {g:,} from {f:,}, please.", e_num(f - g)),
    ]


@template("r17_power_words", "arithmetic", "en", "positive", "dev")
def _power_words(rng: random.Random) -> list[Instance]:
    b1, b2 = rng.sample(range(2, 10), 2)
    e1, e2 = rng.randint(3, 7), rng.randint(3, 6)
    n = rng.randint(13, 99)
    k = rng.randint(32, 99)
    return [
        (f"What is {b1} to the power of {e1}?", e_num(b1**e1)),
        (f"what's {n} squared", e_num(n * n)),
        (f"Square root of {k * k:,}? It should come out to a whole number.", e_num(k)),
        (f"Quick one: {b2} raised to the power of {e2}.", e_num(b2**e2)),
    ]


@template("r17_unicode_parens", "arithmetic", "en", "positive", "dev")
def _unicode_parens(rng: random.Random) -> list[Instance]:
    r = rng.randint
    a, b, c, d = r(20, 60), r(2, 19), r(2, 9), r(2, 9)
    f, g, h, i = r(3, 15), r(2, 20), r(2, 20), r(5, 40)
    j, k, m = r(10, 40), r(2, 30), r(12, 20)
    n = r(2, 11)
    o, p, q, s = r(30, 90), r(2, 12), r(2, 12), r(2, 9)
    return [
        (f"({a} − {b}) × {c} ÷ {d} = ?", e_num(Fraction((a - b) * c, d))),
        (f"Evaluate {f} × ({g} + {h}) − {i}.", e_num(f * (g + h) - i)),
        (f"what's ({j} + {k}) ÷ ({m} − {n})", e_num(Fraction(j + k, m - n))),
        (f"Compute {o} − {p} × {q} ÷ {s}, exact answer please.",
         e_num(o - Fraction(p * q, s))),
    ]


@template("r17_zh_power", "arithmetic", "zh", "positive", "dev")
def _zh_power(rng: random.Random) -> list[Instance]:
    words = ["{b}的{e}次方等于多少？", "算一下{b}的{e}次方", "请问 {b} 的 {e} 次方是多少呀？",
             "{b}的{e}次方是几？"]
    vals = distinct(rng, lambda: (rng.randint(2, 12), rng.randint(2, 6)))
    return [(w.format(b=b, e=e), e_num(b**e)) for (b, e), w in zip(vals, words, strict=True)]


@template("r17_zh_then", "arithmetic", "zh", "positive", "dev")
def _zh_then(rng: random.Random) -> list[Instance]:
    r = rng.randint
    a, b, c = r(12, 40), r(3, 9), r(5, 60)
    d, e, f = r(50, 300), r(3, 9), r(2, 40)
    g, h, i = r(11, 30), r(11, 30), r(10, 99)
    j, k, m = r(500, 999), r(50, 200), r(20, 150)
    return [
        (f"先把{a}乘以{b}，再减去{c}，结果是多少？", e_num(a * b - c)),
        (f"{d}除以{e}再加上{f}等于多少？", e_num(Fraction(d, e) + f)),
        (f"{g}乘以{h}再加{i}，得多少？", e_num(g * h + i)),
        (f"用{j}减去{k}，然后再减去{m}，最后剩多少？", e_num(j - k - m)),
    ]


@template("r17_zh_multiply", "arithmetic", "zh", "positive", "dev")
def _zh_multiply(rng: random.Random) -> list[Instance]:
    words = ["{a}乘以{b}等于多少？我算了两遍结果不一样", "帮我算算 {a} 乘以 {b}",
             "{a}×{b}=？", "老师出的题：{a}乘{b}是多少？"]
    vals = distinct(rng, lambda: (rng.randint(12, 999), rng.randint(12, 99)))
    return [(w.format(a=a, b=b), e_num(a * b)) for (a, b), w in zip(vals, words, strict=True)]


@template("r17_neg_clock", "arithmetic", "en", "negative", "dev")
def _neg_clock(rng: random.Random) -> list[Instance]:
    return fixed([
        "It's 10 o'clock now. What time will it be in 5 hours?",
        "My shift starts at 9 pm and lasts 8 hours, what time do I get off?",
        "If I set an alarm at 11:30 for 45 minutes later, when does it go off?",
        "Today is Friday. What day of the week will it be in 10 days?",
    ])


@template("r17_neg_money_advice", "arithmetic", "en", "negative", "dev")
def _neg_money_advice(rng: random.Random) -> list[Instance]:
    return fixed([
        "Should I pay off my 18% credit card or my 6% car loan first?",
        "Is 15% or 20% the more polite tip in New York?",
        "Is it better to teach kids 7 × 8 by memorizing it or by skip counting?",
        "Is saving 10% of a 3,000 monthly salary enough for retirement?",
    ])


@template("r17_zh_neg_why", "arithmetic", "zh", "negative", "dev")
def _zh_neg_why(rng: random.Random) -> list[Instance]:
    return fixed([
        "为什么任何数乘以0都等于0？",
        "除以一个分数为什么等于乘以它的倒数？",
        "负负得正是怎么来的？能通俗解释一下吗",
        "小学生怎么背九九乘法表比较快？",
    ])


@template("r17_remainder", "arithmetic", "en", "positive", "heldout")
def _remainder(rng: random.Random) -> list[Instance]:
    words = ["What's the remainder when {a} is divided by {b}?", "{a} mod {b} = ?",
             "If you divide {a} by {b}, what's left over?", "Find {a} modulo {b}. Just the number."]
    vals = distinct(rng, lambda: (rng.randint(100, 9999), rng.randint(3, 60)))
    return [(w.format(a=f"{a:,}" if i == 0 else a, b=b), e_num(a % b))
            for i, ((a, b), w) in enumerate(zip(vals, words, strict=True))]


@template("r17_factorial", "arithmetic", "en", "positive", "heldout")
def _factorial(rng: random.Random) -> list[Instance]:
    words = ["What is {n} factorial?", "How much is {n}! exactly?",
             "I need the value of {n} factorial for a probability problem.",
             "compute {n}!, please"]
    ns = rng.sample(range(5, 14), 4)
    return [(w.format(n=n), e_num(math.factorial(n))) for n, w in zip(ns, words, strict=True)]


@template("r17_list_total", "arithmetic", "en", "positive", "heldout")
def _list_total(rng: random.Random) -> list[Instance]:
    a = [rng.randint(3, 99) for _ in range(4)]
    b = [rng.randint(3, 120) for _ in range(5)]
    c = [rng.randint(2, 15) for _ in range(3)]
    d = [rng.randint(2, 12) for _ in range(4)]
    return [
        (f"Add up these numbers: {a[0]}, {a[1]}, {a[2]} and {a[3]}", e_num(sum(a))),
        (f"What's the sum of {', '.join(map(str, b))}?", e_num(sum(b))),
        (f"Multiply these together: {c[0]}, {c[1]}, {c[2]}.", e_num(math.prod(c))),
        (f"What's the product of {d[0]}, {d[1]}, {d[2]} and {d[3]}?", e_num(math.prod(d))),
    ]


@template("r17_decimal_exact", "arithmetic", "en", "positive", "heldout")
def _decimal_exact(rng: random.Random) -> list[Instance]:
    def dec(lo: int, hi: int, places: int) -> str:
        while True:
            v = rng.randint(lo, hi)
            if v % 10:
                return f"{v // 10**places}.{v % 10**places:0{places}d}"
    x1, y1 = dec(1, 9, 1), dec(1, 9, 1)
    x2, y2 = dec(11, 99, 1), dec(11, 99, 1)
    x3, y3 = dec(500, 999, 2), dec(100, 499, 2)
    x4, y4 = dec(20, 99, 1), dec(11, 99, 2)
    return [
        (f"What is {x1} + {y1}? I want the exact value, not a floating point mess.",
         e_num(val(x1) + val(y1))),
        (f"{x2} × {y2} = ?", e_num(val(x2) * val(y2))),
        (f"How much is {x3} − {y3}?", e_num(val(x3) - val(y3))),
        (f"What's {x4} divided by {y4}?", e_num(val(x4) / val(y4))),
    ]


@template("r17_word_ops", "arithmetic", "en", "positive", "heldout")
def _word_ops(rng: random.Random) -> list[Instance]:
    r = rng.randint
    a, b, c = r(3, 25), r(3, 25), r(2, 50)
    d, e = r(100, 999), r(3, 40)
    f, g, h = r(50, 200), r(2, 49), r(2, 60)
    i, j, k = r(10, 500), r(10, 500), r(5, 300)
    return [
        (f"What's {a} times {b} plus {c}?", e_num(a * b + c)),
        (f"{d} divided by {e} — what does that come to?", e_num(Fraction(d, e))),
        (f"what is {f} minus {g} plus {h}", e_num(f - g + h)),
        (f"Tell me {i} plus {j} minus {k}.", e_num(i + j - k)),
    ]


@template("r17_zh_percent", "arithmetic", "zh", "positive", "heldout")
def _zh_percent(rng: random.Random) -> list[Instance]:
    vals = distinct(rng, lambda: (rng.choice([5, 8, 12, 15, 20, 25, 30, 35, 60, 85]),
                                  rng.randrange(20, 2000, 20)))
    (p1, n1), (p2, n2), (p3, n3), (p4, n4) = vals
    return [
        (f"{n1}的{p1}%是多少？", e_num(Fraction(p1 * n1, 100))),
        (f"{n2}的百分之{cn_num(p2)}是多少？", e_num(Fraction(p2 * n2, 100))),
        (f"算一下{n3}乘以{p3}%", e_num(Fraction(p3 * n3, 100))),
        (f"请问{n4}的{p4}%等于多少？", e_num(Fraction(p4 * n4, 100))),
    ]


@template("r17_zh_divide", "arithmetic", "zh", "positive", "heldout")
def _zh_divide(rng: random.Random) -> list[Instance]:
    words = ["{a}除以{b}等于多少？用分数表示", "{a}÷{b}是多少", "请计算 {a} 除以 {b}",
             "{a}除以{b}，结果保留分数"]
    vals = distinct(rng, lambda: (rng.randint(10, 500), rng.randint(3, 48)))
    return [(w.format(a=a, b=b), e_num(Fraction(a, b)))
            for (a, b), w in zip(vals, words, strict=True)]


@template("r17_zh_sum_list", "arithmetic", "zh", "positive", "heldout")
def _zh_sum_list(rng: random.Random) -> list[Instance]:
    a = [rng.randint(5, 99) for _ in range(4)]
    b = [rng.randint(10, 300) for _ in range(3)]
    c = [rng.randint(1, 60) for _ in range(5)]
    d = [rng.randint(100, 999) for _ in range(4)]
    return [
        (f"求 {'、'.join(map(str, a))} 这几个数的和", e_num(sum(a))),
        (f"把 {'，'.join(map(str, b))} 加起来是多少？", e_num(sum(b))),
        (f"{'、'.join(map(str, c))}这几个数相加等于多少？", e_num(sum(c))),
        (f"{'，'.join(map(str, d))}的总和是多少？", e_num(sum(d))),
    ]


@template("r17_neg_trivia_counts", "arithmetic", "en", "negative", "heldout")
def _neg_trivia_counts(rng: random.Random) -> list[Instance]:
    return fixed([
        "How many bones are in the adult human body?",
        "How many keys does a standard piano have, 88?",
        "How many players does each soccer team have on the field?",
        "How many moons does Jupiter have these days?",
    ])


@template("r17_neg_code_arith", "arithmetic", "en", "negative", "heldout")
def _neg_code_arith(rng: random.Random) -> list[Instance]:
    return fixed([
        "Write a Python one-liner that prints 17 + 25.",
        "Can you give me an Excel formula that adds A1 and B1 and divides by 2?",
        "How do I compute 2 to the power of 10 in JavaScript?",
        "Write a bash script that divides 100 by 7 and prints the result.",
    ])


@template("r17_zh_neg_ids", "arithmetic", "zh", "negative", "heldout")
def _zh_neg_ids(rng: random.Random) -> list[Instance]:
    return fixed([
        "我的快递单号是 7734 2210 9981，现在到哪儿了？",
        "10086 是哪个运营商的客服电话？",
        "订单号 20231118 还能退款吗？",
        "身份证号最后一位是 X 是什么意思？",
    ])


# Comparison ------------------------------------------------------------------------------------


def trap_pair(rng: random.Random) -> tuple[str, str]:
    """Two decimals like 9.11 and 9.9 with the same integer part."""
    k = rng.randint(0, 25)
    while True:
        t, s = rng.randint(11, 99), rng.randint(1, 9)
        if t % 10 and s != t // 10:
            break
    pair = [f"{k}.{t}", f"{k}.{s}"]
    rng.shuffle(pair)
    return pair[0], pair[1]


def mixed_numbers(rng: random.Random, n: int) -> list[str]:
    """n distinct-valued numbers written as integers, decimals, fractions and negatives."""
    while True:
        items = []
        for _ in range(n):
            kind = rng.randrange(4)
            if kind == 0:
                items.append(str(rng.randint(-20, 30)))
            elif kind == 1:
                items.append(f"{rng.randint(-9, 9)}.{rng.randint(1, 99):02d}".rstrip("0"))
            elif kind == 2:
                b = rng.randint(2, 9)
                a = rng.choice([x for x in range(1, 3 * b) if math.gcd(x, b) == 1])
                items.append(f"{a}/{b}")
            else:
                items.append(f"-{rng.randint(1, 9)}.{rng.randint(1, 9)}")
        if len({val(x) for x in items}) == n and len(set(items)) == n:
            return items


@template("r17_cmp_trap_decimals", "comparison", "en", "positive", "dev")
def _cmp_trap_decimals(rng: random.Random) -> list[Instance]:
    words = ["Which is bigger, {x} or {y}?", "{x} vs {y} — which one's larger?",
             "Settle an argument for us: is {x} or {y} the bigger number?",
             "Which number is greater: {x} or {y}? My calculator app is acting up."]
    pairs = distinct(rng, lambda: trap_pair(rng))
    return [(w.format(x=x, y=y), e_choice(max(x, y, key=val)))
            for (x, y), w in zip(pairs, words, strict=True)]


@template("r17_cmp_negatives_bool", "comparison", "en", "positive", "dev")
def _cmp_negatives_bool(rng: random.Random) -> list[Instance]:
    def gen() -> tuple[int, int]:
        a, b = rng.sample(range(-60, 0), 2)
        return a, b
    (a, b), (c, d), (e, f), (g, h) = distinct(rng, gen)
    ef = (f"{e / 10:.1f}", f"{f / 10:.1f}")
    return [
        (f"Is {a} greater than {b}?", e_bool(a > b)),
        (f"Is −{-c} less than −{-d}?", e_bool(c < d)),
        (f"True or false: {ef[0]} > {ef[1]}", e_bool(e > f)),
        (f"Would you say {g} is bigger than {h}?", e_bool(g > h)),
    ]


@template("r17_cmp_sort_up", "comparison", "en", "positive", "dev")
def _cmp_sort_up(rng: random.Random) -> list[Instance]:
    out = []
    for i in range(4):
        items = mixed_numbers(rng, 5 if i % 2 == 0 else 4)
        asc = sorted(items, key=val)
        if i == 0:
            p = f"Put these in order from smallest to largest: {', '.join(items)}"
        elif i == 1:
            p = f"Sort ascending please: {'; '.join(items)}"
        elif i == 2:
            p = f"Can you arrange {', '.join(items[:-1])} and {items[-1]} from least to greatest?"
        else:
            p = f"Order these numbers, lowest first:\n{chr(10).join(items)}"
        out.append((p, e_list(asc, "number", True, "asc")))
    return out


@template("r17_cmp_fraction_less", "comparison", "en", "positive", "dev")
def _cmp_fraction_less(rng: random.Random) -> list[Instance]:
    def gen() -> tuple[str, str]:
        while True:
            b, d = rng.sample(range(3, 13), 2)
            a, c = rng.randint(1, b - 1), rng.randint(1, d - 1)
            if math.gcd(a, b) == 1 and math.gcd(c, d) == 1 and a * d != b * c \
                    and abs(Fraction(a, b) - Fraction(c, d)) < Fraction(1, 6):
                return f"{a}/{b}", f"{c}/{d}"
    words = ["Which fraction is smaller: {x} or {y}?", "{x} or {y}, which is less?",
             "Which is the smaller of {x} and {y}?", "Help me out — which is smaller, {x} or {y}?"]
    return [(w.format(x=x, y=y), e_choice(min(x, y, key=val)))
            for (x, y), w in zip(distinct(rng, gen), words, strict=True)]


@template("r17_cmp_biggest_of", "comparison", "en", "positive", "dev")
def _cmp_biggest_of(rng: random.Random) -> list[Instance]:
    def gen() -> tuple[str, ...]:
        k = rng.randint(1, 40)
        tails = rng.sample(["5", "05", "49", "409", "45", "499", "5001", "051", "4"], 4)
        return tuple(f"{k}.{t}" for t in tails)
    out = []
    for i, xs in enumerate(distinct(rng, gen)):
        a, b, c, d = xs
        p = [f"What's the largest of {a}, {b}, {c} and {d}?",
             f"Out of these, which number is the biggest: {a}, {b}, {c}, {d}",
             f"Find the maximum: {a} / {b} / {c} / {d}",
             f"Which is greatest — {a}, {b}, {c}, or {d}?"][i]
        out.append((p, e_choice(max(xs, key=val))))
    return out


@template("r17_zh_cmp_bigger", "comparison", "zh", "positive", "dev")
def _zh_cmp_bigger(rng: random.Random) -> list[Instance]:
    words = ["{x}和{y}哪个大？", "{x}跟{y}比，哪个更大？", "请问{x}与{y}哪个数大一些",
             "{x}、{y}，哪个大？"]
    pairs = distinct(rng, lambda: trap_pair(rng))
    return [(w.format(x=x, y=y), e_choice(max(x, y, key=val)))
            for (x, y), w in zip(pairs, words, strict=True)]


@template("r17_zh_cmp_order", "comparison", "zh", "positive", "dev")
def _zh_cmp_order(rng: random.Random) -> list[Instance]:
    out = []
    for i in range(4):
        items = mixed_numbers(rng, 5)
        asc = sorted(items, key=val)
        if i == 0:
            p, exp = f"把下面这些数从小到大排列：{'、'.join(items)}", e_list(asc, "number", True,
                                                                         "asc")
        elif i == 1:
            p, exp = f"从大到小排一下：{'，'.join(items)}", e_list(asc[::-1], "number", True,
                                                                "desc")
        elif i == 2:
            p, exp = f"请将{'、'.join(items)}按从小到大的顺序排好", e_list(asc, "number", True,
                                                                        "asc")
        else:
            p, exp = f"{'，'.join(items)}，按从大到小排是什么顺序？", e_list(asc[::-1], "number",
                                                                           True, "desc")
        out.append((p, exp))
    return out


@template("r17_neg_versions", "comparison", "en", "negative", "dev")
def _neg_versions(rng: random.Random) -> list[Instance]:
    return fixed([
        "Is Python 3.11 newer than 3.9?",
        "Which is the later release, Android 13 or Android 12L?",
        "Is macOS 10.15 older than macOS 11.2?",
        "Our lockfile pins 2.10 but the docs mention 2.9 — which version is newer?",
    ])


@template("r17_neg_world_bigger", "comparison", "en", "negative", "dev")
def _neg_world_bigger(rng: random.Random) -> list[Instance]:
    return fixed([
        "Which is bigger by population, Tokyo or Delhi?",
        "Which is longer, the Nile or the Amazon?",
        "Is a 2019 Honda Civic bigger than a 2019 Toyota Corolla?",
        "Which is heavier, an adult elephant or a blue whale?",
    ])


@template("r17_zh_neg_worth", "comparison", "zh", "negative", "dev")
def _zh_neg_worth(rng: random.Random) -> list[Instance]:
    return fixed([
        "iPhone 15 和 iPhone 14 哪个更值得买？",
        "月薪8000在北京和在成都哪个过得更好？",
        "5G套餐和4G套餐哪个更划算？",
        "考研考350分和380分，报哪个学校更稳？",
    ])


@template("r17_cmp_sort_down", "comparison", "en", "positive", "heldout")
def _cmp_sort_down(rng: random.Random) -> list[Instance]:
    out = []
    for i in range(4):
        items = mixed_numbers(rng, 5 if i % 2 else 4)
        desc = sorted(items, key=val, reverse=True)
        p = [f"Rank these from highest to lowest: {', '.join(items)}",
             f"Sort in descending order: [{', '.join(items)}]",
             f"Largest to smallest, please: {', '.join(items)}",
             f"I need {', '.join(items[:-1])} and {items[-1]} listed biggest first."][i]
        out.append((p, e_list(desc, "number", True, "desc")))
    return out


@template("r17_cmp_frac_vs_dec", "comparison", "en", "positive", "heldout")
def _cmp_frac_vs_dec(rng: random.Random) -> list[Instance]:
    def gen() -> tuple[str, str]:
        while True:
            b = rng.randint(3, 13)
            a = rng.randint(1, b - 1)
            if math.gcd(a, b) != 1:
                continue
            f = Fraction(a, b)
            hundredths = math.floor(f * 100) + rng.choice([0, 1])
            d = Fraction(hundredths, 100)
            if d != f and hundredths % 10:
                return f"{a}/{b}", f"0.{hundredths:02d}"
    (f1, d1), (f2, d2), (f3, d3), (f4, d4) = distinct(rng, gen)
    return [
        (f"True or false: {f1} < {d1}", e_bool(val(f1) < val(d1))),
        (f"Is {f2} more than {d2}?", e_bool(val(f2) > val(d2))),
        (f"Is it true that {d3} > {f3}?", e_bool(val(d3) > val(f3))),
        (f"Check this for me: {f4} is less than {d4}. Right?", e_bool(val(f4) < val(d4))),
    ]


@template("r17_cmp_close_thousands", "comparison", "en", "positive", "heldout")
def _cmp_close_thousands(rng: random.Random) -> list[Instance]:
    def gen() -> tuple[str, str]:
        while True:
            digits = list(str(rng.randint(1000, 99999)))
            i = rng.randrange(1, len(digits) - 1)
            swapped = digits[:]
            swapped[i], swapped[i + 1] = swapped[i + 1], swapped[i]
            a, b = int("".join(digits)), int("".join(swapped))
            if a != b:
                return f"{a:,}", f"{b:,}"
    words = ["I have two numbers, {x} and {y}. Which one's smaller?", "Which is less: {x} or {y}?",
             "{x} or {y} — which is the smaller amount?", "Tell me which is lower, {x} or {y}."]
    return [(w.format(x=x, y=y), e_choice(min(x, y, key=val)))
            for (x, y), w in zip(distinct(rng, gen), words, strict=True)]


@template("r17_cmp_negative_decimals", "comparison", "en", "positive", "heldout")
def _cmp_negative_decimals(rng: random.Random) -> list[Instance]:
    def gen() -> tuple[str, str]:
        k = rng.randint(0, 9)
        t, s = rng.randint(11, 99), rng.randint(1, 9)
        while not t % 10 or s == t // 10:
            t, s = rng.randint(11, 99), rng.randint(1, 9)
        pair = [f"−{k}.{t}", f"−{k}.{s}"]
        rng.shuffle(pair)
        return pair[0], pair[1]
    words = ["Between {x} and {y}, which is the larger number?",
             "Which is greater, {x} or {y}? Negative numbers always confuse me.",
             "Pick the larger one: {x}, {y}", "{x} vs {y}: which is higher?"]
    return [(w.format(x=x, y=y), e_choice(max(x, y, key=val)))
            for (x, y), w in zip(distinct(rng, gen), words, strict=True)]


@template("r17_cmp_least_of", "comparison", "en", "positive", "heldout")
def _cmp_least_of(rng: random.Random) -> list[Instance]:
    def gen() -> tuple[str, ...]:
        while True:
            items = []
            for j in range(4):
                if j % 2 == 0:
                    b = rng.randint(2, 9)
                    a = rng.choice([x for x in range(b + 1, 2 * b) if math.gcd(x, b) == 1])
                    items.append(f"{a}/{b}")
                else:
                    items.append(f"1.{rng.randint(1, 99):02d}".rstrip("0"))
            if len({val(x) for x in items}) == 4:
                rng.shuffle(items)
                return tuple(items)
    out = []
    for i, xs in enumerate(distinct(rng, gen)):
        lst = ", ".join(xs)
        p = [f"Smallest number in this list? {lst}",
             f"Which of these is the least: {lst}?",
             f"From {xs[0]}, {xs[1]}, {xs[2]} and {xs[3]}, tell me the minimum.",
             f"What's the lowest value among {lst}?"][i]
        out.append((p, e_choice(min(xs, key=val))))
    return out


@template("r17_zh_cmp_bool", "comparison", "zh", "positive", "heldout")
def _zh_cmp_bool(rng: random.Random) -> list[Instance]:
    def gen() -> tuple[str, str]:
        kind = rng.randrange(3)
        if kind == 0:
            a, b = rng.sample(range(-30, 0), 2)
            return str(a), str(b)
        if kind == 1:
            return trap_pair(rng)
        while True:
            b = rng.randint(3, 9)
            a = rng.choice([x for x in range(1, b) if math.gcd(x, b) == 1])
            d = f"0.{rng.choice([x for x in range(11, 90) if x % 10])}"
            if val(d) != Fraction(a, b):
                return f"{a}/{b}", d
    (a, b), (c, d), (e, f), (g, h) = distinct(rng, gen)
    return [
        (f"{a}比{b}大吗？", e_bool(val(a) > val(b))),
        (f"{c}是不是比{d}大？", e_bool(val(c) > val(d))),
        (f"{e}大于{f}吗？", e_bool(val(e) > val(f))),
        (f"请问{g}比{h}小吗？", e_bool(val(g) < val(h))),
    ]


@template("r17_zh_cmp_smaller", "comparison", "zh", "positive", "heldout")
def _zh_cmp_smaller(rng: random.Random) -> list[Instance]:
    def gen() -> tuple[str, str]:
        while True:
            b = rng.randint(3, 11)
            a = rng.randint(1, b - 1)
            d = f"0.{rng.randint(11, 95)}"
            if math.gcd(a, b) == 1 and val(d) != Fraction(a, b) and d[-1] != "0":
                pair = [f"{a}/{b}", d]
                rng.shuffle(pair)
                return pair[0], pair[1]
    words = ["{x}和{y}哪个小？", "{x}与{y}相比，哪个更小？", "{x}跟{y}，哪个数小一点？",
             "比较一下{x}和{y}，哪个小？"]
    return [(w.format(x=x, y=y), e_choice(min(x, y, key=val)))
            for (x, y), w in zip(distinct(rng, gen), words, strict=True)]


@template("r17_neg_units_cmp", "comparison", "en", "negative", "heldout")
def _neg_units_cmp(rng: random.Random) -> list[Instance]:
    return fixed([
        "Which is hotter, 30°C or 80°F?",
        "Which is longer, 5 miles or 8 kilometers?",
        "Is 2 cups more than 500 ml?",
        "Which is heavier, 10 pounds or 4.5 kilograms?",
    ])


@template("r17_neg_dates_cmp", "comparison", "en", "negative", "heldout")
def _neg_dates_cmp(rng: random.Random) -> list[Instance]:
    return fixed([
        "Which came first, 03/04/2021 or 04/03/2021?",
        "Which date is later: 05.06.2020 or 06.05.2020?",
        "Is 1/12 before 12/1 on the school calendar?",
        "Is Thanksgiving 2024 before or after Nov 25?",
    ])


@template("r17_zh_neg_places", "comparison", "zh", "negative", "heldout")
def _zh_neg_places(rng: random.Random) -> list[Instance]:
    return fixed([
        "北京和上海哪个城市面积大？",
        "长江和黄河哪个更长？",
        "珠穆朗玛峰和乔戈里峰哪个高？",
        "中国和印度现在哪个国家人口多？",
    ])


# Number theory ---------------------------------------------------------------------------------


def tricky_odd(rng: random.Random, lo: int, hi: int, prime: bool) -> int:
    """An odd number not divisible by 3 or 5 that is (or is not) prime."""
    while True:
        n = rng.randint(lo, hi)
        if n % 2 and n % 3 and n % 5 and is_prime(n) == prime:
            return n


def prime_mix(rng: random.Random, lo: int, hi: int) -> list[int]:
    flags = [True, False, True, False]
    rng.shuffle(flags)
    out: list[int] = []
    for flag in flags:
        n = tricky_odd(rng, lo, hi, flag)
        while n in out:
            n = tricky_odd(rng, lo, hi, flag)
        out.append(n)
    return out


def smooth_number(rng: random.Random, lo: int, hi: int) -> int:
    while True:
        n = 1
        for p in rng.sample([2, 3, 5, 7, 11, 13, 17, 19, 23], rng.randint(2, 4)):
            n *= p ** rng.randint(1, 3)
        if lo <= n <= hi:
            return n


def gcd_pair(rng: random.Random) -> tuple[int, int]:
    g = rng.choice([4, 6, 8, 9, 12, 14, 15, 18, 21, 24, 28, 36])
    while True:
        x, y = rng.sample(range(2, 16), 2)
        if math.gcd(x, y) == 1:
            return g * x, g * y


@template("r17_nt_prime_yn", "number_theory", "en", "positive", "dev")
def _nt_prime_yn(rng: random.Random) -> list[Instance]:
    words = ["Is {n} a prime number? Yes or no.", "quick check — is {n} prime",
             "Does {n} count as a prime?", "I'm making flashcards. Is {n} prime or not?"]
    return [(w.format(n=n), e_bool(is_prime(n)))
            for n, w in zip(prime_mix(rng, 101, 997), words, strict=True)]


@template("r17_nt_factor_en", "number_theory", "en", "positive", "dev")
def _nt_factor_en(rng: random.Random) -> list[Instance]:
    words = ["What's the prime factorization of {n}?", "Break {n} down into prime factors.",
             "Factor {n} into primes for me", "{n} as a product of primes?"]
    ns = distinct(rng, lambda: smooth_number(rng, 100, 50000))
    return [(w.format(n=f"{n:,}" if i == 1 else n), e_fact(n))
            for i, (n, w) in enumerate(zip(ns, words, strict=True))]


@template("r17_nt_gcd_en", "number_theory", "en", "positive", "dev")
def _nt_gcd_en(rng: random.Random) -> list[Instance]:
    words = ["What's the greatest common divisor of {a} and {b}?", "gcd({a}, {b}) = ?",
             "Find the GCD of {a} and {b}.",
             "What's the biggest number that divides both {a} and {b}?"]
    return [(w.format(a=a, b=b), e_num(math.gcd(a, b)))
            for (a, b), w in zip(distinct(rng, lambda: gcd_pair(rng)), words, strict=True)]


@template("r17_nt_lcm_en", "number_theory", "en", "positive", "dev")
def _nt_lcm_en(rng: random.Random) -> list[Instance]:
    a, b = rng.sample(range(4, 40), 2)
    c, d, e = rng.sample(range(3, 25), 3)
    f, g = rng.sample(range(6, 60), 2)
    h, k = rng.sample(range(5, 30), 2)
    return [
        (f"What's the least common multiple of {a} and {b}?", e_num(math.lcm(a, b))),
        (f"lcm of {c}, {d} and {e}", e_num(math.lcm(c, d, e))),
        (f"What is the LCM of {f} and {g}?", e_num(math.lcm(f, g))),
        (f"What's the smallest positive number that is a multiple of both {h} and {k}?",
         e_num(math.lcm(h, k))),
    ]


@template("r17_nt_digit_sum", "number_theory", "en", "positive", "dev")
def _nt_digit_sum(rng: random.Random) -> list[Instance]:
    words = ["What's the sum of the digits of {n}?", "Add up the digits in {n}.",
             "digit sum of {n}?", "If you add all the digits of {n} together, what do you get?"]
    ns = distinct(rng, lambda: rng.randint(10000, 9999999))
    return [(w.format(n=f"{n:,}" if i == 1 else n), e_num(sum(map(int, str(n)))))
            for i, (n, w) in enumerate(zip(ns, words, strict=True))]


@template("r17_zh_nt_prime", "number_theory", "zh", "positive", "dev")
def _zh_nt_prime(rng: random.Random) -> list[Instance]:
    words = ["{n}是质数吗？", "{n}是不是素数？", "请判断{n}是否为质数", "{n}这个数是素数吗"]
    return [(w.format(n=n), e_bool(is_prime(n)))
            for n, w in zip(prime_mix(rng, 49, 499), words, strict=True)]


@template("r17_zh_nt_factor", "number_theory", "zh", "positive", "dev")
def _zh_nt_factor(rng: random.Random) -> list[Instance]:
    words = ["把{n}分解质因数", "{n}分解质因数是多少？", "求{n}的质因数分解",
             "{n}可以分解成哪些质数相乘？"]
    ns = distinct(rng, lambda: smooth_number(rng, 60, 9999))
    return [(w.format(n=n), e_fact(n)) for n, w in zip(ns, words, strict=True)]


@template("r17_neg_number_lore", "number_theory", "en", "negative", "dev")
def _neg_number_lore(rng: random.Random) -> list[Instance]:
    return fixed([
        "Why is 13 considered unlucky?",
        "What does the number 42 mean in The Hitchhiker's Guide to the Galaxy?",
        "Is 7 really a lucky number, or is that just superstition?",
        "What's the significance of 108 in Buddhism?",
    ])


@template("r17_neg_nt_explain", "number_theory", "en", "negative", "dev")
def _neg_nt_explain(rng: random.Random) -> list[Instance]:
    return fixed([
        "Explain why there are infinitely many primes.",
        "Can you explain what a Mersenne prime is?",
        "How does the Euclidean algorithm for the gcd actually work?",
        "What's the difference between a factor and a multiple?",
    ])


@template("r17_zh_neg_lucky", "number_theory", "zh", "negative", "dev")
def _zh_neg_lucky(rng: random.Random) -> list[Instance]:
    return fixed([
        "为什么中国人喜欢数字8？",
        "4这个数字在中国为什么不吉利？",
        "手机号里带很多6好不好？",
        "车牌号选 888 要多花钱吗？",
    ])


@template("r17_nt_top_prime_factor", "number_theory", "en", "positive", "heldout")
def _nt_top_prime_factor(rng: random.Random) -> list[Instance]:
    def gen() -> int:
        big = rng.choice([p for p in range(11, 200) if is_prime(p)])
        small = [p for p in range(2, big) if is_prime(p)]
        n = big
        for p in rng.sample(small, min(len(small), rng.randint(1, 3))):
            n *= p ** rng.randint(1, 2)
        return n if n <= 2_000_000 else gen()
    words = ["What's the largest prime factor of {n}?", "biggest prime that divides {n}?",
             "Find the greatest prime factor of {n}.",
             "Of all the primes dividing {n}, which is the largest?"]
    return [(w.format(n=n), e_num(factorize(n)[-1][0]))
            for n, w in zip(distinct(rng, gen), words, strict=True)]


@template("r17_nt_primes_under", "number_theory", "en", "positive", "heldout")
def _nt_primes_under(rng: random.Random) -> list[Instance]:
    words = ["List all the primes less than {n}.", "What are the prime numbers below {n}?",
             "Give me every prime under {n}, comma separated.",
             "Which primes are smaller than {n}?"]
    ns = rng.sample([n for n in range(15, 80) if not is_prime(n)], 4)
    return [(w.format(n=n), e_list([str(p) for p in range(2, n) if is_prime(p)], "number", False))
            for n, w in zip(ns, words, strict=True)]


@template("r17_nt_happy_range", "number_theory", "en", "positive", "heldout")
def _nt_happy_range(rng: random.Random) -> list[Instance]:
    def gen() -> tuple[int, int]:
        while True:
            a, b = rng.randint(2, 40), rng.randint(45, 110)
            if not is_happy(a) and not is_happy(b):
                return a, b
    words = ["Which numbers from {a} to {b} inclusive are happy numbers?",
             "List the happy numbers between {a} and {b}.",
             "happy numbers in the range {a}–{b}?",
             "For my puzzle club: find all happy numbers n with {a} ≤ n ≤ {b}."]
    return [(w.format(a=a, b=b),
             e_list([str(n) for n in range(a, b + 1) if is_happy(n)], "number", False))
            for (a, b), w in zip(distinct(rng, gen), words, strict=True)]


@template("r17_nt_hcf", "number_theory", "en", "positive", "heldout")
def _nt_hcf(rng: random.Random) -> list[Instance]:
    words = ["What's the highest common factor of {a} and {b}?", "HCF of {a} and {b}, please.",
             "Greatest common factor of {a} and {b}?",
             "What is the largest whole number that divides evenly into both {a} and {b}?"]
    return [(w.format(a=a, b=b), e_num(math.gcd(a, b)))
            for (a, b), w in zip(distinct(rng, lambda: gcd_pair(rng)), words, strict=True)]


@template("r17_nt_prime_told", "number_theory", "en", "positive", "heldout")
def _nt_prime_told(rng: random.Random) -> list[Instance]:
    words = ["My daughter says {n} is prime. Is she right?",
             "For a coding puzzle I need to know: is {n} prime?",
             "Is {n} a prime number or not? Just yes or no.",
             "Someone at work claimed {n} is a prime. True?"]
    ns = prime_mix(rng, 1001, 9999)
    return [(w.format(n=f"{n:,}" if i == 2 else n), e_bool(is_prime(n)))
            for i, (n, w) in enumerate(zip(ns, words, strict=True))]


@template("r17_zh_nt_gcd", "number_theory", "zh", "positive", "heldout")
def _zh_nt_gcd(rng: random.Random) -> list[Instance]:
    words = ["求{a}和{b}的最大公约数", "{a}和{b}的最大公因数是多少？",
             "{a}、{b}的最大公约数等于几", "请问 {a} 与 {b} 的最大公约数是多少"]
    return [(w.format(a=a, b=b), e_num(math.gcd(a, b)))
            for (a, b), w in zip(distinct(rng, lambda: gcd_pair(rng)), words, strict=True)]


@template("r17_zh_nt_lcm", "number_theory", "zh", "positive", "heldout")
def _zh_nt_lcm(rng: random.Random) -> list[Instance]:
    words = ["{a}和{b}的最小公倍数是多少？", "求{a}与{b}的最小公倍数",
             "{a}、{b}的最小公倍数是几？", "算一下{a}和{b}的最小公倍数"]
    vals = distinct(rng, lambda: tuple(rng.sample(range(4, 45), 2)))
    return [(w.format(a=a, b=b), e_num(math.lcm(a, b)))
            for (a, b), w in zip(vals, words, strict=True)]


@template("r17_neg_prime_trivia", "number_theory", "en", "negative", "heldout")
def _neg_prime_trivia(rng: random.Random) -> list[Instance]:
    return fixed([
        "What's the largest known prime number right now?",
        "Who first proved that there are infinitely many primes?",
        "When was the RSA algorithm invented?",
        "How many digits does the biggest known Mersenne prime have?",
    ])


@template("r17_neg_nt_code", "number_theory", "en", "negative", "heldout")
def _neg_nt_code(rng: random.Random) -> list[Instance]:
    return fixed([
        "Write a Python function that checks whether 97 is prime.",
        "Give me C code to compute the gcd of 48 and 18.",
        "How would I factor 360 into primes using an Excel formula?",
        "Can you write a JavaScript loop that prints the primes below 50?",
    ])


@template("r17_zh_neg_conjecture", "number_theory", "zh", "negative", "heldout")
def _zh_neg_conjecture(rng: random.Random) -> list[Instance]:
    return fixed([
        "哥德巴赫猜想现在被证明了吗？",
        "什么是孪生素数猜想？",
        "RSA 加密为什么要用很大的质数？",
        "陈景润证明的“1+2”到底是什么意思？",
    ])


# Counting and strings --------------------------------------------------------------------------

VOWELS = set("aeiou")
ORDINALS = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh"}
SUFFIX = {1: "st", 2: "nd", 3: "rd"}


def letter_pick(rng: random.Random, words: list[str]) -> tuple[str, str]:
    w = rng.choice(words)
    repeated = [c for c in sorted(set(w)) if w.count(c) > 1]
    return w, rng.choice(repeated or sorted(set(w)))


@template("r17_cnt_letter_times", "counting", "en", "positive", "dev")
def _cnt_letter_times(rng: random.Random) -> list[Instance]:
    pool = ["strawberry", "mississippi", "banana", "excellence", "bookkeeper", "committee",
            "occurrence", "raspberry", "assassin", "parallel", "tomorrow", "referee"]
    words = ["How many {l}'s are in {w}?", "Count the letter '{l}' in '{w}'.",
             'how many times does {l} appear in "{w}"',
             "In the word {w}, how many {l}'s are there?"]
    vals = distinct(rng, lambda: letter_pick(rng, pool))
    return [(t.format(w=w, l=c), e_num(w.count(c)))
            for (w, c), t in zip(vals, words, strict=True)]


@template("r17_cnt_sentence_words", "counting", "en", "positive", "dev")
def _cnt_sentence_words(rng: random.Random) -> list[Instance]:
    pool = ["the quick brown fox jumps over the lazy dog",
            "I will meet you at the station tomorrow morning",
            "Please remember to water the plants while we are away",
            "She sells sea shells by the sea shore",
            "Our team finally won the regional chess tournament last weekend",
            "Coffee tastes better when someone else makes it",
            "My grandmother still writes letters by hand every Sunday"]
    s = rng.sample(pool, 4)
    return [
        (f'How many words are in this sentence: "{s[0]}"?', e_num(len(s[0].split()))),
        (f"Word count for: {s[1]}", e_num(len(s[1].split()))),
        (f"Count the words in the following sentence. {s[2]}.", e_num(len(s[2].split()))),
        (f"{s[3][0].upper() + s[3][1:]} — how many words is that?", e_num(len(s[3].split()))),
    ]


@template("r17_cnt_nth_letter", "counting", "en", "positive", "dev")
def _cnt_nth_letter(rng: random.Random) -> list[Instance]:
    pool = ["elephant", "umbrella", "keyboard", "sandwich", "pineapple", "goldfish", "triangle",
            "hospital", "calendar", "blanket"]
    def gen() -> tuple[str, int]:
        return rng.choice(pool), rng.randint(2, 7)
    out = []
    for i, (w, k) in enumerate(distinct(rng, gen)):
        p = [f"What's the {k}{SUFFIX.get(k, 'th')} letter of '{w}'?",
             f"In the word {w}, which letter comes {ORDINALS[k]}?",
             f'Tell me letter number {k} in "{w}".',
             f"{w}: what is its {ORDINALS[k]} letter?"][i]
        out.append((p, e_text(w[k - 1])))
    return out


@template("r17_cnt_backwards", "counting", "en", "positive", "dev")
def _cnt_backwards(rng: random.Random) -> list[Instance]:
    pool = ["desserts", "drawer", "stressed", "diaper", "animal", "deliver", "reward", "spoons",
            "keeps", "strops", "lemon", "garden"]
    words = ["Spell '{w}' backwards.", "What is '{w}' reversed?", "reverse the word {w} for me",
             'Write "{w}" back to front.']
    return [(t.format(w=w), e_text(w[::-1]))
            for w, t in zip(rng.sample(pool, 4), words, strict=True)]


@template("r17_cnt_anagram_yn", "counting", "en", "positive", "dev")
def _cnt_anagram_yn(rng: random.Random) -> list[Instance]:
    pairs = [("listen", "silent"), ("evil", "vile"), ("night", "thing"), ("dusty", "study"),
             ("below", "elbow"), ("state", "taste"), ("apple", "paper"), ("stone", "tonne"),
             ("heart", "hater"), ("master", "stream"), ("garden", "danger"), ("salt", "slat"),
             ("rescue", "secure"), ("bored", "robed"), ("cider", "cried"), ("lemon", "melon"),
             ("spare", "spear"), ("glass", "grass"), ("silver", "sliver"), ("teacher", "cheater"),
             ("bread", "beard"), ("plate", "pleat"),
             ("brush", "shrub"), ("words", "sword"), ("dream", "drama"), ("friend", "finder")]
    yes = [p for p in pairs if sorted(p[0]) == sorted(p[1])]
    no = [p for p in pairs if sorted(p[0]) != sorted(p[1])]
    chosen = rng.sample(yes, 2) + rng.sample(no, 2)
    rng.shuffle(chosen)
    words = ["Are '{a}' and '{b}' anagrams?", "Is {a} an anagram of {b}?",
             'Can you rearrange the letters of "{a}" to get "{b}"?',
             "Quick word game check: {a} / {b} — anagrams or not?"]
    return [(t.format(a=a, b=b), e_bool(sorted(a) == sorted(b)))
            for (a, b), t in zip(chosen, words, strict=True)]


@template("r17_zh_cnt_letter", "counting", "zh", "positive", "dev")
def _zh_cnt_letter(rng: random.Random) -> list[Instance]:
    pool = ["strawberry", "cherry", "coffee", "balloon", "success", "apple", "address",
            "necessary", "programming", "letter"]
    words = ["{w} 里面有多少个字母 {l}？", "单词 {w} 中有几个 {l}？",
             "{w} 这个词里 {l} 出现了几次？", "数一下 {w} 里有几个字母{l}"]
    vals = distinct(rng, lambda: letter_pick(rng, pool))
    return [(t.format(w=w, l=c), e_num(w.count(c)))
            for (w, c), t in zip(vals, words, strict=True)]


@template("r17_zh_cnt_length", "counting", "zh", "positive", "dev")
def _zh_cnt_length(rng: random.Random) -> list[Instance]:
    pool = ["banana", "computer", "beautiful", "information", "chocolate", "giraffe",
            "university", "basketball", "environment", "kangaroo"]
    words = ["单词 {w} 一共有几个字母？", "{w} 有多少个字母？", "{w} 这个英文单词由几个字母组成？",
             "请数一数 {w} 的字母个数"]
    return [(t.format(w=w), e_num(len(w))) for w, t in zip(rng.sample(pool, 4), words, strict=True)]


@template("r17_zh_cnt_last", "counting", "zh", "positive", "dev")
def _zh_cnt_last(rng: random.Random) -> list[Instance]:
    pool = ["rhythm", "orange", "window", "pencil", "tiger", "bridge", "music", "yellow", "jacket",
            "planet"]
    words = ["{w} 这个单词的最后一个字母是什么？", "{w} 的最后一个字母是哪个？",
             "英文单词 {w} 以哪个字母结尾？", "{w} 的末尾字母是什么"]
    return [(t.format(w=w), e_text(w[-1]))
            for w, t in zip(rng.sample(pool, 4), words, strict=True)]


@template("r17_neg_letters_world", "counting", "en", "negative", "dev")
def _neg_letters_world(rng: random.Random) -> list[Instance]:
    return fixed([
        "How many letters did Van Gogh write to his brother Theo?",
        "How many words does the average person speak per day?",
        "How many words are there in the English language?",
        "How many letters are in the Hebrew alphabet?",
    ])


@template("r17_neg_word_puzzle", "counting", "en", "negative", "dev")
def _neg_word_puzzle(rng: random.Random) -> list[Instance]:
    return fixed([
        "What's a five-letter word that starts with 'cr' and ends with 'ne'?",
        "Give me a word that rhymes with 'orange'.",
        "What's a synonym for 'happy' with 7 letters?",
        "Name an animal whose name has exactly three letters.",
    ])


@template("r17_zh_neg_english", "counting", "zh", "negative", "dev")
def _zh_neg_english(rng: random.Random) -> list[Instance]:
    return fixed([
        "“谢谢”用英语怎么说？",
        "apple 是什么意思？",
        "strawberry 这个单词怎么读？",
        "“卷”这个字有几种读音？",
    ])


@template("r17_cnt_vowel_consonant", "counting", "en", "positive", "heldout")
def _cnt_vowel_consonant(rng: random.Random) -> list[Instance]:
    pool = ["education", "aeroplane", "mountain", "computer", "sequoia", "elephant",
            "programming", "strength", "queue", "abstemious", "onion", "television"]
    a, b, c, d = rng.sample(pool, 4)

    def nv(w: str) -> int:
        return sum(ch in VOWELS for ch in w)
    return [
        (f"How many vowels are in '{a}'?", e_num(nv(a))),
        (f"Count the vowels in {b}.", e_num(nv(b))),
        (f'How many consonants does "{c}" have?', e_num(len(c) - nv(c))),
        (f"{d}: number of vowels?", e_num(nv(d))),
    ]


@template("r17_cnt_longer_word", "counting", "en", "positive", "heldout")
def _cnt_longer_word(rng: random.Random) -> list[Instance]:
    pool = ["necessary", "accommodate", "rhythm", "queue", "definitely", "separate",
            "embarrass", "occasion", "tomorrow", "receive", "beginning", "restaurant"]

    def gen() -> tuple[str, str]:
        while True:
            a, b = rng.sample(pool, 2)
            if len(a) != len(b):
                return a, b
    words = ["Which word has more letters, '{a}' or '{b}'?",
             "Which is longer, {a} or {b}? I mean in letters.",
             'Between "{a}" and "{b}", which has more letters?',
             "{a} or {b} — which one is the longer word?"]
    return [(t.format(a=a, b=b), e_word(max(a, b, key=len)))
            for (a, b), t in zip(distinct(rng, gen), words, strict=True)]


@template("r17_cnt_abc_order", "counting", "en", "positive", "heldout")
def _cnt_abc_order(rng: random.Random) -> list[Instance]:
    pool = ["pear", "apple", "fig", "banana", "cherry", "mango", "kiwi", "grape", "lemon", "date",
            "orange", "papaya", "quince", "walnut", "hazelnut", "tomato"]
    out = []
    for i in range(4):
        while True:
            ws = rng.sample(pool, 4 if i % 2 else 5)
            if len({w[0] for w in ws}) == len(ws):
                break
        p = [f"Sort these words alphabetically: {', '.join(ws)}",
             f"Put {', '.join(ws[:-1])} and {ws[-1]} in alphabetical order.",
             f"Alphabetize this list for me: {' / '.join(ws)}",
             f"Can you arrange these in A–Z order? {', '.join(ws)}"][i]
        out.append((p, e_list(sorted(ws), "text", True)))
    return out


@template("r17_cnt_unique_letters", "counting", "en", "positive", "heldout")
def _cnt_unique_letters(rng: random.Random) -> list[Instance]:
    pool = ["mississippi", "banana", "committee", "bookkeeper", "tennessee", "balloon",
            "cocoa", "assessment", "letter", "successful"]
    words = ["How many different letters are used in '{w}'?",
             "How many distinct letters does {w} have?",
             'Count the unique letters in "{w}".',
             "If you count each letter only once, how many letters does {w} have?"]
    return [(t.format(w=w), e_num(len(set(w))))
            for w, t in zip(rng.sample(pool, 4), words, strict=True)]


@template("r17_cnt_word_length", "counting", "en", "positive", "heldout")
def _cnt_word_length(rng: random.Random) -> list[Instance]:
    pool = ["encyclopedia", "photograph", "watermelon", "independence", "butterfly",
            "refrigerator", "adventure", "microscope", "handkerchief", "marshmallow"]
    words = ["How many letters are in the word '{w}'?", "How long is the word {w}, in letters?",
             'letter count for "{w}"?', "{w} — how many letters does that have?"]
    return [(t.format(w=w), e_num(len(w)))
            for w, t in zip(rng.sample(pool, 4), words, strict=True)]


@template("r17_zh_cnt_reverse", "counting", "zh", "positive", "heldout")
def _zh_cnt_reverse(rng: random.Random) -> list[Instance]:
    pool = ["hello", "python", "river", "dragon", "summer", "planet", "stone", "flower"]
    words = ["把 {w} 倒过来写是什么？", "{w} 反过来拼是什么？", "请把单词 {w} 的字母顺序颠倒",
             "{w} 倒序输出是什么"]
    return [(t.format(w=w), e_text(w[::-1]))
            for w, t in zip(rng.sample(pool, 4), words, strict=True)]


@template("r17_zh_cnt_nth", "counting", "zh", "positive", "heldout")
def _zh_cnt_nth(rng: random.Random) -> list[Instance]:
    pool = ["apple", "monkey", "weather", "holiday", "picture", "student", "library", "garden"]
    vals = distinct(rng, lambda: (rng.choice(pool), rng.randint(2, 5)))
    words = ["{w} 这个单词的第{k}个字母是什么？", "{w} 的第{k}个字母是哪个？",
             "英文单词 {w} 里排第{k}的字母是什么", "请问 {w} 第{k}个字母是啥"]
    return [(t.format(w=w, k=cn_num(k)), e_text(w[k - 1]))
            for (w, k), t in zip(vals, words, strict=True)]


@template("r17_zh_cnt_vowels", "counting", "zh", "positive", "heldout")
def _zh_cnt_vowels(rng: random.Random) -> list[Instance]:
    pool = ["education", "beautiful", "computer", "question", "umbrella", "airplane", "octopus",
            "adventure"]
    words = ["单词 {w} 里有几个元音字母？", "{w} 中一共有多少个元音字母（a、e、i、o、u）？",
             "数数 {w} 有几个元音", "{w} 这个词包含几个元音字母"]
    return [(t.format(w=w), e_num(sum(ch in VOWELS for ch in w)))
            for w, t in zip(rng.sample(pool, 4), words, strict=True)]


@template("r17_neg_word_counts_advice", "counting", "en", "negative", "heldout")
def _neg_word_counts_advice(rng: random.Random) -> list[Instance]:
    return fixed([
        "How many words should a cover letter be?",
        "What's a good word count for a best man's toast?",
        "How many words per minute is a good typing speed?",
        "How many characters can an Instagram username have?",
    ])


@template("r17_neg_word_meaning", "counting", "en", "negative", "heldout")
def _neg_word_meaning(rng: random.Random) -> list[Instance]:
    return fixed([
        "What does the word 'serendipity' mean?",
        "Where does the word 'quarantine' come from?",
        "Is 'irregardless' a real word?",
        "What's the plural of 'octopus'?",
    ])


@template("r17_zh_neg_writing", "counting", "zh", "negative", "heldout")
def _zh_neg_writing(rng: random.Random) -> list[Instance]:
    return fixed([
        "高考作文一般要写多少字？",
        "一分钟打多少字算快？",
        "英语四级要背多少个单词？",
        "一个汉字在UTF-8里占几个字节？",
    ])


# Geometry --------------------------------------------------------------------------------------

Point = tuple[int, int]
Circles = tuple[Point, int, Point, int]
PYTH = [(3, 4, 5), (6, 8, 10), (5, 12, 13), (0, 7, 7), (8, 15, 17), (0, 5, 5), (9, 12, 15)]

TRIANGLE = [(0, 0), (6, 0), (0, 6)]
SQUARE = [(0, 0), (4, 0), (4, 4), (0, 4)]
RECTANGLE = [(0, 0), (8, 0), (8, 5), (0, 5)]
QUAD = [(0, 0), (8, 2), (6, 6), (2, 6)]
PENTAGON = [(0, 0), (4, 0), (5, 3), (2, 5), (-1, 3)]
L_SHAPE = [(0, 0), (4, 0), (4, 2), (2, 2), (2, 4), (0, 4)]
HOUSE = [(0, 0), (6, 0), (6, 4), (3, 7), (0, 4)]


def pyth_offset(rng: random.Random) -> tuple[int, int, int]:
    a, b, d = rng.choice(PYTH)
    if rng.random() < 0.5:
        a, b = b, a
    return a * rng.choice([1, -1]), b * rng.choice([1, -1]), d


def circle_pair(rng: random.Random, want: str) -> Circles:
    """Two circles with integer centres and radii in the relation ``want`` (see circle_case)."""
    while True:
        c1 = (rng.randint(-6, 6), rng.randint(-6, 6))
        if want in ("ext_tangent", "int_tangent"):
            dx, dy, d = pyth_offset(rng)
            c2 = (c1[0] + dx, c1[1] + dy)
            if want == "ext_tangent":
                if d < 2:
                    continue
                r1 = rng.randint(1, d - 1)
                r2 = d - r1
            else:
                r1 = rng.randint(1, 6)
                r2 = r1 + d
                if rng.random() < 0.5:
                    r1, r2 = r2, r1
        else:
            c2 = (rng.randint(-9, 9), rng.randint(-9, 9))
            r1, r2 = rng.randint(1, 9), rng.randint(1, 9)
        if circle_case(c1, r1, c2, r2) == want:
            return c1, r1, c2, r2


def point_with(rng: random.Random, poly: list[Point], rel: str) -> Point:
    xs, ys = [x for x, _ in poly], [y for _, y in poly]
    while True:
        p = (rng.randint(min(xs) - 2, max(xs) + 2), rng.randint(min(ys) - 2, max(ys) + 2))
        if point_relation(p, poly) == rel and p not in poly:
            return p


def rel_targets(rng: random.Random) -> list[str]:
    rels = ["inside", "boundary", "outside", rng.choice(["inside", "outside"])]
    rng.shuffle(rels)
    return rels


def yes_no_targets(rng: random.Random, yes: str, no: str) -> list[str]:
    wants = [yes, no, yes, no]
    rng.shuffle(wants)
    return wants


@template("r17_geo_circles_meet", "geometry", "en", "positive", "dev")
def _geo_circles_meet(rng: random.Random) -> list[Instance]:
    out = []
    for i, want in enumerate(yes_no_targets(rng, "cross", "separate")):
        c1, r1, c2, r2 = circle_pair(rng, want)
        p = [f"Do the circles centered at {pt(c1)} with radius {r1} and centered at {pt(c2)} "
             f"with radius {r2} intersect?",
             f"Circle A has center {pt(c1, True)} and radius {r1}; circle B has center "
             f"{pt(c2, True)} and radius {r2}. Do they intersect?",
             f"Does a circle of radius {r1} around {pt(c1)} cross a circle of radius {r2} "
             f"around {pt(c2)}?",
             f"Two circles: {circle_eq(c1, r1)} and {circle_eq(c2, r2)}. Do they intersect?"][i]
        out.append((p, e_bool(want == "cross")))
    return out


@template("r17_geo_tangent_yn", "geometry", "en", "positive", "dev")
def _geo_tangent_yn(rng: random.Random) -> list[Instance]:
    wants = ["ext_tangent", "int_tangent", "cross", "separate"]
    rng.shuffle(wants)
    out = []
    for i, want in enumerate(wants):
        c1, r1, c2, r2 = circle_pair(rng, want)
        p = [f"Are the circles with centers {pt(c1)} and {pt(c2)} and radii {r1} and {r2} "
             f"tangent to each other?",
             f"Do circle 1 (center {pt(c1)}, r = {r1}) and circle 2 (center {pt(c2)}, "
             f"r = {r2}) touch at exactly one point?",
             f"Is the circle centered at {pt(c1)} with radius {r1} tangent to the one centered "
             f"at {pt(c2)} with radius {r2}?",
             f"My geometry homework: circle C1 has center {pt(c1, True)} and radius {r1}, C2 has "
             f"center {pt(c2, True)} and radius {r2}. Are they tangent?"][i]
        out.append((p, e_bool(want.endswith("tangent"))))
    return out


@template("r17_geo_point_where", "geometry", "en", "positive", "dev")
def _geo_point_where(rng: random.Random) -> list[Instance]:
    out = []
    shapes = [("triangle", TRIANGLE), ("polygon", PENTAGON), ("quadrilateral", QUAD),
              ("square", SQUARE)]
    for i, (rel, (name, base)) in enumerate(zip(rel_targets(rng), shapes, strict=True)):
        poly = translate(base, rng.randint(-3, 3), rng.randint(-3, 3))
        q = point_with(rng, poly, rel)
        p = [f"Is the point {pt(q)} inside, outside, or on the boundary of the {name} with "
             f"vertices {pts(poly)}?",
             f"Polygon: {pts(poly, True, ', ')}. Where does {pt(q, True)} lie — inside, on an "
             f"edge, or outside?",
             f"Take the {name} {pts(poly)}. Is P{pt(q)} in it, on its border, or outside it?",
             f"For the {name} with corners {pts(poly)}, is {pt(q)} inside it, on its edge, or "
             f"outside?"][i]
        out.append((p, e_rel(rel)))
    return out


@template("r17_geo_shoelace", "geometry", "en", "positive", "dev")
def _geo_shoelace(rng: random.Random) -> list[Instance]:
    bases = rng.sample([PENTAGON, QUAD, L_SHAPE, HOUSE, RECTANGLE], 4)
    out = []
    for i, base in enumerate(bases):
        poly = translate(base, rng.randint(-4, 4), rng.randint(-4, 4))
        p = [f"Find the area of the polygon with vertices {pts(poly)}.",
             f"What's the area enclosed by the points {pts(poly, True, ', ')}, connected in "
             f"that order?",
             f"A plot of land has corners at {pts(poly)} (in meters). What's its area?",
             f"Shoelace question: vertices {pts(poly, True, ', ')} — area?"][i]
        out.append((p, e_num(Fraction(shoelace2(poly), 2))))
    return out


def point_pair(rng: random.Random, exact: bool) -> tuple[Point, Point]:
    a = (rng.randint(-9, 9), rng.randint(-9, 9))
    if exact:
        dx, dy, _ = pyth_offset(rng)
        return a, (a[0] + dx, a[1] + dy)
    while True:
        b = (rng.randint(-9, 9), rng.randint(-9, 9))
        d2 = (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2
        if d2 and math.isqrt(d2) ** 2 != d2:
            return a, b


@template("r17_geo_distance_en", "geometry", "en", "positive", "dev")
def _geo_distance_en(rng: random.Random) -> list[Instance]:
    out = []
    for i, exact in enumerate([True, False, rng.random() < 0.5, False]):
        a, b = point_pair(rng, exact)
        p = [f"What's the distance between {pt(a)} and {pt(b)}?",
             f"How far apart are the points A{pt(a)} and B{pt(b)}?",
             f"Find the length of the segment from {pt(a, True)} to {pt(b, True)}.",
             f"distance from {pt(a)} to {pt(b)}? exact form please"][i]
        out.append((p, sqrt_answer((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2)))
    return out


@template("r17_zh_geo_circle_area", "geometry", "zh", "positive", "dev")
def _zh_geo_circle_area(rng: random.Random) -> list[Instance]:
    r1, r3 = rng.sample(range(2, 15), 2)
    r2 = f"{rng.randint(1, 9)}.5"
    d = rng.choice([x for x in range(3, 25) if x not in (2 * r1, 2 * r3)])
    return [
        (f"半径为{r1}的圆面积是多少？", circle_area(Fraction(r1))),
        (f"一个圆的半径是{r2}厘米，它的面积是多少？（用π表示）", circle_area(val(r2))),
        (f"直径为{d}的圆，面积是多少？", circle_area(Fraction(d, 2))),
        (f"求半径{r3}米的圆的面积", circle_area(Fraction(r3))),
    ]


@template("r17_zh_geo_distance", "geometry", "zh", "positive", "dev")
def _zh_geo_distance(rng: random.Random) -> list[Instance]:
    out = []
    for i, exact in enumerate([True, False, False, True]):
        a, b = point_pair(rng, exact)
        p = [f"点{pt(a, True)}和点{pt(b, True)}之间的距离是多少？",
             f"求A{pt(a, True)}、B{pt(b, True)}两点间的距离",
             f"坐标{pt(a)}到{pt(b)}的距离是多少",
             f"平面上两点{pt(a, True)}与{pt(b, True)}相距多远？"][i]
        out.append((p, sqrt_answer((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2)))
    return out


@template("r17_neg_geo_world", "geometry", "en", "negative", "dev")
def _neg_geo_world(rng: random.Random) -> list[Instance]:
    return fixed([
        "How far is it from New York to Los Angeles in miles?",
        "What's the distance in km between the coordinates (40.71, -74.00) and (34.05, -118.24)?",
        "How many sides does a stop sign have?",
        "What's the area of Texas in square miles?",
    ])


@template("r17_neg_geo_grid", "geometry", "en", "negative", "dev")
def _neg_geo_grid(rng: random.Random) -> list[Instance]:
    return fixed([
        "In taxicab geometry, what's the distance from (1, 2) to (4, 6)?",
        "Walking along the street grid from corner (2, 1) to corner (7, 5), how many blocks "
        "do I have to walk?",
        "What's the Manhattan distance between (-1, 3) and (2, -2)?",
        "A king on a chessboard is on square (1, 1). How many moves does it need to reach (6, 4)?",
    ])


@template("r17_zh_neg_geo_facts", "geometry", "zh", "negative", "dev")
def _zh_neg_geo_facts(rng: random.Random) -> list[Instance]:
    return fixed([
        "圆周率是谁最先算出来的？",
        "一个标准足球场的面积有多大？",
        "标准篮球场长多少米、宽多少米？",
        "勾股定理是谁发现的？",
    ])


@template("r17_geo_circle_area_en", "geometry", "en", "positive", "heldout")
def _geo_circle_area_en(rng: random.Random) -> list[Instance]:
    r1 = rng.randint(2, 20)
    r2 = f"{rng.randint(1, 12)}.5"
    d = rng.choice([x for x in range(4, 30) if x != 2 * r1])
    b = rng.choice([2, 3, 4, 5])
    a = rng.choice([x for x in range(b + 1, 4 * b) if math.gcd(x, b) == 1])
    return [
        (f"What's the area of a circle with radius {r1} cm?", circle_area(Fraction(r1))),
        (f"A circular garden has a radius of {r2} m. What's its area? Leave it in terms of pi.",
         circle_area(val(r2))),
        (f"Find the area of a circle whose diameter is {d}.", circle_area(Fraction(d, 2))),
        (f"circle, r = {a}/{b}. area?", circle_area(Fraction(a, b))),
    ]


@template("r17_geo_triangle_area", "geometry", "en", "positive", "heldout")
def _geo_triangle_area(rng: random.Random) -> list[Instance]:
    def gen() -> tuple[Point, Point, Point]:
        while True:
            tri = tuple((rng.randint(-6, 9), rng.randint(-6, 9)) for _ in range(3))
            if cross(tri[0], tri[1], tri[2]) != 0:
                return tri  # type: ignore[return-value]
    out = []
    for i, (a, b, c) in enumerate(distinct(rng, gen)):
        p = [f"Area of the triangle with vertices {pt(a)}, {pt(b)}, {pt(c)}?",
             f"Triangle ABC has A = {pt(a)}, B = {pt(b)}, C = {pt(c)}. What is its area?",
             f"What's the area of the triangle formed by the points {pt(a, True)}, "
             f"{pt(b, True)} and {pt(c, True)}?",
             f"I plotted three points: {pt(a)}, {pt(b)}, {pt(c)}. How much area does the "
             f"triangle they make cover?"][i]
        out.append((p, e_num(Fraction(abs(cross(a, b, c)), 2))))
    return out


@template("r17_geo_circle_meet_count", "geometry", "en", "positive", "heldout")
def _geo_circle_meet_count(rng: random.Random) -> list[Instance]:
    wants = ["cross", rng.choice(["ext_tangent", "int_tangent"]),
             rng.choice(["separate", "contained"]), rng.choice(["cross", "separate"])]
    rng.shuffle(wants)
    out = []
    for i, want in enumerate(wants):
        c1, r1, c2, r2 = circle_pair(rng, want)
        p = [f"How many points do the circles centered at {pt(c1)} with radius {r1} and "
             f"centered at {pt(c2)} with radius {r2} have in common?",
             f"How many intersection points are there between circle (center {pt(c1)}, radius "
             f"{r1}) and circle (center {pt(c2)}, radius {r2})?",
             f"Circles {circle_eq(c1, r1)} and {circle_eq(c2, r2)}: in how many points do they "
             f"intersect?",
             f"Count the intersection points of these two circles: C1 center {pt(c1, True)} "
             f"radius {r1}, C2 center {pt(c2, True)} radius {r2}."][i]
        out.append((p, e_num(common_points(want))))
    return out


def segment_pair(rng: random.Random, want: int) -> tuple[Point, Point, Point, Point]:
    while True:
        a, b, c, d = ((rng.randint(0, 8), rng.randint(0, 8)) for _ in range(4))
        o = [cross(a, b, c), cross(a, b, d), cross(c, d, a), cross(c, d, b)]
        if 0 in o:
            continue
        hits = int(o[0] * o[1] < 0 and o[2] * o[3] < 0)
        if hits == want:
            return a, b, c, d


@template("r17_geo_segments_meet", "geometry", "en", "positive", "heldout")
def _geo_segments_meet(rng: random.Random) -> list[Instance]:
    out = []
    wants = [1, 0, 1, 0]
    rng.shuffle(wants)
    for i, want in enumerate(wants):
        a, b, c, d = segment_pair(rng, want)
        p = [f"How many intersection points do the segments from {pt(a)} to {pt(b)} and from "
             f"{pt(c)} to {pt(d)} have?",
             f"Segment AB goes from A{pt(a)} to B{pt(b)}, segment CD from C{pt(c)} to D{pt(d)}. "
             f"How many points do they have in common?",
             f"Line segment {pt(a, True)}–{pt(b, True)} and line segment {pt(c, True)}–"
             f"{pt(d, True)}: how many times do they intersect?",
             f"Count the intersections between the segment joining {pt(a)} and {pt(b)} and the "
             f"one joining {pt(c)} and {pt(d)}."][i]
        out.append((p, e_num(want)))
    return out


def perimeter(poly: list[Point]) -> int:
    total = 0
    for i in range(len(poly)):
        (x1, y1), (x2, y2) = poly[i], poly[(i + 1) % len(poly)]
        s = (x1 - x2) ** 2 + (y1 - y2) ** 2
        assert math.isqrt(s) ** 2 == s
        total += math.isqrt(s)
    return total


@template("r17_geo_perimeter", "geometry", "en", "positive", "heldout")
def _geo_perimeter(rng: random.Random) -> list[Instance]:
    k = rng.randint(1, 3)
    w, h = rng.randint(2, 12), rng.randint(2, 12)
    shapes = [
        [(0, 0), (w, 0), (w, h), (0, h)],
        [(0, 0), (4 * k, 0), (4 * k, 3 * k)],
        [(0, 0), (10, 0), (7, 4), (3, 4)],
        [(0, 0), (6, 0), (9, 4), (3, 4)],
    ]
    out = []
    for i, base in enumerate(shapes):
        poly = translate(base, rng.randint(-5, 5), rng.randint(-5, 5))
        p = [f"What's the perimeter of the rectangle with vertices {pts(poly)}?",
             f"Find the perimeter of the triangle with corners {pts(poly)}.",
             f"A fence goes around a field with corners at {pts(poly, True, ', ')} (meters). "
             f"How long is the fence?",
             f"Perimeter of the quadrilateral {pts(poly, True, ', ')}?"][i]
        out.append((p, e_num(perimeter(poly))))
    return out


@template("r17_geo_circle_inside", "geometry", "en", "positive", "heldout")
def _geo_circle_inside(rng: random.Random) -> list[Instance]:
    out = []
    for i, want in enumerate(yes_no_targets(rng, "contained", rng.choice(["cross", "separate"]))):
        big_c, big_r, small_c, small_r = circle_pair(rng, want)
        if small_r > big_r:
            big_c, big_r, small_c, small_r = small_c, small_r, big_c, big_r
        if big_r == small_r:
            return _geo_circle_inside(rng)
        p = [f"Is the circle centered at {pt(small_c)} with radius {small_r} completely inside "
             f"the circle centered at {pt(big_c)} with radius {big_r}?",
             f"Does the circle with center {pt(big_c)} and radius {big_r} contain the whole "
             f"circle with center {pt(small_c)} and radius {small_r}?",
             f"Small circle: center {pt(small_c, True)}, r = {small_r}. Big circle: center "
             f"{pt(big_c, True)}, r = {big_r}. Does the big one fully enclose the small one?",
             f"Is a radius-{small_r} circle at {pt(small_c)} entirely within a radius-{big_r} "
             f"circle at {pt(big_c)}?"][i]
        out.append((p, e_bool(want == "contained")))
    return out


@template("r17_zh_geo_circles_meet", "geometry", "zh", "positive", "heldout")
def _zh_geo_circles_meet(rng: random.Random) -> list[Instance]:
    out = []
    for i, want in enumerate(yes_no_targets(rng, "cross", "separate")):
        c1, r1, c2, r2 = circle_pair(rng, want)
        p = [f"圆心{pt(c1, True)}、半径{r1}的圆和圆心{pt(c2, True)}、半径{r2}的圆相交吗？",
             f"圆C1：圆心{pt(c1, True)}，半径{r1}；圆C2：圆心{pt(c2, True)}，半径{r2}。"
             f"这两个圆相交吗？",
             f"以{pt(c1)}为圆心、{r1}为半径的圆，与以{pt(c2)}为圆心、{r2}为半径的圆是否相交？",
             f"两个圆，一个圆心在{pt(c1, True)}半径{r1}，另一个圆心在{pt(c2, True)}半径{r2}，"
             f"它们相交吗"][i]
        out.append((p, e_bool(want == "cross")))
    return out


@template("r17_zh_geo_point_where", "geometry", "zh", "positive", "heldout")
def _zh_geo_point_where(rng: random.Random) -> list[Instance]:
    out = []
    shapes = [TRIANGLE, SQUARE, L_SHAPE, RECTANGLE]
    for i, (rel, base) in enumerate(zip(rel_targets(rng), shapes, strict=True)):
        poly = translate(base, rng.randint(-3, 3), rng.randint(-3, 3))
        q = point_with(rng, poly, rel)
        vs = "、".join(pt(v, True) for v in poly)
        labelled = "，".join(f"{k}{pt(v, True)}" for k, v in zip("ABCDEF", poly, strict=False))
        p = [f"点{pt(q, True)}在以{vs}为顶点的三角形的内部、边上还是外部？",
             f"判断点P{pt(q, True)}与正方形ABCD（{labelled}）的位置关系：在内部、边上还是外部？",
             f"多边形的顶点依次是{vs}，点{pt(q, True)}在它里面、边上还是外面？",
             f"请问点{pt(q)}是在顶点为{vs}的矩形内部、边界上，还是外部？"][i]
        out.append((p, e_rel(rel)))
    return out


@template("r17_neg_geo_explain", "geometry", "en", "negative", "heldout")
def _neg_geo_explain(rng: random.Random) -> list[Instance]:
    return fixed([
        "Why is the area of a circle pi r squared?",
        "Can you explain how the shoelace formula works?",
        "What's the difference between a rhombus and a square?",
        "Prove that the angles of a triangle add up to 180 degrees.",
    ])


@template("r17_neg_geo_make", "geometry", "en", "negative", "heldout")
def _neg_geo_make(rng: random.Random) -> list[Instance]:
    return fixed([
        "Draw a triangle with vertices (0,0), (4,0) and (0,3).",
        "Write Python code that computes the distance between (1, 2) and (4, 6).",
        "Plot the circle x² + y² = 25 for me.",
        "Can you make an SVG of a square with corners (0,0) and (10,10)?",
    ])


@template("r17_zh_neg_geo_places", "geometry", "zh", "negative", "heldout")
def _zh_neg_geo_places(rng: random.Random) -> list[Instance]:
    return fixed([
        "北京到上海的直线距离是多少公里？",
        "地球的半径大概是多少？",
        "从天安门走到故宫北门要多久？",
        "一亩地是多少平方米？",
    ])


# Build -----------------------------------------------------------------------------------------


def build() -> tuple[list[Record], list[Record]]:
    rng = random.Random(17)
    dev: list[Record] = []
    heldout: list[Record] = []
    for name, family, lang, kind, split, fn in TEMPLATES:
        instances = fn(rng)
        assert len(instances) == 4, name
        short = name.removeprefix("r17_").removeprefix("zh_").replace("_", "")
        for i, (prompt, expected) in enumerate(instances):
            if kind == "negative":
                assert expected == NONE, name
            rec = {"id": f"r17-{FAM3[family]}-{lang}-{short}-{i}", "split": f"{split}17",
                   "kind": kind, "family": family, "lang": lang, "template": name,
                   "prompt": prompt, "expected": expected}
            (dev if split == "dev" else heldout).append(rec)
    return dev, heldout


def self_check(dev: list[Record], heldout: list[Record]) -> None:
    import sys

    sys.path.insert(0, str(HERE))
    from compare import matches

    records = dev + heldout
    assert len({r["id"] for r in records}) == len(records), "duplicate ids"
    assert len({r["prompt"] for r in records}) == len(records), "duplicate prompts"
    dev_t = {r["template"] for r in dev}
    held_t = {r["template"] for r in heldout}
    assert not dev_t & held_t, "template in both splits"
    for t in dev_t | held_t:
        assert sum(r["template"] == t for r in records) == 4, t
    for r in records:
        e = r["expected"]
        if r["kind"] == "negative":
            continue
        canon = {"bool": e["answer"] if e["type"] == "bool" else "",
                 "list": ", ".join(e["answer"]) if e["type"] == "list" else "",
                 "factorization": " × ".join(f"{p}^{k}" for p, k in e["answer"])
                 if e["type"] == "factorization" else ""}.get(e["type"], e.get("answer"))
        assert isinstance(canon, str) and matches(e, canon), (r["id"], e)


def main() -> None:
    dev, heldout = build()
    self_check(dev, heldout)
    for split, records in (("dev17", dev), ("heldout17", heldout)):
        with (HERE / f"corpus_{split}.jsonl").open("w", encoding="utf-8") as f:
            for rec in records:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"corpus_{split}.jsonl: {len(records)} records, "
              f"{len({r['template'] for r in records})} templates")


if __name__ == "__main__":
    main()
