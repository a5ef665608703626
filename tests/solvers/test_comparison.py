"""Number comparison against a ``decimal.Decimal`` oracle, its phrasings and its declines."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import guardrail
from guardrail.solvers import Declined, Parsed, Query, Solution
from guardrail.solvers.comparison import NumberComparisonProblem, NumberComparisonSolver
from tests._timing import assert_linear_cost

SOLVER = NumberComparisonSolver()


def run(question: str) -> Solution | Declined:
    language = "zh" if any("\u4e00" <= char <= "\u9fff" for char in question) else "en"
    query = Query(text=question, language=language)
    parsed = SOLVER.parse(query)
    if isinstance(parsed, Declined):
        return parsed
    return SOLVER.solve(parsed.problem, query)


def value_of(question: str) -> str:
    solution = run(question)
    assert isinstance(solution, Solution), (question, solution)
    return solution.value


def exact(text: str) -> Fraction:
    """The oracle's reading of a literal: Decimal for decimals, Fraction for a/b."""
    if "/" in text:
        top, bottom = text.split("/")
        return Fraction(int(top), int(bottom))
    return Fraction(Decimal(text))


@st.composite
def decimal_literals(draw: st.DrawFn, prefix: str = "") -> str:
    """Decimals that often share a prefix ("9.11" vs "9.9"), with trailing zeros and signs."""
    whole = draw(st.sampled_from(["0", "1", "9", "3", "10", "123"]))
    digits = draw(st.text(alphabet="0123456789", min_size=0, max_size=4))
    literal = whole + ("." + prefix + digits if prefix or digits else "")
    return ("-" if draw(st.booleans()) and draw(st.booleans()) else "") + literal


def literals() -> st.SearchStrategy[str]:
    return st.one_of(
        decimal_literals(),
        st.sampled_from(["1", "9"]).flatmap(lambda p: decimal_literals(prefix=p)),
        st.builds(lambda a, b: f"{a}/{b}", st.integers(-20, 20), st.integers(1, 20)),
    )


WHICH_EN = ["Which is bigger, {a} or {b}?", "Which is larger: {a} or {b}",
            "Which number is greater, {a} or {b}?", "{a} or {b}, which is bigger?",
            "Which of {a} and {b} is larger?", "Which is greater between {a} and {b}?"]
WHICH_SMALL_EN = ["Which is smaller, {a} or {b}?", "Which number is less, {a} or {b}?"]
WHICH_ZH = ["{a}和{b}哪个大？", "{a} 与 {b} 哪个更大", "{a}和{b}谁大"]
WHICH_SMALL_ZH = ["{a}和{b}哪个小？", "{a} 和 {b} 哪个更小"]


@settings(max_examples=300, deadline=None)
@given(a=literals(), b=literals(), template=st.integers(0, 12))
def test_which_is_bigger_matches_the_oracle(a: str, b: str, template: int) -> None:
    templates = [(t, True) for t in WHICH_EN + WHICH_ZH] + [
        (t, False) for t in WHICH_SMALL_EN + WHICH_SMALL_ZH]
    pattern, bigger = templates[template % len(templates)]
    value = value_of(pattern.format(a=a, b=b))
    x, y = exact(a), exact(b)
    if x == y:
        assert value == "equal"
    else:
        assert value == (a if (x > y) == bigger else b)


RELATIONS = {"greater than": "gt", "bigger than": "gt", "larger than": "gt",
             "less than": "lt", "smaller than": "lt", ">": "gt", "<": "lt",
             "greater than or equal to": "ge", "less than or equal to": "le", ">=": "ge",
             "<=": "le", "equal to": "eq", "the same as": "eq", "not equal to": "ne"}
ZH_RELATIONS = {"{a}比{b}大吗？": "gt", "{a}比{b}小吗": "lt", "{a}大于{b}吗": "gt",
                "{a}小于{b}吗？": "lt", "{a}是否大于等于{b}": "ge", "{a}和{b}相等吗": "eq"}


def holds(relation: str, x: Fraction, y: Fraction) -> bool:
    return {"gt": x > y, "lt": x < y, "ge": x >= y, "le": x <= y, "eq": x == y,
            "ne": x != y}[relation]


@settings(max_examples=300, deadline=None)
@given(a=literals(), b=literals(), relation=st.sampled_from(sorted(RELATIONS)),
       zh=st.sampled_from([None, *sorted(ZH_RELATIONS)]))
def test_relations_match_the_oracle(a: str, b: str, relation: str, zh: str | None) -> None:
    if zh is None:
        question, code = f"Is {a} {relation} {b}?", RELATIONS[relation]
    else:
        question, code = zh.format(a=a, b=b), ZH_RELATIONS[zh]
    expected = "yes" if holds(code, exact(a), exact(b)) else "no"
    assert value_of(question) == expected, question


@settings(max_examples=150, deadline=None)
@given(a=literals(), b=literals(), template=st.sampled_from(
    ["Compare {a} and {b}", "Compare {a} with {b}.", "比较{a}和{b}的大小"]))
def test_compare_gives_the_relation(a: str, b: str, template: str) -> None:
    x, y = exact(a), exact(b)
    symbol = "<" if x < y else ">" if x > y else "="
    assert value_of(template.format(a=a, b=b)) == f"{a} {symbol} {b}"


SORT_EN = [("Sort {items} in ascending order", False), ("Sort {items}", False),
           ("Sort {items} in descending order", True),
           ("Order from smallest to largest: {items}", False),
           ("Arrange {items} from largest to smallest.", True),
           ("Put the following numbers in order from least to greatest: {items}", False)]
SORT_ZH = [("把 {items} 从小到大排序", False), ("将{items}按从大到小的顺序排列", True),
           ("按从小到大的顺序排列{items}", False)]


@settings(max_examples=200, deadline=None)
@given(items=st.lists(literals(), min_size=2, max_size=12), template=st.integers(0, 8))
def test_sorting_matches_the_oracle(items: list[str], template: int) -> None:
    pattern, descending = (SORT_EN + SORT_ZH)[template]
    joiner = "、" if template >= len(SORT_EN) and template % 2 else ", "
    value = value_of(pattern.format(items=joiner.join(items)))
    # Oracle: stable sort by exact value (equal numbers keep their order as written).
    expected = sorted(items, key=exact, reverse=descending)
    assert value == ", ".join(expected)


EXTREME = [("What is the largest of {items}?", True), ("What is the smallest of {items}?", False),
           ("Which of these numbers is the largest: {items}?", True),
           ("Find the minimum of {items}", False), ("{items}中最大的是哪个？", True),
           ("{items}中哪个最小", False)]


@settings(max_examples=200, deadline=None)
@given(items=st.lists(literals(), min_size=3, max_size=10), template=st.integers(0, 5))
def test_largest_and_smallest_match_the_oracle(items: list[str], template: int) -> None:
    pattern, largest = EXTREME[template]
    joiner = "、" if "中" in pattern else ", "
    value = value_of(pattern.format(items=joiner.join(items)))
    values = [exact(item) for item in items]
    if len(set(values)) == 1:
        assert value == "equal"
        return
    best = max(values) if largest else min(values)
    assert value == items[values.index(best)]


