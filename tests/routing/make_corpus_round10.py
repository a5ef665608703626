"""Round-10 routing corpus generator (dev10 / heldout10).

Written BLIND: while writing this file only ``tests/routing/compare.py`` (the ``expected``
answer schema and ``matches``) was consulted -- no router source, rules, other corpora or
corpus generators were read, and the router was never run.

Usage (from the repository root)::

    .venv/bin/python tests/routing/make_corpus_round10.py

It writes ``tests/routing/corpus_dev10.jsonl`` and ``tests/routing/corpus_heldout10.jsonl``.

Coverage: chatbot-style questions that a deterministic tool could answer exactly, in English
(~80%) and Chinese (~20%), in four families -- arithmetic (~35%), comparison (~20%), number
theory (~20%) and counting (~25%) -- phrased through many different sentence structures
(chat, story context, exam style, code-ish expressions, quoted words, lists on new lines,
number words, multi-sentence prompts).  Tricky positives (9.11 vs 9.9, r's in strawberry,
is 1 prime, thousands separators, half of a fraction, order of operations, negatives) are
included, and about 30% of the records are negatives (numbers that are not computations,
version numbers, identifiers, real-world data, world knowledge, opinions, code, ambiguous
"10 % 3") that a calculator-like tool must not answer.

Every expected answer is computed by an independent oracle in this file (Python ints,
fractions.Fraction, decimal, trial division, direct string counting).  Each template
produces 4 items and goes, as a whole, to either dev10 or heldout10.  The output is a pure
function of ``SEED``.  At the end, a self-check confirms that ``compare.matches`` accepts a
canonical answer for every positive and rejects a wrong one.
"""

from __future__ import annotations

import json
import math
import random
import sys
from collections.abc import Callable
from decimal import Decimal, localcontext
from fractions import Fraction
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SEED = 20241010
ITEMS_PER_TEMPLATE = 4
FAM3 = {"arithmetic": "ari", "comparison": "cmp", "number_theory": "nth", "counting": "cnt"}

# ---------------------------------------------------------------------------------------------
# Oracles and helpers
# ---------------------------------------------------------------------------------------------


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def factorize(n: int) -> list[list[int]]:
    out: list[list[int]] = []
    d = 2
    while d * d <= n:
        e = 0
        while n % d == 0:
            n //= d
            e += 1
        if e:
            out.append([d, e])
        d += 1
    if n > 1:
        out.append([n, 1])
    return out


def gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return abs(a)


def lcm(a: int, b: int) -> int:
    return a * b // gcd(a, b)


def fmt_frac(q: Fraction) -> str:
    return str(q)  # "a/b" or integer


def dec(s: str) -> Fraction:
    return Fraction(Decimal(s.replace(",", "")))


def commas(n: int) -> str:
    return f"{n:,}"


_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n: int) -> str:
    assert 0 <= n < 1000
    if n < 20:
        return _ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return _TENS[t] + ("-" + _ONES[o] if o else "")
    h, r = divmod(n, 100)
    return _ONES[h] + " hundred" + (" " + words(r) if r else "")


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def num_expected(q: Fraction | int) -> dict[str, Any]:
    return {"type": "number", "answer": fmt_frac(Fraction(q))}


def bool_expected(b: bool) -> dict[str, Any]:
    return {"type": "bool", "answer": "yes" if b else "no"}


def rand_decimal(rng: random.Random, lo: int, hi: int, places: int) -> str:
    whole = rng.randint(lo, hi)
    frac = rng.randint(1, 10**places - 1)
    s = f"{whole}.{frac:0{places}d}".rstrip("0")
    return s


VOWELS = set("aeiou")

WORDS_NO_Y = ["strawberry", "bookkeeper", "mississippi", "banana", "committee", "possession",
              "assessment", "parallel", "tomorrow", "coffee", "balloon", "occurrence",
              "necessary", "accommodate", "embarrass", "millennium", "cinnamon", "broccoli",
              "pepperoni", "raspberry", "referee", "successful", "address", "aardvark",
              "bubblegum", "giraffe", "hippopotamus", "programming", "engineering",
              "independence", "elephant", "chocolate", "mathematics", "alphabet",
              "sequoia", "education", "questionnaire", "onomatopoeia", "encouragement"]


def no_y(words_: list[str]) -> list[str]:
    return [w for w in words_ if "y" not in w]


# ---------------------------------------------------------------------------------------------
# Template registry
# ---------------------------------------------------------------------------------------------

TEMPLATES: list[dict[str, Any]] = []


def template(name: str, family: str, lang: str, kind: str = "positive",
             category: str | None = None) -> Callable:
    def deco(fn: Callable) -> Callable:
        TEMPLATES.append({"name": name, "family": family, "lang": lang, "kind": kind,
                          "category": category, "fn": fn})
        return fn
    return deco


def neg(name: str, family: str, lang: str, category: str) -> Callable:
    return template(name, family, lang, "negative", category)


# ---------------------------------------------------------------------------------------------
# Arithmetic (English)
# ---------------------------------------------------------------------------------------------


@template("r10_bill_split", "arithmetic", "en")
def _(rng):
    n = rng.randint(3, 8)
    share_cents = rng.randint(1500, 6500)
    total = Fraction(share_cents * n, 100)
    total_s = f"{share_cents * n / 100:.2f}"
    assert dec(total_s) == total
    p = (f"I'm splitting a dinner bill of ${total_s} evenly among {n} friends (me included). "
         f"How much does each person pay?")
    return p, num_expected(total / n)


@template("r10_kid_times_words", "arithmetic", "en")
def _(rng):
    a, b = rng.randint(13, 99), rng.randint(13, 99)
    p = f"my kid asked me what {words(a)} times {words(b)} is and I totally blanked \U0001F605"
    return p, num_expected(a * b)


