"""Area and perimeter of a triangle, parallelogram, rectangle or square given by its sizes.

The question names one shape and its dimensions, and asks for one quantity:

* "What is the area of a triangle with a base of 4 cm and a height of 6 cm?" (an area asked
  in a unit must be asked in the square unit, as for circles: "..., in square cm", never "in
  cm"; asked in none, it is in the square of the unit given);
* "A triangle has a base of 0.4 cm and a height of 26 cm. What is its area in square
  centimeters?", "A rectangle has length 5 and width 3; find its perimeter.";
* "Find the area of the rectangle whose length is 5 and whose width is 3", "the perimeter of a
  square with side length 7";
* Chinese: "一个三角形的底是4厘米，高是6厘米，它的面积是多少平方厘米？", "长方形的长是5米，宽是3米，
  周长是多少米？", "底为4、高为6的三角形的面积是多少？", "边长为7的正方形的周长是多少".

Dimensions by shape: a triangle or a parallelogram takes a base and a height (area only: its
sides are not known); a rectangle a length and a width (or a width and a height, or a base and
a height); a square its side. Each dimension is said once; every number of the question must be
one of them. Values are exact (``a/b`` for non-integers); the sentence names the unit.

Declined: other shapes or dimensions ("hypotenuse", "diagonal"), a perimeter of a triangle, two
different units or numbers with and without one, units asked for that differ from the given one
(a conversion), an area asked for in a unit that is not square, non-positive sizes, more
than 30 digits in a number.
"""

from __future__ import annotations

import re
import unicodedata
from fractions import Fraction
from typing import Literal

from ._base import Declined, Parsed, Problem, Query, Solution
from ._numbers import UNSIGNED, canonical, decimal_text, parse_number
from .geometry import _UNIT_ALT, _UNIT_POWER, _ZH_UNIT_ALT, Unit, _unit_name, _unit_text

__all__ = ["ShapeSizeProblem", "ShapeSizeSolver"]

MAX_CHARS = 400
MAX_LITERAL_DIGITS = 30

Shape = Literal["triangle", "parallelogram", "rectangle", "square"]
Dimension = Literal["base", "height", "length", "width", "side"]


class ShapeSizeProblem(Problem):
    kind: Literal["shape_size"] = "shape_size"
    shape: Shape
    question: Literal["area", "perimeter"]
    sizes: dict[Dimension, Fraction]
    unit: Unit | None = None


class _Reject(Exception):
    pass


_SHAPES: dict[str, Shape] = {
    "triangle": "triangle", "parallelogram": "parallelogram", "rectangle": "rectangle",
    "square": "square", "三角形": "triangle", "平行四边形": "parallelogram",
    "长方形": "rectangle", "矩形": "rectangle", "正方形": "square",
}
_DIMENSIONS: dict[str, Dimension] = {
    "base": "base", "height": "height", "altitude": "height", "length": "length",
    "width": "width", "breadth": "width", "side": "side", "side length": "side",
    "edge": "side", "edge length": "side", "sides": "side", "side of length": "side",
    "sides of length": "side", "long": "length", "wide": "width", "high": "height",
    "tall": "height",
    "底": "base", "底边": "base", "底边长": "base", "高": "height", "长": "length",
    "宽": "width", "边长": "side",
}
# The dimensions each shape takes, as sets; anything else declines.
_NEEDS: dict[Shape, tuple[frozenset[Dimension], ...]] = {
    "triangle": (frozenset({"base", "height"}),),
    "parallelogram": (frozenset({"base", "height"}),),
    "rectangle": (frozenset({"length", "width"}), frozenset({"width", "height"}),
                  frozenset({"base", "height"})),
    "square": (frozenset({"side"}),),
}

# --------------------------------------------------------------------------------------------
# English. The text is NFKC-normalised, single-spaced and lower-cased first.

