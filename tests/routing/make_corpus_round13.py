"""Round 13 of the blind routing corpus: phrasings written without looking at the router.

Run ``python tests/routing/make_corpus_round13.py`` to (re)write ``corpus_dev13.jsonl`` and
``corpus_heldout13.jsonl``; add ``--check`` to also verify every expected object against
``compare.matches`` and print the per-split counts.

Every template belongs to exactly one split (dev13 or heldout13) and yields four records.
Every expected answer is computed here with exact arithmetic (ints, Fraction, Decimal, trial
division, direct string counting, analytic formulas); sympy and shapely only cross-check.
"""

from __future__ import annotations

import json
import math
import random
import sys
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import sympy
from shapely.geometry import LineString, Point, Polygon

OUT_DIR = Path(__file__).resolve().parent
RECORDS_PER_TEMPLATE = 4
FAM3 = {"arithmetic": "ari", "comparison": "com", "number_theory": "num", "counting": "cou",
        "geometry": "geo"}
SPLIT_NAMES = {"d": "dev13", "h": "heldout13"}

# A positive generator returns (prompt, expected, canonical answer string);
# a negative generator returns the prompt only.
Gen = Callable[[random.Random, int], Any]


class Template:
    def __init__(self, name: str, family: str, lang: str, split: str, kind: str, fn: Gen):
        self.name, self.family, self.lang, self.split = name, family, lang, split
        self.kind, self.fn = kind, fn


TEMPLATES: list[Template] = []


def template(name: str, family: str, lang: str, split: str,
             kind: str = "positive") -> Callable[[Gen], Gen]:
    def deco(fn: Gen) -> Gen:
        TEMPLATES.append(Template(name, family, lang, split, kind, fn))
        return fn
    return deco


def negatives(name: str, family: str, lang: str, split: str, prompts: list[str]) -> None:
    assert len(prompts) == RECORDS_PER_TEMPLATE, name

    def fn(rng: random.Random, i: int) -> str:
        return prompts[i]
    TEMPLATES.append(Template(name, family, lang, split, "negative", fn))


# Small exact helpers -------------------------------------------------------------------------


def fs(q: Fraction | int) -> str:
    """Exact canonical string of a rational: "7", "-3/10"."""
    return str(Fraction(q))


def num(q: Fraction | int) -> tuple[dict[str, Any], str]:
    return {"type": "number", "answer": fs(q)}, fs(q)


def yes_no(flag: bool) -> tuple[dict[str, Any], str]:
    ans = "yes" if flag else "no"
    return {"type": "bool", "answer": ans}, ans


def dec(text: str) -> Fraction:
    return Fraction(Decimal(text.replace(",", "")))


def dstr(q: Fraction) -> str:
    """A terminating rational written as a plain decimal (no exponent)."""
    d = Decimal(q.numerator) / Decimal(q.denominator)
    assert Fraction(d) == q, q
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def factor(n: int) -> Counter[int]:
    out: Counter[int] = Counter()
    d = 2
    while d * d <= n:
        while n % d == 0:
            out[d] += 1
            n //= d
        d += 1
    if n > 1:
        out[n] += 1
    return out


def n_divisors(n: int) -> int:
    return sum(1 for d in range(1, n + 1) if n % d == 0)


def is_happy(n: int) -> bool:
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(c) ** 2 for c in str(n))
    return n == 1


_PICKS: dict[int, list[Any]] = {}


def pick(rng: random.Random, i: int, pool: list[Any]) -> Any:
    """The i-th of RECORDS_PER_TEMPLATE distinct items drawn from pool (drawn at i == 0)."""
    if i == 0:
        _PICKS[id(pool)] = rng.sample(pool, RECORDS_PER_TEMPLATE)
    return _PICKS[id(pool)][i]


def rand_prime(rng: random.Random, lo: int, hi: int) -> int:
    while True:
        p = rng.randint(lo, hi)
        if is_prime(p):
            return p


def sqrt_str(n: int) -> str:
    """Exact sqrt(n) as an expression string (an integer when n is a perfect square)."""
    r = math.isqrt(n)
    return str(r) if r * r == n else f"sqrt({n})"


def shoelace2(pts: list[tuple[int, int]]) -> int:
    """Twice the signed area."""
    return sum(pts[k][0] * pts[(k + 1) % len(pts)][1] - pts[(k + 1) % len(pts)][0] * pts[k][1]
               for k in range(len(pts)))


def pt(p: tuple[Any, Any]) -> str:
    return f"({p[0]}, {p[1]})"


