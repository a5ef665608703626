"""Round 25 of the labelled routing corpus: an independent blind round written from scratch.

Every template, phrasing and instance in this file was invented for round 25 without looking at
earlier rounds. Each template yields four records and belongs entirely to one split (``dev25``
or ``heldout25``). Positives are questions a deterministic math / string / geometry tool can
answer exactly; their expected answers are computed here (integers, ``Fraction``, trial
division, direct counting, analytic circle formulas), never typed in. Negatives look numeric or
wordy but need outside knowledge, opinion, code, or a different world (clocks, maps, versions),
so no tool should answer them.

Run ``python tests/routing/make_corpus_round25.py`` to write ``corpus_dev25.jsonl`` and
``corpus_heldout25.jsonl`` next to this file.
"""

import json
import math
import random
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parent
ROUND = 25

Pair = tuple[str, dict]
Gen = Callable[[random.Random], list[Pair]]

TEMPLATES: list[tuple[str, str, str, str, str, Gen]] = []
FAM3 = {"arithmetic": "ari", "comparison": "cmp", "counting": "cnt", "geometry": "geo",
        "number_theory": "nth"}


def tpl(name: str, family: str, lang: str, kind: str, split: str) -> Callable[[Gen], Gen]:
    def deco(fn: Gen) -> Gen:
        TEMPLATES.append((name, family, lang, kind, split, fn))
        return fn
    return deco


# Expected-answer helpers -----------------------------------------------------------------------

NONE = {"type": "none"}


def num(q: Fraction | int) -> dict:
    return {"type": "number", "answer": str(Fraction(q))}


def real(expr: str) -> dict:
    return {"type": "real", "answer": expr}


def yn(flag: bool) -> dict:
    return {"type": "bool", "answer": "yes" if flag else "no"}


def choice(s: str) -> dict:
    return {"type": "choice", "answer": s}


def text(s: str) -> dict:
    return {"type": "text", "answer": s}


def word_choice(s: str) -> dict:
    return {"type": "word_choice", "answer": s}


def lst(items: list[str], elem: str, ordered: bool, order: str | None = None) -> dict:
    d: dict = {"type": "list", "answer": items, "elem": elem, "ordered": ordered}
    if order:
        d["order"] = order
    return d


def rel(answer: str, yes_if: str | None = None) -> dict:
    d = {"type": "relation", "answer": answer}
    if yes_if:
        d["yes_if"] = yes_if
    return d


def fact(n: int) -> dict:
    return {"type": "factorization", "answer": [[p, e] for p, e in factorize(n)], "n": n}


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


def dec(q: Fraction) -> str:
    """A terminating rational written as a plain decimal."""
    q = Fraction(q)
    sign = "-" if q < 0 else ""
    q = abs(q)
    k = 0
    while (q * 10**k).denominator != 1:
        k += 1
    s = str(int(q * 10**k)).rjust(k + 1, "0")
    return sign + (s[:-k] + "." + s[-k:] if k else s)


def val(s: str) -> Fraction:
    return Fraction(s.replace(",", "").replace("−", "-"))


def sqrt_parts(n: int) -> tuple[int, int]:
    """sqrt(n) == k * sqrt(m) with m square-free."""
    k, m = 1, n
    d = 2
    while d * d <= m:
        while m % (d * d) == 0:
            m //= d * d
            k *= d
        d += 1
    return k, m


def sqrt_expr(n: int) -> str:
    k, m = sqrt_parts(n)
    if m == 1:
        return str(k)
    return f"sqrt({m})" if k == 1 else f"{k}*sqrt({m})"


def sum_sqrt_expr(squares: list[int]) -> str:
    coef: dict[int, int] = {}
    for s in squares:
        k, m = sqrt_parts(s)
        coef[m] = coef.get(m, 0) + k
    terms = []
    for m in sorted(coef):
        k = coef[m]
        if m == 1:
            terms.append(str(k))
        else:
            terms.append(f"sqrt({m})" if k == 1 else f"{k}*sqrt({m})")
    return " + ".join(terms)


def pi_expr(q: Fraction) -> str:
    return f"{Fraction(q)}*pi"


def pt(p: tuple[int, int], tight: bool = False) -> str:
    return f"({p[0]},{p[1]})" if tight else f"({p[0]}, {p[1]})"


def pts(ps: list[tuple[int, int]], sep: str = ", ", last: str | None = None,
        tight: bool = False) -> str:
    items = [pt(p, tight) for p in ps]
    if last is None:
        return sep.join(items)
    return sep.join(items[:-1]) + last + items[-1]


def cross(o: tuple[int, int], a: tuple[int, int], b: tuple[int, int]) -> int:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def shoelace(poly: list[tuple[int, int]]) -> Fraction:
    s = 0
    for i, (x1, y1) in enumerate(poly):
        x2, y2 = poly[(i + 1) % len(poly)]
        s += x1 * y2 - x2 * y1
    return Fraction(abs(s), 2)


def locate(p: tuple[int, int], poly: list[tuple[int, int]]) -> str:
    x, y = p
    inside = False
    for i, a in enumerate(poly):
        b = poly[(i + 1) % len(poly)]
        if (cross(a, b, p) == 0 and min(a[0], b[0]) <= x <= max(a[0], b[0])
                and min(a[1], b[1]) <= y <= max(a[1], b[1])):
            return "boundary"
        if (a[1] > y) != (b[1] > y):
            xi = a[0] + Fraction((y - a[1]) * (b[0] - a[0]), b[1] - a[1])
            if x < xi:
                inside = not inside
    return "inside" if inside else "outside"


def star_polygon(rng: random.Random, k: int, span: int = 5) -> list[tuple[int, int]]:
    """A simple polygon (star-shaped around its hidden centre) with integer vertices."""
    while True:
        cand: set[tuple[int, int]] = set()
        while len(cand) < k:
            p = (rng.randint(-span, span), rng.randint(-span, span))
            if p != (0, 0):
                cand.add(p)
        poly = sorted(cand, key=lambda p: math.atan2(p[1], p[0]))
        o = (0, 0)
        if any(cross(o, poly[i], poly[(i + 1) % k]) <= 0 for i in range(k)):
            continue
        if any(cross(poly[i], poly[(i + 1) % k], poly[(i + 2) % k]) == 0 for i in range(k)):
            continue
        dx, dy = rng.randint(0, span + 2), rng.randint(0, span + 2)
        return [(x + dx, y + dy) for x, y in poly]


def circle_eq(c: tuple[int, int], r2: int) -> str:
    def part(var: str, v: int) -> str:
        if v == 0:
            return f"{var}²"
        return f"({var} − {v})²" if v > 0 else f"({var} + {-v})²"
    return f"{part('x', c[0])} + {part('y', c[1])} = {r2}"


def seg_count(a, b, c, d) -> int | None:
    o = [cross(a, b, c), cross(a, b, d), cross(c, d, a), cross(c, d, b)]
    if 0 in o:
        return None
    return int(o[0] * o[1] < 0 and o[2] * o[3] < 0)


ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth"]
ORD_NUM = ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th"]
ZH_NUM = {5: "五", 12: "十二", 15: "十五", 20: "二十", 25: "二十五", 30: "三十", 40: "四十",
          60: "六十", 75: "七十五"}
VOWELS = set("aeiou")
CONSONANTS = set("bcdfghjklmnpqrstvwxz")


def cents(c: int) -> str:
    return f"{c // 100}.{c % 100:02d}"


def zh_pt(p: tuple[int, int]) -> str:
    return f"（{p[0]}，{p[1]}）"


# ARITHMETIC ====================================================================================


@tpl("receipt_total", "arithmetic", "en", "positive", "dev")
def t_receipt_total(rng):
    forms = ["I grabbed a few things at the store: ${a}, ${b} and ${c}. What's the total? "
             "Just the number please.",
             "Add these prices up for me: {a}, {b}, {c}. What do they come to?",
             "what do {a} + {b} + {c} add up to",
             "Three receipts from today: {a}, {b} and {c}. Total?"]
    out = []
    for f in forms:
        cs = [rng.randint(50, 2500) for _ in range(3)]
        a, b, c = (cents(x) for x in cs)
        out.append((f.format(a=a, b=b, c=c), num(Fraction(sum(cs), 100))))
    return out


@tpl("pct_of_quick", "arithmetic", "en", "positive", "dev")
def t_pct_of_quick(rng):
    forms = ["quick one: what's {p}% of {n}?",
             "What is {p} percent of {n}?",
             "Could you work out {p}% of {n}? I'm double-checking a discount.",
             "{p}% of {n} = ?"]
    ps = rng.sample(["15", "12.5", "35", "8", "40", "2.5", "60", "22"], 4)
    out = []
    for i, (f, p) in enumerate(zip(forms, ps, strict=True)):
        n = rng.randint(1000, 9000) if i == 1 else rng.randint(40, 900)
        shown = f"{n:,}" if i == 1 else str(n)
        out.append((f.format(p=p, n=shown), num(Fraction(p) * n / 100)))
    return out


@tpl("power_of_homework", "arithmetic", "en", "positive", "dev")
def t_power_of_homework(rng):
    forms = ["What's {a} to the power of {b}? Checking my kid's homework.",
             "Work out {a} raised to the power of {b}.",
             "Could you tell me what {a} to the power of {b} is",
             "I need {a} to the power of {b}, exact value please."]
    pairs = rng.sample([(a, b) for a in range(2, 13) for b in range(3, 9)], 4)
    return [(f.format(a=a, b=b), num(a ** b)) for f, (a, b) in zip(forms, pairs, strict=True)]


