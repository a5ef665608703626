"""Plane geometry with coordinates: intersections, circle relations, point location, area,
perimeter and distance, all decided exactly.

Lexing. Every parenthesised group that holds a digit must be one point ``(x, y)`` of two
``_numbers`` literals separated by exactly one comma (so ``(1,234)`` is the point (1, 234) and
``(1,234, 5)`` is declined), and every other number literal becomes a number token. The
question is lower-cased and must then match one phrasing below from its first word to its
last (trailing "?", "。" and the like aside); every point and number is part of a shape or a
point of that phrasing, so nothing in the question is left unaccounted for. Three passes run
first, each replacing what it read exactly:

* named points -- definitions "..., where A = (-4, -3), B = (-6, 5)", "Let A = (0, 0) and
  B = (3, 4). ...", "已知A=(0,0)，B=(4,0)，...", "...？其中A(0,0)，B(4,4)" are removed and every
  use ("segment AB", "segments AB and CD", "line CD", "triangle ABC", "point E", "vertices A, B
  and C", "between A and B", "线段AB", "三角形ABC", "点A", "A、B两点") becomes the coordinates
  as written. Every defined label must be used, every used label defined, nothing left over.
  Definitions may also follow the shape they name ("线段AB（A(-2, -2)，B(-6, 6)）", "segment
  AB (A(0, 0), B(4, 4))"): each shape must define exactly its own letters;
* named circles -- "Circle A has center (-7, 3) and radius 7; circle B has center (-7, 12) and
  radius 2. Are the two circles tangent?", "Circle A: center (0,0), r=5. Circle B: ...",
  "圆A的圆心是(2,3)，半径5；圆B…": the one phrase of the question naming both ("the two
  circles", "circle A and circle B", "they") becomes the two descriptions and the names may
  not be used anywhere else; or, with no such phrase, each name is used exactly once on its
  own ("Is B inside A?", "Does circle A contain circle B?") and becomes its description.
  Unnamed circles work the same way with "they": "A circle has center (1, 1) and radius 3.
  Another has center (10, 10) and radius 2. Do they overlap?", "一个圆的圆心是…；另一个圆…";
* equations -- a circle "(x - 5)^2 + (y - 2)^2 = 30.25", "x^2 + y^2 - 4x + 6y = 12",
  "3x^2 + 3y^2 = 7" or a line "y = -0.75x + 6.5", "2x + 3y = 6", "x = 3", "y = (1/2)x + 3"
  becomes a circle (centre and exact squared radius) or a line; "the x-axis"/"x轴" is the line
  y = 0. Any other curve (y = x^2, x^2 + 2y^2 = 1, r^2 <= 0) declines the question;
* units -- see below;
* bare points -- "the point 6,6" becomes "the point (6, 6)" ("point 1,234" could be one number
  and is declined).

The general reading (English). When no phrasing below matches, ``_geometry_reader`` reads the
question from its words instead of its sentence structure: every shape description below is
found wherever it stands (and vertices given to a thing with no shape noun, "a fenced plot with
corners at (..), (..), (..)", "the vertices of a triangle are located at .." make a polygon),
then exactly one question must be asked, with the shapes and points that question takes,
yes/no questions asked as such, known words in the asking sentence (or names an earlier
sentence introduced: "Two towers stand at (..) and (..). How far apart are the towers?"), and
no word anywhere that could change the question (negation, "if", transformations,
comparisons, other measures). Everything else declines, as before.

The general reading (Chinese) works the same way in clauses: the one clause that holds a cue
must be made of known phrases, the other clauses only introduce the shapes, and a danger phrase
anywhere (平移, 如果, 最, 对角线, 内切 outside a list of options…) declines. It also finds circles
described without "的圆" ("一个圆心 (0, 0) 半径 6"), two circles described together ("圆心分别在
…，半径分别是 … 的两个圆") and corners listed in order ("一块地的四个角坐标依次为 …"). A relation
asked with options ("相离、外切、相交、内切还是内含") answers with the one option that names it.

Shapes. A line segment ("the segment from (0, 0) to (2, 2)", "segment AB goes from A(7, 7) to
B(2, 9)" -- end labels given for both ends or neither, spelling the name --,
"线段(0,0)到(2,2)"), a line ("the line through (0, 0) and (1, 1)", "过点(0,0)和(1,1)的直线"), a
circle with a centre and a radius or diameter ("a circle centered at (1, 2) with radius 3", "the
circle of radius 3 centred at (1, 2)", "r = 3", "circle (centre at (1, 2), r = 3)",
"圆心在(0,0)半径为2的圆", "以(0,0)为圆心、2为半径的圆"; "the unit circle", "单位圆"), a polygon
("a polygon with coordinates [(..), (..), (..)]", "the triangle with vertices (..), (..) and
(..)", "the triangle ABC with A(0, 0), B(4, 0), C(0, 3)", "三角形(0,0),(4,0),(0,3)", "a
triangle has vertices ..", "the vertices of a triangle are ..", "Polygon: (2, 2), (10, 2),
(6, 6)", vertices joined by arrows "(0, 0) -> (4, 0) -> (4, 3)", "依次连接(2,-2)、(10,-2)、
(10,0)得到的多边形"; named triangles, quadrilaterals, pentagons, hexagons and octagons must have
that many vertices, rectangles, squares, parallelograms and rhombi must be ones, a trapezoid
needs a pair of parallel sides (either definition: its area and perimeter do not depend on
which), and vertex labels must name every vertex once and spell the polygon's name in order),
and the plurals "the circles centered at (..) with radius 2 and at (..) with radius 1", "the
circles centered at (..) and (..) with radii 2 and 1", "the segments from .. to .. and from ..
to ..", "the lines through .. and .. and through .. and ..". "The origin" and 原点 are the point
(0, 0). Questions may also start with "Determine whether ...", "Check if ...", "判断...".
Circles and lines from equations may be written with or without their noun ("the circle x^2 +
y^2 = 4", "the line y = 2x", "y = 2x", "the circles .. and ..", "两圆..和..", "直线y=2x+1"); a
polygon may be named by its boundary ("the boundary of the triangle with vertices .."), which
is what it counts as anyway.

Questions (``GeometryProblem.question``) and their values:

* ``count`` -- the number of distinct points lying on at least two of the shapes: "How many
  intersection points are there between ...", "How many points do ... have in common?", the
  BIG-bench ``intersect_geometry`` form "There is a line segment from .. to ... There is a
  circle ... How many intersection points are there?", "...有几个交点". A polygon counts as
  its boundary (the BIG-bench convention, checked against its labels); a circle is the curve.
  A tangency is one point. Infinitely many common points (overlapping collinear pieces,
  coinciding circles) are declined. Value: the count. The shapes may also come first: "Given
  the circle .. and the line .., how many intersection points are there?", "..: how many
  intersection points do they have?", "..，它们有几个交点？".
* ``intersect`` -- "Do .. and .. intersect?", "..相交吗": "yes" when the two shapes share a
  point. When the boundaries do not meet but one shape lies inside the region of a circle or
  polygon, "intersect" could mean the curves (no) or the regions (yes): declined. In Chinese,
  相交 for a circle excludes 相切 (tangent), so a tangency in a Chinese question is declined.
* ``tangent`` -- "Are the circles .. tangent?": circle-circle, and line/segment-circle (the
  point of tangency must lie on the segment). ``overlap`` -- "Do the circles .. overlap?": the
  open disks share area. ``inside`` / ``contains`` -- "Is the circle .. inside the circle ..?":
  "yes" when the first disk lies strictly inside the second. A circle touching the other from
  inside is inside the closed disk but not strictly inside: neither "yes" nor "no" holds
  under every convention, so that case is declined (the relation question answers it:
  ``internally tangent``).
* ``cross`` / ``count_cross`` -- "Do .. cross?", "How many times does .. cross ..?": answered
  only when every common point is a proper crossing; a tangency or a meeting at a segment end
  or polygon vertex ("touching") is declined, since whether that "crosses" is wording.
* ``parallel`` / ``perpendicular`` -- two lines or segments, by their directions; two pieces of
  one line are declined as "parallel" (definitions differ). ``collinear`` -- "Are the points
  (..), (..) and (..) collinear?", "Do the points .. lie on a straight line?", "..三点共线吗":
  3 to 10 points, by cross products.
* ``relation`` -- "What is the relationship between the circles ..?", "..的位置关系": for two
  circles ``separate``, ``externally tangent``, ``intersecting``, ``internally tangent``,
  ``contained``, ``concentric`` or ``identical``; for a line and a circle ``separate``,
  ``tangent`` or ``intersecting``.
* ``point_inside`` / ``point_outside`` / ``point_on`` / ``point_where`` -- "Is the point (1, 1)
  inside the polygon with vertices ..?", "Does the circle .. pass through (3, 4)?", "点(1,1)在
  多边形..内部吗", "Where is (1, 1) relative to ..?", "Where does (6, 3) lie relative to ..:
  inside, on the boundary, or outside?" (the options in any order, naming an inside and an
  outside). "Is it on (the boundary of) ..?" is yes/no. "Is it inside/outside ..?" is yes/no
  for a point off the boundary; a point on the boundary is inside the closed region but not
  the open one, so neither "yes" nor "no" is right under every convention: the value is then
  ``boundary`` and the sentence says the point is neither strictly inside nor outside.
  ``point_where`` answers ``inside``, ``boundary`` or ``outside``. The shape may come first
  and the question name it "it": "Given the polygon .., is the point (2, 2) inside it, outside
  it, or on its boundary?", "Polygon: ... Where does the point 6,6 lie relative to it?".
  Segments and lines only
  take "on" questions.
* ``area``, ``perimeter`` (``circumference`` for circles), ``distance`` (two points, the
  length of a segment, or the shortest distance from a point to a line or a segment: "What is
  the distance from (1, 2) to the line y = 2x + 1?" is ``sqrt(5)/5``; with named points also
  "the length of AB", "the distance AB"). Values are exact ("in terms of pi" / "结果保留π"
  asks for what they already are):
  rationals as ``a/b``; square roots simplified and summed as ``3+2*sqrt(2)``,
  ``5*sqrt(2)/2``; multiples of pi as ``25*pi``, ``9*pi/4``, ``2*sqrt(2)*pi``. The sentence
  adds the decimal (``≈`` when rounded). Circles for area/circumference may omit the
  centre ("the area of a circle with radius 5", "A circle has a radius of 5. What is its
  area?", "一个圆的半径是5厘米，它的面积是多少平方厘米？"; the shape may come first and the
  question after it, "..: what is its circumference?").
* ``slope`` of a line or segment through two given points ("the slope of the line through (1,
  2) and (3, 6)", "the slope between (1, 2) and (4, 3)", "过点(1,2)和(3,6)的直线的斜率"), exact;
  vertical lines and lines given by equations decline.
* ``radius``, ``diameter``, ``center`` of a circle (mostly one given by an equation): the radius
  of x^2 + y^2 = 8 is ``2*sqrt(2)`` from the exact squared radius; the centre is ``(h, k)``.

Units. One length unit (mm, cm, dm, m, km, in, ft, yd, mi; 毫米, 厘米, 分米, 米, 千米/公里, 英寸,
英尺, 码, 英里) may hold for a whole question: said once for the grid ("(in metres)",
"(coordinates in km, listed clockwise)", "on a map grid where one unit is 1 km", "Coordinates
are in metres.", "（单位：千米）"), or carried by every size (radius, diameter) given, the
coordinates then being read in it too ("a tower at (4, 9) with a range of 4 km"). A measure is
answered in it, and asked, if at all, in it ("in cm", "多少厘米"; an area in the square unit:
"in square cm", "in cm²", "多少平方厘米"); a relation or count must not ask for a unit. The
value stays the exact number ("25*pi"); the sentence names the unit. Mixed units, sizes with
and without a unit, another scale ("one unit is 2 km"), conversions ("in m" for a size in cm)
and units written inside a coordinate decline.

Exactness. Coordinates and radii are scaled to integers by the lcm of their denominators and
every decision is integer arithmetic (``_geometry_exact``): tangency is a zero discriminant,
never a float comparison; shapely only prunes candidate edge pairs. A circle from an equation
keeps its squared radius exactly (``r^2 = 30.25`` or ``2``); no decision takes its square root:
circle pairs compare ``d^2`` with ``R1 + R2 +- 2*sqrt(R1*R2)`` by exact sign rules. The 88
BIG-bench items whose published labels are wrong (tangencies the generator's floats missed)
get the exact count.

Regular expressions run with possessive whitespace quantifiers (:func:`_compile`), so a long
question that almost matches fails in linear time instead of backtracking exponentially.

Casual phrasing. Lead-ins and politeness without content ("sanity check:", "pls", "can u"),
trailers ("... is?", "thanks") and one first-person context sentence without numbers or words
that could change the question ("I'm designing a garden.") are dropped (``_tidy``); a subject
may name the shape ("The bed is a polygon with corners ..."). "touch" is answered only where
its formal (tangent) and casual (meet) readings agree: a tangency, or shapes apart.

Caps: at most 10 shapes; polygons of 3 to 100 vertices and 200 vertices in all; number
literals of at most 30 digits; questions of at most 4000 characters. Declined besides: zero
or negative radii and diameters, zero-length segments, lines through one point twice,
repeated or self-touching polygon vertices (a polygon must be simple), questions without
coordinates ("Do these circles intersect?"), units, labels or names the grammar does not
know, and anything else not matching a phrasing completely.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from decimal import ROUND_HALF_EVEN, Decimal, localcontext
from fractions import Fraction
from typing import Annotated, Literal, cast

from pydantic import BaseModel, ConfigDict, Field

from . import _geometry_exact as gx
from ._base import Declined, Parsed, Problem, Query, Solution
from ._geometry_reader import OTHER_PLANES, FrameReading, Unread, read_frame, read_zh_frame
from ._numbers import NUMBER, canonical, decimal_text, parse_number

__all__ = [
    "CircleSpec",
    "GeometryProblem",
    "GeometrySolver",
    "LineSpec",
    "PolygonSpec",
    "SegmentSpec",
]

MAX_CHARS = 4000
MAX_SHAPES = 10
MAX_VERTICES = 100
MAX_TOTAL_VERTICES = 200
MAX_LITERAL_DIGITS = 30

Pt = tuple[Fraction, Fraction]


class _Spec(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class SegmentSpec(_Spec):
    """The closed segment from ``a`` to ``b``."""

    kind: Literal["segment"] = "segment"
    a: Pt
    b: Pt


class LineSpec(_Spec):
    """The infinite line through ``a`` and ``b``."""

    kind: Literal["line"] = "line"
    a: Pt
    b: Pt


class CircleSpec(_Spec):
    """A circle; ``center`` is None only in area/circumference questions that give none.

    ``radius`` is None when the circle came from an equation whose right-hand side is not the
    square of a rational (``x^2 + y^2 = 2``); ``radius_squared`` then holds it exactly.
    """

    kind: Literal["circle"] = "circle"
    center: Pt | None
    radius: Fraction | None = None
    radius_squared: Fraction | None = None

    @property
    def r2(self) -> Fraction:
        """The squared radius, exactly."""
        if self.radius is not None:
            return self.radius * self.radius
        if self.radius_squared is None:
            raise _Reject("a circle needs a radius")
        return self.radius_squared


PolygonName = Literal["polygon", "triangle", "quadrilateral", "rectangle", "square", "pentagon",
                      "hexagon", "parallelogram", "rhombus", "trapezoid", "octagon"]


class PolygonSpec(_Spec):
    """A polygon by its vertices in order; ``name`` is the word the question used."""

    kind: Literal["polygon"] = "polygon"
    name: PolygonName = "polygon"
    vertices: tuple[Pt, ...]


ShapeSpec = Annotated[SegmentSpec | LineSpec | CircleSpec | PolygonSpec,
                      Field(discriminator="kind")]

Question = Literal["count", "intersect", "tangent", "overlap", "inside", "contains", "relation",
                   "point_inside", "point_outside", "point_on", "point_where", "area",
                   "perimeter", "distance", "radius", "diameter", "center", "cross",
                   "count_cross", "parallel", "perpendicular", "collinear", "slope", "touch",
                   "one_point"]

# Length units a circle's size may carry ("直径为25厘米", "diameter 25 cm"); the answer is then
# in the same unit (squared for areas). Conversions are never made.
Unit = Literal["mm", "cm", "dm", "m", "km", "in", "ft", "yd", "mi"]


class GeometryProblem(Problem):
    """One geometry question: the shapes (in question order), a point, or two points."""

    kind: Literal["geometry"] = "geometry"
    question: Question
    shapes: tuple[ShapeSpec, ...] = ()
    points: tuple[Pt, ...] = ()
    unit: Unit | None = None
    # The relation words offered as answers ("相离、外切、相交、内切还是内含"): the value is then
    # the one option that names the relation.
    options: tuple[str, ...] = ()


class _Reject(Exception):
    """The question is not one we answer; the message is the decline reason."""


# --------------------------------------------------------------------------------------------
# Lexing: points and numbers become tokens ⟨p0⟩, ⟨n0⟩ so that the grammar stays regular.

# "the origin" / 原点 name the point (0, 0); "the unit circle" / 单位圆 is handled as a shape.
_ORIGIN = re.compile(r"\b(?:the\s+)?origin\b|(?:坐标)?原点", re.IGNORECASE)
_GROUP_OR_NUMBER = re.compile(rf"\(([^()]*)\)|(?<![a-z])(?:{NUMBER})", re.IGNORECASE)
_TOKEN = re.compile(r"⟨([pncl])(\d+)⟩")
_TRAILING_CHARS = " ?？.。!！"
_EXACT_PI = re.compile(
    r"(?:[.,;?]\s*|\s)(?:\(\s*)?(?:(?:please\s+)?(?:give|leave|express|write|state)\s+"
    r"(?:the|your|an)\s+(?:exact\s+)?answer\s+|(?:please\s+)?(?:leave|keep)\s+it\s+"
    r"|(?:exact\s+)?answer\s+|(?:exact(?:ly)?\s*,?\s+)?)"
    r"in\s+terms\s+of\s+(?:pi|π)(?:\s*\))?$"
    # "…, leaving your answer in exact form", "(simplest radical form)": exact anyway
    r"|(?:[.,;?]\s*|\s)(?:\(\s*)?(?:(?:please\s+)?(?:give|leave|leaving|express|write|state)\s+"
    r"(?:the|your|an)\s+answer\s+)?in\s+(?:exact|surd|simplest\s+radical|simplified\s+radical)"
    r"\s+form(?:\s*\))?$"
    r"|\s*[,，(（]?\s*(?:结果|答案)?\s*(?:保留|用)\s*π\s*(?:表示)?\s*[)）]?$",
    re.IGNORECASE)  # for str.rstrip: a regex "[…]+$" is quadratic on long runs
_SPACES = re.compile(r"\s+")
# Lead-ins and politeness that carry no content: "sanity check: is ...", "pls find ...", "can u
# find ...", "..., thanks". Removed from the lexed, lower-cased question before the grammar.
_LEAD_IN = re.compile(
    r"^(?:(?:hey|hi|hello|ok|okay|so|quick\s+q(?:uestion)?|sanity\s+check|question|q|quiz"
    r"|(?:math|maths|geometry)(?:\s+(?:question|problem|q))?)\s*[:,!–—-]+\s*)?"
    r"(?:think\s+(?:it\s+through\s+)?step\s+by\s+step\s*[.:!]\s*)?"
    r"(?:(?:pls|plz|please|kindly|can\s+(?:u|you)|could\s+(?:u|you)|would\s+you|help\s+me)"
    r"\s*,?\s+)*")
_TRAILER = re.compile(r"(?:\s*[,;]?\s+(?:pls|plz|please|thanks|thank\s+you|thx|ty)"
                      r"|\s*[.?]\s*(?:please\s+)?answer\s+(?:with\s+)?(?:yes\s+or\s+no|yes/no)"
                      r"|\s+(?:is|=)|\s*\?+)$")
# One leading sentence of context in the first person ("I'm designing a garden."), dropped when
# it has no number and none of the words that could change the question (units, scaling,
# exceptions, negation, another dimension).
_CONTEXT = re.compile(r"^(?:i['’]?m|i\s+am|we['’]re|we\s+are|i['’]ve|i\s+have|i\s+was"
                      r"|i\s+need|i\s+want|i\s+got)\s[^.!?⟨⟩0-9]{0,150}[.!]\s")
_CONTEXT_DANGER = re.compile(
    r"\b(?:not|no|never|except|ignore|assum\w*|suppos\w*|scal\w*|units?|miles?|km|kilomet\w*"
    r"|met(?:er|re)s?|feet|foot|inch\w*|yards?|cm|mm|rotat\w*|shift\w*|translat\w*|reflect\w*"
    r"|doubl\w*|half|halv\w*|twice|tripl\w*|spheres?|cubes?|3d|three|volume|instead|round\w*"
    r"|approx\w*|decimals?|percent|only|but|if|unless|radians?|degrees?)\b|n['’]t\b")


def _tidy(core: str) -> str:
    """The question without content-free lead-ins, trailers and a first-person context
    sentence (see ``_LEAD_IN``, ``_CONTEXT``)."""
    context = _CONTEXT.match(core)
    if context is not None and not _CONTEXT_DANGER.search(context.group()) and not any(
            word in OTHER_PLANES for word in re.findall(r"[a-z'’]+", context.group().lower())):
        core = core[context.end():]
    core = _LEAD_IN.sub("", core, count=1)
    for _ in range(3):
        core = _TRAILER.sub("", core).rstrip(_TRAILING_CHARS)
    return core


# --------------------------------------------------------------------------------------------
# Equations. A circle "(x - 5)^2 + (y - 2)^2 = 30.25", "x^2 + y^2 - 4x + 6y = 12" or a line
# "y = -0.75x + 6.5", "2x + 3y = 6", "x = 3" is read before the other lexing into an exact
# polynomial A*x^2 + B*y^2 + D*x + E*y + F = 0 and replaced by a token ⟨c0⟩ (circle) or ⟨l0⟩
# (line). Terms: optional sign, optional coefficient (a decimal or "(1/2)"), then x, y, x^2,
# y^2 or (x +- h)^2; or a constant (also "5^2"). Anything else (x*y, x^3, y = x^2, ellipses)
# is not a circle or a line, and the question is declined.

_EQ_NUM = r"(?:\d+(?:\.\d+)?|\.\d+)"
_EQ_VAR = r"(?<![a-z])[xy](?![a-z])"
_EQ_SQ = r"\s*(?:\^|\*\*)\s*2(?![\d.])"
_EQ_SIGN = r"[-+−]"
_EQ_TERM_NAMED = (
    rf"(?P<sign>{_EQ_SIGN})?\s*(?:"
    rf"(?:(?P<coef>{_EQ_NUM})|\(\s*(?P<ctop>{_EQ_NUM})\s*/\s*(?P<cbot>{_EQ_NUM})\s*\))?\s*\*?\s*"
    rf"(?:(?P<var>{_EQ_VAR})(?P<vsq>{_EQ_SQ})?"
    rf"|\(\s*(?P<svar>{_EQ_VAR})\s*(?P<sop>{_EQ_SIGN})\s*(?P<shift>{_EQ_NUM})\s*\){_EQ_SQ})"
    rf"|(?P<const>{_EQ_NUM})(?P<csq>{_EQ_SQ})?"
    rf"|\(\s*(?P<ftop>{_EQ_NUM})\s*/\s*(?P<fbot>{_EQ_NUM})\s*\))")
_EQ_TERM = re.sub(r"\(\?P<\w+>", "(?:", _EQ_TERM_NAMED)
_EQ_SIDE = rf"{_EQ_TERM}(?:\s*{_EQ_SIGN}\s*{_EQ_TERM}){{0,11}}"
# Not glued to a Latin word, a digit, a decimal point or an exponent on either side (Chinese
# text may touch it: "直线y=2x+1与圆...").
# Nor preceded by an operator: a match starts only at the first term of a chain, which keeps
# the scan linear ("x^2 + x^2 + ..." is not retried from every term).
_EQUATION_SOURCE = (rf"(?i)(?<![A-Za-z0-9_.^+\-−*/=(])(?<![+\-−*/=]\s)"
                    rf"(?P<left>{_EQ_SIDE})\s*=\s*(?P<right>{_EQ_SIDE})"
                    r"(?![A-Za-z0-9_(^]|\.\d)")
MAX_EQUATIONS = 10
# The axes are the lines y = 0 and x = 0.
_AXIS = re.compile(r"(?i)\b(?:the\s+)?([xy])[-\s]?axis\b")
_ZH_AXIS = re.compile(r"(?i)(?<![a-z])([xy])\s*轴")

Poly = dict[str, Fraction]  # keys "xx", "yy", "x", "y", "1"


def _eq_number(text: str) -> Fraction:
    if sum(ch.isdigit() for ch in text) > MAX_LITERAL_DIGITS:
        raise _Reject(f"a number has more than {MAX_LITERAL_DIGITS} digits")
    value = parse_number(text)
    if value is None:
        raise _Reject(f"{text!r} is not a number")
    return value


def _eq_ratio(top: str, bottom: str) -> Fraction:
    denominator = _eq_number(bottom)
    if denominator == 0:
        raise _Reject("division by zero in an equation")
    return _eq_number(top) / denominator


def _add(poly: Poly, key: str, value: Fraction) -> None:
    poly[key] = poly.get(key, Fraction(0)) + value


def _eq_side(text: str) -> Poly:
    """The polynomial of one side of an equation (already known to match ``_EQ_SIDE``)."""
    poly: Poly = {}
    position = 0
    text = text.strip()
    while position < len(text):
        match = _EQ_TERM_RE.match(text, position)
        if match is None or match.end() == position:
            raise _Reject("could not read the equation")
        g = match.groupdict()
        if position > 0 and g["op"] is None:
            raise _Reject("two terms without an operator between them")
        position = match.end()
        signs = [g["op"], g["sign"]]
        sign = Fraction((-1) ** sum(1 for char in signs if char in ("-", "−")))
        if g["const"] is not None:
            value = _eq_number(g["const"])
            _add(poly, "1", sign * (value * value if g["csq"] else value))
            continue
        if g["ftop"] is not None:
            _add(poly, "1", sign * _eq_ratio(g["ftop"], g["fbot"]))
            continue
        coef = sign
        if g["coef"] is not None:
            coef *= _eq_number(g["coef"])
        elif g["ctop"] is not None:
            coef *= _eq_ratio(g["ctop"], g["cbot"])
        if g["var"] is not None:
            var = g["var"].lower()
            _add(poly, var * 2 if g["vsq"] else var, coef)
        else:  # coef * (v +- h)^2 = coef * (v^2 +- 2 h v + h^2)
            var = g["svar"].lower()
            shift = _eq_number(g["shift"]) * (-1 if g["sop"] in ("-", "−") else 1)
            _add(poly, var * 2, coef)
            _add(poly, var, coef * 2 * shift)
            _add(poly, "1", coef * shift * shift)
    return poly


def _equation_shape(left: str, right: str) -> CircleSpec | LineSpec:
    """The circle or line an equation describes, exactly; anything else is declined."""
    poly = _eq_side(left)
    for key, value in _eq_side(right).items():
        _add(poly, key, -value)
    a, b = poly.get("xx", Fraction(0)), poly.get("yy", Fraction(0))
    d, e, f = poly.get("x", Fraction(0)), poly.get("y", Fraction(0)), poly.get("1", Fraction(0))
    if a == b == 0:
        if d == e == 0:
            raise _Reject("the equation has no x or y: not a line")
        if e != 0:  # y = -(d x + f) / e
            return LineSpec(a=(Fraction(0), -f / e), b=(Fraction(1), -(d + f) / e))
        return LineSpec(a=(-f / d, Fraction(0)), b=(-f / d, Fraction(1)))
    if a != b:
        raise _Reject("the equation is not a circle or a line (x^2 and y^2 differ)")
    # x^2 + y^2 + (d/a) x + (e/a) y + f/a = 0: centre (-d/2a, -e/2a), r^2 = |centre|^2 - f/a.
    center = (-d / (2 * a), -e / (2 * a))
    r2 = center[0] ** 2 + center[1] ** 2 - f / a
    if r2 <= 0:
        raise _Reject("the equation has no real circle (r^2 <= 0)")
    root = gx.exact_sqrt(r2)
    if root is not None:
        return CircleSpec(center=center, radius=root)
    return CircleSpec(center=center, radius_squared=r2)


# --------------------------------------------------------------------------------------------
# Named points. "..., where A = (-4, -3), B = (-6, 5), C = (-6, 6) and D = (6, 5)", "Let A =
# (0, 0) and B = (3, 4). ...", "已知A=(0,0)，B=(4,0)，求..." or "...？其中A(0,0)，B(4,4)" define
# points by capital letters; the rest of the question names shapes by them ("segment AB", "line
# CD", "triangle ABC", "point E", "between A and B", "线段AB", "三角形ABC", "点A"). The
# definitions are removed and every use is replaced by the coordinates as written, so the
# ordinary grammar reads the question. Every defined label must be used, every label used must
# be defined, and no word made of labels may be left over anywhere else.

_DEF = r"[A-Z]\s*(?:=\s*)?\([^()]{1,200}\)"
_DEF_SEP = r"(?:\s*[,;、]\s*(?:and\s+|和\s*|及\s*)?|\s+and\s+|\s*(?:和|及|与)\s*)(?:点\s*)?"
_DEFS = rf"(?P<defs>{_DEF}(?:{_DEF_SEP}{_DEF}){{0,25}})"
_DEFS_AFTER = re.compile(
    r"(?:\s*[,;:?.]\s*|\s+|(?<=[\u4e00-\u9fff]))"
    r"(?:(?i:where|with|given(?:\s+that)?|if|when|for)\s+(?i:the\s+)?(?i:points?\s+)?"
    r"|(?:其中|已知|这里|设)\s*(?:点\s*)?)"
    rf"{_DEFS}\s*[?？.。!！]*\s*$")
_DEFS_BEFORE = re.compile(
    r"^\s*(?:(?i:(?:let|given|suppose|if|consider)\s+(?:the\s+)?(?:points?\s+)?"
    r"|(?:the\s+)?points?\s+)|(?:(?:已知|设|若|假设|如果)\s*)?(?:(?:在\s*)?(?:平面|坐标平面"
    r"|平面直角坐标系|直角坐标系|坐标系)(?:上|中|内)\s*,?\s*(?:有\s*)?)?(?:[两三四五六]\s*点|点)?\s*)?"
    rf"{_DEFS}(?:\s+(?i:are|is)\s+(?i:given|defined|marked|plotted))?\s*[.,;:]\s*")
_ONE_DEF = re.compile(r"([A-Z])\s*(?:=\s*)?(\([^()]{1,200}\))")
_NOUN_LABELS = re.compile(
    r"\b(?P<noun>(?i:(?:line\s+)?segments?|lines?|triangle|quadrilateral|rectangle|square"
    r"|pentagon|hexagon|polygon|parallelogram|rhombus|trapezoid|trapezium|octagon))\s+(?P<first>[A-Z]{2,6})\b(?:\s+and\s+(?P<second>[A-Z]{2})\b)?"
    r"|\b(?P<pnoun>(?i:points?|vertex|vertices|corners))\s+"
    r"(?P<plist>[A-Z](?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[A-Z]){0,9})\b"
    r"|\b(?P<lnoun>(?i:length|distance))\s+(?:(?i:of)\s+)?(?P<pair>[A-Z]{2})\b"
    r"|\|(?P<bars>[A-Z]{2})\|"  # "|AB|": the length of AB
    r"|(?<=(?i:how long is) )(?P<hpair>[A-Z]{2})\b"  # "How long is PQ?"
    r"|\b(?P<prep>(?i:between|from|is|does|to|and|at|of))\s+(?P<single>[A-Z])\b"
    r"|(?P<znoun>线段|直线|三角形|四边形|矩形|长方形|正方形|五边形|六边形|多边形|菱形|梯形|八边形)\s*"
    r"(?P<zfirst>[A-Z]{2,6})(?![A-Za-z])"
    r"|(?<![A-Za-z])(?P<zpair>[A-Z]{2})(?![A-Za-z])(?=\s*(?:的长度|的长|的距离|之间的距离))"
    r"|(?<![A-Za-z])(?P<zsingle>[A-Z])(?![A-Za-z])(?=\s*(?:[、和与到]|两点|点|之间|的))"
    r"|(?<=点)(?P<zpoint>[A-Z])(?![A-Za-z])")
_LEFTOVER_LABEL = re.compile(r"(?<![A-Za-z])[A-Z]{1,6}(?![A-Za-z])")
_CJK = re.compile(r"[\u4e00-\u9fff]")


# Definitions right after the shape they name: "线段AB（A(-2, -2)，B(-6, 6)）", "segment AB (A(0,
# 0), B(3, 4))". They are moved to the end ("…, where A(0, 0), B(3, 4)"); each shape must
# define exactly its own letters.
_INLINE_DEFS = re.compile(
    r"(?P<head>(?:(?i:(?:line\s+)?segment|line|triangle|quadrilateral|rectangle|square|pentagon"
    r"|hexagon|polygon|parallelogram|rhombus|trapezoid|trapezium|octagon)\s+"
    r"|线段|直线|三角形|四边形|矩形|长方形|正方形|五边形|六边形|多边形|菱形|梯形|八边形)\s*"
    r"(?P<labels>[A-Z]{2,6})(?![A-Za-z]))"
    rf"(?:\s*\(\s*(?P<defs>{_DEF}(?:{_DEF_SEP}{_DEF}){{1,5}})\s*\)"
    # "segment AB with A(0, 6) and B(-6, 1)"
    rf"|\s+(?i:with|where)\s+(?P<listed>{_DEF}(?:{_DEF_SEP}{_DEF}){{1,5}}))")


def _inline_defs(match: re.Match[str]) -> str:
    return match.group("defs") or match.group("listed")


def _inline_definitions(text: str) -> str:
    found = list(_INLINE_DEFS.finditer(text))
    if not found:
        return text
    body = _INLINE_DEFS.sub(lambda match: match.group("head"), text).rstrip()
    if _DEFS_AFTER.search(body) or _DEFS_BEFORE.match(body):
        raise _Reject("points are defined in more than one place")
    for match in found:
        names = [label for label, _ in _ONE_DEF.findall(_inline_defs(match))]
        if sorted(names) != sorted(set(match.group("labels"))):
            raise _Reject(f"the points defined after {match.group('labels')} are not its "
                          "vertices")
    question = body.rstrip("?？.。!！")
    definitions = ", ".join(_inline_defs(match) for match in found)
    lead = "其中" if _CJK.search(text) else "where "
    return f"{question}, {lead}{definitions}{body[len(question):]}"


# Two named circles described first, then a question about them: "Circle A has center (-7, 3)
# and radius 7; circle B has center (-7, 12) and radius 2. Are the two circles tangent?". The
# one phrase of the question that refers to both ("the two circles", "circle A and circle B",
# "they") is replaced by the two descriptions; the names may not appear anywhere else.
# Length units (see Units below); a circle's radius may carry one.
_UNIT_ALT = (r"millimet(?:er|re)s?|mm|centimet(?:er|re)s?|cm|decimet(?:er|re)s?|dm"
             r"|kilomet(?:er|re)s?|km|met(?:er|re)s?|m|inch(?:es)?|in\.|feet|foot|ft|yards?|yd"
             r"|miles?|mi")
_ZH_UNIT_ALT = r"毫米|厘米|分米|千米|公里|英寸|英尺|英里|米|码"
_CIRCLE_NAME = r"(?:[A-Z][0-9]?|[0-9])"
_CIRCLE_CENTER = (r"(?:(?:(?:a|its)\s+)?cent(?:er|re)\s+(?:at\s+|of\s+|=\s*|is\s+)?"
                  r"|(?:is\s+)?cent(?:ered|red)\s+(?:at\s+)?)\([^()]{1,100}\)")
_CIRCLE_RADIUS = (r"(?:(?:(?:with|has)\s+)?(?:a\s+|its\s+)?(?:radius|diameter)\s+"
                  r"(?:of\s+|=\s*|is\s+)?"
                  r"|(?<![A-Za-z])r\s*=\s*)[-−]?\d+(?:\.\d+)?(?![\d.]\d)"
                  rf"(?:\s?(?:{_UNIT_ALT})(?![A-Za-z0-9]))?")  # the unit is judged later (_Units)
_CIRCLE_BODY = (rf"(?:{_CIRCLE_CENTER}(?:\s*,\s*|\s+)(?:and\s+)?{_CIRCLE_RADIUS}"
                rf"|{_CIRCLE_RADIUS}(?:\s*,\s*|\s+)(?:and\s+)?{_CIRCLE_CENTER})")
_CIRCLE_HAS = (r"(?:\s*:\s*|\s+(?i:has|with)\s+|\s+(?=(?i:is\s+)?cent(?:ered|red)\b)"
               r"|\s+(?=(?i:cent(?:er|re))\s+\())")
# Circles may be called zones, discs or regions after a header that says they are circular:
# "Two circular coverage zones on a site map: zone A has its centre at (4,5) and r = 8; …".
_CIRCULAR_HEADER = (r"(?P<header>(?i:two\s+circular\s+(?:[a-z]+\s+){0,4}?"
                    r"(?P<plural>zones|discs|disks|regions)(?:\s+[a-z]+){0,6})\s*:\s*)?")
_CIRCLE_NOUN = r"(?i:circle|zone|disc|disk|region)"
_NAMED_CIRCLES = re.compile(
    rf"{_CIRCULAR_HEADER}(?P<noun1>{_CIRCLE_NOUN})\s+(?P<n1>{_CIRCLE_NAME}){_CIRCLE_HAS}"
    rf"(?P<b1>(?i:{_CIRCLE_BODY}))"
    r"(?:\s*[;,.]\s*(?i:and\s+)?|\s+(?i:and|while|whereas)\s+)"
    rf"(?P<noun2>{_CIRCLE_NOUN})\s+(?P<n2>{_CIRCLE_NAME}){_CIRCLE_HAS}(?P<b2>(?i:{_CIRCLE_BODY}))"
    r"\s*[.;:,]\s*(?P<question>\S.{0,300})")
# The same without names: "A circle has center (1, 1) and radius 3. Another has center (10, 10)
# and radius 2. Do they overlap?"
_ANONYMOUS_CIRCLES = re.compile(
    # an optional header names the pair: "Two circles: one centered at …, the other …"
    r"(?i:(?:there\s+are\s+|consider\s+|given\s+|(?:we|i)\s+have\s+(?:got\s+)?"
    # "I'm sketching two circles for a logo, one …": what they are for, judged below
    r"|(?:i['’]?m|i\s+am|we['’]re|we\s+are)\s+(?:sketching|drawing|plotting|designing|making)\s+)?"
    r"two\s+circles(?P<purpose>\s+for\s+(?:a|an|my|our|the|this)\s+[a-z]+(?:\s+[a-z]+){0,2})?"
    r"\s*[:;,.]\s*)?"
    # "i have circle center (1, 4) radius 5 and other circle center (1, -6) radius 9"
    r"(?i:(?:i|we)\s+have\s+(?=(?:a\s+)?circle\s))?"
    rf"(?i:(?:(?:a|one|the\s+first)\s+)?circle|one|the\s+first(?:\s+one)?){_CIRCLE_HAS}"
    rf"(?P<b1>(?i:{_CIRCLE_BODY}))"
    r"(?:\s*[;,.]\s*(?i:and\s+)?|\s+(?i:and|while|whereas)\s+)"
    r"(?i:another(?:\s+(?:circle|one))?|(?:a|the)\s+second(?:\s+(?:circle|one))?"
    rf"|(?:the\s+)?other(?:\s+(?:circle|one))?){_CIRCLE_HAS}(?P<b2>(?i:{_CIRCLE_BODY}))"
    r"\s*[.;:,]\s*(?P<question>\S.{0,300})")


_ZH_CIRCLE_CENTER = r"圆心\s*(?:为|是|在|坐标为|坐标是)?\s*\([^()]{1,100}\)"
_ZH_CIRCLE_RADIUS = r"(?:半径\s*(?:为|是|=)?|r\s*=)\s*[-−]?\d+(?:\.\d+)?(?![\d.]\d)"
_ZH_CIRCLE_BODY = (rf"(?:{_ZH_CIRCLE_CENTER}\s*[,、]?\s*(?:且\s*)?{_ZH_CIRCLE_RADIUS}"
                   rf"|{_ZH_CIRCLE_RADIUS}\s*[,、]?\s*(?:且\s*)?{_ZH_CIRCLE_CENTER})")
# "圆A的圆心为(0,0)，半径为3；圆B的圆心为(5,0)，半径为2。两圆是否相切？" (after NFKC)
_ZH_NAMED_CIRCLES = re.compile(
    rf"(?:已知)?\s*圆\s*(?P<n1>{_CIRCLE_NAME})\s*[的:]?\s*(?P<b1>{_ZH_CIRCLE_BODY})\s*[;,。.]\s*"
    rf"(?:而\s*)?圆\s*(?P<n2>{_CIRCLE_NAME})\s*[的:]?\s*(?P<b2>{_ZH_CIRCLE_BODY})\s*[;,。.]\s*"
    r"(?P<question>\S.{0,200})")
# Without names: "一个圆的圆心是(1,1)，半径3；另一个圆的圆心是(10,10)，半径2。它们相交吗？"
_ZH_ANONYMOUS_CIRCLES = re.compile(
    rf"(?:已知)?\s*(?:一个圆|第一个圆|圆一)\s*[的:]?\s*(?P<b1>{_ZH_CIRCLE_BODY})\s*[;,。.]\s*"
    rf"(?:而\s*)?(?:另一个圆|第二个圆|圆二)\s*[的:]?\s*(?P<b2>{_ZH_CIRCLE_BODY})\s*[;,。.]\s*"
    r"(?P<question>\S.{0,200})")
_ZH_RADIUS_IN_BODY = re.compile(r"(?:半径\s*(?:为|是|=)?|r\s*=)\s*([-−]?\d+(?:\.\d+)?)")
_CENTER_IN_BODY = re.compile(r"\([^()]{1,100}\)")
_RADIUS_IN_BODY = re.compile(r"(?:(?P<size>radius|diameter)\s+(?:of\s+|=\s*|is\s+)?"
                             r"|(?<![a-z])r\s*=\s*)"
                             rf"([-−]?\d+(?:\.\d+)?)(?P<unit>\s?(?:{_UNIT_ALT})(?![A-Za-z0-9]))?",
                             re.IGNORECASE)


def _circle_description(body: str) -> str:
    """'radius 2 and center (0, 0)' -> 'the circle with center (0, 0) and radius 2'."""
    center = _CENTER_IN_BODY.search(body)
    radius = _RADIUS_IN_BODY.search(body)
    if center is None or radius is None:
        raise _Reject("could not read a named circle")
    size = (radius.group("size") or "radius").lower()
    unit = radius.group("unit") or ""  # kept for _Units to judge
    return f"the circle with center {center.group()} and {size} {radius.group(2)}{unit}"


def _zh_circle_description(body: str) -> str:
    center = _CENTER_IN_BODY.search(body)
    radius = _ZH_RADIUS_IN_BODY.search(body)
    if center is None or radius is None:
        raise _Reject("could not read a named circle")
    return f"圆心为{center.group()}、半径为{radius.group(1)}的圆"


def _each_name(question: str, names: dict[str, str], prefix: str) -> str:
    """Each circle named exactly once on its own ("Is B inside A?", "Is circle B inside circle
    A?", "圆B在圆A内部吗"): every name becomes its description."""
    alternation = "|".join(re.escape(name) for name in names)
    reference = re.compile(rf"(?:{prefix})?(?<![A-Za-z0-9])({alternation})(?![A-Za-z0-9])")
    found = list(reference.finditer(question))
    if sorted(match.group(1) for match in found) != sorted(names):
        raise _Reject("the question does not refer to the two named circles exactly once")
    return reference.sub(lambda match: names[match.group(1)], question)


def _zh_named_circles(found: re.Match[str], *, anonymous: bool = False) -> str:
    first, second = ("", "") if anonymous else (found.group("n1"), found.group("n2"))
    if first == second and not anonymous:
        raise _Reject(f"two circles are both named {first}")
    names = r"(?!)" if anonymous else rf"(?:{re.escape(first)}|{re.escape(second)})"
    reference = re.compile(rf"这两个圆|这两圆|两个圆|两圆|它们"
                           rf"|圆\s*{names}\s*(?:和|与|跟)\s*圆\s*{names}")
    question = found.group("question")
    descriptions = [_zh_circle_description(found.group(key)) for key in ("b1", "b2")]
    refs = list(reference.finditer(question))
    if not refs and not anonymous:
        return _each_name(question, dict(zip((first, second), descriptions, strict=True)),
                          r"圆\s*")
    if len(refs) != 1:
        raise _Reject("the question does not refer to the two named circles exactly once")
    ref = refs[0]
    mentioned = re.findall(rf"(?<![A-Za-z0-9]){names}(?![A-Za-z0-9])", ref.group())
    if mentioned and sorted(mentioned) != sorted((first, second)):
        raise _Reject("the question names one circle twice")
    rest = question[:ref.start()] + question[ref.end():]
    if re.search(rf"(?<![A-Za-z0-9]){names}(?![A-Za-z0-9])", rest):
        raise _Reject("a circle name is used outside the reference to both circles")
    both = "与".join(descriptions)
    return question[:ref.start()] + both + question[ref.end():]


_BOTH_CIRCLES = (r"\b(?:(?:the|these|those)\s+two\s+{noun}s|{pair}they|them|both\s+{noun}s"
                 r"|each\s+other|their\s+(?:outlines|edges|boundaries|circumferences))\b")

_REGION_WORDS = re.compile(r"\b(?:overlap\w*|inside|contain\w*|within|enclos\w*|cover\w*"
                           r"|share|common|area|region)", re.IGNORECASE)


def _circle_noun(found: re.Match[str]) -> str:
    """The noun both named circles go by: "circle", or "zone"/"disc"/"region" when a header
    says the two are circular; anything else is declined."""
    noun, other = found.group("noun1").lower(), found.group("noun2").lower()
    header = found.group("header")
    if noun != other:
        raise _Reject("the two circles are called by different nouns")
    if header is None:
        if noun != "circle":
            raise _Reject(f"a {noun} is not said to be circular")
        return noun
    if found.group("plural").lower() != f"{noun}s" or _CONTEXT_DANGER.search(header.lower()):
        raise _Reject("the header does not plainly name the two circular shapes")
    return noun


def _named_circles(text: str) -> str:
    if zh_found := _ZH_NAMED_CIRCLES.fullmatch(text):
        return _zh_named_circles(zh_found)
    if zh_found := _ZH_ANONYMOUS_CIRCLES.fullmatch(text):
        return _zh_named_circles(zh_found, anonymous=True)
    found = _NAMED_CIRCLES.fullmatch(text)
    anonymous = found is None
    if found is None:
        found = _ANONYMOUS_CIRCLES.fullmatch(text)
        if found is None:
            return text
    question = found.group("question")
    if anonymous and _CONTEXT_DANGER.search((found.group("purpose") or "").lower()):
        raise _Reject("what the two circles are for may change the question")
    descriptions = [_circle_description(found.group(key)) for key in ("b1", "b2")]
    first = second = ""
    names, pair = r"(?!)", ""  # anonymous circles: no name to find
    noun = "circle"
    if not anonymous:
        noun = _circle_noun(found)
        first, second = found.group("n1"), found.group("n2")
        if first == second:
            raise _Reject(f"two circles are both named {first}")
        names = rf"(?:{re.escape(first)}|{re.escape(second)})"
        pair = (rf"(?:the\s+|both\s+)?{noun}s\s+{names}\s+and\s+{names}"
                rf"|{noun}\s+{names}\s+and\s+{noun}\s+{names}|")
    reference = re.compile(_BOTH_CIRCLES.format(pair=pair, noun=noun), re.IGNORECASE)
    refs = [ref for ref in reference.finditer(question)
            if ref.group().lower() != "each other"]
    if not refs and not anonymous:
        return _each_name(question, dict(zip((first, second), descriptions, strict=True)),
                          rf"(?i:{noun})\s+")
    if len(refs) != 1:
        raise _Reject("the question does not refer to the two circles exactly once")
    ref = refs[0]
    if ref.group().lower().startswith("their") and _REGION_WORDS.search(question):
        # "Do their edges overlap?" asks about the curves, which "Do A and B overlap?" is not
        raise _Reject("the question asks about the circles' outlines in words about regions")
    mentioned = re.findall(rf"\b{names}\b", ref.group())
    if not anonymous and mentioned and sorted(mentioned) != sorted((first, second)):
        raise _Reject("the question names one circle twice")
    both = " and ".join(descriptions)
    rewritten = question[:ref.start()] + both + question[ref.end():]
    if re.search(rf"(?<![A-Za-z0-9]){names}(?![A-Za-z0-9])",
                 question[:ref.start()] + question[ref.end():]):
        raise _Reject("a circle name is used outside the reference to both circles")
    return rewritten


# A named circle described in brackets where it stands: "Is circle B (center (-3, -4), radius 2)
# inside circle A (center (1, 5), radius 4)?", "Do circle 1 (center (5, 2), r = 7) and circle 2
# (…) touch?". Each becomes its description; a name used anywhere else declines.
_INLINE_CIRCLE = re.compile(
    rf"(?i:the\s+)?(?i:circle)\s+(?P<name>{_CIRCLE_NAME})\s*\(\s*(?P<body>(?i:{_CIRCLE_BODY}))"
    r"\s*\)")


_BRACKETED = re.compile(r"\([^()]*\)")


def _inline_circles(text: str) -> str:
    found = list(_INLINE_CIRCLE.finditer(text))
    if not found:
        return text
    names = [match.group("name") for match in found]
    if len(set(names)) != len(names):
        raise _Reject("two circles have the same name")
    # the text around the definitions, once without them (to look for the names) and once
    # with each replaced by its description
    gaps = [text[start:end] for start, end in zip(
        [0, *(match.end() for match in found)], [*(match.start() for match in found), len(text)],
        strict=True)]
    pattern = "|".join(re.escape(name) for name in names)
    if re.search(rf"(?<![A-Za-z0-9.])(?:{pattern})(?![A-Za-z0-9])",
                 _BRACKETED.sub(" ", " ".join(gaps))):
        raise _Reject("a circle name is used apart from its description")
    descriptions = [_circle_description(match.group("body")) for match in found]
    return "".join(gap + description for gap, description in zip(
        gaps, [*descriptions, ""], strict=True))


def _resolve_labels(text: str) -> str:
    """The question with named points replaced by their coordinates (see above)."""
    text = _named_circles(_inline_circles(_inline_definitions(text)))
    found = _DEFS_AFTER.search(text)
    trailing = found is not None
    if found is None:
        found = _DEFS_BEFORE.match(text)
    if found is None:
        return text
    definitions: dict[str, str] = {}
    for label, coordinates in _ONE_DEF.findall(found.group("defs")):
        if label in definitions:
            raise _Reject(f"the point {label} is defined twice")
        definitions[label] = coordinates
    body = text[:found.start()] if trailing else text[found.end():]
    chinese = _CJK.search(text) is not None
    used: set[str] = set()

    def point(label: str) -> str:
        if label not in definitions:
            raise _Reject(f"the point {label} is not defined")
        used.add(label)
        return definitions[label]

    def replace(match: re.Match[str]) -> str:
        g = match.groupdict()
        if g["zsingle"] is not None or g["zpoint"] is not None:
            label = g["zsingle"] or g["zpoint"]
            return point(label) if chinese and label in definitions else match.group(0)
        if g["zpair"] is not None:  # "AB的长度": the segment AB
            if not chinese:
                return match.group(0)
            first, second = point(g["zpair"][0]), point(g["zpair"][1])
            if match.string[match.end():].lstrip().startswith("的长"):
                return f"线段{first}到{second}"
            return f"点{first}到点{second}"
        if g["znoun"] is not None:
            pts = [point(label) for label in g["zfirst"]]
            if g["znoun"] in ("线段", "直线"):
                if len(pts) != 2:
                    raise _Reject(f"a {g['znoun']} is named by two points")
                return f"{g['znoun']}{pts[0]}{'到' if g['znoun'] == '线段' else '-'}{pts[1]}"
            return g["znoun"] + ",".join(pts)
        if g["bars"] is not None or g["hpair"] is not None:
            pair = g["bars"] or g["hpair"]
            first, second = point(pair[0]), point(pair[1])
            segment = "the segment" if g["hpair"] else "the length of segment"
            return f"{segment} from {first} to {second}"
        if g["pair"] is not None:  # "the length of AB", "the distance AB"
            first, second = point(g["pair"][0]), point(g["pair"][1])
            if g["lnoun"].lower() == "length":
                return f"{g['lnoun']} of segment from {first} to {second}"
            return f"{g['lnoun']} between {first} and {second}"
        if g["single"] is not None:
            if g["single"] not in definitions:
                return match.group(0)
            return f"{g['prep']} {point(g['single'])}"
        if g["pnoun"] is not None:
            return f"{g['pnoun']} " + re.sub(r"[A-Z]", lambda m: point(m.group(0)), g["plist"])
        noun, base = g["noun"], g["noun"].lower()
        groups = [g["first"]] + ([g["second"]] if g["second"] else [])
        if base in ("segment", "line segment", "line"):
            if any(len(labels) != 2 for labels in groups):
                raise _Reject(f"a {base} is named by two points")
            word = "through {} and {}" if base == "line" else "from {} to {}"
            return " and ".join(f"{noun} " + word.format(*map(point, labels))
                                for labels in groups)
        if base.endswith("segments") or base == "lines":
            if len(groups) != 2 or len(groups[0]) != 2:
                raise _Reject(f"'{match.group(0)}' does not name two pairs of points")
            word = "through {} and {}" if base == "lines" else "from {} to {}"
            return f"{noun} " + " and ".join(word.format(*map(point, labels))
                                             for labels in groups)
        vertices = ", ".join(point(label) for label in g["first"])
        tail = "" if g["second"] is None else f" and {g['second']}"
        return f"{noun} with vertices {vertices}{tail}"

    body = _NOUN_LABELS.sub(replace, body)
    leftover = [word for word in _LEFTOVER_LABEL.findall(body)
                if all(char in definitions for char in word)]
    if leftover:
        raise _Reject(f"the point names {', '.join(leftover)} are used in a way the grammar "
                      "does not know")
    if used != set(definitions):
        missing = ", ".join(sorted(set(definitions) - used))
        raise _Reject(f"the points {missing} are defined but not used")
    return body


# --------------------------------------------------------------------------------------------
# Units (see the module docstring). They are removed before the grammar runs and put back in
# the answer sentence; the value stays the number.

_UNIT_NAMES: dict[str, Unit] = {
    "mm": "mm", "millimet": "mm", "cm": "cm", "centimet": "cm", "dm": "dm", "decimet": "dm",
    "km": "km", "kilomet": "km", "m": "m", "met": "m", "in.": "in", "inch": "in", "ft": "ft",
    "feet": "ft", "foot": "ft", "yd": "yd", "yard": "yd", "mi": "mi", "mile": "mi",
    "毫米": "mm", "厘米": "cm", "分米": "dm", "千米": "km", "公里": "km", "米": "m",
    "英寸": "in", "英尺": "ft", "码": "yd", "英里": "mi",
}
_UNIT_STEM = re.compile(r"(?:millimet|centimet|decimet|kilomet|met)(?:er|re)s?|inch(?:es)?"
                        r"|yards?|miles?")
_ATTACHED_UNIT = re.compile(rf"(?P<num>⟨n\d+⟩)\s?(?:(?P<en>{_UNIT_ALT})(?![a-z0-9])"
                            rf"|(?P<zh>{_ZH_UNIT_ALT}))")
_ASKED_UNIT = re.compile(
    rf"\s?[,(]?\s?\bin\s(?:(?P<square>square|sq\.?)\s)?(?P<en>{_UNIT_ALT})(?![a-z0-9])\s?[,)]?"
    rf"|多少\s?(?P<zhsquare>平方)?(?P<zh>{_ZH_UNIT_ALT})")
# "cm^2", "cm²" (NFKC: "cm2") are read as "square cm" before numbers are lexed.
_UNIT_POWER = re.compile(rf"(?i)\b({_UNIT_ALT})(?:\s*\^\s*2|2)(?![\d.])")
_EN_UNIT_TEXT = {"mm": "mm", "cm": "cm", "dm": "dm", "m": "m", "km": "km", "in": "in",
                 "ft": "ft", "yd": "yd", "mi": "mi"}
_ZH_UNIT_TEXT = {"mm": "毫米", "cm": "厘米", "dm": "分米", "m": "米", "km": "千米", "in": "英寸",
                 "ft": "英尺", "yd": "码", "mi": "英里"}


def _unit_name(word: str) -> Unit:
    stem = _UNIT_STEM.fullmatch(word)
    if stem is not None:
        for prefix in ("millimet", "centimet", "decimet", "kilomet", "met", "inch", "yard",
                       "mile"):
            if word.startswith(prefix):
                return _UNIT_NAMES[prefix]
    return _UNIT_NAMES[word]


def _unit_text(unit: Unit, *, square: bool, zh: bool) -> str:
    if zh:
        return ("平方" if square else "") + _ZH_UNIT_TEXT[unit]
    return _EN_UNIT_TEXT[unit] + ("²" if square else "")


# A unit for the whole coordinate grid, at scale 1: "(in metres)", "(coordinates in km,
# listed clockwise)", "on a map grid where one unit is 1 km", "Coordinates are in metres.",
# "…, (7, -3), in meters. What …", "（单位：千米）".
# Any other scale ("one unit is 2 km") stays in the text and declines.
_ORDER_TAIL = (r"(?:listed\s|given\s|taken\s|going\s)?(?:round|around|in\s(?:(?:counter-?|anti-?)"
               r"?clockwise\s)?order|(?:counter-?|anti-?)?clockwise)[a-z ]{0,60}")
_EN_GRID_UNIT = re.compile(
    rf"\s?\((?:all\s)?(?:(?:coordinates|units|distances|lengths)\s(?:are\s)?(?:given\s)?)?"
    rf"(?:in\s)?(?P<a>{_UNIT_ALT})(?:\s?[,;]\s?{_ORDER_TAIL})?\)"
    rf"|,?\s(?:on\sa\s(?:map\s)?grid\s)?(?:where|in\swhich)\s(?:one|1|each)\s(?:grid\s)?"
    rf"(?:unit|square)\s(?:is|=|equals|represents)\s(?:1|one)\s(?P<b>{_UNIT_ALT})(?![a-z])"
    rf"|(?:^|(?<=[.!?]\s))(?:all\s)?(?:the\s)?(?:coordinates|distances|lengths)\s(?:are\s)?"
    rf"(?:given\s|measured\s)?in\s(?P<c>{_UNIT_ALT})\.(?:\s|$)"
    # after the last coordinate of a sentence that is not the question: "… corners at (8, 8),
    # (4, 7), (-4, 0), in meters. What is its area?"
    rf"|(?<=\))\s?,\s?in\s(?P<d>{_UNIT_ALT})(?=\.\s+\S)",
    re.IGNORECASE)
_ZH_GRID_UNIT = re.compile(rf"[（(]\s?(?:坐标)?单位\s?[：:为是]\s?(?P<zh>{_ZH_UNIT_ALT})\s?[）)]")


def _grid_units(text: str) -> tuple[str, list[Unit]]:
    """The text without its grid-unit notes (read before numbers are lexed), and their units."""
    grid: list[Unit] = []

    def note(match: re.Match[str]) -> str:
        word = next(group for group in match.groups() if group is not None)
        grid.append(_unit_name(word.lower() if word.isascii() else word))
        return " " if match.group(0).endswith(" ") else ""

    text = _EN_GRID_UNIT.sub(note, text)
    return _ZH_GRID_UNIT.sub(note, text), grid


class _Units:
    """The units found in a lexed question, removed from its text."""

    def __init__(self, text: str, grid: list[Unit]) -> None:
        self.given: list[Unit] = []
        self.asked: list[tuple[Unit, bool]] = []
        self.grid = grid
        text = _ATTACHED_UNIT.sub(self._given, text)
        self.text = _ASKED_UNIT.sub(self._asked, text)

    def _given(self, match: re.Match[str]) -> str:
        self.given.append(_unit_name(match.group("en") or match.group("zh")))
        return match.group("num")

    def _asked(self, match: re.Match[str]) -> str:
        if match.group("zh"):
            self.asked.append((_unit_name(match.group("zh")), bool(match.group("zhsquare"))))
            return "多少"
        square = bool(match.group("square"))
        self.asked.append((_unit_name(match.group("en")), square))
        return " "

    def apply(self, problem: GeometryProblem, numbers: int) -> GeometryProblem:
        """The problem with its unit, or a decline when the units do not fit the question.

        One unit for everything: the grid's, or the one every size carries (coordinates are
        then read in it too: "a tower at (4, 9) with a range of 4 km"). A measure is answered
        in it (an area in its square); other questions must not ask for a unit.
        """
        if not self.given and not self.asked and not self.grid:
            return problem
        units = set(self.given) | set(self.grid)
        if not units:
            raise _Reject("the question asks for a unit its numbers do not have (conversion?)")
        if len(units) > 1 or len(self.grid) > 1:
            raise _Reject("mixed units")
        (unit,) = units
        if not self.grid and len(self.given) != numbers:
            raise _Reject("numbers with and without units")
        if any(asked != unit for asked, _ in self.asked):
            raise _Reject("the question asks for a different unit (a conversion)")
        if problem.question not in _MEASURES:
            if self.asked:
                raise _Reject(f"a {problem.question} question has no unit to ask for")
            return problem
        squares = [square for _, square in self.asked]
        if problem.question == "area" and not all(squares):
            raise _Reject("an area in units must be asked for in the square unit")
        if problem.question != "area" and any(squares):
            raise _Reject("a length cannot be given in a square unit")
        return problem.model_copy(update={"unit": unit})


_MEASURES = frozenset({"area", "perimeter", "distance", "radius", "diameter"})


class _Lexed:
    def __init__(self, text: str) -> None:
        self.points: list[Pt] = []
        self.numbers: list[Fraction] = []
        self.equations: list[CircleSpec | LineSpec] = []
        text = _AXIS.sub(lambda m: " the line " + ("y = 0" if m.group(1).lower() == "x"
                                                   else "x = 0") + " ", text)
        text = _ZH_AXIS.sub(lambda m: "直线" + ("y=0" if m.group(1).lower() == "x" else "x=0"),
                            text)
        text = _EQUATION.sub(self._equation, text)
        text = _UNIT_POWER.sub(r"square \1", text)
        text = _ORIGIN.sub(" (0, 0) ", text)
        self.text = _SPACES.sub(" ", _GROUP_OR_NUMBER.sub(self._token, text)).strip().lower()

    def _equation(self, match: re.Match[str]) -> str:
        if len(self.equations) >= MAX_EQUATIONS:
            raise _Reject(f"more than {MAX_EQUATIONS} equations")
        shape = _equation_shape(match.group("left"), match.group("right"))
        self.equations.append(shape)
        letter = "c" if isinstance(shape, CircleSpec) else "l"
        return f" ⟨{letter}{len(self.equations) - 1}⟩ "

    def _number(self, literal: str) -> Fraction:
        if sum(ch.isdigit() for ch in literal) > MAX_LITERAL_DIGITS:
            raise _Reject(f"a number has more than {MAX_LITERAL_DIGITS} digits")
        value = parse_number(literal)
        if value is None:
            raise _Reject(f"{literal.strip()!r} is not a number")
        return value

    def _token(self, match: re.Match[str]) -> str:
        inner = match.group(1)
        if inner is None:  # a bare number
            self.numbers.append(self._number(match.group(0)))
            return f"⟨n{len(self.numbers) - 1}⟩"
        if not any(ch.isdigit() for ch in inner):
            return match.group(0)
        parts = inner.split(",")
        if len(parts) != 2:
            raise _Reject(f"({inner}) is not a point (x, y) with one comma")
        self.points.append((self._number(parts[0]), self._number(parts[1])))
        return f" ⟨p{len(self.points) - 1}⟩ "

    def tokens(self, span: str) -> list[tuple[str, int]]:
        return [(kind, int(index)) for kind, index in _TOKEN.findall(span)]


# --------------------------------------------------------------------------------------------
# English grammar (lower-cased, single spaces).

_P = r"⟨p\d+⟩"
_N = r"⟨n\d+⟩"
_ART = r"(?:(?:a|an|the|another|one)\s+)?(?:(?:first|second|third|other|given)\s+)?"
_AT = rf"(?:(?:the\s+)?point\s+)?{_P}"
_LAT = rf"(?:(?:the\s+)?point\s+)?(?:[a-z]\s*=?\s*)?{_P}"  # an end, maybe labelled: "A(7, 7)"
_PT = rf"(?:the\s+)?(?:point\s+)?(?:[a-z]\s*=?\s*)?{_P}"
_LP = rf"(?:[a-z]\s*=?\s*)?{_P}"  # a vertex, optionally labelled: "A(0, 0)", "A = (0, 0)"
# Vertices in a list, or joined by arrows "(0, 0) -> (4, 0) -> (4, 3)" (the order is the
# polygon's order either way; a closing repeat of the first vertex is declined as a repeat).
_ARROW = r"(?:->|→|⟶|=>|–>|—>)"
# The separated forms come first: a search (the general reading) takes the first alternative
# that matches, and the comma list would stop after one vertex of an arrow list.
_PLIST = (rf"(?:\[\s*{_LP}(?:\s*,\s*{_LP})*\s*\]"
          rf"|{_LP}(?:\s*;\s*{_LP})+"
          rf"|{_LP}(?:\s*{_ARROW}\s*{_LP})+"
          # "(-2, 0)-(6, 0)-(-2, 6)": three or more corners joined by dashes (two are a segment)
          rf"|{_LP}(?:\s*[-–—]\s*{_LP}){{2,}}"
          rf"|{_LP}(?:\s*,\s*{_LP}|\s+{_LP})*(?:\s*,?\s*and\s+{_LP})?)")

# "segment AB goes from A(7, 7) to B(2, 9)": the pair name and the endpoint labels are checked
# against each other in _check_segment_labels.
_SEG_NAME = r"(?:[a-z]{2}\s+)?"
# Between a segment's two ends: "(0, 0)-(4, 4)", "(0, 0) to (4, 4)", "(0, 0)→(4, 4)".
_SEG_JOIN = rf"(?:-|–|—|to|{_ARROW})"
_GOES = r"(?:(?:that\s+|which\s+)?(?:goes|runs|extends|going|running|extending)\s+)?"
_SEG = (rf"{_ART}(?:line\s+)?segment\s+{_SEG_NAME}(?:"
        rf"{_GOES}from\s+{_LAT}\s+to\s+{_LAT}"
        rf"|between\s+{_LAT}\s+and\s+{_LAT}"
        rf"|(?:with\s+(?:end\s*points|ends)|whose\s+end\s*points\s+are|joining|connecting"
        rf"|that\s+(?:joins|connects))\s+{_LAT}\s+(?:and|to)\s+{_LAT}"
        rf"|{_P}\s*{_SEG_JOIN}\s*{_P})")
_LINE = (rf"{_ART}(?:straight\s+)?line\s+{_SEG_NAME}(?:"
         rf"(?:(?:that\s+)?(?:passing|passes|going|goes|running|runs)\s+)?through"
         rf"|containing|(?:determined|defined)\s+by)\s+(?:the\s+points\s+)?{_LAT}\s+and\s+"
         rf"{_LAT}")
_CENTER = (r"(?:(?:centered|centred|with\s+(?:its\s+)?(?:center|centre)|whose\s+(?:center|centre)"
           r"\s+is|having\s+(?:center|centre)|(?:center|centre))\s+(?:at\s+|=\s*|of\s+)?|at\s+"
           r"|around\s+)")  # "a circle of radius 4 around (-2, 2)"
# "r = 6" is the radius (never a diameter: _shape looks for the word "diameter").
_SIZE = (rf"(?:(?:radius|diameter)\s+(?:of\s+|=\s*|equal\s+to\s+|is\s+)?|(?:radius\s+)?r\s*=\s*)"
         rf"{_N}")
_HAS_SIZE = (rf"(?:(?:(?:with|of|having)\s+(?:a\s+)?)?{_SIZE}"
             rf"|whose\s+(?:radius|diameter)\s+is\s+{_N})")
_SIZE_FIRST = rf"{_ART}(?:radius|diameter)(?:\s*-\s*|\s+)(?:(?:of|=)\s*)?{_N}\s+circle"
_CIRCLE = (rf"{_SIZE_FIRST}(?:\s*,)?\s+{_CENTER}{_AT}"
           rf"|{_ART}circle\s+{_CENTER}{_AT}(?:\s*,)?\s+(?:and\s+)?(?:(?:with|of|having)\s+)?"
           rf"(?:a\s+)?{_SIZE}"
           # "a circle of radius 2 is centred at (1, 1)"
           rf"|{_ART}circle\s+{_HAS_SIZE}(?:\s*,)?\s+(?:and\s+)?(?:(?:that\s+|which\s+)?is\s+)?"
           rf"{_CENTER}{_AT}")
# A flat circular object: "a circular table top has a diameter of 18". Solids, pieces of a
# circle and rings are not one circle (their "area" means something else).
_NOT_FLAT = (r"(?:cylinder|cone|sphere|hemisphere|dome|ball|globe|tube|pipe|tank|can|column"
             r"|pillar|shaft|well|prism|sector|segment|arc|ring|annulus|washer|donut|doughnut"
             r"|half|quarter|semi\w*|shell|cup|bowl|pot|vase|drum|barrel|tower|silo|not|no)s?\b")
_CIRCULAR_THING = (rf"(?:a|an|the|one|my|our|his|her|their)\s+(?:circular|round)\s+"
                   rf"(?:(?!{_NOT_FLAT})[a-z]+\s+){{1,3}}?")
_BARE_CIRCLE = (rf"{_ART}circle\s+{_HAS_SIZE}|{_SIZE_FIRST}"
                rf"|{_ART}circle\s*[,:]\s*{_SIZE}"  # "Area of a circle, radius 5.9?"
                rf"|{_CIRCULAR_THING}(?:(?:that\s+|which\s+)?has|with)\s+(?:a\s+)?{_SIZE}"
                rf"|{_ART}circle\s+(?:that\s+|which\s+)?has\s+(?:a\s+)?{_SIZE}"
                rf"|{_ART}circle\s+(?:if|when|where)\s+its\s+(?:radius|diameter)\s+is\s+{_N}"
                rf"|the\s+(?:radius|diameter)\s+of\s+(?:a|the)\s+circle\s+is\s+{_N}"
                rf"|(?:a|the)\s+circle['’]s\s+(?:radius|diameter)\s+is\s+{_N}")
_UNIT = r"(?:the\s+|a\s+)?unit\s+circle(?:\s+(?:centered|centred)\s+at\s+⟨p\d+⟩)?"
_PNAME = (r"(?:polygon|triangle|quadrilateral|square|rectangle|pentagon|hexagon|parallelogram"
          r"|rhombus|trapezoid|trapezium|octagon)")
_VERTS = r"(?:coordinates|vertices|vertexes|corners|points|vertex\s+coordinates)"
# "whose vertices, in order, are ...": polygon vertices are read in order anyway (the direction
# does not change an area, a perimeter or which side is inside).
_IN_ORDER = (r"(?:\s*,?\s*(?:listed\s+|given\s+|taken\s+)?in\s+"
             r"(?:(?:counter-?|anti-?)?clockwise\s+)?order\s*,?)?")
# "the boundary of the triangle ...": a polygon counts as its boundary anyway.
_BOUNDARY = r"(?:(?:the\s+)?(?:boundary|boundaries|edges|sides|border|outline)\s+of\s+)?"
_POLY = (rf"{_BOUNDARY}{_ART}{_PNAME}\s+(?:[a-z]{{3,6}}(?:\s*,)?\s+)?(?:"
         rf"(?:with|having|that\s+has|has)\s+(?:the\s+)?{_VERTS}{_IN_ORDER}\s+(?:at\s+)?"
         rf"|whose\s+{_VERTS}{_IN_ORDER}\s+are\s+(?:at\s+)?"
         rf"|(?:defined|formed|given|determined|described|made)\s+by\s+(?:the\s+)?"
         rf"(?:(?:connecting|joining)\s+(?:the\s+)?)?(?:(?:points|vertices|coordinates)\s+)?"
         rf"|(?:at|on|with|has)\s+)?{_PLIST}"
         # a header: "Polygon: (2, 2), (10, 2), (6, 6)"
         rf"|{_PNAME}\s*:\s*{_PLIST}"
         # a vertex header: "Vertices (in order): (-3, -1); (0, -4); (11, -5)"
         rf"|(?:the\s+)?(?:vertices|corners)\s*:\s*{_PLIST}"
         # "the vertices of a triangle are (0, 0), (6, 0) and (3, 4)"
         rf"|(?:the\s+)?{_VERTS}\s+of\s+{_ART}{_PNAME}\s+are\s+(?:at\s+)?{_PLIST}")
# One centre and one radius (never a diameter: the plural kind pairs them as radii).
_ONE_RADIUS = rf"(?:(?:a\s+)?radius\s+(?:of\s+|=\s*|is\s+)?|(?:radius\s+)?r\s*=\s*){_N}"
_ONE_BODY = (rf"(?:with\s+)?(?:(?:a\s+)?(?:center|centre)\s+(?:at\s+|of\s+|=\s*)?"
             rf"|(?:centered|centred)\s+at\s+){_P}(?:\s*,)?\s+(?:and\s+)?(?:with\s+)?{_ONE_RADIUS}")
_RADIUS_PAIR = rf"(?:with|of|and)\s+(?:a\s+)?radius\s+(?:of\s+)?{_N}"
_CIRCLES = (rf"(?:the\s+)?(?:two\s+)?circles\s+(?:centered|centred)\s+at\s+{_P}(?:\s*,)?\s+"
            rf"{_RADIUS_PAIR}(?:\s*,)?\s+and\s+(?:(?:centered|centred)\s+)?(?:at\s+)?{_P}(?:\s*,)?\s+"
            rf"{_RADIUS_PAIR}"
            rf"|(?:the\s+)?(?:two\s+)?circles\s+(?:centered\s+at|centred\s+at|with\s+cent(?:er|re)s"
            rf"(?:\s+at)?)\s+{_P}\s+and\s+{_P}(?:\s*,)?\s+(?:and\s+|with\s+|having\s+)?radii\s+"
            rf"{_N}\s+and\s+{_N}(?:\s*,?\s*respectively)?"
            rf"|(?:the\s+)?(?:two\s+)?circles\s+{_ONE_BODY}(?:\s*,)?\s+and\s+{_ONE_BODY}")
# A circle described in brackets after its noun: "circle (centre at (0, 0), r = 6)", "circles
# (center (1, 2), radius 3) and (center (4, 5), radius 1)".
_CBODY_CENTER = (r"(?:(?:with\s+)?(?:a\s+|its\s+)?(?:center|centre)\s+(?:at\s+|of\s+|=\s*"
                 r"|is\s+)?|c\s*=\s*)")
_CBODY_SIZE = rf"(?:(?:with\s+)?(?:a\s+)?{_SIZE})"
_CBODY_SEP = r"(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+|\s+)"
_CBODY = (rf"\(\s*(?:{_CBODY_CENTER}{_P}{_CBODY_SEP}{_CBODY_SIZE}"
          rf"|{_CBODY_SIZE}{_CBODY_SEP}{_CBODY_CENTER}{_P})\s*\)")
_PCIRCLE = rf"{_ART}circle\s*{_CBODY}"
_PCIRCLES = (rf"(?:the\s+)?(?:two\s+)?circles\s*{_CBODY}(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
             rf"{_CBODY}")
_SEGS = (rf"(?:the\s+)?(?:two\s+)?(?:line\s+)?segments\s+(?:from\s+{_P}\s+to\s+{_P}(?:\s*,)?\s+"
         rf"and\s+from\s+{_P}\s+to\s+{_P}"
         rf"|{_P}\s*{_SEG_JOIN}\s*{_P}(?:\s*,)?\s+and\s+{_P}\s*{_SEG_JOIN}\s*{_P})")
# A list of segments after a colon, each from one end to the other ("Here are some line
# segments: (6, 7) to (0, 0); (6, 4) to (3, 6)", "Two segments: one runs from (-4, 6) to (8,
# 5), the other from (0, -1) to (1, -3)", one per line, after a dash or not).
_SEG_ITEM = (rf"(?:[-•*]\s*)?(?:(?:one|another|the\s+other|the\s+(?:first|second|third|last))\s+)?"
             rf"{_GOES}(?:from\s+)?{_P}\s*{_SEG_JOIN}\s*{_P}")
_SEG_LIST = (rf"(?:the\s+)?(?:(?:two|three|four|five|some|these|the\s+following|following)\s+)?"
             rf"(?:line\s+)?segments\s*:\s*{_SEG_ITEM}"
             rf"(?:(?:\s*[;,]\s*(?:and\s+)?|\s+and\s+|\s+){_SEG_ITEM})+")
_LINES = (rf"(?:the\s+)?(?:two\s+)?lines\s+through\s+{_P}\s+and\s+{_P}(?:\s*,)?\s+and\s+through\s+"
          rf"{_P}\s+and\s+{_P}")

# Circles and lines given by equations (tokens ⟨c0⟩, ⟨l0⟩ from the equation pass); the noun
# may be left out, since the equation says what the curve is.
_EQC = r"⟨c\d+⟩"
_EQL = r"⟨l\d+⟩"
_EQ_INTRO = (r"(?:\s+(?:(?:with|of|having)\s+(?:the\s+)?equation|(?:given|defined|described"
             r"|represented)\s+by(?:\s+the\s+equation)?|whose\s+equation\s+is)(?:\s*:)?)?")
_GRAPH = r"(?:(?:the\s+)?(?:graph|curve)\s+of\s+)?"
_ECIRCLE = rf"{_GRAPH}(?:{_ART}circle{_EQ_INTRO}\s+)?{_EQC}"
_ELINE = rf"{_GRAPH}(?:{_ART}(?:straight\s+)?line{_EQ_INTRO}\s+)?{_EQL}"
_ECIRCLES = rf"(?:the\s+)?(?:two\s+)?circles\s+{_EQC}(?:\s*,\s*(?:and\s+)?|\s+and\s+){_EQC}"
_ELINES = rf"(?:the\s+)?(?:two\s+)?lines\s+{_EQL}(?:\s*,\s*(?:and\s+)?|\s+and\s+){_EQL}"

# A centre with its radius, wherever the circle noun stands ("circles centered at (1, 2) r=3
# and (10, 2) r=4", "circle 1 at (2, -1) radius 3", "one at (-2, 3) spraying a circle of
# radius 4"): the radius follows its centre with only radius words between them.
# Without a word for the centre, only "r" marks the radius ("(10, 2) r=4"): "(3, 4), radius 5"
# may be a radius of something else. A label may come first: "circle 1 at (2, -1) radius 3".
_CENTER_RADIUS = (rf"(?:circle\s+(?:{_N}|[a-z])(?:\s*:)?\s+)?"
                  rf"(?:(?:centered|centred|cent(?:er|re))\s+(?:at\s+|=\s*|of\s+)?|at\s+){_P}"
                  rf"(?:\s*,\s*|\s+)(?:(?:and\s+)?(?:with|of|having)\s+(?:a\s+)?)?"
                  rf"(?:radius\s*(?:of\s+|=\s*|is\s+)?|r\s*=?\s*){_N}"
                  rf"|{_P}(?:\s*,\s*|\s+)r\s*=?\s*{_N}"
                  # a label, a colon and the centre: "Circle A: (0,0), r=4"
                  rf"|circle\s+(?:{_N}|[a-z])\s*:\s*{_P}(?:\s*,\s*|\s+)(?:radius\s*(?:of\s+|=\s*"
                  rf"|is\s+)?|r\s*=?\s*){_N}"
                  # the radius first: "one of radius 4 around (-1, 4)"
                  rf"|(?:radius\s*(?:of\s+|=\s*)?|r\s*=\s*){_N}\s+(?:around|about|at|centred\s+at"
                  rf"|centered\s+at)\s+{_P}")
_EN_KINDS: list[tuple[str, str]] = [
    ("ecircles", _ECIRCLES), ("elines", _ELINES),
    ("pcircles", _PCIRCLES), ("circles", _CIRCLES), ("segment_list", _SEG_LIST),
    ("segments", _SEGS), ("lines", _LINES), ("segment", _SEG), ("line", _LINE),
    ("pcircle", _PCIRCLE), ("circle", _CIRCLE),
    ("centre_radius", _CENTER_RADIUS),
    ("unit", _UNIT), ("polygon", _POLY),
    ("ecircle", _ECIRCLE), ("eline", _ELINE), ("bare", _BARE_CIRCLE),
]
_EN_SHAPE = "(?:" + "|".join(f"(?:{p})" for _, p in _EN_KINDS[:-1]) + ")"
_EN_SHAPE_M = "(?:" + "|".join(f"(?:{p})" for _, p in _EN_KINDS) + ")"
_EN_SEP = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
_EN_SHAPES = rf"{_EN_SHAPE}(?:{_EN_SEP}{_EN_SHAPE})*"

# --------------------------------------------------------------------------------------------
# Chinese grammar. NFKC has already turned full-width brackets, commas and "？" into ASCII.

_ZP = rf"(?:点\s*)?(?:[a-z]\s*=?\s*)?{_P}"
_ZSEP_LIST = r"\s*[,、]\s*"
_ZLIST = (rf"(?:\[\s*{_ZP}(?:{_ZSEP_LIST}{_ZP})*\s*\]"
          rf"|{_ZP}(?:{_ZSEP_LIST}{_ZP})*(?:\s*(?:和|与|以及)\s*{_ZP})?"
          rf"|{_ZP}(?:\s*{_ARROW}\s*{_ZP})+)")
_ZNAME = r"(?:多边形|三角形|平行四边形|四边形|正方形|矩形|长方形|五边形|六边形|菱形|梯形|八边形)"
_ZSIZE = r"(?:半径|直径)"
_ZIS = r"(?:为|是|=|等于)?"
_ZCIRCLE = (rf"(?:一个|这个)?(?:以\s*{_ZP}\s*为圆心\s*[,、]?\s*(?:以\s*)?{_N}\s*为{_ZSIZE}的圆"
            rf"|以\s*{_ZP}\s*为圆心\s*[,、]?\s*(?:且|并且)?\s*{_ZSIZE}{_ZIS}\s*{_N}\s*的圆"
            rf"|圆心(?:在|为|是|位于)?\s*{_ZP}\s*[,、]?\s*(?:且|并且)?\s*{_ZSIZE}{_ZIS}\s*{_N}\s*的圆"
            rf"|{_ZSIZE}{_ZIS}\s*{_N}\s*[,、]?\s*(?:且|并且)?\s*圆心(?:在|为|是|位于)?\s*{_ZP}\s*的圆"
            # "圆(-2, 1), r=12": the centre right after 圆, then the radius
            rf"|圆\s*{_ZP}\s*[,，、]?\s*(?:r\s*=|半径\s*(?:为|是|=)?)\s*{_N})")
_ZBARE = (rf"(?:一个|这个)?{_ZSIZE}(?:为|是)?\s*{_N}\s*的圆"
          rf"|(?:一个|这个|已知)?\s*圆的?{_ZSIZE}\s*(?:r\s*)?(?:为|是|等于|=)\s*{_N}")
_ZECIRCLE = rf"(?:(?:一个|这个)?圆\s*:?\s*{_EQC}|(?:方程为|方程是)\s*{_EQC}\s*的圆|{_EQC})"
_ZELINE = rf"(?:(?:一条|这条)?直线\s*:?\s*{_EQL}|(?:方程为|方程是)\s*{_EQL}\s*的直线|{_EQL})"
_ZSEG = (rf"(?:一条|这条)?(?:(?:从\s*)?{_ZP}\s*到\s*{_ZP}\s*的线段"
         rf"|连接\s*{_ZP}\s*(?:和|与)\s*{_ZP}\s*的线段"
         rf"|端点(?:为|是|分别为|分别是)\s*{_ZP}\s*(?:和|与|,|、)\s*{_ZP}\s*的线段"
         rf"|线段\s*{_ZP}\s*(?:-|–|—|到)\s*{_ZP})")
_ZLINE = (rf"(?:一条|这条)?(?:(?:经过|过|通过)\s*{_ZP}\s*(?:和|与|,|、)\s*{_ZP}\s*的直线"
          rf"|直线\s*{_ZP}\s*(?:-|–|—)\s*{_ZP})")
_ZPOLY = (rf"(?:一个|这个)?(?:{_ZNAME}\s*(?:[a-z]{{3,6}}\s*[,:]?\s*)?{_ZLIST}"
          rf"|{_ZNAME}\s*(?:[a-z]{{3,6}})?\s*的?\s*(?:三个|四个|五个|六个|各)?\s*(?:顶点|顶点坐标)"
          rf"(?:依次|顺次|按顺序)?(?:为|是|分别为|分别是|在)\s*{_ZLIST}"
          rf"|(?:顶点|顶点坐标)(?:依次|顺次|按顺序)?(?:为|是|分别为|分别是|在)\s*{_ZLIST}\s*的{_ZNAME}"
          rf"|以\s*{_ZLIST}\s*为顶点的{_ZNAME}"
          # "依次连接(2, -2)、(10, -2)、(10, 0)得到的多边形": the order is the listed one
          rf"|(?:依次|顺次|按顺序)\s*(?:连接|连结|相连)\s*(?:点\s*)?{_ZLIST}\s*(?:所)?\s*"
          rf"(?:得到|形成|围成|构成|组成)\s*的\s*{_ZNAME})")
_ZH_KINDS: list[tuple[str, str]] = [
    ("ecircles", rf"(?:两圆|两个圆|圆)\s*{_EQC}\s*(?:和|与|、|,)\s*(?:圆\s*)?{_EQC}"),
    ("elines", rf"(?:两直线|两条直线|直线)\s*{_EQL}\s*(?:和|与|、|,)\s*(?:直线\s*)?{_EQL}"),
    ("segment", _ZSEG), ("line", _ZLINE), ("circle", _ZCIRCLE), ("unit", r"(?:这个)?单位圆"),
    ("polygon", _ZPOLY), ("ecircle", _ZECIRCLE), ("eline", _ZELINE), ("bare", _ZBARE),
]
_ZH_SHAPE = "(?:" + "|".join(f"(?:{p})" for _, p in _ZH_KINDS[:-1]) + ")"
_ZH_SHAPE_M = "(?:" + "|".join(f"(?:{p})" for _, p in _ZH_KINDS) + ")"
_ZH_SEP = r"\s*(?:和|与|以及|跟|、|,)\s*"
_ZH_SHAPES = rf"{_ZH_SHAPE}(?:{_ZH_SEP}{_ZH_SHAPE})*"

# --------------------------------------------------------------------------------------------
# Phrasings. Named groups: "shapes" (a list), "a"/"b" (one shape each), "p"/"q" (points).

_BIGBENCH_PREFIX = (r"(?:find\s+the\s+number\s+of\s+intersection\s+points\s+between\s+the\s+"
                    r"shapes\s+and\s+lines\s+specified\s+by\s+the\s+coordinates\s+given\s*[.:]?\s*"
                    r"(?:input\s*:\s*)?)?")
_COUNT_NOUN = (r"(?:intersection\s+points|points\s+of\s+intersection|intersections"
               r"|(?:distinct\s+)?(?:common\s+points|points\s+in\s+common)|(?:distinct\s+)?points)")
_WH = (r"(?:please\s+)?(?:what\s+is|what's|whats|find|compute|calculate|determine|give|state"
       r"|work\s+out|tell\s+me)\s+")
_MUTUAL = r"(?:\s+(?:each\s+other|one\s+another))?"
_S = rf"(?P<shapes>{_EN_SHAPES})"
_A = rf"(?P<a>{_EN_SHAPE})"
_B = rf"(?P<b>{_EN_SHAPE})"
_AM = rf"(?P<a>{_EN_SHAPE_M})"
_POINTS = r"(?:(?:the\s+)?(?:two\s+)?points\s+)?"
_WHETHER = (r"(?:please\s+)?(?:determine|decide|check|tell\s+me|find\s+out|verify)\s+"
            r"(?:whether|if)\s+")
_IN_PLACE = r"(?:\s+(?:located|situated|lying|lie|that\s+lies))?"
# The places a point can be, listed as the answer options of a "where" question, in any
# order: "inside, on the boundary, or outside". _check_options wants an inside and an outside.
_LOC = (r"(?:inside|within|in|outside|on\s+(?:the\s+)?(?:boundary|edge|border|perimeter"
        r"|circumference|circle)|on\s+it|on)")
_LOCS_OF = (rf"(?P<opts>{_LOC}(?:\s+of)?(?:(?:\s*,)?\s+or\s+{_LOC}(?:\s+of)?"
            rf"|\s*,\s*{_LOC}(?:\s+of)?){{1,2}})")
_OPTIONS = (rf"(?:\s*[:;,?.–—]\s*|\s+-{{1,2}}\s+|\s+)(?:(?:is\s+it|does\s+it\s+lie)\s+)?"
            rf"(?P<opts>{_LOC}(?:(?:\s*,)?\s+or\s+{_LOC}|\s*,\s*{_LOC}){{1,2}})")
_RELATIVE = r"(?:relative\s+to|with\s+respect\s+to|in\s+relation\s+to)"

_GIVEN = r"(?:(?:given|consider|for|take)\s+)?"
# Three or more points, for collinearity.
_PLIST3 = rf"(?P<plist>{_PT}(?:\s*,\s*(?:and\s+)?{_PT}|\s+and\s+{_PT}){{2,9}})"
_ONE_LINE = r"(?:a|one|the\s+same)\s+(?:straight\s+)?line"
_SUBJECT = r"(?:(?:my|our|the|a|an|this|his|her|their)\s+[a-z]+(?:\s+[a-z]+){0,2}?\s+is\s+)?"
_FIRST = (rf"(?:(?:for|given|if|suppose|consider)\s+)?{_SUBJECT}{_AM}\s*[:,;.]?\s*(?:then\s+)?"
          r"(?:(?:please|can\s+you|could\s+you)\s+)?")
_ITS = r"(?:its|the|this\s+circle's|the\s+circle's)\s+"
# The shape first, then a point question about "it": "..., is the point (2, 2) inside it,
# outside it, or on its boundary?"
# "the square" refers back to the shape just described; _match checks that the noun fits it.
_IT = (r"(?:it|(?:this|the)\s+(?:shape|polygon|circle|triangle|rectangle|square|quadrilateral"
       r"|pentagon|hexagon))")
_ITS_EDGE = (rf"(?:its|{_IT}['’]s|the)\s+(?:boundary|edge|border|perimeter|circumference)"
             rf"|(?:the\s+)?(?:boundary|edge|border|perimeter|circumference)\s+of\s+{_IT}")
_LOC_IT = (rf"(?:(?:inside|within|in|outside)(?:\s+of)?\s+{_IT}|on\s+(?:{_ITS_EDGE})"
           rf"|on\s+{_IT})")
_LOCS_IT = (rf"(?P<opts>{_LOC_IT}(?:(?:\s*,)?\s+or\s+{_LOC_IT}|\s*,\s*{_LOC_IT}){{1,2}}"
            rf"|{_LOC}(?:(?:\s*,)?\s+or\s+{_LOC}|\s*,\s*{_LOC}){{1,2}}\s+(?:of\s+)?{_IT})")

_EN_PHRASINGS: list[tuple[Question, str]] = [
    ("count", rf"{_BIGBENCH_PREFIX}(?P<sentences>(?:there\s+is\s+{_EN_SHAPE}\s*[.;]?\s*)+)"
              r"how\s+many\s+(?:intersection\s+points|points\s+of\s+intersection|intersections)"
              r"\s+are\s+there"),
    ("count", rf"how\s+many\s+{_COUNT_NOUN}\s+(?:are\s+there\s+|exist\s+|lie\s+|do\s+we\s+have\s+)?"
              rf"(?:between|among)\s+{_S}"),
    ("count", rf"how\s+many\s+{_COUNT_NOUN}\s+does\s+{_A}\s+(?:have|share|make)"
              rf"(?:\s+in\s+common)?\s+with\s+{_B}"),
    ("count", rf"how\s+many\s+{_COUNT_NOUN}\s+(?:do|does)\s+{_S}\s+(?:have(?:\s+in\s+common)?"
              r"|share)"),
    # non-native: "how many common point they have?" (the pronoun already replaced by shapes)
    ("count", rf"how\s+many\s+(?:common\s+points?|{_COUNT_NOUN})\s+{_S}\s+(?:have|share)"
              r"(?:\s+in\s+common)?"),
    ("count", rf"(?:in\s+|at\s+)?how\s+many\s+(?:times|points)\s+(?:do|does)\s+{_S}\s+"
              rf"(?:intersect|meet){_MUTUAL}"),
    ("count", rf"(?:in\s+|at\s+)?how\s+many\s+(?:times|points)\s+does\s+{_A}\s+(?:intersect|meet)"
              rf"\s+(?:with\s+)?{_B}"),
    ("count", rf"{_WH}(?:the\s+)?(?:total\s+)?(?:number|count)\s+of\s+{_COUNT_NOUN}\s+"
              rf"(?:of|between|for|among)\s+{_S}"),
    ("count", rf"(?:please\s+)?count\s+(?:the\s+)?{_COUNT_NOUN}\s+(?:of|between|among)\s+{_S}"),
    ("count", rf"{_WH}(?:the\s+)?number\s+of\s+(?:points|times)\s+(?:where|at\s+which|in\s+which)"
              rf"\s+{_A}\s+(?:intersects|meets)\s+(?:with\s+)?{_B}"),
    # The shapes first, then the question about them.
    ("count", rf"{_GIVEN}{_S}\s*[:,;.]?\s*(?:-{{1,2}}|–|—)?\s*how\s+many\s+{_COUNT_NOUN}\s+"
              r"(?:are\s+there|exist|do\s+they\s+(?:have|share)(?:\s+in\s+common)?)"),
    ("intersect", rf"{_GIVEN}{_S}\s*[:,;.]?\s*(?:-{{1,2}}|–|—)?\s*do\s+they\s+(?:intersect|meet)"
                  rf"{_MUTUAL}"),
    ("collinear", rf"(?:are|is)\s+{_POINTS}{_PLIST3}\s+(?:collinear|on\s+{_ONE_LINE})"),
    ("collinear", rf"(?:do|does)\s+{_POINTS}{_PLIST3}\s+lie\s+on\s+{_ONE_LINE}"),
    ("collinear", rf"{_WHETHER}{_POINTS}{_PLIST3}\s+(?:are\s+collinear|lie\s+on\s+{_ONE_LINE})"),
    ("intersect", rf"(?:do|does)\s+{_S}\s+(?:intersect|meet){_MUTUAL}(?:\s+at\s+all)?"),
    # "cross" is answered only when nothing merely touches (see _solve_cross).
    ("cross", rf"(?:do|does)\s+{_S}\s+cross{_MUTUAL}"),
    ("cross", rf"(?:does|will|would)\s+{_A}\s+cross\s+{_B}"),
    ("cross", rf"{_WHETHER}{_S}\s+cross{_MUTUAL}"),
    ("cross", rf"{_WHETHER}{_A}\s+crosses\s+{_B}"),
    ("count_cross", rf"(?:in\s+|at\s+)?how\s+many\s+(?:times|points)\s+does\s+{_A}\s+cross\s+{_B}"),
    ("count_cross", rf"(?:in\s+|at\s+)?how\s+many\s+(?:times|points)\s+do\s+{_S}\s+cross{_MUTUAL}"),
    ("parallel", rf"(?:are|is)\s+{_S}\s+parallel(?:\s+to\s+(?:each\s+other|one\s+another))?"),
    ("parallel", rf"is\s+{_A}\s+parallel\s+to\s+{_B}"),
    ("parallel", rf"{_WHETHER}{_S}\s+are\s+parallel(?:\s+to\s+(?:each\s+other|one\s+another))?"),
    ("parallel", rf"{_WHETHER}{_A}\s+is\s+parallel\s+to\s+{_B}"),
    ("perpendicular", rf"(?:are|is)\s+{_S}\s+(?:perpendicular|orthogonal)"
                      r"(?:\s+to\s+(?:each\s+other|one\s+another))?"),
    ("perpendicular", rf"is\s+{_A}\s+(?:perpendicular|orthogonal)\s+to\s+{_B}"),
    ("perpendicular", rf"{_WHETHER}{_S}\s+are\s+(?:perpendicular|orthogonal)"
                      r"(?:\s+to\s+(?:each\s+other|one\s+another))?"),
    ("perpendicular", rf"{_WHETHER}{_A}\s+is\s+(?:perpendicular|orthogonal)\s+to\s+{_B}"),
    ("intersect", rf"(?:does|will|would)\s+{_A}\s+(?:intersect|meet)\s+(?:with\s+)?{_B}"
                  r"(?:\s+at\s+all)?"),
    ("intersect", rf"{_WHETHER}{_S}\s+(?:intersect|meet){_MUTUAL}"),
    ("intersect", rf"{_WHETHER}{_A}\s+(?:intersects|meets)\s+(?:with\s+)?{_B}"),
    ("intersect", rf"is\s+there\s+(?:an?\s+|any\s+)?(?:intersection|point\s+of\s+intersection"
                  rf"|intersection\s+point|common\s+point)\s+between\s+{_S}"),
    ("intersect", rf"(?:do|does)\s+{_S}\s+have\s+(?:any\s+|a\s+)?(?:points?\s+in\s+common"
                  r"|common\s+points?|intersections?|intersection\s+points?"
                  r"|points?\s+of\s+intersection)"),
    ("tangent", rf"(?:are|is)\s+{_S}\s+tangent(?:\s+to\s+(?:each\s+other|one\s+another))?"),
    ("tangent", rf"is\s+{_A}\s+tangent\s+to\s+{_B}"),
    ("tangent", rf"{_WHETHER}{_S}\s+are\s+tangent(?:\s+to\s+(?:each\s+other|one\s+another))?"),
    ("tangent", rf"{_WHETHER}{_A}\s+is\s+tangent\s+to\s+{_B}"),
    ("overlap", rf"(?:do|does)\s+{_S}\s+overlap{_MUTUAL}"),
    ("touch", rf"(?:do|does)\s+{_S}\s+touch{_MUTUAL}"),
    ("touch", rf"(?:does|will|would)\s+{_A}\s+touch\s+{_B}"),
    ("touch", rf"{_WHETHER}{_S}\s+touch{_MUTUAL}"),
    ("overlap", rf"does\s+{_A}\s+overlap\s+(?:with\s+)?{_B}"),
    ("inside", rf"is\s+{_A}\s+(?:(?:completely|entirely|fully)\s+)?(?:inside|within"
               rf"|contained\s+(?:in|within))\s+{_B}"),
    ("contains", rf"(?:does|do)\s+{_A}\s+(?:(?:completely|entirely|fully)\s+)?contain\s+{_B}"),
    ("relation", rf"(?:(?:what\s+is|what's|find|determine|describe)\s+)?the\s+(?:positional\s+"
                 r"|relative\s+|geometric\s+)?(?:relationship|relation|position|relative\s+"
                 rf"position)\s+(?:between|of)\s+{_S}(?:\s+(?:to|relative\s+to)\s+(?:each\s+other"
                 r"|one\s+another))?"),
    ("relation", rf"how\s+are\s+{_S}\s+(?:positioned|situated|placed|located)\s+(?:relative\s+to"
                 r"|with\s+respect\s+to)\s+(?:each\s+other|one\s+another)"),
    # "Is P inside, outside, or on the boundary of A?", the options in any order.
    ("point_where", rf"(?:is|does)\s+(?P<p>{_PT}){_IN_PLACE}\s+{_LOCS_OF}\s+{_A}"),
    ("point_where", rf"{_WHETHER}(?P<p>{_PT})\s+(?:is|lies)\s+{_LOCS_OF}\s+{_A}"),
    # "Where does P lie relative to A(: inside, on the boundary, or outside)?"
    ("point_where", rf"where\s+(?:is|does)\s+(?P<p>{_PT}){_IN_PLACE}\s+{_RELATIVE}\s+{_A}"
                    rf"(?:{_OPTIONS})?"),
    ("point_where", rf"(?:{_WH})?the\s+(?:position|location)\s+of\s+(?P<p>{_PT})\s+{_RELATIVE}"
                    rf"\s+{_A}(?:{_OPTIONS})?"),
    ("point_where", rf"{_RELATIVE}\s+{_A}(?:\s*,)?\s+where\s+(?:is|does)\s+(?P<p>{_PT})"
                    rf"{_IN_PLACE}(?:{_OPTIONS})?"),
    ("point_inside", rf"(?:is|does)\s+(?P<p>{_PT}){_IN_PLACE}\s+(?:strictly\s+)?(?:inside"
                     rf"(?:\s+of)?|in|within|in\s+the\s+interior\s+of|contained\s+in)\s+{_A}"),
    ("point_inside", rf"(?:does|do)\s+{_A}\s+(?:strictly\s+)?contain\s+(?P<p>{_PT})"
                     r"(?:\s+in\s+its\s+interior)?"),
    ("point_inside", rf"{_WHETHER}(?P<p>{_PT})\s+(?:is|lies)\s+(?:inside(?:\s+of)?|in|within"
                     rf"|in\s+the\s+interior\s+of)\s+{_A}"),
    ("point_on", rf"{_WHETHER}(?P<p>{_PT})\s+(?:is|lies)\s+on\s+(?:the\s+(?:boundary|edge"
                 rf"|border|perimeter|circumference)\s+of\s+)?{_A}"),
    ("point_outside", rf"(?:is|does)\s+(?P<p>{_PT}){_IN_PLACE}\s+outside(?:\s+of)?\s+{_A}"),
    ("point_on", rf"(?:is|does)\s+(?P<p>{_PT}){_IN_PLACE}\s+on\s+(?:the\s+)?(?:boundary|edge"
                 rf"|border|perimeter|circumference)\s+of\s+{_A}"),
    ("point_on", rf"(?:is|does)\s+(?P<p>{_PT}){_IN_PLACE}\s+on\s+{_A}"),
    ("point_on", rf"(?:does|do)\s+{_A}\s+(?:pass|go)\s+through\s+(?P<p>{_PT})"),
    ("area", rf"(?:{_WH})?(?:the\s+)?area\s+(?:of|enclosed\s+by|inside|bounded\s+by)\s+{_AM}"),
    ("area", rf"how\s+(?:large|big)\s+is\s+the\s+area\s+of\s+{_AM}"),
    ("perimeter", rf"(?:{_WH})?(?:the\s+)?(?:perimeter|circumference)\s+of\s+{_AM}"),
    ("distance", rf"(?:{_WH})?(?:the\s+)?(?:euclidean\s+|straight[-\s]line\s+)?(?:distance|dist)\s+"
                 rf"(?:between\s+{_POINTS}(?P<p>{_PT})\s+and\s+(?P<q>{_PT})"
                 rf"|(?:from\s+)?(?P<p2>{_PT})\s+to\s+"
                 rf"(?P<q2>{_PT}))"),
    ("distance", rf"how\s+far\s+(?:apart\s+)?(?:is\s+(?P<p>{_PT})\s+from\s+(?P<q>{_PT})|are\s+"
                 rf"{_POINTS}(?P<p2>{_PT})\s+and\s+(?P<q2>{_PT})(?:\s+(?:apart|from\s+each\s+other))?)"),
    ("distance", rf"{_WH}(?:the\s+)?length\s+of\s+{_A}"),
    ("distance", rf"how\s+long\s+is\s+{_A}"),
    # From a point to a line or segment (the shortest distance).
    ("distance", rf"(?:{_WH})?(?:the\s+)?(?:shortest\s+|perpendicular\s+|minimum\s+)?distance\s+"
                 rf"(?:from|between)\s+(?P<p>{_PT})\s+(?:to|and)\s+{_A}"),
    ("distance", rf"how\s+far\s+is\s+(?P<p>{_PT})\s+from\s+{_A}"),
    # "What is the slope of the line through (1, 2) and (3, 6)?"
    ("slope", rf"(?:{_WH})?(?:the\s+)?(?:slope|gradient)\s+of\s+{_A}"),
    ("slope", rf"(?:{_WH})?(?:the\s+)?(?:slope|gradient)\s+(?:between|joining|connecting)\s+"
              rf"{_POINTS}(?P<p>{_PT})\s+and\s+(?P<q>{_PT})"),
    ("radius", rf"{_WH}(?:the\s+)?radius\s+of\s+{_AM}"),
    ("diameter", rf"{_WH}(?:the\s+)?diameter\s+of\s+{_AM}"),
    ("center", rf"{_WH}(?:the\s+)?(?:center|centre)(?:\s+point)?\s+of\s+{_AM}"),
    ("center", rf"where\s+is\s+the\s+(?:center|centre)\s+of\s+{_AM}"),
    # The shape first, then the question about it: "A circle with diameter 25: what is its
    # circumference?", "For the circle x^2 + y^2 = 2, find the area."
    ("area", rf"{_FIRST}(?:{_WH}{_ITS}(?:enclosed\s+)?area|how\s+(?:large|big)\s+is\s+{_ITS}area"
             r"|(?:its\s+)?area)"),
    ("perimeter", rf"{_FIRST}(?:{_WH}{_ITS}(?:perimeter|circumference)|(?:its\s+)?(?:perimeter"
                  r"|circumference)"
                  rf"|how\s+long\s+is\s+{_ITS}(?:perimeter|circumference))"),
    ("point_where", rf"{_FIRST}(?:is|does)\s+(?P<p>{_PT}){_IN_PLACE}\s+{_LOCS_IT}"),
    ("point_where", rf"{_FIRST}where\s+(?:is|does)\s+(?P<p>{_PT}){_IN_PLACE}\s+{_RELATIVE}\s+"
                    rf"{_IT}(?:{_OPTIONS})?"),
    ("point_inside", rf"{_FIRST}(?:is|does)\s+(?P<p>{_PT}){_IN_PLACE}\s+(?:strictly\s+)?"
                     rf"(?:inside(?:\s+of)?|in|within|in\s+the\s+interior\s+of)\s+{_IT}"),
    ("point_inside", rf"{_FIRST}(?:does|do)\s+{_IT}\s+(?:strictly\s+)?contain\s+(?P<p>{_PT})"
                     r"(?:\s+in\s+its\s+interior)?"),
    ("point_outside", rf"{_FIRST}(?:is|does)\s+(?P<p>{_PT}){_IN_PLACE}\s+outside(?:\s+of)?\s+"
                      rf"{_IT}"),
    ("point_on", rf"{_FIRST}(?:is|does)\s+(?P<p>{_PT}){_IN_PLACE}\s+on\s+(?:{_ITS_EDGE}|{_IT})"),
    ("radius", rf"{_FIRST}{_WH}{_ITS}radius"),
    ("diameter", rf"{_FIRST}{_WH}{_ITS}diameter"),
    ("center", rf"{_FIRST}(?:{_WH}{_ITS}(?:center|centre)|where\s+is\s+{_ITS}(?:center|centre))"),
]

_ZS = rf"(?P<shapes>{_ZH_SHAPES})"
_ZA = rf"(?P<a>{_ZH_SHAPE})"
_ZB = rf"(?P<b>{_ZH_SHAPE})"
_ZAM = rf"(?P<a>{_ZH_SHAPE_M})"
_ZQ = r"(?:请问|请|试|那么|已知|设)?\s*(?:判断(?:一下)?)?\s*"
_ZWHETHER = r"(?:是否)?\s*"
_ZMA = r"\s*吗?"
_ZPT = rf"(?:点\s*)?(?:[a-z]\s*)?{_P}"
_ZHOW_MUCH = r"\s*(?:是|为|等于)?\s*(?:多少|几)?"
_ZLOC = r"(?:内部|里面|内|外部|外面|外|边界上|边界|边上|圆上|圆周上|上)"
_ZHOW_WHAT = r"\s*(?:是|为|等于|在)?\s*(?:多少|什么|几|哪里|哪儿)?"
_ZITS = r"(?:那么|则|请)?\s*(?:求|计算)?\s*(?:出)?\s*(?:它|该圆|这个圆|此圆|圆)?\s*的?\s*"

_ZNOUN = rf"(?:{_ZNAME}|圆)"

_ZH_PHRASINGS: list[tuple[Question, str]] = [
    ("count", rf"{_ZQ}(?P<sentences>(?:有\s*(?:一条|一个)\s*{_ZH_SHAPE}\s*[。.;；,]?\s*)+)"
              r"(?:一共|总共|共)?\s*有\s*(?:多少|几)\s*个\s*交点"),
    ("count", rf"{_ZQ}{_ZS}\s*(?:[,;.。]\s*(?:它们|两者)?)?\s*(?:之间)?\s*(?:一共|总共|共)?\s*有\s*"
              r"(?:多少|几)\s*个\s*(?:交点|公共点)"),
    ("count", rf"{_ZQ}(?:求|计算)?\s*{_ZS}\s*(?:之间)?\s*的\s*(?:交点|公共点)\s*(?:的)?\s*"
              rf"(?:个数|数量|数目){_ZHOW_MUCH}"),
    ("count", rf"{_ZQ}{_ZS}\s*(?:相交于|交于)\s*(?:多少|几)\s*个\s*点"),
    ("intersect", rf"{_ZQ}{_ZS}\s*(?:[,;.。]\s*(?:它们|两者))?\s*{_ZWHETHER}相交{_ZMA}"),
    ("collinear", rf"{_ZQ}(?:点)?\s*(?P<plist>{_ZPT}(?:\s*[,、和与]\s*{_ZPT}){{2,9}})\s*(?:这)?\s*"
                  rf"(?:三|四|几)?\s*(?:个)?\s*(?:点)?\s*{_ZWHETHER}(?:在同一(?:条)?直线上|共线){_ZMA}"),
    ("intersect", rf"{_ZQ}{_ZS}\s*(?:之间)?\s*(?:是否)?\s*有(?:没有)?\s*(?:交点|公共点){_ZMA}"),
    ("tangent", rf"{_ZQ}{_ZS}\s*{_ZWHETHER}相切{_ZMA}"),
    ("parallel", rf"{_ZQ}{_ZS}\s*{_ZWHETHER}(?:互相)?平行{_ZMA}"),
    ("perpendicular", rf"{_ZQ}{_ZS}\s*{_ZWHETHER}(?:互相)?垂直{_ZMA}"),
    ("overlap", rf"{_ZQ}{_ZS}\s*(?:所围成?的圆面|所围的区域)?\s*{_ZWHETHER}(?:有\s*)?重叠{_ZMA}"),
    ("inside", rf"{_ZQ}{_ZA}\s*{_ZWHETHER}(?:完全)?(?:在|位于)\s*{_ZB}\s*(?:的)?\s*"
               rf"(?:内部|内|里面|之内|里){_ZMA}"),
    ("relation", rf"{_ZQ}(?:判断)?\s*{_ZS}\s*(?:之间)?\s*的\s*位置关系"
                 r"\s*(?:是什么|是|为|如何)?\s*(?:什么|怎样)?"),
    ("relation", rf"{_ZQ}{_ZS}\s*(?:之间)?\s*(?:是|有)\s*(?:什么|怎样的|何种)\s*位置关系"),
    ("point_where", rf"{_ZQ}(?:判断)?\s*(?P<p>{_ZPT})\s*(?:和|与)\s*{_ZA}\s*(?:之间)?\s*的\s*"
                    r"位置关系\s*(?:是什么|是|为|如何)?\s*(?:什么|怎样)?"),
    # "点P在三角形…的内部、外部还是边界上", the options in any order
    ("point_where", rf"{_ZQ}(?P<p>{_ZPT})\s*(?:是)?(?:在|位于)\s*{_ZA}\s*的\s*"
                    rf"(?P<opts>{_ZLOC}(?:\s*(?:[,、]|还是|或者|或)\s*{_ZLOC}){{1,2}})"),
    # The polygon first: "多边形的顶点依次为(9, -4)、…。点(6, 8)在多边形的内部、边界上还是外部？"
    ("point_where", rf"{_ZQ}{_ZAM}\s*[,;.。]\s*(?:那么|则|请问)?\s*(?P<p>{_ZPT})\s*(?:是)?"
                    rf"(?:在|位于)\s*(?:该|这个|此|这)?\s*{_ZNOUN}\s*的\s*"
                    rf"(?P<opts>{_ZLOC}(?:\s*(?:[,、]|还是|或者|或)\s*{_ZLOC}){{1,2}})"),
    ("point_where", rf"{_ZQ}(?P<p>{_ZPT})\s*(?:在|位于)\s*{_ZA}\s*的\s*(?:什么|哪个)?\s*"
                    r"(?:位置|哪里|哪儿)"),
    ("point_inside", rf"{_ZQ}(?P<p>{_ZPT})\s*{_ZWHETHER}(?:在|位于)\s*{_ZA}\s*(?:的)?\s*"
                     rf"(?:内部|内|里面|之内|里){_ZMA}"),
    ("point_outside", rf"{_ZQ}(?P<p>{_ZPT})\s*{_ZWHETHER}(?:在|位于)\s*{_ZA}\s*(?:的)?\s*"
                      rf"(?:外部|外|外面|之外){_ZMA}"),
    ("point_on", rf"{_ZQ}(?P<p>{_ZPT})\s*{_ZWHETHER}(?:在|位于)\s*{_ZA}\s*(?:的)?\s*"
                 rf"(?:边界上|边上|圆周上|上){_ZMA}"),
    ("point_on", rf"{_ZQ}{_ZA}\s*{_ZWHETHER}(?:经过|过|通过)\s*(?P<p>{_ZPT}){_ZMA}"),
    ("area", rf"{_ZQ}(?:求|计算)?\s*(?:出)?\s*{_ZAM}\s*的?\s*面积{_ZHOW_MUCH}"),
    ("perimeter", rf"{_ZQ}(?:求|计算)?\s*(?:出)?\s*{_ZAM}\s*的?\s*周长{_ZHOW_MUCH}"),
    ("distance", rf"{_ZQ}(?:求|计算)?\s*(?:两点\s*)?(?P<p>{_ZPT})\s*(?:和|与|到|、)\s*(?P<q>{_ZPT})"
                 r"\s*(?:两点)?"
                 rf"\s*(?:之间)?\s*的\s*距离{_ZHOW_MUCH}"),
    ("slope", rf"{_ZQ}(?:求|计算)?\s*{_ZA}\s*的\s*斜率{_ZHOW_MUCH}"),
    ("slope", rf"{_ZQ}(?:求|计算)?\s*(?:过|经过)\s*(?:两点\s*)?(?P<p>{_ZPT})\s*(?:和|与|、)\s*"
              rf"(?P<q>{_ZPT})\s*的\s*直线\s*的\s*斜率{_ZHOW_MUCH}"),
    ("distance", rf"{_ZQ}(?:求|计算)?\s*{_ZA}\s*的\s*长度{_ZHOW_MUCH}"),
    ("distance", rf"{_ZQ}(?:求|计算)?\s*(?P<p>{_ZPT})\s*到\s*{_ZA}\s*的\s*(?:最短)?\s*距离"
                 rf"{_ZHOW_MUCH}"),
    ("radius", rf"{_ZQ}(?:求|计算)?\s*(?:出)?\s*{_ZAM}\s*的\s*半径{_ZHOW_WHAT}"),
    ("diameter", rf"{_ZQ}(?:求|计算)?\s*(?:出)?\s*{_ZAM}\s*的\s*直径{_ZHOW_WHAT}"),
    ("center", rf"{_ZQ}(?:求|计算)?\s*(?:出)?\s*{_ZAM}\s*的\s*圆心(?:坐标)?{_ZHOW_WHAT}"),
    # The circle first: "半径为5的圆，它的面积是多少？", "已知圆的直径为10，求周长"
    ("area", rf"{_ZQ}{_ZAM}\s*[,;.。]\s*{_ZITS}面积{_ZHOW_MUCH}"),
    ("perimeter", rf"{_ZQ}{_ZAM}\s*[,;.。]\s*{_ZITS}周长{_ZHOW_MUCH}"),
    ("radius", rf"{_ZQ}{_ZAM}\s*[,;.。]\s*{_ZITS}半径{_ZHOW_WHAT}"),
    ("diameter", rf"{_ZQ}{_ZAM}\s*[,;.。]\s*{_ZITS}直径{_ZHOW_WHAT}"),
    ("center", rf"{_ZQ}{_ZAM}\s*[,;.。]\s*{_ZITS}圆心(?:坐标)?{_ZHOW_WHAT}"),
]


def _compile(pattern: str) -> re.Pattern[str]:
    """Compile with possessive whitespace (Python 3.11+).

    The text has single spaces only, so no whitespace run ever needs to be shared between two
    quantifiers. Without possessive quantifiers, optional separators such as ``\\s*=?\\s*``
    give every repeated item two ways to match, and a long question that fails at its last
    word backtracks exponentially.
    """
    return re.compile(pattern.replace(r"\s*", r"\s*+").replace(r"\s+", r"\s++"))


_EQUATION = _compile(_EQUATION_SOURCE)
_EQ_TERM_RE = _compile(rf"(?i)\s*(?P<op>{_EQ_SIGN})?\s*{_EQ_TERM_NAMED}")
_EN_RE = [(question, _compile(pattern)) for question, pattern in _EN_PHRASINGS]
_ZH_RE = [(question, _compile(pattern)) for question, pattern in _ZH_PHRASINGS]
_EN_SCAN = _compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _EN_KINDS))
_ZH_SCAN = _compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _ZH_KINDS))
_EN_SEP_RE = _compile(_EN_SEP)
_ZH_SEP_RE = _compile(_ZH_SEP)
_EN_SENTENCE_LEAD = _compile(r"there\s+is\s+")
_EN_SENTENCE_SEP = _compile(r"\s*[.;]?\s*there\s+is\s+")
_ZH_SENTENCE_LEAD = _compile(r"有\s*(?:一条|一个)\s*")
_ZH_SENTENCE_SEP = _compile(r"\s*[。.;；,]?\s*有\s*(?:一条|一个)\s*")

