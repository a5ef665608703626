"""The pipeline's state and runtime context.

State is plain data (pydantic values and dicts). The one exception is ``model_response``: the
provider's ``ChatCompletion`` or open stream, handed from the model node to the respond node
untouched. There is no checkpointer, so nothing is ever serialized. Clients and registries
reach nodes through the runtime context, not the state.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass, field
from typing import Annotated, Any, TypedDict

import openai

from .._decision import CallRecord, Decision
from ..classify import Classification, RouteOutcome
from ..oversight import Oversight, Plan
from ..policy import PolicyConfig
from ..rules import RuleSet
from ..solvers import SolverRegistry
from ..supervisor import Verdict

__all__ = ["AbstainMessages", "PipelineContext", "PipelineState"]


class PipelineState(TypedDict, total=False):
    request: dict[str, Any]  # the create() keyword arguments, exactly as the caller gave them
    classification: Classification
    outcome: RouteOutcome
    plan: Plan
    model_response: Any  # ChatCompletion | openai.Stream | openai.AsyncStream
    model_text: str | None  # the primary answer, when a check needs to read it
    model_chunks: list[Any]  # a stream read to its end for the check, replayed afterwards
    verdict: Verdict | None
    failure: str | None  # a model or check fault the fault policy handles
    error: BaseException | None  # a model fault to re-raise once the decision is made
    flags: tuple[str, ...]
    calls: Annotated[list[CallRecord], operator.add]
    timings: Annotated[list[tuple[str, float]], operator.add]
    started: float
    response: Any
    decision: Decision


@dataclass(frozen=True)
class AbstainMessages:
    en: str = "I can't answer this reliably, so I won't guess."
    zh: str = "我无法可靠地回答这个问题，所以不做猜测。"

    def for_language(self, language: str) -> str:
        return self.zh if language == "zh" else self.en


@dataclass(frozen=True)
class PipelineContext:
    client: openai.OpenAI | openai.AsyncOpenAI
    rules: RuleSet
    registry: SolverRegistry
    abstain: AbstainMessages = field(default_factory=AbstainMessages)
    oversight: Oversight = field(default_factory=lambda: Oversight(policy=PolicyConfig()))
