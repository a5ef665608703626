"""Geometry against independent exact oracles, and the phrasings it must (not) accept.

The oracles below are written from textbook formulas with ``Fraction`` and share no code with
the solver: circle pairs by comparing d^2 with (r1 +- r2)^2, lines and circles by the squared
distance from the centre, segments and circles by the sign pattern of the quadratic at 0, 1 and
its vertex, segments by cross products, point in polygon by ray casting, area by trapezoids.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal, localcontext
from fractions import Fraction
from itertools import combinations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import guardrail
from guardrail.solvers import Declined, Parsed, Query
from guardrail.solvers.geometry import GeometryProblem, GeometrySolver
from tests._timing import assert_linear_cost

SOLVER = GeometrySolver()
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])

Point = tuple[Fraction, Fraction]


def ask(question: str) -> tuple[str, str] | Declined:
    """The solver's (value, sentence) for a question, or its decline."""
    language = "zh" if re.search(r"[\u4e00-\u9fff]", question) else "en"
    query = Query(text=question, language=language)
    parsed = SOLVER.parse(query)
    if isinstance(parsed, Declined):
        return parsed
    solved = SOLVER.solve(parsed.problem, query)
    if isinstance(solved, Declined):
        return solved
    assert "\n" not in solved.answer and len(solved.answer) < 200
    return solved.value, solved.answer


def value_of(question: str) -> str:
    result = ask(question)
    assert not isinstance(result, Declined), (question, result)
    return result[0]


def text(value: Fraction) -> str:
    """A decimal literal for a value with a terminating decimal expansion."""
    sign = "-" if value < 0 else ""
    magnitude = abs(value)
    places = 0
    while (magnitude * 10**places).denominator != 1:
        places += 1
    scaled = int(magnitude * 10**places)
    if places == 0:
        return f"{sign}{scaled}"
    return f"{sign}{scaled // 10**places}.{scaled % 10**places:0{places}d}"


def pt(point: Point) -> str:
    return f"({text(point[0])}, {text(point[1])})"


# ---------------------------------------------------------------------------------------------
# Oracles.

def cross(o: Point, a: Point, b: Point) -> Fraction:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def oracle_circles(c1: Point, r1: Fraction, c2: Point, r2: Fraction) -> int | None:
    """Common points of two circles; None when they coincide."""
    d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
    if d2 == 0:
        return None if r1 == r2 else 0
    outer, inner = (r1 + r2) ** 2, (r1 - r2) ** 2
    if d2 > outer or d2 < inner:
        return 0
    return 1 if d2 in (outer, inner) else 2


