"""Elementary number theory: primality, factorization, gcd/lcm, prime counts, digit sums,
digital roots, happy, perfect and palindromic numbers, trailing zeros and digit counts of a^b
and n!, asked about concrete integers.

Grammar. A question is answered only when one of the phrasings below matches it from its first
word to its last (trailing "?", "。" and the like aside) and every number in it is an integer
literal the phrasing accounts for (``_numbers.NUMBER``; thousands separators allowed, decimals
declined). One solver, several problem kinds:

* ``divisors`` -- "How many divisors does 36 have?", "What are the factors of 24?", "the sum of
  the divisors of 28", "36有几个因数", "24的因数有哪些" (positive divisors of 1 <= n <= 10^15;
  "prime factors" is a factorization, "proper divisors" declines); "Is 91 a multiple of 7?" and
  "91是7的倍数吗" are divisibility questions. A sentence naming the number and a question about
  "it" ("Determine whether 143 is prime or composite. Is it prime?", "判断143是质数还是合数。它是
  质数吗？") asks about that number; a range note naming its ends ("(including 10 and 30)",
  "（含65和85）") makes it inclusive once the ends are checked;
* ``primality`` -- "Is 17077 a prime number?", "Determine whether 7919 is prime",
  "Is 91 composite?", "17077 是质数吗", "判断 91 是否为合数". Value "yes"/"no". 0, 1 and
  negative numbers are neither prime nor composite (the answer sentence says so).
* ``factorization`` -- "Factor 360", "What is the prime factorization of 360?",
  "Write 360 as a product of primes", "360 的质因数分解", "把 360 分解质因数". Canonical value:
  the prime powers in ascending order, ``p^e`` for ``e > 1``, joined by ``" * "``
  (``"2^3 * 3^2 * 5"``); a prime is its own value, 1 is ``"1"``, a negative number starts with
  ``"-1 * "``. The sentence uses superscripts: "360 = 2³ × 3² × 5".
* ``extreme_prime_factor`` -- "What is the largest (smallest) prime factor of 13195?",
  "13195 的最大质因数是多少". Declined for numbers below 2, which have no prime factor.
* ``gcd`` / ``lcm`` -- "What is the GCD of 12 and 18?", "gcd(12, 18)", "lcm(4, 6, 8) = ?",
  "the largest number that divides both 40 and 432", "the smallest (positive) number
  divisible by both 4 and 6",
  "greatest common divisor of 12, 18 and 30", "LCM of 4 and 6", "12 和 18 的最大公约数",
  "4、6 的最小公倍数", "求lcm(4，6)", "求最大公约数：12和18". In the function-call form commas
  separate arguments; an argument with a leading zero ("lcm(1,000, 5)") or a mix of bare and
  spaced commas ("gcd(12,180, 30)") might hide a thousands separator and is declined.
  Signs are ignored (the gcd and lcm are non-negative). A comma directly between digits is
  read as a thousands separator only where a list cannot use it as a separator; a list that
  mixes the two ("12,180, 30") is declined as ambiguous.
* ``coprime`` -- "Are 203 and 23 coprime?", "Is 35 relatively prime to 64?", "Are 8 and 15
  co-prime to each other?", "203和23互质吗", "判断 8 与 15 是否互素". Value "yes"/"no": whether
  the two integers' gcd is 1 (signs ignored; 0 is coprime only to 1 and -1). Exactly two
  numbers: for three or more, "coprime" may mean pairwise or as a set, so the question declines.
* ``nth_prime`` -- "What is the 10th prime?", "第 10 个质数是多少" (2 is the 1st prime).
* ``prime_count`` / ``prime_list`` -- "How many primes are there below 100?", "List the primes
  below 30", "How many prime numbers are less than or equal to 50?", "小于100的质数有多少个".
  Value: the count, or the primes as ``"2, 3, 5, 7"`` (``"none"`` when there are none).
* ``digit_sum`` -- "What is the sum of the digits of 98765?", "98765 的各位数字之和是多少".
  The sign of a negative number is ignored.
* ``divisibility`` -- "Is 2024 divisible by 8?", "Does 7 divide 91?", "Is 7 a factor of 91?",
  "2024 能被 8 整除吗", "7 是 91 的因数吗". Value "yes"/"no"; division by 0 is declined.
* ``happy`` / ``happy_count`` / ``happy_list`` -- "Is 19 a happy number?", "How many happy
  numbers are there between 4600 and 4606?", "List the happy numbers between 1 and 50".
  Happy numbers are positive integers.
* ``digital_root`` -- "What is the digital root of 98765?", "Keep adding the digits of 98765
  until you get a single digit", "98765的数字根是多少" (n >= 0; not the digit sum, which is
  ``digit_sum``). Value ``1 + (n - 1) % 9`` (0 for 0); the sentence shows the chain.
* ``perfect`` -- "Is 496 a perfect number?", "Is 12 abundant?", "Is 12 perfect, abundant or
  deficient?", "496是完全数吗", "12是盈数吗". Value "yes"/"no", or the class. "perfect" needs its
  noun ("Is 496 perfect?" may mean a perfect square or power and declines); n <= 10^15; 0 and
  negative numbers are not perfect, abundant or deficient ("no"; the class question declines).
* ``divisors`` with ``proper_sum`` -- "the sum of the proper divisors of 220", "the aliquot
  sum of 12", "220的真因数之和": all positive divisors but n itself (counting or listing "proper
  divisors" still declines: some texts exclude 1 as well).
* ``palindrome`` -- "Is 12321 a palindromic number?", "Is the number 12321 a palindrome?",
  "12321是回文数吗". Thousands separators are formatting ("12,321" is 12321) except in "Does the
  number 12,321 read the same backwards?"; negative numbers and leading zeros decline. "Is
  12321 a palindrome?" without a word saying it is a number is left to the strings family.
* ``trailing_zeros`` -- "How many trailing zeros does 100! have?", "How many zeros are at the
  end of 50 factorial?", "100!的末尾有多少个0" (Legendre's formula, n <= 10^18). "How many zeros
  does 100! have?" counts every zero and declines.
* ``expression_digits`` -- "How many digits does 2^100 have?", "... in 2**64", "2¹⁰⁰", "30!",
  "2的100次方是几位数": one power a^b or one factorial n! of non-negative integer literals,
  computed exactly; declined (before anything is built) when the result would have more than
  10^6 digits, and for 0^0.

Factorials. A "!" right after a digit is a factorial, never punctuation: "Is 5! prime?" is not
"Is 5 prime?", and only the phrasings that name a factorial accept it.

Ranges. "below/less than/under N" excludes N; "up to/at most/less than or equal to N" includes
it; "from A to B" includes both ends. "between A and B" includes both ends for happy numbers
(the LLMDrift benchmark's convention); for primes, and for "N 以内/以下" in both families, it
is ambiguous whether an end is included, so the solver answers only when no ambiguous end is
itself a prime (happy number) -- then both readings agree -- and declines otherwise.

Caps (so every accepted problem is fast): primality |n| <= 10^30 (``sympy.isprime``;
deterministic below 2^64, BPSW above); factorization and prime factors for |n| < 10^18 always,
and up to 10^30 only when ``sympy.factorint`` with a bounded effort finds factors that are all
prime (otherwise declined); gcd/lcm of 2 to 50 integers of at most 30 digits, with an lcm
below 10^1000; prime counts and lists up to 10^6 with at most 1000 primes listed; the n-th
prime for n <= 78498 (primes below 10^6); happy ranges up to 10^18 and at most 10^6 numbers
wide, listing at most 1000. Questions longer than 400 characters are declined.

Wrappers. Besides the lead-ins each phrasing allows ("what is", "find", "can you", "请问"),
three endings and one wrapper are peeled off before matching, and what remains must still
match a phrasing completely: "= ?", "equals", "(is) equal to" and a final "is" ("The GCD of 12
and 18 is?"); "? Yes or no" / "? True or false"; and an embedded question: "Tell me / Do you
know / I'd like to know / I wonder" + "what … is/are" ("Tell me what the 10th prime is"), or
+ "whether/if/how many/which …" as it stands. Chinese: "请问/告诉我/你知道…" and "…＝？".
Full-width ASCII (（，）＝) in a question without Chinese characters is read as ASCII.

General readings (English), tried when no phrasing matches: one integer (said once or
repeated) and around it only asking words, plus the concept words of exactly one question --
"prime" or "composite" for primality ("hey is 221 prime or not"); "prime" with "largest" /
"smallest" and a divisor word for the extreme prime factor ("Of all the primes dividing 2310,
which is the largest?"); "digits" with "add" / "sum" / "together" for the digit sum ("If you
add the digits of 708958312971 together, what do you get?"); "how many" / "count" with a
divisor word for the number of divisors ("How many whole numbers divide 720 evenly?", "Count
the factors of 97 (including 1 and 97)"). Any other word, a second number or a yes/no opening
for a value question declines.

Declined (the model answers): questions with no concrete number ("Are there infinitely many
primes?"), several questions at once ("Is 17077 prime and is 91 prime?"), other bases, number
words, dates, phone numbers and other digit strings that are not one integer literal, word
problems, and anything not matching a phrasing completely.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from functools import cache
from itertools import compress, islice
from typing import Literal

import numpy as np
import numpy.typing as npt
import sympy

from ._base import Declined, Parsed, Problem, Query, Solution
from ._numbers import NUMBER, parse_integer

__all__ = [
    "CoprimeProblem",
    "DigitSumProblem",
    "DigitalRootProblem",
    "DigitsProblem",
    "DivisibilityProblem",
    "DivisorsProblem",
    "ExpressionDigitsProblem",
    "ExtremePrimeFactorProblem",
    "FactorizationProblem",
    "GcdLcmProblem",
    "HappyProblem",
    "NthPrimeProblem",
    "NumberTheoryProblem",
    "NumberTheorySolver",
    "PalindromeProblem",
    "ParityProblem",
    "PerfectNumberProblem",
    "PerfectPowerProblem",
    "PrimalityProblem",
    "PrimeNeighbourProblem",
    "RangeProblem",
    "TrailingZerosProblem",
    "digital_root",
    "factorization_value",
    "is_happy",
]

MAX_TEXT_CHARS = 400
MAX_PRIMALITY = 10**30
# factorint always finishes fast below this (Pollard rho on two 9-digit primes: ~50 ms worst).
FULL_FACTOR_BELOW = 10**18
# Above FULL_FACTOR_BELOW, factorint(limit=...) bounds its effort (~15 ms) and may leave a
# composite "factor" in its result; such results are declined, never reported.
PARTIAL_FACTOR_LIMIT = 10**4
MAX_FACTOR = 10**30
# Divisors are listed from a factorization; this bounds both the factoring and the list.
MAX_DIVISORS_N = 10**15
MAX_LIST_NUMBERS = 50
MAX_LIST_DIGITS = 30
MAX_LCM = 10**1000  # larger results are not a short answer
MAX_SIEVE = 10**6
MAX_NTH_PRIME = 78_498  # pi(10^6): the n-th prime then lies below MAX_SIEVE
MAX_LISTED = 1000
MAX_HAPPY = 10**18
MAX_HAPPY_WIDTH = 10**6
# Digit counts of a^b and n! are computed exactly; these bound the number before it is built
# (10^6 digits: about 0.6 s for the largest factorial).
MAX_EXPRESSION_DIGITS = 10**6
MAX_EXPONENT = 10**7  # larger exponents (base >= 2) exceed MAX_EXPRESSION_DIGITS anyway
MAX_FACTORIAL = 10**6  # likewise for n!
MAX_TRAILING_ZEROS_N = 10**18  # Legendre's formula: a few divisions, any size would do

# --------------------------------------------------------------------------------------------
# Problems


class PrimalityProblem(Problem):
    """Is ``n`` prime (or composite)?"""

    kind: Literal["primality"] = "primality"
    n: int
    ask: Literal["prime", "composite", "which"] = "prime"


class DigitsProblem(Problem):
    """How many digits ``n`` has, how often ``digit`` appears in it, or their product."""

    kind: Literal["digits"] = "digits"
    n: int
    ask: Literal["count", "occurrences", "product"]
    digit: int | None = None


class PrimeNeighbourProblem(Problem):
    """The smallest prime above ``n`` or the largest prime below it."""

    kind: Literal["prime_neighbour"] = "prime_neighbour"
    n: int
    direction: Literal["next", "previous"]


class FactorizationProblem(Problem):
    """The prime factorization of ``n``."""

    kind: Literal["factorization"] = "factorization"
    n: int


class ExtremePrimeFactorProblem(Problem):
    """The largest or smallest prime factor of ``n``."""

    kind: Literal["extreme_prime_factor"] = "extreme_prime_factor"
    n: int
    which: Literal["largest", "smallest"]


class GcdLcmProblem(Problem):
    """The gcd or lcm of two or more integers."""

    kind: Literal["gcd", "lcm"]
    numbers: tuple[int, ...]


class CoprimeProblem(Problem):
    """Are ``a`` and ``b`` coprime (their gcd is 1)?"""

    kind: Literal["coprime"] = "coprime"
    a: int
    b: int


class NthPrimeProblem(Problem):
    """The ``index``-th prime, counting 2 as the first."""

    kind: Literal["nth_prime"] = "nth_prime"
    index: int


class DigitSumProblem(Problem):
    """The sum of the decimal digits of ``n`` (sign ignored)."""

    kind: Literal["digit_sum"] = "digit_sum"
    n: int


class HappyProblem(Problem):
    """Is ``n`` a happy number?"""

    kind: Literal["happy"] = "happy"
    n: int


class DivisibilityProblem(Problem):
    """Is ``n`` divisible by ``d`` (``d`` divides ``n`` with no remainder)?"""

    kind: Literal["divisibility"] = "divisibility"
    n: int
    d: int


class ParityProblem(Problem):
    """Is ``n`` even (odd), or which of the two is it?"""

    kind: Literal["parity"] = "parity"
    n: int
    ask: Literal["even", "odd", "which"]


class PerfectPowerProblem(Problem):
    """Is ``n`` a perfect square (``degree`` 2) or a perfect cube (3)?"""

    kind: Literal["perfect_power"] = "perfect_power"
    n: int
    degree: Literal[2, 3]


class DivisorsProblem(Problem):
    """The positive divisors of ``n``: how many, which, their sum, or the sum of the proper
    divisors (all but ``n`` itself: the aliquot sum)."""

    kind: Literal["divisors"] = "divisors"
    n: int
    ask: Literal["count", "list", "sum", "proper_sum"]


class DigitalRootProblem(Problem):
    """The digital root of ``n >= 0``: its digits summed repeatedly until one digit is left."""

    kind: Literal["digital_root"] = "digital_root"
    n: int


class PerfectNumberProblem(Problem):
    """Is ``n`` perfect (abundant, deficient): is the sum of its proper divisors equal to
    (greater than, less than) ``n``? ``which`` asks for the class."""

    kind: Literal["perfect"] = "perfect"
    n: int
    ask: Literal["perfect", "abundant", "deficient", "which"]


class PalindromeProblem(Problem):
    """Do the decimal digits of ``n >= 0`` read the same backwards?"""

    kind: Literal["palindrome"] = "palindrome"
    n: int


class TrailingZerosProblem(Problem):
    """How many zeros ``n!`` ends in."""

    kind: Literal["trailing_zeros"] = "trailing_zeros"
    n: int


class ExpressionDigitsProblem(Problem):
    """How many decimal digits ``base ** exponent`` (``form="power"``) or ``base!``
    (``form="factorial"``, no exponent) has."""

    kind: Literal["expression_digits"] = "expression_digits"
    form: Literal["power", "factorial"]
    base: int
    exponent: int | None = None


class RangeProblem(Problem):
    """Count or list the primes (happy numbers) in a range.

    ``lo`` is None when the question gives only an upper bound. ``lo_open``/``hi_open`` exclude
    an end. ``ambiguous`` means the question does not say whether its ends are included: the
    range is then read inclusively and the solver declines when a given end is a member.
    """

    kind: Literal["prime_count", "prime_list", "happy_count", "happy_list"]
    lo: int | None = None
    hi: int
    lo_open: bool = False
    hi_open: bool = False
    ambiguous: bool = False


NumberTheoryProblem = (PrimalityProblem | FactorizationProblem | ExtremePrimeFactorProblem
                       | GcdLcmProblem | CoprimeProblem | NthPrimeProblem | DigitSumProblem
                       | HappyProblem | DivisibilityProblem | DivisorsProblem
                       | ParityProblem | PerfectPowerProblem | DigitsProblem
                       | PrimeNeighbourProblem | DigitalRootProblem | PerfectNumberProblem
                       | PalindromeProblem | TrailingZerosProblem | ExpressionDigitsProblem
                       | RangeProblem)


class _Reject(Exception):
    """Raised by a phrasing's builder: the phrasing matched but the question is declined."""


# --------------------------------------------------------------------------------------------
# Arithmetic (exact, bounded)


@cache
def _sieve() -> bytearray:
    """is_prime flags for 0..MAX_SIEVE (about 1 MB, built once, ~10 ms)."""
    flags = bytearray([1]) * (MAX_SIEVE + 1)
    flags[0:2] = b"\x00\x00"
    for p in range(2, math.isqrt(MAX_SIEVE) + 1):
        if flags[p]:
            flags[p * p :: p] = bytes(len(range(p * p, MAX_SIEVE + 1, p)))
    return flags


def _is_prime(n: int) -> bool:
    return n >= 2 and bool(sympy.isprime(n))


def _factor(n: int) -> dict[int, int] | None:
    """The prime factorization of ``n >= 2``, or None when it was not found within the cap."""
    if n < FULL_FACTOR_BELOW:
        raw = sympy.factorint(n)
    elif n <= MAX_FACTOR:
        raw = sympy.factorint(n, limit=PARTIAL_FACTOR_LIMIT)
    else:
        return None
    factors = {int(p): int(e) for p, e in raw.items()}
    # With a limit, factorint returns an unfactored composite as if it were a prime factor.
    if not all(sympy.isprime(p) for p in factors) or math.prod(
            p**e for p, e in factors.items()) != n:
        return None
    return dict(sorted(factors.items()))


