"""The general reading of geometry questions (solvers/_geometry_reader.py).

Three parts: ``read_frame`` on frames directly (shape and point tokens already in place), whole
questions in structures the phrasing grammar does not have (checked to decline without the
general reading, then answered and compared with oracles written here), and near misses that
must decline because one word changes the question.
"""

from __future__ import annotations

import re
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guardrail.solvers import Declined, Query
from guardrail.solvers import geometry as geometry_module
from guardrail.solvers._geometry_reader import Unread, read_frame
from guardrail.solvers.geometry import GeometrySolver

SOLVER = GeometrySolver()
SETTINGS = settings(max_examples=120, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def ask(question: str) -> tuple[str, str] | Declined:
    language = "zh" if re.search(r"[\u4e00-\u9fff]", question) else "en"
    query = Query(text=question, language=language)
    parsed = SOLVER.parse(query)
    if isinstance(parsed, Declined):
        return parsed
    solved = SOLVER.solve(parsed.problem, query)
    return solved if isinstance(solved, Declined) else (solved.value, solved.answer)


def grammar_only(question: str) -> tuple[str, str] | Declined:
    """The answer with the general reading switched off."""
    original = geometry_module._read

    def refuse(text: str, lexed: object) -> None:
        raise geometry_module._Reject("general reading off")

    geometry_module._read = refuse  # type: ignore[assignment]
    try:
        return ask(question)
    finally:
        geometry_module._read = original


# ----------------------------------------------------------------------------------------------
# read_frame


@pytest.mark.parametrize(("frame", "kinds", "question", "shapes", "points"), [
    ("so , ⟨s0⟩ and ⟨s1⟩ - do these two overlap", ["circle", "circle"], "overlap", (0, 1), ()),
    ("quick question . ⟨s0⟩ . ⟨s1⟩ . how many points do they have in common",
     ["circle", "segment"], "count", (0, 1), ()),
    ("is ⟨s1⟩ completely within ⟨s0⟩", ["circle", "circle"], "inside", (1, 0), ()),
    ("does ⟨s1⟩ contain ⟨s0⟩", ["circle", "circle"], "contains", (1, 0), ()),
    ("we have a fenced plot ⟨s0⟩ . my dog is at ⟨p0⟩ . is the dog inside the plot", ["polygon:4"],
     "point_inside", (0,), (0,)),
    ("⟨s0⟩ . where does ⟨p0⟩ lie relative to it", ["triangle:3"], "point_where", (0,), (0,)),
    ("⟨s0⟩ : what area is enclosed by it", ["triangle:3"], "area", (0,), ()),
    ("two towers stand at ⟨p0⟩ and ⟨p1⟩ . how far apart are the towers", [], "distance", (),
     (0, 1)),
    ("how many times does ⟨s0⟩ cross ⟨s1⟩", ["segment", "circle"], "count_cross", (0, 1), ()),
    ("is ⟨p0⟩ inside or outside ⟨s0⟩", ["circle"], "point_where", (0,), (0,)),
])
def test_frames_are_read(frame: str, kinds: list[str], question: str,
                         shapes: tuple[int, ...], points: tuple[int, ...]) -> None:
    reading = read_frame(frame, kinds)
    assert (reading.question, reading.shapes, reading.points) == (question, shapes, points)


@pytest.mark.parametrize(("frame", "kinds"), [
    ("where do ⟨s0⟩ and ⟨s1⟩ intersect", ["circle", "circle"]),       # coordinates asked
    ("find the intersection of ⟨s0⟩ and ⟨s1⟩", ["circle", "circle"]),
    ("⟨s0⟩ and ⟨s1⟩ intersect", ["circle", "circle"]),                # a statement
    ("what are the area and perimeter of ⟨s0⟩", ["polygon:4"]),       # two measures
    ("what is the area of ⟨s0⟩ and ⟨s1⟩", ["circle", "circle"]),      # two shapes
    ("is ⟨s0⟩ inside", ["circle"]),
    ("is ⟨p0⟩ inside the triangle", ["circle"]),                      # noun does not fit
    ("do the circles ⟨s0⟩ and ⟨s1⟩ overlap", ["circle", "segment"]),
    ("is ⟨p0⟩ inside the bounding box of ⟨s0⟩", ["polygon:5"]),
    ("is ⟨p0⟩ inside the hull ⟨s0⟩", ["polygon:5"]),
    ("what is the area of ⟨s0⟩ after it is moved", ["circle"]),
    ("is ⟨p0⟩ not inside ⟨s0⟩", ["circle"]),
    ("if ⟨s0⟩ were twice as big would it contain ⟨p0⟩", ["circle"]),
    ("do ⟨s0⟩ , ⟨s1⟩ and ⟨s2⟩ intersect", ["circle", "circle", "circle"]),
    ("is ⟨p0⟩ inside ⟨s0⟩ ⟨n0⟩", ["circle"]),                          # a number left over
    ("is ⟨p0⟩ inside the pond", ["circle"]),                          # "pond" never introduced
    ("is the second inside the first", ["circle", "circle"]),          # no order to read
    ("is ⟨p0⟩ in or on ⟨s0⟩", ["polygon:3"]),
    ("where is ⟨p0⟩ relative to ⟨s0⟩ : inside , or above", ["polygon:3"]),
    ("how many sides does ⟨s0⟩ have", ["polygon:6"]),
    ("is ⟨p0⟩ inside ⟨s0⟩ ? is ⟨p1⟩", ["circle"]),
])
def test_frames_that_decline(frame: str, kinds: list[str]) -> None:
    with pytest.raises(Unread):
        read_frame(frame, kinds)


# ----------------------------------------------------------------------------------------------
# Whole questions the grammar has no phrasing for.

def _circles_relation(c1: tuple[int, int, int], c2: tuple[int, int, int]) -> dict[str, bool]:
    """Oracle: by comparing the squared centre distance with (r1 +- r2)^2."""
    (x1, y1, r1), (x2, y2, r2) = c1, c2
    d2 = (x1 - x2) ** 2 + (y1 - y2) ** 2
    return {"overlap": d2 < (r1 + r2) ** 2,
            "meet": (r1 - r2) ** 2 <= d2 <= (r1 + r2) ** 2 and not (d2 == 0 and r1 == r2)}


def _shoelace(vertices: list[tuple[int, int]]) -> Fraction:
    twice = sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2)
                in zip(vertices, vertices[1:] + vertices[:1], strict=False))
    return Fraction(abs(twice), 2)


