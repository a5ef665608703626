"""Streaming: ``stream=True`` returns a real ``openai.Stream`` of chunks on every route.

A tool answer is streamed as chunks like a model's would be; the decision is available as soon
as ``create`` has returned, before the stream is read.

Run::

    .venv/bin/python examples/streaming.py
"""

from __future__ import annotations

import openai

import guardrail

QUESTIONS = [
    "How many times does the letter 's' appear in 'Mississippi'?",   # tool
    "Tell me a very short story about a cat.",                        # model
]


def main() -> None:
    client = guardrail.wrap(guardrail.local_client())
    model = client.models.list().data[0].id
    for question in QUESTIONS:
        stream = client.chat.completions.create(
            model=model, messages=[{"role": "user", "content": question}],
            max_tokens=20, temperature=0, stream=True,
            stream_options={"include_usage": True})
        decision = guardrail.decision_of(stream)   # known before the first chunk is read
        print(f"Q: {question}  [route={decision.route}]")
        pieces = 0
        print("A: ", end="")
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                print(chunk.choices[0].delta.content, end="", flush=True)
                pieces += 1
        print(f"\n   {pieces} chunks; an openai.Stream: {isinstance(stream, openai.Stream)}")


if __name__ == "__main__":
    main()
