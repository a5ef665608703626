"""The decision graph: classify, solve, estimate, call_model, supervise, decide, respond.

Tool answers go from solve straight to respond. The frontier estimate comes *before* the model
call (it needs only the query text), so a query the policy withholds costs no call; the check
(supervisor or self-consistency) runs only when the plan asks for it.

Compiled once per process and kind (sync or async); everything a request needs arrives in
the state and the runtime context, so one compiled graph serves every wrapper.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from langgraph.graph import END, START, StateGraph

from . import nodes
from .state import PipelineContext, PipelineState

__all__ = ["build_graph", "compiled_graph"]


def build_graph(*, asynchronous: bool) -> StateGraph[Any, Any, Any, Any]:
    builder: StateGraph[Any, Any, Any, Any] = StateGraph(
        PipelineState, context_schema=PipelineContext)
    builder.add_node("classify", nodes.classify_node)
    builder.add_node("solve", nodes.solve)
    builder.add_node("estimate", nodes.estimate)
    builder.add_node("call_model", nodes.call_model_async if asynchronous else nodes.call_model)
    builder.add_node("supervise", nodes.supervise_async if asynchronous else nodes.supervise)
    builder.add_node("decide", nodes.decide)
    builder.add_node("respond", nodes.respond)
    builder.add_edge(START, "classify")
    builder.add_conditional_edges("classify", nodes.after_classify)
    builder.add_conditional_edges("solve", nodes.after_solve)
    builder.add_conditional_edges("estimate", nodes.after_estimate)
    builder.add_conditional_edges("call_model", nodes.after_model)
    builder.add_edge("supervise", "decide")
    builder.add_edge("decide", "respond")
    builder.add_edge("respond", END)
    return builder


@cache
def compiled_graph(*, asynchronous: bool) -> Any:
    return build_graph(asynchronous=asynchronous).compile(name="guardrail")
