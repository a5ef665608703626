"""Estimate, check, decide: the frontier policy through the wrapper, against fake providers.

A frontier for the fake model is written to a temporary directory; the fake provider's
replies are scripted per request so agreement and faults can be arranged.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx2
import openai
import pytest
from openai.types.chat import ChatCompletion

import guardrail
from guardrail.frontier import FamilyModel, Frontier, clear_frontier_cache, save_frontier
from guardrail.policy import FamilyPolicy, PolicyConfig

from .conftest import FAKE_MODEL, HAIKU, completion_json, sse_body, user

KNOWN = "What is the capital of France?"  # family "knowledge"
ZH_KNOWN = "法国的首都是哪座城市？"


def frontier(rate: float) -> Frontier:
    return Frontier(model=FAKE_MODEL, families={"knowledge": FamilyModel(
        family="knowledge", kind="base_rate", n=10, positives=5, base_rate=rate)},
        calibration={})


@pytest.fixture
def frontier_dir(tmp_path: Path) -> Iterator[Callable[[float], Path]]:
    def write(rate: float) -> Path:
        save_frontier(frontier(rate), tmp_path / "fake-model.json")
        clear_frontier_cache()
        return tmp_path
    yield write
    clear_frontier_cache()


class Scripted:
    """A provider whose reply text depends on the request: replies[i] for the i-th request."""

    def __init__(self, replies: list[str] | None = None, *, status: int = 200,
                 fail_after: int | None = None) -> None:
        self.replies = replies or ["Paris."]
        self.status = status
        self.fail_after = fail_after
        self.bodies: list[dict[str, Any]] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        body = json.loads(request.content)
        self.bodies.append(body)
        index = len(self.bodies) - 1
        failing = self.status != 200 and (self.fail_after is None or index >= self.fail_after)
        if failing:
            return httpx2.Response(self.status, json={"error": {"message": "boom"}})
        text = self.replies[min(index, len(self.replies) - 1)]
        if body.get("stream"):
            return httpx2.Response(200, headers={"content-type": "text/event-stream"},
                                   content=sse_body([text], usage=True))
        return httpx2.Response(200, json=completion_json(text))


def client_for(provider: Scripted) -> openai.OpenAI:
    return openai.OpenAI(api_key="sk-test", base_url="http://127.0.0.1/v1", max_retries=0,
                         http_client=httpx2.Client(transport=httpx2.MockTransport(provider)))


def async_client_for(provider: Scripted) -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(
        api_key="sk-test", base_url="http://127.0.0.1/v1", max_retries=0,
        http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(provider)))


def policy(min_estimate: float = 0.5, min_agreement: float = 0.0) -> PolicyConfig:
    return PolicyConfig(default=FamilyPolicy(min_estimate=min_estimate,
                                             min_agreement=min_agreement))


def ask(provider: Scripted, directory: Path, question: str = KNOWN, **options: Any) -> Any:
    client = guardrail.wrap(client_for(provider), frontier_dirs=[directory], **options)
    return client.chat.completions.create(model=FAKE_MODEL, messages=user(question),
                                          max_tokens=20, seed=0)


def text_of(reply: ChatCompletion) -> str:
    return reply.choices[0].message.content or ""


# ------------------------------------------------------------------ before the call


def test_low_estimate_abstains_without_calling_the_model(frontier_dir: Any) -> None:
    provider = Scripted()
    reply = ask(provider, frontier_dir(0.1), policy=policy(0.5))
    decision = guardrail.decision_of(reply)
    assert type(reply) is ChatCompletion and provider.bodies == []
    assert decision.route == "abstain" and decision.family == "knowledge"
    assert decision.estimate == pytest.approx(0.1)
    assert "below" in decision.reason and decision.calls == ()
    assert text_of(reply) == guardrail.GuardrailOptions().abstain_message_en


def test_abstention_speaks_the_question_language(frontier_dir: Any) -> None:
    reply = ask(Scripted(), frontier_dir(0.1), ZH_KNOWN, policy=policy(0.5),
                abstain_message_zh="不确定。")
    assert text_of(reply) == "不确定。"
    assert guardrail.decision_of(reply).language == "zh"


def test_high_estimate_answers_unchecked(frontier_dir: Any) -> None:
    provider = Scripted(["Paris."])
    reply = ask(provider, frontier_dir(0.9), policy=policy(0.5))
    decision = guardrail.decision_of(reply)
    assert text_of(reply) == "Paris." and len(provider.bodies) == 1
    assert decision.route == "model" and decision.estimate == pytest.approx(0.9)
    assert decision.verdict is None


def test_queries_of_no_family_pass_through(frontier_dir: Any) -> None:
    provider = Scripted(["Rain on the roof."])
    reply = ask(provider, frontier_dir(0.0), HAIKU, policy=policy(0.99))
    decision = guardrail.decision_of(reply)
    assert decision.route == "model" and decision.family is None and decision.estimate is None
    assert "passed through" in decision.reason


def test_a_model_without_frontier_is_flagged_unguarded(tmp_path: Path) -> None:
    clear_frontier_cache()
    reply = ask(Scripted(), tmp_path, max_error_rate=0.2)
    decision = guardrail.decision_of(reply)
    assert decision.route == "model" and "unguarded" in decision.flags
    assert "no frontier" in decision.reason


def test_explicit_thresholds_without_an_estimate_fail_closed(tmp_path: Path) -> None:
    clear_frontier_cache()
    provider = Scripted()
    reply = ask(provider, tmp_path, policy=policy(0.5))
    assert guardrail.decision_of(reply).route == "abstain" and provider.bodies == []


def test_policy_off_answers(frontier_dir: Any) -> None:
    reply = ask(Scripted(), frontier_dir(0.0), max_error_rate=None)
    assert guardrail.decision_of(reply).route == "model"


# ------------------------------------------------------------------ self-consistency


def test_agreeing_samples_keep_the_answer(frontier_dir: Any) -> None:
    provider = Scripted(["The capital is Paris.", "Paris.", "It is Paris.", "Paris!"])
    reply = ask(provider, frontier_dir(0.6), policy=policy(0.5, 0.6))
    decision = guardrail.decision_of(reply)
    assert text_of(reply) == "The capital is Paris."
    assert decision.route == "supervisor" and decision.verdict is not None
    assert decision.verdict["source"] == "self_consistency"
    assert decision.verdict["score"] == pytest.approx(1.0)
    assert [c.role for c in decision.calls] == ["model", "sample", "sample", "sample"]
    samples = provider.bodies[1:]
    assert [b["seed"] for b in samples] == [1, 2, 3]
    assert {b["temperature"] for b in samples} == {0.7}
    assert all(b["max_tokens"] == 20 and b["messages"] == user(KNOWN) for b in samples)
    assert decision.usage.total_tokens == 4 * 16


def test_disagreeing_samples_abstain(frontier_dir: Any) -> None:
    provider = Scripted(["Lyon.", "Paris.", "Marseille.", "Nice."])
    reply = ask(provider, frontier_dir(0.6), policy=policy(0.5, 0.6))
    decision = guardrail.decision_of(reply)
    assert decision.route == "abstain" and decision.verdict is not None
    assert decision.verdict["score"] == pytest.approx(0.0)
    assert text_of(reply) != "Lyon." and len(decision.calls) == 4


def test_check_of_a_stream_replays_the_provider_chunks(frontier_dir: Any) -> None:
    provider = Scripted(["Paris.", "Paris.", "Paris.", "Paris."])
    client = guardrail.wrap(client_for(provider), frontier_dirs=[frontier_dir(0.6)],
                            policy=policy(0.5, 0.6))
    stream = client.chat.completions.create(model=FAKE_MODEL, messages=user(KNOWN),
                                            stream=True, stream_options={"include_usage": True})
    assert isinstance(stream, openai.Stream)
    assert guardrail.decision_of(stream).route == "supervisor"
    chunks = list(stream)
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == "Paris."
    assert chunks[-1].usage is not None and chunks[-1].usage.prompt_tokens == 11
    assert provider.bodies[0]["stream"] is True and "stream" not in provider.bodies[1]


def test_abstaining_on_a_stream_streams_the_abstention(frontier_dir: Any) -> None:
    client = guardrail.wrap(client_for(Scripted()), frontier_dirs=[frontier_dir(0.1)],
                            policy=policy(0.5))
    stream = client.chat.completions.create(model=FAKE_MODEL, messages=user(KNOWN),
                                            stream=True)
    text = "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    assert text == guardrail.GuardrailOptions().abstain_message_en
    assert guardrail.decision_of(stream).route == "abstain"


@pytest.mark.anyio
async def test_async_check_shares_the_graph(frontier_dir: Any) -> None:
    provider = Scripted(["Lyon.", "Paris.", "Marseille.", "Nice."])
    client = guardrail.wrap(async_client_for(provider), frontier_dirs=[frontier_dir(0.6)],
                            policy=policy(0.5, 0.6))
    reply = await client.chat.completions.create(model=FAKE_MODEL, messages=user(KNOWN))
    decision = guardrail.decision_of(reply)
    assert decision.route == "abstain" and len(provider.bodies) == 4


# ------------------------------------------------------------------ supervisor model


@pytest.mark.parametrize(("verdict_text", "route"), [
    ('{"verdict": "agree", "reason": "Paris is right"}', "supervisor"),
    ('```json\n{"verdict": "disagree", "reason": "wrong city"}\n```', "abstain"),
    ("I am not sure what you mean.", "abstain"),  # malformed: unsure
])
def test_supervisor_verdicts(frontier_dir: Any, verdict_text: str, route: str) -> None:
    primary, reviewer = Scripted(["Paris."]), Scripted([verdict_text])
    reply = ask(primary, frontier_dir(0.6), policy=policy(0.5, 0.6),
                supervisor=client_for(reviewer), supervisor_model="reviewer-1")
    decision = guardrail.decision_of(reply)
    assert decision.route == route and decision.verdict is not None
    assert decision.verdict["source"] == "supervisor"
    assert [c.role for c in decision.calls] == ["model", "supervisor"]
    assert decision.calls[1].model == "reviewer-1"
    review = reviewer.bodies[0]
    assert review["model"] == "reviewer-1" and "Paris." in json.dumps(review["messages"])
    assert len(primary.bodies) == 1  # no samples drawn when a supervisor is configured


def test_supervisor_needs_a_model_name() -> None:
    with pytest.raises(guardrail.ConfigError, match="supervisor_model"):
        guardrail.wrap(client_for(Scripted()), supervisor=client_for(Scripted()))


def test_supervisor_kind_must_match_the_client(frontier_dir: Any) -> None:
    client = guardrail.wrap(client_for(Scripted()), supervisor=async_client_for(Scripted()),
                            supervisor_model="r")
    with pytest.raises(guardrail.ConfigError, match="async"):
        client.chat.completions.create(model=FAKE_MODEL, messages=user(KNOWN))


# ------------------------------------------------------------------ faults


def test_a_failing_check_fails_closed_by_default(frontier_dir: Any) -> None:
    reply = ask(Scripted(["Paris."]), frontier_dir(0.6), policy=policy(0.5, 0.6),
                supervisor=client_for(Scripted(status=503)), supervisor_model="r")
    decision = guardrail.decision_of(reply)
    assert decision.route == "abstain" and "check_failed" in decision.flags
    assert "failing closed" in decision.reason and len(decision.calls) == 1


def test_a_failing_check_can_fail_open(frontier_dir: Any) -> None:
    reply = ask(Scripted(["Paris."]), frontier_dir(0.6), policy=policy(0.5, 0.6),
                supervisor=client_for(Scripted(status=500)), supervisor_model="r",
                on_check_failure="answer")
    decision = guardrail.decision_of(reply)
    assert text_of(reply) == "Paris." and decision.route == "model"
    assert {"check_failed", "unchecked"} <= set(decision.flags)


def test_a_failing_sample_fails_closed(frontier_dir: Any) -> None:
    provider = Scripted(["Paris."], status=500, fail_after=1)  # the model answers, samples fail
    reply = ask(provider, frontier_dir(0.6), policy=policy(0.5, 0.6))
    decision = guardrail.decision_of(reply)
    assert decision.route == "abstain" and "check_failed" in decision.flags


def test_a_model_fault_raises_with_the_decision_attached(frontier_dir: Any) -> None:
    with pytest.raises(openai.InternalServerError) as raised:
        ask(Scripted(status=500), frontier_dir(0.9), policy=policy(0.5))
    decision = guardrail.decision_of(raised.value)
    assert "model_failed" in decision.flags and decision.estimate == pytest.approx(0.9)


def test_a_model_fault_can_abstain(frontier_dir: Any) -> None:
    reply = ask(Scripted(status=502), frontier_dir(0.9), policy=policy(0.5),
                on_model_failure="abstain")
    decision = guardrail.decision_of(reply)
    assert decision.route == "abstain" and "model_failed" in decision.flags


def test_client_errors_are_not_faults(frontier_dir: Any) -> None:
    with pytest.raises(openai.BadRequestError):
        ask(Scripted(status=400), frontier_dir(0.9), policy=policy(0.5),
            on_model_failure="abstain")


def test_a_deadline_bounds_each_call(frontier_dir: Any) -> None:
    def slow(request: httpx2.Request) -> httpx2.Response:
        raise httpx2.ReadTimeout("too slow", request=request)

    client = openai.OpenAI(api_key="k", base_url="http://127.0.0.1/v1", max_retries=0,
                           http_client=httpx2.Client(transport=httpx2.MockTransport(slow)))
    reply = guardrail.wrap(client, frontier_dirs=[frontier_dir(0.9)], policy=policy(0.5),
                           call_timeout_s=0.5, on_model_failure="abstain"
                           ).chat.completions.create(model=FAKE_MODEL, messages=user(KNOWN))
    decision = guardrail.decision_of(reply)
    assert decision.route == "abstain" and "APITimeoutError" in decision.reason


# ------------------------------------------------------------------ conversations


def test_follow_up_is_resolved_to_a_tool_answer(frontier_dir: Any) -> None:
    client = guardrail.wrap(client_for(Scripted()), frontier_dirs=[frontier_dir(0.9)])
    messages = [*user("Is 17077 a prime number?"), {"role": "assistant", "content": "Yes."},
                *user("What about 17079?")]
    reply = client.chat.completions.create(model=FAKE_MODEL, messages=messages)
    decision = guardrail.decision_of(reply)
    assert decision.route == "tool" and decision.value == "no"  # 17079 = 3 x 5693
    assert "17079" in json.dumps(decision.problem)


def test_ambiguous_follow_up_goes_to_the_model(frontier_dir: Any) -> None:
    provider = Scripted(["9.9"])
    client = guardrail.wrap(client_for(provider), frontier_dirs=[frontier_dir(0.9)])
    messages = [*user("Which is bigger, 9.11 or 9.9?"), {"role": "assistant", "content": "9.9"},
                *user("and for 9.8?")]
    reply = client.chat.completions.create(model=FAKE_MODEL, messages=messages)
    decision = guardrail.decision_of(reply)
    assert decision.route == "model" and "earlier turns" in decision.reason
    assert provider.bodies[0]["messages"] == messages  # the model sees the whole conversation


def test_a_supervisor_reviews_answers_the_estimate_lets_through(frontier_dir: Any) -> None:
    reviewer = Scripted(['{"verdict": "unsure", "reason": "cannot verify"}'])
    reply = ask(Scripted(["Paris."]), frontier_dir(0.9), policy=policy(0.5),
                supervisor=client_for(reviewer), supervisor_model="r")
    decision = guardrail.decision_of(reply)
    assert decision.route == "abstain" and len(reviewer.bodies) == 1  # unsure is not agree


def test_check_never_skips_the_supervisor(frontier_dir: Any) -> None:
    reviewer = Scripted(['{"verdict": "disagree", "reason": "no"}'])
    never = PolicyConfig(default=FamilyPolicy(min_estimate=0.5, check="never"))
    reply = ask(Scripted(["Paris."]), frontier_dir(0.9), policy=never,
                supervisor=client_for(reviewer), supervisor_model="r")
    assert guardrail.decision_of(reply).route == "model" and reviewer.bodies == []


def test_a_family_the_frontier_never_measured_abstains_under_a_target(
        frontier_dir: Any) -> None:
    provider = Scripted()
    reply = ask(provider, frontier_dir(0.9), "Is 9.11 bigger than 9.9, in Python 3.11?",
                max_error_rate=0.2)
    decision = guardrail.decision_of(reply)
    assert decision.family == "comparison" and decision.route == "abstain"
    assert "no records" in decision.reason and provider.bodies == []
