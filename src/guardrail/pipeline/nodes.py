"""Small nodes, each returning a partial state update. All but the model call are pure."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from typing import Any, Literal

import openai
from langgraph.runtime import Runtime
from openai import NotGiven, Omit
from openai.types import CompletionUsage
from openai.types.chat import ChatCompletionChunk

from .._decision import CallRecord, Decision, TokenUsage, attach_decision
from .._responses import (
    GuardedAsyncStream,
    GuardedStream,
    completion_from_text,
    sse_from_text,
)
from ..classify import Classification, RouteOutcome, classify, passthrough_reason, resolve
from ..conversation import resolve_question
from ..oversight import is_check_fault, is_fault
from .state import PipelineContext, PipelineState

__all__ = [
    "after_classify",
    "after_estimate",
    "after_model",
    "after_solve",
    "call_model",
    "call_model_async",
    "classify_node",
    "decide",
    "estimate",
    "given",
    "respond",
    "solve",
    "supervise",
    "supervise_async",
]


def _ms(since: float) -> float:
    return round((time.perf_counter() - since) * 1000, 3)


def given(request: dict[str, Any]) -> dict[str, Any]:
    """The request without openai's NOT_GIVEN/omit sentinels, for inspection only."""
    return {k: v for k, v in request.items() if not isinstance(v, NotGiven | Omit)}


def classify_node(state: PipelineState, runtime: Runtime[PipelineContext]) -> dict[str, Any]:
    started = time.perf_counter()
    request = given(state["request"])
    reason = passthrough_reason(request)
    if reason is not None:
        classification = Classification(query=None, reason=reason)
    else:
        question = resolve_question(request.get("messages") or ())
        if question.text is None:
            classification = Classification(query=None, reason=question.reason)
        else:
            classification = classify(question.text, runtime.context.rules)
            if question.reason:
                classification = classification.model_copy(update={
                    "reason": f"{question.reason}; {classification.reason}".rstrip("; ")})
    return {"classification": classification, "timings": [("classify", _ms(started))]}


def after_classify(state: PipelineState) -> Literal["solve", "estimate"]:
    return "solve" if state["classification"].candidates else "estimate"


def solve(state: PipelineState, runtime: Runtime[PipelineContext]) -> dict[str, Any]:
    started = time.perf_counter()
    context = runtime.context
    outcome = resolve(state["classification"], context.rules, context.registry)
    return {"outcome": outcome, "timings": [("solve", _ms(started))]}


def after_solve(state: PipelineState) -> Literal["respond", "estimate"]:
    return "respond" if state["outcome"].route == "tool" else "estimate"


def estimate(state: PipelineState, runtime: Runtime[PipelineContext]) -> dict[str, Any]:
    """Plan before any call: the frontier estimate and the family's policy."""
    started = time.perf_counter()
    classification = state["classification"]
    outcome = state.get("outcome") or RouteOutcome(
        route="model", reason=classification.reason or "no rule matched")
    plan = runtime.context.oversight.plan(classification, outcome,
                                          _model_name(state["request"]))
    return {"outcome": outcome, "plan": plan, "timings": [("estimate", _ms(started))]}


def after_estimate(state: PipelineState) -> Literal["call_model", "decide"]:
    return "decide" if state["plan"].action == "abstain" else "call_model"


def _usage(usage: CompletionUsage | None) -> TokenUsage | None:
    if usage is None:
        return None
    return TokenUsage(prompt_tokens=usage.prompt_tokens,
                      completion_tokens=usage.completion_tokens, total_tokens=usage.total_tokens)


def _model_name(request: dict[str, Any]) -> str:
    return str(given(request).get("model", ""))


def _model_update(response: Any, request: dict[str, Any], started: float,
                  chunks: list[ChatCompletionChunk] | None = None) -> dict[str, Any]:
    """The state update after the model replied; a check needs the answer's text."""
    update: dict[str, Any] = {"model_response": response, "timings": [("model", _ms(started))]}
    if chunks is not None:  # a stream read to its end so that it could be checked
        usage = next((c.usage for c in reversed(chunks) if c.usage is not None), None)
        update["model_chunks"] = chunks
        update["model_text"] = "".join(
            c.choices[0].delta.content or "" for c in chunks if c.choices)
        update["calls"] = [CallRecord(role="model", model=_model_name(request),
                                      latency_ms=_ms(started), usage=_usage(usage))]
    elif not isinstance(response, openai.Stream | openai.AsyncStream):
        update["model_text"] = response.choices[0].message.content if response.choices else None
        update["calls"] = [CallRecord(role="model", model=_model_name(request),
                                      latency_ms=_ms(started), usage=_usage(response.usage))]
    return update


