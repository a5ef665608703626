"""Round-14 routing corpus: blind phrasings for the dev14 / heldout14 splits.

Run ``python tests/routing/make_corpus_round14.py`` to (re)write ``corpus_dev14.jsonl`` and
``corpus_heldout14.jsonl`` next to this file. Every expected answer is computed here with a
plain-Python oracle (ints, Fraction, Decimal, trial division, string counting, analytic
geometry); sympy and shapely are used only to cross-check those oracles.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from decimal import Decimal, localcontext
from fractions import Fraction
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SPLITS = ("dev14", "heldout14")
FAM3 = {"arithmetic": "ari", "comparison": "com", "number_theory": "num", "counting": "cou",
        "geometry": "geo"}

Result = tuple[str, dict[str, Any], str | None]
Template = Callable[[random.Random, int], Result]
REGISTRY: list[tuple[str, str, str, str, Template]] = []


def template(name: str, family: str, lang: str, kind: str = "positive"):
    def deco(func: Template) -> Template:
        REGISTRY.append((name, family, lang, kind, func))
        return func
    return deco


# Oracles ---------------------------------------------------------------------------------------


def fstr(q: Fraction | int) -> str:
    q = Fraction(q)
    return str(q.numerator) if q.denominator == 1 else f"{q.numerator}/{q.denominator}"


def num(q: Fraction | int) -> dict[str, Any]:
    return {"type": "number", "answer": fstr(q)}


def yes_no(flag: bool) -> dict[str, Any]:
    return {"type": "bool", "answer": "yes" if flag else "no"}


def canon_yn(flag: bool) -> str:
    return "yes" if flag else "no"


def dec_text(q: Fraction) -> str:
    """Plain decimal text of a terminating rational, else "a/b"."""
    d = q.denominator
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    if d != 1:
        return fstr(q)
    with localcontext() as ctx:
        ctx.prec = 80
        text = format(Decimal(q.numerator) / Decimal(q.denominator), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    k = 2
    while k * k <= n:
        if n % k == 0:
            return False
        k += 1
    return True


def factor(n: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    k = 2
    while k * k <= n:
        e = 0
        while n % k == 0:
            n //= k
            e += 1
        if e:
            out.append((k, e))
        k += 1
    if n > 1:
        out.append((n, 1))
    return out


def gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return a


def lcm(a: int, b: int) -> int:
    return a // gcd(a, b) * b


def factorial(n: int) -> int:
    out = 1
    for k in range(2, n + 1):
        out *= k
    return out


def digit_sum(n: int) -> int:
    return sum(int(c) for c in str(n))


def isqrt(n: int) -> int:
    lo, hi = 0, n + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo


def sqrt_text(n: int) -> str:
    """Exact simplified text of sqrt(n) for a non-negative integer n."""
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


def sqrt_sum_decimal(values: list[int], places: int = 8) -> str:
    with localcontext() as ctx:
        ctx.prec = 60
        total = sum((Decimal(v).sqrt() for v in values), Decimal(0))
        return str(total.quantize(Decimal(1).scaleb(-places)))


ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth"]


def words(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + ("" if rest == 0 else " " + words(rest))
    rest = n % 1000
    return words(n // 1000) + " thousand" + ("" if rest == 0 else " " + words(rest))


Point = tuple[Fraction, Fraction]


def pt(x: float | int | str, y: float | int | str) -> Point:
    return (Fraction(x), Fraction(y))


def ptxt(p: Point) -> str:
    return f"({dec_text(p[0])}, {dec_text(p[1])})"


def cross(o: Point, a: Point, b: Point) -> Fraction:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def on_segment(p: Point, a: Point, b: Point) -> bool:
    return (cross(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
            and min(a[1], b[1]) <= p[1] <= max(a[1], b[1]))


def locate(p: Point, poly: list[Point]) -> str:
    n = len(poly)
    for k in range(n):
        if on_segment(p, poly[k], poly[(k + 1) % n]):
            return "boundary"
    inside = False
    for k in range(n):
        a, b = poly[k], poly[(k + 1) % n]
        if (a[1] > p[1]) != (b[1] > p[1]):
            x_cross = a[0] + (p[1] - a[1]) * (b[0] - a[0]) / (b[1] - a[1])
            if p[0] < x_cross:
                inside = not inside
    return "inside" if inside else "outside"


def shoelace(poly: list[Point]) -> Fraction:
    n = len(poly)
    s = sum(poly[k][0] * poly[(k + 1) % n][1] - poly[(k + 1) % n][0] * poly[k][1]
            for k in range(n))
    return abs(Fraction(s)) / 2


def d2(a: Point, b: Point) -> Fraction:
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2


_DRAWS: dict[str, list[Any]] = {}


def draw(rng: random.Random, key: str, pool: list[Any], i: int) -> Any:
    """The i-th item of a per-template shuffle of pool: distinct items within one template."""
    if i == 0 or key not in _DRAWS:
        _DRAWS[key] = rng.sample(pool, len(pool))
    return _DRAWS[key][i]


def real(expr: str) -> dict[str, Any]:
    return {"type": "real", "answer": expr}


# Arithmetic positives --------------------------------------------------------------------------


@template("answer_key", "arithmetic", "en")
def _answer_key(rng: random.Random, i: int) -> Result:
    a, b, c, d = rng.randint(12, 60), rng.randint(5, 40), rng.randint(3, 12), rng.randint(10, 99)
    grade = ["5th", "6th", "7th", "4th"][i]
    k = rng.randint(2, 15)
    prompt = (f"Making the answer key for my {grade} graders' worksheet tonight. Problem {k} "
              f"reads: ({a} + {b}) × {c} − {d}. What number do I put in the key?")
    ans = (a + b) * c - d
    return prompt, num(ans), str(ans)


@template("pr_constant", "arithmetic", "en")
def _pr_constant(rng: random.Random, i: int) -> Result:
    name = ["CACHE_BYTES", "MAX_PAYLOAD", "BUFFER_LIMIT", "QUOTA_BYTES"][i]
    a = rng.choice([512, 1024, 2048, 4096])
    b = rng.choice([8, 16, 32, 64])
    c, d = rng.randint(3, 9), rng.randint(100, 999)
    prompt = ("Reviewing a PR and someone wrote this:\n\n```python\n"
              f"{name} = {a} * {b} * {c} + {d}\n```\n\n"
              "What's the actual value of that constant? Going to ask them to put it in a comment.")
    ans = a * b * c + d
    return prompt, num(ans), f"{ans:,}"


@template("phone_divide", "arithmetic", "en")
def _phone_divide(rng: random.Random, i: int) -> Result:
    x = rng.randint(100, 9999)
    y = rng.choice([4, 8, 12, 16, 25, 40, 7, 9])
    head = ["wats {x} divded by {y}", "whats {x} devided by {y}", "wat is {x} divided bt {y}",
            "whats {x} divded by {y} again"][i].format(x=x, y=y)
    tail = [" my calc app keeps crashing lol", " ?? on my phone n cant do it in my head",
            " pls quick", " thx"][i]
    q = Fraction(x, y)
    return head + tail, num(q), dec_text(q)


@template("invoice_tax", "arithmetic", "en")
def _invoice_tax(rng: random.Random, i: int) -> Result:
    while True:
        rate = Decimal(rng.choice(["7.5", "6.25", "8", "5.5", "12.5", "9.75"]))
        sub = Decimal(rng.randint(5000, 900000)) / 100
        tax = sub * rate / 100
        if tax == tax.quantize(Decimal("0.01")):
            break
    who = ["Client invoice", "Vendor bill for Q3", "Invoice #2231", "Catering quote"][i]
    prompt = (f"{who}: subtotal is ${sub:,.2f} and the sales tax rate is {rate}%. "
              "How much is the tax itself (not the total)?")
    q = Fraction(tax)
    return prompt, num(q), f"{tax.quantize(Decimal('0.01'))}"


@template("zh_fraction_drill", "arithmetic", "zh")
def _zh_fraction_drill(rng: random.Random, i: int) -> Result:
    q, s = rng.randint(2, 9), rng.randint(2, 9)
    p, r = rng.randint(1, q - 1), rng.randint(1, s - 1)
    while gcd(p, q) != 1 or gcd(r, s) != 1:
        q, s = rng.randint(2, 9), rng.randint(2, 9)
        p, r = rng.randint(1, q - 1), rng.randint(1, s - 1)
    m = rng.randint(2, 30)
    head = ["【课堂练习】", "第 3 题：", "同学们先自己算一下：", "练习册上的题目："][i]
    prompt = f"{head}计算 ({p}/{q} + {r}/{s}) × {m} 等于多少？"
    ans = (Fraction(p, q) + Fraction(r, s)) * m
    return prompt, num(ans), fstr(ans)


@template("zh_step_average", "arithmetic", "zh")
def _zh_step_average(rng: random.Random, i: int) -> Result:
    n = rng.randint(5, 7)
    vals = [rng.randint(3000, 15000) for _ in range(n)]
    tail = ["平均一天走了多少步呀？", "算下平均每天多少步呗 🙏", "平均下来每天多少步啊？",
            "那平均数是多少呀 😅"][i]
    prompt = f"这周每天走的步数：{'、'.join(map(str, vals))}。{tail}"
    ans = Fraction(sum(vals), n)
    return prompt, num(ans), fstr(ans)


@template("quiz_power", "arithmetic", "en")
def _quiz_power(rng: random.Random, i: int) -> Result:
    b = rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13])
    e = rng.randint(7, 11 if b < 7 else 9)
    prompt = (f"Quiz night host here. Tiebreaker question is \"what is {b} to the power of {e}?\" "
              "— closest guess wins, but I need the exact number on my card.")
    ans = 1
    for _ in range(e):
        ans *= b
    return prompt, num(ans), str(ans)


@template("zh_chat_multiply", "arithmetic", "zh")
def _zh_chat_multiply(rng: random.Random, i: int) -> Result:
    a, b = rng.randint(120, 9999), rng.randint(12, 999)
    tail = ["😂 脑子转不动了", "呀，急用～", "啊 谢谢啦 🙏", "哈，懒得开计算器了"][i]
    prompt = f"哈喽～帮我算下 {a} 乘以 {b} 等于多少{tail}"
    return prompt, num(a * b), str(a * b)


@template("cram_binomial", "arithmetic", "en")
def _cram_binomial(rng: random.Random, i: int) -> Result:
    n = rng.randint(6, 14)
    k = rng.randint(2, n - 2)
    prompt = (f"cramming for my combinatorics final, quick sanity check: "
              f"{n}! / ({k}! * {n - k}!) = ?")
    ans = Fraction(factorial(n), factorial(k) * factorial(n - k))
    return prompt, num(ans), fstr(ans)


@template("scanned_unicode", "arithmetic", "en")
def _scanned_unicode(rng: random.Random, i: int) -> Result:
    b = rng.choice([3, 4, 6, 8, 12])
    a = rng.randint(20, 400)
    c = rng.randint(2, 9)
    e = rng.choice([2, 3])
    d = rng.randint(5, 90)
    sup = "²" if e == 2 else "³"
    prompt = ("Copied this from a scanned textbook page, hope the symbols come through: "
              f"{a} ÷ {b} × {c}{sup} − {d}. What does it come out to?")
    ans = Fraction(a, b) * c**e - d
    return prompt, num(ans), fstr(ans)


@template("zh_divide_upset", "arithmetic", "zh")
def _zh_divide_upset(rng: random.Random, i: int) -> Result:
    a = rng.randint(1000, 99999)
    b = rng.choice([8, 16, 25, 32, 40, 125, 64])
    tail = ["我按计算器按了好几遍，结果都不一样 😭", "作业上的，帮忙看看", "在线等",
            "对答案用的"][i]
    prompt = f"{a} 除以 {b} 等于多少？{tail}"
    q = Fraction(a, b)
    return prompt, num(q), dec_text(q)


@template("homework_words", "arithmetic", "en")
def _homework_words(rng: random.Random, i: int) -> Result:
    if i % 3 == 0:
        a, b = rng.randint(100, 999), rng.randint(100, 999)
        op, ans = "plus", a + b
    elif i % 3 == 1:
        a, b = rng.randint(500, 999), rng.randint(100, 499)
        op, ans = "minus", a - b
    else:
        a, b = rng.randint(13, 99), rng.randint(3, 9)
        op, ans = "times", a * b
    prompt = (f"My daughter writes her numbers out in words. Her worksheet line says "
              f"\"{words(a)} {op} {words(b)}\" — what's the answer, so I can check hers?")
    return prompt, num(ans), str(ans)


@template("zh_power_class", "arithmetic", "zh")
def _zh_power_class(rng: random.Random, i: int) -> Result:
    b, e = rng.randint(2, 9), rng.randint(5, 13)
    head = ["【课堂练习】", "请问 ", "算一算：", "口算挑战："][i]
    prompt = f"{head}{b} 的 {e} 次方等于多少？"
    return prompt, num(b**e), str(b**e)


@template("parent_remainder", "arithmetic", "en")
def _parent_remainder(rng: random.Random, i: int) -> Result:
    a, b = rng.randint(1000, 999999), rng.randint(7, 97)
    prompt = ("Parent here, checking homework. The sheet says: \"Find the remainder when "
              f"{a:,} is divided by {b}.\" What's the remainder?")
    return prompt, num(a % b), str(a % b)


# Comparison positives --------------------------------------------------------------------------


@template("pub_decimals", "comparison", "en")
def _pub_decimals(rng: random.Random, i: int) -> Result:
    n = rng.randint(1, 20)
    first = rng.randint(0, 8)
    two = f"{n}.{first}{rng.randint(1, 9)}"
    one = f"{n}.{rng.randint(first + 1, 9)}" if i != 2 else f"{n}.{max(first - 1, 0)}"
    x, y = (two, one) if rng.random() < 0.5 else (one, two)
    big = x if Fraction(x) > Fraction(y) else y
    ctx = ["Settling an argument at the pub:", "Bet with my roommate —", "Kid asked me and now "
           "I doubt myself:", "ok dumb question but"][i]
    prompt = f"{ctx} which is bigger, {x} or {y}?"
    return prompt, {"type": "choice", "answer": big}, big


def _mixed_values(rng: random.Random, k: int) -> list[tuple[str, Fraction]]:
    out: dict[Fraction, str] = {}
    while len(out) < k:
        kind = rng.randint(0, 3)
        if kind == 0:
            t = str(rng.randint(-12, 12))
        elif kind == 1:
            t = f"{rng.choice(['', '-'])}{rng.randint(0, 9)}.{rng.randint(1, 99)}"
            t = t.rstrip("0")
        elif kind == 2:
            den = rng.randint(2, 9)
            nu = rng.randint(1, 2 * den)
            if gcd(nu, den) != 1 or nu % den == 0:
                continue
            t = f"{nu}/{den}"
        else:
            t = f"-{rng.randint(1, 9)}.{rng.randint(1, 9)}"
        v = Fraction(t)
        if v not in out and t != "-0":
            out[v] = t
    return [(t, v) for v, t in out.items()]


@template("numberline_sort", "comparison", "en")
def _numberline_sort(rng: random.Random, i: int) -> Result:
    vals = _mixed_values(rng, 5)
    ctx = ["For a number line activity:", "Prepping flashcards.", "Quick one.",
           "Checking my kid's answer:"][i]
    prompt = (f"{ctx} can you sort these from smallest to largest? "
              f"{', '.join(t for t, _ in vals)}")
    ans = [t for t, _ in sorted(vals, key=lambda tv: tv[1])]
    exp = {"type": "list", "elem": "number", "ordered": True, "order": "asc", "answer": ans}
    return prompt, exp, ", ".join(ans)


@template("zh_frac_vs_dec", "comparison", "zh")
def _zh_frac_vs_dec(rng: random.Random, i: int) -> Result:
    while True:
        q = rng.choice([3, 7, 9, 11, 13, 6])
        p = rng.randint(1, q - 1)
        f = Fraction(p, q)
        places = rng.choice([2, 3])
        d = round(float(f), places) + rng.choice([-1, 1]) * 10**-places
        d_text = f"{d:.{places}f}"
        if Fraction(d_text) != f and Fraction(d_text) > 0:
            break
    a, b = (f"{p}/{q}", d_text) if rng.random() < 0.5 else (d_text, f"{p}/{q}")
    big = a if Fraction(a) > Fraction(b) else b
    tail = ["有点懵", "考试题，求助", "我同桌说是前面那个", "🤔"][i]
    prompt = f"{a} 和 {b} 哪个大呀？{tail}"
    return prompt, {"type": "choice", "answer": big}, big


@template("friend_claim_neg", "comparison", "en")
def _friend_claim_neg(rng: random.Random, i: int) -> Result:
    while True:
        x = f"-{rng.randint(0, 3)}.{rng.randint(1, 99)}"
        y = f"-{rng.randint(0, 3)}.{rng.randint(1, 99)}"
        if Fraction(x) != Fraction(y) and (Fraction(x) < Fraction(y)) == (i % 2 == 0):
            break
    who, pron = [("sister", "she"), ("coworker", "he"), ("tutor", "she"), ("uncle", "he")][i]
    prompt = f"My {who} insists that {x} is less than {y}. Is {pron} right?"
    flag = Fraction(x) < Fraction(y)
    return prompt, yes_no(flag), canon_yn(flag)


@template("sensor_max", "comparison", "en")
def _sensor_max(rng: random.Random, i: int) -> Result:
    base = rng.randint(5, 40)
    seen: dict[Fraction, str] = {}
    k = rng.randint(4, 5)
    while len(seen) < k:
        t = f"{base + rng.choice([-1, 0, 0])}.{rng.randint(1, 999):0{rng.choice([1, 2, 3])}d}"
        if not t.endswith("0"):
            seen.setdefault(Fraction(t), t)
    vals = list(seen.items())
    rng.shuffle(vals)
    top = max(vals)[1]
    when = ["this morning", "overnight", "during the test run", "at noon"][i]
    prompt = (f"Readings from the lab sensor {when}: {', '.join(t for _, t in vals)}. "
              "Which one is the highest?")
    return prompt, {"type": "choice", "answer": top}, top


@template("zh_desc_sort", "comparison", "zh")
def _zh_desc_sort(rng: random.Random, i: int) -> Result:
    seen: dict[Fraction, str] = {}
    while len(seen) < 5:
        t = rng.choice([str(rng.randint(-9, 9)), f"{rng.randint(-5, 5)}.{rng.randint(1, 9)}",
                        f"{rng.randint(-5, 5)}.{rng.randint(1, 9)}5"])
        seen.setdefault(Fraction(t), t)
    vals = [t for _, t in seen.items()]
    rng.shuffle(vals)
    head = ["把下面这些数从大到小排一下：", "请将下列各数按从大到小的顺序排列：",
            "帮我从大到小排个序呀：", "从大到小排列："][i]
    prompt = head + "、".join(vals)
    ans = sorted(vals, key=Fraction, reverse=True)
    exp = {"type": "list", "elem": "number", "ordered": True, "order": "desc", "answer": ans}
    return prompt, exp, " > ".join(ans)


@template("quick_smallest", "comparison", "en")
def _quick_smallest(rng: random.Random, i: int) -> Result:
    d = rng.randint(1, 9)
    pool = [f"0.{d}", f"0.0{d}", f"0.0{d}{d}", f"0.0{d}{d}{d}", f"0.{d}01",
            f"0.{d - 1}9" if d > 1 else "0.19"]
    vals = rng.sample(pool, 4)
    while len({Fraction(v) for v in vals}) < 4:
        vals = rng.sample(pool, 4)
    low = min(vals, key=Fraction)
    lead = ["quick —", "real quick:", "need this fast,", "sanity check:"][i]
    prompt = f"{lead} smallest of {', '.join(vals)}?"
    return prompt, {"type": "choice", "answer": low}, low


@template("zh_teacher_claim", "comparison", "zh")
def _zh_teacher_claim(rng: random.Random, i: int) -> Result:
    while True:
        q = rng.choice([3, 6, 7, 9, 11, 12])
        p = rng.randint(1, q - 1)
        places = rng.choice([1, 2])
        d = f"{round(p / q + rng.choice([-1, 1]) * 10**-places, places):.{places}f}"
        if Fraction(d) != Fraction(p, q) and Fraction(d) > 0:
            break
    who = ["老师说", "同桌说", "课本上写着", "我妈说"][i]
    prompt = f"{who} {d} 比 {p}/{q} 小，这个说法对吗？"
    flag = Fraction(d) < Fraction(p, q)
    return prompt, yes_no(flag), "是" if flag else "否"


@template("terse_ineq", "comparison", "en")
def _terse_ineq(rng: random.Random, i: int) -> Result:
    a, b = -rng.randint(1, 60), -rng.randint(1, 60)
    while a == b:
        b = -rng.randint(1, 60)
    op = "<" if i % 2 == 0 else ">"
    flag = a < b if op == "<" else a > b
    tail = [" y/n", " yes or no", "", " (y/n)"][i]
    prompt = f"is {a} {op} {b} ?{tail}"
    return prompt, yes_no(flag), canon_yn(flag)


@template("polite_fractions", "comparison", "en")
def _polite_fractions(rng: random.Random, i: int) -> Result:
    while True:
        b, d = rng.randint(3, 15), rng.randint(3, 15)
        a, c = rng.randint(1, b - 1), rng.randint(1, d - 1)
        if Fraction(a, b) != Fraction(c, d) and gcd(a, b) == 1 and gcd(c, d) == 1:
            break
    hello = ["Good afternoon, I hope you're well.", "Hello there, and sorry to bother you.",
             "Good morning!", "Hi, I hope this isn't a silly question."][i]
    prompt = (f"{hello} Could you kindly tell me which of the two fractions {a}/{b} and {c}/{d} "
              "is the larger? Thank you so much in advance.")
    big = f"{a}/{b}" if Fraction(a, b) > Fraction(c, d) else f"{c}/{d}"
    return prompt, {"type": "choice", "answer": big}, big


@template("zh_min_chat", "comparison", "zh")
def _zh_min_chat(rng: random.Random, i: int) -> Result:
    seen: dict[Fraction, str] = {}
    base = rng.randint(1, 6)
    while len(seen) < 4:
        t = rng.choice([f"-{base}.{rng.randint(1, 9)}", f"-{base}.{rng.randint(10, 99)}",
                        f"-{base}", str(rng.randint(-2, 3)), f"-{base + 1}"])
        seen.setdefault(Fraction(t), t)
    vals = list(seen.values())
    rng.shuffle(vals)
    low = min(vals, key=Fraction)
    tail = ["啊", "呀 😵", "？搞不清负数了", "哈"][i]
    prompt = f"这几个数里最小的是哪个{tail}：{'、'.join(vals)}"
    return prompt, {"type": "choice", "answer": low}, low


@template("code_list_sort", "comparison", "en")
def _code_list_sort(rng: random.Random, i: int) -> Result:
    base = rng.randint(1, 9)
    seen: dict[Fraction, str] = {}
    while len(seen) < 5:
        t = f"{base}.{rng.randint(0, 999):0{rng.choice([1, 2, 3])}d}"
        if not t.endswith("0"):
            seen.setdefault(Fraction(t), t)
    vals = list(seen.values())
    rng.shuffle(vals)
    var = ["values", "thresholds", "weights", "scores"][i]
    prompt = (f"```python\n{var} = [{', '.join(vals)}]\n```\n"
              "Without running anything: what's that list in ascending order?")
    ans = sorted(vals, key=Fraction)
    exp = {"type": "list", "elem": "number", "ordered": True, "order": "asc", "answer": ans}
    return prompt, exp, "[" + ", ".join(ans) + "]"


# Number theory positives -----------------------------------------------------------------------


@template("hunt_prime", "number_theory", "en")
def _hunt_prime(rng: random.Random, i: int) -> Result:
    if i % 2 == 0:
        n = rng.randint(1000, 9999)
        while not is_prime(n):
            n += 1
    else:
        ps = [p for p in range(23, 140) if is_prime(p)]
        n = rng.choice(ps) * rng.choice(ps)
    prompt = (f"Puzzle hunt team here. Our last clue decoded to the number {n}. Is {n} prime? "
              "(If it is, we think that's the meta answer.)")
    return prompt, yes_no(is_prime(n)), canon_yn(is_prime(n))


@template("factor_exponent", "number_theory", "en")
def _factor_exponent(rng: random.Random, i: int) -> Result:
    while True:
        n = 1
        for p in rng.sample([2, 3, 5, 7, 11, 13], rng.randint(2, 4)):
            n *= p ** rng.randint(1, 4)
        if 500 <= n <= 500000:
            break
    tail = ["exponent form is fine.", "with exponents", "as a product of primes.",
            "need it for a proof."][i]
    prompt = f"Prime factorization of {n} please — {tail}"
    f = factor(n)
    exp = {"type": "factorization", "answer": [[p, e] for p, e in f], "n": n}
    return prompt, exp, " × ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in f)


@template("zh_gcd", "number_theory", "zh")
def _zh_gcd(rng: random.Random, i: int) -> Result:
    g = rng.randint(4, 40)
    x, y = rng.randint(2, 30), rng.randint(2, 30)
    while gcd(x, y) != 1 or x == y:
        y = rng.randint(2, 30)
    a, b = g * x, g * y
    head = ["练习题：", "", "课堂小测：", "例 2 "][i]
    prompt = f"{head}求 {a} 和 {b} 的最大公约数。"
    return prompt, num(gcd(a, b)), str(gcd(a, b))


@template("terse_lcm", "number_theory", "en")
def _terse_lcm(rng: random.Random, i: int) -> Result:
    a, b, c = rng.sample(range(4, 45), 3)
    form = ["lcm of {a}, {b} and {c}?", "lcm({a}, {b}, {c}) = ?",
            "least common multiple {a} {b} {c}", "LCM of {a}, {b}, {c} pls"][i]
    ans = lcm(lcm(a, b), c)
    return form.format(a=a, b=b, c=c), num(ans), str(ans)


@template("euler_largest_pf", "number_theory", "en")
def _euler_largest_pf(rng: random.Random, i: int) -> Result:
    ps = [p for p in range(2, 2000) if is_prime(p)]
    n = 1
    for p in rng.sample(ps[:15], rng.randint(1, 3)):
        n *= p
    n *= rng.choice(ps[100:])
    prompt = ("Sanity-checking my Project Euler-style solution before I submit: what is the "
              f"largest prime factor of {n}?")
    ans = factor(n)[-1][0]
    return prompt, num(ans), str(ans)


@template("zh_prime_count", "number_theory", "zh")
def _zh_prime_count(rng: random.Random, i: int) -> Result:
    n = draw(rng, "zh_count", [30, 50, 60, 80, 100, 120, 150, 200], i)
    prompt = [f"小于 {n} 的质数一共有几个？", f"小于 {n} 的质数有几个呀",
              f"小于 {n} 的质数一共多少个？老师让背下来", f"比 {n} 小的质数有多少个？"][i]
    ans = sum(1 for k in range(n) if is_prime(k))
    return prompt, num(ans), str(ans)


@template("checksum_digits", "number_theory", "en")
def _checksum_digits(rng: random.Random, i: int) -> Result:
    n = rng.randint(100000, 99999999)
    prompt = (f"Checksum exercise in my intro CS class — what's the sum of the digits of {n:,}?")
    if i % 2:
        prompt = f"Digit sum of {n}? Doing a checksum exercise and want to compare."
    return prompt, num(digit_sum(n)), str(digit_sum(n))


@template("zh_divisible", "number_theory", "zh")
def _zh_divisible(rng: random.Random, i: int) -> Result:
    d = rng.choice([3, 4, 6, 7, 8, 9, 11])
    n = rng.randint(10000, 999999)
    if i % 2 == 0:
        n -= n % d
    elif n % d == 0:
        n += 1
    tail = ["在线等，急！", "", "求解答", "谢谢～"][i]
    prompt = f"{n} 能被 {d} 整除吗？{tail}"
    flag = n % d == 0
    return prompt, yes_no(flag), "是" if flag else "否"


@template("divisor_count", "number_theory", "en")
def _divisor_count(rng: random.Random, i: int) -> Result:
    n = rng.choice([2, 4, 8, 16]) * rng.choice([1, 3, 9, 27]) * rng.choice([1, 5, 25]) * \
        rng.choice([1, 7, 11])
    ans = 1
    for _, e in factor(n):
        ans *= e + 1
    prompt = f"How many positive divisors does {n} have? Counting 1 and {n} itself."
    return prompt, num(ans), str(ans)


@template("train_trailing_zeros", "number_theory", "en")
def _train_trailing_zeros(rng: random.Random, i: int) -> Result:
    n = rng.randint(25, 600)
    ans, p = 0, 5
    while p <= n:
        ans += n // p
        p *= 5
    lead = ["Random thought on the train:", "Bored on my commute.", "shower thought:",
            "Stuck in traffic and wondering:"][i]
    prompt = f"{lead} how many zeros does {n}! end with? (that's {n} factorial)"
    return prompt, num(ans), str(ans)


@template("zh_perfect_square", "number_theory", "zh")
def _zh_perfect_square(rng: random.Random, i: int) -> Result:
    k = rng.randint(30, 150)
    n = k * k if i % 2 == 0 else k * k + rng.randint(1, 2 * k)
    tail = ["", "？怎么判断比较快", "？", "？谢谢"][i]
    prompt = f"{n} 是完全平方数吗" + (tail or "？")
    flag = isqrt(n) ** 2 == n
    return prompt, yes_no(flag), "是" if flag else "否"


@template("odometer_palindrome", "number_theory", "en")
def _odometer_palindrome(rng: random.Random, i: int) -> Result:
    if i % 2 == 0:
        half = str(rng.randint(100, 999))
        s = half + half[-2::-1] if rng.random() < 0.5 else half + half[::-1]
    else:
        s = str(rng.randint(10000, 999999))
        while s == s[::-1]:
            s = str(int(s) + 1)
    n = int(s)
    prompt = (f"My car's odometer just rolled over to {n}. Is that number a palindrome? "
              "Kids are asking from the back seat.")
    flag = str(n) == str(n)[::-1]
    return prompt, yes_no(flag), canon_yn(flag)


@template("zh_digital_root", "number_theory", "zh")
def _zh_digital_root(rng: random.Random, i: int) -> Result:
    n = rng.randint(10000, 999999999)
    r = n
    while r >= 10:
        r = digit_sum(r)
    prompt = f"{n} 的数字根是多少？（就是把各位数字一直相加，直到只剩一位数）"
    if i % 2:
        prompt = f"请问 {n} 的数字根是几？"
    return prompt, num(r), str(r)


@template("primes_below_list", "number_theory", "en")
def _primes_below_list(rng: random.Random, i: int) -> Result:
    n = draw(rng, "below", [20, 30, 40, 50, 60, 45, 36], i)
    ctx = ["For a sieve demo in class:", "Making a poster for the classroom wall.",
           "Need these for a unit test fixture.", "Homework check:"][i]
    prompt = f"{ctx} list all the primes less than {n}."
    ans = [str(k) for k in range(n) if is_prime(k)]
    exp = {"type": "list", "elem": "number", "ordered": False, "answer": ans}
    return prompt, exp, ", ".join(ans)


# Counting positives ----------------------------------------------------------------------------

TWISTERS = ["she sells sea shells by the sea shore", "peter piper picked a peck of pickled peppers",
            "the rain in spain stays mainly in the plain", "a big black bug bit a big black bear",
            "how much wood would a woodchuck chuck", "betty bought a bit of better butter",
            "fuzzy wuzzy was a bear", "six slippery snails slid slowly seaward"]


@template("twister_letter", "counting", "en")
def _twister_letter(rng: random.Random, i: int) -> Result:
    s = draw(rng, "twister", TWISTERS, i)
    letters = sorted({c for c in s if c.isalpha() and s.count(c) >= 3})
    c = rng.choice(letters)
    prompt = (f"Speech therapy homework with my son. How many times does the letter '{c}' "
              f"appear in this sentence: \"{s}\"?")
    return prompt, num(s.count(c)), str(s.count(c))


@template("zh_letter_in_word", "counting", "zh")
def _zh_letter_in_word(rng: random.Random, i: int) -> Result:
    pool = ["banana", "strawberry", "mississippi", "committee", "bookkeeper", "occurrence",
            "parallel", "possession", "necessary", "embarrass"]
    w = draw(rng, "zh_letter", pool, i)
    c = rng.choice(sorted({ch for ch in w if w.count(ch) >= 2}))
    tail = ["", "呀", "？数了两遍不一样", "？"][i]
    prompt = f"单词 {w} 里面有多少个字母 {c}" + (tail if tail.startswith("？") else tail + "？")
    return prompt, num(w.count(c)), str(w.count(c))


SENTENCES = ["The early bird catches the worm but the second mouse gets the cheese",
             "We stayed up late watching old movies and eating cold pizza",
             "My neighbor plays the trumpet every single morning at seven",
             "A journey of a thousand miles begins with a single step",
             "Please remember to water the plants while we are away on holiday",
             "The library closes early on Fridays during the summer months",
             "Our team finally won the trivia night after six long weeks"]


@template("sentence_words", "counting", "en")
def _sentence_words(rng: random.Random, i: int) -> Result:
    s = draw(rng, "sentences", SENTENCES, i)
    prompt = [f"How many words are in this sentence? \"{s}\"",
              f"Word count for: {s}",
              f"\"{s}\" — how many words is that?",
              f"Count the words in the following sentence please.\n\n{s}"][i]
    return prompt, num(len(s.split())), str(len(s.split()))


@template("vowel_count", "counting", "en")
def _vowel_count(rng: random.Random, i: int) -> Result:
    w = draw(rng, "vowels", ["education", "onomatopoeia", "questionnaire", "abstemious",
                             "facetious", "sequoia", "ambiguous", "pneumonia", "audiovisual",
                             "reputation"], i)
    n = sum(1 for c in w if c in "aeiou")
    prompt = [f"Count the vowels (a, e, i, o, u) in '{w}'.",
              f"Spelling practice: how many vowels does \"{w}\" have? (a e i o u only)",
              f"number of vowels in {w}? counting a, e, i, o and u",
              f"How many of the letters in '{w}' are vowels — a, e, i, o or u?"][i]
    return prompt, num(n), str(n)


@template("nth_letter", "counting", "en")
def _nth_letter(rng: random.Random, i: int) -> Result:
    w = draw(rng, "nth", ["cryptography", "photosynthesis", "accommodation", "kaleidoscope",
                          "extravagant", "thunderstorm", "marshmallow"], i)
    k = rng.randint(3, min(len(w), 12))
    prompt = (f"Crossword help: what's the {ORDINALS[k - 1]} letter of the word '{w}'?")
    return prompt, {"type": "text", "answer": w[k - 1]}, w[k - 1]


@template("zh_letter_total", "counting", "zh")
def _zh_letter_total(rng: random.Random, i: int) -> Result:
    w = draw(rng, "zh_total", ["international", "responsibility", "environment", "extraordinary",
                               "pronunciation", "vocabulary", "congratulations", "temperature"], i)
    tail = ["", "？抄单词的时候想知道", "呀", "？背单词用"][i]
    prompt = f"“{w}” 这个单词一共有几个字母" + (tail if tail.startswith("？") else tail + "？")
    return prompt, num(len(w)), str(len(w))


@template("poster_backwards", "counting", "en")
def _poster_backwards(rng: random.Random, i: int) -> Result:
    w = draw(rng, "backwards", ["desserts", "drawer", "diaper", "reward", "stressed", "deliver",
                                "repaid", "straw", "lived", "spoons"], i)
    prompt = (f"Making a 'words that flip' poster with my class — spell '{w}' backwards for me?")
    rev = w[::-1]
    return prompt, {"type": "text", "answer": rev}, rev


@template("hunt_anagram", "counting", "en")
def _hunt_anagram(rng: random.Random, i: int) -> Result:
    yes = [("listen", "silent"), ("secure", "rescue"), ("garden", "danger"), ("binary", "brainy"),
           ("fluster", "restful"), ("castle", "cleats")]
    no = [("apple", "pleat"), ("robust", "buster"), ("earth", "hearts"), ("signal", "single"),
          ("master", "steamer"), ("ocean", "canoes")]
    a, b = draw(rng, "anagram", list(zip(yes, no, strict=True)), i)[i % 2]
    prompt = (f"Puzzle hunt: are '{a}' and '{b}' anagrams of each other? Need a yes or no before "
              "we call it in.")
    flag = sorted(a) == sorted(b)
    return prompt, yes_no(flag), canon_yn(flag)


@template("zh_longer_word", "counting", "zh")
def _zh_longer_word(rng: random.Random, i: int) -> Result:
    while True:
        a, b = rng.sample(["elephant", "giraffe", "computer", "teacher", "library", "mountain",
                           "umbrella", "sunflower", "chocolate", "pineapple"], 2)
        if len(a) != len(b):
            break
    tail = ["", "呀", "？小朋友问我的", "？"][i]
    prompt = f"{a} 和 {b} 哪个单词的字母更多" + (tail if tail.startswith("？") else tail + "？")
    win = a if len(a) > len(b) else b
    return prompt, {"type": "word_choice", "answer": win}, win


@template("distinct_letters", "counting", "en")
def _distinct_letters(rng: random.Random, i: int) -> Result:
    w = draw(rng, "distinct", ["bookkeeper", "mississippi", "committee", "balloon", "assessment",
                               "referee", "tattoo", "successful"], i)
    n = len(set(w))
    prompt = [f"how many different letters are used in the word '{w}'?",
              f"How many distinct letters does \"{w}\" contain?",
              f"In '{w}', how many unique letters are there (each letter counted once)?",
              f"distinct letters in {w} — how many?"][i]
    return prompt, num(n), str(n)


@template("quiz_alpha", "counting", "en")
def _quiz_alpha(rng: random.Random, i: int) -> Result:
    pool = ["pear", "apple", "mango", "kiwi", "banana", "cherry", "apricot", "peach", "plum",
            "melon", "grape", "lime"]
    ws = rng.sample(pool, rng.randint(4, 6))
    prompt = (f"Quiz night round {i + 2}: put these in alphabetical order — {', '.join(ws)}")
    ans = sorted(ws)
    exp = {"type": "list", "elem": "text", "ordered": True, "answer": ans}
    return prompt, exp, ", ".join(ans)


@template("zh_last_letter", "counting", "zh")
def _zh_last_letter(rng: random.Random, i: int) -> Result:
    w = draw(rng, "last", ["rhythm", "knowledge", "autumn", "climb", "island", "breakfast",
                           "answer", "psychology"], i)
    prompt = [f"单词 {w} 的最后一个字母是什么？", f"{w} 这个词最后一个字母是啥呀",
              f"请问英文单词 {w} 的最后一个字母是哪个？", f"{w} 最后一个字母是？"][i]
    return prompt, {"type": "text", "answer": w[-1]}, w[-1]


# Geometry positives ----------------------------------------------------------------------------

TRIPLES = [(3, 4, 5), (6, 8, 10), (5, 12, 13), (8, 15, 17), (9, 12, 15)]


@template("circles_cross", "geometry", "en")
def _circles_cross(rng: random.Random, i: int) -> Result:
    while True:
        x1, y1, x2, y2 = (rng.randint(-8, 8) for _ in range(4))
        r1, r2 = rng.randint(1, 7), rng.randint(1, 7)
        dd = (x1 - x2) ** 2 + (y1 - y2) ** 2
        d = dd**0.5
        crossing = abs(r1 - r2) + 0.5 < d < r1 + r2 - 0.5
        apart = d > r1 + r2 + 0.5
        if (crossing and i % 2 == 0) or (apart and i % 2 == 1):
            break
    prompt = (f"Circle A has center ({x1}, {y1}) and radius {r1}; circle B has center "
              f"({x2}, {y2}) and radius {r2}. Do the two circles intersect?")
    flag = (r1 - r2) ** 2 < dd < (r1 + r2) ** 2
    return prompt, yes_no(flag), canon_yn(flag)


@template("zh_common_points", "geometry", "zh")
def _zh_common_points(rng: random.Random, i: int) -> Result:
    a, b, c = rng.choice(TRIPLES)
    sx, sy = rng.choice([1, -1]), rng.choice([1, -1])
    x1, y1 = rng.randint(-5, 5), rng.randint(-5, 5)
    x2, y2 = x1 + sx * a, y1 + sy * b
    case = [0, 1, 2, 3][i]
    if case == 0:  # external tangency
        r1 = rng.randint(1, c - 1)
        r2 = c - r1
    elif case == 1:  # crossing
        r1 = rng.randint(2, c - 1)
        r2 = c - r1 + 2
    elif case == 2:  # internal tangency
        r1 = c + rng.randint(1, 4)
        r2 = r1 - c
    else:  # one inside the other
        r1 = c + rng.randint(3, 6)
        r2 = rng.randint(1, r1 - c - 1)
    dd = (x1 - x2) ** 2 + (y1 - y2) ** 2
    if dd > (r1 + r2) ** 2 or dd < (r1 - r2) ** 2:
        ans = 0
    elif dd in ((r1 + r2) ** 2, (r1 - r2) ** 2):
        ans = 1
    else:
        ans = 2
    prompt = (f"圆 C1：圆心 ({x1}, {y1})，半径 {r1}；圆 C2：圆心 ({x2}, {y2})，半径 {r2}。"
              "这两个圆有几个公共点？")
    return prompt, num(ans), str(ans)


POLY_L = [pt(0, 0), pt(8, 0), pt(8, 6), pt(4, 3), pt(0, 6)]
POLY_U = [pt(0, 0), pt(9, 0), pt(9, 7), pt(6, 7), pt(6, 3), pt(3, 3), pt(3, 7), pt(0, 7)]
POLY_T = [pt(1, 1), pt(10, 2), pt(6, 9)]


@template("point_polygon", "geometry", "en")
def _point_polygon(rng: random.Random, i: int) -> Result:
    poly = rng.choice([POLY_L, POLY_U])
    want = ["inside", "boundary", "outside", rng.choice(["inside", "outside"])][i]
    while True:
        p = pt(rng.randint(-1, 10), rng.randint(-1, 8))
        if locate(p, poly) == want:
            break
    verts = ", ".join(ptxt(v) for v in poly)
    prompt = (f"Polygon vertices in order: {verts}. Is the point {ptxt(p)} inside it, on its "
              "boundary, or outside?")
    return prompt, {"type": "relation", "answer": want}, want


@template("code_polygon_area", "geometry", "en")
def _code_polygon_area(rng: random.Random, i: int) -> Result:
    pts = _rand_poly(rng, rng.randint(4, 5), 0, 9)
    body = ", ".join(f"({p[0]}, {p[1]})" for p in pts)
    var = ["pts", "vertices", "outline", "poly"][i]
    prompt = (f"```python\n{var} = [{body}]\n```\n"
              "What's the area of the polygon with these vertices (in that order)?")
    ans = shoelace(pts)
    return prompt, num(ans), dec_text(ans)


def _segments_cross(a: Point, b: Point, c: Point, d: Point) -> bool:
    o1, o2 = cross(a, b, c), cross(a, b, d)
    o3, o4 = cross(c, d, a), cross(c, d, b)
    if o1 * o2 < 0 and o3 * o4 < 0:
        return True
    return (on_segment(c, a, b) or on_segment(d, a, b) or on_segment(a, c, d)
            or on_segment(b, c, d))


def _simple(poly: list[Point]) -> bool:
    n = len(poly)
    for k in range(n):
        if cross(poly[k - 1], poly[k], poly[(k + 1) % n]) == 0:
            return False
        for m in range(k + 2, n):
            if k == 0 and m == n - 1:
                continue
            if _segments_cross(poly[k], poly[(k + 1) % n], poly[m], poly[(m + 1) % n]):
                return False
    return True


def _rand_poly(rng: random.Random, k: int, lo: int, hi: int) -> list[Point]:
    while True:
        pts = [pt(rng.randint(lo, hi), rng.randint(lo, hi)) for _ in range(k)]
        if len(set(pts)) == k and _simple(pts):
            return pts


@template("zh_perimeter", "geometry", "zh")
def _zh_perimeter(rng: random.Random, i: int) -> Result:
    pts = _rand_poly(rng, rng.choice([3, 4]), -4, 6)
    names = "ABCD"
    verts = "、".join(f"{names[k]}{ptxt(p)}" for k, p in enumerate(pts))
    prompt = [f"一个多边形的顶点依次是 {verts}，它的周长是多少？",
              f"已知多边形顶点依次为 {verts}，求周长。",
              f"顶点按顺序是 {verts} 的多边形，周长等于多少呀？",
              f"求以 {verts} 为顶点（按此顺序）的多边形的周长。"][i]
    sq = [int(d2(pts[k], pts[(k + 1) % len(pts)])) for k in range(len(pts))]
    expr = " + ".join(sqrt_text(v) for v in sq)
    return prompt, real(expr), sqrt_sum_decimal(sq)


@template("two_point_distance", "geometry", "en")
def _two_point_distance(rng: random.Random, i: int) -> Result:
    a = pt(rng.randint(-9, 9), rng.randint(-9, 9))
    b = pt(rng.randint(-9, 9), rng.randint(-9, 9))
    while a == b:
        b = pt(rng.randint(-9, 9), rng.randint(-9, 9))
    prompt = [f"Distance between {ptxt(a)} and {ptxt(b)}?",
              f"How far apart are the points {ptxt(a)} and {ptxt(b)}? Exact form please.",
              f"dist from {ptxt(a)} to {ptxt(b)}",
              f"Game dev here: straight-line distance from {ptxt(a)} to {ptxt(b)} on the grid?"][i]
    v = int(d2(a, b))
    return prompt, real(sqrt_text(v)), sqrt_sum_decimal([v])


@template("exam_triangle_area", "geometry", "en")
def _exam_triangle_area(rng: random.Random, i: int) -> Result:
    while True:
        tri = [pt(rng.randint(-6, 9), rng.randint(-6, 9)) for _ in range(3)]
        if cross(*tri) != 0:
            break
    a, b, c = (ptxt(p) for p in tri)
    prompt = (f"triangle with vertices A{a}, B{b}, C{c} — find its area. exam tomorrow, "
              "pls help")
    ans = shoelace(tri)
    return prompt, num(ans), dec_text(ans)


@template("zh_circle_area", "geometry", "zh")
def _zh_circle_area(rng: random.Random, i: int) -> Result:
    r = Fraction(rng.randint(2, 30), rng.choice([1, 1, 2]))
    prompt = [f"半径是 {dec_text(r)} 厘米的圆，面积是多少？用 π 表示就行。",
              f"一个圆的半径为 {dec_text(r)}，求它的面积（保留 π）。",
              f"圆的半径 {dec_text(r)} cm，面积多少呀？结果带 π 就好",
              f"请问半径 {dec_text(r)} 的圆面积是多少？"][i]
    return prompt, real(f"{fstr(r * r)}*pi"), f"{fstr(r * r)}π"


@template("circumference_exact", "geometry", "en")
def _circumference_exact(rng: random.Random, i: int) -> Result:
    r = Fraction(rng.randint(1, 40), rng.choice([1, 2, 4]))
    prompt = [f"What's the circumference of a circle with radius {dec_text(r)}? Exact answer in "
              "terms of pi please.",
              f"circle, r = {dec_text(r)}. circumference? (leave pi in)",
              f"For a craft project I need the circumference of a circle of radius {dec_text(r)}"
              " — in terms of π is fine.",
              f"Circumference of a radius-{dec_text(r)} circle, exact?"][i]
    c = 2 * r
    return prompt, real(f"{fstr(c)}*pi"), f"{fstr(c)}*pi"


@template("segments_cross", "geometry", "en")
def _segments_cross_t(rng: random.Random, i: int) -> Result:
    while True:
        a, b, c, d = (pt(rng.randint(-6, 6), rng.randint(-6, 6)) for _ in range(4))
        os_ = [cross(a, b, c), cross(a, b, d), cross(c, d, a), cross(c, d, b)]
        if 0 in os_:
            continue
        flag = os_[0] * os_[1] < 0 and os_[2] * os_[3] < 0
        if flag == (i % 2 == 0):
            break
    prompt = (f"Does the segment from {ptxt(a)} to {ptxt(b)} cross the segment from {ptxt(c)} "
              f"to {ptxt(d)}?")
    return prompt, yes_no(flag), canon_yn(flag)


@template("zh_point_triangle", "geometry", "zh")
def _zh_point_triangle(rng: random.Random, i: int) -> Result:
    want = "inside" if i % 2 == 0 else "outside"
    while True:
        tri = [pt(rng.randint(-5, 8), rng.randint(-5, 8)) for _ in range(3)]
        if abs(cross(*tri)) < 12:
            continue
        p = pt(rng.randint(-5, 8), rng.randint(-5, 8))
        if locate(p, tri) == want:
            break
    a, b, c = (ptxt(v) for v in tri)
    prompt = [f"点 P{ptxt(p)} 在三角形 ABC 内部吗？其中 A{a}、B{b}、C{c}。",
              f"三角形顶点 A{a}，B{b}，C{c}，点 P{ptxt(p)} 在不在三角形里面啊？",
              f"已知 A{a}、B{b}、C{c}，判断点 P{ptxt(p)} 是否在三角形 ABC 内部。",
              f"P{ptxt(p)} 在 △ABC 内部吗？A{a}，B{b}，C{c}"][i]
    exp = {"type": "relation", "answer": want, "yes_if": "inside"}
    return prompt, exp, "是" if want == "inside" else "否"


def _segment_circle_count(p: Point, q: Point, c: Point, r: int) -> int | None:
    """Common points of segment pq and the circle; None when the case is borderline."""
    dx, dy = q[0] - p[0], q[1] - p[1]
    fx, fy = p[0] - c[0], p[1] - c[1]
    a = dx * dx + dy * dy
    b = 2 * (fx * dx + fy * dy)
    cc = fx * fx + fy * fy - r * r
    disc = b * b - 4 * a * cc
    if disc <= 0:
        return 0 if disc < 0 else None
    root = float(disc) ** 0.5
    ts = [(-float(b) - root) / (2 * float(a)), (-float(b) + root) / (2 * float(a))]
    if any(abs(t) < 1e-3 or abs(t - 1) < 1e-3 for t in ts):
        return None
    return sum(1 for t in ts if 0 < t < 1)


@template("segment_circle", "geometry", "en")
def _segment_circle(rng: random.Random, i: int) -> Result:
    want = [2, 1, 0, rng.choice([0, 1, 2])][i]
    while True:
        c = pt(rng.randint(-3, 3), rng.randint(-3, 3))
        r = rng.randint(2, 6)
        p = pt(rng.randint(-9, 9), rng.randint(-9, 9))
        q = pt(rng.randint(-9, 9), rng.randint(-9, 9))
        if p != q and _segment_circle_count(p, q, c, r) == want:
            break
    prompt = (f"How many points do the segment from {ptxt(p)} to {ptxt(q)} and the circle "
              f"centered at {ptxt(c)} with radius {r} have in common?")
    return prompt, num(want), str(want)


@template("zh_distance", "geometry", "zh")
def _zh_distance(rng: random.Random, i: int) -> Result:
    a = pt(rng.randint(-12, 12), rng.randint(-12, 12))
    b = pt(rng.randint(-12, 12), rng.randint(-12, 12))
    while a == b:
        b = pt(rng.randint(-12, 12), rng.randint(-12, 12))
    prompt = [f"平面直角坐标系中，点 A{ptxt(a)} 和点 B{ptxt(b)} 之间的距离是多少？",
              f"A{ptxt(a)} 到 B{ptxt(b)} 有多远呀？",
              f"求两点 M{ptxt(a)}、N{ptxt(b)} 间的距离。",
              f"坐标 {ptxt(a)} 和 {ptxt(b)} 这两个点距离多少啊 🙏"][i]
    v = int(d2(a, b))
    return prompt, real(sqrt_text(v)), sqrt_sum_decimal([v])


@template("circle_within", "geometry", "en")
def _circle_within(rng: random.Random, i: int) -> Result:
    while True:
        x1, y1, x2, y2 = (rng.randint(-6, 6) for _ in range(4))
        r1, r2 = rng.randint(5, 12), rng.randint(1, 6)
        dd = (x1 - x2) ** 2 + (y1 - y2) ** 2
        d = dd**0.5
        inside = d + r2 < r1 - 0.5
        crossing = r1 - r2 + 0.5 < d < r1 + r2 - 0.5
        if (inside and i % 2 == 0) or (crossing and i % 2 == 1):
            break
    prompt = (f"Is the circle centered at ({x2}, {y2}) with radius {r2} completely inside the "
              f"circle centered at ({x1}, {y1}) with radius {r1}?")
    flag = dd < (r1 - r2) ** 2
    return prompt, yes_no(flag), canon_yn(flag)


# Negatives -------------------------------------------------------------------------------------

NONE: dict[str, Any] = {"type": "none"}


def negative(name: str, family: str, lang: str, prompts: list[str]) -> None:
    assert len(prompts) == 4

    def func(rng: random.Random, i: int) -> Result:
        return prompts[i], NONE, None
    template(name, family, lang, "negative")(func)


negative("bake_sale_story", "arithmetic", "en", [
    "Lena bakes 3 trays of 24 cookies for the school bake sale. Her brother eats 5 of them, and "
    "she packs the rest into bags of 6. How many full bags can she sell?",
    "A farmer has 4 fields with 38 rows of corn each. Crows ruin 17 rows, and each remaining row "
    "yields 12 ears. How many ears does he harvest?",
    "Tom reads 18 pages on Monday and twice as many on Tuesday. If the book has 240 pages, how "
    "many pages are left after Wednesday, when he reads 25 more?",
    "A bus starts with 42 passengers. At the first stop a third get off and 9 get on; at the "
    "second stop half of the riders get off. How many are still on the bus?",
])
negative("zh_pocket_story", "arithmetic", "zh", [
    "小明有 50 元，买了 3 本笔记本，每本 8 元，又买了一支 6 元的笔，他还剩多少钱？",
    "妈妈买了 4 箱苹果，每箱 24 个，吃掉了 15 个，剩下的平均分给 9 个小朋友，每人分几个？",
    "一辆车上午开了 3 小时，每小时 60 千米，下午又开了 150 千米，全天一共开了多少千米？",
    "学校组织春游，每辆大巴坐 45 人，四年级有 3 个班，每班 38 人，至少要租几辆大巴？",
])
negative("cups_convention", "arithmetic", "en", [
    "How many cups are in 2 liters?",
    "How many tablespoons are in a stick of butter?",
    "How many ounces is a pint of beer?",
    "If a recipe says 3 cups of flour, how many grams is that?",
])
negative("tip_opinion", "arithmetic", "en", [
    "Is a 15% tip on an $84 dinner bill too stingy in New York?",
    "My rent is $2,100 and I make $5,800 a month. Is that too much to spend on rent?",
    "Is $40 a reasonable amount to give as a wedding gift for a coworker?",
    "Would a 10% tip on a $60 haircut be considered rude?",
])
negative("zh_exchange_rate", "arithmetic", "zh", [
    "100 美元现在大概能换多少人民币呀？",
    "500 欧元今天能换多少人民币？",
    "1 万日元现在值多少钱人民币啊",
    "200 英镑换成人民币大概多少？最近汇率怎么样",
])
negative("excel_method", "arithmetic", "en", [
    "How do I calculate compound interest in Excel for 5 years at 4% a year?",
    "What's the formula in Google Sheets for percentage change between two columns?",
    "How do I compute a weighted average in Excel when the weights are in another sheet?",
    "How do you work out CAGR by hand? Can you walk me through the steps?",
])
negative("semver_newer", "comparison", "en", [
    "Is lodash 4.17.21 newer than 4.17.4?",
    "Which is the newer release of Django, 3.2.18 or 3.10?",
    "Is Python 3.10 newer than Python 3.9, or did they go backwards?",
    "Is version 1.10.0 of our API client newer than 1.9.7?",
])
negative("zh_country_area", "comparison", "zh", [
    "中国和美国哪个国土面积更大？",
    "加拿大和俄罗斯哪个国家面积大？",
    "巴西和澳大利亚哪个人口更多呀？",
    "日本和德国哪个国家的 GDP 更高？",
])
negative("which_came_first", "comparison", "en", [
    "Which came first, the Battle of Hastings or the signing of the Magna Carta?",
    "Which was invented earlier, the telephone or the light bulb?",
    "Did the Eiffel Tower open before or after the Statue of Liberty was dedicated?",
    "Which is older, Harvard or the University of Tokyo?",
])
negative("zh_price_opinion", "comparison", "zh", [
    "iPhone 卖 7999 块贵不贵啊？值得买吗",
    "月薪 8000 在上海算高还是低？",
    "一斤车厘子 60 块是不是太贵了？",
    "花 3000 块报个暑假班值不值呀 🤔",
])
negative("trick_heavier", "comparison", "en", [
    "Which is heavier, a kilogram of feathers or a kilogram of steel?",
    "Which weighs more: a pound of bricks or a pound of marshmallows?",
    "What's heavier, a ton of cotton or a ton of iron?",
    "Which is bigger, a baker's dozen or a regular dozen?",
])
negative("city_population", "comparison", "en", [
    "Is Tokyo's population bigger than 30 million?",
    "Does Lagos have more people than Cairo?",
    "Is Mount Everest more than 9,000 meters tall?",
    "Is the Amazon longer than the Nile?",
])
negative("phone_real", "number_theory", "en", [
    "Is 555-0134 a real phone number? Got a missed call from it.",
    "Is 1-800-273-8255 still a working hotline number?",
    "What country uses the dialing code +351?",
    "Is the number 020 7946 0018 a London landline or a mobile?",
])
negative("zh_lucky_number", "number_theory", "zh", [
    "为什么 8 在中国被认为是吉利的数字？",
    "为什么很多楼没有 4 楼啊？",
    "13 这个数字在西方为什么不吉利？",
    "手机号里带 6 和 9 真的会更好吗 😂",
])
negative("write_prime_code", "number_theory", "en", [
    "Write a Python function that checks whether a number is prime.",
    "Can you write a JavaScript snippet that returns the gcd of two integers?",
    "Write me a Rust function that lists the prime factors of a u64.",
    "How would I implement the Sieve of Eratosthenes in C? Show the code.",
])
negative("open_conjecture", "number_theory", "en", [
    "Has anyone proved the twin prime conjecture yet?",
    "Is the Goldbach conjecture still open?",
    "Who proved Fermat's Last Theorem and how long did it take?",
    "What's the current status of the Collatz conjecture?",
])
negative("zh_id_checkdigit", "number_theory", "zh", [
    "身份证号最后一位是 X 是什么意思？",
    "银行卡号的最后一位校验码是怎么来的？",
    "ISBN 号码里的数字分别代表什么呀",
    "车牌号里的字母和数字有什么规律吗？",
])
negative("largest_known", "number_theory", "en", [
    "What is the largest known prime number right now?",
    "How many Mersenne primes have been discovered so far?",
    "What's the biggest perfect number anyone has found?",
    "Who found the most recent record prime, and with what software?",
])
negative("syllables", "counting", "en", [
    "How many syllables are in 'strawberry'?",
    "How many syllables does the word 'orange' have?",
    "Is 'fire' one syllable or two?",
    "How many syllables in 'comfortable' when you say it normally?",
])
negative("rhyme", "counting", "en", [
    "What rhymes with orange?",
    "Give me five words that rhyme with 'silver'.",
    "Does 'love' rhyme with 'move'?",
    "What's a good rhyme for 'purple' for a birthday poem?",
])
negative("zh_spell_translate", "counting", "zh", [
    "“苹果”用英语怎么拼？",
    "“图书馆”的英文单词是什么？",
    "“蝴蝶”英语怎么说，怎么拼写呀",
    "“长颈鹿”翻译成英文是哪个词？",
])
negative("word_meaning", "counting", "en", [
    "What does 'sesquipedalian' mean? Saw it in a book.",
    "What's the difference between 'affect' and 'effect'?",
    "Is 'irregardless' a real word?",
    "What's the plural of 'octopus'?",
])
negative("zh_idiom", "counting", "zh", [
    "成语“一石二鸟”是什么意思？",
    "“画蛇添足”这个成语出自哪里？",
    "“三心二意”用英语怎么表达？",
    "“七上八下”是什么意思啊，怎么用",
])
negative("essay_length", "counting", "en", [
    "How many words should a college application essay be?",
    "How long is a typical novel in words?",
    "How many words per minute does an average person read?",
    "How many words are in the English language?",
])
negative("figure_angle", "geometry", "en", [
    "In the figure above, what is the measure of angle ABC?",
    "Looking at the diagram, find the length of side x.",
    "In the picture I attached, is the shaded region a trapezoid?",
    "From the graph shown, what is the area of the triangle?",
])
negative("zh_sofa_room", "geometry", "zh", [
    "我家客厅大概 20 平米，放多大的沙发比较合适？",
    "卧室 12 平米，放 1.8 米的床会不会太挤？",
    "阳台 6 平米能不能放下一个洗衣机和烘干机？",
    "30 平米的小公寓怎么布置显得空间大一点？",
])
negative("zh_field_estimate", "geometry", "zh", [
    "一个标准足球场大概要铺多少块 60 厘米的地砖？",
    "天安门广场大概能站下多少人？",
    "一个篮球场刷一遍漆大概要多少桶油漆？",
    "一个游泳池大概能装多少个乒乓球？",
])
negative("city_distance", "geometry", "en", [
    "How far is it from London to Paris in kilometres?",
    "What's the distance from the Earth to the Moon?",
    "How big is Central Park in acres?",
    "How tall is the Eiffel Tower including the antenna?",
])


# Assembly --------------------------------------------------------------------------------------


def _build_with_answers() -> tuple[list[dict[str, Any]], list[str | None]]:
    rng = random.Random(14)
    _DRAWS.clear()
    group_index: dict[tuple[str, str], int] = {}
    records: list[dict[str, Any]] = []
    answers: list[str | None] = []
    for name, family, lang, kind, func in REGISTRY:
        k = group_index.get((family, kind), 0)
        group_index[(family, kind)] = k + 1
        split = SPLITS[k % 2]
        seen: set[str] = set()
        for i in range(4):
            for _ in range(200):
                prompt, expected, answer = func(rng, i)
                if prompt not in seen:
                    break
            else:
                raise RuntimeError(f"could not make a fresh prompt for {name}")
            seen.add(prompt)
            records.append({
                "id": f"r14-{FAM3[family]}-{lang}-{name}-{i}",
                "split": split,
                "kind": kind,
                "family": family,
                "lang": lang,
                "template": f"r14_{name}",
                "prompt": prompt,
                "expected": expected,
            })
            answers.append(answer)
    return records, answers


def build() -> list[dict[str, Any]]:
    return _build_with_answers()[0]


def main() -> None:
    records = build()
    for split in SPLITS:
        path = HERE / f"corpus_{split}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for rec in records:
                if rec["split"] == split:
                    f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"wrote {path.name}: {sum(r['split'] == split for r in records)} records")


if __name__ == "__main__":
    main()
