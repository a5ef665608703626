"""Benchmark suites: determinism, balance, templates, and answers recomputed independently.

The oracle checks parse each prompt back (through its template) and recompute the answer
with other code than the generator's: sympy for primes and exact geometry, Decimal for
decimal comparisons, math.gcd, str.count, Python ints.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import subprocess
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sympy import Circle, Point, Polygon, Rational, Segment, isprime

from guardrail.bench.models import BenchItem
from guardrail.bench.public import PUBLIC_SETS, datasets_dir, load_public_set
from guardrail.bench.suites import (
    BINS,
    DEFAULT_COMPOSITION,
    FAMILIES,
    FULL_COMPOSITION,
    SUITES,
    add_carries,
    build_suite,
    capitals,
    composition,
    fictional_entities,
    generate_family,
    read_suite,
    word_list,
    write_suite,
)

HAVE_DATA = datasets_dir().is_dir()
OFFLINE = [name for name, spec in FAMILIES.items() if not spec.needs_datasets]
GENERATED = [name for name, spec in FAMILIES.items() if spec.kind == "generated"]
WITH_TEMPLATES = [name for name, spec in FAMILIES.items() if spec.kind != "public"]


def _require_data() -> None:
    if not HAVE_DATA:
        if os.environ.get("CI"):
            pytest.fail(f"public datasets not found at {datasets_dir()} (set GUARDRAIL_DATASETS)")
        pytest.skip(f"public datasets not found at {datasets_dir()}")


@pytest.fixture(scope="module")
def default_suite() -> list[BenchItem]:
    _require_data()
    return build_suite("default", seed=0)


_NUMERIC = {"a", "b", "n", "x", "y", "px", "py", "x1", "y1", "r1", "x2", "y2", "r2", "year"}


def _fields(item: BenchItem) -> dict[str, str]:
    """The template's placeholders recovered from the prompt."""
    template = next(t for t in FAMILIES[item.family].templates if t.id == item.template_id)
    pattern, seen = "", set()
    for i, part in enumerate(re.split(r"\{(\w+)\}", template.text)):
        if i % 2 == 0:
            pattern += re.escape(part)
        elif part in seen:
            pattern += f"(?P={part})"
        else:
            seen.add(part)
            body = r"-?\d+(?:\.\d+)?" if part in _NUMERIC else ".+?"
            pattern += f"(?P<{part}>{body})"
    match = re.fullmatch(pattern, item.prompt, re.DOTALL)
    assert match, (item.template_id, item.prompt)
    return match.groupdict()


def _numbers(text: str) -> list[Rational]:
    return [Rational(x) for x in re.findall(r"-?\d+(?:\.\d+)?", text)]


# --------------------------------------------------------------------------- registry


def test_registry_has_every_family() -> None:
    assert set(GENERATED) == {"arithmetic", "decimal_compare", "number_theory",
                              "letter_count", "geometry"}
    assert {"capitals", "word_problems", "fictional"} <= set(FAMILIES)
    assert set(PUBLIC_SETS) <= set(FAMILIES)
    assert set(SUITES) == {"default", "full", "calibration", *PUBLIC_SETS}
    assert set(FULL_COMPOSITION) == set(FAMILIES) == set(DEFAULT_COMPOSITION)
    for name, spec in FAMILIES.items():
        assert spec.has_tool == (name not in ("capitals", "word_problems", "fictional")), name


@pytest.mark.parametrize("family", WITH_TEMPLATES)
def test_family_has_ten_templates_in_both_languages(family: str) -> None:
    templates = FAMILIES[family].templates
    langs = Counter(t.lang for t in templates)
    assert len(templates) >= 10 and langs["en"] >= 7 and langs["zh"] >= 3, (family, langs)
    assert len({t.id for t in templates}) == len(templates)
    assert len({t.text for t in templates}) == len(templates)
    assert all(t.id.startswith(f"{family}/") for t in templates)
    texts = " ".join(t.text for t in templates)
    assert "step by step" in texts or "一步一步" in texts