@template("r10_codeish_compute", "arithmetic", "en")
def _(rng):
    a, b, c = rng.randint(11, 99), rng.randint(3, 19), rng.randint(5, 400)
    p = f"compute {a}*{b}-{c}"
    return p, num_expected(a * b - c)


@template("r10_exam_number_only", "arithmetic", "en")
def _(rng):
    a, b, c, d = (rng.randint(2, 60), rng.randint(2, 60), rng.randint(2, 15),
                  rng.randint(1, 200))
    p = f"What is ({a} + {b}) × {c} − {d}? Answer with a number only."
    return p, num_expected((a + b) * c - d)


@template("r10_order_of_ops", "arithmetic", "en")
def _(rng):
    a, b, c = rng.randint(2, 20), rng.randint(2, 12), rng.randint(2, 12)
    e = rng.randint(2, 9)
    d = e * rng.randint(2, 12)
    p = f"quick one, no calculator on me: {a} + {b} * {c} - {d} / {e} = ?"
    return p, num_expected(a + b * c - Fraction(d, e))


@template("r10_squared_cubed_words", "arithmetic", "en")
def _(rng):
    a, b = rng.randint(4, 25), rng.randint(2, 12)
    p = f"What's {a} squared plus {b} cubed?"
    return p, num_expected(a**2 + b**3)


@template("r10_sqrt_irrational", "arithmetic", "en")
def _(rng):
    while True:
        n = rng.randint(20, 500)
        if math.isqrt(n) ** 2 != n:
            break
    p = f"what is the square root of {n}"
    return p, {"type": "real", "answer": f"sqrt({n})"}


@template("r10_factorial_bang", "arithmetic", "en")
def _(rng):
    n = rng.randint(7, 16)
    p = f"How much is {n}! (factorial)?"
    return p, num_expected(math.factorial(n))


@template("r10_remainder_sentence", "arithmetic", "en")
def _(rng):
    a, b = rng.randint(500, 99999), rng.randint(7, 97)
    p = f"When {commas(a)} is divided by {b}, what's the remainder?"
    return p, num_expected(a % b)


@template("r10_tip_story", "arithmetic", "en")
def _(rng):
    cents = rng.randint(2000, 25000)
    pct = rng.choice([15, 18, 20, 22, 25])
    bill = f"{cents / 100:.2f}"
    p = (f"Dinner came to ${bill} and I want to leave {'an' if pct == 18 else 'a'} {pct}% tip. "
         f"How much is the tip, exactly?")
    return p, num_expected(dec(bill) * pct / 100)


@template("r10_percent_off_sale", "arithmetic", "en")
def _(rng):
    price = rng.randint(20, 400)
    pct = rng.choice([10, 15, 20, 25, 30, 35, 40, 60])
    p = (f"A jacket is listed at ${price} and the store says it's {pct}% off today. "
         f"What's the sale price?")
    return p, num_expected(Fraction(price) * (100 - pct) / 100)


@template("r10_sum_newline_list", "arithmetic", "en")
def _(rng):
    xs = [rng.randint(3, 999) for _ in range(rng.randint(4, 7))]
    body = "\n".join(str(x) for x in xs)
    p = f"can you add these up for me?\n{body}"
    return p, num_expected(sum(xs))


@template("r10_product_of_list", "arithmetic", "en")
def _(rng):
    xs = [rng.randint(2, 15) for _ in range(rng.randint(3, 5))]
    p = ("What's the product of " + ", ".join(str(x) for x in xs[:-1])
         + f" and {xs[-1]}?")
    return p, num_expected(math.prod(xs))


@template("r10_half_of_fraction", "arithmetic", "en")
def _(rng):
    b = rng.randint(3, 12)
    a = rng.randint(1, b - 1)
    p = f"What is half of {a}/{b}?"
    return p, num_expected(Fraction(a, b) / 2)


@template("r10_fraction_add", "arithmetic", "en")
def _(rng):
    b, d = rng.randint(2, 12), rng.randint(2, 12)
    a, c = rng.randint(1, b - 1), rng.randint(1, d - 1)
    p = f"{a}/{b} + {c}/{d} = ?  (as a fraction please)"
    return p, num_expected(Fraction(a, b) + Fraction(c, d))


@template("r10_thousands_divide", "arithmetic", "en")
def _(rng):
    divisor = rng.randint(12, 80) * 125
    q = rng.randint(50, 999)
    p = f"what's {commas(divisor * q)} divided by {commas(divisor)}?"
    return p, num_expected(q)


@template("r10_negative_minus_negative", "arithmetic", "en")
def _(rng):
    a, b = -rng.randint(2, 60), -rng.randint(2, 60)
    p = f"Hmm, what is {a} minus {b}? I always mess up the signs."
    return p, num_expected(a - b)


@template("r10_running_total_steps", "arithmetic", "en")
def _(rng):
    start = rng.randint(200, 900)
    sub = rng.randint(10, 150)
    mul = rng.randint(2, 6)
    div = rng.choice([2, 4, 5, 8])
    p = (f"Start with {start}. Subtract {sub}. Multiply the result by {mul}. "
         f"Then divide by {div}. What do you end up with?")
    return p, num_expected(Fraction((start - sub) * mul, div))


@template("r10_decimal_subtract", "arithmetic", "en")
def _(rng):
    x = rand_decimal(rng, 2, 40, rng.choice([1, 2]))
    y = rand_decimal(rng, 0, 30, rng.choice([1, 2, 3]))
    p = f"{x} - {y}, what does that give? Decimals always trip me up"
    return p, num_expected(dec(x) - dec(y))


# ---------------------------------------------------------------------------------------------
# Arithmetic (Chinese)
# ---------------------------------------------------------------------------------------------


@template("r10_zh_jia_jian", "arithmetic", "zh")
def _(rng):
    a, b, c = rng.randint(100, 999), rng.randint(100, 999), rng.randint(10, 999)
    p = f"{a}加{b}减{c}等于多少？"
    return p, num_expected(a + b - c)