_NUM = rf"(?<![\d.])(?:{UNSIGNED})(?![\d.]\d|\d)"
_EN_UNIT = rf"(?:{_UNIT_ALT})(?![a-z0-9])"
_EN_SHAPE = r"(?:right\s)?(?:triangle|parallelogram|rectangle|square)"
_EN_DIM_WORD = (r"(?:sides?\sof\slength|side\slength|edge\slength|base|height|altitude|length"
                r"|width|breadth|sides|side|edge)")
_EN_EXTENT = r"(?:long|wide|high|tall)"
# "a base of 4 cm", "base 4", "height = 6", "whose length is 5", "a side length of 7 m"; or
# "8 cm long", "5 cm wide"
_EN_DIM = (rf"(?:(?:(?:a|an|the|its|whose)\s)?(?P<w{{i}}>{_EN_DIM_WORD})\s?"
           rf"(?:of\s|is\s|=\s?|equal\sto\s|measuring\s|measures\s)?(?P<n{{i}}>{_NUM})"
           rf"(?:\s?(?P<u{{i}}>{_EN_UNIT}))?"
           rf"|(?P<m{{i}}>{_NUM})(?:\s?(?P<t{{i}}>{_EN_UNIT}))?\s(?P<v{{i}}>{_EN_EXTENT}))")
_EN_JOIN = r"(?:\s?,\s?(?:and\s)?|\sand\s)"
_EN_ASK = (r"(?:(?:what\sis|what's|whats|find|calculate|compute|determine|give|work\sout"
           r"|tell\sme|how\s(?:big|large)\sis)\s)")
_EN_QTY = r"(?P<q>area|perimeter)"
_EN_ASKED = rf"(?:\s?,?\s?in\s(?P<sq>square\s|sq\.?\s)?(?P<au>{_EN_UNIT}))?"


def _numbered(template: str, join: str, count: int) -> str:
    """The dimension pattern ``count`` times (the first required), groups numbered 0, 1, …"""
    first = template.replace("{i}", "0")
    rest = "".join("(?:" + join + template.replace("{i}", str(i)) + ")?"
                   for i in range(1, count))
    return first + rest


_EN_DIMS = _numbered(_EN_DIM, _EN_JOIN, 3)
_EN_THEN_ASK = (rf"\s?[.,;:]\s?{_EN_ASK}(?:its|the(?:\s(?:{_EN_SHAPE})(?:'s|’s)?)?)\s{_EN_QTY}"
                rf"{_EN_ASKED}")
_EN_PATTERNS = [
    # "What is the area of a triangle with a base of 4 and a height of 6?"
    re.compile(rf"{_EN_ASK}?(?:the\s)?{_EN_QTY}\sof\s(?:a|an|the)\s(?P<s>{_EN_SHAPE})\s"
               rf"(?:with|having|that\shas|which\shas|whose)\s{_EN_DIMS}{_EN_ASKED}"),
    # "A triangle has a base of 4 cm and a height of 6 cm. What is its area in square cm?",
    # "A rectangle is 8 cm long and 5 cm wide. ..."
    re.compile(rf"(?:a|an|the)\s(?P<s>{_EN_SHAPE})\s(?:has|with|is)\s{_EN_DIMS}{_EN_THEN_ASK}"),
    # "The base of a triangle is 10 and its height is 4. What is the area?"
    re.compile(rf"the\s(?P<w0>{_EN_DIM_WORD})\sof\s(?:a|an|the)\s(?P<s>{_EN_SHAPE})\s"
               rf"(?:is|=|measures)\s?(?P<n0>{_NUM})(?:\s?(?P<u0>{_EN_UNIT}))?"
               + "".join("(?:" + _EN_JOIN + _EN_DIM.replace("{i}", str(i)) + ")?"
                         for i in (1, 2))
               + _EN_THEN_ASK),
    # "What is the area of a rectangle 7 by 3?", "... a 7 cm by 3 cm rectangle"
    re.compile(rf"{_EN_ASK}?(?:the\s)?{_EN_QTY}\sof\s(?:a|an|the)\s(?:(?P<s>rectangle)\s"
               rf"(?:of\s|measuring\s|with\sdimensions\s|that\sis\s)?)?(?P<x>{_NUM})"
               rf"(?:\s?(?P<xu>{_EN_UNIT}))?\s?(?:by|x|×)\s?(?P<y>{_NUM})(?:\s?(?P<yu>{_EN_UNIT}))?"
               rf"(?(s)|\s(?P<s2>rectangle))(?:\s(?:in\ssize))?{_EN_ASKED}"),
]
# "a right triangle with legs 3 and 4": the legs are a base and its height.
_EN_LEGS = re.compile(
    rf"\blegs\s(?:of\s(?:length\s)?)?(?P<a>{_NUM}(?:\s?{_EN_UNIT})?)\s?,?\s?and\s"
    rf"(?P<b>{_NUM}(?:\s?{_EN_UNIT})?)")