_POLYGON_NAMES: dict[str, PolygonName] = {
    "polygon": "polygon", "triangle": "triangle", "quadrilateral": "quadrilateral",
    "square": "square", "rectangle": "rectangle", "pentagon": "pentagon", "hexagon": "hexagon",
    "多边形": "polygon", "三角形": "triangle", "四边形": "quadrilateral", "正方形": "square",
    "矩形": "rectangle", "长方形": "rectangle", "五边形": "pentagon", "六边形": "hexagon",
    "parallelogram": "parallelogram", "rhombus": "rhombus", "trapezoid": "trapezoid",
    "trapezium": "trapezoid", "octagon": "octagon", "平行四边形": "parallelogram",
    "菱形": "rhombus", "梯形": "trapezoid", "八边形": "octagon",
}
_NAMED_SIZE = {"triangle": 3, "quadrilateral": 4, "rectangle": 4, "square": 4, "pentagon": 5,
               "hexagon": 6, "parallelogram": 4, "rhombus": 4, "trapezoid": 4, "octagon": 8}
# Longest first: "平行四边形" before "四边形".
_POLYGON_NAME_RE = re.compile("|".join(sorted(_POLYGON_NAMES, key=len, reverse=True)))


def _shape(kind: str, span: str, lexed: _Lexed) -> list[SegmentSpec | LineSpec | CircleSpec |
                                                      PolygonSpec]:
    tokens = lexed.tokens(span)
    points = [lexed.points[i] for kind_, i in tokens if kind_ == "p"]
    numbers = [lexed.numbers[i] for kind_, i in tokens if kind_ == "n"]
    diameter = "diameter" in span or "直径" in span
    if kind in ("ecircle", "ecircles", "eline", "elines"):
        wanted = CircleSpec if "circle" in kind else LineSpec
        shapes = [lexed.equations[i] for kind_, i in tokens if kind_ in ("c", "l")]
        if not all(isinstance(shape, wanted) for shape in shapes):
            raise _Reject("an equation does not describe the shape named")
        return list(shapes)
    if kind in ("segment", "line"):
        _check_segment_labels(span)
        spec = SegmentSpec if kind == "segment" else LineSpec
        return [spec(a=points[0], b=points[1])]
    if kind in ("segments", "lines"):
        spec = SegmentSpec if kind == "segments" else LineSpec
        return [spec(a=points[0], b=points[1]), spec(a=points[2], b=points[3])]
    if kind == "segment_list":  # each item's two ends, in order
        return [SegmentSpec(a=points[i], b=points[i + 1]) for i in range(0, len(points), 2)]
    if kind == "unit":
        origin = (Fraction(0), Fraction(0))
        if points and points[0] != origin:
            raise _Reject("the unit circle is centred at the origin")
        return [CircleSpec(center=origin, radius=Fraction(1))]
    if kind in ("pcircle", "pcircles"):
        return [shape for body in _BRACKETED.findall(span)
                for shape in _shape("circle", body, lexed)]
    if kind == "centre_radius":  # one centre and one radius (after a label "circle 1")
        return [CircleSpec(center=points[0], radius=numbers[-1])]
    if kind in ("circle", "bare"):
        radius = numbers[0] / 2 if diameter else numbers[0]
        return [CircleSpec(center=points[0] if points else None, radius=radius)]
    if kind == "circles":
        return [CircleSpec(center=points[i], radius=numbers[i]) for i in range(2)]
    name_match = _POLYGON_NAME_RE.search(span)
    name = _POLYGON_NAMES[name_match.group(0)] if name_match else "polygon"
    _check_labels(span, name_match.end() if name_match else 0, len(points))
    return [PolygonSpec(name=name, vertices=tuple(points))]