@tpl("unicode_paren_expr", "arithmetic", "en", "positive", "dev")
def t_unicode_paren_expr(rng):
    out = []
    a, b, c, d, e = (rng.randint(2, 30) for _ in range(5))
    out.append((f"({a} − {b}) × {c} ÷ {d} + {e} = ?", num(Fraction((a - b) * c, d) + e)))
    a, b, c, d, e = (rng.randint(2, 30) for _ in range(5))
    out.append((f"Evaluate {a} × ({b} + {c}) − {d} ÷ {e}", num(a * (b + c) - Fraction(d, e))))
    a, b, d = (rng.randint(2, 40) for _ in range(3))
    c = d + rng.randint(1, 9)
    out.append((f"What is ({a} + {b}) ÷ ({c} − {d})?", num(Fraction(a + b, c - d))))
    a, b, c, d = (rng.randint(2, 25) for _ in range(4))
    out.append((f"Can you simplify {a} − {b} ÷ ({c} × {d}) for me? An exact fraction is fine.",
                num(a - Fraction(b, c * d))))
    return out


@tpl("remainder_when_dividing", "arithmetic", "en", "positive", "dev")
def t_remainder_when_dividing(rng):
    forms = ["When you divide {n} by {d}, what remainder do you get?",
             "What's {n} mod {d}?",
             "{n} divided by {d} leaves what remainder?",
             "remainder of {n} ÷ {d}? just the number"]
    out = []
    for i, f in enumerate(forms):
        n = rng.randint(1000, 99999)
        d = rng.randint(3, 19)
        shown = f"{n:,}" if i == 0 else str(n)
        out.append((f.format(n=shown, d=d), num(n % d)))
    return out


@tpl("zh_jia_jian_chain", "arithmetic", "zh", "positive", "dev")
def t_zh_jia_jian_chain(rng):
    out = []
    a, b, c = (rng.randint(10, 999) for _ in range(3))
    out.append((f"{a}加{b}减{c}等于多少？", num(a + b - c)))
    a, b, c = (rng.randint(10, 999) for _ in range(3))
    out.append((f"请问{a}减{b}再加{c}是多少", num(a - b + c)))
    a, b, c = (rng.randint(10, 999) for _ in range(3))
    out.append((f"帮我算一下：{a}加上{b}，再减去{c}", num(a + b - c)))
    a, b, c = (rng.randint(10, 999) for _ in range(3))
    out.append((f"{a}减去{b}加{c}，结果是多少？", num(a - b + c)))
    return out


@tpl("zh_chu_fenshu", "arithmetic", "zh", "positive", "dev")
def t_zh_chu_fenshu(rng):
    forms = ["{a}除以{b}等于多少？用分数表示。",
             "{a}除以{b}是多少，结果写成最简分数",
             "算一下{a}÷{b}，给我精确值",
             "请问{a}除以{b}的结果是几？"]
    out = []
    for f in forms:
        while True:
            a, b = rng.randint(5, 200), rng.randint(6, 40)
            if a % b:
                break
        out.append((f.format(a=a, b=b), num(Fraction(a, b))))
    return out


@tpl("zh_cifang", "arithmetic", "zh", "positive", "dev")
def t_zh_cifang(rng):
    forms = ["{a}的{b}次方是多少？", "{a}的{b}次方等于多少", "请计算{a}的{b}次方。",
             "问一下，{a}的{b}次方得多少？"]
    pairs = rng.sample([(a, b) for a in range(2, 16) for b in range(2, 7)], 4)
    return [(f.format(a=a, b=b), num(a ** b)) for f, (a, b) in zip(forms, pairs, strict=True)]


@tpl("neg_clock_time", "arithmetic", "en", "negative", "dev")
def t_neg_clock_time(rng):
    return [(p, NONE) for p in [
        "My train leaves at 10:50 and the trip takes 2 hours 25 minutes. What time do I get in?",
        "If it's 11 pm now, what time will it be in 5 hours?",
        "My flight departs New York at 6:40 pm and takes 7 hours 10 minutes to reach London. "
        "What's the local time when I land?",
        "The meeting starts at 9:45 and runs 90 minutes, so when does it end?"]]


@tpl("neg_tip_advice", "arithmetic", "en", "negative", "dev")
def t_neg_tip_advice(rng):
    return [(p, NONE) for p in [
        "Is 15% of 80 dollars a decent tip at a restaurant in Tokyo?",
        "My bill was $64. Should I tip 18% or 20% in New York?",
        "Is it rude to leave a 10% tip on a $120 dinner?",
        "What percentage is normal to tip a hairdresser on a $45 haircut?"]]


@tpl("zh_neg_shuifei", "arithmetic", "zh", "negative", "dev")
def t_zh_neg_shuifei(rng):
    return [(p, NONE) for p in [
        "月薪12000元在北京要交多少个人所得税？",
        "年终奖30000块扣完税还剩多少？",
        "在上海买一套300万的房子，首付要多少？",
        "现在100美元能换多少人民币？"]]


@tpl("sqrt_worksheet", "arithmetic", "en", "positive", "heldout")
def t_sqrt_worksheet(rng):
    forms = ["Can you tell me the square root of {n}?",
             "what's √{n}",
             "I'm checking my daughter's worksheet. What is the square root of {n}?",
             "Square root of {n}, please. Just the number."]
    ks = rng.sample(range(32, 100), 4)
    out = []
    for i, (f, k) in enumerate(zip(forms, ks, strict=True)):
        n = k * k
        out.append((f.format(n=f"{n:,}" if i == 0 else n), num(k)))
    return out


@tpl("exact_fraction_divide", "arithmetic", "en", "positive", "heldout")
def t_exact_fraction_divide(rng):
    forms = ["If I divide {a} by {b}, what exact fraction do I get?",
             "Give me {a} ÷ {b} as a fraction in lowest terms.",
             "{a} divided by {b}, exact answer, no decimals please",
             "What is {a}/{b} simplified?"]
    out = []
    for f in forms:
        while True:
            a, b = rng.randint(6, 300), rng.randint(8, 60)
            if a % b and math.gcd(a, b) > 1:
                break
        out.append((f.format(a=a, b=b), num(Fraction(a, b))))
    return out


@tpl("factorial_value", "arithmetic", "en", "positive", "heldout")
def t_factorial_value(rng):
    forms = ["What does {n}! come out to?", "compute the factorial of {n}",
             "Hey, what's {n} factorial?", "I need the value of {n}! for a probability problem."]
    ns = rng.sample(range(6, 16), 4)
    return [(f.format(n=n), num(math.factorial(n))) for f, n in zip(forms, ns, strict=True)]


@tpl("multiply_these", "arithmetic", "en", "positive", "heldout")
def t_multiply_these(rng):
    out = []
    a, b, c, d = (rng.randint(2, 40) for _ in range(4))
    out.append((f"Multiply these together: {a}, {b}, {c} and {d}.", num(a * b * c * d)))
    a, b, c = (rng.randint(2, 99) for _ in range(3))
    out.append((f"What's the product of {a}, {b}, and {c}?", num(a * b * c)))
    a, b, c = (rng.randint(2, 60) for _ in range(3))
    out.append((f"{a} times {b} times {c}, what do I get?", num(a * b * c)))
    a, b, c, d = (rng.randint(2, 30) for _ in range(4))
    out.append((f"Find the product of the numbers {a}; {b}; {c}; {d}.", num(a * b * c * d)))
    return out


@tpl("decimal_mix_exact", "arithmetic", "en", "positive", "heldout")
def t_decimal_mix_exact(rng):
    def d1() -> Fraction:
        return Fraction(rng.choice([k for k in range(11, 100) if k % 10]), 10)

    def d2() -> Fraction:
        return Fraction(rng.randint(101, 999), 100)

    out = []
    a, b, c = d1(), d1(), d2()
    out.append((f"{dec(a)} * {dec(b)} - {dec(c)} = ? keep it exact", num(a * b - c)))
    a, b, c = d2(), d1(), d1()
    out.append((f"What's {dec(a)} × {dec(b)} + {dec(c)}?", num(a * b + c)))
    a, b, c = d2() * 10, d1(), d2()
    out.append((f"{dec(a)} − {dec(b)} × {dec(c)}, what does that give?", num(a - b * c)))
    a, b, c = d1(), d2(), d1()
    out.append((f"Could you do ({dec(a)} + {dec(b)}) × {dec(c)} for me?", num((a + b) * c)))
    return out


@tpl("zh_baifenbi", "arithmetic", "zh", "positive", "heldout")
def t_zh_baifenbi(rng):
    ps = rng.sample(sorted(ZH_NUM), 4)
    out = []
    n = rng.randint(2, 100) * 20
    out.append((f"{n}的{ps[0]}%是多少？", num(Fraction(ps[0] * n, 100))))
    n = rng.randint(2, 100) * 20
    out.append((f"{n}的百分之{ZH_NUM[ps[1]]}是多少", num(Fraction(ps[1] * n, 100))))
    n = rng.randint(30, 999)
    out.append((f"算一下{n}乘以{ps[2]}%等于几", num(Fraction(ps[2] * n, 100))))
    n = rng.randint(2, 100) * 10
    out.append((f"请问{n}元的{ps[3]}%是多少钱？", num(Fraction(ps[3] * n, 100))))
    return out


