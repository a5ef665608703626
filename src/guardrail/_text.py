"""What the guardrail reads from a chat request: the question in the last user turn."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["FRAME_OPENERS", "MEANING_CHANGERS", "OTHER_WORLDS", "detect_language",
           "last_user_text", "one_line_list", "plain_math", "user_texts", "word_set"]

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _field(message: Any, name: str) -> Any:
    if isinstance(message, Mapping):
        return message.get(name)
    return getattr(message, name, None)


def last_user_text(messages: Iterable[Any]) -> str | None:
    """The text of the last user message, or None when it is not plain text (images, audio)."""
    last = None
    for message in messages:
        if _field(message, "role") == "user":
            last = message
    if last is None:
        return None
    return _text_of(last)


def user_texts(messages: Iterable[Any]) -> list[str | None]:
    """The text of every user message in order (None where it is not plain text)."""
    return [_text_of(m) for m in messages if _field(m, "role") == "user"]


def _text_of(message: Any) -> str | None:
    content = _field(message, "content")
    if isinstance(content, str):
        return content
    if isinstance(content, Iterable):
        texts = []
        for part in content:
            if _field(part, "type") != "text":
                return None  # a question about an image is not ours to compute
            texts.append(str(_field(part, "text") or ""))
        return "".join(texts)
    return None


def detect_language(text: str) -> str:
    """'zh' when the text contains Chinese characters, else 'en'."""
    return "zh" if _CJK.search(text) else "en"


# Inline LaTeX math -------------------------------------------------------------------------------
# "Compute $\frac{3}{4}+\frac{1}{2}$" reaches the rules and solvers as "Compute 3/4+1/2". Only a
# small, closed set of commands is rewritten; anything else stays as written, so a solver that
# does not know it declines. No pattern nests, and every loop is capped.

_MATH_DELIMITED = re.compile(
    r"\$\$(?P<display>[^$]{1,400})\$\$|\\\((?P<paren>.{1,400}?)\\\)|\\\[(?P<bracket>.{1,400}?)\\\]"
    # "$2+3$" is math; "$5 and $6" or "$5+$3" is money: math starts and ends on a non-space,
    # and ends on something that can end an expression.
    r"|(?<![\w$])\$(?P<dollar>[^$\s\n](?:[^$\n]{0,398}[\w})\]!.])?)\$(?![\w$])")
_FRACTION = re.compile(r"\\[dt]?frac\s*\{(?P<top>[^{}]{1,80})\}\s*\{(?P<bottom>[^{}]{1,80})\}")
_ROOT = re.compile(r"\\sqrt\s*(?:\[(?P<degree>[23])\])?\s*\{(?P<radicand>[^{}]{1,80})\}")
_WRAPPER = re.compile(
    r"\\(?:text|mathrm|mathit|mathbf|textbf|operatorname)\s*\{(?P<body>[^{}]{0,80})\}")
_BRACED_EXPONENT = re.compile(r"\^\s*\{(?P<exponent>[^{}]{1,80})\}")
_SIMPLE_NUMBER = re.compile(r"\s*-?\d+(?:\.\d+)?\s*")
_COMMANDS = {
    r"\times": "×", r"\div": "÷", r"\cdot": "·", r"\ast": "*", r"\left(": "(", r"\right)": ")",
    r"\left[": "[", r"\right]": "]", r"\left|": "|", r"\right|": "|", r"\%": "%", r"\pi": "pi",
    r"\le": "≤", r"\leq": "≤", r"\ge": "≥", r"\geq": "≥", r"\lt": "<", r"\gt": ">",
    r"\ne": "≠", r"\neq": "≠", r"\cdots": "...", r"\ldots": "...", r"\dots": "...",
    r"\bmod": "mod", r"\mod": "mod", r"\gcd": "gcd", r"\,": " ", r"\;": " ", r"\:": " ",
    r"\!": "", r"\ ": " ", r"\quad": " ", r"\qquad": " ",
}
_COMMAND = re.compile("|".join(
    re.escape(name) + (r"(?![A-Za-z])" if name[-1].isalpha() else "")
    for name in sorted(_COMMANDS, key=len, reverse=True)))
_MAX_REWRITES = 20


def _fraction(match: re.Match[str]) -> str:
    # A fraction is one unit: \frac{2}{3} \div \frac{4}{9} is (2/3) ÷ (4/9), never 2/3 ÷ 4/9.
    # Parentheses are left out only where no operator binds tighter on either side, so
    # "Is \frac{3}{4} more than 0.7?" reads as a plain "3/4".
    top, bottom = match.group("top").strip(), match.group("bottom").strip()
    if not (_SIMPLE_NUMBER.fullmatch(top) and _SIMPLE_NUMBER.fullmatch(bottom)):
        return f"(({top})/({bottom}))"
    before = match.string[:match.start()].rstrip()[-1:]
    after = match.string[match.end():].lstrip()[:1]
    if (before and (before.isalnum() or before in _BINDS_TIGHTER)) or (
            after and (after.isalnum() or after in _BINDS_TIGHTER)):
        return f"({top}/{bottom})"
    return f"{top}/{bottom}"


_BINDS_TIGHTER = frozenset("^/÷×*·\\!²³(){}")


def _math_body(body: str) -> str:
    for _ in range(_MAX_REWRITES):
        rewritten = _WRAPPER.sub(r"\g<body>", body)
        rewritten = _FRACTION.sub(_fraction, rewritten)
        rewritten = _ROOT.sub(lambda m: ("cbrt" if m.group("degree") == "3" else "sqrt")
                              + f"({m.group('radicand')})", rewritten)
        rewritten = _BRACED_EXPONENT.sub(r"^(\g<exponent>)", rewritten)
        if rewritten == body:
            break
        body = rewritten
    return _COMMAND.sub(lambda m: _COMMANDS[m.group()], body)


def plain_math(text: str) -> str:
    """The text with inline LaTeX math ($…$, \\(…\\), \\[…\\], $$…$$) written plainly."""
    if "$" not in text and "\\" not in text:
        return text

    def unwrap(match: re.Match[str]) -> str:
        body = next(g for g in match.groups() if g is not None)
        return _math_body(body)

    text = _MATH_DELIMITED.sub(unwrap, text)
    # Bare commands outside delimiters ("Compute \frac{3}{4} + 1").
    return _math_body(text) if "\\" in text else text


def word_set(words: str) -> frozenset[str]:
    """A set of words written as prose, whitespace-separated (long vocabularies read better so)."""
    return frozenset(words.split())


def stems(word: str, endings: tuple[str, ...] = ("s", "ed", "d", "ing")) -> set[str]:
    """The word and its stem without a plural or past ending ("rounds", "doubled" -> "double",
    "multiplying" -> "multiply"), for checking a word against a vocabulary of base forms."""
    found = {word}
    for ending in endings:  # not "es": "notes" would read as "not"
        if word.endswith(ending) and len(word) > len(ending) + 2:
            found.add(word[: -len(ending)])
    return found


# Lists one item per line -------------------------------------------------------------------------
# "can you add these up for me?\n453\n205\n27", "Sort these words:\n- pear\n- apple": the
# request, then at least two items, each alone on its line (bulleted or not), all numbers or all
# single words. They are written on one line, as a chat question would: "…: 453, 205, 27".
_LINE_ITEMS = re.compile(
    r"(?P<ask>[^\n]{3,300}?)[ \t]*"
    r"(?P<items>(?:\n[ \t]*(?:[-*•·][ \t]+)?(?:[^\s,;]{1,40}|[-−]?\d{1,3}(?:,\d{3}){1,4}(?:\.\d+)?)"
    r"[ \t]*){2,100})\n?")
_LINE_ITEM = re.compile(r"^[ \t]*(?:[-*•·][ \t]+)?(?P<item>\S+)[ \t]*$", re.MULTILINE)
_NUMBER_ITEM = re.compile(r"[-−]?\d+(?:\.\d+)?(?:/\d+)?")  # "1/9" is one item
# A number alone on its line may group its thousands ("2,558"): read whole, the comma dropped.
_GROUPED_ITEM = re.compile(r"[-−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_WORD_ITEM = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def one_line_list(text: str) -> str:
    """A request over items listed one per line, written on one line; otherwise ``text``."""
    found = _LINE_ITEMS.fullmatch(text.strip())
    if found is None:
        return text
    items = [m.group("item") for m in _LINE_ITEM.finditer(found.group("items").strip("\n"))]
    items = [item.replace(",", "") if _GROUPED_ITEM.fullmatch(item) else item for item in items]
    if not (all(_NUMBER_ITEM.fullmatch(item) for item in items)
            or all(_WORD_ITEM.fullmatch(item) for item in items)):
        return text  # "1,234" or mixed items would be ambiguous once joined with commas
    ask = found.group("ask").rstrip()
    joiner = "" if ask.endswith((":", "：")) else ":"
    if ask.endswith(("?", "？", ".", "。")):  # "Sort these A to Z." introduces the items too
        ask = ask[:-1].rstrip()
    return f"{ask}{joiner} {', '.join(items)}"


# The items after a question mark: "Can you sort these words A to Z? date, cherry, lemon",
# "Which is bigger? 9.11, 9.9": the list belongs to the question, as after a colon.
_LIST_AFTER_ASK = re.compile(
    r"(?P<ask>[^?\n]{1,150}\s[^?\n]{1,150})\?[ \t]+(?P<items>(?:[^\W\d_]+|[-−]?\d+(?:\.\d+)?)"
    r"(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?(?:[^\W\d_]+|[-−]?\d+(?:\.\d+)?)){1,100})[ \t]*[.?]?")


_QUOTE_AFTER_ASK = re.compile(
    r"(?P<ask>[^?\n\"“”]{1,150}\s[^?\n\"“”]{1,150})\?\s+(?P<items>\"[^\"\n]{1,300}\"|“[^”\n]{1,300}”)")


def list_after_ask(text: str) -> str:
    """A question followed by its items (or by the quoted text it asks about), with a colon
    instead of the question mark."""
    found = _LIST_AFTER_ASK.fullmatch(text.strip()) or _QUOTE_AFTER_ASK.fullmatch(text.strip())
    if found is None:
        return text
    return f"{found.group('ask').rstrip()}: {found.group('items')}"


# Items listed before the request that refers back to them ("6.8\n6.528\n6.69\n\nSort the
# numbers above from largest to smallest."), also as a one-column markdown table whose header
# names the column. The reference becomes "these numbers" / "these words" and the items follow
# the request on one line: "Sort these numbers from largest to smallest: 6.8, 6.528, 6.69".
_ITEMS_BEFORE = re.compile(
    r"(?P<items>(?:[ \t]*(?:[-*•·][ \t]+|\|[ \t]*)?[^\s,;|]{1,40}[ \t]*\|?[ \t]*\n){2,100})"
    r"[ \t]*\n(?P<ask>[^\n]{3,300})")
_TABLE_HEAD = re.compile(r"[ \t]*\|[ \t]*(?P<label>[A-Za-z][A-Za-z ]{0,30}?)[ \t]*\|[ \t]*\n"
                         r"[ \t]*\|[ \t]*:?-{3,}:?[ \t]*\|[ \t]*\n")
_TABLE_ROW = re.compile(r"^[ \t]*\|[ \t]*(?P<item>[^\s|]+)[ \t]*\|[ \t]*$", re.MULTILINE)
_REFERS_BACK = re.compile(
    r"\b(?:the\s+(?:above\s+)?(?:numbers|values|words|items|list|column|entries)(?:\s+above)?"
    r"|(?:these|those)\s+(?:numbers|values|words|items|entries)(?:\s+above)?)\b", re.IGNORECASE)


def listed_before(text: str) -> str:
    """A request after the items it refers to, written with the items after it; or ``text``."""
    stripped = text.strip()
    table = _TABLE_HEAD.match(stripped)
    body = stripped[table.end():] if table else stripped
    found = _ITEMS_BEFORE.fullmatch(body)
    if found is None:
        return text
    rows = found.group("items")
    pattern = _TABLE_ROW if table else _LINE_ITEM
    items = [m.group("item") for m in pattern.finditer(rows.strip("\n"))]
    if len(items) != rows.strip("\n").count("\n") + 1:
        return text  # a line that is not one item (a table row with two cells, a sentence)
    numbers = all(_NUMBER_ITEM.fullmatch(item) for item in items)
    if not (numbers or all(_WORD_ITEM.fullmatch(item) for item in items)):
        return text
    ask = found.group("ask").strip()
    references = _REFERS_BACK.findall(ask)
    if len(references) != 1:
        return text  # nothing (or more than one thing) refers to the items
    ask = _REFERS_BACK.sub("these numbers" if numbers else "these words", ask)
    return f"{ask.rstrip('.?!:; ')}: {', '.join(items)}"


# A list stated in a sentence, then a question about it with no number of its own ("Overnight
# lows this week were -6, 6.5, 4.5 and 12.5. Which was the lowest?", "The column is 2,269.57,
# 3,697.17 and 2,037.62. What should the total actually be?"). The question is asked of the
# list in one plain form per aggregate ("Which is the smallest of -6, 6.5, 4.5 and 12.5?").
# Items are separated by a comma and a space, so "2,269.57" is one number; its separators are
# dropped. A grouped integer among ungrouped ones ("100,200, 300") may be two numbers and
# declines. The label may hold no word that changes what the numbers mean (units, "each", …).
_STATED_ITEM = r"[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_STATED_LIST = re.compile(
    r"(?P<label>[A-Za-z][A-Za-z'’ ]{0,80}?)(?:\s(?:were|are|was|is|came\sout\sas|came\sto|read"
    r"|reads)|:)"
    rf"\s(?P<items>{_STATED_ITEM}(?:,\s{_STATED_ITEM}){{0,98}},?\s(?:and\s)?{_STATED_ITEM})\.\s"
    r"(?:so\s|and\s)?(?:which|what)(?:\s(?:one|number|value|of\sthem|of\sthese|of\sthose))?"
    r"(?:'s|’s|\sis|\swas|\swere|\sshould|\swould)?(?:\sthe)?(?:\sactual)?\s(?P<op>lowest|smallest"
    r"|minimum|least|highest|largest|biggest|greatest|maximum|total|sum|average|mean)"
    r"(?:\sone|\snumber|\svalue)?(?:\sactually)?(?:\sbe)?(?:\sof\s(?:them|these|those|all"
    r"|the\s(?:numbers|values|list))(?:\sall)?)?\s?\?", re.IGNORECASE)
_STATED_ASKS = {
    **dict.fromkeys(("lowest", "smallest", "minimum", "least"), "Which is the smallest of"),
    **dict.fromkeys(("highest", "largest", "biggest", "greatest", "maximum"),
                    "Which is the largest of"),
    **dict.fromkeys(("total", "sum"), "What is the sum of"),
    **dict.fromkeys(("average", "mean"), "What is the mean of"),
}


def stated_list(text: str) -> str:
    """A question about a list stated just before it, asked of the list; otherwise ``text``."""
    found = _STATED_LIST.fullmatch(text.strip())
    if found is None:
        return text
    label = re.findall(r"[a-z'’]+", found.group("label").lower())
    if any(word.strip("'’") in MEANING_CHANGERS for word in label):
        return text
    written = re.findall(_STATED_ITEM, found.group("items"))
    grouped = ["," in item for item in written]
    if any(grouped) and not all(grouped) and any(
            "," in item and "." not in item for item in written):
        return text  # "100,200, 300": two numbers or three? (as the arithmetic solver reads it)
    items = [item.replace(",", "") for item in written]
    *head, last = items
    return f"{_STATED_ASKS[found.group('op').lower()]} {', '.join(head)} and {last}?"


# Numbers given names before the question ("```python\nn = 18919\n```\nIs n prime?", "Let
# n = 18919. Is n prime?"): every line or clause of the definitions names one plain number,
# and each name is used in the question, where the number takes its place. A definition of
# anything else ("y = x + 2"), a name the question does not use, or a name that is also a word
# ("a", "I") leaves the text as it is.
_FENCED_DEFINITIONS = re.compile(
    r"[ \t]*```[A-Za-z0-9_+-]{0,20}[ \t]*\n(?P<defs>(?:[^\n`]*\n){1,6})[ \t]*```[ \t]*\n+"
    r"(?P<ask>[^`]{3,400})")
_NAME = r"[A-Za-z_]\w{0,11}"
_INLINE_DEFINITIONS = re.compile(
    rf"(?:let\s+)?(?P<defs>{_NAME}\s?=\s?{_NUMBER_ITEM.pattern}"
    rf"(?:(?:\s?,\s?|\s?;\s?|\s+and\s+){_NAME}\s?=\s?{_NUMBER_ITEM.pattern}){{0,4}})"
    r"\s?[.;:]\s+(?P<ask>[^=]{3,400})", re.IGNORECASE)
_DEFINITION = re.compile(rf"(?P<name>{_NAME})\s?=\s?(?P<value>{_NUMBER_ITEM.pattern})")
_DEFINITION_SPLIT = re.compile(r"\s*(?:\n|,|;|\band\b)\s*")
_NOT_NAMES = frozenset({"a", "i", "an", "is", "it", "in", "of", "or", "and", "the", "to", "let"})


def inline_definitions(text: str) -> str:
    """The question with the numbers its definitions name put in place; otherwise ``text``."""
    stripped = text.strip()
    found = _FENCED_DEFINITIONS.fullmatch(stripped) or _INLINE_DEFINITIONS.fullmatch(stripped)
    if found is None:
        return text
    values: dict[str, str] = {}
    for part in _DEFINITION_SPLIT.split(found.group("defs").strip()):
        definition = _DEFINITION.fullmatch(part.strip().rstrip(";"))
        if definition is None:
            return text
        name = definition.group("name")
        if name.lower() in _NOT_NAMES or name in values:
            return text
        values[name] = definition.group("value")
    ask = found.group("ask").strip()
    for name, value in values.items():
        ask, uses = re.subn(rf"(?<![\w.]){re.escape(name)}(?![\w])", value, ask)
        if uses == 0:
            return text
    return ask


# Who reports a claim before the question about it: "My kid insists (that) …", "My friend says
# …", "My calculator shows …", "I got …".
CLAIMANT = (r"(?:(?:[A-Za-z'’]+\s){1,4}?(?:insists|insisted|says|said|thinks|thought|claims"
            r"|claimed|believes|believed|argues|argued|swears|swore|told\sme|keeps\ssaying"
            r"|shows|showed|gives|gave(?:\sme)?|gets|got|reads|displays|displayed)"
            r"|i\s(?:got|get|think|thought|calculated|worked\sout|wrote))\s(?:that\s)?")


# A reported claim, then only a check of it ("My friend says 'state' and 'taste' are anagrams.
# True?", "My son says 91 is prime. Is he right?"): the claim is the question ("Are 'state' and
# 'taste' anagrams?"), which the solvers read whole as usual.
_CLAIM_THEN_CHECK = re.compile(
    CLAIMANT + r"(?P<subject>(?:[^.?!]|\.(?=\d)){1,150}?)\s(?P<verb>is|are)\s"
    r"(?P<predicate>(?:[^.?!]|\.(?=\d)){1,150}?)"
    r"\s?[.!,;:—–-]?\s(?:(?:is|are)\s(?:that|this|it|he|she|they|my\s[a-z]+)\s(?:right|correct"
    r"|true)|am\si\s(?:right|correct)|(?:is\sthat\s)?true|right|correct|true\sor\sfalse)\s?\??",
    re.IGNORECASE)


_REASON = re.compile(r"\b(?:because|since|as|cause|cuz|coz|so)\b", re.IGNORECASE)
# A doubt, then only "Is it?" ("I'm not sure whether 1357 is prime. Is it?"): the doubt is
# the question, as a claim is.
_DOUBT_THEN_CHECK = re.compile(
    r"i(?:'m|’m|\sam)\s(?:not\s(?:sure|certain)|unsure)\s(?:whether|if)\s"
    r"|i\s(?:can'?t|can’t|cannot|don'?t|don’t)\s(?:remember|recall|know)\s(?:whether|if)\s",
    re.IGNORECASE)
_DOUBTED = re.compile(
    r"(?P<subject>(?:[^.?!]|\.(?=\d)){1,150}?)\s(?P<verb>is|are)\s"
    r"(?P<predicate>(?:[^.?!]|\.(?=\d)){1,150}?)\s?[.!,;:—–-]?\s(?:is\sit|are\sthey)\s?\??",
    re.IGNORECASE)


def claim_as_question(text: str) -> str:
    """A reported claim followed only by a check of it, asked as a question; else ``text``."""
    found = _CLAIM_THEN_CHECK.fullmatch(text.strip())
    if found is None and (doubt := _DOUBT_THEN_CHECK.match(text.strip())):
        found = _DOUBTED.fullmatch(text.strip(), doubt.end())
    if found is None or _REASON.search(found.group("predicate")):
        return text  # a claim with its reason is read by the solver that knows the claim
    verb = found.group("verb").capitalize()
    return f"{verb} {found.group('subject')} {found.group('predicate')}?"


# A clause opening with one of these may frame the computation itself ("In JS, what is 0.1 +
# 0.2?", "Using integer division, …", "On a clock, …"): it is never set aside as context.
FRAME_OPENERS = word_set("in on using with under within via")

# Words that put the numbers of a question in another world, where the plain reading is wrong:
# a city grid or GPS coordinates (another distance), a clock or a finite field (arithmetic that
# wraps), magnitudes or strings (another order), a shape moved or mirrored, letters as sounds.
# Part of MEANING_CHANGERS; the geometry readings check them too.
OTHER_WORLDS = word_set("""
city block blocks street streets road roads taxicab taxi manhattan chebyshev gps latitude
longitude lat lon lng globe earth sphere spherical polar cylindrical 3d three-dimensional
dimension dimensions dimensional clock clocks o'clock oclock field fields
finite galois ring rings modular congruent congruence gaussian complex imaginary matrix matrices
vector vectors bit bits byte bytes signed unsigned overflow wrap wraps wraparound roman numeral
numerals magnitude magnitudes absolute abs modulus string strings alphabetical alphabetically
lexicographic lexicographical lexicographically lexical rotate rotated rotation reflect reflected
reflection mirror mirrored flip flipped shift shifted scale scaled stretch stretched swap swapped
transpose transposed syllable syllables pronounce pronounced pronunciation phonetic phonetically
silent sound sounds floating floats ieee precision machine computer computers
""")

# Words that can change what is asked when they stand in a sentence around a question ("round",
# "binary", "not", "each", units, versions, "why"): a context sentence or clause holding one of
# them is never dropped (``classify.strip_framing``, the arithmetic reading in context).
MEANING_CHANGERS = word_set("""
not no never nor neither none but except excluding exclude include including includes only also
too just if unless assume assuming suppose supposing pretend imagine ignore ignoring treat
consider instead otherwise rather than more less fewer same different opposite reverse reversed
backwards base binary hex hexadecimal octal decimal decimals round rounded rounding approximate
approximately estimate roughly about nearest mod modulo remainder percent percentage integer
integers whole floor ceiling truncate fraction fractions format form express written write
answer answers unit units convert conversion degrees radians time times hours minutes seconds
date dates year years version versions release releases python javascript java excel sql code
program programming float double int case uppercase lowercase capital capitals capitalized
sensitive letter letters word words character characters space spaces vowel vowels count
counting counted each every both all first last second third twice half double triple area
perimeter radius diameter distance inside outside boundary per one two three four five six
seven eight nine ten hundred thousand million billion zero cm mm km kg lb lbs oz ft inch inches
feet foot mile miles meter meters metre metres liter liters litre litres dollar dollars euro
euros cent cents usd chapter chapters section sections page pages verse verses paragraph
software app apps update updates build builds semver ip address phone zip isbn explain why how
show prove proof steps reasoning justify describe maybe perhaps probably
teach trick tricks method methods shortcut shortcuts technique techniques strategy strategies
translate translation translated rewrite rephrase paraphrase summarize summarise respond reply
english spanish french german italian portuguese russian chinese japanese korean arabic hindi
latin greek language languages ruby rust perl php bash shell swift kotlin haskell lua matlab
julia scala typescript js golang compiler interpreter script calculator spreadsheet
""") | OTHER_WORLDS


_SOMEONE_ELSE = r"(?:my\s[a-z]+|he|she|they|someone)"  # who answered too ("my daughter")
# How the asker works or checks, not what is asked ("without a calculator", "in my head", "I
# just want to check my work"): dropped before the words around a question are read.
HOW_THE_ASKER_WORKS = re.compile(
    r"\b(?:without\s(?:a\s|using\sa\s|any\s)?calculators?|no\scalculators?(?:\sallowed)?"
    r"|in\s(?:my|your)\shead|by\shand|mentally"
    # a calculator that failed the asker ("my calc app keeps crashing", "My phone calculator
    # gives up"): the question is still the one asked
    r"|(?:my\s)?(?:phone\s)?(?:calculator|calc)(?:\sapp|['’]s\sbattery|\sbattery)?\s(?:keeps\s"
    r"(?:crashing|freezing)|crashed"
    r"|froze|is\sfrozen|gives\sup"
    r"|gave\sup|is\sbroken|broke|died|is\sdead|is\sacting\s(?:up|weird|strange)|is\sglitching"
    # ... or shows only a rounded form ("My calculator keeps showing it in scientific notation")
    r"|(?:keeps\s)?(?:shows|showing|gives|giving)\s(?:me\s)?(?:it\s|the\s(?:answer|result)\s)?"
    r"in\s(?:scientific|exponential|e)[\s-]notation)"
    # answers that disagree ("I keep getting different answers for …")
    r"|i\s(?:keep|kept)\sgetting\s(?:two\s)?(?:different|weird|strange|inconsistent)\s"
    r"(?:answers|results|numbers)(?:\sfor)?"
    # an argument about the question itself ("We were arguing about this at dinner.")
    r"|(?:we|i|they)\s(?:were|was|are|have\sbeen|had)\s(?:arguing|debating|disagreeing|fighting"
    r"|bickering)\s(?:about|over)\s(?:this|it)"
    # ... between the asker and someone else ("My daughter and I got different answers.")
    rf"|(?:{_SOMEONE_ELSE}\sand\si|we|we\sboth)\s(?:got|get|keep\sgetting|came\sup\swith)\s"
    r"(?:two\s)?different\s(?:answers|results|numbers)"
    r"|(?:and\s)?i\s(?:just\s|only\s)?(?:want|wanted|need)\sto\s(?:check|double[\s-]check|verify"
    r"|confirm)\s(?:(?:my|our|his|her|their)\s(?:work|answer|homework|maths?)|her|him|them)"
    # where the expression is written ("… on her worksheet")
    r"|on\s(?:my|our|his|her|their|the|a|this)\s(?:maths?\s)?(?:worksheet|homework|sheet"
    r"|paper|board|whiteboard|quiz|assignment|page)"
    # doubt about someone's answer ("… says he got this right but I'm not sure")
    r"|(?:but\s)?(?:i'?m|i\sam)\snot\s(?:(?:so|too|totally|entirely|100%)\s)?(?:sure|certain"
    r"|convinced)"
    # where the question comes from ("Helping my niece with her times tables tonight")
    r"|times\stables?"
    # another answer, or doubt, about the same question ("My daughter got a different answer
    # than I did.", "I keep second-guessing myself.", "My coworker says the one with more
    # digits.")
    rf"|{_SOMEONE_ELSE}\s(?:got|gets|keeps\sgetting|came\sup\swith)\s(?:a\s)?"
    r"(?:different|another)\s(?:answer|result|number)(?:\sthan\s(?:i\sdid|me|mine|i\sgot)|\sfrom"
    r"\s(?:me|mine))?"
    r"|i\s(?:keep|kept)\ssecond[\s-]guessing\s(?:myself|it|this|that)"
    rf"|{_SOMEONE_ELSE}\s(?:says|said|thinks|thought|claims|insists)\s(?:it'?s\s)?"
    r"the\sone\swith\s(?:more|the\smost)\s(?:digits|decimal\splaces|decimals)"
    # what the asker is checking, which the question computes ("I'm double-checking a
    # discount.")
    r"|(?:(?:i'?m|i\sam)\s(?:just\s)?)?(?:double[\s-]?)?checking\s(?:a|the|my|our|this|his|her)"
    r"\s(?:maths?\s)?(?:discount|tip|price|bill|receipt|invoice|worksheet|homework|answers?"
    r"|work)(?:\shere)?"
    # trouble with the kind of number ("I always get confused with decimals.", "I can never
    # tell with fractions.")
    r"|i\s(?:always\s|often\s|still\s|sometimes\s)?(?:get|got)\s(?:confused|mixed\sup)\s(?:with"
    r"|by|about)\s(?:decimals|fractions|negatives|negative\snumbers|percentages)"
    # "I can never remember —", "I always forget."
    r"|i\scan(?:not|'t|\snever)\s(?:ever\s)?remember|i\s(?:always|keep)\s(?:forget|forgetting)"
    r"|i\scan(?:not|'t|\snever)\s(?:ever\s)?tell\swith\s(?:decimals|fractions|negatives"
    r"|negative\snumbers))\b", re.IGNORECASE)