@template("r10_zh_cheng_chu", "arithmetic", "zh")
def _(rng):
    a, b = rng.randint(12, 99), rng.randint(4, 40)
    c = rng.choice([2, 4, 5, 8, 10])
    p = f"请帮我算一下：{a}乘以{b}，再除以{c}，结果是多少？"
    return p, num_expected(Fraction(a * b, c))


@template("r10_zh_aa_story", "arithmetic", "zh")
def _(rng):
    n = rng.randint(3, 9)
    each = rng.randint(45, 260)
    p = f"我们{n}个人一起吃饭，一共花了{n * each}元，AA制的话每人要付多少钱？"
    return p, num_expected(each)


@template("r10_zh_power", "arithmetic", "zh")
def _(rng):
    a, b = rng.randint(2, 9), rng.randint(3, 12)
    p = f"{a}的{b}次方是多少"
    return p, num_expected(a**b)


# ---------------------------------------------------------------------------------------------
# Comparison
# ---------------------------------------------------------------------------------------------


def decimal_trap(rng: random.Random) -> tuple[str, str]:
    """(a.xy, a.z) with x < z, so the longer decimal is the smaller number."""
    a = rng.randint(0, 20)
    z = rng.randint(2, 9)
    x = rng.randint(1, z - 1)
    y = rng.randint(1, 9)
    return f"{a}.{x}{y}", f"{a}.{z}"


@template("r10_cmp_decimal_trap", "comparison", "en")
def _(rng):
    long_, short = ("9.11", "9.9") if rng.item_index == 0 else decimal_trap(rng)
    pair = [long_, short]
    rng.shuffle(pair)
    p = f"Which number is larger: {pair[0]} or {pair[1]}?"
    return p, {"type": "choice", "answer": max(pair, key=dec)}


@template("r10_cmp_is_greater_negative", "comparison", "en")
def _(rng):
    x = "-" + rand_decimal(rng, 1, 9, rng.choice([1, 2]))
    y = "-" + rand_decimal(rng, 1, 9, rng.choice([1, 2]))
    while dec(x) == dec(y):
        y = "-" + rand_decimal(rng, 1, 9, 2)
    p = f"Is {x} greater than {y}?"
    return p, bool_expected(dec(x) > dec(y))


@template("r10_cmp_fraction_smaller", "comparison", "en")
def _(rng):
    while True:
        b, d = rng.randint(3, 12), rng.randint(3, 12)
        a, c = rng.randint(1, b - 1), rng.randint(1, d - 1)
        if Fraction(a, b) != Fraction(c, d):
            break
    x, y = f"{a}/{b}", f"{c}/{d}"
    p = f"which is smaller: {x} or {y}"
    return p, {"type": "choice", "answer": min([x, y], key=Fraction)}


def mixed_numbers(rng: random.Random, k: int) -> list[str]:
    out: list[str] = []
    seen: set[Fraction] = set()
    while len(out) < k:
        kind = rng.choice(["int", "neg", "dec", "negdec", "frac"])
        if kind == "int":
            s = str(rng.randint(0, 30))
        elif kind == "neg":
            s = str(-rng.randint(1, 30))
        elif kind == "dec":
            s = rand_decimal(rng, 0, 12, rng.choice([1, 2]))
        elif kind == "negdec":
            s = "-" + rand_decimal(rng, 0, 12, rng.choice([1, 2]))
        else:
            b = rng.randint(2, 9)
            s = f"{rng.randint(1, b - 1)}/{b}"
        v = Fraction(s) if "/" in s else dec(s)
        if v not in seen:
            seen.add(v)
            out.append(s)
    return out


def value(s: str) -> Fraction:
    return Fraction(s) if "/" in s else dec(s)


@template("r10_cmp_sort_ascending", "comparison", "en")
def _(rng):
    xs = mixed_numbers(rng, rng.randint(4, 6))
    p = "Sort these numbers from smallest to largest: " + ", ".join(xs)
    return p, {"type": "list", "elem": "number", "ordered": True, "order": "asc",
               "answer": sorted(xs, key=value)}


@template("r10_cmp_sort_desc_bullets", "comparison", "en")
def _(rng):
    xs = mixed_numbers(rng, rng.randint(4, 5))
    p = "Put these in descending order please:\n" + "\n".join(f"- {x}" for x in xs)
    return p, {"type": "list", "elem": "number", "ordered": True, "order": "desc",
               "answer": sorted(xs, key=value, reverse=True)}


@template("r10_cmp_kid_claim", "comparison", "en")
def _(rng):
    a = rng.randint(0, 5)
    x, z = rng.randint(1, 9), rng.randint(1, 9)
    y = rng.randint(1, 9)
    long_, short = f"{a}.{x}{y}", f"{a}.{z}"
    p = (f"My son insists {long_} is bigger than {short} because {x}{y} is more than {z}. "
         f"Is he right?")
    return p, bool_expected(dec(long_) > dec(short))


@template("r10_cmp_largest_in_list", "comparison", "en")
def _(rng):
    xs = mixed_numbers(rng, rng.randint(5, 7))
    p = "What's the largest number in this list? " + "; ".join(xs)
    return p, {"type": "choice", "answer": max(xs, key=value)}


@template("r10_cmp_smallest_negatives", "comparison", "en")
def _(rng):
    xs: list[str] = []
    while len(xs) < 4:
        s = str(-rng.randint(1, 60)) if rng.random() < 0.6 else "-" + rand_decimal(rng, 1, 60, 1)
        if s not in xs:
            xs.append(s)
    xs.append("0")
    rng.shuffle(xs)
    p = f"Which of these is the smallest? ({', '.join(xs)})"
    return p, {"type": "choice", "answer": min(xs, key=value)}


