"""The real oversight path: the shipped frontier of the embedded model, self-consistency
samples drawn from the real model, over the real openai client, in-process and loopback."""

from __future__ import annotations

from collections.abc import Iterator

import openai
import pytest

import guardrail
from guardrail.frontier import find_frontier
from guardrail.local import LOCAL_MODEL_ID, LocalServer
from guardrail.policy import FamilyPolicy, PolicyConfig

pytestmark = pytest.mark.slow

CAPITAL = "What is the capital of France?"
STORY = ("Tom has 3 boxes with 12 pencils in each. He gives 7 pencils away. "
         "How many pencils does he have left?")


def user(text: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": text}]


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with LocalServer(port=0) as running:
        yield running


def test_the_embedded_model_ships_a_frontier() -> None:
    frontier = find_frontier(LOCAL_MODEL_ID)
    assert frontier is not None and frontier.model == LOCAL_MODEL_ID
    assert {"knowledge", "word_problem"} <= set(frontier.families)
    assert frontier.policy_examples  # what the policy calibrates on


@pytest.mark.parametrize("path", ["in-process", "loopback"])
def test_self_consistency_on_the_real_model(server: LocalServer, path: str) -> None:
    raw = (guardrail.local_client() if path == "in-process" else
           openai.OpenAI(base_url=server.base_url, api_key="local", max_retries=0))
    always_check = PolicyConfig(default=FamilyPolicy(min_estimate=0.0, min_agreement=0.67))
    client = guardrail.wrap(raw, policy=always_check)
    reply = client.chat.completions.create(model=LOCAL_MODEL_ID, messages=user(CAPITAL),
                                           max_tokens=40, temperature=0, seed=0)
    decision = guardrail.decision_of(reply)
    assert decision.family == "knowledge" and decision.estimate is not None
    assert [c.role for c in decision.calls] == ["model", "sample", "sample", "sample"]
    assert all(c.usage is not None and c.usage.completion_tokens > 0 for c in decision.calls)
    assert decision.verdict is not None and decision.verdict["source"] == "self_consistency"
    kept = decision.verdict["score"] >= 0.67 - 1e-9
    assert decision.route == ("supervisor" if kept else "abstain")
    text = reply.choices[0].message.content or ""
    assert (text != guardrail.GuardrailOptions().abstain_message_en) == kept


def test_the_shipped_policy_decides_before_the_call() -> None:
    """With the default target, the certified thresholds of the shipped frontier decide; a
    question they withhold costs no model call."""
    client = guardrail.wrap(guardrail.local_client())
    reply = client.chat.completions.create(model=LOCAL_MODEL_ID, messages=user(STORY),
                                           max_tokens=60, temperature=0)
    decision = guardrail.decision_of(reply)
    assert decision.family == "word_problem" and decision.estimate is not None
    thresholds = client.guardrail.oversight.thresholds(LOCAL_MODEL_ID, "word_problem")
    assert thresholds is not None
    planned = thresholds.decide_before(decision.estimate)
    if planned == "abstain":
        assert decision.route == "abstain" and decision.calls == ()
    else:
        assert decision.calls[0].role == "model"
