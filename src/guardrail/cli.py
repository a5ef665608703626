"""``guardrail`` command line: ask | route | demo | serve-local."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import _client
from ._decision import decision_of
from ._errors import GuardrailError
from ._route import route

__all__ = ["main"]

DEMO_QUESTIONS = (
    "How many r's are in the word strawberry?",
    "How many times does the letter 's' appear in 'Mississippi'?",
    "strawberry里面有多少个字母r？",
    "What is the capital of France?",
    "Write a haiku about rain.",
)


def _client_for(model: str, base_url: str | None) -> tuple[Any, str]:
    """An OpenAI client and model id: the embedded model for 'local', else the endpoint."""
    if model == "local" and base_url is None:
        from .local import LOCAL_MODEL_ID, local_client

        return local_client(), LOCAL_MODEL_ID
    import openai

    client = openai.OpenAI(base_url=base_url,
                           api_key=os.environ.get("OPENAI_API_KEY") or "not-needed")
    if model == "local":  # a served local model: ask it for its id
        model = client.models.list().data[0].id
    return client, model


def _cmd_ask(args: argparse.Namespace) -> int:
    raw, model = _client_for(args.model, args.base_url)
    client = _client.wrap(raw, rules=args.rules or ())
    request: dict[str, Any] = {"model": model,
                               "messages": [{"role": "user", "content": args.question}]}
    if args.max_tokens:
        request["max_tokens"] = args.max_tokens
    if args.temperature is not None:
        request["temperature"] = args.temperature
    if args.stream:
        stream = client.chat.completions.create(stream=True, **request)
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                print(chunk.choices[0].delta.content, end="", flush=True)
        print()
        decision = decision_of(stream)
    else:
        reply = client.chat.completions.create(**request)
        decision = decision_of(reply)
        if not args.json:
            print(reply.choices[0].message.content)
    if args.json:
        print(decision.model_dump_json(indent=2))
    else:
        print(f"[route={decision.route} tool={decision.tool} reason={decision.reason}]",
              file=sys.stderr)
    return 0


ROUTE_FIELDS = ("route", "family", "rule_id", "tool", "problem", "value", "answer", "reason")


def _cmd_route(args: argparse.Namespace) -> int:
    if args.file is None:
        if args.question is None:
            raise GuardrailError("give a QUESTION or --file questions.jsonl")
        decision = route(args.question, rules=args.rules or ())
        if args.json:
            print(decision.model_dump_json())
            return 0
        for name in ROUTE_FIELDS:
            print(f"{name:>8}: {getattr(decision, name)}")
        return 0
    return _route_file(args)


def _route_file(args: argparse.Namespace) -> int:
    """One JSON object per input line: {"prompt": ..., "id": ...} in, the decision out."""
    source = sys.stdin if args.file == "-" else open(args.file, encoding="utf-8")  # noqa: SIM115
    with source:
        for number, line in enumerate(source, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                prompt = item["prompt"]
                if not isinstance(prompt, str):
                    raise TypeError("'prompt' must be a string")
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise GuardrailError(f"{args.file}:{number}: expected a JSON object with a "
                                     f"string 'prompt' ({exc})") from None
            decision = route(prompt, rules=args.rules or ())
            record = {"id": item.get("id", number),
                      **decision.model_dump(include=set(ROUTE_FIELDS))}
            if args.json:
                print(json.dumps(record, ensure_ascii=False), flush=False)
            else:
                print(f"{record['id']}\t{decision.route}\t{decision.tool or '-'}\t"
                      f"{decision.value if decision.value is not None else '-'}")
    sys.stdout.flush()
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    raw, model = _client_for(args.model, args.base_url)
    guarded = _client.wrap(raw)
    print(f"guardrail demo on {model}: the same questions, raw and guarded (temperature 0)\n")
    for question in DEMO_QUESTIONS:
        request = {"model": model, "temperature": 0, "max_tokens": args.max_tokens,
                   "messages": [{"role": "user", "content": question}]}
        unguarded = raw.chat.completions.create(**request).choices[0].message.content
        reply = guarded.chat.completions.create(**request)
        decision = decision_of(reply)
        print(f"Q: {question}")
        print(f"   raw:      {_one_line(unguarded)}")
        print(f"   guarded:  {_one_line(reply.choices[0].message.content)}")
        print(f"   route:    {decision.route}"
              + (f" (tool {decision.tool}, value {decision.value})" if decision.tool else "")
              + f"  [{decision.timings_ms['total']:.1f} ms]\n")
    return 0


def _one_line(text: str | None, limit: int = 110) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _load_items(suite: str, seed: int) -> tuple[str, list[Any]]:
    from .bench.suites import build_suite, read_suite

    path = Path(suite)
    if path.suffix == ".jsonl" or path.is_file():
        if not path.is_file():
            raise GuardrailError(f"no suite file {suite}")
        return path.stem, read_suite(path)
    try:
        return suite, build_suite(suite, seed=seed)
    except (KeyError, ValueError) as exc:
        raise GuardrailError(f"unknown suite {suite!r}: {exc}") from None


def _cmd_bench(args: argparse.Namespace) -> int:
    from .bench.cache import RecordCache
    from .bench.report import write_report
    from .bench.runner import BenchRunner, BenchSettings, select_items

    try:
        from tqdm import tqdm
    except ImportError:  # the bench extra is missing: run without a progress bar
        tqdm = None

    suite_name, items = _load_items(args.suite, args.seed)
    if args.family:
        unknown = sorted(set(args.family) - {item.family for item in items})
        if unknown:
            raise GuardrailError(f"no items of famil{'y' if len(unknown) == 1 else 'ies'} "
                                 f"{', '.join(unknown)} in suite {suite_name}")
        items = [item for item in items if item.family in args.family]
    if args.model_bound_only:
        # A frontier is learned from questions the model answers: tool-answered ones would
        # cost calls and teach it nothing.
        from ._route import route

        items = [item for item in items if route(item.prompt).route != "tool"]
    items = select_items(items, args.limit)
    raw, model = _client_for(args.model, args.base_url)
    settings = BenchSettings(
        model=model, endpoint=args.base_url or "local",
        modes=("raw", "guarded") if args.compare else ("raw",) if args.raw else ("guarded",),
        temperature=args.temperature, max_tokens=args.max_tokens, seed=args.seed,
        concurrency=args.concurrency, timeout_s=args.timeout, samples=args.samples)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    command = "guardrail " + " ".join(sys.argv[1:]) if sys.argv[1:] else "guardrail bench"

    def progress(total: int, cached: int) -> Any:
        print(f"{suite_name}: {len(items)} items x {len(settings.modes)} modes on {model}; "
              f"{cached} cached, {total} to run", file=sys.stderr)
        if tqdm is None or total == 0:
            return None
        return tqdm(total=total, unit="reply", dynamic_ncols=True, file=sys.stderr)

    with RecordCache(args.cache or out / "cache.sqlite") as cache:
        guard_options: dict[str, Any] = {}
        if args.policy:
            guard_options["policy"] = args.policy
        elif args.max_error_rate is not None:
            guard_options["max_error_rate"] = (None if args.max_error_rate <= 0
                                               else args.max_error_rate)
        runner = BenchRunner(raw, settings, cache, guard_options=guard_options)
        try:
            summary = runner.run(items, progress=progress)
        except KeyboardInterrupt:
            print("\ninterrupted: every finished reply is saved; rerun the same command to "
                  "resume", file=sys.stderr)
            return 130
        keys = [runner.key(item, mode) for item in items for mode in settings.modes]
        records = cache.records(keys)
    sources = {item.family: item.source for item in items}
    report = write_report(records, out, model=model, suite=suite_name, command=command,
                          sources=sources)
    for mode, metrics in report["modes"].items():
        overall = metrics["overall"]
        print(f"{mode:>8}: n={overall['n']} correct {overall['correct']:.1%}  incorrect "
              f"{overall['incorrect']:.1%}  avoidant {overall['avoidant']:.1%}  tools "
              f"{metrics['tool_share']:.1%}")
    print(f"report: {out / 'report.md'}")
    if summary.failures:
        print(f"{len(summary.failures)} calls failed (not cached; rerun to retry), e.g. "
              f"{summary.failures[0]}", file=sys.stderr)
        return 1
    return 0


def _cmd_bench_diff(args: argparse.Namespace) -> int:
    from .bench.diff import diff_reports

    try:
        old = json.loads(Path(args.old).read_text(encoding="utf-8"))
        new = json.loads(Path(args.new).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GuardrailError(f"cannot read report: {exc}") from None
    rows = diff_reports(old, new, alpha=args.alpha)
    flagged = [row for row in rows if row["flagged"]]
    print(f"{'mode':<8}{'family':<26}{'outcome':<11}{'old':>8}{'new':>8}{'p':>10}  flag")
    for row in rows if args.all else flagged:
        print(f"{row['mode']:<8}{row['family']:<26}{row['outcome']:<11}{row['old']:>8.1%}"
              f"{row['new']:>8.1%}{row['p']:>10.2g}  {'DRIFT' if row['flagged'] else ''}")
    print(f"{len(flagged)} of {len(rows)} rates changed beyond chance (two-proportion z-test,"
          f" Bonferroni-corrected alpha {args.alpha})")
    return 1 if flagged else 0


def _cmd_bench_make_suites(args: argparse.Namespace) -> int:
    from .bench.suites import SUITES, build_suite, write_suite

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name in args.suite or ["default"]:
        if name not in SUITES:
            raise GuardrailError(f"unknown suite {name!r}; choose from {sorted(SUITES)}")
        items = build_suite(name, seed=args.seed)
        write_suite(items, out / f"{name}.jsonl")
        print(f"{out / f'{name}.jsonl'}: {len(items)} items")
    return 0


def _cmd_bench_results(args: argparse.Namespace) -> int:
    """benchmarks/RESULTS.md (and its plots) from a finished run: nothing typed by hand."""
    import shutil

    run = Path(args.run_dir)
    report_md = run / "report.md"
    report_json = run / "report.json"
    if not report_md.is_file() or not report_json.is_file():
        raise GuardrailError(f"{run} holds no report.md/report.json; run 'guardrail bench' first")
    report = json.loads(report_json.read_text(encoding="utf-8"))
    out = Path(args.out)
    plots_dir = out.parent / "results"
    plots_dir.mkdir(parents=True, exist_ok=True)
    for plot in report.get("plots", []):
        shutil.copyfile(run / plot, plots_dir / plot)
    body = report_md.read_text(encoding="utf-8")
    for plot in report.get("plots", []):
        body = body.replace(f"]({plot})", f"](results/{plot})")
    header = (
        "<!-- Generated by `guardrail bench results "
        f"{args.run_dir} --out {args.out}`; do not edit by hand. -->\n\n"
        f"Regenerate: `{report.get('command', 'guardrail bench')}` then "
        f"`guardrail bench results {args.run_dir} --out {args.out}`.\n\n")
    out.write_text(header + body, encoding="utf-8")
    print(f"{out}: from {report_json} ({len(report.get('plots', []))} plots in {plots_dir})")
    return 0


def _cmd_frontier_learn(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from .bench.learn import frontier_examples, read_records
    from .frontier import fit_frontier, format_table, frontier_path, model_slug, save_frontier

    records = read_records(args.records)
    models = sorted({r.model for r in records if r.mode == "raw"})
    model = args.model or (models[0] if len(models) == 1 else None)
    if model is None:
        raise GuardrailError(f"the records hold several models {models}: pick one with --model")
    examples = list(frontier_examples(records, model=model))
    if not examples:
        raise GuardrailError(f"no raw, model-answered records of {model!r} in {args.records}")
    frontier = fit_frontier(
        examples, model=model, l2=args.l2, folds=args.folds, seed=args.seed,
        created=datetime.now(UTC).replace(microsecond=0).isoformat(),
        source=f"guardrail frontier learn --records {args.records}: {len(examples)} raw "
               f"records answered by the model")
    out = Path(args.out) if args.out else frontier_path(model, Path("frontiers"))
    save_frontier(frontier, out)
    print(format_table(frontier))
    print(_policy_table(frontier, args.max_error_rate))
    print(f"frontier of {model} ({model_slug(model)}): {out}")
    return 0


def _policy_table(frontier: Any, max_error_rate: float) -> str:
    """What the risk target costs per family: thresholds and coverage on held-out estimates."""
    from .policy import calibrate

    lines = [f"policy at max_error_rate {max_error_rate} (learn-then-test, confidence 0.9):",
             f"{'family':<16}{'n':>5}{'min est.':>10}{'min agr.':>10}{'coverage':>10}"
             f"{'error':>8}{'bound':>8}"]
    for family in sorted({e.family for e in frontier.policy_examples}):
        examples = [e for e in frontier.policy_examples if e.family == family]
        rule = calibrate(examples, max_error_rate=max_error_rate)
        bound = "-" if rule.upper_bound is None else f"{rule.upper_bound:.2f}"
        lines.append(f"{family:<16}{len(examples):>5}{rule.min_estimate:>10.2f}"
                     f"{rule.min_agreement:>10.2f}{rule.coverage or 0:>10.1%}"
                     f"{rule.error_rate or 0:>8.1%}{bound:>8}")
    return "\n".join(lines)


def _cmd_frontier_show(args: argparse.Namespace) -> int:
    from .frontier import find_frontier, format_table, model_slug, plot_frontier

    model = "SmolLM2-135M-Instruct" if args.model == "local" else args.model
    frontier = find_frontier(model, tuple(Path(d) for d in args.dir or ()))
    if frontier is None:
        raise GuardrailError(f"no frontier for {model!r}: learn one with 'guardrail frontier "
                             "learn --records DIR --model NAME'")
    print(f"{frontier.model}: {frontier.source} (created {frontier.created})")
    print(format_table(frontier))
    print(_policy_table(frontier, args.max_error_rate))
    png = plot_frontier(frontier, Path(args.png or f"frontier-{model_slug(model)}.png"))
    print(f"heatmap: {png}")
    return 0


def _cmd_serve_local(args: argparse.Namespace) -> int:
    from .local import LocalServer

    server = LocalServer(host=args.host, port=args.port, model_path=args.model_path)
    print(f"Serving {server._server.app.model_id} at {server.base_url} (Ctrl-C to stop)",
          flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="guardrail", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    def endpoint(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--model", default="local",
                         help="'local' for the embedded model, or a model name")
        sub.add_argument("--base-url", default=None,
                         help="an OpenAI-compatible endpoint (default: the embedded model)")

    ask = commands.add_parser("ask", help="answer a question through the guarded client")
    ask.add_argument("question")
    endpoint(ask)
    ask.add_argument("--rules", action="append", help="extra rules file or directory")
    ask.add_argument("--max-tokens", type=int, default=256)
    ask.add_argument("--temperature", type=float, default=None)
    ask.add_argument("--stream", action="store_true")
    ask.add_argument("--json", action="store_true", help="print the decision as JSON")
    ask.set_defaults(run=_cmd_ask)

    route_cmd = commands.add_parser("route", help="show the routing decision; calls no model")
    route_cmd.add_argument("question", nargs="?", default=None)
    route_cmd.add_argument("--file", default=None,
                           help="JSONL with 'prompt' (and optional 'id') per line; - for stdin")
    route_cmd.add_argument("--rules", action="append", help="extra rules file or directory")
    route_cmd.add_argument("--json", action="store_true")
    route_cmd.set_defaults(run=_cmd_route)

    demo = commands.add_parser("demo", help="ask a few questions raw and guarded")
    endpoint(demo)
    demo.add_argument("--max-tokens", type=int, default=60)
    demo.set_defaults(run=_cmd_demo)

    bench = commands.add_parser(
        "bench", help="benchmark a model with and without the guardrail",
        description="Run a suite and write report.json, report.md and plots to --out. "
        "Other actions: 'guardrail bench diff OLD.json NEW.json', "
        "'guardrail bench make-suites'.")
    bench.add_argument("--suite", default="default", help="a suite name or a JSONL file")
    endpoint(bench)
    bench.add_argument("--compare", action="store_true", help="run every item raw and guarded")
    bench.add_argument("--raw", action="store_true",
                       help="run every item raw only (records to learn a frontier from)")
    bench.add_argument("--max-error-rate", type=float, default=None,
                       help="guarded mode: the risk target per family (default: the "
                            "library's; 0 turns the frontier policy off)")
    bench.add_argument("--policy", default=None,
                       help="guarded mode: a policy YAML file (per-family targets or thresholds)")
    bench.add_argument("--family", action="append", default=None,
                       help="only this family (repeatable)")
    bench.add_argument("--model-bound-only", action="store_true",
                       help="skip items a tool answers (they teach a frontier nothing)")
    bench.add_argument("--samples", type=int, default=0, metavar="K",
                       help="raw mode: also draw K sampled replies per item, for calibrating "
                            "the self-consistency check")
    bench.add_argument("--limit", type=int, default=None,
                       help="at most N items per family, stratified by difficulty")
    bench.add_argument("--concurrency", type=int, default=1)
    bench.add_argument("--out", required=True, help="output directory")
    bench.add_argument("--cache", default=None, help="cache file (default: OUT/cache.sqlite)")
    bench.add_argument("--max-tokens", type=int, default=160)
    bench.add_argument("--temperature", type=float, default=0.0)
    bench.add_argument("--seed", type=int, default=0)
    bench.add_argument("--timeout", type=float, default=120.0, help="seconds per call")
    bench.set_defaults(run=_cmd_bench)

    diff = commands.add_parser("bench-diff", help="drift between two report.json files")
    diff.add_argument("old")
    diff.add_argument("new")
    diff.add_argument("--alpha", type=float, default=0.05)
    diff.add_argument("--all", action="store_true", help="show every row, not only drift")
    diff.set_defaults(run=_cmd_bench_diff)

    make = commands.add_parser("bench-make-suites", help="write suites as JSONL files")
    make.add_argument("--suite", action="append", help="suite name (default: default)")
    make.add_argument("--seed", type=int, default=0)
    make.add_argument("--out", default="benchmarks/suites")
    make.set_defaults(run=_cmd_bench_make_suites)

    results = commands.add_parser("bench-results",
                                  help="write benchmarks/RESULTS.md from a finished run")
    results.add_argument("run_dir", metavar="RUN",
                         help="the --out directory of a guardrail bench run")
    results.add_argument("--out", default="benchmarks/RESULTS.md")
    results.set_defaults(run=_cmd_bench_results)

    learn = commands.add_parser(
        "frontier-learn", help="learn a model's jagged frontier from graded bench records")
    learn.add_argument("--records", required=True,
                       help="a bench --out directory, its cache.sqlite, or a JSONL of records")
    learn.add_argument("--model", default=None, help="the model whose records to learn from")
    learn.add_argument("--out", default=None, help="default: frontiers/<model>.json")
    learn.add_argument("--l2", type=float, default=1.0)
    learn.add_argument("--folds", type=int, default=5)
    learn.add_argument("--seed", type=int, default=0)
    learn.add_argument("--max-error-rate", type=float, default=0.2,
                       help="report the thresholds and coverage of this target")
    learn.set_defaults(run=_cmd_frontier_learn)

    show = commands.add_parser("frontier-show", help="a frontier as a table and a heatmap")
    show.add_argument("model", help="a model name ('local': the embedded model)")
    show.add_argument("--dir", action="append", help="directory with <model>.json frontiers")
    show.add_argument("--png", default=None, help="default: frontier-<model>.png")
    show.add_argument("--max-error-rate", type=float, default=0.2)
    show.set_defaults(run=_cmd_frontier_show)

    serve = commands.add_parser("serve-local",
                                help="serve the embedded model over the OpenAI protocol")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8088)
    serve.add_argument("--model-path", default=None, help="another local GGUF file")
    serve.set_defaults(run=_cmd_serve_local)
    return parser


# "guardrail bench diff ..." reads better than "guardrail bench-diff ..."; both work.
_BENCH_ACTIONS = {"diff": "bench-diff", "make-suites": "bench-make-suites",
                  "results": "bench-results"}
_FRONTIER_ACTIONS = {"learn": "frontier-learn", "show": "frontier-show"}


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if len(arguments) >= 2 and arguments[0] == "bench" and arguments[1] in _BENCH_ACTIONS:
        arguments = [_BENCH_ACTIONS[arguments[1]], *arguments[2:]]
    elif len(arguments) >= 2 and arguments[0] == "frontier" and arguments[1] in _FRONTIER_ACTIONS:
        arguments = [_FRONTIER_ACTIONS[arguments[1]], *arguments[2:]]
    args = build_parser().parse_args(arguments)
    try:
        return int(args.run(args))
    except GuardrailError as exc:
        print(f"guardrail: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
