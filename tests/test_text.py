"""Reading the question: the last user turn, its language, and inline LaTeX math."""

from __future__ import annotations

import pytest

from guardrail._text import (
    claim_as_question,
    detect_language,
    inline_definitions,
    last_user_text,
    list_after_ask,
    listed_before,
    one_line_list,
    plain_math,
    stated_list,
)


def test_last_user_text_reads_text_parts_and_skips_images() -> None:
    assert last_user_text([{"role": "user", "content": "a"}, {"role": "assistant",
                                                              "content": "b"}]) == "a"
    parts = [{"type": "text", "text": "is 7 "}, {"type": "text", "text": "prime?"}]
    assert last_user_text([{"role": "user", "content": parts}]) == "is 7 prime?"
    image = [{"type": "image_url", "image_url": {"url": "data:"}}]
    assert last_user_text([{"role": "user", "content": image}]) is None


def test_detect_language() -> None:
    assert detect_language("3加5等于多少") == "zh"
    assert detect_language("what is 3 + 5") == "en"


@pytest.mark.parametrize(("text", "plain"), [
    (r"Compute $\frac{3}{4}+\frac{1}{2}$.", "Compute 3/4+1/2."),
    (r"What is $\frac{2}{3} \div \frac{4}{9}$?", "What is (2/3) ÷ (4/9)?"),
    (r"$\frac{12+4}{8}$", "((12+4)/(8))"),
    (r"\(\sqrt{144} \times 3\)", "sqrt(144) × 3"),
    (r"\[\sqrt[3]{27}\]", "cbrt(27)"),
    (r"$2^{10}$", "2^(10)"),
    (r"$$3 \cdot 4$$", "3 · 4"),
    (r"$\text{area} = \pi r^2$", "area = pi r^2"),
    (r"$\left(1+2\right)$", "(1+2)"),
])
def test_plain_math_rewrites_a_closed_set_of_commands(text: str, plain: str) -> None:
    assert plain_math(text) == plain


@pytest.mark.parametrize("text", [
    "I paid $5 and $6, what's the total?",  # money, not math
    "What's $5+$3?",
    "costs $5.00 vs $4.99",
    "no math here",
])
def test_plain_math_leaves_money_and_plain_text_alone(text: str) -> None:
    assert plain_math(text) == text


def test_unknown_commands_stay_as_written() -> None:
    assert plain_math(r"$\int_0^1 x\,dx$") == r"\int_0^1 x dx"


def test_plain_math_is_bounded_on_hostile_input() -> None:
    nested = "$" + r"\frac{" * 500 + "1" + "}{2}" * 500 + "$"
    plain_math(nested)  # returns (capped rewrites), never recursing without bound
    plain_math("$" * 5000)


@pytest.mark.parametrize(("text", "joined"), [
    ("can you add these up for me?\n453\n205\n27", "can you add these up for me: 453, 205, 27"),
    ("Sort these words:\n- pear\n- apple\n- fig", "Sort these words: pear, apple, fig"),
    ("Which is bigger:\n  9.11\n• 9.9\n", "Which is bigger: 9.11, 9.9"),
    # a number alone on its line groups its thousands; joined, it loses the commas
    ("Add:\n1,234\n5", "Add: 1234, 5"),
])
def test_items_one_per_line_are_joined(text: str, joined: str) -> None:
    assert one_line_list(text) == joined


@pytest.mark.parametrize("text", [
    "hello\nworld",  # one item is not a list
    "Add:\n1,2\n5",  # not a thousands grouping: ambiguous once joined
    "Add:\n1,2345\n5",
    "Compare\n3\nfoo",  # numbers and words mixed
    "What is 3 + 4?",
    "Line one\nline two has words\nline three",
])
def test_other_text_is_left_alone(text: str) -> None:
    assert one_line_list(text) == text


@pytest.mark.parametrize(("text", "joined"), [
    ("| reading |\n|---|\n| 6.8 |\n| 6.528 |\n| 6.69 |\n\nSort the column above from largest "
     "to smallest.", "Sort these numbers from largest to smallest: 6.8, 6.528, 6.69"),
    ("6.8\n6.5\n\nWhat is the sum of the numbers above?",
     "What is the sum of these numbers: 6.8, 6.5"),
    ("- pear\n- apple\n- fig\n\nPut the words above in alphabetical order.",
     "Put these words in alphabetical order: pear, apple, fig"),
])
def test_items_before_a_request_that_refers_to_them(text: str, joined: str) -> None:
    assert listed_before(text) == joined


