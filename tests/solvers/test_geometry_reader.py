"""The general reading of geometry questions (solvers/_geometry_reader.py).

English and Chinese each in three parts: the frame reader (``read_frame``, ``read_zh_frame``)
on frames directly (shape and point tokens already in place), whole
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
from guardrail.solvers._geometry_reader import Unread, read_frame, read_zh_frame
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
    original, original_zh = geometry_module._read, geometry_module._read_zh

    def refuse(text: str, lexed: object) -> None:
        raise geometry_module._Reject("general reading off")

    geometry_module._read = refuse  # type: ignore[assignment]
    geometry_module._read_zh = refuse  # type: ignore[assignment]
    try:
        return ask(question)
    finally:
        geometry_module._read, geometry_module._read_zh = original, original_zh


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
    # a terse question of the cue word alone, after the shapes
    ("Two circles: (1,1) r=2 and (4,5) r=3. Tangent?", "yes"),
    ("Point (2, 1) and triangle A(0,0) B(4,0) C(2,4): inside?", "yes"),
    ("Segments (0,0)-(4,4) and (0,4)-(4,0). Intersect?", "yes"),
    # a labelled point named again by its label
    ("Polygon with corners (-2, 0), (3, 0), (3, 5), (1, 5), (1, 8), (-2, 8). Point P = (5, 8). "
     "Is P inside, on the boundary, or outside?", "outside"),
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
    # the cue word alone is a question only with its question mark, and only one of them
    "Two circles: (1,1) r=2 and (4,5) r=3. Tangent.",
    "Two circles: (1,1) r=2 and (4,5) r=3. Not tangent?",
    "Two circles: (1,1) r=2 and (4,5) r=3. Tangent? Intersect?",
])
def test_near_misses_decline(question: str) -> None:
    assert isinstance(ask(question), Declined), question


# ----------------------------------------------------------------------------------------------
# The Chinese general reading: read_zh_frame, whole questions, near misses.

@pytest.mark.parametrize(("frame", "kinds", "question", "shapes", "points", "options"), [
    ("⟨p0⟩ 到 ⟨p1⟩ 有多远", [], "distance", (), (0, 1), ()),
    ("求两点 m ⟨p0⟩ 、n ⟨p1⟩ 间的距离", [], "distance", (), (0, 1), ()),
    ("两个圆,一个 ⟨s0⟩ ,另一个 ⟨s1⟩ ,它们有几个交点", ["circle", "circle"], "count", (0, 1),
     (), ()),
    ("⟨s0⟩ ,点 p ⟨p0⟩ 在不在三角形里面", ["triangle:3"], "point_inside", (0,), (0,), ()),
    ("点 ⟨p0⟩ 在 ⟨s0⟩ 的内部、外部还是边界上", ["polygon:4"], "point_where", (0,), (0,), ()),
    ("⟨s0⟩ 和 ⟨s1⟩ 是相离、外切、相交、内切还是内含", ["circle", "circle"], "relation", (0, 1),
     (), ("相离", "外切", "相交", "内切", "内含")),
    ("⟨s0⟩ 和 ⟨s1⟩ 是什么位置关系?(相离/相切/相交)", ["circle", "line"], "relation", (0, 1),
     (), ("相离", "相切", "相交")),
    ("⟨s0⟩ 形花坛,占地面积是多少", ["circle"], "area", (0,), (), ()),
    ("点 ⟨p0⟩ 在 ⟨s0⟩ 的哪里", ["triangle:3"], "point_where", (0,), (0,), ()),  # 哪里 is not 里
    ("⟨s0⟩ 和 ⟨s1⟩ ,它们的覆盖范围有重叠吗", ["circle", "circle"], "overlap", (0, 1), (), ()),
])
def test_chinese_frames_are_read(frame: str, kinds: list[str], question: str,
                                 shapes: tuple[int, ...], points: tuple[int, ...],
                                 options: tuple[str, ...]) -> None:
    reading = read_zh_frame(frame, kinds)
    assert (reading.question, reading.shapes, reading.points, reading.options) == (
        question, shapes, points, options)


@pytest.mark.parametrize(("frame", "kinds"), [
    ("⟨s0⟩ 和 ⟨s1⟩ 是否内切", ["circle", "circle"]),           # not "inside": a relation word
    ("⟨s0⟩ 和 ⟨s1⟩ 相交", ["circle", "circle"]),               # a statement, not a question
    ("⟨s0⟩ 和 ⟨s1⟩ 的交点坐标是多少", ["segment", "segment"]),   # coordinates asked
    ("⟨s0⟩ 的面积和周长是多少", ["polygon:4"]),                 # two measures
    ("⟨p0⟩ 到 ⟨p1⟩ 开车要多远", []),
    ("⟨p0⟩ 和 ⟨p1⟩ 的曼哈顿距离", []),
    ("⟨p0⟩ 到 ⟨p1⟩ 的距离的平方", []),
    ("点 ⟨p0⟩ 不在 ⟨s0⟩ 里面吗", ["circle"]),
    ("⟨s0⟩ 向右平移后与 ⟨s1⟩ 有几个交点", ["circle", "circle"]),
    ("点 ⟨p0⟩ 在三角形里面吗", ["circle"]),                    # the noun does not fit
    ("点 ⟨p0⟩ 离 ⟨s0⟩ 多远", ["triangle:3"]),
    ("⟨p0⟩ 到 ⟨p1⟩ 有多远 ⟨n0⟩", []),                          # a number left over
    ("⟨s0⟩ 和 ⟨s1⟩ 是外切还是内切", ["circle", "circle"]),       # two options only
    ("⟨s0⟩ 和 ⟨s1⟩ 的面积是相离、相切还是相交", ["circle", "circle"]),
    ("⟨s0⟩ 形球体的面积", ["circle"]),
    ("点 ⟨p0⟩ 在 ⟨s0⟩ 的哪一边", ["triangle:3"]),
    ("⟨p0⟩ 和 ⟨p1⟩ 两点距离多少光年", []),
])
def test_chinese_frames_that_decline(frame: str, kinds: list[str]) -> None:
    with pytest.raises(Unread):
        read_zh_frame(frame, kinds)


def _relation_word(c1: tuple[int, int, int], c2: tuple[int, int, int]) -> str:
    """Oracle: the five textbook relations of two distinct circles, from squared distances."""
    (x1, y1, r1), (x2, y2, r2) = c1, c2
    d2 = (x1 - x2) ** 2 + (y1 - y2) ** 2
    if d2 > (r1 + r2) ** 2:
        return "相离"
    if d2 == (r1 + r2) ** 2:
        return "外切"
    if d2 > (r1 - r2) ** 2:
        return "相交"
    return "内切" if d2 == (r1 - r2) ** 2 else "内含"


@SETTINGS
@given(coordinate, coordinate, radius, coordinate, coordinate, radius)
def test_chinese_relation_options_match_the_oracle(x1: int, y1: int, r1: int, x2: int, y2: int,
                                                   r2: int) -> None:
    question = (f"两个圆，一个圆心在 ({x1}, {y1})、半径 {r1}，"
                f"另一个圆心在 ({x2}, {y2})、半径 {r2}，它们是相离、外切、相交、内切还是内含？")
    result = ask(question)
    if isinstance(result, Declined):
        assert (x1, y1, r1) == (x2, y2, r2), result  # one circle twice
        return
    assert result[0] == _relation_word((x1, y1, r1), (x2, y2, r2))


@SETTINGS
@given(polygon_vertices)
def test_chinese_corners_in_order_give_the_shoelace_area(vertices: list[tuple[int, int]]) -> None:
    listed = "、".join(_pt(v) for v in vertices)
    question = f"一块地的{len(vertices)}个角坐标依次为 {listed}，面积是多少？"
    result = ask(question)
    if isinstance(result, Declined):
        return  # self-intersecting or degenerate outlines are the solver's to decline
    assert Fraction(result[0]) == _shoelace(vertices)


@pytest.mark.parametrize(("question", "value"), [
    ("A(-5, 9) 到 B(-8, 13) 有多远呀？", "5"),
    ("求两点 M(1, 1)、N(7, 9) 间的距离。", "10"),
    ("坐标 (-3, 0) 和 (2, 12) 这两个点距离多少啊", "13"),
    ("三角形顶点 A(0, 0)，B(6, 0)，C(0, 6)，点 P(1, 1) 在不在三角形里面？", "yes"),
    ("两个圆，一个圆心（0，0）半径6，另一个圆心（1，1）半径2，它们有几个交点？", "0"),
    ("圆心分别在（0，0）和（8，0），半径分别是5和3的两个圆，交点个数是多少", "1"),
    ("以 (0, 0) 为圆心、半径为 5 的圆，和以 (3, 0) 为圆心、半径为 2 的圆是什么位置关系？"
     "（相离/外切/相交/内切/内含）", "内切"),
    ("两个圆，一个圆心(0,0)半径5，另一个圆心(3,0)半径2，它们是相离、相切还是相交？", "相切"),
    ("直径是10米的圆形花坛，占地面积是多少平方米？结果用π表示", "25*pi"),
    ("按顺序给出五边形的顶点：(0, 0)、(4, 0)、(4, 4)、(2, 6)、(0, 4)，这个五边形的面积是多少？",
     "20"),
])
def test_new_chinese_structures_are_answered(question: str, value: str) -> None:
    assert isinstance(grammar_only(question), Declined), "the grammar already reads this"
    result = ask(question)
    assert not isinstance(result, Declined), result
    assert result[0] == value


@pytest.mark.parametrize("question", [
    "两个圆，一个圆心(0,0)半径5，另一个圆心(0,0)半径2，它们是相离、相切还是相交？",  # 相离 or 内含?
    "两个圆，一个圆心(0,0)半径5，另一个圆心(3,0)半径2，它们是外离、外切还是相交？",  # none fits
    "两个圆，一个圆心(0,0)半径5，另一个圆心(3,0)半径2，它们内切吗",
    "点 P(1,1) 在三角形 (0,0),(4,0),(0,4) 的外接圆内吗",
    "正方形 A(0,0),B(2,0),C(2,2),D(0,2) 的对角线长度是多少",
    "(0,0) 到 (3,4) 的距离是 5 吗？",
    "A(0,0) 到 B(3,4) 有多远？单位是公里，换算成米",
    "A(0,0) 到 B(3,4) 的距离是多少？保留两位小数",
    "地图上 (0,0) 到 (3,4) 有多远",
    "三角形顶点 A(0,0)，B(4,0)，C(0,4)，点 P(1,1) 在不在正方形里面？",
    "四边形的四个角坐标依次为 (0,0)、(4,0)、(4,3)，面积是多少",
    "一块地的四个角坐标依次为 (0,0)、(4,0)、(4,3)、(0,3)，周长的一半是多少",
    "两个圆，一个圆心(0,0)半径5，另一个圆心(3,0)半径2，把第一个圆放大一倍后它们有几个交点",
    "将圆心为(-4, -1)、半径为1的圆向右平移3个单位后，它与圆x²+y²=25有几个公共点？",
    "两个圆，一个圆心(0,0)半径5，另一个圆心(3,0)半径2，只算第一个圆，它们有几个交点",
])
def test_chinese_near_misses_decline(question: str) -> None:
    assert isinstance(ask(question), Declined), question
