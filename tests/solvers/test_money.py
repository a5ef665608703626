"""Amounts of money in arithmetic, and the two money stories of ``solvers._money``: a share of
an amount (tip, tax, discount) and a receipt's total. Oracles: ``decimal.Decimal`` sums and
products of the amounts as written."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import guardrail


def tool_value(question: str) -> str:
    decision = guardrail.route(question)
    assert decision.route == "tool", (question, decision.reason)
    assert decision.value is not None
    return decision.value


def exact(text: str) -> Fraction:
    return Fraction(Decimal(text))


@pytest.mark.parametrize(("question", "expected", "shown"), [
    ("What is $12.50 + $3.75?", "65/4", "$16.25"),
    ("What is 15% of $250?", "75/2", "$37.50"),
    ("What is $120 / 4?", "30", "$30.00"),
    ("what is €5 + €3", "8", "€8.00"),
    ("What is $9.99 × 3?", "2997/100", "$29.97"),
    ("What is $120 ÷ $40?", "3", "= 3"),  # a ratio of two amounts is a plain number
    ("12.5元加3.75元等于多少", "65/4", "16.25元"),
])
def test_amounts_of_money_in_one_currency(question: str, expected: str, shown: str) -> None:
    assert tool_value(question) == expected
    answer = guardrail.route(question).answer
    assert answer is not None and shown in answer


@pytest.mark.parametrize("question", [
    "What is $5 + 3?",  # 3 what?
    "What is $5 × $3?",
    "What is $5 + €3?",
    "What is ($5)^2?",
    "What is the square root of $16?",
    "What is 12.50 + 3.75 dollars?",  # only the last one is money
    "What is $5 dollars + $3?",
    "What is 4 / $2?",
])
def test_money_combined_without_one_meaning_declines(question: str) -> None:
    assert guardrail.route(question).route != "tool"


@pytest.mark.parametrize(("question", "expected"), [
    ("Dinner came to $118.73 and I want to leave an 18% tip. How much is the tip, exactly?",
     "106857/5000"),
    ("Dinner for the whole team came to $1,755 and we're tipping 18%. How much is the tip, "
     "exactly?", "3159/10"),
    ("A jacket costs $80 and there's a 25% discount. What's the discount?", "20"),
    ("Sales tax is 8.25% and the laptop is $1,299. How much is the tax?", "42867/400"),
    ("晚饭一共花了250元，我们给15%的小费，小费是多少？", "75/2"),
])
def test_a_share_of_an_amount(question: str, expected: str) -> None:
    assert tool_value(question) == expected


@pytest.mark.parametrize("question", [
    # a number the share does not use, a share per person, a price after a discount
    "Dinner for 4 came to $118.73 and I want to leave an 18% tip. How much is the tip?",
    "Dinner came to $118.73 and I want to leave an 18% tip. How much is the tip per person?",
    "Dinner came to $118.73 and we split an 18% tip. How much is the tip?",
    "After a 25% discount, a jacket costs $80. What's the discount?",
    "The jacket costs $80 after a 25% discount. What was the original price?",
    "The laptop is $1,299 before tax and the tax is 8%. What's the total with tax?",
    # the question names another share than the percentage
    "Dinner came to $118.73 and the tax is 8%. How much is the tip?",
    "Dinner came to $118.73 and I want to leave an 18% tip. How much is the tax?",
    # the amount with the share added or taken off: a two-step word problem
    "The bill was $80 and we tip 20%. What's the total with the tip?",
    "A jacket costs $80 and there's a 25% discount. What's the sale price?",
    "A shirt costs $40 and is on sale for 25% off. What is the sale price?",
    # a rate that is not a share
    "I earn $5,000 a month and save 20%. How much do I save?",
    "Dinner came to $118.73 and I'd leave an 18% tip. Is that too much?",
    "晚饭一共花了250元，每人给15%的小费，小费是多少？",
    "晚饭一共花了250元，四舍五入给15%的小费，小费是多少？",
])
def test_a_share_story_with_more_in_it_goes_to_the_model(question: str) -> None:
    assert guardrail.route(question).route != "tool"


@pytest.mark.parametrize(("question", "expected"), [
    ("grocery run 🛒\n- coffee beans $8.80\n- pasta $1.21\n\nwhat did I spend altogether?",
     "1001/100"),
    ("How much did I spend in total?\n- pasta $1.21\n- milk $3.50", "471/100"),
    ("- pasta $1.21\n- milk $3.50\nwhat's the total?", "471/100"),
    ("Lunch:\n* sandwich: €6.40\n* coffee: €2.10\n* cookie: €1.95\nHow much is that altogether?",
     "209/20"),
    ("买菜：\n- 白菜 5元\n- 猪肉 32.5元\n一共花了多少钱？", "75/2"),
])
def test_a_receipt_total(question: str, expected: str) -> None:
    assert tool_value(question) == expected


@pytest.mark.parametrize("question", [
    "groceries:\n- 2x pasta $1.21\n- milk $3\nwhat did I spend altogether?",  # a quantity
    "groceries:\n- pasta $1.21\n- coupon $3\nwhat did I spend altogether?",  # taken off?
    "groceries:\n- pasta $1.21\n- milk €3\nwhat did I spend altogether?",  # two currencies
    "- pasta $1.21\n- milk $3.50\nwhat's the average?",
    "- pasta $1.21\n- milk $3.50\nwhat did I spend on milk?",
    "returns:\n- pasta $1.21\n- milk $3.50\nwhat did I spend altogether?",
    "- pasta $1.21\n- milk 3.50\nwhat did I spend altogether?",  # one is not money
])
def test_a_receipt_with_more_in_it_goes_to_the_model(question: str) -> None:
    assert guardrail.route(question).route != "tool"


_LABELS = ("coffee beans", "pasta", "oat milk", "bread", "spinach", "cheddar", "apples")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_LABELS), st.integers(1, 99_999)),
                min_size=2, max_size=8),
       st.sampled_from(["$", "€", "£"]), st.booleans())
def test_receipt_totals_match_a_decimal_sum(items: list[tuple[str, int]], sign: str,
                                            ask_first: bool) -> None:
    lines = [f"- {label} {sign}{cents // 100:,}.{cents % 100:02d}" for label, cents in items]
    ask = "what did I spend altogether?"
    text = "\n".join([ask, *lines] if ask_first else [*lines, ask])
    oracle = sum((Decimal(cents) / 100 for _, cents in items), Decimal(0))
    assert exact(str(oracle)) == Fraction(tool_value(text))


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 10_000_000), st.integers(1, 9_999),
       st.sampled_from(["tip", "tax", "discount", "service charge"]), st.booleans())
def test_shares_match_a_decimal_product(cents: int, basis_points: int, noun: str,
                                        rate_first: bool) -> None:
    amount = f"${cents // 100:,}.{cents % 100:02d}"
    rate = str(Decimal(basis_points) / 100)
    text = (f"The {noun} is {rate}% and the bill is {amount}. How much is the {noun}?"
            if rate_first else
            f"The bill is {amount} and there's a {rate}% {noun}. What's the {noun}?")
    oracle = Decimal(cents) / 100 * Decimal(rate) / 100
    assert exact(str(oracle)) == Fraction(tool_value(text))


@pytest.mark.parametrize(("question", "value"), [
    ("Our dinner bill came to $27. What is 15% of that?", "81/20"),
    ("Rent is $1,200. What's 8% of it?", "96"),
])
def test_a_percentage_of_the_amount_just_given(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("question", [
    "Our dinner bill came to $27 before tax. What is 15% of that?",
    "Our dinner bill came to $27 for 3 people. What is 15% of that?",
    "The bill was $27 per person. What is 15% of that?",
    "Our dinner bill came to $27. What is 15% of that plus 10?",
])
def test_a_percentage_of_an_amount_with_more_to_it_declines(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "value"), [
    ("A jacket costs 173 dollars and is marked 7.5% off. How many dollars is the discount?",
     "519/40"),
    ("一件衣服原价560元，现在便宜15%，便宜了多少元？", "84"),
    ("一件衣服原价 260 元，现在降价 65%，便宜了多少元？", "169"),
])
def test_a_price_cut_asked_in_its_own_words(question: str, value: str) -> None:
    assert tool_value(question) == value


@pytest.mark.parametrize("question", [
    "一件衣服原价560元，现在便宜15%，现在卖多少元？",  # the price after the cut: two steps
    "一件衣服原价560元，打折后便宜15%，便宜了多少元？",
    "一件衣服原价560元，每件便宜15%，便宜了多少元？",
    "A jacket costs 173 dollars and is marked up 7.5%. How many dollars is the discount?",
])
def test_a_price_cut_with_more_to_it_declines(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 5_000), st.integers(1, 99),
       st.sampled_from([("是女生", "女生"), ("参加了培训", "参加培训的"), ("戴眼镜", "戴眼镜的")]))
def test_a_part_of_a_count_matches_the_product(count: int, percent: int,
                                               part: tuple[str, str]) -> None:
    said, asked = part
    text = f"一共{count}个人，其中{percent}%{said}，{asked}有多少人？"
    decision = guardrail.route(text)
    if count * percent % 100:
        assert decision.route != "tool", text  # a part of people is whole
    else:
        assert decision.route == "tool" and decision.value == str(count * percent // 100)


@pytest.mark.parametrize("question", [
    "一共180个人，其中45%是女生，男生有多少人？",  # the other part
    "一共180个人，其中45%是女生，没参加的有多少人？",
    "一共181个人，其中45%是女生，女生有多少人？",  # not whole
    "班上有40名学生，其中25%没戴眼镜，剩下的有多少人？",
])
def test_a_part_of_a_count_asked_otherwise_declines(question: str) -> None:
    assert guardrail.route(question).route != "tool", question