def oracle_line_circle(a: Point, b: Point, c: Point, r: Fraction) -> int:
    """Common points of the line ab and a circle: squared distance from the centre vs r^2."""
    dist2 = cross(a, b, c) ** 2 / ((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2)
    return 0 if dist2 > r * r else 1 if dist2 == r * r else 2


def oracle_segment_circle(a: Point, b: Point, c: Point, r: Fraction) -> int:
    """Roots in [0, 1] of f(t) = |a + t(b-a) - c|^2 - r^2, from f(0), f(1) and the vertex."""
    vx, vy, wx, wy = b[0] - a[0], b[1] - a[1], a[0] - c[0], a[1] - c[1]
    qa, qb, qc = vx * vx + vy * vy, 2 * (vx * wx + vy * wy), wx * wx + wy * wy - r * r
    vertex = -qb / (2 * qa)
    at_vertex = qc - qb * qb / (4 * qa)
    f0, f1 = qc, qa + qb + qc
    if at_vertex > 0:
        return 0
    if at_vertex == 0:
        return 1 if 0 <= vertex <= 1 else 0
    left = f0 >= 0 and vertex > 0 and (vertex <= 1 or f1 <= 0)  # smaller root in [0, 1]
    right = f1 >= 0 and vertex < 1 and (vertex >= 0 or f0 <= 0)  # larger root in [0, 1]
    return int(left) + int(right)


def on_segment(p: Point, a: Point, b: Point) -> bool:
    return (cross(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
            and min(a[1], b[1]) <= p[1] <= max(a[1], b[1]))


def oracle_linear_points(a: Point, b: Point, bounded1: bool, c: Point, d: Point, bounded2: bool
                         ) -> set[Point] | None:
    """The common points of two segments/lines (None: infinitely many), by cross products."""
    r = (b[0] - a[0], b[1] - a[1])
    s = (d[0] - c[0], d[1] - c[1])
    denominator = r[0] * s[1] - r[1] * s[0]
    if denominator == 0:
        if cross(a, b, c) != 0:
            return set()
        if not bounded1 and not bounded2:
            return None
        if not bounded1 or not bounded2:
            return None  # a segment on a line lies on it entirely
        touching = {p for p in (a, b) if on_segment(p, c, d)} | {
            p for p in (c, d) if on_segment(p, a, b)}
        return touching if len(touching) <= 1 else None
    t = ((c[0] - a[0]) * s[1] - (c[1] - a[1]) * s[0]) / denominator
    u = ((c[0] - a[0]) * r[1] - (c[1] - a[1]) * r[0]) / denominator
    if (bounded1 and not 0 <= t <= 1) or (bounded2 and not 0 <= u <= 1):
        return set()
    return {(a[0] + t * r[0], a[1] + t * r[1])}


def oracle_location(p: Point, polygon: list[Point]) -> str:
    """Boundary by cross products, then ray casting to the right with exact crossings."""
    n = len(polygon)
    edges = [(polygon[i], polygon[(i + 1) % n]) for i in range(n)]
    if any(on_segment(p, a, b) for a, b in edges):
        return "boundary"
    inside = False
    for a, b in edges:
        if (a[1] > p[1]) != (b[1] > p[1]):
            x = a[0] + (p[1] - a[1]) * (b[0] - a[0]) / (b[1] - a[1])
            if x > p[0]:
                inside = not inside
    return "inside" if inside else "outside"


def oracle_area(polygon: list[Point]) -> Fraction:
    """Trapezoids under each edge."""
    n = len(polygon)
    total = sum(((polygon[(i + 1) % n][0] - polygon[i][0])
                 * (polygon[i][1] + polygon[(i + 1) % n][1]) for i in range(n)), Fraction(0))
    return abs(total) / 2


# ---------------------------------------------------------------------------------------------
# Strategies: small grids make tangencies, touching endpoints and shared vertices common.

tenths = st.integers(-40, 40).map(lambda k: Fraction(k, 10))
units = st.integers(-4, 4).map(Fraction)
coords = st.one_of(units, tenths)
points = st.tuples(coords, coords)
radii = st.one_of(st.integers(1, 4).map(Fraction),
                  st.integers(1, 30).map(lambda k: Fraction(k, 10)))


@st.composite
def star_polygons(draw: st.DrawFn) -> list[Point]:
    """A simple polygon: vertices in strictly increasing angle around an interior point."""
    raw = draw(st.lists(st.tuples(st.integers(-6, 6), st.integers(-6, 6)), min_size=3,
                        max_size=9, unique=True))
    raw = [(x, y) for x, y in raw if (x, y) != (0, 0)]
    raw.sort(key=lambda v: math.atan2(v[1], v[0]))
    n = len(raw)
    assume(n >= 3)
    # Every turn around the origin strictly positive and under pi: a star-shaped polygon.
    assume(all(raw[i][0] * raw[(i + 1) % n][1] - raw[i][1] * raw[(i + 1) % n][0] > 0
               for i in range(n)))
    shift = draw(st.tuples(st.integers(-3, 3), st.integers(-3, 3)))
    scale = draw(st.sampled_from([Fraction(1), Fraction(1, 2), Fraction(1, 10)]))
    return [((x + shift[0]) * scale, (y + shift[1]) * scale) for x, y in raw]


# ---------------------------------------------------------------------------------------------
# Property tests through the full text path (parse + solve).

@SETTINGS
@given(c1=points, r1=radii, c2=points, r2=radii)
def test_circle_pairs_match_the_analytic_formulas(c1: Point, r1: Fraction, c2: Point,
                                                  r2: Fraction) -> None:
    first = f"the circle centered at {pt(c1)} with radius {text(r1)}"
    second = f"the circle centered at {pt(c2)} with radius {text(r2)}"
    expected = oracle_circles(c1, r1, c2, r2)
    count = ask(f"How many points do {first} and {second} have in common?")
    tangent = ask(f"Are {first} and {second} tangent?")
    if expected is None:
        assert isinstance(count, Declined) and isinstance(tangent, Declined)
        return
    assert not isinstance(count, Declined) and count[0] == str(expected)
    d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
    is_tangent = d2 != 0 and d2 in ((r1 + r2) ** 2, (r1 - r2) ** 2)
    assert not isinstance(tangent, Declined) and tangent[0] == ("yes" if is_tangent else "no")
    overlap = value_of(f"Do {first} and {second} overlap?")
    assert overlap == ("yes" if d2 < (r1 + r2) ** 2 else "no")
    inside = ask(f"Is {first} inside {second}?")
    if r1 < r2 and d2 == (r2 - r1) ** 2:
        # touching from inside: inside the closed disk only, neither yes nor no
        assert isinstance(inside, Declined)
    else:
        assert not isinstance(inside, Declined)
        assert inside[0] == ("yes" if r1 < r2 and d2 < (r2 - r1) ** 2 else "no")


@SETTINGS
@given(a=points, b=points, c=points, r=radii)
def test_lines_and_segments_against_circles(a: Point, b: Point, c: Point, r: Fraction) -> None:
    assume(a != b)
    circle = f"the circle centered at {pt(c)} with radius {text(r)}"
    line = f"the line through {pt(a)} and {pt(b)}"
    segment = f"the segment from {pt(a)} to {pt(b)}"
    assert value_of(f"How many intersection points are there between {line} and {circle}?") \
        == str(oracle_line_circle(a, b, c, r))
    assert value_of(f"How many intersection points are there between {segment} and {circle}?") \
        == str(oracle_segment_circle(a, b, c, r))
    relation = value_of(f"What is the relationship between {line} and {circle}?")
    assert relation == ["separate", "tangent", "intersecting"][oracle_line_circle(a, b, c, r)]


@SETTINGS
@given(a=points, b=points, c=points, d=points)
def test_segment_pairs_match_cross_products(a: Point, b: Point, c: Point, d: Point) -> None:
    assume(a != b and c != d)
    expected = oracle_linear_points(a, b, True, c, d, True)
    result = ask(f"There is a line segment from {pt(a)} to {pt(b)}. There is a line segment "
                 f"from {pt(c)} to {pt(d)}. How many intersection points are there?")
    if expected is None:
        assert isinstance(result, Declined)
    else:
        assert not isinstance(result, Declined) and result[0] == str(len(expected))


@st.composite
def linear_shapes(draw: st.DrawFn) -> tuple[str, list[tuple[Point, Point, bool]]]:
    """A segment, a line or a polygon: its BIG-bench sentence and its pieces."""
    kind = draw(st.sampled_from(["segment", "line", "polygon"]))
    if kind == "polygon":
        polygon = draw(star_polygons())
        n = len(polygon)
        sentence = f"There is a polygon with coordinates [{', '.join(pt(v) for v in polygon)}]."
        return sentence, [(polygon[i], polygon[(i + 1) % n], True) for i in range(n)]
    a, b = draw(points), draw(points)
    assume(a != b)
    if kind == "segment":
        return f"There is a line segment from {pt(a)} to {pt(b)}.", [(a, b, True)]
    return f"There is a line passing through {pt(a)} and {pt(b)}.", [(a, b, False)]


@SETTINGS
@given(shapes=st.lists(linear_shapes(), min_size=2, max_size=4))
def test_several_straight_shapes_count_distinct_points(
        shapes: list[tuple[str, list[tuple[Point, Point, bool]]]]) -> None:
    found: set[Point] | None = set()
    for (_, first), (_, second) in combinations(shapes, 2):
        for a, b, bounded1 in first:
            for c, d, bounded2 in second:
                common = oracle_linear_points(a, b, bounded1, c, d, bounded2)
                if common is None or found is None:
                    found = None
                else:
                    found |= common
    result = ask(" ".join(s for s, _ in shapes) + " How many intersection points are there?")
    if found is None:
        assert isinstance(result, Declined)
    else:
        assert not isinstance(result, Declined) and result[0] == str(len(found))


@SETTINGS
@given(polygon=star_polygons(), c=points, r=radii)
def test_circle_and_polygon_boundary(polygon: list[Point], c: Point, r: Fraction) -> None:
    n = len(polygon)
    per_edge = sum(oracle_segment_circle(polygon[i], polygon[(i + 1) % n], c, r)
                   for i in range(n))
    # A vertex on the circle is found once by each of its two edges.
    on_circle = sum(1 for v in polygon if (v[0] - c[0]) ** 2 + (v[1] - c[1]) ** 2 == r * r)
    question = (f"There is a circle centered at {pt(c)} with radius {text(r)}. There is a "
                f"polygon with coordinates [{', '.join(pt(v) for v in polygon)}]. "
                "How many intersection points are there?")
    assert value_of(question) == str(per_edge - on_circle)


@SETTINGS
@given(polygon=star_polygons(), data=st.data())
def test_point_in_polygon_matches_ray_casting(polygon: list[Point], data: st.DataObject) -> None:
    n = len(polygon)
    i = data.draw(st.integers(0, n - 1))
    a, b = polygon[i], polygon[(i + 1) % n]
    probe = data.draw(st.one_of(
        points, st.just(a), st.just(((a[0] + b[0]) / 2, (a[1] + b[1]) / 2))))
    vertices = ", ".join(pt(v) for v in polygon)
    where = oracle_location(probe, polygon)
    shape = f"the polygon with vertices {vertices}"
    assert value_of(f"Where is the point {pt(probe)} relative to {shape}?") == where
    # A boundary point is inside the closed polygon only: neither yes nor no.
    assert value_of(f"Is the point {pt(probe)} inside {shape}?") == (
        "yes" if where == "inside" else "boundary" if where == "boundary" else "no")
    assert value_of(f"Is the point {pt(probe)} outside {shape}?") == (
        "yes" if where == "outside" else "boundary" if where == "boundary" else "no")
    assert value_of(f"Does {shape} contain {pt(probe)}?") == (
        "yes" if where == "inside" else "boundary" if where == "boundary" else "no")
    assert value_of(f"Is {pt(probe)} on the boundary of {shape}?") == (
        "yes" if where == "boundary" else "no")


@SETTINGS
@given(polygon=star_polygons())
def test_area_and_perimeter(polygon: list[Point]) -> None:
    vertices = ", ".join(pt(v) for v in polygon)
    area = Fraction(value_of(f"What is the area of the polygon with vertices {vertices}?"))
    assert area == oracle_area(polygon)
    perimeter = value_of(f"What is the perimeter of the polygon with vertices {vertices}?")
    n = len(polygon)
    with localcontext() as context:
        context.prec = 50
        expected = sum((_sqrt_fraction((polygon[(i + 1) % n][0] - polygon[i][0]) ** 2
                                       + (polygon[(i + 1) % n][1] - polygon[i][1]) ** 2)
                        for i in range(n)), Decimal(0))
        assert abs(evaluate_surd_sum(perimeter) - expected) < Decimal("1e-30")


def _sqrt_fraction(value: Fraction) -> Decimal:
    return (Decimal(value.numerator) / Decimal(value.denominator)).sqrt()


_TERM = re.compile(r"(?:(\d+)\*)?sqrt\((\d+)\)(?:/(\d+))?|(\d+)(?:/(\d+))?")


def evaluate_surd_sum(value: str) -> Decimal:
    """The number a value like ``3+2*sqrt(2)/5`` denotes; radicands must be square-free."""
    total = Decimal(0)
    for term in value.split("+"):
        match = _TERM.fullmatch(term)
        assert match is not None, value
        if match.group(2):
            radicand = int(match.group(2))
            assert radicand > 1 and all(radicand % (p * p) for p in range(2, 1000)), value
            coefficient = Fraction(int(match.group(1) or 1), int(match.group(3) or 1))
            total += _sqrt_fraction(coefficient * coefficient * radicand)
        else:
            total += Decimal(int(match.group(4))) / Decimal(int(match.group(5) or 1))
    return total


@SETTINGS
@given(n=st.one_of(st.integers(1, 10**6), st.integers(1, 10**4).map(lambda q: 2 * q * q),
                   st.sampled_from([10007**2 * 3, 10007 * 10009, 99991**2, 2 * 99991**2])))
def test_square_roots_are_fully_simplified(n: int) -> None:
    from guardrail.solvers.geometry import _split_square

    k, m = _split_square(n)
    assert k * k * m == n
    assert all(m % (p * p) for p in range(2, math.isqrt(m) + 1)), (n, k, m)


@SETTINGS
@given(a=points, b=points)
def test_distance_squares_back_exactly(a: Point, b: Point) -> None:
    value = value_of(f"What is the distance between {pt(a)} and {pt(b)}?")
    squared = (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2
    match = _TERM.fullmatch(value)
    assert match is not None, value
    if match.group(2):
        coefficient = Fraction(int(match.group(1) or 1), int(match.group(3) or 1))
        assert coefficient * coefficient * int(match.group(2)) == squared
    else:
        assert Fraction(value) ** 2 == squared


# ---------------------------------------------------------------------------------------------
# Exact tangencies where floating point (and the published BIG-bench labels) go wrong.

@pytest.mark.parametrize(("question", "expected"), [
    # The circle's lowest point (1.8, -1.9) lies on the edge y = -1.9: one tangency.
    ("There is a circle centered at (1.8, 0.1) with radius 2.0. There is a polygon with "
     "coordinates [(3.0, -1.9), (-3.0, -1.9), (0.0, -5.0)]. How many intersection points are "
     "there?", "1"),
    # d = sqrt(0.8^2 + 0.6^2) = 1 = 3 - 2: internally tangent circles.
    ("There is a circle centered at (1.7, -0.5) with radius 3.0. There is a circle centered at "
     "(0.9, 0.1) with radius 2.0. How many intersection points are there?", "1"),
    ("Are the circles centered at (0.1, 0.2) with radius 0.3 and at (0.1, 0.7) with radius 0.2 "
     "tangent?", "yes"),
    ("Is the segment from (-0.3, -0.7) to (0.7, -0.7) tangent to the circle centered at "
     "(0.2, 0.3) with radius 1.0?", "yes"),
])
def test_exact_tangency_with_decimals(question: str, expected: str) -> None:
    assert value_of(question) == expected


# ---------------------------------------------------------------------------------------------
# Phrasings: (question, value). At least ten English and four Chinese per kind of question.

COUNT = [
    ("How many intersection points are there between the line segment from (0, 0) to (4, 4) "
     "and the circle centered at (2, 2) with radius 1?", "2"),
    ("How many points of intersection do the segment from (0,0) to (4,4) and the circle with "
     "center (2,2) and radius 1 have?", "2"),
    ("How many points do the circles centered at (0,0) with radius 2 and at (3,0) with radius 1 "
     "have in common?", "1"),
    ("In how many points does the line through (0,0) and (1,1) intersect the circle centered at "
     "(0,0) with radius 2?", "2"),
    ("How many times does the line through (0, 1) and (1, 1) meet the circle of radius 1 "
     "centred at (0, 0)?", "1"),
    ("Find the number of intersection points of the circle centered at (0,0) with radius 5 and "
     "the triangle with vertices (0,0), (10,0), (0,10).", "2"),
    ("Count the intersection points between the line segment from (-3,0) to (3,0), the circle "
     "of radius 2 centred at (0,0) and the square with vertices [(-1,-1), (1,-1), (1,1), "
     "(-1,1)].", "4"),
    ("What is the number of intersections between the lines through (0,0) and (1,1) and "
     "through (0,1) and (1,0)?", "1"),
    ("How many common points do the two circles centered at (0,0) and (4,0) with radii 3 and 2 "
     "have?", "2"),
    ("How many intersection points are there among the segments from (0,0) to (2,2) and from "
     "(0,2) to (2,0)?", "1"),
    ("There is a line passing through (0, 0) and (1, 1). There is a circle centered at (0, 0) "
     "with radius 1. How many intersection points are there?", "2"),
    ("Find the number of intersection points between the shapes and lines specified by the "
     "coordinates given. There is a line segment from (0, 0) to (4, 4). There is a polygon "
     "with coordinates [(1, 0), (3, 0), (3, 5)]. How many intersection points are there?", "2"),
    ("Determine the number of points of intersection between the line through (0,0) and (1,0) "
     "and the polygon with vertices (-1,-1), (1,-1), (1,1), (-1,1).", "2"),
    ("How many intersection points does the line through (0,0) and (1,1) have with the unit "
     "circle?", "2"),
    ("线段(0,0)到(4,4)和线段(0,4)到(4,0)有几个交点？", "1"),
    ("圆心在(0,0)半径为2的圆与过点(0,0)和(1,1)的直线有多少个交点", "2"),
    ("求以(0,0)为圆心、5为半径的圆和三角形(0,0),(10,0),(0,10)的交点个数", "2"),
    ("有一条从(0,0)到(4,4)的线段。有一个圆心在(2,2)半径为1的圆。一共有多少个交点？", "2"),
    ("圆心在(0,0),半径为2的圆和圆心在(1,0),半径为2的圆有几个公共点？", "2"),
]

INTERSECT = [
    ("Do the circles centered at (0,0) with radius 2 and at (3,0) with radius 1 intersect?",
     "yes"),
    ("Do the segment from (0,0) to (1,1) and the segment from (2,2) to (3,5) intersect?", "no"),
    ("Does the line through (0,0) and (1,1) intersect the circle centered at (5,0) with "
     "radius 1?", "no"),
    ("Is there an intersection between the circle centered at (0,0) with radius 1 and the "
     "circle centered at (1,1) with radius 1?", "yes"),
    ("Do the circle centered at (0,0) with radius 1 and the triangle with vertices (0,0), "
     "(3,0), (0,3) have any points in common?", "yes"),
    ("Does the segment from (0, 0) to (4, 4) meet the segment from (0, 4) to (4, 0)?", "yes"),
    ("Do the line segments from (0,0) to (2,0) and from (3,0) to (5,0) intersect?", "no"),
    ("Do the circles centered at (0,0) with radius 1 and at (5,0) with radius 1 meet?", "no"),
    ("Do the lines through (0,0) and (1,0) and through (0,1) and (1,1) intersect?", "no"),
    ("Does the triangle with vertices (0,0), (4,0), (0,4) intersect the line through (0,1) and "
     "(1,1)?", "yes"),
    ("Do the segment from (0,0) to (2,0) and the segment from (1,0) to (3,0) have a common "
     "point?", "yes"),
    ("Determine whether the circles centered at (0,0) with radius 2 and at (1,0) with radius 2 "
     "intersect.", "yes"),
    ("Will the segment from (0,0) to (3,3) intersect the circle centered at (3,0) with "
     "radius 1?", "no"),
    ("线段(0,0)到(2,2)与线段(0,2)到(2,0)相交吗？", "yes"),
    ("圆心在(0,0)半径为1的圆和过点(5,0)和(5,1)的直线是否相交？", "no"),
    ("圆心在(0,0)半径为2的圆和圆心在(1,0)半径为2的圆相交吗", "yes"),
    ("从(0,0)到(1,0)的线段与从(0,1)到(1,1)的线段有交点吗", "no"),
    ("三角形(0,0),(4,0),(0,4)和过点(0,1)与(1,1)的直线有没有公共点", "yes"),
]

TANGENT = [
    ("Are the circles centered at (0,0) with radius 2 and at (3,0) with radius 1 tangent?",
     "yes"),
    ("Are the circles centered at (0,0) with radius 1 and centered at (0,0.5) with radius 0.5 "
     "tangent?", "yes"),
    ("Is the line through (0,1) and (1,1) tangent to the circle centered at (0,0) with "
     "radius 1?", "yes"),
    ("Is the segment from (2,1) to (3,1) tangent to the circle centered at (0,0) with "
     "radius 1?", "no"),
    ("Is the circle centered at (0,0) with radius 1 tangent to the circle centered at (1,0) "
     "with radius 1?", "no"),
    ("Are the circle with center (0,0) and radius 5 and the line through (5,-1) and (5,1) "
     "tangent to each other?", "yes"),
    ("Is the circle of radius 1 centred at (0, 0) tangent to the line through (0, 2) and "
     "(1, 2)?", "no"),
    ("Are the two circles centered at (0,0) and (5,0) with radii 2 and 3 tangent?", "yes"),
    ("Is the segment from (-1, 1) to (1, 1) tangent to the circle centered at (0, 0) with "
     "radius 1?", "yes"),
    ("Are the circles centered at (0.1, 0.2) with radius 0.3 and at (0.1, 0.7) with radius 0.2 "
     "tangent?", "yes"),
    ("Determine if the line through (0,1) and (1,1) is tangent to the unit circle.", "yes"),
    ("圆心在(0,0)半径为1的圆和圆心在(2,0)半径为1的圆相切吗", "yes"),
    ("过点(0,1)和(1,1)的直线与圆心在(0,0)半径为1的圆是否相切？", "yes"),
    ("以(0,0)为圆心、2为半径的圆与以(1,0)为圆心、1为半径的圆相切吗", "yes"),
    ("圆心在(0,0)半径为1的圆和圆心在(3,0)半径为1的圆相切吗？", "no"),
]

OVERLAP = [
    ("Do the circles centered at (0,0) with radius 2 and at (3,0) with radius 1 overlap?", "no"),
    ("Does the circle centered at (0,0) with radius 2 overlap with the circle centered at (1,0) "
     "with radius 1?", "yes"),
    ("Do the circles centered at (0,0) with radius 1 and at (1,0) with radius 1 overlap each "
     "other?", "yes"),
    ("Do the two circles centered at (0,0) and (10,0) with radii 3 and 4 overlap?", "no"),
    ("Does the circle with center (0, 0) and radius 3 overlap the circle with center (0, 1) and "
     "radius 1?", "yes"),
    ("Do the circle centered at (0,0) with radius 1 and the circle centered at (0,3) with "
     "radius 1.5 overlap?", "no"),
    ("Do the circles centered at (0.1, 0.1) with radius 0.2 and at (0.4, 0.5) with radius 0.3 "
     "overlap?", "no"),
    ("Does the circle of radius 2 centred at (1, 1) overlap with the circle of radius 2 centred "
     "at (4, 1)?", "yes"),
    ("Do the circles centered at (-1,-1) with radius 1 and at (1,1) with radius 2 overlap one "
     "another?", "yes"),
    ("Do the circles with centers (0,0) and (6,0) and radii 2 and 3 overlap?", "no"),
    ("圆心在(0,0)半径为2的圆和圆心在(1,0)半径为1的圆有重叠吗", "yes"),
    ("圆心在(0,0)半径为1的圆与圆心在(3,0)半径为1的圆是否重叠", "no"),
    ("以(0,0)为圆心、2为半径的圆和以(3,0)为圆心、2为半径的圆所围的圆面有重叠吗", "yes"),
    ("圆心在(0,0)半径为1的圆和圆心在(2,0)半径为1的圆重叠吗", "no"),
]

INSIDE = [
    ("Is the circle centered at (0.5,0) with radius 1 inside the circle centered at (0,0) with "
     "radius 2?", "yes"),
    ("Is the circle centered at (0,0) with radius 1 within the circle centered at (3,0) with "
     "radius 1?", "no"),
    ("Does the circle centered at (0,0) with radius 5 contain the circle centered at (1,1) with "
     "radius 1?", "yes"),
    ("Is the circle centered at (0,0) with radius 3 inside the circle centered at (0,0) with "
     "radius 2?", "no"),
    ("Is the circle with center (2, 2) and radius 1 completely inside the circle with center "
     "(0, 0) and radius 4?", "yes"),
    ("Is the circle of radius 0.5 centred at (0.25, 0) contained in the circle of radius 1 "
     "centred at (0, 0)?", "yes"),
    ("Does the circle centered at (0,0) with radius 1 contain the circle centered at (0,0) with "
     "radius 2?", "no"),
    ("Is the circle centered at (3,0) with radius 2 entirely within the circle centered at "
     "(0,0) with radius 4?", "no"),
    ("Does the circle centered at (1,1) with radius 10 fully contain the circle centered at "
     "(2,2) with radius 1?", "yes"),
    ("Is the circle centered at (0, 0) with radius 1 contained within the circle centered at "
     "(0.1, 0.1) with radius 1.2?", "yes"),
    ("圆心在(1,0)半径为1的圆在圆心在(0,0)半径为3的圆内部吗", "yes"),
    ("以(0,0)为圆心、1为半径的圆是否在以(5,0)为圆心、2为半径的圆内", "no"),
    ("圆心为(0,0)、半径为1的圆完全在圆心为(0,0)、半径为2的圆里面吗", "yes"),
    ("半径为1、圆心在(3,0)的圆位于圆心在(0,0)半径为2的圆内吗", "no"),
]

RELATION = [
    ("What is the relationship between the circles centered at (0,0) with radius 1 and at "
     "(0,0) with radius 2?", "concentric"),
    ("What is the relationship between the circle centered at (0,0) with radius 1 and the "
     "circle centered at (5,0) with radius 1?", "separate"),
    ("Determine the positional relationship between the circles centered at (0,0) with "
     "radius 2 and at (3,0) with radius 1.", "externally tangent"),
    ("What is the relative position of the circle centered at (0,0) with radius 2 and the "
     "circle centered at (1,0) with radius 2?", "intersecting"),
    ("Describe the relationship between the circles centered at (0,0) with radius 3 and at "
     "(1,0) with radius 2.", "internally tangent"),
    ("What is the relation between the circle centered at (0,0) with radius 5 and the circle "
     "centered at (1,0) with radius 1?", "contained"),
    ("How are the line through (0,0) and (1,0) and the circle centered at (0,1) with radius 1 "
     "positioned relative to each other?", "tangent"),
    ("What is the positional relationship between the line through (0,3) and (1,3) and the "
     "circle centered at (0,0) with radius 2?", "separate"),
    ("Find the relationship between the circle with center (0,0) and radius 2 and the line "
     "through (0,0) and (1,1).", "intersecting"),
    ("How are the circles centered at (0,0) with radius 1 and at (0,0) with radius 1 situated "
     "relative to one another?", "identical"),
    ("圆心在(0,0)半径为2的圆与圆心在(3,0)半径为1的圆的位置关系是什么？", "externally tangent"),
    ("过点(0,2)和(1,2)的直线与圆心在(0,0)半径为2的圆的位置关系", "tangent"),
    ("判断以(0,0)为圆心、1为半径的圆和以(0,0.5)为圆心、3为半径的圆的位置关系", "contained"),
    ("圆心在(0,0)半径为1的圆和圆心在(1,1)半径为1的圆之间是什么位置关系", "intersecting"),
]

LOCATION = [
    ("Is the point (1, 1) inside the polygon with vertices (0,0), (4,0), (4,4), (0,4)?", "yes"),
    ("Is the point (4, 4) inside the square with vertices (0,0), (4,0), (4,4), (0,4)?",
     "boundary"),
    ("Is (5, 5) outside the triangle with vertices (0,0), (4,0), (0,4)?", "yes"),
    ("Is the point (3, 4) on the circle centered at (0, 0) with radius 5?", "yes"),
    ("Does the circle centered at (0,0) with radius 5 pass through (3,4)?", "yes"),
    ("Is the point (1,1) on the segment from (0,0) to (2,2)?", "yes"),
    ("Is the point (2, 1) inside, outside, or on the boundary of the triangle with vertices "
     "(0,0), (4,0), (0,4)?", "inside"),
    ("Where is the point (1,1) relative to the circle centered at (0,0) with radius 1?",
     "outside"),
    ("Does the polygon with vertices (0,0), (4,0), (4,4), (0,4) contain the point (2,2)?", "yes"),
    ("Does the point (0.3, 0.4) lie inside the circle centered at (0, 0) with radius 0.5?",
     "boundary"),
    ("Is the point (2, 3) on the line through (0, 1) and (1, 2)?", "yes"),
    ("Is the point (2,2) in the triangle with vertices [(0,0), (4,0), (0,4)]?", "boundary"),
    ("Is the point (1, 2) inside or outside the rectangle with vertices (0,0), (3,0), (3,1), "
     "(0,1)?", "outside"),
    ("Is the point (1, 1) located inside the polygon with coordinates [(0,0), (2,0), (1,0.5), "
     "(2,2), (0,2)]?", "yes"),
    ("Is the point (0.6, 0.8) on the unit circle?", "yes"),
    ("Check whether the point (1,1) lies inside the triangle with vertices (0,0), (4,0), (0,4).",
     "yes"),
    ("Is the origin inside the triangle with vertices (-1,-1), (1,-1), (0,1)?", "yes"),
    ("判断点(1,1)是否在三角形(0,0),(4,0),(0,4)内", "yes"),
    ("点(0.6,0.8)在单位圆上吗", "yes"),
    ("点(1,1)在多边形(0,0),(4,0),(4,4),(0,4)内部吗？", "yes"),
    ("点(1,1)在圆心在(0,0)半径为2的圆内吗？", "yes"),
    ("点(3,4)在圆心为(0,0)、半径为5的圆上吗", "yes"),
    ("点(2,2)与三角形(0,0),(4,0),(0,4)的位置关系是什么", "boundary"),
    ("点(5,5)在三角形(0,0),(4,0),(0,4)外部吗", "yes"),
    ("点(0,0)与圆心在(1,1)半径为1的圆的位置关系", "outside"),
]

AREA = [
    ("What is the area of the triangle with vertices (0,0), (4,0) and (0,3)?", "6"),
    ("Find the area of the polygon with coordinates [(0,0), (4,0), (4,3), (0,3)].", "12"),
    ("Compute the area of the triangle formed by the points (0,0), (1,0) and (0,1).", "1/2"),
    ("What is the area of the circle centered at (1,1) with radius 1.5?", "9*pi/4"),
    ("What's the area of the rectangle with vertices (0,0), (2,0), (2,1), (0,1)?", "2"),
    ("What is the area of a circle with radius 5?", "25*pi"),
    ("Calculate the area enclosed by the pentagon with vertices (0,0), (2,0), (3,1), (1,3), "
     "(-1,1).", "7"),
    ("How large is the area of the square with vertices (1,1), (3,1), (3,3), (1,3)?", "4"),
    ("Determine the area of the quadrilateral with vertices (0,0), (5,0), (5,2), (0,3).",
     "25/2"),
    ("Find the area of a circle with diameter 3.", "9*pi/4"),
    ("What is the area of the triangle with vertices (0.1, 0.1), (0.4, 0.1), (0.1, 0.5)?",
     "3/50"),
    ("What is the area of the triangle ABC with A(0,0), B(4,0) and C(0,3)?", "6"),
    ("What is the area of triangle ABC with vertices A = (0,0), B = (4,0), C = (0,3)?", "6"),
    ("What is the area of a circle of radius 5 centered at the origin?", "25*pi"),
    ("三角形ABC A(0,0),B(4,0),C(0,3)的面积是多少", "6"),
    ("三角形(0,0),(4,0),(0,3)的面积是多少", "6"),
    ("求顶点为(0,0),(4,0),(0,3)的三角形的面积", "6"),
    ("以(0,0),(2,0),(2,2),(0,2)为顶点的正方形的面积是多少？", "4"),
    ("半径为3的圆的面积", "9*pi"),
    ("圆心在(1,1)半径为2的圆的面积是多少", "4*pi"),
]

PERIMETER = [
    ("What is the perimeter of the triangle with vertices (0,0), (3,0), (0,4)?", "12"),
    ("What is the perimeter of the square with vertices (0,0), (1,0), (1,1), (0,1)?", "4"),
    ("Find the perimeter of the triangle with vertices (0,0), (1,0), (0,1).", "2+sqrt(2)"),
    ("What is the circumference of the circle centered at (0,0) with radius 2?", "4*pi"),
    ("What is the circumference of a circle with diameter 10?", "10*pi"),
    ("Calculate the perimeter of the rectangle with vertices (0,0), (4,0), (4,2), (0,2).", "12"),
    ("Compute the perimeter of the polygon with coordinates [(0,0), (2,0), (2,2), (0,2)].", "8"),
    ("What is the perimeter of a circle of radius 1.5?", "3*pi"),
    ("Determine the perimeter of the triangle with vertices (0,0), (2,0), (1,1).",
     "2+2*sqrt(2)"),
    ("Find the perimeter of the quadrilateral with vertices (0,0), (1,1), (2,0), (1,-1).",
     "4*sqrt(2)"),
    ("What is the perimeter of the triangle with vertices (0,0), (0.3,0), (0,0.4)?", "6/5"),
    ("四边形(0,0),(2,0),(2,1),(0,1)的周长是多少", "6"),
    ("求三角形(0,0),(3,0),(0,4)的周长", "12"),
    ("半径为2的圆的周长是多少", "4*pi"),
    ("以(0,0),(1,0),(0,1)为顶点的三角形的周长", "2+sqrt(2)"),
    ("直径为10的圆的周长", "10*pi"),
]

DISTANCE = [
    ("What is the distance between (0,0) and (1,1)?", "sqrt(2)"),
    ("What is the distance between (0, 0) and (3, 4)?", "5"),
    ("How far is (1, 2) from (4, 6)?", "5"),
    ("Find the distance from the point (0,0) to the point (1,2).", "sqrt(5)"),
    ("How long is the segment from (0,0) to (3,4)?", "5"),
    ("What is the length of the line segment from (1,1) to (2,2)?", "sqrt(2)"),
    ("How far apart are (0,0) and (0.5,0.5)?", "sqrt(2)/2"),
    ("Calculate the Euclidean distance between the points (-1, -1) and (2, 3).", "5"),
    ("Compute the distance from (0, 0) to (2, 2).", "2*sqrt(2)"),
    ("What is the straight-line distance between (1.5, 2) and (4.5, 6)?", "5"),
    ("How far apart are the points (0,0) and (6,8)?", "10"),
    ("点(1,2)到点(4,6)的距离是多少", "5"),
    ("求从(0,0)到(1,1)的线段的长度", "sqrt(2)"),
    ("点(0,0)和点(3,4)之间的距离是多少？", "5"),
    ("求点(0,0)与点(1,2)的距离", "sqrt(5)"),
    ("线段(0,0)-(2,2)的长度是多少", "2*sqrt(2)"),
    ("What is the distance from the origin to (3,4)?", "5"),
    ("What is the distance between (1.5, -2) and (1.5, -2)?", "0"),
    # 2 * 10007^2: the square factor is a prime above the trial-division bound.
    ("What is the distance between (0, 0) and (10007, 10007)?", "10007*sqrt(2)"),
    ("What is the distance between (0, 0) and (30.021, 40.028)?", "10007/200"),
    ("点(3,4)到原点的距离是多少", "5"),
]

# Circles and lines given by equations (squared radii need not be perfect squares).
EQUATIONS = [
    ("Do the circles (x - 5)^2 + (y - 2)^2 = 30.25 and (x + 4.306)^2 + (y + 10.408)^2 = 100 "
     "intersect?", "no"),
    ("Do the circles (x + 1)^2 + (y + 2)^2 = 12.25 and (x + 1)^2 + (y - 1.001)^2 = 42.25 "
     "intersect?", "yes"),
    ("How many times does the line y = -0.75x + 6.5 intersect the circle (x + 2)^2 + "
     "(y + 2)^2 = 64?", "1"),
    ("How many times does the line y = -3x + 1 intersect the circle x^2 + (y - 5)^2 = 64?", "2"),
    ("How many points do x^2 + y^2 = 2 and y = 1 have in common?", "2"),
    ("Is the line y = x + 2 tangent to the circle x^2 + y^2 = 2?", "yes"),
    ("Are the circles x^2 + y^2 = 2 and (x - 3)^2 + (y - 3)^2 = 8 tangent?", "yes"),
    ("What is the relationship between the circles x^2 + y^2 = 4 and (x - 5)^2 + y^2 = 1?",
     "separate"),
    ("Is the point (1, 1) on the circle x^2 + y^2 = 2?", "yes"),
    ("Is the point (3, 4) inside the circle x² + y² = 25?", "boundary"),
    ("Does the line 2x + 3y = 6 intersect the circle x^2 + y^2 = 1?", "no"),
    ("How many intersection points are there between the line x = 3 and the circle "
     "(x - 1)^2 + y^2 = 4?", "1"),
    ("Do the lines y = 2x + 1 and 2x + 3y = 6 intersect?", "yes"),
    ("How many intersection points are there between the circle x^2 + y^2 - 4x + 6y = 12 and "
     "the x-axis?", "2"),
    ("What is the radius of the circle (x - 5)^2 + (y - 2)^2 = 30.25?", "11/2"),
    ("What is the radius of the circle x^2 + y^2 = 8?", "2*sqrt(2)"),
    ("What is the center of the circle x^2 + y^2 - 4x + 6y = 12?", "(2, -3)"),
    ("What is the area of the circle x^2 + y^2 = 2?", "2*pi"),
    ("What is the circumference of the circle x^2 + y^2 = 2?", "2*sqrt(2)*pi"),
    ("What is the diameter of the circle 3x^2 + 3y^2 = 12?", "4"),
    ("Is the point (0.5, 0.5) inside the circle with equation x^2 + y^2 = 0.5?", "boundary"),
    ("直线y=2x+1与圆x^2+y^2=4有几个交点？", "2"),
    ("圆(x-1)^2+(y-2)^2=4与圆(x-4)^2+(y-6)^2=9的位置关系是什么？", "externally tangent"),
    ("两圆x^2+y^2=4和(x-3)^2+y^2=1是否相切？", "yes"),
    ("圆(x-1)^2+(y+2)^2=9的半径是多少", "3"),
    ("圆x^2+y^2-4x+6y=12的圆心坐标是什么？", "(2, -3)"),
    ("点(3,4)在圆x^2+y^2=25上吗？", "yes"),
    ("圆(x-1)^2+(y-2)^2=4与x轴有几个交点？", "1"),
]

# Points named by capital letters and defined in the same question.
LABELS = [
    ("How many points do segment AB and segment CD have in common, where A = (-4, -3), "
     "B = (-6, 5), C = (-6, 6) and D = (6, 5)?", "0"),
    ("How many points do segment AB and segment CD have in common, where A = (-6, -5), "
     "B = (2, -4), C = (2, -4) and D = (-5, 2)?", "1"),
    ("Let A = (0, 0) and B = (3, 4). What is the distance between A and B?", "5"),
    ("How far is A from B, where A = (0, 0) and B = (3, 4)?", "5"),
    ("What is the area of triangle ABC, where A = (0,0), B = (4,0), C = (0,3)?", "6"),
    ("Is point D inside triangle ABC, where A = (0,0), B = (4,0), C = (0,3) and D = (1, 1)?",
     "yes"),
    ("Do segments AB and CD intersect, given A = (0,0), B = (2,2), C = (0,2), D = (2,0)?",
     "yes"),
    ("Do lines AB and CD intersect, where A = (0,0), B = (1,1), C = (0,1), D = (1,2)?", "no"),
    ("What is the length of segment AB, where A = (1, 1) and B = (4, 5)?", "5"),
    ("What is the area of the triangle with vertices A, B and C, where A = (0, 0), B = (4, 0) "
     "and C = (0, 3)?", "6"),
    ("What is the distance between points P and Q, where P = (1, 1) and Q = (4, 5)?", "5"),
    ("What is the perimeter of rectangle ABCD, where A = (0, 0), B = (4, 0), C = (4, 2), "
     "D = (0, 2)?", "12"),
    ("已知A=(0,0)，B=(4,0)，C=(0,3)，求三角形ABC的面积", "6"),
    ("线段AB与线段CD是否相交？其中A(0,0)，B(4,4)，C(0,4)，D(4,0)", "yes"),
    ("已知点A(1,2)，B(4,6)，求A、B两点之间的距离", "5"),
    ("已知A(1,2)，B(4,6)，求点A与点B之间的距离", "5"),
    ("三角形ABC的顶点为A(0,0)、B(4,0)、C(0,3)，求它的面积", "6"),
]

# Boundaries, crossings, parallel and perpendicular pieces.
PIECES = [
    ("How many intersection points are there between the boundary of the triangle with "
     "vertices (-6, 5), (6, 2), (3, 5) and the boundary of the rectangle with vertices "
     "(-4, -5), (-1, -5), (-1, -3), (-4, -3)?", "0"),
    ("How many intersection points are there between the boundary of the triangle with "
     "vertices (1, 6), (-1, 0), (1, 3) and the boundary of the rectangle with vertices (0, 1), "
     "(2, 1), (2, 6), (0, 6)?", "3"),
    ("How many intersection points are there between the boundary of the square with vertices "
     "(0,0), (2,0), (2,2), (0,2) and the boundary of the triangle with vertices (1,1), (3,1), "
     "(1,3)?", "3"),
    ("Do the segments from (0, 0) to (4, 4) and from (0, 4) to (4, 0) cross?", "yes"),
    ("How many times does the line y = 0.5 cross the circle x^2 + y^2 = 1?", "2"),
    ("Do the line y = x and the circle x^2 + y^2 = 8 cross?", "yes"),
    ("Are the lines y = 2x + 1 and y = 2x - 3 parallel?", "yes"),
    ("Are the lines y = 2x + 1 and y = -0.5x - 3 perpendicular?", "yes"),
    ("Is the line through (0,0) and (1,1) parallel to the line through (0,1) and (2,2)?", "no"),
    ("Is the segment from (0,0) to (2,0) perpendicular to the segment from (5,5) to (5,9)?",
     "yes"),
    ("Is the line y = 2 parallel to the x-axis?", "yes"),
    ("Distance between (1, 2) and (4, 6)?", "5"),
    ("Do the line segments (0,0)-(4,4) and (0,4)-(4,0) intersect?", "yes"),
    ("Given the circle x^2 + y^2 = 25 and the line y = x + 1, how many intersection points are "
     "there?", "2"),
    ("The circle centered at (0, 0) with radius 5 and the line through (0, 0) and (1, 1): how "
     "many intersection points do they have?", "2"),
    ("Find the number of points where the line y = x meets the circle x^2 + y^2 = 4.", "2"),
    ("Consider the segments from (0,0) to (2,2) and from (0,2) to (2,0). Do they intersect?",
     "yes"),
    ("Are the points (0,0), (1,1) and (2,3) collinear?", "no"),
    ("Do the points (0, 0), (1, 2), (2, 4) lie on a straight line?", "yes"),
    ("What is the distance from the point (1, 2) to the line y = 2x + 1?", "sqrt(5)/5"),
    ("How far is (3, 4) from the line through (0, 0) and (1, 0)?", "4"),
    ("What is the distance from the point (5, 1) to the segment from (0, 0) to (2, 0)?",
     "sqrt(10)"),
    ("点(0,0)、(1,1)、(2,2)是否共线？", "yes"),
    ("(0,0),(1,1),(2,3)三点共线吗", "no"),
    ("点(1,2)到直线y=2x+1的距离是多少？", "sqrt(5)/5"),
    ("圆x^2+y^2=25和直线y=x+1，它们有几个交点？", "2"),
    ("直线y=2x+1与直线y=2x-3平行吗？", "yes"),
    ("直线y=x与直线y=-x+1是否垂直？", "yes"),
    ("两条直线y=2x+1和y=-x+4相交吗？", "yes"),
    ("线段(0,0)到(2,2)与线段(0,2)到(2,0)互相垂直吗", "yes"),
]

# A circle's size with a unit, the shape first, radius/diameter questions.
MEASURES = [
    ("a circle with diameter 25 cm: what is its circumference in cm?", "25*pi"),
    ("What is the circumference of a circle with diameter 25 cm?", "25*pi"),
    ("What is the area of a circle with radius 5 cm in square cm?", "25*pi"),
    ("What is the area, in cm², of a circle with radius 5 cm?", "25*pi"),
    ("What is the area of a circle with radius 5 m in m^2?", "25*pi"),
    ("A circle has a radius of 5. What is its area?", "25*pi"),
    ("If a circle has a radius of 3 inches, what is its circumference?", "6*pi"),
    ("The radius of a circle is 4 m. What is its circumference in meters?", "8*pi"),
    ("What is the diameter of a circle with radius 2.5 mm?", "5"),
    ("For the circle x^2 + y^2 = 9, what is the area?", "9*pi"),
    ("What is the radius of a circle with diameter 7 ft?", "7/2"),
    ("直径为25厘米的圆的周长是多少厘米？", "25*pi"),
    ("直径为45.5厘米的圆的周长是多少厘米？", "91*pi/2"),
    ("半径为5厘米的圆的面积是多少平方厘米？", "25*pi"),
    ("一个圆的半径是5厘米，它的面积是多少平方厘米？", "25*pi"),
    ("已知圆的直径为10，求周长", "10*pi"),
]

KINDS = {"count": COUNT, "intersect": INTERSECT, "tangent": TANGENT, "overlap": OVERLAP,
         "inside": INSIDE, "relation": RELATION, "location": LOCATION, "area": AREA,
         "perimeter": PERIMETER, "distance": DISTANCE, "equations": EQUATIONS,
         "labels": LABELS, "pieces": PIECES, "measures": MEASURES}


def test_enough_phrasings_per_kind() -> None:
    for kind, cases in KINDS.items():
        chinese = [q for q, _ in cases if re.search(r"[\u4e00-\u9fff]", q)]
        assert len(cases) - len(chinese) >= 10 and len(chinese) >= 4, kind
        assert len({q for q, _ in cases}) == len(cases), kind


@pytest.mark.parametrize(("question", "expected"),
                         [case for cases in KINDS.values() for case in cases])
def test_phrasing(question: str, expected: str) -> None:
    assert value_of(question) == expected


def test_sentences() -> None:
    assert ask("What is the distance between (0,0) and (1,1)?") == (
        "sqrt(2)", "The distance is sqrt(2) ≈ 1.414213562373.")
    assert ask("What is the area of a circle with radius 5?") == (
        "25*pi", "The area is 25*pi ≈ 78.539816339745.")
    assert ask("Compute the area of the triangle formed by the points (0,0), (1,0) and "
               "(0,1).") == ("1/2", "The area is 0.5.")
    assert ask("Is the point (4, 4) inside the square with vertices (0,0), (4,0), (4,4), "
               "(0,4)?") == ("boundary", "On the boundary: (4, 4) lies on the boundary of the "
                                         "square, neither strictly inside nor outside it.")
    assert ask("线段(0,0)到(4,4)和线段(0,4)到(4,0)有几个交点？") == ("1", "共有 1 个交点。")
    assert ask("圆心在(0,0)半径为2的圆与圆心在(3,0)半径为1的圆的位置关系是什么？") == (
        "externally tangent", "两圆外切。")


def test_problem_is_typed() -> None:
    parsed = SOLVER.parse(Query(text="What is the distance between (0.5, 0) and (3, 4)?"))
    assert isinstance(parsed, Parsed) and isinstance(parsed.problem, GeometryProblem)
    assert parsed.problem.points == ((Fraction(1, 2), Fraction(0)), (Fraction(3), Fraction(4)))


# ---------------------------------------------------------------------------------------------
# Near misses: never answered.

DECLINED = [
    "Do these circles intersect?",
    "Do the circles centered at (0,0) and (3,0) intersect?",
    "Is the point (1, 1) inside the polygon with vertices (0,0), (4,0)?",
    "What is the area of the triangle with vertices (0,0), (1,1) and (2,2)?",
    "There is a line segment from (0, 0) to (2, 0). There is a line segment from (1, 0) to "
    "(3, 0). How many intersection points are there?",
    "What is the distance between (0, 0) and (3, 4) in miles?",
    "Is the point (1, 2, 3) inside the sphere centered at (0, 0, 0) with radius 5?",
    "Is the point (1,1) inside the polygon with vertices (0,0), (4,4), (4,0), (0,4)?",
    "What is the area of the square with vertices (0,0), (2,0), (2,1), (0,1)?",
    "What is the area of the triangle with vertices (0,0), (4,0), (0,3), (1,1)?",
    "Do the circles centered at (0,0) with radius 0 and at (3,0) with radius 1 intersect?",
    "Do the circles centered at (0,0) with radius -2 and at (3,0) with radius 1 intersect?",
    "How many intersection points are there between the segment from (1,1) to (1,1) and the "
    "circle centered at (0,0) with radius 1?",
    "How many intersection points do the circle centered at (0,0) with radius 1 and the circle "
    "centered at (0,0) with radius 1 have?",
    "How many intersection points are there between the circle centered at (0,0) with "
    "radius 1?",
    "What is the area of the circle centered at (0,0) with radius 2 and the circle centered at "
    "(5,5) with radius 1?",
    "What happened on 9/11?",
    "How many moons does Jupiter have?",
    "My order number is 48213-977",
    "Which weighs more, a pound of feathers or two pounds of bricks?",
    "Python 3.11 vs 3.9",
    "What is the sum of the tuple (1, 2)?",
    "Is (1,234, 5) inside the circle centered at (0,0) with radius 3?",
    "What is the volume of a sphere with radius 3?",
    "Two circles have radii 2 and 3. Do they intersect?",
    "Is point A inside triangle ABC?",
    "How many intersection points are there between the circle centered at (0,0) with radius 1 "
    "and the circle centered at (1,0) with radius 1 and what is their area?",
    "Do the circles centered at (0,0) with radius 1 and at (0,0) with radius 1 intersect?",
    "Is the circle centered at (0,0) with radius 1 inside the triangle with vertices (-5,-5), "
    "(5,-5), (0,5)?",
    # The segment lies inside the disk: the curve is missed, the disk is not. Ambiguous.
    "Does the segment from (0,0) to (1,0) intersect the circle centered at (0,0) with radius 5?",
    "Does the circle centered at (0, 0) with radius 1 intersect the square with vertices "
    "(-3,-3), (3,-3), (3,3), (-3,3)?",
    # 相交 for circles excludes 相切 in Chinese textbooks; these circles are tangent.
    "圆心在(0,0)半径为2的圆和圆心在(3,0)半径为1的圆相交吗？",
    "两圆相交吗？",
    "半径为5的球的体积是多少？",
    "What is the distance between (0,0) and (1e10,1)?",
    "Is the point (2,2) inside the segment from (0,0) to (4,4)?",
    "What is the perimeter of the polygon with coordinates [(0,0), (4,0), (4,3), (0,3), (0,0)]?",
    "What is the area of the polygon with coordinates [(0,0), (4,0), (4,3), (0,3)] in square "
    "meters?",
    "How many intersection points are there between the segment from (0,0) to (4,4) and the "
    "segment from (0,4) to (4,0) at time 5?",
    "Is the circle centered at (0,0) with radius 1 inside the circle centered at (0,0) with "
    "radius 1?",
    "Is the point (1, 1) inside the polygon with vertices " + ", ".join(
        f"({i}, {i % 2})" for i in range(101)) + "?",
    "Is the line through (0,0) and (1,0) tangent to the line through (0,1) and (1,1)?",
    "Do the circles centered at (0,0) with radius 2 and at (3,0) with radius 1 intersect at "
    "(2,0)?",
    "三角形(0,0),(4,0),(0,3)的体积是多少",
    "What is the area of the triangle ABC with vertices B(4,0), A(0,0), C(0,3)?",
    "What is the area of the triangle with vertices A(0,0), B(4,0), (0,3)?",
    "What is the area of the triangle with vertices A(0,0), A(4,0), B(0,3)?",
    "三角形ABC的面积是多少",
    "Is the point (1,1) on the unit circle centered at (2,2)?",
    "The origin of the question is (1,2). What is it?",
    "Find the intersection points of the circles centered at (0,0) with radius 2 and at (1,0) "
    "with radius 2.",
]


@pytest.mark.parametrize("question", DECLINED)
def test_declined(question: str) -> None:
    assert isinstance(ask(question), Declined), question


# ---------------------------------------------------------------------------------------------
# Mixed shapes, circles included, against sympy's exact geometry (points compared at 50 digits).

small = st.tuples(st.integers(-3, 3), st.integers(-3, 3))


@st.composite
def mixed_shapes(draw: st.DrawFn) -> tuple[str, object]:
    import sympy

    kind = draw(st.sampled_from(["circle", "segment", "line", "triangle"]))
    if kind == "circle":
        (x, y), r = draw(small), draw(st.integers(1, 3))
        return (f"There is a circle centered at ({x}, {y}) with radius {r}.",
                sympy.Circle(sympy.Point(x, y), r))
    if kind == "triangle":
        a, b, c = draw(small), draw(small), draw(small)
        assume((b[0] - a[0]) * (c[1] - a[1]) != (b[1] - a[1]) * (c[0] - a[0]))
        return (f"There is a polygon with coordinates [{a}, {b}, {c}].",
                sympy.Polygon(sympy.Point(*a), sympy.Point(*b), sympy.Point(*c)))
    a, b = draw(small), draw(small)
    assume(a != b)
    if kind == "segment":
        return (f"There is a line segment from {a} to {b}.",
                sympy.Segment(sympy.Point(*a), sympy.Point(*b)))
    return (f"There is a line passing through {a} and {b}.",
            sympy.Line(sympy.Point(*a), sympy.Point(*b)))


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(shapes=st.lists(mixed_shapes(), min_size=2, max_size=3))
def test_mixed_shapes_against_sympy(shapes: list[tuple[str, object]]) -> None:
    import sympy

    found: list[tuple[object, object]] = []
    for (_, first), (_, second) in combinations(shapes, 2):
        assume(first != second)  # coinciding shapes: infinitely many points
        for common in sympy.intersection(first, second):
            assume(isinstance(common, sympy.Point))  # infinitely many: declined below anyway
            x, y = common.x.evalf(50), common.y.evalf(50)
            if not any(abs(x - u) < 1e-30 and abs(y - v) < 1e-30 for u, v in found):
                found.append((x, y))
    question = " ".join(s for s, _ in shapes) + " How many intersection points are there?"
    assert value_of(question) == str(len(found))


def test_points_shared_by_several_pairs_count_once() -> None:
    # The common chord x = 1 of the two circles meets each circle in (1, +-sqrt(3)).
    assert value_of("There is a circle centered at (0, 0) with radius 2. There is a circle "
                    "centered at (2, 0) with radius 2. There is a line passing through (1, 0) "
                    "and (1, 1). How many intersection points are there?") == "2"


# ---------------------------------------------------------------------------------------------
# Equations, named points, boundaries, units: property tests against analytic oracles.

def signed(value: Fraction) -> str:
    """" - 2.5" / " + 2.5" for writing (x - h)."""
    return f" - {text(value)}" if value > 0 else f" + {text(-value)}"


def circle_equation(center: Point, r2: Fraction) -> str:
    """(x - h)^2 + (y - k)^2 = R, with x^2 for h = 0."""
    x = "x^2" if center[0] == 0 else f"(x{signed(center[0])})^2"
    y = "y^2" if center[1] == 0 else f"(y{signed(center[1])})^2"
    return f"{x} + {y} = {text(r2)}"


def expanded_equation(center: Point, r2: Fraction) -> str:
    """x^2 + y^2 + Dx + Ey + F = 0 with D = -2h, E = -2k, F = h^2 + k^2 - R."""
    terms = ["x^2 + y^2"]
    for coefficient, var in ((-2 * center[0], "x"), (-2 * center[1], "y"),
                             (center[0] ** 2 + center[1] ** 2 - r2, "")):
        if coefficient:
            sign = "-" if coefficient < 0 else "+"
            terms.append(f"{sign} {text(abs(coefficient))}{var}")
    return " ".join(terms) + " = 0"


def oracle_circle_pair(c1: Point, r1sq: Fraction, c2: Point, r2sq: Fraction) -> int | None:
    """Common points of two circles given by squared radii, without square roots:
    d^2 vs (r1 +- r2)^2 = R1 + R2 +- 2 sqrt(R1 R2) compares g = d^2 - R1 - R2 with +-2 sqrt(P)
    by the sign of g and g^2 vs 4P."""
    d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
    if d2 == 0:
        return None if r1sq == r2sq else 0
    g, four_p = d2 - r1sq - r2sq, 4 * r1sq * r2sq
    if g * g > four_p:
        return 0  # g > 2 sqrt(P): apart; g < -2 sqrt(P): one inside the other
    if g * g == four_p:
        return 1
    return 2


squared_radii = st.integers(1, 400).map(lambda k: Fraction(k, 4))


@SETTINGS
@given(c1=points, r1=squared_radii, c2=points, r2=squared_radii)
def test_equation_circles_match_the_squared_oracle(c1: Point, r1: Fraction, c2: Point,
                                                   r2: Fraction) -> None:
    first, second = circle_equation(c1, r1), circle_equation(c2, r2)
    expected = oracle_circle_pair(c1, r1, c2, r2)
    count = ask(f"How many points do the circles {first} and {second} have in common?")
    if expected is None:
        assert isinstance(count, Declined)
        return
    assert not isinstance(count, Declined) and count[0] == str(expected), (first, second)
    intersect = ask(f"Do the circles {first} and {second} intersect?")
    d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
    if expected == 0 and d2 - r1 - r2 < 0:
        # One disk inside the other: the curves miss, the regions meet. Ambiguous, declined.
        assert isinstance(intersect, Declined)
    else:
        assert not isinstance(intersect, Declined)
        assert intersect[0] == ("yes" if expected else "no")


@SETTINGS
@given(center=points, r2=squared_radii)
def test_equation_forms_give_centre_and_exact_radius(center: Point, r2: Fraction) -> None:
    for equation in (circle_equation(center, r2), expanded_equation(center, r2)):
        assert value_of(f"What is the center of the circle {equation}?") == (
            f"({canonical_text(center[0])}, {canonical_text(center[1])})")
        radius = value_of(f"What is the radius of the circle {equation}?")
        match = _TERM.fullmatch(radius)
        assert match is not None, radius
        if match.group(2):  # k*sqrt(m)/d squares back to R exactly
            coefficient = Fraction(int(match.group(1) or 1), int(match.group(3) or 1))
            assert coefficient * coefficient * int(match.group(2)) == r2
        else:
            assert Fraction(radius) ** 2 == r2
        area = value_of(f"What is the area of the circle {equation}?")
        assert pi_multiple(area) == r2


def canonical_text(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else f"{value.numerator}/" \
        f"{value.denominator}"


def pi_multiple(value: str) -> Fraction:
    match = re.fullmatch(r"(?:(\d+)\*)?pi(?:/(\d+))?", value)
    assert match is not None, value
    return Fraction(int(match.group(1) or 1), int(match.group(2) or 1))


slopes = st.integers(-30, 30).map(lambda k: Fraction(k, 10))


def line_equation(slope: Fraction | None, intercept: Fraction) -> str:
    """y = mx + c (slope None: the vertical line x = c)."""
    if slope is None:
        return f"x = {text(intercept)}"
    if slope == 0:
        return f"y = {text(intercept)}"
    head = {Fraction(1): "x", Fraction(-1): "-x"}.get(slope, f"{text(slope)}x")
    if intercept == 0:
        return f"y = {head}"
    return f"y = {head} {'-' if intercept < 0 else '+'} {text(abs(intercept))}"


@SETTINGS
@given(slope=st.one_of(st.none(), slopes), intercept=coords, center=points, r2=squared_radii)
def test_equation_lines_against_circles(slope: Fraction | None, intercept: Fraction,
                                        center: Point, r2: Fraction) -> None:
    # Squared distance from the centre to the line, compared with R.
    if slope is None:
        dist2 = (intercept - center[0]) ** 2
    else:
        dist2 = (slope * center[0] - center[1] + intercept) ** 2 / (slope * slope + 1)
    expected = 0 if dist2 > r2 else 1 if dist2 == r2 else 2
    line, circle = line_equation(slope, intercept), circle_equation(center, r2)
    assert value_of(f"How many times does the line {line} intersect the circle {circle}?") \
        == str(expected), (line, circle)
    assert value_of(f"Is the line {line} tangent to the circle {circle}?") == (
        "yes" if expected == 1 else "no")


letters = "ABCD"


@SETTINGS
@given(a=points, b=points, c=points, d=points)
def test_named_segments_match_cross_products(a: Point, b: Point, c: Point, d: Point) -> None:
    assume(a != b and c != d)
    defs = ", ".join(f"{name} = {pt(p)}" for name, p in zip(letters, (a, b, c, d), strict=True))
    question = (f"How many points do segment AB and segment CD have in common, where "
                f"{defs}?")
    expected = oracle_linear_points(a, b, True, c, d, True)
    result = ask(question)
    if expected is None:
        assert isinstance(result, Declined)
    else:
        assert not isinstance(result, Declined) and result[0] == str(len(expected))


@SETTINGS
@given(tri=st.lists(st.tuples(st.integers(-6, 6), st.integers(-6, 6)), min_size=3, max_size=3,
                    unique=True),
       corner=st.tuples(st.integers(-6, 5), st.integers(-6, 5)),
       size=st.tuples(st.integers(1, 6), st.integers(1, 6)))
def test_triangle_and_rectangle_boundaries(tri: list[tuple[int, int]], corner: tuple[int, int],
                                           size: tuple[int, int]) -> None:
    t = [(Fraction(x), Fraction(y)) for x, y in tri]
    assume(cross(t[0], t[1], t[2]) != 0)
    x0, y0 = corner
    x1, y1 = x0 + size[0], y0 + size[1]
    rect = [(Fraction(x), Fraction(y)) for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1))]
    found: set[Point] | None = set()
    for i in range(3):
        for j in range(4):
            common = oracle_linear_points(t[i], t[(i + 1) % 3], True, rect[j],
                                          rect[(j + 1) % 4], True)
            found = None if common is None or found is None else found | common
    question = ("How many intersection points are there between the boundary of the triangle "
                f"with vertices {', '.join(pt(v) for v in t)} and the boundary of the rectangle "
                f"with vertices {', '.join(pt(v) for v in rect)}?")
    result = ask(question)
    if found is None:
        assert isinstance(result, Declined)
    else:
        assert not isinstance(result, Declined) and result[0] == str(len(found))


UNITS = [("cm", "厘米"), ("mm", "毫米"), ("m", "米"), ("km", "千米")]


@SETTINGS
@given(diameter=st.integers(1, 999).map(lambda k: Fraction(k, 10)),
       unit=st.sampled_from(UNITS), chinese=st.booleans())
def test_circumference_with_units_is_pi_times_the_diameter(diameter: Fraction,
                                                           unit: tuple[str, str],
                                                           chinese: bool) -> None:
    en, zh = unit
    question = (f"直径为{text(diameter)}{zh}的圆的周长是多少{zh}？" if chinese else
                f"A circle with diameter {text(diameter)} {en}: what is its circumference in "
                f"{en}?")
    result = ask(question)
    assert not isinstance(result, Declined), question
    assert pi_multiple(result[0]) == diameter
    assert result[1].endswith(f" {zh}。" if chinese else f" {en}.")
    area = ask(f"What is the area of a circle with diameter {text(diameter)} {en} in square "
               f"{en}?")
    assert not isinstance(area, Declined) and pi_multiple(area[0]) == diameter ** 2 / 4
    assert area[1].endswith(f" {en}².")


def surd_square(value: str) -> Fraction:
    """The square of a value ``k*sqrt(m)/d`` or a rational."""
    match = _TERM.fullmatch(value)
    assert match is not None, value
    if match.group(2):
        coefficient = Fraction(int(match.group(1) or 1), int(match.group(3) or 1))
        return coefficient * coefficient * int(match.group(2))
    return Fraction(value) ** 2


@SETTINGS
@given(p=points, a=points, b=points, segment=st.booleans())
def test_point_to_line_and_segment_distance(p: Point, a: Point, b: Point, segment: bool) -> None:
    assume(a != b)
    vx, vy = b[0] - a[0], b[1] - a[1]
    length2 = vx * vx + vy * vy
    t = ((p[0] - a[0]) * vx + (p[1] - a[1]) * vy) / length2  # foot of the perpendicular
    if segment:
        t = min(max(t, Fraction(0)), Fraction(1))
    foot = (a[0] + t * vx, a[1] + t * vy)
    expected = (p[0] - foot[0]) ** 2 + (p[1] - foot[1]) ** 2
    shape = (f"the segment from {pt(a)} to {pt(b)}" if segment
             else f"the line through {pt(a)} and {pt(b)}")
    value = value_of(f"What is the distance from the point {pt(p)} to {shape}?")
    assert value == "0" if expected == 0 else surd_square(value) == expected


@SETTINGS
@given(triple=st.lists(points, min_size=3, max_size=5))
def test_collinear_points(triple: list[Point]) -> None:
    first = triple[0]
    second = next((q for q in triple if q != first), first)
    expected = all(cross(first, second, q) == 0 for q in triple)
    listed = ", ".join(pt(q) for q in triple[:-1]) + f" and {pt(triple[-1])}"
    assert value_of(f"Are the points {listed} collinear?") == ("yes" if expected else "no")


def test_irrational_radii_tangencies_are_exact() -> None:
    # sqrt(2) + 2*sqrt(2) = 3*sqrt(2) = |(3, 3)|: externally tangent, decided without roots.
    assert value_of("How many points do the circles x^2 + y^2 = 2 and (x - 3)^2 + (y - 3)^2 = 8 "
                    "have in common?") == "1"
    # 2*sqrt(2) - sqrt(2) = sqrt(2) = |(1, 1)|: internally tangent.
    assert value_of("What is the relationship between the circles x^2 + y^2 = 8 and "
                    "(x - 1)^2 + (y - 1)^2 = 2?") == "internally tangent"
    assert isinstance(ask("Is the circle (x - 1)^2 + (y - 1)^2 = 2 inside the circle "
                          "x^2 + y^2 = 8?"), Declined)  # internally tangent
    # A hair apart: d^2 = 18.000001 vs (r1 + r2)^2 = 18.
    assert value_of("Do the circles x^2 + y^2 = 2 and (x - 3.0000001)^2 + (y - 3)^2 = 8 "
                    "intersect?") == "no"


def test_unit_sentences() -> None:
    assert ask("直径为25厘米的圆的周长是多少厘米？") == (
        "25*pi", "周长是 25*pi ≈ 78.539816339745 厘米。")
    assert ask("a circle with diameter 25 cm: what is its circumference in cm?") == (
        "25*pi", "The circumference is 25*pi ≈ 78.539816339745 cm.")
    assert ask("半径为5厘米的圆的面积是多少平方厘米？") == (
        "25*pi", "面积是 25*pi ≈ 78.539816339745 平方厘米。")


@pytest.mark.parametrize("question", [
    "Is y = 2x a function?",
    "Draw the circle x^2 + y^2 = 4",
    "What is the equation of a circle?",
    "Which is heavier, 9.11 kg or 9.9 lb?",
    "Between 9 and 5 o'clock, which circle is bigger?",
    "Solve x^2 + 5x + 6 = 0",
    "Does the parabola y = x^2 intersect the line y = 1?",
    "Do the curves x^2 + 2y^2 = 4 and x^2 + y^2 = 1 intersect?",
    "What is the area of the circle x^2 + y^2 = -4?",
    "What is the slope of the line y = 2x + 1?",
    "Where do the lines y = 2x + 1 and y = -x + 4 intersect?",
    "Expand (x + 1)^2",
    "Do the circles x^2 + y^2 = 4 and x^2 + y^2 = 4 intersect?",
    "How many times does the line y = 2x + 1 intersect the line 2x - y = -1?",
    "Is the circle x^2 + y^2 = 4 a line?",
    "Does the line x^2 + y^2 = 4 intersect the circle x^2 + y^2 = 1?",
    "What is the center of a circle with radius 5?",
    "What is the area of a circle with radius 5 cm in square meters?",
    "What is the circumference of a circle with diameter 25 cm in m?",
    "What is the circumference of a circle with diameter 25 cm and radius 3 mm?",
    "What is the perimeter of a circle with radius 5 cm in square cm?",
    "What is the distance between (0 cm, 0) and (3, 4)?",
    "半径为5厘米的圆的周长是多少米？",
    "What is the area of triangle ABC, where A = (0,0), B = (4,0)?",
    "What is the area of triangle ABC, where A = (0,0), B = (4,0), C = (0,3), D = (1,1)?",
    "What is the midpoint of AB, where A = (0,0) and B = (2,2)?",
    "How many points do ray AB and segment CD have in common, where A = (0,0), B = (1,1), "
    "C = (0,1) and D = (1,0)?",
    "What is the area of triangle ABC, where A = (0,0), A = (4,0), C = (0,3)?",
    "Does the line y = 1 cross the circle x^2 + y^2 = 1?",
    "Does the segment from (0,0) to (4,4) cross the segment from (4,4) to (8,0)?",
    "Is the line through (0,0) and (1,1) parallel to the line through (2,2) and (3,3)?",
    "Are the circles x^2 + y^2 = 4 and (x - 3)^2 + y^2 = 1 parallel?",
    "画出圆x^2+y^2=4",
    "直线y=2x+1的斜率是多少？",
    "求解方程x^2-4=0",
    "两条线段(0,0)到(1,1)和(2,2)到(3,3)平行吗？",
])
def test_new_classes_decline_what_they_do_not_cover(question: str) -> None:
    assert isinstance(ask(question), Declined), question


GEOMETRY_HOSTILE = {
    "squares": "x^2 + " * 800 + "= 4",
    "shifted squares": "(x - 5)^2 + " * 450 + "= 4",
    "line chain": "y = 2x + " * 550,
    "equals chain": "x = " * 1200,
    "definitions": "How many points do segment AB, where " + "A = (1, 2), " * 380,
    "where chain": "where A = (1, 2)" * 300,
    "units": "radius 5 cm in " * 330,
    "zh units": "多少平方厘米" * 800,
    "axes": "the x-axis " * 450,
    "capitals": "A " * 2500,
    "question marks": "What is the area of a circle with radius 5" + "?" * 4900,
    "boundaries": "the boundary of " * 300,
    "arrows": "What is the area of the polygon " + "(1, 2) -> " * 390,
    "bracketed circles": "do circles " + "(centre at (1, 2), r = 3) and " * 140,
    "named circles": "Circle A: center (0,0), r=5. " * 130,
    "labelled centres": "circle 1 at (2, -1) radius 3, " * 150,
    "anonymous circles": "A circle has center (1,1) and radius 3. Another has " * 75,
    "bare points": "the point 6,6 " * 350,
    "labelled ends": "segment ab goes from A(1,2) to " * 150,
    "zh joined": "依次连接" + "(1, 2)、" * 500,
    "it": ("Given the polygon with vertices (0, 0), (4, 0), (4, 4), is the point (1, 1) "
           + "inside it, " * 300),
    "zones": "Two circular zones: zone A has its centre at (4,5) and r = 8; zone " * 60,
    "zone header": "Two circular " + "coverage " * 900 + "zones: zone A",
    "semicolon vertices": "Vertices in order: " + "(1, 2); " * 450,
    "named places": "Pad 1 sits at (13, 30) and pad 2 at " * 110,
    "circular things": "A circular " + "table " * 700 + "has a diameter of 18.",
    "boxed": "In triangle ABC, " + "A(1, 2), " * 400 + "Put the final answer in \\boxed{}.",
    "zh polygon first": "多边形的顶点依次为" + "(1, 2)、" * 500 + "。点(1, 1)在多边形的内部",
}


@pytest.mark.parametrize("name", sorted(GEOMETRY_HOSTILE))
def test_new_patterns_stay_fast_on_hostile_input(name: str) -> None:
    import guardrail

    text_in = GEOMETRY_HOSTILE[name][:5000]
    assert_linear_cost(ask, text_in[:3990], (name, "solver"))
    assert_linear_cost(guardrail.route, text_in, (name, "route"))


@pytest.mark.parametrize(("question", "expected"), EQUATIONS + LABELS + PIECES + MEASURES)
def test_new_phrasings_are_routed_to_the_solver(question: str, expected: str) -> None:
    import guardrail

    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.tool == "geometry", decision
    assert decision.value == expected


@pytest.mark.parametrize("question", [
    "Which is heavier, 9.11 kg or 9.9 lb?",
    "Between 9 and 5 o'clock, which is busier?",
    "Is y = 2x a function?",
    "Draw the circle x^2 + y^2 = 4",
    "What is the equation of a circle?",
    "What is the area of a circle with radius 5 cm in metres?",
    "Where do the lines y = 2x + 1 and y = -x + 4 intersect?",
    "What is the midpoint of AB, where A = (0,0) and B = (2,2)?",
])
def test_brief_declines_never_reach_a_tool(question: str) -> None:
    import guardrail

    assert guardrail.route(question).route != "tool", question


# ---------------------------------------------------------------------------------------------
# Where a point lies, with the answer options listed in any order; boundary points in yes/no
# questions; shapes stated as facts; named segments; "in terms of pi".

TRIANGLE = "the triangle with vertices (0,0), (4,0), (0,4)"
OPTIONS = [
    (f"Where does the point (2, 2) lie relative to {TRIANGLE}: inside, on the boundary, or "
     "outside?", "boundary"),
    (f"Where does the point (1, 1) lie relative to {TRIANGLE}: inside, on the boundary, or "
     "outside?", "inside"),
    (f"Where is the point (5, 5) with respect to {TRIANGLE}? Inside, outside or on the edge?",
     "outside"),
    ("Where is the point (1, 1) relative to the circle centered at (0,0) with radius 1? "
     "Inside, outside or on the circle?", "outside"),
    (f"Is the point (1, 1) inside, on the boundary of, or outside {TRIANGLE}?", "inside"),
    (f"Is the point (2, 2) on the boundary of, inside, or outside {TRIANGLE}?", "boundary"),
    (f"Determine whether the point (5, 1) lies inside, outside, or on the boundary of "
     f"{TRIANGLE}.", "outside"),
    (f"Relative to {TRIANGLE}, where is the point (2, 2)?", "boundary"),
    (f"What is the position of the point (5, 5) relative to {TRIANGLE}? Inside, outside or on "
     "the boundary?", "outside"),
    ("点(2,2)在三角形(0,0),(4,0),(0,4)的内部、边界上还是外部？", "boundary"),
    ("点(5,5)位于三角形(0,0),(4,0),(0,4)的边界上、内部还是外部？", "outside"),
    ("点(1,1)在三角形(0,0),(4,0),(0,4)的什么位置？", "inside"),
]


@pytest.mark.parametrize(("question", "expected"), OPTIONS)
def test_where_questions_list_their_options_in_any_order(question: str, expected: str) -> None:
    import guardrail

    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.tool == "geometry", decision
    assert decision.value == expected


@pytest.mark.parametrize("question", [
    # an inside and an outside option are both needed: "in or on" asks a yes/no question
    f"Is the point (1, 2) in or on {TRIANGLE}?",
    "点(1,1)在三角形(0,0),(4,0),(0,4)的内部还是边界上？",
    f"Where does the point (1, 1) lie relative to {TRIANGLE}: inside, or above?",
])
def test_incomplete_option_lists_decline(question: str) -> None:
    assert isinstance(ask(question), Declined), question


BOUNDARY_YES_NO = [
    # on the boundary: inside the closed region, not the open one, so neither yes nor no
    (f"Is the point (2, 2) inside {TRIANGLE}?", "boundary"),
    (f"Is the point (2, 2) outside {TRIANGLE}?", "boundary"),
    (f"Does {TRIANGLE} contain the point (2, 2)?", "boundary"),
    (f"Is the point (2, 2) in the interior of {TRIANGLE}?", "boundary"),
    ("Is the point (3, 4) inside the circle centered at (0, 0) with radius 5?", "boundary"),
    ("Does the circle centered at (0, 0) with radius 5 contain the point (3, 4)?", "boundary"),
    ("点(2,2)在三角形(0,0),(4,0),(0,4)内部吗？", "boundary"),
    ("点(3,4)在圆心为(0,0)、半径为5的圆外吗", "boundary"),
    # "on" questions are about the boundary itself
    (f"Is the point (2, 2) on the boundary of {TRIANGLE}?", "yes"),
    ("Is the point (3, 4) on the circle centered at (0, 0) with radius 5?", "yes"),
    # off the boundary, yes/no as usual
    (f"Is the point (1, 1) inside {TRIANGLE}?", "yes"),
    (f"Is the point (5, 5) inside {TRIANGLE}?", "no"),
]


@pytest.mark.parametrize("question", [
    # a circle touching the other from inside: inside the closed disk, not strictly inside
    "Is the circle centered at (1,0) with radius 1 inside the circle centered at (0,0) with "
    "radius 2?",
    "Does the circle centered at (0,0) with radius 2 contain the circle centered at (1,0) "
    "with radius 1?",
    "Does the circle with centre (0, 0) and radius 7 completely contain the circle with centre "
    "(3, 4) and radius 2?",
    "圆心在(1,0)半径为1的圆在圆心在(0,0)半径为2的圆内部吗",
])
def test_circles_touching_from_inside_are_neither_inside_nor_not(question: str) -> None:
    assert isinstance(ask(question), Declined), question
    relation = question.replace("Is the circle", "What is the relationship between the circle")
    if relation != question:
        assert value_of(relation.replace(" inside the circle", " and the circle")) == \
            "internally tangent"


@pytest.mark.parametrize(("question", "expected"), BOUNDARY_YES_NO)
def test_boundary_cases_are_named_not_answered_yes_or_no(question: str, expected: str) -> None:
    result = ask(question)
    assert not isinstance(result, Declined), (question, result)
    value, sentence = result
    assert value == expected
    if expected == "boundary":
        assert ("neither strictly inside nor outside" in sentence
                or "既不在" in sentence), sentence


STATED = [
    ("The vertices of a triangle are (0,0), (6,0) and (3,4). What is its area?", "12"),
    ("A triangle has vertices (0,0), (6,0) and (3,4). What is its perimeter?", "16"),
    ("Given the points A(1, 2) and B(4, 6), find the length of AB.", "5"),
    ("What is the distance AB, where A = (0, 0) and B = (3, 4)?", "5"),
    ("Find the area of a circle with radius 3. Give an exact answer in terms of pi.", "9*pi"),
    ("What is the area of a circle with radius 3 (in terms of π)?", "9*pi"),
    ("What is the circumference of a circle of radius 4, in terms of pi?", "8*pi"),
    ("半径为3的圆的面积是多少？（结果保留π）", "9*pi"),
    ("两点(1,2)和(4,6)之间的距离是多少？", "5"),
    ("Area of a circle with radius 6?", "36*pi"),
    ("Circumference of a circle with diameter 9?", "9*pi"),
    ("A circle's radius is 5. Find its area.", "25*pi"),
    ("已知三角形三个顶点为 (0,0)、(4,0)、(0,3)，求它的面积。", "6"),
]


@pytest.mark.parametrize(("question", "expected"), STATED)
def test_stated_shapes_named_segments_and_pi(question: str, expected: str) -> None:
    import guardrail

    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.tool == "geometry", decision
    assert decision.value == expected


@pytest.mark.parametrize("question", [
    "What is the area of a circle with radius 3? Use 3.14 for pi.",
    "The vertices of a triangle are (0,0), (6,0) and (3,4). Is it isosceles?",
    "Given points A(1, 2) and B(4, 6), how long does it take to walk from A to B?",
    "What is the length of AB?",
])
def test_stated_shapes_decline_what_they_do_not_cover(question: str) -> None:
    import guardrail

    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "expected"), [
    ("If r = 4, what is the area of the circle?", "16*pi"),
    ("Find the area of the circle when the radius is 4.5.", "81*pi/4"),
    ("What is the area of the circle if the radius is 4 cm?", "16*pi"),
    ("Given a radius of 4, find the area of the circle.", "16*pi"),
    ("What's the circumference if the diameter is 10?", "10*pi"),
    ("若半径为4，圆的面积是多少？", "16*pi"),
    ("当直径是10厘米时，圆的周长是多少？", "10*pi"),
    ("r = 19 的圆周长是多少，结果带 π", "38*pi"),
])
def test_a_size_said_as_a_condition(question: str, expected: str) -> None:
    import guardrail

    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.tool == "geometry", decision
    assert decision.value == expected


