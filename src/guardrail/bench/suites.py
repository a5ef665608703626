"""Reproducible benchmark suites: generated families, knowledge families and the public sets.

Every item is a :class:`~guardrail.bench.models.BenchItem` with its ground truth, raw
difficulty features and a difficulty bin 0 (easiest) .. 4 (hardest).

* Generated families (a deterministic tool exists, ``has_tool`` True): ``arithmetic``,
  ``decimal_compare``, ``number_theory``, ``letter_count``, ``geometry``. Each answer is
  computed by an oracle written here (Python ints, :class:`~fractions.Fraction`, trial
  division, direct counting, exact analytic geometry), never by the solvers under test.
* Families without a tool: ``capitals`` (shipped facts, ``data/capitals.json``),
  ``word_problems`` (GSM8K and SVAMP, read in place from ``../shared/datasets``) and
  ``fictional`` (invented entities, ``data/fictional.json``; the right reply is to decline).
* Public sets as families: ``llmdrift_primes``, ``llmdrift_happy``, ``strawberry_bench``,
  ``bigbench_arithmetic``, ``bigbench_intersect_geometry`` (via :mod:`guardrail.bench.public`).

Every non-public family has at least ten prompt templates in English and Chinese, so the
effect of the wording (prompt sensitivity) can be measured; :func:`generate_family`
spreads items evenly over the bins and the templates. The same seed gives byte-identical
suites (:func:`write_suite`); randomness comes only from :class:`random.Random` seeded with
a string, so it does not depend on ``PYTHONHASHSEED``.

>>> items = generate_family("arithmetic", 5, seed=0)
>>> sorted(item.difficulty_bin for item in items)
[0, 1, 2, 3, 4]
>>> items == generate_family("arithmetic", 5, seed=0)
True
"""

from __future__ import annotations

import json
import math
import random
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any, Literal

from .models import AnswerType, BenchItem
from .public import PUBLIC_SETS, PublicItem, datasets_dir, load_public_set

__all__ = [
    "BINS",
    "CALIBRATION_COMPOSITION",
    "DEFAULT_COMPOSITION",
    "FAMILIES",
    "FULL_COMPOSITION",
    "SUITES",
    "Family",
    "Template",
    "build_suite",
    "capitals",
    "composition",
    "fictional_entities",
    "generate_family",
    "read_suite",
    "subject",
    "word_list",
    "write_suite",
    "write_suites",
]

BINS = 5
Lang = Literal["en", "zh"]
Point = tuple[Fraction, Fraction]


# --------------------------------------------------------------------------- framework


@dataclass(frozen=True)
class Template:
    """One wording of a family's question; ``kind`` names the sub-task it asks."""

    id: str
    lang: Lang
    text: str
    kind: str = ""


@dataclass(frozen=True)
class Draft:
    """An item before it gets its suite, id and template fields."""

    prompt: str
    answer: str | None
    answer_type: AnswerType
    difficulty: dict[str, float]
    bin: int
    source: str
    choices: tuple[str, ...] = ()
    keys: tuple[str, ...] = ()  # what must not repeat inside one family (and the prompt)


@dataclass
class Slot:
    """What a maker gets for one item: the family's generator, the target bin and template."""

    rng: random.Random
    bin: int
    template: Template
    index: int  # position of the item inside its bin
    used: set[str] = field(default_factory=set)


Maker = Callable[[Slot], Draft]
Builder = Callable[[int | None, int, Path | None], list[tuple[Draft, Template]]]


@dataclass(frozen=True)
class Family:
    name: str
    kind: Literal["generated", "knowledge", "public"]
    has_tool: bool
    templates: tuple[Template, ...]
    description: str
    bins: str  # how the difficulty bin is defined
    build: Builder
    needs_datasets: bool = False


def _rng(family: str, seed: int) -> random.Random:
    return random.Random(f"guardrail.bench.suites:{family}:{seed}")


