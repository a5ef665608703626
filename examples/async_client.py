"""The same guardrail on an ``AsyncOpenAI`` client, with concurrent requests.

Wrap an async client and ``await`` its ``chat.completions.create``; tool questions are answered
without a model call, so they finish first. Replace ``guardrail.local_async_client()`` with
``openai.AsyncOpenAI()`` for your provider.

Run::

    .venv/bin/python examples/async_client.py
"""

from __future__ import annotations

import asyncio

import guardrail

QUESTIONS = [
    "Is 17077 a prime number?",
    "What is 12345 * 6789?",
    "Say hello in one short sentence.",
]


async def ask(client: guardrail.GuardedAsyncOpenAI, model: str, question: str) -> str:
    reply = await client.chat.completions.create(
        model=model, messages=[{"role": "user", "content": question}],
        max_tokens=16, temperature=0)
    decision = guardrail.decision_of(reply)
    return (f"{question}\n  -> route={decision.route} tool={decision.tool}: "
            f"{reply.choices[0].message.content}")


async def run() -> None:
    raw = guardrail.local_async_client()
    client = guardrail.wrap(raw)
    models = await client.models.list()
    model = models.data[0].id
    try:
        for line in await asyncio.gather(*(ask(client, model, q) for q in QUESTIONS)):
            print(line)
    finally:
        await raw.close()


def main() -> None:
    asyncio.run(run())


if __name__ == "__main__":
    main()