@template("r10_cmp_thousands_more_than", "comparison", "en")
def _(rng):
    a = rng.randint(100_000, 9_999_999)
    b = a + rng.choice([-1, 1]) * rng.randint(1, 900_000)
    p = f"Is {commas(a)} more than {commas(b)}?"
    return p, bool_expected(a > b)


@template("r10_zh_cmp_decimal", "comparison", "zh")
def _(rng):
    long_, short = decimal_trap(rng)
    pair = [long_, short]
    rng.shuffle(pair)
    p = f"{pair[0]}和{pair[1]}哪个大？"
    return p, {"type": "choice", "answer": max(pair, key=dec)}


@template("r10_zh_cmp_sort", "comparison", "zh")
def _(rng):
    xs = mixed_numbers(rng, rng.randint(4, 6))
    p = "把这些数从小到大排列：" + "、".join(xs)
    return p, {"type": "list", "elem": "number", "ordered": True, "order": "asc",
               "answer": sorted(xs, key=value)}


@template("r10_zh_cmp_greater", "comparison", "zh")
def _(rng):
    a, b = -rng.randint(1, 50), -rng.randint(1, 50)
    while a == b:
        b = -rng.randint(1, 50)
    p = f"{a} 大于 {b} 吗？"
    return p, bool_expected(a > b)


# ---------------------------------------------------------------------------------------------
# Number theory
# ---------------------------------------------------------------------------------------------


def prime_or_semiprime(rng: random.Random, lo: int, hi: int) -> int:
    if rng.random() < 0.5:
        while True:
            n = rng.randint(lo, hi)
            if is_prime(n):
                return n
    while True:
        p, q = rng.randint(7, 60), rng.randint(7, 60)
        if is_prime(p) and is_prime(q) and lo <= p * q <= hi:
            return p * q


@template("r10_nt_is_prime_chat", "number_theory", "en")
def _(rng):
    n = prime_or_semiprime(rng, 100, 3000)
    p = f"hey is {n} prime? need it for a puzzle"
    return p, bool_expected(is_prime(n))


@template("r10_nt_tricky_small_prime", "number_theory", "en")
def _(rng, _pool=None):
    if _pool is None:
        _pool = [0, 2, 51, 57, 87, 91, 119, 133, 161, 1001]
    n = 1 if rng.item_index == 0 else rng.choice(_pool)
    p = f"Quick sanity check: is {n} a prime number or not?"
    return p, bool_expected(is_prime(n))


@template("r10_nt_factorize", "number_theory", "en")
def _(rng):
    n = 1
    for pr in rng.sample([2, 2, 2, 3, 3, 5, 7, 11, 13, 17], rng.randint(3, 6)):
        n *= pr
    p = f"Give me the prime factorization of {n}."
    return p, {"type": "factorization", "answer": factorize(n), "n": n}


@template("r10_nt_gcd_formal", "number_theory", "en")
def _(rng):
    g = rng.randint(2, 40)
    a, b = g * rng.randint(2, 30), g * rng.randint(2, 30)
    while a == b:
        b = g * rng.randint(2, 30)
    p = f"What is the greatest common divisor of {a} and {b}?"
    return p, num_expected(gcd(a, b))


@template("r10_nt_lcm_bus_story", "number_theory", "en")
def _(rng):
    a, b = rng.randint(4, 30), rng.randint(4, 30)
    while a == b:
        b = rng.randint(4, 30)
    p = (f"One bus leaves the station every {a} minutes and another every {b} minutes. "
         f"They both just left together. What's the least common multiple of {a} and {b}, "
         f"i.e. how many minutes until they leave together again?")
    return p, num_expected(lcm(a, b))


@template("r10_nt_largest_prime_factor", "number_theory", "en")
def _(rng):
    n = rng.randint(1000, 200000)
    p = f"largest prime factor of {n}?"
    return p, num_expected(factorize(n)[-1][0])


@template("r10_nt_primes_below", "number_theory", "en")
def _(rng):
    n = rng.randint(12, 100)
    p = f"List all the prime numbers less than {n}."
    return p, {"type": "list", "elem": "number", "ordered": False,
               "answer": [str(k) for k in range(2, n) if is_prime(k)]}


@template("r10_nt_digit_sum", "number_theory", "en")
def _(rng):
    n = rng.randint(10_000, 99_999_999)
    p = f"Add up the digits of {n}. What do you get?"
    return p, num_expected(sum(int(ch) for ch in str(n)))


@template("r10_nt_divisible_by", "number_theory", "en")
def _(rng):
    d = rng.choice([3, 4, 6, 7, 9, 11, 13])
    n = rng.randint(1000, 999999)
    if rng.item_index % 2 == 0:
        n -= n % d
    elif n % d == 0:
        n += 1
    p = f"Is {n} divisible by {d}?"
    return p, bool_expected(n % d == 0)


@template("r10_nt_count_primes", "number_theory", "en")
def _(rng):
    n = rng.choice([50, 100, 150, 200, 250, 300, 500, 1000])
    p = f"How many primes are there below {n}?"
    return p, num_expected(sum(1 for k in range(2, n) if is_prime(k)))


@template("r10_zh_nt_prime", "number_theory", "zh")
def _(rng):
    n = prime_or_semiprime(rng, 50, 2000)
    p = f"{n}是质数吗？"
    return p, bool_expected(is_prime(n))


@template("r10_zh_nt_gcd", "number_theory", "zh")
def _(rng):
    g = rng.randint(2, 30)
    a, b = g * rng.randint(2, 25), g * rng.randint(2, 25)
    while a == b:
        b = g * rng.randint(2, 25)
    p = f"求 {a} 和 {b} 的最大公约数"
    return p, num_expected(gcd(a, b))


# ---------------------------------------------------------------------------------------------
# Counting
# ---------------------------------------------------------------------------------------------


def word_and_repeated_letter(rng: random.Random) -> tuple[str, str]:
    w = rng.choice([*WORDS_NO_Y, "strawberry", "raspberry"])
    letters = [ch for ch in sorted(set(w)) if w.count(ch) >= 2] or sorted(set(w))
    return w, rng.choice(letters)


