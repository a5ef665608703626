"""Reading the question: the last user turn, its language, and inline LaTeX math."""

from __future__ import annotations

import pytest

from guardrail._text import detect_language, last_user_text, one_line_list, plain_math


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
])
def test_items_one_per_line_are_joined(text: str, joined: str) -> None:
    assert one_line_list(text) == joined


@pytest.mark.parametrize("text", [
    "hello\nworld",  # one item is not a list
    "Add:\n1,234\n5",  # a thousands separator would be ambiguous once joined
    "Compare\n3\nfoo",  # numbers and words mixed
    "What is 3 + 4?",
    "Line one\nline two has words\nline three",
])
def test_other_text_is_left_alone(text: str) -> None:
    assert one_line_list(text) == text
