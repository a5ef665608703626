"""Custom routing rules: a YAML file of your own, loaded after the built-in rules.

``examples/rules/my_rules.yaml`` withholds medication dosage questions (route ``abstain``: no
model is ever called for them) and always checks answers about the user's own account (route
``supervisor``). Built-in tools keep working.

Run::

    .venv/bin/python examples/custom_rules.py
"""

from __future__ import annotations

from pathlib import Path

import guardrail

RULES = Path(__file__).with_name("rules") / "my_rules.yaml"


def main() -> None:
    # Routing alone, no model call: which rule and route each question gets.
    for question in ("How much paracetamol can I give my toddler?",
                     "When does my subscription renew?",
                     "How many r's are in the word strawberry?"):
        decision = guardrail.route(question, rules=[RULES])
        print(f"route({question!r}) -> {decision.route} (rule {decision.rule_id})")

    # The same rules on a wrapped client.
    client = guardrail.wrap(guardrail.local_client(), rules=[RULES])
    model = client.models.list().data[0].id
    reply = client.chat.completions.create(
        model=model, max_tokens=24,
        messages=[{"role": "user", "content": "What dose of ibuprofen is safe for a child?"}])
    decision = guardrail.decision_of(reply)
    print(f"reply: {reply.choices[0].message.content}")
    print(f"decision: route={decision.route} rule={decision.rule_id} "
          f"model calls={len(decision.calls)} reason={decision.reason}")


if __name__ == "__main__":
    main()
