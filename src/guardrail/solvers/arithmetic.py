"""Exact arithmetic: a bounded recursive-descent parser over a closed token set.

The question is normalised (full-width characters, trailing "?"), a wrapper is peeled off,
and everything left must tokenise into numbers and known operators. One unknown word (a
unit, a name, "apples") declines the whole question.

Wrappers are a lead-in and a trailer that must pair up:

* lead-ins: politeness ("please", "hey,", "quick question:"), "can/could you (please)", "help
  me", "I need/want/'d like (you) to"; then an ask ("what is/what's", "how much is", "tell
  me", "give (me)", "show me", "I need", "what do you get when you"), a verb ("calculate",
  "compute", "evaluate", "work out", "figure out", "find", "determine", "simplify", "solve"),
  or an embedded question ("tell me / do you know / I'd like to know / I wonder what");
  then optionally "the (exact) value/result/answer of";
* trailers: "= ?", "equals (what)", "is equal to", "is what"; "what does … equal/make/come
  to", "what would … be" and "tell me what … is" need theirs, and a trailer without its
  lead-in ("2 + 2 makes", "2 + 2 is") declines; "…, please", "… for me", "… exactly";
* summing wrappers: "what do/does … add up to / sum to / total", "… adds up to what", "what
  is/are … added together / altogether / in total", "add up …", "sum (up) …", Chinese
  "…加起来/一共/总共是多少", "把…加起来": a list ("3, 5 and 7") is summed; anything else must
  already be a sum or difference ("what do 3 × 4 add up to" declines); a noun phrase naming the
  list ("Add up these numbers: 3, 5, 7", "the average of the following values: …", "Calculate
  the sum: 1 + 2 + 3", "求下列各数的和：3、5、7") adds nothing (a count, "these three numbers",
  declines);
* a conditional: "If you divide 81 by 9, what do you get / what is the result?" (the body
  must be an imperative: add, subtract, multiply, divide, add up, sum);
* Chinese: "请问/请/麻烦/你能…帮我/给我" + "计算/算一下/算出/求/告诉我" (+ "下列算式：") …
  "等于多少/是几/的结果是/，结果是多少/=？", "…余几", and a final "吗" after "你能…";
  "再/然后" between operations ("7725加384再减去2040") only when the order said and the
  precedence order agree (all + − or all × ÷; "3加5，然后乘以2" declines).

Whole-question forms read before the wrappers: "what percent of 80 is 12", sums of
progressions ("1 + 2 + ... + 100", "从1加到100"), percentage changes ("250 increased by 20%",
"decrease 80 by 25%", "20% more than 250", "20% off 150", "80减少25%后是多少"), steps said one
after another and done in that order ("Take 50, multiply by 3, then subtract 20. What do you
get?", "Multiply 25 by 4 and then add 10", "What do you get if you take 16 cubed and subtract
57?"), offsets ("what is 3 more than 8 times 4"), and
claims to check, answered yes/no exactly ("Is 0.1 + 0.2 equal to 0.3?", "Does 2^10 equal
1000?", "True or false: 7 × 8 = 54", "0.1+0.2等于0.3吗"; two plain numbers are left to the
comparison solver). Inside an English expression, "then" before an operator applies it to the
whole result so far ("450 multiplied by 56, then divided by 4", "3 plus 5, then times 2" = 16):
the tokens before it are bracketed.

The last, general reading (``_asking_words_only``): when no wrapper pairs up, the expression in
the middle and around it nothing but words that only ask for it ("hey can u pls tell me what
45 x 12 is thx"). Any other word (a unit, "binary", "rounded", "why", "in", "how" without
"much") declines, and so does a yes/no opening ("Is 0.5 less than 1/3?" asks whether, not
how much). Before any reading, quotes around the expression, a blank after "=" ("12 × 7 =
___"), a note that only asks for the answer ("(exact answer)") and vulgar fractions ("1½")
are tidied, and inline LaTeX has already been written plainly (``_text.plain_math``).

The widest reading (``_read_in_context``): the one expression wherever it stands, in a story
that otherwise only asks for it ("my kid asked me what eighty-eight times ninety-three is and I
totally blanked", "For a sanity check in my notes I wrote 5**5 - 12**2. What's the value of that
expression?"). The words touching the expression must only ask for it, no word around it may
change the question (``_text.MEANING_CHANGERS``, story words, a second request, code,
calculators), something must ask for a value, and no sentence may be a yes/no question.
Remainders asked after the division ("When 57,908 is divided by 94, what's the remainder?")
read as "the remainder when …".

Numbers: digit literals (``_numbers.UNSIGNED``); digits with a scale word ("2.5 million");
English number words ("ninety-five thousand eighty-eight", "three hundred and twelve", "a
hundred", "twelve hundred", "two point five"); Chinese numerals with 零/两 and mixed digits
("三万三千七百八十一", "一万零五", "两千", "一万五" = 15000, "3万5千", "1.5亿") and fractions
("四分之三"). Each is read exactly by a small grammar and shown as digits in the answer; a
malformed numeral ("twenty twelve", "nineteen eighty-four", "five-three", "一五一十",
"二零二四", "十两", "一千五十") declines rather than being guessed. Values are capped at 10^15.

Grammar (standard precedence; "word" constructs are the spelled-out forms)::

    expr    := term (("+" | "-") term)*
    term    := unary (("*" | "/" | "mod") unary ("of" atom)?)*   -- "of" only after a/b
    unary   := ("-" | "+" | "negative" | "负") unary | power
    power   := postfix ("^" atom)?                   -- no chains: 2^3^2 declines
    postfix := primary ("!" | "²" | "³" | "squared" | "cubed" | "factorial"
                        | "%" "of" atom | "的平方" | "的N次方" | "开方" | …)*
    primary := NUMBER | "(" expr ")" | ("√" | "sqrt" | "square root of" | "∛"
               | "cube root of" | "factorial of") atom
               | ("sum of" | "product of") atom ("," | "and") atom …
    atom    := ("-" | "+")? primary

Multipliers: "half of 86", "a third of 99", "two thirds of 99", "three quarters of 120"
(number and plural must agree: "two third of" declines), "twice/double/triple 47", Chinese
"86的一半", "47的两倍/3倍"; like "the square of", they take one operand, so "half of 86 plus
4" is ambiguous and declines.

Operators: ``+ - × * · ⋅ ÷ / ^ ** ² ³ ! √ ∛ %``, "plus", "minus", "times", "x",
"multiplied by", "divided by", "over", "to the power of", "raised to", "to the Nth power",
"squared", "cubed", "mod"/"modulo", "percent of", "square root of", "cube root of",
"factorial (of)", "the square/cube of", "sum/total of", "product of", "average/mean of",
"difference between/of" (two items; declined when negative, as its order is then unclear),
"quotient of" (two items; declined unless whole), "3/4 of 120"; Chinese 加 减 乘 乘以 除以
的…次方 的平方 的立方 开方 平方根 立方根 阶乘 模 的百分之… 的四分之三 and lists
"3、5和7的和/积/差/商/平均数". Whole-question forms: "add 3 and 5", "add 3 to 5", "subtract 3
from 10", "multiply 6 by 7", "divide 8 by 2" (and "adding …", "multiplying … by …"), "the
remainder when 17 is divided by 5", "17除以5的余数".

Sums of an arithmetic progression written out whole: "the sum of the integers from 1 to 100",
"sum the numbers from 1 to 10", "1 + 2 + 3 + ... + 100" (two shown terms fix a step of 1,
three any step; the last term must be reached exactly), "从1加到100", "1到100的和"; read as
(first + last) × count ÷ 2. "the even numbers from …", "1 + 3 + ... + 99" decline.

Results are exact: ``fractions.Fraction`` throughout, so 0.1 + 0.2 is 3/10 and 8 ÷ 2 is 4.
Square and cube roots are exact when the radicand is a perfect power. An irrational root is
answered only when it is the whole question ("square root of 2"): its value is a sympy
surd built from the already-parsed rational (``sqrt(2)``, ``2*sqrt(2)``, ``2**(1/3)``) and
the sentence gives a decimal; an irrational intermediate result declines.

Declined, so that the model answers instead:

* any leftover word or character, a question without an operation ("What is 5?");
* ambiguity: implicit multiplication ``2(3+4)``, ``-2^2``, chained powers, a spelled prefix
  construct followed by another operator ("square root of 16 plus 9", "sum of 2 and 3
  times 4", "15% of 80 plus 5"), a postfix after an unparenthesised root argument, a
  trailing "!" that may be punctuation, commas that might be decimal commas, list items
  with thousands separators, mod of negative numbers, 0^0;
* "and" inside a spelled number next to a list ("the sum of one hundred and five and six");
* identifier-shaped text without an explicit request to compute ("calculate", "the exact
  value of", "= ?", "等于多少"): "9/11", "48213-977"; dates and phone numbers with three
  glued parts anywhere in the question ("1/1/2000 plus 1"), numbers with leading zeros,
  version strings (3.11.2);
* division by zero, roots of negative numbers, factorials of non-integers;
* sizes beyond the caps: 200 tokens, nesting depth 50, 100 list items, literal digits
  (``MAX_DIGITS``), |exponent| <= 1000, factorial argument <= 1000, 4000 result digits
  (below Python's int-to-string limit), 60-digit radicands for irrational roots; spelled
  numbers up to 10^15, 40 words, 20 places after "point"; Chinese numerals of 40 characters.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from .._text import (
    CLAIMANT,
    FRAME_OPENERS,
    HOW_THE_ASKER_WORKS,
    MEANING_CHANGERS,
    OTHER_WORLDS,
    stems,
    word_set,
)
from ._base import Declined, Parsed, Problem, Query, Solution
from ._money import (
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    EN_CURRENCY_WORD,
    ZH_CURRENCY_WORD,
    Amount,
    read_listed_total,
    read_part_of_count,
    read_receipt,
    read_share,
)
from ._numbers import (
    MAX_RESULT_BITS,
    MAX_RESULT_DIGITS,
    RELATION_WORDS,
    UNSIGNED,
    ExactNumber,
    Relation,
    bounded_power,
    canonical,
    decimal_text,
    parse_number,
)

__all__ = [
    "ArithmeticProblem",
    "ArithmeticSolver",
    "BinaryOp",
    "Fold",
    "Number",
    "UnaryOp",
]

MAX_TEXT_CHARS = 2_000
MAX_TOKENS = 200
MAX_DEPTH = 50
MAX_LIST_ITEMS = 100
MAX_EXPONENT = 1_000
MAX_ROOT_DEGREE = 100  # denominator of a fractional exponent
MAX_FACTORIAL = 1_000
MAX_SURD_DIGITS = 60
_DECIMAL_DENOMINATOR_LIMIT = 10**40  # larger denominators: the sentence shows a/b only


# --------------------------------------------------------------------------- problem model


class _Node(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Number(ExactNumber):
    """A literal as written (``text``) and its exact value, as an expression leaf; an amount of
    money carries its ``currency`` ("$", "€", "£", "¥", "元")."""

    kind: Literal["number"] = "number"
    currency: str | None = None


class UnaryOp(_Node):
    kind: Literal["unary"] = "unary"
    op: Literal["neg", "sqrt", "cbrt", "factorial"]
    operand: Expression


class BinaryOp(_Node):
    kind: Literal["binary"] = "binary"
    op: Literal["add", "sub", "mul", "div", "pow", "mod", "percent_of"]
    left: Expression
    right: Expression


FoldOp = Literal["sum", "product", "mean", "difference", "quotient"]


class Fold(_Node):
    """A function of a list: "the sum of 3, 5 and 7", "the average of 2, 4 and 6", "the
    difference between 100 and 37" (two items, declined when negative: the order is unclear),
    "the quotient of 100 and 4" (two items, declined unless whole: integer division?)."""

    kind: Literal["fold"] = "fold"
    op: FoldOp
    items: tuple[Expression, ...]


Expression = Annotated[Number | UnaryOp | BinaryOp | Fold, Field(discriminator="kind")]
UnaryOp.model_rebuild()
BinaryOp.model_rebuild()
Fold.model_rebuild()


class ArithmeticProblem(Problem):
    """An arithmetic expression tree; every number of the question is a leaf."""

    kind: Literal["arithmetic"] = "arithmetic"
    expression: Expression
    # "as a decimal": the value is written as a decimal when it terminates (else as a/b)
    form: Literal["exact", "decimal"] = "exact"
    # A claim to check ("Is 0.1 + 0.2 equal to 0.3?"): expression RELATION right, answered yes/no
    relation: Relation | None = None
    right: Expression | None = None
    # The value is an amount of money in this currency ("$12.50 + $3.75"); None: a plain number
    currency: str | None = None


# --------------------------------------------------------------------------- tokens


class _Reject(Exception):
    """Raised anywhere in parsing or evaluation; becomes ``Declined(reason)``."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str
    text: str
    value: Fraction | None = None
    word: bool = False  # spelled out: its right-hand extent is ambiguous in speech
    inner_and: bool = False  # a spelled number with "and" inside ("one hundred and five")
    fraction: bool = False  # a Chinese fraction "四分之三"
    currency: str | None = None  # "$12.50", "12.50 dollars", "25元"


_FULL_WIDTH = str.maketrans(
    {**{chr(0xFF10 + i): str(i) for i in range(10)},
     "＋": "+", "＊": "*", "／": "/", "＝": "=", "？": "?", "（": "(", "）": ")", "．": ".",
     "％": "%", "＾": "^", "\u00a0": " ", "\u3000": " ", "’": "'", "‘": "'"}
)

_SYMBOLS: dict[str, str] = {
    # No en dash: "10–20" is a range, not a subtraction.
    "+": "+", "-": "-", "−": "-", "﹣": "-", "－": "-",
    "*": "*", "×": "*", "·": "*", "⋅": "*", "∙": "*", "/": "/", "÷": "/", "^": "^",
    "(": "(", ")": ")", "[": "(", "]": ")", "{": "(", "}": ")", "!": "!", "²": "sq", "³": "cu",
    "√": "sqrt", "∕": "/", "✕": "*", "✖": "*", "⨉": "*",
    "∛": "cbrt", "%": "%", ",": ",", "，": ",", "、": ",",
}

# Spelled-out operators, longest first. Values: (token kind, spelled-out-ness).
_EN_WORDS: dict[str, tuple[str, bool]] = {
    "plus": ("+", False), "added to": ("+", False),
    "minus": ("-", False), "negative": ("neg", False),
    "times": ("*", False), "multiplied by": ("*", False), "x": ("*", False),
    "divided by": ("/", False), "over": ("/", False),
    # misspellings typed in chat; each can only mean the operator
    "divded by": ("/", False), "devided by": ("/", False), "divied by": ("/", False),
    "dividid by": ("/", False), "multipled by": ("*", False), "mulitplied by": ("*", False),
    "multiplyed by": ("*", False), "muliplied by": ("*", False),
    "to the power of": ("^", True), "raised to the power of": ("^", True),
    "raised to": ("^", True), "to the power": ("^", True), "raised to the power": ("^", True),
    "squared": ("sq", False), "cubed": ("cu", False),
    "square root of": ("sqrt", True), "the square root of": ("sqrt", True),
    "sqrt of": ("sqrt", True), "sqrt": ("sqrt", True),
    "cube root of": ("cbrt", True), "the cube root of": ("cbrt", True), "cbrt": ("cbrt", True),
    "factorial of": ("fact", True), "the factorial of": ("fact", True),
    "factorial": ("!", False),
    "mod": ("mod", False), "modulo": ("mod", False),
    "percent": ("%", False), "per cent": ("%", False), "of": ("of", True),
    "sum of": ("sum", True), "the sum of": ("sum", True),
    "total of": ("sum", True), "the total of": ("sum", True),
    "average of": ("mean", True), "the average of": ("mean", True), "mean of": ("mean", True),
    "the mean of": ("mean", True), "the arithmetic mean of": ("mean", True),
    "arithmetic mean of": ("mean", True),
    "difference between": ("diff", True), "the difference between": ("diff", True),
    "difference of": ("diff", True), "the difference of": ("diff", True),
    "quotient of": ("quot", True), "the quotient of": ("quot", True),
    "square of": ("sqof", True), "the square of": ("sqof", True),
    "cube of": ("cuof", True), "the cube of": ("cuof", True),
    "product of": ("prod", True), "the product of": ("prod", True),
    "and": ("and", False),
    "remainder": ("rem", False), "the remainder": ("rem", False),
    "when": ("when", False), "after": ("when", False), "is": ("is", False),
    "add": ("add", False), "subtract": ("subtract", False), "multiply": ("multiply", False),
    "divide": ("divide", False), "by": ("by", False), "from": ("from", False),
    # "the result of multiplying 6 by 7": gerunds read like the imperatives
    "adding": ("add", False), "subtracting": ("subtract", False),
    # "raise 12 to the power of 8": the power that follows
    "raise": ("raise", False), "raising": ("raise", False),
    # "add up 3, 5 and 7", "sum 3, 5 and 7": a sum of a list (or of an addition)
    "add up": ("sumup", False), "adding up": ("sumup", False), "sum up": ("sumup", False),
    "sum": ("sumup", False), "summing up": ("sumup", False), "summing": ("sumup", False),
    "total": ("sumup", False), "total up": ("sumup", False),
    "multiplying": ("multiply", False), "dividing": ("divide", False),
    "to": ("to", False),
    # "3 more than 8 times 4", "5 less than 20": an offset of what follows
    "more than": ("morethan", False), "less than": ("lessthan", False),
    "fewer than": ("lessthan", False),
}
# ASCII words a Chinese question may still use.
_ZH_ASCII_WORDS = {key: _EN_WORDS[key] for key in ("x", "sqrt", "cbrt", "mod")}
_ZH_WORDS: dict[str, tuple[str, bool]] = {
    "加上": ("+", False), "加": ("+", False), "减去": ("-", False), "减掉": ("-", False),
    "减": ("-", False),
    "乘以": ("*", False), "乘": ("*", False), "除以": ("/", False), "负": ("neg", False),
    "模": ("mod", False), "的": ("de", False), "之": ("de", False),
    "次方": ("cifang", False), "次幂": ("cifang", False), "次方根": ("cifanggen", False),
    "平方根": ("pfg", False), "立方根": ("lfg", False), "平方": ("pingfang", False),
    "立方": ("lifang", False), "阶乘": ("jiecheng", False),
    "开平方": ("kaifang", False), "开方": ("kaifang", False), "开立方": ("kailifang", False),
    "根号": ("sqrt", False), "总和": ("he", False), "和": ("he", False), "与": ("he", False),
    "乘积": ("ji", False), "积": ("ji", False), "余数": ("yushu", False),
    "百分之": ("baifenzhi", False), "差": ("cha", False), "商": ("shang", False),
    "平均数": ("pingjun", False), "平均值": ("pingjun", False),
    "一半": ("yiban", False), "倍": ("bei", False),
}


def _alternation(words: dict[str, tuple[str, bool]], *, ascii_words: bool) -> re.Pattern[str]:
    ordered = sorted(words, key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
    # An English word must end at a word boundary ("x" in "3x4" still counts).
    end = r"(?![A-Za-z])" if ascii_words else ""
    return re.compile(f"(?:{body}){end}", re.IGNORECASE)


_EN_WORD_RE = _alternation(_EN_WORDS, ascii_words=True)
_ZH_ASCII_RE = _alternation(_ZH_ASCII_WORDS, ascii_words=True)
_ZH_WORD_RE = _alternation(_ZH_WORDS, ascii_words=False)
_ORDINAL_POWER = re.compile(
    r"(?:raised\s+)?to\s+the\s+(?:(\d{1,4})(?:st|nd|rd|th)|(second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth|tenth))(?:\s+power)?(?![A-Za-z])", re.IGNORECASE)
# "the 4th power of 3", "the fifth root of 32": a prefix construct like "the square of"
_NTH_OF = re.compile(
    r"(?:the\s+)?(?:(\d{1,4})(?:st|nd|rd|th)|(second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth))\s+(power|root)\s+of(?![A-Za-z])", re.IGNORECASE)
# "half of 86", "two thirds of 99", "a quarter of 84"; "twice 47", "double 47": a multiplier
# applied to the operand after it (a prefix construct like "the square of").
_PART_OF = re.compile(
    r"(?:(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
    r"(?P<part>half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?"
    r"|ninths?|tenths?)\s+of(?![A-Za-z])", re.IGNORECASE)
_PARTS = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
          "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_PART_NUMBER = re.compile(
    r"(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?P<part>half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?"
    r"|ninths?|tenths?)(?![A-Za-z])(?!\s+of(?![A-Za-z]))", re.IGNORECASE)
