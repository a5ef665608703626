"""Counting and string solvers against independent oracles, and the phrasings they must (not)
accept.

Every oracle below is written directly with plain Python (loops, ``Counter``, ``sorted``,
slicing) and never calls the module under test. Each phrasing template (at least 10 English
and 4 Chinese per kind) is a pytest parameter, so every one is always exercised; hypothesis
generates the words and texts put into it. Each template is also sent through
``guardrail.route`` once so the routing rules are known to reach the right solver.
"""

from __future__ import annotations

import string
import time
from collections import Counter
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import guardrail
from guardrail._text import detect_language
from guardrail.solvers import Declined, Parsed, Query, Solution
from guardrail.solvers.counting import (
    _AMBIGUOUS_BARE,
    AlphabeticalSolver,
    AnagramSolver,
    CompareLengthSolver,
    DistinctLettersSolver,
    LetterCountProblem,
    LetterCountSolver,
    NthLetterSolver,
    PalindromeSolver,
    ReverseSolver,
    SubstringCountProblem,
    SubstringCountSolver,
    VowelCountSolver,
    WordCountSolver,
    WordLengthSolver,
)

SOLVER = LetterCountSolver()
FAST = settings(max_examples=60, deadline=None)
PER_TEMPLATE = settings(max_examples=10, deadline=None)
LOWER = string.ascii_lowercase
letters = st.sampled_from(string.ascii_letters)
words = st.text(alphabet=string.ascii_letters, min_size=1, max_size=40)
# Bare (unquoted) words: pronouns such as "it" are declined on purpose, so skip them here.
bare_words = st.text(alphabet=LOWER, min_size=2, max_size=12).filter(
    lambda word: word not in _AMBIGUOUS_BARE)
texts_with_spaces = st.lists(st.text(alphabet=LOWER + ",!-", min_size=1, max_size=8),
                             min_size=1, max_size=6).map(" ".join).filter(
    lambda text: any(char.isalpha() for char in text))


def ask(solver: Any, question: str) -> Solution | Declined:
    """Parse and solve with one solver, in the language the question is written in."""
    query = Query(text=question, language=detect_language(question))
    parsed = solver.parse(query)
    if isinstance(parsed, Declined):
        return parsed
    assert isinstance(parsed, Parsed)
    result: Solution | Declined = solver.solve(parsed.problem, query)
    return result


def value_of(solver: Any, question: str) -> str:
    result = ask(solver, question)
    assert isinstance(result, Solution), (question, result)
    return result.value


ZH_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三",
               "十四", "十五", "十六", "十七", "十八", "十九", "二十"]
ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                 "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                 "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]


def numeric_ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


# =============================================================================================
# letter_count
# =============================================================================================


def letter_oracle(letter: str, word: str) -> int:
    return sum(1 for char in word.lower() if char == letter.lower())


@given(letter=letters, word=words)
def test_solve_matches_oracle(letter: str, word: str) -> None:
    solution = SOLVER.solve(LetterCountProblem(letter=letter, text=word), Query(text=""))
    assert not isinstance(solution, Declined)
    assert solution.value == str(letter_oracle(letter, word))


TEMPLATES = [
    "How many {l}'s are in the word {w}?",
    "How many times does the letter '{l}' appear in '{w}'?",
    "how many {l}s in {w}",
    "Count the {l}'s in {w}.",
    "In the word {w}, how many {l}'s are there?",
    "How many {l}'s does {w} have?",
    "How many letter {l} are there in \"{w}\"?",
    "How many times does {l} occur in the word {w}?",
    "How often does the letter {l} appear in the word '{w}'?",
    "What is the number of {l}'s in '{w}'?",
    "'{w}' has how many {l}'s?",
    "Can you tell me how many {l}'s are in {w}?",
    "How many times does the letter '{l}' appear in the German word '{w}'?",
    "How many times does the letter '{l}' appear in the following text: '{w}'?",
    # the subject first, the letter bare, the verb without "does"
    "In the word {w}, how many times does {l} occur?",
    "In '{w}', how often does the letter {l} appear?",
    "In {w} how many times does the letter '{l}' show up?",
    "How many times {l} occurs in {w}?",
    "The letter {l} appears how many times in the word {w}?",
    "In the word {w}, {l} appears how many times?",
    "Number of {l}'s in '{w}'?",
    "How many instances of the letter '{l}' are in '{w}'?",
    "Count the number of times the letter {l} appears in {w}.",
    # a note that case is ignored, which the solver does anyway; "this sentence:" + the text
    "Ignoring case, count how many times the letter '{l}' occurs in this sentence: \"{w}\"",
    "How many {l}'s are in '{w}' (case-insensitive)?",
    "regardless of case, how many {l}'s are in the word {w}",
    "How many times does the letter {l} appear in '{w}', ignoring case?",
    "How many {l}'s are in this word: {w}?",
    # a verb before "the number of", "times is/contain", a fronted subject taken up by "it",
    # "for the word …", "do you see", a word-game lead-in
    "Determine the number of occurrences of the letter '{l}' in the word '{w}'.",
    "Find the number of times the letter {l} appears in {w}.",
    "What is the total number of {l}'s in {w}?",
    "How many times is the letter {l} in '{w}'?",
    "How many times does '{w}' contain the letter {l}?",
    "The word '{w}' \u2014 how many {l}'s does it contain?",
    "The word {w}: how many {l}'s does it have?",
    "In '{w}', count the {l}'s.",
    "For the word {w}, how many {l}'s are there?",
    "How many times do you see the letter {l} in {w}?",
    "How many {l}'s can you find in '{w}'?",
    "Determine how many times the letter {l} appears in '{w}'.",
    "I'm making a word puzzle. How many {l}'s are in '{w}'?",
]
LETTER_ZH = [
    "{w}里面有多少个字母{l}",
    "单词“{w}”中有几个字母{l}？",
    "字母{l}在{w}中出现了几次？",
    "{w}这个单词里有几个{l}",
    "{w} 中字母 {l} 出现了多少次",
    "数一数 {w} 里有几个 {l}",
    # "在 … 中" before the subject, a comma after it; "…的个数"
    "在单词{w}中，字母{l}出现了几次？",
    "在 {w} 这个单词里，{l} 出现了几次？",
    "在{w}中有几个字母{l}？",
    "统计单词 {w} 中字母 {l} 的个数",
    "{w}中字母{l}的个数是多少？",
    "{w} 这个单词中，字母 {l} 出现的次数是多少？",
    "{w} 一词中有多少个字母 {l}？",
    "不区分大小写，{w}里面有多少个字母{l}？",
    "{w}中有几个字母{l}（忽略大小写）",
    # no locative after the subject
    "{w}这个词有多少个字母{l}",
    "{w}有几个{l}",
]


@pytest.mark.parametrize("template", TEMPLATES)
@PER_TEMPLATE
@given(letter=st.sampled_from(LOWER), word=bare_words)
def test_every_phrasing_parses_to_the_same_problem(letter: str, word: str, template: str) -> None:
    parsed = SOLVER.parse(Query(text=template.format(l=letter, w=word)))
    assert isinstance(parsed, Parsed), template
    assert parsed.problem.letter.lower() == letter and parsed.problem.text == word
    solution = SOLVER.solve(parsed.problem, Query(text=""))
    assert not isinstance(solution, Declined)
    assert solution.value == str(letter_oracle(letter, word))


@pytest.mark.parametrize("template", LETTER_ZH)
@PER_TEMPLATE
@given(letter=st.sampled_from(LOWER), word=bare_words)
def test_letter_count_chinese_phrasings(letter: str, word: str, template: str) -> None:
    assert value_of(SOLVER, template.format(l=letter, w=word)) == str(letter_oracle(letter, word))


@pytest.mark.parametrize("question", [
    "strawberry里面有多少个字母r",
    "单词“strawberry”中有几个字母r？",
    "字母r在strawberry中出现了几次？",
    "strawberry这个单词里有几个r",
])
def test_chinese(question: str) -> None:
    parsed = SOLVER.parse(Query(text=question, language="zh"))
    assert isinstance(parsed, Parsed)
    solution = SOLVER.solve(parsed.problem, Query(text=question, language="zh"))
    assert not isinstance(solution, Declined)
    assert solution.value == "3" and "不区分大小写" in solution.answer


def test_quoted_text_may_hold_spaces() -> None:
    parsed = SOLVER.parse(Query(text="How many e's are in 'the quick brown fox jumps over'?"))
    assert isinstance(parsed, Parsed) and parsed.problem.text == "the quick brown fox jumps over"


@pytest.mark.parametrize("question", [
    "How many moons does Jupiter have?",
    "How many people are in China?",
    "How many r's are in strawberry and raspberry?",
    "How many a's are in my class?",
    "How many r's in strawberry, and is 7 prime?",
    "How many 3s are in 33133?",
    "Count the sheep in the field.",
    "How many",
    "How many r's are in it?",
    "How many e's are in this sentence?",
    "How many e's are in your answer?",
    "How many letters is in 'hello'?",  # the letters of hello, not the letter "i"
    # a case note the solver does not follow, or one without a text after "this sentence"
    "Case-sensitive: how many A's are in 'Banana'?",
    "How many A's are in 'Banana', case-sensitive?",
    "Ignoring case, how many e's are in this sentence?",
    "How many e's are in this sentence, ignoring case?",
    "Ignoring punctuation, how many e's are in 'e.e'?",
    "区分大小写，Banana里面有几个a？",
    # Latin words in Chinese are mentions, but a language or the alphabet is not spelled out
    "English里有几个字母e？",
    "alphabet里面有多少个字母a？",
])
def test_declines_what_it_did_not_fully_understand(question: str) -> None:
    assert isinstance(SOLVER.parse(Query(text=question)), Declined)


@pytest.mark.parametrize("question", [
    "How many e's are in café?",          # é: an e or not?
    "How many s's are in 'Straße'?",      # ß: one letter or "ss"?
    "How many e's are in 'e\u0301te'?",   # combining accent
])
def test_declines_when_accent_conventions_disagree(question: str) -> None:
    assert isinstance(ask(SOLVER, question), Declined)


def test_accents_that_do_not_change_the_count_are_fine() -> None:
    assert value_of(SOLVER, "How many a's are in 'café'?") == "1"
    assert value_of(SOLVER, "How many t's are in 'Straße'?") == "1"


def test_declines_oversized_text() -> None:
    assert isinstance(SOLVER.parse(Query(text="How many a's in '" + "a" * 20_000 + "'")),
                      Declined)


def test_answer_says_it_is_case_insensitive() -> None:
    solution = SOLVER.solve(LetterCountProblem(letter="R", text="Rare"), Query(text=""))
    assert not isinstance(solution, Declined)
    assert solution.value == "2" and "not case-sensitive" in solution.answer


# =============================================================================================
# substring_count
# =============================================================================================

SUBSTRING = SubstringCountSolver()


def overlapping_oracle(needle: str, text: str) -> int:
    return sum(1 for i in range(len(text) - len(needle) + 1) if text[i:i + len(needle)] == needle)


def separate_oracle(needle: str, text: str) -> int:
    count = i = 0
    while i + len(needle) <= len(text):
        if text[i:i + len(needle)] == needle:
            count, i = count + 1, i + len(needle)
        else:
            i += 1
    return count


SUBSTRING_EN = [
    "How many times does '{n}' appear in '{h}'?",
    "How many times does the substring '{n}' occur in '{h}'?",
    "How many occurrences of '{n}' are there in '{h}'?",
    "Count the occurrences of '{n}' in '{h}'.",
    "Count how many times '{n}' appears in '{h}'.",
    "How many '{n}' are in '{h}'?",
    "In '{h}', how many times does '{n}' appear?",
    "What is the number of occurrences of '{n}' in '{h}'?",
    "How many times does '{h}' contain '{n}'?",
    "How many times can you find '{n}' in '{h}'?",
    "'{n}' appears how many times in '{h}'?",
    "How often does the sequence '{n}' appear in the word '{h}'?",
]
SUBSTRING_ZH = [
    "'{n}' 在 '{h}' 中出现了几次？",
    "{h} 中 {n} 出现了几次",
    "{h}里面有多少个{n}",
    "数一数 {h} 中 {n} 出现的次数",
    "子串 '{n}' 在 '{h}' 中一共出现了多少次",
]
SUBSTRING_OVERLAPPING = [
    "How many overlapping occurrences of '{n}' are in '{h}'?",
    "How many times does '{n}' appear in '{h}', counting overlaps?",
    "'{n}' 在 '{h}' 中出现了几次（可重叠）",
]
SUBSTRING_SEPARATE = [
    "Count the non-overlapping occurrences of '{n}' in '{h}'.",
    "How many times does '{n}' appear in '{h}' without overlaps?",
    "'{n}' 在 '{h}' 中出现了几次（不重叠）",
]
needles = st.text(alphabet="ab", min_size=2, max_size=3)
haystacks = st.text(alphabet="abc", min_size=1, max_size=30)


