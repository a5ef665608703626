"""Generate round 29 of the routing corpus (``corpus_dev29.jsonl`` / ``corpus_heldout29.jsonl``).

Round 29 is an independent blind round written from scratch: new templates, new phrasings and
new instances, not derived from any earlier round. Every template goes entirely to one split
(``dev29`` or ``heldout29``) and yields four records. Positives are questions a deterministic
math / string / geometry tool can answer; their expected answers are computed here with exact
arithmetic (ints, ``Fraction``, trial division, direct counting, analytic circle formulas).
Negatives look numeric or wordy but are not a computation on the given text, and expect
``{"type": "none"}``.

Run: ``python tests/routing/make_corpus_round29.py``.
"""

from __future__ import annotations

import json
import math
import operator
import random
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
NONE: dict[str, Any] = {"type": "none"}
FAM3 = {"arithmetic": "ari", "comparison": "cmp", "counting": "cnt", "geometry": "geo",
        "number_theory": "nth"}

Pair = tuple[str, dict[str, Any]]
TEMPLATES: list[dict[str, Any]] = []


def tpl(name: str, short: str, family: str, lang: str, kind: str,
        split: str) -> Callable[[Callable[[random.Random], list[Any]]],
                                Callable[[random.Random], list[Any]]]:
    def deco(fn: Callable[[random.Random], list[Any]]) -> Callable[[random.Random], list[Any]]:
        TEMPLATES.append({"name": name, "short": short, "family": family, "lang": lang,
                          "kind": kind, "split": split, "gen": fn})
        return fn
    return deco


# Expected answers ------------------------------------------------------------------------------


def fs(q: Fraction | int) -> str:
    q = Fraction(q)
    return str(q.numerator) if q.denominator == 1 else f"{q.numerator}/{q.denominator}"


def e_num(q: Fraction | int) -> dict[str, Any]:
    return {"type": "number", "answer": fs(q)}


def e_real(s: str) -> dict[str, Any]:
    return {"type": "real", "answer": s}


def e_bool(b: bool) -> dict[str, Any]:
    return {"type": "bool", "answer": "yes" if b else "no"}


def e_choice(s: str) -> dict[str, Any]:
    return {"type": "choice", "answer": s}


def e_text(s: str) -> dict[str, Any]:
    return {"type": "text", "answer": s}


def e_word(s: str) -> dict[str, Any]:
    return {"type": "word_choice", "answer": s}


def e_list(items: list[str], elem: str, ordered: bool, order: str | None = None) -> dict[str, Any]:
    d: dict[str, Any] = {"type": "list", "answer": items, "elem": elem, "ordered": ordered}
    if order:
        d["order"] = order
    return d


def e_rel(answer: str, yes_if: str | None = None) -> dict[str, Any]:
    d: dict[str, Any] = {"type": "relation", "answer": answer}
    if yes_if:
        d["yes_if"] = yes_if
    return d


def e_fact(n: int) -> dict[str, Any]:
    return {"type": "factorization", "answer": [[p, e] for p, e in factorize(n)], "n": n}


# Number helpers --------------------------------------------------------------------------------


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


def primes_below(n: int) -> list[int]:
    return [k for k in range(2, n) if is_prime(k)]


def is_happy(n: int) -> bool:
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(c) ** 2 for c in str(n))
    return n == 1


def comma(n: int) -> str:
    return f"{n:,}"


def val(s: str) -> Fraction:
    """The exact value of a number as written in a prompt ("-0.45", "3/8", "35%", "2^10")."""
    s = s.replace("−", "-")
    if s.endswith("%"):
        return Fraction(s[:-1]) / 100
    if "^" in s:
        b, e = s.split("^")
        return Fraction(int(b) ** int(e))
    return Fraction(s)


def rand_frac(rng: random.Random, lo: int = 2, hi: int = 12) -> Fraction:
    while True:
        d = rng.randint(lo, hi)
        n = rng.randint(1, d - 1)
        q = Fraction(n, d)
        if q.denominator > 1:
            return q


def rand_dec(rng: random.Random, places: int, lo: int, hi: int, neg: bool = False) -> str:
    """A decimal string with exactly ``places`` digits after the point (last one nonzero)."""
    while True:
        whole = rng.randint(lo, hi)
        frac = rng.randint(1, 10**places - 1)
        if frac % 10 == 0:
            continue
        s = f"{whole}.{frac:0{places}d}"
        return f"-{s}" if neg else s


