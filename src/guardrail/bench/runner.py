"""Run benchmark items raw and guarded against any OpenAI-compatible client.

Each (item, mode) pair is looked up in the cache first; only what is missing is asked.
Replies are graded as they arrive and committed to the cache one by one, so killing a run
midway and restarting it completes without redoing finished items.
"""

from __future__ import annotations

import hashlib
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from typing import Any

import openai
from pydantic import BaseModel, ConfigDict, Field

from .. import __version__
from .._client import Guardrail, wrap
from .._decision import decision_of
from ..classify import classify, resolve
from ..features import query_features
from ..supervisor import sample_params
from .cache import RecordCache, record_key
from .grading import grade
from .models import BenchItem, Mode, RunRecord

__all__ = ["BenchRunner", "BenchSettings", "RunSummary", "select_items"]


class BenchSettings(BaseModel):
    """What a run asks of the model; part of every cache key."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    model: str
    endpoint: str = Field(description="'local' or the base URL of the endpoint.")
    modes: tuple[Mode, ...] = ("raw", "guarded")
    temperature: float = 0.0
    max_tokens: int = Field(default=160, ge=1)
    seed: int = 0
    concurrency: int = Field(default=1, ge=1, le=64)
    timeout_s: float = Field(default=120.0, gt=0, description="Per call; then it fails.")
    samples: int = Field(default=0, ge=0, le=16, description=(
        "Raw mode: extra sampled replies per item, drawn the way the self-consistency check "
        "draws them, so the policy can be calibrated on their agreement."))
    sample_temperature: float = Field(default=0.7, gt=0, le=2)


def select_items(items: Sequence[BenchItem], limit: int | None) -> list[BenchItem]:
    """At most ``limit`` items per family, taken round-robin over difficulty bins so the
    selection stays stratified; deterministic for a given item order."""
    if limit is None:
        return list(items)
    by_family: dict[str, dict[int, list[BenchItem]]] = defaultdict(lambda: defaultdict(list))
    for item in items:
        by_family[item.family][item.difficulty_bin].append(item)
    chosen: list[BenchItem] = []
    for bins in by_family.values():
        queues = [list(bins[b]) for b in sorted(bins)]
        taken = 0
        while taken < limit and any(queues):
            for queue in queues:
                if queue and taken < limit:
                    chosen.append(queue.pop(0))
                    taken += 1
    order = {item.id: index for index, item in enumerate(items)}
    return sorted(chosen, key=lambda item: order[item.id])


@dataclass
class RunSummary:
    records: list[RunRecord] = field(default_factory=list)
    cached: int = 0
    done: int = 0
    failures: list[tuple[str, str, str]] = field(default_factory=list)  # item, mode, error
    interrupted: bool = False


class BenchRunner:
    """Asks each item of a suite in each mode, through the cache."""

    def __init__(self, client: openai.OpenAI, settings: BenchSettings, cache: RecordCache,
                 *, guard_options: dict[str, Any] | None = None) -> None:
        self.settings = settings
        self.cache = cache
        # A bounded wait per call: a dead endpoint fails the item, it never hangs the run.
        self.raw = client.with_options(timeout=settings.timeout_s)
        self.guarded = wrap(self.raw, **(guard_options or {}))
        self.fingerprint = _fingerprint(self.guarded, settings.model)

    def request_params(self) -> dict[str, Any]:
        return {"temperature": self.settings.temperature,
                "max_tokens": self.settings.max_tokens, "seed": self.settings.seed}

    def params(self, mode: Mode) -> dict[str, Any]:
        """What the cache key holds: the request parameters and what else decides a reply."""
        params = self.request_params()
        if mode == "guarded":
            params["guardrail"] = self.fingerprint  # new rules or solvers: new answers
        elif self.settings.samples:
            params["samples"] = self.settings.samples
            params["sample_temperature"] = self.settings.sample_temperature
        return params

    def key(self, item: BenchItem, mode: Mode) -> str:
        return record_key(endpoint=self.settings.endpoint, model=self.settings.model,
                          item_id=item.id, prompt=item.prompt, mode=mode,
                          params=self.params(mode))

    def estimate(self, item: BenchItem) -> float | None:
        """The guardrail's confidence in an answer to ``item``, from its text alone."""
        guardrail: Guardrail = self.guarded.guardrail
        classification = classify(item.prompt, guardrail.rules)
        outcome = resolve(classification, guardrail.rules, guardrail.registry)
        if outcome.route == "tool":
            return 1.0
        frontier = guardrail.oversight.frontier(self.settings.model)
        if frontier is None or classification.query is None:
            return None
        return frontier.estimate(outcome.family, query_features(classification.query.text))

    def run(self, items: Iterable[BenchItem], *,
            progress: Callable[[int, int], Any] | None = None) -> RunSummary:
        """Run every (item, mode) not yet cached. ``progress(total, cached)`` returns a
        tqdm-like object with ``update()`` and ``close()``, or None."""
        summary = RunSummary()
        tasks: list[tuple[BenchItem, Mode, str]] = []
        known = self.cache.keys()
        for item in items:
            for mode in self.settings.modes:
                key = self.key(item, mode)
                if key in known:
                    summary.cached += 1
                else:
                    tasks.append((item, mode, key))
        bar = progress(len(tasks), summary.cached) if progress else None
        pool = ThreadPoolExecutor(max_workers=self.settings.concurrency,
                                  thread_name_prefix="guardrail-bench")
        try:
            futures = {pool.submit(self._ask, item, mode, key): (item, mode)
                       for item, mode, key in tasks}
            for future in as_completed(futures):
                item, mode = futures[future]
                try:
                    record = future.result()
                except (openai.APIError, TimeoutError) as exc:
                    summary.failures.append((item.id, mode, f"{type(exc).__name__}: {exc}"))
                else:
                    self.cache.put(record)
                    summary.done += 1
                if bar is not None:
                    bar.update(1)
        except KeyboardInterrupt:
            summary.interrupted = True
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        finally:
            pool.shutdown(wait=not summary.interrupted, cancel_futures=True)
            if bar is not None:
                bar.close()
        return summary

    def _ask(self, item: BenchItem, mode: Mode, key: str) -> RunRecord:
        client: Any = self.raw if mode == "raw" else self.guarded
        params = self.request_params()
        messages: Any = [{"role": "user", "content": item.prompt}]
        started = time.perf_counter()
        reply = client.chat.completions.create(
            model=self.settings.model, messages=messages, **params)
        latency_ms = (time.perf_counter() - started) * 1000
        text = _text(reply)
        samples: tuple[str, ...] = ()
        if mode == "raw" and self.settings.samples:
            samples = tuple(
                _text(self.raw.chat.completions.create(
                    model=self.settings.model, messages=messages,
                    max_tokens=self.settings.max_tokens, **extra))
                for extra in sample_params(self.settings.samples,
                                           temperature=self.settings.sample_temperature,
                                           seed=self.settings.seed))
        route = tool = reason = None
        prompt_tokens = reply.usage.prompt_tokens if reply.usage else 0
        completion_tokens = reply.usage.completion_tokens if reply.usage else 0
        calls = 1
        estimate = self.estimate(item) if mode == "raw" else None
        if mode == "guarded":
            decision = decision_of(reply)
            route, tool, reason = decision.route, decision.tool, decision.reason
            estimate = 1.0 if route == "tool" else decision.estimate
            prompt_tokens = decision.usage.prompt_tokens
            completion_tokens = decision.usage.completion_tokens
            calls = len(decision.calls)
        return RunRecord(
            key=key, item_id=item.id, suite=item.suite, family=item.family,
            difficulty_bin=item.difficulty_bin, template_id=item.template_id, lang=item.lang,
            has_tool=item.has_tool, mode=mode, model=self.settings.model,
            endpoint=self.settings.endpoint, reply=text, prompt=item.prompt,
            route=route, tool=tool, reason=reason,
            latency_ms=round(latency_ms, 2), prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens, calls=calls, grade=grade(item, text),
            estimate=estimate, samples=samples, created=time.time(),
        )


def _text(reply: Any) -> str:
    return (reply.choices[0].message.content or "") if reply.choices else ""


def _fingerprint(guarded: Any, model: str) -> str:
    """What decides guarded answers: guardrail's version, the routing rules, the solvers, and
    the oversight of ``model`` (its frontier, the policy, the check)."""
    guardrail = guarded.guardrail
    digest = hashlib.sha256(__version__.encode())
    for rule in guardrail.rules:
        digest.update(rule.model_dump_json().encode())
    digest.update(",".join(guardrail.registry.names()).encode())
    oversight = guardrail.oversight
    frontier = oversight.frontier(model)
    digest.update(b"no frontier" if frontier is None else frontier.model_dump_json().encode())
    digest.update(oversight.policy.model_dump_json().encode())
    digest.update(repr((oversight.supervisor_model, oversight.consistency_samples,
                        oversight.sample_temperature, oversight.on_model_failure,
                        oversight.on_check_failure)).encode())
    return digest.hexdigest()[:16]