@pytest.mark.parametrize("template", SUBSTRING_EN + SUBSTRING_ZH)
@settings(max_examples=25, deadline=None)
@given(needle=needles, text=haystacks)
def test_substring_counts_or_declines_when_overlaps_matter(needle: str, text: str,
                                                           template: str) -> None:
    result = ask(SUBSTRING, template.format(n=needle, h=text))
    overlapping, separate = overlapping_oracle(needle, text), separate_oracle(needle, text)
    if overlapping != separate:
        assert isinstance(result, Declined), (template, needle, text)
    else:
        assert isinstance(result, Solution) and result.value == str(separate), (needle, text)


@pytest.mark.parametrize("template", SUBSTRING_OVERLAPPING + SUBSTRING_SEPARATE)
@PER_TEMPLATE
@given(needle=needles, text=haystacks)
def test_substring_counts_the_overlap_convention_asked_for(needle: str, text: str,
                                                           template: str) -> None:
    expected = (overlapping_oracle(needle, text) if template in SUBSTRING_OVERLAPPING
                else separate_oracle(needle, text))
    assert value_of(SUBSTRING, template.format(n=needle, h=text)) == str(expected)


@FAST
@given(sentence=st.lists(st.sampled_from(["the", "then", "other", "a", "cat"]), min_size=1,
                         max_size=8))
def test_the_word_reading_counts_whole_words(sentence: list[str]) -> None:
    text = " ".join(sentence)
    question = f"How many times does the word 'the' appear in '{text}'?"
    assert value_of(SUBSTRING, question) == str(sum(1 for word in sentence if word == "the"))
    # Without "the word", a sequence found both alone and inside words is ambiguous.
    plain = ask(SUBSTRING, f"How many times does 'the' appear in '{text}'?")
    alone = sum(1 for word in sentence if word == "the")
    inside = sum(word.count("the") for word in sentence if word != "the")
    if alone and inside:
        assert isinstance(plain, Declined)
    else:
        assert isinstance(plain, Solution) and plain.value == str(alone + inside)


def test_substring_answer_states_case_and_overlap() -> None:
    result = SUBSTRING.solve(SubstringCountProblem(needle="ss", text="MiSSissippi"),
                             Query(text=""))
    assert isinstance(result, Solution) and result.value == "2"
    assert "not case-sensitive" in result.answer and "overlapping" in result.answer


@pytest.mark.parametrize("question", [
    "How many times does 'ana' appear in 'banana'?",   # 1 or 2: overlaps unspecified
    "How many times does 'is' appear in 'this is his'?",  # substring or whole word?
    "How many times does ss appear in Mississippi?",   # English needles must be quoted
    "How many times did the Beatles appear on TV?",
    "Count the occurrences of poverty in Africa.",
    "How many times does 'ss' appear in 'Mississippi' and 'Missouri'?",
    "How many times does '' appear in 'abc'?",
])
def test_substring_declines(question: str) -> None:
    assert isinstance(ask(SUBSTRING, question), Declined)


# =============================================================================================
# word_length
# =============================================================================================

WORD_LENGTH = WordLengthSolver()
LENGTH_EN = [
    "How many letters are in '{w}'?",
    "How many letters does the word {w} have?",
    "How many letters are there in {w}?",
    "How many letters is {w}?",
    "Count the letters in '{w}'.",
    "What is the number of letters in the word {w}?",
    "What is the letter count of '{w}'?",
    "'{w}' has how many letters?",
    "In the word {w}, how many letters are there?",
    "How many letters make up the word '{w}'?",
    "How long is the word '{w}'?",
    "What is the length of the word {w}?",
    "How many letters does it take to spell {w}?",
    "How many characters are in the word '{w}'?",
    "How many characters does '{w}' have?",
]
LENGTH_ZH = [
    "单词 {w} 有几个字母",
    "{w} 有多少个字母？",
    "{w} 这个单词有几个字母",
    "{w} 由几个字母组成",
    "{w} 的字母数是多少",
    "{w} 的长度是多少",
    "'{w}' 有多少个字符",
    "{w} 这个英文单词一共多少个字母？",
]


@pytest.mark.parametrize("template", LENGTH_EN + LENGTH_ZH)
@PER_TEMPLATE
@given(word=bare_words)
def test_word_length_phrasings(word: str, template: str) -> None:
    assert value_of(WORD_LENGTH, template.format(w=word)) == str(len(word))


@FAST
@given(text=texts_with_spaces)
def test_letters_skip_spaces_and_characters_include_them(text: str) -> None:
    letters_only = sum(1 for char in text if char in LOWER)
    assert value_of(WORD_LENGTH, f"How many letters are in '{text}'?") == str(letters_only)
    result = ask(WORD_LENGTH, f"How many characters are in the text '{text}'?")
    assert isinstance(result, Solution) and result.value == str(len(text))
    if " " in text:
        assert "including spaces" in result.answer


@pytest.mark.parametrize("question", [
    "How many letters are in the alphabet?",
    "How many letters are in English?",
    "How many characters are in Hamlet?",   # the play's characters
    "How long is the Nile?",
    "How long is Nile?",
    "What is the length of 'hello world'?",  # letters or characters?
    "How many letters did you write to her?",
    "How many letters are in 草莓?",
    "How many characters are in '👍🏽'?",
    "How many letters are in the words 'a' and 'b'?",
])
def test_word_length_declines(question: str) -> None:
    assert isinstance(ask(WORD_LENGTH, question), Declined)


# =============================================================================================
# vowel_count
# =============================================================================================

VOWEL = VowelCountSolver()
VOWEL_EN = [
    "How many {v}s are in '{w}'?",
    "How many {v}s does the word {w} have?",
    "Count the {v}s in {w}.",
    "What is the number of {v}s in '{w}'?",
    "'{w}' has how many {v}s?",
    "In the word {w}, how many {v}s are there?",
    "How many {v} letters are in '{w}'?",
    "How many {v}s appear in the word '{w}'?",
    "How many of the letters in '{w}' are {v}s?",
    "Count all the {v}s in the word {w}.",
    "How many {v}s are there in {w}?",
]
VOWEL_ZH = [
    "{w} 这个单词有多少个{zv}",
    "{w} 有几个{zv}字母",
    "单词 {w} 中有多少个{zv}",
    "{w} 里的{zv}有几个",
    "{w} 的{zv}字母个数是多少",
    "数一数 {w} 中的{zv}",
]


def vowel_oracle(text: str, vowels: bool) -> int:
    return sum(1 for char in text.lower() if char.isalpha() and (char in "aeiou") == vowels)


@pytest.mark.parametrize("template", VOWEL_EN + VOWEL_ZH)
@PER_TEMPLATE
@given(word=bare_words, vowels=st.booleans())
def test_vowel_phrasings(word: str, vowels: bool, template: str) -> None:
    question = template.format(w=word, v="vowel" if vowels else "consonant",
                               zv="元音" if vowels else "辅音")
    assert value_of(VOWEL, question) == str(vowel_oracle(word, vowels))


@FAST
@given(text=texts_with_spaces.map(str.upper), vowels=st.booleans())
def test_vowels_in_texts_are_case_insensitive(text: str, vowels: bool) -> None:
    noun = "vowels" if vowels else "consonants"
    result = ask(VOWEL, f"How many {noun} are in '{text}'?")
    assert isinstance(result, Solution) and result.value == str(vowel_oracle(text, vowels))
    assert "y " in result.answer  # the y convention is always stated


@pytest.mark.parametrize("question", [
    "How many vowels are in English?",
    "How many vowels does the Hawaiian alphabet have?",
    "How many vowel sounds are in 'cat'?",
    "Is y a vowel?",
    "How many vowels are in 'café'?",
    "How many vowels are in it?",
    "英语有多少个元音？",
])
def test_vowel_declines(question: str) -> None:
    assert isinstance(ask(VOWEL, question), Declined)


# =============================================================================================
# word_count
# =============================================================================================

WORD_COUNT = WordCountSolver()
WORD_COUNT_EN = [
    "How many words are in the sentence '{t}'?",
    "How many words are in '{t}'?",
    "Count the words in '{t}'.",
    "How many words does '{t}' have?",
    "What is the word count of '{t}'?",
    "What is the number of words in the phrase '{t}'?",
    "'{t}' has how many words?",
    "In the sentence '{t}', how many words are there?",
    "How many words long is '{t}'?",
    "How many words are there in the following sentence: {t}",
    "How many words make up the text '{t}'?",
    "How many words are used in '{t}'?",
    "How many words are in this sentence: {t}",
    "count the words in this sentence: '{t}'",
]
WORD_COUNT_ZH = [
    "句子 '{t}' 有几个单词",
    "'{t}' 这句话有多少个单词？",
    "“{t}”中有几个单词",
    "'{t}' 的单词数是多少",
    "'{t}' 由几个单词组成",
    "统计 '{t}' 中的单词数",
    # the sentence after a colon
    "这句英文有多少个单词：{t}",
    "下面这句话有几个单词：{t}。",
    "统计下面句子中的单词数：{t}",
    "这句话的单词数是多少：“{t}”",
]
sentences = st.lists(st.text(alphabet=LOWER, min_size=1, max_size=8), min_size=1,
                     max_size=12).map(" ".join)


@pytest.mark.parametrize("template", WORD_COUNT_EN + WORD_COUNT_ZH)
@PER_TEMPLATE
@given(text=sentences)
def test_word_count_phrasings(text: str, template: str) -> None:
    assert value_of(WORD_COUNT, template.format(t=text)) == str(len(text.split()))


def test_hyphens_and_contractions_are_one_word() -> None:
    assert value_of(WORD_COUNT, 'How many words are in "I don\'t like well-known facts"?') == "5"


@pytest.mark.parametrize(("question", "expected"), [
    ("Count the words in the following sentence. Coffee tastes better when someone else makes "
     "it.", "8"),
    ("Count the words in the following sentence please.\n\nThe early bird catches the worm",
     "6"),
    ("How many words are there in the following line: 'All that glitters is not gold'", "6"),
])
def test_the_sentence_after_the_one_that_announces_it(question: str, expected: str) -> None:
    assert value_of(WORD_COUNT, question) == expected


@pytest.mark.parametrize("question", [
    "How many words do you know?",
    "Count the words in the following sentence. Then count the letters.",
    "How many words are in this sentence?",
    "How many words are in the English language?",
    "How many words are in 'I have 3 cats'?",
    "How many words are in 'War and Peace'?",   # a title: the novel, not the three words
    "How many words are in 'Hamlet'?",
    "Count the words in your answer.",
    "How many words are in 'I came — I saw'?",
    "英语有多少个单词？",
    "英语有多少个单词：roughly",         # no "this sentence": the language
    "这句话有多少个单词？",              # no text
    "这句英文有多少个单词：这是中文",
    "How many words are in this sentence: ",
])
def test_word_count_declines(question: str) -> None:
    assert isinstance(ask(WORD_COUNT, question), Declined)


# =============================================================================================
# distinct_letters
# =============================================================================================

DISTINCT = DistinctLettersSolver()
DISTINCT_EN = [
    "How many distinct letters are in '{w}'?",
    "How many unique letters does {w} have?",
    "How many different letters are used in '{w}'?",
    "Count the distinct letters in {w}.",
    "What is the number of unique letters in '{w}'?",
    "'{w}' has how many different letters?",
    "In the word {w}, how many distinct letters are there?",
    "How many distinct letters appear in the word '{w}'?",
    "How many unique letters are there in the word {w}?",
    "How many different letters are needed to spell '{w}'?",
]
DISTINCT_ZH = [
    "{w} 中有多少个不同的字母？",
    "单词 {w} 里有几种字母",
    "{w} 有几个不重复的字母",
    "{w} 的不同字母有多少个",
    "{w} 中不同字母的个数是多少",
]