def cross(o: tuple[Any, Any], a: tuple[Any, Any], b: tuple[Any, Any]) -> Any:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def locate(p: tuple[int, int], poly: list[tuple[int, int]]) -> str:
    """inside / boundary / outside by exact integer arithmetic (crossing number)."""
    n = len(poly)
    for k in range(n):
        a, b = poly[k], poly[(k + 1) % n]
        if (cross(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
                and min(a[1], b[1]) <= p[1] <= max(a[1], b[1])):
            return "boundary"
    inside = False
    for k in range(n):
        a, b = poly[k], poly[(k + 1) % n]
        if (a[1] > p[1]) != (b[1] > p[1]):
            x = a[0] + Fraction(p[1] - a[1], b[1] - a[1]) * (b[0] - a[0])
            if x > p[0]:
                inside = not inside
    result = "inside" if inside else "outside"
    # cross-check with shapely
    sp, spoly = Point(p), Polygon(poly)
    shapely_says = ("boundary" if spoly.boundary.distance(sp) == 0
                    else "inside" if spoly.contains(sp) else "outside")
    assert shapely_says == result, (p, poly, result, shapely_says)
    return result


def circle_common_points(c1: tuple[int, int], r1: int, c2: tuple[int, int], r2: int) -> int:
    d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
    assert d2 > 0 or r1 != r2
    if d2 > (r1 + r2) ** 2 or d2 < (r1 - r2) ** 2:
        return 0
    if d2 == (r1 + r2) ** 2 or d2 == (r1 - r2) ** 2:
        return 1
    return 2


# =============================================================================================
# ARITHMETIC — positives
# =============================================================================================


@template("calc_claim", "arithmetic", "en", "d")
def _calc_claim(rng: random.Random, i: int):
    a, b = rng.randint(1100, 9800), rng.randint(23, 89)
    true = a * b
    claimed = true if i % 2 == 0 else true + rng.choice([-100, 90, 1000, -10, 9, 2000])
    tails = ["Battery's low so I don't trust it.", "Seems too big to me.",
             "Just want to be sure before I write it down.", "Does that look right to you?"]
    prompt = f"My calculator says {a:,} × {b} = {claimed:,}. Is that right? {tails[i]}"
    return (prompt, *yes_no(claimed == true))


@template("words_lowercase", "arithmetic", "en", "d")
def _words_lowercase(rng: random.Random, i: int):
    a, s = rng.randint(12, 45), rng.randint(6, 19)
    if i == 0:
        return (f"whats {a} squared minus the square root of {s * s}", *num(a * a - s))
    if i == 1:
        return (f"what is the square root of {s * s} plus {a} squared", *num(s + a * a))
    if i == 2:
        b = rng.randint(2, 9)
        c = rng.randint(100, 900)
        return (f"ok so what's {b} to the power of 5 minus {c}", *num(b**5 - c))
    b, c = rng.randint(120, 990), rng.randint(7, 13)
    return (f"how much is {b} divided by {c}", *num(Fraction(b, c)))


@template("spreadsheet_sum", "arithmetic", "en", "d")
def _spreadsheet_sum(rng: random.Random, i: int):
    k = 4 if i % 2 == 0 else 5
    vals = []
    for _ in range(k):
        whole = rng.randint(120, 4800)
        cents = rng.randint(0, 99)
        vals.append(f"{whole:,}.{cents:02d}")
    total = sum((dec(v) for v in vals), Fraction(0))
    listing = ", ".join(vals[:-1]) + " and " + vals[-1]
    lead = ["My spreadsheet's SUM cell looks off.",
            "Excel gave me a weird total and I don't trust that cell.",
            "Reconciling expenses and the sheet disagrees with me.",
            "Google Sheets shows a total I can't reproduce."][i]
    prompt = f"{lead} The column is {listing}. What should the total actually be?"
    return (prompt, *num(total))


@template("terse_mod", "arithmetic", "en", "d")
def _terse_mod(rng: random.Random, i: int):
    if i % 2 == 0:
        n = rng.randint(7, 14)
        m = rand_prime(rng, n + 2, 40)
        return (f"{n}! mod {m}", *num(math.factorial(n) % m))
    b, e, m = rng.randint(2, 9), rng.randint(20, 64), rng.randint(7, 19)
    return (f"quick: {b}^{e} mod {m}", *num(pow(b, e, m)))


@template("zh_homework_check", "arithmetic", "zh", "d")
def _zh_homework_check(rng: random.Random, i: int):
    a, b = rng.randint(100, 500), rng.randint(100, 500)
    c, d = rng.randint(3, 12), rng.choice([4, 6, 8, 16, 25, 7])
    val = Fraction((a + b) * c, d)
    intro = ["帮孩子检查数学作业，这道题：", "作业里有一道题：", "老师布置的计算题：",
             "孩子说这题答案是整数，我想核对一下："][i]
    return (f"{intro}({a} + {b}) × {c} ÷ {d} 等于多少？", *num(val))


@template("zh_power_minus", "arithmetic", "zh", "d")
def _zh_power_minus(rng: random.Random, i: int):
    b, e = rng.choice([2, 3, 5, 7]), rng.randint(4, 12)
    k = rng.randint(10, 999)
    tail = ["只要数字", "直接给结果就行", "", "不用过程"][i]
    return (f"{b} 的 {e} 次方减去 {k} 等于多少？{tail}".rstrip(), *num(b**e - k))


@template("zh_product_list", "arithmetic", "zh", "d")
def _zh_product_list(rng: random.Random, i: int):
    vals = [rng.randint(2, 30) for _ in range(rng.randint(3, 5))]
    prod = math.prod(vals)
    listing = "、".join(str(v) for v in vals)
    ask = ["把这几个数乘起来：{}，积是多少？", "{} 这几个数的乘积是多少？",
           "算一下 {} 相乘的结果", "请计算 {} 的积。"][i]
    return (ask.format(listing), *num(prod))


@template("pct_quick", "arithmetic", "en", "h")
def _pct_quick(rng: random.Random, i: int):
    p = rng.choice(["15", "18", "12.5", "7.5", "22", "35", "2.5"])
    n = rng.randint(1200, 98000)
    val = dec(p) * n / 100
    prompt = [f"quick one: what's {p}% of {n:,}? just the number pls",
              f"What is {p}% of {n:,}?",
              f"need {p} percent of {n:,} for an invoice, exact please",
              f"{p}% of {n:,} = ?"][i]
    return (prompt, *num(val))


@template("code_block_expr", "arithmetic", "en", "h")
def _code_block_expr(rng: random.Random, i: int):
    a, b, c, d, e = (rng.randint(2, 40) for _ in range(5))
    if i % 2 == 0:
        expr = f"({a + b} - {b}) * ({c} + {d}) / {e}"
        val = Fraction((a + b - b) * (c + d), e)
    else:
        expr = f"{a} / {b + 1} + {c} / {d + 1} - {e}"
        val = Fraction(a, b + 1) + Fraction(c, d + 1) - e
    lead = ["Can you evaluate this exactly? A fraction is fine if it doesn't come out even.",
            "What does this come out to (exact value)?",
            "Getting a weird result from this formula in my notes, what's the exact value?",
            "Evaluate, keep it exact:"][i]
    return (f"{lead}\n```\n{expr}\n```", *num(val))


@template("mean_bullets", "arithmetic", "en", "h")
def _mean_bullets(rng: random.Random, i: int):
    k = rng.randint(5, 7)
    vals = [rng.randint(55, 100) for _ in range(k)]
    label = ["Scores from my quiz this week:", "Minutes I ran each day:",
             "Pages I read each night:", "Number of orders per shift:"][i]
    bullets = "\n".join(f"- {v}" for v in vals)
    prompt = f"{label}\n{bullets}\nWhat's the mean? Exact please, no rounding."
    return (prompt, *num(Fraction(sum(vals), k)))


@template("float_exact", "arithmetic", "en", "h")
def _float_exact(rng: random.Random, i: int):
    x = f"0.{rng.randint(1, 9)}"
    y = f"0.{rng.randint(1, 9)}{rng.randint(1, 9)}"
    if i % 2 == 0:
        expr, val = f"{x} + {y}", dec(x) + dec(y)
    else:
        z = f"{rng.randint(1, 3)}.{rng.randint(1, 9)}"
        expr, val = f"{z} - {x} - {y}", dec(z) - dec(x) - dec(y)
    lead = ["Floating point keeps biting me in JavaScript.", "My Python REPL prints garbage.",
            "Not a float question, a math question:", "Sorry if this is dumb."][i]
    return (f"{lead} What is {expr} exactly? The real value, not the float.", *num(val))


@template("unicode_sanity", "arithmetic", "en", "h")
def _unicode_sanity(rng: random.Random, i: int):
    s, a = rng.randint(8, 30), rng.randint(2, 9)
    b, c = rng.randint(10, 99), rng.choice([3, 4, 5, 6, 8])
    val = s * a * a - Fraction(b, c)
    lead = ["Sanity check before I send the report:", "Double-checking a slide:",
            "Quick check,", "For the budget sheet:"][i]
    return (f"{lead} √{s * s} × {a}^2 − {b} ÷ {c} = ?", *num(val))


@template("zh_chat_pct", "arithmetic", "zh", "h")
def _zh_chat_pct(rng: random.Random, i: int):
    p = rng.choice(["15", "8", "12.5", "30", "6.5"])
    n = rng.randint(1200, 60000)
    val = dec(p) * n / 100
    prompt = [f"帮我算下 {n:,} 的 {p}% 是多少 急",
              f"{n} 的百分之{p}是多少？",
              f"老板让我算 {n:,} 乘以 {p}% 等于多少，帮个忙",
              f"{n:,} × {p}% = ? 要精确值"][i]
    return (prompt, *num(val))


@template("zh_fraction_sum", "arithmetic", "zh", "h")
def _zh_fraction_sum(rng: random.Random, i: int):
    a, b = rng.randint(1, 20), rng.randint(3, 24)
    c, d = rng.randint(1, 20), rng.randint(3, 24)
    if i % 2 == 0:
        op, val = "加上", Fraction(a, b) + Fraction(c, d)
    else:
        op, val = "减去", Fraction(a, b) - Fraction(c, d)
    tail = ["结果写成最简分数。", "用分数表示", "答案要分数形式，谢谢", ""][i]
    return (f"{a} 除以 {b} {op} {c} 除以 {d} 等于多少？{tail}", *num(val))


# ARITHMETIC — negatives ----------------------------------------------------------------------

negatives("neg_tip_fairness", "arithmetic", "en", "d", [
    "Is a 15% tip on an $80 dinner considered stingy in New York these days?",
    "We're splitting rent 60/40 because I have the bigger room. Is that fair?",
    "Is putting 20% down on a 450,000 house reasonable, or should I put down less?",
    "Is a 3% raise on a 68,000 salary decent this year, or should I push for more?",
])
negatives("neg_zh_prices", "arithmetic", "zh", "d", [
    "今天 100 美元能换多少人民币？",
    "1 欧元现在等于多少日元？",
    "北京出租车起步价现在是多少钱？",
    "从人民广场坐地铁到浦东机场要多少钱？",
])
negatives("neg_nutrition", "arithmetic", "en", "d", [
    "How many calories are in 2 slices of pepperoni pizza and a 330 ml can of coke?",
    "How much protein is in 3 eggs?",
    "How many cups of coffee add up to 400 mg of caffeine?",
    "How many steps is 5 km for someone who is 180 cm tall?",
])
negatives("neg_explain_method", "arithmetic", "en", "h", [
    "How do I calculate compound interest by hand? Like at 5% a year.",
    "Why do we flip the second fraction when dividing fractions?",
    "What's the trick for multiplying two-digit numbers by 11 in your head?",
    "Why does multiplication come before addition in the order of operations?",
])
negatives("neg_zh_code", "arithmetic", "zh", "h", [
    "帮我写一个 Python 函数，计算 1 到 100 的和",
    "Excel 里怎么用公式算 A1 到 A20 的平均值？",
    "JavaScript 里 0.1 + 0.2 为什么不等于 0.3？",
    "写个 SQL 查询，算出每个月订单金额的总和",
])
negatives("neg_ballpark", "arithmetic", "en", "h", [
    "Roughly how much would it cost to repaint a 3-bedroom house?",
    "If I save 300 a month, about how long until I can afford a house in Austin?",
    "Ballpark, how many piano tuners are there in Chicago?",
    "How much should I budget per day for food in Tokyo?",
])


# =============================================================================================
# COMPARISON — positives
# =============================================================================================


@template("bet_decimal", "comparison", "en", "d")
def _bet_decimal(rng: random.Random, i: int):
    k = rng.randint(1, 20)
    d = rng.randint(2, 9)
    if i == 3:  # the friend happens to be right
        ab = rng.randint(10 * d + 1, 99)
        while ab % 10 == 0:
            ab = rng.randint(10 * d + 1, 99)
    else:
        ab = rng.randint(d + 1, 10 * d - 1)
        while ab % 10 == 0 or ab < 10:
            ab = rng.randint(max(10, d + 1), 10 * d - 1)
    x, y = f"{k}.{ab:02d}", f"{k}.{d}"
    best = max(dec(x), dec(y))
    prompt = (f"Me and my buddy have a bet going. He says {x} is bigger than {y} because "
              f"{ab} is more than {d}. Which number is actually bigger?")
    return prompt, {"type": "choice", "answer": dstr(best)}, dstr(best)


@template("is_greater_fraction", "comparison", "en", "d")
def _is_greater_fraction(rng: random.Random, i: int):
    while True:
        p, q = rng.randint(1, 12), rng.randint(3, 13)
        if p >= q or math.gcd(p, q) > 1:
            continue
        approx = Fraction(round(Fraction(p, q) * 100), 100) + Fraction(rng.choice([-1, 1]), 100)
        if approx != Fraction(p, q) and approx > 0:
            break
    d = dstr(approx)
    lead = ["Homework check:", "", "Settle this for me:", "No calculator on me."][i]
    prompt = f"{lead} Is {p}/{q} greater than {d}?".strip()
    return (prompt, *yes_no(Fraction(p, q) > approx))


@template("min_in_sentence", "comparison", "en", "d")
def _min_in_sentence(rng: random.Random, i: int):
    vals: list[Fraction] = []
    while len(vals) < 7:
        v = Fraction(rng.randint(-90, 40), 2)
        if v not in vals:
            vals.append(v)
    listing = ", ".join(dstr(v) for v in vals[:-1]) + " and " + dstr(vals[-1])
    setup = ["Overnight lows this week were {}.", "Our account balances at month end were {}.",
             "The elevation readings along the trail came out as {}.",
             "Today's stock price changes in my watchlist were {}."][i]
    ask = ["Which was the lowest?", "Which one is the smallest?", "What's the minimum?",
           "Which number is the smallest of those?"][i]
    best = min(vals)
    return f"{setup.format(listing)} {ask}", {"type": "choice", "answer": fs(best)}, dstr(best)


@template("less_then_typo", "comparison", "en", "d")
def _less_then_typo(rng: random.Random, i: int):
    a = Fraction(-rng.randint(1, 19), 10)
    while True:
        p, q = rng.randint(1, 9), rng.randint(2, 11)
        if math.gcd(p, q) == 1 and Fraction(-p, q) != a:
            break
    b, a_s, b_s = Fraction(-p, q), dstr(a), f"-{p}/{q}"
    prompt = [f"quik q: is {a_s} less then {b_s}?", f"is {b_s} less then {a_s}",
              f"wait is {a_s} smaller then {b_s}??", f"is {b_s} less than {a_s} or not lol"][i]
    return (prompt, *yes_no(a < b if i % 2 == 0 else b < a))


@template("zh_which_bigger", "comparison", "zh", "d")
def _zh_which_bigger(rng: random.Random, i: int):
    while True:
        p, q = rng.randint(1, 11), rng.randint(3, 12)
        other = Fraction(round(Fraction(p, q) * 100) + rng.choice([-1, 1]), 100)
        if p < q and math.gcd(p, q) == 1 and other != Fraction(p, q) and other > 0:
            break
    ask = ["{} 和 {} 哪个大？", "{} 跟 {} 比，哪个更大", "请问 {} 与 {} 哪个数大一些？",
           "{} 还是 {} 大？"][i]
    first, second = (f"{p}/{q}", dstr(other)) if i % 2 == 0 else (dstr(other), f"{p}/{q}")
    best = max(Fraction(p, q), other)
    return ask.format(first, second), {"type": "choice", "answer": fs(best)}, fs(best)


@template("zh_sort_asc", "comparison", "zh", "d")
def _zh_sort_asc(rng: random.Random, i: int):
    k = rng.randint(2, 9)
    base = [f"{k}.{rng.randint(0, 9)}5", f"{k}.5", f"{k}.00{rng.randint(1, 9)}", f"-{k}.5",
            f"{k}.{rng.randint(10, 99)}"]
    vals = list(dict.fromkeys(base))
    vals = [v for j, v in enumerate(vals) if dec(v) not in {dec(w) for w in vals[:j]}]
    rng.shuffle(vals)
    ordered = sorted(vals, key=dec)
    ask = ["把下面的数从小到大排列：{}", "请将 {} 按从小到大的顺序排列。",
           "{} 从小到大排一下", "这些数按升序排列是什么顺序：{}"][i]
    exp = {"type": "list", "elem": "number", "ordered": True, "order": "asc", "answer": ordered}
    return ask.format("、".join(vals)), exp, ", ".join(ordered)


@template("sort_mixed_forms", "comparison", "en", "h")
def _sort_mixed_forms(rng: random.Random, i: int):
    items: list[str] = []
    seen: set[Fraction] = set()
    while len(items) < 5:
        kind = rng.randint(0, 2)
        if kind == 0:
            s = dstr(Fraction(rng.randint(-45, 45), 10))
        elif kind == 1:
            p, q = rng.randint(1, 9), rng.randint(2, 9)
            if math.gcd(p, q) > 1:
                continue
            s = f"{rng.choice(['', '-'])}{p}/{q}"
        else:
            s = str(rng.randint(-5, 5))
        v = Fraction(s) if "/" in s else dec(s)
        if v not in seen:
            seen.add(v)
            items.append(s)
    ordered = sorted(items, key=lambda s: Fraction(s) if "/" in s else dec(s))
    lead = ["Sort these from smallest to largest:", "For my stats homework, put these in "
            "ascending order:", "Can you order these least to greatest?",
            "ascending order pls:"][i]
    exp = {"type": "list", "elem": "number", "ordered": True, "order": "asc", "answer": ordered}
    return f"{lead} {', '.join(items)}", exp, " < ".join(ordered)


@template("max_lettered_list", "comparison", "en", "h")
def _max_lettered_list(rng: random.Random, i: int):
    base = rng.randint(1200, 9800)
    vals: list[Fraction] = []
    while len(vals) < 4:
        v = base + rng.randint(-3, 3) + Fraction(rng.choice([0, 5, 25, 50, 99]), 100)
        if v not in vals:
            vals.append(v)

    def show(v: Fraction) -> str:
        whole = v.numerator // v.denominator
        frac = v - whole
        return f"{whole:,}" + (dstr(frac)[1:] if frac else "")
    lines = "\n".join(f"{'abcd'[j]}) {show(v)}" for j, v in enumerate(vals))
    ask = ["Which of these is the largest?", "Which number is biggest?",
           "Pick the largest value:", "Which one's the max?"][i]
    best = max(vals)
    return f"{ask}\n{lines}", {"type": "choice", "answer": fs(best)}, show(best)


@template("desc_rank_terse", "comparison", "en", "h")
def _desc_rank_terse(rng: random.Random, i: int):
    d1, d2 = rng.randint(1, 8), rng.randint(1, 9)
    vals = [f"0.{d1}{d2}", f"0.{d1}0{d2}", f"0.{d1 + 1}", f"0.0{d1}{d2}", f"0.{d1}{d2}1"]
    rng.shuffle(vals)
    ordered = sorted(vals, key=dec, reverse=True)
    sep = [", ", " ", ", ", "; "][i]
    lead = ["rank these high to low pls", "largest to smallest:", "sort descending",
            "biggest first:"][i]
    exp = {"type": "list", "elem": "number", "ordered": True, "order": "desc", "answer": ordered}
    return f"{lead} {sep.join(vals)}", exp, " > ".join(ordered)


@template("polite_smaller", "comparison", "en", "h")
def _polite_smaller(rng: random.Random, i: int):
    n = 10 ** rng.randint(4, 7)
    a = n + rng.randint(1, 9)
    b = Fraction(n - 1) + Fraction(rng.randint(1, 99), 100)
    a_s, b_s = f"{a:,}", f"{int(b):,}" + dstr(b - int(b))[1:]
    first, second = (a_s, b_s) if i % 2 == 0 else (b_s, a_s)
    prompt = ["Hello! Sorry to bother you, but could you tell me which is smaller: {} or {}? "
              "Thank you so much!",
              "Hi there, I hope you're having a good day. Which number is smaller, {} or {}? "
              "Many thanks in advance.",
              "Good morning! I'd be grateful if you could let me know which of {} and {} is "
              "the smaller number.",
              "Hello, quick question if you don't mind: which is less, {} or {}? Thanks!"][i]
    best = min(Fraction(a), b)
    return prompt.format(first, second), {"type": "choice", "answer": fs(best)}, fs(best)


@template("zh_bi_da_ma", "comparison", "zh", "h")
def _zh_bi_da_ma(rng: random.Random, i: int):
    if i == 3:
        a = Fraction(rng.randint(1, 15), 8)
        b = a + Fraction(rng.choice([-1, 1]), 8)
    else:
        a = Fraction(-rng.randint(100, 300), 10)
        b = a + Fraction(rng.choice([-3, -2, 2, 3]), 100)
    x, y = (a, b) if i % 2 == 0 else (b, a)
    ask = ["{} 比 {} 大吗？", "{} 是不是比 {} 大", "请问 {} 大于 {} 吗？", "{} 比 {} 大吗"][i]
    return (ask.format(dstr(x), dstr(y)), *yes_no(x > y))


@template("zh_min_of_list", "comparison", "zh", "h")
def _zh_min_of_list(rng: random.Random, i: int):
    vals: list[Fraction] = []
    while len(vals) < 5:
        v = Fraction(rng.randint(-60, 60), rng.choice([1, 10, 4]))
        if v not in vals:
            vals.append(v)
    listing = "，".join(dstr(v) for v in vals)
    ask = ["这几个数里最小的是哪个：{}", "{} 中最小的数是多少？", "{}，哪个最小？",
           "下面这些数：{}。最小值是？"][i]
    best = min(vals)
    return ask.format(listing), {"type": "choice", "answer": fs(best)}, dstr(best)


# COMPARISON — negatives ----------------------------------------------------------------------

negatives("neg_versions", "comparison", "en", "d", [
    "Is Python 3.11 newer than 3.9?",
    "Is Node 18.20 a later release than Node 18.4?",
    "Should I upgrade from Django 4.2 to 5.0 now or wait for 5.1?",
    "Which is more recent, Ubuntu 22.04 or Debian 12?",
])
negatives("neg_zh_world_facts", "comparison", "zh", "d", [
    "北京和上海哪个城市人口更多？",
    "长江和黄河哪条更长？",
    "珠穆朗玛峰和乔戈里峰哪个高？",
    "中国和美国哪个国土面积大？",
])
negatives("neg_trick_weights", "comparison", "en", "d", [
    "Which is heavier, a pound of feathers or a pound of bricks?",
    "What weighs more, a kilo of steel or a kilo of cotton?",
    "Which is bigger, a billion or a milliard?",
    "Which is colder, minus 40 Celsius or minus 40 Fahrenheit?",
])
negatives("neg_is_it_enough", "comparison", "en", "h", [
    "Is $5,000 a month enough to live comfortably in Lisbon?",
    "Is 45k a good salary for a junior dev in Berlin?",
    "Would 2,000 a month cover rent and food for a student in Toronto?",
    "Is 1,200 too much to spend on a laptop for college?",
])
negatives("neg_zh_worth_it", "comparison", "zh", "h", [
    "iPhone 15 和 iPhone 13 哪个更值得买？",
    "月薪 8000 在成都够用吗？",
    "3000 块的相机和 5000 块的差别大吗？",
    "年终奖发两个月工资算多吗？",
])
negatives("neg_bigger_facts", "comparison", "en", "h", [
    "Which is bigger by area, Texas or France?",
    "Who scored more career points, Kobe or LeBron?",
    "Is Mars or Venus closer to the Sun?",
    "Which has more calories, a banana or an apple?",
])


# =============================================================================================
# NUMBER THEORY — positives
# =============================================================================================


@template("prime_puzzle_hunt", "number_theory", "en", "d")
def _prime_puzzle_hunt(rng: random.Random, i: int):
    if i % 2 == 0:
        n = rand_prime(rng, 1000, 9999)
    else:
        n = rand_prime(rng, 31, 97) * rand_prime(rng, 31, 97)
    assert is_prime(n) == sympy.isprime(n)
    tail = ["It's the answer to a puzzle-hunt clue and I want to be sure.",
            "Our team is stuck on this one.", "Need to be certain before we submit.",
            "The clue says the answer is prime."][i]
    return (f"Is {n:,} a prime number? {tail}", *yes_no(is_prime(n)))


@template("gcd_terse", "number_theory", "en", "d")
def _gcd_terse(rng: random.Random, i: int):
    g = rng.randint(6, 60)
    a, b = g * rng.randint(2, 40), g * rng.randint(2, 40)
    while a == b:
        b = g * rng.randint(2, 40)
    prompt = [f"gcd {a} {b}", f"gcd({a}, {b})?", f"gcd of {a:,} and {b:,}", f"hcf {a} {b}"][i]
    assert math.gcd(a, b) == sympy.gcd(a, b)
    return (prompt, *num(math.gcd(a, b)))


@template("largest_prime_factor", "number_theory", "en", "d")
def _largest_prime_factor(rng: random.Random, i: int):
    n = math.prod(rand_prime(rng, 2, 400) for _ in range(rng.randint(3, 4)))
    lead = ["Project Euler style warm-up:", "For a puzzle:", "", "Curious:"][i]
    prompt = f"{lead} what's the largest prime factor of {n:,}?".strip()
    prompt = prompt[0].upper() + prompt[1:]
    assert max(factor(n)) == max(sympy.factorint(n))
    return (prompt, *num(max(factor(n))))


@template("count_primes_below", "number_theory", "en", "d")
def _count_primes_below(rng: random.Random, i: int):
    N = rng.randint(100, 2000)
    while is_prime(N):
        N += 1
    count = sum(1 for k in range(2, N) if is_prime(k))
    assert count == sympy.primepi(N - 1)
    prompt = [f"How many primes are there below {N:,}? Not the list, just how many.",
              f"Count of prime numbers less than {N}?",
              f"how many prime numbers are smaller than {N}",
              f"I need the number of primes under {N} for a plot axis."][i]
    return (prompt, *num(count))


@template("happy_check", "number_theory", "en", "d")
def _happy_check(rng: random.Random, i: int):
    want = i % 2 == 0
    n = rng.randint(10, 999)
    while is_happy(n) != want:
        n = rng.randint(10, 999)
    tail = ["(the thing where you keep summing the squares of the digits)",
            "My kid's puzzle book says it is.", "", "Yes or no is fine."][i]
    return (f"Is {n} a happy number? {tail}".strip(), *yes_no(is_happy(n)))


@template("zh_prime_chat", "number_theory", "zh", "d")
def _zh_prime_chat(rng: random.Random, i: int):
    looks_prime = rand_prime(rng, 11, 40) * rand_prime(rng, 3, 13)
    n = looks_prime if i % 2 == 0 else rand_prime(rng, 90, 400)
    assert is_prime(n) == sympy.isprime(n)
    ask = ["{} 是质数吗 我一直以为是", "{} 是不是素数？", "问一下，{} 是质数不？",
           "{} 是素数吗？在线等"][i]
    return (ask.format(n), *yes_no(is_prime(n)))


@template("zh_divisible", "number_theory", "zh", "d")
def _zh_divisible(rng: random.Random, i: int):
    d = rng.choice([3, 4, 7, 9, 11, 13])
    n = rng.randint(10000, 999999)
    if i % 2 == 0:
        n -= n % d
    elif n % d == 0:
        n += 1
    ask = ["{} 能被 {} 整除吗？", "{} 能不能被 {} 整除", "判断：{} 是否能被 {} 整除。",
           "{} 除以 {} 能除尽吗？"][i]
    return (ask.format(n, d), *yes_no(n % d == 0))


@template("factorize_homework", "number_theory", "en", "h")
def _factorize_homework(rng: random.Random, i: int):
    n = math.prod(rng.choice([2, 2, 3, 3, 5, 7, 11, 13]) for _ in range(rng.randint(4, 7)))
    f = factor(n)
    assert dict(f) == sympy.factorint(n)
    lead = ["Homework: write {} as a product of prime factors.",
            "What is the prime factorization of {}?",
            "break {} into primes please",
            "Can you show me {} as a product of primes? Exponents are fine."][i]
    exp = {"type": "factorization", "n": n, "answer": [[p, e] for p, e in sorted(f.items())]}
    canon = " × ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items()))
    return lead.format(f"{n:,}"), exp, canon


@template("lcm_for_fractions", "number_theory", "en", "h")
def _lcm_for_fractions(rng: random.Random, i: int):
    vals = rng.sample(range(4, 49), 3)
    val = math.lcm(*vals)
    assert val == sympy.ilcm(*vals)
    prompt = [f"I need the least common multiple of {vals[0]}, {vals[1]} and {vals[2]} to add "
              "some fractions. What is it?",
              f"lcm of {vals[0]}, {vals[1]}, {vals[2]}?",
              f"What's the LCM of {vals[0]}, {vals[1]} and {vals[2]}? It's for a common "
              "denominator.",
              f"Least common multiple: {vals[0]}, {vals[1]}, {vals[2]}"][i]
    return (prompt, *num(val))


@template("list_primes_below", "number_theory", "en", "h")
def _list_primes_below(rng: random.Random, i: int):
    N = rng.randint(25, 100)
    while is_prime(N):
        N += 1
    primes = [str(k) for k in range(2, N) if is_prime(k)]
    assert primes == [str(p) for p in sympy.primerange(2, N)]
    prompt = [f"Can you list every prime below {N}?", f"primes less than {N}",
              f"Write out all the prime numbers under {N}, please.",
              f"Which numbers below {N} are prime?"][i]
    exp = {"type": "list", "elem": "number", "ordered": False, "answer": primes}
    return prompt, exp, ", ".join(primes)


@template("digit_sum_work", "number_theory", "en", "h")
def _digit_sum_work(rng: random.Random, i: int):
    n = rng.randint(10**7, 10**10)
    s = sum(int(c) for c in str(n))
    prompt = [f"For a checksum at work I need the sum of the digits of {n:,}. What is it?",
              f"sum of digits of {n}",
              f"What do the digits of {n} add up to?",
              f"Add up all the digits in {n:,} for me."][i]
    return (prompt, *num(s))


@template("zh_divisor_count", "number_theory", "zh", "h")
def _zh_divisor_count(rng: random.Random, i: int):
    n = rng.randint(60, 2000)
    cnt = n_divisors(n)
    assert cnt == sympy.divisor_count(n)
    ask = ["{} 有多少个正因数？", "{} 一共有几个约数（正的）？", "求 {} 的正约数个数。",
           "数一下 {} 的正因数有几个"][i]
    return (ask.format(n), *num(cnt))


@template("zh_perfect_square", "number_theory", "zh", "h")
def _zh_perfect_square(rng: random.Random, i: int):
    r = rng.randint(30, 300)
    n = r * r if i % 2 == 0 else r * r + rng.choice([-1, 1, r, -r + 1])
    ask = ["{} 是不是完全平方数？", "{} 是完全平方数吗", "判断 {} 是否为完全平方数。",
           "请问 {} 是某个整数的平方吗？"][i]
    return (ask.format(n), *yes_no(math.isqrt(n) ** 2 == n))


@template("zh_happy_range", "number_theory", "zh", "h")
def _zh_happy_range(rng: random.Random, i: int):
    while True:
        a = rng.randint(2, 60)
        b = a + rng.randint(15, 40)
        if not is_happy(a) and not is_happy(b):
            break
    happy = [str(k) for k in range(a, b + 1) if is_happy(k)]
    ask = ["{} 到 {} 之间有哪些快乐数？", "找出 {} 到 {} 之间所有的快乐数",
           "{}~{} 范围内的快乐数有哪些", "列出 {} 至 {} 之间的快乐数。"][i]
    exp = {"type": "list", "elem": "number", "ordered": False, "answer": happy}
    return ask.format(a, b), exp, "、".join(happy)


# NUMBER THEORY — negatives -------------------------------------------------------------------

negatives("neg_how_to_nt", "number_theory", "en", "d", [
    "How do I find the gcd of two numbers by hand?",
    "What's the fastest way to check whether a big number is prime?",
    "Can you explain why the Euclidean algorithm works?",
    "What's the difference between a factor and a multiple?",
])
negatives("neg_zh_why_prime", "number_theory", "zh", "d", [
    "为什么 1 不是质数？",
    "质数有无穷多个吗？怎么证明？",
    "快乐数这个名字是怎么来的？",
    "哥德巴赫猜想现在证明出来了吗？",
])
negatives("neg_ids_numbers", "number_theory", "en", "d", [
    "My order number is 4471932, has it shipped yet?",
    "Is 867-5309 a real phone number?",
    "Which city has the zip code 90210?",
    "My flight is UA 1549 tomorrow, is it on time?",
])
negatives("neg_prime_trivia", "number_theory", "en", "h", [
    "What's the largest known prime right now?",
    "Who showed that 2^67 - 1 isn't prime, and how long did it take him?",
    "How many Mersenne primes have been found so far?",
    "Which number did Ramanujan call interesting in the taxi story?",
])
negatives("neg_zh_lucky_numbers", "number_theory", "zh", "h", [
    "生日是 3 月 17 日，这个数字吉利吗？",
    "车牌尾号是 4 是不是不太好？",
    "手机号里有很多 8 是不是更值钱？",
    "为什么很多人喜欢 6 和 8？",
])
negatives("neg_code_nt", "number_theory", "en", "h", [
    "Write a Python function that checks if a number is happy.",
    "Can you give me a sieve of Eratosthenes in Rust that finds primes under 1,000,000?",
    "How would I compute gcd(a, b) in an Excel formula?",
    "Write a one-liner in JS that sums the digits of a number.",
])


# =============================================================================================
# COUNTING — positives
# =============================================================================================

LETTER_WORDS = [("strawberry", "r"), ("mississippi", "s"), ("bookkeeper", "e"),
                ("committee", "m"), ("occurrence", "c"), ("assessment", "s"), ("banana", "n"),
                ("parallel", "l"), ("raspberry", "r"), ("tennessee", "e")]


@template("letter_in_word_lower", "counting", "en", "d")
def _letter_in_word_lower(rng: random.Random, i: int):
    w, letter = pick(rng, i, LETTER_WORDS)
    prompt = [f"how many {letter}'s in {w}", f"how many {letter}'s are there in {w}",
              f"count the letter {letter} in {w}",
              f"how many times does {letter} appear in {w}"][i]
    return (prompt, *num(w.count(letter)))


TWEETS = ["just finished my first marathon and I can barely walk",
          "cannot believe the bus was late again this morning",
          "new blog post is up about baking sourdough at home",
          "if anyone has a spare ticket for Saturday let me know",
          "the coffee machine at work finally got fixed today",
          "three more days until vacation and I am counting every hour"]


@template("tweet_word_count", "counting", "en", "d")
def _tweet_word_count(rng: random.Random, i: int):
    t = pick(rng, i, TWEETS)
    prompt = [f'Word count check for a tweet draft: "{t}" how many words is that?',
              f'How many words are in this sentence: "{t}"',
              f"count the words: {t}",
              f'My draft says "{t}". How many words?'][i]
    return (prompt, *num(len(t.split())))


ANAGRAMS = [("listen", "silent"), ("evil", "vile"), ("dusty", "study"), ("night", "thing"),
            ("below", "elbow"), ("cinema", "iceman"), ("heart", "earth"), ("state", "taste"),
            ("silent", "listens"), ("earth", "hearts"), ("ocean", "canoes"),
            ("brag", "garb"), ("lemon", "melons"), ("angel", "angle"), ("stone", "tones"),
            ("care", "race"), ("carte", "trace"), ("fried", "friend")]


@template("anagram_claim", "counting", "en", "d")
def _anagram_claim(rng: random.Random, i: int):
    a, b = pick(rng, i, ANAGRAMS)
    prompt = [f"My friend says '{a}' and '{b}' are anagrams. True?",
              f"Are {a} and {b} anagrams of each other?",
              f'Is "{b}" an anagram of "{a}"?',
              f"anagram check: {a} / {b}"][i]
    return (prompt, *yes_no(sorted(a) == sorted(b)))


ALPHA_POOL = ["pear", "apple", "banana", "cherry", "grape", "mango", "kiwi", "plum", "peach",
              "lemon", "lime", "melon", "date", "fig", "orange", "papaya"]


@template("alphabetical_cards", "counting", "en", "d")
def _alphabetical_cards(rng: random.Random, i: int):
    words = rng.sample(ALPHA_POOL, rng.randint(4, 6))
    ordered = sorted(words)
    prompt = [f"Put these in alphabetical order for my index cards: {', '.join(words)}",
              f"alphabetize: {' '.join(words)}",
              f"Can you sort these words A to Z? {', '.join(words)}",
              "Alphabetical order please:\n" + "\n".join(f"- {w}" for w in words)][i]
    exp = {"type": "list", "elem": "word", "ordered": True, "answer": ordered}
    return prompt, exp, ", ".join(ordered)


@template("zh_letter_in_word", "counting", "zh", "d")
def _zh_letter_in_word(rng: random.Random, i: int):
    w, letter = pick(rng, i, LETTER_WORDS)
    ask = ["{} 里面有多少个字母 {}？", "单词 {} 中有几个 {}", "{} 这个词里字母 {} 出现了几次？",
           "数一数 {} 里有几个 {}"][i]
    return (ask.format(w, letter), *num(w.count(letter)))


DISTINCT_WORDS = ["mississippi", "bookkeeper", "banana", "committee", "possession", "referee",
                  "abracadabra", "engineering"]


@template("zh_distinct_letters", "counting", "zh", "d")
def _zh_distinct_letters(rng: random.Random, i: int):
    w = pick(rng, i, DISTINCT_WORDS)
    ask = ["{} 里有几个不同的字母？", "单词 {} 由多少种不同的字母组成？",
           "{} 用到了几个不一样的字母", "{} 中不重复的字母有几个？"][i]
    return (ask.format(w), *num(len(set(w))))


SENTENCES = [("she sells seashells by the seashore", "s"),
             ("the rain in spain stays mainly in the plain", "a"),
             ("peter piper picked a peck of pickled peppers", "p"),
             ("how much wood would a woodchuck chuck", "o"),
             ("all that glitters is not gold", "l"),
             ("a bird in the hand is worth two in the bush", "i"),
             ("better late than never", "e"),
             ("every cloud has a silver lining", "i")]


@template("letter_in_sentence", "counting", "en", "h")
def _letter_in_sentence(rng: random.Random, i: int):
    s, letter = pick(rng, i, SENTENCES)
    shown = s[0].upper() + s[1:]
    if letter.upper() in shown:  # keep the count case-free: capitalise only when harmless
        shown = s
    assert letter.upper() not in shown
    prompt = [f'In the sentence "{shown}", how many times does the letter {letter} appear?',
              f'Count the letter "{letter}" in: {shown}',
              f"How many {letter}'s are there in the phrase '{shown}'?",
              f"tongue twister time. how many {letter}'s in \"{shown}\"?"][i]
    return (prompt, *num(shown.count(letter)))


BACKWARDS_WORDS = ["desserts", "drawer", "palindrome", "lollipop", "keyboard", "network",
                   "sandwich", "elephant"]


@template("spell_backwards", "counting", "en", "h")
def _spell_backwards(rng: random.Random, i: int):
    w = pick(rng, i, BACKWARDS_WORDS)
    prompt = [f"Spell '{w}' backwards", f"what is {w} reversed?",
              f'Reverse the word "{w}" for me.', f"{w} backwards?"][i]
    rev = w[::-1]
    return prompt, {"type": "text", "answer": rev, "case_sensitive": False}, rev


VOWEL_WORDS = ["onomatopoeia", "education", "sequoia", "queueing", "aeronautical", "facetious",
               "abstemious", "ambiguous"]


@template("vowel_count", "counting", "en", "h")
def _vowel_count(rng: random.Random, i: int):
    w = pick(rng, i, VOWEL_WORDS)
    assert "y" not in w
    prompt = [f"Count the vowels in '{w}'", f"How many vowels does {w} have?",
              f"Spelling bee practice: how many vowels are in the word {w}?",
              f"vowels in {w}?"][i]
    return (prompt, *num(sum(1 for c in w if c in "aeiou")))


LONGER_PAIRS = [("necessary", "occasion"), ("rhythm", "pharaoh"), ("separate", "embarrass"),
                ("queue", "awkward"), ("receipt", "accommodate"), ("calendar", "beginning"),
                ("definitely", "privilege"), ("guarantee", "liaison")]


@template("longer_word", "counting", "en", "h")
def _longer_word(rng: random.Random, i: int):
    a, b = pick(rng, i, LONGER_PAIRS)
    assert len(a) != len(b)
    longer = a if len(a) > len(b) else b
    prompt = [f"Which word has more letters, '{a}' or '{b}'?",
              f"{a} vs {b}: which one is longer?",
              f'Settle something: does "{a}" or "{b}" have more letters?',
              f"Which has more letters: {a} or {b}?"][i]
    return prompt, {"type": "word_choice", "answer": longer}, longer


LENGTH_WORDS = ["elephant", "computer", "beautiful", "chocolate", "dictionary", "umbrella",
                "strawberry", "butterfly"]


@template("zh_word_length", "counting", "zh", "h")
def _zh_word_length(rng: random.Random, i: int):
    w = pick(rng, i, LENGTH_WORDS)
    ask = ["单词 {} 有几个字母？", "{} 一共多少个字母", "英语单词 {} 由几个字母组成？",
           "{} 这个单词有多少个字母啊"][i]
    return (ask.format(w), *num(len(w)))


NTH_WORDS = ["rhythm", "knight", "autumn", "psychology", "island", "wednesday", "salmon"]


@template("zh_nth_letter", "counting", "zh", "h")
def _zh_nth_letter(rng: random.Random, i: int):
    w = pick(rng, i, NTH_WORDS)
    if i in (0, 1):
        ask = ["“{}” 的最后一个字母是什么？", "{} 最后一个字母是啥"][i]
        ans = w[-1]
    else:
        ask = ["“{}” 的第一个字母是什么？", "单词 {} 的第三个字母是哪个？"][i - 2]
        ans = w[0] if i == 2 else w[2]
    return ask.format(w), {"type": "text", "answer": ans, "case_sensitive": False}, ans


# COUNTING — negatives ------------------------------------------------------------------------

negatives("neg_word_meaning", "counting", "en", "d", [
    "What does 'serendipity' mean?",
    "What's a synonym for 'happy' that starts with g?",
    "Is 'irregardless' a real word?",
    "What's the difference between 'affect' and 'effect'?",
])
negatives("neg_zh_translate", "counting", "zh", "d", [
    "“苹果”用英文怎么说？",
    "strawberry 这个单词怎么读？",
    "“一鸣惊人”是什么意思？",
    "帮我把 'I have 3 cats' 翻译成中文",
])
negatives("neg_syllables_rhymes", "counting", "en", "d", [
    "How many syllables are in 'fire'?",
    "What rhymes with orange?",
    "Which syllable is stressed in 'photograph'?",
    "Give me 5 words that rhyme with 'light'.",
])
negatives("neg_writing_length", "counting", "en", "h", [
    "How many words should a cover letter be?",
    "Is 300 words too long for a LinkedIn post?",
    "What's the ideal length for a tweet, in characters?",
    "How many pages is 2,000 words double spaced?",
])
negatives("neg_zh_chinese_chars", "counting", "zh", "h", [
    "“龘”这个字有多少画？",
    "“行”字有几种读音？",
    "成语“三心二意”里的数字是什么意思？",
    "中文里最长的成语有多少个字？",
])
negatives("neg_language_trivia", "counting", "en", "h", [
    "How many letters are in the Hawaiian alphabet?",
    "What's the longest word in English?",
    "How many words does the average adult know?",
    "Which letter is used most often in English?",
])


# =============================================================================================
# GEOMETRY — positives
# =============================================================================================


@template("circles_overlap", "geometry", "en", "d")
def _circles_overlap(rng: random.Random, i: int):
    while True:
        c1 = (rng.randint(-5, 5), rng.randint(-5, 5))
        c2 = (rng.randint(-5, 12), rng.randint(-5, 12))
        r1, r2 = rng.randint(1, 6), rng.randint(1, 6)
        n = circle_common_points(c1, r1, c2, r2)
        d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
        separate = d2 > (r1 + r2) ** 2
        if (n == 2 and i % 2 == 0) or (separate and i % 2 == 1):
            break
    overlap = n == 2
    assert Point(c1).buffer(r1, 256).intersects(Point(c2).buffer(r2, 256)) == overlap
    prompt = [f"Circle A: center {pt(c1)}, radius {r1}.\nCircle B: center {pt(c2)}, radius "
              f"{r2}.\nDo they overlap?",
              f"Do the circles centered at {pt(c1)} (r = {r1}) and {pt(c2)} (r = {r2}) "
              "intersect?",
              f"Two sprinklers water circles: one centered at {pt(c1)} with radius {r1}, the "
              f"other at {pt(c2)} with radius {r2}. Do the watered circles overlap?",
              f"circle 1 center {pt(c1)} radius {r1}, circle 2 center {pt(c2)} radius {r2}, "
              "do they cross?"][i]
    return (prompt, *yes_no(overlap))


def l_shape(rng: random.Random) -> tuple[list[tuple[int, int]], int, int, int, int]:
    w, h = rng.randint(6, 12), rng.randint(6, 12)
    a, b = rng.randint(2, w - 3), rng.randint(2, h - 3)
    poly = [(0, 0), (w, 0), (w, b), (a, b), (a, h), (0, h)]
    return poly, w, h, a, b


@template("geofence_l_shape", "geometry", "en", "d")
def _geofence_l_shape(rng: random.Random, i: int):
    poly, w, h, a, b = l_shape(rng)
    p = [(rng.randint(1, a - 1), rng.randint(1, h - 1)),      # inside (left arm)
         (rng.randint(a + 1, w - 1), rng.randint(b + 1, h - 1)),  # in the notch: outside
         (a, rng.randint(b + 1, h - 1)),                      # on an inner edge
         (rng.randint(1, w - 1), -rng.randint(1, 4))][i]      # below: outside
    where = locate(p, poly)
    corners = ", ".join(pt(v) for v in poly)
    prompt = [f"I'm testing a geofence. The zone is the polygon {corners}. Is the point "
              f"{pt(p)} inside it, outside, or right on the edge?",
              f"Polygon vertices in order: {corners}. Where is {pt(p)}: inside, outside or "
              "on the boundary?",
              f"For my game's collision check: L-shaped room with corners {corners}. "
              f"Player at {pt(p)}. Inside, outside, or on a wall?",
              f"polygon {corners}\npoint {pt(p)}\ninside / outside / boundary?"][i]
    return prompt, {"type": "relation", "answer": where}, where


@template("distance_exact", "geometry", "en", "d")
def _distance_exact(rng: random.Random, i: int):
    p = (rng.randint(-9, 9), rng.randint(-9, 9))
    q = (rng.randint(-9, 9), rng.randint(-9, 9))
    while q == p:
        q = (rng.randint(-9, 9), rng.randint(-9, 9))
    d2 = (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2
    ans = sqrt_str(d2)
    assert abs(float(sympy.sympify(ans)) - Point(p).distance(Point(q))) < 1e-9
    prompt = [f"Distance between {pt(p)} and {pt(q)}? Exact form is fine.",
              f"How far apart are the points {pt(p)} and {pt(q)}?",
              f"what's the distance from {pt(p)} to {pt(q)}",
              f"Points A{pt(p)} and B{pt(q)} are on a grid. Find the length of AB."][i]
    return prompt, {"type": "real", "answer": ans}, ans


@template("quad_perimeter", "geometry", "en", "d")
def _quad_perimeter(rng: random.Random, i: int):
    while True:
        pts = [(rng.randint(-6, 0), rng.randint(-6, 0)), (rng.randint(1, 8), rng.randint(-6, 0)),
               (rng.randint(1, 8), rng.randint(1, 8)), (rng.randint(-6, 0), rng.randint(1, 8))]
        if Polygon(pts).is_valid and shoelace2(pts) != 0:
            break
    terms = []
    for k in range(4):
        a, b = pts[k], pts[(k + 1) % 4]
        terms.append(sqrt_str((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2))
    ans = " + ".join(terms)
    assert abs(float(sympy.sympify(ans)) - Polygon(pts).length) < 1e-9
    corners = ", ".join(pt(v) for v in pts)
    prompt = [f"What's the perimeter of the quadrilateral with corners {corners}?",
              f"Fence length needed around a plot with corners at {corners} (in that order)? "
              "Exact answer please.",
              f"perimeter of polygon {corners}",
              f"A quadrilateral has vertices {corners}, taken in order. Find its perimeter."][i]
    return prompt, {"type": "real", "answer": ans}, ans


@template("zh_two_circles", "geometry", "zh", "d")
def _zh_two_circles(rng: random.Random, i: int):
    trip = rng.choice([(3, 4, 5), (6, 8, 10), (5, 12, 13), (8, 6, 10)])
    c1 = (rng.randint(-4, 4), rng.randint(-4, 4))
    c2 = (c1[0] + trip[0], c1[1] + trip[1])
    d = trip[2]
    r1 = rng.randint(1, d - 1)
    r2 = [d - r1, d, d + r1 + rng.randint(1, 4), rng.randint(1, max(1, d - r1 - 1))][i]
    if i == 3 and r1 + r2 >= d:
        r1, r2 = 1, 1
    assert (i, circle_common_points(c1, r1, c2, r2)) in {(0, 1), (1, 2), (2, 0), (3, 0)}
    n = circle_common_points(c1, r1, c2, r2)
    ask = ["圆 C1：圆心 {}，半径 {}；圆 C2：圆心 {}，半径 {}。两圆有几个公共点？",
           "以 {} 为圆心、{} 为半径的圆，和以 {} 为圆心、{} 为半径的圆有几个交点？",
           "两个圆，一个圆心 {} 半径 {}，另一个圆心 {} 半径 {}，它们有几个交点",
           "已知⊙O1 的圆心为 {}，半径为 {}；⊙O2 的圆心为 {}，半径为 {}。求两圆公共点的个数。"][i]
    return (ask.format(pt(c1), r1, pt(c2), r2), *num(n))


@template("zh_triangle_area", "geometry", "zh", "d")
def _zh_triangle_area(rng: random.Random, i: int):
    while True:
        pts = [(rng.randint(-8, 8), rng.randint(-8, 8)) for _ in range(3)]
        if shoelace2(pts) != 0:
            break
    area = Fraction(abs(shoelace2(pts)), 2)
    assert abs(Polygon(pts).area - float(area)) < 1e-9
    a, b, c = (pt(p) for p in pts)
    ask = [f"已知三角形三个顶点 A{a}、B{b}、C{c}，求这个三角形的面积。",
           f"三角形顶点是 {a}、{b}、{c}，面积多少？",
           f"坐标系里有三个点 {a}，{b}，{c}，连成的三角形面积是多少？",
           f"求以 A{a}, B{b}, C{c} 为顶点的三角形的面积"][i]
    return (ask, *num(area))


@template("zh_circumference", "geometry", "zh", "d")
def _zh_circumference(rng: random.Random, i: int):
    r = Fraction(rng.randint(2, 40), rng.choice([1, 1, 2]))
    ans = f"{fs(2 * r)}*pi"
    ask = ["半径为 {} 的圆，周长是多少？用 π 表示。", "一个圆的半径是 {}，求它的周长（保留 π）",
           "圆的半径 {}，周长等于多少？答案用 π 表示", "r = {} 的圆周长是多少，结果带 π"][i]
    return ask.format(dstr(r)), {"type": "real", "answer": ans}, f"{fs(2 * r)}π"


@template("common_points_count", "geometry", "en", "h")
def _common_points_count(rng: random.Random, i: int):
    trip = rng.choice([(3, 4, 5), (4, 3, 5), (6, 8, 10), (5, 12, 13)])
    c1 = (rng.randint(-5, 5), rng.randint(-5, 5))
    c2 = (c1[0] + trip[0], c1[1] - trip[1])
    d = trip[2]
    r1 = rng.randint(2, d - 1)
    r2 = [d - r1, r1 + d, r1 + d + rng.randint(1, 5), d - r1 + rng.randint(1, r1)][i]
    n = circle_common_points(c1, r1, c2, r2)
    prompt = [f"How many points do these two circles have in common? One is centered at "
              f"{pt(c1)} with radius {r1}, the other at {pt(c2)} with radius {r2}.",
              f"Circles: center {pt(c1)}, r={r1} and center {pt(c2)}, r={r2}. Number of "
              "intersection points?",
              f"If I draw a circle of radius {r1} around {pt(c1)} and one of radius {r2} "
              f"around {pt(c2)}, how many times do they meet?",
              f"number of common points of the circles (center {pt(c1)}, radius {r1}) and "
              f"(center {pt(c2)}, radius {r2})"][i]
    return (prompt, *num(n))


def star_polygon(rng: random.Random, k: int) -> list[tuple[int, int]]:
    while True:
        cx, cy = 20, 20
        pts = set()
        while len(pts) < k:
            pts.add((rng.randint(0, 40), rng.randint(0, 40)))
        order = sorted(pts, key=lambda p: math.atan2(p[1] - cy, p[0] - cx))
        if Polygon(order).is_valid and shoelace2(order) != 0 and all(
                cross(order[j - 1], order[j], order[(j + 1) % k]) != 0 for j in range(k)):
            return order


@template("survey_polygon_area", "geometry", "en", "h")
def _survey_polygon_area(rng: random.Random, i: int):
    pts = star_polygon(rng, rng.randint(4, 6))
    area = Fraction(abs(shoelace2(pts)), 2)
    assert abs(Polygon(pts).area - float(area)) < 1e-9
    corners = ", ".join(pt(p) for p in pts)
    prompt = [f"Land survey notes: the plot's corners are at {corners}, in that order. What's "
              "its area?",
              f"Area of the polygon with vertices {corners}?",
              f"I traced a room on graph paper. Corners (in order): {corners}. How much area "
              "does it cover, in square grid units?",
              f"shoelace area for {corners} pls"][i]
    return (prompt, *num(area))


@template("triangle_area_labeled", "geometry", "en", "h")
def _triangle_area_labeled(rng: random.Random, i: int):
    while True:
        pts = [(rng.randint(-9, 9), rng.randint(-9, 9)) for _ in range(3)]
        if shoelace2(pts) != 0:
            break
    area = Fraction(abs(shoelace2(pts)), 2)
    assert abs(Polygon(pts).area - float(area)) < 1e-9
    a, b, c = (pt(p) for p in pts)
    prompt = [f"Triangle with vertices A{a}, B{b}, C{c}: area?",
              f"What is the area of the triangle whose corners are {a}, {b} and {c}?",
              f"My answer key says something different, so: area of triangle {a}, {b}, {c}?",
              f"Find the area of triangle ABC where A = {a}, B = {b}, C = {c}."][i]
    return (prompt, *num(area))


@template("circle_area_pi", "geometry", "en", "h")
def _circle_area_pi(rng: random.Random, i: int):
    r = Fraction(rng.randint(3, 30), rng.choice([1, 2]))
    ans = f"{fs(r * r)}*pi"
    prompt = [f"A circle has radius {dstr(r)}. Exact area please, in terms of π.",
              f"area of a circle with radius {dstr(r)}, leave it in terms of pi",
              f"What's the area of a circle of radius {dstr(r)}? Exact, no decimals.",
              f"Pizza question: if the radius is {dstr(r)}, what's the exact area (with π)?"][i]
    return prompt, {"type": "real", "answer": ans}, f"{fs(r * r)}π"


def seg_cross(s: tuple[Any, Any], t: tuple[Any, Any]) -> tuple[Fraction, Fraction] | str | None:
    """The crossing point of two segments, None if they miss, "degenerate" if they touch at
    an endpoint or are collinear (such configurations are rejected)."""
    p1, p2 = s
    p3, p4 = t
    d1, d2 = cross(p3, p4, p1), cross(p3, p4, p2)
    d3, d4 = cross(p1, p2, p3), cross(p1, p2, p4)
    if 0 in (d1, d2, d3, d4):
        return "degenerate"
    if d1 * d2 < 0 and d3 * d4 < 0:
        tt = Fraction(d1, d1 - d2)
        return (p1[0] + tt * (p2[0] - p1[0]), p1[1] + tt * (p2[1] - p1[1]))
    return None


@template("segment_crossings", "geometry", "en", "h")
def _segment_crossings(rng: random.Random, i: int):
    k = 3 if i < 2 else 4
    while True:
        segs = []
        for _ in range(k):
            a = (rng.randint(0, 10), rng.randint(0, 10))
            b = (rng.randint(0, 10), rng.randint(0, 10))
            if a != b:
                segs.append((a, b))
        if len(segs) < k:
            continue
        points = []
        ok = True
        for x in range(k):
            for y in range(x + 1, k):
                r = seg_cross(segs[x], segs[y])
                if r == "degenerate":
                    ok = False
                elif r is not None:
                    points.append(r)
        if ok and len(set(points)) == len(points):
            break
    n = len(points)
    shapely_pts = set()
    for x in range(k):
        for y in range(x + 1, k):
            g = LineString(segs[x]).intersection(LineString(segs[y]))
            if not g.is_empty:
                shapely_pts.add((round(g.x, 9), round(g.y, 9)))
    assert len(shapely_pts) == n
    names = "ABCDEFGH"
    if i % 2 == 0:
        body = "\n".join(f"- from {pt(a)} to {pt(b)}" for a, b in segs)
        prompt = f"Here are some line segments:\n{body}\nHow many intersection points are there?"
    else:
        body = "; ".join(f"{names[2 * j]}{names[2 * j + 1]} from {pt(a)} to {pt(b)}"
                         for j, (a, b) in enumerate(segs))
        prompt = (f"Segments {body}. How many points are there where two of these segments "
                  "cross?")
    return (prompt, *num(n))


@template("zh_point_quad", "geometry", "zh", "h")
def _zh_point_quad(rng: random.Random, i: int):
    while True:
        quad = [(rng.randint(-6, -1), rng.randint(-6, -1)),
                (rng.randint(1, 6), rng.randint(-6, -1)),
                (rng.randint(1, 6), rng.randint(1, 6)),
                (rng.randint(-6, -1), rng.randint(1, 6))]
        a, b = quad[1], quad[2]
        if (a[0] + b[0]) % 2 == 0 and (a[1] + b[1]) % 2 == 0:
            break
    p = [(0, 0), ((a[0] + b[0]) // 2, (a[1] + b[1]) // 2), (rng.randint(8, 12), rng.randint(-3, 3)),
         (rng.choice([-1, 1]), rng.choice([-1, 1]))][i]
    where = locate(p, quad)
    A, B, C, D = (pt(v) for v in quad)
    ask = [f"点 P{pt(p)} 在四边形 ABCD 的内部、外部还是边上？A{A}、B{B}、C{C}、D{D}",
           f"四边形顶点依次为 {A}、{B}、{C}、{D}，点 {pt(p)} 在它的内部、外部还是边界上？",
           f"多边形 {A}，{B}，{C}，{D}，判断点 {pt(p)} 在内部、外部还是边界上",
           f"已知 A{A}，B{B}，C{C}，D{D}，问点 M{pt(p)} 与四边形 ABCD 的位置关系"
           "（内部/边上/外部）"][i]
    return ask, {"type": "relation", "answer": where}, where


@template("zh_distance", "geometry", "zh", "h")
def _zh_distance(rng: random.Random, i: int):
    p = (rng.randint(-9, 9), rng.randint(-9, 9))
    q = (rng.randint(-9, 9), rng.randint(-9, 9))
    while q == p:
        q = (rng.randint(-9, 9), rng.randint(-9, 9))
    d2 = (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2
    ans = sqrt_str(d2)
    assert abs(float(sympy.sympify(ans)) - Point(p).distance(Point(q))) < 1e-9
    ask = [f"求点 P{pt(p)} 到点 Q{pt(q)} 的距离。", f"{pt(p)} 和 {pt(q)} 两点之间的距离是多少？",
           f"两点 A{pt(p)}、B{pt(q)}，求 |AB|", f"{pt(p)} 到 {pt(q)} 有多远"][i]
    return ask, {"type": "real", "answer": ans}, ans


# GEOMETRY — negatives ------------------------------------------------------------------------

negatives("neg_needs_figure", "geometry", "en", "d", [
    "In the diagram, angle ABC is 40°. What is angle ADC?",
    "Find the shaded area in the figure if the square has side 4.",
    "What's x in the triangle in the picture I uploaded?",
    "Using the graph above, where do the two lines cross?",
])
negatives("neg_zh_room_size", "geometry", "zh", "d", [
    "一个书房大概多大面积比较合适？",
    "客厅 30 平米放多大的沙发合适？",
    "65 寸电视应该离沙发多远？",
    "圆桌直径多大能坐 8 个人？",
])
negatives("neg_real_world_sizes", "geometry", "en", "h", [
    "How far is it from New York to Boston?",
    "What's the area of Central Park?",
    "How tall is the Eiffel Tower?",
    "How big is a soccer field in square meters?",
])
negatives("neg_zh_see_figure", "geometry", "zh", "h", [
    "如图所示，正方形边长为 4，求阴影部分的面积。",
    "看图：点 P 在圆上还是在圆外？",
    "图中这两条线段相交吗？",
    "如图，求 x 的值。",
])


# =============================================================================================


def _generate() -> list[tuple[dict[str, Any], str | None]]:
    rng = random.Random(13)
    out: list[tuple[dict[str, Any], str | None]] = []
    for t in TEMPLATES:
        for i in range(RECORDS_PER_TEMPLATE):
            rec: dict[str, Any] = {
                "id": f"r13-{FAM3[t.family]}-{t.lang}-{t.name}-{i}",
                "split": SPLIT_NAMES[t.split], "kind": t.kind, "family": t.family,
                "lang": t.lang, "template": f"r13_{t.name}",
            }
            if t.kind == "negative":
                rec["prompt"] = t.fn(rng, i)
                rec["expected"] = {"type": "none"}
                out.append((rec, None))
            else:
                prompt, expected, canonical = t.fn(rng, i)
                rec["prompt"], rec["expected"] = prompt, expected
                out.append((rec, canonical))
    return out


def build() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    records = [rec for rec, _ in _generate()]
    dev = [r for r in records if r["split"] == "dev13"]
    heldout = [r for r in records if r["split"] == "heldout13"]
    return dev, heldout


def _write(path: Path, records: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def self_check() -> None:
    """Every expected object accepts our own canonical answer; ids unique; splits balanced."""
    sys.path.insert(0, str(OUT_DIR))
    from compare import matches

    pairs = _generate()
    ids = [rec["id"] for rec, _ in pairs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    prompts = [rec["prompt"] for rec, _ in pairs]
    dup = [p for p, c in Counter(prompts).items() if c > 1]
    assert not dup, dup
    splits_of: dict[str, set[str]] = {}
    for rec, canonical in pairs:
        splits_of.setdefault(rec["template"], set()).add(rec["split"])
        if rec["kind"] == "positive":
            assert canonical is not None
            assert matches(rec["expected"], canonical), (rec["id"], rec["expected"], canonical)
    assert all(len(s) == 1 for s in splits_of.values())
    for split in SPLIT_NAMES.values():
        recs = [r for r, _ in pairs if r["split"] == split]
        pos = Counter(r["family"] for r in recs if r["kind"] == "positive")
        neg = Counter(r["family"] for r in recs if r["kind"] == "negative")
        lang = Counter(r["lang"] for r in recs)
        tmpl = {r["template"] for r in recs}
        print(f"{split}: {len(tmpl)} templates, {len(recs)} records; positives {dict(pos)}; "
              f"negatives {dict(neg)} (total {sum(neg.values())}); lang {dict(lang)}")
        assert sum(neg.values()) == 56
        assert all(20 <= v <= 32 for v in pos.values())


def main() -> None:
    dev, heldout = build()
    _write(OUT_DIR / "corpus_dev13.jsonl", dev)
    _write(OUT_DIR / "corpus_heldout13.jsonl", heldout)
    print(f"wrote {len(dev)} dev13 and {len(heldout)} heldout13 records")
    if "--check" in sys.argv[1:]:
        self_check()


if __name__ == "__main__":
    main()