@template("r10_cnt_letter_occurrences", "counting", "en")
def _(rng):
    w, ch = ("strawberry", "r") if rng.item_index == 0 else word_and_repeated_letter(rng)
    p = f"how many {ch}'s in {w}"
    return p, num_expected(w.count(ch))


@template("r10_cnt_letters_in_quoted_are", "counting", "en")
def _(rng):
    w, ch = ("bookkeeper", "e") if rng.item_index == 0 else word_and_repeated_letter(rng)
    p = f"How many letters in '{w}' are {ch}?"
    return p, num_expected(w.count(ch))


@template("r10_cnt_word_length", "counting", "en")
def _(rng):
    w = rng.choice([*WORDS_NO_Y, "Mississippi", "rhythm", "onomatopoeia"])
    p = f'How many letters does the word "{w}" have?'
    return p, num_expected(len(w))


@template("r10_cnt_vowels", "counting", "en")
def _(rng):
    w = rng.choice(no_y(WORDS_NO_Y))
    p = f"count the vowels in {w}"
    return p, num_expected(sum(ch in VOWELS for ch in w))


@template("r10_cnt_consonants", "counting", "en")
def _(rng):
    w = rng.choice(no_y(WORDS_NO_Y))
    p = f"How many consonants are in the word “{w}”?"
    return p, num_expected(sum(ch.isalpha() and ch not in VOWELS for ch in w))


_SENTENCES = [
    "The quick brown fox jumps over the lazy dog",
    "I think we should leave before the rain starts",
    "She sells sea shells by the sea shore",
    "Every good boy deserves fudge",
    "My grandmother baked three apple pies for the school fair last Sunday",
    "To be or not to be that is the question",
    "We went to the beach and built a very tall sand castle",
    "Please remember to water the plants while I am away",
    "A journey of a thousand miles begins with a single step",
    "The cat sat on the mat and watched the birds outside",
]


@template("r10_cnt_words_in_sentence", "counting", "en")
def _(rng):
    s = rng.choice(_SENTENCES)
    p = f'How many words are in this sentence: "{s}"?'
    return p, num_expected(len(s.split()))


@template("r10_cnt_nth_letter", "counting", "en")
def _(rng):
    w = rng.choice(WORDS_NO_Y)
    n = rng.randint(2, len(w))
    p = f"What is the {ordinal(n)} letter of the word '{w}'?"
    return p, {"type": "text", "answer": w[n - 1]}


@template("r10_cnt_spell_backwards", "counting", "en")
def _(rng):
    w = rng.choice([*WORDS_NO_Y, "racecar", "stressed", "drawer", "level"])
    p = f"Spell {w} backwards."
    return p, {"type": "text", "answer": w[::-1]}


_ANAGRAM_PAIRS = [("listen", "silent"), ("evil", "vile"), ("dusty", "study"),
                  ("night", "thing"), ("angel", "glean"), ("state", "taste"),
                  ("below", "elbows"), ("heart", "hearth"), ("dormitory", "dirtyroom"),
                  ("stone", "tones"), ("apple", "appeal"), ("secure", "rescue"),
                  ("gallery", "largely"), ("binary", "brainy"), ("fried", "fired"),
                  ("cinema", "iceman"), ("lemon", "melon"), ("sister", "resist"),
                  ("master", "stream"), ("canoe", "ocean"), ("garden", "danger"),
                  ("parrot", "raptor"), ("silver", "livers"), ("pencil", "spinel")]


@template("r10_cnt_anagram_check", "counting", "en")
def _(rng):
    a, b = rng.choice(_ANAGRAM_PAIRS)
    p = f'Are "{a}" and "{b}" anagrams of each other?'
    return p, bool_expected(sorted(a) == sorted(b))


_SORT_POOL = ["apple", "apricot", "banana", "band", "bandana", "cherry", "chart", "grape",
              "grapefruit", "kiwi", "lemon", "lime", "mango", "melon", "orange", "peach",
              "pear", "plum", "quince", "zucchini", "date", "fig", "fennel", "ferret"]


@template("r10_cnt_alphabetical_sort", "counting", "en")
def _(rng):
    ws = rng.sample(_SORT_POOL, rng.randint(4, 6))
    p = "Put these words in alphabetical order: " + ", ".join(ws)
    return p, {"type": "list", "elem": "word", "ordered": True, "answer": sorted(ws)}


_FIRST_PAIRS = [("banana", "bandana"), ("car", "care"), ("cart", "carton"), ("theme", "then"),
                ("grape", "graph"), ("mist", "mister"), ("pear", "peach"), ("stone", "store"),
                ("ant", "anthem"), ("doe", "does"), ("hello", "help"), ("silent", "silence")]


@template("r10_cnt_first_alphabetically", "counting", "en")
def _(rng):
    a, b = rng.choice(_FIRST_PAIRS)
    if rng.random() < 0.5:
        a, b = b, a
    p = f"Which comes first in alphabetical order, '{a}' or '{b}'?"
    return p, {"type": "word_choice", "answer": min(a, b)}


@template("r10_cnt_homework_story", "counting", "en")
def _(rng):
    w, ch = word_and_repeated_letter(rng)
    p = (f"My daughter has spelling homework and one question is tripping us both up. "
         f"How many times does the letter {ch} appear in {w}?")
    return p, num_expected(w.count(ch))


@template("r10_zh_cnt_letter", "counting", "zh")
def _(rng):
    w, ch = word_and_repeated_letter(rng)
    p = f"单词 {w} 里有几个字母 {ch}？"
    return p, num_expected(w.count(ch))


@template("r10_zh_cnt_length", "counting", "zh")
def _(rng):
    w = rng.choice(WORDS_NO_Y)
    p = f"“{w}”这个单词有多少个字母？"
    return p, num_expected(len(w))