@pytest.mark.parametrize("template", DISTINCT_EN + DISTINCT_ZH)
@PER_TEMPLATE
@given(word=bare_words)
def test_distinct_letter_phrasings(word: str, template: str) -> None:
    assert value_of(DISTINCT, template.format(w=word)) == str(len(set(word)))


@FAST
@given(text=texts_with_spaces, upper=st.sets(st.integers(0, 60)))
def test_distinct_letters_ignore_case_and_non_letters(text: str, upper: set[int]) -> None:
    mixed = "".join(char.upper() if i in upper else char for i, char in enumerate(text))
    expected = len({char for char in text if char in LOWER})
    assert value_of(DISTINCT, f"How many distinct letters are in '{mixed}'?") == str(expected)


@pytest.mark.parametrize("question", [
    "How many different languages are spoken in India?",
    "How many unique visitors did the site get?",
    "How many distinct letters are in the English alphabet?",
    "How many different letters are in 'naïve'?",
    "How many distinct characters are in 'banana'?",
])
def test_distinct_letters_declines(question: str) -> None:
    assert isinstance(ask(DISTINCT, question), Declined)


# =============================================================================================
# nth_letter
# =============================================================================================

NTH = NthLetterSolver()
NTH_EN = [
    "What is the {o} letter of '{w}'?",
    "What's the {o} letter in {w}?",
    "Which letter is {o} in '{w}'?",
    "Tell me the {o} letter of the word {w}.",
    "Give me the {o} letter of '{w}'.",
    "What letter is in the {o} position in '{w}'?",
    "In '{w}', what is the {o} letter?",
    "What is letter number {k} of '{w}'?",
    "Find the {o} letter of the word '{w}'.",
    "{o} letter of {w}?",
    "{o} letter in '{w}'",
    "Identify the {o} letter in '{w}'.",
    "What is the {o} character of the word '{w}'?",
]
NTH_FROM_END_EN = [
    "What is the {o}-to-last letter of '{w}'?",
    "What is the {o} from last letter of {w}?",
    "Which letter is {o} from the end in '{w}'?",
]
NTH_ZH = [
    "{w} 的第{z}个字母是什么",
    "单词 {w} 的第 {k} 个字母是哪个",
    "{w} 中的第{z}个字母是什么？",
    "{w} 这个单词的第{z}个字母是啥",
    "{w}的第{k}个字母是什么？",
]
NTH_FROM_END_ZH = ["{w} 的倒数第{z}个字母是什么", "单词 {w} 的倒数第 {k} 个字母是哪个"]


@pytest.mark.parametrize("template", NTH_EN + NTH_ZH)
@PER_TEMPLATE
@given(data=st.data(), word=bare_words, words_form=st.booleans())
def test_nth_letter_phrasings(data: st.DataObject, word: str, words_form: bool,
                              template: str) -> None:
    k = data.draw(st.integers(1, min(len(word), 20)))
    ordinal = ORDINAL_WORDS[k - 1] if words_form else numeric_ordinal(k)
    question = template.format(o=ordinal, w=word, k=k, z=ZH_NUMERALS[k - 1])
    assert value_of(NTH, question) == word[k - 1]


@pytest.mark.parametrize("template", NTH_FROM_END_EN + NTH_FROM_END_ZH)
@PER_TEMPLATE
@given(data=st.data(), word=bare_words)
def test_nth_from_last_phrasings(data: st.DataObject, word: str, template: str) -> None:
    k = data.draw(st.integers(1, min(len(word), 20)))
    question = template.format(o=numeric_ordinal(k), w=word, k=k, z=ZH_NUMERALS[k - 1])
    assert value_of(NTH, question) == word[-k]


@pytest.mark.parametrize(("template", "first"), [
    ("What is the last letter of '{w}'?", False),
    ("What's the final letter of the word {w}?", False),
    ("Which letter does '{w}' end with?", False),
    ("Which letter does '{w}' start with?", True),
    ("What letter does {w} begin with?", True),
    ("The word '{w}' starts with which letter?", True),
    ("{w} 的最后一个字母是什么", False),
    ("{w} 的首字母是什么", True),
    ("{w} 以什么字母开头", True),
    ("{w} 以哪个字母结尾", False),
    ("last letter of {w}?", False),
    ("first letter of '{w}'", True),
])
def test_first_and_last_letter(template: str, first: bool) -> None:
    for word in ("banana", "Zebra", "ox", "q"):
        assert value_of(NTH, template.format(w=word)) == (word[0] if first else word[-1])


@pytest.mark.parametrize("question", [
    "What is the first letter of the alphabet?",
    "What is the last letter of the Greek alphabet?",
    "What is the 11th letter of 'banana'?",
    "What is the 3th letter of 'banana'?",
    "What is the 0th letter of 'banana'?",
    "What is the 3rd letter of 'hello world'?",  # letters of a text with a space
    "What is the first letter of each word in 'hello world'?",
    "What is the first letter of your name?",
    "字母表的第一个字母是什么？",
    # chat style without "the" still needs a word to spell out
    "last letter of alphabet?",
    "first letter of English?",
    "last letter of it?",
    "alphabet的第一个字母是什么？",
    # "character" of an unquoted name may be a person in a play
    "What is the first character in Hamlet?",
    "first character of Hamlet",
])
def test_nth_letter_declines(question: str) -> None:
    assert isinstance(ask(NTH, question), Declined)


# =============================================================================================
# reverse_string
# =============================================================================================

REVERSE = ReverseSolver()
REVERSE_EN = [
    "Reverse the word '{w}'",
    "Spell '{w}' backwards",
    "Spell {w} backward.",
    "What is '{w}' spelled backwards?",
    "What is '{w}' reversed?",
    "What's the reverse of '{w}'?",
    "Write '{w}' backwards.",
    "How do you spell {w} backwards?",
    "Reverse the letters of '{w}'.",
    "What do you get when you reverse '{w}'?",
    "Please reverse the string '{w}'.",
    "How is '{w}' spelled in reverse?",
    "Reverse the letters of {w}.",
    "What do you get if you reverse the letters of {w}?",
]
REVERSE_ZH = [
    "把 {w} 倒过来拼写",
    "{w} 倒过来怎么拼",
    "将单词 {w} 反转",
    "{w} 反过来写是什么",
    "倒序输出 {w}",
    "“{w}”的反转是什么",
]


@pytest.mark.parametrize("template", REVERSE_EN + REVERSE_ZH)
@PER_TEMPLATE
@given(word=bare_words)
def test_reverse_phrasings(word: str, template: str) -> None:
    assert value_of(REVERSE, template.format(w=word)) == word[::-1]


@FAST
@given(text=texts_with_spaces)
def test_reverse_texts_only_when_letters_are_asked_for(text: str) -> None:
    assert value_of(REVERSE, f"Reverse the characters in '{text}'.") == text[::-1]
    if " " in text:
        assert isinstance(ask(REVERSE, f"Reverse '{text}'."), Declined)


@pytest.mark.parametrize("question", [
    "Reverse psychology",
    "What do you get if you reverse psychology?",
    "Reverse the sentence 'I like green apples'.",
    "Reverse the words 'hello world'",
    "How do I reverse a linked list?",
    "Can you walk backwards?",
    "Reverse it.",
    "怎么把链表反转？",
])
def test_reverse_declines(question: str) -> None:
    assert isinstance(ask(REVERSE, question), Declined)


# =============================================================================================
# anagram_check
# =============================================================================================

ANAGRAM = AnagramSolver()
ANAGRAM_EN = [
    "Are '{a}' and '{b}' anagrams?",
    "Is '{a}' an anagram of '{b}'?",
    "Are {a} and {b} anagrams of each other?",
    "Are the words '{a}' and '{b}' anagrams?",
    "Check whether '{a}' and '{b}' are anagrams.",
    "Determine if '{a}' is an anagram of '{b}'.",
    "Can '{a}' be rearranged to spell '{b}'?",
    "Is it true that '{a}' and '{b}' are anagrams?",
    "'{a}' and '{b}': anagrams?",
    "Do '{a}' and '{b}' form an anagram pair?",
    "Is '{a}' a rearrangement of '{b}'?",
    "Are '{a}' and '{b}' anagrams or not?",
    "are {a} and {b} anagrams (same letters, different order)?",
    "Ignoring case, are '{a}' and '{b}' anagrams?",
    "Can you rearrange the letters of '{a}' to get '{b}'?",
    "could I rearrange {a} into {b}?",
    "'{a}' / '{b}' — anagrams or not?",
    "{a} vs {b}: anagrams?",
]
ANAGRAM_ZH = [
    "{a} 和 {b} 是字母异位词吗",
    "{a} 是 {b} 的变位词吗？",
    "{a} 与 {b} 互为字母异位词吗",
    "判断 {a} 和 {b} 是否是异位词",
    "{a} 能否通过重新排列字母变成 {b}",
    "{a}和{b}是不是变位词（字母相同、顺序不同）？",
    "{a} 和 {b} 是字母异位词吗（不区分大小写）",
]


@pytest.mark.parametrize("template", ANAGRAM_EN + ANAGRAM_ZH)
@PER_TEMPLATE
@given(data=st.data(), first=bare_words, shuffle=st.booleans())
def test_anagram_phrasings(data: st.DataObject, first: str, shuffle: bool, template: str) -> None:
    second = "".join(data.draw(st.permutations(list(first)))) if shuffle else data.draw(bare_words)
    assume(second not in _AMBIGUOUS_BARE)
    result = ask(ANAGRAM, template.format(a=first, b=second))
    if first == second:
        assert isinstance(result, Declined)  # is a word its own anagram? a convention
    else:
        expected = "yes" if Counter(first) == Counter(second) else "no"
        assert isinstance(result, Solution) and result.value == expected


@pytest.mark.parametrize("question", [
    "In Paris, how many times does a tourist occur?",
    "In English, how many times does e occur?",
    "In total, how many times does e occur?",
    "In this sentence, how many times does e occur?",
    "在这个句子中，字母e出现了几次？",
])
def test_fronted_subjects_still_decline_non_words(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "expected"), [
    ("are sword and words anagrams?", "yes"),
    ("Is letters an anagram of settler?", "yes"),
    ("Are name and mane anagrams?", "yes"),
    ("Are words and swore anagrams?", "no"),
    ("apple和pale是不是变位词（字母相同、顺序不同）？", "no"),
    ("state和taste是不是变位词（字母相同、顺序不同）？", "yes"),
])
def test_a_bare_noun_about_language_in_an_anagram_pair_is_the_word(question: str,
                                                                   expected: str) -> None:
    assert value_of(ANAGRAM, question) == expected


@pytest.mark.parametrize(("question", "tool", "expected"), [
    ("letter的第4个字母是什么？", "nth_letter", "t"),
    ("word有几个字母", "word_length", "4"),
    ("sentence里有几个字母e", "letter_count", "3"),
])
def test_latin_words_in_chinese_questions_are_mentions(question: str, tool: str,
                                                       expected: str) -> None:
    decision = guardrail.route(question)
    assert (decision.route, decision.tool, decision.value) == ("tool", tool, expected), decision


def test_anagrams_ignore_case_spaces_and_punctuation() -> None:
    assert value_of(ANAGRAM, "Are 'Dormitory' and 'dirty room!' anagrams?") == "yes"
    assert value_of(ANAGRAM, "Is 'The eyes' an anagram of 'they see'?") == "yes"
    assert value_of(ANAGRAM, "Are 'apple' and 'paper' anagrams?") == "no"