@tpl("zh_xian_zai", "arithmetic", "zh", "positive", "heldout")
def t_zh_xian_zai(rng):
    out = []
    a, b, c = rng.randint(3, 60), rng.randint(3, 60), rng.randint(10, 500)
    out.append((f"{a}乘以{b}再减去{c}，结果是多少？", num(a * b - c)))
    a, b, c = rng.randint(10, 200), rng.randint(10, 200), rng.randint(2, 19)
    out.append((f"先算{a}加{b}，再乘以{c}，等于多少？", num((a + b) * c)))
    a, b = Fraction(rng.choice([k for k in range(11, 100) if k % 10]), 10), rng.randint(3, 40)
    out.append((f"{dec(a)}乘以{b}等于多少？", num(a * b)))
    a, b, c = rng.randint(10, 99), rng.randint(10, 99), rng.randint(2, 12)
    out.append((f"({a}+{b})×{c}等于多少", num((a + b) * c)))
    return out


@tpl("neg_code_spreadsheet", "arithmetic", "en", "negative", "heldout")
def t_neg_code_spreadsheet(rng):
    return [(p, NONE) for p in [
        "Write a Python function that returns 15% of any number, and test it on 80.",
        "How do I compute 2 to the power of 10 in Excel?",
        "Can you show me JavaScript code that adds 0.1 and 0.2 without floating point errors?",
        "What's the formula in Google Sheets to sum A1 through A10?"]]


@tpl("neg_money_today", "arithmetic", "en", "negative", "heldout")
def t_neg_money_today(rng):
    return [(p, NONE) for p in [
        "How much is 250 dollars in yen right now?",
        "What's 1,000 euros worth in pounds today?",
        "If I bought 10 shares of Apple in 2015, how much would they be worth now?",
        "How much would $5,000 in 1980 be worth in today's money?"]]


@tpl("zh_neg_jieshi", "arithmetic", "zh", "negative", "heldout")
def t_zh_neg_jieshi(rng):
    return [(p, NONE) for p in [
        "为什么0.1加0.2在电脑里不等于0.3？能解释一下吗？",
        "怎么跟小学生讲清楚除以一个分数等于乘以它的倒数？",
        "负数乘以负数为什么得正数？",
        "能讲讲0的阶乘为什么等于1吗？"]]


# COMPARISON ====================================================================================


