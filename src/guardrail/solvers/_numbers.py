"""Exact number literals shared by every numeric solver.

Numbers are read with a bounded regular grammar and converted with ``int``/``Fraction`` on
digit strings only: never ``eval``, ``sympify`` or ``parse_expr``. Decimals stay exact
(``0.1`` is ``Fraction(1, 10)``), thousands separators are accepted only in well-formed groups
(``12,345`` but not ``12,34``), and the Unicode minus sign counts as a minus.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction
from typing import Literal

from pydantic import BaseModel, ConfigDict

__all__ = [
    "MAX_DIGITS",
    "MAX_RESULT_BITS",
    "MAX_RESULT_DIGITS",
    "NUMBER",
    "RELATION_WORDS",
    "UNSIGNED",
    "ExactNumber",
    "Relation",
    "bounded_power",
    "canonical",
    "decimal_text",
    "parse_integer",
    "parse_number",
]

# Longest literal any solver accepts; longer numbers decline instead of costing time/memory.
MAX_DIGITS = 200
# Longest computed value: Python refuses int -> str beyond 4300 digits by default; stay below it
# without touching the process-wide setting.
MAX_RESULT_DIGITS = 4_000
MAX_RESULT_BITS = int(MAX_RESULT_DIGITS * math.log2(10))

# Regex fragments (no capture groups) to embed in solver grammars.
UNSIGNED = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
NUMBER = rf"[-−﹣－]?(?:{UNSIGNED})"

# Words and symbols for the relation between two quantities, shared by the solvers that check
# one ("Is 9.11 greater than 9.9?", "Is 0.1 + 0.2 equal to 0.3?"); keys are lower case with
# single spaces.
Relation = Literal["gt", "lt", "ge", "le", "eq", "ne"]
RELATION_WORDS: dict[str, Relation] = {
    "greater than": "gt", "bigger than": "gt", "larger than": "gt", "higher than": "gt",
    "more than": "gt", "less than": "lt", "smaller than": "lt", "lower than": "lt",
    "fewer than": "lt", "greater than or equal to": "ge", "bigger than or equal to": "ge",
    "larger than or equal to": "ge", "higher than or equal to": "ge",
    "more than or equal to": "ge", "less than or equal to": "le",
    "smaller than or equal to": "le", "lower than or equal to": "le",
    "fewer than or equal to": "le", "at least": "ge", "at most": "le",
    "equal to": "eq", "equal": "eq", "equals": "eq", "the same as": "eq", "the same": "eq",
    "not equal to": "ne",
    "different from": "ne", ">": "gt", "<": "lt", ">=": "ge", "≥": "ge", "<=": "le",
    "≤": "le", "=": "eq", "==": "eq", "!=": "ne", "≠": "ne",
    "not greater than": "le", "not bigger than": "le", "not larger than": "le",
    "not higher than": "le", "not more than": "le", "not less than": "ge",
    "not smaller than": "ge", "not lower than": "ge", "not fewer than": "ge",
    "大": "gt", "小": "lt", "大于": "gt", "小于": "lt", "大于等于": "ge", "大于或等于": "ge",
    "小于等于": "le", "小于或等于": "le", "等于": "eq", "不等于": "ne", "相等": "eq",
    "一样大": "eq", "exceed": "gt",
}

_NUMBER_RE = re.compile(rf"(?P<sign>[-−﹣－]?)(?P<body>{UNSIGNED})")


class ExactNumber(BaseModel):
    """A number as written in the question (``text``) and its exact value, for typed problems."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str
    numerator: int
    denominator: int = 1

    @property
    def value(self) -> Fraction:
        return Fraction(self.numerator, self.denominator)


def parse_number(text: str) -> Fraction | None:
    """The exact value of one numeric literal, or None if ``text`` is not exactly one.

    >>> parse_number("-1,234.50")
    Fraction(-2469, 2)
    >>> parse_number("12,34") is None
    True
    """
    match = _NUMBER_RE.fullmatch(text.strip())
    if match is None:
        return None
    body = match.group("body").replace(",", "")
    if sum(ch.isdigit() for ch in body) > MAX_DIGITS:
        return None
    whole, _, fraction = body.partition(".")
    value = Fraction(int(whole or "0"))
    if fraction:
        value += Fraction(int(fraction), 10 ** len(fraction))
    return -value if match.group("sign") else value


def bounded_power(base: Fraction, exponent: int) -> Fraction | None:
    """``base ** exponent`` exactly, or None when it would have more than MAX_RESULT_DIGITS
    digits (estimated before computing it, then checked)."""
    bits = max(base.numerator.bit_length(), base.denominator.bit_length())
    if bits * abs(exponent) > MAX_RESULT_BITS + 64:
        return None
    value = base**exponent
    if max(value.numerator.bit_length(), value.denominator.bit_length()) > MAX_RESULT_BITS:
        return None
    return value


def parse_integer(text: str) -> int | None:
    """The value of an integer literal (``"1,000"``, ``"-7"``), or None."""
    value = parse_number(text)
    if value is None or value.denominator != 1 or "." in text:
        return None
    return int(value)


def canonical(value: Fraction | int) -> str:
    """Canonical ``value`` text: integers as digits, other rationals as ``a/b``.

    >>> canonical(Fraction(3, 10)), canonical(Fraction(4, 2)), canonical(-7)
    ('3/10', '2', '-7')
    """
    value = Fraction(value)
    if value.denominator == 1:
        return str(value.numerator)
    return f"{value.numerator}/{value.denominator}"


def decimal_text(value: Fraction | int, *, max_places: int = 12) -> str:
    """A decimal rendering for answer sentences: exact when it terminates, else rounded with
    a leading "≈".

    >>> decimal_text(Fraction(3, 10)), decimal_text(Fraction(1, 3))
    ('0.3', '≈0.333333333333')
    """
    value = Fraction(value)
    if value.denominator == 1:
        return str(value.numerator)
    denominator = value.denominator
    for prime in (2, 5):
        while denominator % prime == 0:
            denominator //= prime
    sign = "-" if value < 0 else ""
    magnitude = abs(value)
    if denominator == 1:  # terminating decimal: print it exactly
        places = 0
        while (magnitude * 10**places).denominator != 1:
            places += 1
        scaled = int(magnitude * 10**places)
        text = f"{scaled // 10**places}.{scaled % 10**places:0{places}d}"
        return sign + text
    scaled = round(magnitude * 10**max_places)
    text = f"{scaled // 10**max_places}.{scaled % 10**max_places:0{max_places}d}".rstrip("0")
    return "≈" + sign + text.rstrip(".")