@pytest.mark.parametrize("question", [
    "What is an anagram?",
    "Are 'listen' and 'listen' anagrams?",
    "Give me an anagram of 'listen'.",
    "Are 'résumé' and 'mérues' anagrams?",
    "Are these and those anagrams?",
    "Are 'a1' and '1a' anagrams?",
    "什么是字母异位词？",
    # a noun about language is a mention only next to a plain word; pronouns never are
    "Are letters and words anagrams?",
    "Is it an anagram of silent?",
    "Are this and hist anagrams?",
    "Are English and shingle anagrams?",
    "Are cats and dogs anagrams of love?",
    # only the standard definition may be noted
    "apple和pale是不是变位词（区分大小写）？",
    "Are listen and silent anagrams (same sound)?",
    "Case-sensitive: are 'Listen' and 'silent' anagrams?",
    # an instruction to rearrange, and three words at once
    "Rearrange the letters of 'garden' into 'danger'.",
    "dream / drama / dame — anagrams or not?",
])
def test_anagram_declines(question: str) -> None:
    assert isinstance(ask(ANAGRAM, question), Declined)


# =============================================================================================
# palindrome_check
# =============================================================================================

PALINDROME = PalindromeSolver()
PALINDROME_EN = [
    "Is '{w}' a palindrome?",
    "Is the word {w} a palindrome?",
    "Is '{w}' a palindrome or not?",
    "Check whether '{w}' is a palindrome.",
    "Determine if the word '{w}' is a palindrome.",
    "Is it true that '{w}' is a palindrome?",
    "Does '{w}' read the same forwards and backwards?",
    "Does '{w}' read the same backwards as forwards?",
    "Is '{w}' spelled the same backwards and forwards?",
    "'{w}': is it a palindrome?",
    "Tell me if '{w}' is a palindrome.",
    "Is the string '{w}' a palindrome?",
]
PALINDROME_ZH = [
    "{w} 是回文吗",
    "“{w}”是不是回文词？",
    "判断 {w} 是否是回文",
    "{w} 正着读和反着读一样吗",
    "单词 {w} 是回文吗？",
]


@pytest.mark.parametrize("template", PALINDROME_EN + PALINDROME_ZH)
@PER_TEMPLATE
@given(half=st.text(alphabet=LOWER, min_size=1, max_size=6), middle=st.sampled_from(["", "x"]),
       mirrored=st.booleans())
def test_palindrome_phrasings(half: str, middle: str, mirrored: bool, template: str) -> None:
    word = half + middle + (half[::-1] if mirrored else half)
    assume(len(word) >= 2 and word not in _AMBIGUOUS_BARE)
    expected = "yes" if list(word) == list(reversed(word)) else "no"
    assert value_of(PALINDROME, template.format(w=word)) == expected
    decision = guardrail.route(template.format(w=word))
    assert decision.tool == "palindrome_check" and decision.value == expected


def test_palindromes_ignore_case() -> None:
    assert value_of(PALINDROME, "Is 'Racecar' a palindrome?") == "yes"
    assert value_of(PALINDROME, "Is 'Hello' a palindrome?") == "no"
    assert "倒过来" in ask(PALINDROME, "level 是回文吗").answer  # type: ignore[union-attr]


