"""The decision graph's topology is guarded by a snapshot of its Mermaid drawing."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from langgraph.runtime import Runtime

from guardrail.classify import Classification, RouteOutcome
from guardrail.oversight import Plan
from guardrail.pipeline import PipelineContext, compiled_graph, nodes
from guardrail.rules import load_rules
from guardrail.solvers import Query, default_registry

SNAPSHOT = Path(__file__).with_name("graph.mmd")


@pytest.mark.parametrize("asynchronous", [False, True])
def test_graph_matches_snapshot(asynchronous: bool) -> None:
    # Regenerate after an intended change:  python -c "from guardrail.pipeline import
    # compiled_graph; print(compiled_graph(asynchronous=False).get_graph().draw_mermaid(),
    # end='')" > tests/pipeline/graph.mmd
    drawn = compiled_graph(asynchronous=asynchronous).get_graph().draw_mermaid()
    assert drawn == SNAPSHOT.read_text(encoding="utf-8")


def test_graph_is_compiled_once() -> None:
    assert compiled_graph(asynchronous=False) is compiled_graph(asynchronous=False)
    assert compiled_graph(asynchronous=True) is not compiled_graph(asynchronous=False)


def _runtime() -> Runtime[PipelineContext]:
    context = PipelineContext(client=None, rules=load_rules(),  # type: ignore[arg-type]
                              registry=default_registry)
    return Runtime(context=context)


def test_classify_then_solve_nodes() -> None:
    state = {"request": {"model": "m", "messages": [
        {"role": "user", "content": "How many r's in strawberry?"}]},
        "started": time.perf_counter()}
    update = nodes.classify_node(state, _runtime())  # type: ignore[arg-type]
    assert update["classification"].candidates
    state.update(update)
    assert nodes.after_classify(state) == "solve"  # type: ignore[arg-type]
    state.update(nodes.solve(state, _runtime()))  # type: ignore[arg-type]
    assert state["outcome"].route == "tool"  # type: ignore[typeddict-item]
    assert nodes.after_solve(state) == "respond"  # type: ignore[arg-type]


def test_edges() -> None:
    model_bound = {"classification": Classification(query=Query(text="hi"))}
    assert nodes.after_classify(model_bound) == "estimate"  # type: ignore[arg-type]
    declined = {"outcome": RouteOutcome(route="model", reason="declined")}
    assert nodes.after_solve(declined) == "estimate"  # type: ignore[arg-type]
    abstain_rule = {"outcome": RouteOutcome(route="abstain", reason="rule")}
    assert nodes.after_solve(abstain_rule) == "estimate"  # type: ignore[arg-type]
    withheld = {"plan": Plan(action="abstain", reason="low estimate")}
    assert nodes.after_estimate(withheld) == "decide"  # type: ignore[arg-type]
    for action in ("answer", "check"):
        assert nodes.after_estimate(  # type: ignore[arg-type]
            {"plan": Plan(action=action, reason="")}) == "call_model"
    checked = {"plan": Plan(action="check", reason="")}
    assert nodes.after_model(checked) == "supervise"  # type: ignore[arg-type]
    failed = {**checked, "failure": "model failed: timeout"}
    assert nodes.after_model(failed) == "decide"  # type: ignore[arg-type]
    answered = {"plan": Plan(action="answer", reason="")}
    assert nodes.after_model(answered) == "decide"  # type: ignore[arg-type]


def test_structured_requests_skip_classification() -> None:
    state = {"request": {"model": "m", "tools": [{}], "messages": [
        {"role": "user", "content": "How many r's in strawberry?"}]}}
    update = nodes.classify_node(state, _runtime())  # type: ignore[arg-type]
    assert not update["classification"].candidates
    assert "tools" in update["classification"].reason