_LABEL = _compile(r"(?:^|(?<=[\s\[,，、和与为是点以]))([a-z])\s*=?\s*⟨p\d+⟩")
_POLYGON_LABEL = _compile(r"\s*([a-z]{3,6})\b")
_PAIR_NAME = _compile(r"(?:segment|line)\s+([a-z]{2})\s")


def _check_segment_labels(span: str) -> None:
    """End labels ("segment AB goes from A(7, 7) to B(2, 9)") are both given or neither, differ,
    and spell the segment's name when it has one."""
    labels = _LABEL.findall(span)
    named = _PAIR_NAME.search(span)
    if not labels and named is None:
        return
    if len(labels) != 2 or labels[0] == labels[1]:
        raise _Reject("a segment's end labels must name both ends once")
    if named is not None and sorted(named.group(1)) != sorted(labels):
        raise _Reject(f"the ends are labelled {''.join(labels).upper()}, not "
                      f"{named.group(1).upper()}")


def _check_labels(span: str, after_name: int, count: int) -> None:
    """Vertex labels ("triangle ABC with A(0,0), B(4,0), C(0,3)") must be all or nothing,
    distinct, and spell the polygon's name in order when it has one."""
    labels = _LABEL.findall(span)
    named = _POLYGON_LABEL.match(span, after_name)
    name = named.group(1) if named and named.group(1) not in ("with", "whose", "having",
                                                              "that", "defined", "formed",
                                                              "given", "described", "has",
                                                              "are") else None
    if not labels and name is None:
        return
    if len(labels) != count or len(set(labels)) != count:
        raise _Reject("vertex labels must name every vertex once")
    if name is not None and name != "".join(labels):
        raise _Reject(f"the vertices are labelled {''.join(labels).upper()}, not {name.upper()}")


