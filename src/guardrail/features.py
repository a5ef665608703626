"""Difficulty features of a query, computed from its text alone.

The jagged-frontier map (:mod:`guardrail.frontier`) predicts whether a model will answer a
query correctly from these numbers, so they must be cheap, deterministic and defined for any
text: every call returns exactly :data:`FEATURE_NAMES`, as finite floats.

Word rarity comes from ``wordfreq`` (Zipf frequency: ~7 for "the", ~5 for "France", 0 for a
word it has never seen such as an invented country). It is imported on first use, so
``import guardrail`` stays fast.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import cache

__all__ = ["FEATURE_NAMES", "MAX_FEATURE_CHARS", "NEUTRAL_ZIPF", "RARE_ZIPF", "query_features"]

FEATURE_NAMES: tuple[str, ...] = (
    "zh_share",  # share of non-blank characters that are Chinese (CJK ideographs)
    "log_chars",  # log1p of the character count
    "words",  # Latin/digit words, plus one per CJK character
    "numbers",  # how many numbers the text contains
    "max_digits",  # most digits in one number
    "total_digits",  # digits over all numbers
    "max_decimals",  # most decimal places in one number
    "has_negative",  # 1 when some number carries a unary minus
    "coordinate_pairs",  # "(3, -4)" and the like: a vertex count for geometry
    "carries",  # carries when adding the two largest integers
    "longest_word",  # letters in the longest Latin word
    "quoted_word_len",  # letters in the longest quoted word ("strawberry"), 0 when none
    "entities",  # capitalised words not at a sentence start: a named-entity proxy
    "zipf_min",  # rarest Latin content word (wordfreq Zipf scale)
    "zipf_mean",  # mean Zipf frequency of the Latin content words
    "rare_words",  # distinct content words with Zipf < RARE_ZIPF
    "rarity_missing",  # 1 when there is no Latin content word to look up
)

# Longer text is scanned only up to here (the router sends such text to the model unparsed
# anyway); the character count still sees the whole text.
MAX_FEATURE_CHARS = 5_000
# Words below this Zipf frequency are rare: about once per 300 million words, or never.
RARE_ZIPF = 2.5
# Stands in for the rarity of a text with no Latin content words (arithmetic, Chinese): a
# typical content word, so the flag ``rarity_missing`` rather than a fake extreme carries it.
NEUTRAL_ZIPF = 5.0
# Each lookup costs microseconds, but a 5,000-character text could hold ~1,000 distinct words.
_MAX_LOOKUPS = 200

_CJK_RANGES = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK = re.compile(f"[{_CJK_RANGES}]")
# A run of word characters that are not CJK (each CJK character is a word of its own).
_WORD = re.compile(rf"[^\W{_CJK_RANGES}]+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]+")
# The first alternative keeps "1,234,567" one number; not right after "(" so that the vertex
# "(10,100)" stays two. Every quantifier is followed by a different character class, so a
# failed attempt backtracks at most linearly.
_NUMBER = re.compile(r"[-\u2212]?(?:(?<!\()[1-9]\d{0,2}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?")
_COORD = r"[-\u2212]?\d+(?:\.\d+)?"
_PAIR = re.compile(rf"[(（]\s{{0,4}}{_COORD}\s{{0,4}}[,，]\s{{0,4}}{_COORD}\s{{0,4}}[)）]")
_QUOTED = re.compile(r"[\"'“‘「『]([^\W\d_]+)[\"'”’」』]")
# After these (and at the very start) a capital letter says nothing about a name. A colon is
# not among them: in "Country: Samoa" the capital marks a name, and in "Q: What is" the
# capitalised word is a stopword, which never counts.
_SENTENCE_END = frozenset(".!?\n。！？")
_OPENERS = " \t\r\f\v\"'“‘(（[「『"
# A minus after a digit or a closing bracket is subtraction ("910 - 89"), and so is one glued
# to a word ("x-3"); after a word and a blank it is a sign ("9.11 or -9.9").
_BINARY_AFTER_BLANK = re.compile(r"[\d)\]）]")
_BINARY_GLUED = re.compile(r"[\w)\]）]")

_STOPWORD_TEXT = """
a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each either few for
from further had has have having he her here hers herself him himself his how if in into is it
its itself just let me more most my myself neither no nor not now of off on once only or other
our ours ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your yours yourself yourselves
q answer question please give tell whats
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())


@cache
def _zipf() -> Callable[[str, str], float]:
    # Lazy: wordfreq loads its word list (~0.2 s) only when rarity is first needed.
    from wordfreq import zipf_frequency

    return zipf_frequency  # type: ignore[no-any-return]


