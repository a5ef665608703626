"""Follow-ups are resolved from the conversation when unambiguous, else left to the model."""

from __future__ import annotations

import time

import pytest

from guardrail.conversation import resolve_question


def _chat(*turns: str) -> list[dict[str, str]]:
    roles = ["user", "assistant"]
    return [{"role": roles[i % 2], "content": text} for i, text in enumerate(turns)]


def test_single_turn_is_the_question() -> None:
    assert resolve_question(_chat("Is 17077 prime?")).text == "Is 17077 prime?"


@pytest.mark.parametrize(("follow_up", "resolved"), [
    ("What about 17079?", "Is 17079 a prime number?"),
    ("and 91?", "Is 91 a prime number?"),
    ("how about 1,001", "Is 1,001 a prime number?"),
    ("17081呢？", "Is 17081 a prime number?"),
])
def test_a_number_swap_is_resolved(follow_up: str, resolved: str) -> None:
    question = resolve_question(_chat("Is 17077 a prime number?", "Yes.", follow_up))
    assert question.text == resolved
    assert "resolved from the conversation" in question.reason


@pytest.mark.parametrize("follow_up", [
    "and for 9.8?",             # which of the two numbers does it replace?
    "Is it bigger than 10?",    # "it"
    "What about the other one?",
    "Now multiply that by 3.",
    "那个呢？",
    "Same for the second number.",
])
def test_dependent_follow_ups_go_to_the_model(follow_up: str) -> None:
    question = resolve_question(_chat("Which is bigger, 9.11 or 9.9?", "9.9 is bigger.",
                                      follow_up))
    assert question.text is None
    assert "earlier turns" in question.reason


def test_a_self_contained_question_in_a_conversation_stands_alone() -> None:
    question = resolve_question(_chat("Hi! Can you help with maths?", "Sure.",
                                      "Is 9.11 bigger than 9.9?"))
    assert question.text == "Is 9.11 bigger than 9.9?"


def test_resolution_chains_through_earlier_follow_ups() -> None:
    question = resolve_question(_chat("Is 13 prime?", "Yes.", "What about 15?", "No.",
                                      "and 17?"))
    assert question.text == "Is 17 prime?"


def test_no_user_text() -> None:
    assert resolve_question([{"role": "system", "content": "Be brief."}]).text is None


def test_long_follow_up_is_fast() -> None:
    started = time.perf_counter()
    resolve_question(_chat("Is 13 prime?", "Yes.", "and " + " " * 4000 + "x" * 900))
    assert time.perf_counter() - started < 0.5