@pytest.mark.parametrize("question", [
    "If the radius is doubled, what is the area of the circle?",
    "If the radius is 4, what is the area of a semicircle?",
    "If r = 4, what is the area of the sphere?",
    "What is the circumference of the earth if the diameter is 12742 km?",
    "When the radius is 3 and the height is 5, what is the area of the circle?",
    "If the radius is 4, how many circles fit in a square of side 20?",
    "Find the area of the circle when the radius is 4 m/s.",
    "若半径为4，半圆的面积是多少？",
    "若半径为4，圆柱的底面积是多少？",
    "若半径扩大2倍，圆的面积是多少？",
    "若半径为4，圆心到原点的距离是多少？",
])
def test_a_size_said_as_a_condition_declines_around_other_things(question: str) -> None:
    import guardrail

    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "expected"), [
    ("What is the area of the parallelogram with vertices (0,0), (4,0), (5,3), (1,3)?", "12"),
    ("Find the area of the trapezoid with vertices (0,0), (6,0), (4,3), (2,3).", "12"),
    ("What is the perimeter of the rhombus with vertices (0,0), (3,4), (8,4), (5,0)?", "20"),
    ("What is the area of parallelogram ABCD, where A = (0,0), B = (4,0), C = (5,3) and "
     "D = (1,3)?", "12"),
    ("平行四边形(0,0),(4,0),(5,3),(1,3)的面积是多少？", "12"),
    ("梯形(0,0),(6,0),(4,3),(2,3)的面积是多少？", "12"),
    ("What is the area of the octagon with vertices (1,0), (2,0), (3,1), (3,2), (2,3), (1,3), "
     "(0,2), (0,1)?", "7"),
])
def test_more_named_polygons(question: str, expected: str) -> None:
    assert value_of(question) == expected