# --------------------------------------------------------------------------------------------
# Chinese.

_ZH_UNIT = rf"(?:{_ZH_UNIT_ALT})"
_ZH_SHAPE = r"(?:三角形|平行四边形|长方形|矩形|正方形)"
_ZH_DIM_WORD = r"(?:底边长|底边|边长|底|高|长|宽)"
_ZH_DIM = (rf"(?P<w{{i}}>{_ZH_DIM_WORD})\s?(?:是|为|=|长)?\s?(?P<n{{i}}>{_NUM})"
           rf"\s?(?P<u{{i}}>{_ZH_UNIT})?")
_ZH_JOIN = r"\s?(?:[,，、;；]\s?(?:且|而)?|且|和|并且)\s?"
_ZH_ASKED = rf"(?:是|为|等于)?\s?多少\s?(?P<sq>平方)?(?P<au>{_ZH_UNIT})?"


_ZH_DIMS = _numbered(_ZH_DIM, _ZH_JOIN, 3)
_ZH_PATTERNS = [
    # "一个三角形的底是4厘米，高是6厘米，它的面积是多少平方厘米"
    re.compile(rf"(?:请问)?\s?(?:已知)?\s?(?:一个|一块|这个|某)?\s?(?P<s>{_ZH_SHAPE})\s?的?\s?{_ZH_DIMS}"
               rf"\s?[,，。;；]?\s?(?:求|那么|则|请问)?\s?(?:它的|这个(?:{_ZH_SHAPE})的|(?:{_ZH_SHAPE})的)?"
               rf"\s?(?P<q>面积|周长)\s?{_ZH_ASKED}"),
    # "底为4厘米、高为6厘米的三角形的面积是多少平方厘米"
    re.compile(rf"(?:请问)?\s?(?:求)?\s?{_ZH_DIMS}\s?的\s?(?P<s>{_ZH_SHAPE})\s?的?\s?(?P<q>面积|周长)"
               rf"\s?{_ZH_ASKED}"),
]

_TRAILING = " ?？.。!！"
_SPACES = re.compile(r"\s+")