def factorization_value(n: int, factors: dict[int, int]) -> str:
    """Canonical factorization text: ``"2^3 * 3^2 * 5"`` (ascending primes, ``^`` for powers).

    >>> factorization_value(-360, {2: 3, 3: 2, 5: 1})
    '-1 * 2^3 * 3^2 * 5'
    """
    parts = [f"{p}^{e}" if e > 1 else str(p) for p, e in factors.items()]
    if n < 0:
        parts.insert(0, "-1")
    return " * ".join(parts) if parts else str(n)


_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _pretty(n: int, factors: dict[int, int]) -> str:
    parts = [f"{p}{str(e).translate(_SUPERSCRIPT)}" if e > 1 else str(p)
             for p, e in factors.items()]
    if n < 0:
        parts.insert(0, "-1")
    return " × ".join(parts) if parts else str(n)


def _digit_square_sum(n: int) -> int:
    return sum(int(d) ** 2 for d in str(n))


def is_happy(n: int) -> bool:
    """Whether iterating the sum of squared digits from ``n`` reaches 1 (positive ``n`` only).

    >>> is_happy(19), is_happy(4), is_happy(0)
    (True, False, False)
    """
    if n <= 0:
        return False
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = _digit_square_sum(n)
    return n == 1


def digital_root(n: int) -> int:
    """The digital root of ``n >= 0``: 0 for 0, else ``1 + (n - 1) % 9`` (casting out nines).

    >>> digital_root(98765), digital_root(9), digital_root(0)
    (8, 9, 0)
    """
    return 0 if n == 0 else 1 + (n - 1) % 9


def _digit_sum_chain(n: int) -> list[int]:
    """``n``, its digit sum, that number's digit sum, ... down to one digit (``n >= 0``)."""
    chain = [n]
    while chain[-1] >= 10:
        chain.append(sum(int(d) for d in str(chain[-1])))
    return chain


def _decimal_length(value: int) -> int:
    """The number of decimal digits of ``value >= 0``, without ``str`` (whose conversion of
    integers above 4300 digits is refused): an estimate from the bit length, made exact by
    comparing with a power of ten."""
    if value == 0:
        return 1
    digits = int((value.bit_length() - 1) * math.log10(2)) + 1
    low = 10 ** (digits - 1)
    while value < low:
        digits, low = digits - 1, low // 10
    while value >= low * 10:
        digits, low = digits + 1, low * 10
    return digits


