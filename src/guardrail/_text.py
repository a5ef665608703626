"""What the guardrail reads from a chat request: the question in the last user turn."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["detect_language", "last_user_text", "user_texts"]

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _field(message: Any, name: str) -> Any:
    if isinstance(message, Mapping):
        return message.get(name)
    return getattr(message, name, None)


def last_user_text(messages: Iterable[Any]) -> str | None:
    """The text of the last user message, or None when it is not plain text (images, audio)."""
    last = None
    for message in messages:
        if _field(message, "role") == "user":
            last = message
    if last is None:
        return None
    return _text_of(last)


def user_texts(messages: Iterable[Any]) -> list[str | None]:
    """The text of every user message in order (None where it is not plain text)."""
    return [_text_of(m) for m in messages if _field(m, "role") == "user"]


def _text_of(message: Any) -> str | None:
    content = _field(message, "content")
    if isinstance(content, str):
        return content
    if isinstance(content, Iterable):
        texts = []
        for part in content:
            if _field(part, "type") != "text":
                return None  # a question about an image is not ours to compute
            texts.append(str(_field(part, "text") or ""))
        return "".join(texts)
    return None


def detect_language(text: str) -> str:
    """'zh' when the text contains Chinese characters, else 'en'."""
    return "zh" if _CJK.search(text) else "en"
