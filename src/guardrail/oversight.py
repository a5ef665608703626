"""What the guardrail does with answers it cannot compute: estimate, check, decide.

For a query a tool did not answer, :class:`Oversight` looks up the learned frontier of the
model named in the request, estimates P(correct) from the query text, and turns the risk
policy of the query's family into a plan: answer, check (a supervisor model or
self-consistency samples), or abstain before any call is made. After the model (and the
check) replied, :meth:`Oversight.decide` settles the route. Everything here is pure except
:meth:`Oversight.check` / :meth:`Oversight.check_async`, the only calls it makes.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import openai
from pydantic import BaseModel, ConfigDict

from ._decision import CallRecord, TokenUsage
from .classify import Classification, RouteOutcome
from .features import query_features
from .frontier import Frontier, find_frontier, load_frontier
from .policy import (
    FamilyPolicy,
    PolicyConfig,
    Thresholds,
    calibrate,
    explicit_thresholds,
    load_policy,
)
from .supervisor import Verdict, parse_verdict, review_messages, sample_params, self_consistency

__all__ = ["FAULTS", "MalformedReply", "Oversight", "Plan", "is_check_fault", "is_fault",
           "policy_from_options"]

Action = Literal["answer", "check", "abstain"]


class Plan(BaseModel):
    """What to do with a query the model must answer, decided before calling it."""

    model_config = ConfigDict(frozen=True)

    action: Action
    reason: str
    family: str | None = None
    estimate: float | None = None
    thresholds: Thresholds | None = None
    flags: tuple[str, ...] = ()


class MalformedReply(ValueError):
    """A provider reply without the text a check needs (a fault, like a timeout)."""


# Provider failures the fault policy covers. Client errors (4xx: a bad request, a wrong key)
# are the caller's to fix and always surface.
FAULTS = (openai.APITimeoutError, openai.APIConnectionError, openai.InternalServerError,
          TimeoutError)


def is_fault(exc: BaseException) -> bool:
    if isinstance(exc, (*FAULTS, MalformedReply)):
        return True
    return isinstance(exc, openai.APIStatusError) and exc.status_code >= 500


def is_check_fault(exc: BaseException) -> bool:
    """Any provider error of the check: the primary answer exists, the policy decides."""
    return isinstance(exc, openai.APIError | MalformedReply | TimeoutError)


@dataclass
class Oversight:
    """The frontier, the policy and the check, as configured on one wrapped client."""

    policy: PolicyConfig
    frontier_file: Path | None = None
    frontier_dirs: tuple[Path, ...] = ()
    supervisor: openai.OpenAI | openai.AsyncOpenAI | None = None
    supervisor_model: str | None = None
    consistency_samples: int = 3
    sample_temperature: float = 0.7
    on_model_failure: Literal["raise", "abstain"] = "raise"
    on_check_failure: Literal["abstain", "answer"] = "abstain"
    call_timeout_s: float | None = None
    _thresholds: dict[tuple[str, str], Thresholds | None] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # ------------------------------------------------------------------ pure: before the call

    def frontier(self, model: str) -> Frontier | None:
        if self.frontier_file is not None:
            return _load_cached(self.frontier_file)
        return find_frontier(model, self.frontier_dirs)

    def thresholds(self, model: str, family: str) -> Thresholds | None:
        """The family's thresholds: explicit ones, or calibrated on the frontier's records."""
        key = (model, family)
        with self._lock:
            if key in self._thresholds:
                return self._thresholds[key]
        found = self._compute_thresholds(model, family)
        with self._lock:
            self._thresholds[key] = found
        return found

    def _compute_thresholds(self, model: str, family: str) -> Thresholds | None:
        policy = self.policy.for_family(family)
        if policy is None:
            return None
        if policy.max_error_rate is None:
            return explicit_thresholds(policy, family)
        frontier = self.frontier(model)
        if frontier is None:
            return None
        examples = [e for e in frontier.policy_examples if e.family == family]
        if not examples:
            # The model is known, this family of questions never measured: nothing supports
            # an answer at the target, so none is given.
            return Thresholds(
                family=family, min_estimate=1.01, max_error_rate=policy.max_error_rate,
                confidence=self.policy.confidence, feasible=False,
                method=f"no records of {model} on {family} questions")
        if not self.can_check or policy.check == "never":
            # The calibration agreement came from self-consistency; without that check, the
            # thresholds are learned on the estimate alone.
            examples = [e.model_copy(update={"agreement": None}) for e in examples]
        return calibrate(examples, max_error_rate=policy.max_error_rate,
                         confidence=self.policy.confidence)

    @property
    def can_check(self) -> bool:
        return self.supervisor is not None or self.consistency_samples > 0

    def plan(self, classification: Classification, outcome: RouteOutcome, model: str) -> Plan:
        """Answer, check or abstain, from the query text alone (no call made yet)."""
        family = outcome.family
        if outcome.route == "abstain":
            return Plan(action="abstain", reason=outcome.reason, family=family)
        query = classification.query
        if family is None or query is None or family in self.policy.passthrough_families:
            return Plan(action="answer", family=family,
                        reason=outcome.reason + "; no correctness notion, passed through"
                        if family is None else f"family {family} passes through")
        frontier = self.frontier(model)
        estimate = None
        if frontier is not None:
            estimate = frontier.estimate(family, query_features(query.text))
        thresholds = self.thresholds(model, family)
        wants_check = outcome.route == "supervisor"
        if thresholds is not None and estimate is None and thresholds.min_estimate > 0:
            return Plan(action="abstain", family=family, thresholds=thresholds,
                        reason=thresholds.method if not thresholds.feasible else
                        f"the frontier has no estimate for {family} questions")
        if thresholds is None or estimate is None:
            why = (f"no frontier for model {model!r}" if frontier is None
                   else f"no risk policy for family {family}")
            if wants_check and self.can_check:
                return Plan(action="check", family=family, estimate=estimate,
                            reason=f"rule {outcome.rule_id} asks for a check; {why}")
            return Plan(action="answer", family=family, estimate=estimate, reason=why,
                        flags=("unguarded",))
        action = thresholds.decide_before(estimate)
        if action == "check" and not self.can_check:  # pragma: no cover - thresholds say so
            action = "abstain"
        # A rule or the family's policy may ask for a check of every answer; a supervisor
        # reviews every answer unless the policy says never.
        mode = policy.check if (policy := self.policy.for_family(family)) else "auto"
        if action == "answer" and self.can_check and mode != "never" and (
                wants_check or mode == "always" or self.supervisor is not None):
            action = "check"
        below = (f"below {thresholds.min_estimate:.2f}" if thresholds.feasible else
                 f"and no threshold meets the {family} risk target {thresholds.max_error_rate}")
        reason = {
            "abstain": f"estimated P(correct) {estimate:.2f} for {family}, {below}",
            "check": f"estimated P(correct) {estimate:.2f} for {family}: answer if a check "
                     f"agrees (score >= {thresholds.min_agreement:.2f})",
            "answer": f"estimated P(correct) {estimate:.2f} meets the {family} threshold "
                      f"{thresholds.min_estimate:.2f}",
        }[action]
        return Plan(action=action, reason=reason, family=family, estimate=estimate,
                    thresholds=thresholds)

    # ------------------------------------------------------------------ the check

    def check(self, client: openai.OpenAI, request: dict[str, Any], question: str,
              answer: str) -> tuple[Verdict, list[CallRecord]]:
        """Ask the supervisor, or draw self-consistency samples, about ``answer``."""
        if self.supervisor is not None:
            supervisor = self.supervisor
            assert isinstance(supervisor, openai.OpenAI)
            started = time.perf_counter()
            reply = self.bounded(supervisor).chat.completions.create(
                **self._review_request(question, answer))
            return self._review_result(reply, started)
        calls: list[CallRecord] = []
        samples = []
        for request_i in self._sample_requests(request):
            started = time.perf_counter()
            reply = self.bounded(client).chat.completions.create(**request_i)
            samples.append(_reply_text(reply))
            calls.append(_call("sample", request_i, reply, started))
        return self_consistency(answer, samples, question), calls

    async def check_async(self, client: openai.AsyncOpenAI, request: dict[str, Any],
                          question: str, answer: str) -> tuple[Verdict, list[CallRecord]]:
        if self.supervisor is not None:
            supervisor = self.supervisor
            assert isinstance(supervisor, openai.AsyncOpenAI)
            started = time.perf_counter()
            reply = await self.bounded(supervisor).chat.completions.create(
                **self._review_request(question, answer))
            return self._review_result(reply, started)
        calls: list[CallRecord] = []
        samples = []
        for request_i in self._sample_requests(request):
            started = time.perf_counter()
            reply = await self.bounded(client).chat.completions.create(**request_i)
            samples.append(_reply_text(reply))
            calls.append(_call("sample", request_i, reply, started))
        return self_consistency(answer, samples, question), calls

    def bounded(self, client: Any) -> Any:
        """The client with the per-call deadline, when one is configured."""
        if self.call_timeout_s is None:
            return client
        return client.with_options(timeout=self.call_timeout_s)

    def _review_request(self, question: str, answer: str) -> dict[str, Any]:
        return {"model": self.supervisor_model, "temperature": 0, "max_tokens": 200,
                "messages": review_messages(question, answer)}

    def _review_result(self, reply: Any, started: float) -> tuple[Verdict, list[CallRecord]]:
        verdict = parse_verdict(_reply_text(reply))
        return verdict, [_call("supervisor", {"model": self.supervisor_model}, reply, started)]

    def _sample_requests(self, request: dict[str, Any]) -> list[dict[str, Any]]:
        base = {k: v for k, v in request.items()
                if k not in ("stream", "stream_options", "n", "temperature", "seed")}
        given_seed = request.get("seed")
        seed = given_seed if isinstance(given_seed, int) else 0
        return [{**base, **extra} for extra in sample_params(
            self.consistency_samples, temperature=self.sample_temperature, seed=seed)]

    # ------------------------------------------------------------------ pure: after the call

    def decide(self, plan: Plan, verdict: Verdict | None, failure: str | None = None, *,
               model_failed: bool = False
               ) -> tuple[Literal["model", "supervisor", "abstain"], str, tuple[str, ...]]:
        """The final route, its reason and flags, from the plan and what the calls gave."""
        if plan.action == "abstain":
            return "abstain", plan.reason, plan.flags
        if failure is not None and model_failed:
            if self.on_model_failure == "abstain":
                return "abstain", f"{failure}; failing closed", (*plan.flags, "model_failed")
            return "model", f"{failure}; the provider's error is raised", (
                *plan.flags, "model_failed")
        if failure is not None:
            if self.on_check_failure == "abstain":
                return "abstain", f"{failure}; failing closed", (*plan.flags, "check_failed")
            return "model", f"{failure}; failing open, answer unchecked", (
                *plan.flags, "check_failed", "unchecked")
        if plan.action == "answer" or verdict is None:
            return "model", plan.reason, plan.flags
        thresholds = plan.thresholds
        calibrated = (verdict.source == "self_consistency" and thresholds is not None
                      and thresholds.min_agreement > 0)
        # The calibration records hold self-consistency scores only: a supervisor's verdict
        # (or a check a rule asked for) is kept only when it agrees.
        threshold = thresholds.min_agreement if calibrated and thresholds else 1.0
        passed = (thresholds.decide_after(verdict.score) == "answer"
                  if calibrated and thresholds else verdict.verdict == "agree")
        if passed:
            return "supervisor", (f"{plan.reason}; {verdict.source} {verdict.verdict} "
                                  f"({verdict.score:.2f}): {verdict.reason}"), plan.flags
        return "abstain", (f"{verdict.source} {verdict.verdict} ({verdict.score:.2f} < "
                           f"{threshold:.2f}): {verdict.reason}"), plan.flags


def _reply_text(reply: Any) -> str:
    choices = getattr(reply, "choices", None)
    if not choices:
        raise MalformedReply("the reply has no choices")
    content = choices[0].message.content
    if not isinstance(content, str):
        raise MalformedReply("the reply has no text content")
    return content


def _call(role: Literal["model", "supervisor", "sample"], request: dict[str, Any], reply: Any,
          started: float) -> CallRecord:
    usage = getattr(reply, "usage", None)
    return CallRecord(
        role=role, model=str(request.get("model") or ""),
        latency_ms=round((time.perf_counter() - started) * 1000, 3),
        usage=None if usage is None else TokenUsage(
            prompt_tokens=usage.prompt_tokens, completion_tokens=usage.completion_tokens,
            total_tokens=usage.total_tokens))


_frontier_cache: dict[Path, Frontier] = {}


def _load_cached(path: Path) -> Frontier:
    if path not in _frontier_cache:
        _frontier_cache[path] = load_frontier(path)
    return _frontier_cache[path]


def policy_from_options(max_error_rate: float | None,
                        policy: PolicyConfig | str | Path | None) -> PolicyConfig:
    """The policy from the options: a YAML file, an object, or one target for every family."""
    if isinstance(policy, PolicyConfig):
        return policy
    if policy is not None:
        return load_policy(Path(policy))
    if max_error_rate is None:
        return PolicyConfig()
    return PolicyConfig(default=FamilyPolicy(max_error_rate=max_error_rate))
