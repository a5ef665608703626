"""Round 18 of the labelled routing corpus: an independent blind round written from scratch.

Round 18 was written without looking at any earlier generator, corpus file or the library
source; only the record format and answer matcher in ``compare.py`` were consulted. Every
template is a new way of asking a question (or a new near-miss negative), with four instances
each. Templates are split whole between ``dev18`` and ``heldout18``. Every expected answer is
computed here from the numbers / words placed in the prompt (exact ``Fraction`` arithmetic,
trial division, direct counting, integer geometry and analytic circle formulas).

Run ``python tests/routing/make_corpus_round18.py`` to (re)write ``corpus_dev18.jsonl`` and
``corpus_heldout18.jsonl`` next to this file.
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
DEV, HELD = "dev18", "heldout18"

Record = dict[str, Any]
Gen = Callable[[random.Random, int], tuple[str, dict[str, Any]]]
TEMPLATES: list[tuple[str, str, str, str, str, Gen]] = []


def template(split: str, family: str, lang: str, kind: str, name: str) -> Callable[[Gen], Gen]:
    def deco(fn: Gen) -> Gen:
        TEMPLATES.append((split, family, lang, kind, f"r18_{name}", fn))
        return fn
    return deco


def negatives(split: str, family: str, lang: str, name: str, prompts: list[str]) -> None:
    assert len(prompts) == 4

    def gen(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
        return prompts[i], NONE

    TEMPLATES.append((split, family, lang, "negative", f"r18_{name}", gen))


# Expected answers -------------------------------------------------------------------------------

NONE: dict[str, Any] = {"type": "none"}


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


def word_choice(answer: str) -> dict[str, Any]:
    return {"type": "word_choice", "answer": answer}


def num_list(items: list[str], ordered: bool, order: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "list", "elem": "number", "ordered": ordered,
                           "answer": list(items)}
    if order:
        out["order"] = order
    return out


def word_list(items: list[str]) -> dict[str, Any]:
    return {"type": "list", "elem": "text", "ordered": True, "answer": list(items)}


def relation(answer: str, yes_if: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "relation", "answer": answer}
    if yes_if:
        out["yes_if"] = yes_if
    return out


def factorization(n: int) -> dict[str, Any]:
    return {"type": "factorization", "n": n,
            "answer": [[p, e] for p, e in sorted(factorize(n).items())]}


# Number helpers ---------------------------------------------------------------------------------


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def factorize(n: int) -> dict[int, int]:
    out: dict[int, int] = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            out[d] = out.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        out[n] = out.get(n, 0) + 1
    return out


def gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return a


def is_happy(n: int) -> bool:
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(c) ** 2 for c in str(n))
    return n == 1


def dec(units: int, places: int) -> str:
    """The decimal string of units / 10**places (units > 0), e.g. dec(75, 1) == "7.5"."""
    whole, frac = divmod(units, 10**places)
    return f"{whole}.{frac:0{places}d}" if frac else str(whole)


def signed_dec(units: int, places: int) -> str:
    return "-" + dec(-units, places) if units < 0 else dec(units, places)


def surd(n: int) -> str:
    """sqrt(n) written exactly: "5", "sqrt(13)", "3*sqrt(2)"."""
    k = math.isqrt(n)
    if k * k == n:
        return str(k)
    outer, inner = 1, n
    for f in range(k, 1, -1):
        if n % (f * f) == 0:
            outer, inner = f, n // (f * f)
            break
    return f"sqrt({inner})" if outer == 1 else f"{outer}*sqrt({inner})"


def pi_times(q: Fraction) -> str:
    return f"{q}*pi"


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# Geometry helpers -------------------------------------------------------------------------------

Pt = tuple[int, int]


def pt(p: Pt) -> str:
    return f"({p[0]}, {p[1]})"


def zpt(p: Pt) -> str:
    return f"({p[0]},{p[1]})"


def pts(ps: list[Pt], last: str = ", ") -> str:
    return ", ".join(pt(p) for p in ps[:-1]) + last + pt(ps[-1])


def zpts(ps: list[Pt]) -> str:
    return "、".join(zpt(p) for p in ps)


def cross(o: Pt, a: Pt, b: Pt) -> int:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def dist2(a: Pt, b: Pt) -> int:
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2


def shoelace(ps: list[Pt]) -> Fraction:
    s = sum(ps[k][0] * ps[(k + 1) % len(ps)][1] - ps[(k + 1) % len(ps)][0] * ps[k][1]
            for k in range(len(ps)))
    return Fraction(abs(s), 2)


def on_segment(p: Pt, a: Pt, b: Pt) -> bool:
    return (cross(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
            and min(a[1], b[1]) <= p[1] <= max(a[1], b[1]))


def locate(p: Pt, poly: list[Pt]) -> str:
    n = len(poly)
    if any(on_segment(p, poly[k], poly[(k + 1) % n]) for k in range(n)):
        return "boundary"
    inside = False
    for k in range(n):
        (x1, y1), (x2, y2) = poly[k], poly[(k + 1) % n]
        if (y1 > p[1]) != (y2 > p[1]):
            x_cross = x1 + Fraction(p[1] - y1) * (x2 - x1) / (y2 - y1)
            if p[0] < x_cross:
                inside = not inside
    return "inside" if inside else "outside"


def hull(points: list[Pt]) -> list[Pt]:
    ps = sorted(set(points))
    if len(ps) < 3:
        return ps
    lower: list[Pt] = []
    for p in ps:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[Pt] = []
    for p in reversed(ps):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def convex_polygon(rng: random.Random, n: int, lo: int = -2, hi: int = 9) -> list[Pt]:
    while True:
        cand = [(rng.randint(lo, hi), rng.randint(lo, hi)) for _ in range(n + 2)]
        h = hull(cand)
        if len(h) == n:
            return h


def circle_points(c1: Pt, r1: int, c2: Pt, r2: int) -> int:
    """Number of common points of two distinct circles (never called for identical ones)."""
    d2 = dist2(c1, c2)
    assert not (d2 == 0 and r1 == r2)
    if d2 > (r1 + r2) ** 2 or d2 < (r1 - r2) ** 2:
        return 0
    if d2 in ((r1 + r2) ** 2, (r1 - r2) ** 2):
        return 1
    return 2


def crossing_circles(rng: random.Random, want: bool) -> tuple[Pt, int, Pt, int]:
    """Two circles that cross in two points (want) or lie apart (not want); never nested."""
    while True:
        c1 = (rng.randint(-5, 5), rng.randint(-5, 5))
        c2 = (rng.randint(-6, 8), rng.randint(-6, 8))
        r1, r2 = rng.randint(1, 8), rng.randint(1, 8)
        d2 = dist2(c1, c2)
        if d2 == 0:
            continue
        crossing = (r1 - r2) ** 2 < d2 < (r1 + r2) ** 2
        apart = d2 > (r1 + r2) ** 2
        if (want and crossing) or (not want and apart):
            return c1, r1, c2, r2


def pythagorean_offset(rng: random.Random) -> tuple[int, int, int]:
    a, b, c = rng.choice([(3, 4, 5), (6, 8, 10), (5, 12, 13), (8, 6, 10), (4, 3, 5)])
    return a * rng.choice([1, -1]), b * rng.choice([1, -1]), c


def circle_eq(c: Pt, r: int) -> str:
    def part(var: str, v: int) -> str:
        if v == 0:
            return f"{var}²"
        return f"({var} − {v})²" if v > 0 else f"({var} + {-v})²"
    return f"{part('x', c[0])} + {part('y', c[1])} = {r * r}"


# Word pools -------------------------------------------------------------------------------------

WORDS = ["strawberry", "mississippi", "banana", "bookkeeper", "committee", "occurrence",
         "assessment", "parallel", "tomorrow", "raspberry", "balloon", "coffee", "necessary",
         "accommodate", "referee", "pepper", "success", "address", "millennium", "tennessee",
         "cinnamon", "broccoli", "embarrass", "possession", "giraffe", "umbrella", "harass",
         "vacuum", "letter", "engineer"]
NO_Y_WORDS = ["education", "computer", "elephant", "avocado", "umbrella", "sequoia",
              "automobile", "restaurant", "onomatopoeia", "banana", "calendar", "dinosaur",
              "television", "adventure", "alligator", "pineapple", "magazine", "orange",
              "question", "audience", "kangaroo", "tomato", "education", "abolition"]
PLAIN_WORDS = ["keyboard", "pencil", "window", "garden", "planet", "monkey", "library",
               "journey", "bicycle", "candle", "forest", "whisper", "lantern", "rocket",
               "blanket", "silver", "thunder", "pocket", "marble", "castle", "harvest",
               "jungle", "meadow", "chimney", "spider", "wallet", "kitchen", "pillow"]
SENTENCES = ["The quick brown fox jumps over the lazy dog",
             "My sister bought three red apples at the market today",
             "We should leave early if we want to catch the train",
             "Please remember to water the plants while I am away",
             "The meeting has been moved to the large room upstairs",
             "Every morning he walks his dog along the river",
             "She finished the whole puzzle before lunch",
             "Our team won the final game by a single point",
             "It rained all weekend so we stayed inside and read books",
             "The library closes at noon on Saturdays"]
ANAGRAM_PAIRS = [("listen", "silent"), ("earth", "heart"), ("night", "thing"),
                 ("dusty", "study"), ("below", "elbow"), ("angel", "glean"),
                 ("apple", "paper"), ("hello", "holly"), ("silent", "listed"),
                 ("master", "stream"), ("garden", "danger"), ("binary", "brainy"),
                 ("cinema", "iceman"), ("teacher", "cheater"), ("planet", "plants"),
                 ("market", "tamper"), ("secure", "rescue"), ("stone", "notes"),
                 ("lemon", "melon"), ("actor", "tract"), ("sister", "resist"),
                 ("cheap", "peach"), ("friend", "finder"), ("pirate", "parrot")]


# Arithmetic -------------------------------------------------------------------------------------


@template(DEV, "arithmetic", "en", "positive", "homework_mul_sub")
def _a_homework(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b, c = rng.randint(12, 99), rng.randint(3, 19), rng.randint(10, 300)
    forms = [f"I'm checking my kid's homework. What's {a} × {b} − {c}? Just the number, please.",
             f"Checking homework again: {a} × {b} − {c} = ?",
             f"what is {a} times {b} minus {c}? double-checking a worksheet",
             f"Worksheet question: compute {a}×{b}−{c}. Only need the final answer."]
    return forms[i], num(a * b - c)


@template(HELD, "arithmetic", "en", "positive", "percent_of")
def _a_percent(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    p = rng.choice(["5", "12", "15", "18", "20", "25", "35", "40", "7.5", "12.5", "60"])
    n = rng.randint(4, 400) * 5 if i != 3 else rng.randint(1200, 98000)
    forms = [f"What's {p}% of {n}?",
             f"Quick one — how much is {p} percent of {n}?",
             f"My tip calculator app froze. {p}% of ${n} is what?",
             f"Can you tell me what {p} per cent of {n:,} comes to?"]
    return forms[i], num(Fraction(p) * n / 100)


@template(DEV, "arithmetic", "en", "positive", "fraction_add")
def _a_frac_add(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    b, d = rng.sample([3, 4, 5, 6, 7, 8, 9, 10, 12, 15], 2)
    a = rng.choice([k for k in range(1, b) if math.gcd(k, b) == 1])
    c = rng.choice([k for k in range(1, d) if math.gcd(k, d) == 1])
    f1, f2 = f"{a}/{b}", f"{c}/{d}"
    forms = [f"Add {f1} and {f2} and leave the result as a fraction.",
             f"What do you get when you add {f1} to {f2}?",
             f"{f1} + {f2} — what's that in lowest terms?",
             f"Baking math, sort of: what's {f1} plus {f2}? Exact fraction please."]
    return forms[i], num(Fraction(a, b) + Fraction(c, d))


@template(HELD, "arithmetic", "en", "positive", "power_words")
def _a_power(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = rng.randint(2, 13), rng.randint(3, 7)
    if i == 0:
        return f"What is {a} to the power of {b}?", num(a**b)
    if i == 1:
        return f"{a} raised to the power {b}, please.", num(a**b)
    if i == 2:
        x, y = rng.randint(11, 40), rng.randint(11, 40)
        return f"how much is {x} squared plus {y} squared", num(x * x + y * y)
    x = rng.randint(12, 45)
    return f"Could you work out {x} cubed for me?", num(x**3)


@template(DEV, "arithmetic", "en", "positive", "sum_list")
def _a_sum_list(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    if i == 3:
        xs = [rng.randint(900, 9999) for _ in range(4)]
        body = "\n".join(f"{x:,}" for x in xs)
        return f"I need the total of the following numbers:\n{body}", num(sum(xs))
    xs = [rng.randint(5, 99) for _ in range(rng.randint(4, 6))]
    listed = ", ".join(map(str, xs[:-1])) + f" and {xs[-1]}"
    forms = [f"Add these up for me: {listed}.",
             f"Here are my quiz scores: {', '.join(map(str, xs))}. What's the total?",
             f"Sum of {listed}?"]
    return forms[i], num(sum(xs))


@template(HELD, "arithmetic", "en", "positive", "decimal_divide")
def _a_dec_div(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    x = dec(rng.choice([u for u in range(11, 999) if u % 10]), rng.choice([1, 2]))
    y = rng.choice(["0.25", "0.5", "1.5", "0.125", "2.4", "0.3", "0.75", "1.2"])
    forms = [f"What's {x} divided by {y}?",
             f"{x} ÷ {y} = ?",
             f"Divide {x} by {y} and give me the exact result.",
             f"Can you compute {x}/{y} for me? No rounding."]
    return forms[i], num(Fraction(x) / Fraction(y))


@template(DEV, "arithmetic", "en", "positive", "factorial")
def _a_factorial(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = rng.randint(5, 14)
    forms = [f"What does {n}! equal?",
             f"Compute the factorial of {n}.",
             f"{n} factorial — how big is that?",
             f"I need {n}! for a probability problem, just the value."]
    return forms[i], num(math.factorial(n))


@template(HELD, "arithmetic", "en", "positive", "remainder")
def _a_remainder(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = rng.randint(1000, 99999), rng.randint(7, 60)
    forms = [f"What's the remainder when {a:,} is divided by {b}?",
             f"{a} mod {b}?",
             f"If you divide {a} by {b}, what's left over?",
             f"Find {a} modulo {b}."]
    return forms[i], num(a % b)


@template(DEV, "arithmetic", "en", "positive", "square_root")
def _a_sqrt(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    k = rng.randint(*[(32, 300), (13, 40), (41, 70), (71, 99)][i])
    n = k * k
    forms = [f"What is the square root of {n:,}?",
             f"√{n} = ?",
             f"square root of {n} pls",
             f"My calculator's dead — what's the square root of {n}?"]
    return forms[i], num(k)


@template(HELD, "arithmetic", "en", "positive", "unicode_parens")
def _a_parens(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b, c, d = (rng.randint(2, 40) for _ in range(4))
    if i == 0:
        return f"Evaluate ({a} − {b}) × {c} ÷ {d}.", num(Fraction((a - b) * c, d))
    if i == 1:
        c, d = max(c, d) + 1, min(c, d)
        return (f"({a} + {b}) ÷ ({c} − {d}) — what's the exact value?",
                num(Fraction(a + b, c - d)))
    if i == 2:
        return (f"I keep getting a different answer from my calculator: {a} − {b} × ({c} + {d})."
                " What is it really?", num(a - b * (c + d)))
    return (f"What's {a} × ({b} − {c}) ÷ {d}? Give me a fraction if it doesn't divide evenly.",
            num(Fraction(a * (b - c), d)))


@template(DEV, "arithmetic", "zh", "positive", "zh_mul_add")
def _az_mul_add(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b, c = rng.randint(11, 99), rng.randint(3, 30), rng.randint(5, 500)
    forms = [f"{a}乘以{b}再加上{c}等于多少？",
             f"帮我算一下{a}乘{b}加{c}",
             f"{a}×{b}+{c}=？",
             f"请问 {a} 乘以 {b} 加 {c} 是多少"]
    return forms[i], num(a * b + c)


@template(HELD, "arithmetic", "zh", "positive", "zh_power")
def _az_power(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = rng.randint(2, 15), rng.randint(3, 6)
    if i == 2:
        x = rng.randint(13, 99)
        return f"{x}的平方等于多少", num(x * x)
    forms = [f"{a}的{b}次方是多少？", f"算一下{a}的{b}次方", "", f"{a}的{b}次方等于几？"]
    return forms[i], num(a**b)


@template(DEV, "arithmetic", "zh", "positive", "zh_div_fraction")
def _az_div(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = rng.randint(10, 200), rng.randint(6, 48)
    while a % b == 0:
        a += 1
    forms = [f"{a}除以{b}等于多少？用分数表示。",
             f"帮我算{a}除以{b}，保留分数形式",
             f"{a}÷{b}是多少？结果请写成最简分数",
             f"孩子作业里有一道题：{a}除以{b}，答案是多少？"]
    return forms[i], num(Fraction(a, b))


@template(HELD, "arithmetic", "zh", "positive", "zh_percent")
def _az_percent(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    p = rng.choice(["5", "8", "15", "20", "25", "30", "45", "2.5", "12.5"])
    n = rng.randint(2, 300) * 10
    forms = [f"{n}的{p}%是多少？",
             f"{n}元的{p}%是多少钱？",
             f"请问{n}的百分之{p}是多少",
             f"算一下：{p}% × {n} 等于多少"]
    return forms[i], num(Fraction(p) * n / 100)


@template(DEV, "arithmetic", "zh", "positive", "zh_sum_list")
def _az_sum(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    xs = [rng.randint(3, 199) for _ in range(rng.randint(4, 6))]
    items = "、".join(map(str, xs))
    forms = [f"把这些数加起来：{items}",
             f"{items}，这几个数的和是多少？",
             f"帮我算一下{items}的总和",
             f"请问 {' + '.join(map(str, xs))} 一共是多少？"]
    return forms[i], num(sum(xs))


negatives(DEV, "arithmetic", "en", "trivia_counts", [
    "How many moons does Jupiter have?",
    "Quick question: how many keys are on a standard piano?",
    "how many bones are in the adult human body",
    "How many players does a soccer team have on the field at once? Just the number."])
negatives(HELD, "arithmetic", "en", "clock_times", [
    "It's 10 pm now. What time will it be 5 hours from now?",
    "My flight leaves Chicago at 11:40 and takes 3 hours 50 minutes. What time do I land "
    "in New York?",
    "My night shift starts at 21:00 and lasts 9 hours. When does it end?",
    "If today is Friday, what day of the week will it be 100 days from now?"])
negatives(DEV, "arithmetic", "en", "code_requests", [
    "Write a Python function that multiplies 12 by 7 and prints the result.",
    "Can you give me an Excel formula that adds 15% tax to the price in cell B2?",
    "Show me how to compute 2 to the power of 10 in JavaScript.",
    "What's the C++ syntax for 17 mod 5?"])
negatives(HELD, "arithmetic", "en", "money_advice", [
    "Should I put 5,000 dollars into savings or pay down my 18% credit card first?",
    "Is 4% a good mortgage rate right now?",
    "I earn 3,200 a month — how much should I spend on rent?",
    "Is it worth paying an extra 2% for travel insurance on a 1,500 dollar trip?"])
negatives(DEV, "arithmetic", "zh", "zh_clock", [
    "现在是晚上10点，再过5个小时是几点？",
    "我早上8点半从北京出发，坐高铁4小时48分钟，几点能到上海？",
    "下午3点的4个小时之后是几点",
    "飞机北京时间9点起飞，飞了13个小时，到纽约是当地几点？"])
negatives(HELD, "arithmetic", "zh", "zh_money_advice", [
    "我月薪8000，每个月存多少钱比较合适？",
    "年化3%的理财产品值得买吗？",
    "100万存银行一年利息大概有多少？",
    "房贷30年和20年哪个更划算？"])


# Comparison -------------------------------------------------------------------------------------


def tricky_decimals(rng: random.Random) -> tuple[str, str]:
    """Two different decimals with the same whole part and different lengths (9.11 vs 9.9)."""
    while True:
        w = rng.randint(0, 30)
        x = f"{w}.{rng.choice([u for u in range(11, 100) if u % 10])}"
        y = f"{w}.{rng.randint(1, 9)}"
        if Fraction(x) != Fraction(y):
            return (x, y) if rng.random() < 0.5 else (y, x)


def signed_number(rng: random.Random) -> str:
    kind = rng.randint(0, 2)
    if kind == 0:
        return str(rng.randint(-40, 40))
    if kind == 1:
        return signed_dec(rng.choice([u for u in range(-300, 300) if u % 10]), 1)
    return signed_dec(rng.choice([u for u in range(-999, 999) if u % 10]), 2)


def distinct_numbers(rng: random.Random, k: int, fractions: bool = False) -> list[str]:
    while True:
        items = [signed_number(rng) for _ in range(k)]
        if fractions:
            b = rng.randint(3, 9)
            a = rng.choice([j for j in range(1, b) if math.gcd(j, b) == 1])
            items[rng.randrange(k)] = f"{a}/{b}"
        if len({Fraction(x) for x in items}) == k:
            return items


def proper_fraction_pair(rng: random.Random) -> tuple[str, str]:
    while True:
        b, d = rng.randint(3, 13), rng.randint(3, 13)
        a, c = rng.randint(1, b - 1), rng.randint(1, d - 1)
        if (Fraction(a, b) != Fraction(c, d) and b != d and math.gcd(a, b) == 1
                and math.gcd(c, d) == 1):
            return f"{a}/{b}", f"{c}/{d}"


def bigger(x: str, y: str) -> str:
    return x if Fraction(x) > Fraction(y) else y


def smaller(x: str, y: str) -> str:
    return x if Fraction(x) < Fraction(y) else y


@template(DEV, "comparison", "en", "positive", "bigger_decimal")
def _c_bigger_dec(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    x, y = tricky_decimals(rng)
    forms = [f"Which is bigger, {x} or {y}?",
             f"{x} vs {y} — which one's larger?",
             f"Settle an argument: is {x} or {y} the bigger number?",
             f"which number is greater: {x} or {y}? my friend and I disagree"]
    return forms[i], choice(bigger(x, y))


@template(HELD, "comparison", "en", "positive", "greater_yes_no")
def _c_greater_bool(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    while True:
        x, y = signed_number(rng), signed_number(rng)
        if Fraction(x) != Fraction(y) and (x.startswith("-") or y.startswith("-")):
            break
    shown_x, shown_y = (x.replace("-", "−"), y.replace("-", "−")) if i == 1 else (x, y)
    forms = [f"Is {x} greater than {y}?",
             f"True or false: {shown_x} > {shown_y}.",
             f"Is {x} more than {y}? yes or no",
             f"Quick check — is {x} bigger than {y}?"]
    return forms[i], yes_no(Fraction(x) > Fraction(y))


@template(DEV, "comparison", "en", "positive", "smaller_fraction")
def _c_smaller_frac(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    f1, f2 = proper_fraction_pair(rng)
    forms = [f"Which is smaller: {f1} or {f2}?",
             f"Which fraction is less, {f1} or {f2}?",
             f"I'm comparing {f1} and {f2}. Which one is the smaller of the two?",
             f"Of {f1} and {f2}, which has the lower value?"]
    return forms[i], choice(smaller(f1, f2))


@template(HELD, "comparison", "en", "positive", "sort_ascending")
def _c_sort_asc(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    items = distinct_numbers(rng, rng.randint(4, 6))
    listed = ", ".join(items)
    forms = [f"Sort these from smallest to largest: {listed}",
             f"Can you put {', '.join(items[:-1])} and {items[-1]} in ascending order?",
             f"Order these numbers low to high: {listed}.",
             f"arrange in increasing order -> {' '.join(items)}"]
    return forms[i], num_list(sorted(items, key=Fraction), True, "asc")


@template(DEV, "comparison", "en", "positive", "sort_descending")
def _c_sort_desc(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    items = distinct_numbers(rng, rng.randint(4, 5), fractions=i % 2 == 1)
    listed = ", ".join(items)
    forms = [f"Please list these in descending order: {listed}.",
             f"Rank from largest to smallest: {listed}",
             f"Biggest first, please: {'; '.join(items)}",
             f"Sort {listed} from highest to lowest."]
    return forms[i], num_list(sorted(items, key=Fraction, reverse=True), True, "desc")


@template(HELD, "comparison", "en", "positive", "claim_less_than")
def _c_claim_less(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    x, y = tricky_decimals(rng)
    if i % 2:
        x = f"0.{rng.randint(1, 9)}"
        y = f"0.{rng.choice([u for u in range(11, 100) if u % 10])}"
    forms = [f"My daughter insists {x} is less than {y}. Is she right?",
             f"Someone told me {x} < {y}. Is that correct?",
             f"Is it true that {x} is smaller than {y}?",
             f"My coworker claims {x} is less than {y} — true?"]
    return forms[i], yes_no(Fraction(x) < Fraction(y))


@template(DEV, "comparison", "en", "positive", "larger_thousands")
def _c_larger_thousands(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    base = rng.randint(10_000, 9_000_000)
    x = base
    y = int(str(base)[:-2] + str(base)[-1] + str(base)[-2])
    if x == y:
        y = base + rng.randint(1, 90)
    x, y = (x, y) if rng.random() < 0.5 else (y, x)
    sx, sy = f"{x:,}", f"{y:,}"
    forms = [f"Out of {sx} and {sy}, which one's larger?",
             f"Which is more: {sx} or {sy}?",
             f"Two bids came in, {sx} and {sy}. Which number is higher?",
             f"Tell me which is greater — {sx} or {sy}."]
    return forms[i], choice(str(max(x, y)))


@template(HELD, "comparison", "en", "positive", "smaller_negative")
def _c_smaller_neg(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    while True:
        x = signed_dec(-rng.randint(1, 400), rng.choice([0, 1]))
        y = signed_dec(-rng.randint(1, 400), rng.choice([0, 1]))
        if Fraction(x) != Fraction(y):
            break
    forms = [f"Between {x} and {y}, which number is smaller?",
             f"Which is lower, {x} or {y}?",
             f"Which is less: {x} or {y}? Negative numbers always confuse me.",
             f"Pick the smaller number: {x}, {y}."]
    return forms[i], choice(smaller(x, y))


@template(DEV, "comparison", "en", "positive", "fraction_vs_decimal")
def _c_frac_dec(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    while True:
        b = rng.randint(3, 12)
        a = rng.randint(1, b - 1)
        f = Fraction(a, b)
        units = max(1, round(float(f) * 100) + rng.choice([-1, 1]))
        d = dec(units, 2)
        if Fraction(d) != f and math.gcd(a, b) == 1 and units % 10:
            break
    fs = f"{a}/{b}"
    forms = [f"Which is greater, {fs} or {d}?",
             f"Is {fs} or {d} larger?",
             f"Which one is bigger — {d} or {fs}?",
             f"Compare {fs} and {d} and tell me the larger one."]
    return forms[i], choice(bigger(fs, d))


@template(HELD, "comparison", "en", "positive", "sort_desc_lines")
def _c_sort_desc_lines(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    items = distinct_numbers(rng, rng.randint(4, 6))
    forms = ["Here are some temperatures in °C:\n" + "\n".join(items)
             + "\nCan you order them from warmest to coldest?",
             f"Highest to lowest please: {' | '.join(items)}",
             f"I have these values: {', '.join(items[:-1])} and {items[-1]}. "
             "Sort them in decreasing order.",
             f"Descending sort: [{', '.join(items)}]"]
    return forms[i], num_list(sorted(items, key=Fraction, reverse=True), True, "desc")


@template(DEV, "comparison", "zh", "positive", "zh_which_bigger")
def _cz_bigger(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    x, y = tricky_decimals(rng) if i % 2 == 0 else proper_fraction_pair(rng)
    forms = [f"{x}和{y}哪个大？",
             f"{x}跟{y}比，哪个更大一些？",
             f"请问{x}与{y}哪个数大",
             f"{x}和{y}，谁大？"]
    return forms[i], choice(bigger(x, y))


@template(HELD, "comparison", "zh", "positive", "zh_bigger_yes_no")
def _cz_bigger_bool(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    x, y = tricky_decimals(rng) if i % 2 == 0 else distinct_numbers(rng, 2)
    forms = [f"{x}比{y}大吗？",
             f"{x}是不是比{y}大？",
             f"请问{x}大于{y}吗",
             f"{x}比{y}大，对吗？"]
    return forms[i], yes_no(Fraction(x) > Fraction(y))


@template(DEV, "comparison", "zh", "positive", "zh_sort_ascending")
def _cz_sort_asc(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    items = distinct_numbers(rng, rng.randint(4, 6))
    listed = "、".join(items)
    forms = [f"把下面这些数从小到大排一下：{listed}",
             f"请将{listed}按从小到大的顺序排列",
             f"{listed}，从小到大怎么排？",
             f"帮我把这几个数升序排列：{listed}"]
    return forms[i], num_list(sorted(items, key=Fraction), True, "asc")


@template(HELD, "comparison", "zh", "positive", "zh_which_smaller")
def _cz_smaller(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    x, y = proper_fraction_pair(rng) if i % 2 == 0 else distinct_numbers(rng, 2)
    forms = [f"{x}和{y}哪个小？",
             f"{x}与{y}相比，哪个更小？",
             f"请问{x}、{y}中较小的是哪个",
             f"{x}跟{y}哪个数比较小？"]
    return forms[i], choice(smaller(x, y))


@template(HELD, "comparison", "zh", "positive", "zh_sort_descending")
def _cz_sort_desc(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    items = distinct_numbers(rng, rng.randint(4, 5))
    listed = "、".join(items)
    forms = [f"把{listed}从大到小排列",
             f"请将下列数按从大到小排序：{listed}",
             f"{listed}，按降序排一下",
             f"这几个数从大到小怎么排：{'，'.join(items)}"]
    return forms[i], num_list(sorted(items, key=Fraction, reverse=True), True, "desc")


negatives(DEV, "comparison", "en", "version_numbers", [
    "Is Python 3.11 newer than 3.9?",
    "Which is the later release, macOS 10.15 or 10.9?",
    "Is Node 18.20 more recent than Node 18.3?",
    "Our app went from version 2.10 to 2.9 in the store — is that a downgrade?"])
negatives(HELD, "comparison", "en", "unit_compare", [
    "Which is hotter, 30°C or 80°F?",
    "Is 5 miles longer than 8 kilometres?",
    "Which is more, 3 cups or 1 liter?",
    "Which is heavier, 10 pounds or 4.5 kilograms?"])
negatives(DEV, "comparison", "en", "world_data", [
    "Did the Lakers score more than 110 points last night?",
    "Is Tokyo's population bigger than 30 million?",
    "Is Mount Everest taller than 9,000 meters?",
    "Is the average salary in Germany higher than 50,000 euros?"])
negatives(HELD, "comparison", "en", "spec_opinions", [
    "Which is better for college, a 13-inch or a 15-inch laptop?",
    "Is 8 GB or 16 GB of RAM enough for gaming these days?",
    "Is a 4.5 star hotel really better than a 4 star one?",
    "Should I pick the 256 GB or the 512 GB iPhone?"])
negatives(DEV, "comparison", "zh", "zh_product_opinion", [
    "iPhone 15和iPhone 14哪个好？",
    "小米14和华为P60哪个更值得买？",
    "5G手机和4G手机哪个更省电？",
    "考研和直接工作哪个更好？"])
negatives(HELD, "comparison", "zh", "zh_versions", [
    "Python 3.12 比 3.9 新吗？",
    "微信8.0.50和8.0.9哪个是新版本？",
    "Windows 10和Windows 11哪个更好用？",
    "安卓14比安卓13新吗？"])


# Counting / strings -----------------------------------------------------------------------------


def word_and_letter(rng: random.Random) -> tuple[str, str]:
    w = rng.choice(WORDS)
    letter = rng.choice(sorted({c for c in w if w.count(c) >= 2}))
    return w, letter


@template(DEV, "counting", "en", "positive", "letter_count")
def _k_letter(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w, c = word_and_letter(rng)
    forms = [f"How many {c}'s are in {w}?",
             f"Count the letter '{c}' in \"{w}\".",
             f"how many times does {c} appear in the word {w}",
             f"In the word '{w}', how many '{c}'s are there? It's for a spelling bee."]
    return forms[i], num(w.count(c))


@template(HELD, "counting", "en", "positive", "word_length")
def _k_length(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = rng.choice(WORDS + PLAIN_WORDS)
    forms = [f"How many letters does '{w}' have?",
             f"What's the letter count of {w}?",
             f"How long is the word \"{w}\" in letters?",
             f"Count the letters in {w} for me."]
    return forms[i], num(len(w))


@template(DEV, "counting", "en", "positive", "vowel_count")
def _k_vowels(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = rng.choice(NO_Y_WORDS)
    forms = [f"Count the vowels in the word '{w}'.",
             f"How many vowels are in {w}?",
             f"How many vowels does \"{w}\" contain?",
             f"number of vowels in the word {w}?"]
    return forms[i], num(sum(c in "aeiou" for c in w))


@template(HELD, "counting", "en", "positive", "sentence_words")
def _k_sentence(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    s = rng.choice(SENTENCES)
    forms = [f"How many words are in this sentence: \"{s}.\"",
             f"Count the words: {s}",
             f"Word count for \"{s}\", please.",
             f"I'm under a strict word limit. How many words is this: \"{s}\"?"]
    return forms[i], num(len(s.split()))


@template(DEV, "counting", "en", "positive", "nth_letter")
def _k_nth(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = rng.choice(PLAIN_WORDS)
    n = rng.randint(2, len(w) - 1)
    if i == 2:
        return f"What is the last letter of {w}?", text(w[-1])
    forms = [f"What's the {ordinal(n)} letter of '{w}'?",
             f"Which letter is in position {n} of \"{w}\"?",
             "",
             f"Tell me the {ordinal(n)} letter in the word {w}."]
    return forms[i], text(w[n - 1])


@template(HELD, "counting", "en", "positive", "reverse_word")
def _k_reverse(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = rng.choice(PLAIN_WORDS)
    forms = [f"Spell '{w}' backwards.",
             f"What is {w} reversed?",
             f"Reverse the letters of \"{w}\".",
             f"If you write {w} backwards, what do you get?"]
    return forms[i], text(w[::-1])


@template(DEV, "counting", "en", "positive", "anagram_check")
def _k_anagram(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    want = i % 2 == 0
    while True:
        a, b = rng.choice(ANAGRAM_PAIRS)
        if (sorted(a) == sorted(b)) == want:
            break
    forms = [f"Are '{a}' and '{b}' anagrams?",
             f"Is {a} an anagram of {b}?",
             f"Can the letters of \"{a}\" be rearranged to spell \"{b}\"?",
             f"Do {a} and {b} use exactly the same letters? Anagram check for a puzzle."]
    return forms[i], yes_no(sorted(a) == sorted(b))


@template(HELD, "counting", "en", "positive", "distinct_letters")
def _k_distinct(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = rng.choice(WORDS)
    forms = [f"How many different letters are in '{w}'?",
             f"How many distinct letters does {w} have?",
             f"Count the unique letters in \"{w}\".",
             f"How many unique letters appear in the word {w}?"]
    return forms[i], num(len(set(w)))


@template(DEV, "counting", "en", "positive", "longer_word")
def _k_longer(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    while True:
        a, b = rng.sample(WORDS + PLAIN_WORDS, 2)
        if len(a) != len(b):
            break
    forms = [f"Which word has more letters, '{a}' or '{b}'?",
             f"Which is longer in letters: {a} or {b}?",
             f"{a} or {b} — which one has more letters?",
             f"Between \"{a}\" and \"{b}\", which word is longer?"]
    return forms[i], word_choice(a if len(a) > len(b) else b)


@template(HELD, "counting", "en", "positive", "alphabetical")
def _k_alpha(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    ws = rng.sample(PLAIN_WORDS, rng.randint(4, 6))
    forms = [f"Put these words in alphabetical order: {', '.join(ws)}.",
             f"Alphabetize: {' '.join(ws)}",
             f"Can you sort {', '.join(ws[:-1])} and {ws[-1]} alphabetically?",
             f"Sort these A to Z please: {', '.join(ws)}"]
    return forms[i], word_list(sorted(ws))


@template(DEV, "counting", "zh", "positive", "zh_letter_count")
def _kz_letter(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w, c = word_and_letter(rng)
    forms = [f"单词{w}里面有多少个字母{c}？",
             f"“{w}”这个单词里有几个{c}？",
             f"{w}中字母{c}出现了几次",
             f"数一下 {w} 里有多少个 {c}"]
    return forms[i], num(w.count(c))


@template(HELD, "counting", "zh", "positive", "zh_word_length")
def _kz_length(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = rng.choice(WORDS + PLAIN_WORDS)
    forms = [f"“{w}”这个单词有几个字母？",
             f"{w}一共有多少个字母",
             f"英文单词{w}由几个字母组成？",
             f"请问 {w} 有几个字母"]
    return forms[i], num(len(w))


@template(DEV, "counting", "zh", "positive", "zh_reverse")
def _kz_reverse(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = rng.choice(PLAIN_WORDS)
    forms = [f"把单词 {w} 倒过来写是什么？",
             f"{w}反过来拼是什么",
             f"请把“{w}”的字母顺序颠倒",
             f"{w}倒着写是什么？"]
    return forms[i], text(w[::-1])


@template(HELD, "counting", "zh", "positive", "zh_vowels")
def _kz_vowels(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = rng.choice(NO_Y_WORDS)
    forms = [f"{w}这个单词里有几个元音字母？",
             f"“{w}”中有多少个元音",
             f"数一数{w}里的元音字母有几个",
             f"英文单词{w}包含几个元音字母？"]
    return forms[i], num(sum(c in "aeiou" for c in w))


negatives(DEV, "counting", "en", "alphabet_trivia", [
    "How many letters are in the Greek alphabet?",
    "How many words are there in the English language?",
    "How many syllables does a haiku have?",
    "How many characters can a single tweet have?"])
negatives(HELD, "counting", "en", "word_meanings", [
    "What does the word 'serendipity' mean?",
    "What's a good synonym for 'happy'?",
    "How do you pronounce 'quinoa'?",
    "Where does the word 'kindergarten' come from?"])
negatives(DEV, "counting", "en", "string_code", [
    "Write a Python function that counts the vowels in a string.",
    "How do I reverse a string in JavaScript?",
    "Give me a regex that matches words with exactly five letters.",
    "What's the Excel formula to count the words in cell A1?"])
negatives(HELD, "counting", "en", "writing_requests", [
    "Can you write me a 50-word poem about the ocean?",
    "Give me five words that rhyme with 'light'.",
    "Write a 3-sentence summary of Hamlet.",
    "What's a 6-letter word for the crossword clue 'large cat'?"])
negatives(DEV, "counting", "zh", "zh_word_meaning", [
    "“马马虎虎”这个成语是什么意思？",
    "serendipity用中文怎么说？",
    "“躺平”是什么意思",
    "apple这个单词怎么读？"])
negatives(HELD, "counting", "zh", "zh_char_trivia", [
    "常用汉字大概有多少个？",
    "英文一共有多少个单词？",
    "一首七言绝句一共有多少个字？",
    "《红楼梦》全书大约有多少字？"])


# Geometry ---------------------------------------------------------------------------------------


def random_center(rng: random.Random, lo: int = -6, hi: int = 6) -> Pt:
    return rng.randint(lo, hi), rng.randint(lo, hi)


@template(DEV, "geometry", "en", "positive", "circles_intersect")
def _g_intersect(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    c1, r1, c2, r2 = crossing_circles(rng, i % 2 == 0)
    forms = [f"Do the circles centered at {pt(c1)} with radius {r1} and centered at {pt(c2)} "
             f"with radius {r2} intersect?",
             f"Circle A: center {pt(c1)}, r = {r1}. Circle B: center {pt(c2)}, r = {r2}. "
             "Do they cross each other?",
             f"I have two circles, one at {pt(c1)} with radius {r1} and one at {pt(c2)} with "
             f"radius {r2}. Do they intersect?",
             f"Does a circle of radius {r1} around {pt(c1)} intersect a circle of radius {r2} "
             f"around {pt(c2)}?"]
    return forms[i], yes_no(circle_points(c1, r1, c2, r2) == 2)


@template(HELD, "geometry", "en", "positive", "circles_tangent")
def _g_tangent(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    c1 = random_center(rng)
    dx, dy, d = pythagorean_offset(rng)
    c2 = (c1[0] + dx, c1[1] + dy)
    if i in (0, 3):  # externally tangent
        r1 = rng.randint(1, d - 1)
        r2 = d - r1
    elif i == 1:  # internally tangent
        r2 = rng.randint(1, 6)
        r1 = r2 + d
    else:  # not tangent
        r1, r2 = rng.randint(1, 9), rng.randint(1, 9)
        while d in (r1 + r2, abs(r1 - r2)):
            r2 += 1
    forms = [f"Are the circles with center {pt(c1)}, radius {r1} and center {pt(c2)}, radius "
             f"{r2} tangent to each other?",
             f"Do these two circles touch at exactly one point? First: center {pt(c1)}, radius "
             f"{r1}. Second: center {pt(c2)}, radius {r2}.",
             f"Circle 1 is centered at {pt(c1)} with radius {r1}; circle 2 is centered at "
             f"{pt(c2)} with radius {r2}. Are they tangent?",
             f"Is the circle {circle_eq(c1, r1)} tangent to the circle {circle_eq(c2, r2)}?"]
    return forms[i], yes_no(circle_points(c1, r1, c2, r2) == 1)


@template(DEV, "geometry", "en", "positive", "circle_contains")
def _g_contains(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    want = i % 2 == 0
    while True:
        c1, c2 = random_center(rng), random_center(rng)
        r1, r2 = rng.randint(4, 12), rng.randint(1, 5)
        d2 = dist2(c1, c2)
        if r1 <= r2 or d2 == (r1 - r2) ** 2:
            continue
        if (d2 < (r1 - r2) ** 2) == want:
            break
    forms = [f"Does the circle centered at {pt(c1)} with radius {r1} completely contain the "
             f"circle centered at {pt(c2)} with radius {r2}?",
             f"Is circle B (center {pt(c2)}, radius {r2}) entirely inside circle A (center "
             f"{pt(c1)}, radius {r1})?",
             f"Big circle: center {pt(c1)}, radius {r1}. Small circle: center {pt(c2)}, radius "
             f"{r2}. Is the small one fully inside the big one?",
             f"Does a radius-{r1} circle at {pt(c1)} enclose a radius-{r2} circle at {pt(c2)}?"]
    return forms[i], yes_no(dist2(c1, c2) < (r1 - r2) ** 2)


def shape_for(rng: random.Random, i: int) -> tuple[str, list[Pt]]:
    x0, y0 = rng.randint(-3, 3), rng.randint(-3, 3)
    if i == 0:
        w, h = rng.randint(3, 9), rng.randint(3, 9)
        return "rectangle", [(x0, y0), (x0 + w, y0), (x0 + w, y0 + h), (x0, y0 + h)]
    if i == 1:
        return "triangle", convex_polygon(rng, 3)
    if i == 2:
        w = rng.randint(3, 8)
        return "square", [(x0, y0), (x0 + w, y0), (x0 + w, y0 + w), (x0, y0 + w)]
    return "quadrilateral", convex_polygon(rng, 4)


def point_with(rng: random.Random, poly: list[Pt], want: set[str]) -> tuple[Pt, str]:
    xs, ys = [p[0] for p in poly], [p[1] for p in poly]
    while True:
        p = (rng.randint(min(xs) - 2, max(xs) + 2), rng.randint(min(ys) - 2, max(ys) + 2))
        where = locate(p, poly)
        if where in want:
            return p, where


@template(HELD, "geometry", "en", "positive", "point_inside_yes_no")
def _g_pip_bool(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    _, poly = shape_for(rng, [0, 1, 3, 1][i])
    p, where = point_with(rng, poly, {"inside"} if i % 2 == 0 else {"outside"})
    forms = [f"Is the point {pt(p)} inside the rectangle with corners {pts(poly)}?",
             f"Does {pt(p)} lie within the triangle with vertices {pts(poly, ' and ')}?",
             f"My polygon has vertices {pts(poly)}. Is the point {pt(p)} inside it?",
             f"Is P{pt(p)} inside triangle {' '.join(pt(q) for q in poly)}?"]
    return forms[i], relation(where, "inside")


@template(DEV, "geometry", "en", "positive", "point_where")
def _g_pip_where(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    kind, poly = shape_for(rng, [1, 3, 2, 0][i])
    want = [{"inside"}, {"boundary"}, {"outside"}, {"boundary"}][i]
    p, where = point_with(rng, poly, want)
    forms = [f"Where is the point {pt(p)} relative to the triangle with vertices {pts(poly)} — "
             "inside, outside, or on the boundary?",
             f"Point {pt(p)}, polygon with vertices {pts(poly)}: inside, outside or on an edge?",
             f"Classify the point {pt(p)} with respect to the square {pts(poly)}: inside, on "
             "the boundary, or outside.",
             f"Is {pt(p)} inside, outside, or on the edge of the {kind} {pts(poly, ' and ')}?"]
    return forms[i], relation(where)


@template(HELD, "geometry", "en", "positive", "polygon_area")
def _g_area(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    poly = convex_polygon(rng, rng.choice([4, 5]) if i != 3 else 4)
    forms = [f"Find the area of the polygon with vertices {pts(poly)}.",
             f"What's the area enclosed by {pts(poly)} (in that order)?",
             f"A plot of land has corners at {pts(poly, ' and ')}, in meters. What is its area?",
             f"Shoelace question: area of the quadrilateral {' '.join(pt(q) for q in poly)}?"]
    return forms[i], num(shoelace(poly))


def perimeter(poly: list[Pt]) -> int:
    total = 0
    for k in range(len(poly)):
        d2 = dist2(poly[k], poly[(k + 1) % len(poly)])
        assert math.isqrt(d2) ** 2 == d2
        total += math.isqrt(d2)
    return total


@template(DEV, "geometry", "en", "positive", "polygon_perimeter")
def _g_perimeter(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    x0, y0 = rng.randint(-4, 4), rng.randint(-4, 4)
    if i in (0, 3):
        a, b, _ = pythagorean_offset(rng)
        poly = [(x0, y0), (x0 + a, y0), (x0, y0 + b)]
    else:
        w, h = rng.randint(2, 15), rng.randint(2, 15)
        poly = [(x0, y0), (x0 + w, y0), (x0 + w, y0 + h), (x0, y0 + h)]
    forms = [f"What is the perimeter of the triangle with vertices {pts(poly)}?",
             f"Find the perimeter of the rectangle with corners at {pts(poly)}.",
             f"I'm fencing a yard whose corners are at {pts(poly, ' and ')} (units are feet). "
             "What's the yard's perimeter?",
             f"Perimeter of triangle {'-'.join(pt(q) for q in poly)}?"]
    return forms[i], num(perimeter(poly))


@template(HELD, "geometry", "en", "positive", "point_distance")
def _g_distance(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    while True:
        p, q = random_center(rng, -9, 9), random_center(rng, -9, 9)
        if p != q:
            break
    forms = [f"How far apart are the points {pt(p)} and {pt(q)}?",
             f"What's the distance between {pt(p)} and {pt(q)}?",
             f"Find the straight-line distance from A{pt(p)} to B{pt(q)}.",
             f"distance from {pt(p)} to {pt(q)}? exact form is fine"]
    return forms[i], real(surd(dist2(p, q)))


@template(DEV, "geometry", "en", "positive", "circle_area")
def _g_circle_area(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    if i == 1:
        d = rng.randint(3, 30)
        return (f"A circle has a diameter of {d}. What is its area?",
                real(pi_times(Fraction(d * d, 4))))
    r = dec(rng.choice([u for u in range(11, 150) if u % 10]), 1) if i == 2 else \
        str(rng.randint(2, 25))
    forms = [f"What's the area of a circle with radius {r} cm?",
             "",
             f"Area of a circle, radius {r}? Leave it in terms of pi.",
             f"My round table top has a radius of {r} feet — what's its area?"]
    return forms[i], real(pi_times(Fraction(r) ** 2))


@template(HELD, "geometry", "en", "positive", "triangle_area")
def _g_triangle_area(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    if i == 2:
        b, h = rng.randint(3, 30), rng.randint(3, 30)
        return (f"A triangle has a base of {b} and a height of {h}. What's its area?",
                num(Fraction(b * h, 2)))
    tri = convex_polygon(rng, 3, -6, 10)
    a, b, c = tri
    forms = [f"What's the area of the triangle with vertices {pt(a)}, {pt(b)}, {pt(c)}?",
             f"Triangle ABC has A{pt(a)}, B{pt(b)}, C{pt(c)}. Find its area.",
             "",
             f"Find the area of the triangle whose corners are {pt(a)}, {pt(b)} and {pt(c)}."]
    return forms[i], num(shoelace(tri))


@template(DEV, "geometry", "en", "positive", "segment_crossings")
def _g_segments(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    want = 1 if i % 2 == 0 else 0
    while True:
        a, b, c, d = (random_center(rng, -5, 8) for _ in range(4))
        o = [cross(a, b, c), cross(a, b, d), cross(c, d, a), cross(c, d, b)]
        if 0 in o:
            continue
        count = int(o[0] * o[1] < 0 and o[2] * o[3] < 0)
        if count == want:
            break
    forms = [f"How many points do the segment from {pt(a)} to {pt(b)} and the segment from "
             f"{pt(c)} to {pt(d)} have in common?",
             f"A{pt(a)}, B{pt(b)}, C{pt(c)}, D{pt(d)}: how many intersection points do segments "
             "AB and CD have?",
             f"Count the intersection points between segment {pt(a)}–{pt(b)} and segment "
             f"{pt(c)}–{pt(d)}.",
             f"Two line segments: one runs from {pt(a)} to {pt(b)}, the other from {pt(c)} to "
             f"{pt(d)}. How many times do they intersect?"]
    return forms[i], num(count)


@template(HELD, "geometry", "en", "positive", "circle_meeting_points")
def _g_circle_count(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    c1 = (0, 0) if i == 2 else random_center(rng)
    if i in (0, 3):
        c1, r1, c2, r2 = crossing_circles(rng, i == 0)
    elif i == 1:
        dx, dy, d = pythagorean_offset(rng)
        c2, r1 = (c1[0] + dx, c1[1] + dy), rng.randint(1, d - 1)
        r2 = d - r1
    elif i == 2:
        dx, dy, d = pythagorean_offset(rng)
        c2, r2 = (dx, dy), rng.randint(1, 4)
        r1 = r2 + d + rng.randint(1, 3)
    forms = [f"How many intersection points do the circles centered at {pt(c1)} (radius {r1}) "
             f"and {pt(c2)} (radius {r2}) have?",
             f"In how many points do these circles meet: center {pt(c1)} r={r1}, center "
             f"{pt(c2)} r={r2}?",
             f"{circle_eq(c1, r1)} and {circle_eq(c2, r2)}: how many common points?",
             f"Two circles — radius {r1} at {pt(c1)} and radius {r2} at {pt(c2)}. How many "
             "points do they share?"]
    return forms[i], num(circle_points(c1, r1, c2, r2))


@template(DEV, "geometry", "zh", "positive", "zh_distance")
def _gz_distance(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    while True:
        p, q = random_center(rng, -8, 9), random_center(rng, -8, 9)
        if p != q:
            break
    forms = [f"点{zpt(p)}到点{zpt(q)}的距离是多少？",
             f"求A{zpt(p)}和B{zpt(q)}两点之间的距离",
             f"坐标（{p[0]}，{p[1]}）和（{q[0]}，{q[1]}）之间相距多远？",
             f"请计算点{zpt(p)}与点{zpt(q)}之间的距离"]
    return forms[i], real(surd(dist2(p, q)))


@template(HELD, "geometry", "zh", "positive", "zh_circle_area")
def _gz_circle_area(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    if i == 1:
        d = rng.randint(3, 30)
        return f"一个圆的直径是{d}厘米，面积是多少？", real(pi_times(Fraction(d * d, 4)))
    r = str(rng.randint(2, 30)) if i != 2 else dec(rng.choice([15, 25, 35, 45, 55, 65]), 1)
    forms = [f"半径为{r}的圆面积是多少？", "", f"圆的半径是{r}米，求面积（用π表示）",
             f"求半径是{r}的圆的面积"]
    return forms[i], real(pi_times(Fraction(r) ** 2))


@template(DEV, "geometry", "zh", "positive", "zh_circles_intersect")
def _gz_intersect(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    c1, r1, c2, r2 = crossing_circles(rng, i % 2 == 1)
    forms = [f"圆心{zpt(c1)}半径{r1}的圆和圆心{zpt(c2)}半径{r2}的圆相交吗？",
             f"两个圆：圆心分别是{zpt(c1)}和{zpt(c2)}，半径分别是{r1}和{r2}，它们相交吗？",
             f"以{zpt(c1)}为圆心、{r1}为半径的圆与以{zpt(c2)}为圆心、{r2}为半径的圆有交点吗？",
             f"圆A圆心{zpt(c1)}、半径{r1}；圆B圆心{zpt(c2)}、半径{r2}。两圆是否相交？"]
    return forms[i], yes_no(circle_points(c1, r1, c2, r2) == 2)


@template(HELD, "geometry", "zh", "positive", "zh_point_where")
def _gz_pip(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    _, poly = shape_for(rng, [1, 3, 3, 0][i])
    want = [{"inside"}, {"outside"}, {"boundary"}, {"inside"}][i]
    p, where = point_with(rng, poly, want)
    forms = [f"点{zpt(p)}在三角形{zpts(poly)}的内部、外部还是边上？",
             f"判断点{zpt(p)}与多边形{zpts(poly)}的位置关系（内部/边界/外部）",
             f"顶点为{zpts(poly)}的四边形，点{zpt(p)}在它里面、外面，还是在边上？",
             f"矩形的四个顶点是{zpts(poly)}，点{zpt(p)}在矩形内部、外部还是边界上？"]
    return forms[i], relation(where)


@template(DEV, "geometry", "zh", "positive", "zh_polygon_area")
def _gz_area(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    poly = convex_polygon(rng, 4 if i in (1, 2) else rng.choice([4, 5]))
    forms = [f"顶点为{zpts(poly)}的多边形面积是多少？",
             f"求以{zpts(poly)}为顶点的四边形的面积",
             f"一块地的四个角坐标分别是{zpts(poly)}（单位：米），面积是多少平方米？",
             f"多边形{zpts(poly)}的面积是多少"]
    return forms[i], num(shoelace(poly))


negatives(DEV, "geometry", "en", "map_distances", [
    "How far is it from New York to Boston?",
    "What's the distance between the Earth and the Moon?",
    "How many miles is a marathon?",
    "How far can a Tesla Model 3 drive on one charge?"])
negatives(HELD, "geometry", "en", "street_grid", [
    "How many blocks do I walk from 5th Ave and 42nd St to 8th Ave and 50th St?",
    "Walking only along the street grid, how far is it from (1, 2) to (4, 6)?",
    "How long does it take to walk 3 km at a normal pace?",
    "What's the shortest driving route from (40.71, -74.00) to (42.36, -71.06)?"])
negatives(DEV, "geometry", "en", "home_projects", [
    "My living room is 4 by 5 meters — how much paint should I buy?",
    "How many tiles do I need for a 3 m by 2 m bathroom floor?",
    "What size rug fits a 12 by 15 foot room?",
    "Is a 10-inch pizza enough for two people?"])
negatives(HELD, "geometry", "en", "geometry_concepts", [
    "Explain why the area of a circle is pi r squared.",
    "What's the difference between a square and a rhombus?",
    "Prove that the angles of a triangle add up to 180 degrees.",
    "Write a Python function that checks whether a point is inside a polygon."])
negatives(DEV, "geometry", "zh", "zh_map_distances", [
    "北京到上海有多远？",
    "地球到月球的距离是多少？",
    "从我家到公司5公里，骑车大概要多久？",
    "一个全程马拉松是多少公里？"])
negatives(HELD, "geometry", "zh", "zh_geometry_concepts", [
    "勾股定理是谁最早发现的？",
    "圆周率为什么是无限不循环小数？",
    "三角形内角和为什么是180度？",
    "怎么用尺规作一个正五边形？"])


# Number theory ----------------------------------------------------------------------------------

SMALL_PRIMES = [p for p in range(2, 60) if is_prime(p)]


def prime_or_hard_composite(rng: random.Random, want_prime: bool) -> int:
    if want_prime:
        return rng.choice([p for p in range(101, 3000) if is_prime(p)])
    ps = [p for p in range(11, 60) if is_prime(p)]
    return rng.choice(ps) * rng.choice(ps)


def smooth_number(rng: random.Random, lo: int = 60, hi: int = 200_000) -> int:
    while True:
        n = 1
        for p in rng.sample([2, 3, 5, 7, 11, 13, 17], rng.randint(2, 4)):
            n *= p ** rng.randint(1, 4 if p < 5 else 2)
        if lo <= n <= hi:
            return n


def gcd_pair(rng: random.Random) -> tuple[int, int]:
    while True:
        g = rng.randint(2, 40)
        a, b = g * rng.randint(2, 30), g * rng.randint(2, 30)
        if a != b:
            return a, b


@template(DEV, "number_theory", "en", "positive", "is_prime")
def _t_prime(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = prime_or_hard_composite(rng, i in (1, 2))
    forms = [f"Is {n} prime?",
             f"Is {n:,} a prime number?",
             f"Can you tell me whether {n} is prime? yes/no is enough",
             f"My kid thinks {n} is a prime number. Is it?"]
    return forms[i], yes_no(is_prime(n))


@template(HELD, "number_theory", "en", "positive", "prime_factorization")
def _t_factor(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = smooth_number(rng)
    forms = [f"What's the prime factorization of {n}?",
             f"Break {n:,} down into its prime factors.",
             f"Factor {n} into primes, with exponents please.",
             f"Write {n} as a product of primes."]
    return forms[i], factorization(n)


@template(DEV, "number_theory", "en", "positive", "gcd")
def _t_gcd(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = gcd_pair(rng)
    forms = [f"What's the greatest common divisor of {a} and {b}?",
             f"GCD of {a} and {b}?",
             f"Find the highest common factor of {a} and {b}.",
             f"What is the largest number that divides both {a} and {b}?"]
    return forms[i], num(gcd(a, b))


@template(HELD, "number_theory", "en", "positive", "lcm")
def _t_lcm(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = rng.sample(range(4, 60), 2)
    forms = [f"What's the least common multiple of {a} and {b}?",
             f"LCM({a}, {b}) = ?",
             f"Find the lowest common multiple of {a} and {b}.",
             f"What is the smallest positive number that is a multiple of both {a} and {b}?"]
    return forms[i], num(a * b // gcd(a, b))


@template(DEV, "number_theory", "en", "positive", "largest_prime_factor")
def _t_lpf(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = 1
    while n < 500:
        n *= rng.choice([p for p in range(2, 200) if is_prime(p)])
    forms = [f"What's the largest prime factor of {n}?",
             f"Biggest prime that divides {n:,}?",
             f"Find the greatest prime factor of {n}.",
             f"Of all the prime factors of {n}, which is the largest?"]
    return forms[i], num(max(factorize(n)))


@template(HELD, "number_theory", "en", "positive", "primes_below")
def _t_primes_below(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = rng.randint(15, 70)
    forms = [f"List all the primes less than {n}.",
             f"Which prime numbers are below {n}?",
             f"Give me every prime number under {n}.",
             f"What are the primes smaller than {n}?"]
    return forms[i], num_list([str(p) for p in range(2, n) if is_prime(p)], False)


@template(DEV, "number_theory", "en", "positive", "digit_sum")
def _t_digit_sum(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = rng.randint(10_000, 99_999_999)
    forms = [f"What's the sum of the digits of {n:,}?",
             f"Add up the digits of {n}.",
             f"digit sum of {n}?",
             f"If I add together all the digits in {n}, what do I get?"]
    return forms[i], num(sum(int(c) for c in str(n)))


@template(HELD, "number_theory", "en", "positive", "happy_numbers")
def _t_happy(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    while True:
        a = rng.randint(2, 90)
        b = a + rng.randint(10, 25)
        found = [n for n in range(a, b + 1) if is_happy(n)]
        if found and not is_happy(a) and not is_happy(b):
            break
    forms = [f"Which numbers between {a} and {b} are happy numbers?",
             f"List the happy numbers from {a} to {b}.",
             f"Find all happy numbers in the range {a}–{b}.",
             f"What are the happy numbers between {a} and {b}?"]
    return forms[i], num_list([str(n) for n in found], False)


@template(DEV, "number_theory", "en", "positive", "factorize_context")
def _t_factor_ctx(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = smooth_number(rng, 100, 50_000)
    forms = [f"I'm simplifying a radical by hand. What's the prime factorization of {n}?",
             f"For contest prep: express {n} as a product of prime powers.",
             f"prime factors of {n}, with multiplicity?",
             f"Can you factorize {n} completely into primes?"]
    return forms[i], factorization(n)


@template(HELD, "number_theory", "en", "positive", "gcd_context")
def _t_gcd_ctx(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = gcd_pair(rng)
    forms = [f"Reducing a fraction by hand — what's the gcd of {a} and {b}?",
             f"What's gcd({a}, {b})?",
             f"Before I simplify {a}/{b}, I need their greatest common factor. What is it?",
             f"Greatest common divisor: {a}, {b}."]
    return forms[i], num(gcd(a, b))


@template(DEV, "number_theory", "zh", "positive", "zh_is_prime")
def _tz_prime(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = prime_or_hard_composite(rng, i in (0, 3))
    forms = [f"{n}是质数吗？",
             f"{n}是不是素数？",
             f"请问{n}是素数吗",
             f"判断一下{n}是否为质数"]
    return forms[i], yes_no(is_prime(n))


@template(HELD, "number_theory", "zh", "positive", "zh_factorize")
def _tz_factor(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = smooth_number(rng, 60, 20_000)
    forms = [f"把{n}分解质因数",
             f"{n}分解质因数是多少？",
             f"请对{n}进行质因数分解",
             f"{n}的质因数分解怎么写？"]
    return forms[i], factorization(n)


@template(DEV, "number_theory", "zh", "positive", "zh_gcd")
def _tz_gcd(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = gcd_pair(rng)
    forms = [f"{a}和{b}的最大公约数是多少？",
             f"求{a}与{b}的最大公因数",
             f"{a}、{b}的最大公约数",
             f"请问{a}和{b}的最大公因数是几"]
    return forms[i], num(gcd(a, b))


@template(HELD, "number_theory", "zh", "positive", "zh_lcm")
def _tz_lcm(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = rng.sample(range(4, 80), 2)
    forms = [f"{a}和{b}的最小公倍数是多少？",
             f"求{a}与{b}的最小公倍数",
             f"{a}、{b}的最小公倍数是几？",
             f"帮我算一下{a}和{b}的最小公倍数"]
    return forms[i], num(a * b // gcd(a, b))


@template(HELD, "number_theory", "zh", "positive", "zh_digit_sum")
def _tz_digit_sum(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = rng.randint(1000, 9_999_999)
    forms = [f"{n}的各位数字之和是多少？",
             f"把{n}的每一位数字加起来等于几？",
             f"求{n}各个数位上的数字之和",
             f"{n}的数字和是多少"]
    return forms[i], num(sum(int(c) for c in str(n)))


negatives(DEV, "number_theory", "en", "lucky_numbers", [
    "Is 13 an unlucky number?",
    "Why is 7 considered a lucky number?",
    "What's the significance of 42 in The Hitchhiker's Guide to the Galaxy?",
    "Is 666 really the number of the beast?"])
negatives(HELD, "number_theory", "en", "identifiers", [
    "Is 867-5309 a real phone number?",
    "My order number is 4417-2290. Has it shipped yet?",
    "Which city does the 212 area code belong to?",
    "Is flight UA 857 on time today?"])
negatives(DEV, "number_theory", "en", "prime_trivia", [
    "What is the largest known prime number?",
    "Who proved that there are infinitely many primes?",
    "Explain why 1 is not considered a prime.",
    "What is the Riemann hypothesis about?"])
negatives(HELD, "number_theory", "en", "number_theory_code", [
    "Write a Python sieve that lists the primes under 100.",
    "How do I compute the gcd of two numbers in Java?",
    "Give me a one-line Haskell function for the lcm of two integers.",
    "What's the fastest known algorithm to factor a 2048-bit number?"])
negatives(DEV, "number_theory", "zh", "zh_lucky_numbers", [
    "8这个数字在中国为什么吉利？",
    "4为什么被认为不吉利？",
    "手机号里带6好不好？",
    "520是什么意思？"])
negatives(HELD, "number_theory", "zh", "zh_identifiers", [
    "我的快递单号是SF1234567890，现在到哪儿了？",
    "12306是什么电话？",
    "身份证号码第17位代表什么？",
    "G1234次列车几点到站？"])


# Build ------------------------------------------------------------------------------------------

FAMILY_CODES = {"arithmetic": "ari", "comparison": "com", "counting": "cou", "geometry": "geo",
                "number_theory": "num"}


def build() -> tuple[list[Record], list[Record]]:
    rng = random.Random(18)
    out: dict[str, list[Record]] = {DEV: [], HELD: []}
    seen: set[str] = set()
    for split, family, lang, kind, name, gen in TEMPLATES:
        short = name.removeprefix("r18_").replace("_", "-")
        for i in range(4):
            for _ in range(200):
                prompt, expected = gen(rng, i)
                if prompt not in seen:
                    break
            else:
                raise RuntimeError(f"could not make a unique prompt for {name} #{i}")
            assert prompt, name
            assert (kind == "negative") == (expected["type"] == "none"), name
            seen.add(prompt)
            out[split].append({
                "id": f"r18-{FAMILY_CODES[family]}-{lang}-{short}-{i}", "split": split,
                "kind": kind, "family": family, "lang": lang, "template": name,
                "prompt": prompt, "expected": expected})
    return out[DEV], out[HELD]


def main() -> None:
    dev, heldout = build()
    for split, records in ((DEV, dev), (HELD, heldout)):
        with (HERE / f"corpus_{split}.jsonl").open("w", encoding="utf-8") as f:
            for record in records:
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"corpus_{split}.jsonl: {len(records)} records")


if __name__ == "__main__":
    main()