_TIMES_OF = re.compile(r"(?P<word>twice|double|triple|thrice|quadruple)(?:\s+of)?(?![A-Za-z])",
                       re.IGNORECASE)
_TIMES = {"twice": 2, "double": 2, "triple": 3, "thrice": 3, "quadruple": 4}
_ORDINAL_WORDS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                  "eighth": 8, "ninth": 9, "tenth": 10}
_NUMBER_RE = re.compile(UNSIGNED, re.ASCII)  # ASCII digits only: "²" is not a digit here
_DIGITS = frozenset("0123456789")
_ANY_WORD = re.compile(r"[A-Za-z]+")
_SPACE = re.compile(r"\s+")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")

_POSTFIX_KINDS = frozenset({"!", "sq", "cu", "%", "de", "kaifang", "kailifang"})


# --------------------------------------------------------------------------- spelled numbers
#
# Spelled-out numbers are read by small exact grammars and become ordinary number tokens
# (shown as digits in the answer). Anything that is not a well-formed numeral declines the
# question rather than being guessed at: "twenty twelve", "nineteen eighty-four" (years),
# "one two", "five-three", "十两" (ten taels), "一五一十" (an idiom), "二零二四" (digit by digit).

MAX_NUMERAL = 10**15  # the largest spelled-out value read (English and Chinese alike)
MAX_NUMERAL_WORDS = 40
MAX_NUMERAL_PLACES = 20  # digits after "point"

_EN_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9}
_EN_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
             "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
            "eighty": 80, "ninety": 90}
_EN_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_EN_DIGIT_WORDS = {"zero": 0, **_EN_UNITS}
_EN_NUMBER_WORDS = frozenset({"zero", "hundred", "point", *_EN_UNITS, *_EN_TEENS, *_EN_TENS,
                              *_EN_SCALES})
_EN_SMALL_WORDS = frozenset({*_EN_UNITS, *_EN_TEENS, *_EN_TENS})
_EN_MULTIPLIERS = frozenset({"hundred", *_EN_SCALES})
_LETTERS = re.compile(r"[A-Za-z]+")


def _scan_english_numeral(text: str, pos: int) -> tuple[list[str], int] | None:
    """The number words starting at ``pos`` (lower case) and where they end, or None.

    "and" is taken only between a multiplier and a smaller number ("one hundred and five");
    elsewhere it separates list items. A hyphen is taken only in "twenty-five"; any other
    hyphen touching a number word ("five-three", "twenty-5") declines the question.
    """
    if pos >= 2 and text[pos - 1] == "-" and text[pos - 2].isalnum():
        raise _Reject(f"a hyphen glued to a spelled number near {text[pos - 2:pos + 8]!r}")
    words: list[str] = []
    index = pos
    while True:
        match = _LETTERS.match(text, index)
        if match is None:
            break
        word = match.group().lower()
        after = _LETTERS.match(text, match.end() + 1) if text[match.end():][:1] == " " else None
        following = after.group().lower() if after else ""
        if word == "a" and not words and following in _EN_MULTIPLIERS:
            words.append("a")
        elif word in _EN_NUMBER_WORDS:
            words.append(word)
        elif (word == "and" and words and words[-1] in _EN_MULTIPLIERS
              and following in _EN_SMALL_WORDS):
            words.append("and")
        else:
            break
        if len(words) > MAX_NUMERAL_WORDS:
            raise _Reject(f"a spelled number longer than {MAX_NUMERAL_WORDS} words")
        index = match.end()
        if text[index:index + 1] == "-":
            compound = _LETTERS.match(text, index + 1)
            if not (compound and word in _EN_TENS and compound.group().lower() in _EN_UNITS):
                raise _Reject(f"malformed hyphenated number near {text[pos:index + 8]!r}")
            words.append(compound.group().lower())
            index = compound.end()
            if text[index:index + 1] == "-":
                raise _Reject(f"malformed hyphenated number near {text[pos:index + 8]!r}")
        if text[index:index + 1] != " ":
            break
        nxt = _LETTERS.match(text, index + 1)
        if nxt is None:
            break
        candidate = nxt.group().lower()
        if candidate not in _EN_NUMBER_WORDS and candidate != "and":
            break
        index += 1  # the next word may continue the numeral (checked at the loop top)
    if not words:
        return None
    if index > pos and text[index - 1] == " ":
        index -= 1
    return words, index


def _english_small(words: list[str], i: int) -> tuple[int, int] | None:
    """1..99 at ``words[i]``: "seven", "twelve", "forty", "forty two"."""
    if i >= len(words):
        return None
    word = words[i]
    if word in _EN_UNITS:
        return _EN_UNITS[word], i + 1
    if word in _EN_TEENS:
        return _EN_TEENS[word], i + 1
    if word in _EN_TENS:
        if i + 1 < len(words) and words[i + 1] in _EN_UNITS:
            return _EN_TENS[word] + _EN_UNITS[words[i + 1]], i + 2
        return _EN_TENS[word], i + 1
    return None


def _english_group(words: list[str], i: int, whole: bool) -> tuple[int, int]:
    """1..999 ("three hundred and five"); "twelve hundred" only as a whole numeral."""
    if words[i] == "a":
        small: tuple[int, int] | None = (1, i + 1)
    else:
        small = _english_small(words, i)
    if small is None:
        raise _Reject(f"malformed spelled number at {words[i]!r}")
    value, i = small
    if i < len(words) and words[i] == "hundred":
        if not (value < 10 or (whole and value % 10 and value < 100)):
            raise _Reject(f"malformed spelled number: {value} hundred")
        value, i = value * 100, i + 1
        if i < len(words) and words[i] == "and":
            i += 1
            if _english_small(words, i) is None:
                raise _Reject("malformed spelled number after 'and'")
        rest = _english_small(words, i)
        if rest is not None:
            value, i = value + rest[0], rest[1]
    return value, i


def _english_integer(words: list[str]) -> int:
    if words == ["zero"]:
        return 0
    total, i, last_scale = 0, 0, MAX_NUMERAL
    while i < len(words):
        whole = i == 0 and not any(w in _EN_SCALES for w in words)
        group, i = _english_group(words, i, whole)
        if group >= 1000 and i < len(words):
            raise _Reject("malformed spelled number after 'hundred'")
        scale = _EN_SCALES.get(words[i], 1) if i < len(words) else 1
        if scale >= last_scale:
            raise _Reject("malformed spelled number: scales out of order")
        total += group * scale
        last_scale = scale
        if scale == 1:
            if i < len(words):
                raise _Reject(f"malformed spelled number at {words[i]!r}")
            break
        i += 1
        if i < len(words) and words[i] == "and":  # "one thousand and five": the last group
            rest = _english_small(words, i + 1)
            if rest is None or rest[1] != len(words):
                raise _Reject("malformed spelled number after 'and'")
            total += rest[0]
            break
    return total


def english_numeral(words: list[str]) -> Fraction:
    """The exact value of a list of English number words; raises _Reject when malformed.

    >>> english_numeral("ninety five thousand eighty eight".split())
    Fraction(95088, 1)
    """
    scale = 1
    if "point" in words:
        point = words.index("point")
        places = words[point + 1:]
        if places and places[-1] in _EN_SCALES and point:
            scale, places = _EN_SCALES[places[-1]], places[:-1]
        if (not point or not places or len(places) > MAX_NUMERAL_PLACES
                or any(w not in _EN_DIGIT_WORDS for w in places)):
            raise _Reject("malformed spelled decimal")
        integer = _english_integer(words[:point])
        if scale > 1 and integer >= 1000:
            raise _Reject("malformed spelled decimal")
        digits = "".join(str(_EN_DIGIT_WORDS[w]) for w in places)
        value = (integer + Fraction(int(digits), 10 ** len(digits))) * scale
    else:
        value = Fraction(_english_integer(words))
    if value > MAX_NUMERAL:
        raise _Reject(f"spelled numbers are read up to {MAX_NUMERAL:.0e}")
    return value


_ZH_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
              "九": 9, **{str(d): d for d in range(1, 10)}}
_ZH_UNITS = {"十": 10, "百": 100, "千": 1000}
_ZH_ZEROS = "零〇"
# A run of Chinese numeral characters, possibly mixed with ASCII digits ("3万5千", "1.5亿").
_ZH_NUMERAL_RUN = re.compile(r"(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿])+")
_ZH_NUMERAL_CHAR = re.compile(r"[零〇一二两三四五六七八九十百千万亿]")
_ZH_DECIMAL_UNIT = re.compile(r"(0|[1-9]\d*)\.(\d+)([十百千万亿])")
_ZH_BIG = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}
_ASCII_INTEGER = re.compile(r"[1-9]\d*")
MAX_ZH_NUMERAL_CHARS = 40


def _zh_section(text: str, *, final: bool, before_big: bool) -> int:
    """A value below 10^4: "三千零五", "十五", "两百五" (= 250 when ``final``), "3千", "5000"."""
    if not text:
        raise _Reject("a Chinese numeral unit has no number before it")
    if text.isascii():
        if not _ASCII_INTEGER.fullmatch(text):
            raise _Reject(f"malformed number {text!r} in a Chinese numeral")
        value = int(text)
        if value >= 10**4 and not before_big:
            raise _Reject(f"malformed Chinese numeral part {text!r}")
        return value
    total, last_unit, zero, i = 0, 10**4, False, 0
    while i < len(text):
        char = text[i]
        if char in _ZH_ZEROS:
            if i == 0 or zero:
                raise _Reject("misplaced 零 in a Chinese numeral")
            zero, i = True, i + 1
            continue
        if char == "十" and (i == 0 or zero):  # a bare 十: "十五", "一千零十"
            if i and last_unit != 1000:  # after 零, 十 must follow a skipped hundreds place
                raise _Reject("malformed Chinese numeral around 十")
            total, last_unit, zero, i = total + 10, 10, False, i + 1
            continue
        digit = _ZH_DIGITS.get(char)
        if digit is None:
            raise _Reject(f"malformed Chinese numeral at {char!r}")
        unit = _ZH_UNITS.get(text[i + 1]) if i + 1 < len(text) else None
        if unit is not None:
            if unit >= last_unit or (char == "两" and unit == 10):
                raise _Reject("malformed Chinese numeral: units out of order")
            if last_unit < 10**4 and zero != (unit < last_unit // 10):  # 零 marks a gap
                raise _Reject("malformed Chinese numeral: 零 must mark a skipped place")
            total, last_unit, zero, i = total + digit * unit, unit, False, i + 2
            continue
        if i + 1 < len(text) or char.isascii():
            raise _Reject("malformed Chinese numeral: digits without a unit between them")
        if last_unit == 10**4:  # a lone digit
            if char == "两" and not before_big and text != "两":
                raise _Reject("两 on its own is a measure word here")
            total = digit
        elif char == "两":
            raise _Reject("两 cannot be a final digit (it may be the weight unit)")
        elif last_unit == 10 or zero:
            if last_unit == 10 and zero:
                raise _Reject("malformed Chinese numeral: 零 after 十")
            total += digit
        elif final:  # "三千五" = 3500: a final digit takes the next lower place
            total += digit * last_unit // 10
        else:
            raise _Reject("an abbreviated Chinese numeral is ambiguous here")
        zero, i = False, i + 1
    if zero:
        raise _Reject("a Chinese numeral cannot end in 零")
    return total


def _zh_lower(text: str, scale: int, *, final: bool) -> int:
    """The part after 万 (scale 10^4) or 亿 (10^8): "三千", "零五", or "五" (= 5000)."""
    if not text:
        return 0
    if text[0] in _ZH_ZEROS:
        rest = text[1:]
        if not rest or rest[0] in _ZH_ZEROS:
            raise _Reject("misplaced 零 in a Chinese numeral")
        value = _zh_below(rest, scale, final=final)
        if not 0 < value < scale // 10:
            raise _Reject("零 must mark a skipped place")
        return value
    if final and len(text) == 1 and text in _ZH_DIGITS and text != "两" and not text.isascii():
        return _ZH_DIGITS[text] * scale // 10  # "一万五" = 15000
    value = _zh_below(text, scale, final=final)
    if not scale // 10 <= value < scale:
        raise _Reject("a skipped place must be marked with 零")
    return value


def _zh_below(text: str, scale: int, *, final: bool) -> int:
    if scale == 10**8:
        return _zh_wan(text, final=final)
    return _zh_section(text, final=final, before_big=False)


def _zh_wan(text: str, *, final: bool, top: bool = False) -> int:
    if "万" in text:
        high, _, low = text.partition("万")
        if "万" in low:
            raise _Reject("万 twice in a Chinese numeral")
        return (_zh_section(high, final=False, before_big=True) * 10**4
                + _zh_lower(low, 10**4, final=final))
    return _zh_section(text, final=final, before_big=top)


def chinese_numeral(text: str) -> Fraction:
    """The exact value of a Chinese numeral (mixed with ASCII digits); _Reject when malformed.

    >>> chinese_numeral("三万三千七百八十一"), chinese_numeral("1.5万")
    (Fraction(33781, 1), Fraction(15000, 1))
    """
    if len(text) > MAX_ZH_NUMERAL_CHARS:
        raise _Reject(f"a Chinese numeral longer than {MAX_ZH_NUMERAL_CHARS} characters")
    if text in ("零", "〇"):
        return Fraction(0)
    if decimal := _ZH_DECIMAL_UNIT.fullmatch(text):  # "1.5万", "2.5亿"
        whole, places, unit = decimal.groups()
        value = (int(whole) + Fraction(int(places), 10 ** len(places))) * _ZH_BIG[unit]
    elif "亿" in text:
        high, _, low = text.partition("亿")
        if "亿" in low:
            raise _Reject("亿 twice in a Chinese numeral")
        value = Fraction(_zh_wan(high, final=False, top=True) * 10**8
                         + _zh_lower(low, 10**8, final=True))
    else:
        value = Fraction(_zh_wan(text, final=True))
    if value > MAX_NUMERAL:
        raise _Reject(f"Chinese numerals are read up to {MAX_NUMERAL:.0e}")
    return value


def _number_token(text: str, pos: int) -> tuple[_Token, int]:
    match = _NUMBER_RE.match(text, pos)
    assert match is not None  # called only where a digit or ".digit" starts
    literal = match.group()
    end = match.end()
    follower = text[end:end + 2]
    if follower[:1] in _DIGITS or (follower[:1] in (".", ",") and follower[1:2] in _DIGITS):
        # 3.11.2, 1,0000, 12,34: version strings, decimal commas, malformed groups.
        raise _Reject(f"malformed or ambiguous number near {text[pos:end + 2]!r}")
    if literal == "0" and text[end:end + 1] in ("x", "X"):
        raise _Reject("0x… is a hexadecimal literal, not a multiplication")
    integer_part = literal.split(".")[0].replace(",", "")
    if len(integer_part) > 1 and integer_part.startswith("0"):
        raise _Reject(f"{literal!r} has a leading zero (an identifier, not a quantity)")
    value = parse_number(literal)
    if value is None:
        raise _Reject(f"number literal {literal[:20]!r}… is too long")
    return _Token("num", literal, value), end


_DIGIT_SCALE = re.compile(r" ?(hundred|thousand|million|billion|trillion)(?![A-Za-z])",
                          re.IGNORECASE)
_DIGIT_SCALES = {"hundred": 100, **_EN_SCALES}


# Amounts of money: a currency sign or word with the number (``_money``'s tables).
def _money(token: _Token, sign: str | None, text: str, pos: int, language: str
           ) -> tuple[_Token, int]:
    """``token`` marked as an amount of money when a currency sign or word goes with it."""
    word = (ZH_CURRENCY_WORD if language == "zh" else EN_CURRENCY_WORD).match(text, pos)
    if word is not None and sign is not None:
        raise _Reject(f"two currencies on one amount near {text[pos - 8:pos + 8]!r}")
    if word is not None:
        currency, pos = CURRENCY_WORDS[word.group(1).lower()], word.end()
    elif sign is not None:
        currency = sign
    else:
        return token, pos
    shown = f"{token.text}元" if currency == "元" else f"{currency}{token.text}"
    return _Token("num", shown, token.value, currency=currency), pos


def _spelled_token(value: Fraction, *, inner_and: bool = False) -> _Token:
    """A number token for a spelled-out numeral, shown as digits in the answer."""
    if value > MAX_NUMERAL:
        raise _Reject(f"numbers with a scale word are read up to {MAX_NUMERAL:.0e}")
    return _Token("num", decimal_text(value), value, inner_and=inner_and)


def _part_token(match: re.Match[str]) -> _Token:
    """ "two thirds of" -> a multiplier 2/3. Number and plural must agree ("half", "a third",
    "two thirds"), else the phrase is not read as a fraction."""
    count_word, part = match.group("count"), match.group("part").lower()
    plural = part.endswith("s")
    stem = "half" if part == "halves" else part.removesuffix("s")
    count = _COUNTS[count_word.lower()] if count_word else None
    if count is None and part != "half":
        raise _Reject(f"{match.group()!r} needs a number of parts")
    if ((count or 1) > 1) != plural:
        raise _Reject(f"{match.group()!r} is not a well-formed fraction")
    value = Fraction(count or 1, _PARTS[stem])
    return _Token("mulof", match.group(), value, word=True)


def _nth_token(match: re.Match[str]) -> _Token:
    digits, spelled, what = match.group(1), match.group(2), match.group(3).lower()
    degree = int(digits) if digits else _ORDINAL_WORDS[spelled.lower()]
    if what == "root":
        if not 2 <= degree <= MAX_ROOT_DEGREE:
            raise _Reject(f"the degree of a root must be 2..{MAX_ROOT_DEGREE}")
        return _Token("nthof", match.group(), Fraction(1, degree), word=True)
    if degree > MAX_EXPONENT:
        raise _Reject(f"exponent larger than {MAX_EXPONENT}")
    return _Token("nthof", match.group(), Fraction(degree), word=True)


_ZH_DECIMAL_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6,
                      "七": 7, "八": 8, "九": 9}


def _zh_decimal(text: str, integer_run: re.Match[str]) -> tuple[_Token, int]:
    """三点五 (3.5), 零点二五 (0.25), 三点五万 (35000): digits after 点 are read one by one."""
    end = integer_run.end() + 1  # past 点
    places = ""
    while end < len(text) and text[end] in _ZH_DECIMAL_DIGITS:
        places += str(_ZH_DECIMAL_DIGITS[text[end]])
        end += 1
    if len(places) > MAX_NUMERAL_PLACES:
        raise _Reject(f"more than {MAX_NUMERAL_PLACES} places after 点")
    value = chinese_numeral(integer_run.group()) + Fraction(int(places), 10 ** len(places))
    if text[end:end + 1] in ("万", "亿"):
        value *= _ZH_BIG[text[end]]
        end += 1
    if _ZH_NUMERAL_CHAR.match(text[end:end + 1]) or text[end:end + 1] in _DIGITS:
        raise _Reject("malformed Chinese decimal")
    return _spelled_token(value), end


def _zh_integer(text: str) -> int:
    value = chinese_numeral(text) if _ZH_NUMERAL_CHAR.search(text) else parse_number(text)
    if value is None or "." in text or (len(text) > 1 and text[0] == "0"):
        raise _Reject(f"{text!r} is not a whole number")
    return int(value)


def _zh_fraction(text: str, denominator_run: re.Match[str]) -> tuple[_Token, int]:
    """四分之三 (3/4), 3分之2: the denominator comes first."""
    numerator_run = _ZH_NUMERAL_RUN.match(text, denominator_run.end() + 2)
    if numerator_run is None:
        raise _Reject("分之 without a numerator")
    denominator = _zh_integer(denominator_run.group())
    numerator = _zh_integer(numerator_run.group())
    if denominator == 0:
        raise _Reject("division by zero")
    token = _Token("num", f"({numerator}/{denominator})", Fraction(numerator, denominator),
                   fraction=True)
    return token, numerator_run.end()


# "…, then divided by 4", "… and then minus 7": the operation after "then" applies to the whole
# result so far, so the tokens read before it are bracketed (spelled-out operators are
# otherwise ambiguous in their extent and decline).
_THEN_NEXT = re.compile(
    r",?\s*(?:and\s+)?then\s+(?=(?:divided|multiplied|times|plus|minus|squared|cubed|raised"
    r"|to\s+the\s+power|mod|modulo)\b)", re.IGNORECASE)
_ENDS_OPERAND = frozenset({"num", ")", "!", "sq", "cu", "%"})