_TAIL = re.compile(r"[\s.;。；,]*")


def _scan(span: str, lexed: _Lexed, scanner: re.Pattern[str], separator: re.Pattern[str],
          leading: re.Pattern[str] | None = None
          ) -> list[SegmentSpec | LineSpec | CircleSpec | PolygonSpec]:
    """Split a list of shapes: (leading) shape (separator shape)*, covering all of ``span``.

    The phrasing already matched the whole list; this re-reads it shape by shape and declines
    if the greedy re-reading does not cover the span exactly as written.
    """
    shapes: list[SegmentSpec | LineSpec | CircleSpec | PolygonSpec] = []
    position = 0
    if leading is not None:
        lead = leading.match(span)
        if lead is None:
            raise _Reject("could not split the shapes")
        position = lead.end()
    while True:
        match = scanner.match(span, position)
        if match is None or match.lastgroup is None:
            raise _Reject("could not split the shapes")
        shapes.extend(_shape(match.lastgroup, match.group(0), lexed))
        position = match.end()
        if _TAIL.fullmatch(span, position):
            return shapes
        sep = separator.match(span, position)
        if sep is None or sep.end() == position:
            raise _Reject("could not split the shapes")
        position = sep.end()


def _point(span: str, lexed: _Lexed) -> Pt:
    tokens = lexed.tokens(span)
    return lexed.points[tokens[0][1]]