@template("r10_zh_cnt_reverse", "counting", "zh")
def _(rng):
    w = rng.choice([*WORDS_NO_Y, "hello", "world", "python"])
    p = f"把 {w} 倒过来写是什么？"
    return p, {"type": "text", "answer": w[::-1]}


# ---------------------------------------------------------------------------------------------
# Negatives
# ---------------------------------------------------------------------------------------------


def pick(rng: random.Random, options: list[str]) -> str:
    return rng.choice(options)


@neg("r10_neg_history_year", "arithmetic", "en", "date_history")
def _(rng):
    y = rng.choice([1066, 1492, 1776, 1815, 1914, 1929, 1945, 1969, 1989, 2001, 2008])
    return pick(rng, [f"What happened in {y}?", f"what was the big news in {y}",
                      f"Tell me about the year {y}.", f"Why is {y} such a famous year?"])


@neg("r10_neg_order_number", "arithmetic", "en", "identifier")
def _(rng):
    a, b = rng.randint(10000, 99999), rng.randint(100, 999)
    return pick(rng, [f"my order {a}-{b} hasn't arrived yet, what should I do?",
                      f"Order #{a}-{b} still says processing after two weeks. Any idea why?",
                      (f"I got a refund for order {a}-{b} but not the full amount, "
                       "who do I contact?"),
                      f"can you check the status of ticket {a}-{b}?"])


@neg("r10_neg_flight_gate", "arithmetic", "en", "identifier")
def _(rng):
    f, g = rng.randint(100, 2999), rng.randint(1, 60)
    h, m = rng.randint(5, 22), rng.choice([0, 15, 30, 45])
    return pick(rng, [(f"My flight UA {f} leaves at {h}:{m:02d} from gate B{g}. "
                        "Which terminal is that?"),
                      f"Is flight DL{f} at {h}:{m:02d} usually delayed?",
                      f"flight {f} gate {g} boarding {h}:{m:02d} - do I have time for lunch?",
                      f"What meal do they serve on BA {f}?"])


@neg("r10_neg_currency_now", "arithmetic", "en", "real_world_data")
def _(rng):
    x = rng.randint(20, 5000)
    return pick(rng, [f"How many euros is {x} dollars right now?",
                      f"convert {x} USD to JPY at today's rate",
                      f"What's {x} British pounds in Canadian dollars today?",
                      f"If I exchange {x} dollars at the airport, how many pesos will I get?"])


@neg("r10_neg_travel_time_world", "arithmetic", "en", "world_knowledge")
def _(rng):
    v = rng.choice([55, 60, 65, 70, 75])
    return pick(rng, [f"If I drive from Boston to New York at {v} mph, how long will it take?",
                      f"How long is the drive from Chicago to Denver going {v} miles an hour?",
                      f"At {v} mph, when would I get from LA to San Francisco if I leave at 8?",
                      f"How much gas do I need to drive from Dallas to Houston at {v} mph?"])


@neg("r10_neg_mod_or_percent", "arithmetic", "en", "ambiguous")
def _(rng):
    a, b = rng.randint(5, 99), rng.randint(2, 12)
    return pick(rng, [f"what's {a} % {b}", f"{a} % {b} = ?", f"how much is {a} % {b}?",
                      f"quick: {a} % {b}"])


@neg("r10_neg_float_code", "arithmetic", "en", "code")
def _(rng):
    a, b = rng.choice([("0.1", "0.2"), ("0.1", "0.7"), ("1.1", "2.2"), ("0.3", "0.6")])
    return pick(rng, [(f"In Python, why does {a} + {b} == {float(a) + float(b)!r} "
                        "print something weird?"),
                      f"Why is {a} + {b} not exactly {Decimal(a) + Decimal(b)} in JavaScript?",
                      f"how do I round {a} + {b} to 2 decimals in pandas",
                      f"Why does my C code print {float(a) + float(b)!r} for {a} + {b}?"])


@neg("r10_neg_days_until", "arithmetic", "en", "real_world_data")
def _(rng):
    return pick(rng, ["How many days until Christmas?",
                      "how many days left until my birthday on March 3?",
                      "How many weeks until the end of the school year?",
                      "how many days is it until New Year's Eve from today?"])


@neg("r10_neg_recipe_underspecified", "arithmetic", "en", "underspecified")
def _(rng):
    a, b = rng.randint(2, 6), rng.randint(7, 12)
    return pick(rng, [f"The recipe serves {a} but I need it for {b}. How much flour do I use?",
                      (f"My cake recipe is for a {b}-inch pan, I only have a {b - 3}-inch one. "
                       "How long should I bake it?"),
                      f"How many cups of rice for {b} people?",
                      f"I have {a} eggs, can I still make the pancakes for {b}?"])


@neg("r10_neg_divide_by_zero_explain", "arithmetic", "en", "explanation")
def _(rng):
    a = rng.randint(1, 50)
    return pick(rng, [f"My kid asked me why {a} ÷ 0 isn't allowed. How do I explain it simply?",
                      f"Can you explain why dividing {a} by zero is undefined?",
                      f"why can't you divide {a} by 0? is it infinity?",
                      f"Explain like I'm five: what goes wrong with {a}/0?"])


@neg("r10_neg_feathers_bricks", "comparison", "en", "world_knowledge")
def _(rng):
    return pick(rng, ["which weighs more, a pound of feathers or two pounds of bricks?",
                      "What's heavier: 1 kg of steel or 1 kg of cotton?",
                      "Which is bigger, a blue whale or 3 elephants?",
                      "Which holds more water, a 2 liter bottle or a bathtub?"])


@neg("r10_neg_version_numbers", "comparison", "en", "version_numbers")
def _(rng):
    return pick(rng, ["Python 3.11 vs 3.9, which is newer?",
                      "Should I upgrade from Node 18 to Node 20?",
                      "Is iOS 17.2 newer than iOS 17.10?",
                      "which is the latest, Java 8 or Java 11, and which should I learn?",
                      "Is Ubuntu 22.04 better than 20.04?",
                      "Is version 1.10 of the library newer than 1.9?"])