def _tokenize(text: str, language: str) -> list[_Token]:
    tokens: list[_Token] = []
    pos = 0
    word_re = _EN_WORD_RE if language == "en" else _ZH_ASCII_RE
    while pos < len(text):
        if len(tokens) > MAX_TOKENS:
            raise _Reject(f"more than {MAX_TOKENS} tokens")
        char = text[pos]
        if char.isspace():
            pos += 1
            continue
        if language == "zh" and (char in _DIGITS or _ZH_NUMERAL_CHAR.match(char)) and (
                not text.startswith(("百分之", "一半"), pos)):
            run = _ZH_NUMERAL_RUN.match(text, pos)
            if run is not None and text.startswith("分之", run.end()):
                token, pos = _zh_fraction(text, run)
                tokens.append(token)
                continue
            if (run is not None and text[run.end():run.end() + 1] == "点"
                    and text[run.end() + 1:run.end() + 2] in _ZH_DECIMAL_DIGITS
                    and not any(c in _DIGITS for c in run.group())):
                token, pos = _zh_decimal(text, run)
                tokens.append(token)
                continue
            if run is not None and _ZH_NUMERAL_CHAR.search(run.group()):
                token, pos = _money(_spelled_token(chinese_numeral(run.group())), None, text,
                                    run.end(), language)
                tokens.append(token)
                continue
        if language == "en" and char.isalnum() and (nth := _NTH_OF.match(text, pos)):
            tokens.append(_nth_token(nth))
            pos = nth.end()
            continue
        sign = CURRENCY_SIGNS.get(char) if text[pos + 1:pos + 2] in _DIGITS else None
        if sign or char in _DIGITS or (char == "." and text[pos + 1:pos + 2] in _DIGITS):
            token, pos = _number_token(text, pos + 1 if sign else pos)
            if language == "en" and (scale := _DIGIT_SCALE.match(text, pos)):
                # "2.5 million", "3 thousand": the scale word belongs to the number
                assert token.value is not None
                token = _spelled_token(token.value * _DIGIT_SCALES[scale.group(1).lower()])
                pos = scale.end()
            token, pos = _money(token, sign, text, pos, language)
            tokens.append(token)
            continue
        if language == "en" and tokens and tokens[-1].kind in _ENDS_OPERAND and (
                then := _THEN_NEXT.match(text, pos)):
            # "450 multiplied by 56, then divided by 4": everything so far comes first
            tokens.insert(0, _Token("(", "("))
            tokens.append(_Token(")", ")"))
            pos = then.end()
            continue
        if text.startswith("**", pos):
            tokens.append(_Token("^", "**"))
            pos += 2
            continue
        if char in _SYMBOLS:
            tokens.append(_Token(_SYMBOLS[char], char))
            pos += 1
            continue
        if char.isascii() and char.isalpha():
            if language == "en" and (ordinal := _ORDINAL_POWER.match(text, pos)):
                digits, spelled = ordinal.group(1), ordinal.group(2)
                exponent = int(digits) if digits else _ORDINAL_WORDS[spelled.lower()]
                tokens.append(_Token("^", ordinal.group(), word=True))
                tokens.append(_Token("num", str(exponent), Fraction(exponent)))
                pos = ordinal.end()
                continue
            if language == "en" and (part := _PART_OF.match(text, pos)):
                tokens.append(_part_token(part))
                pos = part.end()
                continue
            if language == "en" and (fraction := _PART_NUMBER.match(text, pos)):
                value = _part_token(fraction).value  # "one half plus one third"
                assert value is not None
                tokens.append(_Token("num", f"({canonical(value)})", value, fraction=True))
                pos = fraction.end()
                continue
            if language == "en" and (times := _TIMES_OF.match(text, pos)):
                value = Fraction(_TIMES[times.group("word").lower()])
                tokens.append(_Token("mulof", times.group(), value, word=True))
                pos = times.end()
                continue
            if language == "en" and (scanned := _scan_english_numeral(text, pos)):
                words, pos = scanned
                tokens.append(_spelled_token(english_numeral(words), inner_and="and" in words))
                continue
            match = word_re.match(text, pos)
            if match is None:
                word = _ANY_WORD.match(text, pos)
                raise _Reject(f"unrecognised word {word.group() if word else char!r}")
            phrase = _SPACE.sub(" ", match.group().lower())
            kind, word_form = _EN_WORDS[phrase]
            tokens.append(_Token(kind, match.group(), word=word_form))
            pos = match.end()
            continue
        if language == "zh" and (match := _ZH_WORD_RE.match(text, pos)):
            kind, word_form = _ZH_WORDS[match.group()]
            tokens.append(_Token(kind, match.group(), word=word_form))
            pos = match.end()
            continue
        raise _Reject(f"unexpected character {char!r}")
    if len(tokens) > MAX_TOKENS:
        raise _Reject(f"more than {MAX_TOKENS} tokens")
    if any(token.inner_and for token in tokens) and any(
            token.kind in _LIST_KINDS for token in tokens):
        # "the sum of one hundred and five and six": is "and" inside the number or a separator?
        raise _Reject("'and' inside a spelled number is ambiguous next to a list")
    return _slash_fractions(tokens)


_LIST_KINDS = frozenset({"and", ",", "sum", "prod", "mean", "diff", "quot", "add", "multiply",
                         "he", "sumup"})

# "1/3 ÷ 1/5", "6 ÷ 2/3", "5/11 除以 10/11", "1/3 divided by 1/5": beside a division written
# another way, a slash between two whole numbers writes a fraction, one number to the reader
# (5/3, 9, 1/2), not a division taken left to right ((1/3 ÷ 1) / 5 = 1/15). Each such fraction
# becomes one number token; a slash anywhere else in that expression ("(1 + 2)/3 ÷ 4",
# "2^3/4 ÷ 2", "0.5/2 ÷ 3") has no one reading and declines.
_SLASHES = frozenset({"/", "∕"})
_FRACTION_NEIGHBOURS = frozenset({"(", ")", "+", "-", "*", "/", ",", "and", "he", "neg"})


def _slash_fractions(tokens: list[_Token]) -> list[_Token]:
    if not any(token.kind == "/" and token.text not in _SLASHES for token in tokens):
        return tokens
    read: list[_Token] = []
    at = 0
    while at < len(tokens):
        token = tokens[at]
        if token.kind != "/" or token.text not in _SLASHES:
            read.append(token)
            at += 1
            continue
        numerator = read[-1] if read else None
        denominator = tokens[at + 1] if at + 1 < len(tokens) else None
        before = read[-2] if len(read) >= 2 else None
        after = tokens[at + 2] if at + 2 < len(tokens) else None
        if (numerator is None or denominator is None or not _whole_literal(numerator)
                or not _whole_literal(denominator)
                or (before is not None and before.kind not in _FRACTION_NEIGHBOURS)
                or (after is not None and after.kind not in _FRACTION_NEIGHBOURS)):
            raise _Reject("a '/' beside a division written another way is read only as a "
                          "fraction of two whole numbers")
        assert numerator.value is not None and denominator.value is not None
        if denominator.value == 0:
            raise _Reject("division by zero")
        read[-1] = _Token("num", f"({numerator.text}/{denominator.text})",
                          numerator.value / denominator.value)
        at += 2
    return read


def _whole_literal(token: _Token) -> bool:
    return (token.kind == "num" and token.value is not None and token.value.denominator == 1
            and token.currency is None and not token.fraction and token.text.isdigit())


# --------------------------------------------------------------------------- parser


@dataclass(frozen=True, slots=True)
class _Result:
    node: Expression
    parenthesized: bool = False
    # Ends with a spelled prefix construct over an unparenthesised operand ("square root of
    # 16"): another binary operator after it could extend that operand, so it is ambiguous.
    open_right: bool = False
    # A power written without parentheses: "-2^2" and "2^3^2" are ambiguous.
    bare_power: bool = False
    # A prefix function over an unparenthesised argument: a postfix after it is ambiguous.
    bare_function: bool = False


_BINARY: dict[str, Literal["add", "sub", "mul", "div", "mod"]] = {
    "+": "add", "-": "sub", "*": "mul", "/": "div", "mod": "mod"}
_ZH_SQUARES = {"pingfang": 2, "lifang": 3}
_ZH_FUNCTIONS: dict[str, Literal["sqrt", "cbrt", "factorial"]] = {
    "pfg": "sqrt", "lfg": "cbrt", "jiecheng": "factorial"}
_FUNCTIONS: dict[str, Literal["sqrt", "cbrt", "factorial"]] = {
    "sqrt": "sqrt", "cbrt": "cbrt", "fact": "factorial"}
_SEPARATORS = frozenset({",", "and", "he"})