_OPTION_INSIDE = re.compile(r"\b(?:inside|within|in)\b|内|里")
_OPTION_OUTSIDE = re.compile(r"\boutside\b|外")


def _complete_options(options: str) -> bool:
    """Answer options name an inside and an outside place ("in or on" asks yes/no instead)."""
    return bool(_OPTION_INSIDE.search(options) and _OPTION_OUTSIDE.search(options))


def _match(text: str, language: str, lexed: _Lexed) -> GeometryProblem:
    zh = language == "zh"
    phrasings = _ZH_RE if zh else _EN_RE
    scanner, separator = (_ZH_SCAN, _ZH_SEP_RE) if zh else (_EN_SCAN, _EN_SEP_RE)
    for question, pattern in phrasings:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        groups = match.groupdict()
        if groups.get("opts") is not None and not _complete_options(groups["opts"]):
            continue
        shapes: list[SegmentSpec | LineSpec | CircleSpec | PolygonSpec] = []
        if groups.get("sentences"):
            lead, sep = ((_ZH_SENTENCE_LEAD, _ZH_SENTENCE_SEP) if zh
                         else (_EN_SENTENCE_LEAD, _EN_SENTENCE_SEP))
            shapes = _scan(groups["sentences"].strip(), lexed, scanner, sep, lead)
        elif groups.get("shapes"):
            shapes = _scan(groups["shapes"], lexed, scanner, separator)
        else:
            for key in ("a", "b"):
                if groups.get(key):
                    shapes.extend(_shape_one(groups[key], lexed, scanner))
        if groups.get("a") and not groups.get("b"):
            _check_reference(text[match.end("a"):], shapes)
        points = [_point(groups[key], lexed) for key in ("p", "q", "p2", "q2") if groups.get(key)]
        if groups.get("plist"):
            points = [lexed.points[i] for kind, i in lexed.tokens(groups["plist"]) if kind == "p"]
        return GeometryProblem(question=question, shapes=tuple(shapes), points=tuple(points))
    raise _Reject("not a complete geometry question with coordinates")


