"""Drop-in use with a synchronous client: wrap it, call it as before, read the decision.

The embedded model stands in for your provider; replace ``guardrail.local_client()`` with
``openai.OpenAI()`` (or any OpenAI-compatible client) and nothing else changes.

Run::

    .venv/bin/python examples/drop_in_sync.py
"""

from __future__ import annotations

import guardrail

QUESTIONS = [
    "How many r's are in the word strawberry?",   # a tool answers exactly, no model call
    "Which is bigger, 9.11 or 9.9?",              # a tool again
    "Write a haiku about rain.",                  # no correctness notion: the model answers
]


def main() -> None:
    client = guardrail.wrap(guardrail.local_client())
    model = client.models.list().data[0].id        # any attribute passes through
    for question in QUESTIONS:
        reply = client.chat.completions.create(
            model=model, messages=[{"role": "user", "content": question}],
            max_tokens=24, temperature=0)
        decision = guardrail.decision_of(reply)
        print(f"Q: {question}")
        print(f"A: {reply.choices[0].message.content}")
        print(f"   route={decision.route} tool={decision.tool} value={decision.value} "
              f"model calls={len(decision.calls)}")


if __name__ == "__main__":
    main()