@pytest.mark.parametrize("text", [
    "3\n4\n5\n\nWhat is the sum?",  # nothing refers back to the items
    "| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n\nSort the column above.",  # two columns
    "3\n4 apples\n5\n\nAdd the numbers above.",  # a line that is not one item
    "3\nfour\n\nAdd the numbers above.",  # mixed items
    "1\n2\n\nCompare the numbers above with the list above.",  # two references
])
def test_items_before_are_left_alone_when_unclear(text: str) -> None:
    assert listed_before(text) == text


@pytest.mark.parametrize(("text", "question"), [
    ("```python\nn = 18919\n```\nIs n prime?", "Is 18919 prime?"),
    ("Let n = 18919. Is n prime?", "Is 18919 prime?"),
    ("x = 12, y = 18. What is the gcd of x and y?", "What is the gcd of 12 and 18?"),
])
def test_named_numbers_are_put_in_place(text: str, question: str) -> None:
    assert inline_definitions(text) == question


@pytest.mark.parametrize("text", [
    "x = 12\ny = x + 6\nWhat is y?",  # a definition that is not a number
    "```python\nx = 7\ny = x / 2\n```\nWhat is y?",
    "a = 5. Is a prime?",  # "a" is also a word
    "n = 5. Is 7 prime?",  # the name is not used
    "n = 5, n = 6. Is n prime?",  # named twice
])
def test_definitions_are_left_alone_when_unclear(text: str) -> None:
    assert inline_definitions(text) == text


@pytest.mark.parametrize(("text", "asked"), [
    ("Overnight lows this week were -6, 6.5, 4.5, 15 and 12.5. Which was the lowest?",
     "Which is the smallest of -6, 6.5, 4.5, 15 and 12.5?"),
    ("The column is 2,269.57, 3,697.17 and 2,037.62. What should the total actually be?",
     "What is the sum of 2269.57, 3697.17 and 2037.62?"),
    ("Our scores were 7, 9 and 8. What's the average?", "What is the mean of 7, 9 and 8?"),
    ("The readings came out as 3, 1 and 2. Which one is the highest of them?",
     "Which is the largest of 3, 1 and 2?"),
    ("Readings from the lab sensor this morning: 7.636, 7.106, 8.21. Which one is the highest?",
     "Which is the largest of 7.636, 7.106 and 8.21?"),
])
def test_a_list_stated_before_its_question(text: str, asked: str) -> None:
    assert stated_list(text) == asked


@pytest.mark.parametrize("text", [
    "The prices in cents were 5, 6 and 7. What is the total?",  # a unit in the label
    "Each box weighed 5, 6 and 7. What is the total?",
    "The scores were 5, 6 and 7. Which was the lowest after the curve?",
    "The scores were 5, 6 and 7. Which is lower than 6?",
    "Numbers: 100,200, 300. What's the total?",  # two numbers or three?
])
def test_a_stated_list_with_more_in_it_stays(text: str) -> None:
    assert stated_list(text) == text


@pytest.mark.parametrize(("text", "joined"), [
    ("Can you sort these words A to Z? date, cherry, lemon",
     "Can you sort these words A to Z: date, cherry, lemon"),
    ("Which is bigger? 9.11, 9.9", "Which is bigger: 9.11, 9.9"),
    ('How many words are in this sentence? "Please water the plants"',
     'How many words are in this sentence: "Please water the plants"'),
])
def test_items_after_a_question_mark(text: str, joined: str) -> None:
    assert list_after_ask(text) == joined


@pytest.mark.parametrize("text", ["Is it prime? 7", "Which is bigger? 9.11 or 9.9 lol?",
                                  "What? Hello, world"])
def test_other_text_after_a_question_mark_stays(text: str) -> None:
    assert list_after_ask(text) == text


@pytest.mark.parametrize(("text", "asked"), [
    ("My friend says 'state' and 'taste' are anagrams. True?",
     "Are 'state' and 'taste' anagrams?"),
    ("My son says 91 is prime. Is he right?", "Is 91 prime?"),
    ("I think 9.11 is bigger than 9.9. Am I right?", "Is 9.11 bigger than 9.9?"),
])
def test_a_claim_checked_is_asked(text: str, asked: str) -> None:
    assert claim_as_question(text) == asked


@pytest.mark.parametrize("text", [
    "My son says 91 is prime. Why?",  # not a check of the claim
    "My son says 91 is prime. Which is bigger, 91 or 97?",
    "91 is prime. True?",  # nobody reports it
    # with a reason: the comparison solver reads its own claims, reasons and all
    "My son insists 1.64 is bigger than 1.3 because 64 is more than 3. Is he right?",
])
def test_other_claims_stay(text: str) -> None:
    assert claim_as_question(text) == text
