"""Round-12 blind routing corpus: fresh phrasings for every family, in English and Chinese.

Run ``python tests/routing/make_corpus_round12.py`` to write ``corpus_dev12.jsonl`` and
``corpus_heldout12.jsonl`` next to this script. Every positive answer is computed here with
stdlib code (ints, Fraction, Decimal, direct string operations, analytic geometry).
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
FAM3 = {"arithmetic": "ari", "comparison": "cmp", "number_theory": "nt", "counting": "cnt",
        "geometry": "geo"}
NONE = {"type": "none"}

Result = tuple[str, dict[str, Any]]
TEMPLATES: list[tuple[str, str, str, str, Callable[[random.Random, int], Any]]] = []


def tpl(name: str, family: str, kind: str, lang: str) -> Callable[[Any], Any]:
    def deco(fn: Callable[[random.Random, int], Any]) -> Callable[[random.Random, int], Any]:
        TEMPLATES.append((name, family, kind, lang, fn))
        return fn
    return deco


# Answer helpers --------------------------------------------------------------------------------


def num(q: Fraction | int | Decimal) -> dict[str, Any]:
    if isinstance(q, Decimal):
        q = Fraction(q)
    return {"type": "number", "answer": str(Fraction(q))}


def real(expr: str) -> dict[str, Any]:
    return {"type": "real", "answer": expr}


def yesno(flag: bool) -> dict[str, Any]:
    return {"type": "bool", "answer": "yes" if flag else "no"}


def choice(text: str) -> dict[str, Any]:
    return {"type": "choice", "answer": text}


def text(answer: str) -> dict[str, Any]:
    return {"type": "text", "answer": answer}


def numlist(items: list[str], order: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "list", "elem": "number", "answer": items,
                           "ordered": order is not None}
    if order:
        out["order"] = order
    return out


def val(s: str) -> Fraction:
    """Exact value of a decimal or a/b string as written in a prompt."""
    s = s.replace(",", "").replace("−", "-")
    if "/" in s:
        sign = -1 if s.startswith("-") else 1
        a, b = s.lstrip("-").split("/")
        return sign * Fraction(int(a), int(b))
    return Fraction(Decimal(s))


def pi_expr(coef: Fraction) -> str:
    return "pi" if coef == 1 else f"{coef}*pi"


def sqrt_expr(n: int) -> str:
    """Exact sqrt(n) written as a*sqrt(b) with b square-free."""
    a, b = 1, n
    k = 2
    while k * k <= b:
        while b % (k * k) == 0:
            b //= k * k
            a *= k
        k += 1
    if b == 1:
        return str(a)
    return f"sqrt({b})" if a == 1 else f"{a}*sqrt({b})"


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    k = 2
    while k * k <= n:
        if n % k == 0:
            return False
        k += 1
    return True


def factorize(n: int) -> list[list[int]]:
    out: list[list[int]] = []
    k = 2
    while k * k <= n:
        e = 0
        while n % k == 0:
            n //= k
            e += 1
        if e:
            out.append([k, e])
        k += 1
    if n > 1:
        out.append([n, 1])
    return out


def is_happy(n: int) -> bool:
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1


ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def en_words(n: int) -> str:
    if n < 20:
        return ONES[n]
    t, o = divmod(n, 10)
    return TENS[t] + ("" if o == 0 else "-" + ONES[o])


ZH_DIGITS = "零一二三四五六七八九"
ZH_UNITS = ["", "十", "百", "千"]


def zh_words(n: int) -> str:
    """Chinese numerals for 1..9999 as written in primary-school exercises."""
    s = str(n)
    out, zero = "", False
    for i, ch in enumerate(s):
        d, pos = int(ch), len(s) - 1 - i
        if d == 0:
            zero = True
            continue
        if zero:
            out += "零"
            zero = False
        out += ("两" if d == 2 and pos == 3 else ZH_DIGITS[d]) + ZH_UNITS[pos]
    if 10 <= n < 20:
        out = out[1:]
    return out


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def shoelace2(pts: list[tuple[int, int]]) -> int:
    """Twice the signed area."""
    s = 0
    for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1], strict=True):
        s += x1 * y2 - x2 * y1
    return s


def cross(o: tuple[int, int], a: tuple[int, int], b: tuple[int, int]) -> int:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def locate(p: tuple[int, int], poly: list[tuple[int, int]]) -> str:
    """inside / boundary / outside for a point and a simple polygon (exact)."""
    for a, b in zip(poly, poly[1:] + poly[:1], strict=True):
        if (cross(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
                and min(a[1], b[1]) <= p[1] <= max(a[1], b[1])):
            return "boundary"
    inside = False
    x, y = p
    for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1], strict=True):
        if (y1 > y) != (y2 > y):
            xs = Fraction(x2 - x1) * (y - y1) / (y2 - y1) + x1
            if x < xs:
                inside = not inside
    return "inside" if inside else "outside"


def pt(p: tuple[int, int]) -> str:
    return f"({p[0]}, {p[1]})"


# Arithmetic ------------------------------------------------------------------------------------

ITEMS = ["oat milk", "sourdough", "eggs (a dozen)", "bananas", "coffee beans", "cheddar",
         "spinach", "greek yogurt", "pasta", "olive oil"]


@tpl("receipt_total", "arithmetic", "positive", "en")
def _receipt(rng: random.Random, i: int) -> Result:
    names = rng.sample(ITEMS, rng.randint(3, 5))
    prices = [Decimal(rng.randint(99, 1899)) / 100 for _ in names]
    lines = "\n".join(f"- {n} ${p:.2f}" for n, p in zip(names, prices, strict=True))
    return f"grocery run 🛒\n{lines}\n\nwhat did I spend altogether?", num(sum(prices))


@tpl("code_block_expr", "arithmetic", "positive", "en")
def _code_expr(rng: random.Random, i: int) -> Result:
    a, b, c, d = (rng.randint(3, 99) for _ in range(4))
    return (f"```\n({a} + {b}) * {c} - {d}\n```\nwhat does that come out to?",
            num((a + b) * c - d))


@tpl("tip_percent", "arithmetic", "positive", "en")
def _tip(rng: random.Random, i: int) -> Result:
    pct = rng.choice(["12.5", "15", "17.5", "18", "20", "22.5"])
    bill = rng.randint(40, 2400)
    return (f"Dinner for the whole team came to ${bill:,} and we're tipping {pct}%. "
            "How much is the tip, exactly?", num(Fraction(Decimal(pct)) * bill / 100))


@tpl("latex_boxed_fraction", "arithmetic", "positive", "en")
def _boxed(rng: random.Random, i: int) -> Result:
    while True:
        b, d = rng.randint(3, 20), rng.randint(3, 20)
        a, c = rng.randint(1, b - 1), rng.randint(1, d - 1)
        if math.gcd(a, b) == 1 and math.gcd(c, d) == 1:
            break
    op = rng.choice(["+", "-"])
    ans = Fraction(a, b) + Fraction(c, d) if op == "+" else Fraction(a, b) - Fraction(c, d)
    return (f"Compute $\\frac{{{a}}}{{{b}}} {op} \\frac{{{c}}}{{{d}}}$ and put the fully "
            "reduced result in \\boxed{}.", num(ans))


@tpl("quiz_mean", "arithmetic", "positive", "en")
def _mean(rng: random.Random, i: int) -> Result:
    scores = [rng.randint(55, 100) for _ in range(rng.randint(4, 7))]
    return (f"my quiz scores this term: {', '.join(map(str, scores))}. what's my mean score? "
            "(exact is fine, fractions ok)", num(Fraction(sum(scores), len(scores))))


@tpl("qa_factorial_ratio", "arithmetic", "positive", "en")
def _fact(rng: random.Random, i: int) -> Result:
    n = rng.randint(7, 15)
    k = n - rng.randint(2, 4)
    return f"Q: {n}!/{k}! = ?\nA:", num(math.factorial(n) // math.factorial(k))


@tpl("spelled_out_times", "arithmetic", "positive", "en")
def _words_times(rng: random.Random, i: int) -> Result:
    a, b = rng.randint(21, 99), rng.randint(11, 19)
    return (f"what's {en_words(a)} times {en_words(b)}? (spelling it out bc my number keys "
            "are broken lol)", num(a * b))


@tpl("zh_market_total", "arithmetic", "positive", "zh")
def _zh_market(rng: random.Random, i: int) -> Result:
    q1, q2 = rng.randint(2, 5), rng.randint(2, 5)
    p1, p2 = Decimal(rng.randint(25, 129)) / 10, Decimal(rng.randint(25, 129)) / 10
    f1, f2 = rng.sample(["苹果", "梨", "橙子", "香蕉", "葡萄"], 2)
    return (f"妈妈在菜市场买了{q1}斤{f1}，每斤{p1}元，又买了{q2}斤{f2}，每斤{p2}元，"
            "一共花了多少元？", num(q1 * p1 + q2 * p2))


@tpl("zh_remainder", "arithmetic", "positive", "zh")
def _zh_rem(rng: random.Random, i: int) -> Result:
    n, m = rng.randint(1000, 99999), rng.randint(7, 43)
    return f"{n} 除以 {m}，余数是几？", num(n % m)


@tpl("zh_power", "arithmetic", "positive", "zh")
def _zh_pow(rng: random.Random, i: int) -> Result:
    base = rng.randint(2, 9)
    top = int(12 / math.log10(base))
    e = rng.randint(5, min(top, 20))
    return f"{base}的{e}次方等于多少？", num(base**e)


@tpl("zh_simplest_radical", "arithmetic", "positive", "zh")
def _zh_rad(rng: random.Random, i: int) -> Result:
    a, b = rng.randint(2, 9), rng.choice([2, 3, 5, 6, 7, 10, 11, 13, 14, 15])
    return f"把 √{a * a * b} 化成最简二次根式。", real(f"{a}*sqrt({b})")


@tpl("zh_fraction_divide", "arithmetic", "positive", "zh")
def _zh_div(rng: random.Random, i: int) -> Result:
    while True:
        b, d = rng.randint(2, 12), rng.randint(2, 12)
        a, c = rng.randint(1, 11), rng.randint(1, 11)
        if math.gcd(a, b) == 1 and math.gcd(c, d) == 1 and a != b and c != d:
            break
    return (f"计算：{a}/{b} ÷ {c}/{d} ＝？（结果用最简分数表示）",
            num(Fraction(a, b) / Fraction(c, d)))


@tpl("zh_numeral_words", "arithmetic", "positive", "zh")
def _zh_words(rng: random.Random, i: int) -> Result:
    a, b = rng.randint(1001, 4999), rng.randint(11, 999)
    op = ["加上", "减去", "乘以", "加上"][i]
    ans = a + b if op == "加上" else a - b if op == "减去" else a * b
    if op == "乘以":
        b = rng.randint(2, 19)
        ans = a * b
    return f"{zh_words(a)}{op}{zh_words(b)}，结果是多少？", num(ans)


@tpl("neg_date_event", "arithmetic", "negative", "en")
def _neg_date(rng: random.Random, i: int) -> str:
    d = ["9/11", "7/4", "12/7", "11/11"][i]
    return f"why does everyone in the US talk about {d} every year?"


@tpl("neg_salary_enough", "arithmetic", "negative", "en")
def _neg_salary(rng: random.Random, i: int) -> str:
    city = ["Lisbon", "Austin", "Berlin", "Seoul"][i]
    return (f"If I take home ${rng.randint(28, 65) * 100:,} a month in {city}, "
            "is that enough to live comfortably?")


@tpl("neg_py2_division", "arithmetic", "negative", "en")
def _neg_py2(rng: random.Random, i: int) -> str:
    a, b = rng.randint(7, 99), rng.randint(2, 6)
    return (f"In Python 2, what does `print {a} / {b}` output, and why does Python 3 "
            "give something different?")


@tpl("neg_explain_reciprocal", "arithmetic", "negative", "en")
def _neg_recip(rng: random.Random, i: int) -> str:
    p, q = rng.randint(2, 9), rng.randint(2, 9)
    return (f"Explain why dividing by {p}/{q} is the same as multiplying by {q}/{p}. "
            "I want the intuition, not a number.")


@tpl("neg_recipe_eggs", "arithmetic", "negative", "en")
def _neg_eggs(rng: random.Random, i: int) -> str:
    cake = ["sponge cake", "cheesecake", "carrot cake", "pound cake"][i]
    return f"I'm baking a {cake} for {rng.randint(6, 20)} guests. How many eggs should I use?"


@tpl("zh_neg_bus_route", "arithmetic", "negative", "zh")
def _zh_neg_bus(rng: random.Random, i: int) -> str:
    city = ["北京", "上海", "广州", "成都"][i]
    return f"{city}{rng.randint(2, 999)}路公交车的末班车是几点？"


# Comparison ------------------------------------------------------------------------------------


def dec(rng: random.Random, lo: int, hi: int, places: int) -> str:
    v = Decimal(rng.randint(lo, hi)) / (10**places)
    return f"{v:.{places}f}"


@tpl("thermometer_lower", "comparison", "positive", "en")
def _thermo(rng: random.Random, i: int) -> Result:
    a = "-" + dec(rng, 10, 250, 1)
    b = "-" + dec(rng, 100, 2500, 2)
    if val(a) == val(b):
        b = "-" + dec(rng, 100, 2500, 2)
    low = a if val(a) < val(b) else b
    return (f"The thermometer read {a}°C at dawn and {b}°C at midnight. Which of those two "
            "numbers is lower?", choice(low))


def confusables(rng: random.Random, k: int, n: int) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        s = f"{k}." + "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(1, 3)))
        if s.endswith("0") or any(val(s) == val(t) for t in out):
            continue
        out.append(s)
    return out


@tpl("markdown_table_desc", "comparison", "positive", "en")
def _table(rng: random.Random, i: int) -> Result:
    vals = confusables(rng, rng.randint(0, 9), rng.randint(4, 5))
    rows = "\n".join(f"| {v} |" for v in vals)
    order = sorted(vals, key=val, reverse=True)
    return (f"| reading |\n|---|\n{rows}\n\nSort the column above from largest to smallest.",
            numlist(order, "desc"))


@tpl("fraction_vs_decimal_yn", "comparison", "positive", "en")
def _fvd(rng: random.Random, i: int) -> Result:
    while True:
        q = rng.randint(3, 13)
        p = rng.randint(1, q - 1)
        places = 2 if i % 2 else 3
        approx = Decimal(p) / Decimal(q)
        d = f"{approx + Decimal(rng.choice([-2, -1, 1, 2])) / 10**places:.{places}f}"
        if math.gcd(p, q) == 1 and val(d) != Fraction(p, q) and val(d) > 0:
            break
    return (f"Is {p}/{q} greater than {d}? Answer yes or no.",
            yesno(Fraction(p, q) > val(d)))


@tpl("bullet_biggest", "comparison", "positive", "en")
def _bullets(rng: random.Random, i: int) -> Result:
    k = rng.randint(0, 5)
    pool = [f"-{k}.5", f"-{k}.05", f"-{k + 5}", f"-{k}.55", f"-{k}.505", f"-{k}.45"]
    if k == 0:
        pool = [p for p in pool if p != "-0"]
    vals = rng.sample(pool, 4)
    body = "\n".join(f"• {v}" for v in vals)
    return f"Which of these is the biggest?\n{body}", choice(max(vals, key=val))


@tpl("kid_shorter_decimal", "comparison", "positive", "en")
def _kid(rng: random.Random, i: int) -> Result:
    k, d1, d2 = rng.randint(0, 9), rng.randint(1, 9), rng.randint(1, 9)
    a, b = f"{k}.{d1}{d2}", f"{k}.{d1}0{d2}"
    if rng.random() < 0.5:
        a, b = b, a
    return (f"{a} vs {b} — which one is smaller? (my kid insists the shorter one is always "
            "smaller 🙃)", choice(min(a, b, key=val)))


def mixed_values(rng: random.Random, n: int, neg: bool = False) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        if rng.random() < 0.5:
            q = rng.randint(3, 12)
            p = rng.randint(1, q - 1)
            if math.gcd(p, q) != 1:
                continue
            s = f"{p}/{q}"
        else:
            s = dec(rng, 1, 99, 2).rstrip("0")
        if neg and rng.random() < 0.4:
            s = "-" + s
        if any(val(s) == val(t) for t in out):
            continue
        out.append(s)
    return out


@tpl("ascending_mixed", "comparison", "positive", "en")
def _asc(rng: random.Random, i: int) -> Result:
    vals = mixed_values(rng, rng.randint(4, 5))
    return (f"Put {', '.join(vals[:-1])} and {vals[-1]} in ascending order.",
            numlist(sorted(vals, key=val), "asc"))


@tpl("qa_big_greater", "comparison", "positive", "en")
def _qa_big(rng: random.Random, i: int) -> Result:
    digits = [str(d) for d in rng.sample(range(10), 7)]
    if digits[0] == "0":
        digits[0], digits[1] = digits[1], digits[0]
    a = int("".join(digits))
    j = rng.randint(2, 5)
    digits[j], digits[j + 1] = digits[j + 1], digits[j]
    b = int("".join(digits))
    return f"Q: Which is greater — {a:,} or {b:,}?\nA:", choice(str(max(a, b)))


@tpl("zh_which_bigger_neg", "comparison", "positive", "zh")
def _zh_big(rng: random.Random, i: int) -> Result:
    k, d, e = rng.randint(0, 9), rng.randint(1, 8), rng.randint(1, 9)
    a, b = f"-{k}.{d}", f"-{k}.{d}{e}"
    if rng.random() < 0.5:
        a, b = b, a
    return f"{a} 和 {b} 哪个大？", choice(max(a, b, key=val))


@tpl("zh_sort_asc", "comparison", "positive", "zh")
def _zh_asc(rng: random.Random, i: int) -> Result:
    vals = mixed_values(rng, 4)
    return (f"把下面几个数从小到大排列：{'、'.join(vals)}",
            numlist(sorted(vals, key=val), "asc"))


@tpl("zh_fraction_bigger_yn", "comparison", "positive", "zh")
def _zh_fyn(rng: random.Random, i: int) -> Result:
    while True:
        q = rng.choice([3, 6, 7, 9, 11, 12])
        p = rng.randint(1, q - 1)
        places = rng.randint(2, 3)
        d = f"{Decimal(p) / Decimal(q):.{places}f}"
        if i % 2:
            d = f"{Decimal(d) + Decimal(1) / 10**places:.{places}f}"
        if math.gcd(p, q) == 1 and val(d) != Fraction(p, q):
            break
    return f"{p}/{q} 比 {d} 大吗？", yesno(Fraction(p, q) > val(d))


@tpl("zh_smallest_fullwidth", "comparison", "positive", "zh")
def _zh_small(rng: random.Random, i: int) -> Result:
    vals: list[str] = []
    while len(vals) < 5:
        s = rng.choice([str(rng.randint(-20, 20)), dec(rng, -200, 200, 1)])
        if s == "-0.0" or any(val(s) == val(t) for t in vals):
            continue
        vals.append(s)
    return f"这几个数里最小的是哪个？{'，'.join(vals)}", choice(min(vals, key=val))


@tpl("zh_sort_desc", "comparison", "positive", "zh")
def _zh_desc(rng: random.Random, i: int) -> Result:
    vals = mixed_values(rng, 5, neg=True)
    return (f"按从大到小的顺序排一下这几个数：{'，'.join(vals)}",
            numlist(sorted(vals, key=val, reverse=True), "desc"))


@tpl("zh_compare_which_smaller", "comparison", "positive", "zh")
def _zh_cmp(rng: random.Random, i: int) -> Result:
    while True:
        q = rng.choice([7, 9, 11, 13])
        p = rng.randint(1, q - 1)
        d = f"{float(Fraction(p, q)):.3f}"
        d = str(Decimal(d) + Decimal(rng.choice(["-0.001", "0.001", "0", "0"])))
        if val(d) != Fraction(p, q) and val(d) > 0:
            break
    f = f"{p}/{q}"
    return f"比较 {f} 与 {d} 的大小，哪个小？", choice(min(f, d, key=val))


@tpl("neg_node_version", "comparison", "negative", "en")
def _neg_node(rng: random.Random, i: int) -> str:
    tool, major = [("Node", 18), ("Python", 3), ("Postgres", 9), ("Kotlin", 1)][i]
    return f"Is {tool} {major}.{rng.randint(10, 19)} newer than {major}.{rng.randint(2, 9)}?"


@tpl("neg_world_cup_final", "comparison", "negative", "en")
def _neg_wc(rng: random.Random, i: int) -> str:
    year = [1998, 2006, 2014, 2022][i]
    return f"Which team scored more goals in the {year} World Cup final?"


@tpl("neg_city_bigger", "comparison", "negative", "en")
def _neg_city(rng: random.Random, i: int) -> str:
    a, b = [("Tokyo", "Delhi"), ("Lagos", "Cairo"), ("Paris", "London"), ("Lima", "Bogotá")][i]
    return f"Which is bigger, {a} or {b}?"


@tpl("neg_float_quirk", "comparison", "negative", "en")
def _neg_float(rng: random.Random, i: int) -> str:
    lang = ["JavaScript", "Python", "Java", "C#"][i]
    return f"Why does `0.1 + 0.2 > 0.3` evaluate to true in {lang}?"


@tpl("neg_gpa_vs_sat", "comparison", "negative", "en")
def _neg_gpa(rng: random.Random, i: int) -> str:
    gpa = f"{rng.randint(30, 40) / 10:.1f}"
    return f"Is a {gpa} GPA more impressive than a {rng.randint(120, 159) * 10} SAT score?"


@tpl("zh_neg_ios_version", "comparison", "negative", "zh")
def _zh_neg_ios(rng: random.Random, i: int) -> str:
    name = ["iOS", "微信", "安卓", "鸿蒙"][i]
    major = rng.randint(3, 18)
    return f"{name} {major}.{rng.randint(10, 19)} 和 {major}.{rng.randint(2, 9)} 哪个版本更新？"


# Number theory ---------------------------------------------------------------------------------

SMALL_PRIMES = [p for p in range(2, 200) if is_prime(p)]


@tpl("prime_code_block", "number_theory", "positive", "en")
def _prime_code(rng: random.Random, i: int) -> Result:
    if i % 2:
        p, q = rng.sample([p for p in SMALL_PRIMES if p > 40], 2)
        n = p * q
    else:
        n = rng.choice([k for k in range(1001, 20000, 2) if is_prime(k)])
    return f"```python\nn = {n}\n```\nIs n prime? Just yes or no.", yesno(is_prime(n))


@tpl("prime_powers_homework", "number_theory", "positive", "en")
def _pp(rng: random.Random, i: int) -> Result:
    n = 1
    for p in rng.sample([2, 3, 5, 7, 11, 13], rng.randint(2, 4)):
        n *= p ** rng.randint(1, 3)
    return (f"homework: write {n:,} as a product of prime powers (exponent form is fine)",
            {"type": "factorization", "answer": factorize(n), "n": n})


@tpl("hcf_british", "number_theory", "positive", "en")
def _hcf(rng: random.Random, i: int) -> Result:
    g = rng.randint(6, 60)
    x, y = rng.sample(range(5, 60), 2)
    return f"Find the HCF of {g * x} and {g * y}.", num(math.gcd(g * x, g * y))


@tpl("bus_lcm_story", "number_theory", "positive", "en")
def _bus(rng: random.Random, i: int) -> Result:
    a, b = rng.sample(range(6, 40), 2)
    return (f"Bus A leaves the depot every {a} minutes and bus B every {b} minutes. They both "
            "just left at the same moment. After how many minutes will they next leave "
            "together?", num(math.lcm(a, b)))


@tpl("biggest_prime_divisor", "number_theory", "positive", "en")
def _bpd(rng: random.Random, i: int) -> Result:
    ps = rng.sample(SMALL_PRIMES, 3)
    n = ps[0] * ps[1] * ps[2] * rng.choice([1, 2, 4, 3, 9])
    return (f"What's the biggest prime that divides {n}?",
            num(max(p for p, _ in factorize(n))))


@tpl("digit_total_commas", "number_theory", "positive", "en")
def _digits(rng: random.Random, i: int) -> Result:
    n = rng.randint(1_000_000, 999_999_999)
    return (f"Add together all the digits of {n:,} — what's the total?",
            num(sum(int(c) for c in str(n))))


@tpl("divisible_check", "number_theory", "positive", "en")
def _divis(rng: random.Random, i: int) -> Result:
    d = rng.choice([3, 4, 6, 7, 8, 9, 11])
    n = rng.randint(10_000, 999_999)
    if i % 2 == 0:
        n -= n % d
    return (f"Is {n:,} divisible by {d}? (no calculators in class, I just want to check my "
            "work)", yesno(n % d == 0))


@tpl("zh_is_prime", "number_theory", "positive", "zh")
def _zh_prime(rng: random.Random, i: int) -> Result:
    if i % 2:
        n = rng.choice([k for k in range(101, 2000, 2) if is_prime(k)])
    else:
        p, q = rng.sample(SMALL_PRIMES[2:25], 2)
        n = p * q
    return f"{n}是不是质数？", yesno(is_prime(n))


@tpl("zh_factorize", "number_theory", "positive", "zh")
def _zh_fac(rng: random.Random, i: int) -> Result:
    n = 1
    for p in rng.sample([2, 3, 5, 7, 11], 3):
        n *= p ** rng.randint(1, 3)
    return f"分解质因数：{n}＝？", {"type": "factorization", "answer": factorize(n), "n": n}


@tpl("zh_primes_within", "number_theory", "positive", "zh")
def _zh_pw(rng: random.Random, i: int) -> Result:
    n = [50, 100, 120, 150, 200, 250, 300, 500][rng.randint(0, 7)]
    return f"{n}以内一共有多少个质数？", num(sum(1 for k in range(2, n + 1) if is_prime(k)))


@tpl("zh_lcm_three", "number_theory", "positive", "zh")
def _zh_lcm(rng: random.Random, i: int) -> Result:
    a, b, c = rng.sample(range(4, 45), 3)
    return f"{a}、{b}和{c}的最小公倍数是几？", num(math.lcm(a, b, c))


@tpl("zh_is_even", "number_theory", "positive", "zh")
def _zh_even(rng: random.Random, i: int) -> Result:
    n = rng.randint(10**8, 10**10)
    return f"{n} 是偶数吗？", yesno(n % 2 == 0)


@tpl("zh_happy_defined", "number_theory", "positive", "zh")
def _zh_happy(rng: random.Random, i: int) -> Result:
    pool = [k for k in range(10, 500) if is_happy(k) == (i % 2 == 0)]
    n = rng.choice(pool)
    return (f"{n} 是快乐数吗？（把各位数字的平方相加，反复进行，最后能得到 1 的就是快乐数）",
            yesno(is_happy(n)))


@tpl("neg_prove_dirichlet", "number_theory", "negative", "en")
def _neg_dir(rng: random.Random, i: int) -> str:
    a, b = [(4, 3), (6, 5), (4, 1), (3, 2)][i]
    return f"Can you prove there are infinitely many primes of the form {a}k + {b}?"


@tpl("neg_largest_known_prime", "number_theory", "negative", "en")
def _neg_lkp(rng: random.Random, i: int) -> str:
    kind = ["prime", "Mersenne prime", "twin prime pair", "Sophie Germain prime"][i]
    return f"What's the largest known {kind} as of today, and who found it?"


@tpl("neg_miller_rabin_code", "number_theory", "negative", "en")
def _neg_mr(rng: random.Random, i: int) -> str:
    bases = ", ".join(map(str, sorted(rng.sample(SMALL_PRIMES[:10], 3))))
    lang = ["Python", "Rust", "Go", "C++"][i]
    return (f"Write a {lang} function that checks whether n is prime using Miller-Rabin "
            f"with bases {bases}.")


@tpl("neg_goldbach_proof", "number_theory", "negative", "en")
def _neg_gold(rng: random.Random, i: int) -> str:
    return (f"Has anyone proven that Goldbach's conjecture holds for every even number above "
            f"{rng.randint(4, 10**6):,}?")


@tpl("neg_locker_luck", "number_theory", "negative", "en")
def _neg_locker(rng: random.Random, i: int) -> str:
    a, b, c = sorted(rng.sample(SMALL_PRIMES[:16], 3))
    return f"My locker combo is {a}-{b}-{c} and they're all primes. Is that a sign of good luck?"


@tpl("zh_neg_why_explain", "number_theory", "negative", "zh")
def _zh_neg_why(rng: random.Random, i: int) -> str:
    return ["为什么 1 不是质数？给我讲讲道理", "为什么 0 算偶数？能解释一下吗",
            "为什么质数有无穷多个？讲一下思路就行", "为什么 2 是唯一的偶质数？"][i]


# Counting --------------------------------------------------------------------------------------

REPEAT_WORDS = ["strawberry", "mississippi", "bookkeeper", "banana", "committee", "possession",
                "occurrence", "parallel", "assessment", "tattoo", "referee", "pepper",
                "hippopotamus", "raspberry", "engineering", "independence", "bubble",
                "successful", "millennium", "grasshopper", "onomatopoeia", "barbarian"]
PLAIN_WORDS = ["lantern", "butterfly", "elephant", "giraffe", "keyboard", "information",
               "umbrella", "chocolate", "mountain", "window", "pencil", "notebook", "dragon",
               "marble", "orchestra", "triangle", "blanket", "squirrel", "volcano", "penguin",
               "cucumber", "lighthouse", "sandwich", "kangaroo", "telescope", "whistle"]


@tpl("spelling_bee_letters", "counting", "positive", "en")
def _bee(rng: random.Random, i: int) -> Result:
    w = rng.choice(REPEAT_WORDS)
    letter = rng.choice(sorted({c for c in w if w.count(c) >= 2}))
    return f"spelling bee prep 🐝 how many {letter}'s are in {w}?", num(w.count(letter))


@tpl("vowels_y_excluded", "counting", "positive", "en")
def _vowels(rng: random.Random, i: int) -> Result:
    w = rng.choice(REPEAT_WORDS + PLAIN_WORDS)
    return (f'Count the vowels (a, e, i, o, u only — y doesn\'t count) in "{w}".',
            num(sum(c in "aeiou" for c in w)))


ADJ = ["quick", "sleepy", "tiny", "angry", "golden", "old", "noisy", "clever", "brave"]
NOUN = ["fox", "dog", "cat", "farmer", "robot", "teacher", "river", "pilot", "baker"]
VERB = ["jumped", "walked", "raced", "looked", "swam", "climbed", "danced", "tiptoed"]
PREP = ["over", "under", "past", "around", "behind", "toward"]
TAIL = ["", " yesterday", " again", " before lunch", " in the rain", " very slowly"]


@tpl("words_in_sentence_arrow", "counting", "positive", "en")
def _wcount(rng: random.Random, i: int) -> Result:
    s = (f"The {rng.choice(ADJ)} {rng.choice(NOUN)} {rng.choice(VERB)} {rng.choice(PREP)} "
         f"the {rng.choice(ADJ)} {rng.choice(NOUN)}{rng.choice(TAIL)}")
    return f"How many words are in this sentence? → {s}", num(len(s.split()))


@tpl("spell_backwards", "counting", "positive", "en")
def _rev(rng: random.Random, i: int) -> Result:
    w = rng.choice(PLAIN_WORDS)
    return f"Spell '{w}' backwards.", text(w[::-1])


ANAGRAM_PAIRS = [("listen", "silent"), ("triangle", "integral"), ("elbow", "below"),
                 ("dusty", "study"), ("night", "thing"), ("state", "taste"), ("cider", "cried"),
                 ("planet", "plants"), ("silent", "tinsels"), ("stream", "masters"),
                 ("heart", "heath"), ("rescue", "secured"), ("bored", "robes"),
                 ("lemon", "melons"), ("races", "scarce"), ("angle", "angel")]


@tpl("anagram_yes_no", "counting", "positive", "en")
def _anag(rng: random.Random, i: int) -> Result:
    while True:
        a, b = rng.choice(ANAGRAM_PAIRS)
        ok = sorted(a) == sorted(b)
        if ok == (i % 2 == 0):
            break
    return f"Are '{a}' and '{b}' anagrams of each other? Yes or no.", yesno(ok)


@tpl("nth_letter_of", "counting", "positive", "en")
def _nth(rng: random.Random, i: int) -> Result:
    w = rng.choice(PLAIN_WORDS)
    k = rng.randint(2, len(w) - 1)
    return f"What is the {ordinal(k)} letter of the word {w}?", text(w[k - 1])


@tpl("which_word_longer", "counting", "positive", "en")
def _longer(rng: random.Random, i: int) -> Result:
    while True:
        a, b = rng.sample(PLAIN_WORDS, 2)
        if len(a) != len(b):
            break
    return (f"Which word has more letters: '{a}' or '{b}'?",
            {"type": "word_choice", "answer": a if len(a) > len(b) else b})


@tpl("zh_letter_in_word", "counting", "positive", "zh")
def _zh_letter(rng: random.Random, i: int) -> Result:
    w = rng.choice(REPEAT_WORDS)
    letter = rng.choice(sorted(set(w)))
    return f"单词 {w} 里有几个字母 {letter}？", num(w.count(letter))


@tpl("zh_word_length", "counting", "positive", "zh")
def _zh_len(rng: random.Random, i: int) -> Result:
    w = rng.choice(PLAIN_WORDS + REPEAT_WORDS)
    return f"“{w}”这个单词一共有多少个字母？", num(len(w))


@tpl("zh_distinct_letters", "counting", "positive", "zh")
def _zh_distinct(rng: random.Random, i: int) -> Result:
    w = rng.choice(REPEAT_WORDS)
    return f"“{w}”里有多少个不同的字母？", num(len(set(w)))


@tpl("zh_alphabetical", "counting", "positive", "zh")
def _zh_alpha(rng: random.Random, i: int) -> Result:
    ws = rng.sample(["pear", "apple", "mango", "kiwi", "cherry", "banana", "grape", "lemon",
                     "peach", "melon", "plum", "apricot"], rng.randint(4, 5))
    return (f"把这几个单词按字母表顺序排一下：{', '.join(ws)}",
            {"type": "list", "elem": "word", "answer": sorted(ws), "ordered": True})


@tpl("zh_last_letter", "counting", "positive", "zh")
def _zh_last(rng: random.Random, i: int) -> Result:
    w = rng.choice(PLAIN_WORDS)
    return f"“{w}”的最后一个字母是什么？", text(w[-1])


@tpl("zh_consonants", "counting", "positive", "zh")
def _zh_cons(rng: random.Random, i: int) -> Result:
    w = rng.choice([x for x in PLAIN_WORDS + REPEAT_WORDS if "y" not in x])
    return (f"“{w}”里有几个辅音字母？（元音只算 a、e、i、o、u）",
            num(sum(c not in "aeiou" for c in w)))


@tpl("neg_letter_stands_for", "counting", "negative", "en")
def _neg_stand(rng: random.Random, i: int) -> str:
    letter, word = [("e", "e-mail"), ("X", "X-ray"), ("i", "iPhone"), ("G", "5G")][i]
    return f"What does the {letter} in '{word}' stand for?"


@tpl("neg_essay_length", "counting", "negative", "en")
def _neg_essay(rng: random.Random, i: int) -> str:
    doc = ["college application essay", "cover letter", "eulogy", "best man speech"][i]
    return f"How many words should a {doc} be?"


@tpl("neg_letters_written", "counting", "negative", "en")
def _neg_letters(rng: random.Random, i: int) -> str:
    who = ["Van Gogh write to his brother Theo", "Jane Austen write to her sister Cassandra",
           "Kafka write to Felice Bauer", "John Adams write to Abigail"][i]
    return f"How many letters did {who}?"


@tpl("neg_rhyme_with_length", "counting", "negative", "en")
def _neg_rhyme(rng: random.Random, i: int) -> str:
    w = ["cat", "light", "moon", "rain"][i]
    return f"Give me a word that rhymes with '{w}' and has exactly {rng.randint(4, 7)} letters."


@tpl("neg_spell_in_language", "counting", "negative", "en")
def _neg_spell(rng: random.Random, i: int) -> str:
    w = rng.choice(PLAIN_WORDS)
    return f"How do you spell '{w}' in {['French', 'German', 'Spanish', 'Italian'][i]}?"


@tpl("zh_neg_stroke_count", "counting", "negative", "zh")
def _zh_neg_stroke(rng: random.Random, i: int) -> str:
    return f"汉字“{['龘', '鬱', '赢', '餐'][i]}”一共有几画？"


# Geometry --------------------------------------------------------------------------------------


@tpl("how_far_apart", "geometry", "positive", "en")
def _far(rng: random.Random, i: int) -> Result:
    a = (rng.randint(-9, 9), rng.randint(-9, 9))
    b = (rng.randint(-9, 9), rng.randint(-9, 9))
    while b == a:
        b = (rng.randint(-9, 9), rng.randint(-9, 9))
    d2 = (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2
    return (f"How far apart are the points {pt(a)} and {pt(b)}? Exact answer please.",
            real(sqrt_expr(d2)))


@tpl("triangle_vertices_dash", "geometry", "positive", "en")
def _tri(rng: random.Random, i: int) -> Result:
    while True:
        ps = [(rng.randint(-6, 12), rng.randint(-6, 12)) for _ in range(3)]
        s = shoelace2(ps)
        if s:
            break
    a, b, c = ps
    return (f"Triangle with vertices A{pt(a)}, B{pt(b)}, C{pt(c)} — area?",
            num(Fraction(abs(s), 2)))


@tpl("pizza_diameter_pi", "geometry", "positive", "en")
def _pizza(rng: random.Random, i: int) -> Result:
    d = rng.randint(8, 20)
    return (f"A {d}-inch pizza (that's the diameter) — what's its area in square inches? "
            "Leave π in the answer.", real(pi_expr(Fraction(d, 2) ** 2)))


@tpl("l_shape_where", "geometry", "positive", "en")
def _lshape(rng: random.Random, i: int) -> Result:
    w, h = rng.randint(6, 12), rng.randint(6, 12)
    nx, ny = rng.randint(2, w - 2), rng.randint(2, h - 2)
    poly = [(0, 0), (w, 0), (w, ny), (nx, ny), (nx, h), (0, h)]
    want = ["inside", "boundary", "outside", "outside"][i]
    while True:
        if i == 3:
            p = (rng.randint(nx + 1, w), rng.randint(ny + 1, h))
        else:
            p = (rng.randint(-1, w + 1), rng.randint(-1, h + 1))
        if locate(p, poly) == want:
            break
    path = " → ".join(pt(v) for v in poly)
    return (f"Polygon: {path}. Where is the point {pt(p)}: inside, outside, or on the "
            "boundary?", {"type": "relation", "answer": want})


@tpl("circles_common_point", "geometry", "positive", "en")
def _circles(rng: random.Random, i: int) -> Result:
    c1 = (rng.randint(-5, 5), rng.randint(-5, 5))
    r1 = rng.randint(3, 9)
    if i == 1:  # externally tangent
        dx, dy, d = rng.choice([(3, 4, 5), (6, 8, 10), (5, 12, 13), (0, 7, 7), (8, 6, 10)])
        r2 = d - r1 if d > r1 else d + r1
        if r2 == d + r1:
            r1, r2 = r2, r1  # internal tangency instead
        c2 = (c1[0] + dx, c1[1] + dy)
    else:
        while True:
            c2 = (rng.randint(-12, 12), rng.randint(-12, 12))
            r2 = rng.randint(1, 9)
            d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
            kind = ("cross" if (r1 - r2) ** 2 < d2 < (r1 + r2) ** 2 else
                    "apart" if d2 > (r1 + r2) ** 2 else "nested" if d2 < (r1 - r2) ** 2
                    else "tangent")
            if kind == ["cross", "", "apart", "nested"][i]:
                break
    d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
    common = (r1 - r2) ** 2 <= d2 <= (r1 + r2) ** 2
    return (f"Circle A: centre {pt(c1)}, r = {r1}. Circle B: centre {pt(c2)}, r = {r2}. "
            "Do the two circles share at least one point?", yesno(common))


@tpl("segments_bracket_pairs", "geometry", "positive", "en")
def _segs(rng: random.Random, i: int) -> Result:
    while True:
        p1, p2, p3, p4 = ((rng.randint(0, 10), rng.randint(0, 10)) for _ in range(4))
        o = [cross(p1, p2, p3), cross(p1, p2, p4), cross(p3, p4, p1), cross(p3, p4, p2)]
        if 0 in o:
            continue
        hit = o[0] * o[1] < 0 and o[2] * o[3] < 0
        if hit == (i % 2 == 0):
            break
    return (f"Do the segments [{pt(p1)}, {pt(p2)}] and [{pt(p3)}, {pt(p4)}] intersect?",
            yesno(hit))


@tpl("fence_perimeter", "geometry", "positive", "en")
def _fence(rng: random.Random, i: int) -> Result:
    x0, y0 = rng.randint(0, 20), rng.randint(0, 20)
    if i % 2:
        k = rng.randint(2, 9)
        poly = [(x0, y0), (x0 + 3 * k, y0), (x0, y0 + 4 * k)]
        per = 12 * k
    else:
        w, h = rng.randint(5, 40), rng.randint(5, 40)
        poly = [(x0, y0), (x0 + w, y0), (x0 + w, y0 + h), (x0, y0 + h)]
        per = 2 * (w + h)
    corners = ", ".join(pt(v) for v in poly)
    return (f"I'm fencing a garden whose corners are at {corners} (units are metres). How "
            "many metres of fence do I need to go all the way around?", num(per))


@tpl("zh_circle_area_keep_pi", "geometry", "positive", "zh")
def _zh_circ(rng: random.Random, i: int) -> Result:
    r = Decimal(rng.randint(2, 40)) / (2 if i % 2 else 1)
    return (f"一个圆的半径是 {r} 厘米，它的面积是多少平方厘米？（结果保留 π）",
            real(pi_expr(Fraction(r) ** 2)))


@tpl("zh_distance_ab", "geometry", "positive", "zh")
def _zh_dist(rng: random.Random, i: int) -> Result:
    a = (rng.randint(-8, 8), rng.randint(-8, 8))
    b = (rng.randint(-8, 8), rng.randint(-8, 8))
    while b == a:
        b = (rng.randint(-8, 8), rng.randint(-8, 8))
    d2 = (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2
    return (f"在平面直角坐标系中，点A{pt(a)}和点B{pt(b)}之间的距离是多少？",
            real(sqrt_expr(d2)))


@tpl("zh_kite_area", "geometry", "positive", "zh")
def _zh_kite(rng: random.Random, i: int) -> Result:
    cx, cy = rng.randint(-5, 5), rng.randint(-5, 5)
    a, b, c, d = (rng.randint(1, 8) for _ in range(4))
    poly = [(cx + a, cy), (cx, cy + b), (cx - c, cy), (cx, cy - d)]
    assert abs(shoelace2(poly)) == (a + c) * (b + d)
    return (f"以{'、'.join(pt(v) for v in poly)}为顶点的四边形，面积是多少？",
            num(Fraction(abs(shoelace2(poly)), 2)))


@tpl("zh_point_in_triangle", "geometry", "positive", "zh")
def _zh_pit(rng: random.Random, i: int) -> Result:
    while True:
        tri = [(rng.randint(-4, 10), rng.randint(-4, 10)) for _ in range(3)]
        if abs(shoelace2(tri)) >= 20:
            break
    want = ["inside", "boundary", "outside", "inside"][i]
    while True:
        p = (rng.randint(-4, 10), rng.randint(-4, 10))
        if locate(p, tri) == want:
            break
    a, b, c = tri
    return (f"点P{pt(p)}在三角形ABC的内部、外部还是边上？其中A{pt(a)}，B{pt(b)}，C{pt(c)}。",
            {"type": "relation", "answer": want})


@tpl("zh_circles_tangent", "geometry", "positive", "zh")
def _zh_tan(rng: random.Random, i: int) -> Result:
    r1 = rng.randint(2, 9)
    dx, dy, d = rng.choice([(3, 4, 5), (6, 8, 10), (5, 12, 13), (0, 6, 6), (8, 15, 17)])
    if i == 0:
        r2 = d - r1 if d > r1 + 1 else d + r1
    elif i == 1:
        r2 = d + r1
    else:
        r2 = d - r1 + (1 if i == 2 else -1)
        if r2 < 1 or r2 == r1:
            r2 = d + r1 + 2
    d2 = d * d
    tangent = d2 in ((r1 + r2) ** 2, (r1 - r2) ** 2)
    c1 = (rng.randint(-5, 5), rng.randint(-5, 5))
    c2 = (c1[0] + dx, c1[1] + dy)
    return (f"圆O₁：圆心{pt(c1)}，半径{r1}；圆O₂：圆心{pt(c2)}，半径{r2}。这两个圆相切吗？",
            yesno(tangent))


@tpl("zh_triangle_fullwidth", "geometry", "positive", "zh")
def _zh_tri(rng: random.Random, i: int) -> Result:
    while True:
        ps = [(rng.randint(-5, 9), rng.randint(-5, 9)) for _ in range(3)]
        if shoelace2(ps):
            break
    shown = "，".join(f"{n}（{x}，{y}）" for n, (x, y) in zip("ABC", ps, strict=True))
    return (f"已知三角形三个顶点的坐标分别为{shown}，求这个三角形的面积。",
            num(Fraction(abs(shoelace2(ps)), 2)))


@tpl("neg_figure_above", "geometry", "negative", "en")
def _neg_fig(rng: random.Random, i: int) -> str:
    given = ["the square has side", "the semicircle has radius", "the rectangle has width",
             "the sector has radius"][i]
    return (f"In the figure above, {given} {rng.randint(3, 12)} cm. "
            "Find the area of the shaded region.")


@tpl("neg_country_area", "geometry", "negative", "en")
def _neg_country(rng: random.Random, i: int) -> str:
    c = ["Portugal", "Kenya", "New Zealand", "Uruguay"][i]
    return f"What is the total land area of {c} in square kilometres?"


@tpl("neg_prove_theorem", "geometry", "negative", "en")
def _neg_prove(rng: random.Random, i: int) -> str:
    return ["Prove that an angle inscribed in a semicircle is a right angle.",
            "Prove that the medians of a triangle meet at a single point.",
            "Prove that the base angles of an isosceles triangle are equal.",
            "Prove that the diagonals of a rhombus are perpendicular."][i]


@tpl("neg_crow_flies", "geometry", "negative", "en")
def _neg_crow(rng: random.Random, i: int) -> str:
    a, b = [("Madrid", "Rome"), ("Denver", "Chicago"), ("Osaka", "Busan"),
            ("Nairobi", "Kampala")][i]
    return f"How far is {a} from {b} as the crow flies?"


@tpl("zh_neg_figure", "geometry", "negative", "zh")
def _zh_neg_fig(rng: random.Random, i: int) -> str:
    return [f"如图，已知AB={rng.randint(4, 12)}，求阴影部分的面积。",
            f"如图所示，正方形边长为{rng.randint(4, 12)}厘米，求阴影部分的周长。",
            "如图，AD是△ABC的中线，求∠BAD的度数。",
            f"如下图，圆的半径是{rng.randint(2, 9)}，求图中涂色部分的面积。"][i]


# Building --------------------------------------------------------------------------------------


def build() -> list[dict[str, Any]]:
    rng = random.Random(12)
    records: list[dict[str, Any]] = []
    seen: set[str] = set()
    names: set[str] = set()
    for t, (name, family, kind, lang, fn) in enumerate(TEMPLATES):
        assert name not in names, name
        names.add(name)
        split = "dev12" if t % 2 == 0 else "heldout12"
        for i in range(4):
            for _ in range(200):
                out = fn(rng, i)
                prompt, expected = (out, NONE) if kind == "negative" else out
                if prompt not in seen:
                    break
            else:
                raise RuntimeError(f"cannot make a fresh prompt for {name}")
            seen.add(prompt)
            records.append({
                "id": f"r12-{FAM3[family]}-{lang}-{name}-{i}", "split": split, "kind": kind,
                "family": family, "lang": lang, "template": f"r12_{name}", "prompt": prompt,
                "expected": dict(expected),
            })
    return records


def main() -> None:
    records = build()
    for split in ("dev12", "heldout12"):
        path = HERE / f"corpus_{split}.jsonl"
        lines = [json.dumps(r, ensure_ascii=False) for r in records if r["split"] == split]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{path.name}: {len(lines)} records")


if __name__ == "__main__":
    main()
