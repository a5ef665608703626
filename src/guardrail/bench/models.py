"""The data every benchmark part shares: items, grades and run records (pydantic, JSONL)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["AnswerType", "BenchItem", "Grade", "Mode", "Outcome", "RunRecord"]

AnswerType = Literal["number", "yes_no", "text", "list", "choice", "none"]
Outcome = Literal["correct", "incorrect", "avoidant"]
Mode = Literal["raw", "guarded"]


class BenchItem(BaseModel):
    """One benchmark question with its ground truth and difficulty features.

    ``answer_type`` "none" marks questions whose right behaviour is to decline (fictional
    concepts): there, an avoidant reply is graded correct and any answer incorrect.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    suite: str
    family: str
    prompt: str
    answer: str | None
    answer_type: AnswerType
    choices: tuple[str, ...] = Field(
        default=(), description="For 'choice' items: the candidates the question names.")
    difficulty: dict[str, float] = Field(
        default_factory=dict, description="Raw difficulty features (digits, carries, ...).")
    difficulty_bin: int = Field(ge=0, le=4, description="0 (easiest) .. 4 (hardest).")
    template_id: str
    lang: Literal["en", "zh"] = "en"
    source: str
    has_tool: bool = Field(description="A deterministic tool exists for this family.")


class Grade(BaseModel):
    """How one reply was graded (see guardrail.bench.grading for the rules)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    outcome: Outcome
    extracted: str | None = None
    reason: str = ""
    digit_accuracy: float | None = Field(
        default=None, description="Share of answer digits right, aligned from the right.")
    relative_error: float | None = Field(default=None, description="|got - want| / |want|.")


class RunRecord(BaseModel):
    """One reply to one item in one mode: what the cache stores and the metrics read."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    key: str
    item_id: str
    suite: str
    family: str
    difficulty_bin: int
    template_id: str
    lang: str
    has_tool: bool
    mode: Mode
    model: str
    endpoint: str
    reply: str
    prompt: str = Field(default="", description="The question as asked (frontier features).")
    route: str | None = None
    tool: str | None = None
    reason: str | None = None
    latency_ms: float
    prompt_tokens: int = 0
    completion_tokens: int = 0
    calls: int = 0
    error: str | None = None
    grade: Grade
    estimate: float | None = Field(
        default=None, description="P(correct) the guardrail assigns the item: 1 for a tool "
        "answer, else the frontier estimate for the model (None: no frontier, no family).")
    samples: tuple[str, ...] = Field(
        default=(), description="Raw mode with --samples: the extra sampled replies.")
    created: float