# --------------------------------------------------------------------------- phrasings

PHRASINGS = [
    # which is bigger / smaller
    ("Which is bigger, 9.11 or 9.9?", "9.9"),
    ("Which is larger: 9.11 or 9.9", "9.9"),
    ("Which is greater, 9.11 or 9.9?", "9.9"),
    ("Which number is bigger, 9.11 or 9.9?", "9.9"),
    ("Which one is larger, 9.11 or 9.9?", "9.9"),
    ("Which is the bigger number, 9.11 or 9.9?", "9.9"),
    ("Which of these two numbers is larger, 9.11 or 9.9?", "9.9"),
    ("9.11 or 9.9, which is bigger?", "9.9"),
    ("Which of 9.11 and 9.9 is greater?", "9.9"),
    ("Which is bigger between 9.11 and 9.9?", "9.9"),
    ("Which is smaller, -3 or -2.5?", "-3"),
    ("Which is less, 0.5 or 1/3?", "1/3"),
    ("Which is bigger, 3.14 or 3.140?", "equal"),
    ("Which is larger, 1,000 or 999.99?", "1,000"),
    ("Which is bigger, −3 or −2.5?", "−2.5"),
    ("9.11和9.9哪个大？", "9.9"),
    ("9.11 和 9.9 哪个更小", "9.11"),
    ("9.11与9.9相比哪个大", "9.9"),
    ("9.11和9.9谁大", "9.9"),
    ("-3和-2.5哪个数更大？", "-2.5"),
    # relations
    ("Is 9.11 greater than 9.9?", "no"),
    ("Is 9.11 bigger than 9.9?", "no"),
    ("Is 9.11 less than 9.9?", "yes"),
    ("Is 0.5 less than 1/3?", "no"),
    ("Is 3.14 equal to 3.140?", "yes"),
    ("Is 3.14 the same as 3.140?", "yes"),
    ("Is 2 >= 2.0?", "yes"),
    ("Is -3 < -2.5?", "yes"),
    ("Is 9.11>9.9?", "no"),
    ("Is 5 at least 5.0?", "yes"),
    ("Is 1/3 not equal to 0.333?", "yes"),
    ("9.11比9.9大吗？", "no"),
    ("9.11大于9.9吗", "no"),
    ("0.5是否小于1/3", "no"),
    ("3.14和3.140相等吗", "yes"),
    ("9.9是不是比9.11大？", "yes"),
    # compare
    ("Compare 9.11 and 9.9", "9.11 < 9.9"),
    ("Compare 9.11 with 9.9.", "9.11 < 9.9"),
    ("compare 2.50 to 2.5", "2.50 = 2.5"),
    ("Compare the numbers -1 and -1.5", "-1 > -1.5"),
    ("Compare 9.11 vs 9.9", "9.11 < 9.9"),
    ("Compare 9.11 versus 9.9", "9.11 < 9.9"),
    ("Compare the values 3 and 3.0", "3 = 3.0"),
    ("How does 9.11 compare to 9.9?", "9.11 < 9.9"),
    ("How does 0.5 compare with 1/3?", "0.5 > 1/3"),
    ("Is 9.11 bigger or smaller than 9.9?", "9.11 < 9.9"),
    ("Is 9.11 greater than, less than, or equal to 9.9?", "9.11 < 9.9"),
    ("What is the relationship between 9.11 and 9.9?", "9.11 < 9.9"),
    ("比较9.11和9.9的大小", "9.11 < 9.9"),
    ("比较一下 0.3 与 1/3", "0.3 < 1/3"),
    ("9.11和9.9比较大小", "9.11 < 9.9"),
    ("9.11与9.9的大小关系是什么？", "9.11 < 9.9"),
    ("9.11和9.9谁大谁小", "9.11 < 9.9"),
    ("9.11比9.9大还是小？", "9.11 < 9.9"),
    # sorting
    ("Sort 3.2, 3.11, 3.9 in ascending order", "3.11, 3.2, 3.9"),
    ("Sort 3.2, 3.11, 3.9 in descending order", "3.9, 3.2, 3.11"),
    ("Sort 3.2, 3.11, 3.9", "3.11, 3.2, 3.9"),
    ("Sort the numbers 3.2, 3.11 and 3.9 from smallest to largest.", "3.11, 3.2, 3.9"),
    ("Order from smallest to largest: 3.2, 3.11, 3.9", "3.11, 3.2, 3.9"),
    ("Arrange 3.2, 3.11 and 3.9 from largest to smallest.", "3.9, 3.2, 3.11"),
    ("Arrange in ascending order: 0.7, 0.07, 0.77", "0.07, 0.7, 0.77"),
    ("Put the following numbers in order from least to greatest: 0.7, 0.07, 0.77",
     "0.07, 0.7, 0.77"),
    ("Put 5, -1, 2.5 in order", "-1, 2.5, 5"),
    ("Rank 1/2, 0.3, 2/3 from highest to lowest", "2/3, 1/2, 0.3"),
    ("把 3.2, 3.11, 3.9 从小到大排序", "3.11, 3.2, 3.9"),
    ("将3.2、3.11、3.9按从大到小的顺序排列", "3.9, 3.2, 3.11"),
    ("按从小到大的顺序排列3.2、3.11、3.9", "3.11, 3.2, 3.9"),
    ("3.2、3.11、3.9从大到小排列", "3.9, 3.2, 3.11"),
    ("请把0.5，1/3，0.25按升序排列", "0.25, 1/3, 0.5"),
    # largest / smallest of a list
    ("What is the largest of 4, 9.5, 2?", "9.5"),
    ("What is the smallest of 4, 9.5, 2?", "2"),
    ("What is the largest number among 4, 9.5 and 2?", "9.5"),
    ("Which of these numbers is the smallest: 4, 9.5, 2?", "2"),
    ("Find the maximum of 4, 9.5, 2", "9.5"),
    ("What is the minimum of 4, 9.5, 2?", "2"),
    ("Which is the greatest: 4, 9.5 or 2?", "9.5"),
    ("Which of 4, 9.5 and 2 is the largest?", "9.5"),
    ("Of 4, 9.5 and 2, which is the smallest?", "2"),
    ("Which is bigger, 3, 5 or 7?", "7"),
    ("4、9.5、2中最大的是哪个？", "9.5"),
    ("4、9.5、2中哪个最小", "2"),
    ("在4、9.5和2中，最大的数是多少？", "9.5"),
    ("4, 9.5, 2 的最小值是多少", "2"),
]


@pytest.mark.parametrize(("question", "expected"), PHRASINGS)
def test_phrasings(question: str, expected: str) -> None:
    assert value_of(question) == expected