@pytest.mark.parametrize("family", OFFLINE)
def test_every_template_is_used_and_bins_are_even(family: str) -> None:
    n = 5 * len(FAMILIES[family].templates)
    items = generate_family(family, n, seed=1)
    assert composition(items) == {family: [n // BINS] * BINS}
    used = Counter(item.template_id for item in items)
    assert set(used) == {t.id for t in FAMILIES[family].templates}
    assert max(used.values()) - min(used.values()) <= 1
    assert {item.lang for item in items} == {"en", "zh"}
    assert len({item.prompt for item in items}) == n


# --------------------------------------------------------------------------- determinism


@pytest.mark.parametrize("family", OFFLINE)
def test_same_seed_same_items(family: str) -> None:
    first = generate_family(family, 25, seed=7)
    assert first == generate_family(family, 25, seed=7)
    assert first != generate_family(family, 25, seed=8)


def test_same_seed_byte_identical_files(tmp_path: Path) -> None:
    items = [item for family in OFFLINE for item in generate_family(family, 20, seed=3)]
    a = write_suite(items, tmp_path / "a.jsonl").read_bytes()
    b = write_suite([item for family in OFFLINE for item in generate_family(family, 20, seed=3)],
                    tmp_path / "b.jsonl").read_bytes()
    assert a == b
    assert read_suite(tmp_path / "a.jsonl") == items


_CHILD = """
import hashlib, sys
from guardrail.bench.suites import FAMILIES, generate_family
data = "".join(item.model_dump_json() + "\\n"
               for name, spec in FAMILIES.items() if not spec.needs_datasets
               for item in generate_family(name, 15, seed=11))
print(hashlib.sha256(data.encode()).hexdigest())
"""


def test_output_does_not_depend_on_hash_seed() -> None:
    """A child with hash randomisation off must write what this (randomised) process does."""
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    if os.environ.get("PYTHONHASHSEED") == "0":
        env["PYTHONHASHSEED"] = "12345"
    run = subprocess.run([sys.executable, "-c", _CHILD], env=env, capture_output=True,
                         text=True, check=True, timeout=300)
    here = "".join(item.model_dump_json() + "\n"
                   for name in OFFLINE for item in generate_family(name, 15, seed=11))
    assert run.stdout.strip() == hashlib.sha256(here.encode()).hexdigest()


def test_default_suite_is_byte_identical(default_suite: list[BenchItem], tmp_path: Path) -> None:
    again = build_suite("default", seed=0)
    assert write_suite(default_suite, tmp_path / "a").read_bytes() == write_suite(
        again, tmp_path / "b").read_bytes()
    assert build_suite("default", seed=1) != default_suite


def test_unknown_names_are_rejected() -> None:
    with pytest.raises(ValueError, match="unknown family"):
        generate_family("nope", 5)
    with pytest.raises(ValueError, match="unknown suite"):
        build_suite("nope")


def test_missing_datasets_fail_loudly(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="datasets not found"):
        generate_family("word_problems", 10, root=tmp_path / "absent")


# --------------------------------------------------------------------------- default suite


def test_default_suite_composition(default_suite: list[BenchItem]) -> None:
    table = composition(default_suite)
    assert list(table) == list(DEFAULT_COMPOSITION)
    for family, n in DEFAULT_COMPOSITION.items():
        assert table[family] == [n // BINS] * BINS, family  # every bin, evenly
    assert len(default_suite) == sum(DEFAULT_COMPOSITION.values()) == 330
    # raw + guarded on a 135M model at ~0.5 s a call, on 2 cores: well inside 15 minutes
    assert len(default_suite) * 2 * 0.5 <= 15 * 60 / 2
    ids = [item.id for item in default_suite]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(rf"default/{item.family}/\d{{4}}", item.id) for item in default_suite)
    assert all(item.suite == "default" for item in default_suite)
    assert len({(item.family, item.prompt) for item in default_suite}) == len(default_suite)
    assert {item.lang for item in default_suite} == {"en", "zh"}
    wp = [item for item in default_suite if item.family == "word_problems"]
    assert Counter(int(item.difficulty["gsm8k"]) for item in wp) == {0: 15, 1: 15}


def test_default_items_are_well_formed(default_suite: list[BenchItem]) -> None:
    for item in default_suite:
        spec = FAMILIES[item.family]
        assert item.has_tool == spec.has_tool
        assert item.source
        if item.answer_type == "none":
            assert item.family == "fictional" and item.answer is None
        else:
            assert item.answer is not None and item.answer.strip() == item.answer != ""
        if item.answer_type == "choice":
            assert len(item.choices) == 2 and item.answer in item.choices
            assert all(c in item.prompt for c in item.choices)
        if item.answer_type == "yes_no":
            assert item.answer in ("yes", "no")
        if item.answer_type == "number":
            assert re.fullmatch(r"-?\d+(\.\d+)?", str(item.answer)), item


def test_full_suite_is_larger_and_balanced() -> None:
    _require_data()
    full = build_suite("full", seed=0)
    assert composition(full) == {family: [20] * BINS for family in FULL_COMPOSITION}
    assert len({item.id for item in full}) == len(full)


# --------------------------------------------------------------------------- oracles


def test_arithmetic_answers() -> None:
    ops = ("add", "sub", "mul", "div")
    words = {"add": ("plus", "+", "加"), "sub": ("minus", "-", "减"),
             "mul": ("times", "×", "*", "乘以"), "div": ("divided by", "÷", "/", "除以")}
    items = generate_family("arithmetic", 200, seed=5)
    for item in items:
        fields = _fields(item)
        a, b = int(fields["a"]), int(fields["b"])
        op = ops[int(item.difficulty["op"])]
        assert any(w in item.prompt for w in words[op]), item.prompt
        want = {"add": a + b, "sub": a - b, "mul": a * b}.get(op)
        if op == "div":
            assert a % b == 0
            want = a // b
        assert item.answer == str(want), item
        assert 1 <= len(str(a)) <= 12 and 1 <= len(str(b)) <= 12
        assert item.difficulty["digits"] == max(len(str(a)), len(str(b)))
        if op == "add":
            assert item.difficulty["carries"] == _carries_by_columns(a, b)
    assert max(item.difficulty["digits"] for item in items) >= 11
    assert Counter(int(item.difficulty["op"]) for item in items) == {0: 50, 1: 50, 2: 50, 3: 50}


def _carries_by_columns(a: int, b: int) -> int:
    sa, sb = str(a)[::-1], str(b)[::-1]
    carry = count = 0
    for k in range(max(len(sa), len(sb))):
        total = (int(sa[k]) if k < len(sa) else 0) + (int(sb[k]) if k < len(sb) else 0) + carry
        carry = 1 if total >= 10 else 0
        count += carry
    return count


def test_add_carries_examples() -> None:
    assert add_carries(999, 1) == 3 == _carries_by_columns(999, 1)
    assert add_carries(123, 456) == 0
    assert add_carries(55, 55) == 2


def test_decimal_compare_answers() -> None:
    items = generate_family("decimal_compare", 220, seed=5)
    for item in items:
        fields = _fields(item)
        x, y = fields["x"], fields["y"]
        dx, dy = Decimal(x), Decimal(y)
        assert dx != dy and not x.endswith("0") and not y.endswith("0")
        kind = item.template_id.split("/")[1].split("-")[0]
        want = {"bigger": x if dx > dy else y, "smaller": x if dx < dy else y,
                "gt": "yes" if dx > dy else "no", "lt": "yes" if dx < dy else "no"}[kind]
        assert item.answer == want, item
        if kind in ("bigger", "smaller"):
            assert item.answer_type == "choice" and item.choices == (x, y)
        else:
            assert item.answer_type == "yes_no"
    traps = [i for i in items if i.difficulty_bin >= 3 and i.difficulty["trap"]]
    assert traps, "the 9.11 vs 9.9 pattern must be present"
    for item in traps:  # the literal with more decimals is the smaller in absolute value
        x, y = _fields(item)["x"], _fields(item)["y"]
        longer, shorter = sorted((x, y), key=lambda s: -len(s.partition(".")[2]))
        assert abs(Decimal(longer)) < abs(Decimal(shorter))
    assert any(i.difficulty["negatives"] for i in items)


def test_number_theory_answers() -> None:
    items = generate_family("number_theory", 180, seed=5)
    kinds: Counter[str] = Counter()
    for item in items:
        fields = _fields(item)
        kind = item.template_id.split("/")[1].split("-")[0]
        kinds[kind] += 1
        if kind == "prime":
            n = int(fields["n"])
            assert item.answer == ("yes" if isprime(n) else "no"), item
            if item.difficulty["looks_prime"]:
                assert not isprime(n) and all(n % p for p in (2, 3, 5))
        elif kind == "digitsum":
            assert item.answer == str(sum(map(int, fields["n"])))
        else:
            assert item.answer == str(math.gcd(int(fields["a"]), int(fields["b"])))
    assert set(kinds) == {"prime", "digitsum", "gcd"}
    primes = [i for i in items if "prime" in i.template_id]
    assert {i.answer for i in primes} == {"yes", "no"}
    assert any(i.difficulty["looks_prime"] for i in primes)


def test_letter_count_answers() -> None:
    words = set(word_list())
    items = generate_family("letter_count", 150, seed=5)
    for item in items:
        fields = _fields(item)
        word, letter = fields["word"], fields["letter"]
        assert word in words and len(letter) == 1
        assert item.answer == str(word.count(letter))
        assert item.difficulty["word_length"] == len(word)
    assert {i.answer for i in items} >= {"0", "1", "2", "3"}


def _circle_equation(text: str) -> tuple[Point, Rational]:
    centre = []
    for var in ("x", "y"):
        match = re.search(rf"\({var} ([+-]) ([\d.]+)\)\^2", text)
        centre.append(Rational(0) if match is None else
                      (1 if match.group(1) == "-" else -1) * Rational(match.group(2)))
    r2 = Rational(text.rsplit("=", 1)[1].strip())
    return Point(*centre), r2


def test_geometry_answers_with_sympy() -> None:
    items = generate_family("geometry", 85, seed=5)
    kinds: Counter[str] = Counter()
    for item in items:
        fields = _fields(item)
        kind = item.template_id.split("/")[1].split("-")[0]
        kinds[kind] += 1
        if kind == "circles":
            if "eq1" in fields:
                c1, s1 = _circle_equation(fields["eq1"])
                c2, s2 = _circle_equation(fields["eq2"])
                r1, r2 = s1 ** Rational(1, 2), s2 ** Rational(1, 2)
            else:
                x1, y1, r1, x2, y2, r2 = (Rational(fields[k]) for k in
                                          ("x1", "y1", "r1", "x2", "y2", "r2"))
                c1, c2 = Point(x1, y1), Point(x2, y2)
            meet = bool(Circle(c1, r1).intersection(Circle(c2, r2)))
            assert item.answer == ("yes" if meet else "no"), item
            if item.difficulty["tangent"]:
                assert len(Circle(c1, r1).intersection(Circle(c2, r2))) == 1
        elif kind == "segments":
            values = _numbers(item.prompt)
            assert len(values) % 4 == 0
            segments = [Segment(Point(*values[i:i + 2]), Point(*values[i + 2:i + 4]))
                        for i in range(0, len(values), 4)]
            points: set[Any] = set()
            for i in range(len(segments)):
                for j in range(i + 1, len(segments)):
                    for hit in segments[i].intersection(segments[j]):
                        assert isinstance(hit, Point), item  # no overlapping segments
                        points.add(hit)
            assert item.answer == str(len(points)), item
        else:
            values = _numbers(fields["vertices"])
            polygon = Polygon(*[Point(values[i], values[i + 1]) for i in range(0, len(values), 2)])
            point = Point(Rational(fields["px"]), Rational(fields["py"]))
            assert item.answer == ("yes" if polygon.encloses_point(point) else "no"), item
            assert item.difficulty["vertices"] == len(values) // 2
    assert set(kinds) == {"circles", "segments", "polygon"}
    near = [i for i in items if i.difficulty_bin == 4 and "circles" in i.template_id]
    assert near and all(i.difficulty["margin"] < 0.005 for i in near)


def test_capitals_data_and_answers() -> None:
    rows = capitals()
    assert 110 <= len(rows) <= 150
    assert sorted(int(r["rank"]) for r in rows) == list(range(1, len(rows) + 1))
    assert len({r["country"] for r in rows}) == len(rows)
    by_country = {r["country"]: r for r in rows}
    assert by_country["France"]["capital"] == "Paris"
    assert by_country["Australia"]["capital"] == "Canberra"
    assert by_country["Burkina Faso"]["capital"] == "Ouagadougou"
    assert int(by_country["France"]["rank"]) < int(by_country["Burkina Faso"]["rank"])
    items = generate_family("capitals", 100, seed=5)
    for item in items:
        fields = _fields(item)
        if "country" in fields:
            country = fields["country"]
        elif "the_country" in fields:
            country = fields["the_country"].removeprefix("the ")
        else:
            country = next(c for c, r in by_country.items() if r["zh"] == fields["zh"])
        assert item.answer == by_country[country]["capital"]
        assert item.answer_type == "text" and not item.has_tool
    assert len({i.answer for i in items}) == len(items)


def test_fictional_entities_are_invented() -> None:
    entities = fictional_entities()
    assert len(entities) >= 60
    names = [str(e["en"]) for e in entities]
    assert len(set(names)) == len(names)
    assert Counter(int(e["plausibility"]) for e in entities) == {b: 12 for b in range(BINS)}
    real = {str(r["country"]).lower() for r in capitals()} | {
        str(r["capital"]).lower() for r in capitals()}
    famous_fiction = {"wakanda", "sokovia", "genovia", "latveria", "vibranium", "adamantium",
                      "unobtanium", "kryptonite", "narnia", "gondor", "westeros"}
    for name in names:
        words = set(re.findall(r"[a-z]+", name.lower()))
        assert not words & famous_fiction, name
        assert name.lower().removeprefix("the ") not in real, name
    items = generate_family("fictional", 60, seed=5)
    assert all(i.answer is None and i.answer_type == "none" and not i.has_tool for i in items)
    assert len({i.prompt for i in items}) == 60


def test_word_list() -> None:
    words = word_list()
    assert len(words) >= 300 and len(set(words)) == len(words)
    assert all(re.fullmatch(r"[a-z]+", w) for w in words)
    assert max(map(len, words)) >= 20 and min(map(len, words)) <= 3


# --------------------------------------------------------------------------- dataset families


def test_word_problem_answers() -> None:
    _require_data()
    root = datasets_dir()
    gsm = [json.loads(line) for line in
           (root / "gsm8k" / "test.jsonl").read_text(encoding="utf-8").splitlines()]
    svamp = {row["ID"]: row for row in
             json.loads((root / "svamp" / "SVAMP.json").read_text(encoding="utf-8"))}
    items = generate_family("word_problems", 60, seed=5)
    assert composition(items) == {"word_problems": [12] * BINS}
    for item in items:
        if item.source.startswith("openai/grade-school-math"):
            line = int(re.search(r"line (\d+)", item.source).group(1))  # type: ignore[union-attr]
            row = gsm[line - 1]
            assert row["question"].strip() in item.prompt
            want = Decimal(row["answer"].rsplit("####", 1)[1].strip().replace(",", ""))
            assert Decimal(item.answer or "") == want
            assert item.difficulty["operations"] == max(1, row["answer"].count("<<"))
        else:
            ref = re.search(r"(chal-\d+)", item.source).group(1)  # type: ignore[union-attr]
            row = svamp[ref]
            assert row["Question"].strip()[1:] in item.prompt
            assert Decimal(item.answer or "") == Decimal(str(row["Answer"]))


@pytest.mark.parametrize("name", sorted(PUBLIC_SETS))
def test_public_suite_converts_every_item(name: str) -> None:
    _require_data()
    originals = load_public_set(name)
    suite = build_suite(name)
    assert len(suite) == len(originals)
    assert [item.prompt for item in suite] == [p.prompt for p in originals]
    assert all(item.source and item.template_id == f"{name}/original" for item in suite)
    assert {item.difficulty_bin for item in suite} == set(range(BINS))
    for item, original in zip(suite, originals, strict=True):
        truth = original.exact_answer if original.label_error else original.answer
        assert item.answer == str(truth).strip().lower()
    sample = generate_family(name, 20, seed=5)
    assert composition(sample) == {name: [4] * BINS}


def test_geometry_label_errors_use_the_recount() -> None:
    _require_data()
    suite = build_suite("bigbench_intersect_geometry")
    flagged = [item for item in suite if item.difficulty["label_error"]]
    assert len(flagged) == 88
    checks = {(r["subtask"], int(r["idx"])): r for r in map(
        json.loads, (datasets_dir() / "bigbench" / "intersect_geometry_label_check.jsonl")
        .read_text(encoding="utf-8").splitlines())}
    for item in flagged:
        subtask, idx = re.search(r"(shapes_\d)-(\d+)", item.source).groups()  # type: ignore[union-attr]
        row = checks[(subtask, int(idx))]
        assert item.answer == str(row["exact_recount"]) != row["label"]
        assert "exact recount" in item.source


def test_public_prime_bins() -> None:
    _require_data()
    for item in build_suite("llmdrift_primes"):
        n = int(re.search(r"Is (\d+)", item.prompt).group(1))  # type: ignore[union-attr]
        assert item.answer == ("yes" if isprime(n) else "no")
        if item.difficulty_bin == 4:
            assert not isprime(n) and all(n % p for p in (2, 3, 5))


def test_calibration_suite_is_disjoint_from_the_default_suite() -> None:
    from guardrail.bench.suites import CALIBRATION_COMPOSITION, build_suite, subject

    calibration, default = build_suite("calibration"), build_suite("default")
    assert not {subject(i) for i in calibration} & {subject(i) for i in default}
    assert not {i.prompt for i in calibration} & {i.prompt for i in default}
    counts = {family: sum(i.family == family for i in calibration)
              for family in CALIBRATION_COMPOSITION}
    assert counts == CALIBRATION_COMPOSITION
    # the same countries, entities and word problems are recognised whatever the wording
    assert all(subject(i).startswith(("capital:", "fictional:", "word_problem:"))
               for i in calibration if i.family in ("capitals", "fictional", "word_problems"))