@neg("r10_neg_route_66", "comparison", "en", "named_number")
def _(rng):
    return pick(rng, ["is route 66 still open?", "What's the best diner on Route 66?",
                      "Is Area 51 bigger than Area 52?", "Is Catch-22 longer than 1984?",
                      "Which is older, Chanel No. 5 or 4711 cologne?"])


@neg("r10_neg_product_prices", "comparison", "en", "real_world_data")
def _(rng):
    return pick(rng, ["Which is cheaper right now, an iPhone 15 or a Pixel 8?",
                      "Is a PS5 more expensive than an Xbox Series X at the moment?",
                      "which costs more today, a gallon of milk or a dozen eggs?",
                      "Is a Tesla Model 3 faster than a BMW M3 0-60?"])


@neg("r10_neg_gpa_grading", "comparison", "en", "world_knowledge")
def _(rng):
    g1, g2 = rng.choice([("1.3", "2.0"), ("2.5", "3.0"), ("1.7", "2.3")])
    return pick(rng, [f"In Germany, is a {g1} grade better than a {g2}?",
                      f"Is a {g2} GPA good enough for medical school?",
                      f"My SAT went from 1{rng.randint(1, 4)}00 to 1500, is that impressive?",
                      (f"Is a marathon time of 3:{rng.randint(10, 59)} better than average "
                       "for a 40 year old?")])


@neg("r10_neg_prime_minister", "number_theory", "en", "keyword_false_friend")
def _(rng):
    y = rng.randint(1950, 2015)
    return pick(rng, [f"Who was the prime minister of the UK in {y}?",
                      (f"Is Amazon Prime worth it if I order about {rng.randint(2, 9)} "
                       "times a month?"),
                      f"what is prime rib and how long do I cook a {rng.randint(3, 8)} lb one?",
                      f"Who was Canada's prime minister in {y}?"])


@neg("r10_neg_factors_job", "number_theory", "en", "keyword_false_friend")
def _(rng):
    n = rng.randint(2, 5)
    return pick(rng, [f"What factors should I consider when choosing between {n} job offers?",
                      (f"What are the common factors behind the "
                       f"{rng.choice([1929, 1987, 2008])} crash?"),
                      f"How do I factor in {n} years of experience when negotiating salary?",
                      f"Which {n} factors matter most for a good night's sleep?"])


@neg("r10_neg_open_problem", "number_theory", "en", "open_problem")
def _(rng):
    return pick(rng, ["Is there an odd perfect number?",
                      "Prove that there are infinitely many twin primes.",
                      "Is every even number greater than 2 the sum of two primes? Prove it.",
                      "Are there infinitely many Mersenne primes?",
                      "Prove that there are infinitely many primes of the form n^2 + 1."])


@neg("r10_neg_lucky_number", "number_theory", "en", "opinion")
def _(rng):
    n = rng.choice([3, 4, 7, 8, 9, 13, 17, 42, 88, 666])
    return pick(rng, [f"Is {n} a lucky number?", f"why do people think {n} is unlucky?",
                      f"what's your favorite number, {n}?",
                      f"Is {n} a good number for a house address?"])


@neg("r10_neg_count_world", "counting", "en", "world_knowledge")
def _(rng):
    return pick(rng, ["How many countries are in the EU?", "how many bones are in the human body",
                      "How many moons does Jupiter have?",
                      "How many states did the US have in 1850?",
                      "How many keys does a piano have?"])


@neg("r10_neg_count_book_words", "counting", "en", "world_knowledge")
def _(rng):
    return pick(rng, ["How many words are in the first Harry Potter book?",
                      "how many letters are in the Greek alphabet?",
                      "How many words does the average novel have?",
                      "How many characters are in the Chinese language?"])


@neg("r10_neg_letter_meaning", "counting", "en", "explanation")
def _(rng):
    return pick(rng, ["What does the letter 'k' stand for in 'kg'?",
                      "Why is there a silent 'b' in 'doubt'?",
                      "What does the 'e' in 'e-mail' mean?",
                      "Why do we spell 'colour' with a 'u' in the UK?"])


@neg("r10_zh_neg_history", "arithmetic", "zh", "date_history")
def _(rng):
    y = rng.choice([1911, 1949, 1978, 1997, 2008])
    return pick(rng, [f"{y}年发生了什么大事？", f"{y}年中国有哪些重要事件？",
                      f"为什么{y}年很重要？", f"给我讲讲{y}年的历史"])


@neg("r10_zh_neg_tracking", "arithmetic", "zh", "identifier")
def _(rng):
    a, b, c = rng.randint(1000, 9999), rng.randint(1000, 9999), rng.randint(10, 99)
    return pick(rng, [f"我的快递单号 {a}-{b}-{c} 到哪了？", f"订单 {a}-{b} 什么时候发货？",
                      f"我打 400-{a}-{b} 一直没人接，怎么办？",
                      f"航班 CA{a} 今天 {c % 24}:30 会延误吗？"])


@neg("r10_zh_neg_phone_compare", "comparison", "zh", "opinion")
def _(rng):
    return pick(rng, ["iPhone 15 和 iPhone 14 哪个好？", "小米14和华为Mate 60哪个更值得买？",
                      "Python 3.12 和 3.8 哪个版本更好用？", "5G 比 4G 快多少？"])


@neg("r10_zh_neg_count_world", "counting", "zh", "world_knowledge")
def _(rng):
    return pick(rng, ["中国有多少个省？", "一年有多少个节气？", "《红楼梦》一共有多少字？",
                      "世界上有多少个国家？"])


