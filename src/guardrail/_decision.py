"""The decision record behind every guarded response, and the one accessor that reads it."""

from __future__ import annotations

import threading
import weakref
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field

__all__ = ["CallRecord", "Decision", "Route", "TokenUsage", "attach_decision", "decision_of"]

Route = Literal["tool", "model", "supervisor", "abstain"]


class TokenUsage(BaseModel):
    """Token counts of one call, or of a whole decision."""

    model_config = ConfigDict(frozen=True)

    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0

    def __add__(self, other: TokenUsage) -> TokenUsage:
        return TokenUsage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            total_tokens=self.total_tokens + other.total_tokens,
        )


class CallRecord(BaseModel):
    """One call the guardrail made to a model on the way to a decision."""

    model_config = ConfigDict(frozen=True)

    role: Literal["model", "supervisor", "sample"] = Field(
        description="The primary model, the supervisor model, or a self-consistency sample.")
    model: str
    latency_ms: float
    usage: TokenUsage | None = Field(
        default=None, description="None when the provider reported no usage (e.g. a stream "
        "requested without stream_options.include_usage)."
    )


class Decision(BaseModel):
    """Why a response is what it is.

    Read it with :func:`guardrail.decision_of`::

        response = client.chat.completions.create(model=model, messages=[...])
        decision = guardrail.decision_of(response)
        decision.route   # "tool" | "model" | "supervisor" | "abstain"
    """

    model_config = ConfigDict(frozen=True)

    route: Route
    reason: str
    family: str | None = None
    rule_id: str | None = None
    tool: str | None = Field(default=None, description="Name of the solver that answered.")
    value: str | None = Field(default=None, description="Canonical answer of a tool, else None.")
    answer: str | None = Field(default=None, description="The sentence a tool answered with.")
    problem: dict[str, Any] | None = Field(default=None, description="The parsed, typed problem.")
    language: str = "en"
    model: str | None = Field(default=None, description="The model named in the request.")
    timings_ms: dict[str, float] = Field(
        default_factory=dict, description="Milliseconds spent per pipeline stage, and 'total'."
    )
    calls: tuple[CallRecord, ...] = ()
    estimate: float | None = Field(
        default=None, description="The frontier's P(correct) for this model, family and query.")
    verdict: dict[str, Any] | None = Field(
        default=None, description="The supervisor's or self-consistency check's verdict.")
    flags: tuple[str, ...] = Field(
        default=(), description="Caveats, e.g. 'supervisor_failed' when a fail-open policy "
        "returned an unchecked answer.")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def usage(self) -> TokenUsage:
        """Tokens of every call made for this decision, summed."""
        total = TokenUsage()
        for call in self.calls:
            if call.usage is not None:
                total = total + call.usage
        return total


# Responses are openai pydantic models (unhashable) and our stream objects. Keeping the
# decision beside them, keyed by identity and dropped when the response is collected, leaves
# the response byte-for-byte what the provider sent: no extra field ever reaches model_dump().
_decisions: dict[int, Decision] = {}
_lock = threading.Lock()


def attach_decision(response: object, decision: Decision) -> None:
    key = id(response)
    with _lock:
        first = key not in _decisions
        _decisions[key] = decision
    if first:
        weakref.finalize(response, _forget, key)


def _forget(key: int) -> None:
    with _lock:
        _decisions.pop(key, None)


def decision_of(response: object) -> Decision:
    """Return the decision behind a response of a guarded client.

    Works on a ``ChatCompletion`` and on a stream (as soon as ``create`` has returned).

    Raises:
        GuardrailError: the object did not come from a client made by :func:`guardrail.wrap`.

    Example:
        >>> import guardrail
        >>> guardrail.decision_of(object())
        Traceback (most recent call last):
        ...
        guardrail._errors.GuardrailError: no guardrail decision is attached to this object ...
    """
    with _lock:
        found = _decisions.get(id(response))
    if found is None:
        from ._errors import GuardrailError

        raise GuardrailError(
            "no guardrail decision is attached to this object "
            f"({type(response).__name__}); was it returned by a client from guardrail.wrap()?"
        )
    return found
