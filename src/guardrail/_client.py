"""The drop-in wrapper: ``guardrail.wrap(OpenAI())`` behaves like the client it wraps.

Only ``chat.completions.create`` is guarded; every other attribute is the wrapped client's
own. The caller's client is never mutated: the wrapper holds it and forwards to it.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

import openai
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ._decision import Decision, attach_decision
from ._errors import ConfigError
from ._logging import get_logger
from .classify import RouteOutcome, classify, resolve
from .oversight import Oversight, policy_from_options
from .pipeline import AbstainMessages, PipelineContext, compiled_graph
from .policy import PolicyConfig
from .rules import RuleSet, load_rules
from .solvers import SolverRegistry, default_registry

__all__ = ["GuardedAsyncOpenAI", "GuardedOpenAI", "Guardrail", "GuardrailOptions", "wrap"]

log = get_logger("guardrail")

# The default risk target: among answers let through in a family with a learned frontier, at
# most one in five wrong. Stricter targets cost coverage; `guardrail bench` shows how much.
DEFAULT_MAX_ERROR_RATE = 0.2


class GuardrailOptions(BaseModel):
    """Options of :func:`wrap`; unknown options are an error, not silently ignored."""

    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)

    rules: tuple[str | Path, ...] = Field(
        default=(), description="Extra rule files or directories, loaded after the defaults.")
    include_default_rules: bool = True
    registry: SolverRegistry | None = Field(
        default=None, description="Solvers to use; default: the built-in registry.")
    log_prompts: bool = Field(
        default=False, description="Include question text in log events (off by default).")
    abstain_message_en: str = AbstainMessages.en
    abstain_message_zh: str = AbstainMessages.zh
    max_error_rate: float | None = Field(
        default=DEFAULT_MAX_ERROR_RATE, gt=0, lt=1, description=(
            "Risk target for every family with a learned frontier: among the answers let "
            "through, at most this share wrong (with the policy's confidence). None turns "
            "the frontier policy off."))
    policy: PolicyConfig | str | Path | None = Field(
        default=None, description="Per-family targets or thresholds (object or YAML file); "
        "overrides max_error_rate.")
    frontier: str | Path | None = Field(
        default=None, description="A frontier file to use whatever the model; default: the "
        "one learned for the model named in the request, if any.")
    frontier_dirs: tuple[str | Path, ...] = Field(
        default=(), description="Directories searched for <model>.json frontiers first.")
    supervisor: openai.OpenAI | openai.AsyncOpenAI | None = Field(
        default=None, description="A second client reviewing risky answers (best: another "
        "model family). Without it, the check is self-consistency.")
    supervisor_model: str | None = None
    consistency_samples: int = Field(
        default=3, ge=0, le=16, description="Samples the self-consistency check draws; 0 "
        "disables it.")
    sample_temperature: float = Field(default=0.7, gt=0, le=2)
    on_model_failure: Literal["raise", "abstain"] = Field(
        default="raise", description="When the model call fails (timeout, connection, 5xx): "
        "raise the provider's error as the unwrapped client would (decision_of(error) still "
        "works), or abstain with a normal response.")
    on_check_failure: Literal["abstain", "answer"] = Field(
        default="abstain", description="When the check fails (timeout, 5xx, malformed "
        "reply): abstain (fail closed) or return the model's answer flagged 'unchecked' "
        "(fail open).")
    call_timeout_s: float | None = Field(
        default=None, gt=0, description="Deadline per model and supervisor call; default: "
        "the client's own timeout.")

    @model_validator(mode="after")
    def _supervisor_named(self) -> GuardrailOptions:
        if self.supervisor is not None and not self.supervisor_model:
            raise ValueError("supervisor_model is required with a supervisor client")
        return self


class Guardrail:
    """The synchronous-agnostic core shared by the sync and async wrappers."""

    def __init__(self, options: GuardrailOptions) -> None:
        self.options = options
        self.registry = options.registry or default_registry
        self.rules: RuleSet = load_rules(options.rules,
                                         include_defaults=options.include_default_rules)
        self.rules.check_routes(self.registry.names())
        self.abstain = AbstainMessages(en=options.abstain_message_en,
                                       zh=options.abstain_message_zh)
        self.oversight = Oversight(
            policy=policy_from_options(options.max_error_rate, options.policy),
            frontier_file=Path(options.frontier) if options.frontier is not None else None,
            frontier_dirs=tuple(Path(d) for d in options.frontier_dirs),
            supervisor=options.supervisor, supervisor_model=options.supervisor_model,
            consistency_samples=options.consistency_samples,
            sample_temperature=options.sample_temperature,
            on_model_failure=options.on_model_failure, on_check_failure=options.on_check_failure,
            call_timeout_s=options.call_timeout_s)

    @classmethod
    def from_options(cls, **options: Any) -> Guardrail:
        try:
            return cls(GuardrailOptions(**options))
        except ValidationError as exc:
            error = exc.errors()[0]
            name = ".".join(str(part) for part in error["loc"])
            raise ConfigError(f"guardrail option {name!r}: {error['msg']}") from None

    def context(self, client: openai.OpenAI | openai.AsyncOpenAI) -> PipelineContext:
        supervisor = self.options.supervisor
        asynchronous = isinstance(client, openai.AsyncOpenAI)
        if supervisor is not None and isinstance(supervisor, openai.AsyncOpenAI) != asynchronous:
            raise ConfigError("the supervisor client must be async exactly when the wrapped "
                              "client is (AsyncOpenAI with AsyncOpenAI)")
        return PipelineContext(client=client, rules=self.rules, registry=self.registry,
                               abstain=self.abstain, oversight=self.oversight)

    def route(self, question: str) -> RouteOutcome:
        """Routing without any model call: classify, then let the solvers try."""
        return resolve(classify(question, self.rules), self.rules, self.registry)

    def finish(self, state: dict[str, Any]) -> Any:
        response, decision = state["response"], state["decision"]
        self._log(state, decision)
        if response is None:  # failing open on a model fault: nothing to answer with
            error = state["error"]
            attach_decision(error, decision)  # decision_of(error) still tells what happened
            raise error
        attach_decision(response, decision)
        return response

    def _log(self, state: dict[str, Any], decision: Decision) -> None:
        event: dict[str, Any] = decision.model_dump(
            include={"route", "reason", "family", "rule_id", "tool", "value", "language",
                     "model", "timings_ms", "estimate", "flags"})
        if decision.verdict is not None:
            # the raw verdict may quote the prompt, which is logged only on request
            verdict = {k: v for k, v in decision.verdict.items() if k != "raw"}
            log.info("supervisor.verdict", family=decision.family, **verdict)
        outcome = state.get("outcome")
        for solver, reason in outcome.declined if outcome is not None else ():
            log.debug("solver.declined", solver=solver, reason=reason)
        if self.options.log_prompts:
            query = state["classification"].query
            event["prompt"] = query.text if query is not None else None
        log.info("route.decided", **event)


class _Completions:
    def __init__(self, owner: GuardedOpenAI) -> None:
        self._owner = owner

    def create(self, **params: Any) -> Any:
        """Same arguments and return types as ``OpenAI().chat.completions.create``.

        Returns a ``ChatCompletion``, or a ``Stream[ChatCompletionChunk]`` with ``stream=True``;
        ``guardrail.decision_of(result)`` tells how it was answered.
        """
        owner = self._owner
        state = compiled_graph(asynchronous=False).invoke(
            {"request": params, "started": time.perf_counter()},
            context=owner._guardrail.context(owner._client),
        )
        return owner._guardrail.finish(state)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._owner._client.chat.completions, name)


class _AsyncCompletions:
    def __init__(self, owner: GuardedAsyncOpenAI) -> None:
        self._owner = owner

    async def create(self, **params: Any) -> Any:
        """Same arguments and return types as ``AsyncOpenAI().chat.completions.create``."""
        owner = self._owner
        state = await compiled_graph(asynchronous=True).ainvoke(
            {"request": params, "started": time.perf_counter()},
            context=owner._guardrail.context(owner._client),
        )
        return owner._guardrail.finish(state)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._owner._client.chat.completions, name)


class _Chat:
    def __init__(self, owner: GuardedOpenAI | GuardedAsyncOpenAI,
                 completions: _Completions | _AsyncCompletions) -> None:
        self._owner = owner
        self.completions = completions

    def __getattr__(self, name: str) -> Any:
        return getattr(self._owner._client.chat, name)


class GuardedOpenAI:
    """An ``openai.OpenAI`` look-alike whose chat completions pass through the guardrail."""

    def __init__(self, client: openai.OpenAI, guardrail: Guardrail) -> None:
        self._client = client
        self._guardrail = guardrail

    @cached_property
    def chat(self) -> _Chat:
        return _Chat(self, _Completions(self))

    @property
    def unwrapped(self) -> openai.OpenAI:
        """The client this wrapper forwards to (never modified by guardrail)."""
        return self._client

    @property
    def guardrail(self) -> Guardrail:
        return self._guardrail

    def with_options(self, **options: Any) -> GuardedOpenAI:
        """Like ``OpenAI.with_options``: a new wrapped client; this one is unchanged."""
        return GuardedOpenAI(self._client.with_options(**options), self._guardrail)

    copy = with_options

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)

    def __repr__(self) -> str:
        return f"<guardrail.wrap({type(self._client).__name__}) base_url={self._client.base_url}>"


class GuardedAsyncOpenAI:
    """An ``openai.AsyncOpenAI`` look-alike whose chat completions pass through the guardrail."""

    def __init__(self, client: openai.AsyncOpenAI, guardrail: Guardrail) -> None:
        self._client = client
        self._guardrail = guardrail

    @cached_property
    def chat(self) -> _Chat:
        return _Chat(self, _AsyncCompletions(self))

    @property
    def unwrapped(self) -> openai.AsyncOpenAI:
        return self._client

    @property
    def guardrail(self) -> Guardrail:
        return self._guardrail

    def with_options(self, **options: Any) -> GuardedAsyncOpenAI:
        return GuardedAsyncOpenAI(self._client.with_options(**options), self._guardrail)

    copy = with_options

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)

    def __repr__(self) -> str:
        return f"<guardrail.wrap({type(self._client).__name__}) base_url={self._client.base_url}>"


def wrap(client: openai.OpenAI | openai.AsyncOpenAI, *,
         rules: Sequence[str | Path] = (), **options: Any) -> Any:
    """Put the guardrail in front of an OpenAI-compatible client.

    Accepts ``OpenAI``, ``AsyncOpenAI`` and their Azure subclasses, pointed at any
    OpenAI-compatible endpoint. The returned object behaves like the client; only
    ``chat.completions.create`` is guarded.

    Args:
        client: the client to guard. It is not modified.
        rules: extra routing-rule files or directories (YAML), after the built-in ones.
        **options: see :class:`GuardrailOptions`.

    Example:
        >>> import guardrail
        >>> client = guardrail.wrap(guardrail.local_client())
        >>> model = client.models.list().data[0].id
        >>> reply = client.chat.completions.create(
        ...     model=model,
        ...     messages=[{"role": "user", "content": "How many r's are in strawberry?"}])
        >>> guardrail.decision_of(reply).route, guardrail.decision_of(reply).value
        ('tool', '3')
    """
    guardrail = Guardrail.from_options(rules=tuple(rules), **options)
    if isinstance(client, openai.AsyncOpenAI):
        return GuardedAsyncOpenAI(client, guardrail)
    if isinstance(client, openai.OpenAI):
        return GuardedOpenAI(client, guardrail)
    if isinstance(client, GuardedOpenAI | GuardedAsyncOpenAI):
        raise ConfigError("this client is already guarded; wrap the original client once")
    raise ConfigError(
        f"guardrail.wrap expects openai.OpenAI or openai.AsyncOpenAI, got {type(client).__name__}"
    )