def _fault(exc: Exception, what: str, request: dict[str, Any], started: float
           ) -> dict[str, Any]:
    return {"failure": f"{what} failed: {type(exc).__name__}: {exc}", "error": exc,
            "timings": [(what, _ms(started))],
            "calls": [CallRecord(role="model", model=_model_name(request),
                                 latency_ms=_ms(started))] if what == "model" else []}


def call_model(state: PipelineState, runtime: Runtime[PipelineContext]) -> dict[str, Any]:
    """Forward the request untouched; client errors surface unchanged, faults go to policy."""
    started = time.perf_counter()
    oversight = runtime.context.oversight
    client = runtime.context.client
    assert isinstance(client, openai.OpenAI)
    request = state["request"]
    try:
        response = oversight.bounded(client).chat.completions.create(**request)
        chunks = None
        if state["plan"].action == "check" and isinstance(response, openai.Stream):
            chunks = list(response)  # the check reads the whole answer before it is released
    except Exception as exc:
        if not is_fault(exc):
            raise
        return _fault(exc, "model", request, started)
    return _model_update(response, request, started, chunks)


async def call_model_async(state: PipelineState, runtime: Runtime[PipelineContext]
                           ) -> dict[str, Any]:
    started = time.perf_counter()
    oversight = runtime.context.oversight
    client = runtime.context.client
    assert isinstance(client, openai.AsyncOpenAI)
    request = state["request"]
    try:
        response = await oversight.bounded(client).chat.completions.create(**request)
        chunks = None
        if state["plan"].action == "check" and isinstance(response, openai.AsyncStream):
            chunks = [chunk async for chunk in response]
    except Exception as exc:
        if not is_fault(exc):
            raise
        return _fault(exc, "model", request, started)
    return _model_update(response, request, started, chunks)


def after_model(state: PipelineState) -> Literal["supervise", "decide"]:
    if state.get("failure") is None and state["plan"].action == "check":
        return "supervise"
    return "decide"


def _question(state: PipelineState) -> str:
    query = state["classification"].query
    return query.text if query is not None else ""


def _check_failed(exc: Exception, started: float) -> dict[str, Any]:
    """A provider error of the check goes to the fault policy; anything else is a bug."""
    if not is_check_fault(exc):
        raise exc
    return {"failure": f"check failed: {type(exc).__name__}: {exc}",
            "timings": [("supervise", _ms(started))]}


def supervise(state: PipelineState, runtime: Runtime[PipelineContext]) -> dict[str, Any]:
    """A second opinion on the model's answer: supervisor model or self-consistency."""
    started = time.perf_counter()
    client = runtime.context.client
    assert isinstance(client, openai.OpenAI)
    try:
        verdict, calls = runtime.context.oversight.check(
            client, given(state["request"]), _question(state), state.get("model_text") or "")
    except Exception as exc:
        return _check_failed(exc, started)
    return {"verdict": verdict, "calls": calls, "timings": [("supervise", _ms(started))]}


async def supervise_async(state: PipelineState, runtime: Runtime[PipelineContext]
                          ) -> dict[str, Any]:
    started = time.perf_counter()
    client = runtime.context.client
    assert isinstance(client, openai.AsyncOpenAI)
    try:
        verdict, calls = await runtime.context.oversight.check_async(
            client, given(state["request"]), _question(state), state.get("model_text") or "")
    except Exception as exc:
        return _check_failed(exc, started)
    return {"verdict": verdict, "calls": calls, "timings": [("supervise", _ms(started))]}


def decide(state: PipelineState, runtime: Runtime[PipelineContext]) -> dict[str, Any]:
    """Settle the route from the plan, the verdict and any fault (pure)."""
    started = time.perf_counter()
    route, reason, flags = runtime.context.oversight.decide(
        state["plan"], state.get("verdict"), state.get("failure"),
        model_failed=state.get("error") is not None)
    outcome = state["outcome"].model_copy(update={"route": route, "reason": reason})
    return {"outcome": outcome, "flags": flags, "timings": [("decide", _ms(started))]}


