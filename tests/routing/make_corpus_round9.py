"""Round-9 routing corpus: 2-D coordinate geometry questions (blind).

This generator was written BLIND: only ``tests/routing/compare.py`` (the ``expected`` schema
and ``matches``) was consulted; no router source, rules, other corpora or generators were read.

Usage (from the repository root)::

    .venv/bin/python tests/routing/make_corpus_round9.py

It writes ``tests/routing/corpus_dev9.jsonl`` and ``tests/routing/corpus_heldout9.jsonl``.

Coverage: questions as people type them to a chatbot, in English (~80%) and Chinese (~20%),
about circle-circle relations (intersect / overlap / tangent / containment / number of common
points), intersection counts between segments, lines, circles and polygons, point location
relative to a polygon or circle (inside / outside / boundary), polygon area and perimeter,
triangle area, circle area and circumference, distances and segment lengths.  Shapes are
written in many forms (labelled points, vertex lists, bullets, arrows, circle equations in
standard and expanded form, lines as y = mx + b or ax + by = c, diameters, "passes through",
the origin).  Tricky positives: diameter instead of radius, points exactly on the boundary or
at a vertex, internal tangency, "how far apart are the centres", non-convex polygons listed in
an order whose convex hull differs, and transformations described in words (translation,
reflection, scaled radius) whose expected answer is the value AFTER the transformation.
Negatives (~30%, ``expected`` null, with ``category``): missing data, under-determined shapes,
formula / history knowledge, 3-D, proofs, opinions, coordinates that are not geometry,
real-world knowledge, symbolic coordinates, and operations the tool does not perform
(quadrant, tangent-line equation, drawing, midpoint / slope / line equation).

Every expected answer is computed by an exact oracle in this file (Fractions, exact integer
geometry, sympy for irrational values).  Output is a pure function of ``SEED``; each template
(4 items) goes wholly to dev9 or heldout9.  The script self-checks every positive with
``compare.matches``: the canonical answer must be accepted and a wrong one rejected.
"""

from __future__ import annotations

import json
import math
import random
import sys
from decimal import Decimal
from fractions import Fraction as F
from pathlib import Path

import sympy as sp

HERE = Path(__file__).resolve().parent
SEED = 9_2024_0609
ITEMS = 4


class Retry(Exception):
    """The random draw was degenerate or did not give the wanted case; draw again."""


# ------------------------------------------------------------------------------------------
# Formatting
# ------------------------------------------------------------------------------------------

def fnum(q) -> str:
    q = F(q)
    if q.denominator == 1:
        return str(q.numerator)
    d = q.denominator
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    if d == 1:
        s = str(Decimal(q.numerator) / Decimal(q.denominator))
        return s
    return f"{q.numerator}/{q.denominator}"


def P(p, compact=False, fw=False) -> str:
    if fw:
        return f"（{fnum(p[0])}，{fnum(p[1])}）"
    sep = "," if compact else ", "
    return f"({fnum(p[0])}{sep}{fnum(p[1])})"


def plist(pts, sep=", ", last=None, **kw) -> str:
    items = [P(p, **kw) for p in pts]
    if last is None:
        return sep.join(items)
    return sep.join(items[:-1]) + last + items[-1]


def sq_term(var, h, sq="^2"):
    h = F(h)
    if h == 0:
        return f"{var}{sq}"
    if h > 0:
        return f"({var} - {fnum(h)}){sq}"
    return f"({var} + {fnum(-h)}){sq}"


def circ_eq(c, r2, sq="^2", spaced=True):
    s = f"{sq_term('x', c[0], sq)} + {sq_term('y', c[1], sq)} = {fnum(r2)}"
    return s if spaced else s.replace(" ", "")


def lin_expr(terms):
    """terms: list of (coef, var-string); renders '3x - 4y + 2'."""
    out = ""
    for coef, var in terms:
        coef = F(coef)
        if coef == 0:
            continue
        mag = abs(coef)
        body = (fnum(mag) if (mag != 1 or not var) else "") + var
        if not out:
            out = ("-" if coef < 0 else "") + body
        else:
            out += (" - " if coef < 0 else " + ") + body
    return out or "0"


def circ_expanded(c, r2, sq="^2"):
    h, k = c
    D, E, Fc = -2 * h, -2 * k, h * h + k * k - r2
    return lin_expr([(1, f"x{sq}"), (1, f"y{sq}"), (D, "x"), (E, "y"), (Fc, "")]) + " = 0"


def line_str(line, sq=None):
    """line = (a, b, c): a x + b y = c.  Rendered as y = mx + k when b == 1, else ax + by = c."""
    a, b, c = line
    if b == 1:
        m, k = -a, c
        rhs = lin_expr([(m, "x"), (k, "")])
        return f"y = {rhs}"
    return f"{lin_expr([(a, 'x'), (b, 'y')])} = {fnum(c)}"


# ------------------------------------------------------------------------------------------
# Exact oracle
# ------------------------------------------------------------------------------------------

def S(q):
    q = F(q)
    return sp.Rational(q.numerator, q.denominator)


def d2(a, b):
    return (F(a[0]) - F(b[0])) ** 2 + (F(a[1]) - F(b[1])) ** 2


def sqrt_of(q):
    return sp.sqrt(S(q))


def cross(o, a, b):
    return (F(a[0]) - F(o[0])) * (F(b[1]) - F(o[1])) - (F(a[1]) - F(o[1])) * (F(b[0]) - F(o[0]))


