"""Comparing and ordering numbers with exact decimal semantics (9.9 > 9.11).

Every literal is read exactly (``fractions.Fraction``): decimals, negatives (``-3``,
``−2.5``), thousands separators, simple fractions (``1/3``), powers of an unsigned number
(``2^10``, ``3**4``, ``10³``, ``2的10次方``; up to ``MAX_RESULT_DIGITS`` digits) and percentages
(``40%`` is 2/5), so "Which is larger, 3^4 or 4^3?" and "40% or 0.35?" are read too. The
question must match one of the closed templates below from its first word to its last:

* which is bigger/smaller: "Which is bigger, 9.11 or 9.9?", "Which number is smaller: -3 or
  -2.5?", "9.11 or 9.9, which is larger?", "Which of 9.11 and 9.9 is greater?",
  "9.11和9.9哪个大？", "9.11 与 9.9 相比哪个更小". The asking clause and the numbers may come
  in either order, joined by a comma, colon, semicolon, question mark or dash ("12.92 or 12.98
  — which one is greater?", "Which is higher — 9.4 or 9.7?"), with an introduction ("Between
  9.459 and 9.7, which value is higher?", "Of/Among/Out of the numbers ...", "in the list");
  the asking clause takes which/what, casual contractions ("which's bigger", "what's larger",
  "which one's smaller"), comparatives and superlatives (bigger, larger, greater, higher, more,
  smaller, less, lower, "the larger one", "the max", "greater in value", "has the larger
  value"), imperatives ("Pick the larger number: ..."), embedded questions ("Tell me which is
  bigger: ..."); also "Is 9.11 or 9.9 bigger?", "哪个更大：9.11还是9.9？", "9.11还是9.9大？",
  "较大的是9.11还是9.9？", "9.11和9.9中较大的是哪个". A hyphen with a blank on both sides after a
  word is a dash ("from highest to lowest - 6, 8"); one written against its number is a
  minus sign ("lowest -6, 8"); "the greater of A and B" names two numbers;
* largest/smallest of a list: "What is the largest of 4, 9.5, 2?", "Which of these numbers
  is the smallest: …", "4、9.5、2中最大的是哪个？", "找出 3、7、5 中最大的数", "5.5、5.05、5.55
  这三个数中哪个最大" (the count said must be the count listed);
* relations (yes/no): "Is 9.11 greater than 9.9?", "Is 0.5 less than 1/3?", "Is 3.14 equal
  to 3.140?", "Is 2 >= 2.0?", "Does 9.9 exceed 9.11?", "9.11比9.9大吗？", "9.11大于9.9吗",
  "0.5是否小于1/3"; statements to check: "True or false: 9.11 > 9.9", "Is it true that 9.11 >
  9.9?", "9.11 is greater than 9.9, right?", "Is 9.11 > 9.9 true?", a bare "9.11 > 9.9?" (only
  with its question mark),
  "判断：9.11 > 9.9 对吗？", "9.11比9.9大，对吗？";
* compare: "Compare 9.11 and 9.9", "Is 9.11 bigger or smaller than 9.9?", "How does 9.11
  compare to 9.9?", "比较9.11和9.9的大小", "9.11比9.9大还是小" (value: "9.11 < 9.9"); a compare
  sentence followed by the question it asks ("Compare 2.7 and 2.695. Which one is bigger?",
  "比较2与1.99的大小，哪个数更大？", "Compare 0.5 and 0.50. Are they equal?") answers that question;
* a reported claim about the same numbers before the question ("My son insists 2.32 is bigger
  than 2.8 because it has more digits. Which one is actually bigger, 2.32 or 2.8?", "I think
  9.11 is bigger than 9.9. Am I right?"): the question must compare every number the claim
  names, and the reason may carry no number of its own;
* sorting: "Sort 3.2, 3.11, 3.9 in ascending order", "Order from smallest to largest: …",
  "Arrange … in descending order", "把 3.2, 3.11, 3.9 从小到大排序".

The last, general reading (English, ``_asking_words_only``): one list of numbers, one wish
(largest, smallest, or an order with its direction) and nothing but asking words around them
("ok so out of 3.5, 3.45 and 3.405 which one would u say is the biggest"). Any other word
("than", "closer", "digits", "absolute"), both wishes, a comparative over more than two numbers,
or a count that disagrees with the list declines. Directions may be said with the ends
("smallest to largest", "biggest to smallest"), and a dash between blanks separates clauses.
Chinese has the same reading (``_zh_asking_only``): one list, one wish (从小到大 / 从大到小 with
排 or 顺序, 最大 / 最小, or 更大 / 较小 for two numbers) and only asking words around them
("把下面这些数从小到大排列：-6.7、-1.4、-7.4", "-3，0.92，0.57，从大到小排一下").

Values: the winning literal as written ("9.9"), "equal" when all numbers are equal, "yes"/"no"
for relations, the literals as written joined by ", " for sorting (ties keep their order).

Declined: anything outside the templates, in particular numbers with units or nouns ("a pound
of feathers", "5 km"), other expressions ("2 + 3", "-2^2", "2/3^2": the reader may group them
either way), and anything that may be a
version number: literals with two or more dots (3.11.2), "v3.11", and questions mentioning
versions, releases, Python, Node, iOS, updates, chapters, sections (version 3.11 is newer than
3.9; the decimal 3.11 is smaller than 3.9, so the model should see those). Lists using commas
as separators must not contain thousands separators (``1,000, 2`` is ambiguous); at most 100
numbers. Also declined: comparisons other than size ("heavier", "later", "longer": they name a
quantity the numbers do not carry), "Between 9 and 5 o'clock, ...", "two"/"both" with a list
that is not two numbers long.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from fractions import Fraction
from itertools import pairwise
from typing import Literal

from .._text import CLAIMANT, MEANING_CHANGERS
from ._base import Declined, Parsed, Problem, Query, Solution
from ._numbers import (
    MAX_RESULT_DIGITS,
    NUMBER,
    RELATION_WORDS,
    ExactNumber,
    bounded_power,
    decimal_text,
    parse_integer,
    parse_number,
)

__all__ = ["NumberComparisonProblem", "NumberComparisonSolver", "NumberLiteral"]

MAX_TEXT_CHARS = 2_000
MAX_ITEMS = 100

Operation = Literal["max", "min", "gt", "lt", "ge", "le", "eq", "ne", "compare", "ascending",
                    "descending"]


class NumberLiteral(ExactNumber):
    """A number as written in the question and its exact value."""


class NumberComparisonProblem(Problem):
    kind: Literal["number_comparison"] = "number_comparison"
    operation: Operation
    numbers: tuple[NumberLiteral, ...]


class _Reject(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# --------------------------------------------------------------------------- literals

# A decimal literal, a simple fraction, a power ("2^10", "3**4", "10³") or a percentage ("40%");
# never followed by a digit, dot-digit, letter or another operator, so 3.11.2, 5km and 2/3^2
# cannot match a prefix.
_POWER = r"(?:\^|\*\*)\d{1,4}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4}|的\d{1,4}次方"
_LIT = rf"(?:{NUMBER})(?:/\d+|{_POWER}|%)?(?![\d.]\d|[A-Za-z\d^%⁰¹²³⁴⁵⁶⁷⁸⁹]|\*\*)"
_LIT_RE = re.compile(_LIT, re.ASCII)
_FRACTION = re.compile(r"(?P<top>.+)/(?P<bottom>\d+)")
_RAISED = re.compile(rf"(?P<base>.+?)(?P<power>{_POWER})")
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# Spaces alone separate too ("put 8/3 13 7.49 -10 in ascending order"), checked in _items.
_LIST_SEPARATOR = (r"(?:\s*(?:[,，、;；]\s*(?:(?:and|or)\s+)?|\s+(?:and|or|vs\.?|versus)\s+"
                   r"|(?:和|与|跟|还是|或者|或))\s*|\s+(?=[-−]?\d))")
_SEPARATOR = re.compile(_LIST_SEPARATOR, re.IGNORECASE | re.ASCII)
_LEADING_ZERO = re.compile(r"[-−﹣－]?0\d")


def _literal(text: str) -> NumberLiteral:
    if _LEADING_ZERO.match(text):
        raise _Reject(f"{text!r} has a leading zero (an identifier, not a quantity)")
    fraction = _FRACTION.fullmatch(text)
    raised = _RAISED.fullmatch(text)
    if raised:
        value = _power(raised.group("base"), raised.group("power"))
    elif text.endswith("%"):
        percent = parse_number(text[:-1])
        if percent is None:
            raise _Reject(f"{text[:30]!r} is not a percentage of a number literal")
        value = percent / 100
    elif fraction:
        top = parse_integer(fraction.group("top"))
        bottom = parse_integer(fraction.group("bottom"))
        if top is None or bottom is None:
            raise _Reject(f"{text!r} is not a fraction of two integers")
        if bottom == 0:
            raise _Reject(f"{text!r} divides by zero")
        value = Fraction(top, bottom)
    else:
        parsed = parse_number(text)
        if parsed is None:
            raise _Reject(f"{text[:30]!r} is not a number literal (or is too long)")
        value = parsed
    return NumberLiteral(text=text, numerator=value.numerator, denominator=value.denominator)


def _power(base_text: str, power_text: str) -> Fraction:
    """The exact value of a written power; a signed base declines ("-2^2" is -4 by the
    textbook rule and 4 to many readers)."""
    base = parse_number(base_text)
    if base is None or base_text[0] in "-−﹣－":
        raise _Reject(f"{base_text[:30]!r} is not an unsigned base for a power")
    exponent = int(power_text.strip("^*的次方").translate(_SUPERSCRIPTS))
    if base == 0 and exponent == 0:
        raise _Reject("0 to the power 0 is undefined here")
    power = bounded_power(base, exponent)
    if power is None:  # as the arithmetic solver bounds it: the answer shows it in digits
        raise _Reject(f"{base_text}^{exponent} has more than {MAX_RESULT_DIGITS} digits")
    return power


def _items(text: str) -> tuple[NumberLiteral, ...]:
    """Literals separated by commas, "and", "or", 和, 与, 、: nothing else may appear."""
    literals: list[str] = []
    spaces: list[bool] = []  # whether each separator is blank space alone
    comma_separated = False
    pos = 0
    text = text.strip()
    while True:
        match = _LIT_RE.match(text, pos)
        if match is None:
            raise _Reject(f"not a number near {text[pos:pos + 20]!r}")
        literals.append(match.group())
        if len(literals) > MAX_ITEMS:
            raise _Reject(f"more than {MAX_ITEMS} numbers")
        pos = match.end()
        if pos == len(text):
            break
        separator = _SEPARATOR.match(text, pos)
        if separator is None or separator.end() == pos:
            raise _Reject(f"unexpected text near {text[pos:pos + 20]!r}")
        if separator.group() == ",":
            # 9,11 or 9,9: a comma glued between digits may be a decimal comma
            raise _Reject("a comma between digits is ambiguous (decimal comma?)")
        comma_separated = comma_separated or any(c in separator.group() for c in ",，")
        spaces.append(separator.group().isspace())
        pos = separator.end()
    if comma_separated and any("," in literal for literal in literals):
        raise _Reject("thousands separators in a comma-separated list are ambiguous")
    if any(spaces):
        _check_space_separated(literals, spaces)
    if len(literals) < 2:
        raise _Reject("a comparison needs at least two numbers")
    return tuple(_literal(literal) for literal in literals)


_THOUSANDS_GROUP = re.compile(r"\d{3}")
_GROUP_LEAD = re.compile(r"[-−]?\d{1,3}")


def _check_space_separated(literals: list[str], spaces: list[bool]) -> None:
    """A list separated by spaces alone uses no other separator, and no item could be a
    thousands group of the one before it ("2 500" may be 2500)."""
    if not all(spaces):
        raise _Reject("a list separated both by spaces and by other marks is unclear")
    for before, after in pairwise(literals):
        if _THOUSANDS_GROUP.fullmatch(after) and _GROUP_LEAD.fullmatch(before):
            raise _Reject(f"'{before} {after}' may be one number with a space between groups")


# --------------------------------------------------------------------------- templates

_BIG = r"(?:bigger|larger|greater|higher|more)"
_SMALL = r"(?:smaller|less|lesser|lower)"
_COMPARATIVE = (rf"(?:the\s+)?(?:(?P<big>{_BIG})|(?P<small>{_SMALL}))"
                r"(?:\s+(?:one|number|value|fraction|decimal|amount|quantity))?")
_MOST = r"(?:largest|biggest|greatest|highest|maximum|max)"
_LEAST = r"(?:smallest|least|lowest|minimum|min)"
_SUPERLATIVE = (rf"(?:the\s+)?(?:(?P<big>{_MOST})|(?P<small>{_LEAST}))"
                r"(?:\s+(?:one|number|value|fraction|decimal))?"
                r"(?:\s+(?:of\s+them|among\s+them|here|in\s+(?:this|the)\s+(?:list|set|group)))?")
_WHICH = r"which(?:\s+(?:one|number|value|fraction|decimal))?"
# No digits here: "of the 9.4 and 9.2" must not read "the 9" as a count and ".4" as a number.
_THESE = (r"(?:(?:these|those|the\s+following|the)(?:\s+two)?"
          r"(?:\s+numbers|\s+values|\s+fractions|\s+decimals)?"
          r"|them|the\s+two|both)")
# Atomic literals: "1,000,000" is never re-split into "1", "000", "000" while backtracking,
# which keeps every template linear in the length of the question.
_A_LIT = rf"(?>{_LIT})"
# The whole list is atomic too: a separator's spaces could otherwise be split between its
# inner and outer \s* in 2^n ways when the rest of a template fails.
_ITEMS = rf"(?P<items>(?>{_A_LIT}(?:{_LIST_SEPARATOR}{_A_LIT})*))"
_A = rf"(?P<a>{_A_LIT})"
_B = rf"(?P<b>{_A_LIT})"
_ASCENDING = (r"(?:(?:in\s+)?(?:ascending|increasing)(?:\s+order)?"
              r"|(?:from\s+)?(?:the\s+)?(?:smallest|least|lowest)\s+to\s+(?:the\s+)?"
              r"(?:largest|greatest|biggest|highest))")
_DESCENDING = (r"(?:(?:in\s+)?(?:descending|decreasing)(?:\s+order)?"
               r"|(?:from\s+)?(?:the\s+)?(?:largest|greatest|biggest|highest)\s+to\s+"
               r"(?:the\s+)?(?:smallest|least|lowest))")
_DIRECTION = (rf"(?:(?:in\s+order\s+)?(?:(?P<asc>{_ASCENDING})|(?P<desc>{_DESCENDING}))"
              r"|in\s+order)")
# What the items are, when it cannot change their order ("these test scores"; never "these
# version numbers").
_ITEM_NOUNS = (r"(?:test\s+|exam\s+|quiz\s+)?(?:scores|marks|grades|results|readings|measurements"
               r"|amounts|temperatures|weights|heights|lengths|distances)")
_SORT_NOUN = (r"(?:(?:(?:the\s+)?(?:following\s+)?(?:numbers|values|decimals|fractions)"
              rf"|these(?:\s+numbers|\s+values|\s+decimals|\s+fractions|\s+{_ITEM_NOUNS})?"
              r"|the\s+following|them)(?:\s+(?:below|above))?)")

# The asking clause of a "which is bigger" question, in any of its casual forms; each head
# holds exactly one big/small alternation (a regex may not define a group name twice).
_ASKER = (r"(?:which|what)(?:\s+(?:one|number|value|fraction|decimal|of\s+" + _THESE
          + r"))?")
_THE_BIG = r"(?:bigger|larger|greater|higher)"
_THE_SMALL = r"(?:smaller|lesser|lower)"
_HEADS = [
    rf"{_ASKER}\s+is\s+{_COMPARATIVE}(?:\s+in\s+value)?",
    rf"{_ASKER}\s+is\s+{_SUPERLATIVE}(?:\s+in\s+value)?",
    rf"{_ASKER}\s+has\s+(?:the|a)\s+(?:(?P<big>{_THE_BIG})|(?P<small>{_THE_SMALL}))\s+value",
    rf"(?:find|give|pick|choose|select|name|identify|circle)\s+the\s+(?:(?P<big>{_THE_BIG})"
    rf"|(?P<small>{_THE_SMALL}))(?:\s+(?:one|number|value))?",
    # a label: "Smaller one: 4/5 or 2/5?", "Bigger one — 15.4 or 15.77?"
    rf"(?:the\s+)?(?:(?P<big>{_THE_BIG})|(?P<small>{_THE_SMALL}))\s+(?:one|number|value)"
    r"(?=\s*(?:[:?,]|[—―–]))",
]
# "Tell me which is bigger ...": an embedded question asks the same thing.
_LEAD = (r"(?:(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:tell\s+me|determine|decide"
         r"|figure\s+out|work\s+out|find\s+out|check|say|state)\s+|i\s+(?:want|need|would\s+like)"
         r"\s+to\s+know\s+|i(?:'m|’m|\s+am)\s+trying\s+to\s+(?:figure|work|find)\s+out\s+"
         r"|i\s+(?:wonder|was\s+wondering)\s+)?")
# Between the asking clause and the numbers: a comma, colon, semicolon, or a dash with a blank
# after it ("which is higher — 9.4 or 9.7"). An ASCII hyphen with a blank on both sides, right
# after a word, is typed as a dash ("from highest to lowest - 6, 8"); a minus sign is written
# against its number ("-6"), so "lowest -6, 8" still starts with minus six.
_SEP_BEFORE = r"(?:\s*(?:[,:;?→]|[—―–]+(?=\s)|--(?=\s)|->)\s*|(?<=[A-Za-z])\s-\s|\s+)"
# After the numbers nothing can be read as a sign: any dash may separate ("9.9 — which ...").
_SEP_AFTER = r"(?:\s*(?:[,:;?]|[—―–]+|-{1,2})\s*|\s+)"
# "Of these scores — 61.9, 28, 97 — which is highest?": what the items are (as in _SORT_NOUN),
# a dash before them.
_THESE_ITEMS = rf"(?:{_THESE}|these\s+{_ITEM_NOUNS})"
_INTRO = (rf"(?:(?:between|of|among|amongst|from|out\s+of|for|given)\s+"
          rf"(?:{_THESE_ITEMS}\s*(?:[:,]|\s[—–])?\s*)?"
          r"|(?:in|from|of)\s+the\s+(?:list|set|sequence)\s*:?\s*)?")

_EN_REL = (r"(?P<relation>(?:not\s+)?(?:greater|bigger|larger|higher|more|less"
           r"|smaller|lower|fewer)\s+than(?:\s+or\s+equal\s+to)?|(?:not\s+)?equal\s+to|equal"
           r"|the\s+same\s+as|different\s+from|at\s+least|at\s+most|>=|<=|!=|==|[<>=≥≤≠])")
_POLITE = r"(?:(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?)"

# (pattern, operation family): "which" picks max/min, "relation" reads the relation group,
# "sort" reads the direction, "compare" gives the relation of two numbers.
_ENGLISH: list[tuple[str, str]] = [
    *((rf"{_LEAD}{head}{_SEP_BEFORE}{_INTRO}{_ITEMS}", "which") for head in _HEADS),
    *((rf"{_INTRO}{_ITEMS}{_SEP_AFTER}{_LEAD}{head}", "which") for head in _HEADS),
    (rf"is\s+{_A}\s+or\s+{_B}\s+{_COMPARATIVE}", "which"),
    (rf"{_WHICH}(?:\s+of\s+{_THESE})?\s+is\s+{_COMPARATIVE}\s*(?:[,:]\s*|\s+)"
     rf"(?:between\s+)?{_ITEMS}", "which"),
    (rf"{_ITEMS}\s*[,:;]?\s*{_WHICH}\s+is\s+{_COMPARATIVE}", "which"),
    (rf"which\s+of\s+{_ITEMS}\s+is\s+{_COMPARATIVE}", "which"),
    (rf"(?:what|which)\s+is\s+{_SUPERLATIVE}\s*(?:(?:of|among|in|from|between)\s+)?"
     rf"(?:{_THESE}\s*)?[:,]?\s*{_ITEMS}", "which"),
    (rf"{_SUPERLATIVE}\s+(?:of|among|in|from)\s+(?:{_THESE}\s*)?[:,]?\s*{_ITEMS}", "which"),
    (rf"(?:find|give(?:\s+me)?|tell\s+me|name|identify|pick|choose|select|what\s+is)\s+{_SUPERLATIVE}\s*"
     rf"(?:(?:of|among|in|from|between)\s+)?(?:{_THESE}\s*)?[:,]?\s*{_ITEMS}", "which"),
    (rf"{_WHICH}(?:\s+of\s+{_THESE})?\s+is\s+{_SUPERLATIVE}\s*[:,]?\s*{_ITEMS}", "which"),
    (rf"which\s+of\s+{_ITEMS}\s+is\s+{_SUPERLATIVE}", "which"),
    (rf"(?:of|among)\s+{_ITEMS}\s*,?\s*{_WHICH}\s+is\s+{_SUPERLATIVE}", "which"),
    (rf"is\s+{_A}\s*{_EN_REL}\s*{_B}(?:\s+(?:true|correct|right))?", "relation"),
    # Statements to check: "True or false: 9.11 > 9.9", "Is it true that 9.11 > 9.9?",
    # "9.11 is greater than 9.9, right?", and a bare "9.11 > 9.9?" (question mark required).
    (rf"(?:true\s+or\s+false|t\s*/\s*f)\s*[:,?]?\s*{_A}\s*(?:is\s+)?{_EN_REL}\s*{_B}",
     "relation"),
    (rf"is\s+it\s+(?:true|correct)\s+that\s+{_A}\s*(?:is\s+)?{_EN_REL}\s*{_B}", "relation"),
    # "Can you tell me if 4.9 is bigger than 4.19", "check whether 0.5 equals 0.50"
    (rf"{_POLITE}(?:tell\s+me|check|say|let\s+me\s+know|find\s+out|confirm)\s+(?:if|whether)\s+"
     rf"{_A}\s*(?:is\s+)?{_EN_REL}\s*{_B}", "relation"),
    (rf"{_A}\s*(?:is\s+)?{_EN_REL}\s*{_B}\s*(?:[,.;:]|\s[—–-]+)?\s*(?:true\s+or\s+false|right|correct"
     r"|yes\s+or\s+no|isn't\s+it|is\s+(?:that|this|it)\s+(?:true|right|correct))", "relation"),
    # "Would you say -23 is bigger than -55?", "Do you agree that 0.5 is less than 0.55?"
    (rf"(?:would|do|did)\s+you\s+(?:say|think|agree|reckon)\s+(?:that\s+)?{_A}\s*(?:is\s+)?"
     rf"{_EN_REL}\s*{_B}", "relation"),
    # "I think 9.11 is bigger than 9.9. Am I right?"
    (rf"i\s+(?:think|believe|guess|reckon)\s+(?:that\s+)?{_A}\s*(?:is\s+)?{_EN_REL}\s*{_B}"
     r"\s*[,.;:]?\s*(?:am\s+i\s+(?:right|correct)|is\s+(?:that|this|it)\s+(?:true|right|correct)"
     r"|right|correct)", "relation"),
    # "Compare 0.5 and 0.50. Are they equal?"
    (rf"compare\s+(?:the\s+(?:numbers|values)\s+)?{_A}\s+(?:and|with|to)\s+{_B}\s*[.,;:]\s*"
     r"(?:are\s+(?:they|the\s+two|both)\s+(?:numbers\s+)?(?P<relation>equal|the\s+same))",
     "relation"),
    # "Are 0.5 and 1/2 equal?"
    (rf"are\s+{_A}\s+and\s+{_B}\s+(?P<relation>equal|the\s+same)(?:\s+(?:number|value))?",
     "relation"),
    (rf"{_A}\s*(?P<relation>>=|<=|!=|==|[<>=≥≤≠])\s*{_B}", "relation_q"),
    (rf"(?:does|do)\s+{_A}\s+(?P<relation>exceed)\s+{_B}", "relation"),
    # "Would -21 be more than -22.6?"
    (rf"would\s+{_A}\s+be\s+{_EN_REL}\s*{_B}", "relation"),
    (rf"compare\s+(?:the\s+(?:numbers|values)\s+)?{_A}\s+(?:and|with|to|vs\.?|versus)\s+{_B}",
     "compare"),
    # "Compare 2.7 and 2.695. Which one is bigger?": the compare sentence introduces the
    # numbers, the question after it says which answer is wanted.
    *((rf"compare\s+(?:the\s+(?:numbers|values)\s+)?{_ITEMS}\s*(?:[.,;:]|\s-{{1,2}}|[—―–]+)\s*"
       rf"{_LEAD}{head}", "which") for head in _HEADS),
    # "Determine the greater of 2,000,774 and 3,698,351": two numbers, the bigger or smaller.
    (rf"{_LEAD}(?:(?:what\s+is|find|give(?:\s+me)?|name|identify|pick|choose|select)\s+)?"
     rf"the\s+(?:(?P<big>{_THE_BIG})|(?P<small>{_THE_SMALL}))\s+(?:one\s+|number\s+|value\s+)?"
     rf"of\s+(?:the\s+(?:two\s+)?(?:numbers\s+|values\s+)?)?{_A}\s+and\s+{_B}", "which"),
    (rf"how\s+does\s+{_A}\s+compare\s+(?:to|with)\s+{_B}", "compare"),
    (rf"is\s+{_A}\s+(?:(?:bigger|larger|greater|more)\s+or\s+(?:smaller|less)|(?:smaller|less)"
     rf"\s+or\s+(?:bigger|larger|greater|more))\s+than\s+{_B}", "compare"),
    (rf"is\s+{_A}\s+greater\s+than,?\s+less\s+than,?\s+or\s+equal\s+to\s+{_B}", "compare"),
    (rf"what\s+is\s+the\s+relation(?:ship)?\s+between\s+{_A}\s+and\s+{_B}", "compare"),
    (rf"{_POLITE}(?:sort|order|arrange|rearrange|put|rank|list)\s+(?:{_SORT_NOUN}\s*)?[:,]?\s*"
     rf"{_ITEMS}"
     rf"\s*,?\s*{_DIRECTION}", "sort"),
    (rf"{_POLITE}(?:sort|order|arrange|rearrange|put|rank|list)\s+(?:{_SORT_NOUN}\s+)?{_DIRECTION}"
     rf"{_SEP_BEFORE}{_ITEMS}", "sort"),
    (rf"{_POLITE}sort\s+(?:{_SORT_NOUN}\s*)?[:,]?\s*{_ITEMS}", "sort"),
]

_ZH_WHICH = r"(?:(?:哪个|哪一个)(?:数字|数值|数|值)?|谁)"
_ZH_LEAD = r"(?:(?:请问|请你|请|问)\s*[:：,，]?)?\s*"
# After the numbers any dash or colon may separate them from the question word.
_ZH_SEP = r"\s*(?:[，,:：;；]|——|—|–|-{1,2})?\s*"
_ZH_SIZE = r"(?:(?P<big>大)|(?P<small>小))"
_ZH_MORE = r"(?:更|比较|较|要|会|最)?"
_ZH_IN = (r"(?:之间|当中|之中|中间|中|里面|里|(?:这|这些)(?P<zcount>[两二三四五六七八九十]|\d+|几)?"
          r"(?:个)?(?:数字|数|值)(?:之中|当中|中|里))")
_ZH_DIRECTION = r"(?:(?P<asc>从小到大|由小到大|升序)|(?P<desc>从大到小|由大到小|降序))"
_ZH_SORT = r"(?:排序|排列|排一下序|排个序|排一下|排一排|排好|排)"
_ZH_RELATION = (r"(?P<relation>大于等于|小于等于|大于或等于|小于或等于|不等于|大于|小于|等于"
                r"|>=|<=|!=|==|[<>=≥≤≠])")
# "判断：9.11 > 9.9 对吗？" -- a statement to check, with its tag question.
_ZH_CHECK = r"(?:(?:请)?判断(?:一下)?\s*[:：,，]?\s*)?"
_ZH_TAG = (r"\s*[,，]?\s*(?:对吗|对不对|是对的吗|正确吗|成立吗|是真的吗|是否正确|是否成立"
           r"|对不对呢|吗|嘛)?")
_ZH_FIND = r"(?:请问|请)?\s*(?:找出|求出|求|指出|写出|选出)?\s*"
_ZH_FIND_LEAD = r"(?:(?:请问|请你|请|问)\s*[:：,，]?)?\s*(?:找出|求出|指出|写出|选出)?\s*"
_ZH_THESE = r"(?:(?:下列|以下|下面|这些|这几个)(?:的)?(?:数字|各数|数)?)"
_CHINESE: list[tuple[str, str]] = [
    # "较大的是9.11还是9.9？"
    (rf"{_ZH_LEAD}(?:哪个|谁)?\s*(?:更|较|比较)\s*{_ZH_SIZE}\s*的?\s*(?:数字|数|一个)?\s*(?:是)?"
     rf"\s*[:：]?\s*{_A}\s*还是\s*{_B}\s*(?:呢)?", "which"),
    # "最大的数是哪个：3、5、7" / "找出最小的数：3、5、7"
    (rf"{_ZH_FIND}(?:{_ZH_THESE}\s*(?:当中|之中|中|里))?\s*最{_ZH_SIZE}的\s*(?:数字|数|值|一个)?\s*(?:是)?\s*(?:哪个|哪一个|多少|什么)?\s*"
     rf"[:：]\s*{_ITEMS}", "which"),
    (rf"{_ZH_LEAD}(?:在|比较(?:一下)?)?\s*{_ITEMS}\s*{_ZH_IN}?\s*(?:相比较|相比|比较|比起来|比"
     rf"|的大小)?{_ZH_SEP}"
     rf"{_ZH_WHICH}\s*{_ZH_MORE}\s*{_ZH_SIZE}\s*(?:一些|一点|些)?"
     r"\s*(?:呢)?", "which"),
    # "哪个更大：9.11还是9.9？" -- the question word first, then the numbers.
    (rf"{_ZH_LEAD}(?:{_ZH_THESE}\s*(?:当中|之中|中|里)?\s*)?{_ZH_WHICH}\s*{_ZH_MORE}\s*{_ZH_SIZE}"
     r"\s*(?:一些|一点|些)?\s*"
     rf"(?:[，,:：]|——|—)?\s*{_ITEMS}\s*(?:呢)?", "which"),
    # "9.11大还是9.9大？"
    (rf"{_ZH_LEAD}{_A}\s*(?:更)?(?P<big>大)\s*还是\s*{_B}\s*(?:更)?大\s*(?:呢)?", "which"),
    (rf"{_ZH_LEAD}{_A}\s*(?:更)?(?P<small>小)\s*还是\s*{_B}\s*(?:更)?小\s*(?:呢)?", "which"),
    # "9.11还是9.9大？"
    (rf"{_ZH_LEAD}{_A}\s*还是\s*{_B}\s*{_ZH_MORE}\s*{_ZH_SIZE}\s*(?:一些|一点|些)?\s*(?:呢)?",
     "which"),
    (rf"{_ZH_FIND_LEAD}(?:在)?\s*{_ITEMS}\s*{_ZH_IN}\s*[，,]?\s*"
     r"(?:(?:最|较|更)(?:(?P<big>大)|(?P<small>小))的?\s*"
     rf"(?:数字|数|一个|值)?\s*(?:是)?\s*(?:哪个|哪一个|多少|什么|几)?"
     rf"|{_ZH_WHICH}\s*最(?:(?P<big2>大)|(?P<small2>小)))\s*(?:呢)?", "which"),
    (rf"{_ITEMS}\s*(?:的)?\s*最(?:(?P<big>大)|(?P<small>小))值\s*(?:是)?\s*(?:多少|什么)?",
     "which"),
    # "9.11比9.9大吗？", "-9.17比3/7大不大？"
    (rf"{_ZH_CHECK}{_A}\s*(?:是否|是不是)?\s*比\s*{_B}\s*(?:更|要|还)?\s*"
     rf"(?P<relation>大|小)(?:不(?P=relation))?{_ZH_TAG}", "relation_zh"),
    (rf"{_ZH_CHECK}{_A}\s*(?:是否|是不是)?\s*{_ZH_RELATION}\s*{_B}{_ZH_TAG}",
     "relation_zh"),
    (rf"{_A}\s*(?:和|与|跟)\s*{_B}\s*(?:是否|是不是)?\s*(?P<relation>相等|一样大)"
     r"\s*(?:吗|嘛)?", "relation_zh"),
    (rf"{_ZH_LEAD}比较(?:一下)?\s*{_A}\s*(?:和|与|跟)\s*{_B}\s*(?:的)?\s*(?:大小)?", "compare"),
    (rf"{_ZH_LEAD}比较(?:一下)?\s*大小\s*[:：,，]?\s*{_A}\s*(?:和|与|跟|、|,|，)\s*{_B}",
     "compare"),
    (rf"{_A}\s*(?:和|与|跟)\s*{_B}\s*(?:比较大小|的大小关系(?:是什么|如何)?|谁大谁小)",
     "compare"),
    (rf"{_A}\s*比\s*{_B}\s*大还是小", "compare"),
    (rf"(?:请)?\s*(?:把|将|对)?\s*{_ITEMS}\s*(?:按照?)?\s*{_ZH_DIRECTION}\s*(?:的)?\s*(?:顺序)?"
     rf"\s*(?:进行)?\s*{_ZH_SORT}", "sort"),
    (rf"(?:请)?\s*(?:按照?)?\s*{_ZH_DIRECTION}\s*(?:的)?\s*(?:顺序)?\s*{_ZH_SORT}\s*"
     rf"{_ZH_THESE}?\s*[:：]?\s*{_ITEMS}", "sort"),
    # "把这些数从小到大排序：…", "这些数按升序排列是什么顺序：…"
    (rf"(?:请)?\s*(?:(?:把|将|对)\s*)?{_ZH_THESE}\s*(?:按照?)?\s*{_ZH_DIRECTION}\s*(?:的)?\s*"
     rf"(?:顺序)?\s*(?:进行)?\s*{_ZH_SORT}\s*(?:后|以后)?\s*(?:(?:是|为)\s*(?:什么|怎样的?)\s*"
     rf"(?:顺序|样子)?)?\s*[:：]\s*{_ITEMS}", "sort"),
]

# ASCII: only 0-9 are digits (the text is normalised to ASCII spaces first).
_ENGLISH_RE = [(re.compile(p, re.IGNORECASE | re.ASCII), kind) for p, kind in _ENGLISH]
_CHINESE_RE = [(re.compile(p, re.IGNORECASE | re.ASCII), kind) for p, kind in _CHINESE]

_RELATIONS: Mapping[str, Operation] = RELATION_WORDS

# Anything that may be a version, a release or a section number: 3.11 > 3.9 there.
_VERSIONISH = re.compile(
    r"\d+\.\d+\.\d|\bv\.?\s*\d|\bgo\s?\d"  # "go" is a language only before its version
    r"|\b(?:versions?|ver|releases?|python|node(?:\.?js)?|npm|ios"
    r"|ipados|macos|android|windows|linux|ubuntu|debian|java|jdk|ruby|php|perl|rust|golang"
    r"|kotlin|swift|django|react|chrome|firefox|kernel|firmware|update[sd]?|upgrade"
    r"|patch|build|chapters?|sections?|semver|api|sdk|library|package|software|app)\b"
    r"|版本|章|节|更新|升级|系统|补丁",
    re.IGNORECASE,
)
_TRAILING = " ?？。.!！"  # for str.rstrip: a regex "[…]+$" is quadratic on long runs
_SPACES = re.compile(r"\s+")
# Casual contractions of the question word: "which's bigger", "what's larger", "whats".
_CONTRACTION = re.compile(r"\b(which|what)(\s+one)?['’]s\b|\bwhats\b", re.IGNORECASE)
_PAIR_WORD = re.compile(r"\b(?:two|both)\b", re.IGNORECASE)
_DIGIT_IN_WORD = re.compile(r"[A-Za-z]\d|\d[A-Za-z]")
# "Which one is actually bigger": the adverb stresses the question, it does not change it.
_NEGATIVE_WORD = re.compile(r"(?<![A-Za-z])(?:negative|minus)\s(?=\.?\d)", re.IGNORECASE)
_ADVERB = re.compile(r"\b(?:actually|really|truly)\s|到底|究竟|实际上", re.IGNORECASE)
# "is -1.9 less then -1/9?": "then" typed for "than" after a comparative reads only one way.
_THEN_FOR_THAN = re.compile(
    r"\b(less|greater|smaller|bigger|larger|more|higher|lower)\s+then\b(?=\s*[-−+.\d])",
    re.IGNORECASE)
# "is -5/3 less than -0.5 or not": the tail makes the statement a yes/no question.
_OR_NOT_TAIL = re.compile(
    r"^(?=is\s).{3,200}?(?P<tail>,?\s(?:or\snot|yes\sor\sno|true\sor\sfalse))$", re.IGNORECASE)
# A reported claim about the same numbers before the question: "My son insists 2.32 is bigger
# than 2.8 because it has more digits. Which one is actually bigger, 2.32 or 2.8?". Only the
# question after it is answered, and only when it compares every number the claim names; the
# reason given may not carry numbers of its own.
# Who claims: ``_text.CLAIMANT`` ("My kid insists (that) …", "My friend says …").
_EN_CLAIM = re.compile(
    rf"{CLAIMANT}(?P<a>{_A_LIT})\s?(?:is\s)?(?P<rel>(?:bigger|larger|greater|higher|more|smaller|less|lower)"
    rf"\sthan|[<>]|beats|exceeds)\s?(?P<b>{_A_LIT})"
    r"(?:,?\s(?:because|since|as)\s(?P<why>[^?!]{1,150}?))?"
    r"\s?[.!;]\s", re.IGNORECASE | re.ASCII)
# "My friend says 0.23 and 3/13 are the same number. They aren't exactly equal, so which of
# the two is smaller?": a claim of equality about two numbers; the question picks one of them.
_EN_SAME_CLAIM = re.compile(
    rf"{CLAIMANT}(?P<a>{_A_LIT})\s(?:and|&)\s(?P<b>{_A_LIT})\s(?:are|were)\s(?:exactly\s)?"
    r"(?:the\ssame(?:\snumber|\svalue)?|equal)\s?[.!;]\s"
    r"(?:(?:they|but\sthey)\s(?:aren'?t|are\snot|can'?t\sbe)\s(?:exactly\s)?(?:equal|the\ssame)"
    r"\s?[,.;]\s(?:so\s)?)?", re.IGNORECASE | re.ASCII)
# After a claim, a question about "the two" numbers of the claim, without numbers of its own.
_EN_WHICH_OF_CLAIM = re.compile(
    # "Who's right — which number is greater?": who is right is which number is
    r"(?:(?:so\s)?who(?:'s|’s|\sis)\sright\s?(?:[—–-]+|[,:;?])\s?)?"
    r"(?:so\s)?which(?:\s(?:number|one|value)|\sof\s(?:the\s(?:two|2)|them|these|those|the"
    r"\stwo\snumbers))?\s(?:(?:actually|really|truly)\s)?(?:is|one\sis)\s"
    r"(?:actually\s|really\s|truly\s|in\sfact\s)?(?:the\s)?"
    r"(?:(?P<big>bigger|larger|greater|higher)|(?P<small>smaller|less|lower))"
    r"(?:\s(?:one|number|value))?"
    r"(?:,?\s(?:actually|really|then))?", re.IGNORECASE)
# "1.384 beats 1.42": a verb that claims "bigger than".
_CLAIM_VERBS = {"beats": "bigger than", "exceeds": "bigger than"}
_ZH_WHICH_OF_CLAIM = re.compile(
    r"(?:那么?)?\s?(?:到底|究竟|实际上|其实)?\s?(?:哪个|哪一个)(?:数)?\s?(?:到底|究竟|实际上|其实)?\s?"
    r"(?:更|比较)?(?:(?P<big>大)|(?P<small>小))(?:呢)?")
# "... Is he right?": the question is the claim itself.
_EN_CLAIM_CHECK = re.compile(
    r"(?:(?:is|are)\s(?:he|she|they|that|this|it|my\s[a-z]+)\s(?:right|correct|true)"
    r"|(?:(?:is\s)?(?:that|this|it)\s)?(?:true|right|correct)(?:\sor\s(?:false|wrong|not))?"
    r"|am\si\s(?:right|correct))",
    re.IGNORECASE)
_ZH_CLAIM_CHECK = re.compile(
    r"(?:他|她|他们|这)?\s?(?:说得|说的)?\s?(?:对吗|对不对|是对的吗|正确吗|是真的吗)")
_ZH_CLAIM = re.compile(
    r"[^\d。！？!?]{1,12}?(?:坚持认为|坚持说|坚称|认为|说|觉得)\s?"
    rf"(?P<a>{_A_LIT})\s?比\s?(?P<b>{_A_LIT})\s?(?:更|要)?(?P<rel>[大小])"
    r"(?:\s?[，,]\s?(?:因为|由于)(?P<why>[^。！？!?]{1,60}?))?\s?[。！!；;，,]\s?"
    # the asker's doubt about it ("我觉得不对。")
    r"(?:(?:但是?|可是)?我(?:觉得|感觉|认为)(?:不对|不是这样|有问题)|我不太?(?:确定|信)|我不这么认为)?"
    r"\s?[。！!；;，,]?\s?")


def _expand(match: re.Match[str]) -> str:
    if match.group(1) is None:
        return "what is"
    return f"{match.group(1)}{match.group(2) or ''} is"


def _operation(kind: str, match: re.Match[str]) -> Operation:
    groups = match.groupdict()
    if kind == "which":
        if groups.get("big") or groups.get("big2"):
            return "max"
        return "min"
    if kind == "sort":
        return "descending" if groups.get("desc") else "ascending"
    if kind == "compare":
        return "compare"
    relation = _SPACES.sub(" ", groups["relation"].lower())
    if relation not in _RELATIONS:
        raise _Reject(f"unknown relation {relation!r}")
    return _RELATIONS[relation]


def _numbers(kind: str, match: re.Match[str]) -> tuple[NumberLiteral, ...]:
    groups = match.groupdict()
    if groups.get("items") is not None:
        return _items(groups["items"])
    texts = [groups["a"].strip(), groups["b"].strip()]
    for text in texts:
        if _LIT_RE.fullmatch(text) is None:
            raise _Reject(f"{text[:30]!r} is not a single number")
    return tuple(_literal(text) for text in texts)


_ZH_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
              "十": 10}


def _check_pair_words(text: str, match: re.Match[str], count: int) -> None:
    """"Which of the two ..." / "both" / "这三个数" must come with that many numbers."""
    said = match.groupdict().get("zcount")
    if said and said != "几" and (_ZH_COUNTS.get(said) or int(said)) != count:
        raise _Reject(f"the question speaks of {said} numbers but lists {count}")
    start, end = match.span("items") if match.groupdict().get("items") is not None else (0, 0)
    if count != 2 and _PAIR_WORD.search(text[:start] + " " + text[end:]):
        raise _Reject(f"the question speaks of two numbers but lists {count}")


# --------------------------------------------------------------------------- asking words

# When no template reads an English question, one general reading remains: one list of numbers,
# one wish (the largest, the smallest, or an order) and around them only words that ask for it
# ("ok so out of 3.5, 3.45 and 3.405 which one would u say is the biggest"). Any other word
# ("than", "closer", "negative", "digits", "absolute") leaves the question to the model, and so
# does asking for both the largest and the smallest.
_MAX_WORDS = frozenset({"bigger", "larger", "greater", "higher", "more", "largest", "biggest",
                        "greatest", "highest", "maximum", "max", "big", "large", "high"})
_MIN_WORDS = frozenset({"smaller", "lesser", "lower", "smallest", "least", "lowest", "minimum",
                        "min", "small", "low"})
# "the greater of" two numbers; of three or more, only "the greatest" is clear.
_COMPARATIVES = frozenset({"bigger", "larger", "greater", "higher", "more", "smaller", "lesser",
                           "lower"})
_SORT_WORDS = frozenset({"sort", "order", "arrange", "rearrange", "rank", "put", "list",
                         "sorted", "ordered", "arranged", "ranked"})
_CMP_ASKING_WORDS = frozenset({
    "which", "what", "what's", "whats", "is", "are", "the", "a", "one", "ones", "number",
    "numbers", "value", "values", "of", "these", "those", "following", "between", "among",
    "amongst", "from", "out", "please", "pls", "plz", "can", "could", "would", "will", "you", "u",
    "tell", "me", "find", "give", "pick", "choose", "select", "name", "identify", "determine",
    "decide", "figure", "work", "show", "let", "know", "i", "want", "need", "to", "hey", "hi",
    "hello", "ok", "okay", "so", "quick", "question", "just", "quickly", "help", "check",
    "sanity", "here", "them", "say", "think", "reckon", "do", "does", "for", "my", "homework",
    "quiz", "answer", "with", "only", "decimals", "fractions", "set", "group", "bunch", "given",
    "two", "both", "three", "four", "five", "all", "guess", "actually", "really", "thanks", "thx",
    "compare", "comparison", "comparing", "i'm", "im", "write", "have", "got", "against",
    "rewrite", "comma", "commas", "separated", "comma-separated",
})
# Between the numbers of the one list: the usual separators, or "with" / "against" after
# "compare" ("Compare 7.5 with 7.45 and say which is bigger").
_PAIR_JOINER = r"\s+(?:with|against|to)\s+"
_CMP_PAIR_SEPARATOR = re.compile(f"{_LIST_SEPARATOR}|{_PAIR_JOINER}", re.IGNORECASE | re.ASCII)
_COUNT_WORDS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}
_LOW_END = r"(?:low(?:est)?|small(?:est)?|least)"
_HIGH_END = r"(?:high(?:est)?|larg(?:e|est)|bigg?(?:est)?|greatest)"
_DIRECTION_PHRASE = re.compile(
    rf"(?P<asc>{_ASCENDING}|(?:from\s+)?{_LOW_END}\s+to\s+{_HIGH_END}|\b{_LOW_END}\s+first)"
    rf"|(?P<desc>{_DESCENDING}|(?:from\s+)?{_HIGH_END}\s+to\s+{_LOW_END}|\b{_HIGH_END}\s+first)",
    re.IGNORECASE)
# "this list", "the list": the list itself, not a request to list.
_THE_LIST = re.compile(r"\b(?:this|that|the|my|a|following)\s+list\b", re.IGNORECASE)
# A list written in brackets or braces, as code or a set writes it: "[6, 7, -5, 10, 22]",
# "the set {26, -1.38, 9.9}"
_BRACKETED_ITEMS = r"[-−]?\d[\d./]*(?:\s?,\s?[-−]?\d[\d./]*)+"
_BRACKETED_LIST = re.compile(
    rf"\[\s?(?P<items>{_BRACKETED_ITEMS})\s?\]|\{{\s?(?P<braced>{_BRACKETED_ITEMS})\s?\}}")
# A list with slashes or bars between its items, each a plain decimal and three or more of
# them ("smallest value among -2.5 / -2.45 / -2.505 / -2.4 ?", "-3 | 11 | 13 | -3.2"): read as
# a comma list. A slash has spaces on both sides, so "3/4" stays a fraction; two items ("8 / 4")
# may be a division and stay as written.
_SLASHED_LIST = re.compile(
    r"(?<![\d./])(?P<items>[-−]?\d+(?:\.\d+)?(?:(?P<sep> / | ?\| ?)[-−]?\d+(?:\.\d+)?)"
    r"(?:(?P=sep)[-−]?\d+(?:\.\d+)?)+)(?![\d|]|[./]\d| ?/)")
# "Is the number −27 greater than the number −10?": the numbers named as numbers.
_THE_NUMBER = re.compile(r"\bthe\snumber\s(?=[-−+]?\.?\d)", re.IGNORECASE)
# What the numbers are, before the list ("Our team's quiz scores were 218.25, 82.8, …. List
# them from highest to lowest.", "Two bids came in, 3,973,057 and 3,973,033."): any words but
# those that could change the question or make
# the numbers something other than decimals: labels (figures, steps, models are numbered, not
# measured) and measures written in two units (a height of 5.10 is 5 feet 10, cricket overs).
_WHAT_THEY_ARE = re.compile(
    r"(?P<label>[A-Za-z][A-Za-z'’ ]{2,80}?)(?:\s+(?:were|are|was|is)\s*:?|(?P<mark>\s*[,:]))\s+"
    r"(?=[-+−]?\d)")
_NOT_PLAIN_DECIMALS = frozenset({
    "height", "heights", "tall", "overs", "innings",
    "figure", "figures", "table", "tables", "step", "steps", "level", "levels", "model",
    "models", "item", "items", "id", "ids", "code", "codes", "tag", "tags", "label", "labels",
    "lesson", "lessons", "rule", "rules", "clause", "clauses", "article", "articles", "exhibit",
    "exhibits", "appendix", "edition", "editions", "grade", "grades", "room", "rooms", "seat",
    "seats", "gate", "gates", "platform", "platforms", "lot", "lots", "serial", "numbering"})
_LABEL_ASKS = frozenset({"which", "what", "what's", "whats", "how", "who", "whose", "why",
                         "when", "where", "if"})
_CMP_CHUNK = re.compile(rf"(?P<lit>{_A_LIT})|(?P<word>[A-Za-z][A-Za-z']*)|(?P<mark>\S)",
                        re.ASCII)
_PAIR_WORDS = re.compile(_PAIR_JOINER, re.IGNORECASE)
_CMP_PUNCTUATION = frozenset(",:;.?!")  # no dashes: "—3" may be minus three


def _asking_words_only(text: str) -> tuple[Operation, tuple[NumberLiteral, ...]] | None:
    """The wish and the one list of numbers of a question made of asking words, or None."""
    text = _THE_LIST.sub(" these ", text)
    counted: int | None = None
    if (told := _WHAT_THEY_ARE.match(text)) is not None:
        label = [word.strip("'’") for word in re.findall(r"[a-z'’]+", told.group("label").lower())]
        count = None
        if label and label[0] in _COUNT_WORDS and label[0] != "both":
            count = _COUNT_WORDS[label.pop(0)]  # "Two bids came in, …": checked below
        if not any(word in MEANING_CHANGERS or word in _NOT_PLAIN_DECIMALS or word in _MAX_WORDS
                   or word in _MIN_WORDS or word in _SORT_WORDS or word in _LABEL_ASKS
                   for word in label):
            text, counted = text[told.end():], count
        elif told.group("mark") is None:
            return None
        # before a comma or colon the words may be the request itself ("sort ascending pls:"),
        # which the words below read
    directions = list(_DIRECTION_PHRASE.finditer(text))
    if len(directions) > 1:
        return None
    direction: Operation | None = None
    if directions:
        found = directions[0]
        direction = "ascending" if found.group("asc") else "descending"
        text = text[:found.start()] + " " + text[found.end():]
    first = last = None
    wishes: set[str] = set()
    comparative = False
    for chunk in _CMP_CHUNK.finditer(text):
        if chunk.group("lit"):
            if last is not None and not _CMP_PAIR_SEPARATOR.fullmatch(
                    text[last.end():chunk.start()]):
                return None  # a second list, or words between the numbers
            first, last = first or chunk, chunk
            continue
        piece = chunk.group().lower()
        if chunk.group("mark"):
            # a dash between blanks separates clauses ("smallest to largest pls — 0.9, 13");
            # written against a number it may be a minus sign
            spaced_dash = piece in "—–" and text[chunk.end():chunk.end() + 1] == " " and \
                text[chunk.start() - 1:chunk.start()] == " "
            if piece not in _CMP_PUNCTUATION and not spaced_dash:
                return None
            continue
        comparative = comparative or piece in _COMPARATIVES
        if piece in _MAX_WORDS:
            wishes.add("max")
        elif piece in _MIN_WORDS:
            wishes.add("min")
        elif piece in _SORT_WORDS:
            wishes.add("sort")
        elif piece not in _CMP_ASKING_WORDS and piece not in ("and", "or", "vs", "versus"):
            return None
        if piece in _COUNT_WORDS:
            if counted is not None and counted != _COUNT_WORDS[piece]:
                return None  # "Three bids came in, … Which of the two …"
            counted = _COUNT_WORDS[piece]
    if first is None or last is None:
        return None
    listed = _PAIR_WORDS.sub(", ", text[first.start():last.end()])
    try:
        numbers = _items(listed)
    except _Reject:
        return None
    if (counted is not None and counted != len(numbers)) or (comparative and len(numbers) != 2):
        return None
    if direction is not None:
        return (direction, numbers) if wishes <= {"sort"} else None
    if len(wishes) != 1 or wishes == {"sort"}:
        return None  # no wish, both wishes, or an order without a direction
    return ("max" if wishes == {"max"} else "min"), numbers


# The Chinese general reading: one list of numbers, one wish (an order with its direction, or
# the largest / smallest) and around them only the words of _ZH_ASKING ("把下面这些数从小到大排列：
# -6.7、-1.4、-7.4", "-3，0.92，0.57，从大到小排一下"). Any other character declines, so do two
# wishes, a count ("这五个数") and a comparative ("更大") over more than two numbers.
_ZH_WISHES = re.compile(
    r"(?P<asc>从小到大|由小到大|升序)|(?P<desc>从大到小|由大到小|降序)"
    r"|(?P<max>最大)|(?P<min>最小)|(?P<bigger>更大|较大|比较大)|(?P<smaller>更小|较小|比较小)")
_ZH_ASKING = re.compile(
    r"(?:请问|请你|请|帮我|帮忙|麻烦|给我|把|将|对|下面|以下|下列|这些|这几个|几个|这组|一组|数字|数值|各数"
    r"|数|的|按照|按|顺序|次序|进行|排列|排序|排个序|排一下|排好|排出来|排|一下|写出|找出|指出|选出"
    r"|哪个|哪一个|是|中|里面|里|当中|之中|谁|呢|吧|呀|啊|谢谢|怎么排|怎样排|如何排|什么顺序|什么次序"
    r"|[\s:：,，。.?？!！~～])+")


def _zh_asking_only(text: str) -> tuple[Operation, tuple[NumberLiteral, ...]] | None:
    """The wish and the one list of numbers of a Chinese question of asking words, or None."""
    literals = list(_LIT_RE.finditer(text))
    if len(literals) < 2:
        return None
    first, last = literals[0], literals[-1]
    try:
        numbers = _items(text[first.start():last.end()])
    except _Reject:
        return None
    rest = text[:first.start()] + "，" + text[last.end():]
    wishes = list(_ZH_WISHES.finditer(rest))
    if len(wishes) != 1:
        return None
    wish = wishes[0]
    rest = rest[:wish.start()] + "，" + rest[wish.end():]
    if not _ZH_ASKING.fullmatch(rest):
        return None
    kind = wish.lastgroup
    if kind in ("asc", "desc"):
        if "排" not in rest and "顺序" not in rest:
            return None  # "从小到大" alone does not ask for an order
        return ("ascending" if kind == "asc" else "descending"), numbers
    if "排" in rest:
        return None  # an order asked without its direction
    if kind in ("bigger", "smaller") and len(numbers) != 2:
        return None
    return ("max" if kind in ("max", "bigger") else "min"), numbers


# --------------------------------------------------------------------------- solving

_SYMBOLS = {"gt": ">", "lt": "<", "ge": "≥", "le": "≤", "eq": "=", "ne": "≠"}
_EN_RELATION = {"gt": "greater than", "lt": "less than", "ge": "greater than or equal to",
                "le": "less than or equal to", "eq": "equal to", "ne": "not equal to"}
_ZH_RELATION_WORDS = {"gt": "大于", "lt": "小于", "ge": "大于或等于", "le": "小于或等于",
                      "eq": "等于", "ne": "不等于"}


def _holds(operation: str, a: Fraction, b: Fraction) -> bool:
    return {"gt": a > b, "lt": a < b, "ge": a >= b, "le": a <= b, "eq": a == b,
            "ne": a != b}[operation]


_PLAIN = re.compile(NUMBER)


def _detail(a: NumberLiteral, b: NumberLiteral, symbol: str, *, zh: bool) -> str:
    """The two numbers with their decimals padded to equal length ("9.90 > 9.11") when that
    differs from how they were written; fractions shown as decimals."""
    texts = [n.text.replace(",", "") if _PLAIN.fullmatch(n.text) else decimal_text(n.value)
             for n in (a, b)]
    places = max((len(text.partition(".")[2]) for text in texts if not text.startswith("≈")),
                 default=0)
    shown = []
    for text in texts:
        whole, dot, fraction = text.partition(".")
        shown.append(f"{whole}.{fraction.ljust(places, '0')}"
                     if dot and not text.startswith("≈") else text)
    if shown == [a.text, b.text]:
        return ""
    inner = f"{shown[0]} {symbol} {shown[1]}"
    return f"（{inner}）" if zh else f" ({inner})"


class NumberComparisonSolver:
    """Compares, picks the extreme of, or sorts explicitly written numbers, exactly."""

    name = "number_compare"
    family = "comparison"

    def parse(self, query: Query) -> Parsed[NumberComparisonProblem] | Declined:
        # One space per run keeps the templates linear (adjacent \s* cannot multiply).
        text = _SPACES.sub(" ", unicodedata.normalize("NFC", query.text)).strip()
        text = text.rstrip(_TRAILING)
        text = _CONTRACTION.sub(_expand, text)
        text = _BRACKETED_LIST.sub(lambda m: m["items"] or m["braced"], text)
        text = _SLASHED_LIST.sub(lambda m: m["items"].replace(m["sep"], ", "), text)
        text = _THE_NUMBER.sub("", text)
        if len(text) > MAX_TEXT_CHARS:
            return Declined(reason=f"question longer than {MAX_TEXT_CHARS} characters")
        if _VERSIONISH.search(text):
            return Declined(reason="may be about version or section numbers, which are not "
                                   "decimals")
        claimed: tuple[NumberLiteral, ...] = ()
        zh = query.language == "zh"
        claim = (_ZH_CLAIM if zh else _EN_CLAIM).match(text)
        if claim is None and not zh:
            claim = _EN_SAME_CLAIM.match(text)
        if claim is not None:
            try:
                claimed = (_literal(claim.group("a")), _literal(claim.group("b")))
            except _Reject as rejected:
                return Declined(reason=rejected.reason)
            why = claim.groupdict().get("why") or ""
            # "because 39 is bigger than 6" about 6.39 and 6.6: the parts of the claim's own
            # numbers, which the reason may quote; any other number is a claim of its own.
            parts = {part for side in (claim.group("a"), claim.group("b"))
                     for part in (side, *side.lstrip("+-−").split("."))}
            if any(literal not in parts for literal in _LIT_RE.findall(why)) \
                    or _DIGIT_IN_WORD.search(why):
                return Declined(reason="the reason given for the claim brings numbers of its own")
            text = text[claim.end():]
            check = _ZH_CLAIM_CHECK if zh else _EN_CLAIM_CHECK
            if "rel" in claim.groupdict() and check.fullmatch(text):
                relation = _SPACES.sub(" ", claim.group("rel").lower())
                relation = _CLAIM_VERBS.get(relation, relation)
                return Parsed(problem=NumberComparisonProblem(
                    operation=_RELATIONS[relation], numbers=claimed))
            if pick := (_ZH_WHICH_OF_CLAIM if zh else _EN_WHICH_OF_CLAIM).fullmatch(text):
                return Parsed(problem=NumberComparisonProblem(
                    operation="max" if pick.group("big") else "min", numbers=claimed))
        text = _ADVERB.sub("", text)
        asked = query.text.rstrip().endswith(("?", "？"))
        if not zh and (or_not := _OR_NOT_TAIL.match(text)):
            text, asked = text[:or_not.start("tail")], True
        if query.language != "zh":  # "negative 5" is -5
            text = _THEN_FOR_THAN.sub(r"\1 than", _NEGATIVE_WORD.sub("-", text))
        patterns = _CHINESE_RE if query.language == "zh" else _ENGLISH_RE
        reason = "not a complete number-comparison question"
        for pattern, kind in patterns:
            match = pattern.fullmatch(text)
            if match is None:
                continue
            if kind == "relation_q" and not asked:
                reason = "a bare relation is checked only when asked as a question"
                continue
            try:
                numbers = _numbers(kind, match)
                operation = _operation(kind, match)
                _check_pair_words(text, match, len(numbers))
                if any(all(n.value != c.value for n in numbers) for c in claimed):
                    raise _Reject("the claim before the question is about other numbers")
            except _Reject as rejected:
                reason = rejected.reason
                continue
            return Parsed(problem=NumberComparisonProblem(operation=operation, numbers=numbers))
        reading = _zh_asking_only if query.language == "zh" else _asking_words_only
        if not claimed and (fallback := reading(text)):
            operation, numbers = fallback
            return Parsed(problem=NumberComparisonProblem(operation=operation, numbers=numbers))
        return Declined(reason=reason)

    def solve(self, problem: NumberComparisonProblem, query: Query) -> Solution | Declined:
        numbers = problem.numbers
        zh = query.language == "zh"
        operation = problem.operation
        if operation in ("max", "min"):
            return self._extreme(numbers, largest=operation == "max", zh=zh)
        if operation in ("ascending", "descending"):
            ordered = sorted(numbers, key=lambda n: n.value, reverse=operation == "descending")
            value = ", ".join(n.text for n in ordered)
            symbol = " < " if operation == "ascending" else " > "
            chain = "".join(
                (n.text if i == 0 else
                 (" = " if n.value == ordered[i - 1].value else symbol) + n.text)
                for i, n in enumerate(ordered))
            if zh:
                order = "从小到大" if operation == "ascending" else "从大到小"
                return Solution(value=value, answer=f"{order}排列：{chain}。")
            order = "ascending" if operation == "ascending" else "descending"
            return Solution(value=value, answer=f"In {order} order: {chain}.")
        a, b = numbers
        symbol = "<" if a.value < b.value else ">" if a.value > b.value else "="
        detail = _detail(a, b, symbol, zh=zh)
        if operation == "compare":
            relation = {"<": "lt", ">": "gt", "=": "eq"}[symbol]
            value = f"{a.text} {symbol} {b.text}"
            if zh:
                return Solution(value=value, answer=f"{a.text} {_ZH_RELATION_WORDS[relation]} "
                                                    f"{b.text}{detail}。")
            return Solution(value=value, answer=f"{a.text} is {_EN_RELATION[relation]} "
                                                f"{b.text}{detail}.")
        truth = _holds(operation, a.value, b.value)
        actual = "lt" if a.value < b.value else "gt" if a.value > b.value else "eq"
        if zh:
            lead = "是的" if truth else "不是"
            answer = f"{lead}，{a.text} {_ZH_RELATION_WORDS[actual]} {b.text}{detail}。"
        else:
            lead = "Yes" if truth else "No"
            answer = f"{lead}: {a.text} is {_EN_RELATION[actual]} {b.text}{detail}."
        return Solution(value="yes" if truth else "no", answer=answer)

    @staticmethod
    def _extreme(numbers: tuple[NumberLiteral, ...], *, largest: bool, zh: bool
                 ) -> Solution:
        values = [n.value for n in numbers]
        if all(v == values[0] for v in values):
            listed = ("和" if zh else " and ").join(n.text for n in numbers)
            if zh:
                return Solution(value="equal", answer=f"{listed} 相等。")
            both = "are equal" if len(numbers) == 2 else "are all equal"
            return Solution(value="equal", answer=f"{listed} {both}.")
        target = max(values) if largest else min(values)
        # Ties keep the first literal as written ("9.5" before "9.50").
        winner = next(n for n in numbers if n.value == target)
        if len(numbers) == 2:
            other = numbers[1] if winner is numbers[0] else numbers[0]
            detail = _detail(winner, other, ">" if largest else "<", zh=zh)
            if zh:
                word = "大" if largest else "小"
                return Solution(value=winner.text,
                                answer=f"{winner.text} 比 {other.text} {word}{detail}。")
            word = "larger" if largest else "smaller"
            return Solution(value=winner.text,
                            answer=f"{winner.text} is {word} than {other.text}{detail}.")
        if zh:
            word = "最大" if largest else "最小"
            return Solution(value=winner.text, answer=f"{word}的是 {winner.text}。")
        word = "largest" if largest else "smallest"
        return Solution(value=winner.text, answer=f"The {word} is {winner.text}.")