def trap_decimals(rng: random.Random) -> tuple[str, str]:
    """(x, y) such as ("9.11", "9.9"): y has fewer decimals but is bigger."""
    k = rng.randint(0, 30)
    while True:
        d1 = rng.randint(10, 89)
        if d1 % 10:
            break
    d2 = rng.randint(d1 // 10 + 1, 9)
    return f"{k}.{d1:02d}", f"{k}.{d2}"


def close_fraction(rng: random.Random) -> str:
    while True:
        q = rng.randint(3, 12)
        p = rng.randint(1, q - 1)
        if math.gcd(p, q) == 1:
            return f"{p}/{q}"


def distinct_values(rng: random.Random, maker: Callable[[], str], k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        s = maker()
        if all(val(s) != val(t) for t in out):
            out.append(s)
    return out


@tpl("decimal_settle_argument", "comparison", "en", "positive", "dev")
def t_decimal_settle_argument(rng):
    forms = ["settle an argument for us: {a} or {b}, which is bigger?",
             "Which is larger, {a} or {b}?",
             "My friend says {a} is bigger than {b}. Which one actually is bigger?",
             "Between {a} and {b}, which number is greater?"]
    out = []
    for i, f in enumerate(forms):
        x, y = trap_decimals(rng)
        a, b = (x, y) if i % 2 == 0 else (y, x)
        if i == 2:
            a, b = x, y
        out.append((f.format(a=a, b=b), choice(max(a, b, key=val))))
    return out


@tpl("greater_than_yes_no", "comparison", "en", "positive", "dev")
def t_greater_than_yes_no(rng):
    forms = ["Is {a} greater than {b}?",
             "quick sanity check: is {a} bigger than {b}?",
             "Would you say {a} > {b}? yes or no",
             "Is {a} more than {b}? Just yes or no."]
    out = []
    for f, want in zip(forms, [True, False, False, True], strict=True):
        while True:
            a = dec(Fraction(-rng.randint(11, 99), 10))
            b = dec(Fraction(-rng.randint(101, 999), 100))
            if val(a) != val(b) and (val(a) > val(b)) == want:
                break
            a, b = b, a
            if val(a) != val(b) and (val(a) > val(b)) == want:
                break
        out.append((f.format(a=a, b=b), yn(val(a) > val(b))))
    return out


@tpl("sort_mixed_ascending", "comparison", "en", "positive", "dev")
def t_sort_mixed_ascending(rng):
    forms = ["Sort ascending: {l}",
             "Can you put these in order from smallest to largest? {l}",
             "Order these least to greatest: {l}",
             "{l}. Arrange them from lowest to highest please"]
    seps = ["; ", ", ", ", ", "; "]
    out = []
    for f, sep in zip(forms, seps, strict=True):
        def maker() -> str:
            if rng.random() < 0.5:
                return close_fraction(rng)
            return dec(Fraction(rng.randint(1, 99), 100))
        items = distinct_values(rng, maker, rng.randint(4, 5))
        out.append((f.format(l=sep.join(items)),
                    lst(sorted(items, key=val), "number", True, "asc")))
    return out


@tpl("smaller_fraction_which", "comparison", "en", "positive", "dev")
def t_smaller_fraction_which(rng):
    forms = ["Which fraction is smaller, {a} or {b}?", "Which is less: {a} or {b}?",
             "Of {a} and {b}, which is the smaller one?",
             "I always mix these up. Is {a} or {b} smaller?"]
    out = []
    for f in forms:
        a, b = distinct_values(rng, lambda: close_fraction(rng), 2)
        out.append((f.format(a=a, b=b), choice(min(a, b, key=val))))
    return out


@tpl("largest_of_list", "comparison", "en", "positive", "dev")
def t_largest_of_list(rng):
    forms = ["Out of {l}, which is the largest?",
             "Which of these numbers is the biggest: {l}?",
             "Find the maximum of {l}.",
             "{l}: which one's the highest?"]
    out = []
    for i, f in enumerate(forms):
        items = [str(x) for x in rng.sample(range(-50, 150), rng.randint(4, 6))]
        shown = ", ".join(items[:-1]) + " and " + items[-1] if i == 0 else ", ".join(items)
        out.append((f.format(l=shown), choice(max(items, key=val))))
    return out


@tpl("zh_nage_da", "comparison", "zh", "positive", "dev")
def t_zh_nage_da(rng):
    forms = ["{a}和{b}哪个大？", "{a}跟{b}比，哪个数更大？", "请问{a}和{b}哪个比较大",
             "{a}、{b}，哪个大一些？"]
    out = []
    for i, f in enumerate(forms):
        if i == 2:
            a, b = distinct_values(rng, lambda: close_fraction(rng), 2)
        else:
            x, y = trap_decimals(rng)
            a, b = (x, y) if i % 2 == 0 else (y, x)
        out.append((f.format(a=a, b=b), choice(max(a, b, key=val))))
    return out


@tpl("zh_bi_da_ma", "comparison", "zh", "positive", "dev")
def t_zh_bi_da_ma(rng):
    forms = ["{a}比{b}大吗？", "{a}是不是比{b}大？", "请问{a}比{b}大吗", "{a}比{b}大么？"]
    out = []
    for f, want in zip(forms, [False, True, True, False], strict=True):
        while True:
            a, b = rng.sample(range(-30, 31), 2)
            if (a > b) == want:
                break
        out.append((f.format(a=a, b=b), yn(a > b)))
    return out


@tpl("neg_version_newer", "comparison", "en", "negative", "dev")
def t_neg_version_newer(rng):
    return [(p, NONE) for p in [
        "Is Python 3.11 newer than 3.9?",
        "Is iOS 17.2 more recent than iOS 17.10?",
        "Which is the later release, Node 18.20 or Node 18.9?",
        "Is Windows 11 23H2 newer than 22H2?"]]


@tpl("neg_sizes_conversion", "comparison", "en", "negative", "dev")
def t_neg_sizes_conversion(rng):
    return [(p, NONE) for p in [
        "Is a US size 10 shoe bigger than an EU 43?",
        "Which is bigger, a UK dress size 12 or a US size 12?",
        "Is an XL in Japan bigger than an L in the US?",
        "Is a men's 8.5 shoe the same as a women's 10?"]]


@tpl("zh_neg_changshi", "comparison", "zh", "negative", "dev")
def t_zh_neg_changshi(rng):
    return [(p, NONE) for p in [
        "珠穆朗玛峰比乔戈里峰高多少米？",
        "长江和黄河哪个更长？",
        "上海的人口比北京多吗？",
        "太阳比地球大多少倍？"]]


@tpl("lower_of_negatives", "comparison", "en", "positive", "heldout")
def t_lower_of_negatives(rng):
    forms = ["Which number is lower: {a} or {b}?", "Which is smaller, {a} or {b}?",
             "{a} vs {b}: which is less?", "Tell me which is the smaller value, {a} or {b}."]
    out = []
    for i, f in enumerate(forms):
        if i % 2:
            a, b = distinct_values(rng, lambda: dec(Fraction(-rng.randint(1, 99), 10)), 2)
        else:
            a, b = (str(x) for x in rng.sample(range(-99, 0), 2))
        out.append((f.format(a=a, b=b), choice(min(a, b, key=val))))
    return out


@tpl("rank_descending", "comparison", "en", "positive", "heldout")
def t_rank_descending(rng):
    forms = ["Rank these numbers from highest to lowest: {l}.",
             "Sort in descending order: {l}",
             "Can you list {l} from biggest to smallest?",
             "I need these largest first: {l}"]
    out = []
    for f in forms:
        def maker() -> str:
            if rng.random() < 0.5:
                return str(rng.randint(-10, 10))
            return dec(Fraction(rng.randint(-100, 100), rng.choice([10, 100])))
        items = distinct_values(rng, maker, rng.randint(4, 6))
        out.append((f.format(l=", ".join(items)),
                    lst(sorted(items, key=val, reverse=True), "number", True, "desc")))
    return out


@tpl("less_than_true_false", "comparison", "en", "positive", "heldout")
def t_less_than_true_false(rng):
    forms = ["True or false: {a} is less than {b}.", "Is {a} smaller than {b}?",
             "Is it true that {a} < {b}?", "Is {a} less than {b}, yes or no?"]
    out = []
    for f, want in zip(forms, [True, False, True, False], strict=True):
        while True:
            a = close_fraction(rng)
            b = dec(Fraction(rng.randint(1, 99), 100))
            if val(a) != val(b) and abs(val(a) - val(b)) < Fraction(1, 10) \
                    and (val(a) < val(b)) == want:
                break
        out.append((f.format(a=a, b=b), yn(val(a) < val(b))))
    return out


@tpl("more_decimal_or_fraction", "comparison", "en", "positive", "heldout")
def t_more_decimal_or_fraction(rng):
    forms = ["Which is more, {a} or {b}?",
             "Which is bigger: {a} or {b}? I'm comparing two recipe ratios.",
             "Is {a} or {b} the larger number?",
             "Between {a} and {b}, which is greater?"]
    out = []
    for i, f in enumerate(forms):
        while True:
            x = close_fraction(rng)
            y = dec(Fraction(rng.randint(1, 99), 100))
            if val(x) != val(y) and abs(val(x) - val(y)) < Fraction(1, 10):
                break
        a, b = (y, x) if i % 2 == 0 else (x, y)
        out.append((f.format(a=a, b=b), choice(max(a, b, key=val))))
    return out


@tpl("minimum_of_readings", "comparison", "en", "positive", "heldout")
def t_minimum_of_readings(rng):
    forms = ["I've got readings of {l}. Which one is the smallest?",
             "What's the minimum of {l}?",
             "Which is the least among {l}?",
             "Smallest number here: {l}?"]
    out = []
    for f in forms:
        k = rng.randint(2, 9)
        items = distinct_values(
            rng, lambda k=k: dec(-k - Fraction(rng.randint(0, 99), 100)), rng.randint(3, 4))
        out.append((f.format(l=", ".join(items)), choice(min(items, key=val))))
    return out


@tpl("zh_cong_xiao_dao_da", "comparison", "zh", "positive", "heldout")
def t_zh_cong_xiao_dao_da(rng):
    forms = ["把这些数从小到大排列：{l}", "请将{l}按从小到大的顺序排好",
             "{l}，从小到大怎么排？", "帮我把下面的数字按升序排列：{l}"]
    out = []
    for f in forms:
        def maker() -> str:
            if rng.random() < 0.4:
                return str(rng.randint(-9, 9))
            return dec(Fraction(rng.randint(-99, 99), 10))
        items = distinct_values(rng, maker, rng.randint(4, 5))
        out.append((f.format(l="、".join(items)),
                    lst(sorted(items, key=val), "number", True, "asc")))
    return out


@tpl("zh_fenshu_geng_xiao", "comparison", "zh", "positive", "heldout")
def t_zh_fenshu_geng_xiao(rng):
    forms = ["{a}和{b}哪个更小？", "{a}与{b}相比，哪个小？", "请比较{a}和{b}，哪个数比较小？",
             "{a}跟{b}哪个小一点"]
    out = []
    for f in forms:
        a, b = distinct_values(rng, lambda: close_fraction(rng), 2)
        out.append((f.format(a=a, b=b), choice(min(a, b, key=val))))
    return out


@tpl("zh_zui_da_de_shu", "comparison", "zh", "positive", "heldout")
def t_zh_zui_da_de_shu(rng):
    forms = ["在{l}中，最大的数是哪个？", "{l}这几个数里哪个最大？", "请找出{l}中最大的一个数",
             "下面哪个数最大：{l}"]
    out = []
    for f in forms:
        items = [str(x) for x in rng.sample(range(-40, 200), rng.randint(4, 5))]
        out.append((f.format(l="、".join(items)), choice(max(items, key=val))))
    return out


@tpl("neg_unit_knowledge", "comparison", "en", "negative", "heldout")
def t_neg_unit_knowledge(rng):
    return [(p, NONE) for p in [
        "Is a half marathon longer than 20 km?",
        "Is a mile longer than 1.5 kilometers?",
        "Which is heavier, a stone or 6 kilograms?",
        "Is 100 degrees Fahrenheit hotter than 40 degrees Celsius?"]]


@tpl("neg_finance_choice", "comparison", "en", "negative", "heldout")
def t_neg_finance_choice(rng):
    return [(p, NONE) for p in [
        "Should I take a 4.5% mortgage with no fees or a 3.9% one with $3,000 in fees?",
        "Is a GPA of 3.7 good enough for a top law school?",
        "Is a credit score of 690 worse than average?",
        "Which is a better investment right now, a 5% CD or an index fund?"]]


@tpl("zh_neg_xuanze", "comparison", "zh", "negative", "heldout")
def t_zh_neg_xuanze(rng):
    return [(p, NONE) for p in [
        "iPhone 15和iPhone 13哪个更值得买？",
        "月薪8000和月薪10000的工作，选哪个好？",
        "骁龙8 Gen 3比天玑9300强吗？",
        "考研380分和400分的差距大吗？"]]


# NUMBER THEORY =================================================================================


def prime_in(rng: random.Random, lo: int, hi: int) -> int:
    while True:
        n = rng.randint(lo, hi)
        if is_prime(n):
            return n


def hard_composite(rng: random.Random, lo: int, hi: int) -> int:
    """A composite with no prime factor below 7, so it is not obviously composite."""
    while True:
        n = rng.randint(lo, hi)
        if not is_prime(n) and all(n % p for p in (2, 3, 5)):
            return n


@tpl("prime_son_insists", "number_theory", "en", "positive", "dev")
def t_prime_son_insists(rng):
    forms = ["Is {n} a prime number? My son insists it is.",
             "is {n} prime",
             "Quick question: is {n} a prime?",
             "I'm making a worksheet. Can you confirm whether {n} is prime?"]
    out = []
    for i, (f, want) in enumerate(zip(forms, [False, True, False, True], strict=True)):
        n = prime_in(rng, 100, 9999) if want else hard_composite(rng, 100, 9999)
        out.append((f.format(n=f"{n:,}" if i == 2 else n), yn(is_prime(n))))
    return out


@tpl("gcd_highest_common", "number_theory", "en", "positive", "dev")
def t_gcd_highest_common(rng):
    forms = ["What's the greatest common divisor of {a} and {b}?", "Find the GCD of {a} and {b}.",
             "What is the highest common factor of {a} and {b}?",
             "Largest number that divides both {a} and {b}?"]
    out = []
    for f in forms:
        g = rng.randint(2, 30)
        x, y = rng.sample(range(2, 25), 2)
        a, b = g * x, g * y
        out.append((f.format(a=a, b=b), num(math.gcd(a, b))))
    return out


def smooth_number(rng: random.Random, lo: int, hi: int) -> int:
    while True:
        n = 1
        for p in rng.sample([2, 3, 5, 7, 11, 13, 17, 19, 23], rng.randint(2, 4)):
            n *= p ** rng.randint(1, 3)
        if lo <= n <= hi:
            return n


@tpl("break_into_primes", "number_theory", "en", "positive", "dev")
def t_break_into_primes(rng):
    forms = ["Break {n} down into its prime factors.", "What is the prime factorization of {n}?",
             "Factor {n} into primes for me.", "Can you write {n} as a product of primes?"]
    out = []
    for i, f in enumerate(forms):
        n = smooth_number(rng, 1000 if i == 1 else 100, 30000)
        out.append((f.format(n=f"{n:,}" if i == 1 else n), fact(n)))
    return out


@tpl("primes_under_n", "number_theory", "en", "positive", "dev")
def t_primes_under_n(rng):
    forms = ["List every prime less than {n}.", "What are the prime numbers below {n}?",
             "Give me all primes smaller than {n}, comma separated.",
             "Which primes are there under {n}?"]
    ns = rng.sample(range(15, 70), 4)
    return [(f.format(n=n), lst([str(p) for p in range(2, n) if is_prime(p)], "number", False))
            for f, n in zip(forms, ns, strict=True)]


@tpl("add_up_digits", "number_theory", "en", "positive", "dev")
def t_add_up_digits(rng):
    forms = ["Add up the digits of {n}.", "What's the digit sum of {n}?",
             "If you add together all the digits in {n}, what do you get?",
             "Sum of the digits of {n}? Just the number."]
    out = []
    for i, f in enumerate(forms):
        n = rng.randint(10**4, 10**7)
        out.append((f.format(n=f"{n:,}" if i == 0 else n), num(sum(int(c) for c in str(n)))))
    return out


@tpl("zh_shi_zhishu_ma", "number_theory", "zh", "positive", "dev")
def t_zh_shi_zhishu_ma(rng):
    forms = ["{n}是质数吗？", "{n}是不是素数？", "请问{n}是质数吗", "判断一下{n}是不是质数"]
    out = []
    for f, want in zip(forms, [True, False, True, False], strict=True):
        n = prime_in(rng, 50, 2000) if want else hard_composite(rng, 50, 2000)
        out.append((f.format(n=n), yn(is_prime(n))))
    return out


@tpl("zh_fenjie_zhiyinshu", "number_theory", "zh", "positive", "dev")
def t_zh_fenjie_zhiyinshu(rng):
    forms = ["把{n}分解质因数", "{n}分解质因数是多少？", "请将{n}分解成质因数的乘积",
             "{n}的质因数分解怎么写？"]
    out = []
    for f in forms:
        n = smooth_number(rng, 60, 5000)
        out.append((f.format(n=n), fact(n)))
    return out


@tpl("zh_zuida_gongyueshu", "number_theory", "zh", "positive", "dev")
def t_zh_zuida_gongyueshu(rng):
    forms = ["{a}和{b}的最大公约数是多少？", "求{a}与{b}的最大公因数", "{a}、{b}的最大公约数是几",
             "请问{a}和{b}的最大公因数是多少？"]
    out = []
    for f in forms:
        g = rng.randint(2, 24)
        x, y = rng.sample(range(2, 16), 2)
        out.append((f.format(a=g * x, b=g * y), num(math.gcd(g * x, g * y))))
    return out


@tpl("neg_lucky_numbers", "number_theory", "en", "negative", "dev")
def t_neg_lucky_numbers(rng):
    return [(p, NONE) for p in [
        "Is 7 really a lucky number?",
        "Why do people think 13 is unlucky?",
        "Is 8 considered a lucky number in China?",
        "What's the significance of the number 42 in pop culture?"]]


@tpl("neg_prime_code", "number_theory", "en", "negative", "dev")
def t_neg_prime_code(rng):
    return [(p, NONE) for p in [
        "Can you write a JavaScript function that checks if 97 is prime?",
        "What's the fastest known algorithm to factor a 2048-bit number?",
        "How do I find the GCD of two numbers in C++?",
        "Show me a Python one-liner that lists the primes under 100."]]


@tpl("zh_neg_jili_shuzi", "number_theory", "zh", "negative", "dev")
def t_zh_neg_jili_shuzi(rng):
    return [(p, NONE) for p in [
        "为什么8在中国被认为是吉利的数字？",
        "手机号尾号4444是不是不太好？",
        "车牌号里有几个6比较吉利？",
        "为什么很多楼没有4楼？"]]


@tpl("lcm_please", "number_theory", "en", "positive", "heldout")
def t_lcm_please(rng):
    forms = ["Find the least common multiple of {a} and {b}, please.",
             "What's the LCM of {a} and {b}?", "lowest common multiple of {a} and {b}?",
             "What is the smallest number that both {a} and {b} divide into evenly?"]
    out = []
    for f in forms:
        a, b = rng.sample(range(4, 61), 2)
        out.append((f.format(a=a, b=b), num(a * b // math.gcd(a, b))))
    return out


@tpl("biggest_prime_divisor", "number_theory", "en", "positive", "heldout")
def t_biggest_prime_divisor(rng):
    forms = ["What is the biggest prime that divides {n}?",
             "What's the largest prime factor of {n}?",
             "Find the greatest prime factor of {n}.",
             "Of all the prime factors of {n}, which is the largest?"]
    out = []
    for i, f in enumerate(forms):
        while True:
            n = 1
            for _ in range(rng.randint(2, 4)):
                n *= prime_in(rng, 2, 200)
            if 1000 <= n <= 10**7:
                break
        out.append((f.format(n=f"{n:,}" if i == 0 else n), num(factorize(n)[-1][0])))
    return out


@tpl("happy_in_range", "number_theory", "en", "positive", "heldout")
def t_happy_in_range(rng):
    out = []
    n = rng.randint(20, 50)
    out.append((f"Which numbers from 1 to {n} inclusive are happy numbers?",
                lst([str(k) for k in range(1, n + 1) if is_happy(k)], "number", False)))
    forms = ["List the happy numbers between {a} and {b}, inclusive.",
             "Can you find all happy numbers in the range {a} to {b} (both ends included)?",
             "What are the happy numbers from {a} through {b}?"]
    for f in forms:
        a = rng.randint(10, 90)
        b = a + rng.randint(15, 40)
        out.append((f.format(a=a, b=b),
                    lst([str(k) for k in range(a, b + 1) if is_happy(k)], "number", False)))
    return out


@tpl("prime_settle_bet", "number_theory", "en", "positive", "heldout")
def t_prime_settle_bet(rng):
    forms = ["Does {n} count as a prime number?", "Would {n} be considered prime?",
             "Can you check if {n} is a prime for me?", "Trying to settle a bet: is {n} prime?"]
    out = []
    for i, (f, want) in enumerate(zip(forms, [False, True, True, False], strict=True)):
        if want:
            n = prime_in(rng, 1000, 99999)
        elif i == 0:
            n = prime_in(rng, 11, 99) ** 2
        else:
            n = hard_composite(rng, 1000, 99999)
        out.append((f.format(n=f"{n:,}" if i == 3 else n), yn(is_prime(n))))
    return out


@tpl("gcd_three_numbers", "number_theory", "en", "positive", "heldout")
def t_gcd_three_numbers(rng):
    forms = ["gcd({a}, {b}, {c}) = ?", "What's the greatest common factor of {a}, {b} and {c}?",
             "Find the GCD of {a}, {b}, and {c}.",
             "What's the biggest number that divides {a}, {b} and {c} evenly?"]
    out = []
    for f in forms:
        g = rng.randint(2, 20)
        x, y, z = rng.sample(range(2, 30), 3)
        a, b, c = g * x, g * y, g * z
        out.append((f.format(a=a, b=b, c=c), num(math.gcd(a, b, c))))
    return out


@tpl("zh_zuixiao_gongbeishu", "number_theory", "zh", "positive", "heldout")
def t_zh_zuixiao_gongbeishu(rng):
    forms = ["{a}和{b}的最小公倍数是多少？", "求{a}与{b}的最小公倍数", "{a}、{b}的最小公倍数是几？",
             "请问{a}和{b}最小公倍数是多少"]
    out = []
    for f in forms:
        a, b = rng.sample(range(4, 49), 2)
        out.append((f.format(a=a, b=b), num(a * b // math.gcd(a, b))))
    return out


@tpl("zh_xiaoyu_de_zhishu", "number_theory", "zh", "positive", "heldout")
def t_zh_xiaoyu_de_zhishu(rng):
    forms = ["列出小于{n}的所有质数", "{n}以内的质数有哪些？", "请写出所有小于{n}的素数",
             "比{n}小的质数都有哪些？"]
    ns = rng.sample([n for n in range(12, 60) if not is_prime(n)], 4)
    return [(f.format(n=n), lst([str(p) for p in range(2, n) if is_prime(p)], "number", False))
            for f, n in zip(forms, ns, strict=True)]


@tpl("neg_prime_history", "number_theory", "en", "negative", "heldout")
def t_neg_prime_history(rng):
    return [(p, NONE) for p in [
        "Explain why RSA uses two large primes like 61 and 53.",
        "Why is 1 not considered a prime number?",
        "What's the largest known prime number right now?",
        "Who proved that there are infinitely many primes?"]]


@tpl("neg_codes_lookup", "number_theory", "en", "negative", "heldout")
def t_neg_codes_lookup(rng):
    return [(p, NONE) for p in [
        "Is the zip code 10001 in Manhattan?",
        "What area code is 415?",
        "Whose phone number is 867-5309 in the old song?",
        "What country has the dialing code 44?"]]


@tpl("zh_neg_caixiang", "number_theory", "zh", "negative", "heldout")
def t_zh_neg_caixiang(rng):
    return [(p, NONE) for p in [
        "哥德巴赫猜想被证明了吗？",
        "孪生素数猜想现在有什么进展？",
        "目前一共发现了多少个梅森素数？",
        "为什么1不是质数？"]]


# COUNTING ======================================================================================

WORDS = ["mississippi", "strawberry", "banana", "bookkeeper", "committee", "assessment",
         "parallel", "occurrence", "necessary", "possession", "raspberry", "cinnamon",
         "broccoli", "accommodate", "embarrass", "tomorrow", "success", "referee",
         "pepperoni", "millennium", "address", "balloon", "coffee", "grammar"]
NO_Y_WORDS = ["education", "beautiful", "onomatopoeia", "communication", "kangaroo",
              "programming", "restaurant", "magnificent", "adventure", "chocolate",
              "television", "umbrella", "strength", "question", "elephant", "delicious",
              "information", "avocado", "orchestra", "pineapple", "nightingale", "sequoia"]
SENTENCES = ["The quick brown fox jumps over the lazy dog",
             "My grandmother grows tomatoes in her garden",
             "We walked along the beach until the sun finally went down",
             "Please water the plants while I am away",
             "The library closes early on Sundays",
             "A cold wind blew through the empty streets of the old town last night",
             "She finished the puzzle before anyone woke up",
             "Our neighbors adopted two cats and a very loud parrot from the shelter"]
ANAGRAM_YES = [("listen", "silent"), ("earth", "heart"), ("night", "thing"),
               ("angel", "glean"), ("dusty", "study"), ("cinema", "iceman"),
               ("below", "elbow"), ("master", "stream")]
ANAGRAM_NO = [("hello", "holly"), ("train", "rainy"), ("secure", "rescued"),
              ("lemon", "melons"), ("planet", "plenty"), ("carrot", "tractor")]


def letter_pick(rng: random.Random, pool: list[str], k: int) -> list[tuple[str, str]]:
    return [(w, rng.choice(sorted(set(w)))) for w in rng.sample(pool, k)]


@tpl("letter_show_up", "counting", "en", "positive", "dev")
def t_letter_show_up(rng):
    forms = ['How many times does the letter "{c}" show up in "{w}"?',
             "how many {c}'s are in {w}",
             "Count the letter {c} in the word '{w}'.",
             "In the word {w}, how many times does {c} appear?"]
    return [(f.format(w=w, c=c), num(w.count(c)))
            for f, (w, c) in zip(forms, letter_pick(rng, WORDS, 4), strict=True)]


@tpl("vowels_in_word", "counting", "en", "positive", "dev")
def t_vowels_in_word(rng):
    forms = ["Count the vowels in the word {w}.", "How many vowels are in '{w}'?",
             'How many vowels does "{w}" have? (a, e, i, o, u)',
             "{w}: how many vowels is that?"]
    ws = rng.sample(NO_Y_WORDS, 4)
    return [(f.format(w=w), num(sum(ch in VOWELS for ch in w)))
            for f, w in zip(forms, ws, strict=True)]


@tpl("spell_backwards", "counting", "en", "positive", "dev")
def t_spell_backwards(rng):
    forms = ["Spell '{w}' backwards.", "What is {w} reversed?",
             'Write the word "{w}" backwards.', "reverse the string {w}"]
    pool = ["desserts", "drawer", "keyboard", "planet", "lemonade", "garden", "pencil",
            "window", "diaper", "stressed", "rocket", "sunflower"]
    ws = rng.sample(pool, 4)
    return [(f.format(w=w), text(w[::-1])) for f, w in zip(forms, ws, strict=True)]


@tpl("words_in_quote", "counting", "en", "positive", "dev")
def t_words_in_quote(rng):
    forms = ['How many words are in this sentence: "{s}"?', "Count the words: {s}.",
             'Word count for "{s}", please.', "How many words does the following have? {s}."]
    ss = rng.sample(SENTENCES, 4)
    return [(f.format(s=s), num(len(s.split()))) for f, s in zip(forms, ss, strict=True)]


@tpl("anagram_of_each_other", "counting", "en", "positive", "dev")
def t_anagram_of_each_other(rng):
    forms = ["Are '{a}' and '{b}' anagrams of each other?", "Is {a} an anagram of {b}?",
             'Can the letters of "{a}" be rearranged to spell "{b}"?',
             "Quick anagram check: {a} and {b}, yes or no?"]
    ys = rng.sample(ANAGRAM_YES, 2)
    ns = rng.sample(ANAGRAM_NO, 2)
    pairs = [ys[0], ns[0], ns[1], ys[1]]
    return [(f.format(a=a, b=b), yn(sorted(a) == sorted(b)))
            for f, (a, b) in zip(forms, pairs, strict=True)]


@tpl("zh_zimu_jige", "counting", "zh", "positive", "dev")
def t_zh_zimu_jige(rng):
    forms = ["{w}里面有多少个字母{c}？", "单词{w}中有几个{c}？", "“{w}”这个词里字母{c}出现了几次？",
             "数一下{w}里有几个{c}"]
    return [(f.format(w=w, c=c), num(w.count(c)))
            for f, (w, c) in zip(forms, letter_pick(rng, WORDS, 4), strict=True)]


@tpl("zh_dao_guolai", "counting", "zh", "positive", "dev")
def t_zh_dao_guolai(rng):
    forms = ["把单词 {w} 倒过来写是什么？", "{w}反过来拼是什么", "请把“{w}”这个单词倒序写出来",
             "{w}倒着写是什么？"]
    pool = ["hello", "python", "dragon", "summer", "market", "flower", "silver", "travel"]
    ws = rng.sample(pool, 4)
    return [(f.format(w=w), text(w[::-1])) for f, w in zip(forms, ws, strict=True)]


@tpl("neg_word_meaning", "counting", "en", "negative", "dev")
def t_neg_word_meaning(rng):
    return [(p, NONE) for p in [
        "What does the word 'serendipity' mean?",
        "What's the origin of the word 'quarantine'?",
        "Is 'irregardless' a real word?",
        "What's a five-letter synonym for 'happy'?"]]


@tpl("neg_alphabet_trivia", "counting", "en", "negative", "dev")
def t_neg_alphabet_trivia(rng):
    return [(p, NONE) for p in [
        "How many letters are in the Greek alphabet?",
        "How many letters does the Russian alphabet have?",
        "How many vowels are there in the Hawaiian language?",
        "How many keys are on a standard full-size keyboard?"]]


@tpl("zh_neg_bihua", "counting", "zh", "negative", "dev")
def t_zh_neg_bihua(rng):
    return [(p, NONE) for p in [
        "“龘”这个字有多少笔画？",
        "汉语拼音一共有多少个声母？",
        "《红楼梦》全书大概有多少字？",
        "英语里最长的单词有多少个字母？"]]


@tpl("nth_letter_of", "counting", "en", "positive", "heldout")
def t_nth_letter_of(rng):
    ws = rng.sample(NO_Y_WORDS, 4)
    out = []
    w = ws[0]
    k = rng.randint(2, min(8, len(w) - 1))
    out.append((f"What's the {ORD[k - 1]} letter of the word '{w}'?", text(w[k - 1])))
    w = ws[1]
    k = rng.randint(2, min(8, len(w) - 1))
    out.append((f'Which letter is {ORD_NUM[k - 1]} in "{w}"?', text(w[k - 1])))
    w = ws[2]
    k = rng.randint(2, min(8, len(w) - 1))
    out.append((f"Tell me the {ORD[k - 1]} letter in {w}.", text(w[k - 1])))
    w = ws[3]
    out.append((f"What's the last letter of '{w}'?", text(w[-1])))
    return out


@tpl("more_letters_pair", "counting", "en", "positive", "heldout")
def t_more_letters_pair(rng):
    forms = ["Which word has more letters, '{a}' or '{b}'?", "Which is longer: {a} or {b}?",
             'Between "{a}" and "{b}", which one has more letters?',
             "{a} or {b}: which has more letters in it?"]
    pool = NO_Y_WORDS + WORDS
    out = []
    for f in forms:
        while True:
            a, b = rng.sample(pool, 2)
            if len(a) != len(b):
                break
        out.append((f.format(a=a, b=b), word_choice(max(a, b, key=len))))
    return out


@tpl("unique_letters", "counting", "en", "positive", "heldout")
def t_unique_letters(rng):
    forms = ["How many different letters appear in '{w}'?",
             "How many distinct letters does {w} have?",
             'Count the unique letters in the word "{w}".',
             "Not counting repeats, how many different letters are in {w}?"]
    ws = rng.sample(WORDS, 4)
    return [(f.format(w=w), num(len(set(w)))) for f, w in zip(forms, ws, strict=True)]


@tpl("alphabetize_words", "counting", "en", "positive", "heldout")
def t_alphabetize_words(rng):
    forms = ["Put these words in alphabetical order: {l}.", "Alphabetize: {l}",
             "Sort {l} from A to Z.", "Can you arrange these alphabetically? {l}"]
    pool = ["pear", "apple", "mango", "kiwi", "cherry", "banana", "grape", "lemon", "peach",
            "plum", "orange", "melon", "apricot", "fig", "lime", "papaya"]
    out = []
    for i, f in enumerate(forms):
        ws = rng.sample(pool, rng.randint(4, 6))
        shown = ", ".join(ws[:-1]) + " and " + ws[-1] if i == 2 else ", ".join(ws)
        out.append((f.format(l=shown), lst(sorted(ws), "text", True)))
    return out


@tpl("consonants_count", "counting", "en", "positive", "heldout")
def t_consonants_count(rng):
    forms = ["How many consonants does '{w}' have?", "Count the consonants in {w}.",
             'How many consonant letters are in the word "{w}"?',
             "{w}: number of consonants?"]
    ws = rng.sample(NO_Y_WORDS, 4)
    return [(f.format(w=w), num(sum(ch in CONSONANTS for ch in w)))
            for f, w in zip(forms, ws, strict=True)]


@tpl("zh_yigong_jige_zimu", "counting", "zh", "positive", "heldout")
def t_zh_yigong_jige_zimu(rng):
    forms = ["{w}这个单词一共有几个字母？", "单词“{w}”有多少个字母", "{w}由几个字母组成？",
             "数数{w}有几个字母"]
    ws = rng.sample(WORDS + NO_Y_WORDS, 4)
    return [(f.format(w=w), num(len(w))) for f, w in zip(forms, ws, strict=True)]


@tpl("zh_shouwei_zimu", "counting", "zh", "positive", "heldout")
def t_zh_shouwei_zimu(rng):
    ws = rng.sample(NO_Y_WORDS, 4)
    k = rng.randint(2, 6)
    return [(f"单词{ws[0]}的最后一个字母是什么？", text(ws[0][-1])),
            (f"“{ws[1]}”的第一个字母是什么", text(ws[1][0])),
            (f"{ws[2]}的第{k}个字母是哪个？", text(ws[2][k - 1])),
            (f"请问单词 {ws[3]} 最后一个字母是啥", text(ws[3][-1]))]


@tpl("zh_yuanyin_zimu", "counting", "zh", "positive", "heldout")
def t_zh_yuanyin_zimu(rng):
    forms = ["单词{w}里有几个元音字母？", "{w}中元音字母有多少个", "“{w}”包含几个元音字母？",
             "数一下{w}里的元音字母个数"]
    ws = rng.sample(NO_Y_WORDS, 4)
    return [(f.format(w=w), num(sum(ch in VOWELS for ch in w)))
            for f, w in zip(forms, ws, strict=True)]


@tpl("neg_wordplay", "counting", "en", "negative", "heldout")
def t_neg_wordplay(rng):
    return [(p, NONE) for p in [
        "Give me a word that rhymes with 'orange'.",
        "What's a five-letter word that starts with 'cr' and ends in 'e'?",
        "What's the plural of 'octopus'?",
        "Which is the correct spelling, 'definately' or 'definitely'?"]]


@tpl("neg_syllables", "counting", "en", "negative", "heldout")
def t_neg_syllables(rng):
    return [(p, NONE) for p in [
        "How many syllables does 'comfortable' have?",
        "How many syllables are in the word 'February' when Americans say it?",
        "Where's the stress in the word 'photograph'?",
        "How many syllables does 'fire' count as in a haiku?"]]


@tpl("zh_neg_fanyi", "counting", "zh", "negative", "heldout")
def t_zh_neg_fanyi(rng):
    return [(p, NONE) for p in [
        "“apple”翻译成中文是什么意思？",
        "“serendipity”这个单词怎么读？",
        "英语里“ough”有几种发音？",
        "“strawberry”这个词是怎么来的？"]]


# GEOMETRY ======================================================================================


def rand_radius(rng: random.Random) -> Fraction:
    if rng.random() < 0.7:
        return Fraction(rng.randint(2, 15))
    return Fraction(rng.randint(3, 39), 2)


def circle_pair(rng: random.Random, want: str):
    """Two integer circles whose relation is `want`: cross, apart, tangent_out, tangent_in,
    nested."""
    while True:
        c1 = (rng.randint(-5, 5), rng.randint(-5, 5))
        c2 = (rng.randint(-8, 8), rng.randint(-8, 8))
        r1, r2 = rng.randint(1, 9), rng.randint(1, 9)
        d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
        if d2 == 0:
            continue
        got = ("tangent_out" if d2 == (r1 + r2) ** 2 else
               "tangent_in" if d2 == (r1 - r2) ** 2 else
               "apart" if d2 > (r1 + r2) ** 2 else
               "nested" if d2 < (r1 - r2) ** 2 else "cross")
        if got == want:
            return c1, r1, c2, r2, d2


@tpl("circle_area_radius", "geometry", "en", "positive", "dev")
def t_circle_area_radius(rng):
    forms = ["A circle has a radius of {r} cm. What's its area?",
             "What is the area of a circle with radius {r}?",
             "Area of a circle, r = {r}? Leave it in terms of pi.",
             "Find the area enclosed by a circle whose radius is {r} units."]
    out = []
    for f in forms:
        r = rand_radius(rng)
        out.append((f.format(r=dec(r)), real(pi_expr(r * r))))
    return out


@tpl("distance_apart", "geometry", "en", "positive", "dev")
def t_distance_apart(rng):
    forms = ["How far apart are the points {p} and {q}?",
             "What's the distance between {p} and {q}?",
             "Find the distance from point A{p} to point B{q}.",
             "distance between {p} and {q}? exact value please"]
    out = []
    for i, f in enumerate(forms):
        while True:
            p = (rng.randint(-9, 9), rng.randint(-9, 9))
            q = (rng.randint(-9, 9), rng.randint(-9, 9))
            if p != q:
                break
        d2 = (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2
        out.append((f.format(p=pt(p, i == 3), q=pt(q, i == 3)), real(sqrt_expr(d2))))
    return out


@tpl("inside_polygon_yes_no", "geometry", "en", "positive", "dev")
def t_inside_polygon_yes_no(rng):
    forms = ["Is the point {p} inside the shape with corners {v}?",
             "Does {p} lie inside the polygon {v}?",
             "Is {p} within the quadrilateral whose vertices are {v}?",
             "Point {p}, polygon with vertices {v}: is the point inside?"]
    sizes = [5, 6, 4, 5]
    out = []
    for f, k, want in zip(forms, sizes, ["inside", "outside", "outside", "inside"],
                          strict=True):
        poly = star_polygon(rng, k)
        xs = [x for x, _ in poly]
        ys = [y for _, y in poly]
        while True:
            p = (rng.randint(min(xs) - 2, max(xs) + 2), rng.randint(min(ys) - 2, max(ys) + 2))
            if locate(p, poly) == want:
                break
        out.append((f.format(p=pt(p), v=pts(poly)), rel(want, "inside")))
    return out


@tpl("shoelace_area", "geometry", "en", "positive", "dev")
def t_shoelace_area(rng):
    forms = ["Find the area of the polygon with vertices {v}.",
             "What's the area of the shape with corners at {v}?",
             "A plot of land has corners {v} (in meters). What's its area?",
             "Area of polygon {v}?"]
    out = []
    for i, f in enumerate(forms):
        poly = star_polygon(rng, rng.randint(4, 6))
        shown = pts(poly, last=" and ") if i == 1 else pts(poly, tight=i == 3)
        out.append((f.format(v=shown), num(shoelace(poly))))
    return out


@tpl("circles_cross_yes_no", "geometry", "en", "positive", "dev")
def t_circles_cross_yes_no(rng):
    out = []
    c1, r1, c2, r2, _ = circle_pair(rng, "cross")
    out.append((f"Do the circles centered at {pt(c1)} with radius {r1} and centered at "
                f"{pt(c2)} with radius {r2} intersect?", yn(True)))
    c1, r1, c2, r2, _ = circle_pair(rng, "apart")
    out.append((f"Circle A: center {pt(c1)}, radius {r1}. Circle B: center {pt(c2)}, radius "
                f"{r2}. Do they intersect each other?", yn(False)))
    while True:
        c1, r1, c2, r2, _ = circle_pair(rng, "apart")
        if c1 == (0, 0):
            break
    out.append((f"Do {circle_eq(c1, r1 * r1)} and {circle_eq(c2, r2 * r2)} intersect?",
                yn(False)))
    c1, r1, c2, r2, _ = circle_pair(rng, "cross")
    out.append((f"Will a circle of radius {r1} at {pt(c1)} and one of radius {r2} at {pt(c2)} "
                "intersect?", yn(True)))
    return out


@tpl("zh_yuan_mianji", "geometry", "zh", "positive", "dev")
def t_zh_yuan_mianji(rng):
    out = []
    r = rand_radius(rng)
    out.append((f"半径为{dec(r)}的圆面积是多少？", real(pi_expr(r * r))))
    r = rand_radius(rng)
    out.append((f"一个圆的半径是{dec(r)}厘米，它的面积是多少？", real(pi_expr(r * r))))
    d = rng.randint(3, 30)
    out.append((f"直径为{d}的圆，面积是多少？", real(pi_expr(Fraction(d, 2) ** 2))))
    r = rand_radius(rng)
    out.append((f"求半径{dec(r)}米的圆的面积", real(pi_expr(r * r))))
    return out


@tpl("zh_liangdian_juli", "geometry", "zh", "positive", "dev")
def t_zh_liangdian_juli(rng):
    forms = ["点{p}和点{q}之间的距离是多少？", "求{p}到{q}的距离",
             "平面上两点A{p}、B{q}，AB的长度是多少？", "坐标{p}与{q}相距多远？"]
    out = []
    for i, f in enumerate(forms):
        while True:
            p = (rng.randint(-9, 9), rng.randint(-9, 9))
            q = (rng.randint(-9, 9), rng.randint(-9, 9))
            if p != q:
                break
        d2 = (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2
        show = zh_pt if i == 1 else pt
        out.append((f.format(p=show(p), q=show(q)), real(sqrt_expr(d2))))
    return out


@tpl("zh_liangyuan_xiangjiao", "geometry", "zh", "positive", "dev")
def t_zh_liangyuan_xiangjiao(rng):
    out = []
    c1, r1, c2, r2, _ = circle_pair(rng, "apart")
    out.append((f"圆心在{pt(c1)}、半径为{r1}的圆和圆心在{pt(c2)}、半径为{r2}的圆相交吗？",
                yn(False)))
    c1, r1, c2, r2, _ = circle_pair(rng, "cross")
    out.append((f"两个圆：圆心{pt(c1)}半径{r1}，圆心{pt(c2)}半径{r2}，它们相交吗？", yn(True)))
    while True:
        c1, r1, c2, r2, _ = circle_pair(rng, "cross")
        if c1 == (0, 0):
            break
    out.append((f"圆{circle_eq(c1, r1 * r1)}与圆{circle_eq(c2, r2 * r2)}相交吗？", yn(True)))
    c1, r1, c2, r2, _ = circle_pair(rng, "apart")
    out.append((f"判断圆A（圆心{pt(c1)}，半径{r1}）和圆B（圆心{pt(c2)}，半径{r2}）是否相交",
                yn(False)))
    return out


@tpl("neg_map_distance", "geometry", "en", "negative", "dev")
def t_neg_map_distance(rng):
    return [(p, NONE) for p in [
        "What's the distance in km between 40.71, -74.01 and 51.51, -0.13 on a map?",
        "How far is it from New York to London as the crow flies?",
        "How many miles is it between 34.05 N, 118.24 W and 37.77 N, 122.42 W?",
        "What's the driving distance between Boston and Chicago?"]]


@tpl("neg_geometry_explain", "geometry", "en", "negative", "dev")
def t_neg_geometry_explain(rng):
    return [(p, NONE) for p in [
        "Why is the area of a circle pi r squared? Explain it using r = 3.",
        "Can you explain the shoelace formula using the square (0,0), (2,0), (2,2), (0,2)?",
        "What's the difference between a tangent and a secant of a circle?",
        "How do I prove the Pythagorean theorem with a 3-4-5 triangle?"]]


@tpl("zh_neg_dili", "geometry", "zh", "negative", "dev")
def t_zh_neg_dili(rng):
    return [(p, NONE) for p in [
        "北京到上海的直线距离是多少公里？",
        "从广州开车到深圳要多久？",
        "地球的周长是多少公里？",
        "一个标准足球场的面积是多少平方米？"]]


def triangle(rng: random.Random) -> list[tuple[int, int]]:
    while True:
        tri = [(rng.randint(-6, 9), rng.randint(-6, 9)) for _ in range(3)]
        if cross(*tri) != 0:
            return tri


@tpl("triangle_vertices_area", "geometry", "en", "positive", "heldout")
def t_triangle_vertices_area(rng):
    out = []
    a, b, c = triangle(rng)
    out.append((f"What's the area of the triangle with vertices A{pt(a)}, B{pt(b)}, C{pt(c)}?",
                num(shoelace([a, b, c]))))
    a, b, c = triangle(rng)
    out.append((f"Triangle with corners at {pt(a)}, {pt(b)} and {pt(c)}. How big is its area?",
                num(shoelace([a, b, c]))))
    a, b, c = triangle(rng)
    out.append((f"Compute the area of the triangle formed by the points {pt(a, True)}, "
                f"{pt(b, True)}, {pt(c, True)}.", num(shoelace([a, b, c]))))
    a, b, c = triangle(rng)
    out.append((f"I need the area of a triangle whose vertices are {pt(a)}, {pt(b)}, and "
                f"{pt(c)}.", num(shoelace([a, b, c]))))
    return out


@tpl("polygon_perimeter", "geometry", "en", "positive", "heldout")
def t_polygon_perimeter(rng):
    forms = ["What's the perimeter of the polygon with vertices {v}?",
             "Find the perimeter of the shape with corners {v}.",
             "How long is the fence around a yard with corners at {v} (in meters)?",
             "Perimeter of polygon {v}? exact please"]
    out = []
    for f in forms:
        poly = star_polygon(rng, rng.randint(3, 5), span=4)
        sq = [(x2 - x1) ** 2 + (y2 - y1) ** 2
              for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1], strict=True)]
        out.append((f.format(v=pts(poly)), real(sum_sqrt_expr(sq))))
    return out


@tpl("circles_tangent_check", "geometry", "en", "positive", "heldout")
def t_circles_tangent_check(rng):
    out = []
    while True:
        c1, r1, c2, r2, _ = circle_pair(rng, "tangent_out")
        if c1 == (0, 0):
            break
    out.append((f"Are the circles {circle_eq(c1, r1 * r1)} and {circle_eq(c2, r2 * r2)} "
                "tangent to each other?", yn(True)))
    c1, r1, c2, r2, _ = circle_pair(rng, "cross")
    out.append((f"Is a circle of radius {r1} centered at {pt(c1)} tangent to a circle of radius "
                f"{r2} centered at {pt(c2)}?", yn(False)))
    c1, r1, c2, r2, _ = circle_pair(rng, "tangent_in")
    out.append((f"Circle 1: center {pt(c1)}, r = {r1}; circle 2: center {pt(c2)}, r = {r2}. "
                "Are they tangent?", yn(True)))
    c1, r1, c2, r2, _ = circle_pair(rng, "apart")
    out.append((f"Are the circle with center {pt(c1)} and radius {r1} and the circle with "
                f"center {pt(c2)} and radius {r2} tangent?", yn(False)))
    return out


@tpl("segment_meeting_points", "geometry", "en", "positive", "heldout")
def t_segment_meeting_points(rng):
    forms = ["At how many points do the segment from {a} to {b} and the segment from {c} to "
             "{d} intersect?",
             "How many intersection points do segments {a}–{b} and {c}–{d} have?",
             "Line segment AB goes from {a} to {b}; CD goes from {c} to {d}. How many points "
             "do they share?",
             "Count the intersection points between segment {a}-{b} and segment {c}-{d}."]
    out = []
    for f, want in zip(forms, [1, 0, 0, 1], strict=True):
        while True:
            a, b, c, d = ((rng.randint(0, 9), rng.randint(0, 9)) for _ in range(4))
            if seg_count(a, b, c, d) == want:
                break
        out.append((f.format(a=pt(a), b=pt(b), c=pt(c), d=pt(d)), num(want)))
    return out


@tpl("point_three_way", "geometry", "en", "positive", "heldout")
def t_point_three_way(rng):
    out = []
    tri = triangle(rng)
    targets = ["inside", "boundary", "outside", "boundary"]

    def find(poly, want):
        xs = [x for x, _ in poly]
        ys = [y for _, y in poly]
        while True:
            p = (rng.randint(min(xs) - 1, max(xs) + 1), rng.randint(min(ys) - 1, max(ys) + 1))
            if locate(p, poly) == want:
                return p

    while shoelace(tri) < 6:
        tri = triangle(rng)
    p = find(tri, targets[0])
    out.append((f"Is the point {pt(p)} inside, outside, or on the boundary of the triangle "
                f"{pts(tri)}?", rel(targets[0])))
    poly = star_polygon(rng, 5)
    p = find(poly, targets[1])
    out.append((f"Where does {pt(p)} sit relative to the polygon {pts(poly)}: inside, outside "
                "or on an edge?", rel(targets[1])))
    poly = star_polygon(rng, 6)
    p = find(poly, targets[2])
    out.append((f"For the polygon with vertices {pts(poly)}, is {pt(p)} inside it, outside it, "
                "or on its boundary?", rel(targets[2])))
    x0, y0, s = rng.randint(-3, 3), rng.randint(-3, 3), rng.randint(3, 8)
    sq = [(x0, y0), (x0 + s, y0), (x0 + s, y0 + s), (x0, y0 + s)]
    p = find(sq, targets[3])
    out.append((f"{pt(p)} and the square {pts(sq)}: inside, on the edge, or outside?",
                rel(targets[3])))
    return out


@tpl("zh_dian_zai_neibu", "geometry", "zh", "positive", "heldout")
def t_zh_dian_zai_neibu(rng):
    out = []
    wants = ["inside", "outside", "inside", "outside"]

    def find(poly, want):
        xs = [x for x, _ in poly]
        ys = [y for _, y in poly]
        while True:
            p = (rng.randint(min(xs) - 2, max(xs) + 2), rng.randint(min(ys) - 2, max(ys) + 2))
            if locate(p, poly) == want:
                return p

    poly = star_polygon(rng, 4)
    p = find(poly, wants[0])
    out.append((f"点{pt(p)}在以{pts(poly, sep='、')}为顶点的四边形内部吗？",
                rel(wants[0], "inside")))
    tri = triangle(rng)
    while shoelace(tri) < 6:
        tri = triangle(rng)
    p = find(tri, wants[1])
    a, b, c = tri
    out.append((f"判断点{pt(p)}是否在三角形A{pt(a)}、B{pt(b)}、C{pt(c)}的内部",
                rel(wants[1], "inside")))
    poly = star_polygon(rng, 5)
    p = find(poly, wants[2])
    out.append((f"点{pt(p)}在多边形{pts(poly)}的里面吗？", rel(wants[2], "inside")))
    poly = star_polygon(rng, 6)
    p = find(poly, wants[3])
    out.append((f"请问{pt(p)}这个点在由{pts(poly, sep='、')}围成的图形内吗？",
                rel(wants[3], "inside")))
    return out


@tpl("zh_sanjiaoxing_mianji", "geometry", "zh", "positive", "heldout")
def t_zh_sanjiaoxing_mianji(rng):
    out = []
    a, b, c = triangle(rng)
    out.append((f"顶点为{pt(a)}、{pt(b)}、{pt(c)}的三角形面积是多少？", num(shoelace([a, b, c]))))
    a, b, c = triangle(rng)
    out.append((f"三角形ABC的三个顶点是A{pt(a)}、B{pt(b)}、C{pt(c)}，求它的面积",
                num(shoelace([a, b, c]))))
    a, b, c = triangle(rng)
    out.append((f"以{zh_pt(a)}、{zh_pt(b)}、{zh_pt(c)}为顶点的三角形，面积等于多少？",
                num(shoelace([a, b, c]))))
    a, b, c = triangle(rng)
    out.append((f"求三点{pt(a)}，{pt(b)}，{pt(c)}构成的三角形的面积", num(shoelace([a, b, c]))))
    return out


@tpl("neg_home_projects", "geometry", "en", "negative", "heldout")
def t_neg_home_projects(rng):
    return [(p, NONE) for p in [
        "How many cans of paint do I need for a 12 by 15 foot bedroom?",
        "How many tiles should I buy for a 3 m by 4 m bathroom floor?",
        "How much mulch do I need for a circular flower bed 6 feet across?",
        "What size rug looks best in a 14 by 18 living room?"]]


@tpl("neg_shape_trivia", "geometry", "en", "negative", "heldout")
def t_neg_shape_trivia(rng):
    return [(p, NONE) for p in [
        "How many sides does a stop sign have?",
        "How many panels are on a standard soccer ball?",
        "How many sides does the Pentagon building in Virginia have?",
        "How many small squares are on one face of a Rubik's cube?"]]


@tpl("zh_neg_zhuangxiu", "geometry", "zh", "negative", "heldout")
def t_zh_neg_zhuangxiu(rng):
    return [(p, NONE) for p in [
        "我家客厅4米乘5米，放多大的沙发合适？",
        "一百平米的房子装修大概要花多少钱？",
        "30平方米的卧室装几匹的空调合适？",
        "直径30厘米的披萨够几个人吃？"]]


# Build ========================================================================================


def build() -> tuple[list[dict], list[dict]]:
    rng = random.Random(ROUND)
    splits: dict[str, list[dict]] = {"dev": [], "heldout": []}
    for name, family, lang, kind, split, fn in TEMPLATES:
        pairs = fn(rng)
        assert len(pairs) == 4, name
        short = name.replace("_", "-")
        for i, (prompt, expected) in enumerate(pairs):
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
    for split, records in (("dev", dev), ("heldout", heldout)):
        path = OUT_DIR / f"corpus_{split}{ROUND}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for rec in records:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"wrote {len(records)} records to {path.name}")


if __name__ == "__main__":
    main()