def _add_carries(a: str, b: str) -> int:
    """Carries in the column addition of two digit strings (no int(): digits may be many)."""
    carries = carry = 0
    for index in range(1, max(len(a), len(b)) + 1):
        da = int(a[-index]) if index <= len(a) else 0
        db = int(b[-index]) if index <= len(b) else 0
        carry = 1 if da + db + carry >= 10 else 0
        carries += carry
    return carries


def _number_features(text: str) -> dict[str, float]:
    count = max_digits = total_digits = max_decimals = 0
    negative = False
    integers: list[str] = []
    for match in _NUMBER.finditer(text):
        token = match.group()
        if token[0] in "-\u2212":
            # Look back a bounded stretch: "5 - 3" is a subtraction, "(-3, 4)" a negative.
            window = text[max(0, match.start() - 20):match.start()]
            before = window.rstrip()
            binary = ((bool(before) and _BINARY_AFTER_BLANK.fullmatch(before[-1]) is not None)
                      or (bool(window) and _BINARY_GLUED.fullmatch(window[-1]) is not None))
            negative = negative or not binary
            token = token[1:]
        whole, _, fraction = token.replace(",", "").partition(".")
        digits = len(whole) + len(fraction)
        count += 1
        total_digits += digits
        max_digits = max(max_digits, digits)
        max_decimals = max(max_decimals, len(fraction))
        if not fraction:
            integers.append(whole.lstrip("0") or "0")
    largest = sorted(integers, key=lambda digits: (len(digits), digits), reverse=True)[:2]
    return {
        "numbers": float(count),
        "max_digits": float(max_digits),
        "total_digits": float(total_digits),
        "max_decimals": float(max_decimals),
        "has_negative": 1.0 if negative else 0.0,
        "coordinate_pairs": float(len(_PAIR.findall(text))),
        "carries": float(_add_carries(*largest)) if len(largest) == 2 else 0.0,
    }


def _word_features(text: str) -> dict[str, float]:
    entities = longest = 0
    content: dict[str, None] = {}  # insertion-ordered set: the first words get looked up
    previous_end = 0
    for match in _LATIN.finditer(text):
        word = match.group()
        longest = max(longest, len(word))
        # Only the gap since the previous word is inspected, so the scan stays linear.
        gap = text[previous_end:match.start()].rstrip(_OPENERS)
        at_start = (not gap and previous_end == 0) or (bool(gap) and gap[-1] in _SENTENCE_END)
        previous_end = match.end()
        lower = word.lower()
        if len(word) > 1 and word[0].isupper() and not at_start and lower not in _STOPWORDS:
            entities += 1
        if len(lower) > 1 and lower not in _STOPWORDS:
            content.setdefault(lower)
    quoted = max((len(m.group(1)) for m in _QUOTED.finditer(text)), default=0)
    features = {"longest_word": float(longest), "quoted_word_len": float(quoted),
                "entities": float(entities)}
    if not content:
        return features | {"zipf_min": NEUTRAL_ZIPF, "zipf_mean": NEUTRAL_ZIPF,
                           "rare_words": 0.0, "rarity_missing": 1.0}
    zipf = _zipf()
    # Only English frequencies: Chinese lookups would need jieba, and Latin words inside
    # Chinese text (names, the word to spell) are English-like anyway.
    scores = [float(zipf(word, "en")) for word in list(content)[:_MAX_LOOKUPS]]
    return features | {
        "zipf_min": min(scores),
        "zipf_mean": math.fsum(scores) / len(scores),
        "rare_words": float(sum(score < RARE_ZIPF for score in scores)),
        "rarity_missing": 0.0,
    }


def query_features(text: str) -> dict[str, float]:
    """The difficulty features of ``text``: exactly :data:`FEATURE_NAMES`, as finite floats.

    Pure and deterministic; only the first :data:`MAX_FEATURE_CHARS` characters are scanned.

    Example:
        >>> features = query_features("What is the capital of Snorfleland?")
        >>> features["rare_words"], features["entities"], features["numbers"]
        (1.0, 1.0, 0.0)
        >>> query_features("Q: 95 + 17 = ?")["carries"]
        2.0
        >>> query_features("草莓里有几个r？")["rarity_missing"]
        1.0
    """
    scanned = text[:MAX_FEATURE_CHARS]
    cjk = len(_CJK.findall(scanned))
    visible = sum(not char.isspace() for char in scanned)
    features = {
        "zh_share": cjk / visible if visible else 0.0,
        "log_chars": math.log1p(len(text)),
        "words": float(len(_WORD.findall(scanned)) + cjk),
    }
    features |= _number_features(scanned)
    features |= _word_features(scanned)
    return {name: features[name] for name in FEATURE_NAMES}