def _read(match: re.Match[str], zh: bool) -> ShapeSizeProblem:
    groups = match.groupdict()
    named = groups.get("s") or groups["s2"]
    shape = _SHAPES[named.removeprefix("right ")]
    if named.startswith("right ") and shape != "triangle":
        raise _Reject("'right' applies to a triangle only")
    sizes: dict[Dimension, Fraction] = {}
    units: list[Unit | None] = []
    said: list[tuple[str, str, str | None]] = []  # (dimension word, number, unit)
    if groups.get("x") is not None:  # "7 by 3": a length by a width
        said = [("length", groups["x"], groups.get("xu")), ("width", groups["y"], groups.get("yu"))]
    for i in range(3):
        if groups.get(f"w{i}") is not None:
            said.append((groups[f"w{i}"], groups[f"n{i}"], groups.get(f"u{i}")))
        elif groups.get(f"v{i}") is not None:
            said.append((groups[f"v{i}"], groups[f"m{i}"], groups.get(f"t{i}")))
    for word, literal, unit_word in said:
        dimension = _DIMENSIONS[_SPACES.sub(" ", word)]
        if dimension in sizes:
            raise _Reject(f"the {dimension} is given twice")
        if sum(ch.isdigit() for ch in literal) > MAX_LITERAL_DIGITS:
            raise _Reject(f"a number has more than {MAX_LITERAL_DIGITS} digits")
        value = parse_number(literal)
        if value is None or value <= 0:
            raise _Reject(f"{literal!r} is not a positive size")
        sizes[dimension] = value
        units.append(_unit_name(unit_word) if unit_word else None)
    if frozenset(sizes) not in _NEEDS[shape]:
        raise _Reject(f"a {shape} is not measured by its {' and '.join(sizes)} here")
    question: Literal["area", "perimeter"] = (
        "area" if groups["q"] in ("area", "面积") else "perimeter")
    if question == "perimeter" and shape in ("triangle", "parallelogram"):
        raise _Reject(f"the perimeter of a {shape} needs its sides")
    unit = units[0]
    if any(other != unit for other in units):
        raise _Reject("mixed units, or numbers with and without units")
    asked = groups.get("au")
    if asked is not None:
        if unit is None:
            raise _Reject("the question asks for a unit its numbers do not have")
        if _unit_name(asked) != unit:
            raise _Reject("the question asks for a different unit (a conversion)")
    square = groups.get("sq") is not None
    if unit is not None and question == "area" and asked is not None and not square:
        raise _Reject("an area in units must be asked for in the square unit")
    if square and question != "area":
        raise _Reject("a length cannot be given in a square unit")
    return ShapeSizeProblem(shape=shape, question=question, sizes=sizes, unit=unit)


class ShapeSizeSolver:
    """Area or perimeter of a triangle, parallelogram, rectangle or square from its sizes.

    Example:
        >>> solver = ShapeSizeSolver()
        >>> query = Query(text="What is the area of a triangle with base 4 and height 6?")
        >>> solver.solve(solver.parse(query).problem, query).value
        '12'
    """

    name = "shape_size"
    family = "geometry"

    def parse(self, query: Query) -> Parsed[ShapeSizeProblem] | Declined:
        text = unicodedata.normalize("NFKC", query.text)
        text = _SPACES.sub(" ", text).strip().rstrip(_TRAILING)
        if len(text) > MAX_CHARS:
            return Declined(reason=f"question longer than {MAX_CHARS} characters")
        zh = query.language == "zh"
        if not zh:
            text = _UNIT_POWER.sub(r"square \1", text).lower()
            if "right triangle" in text:
                text = _EN_LEGS.sub(r"base \g<a> and height \g<b>", text)
        for pattern in _ZH_PATTERNS if zh else _EN_PATTERNS:
            match = pattern.fullmatch(text)
            if match is None:
                continue
            try:
                return Parsed(problem=_read(match, zh))
            except _Reject as exc:
                return Declined(reason=str(exc))
        return Declined(reason="not a complete question about a shape's size")

    def solve(self, problem: ShapeSizeProblem, query: Query) -> Solution | Declined:
        zh = query.language == "zh"
        sizes = problem.sizes
        if problem.shape == "square":
            side = sizes["side"]
            value = side * side if problem.question == "area" else 4 * side
            formula = "s²" if problem.question == "area" else "4s"
        elif problem.shape == "rectangle":
            first, second = (sizes[key] for key in sorted(sizes))
            if problem.question == "area":
                value, formula = first * second, "length × width"
            else:
                value, formula = 2 * (first + second), "2 × (length + width)"
        else:
            base, height = sizes["base"], sizes["height"]
            if problem.shape == "triangle":
                value, formula = base * height / 2, "base × height ÷ 2"
            else:
                value, formula = base * height, "base × height"
        text = canonical(value)
        if value.denominator != 1:
            text += f" = {decimal_text(value)}"
        if problem.unit is not None:
            text += " " + _unit_text(problem.unit, square=problem.question == "area", zh=zh)
        if zh:
            label = "面积" if problem.question == "area" else "周长"
            return Solution(value=canonical(value), answer=f"{label}是 {text}。")
        return Solution(value=canonical(value),
                        answer=f"The {problem.question} is {text} ({formula}).")