def _inside(point: tuple[int, int], vertices: list[tuple[int, int]]) -> str:
    """Oracle: boundary by cross products, then ray casting."""
    px, py = point
    for (x1, y1), (x2, y2) in zip(vertices, vertices[1:] + vertices[:1], strict=False):
        cross = (x2 - x1) * (py - y1) - (y2 - y1) * (px - x1)
        if cross == 0 and min(x1, x2) <= px <= max(x1, x2) and min(y1, y2) <= py <= max(y1, y2):
            return "boundary"
    inside = False
    for (x1, y1), (x2, y2) in zip(vertices, vertices[1:] + vertices[:1], strict=False):
        if (y1 > py) != (y2 > py):
            x_cross = Fraction(x2 - x1) * (py - y1) / (y2 - y1) + x1
            if px < x_cross:
                inside = not inside
    return "inside" if inside else "outside"


def _pt(point: tuple[int, int]) -> str:
    return f"({point[0]}, {point[1]})"


coordinate = st.integers(-12, 12)
radius = st.integers(1, 9)


@SETTINGS
@given(coordinate, coordinate, radius, coordinate, coordinate, radius)
def test_circles_in_a_new_structure_match_the_oracle(x1: int, y1: int, r1: int, x2: int,
                                                     y2: int, r2: int) -> None:
    question = (f"Quick one. The circle centered at ({x1}, {y1}) with radius {r1}, and the "
                f"circle centered at ({x2}, {y2}) with radius {r2} - do these two overlap? "
                "Yes or no.")
    expected = "yes" if _circles_relation((x1, y1, r1), (x2, y2, r2))["overlap"] else "no"
    result = ask(question)
    if isinstance(result, Declined):
        # Coinciding circles are declined by the solver, never answered wrongly.
        assert (x1, y1, r1) == (x2, y2, r2), result
        return
    assert result[0] == expected


