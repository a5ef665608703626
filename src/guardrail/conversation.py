"""Classify in context: the question a follow-up turn asks, or a refusal to guess it.

A follow-up such as "and for 9.9?" means nothing on its own. The guardrail either resolves it
from the conversation, in the one case where that is unambiguous (the previous question
held exactly one number and the follow-up names exactly one other number), or sends it to
the model, which sees the whole conversation. It never hands a tool half a question.

>>> resolve_question([
...     {"role": "user", "content": "Is 17077 a prime number?"},
...     {"role": "assistant", "content": "Yes."},
...     {"role": "user", "content": "What about 17079?"}]).text
'Is 17079 a prime number?'
>>> resolve_question([
...     {"role": "user", "content": "Which is bigger, 9.11 or 9.9?"},
...     {"role": "assistant", "content": "9.9"},
...     {"role": "user", "content": "and for 9.8?"}]).text is None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ._text import user_texts
from .solvers._numbers import NUMBER

__all__ = ["MAX_FOLLOW_UP_CHARS", "FollowUp", "resolve_question"]

MAX_FOLLOW_UP_CHARS = 120

_NUMBER = re.compile(rf"(?<![\w.]){NUMBER}(?![\w])")
# "what about 17079?", "and for 9.8?", "how about 12", "same for 31", "17079呢？"
_SWAP = re.compile(
    rf"^\s*(?:(?:and|but|ok(?:ay)?|so|now)\s*,?\s*)?"
    rf"(?:(?:what|how)\s+about|and(?:\s+(?:for|with|if\s+it\s+(?:is|were)))?|same\s+(?:for|with)"
    rf"|then|now|for|with|那|那么)?\s*(?P<number>{NUMBER})\s*(?:呢|instead|then)?\s*[?？.!。]?\s*$",
    re.IGNORECASE)
# Words that point back at earlier turns: the question is not whole without them.
_DEPENDENT = re.compile(
    r"^\s*(?:and|but|also|then|so|now|what\s+about|how\s+about|same\s+(?:for|with)|what\s+if)\b"
    r"|\b(?:it|its|that|this|these|those|them|they|the\s+(?:result|answer|same|previous|"
    r"last|above|first\s+one|second\s+one|other\s+one))\b|(?:上面|上一个|这个|那个|它|结果|"
    r"同样|呢\s*[?？]?\s*$)",
    re.IGNORECASE)


@dataclass(frozen=True)
class FollowUp:
    """The question to classify (None: leave it to the model) and why."""

    text: str | None
    reason: str = ""


def resolve_question(messages: Iterable[Any]) -> FollowUp:
    """The question the last user turn asks, read in the context of the earlier ones."""
    texts = user_texts(messages)
    if not texts or texts[-1] is None:
        return FollowUp(None, "no plain-text user message")
    last = texts[-1]
    earlier = [t for t in texts[:-1] if t is not None]
    if not earlier or len(texts) == 1:
        return FollowUp(last)
    # A follow-up that swaps a number is a short fragment; longer turns are never read so.
    swap = _SWAP.match(last) if len(last) <= MAX_FOLLOW_UP_CHARS else None
    if swap is not None:
        previous = resolve_question(_as_messages(texts[:-1])).text
        numbers = list(_NUMBER.finditer(previous)) if previous else []
        if previous is not None and len(numbers) == 1:
            found = numbers[0]
            text = previous[:found.start()] + swap.group("number") + previous[found.end():]
            return FollowUp(text, f"follow-up resolved from the conversation: {text!r}")
        return FollowUp(None, "a follow-up that depends on earlier turns (which number it "
                              "replaces is ambiguous)")
    if _DEPENDENT.search(last):
        return FollowUp(None, "a follow-up that depends on earlier turns")
    return FollowUp(last)


def _as_messages(texts: list[str | None]) -> list[dict[str, Any]]:
    return [{"role": "user", "content": text} for text in texts]
