"""Number theory against independent oracles (trial division, repeated division, Euclid's
loop, naive sieves, the digit-square loop), the phrasings it must accept, and the near misses it
must decline."""

from __future__ import annotations

import json
import math
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import guardrail
from guardrail._text import detect_language
from guardrail.solvers import Declined, Parsed, Problem, Query, Solution
from guardrail.solvers.number_theory import (
    CoprimeProblem,
    DigitalRootProblem,
    DigitsProblem,
    DigitSumProblem,
    DivisorsProblem,
    ExpressionDigitsProblem,
    ExtremePrimeFactorProblem,
    FactorizationProblem,
    GcdLcmProblem,
    HappyProblem,
    NthPrimeProblem,
    NumberTheorySolver,
    PalindromeProblem,
    ParityProblem,
    PerfectNumberProblem,
    PerfectPowerProblem,
    PrimalityProblem,
    PrimeNeighbourProblem,
    RangeProblem,
    TrailingZerosProblem,
)

SOLVER = NumberTheorySolver()
FAST = settings(max_examples=60, deadline=None)

# --------------------------------------------------------------------------------------------
# Independent oracles: plain loops, nothing shared with the code under test.


def trial_prime(n: int) -> bool:
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def trial_factor(n: int) -> dict[int, int]:
    factors: dict[int, int] = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def euclid(a: int, b: int) -> int:
    a, b = abs(a), abs(b)
    while b:
        a, b = b, a % b
    return a


def lcm2(a: int, b: int) -> int:
    if a == 0 or b == 0:
        return 0
    return abs(a * b) // euclid(a, b)


def naive_primes(lo: int, hi: int) -> list[int]:
    return [k for k in range(max(lo, 0), hi + 1) if trial_prime(k)]


def naive_happy(n: int) -> bool:
    if n <= 0:
        return False
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        total = 0
        while n:
            total += (n % 10) ** 2
            n //= 10
        n = total
    return n == 1


def naive_digit_sum(n: int) -> int:
    n, total = abs(n), 0
    while n:
        total += n % 10
        n //= 10
    return total


def yes_no(flag: bool) -> str:
    return "yes" if flag else "no"


def parse_factorization(value: str) -> dict[int, int]:
    """Read the documented canonical form "2^3 * 3^2 * 5" back into {prime: exponent}."""
    factors: dict[int, int] = {}
    for part in value.split(" * "):
        base, _, exponent = part.partition("^")
        factors[int(base)] = int(exponent or "1")
    return factors


# --------------------------------------------------------------------------------------------
# Helpers


def solve(problem: Problem, language: str = "en") -> Solution:
    solution = SOLVER.solve(problem, Query(text="", language=language))  # type: ignore[arg-type]
    assert isinstance(solution, Solution), solution
    return solution


def ask(question: str) -> Solution | Declined:
    query = Query(text=question, language=detect_language(question))
    parsed = SOLVER.parse(query)
    if isinstance(parsed, Declined):
        return parsed
    return SOLVER.solve(parsed.problem, query)


def answer(question: str) -> Solution:
    solution = ask(question)
    assert isinstance(solution, Solution), (question, solution)
    return solution


# --------------------------------------------------------------------------------------------
# Solving against the oracles


@FAST
@given(n=st.integers(-1000, 10**7), ask_=st.sampled_from(["prime", "composite"]))
def test_primality_matches_trial_division(n: int, ask_: str) -> None:
    solution = solve(PrimalityProblem(n=n, ask=ask_))  # type: ignore[arg-type]
    expected = trial_prime(n) if ask_ == "prime" else (n > 1 and not trial_prime(n))
    assert solution.value == yes_no(expected)


KNOWN_PRIMES = [p for p in range(2, 2000) if trial_prime(p)] + [
    1_000_003, 999_999_937, 2_147_483_647, 2_305_843_009_213_693_951]


@FAST
@given(p=st.sampled_from(KNOWN_PRIMES), q=st.sampled_from(KNOWN_PRIMES))
def test_products_of_primes_are_not_prime(p: int, q: int) -> None:
    assert solve(PrimalityProblem(n=p)).value == "yes"
    assert solve(PrimalityProblem(n=p * q)).value == "no"


@FAST
@given(n=st.integers(1, 10**9))
def test_factorization_matches_repeated_division(n: int) -> None:
    value = solve(FactorizationProblem(n=n)).value
    assert (value == "1") if n == 1 else parse_factorization(value) == trial_factor(n)


@FAST
@given(primes=st.lists(st.sampled_from(KNOWN_PRIMES), min_size=1, max_size=12))
def test_factorization_of_large_products(primes: list[int]) -> None:
    n = 1
    expected: dict[int, int] = {}
    for p in primes:
        n *= p
        expected[p] = expected.get(p, 0) + 1
    solution = SOLVER.solve(FactorizationProblem(n=n), Query(text=""))
    if n < 10**18:
        assert isinstance(solution, Solution)
    if isinstance(solution, Solution):  # above 10^18 the bounded search may decline, never lie
        assert parse_factorization(solution.value) == expected
        assert [int(p.split("^")[0]) for p in solution.value.split(" * ")] == sorted(expected)
    else:
        assert n >= 10**18


@FAST
@given(n=st.integers(2, 10**8), which=st.sampled_from(["largest", "smallest"]))
def test_extreme_prime_factor(n: int, which: str) -> None:
    factors = trial_factor(n)
    expected = max(factors) if which == "largest" else min(factors)
    problem = ExtremePrimeFactorProblem(n=n, which=which)  # type: ignore[arg-type]
    assert solve(problem).value == str(expected)


@FAST
@given(numbers=st.lists(st.integers(-10**6, 10**6), min_size=2, max_size=8))
def test_gcd_and_lcm_match_euclid(numbers: list[int]) -> None:
    g, m = 0, numbers[0]
    for x in numbers:
        g = euclid(g, x)
    m = abs(numbers[0])
    for x in numbers[1:]:
        m = lcm2(m, x)
    assert solve(GcdLcmProblem(kind="gcd", numbers=tuple(numbers))).value == str(g)
    assert solve(GcdLcmProblem(kind="lcm", numbers=tuple(numbers))).value == str(m)


@FAST
@given(lo=st.integers(-50, 3000), width=st.integers(0, 600),
       lo_open=st.booleans(), hi_open=st.booleans())
def test_prime_ranges_match_a_naive_sieve(lo: int, width: int, lo_open: bool,
                                          hi_open: bool) -> None:
    hi = lo + width
    expected = naive_primes(lo + lo_open, hi - hi_open)
    count = RangeProblem(kind="prime_count", lo=lo, hi=hi, lo_open=lo_open, hi_open=hi_open)
    assert solve(count).value == str(len(expected))
    listing = RangeProblem(kind="prime_list", lo=lo, hi=hi, lo_open=lo_open, hi_open=hi_open)
    assert solve(listing).value == (", ".join(map(str, expected)) or "none")


@FAST
@given(hi=st.integers(0, 5000), hi_open=st.booleans())
def test_primes_below_a_bound(hi: int, hi_open: bool) -> None:
    expected = naive_primes(0, hi - hi_open)
    problem = RangeProblem(kind="prime_count", hi=hi, hi_open=hi_open)
    assert solve(problem).value == str(len(expected))


@FAST
@given(index=st.integers(1, 600))
def test_nth_prime_matches_enumeration(index: int) -> None:
    found, k = 0, 1
    while found < index:
        k += 1
        found += trial_prime(k)
    assert solve(NthPrimeProblem(index=index)).value == str(k)


@FAST
@given(n=st.integers(-10**40, 10**40))
def test_digit_sum_matches_repeated_division(n: int) -> None:
    assert solve(DigitSumProblem(n=n)).value == str(naive_digit_sum(n))


@FAST
@given(n=st.integers(-100, 10**12))
def test_happiness_matches_the_digit_square_loop(n: int) -> None:
    assert solve(HappyProblem(n=n)).value == yes_no(naive_happy(n))


@FAST
@given(n=st.integers(-10**30, 10**30))
def test_parity_matches_the_last_digit(n: int) -> None:
    last = str(abs(n))[-1]
    expected = "even" if last in "02468" else "odd"
    assert solve(ParityProblem(n=n, ask="which")).value == expected
    assert solve(ParityProblem(n=n, ask="odd")).value == yes_no(expected == "odd")


@FAST
@given(root=st.integers(-10**15, 10**15), offset=st.integers(-2, 2))
def test_perfect_powers_match_integer_roots(root: int, offset: int) -> None:
    square = root * root + offset
    expected_square = square >= 0 and math.isqrt(square) ** 2 == square
    assert solve(PerfectPowerProblem(n=square, degree=2)).value == \
        yes_no(expected_square)
    cube = root ** 3 + offset
    magnitude = round(abs(cube) ** (1 / 3))
    expected_cube = any(c ** 3 == abs(cube) for c in range(max(0, magnitude - 2), magnitude + 3))
    assert solve(PerfectPowerProblem(n=cube, degree=3)).value == \
        yes_no(expected_cube)