def on_segment(p, a, b):
    return (cross(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
            and min(a[1], b[1]) <= p[1] <= max(a[1], b[1]))


def seg_inter(p1, p2, p3, p4):
    """The single intersection point of two closed segments, or None; Retry if they overlap."""
    rx, ry = F(p2[0]) - p1[0], F(p2[1]) - p1[1]
    sx, sy = F(p4[0]) - p3[0], F(p4[1]) - p3[1]
    den = rx * sy - ry * sx
    qpx, qpy = F(p3[0]) - p1[0], F(p3[1]) - p1[1]
    if den == 0:
        if qpx * ry - qpy * rx == 0 and (  # collinear
                on_segment(p3, p1, p2) or on_segment(p4, p1, p2) or on_segment(p1, p3, p4)
                or on_segment(p2, p3, p4)):
            raise Retry("collinear overlap")
        return None
    t = (qpx * sy - qpy * sx) / den
    u = (qpx * ry - qpy * rx) / den
    if 0 <= t <= 1 and 0 <= u <= 1:
        return (p1[0] + t * rx, p1[1] + t * ry)
    return None


def shoelace2(poly):
    s = F(0)
    n = len(poly)
    for i in range(n):
        x1, y1 = poly[i]
        x2, y2 = poly[(i + 1) % n]
        s += F(x1) * y2 - F(x2) * y1
    return s


def poly_area(poly):
    return abs(shoelace2(poly)) / 2


def perimeter(poly):
    n = len(poly)
    return sum((sqrt_of(d2(poly[i], poly[(i + 1) % n])) for i in range(n)), sp.Integer(0))


def pip(p, poly):
    """'inside' / 'boundary' / 'outside' by exact crossing number."""
    n = len(poly)
    for i in range(n):
        if on_segment(p, poly[i], poly[(i + 1) % n]):
            return "boundary"
    px, py = F(p[0]), F(p[1])
    inside = False
    for i in range(n):
        (ax, ay), (bx, by) = poly[i], poly[(i + 1) % n]
        if (ay > py) != (by > py):
            xint = F(ax) + (py - ay) * (F(bx) - ax) / (F(by) - ay)
            if px < xint:
                inside = not inside
    return "inside" if inside else "outside"


def point_circle(p, c, r):
    D, R = d2(p, c), F(r) ** 2
    return "inside" if D < R else "boundary" if D == R else "outside"


def cc_kind(c1, r1, c2, r2):
    D = d2(c1, c2)
    s, t = (F(r1) + r2) ** 2, (F(r1) - r2) ** 2
    if D == 0 and r1 == r2:
        return "same"
    if s < D:
        return "separate"
    if s == D:
        return "ext_tangent"
    if t < D:
        return "intersect"
    if t == D:
        return "int_tangent"
    return "contained"


CC_COUNT = {"separate": 0, "ext_tangent": 1, "intersect": 2, "int_tangent": 1, "contained": 0}


def line_line_count(l1, l2):
    a1, b1, c1 = l1
    a2, b2, c2 = l2
    det = F(a1) * b2 - F(a2) * b1
    if det != 0:
        return 1
    if F(a1) * c2 - F(a2) * c1 == 0 and F(b1) * c2 - F(b2) * c1 == 0:
        raise Retry("same line")
    return 0


def line_circle_count(line, c, r):
    a, b, cc = (F(v) for v in line)
    num = (a * c[0] + b * c[1] - cc) ** 2
    den = F(r) ** 2 * (a * a + b * b)
    return 0 if num > den else 1 if num == den else 2


def seg_circle_count(p, q, c, r):
    dx, dy = F(q[0]) - p[0], F(q[1]) - p[1]
    fx, fy = F(p[0]) - c[0], F(p[1]) - c[1]
    A = dx * dx + dy * dy
    B = 2 * (dx * fx + dy * fy)
    C = fx * fx + fy * fy - F(r) ** 2
    disc = B * B - 4 * A * C
    if disc < 0:
        return 0
    if disc == 0:
        t = -B / (2 * A)
        return 1 if 0 <= t <= 1 else 0
    root = sp.sqrt(S(disc))
    cnt = 0
    for sgn in (1, -1):
        t = (S(-B) + sgn * root) / S(2 * A)
        if bool(t >= 0) and bool(t <= 1):
            cnt += 1
    return cnt


def line_poly_points(line, poly):
    a, b, c = (F(v) for v in line)
    pts = set()
    n = len(poly)
    for i in range(n):
        p, q = poly[i], poly[(i + 1) % n]
        sp_, sq_ = a * p[0] + b * p[1] - c, a * q[0] + b * q[1] - c
        if sp_ == 0 and sq_ == 0:
            raise Retry("line along an edge")
        if sp_ == 0:
            pts.add((F(p[0]), F(p[1])))
        if sq_ == 0:
            pts.add((F(q[0]), F(q[1])))
        if sp_ * sq_ < 0:
            t = sp_ / (sp_ - sq_)
            pts.add((p[0] + t * (F(q[0]) - p[0]), p[1] + t * (F(q[1]) - p[1])))
    return pts


def seg_poly_points(p, q, poly, allow_vertex=False):
    pts = set()
    n = len(poly)
    for i in range(n):
        x = seg_inter(p, q, poly[i], poly[(i + 1) % n])
        if x is not None:
            pts.add((F(x[0]), F(x[1])))
    if not allow_vertex:
        vs = {(F(v[0]), F(v[1])) for v in poly}
        if pts & vs or pip(p, poly) == "boundary" or pip(q, poly) == "boundary":
            raise Retry("touches a vertex")
    return pts


def is_convex(poly):
    n = len(poly)
    signs = {cross(poly[i], poly[(i + 1) % n], poly[(i + 2) % n]) > 0 for i in range(n)}
    return len(signs) == 1


def is_simple(poly):
    n = len(poly)
    for i in range(n):
        if cross(poly[i - 1], poly[i], poly[(i + 1) % n]) == 0:
            return False
    for i in range(n):
        for j in range(i + 1, n):
            if j == i + 1 or (i == 0 and j == n - 1):
                continue
            try:
                if seg_inter(poly[i], poly[(i + 1) % n], poly[j], poly[(j + 1) % n]) is not None:
                    return False
            except Retry:
                return False
    return True


def hull_area(pts):
    pts = sorted(set(pts))
    lower, upper = [], []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return poly_area(lower[:-1] + upper[:-1])


# ------------------------------------------------------------------------------------------
# Random shapes
# ------------------------------------------------------------------------------------------

def ri(rng, lo, hi):
    return F(rng.randint(lo, hi))


def rpt(rng, lo=-9, hi=9):
    return (ri(rng, lo, hi), ri(rng, lo, hi))


def two_pts(rng, lo=-9, hi=9, half=False):
    while True:
        a, b = rpt(rng, lo, hi), rpt(rng, lo, hi)
        if half:
            a = (a[0] + F(rng.choice([0, 1]), 2), a[1])
            b = (b[0], b[1] + F(rng.choice([0, 1]), 2))
        if a != b and a[0] != b[0] and a[1] != b[1]:
            return a, b


TRIPLES = [(3, 4, 5), (4, 3, 5), (0, 1, 1), (1, 0, 1), (5, 12, 13), (12, 5, 13), (6, 8, 10),
           (8, 6, 10), (0, 2, 2), (2, 0, 2), (0, 3, 3)]


def cc_pair(rng, kind, origin=False, rmax=8, lo=-6, hi=6):
    for _ in range(5000):
        c1 = (F(0), F(0)) if origin else rpt(rng, lo, hi)
        if kind in ("ext_tangent", "int_tangent"):
            a, b, h = rng.choice(TRIPLES)
            sx, sy = rng.choice([1, -1]), rng.choice([1, -1])
            c2 = (c1[0] + a * sx, c1[1] + b * sy)
            if kind == "ext_tangent":
                if h < 2:
                    continue
                r1 = rng.randint(1, h - 1)
                r2 = h - r1
            else:
                r2 = rng.randint(1, 5)
                r1 = r2 + h
                if origin and rng.random() < 0.5:
                    r1, r2 = r2, r1
        else:
            c2 = rpt(rng, lo, hi)
            r1, r2 = rng.randint(1, rmax), rng.randint(1, rmax)
        r1, r2 = F(r1), F(r2)
        if c1 == c2:
            continue
        if cc_kind(c1, r1, c2, r2) == kind:
            if not origin and rng.random() < 0.5:
                c1, r1, c2, r2 = c2, r2, c1, r1
            return c1, r1, c2, r2
    raise Retry(kind)


def gen_polygon(rng, n, lo=-2, hi=10, convex=None, hull_differs=False):
    for _ in range(5000):
        pts = list({rpt(rng, lo, hi) for _ in range(n)})
        if len(pts) != n:
            continue
        cx = sum(p[0] for p in pts) / n
        cy = sum(p[1] for p in pts) / n
        pts.sort(key=lambda p: math.atan2(float(p[1] - cy), float(p[0] - cx)))
        if not is_simple(pts):
            continue
        if poly_area(pts) == 0:
            continue
        cv = is_convex(pts)
        if (convex is True and not cv) or (convex is False and cv):
            continue
        if hull_differs and hull_area(pts) == poly_area(pts):
            continue
        k = rng.randrange(n)
        pts = pts[k:] + pts[:k]
        if rng.random() < 0.5:
            pts = pts[::-1]
        return pts
    raise Retry("polygon")


def boundary_point(rng, poly):
    n = len(poly)
    i = rng.randrange(n)
    a, b = poly[i], poly[(i + 1) % n]
    g = math.gcd(int(abs(b[0] - a[0])), int(abs(b[1] - a[1])))
    if g >= 2:
        k = rng.randint(1, g - 1)
        p = (a[0] + (b[0] - a[0]) * k / g, a[1] + (b[1] - a[1]) * k / g)
    else:
        p = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    assert pip(p, poly) == "boundary"
    return p


def pick_point(rng, poly, want):
    if want == "vertex":
        return rng.choice(poly)
    if want == "boundary":
        return boundary_point(rng, poly)
    xs, ys = [p[0] for p in poly], [p[1] for p in poly]
    for _ in range(2000):
        p = (ri(rng, int(min(xs)) - 1, int(max(xs)) + 1), ri(rng, int(min(ys)) - 1,
                                                            int(max(ys)) + 1))
        if pip(p, poly) == want:
            return p
    raise Retry("point")


def rand_line(rng, kind=None):
    if kind is None:
        kind = rng.choice(["slope", "slope", "general"])
    if kind == "slope":
        return (F(-rng.choice([-3, -2, -1, 1, 2, 3, 0])), F(1), ri(rng, -6, 6))
    while True:
        a, b = ri(rng, -4, 4), ri(rng, -4, 4)
        if a != 0 and b not in (0, 1):
            return (a, b, ri(rng, -12, 12))


DIRS_EN = {"right": (1, 0), "left": (-1, 0), "up": (0, 1), "down": (0, -1)}
DIRS_ZH = {"右": (1, 0), "左": (-1, 0), "上": (0, 1), "下": (0, -1)}


def shift(p, d, k):
    return (p[0] + d[0] * k, p[1] + d[1] * k)


# ------------------------------------------------------------------------------------------
# Expected-answer builders
# ------------------------------------------------------------------------------------------

def E_real(expr):
    return {"type": "real", "answer": str(sp.sympify(expr))}


def E_num(q):
    return {"type": "number", "answer": str(F(q))}


def E_bool(b):
    return {"type": "bool", "answer": "yes" if b else "no"}


def E_rel(r, yes_if=None):
    e = {"type": "relation", "answer": r}
    if yes_if:
        e["yes_if"] = yes_if
    return e


# ------------------------------------------------------------------------------------------
# Templates
# ------------------------------------------------------------------------------------------

POS: list[tuple[str, str, object]] = []
NEG: list[tuple[str, str, str, object]] = []


def pos(name, lang):
    def deco(f):
        POS.append((name, lang, f))
        return f
    return deco


def neg(name, lang, category):
    def deco(f):
        NEG.append((name, lang, category, f))
        return f
    return deco


# ---- distances -----------------------------------------------------------------------------

@pos("dist_plain", "en")
def _(rng, i):
    a, b = two_pts(rng)
    return f"What is the distance between {P(a)} and {P(b)}?", E_real(sqrt_of(d2(a, b)))


@pos("dist_labels_after", "en")
def _(rng, i):
    a, b = two_pts(rng, half=(i % 2 == 1))
    return (f"A = {P(a)}, B = {P(b)}. How far apart are A and B?",
            E_real(sqrt_of(d2(a, b))))


@pos("dist_towers", "en")
def _(rng, i):
    a, b = two_pts(rng, 0, 20)
    return (f"Two radio towers stand at {P(a)} and {P(b)} on a map grid where one unit is 1 km. "
            f"How far apart are the towers, in km?", E_real(sqrt_of(d2(a, b))))


@pos("seglen_arrow", "en")
def _(rng, i):
    a, b = two_pts(rng)
    arrow = "->" if i % 2 == 0 else "→"
    return f"Find the length of the segment {P(a)} {arrow} {P(b)}.", E_real(sqrt_of(d2(a, b)))


@pos("dist_origin", "en")
def _(rng, i):
    a = rpt(rng)
    if a == (0, 0):
        raise Retry
    return (f"How far is the point P{P(a, compact=True)} from the origin?",
            E_real(sqrt_of(d2(a, (0, 0)))))


@pos("casual_dist", "en")
def _(rng, i):
    a, b = two_pts(rng, -5, 15)
    return (f"hey quick one, me and my mate are standing at {P(a, compact=True)} and "
            f"{P(b, compact=True)} on the grid lol, how far apart is that?",
            E_real(sqrt_of(d2(a, b))))


@pos("exam_ab", "en")
def _(rng, i):
    a, b = two_pts(rng)
    q, m = rng.randint(1, 12), rng.randint(2, 4)
    return (f"Q{q}. ({m} marks) The points A{P(a)} and B{P(b)} are given. Calculate |AB|, "
            f"leaving your answer in exact form.", E_real(sqrt_of(d2(a, b))))


# ---- circle measures -----------------------------------------------------------------------

@pos("circle_area_r", "en")
def _(rng, i):
    c, r = rpt(rng), ri(rng, 1, 12)
    return (f"A circle is centred at {P(c)} with r = {fnum(r)} cm. What is its area in cm²?",
            E_real(sp.pi * S(r) ** 2))


@pos("circle_area_diam", "en")
def _(rng, i):
    c, D = rpt(rng, 0, 30), ri(rng, 3, 20)
    return (f"A circular pond with its centre at {P(c)} has a diameter of {fnum(D)} m. "
            f"What's the area of the pond?", E_real(sp.pi * S(D / 2) ** 2))


@pos("circ_eq_circumference", "en")
def _(rng, i):
    c, r2 = rpt(rng, -6, 6), ri(rng, 2, 50)
    sq = "^2" if i % 2 == 0 else "²"
    return (f"What is the circumference of the circle {circ_eq(c, r2, sq)}?",
            E_real(2 * sp.pi * sqrt_of(r2)))


@pos("circle_area_expanded", "en")
def _(rng, i):
    c = rpt(rng, -5, 5)
    if c[0] == 0 or c[1] == 0:
        raise Retry
    r2 = ri(rng, 1, 40)
    return (f"Find the area enclosed by the circle {circ_expanded(c, r2)}.",
            E_real(sp.pi * S(r2)))


@pos("radius_scaled", "en")
def _(rng, i):
    c, r = rpt(rng), ri(rng, 2, 9)
    word, k = [("doubled", 2), ("tripled", 3), ("halved", F(1, 2)), ("doubled", 2)][i]
    return (f"A circle has centre {P(c)} and radius {fnum(r)}. Its radius is then {word} "
            f"(the centre stays put). What is the area of the new circle?",
            E_real(sp.pi * S(r * k) ** 2))


@pos("circle_through_point", "en")
def _(rng, i):
    c, p = two_pts(rng, -6, 6)
    return (f"The circle centred at {P(c)} passes through the point {P(p)}. "
            f"What is its circumference?", E_real(2 * sp.pi * sqrt_of(d2(c, p))))


# ---- circle-circle -------------------------------------------------------------------------

@pos("cc_intersect_yn", "en")
def _(rng, i):
    kind = ["intersect", "separate", "separate", "intersect"][i]
    c1, r1, c2, r2 = cc_pair(rng, kind)
    ans = CC_COUNT[cc_kind(c1, r1, c2, r2)] > 0
    return (f"Do the circles centred at {P(c1)} with radius {fnum(r1)} and centred at {P(c2)} "
            f"with radius {fnum(r2)} intersect? Answer yes or no.", E_bool(ans))


@pos("cc_common_points", "en")
def _(rng, i):
    kind = ["int_tangent", "ext_tangent", "intersect", "contained"][i]
    c1, r1, c2, r2 = cc_pair(rng, kind)
    return (f"Circle C1 has centre {P(c1)} and radius {fnum(r1)}. Circle C2 has centre {P(c2)} "
            f"and radius {fnum(r2)}. How many points do C1 and C2 have in common?",
            E_num(CC_COUNT[cc_kind(c1, r1, c2, r2)]))


@pos("sprinkler_overlap", "en")
def _(rng, i):
    kind = ["contained", "separate", "intersect", "separate"][i]
    c1, r1, c2, r2 = cc_pair(rng, kind, lo=0, hi=12)
    ans = d2(c1, c2) < (r1 + r2) ** 2  # the watered discs share area
    return (f"I'm planning sprinkler coverage for the lawn. Sprinkler one sits at {P(c1)} and "
            f"waters everything within {fnum(r1)} m; sprinkler two sits at {P(c2)} with a "
            f"{fnum(r2)} m reach. Will the watered areas overlap?", E_bool(ans))


@pos("cc_tangent_eq", "en")
def _(rng, i):
    kind = ["int_tangent", "ext_tangent", "intersect", "separate"][i]
    c1, r1, c2, r2 = cc_pair(rng, kind, origin=True)
    k = cc_kind(c1, r1, c2, r2)
    return (f"Are the circles x^2 + y^2 = {fnum(r1 ** 2)} and {circ_eq(c2, r2 ** 2)} tangent "
            f"to each other?", E_bool(k in ("int_tangent", "ext_tangent")))


@pos("cc_inside_yn", "en")
def _(rng, i):
    kind = ["contained", "intersect", "contained", "separate"][i]
    c1, r1, c2, r2 = cc_pair(rng, kind)
    # ask whether (c2, r2) lies inside (c1, r1); item 0 asks the true way round, item 2 reversed
    big_first = r1 > r2
    if (i == 0 and not big_first) or (i == 2 and big_first):
        c1, r1, c2, r2 = c2, r2, c1, r1
    ans = d2(c1, c2) < (r1 - r2) ** 2 and r2 < r1
    return (f"Is the circle with centre {P(c2)} and radius {fnum(r2)} entirely inside the "
            f"circle with centre {P(c1)} and radius {fnum(r1)}?", E_bool(ans))


@pos("cc_centres", "en")
def _(rng, i):
    kind = ["separate", "intersect", "separate", "contained"][i]
    c1, r1, c2, r2 = cc_pair(rng, kind)
    return (f"Circle 1 has centre {P(c1)} and radius {fnum(r1)}; circle 2 has centre {P(c2)} "
            f"and radius {fnum(r2)}. How far apart are the centres?",
            E_real(sqrt_of(d2(c1, c2))))


@pos("cc_moved", "en")
def _(rng, i):
    c1, r1, c2, r2 = cc_pair(rng, rng.choice(["separate", "intersect", "contained"]))
    dname = ["right", "left", "up", "down"][i]
    k = rng.randint(2, 6)
    c2n = shift(c2, DIRS_EN[dname], k)
    before = CC_COUNT[cc_kind(c1, r1, c2, r2)]
    kn = cc_kind(c1, r1, c2n, r2)
    if kn == "same":
        raise Retry
    after = CC_COUNT[kn]
    if i < 3 and before == after:
        raise Retry
    return (f"Circle A: centre {P(c1)}, radius {fnum(r1)}.\nCircle B: centre {P(c2)}, radius "
            f"{fnum(r2)}.\nCircle B is then moved {k} units {dname}. After the move, how many "
            f"intersection points do the two circles have?", E_num(after))


# ---- intersections of segments / lines / circles / polygons -----------------------------

def seg_pair(rng, want):
    for _ in range(5000):
        a, b, c, d = (rpt(rng, -6, 6) for _ in range(4))
        if a == b or c == d:
            continue
        try:
            x = seg_inter(a, b, c, d)
        except Retry:
            continue
        if x is not None and x in (a, b, c, d):
            continue  # avoid touching at an endpoint
        if (x is not None) == want:
            return a, b, c, d
    raise Retry


@pos("seg_seg_yn", "en")
def _(rng, i):
    a, b, c, d = seg_pair(rng, i in (0, 3))
    ans = seg_inter(a, b, c, d) is not None
    return (f"Does segment AB with A{P(a)} and B{P(b)} intersect segment CD with C{P(c)} and "
            f"D{P(d)}? Answer yes or no.", E_bool(ans))


@pos("line_line_count", "en")
def _(rng, i):
    l1 = rand_line(rng)
    if i == 1:  # parallel
        off = rng.choice([-5, -3, 4, 7])
        if l1[1] == 1:
            l2 = (l1[0], F(1), l1[2] + off)
        else:
            k = rng.choice([2, -1, 3])
            l2 = (l1[0] * k, l1[1] * k, l1[2] * k + off)
    else:
        l2 = rand_line(rng)
    return (f"How many intersection points do the lines {line_str(l1)} and {line_str(l2)} have?",
            E_num(line_line_count(l1, l2)))


@pos("line_circle_count", "en")
def _(rng, i):
    c, r = rpt(rng, -5, 5), ri(rng, 1, 8)
    if i == 0:  # tangent, from a Pythagorean direction
        a, b, h = rng.choice([(3, 4, 5), (4, 3, 5), (3, -4, 5), (0, 1, 1)])
        sgn = rng.choice([1, -1])
        line = (F(a), F(b), a * c[0] + b * c[1] + sgn * h * r)
    else:
        line = rand_line(rng)
    want = [1, 2, 0, None][i]
    n = line_circle_count(line, c, r)
    if want is not None and n != want:
        raise Retry
    return (f"How many times does the line {line_str(line)} meet the circle with centre {P(c)} "
            f"and radius {fnum(r)}?", E_num(n))


@pos("seg_circle_count", "en")
def _(rng, i):
    c, r = rpt(rng, -4, 4), ri(rng, 2, 6)
    p, q = two_pts(rng, -9, 9)
    n = seg_circle_count(p, q, c, r)
    if n != [2, 1, 0, 1][i]:
        raise Retry
    return (f"The segment from {P(p)} to {P(q)} and the circle centred at {P(c)} with radius "
            f"{fnum(r)} — how many points of intersection are there?", E_num(n))


@pos("segments_multi", "en")
def _(rng, i):
    k = 3 if i < 2 else 4
    segs = []
    while len(segs) < k:
        a, b = rpt(rng, 0, 10), rpt(rng, 0, 10)
        if a != b:
            segs.append((a, b))
    pts, pairs = set(), 0
    ends = {p for s in segs for p in s}
    for x in range(k):
        for y in range(x + 1, k):
            pt = seg_inter(*segs[x], *segs[y])
            if pt is not None:
                pts.add(pt)
                pairs += 1
    if pairs != len(pts) or pts & ends or not pts:
        raise Retry
    lines = "\n".join(f"- {P(a)} to {P(b)}" for a, b in segs)
    return (f"Here are some line segments:\n{lines}\nHow many intersection points are there "
            f"among them?", E_num(len(pts)))


@pos("poly_seg_count", "en")
def _(rng, i):
    poly = gen_polygon(rng, rng.choice([4, 5, 6]), convex=(False if i % 2 else None))
    p, q = two_pts(rng, -3, 11)
    pts = seg_poly_points(p, q, poly)
    if len(pts) != [2, 1, 0, None][i] and i < 3:
        raise Retry
    return (f"How many times does the segment from {P(p)} to {P(q)} cross the boundary of the "
            f"polygon with vertices {plist(poly)}?", E_num(len(pts)))


@pos("line_square_count", "en")
def _(rng, i):
    c = rpt(rng, -3, 3)
    u = (ri(rng, 1, 3), ri(rng, 0, 3))
    v = (-u[1], u[0])
    sq = [(c[0] + u[0], c[1] + u[1]), (c[0] + v[0], c[1] + v[1]), (c[0] - u[0], c[1] - u[1]),
          (c[0] - v[0], c[1] - v[1])]
    line = rand_line(rng, "slope")
    n = len(line_poly_points(line, sq))
    if i < 2 and n != [2, 1][i]:
        raise Retry
    return (f"At how many points does the line {line_str(line)} intersect the boundary of the "
            f"square with vertices {plist(sq)}?", E_num(n))


# ---- point location ------------------------------------------------------------------------

@pos("pip_relation", "en")
def _(rng, i):
    poly = gen_polygon(rng, rng.choice([4, 5, 6]))
    want = ["boundary", "inside", "outside", "vertex"][i]
    p = pick_point(rng, poly, want)
    return (f"Is the point {P(p)} inside, outside or on the boundary of the polygon with "
            f"vertices {plist(poly)}?", E_rel(pip(p, poly)))


@pos("pip_fence", "en")
def _(rng, i):
    poly = gen_polygon(rng, rng.choice([5, 6]), lo=0, hi=30, convex=False)
    p = pick_point(rng, poly, ["inside", "outside", "inside", "outside"][i])
    return (f"We have a fenced plot with corners at {plist(poly)} (coordinates in metres, going "
            f"round the fence in that order). My dog is standing at {P(p)}. Is the dog inside "
            f"the plot?", E_rel(pip(p, poly), yes_if="inside"))


@pos("pip_bullets", "en")
def _(rng, i):
    poly = gen_polygon(rng, rng.choice([4, 5]))
    p = pick_point(rng, poly, ["vertex", "outside", "inside", "boundary"][i])
    lines = "\n".join(f"• {P(v)}" for v in poly)
    return (f"Polygon vertices:\n{lines}\nPoint: {P(p)}\nWhere is the point relative to the "
            f"polygon?", E_rel(pip(p, poly)))


def lattice_on_circle(rng, c, r2):
    r = math.isqrt(int(r2)) + 1
    opts = [(c[0] + x, c[1] + y) for x in range(-r, r + 1) for y in range(-r, r + 1)
            if x * x + y * y == r2]
    if not opts:
        raise Retry
    return rng.choice(opts)


@pos("point_circle_rel", "en")
def _(rng, i):
    R2 = F(rng.choice([25, 50, 65, 85, 100, 169, 13, 10]))
    want = ["boundary", "inside", "outside", "boundary"][i]
    p = lattice_on_circle(rng, (0, 0), R2) if want == "boundary" else rpt(rng, -13, 13)
    rel = "inside" if d2(p, (0, 0)) < R2 else "boundary" if d2(p, (0, 0)) == R2 else "outside"
    if rel != want:
        raise Retry
    return (f"Where does {P(p)} lie relative to the circle x^2 + y^2 = {fnum(R2)}: inside, on "
            f"it, or outside?", E_rel(rel))


@pos("point_circle_diam", "en")
def _(rng, i):
    c, D = rpt(rng, -5, 5), ri(rng, 4, 14)
    r = D / 2
    p = rpt(rng, -15, 15)
    dd = d2(p, c)
    if i in (0, 2):  # the trap: outside the real circle but within "radius = diameter"
        if not (r * r < dd < D * D):
            raise Retry
    elif i == 1:
        if not dd < r * r:
            raise Retry
    elif not dd > D * D:
        raise Retry
    return (f"A circle has diameter {fnum(D)} and centre {P(c)}. Is the point {P(p)} inside "
            f"it? Answer yes or no.", E_rel(point_circle(p, c, r), yes_if="inside"))


@pos("point_on_circle_eq", "en")
def _(rng, i):
    c = rpt(rng, -5, 5)
    r2 = F(rng.choice([5, 10, 13, 25, 17, 20, 29]))
    if i in (0, 2):
        p = lattice_on_circle(rng, c, r2)
    else:
        p = rpt(rng, -9, 9)
        if d2(p, c) == r2:
            raise Retry
    return (f"Does the point {P(p)} lie on the circle {circ_eq(c, r2)}?",
            E_bool(d2(p, c) == r2))


@pos("reflect_point_circle", "en")
def _(rng, i):
    c, r = rpt(rng, -6, 6), ri(rng, 2, 7)
    p = rpt(rng, -9, 9)
    img = (p[0], -p[1])
    before, after = point_circle(p, c, r), point_circle(img, c, r)
    if "boundary" in (before, after) or (i < 3 and before == after):
        raise Retry
    return (f"Reflect the point {P(p)} in the x-axis. Is the image inside the circle centred at "
            f"{P(c)} with radius {fnum(r)}?", E_rel(after, yes_if="inside"))


@pos("tri_translated_pip", "en")
def _(rng, i):
    tri = gen_polygon(rng, 3, lo=-4, hi=8)
    dname = ["right", "up", "left", "down"][i]
    k = rng.randint(2, 5)
    moved = [shift(v, DIRS_EN[dname], k) for v in tri]
    p = rpt(rng, -6, 12)
    before, after = pip(p, tri), pip(p, moved)
    if "boundary" in (before, after) or (i < 3 and before == after):
        raise Retry
    if after != ["inside", "outside"][i % 2]:
        raise Retry
    a, b, c = tri
    return (f"Triangle ABC has vertices A{P(a)}, B{P(b)} and C{P(c)}. The triangle is "
            f"translated {k} units {dname}. Is the point {P(p)} inside the translated "
            f"triangle?", E_rel(after, yes_if="inside"))


@pos("circle_line_touch_relclause", "en")
def _(rng, i):
    c, r = rpt(rng, -6, 6), ri(rng, 1, 6)
    k = c[1] + rng.choice([-1, 1]) * r if i == 0 else ri(rng, -12, 12)
    meets = abs(c[1] - k) <= r
    if (i == 2 and meets) or (i == 1 and not meets):
        raise Retry
    return (f"Does the circle whose centre is {P(c)} and whose radius is {fnum(r)} touch or cross "
            f"the line y = {fnum(k)}?", E_bool(meets))


# ---- areas and perimeters ------------------------------------------------------------------

@pos("poly_area_order", "en")
def _(rng, i):
    poly = gen_polygon(rng, rng.choice([5, 6]), convex=False, hull_differs=True)
    return (f"Find the area of the polygon with vertices {plist(poly)}, taken in that order.",
            E_num(poly_area(poly)))


@pos("quad_perimeter", "en")
def _(rng, i):
    poly = gen_polygon(rng, 4, convex=True)
    a, b, c, d = poly
    return (f"What is the perimeter of quadrilateral ABCD with A{P(a)}, B{P(b)}, C{P(c)} and "
            f"D{P(d)}?", E_real(perimeter(poly)))


@pos("tri_area_passive", "en")
def _(rng, i):
    tri = gen_polygon(rng, 3, lo=-8, hi=8)
    return (f"The vertices of a triangle are located at {plist(tri, last=' and ')}. "
            f"What area is enclosed by it?", E_num(poly_area(tri)))


@pos("tri_area_pqr", "en")
def _(rng, i):
    tri = gen_polygon(rng, 3, lo=-8, hi=8)
    p, q, r = tri
    return (f"What's the area of triangle PQR if P = {P(p)}, Q = {P(q)} and R = {P(r)}?",
            E_num(poly_area(tri)))


@pos("garden_fence", "en")
def _(rng, i):
    if i % 2 == 0:
        x0, y0 = ri(rng, 0, 5), ri(rng, 0, 5)
        w, h = ri(rng, 3, 20), ri(rng, 3, 20)
        poly, shape = [(x0, y0), (x0 + w, y0), (x0 + w, y0 + h), (x0, y0 + h)], "rectangle"
    else:
        poly, shape = gen_polygon(rng, 5, lo=0, hi=20), "five-sided plot"
    return (f"My garden is a {shape} with corners at {plist(poly)} (in metres). How much "
            f"fencing do I need to go all the way round?", E_real(perimeter(poly)))


@pos("field_stakes", "en")
def _(rng, i):
    tri = gen_polygon(rng, 3, lo=0, hi=40)
    return (f"Field survey notes (all in metres): stakes were driven in at {plist(tri)}. "
            f"What's the area of the triangular patch between the three stakes?",
            E_num(poly_area(tri)))


# ---- Chinese -------------------------------------------------------------------------------

@pos("zh_dist", "zh")
def _(rng, i):
    a, b = two_pts(rng)
    return f"点A{P(a)}和点B{P(b)}之间的距离是多少？", E_real(sqrt_of(d2(a, b)))


@pos("zh_cc_count", "zh")
def _(rng, i):
    kind = ["int_tangent", "intersect", "contained", "ext_tangent"][i]
    c1, r1, c2, r2 = cc_pair(rng, kind)
    return (f"圆C₁：圆心{P(c1)}，半径{fnum(r1)}；"
            f"圆C₂：圆心{P(c2)}，半径{fnum(r2)}。两圆有几个交点？",
            E_num(CC_COUNT[cc_kind(c1, r1, c2, r2)]))


@pos("zh_pip", "zh")
def _(rng, i):
    poly = gen_polygon(rng, rng.choice([4, 5]))
    p = pick_point(rng, poly, ["boundary", "inside", "outside", "vertex"][i])
    return (f"已知多边形的顶点依次为{plist(poly, sep='、')}，"
            f"判断点P{P(p)}在多边形的内部、外部还是边界上。",
            E_rel(pip(p, poly)))


@pos("zh_poly_area", "zh")
def _(rng, i):
    poly = gen_polygon(rng, rng.choice([4, 5]), convex=(None if i % 2 else False))
    return (f"求以{plist(poly, sep='、', compact=True)}为顶点（按此顺序连接）的多边形的面积。",
            E_num(poly_area(poly)))


@pos("zh_circle_area_diam", "zh")
def _(rng, i):
    c, D = rpt(rng, 0, 20), ri(rng, 2, 16)
    return (f"一个圆形花坛的直径是{fnum(D)}米，圆心在{P(c)}，这个花坛的面积是多少平方米？",
            E_real(sp.pi * S(D / 2) ** 2))


@pos("zh_point_circle_yn", "zh")
def _(rng, i):
    R2 = F(rng.choice([16, 25, 36, 20, 50]))
    p = rpt(rng, -8, 8)
    rel = "inside" if d2(p, (0, 0)) < R2 else "boundary" if d2(p, (0, 0)) == R2 else "outside"
    if rel == "boundary" or rel != ["inside", "outside"][i % 2]:
        raise Retry
    return (f"点{P(p, fw=(i == 3))}在圆x²+y²={fnum(R2)}的内部吗？请回答是或否。",
            E_rel(rel, yes_if="inside"))


@pos("zh_seg_yn", "zh")
def _(rng, i):
    a, b, c, d = seg_pair(rng, i in (1, 2))
    return (f"线段AB（A{P(a)}，B{P(b)}）与线段CD（C{P(c)}，D{P(d)}）是否相交？",
            E_bool(seg_inter(a, b, c, d) is not None))


@pos("zh_tower_overlap", "zh")
def _(rng, i):
    kind = ["separate", "intersect", "contained", "separate"][i]
    c1, r1, c2, r2 = cc_pair(rng, kind, lo=0, hi=15)
    return (f"两座信号塔分别位于{P(c1)}和{P(c2)}（单位：千米），覆盖半径分别为{fnum(r1)}千米和"
            f"{fnum(r2)}千米。它们的覆盖范围有重叠吗？", E_bool(d2(c1, c2) < (r1 + r2) ** 2))


@pos("zh_tri_perimeter", "zh")
def _(rng, i):
    tri = gen_polygon(rng, 3, lo=-6, hi=6)
    a, b, c = tri
    return f"三角形ABC的三个顶点是A{P(a)}、B{P(b)}、C{P(c)}，求它的周长。", E_real(perimeter(tri))


@pos("zh_moved", "zh")
def _(rng, i):
    c1, r1, c2, r2 = cc_pair(rng, rng.choice(["separate", "intersect", "contained"]),
                             origin=True)
    dname = ["右", "左", "上", "下"][i]
    k = rng.randint(2, 6)
    c2n = shift(c2, DIRS_ZH[dname], k)
    kn = cc_kind(c1, r1, c2n, r2)
    if kn == "same" or (i < 3 and CC_COUNT[kn] == CC_COUNT[cc_kind(c1, r1, c2, r2)]):
        raise Retry
    if i < 3 and CC_COUNT[kn] != [0, 2, 0][i]:
        raise Retry
    return (f"将圆心为{P(c2)}、半径为{fnum(r2)}的圆向{dname}平移{k}个单位后，它与圆"
            f"x²+y²={fnum(r1 ** 2)}有几个公共点？", E_num(CC_COUNT[kn]))


@pos("zh_line_circle", "zh")
def _(rng, i):
    c, r2 = rpt(rng, -4, 4), F(rng.choice([5, 10, 20, 9, 16, 25]))
    line = rand_line(rng, "slope")
    a, b, cc = line
    num, den = (a * c[0] + b * c[1] - cc) ** 2, r2 * (a * a + b * b)
    n = 0 if num > den else 1 if num == den else 2
    if n != [1, 2, 0, 2][i]:
        raise Retry
    return (f"直线{line_str(line).replace(' ', '')}"
            f"与圆{circ_eq(c, r2, '²', spaced=False)}有几个交点？", E_num(n))


# ------------------------------------------------------------------------------------------
# Negatives
# ------------------------------------------------------------------------------------------

@neg("neg_missing_radius", "en", "missing_data")
def _(rng, i):
    c, p = two_pts(rng)
    return [f"A circle has centre {P(c)}. Is the point {P(p)} inside it?",
            f"There's a circle centred at {P(c)}. What's its area?",
            f"Does the circle with centre {P(c)} intersect the circle with centre {P(p)}?",
            f"What is the circumference of the circle centred at {P(c)}?"][i]


@neg("neg_missing_vertex", "en", "missing_data")
def _(rng, i):
    a, b = two_pts(rng)
    return [f"A triangle has vertices at {P(a)} and {P(b)}. What is its area?",
            f"Quadrilateral ABCD has A{P(a)}, B{P(b)} and C{P(rpt(rng))}. Find its perimeter.",
            f"Is the point {P(a)} inside the pentagon with vertices {P(b)} and {P(rpt(rng))}?",
            f"The segment starts at {P(a)}. How long is it?"][i]


@neg("neg_missing_centres", "en", "missing_data")
def _(rng, i):
    r1, r2 = rng.randint(2, 9), rng.randint(2, 9)
    return [f"Two circles have radii {r1} and {r2}. Do they intersect?",
            f"How many points do a circle of radius {r1} and a line have in common?",
            f"My two sprinklers reach {r1} m and {r2} m. Will their spray areas overlap?",
            f"Circle A has radius {r1} and circle B has radius {r2}. Is B inside A?"][i]


@neg("neg_underdetermined", "en", "underdetermined")
def _(rng, i):
    a, b = two_pts(rng, -5, 5)
    return [f"A square has one vertex at {P(a)} and another at {P(b)}. What's its area?",
            f"A circle passes through {P(a)} and {P(b)}. What is its area?",
            f"A rectangle has a corner at {P(a)} and its perimeter is 20. What is its area?",
            f"An isosceles triangle has its base from {P(a)} to {P(b)}. What's its area?"][i]


@neg("neg_formula", "en", "general_knowledge")
def _(rng, i):
    return ["What is the formula for the area of a circle?",
            "How do you work out the distance between two points on a graph?",
            "what's the shoelace formula and why does it work",
            "Remind me how to find the perimeter of a polygon from its vertices?"][i]


@neg("neg_history", "en", "general_knowledge")
def _(rng, i):
    return ["Who proved the Pythagorean theorem first?",
            "Who invented Cartesian coordinates?",
            "When was pi first calculated to more than 10 digits?",
            "Which Greek mathematician wrote the Elements?"][i]


@neg("neg_3d_points", "en", "3d")
def _(rng, i):
    a = (rng.randint(-5, 5), rng.randint(-5, 5), rng.randint(-5, 5))
    b = (rng.randint(-5, 5), rng.randint(-5, 5), rng.randint(1, 9))
    pa, pb = f"({a[0]}, {a[1]}, {a[2]})", f"({b[0]}, {b[1]}, {b[2]})"
    r = rng.randint(2, 6)
    return [f"What's the distance between {pa} and {pb}?",
            f"Is the point {pb} inside the sphere centred at {pa} with radius {r}?",
            f"How long is the segment from {pa} to {pb} in 3D space?",
            f"Do the spheres centred at {pa} and {pb}, each of radius {r}, intersect?"][i]


@neg("neg_3d_solid", "en", "3d")
def _(rng, i):
    r, h = rng.randint(2, 9), rng.randint(2, 12)
    return [f"A sphere is centred at the origin with radius {r}. What is its volume?",
            f"What's the surface area of a cylinder of radius {r} and height {h}?",
            f"A cube has vertices at (0,0,0) and ({r},{r},{r}). What's its volume?",
            f"How much water fits in a cone with base radius {r} cm and height {h} cm?"][i]


@neg("neg_proof", "en", "proof")
def _(rng, i):
    k = rng.randint(1, 4)
    return [f"Prove that the triangle with vertices (0, 0), ({4 * k}, 0) and (0, {3 * k}) is "
            f"right-angled.",
            "Show that the diagonals of a parallelogram bisect each other using coordinates.",
            f"Prove that the point ({3 * k}, {4 * k}) lies on the circle x^2 + y^2 = "
            f"{25 * k * k}, with full working.",
            "Give a proof that two distinct circles meet in at most two points."][i]


@neg("neg_opinion", "en", "opinion")
def _(rng, i):
    return ["Which is the most beautiful shape, a circle or a hexagon?",
            "Is coordinate geometry harder than trigonometry?",
            "Do you think Euclid would have liked computers?",
            "What's your favourite polygon and why?"][i]


@neg("neg_non_geometry_coords", "en", "not_geometry")
def _(rng, i):
    a, b = rng.randint(1, 20), rng.randint(1, 9)
    return [f"My flight boards at gate ({a}, {b}) — which terminal is that in?",
            f"In my spreadsheet, what value is in cell ({a}, {b})?",
            f"Playing battleship: I fired at ({b}, {a}). Did I hit anything?",
            f"Our seats are row {a}, seat {b}. Is that a good view of the stage?"][i]


@neg("neg_real_world", "en", "real_world_knowledge")
def _(rng, i):
    return ["How far is it from London to Paris?",
            "What's the area of Central Park in square metres?",
            "How long is the perimeter of the Pentagon building?",
            "What is the circumference of the Earth at the equator?"][i]


@neg("neg_quadrant", "en", "unsupported_op")
def _(rng, i):
    a = (rng.randint(1, 9) * rng.choice([1, -1]), rng.randint(1, 9) * rng.choice([1, -1]))
    return [f"Which quadrant is the point {P(a)} in?",
            f"In which quadrant does ({a[0]}, {a[1]}) lie?",
            f"Is {P(a)} in the second quadrant?",
            f"Name the quadrant containing the point P{P(a, compact=True)}."][i]


@neg("neg_tangent_line", "en", "unsupported_op")
def _(rng, i):
    k = rng.randint(1, 3)
    return [f"Find the equation of the tangent line to x^2 + y^2 = {25 * k * k} at "
            f"({3 * k}, {4 * k}).",
            f"What is the equation of the circle with centre ({k}, {-k}) and radius {k + 2}?",
            f"Find the points where the circles x^2 + y^2 = 25 and (x - {k + 3})^2 + y^2 = 16 "
            f"intersect.",
            f"What's the angle between the lines y = {k}x + 1 and y = -x + 4?"][i]


@neg("neg_draw", "en", "unsupported_op")
def _(rng, i):
    a, b = two_pts(rng, 0, 8)
    return [f"Draw the triangle with vertices {P(a)}, {P(b)} and (0, 0).",
            f"Can you plot the circle with centre {P(a)} and radius 3 for me?",
            f"Sketch the line through {P(a)} and {P(b)}.",
            "Make me a picture of a square with corners at (0, 0), (4, 0), (4, 4), (0, 4)."][i]


@neg("neg_midpoint_slope", "en", "unsupported_op")
def _(rng, i):
    a, b = two_pts(rng)
    return [f"What's the midpoint of {P(a)} and {P(b)}?",
            # Was "Find the slope of the line through A and B.": a slope through two given
            # points is fully computable and the geometry tool answers it (rightly), so it
            # is no negative; replaced by an operation no tool does (project review).
            f"Find the perpendicular bisector of the segment from {P(a)} to {P(b)}.",
            f"Give the equation of the line passing through {P(a)} and {P(b)}.",
            f"Find the centroid of the triangle with vertices {P(a)}, {P(b)} and (0, 0)."][i]


@neg("neg_symbolic", "en", "symbolic")
def _(rng, i):
    return ["A circle has centre (a, b) and radius r. Is the point (p, q) inside it?",
            "What's the distance between (x, 0) and (0, y)?",
            "Find the area of the triangle with vertices (0, 0), (a, 0) and (0, b).",
            "Do the circles x^2 + y^2 = r^2 and (x - d)^2 + y^2 = 1 intersect?"][i]


@neg("neg_conceptual", "en", "general_knowledge")
def _(rng, i):
    return ["Can two circles intersect in exactly three points?",
            "How many sides does a hexagon have?",
            "Is a square a kind of rectangle?",
            "What does it mean for two circles to be internally tangent?"][i]


@neg("neg_zh_missing", "zh", "missing_data")
def _(rng, i):
    c, p = two_pts(rng)
    r = rng.randint(2, 6)
    return [f"一个圆的圆心是{P(c)}，点{P(p)}在圆内吗？",
            f"三角形的两个顶点是{P(c)}和{P(p)}，它的面积是多少？",
            f"两个圆的半径分别是{r}和{r + 2}，它们相交吗？",
            f"圆心在{P(c)}的圆的周长是多少？"][i]


@neg("neg_zh_formula", "zh", "general_knowledge")
def _(rng, i):
    return ["圆的面积公式是什么？", "勾股定理是谁发现的？", "两点间距离公式怎么推导？",
            "什么叫两圆内切？"][i]


@neg("neg_zh_3d", "zh", "3d")
def _(rng, i):
    a, b, c = rng.randint(1, 6), rng.randint(1, 6), rng.randint(1, 6)
    return [f"空间中点({a},{b},{c})到点({c},{a},{b + 3})的距离是多少？",
            f"半径为{a}的球的体积是多少？",
            f"点(1,2,3)在以原点为球心、半径为{a + 2}的球内吗？",
            f"底面半径{a}厘米、高{b + 2}厘米的圆柱体积是多少？"][i]


@neg("neg_zh_proof", "zh", "proof")
def _(rng, i):
    k = rng.randint(1, 3)
    return [f"证明：以(0,0)、({4 * k},0)、(0,{3 * k})为顶点的三角形是直角三角形。",
            "用坐标法证明平行四边形的对角线互相平分。",
            "证明：三角形任意两边之和大于第三边。",
            "请证明圆的切线垂直于过切点的半径。"][i]


@neg("neg_zh_unsupported", "zh", "unsupported_op")
def _(rng, i):
    a, b = rng.randint(1, 9), rng.randint(1, 9)
    return [f"点(-{a},{b})在第几象限？",
            f"求过点({a},{b})且斜率为3的直线方程。",
            f"画出以(0,0)、({a},0)、(0,{b})为顶点的三角形。",
            f"求点({a},{b})和点({b},-{a})的中点坐标。"][i]


# ------------------------------------------------------------------------------------------
# Build, split, self-check
# ------------------------------------------------------------------------------------------

def _split_of(templates):
    """Alternate templates between dev9/heldout9 within each (kind, lang) group."""
    out, counters = {}, {}
    start = {("positive", "en"): 0, ("positive", "zh"): 1, ("negative", "en"): 0,
             ("negative", "zh"): 0}
    for kind, lang, name in templates:
        j = counters.get((kind, lang), 0)
        counters[(kind, lang)] = j + 1
        out[name] = "dev9" if (j + start[(kind, lang)]) % 2 == 0 else "heldout9"
    return out


def build() -> list[dict]:
    rng = random.Random(SEED)
    names = [("positive", lang, n) for n, lang, _ in POS]
    names += [("negative", lang, n) for n, lang, _, _ in NEG]
    assert len({n for _, _, n in names}) == len(names), "template names must be distinct"
    split = _split_of(names)
    records = []
    for name, lang, fn in POS:
        for i in range(ITEMS):
            for _ in range(10000):
                try:
                    prompt, expected = fn(rng, i)
                    break
                except Retry:
                    continue
            else:
                raise RuntimeError(f"cannot generate {name} item {i}")
            records.append({"id": f"r9-geo-{lang}-{name}-{i}", "split": split[name],
                            "kind": "positive", "family": "geometry", "lang": lang,
                            "template": f"r9_{name}", "prompt": prompt, "expected": expected})
    for name, lang, cat, fn in NEG:
        for i in range(ITEMS):
            for _ in range(10000):
                try:
                    prompt = fn(rng, i)
                    break
                except Retry:
                    continue
            records.append({"id": f"r9-geo-{lang}-{name}-{i}", "split": split[name],
                            "kind": "negative", "family": "geometry", "lang": lang,
                            "template": f"r9_{name}", "prompt": prompt, "expected": None,
                            "category": cat})
    return records


_OTHER_REL = {"inside": "outside", "outside": "boundary", "boundary": "inside"}


def self_check(records) -> None:
    sys.path.insert(0, str(HERE))
    import compare

    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    prompts = [r["prompt"] for r in records]
    assert len(prompts) == len(set(prompts)), "duplicate prompts"
    for r in records:
        if r["kind"] != "positive":
            assert r["expected"] is None and r["category"]
            continue
        e = r["expected"]
        t, a = e["type"], e["answer"]
        if t == "number":
            good, bad = [a], [str(F(a) + 1)]
        elif t == "real":
            expr = sp.sympify(a)
            good = [a, f"{sp.N(expr, 15)}"]
            bad = [str(expr + 1), str(expr * 2)]
        elif t == "bool":
            good, bad = [a], ["no" if a == "yes" else "yes"]
        elif t == "relation":
            good, bad = [a], [_OTHER_REL[a]]
            if e.get("yes_if"):
                assert a != "boundary"
                good.append("yes" if a == e["yes_if"] else "no")
                bad.append("no" if a == e["yes_if"] else "yes")
        else:
            raise AssertionError(t)
        for g in good:
            assert compare.matches(e, g), (r["id"], e, g)
        for b in bad:
            assert not compare.matches(e, b), (r["id"], e, b)
    # every bool / relation template should not be constant
    by_t: dict[str, set] = {}
    for r in records:
        if r["kind"] == "positive" and r["expected"]["type"] in ("bool", "relation"):
            by_t.setdefault(r["template"], set()).add(r["expected"]["answer"])
    const = [t for t, s in by_t.items() if len(s) < 2]
    assert not const, f"constant-answer templates: {const}"


def main() -> None:
    records = build()
    self_check(records)
    for split in ("dev9", "heldout9"):
        path = HERE / f"corpus_{split}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for r in records:
                if r["split"] == split:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    c = Counter((r["split"], r["kind"], r["lang"]) for r in records)
    temps = Counter((r["split"], r["kind"]) for r in records if r["id"].endswith("-0"))
    print(f"{len(records)} records; templates: {len(POS)} positive, {len(NEG)} negative")
    for k in sorted(c):
        print(" ", k, c[k])
    for k in sorted(temps):
        print("  templates", k, temps[k])
    print("self-check passed")


if __name__ == "__main__":
    main()