@pytest.mark.parametrize("question", [
    # the vertices must form the shape named
    "What is the area of the parallelogram with vertices (0,0), (4,0), (5,3), (0,3)?",
    "What is the area of the rhombus with vertices (0,0), (4,0), (5,3), (1,3)?",
    "What is the area of the trapezoid with vertices (0,0), (4,0), (5,3), (0,1)?",
    "What is the area of the octagon with vertices (0,0), (4,0), (4,4), (0,4)?",
])
def test_named_polygons_must_be_what_they_say(question: str) -> None:
    assert isinstance(ask(question), Declined), question


# Two named circles described first; definitions right after a named shape; "in order".
@pytest.mark.parametrize(("question", "value"), [
    ("Circle A has center (-7, 3) and radius 7; circle B has center (-7, 12) and radius 2. "
     "Are the two circles tangent to each other?", "yes"),
    ("Circle A has center (5, 7) and radius 4; circle B has center (10.5992, 2.8006) and radius "
     "3. Are the two circles tangent to each other?", "no"),
    ("Circle A has center (0, 0) and radius 5. Circle B has center (3, 0) and radius 1. How many "
     "points do they share?", "0"),
    ("Circle C1 has radius 2 and center (0, 0), and circle C2 has center (4, 0) and radius 2. Do "
     "circle C1 and circle C2 intersect?", "yes"),
    ("圆A的圆心为(0,0)，半径为3；圆B的圆心为(5,0)，半径为2。两圆是否相切？", "yes"),
    ("圆A的圆心为(0,0)，半径为3；圆B的半径为2，圆心为(5,0)。圆A与圆B有几个交点？", "1"),
    ("线段AB（A(-2, -2)，B(-6, 6)）与线段CD（C(-5, 0)，D(-6, -1)）有几个交点？", "0"),
    ("线段AB（A(5, -5)，B(0, 5)）与线段CD（C(-3, -2)，D(5, 1)）有几个交点？", "1"),
    ("Do segment AB (A(0, 0), B(4, 4)) and segment CD (C(0, 4), D(4, 0)) intersect?", "yes"),
    ("What is the area of triangle ABC (A(0, 0), B(4, 0), C(0, 3))?", "6"),
    ("Find the area of the polygon whose vertices, in order, are (1, 6), (6, 5), (8, 9), (6, 12), "
     "(2, 11).", "34"),
    ("Find the perimeter of the polygon with vertices, in clockwise order, (0, 0), (0, 4), "
     "(3, 0).", "12"),
    ("The vertices of a quadrilateral, in order, are (0, 0), (4, 0), (4, 3), (0, 3). What is "
     "its area?", "12"),
    ("A polygon has vertices (0,0), (4,0), (4,3) and (0,3) listed in order. Find its perimeter.",
     "14"),
    ("Find the area of the polygon with vertices in order (3, -1), (3, 8), (11, 8), (11, -1).",
     "72"),
])
def test_named_circles_inline_definitions_and_order(question: str, value: str) -> None:
    result = ask(question)
    assert not isinstance(result, Declined), (question, result)
    assert result[0] == value