@neg("r10_zh_neg_prime_explain", "number_theory", "zh", "explanation")
def _(rng):
    return pick(rng, ["质数有什么用？", "为什么 RSA 加密要用很大的质数？",
                      "哥德巴赫猜想被证明了吗？", "怎么向小学生解释什么是最大公约数？"])


# ---------------------------------------------------------------------------------------------
# Building, splitting, self-check
# ---------------------------------------------------------------------------------------------


def assign_splits(rng: random.Random) -> dict[str, str]:
    """Each template goes, whole, to dev10 or heldout10: alternate inside each
    (kind, family, lang) group after a seeded shuffle, with a global toggle for balance."""
    groups: dict[tuple[str, str, str], list[str]] = {}
    for t in TEMPLATES:
        groups.setdefault((t["kind"], t["family"], t["lang"]), []).append(t["name"])
    split: dict[str, str] = {}
    toggle = 0
    for key in sorted(groups):
        names = sorted(groups[key])
        rng.shuffle(names)
        for name in names:
            split[name] = ("dev10", "heldout10")[toggle]
            toggle ^= 1
    return split


def build() -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    names = [t["name"] for t in TEMPLATES]
    assert len(names) == len(set(names)), "duplicate template names"
    split = assign_splits(random.Random(SEED + 1))
    records: list[dict[str, Any]] = []
    for t in TEMPLATES:
        trng = random.Random(f"{SEED}:{t['name']}:{rng.random()}")
        seen: set[str] = set()
        items: list[tuple[str, Any]] = []
        attempts = 0
        while len(items) < ITEMS_PER_TEMPLATE:
            attempts += 1
            assert attempts < 500, f"template {t['name']} cannot make distinct prompts"
            trng.item_index = len(items)  # lets a template pin its first item
            out = t["fn"](trng)
            prompt, expected = (out, None) if t["kind"] == "negative" else out
            if prompt in seen:
                continue
            seen.add(prompt)
            items.append((prompt, expected))
        short = t["name"].removeprefix("r10_")
        for i, (prompt, expected) in enumerate(items):
            rec: dict[str, Any] = {
                "id": f"r10-{FAM3[t['family']]}-{t['lang']}-{short}-{i}",
                "split": split[t["name"]], "kind": t["kind"], "family": t["family"],
                "lang": t["lang"], "template": t["name"], "prompt": prompt,
                "expected": expected,
            }
            if t["kind"] == "negative":
                rec["category"] = t["category"]
            records.append(rec)
    return records


def canonical_and_wrong(expected: dict[str, Any]) -> tuple[list[str], list[str]]:
    """Answer strings that must match, and wrong ones that must not, from the oracle value."""
    typ = expected["type"]
    ans = expected["answer"]
    if typ == "number":
        q = Fraction(ans)
        good = [str(q)]
        if q.denominator == 1 and abs(q) >= 1000:
            good.append(f"{int(q):,}")
        d = q.denominator
        while d % 2 == 0:
            d //= 2
        while d % 5 == 0:
            d //= 5
        if d == 1 and q.denominator != 1:
            with localcontext() as ctx:
                ctx.prec = 200
                good.append(str(Decimal(q.numerator) / Decimal(q.denominator)))
        return good, [str(q + 1), str(-q) if q else "1", str(q * 2) if q else "2"]
    if typ == "real":
        n = int(ans[len("sqrt("):-1])
        with localcontext() as ctx:
            ctx.prec = 15
            approx = Decimal(n).sqrt()
        return [ans, str(approx), f"√{n}"], [str(approx + Decimal("0.01")),
                                              str(math.isqrt(n))]
    if typ == "bool":
        return [ans, ans.capitalize()], ["no" if ans == "yes" else "yes"]
    if typ == "choice":
        return [ans], [str(value(ans) + 1)]
    if typ in ("text", "word_choice"):
        return [ans, ans.upper() if typ == "word_choice" else ans], [ans + "x", ans[:-1] or "?"]
    if typ == "list":
        good = [", ".join(ans)]
        wrong = [", ".join(ans[:-1]) or "0", ", ".join([*ans, ans[0]])]
        if expected.get("ordered") and len(set(ans)) > 1:
            wrong.append(", ".join(reversed(ans)))
        return good, wrong
    if typ == "factorization":
        good = [" × ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in ans),
                "*".join(str(p) for p, e in ans for _ in range(e))]
        wrong = ["*".join(str(p) for p, e in ans for _ in range(e)) + "*2",
                 " × ".join(str(p) for p, _ in ans) if any(e > 1 for _, e in ans) else "1*1"]
        return good, wrong
    raise ValueError(typ)


def self_check(records: list[dict[str, Any]]) -> None:
    sys.path.insert(0, str(HERE))
    import compare

    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    prompts = [r["prompt"] for r in records]
    assert len(prompts) == len(set(prompts)), "duplicate prompts"
    tmpl_split: dict[str, set[str]] = {}
    for r in records:
        tmpl_split.setdefault(r["template"], set()).add(r["split"])
        assert r["family"] in FAM3 and r["lang"] in ("en", "zh")
        if r["kind"] == "negative":
            assert r["expected"] is None and r["category"]
            continue
        good, wrong = canonical_and_wrong(r["expected"])
        for g in good:
            assert compare.matches(r["expected"], g), (r["id"], r["expected"], g)
        for w in wrong:
            assert not compare.matches(r["expected"], w), (r["id"], r["expected"], w)
    assert all(len(s) == 1 for s in tmpl_split.values()), "a template spans both splits"


def main() -> None:
    records = build()
    self_check(records)
    for split in ("dev10", "heldout10"):
        path = HERE / f"corpus_{split}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for r in records:
                if r["split"] == split:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # Short summary (counts only).
    from collections import Counter
    tally = Counter((r["split"], r["kind"]) for r in records)
    print(f"templates: {len(TEMPLATES)}; records: {len(records)}")
    for key in sorted(tally):
        print(" ", *key, tally[key])
    print("self-check passed")


if __name__ == "__main__":
    main()
