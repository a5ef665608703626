"""Rules load, validate with errors naming file, rule and field, and their examples hold."""

from __future__ import annotations

from pathlib import Path

import pytest

import guardrail
from guardrail import RulesError
from guardrail.rules import SPECIAL_ROUTES, default_rules_dir, load_rules
from guardrail.solvers import default_registry

DEFAULT_RULES = load_rules()


def _write(tmp_path: Path, text: str, name: str = "custom.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


RULE = """version: 1
rules:
  - id: my.rule
    family: counting
    route: letter_count
    patterns:
      en: ['how many']
"""


def test_defaults_load_and_route_to_known_solvers() -> None:
    assert default_rules_dir().is_dir()
    assert len(DEFAULT_RULES) >= 1
    DEFAULT_RULES.check_routes(default_registry.names())


@pytest.mark.parametrize(
    ("text", "rule_id", "field"),
    [
        (RULE.replace("route: letter_count", "route: letter_count\n    colour: red"),
         "my.rule", "colour"),
        (RULE.replace("'how many'", "'(unclosed'"), "my.rule", "patterns"),
        (RULE.replace("    route: letter_count\n", ""), "my.rule", "route"),
        (RULE.replace("id: my.rule", "id: My Rule"), "My Rule", "id"),
        (RULE.replace("family: counting\n", "family: counting\n    min_confidence: 2\n"),
         "my.rule", "min_confidence"),
    ],
)
def test_a_bad_rule_names_file_rule_and_field(tmp_path: Path, text: str, rule_id: str,
                                              field: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(RulesError) as raised:
        load_rules([path])
    error = raised.value
    assert error.path == str(path) and error.rule_id == rule_id
    assert error.field is not None and error.field.startswith(field)
    assert str(path) in str(error) and rule_id in str(error) and field in str(error)


def test_unknown_route_is_named_at_wrap_time(tmp_path: Path) -> None:
    path = _write(tmp_path, RULE.replace("route: letter_count", "route: abacus"))
    rules = load_rules([path])
    with pytest.raises(RulesError, match=r"custom.yaml: rule 'my.rule': field 'route'.*abacus"):
        rules.check_routes(default_registry.names())


def test_duplicate_ids_are_rejected(tmp_path: Path) -> None:
    first = _write(tmp_path, RULE, "a.yaml")
    second = _write(tmp_path, RULE, "b.yaml")
    with pytest.raises(RulesError, match="duplicate id"):
        load_rules([first, second])


def test_unreadable_and_missing_files(tmp_path: Path) -> None:
    with pytest.raises(RulesError, match="no such rules file"):
        load_rules([tmp_path / "missing.yaml"])
    with pytest.raises(RulesError, match="cannot read rules"):
        load_rules([_write(tmp_path, "rules: [unclosed")])
    with pytest.raises(RulesError, match="field 'version'"):
        load_rules([_write(tmp_path, "version: 2\nrules: []\n")])


def test_priority_orders_candidates(tmp_path: Path) -> None:
    path = _write(tmp_path, RULE.replace("route: letter_count",
                                         "route: model\n    priority: -1"))
    rules = load_rules([path])
    candidates = rules.candidates("how many r's in strawberry", "en")
    assert candidates[0].id == "my.rule"


EXAMPLES = [(rule.id, query, True) for rule in DEFAULT_RULES
            for query in rule.examples.positive] + [
           (rule.id, query, False) for rule in DEFAULT_RULES
           for query in rule.examples.negative]


@pytest.mark.parametrize(("rule_id", "query", "positive"), EXAMPLES)
def test_rule_examples(rule_id: str, query: str, positive: bool) -> None:
    decision = guardrail.route(query)
    rule = next(rule for rule in DEFAULT_RULES if rule.id == rule_id)
    if rule.route in SPECIAL_ROUTES:  # e.g. knowledge questions: the rule names the family
        if positive:
            assert decision.rule_id == rule_id and decision.route == rule.route, decision
        else:
            assert decision.rule_id != rule_id, decision
    elif positive:
        assert decision.route == "tool" and decision.rule_id == rule_id, decision
    else:
        assert decision.route != "tool", decision