@pytest.mark.parametrize("question", [
    # a name used outside the reference to both circles, or one circle named twice
    "Circle A has center (0, 0) and radius 5. Circle B has center (3, 0) and radius 1. Does "
    "circle A contain circle A?",
    "Circle A has center (0, 0) and radius 5. Circle B has center (3, 0) and radius 1. What is "
    "the area of circle A?",
    "Circle A has center (0, 0) and radius 5. Circle B has center (3, 0) and radius 1. Do they "
    "meet, and is B inside A?",
    "Circle A: center (0,0), r=5. Circle B: center (1,0), r=1. Is B inside A? A short answer.",
    "圆A的圆心为(0,0)，半径为3；圆B的圆心为(1,0)，半径为1。圆A在圆A内部吗？",
    "Circle A has center (0, 0) and radius 5; circle A has center (3, 0) and radius 1. Are they "
    "tangent?",
    "圆A的圆心为(0,0)，半径为3；圆B的圆心为(5,0)，半径为2。圆A的面积是多少？",
    "圆A的圆心为(0,0)，半径为3；圆A的圆心为(5,0)，半径为2。两圆是否相切？",
    # the letters defined are not the shape's vertices
    "线段AB（A(5, -5)，C(0, 5)）与线段CD（C(-3, -2)，D(5, 1)）有几个交点？",
])
def test_named_shapes_that_decline(question: str) -> None:
    assert isinstance(ask(question), Declined)


@settings(max_examples=80, deadline=None)
@given(st.integers(-50, 50), st.integers(-50, 50), st.integers(-50, 50), st.integers(-50, 50))
def test_slope_is_rise_over_run(x1: int, y1: int, x2: int, y2: int) -> None:
    question = f"What is the slope of the line through ({x1}, {y1}) and ({x2}, {y2})?"
    result = ask(question)
    if x1 == x2:
        assert isinstance(result, Declined)
        return
    assert not isinstance(result, Declined), (question, result)
    slope = Fraction(y2 - y1, x2 - x1)
    expected = str(slope.numerator) if slope.denominator == 1 else (
        f"{slope.numerator}/{slope.denominator}")
    assert result[0] == expected


@pytest.mark.parametrize(("question", "value"), [
    ("Find the slope between the points (1, 2) and (4, 3).", "1/3"),
    ("What is the slope of the segment from (0, 0) to (3, -6)?", "-2"),
    ("过点(1,2)和(3,6)的直线的斜率是多少？", "2"),
])
def test_slope_phrasings(question: str, value: str) -> None:
    result = ask(question)
    assert not isinstance(result, Declined), (question, result)
    assert result[0] == value


@pytest.mark.parametrize("question", [
    "What is the slope of the circle x^2 + y^2 = 1?",
    "What is the gradient of the line y = 3x - 2?",  # read off an equation: left to the model
    "What is the slope between (1, 1) and (1, 1)?",
])
def test_slopes_that_decline(question: str) -> None:
    assert isinstance(ask(question), Declined)


# ---------------------------------------------------------------------------------------------
# More ways to write the same shapes: circles described in brackets ("(centre at (0, 0), r =
# 6)"), circles introduced one sentence each ("A circle has ... Another has ..."), circle names
# used one at a time ("Is B inside A?"), labelled segment ends ("segment AB goes from A(7, 7) to
# B(2, 9)"), vertices joined by arrows, a "Polygon: ..." header, questions about "it", bare
# points ("the point 6,6") and "依次连接 ... 得到的多边形". Checked against the same oracles.

