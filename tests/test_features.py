"""Query features: a fixed set of finite floats, deterministic, fast on hostile text."""

from __future__ import annotations

import math
import subprocess
import sys
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardrail import features
from guardrail.features import FEATURE_NAMES, NEUTRAL_ZIPF, query_features

SAMPLES = [
    "",
    "What is the capital of France?",
    "What is the capital of Snorfleland?",
    "Q: 95 + 17 = ?\nA:",
    "草莓里有几个r？",
    '单词“strawberry”中有几个字母r？',
    "Is the point (3, -4) inside the polygon (0,0), (10,0), (10,10), (0,10)?",
    "Which is larger, 9.11 or -9.9?",
    "9" * 6000,
]


@pytest.mark.parametrize("text", SAMPLES)
def test_fixed_keys_finite_floats(text: str) -> None:
    result = query_features(text)
    assert tuple(result) == FEATURE_NAMES
    assert all(type(value) is float and math.isfinite(value) for value in result.values())


@settings(max_examples=150, deadline=None, database=None)
@given(st.text(max_size=300))
def test_any_text_gives_the_same_finite_features_twice(text: str) -> None:
    first = query_features(text)
    assert first == query_features(text)
    assert tuple(first) == FEATURE_NAMES
    assert all(math.isfinite(value) for value in first.values())


def test_rarity_ranks_a_real_country_above_an_invented_one() -> None:
    real = query_features("What is the capital of France?")
    invented = query_features("What is the capital of Snorfleland?")
    assert real["zipf_min"] > 4.0 > 1.0 > invented["zipf_min"]
    assert real["zipf_mean"] > invented["zipf_mean"]
    assert (real["rare_words"], invented["rare_words"]) == (0.0, 1.0)
    assert real["rarity_missing"] == invented["rarity_missing"] == 0.0


def test_stopwords_are_not_looked_up() -> None:
    # Only "capital" and "france" are content words; "the", "of", "what" would raise the mean.
    result = query_features("What is the capital of France?")
    assert result["zipf_mean"] < 5.1


def test_chinese_is_handled_without_chinese_word_frequencies(
        monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, str]] = []

    def spy(word: str, lang: str) -> float:
        calls.append((word, lang))
        return 3.0

    monkeypatch.setattr(features, "_zipf", lambda: spy)
    pure = query_features("法国的首都是哪座城市？")
    assert pure["zh_share"] == pytest.approx(10 / 11)  # the full-width "？" is not CJK
    assert (pure["zipf_min"], pure["zipf_mean"], pure["rarity_missing"]) == (
        NEUTRAL_ZIPF, NEUTRAL_ZIPF, 1.0)
    assert calls == []
    mixed = query_features("请问阿曼（Oman）的首都是什么？")
    assert calls == [("oman", "en")]
    assert (mixed["zipf_min"], mixed["rarity_missing"], mixed["entities"]) == (3.0, 0.0, 1.0)
    assert 0.5 < mixed["zh_share"] < 1.0


def test_no_latin_content_words_is_flagged_neutral() -> None:
    result = query_features("Q: 95 + 17 = ?\nA:")
    assert result["rarity_missing"] == 1.0
    assert result["zipf_min"] == result["zipf_mean"] == NEUTRAL_ZIPF


@pytest.mark.parametrize(("text", "expected"), [
    ("Q: 95 + 17 = ?", {"numbers": 2, "max_digits": 2, "total_digits": 4, "carries": 2}),
    ("What is 1,234,567 + 8,765,433?", {"numbers": 2, "max_digits": 7, "carries": 7}),
    ("Add 12, 5001 and 4999.", {"numbers": 3, "carries": 4}),
    ("Which is larger, 9.11 or 9.9?", {"max_decimals": 2, "carries": 0, "has_negative": 0}),
    ("Which is larger, 9.11 or -9.9?", {"has_negative": 1}),
    ("910 - 89 = ?", {"has_negative": 0, "numbers": 2}),
    ("x = -5", {"has_negative": 1}),
    ("Segment (3, -4) to (3,4), then （1，2）.", {"coordinate_pairs": 3, "has_negative": 1}),
    ("The vertices are (10,100) and (0, 0).", {"coordinate_pairs": 2, "numbers": 4}),
])
def test_number_features(text: str, expected: dict[str, float]) -> None:
    result = query_features(text)
    assert {name: result[name] for name in expected} == expected


def test_word_features() -> None:
    result = query_features("How many r's are in the word \"strawberry\"?")
    assert (result["quoted_word_len"], result["longest_word"]) == (10.0, 10.0)
    assert query_features("How many r's in strawberry?")["quoted_word_len"] == 0.0
    # Sentence starts and capitalised stopwords are not names; "Samoa" after a colon is.
    assert query_features("Country: Samoa\nCapital:")["entities"] == 1.0
    assert query_features("Q: What is it? The Hague. Then Paris and Berlin.")["entities"] == 3.0
    assert query_features("草莓里有几个r？")["words"] == 7.0  # six characters and "r"


def test_long_hostile_text_is_fast() -> None:
    hostile = [
        "(" + " " * 4_999,
        "(1," * 1_700,
        "-1" * 2_500,
        "a'" * 2_500,
        "1,000" * 1_000,
        " ".join(f"Zq{i}xv" for i in range(800)),
        "x" * 1_000_000,
    ]
    query_features("warm up the word list")
    for text in hostile:
        started = time.perf_counter()
        result = query_features(text)
        assert time.perf_counter() - started < 0.25, text[:20]
        assert all(math.isfinite(value) for value in result.values())
    assert query_features("x" * 1_000_000)["log_chars"] == pytest.approx(math.log1p(1_000_000))


def test_rarity_lookups_are_capped() -> None:
    words = " ".join(f"zq{chr(97 + i // 26)}{chr(97 + i % 26)}xv" for i in range(600))
    assert query_features(words)["rare_words"] == 200.0


def test_import_guardrail_does_not_load_wordfreq() -> None:
    code = "import sys, guardrail.features; print('wordfreq' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, check=True)
    assert result.stdout.strip() == "False"