def _bin_counts(n: int) -> list[int]:
    return [n // BINS + (1 if b < n % BINS else 0) for b in range(BINS)]


def _template_order(templates: Sequence[Template], rng: random.Random) -> list[int]:
    """Template indices in a seeded order where every (sub-task, language) group is spread
    in proportion to its size (each group shuffled, then placed at evenly spaced positions
    with a random phase), so any run of consecutive templates mixes sub-tasks and
    languages about in their shares."""
    groups: dict[tuple[str, str], list[int]] = {}
    for i, t in enumerate(templates):
        groups.setdefault((t.kind, t.lang), []).append(i)
    keyed = []
    for g, key in enumerate(sorted(groups)):
        members = groups[key]
        rng.shuffle(members)
        phase = rng.random()
        keyed += [((k + phase) / len(members), g, i) for k, i in enumerate(members)]
    return [i for _, _, i in sorted(keyed)]


def _plan(n: int, templates: Sequence[Template], rng: random.Random
          ) -> list[tuple[int, int, int]]:
    """(bin, template index, index inside the bin) for n items, bins interleaved.

    Bins get n/5 items each; templates are dealt round-robin over the bin-major order (in
    a seeded order that spreads sub-tasks and languages), so every template is used n/T
    times (+-1) and no bin sees a template twice before it has seen them all.
    """
    counts = _bin_counts(n)
    order = _template_order(templates, rng)
    n_templates = len(order)
    offsets = [sum(counts[:b]) for b in range(BINS)]
    plan = []
    taken = [0] * BINS
    for i in range(n):
        b = i % BINS
        while taken[b] >= counts[b]:  # n not a multiple of 5: skip full bins
            b = (b + 1) % BINS
        j = taken[b]
        taken[b] += 1
        plan.append((b, order[(offsets[b] + j) % n_templates], j))
    return plan


def _stratified(name: str, templates: Sequence[Template], maker: Maker) -> Builder:
    def build(n: int | None, seed: int, root: Path | None) -> list[tuple[Draft, Template]]:
        if n is None:
            raise ValueError(f"{name}: a generated family needs a size")
        rng = _rng(name, seed)
        used: set[str] = set()
        out: list[tuple[Draft, Template]] = []
        for b, t, j in _plan(n, templates, rng):
            template = templates[t]
            for _ in range(200):
                draft = maker(Slot(rng, b, template, j, used))
                if draft.bin != b:  # pragma: no cover - a maker bug
                    raise AssertionError(f"{name}: maker returned bin {draft.bin}, wanted {b}")
                keys = (draft.prompt, *draft.keys)
                if not used.intersection(keys):
                    break
            else:  # pragma: no cover - pool exhausted
                raise RuntimeError(f"{name}: no new item for bin {b} after 200 tries")
            used.update(keys)
            out.append((draft, template))
        return out

    return build


def _tpl(family: str, rows: Iterable[tuple[str, str, str]]) -> tuple[Template, ...]:
    """Templates from (kind, lang, text) rows, numbered per kind and language."""
    seen: Counter[tuple[str, str]] = Counter()
    out = []
    for kind, lang, text in rows:
        seen[(kind, lang)] += 1
        prefix = f"{kind}-" if kind else ""
        assert lang in ("en", "zh")
        out.append(Template(f"{family}/{prefix}{lang}-{seen[(kind, lang)]:02d}",
                            "en" if lang == "en" else "zh", text, kind))
    return tuple(out)


def _feat(**values: float) -> dict[str, float]:
    return {k: float(v) for k, v in values.items()}


def _clamp(value: int) -> int:
    return max(0, min(BINS - 1, value))


# --------------------------------------------------------------------------- arithmetic

ARITHMETIC_TEMPLATES = _tpl("arithmetic", [
    ("", "en", "What is {a} {word} {b}?"),
    ("", "en", "Q: {a} {sym} {b} = ?\nA:"),
    ("", "en", "Compute {a} {sym} {b}. Answer with only the number."),
    ("", "en", "Calculate {a} {word} {b}. Think step by step, then give the final answer."),
    ("", "en", "hey quick one, what's {a} {ascii} {b}?"),
    ("", "en", "{a} {ascii} {b} ="),
    ("", "en", "Please work out {a} {word} {b} and reply with just the result."),
    ("", "zh", "{a}{zh}{b}等于多少？"),
    ("", "zh", "计算：{a} {sym} {b} = ？只回答数字。"),
    ("", "zh", "请一步一步地思考：{a}{zh}{b}的结果是多少？"),
])

OPS = ("add", "sub", "mul", "div")
_OP_TEXT = {
    "add": {"word": "plus", "sym": "+", "ascii": "+", "zh": "加"},
    "sub": {"word": "minus", "sym": "-", "ascii": "-", "zh": "减"},
    "mul": {"word": "times", "sym": "×", "ascii": "*", "zh": "乘以"},
    "div": {"word": "divided by", "sym": "÷", "ascii": "/", "zh": "除以"},
}
# operand digits -> tier; the bin is the tier moved one down for no carries at all and one
# up when at least half of the carry positions carry (or borrow)
_DIGIT_TIER = {1: 0, 2: 0, 3: 1, 4: 1, 5: 2, 6: 2, 7: 3, 8: 3, 9: 3, 10: 4, 11: 4, 12: 4}
_POOLS = {"low": (0, 4), "mixed": (0, 9), "high": (5, 9)}


def add_carries(a: int, b: int) -> int:
    """Columns of a + b (non-negative) that carry into the next column."""
    carry = count = 0
    while a or b:
        carry = (a % 10 + b % 10 + carry) // 10
        count += carry > 0
        a, b = a // 10, b // 10
    return count


def sub_borrows(a: int, b: int) -> int:
    """Columns of a - b (a >= b >= 0) that borrow from the next column."""
    borrow = count = 0
    while a or b:
        borrow = 1 if a % 10 - b % 10 - borrow < 0 else 0
        count += borrow
        a, b = a // 10, b // 10
    return count


def mul_carries(a: int, b: int) -> tuple[int, int]:
    """Carries of schoolbook a × b: in each row (a times one digit of b), then in the sum
    of the shifted rows. Returns (carries, positions)."""
    rows = []
    count = 0
    for shift, db in enumerate(reversed(str(b))):
        carry = 0
        for da in reversed(str(a)):
            carry = (int(da) * int(db) + carry) // 10
            count += carry > 0
        rows.append(a * int(db) * 10**shift)
    positions = len(str(a)) * len(str(b))
    if len(rows) > 1:
        width = len(str(sum(rows)))
        positions += width
        carry = 0
        for k in range(width):
            column = sum(row // 10**k % 10 for row in rows) + carry
            carry = column // 10
            count += carry > 0
    return count, positions


def arithmetic_bin(digits: int, carries: int, positions: int) -> int:
    tier = _DIGIT_TIER[digits]
    if carries == 0:
        tier -= 1
    elif carries / positions >= 0.5:
        tier += 1
    return _clamp(tier)


def _number(rng: random.Random, digits: int, pool: str) -> int:
    lo, hi = _POOLS[pool]
    text = str(rng.randint(max(1, lo), hi)) + "".join(
        str(rng.randint(lo, hi)) for _ in range(digits - 1))
    return int(text)


def _arithmetic_operands(rng: random.Random, op: str, d: int, pool: str
                         ) -> tuple[int, int, int, int] | None:
    """(a, b, carries, positions), or None when this draw does not work."""
    other = d if rng.random() < 0.5 else rng.randint(1, d)
    if op == "add":
        a, b = _number(rng, d, pool), _number(rng, other, pool)
        return a, b, add_carries(a, b), d
    if op == "sub":
        a, b = _number(rng, d, pool), _number(rng, other, pool)
        if a == b:
            return None
        a, b = max(a, b), min(a, b)
        return a, b, sub_borrows(a, b), d
    if op == "mul":
        a, b = _number(rng, d, pool), _number(rng, other, pool)
        if rng.random() < 0.5:
            a, b = b, a
        return (a, b, *mul_carries(a, b))
    # div: a = q × b exactly, d = digits of the dividend; carries of the check q × b
    divisor = _number(rng, rng.randint(1, max(1, (d + 1) // 2)), pool)
    lo, hi = -(-(10 ** (d - 1)) // divisor), (10**d - 1) // divisor
    if divisor < 2 or lo > hi:
        return None
    quotient = rng.randint(max(lo, 2), hi) if hi >= 2 else 0
    if quotient < 2:
        return None
    return (quotient * divisor, divisor, *mul_carries(quotient, divisor))


def _arithmetic(slot: Slot) -> Draft:
    rng, target = slot.rng, slot.bin
    op = OPS[(slot.index + target) % len(OPS)]
    digit_choices = [d for d, tier in _DIGIT_TIER.items() if abs(tier - target) <= 1]
    for _ in range(5000):
        d = rng.choice(digit_choices)
        drawn = _arithmetic_operands(rng, op, d, rng.choice(("low", "mixed", "high")))
        if drawn is None:
            continue
        a, b, carries, positions = drawn
        digits = max(len(str(a)), len(str(b)))
        if arithmetic_bin(digits, carries, positions) != target:
            continue
        answer = {"add": a + b, "sub": a - b, "mul": a * b, "div": a // b}[op]
        if op == "div":
            assert answer * b == a
        text = slot.template.text.format(a=a, b=b, **_OP_TEXT[op])
        return Draft(
            text, str(answer), "number",
            _feat(op=OPS.index(op), digits=digits, digits_a=len(str(a)), digits_b=len(str(b)),
                  carries=carries, carry_rate=round(carries / positions, 4)),
            target, "generated: guardrail.bench.suites arithmetic (oracle: Python int)")
    raise RuntimeError(f"arithmetic: no {op} item for bin {target}")  # pragma: no cover


# --------------------------------------------------------------------------- decimal compare

DECIMAL_TEMPLATES = _tpl("decimal_compare", [
    ("bigger", "en", "Which is bigger, {x} or {y}?"),
    ("bigger", "en", "Q: Which number is larger: {x} or {y}?\nA:"),
    ("smaller", "en", "Which is smaller, {x} or {y}? Answer with only the number."),
    ("gt", "en", "Is {x} greater than {y}? Answer yes or no."),
    ("bigger", "en", "Think step by step. Compare {x} and {y}: which one is greater?"),
    ("bigger", "en", "quick q: {x} vs {y}, which one's bigger?"),
    ("lt", "en", "Is {x} less than {y}?"),
    ("smaller", "en", "Of the two numbers {x} and {y}, which is the smaller one?"),
    ("bigger", "zh", "{x}和{y}哪个大？"),
    ("gt", "zh", "{x}比{y}大吗？请回答“是”或“否”。"),
    ("smaller", "zh", "请比较{x}与{y}，哪个更小？只回答那个数。"),
])


def _split_decimal(text: str) -> tuple[bool, str, str]:
    negative = text.startswith("-")
    whole, _, frac = text.lstrip("-").partition(".")
    return negative, whole, frac


def decimal_features(x: str, y: str) -> dict[str, float]:
    """Raw features of a pair of decimal literals (see :func:`decimal_bin`)."""
    nx, wx, fx = _split_decimal(x)
    ny, wy, fy = _split_decimal(y)
    same_int = (nx, wx) == (ny, wy)
    trap = 0
    if len(fx) != len(fy):
        longer, shorter = (x, y) if len(fx) > len(fy) else (y, x)
        trap = int(abs(Fraction(longer)) < abs(Fraction(shorter)))
    prefix = 0
    for cx, cy in zip(x, y, strict=False):
        if cx != cy:
            break
        prefix += 1
    return _feat(decimals_max=max(len(fx), len(fy)), decimals_min=min(len(fx), len(fy)),
                 shared_prefix=prefix, negatives=int(nx) + int(ny), same_int=int(same_int),
                 trap=trap)


def decimal_bin(features: dict[str, float]) -> int:
    """0 integer parts differ; 1 same integer part and as many decimals; 2 different
    number of decimals where the longer is also the bigger (in absolute value); 3 the
    longer is the smaller (9.11 vs 9.9); one more when a negative number is involved."""
    if not features["same_int"]:
        base = 0
    elif features["decimals_max"] == features["decimals_min"]:
        base = 1
    else:
        base = 3 if features["trap"] else 2
    return _clamp(base + (1 if features["negatives"] else 0))


def _frac_digits(rng: random.Random, k: int, prefix: str = "") -> str:
    """k fractional digits starting with prefix (shorter than k), last digit non-zero."""
    middle = "".join(str(rng.randint(0, 9)) for _ in range(k - len(prefix) - 1))
    return prefix + middle + str(rng.randint(1, 9))


def _decimal_pair(rng: random.Random, base: int, negative: bool) -> tuple[str, str]:
    whole = rng.choice([rng.randint(0, 9), rng.randint(10, 99), rng.randint(100, 999)])
    if base == 0:
        other = whole
        while other == whole:
            other = rng.randint(max(0, whole - 12), whole + 12)
        k1, k2 = rng.randint(1, 3), rng.randint(1, 3)
        x, y = f"{whole}.{_frac_digits(rng, k1)}", f"{other}.{_frac_digits(rng, k2)}"
        if negative:
            if rng.random() < 0.5:
                x, y = "-" + x, "-" + y
            else:
                x = "-" + x
        return x, y
    sign = "-" if negative else ""
    if base == 1:
        k = rng.randint(1, 4)
        f1, f2 = _frac_digits(rng, k), _frac_digits(rng, k)
    else:
        k1 = rng.randint(1, 2)
        k2 = rng.randint(k1 + 1, k1 + 3)
        f1 = _frac_digits(rng, k1)
        shared = f1[: rng.randint(0, k1 - 1)] if k1 > 1 and rng.random() < 0.6 else ""
        f2 = _frac_digits(rng, k2, shared)
    return f"{sign}{whole}.{f1}", f"{sign}{whole}.{f2}"


def _decimal(slot: Slot) -> Draft:
    rng, target, template = slot.rng, slot.bin, slot.template
    recipes = [(base, neg) for base in range(4) for neg in (False, True)
               if min(4, base + neg) == target]
    first_bigger = rng.random() < 0.5
    for _ in range(5000):
        base, negative = rng.choice(recipes)
        x, y = _decimal_pair(rng, base, negative)
        vx, vy = Fraction(x), Fraction(y)
        if vx == vy:
            continue
        if (vx > vy) != first_bigger:  # balance: the bigger one first half of the time
            x, y, vx, vy = y, x, vy, vx
        features = decimal_features(x, y)
        if decimal_bin(features) != target:
            continue
        kind = template.kind
        answer_type: AnswerType = "choice" if kind in ("bigger", "smaller") else "yes_no"
        if kind == "bigger":
            answer = x if vx > vy else y
        elif kind == "smaller":
            answer = x if vx < vy else y
        elif kind == "gt":
            answer = "yes" if vx > vy else "no"
        else:
            answer = "yes" if vx < vy else "no"
        return Draft(template.text.format(x=x, y=y), answer, answer_type, features, target,
                     "generated: guardrail.bench.suites decimal_compare (oracle: Fraction)",
                     choices=(x, y) if answer_type == "choice" else ())
    raise RuntimeError(f"decimal_compare: no item for bin {target}")  # pragma: no cover


# --------------------------------------------------------------------------- number theory

NUMBER_THEORY_TEMPLATES = _tpl("number_theory", [
    ("prime", "en", "Is {n} a prime number?"),
    ("prime", "en", "Q: Is {n} prime? Answer yes or no.\nA:"),
    ("prime", "en", "Is {n} prime? Think step by step, then answer Yes or No."),
    ("prime", "en", "Determine whether {n} is a prime number. Reply with only yes or no."),
    ("prime", "en", "yo is {n} prime or not"),
    ("prime", "en", "Number: {n}\nIs it prime (yes/no)?"),
    ("prime", "en", "Is the number {n} prime? Please answer with yes or no."),
    ("prime", "zh", "{n}是质数吗？"),
    ("prime", "zh", "请判断{n}是不是素数，只回答“是”或“否”。"),
    ("prime", "zh", "请一步一步思考：{n}是质数吗？"),
    ("digitsum", "en", "What is the sum of the digits of {n}?"),
    ("digitsum", "en", "Q: Add up all the digits in {n}. What do you get?\nA:"),
    ("digitsum", "en", "Compute the digit sum of {n}. Answer with only the number."),
    ("digitsum", "zh", "{n}的各位数字之和是多少？"),
    ("gcd", "en", "What is the greatest common divisor of {a} and {b}?"),
    ("gcd", "en", "Q: gcd({a}, {b}) = ?\nA:"),
    ("gcd", "en", "Find the GCD of {a} and {b}. Think step by step."),
    ("gcd", "zh", "{a}和{b}的最大公约数是多少？"),
])

# primality: digits -> bin; a composite with no factor below 7 ("looks prime") is one harder
_PRIME_TIER = {2: 0, 3: 1, 4: 2, 5: 3, 6: 3, 7: 4, 8: 4, 9: 4}
_DIGITSUM_DIGITS = {0: (2, 3), 1: (4, 6), 2: (7, 9), 3: (10, 14), 4: (15, 20)}
_GCD_DIGITS = {0: (1, 2), 1: (3, 3), 2: (4, 5), 3: (6, 7), 4: (8, 10)}


def smallest_factor(n: int) -> int:
    """Smallest prime factor of n >= 2 by trial division (n itself when n is prime)."""
    if n % 2 == 0:
        return 2
    f = 3
    while f * f <= n:
        if n % f == 0:
            return f
        f += 2
    return n


def is_prime(n: int) -> bool:
    return n >= 2 and smallest_factor(n) == n


def euclid(a: int, b: int) -> tuple[int, int]:
    """(gcd, division steps) by Euclid's algorithm."""
    steps = 0
    while b:
        a, b = b, a % b
        steps += 1
    return a, steps


def _random_prime(rng: random.Random, lo: int, hi: int, tries: int = 3000) -> int | None:
    """The first prime at or after a random start in [lo, hi] (wrapping), or None."""
    if lo > hi:
        return None
    n = rng.randint(lo, hi)
    for _ in range(min(tries, hi - lo + 1)):
        if is_prime(n):
            return n
        n = lo if n == hi else n + 1
    return None


def prime_bin(digits: int, looks_prime: bool) -> int:
    return _clamp(_PRIME_TIER[digits] + (1 if looks_prime else 0))


def _prime_candidate(rng: random.Random, target: int) -> int | None:
    if target == 0:  # a "looks prime" composite is one bin harder, so never in bin 0
        category = rng.choice(("prime", "plain"))
    else:
        category = rng.choices(("prime", "looks", "plain"), weights=(50, 35, 15))[0]
    if category == "looks":
        digits = rng.choice([d for d in _PRIME_TIER if prime_bin(d, True) == target])
        floor = 7 if digits <= 3 else 11 if digits <= 5 else 13
        p = _random_prime(rng, floor, math.isqrt(10**digits - 1))
        if p is None:
            return None
        q = _random_prime(rng, max(p, -(-(10 ** (digits - 1)) // p)), (10**digits - 1) // p)
        return None if q is None else p * q
    digits = rng.choice([d for d in _PRIME_TIER if prime_bin(d, False) == target])
    lo, hi = 10 ** (digits - 1), 10**digits - 1
    if category == "prime":
        return _random_prime(rng, lo, hi)
    factor = rng.choice((2, 3, 5))
    return factor * rng.randint(-(-lo // factor), hi // factor)


def _number_theory(slot: Slot) -> Draft:
    rng, target, template = slot.rng, slot.bin, slot.template
    source = "generated: guardrail.bench.suites number_theory (oracle: trial division, Euclid)"
    if template.kind == "prime":
        for _ in range(1000):
            n = _prime_candidate(rng, target)
            if n is None:
                continue
            spf = smallest_factor(n)
            prime = spf == n
            looks = not prime and spf >= 7
            if prime_bin(len(str(n)), looks) != target:
                continue
            return Draft(template.text.format(n=n), "yes" if prime else "no", "yes_no",
                         _feat(digits=len(str(n)), is_prime=int(prime), looks_prime=int(looks),
                               smallest_factor=0 if prime else spf), target, source)
        raise RuntimeError(f"number_theory: no prime item for bin {target}")  # pragma: no cover
    if template.kind == "digitsum":
        lo, hi = _DIGITSUM_DIGITS[target]
        n = _number(rng, rng.randint(lo, hi), "mixed")
        total = sum(int(c) for c in str(n))
        return Draft(template.text.format(n=n), str(total), "number",
                     _feat(digits=len(str(n)), answer=total), target, source)
    lo, hi = _GCD_DIGITS[target]
    for _ in range(1000):
        d = rng.randint(lo, hi)
        g = 1 if rng.random() < 0.2 else _number(rng, rng.randint(1, max(1, d - 1)), "mixed")
        x_lo, x_hi = -(-(10 ** (d - 1)) // g), (10**d - 1) // g
        if x_lo > x_hi or x_hi < 2:
            continue
        a = g * rng.randint(max(2, x_lo), x_hi)
        b = g * rng.randint(2, x_hi)
        if a == b:
            continue
        if rng.random() < 0.5:
            a, b = b, a
        answer, steps = euclid(a, b)
        digits = max(len(str(a)), len(str(b)))
        if not lo <= digits <= hi:
            continue
        return Draft(template.text.format(a=a, b=b), str(answer), "number",
                     _feat(digits=digits, euclid_steps=steps, answer_digits=len(str(answer))),
                     target, source)
    raise RuntimeError(f"number_theory: no gcd item for bin {target}")  # pragma: no cover


# --------------------------------------------------------------------------- letter count

LETTER_TEMPLATES = _tpl("letter_count", [
    ("", "en", "How many times does the letter '{letter}' appear in the word '{word}'?"),
    ("", "en", "Q: How many {letter}'s are in \"{word}\"?\nA:"),
    ("", "en", "Count the occurrences of the letter {letter} in {word}. "
               "Answer with only the number."),
    ("", "en", "Think step by step: spell out the word '{word}' and count how many "
               "'{letter}' letters it contains."),
    ("", "en", "how many {letter}s in {word} lol"),
    ("", "en", "In the word \"{word}\", how many times is the letter \"{letter}\" used?"),
    ("", "en", "Word: {word}\nLetter: {letter}\nCount:"),
    ("", "zh", "单词“{word}”中有几个字母“{letter}”？"),
    ("", "zh", "请数一数英文单词 {word} 里字母 {letter} 出现了多少次。只回答数字。"),
    ("", "zh", "请逐步思考：单词 '{word}' 中字母 '{letter}' 出现几次？"),
])


def _data_text(name: str) -> str:
    return files("guardrail.bench").joinpath("data", name).read_text(encoding="utf-8")


@cache
def word_list() -> tuple[str, ...]:
    """The shipped word list (``data/words.txt``)."""
    words = [line.strip() for line in _data_text("words.txt").splitlines()]
    return tuple(w for w in words if w and not w.startswith("#"))


def letter_bin(length: int, count: int) -> int:
    """Word length tier (<=4, 5-7, 8-10, 11-13, 14+), one harder for a letter seen 3+ times."""
    tier = sum(length > edge for edge in (4, 7, 10, 13))
    return _clamp(tier + (1 if count >= 3 else 0))


@cache
def _letter_pool() -> dict[tuple[int, str], tuple[tuple[str, str], ...]]:
    """(bin, category) -> (word, letter) candidates; category repeated / single / absent."""
    pool: dict[tuple[int, str], list[tuple[str, str]]] = {}
    for word in word_list():
        for letter in "abcdefghijklmnopqrstuvwxyz":
            count = word.count(letter)
            category = "repeated" if count >= 2 else "single" if count == 1 else "absent"
            pool.setdefault((letter_bin(len(word), count), category), []).append((word, letter))
    return {key: tuple(value) for key, value in pool.items()}


def _letter_count(slot: Slot) -> Draft:
    rng, target = slot.rng, slot.bin
    pool = _letter_pool()
    categories = [c for c in ("repeated", "single", "absent") if (target, c) in pool]
    weights = [{"repeated": 5, "single": 3, "absent": 2}[c] for c in categories]
    word, letter = rng.choice(pool[(target, rng.choices(categories, weights=weights)[0])])
    count = sum(1 for c in word if c == letter)
    letters = Counter(word)
    return Draft(
        slot.template.text.format(word=word, letter=letter), str(count), "number",
        _feat(word_length=len(word), count=count, distinct_letters=len(letters),
              repeated_letters=sum(1 for v in letters.values() if v >= 2)),
        target, "generated: guardrail.bench.suites letter_count "
                "(words: guardrail/bench/data/words.txt; oracle: direct count)",
        keys=(f"{word}|{letter}",))


# --------------------------------------------------------------------------- geometry

GEOMETRY_TEMPLATES = _tpl("geometry", [
    ("circles", "en", "Circle A has center ({x1}, {y1}) and radius {r1}; circle B has center "
                      "({x2}, {y2}) and radius {r2}. Do the two circles have at least one "
                      "point in common?"),
    ("circles", "en", "Q: Do the circles {eq1} and {eq2} intersect or touch? "
                      "Answer yes or no.\nA:"),
    ("circles", "en", "Think step by step. One circle is centered at ({x1}, {y1}) with radius "
                      "{r1}; another is centered at ({x2}, {y2}) with radius {r2}. Do they "
                      "intersect or touch?"),
    ("circles", "en", "quick geometry check: circle at ({x1}, {y1}) r={r1} and circle at "
                      "({x2}, {y2}) r={r2} - do they cross or touch anywhere? yes/no"),
    ("circles", "zh", "圆A的圆心为({x1}, {y1})，半径为{r1}；圆B的圆心为({x2}, {y2})，半径为{r2}。"
                      "这两个圆有公共点吗？"),
    ("circles", "zh", "请一步一步思考：以({x1}, {y1})为圆心、{r1}为半径的圆，与以({x2}, {y2})为"
                      "圆心、{r2}为半径的圆是否相交或相切？只回答“是”或“否”。"),
    ("segments", "en", "{segments_sentences} How many intersection points are there?"),
    ("segments", "en", "Q: Line segments: {segments_list}. How many distinct points lie on "
                       "at least two of these segments? Answer with only the number.\nA:"),
    ("segments", "en", "Think step by step. Consider the line segments {segments_list}. "
                       "Count the distinct points where two or more of them meet."),
    ("segments", "en", "how many intersection points do these segments have? "
                       "{segments_list}"),
    ("segments", "zh", "平面上有以下线段：{segments_list}。这些线段共有多少个不同的交点？"),
    ("segments", "zh", "请一步一步思考：线段{segments_list}之间一共有几个不同的交点？"
                       "只回答数字。"),
    ("polygon", "en", "A polygon has the vertices {vertices} in this order. Is the point "
                      "({px}, {py}) inside the polygon?"),
    ("polygon", "en", "Q: Polygon: {vertices}. Point: ({px}, {py}). Is the point inside? "
                      "Answer yes or no.\nA:"),
    ("polygon", "en", "Think step by step. Is the point ({px}, {py}) strictly inside the "
                      "polygon with vertices {vertices}?"),
    ("polygon", "en", "Is ({px}, {py}) in the interior of the polygon {vertices}? "
                      "Reply with only yes or no."),
    ("polygon", "zh", "多边形的顶点依次为{vertices}。点({px}, {py})在多边形内部吗？"),
])


def fmt_decimal(value: Fraction) -> str:
    """Exact decimal text of a Fraction whose denominator divides a power of ten (>= 1
    decimal): Fraction(5, 2) -> '2.5', Fraction(3) -> '3.0'."""
    sign = "-" if value < 0 else ""
    value = abs(value)
    places = 1
    while (value * 10**places).denominator != 1:
        places += 1
        if places > 12:
            raise ValueError(f"{value} is not a short decimal")
    scaled = int(value * 10**places)
    text = f"{scaled // 10**places}.{scaled % 10**places:0{places}d}".rstrip("0")
    return sign + (text + "0" if text.endswith(".") else text)


def _q(value: float, places: int) -> Fraction:
    return Fraction(round(value * 10**places), 10**places)


def circle_relation(c1: Point, r1: Fraction, c2: Point, r2: Fraction) -> tuple[bool, float, bool]:
    """(have a common point, near-tangency margin, exactly tangent). Exact comparison of
    the squared centre distance with (r1 - r2)^2 and (r1 + r2)^2; the margin is
    min(|d - (r1 + r2)|, |d - |r1 - r2||) / (r1 + r2)."""
    d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
    outer, inner = (r1 + r2) ** 2, (r1 - r2) ** 2
    meet = inner <= d2 <= outer
    tangent = d2 in (outer, inner)
    d = math.sqrt(d2)
    margin = 0.0 if tangent else min(abs(d - float(r1 + r2)), abs(d - float(abs(r1 - r2))))
    return meet, margin / float(r1 + r2), tangent


def circle_bin(margin: float) -> int:
    return 0 if margin >= 0.3 else 1 if margin >= 0.1 else 2 if margin >= 0.03 else (
        3 if margin >= 0.005 else 4)


_CIRCLE_MARGINS = {0: (0.3, 1.2), 1: (0.1, 0.3), 2: (0.03, 0.1), 3: (0.005, 0.03), 4: (0.0, 0.005)}
_TRIPLES = ((3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25), (20, 21, 29), (0, 1, 1))


def _circle_equation(c: Point, r: Fraction) -> str:
    def term(var: str, v: Fraction) -> str:
        if v == 0:
            return f"{var}^2"
        return f"({var} {'-' if v > 0 else '+'} {fmt_decimal(abs(v))})^2"

    return f"{term('x', c[0])} + {term('y', c[1])} = {fmt_decimal(r * r)}"


def _circles(slot: Slot) -> Draft:
    rng, target = slot.rng, slot.bin
    places = 2 if target >= 3 else 1
    want_meet = rng.random() < 0.5
    for _ in range(20000):
        c1 = (_q(rng.uniform(-8, 8), 1), _q(rng.uniform(-8, 8), 1))
        internal = rng.random() < 0.35
        if target == 4 and rng.random() < 0.4:  # exactly tangent
            a, c, h = rng.choice(_TRIPLES)
            if rng.random() < 0.5:
                a, c = c, a
            scale = Fraction(rng.randint(2, 12), 10)
            dx, dy = a * scale * rng.choice((-1, 1)), c * scale * rng.choice((-1, 1))
            d = h * scale
            if internal:
                r1 = Fraction(rng.randint(5, 60), 10)
                r2 = r1 + d
            else:
                if d * 10 < 2:
                    continue
                r1 = Fraction(rng.randint(1, int(d * 10) - 1), 10)
                r2 = d - r1
        else:
            r1, r2 = Fraction(rng.randint(5, 80), 10), Fraction(rng.randint(5, 80), 10)
            if internal and r1 == r2:
                continue
            boundary = float(abs(r1 - r2) if internal else r1 + r2)
            lo, hi = _CIRCLE_MARGINS[target]
            dist = boundary + rng.choice((-1, 1)) * rng.uniform(lo, hi) * float(r1 + r2)
            if dist <= 0.3:
                continue
            angle = rng.uniform(0, 2 * math.pi)
            dx, dy = _q(dist * math.cos(angle), places), _q(dist * math.sin(angle), places)
        c2 = (c1[0] + dx, c1[1] + dy)
        if c1 == c2:
            continue
        if rng.random() < 0.5:
            c1, c2, r1, r2 = c2, c1, r2, r1
        meet, margin, tangent = circle_relation(c1, r1, c2, r2)
        if circle_bin(margin) != target or meet != want_meet:
            continue
        f = fmt_decimal
        text = slot.template.text.format(
            x1=f(c1[0]), y1=f(c1[1]), r1=f(r1), x2=f(c2[0]), y2=f(c2[1]), r2=f(r2),
            eq1=_circle_equation(c1, r1), eq2=_circle_equation(c2, r2))
        return Draft(text, "yes" if meet else "no", "yes_no",
                     _feat(margin=round(margin, 6), tangent=int(tangent),
                           internal=int(internal), vertices=0),
                     target, "generated: guardrail.bench.suites geometry/circles "
                             "(oracle: exact squared distances with Fraction)")
    raise RuntimeError(f"geometry: no circle item for bin {target}")  # pragma: no cover


def _cross(o: Point, a: Point, b: Point) -> Fraction:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def _on_segment(p: Point, a: Point, b: Point) -> bool:
    return (_cross(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
            and min(a[1], b[1]) <= p[1] <= max(a[1], b[1]))


def segment_intersection(a: Point, b: Point, c: Point, d: Point) -> Point | None:
    """The common point of segments ab and cd, or None; ValueError if they are collinear
    and overlap (infinitely many common points)."""
    d1, d2, d3, d4 = _cross(c, d, a), _cross(c, d, b), _cross(a, b, c), _cross(a, b, d)
    if d1 == 0 and d2 == 0:  # collinear
        shared = [p for p in (a, b) if _on_segment(p, c, d)] + [
            p for p in (c, d) if _on_segment(p, a, b)]
        distinct = set(shared)
        if len(distinct) > 1:
            raise ValueError("collinear overlapping segments")
        return distinct.pop() if distinct else None
    if (d1 > 0 and d2 > 0) or (d1 < 0 and d2 < 0) or (d3 > 0 and d4 > 0) or (d3 < 0 and d4 < 0):
        return None
    t = d1 / (d1 - d2)
    return (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))


def _dist(p: Point, q: Point) -> float:
    return math.hypot(float(p[0] - q[0]), float(p[1] - q[1]))


def point_segment_distance(p: Point, a: Point, b: Point) -> float:
    ax, ay, bx, by, px, py = (float(v) for v in (*a, *b, *p))
    vx, vy = bx - ax, by - ay
    length2 = vx * vx + vy * vy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((px - ax) * vx + (py - ay) * vy) / length2))
    return math.hypot(px - (ax + t * vx), py - (ay + t * vy))


def segments_relation(segments: Sequence[tuple[Point, Point]]) -> tuple[int, float]:
    """(distinct intersection points, near-miss margin). The margin is the smallest, over
    pairs, of: for crossing pairs the distance from the crossing to the nearest endpoint;
    for disjoint pairs the distance between the segments; divided by the mean length."""
    points: set[Point] = set()
    margin = math.inf
    for i in range(len(segments)):
        for j in range(i + 1, len(segments)):
            (a, b), (c, d) = segments[i], segments[j]
            hit = segment_intersection(a, b, c, d)
            if hit is not None:
                points.add(hit)
                gap = min(_dist(hit, e) for e in (a, b, c, d))
            else:
                gap = min(point_segment_distance(a, c, d), point_segment_distance(b, c, d),
                          point_segment_distance(c, a, b), point_segment_distance(d, a, b))
            margin = min(margin, gap)
    mean = sum(_dist(a, b) for a, b in segments) / len(segments)
    return len(points), margin / mean


def segments_bin(count: int, margin: float) -> int:
    tier = 0 if margin >= 0.1 else 1 if margin >= 0.02 else 2
    return _clamp(count - 2 + tier)


def _segments_text(segments: Sequence[tuple[Point, Point]], kind: str) -> str:
    f = fmt_decimal
    if kind == "sentences":
        return " ".join(f"There is a line segment from ({f(a[0])}, {f(a[1])}) to "
                        f"({f(b[0])}, {f(b[1])})." for a, b in segments)
    return ", ".join(f"[({f(a[0])}, {f(a[1])}), ({f(b[0])}, {f(b[1])})]" for a, b in segments)


def _segments(slot: Slot) -> Draft:
    rng, target = slot.rng, slot.bin
    for _ in range(5000):
        k = rng.choice([k for k in (2, 3, 4) if 0 <= target - (k - 2) <= 2])
        tier = target - (k - 2)

        def segment() -> tuple[Point, Point]:  # centred near the origin: they often cross
            cx, cy = rng.uniform(-4, 4), rng.uniform(-4, 4)
            angle, half = rng.uniform(0, math.pi), rng.uniform(2, 7)
            dx, dy = half * math.cos(angle), half * math.sin(angle)
            return (_q(cx - dx, 1), _q(cy - dy, 1)), (_q(cx + dx, 1), _q(cy + dy, 1))

        segments = [segment() for _ in range(k)]
        if tier > 0:  # put an endpoint of the last segment close to the first one
            (a, b) = segments[0]
            t = rng.uniform(0.1, 0.9)
            px = float(a[0]) + t * float(b[0] - a[0])
            py = float(a[1]) + t * float(b[1] - a[1])
            length = _dist(a, b)
            if length < 1:
                continue
            nx, ny = -float(b[1] - a[1]) / length, float(b[0] - a[0]) / length
            gap = (rng.uniform(0.02, 0.1) if tier == 1 else rng.choice((0.0, rng.uniform(0, 0.02))))
            gap *= 8 * rng.choice((-1, 1))
            c = (_q(px + nx * gap, 2), _q(py + ny * gap, 2))
            angle = rng.uniform(0, 2 * math.pi)
            reach = rng.uniform(2, 8)
            d = (_q(float(c[0]) + reach * math.cos(angle), 1),
                 _q(float(c[1]) + reach * math.sin(angle), 1))
            segments[-1] = (c, d)
        if any(a == b for a, b in segments):
            continue
        try:
            count, margin = segments_relation(segments)
        except ValueError:
            continue
        if segments_bin(k, margin) != target:
            continue
        text = slot.template.text.format(
            segments_sentences=_segments_text(segments, "sentences"),
            segments_list=_segments_text(segments, "list"))
        return Draft(text, str(count), "number",
                     _feat(segments=k, margin=round(margin, 6), vertices=2 * k),
                     target, "generated: guardrail.bench.suites geometry/segments "
                             "(oracle: exact orientation tests with Fraction)")
    raise RuntimeError(f"geometry: no segments item for bin {target}")  # pragma: no cover


def polygon_is_simple(vertices: Sequence[Point]) -> bool:
    n = len(vertices)
    if len(set(vertices)) != n:
        return False
    edges = [(vertices[i], vertices[(i + 1) % n]) for i in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            adjacent = j == i + 1 or (i == 0 and j == n - 1)
            try:
                hit = segment_intersection(*edges[i], *edges[j])
            except ValueError:
                return False
            if hit is None:
                continue
            if not adjacent:
                return False
            shared = edges[i][1] if j == i + 1 else edges[i][0]
            if hit != shared:
                return False
    return True


def point_in_polygon(p: Point, vertices: Sequence[Point]) -> bool | None:
    """True inside, False outside, None on the boundary (exact crossing-number test)."""
    n = len(vertices)
    inside = False
    for i in range(n):
        a, b = vertices[i], vertices[(i + 1) % n]
        if _on_segment(p, a, b):
            return None
        if (a[1] > p[1]) != (b[1] > p[1]):
            x = a[0] + (p[1] - a[1]) * (b[0] - a[0]) / (b[1] - a[1])
            if p[0] < x:
                inside = not inside
    return inside


def polygon_bin(vertices: int, margin: float) -> int:
    """max(vertex tier: 3-4, 5-6, 7-8, 9-10, 11-12 vertices; margin tier: distance from the
    point to the boundary over the polygon's diameter >= .1, .04, .015, .005, less)."""
    vtier = min(4, (vertices - 3) // 2)
    mtier = sum(margin < edge for edge in (0.1, 0.04, 0.015, 0.005))
    return max(vtier, mtier)


_POLY_MARGINS = {0: (0.1, 0.3), 1: (0.04, 0.1), 2: (0.015, 0.04), 3: (0.005, 0.015),
                 4: (0.0005, 0.005)}


def _star_polygon(rng: random.Random, v: int) -> tuple[list[Point], Point] | None:
    """A simple polygon, counter-clockwise, star-shaped around the returned centre."""
    cx, cy = rng.uniform(-3, 3), rng.uniform(-3, 3)
    angles = sorted(rng.uniform(0, 2 * math.pi) for _ in range(v))
    if min((angles[(i + 1) % v] - angles[i]) % (2 * math.pi) for i in range(v)) < 0.15:
        return None
    vertices = [(_q(cx + r * math.cos(t), 1), _q(cy + r * math.sin(t), 1))
                for t, r in ((t, rng.uniform(2.5, 9)) for t in angles)]
    if not polygon_is_simple(vertices):
        return None
    return vertices, (_q(cx, 2), _q(cy, 2))


def _polygon(slot: Slot) -> Draft:
    rng, target = slot.rng, slot.bin
    want_inside = rng.random() < 0.5
    for _ in range(3000):
        if rng.random() < 0.5:
            vtier, mtier = target, rng.randint(0, target)
        else:
            vtier, mtier = rng.randint(0, target), target
        v = 3 + 2 * vtier + rng.randint(0, 1)
        made = _star_polygon(rng, v)
        if made is None:
            continue
        vertices, centre = made
        diameter = max(_dist(p, q) for p in vertices for q in vertices)
        for _ in range(20):
            if want_inside and mtier == 0 and rng.random() < 0.5:
                p = (centre[0] + _q(rng.uniform(-1, 1), 2), centre[1] + _q(rng.uniform(-1, 1), 2))
            else:
                i = rng.randrange(v)
                a, b = vertices[i], vertices[(i + 1) % v]
                length = _dist(a, b)
                t = rng.uniform(0.15, 0.85)
                lo, hi = _POLY_MARGINS[mtier]
                # counter-clockwise: the left normal points inside
                gap = rng.uniform(lo, hi) * diameter * (1 if want_inside else -1)
                nx, ny = -float(b[1] - a[1]) / length, float(b[0] - a[0]) / length
                p = (_q(float(a[0]) + t * float(b[0] - a[0]) + nx * gap, 2),
                     _q(float(a[1]) + t * float(b[1] - a[1]) + ny * gap, 2))
            inside = point_in_polygon(p, vertices)
            if inside is None or inside != want_inside:
                continue
            margin = min(point_segment_distance(p, vertices[k], vertices[(k + 1) % v])
                         for k in range(v)) / diameter
            if polygon_bin(v, margin) != target:
                continue
            turns = [_cross(vertices[k], vertices[(k + 1) % v], vertices[(k + 2) % v])
                     for k in range(v)]
            convex = all(x > 0 for x in turns) or all(x < 0 for x in turns)
            f = fmt_decimal
            text = slot.template.text.format(
                vertices="[" + ", ".join(f"({f(x)}, {f(y)})" for x, y in vertices) + "]",
                px=f(p[0]), py=f(p[1]))
            return Draft(text, "yes" if inside else "no", "yes_no",
                         _feat(vertices=v, margin=round(margin, 6), convex=int(convex)),
                         target, "generated: guardrail.bench.suites geometry/polygon "
                                 "(oracle: exact crossing number with Fraction)")
    raise RuntimeError(f"geometry: no polygon item for bin {target}")  # pragma: no cover


def _geometry(slot: Slot) -> Draft:
    kind = slot.template.kind
    return _circles(slot) if kind == "circles" else (
        _segments(slot) if kind == "segments" else _polygon(slot))


# --------------------------------------------------------------------------- capitals

CAPITAL_TEMPLATES = _tpl("capitals", [
    ("", "en", "What is the capital of {the_country}?"),
    ("", "en", "Q: What is the capital city of {the_country}?\nA:"),
    ("", "en", "Name the capital of {the_country}. Answer with only the city name."),
    ("", "en", "Think step by step: which city is the capital of {the_country}?"),
    ("", "en", "quick question - what's the capital of {the_country}?"),
    ("", "en", "Country: {country}\nCapital:"),
    ("", "en", "Which city serves as the capital of {the_country}? "
               "Reply with just the name of the city."),
    ("", "zh", "{zh}的首都是哪座城市？请用英文回答城市名。"),
    ("", "zh", "请问{zh}（{country}）的首都是什么？只用英文写出城市名。"),
    ("", "zh", "{zh}的首都叫什么？请逐步思考，最后用英文给出答案。"),
])


@cache
def capitals() -> tuple[dict[str, Any], ...]:
    """The shipped capitals (``data/capitals.json``), best known first."""
    rows = json.loads(_data_text("capitals.json"))["countries"]
    return tuple(sorted(rows, key=lambda row: int(row["rank"])))


def capital_bin(rank: int, total: int) -> int:
    """Rank quintile: 0 = the best known fifth of the countries."""
    return (rank - 1) * BINS // total


def _capital(slot: Slot) -> Draft:
    rows = capitals()
    pool = [r for r in rows if capital_bin(int(r["rank"]), len(rows)) == slot.bin]
    fresh = [r for r in pool if r["country"] not in slot.used]
    # more items than countries in the bin: reuse a country with a template it has not had
    options = fresh or [r for r in pool
                        if f"{r['country']}|{slot.template.id}" not in slot.used] or pool
    row = slot.rng.choice(options)
    country = str(row["country"])
    the_country = f"{row['article']} {country}".strip()
    text = slot.template.text.format(country=country, the_country=the_country, zh=row["zh"])
    return Draft(text, str(row["capital"]), "text",
                 _feat(rank=int(row["rank"]), rank_fraction=round(int(row["rank"]) / len(rows), 4)),
                 slot.bin, "guardrail/bench/data/capitals.json (facts written for guardrail)",
                 keys=(country, f"{country}|{slot.template.id}") if fresh else (
                     f"{country}|{slot.template.id}",))


# --------------------------------------------------------------------------- fictional

FICTIONAL_TEMPLATES = _tpl("fictional", [
    ("", "en", "{q}"),
    ("", "en", "Q: {q}\nA:"),
    ("", "en", "{q} Answer in one short sentence."),
    ("", "en", "Think step by step, then answer: {q}"),
    ("", "en", "hey, random question: {q_lower}"),
    ("", "en", "I need this for my homework. {q}"),
    ("", "en", "Answer the following question.\nQuestion: {q}\nAnswer:"),
    ("", "zh", "{q_zh}"),
    ("", "zh", "请回答：{q_zh}"),
    ("", "zh", "请一步一步思考，然后回答：{q_zh}"),
])

_FICTIONAL_QUESTIONS = {
    "country": ("What is the capital of {en}?", "{zh}的首都是哪座城市？"),
    "prize": ("Who won the {year} {en} in {field}?", "{year}年{zh}（{field_zh}）的得主是谁？"),
    "element": ("What is the boiling point of {en}?", "化学元素{zh}的沸点是多少？"),
    "scientist": ("What is the physicist {en} best known for?", "物理学家{zh}以什么成就闻名？"),
    "novel": ("Who wrote the novel '{en}'?", "小说《{zh}》的作者是谁？"),
    "city": ("What is the population of {en}?", "{zh}有多少人口？"),
    "animal": ("What does the {en} eat?", "{zh}吃什么？"),
    "mountain": ("How tall is {en}?", "{zh}有多高？"),
    "company": ("Who founded {en}?", "{zh}是谁创立的？"),
    "language": ("How many people speak {en}?", "有多少人说{zh}？"),
}
_PRIZE_FIELDS = (("chemistry", "化学"), ("physics", "物理学"), ("literature", "文学"),
                 ("medicine", "医学"), ("mathematics", "数学"), ("economics", "经济学"))


@cache
def fictional_entities() -> tuple[dict[str, Any], ...]:
    """The shipped invented entities (``data/fictional.json``)."""
    return tuple(json.loads(_data_text("fictional.json"))["entities"])


def _fictional(slot: Slot) -> Draft:
    rng, template = slot.rng, slot.template
    pool = [e for e in fictional_entities() if int(e["plausibility"]) == slot.bin]
    fresh = [e for e in pool if e["en"] not in slot.used]
    # more items than entities: reuse an entity with a template it has not had yet
    options = fresh or [e for e in pool if f"{e['en']}|{template.id}" not in slot.used] or pool
    entity = rng.choice(options)
    pair = f"{entity['en']}|{template.id}"
    en_q, zh_q = _FICTIONAL_QUESTIONS[str(entity["kind"])]
    field_en, field_zh = rng.choice(_PRIZE_FIELDS)
    slots = {"en": entity["en"], "zh": entity["zh"], "year": rng.randint(1952, 2016),
             "field": field_en, "field_zh": field_zh}
    q, q_zh = en_q.format(**slots), zh_q.format(**slots)
    text = template.text.format(q=q, q_zh=q_zh, q_lower=q[0].lower() + q[1:])
    return Draft(text, None, "none",
                 _feat(plausibility=int(entity["plausibility"]),
                       kind=list(_FICTIONAL_QUESTIONS).index(str(entity["kind"]))),
                 slot.bin, "guardrail/bench/data/fictional.json (invented entity; declining "
                           "is the right answer)",
                 keys=(str(entity["en"]), pair) if fresh else (pair,))


# --------------------------------------------------------------------------- word problems

WORD_PROBLEM_TEMPLATES = _tpl("word_problems", [
    ("", "en", "{problem}"),
    ("", "en", "Q: {problem}\nA:"),
    ("", "en", "{problem}\nAnswer with only the number."),
    ("", "en", "{problem}\nLet's think step by step."),
    ("", "en", "hey can u help me with this one: {problem}"),
    ("", "en", "Solve the following math word problem.\n\n{problem}\n\n"
               "Give the final answer as a number."),
    ("", "en", "Problem: {problem}\nSolution:"),
    ("", "zh", "请解下面这道数学应用题（题目为英文），只给出最后的数字答案：\n{problem}"),
    ("", "zh", "请一步一步地思考并解答：\n{problem}"),
    ("", "zh", "数学题：{problem}\n答案是多少？"),
])


@dataclass(frozen=True)
class _Problem:
    source: str  # "gsm8k" | "svamp"
    ref: str
    text: str
    answer: str
    operations: int
    distractors: int

    @property
    def load(self) -> int:
        return self.operations + self.distractors

    @property
    def bin(self) -> int:
        return word_problem_bin(self.load)


def word_problem_bin(load: int) -> int:
    """Reasoning load (calculations, plus unused numbers in SVAMP): 1, 2, 3, 4, 5+."""
    return _clamp(load - 1)


_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _svamp_text(body: str, question: str) -> str:
    body, question = body.strip(), question.strip()
    if body.endswith((".", "?", "!")):
        return f"{body} {question}"
    return f"{body}, {question[0].lower()}{question[1:]}"


def _clean_number(value: str) -> str:
    value = value.strip().replace(",", "")
    number = Fraction(value)
    return str(number.numerator) if number.denominator == 1 else value


@cache
def _word_problems(root: Path) -> tuple[_Problem, ...]:
    problems = []
    gsm_path = root / "gsm8k" / "test.jsonl"
    with gsm_path.open(encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            solution = str(row["answer"])
            problems.append(_Problem(
                "gsm8k", f"line {line_no}", str(row["question"]).strip(),
                _clean_number(solution.rsplit("####", 1)[1]),
                max(1, solution.count("<<")), 0))
    rows = json.loads((root / "svamp" / "SVAMP.json").read_text(encoding="utf-8"))
    for row in rows:
        equation = str(row["Equation"])
        operations = sum(equation.count(op) for op in "+-*/")
        if operations == 0:
            continue
        text = _svamp_text(str(row["Body"]), str(row["Question"]))
        unused = [float(x) for x in _NUMBER.findall(text)]
        for used in _NUMBER.findall(equation):
            if float(used) in unused:
                unused.remove(float(used))
        problems.append(_Problem("svamp", str(row["ID"]), text,
                                 _clean_number(repr(float(row["Answer"]))), operations,
                                 len(unused)))
    return tuple(problems)


_WP_SOURCES = {
    "gsm8k": "openai/grade-school-math test.jsonl {ref} (MIT)",
    "svamp": "arkilpatel/SVAMP SVAMP.json {ref} (MIT)",
}


def _allocate(counts: list[int], quotas: dict[str, int],
              capacity: dict[str, list[int]]) -> list[list[str]]:
    """Sources for each slot of each bin: walking the bins from easy to hard, the sources
    take their quota in the order given (easiest set first), as far as each bin has
    problems of that set; a set that runs out of problems leaves the slot to the next."""
    left = dict(quotas)
    names = list(quotas)
    plan: list[list[str]] = []
    for b, count in enumerate(counts):
        slots: list[str] = []
        for s in names:
            take = min(left[s], capacity[s][b], count - len(slots))
            slots += [s] * take
            left[s] -= take
        for s in names:  # quotas met elsewhere but this bin still short: any source
            take = min(capacity[s][b] - slots.count(s), count - len(slots))
            slots += [s] * take
        if len(slots) < count:
            raise ValueError(f"not enough problems for bin {b}")
        plan.append(slots)
    return plan


def _build_word_problems(n: int | None, seed: int, root: Path | None
                         ) -> list[tuple[Draft, Template]]:
    if n is None:
        raise ValueError("word_problems needs a size")
    rng = _rng("word_problems", seed)
    problems = _word_problems(_require_datasets(root))
    pools: dict[tuple[str, int], list[_Problem]] = {}
    for p in problems:
        pools.setdefault((p.source, p.bin), []).append(p)
    counts = _bin_counts(n)
    capacity = {s: [len(pools.get((s, b), [])) for b in range(BINS)] for s in _WP_SOURCES}
    sources = _allocate(counts, {"svamp": n // 2, "gsm8k": n - n // 2}, capacity)
    picked: dict[tuple[str, int], list[_Problem]] = {}
    for b in range(BINS):
        for s in _WP_SOURCES:
            need = sources[b].count(s)
            if need:
                picked[(s, b)] = rng.sample(pools[(s, b)], need)
    templates = WORD_PROBLEM_TEMPLATES
    out = []
    for b, t, j in _plan(n, templates, rng):
        s = sources[b][j]
        problem = picked[(s, b)][sources[b][:j].count(s)]
        template = templates[t]
        out.append((Draft(
            template.text.format(problem=problem.text), problem.answer, "number",
            _feat(operations=problem.operations, distractors=problem.distractors,
                  load=problem.load, gsm8k=int(s == "gsm8k")),
            b, _WP_SOURCES[s].format(ref=problem.ref)), template))
    return out


# --------------------------------------------------------------------------- public sets

_PUBLIC_SOURCES = {
    "llmdrift_primes": "lchen001/LLMDrift prime_full.jsonl id {id} (Apache-2.0)",
    "llmdrift_happy": "lchen001/LLMDrift count_happy_number.jsonl id {id} (Apache-2.0)",
    "strawberry_bench": "floleuerer/strawberry-bench strawberry_bench_847.jsonl {id} "
                        "(data CC-BY-4.0)",
    "bigbench_arithmetic": "google/BIG-bench arithmetic {id} (bigbench==1.0.0, Apache-2.0)",
    "bigbench_intersect_geometry": "google/BIG-bench intersect_geometry {id} "
                                   "(bigbench==1.0.0, Apache-2.0)",
}
_STRAWBERRY_BINS = {"easy": 0, "medium": 1, "hard": 2, "names": 3, "foreign": 3,
                    "sentence": 4, "paragraph": 4}
_PUBLIC_BINS = {
    "llmdrift_primes": "0 composite with factor 2 or 5, 1 factor 3, 2 4-digit prime, "
                       "3 5-digit prime, 4 composite with no factor below 7",
    "llmdrift_happy": "(range size - 6) + 1 if the numbers have 5 digits, clamped to 0..4",
    "strawberry_bench": "easy 0, medium 1, hard 2, names/foreign 3, sentence/paragraph 4",
    "bigbench_arithmetic": "operand digits - 1 (1..5 digits)",
    "bigbench_intersect_geometry": "number of shapes - 2 (shapes_2..shapes_6)",
}


def _public_draft(name: str, item: PublicItem) -> Draft:
    source = _PUBLIC_SOURCES[name].format(id=item.id)
    answer = item.answer
    answer_type: AnswerType = "yes_no" if item.answer_type == "yes_no" else "number"
    if name == "llmdrift_primes":
        match = re.search(r"Is (\d+) a prime", item.prompt)
        assert match, item.prompt
        n = int(match.group(1))
        spf = smallest_factor(n)
        prime = spf == n
        b = (2 if len(str(n)) <= 4 else 3) if prime else (
            0 if spf in (2, 5) else 1 if spf == 3 else 4)
        features = _feat(digits=len(str(n)), is_prime=int(prime),
                         smallest_factor=0 if prime else spf)
        answer = answer.strip().lower()
    elif name == "llmdrift_happy":
        match = re.search(r"between (\d+) and (\d+)", item.prompt)
        assert match, item.prompt
        lo, hi = int(match.group(1)), int(match.group(2))
        size = hi - lo + 1
        b = _clamp(size - 6 + (1 if len(str(hi)) >= 5 else 0))
        features = _feat(range_size=size, digits=len(str(hi)), answer=int(answer))
    elif name == "strawberry_bench":
        match = re.search(r"'([^']*)'\?\s*$", item.prompt)
        text = match.group(1) if match else ""
        b = _STRAWBERRY_BINS[item.group]
        features = _feat(text_length=len(text), count=int(answer),
                         group=list(_STRAWBERRY_BINS).index(item.group))
    elif name == "bigbench_arithmetic":
        digits, _, op = item.group.split("_", 2)
        b = _clamp(int(digits) - 1)
        features = _feat(digits=int(digits),
                         op=["addition", "subtraction", "multiplication", "division"].index(op))
    else:
        shapes = int(item.group.split("_")[1])
        b = _clamp(shapes - 2)
        features = _feat(shapes=shapes, label_error=int(item.label_error))
        if item.label_error:
            assert item.exact_answer is not None
            answer = str(item.exact_answer)
            source += (f"; published label {item.answer} is wrong, the answer is the exact "
                       "recount (../shared/datasets/bigbench/intersect_geometry_label_check.jsonl)")
    return Draft(item.prompt, answer, answer_type, features, b, source)


def _public_builder(name: str) -> Builder:
    template = Template(f"{name}/original", "en", "{prompt}", "")

    def build(n: int | None, seed: int, root: Path | None) -> list[tuple[Draft, Template]]:
        drafts = [_public_draft(name, item)
                  for item in load_public_set(name, _require_datasets(root))]
        if n is None:  # the whole set, in file order
            return [(d, template) for d in drafts]
        rng = _rng(name, seed)
        by_bin: dict[int, list[Draft]] = {}
        seen: set[str] = set()
        for d in drafts:  # a sample never repeats a prompt (StrawberryBench has 2 twice)
            if d.prompt not in seen:
                seen.add(d.prompt)
                by_bin.setdefault(d.bin, []).append(d)
        picked = {b: rng.sample(by_bin.get(b, []), c) for b, c in enumerate(_bin_counts(n))}
        return [(picked[b][j], template) for b, _, j in _plan(n, (template,), rng)]

    return build


def _require_datasets(root: Path | None) -> Path:
    path = root or datasets_dir()
    if not path.is_dir():
        raise FileNotFoundError(
            f"public datasets not found at {path}: set GUARDRAIL_DATASETS or put "
            "../shared/datasets beside the repository")
    return path


# --------------------------------------------------------------------------- registry

FAMILIES: dict[str, Family] = {
    "arithmetic": Family(
        "arithmetic", "generated", True, ARITHMETIC_TEMPLATES,
        "+, -, ×, exact ÷ on 1-12 digit operands",
        "digit tier of the larger operand (1-2, 3-4, 5-6, 7-9, 10-12 digits), one lower when "
        "nothing carries, one higher when half or more of the positions carry/borrow",
        _stratified("arithmetic", ARITHMETIC_TEMPLATES, _arithmetic)),
    "decimal_compare": Family(
        "decimal_compare", "generated", True, DECIMAL_TEMPLATES,
        "which of two decimals is bigger/smaller (choice) and 'is x greater/less than y' "
        "(yes/no)",
        "0 integer parts differ, 1 same integer part and decimals count, 2 the longer "
        "fraction is bigger, 3 the longer fraction is smaller (9.11 vs 9.9); +1 with negatives",
        _stratified("decimal_compare", DECIMAL_TEMPLATES, _decimal)),
    "number_theory": Family(
        "number_theory", "generated", True, NUMBER_THEORY_TEMPLATES,
        "primality (yes/no, with 'looks prime' semiprimes), digit sums, gcd",
        "primality: digits 2, 3, 4, 5-6, 7-9 (+1 for a composite with no factor below 7); "
        "digit sum: 2-3, 4-6, 7-9, 10-14, 15-20 digits; gcd: 1-2, 3, 4-5, 6-7, 8-10 digits",
        _stratified("number_theory", NUMBER_THEORY_TEMPLATES, _number_theory)),
    "letter_count": Family(
        "letter_count", "generated", True, LETTER_TEMPLATES,
        "how often a letter occurs in a word from data/words.txt",
        "word length <=4, 5-7, 8-10, 11-13, 14+; +1 when the letter occurs 3+ times",
        _stratified("letter_count", LETTER_TEMPLATES, _letter_count)),
    "geometry": Family(
        "geometry", "generated", True, GEOMETRY_TEMPLATES,
        "circle-circle intersection (yes/no), segment intersection counts, point in polygon",
        "circles: near-tangency margin >=.3, .1, .03, .005, less (exact tangency = 4); "
        "segments: (segments - 2) + margin tier (>=.1, .02, less); polygon: max(vertex tier, "
        "margin tier)",
        _stratified("geometry", GEOMETRY_TEMPLATES, _geometry)),
    "capitals": Family(
        "capitals", "knowledge", False, CAPITAL_TEMPLATES,
        "capital of a country, from well known to obscure (data/capitals.json)",
        "quintile of the hand-assigned familiarity rank",
        _stratified("capitals", CAPITAL_TEMPLATES, _capital)),
    "word_problems": Family(
        "word_problems", "knowledge", False, WORD_PROBLEM_TEMPLATES,
        "GSM8K test and SVAMP word problems, half each",
        "reasoning load 1, 2, 3, 4, 5+: GSM8K calculator annotations (<<...>>); SVAMP "
        "operators in the equation plus numbers in the text the equation does not use",
        _build_word_problems, needs_datasets=True),
    "fictional": Family(
        "fictional", "knowledge", False, FICTIONAL_TEMPLATES,
        "questions about invented entities (data/fictional.json); declining is correct",
        "hand-assigned plausibility of the invented name, 0 silly .. 4 sounds real",
        _stratified("fictional", FICTIONAL_TEMPLATES, _fictional)),
}
for _name in PUBLIC_SETS:
    FAMILIES[_name] = Family(
        _name, "public", True, (Template(f"{_name}/original", "en", "{prompt}"),),
        f"the public set {_name} (guardrail.bench.public)", _PUBLIC_BINS[_name],
        _public_builder(_name), needs_datasets=True)

DEFAULT_COMPOSITION: dict[str, int] = {
    "arithmetic": 30, "decimal_compare": 30, "number_theory": 30, "letter_count": 30,
    "geometry": 30, "capitals": 30, "word_problems": 30, "fictional": 20,
    **{name: 20 for name in PUBLIC_SETS},
}
FULL_COMPOSITION: dict[str, int] = {name: 100 for name in FAMILIES}
# Records the shipped frontier and policy are learned from: disjoint from the default suite
# (another seed, and no country, invented entity, word problem or prompt of the default
# suite), weighted towards the families only the frontier and the supervisor can help.
CALIBRATION_COMPOSITION: dict[str, int] = {
    "arithmetic": 30, "decimal_compare": 30, "number_theory": 30, "letter_count": 30,
    "geometry": 30, "capitals": 80, "word_problems": 100, "fictional": 40,
    **{name: 10 for name in PUBLIC_SETS},
}
SUITES: tuple[str, ...] = ("default", "full", "calibration", *PUBLIC_SETS)


# --------------------------------------------------------------------------- API


def generate_family(family: str, n: int | None, seed: int = 0, *, suite: str = "adhoc",
                    root: Path | None = None) -> list[BenchItem]:
    """n items of one family, spread evenly over bins 0..4 and the family's templates.

    ``n=None`` is only for public families: the whole set in file order. ``root`` is the
    public datasets folder (default :func:`guardrail.bench.public.datasets_dir`).
    """
    try:
        spec = FAMILIES[family]
    except KeyError:
        raise ValueError(f"unknown family {family!r}; choose from {sorted(FAMILIES)}") from None
    drafts = spec.build(n, seed, root)
    width = max(4, len(str(len(drafts) - 1)))
    return [
        BenchItem(
            id=f"{suite}/{family}/{i:0{width}d}", suite=suite, family=family,
            prompt=draft.prompt, answer=draft.answer, answer_type=draft.answer_type,
            choices=draft.choices, difficulty=draft.difficulty, difficulty_bin=draft.bin,
            template_id=template.id, lang=template.lang, source=draft.source,
            has_tool=spec.has_tool)
        for i, (draft, template) in enumerate(drafts)
    ]


def build_suite(name: str, seed: int = 0, *, root: Path | None = None) -> list[BenchItem]:
    """A named suite: "default", "full", "calibration" (disjoint from "default"; what the
    shipped frontier is learned from) or one public set by name (all of its items)."""
    if name == "calibration":
        return _calibration_suite(seed, root)
    if name == "default":
        composition: dict[str, int | None] = dict(DEFAULT_COMPOSITION)
    elif name == "full":
        composition = dict(FULL_COMPOSITION)
    elif name in PUBLIC_SETS:
        composition = {name: None}
    else:
        raise ValueError(f"unknown suite {name!r}; choose from {list(SUITES)}")
    items: list[BenchItem] = []
    for family, n in composition.items():
        items += generate_family(family, n, seed, suite=name, root=root)
    return items


def subject(item: BenchItem) -> str:
    """What an item is about (a country, an invented entity, a word problem), so two suites
    can be kept from asking about the same thing in other words."""
    if item.family == "capitals":
        return f"capital:{item.answer}"
    if item.family == "fictional":
        for entity in fictional_entities():
            if entity["en"] in item.prompt or entity["zh"] in item.prompt:
                return f"fictional:{entity['en']}"
    if item.family == "word_problems":
        return "word_problem:" + ",".join(re.findall(r"\d+(?:\.\d+)?", item.prompt))
    return f"prompt:{item.prompt}"


def _calibration_suite(seed: int, root: Path | None) -> list[BenchItem]:
    from .runner import select_items  # the stratified selection ``--limit`` uses

    taken = {subject(item) for item in build_suite("default", seed, root=root)}
    items: list[BenchItem] = []
    for family, n in CALIBRATION_COMPOSITION.items():
        pool = [item for item in generate_family(family, 3 * n, seed + 1, suite="calibration",
                                                 root=root)
                if subject(item) not in taken]
        items += select_items(pool, n)
    return items


def write_suite(items: Iterable[BenchItem], path: Path | str) -> Path:
    """One JSON object a line, UTF-8, '\\n' line ends: the same items give the same bytes."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = "".join(item.model_dump_json() + "\n" for item in items)
    path.write_bytes(data.encode("utf-8"))
    return path


def read_suite(path: Path | str) -> list[BenchItem]:
    with Path(path).open(encoding="utf-8") as handle:
        return [BenchItem.model_validate_json(line) for line in handle if line.strip()]


def write_suites(out: Path | str, seed: int = 0, names: Sequence[str] = SUITES, *,
                 root: Path | None = None) -> dict[str, Path]:
    """Write each named suite to ``out/<name>.jsonl`` (what ``guardrail bench make-suites``
    does)."""
    return {name: write_suite(build_suite(name, seed, root=root), Path(out) / f"{name}.jsonl")
            for name in names}


def composition(items: Iterable[BenchItem]) -> dict[str, list[int]]:
    """family -> item counts per difficulty bin, in first-seen family order."""
    table: dict[str, list[int]] = {}
    for item in items:
        table.setdefault(item.family, [0] * BINS)[item.difficulty_bin] += 1
    return table