polygon_vertices = st.lists(st.tuples(coordinate, coordinate), min_size=3, max_size=7,
                            unique=True)


@SETTINGS
@given(polygon_vertices, st.tuples(coordinate, coordinate))
def test_a_plot_with_corners_matches_ray_casting(vertices: list[tuple[int, int]],
                                                 point: tuple[int, int]) -> None:
    listed = ", ".join(_pt(v) for v in vertices)
    question = (f"We have a fenced plot with corners at {listed}. My dog is standing at "
                f"{_pt(point)}. Is the dog inside the plot?")
    result = ask(question)
    if isinstance(result, Declined):
        return  # self-intersecting or degenerate outlines are the solver's to decline
    where = _inside(point, vertices)
    assert result[0] == {"inside": "yes", "outside": "no", "boundary": "boundary"}[where]


@SETTINGS
@given(polygon_vertices)
def test_vertices_located_at_give_the_shoelace_area(vertices: list[tuple[int, int]]) -> None:
    listed = ", ".join(_pt(v) for v in vertices[:-1]) + " and " + _pt(vertices[-1])
    question = f"The vertices of a polygon are located at {listed}. What area is enclosed by it?"
    result = ask(question)
    if isinstance(result, Declined):
        return
    assert Fraction(result[0]) == _shoelace(vertices)


@pytest.mark.parametrize(("question", "value"), [
    ("Two radio towers stand at (8, 6) and (11, 10). How far apart are the towers?", "5"),
    ("The vertices of a triangle are located at (0, 0), (4, 0) and (0, 3). What area is "
     "enclosed by it?", "6"),
    ("Find the area of the polygon with vertices (0, 0), (4, 0), (4, 4), (0, 4), taken in "
     "that order.", "16"),
    ("Here is a lot with corners (0, 0) -> (4, 0) -> (4, 4) -> (0, 4). My tent is at (2, 4). "
     "Is the tent inside, outside or on the boundary of the lot?", "boundary"),
    ("hey mate, the circle centered at (0, 0) with radius 5 and the segment from (-10, 0) to "
     "(10, 0): how many points do they have in common?", "2"),
    ("The park has its corners at (0, 0), (6, 0), (6, 6), (0, 6). Does the park contain the "
     "point (7, 1)? Yes or no.", "no"),
    ("I drew two circles. Is the circle centered at (0, 0) with radius 1 completely within "
     "the circle centered at (0, 0) with radius 3?", "yes"),
])
def test_new_structures_are_answered(question: str, value: str) -> None:
    assert isinstance(grammar_only(question), Declined), "the grammar already reads this"
    result = ask(question)
    assert not isinstance(result, Declined), result
    assert result[0] == value


@pytest.mark.parametrize("question", [
    "Where do the circle centered at (0, 0) with radius 5 and the circle centered at (6, 0) "
    "with radius 5 intersect?",
    "The circle centered at (0, 0) with radius 5 is moved 3 units right. Does it overlap the "
    "circle centered at (9, 0) with radius 1? Yes or no.",
    "Is the point (1, 1) inside the bounding box of the triangle with corners (0, 0), (4, 0), "
    "(0, 4)?",
    "What is the area of the semicircle centered at (0, 0) with radius 2?",
    "Two radio towers stand at (8, 6) and (11, 10). How far apart are the towers in miles?",
    "Is the pond centered at (0, 0) with radius 2 bigger than the circle centered at (5, 5) "
    "with radius 1?",
    "We have a fenced plot with corners at (0, 0), (4, 0), (4, 4), (0, 4). Is my dog inside "
    "the plot?",
    "The vertices of a triangle are located at (0, 0), (4, 0), (0, 3) and (1, 1). What area "
    "is enclosed by it?",
    "A five-sided plot has corners at (0, 0), (4, 0), (4, 4), (0, 4). What is its area?",
    "Is the point (1, 2) above the circle centered at (0, 0) with radius 1 or inside it?",
])
def test_near_misses_decline(question: str) -> None:
    assert isinstance(ask(question), Declined), question
