"""Round-15 routing corpus: blind phrasings for the dev15 / heldout15 splits.

Run ``python tests/routing/make_corpus_round15.py`` to (re)write ``corpus_dev15.jsonl`` and
``corpus_heldout15.jsonl`` next to this file. Every expected answer is computed here with a
plain-Python oracle (ints, ``fractions.Fraction``, ``math``), never typed in by hand, so the
numbers in a prompt and its answer cannot drift apart. The phrasings were written without
looking at how guardrail parses text: they are meant to measure how well routing generalises
to wordings nobody tuned it for.

Each template yields four instances; a whole template belongs to one split. Templates are
assigned to the two splits alternately within each (family, language, kind) group so both
splits are balanced. Negatives (``"expected": null``) mention numbers, words or shapes but
must be left to the LLM; their ``family`` is the family they superficially resemble.

``generate()`` returns (record, canonical answer) pairs; the canonical answer is the string a
perfect solver would return, used to self-check every positive against ``compare.matches``.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

SPLITS = ("dev15", "heldout15")
HERE = Path(__file__).resolve().parent
INSTANCES = 4
FAM3 = {"arithmetic": "ari", "comparison": "cmp", "number_theory": "nth", "counting": "cnt",
        "geometry": "geo"}

Made = tuple[str, dict[str, Any] | None, str | None]


@dataclass(frozen=True)
class Template:
    name: str
    family: str
    lang: str
    kind: str
    make: Callable[[random.Random, int], Any]


TEMPLATES: list[Template] = []


def template(family: str, lang: str, kind: str = "positive") -> Callable[..., Any]:
    def register(fn: Callable[[random.Random, int], Any]) -> Callable[[random.Random, int], Any]:
        TEMPLATES.append(Template(fn.__name__.removeprefix("t_"), family, lang, kind, fn))
        return fn
    return register


# Expected-answer helpers: each returns (expected, canonical answer string) ---------------------


def num(q: Fraction | int | str) -> tuple[dict[str, Any], str]:
    q = Fraction(q)
    return {"type": "number", "answer": str(q)}, str(q)


def real(expr: str, approx: float) -> tuple[dict[str, Any], str]:
    return {"type": "real", "answer": expr}, f"{approx:.9f}"


def yes_no(flag: bool) -> tuple[dict[str, Any], str]:
    answer = "yes" if flag else "no"
    return {"type": "bool", "answer": answer}, answer


def choice(winner: str) -> tuple[dict[str, Any], str]:
    return {"type": "choice", "answer": winner}, winner


def text(answer: str) -> tuple[dict[str, Any], str]:
    return {"type": "text", "answer": answer}, answer


def word_choice(answer: str) -> tuple[dict[str, Any], str]:
    return {"type": "word_choice", "answer": answer}, answer


def num_list(items: list[str], ordered: bool, order: str | None = None
             ) -> tuple[dict[str, Any], str]:
    exp: dict[str, Any] = {"type": "list", "elem": "number", "ordered": ordered,
                           "answer": items}
    if order:
        exp["order"] = order
    return exp, ", ".join(items)


def word_list(items: list[str]) -> tuple[dict[str, Any], str]:
    return {"type": "list", "elem": "text", "ordered": True, "answer": items}, ", ".join(items)


def relation(answer: str, yes_if: str | None = None) -> tuple[dict[str, Any], str]:
    exp: dict[str, Any] = {"type": "relation", "answer": answer}
    if yes_if:
        exp["yes_if"] = yes_if
    return exp, answer


def factorization(n: int) -> tuple[dict[str, Any], str]:
    pairs = factorize(n)
    canon = " × ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in pairs)
    return {"type": "factorization", "answer": [[p, e] for p, e in pairs], "n": n}, canon


def pos(prompt: str, answer: tuple[dict[str, Any], str]) -> Made:
    return prompt, answer[0], answer[1]


# Oracles ----------------------------------------------------------------------------------------


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
    return n >= 2 and all(n % d for d in range(2, math.isqrt(n) + 1))


def primes_below(n: int) -> list[int]:
    return [k for k in range(2, n) if is_prime(k)]


def divisors(n: int) -> list[int]:
    return [d for d in range(1, n + 1) if n % d == 0]


def is_happy(n: int) -> bool:
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(c) ** 2 for c in str(n))
    return n == 1


def dec(q: Fraction) -> str:
    """A terminating rational as a plain decimal string ("-3.7", "12", "0.305")."""
    sign = "-" if q < 0 else ""
    q = abs(q)
    whole = q.numerator // q.denominator
    rest = q - whole
    digits = ""
    while rest:
        rest *= 10
        d = rest.numerator // rest.denominator
        digits += str(d)
        rest -= d
        if len(digits) > 20:
            raise ValueError("not a short terminating decimal")
    return f"{sign}{whole}" + (f".{digits}" if digits else "")


def money(cents: int) -> str:
    return f"${cents // 100}.{cents % 100:02d}"


def shoelace2(poly: list[tuple[int, int]]) -> int:
    """Twice the signed area."""
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1],
                                                                   strict=True))


def cross(o: tuple[int, int], a: tuple[int, int], b: tuple[int, int]) -> int:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def on_segment(p: tuple[int, int], a: tuple[int, int], b: tuple[int, int]) -> bool:
    return (cross(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
            and min(a[1], b[1]) <= p[1] <= max(a[1], b[1]))


def point_in_polygon(p: tuple[int, int], poly: list[tuple[int, int]]) -> str:
    edges = list(zip(poly, poly[1:] + poly[:1], strict=True))
    if any(on_segment(p, a, b) for a, b in edges):
        return "boundary"
    inside = False
    for (x1, y1), (x2, y2) in edges:
        if (y1 > p[1]) != (y2 > p[1]):
            x_cross = x1 + Fraction((p[1] - y1) * (x2 - x1), y2 - y1)
            if p[0] < x_cross:
                inside = not inside
    return "inside" if inside else "outside"


def segment_common_points(a: tuple[int, int], b: tuple[int, int], c: tuple[int, int],
                          d: tuple[int, int]) -> int:
    o1, o2, o3, o4 = cross(a, b, c), cross(a, b, d), cross(c, d, a), cross(c, d, b)
    if o1 == o2 == 0:
        if on_segment(c, a, b) or on_segment(d, a, b) or on_segment(a, c, d):
            raise ValueError("collinear overlapping segments are not used")
        return 0
    if o1 * o2 < 0 and o3 * o4 < 0:
        return 1
    touching = ((o1 == 0 and on_segment(c, a, b)) or (o2 == 0 and on_segment(d, a, b))
                or (o3 == 0 and on_segment(a, c, d)) or (o4 == 0 and on_segment(b, c, d)))
    return 1 if touching else 0


def circle_circle_points(c1: tuple[int, int], r1: int, c2: tuple[int, int], r2: int) -> int:
    d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
    if d2 == 0:
        raise ValueError("concentric circles are not used")
    if d2 > (r1 + r2) ** 2 or d2 < (r1 - r2) ** 2:
        return 0
    if d2 in ((r1 + r2) ** 2, (r1 - r2) ** 2):
        return 1
    return 2


def line_circle_points(m: int, c: int, h: int, k: int, r2: int) -> int:
    """Points shared by y = m x + c and (x - h)^2 + (y - k)^2 = r2."""
    a = 1 + m * m
    b = 2 * (m * (c - k) - h)
    cc = h * h + (c - k) ** 2 - r2
    disc = b * b - 4 * a * cc
    return 0 if disc < 0 else 1 if disc == 0 else 2


def length_expr(d2: int) -> tuple[str, bool]:
    """("5", True) for a perfect square, ("sqrt(34)", False) otherwise."""
    s = math.isqrt(d2)
    return (str(s), True) if s * s == d2 else (f"sqrt({d2})", False)


def pt(p: tuple[int, int], sep: str = ", ") -> str:
    return f"({p[0]}{sep}{p[1]})"


def zh_pt(p: tuple[int, int]) -> str:
    return f"（{p[0]}，{p[1]}）"


# Arithmetic -------------------------------------------------------------------------------------


@template("arithmetic", "en")
def t_bake_sale_scaling(rng: random.Random, i: int) -> Made:
    a, b, k, what = [(3, 4, 5, "butter"), (2, 3, 7, "flour"), (5, 8, 6, "brown sugar"),
                     (7, 12, 9, "oat milk")][i]
    prompt = (f"Scaling up a recipe for the school bake sale. One batch needs {a}/{b} cup of "
              f"{what} and I'm making {k} batches, so what's {a}/{b} × {k}? A fraction is fine.")
    return pos(prompt, num(Fraction(a, b) * k))


@template("arithmetic", "en")
def t_finance_sanity_check(rng: random.Random, i: int) -> Made:
    a = rng.randint(100_000, 999_999)
    b = rng.randint(10_000, 99_999)
    c = rng.randint(1_000, 99_999)
    minus = "−" if i % 2 else "-"
    prompt = [
        f"Budget sanity check before I send this to finance: {a:,} + {b:,} {minus} {c:,} = ?",
        f"can u double check {a:,} + {b:,} {minus} {c:,} for me, my spreadsheet shows "
        "something weird",
        f"Quick one from accounting — what does {a:,} + {b:,} {minus} {c:,} come to?",
        f"{a:,} + {b:,} {minus} {c:,}  <- what's the total? (copying from an invoice)",
    ][i]
    return pos(prompt, num(a + b - c))


@template("arithmetic", "en")
def t_spoken_operators(rng: random.Random, i: int) -> Made:
    a, b, c = rng.randint(12, 99), rng.randint(12, 99), rng.randint(3, 9)
    if i == 0:
        return pos(f"quick q: what is {a} times {b} minus {c * 11}?", num(a * b - c * 11))
    if i == 1:
        return pos(f"whats {a} squared plus {b} squared", num(a * a + b * b))
    if i == 2:
        return pos(f"What do you get if you take {c + 10} cubed and subtract {a}?",
                   num((c + 10) ** 3 - a))
    return pos(f"{a * 10} multiplied by {b}, then divided by {c} — what's the result?",
               num(Fraction(a * 10 * b, c)))


@template("arithmetic", "en")
def t_idle_game_power(rng: random.Random, i: int) -> Made:
    b, e = [(3, 12), (2, 31), (7, 8), (5, 11)][i]
    prompt = [
        f"Idle game question: the next upgrade costs {b} to the power of {e} coins. How many "
        "coins is that exactly?",
        f"my clicker game says the prestige cost is {b}^{e}. what number is that lol",
        f"Working out a loot table. What is {b} raised to the {e}th power?",
        f"{b}**{e} = ? (don't want scientific notation, the full integer please)",
    ][i]
    return pos(prompt, num(b**e))


@template("arithmetic", "en")
def t_curious_kid_factorial(rng: random.Random, i: int) -> Made:
    n = [13, 17, 20, 11][i]
    prompt = [
        f"My 9-year-old wants to know how big {n}! is. Could you work out {n} factorial? My "
        "phone calculator gives up.",
        f"Settle an argument at dinner: what is {n} factorial exactly?",
        f"How much is {n}!  (the factorial, not me being excited)",
        f"Compute {n}! and write out all the digits.",
    ][i]
    return pos(prompt, num(math.factorial(n)))


@template("arithmetic", "en")
def t_hash_bucket_mod(rng: random.Random, i: int) -> Made:
    a = rng.randint(10**6, 10**9)
    m = [97, 1009, 37, 251][i]
    prompt = [
        f"Need this for a hash bucket: {a} mod {m} = ?",
        f"what's the remainder when {a} is divided by {m}",
        f"Engineer here, sanity-checking a sharding function. {a} % {m} (both positive), "
        "what do you get?",
        f"Compute {a} modulo {m}. Integer answer only, please.",
    ][i]
    return pos(prompt, num(a % m))


@template("arithmetic", "en")
def t_tip_and_tax_percent(rng: random.Random, i: int) -> Made:
    p, x = [("15", 240), ("17.5", 640), ("12", 1250), ("8.25", 480)][i]
    prompt = [
        f"Dinner for the team came to {x} dollars. What's {p}% of {x}?",
        f"What is {p} percent of {x}?",
        f"Trying to figure out a discount: {p}% of {x:,} = ?",
        f"sales tax is {p}% here — what's {p}% of {x}?",
    ][i]
    return pos(prompt, num(Fraction(p) * x / 100))


@template("arithmetic", "en")
def t_receipt_total(rng: random.Random, i: int) -> Made:
    cents = [rng.randint(150, 9999) for _ in range(3 + i)]
    items = ", ".join(money(c) for c in cents)
    prompt = [
        f"Can you add up these receipts for me? {items}",
        f"Splitting costs after a trip. Total of: {items}",
        f"sum these please: {items}",
        f"Expense report — what's {' + '.join(money(c) for c in cents)}?",
    ][i]
    return pos(prompt, num(Fraction(sum(cents), 100)))


@template("arithmetic", "en")
def t_worksheet_parentheses(rng: random.Random, i: int) -> Made:
    b = rng.randint(2, 20)
    a = b + rng.randint(3, 30)
    c, d = rng.randint(2, 15), rng.randint(2, 15)
    e = rng.choice([3, 4, 6, 7])
    expr = f"({a} − {b}) × ({c} + {d}) ÷ {e}"
    prompt = [
        f"Problem 4 from my daughter's worksheet says: Evaluate {expr}. What should the answer "
        "be?",
        f"Homework: {expr} = ?  (leave it as a fraction if it doesn't divide evenly)",
        f"I keep getting different answers for {expr}. What's the right value?",
        f"Simplify: {expr}",
    ][i]
    return pos(prompt, num(Fraction((a - b) * (c + d), e)))


@template("arithmetic", "en")
def t_answer_key_decimals(rng: random.Random, i: int) -> Made:
    a, b = [("1.2", "0.04"), ("7.5", "0.25"), ("0.36", "1.2"), ("4.8", "0.016")][i]
    prompt = [
        f"Teacher here, writing the answer key for tomorrow's quiz. {a} ÷ {b} = ? Just the "
        "number.",
        f"What's {a} divided by {b}?",
        f"{a} / {b} — exact value please",
        f"For the answer sheet: divide {a} by {b}.",
    ][i]
    return pos(prompt, num(Fraction(a) / Fraction(b)))


@template("arithmetic", "zh")
def t_zh_multiply(rng: random.Random, i: int) -> Made:
    a, b = rng.randint(23, 999), rng.randint(12, 99)
    prompt = [
        f"帮我算一下{a}乘以{b}等于多少",
        f"{a}×{b}=？在线等，挺急的",
        f"请问{a}乘{b}是多少？",
        f"老师布置的口算题：{a}乘以{b}，答案是多少呀",
    ][i]
    return pos(prompt, num(a * b))


@template("arithmetic", "zh")
def t_zh_power(rng: random.Random, i: int) -> Made:
    b, e = [(2, 15), (3, 9), (11, 4), (6, 7)][i]
    prompt = [
        f"{b}的{e}次方是多少啊？",
        f"算一下{b}的{e}次方",
        f"{b}的{e}次幂等于多少？",
        f"请帮我求{b}^{e}的值",
    ][i]
    return pos(prompt, num(b**e))


@template("arithmetic", "zh")
def t_zh_fraction_sum(rng: random.Random, i: int) -> Made:
    a, b, c, d = [(2, 5, 1, 3), (5, 6, 3, 8), (3, 4, 1, 6), (7, 10, 2, 15)][i]
    add = i % 2 == 0
    op = "加" if add else "减"
    prompt = [
        f"{a}/{b}{op}{c}/{d}等于多少？结果用最简分数表示",
        f"{a}/{b}{op}去{c}/{d}是多少，写成分数",
        f"分数计算：{a}/{b} + {c}/{d} = ？",
        f"帮忙算下{a}/{b}{op}{c}/{d}，化成最简分数",
    ][i]
    q = Fraction(a, b) + Fraction(c, d) if add else Fraction(a, b) - Fraction(c, d)
    return pos(prompt, num(q))


@template("arithmetic", "zh")
def t_zh_bracket_division(rng: random.Random, i: int) -> Made:
    b, c, q = rng.randint(10, 99), rng.randint(3, 12), rng.randint(4, 30)
    if i in (0, 1):
        a = b + c * q
        prompt = [f"（{a}减{b}）除以{c}等于多少",
                  f"孩子的作业题：（{a}－{b}）÷{c}＝？帮忙看一下"][i]
        return pos(prompt, num(q))
    a = c * (b // c + q) - b
    total = a + b
    prompt = [f"({a}+{b})÷{c}等于几？", f"先算{a}加{b}，再除以{c}，结果是多少？"][i - 2]
    return pos(prompt, num(Fraction(total, c)))


@template("arithmetic", "zh")
def t_zh_square_root(rng: random.Random, i: int) -> Made:
    if i == 3:
        return pos("根号72化简等于多少？", real("6*sqrt(2)", math.sqrt(72)))
    r = rng.randint(13, 45)
    prompt = [f"根号{r * r}等于多少？", f"√{r * r}是多少", f"{r * r}的算术平方根是多少？"][i]
    return pos(prompt, num(r))


@template("arithmetic", "en", "negative")
def t_float_equality_puzzle(rng: random.Random, i: int) -> Made:
    a, b, c = [("0.1", "0.2", "0.3"), ("0.1", "0.7", "0.8"), ("1.1", "2.2", "3.3"),
               ("0.3", "0.6", "0.9")][i]
    prompt = [
        f"Why doesn't {a} + {b} == {c} come out True in Python? Is my computer broken?",
        f"In JavaScript {a} + {b} === {c} is false. Can you explain what's going on?",
        f"my unit test fails on assert {a} + {b} == {c}, how should I compare floats instead?",
        f"Why do computers get {a} + {b} 'wrong'? Explain it like I'm five.",
    ][i]
    return prompt, None, None


@template("arithmetic", "en", "negative")
def t_walkers_and_dog(rng: random.Random, i: int) -> Made:
    d = rng.choice([20, 30, 36, 48])
    v1, v2 = rng.randint(3, 6), rng.randint(3, 6)
    v3 = rng.randint(12, 20)
    prompt = [
        f"Two friends start walking toward each other from towns {d} km apart, one at {v1} km/h "
        f"and one at {v2} km/h. A dog runs back and forth between them at {v3} km/h until they "
        "meet. How far does the dog run?",
        f"A bath fills in {v1} minutes with the tap on and drains in {v3} minutes with the plug "
        f"out. If I leave both open, how long until it's full? The tub holds {d} litres.",
        f"If {v1} cats catch {v1} mice in {v1} minutes, how many cats do you need to catch "
        f"{d} mice in {d} minutes?",
        f"I have {d} socks in a drawer, {v2} different colours, all mixed up. How many do I "
        "need to pull out in the dark to be sure I have a matching pair?",
    ][i]
    return prompt, None, None


@template("arithmetic", "en", "negative")
def t_savings_advice(rng: random.Random, i: int) -> Made:
    x = rng.randint(25, 90) * 100
    p = rng.choice([5, 10, 15, 20])
    prompt = [
        f"I make ${x:,} a month after tax. Is saving {p}% realistic or should I aim higher?",
        f"My rent is ${x // 3:,} and I earn ${x:,}. Is that too much to spend on housing?",
        f"Would you put {p}% of a ${x:,} bonus into index funds or pay off my car loan first?",
        f"Is ${x:,} a month a good salary for a junior developer in Berlin?",
    ][i]
    return prompt, None, None


@template("arithmetic", "zh", "negative")
def t_zh_running_weight_loss(rng: random.Random, i: int) -> Made:
    k = rng.randint(3, 10)
    prompt = [
        f"我每天跑{k}公里，坚持一个月大概能瘦多少斤？",
        f"每天只吃{k * 200}大卡，会不会对身体不好？",
        f"一天走{k}千步算运动量够吗？",
        f"我体重{k * 10 + 50}公斤，每天喝几升水比较合适？",
    ][i]
    return prompt, None, None


@template("arithmetic", "zh", "negative")
def t_zh_write_add_function(rng: random.Random, i: int) -> Made:
    a, b = rng.randint(2, 99), rng.randint(2, 99)
    prompt = [
        f"用Python写一个函数，输入两个数返回它们的和，比如输入{a}和{b}返回{a + b}",
        f"Java里int类型的{a}除以{b}为什么结果不是小数？",
        f"Excel里怎么让A列每个数都乘以{b}？",
        f"C语言中{a}/{b}和{a}.0/{b}的结果为什么不一样？请解释一下",
    ][i]
    return prompt, None, None


# Comparison -------------------------------------------------------------------------------------


@template("comparison", "en")
def t_terse_decimal_trap(rng: random.Random, i: int) -> Made:
    a, b = [("9.11", "9.9"), ("3.45", "3.5"), ("10.08", "10.8"), ("2.305", "2.31")][i]
    prompt = [f"{a} vs {b} which is bigger", f"which is larger {a} or {b}",
              f"bigger number: {a} or {b}?", f"is {a} or {b} the greater one"][i]
    return pos(prompt, choice(max(a, b, key=Fraction)))


@template("comparison", "en")
def t_thermometer_negatives(rng: random.Random, i: int) -> Made:
    a, b = [("-7", "-12"), ("-3.5", "-3.05"), ("-0.8", "-0.75"), ("-15", "-150")][i]
    prompt = [
        f"Checking overnight thermometer logs. Is {a} greater than {b}?",
        f"Is {a} > {b}? My son says no and I say yes.",
        f"quick check: is {a} bigger than {b}",
        f"Is {a} larger than {b}? Yes or no.",
    ][i]
    return pos(prompt, yes_no(Fraction(a) > Fraction(b)))


def _distinct_tenths(rng: random.Random, k: int, lo: int, hi: int) -> list[Fraction]:
    return [Fraction(v, 10) for v in rng.sample(range(lo, hi), k)]


@template("comparison", "en")
def t_sort_increasing(rng: random.Random, i: int) -> Made:
    vals = _distinct_tenths(rng, 5 + i % 2, -150, 150)
    shown = ", ".join(dec(v) for v in vals)
    prompt = [f"Sort ascending: {shown}", f"order these from least to greatest: {shown}",
              f"smallest to largest pls — {shown}", f"Arrange in increasing order: {shown}"][i]
    return pos(prompt, num_list([dec(v) for v in sorted(vals)], True, "asc"))


@template("comparison", "en")
def t_benchmark_ranking(rng: random.Random, i: int) -> Made:
    vals = [Fraction(v, 100) for v in rng.sample(range(1000, 9999), 5)]
    shown = ", ".join(dec(v) for v in vals)
    prompt = [
        f"Latency numbers from our benchmark run (ms): {shown}. Rank them from highest to "
        "lowest.",
        f"Sort these in descending order: {shown}",
        f"largest to smallest: {shown}",
        f"Can you order {shown} from biggest to smallest?",
    ][i]
    return pos(prompt, num_list([dec(v) for v in sorted(vals, reverse=True)], True, "desc"))


@template("comparison", "en")
def t_smallest_of_four(rng: random.Random, i: int) -> Made:
    vals = [["0.305", "0.35", "0.3049", "0.3"], ["1.101", "1.11", "1.011", "1.1"],
            ["-2.5", "-2.45", "-2.505", "-2.4"], ["7.09", "7.1", "7.009", "7.0901"]][i]
    a, b, c, d = vals
    prompt = [
        f"Out of {a}, {b}, {c} and {d}, which one is the smallest?",
        f"Which of these is the least: {a}, {b}, {c}, {d}?",
        f"smallest value among {a} / {b} / {c} / {d} ?",
        f"From the list {a}, {b}, {c}, {d} — what's the minimum?",
    ][i]
    return pos(prompt, choice(min(vals, key=Fraction)))


@template("comparison", "en")
def t_fraction_vs_decimal(rng: random.Random, i: int) -> Made:
    a, b = [("5/8", "0.6"), ("2/3", "0.67"), ("7/9", "0.77"), ("3/11", "0.28")][i]
    prompt = [f"Which is larger, {a} or {b}?", f"Is {a} or {b} bigger?",
              f"which is greater: {a} or {b}", f"Bigger one — {a} or {b}?"][i]
    return pos(prompt, choice(max(a, b, key=Fraction)))


@template("comparison", "en")
def t_gamer_stats(rng: random.Random, i: int) -> Made:
    a, b = [("1.48", "1.5"), ("2.09", "2.1"), ("0.987", "0.99"), ("3.6", "3.59")][i]
    prompt = [
        f"my k/d is {a} and my duo's is {b}, which number is higher lol",
        f"Comparing win rates: {a} vs {b}. Which number is bigger?",
        f"which is higher, {a} or {b}? (arguing with my squad)",
        f"gg. whose number is bigger: {a} or {b}",
    ][i]
    return pos(prompt, choice(max(a, b, key=Fraction)))


@template("comparison", "en")
def t_true_or_false_less(rng: random.Random, i: int) -> Made:
    a, b = [("0.7", "0.69"), ("-4", "-3.99"), ("1/3", "0.33"), ("0.099", "0.1")][i]
    prompt = [f"True or false: {a} < {b}", f"T/F: {a} is less than {b}",
              f"Is it true that {a} < {b}?", f"true or false — {a} is smaller than {b}"][i]
    return pos(prompt, yes_no(Fraction(a) < Fraction(b)))


@template("comparison", "en")
def t_quiz_which_smaller(rng: random.Random, i: int) -> Made:
    a, b = [("-3.5", "-3.45"), ("-0.01", "-0.1"), ("-12", "-2"), ("0.5", "-0.5")][i]
    prompt = [
        f"pls help, quiz question: which is smaller, {a} or {b}?",
        f"Which number is less: {a} or {b}?",
        f"My textbook asks which is smaller, {a} or {b}. What's the answer?",
        f"smaller of {a} and {b}?",
    ][i]
    return pos(prompt, choice(min(a, b, key=Fraction)))


@template("comparison", "zh")
def t_zh_which_bigger(rng: random.Random, i: int) -> Made:
    a, b = [("3.8", "3.75"), ("0.125", "0.13"), ("-2.6", "-2.61"), ("5.09", "5.1")][i]
    prompt = [f"{a}和{b}哪个大？", f"{a}跟{b}比，哪个数更大", f"请问{a}与{b}哪个比较大",
              f"{a}、{b}，谁大？"][i]
    return pos(prompt, choice(max(a, b, key=Fraction)))


@template("comparison", "zh")
def t_zh_is_bigger(rng: random.Random, i: int) -> Made:
    a, b = [("-0.5", "-0.45"), ("2.05", "2.005"), ("0.9", "0.899"), ("-7", "-6")][i]
    prompt = [f"{a}比{b}大吗？", f"{a}是不是比{b}大？", f"请问{a}大于{b}吗", f"{a} > {b} 对吗？"][i]
    return pos(prompt, yes_no(Fraction(a) > Fraction(b)))


@template("comparison", "zh")
def t_zh_sort_ascending(rng: random.Random, i: int) -> Made:
    vals = _distinct_tenths(rng, 5, -99, 99)
    shown = "、".join(dec(v) for v in vals)
    prompt = [f"把下面这些数从小到大排列：{shown}", f"将{shown}按从小到大的顺序排一下",
              f"从小到大排序：{'，'.join(dec(v) for v in vals)}",
              f"请把这几个数按升序排列：{shown}"][i]
    return pos(prompt, num_list([dec(v) for v in sorted(vals)], True, "asc"))


@template("comparison", "zh")
def t_zh_smallest(rng: random.Random, i: int) -> Made:
    vals = [["0.62", "0.6", "0.602", "0.621"], ["-1.2", "-1.19", "-1.21", "-1.02"],
            ["3.003", "3.03", "3.3", "3.0301"], ["10.5", "10.05", "10.55", "10.505"]][i]
    shown = "、".join(vals)
    prompt = [f"以下哪个数最小：{shown}？", f"{shown}这四个数里最小的是哪个？",
              f"请找出最小的数：{shown}", f"{shown}中，哪个最小"][i]
    return pos(prompt, choice(min(vals, key=Fraction)))


@template("comparison", "zh")
def t_zh_sort_descending(rng: random.Random, i: int) -> Made:
    vals = [Fraction(v, 100) for v in rng.sample(range(-500, 500), 4 + i % 2)]
    shown = "，".join(dec(v) for v in vals)
    prompt = [f"请按从大到小的顺序排列：{shown}", f"{shown}，从大到小排一下",
              f"把这些数降序排列：{shown}", f"从大到小排列下列各数：{shown}"][i]
    return pos(prompt, num_list([dec(v) for v in sorted(vals, reverse=True)], True, "desc"))


@template("comparison", "en", "negative")
def t_which_version_newer(rng: random.Random, i: int) -> Made:
    prod, a, b = [("Python", "3.9", "3.10"), ("iOS", "17.2", "17.10"),
                  ("Node.js", "18.9", "18.12"), ("Minecraft", "1.9", "1.20")][i]
    prompt = [
        f"Which is newer, {prod} {a} or {prod} {b}?",
        f"Should I upgrade from {prod} {a} to {b} or is {a} the later one?",
        f"is {prod} {b} more recent than {a}? and what changed?",
        f"Which came out first, {prod} {a} or {prod} {b}?",
    ][i]
    return prompt, None, None


@template("comparison", "en", "negative")
def t_which_creature_bigger(rng: random.Random, i: int) -> Made:
    n = rng.randint(25, 40)
    prompt = [
        f"Which is bigger, a blue whale or a {n}-metre-long Argentinosaurus?",
        f"Is Jupiter more than {n * 30} times the size of Earth?",
        f"Which is heavier: {n} kg of feathers or {n} kg of steel?",
        f"Was the Titanic longer than {n * 10} metres, or is the Eiffel Tower taller than that?",
    ][i]
    return prompt, None, None


@template("comparison", "zh", "negative")
def t_zh_which_phone_better(rng: random.Random, i: int) -> Made:
    prompt = [
        "iPhone 15和iPhone 14哪个更值得买？",
        "小米14和小米13比，哪个拍照更好？",
        "预算5000元，买华为Mate 60还是Mate 50比较划算？",
        "Switch 2和Switch OLED哪个更适合10岁的孩子？",
    ][i]
    return prompt, None, None


@template("comparison", "zh", "negative")
def t_zh_city_facts(rng: random.Random, i: int) -> Made:
    prompt = [
        "北京和上海哪个城市人口更多？",
        "长江和黄河哪条更长，差了多少公里？",
        "珠穆朗玛峰比乞力马扎罗山高多少米？",
        "2008年和2022年两届北京奥运会，哪届参赛国家更多？",
    ][i]
    return prompt, None, None


# Number theory ----------------------------------------------------------------------------------


@template("number_theory", "en")
def t_roommate_bet_prime(rng: random.Random, i: int) -> Made:
    n = [8633, 7919, 1001, 104729][i]
    prompt = [
        f"Settling a bet with my roommate: is {n} a prime number?",
        f"is {n} prime",
        f"Quick math check — is {n} prime or not? A yes/no is enough.",
        f"My RSA toy example uses {n}. Is {n} actually prime?",
    ][i]
    return pos(prompt, yes_no(is_prime(n)))


@template("number_theory", "en")
def t_homework_factorize(rng: random.Random, i: int) -> Made:
    n = [360, 1386, 9240, 3072][i]
    prompt = [
        f"HW #7: Write the prime factorization of {n}.",
        f"prime factors of {n} with exponents?",
        f"Break {n} down into a product of primes.",
        f"Can you factor {n} into primes for me? I'm checking my kid's homework.",
    ][i]
    return pos(prompt, factorization(n))


@template("number_theory", "en")
def t_terse_gcd(rng: random.Random, i: int) -> Made:
    g = rng.randint(6, 40)
    x, y = rng.sample([k for k in range(5, 60) if math.gcd(k, 7 * 11) == 1], 2)
    a, b = g * x, g * y
    prompt = [f"gcd({a}, {b})", f"greatest common divisor {a} {b}",
              f"what is the GCF of {a} and {b}", f"highest common factor of {a} and {b}?"][i]
    return pos(prompt, num(math.gcd(a, b)))


@template("number_theory", "en")
def t_cron_lcm(rng: random.Random, i: int) -> Made:
    nums = [(12, 18, 30), (8, 14, 20), (6, 10, 45), (9, 15, 24)][i]
    shown = ", ".join(map(str, nums[:-1])) + f" and {nums[-1]}"
    prompt = [
        f"I'm syncing three cron jobs that run every {shown} minutes. What's the LCM of "
        f"{shown}?",
        f"least common multiple of {shown}",
        f"Find the lowest common multiple of {shown}.",
        f"What's lcm({', '.join(map(str, nums))})?",
    ][i]
    return pos(prompt, num(math.lcm(*nums)))


@template("number_theory", "en")
def t_largest_prime_factor(rng: random.Random, i: int) -> Made:
    n = [13195, 600851475143, 9999, 2310][i]
    prompt = [
        f"What's the largest prime factor of {n}?",
        f"Project Euler style: biggest prime that divides {n}?",
        f"greatest prime factor of {n}",
        f"Of all the primes dividing {n}, which is the largest?",
    ][i]
    return pos(prompt, num(factorize(n)[-1][0]))


@template("number_theory", "en")
def t_list_primes_below(rng: random.Random, i: int) -> Made:
    n = [50, 30, 60, 45][i]
    prompt = [f"List all the primes below {n}.", f"primes less than {n}?",
              f"Which prime numbers are smaller than {n}? List them.",
              f"Give me every prime number under {n}, comma separated."][i]
    return pos(prompt, num_list([str(p) for p in primes_below(n)], False))


@template("number_theory", "en")
def t_digit_sum(rng: random.Random, i: int) -> Made:
    n = rng.randint(10**5, 10**12)
    prompt = [f"What's the sum of the digits of {n}?", f"digit sum of {n}",
              f"Add up all the digits in {n}.", f"If you add the digits of {n} together, what "
              "do you get?"][i]
    return pos(prompt, num(sum(int(c) for c in str(n))))


@template("number_theory", "en")
def t_happy_number(rng: random.Random, i: int) -> Made:
    n = [7, 20, 100, 145][i]
    prompt = [f"Is {n} a happy number?", f"happy number check: {n}",
              f"My coding kata asks whether {n} is a happy number. Is it?",
              f"Is {n} happy (in the number-theory sense)?"][i]
    return pos(prompt, yes_no(is_happy(n)))


@template("number_theory", "en")
def t_divisor_count(rng: random.Random, i: int) -> Made:
    n = [360, 1001, 720, 97][i]
    prompt = [f"How many positive divisors does {n} have?", f"number of divisors of {n}",
              f"How many whole numbers divide {n} evenly?",
              f"Count the factors of {n} (including 1 and {n})."][i]
    return pos(prompt, num(len(divisors(n))))


@template("number_theory", "en")
def t_list_divisors(rng: random.Random, i: int) -> Made:
    n = [84, 60, 100, 45][i]
    prompt = [f"List every divisor of {n}.", f"what are all the factors of {n}",
              f"Show me all positive divisors of {n}", f"divisors of {n}?"][i]
    return pos(prompt, num_list([str(d) for d in divisors(n)], False))


@template("number_theory", "zh")
def t_zh_is_prime(rng: random.Random, i: int) -> Made:
    n = [97, 91, 221, 587][i]
    prompt = [f"{n}是质数吗？", f"{n}是不是素数？", f"请判断{n}是否为质数",
              f"问一下，{n}是质数不？"][i]
    return pos(prompt, yes_no(is_prime(n)))


@template("number_theory", "zh")
def t_zh_factorize(rng: random.Random, i: int) -> Made:
    n = [360, 588, 1001, 2024][i]
    prompt = [f"把{n}分解质因数", f"{n}分解质因数的结果是什么？", f"请将{n}写成质因数相乘的形式",
              f"{n}的质因数分解"][i]
    return pos(prompt, factorization(n))


@template("number_theory", "zh")
def t_zh_gcd(rng: random.Random, i: int) -> Made:
    a, b = [(48, 180), (84, 126), (391, 299), (1024, 768)][i]
    prompt = [f"求{a}和{b}的最大公约数", f"{a}与{b}的最大公因数是多少？",
              f"{a}和{b}的最大公约数是几", f"请问{a}、{b}的最大公因数"][i]
    return pos(prompt, num(math.gcd(a, b)))


@template("number_theory", "zh")
def t_zh_lcm(rng: random.Random, i: int) -> Made:
    a, b = [(12, 15), (18, 24), (14, 35), (16, 27)][i]
    prompt = [f"{a}和{b}的最小公倍数是多少", f"求{a}与{b}的最小公倍数",
              f"{a}、{b}的最小公倍数？", f"帮我算一下{a}和{b}的最小公倍数"][i]
    return pos(prompt, num(math.lcm(a, b)))


@template("number_theory", "zh")
def t_zh_primes_within(rng: random.Random, i: int) -> Made:
    n = [30, 50, 20, 40][i]
    prompt = [f"{n}以内的质数有哪些？", f"列出小于{n}的所有素数", f"{n}以内所有的质数",
              f"请写出比{n}小的全部质数"][i]
    return pos(prompt, num_list([str(p) for p in primes_below(n)], False))


@template("number_theory", "en", "negative")
def t_why_prime_questions(rng: random.Random, i: int) -> Made:
    prompt = [
        "Why isn't 1 considered a prime number, when it's only divisible by 1 and itself?",
        "Why is 2 the only even prime? Is there a deeper reason?",
        "Why do RSA keys use two primes around 1024 bits each instead of one big prime?",
        "Why is 0 neither prime nor composite?",
    ][i]
    return prompt, None, None


@template("number_theory", "en", "negative")
def t_largest_known_prime(rng: random.Random, i: int) -> Made:
    prompt = [
        "What's the largest known prime as of today, and who found it?",
        "Is 2^82589933 − 1 still the biggest known prime or has a bigger one been found?",
        "How many digits does the largest known Mersenne prime have?",
        "Has GIMPS found any new primes since 2018?",
    ][i]
    return prompt, None, None


@template("number_theory", "en", "negative")
def t_pick_random_prime(rng: random.Random, i: int) -> Made:
    hi = rng.choice([50, 100, 200, 500])
    prompt = [
        f"I'm making a board game — pick a random prime between 1 and {hi} for the secret code.",
        f"Give me a prime number between {hi} and {hi * 2} that feels 'lucky'.",
        f"What's your favourite prime under {hi} and why?",
        f"Choose any two primes below {hi} for my class demo, surprise me.",
    ][i]
    return prompt, None, None


@template("number_theory", "zh", "negative")
def t_zh_goldbach(rng: random.Random, i: int) -> Made:
    n = [100, 60, 128, 90][i]
    p = next(q for q in range(3, n) if is_prime(q) and is_prime(n - q))
    prompt = [
        f"哥德巴赫猜想到底证明了没有？比如{n}={p}+{n - p}这种",
        f"为什么每个大于2的偶数都能写成两个质数之和？像{n}={p}+{n - p}，能证明吗",
        f"陈景润的“1+2”和哥德巴赫猜想是什么关系？{n}能拆成两个质数吗只是举例",
        f"哥德巴赫猜想验证到多大的数了？{n}这种小数字肯定没问题吧",
    ][i]
    return prompt, None, None


# Counting ---------------------------------------------------------------------------------------


@template("counting", "en")
def t_letter_occurrences(rng: random.Random, i: int) -> Made:
    word, ch = [("strawberry", "r"), ("bookkeeper", "e"), ("mississippi", "s"),
                ("bubblegum", "b")][i]
    prompt = [f"how many {ch}'s in {word}",
              f"How many times does the letter {ch} show up in '{word}'?",
              f"count the letter {ch} in {word} pls", f"number of '{ch}' in \"{word}\"?"][i]
    return pos(prompt, num(word.count(ch)))


@template("counting", "en")
def t_spelling_bee_length(rng: random.Random, i: int) -> Made:
    word = ["onomatopoeia", "rhythm", "handkerchief", "quizzically"][i]
    prompt = [
        f"Spelling bee practice tonight. How many letters are in the word '{word}'?",
        f"how many letters does {word} have",
        f"Letter count for \"{word}\"?",
        f"My son is learning to spell {word} — how long is that word, in letters?",
    ][i]
    return pos(prompt, num(len(word)))


@template("counting", "en")
def t_vowel_count(rng: random.Random, i: int) -> Made:
    word = ["education", "rhinoceros", "sequoia", "strengths"][i]
    prompt = [f"Count the vowels in '{word}' (a, e, i, o, u).",
              f"how many vowels are in {word}? (a e i o u only)",
              f"Number of vowels (a/e/i/o/u) in the word {word}?",
              f"How many of the letters in \"{word}\" are vowels — a, e, i, o or u?"][i]
    return pos(prompt, num(sum(word.count(v) for v in "aeiou")))


@template("counting", "en")
def t_words_in_sentence(rng: random.Random, i: int) -> Made:
    sentence = [
        "The quick brown fox jumps over the lazy dog",
        "I think we should leave before the rain starts again tonight",
        "Please remember to bring your library card on Friday",
        "Every good boy deserves fudge",
    ][i]
    prompt = [f"How many words are in this sentence: \"{sentence}\"",
              f"word count for: {sentence}",
              f"Count the words in the following sentence. {sentence}.",
              f"How many words does \"{sentence}\" have?"][i]
    return pos(prompt, num(len(sentence.split())))


@template("counting", "en")
def t_nth_letter(rng: random.Random, i: int) -> Made:
    word, n, ordinal = [("necessary", 5, "5th"), ("pharaoh", 3, "third"),
                        ("algorithm", 7, "seventh"), ("questionnaire", 10, "10th")][i]
    prompt = [f"What's the {ordinal} letter of '{word}'?", f"{ordinal} letter in {word}?",
              f"In the word \"{word}\", which letter is in position {n}?",
              f"Tell me the {ordinal} letter of the word {word}."][i]
    return pos(prompt, text(word[n - 1]))


@template("counting", "en")
def t_spell_backwards(rng: random.Random, i: int) -> Made:
    word = ["stressed", "drawer", "lemonade", "keyboard"][i]
    prompt = [f"spell '{word}' backwards", f"What is \"{word}\" written in reverse?",
              f"Reverse the letters of the word {word}.", f"{word} backwards?"][i]
    return pos(prompt, text(word[::-1]))


@template("counting", "en")
def t_anagram_check(rng: random.Random, i: int) -> Made:
    a, b = [("listen", "silent"), ("apple", "paper"), ("triangle", "integral"),
            ("heart", "hearth")][i]
    prompt = [f"Are '{a}' and '{b}' anagrams of each other?", f"is {a} an anagram of {b}",
              f"Word game check: can you rearrange the letters of \"{a}\" to get \"{b}\"? "
              "(same letters, same counts)",
              f"{a} / {b} — anagrams or not?"][i]
    return pos(prompt, yes_no(sorted(a) == sorted(b)))


@template("counting", "en")
def t_which_word_longer(rng: random.Random, i: int) -> Made:
    a, b = [("rhythm", "ocean"), ("cat", "elephant"), ("strength", "beautiful"),
            ("queue", "cue")][i]
    prompt = [f"Which word is longer, '{a}' or '{b}'?", f"longer word: {a} or {b}?",
              f"Which has more letters — \"{a}\" or \"{b}\"?",
              f"Between {a} and {b}, which word is longer?"][i]
    return pos(prompt, word_choice(max(a, b, key=len)))


@template("counting", "en")
def t_alphabetize(rng: random.Random, i: int) -> Made:
    words = [["pear", "apple", "fig", "banana"], ["zebra", "yak", "walrus", "xerus", "vole"],
             ["mango", "melon", "maple", "moss"], ["delta", "alpha", "charlie", "bravo", "echo"]][i]
    shown = ", ".join(words)
    prompt = [f"Put these in alphabetical order: {shown}", f"alphabetize: {shown}",
              f"Sort these words A to Z: {shown}",
              f"Could you list {shown} in dictionary order?"][i]
    return pos(prompt, word_list(sorted(words)))


@template("counting", "en")
def t_distinct_letters(rng: random.Random, i: int) -> Made:
    word = ["mississippi", "banana", "committee", "bookkeeper"][i]
    prompt = [f"How many different letters are used in '{word}'?",
              f"number of distinct letters in {word}",
              f"How many unique letters does the word \"{word}\" contain?",
              f"Ignoring repeats, how many letters are in {word}?"][i]
    return pos(prompt, num(len(set(word))))


@template("counting", "zh")
def t_zh_letter_count(rng: random.Random, i: int) -> Made:
    word, ch = [("strawberry", "r"), ("banana", "a"), ("committee", "t"), ("assessment", "s")][i]
    prompt = [f"{word}里面有多少个字母{ch}？", f"单词{word}中字母{ch}出现了几次？",
              f"数一下{word}里有几个{ch}", f"{word}这个词有几个{ch}啊"][i]
    return pos(prompt, num(word.count(ch)))


@template("counting", "zh")
def t_zh_word_length(rng: random.Random, i: int) -> Made:
    word = ["banana", "beautiful", "international", "knowledge"][i]
    prompt = [f"单词{word}有几个字母？", f"{word}一共有多少个字母",
              f"“{word}”这个单词由几个字母组成？", f"请问{word}有多少个字母"][i]
    return pos(prompt, num(len(word)))


@template("counting", "zh")
def t_zh_letter_position(rng: random.Random, i: int) -> Made:
    if i == 0:
        return pos("“elephant”的最后一个字母是什么？", text("t"))
    if i == 1:
        return pos("单词giraffe的第三个字母是什么？", text("giraffe"[2]))
    if i == 2:
        return pos("“crocodile”倒数第二个字母是哪个？", text("crocodile"[-2]))
    return pos("单词 butterfly 的第五个字母是什么？", text("butterfly"[4]))


@template("counting", "zh")
def t_zh_consonants(rng: random.Random, i: int) -> Made:
    word = ["programming", "strength", "banana", "education"][i]
    prompt = [f"“{word}”这个单词里有多少个辅音字母？", f"{word}有几个辅音字母",
              f"数一数{word}中辅音字母的个数", f"单词{word}里辅音字母一共几个？"][i]
    return pos(prompt, num(sum(c not in "aeiou" for c in word)))


@template("counting", "zh")
def t_zh_reverse_word(rng: random.Random, i: int) -> Made:
    word = ["drawer", "stressed", "hello", "python"][i]
    prompt = [f"把单词{word}倒过来写是什么？", f"{word}反过来拼是什么",
              f"请把“{word}”的字母顺序颠倒", f"{word}倒着写是啥"][i]
    return pos(prompt, text(word[::-1]))


@template("counting", "en", "negative")
def t_alphabet_facts(rng: random.Random, i: int) -> Made:
    prompt = [
        "How many letters are in the Hawaiian alphabet?",
        "How many letters did the original Greek alphabet have before it was standardised?",
        "Why does the Russian alphabet have 33 letters when English has 26?",
        "How many letters are in the longest word in the Oxford English Dictionary?",
    ][i]
    return prompt, None, None


@template("counting", "en", "negative")
def t_wordle_helper(rng: random.Random, i: int) -> Made:
    prompt = [
        "Give me a 5-letter word that starts with 'cr' and ends with 'e' for Wordle.",
        "What's a good 5-letter starting word with lots of vowels?",
        "Suggest a 7-letter word with no repeated letters that uses the letter 'q'.",
        "Wordle hint: 2nd letter is 'a', no 'e', 'r' somewhere. Any ideas?",
    ][i]
    return prompt, None, None


@template("counting", "en", "negative")
def t_essay_length_opinion(rng: random.Random, i: int) -> Made:
    n = rng.choice([250, 500, 650, 800])
    prompt = [
        "How many words should a college application essay be?",
        f"Is {n} words too long for a cover letter?",
        f"My teacher wants a {n}-word essay on climate change. What should I write about?",
        "How many words per minute is a good typing speed for an office job?",
    ][i]
    return prompt, None, None


@template("counting", "zh", "negative")
def t_zh_language_facts(rng: random.Random, i: int) -> Made:
    prompt = [
        "汉语拼音有多少个声母？",
        "英语里一共有多少个单词？",
        "日语的平假名有几个？为什么有的书说是46个？",
        "韩文有几个基本字母？",
    ][i]
    return prompt, None, None


@template("counting", "zh", "negative")
def t_zh_count_missing_text(rng: random.Random, i: int) -> Made:
    prompt = [
        "帮我数一下我论文里有多少个字",
        "下面这段话一共多少个单词？",
        "我刚发的那封英文邮件里有几个字母e？",
        "数一下我朋友圈文案有几个字，超过140字吗",
    ][i]
    return prompt, None, None


# Geometry ---------------------------------------------------------------------------------------


@template("geometry", "en")
def t_two_circles_cross(rng: random.Random, i: int) -> Made:
    c1, r1, c2, r2 = [((0, 0), 5, (8, 0), 4), ((1, 2), 3, (10, 2), 4),
                      ((-2, 3), 4, (3, -1), 3), ((0, 0), 2, (5, 5), 3)][i]
    n = circle_circle_points(c1, r1, c2, r2)
    assert n in (0, 2)
    d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
    assert d2 > (r1 - r2) ** 2  # never one inside the other
    prompt = [
        f"Circle A: center {pt(c1)}, radius {r1}. Circle B: center {pt(c2)}, radius {r2}. Do "
        "the two circles intersect?",
        f"do circles centered at {pt(c1)} r={r1} and {pt(c2)} r={r2} intersect",
        f"I'm placing two sprinklers: one at {pt(c1)} spraying a circle of radius {r1}, one at "
        f"{pt(c2)} with radius {r2}. Do their circles intersect?",
        f"Does the circle x² + y² = {r1 * r1} intersect the circle (x − {c2[0]})² + "
        f"(y − {c2[1]})² = {r2 * r2}?",
    ][i]
    return pos(prompt, yes_no(n == 2))


@template("geometry", "en")
def t_circle_inside_circle(rng: random.Random, i: int) -> Made:
    small, r, big, big_r = [((1, 1), 2, (0, 0), 6), ((3, 4), 2, (0, 0), 6),
                            ((-1, 2), 1, (0, 0), 4), ((5, 0), 3, (1, 1), 7)][i]
    d2 = (small[0] - big[0]) ** 2 + (small[1] - big[1]) ** 2
    assert d2 != (big_r - r) ** 2
    inside = d2 < (big_r - r) ** 2
    prompt = [
        f"Is the circle centered at {pt(small)} with radius {r} completely inside the circle "
        f"centered at {pt(big)} with radius {big_r}?",
        f"Does a circle of radius {big_r} centred at {pt(big)} fully contain the circle of radius "
        f"{r} centred at {pt(small)}?",
        f"circle C1 center {pt(small, ',')} radius {r}; circle C2 center {pt(big, ',')} radius "
        f"{big_r}. is C1 entirely contained in C2?",
        f"Game dev question: my small hitbox is a circle at {pt(small)} with r = {r}, the big "
        f"one is at {pt(big)} with r = {big_r}. Is the small circle fully inside the big one?",
    ][i]
    return pos(prompt, yes_no(inside))


@template("geometry", "en")
def t_tangent_circles(rng: random.Random, i: int) -> Made:
    c1, r1, c2, r2 = [((0, 0), 3, (5, 0), 2), ((0, 0), 4, (6, 8), 5),
                      ((1, 1), 5, (4, 5), 10), ((2, -1), 3, (2, 6), 3)][i]
    d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
    tangent = d2 in ((r1 + r2) ** 2, (r1 - r2) ** 2)
    prompt = [
        f"Are the circles with center {pt(c1)}, radius {r1} and center {pt(c2)}, radius {r2} "
        "tangent to each other?",
        f"do the circles (center {pt(c1)}, r {r1}) and (center {pt(c2)}, r {r2}) touch at "
        "exactly one point?",
        f"Is the circle centred at {pt(c1)} with radius {r1} tangent to the one centred at "
        f"{pt(c2)} with radius {r2}?",
        f"Check tangency: circle 1 at {pt(c1)} radius {r1}, circle 2 at {pt(c2)} radius {r2}. "
        "Tangent or not?",
    ][i]
    return pos(prompt, yes_no(tangent))


@template("geometry", "en")
def t_segment_common_points(rng: random.Random, i: int) -> Made:
    a, b, c, d = [((0, 0), (4, 4), (0, 4), (4, 0)), ((0, 0), (2, 1), (3, 0), (5, 4)),
                  ((1, 1), (5, 3), (5, 3), (7, -2)), ((0, 0), (6, 2), (0, 3), (6, 5))][i]
    n = segment_common_points(a, b, c, d)
    prompt = [
        f"How many points do segment AB with A{pt(a)}, B{pt(b)} and segment CD with C{pt(c)}, "
        f"D{pt(d)} have in common?",
        f"number of intersection points between the line segments {pt(a)}-{pt(b)} and "
        f"{pt(c)}-{pt(d)}",
        f"Segment 1 goes from {pt(a)} to {pt(b)}, segment 2 from {pt(c)} to {pt(d)}. How many "
        "intersection points do they have?",
        f"How many times do the segments [{pt(a)}, {pt(b)}] and [{pt(c)}, {pt(d)}] intersect?",
    ][i]
    return pos(prompt, num(n))


@template("geometry", "en")
def t_line_meets_circle(rng: random.Random, i: int) -> Made:
    m, c, h, k, r2 = [(2, 1, 0, 0, 10), (1, 4, 0, 0, 8), (0, 7, 2, 1, 25), (-1, 10, 0, 0, 9)][i]
    n = line_circle_points(m, c, h, k, r2)
    line = {2: "y = 2x + 1", 1: "y = x + 4", 0: "y = 7", -1: "y = -x + 10"}[m]
    circ = f"x² + y² = {r2}" if (h, k) == (0, 0) else f"(x − {h})² + (y − {k})² = {r2}"
    prompt = [
        f"How many times does the line {line} intersect the circle {circ}?",
        f"number of intersection points of {line} and {circ}",
        f"Does the line {line} cut the circle {circ}? How many points do they share?",
        f"How many common points do {line} and the circle {circ} have?",
    ][i]
    return pos(prompt, num(n))


@template("geometry", "en")
def t_point_in_shape_yes_no(rng: random.Random, i: int) -> Made:
    p, poly = [((3, 2), [(0, 0), (6, 0), (6, 4), (0, 4)]),
               ((5, 5), [(0, 0), (8, 0), (0, 8)]),
               ((3, 3), [(0, 0), (6, 0), (6, 2), (2, 2), (2, 6), (0, 6)]),
               ((1, 5), [(0, 0), (4, 0), (4, 4), (2, 7), (0, 4)])][i]
    where = point_in_polygon(p, poly)
    assert where != "boundary"
    verts = ", ".join(pt(v) for v in poly)
    prompt = [
        f"Is the point {pt(p)} inside the rectangle with corners {verts}?",
        f"Is {pt(p)} inside the triangle {verts}?",
        f"My L-shaped room has corners at {verts} (in metres). Is the point {pt(p)} inside the "
        "room?",
        f"Does the pentagon with vertices {verts} contain the point {pt(p)}?",
    ][i]
    return pos(prompt, relation(where, "inside"))


@template("geometry", "en")
def t_point_polygon_three_way(rng: random.Random, i: int) -> Made:
    p, poly = [((4, 0), [(0, 0), (8, 0), (8, 6), (0, 6)]),
               ((2, 2), [(0, 0), (5, 0), (5, 3), (0, 3)]),
               ((7, 1), [(1, 1), (6, 1), (4, 5)]),
               ((3, 4), [(0, 0), (6, 0), (6, 6), (3, 3), (0, 6)])][i]
    where = point_in_polygon(p, poly)
    verts = ", ".join(pt(v) for v in poly)
    prompt = [
        f"Point P = {pt(p)}. Polygon: {verts}. Is P inside, outside, or on the boundary?",
        f"where is {pt(p)} relative to the polygon {verts} — inside, outside or on an edge?",
        f"Classify the point {pt(p)} with respect to the triangle {verts}: interior, exterior or "
        "boundary?",
        f"Polygon vertices in order: {verts}. Is the point {pt(p)} inside it, outside it, or on "
        "its boundary?",
    ][i]
    return pos(prompt, relation(where))


@template("geometry", "en")
def t_plot_area_shoelace(rng: random.Random, i: int) -> Made:
    poly = [[(0, 0), (12, 0), (12, 5), (4, 9)], [(1, 1), (7, 2), (5, 8)],
            [(0, 0), (10, 0), (10, 4), (6, 4), (6, 9), (0, 9)],
            [(-3, -2), (4, -1), (5, 3), (1, 6), (-2, 4)]][i]
    verts = ", ".join(pt(v) for v in poly)
    prompt = [
        f"A plot of land has corners at {verts} (in metres). What's its area in square metres?",
        f"area of the triangle with vertices {verts}",
        f"Find the area of the polygon {verts}.",
        f"What is the area enclosed by the polygon whose vertices, in order, are {verts}?",
    ][i]
    return pos(prompt, num(Fraction(abs(shoelace2(poly)), 2)))


@template("geometry", "en")
def t_fence_perimeter(rng: random.Random, i: int) -> Made:
    poly = [[(0, 0), (3, 0), (3, 4)], [(0, 0), (8, 0), (8, 5), (0, 5)],
            [(0, 0), (4, 0), (6, 3), (0, 3)], [(1, 1), (4, 5), (1, 7)]][i]
    terms = []
    approx = 0.0
    for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1], strict=True):
        d2 = (x2 - x1) ** 2 + (y2 - y1) ** 2
        terms.append(length_expr(d2))
        approx += math.sqrt(d2)
    whole = sum(int(t) for t, ok in terms if ok)
    roots = [t for t, ok in terms if not ok]
    verts = ", ".join(pt(v) for v in poly)
    prompt = [
        f"What's the perimeter of the triangle with vertices {verts}?",
        f"I'm fencing a garden with corners at {verts} (metres). How long is the perimeter?",
        f"perimeter of polygon {verts}",
        f"Find the perimeter of the triangle {verts}. Exact form please.",
    ][i]
    if not roots:
        return pos(prompt, num(whole))
    return pos(prompt, real(" + ".join([str(whole), *roots]), approx))


@template("geometry", "en")
def t_point_distance(rng: random.Random, i: int) -> Made:
    a, b = [((1, 2), (4, 6)), ((-3, 5), (2, -1)), ((0, 0), (7, 24)), ((2, -4), (-1, 3))][i]
    d2 = (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2
    prompt = [
        f"distance between {pt(a)} and {pt(b)}",
        f"How far apart are the points {pt(a)} and {pt(b)}?",
        f"What is the Euclidean distance from {pt(a, ',')} to {pt(b, ',')}?",
        f"Find |AB| for A{pt(a)} and B{pt(b)}.",
    ][i]
    expr, exact = length_expr(d2)
    return pos(prompt, num(int(expr)) if exact else real(expr, math.sqrt(d2)))


@template("geometry", "zh")
def t_zh_circle_area(rng: random.Random, i: int) -> Made:
    r = rng.randint(2, 15)
    if i == 3:
        d = 2 * r + 1
        return pos(f"直径是{d}米的圆形花坛，占地面积是多少平方米？结果用π表示",
                   real(f"{d * d}/4*pi", math.pi * d * d / 4))
    prompt = [f"半径为{r}厘米的圆，面积是多少？（结果保留π）", f"求半径{r}的圆的面积，用π表示",
              f"一个圆的半径是{r}，它的面积等于多少？答案写成含π的形式"][i]
    return pos(prompt, real(f"{r * r}*pi", math.pi * r * r))


@template("geometry", "zh")
def t_zh_triangle_area(rng: random.Random, i: int) -> Made:
    tri = [[(0, 0), (6, 0), (2, 5)], [(1, 2), (7, 3), (4, 9)], [(-2, 0), (3, -1), (0, 4)],
           [(0, 0), (5, 0), (5, 7)]][i]
    a, b, c = (zh_pt(v) for v in tri)
    prompt = [f"已知三角形三个顶点A{a}、B{b}、C{c}，求三角形面积。",
              f"三角形ABC的顶点坐标分别是A{a}，B{b}，C{c}，面积是多少？",
              f"以{a}、{b}、{c}为顶点的三角形面积等于多少",
              f"平面直角坐标系中，点A{a}、B{b}、C{c}围成的三角形面积是多少？"][i]
    return pos(prompt, num(Fraction(abs(shoelace2(tri)), 2)))


@template("geometry", "zh")
def t_zh_two_circles_points(rng: random.Random, i: int) -> Made:
    c1, r1, c2, r2 = [((0, 0), 3, (4, 0), 2), ((0, 0), 2, (3, 4), 3),
                      ((1, 1), 2, (9, 7), 4), ((0, 0), 6, (1, 1), 2)][i]
    n = circle_circle_points(c1, r1, c2, r2)
    prompt = [
        f"圆O₁：圆心{zh_pt(c1)}，半径{r1}；圆O₂：圆心{zh_pt(c2)}，半径{r2}。两圆有几个交点？",
        f"以{zh_pt(c1)}为圆心、半径为{r1}的圆和以{zh_pt(c2)}为圆心、半径为{r2}的圆有多少个公共点？",
        f"圆心分别在{zh_pt(c1)}和{zh_pt(c2)}，半径分别是{r1}和{r2}的两个圆，交点个数是多少",
        f"两个圆，一个圆心{zh_pt(c1)}半径{r1}，另一个圆心{zh_pt(c2)}半径{r2}，它们有几个交点？",
    ][i]
    return pos(prompt, num(n))


@template("geometry", "zh")
def t_zh_point_in_polygon(rng: random.Random, i: int) -> Made:
    p, poly = [((2, 3), [(0, 0), (5, 0), (5, 5), (0, 5)]),
               ((5, 2), [(0, 0), (5, 0), (5, 5), (0, 5)]),
               ((6, 1), [(0, 0), (4, 0), (2, 4)]),
               ((1, 1), [(0, 0), (4, 0), (4, 3), (0, 3)])][i]
    where = point_in_polygon(p, poly)
    letters = "ABCD"[: len(poly)]
    verts = "、".join(f"{ch}{zh_pt(v)}" for ch, v in zip(letters, poly, strict=True))
    shape = "四边形ABCD" if len(poly) == 4 else "三角形ABC"
    prompt = [
        f"点P{zh_pt(p)}在{shape}的内部、外部还是边上？其中{verts}。",
        f"已知{verts}，判断点P{zh_pt(p)}在{shape}内、在边界上还是在外面",
        f"{shape}的顶点是{verts}，点{zh_pt(p)}在它的内部、外部还是边界上？",
        f"点{zh_pt(p)}相对于{shape}（{verts}）的位置：在内部、边上还是外部？",
    ][i]
    return pos(prompt, relation(where))


@template("geometry", "en", "negative")
def t_why_shapes(rng: random.Random, i: int) -> Made:
    prompt = [
        "Why do stop signs have 8 sides?",
        "Why are manhole covers round and not square?",
        "Why are honeycomb cells hexagonal instead of circles?",
        "Why do pizza boxes come square when a 12-inch pizza is round?",
    ][i]
    return prompt, None, None


@template("geometry", "en", "negative")
def t_room_area_underspecified(rng: random.Random, i: int) -> Made:
    n = rng.randint(4, 9)
    prompt = [
        f"My living room is L-shaped, roughly {n} m on the long side. What's the floor area?",
        f"How much paint do I need for a bedroom with {n}-foot walls?",
        f"What's the area of a triangle with one side {n} cm?",
        f"A circle passes through ({n}, 0). What's its radius?",
    ][i]
    return prompt, None, None


@template("geometry", "en", "negative")
def t_circles_missing_centers(rng: random.Random, i: int) -> Made:
    r1, r2 = rng.randint(2, 6), rng.randint(2, 6)
    prompt = [
        f"Two circles both have radius {r1}. Do they intersect?",
        f"Circle A has radius {r1} and circle B has radius {r2}. Are they tangent?",
        f"Is the point ({r1}, {r2}) inside the polygon?",
        f"How many intersection points do a circle of radius {r1} and a line have?",
    ][i]
    return prompt, None, None


@template("geometry", "zh", "negative")
def t_zh_geometry_proofs(rng: random.Random, i: int) -> Made:
    prompt = [
        "为什么圆的面积公式是πr²？能讲讲推导过程吗",
        "勾股定理一共有多少种证明方法？最有名的是哪几种",
        "三角形内角和为什么是180度？在球面上还成立吗",
        "祖冲之是怎么把圆周率算到3.1415926的？",
    ][i]
    return prompt, None, None


@template("geometry", "zh", "negative")
def t_zh_room_estimate(rng: random.Random, i: int) -> Made:
    n = rng.randint(4, 9)
    prompt = [
        f"我家客厅形状不规则，长大概{n}米，面积大概多少平米？",
        f"{n}米长的鱼缸放在客厅里会不会显得太大？",
        f"一个三角形的一条边是{n}厘米，它的面积是多少？",
        f"装修的时候{n}平米的卫生间怎么布局比较好？",
    ][i]
    return prompt, None, None


# Building ---------------------------------------------------------------------------------------


def _assign_splits() -> dict[str, str]:
    """Alternate templates between the splits within each (family, lang, kind) group; the odd
    one out of a group goes to the split with fewer templates of that family and language (then
    kind)."""
    groups: dict[tuple[str, str, str], list[Template]] = {}
    for t in TEMPLATES:
        groups.setdefault((t.family, t.lang, t.kind), []).append(t)
    split_of: dict[str, str] = {}
    load: dict[tuple[str, ...], int] = {}

    def put(t: Template, split: str) -> None:
        split_of[t.name] = split
        for key in ((split, t.family, t.lang), (split, t.kind), (split, t.family), (split, t.lang),
                    (split,)):
            load[key] = load.get(key, 0) + 1

    for members in groups.values():
        paired = len(members) - len(members) % 2
        for j, t in enumerate(members[:paired]):
            put(t, SPLITS[j % 2])
        for t in members[paired:]:
            put(t, min(SPLITS, key=lambda s, t=t: (
                load.get((s, t.family, t.lang), 0), load.get((s, t.kind), 0),
                load.get((s, t.family), 0),
                load.get((s, t.lang), 0), load.get((s,), 0), SPLITS.index(s))))
    return split_of


def generate() -> list[tuple[dict[str, Any], str | None]]:
    """(record, canonical answer) pairs for both splits; None for negatives."""
    rng = random.Random(15)
    split_of = _assign_splits()
    out = []
    for t in TEMPLATES:
        for i in range(INSTANCES):
            prompt, expected, canonical = t.make(rng, i)
            assert (expected is None) == (t.kind == "negative"), t.name
            record = {
                "id": f"r15-{FAM3[t.family]}-{t.lang}-{t.name}-{i}",
                "split": split_of[t.name],
                "kind": t.kind,
                "family": t.family,
                "lang": t.lang,
                "template": f"r15_{t.name}",
                "prompt": prompt,
                "expected": expected,
            }
            out.append((record, canonical))
    ids = [r["id"] for r, _ in out]
    assert len(ids) == len(set(ids)), "duplicate ids"
    prompts = [r["prompt"] for r, _ in out]
    assert len(prompts) == len(set(prompts)), "duplicate prompts"
    return out


def build() -> list[dict]:
    """All records of both splits, deterministic."""
    return [record for record, _ in generate()]


def main() -> None:
    records = build()
    for split in SPLITS:
        path = HERE / f"corpus_{split}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for record in records:
                if record["split"] == split:
                    f.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"wrote {sum(r['split'] == split for r in records)} records to {path.name}")


if __name__ == "__main__":
    main()