@SETTINGS
@given(c1=points, r1=radii, c2=points, r2=radii)
def test_circle_pairs_in_more_phrasings(c1: Point, r1: Fraction, c2: Point, r2: Fraction
                                        ) -> None:
    expected = oracle_circles(c1, r1, c2, r2)
    d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
    overlap = "yes" if d2 < (r1 + r2) ** 2 else "no"
    assert value_of(f"do circles (centre at {pt(c1)}, r = {text(r1)}) and (centre at {pt(c2)}, "
                    f"r = {text(r2)}) overlap") == overlap
    assert value_of(f"A circle has center {pt(c1)} and radius {text(r1)}. Another has center "
                    f"{pt(c2)} and radius {text(r2)}. Do they overlap?") == overlap
    count = ask(f"Circle A: center {pt(c1)}, r={text(r1)}. Circle B: center {pt(c2)}, "
                f"r={text(r2)}. How many points do they have in common?")
    zh = ask(f"圆A的圆心是{pt(c1)}，半径{text(r1)}；圆B的圆心是{pt(c2)}，半径{text(r2)}。"
             "这两个圆有几个交点？")
    if expected is None:
        assert isinstance(count, Declined) and isinstance(zh, Declined)
        return
    assert not isinstance(count, Declined) and count[0] == str(expected)
    assert not isinstance(zh, Declined) and zh[0] == str(expected)
    inside = ask(f"Circle A: center {pt(c1)}, r={text(r1)}. Circle B: center {pt(c2)}, "
                 f"r={text(r2)}. Is A inside B?")
    if r1 < r2 and d2 == (r2 - r1) ** 2:
        assert isinstance(inside, Declined)  # touching from inside: neither yes nor no
    else:
        assert not isinstance(inside, Declined)
        assert inside[0] == ("yes" if r1 < r2 and d2 < (r2 - r1) ** 2 else "no")


@SETTINGS
@given(a=points, b=points, c=points, r=radii)
def test_segment_in_common_with_a_circle(a: Point, b: Point, c: Point, r: Fraction) -> None:
    assume(a != b)
    question = (f"How many points does the line segment from {pt(a)} to {pt(b)} have in common "
                f"with the circle of radius {text(r)} centered at {pt(c)}?")
    assert value_of(question) == str(oracle_segment_circle(a, b, c, r))


@SETTINGS
@given(a=points, b=points, c=points, d=points)
def test_labelled_segment_ends_match_cross_products(a: Point, b: Point, c: Point, d: Point
                                                    ) -> None:
    assume(a != b and c != d)
    expected = oracle_linear_points(a, b, True, c, d, True)
    bare = lambda p: f"({text(p[0])},{text(p[1])})"  # noqa: E731
    result = ask(f"Segment AB goes from A{bare(a)} to B{bare(b)} and segment CD from C{bare(c)} "
                 f"to D{bare(d)}. How many intersection points do they have?")
    if expected is None:
        assert isinstance(result, Declined)
    else:
        assert not isinstance(result, Declined) and result[0] == str(len(expected))


@SETTINGS
@given(polygon=star_polygons(), data=st.data())
def test_point_in_polygon_more_phrasings(polygon: list[Point], data: st.DataObject) -> None:
    n = len(polygon)
    i = data.draw(st.integers(0, n - 1))
    a, b = polygon[i], polygon[(i + 1) % n]
    probe = data.draw(st.one_of(
        points, st.just(a), st.just(((a[0] + b[0]) / 2, (a[1] + b[1]) / 2))))
    where = oracle_location(probe, polygon)
    arrows = " -> ".join(pt(v) for v in polygon)
    listed = ", ".join(pt(v) for v in polygon)
    assert value_of(f"Given the polygon with vertices {arrows}, is the point {pt(probe)} inside "
                    "it, outside it, or on its boundary?") == where
    assert value_of(f"Polygon: {listed}. Where does the point {text(probe[0])},{text(probe[1])} "
                    "lie relative to it - inside, on the boundary, or outside?") == where
    assert value_of(f"Given the polygon with vertices {listed}, is the point {pt(probe)} inside "
                    "it?") == ("yes" if where == "inside" else
                               "boundary" if where == "boundary" else "no")


@SETTINGS
@given(polygon=star_polygons())
def test_polygon_joined_in_order_in_chinese(polygon: list[Point]) -> None:
    joined = "、".join(pt(v) for v in polygon)
    area = value_of(f"依次连接{joined}得到的多边形面积是多少？")
    assert Fraction(area) == oracle_area(polygon)
    english = value_of(f"What is the area of the polygon {' -> '.join(pt(v) for v in polygon)}?")
    assert Fraction(english) == oracle_area(polygon)


MORE_PHRASINGS = [
    ("How many points does the line segment from (-2, -3) to (-4, -9) have in common with the "
     "circle of radius 3 centered at (-3, 2)?", "0"),
    ("How many points does the line segment from (8, -3) to (-9, -2) have in common with the "
     "circle of radius 6 centered at (2, 0)?", "2"),
    ("Polygon: (2, 2), (10, 2), (6, 6), (4, 6). Where does the point 6,6 lie relative to it - "
     "inside, on the boundary, or outside?", "boundary"),
    ("Polygon: (0, 3), (4, 3), (4, 8), (0, 8). Where does the point 3,7 lie relative to it - "
     "inside, on the boundary, or outside?", "inside"),
    ("Triangle: (0, 0), (4, 0), (0, 4). Is the point (1, 1) inside, outside or on the boundary "
     "of it?", "inside"),
    ("whats the area of the rectangle with corners (-3,1),(2,1),(2,8),(-3,8)", "35"),
    ("圆A的圆心是(2,3)，半径5；圆B的圆心是(-8,-3)，半径3。这两个圆相交吗？", "no"),
    ("圆A的圆心是(1,2)，半径7；圆B的圆心是(-6,-3)，半径8。这两个圆相交吗？", "yes"),
    ("圆A：圆心(0,0)，半径3；圆B：圆心(5,0)，半径2。两圆相切吗？", "yes"),
    ("圆A的圆心为(0,0)，半径为3；圆B的圆心为(1,0)，半径为1。圆B在圆A内部吗？", "yes"),
    ("do circles (centre at (-5,-1), r = 6) and (centre at (-15,-5), r = 6) overlap", "yes"),
    ("do circles (centre at (-5,1), r = 3) and (centre at (7,10), r = 8) overlap", "no"),
    ("Do the circles (center (0, 0), radius 2) and (center (3, 0), radius 2) intersect?", "yes"),
    ("Is the point (1, 1) inside the circle (center (0, 0), r = 2)?", "yes"),
    ("Is the point (1, 1) inside the circle (centre (0, 0), diameter 2)?", "no"),
    ("What is the area of the circle centered at (0, 0) with r = 3?", "9*pi"),
    ("Segment AB goes from A(7,7) to B(2,9) and segment CD from C(9,-1) to D(-5,3). How many "
     "intersection points do they have?", "0"),
    ("Segment AB goes from A(-3,3) to B(2,2) and segment CD from C(-3,0) to D(1,4). How many "
     "intersection points do they have?", "1"),
    ("Does line AB through A(0,0) and B(1,1) intersect segment CD from C(0,4) to D(4,0)?", "yes"),
    ("Given the polygon with vertices (-1, 1) -> (5, 1) -> (5, 3) -> (-1, 3), is the point "
     "(2, 2) inside it, outside it, or on its boundary?", "inside"),
    ("Given the polygon with vertices (0, -2) -> (-2, 3) -> (4, -1), is the point (2, -1.5) "
     "inside it, outside it, or on its boundary?", "boundary"),
    ("Consider the circle centered at (0,0) with radius 5. Is the point (3, 4) on it?", "yes"),
    ("Given the triangle with vertices (0, 0), (4, 0), (0, 4), is the point (2, 2) inside it?",
     "boundary"),
    ("依次连接(2, -2)、(10, -2)、(10, 0)、(4, 0)、(4, 6)、(2, 6)得到的多边形周长是多少？", "32"),
    ("依次连接(-1, -3)、(5, -3)、(3, 0)、(0, 0)得到的多边形周长是多少？", "9+sqrt(10)+sqrt(13)"),
    ("点(1,1)在依次连接(0,0)、(4,0)、(4,4)、(0,4)得到的正方形内部吗？", "yes"),
    ("What is the area of the polygon formed by connecting the points (0,0), (4,0), (4,3)?",
     "6"),
    ("A circle has center (1,1) and radius 3. Another has center (10,10) and radius 2. Do they "
     "overlap?", "no"),
    ("One circle has center (0,0) and radius 5; the second circle has center (3,0) and radius "
     "2. Are they tangent?", "yes"),
    ("Circle A: center (0,0), r=5. Circle B: center (1,0), r=1. Is B inside A?", "yes"),
    ("Circle A: center (0,0), r=5. Circle B: center (1,0), r=1. Is circle A inside circle B?",
     "no"),
    ("Circle A has center (0, 0) and radius 5. Circle B has center (3, 0) and radius 1. Does "
     "circle A contain circle B?", "yes"),
    ("Circle A is centered at (0,0) with radius 5. Circle B is centered at (1,0) with radius 1. "
     "Is B inside A?", "yes"),
    ("A circle is centered at (0,0) with radius 5, and another is centered at (3,0) with radius "
     "2. Are they tangent?", "yes"),
    ("Circle A has its center at (0, 0) and its radius is 5. Circle B has center (3, 0) and "
     "radius 1. How many points do they have in common?", "0"),
    ("一个圆的圆心是(1,1)，半径3；另一个圆的圆心是(10,10)，半径2。它们相交吗？", "no"),
    ("一个圆的圆心是(0,0)，半径5；另一个圆的圆心是(3,0)，半径2。两圆相切吗？", "yes"),
    ("多边形(0,0)→(4,0)→(4,3)的面积是多少？", "6"),
]


@pytest.mark.parametrize(("question", "expected"), MORE_PHRASINGS)
def test_more_phrasings(question: str, expected: str) -> None:
    assert value_of(question) == expected


@pytest.mark.parametrize("question", [
    # a circle without its radius, or with a second unexplained number
    "do circles (centre at (-5,-1)) and (centre at (-15,-5), r = 6) overlap",
    "do circles (centre at (-5,-1), r = 6, s = 2) and (centre at (-15,-5), r = 6) overlap",
    "A circle has center (1,1). Another has center (10,10) and radius 2. Do they overlap?",
    "A circle has center (1,1) and radius 3. Another has center (10,10) and radius 2. What is "
    "the area of the first one?",
    "一个圆的圆心是(0,0)，半径5；另一个圆的圆心是(3,0)，半径2。圆A相切吗？",
    "一个圆的圆心是(0,0)；另一个圆的圆心是(3,0)，半径2。两圆相切吗？",
    # 3-D points, a point that may be one number, three numbers after "point"
    "Polygon: (0, 0), (4, 0), (4, 4). Where does the point (1, 1, 1) lie relative to it - "
    "inside, on the boundary, or outside?",
    "Polygon: (0, 0), (4, 0), (4, 4). Where does the point 1,234 lie relative to it - inside, "
    "on the boundary, or outside?",
    "Polygon: (0, 0), (4, 0), (4, 4). Where does the point 1,2,3 lie relative to it - inside, "
    "on the boundary, or outside?",
    # labels that do not spell the segment's name, or only one end labelled
    "Segment AB goes from A(7,7) to C(2,9) and segment CD from C(9,-1) to D(-5,3). How many "
    "intersection points do they have?",
    "Segment AB goes from A(7,7) to (2,9) and segment CD from C(9,-1) to D(-5,3). How many "
    "intersection points do they have?",
    # a closing repeat of the first vertex, or arrows with a gap
    "What is the area of the polygon (0,0) -> (4,0) -> (4,3) -> (0,0)?",
    # "it" with two shapes before it, or no shape at all
    "Given the triangle with vertices (0, 0), (4, 0), (0, 4) and the circle centered at (0, 0) "
    "with radius 1, is the point (2, 2) inside it?",
    "Is the point (2, 2) inside it, outside it, or on its boundary?",
    # not in order: which polygon is meant is not said
    "连接(-1, -3)、(5, -3)、(3, 0)、(0, 0)得到的多边形周长是多少？",
    # shapes without coordinates, and things that are not plane geometry
    "What is the area of the circle of Willis?",
    "Do the circles of radius 3 and 4 overlap?",
    "Is the point (1, 2, 3) inside the sphere (center (0, 0, 0), r = 5)?",
])
def test_more_phrasings_decline_near_misses(question: str) -> None:
    assert isinstance(ask(question), Declined), question


# ---------------------------------------------------------------------------------------------
# Phrasings real users type: lead-ins ("sanity check:", "pls", "can u"), trailers ("... is?",
# "thanks"), a first-person context sentence, a named subject ("The bed is a polygon ..."),
# "dist", "(x=1, y=2)", space-separated vertices, size-first circles ("a radius 5 circle"),
# bare "center (0,0) radius 5", definitions without "let", "AB的长度", "以P为圆心、半径为5的圆",
# "touch". Values are hand-checked here and property-checked against the oracles below.

USER_PHRASINGS = [
    ("sanity check: is (3,4) inside the polygon [(0,0),(5,0),(5,5),(0,5)]?", "yes"),
    ("dist between (1,1) and (4,5)?", "5"),
    ("pls find distance between (2,3) and (5,7)", "5"),
    ("can u find the distance between (0,0) and (3,4)", "5"),
    ("distance (0,0) to (3,4)", "5"),
    ("the distance between (0,0) and (3,4) is?", "5"),
    ("quick question: how far is (0,0) from (5,12)? thanks", "13"),
    ("What's the distance between the point 3,4 and the origin?", "5"),
    ("What is the distance between the points (x=1, y=2) and (x=4, y=6)?", "5"),
    ("A = (1,2), B = (4,6). Find the distance between A and B.", "5"),
    ("I'm designing a garden. The bed is a polygon with corners (0,0), (6,0), (6,4), (0,4). "
     "What's its area?", "24"),
    ("My backyard is a polygon with vertices (0,0), (10,0), (10,5), (0,5). What is its area?",
     "50"),
    ("area of the triangle with points (0,0) (4,0) (0,3)", "6"),
    ("area of circle radius 5", "25*pi"),
    ("circle with r=5, area?", "25*pi"),
    ("Find the circumference of a radius 5 circle.", "10*pi"),
    ("What's the area of a radius 5 circle centered at the origin?", "25*pi"),
    ("Is the point (1, 1) inside the circle center (0,0) radius 2?", "yes"),
    ("Is (2, 0) inside the circle at (0,0) with radius 3?", "yes"),
    ("Do the circles with center (0,0) radius 5 and center (10,0) radius 5 touch?", "yes"),
    ("Do the circles with center (0,0) radius 1 and center (10,0) radius 2 touch?", "no"),
    ("Does the line y = 5 touch the circle x^2 + y^2 = 25?", "yes"),
    ("以(0,0)为圆心、半径为5的圆的面积是多少？", "25*pi"),
    ("已知A(0,0)，B(3,4)，求AB的长度", "5"),
    ("已知A(0,0)，B(3,4)，求AB的距离", "5"),
    ("Determine the distance between the points P(1, 2) and Q(4, 6).", "5"),
    ("Find the area of triangle ABC where A = (0,0), B = (4,0), C = (0,3).", "6"),
    ("Find the area of the pentagon with vertices (0,0), (4,0), (5,3), (2,5), (-1,3).", "21"),
    ("Let A = (1, 2) and B = (4, 6). What is the distance from A to B?", "5"),
    ("How many intersection points do the circles x^2 + y^2 = 4 and (x - 3)^2 + y^2 = 4 have?",
     "2"),
    ("Circle A: center (0,0), r=5. Circle B: center (20,0), r=3. Do they intersect?", "no"),
    ("点(1,2)到点(4,6)的距离是多少？", "5"),
    ("圆心为(0,0)、半径为2的圆与圆心为(3,0)、半径为2的圆是否相交？", "yes"),
]


@pytest.mark.parametrize(("question", "expected"), USER_PHRASINGS)
def test_user_phrasings_are_answered(question: str, expected: str) -> None:
    import guardrail

    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.tool == "geometry", decision
    assert decision.value == expected


@pytest.mark.parametrize("question", [
    "What is the distance between (1, 2, 3) and (4, 5, 6)?",
    "What is the volume of a sphere with radius 3?",
    "Do the spheres centered at (0,0,0) with radius 1 and (1,1,1) with radius 1 intersect?",
    "Find the area of the polygon with vertices (0,0), (4,4), (4,0), (0,4).",
    "What is the distance between (1, 2) and (4, 6) in miles?",
    "Do the circles centered at (0,0) and (3,0) intersect?",
    "What is the diagonal of the rectangle with vertices (0,0), (4,0), (4,3), (0,3)?",
    "Find the centroid of the triangle with vertices (0,0), (4,0), (0,3).",
    "What is the distance between (0,0) and (3,4) and (5,5)?",
    "Find the distance between (1,2) and (4,6), then add 3.",
    "Compute the distance between [1, 2] and [4, 6].",  # could be two intervals
    # "touch": two crossing points, or one circle inside the other, read differently
    "Do the circles with center (0,0) radius 5 and center (3,0) radius 5 touch?",
    "Do the circles with center (0,0) radius 5 and center (1,0) radius 1 touch?",
    # a context sentence that could change the question is not dropped
    "I'm measuring in feet. What is the distance between (0,0) and (3,4)?",
    "I'm not sure about the scale. What is the distance between (0,0) and (3,4)?",
    "I'm told to ignore the last vertex. What is the area of the polygon with vertices (0,0), "
    "(4,0), (4,3), (0,3)?",
    # a lead-in that is not content-free
    "hint: double it. What is the distance between (0,0) and (3,4)?",
    "What is the distance between (x=1, y=2, z=3) and (x=4, y=6, z=3)?",
    "What is the distance between (y=2, x=1) and (x=4, y=6)?",
    "the distance between (0,0) and (3,4) is 5?",
    "circle with r=5, area and circumference?",
    "Do the circles with center (0,0) diameter 5 and center (10,0) diameter 5 touch?",
    "已知A(0,0)，B(3,4)，C(1,1)，求AB的长度",
])
def test_user_phrasing_near_misses_decline(question: str) -> None:
    import guardrail

    decision = guardrail.route(question)
    assert decision.route != "tool" or decision.tool not in ("geometry", "shape_size"), decision