def test_answers_explain_with_aligned_decimals() -> None:
    bigger = run("Which is bigger, 9.11 or 9.9?")
    assert isinstance(bigger, Solution)
    assert bigger.answer == "9.9 is larger than 9.11 (9.90 > 9.11)."
    relation = run("9.11比9.9大吗？")
    assert isinstance(relation, Solution) and relation.answer.startswith("不是")
    assert "9.90" in relation.answer and relation.answer.endswith("。")


def test_problem_round_trips_through_json() -> None:
    parsed = SOLVER.parse(Query(text="Sort 1/3, -0.5, 2 in descending order"))
    assert isinstance(parsed, Parsed)
    clone = NumberComparisonProblem.model_validate_json(parsed.problem.model_dump_json())
    assert clone == parsed.problem and clone.operation == "descending"


@pytest.mark.parametrize(("question", "value"), [
    ("Which is bigger, 9.11 or 9.9?", "9.9"),
    ("Is 9.11 greater than 9.9? Answer \"[Yes]\" or \"[No]\".", "no"),
    ("Is 0.5 less than 1/3?", "no"),  # the arithmetic rule sees "1/3" first and declines
])
def test_routing_reaches_the_solver(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.tool == "number_compare", decision
    assert decision.value == value


# --------------------------------------------------------------------------- declines


@pytest.mark.parametrize("question", [
    # version numbers are not decimals
    "Which is bigger, Python 3.11 or 3.9?",
    "Python 3.11 vs 3.9",
    "Which is newer, version 3.11 or 3.9?",
    "Which is bigger, v3.11 or v3.9?",
    "Which is bigger, 3.11.2 or 3.9?",
    "Is 3.11.2 greater than 3.9?",
    "Is iOS 9.11 newer than 9.9?",
    "Which release is bigger, 9.11 or 9.9?",
    "Which is bigger, Node 18.9 or 18.10?",
    "Which chapter comes first, 9.11 or 9.9?",
    "Is section 9.11 greater than 9.9?",
    "Sort versions 3.2, 3.11, 3.9",
    "Sort these version numbers: 3.11, 3.9, 3.10",  # a noun the sort does not skip
    "Of these version numbers — 3.9, 3.11 — which is highest?",
    "9.11版本和9.9版本哪个新",
    "第9.11章和第9.9章哪个大",
    "Python 3.11和3.9哪个大？",
    "Which is bigger, Go 1.21 or 1.9?",
    "Is go1.21 newer than go1.9?",
    # units, nouns, expressions
    "Which weighs more, a pound of feathers or two pounds of bricks?",
    "Which is bigger, an elephant or a mouse?",
    "Which is bigger, 5 km or 3 miles?",
    "Which is bigger, $5 or $3?",
    "Which is bigger, 2^10 bytes or 1000 bytes?",
    "Which is bigger, 50% of 8 or 0.4?",
    "Is 9.11 greater than 9.9 and 9.8?",
    "Which is bigger, 9.11 or 9.9 or an apple?",
    "大象和老鼠哪个大？",
    "5公斤和3公斤哪个重？",
    # incomplete, ambiguous, or not about numbers
    "Which is bigger?",
    "Which is bigger, 9.11?",
    "Rank 3, 1, 2",
    "Is 1/0 greater than 1?",
    "Which is bigger, 007 or 7?",
    "Which is bigger, 100,200, 300?",
    "Sort 1,000, 2, 3",
    "Which is bigger, 9,11 or 9,9?",
    "Is 9.11 greater than 9.9 or smaller?",
    "Sort the list of cities by population.",
    "Compare apples and oranges",
    "Which is bigger, 1e5 or 10000?",
])
def test_declines_what_it_did_not_fully_understand(question: str) -> None:
    assert isinstance(run(question), Declined), question


def test_caps() -> None:
    many = ", ".join(str(i) for i in range(101))
    assert isinstance(run(f"Sort {many}"), Declined)
    hundred = ", ".join(str(i) for i in range(100))
    assert value_of(f"Sort {hundred} in descending order").startswith("99, 98, ")
    assert isinstance(run("Which is bigger, " + "9" * 201 + " or 1?"), Declined)


@pytest.mark.parametrize(("question", "expected"), PHRASINGS)
def test_every_phrasing_is_routed_to_the_solver(question: str, expected: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.tool == "number_compare", decision
    assert decision.value == expected


# --------------------------------------------------------------------------------------------
# Generalised phrasings: the numbers before or after the question, any separator, casual words.

WHICH_ANY_ORDER = [
    ("Between {a} and {b}, which value is higher?", True),
    ("Between {a} and {b}, which is lower?", False),
    ("which's bigger {a} or {b}", True),
    ("what's smaller, {a} or {b}", False),
    ("{a} or {b} — which one is greater?", True),
    ("{a} or {b} - which one is less?", False),
    ("{a} vs {b}: which is the larger one?", True),
    ("Which is higher — {a} or {b}?", True),
    ("Is {a} or {b} bigger?", True),
    ("Is {a} or {b} the smaller one?", False),
    ("Pick the larger number: {a} or {b}", True),
    ("Tell me which is lower: {a} or {b}", False),
    ("Of the numbers {a} and {b}, which is the max?", True),
    ("Which has the smaller value, {a} or {b}?", False),
    ("哪个更大：{a}还是{b}？", True),
    ("{a}还是{b}小？", False),
    ("{a}和{b}——哪个大？", True),
    ("较小的是{a}还是{b}？", False),
]


@settings(max_examples=300, deadline=None)
@given(a=literals(), b=literals(), template=st.sampled_from(WHICH_ANY_ORDER))
def test_which_in_any_order_matches_the_oracle(a: str, b: str,
                                               template: tuple[str, bool]) -> None:
    pattern, bigger = template
    question = pattern.format(a=a, b=b)
    x, y = exact(a), exact(b)
    if x == y:
        assert value_of(question) == "equal", question
    else:
        assert value_of(question) == (a if (x > y) == bigger else b), question


STATEMENTS = {"True or false: {a} > {b}": "gt", "Is it true that {a} < {b}?": "lt",
              "{a} >= {b}?": "ge", "{a} is greater than {b}, right?": "gt",
              "Is {a} <= {b} true?": "le", "判断：{a} > {b} 对吗？": "gt",
              "{a}比{b}小，对吗？": "lt"}


@settings(max_examples=200, deadline=None)
@given(a=literals(), b=literals(), template=st.sampled_from(sorted(STATEMENTS)))
def test_statements_to_check_match_the_oracle(a: str, b: str, template: str) -> None:
    question = template.format(a=a, b=b)
    expected = "yes" if holds(STATEMENTS[template], exact(a), exact(b)) else "no"
    assert value_of(question) == expected, question


GENERALISED = [
    # the asking clause after the numbers, any separator
    ("Between 9.459 and 9.7, which value is higher?", "9.7"),
    ("Between -1 and 0.6, which value is higher?", "0.6"),
    ("12.92 or 12.98 — which one is greater?", "12.98"),
    ("−1.39 or −1.5 — which one is greater?", "−1.39"),
    ("9.11 or 9.9? Which is bigger?", "9.9"),
    ("9.11 and 9.9: which one's larger?", "9.9"),
    ("3.5 vs. 3.45 - which is larger?", "3.5"),
    ("Out of 3, 8 and 2, which is the biggest?", "8"),
    ("For 0.7 and 0.65, which is greater in value?", "0.7"),
    # casual question words before the numbers
    ("which's bigger 0.68 or 0.9", "0.9"),
    ("What's bigger, 9.11 or 9.9?", "9.9"),
    ("what is larger: 1/3 or 0.3", "1/3"),
    ("Which one's smaller, 0.1 or 0.09?", "0.09"),
    ("Which is higher — 9.459 or 9.7?", "9.7"),
    ("Which is the max, 3 or 5?", "5"),
    ("which is the larger one, -1 or -2", "-1"),
    ("Which has the larger value, 0.7 or 0.65?", "0.7"),
    ("What is the larger of 3 and 5?", "5"),
    ("Pick the larger number: 3.5 or 3.45", "3.5"),
    ("Tell me which is bigger: 9.11 or 9.9", "9.9"),
    ("Can you tell me which is smaller, 2.5 or 2.45?", "2.45"),
    ("Is 9.11 or 9.9 bigger?", "9.9"),
    ("Which is the smallest number in the list 3, 5, 7?", "3"),
    ("Between the 9.459 and 9.2, which is lower?", "9.2"),
    # statements to check
    ("True or false: 9.11 > 9.9", "no"),
    ("Is it true that 9.11 < 9.9?", "yes"),
    ("9.11 > 9.9?", "no"),
    ("9.9 is greater than 9.11, right?", "yes"),
    ("Is 9.11 > 9.9 true?", "no"),
    # sorting with a polite lead or a list noun
    ("Please sort 3, 1, 2 in ascending order", "1, 2, 3"),
    ("Can you sort these numbers in descending order: 3, 1, 2?", "3, 2, 1"),
    ("Sort the numbers below in ascending order: 3, 1, 2", "1, 2, 3"),
    ("List these numbers from smallest to largest: 3, 1.5, 2", "1.5, 2, 3"),
    # Chinese
    ("哪个更大：9.11还是9.9？", "9.9"),
    ("哪个小，0.5还是0.45", "0.45"),
    ("9.11还是9.9大？", "9.9"),
    ("9.11和9.9中较大的是哪个", "9.9"),
    ("9.11和9.9——哪个大？", "9.9"),
    ("请问9.11和9.9哪个数值更大", "9.9"),
    ("较大的是9.11还是9.9？", "9.9"),
    ("最大的数是哪个：3、5、7", "7"),
    ("找出最小的数：3、5、7", "3"),
    ("判断：9.11 > 9.9 对吗？", "no"),
    ("9.11比9.9大，对吗？", "no"),
    ("请按从小到大的顺序排列下列数：3、5、7", "3, 5, 7"),
    ("把下列数从大到小排列：3、5、7", "7, 5, 3"),
    ("请问：9.11和9.9哪个大？", "9.9"),
    ("9.11跟9.9比，哪个小", "9.11"),
    ("下列数中最大的是哪个：3、5、7", "7"),
    ("请比较807.42与-800.63，哪个更小？", "-800.63"),
]


@pytest.mark.parametrize(("question", "expected"), GENERALISED)
def test_generalised_phrasings_are_routed_and_answered(question: str, expected: str) -> None:
    assert value_of(question) == expected
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.tool == "number_compare", decision
    assert decision.value == expected


def test_enough_generalised_phrasings() -> None:
    chinese = [q for q, _ in GENERALISED if any("\u4e00" <= c <= "\u9fff" for c in q)]
    assert len(GENERALISED) - len(chinese) >= 10 and len(chinese) >= 4


@pytest.mark.parametrize("question", [
    "Which is heavier, 9.11 kg or 9.9 lb?",
    "Between 9 and 5 o'clock, which is busier?",
    "Between 9 and 5 o'clock, which is bigger?",
    "Which is longer, 9.11 m or 9.9 m?",
    "Which year is later, 1999 or 2001?",
    "Which is bigger, 3 apples or 5?",
    "What's bigger, the Sun or the Moon?",
    "Is 9.11 or 9.9 bigger in Python?",
    "Which is smaller —3 or 2?",
    "Which is smaller –3 or 2?",
    "9.11 > 9.9",  # a statement, not a question
    "Which of the two is bigger: 1, 2, 3?",
    "Which is bigger, 9.11 or 9.9? Explain why.",
    "True or false: Python 3.11 > 3.9",
    "Is it true that 5 > 3 apples?",
    "Pick the larger pizza: 12 inch or 14 inch",
    "Which is bigger, 9.11 or 9.9, and what happened on 9/11?",
    "北京还是上海大？",
    "3号还是5号房间较大？",
    "9.11版本还是9.9版本大？",
    "判断：iOS 9.11 > 9.9 对吗？",
])
def test_generalised_declines(question: str) -> None:
    assert isinstance(run(question), Declined), question
    assert guardrail.route(question).route != "tool", question



@pytest.mark.parametrize(("question", "expected"), [
    ("Does 9.9 exceed 9.11?", "yes"),
    ("Does 9.11 exceed 9.9?", "no"),
    ("Does 2.5 exceed 2.50?", "no"),
    ("hey which one's bigger, 0.91 or 0.918?", "0.918"),  # a greeting without a comma
    ("请比较 3/8 和 0.375 的大小", "3/8 = 0.375"),
    ("5.5、5.05、5.55 这三个数中哪个最大？", "5.55"),
    ("5.5、5.05、5.55 这些数中最小的是哪个？", "5.05"),
    ("找出 3、7、5 中最大的数", "7"),
    ("请找出 3、7、5 中最小的数", "3"),
    ("Which fraction is larger, 3/4 or 5/7?", "3/4"),
    ("Which decimal is smaller: 0.3 or 0.29?", "0.29"),
    ("Which of these fractions is the largest: 1/2, 2/3, 3/5?", "2/3"),
    ("What's the biggest number here: 3.8, 3.81, 3.08?", "3.81"),
    ("Which is the biggest number in this list: 3.8, 3.81, 3.08?", "3.81"),
    ("Largest of 3.8, 3.81, 3.08?", "3.81"),
    ("Max of 3.8, 3.81, 3.08?", "3.81"),
    ("Order these decimals from least to greatest: 0.5, 0.25, 0.75", "0.25, 0.5, 0.75"),
    ("比较大小：0.7 和 0.65", "0.7 > 0.65"),
    ("3.8、3.81、3.08 哪个最大？", "3.81"),
    ("哪个数最大：3.8、3.81、3.08？", "3.81"),
])
def test_exceed_greetings_and_chinese_lists(question: str, expected: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.tool == "number_compare", decision
    assert decision.value == expected


@pytest.mark.parametrize("question", [
    "Does the temperature 9.9 exceed 9.11?",
    "Does Python 3.11 exceed 3.9 in speed?",
    "5.5、5.05 这三个数中哪个最大？",  # says three, lists two
    "Largest of the planets?",
    "Which fraction is bigger, Python 3.11 or 3.9?",
])
def test_exceed_and_counted_lists_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


HOSTILE = {
    "blank runs": "Which is bigger " + (" " * 15 + "9" + " " * 15 + ",") * 150,
    "or chain": "which is bigger, " + "1 or " * 1000,
    "between chain": "Between " + "1 and " * 900 + ", which value is higher?",
    "dash chain": "12.92 or 12.98 — " * 300,
    "is-or chain": "Is " + "9.11 or " * 700 + " bigger?",
    "contractions": "which's what's " * 400,
    "statements": "true or false: 9 > " * 300,
    "chinese": "9.11还是9.9较大" * 500,
    "digits": "9" * 5000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_stays_fast(name: str) -> None:
    text = HOSTILE[name][:5000]
    for step in (run, guardrail.route):
        assert_linear_cost(step, text, (name, step.__name__))


# A compare sentence followed by the question, in both languages; a reported claim about the
# same numbers before the question; adverbs that only stress the question.
@pytest.mark.parametrize(("question", "value"), [
    ("Compare 2.7 and 2.695. Which one is bigger?", "2.7"),
    ("Compare 0.67 and 2/3. Which one is bigger?", "0.67"),
    ("Compare 5321 and 5312, which is smaller?", "5312"),
    ("Compare 3, 5.5 and 5.05. Which is the largest?", "5.5"),
    ("比较-67与0.03的大小，哪个数更大？", "0.03"),
    ("比较3.50与3.482的大小，哪个数更小？", "3.482"),
    ("比较一下3.5和3.48，哪个大", "3.5"),
    ("My son insists 2.32 is bigger than 2.8 because it has more digits. Which one is actually "
     "bigger, 2.32 or 2.8?", "2.8"),
    ("My teacher says 9.11 is smaller than 9.9. Is 9.11 really smaller than 9.9?", "yes"),
    ("我儿子坚持认为2.32比2.8大，因为它的位数更多。2.32和2.8哪个更大？", "2.8"),
    ("Which one is actually larger, 9.11 or 9.9?", "9.9"),
])
def test_compare_sentences_claims_and_adverbs(question: str, value: str) -> None:
    assert value_of(question) == value


@pytest.mark.parametrize("question", [
    # the claim names a number the question does not compare
    "My son insists 2.43 is bigger than 2.7. Which one is bigger, 2.9 or 2.43?",
    # the reason carries a number of its own
    "My son insists 2.43 is bigger than 2.9 because it has 3 digits. Which is bigger, 2.9 or 2.43?",
    # units in the claim
    "My son insists 2.32 kg is bigger than 2.8 kg. Which one is actually bigger, 2.32 or 2.8?",
    "Compare 9.11 and 9.9. Which is newer?",
    "比较3.5和3.48的大小，哪个重",
])
def test_claims_and_compare_sentences_that_decline(question: str) -> None:
    assert isinstance(run(question), Declined)


@pytest.mark.parametrize(("question", "value"), [
    ("Which one is larger? 9.11 or 9.9", "9.9"),
    ("I think 9.11 is bigger than 9.9. Am I right?", "no"),
    ("I believe 0.5 is equal to 1/2, is that correct?", "yes"),
    ("Compare 0.5 and 0.50. Are they equal?", "yes"),
    ("9.11大还是9.9大？", "9.9"),
    ("-3小还是-5小", "-5"),
    ("下面哪个数最大：3.3、3.03、3.33", "3.33"),
])
def test_more_casual_forms(question: str, value: str) -> None:
    assert value_of(question) == value


@pytest.mark.parametrize("question", [
    "9.11大还是9.9小？",  # the two halves ask different things
    "I think 9.11 is bigger than 9.9 in Python. Am I right?",
    "Compare 0.5 and 0.50. Are they both positive?",
])
def test_more_casual_forms_that_decline(question: str) -> None:
    assert isinstance(run(question), Declined)


@pytest.mark.parametrize(("question", "value"), [
    ("My son insists that 2.32 is bigger than 2.8. Is he right?", "no"),
    ("My son insists 2.32 is bigger than 2.8 because it has more digits. Is he correct?", "no"),
    ("My friend says 9.9 > 9.11. Is that true?", "yes"),
    ("My friend says 9.9 is smaller than 9.11. True or false?", "no"),
    ("我儿子说2.32比2.8大，他说得对吗？", "no"),
])
def test_a_reported_claim_checked(question: str, value: str) -> None:
    assert value_of(question) == value


def test_a_claim_checked_about_something_else_declines() -> None:
    assert isinstance(run("My son insists that 2.32 is bigger than 2.8. Is he right about "
                          "fractions?"), Declined)


@pytest.mark.parametrize(("question", "value"), [
    ("判断：0.3 > 0.25 是否正确？", "yes"),
    ("我儿子觉得2.32比2.8大，因为2.32的位数多。2.32和2.8到底哪个大？", "2.8"),
    ("My son insists 2.32 is bigger than 2.8 because 2.32 has more digits. Which one is "
     "actually bigger, 2.32 or 2.8?", "2.8"),
])
def test_claims_whose_reason_names_the_same_numbers(question: str, value: str) -> None:
    assert value_of(question) == value


@pytest.mark.parametrize("question", [
    "My son insists 2.32 is bigger than 2.8 because 232 is bigger than 28. Which one is "
    "actually bigger, 2.32 or 2.8?",
    "我儿子觉得2.32比2.8大，因为232比28大。2.32和2.8哪个大？",
])
def test_claims_whose_reason_brings_other_numbers_decline(question: str) -> None:
    assert isinstance(run(question), Declined)


@pytest.mark.parametrize(("question", "value"), [
    ("Please arrange these from highest to lowest - 6, 11.367, 8, 3", "11.367, 8, 6, 3"),
    ("Please arrange these from highest to lowest - -11.11, 8, 8.47", "8.47, 8, -11.11"),
    ("Sort from lowest to highest -6, 8, 3", "-6, 3, 8"),  # "-6" is minus six
    ("compare 62.31 and 62.6 - which one is bigger?", "62.6"),
    ("Compare 4.5 and 4.45 — which is smaller?", "4.45"),
    ("Determine the greater of 2,000,774 and 3,698,351.", "3,698,351"),  # as written
    ("What is the smaller of the two numbers 0.7 and 0.65?", "0.65"),
    ("Find the larger of -3.5 and -3.25", "-3.25"),
    # A hyphen with blanks on both sides after a word is typed as a dash; a minus sign is
    # written against its number.
    ("Which is lower - 9.459 or 9.7?", "9.459"),
    ("Which is lower -9.459 or 9.7?", "-9.459"),
    ("For a stats quiz: which is the larger value, -71.51 or -71.2?", "-71.2"),
])
def test_dashes_and_the_greater_of(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert (decision.route, decision.tool, decision.value) == ("tool", "number_compare", value)


@pytest.mark.parametrize("question", [
    "Determine the greater of two evils: lying or stealing?",
    "the greater of 3 apples and 5 oranges",
    "Determine the greater of 2, 3 and 4",  # "the greater of" names two numbers
    "compare Python 3.11 and 3.9 - which one is bigger?",
])
def test_dashes_and_the_greater_of_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "value"), [
    ("Which is larger, negative 5 or negative 2?", "-2"),
    ("Which is larger, minus 5 or 3?", "3"),
    ("can you tell me if 4.9 is bigger than 4.19", "yes"),
    ("Check whether 0.5 is equal to 0.50.", "yes"),
    ("Give me the smallest of 17, 71, 7.", "7"),
    ("What is the largest of 0.8, 0.75 and 0.9?", "0.9"),
])
def test_spelled_signs_embedded_checks_and_give_me(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert (decision.route, decision.tool, decision.value) == ("tool", "number_compare", value)


@pytest.mark.parametrize("question", [
    "Which is bigger, 10 minus 3 or 6?",
    "Can you tell me if Python 3.10 is newer than 3.9?",
    "Tell me if 4.9 is bigger than 4.19 in semver",
])
def test_spelled_signs_and_embedded_checks_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


# --------------------------------------------------------------------------- asking words only

_CMP_LEADS = ["ok so out of {items} which one would u say is the {wish}",
              "hey quick one: {items}, which is {wish}",
              "i need the {wish} number: {items}",
              "{items} - which one is {wish} pls"]
_WISHES = {"biggest": True, "larger": True, "highest": True, "smallest": False, "lower": False,
           "least": False}


@settings(max_examples=80, deadline=None)
@given(items=st.lists(st.decimals(min_value=-1000, max_value=1000, places=3,
                                  allow_nan=False, allow_infinity=False),
                      min_size=2, max_size=5, unique=True),
       lead=st.sampled_from(_CMP_LEADS), wish=st.sampled_from(sorted(_WISHES)))
def test_asking_words_around_a_list(items: list, lead: str, wish: str) -> None:
    texts = [str(item) for item in items]
    if wish in ("larger", "lower") and len(texts) > 2:
        texts = texts[:2]  # "the larger" of two; of more, the superlative
    question = lead.format(items=", ".join(texts[:-1]) + " and " + texts[-1], wish=wish)
    values = [Fraction(text) for text in texts]
    target = max(values) if _WISHES[wish] else min(values)
    decision = guardrail.route(question)
    assert decision.route == "tool", (question, decision)
    assert Fraction(decision.value) == target, (question, decision)


@pytest.mark.parametrize("question", [
    "which is bigger than 3, 5 or 7",
    "which is closer to zero, -3 or 2",
    "which is bigger in absolute value, -5 or 3",
    "which has more digits, 100 or 99.5",
    "which is bigger and which is smaller, 3 or 5",
    "sort 3, 1, 2 by size",
    "which of the two is larger: 3, 4, 5",
    "ok so out of 3.5 and 3.45 which one would u say is the biggest planet",
    "which is biggest, 3 or 5 squared",
])
def test_asking_words_only_declines(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "value"), [
    ("need a quick compare: 2.45 vs 2.5, which is larger?", "2.5"),
    ("Write these numbers in increasing order: 5.5, 5.05, 5.55", "5.05, 5.5, 5.55"),
    ("Largest number among 23.4, 23.04, 23.44?", "23.44"),
    ("Compare 7.5 with 7.45 and say which is bigger.", "7.5"),
    ("I have 3.2 and 3.19. Which is bigger?", "3.2"),
    ("Is 2.5 more or less than 2.45?", "2.5 > 2.45"),
])
def test_compare_with_write_in_order_and_have(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert (decision.route, decision.tool, decision.value) == ("tool", "number_compare", value)


@pytest.mark.parametrize("question", [
    "Compare 7.5 with 7.45 and say which is closer to 7",
    "Compare 3 with 5, 7 and say which is bigger",
    "I have 3.2 apples and 3.19 pears. Which is bigger?",
    "Which of 2.5 and 2.49 is closer to 3?",
])
def test_compare_with_and_have_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "value"), [
    ("Rank these numbers biggest first: 222.25, 61.1, 164.5, 201.25",
     "222.25, 201.25, 164.5, 61.1"),
    ("Smallest first please: 3.5, 3.45, 3.405", "3.405, 3.45, 3.5"),
    ("Pick the minimum from this list: 1.9, 1.038, 1.044, 1.0042", "1.0042"),
    ("Our team's quiz scores were 218.25, 82.8, 226.25, 186. List them from highest to lowest.",
     "226.25, 218.25, 186, 82.8"),
    ("Temperatures were -5, 3. Which is highest?", "3"),
    ("3.56、-795、852、-93.1，从小到大怎么排？", "-795, -93.1, 3.56, 852"),
    ("-839、26.3、59.5 这几个数从大到小是什么顺序？", "59.5, 26.3, -839"),
])
def test_ends_first_the_list_as_a_noun_and_what_the_numbers_are(question: str,
                                                                 value: str) -> None:
    decision = guardrail.route(question)
    assert (decision.route, decision.tool, decision.value) == ("tool", "number_compare", value)


@pytest.mark.parametrize("question", [
    "The figure numbers are 2.10, 2.9. Which is bigger?",  # numbered, not measured
    "Python versions are 3.11, 3.9. Which is bigger?",
    "Heights are 5.10 and 5.9. Which is bigger?",  # 5 feet 10 inches
    "Our scores in binary were 10, 11. Which is bigger?",
    "What scores were 5, 7. Which is bigger?",
    "The biggest scores were 5, 7. Sort them.",
])
def test_what_the_numbers_are_declines_when_they_may_not_be_decimals(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


# A claim about two numbers, then a question about "the two" (the reason may quote their parts).
@pytest.mark.parametrize(("question", "value"), [
    ("My kid insists 6.39 is bigger than 6.6 because 39 is bigger than 6. Which number is "
     "actually bigger?", "6.6"),
    ("My friend says 0.23 and 3/13 are the same number. They aren't exactly equal, so which of "
     "the two is smaller?", "0.23"),
    ("My friend says 0.534 and 8/15 are the same number. They aren't exactly equal, so which of "
     "the two is smaller?", "8/15"),
    ("我儿子坚持说6.39比6.6大，因为39比6大。哪个数其实更大？", "6.6"),
    ("按从大到小的顺序排一下这几个数：0.29，3/5，-7/8", "3/5, 0.29, -7/8"),
])
def test_claims_then_a_question_about_the_two(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert (decision.route, decision.tool, decision.value) == ("tool", "number_compare", value)


@pytest.mark.parametrize("question", [
    # the reason brings a number that is not a part of either claimed number
    "My kid insists 6.39 is bigger than 6.6 because 39 is bigger than 7. Which number is "
    "actually bigger?",
    "My friend says 0.23 and 3/13 are the same number. Which of the three is smaller?",
    "My friend says 0.23 and 3/13 are the same number. They are in base 8, so which is smaller?",
])
def test_claim_near_misses_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool"


@pytest.mark.parametrize(("question", "expected"), [
    ("quik q: is -1.9 less then -1/9?", "yes"),  # "then" typed for "than"
    ("is -3/4 less then -1.7?", "no"),
    ("is -5/3 less than -0.5 or not", "yes"),  # "or not" asks
    ("4.75、-4.5、4.27、4.5、4.006 从小到大排一下", "-4.5, 4.006, 4.27, 4.5, 4.75"),
    ("这些数按升序排列是什么顺序：3.26、3.003、-3.5、3.45、3.5", "-3.5, 3.003, 3.26, 3.45, 3.5"),
    ("Overnight lows this week were -6, 6.5, 4.5, 15, -11, -26 and 12.5. Which was the lowest?",
     "-26"),
])
def test_typos_tags_and_stated_lists(question: str, expected: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == expected, decision.reason


@pytest.mark.parametrize("question", [
    "is 5 less then",  # no second number
    "Is the meeting later then 3.30?",
])
def test_then_for_than_only_before_a_number_in_a_question(question: str) -> None:
    assert guardrail.route(question).route != "tool"


def test_go_is_a_language_only_before_its_version() -> None:
    decision = guardrail.route("Here we go: which is bigger, 0.7 or 0.65?")
    assert decision.route == "tool" and decision.value == "0.7", decision


@pytest.mark.parametrize(("question", "value"), [
    ("smallest to largest pls — 0.9, 13, -13.5, 7, 4.7", "-13.5, 0.9, 4.7, 7, 13"),
    ("biggest to smallest: 2.5, 2.45, 2.405", "2.5, 2.45, 2.405"),
    ("把下面这些数从小到大排列：-6.7、-1.4、-7.4、-1.9、-1.2", "-7.4, -6.7, -1.9, -1.4, -1.2"),
    ("-3，0.92，0.57，0.63，1.32，从大到小排一下", "1.32, 0.92, 0.63, 0.57, -3"),
    ("帮我把 0.5、0.45、0.405 按从大到小的顺序排列", "0.5, 0.45, 0.405"),
    ("3.5、3.45 里面最小的是哪个", "3.45"),
])
def test_general_readings_of_orders_and_extremes(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("question", [
    "smallest to largest —3, 13",  # a dash against a number may be a minus sign
    "3.5、3.45从小到大",  # an order is not asked for
    "这五个数从小到大排列：1、2、3",  # the count said is not the count listed
    "1.5、2.5 排序",  # no direction
    "1.5、2.5、3.5 哪个更大一些，哪个最小",  # two wishes
    "1.5、2.5、3.5 的平均数从小到大",
    "1.5、2.5、3.5 取绝对值后从小到大排列",
])
def test_general_readings_decline_what_they_do_not_cover(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "value"), [
    ("Would you say -23 is bigger than -55?", "yes"),
    ("Do you agree that 0.5 is less than 0.55?", "yes"),
    ("Biggest first, please: 5.76; 24.6; -16; 6.7", "24.6, 6.7, 5.76, -16"),
    ("I'm comparing 1/3 and 4/11. Which one is the smaller of the two?", "1/3"),
    ("Which number is greater: 19.6 or 19.51? My calculator app is acting up.", "19.6"),
])
def test_opinions_asked_and_semicolon_lists(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("question", [
    "Would you say Python 3.11 is bigger than 3.9?",
    "Would you say 2.5 is bigger than 2.45 in size?",
    "I'm comparing versions 1.3 and 1.11. Which one is the smaller of the two?",
])
def test_opinions_about_versions_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "value"), [
    ("Two bids came in, 3,973,057 and 3,973,033. Which number is higher?", "3,973,057"),
    ("Prices: 3.50 and 3.45. Which is larger?", "3.50"),
    ("sort ascending pls: 23.6, -21.1, -54.25, 29.75, -20, -21.5",
     "-54.25, -21.5, -21.1, -20, 23.6, 29.75"),
])
def test_what_the_numbers_are_before_a_comma_or_colon(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("question", [
    "Three bids came in, 3,973,057 and 3,973,033. Which number is higher?",
    "Two bids came in, 3,973,057 and 3,973,033. Which number is higher if we add tax?",
    "Two versions came in, 3.11 and 3.9. Which is higher?",
    "Version numbers, 3.11 and 3.9. Which is higher?",
    "Chapters, 9.11 and 9.9: which is bigger?",
    "My heights, 5.10 and 5.9. Which is bigger?",
])
def test_labels_that_count_wrong_or_change_the_numbers_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "value"), [
    ("Smaller one: 4/5 or 2/5?", "2/5"),
    ("Bigger one — 15.4 or 15.77? Just tell me which.", "15.77"),
    ("I'm trying to figure out which is the smaller fraction, 5/9 or 9/10.", "5/9"),
    ("Yes or no: is -3.2 greater than -0.74?", "no"),
    ("My calculator app is acting weird. Is 19.9 or 19.26 the bigger number?", "19.9"),
    # a claim, then which of its two numbers is bigger
    ("My student says 1.384 beats 1.42 since it's longer. Which of the two is bigger?", "1.42"),
    ("A coworker thinks 2.318 > 2.35. Who's right — which number is greater?", "2.35"),
    ("Settle an argument: my little sister claims 3.775 is bigger than 3.79. Which is the larger"
     " number?", "3.79"),
    ("Greater of 101 and 110?", "110"),
    ("9.11 > 9.9 — true or false?", "no"),
])
def test_labels_leads_and_claims_before_which(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("question", [
    "Bigger one: 3.11 or 3.9? version numbers",
    "My kid says version 3.11 beats 3.9. Which is bigger?",
    "My student says 1.384 beats 1.42 because 5 > 4. Which of the two is bigger?",
    "Bigger one: 3 apples or 4 pears?",
    "Greater of 3.11 and 3.9 versions?",
])
def test_labels_and_claims_that_change_the_numbers_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "value"), [
    # a list separated by spaces alone, one per line, or with fractions on their own lines
    ("Can you put 8/3 13 7.49 -10 -74.4 in ascending order?", "-74.4, -10, 8/3, 7.49, 13"),
    ("24.6 246.9 21.78 -5 2/7 从大到小排一下", "246.9, 24.6, 21.78, 2/7, -5"),
    ("Order these numbers low to high:\n-30\n84\n1/9\n23.4\n-0.18", "-30, -0.18, 1/9, 23.4, 84"),
    ("Sort these A to Z.\nstrength\nlibrary\nmountain", "library, mountain, strength"),
    # 大不大: the Chinese A-not-A question
    ("请问-9.17比3/7大不大？", "no"),
    ("9.11比9.9小不小", "yes"),
])
def test_space_separated_lists_and_a_not_a_questions(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("question", [
    "Sort 2 500 300 in ascending order",  # "2 500" may be 2500
    "Sort 12 345 in ascending order",
    "Sort 1, 2 3 in ascending order",  # spaces and commas both
    "9.11比9.9大不小",
])
def test_space_separated_lists_that_are_unclear_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "value"), [
    ("Are 0.5 and 1/2 equal?", "yes"),
    ("Are 0.5 and 0.51 the same number?", "no"),
    ("Compare 0.5 and 0.50. Are they the same?", "yes"),  # "the same" was never mapped
])
def test_equality_of_two_numbers(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize(("question", "value"), [
    ("What is the largest value in this list: [6, 7, -5, 10, 22]", "22"),
    ("Sort [3.5, 1, 2] in ascending order", "1, 2, 3.5"),
    ("What's the maximum of the set {26, -1.38, -14.2, 0.3, 9.9}?", "26"),
    ("Order these numbers low to high, comma separated please: 15, 5.23, -9, 6.27, 29.8",
     "-9, 5.23, 6.27, 15, 29.8"),
    ("I need these fractions biggest first: 4/11, 3/10, 4/5, 7/8", "7/8, 4/5, 4/11, 3/10"),
    ("帮我把下面几个数按升序排好：16、1/4、2/3、-2.42", "-2.42, 1/4, 2/3, 16"),
    ("朋友说 7.7 比 7.44 大，我觉得不对。到底哪个大？", "7.7"),
    ("Is 0.59 or 62% the larger amount?", "62%"),
    ("Would -21 be more than -22.6?", "yes"),
    ("Order least to greatest → 14/5, -6, 5.1, 0.96, 11", "-6, 0.96, 14/5, 5.1, 11"),
    ("I can never remember — is 6/7 or 0.86 smaller?", "6/7"),
    ("我想确认下，-3 比 -4.3 大吗？", "yes"),
    ("Of these scores — 61.9, 28, 97, 36.6, 84.3, 22.9 — which is highest?", "97"),
    ("Could you order these test scores from biggest to smallest? 74, 81, 56, 46, 65, 94",
     "94, 81, 74, 65, 56, 46"),
])
def test_lists_written_in_brackets(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize(("question", "value"), [
    # three or more items between slashes or bars
    ("smallest value among -2.5 / -2.45 / -2.505 / -2.4 ?", "-2.505"),
    ("Find the maximum: 34.5001 / 34.49 / 34.499 / 34.45", "34.5001"),
    ("Scores were 523 / 343 / 134 / 211. Which one is lowest?", "134"),
    ("Arrange from lowest to highest: -3 | 11 | 13 | -3.2 | 0.9", "-3.2, -3, 0.9, 11, 13"),
    # the numbers named as numbers, a label before a comma, an adverb before the verb
    ("Is the number −27 greater than the number −10?", "no"),
    ("smaller one, 2/5 or 1/3?", "1/3"),
    ("My friend says 2.21 is bigger than 2.8. Which one actually is bigger?", "2.8"),
    ("-4比30大么？", "no"),
    # remarks that leave the question as it was
    ("Which number is greater, 15.8 or 15.73? My coworker says the one with more digits.",
     "15.8"),
    ("Is 0.7 actually bigger than 0.87? I keep second-guessing myself.", "no"),
])
def test_slashed_lists_named_numbers_and_remarks(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("question", [
    "Is 8 / 4 bigger than 1?",  # two items: a division
    "Sort 1 / 2 / 3 / 4/5",  # a fraction among the items
    "Sort 1 / 2 / 3 /4",  # uneven spacing
    "Which is bigger, 1 / 2 | 3?",  # mixed separators
])
def test_slashes_that_may_be_divisions_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


# --------------------------------------------------------------------------------------------
# Powers and percentages as items: "Which is larger, 3^4 or 4^3?", "40% or 0.35?"


@st.composite
def powers_and_percentages(draw: st.DrawFn) -> tuple[str, Fraction]:
    """A written power or percentage and its value, computed apart from the solver."""
    base = draw(st.integers(0, 30))
    exponent = draw(st.integers(1, 40))
    percent = draw(decimal_literals()).lstrip("-")
    return draw(st.sampled_from([
        (f"{base}^{exponent}", Fraction(base) ** exponent),
        (f"{base}**{exponent}", Fraction(base) ** exponent),
        (f"{base}{str(exponent).translate(str.maketrans('0123456789', '⁰¹²³⁴⁵⁶⁷⁸⁹'))}",
         Fraction(base) ** exponent),
        (f"{percent}%", Fraction(Decimal(percent)) / 100),
    ]))


@settings(max_examples=300, deadline=None)
@given(a=powers_and_percentages(), b=st.one_of(powers_and_percentages(),
                                              literals().map(lambda t: (t, exact(t)))),
       template=st.integers(0, 12))
def test_powers_and_percentages_match_the_oracle(a: tuple[str, Fraction],
                                                 b: tuple[str, Fraction], template: int) -> None:
    templates = [(t, True) for t in WHICH_EN + WHICH_ZH] + [
        (t, False) for t in WHICH_SMALL_EN + WHICH_SMALL_ZH]
    pattern, bigger = templates[template % len(templates)]
    (a_text, x), (b_text, y) = a, b
    value = value_of(pattern.format(a=a_text, b=b_text))
    if x == y:
        assert value == "equal"
    else:
        assert value == (a_text if (x > y) == bigger else b_text)


@pytest.mark.parametrize(("question", "value", "answer"), [
    ("Which is greater, 2^10 or 1000?", "2^10", "2^10 is larger than 1000 (1024 > 1000)."),
    ("Which is bigger: 40% or 0.35?", "40%", "40% is larger than 0.35 (0.40 > 0.35)."),
    ("Is 7/8 greater than 87%?", "yes", "Yes: 7/8 is greater than 87% (0.875 > 0.870)."),
    ("Sort 2^10, 1000, 10^3 ascending", "1000, 10^3, 2^10",
     "In ascending order: 1000 = 10^3 < 2^10."),
    ("哪个大：3^4还是4^3？", "3^4", "3^4 比 4^3 大（81 > 64）。"),
    ("2的10次方和1000哪个大？", "2的10次方", "2的10次方 比 1000 大（1024 > 1000）。"),
    ("3的4次方比4的3次方大吗？", "yes", "是的，3的4次方 大于 4的3次方（81 > 64）。"),
])
def test_powers_and_percentages_show_their_values(question: str, value: str,
                                                  answer: str) -> None:
    solution = run(question)
    assert isinstance(solution, Solution), solution
    assert (solution.value, solution.answer) == (value, answer)


@pytest.mark.parametrize("question", [
    "Which is bigger, -2^2 or 3?",  # -(2^2) by the textbook rule, (-2)^2 to many readers
    "Which is bigger, 2/3^2 or 1?",  # (2/3)^2 or 2/(3^2)?
    "Which is bigger, 0^0 or 1?",
    "Which is bigger, 9^9999 or 1?",  # too large to compare exactly
    "Which is bigger, " + "9" * 150 + "^30 or 1?",  # more digits than an answer can show
    "Which is bigger, 2^3^2 or 500?",
    "Which is bigger, 40%% or 0.3?",
    "Which is better, 5% or 4.5% interest?",
])
def test_powers_and_percentages_that_decline(question: str) -> None:
    assert isinstance(run(question), Declined), question