_REFERENCE = re.compile(r"\b(?:this|the)\s+(shape|polygon|circle|triangle|rectangle|square"
                        r"|quadrilateral|pentagon|hexagon)\b"
                        r"|(平行四边形|多边形|三角形|四边形|正方形|矩形|长方形|五边形|六边形|菱形|梯形|八边形"
                        r"|圆(?!心))")
_ZH_NOUN = {"平行四边形": "parallelogram", "多边形": "polygon", "三角形": "triangle",
            "四边形": "quadrilateral", "正方形": "square", "矩形": "rectangle",
            "长方形": "rectangle", "五边形": "pentagon", "六边形": "hexagon", "菱形": "rhombus",
            "梯形": "trapezoid", "八边形": "octagon", "圆": "circle"}


def _check_reference(rest: str, shapes: list[SegmentSpec | LineSpec | CircleSpec | PolygonSpec]
                     ) -> None:
    """"A square has vertices …; is (1, 1) inside the square?": a noun that refers back to the
    shape must fit it (a circle is not "the triangle", four vertices are not "the triangle")."""
    for found in _REFERENCE.finditer(rest):
        noun = found.group(1) or _ZH_NOUN[found.group(2)]
        for shape in shapes:
            if noun == "shape":
                continue
            if noun == "circle" or isinstance(shape, CircleSpec):
                if not (noun == "circle" and isinstance(shape, CircleSpec)):
                    raise _Reject(f"'{found.group()}' does not name the shape given")
                continue
            if not isinstance(shape, PolygonSpec):
                raise _Reject(f"'{found.group()}' does not name the shape given")
            fits = (noun == "polygon" or shape.name == noun
                    or (shape.name == "polygon" and noun not in ("square", "rectangle")
                        and _NAMED_SIZE.get(noun) == len(shape.vertices)))
            if not fits:
                raise _Reject(f"'{found.group()}' does not name the {shape.name} given")


def _shape_one(span: str, lexed: _Lexed, scanner: re.Pattern[str]
               ) -> list[SegmentSpec | LineSpec | CircleSpec | PolygonSpec]:
    match = scanner.fullmatch(span)
    if match is None or match.lastgroup is None:
        raise _Reject("could not read the shape")
    return _shape(match.lastgroup, span, lexed)


# --------------------------------------------------------------------------------------------
# Validation: shapes must be what they claim to be, within the caps.

def _match_or_read(text: str, language: str, lexed: _Lexed) -> GeometryProblem:
    """A phrasing of the grammar, or else the general reading."""
    try:
        return _match(text, language, lexed)
    except _Reject as grammar:
        try:
            return _read_zh(text, lexed) if language == "zh" else _read(text, lexed)
        except (_Reject, Unread) as general:
            raise _Reject(f"{grammar}; general reading: {general}") from None


# Vertices given to a thing the grammar has no noun for: "a fenced plot with corners at (..),
# (..), (..)", "the vertices of a triangle are located at ..". The thing is a polygon; its noun,
# when it is a polygon's ("my garden is a rectangle with corners at .."), names it.
_VERTEX_LIST = re.compile(
    rf"(?:\b(?:with|has|have|having)\s+(?:its\s+|their\s+)?(?:{_VERTS})"
    # "the area enclosed by the points (0, 0), (8, 0), …", "enclosed by (-1, 2) -> (5, 2) -> …":
    # the points are the corners
    rf"|\b(?:enclosed|bounded)\s+by(?:\s+(?:the\s+)?(?:{_VERTS}))?"
    rf"|\bwhose\s+(?:{_VERTS})\s+are"
    rf"|\b(?:the\s+)?(?:{_VERTS})\s+of\s+(?P<np>(?:(?:the|a|an|my|our|this)\s+)?"
    rf"(?:[a-z]+\s+){{0,2}}?[a-z]+)\s+are)"
    rf"\s+(?:(?:located|placed|positioned|situated)\s+)?(?:at\s+)?(?P<list>{_PLIST})")
_NOUN_BEFORE = re.compile(r"(?:[a-z-]+\s+){0,3}$")


def _listed_polygon(found: re.Match[str], text: str, lexed: _Lexed) -> PolygonSpec:
    before = _NOUN_BEFORE.search(text[:found.start()])
    words = found.group("np") or (before.group() if before else "")
    names = [_POLYGON_NAMES[w] for w in re.findall(r"[a-z]+", words) if w in _POLYGON_NAMES]
    if len(names) > 1:
        raise _Reject("the vertices belong to more than one polygon noun")
    points = tuple(lexed.points[i] for kind, i in lexed.tokens(found.group("list"))
                   if kind == "p")
    if any(kind == "n" for kind, _ in lexed.tokens(found.group("list"))):
        raise _Reject("a number among the vertices")
    return PolygonSpec(name=names[0] if names else "polygon", vertices=points)


_CONTINUED = re.compile(rf"\s*(?:,|;|{_ARROW}|and)\s*(?:[a-z]\s*=?\s*)?⟨[pn]\d+⟩")
# "… centered at (1, 2) r=3 and (10, 2) r=4": another centre with its radius, not more points.
_NEXT_CENTER_RADIUS = _compile(rf"\s*(?:,|;|and)\s*(?:and\s+)?(?:{_CENTER_RADIUS})")


def _kind(spec: SegmentSpec | LineSpec | CircleSpec | PolygonSpec) -> str:
    if isinstance(spec, PolygonSpec):
        return f"{spec.name}:{len(spec.vertices)}"
    return spec.kind


def _read(text: str, lexed: _Lexed) -> GeometryProblem:
    """The general reading (see ``_geometry_reader``): every shape description the grammar
    knows, wherever it stands, becomes ``⟨sI⟩``; the rest is read from its words."""
    specs: list[SegmentSpec | LineSpec | CircleSpec | PolygonSpec] = []
    frame: list[str] = []
    position = 0
    # A vertex list found ahead stays the next one until the reading passes its start; none
    # ahead means none later (searching again after every shape is quadratic in long texts).
    listed = _VERTEX_LIST.search(text)
    while True:
        found = _EN_SCAN.search(text, position)
        if listed is not None and listed.start() < position:
            listed = _VERTEX_LIST.search(text, position)
        if listed is not None and (found is None or listed.start() < found.start()):
            specs.append(_listed_polygon(listed, text, lexed))
            frame.append(text[position:listed.start()])
            frame.append(f" ⟨s{len(specs) - 1}⟩ ")
            position = listed.end()
            continue
        if found is None:
            break
        if found.end() == found.start() or found.lastgroup is None:
            raise _Reject("could not split the shapes")
        # A description inside a word ("semicircle") or running into one is not a shape.
        if text[found.start() - 1:found.start()].isalnum() or text[found.end():found.end() + 1] \
                .isalnum():
            raise _Reject(f"'{found.group()}' is part of a longer word")
        another_circle = found.lastgroup == "centre_radius" and _NEXT_CENTER_RADIUS.match(
            text, found.end())
        if _CONTINUED.match(text, found.end()) and not another_circle:
            raise _Reject(f"'{found.group()}' is followed by more points")
        read = _shape(found.lastgroup, found.group(), lexed)
        frame.append(text[position:found.start()])
        frame.append(" and ".join(f" ⟨s{len(specs) + i}⟩ " for i in range(len(read))))
        specs.extend(read)
        position = found.end()
    # The question mark the caller stripped, for a question of its cue word alone ("Tangent?")
    frame.append(text[position:] + ("?" if lexed.text.endswith(("?", "？")) else ""))
    return _read_problem(read_frame, frame, specs, lexed)


def _read_problem(reader: Callable[[str, list[str]], FrameReading], frame: list[str],
                  specs: list[SegmentSpec | LineSpec | CircleSpec | PolygonSpec],
                  lexed: _Lexed) -> GeometryProblem:
    """The problem a general reading (``reader``) finds in the frame around the shapes."""
    reading = reader(_SPACES.sub(" ", "".join(frame)).strip(), [_kind(spec) for spec in specs])
    return GeometryProblem(question=cast(Question, reading.question),
                           shapes=tuple(specs[i] for i in reading.shapes),
                           points=tuple(lexed.points[i] for i in reading.points),
                           options=reading.options)


# The shapes the Chinese general reading finds besides the grammar's own: a circle described
# without "的圆" ("一个圆心 (0, 0) 半径 6"), two circles described together ("圆心分别在 (1, 1) 和
# (9, 7)，半径分别是 2 和 4 的两个圆") and a polygon given by its corners ("一块地的四个角坐标依次为
# …", "五边形的顶点：…"). A vertex list never takes in a point introduced as "点" after its first
# vertex: "三角形顶点 A(..)，B(..)，C(..)，点 P(..) 在不在三角形里面" has a free point P.
_ZR_VERTEX = rf"(?:[a-z]\s*=?\s*)?{_P}"
_ZR_LIST = rf"(?:点\s*)?{_ZR_VERTEX}(?:{_ZSEP_LIST}{_ZR_VERTEX}){{2,{MAX_VERTICES - 1}}}"
_ZR_COUNT = r"(?:三|四|五|六|七|八|3|4|5|6|7|8)\s*个"
_ZR_NUMERAL = {"三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
               **{str(n): n for n in range(3, 9)}}
_ZR_KINDS: list[tuple[str, str]] = [
    (name, pattern) for name, pattern in _ZH_KINDS if name != "polygon"] + [
    # the pair named before ("两个圆：圆心分别是 …") or after ("… 的两个圆"), exactly once
    ("zpair", rf"(?P<zhead>(?:两个|两)\s*圆\s*[:,]?\s*)?"
              rf"圆心\s*分别\s*(?:在|为|是|位于)\s*{_ZP}\s*(?:和|与|、|,)\s*{_ZP}\s*[,、]?\s*"
              rf"(?:且|并且)?\s*(?P<zsize>{_ZSIZE})\s*分别\s*(?:为|是)\s*{_N}\s*(?:和|与|、|,)\s*"
              rf"{_N}(?P<ztail>\s*的\s*(?:两个|两)\s*圆)?"),
    ("zbody", rf"圆心\s*(?:在|为|是|位于)?\s*{_ZP}\s*[,、]?\s*(?:且|并且)?\s*{_ZSIZE}\s*{_ZIS}"
              rf"\s*{_N}(?!\s*的\s*圆)"),
    ("zvertices", rf"(?:{_ZNAME}\s*(?:[a-z]{{3,6}})?\s*的?\s*)?(?P<zcount>{_ZR_COUNT})?\s*"
                  rf"(?:顶点|角|角点|拐角)"
                  rf"\s*(?:的)?\s*(?:坐标)?\s*(?:依次|顺次|按顺序|分别)?\s*(?:为|是|在|:)\s*"
                  rf"(?P<zlist>{_ZR_LIST})"),
    ("polygon", rf"(?:一个|这个)?{_ZNAME}\s*(?:[a-z]{{3,6}}\s*[,:]?\s*)?(?P<zlist2>{_ZR_LIST})"),
]
_ZR_SCAN = _compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _ZR_KINDS))


def _zr_shape(found: re.Match[str], lexed: _Lexed
              ) -> list[SegmentSpec | LineSpec | CircleSpec | PolygonSpec]:
    kind, span = found.lastgroup or "", found.group()
    if kind == "zpair":
        if (found.group("zhead") is None) == (found.group("ztail") is None):
            raise _Reject("the two circles described together are not named once as a pair")
        points = [lexed.points[i] for k, i in lexed.tokens(span) if k == "p"]
        numbers = [lexed.numbers[i] for k, i in lexed.tokens(span) if k == "n"]
        half = found.group("zsize") == "直径"
        return [CircleSpec(center=points[i], radius=numbers[i] / 2 if half else numbers[i])
                for i in range(2)]
    if kind == "zbody":
        return _shape("circle", span, lexed)
    if kind in ("zvertices", "polygon"):
        listed = found.group("zlist") or found.group("zlist2")
        name = _POLYGON_NAME_RE.search(span[:span.index(listed)])
        vertices = tuple(lexed.points[i] for k, i in lexed.tokens(listed) if k == "p")
        _check_labels(listed, 0, len(vertices))
        if kind == "zvertices" and (count := found.group("zcount")) and _ZR_NUMERAL[
                count.rstrip(" 个")] != len(vertices):
            raise _Reject(f"'{count}' corners, but {len(vertices)} are listed")
        return [PolygonSpec(name=_POLYGON_NAMES[name.group(0)] if name else "polygon",
                            vertices=vertices)]
    return _shape(kind, span, lexed)


def _read_zh(text: str, lexed: _Lexed) -> GeometryProblem:
    """The Chinese general reading (``_geometry_reader.read_zh_frame``): every shape becomes
    ``⟨sI⟩`` and the rest is read from its phrases."""
    specs: list[SegmentSpec | LineSpec | CircleSpec | PolygonSpec] = []
    frame: list[str] = []
    position = 0
    for found in _ZR_SCAN.finditer(text):
        if found.end() == found.start():
            raise _Reject("could not split the shapes")
        read = _zr_shape(found, lexed)
        frame.append(text[position:found.start()])
        frame.append("和".join(f" ⟨s{len(specs) + i}⟩ " for i in range(len(read))))
        specs.extend(read)
        position = found.end()
    frame.append(text[position:])
    return _read_problem(read_zh_frame, frame, specs, lexed)


_PAIR_QUESTIONS = frozenset({"intersect", "tangent", "overlap", "inside", "contains", "touch",
                             "relation", "cross", "parallel", "perpendicular", "one_point"})


def _check(problem: GeometryProblem) -> None:
    question, shapes = problem.question, problem.shapes
    if question == "collinear" and (shapes or not 3 <= len(problem.points) <= 10):
        raise _Reject("collinearity is asked of 3 to 10 points")
    if question in ("count", "count_cross") and not 2 <= len(shapes) <= MAX_SHAPES:
        raise _Reject(f"counting intersections needs 2 to {MAX_SHAPES} shapes")
    if question in _PAIR_QUESTIONS and len(shapes) != 2:
        # "Do A, B and C intersect?" could mean a common point or any pair: ambiguous.
        raise _Reject(f"this question needs exactly two shapes, got {len(shapes)}")
    total = 0
    for shape in shapes:
        if isinstance(shape, SegmentSpec | LineSpec) and shape.a == shape.b:
            raise _Reject(f"a {shape.kind} through one point twice is degenerate")
        if isinstance(shape, CircleSpec):
            if (shape.radius is not None and shape.radius <= 0) or shape.r2 <= 0:
                raise _Reject("a circle needs a positive radius")
            if shape.radius is not None and shape.radius_squared is not None \
                    and shape.radius_squared != shape.r2:
                raise _Reject("the radius and the squared radius disagree")
            if shape.center is None and question not in ("area", "perimeter", "radius",
                                                          "diameter"):
                raise _Reject("a circle without a centre can only be measured")
        if isinstance(shape, PolygonSpec):
            count = len(shape.vertices)
            total += count
            if not 3 <= count <= MAX_VERTICES:
                raise _Reject(f"a polygon needs 3 to {MAX_VERTICES} vertices")
            expected = _NAMED_SIZE.get(shape.name)
            if expected is not None and count != expected:
                raise _Reject(f"a {shape.name} with {count} vertices")
    if total > MAX_TOTAL_VERTICES:
        raise _Reject(f"more than {MAX_TOTAL_VERTICES} polygon vertices")


# --------------------------------------------------------------------------------------------
# Scaling to integers.

class _Scaled:
    """The problem's coordinates times one common denominator, as exact integer shapes."""

    def __init__(self, problem: GeometryProblem) -> None:
        values: list[Fraction] = []
        for shape in problem.shapes:
            if isinstance(shape, SegmentSpec | LineSpec):
                values += [*shape.a, *shape.b]
            elif isinstance(shape, CircleSpec):
                # A squared radius p/q is an integer after scaling by any multiple of q.
                values += [*(shape.center or ()), shape.radius if shape.radius is not None
                           else Fraction(1, shape.r2.denominator)]
                if shape.radius is None and abs(shape.r2) > 10**80:
                    raise _Reject("the squared radius is too large")
            else:
                values += [c for vertex in shape.vertices for c in vertex]
        values += [c for point in problem.points for c in point]
        self.scale = math.lcm(1, *(v.denominator for v in values))
        if max((abs(v) * self.scale for v in values), default=0) > 10**40:
            raise _Reject("coordinates too large or too finely divided")

    def point(self, point: Pt) -> gx.IntPoint:
        return int(point[0] * self.scale), int(point[1] * self.scale)

    def shape(self, spec: SegmentSpec | LineSpec | CircleSpec | PolygonSpec) -> gx.Shape:
        if isinstance(spec, SegmentSpec):
            return gx.Segment(self.point(spec.a), self.point(spec.b))
        if isinstance(spec, LineSpec):
            return gx.Line(self.point(spec.a), self.point(spec.b))
        if isinstance(spec, CircleSpec):
            center = spec.center if spec.center is not None else (Fraction(0), Fraction(0))
            r2 = spec.r2 * self.scale * self.scale
            if r2.denominator != 1:
                raise _Reject("the squared radius does not scale to an integer")
            return gx.Circle(self.point(center), int(r2))
        polygon = gx.Polygon(tuple(self.point(v) for v in spec.vertices))
        if not gx.is_simple(polygon):
            raise _Reject("the polygon is not simple (repeated vertices or touching edges)")
        if gx.twice_signed_area(polygon.vertices) == 0:
            raise _Reject("the polygon has zero area")
        _check_named(spec.name, polygon.vertices)
        return polygon


def _check_named(name: str, vertices: Sequence[gx.IntPoint]) -> None:
    if name not in ("rectangle", "square", "parallelogram", "rhombus", "trapezoid"):
        return
    edges = [(vertices[(i + 1) % 4][0] - vertices[i][0], vertices[(i + 1) % 4][1] - vertices[i][1])
             for i in range(4)]
    parallel = [edges[i][0] * edges[i + 2][1] - edges[i][1] * edges[i + 2][0] == 0 for i in (0, 1)]
    if name == "trapezoid":  # at least one pair of parallel sides (either definition's area)
        if not any(parallel):
            raise _Reject("the vertices do not form a trapezoid")
        return
    if name in ("parallelogram", "rhombus"):
        lengths = {dx * dx + dy * dy for dx, dy in edges}
        if not all(parallel) or (name == "rhombus" and len(lengths) != 1):
            raise _Reject(f"the vertices do not form a {name}")
        return
    right = all(edges[i][0] * edges[i - 1][0] + edges[i][1] * edges[i - 1][1] == 0
                for i in range(4))
    if not right:
        raise _Reject(f"the vertices do not form a {name}")
    lengths = {dx * dx + dy * dy for dx, dy in edges}
    if name == "square" and len(lengths) != 1:
        raise _Reject("the vertices do not form a square")


# --------------------------------------------------------------------------------------------
# Exact numbers for the answers: sums of square roots, multiples of pi.

_PI = Decimal("3.14159265358979323846264338327950288419716939937510582097494459")
_SMALL_PRIMES: list[int] = [p for p in range(2, 10_000)
                            if all(p % q for q in range(2, math.isqrt(p) + 1))]


