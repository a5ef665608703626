"""Strict, format-tolerant comparison of a tool's canonical ``value`` with a corpus answer.

``matches(expected, value)`` says whether ``value`` (``Decision.value``) is a correct answer
for ``expected`` (the ``"expected"`` object of a corpus line). Several answer formats are still
being decided by the solver authors, so equivalent spellings are accepted ("3/10", "0.3";
"2^3 × 3^2 × 5", "2³·3²·5", "2*2*2*3*3*5"; "9*pi", "9π"; "inside", "interior"), but a
value is never accepted when it could be read as a different answer: anything that does not
parse completely is wrong.

Rules per expected ``type``:

- ``number``: exact rational (``answer`` is "a/b" or an integer). Accepted: integers (also
  with thousands separators "1,234"), "a/b", exact decimals, ``\\frac{a}{b}``; "≈"/"="
  alternatives ("1/3 ≈ 0.333") when at least one is exact and every approximation is
  correctly rounded. A lone approximation of a non-terminating rational ("0.3333") is wrong.
- ``real``: exact value written as a sympy expression ("5*sqrt(2)", "9/4*pi"). Accepted:
  any exactly equal expression of numbers, sqrt/√, pi/π, + - * / ^ and parentheses; or a
  decimal approximation with at least 6 significant digits that is correctly rounded (a
  1e-12 relative slack covers the last bits of a float repr).
- ``bool``: "yes"/"no" (also true/false, 是/否, "[Yes]").
- ``choice``: the winning number of "which is bigger/smaller", in any exactly equal form
  (also a percentage "40%" or a power "2^10" as written).
- ``text`` / ``word_choice``: verbatim after trimming whitespace, one pair of quotes and a
  final full stop; case-insensitive unless ``case_sensitive``.
- ``list``: items split on commas, semicolons, "、", "and" or spaces (and "<" / ">" when the
  list is ascending / descending); number items compared exactly; order matters when
  ``ordered``, otherwise the multisets must be equal.
- ``relation``: inside / boundary / outside (and synonyms); when ``yes_if`` is set the
  question was a yes/no one, so "yes" means ``yes_if``.
- ``factorization``: the multiset of (prime, exponent) pairs.

The second half of this module runs a corpus through ``guardrail.route`` and tallies the
results; ``tests/test_routing_corpus.py`` and ``benchmarks/routing_corpus.py`` share it.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

__all__ = ["CORPUS_DIR", "FAMILIES", "SPLITS", "Outcome", "load_corpus", "matches",
           "parse_factorization", "parse_number", "run_corpus", "summarize"]

_DASHES = str.maketrans({"−": "-", "–": "-", "—": "-", "－": "-", "﹣": "-"})
_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_QUOTES = [('"', '"'), ("'", "'"), ("“", "”"), ("‘", "’"), ("「", "」"), ("`", "`"),
           ("«", "»"), ("『", "』")]


def _strip(text: str, quotes: bool = True) -> str:
    """Trim whitespace, wrapping quotes / \\boxed{} / $...$, and one final full stop."""
    t = text.strip().translate(_DASHES)
    while True:
        before = t
        boxed = re.fullmatch(r"\\boxed\{(.*)\}", t, re.DOTALL)
        if boxed:
            t = boxed.group(1).strip()
        if len(t) >= 2 and t[0] == "$" and t[-1] == "$":
            t = t.strip("$").strip()
        for left, right in _QUOTES if quotes else ():
            if len(t) >= 2 and t[0] == left and t[-1] == right:
                t = t[1:-1].strip()
        if t[-1:] in (".", "。", "!", "！"):
            t = t[:-1].rstrip()
        if t == before:
            return t


# Numbers ---------------------------------------------------------------------------------------

_INT = r"(?:\d{1,3}(?:,\d{3})+|\d+)"
_DECIMAL_RE = re.compile(rf"([+-]?)\s*({_INT}(?:\.\d+)?|\.\d+)(?:[eE]([+-]?\d+))?")
_RATIO_RE = re.compile(r"([+-]?)\s*(\d+)\s*/\s*(\d+)")
_LATEX_FRAC_RE = re.compile(r"([+-]?)\s*\\[dt]?frac\s*\{\s*([+-]?\d+)\s*\}\s*\{\s*(\d+)\s*\}")


def parse_number(text: str) -> Fraction | None:
    """The exact value of a number written as an integer, "a/b", a decimal or \\frac{a}{b}."""
    t = _strip(text)
    for pattern in (_RATIO_RE, _LATEX_FRAC_RE):
        m = pattern.fullmatch(t)
        if m:
            if int(m.group(3)) == 0:
                return None
            q = Fraction(int(m.group(2)), int(m.group(3)))
            return -q if m.group(1) == "-" else q
    m = _DECIMAL_RE.fullmatch(t)
    if not m:
        return None
    q = Fraction(Decimal(m.group(2).replace(",", "")))
    if m.group(3):
        exp = int(m.group(3))
        if abs(exp) > 400:
            return None
        q *= Fraction(10) ** exp
    return -q if m.group(1) == "-" else q


def _plain_decimal(text: str) -> tuple[int, int] | None:
    """(digits after the point, significant digits) of a plain decimal such as "28.2743"."""
    m = re.fullmatch(r"[+-]?(\d+)\.(\d+)", _strip(text))
    if not m:
        return None
    significant = (m.group(1) + m.group(2)).lstrip("0")
    return len(m.group(2)), len(significant)


def _rounds_to(q: Fraction, decimals: int, target: Fraction, slack: Fraction) -> bool:
    return abs(q - target) <= Fraction(1, 2 * 10**decimals) + slack


_ALTERNATIVES_RE = re.compile(r"≈|~|=|\bor\b|\babout\b|\bapproximately\b|\bapprox\.?|约")


def _alternatives(value: str) -> list[str]:
    """ "9π (≈ 28.27)" -> ["9π", "28.27"]; a value with no alternatives is one part."""
    t = _strip(value)
    t = re.sub(r"\(\s*((?:≈|~|about|approximately|approx\.?|约)[^()]*)\)", r" \1", t)
    parts = [p.strip().strip(",;").strip() for p in _ALTERNATIVES_RE.split(t)]
    return [p for p in parts if p] if len(parts) > 1 else [t]


def _match_number(expected: dict[str, Any], value: str) -> bool:
    target = Fraction(expected["answer"])
    strong = False
    for part in _alternatives(value):
        q = parse_number(part)
        if q is None:
            return False
        if q == target:
            strong = True
            continue
        shape = _plain_decimal(part)
        if shape is None or not _rounds_to(q, shape[0], target, Fraction(0)):
            return False
    return strong


# Irrational values -----------------------------------------------------------------------------

_SYMBOL_REPLACEMENTS = [("\\cdot", "*"), ("\\times", "*"), ("\\pi", "pi"), ("\\sqrt", "sqrt"),
                        ("×", "*"), ("·", "*"), ("⋅", "*"), ("π", "pi"), ("√", "sqrt"),
                        ("{", "("), ("}", ")"), ("**", "^")]


def _parse_symbolic(text: str) -> Any | None:
    """A sympy number for an exact expression of numbers, sqrt, pi and + - * / ^ ( )."""
    import sympy

    t = _strip(text).lower()
    for old, new in _SYMBOL_REPLACEMENTS:
        t = t.replace(old, new)
    t = re.sub(r"([⁰¹²³⁴⁵⁶⁷⁸⁹]+)", lambda m: "^" + m.group(1).translate(_SUPERSCRIPT_DIGITS),
               t)
    t = re.sub(r"sqrt\s*(\d+(?:\.\d+)?)", r"sqrt(\1)", t)
    t = re.sub(r"(?<=[\d)])\s*(?=sqrt|pi|\()", "*", t)
    t = re.sub(r"(?<=pi)\s*(?=[\d(]|sqrt)", "*", t)
    if set(re.findall(r"[a-z]+", t)) - {"sqrt", "pi"}:
        return None
    if not t or re.search(r"[^0-9a-z.+\-*/^() ]", t) or re.search(r"\d\s+\d", t):
        return None
    try:
        expr = sympy.sympify(t.replace("^", "**"), rational=True,
                             locals={"pi": sympy.pi, "sqrt": sympy.sqrt})
    except (sympy.SympifyError, SyntaxError, TypeError, ValueError, ZeroDivisionError):
        return None
    return expr if getattr(expr, "is_number", False) and expr.is_finite else None


def _digits(expr: Any, n: int = 60) -> Fraction:
    """A Fraction within 10**-(n-10) relative of a sympy number."""
    return Fraction(Decimal(str(expr.evalf(n))))


def _match_real(expected: dict[str, Any], value: str) -> bool:
    import sympy

    target = _parse_symbolic(expected["answer"])
    if target is None:
        raise ValueError(f"bad expected real {expected['answer']!r}")
    approx_target = _digits(target)
    slack = abs(approx_target) / 10**12
    exact_rational = Fraction(str(target)) if target.is_rational else None
    strong = False
    for part in _alternatives(value):
        q = parse_number(part)
        shape = _plain_decimal(part)
        if q is not None and exact_rational is not None and q == exact_rational:
            strong = True
        elif q is not None and shape is not None:
            if not _rounds_to(q, shape[0], approx_target, slack):
                return False
            strong = strong or (exact_rational is None and shape[1] >= 6)
        elif q is not None:
            return False  # an integer or a/b that is not the exact value
        else:
            expr = _parse_symbolic(part)
            if expr is None or abs(_digits(sympy.sympify(expr - target))) > Fraction(1, 10**40):
                return False
            strong = True
    return strong


# Words -----------------------------------------------------------------------------------------

_YES = {"yes", "y", "true", "是", "是的", "对"}
_NO = {"no", "n", "false", "否", "不是", "不", "不对"}
_RELATIONS = {
    "inside": {"inside", "in", "interior", "within", "strictly inside", "inner", "内部", "在内部",
               "内", "里面", "在多边形内", "在多边形内部"},
    "boundary": {"boundary", "on boundary", "on the boundary", "on", "on edge", "on the edge",
                 "on an edge", "edge", "border", "on the border", "边界", "边界上", "在边界上",
                 "边上", "在边上"},
    "outside": {"outside", "out", "exterior", "外部", "在外部", "外", "外面", "在多边形外",
                "在多边形外部"},
}


def _word(value: str) -> str:
    t = _strip(value).casefold().replace("_", " ").replace("-", " ")
    t = re.sub(r"^\[(.*)\]$", r"\1", t).strip()
    return re.sub(r"\s+", " ", t)


def _yes_no(value: str) -> bool | None:
    w = _word(value)
    return True if w in _YES else False if w in _NO else None


def _match_bool(expected: dict[str, Any], value: str) -> bool:
    said = _yes_no(value)
    return said is not None and said == (expected["answer"] == "yes")


def _match_relation(expected: dict[str, Any], value: str) -> bool:
    answer = expected["answer"]
    w = _word(value)
    if w in _RELATIONS[answer]:
        return True
    yes_if = expected.get("yes_if")
    said = _yes_no(value)
    if yes_if is None or said is None or answer == "boundary":
        return False
    return said == (answer == yes_if)


def _choice_value(text: str) -> Any | None:
    """The exact value of a choice as written: a number, a percentage ("40%") or an exact
    expression of numbers ("2^10")."""
    q = parse_number(text)
    if q is not None:
        return q
    t = _strip(text)
    if t.endswith("%") and (percent := parse_number(t[:-1])) is not None:
        return percent / 100
    expr = _parse_symbolic(re.sub(r"的(\d+)次方", r"^\1", t))
    return Fraction(int(expr.p), int(expr.q)) if expr is not None and expr.is_Rational else None


def _match_choice(expected: dict[str, Any], value: str) -> bool:
    q = _choice_value(value)
    return q is not None and q == _choice_value(expected["answer"])


def _text(value: str, case_sensitive: bool) -> str:
    t = _strip(value)
    return t if case_sensitive else t.casefold()


def _match_text(expected: dict[str, Any], value: str) -> bool:
    cs = bool(expected.get("case_sensitive"))
    return _text(value, cs) == _text(expected["answer"], cs)


def _match_word_choice(expected: dict[str, Any], value: str) -> bool:
    return _text(value, False) == expected["answer"].casefold()


# Lists -----------------------------------------------------------------------------------------


def _list_items(value: str, order: str | None) -> list[str]:
    t = _strip(value, quotes=False)
    for left, right in ("[]", "()", "{}"):
        if t[:1] == left and t[-1:] == right:
            t = t[1:-1].strip()
    seps = r"[,;，、；]|\band\b|和"
    if order == "asc":
        seps += "|<"
    elif order == "desc":
        seps += "|>"
    items = []
    for chunk in re.split(rf"\s*(?:{seps})\s*", t):
        items += [_strip(x) for x in chunk.split()]
    return [x for x in items if x]


def _match_list(expected: dict[str, Any], value: str) -> bool:
    items = _list_items(value, expected.get("order"))
    key: Callable[[str], Any]
    if expected["elem"] == "number":
        key = parse_number
    else:
        def key(x: str) -> str:
            return x.casefold()
    got = [key(x) for x in items]
    want = [key(x) for x in expected["answer"]]
    if any(g is None for g in got):
        return False
    if expected["ordered"]:
        return got == want
    return Counter(got) == Counter(want)


# Factorizations --------------------------------------------------------------------------------


def parse_factorization(value: str, n: int | None = None) -> Counter[int] | None:
    """{prime: exponent} read from "2^3 × 3^2 × 5", "2³·3²·5", "2*2*2*3*3*5", "[(2, 3), (3, 2)]",
    "{2: 3, 3: 2}" or "360 = 2^3 * 3^2 * 5"; None when the text is anything else."""
    t = _strip(value)
    t = re.sub(r"([⁰¹²³⁴⁵⁶⁷⁸⁹]+)", lambda m: "^" + m.group(1).translate(_SUPERSCRIPT_DIGITS),
               t)
    t = t.replace("**", "^").replace("\\cdot", "*").replace("\\times", "*")
    t = re.sub(r"\s*\^\s*\{\s*(\d+)\s*\}", r"^\1", t)
    t = re.sub(r"\s*\^\s*\(\s*(\d+)\s*\)", r"^\1", t)
    t = re.sub(r"\s*\^\s*", "^", t)
    if n is not None:
        t = re.sub(rf"^\s*{n}\s*=\s*", "", t)
        t = re.sub(rf"\s*=\s*{n}\s*$", "", t)
    found: Counter[int] = Counter()

    def add(p: str, e: str | None) -> bool:
        if e is not None and int(e) == 0:
            return False
        found[int(p)] += int(e or 1)
        return True

    pairs = r"\(\s*(\d+)\s*,\s*(\d+)\s*\)"
    if re.fullmatch(rf"\[?\s*{pairs}(?:\s*,\s*{pairs})*\s*\]?", t):
        if not all(add(p, e) for p, e in re.findall(pairs, t)):
            return None
    elif re.fullmatch(r"\{\s*\d+\s*:\s*\d+(?:\s*,\s*\d+\s*:\s*\d+)*\s*\}", t):
        if not all(add(p, e) for p, e in re.findall(r"(\d+)\s*:\s*(\d+)", t)):
            return None
    else:
        for token in re.split(r"\s*(?:\*|×|·|⋅|\bx\b|,)\s*|\s+", t):
            m = re.fullmatch(r"(\d+)(?:\s*\^\s*(\d+))?", token)
            if not m or not add(m.group(1), m.group(2)):
                return None
    return found or None


def _match_factorization(expected: dict[str, Any], value: str) -> bool:
    want = Counter({int(p): int(e) for p, e in expected["answer"]})
    got = parse_factorization(value, expected.get("n"))
    return got is not None and got == want


_MATCHERS: dict[str, Callable[[dict[str, Any], str], bool]] = {
    "number": _match_number, "real": _match_real, "bool": _match_bool, "choice": _match_choice,
    "text": _match_text, "word_choice": _match_word_choice, "list": _match_list,
    "relation": _match_relation, "factorization": _match_factorization,
}


def matches(expected: dict[str, Any], value: str | None) -> bool:
    """True when ``value`` is a correct answer for ``expected``; never for a None value."""
    if value is None:
        return False
    try:
        matcher = _MATCHERS[expected["type"]]
    except KeyError:
        raise ValueError(f"unknown expected type {expected.get('type')!r}") from None
    if not value.strip():
        return False
    return matcher(expected, value)


# Running a corpus ------------------------------------------------------------------------------

CORPUS_DIR = Path(__file__).resolve().parent
SPLITS = ("dev", "heldout", "dev2", "heldout2", "dev3", "heldout3", "dev4", "heldout4", "dev5",
          "heldout5", "dev6", "heldout6", "dev7", "heldout7",
          "dev8", "heldout8", "dev9", "heldout9", "dev10", "heldout10", "dev11", "heldout11",
          "dev12", "heldout12", "dev13", "heldout13", "dev14", "heldout14", "dev15", "heldout15",
          "dev16", "heldout16", "dev17", "heldout17", "dev18", "heldout18", "dev19", "heldout19",
          "dev20", "heldout20", "dev21", "heldout21", "dev22", "heldout22", "dev23", "heldout23",
          "dev24", "heldout24", "dev25", "heldout25", "dev26", "heldout26", "dev27", "heldout27",
          "dev28", "heldout28", "dev29", "heldout29", "dev30", "heldout30", "dev31", "heldout31",
          "dev32", "heldout32", "dev33", "heldout33", "dev34", "heldout34", "dev35", "heldout35",
          "dev36", "heldout36")
FAMILIES = ("arithmetic", "comparison", "number_theory", "counting", "geometry")


def load_corpus(split: str) -> list[dict[str, Any]]:
    with (CORPUS_DIR / f"corpus_{split}.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@dataclass
class Outcome:
    record: dict[str, Any]
    route: str  # a Decision.route, or "error" when route() raised
    value: str | None = None
    tool: str | None = None
    family: str | None = None  # the family guardrail reported
    error: str | None = None
    correct: bool | None = None  # positives answered by a tool only

    @property
    def by_tool(self) -> bool:
        return self.route == "tool"


def run_corpus(records: Iterable[dict[str, Any]],
               route: Callable[[str], Any] | None = None) -> list[Outcome]:
    """Route every prompt (with ``guardrail.route`` by default) and judge the tool answers."""
    if route is None:
        import guardrail

        route = guardrail.route
    outcomes = []
    for rec in records:
        try:
            d = route(rec["prompt"])
        except Exception as exc:  # a crash is reported, not fatal to the whole run
            outcomes.append(Outcome(rec, "error", error=f"{type(exc).__name__}: {exc}"))
            continue
        out = Outcome(rec, d.route, value=d.value, tool=d.tool, family=d.family)
        if rec["kind"] == "positive" and out.by_tool:
            out.correct = matches(rec["expected"], d.value)
        outcomes.append(out)
    return outcomes


@dataclass
class Tally:
    positives: int = 0
    by_tool: int = 0
    correct: int = 0
    wrong: int = 0
    errors: int = 0
    negatives: int = 0
    negatives_by_tool: int = 0
    positive_templates: set[str] = field(default_factory=set)

    @property
    def coverage(self) -> float:
        return self.by_tool / self.positives if self.positives else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"positives": self.positives, "by_tool": self.by_tool,
                "coverage": round(self.coverage, 4), "correct": self.correct,
                "wrong": self.wrong, "errors": self.errors, "negatives": self.negatives,
                "negatives_by_tool": self.negatives_by_tool,
                "positive_templates": len(self.positive_templates)}


def summarize(outcomes: Iterable[Outcome]) -> dict[str, Tally]:
    """Tallies per corpus family (negatives without a near-miss family count as "other"),
    plus "all"."""
    tallies: dict[str, Tally] = {f: Tally() for f in (*FAMILIES, "other", "all")}
    for out in outcomes:
        rec = out.record
        for t in (tallies[rec["family"] or "other"], tallies["all"]):
            t.errors += out.route == "error"
            if rec["kind"] == "positive":
                t.positive_templates.add(rec["template"])
                t.positives += 1
                t.by_tool += out.by_tool
                t.correct += out.correct is True
                t.wrong += out.correct is False
            else:
                t.negatives += 1
                t.negatives_by_tool += out.by_tool
    return tallies
