"""Every script in examples/ runs against the embedded model and prints what it promises.

The scripts are imported and their ``main()`` called in this process, so the model is loaded
once for all of them.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

pytest.importorskip("llama_cpp", reason="the embedded model needs guardrail[local]")

pytestmark = pytest.mark.slow

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"examples_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run(name: str, capsys: pytest.CaptureFixture[str], call: Callable[[ModuleType], None]
         | None = None) -> str:
    module = _load(name)
    assert module.__doc__ and "Run::" in module.__doc__, f"{name}.py: say how to run it"
    (call or (lambda m: m.main()))(module)
    return capsys.readouterr().out


def test_every_example_is_tested() -> None:
    scripts = {path.stem for path in EXAMPLES.glob("*.py")}
    tested = {"drop_in_sync", "async_client", "streaming", "custom_rules",
              "supervisor_second_endpoint", "benchmark_your_model"}
    assert scripts == tested


def test_drop_in_sync(capsys: pytest.CaptureFixture[str]) -> None:
    out = _run("drop_in_sync", capsys)
    assert "route=tool tool=letter_count value=3 model calls=0" in out
    assert "route=tool tool=number_compare value=9.9" in out
    assert "route=model tool=None value=None model calls=1" in out


def test_async_client(capsys: pytest.CaptureFixture[str]) -> None:
    out = _run("async_client", capsys)
    assert "route=tool tool=number_theory: Yes, 17077 is a prime number." in out
    assert "route=tool tool=arithmetic" in out and "83810205" in out
    assert "route=model tool=None" in out


def test_streaming(capsys: pytest.CaptureFixture[str]) -> None:
    out = _run("streaming", capsys)
    assert "[route=tool]" in out and "appears 4 times" in out
    assert "[route=model]" in out
    assert out.count("an openai.Stream: True") == 2


def test_custom_rules(capsys: pytest.CaptureFixture[str]) -> None:
    out = _run("custom_rules", capsys)
    assert "-> abstain (rule medical.dosage)" in out
    assert "-> supervisor (rule account.own_data)" in out
    assert "-> tool (rule counting.letter_occurrences)" in out
    assert "decision: route=abstain rule=medical.dosage model calls=0" in out


def test_supervisor_second_endpoint(capsys: pytest.CaptureFixture[str]) -> None:
    out = _run("supervisor_second_endpoint", capsys)
    assert "supervisor endpoint: http://127.0.0.1:" in out
    route = next(line for line in out.splitlines() if line.startswith("route="))
    assert route.split()[0] in {"route=supervisor", "route=abstain"}
    assert "calls: model (" in out and "supervisor (" in out


def test_benchmark_your_model(capsys: pytest.CaptureFixture[str]) -> None:
    out = _run("benchmark_your_model", capsys, lambda m: m.main([]))
    assert "raw: n=2 " in out and "guarded: n=2 " in out
    assert "report written: report.md, report.json" in out
