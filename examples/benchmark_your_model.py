"""Benchmark a model with and without the guardrail, on a tiny slice of the default suite.

This runs the same code as ``guardrail bench``: one item each of two families, asked raw and
guarded, graded, and written as ``report.md``/``report.json`` to a directory. By default the
model is the embedded one; pass ``--base-url`` and ``--model`` for yours (vLLM, llama.cpp
server, Ollama, ...).

Run::

    .venv/bin/python examples/benchmark_your_model.py [--out DIR] [--base-url URL --model NAME]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections.abc import Sequence
from pathlib import Path

from guardrail.cli import main as guardrail_cli


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=None, help="report directory (default: a temp dir)")
    parser.add_argument("--base-url", default=None)
    parser.add_argument("--model", default="local")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(args.out or scratch)
        command = ["bench", "--suite", "default", "--compare", "--family", "arithmetic",
                   "--family", "capitals", "--limit", "1", "--max-tokens", "24",
                   "--out", str(out), "--model", args.model]
        if args.base_url:
            command += ["--base-url", args.base_url]
        print("guardrail " + " ".join(command))
        status = guardrail_cli(command)
        if status != 0:
            raise SystemExit(status)
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
        for mode, metrics in report["modes"].items():
            overall = metrics["overall"]
            print(f"{mode}: n={overall['n']} correct={overall['correct']:.0%} "
                  f"incorrect={overall['incorrect']:.0%} avoidant={overall['avoidant']:.0%}")
        print(f"report written: {(out / 'report.md').name}, {(out / 'report.json').name}")


if __name__ == "__main__":
    main()
