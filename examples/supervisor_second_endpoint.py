"""A supervisor on a second endpoint reviews the model's answers before they are kept.

The "second endpoint" here is the embedded model served over loopback HTTP by
``guardrail.local.LocalServer`` (what ``guardrail serve-local`` runs), reached by a plain
``openai.OpenAI``. In production, point ``supervisor=`` at a model of *another family*:
siblings tend to agree with the same wrong answer.

An explicit policy asks for a check of every answer in every family (``min_agreement``), so
the supervisor is consulted; its verdict decides between ``route="supervisor"`` (kept) and
``route="abstain"`` (withheld).

Run::

    .venv/bin/python examples/supervisor_second_endpoint.py
"""

from __future__ import annotations

import openai

import guardrail
from guardrail.local import LOCAL_MODEL_ID, LocalServer

QUESTION = "What is the capital of France?"


def main() -> None:
    with LocalServer(port=0) as server:                      # 127.0.0.1, a free port
        supervisor = openai.OpenAI(base_url=server.base_url, api_key="not-needed",
                                   max_retries=0)
        policy = guardrail.PolicyConfig(
            default=guardrail.FamilyPolicy(min_estimate=0.0, min_agreement=0.5))
        client = guardrail.wrap(guardrail.local_client(), policy=policy,
                                supervisor=supervisor, supervisor_model=LOCAL_MODEL_ID,
                                call_timeout_s=300)
        reply = client.chat.completions.create(
            model=LOCAL_MODEL_ID, max_tokens=16, temperature=0,
            messages=[{"role": "user", "content": QUESTION}])
        decision = guardrail.decision_of(reply)
        supervisor.close()
    print(f"supervisor endpoint: {server.base_url}")
    print(f"Q: {QUESTION}")
    print(f"A: {reply.choices[0].message.content}")
    print(f"route={decision.route} verdict={(decision.verdict or {}).get('verdict')}")
    print("calls: " + ", ".join(f"{call.role} ({call.latency_ms:.0f} ms)"
                                for call in decision.calls))
    print(f"reason: {decision.reason}")


if __name__ == "__main__":
    main()