def respond(state: PipelineState, runtime: Runtime[PipelineContext]) -> dict[str, Any]:
    """Turn the outcome into the response the caller receives, and the decision behind it."""
    started = time.perf_counter()
    context = runtime.context
    request = given(state["request"])
    outcome = state["outcome"]
    classification = state["classification"]
    query = classification.query
    language = query.language if query is not None else "en"
    model = _model_name(request)
    streaming = request.get("stream") is True
    plan = state.get("plan")
    verdict = state.get("verdict")

    text: str | None = None
    if outcome.route == "tool":
        assert outcome.solution is not None
        text = classification.framing.format(outcome.solution.value, outcome.solution.answer)
    elif outcome.route == "abstain":
        text = context.abstain.for_language(language)

    timings = [*state.get("timings", []), ("respond", _ms(started))]
    decision = outcome.decision(
        language=language, model=model,
        timings_ms={**dict(timings), "total": _ms(state["started"])},
        calls=tuple(state.get("calls", [])),
        estimate=None if plan is None or plan.estimate is None else round(plan.estimate, 4),
        verdict=None if verdict is None else verdict.model_dump(mode="json"),
        flags=tuple(state.get("flags", ())))

    response: Any
    error = state.get("error")
    if text is not None:
        if streaming:
            include_usage = bool((request.get("stream_options") or {}).get("include_usage"))
            body = sse_from_text(text, model=model, include_usage=include_usage)
            stream_type = GuardedAsyncStream if isinstance(
                context.client, openai.AsyncOpenAI) else GuardedStream
            response = stream_type.from_sse(body, client=context.client)  # type: ignore[arg-type]
        else:
            n = request.get("n") if isinstance(request.get("n"), int) else 1
            response = completion_from_text(text, model=model, n=n or 1)
    elif error is not None:
        # Failing open with no answer to give: the provider's error surfaces, decision attached.
        return {"response": None, "decision": decision}
    else:
        response = state["model_response"]
        if isinstance(response, openai.Stream | openai.AsyncStream):
            chunks = state.get("model_chunks")
            response = (_replay(response, chunks, decision) if chunks is not None
                        else _guard_stream(response, decision, model, started=state["started"]))
    return {"response": response, "decision": decision}


def _guard_stream(stream: openai.Stream[Any] | openai.AsyncStream[Any], decision: Decision,
                  model: str, *, started: float) -> GuardedStream | GuardedAsyncStream:
    """Pass the provider's chunks through untouched; complete the decision at the end."""
    guarded: GuardedStream | GuardedAsyncStream

    def finish(usage: CompletionUsage | None) -> None:
        call = CallRecord(role="model", model=model, latency_ms=_ms(started),
                          usage=_usage(usage))
        final = decision.model_copy(update={
            "calls": (*decision.calls, call),
            "timings_ms": {**decision.timings_ms, "stream": _ms(started)},
        })
        attach_decision(guarded, final)

    if isinstance(stream, openai.AsyncStream):
        guarded = GuardedAsyncStream(stream.__aiter__(), response=stream.response,
                                     client=stream._client, on_finish=finish)
    else:
        guarded = GuardedStream(iter(stream), response=stream.response,
                                client=stream._client, on_finish=finish)
    return guarded


def _replay(stream: openai.Stream[Any] | openai.AsyncStream[Any],
            chunks: list[ChatCompletionChunk], decision: Decision
            ) -> GuardedStream | GuardedAsyncStream:
    """The provider's own chunks, read once for the check, handed to the caller as a stream."""
    replayed: GuardedStream | GuardedAsyncStream
    if isinstance(stream, openai.AsyncStream):
        async def chunk_iterator() -> AsyncIterator[ChatCompletionChunk]:
            for chunk in chunks:
                yield chunk

        replayed = GuardedAsyncStream(chunk_iterator(), response=stream.response,
                                      client=stream._client)
    else:
        replayed = GuardedStream(iter(chunks), response=stream.response, client=stream._client)
    attach_decision(replayed, decision)
    return replayed