class _Parser:
    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens = tokens
        self.pos = 0
        self.depth = 0
        self.separated = False  # whether the last list item held a thousands separator

    def peek(self, offset: int = 0) -> _Token | None:
        index = self.pos + offset
        return self.tokens[index] if index < len(self.tokens) else None

    def kind(self, offset: int = 0) -> str | None:
        token = self.peek(offset)
        return token.kind if token else None

    def take(self) -> _Token:
        token = self.peek()
        if token is None:
            raise _Reject("the expression ends where an operand was expected")
        self.pos += 1
        return token

    def expect(self, kind: str) -> _Token:
        token = self.take()
        if token.kind != kind:
            raise _Reject(f"expected {kind!r}, found {token.text!r}")
        return token

    def enter(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _Reject(f"nesting deeper than {MAX_DEPTH}")

    def leave(self) -> None:
        self.depth -= 1

    def finish(self, result: _Result) -> _Result:
        token = self.peek()
        if token is not None:
            raise _Reject(f"unexpected {token.text!r} (no operator connects it)")
        return result

    # expr := term (("+" | "-") term)*
    def expr(self) -> _Result:
        left = self.term()
        while self.kind() in ("+", "-"):
            left = self._binary(left, self.term)
        return left

    # term := unary (("*" | "/" | "mod") unary)*
    def term(self) -> _Result:
        left = self.unary()
        while self.kind() in ("*", "/", "mod"):
            left = self._binary(left, self.unary)
            node = left.node
            if (self.kind() == "of" and isinstance(node, BinaryOp) and node.op == "div"
                    and isinstance(node.left, Number) and isinstance(node.right, Number)):
                # "3/4 of 120": a fraction of a quantity
                self.pos += 1
                base = self.atom()
                left = _Result(BinaryOp(op="mul", left=node, right=base.node),
                               open_right=not base.parenthesized,
                               bare_function=not base.parenthesized)
        return left

    def _binary(self, left: _Result, operand: Callable[[], _Result]) -> _Result:
        token = self.take()
        if left.open_right:
            raise _Reject(f"ambiguous: {token.text!r} after a spelled-out construct; "
                          "use parentheses")
        right = operand()
        node = BinaryOp(op=_BINARY[token.kind], left=left.node, right=right.node)
        return _Result(node, open_right=right.open_right)

    # unary := ("-" | "+" | "negative") unary | power
    def unary(self) -> _Result:
        token = self.peek()
        if token is None or token.kind not in ("-", "+", "neg"):
            return self.power()
        self.pos += 1
        self.enter()
        operand = self.unary()
        self.leave()
        if token.kind == "+":
            return operand
        if operand.bare_power:
            raise _Reject("ambiguous: a minus sign before an unparenthesised power "
                          "(write (-2)^2 or -(2^2))")
        return _Result(UnaryOp(op="neg", operand=operand.node), open_right=operand.open_right)

    # power := postfix ("^" atom)?
    def power(self) -> _Result:
        base = self.postfix()
        if self.kind() != "^":
            return base
        token = self.take()
        if base.open_right or base.bare_function:
            raise _Reject("ambiguous: a power after an unparenthesised function argument")
        if base.bare_power:
            raise _Reject("ambiguous: chained powers; use parentheses")
        exponent = self.atom()
        if self.kind() in _POSTFIX_KINDS or self.kind() == "^":
            raise _Reject("ambiguous: an operator right after an exponent; use parentheses")
        open_right = exponent.open_right or (token.word and not exponent.parenthesized)
        return _Result(BinaryOp(op="pow", left=base.node, right=exponent.node),
                       open_right=open_right, bare_power=True)

    # atom := ("-" | "+" | "negative")? primary
    def atom(self) -> _Result:
        token = self.peek()
        if token is not None and token.kind in ("-", "+", "neg"):
            self.pos += 1
            inner = self.primary()
            if token.kind == "+":
                return inner
            return _Result(UnaryOp(op="neg", operand=inner.node),
                           parenthesized=inner.parenthesized, open_right=inner.open_right,
                           bare_function=inner.bare_function)
        return self.primary()

    def postfix(self) -> _Result:
        result = self.primary()
        while (kind := self.kind()) in _POSTFIX_KINDS:
            if result.open_right or result.bare_function:
                raise _Reject("ambiguous: a postfix operator after an unparenthesised "
                              "function argument or list")
            self.pos += 1
            if kind == "!":
                if self.kind() == "!":
                    raise _Reject("double factorial is not supported")
                result = _Result(UnaryOp(op="factorial", operand=result.node),
                                 bare_power=result.bare_power)
            elif kind in ("sq", "cu"):
                result = self._square(result, 2 if kind == "sq" else 3)
            elif kind == "%":
                if self.kind() != "of":
                    raise _Reject("a bare percentage is ambiguous (15% of what?)")
                self.pos += 1
                base = self.atom()
                node = BinaryOp(op="percent_of", left=result.node, right=base.node)
                result = _Result(node, open_right=not base.parenthesized,
                                 bare_function=not base.parenthesized)
            elif kind in ("kaifang", "kailifang"):
                op: Literal["sqrt", "cbrt"] = "sqrt" if kind == "kaifang" else "cbrt"
                result = _Result(UnaryOp(op=op, operand=result.node))
            else:
                result = self._chinese_de(result)
        return result

    def _square(self, base: _Result, exponent: int) -> _Result:
        if base.bare_power:
            raise _Reject("ambiguous: chained powers; use parentheses")
        literal = Number(text=str(exponent), numerator=exponent)
        return _Result(BinaryOp(op="pow", left=base.node, right=literal), bare_power=True)

    def _chinese_de(self, base: _Result) -> _Result:
        """After "的": 平方, 立方, 平方根, 立方根, 阶乘, N次方, or N% (a percentage of base)."""
        kind = self.kind()
        if kind in _ZH_SQUARES:
            self.pos += 1
            return self._square(base, _ZH_SQUARES[kind])
        if kind in _ZH_FUNCTIONS:
            self.pos += 1
            return _Result(UnaryOp(op=_ZH_FUNCTIONS[kind], operand=base.node))
        if kind == "yiban":  # 86的一半: half of 86
            self.pos += 1
            half = Number(text="(1/2)", numerator=1, denominator=2)
            return _Result(BinaryOp(op="mul", left=base.node, right=half))
        if kind == "baifenzhi":  # 80的百分之十五: 15% of 80
            self.pos += 1
            percent = self.atom()
            if self.kind() in _POSTFIX_KINDS or self.kind() == "^":
                raise _Reject("ambiguous: an operator right after 百分之…")
            return _Result(BinaryOp(op="percent_of", left=percent.node, right=base.node))
        operand = self.atom()
        if self.tokens[self.pos - 1].fraction and self.kind() not in ("cifang", "%"):
            # 120的四分之三: three quarters of 120
            if self.kind() in _POSTFIX_KINDS or self.kind() == "^":
                raise _Reject("ambiguous: an operator right after a fraction")
            return _Result(BinaryOp(op="mul", left=operand.node, right=base.node))
        follower = self.take()
        if follower.kind == "bei":  # 47的3倍: three times 47
            if self.kind() in _POSTFIX_KINDS or self.kind() == "^":
                raise _Reject("ambiguous: an operator right after 倍")
            return _Result(BinaryOp(op="mul", left=base.node, right=operand.node))
        if follower.kind == "cifanggen":  # 16的四次方根: the 4th root of 16
            degree = operand.node
            if not (isinstance(degree, Number) and degree.denominator == 1
                    and 2 <= degree.numerator <= MAX_ROOT_DEGREE):
                raise _Reject(f"the degree of a root must be a whole number 2..{MAX_ROOT_DEGREE}")
            return _Result(BinaryOp(op="pow", left=base.node, right=_reciprocal(degree.numerator)))
        if follower.kind == "cifang":
            if base.bare_power:
                raise _Reject("ambiguous: chained powers; use parentheses")
            return _Result(BinaryOp(op="pow", left=base.node, right=operand.node),
                           bare_power=True)
        if follower.kind == "%":
            return _Result(BinaryOp(op="percent_of", left=operand.node, right=base.node))
        raise _Reject(f"unexpected {follower.text!r} after 的")

    def primary(self) -> _Result:
        token = self.take()
        if token.kind == "num":
            assert token.value is not None
            return _Result(Number(text=token.text, numerator=token.value.numerator,
                                  denominator=token.value.denominator, currency=token.currency))
        if token.kind == "(":
            self.enter()
            inner = self.expr()
            self.expect(")")
            self.leave()
            return _Result(inner.node, parenthesized=True)
        if token.kind in _FUNCTIONS:
            self.enter()
            argument = self.atom()
            self.leave()
            bare = not argument.parenthesized
            return _Result(UnaryOp(op=_FUNCTIONS[token.kind], operand=argument.node),
                           open_right=argument.open_right or (token.word and bare),
                           bare_function=bare)
        if token.kind == "mulof":  # "half of 86", "twice 47"
            assert token.value is not None
            self.enter()
            argument = self.atom()
            self.leave()
            bare = not argument.parenthesized
            factor = token.value
            multiplier = Number(text=canonical(factor) if factor.denominator == 1
                                else f"({canonical(factor)})",
                                numerator=factor.numerator, denominator=factor.denominator)
            node = BinaryOp(op="mul", left=multiplier, right=argument.node)
            return _Result(node, open_right=argument.open_right or bare, bare_function=bare)
        if token.kind in ("nthof", "sqof", "cuof"):
            # "the square of 12", "the 4th power of 3", "the fifth root of 32"
            self.enter()
            argument = self.atom()
            self.leave()
            bare = not argument.parenthesized
            node = BinaryOp(op="pow", left=argument.node, right=_prefix_exponent(token))
            return _Result(node, open_right=argument.open_right or bare, bare_function=bare)
        if token.kind in _PREFIX_FOLDS:  # "the sum of …", "the average of …"
            if token.kind in _WRITTEN_OUT and self._one_item_ahead():
                # "the total of 17 + 99 + 51": the operation is already written out
                self.enter()
                inner = self.expr()
                self.leave()
                if not (isinstance(inner.node, BinaryOp)
                        and _only_operations(inner.node, _WRITTEN_OUT[token.kind])):
                    raise _Reject(f"{token.text!r} of another operation")
                return _Result(inner.node, open_right=True)
            return _Result(_fold(_FOLDS[token.kind], self.items()), open_right=True)
        raise _Reject(f"unexpected {token.text!r}")

    def _one_item_ahead(self) -> bool:
        """Whether what follows has no list separator, at any depth: one expression."""
        return not any(token.kind in _SEPARATORS for token in self.tokens[self.pos:])

    def items(self) -> tuple[Expression, ...]:
        """A list "a, b and c": plain operands. A thousands separator is read only when the
        list cannot be split at it: no comma between the items and one in the last item
        ("567,192 and 130,499"), or one in every item ("84,615, 61,830 and 55,731", written
        alike throughout); "100,200 and 300" and "100,200, 300" may be three numbers and
        decline."""
        items, separated = [self.list_item()], [self.separated]
        commas = False
        while self.kind() in _SEPARATORS:
            commas = commas or self.kind() == ","
            self.pos += 1
            if self.kind() in ("and", "he"):  # the Oxford comma: "1, 2, and 3"
                self.pos += 1
            items.append(self.list_item())
            separated.append(self.separated)
            if len(items) > MAX_LIST_ITEMS:
                raise _Reject(f"more than {MAX_LIST_ITEMS} list items")
        if len(items) < 2:
            raise _Reject("a sum or product needs at least two numbers")
        if any(separated) and not all(separated) and (commas or not separated[-1]):
            raise _Reject("a thousands separator inside a comma-separated list is ambiguous")
        return tuple(items)

    def fraction(self, item: _Result) -> _Result:
        """An operand that is a fraction literal ("Add 2/5 and 1/6", "add 1/6 to 7/8"): the
        division of two integers is the fraction itself, whatever the reading."""
        if (self.kind() == "/" and isinstance(item.node, Number) and item.node.denominator == 1
                and (after := self.peek(1)) is not None and after.kind == "num"
                and after.value is not None and after.value.denominator == 1
                and self.kind(2) not in ("^", *_POSTFIX_KINDS)):
            return self._binary(item, self.primary)
        return item

    def list_item(self) -> Expression:
        """One operand of a list: symbolic powers and factorials bind tightly (2^3, 6!), but a
        spelled postfix ("3 squared") might apply to the whole list, so it declines."""
        start = self.pos
        item = self.fraction(self.unary())
        self.separated = False
        for token in self.tokens[start:self.pos]:
            if token.kind == "num" and "," in token.text:
                self.separated = True
            if token.word or (token.kind in _POSTFIX_KINDS and token.text.isalpha()):
                raise _Reject("ambiguous: a spelled-out construct inside a list")
        return item.node


def _prefix_exponent(token: _Token) -> Number:
    """The exponent of "the square of", "the cube of", "the Nth power/root of"."""
    if token.kind != "nthof":
        exponent = 2 if token.kind == "sqof" else 3
        return Number(text=str(exponent), numerator=exponent)
    assert token.value is not None
    if token.value.numerator == 1 and token.value.denominator > 1:
        return _reciprocal(token.value.denominator)
    return Number(text=str(token.value), numerator=token.value.numerator)


def _reciprocal(degree: int) -> Number:
    """The exponent 1/degree of a root, shown as "(1/degree)"."""
    return Number(text=f"(1/{degree})", numerator=1, denominator=degree)


def _split(tokens: list[_Token], kinds: frozenset[str]) -> list[list[_Token]]:
    """Split at top-level (unparenthesised) tokens of the given kinds."""
    parts: list[list[_Token]] = [[]]
    depth = 0
    for token in tokens:
        depth += token.kind == "("
        depth -= token.kind == ")"
        if depth == 0 and token.kind in kinds:
            parts.append([])
        else:
            parts[-1].append(token)
    return parts


def _operand(tokens: list[_Token], *, allow_power: bool = True) -> Expression:
    """Exactly one operand (no binary operator outside parentheses) from these tokens."""
    if not tokens:
        raise _Reject("an operand is missing")
    parser = _Parser(tokens)
    result = parser.fraction(parser.unary() if allow_power else parser.atom())
    if result.open_right:
        raise _Reject("ambiguous: a spelled-out construct as an operand")
    return parser.finish(result).node


def _operands(tokens: list[_Token]) -> tuple[Expression, ...]:
    """A list operand: "3, 5 and 7" (every item a plain operand)."""
    parser = _Parser(tokens)
    items = parser.items()
    parser.finish(_Result(items[0]))
    return items


def _parse_tokens(tokens: list[_Token]) -> Expression:
    """Whole-question forms first, then the expression grammar."""
    if not tokens:
        raise _Reject("no expression")
    head = tokens[0].kind
    rest = tokens[1:]
    if head in ("add", "subtract", "multiply", "divide"):
        return _imperative(head, rest)
    if head == "sumup":
        return _sum_of(rest)
    if head == "raise":
        parser = _Parser(rest)
        power = parser.finish(parser.expr()).node
        if not (isinstance(power, BinaryOp) and power.op == "pow"):
            raise _Reject("'raise' names no power")
        return power
    if head == "rem":
        return _remainder(rest)
    offsets = [i for i, token in enumerate(tokens) if token.kind in ("morethan", "lessthan")]
    if offsets:
        return _offset(tokens, offsets)
    if tokens[-1].kind == "yushu":  # 17除以5的余数
        body = tokens[:-2] if len(tokens) > 1 and tokens[-2].kind == "de" else tokens[:-1]
        parts = _split(body, frozenset({"/"}))
        if len(parts) != 2:
            raise _Reject("a remainder needs exactly one division")
        return BinaryOp(op="mod", left=_operand(parts[0]), right=_operand(parts[1]))
    if len(tokens) >= 3 and tokens[-2].kind == "de" and tokens[-1].kind in _FOLDS:
        body = tokens[:-2]
        if tokens[-1].kind in _RESULT_OF and len(_split(body, _SEPARATORS)) == 1:
            return _result_of(tokens[-1].kind, body)  # 144除以12的商
        return _fold(_FOLDS[tokens[-1].kind], _operands(body))
    parser = _Parser(_percent_product(tokens))
    return parser.finish(parser.expr()).node


def _percent_product(tokens: list[_Token]) -> list[_Token]:
    """A number times a percentage, alone, as the share it is: "412 乘以 40%", "240 × 20%" and
    "20% × 240" read as "20% of 240". Beside + or − a percentage stays ambiguous ("240 + 20%"
    adds 20% of 240 on a calculator) and declines in the parser."""
    kinds = [token.kind for token in tokens]
    of = _Token("of", "of", word=True)
    if kinds == ["num", "*", "num", "%"]:
        return [tokens[2], tokens[3], of, tokens[0]]
    if kinds == ["num", "%", "*", "num"]:
        return [tokens[0], tokens[1], of, tokens[3]]
    return tokens


_FOLDS: dict[str, FoldOp] = {
    "sum": "sum", "prod": "product", "mean": "mean", "diff": "difference", "quot": "quotient",
    "he": "sum", "ji": "product", "pingjun": "mean", "cha": "difference", "shang": "quotient"}
_PREFIX_FOLDS = frozenset({"sum", "prod", "mean", "diff", "quot"})  # English: before the list
# A sum or a product of one expression that already writes its operation out.
_WRITTEN_OUT = {"sum": ("add", "sub"), "prod": ("mul",)}


# "144除以12的商", "100减37的差", "3加5的和", "6乘7的积": the result of the one operation named.
_RESULT_OF = {"shang": "div", "cha": "sub", "he": "add", "ji": "mul"}


def _only_operations(node: Expression, ops: tuple[str, ...]) -> bool:
    """Whether every operation in ``node`` is one of ``ops`` ("3 + 4 × 2" is not only a sum)."""
    if isinstance(node, BinaryOp):
        return node.op in ops and all(_only_operations(side, ops)
                                      for side in (node.left, node.right))
    if isinstance(node, UnaryOp):
        return node.op == "neg" and _only_operations(node.operand, ops)
    return isinstance(node, Number)


def _result_of(noun: str, body: list[_Token]) -> Expression:
    parser = _Parser(body)
    expression = parser.finish(parser.expr()).node
    if not (isinstance(expression, BinaryOp) and expression.op == _RESULT_OF[noun]):
        raise _Reject("的和/差/积/商 must name the operation the numbers are joined by")
    if noun == "shang":  # 17除以5的商 may be 3 (remainder 2): answered only when whole
        return Fold(op="quotient", items=(expression.left, expression.right))
    return expression


def _fold(op: FoldOp, items: tuple[Expression, ...]) -> Fold:
    if op in ("difference", "quotient") and len(items) != 2:
        raise _Reject(f"a {op} needs exactly two numbers")
    return Fold(op=op, items=items)


def _imperative(verb: str, rest: list[_Token]) -> Expression:
    """add 3 and 5 / add 3 to 5 / subtract 3 from 10 / multiply 6 by 7 / divide 8 by 2."""
    keyword = {"add": "to", "subtract": "from", "multiply": "by", "divide": "by"}[verb]
    parts = _split(rest, frozenset({keyword}))
    if len(parts) == 2:
        left, right = _operand(parts[0]), _operand(parts[1])
        if verb == "add":
            return BinaryOp(op="add", left=left, right=right)
        if verb == "subtract":
            return BinaryOp(op="sub", left=right, right=left)
        return BinaryOp(op="mul" if verb == "multiply" else "div", left=left, right=right)
    if len(parts) == 1 and verb == "add" and len(_split(rest, _SEPARATORS)) == 1:
        return _sum_of(rest)  # "add 6,893 plus 12,888 plus 6,375": a sum said with "plus"
    if len(parts) == 1 and verb in ("add", "multiply"):
        return Fold(op="sum" if verb == "add" else "product", items=_operands(rest))
    raise _Reject(f"cannot read the operands of {verb!r}")


def _sum_of(tokens: list[_Token]) -> Expression:
    """What "add up", "sum", "added together" or 加起来 applies to: a list ("3, 5 and 7") is
    summed; otherwise it must already be a sum ("1.5 + 2.25 + 3"), since "what do 3 × 4 add
    up to" does not say what is added."""
    if len(_split(tokens, _SEPARATORS)) > 1:
        return Fold(op="sum", items=_operands(tokens))
    if not tokens:
        raise _Reject("nothing to add up")
    parser = _Parser(tokens)
    expression = parser.finish(parser.expr()).node
    if not ((isinstance(expression, BinaryOp) and expression.op in ("add", "sub"))
            or (isinstance(expression, Fold) and expression.op == "sum")):
        raise _Reject("'add up' needs numbers to add, not another operation")
    return expression


def _offset(tokens: list[_Token], at: list[int]) -> Expression:
    """ "3 more than 8 times 4" is 8 × 4 + 3; "5 less than 20" is 20 − 5. The offset before the
    words must be one operand and appear once; what follows is a whole expression."""
    if len(at) != 1 or at[0] == 0:
        raise _Reject("'more than' / 'less than' must follow one number, once")
    offset = _operand(tokens[:at[0]])
    parser = _Parser(tokens[at[0] + 1:])
    base = parser.finish(parser.expr()).node
    op: Literal["add", "sub"] = "add" if tokens[at[0]].kind == "morethan" else "sub"
    return BinaryOp(op=op, left=base, right=offset)


def _remainder(rest: list[_Token]) -> Expression:
    """the remainder when/of/after A (is) divided by B."""
    if not rest or rest[0].kind not in ("when", "of"):
        raise _Reject("expected 'remainder when … is divided by …'")
    parts = _split(rest[1:], frozenset({"/"}))
    if len(parts) != 2:
        raise _Reject("a remainder needs exactly one division")
    dividend = parts[0][:-1] if parts[0] and parts[0][-1].kind == "is" else parts[0]
    return BinaryOp(op="mod", left=_operand(dividend), right=_operand(parts[1]))


# --------------------------------------------------------------------------- wrappers

# The text reaching these patterns has single spaces only (see ArithmeticSolver.parse), so
# every "\s+" below matches exactly one character and no two quantifiers compete for a run.
#
# A question is a lead-in, the expression, and a trailer. Lead-ins and trailers pair up:
# "what does … equal/make", "what would … be", "tell me what … is"; an unpaired trailer
# ("2+2 makes", "2+2 is") or lead-in ("tell me what 2+2") declines.
# "Add up these numbers: 3, 5, 7", "the sum of the following values: …": the noun phrase
# between a list operation and its list names the list and adds nothing to it. A count ("these
# three numbers") is not accepted: it would have to agree with the list.
_EN_LIST_NOUN = re.compile(
    r"(?<![A-Za-z])(?P<op>add(?:ing)?(?:\sup)?|sum(?:ming)?(?:\sup)?|multiply(?:ing)?"
    r"|(?:sum|total|product|average|mean|arithmetic\smean)\sof)"
    r"\s(?:all\s(?:of\s)?)?(?:these|those|the\sfollowing|the)\s"
    r"(?:numbers|values|integers|decimals|figures)(?:\sbelow)?(?::\s?|\s)(?=[-−(]?\d)",
    re.IGNORECASE)
# "add these up for me: 453, 205, 27", "sum them up: …": as "add up 453, 205, 27".
_EN_THESE_UP = re.compile(
    r"(?<![A-Za-z])(?:add|sum|total)\s(?:all\s)?(?:these|those|them|the\snumbers|the\svalues)"
    r"(?:\snumbers|\svalues)?\sup(?:\sfor\sme)?\s?:\s?(?=[-−(]?[$€£]?\d)", re.IGNORECASE)
# "Multiply these together: 3, 11, 6 and 5.", "Total of these expenses: 76, 70, 63": a list
# named by one plain noun (none of _CONTEXT_DANGER: "these hours", "these prices" may count
# otherwise), as "add up …" or "multiply …".
_EN_THESE_NOUN = re.compile(
    r"^(?:please\s)?(?P<op>add|sum|total|multiply|(?:sum|total|product)\sof)\s(?:up\s)?"
    r"(?:all\s(?:of\s)?)?(?:these|those|the\sfollowing)(?:\s(?P<noun>[a-z]+))??"
    r"(?:\s(?:together|up))?\s?:\s?(?=[-−(]?[$€£]?\d)", re.IGNORECASE)


def _these_noun(found: re.Match[str]) -> str:
    if (found.group("noun") or "").lower() in _CONTEXT_DANGER:
        return found.group()
    return "multiply " if found.group("op").lower().startswith(("multiply", "product")) else (
        "add up ")


# "Sum these numbers: 393; 197; 73; 344": a list after a colon with semicolons between its
# items and no comma anywhere (with one, "25,856; 39,818" may be decimal commas).
_SEMICOLON_LIST = re.compile(r":\s?[-−$€£]?\d[\d.]*(?:\s?;\s?[-−$€£]?\d[\d.]*){2,}\.?$")


def _semicolons_as_commas(text: str) -> str:
    if "," in text or not (found := _SEMICOLON_LIST.search(text)):
        return text
    return text[:found.start()] + found.group().replace(";", ",")


# "the exact product of 57.04 and 15.6": the value is exact anyway.
_EN_EXACT_NOUN = re.compile(
    r"(?<![A-Za-z])the\s(?:exact|precise|exact\sand\sprecise)\s(?=(?:sum|product|difference"
    r"|quotient|total|average|mean|square|cube|remainder)\s(?:of|between|when)\s)", re.IGNORECASE)
# "Calculate the sum: 1 + 2 + 3", "Find the total: 3, 5, 7", "Total please: 7,729 + 17,966":
# what follows is added up (a list or a sum, as after "add up").
_EN_SUM_COLON = re.compile(
    r"^(?:(?:please\s)?(?:calculate|compute|find|work\sout|what\sis|what's|give\sme)\s)?"
    r"(?:the\s)?(?:sum|total)(?:,?\s(?:please|pls))?\s?:\s?(?=[-−(]?\d)", re.IGNORECASE)
# "my quiz scores this term: 98, 82, 57. what's my mean score?": a list named by a label, then
# a question about it. Read as "what is the mean of 98, 82, 57" when the label is plain words
# (none of _CONTEXT_DANGER, which could change the numbers) and the question names the label's
# noun or none. Items are separated by ", " so "1,234" is never split.
_LIST_ITEM = r"[-−]?\d+(?:\.\d+)?"
_EN_LABELLED_LIST = re.compile(
    r"(?P<label>[A-Za-z][A-Za-z' ]{2,80}?) ?: ?"
    rf"(?P<list>{_LIST_ITEM}(?:, {_LIST_ITEM})+(?:,? and {_LIST_ITEM})?)"
    r" ?[.;]? (?:so |and )?what(?:'s| is| was| are) (?:my|the|our|their) "
    r"(?:(?P<op>mean|average|arithmetic mean|total|sum)(?: (?P<noun>[a-z]+))?"
    r"|(?P<noun2>[a-z]+) (?P<op2>total|average|mean|sum))(?: of (?:them|these|those|all))? ?\??",
    re.IGNORECASE)
_LIST_NOUNS = word_set("number numbers value values one ones")
_LABEL_MAX_WORDS = 12


def _labelled_list(text: str) -> str | None:
    """The question "what is the <op> of <list>" a labelled list asks, or None."""
    found = _EN_LABELLED_LIST.fullmatch(text)
    if found is None:
        return None
    label = found.group("label").lower().split()
    label_stems = {stem for word in label for stem in stems(word.strip("'"))}
    if len(label) > _LABEL_MAX_WORDS or label_stems & _CONTEXT_DANGER:
        return None
    noun = (found.group("noun") or found.group("noun2") or "").lower()
    if (noun and noun not in _LIST_NOUNS and not stems(noun) & label_stems
            and noun + "s" not in label_stems):
        return None  # "Prices: 5, 6. What's the mean weight?"
    op = (found.group("op") or found.group("op2")).lower()
    return f"what is the {op} of {found.group('list')}"


# "求下列各数的和：3、5、7", "把下列数加起来：3、5、7", "这些数的积是多少：2、3、4": the list comes
# after the colon; it is read as "3、5、7的和是多少".
_ZH_LIST_FOLD = re.compile(
    r"^(?:请)?\s?(?:求出?|计算|算出?|把|将)?\s?(?:下列|下面|以下|这些|这几个)(?:各)?(?:个)?(?:数字|数)"
    r"\s?(?:(?P<sum>加起来|相加|的和|之和|的总和)|(?P<prod>相乘|乘起来|的积|之积|的乘积)"
    r"|(?P<mean>的平均数|的平均值))\s?(?:是|等于)?\s?(?:多少|几)?\s?[:：]\s?"
    r"(?P<list>[-−\d][\d.,、，和与 -]{0,400}?)"
    # the request may be asked again after the list: "…：8、29、21、3，积是多少？"
    r"(?:[，,]\s?(?P<again>结果|和|总和|积|乘积|平均数|平均值)\s?(?:是|等于)\s?(?:多少|几))?[?？]?$")
_ZH_AGAIN = {"和": "sum", "总和": "sum", "积": "prod", "乘积": "prod", "平均数": "mean",
             "平均值": "mean"}
# "20、12、7、11、8 这几个数的乘积", "…相乘的结果", "…相加等于多少": the list's own function
# ("把…加起来" is read by the grammar itself).
_ZH_LIST_NOUN = re.compile(r"(?<=\d)\s?这(?:几|些|两|三|四|五)个?数(?:字)?(?=\s?的)")
_ZH_LIST_VERB = re.compile(
    r"(?<=\d)\s?(?:(?P<prod>相乘)|(?P<sum>相加))\s?"
    r"(?:的结果|的得数)?\s?(?:是|等于)?\s?(?:多少|几)?\s?[?？]?$")


def _zh_list_fold(match: re.Match[str]) -> str:
    op = "和" if match.group("sum") else "积" if match.group("prod") else "平均数"
    again = match.group("again")
    if again and again != "结果" and _ZH_AGAIN[again] != (
            "sum" if op == "和" else "prod" if op == "积" else "mean"):
        return match.group(0)  # "把这几个数乘起来：…，和是多少" asks two things
    return f"{match.group('list').rstrip(' ，,')}的{op}是多少"


def _zh_list_verb(match: re.Match[str]) -> str:
    return f"的{'积' if match.group('prod') else '和'}是多少"


_EN_FILLER_TAIL = re.compile(
    r"(?:,\s*|\s)(?:please|pls|for\s+me|thanks|thank\s+you|exactly|precisely)[.!]?$",
    re.IGNORECASE)
# "… as a fraction", "… as a decimal", "convert … to a decimal": the form of the answer. The
# value is exact either way; with one of these a lone number is a question ("0.125 as a
# fraction" is 1/8).
_EN_CONVERT_TAIL = re.compile(
    r"(?:,\s|\s)(?:(?:and\s)?(?:give|write|express|leave|state)\s(?:me\s)?(?:the|your)\s"
    r"(?:final\s)?(?:answer|result)\s"
    # "… and give it as a fraction": the exact form only ("give it as a decimal" may round)
    r"|(?:and\s)?(?:give|write|express|leave)\s(?:me\s)?it\s(?=(?:as|in)\s(?:an?\s)?(?:exact\s"
    r"|simplified\s|reduced\s|common\s)?(?:fraction|lowest|simplest)))?(?:expressed\s|written\s)?"
    r"(?:(?:as|to|into)\s(?:a\s)?decimal(?:\snumber)?"
    r"|in\sdecimal\sform|(?:as|to|into)\san?\s(?:exact\s|simplified\s|reduced\s|common\s"
    r"|improper\s)?fraction|in\s(?:lowest|simplest)\s(?:terms|form)"
    r"|in\s(?:exact\s)?(?:simplified\s|simplest\s)?(?:radical|surd)\sform|in\sexact\sform"
    # "What is 6 over 8 simplified?": an exact value is simplified already
    r"|(?:fully\s)?(?:simplified|reduced))$",
    re.IGNORECASE)
_EN_TRAIL = re.compile(
    r"(?<![A-Za-z])(?P<eq>={1,3}|equals?(?:\s+to)?|is\s+equal\s+to|makes?|comes?\s+to|gives?"
    r"|(?:works?|comes?)\s+out\s+to"
    r"|adds?\s+up\s+to|sums?\s+(?:up\s+)?to|totals?(?:\s+to)?"
    r"|would\s+be|will\s+be|is|be)(?P<what>\s*what)?$",
    re.IGNORECASE)
# "… added together", "… in total": the numbers before it are summed (a list or an addition).
_EN_SUMMING_TAIL = re.compile(
    r"(?:,\s)?(?:all\s)?(?:added\s(?:together|up)|together|altogether|combined|in\s(?:total|all))$",
    re.IGNORECASE)
_EN_LEAD = re.compile(
    r"(?:(?:please|pls|ok(?:ay)?|hey|hi|hello|yo|so|now|um|quick\s+(?:question|one|q|math|maths))"
    r"[,:!]?\s)*"
    r"(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?|(?:please\s+)?help\s+me\s+"
    r"|i(?:\s+need|\s+want|\s+would\s+like|'d\s+like)\s+(?:you\s+)?to\s+|let's\s+)?"
    r"(?:(?P<embed>(?:tell\s+me|show\s+me|let\s+me\s+know|(?:do\s+you\s+)?know"
    r"|(?:do\s+)?(?:you|u|ya)\s+know|i\s+wonder|i'm\s+wondering|i\s+am\s+wondering|find\s+out"
    r"|work\s+out|figure\s+out)"
    r"\s+what(?P<asked>\s+is|'s)?)"
    r"|(?P<ask>what\s+number\s+is|what\s+is|what's|whats|what\s+does|what\s+would|what\s+will|how\s+much\s+is"
    r"|how\s+much\s+does|how\s+much\s+would|tell\s+me|give\s+me|give|show\s+me|i\s+need"
    r"|i(?:\s+would|'d)\s+like"
    r"|(?:what|how\s+much)\s+do\s+(?:you|i|we)\s+get\s+(?:when|if)\s+(?:you|i|we)"
    r"|what\s+is\s+the\s+result\s+when\s+you"
    r"|what\s+happens\s+(?:when|if)\s+you"
    r"|what\s+(?:number|result)\s+do\s+you\s+get\s+(?:when|if)\s+you"
    r"|i\s+want\s+to\s+know|i(?:'d|\s+would)\s+like\s+to\s+know"
    r"|what\s+do|what\s+are|how\s+much\s+do|how\s+much\s+are)"
    r"|(?P<verb>calculate|compute|evaluate|work\s+out|figure\s+out|find|determine|simplify"
    r"|reduce|express|solve|raise|convert|change|turn|rewrite|write))?(?![A-Za-z'])\s?[:：]?\s?"
    r"(?:the\s+(?:(?P<exact>exact|precise|numerical|numeric)\s+|final\s+|correct\s+)?"
    r"(?:(?P<value>value)|result|answer)\s+(?:of|to|for)\s+)?"
    r"(?:the\s+(?:following\s+)?expression\s?[:：]?\s?|the\s+following\s?[:：]\s?)?",
    re.IGNORECASE)
# Trailers that sum what comes before them: "what do 3, 5 and 7 add up to?"
_SUM_TRAILERS = frozenset({"add up to", "adds up to", "sum to", "sums to", "sum up to",
                           "sums up to", "total", "totals", "total to", "totals to"})
# "Please add 3 and 5", "Could you multiply 6 by 7": politeness before an imperative verb.
_EN_POLITE_IMPERATIVE = re.compile(
    r"(?:(?:please|ok(?:ay)?|hey|so|now)[,:!]?\s)*(?:(?:can|could|would|will)\syou\s(?:please\s)?"
    r"|please\s)(?=(?:add|subtract|multiply|divide|sum|total)(?![A-Za-z]))",
    re.IGNORECASE)
_EN_REMAINDER_YOU = re.compile(
    r"(?P<lead>remainder)\s(?:when|if|after)\s(?:you|we|i|one)\sdivide\s(?P<a>[^?]{1,200}?)\sby\s"
    r"(?P<b>[^?]{1,200}?)(?=\??$)", re.IGNORECASE)
# "What remainder do you get dividing 428 by 9?": the remainder asked first, then the division
_EN_REMAINDER_DIVIDING = re.compile(
    r"what\sremainder\s(?:do|does|will|would)\s(?:you|i|we|one)\s(?:get|have)\s(?:when\s|if\s"
    r"|after\s|by\s|from\s)?dividing\s(?P<a>[^?]{1,200}?)\sby\s(?P<b>[^?]{1,200}?)(?=\??$)"
    # "What remainder do you get when 7894 is divided by 84?"
    r"|what\sremainder\s(?:do|does|will|would)\s(?:you|i|we|one)\s(?:get|have)\s(?:when|if)\s"
    r"(?P<a2>[^?]{1,200}?)\sis\sdivided\sby\s(?P<b2>[^?]{1,200}?)(?=\??$)",
    re.IGNORECASE)
# "If you add 17 and 25, what do you get?": the body must be an imperative ("add …", "divide
# … by …", "add up …"), which the grammar reads as a whole-question form.
_PART = r"(?:[^,?]|,(?=\d{3}))"  # a clause; a comma only inside a number ("57,908")
_EN_REMAINDER_LATER = re.compile(
    rf"(?:(?:when|if)\s(?P<when>(?:(?:you|i|we)\sdivide\s{_PART}{{1,80}}?\sby|{_PART}{{1,80}}?\sis\sdivided"
    rf"\sby)\s{_PART}{{1,40}}?),?\s(?:(?:what(?:'s|\sis|\swill\sbe|\swould\sbe)|find|give\sme"
    rf"|tell\sme)\sthe\sremainder|what(?:'s|\sis)\s(?:left\sover|the\sremainder\sleft\sover)"
    # "When you divide 10,497 by 5, what remainder do you get?", "If I divide 6,155 by 24,
    # what remainder is left over?"
    rf"|what\sremainder\s(?:do|does|will|would)\s(?:you|i|we|it|that)\s(?:get|have|leave|give)"
    rf"|what\sremainder\s(?:is|will\sbe|would\sbe)\sleft(?:\sover)?)"
    rf"|(?P<divided>{_PART}{{1,80}}?)\sdivided\sby\s(?P<by>{_PART}{{1,40}}?)"
    r"\sleaves\swhat\s(?:remainder|is\sleft\sover))"
    # "… what's left over? Just the remainder, please." says again what is asked
    r"(?:\?\s(?:just|only)\sthe\sremainder(?:,?\splease)?\.?)?",
    re.IGNORECASE)
_EN_IF_YOU = re.compile(
    r"if\s(?:you|i|we)\s(?P<body>(?:add|subtract|multiply|divide|sum|add\sup)\s.{1,400}?)"
    r"(?:,\s|\s)(?:what\s(?:do|would|will)\s(?:you|i|we)\s(?:get|end\sup\swith|have)"
    r"|what\sis\sthe\s(?:result|answer)|what's\sthe\s(?:result|answer)"
    r"|what\s(?:number|result)\s(?:do|would|will)\s(?:you|i|we)\sget)",
    re.IGNORECASE)
# Which trailers each kind of lead-in needs ("" = no trailer).
_DOES_TRAILERS = frozenset({"equal", "equal to", "make", "come to", "give", "work out to",
                           "come out to", *_SUM_TRAILERS})
_WOULD_TRAILERS = frozenset({"be", "equal", "equal to", "make", "come to", "give", "work out to",
                             "come out to",
                             *_SUM_TRAILERS})
_EMBED_TRAILERS = frozenset({"is", "equals", "equals to", "is equal to", "makes", "comes to",
                             "works out to", "comes out to", "gives", "would be", "will be",
                             *_SUM_TRAILERS})
_EXPLICIT_TRAILERS = frozenset({"=", "==", "===", "equal", "equals", "equal to", "equals to",
                                "is equal to"})
_ZH_TRAIL = re.compile(
    r"\s*(?P<eq>(?:(?:的|[,，]\s*)\s*(?:精确)?(?:结果|值|答案)\s*|[,，]\s*(?:最后|最终)?\s*)?"
    r"(?:(?:等于|是|得|为|得到|剩|剩下)\s*(?:多少钱|多少|几|什么)"
    r"|等于|={1,3})|的\s*(?:精确)?(?:结果|值|答案)(?:\s*(?:是|为))?)\s*(?:呢|啊|呀)?\s*$")
# "3、5和7加起来是多少", "1.2加3.4一共是多少": the numbers before it are summed.
_ZH_SUMMING_TAIL = re.compile(r"(?:(?:全部|都|全)?加(?:起来|在一起)|一共|总共|合计|共计|总计)$")
_ZH_REMAINDER_TRAIL = re.compile(
    r"(?:\s?[，,]\s?)?余\s?(?:数\s?)?(?:是|为|等于)?\s?(?:多少|几)(?:呢|啊|呀)?$")
# "把 √8 化成最简二次根式", "√72 化简": the value, written exactly (roots are kept as surds).
_ZH_SIMPLIFY_TAIL = re.compile(
    r"\s?(?:化简|(?:化成|化为|写成)最简(?:二次)?根式)\s?(?:(?:的结果)?(?:是|等于)(?:多少|什么))?$")
_ZH_TAKE = re.compile(r"^(?:请)?\s?(?:把|将)\s?")
# "517被8除以后余多少": A divided by B ("被8整除" asks whether it divides, and stays).
_ZH_PASSIVE_DIVIDE = re.compile(
    r"(?P<a>\d[\d,]*(?:\.\d+)?)\s?被\s?(?P<b>\d[\d,]*(?:\.\d+)?)\s?除(?:以后|之后|后)?(?=\s?[，,]?\s?余)")
# "3220对22取模": 3220 mod 22
_ZH_TAKE_MOD = re.compile(r"(?P<a>\d[\d,]*)\s?对\s?(?P<b>\d[\d,]*)\s?取模(?:运算)?(?:的结果)?")
_ZH_LEAD = re.compile(
    r"(?:请问|请你|请|麻烦你|麻烦|劳驾)?\s?(?:你\s?)?(?P<can>能不能|可不可以|能|可以)?\s?"
    r"(?:帮我|帮忙|给我)?\s?(?:(?P<verb>计算(?:一下)?|算(?:出|一下|一算|算)?|求(?:出|一下)?|化简)"
    r"|告诉我)?\s?(?:(?:下列|下面|以下)的?(?:算式|式子|表达式|题目?))?\s?[:：]?\s?")
# "7725 加 384 再减去 2040": "then" between two operations adds nothing.
_ZH_THEN = re.compile(
    r"[,，]?\s?(?:然后再?|接着再?|再)\s?(?:把\s?(?:结果|得数|它)\s?)?(?=加|减|乘|除)")
# "先把13乘以5，再减去9", "先算 25 乘以 39，再…", "用783减去83，然后…": "first" before the steps
# that follow in order, and "use A" for the number a step starts from.
_ZH_FIRST = re.compile(r"^(?:请)?\s?(?:先\s?(?:算|计算|把|用)?|用)\s?(?=\d)")
# Three or more numbers glued by "/" or "-" anywhere ("1/1/2000 plus 1", "555-123-4567"):
# a date or a phone number, never an unspaced chain of divisions to evaluate.
_DATE_LIKE = re.compile(r"(?<![\d.])\d+(?:[-/]\d+){2,}(?![\d.])")
_HYPHENATED = re.compile(r"\d+-\d+")
_SLASHED = re.compile(r"\d+/\d+")


_TRAILING = " ?.。"  # stripped with str.rstrip: a regex "[…]+$" is quadratic on long runs


@dataclass(frozen=True, slots=True)
class _Core:
    text: str
    explicit: bool  # "calculate", "= ?", "等于多少": an explicit request to compute
    summing: bool = False  # "add up to", "added together", "加起来": a sum of what is left
    converted: bool = False  # "as a fraction", "to a decimal": a lone number is a question
    decimal: bool = False  # "as a decimal", "in decimal form"
    sequential: bool = False  # "3加5，再乘以2": done in the order said, not by precedence


_ZH_THESE_NUMBERS = re.compile(
    r"\s*[，,]\s*(?:这|以上|上面)(?:几|些|[两三四五六七八九十])个数(?:字)?(?=的(?:和|总和|积|乘积)(?!的))")


def _unwrap(text: str, language: str) -> _Core:
    text = text.rstrip(_TRAILING)
    if language == "zh":
        text = _ZH_PASSIVE_DIVIDE.sub(r"\g<a>除以\g<b>", text)
        text = _ZH_TAKE_MOD.sub(r"\g<a>模\g<b>", text)
        if text.endswith(("吗", "么")) and (polite := _ZH_LEAD.match(text)) and polite.group("can"):
            text = text[:-1].rstrip(_TRAILING)  # "你能帮我算一下3加5吗": the 吗 asks for help
        # "149、181、62、36，这几个数的和是多少" names the numbers listed: their sum
        text = _ZH_THESE_NUMBERS.sub("", text)
        if remainder := _ZH_REMAINDER_TRAIL.search(text):  # 17除以4余几 -> 17除以4余数
            text = text[:remainder.start()] + "余数是多少"
        simplified = False
        if simplify := _ZH_SIMPLIFY_TAIL.search(text):
            text = _ZH_TAKE.sub("", text[:simplify.start()])
            simplified = True
        text, thens = _ZH_THEN.subn(" ", text)
        if thens:
            text = _ZH_FIRST.sub("", text)
        trail = _ZH_TRAIL.search(text)
        asked = bool(trail and trail.group("eq"))
        if trail:
            text = text[:trail.start()]
        text = text.rstrip(_TRAILING)
        summed = _ZH_SUMMING_TAIL.search(text, max(0, len(text) - 8))
        if summed:
            text = text[:summed.start()].rstrip()
        lead = _ZH_LEAD.match(text)
        ordered = bool(lead and lead.group("verb"))
        text = text[lead.end():] if lead else text
        if summed and text.startswith("把"):  # "把3、5和7加起来"
            text = text[1:]
        return _Core(text.strip(), explicit=asked or ordered or simplified,
                     summing=summed is not None, sequential=thens > 0)
    if conditional := _EN_IF_YOU.fullmatch(text):  # "If you divide 81 by 9, what do you get?"
        return _Core(conditional.group("body"), explicit=False)
    if polite := _EN_POLITE_IMPERATIVE.match(text):  # "Could you add 45 and 55?"
        text = text[polite.end():]
    # "When 57,908 is divided by 94, what's the remainder?", "57908 divided by 94 leaves what
    # remainder?": the question asked first, as the grammar reads it
    if later := _EN_REMAINDER_LATER.fullmatch(text):
        division = (later.group("when")
                    or f"{later.group('divided')} is divided by {later.group('by')}")
        text = f"what is the remainder when {division}"
    # "the remainder when you divide 100 by 7" reads like "when 100 is divided by 7"
    text = _EN_REMAINDER_YOU.sub(r"\g<lead> when \g<a> is divided by \g<b>", text)
    text = _EN_REMAINDER_DIVIDING.sub(
        lambda m: f"what is the remainder when {m.group('a') or m.group('a2')} is divided by "
                  f"{m.group('b') or m.group('b2')}", text)
    # Politeness at the end ("…, please", "… for me") says nothing about the expression.
    while filler := _EN_FILLER_TAIL.search(text, max(0, len(text) - 40)):
        text = text[:filler.start()].rstrip(_TRAILING + ",")
    converted, decimal = False, False
    for _ in range(2):  # "0.75 as a fraction in lowest terms"
        form = _EN_CONVERT_TAIL.search(text, max(0, len(text) - 40))
        if form is None:
            break
        text = text[:form.start()].rstrip(_TRAILING + ",")
        converted, decimal = True, decimal or "decimal" in form.group().lower()
        while filler := _EN_FILLER_TAIL.search(text, max(0, len(text) - 40)):
            text = text[:filler.start()].rstrip(_TRAILING + ",")
    summing = False
    trail = _EN_TRAIL.search(text, max(0, len(text) - 24))
    eq = _SPACE.sub(" ", trail.group("eq").lower()) if trail else ""
    what = bool(trail and trail.group("what"))
    if trail:
        text = text[:trail.start()].rstrip(_TRAILING + ",")
        summing = eq in _SUM_TRAILERS
    elif adverb := _EN_SUMMING_TAIL.search(text, max(0, len(text) - 24)):
        text = text[:adverb.start()].rstrip(_TRAILING + ",")
        summing = True
    lead = _EN_LEAD.match(text)
    # "Tell me what is 3 + 4" asks directly, like "what is"; "tell me what 3 + 4 is" embeds
    embed = bool(lead and lead.group("embed") and not lead.group("asked"))
    ask = _SPACE.sub(" ", (lead.group("ask") or "").lower()) if lead else ""
    # "the exact value of 22/7" asks for a number as plainly as "calculate" does
    verb = bool(lead and (lead.group("verb") or (lead.group("value") and lead.group("exact"))))
    if lead:
        text = text[lead.end():]
    if embed:
        paired = eq in _EMBED_TRAILERS and not what
    elif ask.endswith(("does", "do")):
        paired = eq in _DOES_TRAILERS and not what
    elif ask.endswith(("would", "will")):
        paired = eq in _WOULD_TRAILERS and not what
    elif ask.endswith("are"):  # "what are 3 and 5 added together"
        paired = summing and eq == ""
    elif eq == "" or eq in _EXPLICIT_TRAILERS:
        paired = True
    else:  # "is what", "makes what" read as a question; a bare "2+2 is" / "2+2 makes" not
        paired = what and eq in ("is", "makes", "comes to", "gives", *_SUM_TRAILERS)
    if not paired:
        raise _Reject("the question's opening and ending do not pair up "
                      "(e.g. 'what does … equal', 'tell me what … is')")
    return _Core(text.strip(), explicit=verb or converted or eq in _EXPLICIT_TRAILERS,
                 summing=summing, converted=converted, decimal=decimal)


_EN_WHAT_PERCENT = re.compile(
    r"(?:(?:please|so|ok|okay|hey)[,:]?\s)?(?:what\s(?:percent(?:age)?|%)\sof\s(?P<whole>[^?]{1,80}?)"
    r"\s(?:is|are)\s(?P<part>[^?]{1,80}?)|(?P<part2>[^?]{1,80}?)\sis\swhat\s(?:percent(?:age)?|%)"
    r"\sof\s(?P<whole2>[^?]{1,80}?))",
    re.IGNORECASE)
_ZH_WHAT_PERCENT = re.compile(
    r"(?:请问)?\s?(?:(?P<part>[^？?]{1,40}?)\s?(?:是|占)\s?(?P<whole>[^？?]{1,40}?)\s?的\s?百分之几"
    r"|(?P<whole2>[^？?]{1,40}?)\s?的\s?百分之几\s?(?:是|等于)\s?(?P<part2>[^？?]{1,40}?))"
    r"(?:呢)?")


# Sums of consecutive integers or of an arithmetic progression: "the sum of the integers from 1
# to 100", "1 + 2 + 3 + ... + 100", "从1加到100", "1到100的和". Read as (first + last) × count ÷ 2.
_SERIES_BOUND = r"\d{1,9}"
_EN_RANGE_SUM = re.compile(
    r"(?:(?:please\s)?(?:what\sis|what's|whats|find|calculate|compute|work\sout|determine|give\sme"
    r"|tell\sme)\s)?(?:the\s)?(?:sum|total)\sof\s(?:all\s)?(?:the\s)?(?:(?:positive\s)?integers"
    r"|whole\snumbers|natural\snumbers|numbers)\sfrom\s"
    rf"(?P<a>{_SERIES_BOUND})\s(?:to|through|thru|up\sto)\s(?P<b>{_SERIES_BOUND})"
    r"(?:\s?,?\s?\(?(?:both\s)?inclusive(?:ly)?\)?)?"
    r"|(?:please\s)?(?:add\s(?:up\s)?|sum\s(?:up\s)?)(?:all\s)?(?:the\s)?(?:(?:positive\s)?integers"
    r"|whole\snumbers|natural\snumbers|numbers)\sfrom\s"
    rf"(?P<a2>{_SERIES_BOUND})\s(?:to|through|thru|up\sto)\s(?P<b2>{_SERIES_BOUND})"
    r"(?:\s?,?\s?\(?(?:both\s)?inclusive(?:ly)?\)?)?",
    re.IGNORECASE)
# "1 + 2 + 3 + ... + 100" (the first two or three terms fix the step)
_SERIES = re.compile(
    rf"(?P<t1>{_SERIES_BOUND})\s?\+\s?(?P<t2>{_SERIES_BOUND})\s?\+\s?"
    rf"(?:(?P<t3>{_SERIES_BOUND})\s?\+\s?)?(?:\.\.\.|…|⋯|……|\.\.\.\.)\s?\+\s?(?P<last>{_SERIES_BOUND})")
_EN_SERIES_WRAP = re.compile(
    r"(?:(?:please\s)?(?:what\sis|what's|whats|find|calculate|compute|evaluate|work\sout"
    r"|determine)\s)?(?:the\s(?:value|sum)\sof\s)?(?P<series>[\d\s+.…⋯]{5,80}?)"
    r"(?:\s?=\s?\??|\s?equals\s?\??)?", re.IGNORECASE)
_ZH_RANGE_SUM = re.compile(
    r"(?:请问|请)?\s?(?:计算|求出?|算一下|算出)?\s?(?:从\s?)?(?P<a>\d{1,9})\s?(?:加到|一直加到|连加到)\s?"
    r"(?P<b>\d{1,9})\s?(?:的和)?\s?(?:等于|是|得|为)?\s?(?:多少|几)?"
    r"|(?:请问|请)?\s?(?:计算|求出?|算一下|算出)?\s?(?:从\s?)?(?P<a2>\d{1,9})\s?(?:到|至)\s?(?P<b2>\d{1,9})"
    r"\s?(?:之间)?\s?(?:的)?\s?(?:所有)?\s?(?:的)?\s?(?:整数|自然数|数)?\s?(?:的和|之和|的总和|相加的和|加起来)"
    r"\s?(?:等于|是|为)?\s?(?:多少|几)?"
    r"|(?:请问|请)?\s?(?:计算|求出?|算一下|算出)?\s?(?P<series>[\d\s+.…⋯]{5,80}?)\s?(?:=|等于)?\s?(?:多少|几|\?)?")
MAX_SERIES_TERMS = 10**9


def _series_sum(first: int, step: int, last: int) -> Expression:
    if step <= 0 or last < first or (last - first) % step:
        raise _Reject("the terms do not run up to the last one in equal steps")
    count = (last - first) // step + 1
    if count < 3 or count > MAX_SERIES_TERMS:
        raise _Reject("a series needs 3 to 10^9 terms")

    def number(value: int) -> Number:
        return Number(text=str(value), numerator=value)

    pair = BinaryOp(op="add", left=number(first), right=number(last))
    return BinaryOp(op="div", left=BinaryOp(op="mul", left=pair, right=number(count)),
                    right=number(2))


def _range_sum(text: str, language: str) -> Expression | None:
    """The sum of an arithmetic progression the question spells out whole, or None."""
    core = text.rstrip(_TRAILING + "？")
    match = (_ZH_RANGE_SUM if language == "zh" else _EN_RANGE_SUM).fullmatch(core)
    series_text: str | None = None
    if match is None and language != "zh":
        wrapped = _EN_SERIES_WRAP.fullmatch(core)
        series_text = wrapped.group("series").strip() if wrapped else None
    elif match is not None and match.groupdict().get("series") is not None:
        series_text = match.group("series").strip()
    if series_text is not None:
        series = _SERIES.fullmatch(series_text)
        if series is None:
            return None
        first, second, last = (int(series.group(k)) for k in ("t1", "t2", "last"))
        step = second - first
        if series.group("t3") is not None and int(series.group("t3")) - second != step:
            raise _Reject("the first terms are not equally spaced")
        if series.group("t3") is None and step != 1:
            raise _Reject("two terms with a step other than 1 do not show the pattern")
        return _series_sum(first, step, last)
    if match is None:
        return None
    a = match.group("a") or match.group("a2")
    b = match.group("b") or match.group("b2")
    return _series_sum(int(a), 1, int(b))


def _percent_of_what(text: str, language: str) -> Expression | None:
    """ "What percent of 80 is 12?", "12 is what percentage of 80?", "12是80的百分之几": the
    part over the whole, times 100 (15). Each side must be exactly one operand."""
    pattern = _ZH_WHAT_PERCENT if language == "zh" else _EN_WHAT_PERCENT
    match = pattern.fullmatch(text.rstrip(_TRAILING + "？"))
    if match is None:
        return None
    part, whole = match.group("part") or match.group("part2"), (
        match.group("whole") or match.group("whole2"))
    ratio = BinaryOp(op="div", left=_operand(_tokenize(part, language)),
                     right=_operand(_tokenize(whole, language)))
    return BinaryOp(op="mul", left=ratio, right=Number(text="100", numerator=100))


# "250 increased by 20%", "decrease 80 by 25%", "20% more than 250", "80减少25%后是多少": a
# percentage change of one operand. Both sides must be exactly one operand each.
_CHANGE_LEAD = (r"(?:(?:please|so|ok|okay|hey)[,:]?\s)?(?:(?:what\sis|what's|whats|what\snumber\sis"
                r"|what\sdo\syou\sget\sif\syou|what\sdo\syou\sget\swhen\syou|calculate|compute"
                r"|find|work\sout|determine|give\sme|tell\sme)\s)?")
_UP_WORDS = r"increase[ds]?|raise[ds]?|grow(?:s|n)?|mark(?:ed)?\sup|mark\s\S+\sup|go(?:es)?\sup"
_DOWN_WORDS = (r"decrease[ds]?|reduce[ds]?|lower(?:ed|s)?|cut|discount(?:ed|s)?"
               r"|mark(?:ed)?\sdown|drop(?:ped|s)?|go(?:es)?\sdown")
_PERCENT_AMOUNT = r"(?P<rate>[^?%]{1,40}?)\s?(?:%|\spercent|\sper\scent)"
_EN_PERCENT_CHANGE = re.compile(
    _CHANGE_LEAD + r"(?:if\s)?(?:"
    rf"(?P<base>[^?]{{1,60}}?)\s(?:(?:is|gets|when)\s)?(?P<verb>{_UP_WORDS}|{_DOWN_WORDS})"
    rf"\sby\s{_PERCENT_AMOUNT}"
    rf"|(?P<verb2>{_UP_WORDS}|{_DOWN_WORDS})\s(?P<base2>[^?]{{1,60}}?)\sby\s"
    + _PERCENT_AMOUNT.replace("rate", "rate2") +
    r"|" + _PERCENT_AMOUNT.replace("rate", "rate3") +
    r"\s(?:(?P<more>more|greater|higher|larger|less|lower|smaller)\sthan|(?P<off>off))"
    r"\s(?P<base3>[^?]{1,60}?))"
    r"(?:\s?,?\s(?:what\sis|what's|what\swould\sbe|what\swill\sbe)\sthe\s(?:result|new\s(?:value|number"
    r"|amount|total)|answer|final\s(?:value|number|amount))|\s?,?\swhat\sdo\syou\sget)?",
    re.IGNORECASE)
_ZH_PERCENT_CHANGE = re.compile(
    r"(?:请问|请)?\s?(?:计算|求出?|算一下|算出)?\s?(?:把|将)?\s?(?P<base>[^？?%]{1,40}?)\s?"
    r"(?P<verb>增加|提高|增长|上涨|减少|降低|下降|下调|上调)(?:了)?\s?"
    r"(?:(?P<rate>[^？?%]{1,40}?)\s?%|百分之\s?(?P<rate2>[^？?%]{1,40}?))"
    r"\s?(?:后|以后|之后)?\s?(?:的(?:结果|值|数))?\s?(?:是|等于|为|得)?\s?(?:多少|几)?(?:呢)?")
_ZH_DOWN = frozenset({"减少", "降低", "下降", "下调"})


def _percent_change(text: str, language: str) -> Expression | None:
    """A base raised or lowered by a percentage: base × (100 ± rate) ÷ 100, or None."""
    pattern = _ZH_PERCENT_CHANGE if language == "zh" else _EN_PERCENT_CHANGE
    match = pattern.fullmatch(text.rstrip(_TRAILING + "？"))
    if match is None:
        return None
    groups = match.groupdict()
    base = groups.get("base") or groups.get("base2") or groups.get("base3")
    rate = groups.get("rate") or groups.get("rate2") or groups.get("rate3")
    assert base is not None and rate is not None
    if language == "zh":
        down = groups["verb"] in _ZH_DOWN
    else:
        word = (groups.get("verb") or groups.get("verb2") or groups.get("more")
                or groups.get("off") or "").lower()
        down = bool(re.match(_DOWN_WORDS + r"|less|lower|smaller|off", word))
    base_node = _operand(_tokenize(base, language))
    rate_node = _operand(_tokenize(rate, language))
    hundred = Number(text="100", numerator=100)
    factor = BinaryOp(op="sub" if down else "add", left=hundred, right=rate_node)
    return BinaryOp(op="div", left=BinaryOp(op="mul", left=base_node, right=factor),
                    right=hundred)


# A decimal point or a thousands separator inside a number ("2.5", "36,603"), which the
# punctuation between steps is not.
_IN_NUMBER = r"(?<=\d)\.(?=\d)|(?<=\d),(?=\d{3}(?!\d))"
_STEP_PART = rf"(?:[^,;.]|{_IN_NUMBER})"  # a piece of one step
_STEP_PART_BEFORE_ASK = rf"(?:[^,;.?]|{_IN_NUMBER})"
_BREAK = rf"(?!{_IN_NUMBER})"  # punctuation that ends a step
# "Take 50, multiply it by 3, then subtract 20": operations on a running number, done in the
# order they are said (never by precedence). Every step is one operation on one operand.
_STEP_START = re.compile(
    r"(?:(?:please|so|ok|okay|hey)[,:]?\s)?(?:(?:take|start\swith|begin\swith|start\sfrom"
    r"|think\sof)\s(?:the\snumber\s)?)(?P<first>" + _STEP_PART + r"{1,40}?)"
    r"(?:\s?" + _BREAK + r"[,;.]\s?|\s(?=and\s(?:then\s)?"
    r"(?:add|plus|subtract|minus|take\saway|multiply|times|divide|double|halve|square)\b))",
    re.IGNORECASE)
# "Calculate 2 raised to the power 4, then subtract 5.": a request for a value, then a step on
# it; "then" must follow the comma, so the steps are said in order.
_STEP_CALCULATE = re.compile(
    r"(?:please\s)?(?:calculate|compute|work\sout|evaluate|find)\s"
    r"(?P<first>" + _STEP_PART_BEFORE_ASK + r"{1,60}?)\s?" + _BREAK + r",\s?"
    r"(?:and\s)?(?=then\s)", re.IGNORECASE)
_STEP = re.compile(
    r"(?:and\s)?(?:then\s)?(?:(?P<add>add|plus)\s(?P<a>" + _STEP_PART + r"{1,40}?)(?:\sto\sit)?"
    r"|(?P<sub>subtract|minus|take\saway)\s(?P<s>" + _STEP_PART + r"{1,40}?)(?:\sfrom\sit)?"
    r"|(?P<mul>multiply|times)\s(?:it\s|that\s|the\sresult\s)?(?:by\s)?"
    r"(?P<m>" + _STEP_PART + r"{1,40}?)"
    r"|(?P<div>divide)\s(?:it\s|that\s|the\sresult\s)?by\s(?P<d>" + _STEP_PART + r"{1,40}?)"
    # "Multiply 32 by 20, then by 28.": the multiplication or division before, again
    r"|by\s(?P<again>" + _STEP_PART + r"{1,40}?)"
    r"|(?P<dbl>double\sit|double\sthat|double\sthe\sresult)"
    r"|(?P<half>halve\sit|halve\sthat|halve\sthe\sresult)"
    r"|(?P<sq>square\sit|square\sthat|square\sthe\sresult))"
    r"\s?(?:" + _BREAK + r"[,;.]\s?|$)", re.IGNORECASE)
_STEP_QUESTION = re.compile(
    r"(?:what\s(?:do\syou|would\syou|will\syou|do\si|would\si|do\swe)\s(?:get|end\sup\swith|have)"
    r"|what(?:\sis|'s)\sthe\s(?:result|answer|final\s(?:number|result|answer|value))"
    r"|what\s(?:number|value|result)\s(?:do|would|will)\s(?:you|i|we)\s(?:get|end\sup\swith|have)"
    r"|what\sis\sleft)\s?\??$", re.IGNORECASE)
# An imperative, then the question as its own sentence: "Increase 220 by 10%. What number do
# you end up with?" reads as the imperative alone.
_EN_IMPERATIVE_THEN_ASK = re.compile(
    r"(?P<body>(?:please\s)?(?:add|subtract|multiply|divide|increase|decrease|reduce|raise|lower"
    r"|double|halve|square|sum|calculate|compute|evaluate|work\sout|find)\s[^?]{1,400}?)"
    r"\s?[.!;]\s(?:then\s)?" + _STEP_QUESTION.pattern, re.IGNORECASE)
MAX_STEPS = 20


# "Multiply 25 by 4 and then add 10", "What do you get if you add 5 to 7, then double it?": the
# first step is an imperative on two numbers; the rest go on from its result.
_STEP_ASK_FIRST = re.compile(
    r"(?:what|how\smuch)\s(?:do|would|will)\s(?:you|i|we)\s(?:get|end\sup\swith|have)\s(?:if|when)"
    r"\s(?:you|i|we)\s|what\s(?:is|'s)\sthe\s(?:result|answer)\s(?:if|when)\s(?:you|i|we)\s",
    re.IGNORECASE)
_FIRST_STEP = re.compile(
    r"(?:(?:can|could|would|will)\syou\s(?:please\s)?|please\s)?(?P<verb>add|subtract|multiply"
    r"|divide)\s(?P<body>" + _STEP_PART_BEFORE_ASK + r"{1,80}?)"
    r"(?:\s?[,;]\s(?:and\s)?then\s|\s(?:and\s)?then\s|\s?[,;]\s(?=(?:and\s)?(?:add|subtract"
    r"|multiply|divide|double|halve|square|take\saway)\s))", re.IGNORECASE)


def _step_by_step(text: str, language: str) -> Expression | None:
    """Operations said one after another on a running number, or None when not in that form."""
    if language != "en":
        return None
    start = _STEP_START.match(text)
    asked_first = _STEP_ASK_FIRST.match(text) if start is None else None
    if asked_first is not None:  # "What do you get if you take 16 cubed and subtract 57?"
        start = _STEP_START.match(text, asked_first.end())
    first = _FIRST_STEP.match(text, asked_first.end() if asked_first else 0) if (
        start is None) else None
    calculate = _STEP_CALCULATE.match(text) if start is None and first is None else None
    if calculate is not None:
        start = calculate  # the request asks for the value: no question need follow
    if start is None and first is None:
        return None
    rest = text[(start or first).end():].strip()  # type: ignore[union-attr]
    question = _STEP_QUESTION.search(rest)
    if question is not None:
        if asked_first is not None:
            return None  # asked twice
        rest = rest[:question.start()].strip()
    elif start is not None and asked_first is None and calculate is None:
        return None  # "Take 50, multiply by 3." says nothing is asked
    else:
        rest = rest.rstrip(_TRAILING + "?")
    if calculate is not None:  # a whole expression, ended by the comma
        node = _parse_tokens(_tokenize(calculate.group("first"), language))
    elif start is not None:
        node = _operand(_tokenize(start.group("first"), language))
    else:
        assert first is not None
        node = _imperative(first.group("verb").lower(), _tokenize(first.group("body"), language))
    pos, steps = 0, 0
    while pos < len(rest):
        step = _STEP.match(rest, pos)
        if step is None or step.end() == pos:
            raise _Reject("a step of the calculation is not one plain operation")
        pos = step.end()
        steps += 1
        if steps > MAX_STEPS:
            raise _Reject(f"more than {MAX_STEPS} steps")
        two = Number(text="2", numerator=2)
        if step.group("dbl"):
            node = BinaryOp(op="mul", left=node, right=two)
        elif step.group("half"):
            node = BinaryOp(op="div", left=node, right=two)
        elif step.group("sq"):
            node = BinaryOp(op="pow", left=node, right=two)
        elif step.group("again"):
            if not (isinstance(node, BinaryOp) and node.op in ("mul", "div")):
                raise _Reject("'by' after a step that is not a multiplication or division")
            value = _operand(_tokenize(step.group("again"), language))
            node = BinaryOp(op=node.op, left=node, right=value)
        else:
            op, operand = next((op, step.group(key)) for op, key in (
                ("add", "a"), ("sub", "s"), ("mul", "m"), ("div", "d")) if step.group(key))
            value = _operand(_tokenize(operand, language))
            node = BinaryOp(op=op, left=node, right=value)  # type: ignore[arg-type]
    if steps < 1:
        raise _Reject("no operation after the starting number")
    return node


def _levels(node: Expression) -> set[int]:
    """Precedence levels of the binary operators in an expression (1: + −, 2: × ÷ mod, …)."""
    if isinstance(node, BinaryOp):
        return {_PRECEDENCE[node.op]} | _levels(node.left) | _levels(node.right)
    if isinstance(node, UnaryOp):
        return _levels(node.operand)
    if isinstance(node, Fold):
        return {level for item in node.items for level in _levels(item)} | {0}
    return set()


def _left_to_right(node: Expression) -> bool:
    """True when precedence groups the operations in the order they are written (12 × 15 − 20),
    so reading them one after another gives the same value; not for 3 + 5 × 2."""
    while isinstance(node, BinaryOp) and node.op in ("add", "sub", "mul", "div", "mod"):
        if isinstance(node.right, BinaryOp) and node.right.op != "pow":
            return False
        node = node.left
    return True


def _identifier_shaped(core: _Core) -> str | None:
    """Why glued digits look like a date, phone or order number rather than a sum."""
    if _DATE_LIKE.search(core.text):
        return f"{core.text!r} looks like a date or an identifier"
    if core.explicit:
        return None
    if _HYPHENATED.fullmatch(core.text):
        return f"{core.text!r} looks like an identifier; ask to calculate it explicitly"
    if _SLASHED.fullmatch(core.text):  # 9/11, 24/7, 50/50, 20/20: dates and idioms
        return f"{core.text!r} looks like a date or an idiom; ask to calculate it explicitly"
    return None


# --------------------------------------------------------------------------- claims to check

# "Is 0.1 + 0.2 equal to 0.3?", "Does 2^10 equal 1000?", "True or false: 7 × 8 = 54",
# "0.1+0.2等于0.3吗": both sides are expressions (at least one with an operation; two plain
# numbers are the comparison solver's), the answer is yes or no, computed exactly.
_EN_REL = ("(?P<rel>not equal to|greater than or equal to|less than or equal to|equal to|equals"
           "|equal|the same as|greater than|bigger than|larger than|more than|less than"
           "|smaller than|==|!=|>=|<=|[=≠><≥≤])")
_EN_CLAIM_CHECK = re.compile(
    r"(?:(?:is\s(?:it\s)?true\sthat|true\sor\sfalse\s?[:,]?|check\s(?:if|whether)"
    r"|(?:can\syou\s)?(?:tell\sme|verify)\s(?:if|whether))\s(?P<left1>[^?]{1,200}?)\s?(?:is\s)?"
    + _EN_REL.replace("rel>", "rel1>") + r"\s?(?P<right1>[^?]{1,200}?)"
    r"|is\s(?P<left2>[^?]{1,200}?)\s?" + _EN_REL.replace("rel>", "rel2>")
    + r"\s?(?P<right2>[^?]{1,200}?)"
    r"|does\s(?P<left3>[^?]{1,200}?)\s(?P<rel3>equal)\s(?P<right3>[^?]{1,200}?))"
    r"(?:\s?,?\s(?:yes\sor\sno|true\sor\sfalse))?", re.IGNORECASE)
_ZH_CLAIM_CHECK = re.compile(
    r"(?:请)?(?:判断|验证)?(?:一下)?\s?[:：]?\s?(?P<left>[^？?]{1,200}?)\s?(?:是否|是不是)?\s?"
    r"(?P<rel>大于等于|小于等于|不等于|大于|小于|等于)\s?(?P<right>[^？?]{1,200}?)\s?"
    r"(?:吗|对吗|对不对|是真的吗|成立吗)?")


def _plain_number(node: Expression) -> bool:
    """A number as the comparison solver reads it: 0.5, -3, 1/3."""
    if isinstance(node, UnaryOp) and node.op == "neg":
        node = node.operand
    return isinstance(node, Number) or (
        isinstance(node, BinaryOp) and node.op == "div" and isinstance(node.left, Number)
        and isinstance(node.right, Number))


# A reported result to check: "My calculator says 5,343 × 60 = 320,580. Is that right?", "I got
# 7/12 for 1/3 + 1/4 — is that correct?". Read as "Is 5,343 × 60 equal to 320,580?".
_EN_REPORTED = re.compile(
    CLAIMANT + r"(?P<left>[^=?!]{1,200}?)\s?=\s?(?P<right>[^=?!]{1,60}?)\s?[.,;:—–-]?\s"
    r"(?:so\s)?(?:(?:is|was)\s(?:that|this|it|he|she|they|my\s[a-z]+)\s(?:right|correct|true)"
    r"|am\si\s(?:right|correct)|(?:that'?s|is\sit)\s(?:right|correct)|right|correct|true"
    r"|does\s(?:that|this|it)\s(?:look|seem|sound)\s(?:right|correct))"
    r"(?:\s(?:or\s(?:not|wrong)|to\syou))?", re.IGNORECASE)


def _reported(text: str, language: str) -> str | None:
    """A reported result to check, as the claim "is LEFT equal to RIGHT"; or None."""
    if language != "en" or (found := _EN_REPORTED.fullmatch(text.rstrip(_TRAILING + "?"))) is None:
        return None
    return f"is {found.group('left').strip()} equal to {found.group('right').strip()}"


def _claim_check(text: str, language: str) -> ArithmeticProblem | None:
    """A yes/no claim about two expressions, or None when the text is not one."""
    core = text.rstrip(_TRAILING + "？")
    match = (_ZH_CLAIM_CHECK if language == "zh" else _EN_CLAIM_CHECK).fullmatch(core)
    if match is None:
        return None
    groups = {key[:-1] if key[-1].isdigit() else key: value
              for key, value in match.groupdict().items() if value is not None}
    relation = RELATION_WORDS[_SPACE.sub(" ", groups["rel"].lower())]
    try:
        sides = []
        for key in ("left", "right"):
            tokens = _tokenize(groups[key], language)
            if any(token.kind in ("morethan", "lessthan", "is", "when") for token in tokens):
                return None  # "5 less than 7 more than 2": which words are the relation?
            sides.append(_parse_tokens(tokens))
    except _Reject:
        return None
    if all(_plain_number(side) for side in sides):
        return None  # two plain numbers or fractions: the comparison solver reads those
    return ArithmeticProblem(expression=sides[0], relation=relation, right=sides[1])


# --------------------------------------------------------------------------- tidying

# Written forms of the same question: quotes around the expression ('What is "3 + 4"?'), a
# blank to fill after "=" ("12 × 7 = ___"), vulgar fractions ("1½"), and a note in brackets
# that only asks for the answer ("(exact answer)", "(no calculator)").
_QUOTED_EXPRESSION = re.compile(r"([\"“”'‘’])(?P<body>[\d\s+\-−*/×÷^().,%²³√]{3,200})[\"“”'‘’]")
_BLANK_AFTER_EQUALS = re.compile(r"=\s?(?:_{1,20}|…|\.{2,5}|\?{1,5}|\[\s?\]|\(\s?\))\s?$")
_VULGAR = {"½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5),
           "⅖": (2, 5), "⅗": (3, 5), "⅘": (4, 5), "⅙": (1, 6), "⅚": (5, 6), "⅛": (1, 8),
           "⅜": (3, 8), "⅝": (5, 8), "⅞": (7, 8)}
_VULGAR_RE = re.compile(r"(?P<whole>\d+)?(?P<part>[" + "".join(_VULGAR) + "])")
_ASKING_NOTE = re.compile(
    r"\s?\((?:the\s|an?\s)?(?:exact(?:ly)?|precise(?:ly)?|final|no\scalculator|without\sa\scalculator"
    r"|just\sthe\s(?:number|answer)|number\sonly|answer\sonly|exact\sanswer|exact\svalue"
    r"|please|pls|quick)(?:\s(?:answer|value|please|pls))?\)\s?(?=[.?!]?$)", re.IGNORECASE)


# "16! (factorial)": the note names the operator already written.
_NOTE_AFTER_FACTORIAL = re.compile(r"(?<=\d)!\s?\((?:the\s)?factorial\)", re.IGNORECASE)
# Chinese written forms of the same operators: "百分之20" is 20% wherever it stands ("240 乘以
# 百分之20"), and the arithmetic square root (算术平方根) is the principal one, which 平方根
# already means here.
_PERCENT_ZH = re.compile(r"百分之\s?(?P<rate>\d+(?:\.\d+)?)(?![\d.])")
_ARITHMETIC_ROOT_ZH = re.compile(r"算术\s?(?=平方根)")


def _vulgar(match: re.Match[str]) -> str:
    numerator, denominator = _VULGAR[match.group("part")]
    if match.group("whole"):
        return f"({match.group('whole')}+{numerator}/{denominator})"
    return f"({numerator}/{denominator})"


# Amounts in one unit added or subtracted ("4.5 kg plus 7.84 kg", "Subtract 1.8 cm from 84.4
# cm"): the sum is in the same unit, so the units are dropped -- only when every number carries
# the same unit and nothing but addition or subtraction joins them (a product of lengths is an
# area, a quotient has no unit, and "in cm" after metres converts). A note naming that unit
# ("(in metres)") goes with it.
_UNIT_NAMES = {
    "kg": ("kilogram", "kilograms"), "g": ("gram", "grams"), "mg": ("milligram", "milligrams"),
    "lb": ("pound", "pounds"), "lbs": ("pound", "pounds"), "oz": ("ounce", "ounces"),
    "km": ("kilometre", "kilometres", "kilometer", "kilometers"),
    "m": ("metre", "metres", "meter", "meters"),
    "cm": ("centimetre", "centimetres", "centimeter", "centimeters"),
    "mm": ("millimetre", "millimetres", "millimeter", "millimeters"),
    "ft": ("foot", "feet"), "mi": ("mile", "miles"),
    "L": ("litre", "litres", "liter", "liters"), "l": ("litre", "litres", "liter", "liters"),
    "ml": ("millilitre", "millilitres", "milliliter", "milliliters"),
    "mL": ("millilitre", "millilitres", "milliliter", "milliliters"),
}
_UNIT_WORD = "|".join(sorted({name for names in _UNIT_NAMES.values() for name in names}
                             | set(_UNIT_NAMES), key=len, reverse=True))
_AMOUNT_IN_UNIT = re.compile(rf"(?<![\w.])(?P<n>\d[\d,]*(?:\.\d+)?)\s?(?P<u>{_UNIT_WORD})\b")
_UNIT_NOTE = re.compile(rf"\s?\(\s?in\s(?P<u>{_UNIT_WORD})\s?\)")
_ANY_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")
_NOT_ADDITION = re.compile(r"[*×·/÷^%]|\b(?:times|multiplied|divided|over|per|of|squared|cubed"
                           r"|power|square|root|by|into|in|to\s+the)\b", re.IGNORECASE)


def _unit_key(unit: str) -> str:
    """The symbol a unit name stands for ("metres" is "m"; "L" and "l" are one)."""
    for symbol, names in _UNIT_NAMES.items():
        if unit == symbol or unit.lower() in names:
            return "l" if symbol == "L" else "ml" if symbol == "mL" else symbol
    return unit


def _without_same_units(text: str) -> str:
    amounts = list(_AMOUNT_IN_UNIT.finditer(text))
    if len(amounts) < 2 or len(amounts) != len(_ANY_NUMBER.findall(text)):
        return text
    units = {_unit_key(amount.group("u")) for amount in amounts}
    note = _UNIT_NOTE.search(text)
    if len(units) != 1 or (note and _unit_key(note.group("u")) not in units):
        return text
    bare = _AMOUNT_IN_UNIT.sub(r"\g<n>", _UNIT_NOTE.sub("", text))
    if _NOT_ADDITION.search(bare):
        return text
    return bare


def _tidy(text: str) -> str:
    text = _NOTE_AFTER_FACTORIAL.sub("!", text)
    text = _QUOTED_EXPRESSION.sub(lambda m: m.group("body"), text)
    text = _BLANK_AFTER_EQUALS.sub("= ?", text)
    text = _ASKING_NOTE.sub("", text)
    text = _ARITHMETIC_ROOT_ZH.sub("", _PERCENT_ZH.sub(r"\g<rate>%", text))
    return _VULGAR_RE.sub(_vulgar, _without_same_units(text))


# --------------------------------------------------------------------------- asking words

# When no question form above reads an English question, one general reading remains: the
# expression in the middle, and around it only words that ask for it ("hey can u pls tell me
# what 45 x 12 is thx", "For my homework I need the value of 3/4 + 1/6"). Every word outside the
# expression must be one of these; any other word ("binary", "rounded", "why", "in", "apples",
# "how many") leaves the question to the model. None of them can change what is computed.
_ASKING_WORDS = frozenset({
    "what", "what's", "whats", "wat", "wats", "is", "the", "a", "an", "value", "result", "answer",
    "of", "please", "pls", "plz", "kindly", "can", "could", "would", "will", "you", "u", "ya",
    "me", "i", "we", "us", "tell", "give", "show", "let", "know", "need", "want", "wanna", "to",
    "like", "i'd", "i'm", "calculate", "compute", "evaluate", "work", "figure", "out", "find",
    "determine", "solve", "simplify", "get", "do", "does", "much", "hey", "hi", "hello", "yo",
    "ok", "okay", "so", "um", "quick", "quickly", "question", "q", "math", "maths", "just",
    "exact", "exactly", "precise", "precisely", "numerical", "final", "help", "with", "this",
    "following", "expression", "real", "sanity", "check", "now", "for", "my", "homework", "quiz",
    "worksheet", "assignment", "spreadsheet", "class", "number", "be", "curious", "wondering",
    "wonder", "about", "here", "again", "equal", "equals", "come", "comes", "make", "makes",
    "thanks", "thank", "thx", "ty", "lol", "asap", "mind", "someone", "anyone", "please.",
    "that", "it",  # "…, what does that come to?"
})
# A context clause before a colon or a full stop may be dropped ("Sizing a buffer by hand while
# reviewing a config: 1024 * 4 + 631 = ?") when it has no digit, at most 15 words and none of
# these (nor a word of another world, _text.OTHER_WORLDS), which could change what the numbers
# mean or what is asked.
_MEANING_WORDS = OTHER_WORLDS | frozenset({
    "base", "binary", "hex", "hexadecimal", "octal", "round", "rounded", "rounding", "approximate",
    "approximately", "estimate", "roughly", "about", "mod", "modulo", "modular", "percent",
    "percentage", "integer", "integers", "floor", "ceil", "ceiling", "truncate", "truncated",
    "python", "javascript", "java", "c", "excel", "sql", "code", "programming", "language",
    "float", "floating", "double", "int", "overflow", "bit", "bits", "clock", "time", "hours",
    "minutes", "seconds", "degrees", "radians", "unit", "units", "convert", "conversion", "not",
    "except", "without", "ignore", "ignoring", "assume", "assuming", "if", "unless", "negative",
    "absolute", "reverse", "reversed", "backwards", "digit", "digits", "wrong", "error",
    "mistake", "fix", "correct", "instead", "but", "or", "why", "how", "when", "where", "who",
    "which", "prove", "proof", "explain", "formula", "equation", "variable", "x", "y", "n",
    "solve", "inverse", "log", "logarithm", "sin", "cos", "tan", "matrix", "vector", "complex",
    # another quantity of the same numbers ("Before I simplify 490/1015, I need their greatest
    # common factor."): a number-theory question, not the value of the expression
    "factor", "factors", "factorization", "factorisation", "factorize", "factorise", "factored",
    "common", "divisor", "divisors", "divisible", "multiple", "multiples", "gcd", "gcf", "hcf",
    "lcm", "lcd", "prime", "primes", "composite", "numerator", "denominator", "their", "them",
    "they",
})
_CONTEXT_CLAUSE = re.compile(r"(?P<context>[A-Za-z][A-Za-z' ,]{0,150}?)(?::|\.|;|—|–)\s")
_YES_NO_OPENERS = frozenset({"is", "are", "was", "does", "do", "did", "can", "could", "would",
                             "will", "should"})
_REQUEST_OPENERS = frozenset({"can", "could", "would", "will"})  # "could you …" asks a favour
_EXPLICIT_ASKS = frozenset({"calculate", "compute", "evaluate", "solve", "simplify", "work",
                            "figure", "determine"})
_WORD_OR_MARK = re.compile(r"[A-Za-z][A-Za-z']*|[,:;.!?…~]+|={1,2}|\S")
_ASKING_PUNCTUATION = re.compile(r"[,:;.?…~—–]+|!+")  # no ASCII hyphen: it may be a minus


def _asking_words_only(text: str) -> tuple[_Core, list[_Token], Expression] | None:
    """The expression between asking words, parsed; None when any other word is left over."""
    read = _between_asking_words(text)
    if read is None and (context := _CONTEXT_CLAUSE.match(text)):
        words = context.group("context").lower().replace(",", " ").split()
        if len(words) <= 15 and not any(word in _MEANING_WORDS for word in words):
            read = _between_asking_words(text[context.end():])
    return read if read is not None else _read_in_context(text)


def _between_asking_words(text: str) -> tuple[_Core, list[_Token], Expression] | None:
    chunks = [(m.group(), m.start(), m.end()) for m in _WORD_OR_MARK.finditer(text)]
    start, end = 0, len(chunks)
    explicit = False

    def asking(index: int, *, leading: bool) -> bool:
        word = chunks[index][0]
        lowered = word.lower()
        if lowered == "how":  # "how much is …"; "how do you calculate …" asks for a method
            return index + 1 < len(chunks) and chunks[index + 1][0].lower() == "much"
        if lowered == "one":  # "quick one", never a number word ("what is one two plus three")
            return index > 0 and chunks[index - 1][0].lower() == "quick"
        if lowered in _ASKING_WORDS:
            return True
        if _ASKING_PUNCTUATION.fullmatch(word):
            # "!" ends a sentence only at the very start ("Hi! …"); at the end it may be a
            # factorial ("5!")
            return "!" not in word or leading
        return not leading and word in ("=", "==")  # "1024 * 4 + 631 = ?"

    while start < end and asking(start, leading=True):
        explicit = explicit or chunks[start][0].lower() in _EXPLICIT_ASKS
        start += 1
    while end > start and asking(end - 1, leading=False) and chunks[end - 1][0] != "!":
        explicit = explicit or chunks[end - 1][0].lower() in _EXPLICIT_ASKS
        end -= 1
    if start >= end or (start == 0 and end == len(chunks)):
        return None  # nothing to strip: the grammar already had its chance
    opener = chunks[0][0].lower()
    if opener in _YES_NO_OPENERS and not (
            opener in _REQUEST_OPENERS and len(chunks) > 1
            and chunks[1][0].lower() in ("you", "u", "someone", "anyone")):
        return None  # "Is 0.5 less than 1/3?" asks whether, not how much
    middle = text[chunks[start][1]:chunks[end - 1][2]]
    try:
        tokens = _tokenize(middle, "en")
        if any(token.kind in ("morethan", "lessthan") for token in tokens):
            return None  # "5 less than 7" reads as a question only after "what is"
        expression = _parse_tokens(tokens)
    except _Reject:
        return None
    return _Core(middle, explicit=explicit), tokens, expression


# --------------------------------------------------------------------------- reading in context

# The widest reading: the expression is found wherever it stands, as the run of text from the
# first number or operator to the last, and the words around it may tell a story ("my kid
# asked me what eighty-eight times ninety-three is and I totally blanked", "For a sanity check
# in my notes I wrote 5**5 - 12**2. What's the value of that expression?"). What keeps it safe:
#
# * every number and operator word is inside the one expression, which must parse whole;
# * the words touching the expression only ask for it ("what 88 × 93 is", "I wrote 5**5."):
#   a word glued to it ("5 + 3 apples", "5 + 3 in binary", "about 5 + 3") declines;
# * no word around it may change the question (``_text.MEANING_CHANGERS``: "not", "round",
#   "each", units, "why", …, and the story words below), checked with common endings removed;
# * something asks for a value ("what", "how much", "calculate", "= ?"), and no sentence opens
#   as a yes/no question ("Is he right?").
_CONTEXT_CHUNK = re.compile(
    r"\d[\d,.]*\d|\d|[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]|[,:;.!?…~]+|={1,2}|\*\*|\S")
_CONTEXT_MAX_CHUNKS = 120
_CONTEXT_MAX_WORDS = 40
# Words that may begin or end an expression (inner words such as "by", "of", "to" and "and"
# need a number or operator on both sides, so they never stand at its edge).
_OPERATOR_WORDS = word_set("""
plus added minus negative times multiplied divided raised squared square sqrt cube cubed cbrt
factorial mod modulo percent sum total average mean arithmetic difference quotient product
remainder add subtract multiply divide adding subtracting multiplying dividing summing half
halves third thirds quarter quarters fourth fourths fifth fifths sixth sixths seventh sevenths
eighth eighths ninth ninths tenth tenths twice double triple thrice quadruple power root point
""")
_OPERATOR_SYMBOLS = frozenset({"+", "-", "−", "*", "**", "×", "·", "⋅", "/", "÷", "^", "(", ")",
                               "[", "]", "²", "³", "√", "∛", "%", "!"})
# Words that may stand right before the expression: asking words, or a statement that shows it.
_SHOWS_EXPRESSION = word_set("wrote written typed entered got have has had see saw says said reads "
                             "shows showed")
# Words that may stand right after it.
_AFTER_EXPRESSION = word_set("is equals equal make makes come comes be please pls plz thanks "
                             "thank thx ty exactly again now real quick quickly lol")
_VALUE_ASKS = word_set("what what's whats wat wats calculate compute evaluate solve simplify work "
                       "figure determine equals equal")
# Story words (beyond MEANING_CHANGERS and _MEANING_WORDS): an amount of something, a share, a
# change, a check, a format; the numbers then mean more than the expression says ("Dinner came
# to 118.73 and I left 18% …"); and words that ask for something besides the value. Operator
# words stand inside the expression; listed here, they catch their other forms ("adds").
_STORY_WORDS = word_set("""
tip tips tax taxes discount discounts total totals left remaining remain remains change price
prices cost costs paid pay pays owe owed save saved spent spend earn earned extra dozen couple
pair pairs few several many split share shared people person divide divided multiply add added
subtract subtracted increase increased decrease decreased halve halved doubled tripled negate
negated invert inverted reciprocal square squared cube cubed minus plus sum check checked
verify confirm true false right bigger larger smaller greater lesser compare versus vs roman
numeral numerals notation scientific significant figures places dp sig simplest lowest terms
mixed ratio english french spanish german chinese spell spelled spelling
then next afterwards later list draw translate name say fact facts joke jokes poem story nobody
nothing nowhere cannot cant dont doesnt isnt wont
password passcode pin id username login serial sku ticket order account js typescript ts rust
golang cpp csharp matlab perl ruby php bash shell lua haskell scala kotlin swift fortran cobol
calculator calculators computer output outputs return returns print prints display displays
screen
""")
# One request for the value; a second one ("Compute 15 × 4, then tell me a fun fact about it",
# "tell me a joke and compute …") asks for more than a tool can give.
_REQUEST_VERBS = word_set("tell give show calculate compute evaluate work figure find determine "
                          "solve simplify")
_CONTEXT_DANGER = MEANING_CHANGERS | _MEANING_WORDS | _STORY_WORDS
# Numbers that only label something around the expression: a school grade ("my 5th graders"),
# an age ("my 9-year-old"), a numbered problem before what it says ("Problem 13 reads:",
# "Problem 4 from my daughter's worksheet"). They are not operands; any other number outside
# the expression still declines.
_CONTEXT_LABEL = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)[\s-]grade(?:rs|r|rs'|r's)?(?![\w'])|\b\d{1,2}-years?-olds?\b"
    r"|\b(?:problem|question|exercise|q|no\.|#)\s?#?\d{1,3}[a-z]?"
    r"(?=\s?[:.)]\s|\s(?:reads|says|asks|from|on|in|of)\b)", re.IGNORECASE)


# "… — what's that in lowest terms?", "… — what's that as a fraction?": an exact value is a
# fraction in lowest terms already.
_LOWEST_TERMS = re.compile(r"\b(?:in|to)\s(?:its\s)?(?:simplest|lowest)\s(?:form|terms)\b"
                           r"|\bas\san?\s(?:exact\s|simplified\s|reduced\s|common\s)?fraction\b",
                           re.IGNORECASE)
# "What's the right value?" asks for the value; "right" alone ("Is that right?") is a check.
_RIGHT_VALUE = re.compile(r"\bthe\s(?:right|correct)\s(?=(?:value|answer|result)\b)",
                          re.IGNORECASE)


# "93,480 + 70,842 + 74,255 — what's the total?": a story word, except around a sum.
_SUM_NOUNS = frozenset({"total", "sum"})


def _is_sum(node: Expression) -> bool:
    """Whether the expression is numbers added up ("a + b + c")."""
    if isinstance(node, BinaryOp):
        return node.op == "add" and _is_sum(node.left) and _is_sum(node.right)
    return isinstance(node, Number)


def _expression_chunk(chunk: str) -> bool:
    lowered = chunk.lower()
    if any(c in _DIGITS for c in chunk):
        return True
    if lowered in _OPERATOR_WORDS:
        return True
    parts = lowered.split("-")
    return all(part in _EN_NUMBER_WORDS for part in parts)


def _read_in_context(text: str) -> tuple[_Core, list[_Token], Expression] | None:
    """The one expression in a sentence or story that otherwise only asks for it; or None."""
    text = _CONTEXT_LABEL.sub(" label ", HOW_THE_ASKER_WORKS.sub(" ", text))
    text = _LOWEST_TERMS.sub(" ", _RIGHT_VALUE.sub("the ", text))
    chunks = [(m.group(), m.start(), m.end()) for m in _CONTEXT_CHUNK.finditer(text)]
    if len(chunks) > _CONTEXT_MAX_CHUNKS:
        return None
    inside = [_expression_chunk(chunk) for chunk, _, _ in chunks]
    grown = True
    while grown:  # symbols touching the expression belong to it: "(", "5!", "- 3"
        grown = False
        for i, (chunk, _, _) in enumerate(chunks):
            if not inside[i] and chunk in _OPERATOR_SYMBOLS and (
                    (i > 0 and inside[i - 1]) or (i + 1 < len(chunks) and inside[i + 1])):
                inside[i] = grown = True
    for i, (chunk, _, _) in enumerate(chunks):  # "what's the total?" names the result
        if (chunk.lower() in _SUM_NOUNS and i > 0 and chunks[i - 1][0].lower() == "the"
                and (i + 1 == len(chunks) or chunks[i + 1][0].lower() != "of")):
            inside[i] = False
    marked = [i for i, flag in enumerate(inside) if flag]
    if not marked:
        return None
    first, last = marked[0], marked[-1]
    before, after = chunks[:first], chunks[last + 1:]
    if not before and not after:
        return None
    if before:
        touching = before[-1][0].lower()
        if not (touching in _ASKING_WORDS or touching in _SHOWS_EXPRESSION
                or touching in (":", ",", "—")):
            return None
        # "what is 7 * 8", "how much is …"; not a statement ("My password is 7*8, what is it?")
        if touching in ("is", "was") and (
                len(before) < 2 or before[-2][0].lower() not in ("what", "wat", "much")):
            return None
    if after:
        touching = after[0][0].lower()
        if not (touching in _AFTER_EXPRESSION or touching in ("=", "==")
                or _ASKING_PUNCTUATION.fullmatch(touching)
                or unicodedata.category(touching[0]) == "So"):  # an emoji
            return None
    outside = [chunk for chunk, _, _ in before + after]
    words = [chunk.lower() for chunk in outside if chunk[0].isalpha()]
    if len(words) > _CONTEXT_MAX_WORDS:
        return None
    asked = summed = False
    for i, word in enumerate(words):
        if word == "how":
            if i + 1 < len(words) and words[i + 1] == "much":
                asked = True
                continue
            # "8 factorial — how big is that?"
            if words[i + 1:i + 4] in (["big", "is", "that"], ["big", "is", "it"]):
                asked = True
                continue
            return None  # "how many", "how do you …" ask something else
        asked = asked or word in _VALUE_ASKS
        if word in _ASKING_WORDS or word in _SHOWS_EXPRESSION:
            continue
        if word in _SUM_NOUNS:
            summed = True
            continue
        if word.endswith("n't") or any(stem in _CONTEXT_DANGER for stem in stems(word.strip("'"))):
            return None
    if sum(word in _REQUEST_VERBS for word in words) > 1:
        return None
    if not asked and not any(chunk in ("=", "==") for chunk in outside):
        return None
    # "Is he right?", "Does that equal 9?": a yes/no question anywhere is not a request for a value
    openers = [0] + [i + 1 for i, chunk in enumerate(outside) if chunk[-1] in ".?!:"]
    for i in openers:
        if i < len(outside) and outside[i].lower() in FRAME_OPENERS:
            return None
        if i < len(outside) and outside[i].lower() in _YES_NO_OPENERS and not (
                outside[i].lower() in (*_REQUEST_OPENERS, "do") and i + 1 < len(outside)
                and outside[i + 1].lower() in ("you", "u", "someone", "anyone")):
            return None
    middle = text[chunks[first][1]:chunks[last][2]]
    try:
        tokens = _tokenize(middle, "en")
        if any(token.kind in ("morethan", "lessthan") for token in tokens):
            return None
        expression = _parse_tokens(tokens)
    except _Reject:
        return None
    if summed and not _is_sum(expression):
        return None
    explicit = any(word in _EXPLICIT_ASKS for word in words) or "=" in outside
    return _Core(middle, explicit=explicit), tokens, expression


# --------------------------------------------------------------------------- evaluation


@dataclass(frozen=True, slots=True)
class _Surd:
    """An irrational root of a rational, allowed only as the final result."""

    degree: int  # 2 or 3
    radicand: Fraction


def _iroot(n: int, k: int) -> int:
    """floor(n ** (1/k)) for n >= 0, by integer Newton iteration."""
    if n < 2:
        return n
    x = 1 << -(-n.bit_length() // k)  # a power of two above the root
    while True:
        y = ((k - 1) * x + n // x ** (k - 1)) // k
        if y >= x:
            return x
        x = y


def _exact_root(value: Fraction, degree: int) -> Fraction | None:
    """The rational ``degree``-th root of a non-negative rational, or None if irrational."""
    numerator, denominator = _iroot(value.numerator, degree), _iroot(value.denominator, degree)
    if numerator**degree == value.numerator and denominator**degree == value.denominator:
        return Fraction(numerator, denominator)
    return None


def _bits(value: Fraction) -> int:
    return max(value.numerator.bit_length(), value.denominator.bit_length())


def _checked(value: Fraction) -> Fraction:
    if _bits(value) > MAX_RESULT_BITS:
        raise _Reject(f"a result has more than {MAX_RESULT_DIGITS} digits")
    return value


def _integer(value: Fraction, what: str) -> int:
    if value.denominator != 1:
        raise _Reject(f"{what} needs an integer, got {canonical(value)}")
    return value.numerator


def _root(value: Fraction, degree: int, *, final: bool) -> Fraction | _Surd:
    if value < 0 and degree % 2 == 0:
        raise _Reject("the square root of a negative number is not real")
    exact = _exact_root(abs(value), degree)
    if exact is not None:
        return -exact if value < 0 else exact
    if not final:
        raise _Reject("an irrational intermediate result cannot be kept exact")
    if max(len(str(value.numerator)), len(str(value.denominator))) > MAX_SURD_DIGITS + 1:
        raise _Reject(f"radicand longer than {MAX_SURD_DIGITS} digits")
    return _Surd(degree, value)


def _power(base: Fraction, exponent: Fraction) -> Fraction:
    if abs(exponent.numerator) > MAX_EXPONENT:
        raise _Reject(f"exponent larger than {MAX_EXPONENT}")
    if exponent.denominator != 1:
        if exponent.denominator > MAX_ROOT_DEGREE:
            raise _Reject(f"root degree larger than {MAX_ROOT_DEGREE}")
        if base < 0:
            raise _Reject("a fractional power of a negative number is ambiguous")
        root = _exact_root(base, exponent.denominator)
        if root is None:
            raise _Reject("the fractional power is irrational")
        base, exponent = root, Fraction(exponent.numerator)
    if base == 0 and exponent <= 0:
        raise _Reject("0 to the power 0 is undefined" if exponent == 0 else "division by zero")
    power = bounded_power(base, exponent.numerator)
    if power is None:
        raise _Reject(f"the power has more than {MAX_RESULT_DIGITS} digits")
    return power


def _evaluate(node: Expression, *, final: bool = False) -> Fraction | _Surd:
    if isinstance(node, Number):
        return node.value
    if isinstance(node, UnaryOp):
        if node.op in ("sqrt", "cbrt"):
            operand = _rational(node.operand)
            return _root(operand, 2 if node.op == "sqrt" else 3, final=final)
        operand = _rational(node.operand)
        if node.op == "neg":
            return -operand
        argument = _integer(operand, "a factorial")
        if argument < 0:
            raise _Reject("the factorial of a negative number is undefined")
        if argument > MAX_FACTORIAL:
            raise _Reject(f"factorial argument larger than {MAX_FACTORIAL}")
        return Fraction(math.factorial(argument))
    if isinstance(node, Fold):
        values = [_rational(item) for item in node.items]
        if node.op == "difference":
            if values[0] < values[1]:
                raise _Reject("'the difference' of a smaller and a larger number may mean "
                              "either sign")
            return _checked(values[0] - values[1])
        if node.op == "quotient":
            if values[1] == 0:
                raise _Reject("division by zero")
            quotient = values[0] / values[1]
            if quotient.denominator != 1:
                raise _Reject("'the quotient' may mean integer division here")
            return quotient
        total = Fraction(1 if node.op == "product" else 0)
        for value in values:
            total = _checked(total * value if node.op == "product" else total + value)
        return total / len(values) if node.op == "mean" else total
    left, right = _rational(node.left), _rational(node.right)
    if node.op == "add":
        return _checked(left + right)
    if node.op == "sub":
        return _checked(left - right)
    if node.op == "mul":
        return _checked(left * right)
    if node.op == "percent_of":
        return _checked(left * right / 100)
    if node.op == "div":
        if right == 0:
            raise _Reject("division by zero")
        return _checked(left / right)
    if node.op == "mod":
        dividend, divisor = _integer(left, "mod"), _integer(right, "mod")
        if divisor == 0:
            raise _Reject("division by zero")
        if dividend < 0 or divisor < 0:
            raise _Reject("mod of negative numbers depends on the sign convention")
        return Fraction(dividend % divisor)
    return _power(left, right)


def _currency(node: Expression) -> str | None:
    """The currency of ``node``'s value (None for a plain number), or _Reject when money is
    combined in a way that has no meaning or more than one: "$5 + 3" (3 what?), "$5 × $3",
    "$5 + €3", "($5)²"."""
    if isinstance(node, Number):
        return node.currency
    if isinstance(node, UnaryOp):
        inner = _currency(node.operand)
        if inner is not None and node.op != "neg":
            raise _Reject(f"{node.op} of an amount of money")
        return inner
    items = node.items if isinstance(node, Fold) else (node.left, node.right)
    currencies = [_currency(item) for item in items]
    money = [currency for currency in currencies if currency is not None]
    if not money:
        return None
    op = node.op
    if op in ("sum", "mean", "difference", "add", "sub"):
        if len(money) != len(currencies) or len(set(money)) > 1:
            raise _Reject("amounts of money added to plain numbers or to another currency")
        return money[0]
    if op in ("product", "mul", "percent_of"):
        if len(money) > 1 or (op == "percent_of" and currencies[0] is not None):
            raise _Reject("an amount of money multiplied by another amount")
        return money[0]
    if op in ("div", "quotient") and currencies[1] is None:
        return currencies[0]  # "$120 ÷ 4"
    if op in ("div", "quotient") and currencies[0] == currencies[1]:
        return None  # "$120 ÷ $40" is a plain ratio
    raise _Reject(f"{op} with an amount of money")


def _rational(node: Expression) -> Fraction:
    value = _evaluate(node)
    assert isinstance(value, Fraction)  # only a final root may be a surd
    return value


# --------------------------------------------------------------------------- rendering

_PRECEDENCE = {"add": 1, "sub": 1, "mul": 2, "div": 2, "mod": 2, "percent_of": 2, "pow": 4}
_SYMBOL = {"add": " + ", "sub": " − ", "mul": " × ", "div": " ÷ ", "mod": " mod ",
           "pow": "^", "percent_of": "% × "}


def _render(node: Expression) -> tuple[str, int]:
    """Text of ``node`` with the parentheses it needs, and its precedence level."""
    if isinstance(node, Number):
        return node.text, 6
    if isinstance(node, Fold):
        if node.op in ("difference", "quotient"):
            level = 1 if node.op == "difference" else 2
            joiner = " − " if node.op == "difference" else " ÷ "
            return (f"{_wrap(node.items[0], level)}{joiner}{_wrap(node.items[1], level + 1)}",
                    level)
        joiner = " × " if node.op == "product" else " + "
        level = 2 if node.op == "product" else 1
        text = joiner.join(_wrap(item, level + 1) for item in node.items)
        if node.op == "mean":
            return f"({text}) ÷ {len(node.items)}", 2
        return text, level
    if isinstance(node, UnaryOp):
        if node.op == "neg":
            return "−" + _wrap(node.operand, 5), 3
        if node.op == "factorial":
            return _wrap(node.operand, 6) + "!", 5
        symbol = "√" if node.op == "sqrt" else "∛"
        return symbol + _wrap(node.operand, 6), 5
    level = _PRECEDENCE[node.op]
    if node.op == "pow":
        return f"{_wrap(node.left, 5)}^{_wrap(node.right, 6)}", level
    left = _wrap(node.left, level)
    right = _wrap(node.right, level + 1)
    return f"{left}{_SYMBOL[node.op]}{right}", level


def _wrap(node: Expression, minimum: int) -> str:
    text, level = _render(node)
    return text if level >= minimum else f"({text})"


# --------------------------------------------------------------------------- solver


def _amount(amount: Amount) -> Number:
    return Number(text=amount.text, numerator=amount.value.numerator,
                  denominator=amount.value.denominator,
                  currency=amount.currency if amount.currency != "%" else None)


def _money_story(lines: str, text: str, language: str) -> Expression | None:
    """A receipt's total or a share of an amount (``_money``), as an expression; or None."""
    if items := read_receipt(lines, language) or read_listed_total(text, language):
        return Fold(op="sum", items=tuple(_amount(item) for item in items))
    if share := read_share(text, language) or read_part_of_count(text, language):
        return BinaryOp(op="percent_of", left=_amount(share.rate), right=_amount(share.amount))
    return None


def _read(query: Query) -> Parsed[ArithmeticProblem] | Declined:
    """The question read into an expression (before the units of money are checked)."""
    text = unicodedata.normalize("NFC", query.text).translate(_FULL_WIDTH)
    lines = text
    # One space per run keeps every wrapper regex linear (adjacent \s* cannot multiply).
    text = _SPACE.sub(" ", text).strip()
    if len(text) > MAX_TEXT_CHARS:
        return Declined(reason=f"question longer than {MAX_TEXT_CHARS} characters")
    language = "zh" if query.language == "zh" or _CJK.search(text) else "en"
    if story := _money_story(lines, text, language):
        return Parsed(problem=ArithmeticProblem(expression=story))
    text = _tidy(text)
    original = text
    try:
        if percent := _percent_of_what(text, language):
            return Parsed(problem=ArithmeticProblem(expression=percent))
        if claim := _claim_check(_reported(text, language) or text, language):
            return Parsed(problem=claim)
        if series := _range_sum(text, language):
            return Parsed(problem=ArithmeticProblem(expression=series))
        if language == "en" and (then_ask := _EN_IMPERATIVE_THEN_ASK.fullmatch(text)):
            text = then_ask.group("body")
        if change := _percent_change(text, language):
            return Parsed(problem=ArithmeticProblem(expression=change))
        if steps := _step_by_step(text, language):
            return Parsed(problem=ArithmeticProblem(expression=steps))
        if language == "en" and (labelled := _labelled_list(text)):
            text = labelled
        if language == "en":
            text = _EN_EXACT_NOUN.sub("the ", _semicolons_as_commas(text))
            text = _EN_LIST_NOUN.sub(lambda m: m.group("op") + " ", text)
            text = _EN_SUM_COLON.sub("add up ", text)
            text = _EN_THESE_UP.sub("add up ", text)
            text = _EN_THESE_NOUN.sub(_these_noun, text)
        else:
            text = _ZH_LIST_FOLD.sub(_zh_list_fold, text)
            text = _ZH_LIST_VERB.sub(_zh_list_verb, _ZH_LIST_NOUN.sub("", text))
        core = _unwrap(text, language)
        if reason := _identifier_shaped(core):
            return Declined(reason=reason)
        tokens = _tokenize(core.text, language)
        if core.summing and tokens and tokens[0].kind in ("add", "sumup"):
            tokens = tokens[1:]  # "Add 11.3, 13.6 and 14.38 together"
        expression = _sum_of(tokens) if core.summing else _parse_tokens(tokens)
    except _Reject as rejected:
        # The last, general reading: the expression and nothing but words asking for it.
        fallback = _asking_words_only(original) if language == "en" else None
        if fallback is None:
            return Declined(reason=rejected.reason)
        core, tokens, expression = fallback
        if reason := _identifier_shaped(core):
            return Declined(reason=reason)
    if not core.converted and (isinstance(expression, Number) or (
            isinstance(expression, UnaryOp) and expression.op == "neg"
            and isinstance(expression.operand, Number))):
        return Declined(reason="no operation to compute")
    if tokens[-1].kind == "!" and text.endswith("!") and not (
            isinstance(expression, UnaryOp) and isinstance(expression.operand, Number)):
        return Declined(reason="a trailing '!' may be punctuation, not a factorial")
    if core.sequential and len(_levels(expression)) > 1 and not _left_to_right(expression):
        # "3加5，然后乘以2" is (3 + 5) × 2 when read in order, 3 + 10 by precedence
        return Declined(reason="operations said one after another mix + and ×: the order "
                               "in which to do them is ambiguous")
    form: Literal["exact", "decimal"] = "decimal" if core.decimal else "exact"
    return Parsed(problem=ArithmeticProblem(expression=expression, form=form))


class ArithmeticSolver:
    """Evaluates fully parsed arithmetic expressions exactly."""

    name = "arithmetic"
    family = "arithmetic"

    def parse(self, query: Query) -> Parsed[ArithmeticProblem] | Declined:
        parsed = _read(query)
        if isinstance(parsed, Declined):
            return parsed
        problem = parsed.problem
        try:
            currency = _currency(problem.expression)
            if problem.right is not None and _currency(problem.right) != currency:
                return Declined(reason="the two sides of the claim are different kinds of amount")
        except _Reject as rejected:
            return Declined(reason=rejected.reason)
        return Parsed(problem=problem.model_copy(update={"currency": currency}))

    def solve(self, problem: ArithmeticProblem, query: Query) -> Solution | Declined:
        if problem.relation is not None and problem.right is not None:
            return _solve_claim(problem, query)
        try:
            result = _evaluate(problem.expression, final=True)
        except _Reject as rejected:
            return Declined(reason=rejected.reason)
        shown, _ = _render(problem.expression)
        if isinstance(result, _Surd):
            value, approximation = _surd_texts(result)
            equation = f"{shown} = {value} ≈ {approximation}"
        else:
            value = canonical(result)
            if problem.form == "decimal" and not decimal_text(result).startswith("≈"):
                value = decimal_text(result)  # "3/8 as a decimal": 0.375
            equation = f"{shown} = {canonical(result)}"
            if problem.currency is not None and (100 % result.denominator == 0):
                equation = f"{shown} = {_money_text(result, problem.currency)}"  # $16.25
            elif result.denominator != 1 and result.denominator < _DECIMAL_DENOMINATOR_LIMIT:
                decimal = decimal_text(result)
                equation += f" ≈ {decimal[1:]}" if decimal.startswith("≈") else f" = {decimal}"
        if query.language == "zh":
            return Solution(value=value, answer=f"计算结果：{equation}。")
        return Solution(value=value, answer=f"{equation}.")


def _money_text(amount: Fraction, currency: str) -> str:
    """ "$16.25", "-$3.50", "25.00元": an amount in whole cents, with its currency."""
    cents = abs(amount) * 100
    digits = f"{cents.numerator // 100:,}.{cents.numerator % 100:02d}"
    sign = "-" if amount < 0 else ""
    return f"{sign}{digits}元" if currency == "元" else f"{sign}{currency}{digits}"


def _surd_texts(surd: _Surd) -> tuple[str, str]:
    """Exact sympy text and a 15-digit decimal of an irrational root of a parsed rational."""
    import sympy  # only irrational roots need it; built from the parsed integers, never text

    magnitude = sympy.Rational(abs(surd.radicand.numerator), surd.radicand.denominator)
    exact = sympy.sqrt(magnitude) if surd.degree == 2 else sympy.root(magnitude, 3)
    if surd.radicand < 0:  # the real cube root, not sympy's principal complex root
        exact = -exact
    return sympy.sstr(exact), str(sympy.N(exact, 15))


def _solve_claim(problem: ArithmeticProblem, query: Query) -> Solution | Declined:
    """Both sides exactly, then the relation: "yes" or "no"."""
    assert problem.relation is not None and problem.right is not None
    try:  # an irrational side declines: roots are kept exact only as a final result
        left, right = _rational(problem.expression), _rational(problem.right)
    except _Reject as rejected:
        return Declined(reason=rejected.reason)
    holds = {"eq": left == right, "ne": left != right, "gt": left > right, "lt": left < right,
             "ge": left >= right, "le": left <= right}[problem.relation]
    actual = "=" if left == right else ">" if left > right else "<"
    shown_left, _ = _render(problem.expression)
    shown_right, _ = _render(problem.right)
    worked = (f"{shown_left} = {canonical(left)}, {shown_right} = {canonical(right)}; "
              f"{canonical(left)} {actual} {canonical(right)}")
    if query.language == "zh":
        lead = "是的" if holds else "不是"
        return Solution(value="yes" if holds else "no", answer=f"{lead}：{worked}。")
    lead = "Yes" if holds else "No"
    return Solution(value="yes" if holds else "no", answer=f"{lead}: {worked}.")
