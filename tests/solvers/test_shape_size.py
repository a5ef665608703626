"""Area and perimeter of shapes given by their sizes, against textbook formulas."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardrail._text import detect_language
from guardrail.solvers import Declined, Query, Solution
from guardrail.solvers.shape_size import ShapeSizeProblem, ShapeSizeSolver

SOLVER = ShapeSizeSolver()


def run(question: str) -> Solution | Declined:
    query = Query(text=question, language=detect_language(question))
    parsed = SOLVER.parse(query)
    if isinstance(parsed, Declined):
        return parsed
    return SOLVER.solve(parsed.problem, query)


def value_of(question: str) -> str:
    solution = run(question)
    assert isinstance(solution, Solution), (question, solution)
    return solution.value


def text(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else (
        f"{value.numerator}/{value.denominator}")


sizes = st.decimals(min_value="0.1", max_value="999", places=1).map(
    lambda d: format(d.normalize(), "f"))


@settings(max_examples=60, deadline=None)
@given(sizes, sizes)
def test_triangle_and_rectangle_match_the_formulas(a: str, b: str) -> None:
    x, y = Fraction(a), Fraction(b)
    assert value_of(f"What is the area of a triangle with base {a} and height {b}?") == text(
        x * y / 2)
    assert value_of(f"A rectangle has length {a} and width {b}. What is its perimeter?") == text(
        2 * (x + y))
    assert value_of(f"长方形的长是{a}米，宽是{b}米，面积是多少平方米？") == text(x * y)


@pytest.mark.parametrize(("question", "value"), [
    ("A triangle has a base of 0.4 cm and a height of 26 cm. What is its area in square "
     "centimeters?", "26/5"),
    ("A triangle has a base of 5 cm and a height of 45.7 cm. What is its area in square "
     "centimeters?", "457/4"),
    ("Find the perimeter of a rectangle with length 5 and width 3.", "16"),
    ("A square has a side length of 7 m. What is its perimeter in meters?", "28"),
    ("What is the area of a square with side 4 cm, in square cm?", "16"),
    ("What is the area of a parallelogram with base 8 and height 2.5?", "20"),
    ("Find the area of the rectangle whose length is 5 and whose width is 3", "15"),
    ("一个三角形的底是4厘米，高是6厘米，它的面积是多少平方厘米？", "12"),
    ("长方形的长是5米，宽是3米，周长是多少米？", "16"),
    ("底为4、高为6的三角形的面积是多少？", "12"),
    ("正方形的边长是2.5，面积是多少？", "25/4"),
    ("What is the area of a 7 cm by 3 cm rectangle, in square cm?", "21"),
    ("What is the perimeter of a rectangle 7 by 3?", "20"),
    ("A right triangle has legs of 3 cm and 4 cm. What is its area in square centimeters?", "6"),
    ("A rectangle is 8 cm long and 5 cm wide. What is its area in square centimeters?", "40"),
    ("A square has sides of length 6. What is its area?", "36"),
    ("The base of a triangle is 10 and its height is 4. What is the area?", "20"),
    ("The length of a rectangle is 10 cm and its width is 4 cm. What is its perimeter in cm?",
     "28"),
    ("Find the area of a triangle whose base is 12 cm and height is 5 cm, in cm².", "30"),
    # asked in no unit: the square of the unit given, as for circles
    ("What is the area of a triangle with base 4 cm and height 6 cm?", "12"),
    ("Find the area of a triangle with base 15 cm and height 3 cm.", "45/2"),
])
def test_phrasings(question: str, value: str) -> None:
    assert value_of(question) == value


@pytest.mark.parametrize("question", [
    "What is the area of a triangle with base 4 cm and height 6 cm, in cm?",  # not square
    "What is the perimeter of a triangle with base 4 and height 6?",  # sides unknown
    "What is the area of a triangle with sides 3, 4 and 5?",
    "What is the area of a rectangle with length 4 m and width 30 cm?",
    "A square has a side of 5 cm. What is its area in square meters?",
    "What is the area of a square with side 4 and height 3?",
    "What is the area of a triangle with base 4 and base 6?",
    "What is the area of a rectangle with length 0 and width 3?",
    "What is the volume of a square with side 4?",
    "一个三角形的面积是12平方厘米，底是4厘米，高是多少？",
    "A rectangle has length 5 and width 3. What is its perimeter in square meters?",
    "What is the area of a triangle with legs 3 and 4?",  # legs are legs of a right triangle
    "What is the perimeter of a right triangle with legs 3 and 4?",
    "What is the area of a rectangle 7 by 3 by 2?",
    "What is the area of a 7 by 3 square?",
    "A rectangle is 8 long and 5 wide and 3 high. What is its area?",
    "What is the area of a triangle with base 4 and height 6 if the base is doubled?",
])
def test_declines(question: str) -> None:
    assert isinstance(run(question), Declined)


def test_answer_names_the_unit_and_round_trips() -> None:
    solution = run("A triangle has a base of 0.4 cm and a height of 26 cm. What is its area in "
                   "square cm?")
    assert isinstance(solution, Solution)
    assert solution.answer == "The area is 26/5 = 5.2 cm² (base × height ÷ 2)."
    problem = ShapeSizeProblem(shape="square", question="area", sizes={"side": Fraction(3)})
    assert ShapeSizeProblem.model_validate_json(problem.model_dump_json()) == problem
