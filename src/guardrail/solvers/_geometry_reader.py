"""The general reading of a geometry question (English, and Chinese at the end), after its
shapes are found.

The phrasings in ``geometry.py`` read a question from its first word to its last; every
phrasing is one sentence structure, and a new structure declines. This module is the last
reading tried. ``geometry.py`` first replaces every shape description it knows (wherever it
stands) by a token ``⟨s0⟩``, ``⟨s1⟩``…; what is left -- the *frame* -- holds those tokens,
free points ``⟨p0⟩`` and words. ``read_frame`` reads the frame from its words:

* **one question.** Each question has cue words ("how many" with "intersect"/"in common",
  "overlap", "inside", "area", "distance", …). Exactly one question's cues may be present:
  "area" and "perimeter" together, or "inside" between two shapes and "outside" between them,
  decline.
* **the right things.** Each question takes a fixed number of shapes and free points (an
  area one shape, a distance two points, a count two shapes); any other number declines.
* **the right form.** A yes/no question must be asked as one ("Do …", "Is …", "… whether
  …", "… yes or no"); "Where do the circles intersect?" asks for coordinates and declines.
  The order of the two shapes matters only for "inside" and "contain", read from where the
  shapes stand around the cue word.
* **known words.** A sentence holding a shape, a point or a cue may use only the words of
  ``_KNOWN``. A sentence without any of them ("I'm planning a garden.") may say anything but
  a word of ``_DANGER`` (negation, transformations, comparisons, "if", other measures, other
  solids), which is checked everywhere. A noun that refers back to a shape ("the circles",
  "the triangle") must fit the shapes given.

Nothing is guessed: a reading either accounts for every shape, point and number token and
every cue, or it declines with a reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .._text import OTHER_WORLDS, word_set

__all__ = ["OTHER_PLANES", "FrameReading", "Unread", "read_frame", "read_zh_frame"]


class Unread(Exception):
    """The frame is not read; the message is the decline reason."""


@dataclass(frozen=True)
class FrameReading:
    """The question, and the shapes and free points in the order the question takes them;
    ``options`` are the relation words offered as answers (Chinese: "相离、外切、…"), if any."""

    question: str
    shapes: tuple[int, ...]
    points: tuple[int, ...]
    options: tuple[str, ...] = ()


_SHAPE_TOKEN = re.compile(r"⟨s(\d+)⟩")
_POINT_TOKEN = re.compile(r"⟨p(\d+)⟩")
_OTHER_TOKEN = re.compile(r"⟨[a-z]\d+⟩")
_WORD = re.compile(r"⟨[a-z]\d+⟩|[a-z]+(?:['’][a-z]+)?|\S")
_POSSESSIVE = re.compile(r"(?<!^it)(?<!^what)(?<!^there)(?<!^let)['’]s$")
_LABEL = re.compile(r"(?<![a-z'’])([a-z])\s*=?\s*(?=⟨p\d+⟩)")
_HOW_MANY_TIMES = re.compile(r"\bhow\s+many\s+times\b")
_SENTENCE_END = re.compile(r"(?<=[.?!;:])\s+|\n+")

# Format notes and set phrases are removed before the words are checked ("no" in "yes or
# no" is not a negation; "on" in "on the boundary" is a location).
_FORMAT = re.compile(
    r"\b(?:(?:please\s+)?(?:just\s+)?answer\s+(?:with\s+)?(?:(?:a\s+)?simple\s+)?)?"
    r"(?:yes\s+or\s+no|yes\s*/\s*no|true\s+or\s+false|y\s*/\s*n)\b(?:\s+only)?"
    r"|\bor\s+not\b|\bwhether\s+or\s+not\b"
    r"|\b(?:give|leave|keep|express|write)\s+(?:the|your)\s+answer\s+(?:exactly|exact)\b"
    r"|\b(?:an?\s+)?exact\s+(?:answer|value|form)\b"
    # the method that gives a polygon's area anyway
    r"|\b(?:(?:using|with|by|via)\s+)?(?:the\s+)?shoelace\s+(?:formula|method|theorem)\b"
    # "Leave it in terms of pi.", "leave pi in": the exact answer's form, not a part left out
    r"|\b(?:leave|keep)\s+(?:it|pi|π|the\s+answer|your\s+answer)(?=\s+(?:in\s+terms\s+of|in\s+"
    r"(?:exact|radical|surd)\s+form|exact\b|as\s+(?:is|an?\s+exact)\b))"
    r"|\bleave\s+(?:pi|π|radicals|roots|surds)\s+in\b"
    r"|\b(?:in\s+)?simplest\s+(?:radical\s+)?form\b"
    r"|\bat\s+all\b|\bin\s+common\b|\beach\s+other\b|\bone\s+another\b"
    r"|\bat\s+least\s+one\s+(?=(?:common\s+)?points?\b)"
    r"|\bstraight[-\s]line\s+(?=distance\b)"
    # Order notes: a polygon is read in the order given anyway.
    r"|(?:,\s*)?\b(?:listed\s+|given\s+|taken\s+|going\s+round\s+(?:the\s+)?\w+\s+)?"
    r"in\s+(?:that|this|the\s+given|the\s+same)\s+order\b")

# Cue words per question. "on the boundary of" is a location, not a perimeter question.
_ON = re.compile(
    r"\b(?:lies?|lying|located|sits?|is|are|be)?\s*on\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:boundary|boundaries|edge|edges|border|outline|perimeter|circumference|rim|sides?)"
    r"(?:\s+of)?\b"
    r"|\bon\s+(?=⟨s\d+⟩|it\b|the\s+(?:circle|polygon|triangle|square|rectangle|quadrilateral"
    r"|pentagon|hexagon|shape|segment|line)\b)"
    r"|\b(?:pass(?:es)?|go(?:es)?|run(?:s)?)\s+through\b")
# Every other "in" is a location ("in or on the triangle"): only set phrases are not.
_IN = re.compile(r"\bin\b(?!\s+(?:common|terms\s+of|(?:that|this|the\s+given|the\s+same)\s+order"
                 r"|order|the\s+(?:coordinate\s+|xy[-\s])?plane|simplest|exact|its\s+interior"
                 r"|the\s+(?:interior|exterior)\b))")
_CUES: dict[str, re.Pattern[str]] = {
    "how_many": re.compile(r"\bhow\s+many\b|\bnumber\s+of\b|\bcount\b"),
    "intersect": re.compile(r"\b(?:intersect(?:s|ing|ion|ions)?|meet(?:s|ing)?|common|share[sd]?"
                            r"|crossings?)\b"),
    "cross": re.compile(r"\bcross(?:es|ing)?\b"),
    "touch": re.compile(r"\btouch(?:es|ing)?\b"),
    "overlap": re.compile(r"\boverlap(?:s|ping)?\b"),
    "tangent": re.compile(r"\btangent\b"),
    "inside": re.compile(r"\b(?:inside|within|interior|contained)\b|⟪in⟫"),
    "contain": re.compile(r"\b(?:contains?|enclos(?:e|es))\b"),
    "outside": re.compile(r"\b(?:outside|exterior)\b"),
    "on": re.compile(r"⟪on⟫"),
    "where": re.compile(r"\bwhere\b|\brelative\s+to\b|\bwith\s+respect\s+to\b"),
    "area": re.compile(r"\barea\b"),
    # "How much fencing do I need?" around a plot asks for its perimeter.
    "perimeter": re.compile(r"\bperimeter\b|\bcircumference\b|\bhow\s+much\s+fenc(?:e|ing)\b"),
    # "How long is the perimeter?", "the length of its circumference" ask for the perimeter
    "distance": re.compile(r"\bdistance\b|\bhow\s+far\b|\bapart\b|(?:\blength\b|\bhow\s+long\b)"
                           r"(?!\s+(?:is|of|would\s+be|will\s+be)\s+(?:the\s+|its\s+|their\s+)?"
                           r"(?:perimeter|circumference)\b)"),
    # "Do they touch at exactly one point?", "… have exactly one point in common?"
    "exactly_one": re.compile(r"\bexactly\s+(?:one|1)\s+(?:common\s+)?(?:point|intersection"
                              r"(?:\s+point)?)\b"),
    "relation": re.compile(r"\brelationship\b|\brelation\b|\brelative\s+position\b"
                           r"|\bpositional\b"),
}
_YES_NO_START = frozenset({"is", "are", "do", "does", "did", "will", "would", "can", "could",
                           "should", "must"})
_YES_NO_LEAD = re.compile(
    r"^(?:(?:so|now|and|then|ok|okay|also|well|quick\s+question|question|q|tell\s+me|say"
    r"|please|pls|check|determine|decide|verify|confirm|find\s+out|figure\s+out|work\s+out"
    r"|can\s+you\s+(?:tell\s+me|check|say)|i\s+(?:want|need)\s+to\s+know|i\s+wonder"
    r"|i['’]m\s+wondering)\s*,?\s*)*")
_CLAUSE = re.compile(r"\s*[,:]\s+|\s+[-–—]+\s+")
_IF_OR_WHETHER = re.compile(r"\bwhether\b|\b(?:tell\s+me|check|determine|decide|verify|see"
                            r"|know|confirm|find\s+out|figure\s+out|work\s+out|wonder(?:ing)?"
                            r"|say)\s+if\b")
_WH = re.compile(r"\b(?:what|what's|whats|which|when|who|why|find|compute|calculate|list|give"
                 r"|name|show)\b|\bhow\b(?!\s+(?:many|far|long|big|large))")

# Known words: a sentence with a shape, a point or a cue uses only these.
_KNOWN = word_set("""
a an the this that these those it its they them their there here one ones both two other
another first second given following shown described defined drawn plotted
is are was be been being do does did will would can could should must has have having with of
at to from by for in on into and or so then also as whether please pls kindly me my we our us
you your i i'm im let let's lets just now ok okay well quick question q tell find compute
calculate determine decide check verify confirm give state work figure out answer say know need
classify
between among enclosed bounded enclose encloses
want wondering wonder curious see what what's whats which how many much far long big large
number count total true false yes
circle circles disc disk discs disks polygon polygons triangle triangles quadrilateral
quadrilaterals rectangle rectangles square squares pentagon hexagon octagon parallelogram rhombus
trapezoid segment segments line lines point points shape shapes figure figures region regions
boundary boundaries edge edges border borders outline outlines rim side sides vertex vertices
corner corners top
origin plane coordinate coordinates
intersect intersects intersecting intersection intersections meet meets meeting common share
shares shared cross crosses crossing crossings touch touches touching overlap overlaps overlapping
tangent inside within interior exterior contain contains contained containing outside lie lies
lying located situated sit sits placed positioned position relative respect relation
relationship positional where area perimeter circumference distance far apart length euclidean
straight
pass passes go goes run runs through strictly completely entirely fully wholly any anywhere
all exist exists there's it's get got result value units unit approximately approx roughly about
rounded exact exactly decimal form whose
mate buddy pal friend folks guys hey hi hello thanks thank cheers fence fencing
""")

# Words that change a question in ways no reading here follows, checked in every sentence.
_DANGER = re.compile(
    r"\b(?:not|no|never|neither|nor|none|without|except|excluding|unless|if|suppose\w*|assum\w*"
    r"|imagine|were|after|before|later|new|instead|swap\w*|ignor\w*|mov(?:e|ed|es|ing)|shift\w*"
    r"|translat\w*|rotat\w*|reflect\w*|mirror\w*|flip\w*|scal(?:e|ed|es|ing)|dilat\w*"
    r"|enlarg\w*|shrink\w*|shrunk|stretch\w*|expand\w*|grow\w*|doubl\w*|twice|tripl\w*"
    r"|half|halv\w*|quarter\w*|third|percent\w*|ratio|fraction|proportion\w*|times|sum|minus"
    r"|plus|combined|together|difference|more|less|fewer|larger|bigger|smaller|greater"
    r"|greatest|largest|smallest|longest|shortest|closer|closest|nearer|nearest|farther"
    r"|farthest|further|furthest|inner|outer|inscribed|circumscribed|midpoints?|centroids?"
    r"|circumcent\w*|incent\w*|orthocent\w*|angles?|degrees?|radians?|volume|surface|spheres?"
    r"|cylinders?|cones?|cubes?|prisms?|pyramids?|3d|3-d|quadrants?|equations?|formulas?"
    r"|formulae|prove|proof|explain|why|derive|chords?|arcs?|sectors?|hulls?|box(?:es)?"
    r"|bounding|incircles?|circumcircles?|envelopes?|shadows?|images?|complement\w*"
    r"|project\w*|buffer\w*|offset\w*|convex|concave"
    r"|semicircles?|annulus|rings?|rays?|extend\w*|infinite\w*|diagonals?|height|altitude"
    r"|base|medians?|bisect\w*|slopes?|gradients?|intercepts?|lattice|integers?|whole|shaded"
    r"|remaining|left|right|up|down|cut|removed?|holes?|union|each|every|per|speed|time|hours?"
    r"|minutes?|seconds?|walk\w*|driv\w*|travel\w*|fly|flies|route|path|probabilit\w*|random"
    r"|expected|average|mean|internally|externally|horizontal\w*|vertical\w*|manhattan|taxicab|sided"
    r"|squared|axis|axes|x|y|z|coordinates\s+of|which|above|below|under|over|near|beside"
    # a count asked for as a yes/no question other than "exactly one point"
    r"|exactly\s+(?!(?:one|1)\s+(?:common\s+)?(?:point|intersection)\b)(?:zero|no|one|two|three"
    r"|four|five|six|\d+)"
    # a fence with a gap in it, or along one side only, is not the whole perimeter
    r"|gates?|gaps?|openings?|skip\w*|leav\w*|omit\w*|along|existing|already"
    r"|next|close|touching\s+or)\b|n['’]t\b")

# Another world for the points ("GPS coordinates", "polar coordinates", "a city block"); a
# field in a geometry question is land, not algebra.
OTHER_PLANES = OTHER_WORLDS - word_set("field fields")

_NOUN_KINDS = {
    "circle": "circle", "circles": "circle", "disc": "circle", "disk": "circle",
    "discs": "circle", "disks": "circle",
    "segment": "segment", "segments": "segment", "line": "line", "lines": "line",
    "polygon": "polygon", "polygons": "polygon", "triangle": "triangle", "triangles": "triangle",
    "quadrilateral": "quadrilateral", "quadrilaterals": "quadrilateral",
    "rectangle": "rectangle", "rectangles": "rectangle", "square": "square", "squares": "square",
    "pentagon": "pentagon", "hexagon": "hexagon", "octagon": "octagon",
    "parallelogram": "parallelogram", "rhombus": "rhombus", "trapezoid": "trapezoid",
}
# The names a polygon's vertex count alone decides (geometry._NAMED_SIZE also holds names
# that need a shape check, so a plain polygon never answers to them).
_POLYGON_SIZES = {"triangle": 3, "quadrilateral": 4, "pentagon": 5, "hexagon": 6, "octagon": 8}

_YES_NO_QUESTIONS = frozenset({"intersect", "cross", "overlap", "touch", "tangent", "inside",
                               "contains", "point_inside", "point_outside", "point_on",
                               "one_point"})
# The cues each question may carry; any other cue present declines the reading.
_ALLOWED_CUES: dict[str, frozenset[str]] = {
    "count": frozenset({"how_many", "intersect"}),
    "count_cross": frozenset({"how_many", "cross"}),
    "one_point": frozenset({"exactly_one", "intersect", "touch", "cross"}),
    "intersect": frozenset({"intersect"}),
    "cross": frozenset({"cross"}),
    "overlap": frozenset({"overlap"}),
    "touch": frozenset({"touch"}),
    "tangent": frozenset({"tangent"}),
    "inside": frozenset({"inside"}),
    "contains": frozenset({"contain"}),
    "relation": frozenset({"relation", "where"}),
    "point_inside": frozenset({"inside", "contain"}),
    "point_outside": frozenset({"outside"}),
    "point_on": frozenset({"on"}),
    "point_where": frozenset({"where", "inside", "outside", "on"}),
    "area": frozenset({"area"}),
    "perimeter": frozenset({"perimeter"}),
    "distance": frozenset({"distance"}),
}


@dataclass(frozen=True)
class _Sentence:
    text: str
    words: tuple[str, ...]
    cues: frozenset[str]
    question_mark: bool = False

    @property
    def has_data(self) -> bool:
        return bool(_SHAPE_TOKEN.search(self.text) or _POINT_TOKEN.search(self.text))


def _marked(text: str) -> tuple[str, frozenset[str]]:
    """The text with its locations marked (⟪on⟫, ⟪in⟫), and the cues it holds."""
    text = _IN.sub(" ⟪in⟫ ", _ON.sub(" ⟪on⟫ ", text))
    return text, frozenset(name for name, cue in _CUES.items() if cue.search(text))


def _sentences(frame: str) -> list[_Sentence]:
    found = []
    parts: list[str] = []
    for piece in _SENTENCE_END.split(frame):
        # A colon ends a sentence of its own ("Quick question: …") unless what comes before
        # it asks ("Where does P lie relative to T: inside, on the boundary, or outside?").
        if parts and parts[-1].endswith(":") and _marked(parts[-1])[1]:
            parts[-1] = f"{parts[-1]} {piece}"
        else:
            parts.append(piece)
    for part in parts:
        text = part.strip().rstrip(".?!;:").strip()
        if not text:
            continue
        text, cues = _marked(text)
        plain = _FORMAT.sub(" ", text)
        words = tuple(_POSSESSIVE.sub("", word) for word in
                      _WORD.findall(plain.replace("⟪on⟫", " ").replace("⟪in⟫", " ")))
        found.append(_Sentence(text=text, words=words, cues=cues,
                               question_mark=part.rstrip().endswith("?")))
    return found


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _check_words(sentences: list[_Sentence], asking: _Sentence, frame: str) -> None:
    """Danger words nowhere; in the asking sentence, only known words and names that an
    earlier sentence introduced ("Two towers stand at … How far apart are the towers?")."""
    if danger := _DANGER.search(_FORMAT.sub(" ", frame)):
        raise Unread(f"the question says '{danger.group()}', which the general reading does "
                     "not follow")
    for sentence in sentences:
        if elsewhere := next((word for word in sentence.words if word in OTHER_PLANES), None):
            raise Unread(f"the question says '{elsewhere}': its points may not lie in the plane "
                         "with the usual distance")
    introduced = {_stem(word) for sentence in sentences if sentence is not asking
                  for word in sentence.words if word[0].isalpha() and word not in _KNOWN}
    for sentence in sentences:
        if not (sentence.has_data or sentence.cues):
            continue  # a sentence of context
        for word in sentence.words:
            if word.startswith("⟨") or not word[0].isalpha():
                # Tokens are shapes and points here: read_frame declined any other first.
                if not word.startswith("⟨") and word not in ",:()-–—'\"’•·◦▪*":
                    raise Unread(f"unexpected character {word!r} in the question")
                continue
            if sentence is asking and word not in _KNOWN and _stem(word) not in introduced:
                raise Unread(f"the general reading does not know the word {word!r}")


def _check_nouns(frame: str, kinds: list[str]) -> None:
    """Nouns outside the shape descriptions refer back to shapes and must fit them: "the
    circles" are all circles, "the triangle" is a triangle or a polygon of three vertices (a
    square or a rectangle only when the description said so)."""
    for word in _WORD.findall(_FORMAT.sub(" ", frame)):
        noun = _NOUN_KINDS.get(_POSSESSIVE.sub("", word))
        if noun is None:
            continue
        if word in ("circles", "segments", "lines", "discs", "disks"):
            if not all(kind == noun for kind in kinds):
                raise Unread(f"'{word}' does not name the shapes the question gives")
            continue
        if not any(_fits(noun, kind) for kind in kinds):
            raise Unread(f"'{word}' does not name a shape the question gives")


def _fits(noun: str, kind: str) -> bool:
    if noun in ("segment", "line", "circle") or kind in ("segment", "line", "circle"):
        return noun == kind
    name, count = kind.split(":")
    return (noun == "polygon" or noun == name
            or (name == "polygon" and noun not in ("square", "rectangle")
                and _POLYGON_SIZES.get(noun) == int(count)))


# A number of common points in a yes/no question ("meet at two points?", "have three common
# points?", "cross in a single place?").
_COUNT_PHRASE = re.compile(
    r"\b(?:zero|no|one|two|three|four|five|six|seven|eight|nine|ten|a\s+single|single|multiple"
    r"|several|many|more\s+than\s+one)\s+(?:common\s+|distinct\s+|different\s+|separate\s+"
    r"|intersection\s+|crossing\s+)?(?:points?|places?|spots?|locations?|intersections?"
    r"|crossings?)\b")


# A terse question of its cue word alone, after the shapes: "… Tangent?", "…: inside?".
_TERSE_YES_NO = word_set("""
tangent inside within intersect intersects intersecting overlap overlaps overlapping touch
touches touching cross crosses crossing contained""")


def _is_yes_no(sentence: _Sentence) -> bool:
    """Asked as a yes/no question: the sentence, or its last clause after a comma, colon or
    dash ("…, (…) - do these two overlap?"), opens with an auxiliary; or "whether"/"tell me
    if"; or it is the cue word alone with a question mark ("Tangent?"); and no wh-word
    anywhere."""
    if sentence.question_mark and sentence.words and all(
            word in _TERSE_YES_NO for word in sentence.words):
        return True
    openers = {next(iter(_WORD.findall(_YES_NO_LEAD.sub("", clause.strip()))), "")
               for clause in (sentence.text, _CLAUSE.split(sentence.text)[-1])}
    asked = bool(openers & _YES_NO_START) or bool(_IF_OR_WHETHER.search(sentence.text))
    return asked and not _WH.search(sentence.text)


def _order(sentence: _Sentence, cue: re.Pattern[str]) -> tuple[int, int] | None:
    """The shape before the cue word and the shape after it, both in this sentence."""
    found = cue.search(sentence.text)
    if found is None:
        return None
    before = [int(i) for i in _SHAPE_TOKEN.findall(sentence.text[:found.start()])]
    after = [int(i) for i in _SHAPE_TOKEN.findall(sentence.text[found.end():])]
    if len(before) != 1 or len(after) != 1:
        return None
    return before[0], after[0]


def _reversed(text: str, cue: re.Pattern[str], contain: bool) -> bool:
    """Whether the point stands where the shape should and the shape where the point should
    around the cue: "Does the point P contain the circle?", "Is the circle inside P?"."""
    found = cue.search(text)
    if found is None:
        return False
    before, after = text[:found.start()], text[found.end():]
    container, contained = (before, after) if contain else (after, before)
    return bool(_POINT_TOKEN.search(container) and not _POINT_TOKEN.search(contained)
                and _SHAPE_TOKEN.search(contained) and not _SHAPE_TOKEN.search(container))


def read_frame(frame: str, kinds: list[str]) -> FrameReading:
    """Read the frame of a question whose shapes are ``⟨s0⟩``… (``kinds[i]`` is "circle",
    "segment", "line" or "polygon:N" / a polygon name) and whose free points are ``⟨p0⟩``…

    Raises ``Unread`` with the reason when the frame is not one question read completely.
    """
    if _OTHER_TOKEN.search(_SHAPE_TOKEN.sub("", _POINT_TOKEN.sub("", frame))):
        raise Unread("a number or an equation is not part of any shape")
    # "How many times do they cross?" counts; "times" is otherwise a multiplication.
    frame = _HOW_MANY_TIMES.sub("how many", frame)
    shapes = tuple(int(i) for i in _SHAPE_TOKEN.findall(frame))
    points = tuple(int(i) for i in _POINT_TOKEN.findall(frame))
    if len(set(shapes)) != len(shapes) or len(set(points)) != len(points):
        raise Unread("a shape or a point is named twice")
    # A letter just before a point labels it ("points A(-6, 3) and B(1, 7)"). Used again, it
    # names its point ("Point P = (5, 8). Is P inside …?"), which the reading then calls "the
    # point"; with two labelled points that would not say which, so it declines.
    labels = _LABEL.findall(frame)
    frame = _LABEL.sub("", frame)
    for label in labels:
        use = re.compile(rf"(?<![a-z'’⟨]){label}(?![a-z'’⟩])")
        if label != "a" and use.search(frame):
            if len(labels) != 1 or len(points) != 1:
                raise Unread(f"the label {label.upper()} is used apart from its point")
            frame = use.sub("the point", frame)
    sentences = _sentences(frame)
    asking = [s for s in sentences if s.cues]
    if len(asking) != 1:
        raise Unread("not exactly one sentence asks the question")
    (sentence,) = asking
    cues = sentence.cues
    _check_words(sentences, sentence, frame)
    _check_nouns(frame, kinds)
    question = _question(sentence, cues, len(shapes), len(points))
    if not cues <= _ALLOWED_CUES[question]:
        raise Unread("the question has cues of more than one question")
    if question in _YES_NO_QUESTIONS and not _is_yes_no(sentence):
        raise Unread("a yes/no question that is not asked as one")
    if question in ("inside", "contains"):
        order = _order(sentence, _CUES["inside" if question == "inside" else "contain"])
        if order is None:
            raise Unread("which shape is inside which is not clear")
        shapes = order
    if question == "point_inside" and _reversed(
            sentence.text, _CUES["contain" if "contain" in cues else "inside"],
            contain="contain" in cues):
        raise Unread("the shape is said to be inside the point")
    if question == "distance" and shapes and kinds[shapes[0]] != "segment":
        raise Unread("a length is read only for a segment")
    if question in _YES_NO_QUESTIONS and question != "one_point" and (
            count := _COUNT_PHRASE.search(_FORMAT.sub(" ", frame))):  # "at least one" is not
        # "Do they meet at two points?" asks a count, which the yes/no answer would not check
        raise Unread(f"the question says '{count.group()}', a count the reading does not check")
    if question != "area" and "shoelace" in frame:
        raise Unread("the shoelace formula gives an area, not what is asked")
    return FrameReading(question=question, shapes=shapes, points=points)


def _question(sentence: _Sentence, cues: frozenset[str], shapes: int, points: int) -> str:
    if measure := cues & {"area", "perimeter", "distance", "relation"}:
        if len(measure) != 1:
            raise Unread("more than one measure is asked")
        (name,) = measure
        wanted = {"area": (1, 0), "perimeter": (1, 0), "relation": (2, 0)}
        if name == "distance":
            if (shapes, points) not in ((0, 2), (1, 0)):
                raise Unread("a distance is read between two points or along one segment")
        elif (shapes, points) != wanted[name]:
            raise Unread(f"the {name} question takes {wanted[name][0]} shape(s)")
        return name
    if points:
        if (shapes, points) != (1, 1):
            raise Unread("a location question takes one point and one shape")
        # "Does T contain P (in its interior)?" asks whether P is inside.
        places = {"inside" if cue == "contain" else cue
                  for cue in cues & {"inside", "outside", "on", "contain"}}
        if "where" in cues or len(places) >= 2:
            # Options, when given, must name an inside and an outside ("inside, or above?").
            if places and not {"inside", "outside"} <= places:
                raise Unread("the options do not name both an inside and an outside")
            if "contain" in cues:
                raise Unread("'contain' among the options")
            return "point_where"
        if places == {"inside"}:
            return "point_inside"
        if places == {"outside"}:
            return "point_outside"
        if places == {"on"}:
            return "point_on"
        raise Unread("no location is asked about the point")
    if "exactly_one" in cues:  # a yes/no question about the count of common points
        if shapes != 2 or "how_many" in cues:
            raise Unread("'exactly one point' is asked of two shapes, as a yes/no question")
        return "one_point"
    if "how_many" in cues and shapes >= 2:  # common points among all the shapes given
        if "cross" in cues:
            return "count_cross"
        if "intersect" in cues:
            return "count"
        raise Unread("'how many' of something other than common points")
    if shapes != 2:
        raise Unread("a question about shapes takes two of them here")
    for cue, question in (("intersect", "intersect"), ("cross", "cross"),
                          ("overlap", "overlap"), ("touch", "touch"), ("tangent", "tangent"),
                          ("inside", "inside"), ("contain", "contains")):
        if cue in cues:
            return question
    raise Unread("no question about the two shapes")


# --------------------------------------------------------------------------------------------
# The general reading of a Chinese question. Chinese has no spaces between words, so the frame
# is read in clauses (split at "，；。？！："): the asking clause is the one clause that holds a
# cue, and every character of it must belong to a known phrase (_ZH_KNOWN), a cue, a shape or
# a point. Other clauses introduce the shapes ("一块地的四个角坐标依次为 …", "两个圆") and may say
# anything but a danger phrase, which is checked everywhere.

# Answer forms first, so that their characters are not read as cues or dangers: yes/no forms
# ("在不在", "有没有" hold a negation), the options of a circle relation ("相离、外切、相交、内切
# 还是内含"), format notes ("结果用π表示") and set phrases of the plane ("平面直角坐标系中").
_ZH_YES_NO = re.compile(r"在不在|是不是|有没有|会不会|能不能|相不相交|重不重叠|对不对"
                        r"|是否")
_ZH_OPTION_WORDS = ("相离", "外离", "外切", "相交", "内切", "内含", "相切")
_ZH_OPTION = "(?:" + "|".join(_ZH_OPTION_WORDS) + ")"
_ZH_OPTIONS = re.compile(
    rf"(?:[(（]\s*)?(?:从\s*)?(?P<opts>{_ZH_OPTION}(?:\s*(?:、|,|/|，|和|或|或者|还是)\s*"
    rf"{_ZH_OPTION}){{2,6}})(?:\s*(?:[)）]|中\s*选\s*(?:一个|一项|一)?|之中\s*选\s*一个?))?")
_ZH_FORMAT = re.compile(
    r"(?:结果|答案)?\s*(?:请)?\s*(?:用|带|保留|含)\s*(?:含)?\s*(?:π|pi)\s*(?:的式子)?\s*(?:表示)?"
    r"|(?:结果|答案)?\s*(?:保留|用)\s*根号\s*(?:表示)?|精确值|准确值"
    r"|(?:在)?\s*(?:平面)?\s*(?:直角)?\s*坐标系\s*(?:中|里|内)?|(?:在)?\s*(?:同一)?\s*平面\s*(?:上|内|中)")
_ZH_DANGER = re.compile(
    r"不|没|未|非|无|除|如果|假如|假设|若|要是|平移|移动|向[上下左右]|旋转|对称|翻折|折叠|放大|缩小"
    r"|扩大|伸缩|拉伸|变|改|之后|以后|原来|最|更|比|倍|一半|半圆|扇|弧|弦|夹角|角度|度数|弧度|°"
    r"|体积|表面|球|柱|锥|立方|棱|高|中点|重心|外心|内心|垂心|切线|斜率|截距|方程|轴|象限|整点|格点"
    r"|阴影|剩|每|速度|时间|小时|分钟|秒|走|开车|路程|路线|概率|随机|平均|经度|纬度|经纬|极坐标|地图"
    r"|城市|街|曼哈顿|出租车|内切圆|外接|内接|对角线|近似|约|估|四舍五入|保留|精确到|小数|取整|整数"
    r"|总和|之和|之差|加|减|乘|除以|平方(?!米|厘米|千米|分米|毫米|公里|英尺|英寸|码)"
    r"|为什么|怎么|如何|解释|证明|步骤|过程|公式|代码|程序|换|转|折合"
    # a number of common points asked about ("有两个交点吗"), which a yes/no answer would not check
    r"|[一两二三四五六七八九十\d]\s*个\s*(?:交点|公共点)"
    # a part of the question singled out or corrected ("只算第一个圆", "半径其实是…")
    r"|只|仅|第|其实|实际|应该"
    # relation words outside a list of options ("两圆是否内切" is not "inside")
    r"|内切|外切|内含|外离|相离")
# Cues per question, as for English. "内" and "外" alone are places only after the options and
# set phrases are gone ("内切", "坐标系内").
_ZH_CUES: dict[str, re.Pattern[str]] = {
    "how_many": re.compile(r"几个|几点|多少个|个数|数量|数目|几处"),
    "intersect": re.compile(r"相交|交点|公共点|交于|交叉点|交叉"),
    "tangent": re.compile(r"相切"),
    "overlap": re.compile(r"重叠|交叠"),
    "inside": re.compile(r"内部|里面|之内|以内|内|(?<!哪)里"),
    "outside": re.compile(r"外部|外面|之外|以外|外"),
    "on": re.compile(r"(?:边界|边|圆周|周界|线段|直线|圆|线)\s*上"),
    "where": re.compile(r"什么位置|哪个位置|哪里|哪儿|什么地方|位置(?!关系)"),
    "relation": re.compile(r"位置关系|关系"),
    "contain": re.compile(r"包含|包住|盖住"),
    "area": re.compile(r"面积|占地"),
    "perimeter": re.compile(r"周长|(?:围|绕)\s*(?:一|1)\s*圈"),
    "distance": re.compile(r"间?距离|多远|相距|间距|长度|多长"),  # "两点间距离" is not 间距 + 离
}
_ZH_CLAUSE_END = re.compile(r"[,，;；。.?？!！:：]+")
# Every other character of the asking clause must be one of these phrases (longest first).
_ZH_KNOWN_PHRASES = sorted(word_set("""
请问 请 问 试 求 求出 计算 算 算一下 算算 帮我 帮忙 一下 告诉我 我想知道
想知道 我想问 我 想 知道 看看 判断 判定 确定 检查 那么 则 已知 设 有 是
为 在 位于 处于 落在 的 之间 间 两者 二者 它们 它 这 那 该 此 这个
这两个 这两 两个 两 一个 另一个 个 点 两点 这两点 和 与 跟 及 以及 同 到
从 互相 彼此 一共 总共 共 多少 几 吗 呢 啊 呀 吧 嘛 么 多 远 大 多大
坐标 坐标为 坐标是 上 图形 分别 各 依次 顺次 按顺序 给出 结果 答案 值 等于
是多少 还是 或 或者 完全 整个 一样 同一 单位 平方 平方米 平方厘米 平方千米
平方分米 平方毫米 平方公里 米 厘米 千米 分米 毫米 公里 需要 要 多长 一共是
对 又 圆 两圆 两个圆 圆形 这个圆 该圆 此圆 圆面 区域 范围 覆盖范围 三角形
多边形 四边形 平行四边形 正方形 矩形 长方形 五边形 六边形 八边形 菱形 梯形
线段 直线 这条线段 这条直线 两条线段 两条直线 两线段 两直线
"""), key=len, reverse=True)
_ZH_KNOWN = re.compile("|".join(re.escape(p) for p in _ZH_KNOWN_PHRASES))
# What the asking clause holds besides known phrases: cues, shapes, points, the marks left for
# a yes/no form and the options, list punctuation and spaces.
_ZH_READ = re.compile("|".join(cue.pattern for cue in _ZH_CUES.values())
                      + r"|⟨[sp]\d+⟩|⟪yn⟫|⟪options⟫|[\s、()（）/]")
_ZH_NOUNS = {"三角形": "triangle", "四边形": "quadrilateral", "五边形": "pentagon",
             "六边形": "hexagon", "八边形": "octagon", "平行四边形": "parallelogram",
             "正方形": "square", "矩形": "rectangle", "长方形": "rectangle", "菱形": "rhombus",
             "梯形": "trapezoid", "多边形": "polygon", "线段": "segment", "直线": "line",
             "圆": "circle"}
_ZH_NOUN = re.compile(r"平行四边形|三角形|四边形|五边形|六边形|八边形|正方形|长方形"
                      r"|矩形|菱形|梯形|多边形|线段|直线|圆(?![心形周面])")
_ZH_LABEL = re.compile(r"(?<![a-z])([a-z])\s*=?\s*(?=⟨p\d+⟩)")
# "⟨s0⟩形花坛": a circle's object, named after "圆形" ("a round flower bed").
_ZH_ROUND_THING = re.compile(
    r"(?<=⟩)\s*形[\u4e00-\u9fff]{1,4}(?=\s*(?:[,，。.;；?？]|的|$))")


def read_zh_frame(frame: str, kinds: list[str]) -> FrameReading:
    """Read the frame of a Chinese question (tokens as in :func:`read_frame`)."""
    if _OTHER_TOKEN.search(_SHAPE_TOKEN.sub("", _POINT_TOKEN.sub("", frame))):
        raise Unread("a number or an equation is not part of any shape")
    shapes = tuple(int(i) for i in _SHAPE_TOKEN.findall(frame))
    points = tuple(int(i) for i in _POINT_TOKEN.findall(frame))
    if len(set(shapes)) != len(shapes) or len(set(points)) != len(points):
        raise Unread("a shape or a point is named twice")
    frame = _ZH_LABEL.sub("", frame)
    if re.search(r"[a-z]", _OTHER_TOKEN.sub("", frame)):
        raise Unread("a letter that is not a point's label")
    options: tuple[str, ...] = ()
    if found := list(_ZH_OPTIONS.finditer(frame)):
        if len(found) != 1:
            raise Unread("the answer options are given twice")
        options = tuple(re.findall(_ZH_OPTION, found[0].group("opts")))
        if len(set(options)) != len(options):
            raise Unread("an answer option is given twice")
        frame = frame[:found[0].start()] + " ⟪options⟫ " + frame[found[0].end():]
    frame = _ZH_FORMAT.sub(" ", _ZH_YES_NO.sub(" ⟪yn⟫ ", frame))
    if danger := _ZH_DANGER.search(frame):
        raise Unread(f"the question says '{danger.group()}', which the general reading does "
                     "not follow")
    if kinds and all(kind == "circle" for kind in kinds):
        frame = _ZH_ROUND_THING.sub(" ", frame)
    # The options may stand apart after the question: "…是什么位置关系？（相离/外切/…）"
    clauses = [c.strip() for c in _ZH_CLAUSE_END.split(frame)
               if re.sub(r"[\s()（）]", "", c) not in ("", "⟪options⟫")]
    if options and not any("⟪options⟫" in c for c in clauses):
        frame = frame.replace("⟪options⟫", "")
    cued = [(clause, frozenset(name for name, cue in _ZH_CUES.items() if cue.search(clause)))
            for clause in clauses]
    asking = [(clause, cues) for clause, cues in cued if cues or "⟪options⟫" in clause]
    if len(asking) != 1:
        raise Unread("not exactly one clause asks the question")
    ((clause, cues),) = asking
    if options:
        cues = cues | {"relation"}
    if rest := _ZH_KNOWN.sub("", _ZH_READ.sub("", clause)):
        raise Unread(f"the general reading does not know '{rest}' in the question")
    for noun in _ZH_NOUN.findall(frame):
        if not any(_fits(_ZH_NOUNS[noun], kind) for kind in kinds):
            raise Unread(f"'{noun}' does not name a shape the question gives")
    question = _question(_Sentence(clause, (), cues), cues, len(shapes), len(points))
    if not cues <= _ALLOWED_CUES[question]:
        raise Unread("the question has cues of more than one question")
    yes_no = "⟪yn⟫" in clause or "吗" in clause[-3:]
    if question in _YES_NO_QUESTIONS and not yes_no:
        raise Unread("a yes/no question that is not asked as one")
    if question not in _YES_NO_QUESTIONS and yes_no:
        raise Unread("a yes/no form on a question that asks for a value")
    if options and question != "relation":
        raise Unread("answer options for a question that is not a relation")
    if question in ("inside", "contains"):
        order = _order(_Sentence(clause, (), cues),
                       _ZH_CUES["inside" if question == "inside" else "contain"])
        if order is None:
            raise Unread("which shape is inside which is not clear")
        shapes = order
    if question == "point_inside" and "contain" in cues and _reversed(
            clause, _ZH_CUES["contain"], contain=True):
        raise Unread("the shape is said to be inside the point")
    if question == "distance" and shapes and kinds[shapes[0]] != "segment":
        raise Unread("a length is read only for a segment")
    return FrameReading(question=question, shapes=shapes, points=points, options=options)