@SETTINGS
@given(c1=points, r1=radii, c2=points, r2=radii)
def test_touch_is_answered_only_when_both_readings_agree(c1: Point, r1: Fraction, c2: Point,
                                                         r2: Fraction) -> None:
    result = ask(f"Do the circles with center {pt(c1)} radius {text(r1)} and center {pt(c2)} "
                 f"radius {text(r2)} touch?")
    common = oracle_circles(c1, r1, c2, r2)
    d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2
    apart = common == 0 and d2 > (r1 + r2) ** 2
    if common == 1:
        assert not isinstance(result, Declined) and result[0] == "yes", result
    elif apart:
        assert not isinstance(result, Declined) and result[0] == "no", result
    else:  # two crossings, nested, or coinciding
        assert isinstance(result, Declined), result


@SETTINGS
@given(polygon=star_polygons(), lead=st.sampled_from([
    "I'm designing a garden. The bed is a polygon with corners {v}. What's its area?",
    "pls, what is the area of the polygon with vertices {v}? thanks",
    "sanity check: area of the polygon {w}",
    "can u find the area enclosed by the polygon with vertices {v}",
]))
def test_user_area_phrasings_match_trapezoids(polygon: list[Point], lead: str) -> None:
    question = lead.format(v=", ".join(pt(p) for p in polygon),
                           w=" ".join(pt(p) for p in polygon))
    result = ask(question)
    assert not isinstance(result, Declined), (question, result)
    assert Fraction(result[0]) == oracle_area(polygon)


USER_HOSTILE = {
    "lead-ins": "pls " * 1200 + "distance (0,0) to (3,4)",
    "can u": "can u " * 800 + "find the area",
    "trailers": "distance (0,0) to (3,4)" + " thanks" * 600,
    "is chain": "the distance between (0,0) and (3,4)" + " is" * 1300,
    "context": "I'm " + "planning a garden " * 200 + ". What's its area?",
    "xy points": "(x=1, y=2) " * 350,
    "circle bodies": "do the circles " + "with center (0,0) radius 5 and " * 130,
    "size first": "a radius 5 circle " * 250,
    "subjects": "the bed is " * 400,
    "spaced vertices": "area of the polygon " + "(1,2) " * 700 + "x",
}


@pytest.mark.parametrize("name", sorted(USER_HOSTILE))
def test_user_phrasing_patterns_stay_fast(name: str) -> None:
    assert_linear_cost(ask, USER_HOSTILE[name][:3990], name)


