"""guardrail: trustworthy answers where LLMs are known to fail.

    >>> import guardrail
    >>> client = guardrail.wrap(guardrail.local_client())   # or wrap(OpenAI())
    >>> model = client.models.list().data[0].id
    >>> reply = client.chat.completions.create(
    ...     model=model, messages=[{"role": "user", "content": "How many r's in strawberry?"}])
    >>> guardrail.decision_of(reply).route
    'tool'
"""

from __future__ import annotations

from typing import Any

from ._client import GuardedAsyncOpenAI, GuardedOpenAI, GuardrailOptions, wrap
from ._decision import CallRecord, Decision, TokenUsage, decision_of
from ._errors import ConfigError, GuardrailError, LocalModelError, RulesError
from ._route import route
from .policy import FamilyPolicy, PolicyConfig
from .solvers import Solver, SolverRegistry

__version__ = "0.1.0"

__all__ = [
    "CallRecord",
    "ConfigError",
    "Decision",
    "FamilyPolicy",
    "GuardedAsyncOpenAI",
    "GuardedOpenAI",
    "GuardrailError",
    "GuardrailOptions",
    "LocalModelError",
    "PolicyConfig",
    "RulesError",
    "Solver",
    "SolverRegistry",
    "TokenUsage",
    "__version__",
    "decision_of",
    "local_async_client",
    "local_client",
    "route",
    "wrap",
]


def local_client(**options: Any) -> Any:
    """A real ``openai.OpenAI`` client for the embedded model (needs ``guardrail[local]``).

    See :func:`guardrail.local.local_client`.
    """
    from .local import local_client as _local_client

    return _local_client(**options)


def local_async_client(**options: Any) -> Any:
    """A real ``openai.AsyncOpenAI`` client for the embedded model (needs ``guardrail[local]``).

    See :func:`guardrail.local.local_async_client`.
    """
    from .local import local_async_client as _local_async_client

    return _local_async_client(**options)
