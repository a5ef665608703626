"""Round 22 of the routing corpus: an independent blind round written from scratch.

Every template in this file was written without looking at earlier rounds or at the router,
to measure how the router copes with phrasings it has never seen. Each template contributes
four records; a template belongs entirely to one split (``dev22`` or ``heldout22``). Every
expected answer is computed here with exact arithmetic (ints, ``Fraction``, trial division,
direct counting, exact circle / polygon formulas), never typed in by hand.

Run ``python tests/routing/make_corpus_round22.py`` to (re)write ``corpus_dev22.jsonl`` and
``corpus_heldout22.jsonl`` next to this file. The output is fully deterministic.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import Any

OUT_DIR = Path(__file__).resolve().parent
FAM3 = {"arithmetic": "ari", "comparison": "cmp", "counting": "cnt", "geometry": "geo",
        "number_theory": "nth"}

Pair = tuple[str, dict[str, Any]]
Gen = Callable[[random.Random], list[Pair]]
TEMPLATES: list[tuple[str, str, str, str, str, Gen]] = []


def template(split: str, family: str, lang: str, kind: str, name: str) -> Callable[[Gen], Gen]:
    def register(fn: Gen) -> Gen:
        TEMPLATES.append((split, family, lang, kind, name, fn))
        return fn
    return register


# Expected-answer helpers -----------------------------------------------------------------------

NONE: dict[str, Any] = {"type": "none"}


def num(q: Fraction | int) -> dict[str, Any]:
    return {"type": "number", "answer": str(Fraction(q))}


def real(expr: str) -> dict[str, Any]:
    return {"type": "real", "answer": expr}


def yes_no(flag: bool) -> dict[str, Any]:
    return {"type": "bool", "answer": "yes" if flag else "no"}


def choice(s: str) -> dict[str, Any]:
    return {"type": "choice", "answer": s}


def text(s: str) -> dict[str, Any]:
    return {"type": "text", "answer": s}


def word_choice(s: str) -> dict[str, Any]:
    return {"type": "word_choice", "answer": s}


def listing(items: list[str], elem: str, ordered: bool, order: str | None = None
            ) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "list", "elem": elem, "answer": items, "ordered": ordered}
    if order:
        out["order"] = order
    return out


def relation(answer: str, yes_if: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "relation", "answer": answer}
    if yes_if:
        out["yes_if"] = yes_if
    return out


def factorization(n: int) -> dict[str, Any]:
    return {"type": "factorization", "answer": [[p, e] for p, e in factorize(n)], "n": n}


def fixed(prompts: list[str]) -> list[Pair]:
    return [(p, NONE) for p in prompts]


# Math helpers ----------------------------------------------------------------------------------


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    f = 2
    while f * f <= n:
        if n % f == 0:
            return False
        f += 1
    return True


def factorize(n: int) -> list[tuple[int, int]]:
    out = []
    f = 2
    while f * f <= n:
        e = 0
        while n % f == 0:
            n //= f
            e += 1
        if e:
            out.append((f, e))
        f += 1
    if n > 1:
        out.append((n, 1))
    return out


def is_happy(n: int) -> bool:
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1


def surd(n: int) -> tuple[int, int]:
    """sqrt(n) == k * sqrt(m) with m square-free."""
    k, m, f = 1, n, 2
    while f * f <= m:
        while m % (f * f) == 0:
            m //= f * f
            k *= f
        f += 1
    return k, m


def surd_sum(terms: dict[int, Fraction]) -> str:
    """A sympy-readable string for sum(coef * sqrt(radicand))."""
    parts = []
    for m in sorted(terms):
        c = terms[m]
        if c == 0:
            continue
        if m == 1:
            parts.append(str(c))
        elif c == 1:
            parts.append(f"sqrt({m})")
        else:
            parts.append(f"{c}*sqrt({m})")
    return " + ".join(parts) if parts else "0"


def sqrt_expr(n: int) -> str:
    k, m = surd(n)
    return surd_sum({m: Fraction(k)})


def pi_expr(r_squared: Fraction) -> str:
    return f"{r_squared}*pi"


def dist2(p: tuple[int, int], q: tuple[int, int]) -> int:
    return (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2


def shoelace2(poly: list[tuple[int, int]]) -> int:
    n = len(poly)
    return sum(poly[i][0] * poly[(i + 1) % n][1] - poly[(i + 1) % n][0] * poly[i][1]
               for i in range(n))


def orient(a: tuple[int, int], b: tuple[int, int], c: tuple[int, int]) -> int:
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def on_segment(p: tuple[int, int], a: tuple[int, int], b: tuple[int, int]) -> bool:
    return (orient(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
            and min(a[1], b[1]) <= p[1] <= max(a[1], b[1]))


def locate(p: tuple[int, int], poly: list[tuple[int, int]]) -> str:
    n = len(poly)
    if any(on_segment(p, poly[i], poly[(i + 1) % n]) for i in range(n)):
        return "boundary"
    inside = False
    for i in range(n):
        a, b = poly[i], poly[(i + 1) % n]
        if (a[1] > p[1]) != (b[1] > p[1]):
            x = a[0] + Fraction(p[1] - a[1]) * (b[0] - a[0]) / (b[1] - a[1])
            if p[0] < x:
                inside = not inside
    return "inside" if inside else "outside"


def segments_meet(a: tuple[int, int], b: tuple[int, int], c: tuple[int, int],
                  d: tuple[int, int]) -> int | None:
    """Number of common points of segments ab and cd; None when they are collinear."""
    o1, o2, o3, o4 = orient(a, b, c), orient(a, b, d), orient(c, d, a), orient(c, d, b)
    if o1 == 0 and o2 == 0:
        return None
    return 1 if o1 * o2 <= 0 and o3 * o4 <= 0 else 0


def _sqrt_ge(d: int, x: int) -> bool:
    return x <= 0 or d >= x * x


def _sqrt_le(d: int, x: int) -> bool:
    return x >= 0 and d <= x * x


def segment_circle(p: tuple[int, int], q: tuple[int, int], c: tuple[int, int],
                   r: int) -> int | None:
    """Common points of segment pq and the circle (c, r); None for tangency or a root at an
    endpoint (kept out of the corpus so that every count is clear-cut)."""
    dx, dy = q[0] - p[0], q[1] - p[1]
    fx, fy = p[0] - c[0], p[1] - c[1]
    a = dx * dx + dy * dy
    b = 2 * (fx * dx + fy * dy)
    cc = fx * fx + fy * fy - r * r
    disc = b * b - 4 * a * cc
    if disc == 0 or cc == 0 or a + b + cc == 0:
        return None
    if disc < 0:
        return 0
    count = 0
    # t = (-b + s) / 2a  and  t = (-b - s) / 2a,  s = sqrt(disc); t must lie in [0, 1]
    if _sqrt_ge(disc, b) and _sqrt_le(disc, 2 * a + b):
        count += 1
    if _sqrt_le(disc, -b) and _sqrt_ge(disc, -(2 * a + b)):
        count += 1
    return count


def circle_relation(c1: tuple[int, int], r1: int, c2: tuple[int, int], r2: int) -> str:
    d2 = dist2(c1, c2)
    if d2 > (r1 + r2) ** 2:
        return "separate"
    if d2 == (r1 + r2) ** 2:
        return "external_tangent"
    if d2 == (r1 - r2) ** 2 and d2 > 0:
        return "internal_tangent"
    if d2 < (r1 - r2) ** 2:
        return "contained"
    return "crossing" if d2 > 0 else "concentric"


OFFSETS = [(3, 4), (4, 3), (5, 0), (0, 5), (6, 8), (8, 6), (5, 12), (12, 5), (0, 7), (9, 0),
           (8, 15), (6, 0), (0, 10)]


def circle_pair(rng: random.Random, wanted: str) -> tuple[tuple[int, int], int,
                                                          tuple[int, int], int]:
    """Two circles (centre, radius) with the wanted relation; the first radius is the
    smaller one for "contained"."""
    while True:
        c1 = (rng.randint(-6, 6), rng.randint(-6, 6))
        dx, dy = rng.choice(OFFSETS)
        sx, sy = rng.choice((1, -1)), rng.choice((1, -1))
        c2 = (c1[0] + sx * dx, c1[1] + sy * dy)
        r1, r2 = rng.randint(1, 14), rng.randint(1, 14)
        if wanted == "contained" and r1 > r2:
            r1, r2 = r2, r1
        if circle_relation(c1, r1, c2, r2) == wanted:
            if wanted == "contained" and dist2(c1, c2) == 0:
                continue
            return c1, r1, c2, r2


def star_polygon(rng: random.Random, k: int) -> list[tuple[int, int]]:
    """A simple polygon: one vertex in each of k angular sectors around a centre."""
    while True:
        cx, cy = rng.randint(-3, 3), rng.randint(-3, 3)
        if k == 4:
            signs = [(1, 1), (-1, 1), (-1, -1), (1, -1)]
            poly = [(cx + sx * rng.randint(1, 7), cy + sy * rng.randint(1, 7))
                    for sx, sy in signs]
        else:  # a triangle: right, upper-left, lower-left
            poly = [(cx + rng.randint(2, 8), cy + rng.randint(-1, 1)),
                    (cx - rng.randint(1, 6), cy + rng.randint(2, 7)),
                    (cx - rng.randint(1, 6), cy - rng.randint(2, 7))]
        n = len(poly)
        if all(orient(poly[j - 1], poly[j], poly[(j + 1) % n]) > 0 for j in range(n)) or (
                k == 4 and all(orient(poly[j - 1], poly[j], poly[(j + 1) % n]) != 0
                               for j in range(n))):
            return poly


def l_shape(rng: random.Random) -> list[tuple[int, int]]:
    x0, y0 = rng.randint(-2, 2), rng.randint(-2, 2)
    w, h = rng.randint(6, 10), rng.randint(6, 10)
    w2, h1 = rng.randint(2, w - 2), rng.randint(2, h - 2)
    return [(x0, y0), (x0 + w, y0), (x0 + w, y0 + h1), (x0 + w2, y0 + h1), (x0 + w2, y0 + h),
            (x0, y0 + h)]


def point_with(rng: random.Random, poly: list[tuple[int, int]], wanted: str
               ) -> tuple[int, int]:
    xs, ys = [p[0] for p in poly], [p[1] for p in poly]
    while True:
        p = (rng.randint(min(xs) - 2, max(xs) + 2), rng.randint(min(ys) - 2, max(ys) + 2))
        if locate(p, poly) == wanted:
            return p


def pt(p: tuple[int, int], style: int = 0) -> str:
    x, y = p
    return [f"({x}, {y})", f"({x},{y})", f"（{x}，{y}）", f"({x}; {y})"][style]


def pts(poly: list[tuple[int, int]], sep: str = ", ", style: int = 0) -> str:
    return sep.join(pt(p, style) for p in poly)


def labelled(poly: list[tuple[int, int]], sep: str = ", ") -> str:
    return sep.join(f"{chr(65 + i)}{pt(p)}" for i, p in enumerate(poly))


def commas(n: int) -> str:
    return f"{n:,}"


def dec(cents: int, places: int = 2) -> str:
    """An exact decimal string for cents / 10**places."""
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), 10**places)
    return f"{sign}{whole}.{frac:0{places}d}"


def val(s: str) -> Fraction:
    s = s.replace("−", "-").replace(",", "")
    if "/" in s:
        a, b = s.split("/")
        return Fraction(int(a), int(b))
    return Fraction(s)


ORD_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth"]
ZH_DIGITS = "零一二三四五六七八九"


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def number_item(rng: random.Random, kind: str) -> str:
    if kind == "int":
        return str(rng.randint(-40, 90))
    while True:
        if kind == "dec":
            s = dec(rng.randint(-900, 2500), rng.choice((1, 2)))
            if not s.endswith("0"):
                return s
        else:
            q = rng.choice((3, 4, 5, 7, 8, 9))
            p = rng.randint(1, 3 * q)
            if math.gcd(p, q) == 1:
                return f"{p}/{q}"


def number_list(rng: random.Random, n: int) -> list[str]:
    while True:
        kinds = [rng.choice(("int", "dec", "dec", "frac")) for _ in range(n)]
        items = [number_item(rng, k) for k in kinds]
        values = [val(s) for s in items]
        if len(set(values)) == n and len(set(kinds)) >= 2:
            return items


WORDS = ["strawberry", "banana", "mississippi", "encyclopedia", "bookkeeper", "committee",
         "parallel", "occurrence", "necessary", "accommodate", "assessment", "possession",
         "tomorrow", "balloon", "raspberry", "cinnamon", "broccoli", "millennium", "embarrass",
         "successful", "coffee", "giraffe", "elephant", "kangaroo", "pineapple", "chocolate",
         "television", "umbrella", "mountain", "alphabet", "keyboard", "sandwich", "dinosaur",
         "hamburger", "watermelon", "avocado", "tomato", "potato", "caterpillar", "referee",
         "grasshopper", "peppermint", "cappuccino", "banana", "tennessee", "barrel", "sassafras",
         "bubblegum", "hippopotamus", "lollipop", "bamboo", "papaya", "intelligence",
         "programming", "independence", "unnecessary", "photograph", "restaurant", "adventure",
         "onomatopoeia", "education", "sequoia", "aeroplane", "question", "orange", "kitchen",
         "blackboard", "strength", "rhythm", "twelfth", "library", "calendar", "spaghetti"]
VOWELS = set("aeiou")


def words_without_y() -> list[str]:
    return sorted({w for w in WORDS if "y" not in w})


SENTENCES = [
    "the quick brown fox jumps over the lazy dog",
    "I left my umbrella on the train this morning",
    "she sells sea shells by the sea shore",
    "we should probably leave before the traffic gets bad",
    "my cat refuses to eat anything except tuna",
    "please remember to water the plants on Friday",
    "learning a new language takes time and patience",
    "the meeting has been moved to next Tuesday afternoon",
    "they built a tiny house at the edge of the forest",
    "can you believe how fast this year went by",
    "our team finally won the championship after ten long years",
    "every morning he walks his dog around the lake",
    "the library closes early on public holidays",
    "I would like two coffees and a slice of cake please",
    "nobody expected the small town bakery to become famous",
    "bring a warm jacket because it gets cold at night",
]

ANAGRAM_YES = [("listen", "silent"), ("evil", "vile"), ("dusty", "study"), ("night", "thing"),
               ("state", "taste"), ("heart", "earth"), ("below", "elbow"), ("cider", "cried"),
               ("angel", "glean"), ("peach", "cheap"), ("lemon", "melon"), ("inch", "chin"),
               ("secure", "rescue"), ("thorn", "north")]
ANAGRAM_NO = [("listen", "silence"), ("apple", "paper"), ("heart", "hearth"),
              ("state", "stale"), ("night", "knight"), ("lemon", "melody"), ("angle", "tangle"),
              ("secure", "seduce"), ("thorn", "throne"), ("dusty", "sturdy")]


# ==============================================================================================
# dev22
# ==============================================================================================

# arithmetic -----------------------------------------------------------------------------------


@template("dev22", "arithmetic", "en", "positive", "homework_product")
def _homework_product(rng: random.Random) -> list[Pair]:
    contexts = ["I'm checking my kid's homework.", "Double-checking a worksheet before I hand "
                "it back.", "My son says he got this right but I'm not sure.",
                "Helping my niece with her times tables tonight."]
    questions = ["What is {a} × {b}?", "what's {a} times {b}?",
                 "Can you tell me what {a} multiplied by {b} comes to?", "How much is {a} x {b}?"]
    out = []
    for i in range(4):
        a, b = rng.randint(12, 99), rng.randint(12, 99)
        q = questions[i].format(a=a, b=b)
        prompt = f"{contexts[i]} {q}" if i % 2 == 0 else f"{q} {contexts[i]}"
        out.append((prompt, num(a * b)))
    return out


@template("dev22", "arithmetic", "en", "positive", "percent_of")
def _percent_of(rng: random.Random) -> list[Pair]:
    forms = ["Quick one: what's {p}% of {n}? Just the number please.",
             "what is {p} percent of {n}",
             "Could you work out {p}% of {n} for me? No explanation needed.",
             "{p}% of {n} = ?"]
    ps = rng.sample(["15", "12.5", "35", "8", "62.5", "120", "4.5", "75", "22"], 4)
    out = []
    for i in range(4):
        n = rng.choice((40, 80, 160, 250, 360, 480, 1200, 96, 640))
        out.append((forms[i].format(p=ps[i], n=commas(n)), num(Fraction(ps[i]) * n / 100)))
    return out


@template("dev22", "arithmetic", "en", "positive", "raise_power_words")
def _raise_power_words(rng: random.Random) -> list[Pair]:
    forms = ["What do you get if you raise {a} to the power of {b}?",
             "{a} to the power of {b} — what's that equal to?",
             "Please compute {a} raised to the {bth} power.",
             "I need {a} to the power {b}, exactly, no scientific notation."]
    bases = rng.sample(range(2, 14), 4)
    out = []
    for i in range(4):
        a, b = bases[i], rng.randint(4, 9)
        out.append((forms[i].format(a=a, b=b, bth=ordinal(b)), num(a**b)))
    return out


@template("dev22", "arithmetic", "en", "positive", "total_of_list")
def _total_of_list(rng: random.Random) -> list[Pair]:
    out = []
    xs = [rng.randint(3, 150) for _ in range(5)]
    out.append((f"Add these up for me: {', '.join(map(str, xs[:-1]))} and {xs[-1]}.",
                num(sum(xs))))
    xs = [rng.randint(10, 99) for _ in range(4)]
    out.append((f"What's the total of {' + '.join(map(str, xs))}?", num(sum(xs))))
    xs = [rng.randint(5, 400) for _ in range(4)]
    lines = "\n".join(map(str, xs))
    out.append((f"Can you sum the following numbers?\n{lines}", num(sum(xs))))
    cents = [rng.randint(150, 4999) for _ in range(4)]
    shown = ", ".join(dec(c) for c in cents[:-1]) + f" and {dec(cents[-1])}"
    out.append((f"I've got receipts for {shown}. What do they add up to?",
                num(Fraction(sum(cents), 100))))
    return out


@template("dev22", "arithmetic", "en", "positive", "units_decimal")
def _units_decimal(rng: random.Random) -> list[Pair]:
    def no_zero(lo: int, hi: int) -> int:
        while True:
            x = rng.randint(lo, hi)
            if x % 10:
                return x

    out = []
    x, y = no_zero(11, 99), no_zero(101, 999)
    out.append((f"What is {dec(x, 1)} kg plus {dec(y, 2)} kg?",
                num(Fraction(x, 10) + Fraction(y, 100))))
    x, y = no_zero(500, 999), no_zero(100, 450)
    out.append((f"{dec(x, 2)} m minus {dec(y, 2)} m = ? (in metres)",
                num(Fraction(x - y, 100))))
    x, y = rng.randint(1, 40), rng.randint(1, 9)
    out.append((f"how much is {dec(x * 10 + 5, 1)} L + {dec(y * 100 + 25, 3)} L",
                num(Fraction(x * 10 + 5, 10) + Fraction(y * 100 + 25, 1000))))
    x, y = no_zero(300, 900), no_zero(10, 250)
    out.append((f"Subtract {dec(y, 1)} cm from {dec(x, 1)} cm, please.",
                num(Fraction(x - y, 10))))
    return out


@template("dev22", "arithmetic", "zh", "positive", "zh_chengyi")
def _zh_chengyi(rng: random.Random) -> list[Pair]:
    forms = ["{a}乘以{b}等于多少？", "请问{a}乘{b}是多少", "帮我算下 {a} × {b}", "{a}乘以{b}得几？"]
    out = []
    for i in range(4):
        a, b = rng.randint(13, 399), rng.randint(11, 99)
        out.append((forms[i].format(a=a, b=b), num(a * b)))
    return out


@template("dev22", "arithmetic", "zh", "positive", "zh_divide_fraction")
def _zh_divide_fraction(rng: random.Random) -> list[Pair]:
    forms = ["{a}除以{b}等于多少？用分数表示就行。", "帮我算一下{a}÷{b}，结果写成分数",
             "{a} 除以 {b} 是多少（最简分数）", "请计算{a}除以{b}，答案化成最简分数"]
    out = []
    for i in range(4):
        while True:
            a, b = rng.randint(10, 200), rng.randint(6, 48)
            if a % b:
                break
        out.append((forms[i].format(a=a, b=b), num(Fraction(a, b))))
    return out


@template("dev22", "arithmetic", "zh", "positive", "zh_percent")
def _zh_percent(rng: random.Random) -> list[Pair]:
    forms = ["{n}的{p}%是多少？", "{n}的百分之{p}等于多少", "算一下{n}乘以{p}%",
             "请问 {n} 的 {p}% 是多少，只要数字"]
    ps = rng.sample(["5", "18", "25", "30", "45", "7.5", "60", "90"], 4)
    out = []
    for i in range(4):
        n = rng.choice((60, 120, 300, 450, 800, 1500, 2400, 88))
        out.append((forms[i].format(n=n, p=ps[i]), num(Fraction(ps[i]) * n / 100)))
    return out


@template("dev22", "arithmetic", "en", "negative", "neg_currency")
def _neg_currency(rng: random.Random) -> list[Pair]:
    n = [rng.randint(20, 900) for _ in range(4)]
    return fixed([f"How much is {n[0]} US dollars in euros right now?",
                  f"Convert {n[1]} GBP to Japanese yen for me.",
                  f"What's {n[2]} Canadian dollars in USD today?",
                  f"If I exchange {n[3]} euros at the airport, how many Swiss francs do I get?"])


@template("dev22", "arithmetic", "en", "negative", "neg_clock")
def _neg_clock(rng: random.Random) -> list[Pair]:
    h = [rng.randint(7, 11) for _ in range(4)]
    k = [rng.randint(5, 9) for _ in range(4)]
    return fixed([f"It's {h[0]} o'clock now. What time will it be in {k[0]} hours?",
                  f"My shift starts at {h[1]}:00 pm and lasts {k[1]} hours, so when do I get off?",
                  f"If it's {h[2]} a.m. in London, what time is it in Tokyo?",
                  f"My alarm is set for {h[3]}:30 and I always hit snooze {k[3]} times. "
                  "When do I actually get up?"])


@template("dev22", "arithmetic", "zh", "negative", "zh_neg_money_advice")
def _zh_neg_money_advice(rng: random.Random) -> list[Pair]:
    n = [rng.randint(5, 30) * 1000 for _ in range(4)]
    return fixed([f"我月薪{n[0]}元，每个月应该存多少钱比较合适？",
                  f"年终奖{n[1]}块，拿去提前还房贷还是买理财好？",
                  f"我有{n[2] // 1000}万存款，现在买房合适吗？",
                  f"每个月花{n[3] // 10}元在外卖上算多吗？"])


# comparison -----------------------------------------------------------------------------------


@template("dev22", "comparison", "en", "positive", "bigger_decimal")
def _bigger_decimal(rng: random.Random) -> list[Pair]:
    forms = ["Which is bigger, {a} or {b}?", "{a} or {b}: which one's larger?",
             "Settle a bet for us. Which number is bigger, {a} or {b}?",
             "Which number is greater: {a} vs {b}?"]
    out = []
    for i in range(4):
        while True:
            k = rng.randint(1, 20)
            a = f"{k}.{rng.randint(10, 99)}"
            b = f"{k}.{rng.randint(1, 9)}"
            if val(a) != val(b):
                break
        if rng.random() < 0.5:
            a, b = b, a
        out.append((forms[i].format(a=a, b=b), choice(a if val(a) > val(b) else b)))
    return out


@template("dev22", "comparison", "en", "positive", "greater_true_false")
def _greater_true_false(rng: random.Random) -> list[Pair]:
    forms = ["Is {a} greater than {b}?", "Quick sanity check: is {a} > {b}?",
             "is {a} bigger than {b}? yes or no", "True or false: {a} is larger than {b}."]
    out = []
    wants = [True, False, True, False]
    rng.shuffle(wants)
    for i in range(4):
        while True:
            a, b = rng.randint(-60, 15), rng.randint(-60, 15)
            if i % 2:
                a, b = -abs(a) - 1, -abs(b) - 1
            if a != b and (a > b) == wants[i]:
                break
        out.append((forms[i].format(a=a, b=b), yes_no(a > b)))
    return out


@template("dev22", "comparison", "en", "positive", "sort_ascending")
def _sort_ascending(rng: random.Random) -> list[Pair]:
    out = []
    seps = [", ", " ", "; ", "\n"]
    forms = ["Sort these from smallest to largest: {L}", "Can you put {L} in ascending order?",
             "Arrange in increasing order, please: {L}", "Order these numbers low to high:\n{L}"]
    for i in range(4):
        items = number_list(rng, rng.randint(4, 6))
        shown = seps[i].join(items)
        want = sorted(items, key=val)
        out.append((forms[i].format(L=shown), listing(want, "number", True, "asc")))
    return out


@template("dev22", "comparison", "en", "positive", "smaller_fraction")
def _smaller_fraction(rng: random.Random) -> list[Pair]:
    forms = ["Which is smaller: {a} or {b}?", "Which fraction is less, {a} or {b}?",
             "Between {a} and {b}, which is the smaller one?", "{a} vs {b}, which is smaller?"]
    out = []
    for i in range(4):
        while True:
            q1, q2 = rng.randint(3, 16), rng.randint(3, 16)
            a, b = f"{rng.randint(1, q1 - 1)}/{q1}", f"{rng.randint(1, q2 - 1)}/{q2}"
            if (q1 != q2 and val(a) != val(b) and val(a).denominator == q1
                    and val(b).denominator == q2):
                break
        out.append((forms[i].format(a=a, b=b), choice(a if val(a) < val(b) else b)))
    return out


@template("dev22", "comparison", "en", "positive", "largest_of_several")
def _largest_of_several(rng: random.Random) -> list[Pair]:
    forms = ["Which of these is the largest: {L}?", "Out of {L}, which number is biggest?",
             "Find the maximum of {L}.", "Of the numbers {L}, which one is the greatest?"]
    tails = ["05", "5", "005", "055", "45", "505", "5005", "4"]
    out = []
    for i in range(4):
        k = rng.randint(0, 30)
        items = [f"{k}.{t}" for t in rng.sample(tails, rng.randint(4, 5))]
        if i == 3:
            items = [f"-{s}" for s in items]
        if len({val(s) for s in items}) < len(items):
            raise AssertionError(items)
        shown = ", ".join(items[:-1]) + f" and {items[-1]}" if i == 1 else ", ".join(items)
        out.append((forms[i].format(L=shown), choice(max(items, key=val))))
    return out


@template("dev22", "comparison", "zh", "positive", "zh_which_bigger")
def _zh_which_bigger(rng: random.Random) -> list[Pair]:
    forms = ["{a}和{b}哪个大？", "{a}跟{b}比，哪个更大", "请问{a}与{b}哪个数大一些？",
             "{a}、{b}，哪个比较大？"]
    out = []
    for i in range(4):
        while True:
            kinds = [("dec", "dec"), ("frac", "frac"), ("int", "dec"), ("frac", "dec")][i]
            a, b = number_item(rng, kinds[0]), number_item(rng, kinds[1])
            if val(a) != val(b):
                break
        out.append((forms[i].format(a=a, b=b), choice(a if val(a) > val(b) else b)))
    return out


@template("dev22", "comparison", "zh", "positive", "zh_sort_descending")
def _zh_sort_descending(rng: random.Random) -> list[Pair]:
    forms = ["把这些数从大到小排列：{L}", "请将下列数字按从大到小的顺序排列：{L}",
             "{L} 从大到小排一下", "帮我把{L}降序排列"]
    seps = ["、", "，", " ", "、"]
    out = []
    for i in range(4):
        items = number_list(rng, rng.randint(4, 6))
        want = sorted(items, key=val, reverse=True)
        out.append((forms[i].format(L=seps[i].join(items)),
                    listing(want, "number", True, "desc")))
    return out


@template("dev22", "comparison", "en", "negative", "neg_version_numbers")
def _neg_version_numbers(rng: random.Random) -> list[Pair]:
    a, b = rng.randint(10, 13), rng.randint(6, 9)
    return fixed([f"Is Python 3.{a} newer than 3.{b}?",
                  f"Which came out later, iOS 16.{a} or iOS 16.{b}?",
                  f"Is Node {a + 8}.{a} more recent than {a + 8}.{b}?",
                  f"My app is on version 2.{a} and the store shows 2.{b}. Do I need to update?"])


@template("dev22", "comparison", "en", "negative", "neg_scales")
def _neg_scales(rng: random.Random) -> list[Pair]:
    m = rng.randint(2, 4)
    db = rng.randint(3, 5) * 10
    return fixed([f"Is a magnitude {2 * m}.0 earthquake twice as strong as a {m}.0?",
                  f"Is {2 * db} dB twice as loud as {db} dB?",
                  "Is SPF 50 sunscreen twice as protective as SPF 25?",
                  f"Is a pH of {m} twice as acidic as a pH of {2 * m}?"])


@template("dev22", "comparison", "zh", "negative", "zh_neg_trivia_compare")
def _zh_neg_trivia_compare(rng: random.Random) -> list[Pair]:
    return fixed(["北京和上海哪个人口多？", "长江和黄河哪个更长？", "珠穆朗玛峰和K2哪个高？",
                  "中国和美国哪个面积大？"])


# number theory --------------------------------------------------------------------------------


def prime_or_semiprime(rng: random.Random, want_prime: bool, lo: int, hi: int) -> int:
    while True:
        if want_prime:
            n = rng.randint(lo, hi)
            if is_prime(n):
                return n
        else:
            p = rng.choice([7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43])
            q = rng.choice([11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53])
            if lo <= p * q <= hi:
                return p * q


@template("dev22", "number_theory", "en", "positive", "is_it_prime")
def _is_it_prime(rng: random.Random) -> list[Pair]:
    forms = ["Is {n} prime?", "Quick question: is {n} a prime number?",
             "Can you tell me whether {n} is prime? A yes or no is enough.", "{n}: prime or not?"]
    wants = [True, True, False, False]
    rng.shuffle(wants)
    out = []
    for i in range(4):
        n = prime_or_semiprime(rng, wants[i], 100, 2000)
        out.append((forms[i].format(n=n), yes_no(is_prime(n))))
    return out


def composite_with_powers(rng: random.Random, limit: int = 100000) -> int:
    while True:
        ps = rng.sample([2, 3, 5, 7, 11, 13, 17], rng.randint(2, 4))
        n = 1
        for p in ps:
            n *= p ** rng.randint(1, 3)
        if 60 <= n <= limit and any(e > 1 for _, e in factorize(n)):
            return n


@template("dev22", "number_theory", "en", "positive", "prime_factorization")
def _prime_factorization(rng: random.Random) -> list[Pair]:
    forms = ["Give me the prime factorization of {n}.", "What is {n} as a product of primes?",
             "Factor {n} into primes, please.", "prime factors of {n} with exponents?"]
    out = []
    for i in range(4):
        n = composite_with_powers(rng)
        out.append((forms[i].format(n=n), factorization(n)))
    return out


@template("dev22", "number_theory", "en", "positive", "gcd_plain")
def _gcd_plain(rng: random.Random) -> list[Pair]:
    forms = ["What's the gcd of {a} and {b}?", "Find the greatest common divisor of {a} and {b}.",
             "What's the biggest number that divides both {a} and {b}?", "HCF of {a} and {b}?"]
    out = []
    for i in range(4):
        g = rng.randint(4, 40)
        a, b = g * rng.randint(2, 30), g * rng.randint(2, 30)
        if a == b:
            b += g
        out.append((forms[i].format(a=a, b=b), num(math.gcd(a, b))))
    return out


@template("dev22", "number_theory", "en", "positive", "largest_prime_factor")
def _largest_prime_factor(rng: random.Random) -> list[Pair]:
    forms = ["What's the largest prime factor of {n}?",
             "Of all the prime factors of {n}, which is the biggest?",
             "Find the greatest prime that divides {n}.", "largest prime factor of {n} pls"]
    out = []
    for i in range(4):
        big = rng.choice([p for p in range(17, 300) if is_prime(p)])
        n = big * rng.choice([6, 10, 12, 14, 15, 21, 22, 26, 35, 45, 49, 77])
        out.append((forms[i].format(n=commas(n) if i == 2 else n), num(factorize(n)[-1][0])))
    return out


@template("dev22", "number_theory", "en", "positive", "happy_numbers_range")
def _happy_numbers_range(rng: random.Random) -> list[Pair]:
    forms = ["Which numbers between {a} and {b} are happy numbers?",
             "List the happy numbers from {a} to {b}.",
             "Can you find all the happy numbers in the range {a} to {b}?",
             "I'm learning about happy numbers. Which ones are there between {a} and {b}?"]
    out = []
    used = set()
    for i in range(4):
        while True:
            a = rng.randint(1, 90)
            b = a + rng.randint(12, 30)
            hs = [n for n in range(a, b + 1) if is_happy(n)]
            if not is_happy(a) and not is_happy(b) and hs and a not in used:
                used.add(a)
                break
        out.append((forms[i].format(a=a, b=b), listing([str(h) for h in hs], "number", False)))
    return out


@template("dev22", "number_theory", "zh", "positive", "zh_is_prime")
def _zh_is_prime(rng: random.Random) -> list[Pair]:
    forms = ["{n}是质数吗？", "{n}是不是素数", "请问{n}是素数吗？", "判断一下{n}是不是质数"]
    wants = [True, False, True, False]
    rng.shuffle(wants)
    out = []
    for i in range(4):
        n = prime_or_semiprime(rng, wants[i], 90, 1500)
        out.append((forms[i].format(n=n), yes_no(is_prime(n))))
    return out


@template("dev22", "number_theory", "zh", "positive", "zh_lcm")
def _zh_lcm(rng: random.Random) -> list[Pair]:
    forms = ["{a}和{b}的最小公倍数是多少？", "求{a}与{b}的最小公倍数", "{a}、{b}的最小公倍数",
             "请算出{a}和{b}的最小公倍数"]
    out = []
    for i in range(4):
        a, b = rng.randint(6, 60), rng.randint(6, 60)
        if a == b:
            b += 1
        out.append((forms[i].format(a=a, b=b), num(math.lcm(a, b))))
    return out


@template("dev22", "number_theory", "zh", "positive", "zh_digit_sum")
def _zh_digit_sum(rng: random.Random) -> list[Pair]:
    forms = ["{n}的各位数字之和是多少？", "把{n}的每一位数字加起来等于多少",
             "求{n}各个数位上的数字之和", "{n}的数字和是多少"]
    out = []
    for i in range(4):
        n = rng.randint(10**5, 10**9)
        out.append((forms[i].format(n=n), num(sum(int(d) for d in str(n)))))
    return out


@template("dev22", "number_theory", "en", "negative", "neg_prime_brand")
def _neg_prime_brand(rng: random.Random) -> list[Pair]:
    n = [rng.randint(10**6, 10**7) for _ in range(3)]
    return fixed([f"Is order #{n[0]} eligible for Prime shipping?",
                  f"My Amazon order {n[1]} still hasn't arrived. Was it a Prime order?",
                  f"Can I return item {n[2]} for free with Prime?",
                  f"Does Prime Video have season {rng.randint(3, 9)} of The Office?"])


@template("dev22", "number_theory", "en", "negative", "neg_nt_concepts")
def _neg_nt_concepts(rng: random.Random) -> list[Pair]:
    return fixed(["Why is 1 not considered a prime number?",
                  "Why are there infinitely many primes? Explain like I'm 10.",
                  "Who first proved the fundamental theorem of arithmetic?",
                  "What's the point of learning greatest common divisors in real life?"])


@template("dev22", "number_theory", "zh", "negative", "zh_neg_lucky_numbers")
def _zh_neg_lucky_numbers(rng: random.Random) -> list[Pair]:
    tail = rng.randint(1000, 9999)
    return fixed(["8在中国文化里为什么是吉利数字？", "为什么很多楼没有4层？",
                  f"手机号尾号{tail}好不好？", f"车牌号里有{rng.randint(2, 4)}个8是不是很值钱？"])


# counting -------------------------------------------------------------------------------------


def repeated_letter(rng: random.Random, word: str) -> str:
    letters = sorted({c for c in word if word.count(c) >= 2})
    return rng.choice(letters) if letters else rng.choice(sorted(set(word)))


@template("dev22", "counting", "en", "positive", "letter_occurrences")
def _letter_occurrences(rng: random.Random) -> list[Pair]:
    forms = ["How many {L}'s are in {w}?", "How many times does the letter {L} appear in \"{w}\"?",
             "count the letter {L} in {w}", "In the word '{w}', how many {L}'s are there?"]
    out = []
    for i, w in enumerate(rng.sample(sorted(set(WORDS)), 4)):
        letter = repeated_letter(rng, w)
        out.append((forms[i].format(L=letter, w=w), num(w.count(letter))))
    return out


@template("dev22", "counting", "en", "positive", "sentence_word_count")
def _sentence_word_count(rng: random.Random) -> list[Pair]:
    forms = ["How many words are in this sentence: \"{s}\"?", "Count the words: {s}",
             "\"{s}\" has how many words?", "Word count for the following, please. {s}"]
    out = []
    for i, s in enumerate(rng.sample(SENTENCES, 4)):
        out.append((forms[i].format(s=s), num(len(s.split()))))
    return out


@template("dev22", "counting", "en", "positive", "nth_letter")
def _nth_letter(rng: random.Random) -> list[Pair]:
    out = []
    for i, w in enumerate(rng.sample(sorted(set(WORDS)), 4)):
        n = rng.randint(2, min(len(w), 9))
        prompt = [f"What's the {ORD_WORDS[n - 1]} letter of \"{w}\"?",
                  f"In the word {w}, which letter is in position {n}?",
                  f"Tell me the {ordinal(n)} letter in '{w}'.",
                  f"{w}: what is letter number {n}?"][i]
        out.append((prompt, text(w[n - 1])))
    return out


@template("dev22", "counting", "en", "positive", "anagram_check")
def _anagram_check(rng: random.Random) -> list[Pair]:
    forms = ["Are \"{a}\" and \"{b}\" anagrams?", "Is {a} an anagram of {b}?",
             "Can the letters of '{a}' be rearranged to spell '{b}'?",
             "anagram check: {a} / {b}"]
    pairs = rng.sample(ANAGRAM_YES, 2) + rng.sample(ANAGRAM_NO, 2)
    rng.shuffle(pairs)
    return [(forms[i].format(a=a, b=b), yes_no(sorted(a) == sorted(b)))
            for i, (a, b) in enumerate(pairs)]


@template("dev22", "counting", "en", "positive", "alphabetize")
def _alphabetize(rng: random.Random) -> list[Pair]:
    forms = ["Put these words in alphabetical order: {W}", "Alphabetize: {W}",
             "Can you sort {W} alphabetically?", "Sort these A to Z.\n{W}"]
    seps = [", ", ", ", ", ", "\n"]
    out = []
    for i in range(4):
        ws = rng.sample(sorted(set(WORDS)), rng.randint(4, 6))
        shown = seps[i].join(ws)
        if i == 2:
            shown = ", ".join(ws[:-1]) + f" and {ws[-1]}"
        out.append((forms[i].format(W=shown), listing(sorted(ws), "text", True)))
    return out


@template("dev22", "counting", "zh", "positive", "zh_letter_count_in_word")
def _zh_letter_count_in_word(rng: random.Random) -> list[Pair]:
    forms = ["{w}里面有多少个字母{L}？", "单词{w}中有几个{L}？", "“{w}”这个词里字母{L}出现了几次",
             "{w} 有几个 {L}"]
    out = []
    for i, w in enumerate(rng.sample(sorted(set(WORDS)), 4)):
        letter = repeated_letter(rng, w)
        out.append((forms[i].format(w=w, L=letter), num(w.count(letter))))
    return out


@template("dev22", "counting", "zh", "positive", "zh_reverse_word")
def _zh_reverse_word(rng: random.Random) -> list[Pair]:
    forms = ["把{w}倒过来写是什么？", "{w}反过来拼是什么", "请把单词“{w}”倒序写出来",
             "{w}倒着写是啥"]
    return [(forms[i].format(w=w), text(w[::-1]))
            for i, w in enumerate(rng.sample(sorted(set(WORDS)), 4))]


@template("dev22", "counting", "en", "negative", "neg_world_counts")
def _neg_world_counts(rng: random.Random) -> list[Pair]:
    return fixed(["How many moons does Jupiter have?",
                  "How many letters are in the Hawaiian alphabet?",
                  "How many bones are in the human hand?",
                  "How many keys are on a standard piano?"])


@template("dev22", "counting", "en", "negative", "neg_word_knowledge")
def _neg_word_knowledge(rng: random.Random) -> list[Pair]:
    ws = rng.sample(["strawberry", "banana", "chocolate", "umbrella", "avocado", "elephant"], 4)
    return fixed([f"How many syllables are in \"{ws[0]}\"?",
                  f"How do you pronounce '{ws[1]}' in British English?",
                  f"What rhymes with {ws[2]}?",
                  f"Where does the word '{ws[3]}' come from?"])


@template("dev22", "counting", "zh", "negative", "zh_neg_hanzi")
def _zh_neg_hanzi(rng: random.Random) -> list[Pair]:
    return fixed(["汉字“龍”有多少笔画？", "“鬱”字怎么读？", "“赢”这个字是什么意思",
                  "“警”的部首是什么？"])


# geometry -------------------------------------------------------------------------------------


@template("dev22", "geometry", "en", "positive", "circles_intersect")
def _circles_intersect(rng: random.Random) -> list[Pair]:
    forms = ["Circle A has center {c1} and radius {r1}; circle B has center {c2} and radius "
             "{r2}. Do they intersect?",
             "Do the circles centered at {c1} with radius {r1} and at {c2} with radius {r2} "
             "intersect?",
             "Two circles: one at {c1} with r = {r1}, the other at {c2} with r = {r2}. Do they "
             "cross each other?",
             "Does a circle of radius {r1} around {c1} intersect a circle of radius {r2} around "
             "{c2}?"]
    wants = ["crossing", "crossing", "separate", "separate"]
    rng.shuffle(wants)
    out = []
    for i in range(4):
        c1, r1, c2, r2 = circle_pair(rng, wants[i])
        rel = circle_relation(c1, r1, c2, r2)
        out.append((forms[i].format(c1=pt(c1, i % 2), r1=r1, c2=pt(c2, i % 2), r2=r2),
                    yes_no(rel == "crossing")))
    return out


@template("dev22", "geometry", "en", "positive", "point_polygon_three_way")
def _point_polygon_three_way(rng: random.Random) -> list[Pair]:
    wants = ["inside", "outside", "boundary", rng.choice(["inside", "outside"])]
    rng.shuffle(wants)
    out = []
    for i in range(4):
        poly = [star_polygon(rng, 4), l_shape(rng), star_polygon(rng, 3), l_shape(rng)][i]
        p = point_with(rng, poly, wants[i])
        prompt = [f"Is the point {pt(p)} inside, outside, or on the boundary of the polygon "
                  f"with vertices {pts(poly)}?",
                  f"Polygon: {pts(poly, ' ', 1)}. Point: {pt(p, 1)}. Inside, outside or on an "
                  "edge?",
                  f"Where does {pt(p)} lie relative to the triangle {pts(poly)}: inside, "
                  "outside, or on the boundary?",
                  f"For the shape with corners {labelled(poly)} (in that order), is the point "
                  f"P{pt(p)} inside it, outside it, or on its border?"][i]
        out.append((prompt, relation(locate(p, poly))))
    return out


@template("dev22", "geometry", "en", "positive", "polygon_area")
def _polygon_area(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        poly = [star_polygon(rng, 4), l_shape(rng), star_polygon(rng, 4), star_polygon(rng, 4)][i]
        if i == 3:
            poly = poly[::-1]
        area = Fraction(abs(shoelace2(poly)), 2)
        prompt = [f"Find the area of the polygon with vertices {pts(poly)}.",
                  f"What's the area enclosed by {pts(poly, ' -> ')}?",
                  f"Compute the area of the quadrilateral {labelled(poly)}.",
                  f"A plot of land has corners at {pts(poly, '; ', 1)} (units are metres). What "
                  "is its area?"][i]
        out.append((prompt, num(area)))
    return out


@template("dev22", "geometry", "en", "positive", "two_point_distance")
def _two_point_distance(rng: random.Random) -> list[Pair]:
    forms = ["How far apart are the points {a} and {b}?",
             "What's the distance between {a} and {b}?",
             "Distance from A{a} to B{b}?",
             "Find the straight-line distance between {a} and {b}."]
    out = []
    for i in range(4):
        while True:
            a = (rng.randint(-9, 9), rng.randint(-9, 9))
            if i % 2 == 0:
                dx, dy = rng.choice(OFFSETS)
                b = (a[0] + dx, a[1] - dy)
            else:
                b = (rng.randint(-9, 9), rng.randint(-9, 9))
            if a != b:
                break
        out.append((forms[i].format(a=pt(a, i % 2), b=pt(b, i % 2)), real(sqrt_expr(dist2(a, b)))))
    return out


@template("dev22", "geometry", "en", "positive", "circle_area")
def _circle_area(rng: random.Random) -> list[Pair]:
    out = []
    r1, r3, r4 = rng.sample(range(2, 16), 3)
    d = rng.choice([5, 7, 9, 11, 14, 18, 22])
    out.append((f"What's the area of a circle with radius {r1}?", real(pi_expr(Fraction(r1**2)))))
    out.append((f"A circle has a diameter of {d} cm. What is its area?",
                real(pi_expr(Fraction(d * d, 4)))))
    out.append((f"Area of a circle, radius {r3} m?", real(pi_expr(Fraction(r3**2)))))
    out.append((f"Find the area of a circle whose radius is {r4}. Leave it in terms of pi.",
                real(pi_expr(Fraction(r4**2)))))
    return out


@template("dev22", "geometry", "en", "positive", "segment_circle_points")
def _segment_circle_points(rng: random.Random) -> list[Pair]:
    wants = [0, 1, 2, rng.choice([0, 2])]
    rng.shuffle(wants)
    out = []
    for i in range(4):
        while True:
            c = (rng.randint(-3, 3), rng.randint(-3, 3)) if i != 1 else (0, 0)
            r = rng.randint(2, 7)
            p = (rng.randint(-10, 10), rng.randint(-10, 10))
            q = (rng.randint(-10, 10), rng.randint(-10, 10))
            if p != q and segment_circle(p, q, c, r) == wants[i]:
                break
        prompt = [f"How many points does the segment from {pt(p)} to {pt(q)} share with the "
                  f"circle centered at {pt(c)} with radius {r}?",
                  f"How many intersection points are there between the line segment "
                  f"{pt(p, 1)}-{pt(q, 1)} and the circle x^2 + y^2 = {r * r}?",
                  f"Count the intersection points of segment AB, A = {pt(p)}, B = {pt(q)}, "
                  f"with the circle of radius {r} whose center is {pt(c)}.",
                  f"In how many points does the segment joining {pt(p)} and {pt(q)} meet the "
                  f"circle with center {pt(c)} and radius {r}?"][i]
        out.append((prompt, num(segment_circle(p, q, c, r) or 0)))
    return out


@template("dev22", "geometry", "zh", "positive", "zh_circles_tangent")
def _zh_circles_tangent(rng: random.Random) -> list[Pair]:
    forms = ["圆心在{c1}、半径为{r1}的圆和圆心在{c2}、半径为{r2}的圆相切吗？",
             "两个圆：圆A圆心{c1}半径{r1}，圆B圆心{c2}半径{r2}，它们相切吗？",
             "以{c1}为圆心、{r1}为半径的圆与以{c2}为圆心、{r2}为半径的圆是否相切？",
             "圆{c1}, r={r1} 和圆{c2}, r={r2} 是相切的吗"]
    wants = ["external_tangent", "internal_tangent", "crossing", "separate"]
    rng.shuffle(wants)
    out = []
    for i in range(4):
        c1, r1, c2, r2 = circle_pair(rng, wants[i])
        rel = circle_relation(c1, r1, c2, r2)
        style = 2 if i in (0, 2) else 0
        out.append((forms[i].format(c1=pt(c1, style), r1=r1, c2=pt(c2, style), r2=r2),
                    yes_no(rel.endswith("tangent"))))
    return out


@template("dev22", "geometry", "zh", "positive", "zh_triangle_area_coords")
def _zh_triangle_area_coords(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        while True:
            tri = [(rng.randint(-8, 8), rng.randint(-8, 8)) for _ in range(3)]
            if orient(*tri) != 0:
                break
        area = Fraction(abs(orient(*tri)), 2)
        a, b, c = (pt(v, 2 if i % 2 else 0) for v in tri)
        prompt = [f"顶点为{a}、{b}、{c}的三角形面积是多少？",
                  f"求以A{a}，B{b}，C{c}为顶点的三角形的面积",
                  f"三角形三个顶点坐标分别是{a}，{b}，{c}，面积是多少",
                  f"已知三角形的顶点{a}、{b}、{c}，它的面积等于多少？"][i]
        out.append((prompt, num(area)))
    return out


@template("dev22", "geometry", "zh", "positive", "zh_circle_area")
def _zh_circle_area(rng: random.Random) -> list[Pair]:
    r1, r3, r4 = rng.sample(range(2, 13), 3)
    d = rng.choice([3, 5, 8, 10, 13, 16])
    return [(f"半径为{r1}的圆面积是多少？", real(pi_expr(Fraction(r1**2)))),
            (f"一个圆的直径是{d}厘米，面积是多少？", real(pi_expr(Fraction(d * d, 4)))),
            (f"求半径{r3}米的圆的面积（用π表示）", real(pi_expr(Fraction(r3**2)))),
            (f"圆的半径是{r4}，面积等于多少", real(pi_expr(Fraction(r4**2))))]


@template("dev22", "geometry", "en", "negative", "neg_grid_distance")
def _neg_grid_distance(rng: random.Random) -> list[Pair]:
    a = [(rng.randint(0, 9), rng.randint(0, 9)) for _ in range(4)]
    b = [(rng.randint(0, 9), rng.randint(0, 9)) for _ in range(4)]
    return fixed([f"What's the Manhattan distance between {pt(a[0])} and {pt(b[0])}?",
                  f"On a city grid where you can only walk along the streets, how many blocks is "
                  f"it from {pt(a[1])} to {pt(b[1])}?",
                  f"What's the taxicab distance from {pt(a[2])} to {pt(b[2])}?",
                  f"A chess king stands on square {pt(a[3])}. How many moves does it need to "
                  f"reach {pt(b[3])}?"])


@template("dev22", "geometry", "en", "negative", "neg_real_world_distance")
def _neg_real_world_distance(rng: random.Random) -> list[Pair]:
    return fixed(["How far is it from New York to Boston?",
                  "What's the distance between the Earth and the Moon?",
                  "How many miles is it from London to Paris by train?",
                  "What's the area of Texas in square miles?"])


@template("dev22", "geometry", "zh", "negative", "zh_neg_world_sizes")
def _zh_neg_world_sizes(rng: random.Random) -> list[Pair]:
    return fixed(["地球的半径是多少？", "月球的表面积有多大？", "足球场的面积一般是多少平方米？",
                  "一个标准篮球的直径是多少？"])


# ==============================================================================================
# heldout22
# ==============================================================================================

# arithmetic -----------------------------------------------------------------------------------


@template("heldout22", "arithmetic", "en", "positive", "big_subtraction")
def _big_subtraction(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        a = rng.randint(100_000, 9_000_000)
        b = rng.randint(10_000, a - 1)
        sa, sb = commas(a), commas(b)
        prompt = [f"How much is {sa} minus {sb}?",
                  f"{sa} − {sb} = ? I keep getting a different number than my spreadsheet.",
                  f"Subtract {sb} from {sa}.",
                  f"Our annual budget was {sa} and we've spent {sb}. What's {sa} - {sb}?"][i]
        out.append((prompt, num(a - b)))
    return out


@template("heldout22", "arithmetic", "en", "positive", "factorial_value")
def _factorial_value(rng: random.Random) -> list[Pair]:
    forms = ["What's {n} factorial?", "Compute {n}! please, just the number.",
             "what does {n}! equal", "Can you work out the factorial of {n}?"]
    ns = rng.sample(range(6, 16), 4)
    return [(forms[i].format(n=n), num(math.factorial(n))) for i, n in enumerate(ns)]


@template("heldout22", "arithmetic", "en", "positive", "square_root_exact")
def _square_root_exact(rng: random.Random) -> list[Pair]:
    forms = ["What's the square root of {s}?", "√{s} = ?", "Find the square root of {s} for me.",
             "square root of {s}?? need it for a worksheet"]
    ks = rng.sample(range(13, 120), 4)
    return [(forms[i].format(s=commas(k * k)), num(k)) for i, k in enumerate(ks)]


@template("heldout22", "arithmetic", "en", "positive", "remainder_mod")
def _remainder_mod(rng: random.Random) -> list[Pair]:
    forms = ["What's the remainder when {a} is divided by {b}?", "{a} mod {b} = ?",
             "Divide {a} by {b}. What's the remainder?", "Find {a} modulo {b}."]
    out = []
    for i in range(4):
        a, b = rng.randint(200, 99999), rng.randint(7, 97)
        out.append((forms[i].format(a=a, b=b), num(a % b)))
    return out


@template("heldout22", "arithmetic", "en", "positive", "bracket_expression")
def _bracket_expression(rng: random.Random) -> list[Pair]:
    out = []
    a, b, c, d, e = (rng.randint(2, 20) for _ in range(5))
    out.append((f"Evaluate ({a} + {b}) × {c} − {d} ÷ {e}.",
                num((a + b) * c - Fraction(d, e))))
    a, b, c, d = (rng.randint(2, 30) for _ in range(4))
    out.append((f"What does {a} × ({b} − {c}) + {d} come out to?", num(a * (b - c) + d)))
    a, b, c, d = (rng.randint(2, 40) for _ in range(4))
    out.append((f"Can you simplify this: ({a} − {b}) ÷ ({c} + {d})",
                num(Fraction(a - b, c + d))))
    a, b, c, d = (rng.randint(2, 15) for _ in range(4))
    out.append((f"{a} · ({b} + {c}) − {d}^2, what's the exact value?",
                num(a * (b + c) - d**2)))
    return out


@template("heldout22", "arithmetic", "zh", "positive", "zh_power")
def _zh_power(rng: random.Random) -> list[Pair]:
    forms = ["{a}的{b}次方是多少？", "{a}的{b}次方等于多少", "请算出{a}的{b}次幂",
             "{a}^{b}等于几？"]
    out = []
    for i in range(4):
        a, b = rng.randint(2, 15), rng.randint(3, 8)
        out.append((forms[i].format(a=a, b=b), num(a**b)))
    return out


@template("heldout22", "arithmetic", "zh", "positive", "zh_add_subtract")
def _zh_add_subtract(rng: random.Random) -> list[Pair]:
    forms = ["{a}加{b}减{c}等于多少？", "请问 {a} 加上 {b} 再减去 {c} 是多少",
             "口算题：{a}+{b}-{c}=？", "帮忙算一下：{a}减{c}加{b}"]
    out = []
    for i in range(4):
        a, b, c = rng.randint(100, 5000), rng.randint(10, 900), rng.randint(10, 3000)
        out.append((forms[i].format(a=a, b=b, c=c), num(a + b - c)))
    return out


@template("heldout22", "arithmetic", "en", "negative", "neg_tax_and_tips")
def _neg_tax_and_tips(rng: random.Random) -> list[Pair]:
    p = [rng.randint(20, 300) for _ in range(4)]
    return fixed([f"What's the total for a ${p[0]} jacket after sales tax in Chicago?",
                  f"How much should I tip on a ${p[1]} dinner in Japan?",
                  f"What will a ${p[2] * 10} TV cost me after Washington state sales tax?",
                  f"I earn ${p[3]}k a year in New York. What's my take-home pay after taxes?"])


@template("heldout22", "arithmetic", "en", "negative", "neg_arith_code_explain")
def _neg_arith_code_explain(rng: random.Random) -> list[Pair]:
    a, b = rng.randint(2, 99), rng.randint(2, 99)
    return fixed([f"Write a Python function that returns {a} + {b}.",
                  f"Explain why {a} divided by 0 is undefined.",
                  f"How do I stop Excel from turning {a}/{b} into a date?",
                  f"What's the JavaScript for rounding {a}.{b}{a} to two decimals?"])


@template("heldout22", "arithmetic", "zh", "negative", "zh_neg_time_exchange")
def _zh_neg_time_exchange(rng: random.Random) -> list[Pair]:
    h1, h2 = rng.randint(7, 11), rng.randint(6, 10)
    n1, n2 = rng.randint(20, 90) * 100, rng.randint(2, 50) * 100
    return fixed([f"现在是北京时间晚上{h1}点，纽约现在几点？", f"{n1}日元能换多少人民币？",
                  f"北京时间早上{h2}点，伦敦是几点？", f"{n2}港币等于多少美元？"])


# comparison -----------------------------------------------------------------------------------


@template("heldout22", "comparison", "en", "positive", "sort_descending")
def _sort_descending(rng: random.Random) -> list[Pair]:
    forms = ["Put {L} in descending order.", "Rank these from highest to lowest: {L}",
             "Sort largest first: {L}", "Could you order {L} from biggest to smallest?"]
    out = []
    for i in range(4):
        items = number_list(rng, rng.randint(4, 6))
        shown = ", ".join(items[:-1]) + f" and {items[-1]}" if i in (0, 3) else ", ".join(items)
        if i == 2:
            shown = " | ".join(items)
        want = sorted(items, key=val, reverse=True)
        out.append((forms[i].format(L=shown), listing(want, "number", True, "desc")))
    return out


@template("heldout22", "comparison", "en", "positive", "fraction_vs_decimal")
def _fraction_vs_decimal(rng: random.Random) -> list[Pair]:
    forms = ["Between {f} and {d}, which one is greater?", "Is {f} or {d} bigger?",
             "Which is larger: {d} or {f}?", "I need the bigger of {f} and {d}."]
    out = []
    seen = set()
    for i in range(4):
        while True:
            q = rng.choice((3, 6, 7, 9, 11, 12))
            p = rng.randint(1, q - 1)
            f = f"{p}/{q}"
            cents = round(Fraction(p, q) * 100) + rng.choice((-1, 0, 1))
            d = dec(cents)
            if val(d) != val(f) and math.gcd(p, q) == 1 and cents % 10 and f not in seen:
                seen.add(f)
                break
        out.append((forms[i].format(f=f, d=d), choice(f if val(f) > val(d) else d)))
    return out


@template("heldout22", "comparison", "en", "positive", "is_less_than")
def _is_less_than(rng: random.Random) -> list[Pair]:
    forms = ["Is {a} less than {b}?", "Is {a} smaller than {b}? Just yes or no.",
             "Can you confirm whether {a} is less than {b}?",
             "My calculator's broken. Is {a} less than {b}?"]
    out = []
    for i in range(4):
        q = rng.choice((3, 6, 7, 9))
        p = rng.choice([x for x in range(1, q) if math.gcd(x, q) == 1])
        exact = Fraction(p, q)
        milli = math.floor(exact * 1000) + rng.choice((0, 1))
        a, b = dec(milli, 3), f"{p}/{q}"
        if i % 2:
            a, b = b, a
        out.append((forms[i].format(a=a, b=b), yes_no(val(a) < val(b))))
    return out


@template("heldout22", "comparison", "en", "positive", "smaller_negative")
def _smaller_negative(rng: random.Random) -> list[Pair]:
    forms = ["Which number is smaller, {a} or {b}?", "Which is less: {a} or {b}?",
             "{a} and {b}: which is lower?", "Tell me the smaller of {a} and {b}."]
    out = []
    for i in range(4):
        k = rng.randint(0, 9)
        a = f"-{k}.{rng.randint(1, 9)}"
        b = f"-{k}.{rng.randint(10, 99)}"
        if val(a) == val(b):
            b = f"-{k}.{rng.randint(1, 9)}5"
        if rng.random() < 0.5:
            a, b = b, a
        out.append((forms[i].format(a=a, b=b), choice(a if val(a) < val(b) else b)))
    return out


@template("heldout22", "comparison", "en", "positive", "big_numbers_bigger")
def _big_numbers_bigger(rng: random.Random) -> list[Pair]:
    forms = ["Is {a} bigger than {b}?", "Is {a} greater than {b}, or not?",
             "Just to double check, {a} is more than {b}, right?",
             "Is {a} larger than {b}? Answer yes or no."]
    wants = [True, False, True, False]
    rng.shuffle(wants)
    out = []
    for i in range(4):
        while True:
            a, b = rng.randint(90_000, 2_500_000), rng.randint(90_000, 2_500_000)
            if a != b and (a > b) == wants[i]:
                break
        out.append((forms[i].format(a=commas(a), b=commas(b)), yes_no(a > b)))
    return out


@template("heldout22", "comparison", "zh", "positive", "zh_bigger_than_question")
def _zh_bigger_than_question(rng: random.Random) -> list[Pair]:
    forms = ["{a}比{b}大吗？", "{a}是不是比{b}大", "请问{a}比{b}大吗", "{a}比{b}大吗？回答是或否"]
    wants = [True, False, True, False]
    rng.shuffle(wants)
    out = []
    for i in range(4):
        while True:
            a = number_item(rng, ("dec", "int", "frac", "dec")[i])
            b = number_item(rng, ("dec", "dec", "dec", "frac")[i])
            if val(a) != val(b) and (val(a) > val(b)) == wants[i]:
                break
        out.append((forms[i].format(a=a, b=b), yes_no(val(a) > val(b))))
    return out


@template("heldout22", "comparison", "zh", "positive", "zh_sort_ascending")
def _zh_sort_ascending(rng: random.Random) -> list[Pair]:
    forms = ["把{L}从小到大排列", "请按从小到大的顺序排列：{L}", "将以下数字升序排列：{L}",
             "{L}，从小到大怎么排？"]
    seps = ["、", "，", " ", "、"]
    out = []
    for i in range(4):
        items = number_list(rng, rng.randint(4, 6))
        want = sorted(items, key=val)
        out.append((forms[i].format(L=seps[i].join(items)), listing(want, "number", True, "asc")))
    return out


@template("heldout22", "comparison", "zh", "positive", "zh_which_smaller")
def _zh_which_smaller(rng: random.Random) -> list[Pair]:
    forms = ["{a}和{b}哪个小？", "{a}与{b}相比哪个更小", "哪个数更小：{a}还是{b}？",
             "{a}跟{b}，哪个小一点"]
    out = []
    for i in range(4):
        while True:
            kinds = [("dec", "dec"), ("frac", "dec"), ("int", "frac"), ("dec", "int")][i]
            a, b = number_item(rng, kinds[0]), number_item(rng, kinds[1])
            if val(a) != val(b):
                break
        out.append((forms[i].format(a=a, b=b), choice(a if val(a) < val(b) else b)))
    return out


@template("heldout22", "comparison", "en", "negative", "neg_better_scores")
def _neg_better_scores(rng: random.Random) -> list[Pair]:
    g = rng.randint(66, 70)
    return fixed(["In the German grading system, is a 1.3 better than a 2.7?",
                  f"Is a golf score of {g + 6} better than {g}?",
                  f"Is a blood pressure of {rng.randint(135, 160)} better than 120?",
                  "Is a marathon time of 3:45 better than 4:10?"])


@template("heldout22", "comparison", "en", "negative", "neg_units_compare")
def _neg_units_compare(rng: random.Random) -> list[Pair]:
    c = rng.randint(25, 35)
    return fixed([f"Which is colder, {c}°C or {c + 30}°F?",
                  f"Is {c + 40}°F hotter than {c - 5}°C?",
                  f"Which is heavier, {c * 2} pounds or {c + 10} kilograms?",
                  f"Is {c} miles longer than {c + 10} kilometers?"])


@template("heldout22", "comparison", "zh", "negative", "zh_neg_versions")
def _zh_neg_versions(rng: random.Random) -> list[Pair]:
    a, b = rng.randint(10, 13), rng.randint(6, 9)
    return fixed([f"Python 3.{a}和3.{b}哪个版本更新？", f"微信8.0.{a}和8.0.{b}哪个新？",
                  f"iOS 17.{a}比17.{b}新吗？", f"鸿蒙{b - 4}.0和安卓{a + 2}哪个好用？"])


# number theory --------------------------------------------------------------------------------


@template("heldout22", "number_theory", "en", "positive", "lcm_of_three")
def _lcm_of_three(rng: random.Random) -> list[Pair]:
    forms = ["What's the least common multiple of {a}, {b} and {c}?", "LCM of {a}, {b}, {c}?",
             "Find the lowest common multiple of {a}, {b} and {c}.",
             "What is the smallest positive number that is divisible by {a}, {b}, and {c}?"]
    out = []
    for i in range(4):
        a, b, c = rng.sample(range(4, 31), 3)
        out.append((forms[i].format(a=a, b=b, c=c), num(math.lcm(a, b, c))))
    return out


@template("heldout22", "number_theory", "en", "positive", "primes_under")
def _primes_under(rng: random.Random) -> list[Pair]:
    forms = ["List all primes below {n}.", "What are the prime numbers less than {n}?",
             "Give me every prime under {n}, comma separated.",
             "Which primes are smaller than {n}?"]
    ns = rng.sample([n for n in range(20, 80) if not is_prime(n)], 4)
    return [(forms[i].format(n=n),
             listing([str(p) for p in range(2, n) if is_prime(p)], "number", False))
            for i, n in enumerate(ns)]


@template("heldout22", "number_theory", "en", "positive", "digit_sum")
def _digit_sum(rng: random.Random) -> list[Pair]:
    forms = ["What's the digit sum of {n}?", "Add up the digits of {n}.",
             "What do the digits of {n} add up to?", "sum of digits in {n}?"]
    out = []
    for i in range(4):
        n = rng.randint(1000, 99_999_999)
        out.append((forms[i].format(n=commas(n) if i == 3 else n),
                    num(sum(int(d) for d in str(n)))))
    return out


@template("heldout22", "number_theory", "en", "positive", "prime_decomposition")
def _prime_decomposition(rng: random.Random) -> list[Pair]:
    forms = ["Break {n} down into primes.", "Write {n} as a product of prime powers.",
             "What primes multiply together to make {n}? Include repeats.",
             "Decompose {n} into its prime factors."]
    out = []
    for i in range(4):
        n = composite_with_powers(rng, 500_000)
        out.append((forms[i].format(n=commas(n) if i == 0 else n), factorization(n)))
    return out


@template("heldout22", "number_theory", "en", "positive", "gcf_textbook")
def _gcf_textbook(rng: random.Random) -> list[Pair]:
    forms = ["My textbook asks for the greatest common factor of {a} and {b}. What is it?",
             "GCF({a}, {b}) = ?",
             "What is the largest integer that divides both {a} and {b} evenly?",
             "Can you find gcd({a},{b})?"]
    out = []
    for i in range(4):
        g = rng.randint(3, 60)
        a, b = g * rng.randint(2, 40), g * rng.randint(2, 40)
        if a == b:
            b += g
        out.append((forms[i].format(a=a, b=b), num(math.gcd(a, b))))
    return out


@template("heldout22", "number_theory", "zh", "positive", "zh_factorize")
def _zh_factorize(rng: random.Random) -> list[Pair]:
    forms = ["把{n}分解质因数", "{n}分解质因数是多少？", "请对{n}进行质因数分解",
             "{n}的质因数分解式是什么"]
    out = []
    for i in range(4):
        n = composite_with_powers(rng)
        out.append((forms[i].format(n=n), factorization(n)))
    return out


@template("heldout22", "number_theory", "zh", "positive", "zh_gcd")
def _zh_gcd(rng: random.Random) -> list[Pair]:
    forms = ["{a}和{b}的最大公约数是多少？", "求{a}、{b}的最大公因数", "{a}与{b}的最大公约数",
             "帮我算一下{a}和{b}的最大公因数"]
    out = []
    for i in range(4):
        g = rng.randint(2, 30)
        a, b = g * rng.randint(2, 25), g * rng.randint(2, 25)
        if a == b:
            b += g
        out.append((forms[i].format(a=a, b=b), num(math.gcd(a, b))))
    return out


@template("heldout22", "number_theory", "en", "negative", "neg_nt_code")
def _neg_nt_code(rng: random.Random) -> list[Pair]:
    n = rng.randint(50, 500)
    return fixed([f"Write a Python function to check if {n} is prime.",
                  "How do I compute the gcd of two numbers in C?",
                  f"Can you write a sieve of Eratosthenes in JavaScript that lists primes up to "
                  f"{n * 10}?",
                  f"What's the time complexity of trial division for a number like {n * 997}?"])


@template("heldout22", "number_theory", "en", "negative", "neg_identifiers")
def _neg_identifiers(rng: random.Random) -> list[Pair]:
    return fixed(["Is 867-5309 a real phone number?",
                  f"Whose phone number is 555-{rng.randint(1000, 9999)}?",
                  f"Is {rng.randint(10000, 99999)} a valid ZIP code?",
                  f"What does error code E{rng.randint(10, 99)} mean on my washing machine?"])


@template("heldout22", "number_theory", "zh", "negative", "zh_neg_nt_misc")
def _zh_neg_nt_misc(rng: random.Random) -> list[Pair]:
    n = rng.randint(50, 500)
    return fixed([f"用Python写一个判断{n}是不是质数的函数", "怎么用Excel求两列数的最大公约数？",
                  "质数在密码学里有什么用？", "哥德巴赫猜想现在证明了吗？"])


# counting -------------------------------------------------------------------------------------


@template("heldout22", "counting", "en", "positive", "letters_in_word")
def _letters_in_word(rng: random.Random) -> list[Pair]:
    forms = ["How many letters does the word '{w}' have?", "How long is the word {w}, in letters?",
             "Number of letters in \"{w}\"?",
             "I'm doing a crossword. How many letters are in {w}?"]
    return [(forms[i].format(w=w), num(len(w)))
            for i, w in enumerate(rng.sample(sorted(set(WORDS)), 4))]


@template("heldout22", "counting", "en", "positive", "vowel_count")
def _vowel_count(rng: random.Random) -> list[Pair]:
    forms = ["Count the vowels in '{w}'.", "How many vowels does {w} have?",
             "How many of the letters in \"{w}\" are vowels?", "vowel count for {w}?"]
    return [(forms[i].format(w=w), num(sum(c in VOWELS for c in w)))
            for i, w in enumerate(rng.sample(words_without_y(), 4))]


@template("heldout22", "counting", "en", "positive", "spell_backwards")
def _spell_backwards(rng: random.Random) -> list[Pair]:
    forms = ["Spell '{w}' backwards.", "What is {w} reversed?", "Reverse the word \"{w}\" for me.",
             "Write {w} back to front."]
    return [(forms[i].format(w=w), text(w[::-1]))
            for i, w in enumerate(rng.sample(sorted(set(WORDS)), 4))]


@template("heldout22", "counting", "en", "positive", "distinct_letters")
def _distinct_letters(rng: random.Random) -> list[Pair]:
    forms = ["How many distinct letters are in '{w}'?", "How many different letters does {w} use?",
             "Count the unique letters in \"{w}\".",
             "Not counting repeats, how many different letters appear in {w}?"]
    return [(forms[i].format(w=w), num(len(set(w))))
            for i, w in enumerate(rng.sample(sorted(set(WORDS)), 4))]


@template("heldout22", "counting", "en", "positive", "longer_word")
def _longer_word(rng: random.Random) -> list[Pair]:
    forms = ["Which word has more letters, '{a}' or '{b}'?", "Which is longer: {a} or {b}?",
             "{a} vs {b}: which has more letters?",
             "Out of \"{a}\" and \"{b}\", which word is longer?"]
    out = []
    for i in range(4):
        while True:
            a, b = rng.sample(sorted(set(WORDS)), 2)
            if len(a) != len(b):
                break
        out.append((forms[i].format(a=a, b=b), word_choice(a if len(a) > len(b) else b)))
    return out


@template("heldout22", "counting", "zh", "positive", "zh_sentence_words")
def _zh_sentence_words(rng: random.Random) -> list[Pair]:
    forms = ["这句话有几个单词：{s}", "“{s}”这个句子有多少个单词？", "数一下这句英文有几个词：{s}",
             "{s} —— 一共几个单词？"]
    return [(forms[i].format(s=s), num(len(s.split())))
            for i, s in enumerate(rng.sample(SENTENCES, 4))]


@template("heldout22", "counting", "zh", "positive", "zh_nth_letter")
def _zh_nth_letter(rng: random.Random) -> list[Pair]:
    out = []
    for i, w in enumerate(rng.sample(sorted(set(WORDS)), 4)):
        n = rng.randint(2, min(len(w), 9))
        nz = ZH_DIGITS[n] if i % 2 == 0 else str(n)
        prompt = [f"{w}的第{nz}个字母是什么？", f"单词“{w}”的第{nz}个字母是哪个",
                  f"{w}这个词第{nz}个字母是啥", f"请告诉我{w}中的第{nz}个字母"][i]
        out.append((prompt, text(w[n - 1])))
    return out


@template("heldout22", "counting", "zh", "positive", "zh_word_length")
def _zh_word_length(rng: random.Random) -> list[Pair]:
    forms = ["{w}有几个字母？", "单词{w}一共多少个字母", "“{w}”由多少个字母组成？",
             "{w}这个单词有几个字母呀"]
    return [(forms[i].format(w=w), num(len(w)))
            for i, w in enumerate(rng.sample(sorted(set(WORDS)), 4))]


@template("heldout22", "counting", "en", "negative", "neg_word_meaning")
def _neg_word_meaning(rng: random.Random) -> list[Pair]:
    ws = rng.sample(["strawberry", "umbrella", "mountain", "kitchen", "library", "giraffe"], 4)
    return fixed([f"Translate '{ws[0]}' into French.", f"What does the word {ws[1]} mean?",
                  f"Use '{ws[2]}' in a sentence.", f"What's a synonym for {ws[3]}?"])


@template("heldout22", "counting", "en", "negative", "neg_outside_text_counts")
def _neg_outside_text_counts(rng: random.Random) -> list[Pair]:
    return fixed(["How many states are in the USA?", "How many letters are in the Greek alphabet?",
                  "How many times does the word 'love' appear in Romeo and Juliet?",
                  "How many words are in the first Harry Potter book?"])


@template("heldout22", "counting", "zh", "negative", "zh_neg_word_usage")
def _zh_neg_word_usage(rng: random.Random) -> list[Pair]:
    ws = rng.sample(["banana", "umbrella", "mountain", "library", "kitchen"], 4)
    return fixed([f"{ws[0]}这个单词怎么读？", f"{ws[1]}是什么意思？", f"{ws[2]}的复数形式是什么",
                  f"用{ws[3]}造个句子"])


# geometry -------------------------------------------------------------------------------------


@template("heldout22", "geometry", "en", "positive", "circles_tangent")
def _circles_tangent(rng: random.Random) -> list[Pair]:
    forms = ["Are the circles centered at {c1} with radius {r1} and at {c2} with radius {r2} "
             "tangent to each other?",
             "Circle 1: center {c1}, radius {r1}. Circle 2: center {c2}, radius {r2}. Are they "
             "tangent?",
             "Do the circle of radius {r1} about {c1} and the circle of radius {r2} about {c2} "
             "touch at exactly one point?",
             "Tangent or not? Circles {c1} with r={r1} and {c2} with r={r2}."]
    wants = ["external_tangent", "internal_tangent", "crossing",
             rng.choice(["separate", "contained"])]
    rng.shuffle(wants)
    out = []
    for i in range(4):
        c1, r1, c2, r2 = circle_pair(rng, wants[i])
        rel = circle_relation(c1, r1, c2, r2)
        out.append((forms[i].format(c1=pt(c1), r1=r1, c2=pt(c2), r2=r2),
                    yes_no(rel.endswith("tangent"))))
    return out


@template("heldout22", "geometry", "en", "positive", "circle_contains_circle")
def _circle_contains_circle(rng: random.Random) -> list[Pair]:
    wants = ["contained", "contained", "crossing", "separate"]
    rng.shuffle(wants)
    out = []
    for i in range(4):
        cs, rs, cb, rb = circle_pair(rng, wants[i])
        if rs > rb:
            cs, rs, cb, rb = cb, rb, cs, rs
        inside = dist2(cs, cb) < (rb - rs) ** 2
        prompt = [f"Is the circle with center {pt(cs)} and radius {rs} completely inside the "
                  f"circle with center {pt(cb)} and radius {rb}?",
                  f"Does the circle centered at {pt(cb, 1)} with radius {rb} contain the circle "
                  f"centered at {pt(cs, 1)} with radius {rs}?",
                  f"Small circle: center {pt(cs)}, r = {rs}. Big circle: center {pt(cb)}, "
                  f"r = {rb}. Does the big one fully contain the small one?",
                  f"Does a circle of radius {rb} centered at {pt(cb)} entirely enclose the circle "
                  f"of radius {rs} centered at {pt(cs)}?"][i]
        out.append((prompt, yes_no(inside)))
    return out


@template("heldout22", "geometry", "en", "positive", "segment_pair_points")
def _segment_pair_points(rng: random.Random) -> list[Pair]:
    wants = [0, 1, 0, 1]
    rng.shuffle(wants)
    out = []
    for i in range(4):
        while True:
            a, b, c, d = ((rng.randint(-8, 8), rng.randint(-8, 8)) for _ in range(4))
            if a != b and c != d and segments_meet(a, b, c, d) == wants[i]:
                break
        prompt = [f"How many points do the segments from {pt(a)} to {pt(b)} and from {pt(c)} "
                  f"to {pt(d)} have in common?",
                  f"How many intersection points do segments PQ and RS have, where P={pt(a, 1)}, "
                  f"Q={pt(b, 1)}, R={pt(c, 1)}, S={pt(d, 1)}?",
                  f"Line segment 1 goes from {pt(a)} to {pt(b)}; line segment 2 goes from "
                  f"{pt(c)} to {pt(d)}. Number of intersection points?",
                  f"Count the points where segment {pt(a)}-{pt(b)} meets segment "
                  f"{pt(c)}-{pt(d)}."][i]
        out.append((prompt, num(wants[i])))
    return out


@template("heldout22", "geometry", "en", "positive", "polygon_perimeter")
def _polygon_perimeter(rng: random.Random) -> list[Pair]:
    out = []
    for i in range(4):
        poly = [star_polygon(rng, 3), star_polygon(rng, 4), l_shape(rng), star_polygon(rng, 3)][i]
        terms: dict[int, Fraction] = {}
        for j in range(len(poly)):
            k, m = surd(dist2(poly[j], poly[(j + 1) % len(poly)]))
            terms[m] = terms.get(m, Fraction(0)) + k
        prompt = [f"What's the perimeter of the triangle with vertices {pts(poly)}?",
                  f"Find the perimeter of the polygon {labelled(poly)}.",
                  f"A fence runs around a yard with corners at {pts(poly, ', ', 1)} "
                  "(coordinates in metres). How long is the fence?",
                  f"Perimeter of triangle {pts(poly, ' ')}?"][i]
        out.append((prompt, real(surd_sum(terms))))
    return out


@template("heldout22", "geometry", "en", "positive", "triangle_sides_area")
def _triangle_sides_area(rng: random.Random) -> list[Pair]:
    forms = ["What is the area of a triangle with sides {a}, {b} and {c}?",
             "A triangle has side lengths {a} cm, {b} cm and {c} cm. Find its area.",
             "Find the area of the triangle whose sides measure {a}, {b}, {c}.",
             "Triangle with sides a = {a}, b = {b}, c = {c}: area?"]
    out = []
    for i in range(4):
        while True:
            a, b, c = sorted(rng.randint(3, 15) for _ in range(3))
            if a + b > c:
                break
        prod = (a + b + c) * (-a + b + c) * (a - b + c) * (a + b - c)
        k, m = surd(prod)
        out.append((forms[i].format(a=a, b=b, c=c), real(surd_sum({m: Fraction(k, 4)}))))
    return out


@template("heldout22", "geometry", "en", "positive", "point_inside_yes_no")
def _point_inside_yes_no(rng: random.Random) -> list[Pair]:
    wants = ["inside", "outside", "inside", "outside"]
    rng.shuffle(wants)
    out = []
    for i in range(4):
        poly = [star_polygon(rng, 4), l_shape(rng), star_polygon(rng, 3), l_shape(rng)][i]
        if i == 3:
            x0, y0 = rng.randint(-3, 3), rng.randint(-3, 3)
            s = rng.randint(4, 9)
            poly = [(x0, y0), (x0 + s, y0), (x0 + s, y0 + s), (x0, y0 + s)]
        p = point_with(rng, poly, wants[i])
        prompt = [f"Is the point {pt(p)} inside the polygon with vertices {pts(poly)}?",
                  f"Does the polygon {pts(poly, ' ', 1)} contain the point {pt(p, 1)}?",
                  f"Is {pt(p)} within the triangle with vertices {pts(poly)}?",
                  f"Is {pt(p)} outside the square with corners {pts(poly)}?"][i]
        out.append((prompt, relation(locate(p, poly), "outside" if i == 3 else "inside")))
    return out


@template("heldout22", "geometry", "zh", "positive", "zh_point_distance")
def _zh_point_distance(rng: random.Random) -> list[Pair]:
    forms = ["点{a}到点{b}的距离是多少？", "求A{a}与B{b}两点间的距离", "{a}和{b}之间相距多远",
             "平面上两点{a}、{b}的距离等于多少"]
    out = []
    for i in range(4):
        while True:
            a = (rng.randint(-9, 9), rng.randint(-9, 9))
            b = (rng.randint(-9, 9), rng.randint(-9, 9))
            if a != b:
                break
        style = 2 if i % 2 else 0
        out.append((forms[i].format(a=pt(a, style), b=pt(b, style)),
                    real(sqrt_expr(dist2(a, b)))))
    return out


@template("heldout22", "geometry", "zh", "positive", "zh_point_polygon")
def _zh_point_polygon(rng: random.Random) -> list[Pair]:
    wants = ["inside", "outside", "boundary", rng.choice(["inside", "boundary"])]
    rng.shuffle(wants)
    out = []
    for i in range(4):
        poly = [star_polygon(rng, 4), l_shape(rng), star_polygon(rng, 4), star_polygon(rng, 3)][i]
        p = point_with(rng, poly, wants[i])
        style = 2 if i % 2 else 0
        v = pts(poly, "、", style)
        prompt = [f"点{pt(p, style)}在顶点为{v}的多边形的内部、外部还是边上？",
                  f"判断点P{pt(p, style)}与多边形{v}的位置关系（内部/外部/边界）",
                  f"点{pt(p)}位于四边形{v}的内部、外部，还是边界上？",
                  f"请问点{pt(p, style)}是在三角形{v}内、外还是在边上"][i]
        out.append((prompt, relation(locate(p, poly))))
    return out


@template("heldout22", "geometry", "en", "negative", "neg_earth_coordinates")
def _neg_earth_coordinates(rng: random.Random) -> list[Pair]:
    return fixed(["What's the distance between latitude/longitude (40.7, -74.0) and (34.1, "
                  "-118.2) on Earth?",
                  "How far is it along the Earth's surface from (40.7, -74.0) to (51.5, -0.1)?",
                  "Flying from 35.7° N, 139.7° E to 37.6° N, 122.4° W, how many kilometres is "
                  "the great-circle route?",
                  "What's the compass bearing from GPS point (48.85, 2.35) to (52.52, 13.40)?"])


@template("heldout22", "geometry", "en", "negative", "neg_geometry_explain")
def _neg_geometry_explain(rng: random.Random) -> list[Pair]:
    return fixed(["Explain how the shoelace formula works.",
                  "Write a function that checks whether a point is inside a polygon.",
                  "Why is the area of a circle pi r squared?",
                  "What's the difference between a circle's radius and its diameter?"])


@template("heldout22", "geometry", "zh", "negative", "zh_neg_places")
def _zh_neg_places(rng: random.Random) -> list[Pair]:
    return fixed(["北京到上海有多远？", "从地球到太阳的距离是多少？", "长城到底有多长？",
                  "中国的国土面积是多少平方公里？"])


# ==============================================================================================


def build() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(22)
    dev: list[dict[str, Any]] = []
    heldout: list[dict[str, Any]] = []
    for split, family, lang, kind, name, fn in TEMPLATES:
        pairs = fn(rng)
        if len(pairs) != 4:
            raise AssertionError(f"{name}: {len(pairs)} records")
        short = name.replace("_", "-")
        for i, (prompt, expected) in enumerate(pairs):
            if (kind == "negative") != (expected["type"] == "none"):
                raise AssertionError(f"{name}: kind/expected mismatch")
            rec = {"id": f"r22-{FAM3[family]}-{lang}-{short}-{i}", "split": split,
                   "kind": kind, "family": family, "lang": lang, "template": f"r22_{name}",
                   "prompt": prompt, "expected": expected}
            (dev if split == "dev22" else heldout).append(rec)
    records = dev + heldout
    if len({r["id"] for r in records}) != len(records):
        raise AssertionError("duplicate ids")
    if len({r["prompt"] for r in records}) != len(records):
        raise AssertionError("duplicate prompts")
    return dev, heldout


def main() -> None:
    dev, heldout = build()
    for split, records in (("dev22", dev), ("heldout22", heldout)):
        path = OUT_DIR / f"corpus_{split}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for rec in records:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"wrote {len(records)} records to {path.name}")


if __name__ == "__main__":
    main()