@pytest.mark.parametrize("question", [
    "What is a palindrome?",
    "Is 'A man, a plan, a canal: Panama' a palindrome?",  # only without spaces and commas
    "Is 'never odd or even' a palindrome?",
    "Is 'abba!' a palindrome?",
    "Is 'résumé' a palindrome?",
    "Is it a palindrome?",
    "Is English a palindrome?",
    "Give me a palindrome.",
    "什么是回文？",
    "写一个回文句子",
])
def test_palindrome_declines(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


# =============================================================================================
# compare_length
# =============================================================================================

COMPARE = CompareLengthSolver()
# (template, True for "more/longer")
COMPARE_EN = [
    ("Which word has more letters, {or_list}?", True),
    ("Which word has the most letters: {comma_list}?", True),
    ("Which has fewer letters: {or_list}?", False),
    ("Which word is longer, {or_list}?", True),
    ("Which word is the shortest: {comma_list}?", False),
    ("Which of these words has the most letters: {comma_list}?", True),
    ("Which of {and_list} has more letters?", True),
    ("Between {and_list}, which has fewer letters?", False),
    ("{or_list}: which has more letters?", True),
    ("Which one is longer in letters, {or_list}?", True),
    ("Which word contains more letters: {comma_list}?", True),
    ("Which name has the fewest letters, {or_list}?", False),
]
COMPARE_ZH = [
    ("{zh_list} 哪个单词的字母更多", True),
    ("{zh_list} 哪个字母少", False),
    ("{zh_list} 哪个单词更长", True),
    ("{zh_list} 这几个单词中哪个词最短", False),
]


def compare_oracle(options: list[str], more: bool) -> str:
    best = max(len(word) for word in options) if more else min(len(word) for word in options)
    winners = [word for word in options if len(word) == best]
    return winners[0] if len(winners) == 1 else "tie"


def render_lists(options: list[str]) -> dict[str, str]:
    quoted = [f"'{word}'" for word in options]
    return {
        "or_list": ", ".join(quoted[:-1]) + " or " + quoted[-1],
        "and_list": ", ".join(quoted[:-1]) + " and " + quoted[-1],
        "comma_list": ", ".join(options),
        "space_list": " ".join(options),
        "zh_list": "、".join(options[:-1]) + " 和 " + options[-1],
    }


@pytest.mark.parametrize("case", COMPARE_EN + COMPARE_ZH)
@PER_TEMPLATE
@given(options=st.lists(st.text(alphabet=LOWER, min_size=1, max_size=9), min_size=2,
                        max_size=5, unique=True))
def test_compare_length_phrasings(options: list[str], case: tuple[str, bool]) -> None:
    template, more = case
    assert value_of(COMPARE, template.format(**render_lists(options))) == compare_oracle(
        options, more)


@pytest.mark.parametrize(("template", "more"), [
    ("Does '{a}' have more letters than '{b}'?", True),
    ("Does '{a}' have fewer letters than '{b}'?", False),
    ("Is the word '{a}' longer than the word '{b}'?", True),
    ("Is '{a}' shorter than '{b}' in letters?", False),
    ("{a} 的字母比 {b} 多吗", True),
    ("{a} 比 {b} 的字母少吗", False),
])
def test_compare_length_yes_no(template: str, more: bool) -> None:
    for a, b in (("elephant", "giraffe"), ("cat", "horse"), ("dog", "cat")):
        holds = len(a) > len(b) if more else len(a) < len(b)
        assert value_of(COMPARE, template.format(a=a, b=b)) == ("yes" if holds else "no")


def test_ties_are_answered_as_ties() -> None:
    result = ask(COMPARE, "Which word has more letters, 'cat' or 'dog'?")
    assert isinstance(result, Solution) and result.value == "tie" and "3" in result.answer


@pytest.mark.parametrize("question", [
    "Which is longer, the Nile or the Amazon?",
    "Is cat longer than dog?",
    "Which country has more people, China or India?",
    "Which word has more letters, 'cat' or 'cat'?",
    "Which has more calories, an apple or a banana?",
    "Which word has more letters, 'ice cream' or 'sorbet'?",
    "长江和黄河哪个更长？",
])
def test_compare_length_declines(question: str) -> None:
    assert isinstance(ask(COMPARE, question), Declined)


# =============================================================================================
# alphabetical_order
# =============================================================================================

ALPHA = AlphabeticalSolver()
SORT_EN = [
    ("Sort these words alphabetically: {comma_list}", False),
    ("Put the following words in alphabetical order: {comma_list}", False),
    ("Arrange these words in alphabetical order: {comma_list}", False),
    ("Alphabetize: {comma_list}", False),
    ("Can you alphabetize this list for me? {comma_list}", False),
    ("I need these in alphabetical order: {comma_list}", False),
    ("Sort {and_list} alphabetically.", False),
    ("List these in alphabetical order: {comma_list}", False),
    ("What is the alphabetical order of {and_list}?", False),
    ("Sort in alphabetical order: {space_list}", False),
    ("Order these words from A to Z: {comma_list}", False),
    ("Alphabetically sort these words: {comma_list}", False),
    ("Can you sort these words alphabetically: {comma_list}", False),
    ("Sort these words in reverse alphabetical order: {comma_list}", True),
    ("Sort from Z to A: {comma_list}", True),
]
SORT_ZH = [
    ("按字母顺序排列这些单词：{zh_list}", False),
    ("把 {zh_list} 按字母顺序排序", False),
    ("将以下单词按字母顺序排列：{zh_list}", False),
    ("按字母倒序排列这些单词：{zh_list}", True),
]
FIRST_EN = [
    ("Which comes first alphabetically, {or_list}?", True),
    ("Which word comes first in alphabetical order: {comma_list}?", True),
    ("Alphabetically, which comes first: {or_list}?", True),
    ("Which of {and_list} comes first alphabetically?", True),
    ("Which word comes last alphabetically: {comma_list}?", False),
    ("{or_list}: which comes first alphabetically?", True),
    ("Which of these words comes last in alphabetical order: {comma_list}?", False),
    ("Which would come first in a dictionary, {or_list}?", True),
    ("Which name is listed first alphabetically, {or_list}?", True),
    ("Which comes earlier alphabetically: {or_list}?", True),
]
FIRST_ZH = [
    ("按字母顺序，{zh_list} 哪个排在前面", True),
    ("{zh_list} 按字母顺序哪个在前？", True),
    ("{zh_list} 按字母顺序哪个排在最后", False),
    ("按照字母表顺序，{zh_list} 中哪个单词在最前面", True),
]
BEFORE_AFTER = [
    ("Does '{a}' come before '{b}' alphabetically?", True),
    ("Is '{a}' alphabetically after '{b}'?", False),
    ("Alphabetically, does {a} come before {b}?", True),
    ("{a} 在字母顺序上排在 {b} 前面吗", True),
    ("{a} 按字母顺序排在 {b} 后面吗", False),
]
# A list ending in "please" or "thanks" reads as politeness, not as a word to sort.
POLITE_WORDS = frozenset({"please", "pls", "plz", "thanks", "thx", "ty", "kindly"})
distinct_word_lists = st.lists(
    st.text(alphabet=LOWER, min_size=1, max_size=8).filter(lambda w: w not in POLITE_WORDS),
    min_size=2, max_size=8, unique=True)


@pytest.mark.parametrize("case", SORT_EN + SORT_ZH)
@PER_TEMPLATE
@given(options=distinct_word_lists)
def test_sort_phrasings(options: list[str], case: tuple[str, bool]) -> None:
    template, descending = case
    expected = ", ".join(sorted(options, reverse=descending))
    assert value_of(ALPHA, template.format(**render_lists(options))) == expected


@pytest.mark.parametrize("case", FIRST_EN + FIRST_ZH)
@PER_TEMPLATE
@given(options=distinct_word_lists)
def test_first_and_last_phrasings(options: list[str], case: tuple[str, bool]) -> None:
    template, first = case
    expected = sorted(options)[0] if first else sorted(options)[-1]
    assert value_of(ALPHA, template.format(**render_lists(options))) == expected


@pytest.mark.parametrize("case", BEFORE_AFTER)
@PER_TEMPLATE
@given(pair=st.lists(bare_words, min_size=2, max_size=2, unique=True))
def test_before_and_after(pair: list[str], case: tuple[str, bool]) -> None:
    (a, b), (template, before) = pair, case
    expected = "yes" if (a < b) == before else "no"
    assert value_of(ALPHA, template.format(a=a, b=b)) == expected


def test_sorting_ignores_case_and_keeps_spelling() -> None:
    assert value_of(ALPHA, "Sort alphabetically: banana, Apple, cherry") == "Apple, banana, cherry"


@pytest.mark.parametrize("question", [
    "What is the first letter of the alphabet?",
    "Sort the planets alphabetically.",
    "Put these words in alphabetical order",
    "Sort these words alphabetically: Apple, apple",
    "Sort these words alphabetically: crème, creme",
    "Sort these words alphabetically: ice cream, icebox",
    "Which comes first alphabetically, 'apple' or 'apple'?",
    "Is apple before banana?",
    "Sort these words alphabetically: " + ", ".join(f"w{'a' * i}" for i in range(201)),
    "按字母顺序排列太阳系的行星",
])
def test_alphabetical_declines(question: str) -> None:
    assert isinstance(ask(ALPHA, question), Declined)


def test_two_hundred_words_are_sorted() -> None:
    items = [f"w{a}{b}" for a in reversed(LOWER) for b in LOWER][:200]
    question = "Sort these words alphabetically: " + ", ".join(items)
    assert value_of(ALPHA, question) == ", ".join(sorted(items))


# =============================================================================================
# Routing: every phrasing above reaches its solver through the rules
# =============================================================================================

EXAMPLE = {"l": "r", "w": "strawberry", "n": "ss", "h": "Mississippi", "t": "I like green apples",
           "v": "vowel", "zv": "元音", "o": "3rd", "k": 3, "z": "三", "a": "listen",
           "b": "silent", **render_lists(["pear", "apple", "fig"])}
ROUTED: list[tuple[str, str]] = [
    *[(t, "letter_count") for t in TEMPLATES + LETTER_ZH],
    *[(t, "substring_count") for t in SUBSTRING_EN + SUBSTRING_ZH + SUBSTRING_OVERLAPPING
      + SUBSTRING_SEPARATE],
    *[(t, "word_length") for t in LENGTH_EN + LENGTH_ZH],
    *[(t, "vowel_count") for t in VOWEL_EN + VOWEL_ZH],
    *[(t, "word_count") for t in WORD_COUNT_EN + WORD_COUNT_ZH],
    *[(t, "distinct_letters") for t in DISTINCT_EN + DISTINCT_ZH],
    *[(t, "nth_letter") for t in NTH_EN + NTH_FROM_END_EN + NTH_ZH + NTH_FROM_END_ZH],
    *[(t, "reverse_string") for t in REVERSE_EN + REVERSE_ZH],
    *[(t, "anagram_check") for t in ANAGRAM_EN + ANAGRAM_ZH],
    *[(t, "compare_length") for t, _ in COMPARE_EN + COMPARE_ZH],
    *[(t, "alphabetical_order") for t, _ in SORT_EN + SORT_ZH + FIRST_EN + FIRST_ZH
      + BEFORE_AFTER],
]


@pytest.mark.parametrize(("template", "tool"), ROUTED)
def test_each_phrasing_is_routed_to_its_solver(template: str, tool: str) -> None:
    decision = guardrail.route(template.format(**EXAMPLE))
    assert decision.route == "tool" and decision.tool == tool, decision


@pytest.mark.parametrize("question", [
    "How many moons does Jupiter have?",
    "How many people are in China?",
    "How many words do you know?",
    "Count the sheep in the field.",
    "What is the first letter of the alphabet?",
    "How many r's are in strawberry and raspberry?",
    "How many letters are in this sentence?",
    "How many words are in your answer?",
    "What is the last letter of your answer?",
    "Reverse this sentence.",
    "How many letters are in English?",
    "How many characters are in Friends?",
    "Spell it backwards.",
    "英语有多少个字母？",
    "这句话有多少个字？",
])
def test_routing_never_answers_these(question: str) -> None:
    assert guardrail.route(question).route != "tool"


def test_per_kind_phrasing_counts() -> None:
    """The contract asks for at least 10 English and 4 Chinese phrasings per kind."""
    kinds: dict[str, tuple[list[Any], list[Any]]] = {
        "letter_count": (TEMPLATES, LETTER_ZH),
        "substring_count": (SUBSTRING_EN, SUBSTRING_ZH),
        "word_length": (LENGTH_EN, LENGTH_ZH),
        "vowel_count": (VOWEL_EN, VOWEL_ZH),
        "word_count": (WORD_COUNT_EN, WORD_COUNT_ZH),
        "distinct_letters": (DISTINCT_EN, DISTINCT_ZH),
        "nth_letter": (NTH_EN, NTH_ZH),
        "reverse_string": (REVERSE_EN, REVERSE_ZH),
        "anagram_check": (ANAGRAM_EN, ANAGRAM_ZH),
        "palindrome_check": (PALINDROME_EN, PALINDROME_ZH),
        "compare_length": (COMPARE_EN, COMPARE_ZH),
        "alphabetical_order": (SORT_EN + FIRST_EN, SORT_ZH + FIRST_ZH),
    }
    for kind, (english, chinese) in kinds.items():
        assert len(set(map(str, english))) >= 10 and len(set(map(str, chinese))) >= 4, kind


@pytest.mark.parametrize(("question", "tool", "expected"), [
    ("Count how many vowels are in 'education'.", "vowel_count", "5"),
    ("Count how many times 'ss' appears in 'Mississippi'.", "substring_count", "2"),
    ("Give me 'coffee' spelled backwards.", "reverse_string", "eeffoc"),
    ("How many words are in this sentence: 'I like big apples'?", "word_count", "4"),
    ("Which is the longest word: apple, banana, kiwi?", "compare_length", "banana"),
    ("Which is the shorter word, 'cat' or 'horse'?", "compare_length", "cat"),
])
def test_more_wrappers_reach_their_solver(question: str, tool: str, expected: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.tool == tool, decision
    assert decision.value == expected


@pytest.mark.parametrize("question", [
    "How many words are in this sentence?",
    "Count how many people live in China.",
    "Which is the longest river: Nile, Amazon, Yangtze?",
])
def test_more_wrappers_decline_without_a_word(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


# Embedded questions keep statement order: "tell me how many letters the word X has".
@pytest.mark.parametrize(("solver", "question", "value"), [
    (WORD_LENGTH, "tell me how many letters the word Wednesday has", "9"),
    (WORD_LENGTH, "Tell me how many letters there are in the word banana", "6"),
    (SOLVER, "tell me how many r's the word strawberry has", "3"),
    (SOLVER, "Tell me how many r's there are in strawberry", "3"),
    (VOWEL, "tell me how many vowels the word banana has", "3"),
    (WORD_COUNT, "tell me how many words the sentence 'a b c' has", "3"),
    (DISTINCT, "tell me how many unique letters the word banana has", "3"),
])
def test_embedded_statement_order(solver: Any, question: str, value: str) -> None:
    assert value_of(solver, question) == value


@pytest.mark.parametrize("question", [
    "tell me how many letters the alphabet has",
    "tell me how many letters English has",
])
def test_embedded_statement_order_declines_non_words(question: str) -> None:
    assert isinstance(ask(WORD_LENGTH, question), Declined)


@pytest.mark.parametrize(("question", "value"), [
    ('How many characters are in "hello world" including spaces?', "11"),
    ('How many characters are in "hello world", not counting spaces?', "10"),
    ('How many characters are in "hello world" (excluding spaces)?', "10"),
])
def test_characters_with_or_without_spaces(question: str, value: str) -> None:
    assert value_of(WORD_LENGTH, question) == value


@pytest.mark.parametrize("question", [
    'How many letters are in "hello world" including spaces?',
    "How many characters are in hello including spaces?",
])
def test_spaces_said_of_letters_or_bare_words_decline(question: str) -> None:
    assert isinstance(ask(WORD_LENGTH, question), Declined)


# =============================================================================================
# Phrasings real users type (casual, textbook, fronted subjects, lead-ins), and near misses
# =============================================================================================

# Written blind, as users type them; each expected value was worked out by hand.
USER_PHRASINGS = [
    ('how many rs in strawberry', 'letter_count', '3'),
    ("how many r's in strawberry", 'letter_count', '3'),
    ("count the a's in 'banana' pls", 'letter_count', '3'),
    ("I'm making a word puzzle. How many vowels does 'education' have?", 'vowel_count', '5'),
    ("Determine the number of occurrences of the letter 'e' in the word 'excellence'.",
     'letter_count', '4'),
    ("The word 'banana' — how many a's does it contain?", 'letter_count', '3'),
    ("In 'mississippi', count the s's.", 'letter_count', '4'),
    ('In "Mississippi", how many s\'s are there?', 'letter_count', '4'),
    ('How many times does the letter r appear in strawberry?', 'letter_count', '3'),
    ('how many times does r show up in strawberry', 'letter_count', '3'),
    ('How many r are in strawberry?', 'letter_count', '3'),
    ('how many r in strawberry', 'letter_count', '3'),
    ('how many letter r in strawberry', 'letter_count', '3'),
    ("How many 'r's are in “strawberry”?", 'letter_count', '3'),
    ("How many r's are in «strawberry»?", 'letter_count', '3'),
    ("How many r's are in 「strawberry」?", 'letter_count', '3'),
    ("What is the total number of r's in strawberry?", 'letter_count', '3'),
    ('How often does the letter r occur in the word strawberry?', 'letter_count', '3'),
    ("How many times does the character 'r' occur in 'strawberry'?", 'letter_count', '3'),
    ("Count the number of r's in the word strawberry.", 'letter_count', '3'),
    ('Count the letter r in strawberry.', 'letter_count', '3'),
    ('count r in strawberry', 'letter_count', '3'),
    ('How many times is the letter r in strawberry?', 'letter_count', '3'),
    ('How many times does strawberry contain the letter r?', 'letter_count', '3'),
    ("how many r's does the word strawberry contain", 'letter_count', '3'),
    ("How many r's does STRAWBERRY have?", 'letter_count', '3'),
    ('How many l\'s are there in the word "hello"?', 'letter_count', '2'),
    ("Quick question: how many r's are in strawberry?", 'letter_count', '3'),
    ("Hey, how many r's in strawberry?", 'letter_count', '3'),
    ('how many rs are there in strawberry lol', 'letter_count', '3'),
    ("Number of r's in strawberry?", 'letter_count', '3'),
    ('How many times does r appear in the word "strawberry"? Just give me the number.',
     'letter_count', '3'),
    ('Find the number of times the letter r appears in strawberry.', 'letter_count', '3'),
    ("How many occurrences of 's' are in 'Mississippi'?", 'letter_count', '4'),
    ('How many times does the letter "s" occur in "Mississippi"?', 'letter_count', '4'),
    ('in strawberry how many r', 'letter_count', '3'),
    ("How many e's in excellence?", 'letter_count', '4'),
    ("How many s's are in the word 'possess'?", 'letter_count', '4'),
    ("How many s's are in the word 'possesses'?", 'letter_count', '5'),
    ("How many times does 'ss' appear in 'Mississippi'?", 'substring_count', '2'),
    ('How many times does the substring "ss" occur in "mississippi"?', 'substring_count', '2'),
    ("Count occurrences of 'an' in 'banana'.", 'substring_count', '2'),
    ('how many times does "an" appear in banana', 'substring_count', '2'),
    ("How many vowels are in 'education'?", 'vowel_count', '5'),
    ('how many vowels in education', 'vowel_count', '5'),
    ('Count the vowels in the word "education".', 'vowel_count', '5'),
    ("What's the number of vowels in 'education'?", 'vowel_count', '5'),
    ('How many vowels does the word education have?', 'vowel_count', '5'),
    ('Tell me the number of vowels in "education".', 'vowel_count', '5'),
    ("How many consonants are in 'rhythm'?", 'vowel_count', '6'),
    ('how many consonants in rhythm', 'vowel_count', '6'),
    ('Count the consonants in "strength"?', 'vowel_count', '7'),
    ('Count the consonants in "strength".', 'vowel_count', '7'),
    ("How many letters are in 'hello'?", 'word_length', '5'),
    ('how many letters in hello', 'word_length', '5'),
    ("How many letters does the word 'hello' have?", 'word_length', '5'),
    ('How many letters are there in the word strawberry?', 'word_length', '10'),
    ("What is the length of the word 'strawberry'?", 'word_length', '10'),
    ("How long is the word 'strawberry'?", 'word_length', '10'),
    ('how many letters is strawberry', 'word_length', '10'),
    ("How many letters long is 'strawberry'?", 'word_length', '10'),
    ('Count the letters in strawberry.', 'word_length', '10'),
    ('How many characters are in "hello world"?', 'word_length', '11'),
    ("What's the letter count of 'strawberry'?", 'word_length', '10'),
    ('How many words are in "The quick brown fox"?', 'word_count', '4'),
    ('How many words does this sentence have: "The quick brown fox"?', 'word_count', '4'),
    ('count the words in: "the quick brown fox"', 'word_count', '4'),
    ('Count the words in "I love green apples".', 'word_count', '4'),
    ('What is the word count of "I love green apples"?', 'word_count', '4'),
    ('How many words are in the sentence "I love green apples"?', 'word_count', '4'),
    ('Count the words: "I love green apples"', 'word_count', '4'),
    ("How many distinct letters are in 'banana'?", 'distinct_letters', '3'),
    ('how many unique letters in banana', 'distinct_letters', '3'),
    ("How many different letters does the word 'banana' use?", 'distinct_letters', '3'),
    ("What is the 5th letter of 'strawberry'?", 'nth_letter', 'w'),
    ("what's the 5th character of 'strawberry'", 'nth_letter', 'w'),
    ("Which letter is in position 3 in 'strawberry'?", 'nth_letter', 'r'),
    ("Which letter is in the third position in 'strawberry'?", 'nth_letter', 'r'),
    ("What is the first letter of 'strawberry'?", 'nth_letter', 's'),
    ("What is the last letter of 'strawberry'?", 'nth_letter', 'y'),
    ('What letter does strawberry end with?', 'nth_letter', 'y'),
    ("What letter does 'strawberry' start with?", 'nth_letter', 's'),
    ("What's the third letter in strawberry?", 'nth_letter', 'r'),
    ('Give me the 3rd letter of the word strawberry.', 'nth_letter', 'r'),
    ("What is letter number 3 of 'strawberry'?", 'nth_letter', 'r'),
    ("what's the second letter of banana", 'nth_letter', 'a'),
    ("Spell 'hello' backwards.", 'reverse_string', 'olleh'),
    ('spell hello backwards', 'reverse_string', 'olleh'),
    ("Write 'hello' in reverse.", 'reverse_string', 'olleh'),
    ("What is 'hello' reversed?", 'reverse_string', 'olleh'),
    ('What\'s "hello" backwards?', 'reverse_string', 'olleh'),
    ("Reverse the word 'hello'.", 'reverse_string', 'olleh'),
    ("reverse 'hello'", 'reverse_string', 'olleh'),
    ('Reverse the string "hello".', 'reverse_string', 'olleh'),
    ('Can you spell "hello" backwards?', 'reverse_string', 'olleh'),
    ('How do you spell hello backwards?', 'reverse_string', 'olleh'),
    ('Write the word hello backwards.', 'reverse_string', 'olleh'),
    ("Is 'listen' an anagram of 'silent'?", 'anagram_check', 'yes'),
    ("Are 'listen' and 'silent' anagrams?", 'anagram_check', 'yes'),
    ("Can 'listen' be rearranged into 'silent'?", 'anagram_check', 'yes'),
    ('Are listen and silent anagrams of each other?', 'anagram_check', 'yes'),
    ('is listen an anagram of silent', 'anagram_check', 'yes'),
    ("Is 'apple' an anagram of 'maple'?", 'anagram_check', 'no'),
    ('Are "Dormitory" and "dirty room" anagrams?', 'anagram_check', 'yes'),
    ("Is 'racecar' a palindrome?", 'palindrome_check', 'yes'),
    ('is racecar a palindrome', 'palindrome_check', 'yes'),
    ('Is "hello" a palindrome?', 'palindrome_check', 'no'),
    ("Does 'level' read the same backwards and forwards?", 'palindrome_check', 'yes'),
    ('Which has more letters, elephant or giraffe?', 'compare_length', 'elephant'),
    ("Which word has more letters: 'elephant' or 'giraffe'?", 'compare_length', 'elephant'),
    ("Which word is longer, 'elephant' or 'giraffe'?", 'compare_length', 'elephant'),
    ("Which word has fewer letters, 'cat' or 'horse'?", 'compare_length', 'cat'),
    ('Sort these words alphabetically: cherry, apple, banana',
     'alphabetical_order', 'apple, banana, cherry'),
    ('sort alphabetically: cherry, banana, apple', 'alphabetical_order', 'apple, banana, cherry'),
    ('Put these words in alphabetical order: cherry, apple, banana.',
     'alphabetical_order', 'apple, banana, cherry'),
    ('Which comes first alphabetically: cherry, apple, banana?', 'alphabetical_order', 'apple'),
    ('Arrange cherry, apple, banana in alphabetical order.',
     'alphabetical_order', 'apple, banana, cherry'),
    ('单词banana里有几个n', 'letter_count', '2'),
    ('banana这个词有多少个字母a', 'letter_count', '3'),
    ('banana这个词有多少个字母', 'word_length', '6'),
    ('把hello倒过来写', 'reverse_string', 'olleh'),
    ('strawberry中字母r出现了几次', 'letter_count', '3'),
    ('统计strawberry中r的个数', 'letter_count', '3'),
    ('数一数strawberry里有几个r', 'letter_count', '3'),
    ('strawberry里一共有几个r', 'letter_count', '3'),
    ('strawberry有几个字母', 'word_length', '10'),
    ('education有几个元音', 'vowel_count', '5'),
    ('education里有多少个元音字母', 'vowel_count', '5'),
    ('"I love green apples"有几个单词', 'word_count', '4'),
    ('strawberry的第5个字母是什么', 'nth_letter', 'w'),
    ('strawberry的最后一个字母是什么', 'nth_letter', 'y'),
    ('listen和silent是字母异位词吗', 'anagram_check', 'yes'),
    ('racecar是回文吗', 'palindrome_check', 'yes'),
    ('hello倒过来怎么拼', 'reverse_string', 'olleh'),
    ('banana中有几个不同的字母', 'distinct_letters', '3'),
    ('elephant和giraffe哪个字母多', 'compare_length', 'elephant'),
    ("how many a's does banana have", 'letter_count', '3'),
    ('How many a’s are in “banana”?', 'letter_count', '3'),
    ('how many As in banana', 'letter_count', '3'),
    ('How many times does the letter "p" appear in "apple"?', 'letter_count', '2'),
    ("Count the p's in apple", 'letter_count', '2'),
    ('count the number of p\'s in "apple"', 'letter_count', '2'),
    ("What's the count of p in apple?", 'letter_count', '2'),
    ('how many p are there in apple', 'letter_count', '2'),
    ("apple has how many p's?", 'letter_count', '2'),
    ("In the word apple, how many p's are there?", 'letter_count', '2'),
    ("In apple how many p's?", 'letter_count', '2'),
    ('For the word "apple", how many p\'s are there?', 'letter_count', '2'),
    ('How many p\'s does the word "apple" contain?', 'letter_count', '2'),
    ("Tell me how many p's are in apple.", 'letter_count', '2'),
    ('How many instances of the letter p are in "apple"?', 'letter_count', '2'),
    ('How often does p appear in apple?', 'letter_count', '2'),
    ('How many times do you see the letter p in apple?', 'letter_count', '2'),
    ('how many times does p occur in the word apple?', 'letter_count', '2'),
    ("The letter 'i' appears how many times in 'Mississippi'?", 'letter_count', '4'),
    ("How many i's in Mississippi?", 'letter_count', '4'),
    ("How many I's are in MISSISSIPPI?", 'letter_count', '4'),
    ("How many z's are in 'pizza'?", 'letter_count', '2'),
    ('how many e in "excellence"?', 'letter_count', '4'),
    ("Number of e's in 'excellence'", 'letter_count', '4'),
    ('Please count the e\'s in "excellence".', 'letter_count', '4'),
    ('How many vowels in "banana"?', 'vowel_count', '3'),
    ('What is the number of vowels in banana?', 'vowel_count', '3'),
    ('How many vowels are there in the word banana?', 'vowel_count', '3'),
    ('banana has how many vowels?', 'vowel_count', '3'),
    ("In 'banana', how many vowels are there?", 'vowel_count', '3'),
    ('Count how many vowels are in banana.', 'vowel_count', '3'),
    ('How many vowel letters are in banana?', 'vowel_count', '3'),
    ("Find the number of vowels in 'banana'.", 'vowel_count', '3'),
    ("How many consonants does 'banana' have?", 'vowel_count', '3'),
    ('How many letters in banana?', 'word_length', '6'),
    ('How many letters does banana have?', 'word_length', '6'),
    ('banana has how many letters?', 'word_length', '6'),
    ("What's the length of 'banana'?", 'word_length', '6'),
    ('Find the number of letters in "banana".', 'word_length', '6'),
    ('How many letters make up the word banana?', 'word_length', '6'),
    ('How many letters are in the word "banana"?', 'word_length', '6'),
    ('Count the number of letters in the word "banana".', 'word_length', '6'),
    ("how many characters in 'banana'", 'word_length', '6'),
    ("The word 'banana' has how many letters?", 'word_length', '6'),
    ("How many words are in 'the cat sat'?", 'word_count', '3'),
    ('How many words in "the cat sat"?', 'word_count', '3'),
    ('Count the number of words in "the cat sat".', 'word_count', '3'),
    ('How many words does "the cat sat" have?', 'word_count', '3'),
    ("What is the word count of 'the cat sat'?", 'word_count', '3'),
    ('How many words are in this sentence: "the cat sat"', 'word_count', '3'),
    ('How many words are in the following sentence: the cat sat', 'word_count', '3'),
    ('How many distinct letters are in "Mississippi"?', 'distinct_letters', '4'),
    ("How many different letters are used in 'Mississippi'?", 'distinct_letters', '4'),
    ('How many unique letters does "Mississippi" contain?', 'distinct_letters', '4'),
    ('Count the distinct letters in Mississippi.', 'distinct_letters', '4'),
    ('What is the first letter of "python"?', 'nth_letter', 'p'),
    ('What is the last letter of "python"?', 'nth_letter', 'n'),
    ("what's the 3rd letter of python", 'nth_letter', 't'),
    ('What is the fourth letter in the word "python"?', 'nth_letter', 'h'),
    ('What is the second-to-last letter of "python"?', 'nth_letter', 'o'),
    ('Which letter does "python" start with?', 'nth_letter', 'p'),
    ('What letter does "python" end with?', 'nth_letter', 'n'),
    ('Which letter comes second in "python"?', 'nth_letter', 'y'),
    ('What letter is at position 4 in "python"?', 'nth_letter', 'h'),
    ('What is the third character of "python"?', 'nth_letter', 't'),
    ('Reverse "python".', 'reverse_string', 'nohtyp'),
    ('Spell python backwards.', 'reverse_string', 'nohtyp'),
    ('Please write "python" backwards.', 'reverse_string', 'nohtyp'),
    ('What is "python" spelled backwards?', 'reverse_string', 'nohtyp'),
    ('What\'s the reverse of "python"?', 'reverse_string', 'nohtyp'),
    ('Reverse the letters in "python".', 'reverse_string', 'nohtyp'),
    ('How do you write python backwards?', 'reverse_string', 'nohtyp'),
    ("Print 'python' in reverse.", 'reverse_string', 'nohtyp'),
    ('Give me the word "python" backwards.', 'reverse_string', 'nohtyp'),
    ('What do you get if you reverse "python"?', 'reverse_string', 'nohtyp'),
    ('Are "evil" and "vile" anagrams?', 'anagram_check', 'yes'),
    ('Is "evil" an anagram of "vile"?', 'anagram_check', 'yes'),
    ('Can the letters of "evil" be rearranged to spell "vile"?', 'anagram_check', 'yes'),
    ('Check whether "evil" and "vile" are anagrams.', 'anagram_check', 'yes'),
    ('evil and vile: anagrams?', 'anagram_check', 'yes'),
    ('Are "evil" and "veil" anagrams?', 'anagram_check', 'yes'),
    ('Is "level" a palindrome?', 'palindrome_check', 'yes'),
    ('Is the word "noon" a palindrome?', 'palindrome_check', 'yes'),
    ('Is "python" a palindrome?', 'palindrome_check', 'no'),
    ('Check if "kayak" is a palindrome.', 'palindrome_check', 'yes'),
    ('Does "madam" read the same forwards and backwards?', 'palindrome_check', 'yes'),
    ('Which word has more letters: apple or banana?', 'compare_length', 'banana'),
    ('Which is longer: "apple" or "banana"?', 'compare_length', 'banana'),
    ('Which word is shorter, "apple" or "banana"?', 'compare_length', 'apple'),
    ('Does "apple" have more letters than "banana"?', 'compare_length', 'no'),
    ('Which of these words has the most letters: apple, banana, fig?', 'compare_length', 'banana'),
    ('Which of these words is the shortest: apple, banana, fig?', 'compare_length', 'fig'),
    ('Sort alphabetically: fig, banana, apple', 'alphabetical_order', 'apple, banana, fig'),
    ('Alphabetize: fig, banana, apple', 'alphabetical_order', 'apple, banana, fig'),
    ('Put fig, banana and apple in alphabetical order.',
     'alphabetical_order', 'apple, banana, fig'),
    ('Sort these words in reverse alphabetical order: apple, banana, fig',
     'alphabetical_order', 'fig, banana, apple'),
    ('Which word comes first alphabetically: fig, banana, apple?', 'alphabetical_order', 'apple'),
    ('Does "apple" come before "banana" alphabetically?', 'alphabetical_order', 'yes'),
    ('apple里有几个p', 'letter_count', '2'),
    ('apple中有多少个字母p', 'letter_count', '2'),
    ('单词apple中字母p出现了几次', 'letter_count', '2'),
    ('字母p在apple中出现了几次', 'letter_count', '2'),
    ('apple这个单词里有几个p', 'letter_count', '2'),
    ('apple有多少个字母', 'word_length', '5'),
    ('apple这个单词有几个字母', 'word_length', '5'),
    ('单词apple的长度是多少', 'word_length', '5'),
    ('apple有几个元音', 'vowel_count', '2'),
    ('apple里有几个元音字母', 'vowel_count', '2'),
    ('把apple倒过来', 'reverse_string', 'elppa'),
    ('apple倒过来拼是什么', 'reverse_string', 'elppa'),
    ('apple的第二个字母是什么', 'nth_letter', 'p'),
    ('apple的最后一个字母是什么', 'nth_letter', 'e'),
    ('apple的第一个字母是什么', 'nth_letter', 'a'),
    ('evil和vile是不是字母异位词', 'anagram_check', 'yes'),
    ('level是回文吗', 'palindrome_check', 'yes'),
    ('apple和banana哪个字母少', 'compare_length', 'apple'),
    ('数一数apple有几个不同的字母', 'distinct_letters', '4'),
    ('"the cat sat"有几个单词', 'word_count', '3'),
    ("how many o's in 'balloon'", 'letter_count', '2'),
    ('Determine how many times the letter o appears in "balloon".', 'letter_count', '2'),
    ("Calculate the number of o's in balloon.", 'letter_count', '2'),
    ('I\'m writing a crossword. How many o\'s are in "balloon"?', 'letter_count', '2'),
    ('In the word "balloon", count the o\'s.', 'letter_count', '2'),
    ("The word balloon: how many o's does it have?", 'letter_count', '2'),
    ('How many times can you find the letter o in "balloon"?', 'letter_count', '2'),
    ("For the word balloon, how many l's are there?", 'letter_count', '2'),
    ('Give me the number of l\'s in "balloon".', 'letter_count', '2'),
    ('How many letters are in "balloon"?', 'word_length', '7'),
    ('Find the length of the word "balloon".', 'word_length', '7'),
    ('For the word "balloon", how many letters are there?', 'word_length', '7'),
    ('What is the number of vowels in "balloon"?', 'vowel_count', '3'),
    ("Determine the number of vowels in 'balloon'.", 'vowel_count', '3'),
    ("Find the number of distinct letters in 'balloon'.", 'distinct_letters', '5'),
    ('What letter is in position 3 of "balloon"?', 'nth_letter', 'l'),
    ("What's the letter at position 1 in 'balloon'?", 'nth_letter', 'b'),
    ('What is "balloon" backwards?', 'reverse_string', 'noollab'),
    ('Count the words in: "we all live in balloons"', 'word_count', '5'),
    ('How many words does the following sentence contain: we all live in balloons',
     'word_count', '5'),
    ('Determine the number of words in "we all live in balloons".', 'word_count', '5'),
    ("Which is longer: 'balloon' or 'kite'?", 'compare_length', 'balloon'),
    ('Which one is shorter, "balloon" or "kite"?', 'compare_length', 'kite'),
    ('balloon这个词里有几个o', 'letter_count', '2'),
    ('统计单词balloon里字母l的个数', 'letter_count', '2'),
    ('balloon这个单词一共有几个字母', 'word_length', '7'),
    ('把balloon反过来写', 'reverse_string', 'noollab'),
    ("Just curious, how many o's are in balloon?", 'letter_count', '2'),
    ("Quick sanity check: how many o's in balloon?", 'letter_count', '2'),
    ("Spelling question: how many l's in balloon?", 'letter_count', '2'),
]
NEAR_MISSES = [
    'How many letters are in the capital of France?',
    'How many words are in the Bible?',
    "Count the r's in your name.",
    'How many letters does your name have?',
    'How many syllables are in banana?',
    "How many syllables does 'education' have?",
    "How many e's are in the number seventeen?",
    "quick sanity check: len('hello')?",
    "What does len('hello') return in Python?",
    "Case-sensitive: how many A's are in 'Banana'?",
    "How many capital letters are in 'Hello World'?",
    'How many uppercase letters are in "NASA rocks"?',
    'How many letters are in the alphabet?',
    'How many letters are in the Greek alphabet?',
    'How many words are in this sentence?',
    'How many words does the English language have?',
    'How many letters are in the longest English word?',
    'What is the 3rd letter of the alphabet?',
    'What is the last letter of the Greek alphabet?',
    'Reverse the order of the words in "I love you".',
    'Reverse this sentence.',
    'Spell it backwards.',
    'Are these two words anagrams?',
    "Do 'listen' and 'silent' use the same letters?",
    "Flip the word 'hello'.",
    "Is 'listen' an anagram of 'listen'?",
    "How many r's are in strawberry and raspberry?",
    "How many vowels are in the word for 'cat' in Spanish?",
    'How many letters are in the Spanish word for dog?',
    'How many characters are in Hamlet?',
    'How many characters are in Friends?',
    "How many words are in 'War and Peace'?",
    "How many times does the word 'love' appear in Romeo and Juliet?",
    "How many times does 'ana' appear in 'banana'?",
    'Which is longer, the Nile or the Amazon?',
    'Which has more letters, my name or yours?',
    'Sort these words alphabetically.',
    "What's the first letter of the answer to 2+2?",
    "Which letter is at index 3 in 'strawberry'?",
    "What is the 0th character of 'hello'?",
    "How many letters are in the word I'm thinking of?",
    'How many vowels are in my last name?',
    "I'm making a word puzzle. Treat y as a vowel. How many vowels are in 'rhythm'?",
    "How many e's are in café?",
    "How many s's are in Straße?",
    "How many r's are in strawberry in French?",
    'How many times does the letter e appear in this question?',
    'Count the words in your previous answer.',
    "Is 'A man, a plan, a canal: Panama' a palindrome?",
    "How many letters are in the word 'strawberry' when written in Chinese?",
    'How many letters in the English alphabet are vowels?',
    "How many pages are in the book 'Hello'?",
    "What's the 5th word in the Gettysburg Address?",
    'how many r in strawberry if you count only lowercase',
    'Count how many people live in China.',
    '单词apple的中文意思有几个字？',
    '英语有多少个字母？',
    '这句话有多少个字？',
    '中国有多少个省？',
    'Find the number of letters in the alphabet.',
    'What is the number of words in your answer?',
    'Determine the number of times the letter e appears in this sentence.',
    'Which is longer: "Ulysses" or "Hamlet"?',
    "Which is longer: 'a mile' or 'a kilometer'?",
    'count the words in: your previous answer',
    'Count the words: The Bible',
    'For reference, how many vowels are there?',
    "For fun, how many r's are there?",
    'In short, how many letters are there?',
    'In total how many letters are there?',
    'For you, how many letters are in strawberry?',
    'How many times do you see the letter p?',
    "What letter is at index 2 in 'python'?",
    "What letter is at position 0 in 'python'?",
    "What letter is at position 9 in 'python'?",
    "I'm making a word puzzle. How many letters are in the alphabet?",
    "I'm making a word puzzle where y counts as a vowel. How many vowels are in 'rhythm'?",
    "The word 'banana' — how many syllables does it have?",
    "The word 'banana' — how many a's does it have in Spanish?",
    "In 'mississippi', count the syllables.",
    'How many times does strawberry contain the word berry?',
    'How many words does this sentence have?',
    'How many words does your answer have: yes or no?',
]


@pytest.mark.parametrize(("question", "tool", "expected"), USER_PHRASINGS)
def test_user_phrasings_are_answered(question: str, tool: str, expected: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.tool == tool, decision
    assert decision.value == expected


@pytest.mark.parametrize("question", NEAR_MISSES)
def test_near_misses_are_not_answered(question: str) -> None:
    decision = guardrail.route(question)
    assert decision.route != "tool", decision


@pytest.mark.parametrize(("word", "position"), [("python", 4), ("strawberry", 10), ("ab", 1)])
def test_cardinal_positions_are_one_based(word: str, position: int) -> None:
    question = f"What letter is at position {position} in '{word}'?"
    assert value_of(NthLetterSolver(), question) == word[position - 1]


@given(options=st.lists(st.text(alphabet=LOWER, min_size=1, max_size=12), min_size=2,
                        max_size=4, unique=True))
@FAST
def test_which_is_longer_with_quoted_options_matches_oracle(options: list[str]) -> None:
    question = "Which is longer: " + " or ".join(f"'{word}'" for word in options) + "?"
    longest = max(len(word) for word in options)
    winners = [word for word in options if len(word) == longest]
    expected = winners[0] if len(winners) == 1 else "tie"
    assert value_of(CompareLengthSolver(), question) == expected


@pytest.mark.parametrize("question", [
    "I'm making a " + "word " * 2000 + "puzzle. How many r's are in strawberry?",
    "For " + "the " * 3000 + "word x, how many r's are there?",
    "Which is longer: " + "'a' or " * 3000 + "'b' x",
    "Which is longer: " + "'a', " * 3000,
    "Count the words in" + " :" * 4000,
    "the word banana" + " -" * 4000 + " how many a's does it have",
    "How many times" + " do you see" * 1000 + " r in x",
    "What letter is at position " + "1" * 6000 + " in x",
    "In " + "'a'" * 3000 + ", count the",
    "Find the number of " + "times " * 2000 + "r appears in x",
    "In " + "short " * 2000 + ", how many r's are there",
])
def test_new_phrasings_stay_fast_on_hostile_input(question: str) -> None:
    for solver in (SOLVER, WordCountSolver(), CompareLengthSolver(), NthLetterSolver(),
                   VowelCountSolver(), WordLengthSolver()):
        started = time.perf_counter()
        assert isinstance(ask(solver, question), Declined), solver.name
        assert time.perf_counter() - started < 0.5, solver.name


@pytest.mark.parametrize(("question", "value"), [
    ("The word keyboard — which letter is at the beginning of it?", "k"),
    ("The word keyboard — what is its first letter?", "k"),
    ("The word keyboard — which letter is at the end of it?", "d"),
    ("The word keyboard: which letter does it start with?", "k"),
    ("which letter is at the beginning of keyboard?", "k"),
    ("paper和apple是不是字母异位词（anagram）？", "no"),
])
def test_subject_first_and_english_glosses(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert (decision.route, decision.value) == ("tool", value), decision


@pytest.mark.parametrize("question", [
    "My password — which letter is at the beginning of it?",
    "The alphabet — which letter is at the beginning of it?",
    "paper和apple是不是字母异位词（回文）？",
])
def test_subject_first_and_glosses_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "value"), [
    ('How long is the word "refrigerator", in letters?', "12"),
    ('How long is the word "refrigerator" (in letters)?', "12"),
    ('Count the vowels (a, e, i, o, u only — y doesn\'t count) in "marble".', "2"),
    ('How many vowels (a, e, i, o, u) are in "mountain"?', "4"),
])
def test_length_units_and_stated_vowels(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("question", [
    'How many vowels (a, e, i, o, u and sometimes y) are in "mystery"?',
    'How many vowels (a, e, i, o) are in "mountain"?',
])
def test_other_vowel_sets_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool"


@pytest.mark.parametrize(("question", "expected"), [
    ('Word count check for a tweet draft: "three more days until vacation and I am counting '
     'every hour" how many words is that?', "11"),
    ('My draft says "the coffee machine at work finally got fixed today". How many words?', "9"),
    ("anagram check: fried / friend", "no"),
    ("Can you sort these words A to Z? date, cherry, orange, lemon, peach",
     "cherry, date, lemon, orange, peach"),
    ("Alphabetical order please:\n- cherry\n- apple\n- lime", "apple, cherry, lime"),
    ("单词 banana 由多少种不同的字母组成？", "3"),
    ("possession 用到了几个不一样的字母", "6"),
])
def test_stated_texts_checks_and_orders(question: str, expected: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == expected, decision.reason


@pytest.mark.parametrize("question", [
    'Only nouns: "the coffee machine at work finally got fixed today" how many words?',
    'My book title is "War and Peace". How many words?',
])
def test_a_stated_text_with_a_changing_lead_declines(question: str) -> None:
    assert guardrail.route(question).route != "tool"


@pytest.mark.parametrize(("question", "value"), [
    ("Count the vowels in 'education' (a, e, i, o, u).", "5"),
    ("how many vowels are in rhinoceros? (a e i o u only)", "4"),
    ("Number of vowels (a/e/i/o/u) in the word sequoia?", "5"),
    ('How many of the letters in "strengths" are vowels — a, e, i, o or u?', "1"),
])
def test_the_five_vowels_listed_are_the_ones_counted(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("question", [
    "How many vowels are in rhythm (a, e, i, o, u, y)?",  # y counted as a vowel
    "How many vowels are in rhythm (a, e, i, o)?",
])
def test_other_vowel_lists_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "value"), [
    ("In the word elephant, which letter comes second?", "l"),
    ("In the word elephant, which letter comes second to last?", "n"),
    ('Tell me letter number 2 in "blanket".', "l"),
    ("goldfish: what is its sixth letter?", "i"),
    ("bicycle or keyboard — which one has more letters?", "keyboard"),
    ('Between "embarrass" and "pencil", which word is longer?', "embarrass"),
    ("Do actor and tract use exactly the same letters? Anagram check for a puzzle.", "no"),
    ("Do listen and silent use exactly the same letters?", "yes"),
    ("请把“pocket”的字母顺序颠倒", "tekcop"),
    ("请数一数 banana 的字母个数", "6"),
])
def test_fronted_words_options_and_chinese_orders(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("question", [
    "In short, which letter comes second?",
    "Tell me letter number 2 in my name.",
    "Between the Nile and the Amazon, which is longer?",
    "Do listen and silent use exactly the same letters in the same order?",
    "Do listen and silent use the same letters?",  # a set or a multiset: not said
])
def test_fronted_words_and_options_that_are_unclear_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "value"), [
    ('Could you tell me how many words this has? "My grandmother bakes the best apple pie in'
     ' town"', "9"),
    ("I need to know how many words this line has — He forgot his umbrella at the office again",
     "8"),
    ("Count the words please:\nMy grandmother bakes the best apple pie in town", "9"),
    ("数一下这个句子的单词数：The museum opens at nine on weekdays", "7"),
    ("“He forgot his umbrella at the office again” 这句英文一共多少个单词？", "8"),
    ("Every morning I walk my dog before breakfast\n这句话里有多少个词？", "8"),
    ("数一下 strawberry 中字母 r 出现了几次", "3"),
    ("Between the words elephant and calculator, which has more letters?", "calculator"),
    ("Between volcano and river, which word is spelled with more letters?", "volcano"),
    ('"ocean" vs "volcano" — which one is longer in letters?', "volcano"),
    ("For a crossword I need the longer word: mountain or meadow?", "mountain"),
    # the word, then a question about "it"
    ("restaurant: how many vowels does it have?", "4"),
    ("'banana': how many a's are in it?", "3"),
    ("'strawberry' — how many r's?", "3"),
    ("The word strawberry — how many r's?", "3"),
    ('How many e\'s in "nevertheless"? Case doesn\'t matter.', "4"),
    ('Letter count: how many z\'s are in "pizzazz"?', "4"),
    ('I need the number of a\'s in "abracadabra".', "5"),
    ("apple 是几个字母的单词？", "5"),
    ("cherry、apple、banana 按字母顺序排列", "apple, banana, cherry"),
    ("apple、banana、cherry 按字母倒序排列", "cherry, banana, apple"),
])
def test_texts_after_a_mark_and_words_before_a_question(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("question", [
    "Count the words please: your last answer",  # names a text
    "Count the words in: my essay about the war",
    "Between the words Nile and Amazon, which is longer?",
    "Honestly, how many r's does it have?",  # after a comma: an interjection, not a word
    "Honestly — how many r's?",  # an interjection is never the word
    "Honestly: how many vowels does it have?",
    "Riddle — how many r's?",  # a label is never the word
    "restaurant: how many vowels does it have and how many does its plural have?",
    "数一下 strawberry",
])
def test_texts_and_words_that_are_not_the_subject_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "value"), [
    # "how many (of the) letters in X are …": a letter, vowels, or all of them
    ("How many letters in 'bookkeeper' are e?", "3"),
    ("How many of the letters in the word bookkeeper are e's?", "3"),
    ("How many letters in 'bookkeeper' are vowels?", "5"),
    ("How many letters of bookkeeper are consonants?", "5"),
    ("How many letters in 'bookkeeper' are there?", "10"),
    # each letter counted once: the distinct letters
    ("Counting each letter only once, how many letters are in \"senseless\"?", "4"),
    ("How many letters are in 'senseless', counting each letter once?", "4"),
    ("How many letters are in senseless (each letter counted once)?", "4"),
])
def test_letters_of_a_word_that_are_something_and_letters_counted_once(
        question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("question", [
    "How many letters in 'bookkeeper' are e or o?",
    "How many letters in 'bookkeeper' are ee?",
    "How many letters in my name are there?",
    "How many letters in the alphabet are there?",
    "Counting each letter only twice, how many letters are in \"senseless\"?",
])
def test_letters_that_are_something_unclear_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "value"), [
    ("If you write yellow back to front, what do you get?", "wolley"),
    ("If I spell 'stressed' backwards, what would I get?", "desserts"),
    # what a rearrangement is, said after it
    ("Can the letters of river be rearranged to spell rover, using every letter exactly once?",
     "no"),
    ("Do garden and danger use exactly the same letters the same number of times?", "yes"),
    ("Word game check: can you rearrange the letters of \"triangle\" to get \"integral\"? (same "
     "letters, same counts)", "yes"),
    # the text announced by "the following", after its mark
    ("Word count for the following, please. she sells sea shells by the sea shore", "8"),
    ("Count the words in the following: she sells sea shells", "4"),
])
def test_reversals_rearrangements_and_following_texts(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("question", [
    "If you write yellow back to front, what do you get in French?",
    "Can the letters of river be rearranged to spell rover, using every letter twice?",
    "Word count for the following. Then reverse it",
    "Word count for the following. please count letters",
])
def test_reversals_and_following_texts_that_say_more_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


def test_words_sorted_with_no_order_named_are_sorted_alphabetically() -> None:
    decision = guardrail.route("Sort these words: banana, cherry, apple.")
    assert decision.route == "tool" and decision.value == "apple, banana, cherry", decision
    assert guardrail.route("Sort these words by length: banana, fig, apple.").route != "tool"


@pytest.mark.parametrize(("question", "value"), [
    # the word, then what to count in it
    ("strawberry: how many r's?", "3"),
    ("communication: how many vowels is that?", "6"),
    ("banana: how many distinct letters?", "3"),
    # the text announced as "the following"
    ("How many words does the following have? A cold wind blew through the empty streets of "
     "the old town last night.", "14"),
    ("I need the number of words in the following line: My grandmother bakes bread every "
     "Sunday morning", "7"),
    ("Quick anagram check: listen and silent, yes or no?", "yes"),
])
def test_word_first_questions_and_announced_texts(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("question", [
    "Riddle: how many vowels?",  # a label, not the word
    "Word: how many letters?",
    "Spelling: how many letters?",
    "Honestly: how many r's?",
    "Jupiter: how many moons?",
    "bookkeeper: how many different letters appear?",  # more than a count of letters
    "How many words does the following have? Please count only nouns.",
])
def test_word_first_questions_without_a_word_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "value"), [
    ("Does 'racecar' read the same backwards?", "yes"),
    ("Does 'level' read the same both ways?", "yes"),
    ("Is 'hello' spelled the same backwards?", "no"),
    ("Does 'noon' read the same when reversed?", "yes"),
])
def test_palindromes_asked_as_reading_the_same(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize(("question", "value"), [
    # reading a word backwards
    ("If you read 'whisper' from right to left, what do you get?", "repsihw"),
    ("What do you get if you read 'whisper' backwards?", "repsihw"),
    ("Can you flip 'window' so it reads right to left?", "wodniw"),
    # a format request joined by "and", or asking for the count alone
    ('Reverse the letters of "biscuit" and just give me the result.', "tiucsib"),
    ('Number of vowels in "elephant"? just the count', "3"),
    # the word named in quotes by a sentence before the question about "it"
    ("My daughter is learning to spell 'successful'. How many times does the letter s show up "
     "in it?", "3"),
    ("My daughter's name is 'Anna'. How many letters does it have?", "4"),
    # anagrams asked as using the same letters, or rearranging all of them
    ('Do "garden" and "gardener" use exactly the same letters, i.e. are they anagrams?', "no"),
    ("can you rearrange all the letters of heart to spell earth?", "yes"),
    # the options before the question, "in it", 写出来
    ("kitten or puppy — which one is the longer word?", "kitten"),
    ("Which has more letters in it: cucumber or pumpkin?", "cucumber"),
    ("garden 倒序写出来是什么", "nedrag"),
    ("In the word umbrella, which letter is the 2nd one?", "m"),
    ("Which letter is the 2nd one in umbrella?", "m"),
    ("Anagram check — forest and foster: yes or no?", "yes"),
    ("Write “planet” with its letters in reverse order.", "tenalp"),
    ("My kid asked me how many M's are in committee. Can you count them?", "2"),
    ("queue 从左往右数第 4 个字母是什么", "u"),
    ("river跟waterfall比，哪个单词更长？", "waterfall"),
    ("单词penguin和tiger，哪个字母更多", "penguin"),
    ('"banana"与"apple"相比，哪个词包含的字母更多？', "banana"),
    ("master 与 stream 是否由完全相同的字母组成（互为异位词）？", "yes"),
    ("“heart”和“earth”是字母重排的关系吗？", "yes"),
    ('letter count for "kaleidoscope"?', "12"),
    ("Sort alphabetically please — tulip, lily, orchid, rose and daisy",
     "daisy, lily, orchid, rose, tulip"),
])
def test_read_backwards_quoted_words_before_it_and_anagram_forms(question: str,
                                                                   value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("question", [
    "What do you get if you read 'a man a plan' backwards?",  # letters or words reversed?
    "If you read the news backwards, what do you get?",
    "I typed 'successful' without one s. How many s's are in it?",  # the sentence changes it
    "I typed 'successful' twice. How many s's are in it?",
    "He spelled 'necessary' with 2 c's. How many c's does it have?",
    "My daughter is learning to spell 'successful'. How many 's' are in it?",
    'Number of vowels in "elephant"? just the count of the a\'s',
    "The Nile or the Amazon — which one is the longer river?",
    "长江和黄河比，哪个更长？",
])
def test_read_backwards_and_quoted_words_before_it_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "value"), [
    ("这句英文“please bring two apples and a pear tomorrow”有几个单词？", "8"),
    ("这句话“I love you”里有多少个单词？", "3"),
])
def test_chinese_word_count_of_a_quoted_sentence_after_its_pointer(question: str,
                                                                    value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


def test_chinese_word_count_of_a_language_declines() -> None:
    assert guardrail.route("英语“hello world”有几个单词？").route != "tool"


@pytest.mark.parametrize(("question", "value"), [
    ("What's the word count of the following sentence? Three small boats drifted slowly across "
     "the bay.", "8"),
    ("How many words are in the following sentence? Three small boats drifted slowly across the "
     "bay.", "8"),
    ('I wrote "Every morning the neighbors walk three huge dogs" as my caption. How many words '
     "is that?", "8"),
])
def test_word_counts_of_the_following_and_of_a_text_for_something(question: str,
                                                                    value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


def test_word_count_of_a_text_for_a_title_declines() -> None:
    question = 'I wrote "Every morning the dogs walk" as my book title. How many words is that?'
    assert guardrail.route(question).route != "tool"