@pytest.mark.parametrize(("question", "value"), [
    ("Two circles: one centered at (0,0) with radius 3, the other centered at (5,0) with "
     "radius 3. Do they intersect?", "yes"),
    ("There are two circles: one has center (0,0) and radius 1, the other has center (5,0) and "
     "radius 1. How many points do they share?", "0"),
])
def test_a_header_naming_two_circles(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert (decision.route, decision.value) == ("tool", value), decision


def test_a_header_naming_two_circles_still_needs_a_question_about_them() -> None:
    question = ("Two circles: one centered at (0,0) with radius 3, the other centered at (5,0) "
                "with radius 3. Does it intersect the line?")
    assert guardrail.route(question).route != "tool"


@pytest.mark.parametrize(("question", "value"), [
    ("顶点依次是(0, 5), (2, 2), (9, 10), (5, 8)的多边形，面积是多少？", "39/2"),
    ("多边形的顶点依次为(0,0)、(4,0)、(4,3)、(0,3)，它的周长是多少？", "14"),
])
def test_chinese_vertices_given_in_order(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert (decision.route, decision.value) == ("tool", value), decision


# Phrasings of dev split 8, read as kinds: circles called zones/discs after a header, named
# circles given by diameter, "contain ... in its interior", semicolon vertex headers, named
# places, flat circular objects, "In triangle ABC, A(..)...", non-native circle pairs, "strictly
# inside" and a Chinese polygon described before the point.
@pytest.mark.parametrize(("question", "value"), [
    ("Two circular sprinkler zones on a lawn: zone A has its centre at (0,0) and r = 3; zone B "
     "has its centre at (10,0) and r = 2. Do the two zones overlap?", "no"),
    ("Two circular discs: disc P has its centre at (0,0) and r = 5; disc Q has its centre at "
     "(3,0) and r = 5. Do the two discs overlap?", "yes"),
    ("Circle A: center (0, 0), diameter 10. Circle B: center (8, 0), diameter 6. Determine the "
     "number of intersection points of A and B.", "1"),
    ("Circle A has center (0, 0) and diameter 10. Circle B has center (3, 0) and radius 1. Is B "
     "inside A?", "yes"),
    ("Does the triangle with corners (0, 0) , (6, 0) , (0, 6) contain the point (1, 1) in its "
     "interior?", "yes"),
    ("Does the triangle with corners (0, 0) , (6, 0) , (0, 6) contain the point (7, 7) in its "
     "interior?", "no"),
    ("Vertices in order: (0, 0); (4, 0); (4, 3); (0, 3). What's the enclosed area?", "12"),
    ("Corners: (0, 0); (4, 0); (0, 3). What is the area?", "6"),
    ("I'm planning a garden. Tree 1 is at (0, 0) and tree 2 at (3, 4). What's the distance "
     "between the trees?", "5"),
    ("Pad A sits at (1, 1) and pad B at (4, 5), both in the same grid units. How far apart are "
     "pads A and B?", "5"),
    ("A circular rug has a diameter of 10. Find its area (exact, in terms of π).", "25*pi"),
    ("A circular pond has a radius of 3. What is its circumference?", "6*pi"),
    ("In triangle PQR, P(0, 0), Q(4, 0), R(0, 3). Find the area of triangle PQR. Put the final "
     "answer in \\boxed{}.", "6"),
    ("i have circle center (0, 0) radius 2 and other circle center (10, 0) radius 3. how many "
     "common point they have?", "0"),
    ("Think step by step. A square has vertices (0, 0), (4, 0), (4, 4), (0, 4). Is the point "
     "(1, 1) strictly inside the square? Answer yes or no.", "yes"),
    ("Think step by step. A square has vertices (0, 0), (4, 0), (4, 4), (0, 4). Is the point "
     "(9, 1) strictly inside the square? Answer yes or no.", "no"),
    ("多边形的顶点依次为(0, 0)、(4, 0)、(4, 4)、(0, 4)。点(1, 1)在多边形的内部、边界上还是外部？",
     "inside"),
    ("三角形的顶点依次为(0, 0)、(4, 0)、(0, 4)。点(2, 2)在三角形的内部、外部还是边界上？",
     "boundary"),
])
def test_dev8_phrasing_kinds(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert (decision.route, decision.value) == ("tool", value), decision


@pytest.mark.parametrize("question", [
    # zones: a missing radius, a header that does not say circular, different nouns
    "Two circular coverage zones on a site map: zone A has its centre at (4,5); zone B has its "
    "centre at (-4,-8) and r = 7. Do the two zones overlap?",
    "Two coverage zones on a site map: zone A has its centre at (4,5) and r = 8; zone B has its "
    "centre at (-4,-8) and r = 7. Do the two zones overlap?",
    "Zone A has its centre at (4,5) and r = 8; zone B has its centre at (-4,-8) and r = 7. Do "
    "the two zones overlap?",
    "Two circular zones: zone A has its centre at (4,5) and r = 8; disc B has its centre at "
    "(-4,-8) and r = 7. Do the two zones overlap?",
    "Two circular zones not on the map: zone A has its centre at (4,5) and r = 8; zone B has "
    "its centre at (-4,-8) and r = 7. Do the two zones overlap?",
    # "contain" with 3-D points
    "Does the triangle with corners (0, 0, 1) , (6, 0, 1) , (0, 6, 1) contain the point "
    "(1, 1, 1) in its interior?",
    # a real-world circular thing without numbers, or not a flat circle
    "A circular table top has a diameter. Find its area (exact, in terms of π).",
    "A circular cylinder has a radius of 3. Find its area.",
    "A circular sector has a radius of 3. Find its area.",
    "A circular table top has a diameter of 18. Find its volume.",
    # the shape referred to is not the one described
    "A square has vertices (0, 0), (4, 0), (4, 4), (0, 4). Is the point (1, 1) strictly inside "
    "the triangle? Answer yes or no.",
    "三角形的顶点依次为(0, 0)、(4, 0)、(0, 4)。点(1, 1)在正方形的内部、边界上还是外部？",
    "多边形的顶点依次为(0, 0)、(4, 0)、(4, 4)、(0, 4)。点(1, 1)在圆的内部、边界上还是外部？",
    # "In triangle ABC" naming another triangle than the question
    "In triangle ABC, A(0, 0), B(4, 0), C(0, 3). Find the area of triangle ABD.",
    # named places: a name used again, unlike nouns, a 3-D point, no reference to both
    "Pad 1 sits at (13, 30) and pad 2 at (25, 35). What's the distance between the pads if pad "
    "1 moves?",
    "Pad 1 sits at (13, 30) and hole 2 at (25, 35). What's the distance between the pads?",
    "Pad 1 sits at (13, 30, 2) and pad 2 at (25, 35, 1). What's the distance between the pads?",
    "Pad 1 sits at (13, 30) and pad 2 at (25, 35). What's the distance from the pad?",
    # non-native circles with a radius missing
    "i have circle center (1, 4) and other circle center (1, -6) radius 9. how many common "
    "point they have?",
])
def test_dev8_near_misses_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool"


# --------------------------------------------------------------------------------------------
# One unit for the whole grid ("(in metres)", "one unit is 1 km", "（单位：千米）"), or the one
# every size carries: measures are answered in it, other questions must not ask for one.

@pytest.mark.parametrize(("question", "expected", "unit"), [
    ("Two radio towers stand at (8, 6) and (9, 18) on a map grid where one unit is 1 km. How "
     "far apart are the towers, in km?", "sqrt(145)", "km"),
    ("My garden is a rectangle with corners at (4, 1), (7, 1), (7, 8), (4, 8) (in metres). "
     "What is its perimeter?", "20", "m"),
    ("My garden is a rectangle with corners at (4, 1), (7, 1), (7, 8), (4, 8) (in metres). "
     "What is its area in square metres?", "21", "m²"),
    ("The points (0, 0) and (3, 4) are on a map (coordinates in km). What is the distance "
     "between them?", "5", "km"),
    # Once declined for want of an asked unit; an area of sizes in cm can only be in cm².
    ("What is the area of a circle with radius 5 cm?", "25*pi", "cm²"),
    ("半径为5厘米的圆的面积是多少？", "25*pi", "平方厘米。"),
])
def test_a_grid_unit_is_the_answers_unit(question: str, expected: str, unit: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == expected, decision
    assert decision.answer is not None and decision.answer.rstrip(".").endswith(unit)


@pytest.mark.parametrize(("question", "expected"), [
    ("Circle A has centre (0,0) and radius 5 cm, circle B has centre (8,0) and radius 3 cm. "
     "Do they touch?", "yes"),
    # Once declined: every size in cm puts the coordinates in cm too (d = 3 = 2 + 1).
    ("Is the point (1, 1) inside the circle centered at (0, 0) with radius 2 cm?", "yes"),
    ("Do the circles centered at (0,0) with radius 2 cm and at (3,0) with radius 1 cm "
     "intersect?", "yes"),
    ("We have a fenced plot with corners at (28, 29), (30, 29), (20, 3), (7, 12), (4, 16), "
     "(16, 18) (coordinates in metres, going round the fence in that order). My dog is "
     "standing at (17, 18). Is the dog inside the plot?", "yes"),
])
def test_relations_between_shapes_in_one_unit(question: str, expected: str) -> None:
    assert value_of(question) == expected


@pytest.mark.parametrize("question", [
    # another scale, mixed units, sizes with and without a unit, conversions
    "Two radio towers stand at (8, 6) and (9, 18) on a map grid where one unit is 2 km. How far "
    "apart are the towers, in km?",
    "Circle A has centre (0,0) and radius 5 cm, circle B has centre (8,0) and radius 3 m. Do "
    "they touch?",
    "Circle A has centre (0,0) and radius 5 cm, circle B has centre (8,0) and radius 3. Do they "
    "touch?",
    "My garden is a rectangle with corners at (4, 1), (7, 1), (7, 8), (4, 8) (in metres). What "
    "is its area in square feet?",
    "My garden is a rectangle with corners at (4, 1), (7, 1), (7, 8), (4, 8) (in metres). What "
    "is its area in metres?",
    "The points (0, 0) and (3, 4) are on a map (coordinates in km). What is the distance between "
    "them in miles?",
    "Do the circles with centres (0,0) and (8,0) and radii 5 and 3 (in km) touch, in km?",
])
def test_units_that_do_not_fit_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


# Labelled points given in new places: after a segment ("segment AB with A(..) and B(..)"),
# "The points A(..) and B(..) are given.", "|AB|"; exam marks and "exact form" notes.
@pytest.mark.parametrize(("question", "expected"), [
    ("Does segment AB with A(0, 6) and B(-6, 1) intersect segment CD with C(-6, 5) and "
     "D(4, 0)? Answer yes or no.", "yes"),  # at x = -3, inside both
    ("Does segment AB with A(0, 0) and B(1, 0) intersect segment CD with C(0, 1) and "
     "D(1, 1)?", "no"),  # parallel
    ("The points A(-2, -3) and B(-9, 8) are given. Calculate |AB|, leaving your answer in "
     "exact form.", "sqrt(170)"),
    ("Q3. (2 marks) The points A(-2, -3) and B(-9, 8) are given. Calculate |AB|.",
     "sqrt(170)"),
    ("The points A(0, 0) and B(3, 4) are plotted. Find the length of AB.", "5"),
    ("What is the distance between (0,0) and (1,1)? Leave your answer in simplest radical "
     "form.", "sqrt(2)"),
    # shoelace: (0 + 5 − 18 − 20 + 56) / 2 = 23/2
    ("求以(0,7)、(0,5)、(-1,3)、(4,6)、(8,7)为顶点（按此顺序连接）的多边形的面积。", "23/2"),
    # a triangle that "has" its labelled corners, asked about in the next sentence
    ("Triangle ABC has A = (0, 0), B = (4, 0), C = (0, 3). What is its perimeter?", "12"),
    # segments written with arrows
    ("Yes or no: do segments (0, 0)→(4, 4) and (0, 4)→(4, 0) have a point in common?", "yes"),
    ("does segment (0,0)->(1,1) cross segment (2,0)->(3,1)?", "no"),
])
def test_labelled_points_in_new_places(question: str, expected: str) -> None:
    decision = guardrail.route(question)  # the exam marks are framing, stripped by classify
    assert decision.route == "tool" and decision.value == expected, decision


@pytest.mark.parametrize("question", [
    # a label defined for one segment but not its own
    "Does segment AB with A(0, 6) and B(-6, 1) intersect segment CD with C(-6, 5) and E(4, 0)?",
    # defined twice
    "Does segment AB with A(0, 6) and B(-6, 1) intersect segment CD, where A(1, 1), C(-6, 5) "
    "and D(4, 0)?",
    # more than the length
    "Points A(0,0) and B(3,4) are plotted. What is |AB| + 1?",
    "The points A(0, 0) and B(3, 4) are given. Calculate |AC|.",
])
def test_labelled_points_that_do_not_fit_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


# Chinese: the coordinate plane as a lead, "坐标分别为", "这个三角形" referring back; English:
# fencing all the way round is the perimeter (in the unit asked), "share at least one point".
@pytest.mark.parametrize(("question", "value"), [
    ("在平面直角坐标系中，点A(-8, 0)和点B(-6, -3)之间的距离是多少？", "sqrt(13)"),
    ("已知三角形三个顶点的坐标分别为A（-4，5），B（8，0），C（-1，8），"
     "求这个三角形的面积。", "51/2"),
    ("一个多边形的顶点依次为 (-1, 0)、(2, -3)、(5, -2)、(6, 0)、(8, 8)，"
     "求这个多边形的面积。", "41"),
    ("I'm fencing a garden whose corners are at (12, 7), (32, 7), (32, 26), (12, 26) (units are "
     "metres). How many metres of fence do I need to go all the way around?", "78"),
    ("A plot has corners at (0, 0), (4, 0), (4, 3), (0, 3). How much fencing do we need to go "
     "all the way round?", "14"),
    ("Circle A: centre (2, -5), r = 8. Circle B: centre (-7, -4), r = 8. Do the two circles "
     "share at least one point?", "yes"),
])
def test_plane_leads_back_references_and_fences(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert (decision.route, decision.tool, decision.value) == ("tool", "geometry", value)


@pytest.mark.parametrize("question", [
    "三角形三个顶点为(-4,5)，(8,0)，(-1,8)，求这个圆的面积。",  # the noun is not the shape given
    # a unit other than the grid's, or one the numbers never had
    "I'm fencing a garden whose corners are at (12, 7), (32, 7), (32, 26), (12, 26) (units are "
    "metres). How many feet of fence do I need to go all the way around?",
    "I'm fencing a garden whose corners are at (12, 7), (32, 7), (32, 26), (12, 26). How many "
    "metres of fence do I need to go all the way around?",
    "I'm fencing a garden whose corners are at (12, 7), (32, 7), (32, 26), (12, 26). How many "
    "rolls of fence do I need to go all the way around?",
])
def test_back_references_and_fences_decline_when_unclear(question: str) -> None:
    assert guardrail.route(question).route != "tool"


@pytest.mark.parametrize(("question", "expected"), [
    ("Do the circles centered at (2, -5) (r = 3) and (6, 1) (r = 4) intersect?", "no"),
    ("The zone is the polygon (0, 0), (8, 0), (8, 2), (3, 2), (3, 7), (0, 7). Is the point "
     "(1, 1) inside it, outside, or right on the edge?", "inside"),
    ("Points A(-3, 4) and B(8, 0) are on a grid. Find the length of AB.", "sqrt(137)"),
    ("A circle centred at (7, 6) has radius 7.5 m. What is its area?", "225*pi/4"),
    ("以 (3, 3) 为圆心、1 为半径的圆，和以 (6, 7) 为圆心、5 为半径的圆有几个交点？", "2"),
    ("已知三角形三个顶点 A(2, 8)、B(-8, -7)、C(0, -3)，求这个三角形的面积。", "40"),
    ("坐标系里有三个点 (1, -1)，(2, 2)，(-6, 4)，连成的三角形面积是多少？", "13"),
    ("圆的半径 3，周长等于多少？答案用 π 表示", "6*pi"),
])
def test_written_forms_of_the_same_questions(question: str, expected: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == expected, decision.reason


@pytest.mark.parametrize(("question", "value"), [
    ("do circles centered at (1, 2) r=3 and (10, 2) r=4 intersect", "no"),
    ("Circles at (0,0) r=5 and (3,4) r=2: how many intersection points?", "2"),
    ("Circle 1: at (0,0) r=2. Circle 2: at (1,0) r=2. How many intersection points?", "2"),
    ("Circle A at (0,0) radius 5 and circle B at (3,4) radius 2: do they overlap?", "yes"),
    ("Is the circle centred at (1, 1) with radius 5 tangent to the one centred at (4, 5) with"
     " radius 10?", "yes"),
])
def test_a_centre_with_its_radius_is_a_circle(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("question", [
    "how far is (0,0) from (3,4), radius 5",  # "radius" without a centre word
    "Is the point (1, 2) r=3 inside the square (0,0),(4,0),(4,4),(0,4)?",
    "Circles at (0,0) r=5 and (3,4), (5,5) r=2: how many intersection points?",
])
def test_a_radius_after_a_point_needs_its_centre(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "value"), [
    ("I'm fencing a garden with corners at (0, 0), (8, 0), (8, 5), (0, 5) (metres). How long is"
     " the perimeter?", "26"),
    ("What is the length of the perimeter of the square (0,0),(2,0),(2,2),(0,2)?", "8"),
    ("求半径15的圆的面积，用π表示", "225*pi"),
    ("直径8的圆的周长是多少", "8*pi"),
])
def test_perimeter_lengths_and_bare_chinese_sizes(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize(("question", "value"), [
    ("Does a circle of radius 4 around (-2, 2) cross a circle of radius 9 around (-4, 7)?",
     "yes"),
    ("Is circle B (center (-3, -4), radius 2) entirely inside circle A (center (1, 5), radius 4)?",
     "no"),
    ("Is circle B (center (0, 0), radius 2) inside circle A (center (0, 1), radius 4)?", "yes"),
    ("Does a radius-6 circle at (0, 0) enclose a radius-3 circle at (1, 1)?", "yes"),
    ("Does a radius-6 circle at (0, 0) enclose the point (1, 1)?", "yes"),
    ("Classify the point (0, 0) with respect to the square (2, 2), (6, 2), (6, 6), (2, 6): "
     "inside, on the boundary, or outside.", "outside"),
    ("Perimeter of triangle (-2, 0)-(6, 0)-(-2, 6)?", "24"),
    ("My round table top has a radius of 21 feet — what's its area?", "441*pi"),
    ("Area of a circle, radius 5.9? Leave it in terms of pi.", "3481*pi/100"),
    ("两个圆：圆心分别是(2,-5)和(3,8)，半径分别是8和6，它们相交吗？", "yes"),
])
def test_circles_around_named_inline_and_dash_joined_corners(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("question", [
    # a shape said to be inside a point
    "Does the point (1, 1) enclose a radius-6 circle at (0, 0)?",
    "Does the point (1, 1) contain a radius-6 circle at (0, 0)?",
    "Is a radius-6 circle at (0, 0) inside the point (1, 1)?",
    "点(1,1)包含圆心为(0,0)、半径为6的圆吗？",
    # a circle name used apart from its description, or twice; a shape that moves
    "Is circle B (center (0, 0), radius 2) inside circle B (center (0, 1), radius 4)?",
    "Is circle B (center (0, 0), radius 2) inside circle A (center (0, 1), radius 4)? Circle B "
    "is moving.",
    "Is the point (1, 1) inside the triangle (0,0), (4,0), (0,4)? The triangle gets rotated.",
    "My round tower has a radius of 2 — what's its area?",
    # the pair named twice
    "两个圆：圆心分别是(2,-5)和(3,8)，半径分别是8和6的两个圆相交吗？",
])
def test_inline_circles_and_enclosures_that_are_unclear_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "value"), [
    ("I'm cutting a round tabletop with a radius of 14 inches. What's its area?", "196*pi"),
    ("A round table has a diameter of 7 ft. What's the area of the top?", "49*pi/4"),
    ("Find the straight-line distance between the point x = -1, y = -9 and the point x = 2, "
     "y = 7.", "sqrt(265)"),
    ("What's the area enclosed by the points (0, 0); (8, 0); (8, 2); (5, 2); (5, 6); (0, 6) "
     "(in that order)?", "36"),
])
def test_round_objects_bare_points_and_enclosed_areas(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("question", [
    "Where do the lines x = 3, y = 4 meet?",
    "A round bowl with a radius of 3 inches. What is its area?",  # not flat
    "Points P(0, 0) and Q(3, 4) and the circle centered at (0, 0) with radius 2. Is P inside?",
])
def test_round_objects_and_points_that_are_not_read_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "value"), [
    # a list of segments after a colon: any separator, one per line with or without a dash
    ("Two line segments: one runs from (-4, 6) to (8, 5), the other from (0, -1) to (1, -3). "
     "How many times do they intersect?", "0"),
    ("Here are some line segments:\n- (6, 7) to (0, 0)\n- (0, 7) to (6, 0)\nHow many "
     "intersection points are there among them?", "1"),
    ("Segments: (0, 0) to (4, 4); (0, 4) to (4, 0); (0, 2) to (4, 2). How many intersection "
     "points are there?", "1"),
    # "how many" counts common points among more than two shapes
    ("The segments (0, 0) to (4, 4) and (0, 4) to (4, 0) and the circle centered at (2, 2) with "
     "radius 1: how many intersection points?", "5"),
    # exterior and interior name the places; a fence goes around
    ("Classify the point (7, 1) with respect to the triangle (1, 1), (6, 1), (4, 5): interior, "
     "exterior or boundary?", "outside"),
    ("Is the point (7, 1) in the exterior of the triangle (1, 1), (6, 1), (4, 5)?", "yes"),
    ("A field has corners (0, 0), (4, 0), (4, 3), (0, 3). How much fencing do I need?", "14"),
])
def test_segment_lists_exterior_and_fences(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("question", [
    # three shapes for a yes/no question about two
    "Segments: (0, 0) to (4, 4), (0, 4) to (4, 0), (1, 0) to (1, 5). Do they intersect?",
    # a fence with a gap, along one side, or for something else
    "A field has corners (0, 0), (4, 0), (4, 3), (0, 3). How much fencing do I need? Leave a "
    "gap for the gate.",
    "A field has corners (0, 0), (4, 0), (4, 3), (0, 3). How much fencing do I need along the "
    "road?",
    "A field has corners (0, 0), (4, 0), (4, 3), (0, 3). How much fencing does it cost?",
    # a list item that is not a segment's two ends
    "Segments: (0, 0) to (4, 4) (0, 4) to (4, 0) (5, 5). How many intersection points?",
])
def test_segment_lists_and_fences_that_are_unclear_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "value"), [
    # the corners after "enclosed by", however they are joined
    ("What's the area enclosed by (-1, 2) -> (5, 2) -> (5, 6) -> (3, 6) -> (3, 8) -> (-1, 8)?",
     "32"),
    ("What's the area enclosed by (-1, 2), (5, 2), (5, 6), (-1, 6)?", "24"),
    # Chinese: labels after 以 and full-width commas; 顶点 and 半径 without 为
    ("求以A（-1，-4），B（-6，-3），C（8，-5）为顶点的三角形的面积", "2"),
    ("已知三角形的顶点（8，-6）、（-7，-8）、（-4，2），它的面积等于多少？", "72"),
    ("圆的半径13，面积等于多少？", "169*pi"),
])
def test_enclosed_corners_and_chinese_bare_vertices(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("question", [
    "What's the area enclosed by (-1, 2) and (5, 2)?",  # two points enclose nothing
    "求以A(0,0)，B(4,0)，A(0,3)为顶点的三角形的面积",  # a label used twice
])
def test_enclosed_corners_that_are_unclear_decline(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "value"), [
    ("Using the shoelace formula, what's the area of the quadrilateral (0,-2) (4,-6) (9,-2) "
     "(4,2)?", "36"),
    # the radius first, then the centre; outlines are the circles' curves
    ("I drew two circles, one of radius 4 around (-1, 4) and one of radius 1 around (-9, 4). Do "
     "their outlines intersect?", "no"),
    # 圆 with its centre, then r = …
    ("圆(-2, 1), r=12 和圆(-10, 7), r=2 是相切的吗", "yes"),
    ("圆A圆心(-6, 1)半径3，圆B圆心(0, 9)半径5，它们相切吗？", "no"),
])
def test_shoelace_radius_first_and_chinese_centre_then_radius(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


def test_the_shoelace_formula_for_a_perimeter_declines() -> None:
    question = ("Using the shoelace formula, what's the perimeter of the quadrilateral (0,-2) "
                "(4,-6) (9,-2) (4,2)?")
    assert guardrail.route(question).route != "tool"


@pytest.mark.parametrize(("question", "value"), [
    ("A circle of radius 2 is centred at (1, 1). Does it contain the origin?", "yes"),
    ("Circle 1: (0,0), radius 4. Circle 2: (9,0), radius 5. Are they tangent?", "yes"),
])
def test_circles_stated_with_is_centred_and_after_a_label(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize(("question", "value"), [
    # "exactly one point": the common points counted, whatever the shapes
    ("Do circle 1 (center (5, 2), r = 7) and circle 2 (center (-2, -2), r = 9) touch at exactly "
     "one point?", "no"),
    ("Do the circles centered at (0,0) with radius 3 and (5,0) with radius 2 meet at exactly one "
     "point?", "yes"),
    ("Does the segment from (0,0) to (4,4) meet the segment from (0,4) to (4,0) at exactly one "
     "point?", "yes"),
    ("Do the segments (0,0)-(4,0) and (2,0)-(6,0) have exactly one point in common?", "no"),
    # "at least one point" is the plain question
    ("Circle A: centre (2, -5), r = 8. Circle B: centre (-7, -4), r = 8. Do the two circles "
     "share at least one point?", "yes"),
])
def test_exactly_one_common_point(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("question", [
    # a count in a yes/no question was answered as "do they meet?" (tangent circles: "yes")
    "Do the circles centered at (0,0) with radius 3 and (5,0) with radius 2 meet at two points?",
    "Do the circles centered at (0,0) with radius 3 and (5,0) with radius 2 have two common "
    "points?",
    "Do the circles centered at (0,0) with radius 3 and (5,0) with radius 2 meet at exactly two "
    "points?",
    "圆心在(0,0)、半径为3的圆和圆心在(4,0)、半径为2的圆有一个交点吗？",
    "圆心在(0,0)、半径为1的圆和圆心在(10,0)、半径为1的圆有两个交点吗？",
])
def test_a_count_asked_as_yes_or_no_declines(question: str) -> None:
    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "value"), [
    ("(8, -1) 与 (-8, 1) 两点间距离是多少", "2*sqrt(65)"),  # 间距离 is not 间距 + 离
    ("已知圆半径 r=16，它的面积用 π 表示是多少", "256*pi"),
])
def test_chinese_distance_between_and_radius_r(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize(("question", "value"), [
    ("Will a circle of radius 8 at (0, -1) and one of radius 4 at (-6, 7) intersect?", "yes"),
    ("平面上两点A(-2, 0)、B(1, 9)，AB的长度是多少？", "3*sqrt(10)"),
    ("点A(-2, 0)和点B(1, 9)，AB的长度是多少？", "3*sqrt(10)"),
    ("判断圆A（圆心(-3, -4)，半径6）和圆B（圆心(4, 4)，半径3）是否相交", "no"),
    ("圆A（圆心(0, 0)，半径5）和圆B（圆心(4, 0)，半径2）相交吗？", "yes"),
])
def test_radius_first_circles_and_chinese_named_points(question: str, value: str) -> None:
    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.value == value, decision


def test_a_circle_name_used_again_keeps_its_definition_unread() -> None:
    # "B在A内吗" refers to the names, which the plain reading would lose
    question = "圆A（圆心(-3, -4)，半径6）和圆B（圆心(4, 4)，半径3），B在A内吗？"
    assert guardrail.route(question).route != "tool"


@pytest.mark.parametrize(("question", "expected"), [
    ("Check whether (6, 6) falls inside the quadrilateral (2, 8), (6, 5), (12, 1), (10, 9).",
     "yes"),
    ("Does (6, 6) fall on the boundary of the square (0,0), (6,0), (6,6), (0,6)?", "yes"),
    ("P = (-2, 9) and Q = (-4, -5). How long is PQ?", "10*sqrt(2)"),
    ("A plot of land has corners at (8, 8), (4, 7), (-4, 0), (7, -3), in meters. What is its "
     "area?", "72"),
    ("I have two circles, one with center (3, -5) and radius 5, the other with center (5, 0) "
     "and radius 6. Do they intersect at all?", "yes"),
])
def test_falls_how_long_a_unit_after_the_corners_and_two_circles_i_have(
        question: str, expected: str) -> None:
    import guardrail

    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.tool == "geometry", decision
    assert decision.value == expected


@pytest.mark.parametrize("question", [
    "What is the distance between (0, 0) and (3, 4), in meters?",  # a unit the numbers lack
    "A plot of land has corners at (8, 8), (4, 7), (-4, 0), (7, -3), in meters. What is its "
    "area in square feet?",
    "A = (0, 0), B = (3, 4). How long is AB in cm?",
    "Does the price fall inside the range (2, 8)?",
])
def test_falls_how_long_and_units_after_the_corners_decline(question: str) -> None:
    import guardrail

    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "expected"), [
    ("Point P = (1,1). Polygon: (0,-3), (4,-2), (7,1), (-5,3). Does P lie inside, outside or on "
     "an edge?", "inside"),
    ("Compute the area enclosed by the points (4,1), (5,0), (10,9), (8,8) and (5,10), taken in "
     "order.", "53/2"),
    ("已知三个点(6,-6)，(5,-5)，(5,5)，它们围成的三角形面积等于多少？", "5"),
    ("三个点(6,-6)，(5,-5)，(5,5)围成的三角形面积等于多少？", "5"),
])
def test_does_p_lie_points_in_order_and_three_given_points(question: str, expected: str) -> None:
    import guardrail

    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.tool == "geometry", decision
    assert decision.value == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("The circle centred at (3, 4) passes through the point (2, 5). What is its circumference?",
     "2*sqrt(2)*pi"),
    ("What is the area of the circle with center (3, 4) that passes through (2, 5)?", "2*pi"),
    ("A circle has center (1.5, -2) and passes through (4, 6). What is its area?", "281*pi/4"),
    ("Does the circle with center (0, 0) that passes through (3, 4) contain the point (1, 1)?",
     "yes"),
    ("圆心为(3,4)且经过点(2,5)的圆的面积是多少？", "2*pi"),
    ("以(0,0)为圆心、过点(3,4)的圆的周长是多少？", "10*pi"),
])
def test_a_circle_through_a_point_has_that_radius(question: str, expected: str) -> None:
    import guardrail

    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.tool == "geometry", decision
    assert decision.value == expected


@pytest.mark.parametrize("question", [
    "The circle centred at (3, 4) passes through the point (3, 4). What is its area?",
    "The circle centred at (3, 4) passes through the point (2, 5) twice. What is its area?",
])
def test_a_circle_through_its_centre_or_more_declines(question: str) -> None:
    import guardrail

    assert guardrail.route(question).route != "tool", question


@pytest.mark.parametrize(("question", "expected"), [
    ("Two circles: one centered at (1, -5) with radius 2, the other centered at (7, -13) with "
     "radius 4. Do their outlines cross?", "no"),
    ("I'm sketching two circles for a logo, one with centre (-2,4) and radius 2, the other with "
     "centre (4,-4) and radius 6. Do they cross each other?", "no"),
    ("I'm drawing two circles, one with centre (0,0) and radius 5, the other with centre (6,0) "
     "and radius 2. Do they intersect?", "yes"),
    ("已知三点（5，10）、（12，-3）、（9，-1），它们围成的三角形面积是多少？", "25/2"),
    ("三角形ABC中，A(10, -1)，B(8, 0)，C(3, 12)，求它的面积", "19/2"),
    ("三角形ABC中，C(10, -1)，B(8, 0)，A(3, 12)，求它的面积", "19/2"),
    # corners named by their coordinates, points with blanks between them, the straight-line
    # distance, a segment by its ends in square brackets
    ("坐标为 (-5,4)、(-4,9)、(5,-1) 的三角形，面积是多少？", "55/2"),
    ("多边形的顶点依次是 (-1,1) (4,2) (3,6) (0,5)，点(2,0)在它里面吗？", "no"),
    ("一个四边形的四个顶点依次是 (-1,-3) (4,-2) (3,2) (0,1)，它的周长是多少？",
     "sqrt(10)+2*sqrt(17)+sqrt(26)"),
    ("坐标 (5,4) 和 (3,5) 之间的直线距离是多少", "sqrt(5)"),
    ("How many points do segment [(0,0), (4,4)] and segment [(0,4), (4,0)] share?", "1"),
    ("顶点是(-3,6)(2,1)(8,5)的三角形面积是多少", "25"),
    ("坐标(6,-1),(8,1),(8,8),(-3,7),(-3,-2)依次连成的五边形，面积是多少？", "96"),
    ("帮我算一下以 (-2,-1)、(6,-3)、(1,6) 为顶点的三角形的面积", "31"),
    ("圆 A：圆心(0, 0)，r=2；圆 B：圆心(4, 0)，r=2。A 和 B 相切吗", "yes"),
])
def test_their_outlines_circles_being_sketched_and_a_triangle_by_its_corners(
        question: str, expected: str) -> None:
    import guardrail

    decision = guardrail.route(question)
    assert decision.route == "tool" and decision.tool == "geometry", decision
    assert decision.value == expected


@pytest.mark.parametrize("question", [
    # the outlines asked about in words about regions: one circle lies inside the other
    "Two circles: one centered at (0, 0) with radius 10, the other centered at (1, 1) with "
    "radius 2. Do their edges overlap?",
    "I'm sketching two circles for a 3d model, one with centre (-2,4) and radius 2, the other "
    "with centre (4,-4) and radius 6. Do they cross each other?",
    "三角形ABC中，A(10, -1)，B(8, 0)，D(3, 12)，求它的面积",  # D is not a corner of ABC
    "坐标 (5,4) 和 (3,5) 之间的曼哈顿距离是多少",
])
def test_outlines_in_region_words_other_purposes_and_foreign_corners_decline(
        question: str) -> None:
    import guardrail

    assert guardrail.route(question).route != "tool", question
