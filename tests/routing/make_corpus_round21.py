"""Round 21 of the routing corpus: an independent blind round written from scratch.

Round 21 was written without looking at any earlier round, at the generators of earlier rounds,
or at the router's source. Every template is a fresh way of asking a question that one of the
deterministic tools can answer (positives), or a question that looks numeric or wordy but must
not be answered by a tool (negatives). Templates go entirely to one split: ``dev21`` or
``heldout21``. Every expected answer is computed here with exact arithmetic (ints, Fraction,
trial division, direct counting, analytic circle formulas); none is typed in by hand.

Run ``python tests/routing/make_corpus_round21.py`` to write ``corpus_dev21.jsonl`` and
``corpus_heldout21.jsonl`` next to this file.
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
FAM3 = {"arithmetic": "ari", "comparison": "cmp", "counting": "cnt", "geometry": "geo",
        "number_theory": "nth"}

Gen = Callable[[random.Random, int], tuple[str, dict[str, Any]]]
# (split, family, lang, kind, template name, short name, generator)
TEMPLATES: list[tuple[str, str, str, str, str, str, Gen]] = []


def template(split: str, family: str, lang: str, name: str,
             short: str) -> Callable[[Gen], Gen]:
    def deco(fn: Gen) -> Gen:
        TEMPLATES.append((split, family, lang, "positive", f"r21_{name}", short, fn))
        return fn
    return deco


def negative(split: str, family: str, lang: str, name: str, short: str,
             prompts: list[str]) -> None:
    assert len(prompts) == 4

    def gen(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
        return prompts[i], {"type": "none"}

    TEMPLATES.append((split, family, lang, "negative", f"r21_{name}", short, gen))


# Formatting and expected objects ---------------------------------------------------------------


def fs(q: Fraction | int) -> str:
    q = Fraction(q)
    return str(q.numerator) if q.denominator == 1 else f"{q.numerator}/{q.denominator}"


def dec(q: Fraction | int) -> str:
    """A terminating rational written as a plain decimal ("-0.05", "12.5", "3")."""
    q = Fraction(q)
    sign = "-" if q < 0 else ""
    q = abs(q)
    k = 0
    while (q * 10**k).denominator != 1:
        k += 1
        assert k < 15
    s = str(int(q * 10**k)).rjust(k + 1, "0")
    return sign + (f"{s[:-k]}.{s[-k:]}" if k else s)


def um(s: str) -> str:
    """Unicode minus signs."""
    return s.replace("-", "−")


def pt(p: tuple[int, int], space: bool = True) -> str:
    return f"({p[0]}, {p[1]})" if space else f"({p[0]},{p[1]})"


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def e_number(q: Fraction | int) -> dict[str, Any]:
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


def e_list(items: list[str], elem: str, ordered: bool, order: str | None = None
           ) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "list", "answer": items, "elem": elem, "ordered": ordered}
    if order:
        out["order"] = order
    return out


def e_relation(answer: str, yes_if: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "relation", "answer": answer}
    if yes_if:
        out["yes_if"] = yes_if
    return out


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


def e_factor(n: int) -> dict[str, Any]:
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


def primes_below(n: int) -> list[int]:
    return [k for k in range(2, n) if is_prime(k)]


def is_happy(n: int) -> bool:
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(c) ** 2 for c in str(n))
    return n == 1


def rand_prime(rng: random.Random, lo: int, hi: int) -> int:
    while True:
        n = rng.randint(lo, hi)
        if is_prime(n):
            return n


def mixed_number(rng: random.Random, kind: str) -> tuple[str, Fraction]:
    """(display, value) of a decimal, a reduced fraction or an integer, possibly negative."""
    if kind == "dec":
        v = Fraction(rng.randint(-999, 999), rng.choice([10, 100]))
        return dec(v), v
    if kind == "frac":
        q = rng.choice([3, 4, 5, 6, 7, 8, 9])
        while True:
            p = rng.randint(-2 * q, 2 * q)
            if p and math.gcd(p, q) == 1:
                return f"{p}/{q}", Fraction(p, q)
    v = Fraction(rng.randint(-12, 12))
    return fs(v), v


def distinct_mixed(rng: random.Random, kinds: list[str]) -> list[tuple[str, Fraction]]:
    while True:
        items = [mixed_number(rng, k) for k in kinds]
        if len({v for _, v in items}) == len(items):
            return items


def tricky_decimals(rng: random.Random, k: int) -> list[str]:
    """k distinct decimals with the same leading digit and different lengths."""
    w = rng.randint(0, 9)
    while True:
        out = []
        for _ in range(k):
            places = rng.randint(1, 3)
            out.append(dec(Fraction(w) + Fraction(rng.randint(1, 10**places - 1), 10**places)))
        if len({Fraction(s) for s in out}) == k:
            return out


# Geometry helpers ------------------------------------------------------------------------------

Point = tuple[int, int]


def surd(n: int) -> tuple[int, int]:
    a, b, k = 1, n, 2
    while k * k <= b:
        while b % (k * k) == 0:
            b //= k * k
            a *= k
        k += 1
    return a, b


def sqrt_sum_expr(squares: list[int]) -> str:
    """Exact expression of sum(sqrt(n) for n in squares)."""
    terms: dict[int, int] = {}
    for n in squares:
        a, b = surd(n)
        terms[b] = terms.get(b, 0) + a
    parts = []
    for b in sorted(terms):
        a = terms[b]
        if b == 1:
            parts.append(str(a))
        else:
            parts.append(f"sqrt({b})" if a == 1 else f"{a}*sqrt({b})")
    return " + ".join(parts)


def dist2(p: Point, q: Point) -> int:
    return (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2


def shoelace(poly: list[Point]) -> Fraction:
    s = 0
    for k in range(len(poly)):
        (x1, y1), (x2, y2) = poly[k], poly[(k + 1) % len(poly)]
        s += x1 * y2 - x2 * y1
    return Fraction(abs(s), 2)


def on_segment(p: Point, a: Point, b: Point) -> bool:
    cross = (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])
    return (cross == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
            and min(a[1], b[1]) <= p[1] <= max(a[1], b[1]))


def locate(p: Point, poly: list[Point]) -> str:
    n = len(poly)
    if any(on_segment(p, poly[k], poly[(k + 1) % n]) for k in range(n)):
        return "boundary"
    inside = False
    x, y = p
    for k in range(n):
        (x1, y1), (x2, y2) = poly[k], poly[(k + 1) % n]
        if (y1 > y) != (y2 > y):
            xint = Fraction((x2 - x1) * (y - y1), y2 - y1) + x1
            if x < xint:
                inside = not inside
    return "inside" if inside else "outside"


def segment_points(a: Point, b: Point, c: Point, d: Point) -> int | None:
    """Number of common points of segments ab and cd; None when they are parallel."""
    r = (b[0] - a[0], b[1] - a[1])
    s = (d[0] - c[0], d[1] - c[1])
    den = r[0] * s[1] - r[1] * s[0]
    if den == 0:
        return None
    qp = (c[0] - a[0], c[1] - a[1])
    t = Fraction(qp[0] * s[1] - qp[1] * s[0], den)
    u = Fraction(qp[0] * r[1] - qp[1] * r[0], den)
    return 1 if 0 <= t <= 1 and 0 <= u <= 1 else 0


def circle_case(c1: Point, r1: int, c2: Point, r2: int) -> str:
    """separate / ext_tangent / cross / int_tangent / contained / same."""
    d2 = dist2(c1, c2)
    if d2 == 0 and r1 == r2:
        return "same"
    if d2 > (r1 + r2) ** 2:
        return "separate"
    if d2 == (r1 + r2) ** 2:
        return "ext_tangent"
    if d2 > (r1 - r2) ** 2:
        return "cross"
    if d2 == (r1 - r2) ** 2:
        return "int_tangent"
    return "contained"


CIRCLE_POINTS = {"separate": 0, "ext_tangent": 1, "cross": 2, "int_tangent": 1, "contained": 0}
OFFSETS = [(3, 4), (4, 3), (6, 8), (8, 6), (5, 12), (12, 5), (0, 5), (7, 0), (-3, 4), (4, -3),
           (0, -6), (-8, 0), (-6, -8), (9, 12)]


def circle_pair(rng: random.Random, want: str) -> tuple[Point, int, Point, int]:
    """Two circles in integer terms whose relation is ``want`` (a circle_case value)."""
    while True:
        c1 = (rng.randint(-5, 5), rng.randint(-5, 5))
        dx, dy = rng.choice(OFFSETS)
        c2 = (c1[0] + dx, c1[1] + dy)
        d = math.isqrt(dx * dx + dy * dy)
        if want == "ext_tangent":
            if d < 2:
                continue
            r1 = rng.randint(1, d - 1)
            r2 = d - r1
        elif want == "int_tangent":
            r2 = rng.randint(1, 6)
            r1 = d + r2
        else:
            r1, r2 = rng.randint(1, 12), rng.randint(1, 12)
        if circle_case(c1, r1, c2, r2) == want:
            return c1, r1, c2, r2


def circle_eq(c: Point, r: int) -> str:
    def part(v: str, a: int) -> str:
        if a == 0:
            return f"{v}²"
        return f"({v} − {a})²" if a > 0 else f"({v} + {-a})²"
    return f"{part('x', c[0])} + {part('y', c[1])} = {r * r}"


def shift(poly: list[Point], dx: int, dy: int) -> list[Point]:
    return [(x + dx, y + dy) for x, y in poly]


def rand_triangle(rng: random.Random) -> list[Point]:
    while True:
        tri = [(rng.randint(-6, 8), rng.randint(-6, 8)) for _ in range(3)]
        if shoelace(tri) != 0:
            return tri


# Word pools ------------------------------------------------------------------------------------

LETTER_PAIRS = [("strawberry", "r"), ("Mississippi", "s"), ("excellence", "e"),
                ("hippopotamus", "p"), ("bookkeeper", "e"), ("committee", "t"), ("banana", "a"),
                ("occurrence", "c"), ("parallel", "l"), ("assessment", "s"), ("referee", "e"),
                ("coffee", "f"), ("successful", "s"), ("millennium", "m"), ("possession", "s"),
                ("tomorrow", "o"), ("raspberry", "r"), ("cinnamon", "n"), ("pepper", "p"),
                ("giraffe", "f"), ("necessary", "s"), ("accommodation", "o")]
VOWEL_WORDS = ["education", "banana", "mountain", "alphabet", "television", "computer",
               "umbrella", "elephant", "orange", "question", "beautiful", "information",
               "adventure", "calendar", "sandwich", "tomato", "avocado", "dinosaur", "volcano",
               "pineapple", "spaghetti", "hospital"]
SENTENCES = ["The quick brown fox jumps over the lazy dog",
             "I would like to order two large pizzas for delivery",
             "She sells sea shells by the sea shore",
             "Every morning I walk my dog around the park",
             "We are going to the museum on Saturday afternoon",
             "My grandmother bakes the best apple pie in town",
             "Please remember to bring your notebook to class tomorrow",
             "The train to Boston leaves at noon every day",
             "Learning a new language takes patience and practice",
             "They painted the old fence a bright shade of green",
             "Our team won the final game by three points",
             "He forgot his umbrella at the coffee shop again"]
REVERSE_WORDS = ["desserts", "stressed", "drawer", "lemon", "planet", "garden", "rocket",
                 "window", "market", "silver", "kitten", "animal", "reward", "diaper", "spoons",
                 "pencil", "flower", "yellow"]
ANAGRAM_PAIRS = [("listen", "silent"), ("earth", "heart"), ("night", "thing"), ("dusty", "study"),
                 ("below", "elbow"), ("state", "taste"), ("cider", "cried"), ("peach", "cheap"),
                 ("apple", "paper"), ("listen", "listed"), ("ocean", "cocoa"), ("river", "rover"),
                 ("lemon", "melon"), ("garden", "danger"), ("stone", "notes"), ("friend", "fiend"),
                 ("silent", "salient"), ("brake", "baker"), ("secure", "rescue"),
                 ("admirer", "married"), ("master", "maters"), ("carrot", "cart")]
LONG_WORDS = ["onomatopoeia", "bureaucracy", "Czechoslovakia", "pneumonia", "rhythm", "strengths",
              "encyclopedia", "Mediterranean", "refrigerator", "kaleidoscope", "handkerchief",
              "chrysanthemum", "xylophone", "questionnaire", "silhouette"]
PAIR_WORDS = ["elephant", "giraffe", "zebra", "kangaroo", "hippo", "cheetah", "octopus", "lion",
              "dolphin", "penguin", "crocodile", "owl", "butterfly", "squirrel", "tiger", "moose"]
REPEAT_WORDS = ["bookkeeper", "mississippi", "banana", "committee", "balloon", "coffee", "letter",
                "success", "assessment", "tennessee", "parallel", "abracadabra", "referee",
                "possession", "engineering"]
NTH_WORDS = ["mississippi", "chocolate", "rhythm", "banana", "umbrella", "dinosaur", "keyboard",
             "elephant", "pumpkin", "treasure", "computer", "lantern", "mountain", "sunflower"]
ALPHA_WORDS = ["pear", "apple", "mango", "kiwi", "banana", "cherry", "grape", "lemon", "orange",
               "plum", "peach", "melon", "apricot", "fig", "lime", "papaya"]
NAMES = ["Olivia", "Liam", "Emma", "Noah", "Sophia", "Mason", "Ava", "Lucas", "Mia", "Ethan",
         "Harper", "Zoe", "Isaac", "Grace", "Owen", "Chloe"]


_USED: dict[str, set[Any]] = {}


def pick(rng: random.Random, pool: list[Any], tag: str) -> Any:
    """A random pool item not yet used by the template ``tag`` (reset by build())."""
    used = _USED.setdefault(tag, set())
    item = rng.choice([x for x in pool if x not in used])
    used.add(item)
    return item


def count_letter(word: str, letter: str) -> int:
    return word.lower().count(letter.lower())


# ===============================================================================================
# Arithmetic
# ===============================================================================================


@template("dev21", "arithmetic", "en", "ari_homework_expr", "hwexpr")
def ari_hwexpr(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b, c = rng.randint(12, 48), rng.randint(3, 12), rng.randint(5, 90)
    forms = [
        f"I'm checking my kid's homework. What is {a} × {b} − {c}? Just the number please.",
        f"What's {a} x {b} - {c}? Double-checking a worksheet before I hand it back.",
        f"My daughter got a different answer than the key, so: {a} * {b} - {c} = ?",
        f"Helping my nephew with math tonight — what is {a} times {b} minus {c}?",
    ]
    return forms[i], e_number(a * b - c)


@template("dev21", "arithmetic", "en", "ari_percent_frame", "pctframe")
def ari_pctframe(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    p = rng.choice(["15", "20", "12.5", "18", "35", "7.5", "40", "8"])
    n = rng.randint(24, 180) if i != 2 else rng.randint(20, 400) * 50
    ans = Fraction(p) * n / 100
    forms = [
        f"Our dinner bill came to ${n}. What is {p}% of that?",
        f"A jacket costs {n} dollars and is marked {p}% off. How many dollars is the discount?",
        f"What is {p}% of {n:,}?",
        f"Quick one: {p} percent of {n}, how much is that?",
    ]
    return forms[i], e_number(ans)


@template("dev21", "arithmetic", "en", "ari_power_words", "powwords")
def ari_powwords(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    if i == 0:
        a, b = rng.randint(2, 9), rng.randint(3, 6)
        return f"what's {a} to the power of {b}?", e_number(a**b)
    if i == 1:
        a, b = rng.sample(range(5, 26), 2)
        return f"{a} squared plus {b} squared — what does that come to?", e_number(a * a + b * b)
    if i == 2:
        a, b = rng.randint(4, 15), rng.randint(10, 99)
        return f"Compute {a} cubed minus {b}, please.", e_number(a**3 - b)
    a, b = rng.randint(2, 5), rng.randint(7, 12)
    return f"Raise {a} to the power {b} and tell me the result.", e_number(a**b)


def proper(rng: random.Random) -> tuple[int, int]:
    """A proper fraction in lowest terms."""
    while True:
        b = rng.randint(2, 12)
        a = rng.randint(1, b - 1)
        if math.gcd(a, b) == 1:
            return a, b


@template("dev21", "arithmetic", "en", "ari_fraction_ops", "fracops")
def ari_fracops(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    (a, b), (c, d) = proper(rng), proper(rng)
    x, y = Fraction(a, b), Fraction(c, d)
    forms = [
        (f"Add {a}/{b} and {c}/{d}; leave the answer as a fraction.", x + y),
        (f"What's {a}/{b} minus {c}/{d}?", x - y),
        (f"I need {a}/{b} times {c}/{d} for a recipe conversion. What is it?", x * y),
        (f"Divide {a}/{b} by {c}/{d}. Simplest form, please.", x / y),
    ]
    return forms[i][0], e_number(forms[i][1])


@template("dev21", "arithmetic", "en", "ari_factorial", "fact")
def ari_fact(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    if i == 0:
        n = rng.randint(9, 15)
        m = n - rng.randint(2, 3)
        return (f"What does {n}! / {m}! come out to?",
                e_number(Fraction(math.factorial(n), math.factorial(m))))
    if i == 1:
        n = rng.randint(6, 12)
        return f"Compute {n} factorial.", e_number(math.factorial(n))
    if i == 2:
        n, m = rng.randint(6, 9), rng.randint(3, 5)
        return f"What is {n}! − {m}!?", e_number(math.factorial(n) - math.factorial(m))
    n = rng.randint(7, 12)
    k = rng.randint(2, n - 2)
    return (f"Work out {n}! divided by ({k}! × {n - k}!).",
            e_number(Fraction(math.factorial(n), math.factorial(k) * math.factorial(n - k))))


@template("heldout21", "arithmetic", "en", "ari_column_sum", "colsum")
def ari_colsum(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    nums = [rng.randint(100, 60000) for _ in range(rng.randint(3, 5))]
    shown = [f"{n:,}" for n in nums]
    if i == 0:
        prompt = "Can you add these up for me?\n" + "\n".join(shown)
    elif i == 1:
        prompt = "Total of the following invoice amounts:\n" + "\n".join(f"• {s}" for s in shown)
    elif i == 2:
        prompt = "Sum: " + "; ".join(shown)
    else:
        prompt = f"What do {' and '.join(shown)} add up to?"
    return prompt, e_number(sum(nums))


@template("heldout21", "arithmetic", "en", "ari_remainder", "rem")
def ari_rem(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n, m = rng.randint(1000, 2_000_000), rng.randint(3, 97)
    forms = [
        f"What's the remainder when {n:,} is divided by {m}?",
        f"{n} mod {m} = ?",
        f"If I divide {n} by {m}, what's left over?",
        f"Find {n} modulo {m}. Only the result, no explanation.",
    ]
    return forms[i], e_number(n % m)


@template("heldout21", "arithmetic", "en", "ari_decimal_exact", "decex")
def ari_decex(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    x = Fraction(rng.randint(11, 999), rng.choice([10, 100]))
    y = Fraction(rng.randint(11, 999), rng.choice([10, 100]))
    if x < y:
        x, y = y, x
    forms = [
        (f"{dec(x)} + {dec(y)}: what's the exact result?", x + y),
        (f"Multiply {dec(x)} by {dec(y)}, please.", x * y),
        (f"What's {dec(x)} minus {dec(y)}?", x - y),
        (f"{dec(x)} divided by {dec(y)}, as an exact value?", x / y),
    ]
    return forms[i][0], e_number(forms[i][1])


@template("heldout21", "arithmetic", "en", "ari_unicode_symbols", "unisym")
def ari_unisym(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    if i == 0:
        a, b, c, d = (rng.randint(2, 30), rng.randint(2, 30), rng.randint(2, 9),
                      rng.randint(2, 9))
        return f"({a} + {b}) × {c} ÷ {d} = ?", e_number(Fraction((a + b) * c, d))
    if i == 1:
        s, c = rng.randint(11, 60), rng.randint(2, 40)
        return f"√{s * s} + {c} = ? No steps needed, just the result.", e_number(s + c)
    if i == 2:
        a = rng.randint(10, 40)
        b = rng.randint(2, a - 1)
        return f"What's {a}² − {b}²?", e_number(a * a - b * b)
    a, b, c = rng.randint(8, 20), rng.randint(1, 7), rng.randint(2, 6)
    return f"Evaluate ({a} − {b})³ ÷ {c}", e_number(Fraction((a - b) ** 3, c))


@template("heldout21", "arithmetic", "en", "ari_product_list", "prod")
def ari_prod(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b, c, d = (rng.randint(3, 25) for _ in range(4))
    forms = [
        (f"What do you get if you multiply {a}, {b} and {c} together?", a * b * c),
        (f"Find the product of {a}, {b}, {c}, and {d}.", a * b * c * d),
        (f"{a} times {b} times {c}, what's that?", a * b * c),
        (f"I'm multiplying {a} by {b} and then by {c}. What's the result?", a * b * c),
    ]
    return forms[i][0], e_number(forms[i][1])


@template("dev21", "arithmetic", "zh", "ari_zh_power", "zhpow")
def ari_zhpow(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    if i == 0:
        a, b = rng.randint(2, 9), rng.randint(3, 7)
        return f"{a}的{b}次方是多少？", e_number(a**b)
    if i == 1:
        a, b = rng.randint(2, 6), rng.randint(3, 6)
        c = rng.randint(10, max(11, a**b - 1))
        return f"算一下{a}的{b}次方减去{c}等于多少", e_number(a**b - c)
    if i == 2:
        a, b = rng.randint(6, 30), rng.randint(6, 30)
        return f"{a}的平方加上{b}的平方等于多少？", e_number(a * a + b * b)
    a = rng.randint(5, 25)
    return f"请问{a}的立方是多少？", e_number(a**3)


@template("dev21", "arithmetic", "zh", "ari_zh_percent", "zhpct")
def ari_zhpct(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    p = rng.choice(["5", "15", "20", "25", "12.5", "30", "45"])
    n = rng.randint(6, 90) * 10
    forms = [
        f"{n}的{p}%是多少？",
        f"一件衣服原价{n}元，现在便宜{p}%，便宜了多少元？",
        f"{n}乘以{p}%等于多少",
        f"帮我算下{n}的百分之{p}",
    ]
    return forms[i], e_number(Fraction(p) * n / 100)


@template("dev21", "arithmetic", "zh", "ari_zh_mixed", "zhmix")
def ari_zhmix(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    if i == 0:
        a, b, c, d = (rng.randint(3, 40), rng.randint(3, 40), rng.randint(2, 9),
                      rng.randint(2, 9))
        return f"计算：({a}+{b})×{c}÷{d}", e_number(Fraction((a + b) * c, d))
    if i == 1:
        a, b = rng.randint(10000, 99999), rng.randint(1000, 9999)
        return f"{a:,}减{b:,}等于多少？", e_number(a - b)
    if i == 2:
        a, b = rng.randint(10, 99), rng.randint(7, 40)
        return f"{a}除以{b}等于多少？用分数表示", e_number(Fraction(a, b))
    a, b, c = rng.randint(11, 60), rng.randint(11, 60), rng.randint(10, 500)
    return f"请帮我算一下 {a} × {b} + {c}，谢谢", e_number(a * b + c)


@template("heldout21", "arithmetic", "zh", "ari_zh_remainder", "zhrem")
def ari_zhrem(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n, m = rng.randint(100, 99999), rng.randint(3, 60)
    forms = [
        f"{n}除以{m}余数是多少？",
        f"{n}除以{m}，余几？",
        f"求 {n} mod {m} 的值",
        f"{n}被{m}除，余数是多少",
    ]
    return forms[i], e_number(n % m)


@template("heldout21", "arithmetic", "zh", "ari_zh_fraction", "zhfrac")
def ari_zhfrac(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    (a, b), (c, d) = proper(rng), proper(rng)
    x, y = Fraction(a, b), Fraction(c, d)
    forms = [
        (f"{a}/{b}加{c}/{d}等于多少？", x + y),
        (f"帮我算一下 {a}/{b} + {c}/{d}，结果写成分数", x + y),
        (f"{a}/{b}乘以{c}/{d}是多少", x * y),
        (f"{a}/{b} 减去 {c}/{d} 得多少？", x - y),
    ]
    return forms[i][0], e_number(forms[i][1])


negative("dev21", "arithmetic", "en", "ari_neg_clock", "clock", [
    "It's 9 pm now. What time will it be in 5 hours?",
    "If my flight leaves at 11:40 and takes 3 hours 35 minutes, what time do I land in Denver?",
    "It's 10 o'clock right now; what time was it 14 hours ago?",
    "My night shift starts at 22:00 and lasts 9 hours. When do I get off?",
])
negative("dev21", "arithmetic", "en", "ari_neg_advice", "advice", [
    "Should I put 15% or 20% of my paycheck into savings?",
    "Is it smarter to pay off a 5% loan early or invest at 7%?",
    "Is a 3% raise decent for someone making 60,000 a year?",
    "How much should I tip on an $80 dinner in Tokyo?",
])
negative("heldout21", "arithmetic", "en", "ari_neg_code", "code", [
    "Write a Python one-liner that prints 12 * 7.",
    "How do I calculate 2 to the power of 10 in Excel?",
    "What's the JavaScript for rounding 3.456 to 2 decimal places?",
    "Give me a bash command that adds 5 and 9.",
])
negative("heldout21", "arithmetic", "en", "ari_neg_concept", "concept", [
    "Why does 0.1 + 0.2 print 0.30000000000000004 in Python?",
    "Explain why dividing 5 by 0 is undefined.",
    "Where does the % sign come from historically?",
    "Why is 0! defined to be 1?",
])
negative("dev21", "arithmetic", "zh", "ari_zh_neg_clock", "zhclock", [
    "现在是晚上10点，再过5个小时是几点？",
    "今天是星期三，100天后是星期几？",
    "北京时间下午3点，纽约是几点？",
    "我早上8点半出门，坐高铁要2小时40分钟，大概几点能到上海？",
])
negative("heldout21", "arithmetic", "zh", "ari_zh_neg_misc", "zhmisc", [
    "用Python写一个计算1加到100的程序",
    "为什么任何数除以0都没有意义？",
    "房贷利率从4.2%降到3.9%，值得提前还款吗？",
    "我的快递单号是 7731 2280 9915，现在到哪了？",
])

# ===============================================================================================
# Comparison
# ===============================================================================================


@template("dev21", "comparison", "en", "cmp_argue_decimal", "argue")
def cmp_argue(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = rng.randint(1, 20)
    d1 = rng.randint(1, 7)
    d2 = rng.randint(1, 9)
    d3 = rng.randint(d1 + 1, 9)
    long, short = f"{w}.{d1}{d2}", f"{w}.{d3}"
    x, y = (long, short) if rng.random() < 0.5 else (short, long)
    forms = [
        (f"My friend and I are arguing: which is bigger, {x} or {y}?", short),
        (f"Settle a debate for us. Is {x} or {y} the larger number?", short),
        (f"Which number is greater, {x} or {y}? My coworker says the one with more digits.",
         short),
        (f"{x} vs {y}: which one is smaller?", long),
    ]
    return forms[i][0], e_choice(forms[i][1])


@template("dev21", "comparison", "en", "cmp_is_greater", "isgt")
def cmp_isgt(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    while True:
        q = rng.choice([3, 4, 5, 8])
        p = -rng.randint(1, 2 * q)
        if math.gcd(p, q) != 1:
            continue
        x = Fraction(p, q)
        y = Fraction(-rng.randint(5, 195), 100)
        if x != y:
            break
    xs, ys = f"{p}/{q}", dec(y)
    if rng.random() < 0.5:
        xs, ys, x, y = ys, xs, y, x
    forms = [
        f"Is {xs} greater than {ys}?",
        f"Is it true that {um(xs)} > {um(ys)}?",
        f"True or false: {xs} is larger than {ys}.",
        f"Quick sanity check. Is {um(xs)} bigger than {um(ys)}?",
    ]
    return forms[i], e_bool(x > y)


@template("dev21", "comparison", "en", "cmp_sort_ascending", "sortasc")
def cmp_sortasc(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    items = distinct_mixed(rng, ["dec", "dec", "frac", "int", "dec"][: 4 + (i % 2)])
    shown = [s for s, _ in items]
    want = [s for s, _ in sorted(items, key=lambda t: t[1])]
    if i == 0:
        prompt = f"Sort these from smallest to largest: {', '.join(shown)}"
    elif i == 1:
        prompt = f"Arrange in ascending order: {'; '.join(shown)}"
    elif i == 2:
        prompt = "Can you order these numbers low to high?\n" + "\n".join(um(s) for s in shown)
    else:
        prompt = f"Put {', '.join(shown[:-1])} and {shown[-1]} in increasing order."
    return prompt, e_list(want, "number", True, "asc")


@template("dev21", "comparison", "en", "cmp_smaller_fraction", "smfrac")
def cmp_smfrac(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    while True:
        (a, b), (c, d) = proper(rng), proper(rng)
        if math.gcd(a, b) == 1 and math.gcd(c, d) == 1 and Fraction(a, b) != Fraction(c, d):
            break
    first = (f"{a}/{b}", Fraction(a, b))
    if i >= 2:
        v = Fraction(rng.randint(5, 95), 100)
        while v == first[1]:
            v += Fraction(1, 100)
        second = (dec(v), v)
    else:
        second = (f"{c}/{d}", Fraction(c, d))
    small = min(first, second, key=lambda t: t[1])[0]
    forms = [
        f"Which fraction is smaller: {first[0]} or {second[0]}?",
        f"Between {first[0]} and {second[0]}, which is less?",
        f"Which is the smaller value, {first[0]} or {second[0]}?",
        f"I need the lesser of {first[0]} and {second[0]}. Which one is it?",
    ]
    return forms[i], e_choice(small)


@template("dev21", "comparison", "en", "cmp_max_of_list", "maxlist")
def cmp_maxlist(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    xs = tricky_decimals(rng, 4)
    best = max(xs, key=Fraction)
    a, b, c, d = xs
    forms = [
        f"Out of {a}, {b}, {c} and {d}, which number is the largest?",
        f"Which is the biggest: {a}, {b}, {c}, or {d}?",
        f"Find the maximum of {a}, {b}, {c}, {d}.",
        f"Of these ({a}, {b}, {c}, {d}), which one is highest?",
    ]
    return forms[i], e_choice(best)


@template("heldout21", "comparison", "en", "cmp_sort_descending", "sortdesc")
def cmp_sortdesc(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    items = distinct_mixed(rng, ["dec", "frac", "dec", "int", "frac"][: 4 + (i % 2)])
    shown = [s for s, _ in items]
    want = [s for s, _ in sorted(items, key=lambda t: t[1], reverse=True)]
    if i == 0:
        prompt = f"Put these in descending order: {', '.join(shown)}"
    elif i == 1:
        prompt = f"Rank from largest to smallest: {' | '.join(um(s) for s in shown)}"
    elif i == 2:
        prompt = "Order these high to low, please:\n" + "\n".join(shown)
    else:
        prompt = f"Could you arrange [{', '.join(shown)}] from biggest to smallest?"
    return prompt, e_list(want, "number", True, "desc")


@template("heldout21", "comparison", "en", "cmp_less_than", "islt")
def cmp_islt(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    while True:
        q = rng.choice([3, 6, 7, 9, 11, 12])
        p = rng.randint(1, q - 1)
        if math.gcd(p, q) != 1:
            continue
        f = Fraction(p, q)
        x = Fraction(round(f * 100) + rng.choice([-1, 0, 1]), 100)
        if x != f:
            break
    xs, fs_ = dec(x), f"{p}/{q}"
    forms = [
        (f"Is {xs} less than {fs_}?", x < f),
        (f"Is {fs_} smaller than {xs}?", f < x),
        (f"Would you say {xs} < {fs_}? yes or no", x < f),
        (f"Is {fs_} lower than {xs}?", f < x),
    ]
    return forms[i][0], e_bool(forms[i][1])


@template("heldout21", "comparison", "en", "cmp_negative_pair", "negpair")
def cmp_negpair(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = rng.randint(1, 30)
    d = rng.randint(1, 9)
    e = rng.randint(1, 9)
    a = Fraction(-(w * 10 + d), 10)          # -w.d
    b = Fraction(-(w * 100 + e), 100)        # -w.0e
    sa, sb = dec(a), dec(b)
    x, y = (sa, sb) if rng.random() < 0.5 else (sb, sa)
    hi, lo = (sa, sb) if a > b else (sb, sa)
    forms = [
        (f"Between {um(x)} and {um(y)}, which one is larger?", hi),
        (f"Which is lower: {x} or {y}?", lo),
        (f"{x} or {y}: which is the greater number?", hi),
        (f"Of the two numbers {um(x)} and {um(y)}, which is smaller?", lo),
    ]
    return forms[i][0], e_choice(forms[i][1])


@template("heldout21", "comparison", "en", "cmp_lowest", "lowest")
def cmp_lowest(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    xs = tricky_decimals(rng, 4)
    low = min(xs, key=Fraction)
    joined = ", ".join(xs)
    forms = [
        f"What's the smallest number here: {joined}?",
        f"Which of these is the minimum? {joined}",
        f"Pick the lowest value from: {joined}",
        f"Among {', '.join(xs[:-1])} and {xs[-1]}, which is least?",
    ]
    return forms[i], e_choice(low)


@template("heldout21", "comparison", "en", "cmp_embedded_check", "embed")
def cmp_embed(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    if i == 0:
        a, b = rng.randint(900_000, 1_200_000), rng.randint(900_000, 1_200_000)
        prompt = (f"I'm filling in a spreadsheet and need to know whether {a:,} is more "
                  f"than {b:,}. Is it?")
        return prompt, e_bool(a > b)
    if i == 1:
        x = Fraction(rng.randint(1, 99), 1000)
        y = Fraction(rng.randint(1, 9), 100)
        while x == y:
            x += Fraction(1, 1000)
        return (f"For my report I need to confirm: is {dec(x)} bigger than {dec(y)}?",
                e_bool(x > y))
    if i == 2:
        p, q = proper(rng)
        f = Fraction(p, q)
        x = Fraction(rng.randint(1, 9), 10)
        while x == f:
            x += Fraction(1, 10)
        return (f"Before I submit this, can you tell me if {p}/{q} is greater than {dec(x)}?",
                e_bool(f > x))
    a = Fraction(rng.randint(-500, -100), 100)
    b = Fraction(rng.randint(-500, -100), 100)
    while a == b:
        b -= Fraction(1, 100)
    return f"Does {dec(a)} exceed {dec(b)}? Yes/no is fine.", e_bool(a > b)


@template("dev21", "comparison", "zh", "cmp_zh_which_bigger", "zhbig")
def cmp_zhbig(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    if i % 2 == 0:
        a, b = tricky_decimals(rng, 2)
    else:
        (a, _), (b, _) = distinct_mixed(rng, ["frac", "dec"])
    va, vb = Fraction(a), Fraction(b)
    big = a if va > vb else b
    forms = [
        f"{a}和{b}哪个大？",
        f"{a}跟{b}比，哪个更大？",
        f"请问{a}与{b}哪个数大一些",
        f"{a}、{b}，谁大？",
    ]
    return forms[i], e_choice(big)


@template("dev21", "comparison", "zh", "cmp_zh_sort_asc", "zhasc")
def cmp_zhasc(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    items = distinct_mixed(rng, ["dec", "frac", "dec", "int"])
    shown = [s for s, _ in items]
    want = [s for s, _ in sorted(items, key=lambda t: t[1])]
    forms = [
        f"把下面的数从小到大排列：{'，'.join(shown)}",
        f"请将 {'、'.join(shown)} 按从小到大排序",
        f"从小到大排一下：{', '.join(shown)}",
        f"{'，'.join(shown)} 这几个数从小到大怎么排？",
    ]
    return forms[i], e_list(want, "number", True, "asc")


@template("dev21", "comparison", "zh", "cmp_zh_bigger_q", "zhgt")
def cmp_zhgt(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    if i == 0:
        a, b = rng.sample(range(-20, 0), 2)
        xs, ys, x, y = str(a), str(b), Fraction(a), Fraction(b)
    else:
        (xs, x), (ys, y) = distinct_mixed(rng, ["dec", "frac"] if i % 2 else ["frac", "dec"])
    forms = [
        f"{xs}比{ys}大吗？",
        f"请问{xs}比{ys}大不大？",
        f"{xs}是不是比{ys}大？",
        f"{xs}大于{ys}吗？",
    ]
    return forms[i], e_bool(x > y)


@template("heldout21", "comparison", "zh", "cmp_zh_smaller", "zhsmall")
def cmp_zhsmall(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    if i < 2:
        while True:
            (a, b), (c, d) = proper(rng), proper(rng)
            if math.gcd(a, b) == 1 and math.gcd(c, d) == 1 and a * d != b * c:
                break
        x, y = f"{a}/{b}", f"{c}/{d}"
        vx, vy = Fraction(a, b), Fraction(c, d)
    else:
        (x, vx), (y, vy) = distinct_mixed(rng, ["dec", "dec"])
    small = x if vx < vy else y
    forms = [
        f"{x}和{y}，哪个更小？",
        f"{x}与{y}比较，哪个小？",
        f"{x}、{y}这两个数里哪个小一些",
        f"请问 {y} 和 {x} 谁更小？",
    ]
    return forms[i], e_choice(small)


@template("heldout21", "comparison", "zh", "cmp_zh_sort_desc", "zhdesc")
def cmp_zhdesc(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    items = distinct_mixed(rng, ["frac", "dec", "int", "dec", "dec"][: 4 + (i % 2)])
    shown = [s for s, _ in items]
    want = [s for s, _ in sorted(items, key=lambda t: t[1], reverse=True)]
    forms = [
        f"请按从大到小的顺序排列：{'，'.join(shown)}",
        f"把 {'、'.join(shown)} 从大到小排好",
        f"这些数从大到小排列是什么顺序？{'，'.join(shown)}",
        f"{' '.join(shown)}，按降序排列",
    ]
    return forms[i], e_list(want, "number", True, "desc")


negative("dev21", "comparison", "en", "cmp_neg_versions", "versions", [
    "Is Python 3.11 newer than 3.9?",
    "Which is more recent, Node 18.20 or Node 18.3?",
    "Our app is on v1.12 and the docs mention v1.9. Which release is older?",
    "Is Linux kernel 5.15 newer than 5.4?",
])
negative("dev21", "comparison", "en", "cmp_neg_units", "units", [
    "Is 5'11\" taller than 180 cm?",
    "Is a European size 42 shoe bigger than a US size 9?",
    "Which is hotter, 40°C or 100°F?",
    "Is 3 miles longer than 5 km?",
])
negative("heldout21", "comparison", "en", "cmp_neg_sections", "sections", [
    "In the tax code, does section 12.10 come before section 12.9?",
    "Is chapter 3.10 after chapter 3.2 in this textbook?",
    "Is Blender 2.5 newer than Blender 2.49?",
    "Which came out later, macOS 10.15 or 10.9?",
])
negative("heldout21", "comparison", "en", "cmp_neg_worldly", "worldly", [
    "Which is longer, the Nile or the Amazon?",
    "Is a 4-star hotel better than a 4.5-star Airbnb?",
    "Which is bigger, a queen-size bed or a full-size bed?",
    "Is the iPhone 15 faster than the iPhone 13?",
])
negative("dev21", "comparison", "zh", "cmp_zh_neg_versions", "zhver", [
    "微信8.0.10和8.0.9哪个版本新？",
    "Python 3.12和3.8哪个更新？",
    "第3.10节在第3.9节前面还是后面？",
    "鞋码42和美码9哪个大？",
])
negative("heldout21", "comparison", "zh", "cmp_zh_neg_advice", "zhadv", [
    "首付30%和50%哪个更划算？",
    "年化3.5%的理财和4%的基金哪个好？",
    "月薪1.2万不加班和1.5万经常加班，选哪个？",
    "北京和上海哪个城市人口更多？",
])

# ===============================================================================================
# Number theory
# ===============================================================================================


def prime_or_semiprime(rng: random.Random, i: int, lo: int, hi: int) -> int:
    if i % 2 == 0:
        return rand_prime(rng, lo, hi)
    while True:
        p = rand_prime(rng, 7, math.isqrt(hi))
        q = rand_prime(rng, 7, hi // p)
        if lo <= p * q <= hi:
            return p * q


@template("dev21", "number_theory", "en", "nth_is_prime", "isprime")
def nth_isprime(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = prime_or_semiprime(rng, i, 1000, 20000)
    forms = [
        f"Is {n:,} prime? Yes or no.",
        f"Quick check for a puzzle: is {n} a prime number?",
        f"Tell me whether {n} is a prime.",
        f"I'm writing a quiz question. Is {n} prime?",
    ]
    return forms[i], e_bool(is_prime(n))


def smooth_number(rng: random.Random, lo: int, hi: int) -> int:
    while True:
        n = 1
        for p in rng.sample([2, 2, 2, 3, 3, 5, 7, 11, 13], rng.randint(3, 6)):
            n *= p
        if lo <= n <= hi and len(factorize(n)) >= 2:
            return n


@template("dev21", "number_theory", "en", "nth_factorize", "factor")
def nth_factor(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = smooth_number(rng, 60, 20000)
    forms = [
        f"Break {n:,} down into prime factors.",
        f"What's the prime factorization of {n}?",
        f"Write {n} as a product of primes.",
        f"Factor {n} into primes for me, please.",
    ]
    return forms[i], e_factor(n)


@template("dev21", "number_theory", "en", "nth_gcd", "gcd")
def nth_gcd(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    g = rng.randint(2, 30)
    a, b = g * rng.randint(2, 15), g * rng.randint(2, 15)
    while a == b:
        b += g
    forms = [
        f"What's the greatest common divisor of {a} and {b}?",
        f"Find the GCD of {a}, {b}.",
        f"highest common factor of {a} and {b}?",
        f"What is the biggest number that divides both {a} and {b}?",
    ]
    return forms[i], e_number(math.gcd(a, b))


@template("dev21", "number_theory", "en", "nth_primes_below", "pbelow")
def nth_pbelow(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = rng.randint(15, 60)
    while is_prime(n):
        n += 1
    forms = [
        f"List all the primes below {n}.",
        f"Which prime numbers are less than {n}?",
        f"Give me every prime under {n}, comma-separated.",
        f"What are the primes smaller than {n}?",
    ]
    return forms[i], e_list([str(p) for p in primes_below(n)], "number", False)


@template("dev21", "number_theory", "en", "nth_digit_sum", "digsum")
def nth_digsum(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = rng.randint(1000, 9_999_999)
    forms = [
        f"What's the sum of the digits of {n}?",
        f"Add up the digits in {n:,}.",
        f"digit sum of {n}",
        f"If you add all the digits of {n} together, what do you get?",
    ]
    return forms[i], e_number(sum(int(c) for c in str(n)))


@template("heldout21", "number_theory", "en", "nth_lcm", "lcm")
def nth_lcm(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b, c = rng.randint(4, 30), rng.randint(4, 30), rng.randint(4, 30)
    while a == b:
        b += 1
    forms = [
        (f"What's the least common multiple of {a} and {b}?", math.lcm(a, b)),
        (f"LCM of {a}, {b} and {c}?", math.lcm(a, b, c)),
        (f"Find the lowest common multiple of {a} and {b}.", math.lcm(a, b)),
        (f"What is the smallest positive number that is a multiple of both {a} and {b}?",
         math.lcm(a, b)),
    ]
    return forms[i][0], e_number(forms[i][1])


@template("heldout21", "number_theory", "en", "nth_largest_prime_factor", "bigpf")
def nth_bigpf(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    while True:
        n = rng.randint(500, 99999)
        if not is_prime(n):
            break
    forms = [
        f"What is the largest prime factor of {n}?",
        f"What's the biggest prime that divides {n:,}?",
        f"Of the prime factors of {n}, which is the largest?",
        f"Greatest prime divisor of {n}?",
    ]
    return forms[i], e_number(factorize(n)[-1][0])


@template("heldout21", "number_theory", "en", "nth_happy_range", "happy")
def nth_happy(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    while True:
        a = rng.randint(2, 80)
        b = a + rng.randint(12, 40)
        found = [k for k in range(a, b + 1) if is_happy(k)]
        if found and not is_happy(a) and not is_happy(b):
            break
    forms = [
        f"Which numbers between {a} and {b} are happy numbers?",
        f"List the happy numbers from {a} to {b}.",
        f"Find all happy numbers in the range {a}–{b}.",
        f"Are there any happy numbers between {a} and {b}? List them.",
    ]
    return forms[i], e_list([str(k) for k in found], "number", False)


@template("heldout21", "number_theory", "en", "nth_gcf", "gcf")
def nth_gcf(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    g = rng.choice([4, 6, 8, 9, 12, 14, 15, 18, 21, 24])
    a, b = g * rng.randint(2, 12), g * rng.randint(2, 12)
    while a == b:
        b += g
    forms = [
        f"What's the GCF of {a} and {b}?",
        f"greatest common factor of {a} & {b}",
        f"What's the largest number that goes evenly into both {a} and {b}?",
        f"To simplify {a}/{b} I need the gcd of {a} and {b}. What is it?",
    ]
    return forms[i], e_number(math.gcd(a, b))


@template("heldout21", "number_theory", "en", "nth_prime_powers", "ppow")
def nth_ppow(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = smooth_number(rng, 100, 50000)
    forms = [
        f"Express {n:,} in prime-power form.",
        f"What primes multiply together to make {n}? Include repeats.",
        f"Give the prime factors of {n} with their exponents.",
        f"{n} = ? (as a product of prime powers)",
    ]
    return forms[i], e_factor(n)


@template("dev21", "number_theory", "zh", "nth_zh_is_prime", "zhprime")
def nth_zhprime(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = prime_or_semiprime(rng, i + 1, 100, 9999)
    forms = [
        f"{n}是质数吗？",
        f"{n}是不是素数？",
        f"请判断{n}是否为质数",
        f"问一下，{n}是素数吗",
    ]
    return forms[i], e_bool(is_prime(n))


@template("dev21", "number_theory", "zh", "nth_zh_factorize", "zhfactor")
def nth_zhfactor(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = smooth_number(rng, 30, 10000)
    forms = [
        f"把{n}分解质因数",
        f"{n}分解质因数是多少？",
        f"{n}的质因数分解",
        f"请将{n}写成质数的乘积",
    ]
    return forms[i], e_factor(n)


@template("dev21", "number_theory", "zh", "nth_zh_gcd", "zhgcd")
def nth_zhgcd(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    g = rng.randint(2, 25)
    a, b = g * rng.randint(2, 12), g * rng.randint(2, 12)
    while a == b:
        b += g
    forms = [
        f"{a}和{b}的最大公约数是多少？",
        f"求{a}、{b}的最大公因数",
        f"{a}与{b}的最大公约数",
        f"帮我算一下{a}和{b}的最大公因数是几",
    ]
    return forms[i], e_number(math.gcd(a, b))


@template("heldout21", "number_theory", "zh", "nth_zh_lcm", "zhlcm")
def nth_zhlcm(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = rng.randint(3, 40), rng.randint(3, 40)
    while a == b:
        b += 1
    forms = [
        f"{a}和{b}的最小公倍数是多少？",
        f"求{a}与{b}的最小公倍数",
        f"{a}、{b}的最小公倍数是几？",
        f"请问{a}和{b}最小公倍数是多少",
    ]
    return forms[i], e_number(math.lcm(a, b))


@template("heldout21", "number_theory", "zh", "nth_zh_primes_list", "zhplist")
def nth_zhplist(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    n = rng.randint(12, 50)
    while is_prime(n):
        n += 1
    forms = [
        f"小于{n}的质数有哪些？",
        f"列出所有比{n}小的素数",
        f"{n}以内的质数都有哪些",
        f"请写出小于{n}的全部质数",
    ]
    return forms[i], e_list([str(p) for p in primes_below(n)], "number", False)


negative("dev21", "number_theory", "en", "nth_neg_meaning", "meaning", [
    "Why is 7 considered a lucky number?",
    "What's the significance of 42 in The Hitchhiker's Guide to the Galaxy?",
    "Is 13 really an unlucky number?",
    "Why do so many people in China like the number 8?",
])
negative("dev21", "number_theory", "en", "nth_neg_identifiers", "ident", [
    "Is my PIN 1379 secure enough?",
    "My locker code is 2357. Is that too easy to guess?",
    "Is the ZIP code 10001 in Manhattan?",
    "Is flight UA 97 a nonstop?",
])
negative("heldout21", "number_theory", "en", "nth_neg_explain", "explain", [
    "Explain how the Sieve of Eratosthenes finds the primes below 100.",
    "Write a function that returns the gcd of two numbers.",
    "Why is 1 not considered a prime number?",
    "Can you explain what a happy number is?",
])
negative("heldout21", "number_theory", "en", "nth_neg_trivia", "ntrivia", [
    "Who proved that there are infinitely many primes?",
    "What's the largest known prime number right now?",
    "How many digits does the biggest known Mersenne prime have?",
    "Which mathematician first studied happy numbers?",
])
negative("dev21", "number_theory", "zh", "nth_zh_neg_concept", "zhconcept", [
    "质数在密码学里有什么用？",
    "为什么1不是质数？",
    "哥德巴赫猜想现在证明了吗？",
    "8在中国文化里为什么吉利？",
])
negative("heldout21", "number_theory", "zh", "nth_zh_neg_code", "zhcode", [
    "用C++写一个判断101是否为质数的程序",
    "帮我写个Python函数求两个数的最大公约数",
    "RSA里为什么要用两个大质数？",
    "银行卡密码设成123457安全吗？",
])

# ===============================================================================================
# Counting
# ===============================================================================================


@template("dev21", "counting", "en", "cnt_letter_in_word", "lettercnt")
def cnt_lettercnt(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w, letter = pick(rng, LETTER_PAIRS, "cnt_lettercnt")
    forms = [
        f"How many {letter}'s are in {w}?",
        f"Count the letter '{letter}' in '{w}'.",
        f"How many times does the letter {letter} appear in \"{w}\"?",
        f"I'm making a word puzzle. How many {letter}'s does \"{w}\" have?",
    ]
    return forms[i], e_number(count_letter(w, letter))


@template("dev21", "counting", "en", "cnt_vowels_consonants", "vowels")
def cnt_vowels(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = pick(rng, VOWEL_WORDS, "cnt_vowels")
    vowels = sum(c in "aeiou" for c in w)
    forms = [
        (f"How many vowels are in '{w}'?", vowels),
        (f"Count the vowels in the word {w}.", vowels),
        (f"{w}: how many vowels does it have? (a, e, i, o, u)", vowels),
        (f"How many consonants are in the word \"{w}\"?", len(w) - vowels),
    ]
    return forms[i][0], e_number(forms[i][1])


@template("dev21", "counting", "en", "cnt_words_in_sentence", "wordcnt")
def cnt_wordcnt(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    s = pick(rng, SENTENCES, "cnt_wordcnt")
    forms = [
        f"How many words are in this sentence: \"{s}\"?",
        f"Word count for: {s}.",
        f"Can you count the words in the following line?\n{s}",
        f"\"{s}\" - how many words is that?",
    ]
    return forms[i], e_number(len(s.split()))


@template("dev21", "counting", "en", "cnt_reverse", "rev")
def cnt_rev(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = pick(rng, REVERSE_WORDS, "cnt_rev")
    forms = [
        f"Spell '{w}' backwards.",
        f"What is {w} reversed?",
        f"Reverse the word \"{w}\" for me.",
        f"If you write {w} back to front, what do you get?",
    ]
    return forms[i], e_text(w[::-1])


@template("dev21", "counting", "en", "cnt_anagram", "anagram")
def cnt_anagram(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    a, b = pick(rng, ANAGRAM_PAIRS, "cnt_anagram")
    forms = [
        f"Are '{a}' and '{b}' anagrams?",
        f"Is \"{a}\" an anagram of \"{b}\"?",
        f"Can the letters of {a} be rearranged to spell {b}, using every letter exactly once?",
        f"Do {a} and {b} use exactly the same letters the same number of times?",
    ]
    return forms[i], e_bool(sorted(a) == sorted(b))


@template("heldout21", "counting", "en", "cnt_nth_letter", "nthletter")
def cnt_nthletter(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = pick(rng, NTH_WORDS, "cnt_nthletter")
    n = rng.randint(2, len(w) - 1)
    forms = [
        (f"What's the {ordinal(n)} letter of '{w}'?", w[n - 1]),
        (f"Tell me the {ordinal(n)} letter in {w}.", w[n - 1]),
        (f"What is the last letter of \"{w}\"?", w[-1]),
        (f"In the word {w}, which letter is in position {n}?", w[n - 1]),
    ]
    return forms[i][0], e_text(forms[i][1])


@template("heldout21", "counting", "en", "cnt_letter_total", "lettotal")
def cnt_lettotal(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = pick(rng, LONG_WORDS, "cnt_lettotal")
    forms = [
        f"How many letters are in the word '{w}'?",
        f"How long is the word {w}, in letters?",
        f"Count the letters: \"{w}\"",
        f"'{w}' has how many letters?",
    ]
    return forms[i], e_number(len(w))


@template("heldout21", "counting", "en", "cnt_more_letters", "morelet")
def cnt_morelet(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    used = _USED.setdefault("cnt_morelet", set())
    while True:
        a, b = rng.sample([w for w in PAIR_WORDS if w not in used], 2)
        if len(a) != len(b):
            break
    used.update((a, b))
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    forms = [
        (f"Which word has more letters, '{a}' or '{b}'?", longer),
        (f"Which is longer in letters: {a} or {b}?", longer),
        (f"Between \"{a}\" and \"{b}\", which one has fewer letters?", shorter),
        (f"Does {a} or {b} have more letters?", longer),
    ]
    return forms[i][0], e_word(forms[i][1])


@template("heldout21", "counting", "en", "cnt_distinct_letters", "distinct")
def cnt_distinct(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = pick(rng, REPEAT_WORDS, "cnt_distinct")
    forms = [
        f"How many distinct letters are in '{w}'?",
        f"How many different letters does {w} use?",
        f"Count the unique letters in \"{w}\".",
        f"{w}: how many distinct letters?",
    ]
    return forms[i], e_number(len(set(w.lower())))


@template("heldout21", "counting", "en", "cnt_alphabetical", "alpha")
def cnt_alpha(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    pool = NAMES if i == 2 else ALPHA_WORDS
    words = rng.sample(pool, rng.randint(4, 5))
    want = sorted(words, key=str.casefold)
    forms = [
        f"Put these words in alphabetical order: {', '.join(words)}",
        f"Alphabetize this list: {'; '.join(words)}",
        f"Sort these names A to Z: {', '.join(words)}",
        f"Can you arrange {', '.join(words[:-1])} and {words[-1]} alphabetically?",
    ]
    return forms[i], e_list(want, "text", True)


@template("dev21", "counting", "zh", "cnt_zh_letter", "zhletter")
def cnt_zhletter(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w, letter = pick(rng, LETTER_PAIRS, "cnt_zhletter")
    forms = [
        f"{w}里面有多少个字母{letter}？",
        f"单词 {w} 里有几个 {letter}？",
        f"“{w}”中字母{letter}出现了几次？",
        f"数一下 {w} 里有多少个 {letter}",
    ]
    return forms[i], e_number(count_letter(w, letter))


@template("dev21", "counting", "zh", "cnt_zh_length", "zhlen")
def cnt_zhlen(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = pick(rng, LONG_WORDS + VOWEL_WORDS, "cnt_zhlen")
    forms = [
        f"单词 {w} 有几个字母？",
        f"“{w}”这个词一共有多少个字母？",
        f"{w} 这个英文单词由几个字母组成？",
        f"请问 {w} 有多少个字母",
    ]
    return forms[i], e_number(len(w))


@template("heldout21", "counting", "zh", "cnt_zh_reverse", "zhrev")
def cnt_zhrev(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = pick(rng, REVERSE_WORDS, "cnt_zhrev")
    forms = [
        f"把 {w} 倒过来写是什么？",
        f"“{w}”反过来拼是什么？",
        f"请把单词 {w} 倒序写出来",
        f"{w} 倒着写是什么",
    ]
    return forms[i], e_text(w[::-1])


@template("heldout21", "counting", "zh", "cnt_zh_position", "zhpos")
def cnt_zhpos(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    w = pick(rng, NTH_WORDS, "cnt_zhpos")
    n = rng.randint(2, len(w) - 1)
    forms = [
        (f"{w} 的第一个字母是什么？", w[0]),
        (f"单词 {w} 的最后一个字母是什么", w[-1]),
        (f"{w} 的第{n}个字母是哪个？", w[n - 1]),
        (f"“{w}”从左数第{n}个字母是什么？", w[n - 1]),
    ]
    return forms[i][0], e_text(forms[i][1])


@template("heldout21", "counting", "zh", "cnt_zh_words", "zhwords")
def cnt_zhwords(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    s = pick(rng, SENTENCES, "cnt_zhwords")
    forms = [
        f"这句话有几个单词：{s}",
        f"下面这句英文有多少个词？\n{s}",
        f"“{s}”一共几个单词？",
        f"帮我数一下这句英语的单词数：{s}.",
    ]
    return forms[i], e_number(len(s.split()))


negative("dev21", "counting", "en", "cnt_neg_length_advice", "lenadv", [
    "How many characters should a strong password have?",
    "How many words should a cover letter be?",
    "How many letters should a good brand name have?",
    "How long should a tweet be to get the most engagement?",
])
negative("dev21", "counting", "en", "cnt_neg_alphabet_trivia", "alphtriv", [
    "How many letters are in the Greek alphabet?",
    "How many letters does the Hawaiian alphabet have?",
    "How many words are in the Gettysburg Address?",
    "How many vowel sounds does Japanese have?",
])
negative("heldout21", "counting", "en", "cnt_neg_word_meaning", "wmeaning", [
    "What does the word 'serendipity' mean?",
    "Use 'ubiquitous' in a sentence.",
    "What's the origin of the word 'alphabet'?",
    "Is 'irregardless' a real word?",
])
negative("heldout21", "counting", "en", "cnt_neg_code", "cntcode", [
    "Write a Python function that counts the vowels in a string.",
    "How do I see the word count of a Google Doc?",
    "What's the regex to find every 'r' in a word?",
    "In Excel, how do I count how many times a letter appears in a cell?",
])
negative("dev21", "counting", "zh", "cnt_zh_neg_trivia", "zhalph", [
    "英文字母表一共有多少个字母？",
    "汉语拼音有多少个声母？",
    "日语有几个元音？",
    "《出师表》全文一共有多少个字？",
])
negative("heldout21", "counting", "zh", "cnt_zh_neg_meaning", "zhmean", [
    "“serendipity”这个单词是什么意思？",
    "strawberry 怎么读？",
    "英语里最长的单词是哪个？",
    "帮我写一个统计字符串里字母个数的程序",
])

# ===============================================================================================
# Geometry
# ===============================================================================================


@template("dev21", "geometry", "en", "geo_circle_area", "carea")
def geo_carea(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    if i == 0:
        r = Fraction(rng.randint(2, 15))
        prompt = f"What's the area of a circle with radius {r}?"
    elif i == 1:
        d = rng.randint(3, 30)
        r = Fraction(d, 2)
        prompt = f"A round table has a diameter of {d} feet. What's its area?"
    elif i == 2:
        r = Fraction(rng.randint(2, 20))
        prompt = f"Find the area enclosed by a circle of radius {r} cm."
    else:
        r = Fraction(rng.randint(3, 40), 2)
        prompt = f"circle with r = {dec(r)}, area?"
    return prompt, e_real(f"{fs(r * r)}*pi")


@template("dev21", "geometry", "en", "geo_distance", "dist")
def geo_dist(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    p = (rng.randint(-9, 9), rng.randint(-9, 9))
    q = (rng.randint(-9, 9), rng.randint(-9, 9))
    while q == p:
        q = (q[0] + 1, q[1])
    forms = [
        f"How far apart are the points {pt(p)} and {pt(q)}?",
        f"distance between A{pt(p, False)} and B{pt(q, False)}",
        f"What's the straight-line distance from {pt(p)} to {pt(q)}?",
        f"Find the length of the segment joining {pt(p)} and {pt(q)}.",
    ]
    return forms[i], e_real(sqrt_sum_expr([dist2(p, q)]))


@template("dev21", "geometry", "en", "geo_polygon_area", "parea")
def geo_parea(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    dx, dy = rng.randint(-5, 5), rng.randint(-5, 5)
    if i == 0:
        w, h = rng.randint(2, 12), rng.randint(2, 12)
        poly = shift([(0, 0), (w, 0), (w, h), (0, h)], dx, dy)
        prompt = f"Find the area of the polygon with vertices {', '.join(pt(v) for v in poly)}."
    elif i == 1:
        a, b, h = rng.randint(4, 12), rng.randint(1, 10), rng.randint(2, 9)
        poly = shift([(0, 0), (a, 0), (b, h), (0, h)], dx, dy)
        corners = ", ".join(pt(v) for v in poly)
        prompt = f"A plot of land has corners at {corners} (in metres). What's its area?"
    elif i == 2:
        p, r, q = rng.randint(1, 5), rng.randint(6, 12), rng.randint(2, 7)
        poly = shift([(0, 0), (p, -q), (r, 0), (p, q)], dx, dy)
        prompt = ("Using the shoelace formula, what's the area of the quadrilateral "
                  f"{' '.join(pt(v, False) for v in poly)}?")
    else:
        w, h, k = rng.randint(4, 10), rng.randint(2, 8), rng.randint(1, 5)
        m = rng.randint(1, w - 1)
        poly = shift([(0, 0), (w, 0), (w, h), (m, h + k), (0, h)], dx, dy)
        prompt = f"What's the area of the pentagon with vertices {', '.join(map(pt, poly))}?"
    return prompt, e_number(shoelace(poly))


def point_with(rng: random.Random, poly: list[Point], want: set[str]) -> tuple[Point, str]:
    xs, ys = [v[0] for v in poly], [v[1] for v in poly]
    while True:
        p = (rng.randint(min(xs) - 2, max(xs) + 2), rng.randint(min(ys) - 2, max(ys) + 2))
        where = locate(p, poly)
        if where in want:
            return p, where


@template("dev21", "geometry", "en", "geo_point_in_polygon_yn", "ptin")
def geo_ptin(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    want = {"inside"} if i in (0, 3) else {"outside"}
    if i in (0, 2):
        poly = rand_triangle(rng)
        while shoelace(poly) < 6:
            poly = rand_triangle(rng)
    else:
        x0, y0 = rng.randint(-5, 3), rng.randint(-5, 3)
        poly = [(x0, y0), (x0 + rng.randint(3, 8), y0), (x0 + rng.randint(3, 8),
                                                          y0 + rng.randint(3, 8)),
                (x0, y0 + rng.randint(3, 8))]
    p, where = point_with(rng, poly, want)
    verts = ", ".join(pt(v) for v in poly)
    if i == 0:
        prompt = f"Is the point {pt(p)} inside the triangle with vertices {verts}?"
    elif i == 1:
        prompt = f"Does {pt(p, False)} lie within the quadrilateral with corners {verts}?"
    elif i == 2:
        a, b, c = poly
        prompt = f"Triangle ABC has A={pt(a)}, B={pt(b)}, C={pt(c)}. Is P{pt(p)} inside it?"
    else:
        prompt = f"Is {pt(p)} in the interior of the polygon {verts}?"
    return prompt, e_relation(where, "inside")


@template("dev21", "geometry", "en", "geo_circles_intersect", "cint")
def geo_cint(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    case = "cross" if i in (0, 3) else "separate"
    c1, r1, c2, r2 = circle_pair(rng, case)
    forms = [
        (f"Do the circles centered at {pt(c1)} with radius {r1} and at {pt(c2)} with radius "
         f"{r2} intersect?"),
        (f"Circle 1: center {pt(c1)}, r = {r1}. Circle 2: center {pt(c2)}, r = {r2}. "
         "Do they cross each other?"),
        (f"I drew two circles, one of radius {r1} around {pt(c1)} and one of radius {r2} "
         f"around {pt(c2)}. Do their outlines intersect?"),
        (f"Will a circle with center {pt(c1, False)} and radius {r1} intersect the circle with "
         f"center {pt(c2, False)} and radius {r2}?"),
    ]
    return forms[i], e_bool(case == "cross")


@template("heldout21", "geometry", "en", "geo_tangent", "tangent")
def geo_tangent(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    case = ["ext_tangent", "cross", "int_tangent", "separate"][i]
    c1, r1, c2, r2 = circle_pair(rng, case)
    forms = [
        (f"Circle A has center {pt(c1)} and radius {r1}; circle B has center {pt(c2)} and "
         f"radius {r2}. Are they tangent?"),
        (f"Do the circles with centers {pt(c1)} and {pt(c2)} and radii {r1} and {r2} "
         "(respectively) touch at exactly one point?"),
        f"Are the circles {circle_eq(c1, r1)} and {circle_eq(c2, r2)} tangent to each other?",
        (f"Is the circle centered at {pt(c1)} with radius {r1} tangent to the circle centered "
         f"at {pt(c2)} with radius {r2}?"),
    ]
    return forms[i], e_bool(case.endswith("tangent"))


@template("heldout21", "geometry", "en", "geo_triangle_area", "tarea")
def geo_tarea(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    if i in (0, 2):
        a, b, c = rand_triangle(rng)
        area = shoelace([a, b, c])
        if i == 0:
            prompt = f"Triangle with vertices A{pt(a)}, B{pt(b)}, C{pt(c)}: what's its area?"
        else:
            prompt = (f"What is the area of the triangle whose corners are at {pt(a)}, "
                      f"{pt(b)} and {pt(c)}?")
    elif i == 1:
        base, h = rng.randint(3, 25), rng.randint(2, 20)
        area = Fraction(base * h, 2)
        prompt = f"A triangle has a base of {base} m and a height of {h} m. What is its area?"
    else:
        a, b = rng.randint(2, 20), rng.randint(2, 20)
        area = Fraction(a * b, 2)
        prompt = f"Find the area of a right triangle with legs {a} and {b}."
    return prompt, e_real(fs(area))


@template("heldout21", "geometry", "en", "geo_perimeter", "perim")
def geo_perim(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    dx, dy = rng.randint(-4, 4), rng.randint(-4, 4)
    if i == 0:
        w, h = rng.randint(2, 15), rng.randint(2, 15)
        poly = shift([(0, 0), (w, 0), (w, h), (0, h)], dx, dy)
        prompt = ("What is the perimeter of the rectangle with corners at "
                  f"{', '.join(pt(v) for v in poly)}?")
    elif i == 1:
        poly = shift(rand_triangle(rng), dx, dy)
        prompt = f"Perimeter of the triangle {', '.join(pt(v, False) for v in poly)}?"
    elif i == 2:
        a, b, h = rng.randint(4, 10), rng.randint(1, 8), rng.randint(2, 6)
        poly = shift([(0, 0), (a, 0), (b, h), (0, h)], dx, dy)
        prompt = ("What's the perimeter of the quadrilateral with vertices "
                  f"{', '.join(pt(v) for v in poly)}?")
    else:
        w, h, k = rng.randint(4, 8), rng.randint(2, 6), rng.randint(1, 4)
        m = rng.randint(1, w - 1)
        poly = shift([(0, 0), (w, 0), (w, h), (m, h + k), (0, h)], dx, dy)
        prompt = ("What is the total length of the edges of the polygon with vertices "
                  f"{', '.join(pt(v) for v in poly)}?")
    n = len(poly)
    return prompt, e_real(sqrt_sum_expr([dist2(poly[k], poly[(k + 1) % n]) for k in range(n)]))


@template("heldout21", "geometry", "en", "geo_segment_crossings", "segx")
def geo_segx(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    want = 1 if i in (0, 2) else 0
    while True:
        a, b, c, d = ((rng.randint(-6, 6), rng.randint(-6, 6)) for _ in range(4))
        if a == b or c == d:
            continue
        if segment_points(a, b, c, d) == want:
            break
    forms = [
        (f"How many points do the segment from {pt(a)} to {pt(b)} and the segment from "
         f"{pt(c)} to {pt(d)} have in common?"),
        (f"Segment AB goes from A{pt(a)} to B{pt(b)}, and segment CD from C{pt(c)} to "
         f"D{pt(d)}. How many intersection points do they have?"),
        (f"How many times do the line segments [{pt(a)}, {pt(b)}] and [{pt(c)}, {pt(d)}] "
         "intersect?"),
        (f"Count the intersection points between segment P1P2 with P1={pt(a, False)}, "
         f"P2={pt(b, False)} and segment Q1Q2 with Q1={pt(c, False)}, Q2={pt(d, False)}."),
    ]
    return forms[i], e_number(want)


@template("heldout21", "geometry", "en", "geo_point_relation", "ptrel")
def geo_ptrel(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    want = ["boundary", "inside", "outside", "boundary"][i]
    x0, y0 = rng.randint(-4, 4), rng.randint(-4, 4)
    if i == 0:
        s = rng.randint(3, 9)
        poly = [(x0, y0), (x0 + s, y0), (x0 + s, y0 + s), (x0, y0 + s)]
    elif i == 1:
        poly = rand_triangle(rng)
        while shoelace(poly) < 6:
            poly = rand_triangle(rng)
    elif i == 2:
        w, h, k = rng.randint(4, 10), rng.randint(2, 8), rng.randint(1, 5)
        poly = shift([(0, 0), (w, 0), (w, h), (rng.randint(1, w - 1), h + k), (0, h)], x0, y0)
    else:
        w, h = rng.randint(3, 10), rng.randint(3, 10)
        poly = [(x0, y0), (x0 + w, y0), (x0 + w, y0 + h), (x0, y0 + h)]
    p, where = point_with(rng, poly, {want})
    verts = ", ".join(pt(v) for v in poly)
    forms = [
        f"Is {pt(p)} inside, outside, or on the boundary of the square with corners {verts}?",
        (f"Where does the point {pt(p)} lie relative to the triangle {verts}: inside, "
         "outside, or on an edge?"),
        (f"Classify the point P{pt(p)} with respect to the polygon with vertices {verts}: "
         "interior, exterior, or boundary?"),
        (f"For the rectangle with vertices {verts}, is the point {pt(p, False)} in it, out of "
         "it, or on its border?"),
    ]
    return forms[i], e_relation(where)


@template("dev21", "geometry", "zh", "geo_zh_circle_area", "zhcarea")
def geo_zhcarea(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    if i == 0:
        r = Fraction(rng.randint(2, 15))
        prompt = f"半径为{r}的圆的面积是多少？"
    elif i == 1:
        d = rng.randint(3, 30)
        r = Fraction(d, 2)
        prompt = f"直径是{d}厘米的圆，面积是多少？"
    elif i == 2:
        r = Fraction(rng.randint(2, 20))
        prompt = f"一个圆的半径是{r}米，求它的面积"
    else:
        r = Fraction(rng.randint(3, 30), 2)
        prompt = f"圆的半径{dec(r)}，面积等于多少？"
    return prompt, e_real(f"{fs(r * r)}*pi")


@template("dev21", "geometry", "zh", "geo_zh_distance", "zhdist")
def geo_zhdist(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    p = (rng.randint(-9, 9), rng.randint(-9, 9))
    q = (rng.randint(-9, 9), rng.randint(-9, 9))
    while q == p:
        q = (q[0], q[1] + 1)
    forms = [
        f"点{pt(p, False)}和点{pt(q, False)}之间的距离是多少？",
        f"求A{pt(p)}到B{pt(q)}的距离",
        f"坐标{pt(p, False)}与{pt(q, False)}两点相距多远？",
        f"平面上两点{pt(p)}、{pt(q)}的距离是多少",
    ]
    return forms[i], e_real(sqrt_sum_expr([dist2(p, q)]))


@template("heldout21", "geometry", "zh", "geo_zh_contains", "zhcontain")
def geo_zhcontain(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    case = "contained" if i in (0, 3) else rng.choice(["cross", "separate"])
    while True:
        c1, r1, c2, r2 = circle_pair(rng, case)
        if r1 > r2:
            break
    forms = [
        f"圆心{pt(c1, False)}半径{r1}的圆和圆心{pt(c2, False)}半径{r2}的圆，小圆完全在大圆里面吗？",
        f"圆A：圆心{pt(c1)}，半径{r1}；圆B：圆心{pt(c2)}，半径{r2}。圆B在圆A内部吗？",
        (f"以{pt(c2, False)}为圆心、{r2}为半径的圆，"
         f"是否被以{pt(c1, False)}为圆心、{r1}为半径的圆包含？"),
        f"大圆圆心{pt(c1, False)}半径{r1}，小圆圆心{pt(c2, False)}半径{r2}，大圆包含小圆吗？",
    ]
    return forms[i], e_bool(case == "contained")


@template("heldout21", "geometry", "zh", "geo_zh_polygon_area", "zhparea")
def geo_zhparea(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    dx, dy = rng.randint(-3, 6), rng.randint(-3, 6)
    if i == 0:
        poly = rand_triangle(rng)
        prompt = f"以{'、'.join(pt(v, False) for v in poly)}为顶点的三角形面积是多少？"
    elif i == 1:
        a, b, h = rng.randint(4, 12), rng.randint(1, 10), rng.randint(2, 9)
        poly = shift([(0, 0), (a, 0), (b, h), (0, h)], dx, dy)
        prompt = f"顶点为{','.join(pt(v, False) for v in poly)}的四边形面积是多少？"
    elif i == 2:
        w, h, k = rng.randint(4, 10), rng.randint(2, 8), rng.randint(1, 5)
        poly = shift([(0, 0), (w, 0), (w, h), (rng.randint(1, w - 1), h + k), (0, h)], dx, dy)
        prompt = f"求顶点依次为{'、'.join(pt(v) for v in poly)}的五边形的面积"
    else:
        w, h = rng.randint(5, 40), rng.randint(5, 40)
        poly = shift([(0, 0), (w, 0), (w, h), (0, h)], dx, dy)
        prompt = (f"一块地的四个角坐标是{'、'.join(pt(v, False) for v in poly)}（单位：米），"
                  "面积是多少平方米？")
    return prompt, e_number(shoelace(poly))


@template("heldout21", "geometry", "zh", "geo_zh_circle_points", "zhcpts")
def geo_zhcpts(rng: random.Random, i: int) -> tuple[str, dict[str, Any]]:
    case = ["cross", "ext_tangent", "separate", "cross"][i]
    c1, r1, c2, r2 = circle_pair(rng, case)
    forms = [
        f"圆心{pt(c1, False)}半径{r1}的圆和圆心{pt(c2, False)}半径{r2}的圆有几个交点？",
        f"两个圆：{circle_eq(c1, r1)} 和 {circle_eq(c2, r2)}，它们有几个交点？",
        f"圆O₁圆心{pt(c1)}、半径{r1}，圆O₂圆心{pt(c2)}、半径{r2}，两圆的交点个数是多少？",
        (f"以{pt(c1, False)}为圆心、半径为{r1}的圆与"
         f"以{pt(c2, False)}为圆心、半径为{r2}的圆相交于几个点？"),
    ]
    return forms[i], e_number(CIRCLE_POINTS[circle_case(c1, r1, c2, r2)])


negative("dev21", "geometry", "en", "geo_neg_world_distance", "world", [
    "How many blocks do I walk from 3rd Ave & 14th St to 7th Ave & 23rd St?",
    "How far is (40.7, -74.0) from (42.4, -71.1) in miles?",
    "How far is it from New York to Boston by car?",
    "What's the distance from the Earth to the Moon?",
])
negative("dev21", "geometry", "en", "geo_neg_practical", "practical", [
    "How much paint do I need for a wall that's 12 by 10 feet?",
    "How many 30 cm tiles should I buy for a 3 by 4 metre bathroom, allowing for breakage?",
    "What size rug should I get for a 12x14 living room?",
    "How many people can sit comfortably at a round table with a 60-inch diameter?",
])
negative("heldout21", "geometry", "en", "geo_neg_explain", "gexplain", [
    "Explain why the area of a circle is pi r squared.",
    "Prove that the angles of a triangle add up to 180 degrees.",
    "What's the difference between a tangent line and a secant line?",
    "Write code to check whether a point is inside a polygon.",
])
negative("heldout21", "geometry", "en", "geo_neg_grid_worlds", "grid", [
    "On a chessboard, how many moves does a knight need to get from a1 to h8?",
    "In taxicab geometry, how far is (1, 2) from (4, 6)?",
    "How many moves does a chess king need to go from (1, 1) to (5, 8)?",
    "In Minecraft, my base is at (800, -400). How far is that in the Nether?",
])
negative("dev21", "geometry", "zh", "geo_zh_neg_world", "zhworld", [
    "北京到上海有多远？",
    "地球到月球的距离是多少？",
    "从东三环开车到西三环要多久？",
    "一个直径30厘米的披萨够几个人吃？",
])
negative("heldout21", "geometry", "zh", "geo_zh_neg_explain", "zhgexp", [
    "为什么圆的面积公式是πr²？请解释一下",
    "怎么证明勾股定理？",
    "三角形内角和为什么是180度？",
    "用Python写一个判断点是否在多边形内的函数",
])


# Build -----------------------------------------------------------------------------------------


def build() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(21)
    _USED.clear()
    out: dict[str, list[dict[str, Any]]] = {"dev21": [], "heldout21": []}
    seen_prompts: set[str] = set()
    seen_ids: set[str] = set()
    names: dict[str, str] = {}
    for split, family, lang, kind, name, short, gen in TEMPLATES:
        assert name not in names, name
        names[name] = split
        for i in range(4):
            for _ in range(200):
                prompt, expected = gen(rng, i)
                if prompt not in seen_prompts:
                    break
            else:
                raise AssertionError(f"could not make a unique prompt for {name}")
            seen_prompts.add(prompt)
            rid = f"r21-{FAM3[family]}-{lang}-{short}-{i + 1}"
            assert rid not in seen_ids, rid
            seen_ids.add(rid)
            out[split].append({"id": rid, "split": split, "kind": kind, "family": family,
                               "lang": lang, "template": name, "prompt": prompt,
                               "expected": expected})
    return out["dev21"], out["heldout21"]


def main() -> None:
    dev, heldout = build()
    for split, records in (("dev21", dev), ("heldout21", heldout)):
        path = HERE / f"corpus_{split}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for rec in records:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"wrote {len(records)} records to {path.name}")


if __name__ == "__main__":
    main()