def distinct(rng: random.Random, make: Callable[[], str], k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        s = make()
        if all(val(s) != val(t) for t in out):
            out.append(s)
    return out


def surd(n: int) -> tuple[int, int]:
    """n = a^2 * b with b square-free: returns (a, b)."""
    a, b = 1, 1
    for p, e in factorize(n) if n > 1 else []:
        a *= p ** (e // 2)
        b *= p ** (e % 2)
    return a, b


def surd_sum(squares: list[int]) -> str:
    """An exact sympy-style expression for sum(sqrt(s) for s in squares)."""
    terms: dict[int, int] = {}
    for s in squares:
        a, b = surd(s)
        terms[b] = terms.get(b, 0) + a
    parts = []
    for b in sorted(terms):
        a = terms[b]
        if b == 1:
            parts.append(str(a))
        elif a == 1:
            parts.append(f"sqrt({b})")
        else:
            parts.append(f"{a}*sqrt({b})")
    return " + ".join(parts)


def pi_str(q: Fraction) -> str:
    return f"{fs(q)}*pi"


# Geometry helpers ------------------------------------------------------------------------------

Pt = tuple[int, int]


def cross(o: Pt, a: Pt, b: Pt) -> int:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def hull(points: list[Pt]) -> list[Pt]:
    pts = sorted(set(points))
    if len(pts) < 3:
        return pts
    lower: list[Pt] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[Pt] = []
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def convex_poly(rng: random.Random, k_min: int, k_max: int, lo: int = 0, hi: int = 10) -> list[Pt]:
    while True:
        pts = [(rng.randint(lo, hi), rng.randint(lo, hi)) for _ in range(k_max + 3)]
        h = hull(pts)
        if k_min <= len(h) <= k_max and abs(shoelace2(h)) >= 12:
            start = rng.randrange(len(h))
            h = h[start:] + h[:start]
            return h if rng.random() < 0.5 else [h[0], *reversed(h[1:])]


def shoelace2(verts: list[Pt]) -> int:
    n = len(verts)
    return sum(verts[i][0] * verts[(i + 1) % n][1] - verts[(i + 1) % n][0] * verts[i][1]
               for i in range(n))


def point_relation(p: Pt, verts: list[Pt]) -> str:
    n = len(verts)
    for i in range(n):
        a, b = verts[i], verts[(i + 1) % n]
        if (cross(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
                and min(a[1], b[1]) <= p[1] <= max(a[1], b[1])):
            return "boundary"
    inside = False
    for i in range(n):
        a, b = verts[i], verts[(i + 1) % n]
        if (a[1] > p[1]) != (b[1] > p[1]):
            x = a[0] + Fraction(p[1] - a[1]) * (b[0] - a[0]) / (b[1] - a[1])
            if p[0] < x:
                inside = not inside
    return "inside" if inside else "outside"


def pick_point(rng: random.Random, verts: list[Pt], want: str) -> Pt:
    xs = [v[0] for v in verts]
    ys = [v[1] for v in verts]
    cands = [(x, y) for x in range(min(xs) - 2, max(xs) + 3) for y in range(min(ys) - 2,
                                                                           max(ys) + 3)
             if point_relation((x, y), verts) == want]
    if want == "boundary":
        non_vertex = [c for c in cands if c not in verts]
        cands = non_vertex or cands
    return rng.choice(cands)


def segment_points(p1: Pt, p2: Pt, p3: Pt, p4: Pt) -> int | None:
    """Number of common points of two segments; None when they are collinear."""
    d1, d2 = cross(p3, p4, p1), cross(p3, p4, p2)
    d3, d4 = cross(p1, p2, p3), cross(p1, p2, p4)
    if d1 == 0 and d2 == 0:
        return None
    return 1 if d1 * d2 <= 0 and d3 * d4 <= 0 else 0


def circle_points(c1: Pt, r1: int, c2: Pt, r2: int) -> int | None:
    d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
    if d2 == 0 and r1 == r2:
        return None
    if d2 > (r1 + r2) ** 2 or d2 < (r1 - r2) ** 2:
        return 0
    if d2 in ((r1 + r2) ** 2, (r1 - r2) ** 2):
        return 1
    return 2


def circle_kind(c1: Pt, r1: int, c2: Pt, r2: int) -> str:
    """"cross", "tangent", "apart" (outside each other) or "nested" (one inside the other)."""
    d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
    if d2 == 0:
        return "nested"
    if d2 in ((r1 + r2) ** 2, (r1 - r2) ** 2):
        return "tangent"
    if d2 > (r1 + r2) ** 2:
        return "apart"
    if d2 < (r1 - r2) ** 2:
        return "nested"
    return "cross"


def circle_pair(rng: random.Random, kind: str) -> tuple[Pt, int, Pt, int]:
    if kind == "tangent":
        dx, dy, d = rng.choice([(3, 4, 5), (0, 5, 5), (6, 8, 10), (5, 12, 13), (8, 6, 10),
                                (7, 0, 7), (0, 9, 9), (12, 5, 13), (4, 3, 5)])
        c1 = (rng.randint(-5, 5), rng.randint(-5, 5))
        c2 = (c1[0] + dx * rng.choice([1, -1]), c1[1] + dy * rng.choice([1, -1]))
        if rng.random() < 0.6:
            r1 = rng.randint(1, d - 1)
            r2 = d - r1
        else:
            r1 = rng.randint(1, 4)
            r2 = r1 + d
        return (c1, r1, c2, r2) if rng.random() < 0.5 else (c2, r2, c1, r1)
    while True:
        c1 = (rng.randint(-6, 8), rng.randint(-6, 8))
        c2 = (rng.randint(-6, 8), rng.randint(-6, 8))
        r1, r2 = rng.randint(1, 8), rng.randint(1, 8)
        if circle_kind(c1, r1, c2, r2) == kind and c1 != c2:
            return c1, r1, c2, r2


def pt(p: Pt, space: bool = True) -> str:
    return f"({p[0]}, {p[1]})" if space else f"({p[0]},{p[1]})"


def d2(a: Pt, b: Pt) -> int:
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2


# Word banks ------------------------------------------------------------------------------------

VOWELS = set("aeiou")


def vowels(w: str) -> int:
    return sum(c in VOWELS for c in w.lower())


def consonants(w: str) -> int:
    return sum(c.isalpha() and c not in VOWELS for c in w.lower())


ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"]
ORD_SHORT = ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th"]


# ===============================================================================================
# Arithmetic
# ===============================================================================================


@tpl("homework_fractions", "hwfrac", "arithmetic", "en", "positive", "dev")
def t_hwfrac(rng: random.Random) -> list[Pair]:
    forms = [
        ("I'm checking my kid's homework. What is {a} + {b}? Please leave it as a fraction.",
         operator.add),
        ("Helping my daughter with fractions tonight: {a} minus {b}, what do we get?",
         operator.sub),
        ("My son wrote down an answer for {a} × {b} and I want to double-check it. "
         "What should it be?", operator.mul),
        ("Homework check — {a} ÷ {b} = ?", operator.truediv),
    ]
    out = []
    for form, op in forms:
        x, y = rand_frac(rng), rand_frac(rng)
        while x == y:
            y = rand_frac(rng)
        out.append((form.format(a=fs(x), b=fs(y)), e_num(op(x, y))))
    return out


@tpl("tally_with_separators", "tally", "arithmetic", "en", "positive", "dev")
def t_tally(rng: random.Random) -> list[Pair]:
    out = []
    nums = [rng.randint(1000, 99999) for _ in range(4)]
    out.append((f"Can you add these up for me: {', '.join(comma(n) for n in nums)}? "
                "Just the total.", e_num(sum(nums))))
    amounts = [f"{comma(rng.randint(100, 4999))}.{rng.randint(1, 99):02d}" for _ in range(3)]
    total = sum(Fraction(a.replace(",", "")) for a in amounts)
    out.append((f"I spent ${amounts[0]}, ${amounts[1]} and ${amounts[2]} on car repairs this "
                "year. What's that altogether?", e_num(total)))
    nums = [rng.randint(1000, 999999) for _ in range(4)]
    out.append((f"What do {comma(nums[0])}, {comma(nums[1])}, {comma(nums[2])} and "
                f"{comma(nums[3])} add up to?", e_num(sum(nums))))
    nums = [rng.randint(1000, 20000) for _ in range(5)]
    lines = "\n".join(f"- {comma(n)}" for n in nums)
    out.append((f"Total of the following, please:\n{lines}", e_num(sum(nums))))
    return out


@tpl("percent_of_quick", "pct", "arithmetic", "en", "positive", "dev")
def t_pct(rng: random.Random) -> list[Pair]:
    forms = [
        "what's {p}% of {n}?",
        "Quick sanity check: {p} percent of {n} is how much?",
        "Could you work out {p}% of {n}? I'd like just the number.",
        "I need {p}% of {n} for a report. What is it?",
    ]
    ps = rng.sample(["15", "12.5", "35", "8", "62.5", "4.5", "22", "17.5"], 4)
    out = []
    for form, p in zip(forms, ps, strict=True):
        n = rng.choice([rng.randint(20, 400), rng.randint(1000, 90000)])
        out.append((form.format(p=p, n=comma(n)), e_num(Fraction(p) * n / 100)))
    return out


@tpl("powers_in_words", "pwords", "arithmetic", "en", "positive", "dev")
def t_pwords(rng: random.Random) -> list[Pair]:
    a, b = rng.randint(11, 29), rng.randint(11, 29)
    out = [(f"What is {a} squared plus {b} squared?", e_num(a * a + b * b))]
    a, k, b = rng.randint(3, 9), rng.randint(4, 6), rng.randint(50, 500)
    out.append((f"{a} to the power of {k} minus {b}: what's the result?", e_num(a**k - b)))
    a, b = rng.randint(6, 15), rng.randint(10, 40)
    out.append((f"Take {a} cubed, then subtract {b} squared. What number do you end up with?",
                e_num(a**3 - b**2)))
    a, k = rng.randint(2, 7), rng.randint(7, 12)
    out.append((f"What do you get if you raise {a} to the power of {k}?", e_num(a**k)))
    return out


@tpl("remainder_after_division", "rem", "arithmetic", "en", "positive", "dev")
def t_rem(rng: random.Random) -> list[Pair]:
    forms = [
        "When {n} is divided by {d}, what's the remainder?",
        "What is {n} mod {d}?",
        "Find the remainder of {n} ÷ {d}.",
        "What remainder do you get dividing {n} by {d}? Just the number, please.",
    ]
    out = []
    for i, form in enumerate(forms):
        n = rng.randint(1000, 99999) if i % 2 == 0 else rng.randint(100, 999)
        d = rng.randint(3, 19)
        while n % d == 0:
            d = rng.randint(3, 19)
        out.append((form.format(n=comma(n) if i == 0 else n, d=d), e_num(n % d)))
    return out


@tpl("exact_decimal_product", "decmul", "arithmetic", "en", "positive", "heldout")
def t_decmul(rng: random.Random) -> list[Pair]:
    forms = [
        "{x} × {y}: what does that come out to?",
        "Multiply {x} by {y}, please. Exact answer only.",
        "What's {x} * {y}?",
        "On a worksheet I have {x} times {y}. What is it exactly?",
    ]
    out = []
    for form in forms:
        x = rand_dec(rng, rng.choice([2, 3]), 0, 9)
        y = rng.choice([str(rng.randint(12, 96)), rand_dec(rng, 1, 1, 30)])
        out.append((form.format(x=x, y=y), e_num(Fraction(x) * Fraction(y))))
    return out


@tpl("unicode_parentheses", "paren", "arithmetic", "en", "positive", "heldout")
def t_paren(rng: random.Random) -> list[Pair]:
    out = []
    a, b, c, d = (rng.randint(10, 60), rng.randint(2, 9), rng.randint(2, 12),
                  rng.randint(3, 11))
    out.append((f"Evaluate ({a} − {b}) × {c} ÷ {d}.", e_num(Fraction((a - b) * c, d))))
    a, b, c, d = (rng.randint(2, 15) for _ in range(4))
    out.append((f"What does {a} × ({b} + {c}) − {d} equal?", e_num(a * (b + c) - d)))
    a, b, c, d = rng.randint(5, 40), rng.randint(5, 40), rng.randint(10, 30), rng.randint(1, 9)
    out.append((f"({a} + {b}) ÷ ({c} − {d}) = ?", e_num(Fraction(a + b, c - d))))
    a, b, c, d = rng.randint(20, 90), rng.randint(2, 9), rng.randint(2, 9), rng.randint(10, 20)
    out.append((f"Can you simplify {a} − {b} × ({c} − {d})? A number is fine.",
                e_num(a - b * (c - d))))
    return out


@tpl("factorial_values", "fact", "arithmetic", "en", "positive", "heldout")
def t_fact(rng: random.Random) -> list[Pair]:
    out = []
    n = rng.randint(9, 13)
    m = rng.randint(n - 4, n - 2)
    out.append((f"What's {n}! divided by {m}!?",
                e_num(math.factorial(n) // math.factorial(m))))
    n = rng.randint(6, 10)
    out.append((f"How much is {n} factorial?", e_num(math.factorial(n))))
    n = rng.randint(6, 9)
    m = rng.randint(3, n - 1)
    out.append((f"Compute {n}! − {m}!.", e_num(math.factorial(n) - math.factorial(m))))
    n = rng.randint(7, 12)
    m = rng.randint(2, n - 2)
    out.append((f"Give me the value of {n}!/({m}! × {n - m}!).", e_num(math.comb(n, m))))
    return out


@tpl("perfect_square_roots", "sqrt", "arithmetic", "en", "positive", "heldout")
def t_sqrt(rng: random.Random) -> list[Pair]:
    forms = [
        "What is the square root of {n}?",
        "√{n} = ?",
        "Find the positive square root of {n}.",
        "sqrt({n})? Just the number.",
    ]
    ks = rng.sample(range(14, 120), 4)
    return [(form.format(n=comma(k * k) if i == 0 else k * k), e_num(k))
            for i, (form, k) in enumerate(zip(forms, ks, strict=True))]


@tpl("product_of_listed", "prod", "arithmetic", "en", "positive", "heldout")
def t_prod(rng: random.Random) -> list[Pair]:
    out = []
    a, b, c, d = (rng.randint(2, 15) for _ in range(4))
    out.append((f"Multiply these together: {a}, {b}, {c} and {d}.", e_num(a * b * c * d)))
    a, b, c = (rng.randint(11, 60) for _ in range(3))
    out.append((f"What's the product of {a}, {b} and {c}?", e_num(a * b * c)))
    a, b, c = (rng.randint(3, 30) for _ in range(3))
    out.append((f"What is the product of the following numbers?\n- {a}\n- {b}\n- {c}",
                e_num(a * b * c)))
    a, b, c, d = (rng.randint(2, 12) for _ in range(4))
    out.append((f"{a} times {b} times {c} times {d} equals what?", e_num(a * b * c * d)))
    return out


@tpl("zh_add_subtract", "jiajian", "arithmetic", "zh", "positive", "dev")
def t_zh_jiajian(rng: random.Random) -> list[Pair]:
    out = []
    a, b, c = rand_dec(rng, 1, 1, 40), rand_dec(rng, 2, 0, 20), rand_dec(rng, 2, 0, 9)
    out.append((f"{a} 加 {b} 减 {c} 等于多少？", e_num(val(a) + val(b) - val(c))))
    a, b, c = rng.randint(100, 999), rng.randint(100, 999), rng.randint(10, 400)
    out.append((f"请问{a}加上{b}再减去{c}是多少？", e_num(a + b - c)))
    a, b, c = rand_dec(rng, 1, 20, 90), rand_dec(rng, 1, 1, 19), rand_dec(rng, 2, 1, 9)
    out.append((f"帮我算一下：{a}减{b}加{c}。", e_num(val(a) - val(b) + val(c))))
    a, b, c = rng.randint(1000, 5000), rng.randint(200, 3000), rng.randint(10, 999)
    out.append((f"{a}减去{b}，再加{c}，结果是多少？", e_num(a - b + c)))
    return out


@tpl("zh_powers", "cifang", "arithmetic", "zh", "positive", "dev")
def t_zh_cifang(rng: random.Random) -> list[Pair]:
    out = []
    a, k = rng.randint(2, 9), rng.randint(3, 8)
    out.append((f"{a}的{k}次方是多少？", e_num(a**k)))
    a, k, b = rng.randint(2, 6), rng.randint(4, 9), rng.randint(10, 99)
    out.append((f"{a}的{k}次方减去{b}等于多少？", e_num(a**k - b)))
    a, b = rng.randint(11, 40), rng.randint(11, 40)
    out.append((f"算一下{a}的平方加{b}的平方。", e_num(a * a + b * b)))
    a, k, b = rng.randint(2, 9), rng.randint(3, 6), rng.choice([7, 11, 13, 6, 14])
    out.append((f"请计算{a}的{k}次方除以{b}。", e_num(Fraction(a**k, b))))
    return out


@tpl("zh_percent_of", "baifen", "arithmetic", "zh", "positive", "heldout")
def t_zh_baifen(rng: random.Random) -> list[Pair]:
    forms = [
        "{n}的{p}%是多少？",
        "帮我算下{n}的{p}%，只要数字。",
        "{n} × {p}% 等于多少？",
        "请问{p}%乘以{n}是多少？",
    ]
    ps = rng.sample(["15", "25", "7.5", "40", "12", "85", "3.5"], 4)
    out = []
    for form, p in zip(forms, ps, strict=True):
        n = rng.randint(60, 9000)
        out.append((form.format(n=n, p=p), e_num(Fraction(p) * n / 100)))
    return out


@tpl("zh_multiply_divide", "chengchu", "arithmetic", "zh", "positive", "heldout")
def t_zh_chengchu(rng: random.Random) -> list[Pair]:
    out = []
    a, b, c = rng.randint(12, 250), rng.randint(3, 40), rng.randint(3, 16)
    out.append((f"{a}乘以{b}再除以{c}等于多少？", e_num(Fraction(a * b, c))))
    a, b = rng.randint(10, 99), rng.randint(11, 97)
    while a % b == 0:
        b = rng.randint(11, 97)
    out.append((f"{a} 除以 {b} 是多少？用分数表示。", e_num(Fraction(a, b))))
    a, b, c = rng.randint(12, 99), rng.randint(12, 99), rng.randint(2, 12)
    out.append((f"请算：{a}乘{b}除以{c}", e_num(Fraction(a * b, c))))
    a, b, c = rng.randint(100, 999), rng.randint(2, 9), rng.randint(2, 25)
    out.append((f"{a}×{b}÷{c}=？", e_num(Fraction(a * b, c))))
    return out


@tpl("zh_factorial_sum_product", "jchh", "arithmetic", "zh", "positive", "heldout")
def t_zh_jchh(rng: random.Random) -> list[Pair]:
    out = []
    n1, n2 = rng.sample(range(5, 12), 2)
    out.append((f"{n1}的阶乘是多少？", e_num(math.factorial(n1))))
    out.append((f"{n2}!等于多少？", e_num(math.factorial(n2))))
    nums = [rng.randint(10, 999) for _ in range(4)]
    out.append(("、".join(map(str, nums)) + "这几个数加起来是多少？", e_num(sum(nums))))
    a, b, c = (rng.randint(4, 40) for _ in range(3))
    out.append((f"求{a}、{b}、{c}三个数的乘积。", e_num(a * b * c)))
    return out


@tpl("arith_trivia_numbers", "trivia", "arithmetic", "en", "negative", "dev")
def t_neg_trivia(rng: random.Random) -> list[str]:
    n = rng.randint(5, 30)
    return [
        "How many moons does Jupiter have?",
        f"How many legs do {n} spiders have altogether?",
        "What's the boiling point of water in Fahrenheit?",
        "How many teeth does an adult human normally have?",
    ]


@tpl("arith_clock_calendar", "clock", "arithmetic", "en", "negative", "dev")
def t_neg_clock(rng: random.Random) -> list[str]:
    h, k = rng.randint(8, 11), rng.randint(4, 7)
    d = rng.randint(40, 200)
    return [
        f"It's {h} o'clock now. What time will it be in {k} hours?",
        "My flight leaves New York at 11:40 pm and lasts 7 hours 5 minutes. "
        "What time do I land in London, local time?",
        f"If today is Friday, what day of the week will it be in {d} days?",
        "What's 9:45 plus 2 hours and 30 minutes on a 12-hour clock?",
    ]


@tpl("arith_money_advice", "advice", "arithmetic", "en", "negative", "heldout")
def t_neg_advice(rng: random.Random) -> list[str]:
    bill = rng.choice([60, 80, 95, 120])
    return [
        f"Is a 15% tip enough on an ${bill} dinner, or is that stingy?",
        "I earn $4,200 a month. Should I put 20% of it into savings or pay off my card first?",
        "Is paying 6.5% interest on a car loan a good deal right now?",
        "We're splitting a $120 bill between 4 people but one of them only had a salad. "
        "What's the fair way to split it?",
    ]


@tpl("arith_code_or_explain", "explain", "arithmetic", "en", "negative", "heldout")
def t_neg_explain(rng: random.Random) -> list[str]:
    return [
        "Write a Python function that returns 15% of any number.",
        "Explain why dividing by 0.5 is the same as multiplying by 2.",
        "How do I calculate 25% of 80 in Excel? I need the formula, not the answer.",
        "Why do people argue about 6 ÷ 2(1+2)? Explain both sides.",
    ]


@tpl("zh_arith_trivia", "zhtrivia", "arithmetic", "zh", "negative", "dev")
def t_zh_neg_trivia(rng: random.Random) -> list[str]:
    return [
        "中国有多少个省级行政区？",
        "珠穆朗玛峰有多高？",
        "一打鸡蛋是几个？",
        "长城全长大概多少公里？",
    ]


@tpl("zh_arith_money_advice", "zhadvice", "arithmetic", "zh", "negative", "heldout")
def t_zh_neg_advice(rng: random.Random) -> list[str]:
    return [
        "我月薪8000，每个月存30%合理吗？",
        "房贷利率3.5%算高吗？要不要提前还款？",
        "送同事50块钱的礼物会不会显得太小气？",
        "年终奖拿到3个月工资算多吗？",
    ]


# ===============================================================================================
# Comparison
# ===============================================================================================


def decimal_trap_pair(rng: random.Random) -> tuple[str, str]:
    while True:
        k = rng.randint(0, 20)
        a = f"{k}.{rng.choice([d for d in range(11, 100) if d % 10])}"
        b = f"{k}.{rng.randint(1, 9)}"
        if val(a) != val(b):
            return (a, b) if rng.random() < 0.5 else (b, a)


@tpl("friend_says_bigger", "claim", "comparison", "en", "positive", "dev")
def t_claim(rng: random.Random) -> list[Pair]:
    forms = [
        "My friend says {a} is bigger than {b}. Which one is actually larger?",
        "Settle an argument: which is greater, {a} or {b}?",
        "{a} vs {b}: which number is bigger?",
        "Which is the larger number here, {a} or {b}?",
    ]
    out = []
    for form in forms:
        a, b = decimal_trap_pair(rng)
        out.append((form.format(a=a, b=b), e_choice(max(a, b, key=val))))
    return out


@tpl("smaller_with_negatives", "negsm", "comparison", "en", "positive", "dev")
def t_negsm(rng: random.Random) -> list[Pair]:
    forms = [
        "Between {a} and {b}, which is smaller?",
        "Which number is lower: {a} or {b}?",
        "Of {a} and {b}, which one is less?",
        "Tell me the smaller of {a} and {b}.",
    ]
    makers = [
        lambda: str(-rng.randint(2, 40)),
        lambda: rand_dec(rng, rng.choice([1, 2]), 0, 3, neg=True),
        lambda: "-" + fs(rand_frac(rng, 3, 9)),
        lambda: rand_dec(rng, 2, 0, 12, neg=rng.random() < 0.7),
    ]
    out = []
    for form, make in zip(forms, makers, strict=True):
        a, b = distinct(rng, make, 2)
        out.append((form.format(a=a, b=b), e_choice(min(a, b, key=val))))
    return out


@tpl("fraction_greater_yes_no", "gtyn", "comparison", "en", "positive", "dev")
def t_gtyn(rng: random.Random) -> list[Pair]:
    forms = [
        "Is {a} greater than {b}? Yes or no.",
        "Quick check: is {a} > {b}?",
        "Is {a} bigger than {b}?",
        "Is {a} larger than {b}? Just yes or no.",
    ]
    out = []
    for i, form in enumerate(forms):
        x, y = rand_frac(rng, 3, 15), rand_frac(rng, 3, 15)
        while x == y:
            y = rand_frac(rng, 3, 15)
        if (x > y) != (i in (0, 3)):
            x, y = y, x
        out.append((form.format(a=fs(x), b=fs(y)), e_bool(x > y)))
    return out


def mixed_numbers(rng: random.Random, k: int, fractions: bool = True) -> list[str]:
    makers = [
        lambda: str(rng.randint(-20, 40)),
        lambda: rand_dec(rng, rng.choice([1, 2]), 0, 15, neg=rng.random() < 0.4),
        lambda: fs(rand_frac(rng, 3, 9)),
    ][:3 if fractions else 2]
    return distinct(rng, lambda: rng.choice(makers)(), k)


@tpl("sort_ascending_plain", "asc", "comparison", "en", "positive", "dev")
def t_asc(rng: random.Random) -> list[Pair]:
    forms = [
        "Sort these from smallest to largest: {l}",
        "Can you put {l} in ascending order?",
        "Order these numbers, lowest first: {l}.",
        "Arrange in increasing order: {l}",
    ]
    out = []
    for form in forms:
        items = mixed_numbers(rng, rng.randint(4, 6))
        out.append((form.format(l=", ".join(items)),
                    e_list(sorted(items, key=val), "number", True, "asc")))
    return out


@tpl("smaller_fraction", "lessfr", "comparison", "en", "positive", "dev")
def t_lessfr(rng: random.Random) -> list[Pair]:
    forms = [
        "Which fraction is smaller, {a} or {b}?",
        "Which is less: {a} or {b}?",
        "I'm comparing {a} and {b}. Which is the smaller one?",
        "{a} or {b}: which is the lesser value?",
    ]
    out = []
    for form in forms:
        x, y = rand_frac(rng, 4, 16), rand_frac(rng, 4, 16)
        while x == y or abs(x - y) > Fraction(1, 5):
            y = rand_frac(rng, 4, 16)
        out.append((form.format(a=fs(x), b=fs(y)), e_choice(fs(min(x, y)))))
    return out


@tpl("sort_descending_layouts", "desc", "comparison", "en", "positive", "heldout")
def t_desc(rng: random.Random) -> list[Pair]:
    out = []
    items = mixed_numbers(rng, 4)
    out.append(("Put these numbers in descending order:\n" + "\n".join(items),
                e_list(sorted(items, key=val, reverse=True), "number", True, "desc")))
    items = mixed_numbers(rng, 5)
    out.append(("Rank from highest to lowest: " + "; ".join(items),
                e_list(sorted(items, key=val, reverse=True), "number", True, "desc")))
    items = mixed_numbers(rng, 5)
    out.append((f"Sort {', '.join(items)} from largest to smallest, please.",
                e_list(sorted(items, key=val, reverse=True), "number", True, "desc")))
    items = mixed_numbers(rng, 6, fractions=False)
    out.append(("biggest to smallest: " + " ".join(items),
                e_list(sorted(items, key=val, reverse=True), "number", True, "desc")))
    return out


def decimal_family(rng: random.Random, k: int) -> list[str]:
    """Decimals with the same leading part but different lengths (0.09, 0.1, 0.089, ...)."""
    base = rng.randint(0, 5)

    def make() -> str:
        digits = (rng.choice(["0", "", "00"]) + str(rng.randint(1, 999))).rstrip("0")
        return f"{base}.{digits or '5'}"

    return distinct(rng, make, k)


@tpl("largest_in_a_list", "maxl", "comparison", "en", "positive", "heldout")
def t_maxl(rng: random.Random) -> list[Pair]:
    out = []
    items = decimal_family(rng, 4)
    out.append((f"What's the largest number among {items[0]}, {items[1]}, {items[2]} and "
                f"{items[3]}?", e_choice(max(items, key=val))))
    items = mixed_numbers(rng, 5)
    out.append((f"Which of these is the biggest: {', '.join(items)}?",
                e_choice(max(items, key=val))))
    items = decimal_family(rng, 5)
    out.append((f"Out of {', '.join(items)}, which value is the highest?",
                e_choice(max(items, key=val))))
    items = mixed_numbers(rng, 4)
    out.append((f"Find the maximum of {', '.join(items)}.", e_choice(max(items, key=val))))
    return out


@tpl("less_than_true_false", "ltyn", "comparison", "en", "positive", "heldout")
def t_ltyn(rng: random.Random) -> list[Pair]:
    forms = [
        "True or false: {a} < {b}",
        "Is {a} less than {b}?",
        "Is {a} smaller than {b}? Answer yes or no.",
        "Is it true that {a} is less than {b}?",
    ]
    out = []
    for i, form in enumerate(forms):
        a, b = distinct(rng, lambda: rand_dec(rng, rng.choice([1, 2, 3]), 0, 2,
                                              neg=rng.random() < 0.5), 2)
        if (val(a) < val(b)) != (i in (1, 2)):
            a, b = b, a
        out.append((form.format(a=a, b=b), e_bool(val(a) < val(b))))
    return out


@tpl("percent_versus_fraction", "pctfr", "comparison", "en", "positive", "heldout")
def t_pctfr(rng: random.Random) -> list[Pair]:
    forms = [
        "Which is more, {x} or {y}?",
        "Which is bigger: {x} or {y}?",
        "Which is the larger value, {x} or {y}?",
        "{x} or {y}: which one is greater?",
    ]
    out = []
    for i, form in enumerate(forms):
        while True:
            p = rng.randint(5, 95)
            f = rand_frac(rng, 3, 12)
            if f != Fraction(p, 100) and abs(f - Fraction(p, 100)) < Fraction(1, 10):
                break
        other = fs(f) if i != 2 else str(float(f))[:4]
        pair = [f"{p}%", other]
        if val(pair[0]) == val(pair[1]):
            other = fs(f)
            pair = [f"{p}%", other]
        if i % 2:
            pair.reverse()
        out.append((form.format(x=pair[0], y=pair[1]), e_choice(max(pair, key=val))))
    return out


@tpl("compare_powers", "pow", "comparison", "en", "positive", "heldout")
def t_pow(rng: random.Random) -> list[Pair]:
    forms = [
        ("Which is greater: {x} or {y}?", max),
        ("Which is larger, {x} or {y}?", max),
        ("Which is bigger: {x} or {y}? Don't round.", max),
        ("Is {x} or {y} the smaller number?", min),
    ]
    out = []
    for form, pick in forms:
        while True:
            a, b = rng.randint(2, 9), rng.randint(3, 12)
            c, d = rng.randint(2, 9), rng.randint(3, 12)
            x, y = f"{a}^{b}", f"{c}^{d}"
            if a != c and val(x) != val(y) and Fraction(1, 4) < val(x) / val(y) < 4:
                break
        out.append((form.format(x=x, y=y), e_choice(pick(x, y, key=val))))
    return out


@tpl("zh_which_bigger", "nagda", "comparison", "zh", "positive", "dev")
def t_zh_nagda(rng: random.Random) -> list[Pair]:
    forms = [
        "{a}和{b}哪个大？",
        "{a}跟{b}比，哪个更大？",
        "请问{a}与{b}哪个数大一些？",
        "{a}和{b}，谁大？",
    ]
    out = []
    for i, form in enumerate(forms):
        if i % 2 == 0:
            a, b = decimal_trap_pair(rng)
        else:
            a, b = distinct(rng, lambda: fs(rand_frac(rng, 3, 12)), 2)
        out.append((form.format(a=a, b=b), e_choice(max(a, b, key=val))))
    return out


@tpl("zh_is_it_bigger", "bidama", "comparison", "zh", "positive", "dev")
def t_zh_bidama(rng: random.Random) -> list[Pair]:
    out = []
    a, b = distinct(rng, lambda: str(-rng.randint(1, 30)), 2)
    out.append((f"{a}比{b}大吗？", e_bool(val(a) > val(b))))
    a, b = distinct(rng, lambda: rand_dec(rng, 2, 0, 3), 2)
    out.append((f"{a}是不是比{b}小？", e_bool(val(a) < val(b))))
    a, b = distinct(rng, lambda: fs(rand_frac(rng, 3, 12)), 2)
    out.append((f"请问{a}大于{b}吗？", e_bool(val(a) > val(b))))
    a, b = distinct(rng, lambda: rand_dec(rng, 1, 0, 9, neg=True), 2)
    out.append((f"{a} 小于 {b} 吗？", e_bool(val(a) < val(b))))
    return out


@tpl("zh_sort_ascending", "paixu", "comparison", "zh", "positive", "dev")
def t_zh_paixu(rng: random.Random) -> list[Pair]:
    forms = [
        ("把这些数从小到大排一下：{l}", "，"),
        ("请将{l}按从小到大的顺序排列。", "、"),
        ("从小到大排序：{l}", ", "),
        ("帮我把下面几个数按升序排好：{l}", "、"),
    ]
    out = []
    for form, sep in forms:
        items = mixed_numbers(rng, rng.randint(4, 6))
        out.append((form.format(l=sep.join(items)),
                    e_list(sorted(items, key=val), "number", True, "asc")))
    return out


@tpl("zh_which_smaller", "naxiao", "comparison", "zh", "positive", "heldout")
def t_zh_naxiao(rng: random.Random) -> list[Pair]:
    forms = [
        "{a}和{b}哪个小？",
        "{a}与{b}相比，哪个更小？",
        "{a}、{b}哪个数比较小？",
        "请比较{a}和{b}的大小，告诉我较小的那个。",
    ]
    makers = [
        lambda: rand_dec(rng, rng.choice([1, 2]), 0, 5),
        lambda: fs(rand_frac(rng, 3, 12)),
        lambda: str(-rng.randint(1, 50)),
        lambda: rand_dec(rng, 2, 0, 3, neg=True),
    ]
    out = []
    for form, make in zip(forms, makers, strict=True):
        a, b = distinct(rng, make, 2)
        out.append((form.format(a=a, b=b), e_choice(min(a, b, key=val))))
    return out


@tpl("zh_sort_descending", "jiangxu", "comparison", "zh", "positive", "heldout")
def t_zh_jiangxu(rng: random.Random) -> list[Pair]:
    forms = [
        ("请将下列数字按从大到小的顺序排列：{l}", "，"),
        ("从大到小排：{l}", "、"),
        ("把{l}按降序排列。", "、"),
        ("这几个数从大到小怎么排？{l}", ", "),
    ]
    out = []
    for form, sep in forms:
        items = mixed_numbers(rng, rng.randint(4, 6))
        out.append((form.format(l=sep.join(items)),
                    e_list(sorted(items, key=val, reverse=True), "number", True, "desc")))
    return out


@tpl("cmp_version_numbers", "ver", "comparison", "en", "negative", "dev")
def t_neg_ver(rng: random.Random) -> list[str]:
    return [
        "Is Python 3.11 newer than 3.9?",
        "Which is the later release, macOS 10.15 or 10.9?",
        "Is version 2.10.1 of the library more recent than 2.9.3?",
        "Is Node 18.12 a newer release than Node 18.9?",
    ]


@tpl("cmp_better_scores", "score", "comparison", "en", "negative", "dev")
def t_neg_score(rng: random.Random) -> list[str]:
    return [
        "Is a golf score of 68 better than 72?",
        "Which is the better 100m time, 9.8 seconds or 10.1 seconds?",
        "Is a credit score of 680 better than 720 for getting a mortgage?",
        "Which is a healthier blood pressure reading, 120/80 or 140/90?",
    ]


@tpl("cmp_mixed_units", "units", "comparison", "en", "negative", "heldout")
def t_neg_units(rng: random.Random) -> list[str]:
    return [
        "Which is hotter, 100 degrees Fahrenheit or 40 degrees Celsius?",
        "Which is longer, 10 miles or 15 kilometres?",
        "Is 2 pounds heavier than 1 kilogram?",
        "Which holds more, a 1-gallon jug or a 4-litre bottle?",
    ]


@tpl("cmp_dates_and_releases", "dates", "comparison", "en", "negative", "heldout")
def t_neg_dates(rng: random.Random) -> list[str]:
    return [
        "Which date comes first, 03/04/2024 or 04/03/2024?",
        "Is 11/12 earlier than 12/11?",
        "Which came out first, the iPhone 5 or the Galaxy S3?",
        "Which happened earlier, the first Moon landing or the first email?",
    ]


@tpl("zh_cmp_versions", "zhver", "comparison", "zh", "negative", "dev")
def t_zh_neg_ver(rng: random.Random) -> list[str]:
    return [
        "iOS 17.2 比 iOS 17.10 新吗？",
        "微信8.0.45和8.0.5哪个版本更新？",
        "Python 3.12 比 3.8 新吗？",
        "安卓14和安卓13.1哪个是新版本？",
    ]


@tpl("zh_cmp_units", "zhunits", "comparison", "zh", "negative", "heldout")
def t_zh_neg_units(rng: random.Random) -> list[str]:
    return [
        "30摄氏度和80华氏度哪个更热？",
        "1斤和1磅哪个重？",
        "5公里和3英里哪个更远？",
        "1升和1加仑哪个多？",
    ]


# ===============================================================================================
# Number theory
# ===============================================================================================


def prime_in(rng: random.Random, lo: int, hi: int) -> int:
    while True:
        n = rng.randint(lo, hi)
        if is_prime(n):
            return n


def hard_composite(rng: random.Random, lo: int, hi: int) -> int:
    """An odd composite with no factor below 7, so it looks prime at a glance."""
    while True:
        p, q = prime_in(rng, 7, 60), prime_in(rng, 7, 200)
        if lo <= p * q <= hi:
            return p * q


def smooth(rng: random.Random, lo: int, hi: int, primes: tuple[int, ...] = (2, 3, 5, 7, 11, 13)
           ) -> int:
    while True:
        n = 1
        for p in rng.sample(primes, rng.randint(2, 4)):
            n *= p ** rng.randint(1, 4)
        if lo <= n <= hi:
            return n


@tpl("prime_yes_no", "prime", "number_theory", "en", "positive", "dev")
def t_prime(rng: random.Random) -> list[Pair]:
    forms = [
        "Is {n} a prime number?",
        "Is {n} prime? Yes/no please.",
        "quick q: is {n} prime or not",
        "I'm making a puzzle and need to know: is {n} prime?",
    ]
    out = []
    for i, form in enumerate(forms):
        n = prime_in(rng, 100, 9999) if i in (1, 2) else hard_composite(rng, 100, 9999)
        out.append((form.format(n=comma(n) if i == 2 else n), e_bool(is_prime(n))))
    return out


@tpl("prime_factors_break", "pfact", "number_theory", "en", "positive", "dev")
def t_pfact(rng: random.Random) -> list[Pair]:
    forms = [
        "Break {n} into its prime factors.",
        "What's the prime factorization of {n}?",
        "Factor {n} into primes.",
        "Express {n} as a product of prime numbers.",
    ]
    out = []
    for i, form in enumerate(forms):
        n = smooth(rng, 120, 60000)
        out.append((form.format(n=comma(n) if i == 2 else n), e_fact(n)))
    return out


@tpl("gcd_various", "gcd", "number_theory", "en", "positive", "dev")
def t_gcd(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        g = rng.randint(3, 40)
        xs = [g * m for m in rng.sample(range(2, 31), 3)]
        a, b, c = xs
        if i == 0:
            out.append((f"What's the greatest common divisor of {a} and {b}?",
                        e_num(math.gcd(a, b))))
        elif i == 1:
            out.append((f"GCD of {a} and {b}?", e_num(math.gcd(a, b))))
        elif i == 2:
            out.append((f"Find the highest common factor of {a}, {b} and {c}.",
                        e_num(math.gcd(a, b, c))))
        else:
            out.append((f"What is the largest number that divides both {a} and {b} exactly?",
                        e_num(math.gcd(a, b))))
    return out


@tpl("primes_under_n", "plist", "number_theory", "en", "positive", "dev")
def t_plist(rng: random.Random) -> list[Pair]:
    forms = [
        "List all the primes less than {n}.",
        "What are the prime numbers below {n}?",
        "Give me every prime under {n}, comma-separated.",
        "Which numbers smaller than {n} are prime?",
    ]
    ns = rng.sample(range(15, 80), 4)
    return [(form.format(n=n), e_list([str(p) for p in primes_below(n)], "number", False))
            for form, n in zip(forms, ns, strict=True)]


@tpl("digit_sum_phrasings", "dsum", "number_theory", "en", "positive", "dev")
def t_dsum(rng: random.Random) -> list[Pair]:
    forms = [
        "What do the digits of {n} add up to?",
        "What's the digit sum of {n}?",
        "Add up the digits in {n}.",
        "Sum of the digits of {n}?",
    ]
    out = []
    for i, form in enumerate(forms):
        n = rng.randint(10**4, 10**8)
        out.append((form.format(n=comma(n) if i == 0 else n),
                    e_num(sum(int(c) for c in str(n)))))
    return out


@tpl("lcm_various", "lcm", "number_theory", "en", "positive", "heldout")
def t_lcm(rng: random.Random) -> list[Pair]:
    out = []
    a, b, c = (rng.randint(4, 40) for _ in range(3))
    out.append((f"What's the lowest common multiple of {a}, {b} and {c}?",
                e_num(math.lcm(a, b, c))))
    a, b = rng.randint(6, 90), rng.randint(6, 90)
    out.append((f"LCM of {a} and {b}?", e_num(math.lcm(a, b))))
    a, b = rng.randint(6, 60), rng.randint(6, 60)
    out.append((f"Find the least common multiple of {a} and {b}.", e_num(math.lcm(a, b))))
    a, b = rng.randint(4, 30), rng.randint(4, 30)
    out.append((f"What is the smallest positive number that both {a} and {b} divide into "
                "evenly?", e_num(math.lcm(a, b))))
    return out


@tpl("largest_prime_factor", "lpf", "number_theory", "en", "positive", "heldout")
def t_lpf(rng: random.Random) -> list[Pair]:
    forms = [
        "What is the biggest prime that divides {n}?",
        "Largest prime factor of {n}?",
        "Find the greatest prime factor of {n}.",
        "Of all the prime factors of {n}, which is the largest?",
    ]
    out = []
    for i, form in enumerate(forms):
        n = smooth(rng, 10, 900) * prime_in(rng, 13, 400)
        out.append((form.format(n=comma(n) if i == 0 else n), e_num(factorize(n)[-1][0])))
    return out


@tpl("happy_numbers_range", "happy", "number_theory", "en", "positive", "heldout")
def t_happy(rng: random.Random) -> list[Pair]:
    forms = [
        "Which numbers between {a} and {b} are happy numbers?",
        "List the happy numbers from {a} to {b}.",
        "Find all happy numbers in the range {a}–{b}.",
        "Give me the happy numbers between {a} and {b}.",
    ]
    out = []
    seen: set[tuple[int, int]] = set()
    for form in forms:
        while True:
            a = rng.randint(2, 80)
            b = a + rng.randint(15, 40)
            hs = [k for k in range(a, b + 1) if is_happy(k)]
            if not is_happy(a) and not is_happy(b) and hs and (a, b) not in seen:
                seen.add((a, b))
                break
        out.append((form.format(a=a, b=b), e_list([str(k) for k in hs], "number", False)))
    return out


@tpl("prime_check_in_sentence", "primeyn", "number_theory", "en", "positive", "heldout")
def t_primeyn(rng: random.Random) -> list[Pair]:
    forms = [
        "I need to know whether {n} is prime — yes or no.",
        "My kid insists {n} is a prime number. Is she right?",
        "Is the number {n} prime?",
        "Tell me if {n} is a prime (just yes or no).",
    ]
    out = []
    for i, form in enumerate(forms):
        n = prime_in(rng, 1000, 99999) if i in (0, 3) else hard_composite(rng, 1000, 9999)
        out.append((form.format(n=comma(n) if i == 0 else n), e_bool(is_prime(n))))
    return out


@tpl("product_of_primes", "pprod", "number_theory", "en", "positive", "heldout")
def t_pprod(rng: random.Random) -> list[Pair]:
    forms = [
        "Write {n} as a product of primes.",
        "Decompose {n} into prime factors, with exponents.",
        "prime factors of {n} with multiplicity?",
        "Could you give me the prime factorisation of {n}?",
    ]
    out = []
    for i, form in enumerate(forms):
        n = smooth(rng, 200, 200000, (2, 3, 5, 7, 11, 13, 17, 19))
        out.append((form.format(n=comma(n) if i == 0 else n), e_fact(n)))
    return out


@tpl("zh_is_prime", "zhprime", "number_theory", "zh", "positive", "dev")
def t_zh_prime(rng: random.Random) -> list[Pair]:
    forms = [
        "{n}是质数吗？",
        "{n}是不是素数？",
        "请判断{n}是否为质数。",
        "{n}是素数吗？回答是或否。",
    ]
    out = []
    for i, form in enumerate(forms):
        n = prime_in(rng, 50, 3000) if i in (0, 3) else hard_composite(rng, 50, 3000)
        out.append((form.format(n=n), e_bool(is_prime(n))))
    return out


@tpl("zh_gcd", "zhgcd", "number_theory", "zh", "positive", "dev")
def t_zh_gcd(rng: random.Random) -> list[Pair]:
    forms = [
        "{a}和{b}的最大公约数是多少？",
        "求{a}、{b}的最大公因数。",
        "{a}与{b}的最大公约数是几？",
        "请算出{a}和{b}的最大公因数",
    ]
    out = []
    for form in forms:
        g = rng.randint(2, 30)
        a, b = g * rng.randint(2, 25), g * rng.randint(2, 25)
        while a == b:
            b = g * rng.randint(2, 25)
        out.append((form.format(a=a, b=b), e_num(math.gcd(a, b))))
    return out


@tpl("zh_factorize", "zhfactor", "number_theory", "zh", "positive", "heldout")
def t_zh_factor(rng: random.Random) -> list[Pair]:
    forms = [
        "把{n}分解质因数",
        "{n}分解质因数是多少？",
        "请写出{n}的质因数分解。",
        "{n}的质因数分解式是什么？",
    ]
    return [(form.format(n=(n := smooth(rng, 100, 20000))), e_fact(n)) for form in forms]


@tpl("zh_lcm", "zhlcm", "number_theory", "zh", "positive", "heldout")
def t_zh_lcm(rng: random.Random) -> list[Pair]:
    out = []
    a, b = rng.randint(4, 60), rng.randint(4, 60)
    out.append((f"{a}和{b}的最小公倍数是多少", e_num(math.lcm(a, b))))
    a, b = rng.randint(4, 60), rng.randint(4, 60)
    out.append((f"求{a}与{b}的最小公倍数。", e_num(math.lcm(a, b))))
    a, b, c = (rng.randint(3, 25) for _ in range(3))
    out.append((f"{a}、{b}、{c}的最小公倍数是几？", e_num(math.lcm(a, b, c))))
    a, b = rng.randint(10, 99), rng.randint(10, 99)
    out.append((f"请问{a}和{b}的最小公倍数等于多少？", e_num(math.lcm(a, b))))
    return out


@tpl("zh_primes_within", "zhplist", "number_theory", "zh", "positive", "heldout")
def t_zh_plist(rng: random.Random) -> list[Pair]:
    forms = [
        "列出{n}以内的所有质数",
        "小于{n}的素数有哪些？",
        "{n}以内的质数都有哪些？",
        "请写出所有小于{n}的质数。",
    ]
    ns = rng.sample([k for k in range(12, 70) if not is_prime(k)], 4)
    return [(form.format(n=n), e_list([str(p) for p in primes_below(n)], "number", False))
            for form, n in zip(forms, ns, strict=True)]


@tpl("nt_lucky_numbers", "lucky", "number_theory", "en", "negative", "dev")
def t_neg_lucky(rng: random.Random) -> list[str]:
    return [
        "Is 7 really a lucky number?",
        "Why do people in China avoid the number 4?",
        "What's the significance of the number 42 in The Hitchhiker's Guide to the Galaxy?",
        "Is 13 a bad house number to buy? Be honest.",
    ]


@tpl("nt_concepts", "concept", "number_theory", "en", "negative", "dev")
def t_neg_concept(rng: random.Random) -> list[str]:
    return [
        "Explain why there are infinitely many primes.",
        "What's the difference between a prime and a composite number?",
        "Why isn't 1 considered a prime number?",
        "How does the Sieve of Eratosthenes work?",
    ]


@tpl("nt_code_requests", "code", "number_theory", "en", "negative", "heldout")
def t_neg_code(rng: random.Random) -> list[str]:
    return [
        "Write a JavaScript function that computes the gcd of two numbers.",
        "Can you give me Python code to list all primes under 1000?",
        "How would I check if a number is prime in Excel?",
        "Write a C program that prints the prime factors of whatever number the user types.",
    ]


@tpl("nt_prime_trivia", "ptrivia", "number_theory", "en", "negative", "heldout")
def t_neg_ptrivia(rng: random.Random) -> list[str]:
    return [
        "What's the largest known prime number?",
        "Who proved the prime number theorem?",
        "Has the Riemann hypothesis been proven yet?",
        "How many digits does the biggest known Mersenne prime have?",
    ]


@tpl("zh_nt_concepts", "zhexplain", "number_theory", "zh", "negative", "dev")
def t_zh_neg_explain(rng: random.Random) -> list[str]:
    return [
        "为什么1不是质数？请解释一下。",
        "哥德巴赫猜想是什么意思？",
        "质数为什么有无穷多个？",
        "最大公约数和最小公倍数有什么关系？讲讲原理。",
    ]


@tpl("zh_nt_lucky", "zhlucky", "number_theory", "zh", "negative", "heldout")
def t_zh_neg_lucky(rng: random.Random) -> list[str]:
    return [
        "为什么中国人喜欢数字8？",
        "手机号里带4是不是不吉利？",
        "车牌尾号是7好不好？",
        "为什么5月20日被当成表白的日子？",
    ]


# ===============================================================================================
# Counting / strings
# ===============================================================================================

LETTER_WORDS = [("strawberry", "r"), ("banana", "a"), ("mississippi", "s"), ("committee", "t"),
                ("bookkeeper", "e"), ("parallel", "l"), ("occurrence", "c"),
                ("assessment", "s"), ("cappuccino", "p"), ("referee", "e"), ("pepper", "p"),
                ("balloon", "l"), ("engineering", "e"), ("successful", "s")]


@tpl("letter_occurrences", "letcnt", "counting", "en", "positive", "dev")
def t_letcnt(rng: random.Random) -> list[Pair]:
    forms = [
        "How many times does the letter '{c}' appear in '{w}'?",
        "How many {c}'s are in {w}?",
        "Count the letter {c} in the word \"{w}\".",
        "In the word {w}, how often does {c} show up?",
    ]
    picks = rng.sample(LETTER_WORDS, 4)
    return [(form.format(w=w, c=c), e_num(w.count(c)))
            for form, (w, c) in zip(forms, picks, strict=True)]


VOWEL_WORDS = ["education", "beautiful", "onomatopoeia", "television", "umbrella", "aeroplane",
               "questionnaire", "watermelon", "alligator", "encouragement", "sequoia",
               "dinosaur"]


@tpl("vowel_count", "vowel", "counting", "en", "positive", "dev")
def t_vowel(rng: random.Random) -> list[Pair]:
    forms = [
        "How many vowels are in the word '{w}'?",
        "Count the vowels in {w}.",
        "{w}: how many vowels does it have?",
        "How many vowel letters does \"{w}\" contain?",
    ]
    words = rng.sample(VOWEL_WORDS, 4)
    return [(form.format(w=w), e_num(vowels(w))) for form, w in zip(forms, words, strict=True)]


SENTENCES = [
    "The quick brown fox jumps over the lazy dog",
    "My grandmother bakes bread every Sunday morning",
    "We missed the last train home",
    "Please leave your shoes by the front door",
    "The library closes early on public holidays",
    "Three small boats drifted slowly across the bay",
    "I forgot my umbrella again",
    "Our team finally won the championship after ten long years",
]


@tpl("words_in_sentence", "words", "counting", "en", "positive", "dev")
def t_words(rng: random.Random) -> list[Pair]:
    forms = [
        "How many words are in this sentence: '{s}'?",
        "Count the words: {s}.",
        "\"{s}.\" How many words is that?",
        "What's the word count of the following sentence? {s}.",
    ]
    picks = rng.sample(SENTENCES, 4)
    return [(form.format(s=s), e_num(len(s.split()))) for form, s in zip(forms, picks,
                                                                         strict=True)]


REV_WORDS = ["lantern", "stressed", "drawer", "keyboard", "giraffe", "pineapple", "avocado",
             "notebook", "pumpkin", "whistle"]


@tpl("spell_backwards", "rev", "counting", "en", "positive", "dev")
def t_rev(rng: random.Random) -> list[Pair]:
    forms = [
        "Spell '{w}' backwards.",
        "What is {w} reversed?",
        "Reverse the letters of \"{w}\".",
        "Write {w} back to front, please.",
    ]
    words = rng.sample(REV_WORDS, 4)
    return [(form.format(w=w), e_text(w[::-1])) for form, w in zip(forms, words, strict=True)]


ANAGRAM_PAIRS = [("listen", "silent"), ("heart", "earth"), ("night", "thing"),
                 ("below", "elbow"), ("dusty", "study"), ("angel", "glean"), ("state", "taste"),
                 ("cinema", "iceman"), ("apple", "paper"), ("store", "storm"),
                 ("cattle", "castle"), ("lemon", "melon"), ("planet", "plants"),
                 ("silver", "sliver"), ("master", "stream"), ("garden", "gander"),
                 ("bored", "robed"), ("fried", "fired"), ("dealer", "leader"),
                 ("thread", "threat"), ("secure", "rescue"), ("canoe", "ocean"),
                 ("little", "tittle"), ("cheap", "peach"), ("brush", "shrub"),
                 ("stone", "tones"), ("carrot", "tractor"), ("wolf", "flow"),
                 ("table", "bleat"), ("phone", "hopes")]


def anagram_picks(rng: random.Random) -> list[tuple[str, str]]:
    yes = [p for p in ANAGRAM_PAIRS if sorted(p[0]) == sorted(p[1])]
    no = [p for p in ANAGRAM_PAIRS if sorted(p[0]) != sorted(p[1])]
    picks = rng.sample(yes, 2) + rng.sample(no, 2)
    rng.shuffle(picks)
    return picks


@tpl("anagram_check", "anag", "counting", "en", "positive", "dev")
def t_anag(rng: random.Random) -> list[Pair]:
    forms = [
        "Are '{a}' and '{b}' anagrams?",
        "Is {a} an anagram of {b}?",
        "Can the letters of \"{a}\" be rearranged to spell \"{b}\"?",
        "Are {a} and {b} anagrams of each other? Yes or no.",
    ]
    return [(form.format(a=a, b=b), e_bool(sorted(a) == sorted(b)))
            for form, (a, b) in zip(forms, anagram_picks(rng), strict=True)]


NTH_WORDS = ["mountain", "elephant", "butterfly", "calendar", "hospital", "blanket",
             "chemistry", "dolphin", "sandwich", "triangle"]


@tpl("nth_letter_of_word", "nth", "counting", "en", "positive", "heldout")
def t_nth(rng: random.Random) -> list[Pair]:
    words = rng.sample(NTH_WORDS, 4)
    out = []
    w, k = words[0], rng.randint(2, 6)
    out.append((f"What's the {ORDINALS[k - 1]} letter of '{w}'?", e_text(w[k - 1])))
    w, k = words[1], rng.randint(3, 7)
    out.append((f"In the word {w}, which letter is in position {k}?", e_text(w[k - 1])))
    w, k = words[2], rng.randint(2, 7)
    out.append((f"Tell me the {ORD_SHORT[k - 1]} letter in \"{w}\".", e_text(w[k - 1])))
    w = words[3]
    out.append((f"What's the last letter of {w}?", e_text(w[-1])))
    return out


DISTINCT_WORDS = ["mississippi", "bookkeeper", "balloon", "committee", "tennessee",
                  "assessment", "banana", "coffee", "address", "possession", "engineer"]


@tpl("distinct_letters", "distinct", "counting", "en", "positive", "heldout")
def t_distinct(rng: random.Random) -> list[Pair]:
    forms = [
        "How many different letters are used in '{w}'?",
        "How many unique letters does {w} have?",
        "Count the distinct letters in \"{w}\".",
        "If you ignore repeats, how many letters are in {w}?",
    ]
    words = rng.sample(DISTINCT_WORDS, 4)
    return [(form.format(w=w), e_num(len(set(w)))) for form, w in zip(forms, words, strict=True)]


LENGTH_WORDS = ["elephant", "giraffe", "strawberry", "blueberry", "keyboard", "monitor",
                "mountain", "volcano", "tomorrow", "yesterday", "penguin", "kangaroo",
                "chocolate", "vanilla", "october", "september", "planet", "asteroid"]


@tpl("longer_word", "longer", "counting", "en", "positive", "heldout")
def t_longer(rng: random.Random) -> list[Pair]:
    forms = [
        "Which word has more letters, '{a}' or '{b}'?",
        "Which is longer: {a} or {b}?",
        "{a} or {b}: which one has more letters?",
        "Between \"{a}\" and \"{b}\", which word is longer?",
    ]
    out = []
    pool = LENGTH_WORDS[:]
    rng.shuffle(pool)
    for form in forms:
        a = pool.pop()
        b = next(w for w in pool if len(w) != len(a))
        pool.remove(b)
        out.append((form.format(a=a, b=b), e_word(max(a, b, key=len))))
    return out


ALPHA_SETS = [["pear", "apple", "mango", "kiwi", "banana"],
              ["Oliver", "Emma", "Noah", "Charlotte", "Liam"],
              ["violin", "trumpet", "cello", "flute"],
              ["Paris", "Berlin", "Madrid", "Lisbon", "Vienna"],
              ["thunder", "rain", "snow", "hail", "fog", "sleet"],
              ["carrot", "celery", "cabbage", "cucumber"]]


@tpl("alphabetical_order", "alpha", "counting", "en", "positive", "heldout")
def t_alpha(rng: random.Random) -> list[Pair]:
    forms = [
        "Put these words in alphabetical order: {l}",
        "Alphabetize: {l}",
        "Sort these names A to Z: {l}",
        "Can you sort {l} alphabetically?",
    ]
    sets = [s[:] for s in ALPHA_SETS]
    names = sets.pop(1)
    others = rng.sample(sets, 3)
    out = []
    for i, form in enumerate(forms):
        words = names if i == 2 else others[i if i < 2 else 2]
        rng.shuffle(words)
        listed = ", ".join(words[:-1]) + " and " + words[-1] if i == 3 else ", ".join(words)
        out.append((form.format(l=listed),
                    e_list(sorted(words, key=str.casefold), "word", True)))
    return out


CONS_WORDS = ["strength", "twelfths", "chocolate", "alphabet", "spectrum", "knight", "scratch",
              "blanket", "crossword", "midnight", "stretched"]


@tpl("consonant_count", "cons", "counting", "en", "positive", "heldout")
def t_cons(rng: random.Random) -> list[Pair]:
    forms = [
        "How many consonants are in '{w}'?",
        "Count the consonants in the word {w}.",
        "{w}: how many of its letters are consonants?",
        "How many consonant letters does \"{w}\" have?",
    ]
    words = rng.sample(CONS_WORDS, 4)
    return [(form.format(w=w), e_num(consonants(w)))
            for form, w in zip(forms, words, strict=True)]


@tpl("zh_letter_count", "zhletcnt", "counting", "zh", "positive", "dev")
def t_zh_letcnt(rng: random.Random) -> list[Pair]:
    forms = [
        "{w}里面有多少个字母{c}？",
        "单词{w}中有几个{c}？",
        "“{w}”这个词里字母{c}出现了几次？",
        "数一下{w}里有几个{c}",
    ]
    picks = rng.sample(LETTER_WORDS, 4)
    return [(form.format(w=w, c=c), e_num(w.count(c)))
            for form, (w, c) in zip(forms, picks, strict=True)]


@tpl("zh_word_length", "zhlen", "counting", "zh", "positive", "dev")
def t_zh_len(rng: random.Random) -> list[Pair]:
    forms = [
        "单词{w}一共有几个字母？",
        "“{w}”有多少个字母？",
        "{w}这个单词由几个字母组成？",
        "请问{w}有几个字母",
    ]
    words = rng.sample(NTH_WORDS + REV_WORDS, 4)
    return [(form.format(w=w), e_num(len(w))) for form, w in zip(forms, words, strict=True)]


@tpl("zh_reverse_word", "zhrev", "counting", "zh", "positive", "dev")
def t_zh_rev(rng: random.Random) -> list[Pair]:
    forms = [
        "把{w}倒过来写是什么？",
        "“{w}”反过来拼是什么？",
        "请把单词{w}的字母顺序倒过来。",
        "{w}倒着写怎么写？",
    ]
    words = rng.sample(LENGTH_WORDS, 4)
    return [(form.format(w=w), e_text(w[::-1])) for form, w in zip(forms, words, strict=True)]


@tpl("zh_letter_position", "zhpos", "counting", "zh", "positive", "heldout")
def t_zh_pos(rng: random.Random) -> list[Pair]:
    words = rng.sample(VOWEL_WORDS + CONS_WORDS, 4)
    k = rng.randint(2, 6)
    return [
        (f"“{words[0]}”的最后一个字母是什么？", e_text(words[0][-1])),
        (f"{words[1]}的第一个字母是什么？", e_text(words[1][0])),
        (f"单词{words[2]}的第{k}个字母是什么？", e_text(words[2][k - 1])),
        (f"{words[3]}这个词最后一个字母是哪个？", e_text(words[3][-1])),
    ]


@tpl("zh_anagram", "zhanag", "counting", "zh", "positive", "heldout")
def t_zh_anag(rng: random.Random) -> list[Pair]:
    forms = [
        "{a}和{b}是不是字母异位词？",
        "{a}和{b}是由完全相同的字母组成的吗？",
        "{a}打乱字母顺序能变成{b}吗？",
        "判断一下{a}和{b}是否互为变位词。",
    ]
    return [(form.format(a=a, b=b), e_bool(sorted(a) == sorted(b)))
            for form, (a, b) in zip(forms, anagram_picks(rng), strict=True)]


@tpl("cnt_alphabet_trivia", "alphtriv", "counting", "en", "negative", "dev")
def t_neg_alphtriv(rng: random.Random) -> list[str]:
    return [
        "How many letters are in the Russian alphabet?",
        "How many words are in the English language?",
        "How many letters does the Hawaiian alphabet have?",
        "How many words are in the first Harry Potter book?",
    ]


@tpl("cnt_word_meaning", "rhyme", "counting", "en", "negative", "dev")
def t_neg_rhyme(rng: random.Random) -> list[str]:
    return [
        "What's a word that rhymes with 'orange'?",
        "What does the word 'serendipity' mean?",
        "Give me a synonym for 'happy' that has more letters.",
        "Is 'irregardless' a real word?",
    ]


@tpl("cnt_spelling_language", "transl", "counting", "en", "negative", "heldout")
def t_neg_transl(rng: random.Random) -> list[str]:
    return [
        "How do you say 'strawberry' in Spanish?",
        "What's the plural of 'cactus'?",
        "Is it spelled 'definately' or 'definitely'?",
        "How is the word 'colonel' pronounced?",
    ]


@tpl("cnt_letters_stand_for", "abbr", "counting", "en", "negative", "heldout")
def t_neg_abbr(rng: random.Random) -> list[str]:
    return [
        "What does the letter 'K' stand for in 'K-pop'?",
        "What does NASA stand for?",
        "What's the longest word in the English dictionary?",
        "What does the 'e' in 'e-mail' mean?",
    ]


@tpl("zh_cnt_hanzi", "zhstroke", "counting", "zh", "negative", "dev")
def t_zh_neg_stroke(rng: random.Random) -> list[str]:
    return [
        "“龍”字有多少画？",
        "“赢”字的笔顺是什么？",
        "“乐”在“音乐”里读什么音？",
        "汉语拼音有多少个声母？",
    ]


@tpl("zh_cnt_translate", "zhtransl", "counting", "zh", "negative", "heldout")
def t_zh_neg_transl(rng: random.Random) -> list[str]:
    return [
        "apple用中文怎么说？",
        "“strawberry”是什么意思？",
        "英语一共有多少个单词？",
        "“谢谢”用日语怎么说？",
    ]


# ===============================================================================================
# Geometry
# ===============================================================================================


@tpl("circles_cross_yes_no", "cint", "geometry", "en", "positive", "dev")
def t_cint(rng: random.Random) -> list[Pair]:
    forms = [
        "Do the circles centered at {c1} with radius {r1} and at {c2} with radius {r2} "
        "intersect?",
        "Circle 1: center {c1s}, r={r1}. Circle 2: center {c2s}, r={r2}. Do they cross each "
        "other?",
        "Does a circle of radius {r1} around {c1} intersect a circle of radius {r2} around "
        "{c2}?",
        "I have two circles, one at {c1} with radius {r1} and one at {c2} with radius {r2}. "
        "Do they intersect?",
    ]
    kinds = ["cross", "apart", "cross", "apart"]
    rng.shuffle(kinds)
    out = []
    for form, kind in zip(forms, kinds, strict=True):
        c1, r1, c2, r2 = circle_pair(rng, kind)
        out.append((form.format(c1=pt(c1), c2=pt(c2), c1s=pt(c1, False), c2s=pt(c2, False),
                                r1=r1, r2=r2), e_bool(kind == "cross")))
    return out


def verts_text(verts: list[Pt], style: int) -> str:
    if style == 0:
        return ", ".join(pt(v) for v in verts)
    if style == 1:
        return " ".join(pt(v, False) for v in verts)
    if style == 2:
        return ", ".join(f"{chr(65 + i)}{pt(v)}" for i, v in enumerate(verts))
    return ", ".join(pt(v, False) for v in verts[:-1]) + " and " + pt(verts[-1], False)


@tpl("point_polygon_three_way", "pip", "geometry", "en", "positive", "dev")
def t_pip(rng: random.Random) -> list[Pair]:
    forms = [
        ("Is the point {p} inside, outside, or on the boundary of the polygon with vertices "
         "{v}?", 4, 6),
        ("Where does {p} lie relative to the quadrilateral {v}: inside, on an edge, or outside?",
         4, 4),
        ("Polygon: {v}. Point: {p}. Inside, outside or on the boundary?", 4, 6),
        ("For the triangle with corners {v}, is {p} inside it, outside it, or on its boundary?",
         3, 3),
    ]
    wants = ["inside", "outside", "boundary", rng.choice(["inside", "outside"])]
    rng.shuffle(wants)
    out = []
    for i, ((form, kmin, kmax), want) in enumerate(zip(forms, wants, strict=True)):
        verts = convex_poly(rng, kmin, kmax)
        p = pick_point(rng, verts, want)
        out.append((form.format(p=pt(p), v=verts_text(verts, i)),
                    e_rel(point_relation(p, verts))))
    return out


@tpl("polygon_area_shoelace", "area", "geometry", "en", "positive", "dev")
def t_area(rng: random.Random) -> list[Pair]:
    forms = [
        ("Find the area of the polygon with vertices {v}.", 4, 6),
        ("What's the area enclosed by {v} (in that order)?", 4, 5),
        ("A plot of land has corners at {v}, in metres. What is its area?", 4, 4),
        ("Compute the area of the quadrilateral {v}.", 4, 4),
    ]
    out = []
    for i, (form, kmin, kmax) in enumerate(forms):
        verts = convex_poly(rng, kmin, kmax, rng.randint(-4, 0), rng.randint(6, 12))
        out.append((form.format(v=verts_text(verts, (i + 1) % 4)),
                    e_num(Fraction(abs(shoelace2(verts)), 2))))
    return out


@tpl("distance_two_points", "dist", "geometry", "en", "positive", "dev")
def t_dist(rng: random.Random) -> list[Pair]:
    forms = [
        "How far apart are {a} and {b}?",
        "What's the distance between the points A{a} and B{b}?",
        "Find the length of the segment from {a} to {b}.",
        "Distance from {a} to {b}, exact form please.",
    ]
    out = []
    for i, form in enumerate(forms):
        while True:
            a = (rng.randint(-8, 9), rng.randint(-8, 9))
            b = (rng.randint(-8, 9), rng.randint(-8, 9))
            if a != b:
                break
        if i == 0:
            dx, dy, _ = rng.choice([(3, 4, 5), (6, 8, 10), (5, 12, 13), (8, 15, 17)])
            b = (a[0] + dx, a[1] - dy)
        out.append((form.format(a=pt(a, i != 1), b=pt(b, i != 1)), e_real(surd_sum([d2(a, b)]))))
    return out


@tpl("circle_area_units", "carea", "geometry", "en", "positive", "dev")
def t_carea(rng: random.Random) -> list[Pair]:
    r1, r2, r3 = rng.sample(range(2, 25), 3)
    d = rng.choice([3, 5, 7, 9, 10, 12])
    return [
        (f"What's the area of a circle with radius {r1} cm?", e_real(pi_str(Fraction(r1**2)))),
        (f"A circular rug has a diameter of {d} feet. What's its area?",
         e_real(pi_str(Fraction(d * d, 4)))),
        (f"Area of a circle of radius {r2}? Leave it in terms of pi.",
         e_real(pi_str(Fraction(r2**2)))),
        (f"Find the area of a circle whose radius is {r3}.5 units.",
         e_real(pi_str(Fraction(2 * r3 + 1, 2) ** 2))),
    ]


@tpl("circles_tangent_yes_no", "tang", "geometry", "en", "positive", "heldout")
def t_tang(rng: random.Random) -> list[Pair]:
    forms = [
        "Circle A: center {c1}, r = {r1}. Circle B: center {c2}, r = {r2}. Do they touch at "
        "exactly one point?",
        "Are the circles with centers {c1} and {c2} and radii {r1} and {r2} tangent to each "
        "other?",
        "Is a circle of radius {r1} centered at {c1} tangent to the circle of radius {r2} "
        "centered at {c2}?",
        "Do these two circles just touch? First: center {c1}, radius {r1}. Second: center "
        "{c2}, radius {r2}.",
    ]
    kinds = ["tangent", "tangent", "cross", rng.choice(["apart", "nested"])]
    rng.shuffle(kinds)
    out = []
    for form, kind in zip(forms, kinds, strict=True):
        c1, r1, c2, r2 = circle_pair(rng, kind)
        out.append((form.format(c1=pt(c1), c2=pt(c2), r1=r1, r2=r2),
                    e_bool(circle_kind(c1, r1, c2, r2) == "tangent")))
    return out


@tpl("segment_segment_points", "segx", "geometry", "en", "positive", "heldout")
def t_segx(rng: random.Random) -> list[Pair]:
    forms = [
        "How many points do the segment from {a} to {b} and the segment from {c} to {d} have "
        "in common?",
        "Segment AB has A = {a}, B = {b}; segment CD has C = {c}, D = {d}. How many "
        "intersection points do they have?",
        "Count the intersection points of the line segment {a}–{b} with the line segment "
        "{c}–{d}.",
        "Segment 1 goes from {a} to {b}; segment 2 goes from {c} to {d}. In how many points "
        "do they meet?",
    ]
    wants = [1, 0, 1, 0]
    rng.shuffle(wants)
    out = []
    for form, want in zip(forms, wants, strict=True):
        while True:
            a, b, c, d = ((rng.randint(-5, 8), rng.randint(-5, 8)) for _ in range(4))
            if a == b or c == d:
                continue
            n = segment_points(a, b, c, d)
            if n == want:
                break
        out.append((form.format(a=pt(a), b=pt(b), c=pt(c), d=pt(d)), e_num(n)))
    return out


@tpl("polygon_perimeter", "perim", "geometry", "en", "positive", "heldout")
def t_perim(rng: random.Random) -> list[Pair]:
    forms = [
        ("What's the perimeter of the polygon with vertices {v}?", 4, 5),
        ("Find the perimeter of the triangle {v}.", 3, 3),
        ("A fence runs around a yard with corners {v} (in metres). How long is the fence?",
         4, 4),
        ("Compute the perimeter of the shape with corners {v}, exact value.", 4, 6),
    ]
    out = []
    for i, (form, kmin, kmax) in enumerate(forms):
        verts = convex_poly(rng, kmin, kmax, 0, 8)
        sides = [d2(verts[j], verts[(j + 1) % len(verts)]) for j in range(len(verts))]
        out.append((form.format(v=verts_text(verts, (i + 2) % 4)), e_real(surd_sum(sides))))
    return out


@tpl("triangle_area_forms", "tarea", "geometry", "en", "positive", "heldout")
def t_tarea(rng: random.Random) -> list[Pair]:
    out = []
    tris = []
    while len(tris) < 3:
        v = [(rng.randint(-5, 9), rng.randint(-5, 9)) for _ in range(3)]
        if cross(*v) != 0:
            tris.append(v)
    v = tris[0]
    out.append((f"A triangle has vertices at A{pt(v[0])}, B{pt(v[1])}, C{pt(v[2])}. What's "
                "its area?", e_real(fs(Fraction(abs(cross(*v)), 2)))))
    v = tris[1]
    out.append((f"Area of the triangle with corners {pt(v[0], False)}, {pt(v[1], False)}, "
                f"{pt(v[2], False)}?", e_real(fs(Fraction(abs(cross(*v)), 2)))))
    b, h = rng.randint(3, 25), rng.randint(3, 25)
    out.append((f"What is the area of a triangle with base {b} and height {h}?",
                e_real(fs(Fraction(b * h, 2)))))
    v = tris[2]
    out.append((f"Find the area of the triangle formed by the points {pt(v[0])}, {pt(v[1])} "
                f"and {pt(v[2])}.", e_real(fs(Fraction(abs(cross(*v)), 2)))))
    return out


def circle_eq(c: Pt, r: int) -> str:
    def part(var: str, k: int) -> str:
        if k == 0:
            return f"{var}²"
        return f"({var} − {k})²" if k > 0 else f"({var} + {-k})²"
    return f"{part('x', c[0])} + {part('y', c[1])} = {r * r}"


@tpl("circle_circle_point_count", "cpts", "geometry", "en", "positive", "heldout")
def t_cpts(rng: random.Random) -> list[Pair]:
    forms = [
        "How many points of intersection do the circle centered at {c1} with radius {r1} and "
        "the circle centered at {c2} with radius {r2} have?",
        "In how many points does the circle {e1} meet the circle {e2}?",
        "Two circles: center {c1} radius {r1}, and center {c2} radius {r2}. How many points "
        "do they share?",
        "Count the intersection points between a circle of radius {r1} at {c1} and a circle "
        "of radius {r2} at {c2}.",
    ]
    kinds = ["cross", "tangent", rng.choice(["apart", "nested"]), rng.choice(["cross",
                                                                            "apart"])]
    rng.shuffle(kinds)
    out = []
    for form, kind in zip(forms, kinds, strict=True):
        c1, r1, c2, r2 = circle_pair(rng, kind)
        n = circle_points(c1, r1, c2, r2)
        out.append((form.format(c1=pt(c1), c2=pt(c2), r1=r1, r2=r2, e1=circle_eq(c1, r1),
                                e2=circle_eq(c2, r2)), e_num(n)))
    return out


@tpl("zh_circle_area", "zhcarea", "geometry", "zh", "positive", "dev")
def t_zh_carea(rng: random.Random) -> list[Pair]:
    r1, r2, r3 = rng.sample(range(2, 30), 3)
    d = rng.choice([5, 7, 9, 11, 14, 18])
    return [
        (f"半径为{r1}的圆面积是多少？", e_real(pi_str(Fraction(r1**2)))),
        (f"一个圆的半径是{r2}厘米，它的面积是多少？", e_real(pi_str(Fraction(r2**2)))),
        (f"求半径{r3}的圆的面积（用π表示）。", e_real(pi_str(Fraction(r3**2)))),
        (f"直径为{d}的圆，面积是多少？", e_real(pi_str(Fraction(d * d, 4)))),
    ]


@tpl("zh_point_distance", "zhdist", "geometry", "zh", "positive", "dev")
def t_zh_dist(rng: random.Random) -> list[Pair]:
    forms = [
        "点{a}到点{b}的距离是多少？",
        "求A{a}和B{b}两点之间的距离。",
        "坐标{a}与{b}之间相距多远？",
        "{a}和{b}两点间距离是多少？",
    ]
    out = []
    for i, form in enumerate(forms):
        a = (rng.randint(-9, 9), rng.randint(-9, 9))
        b = a
        while b == a:
            b = (rng.randint(-9, 9), rng.randint(-9, 9))
        out.append((form.format(a=pt(a, i % 2 == 0), b=pt(b, i % 2 == 0)),
                    e_real(surd_sum([d2(a, b)]))))
    return out


@tpl("zh_point_in_polygon", "zhpip", "geometry", "zh", "positive", "heldout")
def t_zh_pip(rng: random.Random) -> list[Pair]:
    forms = [
        ("点{p}在多边形{v}的内部、边界上还是外部？", 4, 6),
        ("以{v}为顶点的四边形，点{p}在它里面、外面还是边上？", 4, 4),
        ("三角形的三个顶点是{v}，请问点{p}在三角形内部、外部还是边界上？", 3, 3),
        ("判断点{p}与多边形{v}的位置关系（内部/边界/外部）。", 4, 5),
    ]
    wants = ["inside", "outside", "boundary", rng.choice(["inside", "boundary"])]
    rng.shuffle(wants)
    out = []
    for i, ((form, kmin, kmax), want) in enumerate(zip(forms, wants, strict=True)):
        verts = convex_poly(rng, kmin, kmax)
        p = pick_point(rng, verts, want)
        sep = "、" if i % 2 else ", "
        out.append((form.format(p=pt(p, False), v=sep.join(pt(v, False) for v in verts)),
                    e_rel(point_relation(p, verts))))
    return out


@tpl("zh_circles_intersect", "zhcint", "geometry", "zh", "positive", "heldout")
def t_zh_cint(rng: random.Random) -> list[Pair]:
    forms = [
        "圆心{c1}半径{r1}的圆和圆心{c2}半径{r2}的圆相交吗？",
        "两个圆，一个圆心在{c1}、半径{r1}，另一个圆心在{c2}、半径{r2}，它们有交点吗？",
        "以{c1}为圆心、{r1}为半径的圆与以{c2}为圆心、{r2}为半径的圆是否相交？",
        "圆A：圆心{c1}，半径{r1}；圆B：圆心{c2}，半径{r2}。两圆相交吗？",
    ]
    kinds = ["cross", "apart", "cross", "apart"]
    rng.shuffle(kinds)
    out = []
    for form, kind in zip(forms, kinds, strict=True):
        c1, r1, c2, r2 = circle_pair(rng, kind)
        out.append((form.format(c1=pt(c1, False), c2=pt(c2, False), r1=r1, r2=r2),
                    e_bool(kind == "cross")))
    return out


@tpl("zh_triangle_area", "zhtarea", "geometry", "zh", "positive", "heldout")
def t_zh_tarea(rng: random.Random) -> list[Pair]:
    forms = [
        "三角形三个顶点是{a}、{b}、{c}，面积是多少？",
        "求以{a}、{b}、{c}为顶点的三角形的面积。",
        "已知A{a}，B{b}，C{c}，三角形ABC的面积是多少？",
        "点{a}、{b}和{c}围成的三角形面积是多少？",
    ]
    out = []
    for form in forms:
        while True:
            v = [(rng.randint(-6, 10), rng.randint(-6, 10)) for _ in range(3)]
            if cross(*v) != 0:
                break
        out.append((form.format(a=pt(v[0], False), b=pt(v[1], False), c=pt(v[2], False)),
                    e_real(fs(Fraction(abs(cross(*v)), 2)))))
    return out


@tpl("geo_city_distances", "blocks", "geometry", "en", "negative", "dev")
def t_neg_blocks(rng: random.Random) -> list[str]:
    return [
        "How many blocks is it from 5th Ave & 42nd St to 8th Ave & 50th St?",
        "Walking on the Manhattan grid, how far is 3rd Ave and 14th St from Broadway and "
        "23rd St?",
        "What's the distance from the Eiffel Tower to the Louvre?",
        "How far is the Moon from the Earth?",
    ]


@tpl("geo_shape_trivia", "shapetriv", "geometry", "en", "negative", "dev")
def t_neg_shapetriv(rng: random.Random) -> list[str]:
    return [
        "How many sides does a stop sign have?",
        "What shape are the cells in a honeycomb, and why?",
        "How many panels are on a standard soccer ball?",
        "How big is a regulation soccer pitch in square metres?",
    ]


@tpl("geo_real_world_places", "world", "geometry", "en", "negative", "heldout")
def t_neg_world(rng: random.Random) -> list[str]:
    return [
        "How far is it from (40.71, -74.01) to (51.51, -0.13)? Those are latitude/longitude.",
        "How far is Tokyo from Osaka?",
        "What's the area of Texas in square miles?",
        "How long does it take to walk around a 400 m track four times?",
    ]


@tpl("geo_explain_prove", "gexplain", "geometry", "en", "negative", "heldout")
def t_neg_gexplain(rng: random.Random) -> list[str]:
    return [
        "Prove that the angles of a triangle add up to 180 degrees.",
        "Why is the area of a circle pi r squared? Explain it intuitively.",
        "What's the difference between a rhombus and a square?",
        "Write Python code that computes the area of a polygon from its vertices.",
    ]


@tpl("zh_geo_world", "zhworld", "geometry", "zh", "negative", "dev")
def t_zh_neg_world(rng: random.Random) -> list[str]:
    return [
        "北京到上海直线距离多少公里？",
        "标准足球场面积有多大？",
        "地球赤道的周长是多少？",
        "从天安门走到故宫北门要多远？",
    ]


@tpl("zh_geo_explain", "zhgexp", "geometry", "zh", "negative", "heldout")
def t_zh_neg_gexp(rng: random.Random) -> list[str]:
    return [
        "为什么圆周率是无理数？给我讲讲。",
        "勾股定理是怎么证明的？",
        "正方形和菱形有什么区别？",
        "圆的面积公式是怎么推出来的？",
    ]


# Building --------------------------------------------------------------------------------------


def build() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(29)
    dev: list[dict[str, Any]] = []
    heldout: list[dict[str, Any]] = []
    for t in TEMPLATES:
        items = t["gen"](rng)
        assert len(items) == 4, t["name"]
        split = f"{t['split']}29"
        for i, item in enumerate(items):
            prompt, expected = (item, NONE) if t["kind"] == "negative" else item
            rec = {
                "id": f"r29-{FAM3[t['family']]}-{t['lang']}-{t['short']}-{i}",
                "split": split,
                "kind": t["kind"],
                "family": t["family"],
                "lang": t["lang"],
                "template": f"r29_{t['name']}",
                "prompt": prompt,
                "expected": dict(expected),
            }
            (dev if t["split"] == "dev" else heldout).append(rec)
    records = dev + heldout
    assert len({r["id"] for r in records}) == len(records), "duplicate id"
    assert len({r["prompt"] for r in records}) == len(records), "duplicate prompt"
    assert not {r["template"] for r in dev} & {r["template"] for r in heldout}
    return dev, heldout


def main() -> None:
    dev, heldout = build()
    for name, records in (("corpus_dev29.jsonl", dev), ("corpus_heldout29.jsonl", heldout)):
        with (HERE / name).open("w", encoding="utf-8") as f:
            for rec in records:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"dev29: {len(dev)} records, heldout29: {len(heldout)} records")


if __name__ == "__main__":
    main()