@pytest.mark.parametrize(("question", "value"), [
    ("Is 12345 even or odd?", "odd"),
    ("Is 12344 an even number?", "yes"),
    ("Tell me whether 98 is odd.", "no"),
    ("Is the number 77 odd or even?", "odd"),
    ("Is 121 a perfect square?", "yes"),
    ("Check whether 126 is a perfect cube or not.", "no"),
    ("Is -27 a perfect cube?", "yes"),
    ("12345是奇数还是偶数？", "odd"),
    ("144是完全平方数吗？", "yes"),
    ("判断12345的奇偶性", "odd"),
])
def test_parity_and_perfect_powers_are_routed(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert (decision.route, decision.tool, decision.value) == ("tool", "number_theory", value)


@FAST
@given(n=st.integers(-10**40, 10**40), digit=st.integers(0, 9))
def test_digit_questions_match_the_decimal_string(n: int, digit: int) -> None:
    written = str(abs(n))
    assert solve(DigitsProblem(n=n, ask="count")).value == str(len(written))
    assert solve(DigitsProblem(n=n, ask="occurrences", digit=digit)).value == \
        str(sum(1 for c in written if c == str(digit)))
    product = 1
    for c in written:
        product *= int(c)
    assert solve(DigitsProblem(n=n, ask="product")).value == str(product)


@FAST
@given(n=st.integers(3, 10**6))
def test_neighbouring_primes_match_trial_division(n: int) -> None:
    above = next(k for k in range(n + 1, 2 * n + 2) if trial_prime(k))
    below = next(k for k in range(n - 1, 1, -1) if trial_prime(k))
    assert solve(PrimeNeighbourProblem(n=n, direction="next")).value == str(above)
    assert solve(PrimeNeighbourProblem(n=n, direction="previous")).value == str(below)
    assert solve(PrimalityProblem(n=n, ask="which")).value == (
        "prime" if trial_prime(n) else "composite")


@pytest.mark.parametrize(("question", "value"), [
    ("How many digits are in 98765432?", "8"),
    ("How many digits does 1,234,567 have?", "7"),
    ("How many times does the digit 7 appear in 77707?", "4"),
    ("How many 7s are in 1777?", "3"),
    ("What is the product of the digits of 2345?", "120"),
    ("Is 91 prime or composite?", "composite"),
    ("Is 97 a prime or a composite number?", "prime"),
    # once declined by the yes/no reading; the answer is a word (or a number), now read so
    ("is 91 prime or composite", "composite"),
    ("Is 17077 prime or composite?", "prime"),
    ("next prime after 91?", "97"),
    ("What is the next prime after 100?", "101"),
    ("What is the largest prime below 100?", "97"),
    ("91是质数还是合数？", "composite"),
    ("大于100的最小质数是多少？", "101"),
    ("98765432是几位数？", "8"),
])
def test_digits_and_neighbouring_primes_are_routed(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert (decision.route, decision.tool, decision.value) == ("tool", "number_theory", value)


@pytest.mark.parametrize("question", [
    "How many digits does 2^100 have in base 7?",  # 2^100 itself: test_expression_digits_*
    "How many digits does pi have?",
    "How many digits are in a credit card number?",
    "How many digits are in 2024 in binary?",
    "How many digits does 12.5 have?",
    "Is 1 prime or composite?",
    "What is the next prime after the largest known prime?",
    "最大的质数是多少？",
])
def test_digit_and_neighbour_near_misses_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool"


@pytest.mark.parametrize("question", [
    "Is 7 an odd choice for a jersey number?",
    "Is 2.5 even or odd?",
    "Why is 0 even?",
    "Is 12345 odd in base 8?",
    "Is 12 even or odd when written in binary?",
    "Is 15 an odd number of people for a team?",
])
def test_parity_near_misses_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool"


@FAST
@given(lo=st.one_of(st.integers(1, 10**6), st.integers(10**15, 10**18 - 3000)),
       width=st.integers(0, 2500))
def test_happy_ranges_match_the_digit_square_loop(lo: int, width: int) -> None:
    hi = lo + width
    expected = [k for k in range(lo, hi + 1) if naive_happy(k)]
    assert solve(RangeProblem(kind="happy_count", lo=lo, hi=hi)).value == str(len(expected))
    listing = solve(RangeProblem(kind="happy_list", lo=lo, hi=hi)).value
    assert listing == (", ".join(map(str, expected)) or "none")


# --------------------------------------------------------------------------------------------
# Phrasings: every English and Chinese wording parses and gives the oracle's answer.

PHRASINGS: dict[str, tuple[list[str], list[str], str]] = {
    "primality": ([
        "Is 17077 a prime number?",
        "Is 17077 prime?",
        "is 17,077 a prime",
        "Is the number 17077 prime or not?",
        "Determine whether 17077 is prime",
        "Check if 17077 is a prime number.",
        "Can you tell me whether 17077 is prime?",
        "Is it true that 17077 is prime?",
        "Is 17077 a prime number, yes or no?",
        "Test 17077 for primality.",
        "Check the primality of 17077",
        "Please determine if the integer 17077 is prime",
    ], [
        "17077 是质数吗？",
        "17077是素数吗",
        "17077是不是质数",
        "判断17077是否为质数",
        "请判断一下 17077 是不是素数",
        "数字17077是否是质数？",
    ], "yes"),
    "composite": ([
        "Is 91 composite?",
        "Is 91 a composite number?",
        "Is the number 91 composite or not?",
        "Determine whether 91 is composite",
        "Check if 91 is a composite number",
        "Can you tell me if 91 is composite?",
        "Is it true that 91 is composite?",
        "Is 91 composite, true or false?",
        "Decide whether or not 91 is composite.",
        "Was 91 a composite integer?",
    ], [
        "91是合数吗？",
        "91是不是合数",
        "判断91是否为合数",
        "请判断 91 是否是合数",
    ], "yes"),
    "factorization": ([
        "Factor 360",
        "Factorize 360.",
        "Factorise 360 into primes",
        "What is the prime factorization of 360?",
        "Find the prime factorisation of 360",
        "What are the prime factors of 360?",
        "Write 360 as a product of primes.",
        "Express 360 as a product of prime factors",
        "Break 360 down into prime factors",
        "Decompose the number 360 into a product of primes",
        "Prime factorize 360",
        "prime factorization of 360",
        "What is 360 factored into primes?",
    ], [
        "360 的质因数分解",
        "360的质因数分解是什么？",
        "把360分解质因数",
        "将 360 分解成质因数的乘积",
        "对360进行质因数分解",
        "分解质因数：360",
        "帮我分解一下 360 的质因数",
    ], "2^3 * 3^2 * 5"),
    "largest_prime_factor": ([
        "What is the largest prime factor of 13195?",
        "What's the greatest prime factor of 13195",
        "Find the biggest prime factor of 13195.",
        "largest prime factor of 13195",
        "Determine the highest prime factor of the number 13195",
        "What is 13195's largest prime factor?",
        "Compute the largest prime divisor of 13195",
        "Can you find the largest prime factor of 13195?",
        "Give me the greatest prime divisor of 13195",
        "Tell me the largest prime factor of 13195",
    ], [
        "13195的最大质因数是多少？",
        "求13195的最大质因数",
        "13195 的最大素因数是什么",
        "请问13195的最大质因子是多少",
    ], "29"),
    "smallest_prime_factor": ([
        "What is the smallest prime factor of 13195?",
        "What's the least prime factor of 13195",
        "Find the lowest prime factor of 13195.",
        "smallest prime factor of 13195",
        "Determine the smallest prime divisor of 13195",
        "What is 13195's smallest prime factor?",
        "Compute the least prime divisor of 13195",
        "Could you find the smallest prime factor of 13195?",
        "Give the smallest prime factor of the integer 13195",
        "Tell me the smallest prime factor of 13195",
    ], [
        "13195的最小质因数是多少？",
        "求13195的最小质因数",
        "13195 的最小素因数是什么",
        "请问13195的最小质因子是多少",
    ], "5"),
    "gcd": ([
        "What is the GCD of 12 and 18?",
        "greatest common divisor of 12 and 18",
        "Find the greatest common factor of 12 and 18.",
        "What is the highest common factor of 12 and 18?",
        "Compute gcd(12, 18)",
        "gcd(12,18)",
        "What's the HCF of 12 & 18?",
        "Calculate the GCF of 12 and 18",
        "Determine the greatest common divisor of the numbers 12 and 18",
        "What is the G.C.D. of 12 and 18?",
        "Find the largest common divisor of 12 and 18",
    ], [
        "12和18的最大公约数是多少？",
        "求12、18的最大公约数",
        "12与18的最大公因数",
        "请问12和18的最大公因子是多少",
        "12，18的最大公约数是几",
    ], "6"),
    "gcd_three": ([
        "greatest common divisor of 12, 18 and 30",
        "What is the GCD of 12, 18, and 30?",
        "gcd(12, 18, 30)",
        "Find the HCF of 12, 18 and 30.",
        "Compute the greatest common factor of 12, 18 and 30",
        "What's the highest common factor of 12, 18, and 30",
        "GCD of 12 and 18 and 30",
        "Calculate the gcd of 12, 18 & 30",
        "Give me the GCF of 12, 18 and 30",
        "Determine the GCD for 12, 18 and 30",
    ], [
        "12、18和30的最大公约数是多少",
        "求12、18、30的最大公约数",
        "12，18，30的最大公因数是几",
        "12、18以及30的最大公约数",
    ], "6"),
    "lcm": ([
        "LCM of 4 and 6",
        "What is the least common multiple of 4 and 6?",
        "Find the lowest common multiple of 4 and 6.",
        "lcm(4, 6)",
        "Compute the LCM of 4 and 6",
        "What's the smallest common multiple of 4 and 6?",
        "Calculate lcm(4,6)",
        "Determine the L.C.M. of 4 and 6",
        "What is the LCM for 4 and 6?",
        "Give me the least common multiple of the integers 4 and 6",
        "lcm(4, 6) = ?",
        "LCM(4,6)=?",
        "Tell me what the LCM of 4 and 6 is.",
    ], [
        "4和6的最小公倍数是多少？",
        "求4、6的最小公倍数",
        "4与6的最小公倍数",
        "请问4和6的最小公倍数是几",
        "求lcm(4, 6)",
        "lcm(4，6)等于多少",
    ], "12"),
    "coprime": ([
        "Are 203 and 23 coprime?",
        "are 203 and 23 coprime",
        "Are 203 and 23 co-prime?",
        "Are 203 and 23 relatively prime?",
        "Are 203 and 23 coprime to each other?",
        "Are the numbers 203 and 23 relatively prime to one another?",
        "Is 203 coprime to 23?",
        "Is 203 relatively prime with 23?",
        "Determine whether 203 and 23 are coprime.",
        "Check if 203 is relatively prime to 23",
        "Are 203 and 23 coprime numbers or not?",
        "Are 203 and 23 coprime? Yes or no",
        "Is it true that 203 and 23 are mutually prime?",
    ], [
        "203和23互质吗？",
        "203与23是否互素",
        "203 和 23 是不是互质？",
        "判断203和23是否互质",
        "203和23是互质数吗",
    ], "yes"),
    "nth_prime": ([
        "What is the 10th prime?",
        "What is the 10th prime number?",
        "Find the 10th prime.",
        "the 10th prime",
        "Which number is the 10th prime?",
        "What's the 10th prime number",
        "Compute the 10th prime",
        "Tell me the 10th prime",
        "Give me the 10th prime number",
        "Which integer is the 10th prime?",
        "Determine the 10th prime.",
    ], [
        "第10个质数是多少？",
        "第10个素数是什么",
        "求第10个质数",
        "请问第 10 个质数是几",
    ], "29"),
    "prime_count": ([
        "How many primes are there below 100?",
        "How many prime numbers are less than 100?",
        "How many primes less than 100?",
        "How many primes are under 100",
        "Count the primes below 100.",
        "Count the number of prime numbers smaller than 100",
        "What is the number of primes below 100?",
        "How many numbers below 100 are prime?",
        "How many primes are there less than or equal to 99?",
        "How many primes exist up to 99?",
        "How many primes are there from 1 to 100?",
        "How many prime numbers are there between 1 and 100?",
        "How many primes are there not exceeding 100?",
        "How many primes < 100 are there?",
    ], [
        "小于100的质数有多少个",
        "100以内有多少个质数？",
        "不超过100的素数有几个",
        "1到100之间有多少个质数",
        "求小于100的素数的个数",
        "100以内的质数一共有多少个？",
    ], "25"),
    "prime_list": ([
        "List the primes below 30",
        "List all prime numbers less than 30.",
        "What are the primes below 30?",
        "Give me all primes up to 29",
        "Print the prime numbers under 30",
        "Which numbers below 30 are prime?",
        "Primes less than 30",
        "Enumerate the primes smaller than 30",
        "Find all prime numbers between 1 and 30",
        "Name the primes from 1 to 30",
        "Show me the prime numbers that are less than 30",
        "Write down all the primes at most 30",
    ], [
        "列出小于30的所有质数",
        "30以内的质数有哪些？",
        "写出1到30之间的素数",
        "小于30的素数都有哪些",
        "请列举不超过30的质数",
    ], "2, 3, 5, 7, 11, 13, 17, 19, 23, 29"),
    "digit_sum": ([
        "What is the sum of the digits of 98765?",
        "Sum the digits of 98765.",
        "Find the digit sum of 98765",
        "What's the digit sum of 98765?",
        "Add up the digits of 98765",
        "Compute the sum of digits of 98765",
        "What do the digits of 98765 add up to?",
        "sum of the digits of 98765",
        "Calculate the sum of all the digits in 98765",
        "What is the sum of the digits in the number 98765?",
        "What is 98765's digit sum?",
        "Add the digits of 98,765 together",
    ], [
        "98765 的各位数字之和是多少",
        "98765的各位数字之和",
        "求98765的各位数字之和",
        "98765各个数位上的数字之和是多少",
        "98765的各位数字相加等于多少",
        "98765的数字之和是几",
    ], "35"),
    "happy": ([
        "Is 19 a happy number?",
        "Is 19 happy?",
        "Is the number 19 a happy number or not?",
        "Determine whether 19 is a happy number",
        "Check if 19 is happy.",
        "Can you tell me whether 19 is a happy number?",
        "Is it true that 19 is a happy number?",
        "Is 19 a happy number, yes or no?",
        "Decide if 19 is a happy integer",
        "Verify whether the integer 19 is happy",
    ], [
        "19是快乐数吗？",
        "19是不是快乐数",
        "判断19是否为快乐数",
        "请判断一下19是不是快乐数",
    ], "yes"),
    "happy_count": ([
        "How many happy numbers are there between 4600 and 4606?",
        "How many happy numbers are between 4600 and 4606?",
        "How many happy numbers lie between 4600 and 4606",
        "Count the happy numbers from 4600 to 4606.",
        "Count the number of happy numbers between 4600 and 4606",
        "What is the number of happy numbers between 4600 and 4606?",
        "How many integers between 4600 and 4606 are happy?",
        "How many happy numbers from 4600 to 4606 are there?",
        "How many happy integers are there between 4600 and 4606 inclusive?",
        "Find the count of happy numbers between 4600 and 4606",
    ], [
        "4600到4606之间有多少个快乐数？",
        "从4600到4606有几个快乐数",
        "4600和4606之间的快乐数有多少个",
        "求4600到4606之间快乐数的个数",
    ], "1"),
    "happy_list": ([
        "List the happy numbers between 1 and 50",
        "What are the happy numbers between 1 and 50?",
        "List all happy numbers from 1 to 50.",
        "Which numbers between 1 and 50 are happy?",
        "Give me the happy numbers up to 50",
        "Print all the happy numbers less than or equal to 50",
        "Happy numbers between 1 and 50",
        "Find all happy numbers below 51",
        "Show me the happy numbers at most 50",
        "Enumerate the happy numbers from 1 to 50",
    ], [
        "列出1到50之间的快乐数",
        "写出从1到50的所有快乐数",
        "小于51的快乐数有哪些",
        "不超过50的快乐数都有哪些？",
    ], "1, 7, 10, 13, 19, 23, 28, 31, 32, 44, 49"),
    "digital_root": ([
        "What is the digital root of 98765?",
        "Find the digital root of 98,765",
        "digital root of 98765",
        "What's 98765's digital root?",
        "Compute the repeated digit sum of 98765",
        "Calculate the digital root of the number 98765",
        "Keep adding the digits of 98765 until you get a single digit.",
        "Add the digits of 98765 repeatedly until a single digit remains. What is it?",
        "Repeatedly sum the digits of 98765 until only one digit is left",
        "What do you get if you keep adding the digits of 98765 until you get a single digit?",
        "What is the result of repeatedly adding the digits of 98765 until one digit remains?",
        "Tell me what the digital root of 98765 is.",
    ], [
        "98765的数字根是多少",
        "求98765的数根",
        "98765的数字根是几？",
        "把98765的各位数字反复相加，直到得到一位数，结果是多少",
        "98765的各位数字反复相加直到结果为一位数为止",
    ], "8"),
    "perfect": ([
        "Is 496 a perfect number?",
        "Is 496 a perfect number or not?",
        "Is the number 496 a perfect number?",
        "Is 496 a perfect integer?",
        "Determine whether 496 is a perfect number.",
        "Check if 496 is a perfect number",
        "Can you tell me whether 496 is a perfect number?",
        "Is it true that 496 is a perfect number?",
        "Is 496 a perfect number, yes or no?",
        "Decide whether or not 496 is a perfect number.",
        "I wonder whether 496 is a perfect number.",
    ], [
        "496是完全数吗？",
        "496是不是完美数",
        "判断496是否为完全数",
        "496是完数吗",
        "请判断一下496是不是完全数",
    ], "yes"),
    "abundant": ([
        "Is 12 abundant?",
        "Is 12 an abundant number?",
        "Is the number 12 abundant or not?",
        "Determine whether 12 is abundant",
        "Check if 12 is an abundant number.",
        "Is it true that 12 is abundant?",
        "Is 12 an abundant integer?",
        "Is 12 abundant, yes or no?",
        "Can you check whether 12 is an abundant number?",
        "Tell me if 12 is abundant",
    ], [
        "12是盈数吗",
        "12是不是过剩数",
        "判断12是否为盈数",
        "12是丰数吗？",
    ], "yes"),
    "perfect_which": ([
        "Is 12 perfect, abundant, or deficient?",
        "Is 12 perfect, abundant or deficient?",
        "Is 12 abundant or deficient?",
        "Is 12 deficient or abundant?",
        "Is 12 an abundant or a deficient number?",
        "Is 12 a perfect, an abundant or a deficient number?",
        "Determine whether 12 is perfect, abundant or deficient.",
        "Classify 12 as perfect, abundant or deficient",
        "Is the number 12 perfect or abundant?",
        "Is 12 deficient, perfect, or abundant?",
    ], [
        "12是完全数、盈数还是亏数？",
        "12是盈数还是亏数",
        "12是亏数还是盈数？",
        "判断12是完全数、盈数还是亏数",
    ], "abundant"),
    "palindrome": ([
        "Is 12321 a palindromic number?",
        "Is 12,321 a palindromic number?",
        "Is 12321 palindromic?",
        "Is the number 12321 a palindrome?",
        "Is 12321 a palindrome?",
        "Is 12321 a palindrome number?",
        "Is 12321 a numerical palindrome?",
        "Determine whether 12321 is a palindromic number.",
        "Check if the number 12321 is a palindrome",
        "Is it true that 12321 is a palindromic number?",
        "Does the number 12321 read the same forwards and backwards?",
        "Is the integer 12321 palindromic or not?",
    ], [
        "12321是回文数吗？",
        "12321是不是回文数",
        "判断12321是否为回文数",
        "数字12321是回文数吗",
        "12,321是回文数吗",
    ], "yes"),
    "trailing_zeros": ([
        "How many trailing zeros does 100! have?",
        "How many trailing zeroes are in 100!?",
        "How many trailing zeros are there in 100 factorial?",
        "How many zeros are at the end of 100!?",
        "How many zeros are there at the end of 100 factorial?",
        "How many zeros does 100! end with?",
        "How many zeros does 100! end in?",
        "Find the number of trailing zeros in 100!",
        "What is the number of trailing zeros of the factorial of 100?",
        "Count the trailing zeros in 100!",
        "How many consecutive zeros does 100! have at the end?",
    ], [
        "100!的末尾有多少个0",
        "100!末尾有几个零",
        "100的阶乘末尾有多少个连续的0？",
        "求100!末尾0的个数",
        "100！的末尾有几个0",
    ], "24"),
    "power_digits": ([
        "How many digits does 2^100 have?",
        "How many digits are in 2^100?",
        "How many digits are there in 2**100?",
        "How many digits does 2 ^ 100 have?",
        "How many digits does 2¹⁰⁰ have?",
        "How many digits does 2 to the power of 100 have?",
        "How many digits does 2 raised to the 100th power have?",
        "What is the number of digits in 2^100?",
        "Find the number of digits of 2**100",
        "How many decimal digits does 2^100 have?",
        "How many digits long is 2^100?",
    ], [
        "2的100次方是几位数",
        "2^100 是几位数？",
        "2的100次幂有多少位",
        "2¹⁰⁰是几位数",
        "求2^100的位数",
        "2的100次方的结果是几位数",
    ], "31"),
    "factorial_digits": ([
        "How many digits does 30! have?",
        "How many digits are in 30!?",
        "How many digits are there in 30 factorial?",
        "How many digits does the factorial of 30 have?",
        "What is the number of digits in 30!",
        "Find the number of digits in 30!",
        "Count of digits of 30 factorial?",
        "How many decimal digits are in 30!",
        "How many digits long is 30!?",
        "Tell me how many digits 30! has.",
    ], [
        "30!是几位数",
        "30的阶乘是几位数？",
        "30!有多少位",
        "求30!的位数",
    ], "33"),
    "aliquot_sum": ([
        "What is the sum of the proper divisors of 220?",
        "Find the sum of all proper divisors of 220",
        "sum of the proper divisors of 220",
        "What is the aliquot sum of 220?",
        "Find the aliquot sum of 220.",
        "What is 220's aliquot sum?",
        "Sum the proper divisors of 220",
        "Add up the proper divisors of 220",
        "What do the proper divisors of 220 add up to?",
        "Compute the sum of the proper factors of 220",
    ], [
        "220的真因数之和是多少",
        "求220的所有真约数之和",
        "220的真因子的和是多少？",
        "请问220的真因数之和",
    ], "284"),
}

PHRASING_CASES = [(kind, question, expected) for kind, (en, zh, expected) in PHRASINGS.items()
                  for question in en + zh]


def test_every_kind_has_enough_phrasings() -> None:
    for kind, (english, chinese, _) in PHRASINGS.items():
        assert len(set(english)) >= 10 and len(set(chinese)) >= 4, kind
        assert all(detect_language(q) == "zh" for q in chinese), kind
        assert all(detect_language(q) == "en" for q in english), kind


@pytest.mark.parametrize(("kind", "question", "expected"), PHRASING_CASES)
def test_phrasings(kind: str, question: str, expected: str) -> None:
    solution = answer(question)
    assert solution.value == expected, (kind, question)
    if detect_language(question) == "zh":
        assert any("\u4e00" <= ch <= "\u9fff" for ch in solution.answer), solution.answer
    else:
        assert not any("\u4e00" <= ch <= "\u9fff" for ch in solution.answer), solution.answer


@FAST
@given(a=st.integers(-10**12, 10**12), b=st.integers(-10**12, 10**12),
       template=st.sampled_from(["Are {a} and {b} coprime?", "Is {a} relatively prime to {b}?",
                                 "{a}和{b}互质吗？"]))
def test_coprime_matches_euclid(a: int, b: int, template: str) -> None:
    question = template.format(a=a, b=b)
    parsed = SOLVER.parse(Query(text=question, language=detect_language(question)))
    assert isinstance(parsed, Parsed) and parsed.problem == CoprimeProblem(a=a, b=b), question
    assert answer(question).value == yes_no(euclid(a, b) == 1), question


@pytest.mark.parametrize(("question", "expected"), [
    ("Are 165 and 176 coprime?", "no"),
    ("Are 416 and 117 coprime?", "no"),
    ("Are 156 and 145 coprime?", "yes"),
    ("Are 0 and 1 coprime?", "yes"),
    ("Are 0 and 0 coprime?", "no"),
    ("Are -4 and 9 coprime?", "yes"),
    ("Are 1,000 and 7 coprime?", "yes"),
    ("14和21互质吗？", "no"),
])
def test_coprime_answers(question: str, expected: str) -> None:
    solution = answer(question)
    assert solution.value == expected, question
    assert ("gcd" in solution.answer or "greatest common divisor" in solution.answer
            or "最大公约数" in solution.answer), solution.answer


EN_PRIMALITY = ["Is {n} a prime number?", "Is {n} prime?", "Determine whether {n} is prime",
                "Is the number {n} prime or not?"]


@FAST
@given(n=st.integers(-10**6, 10**7), template=st.sampled_from(EN_PRIMALITY))
def test_primality_phrasings_parse_to_the_number(n: int, template: str) -> None:
    parsed = SOLVER.parse(Query(text=template.format(n=n)))
    assert isinstance(parsed, Parsed) and parsed.problem == PrimalityProblem(n=n)
    assert answer(template.format(n=n)).value == yes_no(trial_prime(n))


@FAST
@given(numbers=st.lists(st.integers(1, 10**6), min_size=2, max_size=5))
def test_gcd_lists_parse_every_number(numbers: list[int]) -> None:
    listed = ", ".join(map(str, numbers[:-1])) + " and " + str(numbers[-1])
    g = 0
    for x in numbers:
        g = euclid(g, x)
    assert answer(f"What is the GCD of {listed}?").value == str(g)
    assert answer("、".join(map(str, numbers)) + "的最大公约数是多少").value == str(g)


@FAST
@given(lo=st.integers(1, 20_000), width=st.integers(0, 12))
def test_llmdrift_happy_template(lo: int, width: int) -> None:
    hi = lo + width
    question = (f"How many happy numbers are there between {lo} and {hi}? Think step by step "
                'and then answer within "\\\\boxed" (e.g, \\\\boxed{10}).')
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.tool == "number_theory"
    assert decision.value == str(sum(naive_happy(k) for k in range(lo, hi + 1)))


def test_llmdrift_prime_prompt_is_answered() -> None:
    decision = guardrail.route(
        'Is 17077 a prime number? Think step by step and then answer "[Yes]" or "[No]".')
    assert decision.route == "tool" and decision.rule_id == "number_theory.primality"
    assert decision.value == "yes" and "17077" in (decision.answer or "")


LLMDRIFT = Path(__file__).resolve().parents[3] / "shared" / "datasets" / "llmdrift"


@pytest.mark.skipif(not LLMDRIFT.is_dir(), reason="LLMDrift datasets not available")
@pytest.mark.parametrize("name", ["prime_full", "count_happy_number"])
def test_llmdrift_sample(name: str) -> None:
    lines = (LLMDRIFT / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    for line in lines[::25]:
        record = json.loads(line)
        decision = guardrail.route(record["query"])
        assert decision.route == "tool", record
        assert decision.value == str(record["answer"]), record


# --------------------------------------------------------------------------------------------
# Edge cases, sentences, caps


def test_zero_one_and_negatives_are_not_prime() -> None:
    for n in (0, 1, -1, -2, -7):
        solution = answer(f"Is {n} prime?")
        assert solution.value == "no" and "greater than 1" in solution.answer
    assert answer("Is 1 composite?").value == "no"
    assert answer("Is 2 composite?").value == "no"
    assert answer("Is -4 happy?").value == "no"


def test_sentences() -> None:
    assert answer("Factor 360").answer == "360 = 2³ × 3² × 5."
    assert answer("360 的质因数分解").answer == "360 的质因数分解为 360 = 2³ × 3² × 5。"
    assert answer("Is 91 prime?").answer == "No, 91 is not prime (91 = 7 × 13)."
    assert answer("Factor 17077").value == "17077"
    assert answer("Factor 1").value == "1"
    assert answer("Factor -12").value == "-1 * 2^2 * 3"
    assert answer("Factor 1024").value == "2^10"
    assert "(inclusive)" in answer("How many happy numbers are between 4600 and 4606?").answer
    assert answer("List the primes below 2").value == "none"
    assert answer("What is the sum of the digits of -98765?").value == "35"
    assert answer("GCD of 0 and 0").value == "0"
    assert answer("LCM of 0 and 5").value == "0"
    assert answer("gcd(-12, 18)").value == "6"


def test_ambiguous_range_ends_decline_only_when_they_matter() -> None:
    # "between" may or may not include its ends: fine while the ends are not prime...
    assert answer("How many primes are there between 10 and 20?").value == "4"
    assert answer("How many primes are there between 1 and 100?").value == "25"
    # ...but 11 is prime, so the two readings give different answers.
    assert isinstance(ask("How many primes are there between 11 and 20?"), Declined)
    assert isinstance(ask("7以内的质数有多少个？"), Declined)
    assert answer("How many primes are there between 11 and 20 inclusive?").value == "4"
    assert answer("How many primes are there between 11 and 19 exclusive?").value == "2"
    assert answer("How many primes are there from 11 to 20?").value == "4"
    # Happy numbers follow the LLMDrift convention: "between" includes both ends.
    assert answer("How many happy numbers are there between 7 and 10?").value == "2"


def test_caps_decline() -> None:
    too_big = [
        "Is " + "9" * 31 + " prime?",
        "Factor " + "9" * 31,
        "What is the largest prime factor of " + "9" * 31 + "?",
        "How many primes are there below 1000002?",
        "List the primes below 100000",
        "What is the 78499th prime?",
        "How many happy numbers are there between 1 and 1000001?",
        "How many happy numbers are there below 1000000000000000001?",
        "List the happy numbers below 10000",
        "What is the GCD of " + ", ".join(["6"] * 51) + "?",
        "What is the GCD of " + "1" * 31 + " and 2?",
    ]
    for question in too_big:
        assert isinstance(ask(question), Declined), question
    # Beyond 10^18 the factorization is found only when the bounded search finds it.
    semiprime = 100000000000031 * 300000000000089
    assert isinstance(ask(f"Factor {semiprime}"), Declined)
    assert answer(f"Is {semiprime} prime?").value == "no"
    assert answer("Factor " + str(2**90)).value == "2^90"


def test_accepted_worst_cases_are_fast() -> None:
    worst_cases = [
        "How many happy numbers are there between 999999999999000001 and "
        "1000000000000000000?",
        "How many primes are there below 1000000?",
        "What is the 78498th prime?",
        "Factor 999999830000006741",  # two 9-digit primes: Pollard rho's hardest case here
        "Is " + "9" * 30 + " prime?",
        "Factor " + "9" * 30,
    ]
    answer(worst_cases[1])  # build the sieve once
    for question in worst_cases:
        started = time.perf_counter()
        ask(question)
        assert time.perf_counter() - started < 1.0, question


NEAR_MISSES = [
    # no concrete number, or not a question we compute
    "Are there infinitely many primes?",
    "What is a prime number?",
    "Is a prime number always odd?",
    "Is Optimus Prime a robot?",
    "Is the answer prime?",
    "What is the 10th prime minister of India?",
    "List the prime ministers of Canada.",
    "What is a happy number?",
    # other bases, several questions, extra conditions
    "Is 17077 a prime number in base 7?",
    "Is 17077 prime and is 91 prime?",
    # ("Is 17077 prime or composite?" is answered now, with the word: see
    # test_digits_and_neighbouring_primes_are_routed)
    "Is 91 prime, and what are its factors?",
    "Is 17077 a prime number? Explain why.",
    "Factor 360 and 84.",
    "What is the prime factorization of 360 in base 7?",
    "What is the 10th prime after 100?",
    "Is the 10th prime odd?",
    # digit strings that are not one integer
    "Is 2023-05-17 prime?",
    "Is 9/11 prime?",
    "Is 555-1234 prime?",
    "Is (555) 123-4567 a prime number?",
    "Is 3.14 prime?",
    "Is 7.0 prime?",
    "Is 1e9 prime?",
    "Is 2^31-1 prime?",
    "Is seventeen prime?",
    "What is the sum of the digits of 2^100?",
    "What is the sum of the digits of 3.14?",
    "What is the GCD of 12,180, 30?",
    "What is the LCM of 1.5 and 2?",
    "What is the GCD of 12?",
    # word problems
    "Tom has 12 apples and 18 oranges. What is the GCD?",
    "If I have 17077 marbles, is that a prime number of marbles?",
    "How many primes are there below 100 in base 2?",
    # degenerate values
    "Factor 0",
    "What is the largest prime factor of 1?",
    "What is the largest prime factor of -12?",
    "What is the 0th prime?",
    "How many primes are there between 100 and 10?",
    # Chinese
    "质数有无穷多个吗？",
    "17077和91都是质数吗？",
    "12,180和30的最大公约数是多少？",
    "质数有哪些性质？",
    "第0个质数是多少？",
    # coprime: no concrete pair, more than two numbers, other conditions
    "What does coprime mean?",
    "Are two consecutive integers always coprime?",
    "Are 6, 10 and 15 coprime?",
    "Are 6, 10 and 15 pairwise coprime?",
    "Are 2.5 and 7 coprime?",
    "Are 12 and 35 coprime in base 7?",
    "Is 12 coprime to 35 and to 49?",
    "Are 12 and 35 coprime, and what is their lcm?",
    "Are 12 and 18 prime?",
    "Are my age and my shoe size coprime?",
    "Is the word 'letter' prime?",
    "Is 12 coprime?",
    "Are 12 and 35 coprime with 8?",
    "互质是什么意思？",
    "6、10和15互质吗？",
    "相邻的两个整数一定互质吗？",
    "把x^2-1因式分解",
    "我的电话号码各位数字之和是多少？",
]


@pytest.mark.parametrize("question", NEAR_MISSES)
def test_declines_what_it_did_not_fully_understand(question: str) -> None:
    assert isinstance(ask(question), Declined), question


def test_declines_oversized_text() -> None:
    assert isinstance(ask("Is " + "1" * 600 + " prime?"), Declined)


# --------------------------------------------------------------------------------------------
# Function-call syntax and wrappers around a complete question


@FAST
@given(numbers=st.lists(st.integers(-10**6, 10**6), min_size=2, max_size=6),
       name=st.sampled_from(["gcd", "GCD", "lcm", "LCM", "hcf", "gcf"]),
       spacing=st.sampled_from([", ", ",", " , "]),
       tail=st.sampled_from(["", " = ?", "=?", " =", "?", " equals?"]))
def test_function_call_syntax(numbers: list[int], name: str, spacing: str, tail: str) -> None:
    question = f"{name}({spacing.join(map(str, numbers))}){tail}"
    if name.lower() == "lcm":
        expected = abs(numbers[0])
        for x in numbers[1:]:
            expected = lcm2(expected, x)
    else:
        expected = 0
        for x in numbers:
            expected = euclid(expected, x)
    assert answer(question).value == str(expected), question
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == str(expected), (question, decision)


WRAPPED = [
    ("lcm(178, 15) = ?", "2670"),
    ("What is gcd(12, 18)?", "6"),
    ("What is the GCD of 48 and 180 = ?", "12"),
    ("Tell me what the GCD of 12 and 18 is.", "6"),
    ("Can you tell me what the largest prime factor of 13195 is?", "29"),
    ("Do you know how many primes are there below 100?", "25"),
    ("Tell me how many primes there are below 100.", "25"),
    ("I wonder whether 91 is prime.", "no"),
    ("Tell me what the 10th prime is", "29"),
    ("Tell me what is the 10th prime", "29"),
    ("Tell me what the prime factors of 360 are.", "2^3 * 3^2 * 5"),
    ("I need the prime factorization of 360.", "2^3 * 3^2 * 5"),
    ("Is 97 prime? Yes or no.", "yes"),
    ("Is 97 prime? True or false", "yes"),
    ("求lcm(4, 6)", "12"),
    ("gcd(12,18)是多少？", "6"),
    ("gcd（12，18）＝？", "6"),
    ("你知道17077是质数吗？", "yes"),
    ("告诉我12和18的最大公约数", "6"),
    ("The greatest common divisor of 12 and 18 is?", "6"),
    ("What is the least common multiple of 4 and 6 equal to?", "12"),
    ("求最大公约数：12和18", "6"),
    ("1001分解质因数", "7 * 11 * 13"),
    ("True or false: 7919 is prime.", "yes"),
    ("7919 is a prime number. True or false?", "yes"),
    ("Express 360 as the product of its prime factors.", "2^3 * 3^2 * 5"),
    ("Calculate the highest common factor (HCF) of 12 and 18.", "6"),
    ("What is the least common multiple (LCM) of 4 and 6?", "12"),
    ("What is the largest prime that divides 13195?", "29"),
    ("Find the tenth prime.", "29"),
    ("What is the hundredth prime?", "541"),
    ("Which is the 10th prime?", "29"),
    ("How many primes are in the range 10 to 50?", "11"),
    ("Find all happy numbers in the range 18–38.", "19, 23, 28, 31, 32"),
    ("Find all happy numbers in the range 65–95, endpoints included.",
     "68, 70, 79, 82, 86, 91, 94"),
    ("比 16 小的质数都有哪些？", "2, 3, 5, 7, 11, 13"),
    ("1123 算素数吗？", "yes"),
    ("Count how many primes are below 100.", "25"),
    ("Find how many primes there are below 100.", "25"),
    ("Give me the list of primes below 30.", "2, 3, 5, 7, 11, 13, 17, 19, 23, 29"),
    ("What's the digital sum of 98765?", "35"),
    ("写出所有小于30的质数", "2, 3, 5, 7, 11, 13, 17, 19, 23, 29"),
    ("判断：7919是质数吗？", "yes"),
]


@pytest.mark.parametrize(("question", "expected"), WRAPPED)
def test_wrapped_questions(question: str, expected: str) -> None:
    assert answer(question).value == expected
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.tool == "number_theory", decision
    assert decision.value == expected


@pytest.mark.parametrize("question", [
    "lcm(1,000, 5) = ?",  # 1,000 a thousand, or the arguments 1 and 000?
    "gcd(1,000,5)",
    "gcd(12,180, 30)",  # 12,180 one number or two?
    "gcd(12) = ?",
    "gcd(12, 18) = 6?",
    "lcm(4, 6) + 1 = ?",
    "gcd(12, 18) = gcd(6, 12)?",
    "gcd(x, 18) = ?",
    "gcd(1.5, 3) = ?",
    "Tell me what the 10th prime minister is",
    "Tell me what 91 is",
    "Tell me what the GCD of 12 and 18 is not",
    "Is 91 prime and is 97 prime? Yes or no.",
    "Is 97 prime? Maybe.",
    "gcd(12, 18)是不是6？",
    "What is the least common multiple (GCD) of 4 and 6?",
    "What is the first prime minister of India?",
    "What is the twenty-first prime?",
    "True or false: 7919 is prime and 91 is prime.",
    "How many primes are in the range 10 to 50 in base 7?",
])
def test_wrapped_near_misses_decline(question: str) -> None:
    assert isinstance(ask(question), Declined), question
    assert guardrail.route(question).route != "tool", question


ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]


@pytest.mark.parametrize("index", range(1, 21))
def test_spelled_ordinals_name_the_nth_prime(index: int) -> None:
    found, k = 0, 1
    while found < index:
        k += 1
        found += trial_prime(k)
    assert answer(f"What is the {ORDINALS[index - 1]} prime?").value == str(k)


@FAST
@given(lo=st.integers(0, 3000), width=st.integers(0, 300))
def test_in_the_range_is_inclusive(lo: int, width: int) -> None:
    hi = lo + width
    question = f"How many primes are in the range {lo} to {hi}?"
    assert answer(question).value == str(len(naive_primes(lo, hi)))


@pytest.mark.parametrize(("question", "expected"), [
    ("What is the largest number that divides both 40 and 432?", "8"),
    ("Find the greatest integer that evenly divides 12, 18 and 30.", "6"),
    ("What is the smallest number divisible by both 4 and 6?", "12"),
    ("What is the smallest positive integer that is a multiple of 4, 6 and 10?", "60"),
    ("What is the smallest number divisible by 4 and 6 and 10?", "60"),
    ("Which is the largest prime that divides 2469886?", "64997"),
    ("92 到 128 之间有哪些快乐数？", "94, 97, 100, 103, 109"),
    ("20 到 30 之间有哪些质数？", "23, 29"),
    ("197561 的各位数字加起来是多少？", "29"),
    ("360 分解质因数的结果是什么？", "2^3 * 3^2 * 5"),
    ("将 360 写成质因数的乘积", "2^3 * 3^2 * 5"),
])
def test_gcd_lcm_paraphrases_and_chinese_word_orders(question: str, expected: str) -> None:
    assert answer(question).value == expected
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.tool == "number_theory", decision
    assert decision.value == expected


@pytest.mark.parametrize("question", [
    "What is the largest number that divides 40?",  # one number: not a gcd
    "What is the smallest number divisible by 1 through 10?",
    "59 以内的质数有哪些？",  # is 59 itself "以内"? It is prime, so the readings differ
])
def test_gcd_lcm_paraphrases_decline_what_they_do_not_cover(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@FAST
@given(n=st.integers(-10**6, 10**6), d=st.integers(-1000, 1000).filter(bool),
       form=st.integers(0, 6))
def test_divisibility_matches_the_remainder(n: int, d: int, form: int) -> None:
    question = [f"Is {n} divisible by {d}?", f"Does {d} divide {n}?",
                f"Is {d} a factor of {n}?", f"Determine whether {n} is divisible by {d}.",
                f"Can {n} be divided evenly by {d}?", f"{n} 能被 {d} 整除吗？",
                f"{d} 是 {n} 的因数吗"][form]
    assert answer(question).value == ("yes" if n % d == 0 else "no"), question


@pytest.mark.parametrize("question", [
    "Is 2024 divisible by 0?",
    "Is 10.5 divisible by 2?",
    "What does divisible by 3 mean?",
    "Is 2024 divisible by 8 and by 3?",
    "什么是整除？",
])
def test_divisibility_declines(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


# A sentence naming the number, then a question about "it"; inclusion notes naming the ends.
@pytest.mark.parametrize(("question", "value"), [
    ("Determine whether 143 is prime or composite. Is it prime?", "no"),
    ("Determine whether 816091 is prime or composite. Is it prime?", "yes"),
    ("Determine whether 143 is prime or composite. Is it composite?", "yes"),
    ("Consider the number 97. Is it prime?", "yes"),
    ("判断143是质数还是合数。它是质数吗？", "no"),
    ("判断97是质数还是合数，它是合数吗", "no"),
    ("65到85（含65和85）之间的快乐数有哪些？", "68, 70, 79, 82"),
    ("101到127（含101和127）之间的快乐数有哪些？", "103, 109"),
    ("10到30（包括10和30）之间有多少个质数？", "6"),
    ("How many primes are there between 11 and 29 (including 11 and 29)?", "6"),
    ("List the happy numbers between 1 and 20, including 1 and 20", "1, 7, 10, 13, 19"),
])
def test_pronoun_questions_and_inclusion_notes(question: str, value: str) -> None:
    assert answer(question).value == value


@pytest.mark.parametrize("question", [
    "Determine whether 143 is prime or composite. Is it even?",
    "65到85（含60和85）之间的快乐数有哪些？",  # the note names a number that is not an end
    "How many primes are there between 10 and 30 (including 11 and 30)?",
])
def test_pronoun_questions_and_notes_that_decline(question: str) -> None:
    assert isinstance(ask(question), Declined)


def _divisors_oracle(n: int) -> list[int]:
    return [d for d in range(1, n + 1) if n % d == 0]


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=5000))
def test_divisors_match_trial_division(n: int) -> None:
    divisors = _divisors_oracle(n)
    assert answer(f"How many divisors does {n} have?").value == str(len(divisors))
    assert answer(f"What are the factors of {n}?").value == ", ".join(map(str, divisors))
    assert answer(f"{n}的所有约数之和是多少？").value == str(sum(divisors))


@pytest.mark.parametrize(("question", "value"), [
    ("List all the positive divisors of 60.", "1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60"),
    ("36有几个因数？", "9"),
    ("24的因数有哪些？", "1, 2, 3, 4, 6, 8, 12, 24"),
    ("What is the sum of the divisors of 28?", "56"),
    ("Is 91 a multiple of 7?", "yes"),
    ("Is 92 a multiple of 7?", "no"),
    ("91是7的倍数吗？", "yes"),
])
def test_divisors_and_multiples(question: str, value: str) -> None:
    assert answer(question).value == value


@pytest.mark.parametrize("question", [
    "How many proper divisors does 36 have?",
    "What are the factors of -24?",
    "What are the common factors of 12 and 18?",
    "Is 7 a multiple of 0?",
    "Is 91 a multiple of 7 apples?",
])
def test_divisors_and_multiples_that_decline(question: str) -> None:
    assert isinstance(ask(question), Declined)


@pytest.mark.parametrize(("question", "value"), [
    ("My son says 91 is prime. Is 91 prime?", "no"),
    ("My friend claims 91 is prime. Is that true?", "no"),
    ("My son says 97 is prime. Is he right?", "yes"),
    ("My son says 91 is composite. Is he right?", "yes"),
    ("My son says 91 is prime because it is odd. Is he right?", "no"),
    ("我儿子说91是质数，他说得对吗？", "no"),
])
def test_reported_claims(question: str, value: str) -> None:
    assert answer(question).value == value


@pytest.mark.parametrize("question", [
    "My son says 91 is prime. Is 93 prime?",
    "My son says 91 is prime. What is the 10th prime?",
    "My son says 91 is prime. Is he right about 93?",
])
def test_reported_claims_about_other_numbers_decline(question: str) -> None:
    assert isinstance(ask(question), Declined)


# --------------------------------------------------------------------------- asking words only

_PRIME_FORMS = ["quick q: {n} prime?", "hey is {n} prime or not", "{n} - prime or not?",
                "prime check: {n}", "is the number {n} prime? yes or no",
                "can u tell me if {n} is a prime number pls", "primality test for {n}",
                # a claim checked: "no" says both that the claim is wrong and that n is not
                # prime (it used to decline; the claim is now read as the question)
                "I think {n} is prime, am I right?"]


@settings(max_examples=80, deadline=None)
@given(n=st.integers(min_value=2, max_value=10**9), form=st.sampled_from(_PRIME_FORMS))
def test_asking_words_around_a_primality_question(n: int, form: str) -> None:
    decision = guardrail.route(form.format(n=n))
    oracle = n >= 2 and all(n % d for d in range(2, math.isqrt(n) + 1))
    assert decision.route == "tool" and decision.value == ("yes" if oracle else "no"), decision


@pytest.mark.parametrize("question", [
    "is 91 not prime?",  # "yes" would be right, a primality answer says "no"
    "is 91 prime? I think not",
    "Is 2.5 prime?",
    "is 91 a twin prime",
    "is 91 prime in base 8",
])
def test_asking_words_primality_declines(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "value"), [
    ("need a quick number: lcm(16, 23, 59)", "21712"),
    ("what would the digit sum of 527310102 come out to?", "21"),
    ("Name every prime between 514 and 537.", "521, 523"),
    ("List each happy number between 1 and 10.", "1, 7, 10"),
    ("8017781是不是素数？请一步步思考，最后回答[是]或[否]。", "yes"),
])
def test_quick_numbers_would_be_and_every_prime(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert (decision.route, decision.value) == ("tool", value), decision


def test_chinese_bracket_framing_answers_in_brackets() -> None:
    client_text = guardrail.route("97是不是素数？请一步步思考，最后回答[是]或[否]。")
    assert client_text.value == "yes"
    from guardrail.classify import strip_framing
    core, framing = strip_framing("97是不是素数？请一步步思考，最后回答[是]或[否]。")
    assert core == "97是不是素数？" and framing.bracket_chinese and framing.step_by_step
    assert framing.format("yes", "是的。").endswith("[是]")


def test_a_context_sentence_about_the_same_number() -> None:
    decision = guardrail.route("My lucky number is 1259. Just curious, is 1259 prime?")
    assert (decision.route, decision.value) == ("tool", "yes")
    assert guardrail.route("My lucky number is 1259. Just curious, is 1260 prime?").route != "tool"


# --------------------------------------------------------------------------------------------
# Digital roots, perfect and palindromic numbers, trailing zeros of n!, digit counts of a^b
# and n!, aliquot sums: against plain loops and Python's own big integers.


def repeated_digit_sum(n: int) -> int:
    while n >= 10:
        n = naive_digit_sum(n)
    return n


def brute_proper_divisor_sum(n: int) -> int:
    return sum(d for d in range(1, n) if n % d == 0)


def reversed_digits(n: int) -> int:
    back = 0
    while n:
        back, n = back * 10 + n % 10, n // 10
    return back


def trailing_zeros_of(value: int) -> int:
    written = str(value)
    return len(written) - len(written.rstrip("0"))


@FAST
@given(n=st.one_of(st.integers(0, 10**6), st.integers(0, 10**60)),
       template=st.sampled_from(["What is the digital root of {n}?", "Find the digital root of {c}",
                                 "Keep adding the digits of {n} until you get a single digit.",
                                 "{n}的数字根是多少"]))
def test_digital_root_matches_repeated_summing(n: int, template: str) -> None:
    question = template.format(n=n, c=f"{n:,}")
    parsed = SOLVER.parse(Query(text=question, language=detect_language(question)))
    assert isinstance(parsed, Parsed) and parsed.problem == DigitalRootProblem(n=n), question
    assert answer(question).value == str(repeated_digit_sum(n))


@settings(max_examples=80, deadline=None)
@given(n=st.integers(1, 10**4 - 1))
def test_perfect_abundant_deficient_match_a_brute_force_divisor_sum(n: int) -> None:
    total = brute_proper_divisor_sum(n)
    found = "perfect" if total == n else "abundant" if total > n else "deficient"
    assert solve(PerfectNumberProblem(n=n, ask="which")).value == found
    for ask_ in ("perfect", "abundant", "deficient"):
        assert solve(PerfectNumberProblem(n=n, ask=ask_)).value == yes_no(found == ask_)  # type: ignore[arg-type]
    assert answer(f"Is {n} a perfect number?").value == yes_no(found == "perfect")
    assert answer(f"{n}是盈数吗").value == yes_no(found == "abundant")
    assert answer(f"What is the sum of the proper divisors of {n}?").value == str(total)
    assert solve(DivisorsProblem(n=n, ask="proper_sum")).value == str(total)


def test_the_perfect_numbers_below_ten_thousand() -> None:
    perfect = [n for n in range(1, 10**4) if brute_proper_divisor_sum(n) == n]
    assert perfect == [6, 28, 496, 8128]
    found = [n for n in range(1, 10**4)
             if solve(PerfectNumberProblem(n=n, ask="perfect")).value == "yes"]
    assert found == perfect
    # the fifth and a large non-perfect neighbour, through the factorization path
    assert answer("Is 33550336 a perfect number?").value == "yes"
    assert answer("Is 33550337 a perfect number?").value == "no"


@FAST
@given(n=st.one_of(st.integers(0, 10**6), st.integers(0, 10**40),
                   st.integers(1, 10**8).map(lambda k: int(str(k) + str(k)[::-1]))))
def test_palindromes_match_the_reversed_digits(n: int) -> None:
    expected = yes_no(reversed_digits(n) == n)
    assert solve(PalindromeProblem(n=n)).value == expected
    assert answer(f"Is {n} a palindromic number?").value == expected
    assert answer(f"Is {n:,} a palindromic number?").value == expected  # separators: formatting
    assert answer(f"{n}是回文数吗").value == expected


@FAST
@given(n=st.integers(0, 499),
       template=st.sampled_from(["How many trailing zeros does {n}! have?",
                                 "How many zeros are at the end of {n} factorial?",
                                 "{n}!的末尾有多少个0"]))
def test_trailing_zeros_match_the_written_factorial(n: int, template: str) -> None:
    question = template.format(n=n)
    parsed = SOLVER.parse(Query(text=question, language=detect_language(question)))
    assert isinstance(parsed, Parsed) and parsed.problem == TrailingZerosProblem(n=n), question
    assert answer(question).value == str(trailing_zeros_of(math.factorial(n)))


@FAST
@given(n=st.integers(10**6, 10**18))
def test_trailing_zeros_of_huge_factorials_count_factors_of_five(n: int) -> None:
    # Independent of Legendre's sum: count the factor 5 in each multiple of 5 ... for n! with
    # n large that loop is too long, so check the recurrence Z(n) = n // 5 + Z(n // 5) instead.
    def zeros(k: int) -> int:
        return 0 if k < 5 else k // 5 + zeros(k // 5)
    assert solve(TrailingZerosProblem(n=n)).value == str(zeros(n))


@FAST
@given(a=st.integers(0, 500), b=st.integers(0, 400),
       template=st.sampled_from(["How many digits does {a}^{b} have?",
                                 "How many digits are in {a}**{b}?",
                                 "How many digits does {a} to the power of {b} have?",
                                 "{a}的{b}次方是几位数"]))
def test_power_digit_counts_match_the_written_power(a: int, b: int, template: str) -> None:
    question = template.format(a=a, b=b)
    if a == 0 and b == 0:
        assert isinstance(ask(question), Declined)
        return
    parsed = SOLVER.parse(Query(text=question, language=detect_language(question)))
    assert isinstance(parsed, Parsed), question
    assert parsed.problem == ExpressionDigitsProblem(form="power", base=a, exponent=b)
    assert answer(question).value == str(len(str(a**b))), question


@FAST
@given(n=st.integers(0, 1000),
       template=st.sampled_from(["How many digits does {n}! have?",
                                 "How many digits are in {n} factorial?", "{n}的阶乘是几位数"]))
def test_factorial_digit_counts_match_the_written_factorial(n: int, template: str) -> None:
    question = template.format(n=n)
    parsed = SOLVER.parse(Query(text=question, language=detect_language(question)))
    assert isinstance(parsed, Parsed)
    assert parsed.problem == ExpressionDigitsProblem(form="factorial", base=n)
    assert answer(question).value == str(len(str(math.factorial(n))))


def test_digit_counts_at_powers_of_ten_and_beyond_str_limits() -> None:
    # 10^k has k + 1 digits and 10^k - 1 has k: the estimate from the bit length is corrected
    assert answer("How many digits does 10^4999 have?").value == "5000"
    assert answer("How many digits does 10^0 have?").value == "1"
    assert answer("How many digits does 0^7 have?").value == "1"
    assert answer("How many digits does 1^1000000000 have?").value == "1"
    # beyond Python's default 4300-digit str() limit: digits = floor(b * log10(a)) + 1
    assert answer("How many digits does 2^100000 have?").value == "30103"
    assert answer("How many digits does 7^1000000 have?").value == "845099"


@pytest.mark.parametrize(("question", "value"), [
    ("What is the digital root of 0?", "0"),
    ("What is the digital root of 9?", "9"),
    ("What is the digital root of 999,999,999,999?", "9"),
    ("Is 0 a perfect number?", "no"),
    ("Is 1 a deficient number?", "yes"),
    ("Is 28 abundant or deficient?", "perfect"),  # neither: the class is named
    ("Is 945 an abundant number?", "yes"),
    ("Is 12345 a palindromic number?", "no"),
    ("Is 0 a palindromic number?", "yes"),
    ("Does the number 1221 read the same backwards?", "yes"),
    ("How many trailing zeros does 0! have?", "0"),
    ("How many trailing zeros does 1,000,000! have?", "249998"),
    ("What is the sum of the proper divisors of 1?", "0"),
    ("What is the aliquot sum of 284?", "220"),
    ("How many digits does 1,000^3 have?", "10"),
    ("How many digits does 200000! have?", "973351"),
    ("Find the number of digits in 30!", "33"),  # once read as "30" (2 digits)
])
def test_new_kinds_edge_values(question: str, value: str) -> None:
    assert answer(question).value == value


def test_new_kinds_sentences() -> None:
    assert answer("What is the digital root of 98765?").answer == \
        "The digital root of 98765 is 8 (98765 → 35 → 8)."
    assert answer("98765的数字根是多少").answer == "98765 的数字根是 8（98765 → 35 → 8）。"
    assert answer("Is 28 a perfect number?").answer == (
        "Yes, 28 is a perfect number: the sum of its proper divisors, 1 + 2 + 4 + 7 + 14 = 28, "
        "is equal to 28.")
    assert answer("Is 12 a perfect number?").answer.startswith(
        "No, 12 is not a perfect number (it is abundant)")
    assert answer("How many trailing zeros does 100! have?").answer == \
        "100! ends in 24 zeros (⌊100/5⌋ + ⌊100/25⌋ = 20 + 4 = 24)."
    assert answer("How many digits does 2^100 have?").answer == "2^100 has 31 digits."
    assert answer("2的100次方是几位数").answer == "2^100 是 31 位数。"
    assert answer("Is 12,321 a palindromic number?").answer == \
        "Yes, 12321 reads the same backwards: it is a palindromic number."


NEW_KIND_DECLINES = [
    # digital roots
    "What is a digital root?",
    "What is the digital root of -98765?",
    "What is the digital root of 3.14?",
    "What is the digital root of 98765 in base 7?",
    "What is the digital root of 98765 and of 12345?",
    "Keep adding the digits of my phone number until you get a single digit.",
    "数字根是什么意思？",
    "-98765的数字根是多少",
    # perfect, abundant, deficient
    "What is a perfect number?",
    "Who discovered perfect numbers?",
    "Is 496 perfect?",  # perfect square? perfect power? perfect number?
    "Is 496 a perfect number in base 7?",
    "Is 2.5 a perfect number?",
    "Is 496 a perfect number and is 28 a perfect number?",
    "Is 0 perfect, abundant or deficient?",
    "Is 12 perfect or perfect?",
    "Is " + "9" * 16 + " a perfect number?",  # above the divisor cap
    "完全数有无穷多个吗？",
    "谁发现了完全数？",
    # palindromes: word palindromes, negatives, leading zeros, other bases
    "Is racecar a palindrome?",
    "Is 'racecar' a palindromic word?",
    "Is -121 a palindromic number?",
    "Is 0110 a palindromic number?",
    "Is 12321 a palindromic number in base 2?",
    "Is 12.21 a palindromic number?",
    "Does the number 12,321 read the same backwards?",  # the comma does not
    "Is my phone number a palindrome?",
    "回文数是什么？",
    "-121是回文数吗？",
    # trailing zeros
    "How many zeros does 100! have?",  # all zeros, not the trailing ones
    "How many trailing zeros does 100 have?",
    "How many trailing zeros does 100!! have?",
    "How many trailing zeros does 1000000000000000001! have?",
    "How many trailing zeros does n! have?",
    "How many trailing zeros does 100! have in base 12?",
    "100的末尾有几个0？",
    # digit counts of powers and factorials
    "How many digits does 2^100 have in base 7?",
    "How many digits does 2^100 + 1 have?",
    "How many digits does 2^-1 have?",
    "How many digits does 2^100^2 have?",
    "How many digits does (2^100) have?",
    "How many digits does 0^0 have?",
    "How many digits does 2^100000000 have?",  # more than 10^6 digits
    "How many digits does 300000! have?",
    "How many digits does " + "9" * 40 + "^" + "9" * 40 + " have?",
    "How many digits does 30!! have?",
    "How many digits does 2.5^10 have?",
    "2的n次方是几位数？",
    # aliquot sums
    "What is the sum of the proper divisors of a prime?",
    "What is the sum of the proper divisors of -12?",
    "What is the sum of the proper divisors of 0?",
    "What is an aliquot sum?",
    # a factorial is not its argument
    "Is 5! prime?",
    "Factor 10!",
    "What is the sum of the digits of 100!",
    "Is 6! even?",
]


@pytest.mark.parametrize("question", NEW_KIND_DECLINES)
def test_new_kinds_decline_what_they_do_not_cover(question: str) -> None:
    assert isinstance(ask(question), Declined), question
    decision = guardrail.route(question)
    assert decision.tool != "number_theory", decision


@pytest.mark.parametrize(("question", "rule_id", "value"), [
    ("What is the digital root of 98765?", "number_theory.digital_root", "8"),
    ("Keep adding the digits of 98765 until you get a single digit.",
     "number_theory.digital_root", "8"),
    ("98765的数字根是多少", "number_theory.digital_root", "8"),
    ("Is 496 a perfect number?", "number_theory.perfect", "yes"),
    ("496是完全数吗", "number_theory.perfect", "yes"),
    ("Is 12321 a palindromic number?", "number_theory.palindrome", "yes"),
    ("12321是回文数吗", "number_theory.palindrome", "yes"),
    ("How many trailing zeros does 100! have?", "number_theory.trailing_zeros", "24"),
    ("100!的末尾有多少个0", "number_theory.trailing_zeros", "24"),
    ("How many digits does 2^100 have?", "number_theory.expression_digits", "31"),
    ("How many digits does 30! have?", "number_theory.expression_digits", "33"),
    ("2^100 是几位数", "number_theory.expression_digits", "31"),
    ("What is the sum of the proper divisors of 220?", "number_theory.divisors", "284"),
    ("Is 121 a perfect square?", "number_theory.parity", "yes"),  # unchanged
    ("What is the sum of the digits of 98765?", "number_theory.digit_sum", "35"),
])
def test_new_kinds_are_routed_to_their_rules(question: str, rule_id: str, value: str) -> None:
    decision = guardrail.route(question)
    assert (decision.route, decision.rule_id, decision.value) == ("tool", rule_id, value), decision


def test_word_palindromes_stay_with_the_strings_family() -> None:
    decision = guardrail.route("Is racecar a palindrome?")
    assert decision.tool != "number_theory" and decision.rule_id == "strings.palindrome"


def test_large_accepted_digit_counts_are_fast() -> None:
    for question in ["How many digits does 205000! have?", "How many digits does 2^3321928 have?",
                     "How many digits does 9^1047951 have?",
                     "How many trailing zeros does 1000000000000000000! have?",
                     "Is 999999999999999 a perfect number?"]:
        started = time.perf_counter()
        answer(question)
        assert time.perf_counter() - started < 1.5, question


@pytest.mark.parametrize(("question", "expected"), [
    ("gcd 363 429", "33"),  # terse
    ("hcf 297 117", "9"),
    ("lcm 4 6 8", "24"),
    ("问一下，65 是质数不？", "no"),
    ("531007 除以 4 能除尽吗？", "no"),
    ("531008 除以 4 能整除吗", "yes"),
])
def test_terse_and_colloquial_forms(question: str, expected: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == expected, decision.reason


@pytest.mark.parametrize("question", ["gcd 12 18 apples", "gcd 12", "gcd 012 18",
                                      "531007 除以 4 能除尽吗？为什么"])
def test_terse_forms_decline_anything_else(question: str) -> None:
    assert guardrail.route(question).route != "tool"


@pytest.mark.parametrize(("question", "expected"), [
    ("Of all the primes dividing 2310, which is the largest?", "11"),
    ("What is the smallest prime that divides 91?", "7"),
    ("biggest prime that divides 600851475143?", "6857"),
    ("If you add the digits of 708958312971 together, what do you get?", "60"),
    ("How many whole numbers divide 720 evenly?", "30"),
    ("Count the factors of 97 (including 1 and 97).", "2"),
    ("How many positive divisors does 18900 have? Counting 1 and 18900 itself.", "72"),
])
def test_value_questions_named_by_their_concept_words(question: str, expected: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == expected, decision


@pytest.mark.parametrize("question", [
    "Is 7 the largest prime factor of 21?",  # asks whether
    "How many prime factors does 720 have?",  # distinct or with multiplicity?
    "How many odd divisors does 720 have?",
    "Count the factors of 97 (including 1 and 98).",  # the note names another number
    "How many divisors does 30 have between 1 and 30?",
    "If 12 were prime, what is its largest prime factor?",
    "What is the largest prime that divides 91 and 35?",  # two numbers
    "Add the digits of 4.5 together",
    "how many factors of 2 in 720",
])
def test_value_questions_with_other_words_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "value"), [
    ("Does 817 count as a prime?", "no"),
    ("Would 91 qualify as a prime number?", "no"),
    ("My kid thinks 703 is a prime number. Is it?", "no"),
    ("319这个数是素数吗", "no"),
    ("9464分解质因数是多少？", "2^3 * 7 * 13^2"),
    ("2116可以分解成哪些质数相乘？", "2^2 * 23^2"),
    ("875 as a product of primes?", "5^3 * 7"),
    ("prime factors of 2904, with multiplicity?", "2^3 * 3 * 11^2"),
    ("List the prime factors of 360.", "2^3 * 3^2 * 5"),
    ("Name all the prime factors of 2310", "2 * 3 * 5 * 7 * 11"),
    ("Can you factorize 945 completely into primes?", "3^3 * 5 * 7"),
    ("For contest prep: express 136 as a product of prime powers.", "2^3 * 17"),
    ("If I add together all the digits in 41587741, what do I get?", "37"),
])
def test_claims_fragments_and_purpose_leads(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("question", [
    "Does 817 count as a prime in base 9?",
    "My kid thinks 703 is a prime number because it is odd. Is it?",
    "My kid thinks 703 is not a prime number. Is it?",
    "My kid thinks 703 is a prime number. Is it odd?",
    "875 as a product of two primes?",
    "2116可以分解成哪些数相乘？",
    "If I add together all the digits in 41587741 and multiply by 2, what do I get?",
])
def test_claims_and_fragments_that_say_more_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "value"), [
    ("What are 360's prime factors?", "2^3 * 3^2 * 5"),
    ("prime factorization of 360, please", "2^3 * 3^2 * 5"),
    ("360: prime factorization?", "2^3 * 3^2 * 5"),
    ("What is 600's largest prime factor?", "5"),
])
def test_factorization_read_from_its_concept_words(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("question", [
    "What is the number of prime factors of 360?",
    "How many prime factors does 360 have?",
    "Is 7 a prime factor of 21?",
    "What are the prime factors of 360 that are odd?",
    "Sum of the prime factors of 360?",
    "What are the distinct prime factors of 360?",
    "List the distinct prime factors of 360.",
])
def test_other_questions_about_prime_factors_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "value"), [
    ("Which prime numbers are less than 40?", "2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37"),
    ("give me every prime under 30, comma-separated", "2, 3, 5, 7, 11, 13, 17, 19, 23, 29"),
    ("Which happy numbers are below 30?", "1, 7, 10, 13, 19, 23, 28"),
    ("I'm not sure whether 1357 is prime. Is it?", "no"),
    ("I can't remember if 97 is prime. Is it?", "yes"),
    ("请帮我算 117 和 221 的最大公约数", "13"),
    ("请算一下 80 与 200 的最大公约数是几", "40"),
    ("Find the GCD of 126 and 42 — just the number.", "42"),
    ("Would 221 be considered a prime number?", "no"),
    ("Can you confirm whether 7919 is a prime?", "yes"),
])
def test_lists_doubts_and_requests(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("question", [
    "Which primes are less than 40 and odd?",
    "I'm not sure whether 1357 is prime because it ends in 7. Is it?",
    "I'm not sure whether 1357 is prime. Is it odd?",
    "Is 221 considered prime in base 7?",
])
def test_lists_and_doubts_that_ask_more_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "value"), [
    # terse, with the operation's full name
    ("greatest common divisor 192 864", "96"),
    ("least common multiple: 12 18", "36"),
])
def test_terse_gcd_and_lcm_by_full_name(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize(("question", "value"), [
    ("What is 17875 as a product of primes?", "5^3 * 11 * 13"),
    ("prime factors of 74250 with exponents?", "2 * 3^3 * 5^3 * 11"),
    ("把786474643的每一位数字加起来等于多少", "49"),
])
def test_factorizations_asked_about_and_chinese_digit_sums(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


def test_a_product_of_a_given_count_of_primes_declines() -> None:
    assert guardrail.route("What is 17875 as a product of two primes?").route != "tool"


@pytest.mark.parametrize(("question", "value"), [
    # composite, said by its definition
    ("Does 343 have any factors other than 1 and itself?", "yes"),
    ("Is 9973 divisible by anything besides 1 and itself?", "no"),
    ("Does 1 have any factors other than 1 and itself?", "no"),
])
def test_composite_said_by_its_definition(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("question", [
    "Does 0 have any factors other than 1 and itself?",  # every integer divides 0
    "Does -6 have any factors other than 1 and itself?",
    "Does 343 have any factors other than 7 and itself?",
])
def test_composite_by_definition_outside_the_positive_integers_declines(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


def test_prime_factors_counted_with_multiplicity() -> None:
    decision = guardrail.route("What are the prime factors of 22491, counted with multiplicity?")
    assert decision.route == "tool" and decision.value == "3^3 * 7^2 * 17", decision


@pytest.mark.parametrize(("question", "value"), [
    ("Which primes are there under 38?", "2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37"),
    ("513的质因数分解怎么写？", "3^3 * 19"),
    ("问下407是素数吗？", "no"),
    ("407是素数么", "no"),
])
def test_more_range_and_chinese_phrasings(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize(("question", "value"), [
    ("What's the smallest positive number that both 35 and 11 divide into evenly?", "385"),
    ("What is the smallest number that 4, 6 and 10 all divide into evenly?", "60"),
    ("What is the smallest number that 4 and 6 go into exactly?", "12"),
])
def test_the_lcm_said_as_what_the_numbers_divide_into(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("question", [
    "What is the smallest number that 4 and 6 divide into?",  # evenly or not: 0? any?
    "What's the smallest positive number that both 35 and 11 divide into evenly, other than "
    "385?",
])
def test_the_lcm_said_loosely_declines(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "value"), [
    ("What primes are smaller than 58?",
     "2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53"),
    ("What is the largest number that divides both 224 and 144 exactly?", "16"),
    ("Is 191 prime? Yes/no please.", "yes"),
    ("帮我看看383是不是质数", "yes"),
])
def test_what_primes_divides_exactly_and_short_asks(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


def test_what_primes_with_a_condition_declines() -> None:
    assert guardrail.route("What primes are smaller than 58 and end in 3?").route != "tool"