def _legendre_fives(n: int) -> list[int]:
    """``n // 5``, ``n // 25``, ... while positive: their sum is the number of zeros ``n!``
    ends in (each zero takes a factor 5, and factors 2 are more plentiful)."""
    terms = []
    power = 5
    while power <= n:
        terms.append(n // power)
        power *= 5
    return terms


def _happy_chain(n: int) -> list[int]:
    chain = [n]
    while chain[-1] != 1:
        chain.append(_digit_square_sum(chain[-1]))
    return chain


# Digit-square sums of every 3-digit block (leading zeros add nothing), and happiness of every
# possible digit-square sum of a number below 10^19 (at most 19 * 81 = 1539).
_SQ3: npt.NDArray[np.int64] = np.array([_digit_square_sum(i) for i in range(1000)],
                                       dtype=np.int64)
_HAPPY_SUM: npt.NDArray[np.bool_] = np.array([is_happy(s) for s in range(1600)], dtype=np.bool_)


def _happy_blocks(lo: int, hi: int) -> Iterator[tuple[int, npt.NDArray[np.bool_]]]:
    """(first number, happiness mask) per block of 1000 covering ``1 <= lo <= hi <= 10^18``.

    A number's digit-square sum is that of its high part plus that of its last three digits,
    so one table lookup per number replaces the digit loop (10^6 numbers in a few ms).
    """
    for high in range(lo // 1000, hi // 1000 + 1):
        start = max(lo - high * 1000, 0)
        stop = min(hi - high * 1000, 999)
        offset = _digit_square_sum(high) if high else 0
        yield high * 1000 + start, _HAPPY_SUM[offset + _SQ3[start : stop + 1]]


# --------------------------------------------------------------------------------------------
# Grammar

_N = rf"(?P<n>{NUMBER})"
_THE_NUM = r"(?:the\s+(?:number|integer)\s+|(?:number|integer)\s+)?"
_D = rf"(?P<d>{NUMBER})"
_PLEASE = (r"(?:(?:please|kindly)\s*,?\s*)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?)?"
           r"(?:(?:i\s+want|i'd\s+like|i\s+would\s+like)\s+(?:you\s+)?to\s+)?")
_ASK = (r"(?:(?:what\s+is|what's|what’s|whats|what\s+are|what're|which\s+is|find|compute|calculate|"
        r"determine|give(?:\s+me)?|tell\s+me|state|show(?:\s+me)?|work\s+out|figure\s+out|"
        r"get|identify|name|i\s+need|i\s+want|i'd\s+like|i\s+would\s+like)\s+)?")
_LIST_VERB = (r"(?:list|name|give(?:\s+me)?|print|find|show(?:\s+me)?|write(?:\s+(?:down|out))?|"
              r"enumerate|output|generate|what\s+are|which\s+are|tell\s+me|identify)")
_LIST_OF = r"(?:(?:the\s+|a\s+)?(?:full\s+|complete\s+)?list\s+of\s+)?"
_PRIMES = r"(?:prime\s+numbers|primes)"
_HAPPIES = r"(?:happy\s+(?:numbers|integers))"
_EXIST = (r"(?:(?:are\s+there|there\s+are|are|exist|lie|occur|can\s+be\s+found|do\s+we\s+have|"
          r"are\s+there\s+that\s+are|is\s+there)\s+)?")
_AFTER = r"(?:\s+(?:are\s+there|exist|there\s+are|in\s+total|altogether))?"
_EN_BOUND = (
    r"(?:(?:that\s+are\s+|which\s+are\s+|that\s+lie\s+|lying\s+|in\s+the\s+range\s+)?"
    r"(?:(?:less\s+than\s+or\s+equal\s+to|(?:smaller|lower)\s+than\s+or\s+equal\s+to|"
    r"up\s+to(?:\s+and\s+including)?|at\s+most|not\s+exceeding|"
    r"(?:not|no)\s+(?:greater|more|larger|bigger|higher)\s+than|≤|<=|=<)\s*"
    rf"(?P<inc>{NUMBER})"
    rf"|(?:below|less\s+than|under|smaller\s+than|lower\s+than|beneath|<)\s*(?P<exc>{NUMBER})"
    rf"|between\s+(?P<blo>{NUMBER})\s+and\s+(?P<bhi>{NUMBER})"
    r"(?:\s*,?\s*(?:\(\s*)?(?:(?P<binc>(?:both\s+)?inclusive(?:ly)?|(?:endpoints|ends|bounds)"
    r"\s+included|including\s+(?:both\s+)?(?:endpoints|ends))|(?P<bexc>(?:both\s+)?"
    r"exclusive(?:ly)?|excluding\s+(?:both\s+)?(?:endpoints|ends)))(?:\s*\))?)?"
    rf"|from\s+(?P<flo>{NUMBER})\s+(?:to|through|thru|until|up\s+to)\s+(?P<fhi>{NUMBER})"
    r"(?:\s*,?\s*(?:\(\s*)?(?:both\s+)?inclusive(?:ly)?(?:\s*\))?)?"
    # "in the range 18 to 38", "in the range 18–38, endpoints included"
    rf"|in\s+the\s+(?:range|interval)\s+(?P<rlo>{NUMBER})(?:\s+(?:to|through|thru)\s+|\s?[–—-]\s?)"
    rf"(?P<rhi>{NUMBER})(?:\s*,?\s*(?:\(\s*)?(?:(?:both\s+)?inclusive(?:ly)?|(?:endpoints|ends"
    r"|bounds)\s+included|including\s+(?:both\s+)?(?:endpoints|ends))(?:\s*\))?)?))"
)
_ZH_BOUND = (
    rf"(?:(?:小于或等于|小于等于|不大于|不超过|不多于|至多|≤|<=)\s*(?P<inc>{NUMBER})"
    rf"|(?:小于|低于|少于|<)\s*(?P<exc>{NUMBER})"
    rf"|(?P<amb>{NUMBER})\s*(?:以内|以下|之内)"
    rf"|(?:从)?\s*(?P<tlo>{NUMBER})\s*(?:到|至|~|～)\s*(?P<thi>{NUMBER})"
    r"\s*(?P<between>之间|之内|以内|范围内)?"
    r"(?:\s*[（(]?\s*(?P<binc>包括两端|包含两端|含两端|包括端点|包含端点|闭区间)\s*[)）]?)?"
    rf"|(?P<alo>{NUMBER})\s*(?:和|与)\s*(?P<ahi>{NUMBER})\s*之间)"
)
_EN_SEP = r"(?:\s*,\s*and\s+|\s*,\s+|\s+and\s+|\s*&\s*)"
_ZH_SEP = r"(?:\s*(?:[、，,]|以及|和|与|跟|及)\s*)"
_EN_LIST = rf"(?P<list>{NUMBER}(?:{_EN_SEP}{NUMBER})+)"
_ZH_LIST = rf"(?P<zlist>{NUMBER}(?:{_ZH_SEP}{NUMBER})+)"
_GCD = (r"gcd|g\.c\.d\.?|gcf|hcf|greatest\s+common\s+(?:divisor|factor)|"
        r"highest\s+common\s+(?:divisor|factor)|largest\s+common\s+(?:divisor|factor)")
_LCM = r"lcm|l\.c\.m\.?|(?:least|lowest|smallest)\s+common\s+multiple"
_EXTREME = r"(?P<which>largest|greatest|biggest|highest|smallest|least|lowest)"
_DIVISORS = r"(?:positive\s+)?(?:divisors|factors)"
_OR_NOT = r"(?:\s+or\s+not|\s*,?\s*(?:yes\s+or\s+no|true\s+or\s+false))?"
_PRIME_WORD = r"(?P<prop>prime|composite)(?:\s+(?:number|integer))?"
_BESIDES = r"(?:other\s+than|besides|apart\s+from|except(?:\s+for)?)\s+1\s+and\s+itself"
_ZH_PRIME = r"(?:质数|素数)"
_A = rf"(?P<a>{NUMBER})"
_B = rf"(?P<b>{NUMBER})"
# "coprime", "co-prime", "relatively prime", "mutually prime", "prime to each other"
_COPRIME = (r"(?:co-?\s?prime|relatively\s+prime|mutually\s+prime)(?:\s+(?:numbers|integers))?"
            r"(?:\s+(?:to|with)\s+(?:each\s+other|one\s+another))?"
            r"|prime\s+to\s+(?:each\s+other|one\s+another)")
_COPRIME_TO = r"(?:co-?\s?prime|relatively\s+prime|prime)\s+(?:to|with)"
_NUMBERS = r"(?:(?:the\s+)?(?:numbers|integers)\s+)?"
_ZH_DIVISORS = r"(?:正)?(?:因数|约数|因子)"
_ZH_NUM = r"(?:数字?|整数|自然数)?\s*"
_ZH_IS = r"(?:是不是|是否为|是否是|是否|是|为|算是|算)"
# "319这个数是素数吗": the number named again as "this number"
_ZH_THIS = r"(?:\s*这个(?:数字?|整数|自然数))?"
_ZH_WHAT = r"(?:\s*(?:是|为|等于)\s*(?:多少|什么|几|哪个数|哪些)?)?"
_ZH_REQ = r"(?:求|计算|算出|求出|写出|找出|请问|请求出|请计算|请写出)?\s*"
# A non-negative integer literal (thousands separators allowed) inside a power or factorial.
_UINT = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)"
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# n! (one "!" only: "30!!" is a double factorial and is not read), "n factorial", "the
# factorial of n"; Chinese "n!" and "n的阶乘".
_FACTORIAL = (rf"(?:(?P<f>{_UINT})\s*!(?!!)|(?P<f2>{_UINT})\s+factorial"
              rf"|(?:the\s+)?factorial\s+of\s+(?P<f3>{_UINT}))")
_ZH_FACTORIAL = rf"(?:(?P<f>{_UINT})\s*[!！](?![!！])|(?P<f2>{_UINT})\s*的\s*阶乘)"
# a^b, a**b, a¹⁰⁰, "a to the (power of) b", "a raised to the b-th power", "a的b次方/次幂"
_POWER = (rf"(?:(?P<a>{_UINT})\s*(?:\^|\*\*)\s*(?P<b>[0-9]+)"
          rf"|(?P<a2>{_UINT})(?P<sup>[{_SUPERSCRIPTS}]+)"
          rf"|(?P<a3>{_UINT})\s+(?:raised\s+)?to\s+the\s+(?:power\s+(?:of\s+)?)?(?P<b3>[0-9]+)"
          r"(?:st|nd|rd|th)?(?:\s+power)?"
          rf"|(?P<a4>{_UINT})\s+raised\s+to\s+(?P<b4>[0-9]+))")
_ZH_POWER = (rf"(?:(?P<a>{_UINT})\s*(?:\^|\*\*)\s*(?P<b>[0-9]+)"
             rf"|(?P<a2>{_UINT})(?P<sup>[{_SUPERSCRIPTS}]+)"
             rf"|(?P<a3>{_UINT})\s*的\s*(?P<b3>[0-9]+)\s*次(?:方|幂))")
_BIG = rf"(?:{_POWER}|{_FACTORIAL})"
_ZH_BIG = rf"(?:{_ZH_POWER}|{_ZH_FACTORIAL})"
_ZEROS = r"(?:zeros|zeroes|0s|0['’]s)"
_PERFECT_WORD = r"(?:perfect|abundant|deficient)"
# "perfect number"; "abundant" and "deficient" alone ("Is 496 perfect?" may ask about a
# perfect square or power, so "perfect" needs its noun).
_PERFECT_ASK = (r"(?:an?\s+)?(?:(?P<p>perfect)\s+(?:number|integer)|(?P<p2>abundant|deficient)"
                r"(?:\s+(?:number|integer))?)")
_PERFECT_WHICH = (rf"(?:an?\s+)?(?P<w1>{_PERFECT_WORD})(?:\s*,\s*(?:or\s+)?|\s+or\s+)"
                  rf"(?:an?\s+)?(?P<w2>{_PERFECT_WORD})(?:(?:\s*,\s*(?:or\s+)?|\s+or\s+)"
                  rf"(?:an?\s+)?(?P<w3>{_PERFECT_WORD}))?(?:\s+(?:number|integer))?")
_ZH_PERFECT_WORD = r"(?:完全数|完美数|完备数|完数|盈数|过剩数|丰数|亏数|不足数)"
# A number palindrome: the adjective or noun says it is about a number ("Is 12321 a
# palindrome?" alone is the strings family's wording and is left to it).
_PALINDROMIC = (r"(?:a\s+)?(?:palindromic(?:\s+(?:number|integer))?|palindrome\s+(?:number|integer)"
                r"|(?:numeric(?:al)?|number)\s+palindrome)")
_VERIFY = (r"(?:tell\s+me\s+|determine\s+|decide\s+|check\s+|find\s+out\s+|verify\s+|"
           r"test\s+|establish\s+|say\s+)?")
# "keep adding the digits of n until you get a single digit": the digital root
_REPEAT_ADD = (r"(?:keep\s+(?:on\s+)?(?:adding|summing)|repeatedly\s+(?:add(?:ing)?|sum(?:ming)?)"
               r"|add(?:ing)?|sum(?:ming)?)\s+(?:up\s+)?(?:all\s+)?(?:of\s+)?(?:the\s+|its\s+)?"
               r"digits\s+(?:of|in)\s+")
_UNTIL_ONE = (r"(?:\s+(?:repeatedly|over\s+and\s+over|again\s+and\s+again))?\s*,?\s+until\s+"
              r"(?:(?:you\s+(?:get|reach|have|are\s+left\s+with)|it\s+(?:is|becomes)"
              r"|the\s+(?:result|sum)\s+is|there\s+is)\s+)?(?:only\s+)?"
              r"(?:(?:a|one)\s+)?(?:single[-\s]digit(?:\s+(?:number|integer))?"
              r"|(?:single\s+|one\s+)?digit)(?:\s+(?:remains|is\s+left))?")

_Builder = Callable[[re.Match[str]], NumberTheoryProblem]


def _integer(text: str) -> int:
    value = parse_integer(text)
    if value is None:
        raise _Reject(f"{text!r} is not an integer")
    return value


def _composite_by_definition(match: re.Match[str]) -> NumberTheoryProblem:
    n = _integer(match["n"])
    if n < 1:  # 0 and the negatives have other divisors, yet are not composite
        raise _Reject(f"the divisors of {n} besides 1 and itself are asked of positive integers")
    if n > MAX_PRIMALITY:
        raise _Reject(f"{n} is above the primality cap 10^30")
    return PrimalityProblem(n=n, ask="composite")


def _primality(match: re.Match[str]) -> NumberTheoryProblem:
    n = _integer(match["n"])
    if n > MAX_PRIMALITY:
        raise _Reject(f"{n} is above the primality cap 10^30")
    prop = match["prop"].lower()
    ask: Literal["prime", "composite"] = "composite" if prop in ("composite", "合数") else "prime"
    return PrimalityProblem(n=n, ask=ask)


def _divisors(ask: Literal["count", "list", "sum", "proper_sum"]) -> _Builder:
    def build(match: re.Match[str]) -> NumberTheoryProblem:
        n = _integer(match["n"])
        if n < 1:
            raise _Reject(f"the divisors of {n} are asked of positive integers only")
        if n > MAX_DIVISORS_N:
            raise _Reject(f"{n} is above the divisor cap 10^15")
        return DivisorsProblem(n=n, ask=ask)

    return build


def _factorization(match: re.Match[str]) -> NumberTheoryProblem:
    n = _integer(match["n"])
    if n == 0:
        raise _Reject("0 has no prime factorization")
    if abs(n) > MAX_FACTOR:
        raise _Reject(f"{n} is above the factorization cap 10^30")
    return FactorizationProblem(n=n)


def _extreme(match: re.Match[str]) -> NumberTheoryProblem:
    n = _integer(match["n"])
    if n < 2:
        raise _Reject(f"{n} has no prime factor (or its sign makes the question ambiguous)")
    if n > MAX_FACTOR:
        raise _Reject(f"{n} is above the factorization cap 10^30")
    word = match["which"].lower()
    which: Literal["largest", "smallest"] = (
        "smallest" if word in ("smallest", "least", "lowest", "最小") else "largest")
    return ExtremePrimeFactorProblem(n=n, which=which)


def _gcd_lcm(match: re.Match[str]) -> NumberTheoryProblem:
    groups = match.groupdict()
    if groups.get("plist") is not None:  # gcd(12, 18): commas separate, digits stand alone
        plist = groups["plist"]
        items = re.split(r"\s*[,，、]\s*", plist)
        if any(len(item.lstrip("-−")) > 1 and item.lstrip("-−").startswith("0")
               for item in items):
            raise _Reject("an argument with a leading zero looks like a thousands group")
        if re.search(r"\d,\d{3}(?!\d)", plist) and re.search(r"[,，、]\s", plist):
            # gcd(12,180, 30): is 12,180 one number or two arguments?
            raise _Reject("commas are both thousands separators and argument separators here")
    elif groups.get("slist") is not None:  # "gcd 84 126": plain integers, spaces between
        items = groups["slist"].split()
    elif groups.get("zlist") is not None:
        # Chinese lists may separate with a bare comma, so "12,180" could be two numbers.
        items = re.findall(NUMBER, groups["zlist"])
        if any("," in item for item in items):
            raise _Reject("a comma between digits could be a list separator or a thousands "
                          "separator")
    else:
        text = groups["list"]
        items = re.findall(NUMBER, text)
        if any("," in item for item in items) and any("," in sep for sep in
                                                     re.split(NUMBER, text)):
            raise _Reject("commas are both thousands separators and list separators here")
    if not 2 <= len(items) <= MAX_LIST_NUMBERS:
        raise _Reject(f"gcd/lcm is answered for 2 to {MAX_LIST_NUMBERS} numbers")
    numbers = tuple(_integer(item) for item in items)
    if any(len(str(abs(x))) > MAX_LIST_DIGITS for x in numbers):
        raise _Reject(f"a number longer than {MAX_LIST_DIGITS} digits")
    kind = _gcd_or_lcm(match["op"])
    if match.re.groupindex.get("abbr") and match["abbr"] and _gcd_or_lcm(match["abbr"]) != kind:
        raise _Reject("the abbreviation in parentheses names the other operation")
    return GcdLcmProblem(kind=kind, numbers=numbers)


def _coprime(match: re.Match[str]) -> NumberTheoryProblem:
    a, b = _integer(match["a"]), _integer(match["b"])
    if max(len(str(abs(a))), len(str(abs(b)))) > MAX_LIST_DIGITS:
        raise _Reject(f"a number longer than {MAX_LIST_DIGITS} digits")
    return CoprimeProblem(a=a, b=b)


def _gcd_or_lcm(name: str) -> Literal["gcd", "lcm"]:
    op = name.lower().replace(".", "")
    if op in ("smallest", "least", "lowest"):  # "the smallest number divisible by …"
        return "lcm"
    return "lcm" if ("lcm" in op or "multiple" in op or "倍" in op) else "gcd"


_ORDINAL_WORDS = {word: index + 1 for index, word in enumerate((
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth"))} | {"hundredth": 100,
                                                                "thousandth": 1000}
_NTH = (r"(?:(?P<k>\d+)(?:st|nd|rd|th)|(?P<kw>" + "|".join(_ORDINAL_WORDS) + r"))")


def _nth_prime(match: re.Match[str]) -> NumberTheoryProblem:
    spelled = match.groupdict().get("kw")
    index = _ORDINAL_WORDS[spelled.lower()] if spelled else _integer(match["k"])
    if not 1 <= index <= MAX_NTH_PRIME:
        raise _Reject(f"the n-th prime is answered for 1 <= n <= {MAX_NTH_PRIME}")
    return NthPrimeProblem(index=index)


def _digits(ask: Literal["count", "occurrences", "product"]) -> _Builder:
    def build(match: re.Match[str]) -> NumberTheoryProblem:
        n = _integer(match["n"])
        if len(str(abs(n))) > MAX_LIST_DIGITS:
            raise _Reject(f"a number longer than {MAX_LIST_DIGITS} digits")
        groups = match.groupdict()
        digit = groups.get("d") or groups.get("d2") or groups.get("dq")
        return DigitsProblem(n=n, ask=ask, digit=int(digit) if digit is not None else None)
    return build


def _prime_or_composite(match: re.Match[str]) -> NumberTheoryProblem:
    n = _integer(match["n"])
    if n > MAX_PRIMALITY:
        raise _Reject(f"{n} is above the primality cap 10^30")
    if n < 2:
        raise _Reject(f"{n} is neither prime nor composite")
    return PrimalityProblem(n=n, ask="which")


def _neighbour(direction: Literal["next", "previous"]) -> _Builder:
    def build(match: re.Match[str]) -> NumberTheoryProblem:
        n = _integer(match["n"])
        if abs(n) > FULL_FACTOR_BELOW:
            raise _Reject("a number above 10^18")
        if direction == "previous" and n <= 2:
            raise _Reject(f"there is no prime below {n}")
        return PrimeNeighbourProblem(n=n, direction=direction)
    return build


def _digit_sum(match: re.Match[str]) -> NumberTheoryProblem:
    return DigitSumProblem(n=_integer(match["n"]))


def _divisibility(match: re.Match[str]) -> NumberTheoryProblem:
    n, d = _integer(match["n"]), _integer(match["d"])
    if d == 0:
        raise _Reject("divisibility by 0 is not defined")
    if max(len(str(abs(n))), len(str(abs(d)))) > MAX_LIST_DIGITS:
        raise _Reject(f"a number longer than {MAX_LIST_DIGITS} digits")
    return DivisibilityProblem(n=n, d=d)


_PARITY_WORDS: dict[str, Literal["even", "odd"]] = {
    "even": "even", "odd": "odd", "偶数": "even", "奇数": "odd"}
_POWER_WORDS: dict[str, Literal[2, 3]] = {"square": 2, "cube": 3, "完全平方数": 2, "完全立方数": 3}


def _parity(match: re.Match[str]) -> NumberTheoryProblem:
    n = _integer(match["n"])
    if len(str(abs(n))) > MAX_LIST_DIGITS:
        raise _Reject(f"a number longer than {MAX_LIST_DIGITS} digits")
    asked = (match.groupdict().get("p") or match.groupdict().get("p2") or "").lower()
    if asked in _POWER_WORDS:
        return PerfectPowerProblem(n=n, degree=_POWER_WORDS[asked])
    return ParityProblem(n=n, ask=_PARITY_WORDS[asked] if asked else "which")


def _happy(match: re.Match[str]) -> NumberTheoryProblem:
    return HappyProblem(n=_integer(match["n"]))


def _digital_root(match: re.Match[str]) -> NumberTheoryProblem:
    n = _integer(match["n"])
    if n < 0:
        raise _Reject("the digital root is asked of non-negative integers only")
    return DigitalRootProblem(n=n)


_PERFECT_WORDS: dict[str, Literal["perfect", "abundant", "deficient"]] = {
    "perfect": "perfect", "abundant": "abundant", "deficient": "deficient",
    "完全数": "perfect", "完美数": "perfect", "完备数": "perfect", "完数": "perfect",
    "盈数": "abundant", "过剩数": "abundant", "丰数": "abundant",
    "亏数": "deficient", "不足数": "deficient"}


def _perfect_cap(n: int) -> None:
    if n > MAX_DIVISORS_N:
        raise _Reject(f"{n} is above the divisor cap 10^15")


def _perfect(match: re.Match[str]) -> NumberTheoryProblem:
    n = _integer(match["n"])
    _perfect_cap(n)
    word = (match.groupdict().get("p") or match.groupdict().get("p2") or "").lower()
    return PerfectNumberProblem(n=n, ask=_PERFECT_WORDS[word])


def _perfect_which(match: re.Match[str]) -> NumberTheoryProblem:
    n = _integer(match["n"])
    groups = match.groupdict()
    words = [_PERFECT_WORDS[w.lower()] for w in (
        groups["w1"], groups.get("w2") or groups.get("w2b"), groups.get("w3")) if w]
    if len(set(words)) != len(words):
        raise _Reject("the same class is named twice")
    if n < 1:
        raise _Reject("perfect, abundant and deficient numbers are positive integers")
    _perfect_cap(n)
    return PerfectNumberProblem(n=n, ask="which")


def _palindrome(*, separators: bool) -> _Builder:
    """A number palindrome; ``separators``: whether "12,321" may stand for the digits 12321
    (not when the question asks how the text reads)."""
    def build(match: re.Match[str]) -> NumberTheoryProblem:
        written = match["n"]
        n = _integer(written)
        if n < 0:
            raise _Reject("a negative number's sign makes its palindrome question ambiguous")
        digits = written.replace(",", "")
        if digits != written and not separators:
            raise _Reject("the thousands separators would change how the number reads")
        if len(digits) > 1 and digits.startswith("0"):
            raise _Reject("leading zeros: the digits as written are not the number's digits")
        return PalindromeProblem(n=n)
    return build


def _uint(text: str) -> int:
    return int(text.replace(",", ""))


def _factorial_argument(match: re.Match[str]) -> int | None:
    groups = match.groupdict()
    text = groups.get("f") or groups.get("f2") or groups.get("f3")
    return None if text is None else _uint(text)


def _trailing_zeros(match: re.Match[str]) -> NumberTheoryProblem:
    n = _factorial_argument(match)
    assert n is not None  # every trailing-zero phrasing names a factorial
    if n > MAX_TRAILING_ZEROS_N:
        raise _Reject("trailing zeros of n! are answered for n <= 10^18")
    return TrailingZerosProblem(n=n)


_FROM_SUPERSCRIPT = str.maketrans(_SUPERSCRIPTS, "0123456789")


def _expression_digits(match: re.Match[str]) -> NumberTheoryProblem:
    """Digit counts of a^b or n!, declined before anything is built when the result would
    have more than MAX_EXPRESSION_DIGITS digits (estimated with logarithms)."""
    n = _factorial_argument(match)
    if n is not None:
        if n > MAX_FACTORIAL:
            raise _Reject(f"{n}! has more than {MAX_EXPRESSION_DIGITS} digits")
        if math.lgamma(n + 1) / math.log(10) > MAX_EXPRESSION_DIGITS:
            raise _Reject(f"{n}! has more than {MAX_EXPRESSION_DIGITS} digits")
        return ExpressionDigitsProblem(form="factorial", base=n)
    groups = match.groupdict()
    if groups.get("sup"):
        base, exponent = _uint(groups["a2"]), int(groups["sup"].translate(_FROM_SUPERSCRIPT))
    else:
        key = next(k for k in ("", "3", "4") if groups.get(f"a{k}") is not None)
        base, exponent = _uint(groups[f"a{key}"]), int(groups[f"b{key}"])
    if base == 0 and exponent == 0:
        raise _Reject("0^0 is undefined (or 1 by convention): the question is ambiguous")
    if base >= 2 and (exponent > MAX_EXPONENT
                      or exponent * math.log10(base) > MAX_EXPRESSION_DIGITS):
        raise _Reject(f"{base}^{exponent} has more than {MAX_EXPRESSION_DIGITS} digits")
    return ExpressionDigitsProblem(form="power", base=base, exponent=exponent)


def _range(kind: Literal["prime_count", "prime_list", "happy_count", "happy_list"]
           ) -> _Builder:
    happy = kind.startswith("happy")

    def build(match: re.Match[str]) -> NumberTheoryProblem:
        groups = match.groupdict()
        if groups.get("inc") is not None:
            problem = RangeProblem(kind=kind, hi=_integer(groups["inc"]))
        elif groups.get("exc") is not None:
            problem = RangeProblem(kind=kind, hi=_integer(groups["exc"]), hi_open=True)
        elif groups.get("amb") is not None:  # "100 以内": is 100 itself included?
            problem = RangeProblem(kind=kind, hi=_integer(groups["amb"]), ambiguous=True)
        else:
            # (lo, hi, does the phrase say "between"): en "between"/"from", zh "A 到 B"
            # (with or without 之间) and "A 和 B 之间".
            pairs = (("blo", "bhi", True), ("flo", "fhi", False), ("rlo", "rhi", False),
                     ("alo", "ahi", True),
                     ("tlo", "thi", groups.get("between") is not None))
            lo_key, hi_key, between = next(p for p in pairs if groups.get(p[0]) is not None)
            lo, hi = _integer(groups[lo_key]), _integer(groups[hi_key])
            if groups.get("bexc") is not None:
                problem = RangeProblem(kind=kind, lo=lo, hi=hi, lo_open=True, hi_open=True)
            elif groups.get("binc") is not None or happy or not between:
                # Stated inclusive, "from A to B", or happy numbers "between" (LLMDrift).
                problem = RangeProblem(kind=kind, lo=lo, hi=hi)
            else:
                problem = RangeProblem(kind=kind, lo=lo, hi=hi, ambiguous=True)
        if problem.lo is not None and problem.lo > problem.hi:
            raise _Reject("the range is reversed")
        return problem

    return build


# "比 16 小的质数": the primes smaller than 16, as "小于16的质数".
_ZH_SMALLER_THAN = re.compile(rf"比\s?(?P<n>{NUMBER})\s?小的")
_TRAILING = re.compile(r"[\s?？。.!！]+$")
_BANGS_AFTER_DIGIT = re.compile(r"(?<=\d)[!！]+")


def _without_trailing(text: str) -> str:
    """The text without its final "?", "。", "!" and spaces, but a "!" run right after a digit
    stays: "30!" is a factorial ("Is 5! prime?" is not "Is 5 prime?")."""
    stripped = _TRAILING.sub("", text)
    bangs = _BANGS_AFTER_DIGIT.match(text, len(stripped))
    return text[:bangs.end()] if bangs else stripped
_EN_TAIL = r"(?:\s*,?\s*please)?"


def _range_phrasings(nouns: str, adjective: str, kind: Literal["prime", "happy"], *,
                     list_prefix: str, one: str) -> list[tuple[str, _Builder]]:
    """English count and list phrasings over a range: one table for primes and happy numbers.

    ``nouns`` names the members ("primes"), ``adjective`` says a number is one ("prime").
    """
    count = _range("prime_count" if kind == "prime" else "happy_count")
    listing = _range("prime_list" if kind == "prime" else "happy_list")
    # "…, comma-separated": the form a list answer has anyway
    listed = r"(?:\s*,?\s*(?:comma[\s-]separated|separated\s+by\s+commas|as\s+a\s+list))?"
    return [
        (rf"how\s+many\s+{nouns}\s+{_EXIST}{_EN_BOUND}{_AFTER}", count),
        (rf"{_PLEASE}count\s+(?:the\s+)?(?:number\s+of\s+)?(?:all\s+(?:the\s+)?)?{nouns}\s+"
         rf"{_EN_BOUND}", count),
        (rf"{_PLEASE}{_ASK}(?:the\s+)?(?:total\s+)?(?:number|count)\s+of\s+{nouns}\s+"
         rf"{_EN_BOUND}", count),
        (rf"how\s+many\s+(?:numbers|integers|positive\s+integers)\s+{_EN_BOUND}\s+are\s+"
         rf"{adjective}", count),
        (rf"{_PLEASE}{_LIST_VERB}\s+{_LIST_OF}(?:(?:all\s+)?(?:of\s+)?(?:the\s+)?{nouns}"
         rf"|(?:every|each)\s+(?:single\s+)?{one})\s+{_EN_BOUND}{listed}", listing),
        (rf"{list_prefix}{nouns}\s+{_EN_BOUND}{listed}", listing),
        (rf"which\s+(?:numbers|integers|positive\s+integers)\s+{_EN_BOUND}\s+are\s+"
         rf"{adjective}{listed}", listing),
        # "Which prime numbers are less than 40?", "What primes are smaller than 58?"
        (rf"(?:which|what)\s+{nouns}\s+(?:are\s+(?:there\s+)?|lie\s+|exist\s+|come\s+)?"
         rf"{_EN_BOUND}{listed}", listing),
    ]


_ENGLISH: list[tuple[str, _Builder]] = [
    # --- divisibility
    (rf"(?:is|was)\s+{_THE_NUM}{_N}\s+(?:evenly\s+|exactly\s+)?divisible\s+by\s+{_D}{_OR_NOT}",
     _divisibility),
    (rf"{_PLEASE}(?:tell\s+me\s+|determine\s+|decide\s+|check\s+|find\s+out\s+|verify\s+)?"
     rf"(?:whether|if)\s+{_THE_NUM}{_N}\s+is\s+(?:evenly\s+|exactly\s+)?divisible\s+by\s+{_D}"
     r"(?:\s+or\s+not)?", _divisibility),
    (rf"(?:does|do)\s+{_D}\s+(?:evenly\s+|exactly\s+)?divide\s+{_THE_NUM}{_N}(?:\s+evenly)?"
     rf"{_OR_NOT}", _divisibility),
    (rf"(?:is|was)\s+{_D}\s+a\s+(?:factor|divisor)\s+of\s+{_THE_NUM}{_N}{_OR_NOT}",
     _divisibility),
    # "Is 91 a multiple of 7?"
    (rf"(?:is|was)\s+{_THE_NUM}{_N}\s+(?:a|an\s+(?:integer|exact)|an?\s+whole-?\s?number)?\s*"
     rf"multiple\s+of\s+{_D}{_OR_NOT}", _divisibility),
    (rf"(?:can|could)\s+{_THE_NUM}{_N}\s+be\s+(?:evenly\s+|exactly\s+)?divided\s+"
     rf"(?:evenly\s+|exactly\s+)?by\s+{_D}"
     r"(?:\s+(?:evenly|exactly|without\s+(?:a\s+)?remainder))?", _divisibility),
    # --- divisors: "How many divisors does 36 have?", "What are the factors of 24?"
    (rf"how\s+many\s+{_DIVISORS}\s+(?:does|do)\s+{_THE_NUM}{_N}\s+have", _divisors("count")),
    (rf"how\s+many\s+{_DIVISORS}\s+(?:are\s+there\s+|does\s+it\s+have\s+)?(?:of|for|in)\s+"
     rf"{_THE_NUM}{_N}", _divisors("count")),
    (rf"{_PLEASE}{_ASK}(?:the\s+)?(?:total\s+)?(?:number|count)\s+of\s+{_DIVISORS}\s+(?:of|for)\s+"
     rf"{_THE_NUM}{_N}", _divisors("count")),
    (rf"{_PLEASE}(?:{_ASK}|list\s+|name\s+|enumerate\s+|write\s+(?:down\s+)?)"
     rf"(?:all\s+(?:of\s+)?)?(?:the\s+)?{_DIVISORS}\s+of\s+{_THE_NUM}{_N}", _divisors("list")),
    (rf"{_PLEASE}{_ASK}(?:the\s+)?sum\s+of\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?{_DIVISORS}\s+of\s+"
     rf"{_THE_NUM}{_N}", _divisors("sum")),
    # --- aliquot sums: "the sum of the proper divisors of 220", "the aliquot sum of 12"
    (rf"{_PLEASE}{_ASK}(?:the\s+)?sum\s+of\s+(?:all\s+(?:of\s+)?)?(?:the\s+|its\s+)?proper\s+"
     rf"(?:positive\s+)?(?:divisors|factors)\s+of\s+{_THE_NUM}{_N}", _divisors("proper_sum")),
    (rf"{_PLEASE}(?:sum|add(?:\s+up)?|total)\s+(?:up\s+)?(?:all\s+)?(?:of\s+)?(?:the\s+)?proper\s+"
     rf"(?:divisors|factors)\s+of\s+{_THE_NUM}{_N}(?:\s+together)?", _divisors("proper_sum")),
    (rf"what\s+do\s+(?:all\s+)?(?:the\s+)?proper\s+(?:divisors|factors)\s+of\s+{_THE_NUM}{_N}\s+"
     r"(?:add\s+up\s+to|sum\s+(?:up\s+)?to|add\s+to|total)", _divisors("proper_sum")),
    (rf"{_PLEASE}{_ASK}(?:the\s+)?aliquot\s+sum\s+(?:of|for)\s+{_THE_NUM}{_N}",
     _divisors("proper_sum")),
    (rf"{_PLEASE}{_ASK}{_N}['’]s\s+aliquot\s+sum", _divisors("proper_sum")),
    # --- digits of a power or a factorial: "How many digits does 2^100 have?", "How many
    # digits are in 30!?"
    (rf"how\s+many\s+(?:decimal\s+)?digits\s+(?:does|do)\s+{_BIG}\s+have", _expression_digits),
    (rf"how\s+many\s+(?:decimal\s+)?digits\s+(?:are\s+)?(?:there\s+)?in\s+{_BIG}",
     _expression_digits),
    (rf"how\s+many\s+digits\s+long\s+is\s+{_BIG}", _expression_digits),
    # embedded: "Tell me how many digits 30! has"
    (rf"how\s+many\s+(?:decimal\s+)?digits\s+{_BIG}\s+has", _expression_digits),
    (rf"{_PLEASE}{_ASK}(?:the\s+)?(?:number|count)\s+of\s+(?:decimal\s+)?digits\s+(?:in|of)\s+"
     rf"{_BIG}", _expression_digits),
    # --- trailing zeros of a factorial: "How many trailing zeros does 100! have?", "How many
    # zeros are at the end of 50 factorial?"
    (rf"how\s+many\s+trailing\s+{_ZEROS}\s+(?:does|do)\s+{_FACTORIAL}\s+have", _trailing_zeros),
    (rf"how\s+many\s+trailing\s+{_ZEROS}\s+(?:are\s+)?(?:there\s+)?(?:in|of|at\s+the\s+end\s+of)\s+"
     rf"{_FACTORIAL}", _trailing_zeros),
    (rf"how\s+many\s+(?:consecutive\s+)?{_ZEROS}\s+(?:are\s+)?(?:there\s+)?(?:at|on)\s+the\s+end\s+"
     rf"of\s+{_FACTORIAL}", _trailing_zeros),
    (rf"how\s+many\s+(?:consecutive\s+)?{_ZEROS}\s+(?:does|do)\s+{_FACTORIAL}\s+(?:end\s+(?:with|in)"
     r"|have\s+at\s+the\s+end)", _trailing_zeros),
    (rf"{_PLEASE}{_ASK}(?:the\s+)?(?:number|count)\s+of\s+trailing\s+{_ZEROS}\s+(?:in|of|at\s+the\s+"
     rf"end\s+of)\s+{_FACTORIAL}", _trailing_zeros),
    (rf"{_PLEASE}count\s+(?:the\s+)?trailing\s+{_ZEROS}\s+(?:in|of)\s+{_FACTORIAL}",
     _trailing_zeros),
    # --- digits: "How many digits does 98765432 have?", "How many times does the digit 7
    # appear in 77707?", "How many 7s are in 1777?", "the product of the digits of 2345"
    (rf"how\s+many\s+digits\s+(?:does|do)\s+{_THE_NUM}{_N}\s+have", _digits("count")),
    (rf"how\s+many\s+digits\s+(?:are\s+)?(?:there\s+)?in\s+{_THE_NUM}{_N}", _digits("count")),
    (rf"{_PLEASE}{_ASK}(?:the\s+)?(?:number|count)\s+of\s+digits\s+(?:in|of)\s+{_THE_NUM}{_N}",
     _digits("count")),
    (rf"how\s+many\s+times\s+(?:does|do)\s+(?:the\s+)?digit\s+(?P<d>\d)\s+(?:appear|occur"
     rf"|show\s+up)\s+in\s+{_THE_NUM}{_N}", _digits("occurrences")),
    (rf"how\s+many\s+(?:times\s+)?(?:the\s+digit\s+)?(?:(?P<d2>\d)s|(?P<d>\d)['’]s|['‘\"“](?P<dq>\d)['’\"”]s?)"
     rf"\s+(?:are\s+(?:there\s+)?|appear\s+|occur\s+)?in\s+{_THE_NUM}{_N}",
     _digits("occurrences")),
    (rf"{_PLEASE}{_ASK}(?:the\s+)?product\s+of\s+(?:all\s+)?(?:the\s+)?(?:its\s+)?digits\s+"
     rf"(?:of|in)\s+{_THE_NUM}{_N}", _digits("product")),
    (rf"{_PLEASE}(?:multiply)\s+(?:all\s+)?(?:the\s+)?digits\s+(?:of|in)\s+{_THE_NUM}{_N}"
     r"(?:\s+together)?", _digits("product")),
    # --- composite, said by its definition: "Does 343 have any factors other than 1 and
    # itself?", "Is 9973 divisible by anything besides 1 and itself?" (1 has none)
    (rf"(?:does|do)\s+{_THE_NUM}{_N}\s+have\s+(?:any\s+)?(?:positive\s+)?(?:factors|divisors)"
     rf"\s+{_BESIDES}", _composite_by_definition),
    (rf"is\s+{_THE_NUM}{_N}\s+divisible\s+by\s+(?:anything|any\s+(?:number|integer)|any"
     rf"\s+other\s+(?:number|integer))\s+{_BESIDES}", _composite_by_definition),
    # --- prime or composite; the primes next to a number
    (rf"(?:is\s+)?{_THE_NUM}{_N}\s+(?:a\s+)?(?:prime(?:\s+number)?\s+or\s+(?:a\s+)?composite"
     r"|composite(?:\s+number)?\s+or\s+(?:a\s+)?prime)(?:\s+number)?", _prime_or_composite),
    (rf"{_PLEASE}{_ASK}(?:the\s+)?(?:next|first|smallest|least)\s+prime(?:\s+number)?\s+(?:that\s+is\s+|which\s+is\s+)?"
     rf"(?:after|greater\s+than|larger\s+than|bigger\s+than|above|exceeding|more\s+than)\s+"
     rf"{_THE_NUM}{_N}", _neighbour("next")),
    (rf"{_PLEASE}{_ASK}(?:the\s+)?(?:largest|biggest|greatest|highest|last)\s+prime(?:\s+number)?\s+"
     rf"(?:that\s+is\s+|which\s+is\s+)?(?:below|less\s+than|smaller\s+than|under|before)\s+"
     rf"{_THE_NUM}{_N}", _neighbour("previous")),
    # --- parity and perfect powers: "Is 12345 odd?", "Is 12345 even or odd?", "Is 121 a
    # perfect square?"
    (rf"(?:is|was)\s+{_THE_NUM}{_N}\s+(?:an?\s+)?(?P<p>even|odd)(?:\s+(?:number|integer))?{_OR_NOT}",
     _parity),
    (rf"{_PLEASE}(?:tell\s+me\s+|determine\s+|decide\s+|check\s+|find\s+out\s+|say\s+)?"
     rf"(?:(?:whether|if)\s+)?(?:is\s+)?{_THE_NUM}{_N}\s+(?:is\s+)?(?:an?\s+)?(?:even\s+or\s+odd"
     r"|odd\s+or\s+even)(?:\s+(?:number|integer))?", _parity),
    (rf"(?:is|was)\s+{_THE_NUM}{_N}\s+a\s+perfect\s+(?P<p>square|cube){_OR_NOT}", _parity),
    (rf"{_PLEASE}(?:tell\s+me\s+|determine\s+|decide\s+|check\s+|find\s+out\s+)?"
     rf"(?:whether|if)\s+{_THE_NUM}{_N}\s+is\s+(?:an?\s+)?(?:(?P<p>even|odd)(?:\s+(?:number"
     r"|integer))?|perfect\s+(?P<p2>square|cube))(?:\s+or\s+not)?", _parity),
    # --- perfect, abundant, deficient: "Is 496 a perfect number?", "Is 12 abundant?", "Is 12
    # perfect, abundant or deficient?"
    (rf"(?:is|was)\s+{_THE_NUM}{_N}\s+{_PERFECT_ASK}{_OR_NOT}", _perfect),
    (rf"{_PLEASE}{_VERIFY}(?:whether|if)\s+(?:or\s+not\s+)?{_THE_NUM}{_N}\s+is\s+{_PERFECT_ASK}"
     r"(?:\s+or\s+not)?", _perfect),
    (rf"is\s+it\s+true\s+that\s+{_THE_NUM}{_N}\s+is\s+{_PERFECT_ASK}", _perfect),
    (rf"(?:is\s+)?{_THE_NUM}{_N}\s+{_PERFECT_WHICH}", _perfect_which),
    (rf"{_PLEASE}{_VERIFY}(?:whether|if)\s+{_THE_NUM}{_N}\s+is\s+{_PERFECT_WHICH}", _perfect_which),
    (rf"{_PLEASE}classify\s+{_THE_NUM}{_N}\s+as\s+{_PERFECT_WHICH}", _perfect_which),
    # --- number palindromes: "Is 12321 a palindromic number?", "Is the number 12321 a
    # palindrome?", "Does the number 12321 read the same backwards?"
    (rf"(?:is|was)\s+{_THE_NUM}{_N}\s+{_PALINDROMIC}{_OR_NOT}", _palindrome(separators=True)),
    (rf"(?:is|was)\s+(?:the\s+(?:number|integer)\s+)?{_N}\s+a\s+palindrome{_OR_NOT}",
     _palindrome(separators=True)),
    (rf"{_PLEASE}{_VERIFY}(?:whether|if)\s+(?:or\s+not\s+)?{_THE_NUM}{_N}\s+is\s+{_PALINDROMIC}"
     r"(?:\s+or\s+not)?", _palindrome(separators=True)),
    (rf"{_PLEASE}{_VERIFY}(?:whether|if)\s+(?:or\s+not\s+)?(?:the\s+(?:number|integer)\s+)?{_N}"
     r"\s+is\s+"
     r"a\s+palindrome(?:\s+or\s+not)?", _palindrome(separators=True)),
    (rf"is\s+it\s+true\s+that\s+{_THE_NUM}{_N}\s+is\s+{_PALINDROMIC}",
     _palindrome(separators=True)),
    (rf"(?:does|do)\s+the\s+(?:number|integer)\s+{_N}\s+read\s+the\s+same\s+(?:forwards?\s+and\s+"
     r"backwards?|backwards?\s+and\s+forwards?|backwards?|in\s+reverse|both\s+ways)",
     _palindrome(separators=False)),
    # --- happy numbers
    (rf"(?:is|was)\s+{_THE_NUM}{_N}\s+(?:a\s+)?happy(?:\s+(?:number|integer))?{_OR_NOT}",
     _happy),
    (rf"{_PLEASE}(?:tell\s+me\s+|determine\s+|decide\s+|check\s+|find\s+out\s+|verify\s+|"
     rf"test\s+)?(?:whether|if)\s+(?:or\s+not\s+)?{_THE_NUM}{_N}\s+is\s+(?:a\s+)?happy"
     r"(?:\s+(?:number|integer))?(?:\s+or\s+not)?", _happy),
    (rf"is\s+it\s+true\s+that\s+{_THE_NUM}{_N}\s+is\s+(?:a\s+)?happy(?:\s+number)?", _happy),
    *_range_phrasings(_HAPPIES, r"happy(?:\s+numbers)?", "happy", list_prefix="",
                      one=r"happy\s+(?:number|integer)"),
    # --- digital roots: "What is the digital root of 98765?", "Keep adding the digits of 98765
    # until you get a single digit"
    (rf"{_PLEASE}{_ASK}(?:the\s+)?(?:digital\s+root|repeated\s+digit\s+sum|iterated\s+digit\s+sum)\s+"
     rf"(?:of|for)\s+{_THE_NUM}{_N}", _digital_root),
    (rf"{_PLEASE}{_ASK}{_N}['’]s\s+digital\s+root", _digital_root),
    (rf"{_PLEASE}(?:if\s+you\s+)?{_REPEAT_ADD}{_THE_NUM}{_N}{_UNTIL_ONE}"
     r"(?:\s*[,.;:]?\s*what\s+(?:is\s+(?:it|that\s+digit|the\s+(?:result|final\s+digit|digit))"
     r"|do\s+you\s+get|(?:single\s+)?digit\s+do\s+you\s+get))?", _digital_root),
    (rf"what\s+(?:do\s+you\s+get|is\s+the\s+result|(?:single\s+)?digit\s+do\s+you\s+get|"
     rf"(?:single\s+)?digit\s+remains)\s+(?:if|when)\s+you\s+{_REPEAT_ADD}{_THE_NUM}{_N}{_UNTIL_ONE}",
     _digital_root),
    (rf"{_PLEASE}{_ASK}the\s+(?:result|single\s+digit|digit)\s+(?:of|from|you\s+get\s+(?:by|from))\s+"
     rf"{_REPEAT_ADD}{_THE_NUM}{_N}{_UNTIL_ONE}", _digital_root),
    # --- digit sums
    (rf"{_PLEASE}{_ASK}(?:the\s+)?(?:sum\s+of\s+(?:all\s+)?(?:the\s+)?(?:its\s+)?digits|"
     rf"digit(?:al)?\s+sum|sum\s+of\s+(?:all\s+)?(?:the\s+)?decimal\s+digits)\s+(?:of|in|for)\s+"
     rf"{_THE_NUM}{_N}", _digit_sum),
    (rf"{_PLEASE}(?:sum|add(?:\s+up)?|total)\s+(?:up\s+)?(?:all\s+)?(?:of\s+)?(?:the\s+)?"
     rf"digits\s+(?:of|in)\s+{_THE_NUM}{_N}(?:\s+together)?", _digit_sum),
    (rf"what\s+do\s+(?:all\s+)?(?:the\s+)?digits\s+(?:of|in)\s+{_THE_NUM}{_N}\s+"
     r"(?:add\s+up\s+to|sum\s+(?:up\s+)?to|add\s+to|total)", _digit_sum),
    (rf"{_PLEASE}{_ASK}{_N}['’]s\s+digit\s+sum", _digit_sum),
    # "If I add together all the digits in 41587741, what do I get?"
    (rf"(?:if|when)\s+(?:i|you|we)\s+(?:add|sum)\s+(?:up\s+|together\s+)?(?:all\s+)?(?:of\s+)?"
     rf"(?:the\s+)?digits\s+(?:of|in)\s+{_THE_NUM}{_N}(?:\s+together)?\s*,?\s+what\s+(?:do|will|would)"
     r"\s+(?:i|you|we)\s+get", _digit_sum),
    # --- gcd / lcm
    (rf"{_PLEASE}{_ASK}(?:the\s+)?(?P<op>{_GCD}|{_LCM})(?:\s*\(\s*(?P<abbr>{_GCD}|{_LCM})\s*\))?"
     r"\s+(?:of|for|between)\s+"
     rf"(?:the\s+(?:numbers|integers)\s+)?(?:both\s+)?{_EN_LIST}", _gcd_lcm),
    # "the largest number that divides both 40 and 432", "the smallest number divisible by
    # both 4 and 6" (positive, as usual: 0 is divisible by everything)
    (rf"{_PLEASE}{_ASK}(?:the\s+)?(?P<op>largest|greatest|biggest|highest)\s+(?:positive\s+)?"
     rf"(?:number|integer|divisor|factor)\s+(?:that\s+|which\s+)?(?:divides|is\s+a\s+"
     rf"(?:divisor|factor)\s+of|evenly\s+divides)\s+(?:both\s+|each\s+of\s+|all\s+of\s+)?"
     rf"{_EN_LIST}(?:\s+(?:evenly|exactly))?", _gcd_lcm),
    (rf"{_PLEASE}{_ASK}(?:the\s+)?(?P<op>smallest|least|lowest)\s+(?:positive\s+)?"
     rf"(?:number|integer|multiple)\s+(?:that\s+is\s+|which\s+is\s+)?(?:(?:evenly\s+)?"
     rf"divisible\s+by|a\s+multiple\s+of)\s+(?:both\s+|each\s+of\s+|all\s+of\s+)?"
     rf"{_EN_LIST}", _gcd_lcm),
    # "the smallest positive number that both 35 and 11 divide into evenly"
    (rf"{_PLEASE}{_ASK}(?:the\s+)?(?P<op>smallest|least|lowest)\s+(?:positive\s+)?"
     rf"(?:number|integer|multiple)\s+(?:that\s+|which\s+)?(?:both\s+|each\s+of\s+|all\s+of\s+)?"
     rf"{_EN_LIST}\s+(?:both\s+|all\s+)?(?:divide|go)\s+(?:into\s+)?(?:evenly|exactly)", _gcd_lcm),
    (rf"{_PLEASE}{_ASK}(?:the\s+)?(?P<op>gcd|lcm|hcf|gcf)\s*\(\s*"
     r"(?P<plist>[-−]?\d+(?:\s*,\s*[-−]?\d+)+)\s*\)", _gcd_lcm),
    # terse: "gcd 84 126", "hcf 297 117", "greatest common divisor 192 864"
    (rf"(?P<op>{_GCD}|{_LCM})\s*[:]?\s+(?P<slist>[1-9]\d{{0,17}}(?:\s+[1-9]\d{{0,17}})+)",
     _gcd_lcm),
    # --- largest / smallest prime factor
    (rf"{_PLEASE}{_ASK}(?:the\s+)?{_EXTREME}\s+prime\s+(?:factor|divisor)\s+(?:of|in)\s+"
     rf"{_THE_NUM}{_N}", _extreme),
    (rf"{_PLEASE}{_ASK}{_N}['’]s\s+{_EXTREME}\s+prime\s+(?:factor|divisor)", _extreme),
    (rf"{_PLEASE}{_ASK}(?:the\s+)?{_EXTREME}\s+prime\s+(?:number\s+)?(?:that\s+divides|"
     rf"dividing|which\s+divides)\s+{_THE_NUM}{_N}(?:\s+evenly)?", _extreme),
    # --- factorization
    (rf"{_PLEASE}(?:prime\s+)?(?:factor|factori[sz]e|decompose|break\s+down|break)\s+"
     rf"{_THE_NUM}{_N}(?:\s+down)?(?:\s+completely)?(?:\s+(?:in)?to\s+(?:its\s+)?(?:prime\s+factors|primes|"
     r"prime\s+numbers|prime\s+powers|a\s+product\s+of\s+(?:prime\s+factors|primes|"
     r"prime\s+numbers)))?(?:\s+completely)?", _factorization),
    (rf"{_PLEASE}{_ASK}(?:the\s+)?(?:complete\s+)?(?:prime\s+)?(?:factori[sz]ation|"
     rf"decomposition)\s+(?:of|for)\s+{_THE_NUM}{_N}(?:\s+in(?:to)?\s+primes)?",
     _factorization),
    (rf"{_PLEASE}(?:{_ASK}|list\s+|name\s+|enumerate\s+)(?:the\s+|all\s+(?:of\s+)?(?:the\s+)?)?"
     r"prime\s+factors\s+of\s+"
     rf"{_THE_NUM}{_N}(?:\s*,?\s+(?:counted\s+|listed\s+)?with\s+(?:their\s+)?(?:multiplicit(?:y|ies)"
     r"|exponents|powers))?",
     _factorization),
    (rf"{_PLEASE}(?:write|express|represent|decompose)\s+{_THE_NUM}{_N}\s+as\s+(?:a\s+|the\s+)?"
     r"product\s+of\s+(?:its\s+)?(?:prime\s+factors|primes|prime\s+numbers|prime\s+powers)",
     _factorization),
    (rf"(?:what\s+is|what's|whats)\s+{_N}\s+factored(?:\s+into\s+primes)?", _factorization),
    # "875 as a product of primes?": a fragment that asks for the factorization, or a question
    # about it ("What is 17875 as a product of primes?")
    (rf"{_PLEASE}{_ASK}{_THE_NUM}{_N}\s+(?:written\s+|expressed\s+)?as\s+(?:a\s+)?product\s+of\s+(?:prime\s+factors"
     r"|primes|prime\s+numbers|prime\s+powers)", _factorization),
    # --- coprime: "Are 203 and 23 coprime?", "Is 35 relatively prime to 64?"
    (rf"(?:are|were)\s+{_NUMBERS}{_A}\s+and\s+{_B}\s+(?:{_COPRIME}){_OR_NOT}", _coprime),
    (rf"(?:is|was)\s+{_THE_NUM}{_A}\s+{_COPRIME_TO}\s+{_THE_NUM}{_B}{_OR_NOT}", _coprime),
    (rf"{_PLEASE}(?:tell\s+me\s+|determine\s+|decide\s+|check\s+|find\s+out\s+|verify\s+|"
     rf"test\s+|establish\s+|say\s+)?(?:whether|if)\s+{_NUMBERS}{_A}\s+and\s+{_B}\s+are\s+"
     rf"(?:{_COPRIME})(?:\s+or\s+not)?", _coprime),
    (rf"{_PLEASE}(?:tell\s+me\s+|determine\s+|decide\s+|check\s+|find\s+out\s+|verify\s+|"
     rf"test\s+|establish\s+|say\s+)?(?:whether|if)\s+{_THE_NUM}{_A}\s+is\s+{_COPRIME_TO}\s+"
     rf"{_THE_NUM}{_B}(?:\s+or\s+not)?", _coprime),
    (rf"is\s+it\s+true\s+that\s+{_NUMBERS}{_A}\s+and\s+{_B}\s+are\s+(?:{_COPRIME})", _coprime),
    (rf"(?:true\s+or\s+false|yes\s+or\s+no)\s*[:,.?-]?\s*{_NUMBERS}{_A}\s+and\s+{_B}\s+are\s+"
     rf"(?:{_COPRIME})", _coprime),
    # --- n-th prime
    (rf"{_PLEASE}{_ASK}(?:which\s+(?:number|integer)\s+is\s+)?the\s+{_NTH}"
     r"\s+prime(?:\s+number)?", _nth_prime),
    (rf"which\s+(?:(?:number|integer|prime)\s+)?is\s+the\s+{_NTH}\s+prime"
     r"(?:\s+number)?", _nth_prime),
    # --- prime counts and lists
    *_range_phrasings(_PRIMES, r"(?:prime|primes|prime\s+numbers)", "prime",
                      list_prefix=r"(?:all\s+)?(?:the\s+)?", one=r"prime(?:\s+number)?"),
    # --- primality
    (rf"(?:is|was)\s+{_THE_NUM}{_N}\s+(?:a\s+)?{_PRIME_WORD}{_OR_NOT}", _primality),
    (rf"{_PLEASE}(?:tell\s+me\s+|determine\s+|decide\s+|check\s+|find\s+out\s+|verify\s+|"
     rf"test\s+|establish\s+|say\s+|confirm\s+)?(?:whether|if)\s+(?:or\s+not\s+)?{_THE_NUM}{_N}\s+is\s+"
     rf"(?:a\s+)?{_PRIME_WORD}(?:\s+or\s+not)?", _primality),
    (rf"is\s+it\s+true\s+that\s+{_THE_NUM}{_N}\s+is\s+(?:a\s+)?{_PRIME_WORD}", _primality),
    # "My kid thinks 703 is a prime number. Is it?": someone's claim, then whether it holds
    (rf"(?:(?:my|our|a)\s+[a-z]+(?:\s+[a-z]+)?|i|he|she|they|someone|somebody)\s+(?:thinks?|says?"
     rf"|said|claims?|claimed|believes?|insists?)\s+(?:that\s+)?{_THE_NUM}{_N}\s+is\s+(?:a\s+)?"
     rf"{_PRIME_WORD}\s*[.,;]?\s*(?:is\s+it|is\s+(?:that|this|he|she)\s+(?:right|correct)"
     rf"|are\s+they\s+(?:right|correct)|am\s+i\s+(?:right|correct)|(?:is\s+it\s+)?really)",
     _primality),
    # "Does 817 count as a prime?", "Would 91 qualify as a prime number?"
    (rf"(?:does|would|do)\s+{_THE_NUM}{_N}\s+(?:count|qualify)\s+as\s+(?:a\s+)?{_PRIME_WORD}"
     rf"{_OR_NOT}", _primality),
    # "Would 221 be considered a prime number?", "Is 221 considered prime?"
    (rf"(?:would|is|should)\s+{_THE_NUM}{_N}\s+(?:be\s+)?(?:considered|called|classed\s+as"
     rf"|classified\s+as)\s+(?:a\s+)?{_PRIME_WORD}{_OR_NOT}", _primality),
    (rf"(?:true\s+or\s+false|yes\s+or\s+no)\s*[:,.?-]?\s*{_THE_NUM}{_N}\s+is\s+(?:a\s+)?"
     rf"{_PRIME_WORD}", _primality),
    (rf"{_THE_NUM}{_N}\s+is\s+(?:a\s+)?{_PRIME_WORD}\s*[.,:?]?\s*(?:true\s+or\s+false)",
     _primality),
    (rf"{_PLEASE}(?:check|test|determine|verify|decide)\s+(?:the\s+)?(?P<prop>primality)\s+of\s+"
     rf"{_THE_NUM}{_N}", _primality),
    (rf"{_PLEASE}(?:check|test)\s+{_THE_NUM}{_N}\s+for\s+(?P<prop>primality)", _primality),
]

_CHINESE: list[tuple[str, _Builder]] = [
    # --- divisibility
    (rf"{_ZH_NUM}{_N}\s*(?:能否|能不能|是否能|可以|能)\s*被\s*{_D}\s*整除\s*(?:吗|么|嘛)?",
     _divisibility),
    (rf"(?:请|请你)?\s*(?:判断|判定|检验|检查)\s*(?:一下)?\s*{_ZH_NUM}{_N}\s*(?:能否|能不能|是否能)\s*"
     rf"被\s*{_D}\s*整除", _divisibility),
    (rf"{_ZH_NUM}{_N}\s*(?:是不是|是否是|是否为|是)\s*{_D}\s*的\s*倍数\s*(?:吗|么|嘛)?",
     _divisibility),
    (rf"{_D}\s*(?:能否|能不能|是否能|能)\s*整除\s*{_N}\s*(?:吗|么|嘛)?", _divisibility),
    # "531007 除以 4 能除尽吗", "531007 除以 4 能整除吗": no remainder
    (rf"{_ZH_NUM}{_N}\s*除以\s*{_D}\s*(?:能否|能不能|是否能|能|可以)\s*(?:除尽|整除)\s*(?:吗|么|嘛)?",
     _divisibility),
    (rf"{_D}\s*(?:是不是|是否是|是否为|是)\s*{_N}\s*的\s*(?:因数|约数|因子)\s*(?:吗|么|嘛)?",
     _divisibility),
    # --- divisors: "36有几个因数", "24的因数有哪些", "列出24的所有约数", "36的约数之和"
    (rf"{_ZH_NUM}{_N}\s*(?:一共|总共|共)?\s*有\s*(?:多少|几)\s*个\s*{_ZH_DIVISORS}",
     _divisors("count")),
    (rf"{_ZH_NUM}{_N}\s*的\s*{_ZH_DIVISORS}\s*(?:一共|总共|共)?\s*(?:有\s*(?:多少|几)\s*个"
     r"|的?\s*个数\s*(?:是|为)?\s*(?:多少|几)?)", _divisors("count")),
    (rf"{_ZH_NUM}{_N}\s*的\s*(?:所有|全部)?\s*{_ZH_DIVISORS}\s*(?:有哪些|是哪些|都有哪些|都是哪些|有什么)",
     _divisors("list")),
    (rf"(?:请\s*)?(?:列出|写出|列举|找出|给出|求出|求)\s*{_ZH_NUM}{_N}\s*的\s*(?:所有|全部)\s*"
     rf"{_ZH_DIVISORS}", _divisors("list")),
    (rf"{_ZH_REQ}{_ZH_NUM}{_N}\s*的\s*(?:所有|全部)?\s*{_ZH_DIVISORS}\s*(?:之和|的和|的总和|和)"
     rf"{_ZH_WHAT}", _divisors("sum")),
    # --- aliquot sums: "220的真因数之和是多少"
    (rf"{_ZH_REQ}{_ZH_NUM}{_N}\s*的\s*(?:所有|全部)?\s*真\s*(?:因数|约数|因子)\s*(?:之和|的和|的总和|和)"
     rf"{_ZH_WHAT}", _divisors("proper_sum")),
    # --- digits of a power or a factorial: "2的100次方是几位数", "30!是几位数"
    (rf"{_ZH_BIG}\s*(?:的\s*(?:结果|值)\s*)?(?:是|有)\s*(?:几|多少)\s*位(?:数)?",
     _expression_digits),
    (rf"{_ZH_REQ}{_ZH_BIG}\s*的\s*位数{_ZH_WHAT}", _expression_digits),
    # --- trailing zeros of a factorial: "100!的末尾有多少个0", "求100!末尾0的个数"
    (rf"{_ZH_REQ}{_ZH_FACTORIAL}\s*(?:的\s*(?:结果|积|值)\s*)?(?:的)?\s*(?:末尾|结尾|尾部|末端|最后)\s*"
     r"(?:一共|总共|共)?\s*有\s*(?:多少|几)\s*个\s*(?:连续\s*(?:的)?\s*)?(?:0|零)",
     _trailing_zeros),
    (rf"{_ZH_REQ}{_ZH_FACTORIAL}\s*(?:的\s*(?:结果|积|值)\s*)?(?:的)?\s*(?:末尾|结尾|尾部|末端)\s*"
     rf"(?:连续\s*)?(?:的)?\s*(?:0|零)\s*(?:的\s*(?:个数|数量|数目){_ZH_WHAT}|(?:一共|总共|共)?\s*有\s*"
     r"(?:多少|几)\s*个)", _trailing_zeros),
    # --- happy numbers
    (rf"{_ZH_NUM}{_N}\s*(?:是|有)\s*(?:几|多少)\s*位(?:数)?", _digits("count")),
    (rf"{_ZH_NUM}{_N}\s*(?:是|为)\s*(?:质数|素数)\s*还是\s*合数\s*(?:呢)?", _prime_or_composite),
    (rf"{_ZH_NUM}{_N}\s*(?:是|为)\s*合数\s*还是\s*(?:质数|素数)\s*(?:呢)?", _prime_or_composite),
    (rf"(?:求)?\s*(?:比|大于)\s*{_N}\s*(?:大)?\s*的\s*最小(?:的)?\s*(?:质数|素数)"
     r"(?:是(?:多少|几|什么))?", _neighbour("next")),
    (rf"(?:求)?\s*(?:比|小于)\s*{_N}\s*(?:小)?\s*的\s*最大(?:的)?\s*(?:质数|素数)"
     r"(?:是(?:多少|几|什么))?", _neighbour("previous")),
    (rf"{_ZH_NUM}{_N}\s*{_ZH_IS}\s*(?:一个)?\s*(?P<p>奇数|偶数|完全平方数|完全立方数)\s*(?:吗|么|嘛|呢)?",
     _parity),
    (rf"{_ZH_NUM}{_N}\s*(?:是|为)\s*(?:奇数|偶数)\s*(?:还是|或者?)\s*(?:奇数|偶数)\s*(?:呢)?",
     _parity),
    (rf"(?:请)?\s*(?:判断|判定)\s*(?:一下)?\s*{_ZH_NUM}{_N}\s*(?:的)?\s*奇偶(?:性)?", _parity),
    (rf"{_ZH_NUM}{_N}\s*{_ZH_IS}\s*(?:一个)?\s*快乐数\s*(?:吗|么|嘛|呢)?", _happy),
    # --- perfect, abundant, deficient: "496是完全数吗", "12是完全数、盈数还是亏数"
    (rf"{_ZH_NUM}{_N}\s*{_ZH_IS}\s*(?:一个)?\s*(?P<p>{_ZH_PERFECT_WORD})\s*(?:吗|么|嘛|呢)?",
     _perfect),
    (rf"(?:请|请你)?\s*(?:判断|判定|检验|检查|确定|验证)\s*(?:一下)?\s*{_ZH_NUM}{_N}\s*"
     rf"(?:是否|是不是|是否为|是否是)\s*(?:一个)?\s*(?P<p>{_ZH_PERFECT_WORD})", _perfect),
    (rf"(?:(?:请|请你)?\s*(?:判断|判定|确定)\s*(?:一下)?\s*)?{_ZH_NUM}{_N}\s*(?:是|为)\s*"
     rf"(?P<w1>{_ZH_PERFECT_WORD})\s*(?:[、，,]\s*(?P<w2>{_ZH_PERFECT_WORD})\s*(?:[、，,]\s*)?还是\s*"
     rf"(?P<w3>{_ZH_PERFECT_WORD})|还是\s*(?P<w2b>{_ZH_PERFECT_WORD}))\s*(?:呢)?", _perfect_which),
    # --- number palindromes: "12321是回文数吗"
    (rf"{_ZH_NUM}{_N}\s*{_ZH_IS}\s*(?:一个)?\s*回文(?:数字|数)\s*(?:吗|么|嘛|呢)?",
     _palindrome(separators=True)),
    (rf"(?:请|请你)?\s*(?:判断|判定|检验|检查|确定|验证)\s*(?:一下)?\s*{_ZH_NUM}{_N}\s*"
     r"(?:是否|是不是|是否为|是否是)\s*(?:一个)?\s*回文(?:数字|数)", _palindrome(separators=True)),
    # --- digital roots: "98765的数字根是多少", "把98765的各位数字反复相加，直到得到一位数"
    (rf"{_ZH_REQ}{_ZH_NUM}{_N}\s*的\s*(?:数字根|数根){_ZH_WHAT}", _digital_root),
    (rf"{_ZH_REQ}(?:(?:把|将)\s*)?{_ZH_NUM}{_N}\s*的?\s*(?:各\s*位|各个数位|每一?位)?\s*(?:上的?)?\s*"
     r"(?:数字|数位)?\s*(?:反复|重复|不断|一直|连续)\s*(?:地\s*)?(?:相加|求和|加起来)\s*[，,]?\s*"
     r"直(?:到|至)\s*(?:结果|和)?\s*(?:为|是|变成|成为|得到|只剩下?)\s*(?:一个)?\s*一位数(?:为止)?"
     r"(?:\s*[，,]?\s*(?:最后|最终)?\s*(?:的)?\s*(?:结果|得到)\s*(?:是|为)?\s*(?:多少|几|什么))?",
     _digital_root),
    (rf"(?:请|请你)?\s*(?:判断|判定|检验|检查|确定|验证)\s*(?:一下)?\s*{_ZH_NUM}{_N}\s*"
     r"(?:是否|是不是|是否为|是否是)\s*(?:一个)?\s*快乐数", _happy),
    (rf"{_ZH_BOUND}\s*(?:的|中|里)?\s*(?:一共|总共|共)?\s*有\s*(?:多少|几)\s*个\s*快乐数",
     _range("happy_count")),
    (rf"{_ZH_BOUND}\s*的?\s*(?:所有\s*)?快乐数\s*(?:一共|总共|共)?\s*有\s*(?:多少|几)\s*个",
     _range("happy_count")),
    (rf"{_ZH_REQ}{_ZH_BOUND}\s*的?\s*快乐数\s*的?\s*(?:个数|数量|数目){_ZH_WHAT}",
     _range("happy_count")),
    (rf"(?:请\s*)?(?:列出|写出|列举|找出|给出)\s*(?:所有|全部)?\s*{_ZH_BOUND}\s*(?:的|中|里)?"
     r"\s*(?:所有|全部)?\s*的?\s*快乐数", _range("happy_list")),
    (rf"{_ZH_BOUND}\s*(?:的|中|里)?\s*(?:所有|全部)?\s*快乐数\s*(?:有哪些|是哪些|都有哪些|都是哪些)",
     _range("happy_list")),
    (rf"{_ZH_BOUND}\s*(?:的|中|里)?\s*(?:都)?有\s*哪些\s*快乐数", _range("happy_list")),
    # --- digit sums
    (rf"{_ZH_REQ}(?:(?:把|将)\s*)?{_ZH_NUM}{_N}\s*的?\s*(?:各\s*位|各个数位|每一?位|所有)\s*"
     rf"(?:上的?)?\s*(?:数字|数位)?\s*(?:之和|的和|总和|和|相加(?:之和|的和)?|加起来|加在一起)"
     rf"{_ZH_WHAT}",
     _digit_sum),
    (rf"{_ZH_REQ}{_ZH_NUM}{_N}\s*的\s*(?:数字|数位)\s*(?:之和|的和|总和|和){_ZH_WHAT}",
     _digit_sum),
    # --- gcd / lcm
    (rf"{_ZH_REQ}{_ZH_LIST}\s*(?:的|之间的|这几个数的|这两个数的)\s*"
     rf"(?P<op>最大公约数|最大公因数|最大公因子|最小公倍数){_ZH_WHAT}", _gcd_lcm),
    (rf"{_ZH_REQ}(?P<op>最大公约数|最大公因数|最大公因子|最小公倍数)\s*[:：]\s*{_ZH_LIST}",
     _gcd_lcm),
    (rf"{_ZH_REQ}(?P<op>gcd|lcm|hcf|gcf)\s*[(（]\s*(?P<plist>[-−]?\d+(?:\s*[,，、]\s*[-−]?\d+)+)"
     rf"\s*[)）]{_ZH_WHAT}", _gcd_lcm),
    # --- largest / smallest prime factor
    (rf"{_ZH_REQ}{_ZH_NUM}{_N}\s*的?\s*(?P<which>最大|最小)\s*的?\s*(?:质因数|素因数|质因子|"
     rf"素因子){_ZH_WHAT}", _extreme),
    # --- factorization
    # "513的质因数分解怎么写？": how it is written is what it is
    (rf"{_ZH_REQ}{_ZH_NUM}{_N}\s*的?\s*(?:质因数|素因数|质因子|素因子)\s*分解(?:式|结果)?"
     rf"(?:{_ZH_WHAT}|\s*(?:怎么写|如何写|该怎么写|写出来是什么))", _factorization),
    (rf"(?:请|请你)?\s*(?:把|将|对)\s*{_ZH_NUM}{_N}\s*(?:进行\s*)?(?:分解质因数|分解素因数|"
     r"(?:分解|拆分)(?:成|为)\s*(?:质因数|素因数|质数)(?:的乘积|的积|相乘)?|质因数分解|素因数分解)",
     _factorization),
    (rf"{_ZH_REQ}{_ZH_NUM}{_N}\s*的?\s*(?:所有\s*)?(?:质因数|素因数|质因子|素因子)\s*"
     r"(?:有哪些|是哪些|是什么|都有哪些)", _factorization),
    (rf"(?:分解质因数|质因数分解)\s*[:：]?\s*{_N}", _factorization),
    # "帮我分解一下 4459 的质因数"
    (rf"(?:请|帮我|帮忙)?\s*分解\s*(?:一下)?\s*{_ZH_NUM}{_N}\s*的\s*(?:质因数|素因数|质因子|素因子)",
     _factorization),
    (rf"{_ZH_REQ}{_ZH_NUM}{_N}{_ZH_THIS}\s*(?:分解质因数|质因数分解|分解素因数|素因数分解)"
     rf"(?:\s*(?:的)?\s*结果)?{_ZH_WHAT}", _factorization),
    # "2116可以分解成哪些质数相乘？"
    (rf"{_ZH_NUM}{_N}{_ZH_THIS}\s*(?:可以|能)?\s*(?:分解|拆分|写)(?:成|为)\s*哪(?:些|几个)\s*"
     r"(?:质数|素数|质因数)\s*(?:相乘|的乘积|的积)", _factorization),
    (rf"(?:请|请你)?\s*(?:把|将)\s*{_ZH_NUM}{_N}\s*(?:写成|表示成|表示为|写为)\s*(?:若干个?)?\s*"
     r"(?:质因数|素因数|质数|素数)\s*(?:的)?\s*(?:乘积|积|相乘(?:的形式)?)(?:的形式)?",
     _factorization),
    (rf"(?:请|请你)?\s*(?:分解|因式分解)\s*{_N}", _factorization),
    # --- coprime: "203和23互质吗", "判断8与15是否互素", "8和15是互质数吗"
    (rf"{_ZH_NUM}{_A}\s*(?:和|与|跟|及)\s*{_B}\s*(?:这两个数)?\s*(?:是否|是不是|是)?\s*"
     r"(?:互质|互素|互为质数|互为素数)(?:数)?\s*(?:的)?\s*(?:吗|么|嘛|呢)?", _coprime),
    (rf"(?:请|请你)?\s*(?:判断|判定|检验|检查|确定|验证)\s*(?:一下)?\s*{_ZH_NUM}{_A}\s*(?:和|与|跟|及)\s*"
     rf"{_B}\s*(?:这两个数)?\s*(?:是否|是不是)\s*(?:互质|互素|互为质数|互为素数)(?:数)?", _coprime),
    # --- n-th prime
    (rf"{_ZH_REQ}第\s*(?P<k>\d+)\s*个\s*{_ZH_PRIME}{_ZH_WHAT}", _nth_prime),
    # --- prime counts and lists
    (rf"{_ZH_BOUND}\s*(?:的|中|里)?\s*(?:一共|总共|共)?\s*有\s*(?:多少|几)\s*个\s*{_ZH_PRIME}",
     _range("prime_count")),
    (rf"{_ZH_BOUND}\s*的?\s*(?:所有\s*)?{_ZH_PRIME}\s*(?:一共|总共|共)?\s*有\s*(?:多少|几)\s*个",
     _range("prime_count")),
    (rf"{_ZH_REQ}{_ZH_BOUND}\s*的?\s*{_ZH_PRIME}\s*的?\s*(?:个数|数量|数目){_ZH_WHAT}",
     _range("prime_count")),
    (rf"(?:请\s*)?(?:列出|写出|列举|找出|给出)\s*(?:所有|全部)?\s*{_ZH_BOUND}\s*(?:的|中|里)?"
     rf"\s*(?:所有|全部)?\s*的?\s*{_ZH_PRIME}", _range("prime_list")),
    (rf"{_ZH_BOUND}\s*(?:的|中|里)?\s*(?:所有|全部)?\s*{_ZH_PRIME}\s*(?:有哪些|是哪些|都有哪些|"
     r"都是哪些)", _range("prime_list")),
    (rf"{_ZH_BOUND}\s*(?:的|中|里)?\s*(?:都)?有\s*哪些\s*{_ZH_PRIME}", _range("prime_list")),
    # --- primality
    (rf"{_ZH_NUM}{_N}{_ZH_THIS}\s*{_ZH_IS}\s*(?:一个)?\s*(?P<prop>质数|素数|合数)\s*(?:吗|么|嘛|呢|不)?",
     _primality),
    (rf"(?:请|请你)?\s*(?:判断|判定|检验|检查|确定|验证)\s*(?:一下)?\s*{_ZH_NUM}{_N}\s*"
     r"(?:是否|是不是|是否为|是否是)\s*(?:一个)?\s*(?P<prop>质数|素数|合数)", _primality),
]

_ENGLISH_RE = [(re.compile(p + _EN_TAIL, re.IGNORECASE), b) for p, b in _ENGLISH]
_CHINESE_RE = [(re.compile(rf"(?:请问|请你告诉我|请告诉我|告诉我|你知道|(?:请)?判断\s*[:：])?\s*{p}"
                           r"\s*(?:呢)?",
                           re.IGNORECASE), b)
               for p, b in _CHINESE]

# Wrappers peeled off before the phrasings above are tried (the peeled text must then match a
# phrasing completely). "gcd(12, 18) = ?" and "lcm of 4 and 6 =" ask for the value; an embedded
# question ("Tell me what the GCD of 12 and 18 is", "Do you know how many primes are below
# 100?") is the question itself.
# Full-width forms (ＡＢＣ１２３（，）＝) in a question without Chinese characters are plain ASCII
# typed with a Chinese input method. Chinese questions keep "，": there it is a list separator,
# never a thousands separator.
_FULL_WIDTH_ASCII = {0xFF01 + i: 0x21 + i for i in range(0x5E)} | {0x3000: 0x20}
_EN_EQ_TAIL = re.compile(r"\s*(?:={1,3}|equals|(?:is\s+)?equal\s+to|\bis)$", re.IGNORECASE)
_EN_YES_NO_TAIL = re.compile(r"[?？]\s*(?:yes\s+or\s+no|true\s+or\s+false)$", re.IGNORECASE)
_ZH_EQ_TAIL = re.compile(r"\s*[=＝]{1,3}$")
_EN_EMBED = re.compile(
    r"(?:(?:please|kindly)\s*,?\s*)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?)?"
    r"(?:tell\s+me|let\s+me\s+know|show\s+me|do\s+you\s+know|i\s+wonder|i'm\s+wondering"
    r"|i\s+(?:want|need|would\s+like|'d\s+like)\s+to\s+know|count|find(?:\s+out)?|determine"
    r"|calculate|compute|work\s+out|figure\s+out)\s+"
    r"(?P<rest>(?:what|how\s+many|which|whether|if)\s.*)", re.IGNORECASE | re.DOTALL)
# "what the GCD of 12 and 18 is" -> "the GCD of 12 and 18"
_EN_EMBEDDED_WHAT = re.compile(r"what\s+(?P<core>\S.*?)\s+(?:is|are|equals|would\s+be)",
                               re.IGNORECASE | re.DOTALL)


# "Determine whether 143 is prime or composite. Is it prime?": a sentence that names the number
# and a question about "it"; the question is asked of that number.
_EN_PRONOUN_PRIME = re.compile(
    r"(?:(?:please\s+)?(?:determine|decide|check|tell\s+me|find\s+out|figure\s+out|work\s+out)"
    rf"\s+(?:whether|if)\s+(?:the\s+(?:number|integer)\s+)?(?P<n>{NUMBER})\s+is\s+(?:a\s+)?"
    r"(?:prime|composite)(?:\s+number)?(?:\s+or\s+(?:a\s+)?(?:composite|prime|not)(?:\s+number)?)?"
    rf"|(?:consider|take|look\s+at)\s+(?:the\s+(?:number|integer)\s+)?(?P<n2>{NUMBER}))"
    r"\s*[.:;,]\s*is\s+it\s+(?P<rest>(?:a\s+)?(?:prime|composite)(?:\s+number)?(?:\s+or\s+not)?)",
    re.IGNORECASE)
_ZH_PRONOUN_PRIME = re.compile(
    rf"(?:请)?(?:判断|判定|确定)(?:一下)?\s*(?P<n>{NUMBER})\s*(?:是质数还是合数|是合数还是质数"
    r"|是素数还是合数|是合数还是素数|是否为质数|是否是质数|是不是质数|是否为素数|是不是素数)\s*"
    r"[。，,.;；]\s*它(?P<rest>(?:是不是|是否为|是否是|是否|是)\s*(?:一个)?\s*(?:质数|素数|合数)"
    r"\s*(?:吗|么|嘛|呢)?)")


# A reported claim about a number, then a question: "My son says 91 is prime. Is he right?"
# (the claim is the question) or "... Is 91 prime?" (the question must name the same number).
_EN_CLAIM = re.compile(
    r"(?:[a-z'’]+\s+){1,4}?(?:says|said|thinks|thought|claims|claimed|insists|insisted|believes"
    rf"|argues|told\s+me)\s+(?:that\s+)?(?P<n>{NUMBER})\s+is\s+(?:a\s+)?(?P<prop>prime|composite)"
    r"(?:\s+number)?(?:,?\s+(?:because|since)\s+[^\d?!.]{1,150})?\s*[.!;,]\s*(?P<q>\S.{0,300})",
    re.IGNORECASE)
_EN_CLAIM_CHECK = re.compile(
    r"(?:(?:is|are)\s+(?:he|she|they|that|this|it|my\s+[a-z]+)\s+(?:right|correct|true)"
    r"|(?:(?:is\s+)?(?:that|this|it)\s+)?(?:true|right|correct)(?:\s+or\s+(?:false|wrong|not))?)",
    re.IGNORECASE)
_ZH_CLAIM = re.compile(
    rf"[^\d。！？!?]{{1,12}}?(?:说|认为|觉得|坚持认为|坚称)\s*(?P<n>{NUMBER})\s*是\s*(?:一个)?\s*"
    r"(?P<prop>质数|素数|合数)\s*[。！!；;，,]\s*(?P<q>\S.{0,100})")
_ZH_CLAIM_CHECK = re.compile(
    r"(?:他|她|他们|这)?\s*(?:说得|说的)?\s*(?:对吗|对不对|是对的吗|正确吗|是真的吗)")


# "what would the digit sum of 527310102 come out to?" asks "what is the digit sum of …".
_EN_WOULD = re.compile(r"what\s+(?:would|will)\s+(?P<core>.{1,200}?)\s+(?:come\s+out\s+to|come\s+to"
                       r"|be|work\s+out\s+to|equal)", re.IGNORECASE)


def _claim_candidates(text: str, language: str) -> list[str]:
    claim = (_ZH_CLAIM if language == "zh" else _EN_CLAIM).fullmatch(text)
    if claim is None:
        return []
    question = claim["q"].rstrip(" ?？。.!！")
    if (_ZH_CLAIM_CHECK if language == "zh" else _EN_CLAIM_CHECK).fullmatch(question):
        if language == "zh":
            return [f"{claim['n']}是{claim['prop']}吗"]
        return [f"is {claim['n']} {claim['prop']}"]
    others = re.findall(rf"(?<![\d.]){NUMBER}(?![\d.])", question)
    if others and all(other == claim["n"] for other in others):
        return [question]
    return []


# An inclusion note that names the ends: "(including 10 and 30)", "（含65和85）". It is read as
# "inclusive" once the numbers it names are checked to be the ends of the range.
_EN_ENDS_NOTE = re.compile(
    rf"\s*,?\s*\(\s*(?:including|inclusive\s+of|with)\s+(?:both\s+)?(?P<n1>{NUMBER})\s+and\s+"
    rf"(?P<n2>{NUMBER})(?:\s+included)?\s*\)|,\s*(?:including|inclusive\s+of)\s+(?:both\s+)?"
    rf"(?P<m1>{NUMBER})\s+and\s+(?P<m2>{NUMBER})(?=\s*[,?]|$)",
    re.IGNORECASE)
_ZH_ENDS_NOTE = re.compile(
    rf"\s*[（(]\s*(?:含|包括|包含)\s*(?P<n1>{NUMBER})\s*(?:和|与|及|、|,|，)\s*(?P<n2>{NUMBER})\s*"
    r"(?:在内)?\s*[)）]\s*(?P<between>之间|之内|以内|范围内)?")


def _ends_note(text: str, language: str) -> tuple[str, tuple[int, int] | None]:
    """The text with an inclusion note naming the ends made generic, and the ends it named."""
    pattern = _ZH_ENDS_NOTE if language == "zh" else _EN_ENDS_NOTE
    notes = list(pattern.finditer(text))
    if len(notes) != 1:
        return text, None
    note = notes[0]
    first, second = note["n1"] or note["m1"], note["n2"] or note["m2"]
    ends = (parse_integer(first), parse_integer(second))
    if ends[0] is None or ends[1] is None:
        return text, None
    generic = (f"{note['between'] or ''}（包括两端）" if language == "zh" else " (inclusive)")
    return text[:note.start()] + generic + text[note.end():], (ends[0], ends[1])


def _unwrapped(text: str, language: str) -> list[str]:
    """The question as asked, without an "= ?" / "Yes or no" ending, and the question an
    embedding wrapper contains ("Tell me what … is"); each must then match a phrasing whole."""
    candidates = [text, *_claim_candidates(text, language)]
    if language != "zh" and (would := _EN_WOULD.fullmatch(text)):
        candidates.append(f"what is {would['core']}")
    if language == "zh":
        if pronoun := _ZH_PRONOUN_PRIME.fullmatch(text):
            candidates.append(f"{pronoun['n']}{pronoun['rest']}")
    elif pronoun := _EN_PRONOUN_PRIME.fullmatch(text):
        candidates.append(f"is {pronoun['n'] or pronoun['n2']} {pronoun['rest']}")
    bare = (_ZH_EQ_TAIL if language == "zh" else _EN_EQ_TAIL).sub("", text)
    if language != "zh":  # "Is 97 prime? Yes or no."
        bare = _EN_YES_NO_TAIL.sub("", bare)
    if bare and bare != text:
        candidates.append(bare)
    if language != "zh":
        for candidate in list(candidates):
            if embed := _EN_EMBED.fullmatch(candidate):
                rest = embed["rest"]
                what = _EN_EMBEDDED_WHAT.fullmatch(rest)
                candidates.append(what["core"] if what else rest)
    return candidates


# --------------------------------------------------------------------------------------------
# Answers


def _ordinal(k: int) -> str:
    suffix = "th" if 10 <= k % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(k % 10, "th")
    return f"{k}{suffix}"


def _join_en(numbers: tuple[int, ...]) -> str:
    texts = [str(x) for x in numbers]
    return texts[0] if len(texts) == 1 else ", ".join(texts[:-1]) + " and " + texts[-1]


def _join_zh(numbers: tuple[int, ...]) -> str:
    texts = [str(x) for x in numbers]
    return texts[0] if len(texts) == 1 else "、".join(texts[:-1]) + " 和 " + texts[-1]


def _range_text(problem: RangeProblem, zh: bool) -> str:
    lo, hi = problem.lo, problem.hi
    if lo is None:
        if problem.ambiguous:
            return f"{hi} 以内" if zh else f"up to {hi}"
        if problem.hi_open:
            return f"小于 {hi}" if zh else f"less than {hi}"
        return f"小于或等于 {hi}" if zh else f"less than or equal to {hi}"
    if problem.ambiguous:
        return f"{lo} 到 {hi} 之间" if zh else f"between {lo} and {hi}"
    if problem.lo_open and problem.hi_open:
        return f"{lo} 和 {hi} 之间（不含两端）" if zh else f"strictly between {lo} and {hi}"
    return f"{lo} 到 {hi}（含两端）" if zh else f"between {lo} and {hi} (inclusive)"


# When no phrasing reads an English primality question, one general reading remains: one integer,
# the word "prime" (or "composite") once, and around them only words that ask ("quick q: 7919
# prime?", "hey is 221 prime or not"). "not" (other than "or not"), a second number, "factor",
# "next", "twin", "think", "right" ... leave the question to the model: "is 91 not prime?" or
# "I think 91 is prime, am I right?" are not plain primality questions.
_PRIMALITY_ASKING_WORDS = frozenset({
    "is", "a", "an", "the", "number", "integer", "check", "whether", "if", "tell", "me", "can",
    "could", "would", "you", "u", "please", "pls", "plz", "quick", "q", "hey", "hi", "hello",
    "ok", "okay", "so", "determine", "decide", "find", "out", "figure", "work", "i", "want",
    "need", "to", "know", "wondering", "wonder", "question", "for", "my", "homework", "quiz",
    "it", "this", "really", "actually", "just", "quickly", "let", "see", "answer", "sanity",
    "say", "whole", "positive", "natural", "test", "primality", "prime", "composite",
    # a context sentence about the same number: "My lucky number is 1259. Just curious, …"
    "lucky", "favorite", "favourite", "curious", "got", "have", "number's",
})
_YES_NO_PHRASES = re.compile(r"\bor\s+not\b|\byes\s+or\s+no\b|\[yes\]\s+or\s+\[no\]",
                             re.IGNORECASE)
_PRIMALITY_CHUNK = re.compile(
    rf"(?P<n>(?<![\d.]){NUMBER}(?!\d|\.\d))|(?P<word>[A-Za-z']+)|(?P<mark>\S)")


def _one_integer_and_words(text: str, allowed: frozenset[str]
                           ) -> tuple[str, list[str]] | None:
    """The one integer literal of ``text`` (said once or repeated) and its words, when every
    word is in ``allowed`` and every mark is punctuation; else None."""
    numbers: list[str] = []
    words: list[str] = []
    for chunk in _PRIMALITY_CHUNK.finditer(text):
        if chunk["n"]:
            if text[chunk.end():chunk.end() + 1] in ("!", "！"):
                return None  # "5!" is a factorial, not the number 5
            numbers.append(chunk["n"])
        elif chunk["word"]:
            word = chunk["word"].lower()
            if word not in allowed:
                return None
            words.append(word)
        elif chunk["mark"] not in ",:;.?!" and not (
                chunk["mark"] in "-—–" and not text[chunk.end():chunk.end() + 1].isdigit()):
            return None  # a dash is punctuation unless it signs a number
    if not numbers or len(set(numbers)) != 1 or "." in numbers[0]:
        return None
    return numbers[0], words


def _asking_words_primality(text: str) -> PrimalityProblem | None:
    """A primality question made of one integer, "prime" and asking words only, or None."""
    read = _one_integer_and_words(_YES_NO_PHRASES.sub(" ", text), _PRIMALITY_ASKING_WORDS)
    if read is None:
        return None
    number, words = read
    properties = [word for word in words if word in ("prime", "composite", "primality")]
    if len(properties) != 1:
        return None  # asked about once
    n = parse_integer(number)
    if n is None or n > MAX_PRIMALITY:
        return None
    return PrimalityProblem(n=n, ask="composite" if properties == ["composite"] else "prime")


# The same general reading for the questions that ask for a value about one integer: the
# largest or smallest prime factor ("Of all the primes dividing 2310, which is the largest?",
# "biggest prime that divides 600851475143?"), the digit sum ("If you add the digits of
# 708958312971 together, what do you get?"), the number of divisors ("How many whole
# numbers divide 720 evenly?") and the prime factorization ("What are 360's prime factors?",
# "360: prime factorization?"; not "the number of prime factors"). Each is known by its concept
# words, and the words present must name exactly one of them; every other word must be an
# asking word. A note that 1 and the number itself count ("(including 1 and 97)") is what
# "divisors" means already. Yes/no openings ("Is 7 the largest prime factor of 21?") and any
# other word ("proper", "distinct", "odd", "until", "sum" of divisors) decline.
_CONCEPTS = {
    "prime": "prime", "primes": "prime",
    "largest": "most", "biggest": "most", "greatest": "most", "highest": "most", "max": "most",
    "smallest": "least", "lowest": "least", "least": "least",
    "factor": "divisor", "factors": "divisor", "divisor": "divisor", "divisors": "divisor",
    "divide": "divisor", "divides": "divisor", "dividing": "divisor",
    "digit": "digits", "digits": "digits",
    "sum": "add", "add": "add", "adding": "add", "added": "add", "total": "add",
    "together": "add",
    "many": "count", "count": "count",
    "factorization": "factorization", "factorisation": "factorization",
    "factorize": "factorization", "factorise": "factorization", "decompose": "factorization",
    "decomposition": "factorization",
}
_SIGNATURES: dict[frozenset[str], str] = {
    frozenset({"prime", "most", "divisor"}): "largest_prime_factor",
    frozenset({"prime", "least", "divisor"}): "smallest_prime_factor",
    frozenset({"digits", "add"}): "digit_sum",
    frozenset({"count", "divisor"}): "divisor_count",
    # "What are 360's prime factors?", "prime factorization of 360, please"
    frozenset({"prime", "divisor"}): "factorization",
    frozenset({"factorization"}): "factorization",
    frozenset({"prime", "factorization"}): "factorization",
}
_VALUE_ASKING_WORDS = (_PRIMALITY_ASKING_WORDS - {"prime", "composite", "primality", "whether",
                                                   "if", "check", "test"}) | frozenset({
    "what", "what's", "whats", "which", "how", "of", "all", "that", "there", "are", "do", "does",
    "get", "give", "compute", "calculate", "evenly", "exactly", "numbers", "integers", "up",
    "one", "its", "by", "has", "have", "in", "if", "you", "u", "'s", "’s"})
_VALUE_WORDS = _VALUE_ASKING_WORDS | frozenset(_CONCEPTS)
_VALUE_OPENERS = frozenset({"is", "are", "does", "do", "can", "could", "would", "will"})
_COUNTS_ENDS = re.compile(
    r"\(?\s*(?:including|counting|incl\.?|with)\s+(?:both\s+)?1\s+and\s+(?P<n>\d[\d,]*)"
    r"(?:\s+itself)?\s*\)?\s*\.?", re.IGNORECASE)


_NUMBER_OF = re.compile(r"\bnumbers?\s+of\b", re.IGNORECASE)


def _asking_words_value(text: str) -> NumberTheoryProblem | None:
    """A value question about one integer, named by its concept words only, or None."""
    ends = _COUNTS_ENDS.search(text)
    if ends is not None:
        text = text[:ends.start()] + " " + text[ends.end():]
    read = _one_integer_and_words(text, _VALUE_WORDS)
    if read is None or not read[1]:
        return None
    number, words = read
    concepts = {_CONCEPTS[word] for word in words if word in _CONCEPTS}
    if words[0] in _VALUE_OPENERS and not (len(words) > 1 and words[1] in ("you", "u")):
        return None  # "Is 7 the largest prime factor of 21?" asks whether
    if "how" in words and "many" not in words:
        return None
    asked = _SIGNATURES.get(frozenset(concepts))
    n = parse_integer(number)
    if asked is None or n is None:
        return None
    if asked == "divisor_count":
        if ends is not None and ends["n"].replace(",", "") != number.replace(",", ""):
            return None
        return DivisorsProblem(n=n, ask="count") if 1 <= n <= MAX_DIVISORS_N else None
    if ends is not None:
        return None
    if asked == "digit_sum":
        return DigitSumProblem(n=n)
    if asked == "factorization":
        # "the number of prime factors" counts them
        if _NUMBER_OF.search(text) or not 2 <= n <= MAX_FACTOR:
            return None
        return FactorizationProblem(n=n)
    if not 2 <= n <= MAX_FACTOR:
        return None
    return ExtremePrimeFactorProblem(
        n=n, which="largest" if asked == "largest_prime_factor" else "smallest")


class NumberTheorySolver:
    """Primality, factorization, gcd/lcm, prime counts, digit sums and roots, happy, perfect
    and palindromic numbers, trailing zeros and digit counts of powers and factorials."""

    name = "number_theory"
    family = "number_theory"

    def parse(self, query: Query) -> Parsed[NumberTheoryProblem] | Declined:
        text = query.text.strip()
        if len(text) > MAX_TEXT_CHARS:
            return Declined(reason=f"question longer than {MAX_TEXT_CHARS} characters")
        if query.language != "zh":
            text = text.translate(_FULL_WIDTH_ASCII)
        else:
            text = _ZH_SMALLER_THAN.sub(r"小于\g<n>的", text)
        text = _without_trailing(text)
        whole = text
        text, ends = _ends_note(text, query.language)
        patterns = _CHINESE_RE if query.language == "zh" else _ENGLISH_RE
        for candidate in _unwrapped(text, query.language):
            for pattern, build in patterns:
                match = pattern.fullmatch(candidate)
                if match is None:
                    continue
                try:
                    problem = build(match)
                except _Reject as reject:
                    return Declined(reason=str(reject))
                if ends is not None and not (
                        isinstance(problem, RangeProblem) and (problem.lo, problem.hi) == ends
                        and not (problem.lo_open or problem.hi_open or problem.ambiguous)):
                    return Declined(reason="the numbers said to be included are not the ends "
                                           "of the range")
                return Parsed(problem=problem)
        if query.language != "zh" and ends is None and (
                primality := _asking_words_primality(text)):
            return Parsed(problem=primality)
        if query.language != "zh" and (value := _asking_words_value(whole)):
            return Parsed(problem=value)
        return Declined(reason="not a complete number-theory question")

    def solve(self, problem: NumberTheoryProblem, query: Query) -> Solution | Declined:
        zh = query.language == "zh"
        try:
            if isinstance(problem, PrimalityProblem):
                return _solve_primality(problem, zh)
            if isinstance(problem, FactorizationProblem):
                return _solve_factorization(problem, zh)
            if isinstance(problem, ExtremePrimeFactorProblem):
                return _solve_extreme(problem, zh)
            if isinstance(problem, GcdLcmProblem):
                return _solve_gcd_lcm(problem, zh)
            if isinstance(problem, CoprimeProblem):
                return _solve_coprime(problem, zh)
            if isinstance(problem, NthPrimeProblem):
                return _solve_nth_prime(problem, zh)
            if isinstance(problem, DigitSumProblem):
                return _solve_digit_sum(problem, zh)
            if isinstance(problem, HappyProblem):
                return _solve_happy(problem, zh)
            if isinstance(problem, DivisibilityProblem):
                return _solve_divisibility(problem, zh)
            if isinstance(problem, DivisorsProblem):
                return _solve_divisors(problem, zh)
            if isinstance(problem, ParityProblem):
                return _solve_parity(problem, zh)
            if isinstance(problem, PerfectPowerProblem):
                return _solve_perfect_power(problem, zh)
            if isinstance(problem, DigitsProblem):
                return _solve_digits(problem, zh)
            if isinstance(problem, PrimeNeighbourProblem):
                return _solve_neighbour(problem, zh)
            if isinstance(problem, DigitalRootProblem):
                return _solve_digital_root(problem, zh)
            if isinstance(problem, PerfectNumberProblem):
                return _solve_perfect(problem, zh)
            if isinstance(problem, PalindromeProblem):
                return _solve_palindrome(problem, zh)
            if isinstance(problem, TrailingZerosProblem):
                return _solve_trailing_zeros(problem, zh)
            if isinstance(problem, ExpressionDigitsProblem):
                return _solve_expression_digits(problem, zh)
            return _solve_range(problem, zh)
        except _Reject as reject:
            return Declined(reason=str(reject))


def _composite_note(n: int, zh: bool) -> str:
    """" (91 = 7 × 13)" when a factorization is cheap to show, else ""."""
    factors = _factor(n)
    if factors is None:
        return ""
    return f"（{n} = {_pretty(n, factors)}）" if zh else f" ({n} = {_pretty(n, factors)})"


def _solve_digits(problem: DigitsProblem, zh: bool) -> Solution:
    n, digits = problem.n, str(abs(problem.n))
    if problem.ask == "count":
        answer = f"{n} 是 {len(digits)} 位数。" if zh else f"{n} has {len(digits)} digits."
        return Solution(value=str(len(digits)), answer=answer)
    if problem.ask == "occurrences":
        count = digits.count(str(problem.digit))
        answer = (f"数字 {problem.digit} 在 {n} 中出现了 {count} 次。" if zh else
                  f"The digit {problem.digit} appears {count} time{'s' * (count != 1)} in {n}.")
        return Solution(value=str(count), answer=answer)
    product = math.prod(int(d) for d in digits)
    shown = f"{' × '.join(digits)} = {product}" if len(digits) <= 20 else str(product)
    answer = (f"{n} 的各位数字之积是 {shown}。" if zh else
              f"The product of the digits of {n} is {shown}.")
    return Solution(value=str(product), answer=answer)


def _solve_neighbour(problem: PrimeNeighbourProblem, zh: bool) -> Solution:
    n = problem.n
    if problem.direction == "next":
        prime = int(sympy.nextprime(n))
        answer = (f"大于 {n} 的最小质数是 {prime}。" if zh else
                  f"The smallest prime greater than {n} is {prime}.")
    else:
        prime = int(sympy.prevprime(n))
        answer = (f"小于 {n} 的最大质数是 {prime}。" if zh else
                  f"The largest prime less than {n} is {prime}.")
    return Solution(value=str(prime), answer=answer)


def _solve_primality(problem: PrimalityProblem, zh: bool) -> Solution:
    n = problem.n
    prime = _is_prime(n)
    if problem.ask == "which":
        note = "" if prime else _composite_note(n, zh)
        word = ("质数" if prime else "合数") if zh else ("prime" if prime else "composite")
        answer = f"{n} 是{word}{note}。" if zh else f"{n} is {word}{note}."
        return Solution(value="prime" if prime else "composite", answer=answer)
    if problem.ask == "prime":
        if prime:
            answer = f"是的，{n} 是质数。" if zh else f"Yes, {n} is a prime number."
        elif n < 2:
            answer = (f"不是，{n} 不是质数（质数是大于 1 的整数）。" if zh else
                      f"No, {n} is not prime: primes are integers greater than 1.")
        else:
            note = _composite_note(n, zh)
            answer = f"不是，{n} 不是质数{note}。" if zh else f"No, {n} is not prime{note}."
        return Solution(value="yes" if prime else "no", answer=answer)
    composite = n > 1 and not prime
    if composite:
        note = _composite_note(n, zh)
        answer = f"是的，{n} 是合数{note}。" if zh else f"Yes, {n} is composite{note}."
    elif prime:
        answer = f"不是，{n} 是质数，不是合数。" if zh else f"No, {n} is prime, not composite."
    else:
        answer = (f"不是，{n} 既不是质数也不是合数（合数是大于 1 的非质数整数）。" if zh else
                  f"No, {n} is neither prime nor composite: composites are integers greater "
                  "than 1 that are not prime.")
    return Solution(value="yes" if composite else "no", answer=answer)


def _factors_or_reject(n: int) -> dict[int, int]:
    if abs(n) == 1:
        return {}
    factors = _factor(abs(n))
    if factors is None:
        raise _Reject(f"{n} could not be factored within the effort cap")
    return factors


def _solve_factorization(problem: FactorizationProblem, zh: bool) -> Solution:
    n = problem.n
    factors = _factors_or_reject(n)
    value = factorization_value(n, factors)
    if not factors:
        answer = (f"{n} 没有质因数（它是单位数，不能分解为质数之积）。" if zh else
                  f"{n} has no prime factors (it is a unit, the empty product of primes).")
    elif factors == {abs(n): 1} and n > 0:
        answer = (f"{n} 是质数，它的质因数分解就是 {n} 本身。" if zh else
                  f"{n} is prime, so its prime factorization is just {n}.")
    else:
        pretty = _pretty(n, factors)
        answer = f"{n} 的质因数分解为 {n} = {pretty}。" if zh else f"{n} = {pretty}."
    return Solution(value=value, answer=answer)


def _solve_extreme(problem: ExtremePrimeFactorProblem, zh: bool) -> Solution:
    n = problem.n
    factors = _factors_or_reject(n)
    prime = max(factors) if problem.which == "largest" else min(factors)
    pretty = _pretty(n, factors)
    if zh:
        word = "最大" if problem.which == "largest" else "最小"
        answer = f"{n} 的{word}质因数是 {prime}（{n} = {pretty}）。"
    else:
        answer = f"The {problem.which} prime factor of {n} is {prime} ({n} = {pretty})."
    return Solution(value=str(prime), answer=answer)


def _solve_gcd_lcm(problem: GcdLcmProblem, zh: bool) -> Solution:
    numbers = problem.numbers
    if problem.kind == "gcd":
        result = math.gcd(*numbers)
        name_en, name_zh = "greatest common divisor", "最大公约数"
    else:
        result = math.lcm(*numbers)
        name_en, name_zh = "least common multiple", "最小公倍数"
    if result >= MAX_LCM:
        raise _Reject("the least common multiple has more than 1000 digits")
    if len(numbers) > 10:  # keep the sentence short
        subject_zh, subject_en = f"这 {len(numbers)} 个数", f"these {len(numbers)} numbers"
    else:
        subject_zh, subject_en = _join_zh(numbers), _join_en(numbers)
    if zh:
        answer = f"{subject_zh} 的{name_zh}是 {result}。"
    else:
        answer = f"The {name_en} of {subject_en} is {result}."
    return Solution(value=str(result), answer=answer)


def _solve_coprime(problem: CoprimeProblem, zh: bool) -> Solution:
    a, b = problem.a, problem.b
    divisor = math.gcd(a, b)
    if divisor == 1:
        answer = (f"是的，{a} 和 {b} 互质（最大公约数为 1）。" if zh else
                  f"Yes, {a} and {b} are coprime: their greatest common divisor is 1.")
    else:
        answer = (f"不是，{a} 和 {b} 不互质（最大公约数为 {divisor}）。" if zh else
                  f"No, {a} and {b} are not coprime: their greatest common divisor is {divisor}.")
    return Solution(value="yes" if divisor == 1 else "no", answer=answer)


def _solve_nth_prime(problem: NthPrimeProblem, zh: bool) -> Solution:
    index = problem.index
    prime = next(islice(compress(range(MAX_SIEVE + 1), _sieve()), index - 1, None))
    answer = (f"第 {index} 个质数是 {prime}（从 2 算作第 1 个开始）。" if zh else
              f"The {_ordinal(index)} prime is {prime} (counting 2 as the 1st).")
    return Solution(value=str(prime), answer=answer)


def _solve_digit_sum(problem: DigitSumProblem, zh: bool) -> Solution:
    n = problem.n
    digits = str(abs(n))
    total = sum(int(d) for d in digits)
    shown = f"{' + '.join(digits)} = {total}" if len(digits) <= 20 else str(total)
    sign = ("（忽略负号）" if zh else " (ignoring the sign)") if n < 0 else ""
    answer = (f"{n} 的各位数字之和是 {shown}{sign}。" if zh else
              f"The sum of the digits of {n} is {shown}{sign}.")
    return Solution(value=str(total), answer=answer)


def _solve_divisibility(problem: DivisibilityProblem, zh: bool) -> Solution:
    n, d = problem.n, problem.d
    quotient, remainder = divmod(n, d)
    if remainder == 0:
        answer = (f"是的，{n} 能被 {d} 整除（{n} = {d} × {quotient}）。" if zh else
                  f"Yes, {n} is divisible by {d} ({n} = {d} × {quotient}).")
    else:
        shown = n % abs(d)  # the remainder as usually stated: 0 <= r < |d|
        answer = (f"不能，{n} 除以 {d} 余 {shown}。" if zh else
                  f"No, {n} is not divisible by {d}: the remainder is {shown}.")
    return Solution(value="yes" if remainder == 0 else "no", answer=answer)


def _solve_divisors(problem: DivisorsProblem, zh: bool) -> Solution:
    n = problem.n
    divisors = [int(d) for d in sympy.divisors(n)]
    if problem.ask == "count":
        listed = _join_zh(tuple(divisors)) if zh else _join_en(tuple(divisors))
        shown = f"：{listed}" if zh and len(divisors) <= 30 else (
            f": {listed}" if len(divisors) <= 30 else "")
        answer = (f"{n} 有 {len(divisors)} 个正因数{shown}。" if zh else
                  f"{n} has {len(divisors)} positive "
                  f"{'divisor' if len(divisors) == 1 else 'divisors'}{shown}.")
        return Solution(value=str(len(divisors)), answer=answer)
    if problem.ask == "sum":
        total = sum(divisors)
        answer = (f"{n} 的所有正因数之和是 {total}。" if zh else
                  f"The positive divisors of {n} add up to {total}.")
        return Solution(value=str(total), answer=answer)
    if problem.ask == "proper_sum":
        total = sum(divisors) - n
        answer = (f"{n} 的真因数（除 {n} 本身以外的正因数）之和是 {total}。" if zh else
                  f"The proper divisors of {n} (its positive divisors other than {n} itself) "
                  f"add up to {total}.")
        return Solution(value=str(total), answer=answer)
    if len(divisors) > 1000:
        raise _Reject(f"{n} has more than 1000 divisors to list")
    value = ", ".join(str(d) for d in divisors)
    answer = (f"{n} 的正因数有：{_join_zh(tuple(divisors))}（共 {len(divisors)} 个）。" if zh else
              f"The positive divisors of {n} are {_join_en(tuple(divisors))} "
              f"({len(divisors)} in all).")
    return Solution(value=value, answer=answer)


def _solve_parity(problem: ParityProblem, zh: bool) -> Solution:
    n, ask = problem.n, problem.ask
    parity = "even" if n % 2 == 0 else "odd"
    zh_parity = "偶数" if parity == "even" else "奇数"
    if ask == "which":
        answer = (f"{n} 是{zh_parity}（个位数字是 {abs(n) % 10}）。" if zh else
                  f"{n} is {parity} (its last digit is {abs(n) % 10}).")
        return Solution(value=parity, answer=answer)
    holds = ask == parity
    if zh:
        answer = f"{'是的' if holds else '不是'}，{n} 是{zh_parity}。"
    else:
        answer = f"{'Yes' if holds else 'No'}, {n} is {parity}."
    return Solution(value="yes" if holds else "no", answer=answer)


def _solve_perfect_power(problem: PerfectPowerProblem, zh: bool) -> Solution:
    n, degree = problem.n, problem.degree
    # The real cube root of a negative number is negative; no square root of one is real.
    root, holds = sympy.integer_nthroot(abs(n), degree)
    holds = bool(holds) and (n >= 0 or degree == 3)
    root = int(root) if n >= 0 else -int(root)
    if zh:
        name = "完全平方数" if degree == 2 else "完全立方数"
        answer = f"是的，{n} = {root}{'²' if degree == 2 else '³'}，是{name}。" if holds \
            else f"不是，{n} 不是{name}。"
    else:
        name = "a perfect square" if degree == 2 else "a perfect cube"
        answer = f"Yes, {n} = {root}{'²' if degree == 2 else '³'} is {name}." if holds \
            else f"No, {n} is not {name}."
    return Solution(value="yes" if holds else "no", answer=answer)


def _solve_digital_root(problem: DigitalRootProblem, zh: bool) -> Solution:
    n = problem.n
    root = digital_root(n)
    chain = _digit_sum_chain(n) if len(str(n)) <= 60 else []
    path = " → ".join(str(x) for x in chain) if len(chain) > 1 else ""
    note = (f"（{path}）" if zh else f" ({path})") if path else ""
    answer = (f"{n} 的数字根是 {root}{note}。" if zh else
              f"The digital root of {n} is {root}{note}.")
    return Solution(value=str(root), answer=answer)


_PERFECT_ZH = {"perfect": "完全数", "abundant": "盈数", "deficient": "亏数"}
_PERFECT_EN = {"perfect": "a perfect number", "abundant": "abundant", "deficient": "deficient"}


def _solve_perfect(problem: PerfectNumberProblem, zh: bool) -> Solution:
    n, ask = problem.n, problem.ask
    if n < 1:  # only yes/no questions reach here with n < 1 (the classes are of n >= 1)
        answer = (f"不是，{n} 不是{_PERFECT_ZH[ask]}（这类数是正整数）。" if zh else
                  f"No, {n} is not {_PERFECT_EN[ask]}: perfect, abundant and deficient numbers "
                  "are positive integers.")
        return Solution(value="no", answer=answer)
    proper = [int(d) for d in sympy.divisors(n)][:-1]
    total = sum(proper)
    found: Literal["perfect", "abundant", "deficient"] = (
        "perfect" if total == n else "abundant" if total > n else "deficient")
    shown = f"{' + '.join(map(str, proper))} = {total}" if 1 < len(proper) <= 12 else str(total)
    relation_zh = {"perfect": "等于", "abundant": "大于", "deficient": "小于"}[found]
    relation_en = {"perfect": "equal to", "abundant": "greater than",
                   "deficient": "less than"}[found]
    if zh:
        reason = f"它的真因数之和 {shown}，{relation_zh} {n}"
    else:
        reason = f"the sum of its proper divisors, {shown}, is {relation_en} {n}"
    if ask == "which":
        answer = (f"{n} 是{_PERFECT_ZH[found]}：{reason}。" if zh else
                  f"{n} is {_PERFECT_EN[found]}: {reason}.")
        return Solution(value=found, answer=answer)
    holds = ask == found
    if zh:
        verdict = (f"是的，{n} 是{_PERFECT_ZH[ask]}" if holds else
                   f"不是，{n} 不是{_PERFECT_ZH[ask]}（是{_PERFECT_ZH[found]}）")
        answer = f"{verdict}：{reason}。"
    else:
        verdict = (f"Yes, {n} is {_PERFECT_EN[ask]}" if holds else
                   f"No, {n} is not {_PERFECT_EN[ask]} (it is {_PERFECT_EN[found]})")
        answer = f"{verdict}: {reason}."
    return Solution(value="yes" if holds else "no", answer=answer)


def _solve_palindrome(problem: PalindromeProblem, zh: bool) -> Solution:
    digits = str(problem.n)
    holds = digits == digits[::-1]
    if zh:
        answer = (f"是的，{digits} 正读反读都一样，是回文数。" if holds else
                  f"不是，{digits} 倒过来是 {digits[::-1]}，不是回文数。")
    else:
        answer = (f"Yes, {digits} reads the same backwards: it is a palindromic number."
                  if holds else
                  f"No, {digits} reversed is {digits[::-1]}: it is not a palindromic number.")
    return Solution(value="yes" if holds else "no", answer=answer)


def _solve_trailing_zeros(problem: TrailingZerosProblem, zh: bool) -> Solution:
    n = problem.n
    terms = _legendre_fives(n)
    total = sum(terms)
    note = ""
    if 1 <= len(terms) <= 6:
        floors = " + ".join(f"⌊{n}/{5 ** (k + 1)}⌋" for k in range(len(terms)))
        sums = " + ".join(map(str, terms))
        note = f"{floors} = {sums} = {total}" if len(terms) > 1 else f"{floors} = {total}"
        note = f"（{note}）" if zh else f" ({note})"
    answer = (f"{n}! 的末尾有 {total} 个连续的 0{note}。" if zh else
              f"{n}! ends in {total} zero{'s' * (total != 1)}{note}.")
    return Solution(value=str(total), answer=answer)


def _solve_expression_digits(problem: ExpressionDigitsProblem, zh: bool) -> Solution:
    base = problem.base
    if problem.form == "factorial":
        value, shown = math.factorial(base), f"{base}!"
    else:
        exponent = problem.exponent if problem.exponent is not None else 1
        value, shown = base**exponent, f"{base}^{exponent}"
    digits = _decimal_length(value)
    answer = f"{shown} 是 {digits} 位数。" if zh else (
        f"{shown} has {digits} digit{'s' * (digits != 1)}.")
    return Solution(value=str(digits), answer=answer)


def _solve_happy(problem: HappyProblem, zh: bool) -> Solution:
    n = problem.n
    happy = is_happy(n)
    if happy:
        chain = _happy_chain(n)
        path = " → ".join(str(x) for x in chain) if len(chain) <= 12 else ""
        note = (f"（{path}）" if zh else f" ({path})") if path else ""
        answer = f"是的，{n} 是快乐数{note}。" if zh else f"Yes, {n} is a happy number{note}."
    elif n <= 0:
        answer = (f"不是，{n} 不是快乐数（快乐数是正整数）。" if zh else
                  f"No, {n} is not a happy number: happy numbers are positive integers.")
    else:
        answer = (f"不是，{n} 不是快乐数（反复求各位数字的平方和永远到不了 1）。" if zh else
                  f"No, {n} is not a happy number: repeatedly summing the squares of its "
                  "digits never reaches 1.")
    return Solution(value="yes" if happy else "no", answer=answer)


def _effective(problem: RangeProblem, floor: int) -> tuple[int, int]:
    lo = floor if problem.lo is None else problem.lo + (1 if problem.lo_open else 0)
    hi = problem.hi - (1 if problem.hi_open else 0)
    return max(lo, floor), hi


def _solve_range(problem: RangeProblem, zh: bool) -> Solution:
    primes = problem.kind.startswith("prime")
    member = _is_prime if primes else is_happy
    if problem.ambiguous:
        for end in (problem.lo, problem.hi):
            if end is not None and member(end):
                what = "prime" if primes else "a happy number"
                raise _Reject(f"the question does not say whether {end} ({what}) is included")
    lo, hi = _effective(problem, 2 if primes else 1)
    members: list[int] = []
    if primes:
        if hi > MAX_SIEVE:
            raise _Reject(f"prime ranges are answered up to {MAX_SIEVE}")
        flags = _sieve()
        count = flags[lo : hi + 1].count(1) if hi >= lo else 0
        if problem.kind == "prime_list" and count <= MAX_LISTED and count:
            members = list(compress(range(lo, hi + 1), flags[lo : hi + 1]))
    else:
        if hi > MAX_HAPPY:
            raise _Reject(f"happy-number ranges are answered up to {MAX_HAPPY}")
        if hi - lo + 1 > MAX_HAPPY_WIDTH:
            raise _Reject(f"happy-number ranges are answered up to {MAX_HAPPY_WIDTH} wide")
        count = 0
        for first, mask in (_happy_blocks(lo, hi) if hi >= lo else iter(())):
            count += int(mask.sum())
            if problem.kind == "happy_list" and count <= MAX_LISTED:
                members.extend(first + int(i) for i in np.flatnonzero(mask))
    listing = problem.kind.endswith("_list")
    if listing and count > MAX_LISTED:
        raise _Reject(f"{count} numbers are too many to list (at most {MAX_LISTED})")
    where = _range_text(problem, zh)
    if zh and where[-1].isdigit():
        where += " "  # "小于 100 的质数", but "4600 到 4606（含两端）的质数"
    noun_zh = "质数" if primes else "快乐数"
    if listing:
        value = ", ".join(str(x) for x in members) if members else "none"
        if zh:
            listed = "、".join(str(x) for x in members)
            answer = (f"{where}的{noun_zh}有：{listed}（共 {count} 个）。" if members else
                      f"{where}没有{noun_zh}。")
        else:
            noun = "primes" if primes else "happy numbers"
            answer = (f"The {noun} {where} are {value} ({count} in total)." if members else
                      f"There are no {noun} {where}.")
        return Solution(value=value, answer=answer)
    if zh:
        answer = f"{where}的{noun_zh}共有 {count} 个。"
    else:
        noun = ("prime" if primes else "happy number") + ("" if count == 1 else "s")
        answer = f"There {'is' if count == 1 else 'are'} {count} {noun} {where}."
    return Solution(value=str(count), answer=answer)