def _split_square(n: int) -> tuple[int, int]:
    """``(k, m)`` with ``n == k*k*m`` and ``m`` square-free, for ``n > 0``.

    Raises:
        _Reject: ``n`` is too large to be sure that ``m`` is square-free.
    """
    k, free, rest = 1, 1, n
    for p in _SMALL_PRIMES:
        if p * p > rest:
            return k, free * rest  # rest is 1 or a prime
        exponent = 0
        while rest % p == 0:
            rest //= p
            exponent += 1
        k *= p ** (exponent // 2)
        free *= p ** (exponent % 2)
    root = math.isqrt(rest)
    if root * root == rest:
        return k * root, free
    # rest has no prime factor below 10^4; below 10^12 it is p or p*q with p != q.
    if rest < 10**12:
        return k, free * rest
    raise _Reject("a square root too large to simplify exactly")


def _surd(terms: dict[int, Fraction]) -> tuple[str, str]:
    """Value and sentence text of ``sum(c * sqrt(m))`` for a map ``m -> c``."""
    parts = []
    for m in sorted(terms):
        c = terms[m]
        if c == 0:
            continue
        if m == 1:
            parts.append(canonical(c))
            continue
        head = "" if c.numerator == 1 else f"{c.numerator}*"
        tail = "" if c.denominator == 1 else f"/{c.denominator}"
        parts.append(f"{head}sqrt({m}){tail}")
    value = "+".join(parts) or "0"
    if all(m == 1 for m, c in terms.items() if c != 0):
        return value, decimal_text(terms.get(1, Fraction(0)))
    with localcontext() as context:
        context.prec = 60
        total = sum((Decimal(c.numerator) / Decimal(c.denominator) * Decimal(m).sqrt()
                     for m, c in terms.items()), Decimal(0))
    return value, f"{value} ≈ {_rounded(total)}"


def _rounded(value: Decimal) -> str:
    text = format(value.quantize(Decimal("1e-12"), rounding=ROUND_HALF_EVEN), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _pi_multiple(c: Fraction) -> tuple[str, str]:
    head = "" if c.numerator == 1 else f"{c.numerator}*"
    tail = "" if c.denominator == 1 else f"/{c.denominator}"
    value = f"{head}pi{tail}"
    with localcontext() as context:
        context.prec = 60
        number = Decimal(c.numerator) / Decimal(c.denominator) * _PI
    return value, f"{value} ≈ {_rounded(number)}"


def _pi_surd(c: Fraction, m: int) -> tuple[str, str]:
    """Value and sentence text of ``c*sqrt(m)*pi`` (``m`` square-free)."""
    if m == 1:
        return _pi_multiple(c)
    head = "" if c.numerator == 1 else f"{c.numerator}*"
    tail = "" if c.denominator == 1 else f"/{c.denominator}"
    value = f"{head}sqrt({m})*pi{tail}"
    with localcontext() as context:
        context.prec = 60
        number = Decimal(c.numerator) / Decimal(c.denominator) * Decimal(m).sqrt() * _PI
    return value, f"{value} ≈ {_rounded(number)}"


def _length(dx: int, dy: int, scale: int) -> tuple[int, Fraction]:
    if dx == dy == 0:
        return 1, Fraction(0)
    k, m = _split_square(dx * dx + dy * dy)
    return m, Fraction(k, scale)


# --------------------------------------------------------------------------------------------
# Answer sentences.

def _num(value: Fraction) -> str:
    return decimal_text(value)


def _pt(point: Pt) -> str:
    return f"({_num(point[0])}, {_num(point[1])})"


_ZH_CIRCLE_RELATION = {"separate": "外离", "externally tangent": "外切", "intersecting": "相交",
                       "internally tangent": "内切", "contained": "内含",
                       "concentric": "同心（内含）", "identical": "重合"}
_EN_CIRCLE_RELATION = {"separate": "lie outside each other", "externally tangent":
                       "are externally tangent", "intersecting": "intersect in two points",
                       "internally tangent": "are internally tangent", "contained":
                       "lie one inside the other", "concentric": "are concentric",
                       "identical": "coincide"}
_ZH_LINE_RELATION = {"separate": "相离", "tangent": "相切", "intersecting": "相交"}
_EN_LINE_RELATION = {"separate": "do not meet", "tangent": "are tangent",
                     "intersecting": "intersect in two points"}
_ZH_KIND = {"segment": "线段", "line": "直线", "circle": "圆", "polygon": "多边形"}
_ZH_POLYGON = {"polygon": "多边形", "triangle": "三角形", "quadrilateral": "四边形",
               "rectangle": "矩形", "square": "正方形", "pentagon": "五边形", "hexagon": "六边形",
               "parallelogram": "平行四边形", "rhombus": "菱形", "trapezoid": "梯形",
               "octagon": "八边形"}


def _yes_no(yes: bool, en: str, zh: str, language: str) -> Solution:
    value = "yes" if yes else "no"
    if language == "zh":
        return Solution(value=value, answer=("是。" if yes else "否。") + zh)
    return Solution(value=value, answer=("Yes: " if yes else "No: ") + en)


def _circle_relation_word(first: gx.Circle, second: gx.Circle) -> str:
    relation = gx.circle_relation(first, second)
    return "contained" if relation == "inside" else relation


# --------------------------------------------------------------------------------------------
# Solving.

Shapes = list[gx.Shape]


def _solve_count(shapes: Shapes, language: str) -> Solution:
    try:
        count, _ = gx.count_intersections(shapes)
    except gx.InfiniteIntersection as exc:
        raise _Reject(f"infinitely many intersection points ({exc})") from None
    if language == "zh":
        return Solution(value=str(count), answer=f"共有 {count} 个交点。")
    noun = "intersection point" if count == 1 else "intersection points"
    verb = "is" if count == 1 else "are"
    return Solution(value=str(count), answer=f"There {verb} {count} {noun}.")


def _solve_one_point(shapes: Shapes, language: str) -> Solution:
    """"Do they meet at exactly one point?": the common points counted, whatever the shapes."""
    try:
        count, _ = gx.count_intersections(shapes)
    except gx.InfiniteIntersection as exc:
        return _yes_no(False, f"they share infinitely many points ({exc}).",
                       "它们有无穷多个公共点。", language)
    noun = "common point" if count == 1 else "common points"
    return _yes_no(count == 1, f"they have {count} {noun}.", f"它们有 {count} 个公共点。",
                   language)


def _representative(shape: gx.Shape) -> gx.IntPoint | None:
    """A lattice point on a segment or polygon (None for a line, which no bounded region
    contains, and for a circle, whose points need not be lattice points)."""
    if isinstance(shape, gx.Segment):
        return shape.a
    if isinstance(shape, gx.Polygon):
        return shape.vertices[0]
    return None


def _inside_region(shape: gx.Shape, region: gx.Shape) -> bool:
    """Whether ``shape`` (meeting ``region``'s boundary nowhere) lies in ``region``'s interior."""
    if isinstance(shape, gx.Circle):
        if isinstance(region, gx.Circle):
            relation = gx.circle_relation(shape, region)
            return relation in ("inside", "concentric") and shape.r2 < region.r2
        if isinstance(region, gx.Polygon):
            # The curves miss each other, so the circle lies wholly inside or outside the
            # polygon: inside iff its centre is inside and the polygon is not inside the disk.
            return (gx.locate_in_polygon(shape.c, region) == "inside"
                    and gx.locate_in_circle(region.vertices[0], shape) == "outside")
        return False
    point = _representative(shape)
    if point is None:
        return False
    if isinstance(region, gx.Circle):
        return gx.locate_in_circle(point, region) == "inside"
    if isinstance(region, gx.Polygon):
        return gx.locate_in_polygon(point, region) == "inside"
    return False


def _is_tangency(first: gx.Shape, second: gx.Shape) -> bool:
    """Whether the two shapes touch a circle tangentially somewhere (zh 相切, not 相交)."""
    pairs = [(first, second), (second, first)]
    for circle, other in pairs:
        if not isinstance(circle, gx.Circle):
            continue
        if isinstance(other, gx.Circle):
            if gx.circle_relation(circle, other) in ("externally tangent", "internally tangent"):
                return True
            continue
        pieces = other.edges() if isinstance(other, gx.Polygon) else [other]
        for piece in pieces:
            if isinstance(piece, gx.Segment | gx.Line) and _line_circle(piece, circle) == "tangent":
                points = gx.intersect(piece, circle)
                if points:
                    return True
    return False


def _line_circle(piece: gx.Segment | gx.Line, circle: gx.Circle) -> str:
    (ax, ay), (bx, by) = piece.a, piece.b
    (cx, cy) = circle.c
    vx, vy, wx, wy = bx - ax, by - ay, ax - cx, ay - cy
    a_coef, b_coef = vx * vx + vy * vy, vx * wx + vy * wy
    c_coef = wx * wx + wy * wy - circle.r2
    disc = b_coef * b_coef - a_coef * c_coef
    return "separate" if disc < 0 else "tangent" if disc == 0 else "intersecting"


def _solve_intersect(shapes: Shapes, language: str) -> Solution:
    first, second = shapes
    try:
        count, _ = gx.count_intersections(shapes)
    except gx.InfiniteIntersection:
        if isinstance(first, gx.Circle) and isinstance(second, gx.Circle):
            raise _Reject("the circles coincide") from None
        return _yes_no(True, "they overlap along a segment (infinitely many common points).",
                       "它们有一段重合，公共点有无穷多个。", language)
    if count:
        if _is_tangency(first, second):
            if language == "zh":
                raise _Reject("相交 excludes 相切 for circles; the shapes are tangent")
            noun = "point" if count == 1 else "points"
            return _yes_no(True, f"they have {count} common {noun} (touching tangentially).",
                           "", language)
        noun = "point" if count == 1 else "points"
        return _yes_no(True, f"they have {count} common {noun}.",
                       f"它们有 {count} 个公共点。", language)
    if _inside_region(first, second) or _inside_region(second, first):
        raise _Reject("one shape lies inside the other: the curves do not meet, the regions do")
    return _yes_no(False, "they have no point in common.", "它们没有公共点。", language)


def _two_circles(shapes: Shapes) -> tuple[gx.Circle, gx.Circle]:
    first, second = shapes
    if not (isinstance(first, gx.Circle) and isinstance(second, gx.Circle)):
        raise _Reject("this question is answered for two circles only")
    return first, second


def _solve_tangent(shapes: Shapes, language: str) -> Solution:
    first, second = shapes
    if isinstance(first, gx.Circle) and isinstance(second, gx.Circle):
        relation = _circle_relation_word(first, second)
        if relation == "identical":
            raise _Reject("the circles coincide")
        yes = relation in ("externally tangent", "internally tangent")
        return _yes_no(yes, f"the circles {_EN_CIRCLE_RELATION[relation]}.",
                       f"两圆{_ZH_CIRCLE_RELATION[relation]}。", language)
    circle, piece = (first, second) if isinstance(first, gx.Circle) else (second, first)
    if not (isinstance(circle, gx.Circle) and isinstance(piece, gx.Segment | gx.Line)):
        raise _Reject("tangency is answered for circles, lines and segments only")
    relation = _line_circle(piece, circle)
    touches = relation == "tangent" and bool(gx.intersect(piece, circle))
    kind = "segment" if isinstance(piece, gx.Segment) else "line"
    if touches:
        return _yes_no(True, f"the {kind} touches the circle at exactly one point.",
                       f"{_ZH_KIND[kind]}与圆相切。", language)
    if relation == "tangent":
        return _yes_no(False, f"the {kind}'s line is tangent to the circle, but the point of "
                       "tangency is not on the segment.", "切点不在线段上。", language)
    en = "meets the circle in two points" if relation == "intersecting" else "misses the circle"
    return _yes_no(False, f"its line {en}.", f"直线与圆{_ZH_LINE_RELATION[relation]}。", language)


def _solve_touch(shapes: Shapes, language: str) -> Solution:
    """"Do they touch?": "yes" for a tangency, "no" for shapes apart. Casually "touch" also
    means any meeting, formally only a tangency: two crossing points, or one shape inside the
    other, answer differently under the two readings and are declined."""
    first, second = shapes
    try:
        count, _ = gx.count_intersections(shapes)
    except gx.InfiniteIntersection as exc:
        raise _Reject(f"infinitely many common points ({exc})") from None
    if count == 0:
        if _inside_region(first, second) or _inside_region(second, first):
            raise _Reject("one shape lies inside the other: whether they 'touch' is wording")
        return _yes_no(False, "they have no point in common.", "它们没有公共点。", language)
    if count == 1 and _is_tangency(first, second):
        return _yes_no(True, "they touch at exactly one point (tangent).",
                       "它们相切于一点。", language)
    raise _Reject("the shapes meet without being tangent: whether they 'touch' is wording")


def _solve_overlap(shapes: Shapes, language: str) -> Solution:
    first, second = _two_circles(shapes)
    relation = _circle_relation_word(first, second)
    yes = relation not in ("separate", "externally tangent")
    en = {"separate": "the disks are apart.",
          "externally tangent": "the disks only touch at one point."}.get(
              relation, f"the disks share area (the circles {_EN_CIRCLE_RELATION[relation]}).")
    zh = f"两圆{_ZH_CIRCLE_RELATION[relation]}，" + ("圆面有重叠。" if yes else "圆面没有重叠。")
    return _yes_no(yes, en, zh, language)


def _solve_inside(shapes: Shapes, language: str, contains: bool) -> Solution:
    first, second = _two_circles(shapes)
    inner, outer = (second, first) if contains else (first, second)
    if inner == outer:
        raise _Reject("the circles coincide")
    # d^2 against (R - r)^2, exactly, for squared radii that need not be perfect squares.
    _, inner_sign = gx.center_distance_signs(inner, outer)
    yes = inner.r2 < outer.r2 and inner_sign <= 0
    if yes and inner_sign == 0:
        # Touching from inside: inside the closed disk, not strictly inside. Like a point on
        # a boundary, neither "yes" nor "no" is right under every convention, and a yes/no
        # question has no third answer to give (the relation question says "internally
        # tangent").
        raise _Reject("the circles touch from inside: contained in the closed disk but not "
                      "strictly inside, so neither yes nor no holds under every convention")
    if yes:
        en = "the smaller disk lies strictly inside."
        zh = "小圆在大圆内部（内含）。"
    else:
        relation = _circle_relation_word(first, second)
        en = f"the circles {_EN_CIRCLE_RELATION[relation]}."
        zh = f"两圆{_ZH_CIRCLE_RELATION[relation]}。"
    return _yes_no(yes, en, zh, language)


def _solve_relation(shapes: Shapes, language: str) -> Solution:
    first, second = shapes
    if isinstance(first, gx.Circle) and isinstance(second, gx.Circle):
        relation = _circle_relation_word(first, second)
        en, zh = f"The circles {_EN_CIRCLE_RELATION[relation]}.", \
            f"两圆{_ZH_CIRCLE_RELATION[relation]}。"
    else:
        circle, piece = (first, second) if isinstance(first, gx.Circle) else (second, first)
        if not (isinstance(circle, gx.Circle) and isinstance(piece, gx.Line)):
            raise _Reject("the relation is answered for two circles or a line and a circle")
        relation = _line_circle(piece, circle)
        en, zh = f"The line and the circle {_EN_LINE_RELATION[relation]}.", \
            f"直线与圆{_ZH_LINE_RELATION[relation]}。"
    return Solution(value=relation, answer=zh if language == "zh" else en)


def _solve_location(problem: GeometryProblem, scaled: _Scaled, shape: gx.Shape,
                    language: str) -> Solution:
    point = problem.points[0]
    lattice = scaled.point(point)
    question = problem.question
    zh = language == "zh"
    if isinstance(shape, gx.Segment | gx.Line):
        if question != "point_on":
            raise _Reject("a segment or line has no inside")
        on = gx.on_linear(lattice, shape)
        kind = "segment" if isinstance(shape, gx.Segment) else "line"
        return _yes_no(on, f"{_pt(point)} {'lies' if on else 'does not lie'} on the {kind}.",
                       f"点{_pt(point)}{'在' if on else '不在'}{_ZH_KIND[kind]}上。", language)
    where = (gx.locate_in_circle(lattice, shape) if isinstance(shape, gx.Circle)
             else gx.locate_in_polygon(lattice, shape))
    spec = problem.shapes[0]
    name = spec.name if isinstance(spec, PolygonSpec) else "circle"
    name_zh = _ZH_POLYGON.get(name, "圆")
    en_where = {"inside": f"inside the {name}", "outside": f"outside the {name}",
                "boundary": ("on the circle" if name == "circle"
                             else f"on the boundary of the {name}, not inside it")}
    zh_where = {"inside": f"在{name_zh}内部", "outside": f"在{name_zh}外部",
                "boundary": "在圆上" if name == "circle" else f"在{name_zh}的边界上"}
    sentence_en = f"{_pt(point)} lies {en_where[where]}."
    sentence_zh = f"点{_pt(point)}{zh_where[where]}。"
    if question == "point_where":
        return Solution(value=where, answer=sentence_zh if zh else sentence_en[0].upper()
                        + sentence_en[1:])
    if where == "boundary" and question != "point_on":
        # "Is it inside?" of a boundary point: "no" under the open-region reading, "yes" under
        # the closed one. Neither is right under every convention, so the answer says where
        # the point is instead.
        en = ("on the circle (its boundary)" if name == "circle"
              else f"on the boundary of the {name}")
        return Solution(value="boundary", answer=(
            f"点{_pt(point)}在{name_zh}的边界上，既不在{name_zh}内部，也不在{name_zh}外部。" if zh
            else f"On the boundary: {_pt(point)} lies {en}, neither strictly inside nor "
                 "outside it."))
    wanted = {"point_inside": "inside", "point_outside": "outside", "point_on": "boundary"}
    return _yes_no(where == wanted[question], sentence_en, sentence_zh, language)


# "The vertices of a quadrilateral, in order, are ...", "... (0, 3) listed in order": polygon
# vertices are read in order anyway, so the note is dropped (only in polygon questions).
# A point written without brackets right after the word: "the point 6,6", "point -2, 1.5".
# "point 1,234" could be a number with a thousands separator: declined.
_BARE_POINT = re.compile(r"(?i)(?<![a-z])(point\s+)([-−]?\d+(?:\.\d+)?)\s*,(\s*)"
                         r"([-−]?\d+(?:\.\d+)?)(?!\d|\.\d|\s*,\s*[-−]?\d)")


# A point with its coordinates named: "(x=1, y=2)", "(x = -1.5, y = 3)" (x first, y second).
_XY_POINT = re.compile(r"(?i)\(\s*x\s*[=:]\s*([-−]?\d+(?:\.\d+)?)\s*,\s*y\s*[=:]\s*"
                       r"([-−]?\d+(?:\.\d+)?)\s*\)")
# "the point x = -1, y = -9" (unbracketed only after "point": "x = 3, y = 4" alone may be two
# lines)
_XY_BARE_POINT = re.compile(r"(?i)(?<=\bpoint\s)\s*x\s*=\s*([-−]?\d+(?:\.\d+)?)\s*,\s*(?:and\s+)?"
                            r"y\s*=\s*([-−]?\d+(?:\.\d+)?)(?![\d.]*\d)")
# "(0, 0); (8, 0); (8, 2)": a list of points separated by semicolons
_POINT_SEMICOLON = re.compile(r"(?<=\))\s*;\s*(?=\()")


def _bracket_bare_point(match: re.Match[str]) -> str:
    if not match.group(3) and re.fullmatch(r"\d{3}", match.group(4)):
        raise _Reject(f"'{match.group(2)},{match.group(4)}' may be one number or a point")
    return f"{match.group(1)}({match.group(2)}, {match.group(4)})"


# "Put the final answer in \\boxed{}.": a format request, no content.
_BOXED = re.compile(r"(?<![A-Za-z])(?:please\s+)?put\s+(?:the|your)\s+(?:final\s+)?answer\s+"
                    r"(?:in|inside|within)\s+\\boxed\{\}\s*\.?$", re.IGNORECASE)
# "In triangle ABC, A(-1, 0), B(7, 5), C(-6, 6). Find the area of triangle ABC.": the head
# names the shape the question names again, so it is dropped when the question does.
_SHAPE_HEAD = re.compile(r"(?i:in)\s+(?P<noun>(?i:triangle|quadrilateral|rectangle|square|pentagon"
                         r"|hexagon|polygon|parallelogram|rhombus|trapezoid|octagon))\s+"
                         r"(?P<labels>[A-Z]{2,6})\s*,\s*(?=[A-Z]\s*=?\s*\()")


# Two named places, then a question about both: "Pad 1 sits at (13, 30) and pad 2 at (25, 35),
# both in the same grid units. What's the straight-line distance between the pads?". The one
# phrase naming both ("the pads", "them", "pad 1 and pad 2") becomes the two points; the names
# may not appear anywhere else. A first-person context sentence is kept for _tidy to judge.
_PLACED = r"(?i:sits|is|lies|is\s+located|is\s+placed|is\s+positioned)\s+at"
_NAMED_PLACES = re.compile(
    r"(?P<ctx>(?i:i['’]?m|i\s+am|we['’]re|we\s+are)\s[^.!?()0-9]{0,150}[.!]\s+)?"
    rf"(?P<noun>[A-Za-z]{{3,12}})\s+(?P<n1>[A-Z0-9]|[0-9]{{2}})\s+{_PLACED}\s*"
    r"(?P<p1>\([^()]{1,100}\))(?:\s*,)?\s+(?i:and|while)\s+"
    rf"(?P<noun2>[A-Za-z]{{3,12}})\s+(?P<n2>[A-Z0-9]|[0-9]{{2}})\s+(?:{_PLACED}|(?i:at))\s*"
    r"(?P<p2>\([^()]{1,100}\))"
    r"(?:\s*,\s*(?i:both\s+(?:in|measured\s+in)\s+the\s+same\s+(?:[a-z]+\s+)?units))?"
    r"\s*[.;]\s*(?P<question>\S.{0,300})")
_NOT_PLACES = frozenset({"circle", "center", "centre", "line", "segment", "triangle", "polygon",
                         "square", "rectangle", "vertex", "radius", "diameter", "zone", "disc"})


def _named_places(text: str) -> str:
    found = _NAMED_PLACES.fullmatch(text)
    if found is None:
        return text
    noun, n1, n2 = found.group("noun").lower(), found.group("n1"), found.group("n2")
    if noun != found.group("noun2").lower() or noun in _NOT_PLACES or n1 == n2:
        raise _Reject("the two named places are not named alike")
    question = found.group("question")
    names = rf"(?:{re.escape(n1)}|{re.escape(n2)})"
    reference = re.compile(rf"\b(?:(?:the|these|those)\s+(?:two\s+)?{noun}s|both\s+{noun}s|them"
                           rf"|{noun}s\s+{names}\s+and\s+{names}"
                           rf"|{noun}\s+{names}\s+and\s+{noun}\s+{names})\b", re.IGNORECASE)
    refs = list(reference.finditer(question))
    if len(refs) != 1:
        raise _Reject("the question does not refer to the two named places exactly once")
    ref = refs[0]
    rest = question[:ref.start()] + question[ref.end():]
    if re.search(rf"\b{noun}", rest, re.IGNORECASE) or re.search(
            rf"(?<![A-Za-z0-9]){names}(?![A-Za-z0-9])", rest):
        raise _Reject("a named place is used outside the reference to both")
    both = f"{found.group('p1')} and {found.group('p2')}"
    return (found.group("ctx") or "") + question[:ref.start()] + both + question[ref.end():]


def _drop_shape_head(text: str) -> str:
    head = _SHAPE_HEAD.match(text)
    if head is None:
        return text
    rest = text[head.end():]
    again = re.compile(rf"\b{head.group('noun')}\s+{head.group('labels')}\b", re.IGNORECASE)
    if len(again.findall(rest)) != 1:
        raise _Reject("the shape named at the start is not the one asked about")
    return rest


_POLYGON_WORD = re.compile(r"\b(?:vertices|vertexes|corners|points|polygon|triangle"
                           r"|quadrilateral|pentagon|hexagon|octagon)\b", re.IGNORECASE)
# "（按此顺序连接）": the vertices are joined in the order given, as a polygon's always are.
_ZH_ORDER_NOTE = re.compile(
    r"[（(]\s?(?:按|依)(?:此|这个|给定的?|上述|所给)?顺序(?:依次)?(?:连接|相连|连成)?\s?[)）]")
# "在平面直角坐标系中，…": the plane every question is in.
_ZH_PLANE_LEAD = re.compile(
    r"^(?:在)?(?:平面)?(?:直角)?坐标(?:系|平面)(?:\s?xOy)?\s?(?:中|上|内|里)\s?[,，]?\s?")
# "三个顶点的坐标分别为A(…)": the vertices are their coordinates.
_ZH_COORDINATES_ARE = re.compile(r"(?:的)?坐标分别(?:为|是)|(?<=顶点)分别(?:为|是)")
# "坐标为 (-5,4)、(-4,9)、(5,-1) 的三角形": the coordinates of a shape named right after them
# are its corners.
_ZH_POINT = r"[(（][^()（）]{1,30}[)）]"
_ZH_CORNERS_BY_COORDINATES = re.compile(
    rf"(?<![\u4e00-\u9fff])坐标(?:为|是)?(?=\s?{_ZH_POINT}(?:\s?[、，,]\s?{_ZH_POINT}){{2,}}\s?"
    r"(?:依次)?(?:连成|围成|组成|构成)?的\s?(?:三角形|四边形|多边形|五边形|六边形))")
# "坐标 (5,4) 和 (3,5) 之间的直线距离": points by their coordinates, the straight-line (ordinary)
# distance between them.
_ZH_COORDINATE_POINTS = re.compile(rf"^坐标\s?(?={_ZH_POINT}\s?(?:和|与|跟|到))")
_ZH_STRAIGHT_DISTANCE = re.compile(r"(?:(?<=之间的)|(?<=两点的)|(?<=两点间的))直线距离")
# "(-1,1) (4,2) (3,6) (0,5)", "(-3,6)(2,1)(8,5)": points in a row, nothing or blanks between
# them, a list.
_ZH_BLANK_BETWEEN_POINTS = re.compile(r"(?<=[)）])[ \t]*(?=[(（]\s?[-−]?\d[^()（）]{0,28}[)）])")
# "求这个三角形的面积": "这个三角形" refers back to the triangle already given, as "它" does,
# when that noun was said before it (the shapes are checked against it as for "它").
_ZH_BACK_REFERENCE = re.compile(
    r"(?:这个|这|该|此)\s?(?P<noun>平行四边形|多边形|三角形|四边形|正方形|矩形|长方形|五边形|六边形"
    r"|八边形|图形)")


# "How many metres of fence do I need to go all the way around?", "How much fencing would we
# need to go round it?": the length around a shape, its perimeter, in the unit asked (which the
# units check then compares with the question's).
_FENCE_AROUND = re.compile(
    r"\bhow\s+(?:many\s+(?P<unit>[a-z]+)\s+of|much)\s+(?:fence|fencing|edging|trim|rope"
    r"|string|ribbon|border)\s+(?:do|would|will|does|should)\s+(?:i|we|you|they|one)\s+need\s+to\s+"
    r"(?:go|put|run|get)\s+(?:all\s+the\s+way\s+)?a?round(?:\s+(?:it|the\s+[a-z]+))?\b",
    re.IGNORECASE)


def _fence_around(found: re.Match[str]) -> str:
    unit = found.group("unit")
    return "what is the perimeter" + (f" in {unit}" if unit else "")


# Written forms of the same Chinese question: "顶点 A(…)", "顶点(8, -6)" and "半径13" without 为
# (是), "…的圆，和以…为圆心的圆" with a comma before 和, "有三个点 P、Q、R，连成的三角形面积" (the
# triangle of those points).
_ZH_BARE_IS = re.compile(r"(?<=顶点|半径|圆心)\s?(?=[A-Z]?\s?[(（\d-])")
_ZH_COMMA_AND = re.compile(r"(?<=的圆)\s?[，,]\s?(?=和|与|跟)")
_ZH_POINTS_TRIANGLE = re.compile(
    rf"(?:有|已知|给定)?\s?(?:三|3)\s?个?点\s?(?P<points>{_ZH_POINT}"
    rf"(?:\s?[，,、]\s?{_ZH_POINT}){{2}})\s?[，,]?\s?"
    r"(?:把它们|它们|依次)?\s?(?:连成|围成|组成|构成|连起来)的?\s?三角形")
# "三角形ABC中，A(10, -1)，B(8, 0)，C(3, 12)，求它的面积": the labelled corners of the named
# triangle ("三角形ABC的顶点为A(…)…").
_ZH_IN_TRIANGLE = re.compile(
    r"(?<=三角形)\s?(?P<name>[A-Z]{3})\s?中\s?[，,：:]\s?"
    rf"(?=(?P<labels>[A-Z]\s?{_ZH_POINT}\s?[，,、]\s?[A-Z]\s?{_ZH_POINT}\s?[，,、]\s?[A-Z])"
    r"\s?[(（])")


def _zh_in_triangle(found: re.Match[str]) -> str:
    labels = re.findall(r"[A-Z](?=\s?[(（])", found.group("labels") + "(")
    if sorted(labels) != sorted(found.group("name")):
        return found.group()  # corners not the triangle's own: left for the reader to decline
    return f"{found.group('name')}的顶点为"


# Written forms of the same English question: a radius in brackets after the centre ("centered
# at (2, -5) (r = 3)"), a centre that "has a radius of 3", "right on the edge" (on the edge),
# points that "are on a grid".
_RADIUS_IN_BRACKETS = re.compile(
    r"(?<=[)\]])\s?\(\s?(?:r|radius)\s?[=:]\s?(?P<r>\d+(?:\.\d+)?)\s?\)", re.IGNORECASE)
_HAS_RADIUS = re.compile(r"(?<=[)\]])\s+(?:has|having|that\s+has|which\s+has)\s+(?:a\s+)?"
                         r"(?=(?:radius|diameter)\b)", re.IGNORECASE)
_RIGHT_ON = re.compile(r"\bright\s+(?=on\s+(?:the\s+)?(?:edge|boundary|border|line|perimeter)\b)",
                       re.IGNORECASE)
_ON_A_GRID = re.compile(
    r"\s(?:are|is|lie|lies|sit|sits)\s(?:on|in)\s(?:a|the)\s(?:grid|coordinate\s(?:plane|grid|system)"
    r"|plane|graph|xy-plane|cartesian\splane)(?=\s?[.,;])", re.IGNORECASE)


# A circle's size said as a condition, the circle named once in the rest of the question ("If
# r = 4, what is the area of the circle?", "Find the area of the circle when the radius is 4.",
# "Given a radius of 4, find the circumference of the circle"): read as "the circle with radius
# 4". A circumference is a circle's, so "What's the circumference if the diameter is 10?" names
# it too; the rest may hold no number of its own.
_SIZE_CONDITION = (rf"(?:if|when|given(?:\s+that)?|assuming(?:\s+that)?)\s+(?:(?:the|its|a)\s+)?"
                   rf"(?P<size>radius|diameter|r|d)\s*(?:is|=|equals|of)\s*"
                   rf"(?P<n>\d+(?:\.\d+)?)(?P<unit>\s*(?:{_UNIT_ALT}))?(?!\w|\.\d)")
_SIZE_CONDITION_FIRST = re.compile(rf"\s*{_SIZE_CONDITION}\s*,\s*(?P<rest>\S.*)",
                                   re.IGNORECASE | re.DOTALL)
_SIZE_CONDITION_LAST = re.compile(rf"(?P<rest>.+?)\s*,?\s+{_SIZE_CONDITION}\s*(?P<end>[?.!]*)\s*",
                                  re.IGNORECASE | re.DOTALL)
_THE_CIRCLE = re.compile(r"\b(?:the|a)\s+circle\b(?![-'’])|\bcircumference\b(?!\s+of\b)",
                         re.IGNORECASE)


def _size_condition(text: str) -> str:
    found = _SIZE_CONDITION_FIRST.fullmatch(text) or _SIZE_CONDITION_LAST.fullmatch(text)
    if found is None:
        return text
    rest = found.group("rest")
    circles = list(_THE_CIRCLE.finditer(rest))
    if len(circles) != 1 or re.search(r"\d", rest):
        return text
    size = {"r": "radius", "d": "diameter"}.get(found.group("size").lower(),
                                                found.group("size").lower())
    said = f"{size} {found.group('n')}{found.group('unit') or ''}"
    (circle,) = circles
    named = (f"{circle.group()} with {said}" if "circle" in circle.group().lower()
             else f"{circle.group()} of the circle with {said}")
    end = found.groupdict().get("end") or ""
    return rest[:circle.start()] + named + rest[circle.end():] + end


# A circle given by its centre and a point on it ("The circle centred at (3, 4) passes through
# the point (2, 5).", "the circle with center (0, 0) that passes through (-5, 5)", "A circle has
# center (1, 2) and passes through (4, 6)."): written as its equation, whose squared radius is
# exact ("(x - 3)^2 + (y - 4)^2 = 2"), which the grammar reads.
_RAW_POINT = rf"\(\s?(?:{NUMBER})\s?,\s?(?:{NUMBER})\s?\)"
_THROUGH = r"(?:passes|passing|goes|going|runs|running)\s+through\s+(?:the\s+point\s+)?"
_CENTRE_THROUGH = re.compile(
    rf"\b(?P<article>the|a)\s+circle\s+(?:(?:with\s+(?:its\s+)?|whose\s+|that\s+has\s+"
    rf"|which\s+has\s+|has\s+(?:its\s+)?)?(?:center|centre)\s+(?:(?:at|is|of)\s+)?"
    rf"|(?:centered|centred)\s+at\s+)"
    rf"(?P<c>{_RAW_POINT})\s*,?\s+(?:(?:and|that|which)\s+)?{_THROUGH}(?P<q>{_RAW_POINT})",
    re.IGNORECASE)


# "圆心为(3,4)且经过点(2,5)的圆", "以(0,0)为圆心、过点(3,4)的圆"
_ZH_CENTRE_THROUGH = re.compile(
    rf"(?:圆心(?:为|是|在)\s?(?P<c>{_RAW_POINT})|以\s?(?P<c2>{_RAW_POINT})\s?为圆心)\s?[，,、]?\s?"
    rf"(?:且|并且|并)?\s?(?:经过|过|通过)\s?(?:点)?\s?(?P<q>{_RAW_POINT})\s?的\s?圆")


def _zh_centre_through(match: re.Match[str]) -> str:
    equation = _equation_through(match["c"] or match["c2"], match["q"])
    return match.group(0) if equation is None else f"圆{equation}的"


def _offset(variable: str, value: Fraction) -> str:
    if value == 0:
        return f"{variable}^2"
    sign = "-" if value > 0 else "+"
    return f"({variable} {sign} {decimal_text(abs(value))})^2"


def _equation_through(centre: str, point: str) -> str | None:
    """The equation of the circle with this centre through this point, both written "(x, y)"."""
    (cx, cy), (qx, qy) = ([parse_number(part.strip()) for part in written.strip("() ").split(",")]
                          for written in (centre, point))
    if cx is None or cy is None or qx is None or qy is None:
        return None
    r2 = (qx - cx) ** 2 + (qy - cy) ** 2
    if r2 == 0:
        raise _Reject("the point on the circle is its centre")
    return f"{_offset('x', cx)} + {_offset('y', cy)} = {decimal_text(r2)}"


def _centre_through(match: re.Match[str]) -> str:
    equation = _equation_through(match["c"], match["q"])
    return match.group(0) if equation is None else f"{match['article']} circle {equation}"


# "Check whether P(1, 8) falls inside the polygon …": a point falls where it lies.
_FALLS = re.compile(r"\b(?i:fall)(?P<s>s?)\s+(?=(?i:inside|within|outside|on)\b)")


def _en_plain(text: str) -> str:
    text = _FALLS.sub(lambda m: f"lie{m['s']} ", _size_condition(text))
    text = _CENTRE_THROUGH.sub(_centre_through, text)
    text = _RADIUS_IN_BRACKETS.sub(lambda m: f" with radius {m.group('r')}", text)
    text = _HAS_RADIUS.sub(" with ", _SEGMENT_IN_BRACKETS.sub(_segment_in_brackets, text))
    return _ON_A_GRID.sub("", _RIGHT_ON.sub("", text))


# "segment [(2,3), (0,6)]": a segment by its two ends in square brackets.
_SEGMENT_IN_BRACKETS = re.compile(
    r"\b(?P<noun>(?:line\s+)?segment)\s*\[\s*(?P<p>\([^()\[\]]{1,60}\))\s*[,;]\s*"
    r"(?P<q>\([^()\[\]]{1,60}\))\s*\]", re.IGNORECASE)


def _segment_in_brackets(found: re.Match[str]) -> str:
    return f"{found['noun']} from {found['p']} to {found['q']}"


# A circle named and defined in brackets ("圆A（圆心(-3, -4)，半径6）"), its name used nowhere
# else: read as "圆心(-3, -4)半径6的圆".
_ZH_LABELLED_CIRCLE = re.compile(
    r"圆\s*(?P<label>[A-Z]\d?|\d)\s*\(\s*圆心\s*(?:为|是|在)?\s*(?P<p>\([^()]{1,80}\))\s*,?\s*"
    r"半径\s*(?:为|是|=)?\s*(?P<r>\d+(?:\.\d+)?)\s*\)")


def _zh_unlabelled_circles(text: str) -> str:
    found = list(_ZH_LABELLED_CIRCLE.finditer(text))
    if not found or any(len(re.findall(rf"(?<![A-Za-z\d]){re.escape(m['label'])}(?![A-Za-z\d])",
                                       text)) != 1 for m in found):
        return text
    return _ZH_LABELLED_CIRCLE.sub(lambda m: f"圆心{m['p']}半径{m['r']}的圆", text)


# The same in Chinese: "若半径为4，圆的面积是多少？", "当直径是10时，圆的周长是多少";
# and "r = 19 的圆".
_ZH_SIZE_CONDITION = re.compile(
    rf"\s*(?:若|如果|假如|假设|当|已知)\s*(?P<size>半径|直径)\s*(?:为|是|=|等于)\s*"
    rf"(?P<n>\d+(?:\.\d+)?)(?P<unit>\s*(?:{_ZH_UNIT_ALT}))?\s*(?:时)?\s*[，,]\s*(?P<rest>\S.*)",
    re.DOTALL)
_ZH_R_EQUALS = re.compile(r"(?<![A-Za-z])r\s*=\s*(?P<n>\d+(?:\.\d+)?)\s*的\s*(?=圆)")
_ZH_THE_CIRCLE = re.compile(r"(?<![半椭])圆(?!心|柱|锥|环|台|弧|角|球)")


def _zh_size_condition(text: str) -> str:
    text = _ZH_R_EQUALS.sub(lambda m: f"半径为{m['n']}的", text)
    found = _ZH_SIZE_CONDITION.fullmatch(text)
    if found is None:
        return text
    rest = found.group("rest")
    circles = list(_ZH_THE_CIRCLE.finditer(rest))
    if len(circles) != 1 or re.search(r"\d", rest):
        return text
    at = circles[0].start()
    said = f"{found['size']}为{found['n']}{(found['unit'] or '').strip()}的"
    return rest[:at] + said + rest[at:]


def _zh_plain(text: str) -> str:
    text = _zh_size_condition(_zh_unlabelled_circles(text))
    text = _ZH_CENTRE_THROUGH.sub(_zh_centre_through, text)
    text = _ZH_COORDINATES_ARE.sub("为", _ZH_PLANE_LEAD.sub("", text))
    text = _ZH_CORNERS_BY_COORDINATES.sub("顶点为", _ZH_BLANK_BETWEEN_POINTS.sub("、", text))
    text = _ZH_STRAIGHT_DISTANCE.sub("距离", _ZH_COORDINATE_POINTS.sub("点", text))
    text = _ZH_COMMA_AND.sub("", _ZH_BARE_IS.sub("为", text))
    text = _ZH_POINTS_TRIANGLE.sub(lambda m: f"三角形{m.group('points')}", text)
    text = _ZH_IN_TRIANGLE.sub(_zh_in_triangle, text)
    references = list(_ZH_BACK_REFERENCE.finditer(text))
    if len(references) != 1:
        return text
    (found,) = references
    if found.group("noun") in text[:found.start()] or found.group("noun") == "图形":
        text = text[:found.start()] + "它" + text[found.end():]
    return text


_ORDER_NOTE = re.compile(r"(?:\s*,)?\s+(?:listed\s+|given\s+|taken\s+)?in\s+"
                         r"(?:(?:counter-?|anti-?)?clockwise\s+)?order\b(?:\s*,)?",
                         re.IGNORECASE)


def _solve_slope(problem: GeometryProblem, scaled: _Scaled, shapes: Shapes,
                 language: str) -> Solution:
    """Rise over run of a line or segment (or of the line through two points), exactly."""
    if problem.points:
        if shapes or len(problem.points) != 2:
            raise _Reject("a slope is asked of one line or of two points")
        (ax, ay), (bx, by) = (scaled.point(p) for p in problem.points)
        if (ax, ay) == (bx, by):
            raise _Reject("one point twice does not fix a line")
    else:
        if len(shapes) != 1 or not isinstance(shapes[0], gx.Segment | gx.Line):
            raise _Reject("a slope is asked of a line or a segment")
        (ax, ay), (bx, by) = shapes[0].a, shapes[0].b
    if ax == bx:
        raise _Reject("the line is vertical: its slope is undefined")
    slope = Fraction(by - ay, bx - ax)
    value = canonical(slope)
    shown = value if slope.denominator == 1 else f"{value} = {decimal_text(slope)}"
    if language == "zh":
        return Solution(value=value, answer=f"斜率是 {shown}（纵坐标之差除以横坐标之差）。")
    return Solution(value=value, answer=f"The slope is {shown} (rise over run).")


def _solve_measure(problem: GeometryProblem, scaled: _Scaled, shapes: Shapes,
                   language: str) -> Solution:
    zh = language == "zh"
    question = problem.question
    scale = scaled.scale
    if question == "distance" and len(problem.points) == 1:
        (shape,) = shapes
        value, text = _point_distance(scaled.point(problem.points[0]), shape, scale)
        label_en, label_zh = "The distance is", "距离是"
    elif question == "distance":
        if problem.points:
            (ax, ay), (bx, by) = (scaled.point(p) for p in problem.points)
            label_en, label_zh = "The distance is", "距离是"
        else:
            (segment,) = shapes
            if not isinstance(segment, gx.Segment):
                raise _Reject("only a segment has a length")
            (ax, ay), (bx, by) = segment.a, segment.b
            label_en, label_zh = "The length is", "长度是"
        m, c = _length(bx - ax, by - ay, scale)
        value, text = _surd({m: c})
    else:
        (shape,) = shapes
        if isinstance(shape, gx.Circle):
            value, text, label_en, label_zh = _circle_measure(question, shape, scale)
        elif isinstance(shape, gx.Polygon) and question in ("area", "perimeter"):
            if question == "area":
                area = Fraction(abs(gx.twice_signed_area(shape.vertices)), 2 * scale * scale)
                value, text = canonical(area), decimal_text(area)
                label_en, label_zh = "The area is", "面积是"
            else:
                terms: dict[int, Fraction] = {}
                for edge in shape.edges():
                    m, c = _length(edge.b[0] - edge.a[0], edge.b[1] - edge.a[1], scale)
                    terms[m] = terms.get(m, Fraction(0)) + c
                value, text = _surd(terms)
                label_en, label_zh = "The perimeter is", "周长是"
        else:
            raise _Reject(f"a {type(shape).__name__.lower()} has no {question}")
    if problem.unit is not None:
        square = question == "area"
        unit = _unit_text(problem.unit, square=square, zh=zh)
        text = f"{text} {unit}"
    return Solution(value=value, answer=f"{label_zh} {text}。" if zh else f"{label_en} {text}.")


def _point_distance(point: gx.IntPoint, shape: gx.Shape, scale: int) -> tuple[str, str]:
    """The exact distance from a point to a line or a segment: |cross| / |v| to the line, or
    to the nearer end when the foot of the perpendicular is off the segment."""
    if not isinstance(shape, gx.Segment | gx.Line):
        raise _Reject("distances are answered from a point to a point, a line or a segment")
    (ax, ay), (bx, by), (px, py) = shape.a, shape.b, point
    vx, vy, wx, wy = bx - ax, by - ay, px - ax, py - ay
    length2 = vx * vx + vy * vy
    if isinstance(shape, gx.Segment):
        dot = vx * wx + vy * wy
        if dot <= 0:
            return _surd(dict([_length(wx, wy, scale)]))
        if dot >= length2:
            return _surd(dict([_length(px - bx, py - by, scale)]))
    # |cross| / sqrt(L2) = |cross| * k * sqrt(m) / L2 with L2 = k^2 * m.
    k, m = _split_square(length2)
    return _surd({m: Fraction(abs(vx * wy - vy * wx) * k, length2 * scale)})


def _circle_measure(question: str, circle: gx.Circle, scale: int
                    ) -> tuple[str, str, str, str]:
    """Value, sentence text and labels of a circle's area, circumference, radius, diameter or
    centre. The radius is ``k*sqrt(m)/scale`` from the exact squared radius: no float root."""
    if question == "center":
        center = (Fraction(circle.c[0], scale), Fraction(circle.c[1], scale))
        value = f"({canonical(center[0])}, {canonical(center[1])})"
        return value, _pt(center), "The centre is", "圆心是"
    if question == "area":
        value, text = _pi_multiple(Fraction(circle.r2, scale * scale))
        return value, text, "The area is", "面积是"
    k, m = _split_square(circle.r2)
    if question == "perimeter":
        value, text = _pi_surd(Fraction(2 * k, scale), m)
        return value, text, "The circumference is", "周长是"
    factor = 2 if question == "diameter" else 1
    value, text = _surd({m: Fraction(factor * k, scale)})
    if question == "diameter":
        return value, text, "The diameter is", "直径是"
    return value, text, "The radius is", "半径是"


def _endpoints(shapes: Shapes) -> list[gx.QPoint]:
    """Segment ends and polygon vertices: where a meeting may be a touch, not a crossing."""
    ends: list[gx.IntPoint] = []
    for shape in shapes:
        if isinstance(shape, gx.Segment):
            ends += [shape.a, shape.b]
        elif isinstance(shape, gx.Polygon):
            ends += list(shape.vertices)
    zero = Fraction(0)
    return [gx.QPoint(Fraction(x), zero, Fraction(y), zero, zero) for x, y in ends]


def _crossings(shapes: Shapes) -> int:
    """The number of common points when every one of them is a proper crossing.

    Raises:
        _Reject: some shapes only touch (a tangency, or a meeting at a segment's end or a
            polygon's vertex), so whether they "cross" there is a matter of wording.
    """
    try:
        count, points = gx.count_intersections(shapes)
    except gx.InfiniteIntersection as exc:
        raise _Reject(f"infinitely many common points ({exc})") from None
    if not count:
        return 0
    for i, first in enumerate(shapes):
        for second in shapes[i + 1:]:
            if _is_tangency(first, second):
                raise _Reject("the shapes touch tangentially: crossing or not is a matter of "
                              "wording")
    ends = _endpoints(shapes)
    if any(gx.same_point(point, end) for point in points for end in ends):
        raise _Reject("the shapes meet at an end point or vertex: crossing or not is a matter "
                      "of wording")
    return count


def _solve_cross(shapes: Shapes, language: str) -> Solution:
    first, second = shapes
    count = _crossings(shapes)
    if count == 0 and (_inside_region(first, second) or _inside_region(second, first)):
        raise _Reject("one shape lies inside the other")
    noun = "point" if count == 1 else "points"
    return _yes_no(count > 0, f"they cross at {count} {noun}." if count else
                   "they have no point in common.",
                   f"它们相交于 {count} 个点。" if count else "它们没有公共点。", language)


def _solve_count_cross(shapes: Shapes, language: str) -> Solution:
    count = _crossings(shapes)
    if language == "zh":
        return Solution(value=str(count), answer=f"共有 {count} 个交点。")
    times = "time" if count == 1 else "times"
    return Solution(value=str(count), answer=f"They cross {count} {times}.")


def _solve_collinear(problem: GeometryProblem, scaled: _Scaled, language: str) -> Solution:
    lattice = [scaled.point(point) for point in problem.points]
    (ax, ay), (bx, by) = lattice[0], next((p for p in lattice if p != lattice[0]), lattice[0])
    # Every point on the line through the first two distinct points: zero cross products.
    yes = all((bx - ax) * (py - ay) - (by - ay) * (px - ax) == 0 for px, py in lattice)
    listed = ", ".join(_pt(point) for point in problem.points)
    return _yes_no(yes, f"{listed} {'lie' if yes else 'do not lie'} on one line.",
                   f"这些点{'在' if yes else '不在'}同一条直线上。", language)


def _linear(shape: gx.Shape) -> gx.Segment | gx.Line:
    if not isinstance(shape, gx.Segment | gx.Line):
        raise _Reject("parallel and perpendicular are answered for lines and segments only")
    return shape


def _direction(shape: gx.Shape) -> tuple[int, int]:
    piece = _linear(shape)
    return piece.b[0] - piece.a[0], piece.b[1] - piece.a[1]


def _solve_parallel(shapes: Shapes, language: str) -> Solution:
    first, second = (_linear(shape) for shape in shapes)
    (rx, ry), (sx, sy) = _direction(first), _direction(second)
    parallel = rx * sy - ry * sx == 0
    if parallel and gx.on_linear(second.a, gx.Line(first.a, first.b)):
        raise _Reject("the two lie on one line: whether that is 'parallel' depends on the "
                      "definition")
    return _yes_no(parallel, "they have the same direction." if parallel else
                   "their directions differ.", "它们方向相同。" if parallel else "它们方向不同。",
                   language)


def _solve_perpendicular(shapes: Shapes, language: str) -> Solution:
    first, second = shapes
    (rx, ry), (sx, sy) = _direction(first), _direction(second)
    yes = rx * sx + ry * sy == 0
    return _yes_no(yes, "their directions are at a right angle." if yes else
                   "their directions are not at a right angle.",
                   "它们的方向互相垂直。" if yes else "它们的方向不垂直。", language)


# The option words that name each relation, best first. "相离" of two circles is the outer
# separation when "内含" is also offered, and may mean either when it is not: a contained circle
# is then left to the model. "相切" names a tangency only when the options do not tell the outer
# from the inner one.
_OPTION_NAMES: dict[str, tuple[str, ...]] = {
    "separate": ("外离", "相离"), "externally tangent": ("外切", "相切"),
    "intersecting": ("相交",), "internally tangent": ("内切", "相切"), "contained": ("内含",),
    "concentric": ("内含",), "tangent": ("相切",),
}


def _chosen_option(solution: Solution, options: tuple[str, ...]) -> Solution:
    """The one offered option that names the relation found, as the value."""
    relation = solution.value
    names = [name for name in _OPTION_NAMES.get(relation, ()) if name in options]
    if relation in ("contained", "concentric") and "相离" in options and "内含" not in options:
        raise _Reject("'相离' may include a circle inside the other; the options do not say")
    if relation in ("externally tangent", "internally tangent") and names[:1] == ["相切"] and (
            "外切" in options or "内切" in options):
        raise _Reject("the options tell the outer tangency from the inner one")
    if not names:
        raise _Reject(f"no option names the relation ({relation})")
    return Solution(value=names[0], answer=solution.answer)


_SOLVERS: dict[str, Callable[[Shapes, str], Solution]] = {
    "cross": _solve_cross, "count_cross": _solve_count_cross, "parallel": _solve_parallel,
    "perpendicular": _solve_perpendicular,
    "count": _solve_count, "intersect": _solve_intersect, "tangent": _solve_tangent,
    "overlap": _solve_overlap, "relation": _solve_relation, "touch": _solve_touch,
    "one_point": _solve_one_point,
    "inside": lambda shapes, language: _solve_inside(shapes, language, contains=False),
    "contains": lambda shapes, language: _solve_inside(shapes, language, contains=True),
}


class GeometrySolver:
    """Exact answers to coordinate geometry questions (see the module docstring).

    Example:
        >>> solver = GeometrySolver()
        >>> query = Query(text="How far is (1, 2) from (4, 6)?")
        >>> parsed = solver.parse(query)
        >>> solution = solver.solve(parsed.problem, query)
        >>> solution.value, solution.answer
        ('5', 'The distance is 5.')
    """

    name = "geometry"
    family = "geometry"

    def parse(self, query: Query) -> Parsed[GeometryProblem] | Declined:
        # "x²" before NFKC, which would make it "x2".
        text = unicodedata.normalize("NFKC", query.text.replace("²", "^2")).strip()
        if len(text) > MAX_CHARS:
            return Declined(reason=f"question longer than {MAX_CHARS} characters")
        if "⟨" in text or "⟩" in text:
            return Declined(reason="the question contains the lexer's token brackets")
        try:
            if _POLYGON_WORD.search(text):
                text = _ORDER_NOTE.sub("", text)
            text = _ZH_ORDER_NOTE.sub("", text)
            text = _zh_plain(text) if query.language == "zh" else _en_plain(text)
            text = _FENCE_AROUND.sub(_fence_around, text)
            text = _BARE_POINT.sub(_bracket_bare_point, text)
            if boxed := _BOXED.search(text, max(0, len(text) - 80)):
                text = text[:boxed.start()].rstrip()
            text = _named_places(_drop_shape_head(text))
            text = _XY_POINT.sub(r"(\1, \2)", _XY_BARE_POINT.sub(r"(\1, \2)", text))
            text = _POINT_SEMICOLON.sub(", ", text)
            text, grid = _grid_units(text)
            lexed = _Lexed(_resolve_labels(text))
            if not lexed.points and not lexed.numbers and not lexed.equations:
                return Declined(reason="no coordinates or numbers")
            units = _Units(lexed.text, grid)
            core = _SPACES.sub(" ", units.text).strip().rstrip(_TRAILING_CHARS)
            if exact := _EXACT_PI.search(core, max(0, len(core) - 80)):
                # "Leave your answer in terms of pi": the value is exact in pi anyway.
                core = core[:exact.start()].rstrip(_TRAILING_CHARS + ",;")
            problem = units.apply(_match_or_read(_tidy(core), query.language, lexed),
                                  len(lexed.numbers))
            if problem.question == "slope" and lexed.equations:
                # A slope read off an equation is left to the model (a rule example says so).
                raise _Reject("slopes are answered for lines through two given points")
            _check(problem)
        except _Reject as exc:
            return Declined(reason=str(exc))
        return Parsed(problem=problem)

    def solve(self, problem: GeometryProblem, query: Query) -> Solution | Declined:
        try:
            _check(problem)
            scaled = _Scaled(problem)
            shapes: Shapes = [scaled.shape(spec) for spec in problem.shapes]
            language = "zh" if query.language == "zh" else "en"
            if problem.question == "collinear":
                return _solve_collinear(problem, scaled, language)
            if problem.question == "slope":
                return _solve_slope(problem, scaled, shapes, language)
            if problem.options:
                if problem.question != "relation":
                    raise _Reject("answer options are read only for a relation")
                return _chosen_option(_solve_relation(shapes, language), problem.options)
            if problem.question in _SOLVERS:
                return _SOLVERS[problem.question](shapes, language)
            if problem.question.startswith("point_"):
                (shape,) = shapes
                return _solve_location(problem, scaled, shape, language)
            return _solve_measure(problem, scaled, shapes, language)
        except _Reject as exc:
            return Declined(reason=str(exc))
