"""Query -> language, benchmark framing, candidate rules; and the pure routing step.

Everything here is pure and synchronous: no I/O, no model calls. The LangGraph nodes and
:func:`guardrail.route` call the same functions.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from ._decision import CallRecord, Decision
from ._text import (
    CLAIMANT,
    FRAME_OPENERS,
    HOW_THE_ASKER_WORKS,
    MEANING_CHANGERS,
    claim_as_question,
    detect_language,
    inline_definitions,
    list_after_ask,
    listed_before,
    one_line_list,
    plain_math,
    stated_list,
    stems,
    word_set,
)
from .rules import RuleSet
from .solvers import Declined, Problem, Query, Solution, Solver, SolverRegistry

__all__ = ["MAX_BLANK_RUN", "MAX_QUESTION_CHARS", "SOLVE_TIMEOUT_S", "Classification",
           "Framing", "RouteOutcome", "classify", "passthrough_reason", "resolve"]

# Tool questions are short; longer text goes to the model without pattern matching at all.
MAX_QUESTION_CHARS = 5_000
# Solvers cap their operand sizes so that every accepted problem is fast; this deadline is the
# second line of defence. A solve that overruns is declined (its thread finishes in the
# background, bounded by those caps).
SOLVE_TIMEOUT_S = 2.0
_solve_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="guardrail-solve")
# Grammars written with \s* and \s+ backtrack polynomially over a run of blanks, and Python's
# re holds the GIL while it does, so no deadline can interrupt it. No tool question has this
# many blanks in a row; such text goes to the model before any pattern sees it.
MAX_BLANK_RUN = 16
_LONG_BLANK_RUN = re.compile(rf"\s{{{MAX_BLANK_RUN + 1},}}")


class Framing(BaseModel):
    """Benchmark framings recognised around a question, and the answer format they ask for."""

    model_config = ConfigDict(frozen=True)

    qa: bool = False  # "Q: ... A:"
    step_by_step: bool = False  # "Think step by step"
    boxed: bool = False  # "answer within \\boxed{}"
    bracket_yes_no: bool = False  # 'answer "[Yes]" or "[No]"' (or "回答[是]或[否]")
    bracket_chinese: bool = False  # the brackets hold 是 / 否
    bare: bool = False  # "Answer with only the number."

    def format(self, value: str, answer: str) -> str:
        """The tool answer, in the format the framing asked for."""
        if self.bare:
            return value
        if self.boxed:
            return f"{answer}\n\\boxed{{{value}}}"
        if self.bracket_yes_no and value in ("yes", "no"):
            if self.bracket_chinese:
                return f"{answer}\n[{'是' if value == 'yes' else '否'}]"
            return f"{answer}\n[{value.capitalize()}]"
        return answer


_QA_PREFIX = re.compile(r"^\s*(?:Q|Question|问题?)\s*[:：]\s*", re.IGNORECASE)
_QA_SUFFIX = re.compile(r"\s*(?:A|Answer|答案?)\s*[:：]\s*$", re.IGNORECASE)
# Whitespace is only ever consumed right after a word or comma: optional words separated by
# bare \s* let a blank run split in many ways, and backtracking turns cubic on user text.
_THEN = r"(?:(?:,\s*)?(?:and\s+)?then\s+|(?:,\s*)?and\s+)?"
# Trailing instructions, peeled off one at a time from the end of the question.
_STEP = re.compile(
    r"\s*(?:let'?s\s+)?think\s+(?:about\s+it\s+)?step[\s-]+by[\s-]+step" + _THEN
    + r"(?:answer)?[.!]?\s*$"
    r"|(?:[，,。.]\s?)?请?(?:一步一步|一步步|逐步)(?:地)?(?:思考|推理|分析)(?:一下)?[，,。.]?\s*$"
    # "Show your work.", "Explain your reasoning, then give the final answer." (the answer
    # sentence shows the computation)
    r"|\s*(?:,\s*)?(?:and\s+)?(?:please\s+)?(?:show\s+(?:your|the|all)\s+(?:work|working|reasoning|steps)"
    r"|explain\s+(?:(?:your|the)\s+(?:reasoning|answer|steps|working|work)|briefly))" + _THEN
    + r"[.!]?\s*$"
    # "Compute 45 * 3 step by step."
    r"|\s+step[\s-]+by[\s-]+step[.!]?\s*$",
    re.IGNORECASE,
)
_BOXED = re.compile(
    r"\s*" + _THEN + r"(?:please\s+)?(?:(?:put|give|write|return|answer)\s+)?"
    r"(?:(?:your|the)\s+)?(?:final\s+)?(?:answer\s+)?(?:with)?in\s+\"?\\*boxed\"?\s*(?:\{\s*\})?"
    r"(?:\s*\(e\.?g\.?,?\s*\\*boxed\{\d+\}\))?[.!]?\s*$",
    re.IGNORECASE,
)
# "Give your final answer in the form \boxed{answer}."
_BOXED_FORM = re.compile(
    r"\s*" + _THEN + r"(?:please\s+)?(?:put|give|write|return|present|provide)\s+(?:your|the)\s+"
    r"(?:final\s+)?answer\s+(?:in\s+the\s+form(?:\s+of)?|as|using)\s+\"?\\*boxed\{[^{}\n]{0,30}\}"
    r"\"?[.!]?\s*$",
    re.IGNORECASE,
)
_BRACKETS = re.compile(
    r"\s*" + _THEN + r"answer\s+(?:with\s+)?\"?\[yes\]\"?\s+or\s+\"?\[no\]\"?[.!]?\s*$",
    re.IGNORECASE,
)
# "8017781是不是素数？请一步步思考，最后回答[是]或[否]。"
_BRACKETS_ZH = re.compile(
    r"(?:[，,。.]\s?)?(?:然后|最后|再)?(?:请)?回答\s?[\[【]是[\]】]\s?(?:或|或者|还是)\s?"
    r"[\[【]否[\]】][。.!！]?\s*$")

_ANSWER_OBJECT = (
    r"(?:(?:the|a|one|a\s+single)\s+)?(?:final\s+)?(?:number|answer|integer|digit|word|value"
    r"|result|count)s?"
)
_YES_OR_NO = r"(?:a\s+)?(?:simple\s+)?\"?yes\"?\s*(?:or|/)\s*\"?no\"?"
_BARE = re.compile(
    r"\s*+" + _THEN + r"(?:please\s+)?(?:(?:answer|respond|reply)\s+with|give|output|return|write"
    r"|reply|answer|say|show|state|print|provide)\s+(?:only|just)\s+(?:" + _ANSWER_OBJECT
    + r"|" + _YES_OR_NO + r")"
    r"(?:,?\s+nothing\s+else)?[.!]?\s*$"
    r"|\s*+" + _THEN + r"(?:please\s+)?(?:just\s+)?(?:(?:answer|respond|reply)(?:\s+with)?|say)\s+"
    + _YES_OR_NO + r"[.!]?\s*$"
    r"|\s*+(?:\(\s*)?(?:yes\s*/\s*no|yes\s+or\s+no|y\s*/\s*n)(?:\s*,?\s*please)?\s*\)?[?.!]?\s*$"
    r"|\s*+(?:[，,]\s*)?(?:请)?(?:只(?:需)?)?(?:回答|给出|输出)\s*(?:那个|一个)?\s*(?:数|数字|答案|结果)"
    r"[。.]?\s*$"
    r"|\s*+(?:[，,]\s*)?(?:请)?(?:直接|只(?:需|要)?)(?:回答|给出|输出|写出)"
    r"(?:\s*(?:那个|一个)?\s*(?:数|数字|答案|结果))?[。.]?\s*$"
    r"|\s*+(?:[，,]\s*)?(?:请)?(?:只(?:需|要)?|直接)(?:给|写)?(?:出)?(?:最终)?(?:数字|答案|结果)[。.]?\s*$"
    r"|\s*+(?:[，,]\s*)?(?:不(?:需|需要|用|必)(?:解释|过程|说明|写过程)|无需(?:解释|过程))[。.]?\s*$"
    # "直接给结果就行", "给个数字就好"
    r"|\s*+(?:[，,。.]\s*)?(?:请)?(?:直接|只)?给(?:出|个|我)?(?:最终)?(?:结果|答案|数字)(?:就行|就好|就可以了?"
    r"|即可)[。.！!]?\s*$"
    # "Just the number please.", "Number only.", "Final answer only.", "No explanation needed.",
    # "… and just give me the result"
    r"|\s*+" + _THEN + r"(?:(?:just|only)\s+(?:the\s+)?(?:final\s+)?(?:number|answer|result|value"
    r"|integer|count|(?:reversed|backwards)\s+word)"
    r"|(?:the\s+)?(?:final\s+)?(?:number|answer|result|value|integer)\s+only"
    r"|(?:answer|respond|reply)\s+with\s+" + _ANSWER_OBJECT + r"\s+only"
    r"|(?:just|only)\s+(?:a\s+)?\"?yes\"?\s*(?:or|/)\s*\"?no\"?"
    r"|(?:a\s+)?(?:simple\s+)?yes\s*(?:or|/)\s*no(?:\s+answer)?\s+(?:is\s+)?(?:fine|enough|ok|okay"
    r"|is\s+all\s+i\s+need)"
    # "Not the list, just how many."
    r"|not\s+the\s+(?:list|numbers),?\s+(?:just|only)\s+(?:how\s+many|the\s+(?:count|number))"
    r"|(?:please\s+)?(?:answer\s+)?\"?yes\"?\s*(?:or|/)\s*\"?no\"?\s+only"
    r"|no\s+(?:explanation|explanations|working|steps|reasoning)(?:\s+(?:needed|necessary"
    r"|required|please))?|(?:do\s+not|don't)\s+explain"
    r"|(?:just|only)\s+(?:give|write|return|output|state|say|tell|show|print|provide)(?:\s+me)?\s+"
    + _ANSWER_OBJECT
    + r"|(?:give|write|return|output|state|show|print|provide)(?:\s+me)?\s+"
    r"(?:the\s+)?(?:final\s+)?(?:answer|number|result)\s+only"
    + r"|(?:answer|respond|reply)\s+in\s+(?:one|a\s+single)\s+(?:word|number)"
    r"|(?:answer|respond|reply)\s+with\s+(?:a|one|a\s+single)\s+(?:number|integer|value|word)"
    r"|(?:give|write|provide)\s+(?:a|your)\s+(?:one|single)[\s-]word\s+answer"
    r"|\(\s*(?:(?:the\s+)?(?:final\s+)?(?:answer|number|result)\s+only|(?:just|only)\s+the\s+"
    r"(?:answer|number|result))\s*\))(?:\s*,?\s*please)?[.!]?\s*$"
    r"|\s*+(?:[，,]\s*)?(?:请)?(?:只)?回答\s*[“\"「]?是[”\"」]?\s*(?:或|或者)\s*[“\"「]?(?:否|不是)"
    r"[”\"」]?[。.]?\s*$"
    r"|\s*+(?:只(?:需)?(?:回答|给出|输出)(?:一个)?(?:数字|答案|结果))[。.]?\s*$"
    r"|\s*+(?:请)?(?:只)?回答(?:是或否|是或不是)[。.]?\s*$",
    re.IGNORECASE,
)
# Leading instructions and conversational fillers, peeled from the start of a question.
_LEADING = re.compile(
    r"\s*(?:(?:let'?s|please)\s+)?think\s+(?:about\s+it\s+)?(?:carefully\s+(?:and\s+)?)?"
    r"step[\s-]+by[\s-]+step\s*[.:,;!]\s*"
    r"|\s*请?(?:一步一步地?|逐步|一步步)(?:地)?(?:思考|推理|分析)(?:一下)?\s*[：:，,。.]\s*"
    r"|\s*(?:(?:hey|hi|hello|ok|okay|yo|so|um)\s+)?"
    r"(?:hey|hi|hello|ok|okay|yo|so|um|(?:i\s+)?need\s+(?:this|it)\s+(?:fast|quick(?:ly)?|asap|now)"
    r"|quic?k(?=\s*[,:!\-–—])|quic?k\s+(?:one|q|question|check|geometry\s+check"
    r"|math\s+check)|(?:quick\s+)?sanity\s+check|(?:i\s+)?need\s+a\s+(?:quick\s+)?(?:number"
    # only with punctuation: "hello" may be the subject
    r"|answer|calculation)|quick\s+(?:number|calculation)|real\s+quick)\s*[,:!\-–—]+\s*"
    # ... or a greeting right before a question word or a request ("hey which one's bigger,
    # 3 or 5?"); not "so"/"yo" ("So what?", "Yo is ...": part of the sentence) nor before a
    # verb ("Hello is a greeting").
    r"|\s*(?:hey|hi|hello|ok|okay)\s+(?=(?:which|what|whats|how|where|can|could|tell|give|find"
    r"|calculate|compute|count|sort|compare|order|determine|check|evaluate|please)\b)"
    # "wait is -0.4 smaller than -1/11?" ("Hello is a greeting" keeps its subject)
    r"|\s*wait\s*,?\s+(?=(?:is|are|what|which|how)\b)"
    # "Yes or no: is -3.2 greater than -0.74?": the question says so itself
    r"|\s*(?:(?:please\s+)?(?:just\s+)?answer\s+|just\s+)?(?:yes\s+or\s+no|yes\s*/\s*no)\s*(?::|[—–]+)\s*"
    r"(?=(?:is|are|was|were|does|do|did|can|could|would|will|has|have)\b)"
    # "Answer the following question.", "Solve:", "Can you help me?", "I have a question."
    r"|\s*(?:please\s+)?(?:answer|solve)(?:\s+(?:the\s+following|this)(?:\s+(?:question|problem))?)?"
    r"\s*[:.]\s+"
    r"|\s*(?:(?:can|could)\s+you\s+(?:please\s+)?help\s+me(?:\s+(?:with\s+(?:this|something"
    r"|a\s+(?:quick\s+)?(?:math\s+)?question)|out))?|i\s+have\s+a\s+(?:quick\s+)?(?:math\s+)?"
    r"question|here(?:'s|\s+is)\s+a\s+(?:quick\s+)?(?:math\s+)?question)\s*[?.!:]\s*"
    # Context that carries no content: "I'm helping my daughter with her homework.",
    # "Homework question:", "My teacher asked us:", "Sorry to bother you, but"
    r"|\s*(?:i'?m|i\s+am)\s+(?:helping|tutoring)\s+(?:my\s+)?(?:son|daughter|kids?|child"
    r"|children|students?|brother|sister|friend|nephew|niece)(?:\s+with\s+(?:(?:his|her|their"
    r"|some|a|the)\s+)?(?:math\s+|maths\s+)?(?:homework|question|problem|worksheet))?"
    r"\s*[.!:,]\s*"
    r"|\s*(?:(?:a|my|this\s+is\s+a|here'?s\s+a)\s+)?(?:math\s+|maths\s+)?homework\s+"
    r"(?:question|problem)\s*[.!:]\s*|\s*(?:math\s+|maths\s+)?homework\s*:\s*|\s*for\s+my\s+(?:math\s+)?homework\s*[,:]\s*"
    # "Homework check — can you work out …"
    r"|\s*(?:quick\s+)?homework\s+check\s*(?:[:—–]|\s-(?=\s))\s*"
    r"|\s*(?:my|our)\s+(?:teacher|professor|tutor|textbook)\s+(?:asked|asks)(?:\s+(?:us|me))?"
    r"(?:\s+this)?\s*[:,]\s*|\s*(?:a\s+)?friend\s+asked\s+me\s+(?:this|the\s+following)\s*[:,]\s*"
    r"|\s*sorry\s+to\s+bother\s+you\s*,\s*(?:but\s+)?"
    # "ok dumb question but which is bigger, …", "Silly question: …"
    r"|\s*(?:(?:ok|okay|so|um|hey)\s*,?\s+)?(?:(?:probably\s+)?(?:a\s+)?(?:dumb|stupid|silly"
    r"|basic|easy|random|weird|embarrassing)\s+)question\s*(?:,?\s*but\s+|[,:!\-–—]+\s*)"
    # What the question is for: "For my spreadsheet I need to know:", "For a stats quiz:".
    # Only before a colon, and only these nouns and modifiers: "for my hex homework" or "for my
    # Python script" could change what the numbers mean, so they stay.
    r"|\s*for\s+(?:my|a|an|the|our|this)\s+(?:(?:math|maths|stats|statistics|algebra|arithmetic"
    r"|geometry|number\s+theory|crypto|cryptography|physics|chemistry|science|english|spelling"
    r"|vocab|vocabulary|school|college|kid'?s|son'?s|daughter'?s|weekly|daily|online|pub|trivia"
    r"|final|midterm|practice|little|quick)\s+){0,2}(?:homework|assignment|quiz|test|exam|class"
    r"|course|worksheet|spreadsheet|report|project|notes|puzzle|lesson|revision|study\s+guide"
    r"|practice|presentation|game|trivia\s+night)(?:\s+(?:question|problem))?(?:\s*,?\s*i\s+"
    r"(?:need\s+to\s+know|need|want\s+to\s+know|have\s+to\s+know))?\s*:\s*"
    r"|\s*(?:hey|hi|hello)\s+there\s*[,!.]\s*"
    r"|\s*i\s+need\s+(?:some\s+)?help(?:\s+with\s+(?:a|this|my)\s+(?:math\s+)?(?:question"
    r"|problem))?\s*[.!:]\s*"
    r"|\s*here'?s\s+(?:a\s+(?:quick\s+)?(?:math\s+)?(?:problem|puzzle|question)|one)\s+for\s+you"
    r"\s*[:.!]\s*"
    r"|\s*我在(?:帮|辅导)(?:孩子|儿子|女儿|学生|弟弟|妹妹)(?:做|写)?(?:数学)?作业\s*[：:，,。.]\s*"
    r"|\s*(?:数学)?老师(?:问|出了一道题)\s*[：:，,]\s*"
    r"|\s*(?:你好|您好|嗨|哈喽)\s*[，,！!。.]\s*"
    r"|\s*(?:请问一下|问一下|想问一下|请教一下|问个问题)\s*[，,：:]\s*"
    # "请帮我算 117 和 221 的最大公约数", "请算一下 …", "帮我算下 …", "请算出 …": a request to
    # work out what follows
    r"|\s*(?:请\s*)?(?:帮我|帮忙)?\s*(?:算|计算|求)\s*(?:一下|一算|下|出)?\s*[：:，,]?\s*"
    r"(?=[\d(（]|以\s?[(（])"
    r"|\s*(?:请回答|请回答(?:下面|以下)的?问题|回答(?:下面|以下)的?问题|我有一个(?:数学)?问题)"
    r"\s*[:：，,。.]\s*",
    re.IGNORECASE,
)
_FILLER_SUFFIX = re.compile(
    r"(?:\s?[—–-]\s?|\s)(?:lol|pls|plz|(?:thanks|thank\s+you)(?:\s+(?:so|very)\s+much|\s+a\s+lot"
    r"|\s+in\s+advance)?|thx|ty|cheers|many\s+thanks|much\s+appreciated|(?:i\s+)?appreciate\s+it)"
    r"[.!]*\s*$"
    # a smiley or an emphatic "?!" after the question
    r"|(?<=\S)\s?(?::-?\)|:-?D|;-?\)|:-?P|\^_\^|🙂|😊|🙏|😀|👍)\s*$|(?<=\?)[!?]+\s*$"
    r"|\s*(?:please\s+)?(?:be\s+(?:concise|brief)|keep\s+it\s+(?:short|brief|concise))[.!]?\s*$"
    # "Work out 3.75 × 4 and tell me the answer.": the request said twice
    r"|(?:\s*,\s*|\s+)and\s+(?:then\s+)?(?:tell|give|show)\s+me\s+(?:the\s+|your\s+)?(?:final\s+)?"
    r"(?:answer|result)[.!]?\s*$"
    r"|\s*(?:[，,]\s*)?(?:谢谢|多谢|感谢)(?:你|您)?[！!。.~～]*\s*$"
    r"|\s*(?:[，,]\s*)?请?(?:简要|简短|简单)(?:地)?回答(?:一下)?[。.！!]?\s*$"
    # "答案用 π 表示", "结果带 π": an exact answer keeps π anyway
    r"|(?<=[？?。.，,])\s?(?:答案|结果)?\s?(?:请)?(?:用|保留|带|含有?)\s?π\s?(?:表示)?[。.]?\s*$"
    # "结果用最简分数表示", "写成分数", "答案写成含π的形式": the exact forms a tool answer has
    r"|(?<=[？?。.，,\u4e00-\u9fff])\s?[，,]?\s?(?:答案|结果)?\s?(?:请)?(?:用|写成|化成|化为|表示成|表示为"
    r"|保留成?)\s?(?:最简)?(?:分数|含\s?π\s?的?(?:形式|式子)|π)\s?(?:表示|的形式|形式)?[。.]?\s*$"
    # "Is that right? Does that look right to you?": the check asked again
    r"|(?<=\?)\s?(?:does\s(?:that|this|it)\s(?:look|seem|sound)\s(?:right|correct)(?:\sto\syou)?"
    r"|am\si\s(?:right|correct))\s?\?\s*$"
    # "Exponent form is fine.": a factorization is written with exponents anyway
    r"|(?<=[?.!])\s{0,3}(?:(?:an?\s+)?(?:exponent|exponential|index|power)\s+(?:form|notation)"
    r"|exponents)\s+(?:is|are)\s+(?:fine|ok|okay)[.!]?\s*$"
    # "要精确结果，不要四舍五入", "除不尽的话用分数表示": every tool answer is exact
    r"|(?<=[？?。.，,\u4e00-\u9fff\d])\s?[，,。]?\s?(?:(?:请|要|需要)?(?:给我|给出)?(?:精确|准确)(?:的)?"
    r"(?:结果|答案|值)|(?:请)?不(?:要|用)四舍五入|(?:如果)?除不尽(?:的话)?[，,]?(?:就|请)?(?:用|写成)"
    r"(?:最简)?分数(?:表示)?)[。.！!]?\s*$"
    # "请给出精确结果": every tool answer is exact
    r"|(?<=[？?。.])\s?请?(?:给出|写出|求出)?(?:精确|准确)(?:的)?(?:结果|答案|值)[。.！!]?\s*$"
    r"|(?<=[?.!])\s{0,3}(?:i\s+)?(?:just|only)\s+need\s+(?:the\s+)?(?:final\s+)?(?:number|answer"
    r"|result|value)(?:\s*,?\s*(?:please|pls|thanks))?[.!]?\s*$",
    re.IGNORECASE,
)
# Courtesy around a request ("I'd appreciate it if you could calculate 81 / 9.", "If you don't
# mind, what's 45 × 45?", "Would you mind working out 45 × 45?"): the request is the question.
# After "would you mind" the verb's -ing form is given back as the plain verb, and only for
# verbs that ask for an answer (_GERUNDS); any other ("would you mind guessing …") stays.
_COURTESY_LEAD = re.compile(
    r"\s*(?:(?:(?:i'?d|i\s+would)\s+(?:really\s+)?(?:appreciate\s+it|be\s+(?:very\s+|so\s+)?"
    r"(?:grateful|thankful))|(?:it\s+)?would\s+be\s+(?:great|nice|helpful|awesome|lovely|amazing"
    r"|wonderful))\s+if\s+you\s+(?:could|can|would)\s+(?:please\s+)?"
    r"|if\s+you\s+(?:don'?t|do\s+not|wouldn'?t|would\s+not)\s+mind\s*,?\s*"
    r"|(?:would|do)\s+you\s+mind\s+(?P<gerund>[a-z]+ing)\b\s*)",
    re.IGNORECASE)
_GERUNDS = {
    "telling": "tell", "working": "work", "calculating": "calculate", "computing": "compute",
    "finding": "find", "counting": "count", "listing": "list", "sorting": "sort",
    "figuring": "figure", "evaluating": "evaluate", "giving": "give", "spelling": "spell",
    "reversing": "reverse", "putting": "put", "adding": "add", "multiplying": "multiply",
    "dividing": "divide", "subtracting": "subtract", "factoring": "factor", "ordering": "order",
    "determining": "determine", "showing": "show", "letting": "let", "simplifying": "simplify",
    "arranging": "arrange", "ranking": "rank", "checking": "check",
}
_COURTESY_TAIL = re.compile(
    r"(?:\s*,\s*|\s+)if\s+you\s+(?:don'?t|do\s+not|wouldn'?t|would\s+not)\s+mind(?=[.!?]{0,3}\s*$)",
    re.IGNORECASE)
# A short social opener before the question ("Got a sec?", "Are you good at math?", "Hey, you
# there?", "Anyone around?"). Read as words, not shapes: every word is one of _SOCIAL_WORDS,
# none of which asks for anything a tool could answer or changes what is asked; a question in
# any other words ("Who wrote Hamlet? What's 2 + 2?", "Is it prime?") stays.
_SOCIAL_LEAD = re.compile(
    r"\s*(?P<words>[A-Za-z][A-Za-z'’ ,]{0,60}?)\s*(?:[?!.]+|:|\s[—–])\s+(?=\S)")
_SOCIAL_WORDS = word_set("""
got have has a sec second minute moment quick question q can could may i ask you u ya help me
with something this math maths are there here good at free busy hey hi hello ok okay anyone
anybody someone somebody around do you're mind if is it alright possible real please pls still
awake online am bother bothering sorry to doing how's how are going well morning evening
afternoon good day dear assistant bot friend buddy pal mate""")


# "Can you reverse the word 'balloon' for me?": the favour adds nothing; the "?" stays.
# "Can you add these up for me: 66,259, 44,161? Just the total.": after a sum, "the total" says
# again what is asked; after anything else it would name another result, and stays.
# "Could you find 56855 modulo 42? Only the remainder.": the same after a remainder question.
# _JUST_THE_RESULT pairs each request for the result alone with what the question before it must
# already ask for; "Total only." may also stand on its own line after a list.
def _just_the(result: str, start: str = r"(?<=[?.])\s+") -> re.Pattern[str]:
    return re.compile(rf"(?:{start})(?:(?:just|only)\s+(?:the\s+)?{result}|(?:the\s+)?{result}"
                      r"\s+only)(?:\s*,?\s*please)?[.!]?\s*$", re.IGNORECASE)


_JUST_THE_RESULT = (
    (_just_the(r"(?:total|sum)", r"(?<=[?.])\s+|\s*\n\s*"),
     re.compile(r"\b(?:add|adding|sum|total|plus|altogether)\b|\+", re.IGNORECASE)),
    (_just_the("remainder"), re.compile(r"\b(?:mod|modulo|remainder)\b", re.IGNORECASE)),
)
# "Total of the following numbers, please: …": the request is the same without its courtesy.
_PLEASE_BEFORE_COLON = re.compile(
    r"(?<=[A-Za-z])\s*,?\s+(?:please|pls|plz)(?=\s*(?::|\s[—–])\s*\S)", re.IGNORECASE)
# "Homework check, no explanation needed: 43 * 75": before the colon, the bare answer asked
# for (as "No explanation needed." after a question, _BARE).
_NO_EXPLANATION = re.compile(
    r"(?:\s*+[,;—–(]\s*+|\s++)(?:no\s+(?:explanation|explanations|working|work\s+shown|steps)(?:\s+"
    r"(?:needed|required|necessary|please))?|no\s+need\s+to\s+(?:explain|show\s+(?:your\s+"
    r"|the\s+|any\s+)?(?:work|working|steps)))\s*\)?(?=\s*:\s*\S)", re.IGNORECASE)
_FOR_ME = re.compile(r"\s+for\s+me(?:\s*,?\s*(?:please|pls))?(?=[.!?]{0,3}\s*$|\?)", re.IGNORECASE)
_STEP_SUFFIX = re.compile(
    r"\s*" + _THEN + r"(?:(?:give|state|write)\s+(?:the|your)\s+(?:final\s+)?answer)[.!]?\s*$",
    re.IGNORECASE,
)
# Instructions sit at the end of a question; searching only the tail keeps the cost bounded
# (these patterns start with optional whitespace, which is quadratic over long blank runs).
_FRAMING_TAIL = 300
# A question carries a few instructions at most; a text repeating one ("Just the number." x 150)
# is not peeled forever (each round scans every pattern).
_MAX_PEELS = 12


# A sentence of context before or after the question ("I'm splitting a bill with friends.",
# "… ? need it for a puzzle"): letters only (no digit, quote or bracket), at most 14 words, and
# none of the words that could change what the question asks (a base, rounding, case, a
# condition, a negation, what to count or to include, a format) -- those sentences stay, and
# the solvers decline the question. The question itself must end with "?" after a leading
# context sentence or before a trailing one, so it is complete on its own.
_CONTEXT_BEFORE = re.compile(
    r"(?P<words>[A-Za-z][A-Za-z'’ ,-]{0,140}?)(?:[.!]+|(?P<colon>:|\s[—–]))\s+(?=\S[^\n]*\?\s*$)")
# Before a colon the words are often the question itself ("Which is larger: 9.11 or 9.9?") or
# a label of what follows ("Corners: (0, 0); …", "My scores: 98, 82, 57. …"): a context lead
# there has three words or more, no question word, and a question or an operation starts
# after it ("Settle a bet between me and my roommate: is 83 prime?", "Quick check on my
# homework: 1/3 + 7/15 = ?").
_QUESTION_WORDS = word_set("what what's whats which who whose whom how when where why is are was"
                           " were does do did can could would will")
# A lead of one or two words ("Curious: what's …", "Homework check: Is 3/11 …") only before a
# question word: "Corners: (0, 0); …" and "Scores: 98, 82" label what follows.
_QUESTION_AFTER_COLON = re.compile(
    r"(?:is|are|was|were|does|do|did|can|could|would|will|what|what's|whats|how|which)\b",
    re.IGNORECASE)
_CLAIM_AFTER_COLON = re.compile(CLAIMANT, re.IGNORECASE)
_ASK_AFTER_COLON = re.compile(
    r"(?:is|are|was|were|does|do|did|can|could|would|will|what|what's|whats|how|which|tell|give"
    r"|find|calculate|compute|evaluate|determine|count|work\s+out)\b|-?\d[\d ./]*[-+*/×÷^=]",
    re.IGNORECASE)
# After the question, one or two sentences ("Is 4,951 a prime number? It's the answer to a
# puzzle-hunt clue and I want to be sure.", "… ? Battery's low so I don't trust it.").
_CONTEXT_AFTER = re.compile(
    r"(?<=\?)\s+(?:(?P<words>[A-Za-z][A-Za-z'’ ,-]{0,140}?"
    r"(?:[.!]+\s+[A-Za-z][A-Za-z'’ ,-]{0,140}?)?)\s*[.!]*"
    r"|\((?P<aside>[A-Za-z][A-Za-z'’ ,-]{0,140}?)\s*[.!]*\))\s*$")
_CONTEXT_MAX_WORDS = 14
_REMARK_MAX_WORDS = 24
# Words of the shared list that a remark after a complete question uses without changing it
# ("the answer is prime", "stuck on this one", "just want to be sure").
_REMARK_WORDS = word_set("answer answers one just")
# Beyond the shared list, a remark may correct the question ("oops, I meant …"), set a form
# ("my teacher wants a mixed number", "to two places"), tell a story around the numbers ("that's
# after the discount"), give another number in words, name another result ("Just the
# quotient, please." after a remainder question), move a shape ("The triangle is moving.") or
# leave part of it out ("Leave a gap for the gate.", "Skip the side along the wall.").
_REMARK_DANGER = word_set("""
meant mean means typo typos correction corrected oops sorry actually wait mixed improper simplest
simplified lowest terms places place dp significant sig figures figure ternary duodecimal
trinary quaternary after before discount discounts discounted tax taxes tip tips off sale
original originally previous previously later then next plus minus add added adding subtract
subtracted multiply multiplied divide divided double doubled halve halved square squared cube
cubed instead eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty
thirty forty fifty sixty seventy eighty ninety dozen dozens score pair pairs
quotient quotients product products sum sums difference differences total totals average mean
median ratio move moves moved moving shift shifts shifted shifting slide slides slid sliding
rotate rotates rotated rotating rotation reflect reflects reflected reflection flip flipped
scale scaled scaling grow grows grew growing shrink shrinks shrank shrinking expand expands
expanded expanding
leave leaving left skip skipping omit omitting drop dropping use using replace replacing remove
removing change changing gap gaps gate gates wall walls side sides door doors opening openings""")
_MARKS = r"[(\[]\s?\d{1,2}\s?(?:marks?|points?|pts?)\s?[)\]]"
_EXAM_NUMBERING = re.compile(
    rf"\s*(?:(?:(?:Q|Question|Problem|Exercise)\s?\d{{1,3}}[a-z]?\s?[.:)]|\(?\d{{1,3}}[a-z]?[.)])"
    rf"\s+(?:{_MARKS}\s+)?|{_MARKS}\s+)(?=[A-Za-z\u4e00-\u9fff])", re.IGNORECASE)
# "Quiz night round 2: …", "Worksheet question 4 -": a numbered part of something, before the
# question; dropped when its other words change nothing.
_NUMBERED_PART = re.compile(
    r"\s*(?P<words>(?:[A-Za-z'’]+\s+){0,4}?)(?:round|question|problem|exercise|part|item|no\.?)"
    r"\s?#?\d{1,3}[a-z]?\s?[:.)—–-]\s+(?=[A-Za-z])", re.IGNORECASE)
_ASK_AFTER_INSTRUCTION = re.compile(
    r"(?<=[.!])\s+(?:so\s|and\s|now\s)?(?:what\s(?:do|would|will|did)\s(?:you|we|i)\s(?:get|end\s"
    r"up\swith|have)|what(?:'s|\sis|\swas)\s(?:the\s)?(?:result|answer|outcome)|what\sis\sit"
    r"|what\scomes\sout|what\sdoes\sthat\s(?:give|make|come\sto)|which\s(?:one\s)?is\sit)"
    r"\s?\??\s*$", re.IGNORECASE)
# Verbs that state a whole computation by themselves ("Add up the digits of …", "Reverse the
# word …", "Factor 360."): a question after them can only ask for its result.
_INSTRUCTION_START = re.compile(
    r"\s*(?:please\s+)?(?:add|sum|count|compute|calculate|factor|factori[sz]e|reverse|spell|sort"
    r"|divide|subtract|multiply|evaluate|simplify|find|list"
    r"|i\s+(?:need|want|would\s+like|'d\s+like)(?:\s+to\s+(?:know|find|get))?\s+the)\b",
    re.IGNORECASE)
# "To simplify 364/784 I need the greatest common divisor of 364 and 784.": what the answer is
# for, before "I need"; dropped when its words change nothing and its numbers are the
# question's own.
# "Put these in alphabetical order for my index cards: …": who or what the answer is for, right
# before the colon that introduces the items; dropped when its words change nothing.
_PURPOSE_BEFORE_COLON = re.compile(
    r"(?<=[A-Za-z])\s+for\s+(?:my|our|a|an|the|his|her|their)\s+"
    r"(?P<words>[A-Za-z'’-]+(?:\s+[A-Za-z'’-]+){0,2})(?=\s*:)", re.IGNORECASE)
# "For a scheduling puzzle I need the LCM of …", "I need the square root of 2809 for a geometry
# problem.": what the answer is for, before "I need" or at the end of a clause after a named
# kind of task; dropped when its words change nothing.
_FOR_PURPOSE_LEAD = re.compile(
    r"\s*for\s+(?:a|an|the|my|our|this|his|her|their)\s+(?P<words>[A-Za-z][A-Za-z'’-]*"
    r"(?:\s+[A-Za-z][A-Za-z'’-]*){0,3}?)\s*,?\s+(?=(?:i|we)(?:'d|’d|\s+would)?\s+(?:need|want"
    r"|have\s+to|must|like)\b)", re.IGNORECASE)
_FOR_PURPOSE_TAIL = re.compile(
    r"\s+for\s+(?:a|an|my|our|the|this|his|her|their)\s+(?P<words>(?:[A-Za-z][A-Za-z'’-]*\s+)"
    r"{0,3}?(?:problem|exercise|puzzle|project|class|homework|assignment|worksheet|game|quiz|test"
    r"|exam|report|caption|presentation|lesson|lab|course|contest|competition|recipe)s?)"
    r"(?=\s*[.?!]|\s*$)", re.IGNORECASE)
# "For contest prep: express 136 as …", "For practice: …": what the question is for, before a
# colon at its start; dropped when its words change nothing.
_FOR_PURPOSE_COLON = re.compile(
    r"\s*for\s+(?P<words>[A-Za-z][A-Za-z'’-]*(?:\s+[A-Za-z][A-Za-z'’-]*){0,3})\s*:\s+(?=\S)",
    re.IGNORECASE)
_PURPOSE_LEAD = re.compile(
    r"\s*(?:in\s+order\s+)?to\s+(?P<words>[A-Za-z][^,.?!:;]{1,80}?)\s*,?\s+"
    r"(?=i\s+(?:need|want|have\s+to|must)\b)", re.IGNORECASE)


# A note on the form of the answer that every tool answer already honours, being exact and
# whole: "Please leave it as a fraction, not a decimal.", "I need every digit, no scientific
# notation.", "… and give me the exact value", "Asking for the true mathematical answer, not
# what floating point gives: …". Read as words, not as sentence shapes: every word is one of
# _NOTE_WORDS, one asks for exactness (_EXACT_ASKS, never negated, or a rounding negated: "no
# rounding"), and every word for an inexact form (_INEXACT_FORMS) is negated. "Give it as a
# decimal.", "Round it.", "not as a fraction", "no decimals" (perhaps rounded) and "the exact
# value in binary" are not notes.
_NOTE_WORDS = word_set("""
please pls kindly just only simply i i'd i'm need want would like asking ask me us give giving
leave keep write state express show put return tell it its it's the your my an a answer result
value number figure as in with without for of what and so not no don't dont do never rather
than instead exact exactly precise precisely true actual mathematical mathematically full
simplify simplified simplest reduce reduced lowest terms out written
complete every all digit digits fraction single form notation scientific decimal decimals round
rounding rounded approximation approximate approximately float floating point truncate
truncated truncating gives is are fine ok okay allowed acceptable fractions nothing else""")
# Notes that ask for the answer alone ("I only need the figure.", "…, nothing else"): the tool's
# answer is that already.
_ANSWER_ITSELF = word_set("figure number answer result value")
_ALONE = word_set("only just")
# A hedge that leaves the form as asked ("Simplify if you can.", "as a fraction if possible").
_NOTE_HEDGE = re.compile(r"\bif\s(?:you\scan|possible|needed|necessary|need\sbe)\b", re.IGNORECASE)
# A fraction in simplest form is what a tool gives; "all the digits" is the whole integer.
_EXACT_ASKS = word_set("exact exactly precise precisely true mathematical mathematically full"
                       " complete every fraction fractions simplest simplify simplified reduce"
                       " reduced lowest digits")
_INEXACT_FORMS = word_set("scientific decimal decimals round rounding rounded approximation"
                          " approximate approximately float floating truncate truncated"
                          " truncating")
_NEGATIONS = word_set("not no without never don't dont rather instead")
_NOTE_TEXT = re.compile(r"[A-Za-z' ,;—–-]{3,160}")
# Where a note stands: a sentence or a parenthesis after the question, a clause joined by
# "and" or a dash at its end, or a lead before a colon.
_NOTE_AFTER = re.compile(
    r"(?:(?<=[?.!])\s+|\s*\(|(?:\s*,)?\s+and\s+|\s*[—–]\s*|\s*[,;]\s+)"
    r"(?P<note>[A-Za-z][^()?\n]{2,160}?)"
    r"\)?[.!]*\s*$")
_NOTE_BEFORE = re.compile(r"(?P<note>[A-Za-z][^:?\n]{2,160}?):\s+(?=\S)")
# Where a note may start: "…? Homework check, an exact fraction is fine." holds one after its
# comma, not after its question mark.
_NOTE_START = re.compile(r"(?<=[?.!])\s|\(|\sand\s|[—–,;]")


def _form_note_after(core: str) -> int | None:
    """Where a note on the form of the answer starts at the end of ``core``, or None."""
    tail = max(0, len(core) - _FRAMING_TAIL)
    for start in _NOTE_START.finditer(core, tail):
        at = start.start()
        while at > tail and core[at - 1] in " ,":
            at -= 1  # the pattern's own leading blanks and comma
        note = _NOTE_AFTER.match(core, at)
        if note is not None and note.start() > 0 and _is_form_note(note.group("note")):
            return note.start()
    return None


def _is_form_note(text: str) -> bool:
    """Whether ``text`` only asks for the exact, whole answer a tool gives anyway."""
    if not _NOTE_TEXT.fullmatch(text):
        return False
    words = re.findall(r"[a-z']+", _NOTE_HEDGE.sub(" ", text).lower().replace("’", "'"))
    if not words or any(word not in _NOTE_WORDS for word in words):
        return False
    exact = (words[-2:] == ["nothing", "else"]
             or bool(_ANSWER_ITSELF & set(words) and _ALONE & set(words)))
    for at, word in enumerate(words):
        negated = any(before in _NEGATIONS for before in words[max(0, at - 4):at])
        exact_decimal = word in ("decimal", "decimals") and words[at - 1:at] == ["exact"]
        if word in _INEXACT_FORMS and not negated and not exact_decimal:
            return False
        if word in _INEXACT_FORMS and negated and word not in ("decimal", "decimals"):
            exact = True  # "no rounding", "don't approximate"; "no decimals" may mean rounded
        if word in _EXACT_ASKS:
            if negated:
                return False
            exact = True
    return exact


# A topic before a kind of task ("fractions homework", "Fraction practice question",
# "percentages quiz") names what the task is about, not the form of the answer ("decimals
# homework" may want a decimal).
_TOPICS = word_set("fraction fractions percent percentage percentages")
_TASKS = word_set("homework practice question questions worksheet quiz exercise exercises"
                  " problem problems test exam class lesson drill drills review")


def _phrase_changes_nothing(phrase: str) -> bool:
    return _changes_nothing(re.findall(r"[a-z'’]+", phrase.lower()))


# "fraction-simplifying worksheet": what is done with the topic, before the task.
_TOPIC_WORK = word_set("simplifying reducing")


def _about_a_topic(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` only names what a task is about ("fractions homework", "fraction
    simplifying worksheet")."""
    word, after = words[at], words[at + 1:at + 3]
    if word in _TOPICS:
        return bool(after) and (after[0] in _TASKS or (
            after[0] in _TOPIC_WORK and len(after) > 1 and after[1] in _TASKS))
    return word in _TOPIC_WORK and at > 0 and words[at - 1] in _TOPICS and bool(
        after) and after[0] in _TASKS


def _changes_nothing(words: list[str]) -> bool:
    """A few words, none of which could change what the question asks."""
    said = [word for at, word in enumerate(words) if not _about_a_topic(words, at)]
    return 0 < len(words) <= _CONTEXT_MAX_WORDS and not any(
        word.strip("'") in MEANING_CHANGERS for word in said)


# Chinese chat: a modal particle before the question mark or colon ("哪个大呀？",
# "最小的是哪个啊：") and an emoji after a sentence ("…？😭", "多少啊 🙏") say nothing about the
# question; an exercise label ("【课堂练习】", "第 3 题：", "例 2 ") only numbers it.
_ZH_PARTICLE = re.compile(r"(?<=[\u4e00-\u9fff])[呀啊哈嘛哦呐](?=\s?(?:[？?：:，,。!！]|$))")
_EMOJI = re.compile(r"\s?[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]+(?=\s?(?:[？?：:，,。.!！]|$))")
_ZH_EXERCISE = re.compile(
    r"^\s?(?:【[^】\d]{1,12}】|第\s?\d{1,3}\s?(?:题|小题)\s?[：:.、]?|例\s?\d{1,3}\s?[：:.、]?)\s?")


# A note asking for a fraction ("用分数表示就行", "（最简分数）", "，化成最简分数"): an exact answer
# is one already; it says 最简 (simplest) or a verb for "as". A decimal (小数) or a rounding
# asked for stays, and the solvers decline it.
_ZH_FRACTION_NOTE = re.compile(
    r"(?:[，,。；;？?]|\s)?\s?[(（]?\s?(?:结果|答案)?\s?(?:请|要)?\s?"
    r"(?:(?:用|写成|化成|化为|表示成|以|约成)?\s?最简|用|写成|化成|化为|表示成|以)"
    r"\s?分数\s?(?:表示|的形式)?\s?(?:就行|即可|就好|就可以)?\s?[)）]?\s?[。.!！]?$")


# "-4比30大么？", "407是素数么": 么 written for the question particle 吗 (never after 什, 怎, 那,
# 这, 多 or 要, where it is part of a word).
_ZH_MO_FOR_MA = re.compile(r"(?<=[\u4e00-\u9fff])(?<![什怎那这多要])么(?=\s?[？?]?\s*$)")
# "问下407是素数吗？", "问一下…", "帮我看看383是不是质数": asking to ask.
_ZH_ASK_TO_ASK = re.compile(
    r"^\s?(?:(?:想)?问(?:一)?下|帮(?:我|忙)(?:看看|看一下|瞧瞧|查查|查一下))\s?[，,：:]?\s?(?=\S)")


def _zh_tidy(text: str) -> str:
    text = _ZH_FRACTION_NOTE.sub("", text) or text
    text = _ZH_ASK_TO_ASK.sub("", _ZH_MO_FOR_MA.sub("吗", text)) or text
    return _ZH_EXERCISE.sub("", _ZH_PARTICLE.sub("", _EMOJI.sub("", text)))


# Chinese context: a lead that introduces the question ("帮孩子检查数学作业，这道题：", "老师布置的
# 计算题：", "我想核对一下：") and a remark after it ("…？在线等", "143 是质数吗 我一直以为是"). No
# digit, no Latin letter, and none of the words that could change what is asked.
_ZH_LEAD = re.compile(
    r"(?P<words>[\u4e00-\u9fff，,、 ]{1,40}?(?:题|题目|问题|一下|如下|下面|以下|练习|挑战|小测|测验"
    r"|作业|例题))\s?[：:]\s?(?=\S)")
# "背单词的时候想知道 …", "我想问一下 …": who asks and when, before the question, without a colon.
_ZH_WANT_LEAD = re.compile(
    r"(?P<words>[\u4e00-\u9fff，, ]{0,20}?)(?:想知道|想问一下|想问问|想问|请问一下|请问|想确认一下"
    r"|想确认下|想确认)"
    r"\s?[，,：:]?\s?(?=\S)")
# "我在检查孩子的作业，868乘以60等于几？": what the asker is doing, before a comma.
_ZH_DOING_LEAD = re.compile(r"(?P<words>我(?:在|正在)[\u4e00-\u9fff]{2,16})\s?[，,]\s?(?=\S)")
# A question someone asked the asker ("老师问10的5次方是多少，能直接告诉我答案吗？", "孩子问我4.46比
# 4.7大不大，到底大不大？"): asked of us, with only a request for the answer or the question's
# own words again after it.
_ZH_ASKER = (r"(?:老师|孩子|儿子|女儿|闺女|小孩|朋友|同学|同事|学生|妈妈|爸爸|弟弟|妹妹|哥哥|姐姐"
             r"|老板)(?:刚才|刚刚|今天|突然)?")
_ZH_REPORTED = re.compile(
    rf"{_ZH_ASKER}(?:问我|问)\s?(?P<question>[^，,？?。]{{2,120}}?)"
    r"(?:[，,]\s?(?:(?:你)?(?:能|可以|能不能|可不可以)\s?)?(?:直接)?(?:告诉我|给我|说一下|说说)(?:一下)?"
    r"(?:答案|结果)?(?:吗|呢)?|[，,]\s?到底(?P<again>[^，,？?。]{1,8}?))?\s?[？?]?")
_ZH_REMARK = re.compile(
    r"(?:(?<=[？?])|(?<=[吗呢么])[\s，,]+)\s?(?P<words>[\u4e00-\u9fff，, ]{1,20}?)[。.!！~～]*\s*$")
_ZH_CHANGERS = re.compile(
    r"进制|四舍五入|保留|精确到|约|近似|估|小数|分数|百分|科学|如果|假设|假如|除了|不算|不包括|包括|包含"
    r"|忽略|大写|小写|区分|英文|英语|中文|翻译|单位|米|克|斤|元|分钟|小时|秒|天|年|月|为什么|怎么|如何"
    r"|解释|证明|步骤|过程|代码|程序|编程|计算器|每|倍|一半|第|最后|只|仅|不是|不对|错|改|换成|加|减|乘"
    r"|除|和|积|差|商|平方|立方|根|余|整数|多少|几|哪|什么|吗|是否|是不是|？|\?"
    r"|版|章|节|条|号|日期|时间|更新|升级|系统|补丁|软件"
    r"|经度|纬度|经纬|极坐标|地图|城市|街|时钟|钟|绝对值|字符串|罗马|模|同余|复数|向量|矩阵|旋转|平移|对称"
    r"|从小到大|从大到小|由小到大|由大到小|排|序|最|比较|升|降"
    r"|[零〇一二两三四五六七八九十百千万亿]")


# "one" that counts nothing; how often the asker tried ("我算了两遍", "试了好几次"); "the same"
_ZH_PLAIN_ONE = re.compile(r"一(?:下|道|个|直|些|样)|(?:[一两三几]|好几)\s?(?:遍|次)")


def _zh_context(found: re.Match[str]) -> bool:
    return _zh_changes_nothing(found.group("words"))


def _zh_changes_nothing(text: str) -> bool:
    return _ZH_CHANGERS.search(_ZH_PLAIN_ONE.sub("", text)) is None


_ASKS_OF_LEAD = re.compile(
    r"how\s+many\s+(?:\S+\s+)?\S+(?:\s+(?:are\s+there|is\s+that|are\s+in\s+it|in\s+it))?\s*\??\s*",
    re.IGNORECASE)
_REFERS_TO_LEAD = re.compile(r"\b(?:its|it|this\s+word|that\s+word)\b", re.IGNORECASE)
_QUOTED_IN_LEAD = re.compile(r"(?<![A-Za-z])['‘][^'‘’]+['’](?![A-Za-z])")


def _context_sentence(found: re.Match[str]) -> bool:
    said = found.group("words") or found.groupdict().get("aside") or ""
    words = re.findall(r"[a-z'’]+", HOW_THE_ASKER_WORKS.sub(" ", said).lower())
    if not words and not found.groupdict().get("colon"):
        return True  # only how the asker works ("My calculator app is acting weird.")
    if any(word in ("or", "vs", "versus") for word in words):
        return False  # options ("bicycle or keyboard — which one has more letters?")
    if _QUOTED_IN_LEAD.search(said) and _REFERS_TO_LEAD.search(found.string, found.end()):
        return False  # what "it" is ("My daughter is learning to spell 'successful'. How …")
    if found.groupdict().get("colon"):
        text, after = found.string, found.end()
        if _REFERS_TO_LEAD.search(text, after) or _ASKS_OF_LEAD.fullmatch(text, after):
            # what "it" is ("goldfish: what is its sixth letter?"), or what the question counts
            # in ("strawberry — how many r's?")
            return False
        long_lead = len(words) >= 3
        asks = (_ASK_AFTER_COLON if long_lead else _QUESTION_AFTER_COLON).match(text, after)
        # "Settle an argument: my little sister claims 3.775 is bigger than 3.79. …"
        claims = long_lead and _CLAIM_AFTER_COLON.match(text, after)
        if any(word in _QUESTION_WORDS for word in words) or not (asks or claims):
            return False
    return _changes_nothing(words)


# A question someone else asked, reported ("My kid asked me how many vowels 'pneumonia' has.
# What's the answer?", "Her worksheet asks which is bigger, 0.7 or 0.65."): it is asked of us
# as "Tell me …", which every reading takes. The asker is a few words that change nothing, and
# after the reported question only a request for its answer may follow ("… has. I said 3. Was
# I right?" reports an answer too, and stays).
_REPORTED_QUESTION = re.compile(
    r"(?P<asker>(?:my|our|his|her|their|the)\s(?:[A-Za-z'’-]+\s){1,4}?)(?:asks|asked|is\sasking"
    r"|was\sasking|wants\sto\sknow|wanted\sto\sknow)\s(?:me\s|us\s)?"
    r"(?P<question>(?:how|what|which|whether|if)\s[^?!\n]{3,240}?)"
    r"(?:\s?[.?]\s+(?:what['’]?s|what\sis)\sthe\s(?:right\s|correct\s)?answer"
    r"|\s?[.?]\s+what\s(?:should|do)\si\s(?:tell|say\sto)\s(?:him|her|them)"
    r"|\s?[.?]\s+(?:any\sidea|can\syou\shelp|can\syou\scount\sthem|can\syou\scheck))?\s?[.?]?",
    re.IGNORECASE)


def reported_question(text: str) -> str:
    """A question someone else asked, as a request to answer it; else ``text``."""
    found = _REPORTED_QUESTION.fullmatch(text.strip())
    if found is None or not _changes_nothing(
            re.findall(r"[a-z'’]+", found.group("asker").lower())):
        return text
    return f"Tell me {found.group('question')}."


# A task someone else has to do, then a request for its answer ("My son has to count the vowels
# in beautiful for spelling class. How many are there?", "Her worksheet says to find the GCD
# of 84 and 126. What's the answer?"): asked of us as the task itself. The asker and what the
# task is for are a few words that change nothing; "How many are there?" follows only a count.
_REPORTED_TASK = re.compile(
    r"(?P<asker>(?:my|our|his|her|their|the)\s(?:[A-Za-z'’-]+\s){1,4}?)(?:has|have|had|needs"
    r"|need|is\ssupposed|was\stold|is\sasked|was\sasked|says|said)\sto\s"
    r"(?P<task>(?P<verb>count|find|work\sout|figure\sout|add\sup|calculate|compute|reverse"
    r"|sort|list|factor|simplify|evaluate)\s[^.?!\n]{3,200}?)"
    r"(?:\sfor\s(?P<purpose>[A-Za-z][A-Za-z'’ -]{0,40}?))?\s?[.!]\s+"
    r"(?P<ask>(?P<how_many>how\smany\s(?:are\sthere|is\sthat|does\sit\shave|did\s(?:he|she"
    r"|they)\sget))|what['’]?s\sthe\s(?:right\s|correct\s)?(?:answer|result)|what\sis\sthe\s"
    r"(?:right\s|correct\s)?(?:answer|result)|what\s(?:should|would)\s(?:he|she|they)\sget)"
    r"\s?\?", re.IGNORECASE)


def reported_task(text: str) -> str:
    """A task someone else has to do, as a request to do it; else ``text``."""
    found = _REPORTED_TASK.fullmatch(text.strip())
    if found is None or (found.group("how_many") and found.group("verb").lower() != "count"):
        return text
    said = found.group("asker") + " " + (found.group("purpose") or "")
    if not _changes_nothing(re.findall(r"[a-z'’]+", said.lower())):
        return text
    task = found.group("task")
    return f"{task[0].upper()}{task[1:]}."


# Phrases of a remark that only say when or how sure ("before I submit", "write it down", "too
# big to me"), taken out before its words are checked.
_REMARK_PHRASES = re.compile(
    r"\b(?:before|after|until|when)\s(?:i|we|you|he|she|they)\s[a-z']+|\bwrite\s(?:it|this|that)"
    r"\sdown\b|\btoo\s(?:big|small|high|low|large|much|easy|hard|simple|good|weird|odd)\b"
    # a form of the exact answer ("leave pi in", "leave it as a fraction"), what is left of it
    # still checked
    r"|\bleave\s(?:it|pi|π|radicals|roots|surds|the\s(?:root|radical|square\sroot))\s(?:in|as)\b"
    # what the asker has at hand ("I only have a 1/7 cup scoop"), not what to count
    r"|\b(?:i|we)\sonly\s(?:have|had|got)\b"
    # what the asker expects of the answer, which the exact answer shows either way
    r"|\b(?:it|the\sanswer|the\sresult)\s(?:should|must|will|is\ssupposed\sto)\s(?:come\sout\s"
    r"(?:to\s|as\s)?|be\s)an?\s(?:whole|round)\snumber\b",
    re.IGNORECASE)


# "Can you alphabetize this list for me? violin, drum, banjo": the items, not a remark.
_WORD_LIST = re.compile(r"\s*[A-Za-z'’-]+(?:\s*,\s*(?:and\s+|or\s+)?[A-Za-z'’-]+){2,}\s*[.!]*\s*")


def _remark(found: re.Match[str]) -> bool:
    """Whether the sentences after a complete question change nothing it asks."""
    said = found.group("words") or found.group("aside") or ""
    return not _WORD_LIST.fullmatch(said) and _says_nothing_new(said)


# A remark's verbs are checked in their base form ("I'm multiplying things" multiplies); its
# plural nouns describe ("the squares of its digits" says what a happy number is).
_VERB_ENDINGS = ("ed", "d", "ing")


def _says_nothing_new(said: str) -> bool:
    """A remark's words: few, and none that could change the question or add to it."""
    said = _REMARK_PHRASES.sub(" ", said)
    words = [word for word in re.findall(
        r"[a-z'’]+", HOW_THE_ASKER_WORKS.sub(" ", said).lower().replace("’", "'"))
        if word not in _REMARK_WORDS]
    return len(words) <= _REMARK_MAX_WORDS and not any(
        stem in MEANING_CHANGERS or stem in _REMARK_DANGER
        for word in words for stem in stems(word.strip("'"), _VERB_ENDINGS))


# Reducing a fraction is what a greatest common divisor is for: "I'm simplifying a fraction.
# What's the GCD of 589 and 62?", "I'm simplifying a fraction and need the gcd of 24 and 48.",
# "What's the GCD of 50 and 120? I'm reducing a fraction.". Said only before or after a question
# about a common divisor or factor, whose answer it cannot change; a fraction it names must be
# made of the question's own numbers.
_FRACTION_WORK = (r"(?:i['’]?m|i\s+am|we['’]re|we\s+are)\s+(?:simplifying|reducing)\s+"
                  r"(?:a|the|this|my|some)\s+fractions?(?:\s+(?P<fraction>\d+\s?/\s?\d+))?")
_FRACTION_WORK_LEAD = re.compile(
    rf"\s*{_FRACTION_WORK}(?:\s*[.,;:!—–]\s*|\s+and\s+(?:(?:i|we)\s+)?(?P<need>need\b))",
    re.IGNORECASE)
_FRACTION_WORK_TAIL = re.compile(rf"(?<=\?)\s+{_FRACTION_WORK}\s*[.!]?\s*$", re.IGNORECASE)
_COMMON_DIVISOR = re.compile(r"\b(?:gcd|gcf|hcf|greatest\s+common\s+(?:divisor|factor)"
                             r"|highest\s+common\s+factor|(?:biggest|largest|greatest|highest)\s+"
                             r"(?:whole\s+)?(?:number|integer)\s+that\s+divides\s+(?:both|each))\b",
                             re.IGNORECASE)


def _without_fraction_work(core: str) -> str:
    """The question without a remark that the asker is reducing a fraction, when it asks for a
    common divisor; else ``core``."""
    found = (_FRACTION_WORK_LEAD.match(core[:_FRAMING_TAIL])
             or _FRACTION_WORK_TAIL.search(core, max(0, len(core) - _FRAMING_TAIL)))
    if found is None:
        return core
    if found.start() > 0:
        rest = core[:found.start()]
    elif found.groupdict().get("need"):
        rest = "I " + core[found.start("need"):]  # "… and need the gcd of …"
    else:
        rest = core[found.end():]
    numbers = set(re.findall(r"\d+", rest))
    if not _COMMON_DIVISOR.search(rest) or not set(
            re.findall(r"\d+", found.group("fraction") or "")) <= numbers:
        return core
    return rest


def _purpose(found: re.Match[str]) -> bool:
    said = found.group("words")
    numbers = re.findall(r"\d+(?:\.\d+)?", said)
    rest = set(re.findall(r"\d+(?:\.\d+)?", found.string[found.end():]))
    return (_changes_nothing(re.findall(r"[A-Za-z']+", said.lower()))
            and all(number in rest for number in numbers))


# A question among sentences that only set the scene ("Puzzle hunt team here. Is 2803 prime? We
# think it's the meta answer."). Each other sentence must change nothing: no question of its
# own, no bracket, quote or symbol, none of the words that could change what is asked, and no
# number but the question's own, restated, or a label ("5th graders", "Problem 13").
_MAX_SENTENCES = 6
_MAX_SCENE_CHARS = 600
# Not after an abbreviation: "…, e.g. 11 × 34." is one sentence.
_SENTENCE_BREAK = re.compile(
    r"(?<=[.!?])(?<![Ee]\.[Gg]\.)(?<![Ii]\.[Ee]\.)(?<!\bvs\.)(?<!\betc\.)\s+(?=\S)"
    r"|(?<=[。！？])\s*(?=\S)|\s*\n\s*")
_ENCLOSING = re.compile(r"^[(（](?P<inner>[^()（）]*)[)）][.。!！]?$")
_LABEL_NUMBER = re.compile(
    r"\b\d{1,3}(?:st|nd|rd|th)\b|\b(?:problem|question|exercise|round|part|item|task|no\.?)"
    r"\s?#?\d{1,3}\b|#\d{1,3}\b|第\s?\d{1,3}\s?[题道个次]", re.IGNORECASE)
_SCENE_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
# Letters, digits and punctuation; a number may be a fraction, a percentage or an amount of
# money ("3/4 cup", "8.25% here", "$240"), its digits still restated in the question.
_SCENE_TEXT = re.compile(
    r"(?:[A-Za-z0-9'’ ,.!;:—–\-\u4e00-\u9fff，。！；：、]|(?<=\d)/(?=\d)|(?<=\d)%|[$€£](?=\d))+")
_QUESTION_END = re.compile(r"[?？]\s*$")
# Before the question, a scene may say what the numbers count or cost ("One batch needs 3/4
# cup", "Dinner came to 240 dollars", "sales tax is 8.25% here"): the question restates every
# number and asks its own complete question, which prices and "one" cannot change. After it,
# the same words may add to what is asked ("That's before tax.") and stay dangerous; units of
# length or weight stay dangerous everywhere ("I'm measuring in feet." may want another unit).
_SCENE_MAY_SAY = word_set("""
one each per dollar dollars euro euros cent cents usd tax taxes tip tips discount discounts sale
sales off price prices""")
# The scene's own clause before the question, in the question's sentence: "One batch needs
# 3/4 cup of butter and I'm making 5 batches, so what's 3/4 × 5?", "sales tax is 8.25% here —
# what's 8.25% of 480?", "Puzzle clue decoded to 2803; is 2803 prime?".
_SCENE_CLAUSE = re.compile(
    r"(?P<scene>[^?？\n]{3,300}?)(?:\s*,\s*(?:and\s+)?(?:so\s+)?|\s+so\s+|\s+[—–-]+\s*|\s*[—–]\s*"
    r"|\s*[:;]\s*)(?P<ask>(?:so\s+)?(?:what|what's|whats|which|how|is|are|does|do|can|could"
    r"|calculate|compute|evaluate|find|work\s+out)\b[^?？\n]*[?？])", re.IGNORECASE)
_SCENE_ASKS = word_set("what what's whats which who whose whom how when where why calculate"
                       " compute evaluate find determine solve simplify tell give")
# A clause opening with a frame ("In IEEE floating point, what's 0.1 + 0.2?") or with another
# preposition ("For a 12-hour clock, …") is never a scene.
_NOT_A_SCENE_OPENERS = FRAME_OPENERS | word_set("for at by from")


def _scene_numbers(text: str) -> set[str]:
    return {number.replace(",", "").rstrip(".,") for number in _SCENE_NUMBER.findall(text)}


def _sets_the_scene(sentence: str, question_numbers: set[str], *, before: bool = False) -> bool:
    """Whether a sentence around a question says nothing that could change it."""
    enclosed = _ENCLOSING.match(sentence)
    text = enclosed.group("inner") if enclosed else sentence
    text = _LABEL_NUMBER.sub(" ", text)
    if not _SCENE_TEXT.fullmatch(text) or not _scene_numbers(text) <= question_numbers:
        return False
    if detect_language(text) == "zh" and not _zh_changes_nothing(text):
        return False
    if before:
        text = "".join(word for word in re.findall(r"[A-Za-z'’]+|[^A-Za-z'’]+", text)
                        if word.lower() not in _SCENE_MAY_SAY)
    return _says_nothing_new(text)


def question_alone(text: str) -> list[str]:
    """The sentences of ``text`` that could be its whole question, the others setting the scene.

    Only the sentence that asks (ends with a question mark) is a candidate when one does;
    every other sentence must pass :func:`_sets_the_scene`. The asking sentence may open with
    a scene clause of its own (``_SCENE_CLAUSE``); its asking clause is then a candidate with the
    sentences after it, which the solvers read as usual."""
    if len(text) > _MAX_SCENE_CHARS:
        return []
    sentences = [part for part in _SENTENCE_BREAK.split(text.strip()) if part]
    if len(sentences) > _MAX_SENTENCES:
        return []
    asking = [at for at, sentence in enumerate(sentences) if _QUESTION_END.search(sentence)]
    if len(asking) > 1:
        return []
    found = []
    candidates = (asking or range(len(sentences))) if len(sentences) > 1 else []
    for at in candidates:  # one sentence alone: the solvers already had it whole
        numbers = _scene_numbers(_LABEL_NUMBER.sub(" ", sentences[at]))
        if all(_sets_the_scene(other, numbers, before=index < at)
               for index, other in enumerate(sentences) if index != at):
            found.append(sentences[at])
    if len(asking) == 1 and (clause := _SCENE_CLAUSE.fullmatch(sentences[asking[0]])):
        # the asking clause with the sentences after it, which the solvers still read
        ask = clause.group("ask")
        numbers = _scene_numbers(_LABEL_NUMBER.sub(" ", ask))
        scene = clause.group("scene")
        words = re.findall(r"[a-z'’]+", scene.lower())
        if (words and words[0] not in _NOT_A_SCENE_OPENERS and not any(
                word in _SCENE_ASKS for word in words)
                and all(_sets_the_scene(part, numbers, before=True)
                        for part in [*sentences[:asking[0]], scene])):
            found.append(" ".join([ask, *sentences[asking[0] + 1:]]))
    return found


def strip_framing(text: str) -> tuple[str, Framing]:
    """Separate the question from the prompt framing benchmarks wrap around it."""
    core = text.strip()
    qa = bool(_QA_PREFIX.search(core))
    if qa:
        core = _QA_SUFFIX.sub("", _QA_PREFIX.sub("", core, count=1))
    found = {"step": False, "boxed": False, "brackets": False, "brackets_zh": False,
             "bare": False}
    tail_start = max(0, len(core) - _FRAMING_TAIL)  # bounded, like every framing pattern
    core = core[:tail_start] + _FOR_ME.sub("", core[tail_start:])
    head, found_bare = _NO_EXPLANATION.subn("", core[:_FRAMING_TAIL], count=1)
    core, found["bare"] = head + core[_FRAMING_TAIL:], found_bare > 0
    core = _PLEASE_BEFORE_COLON.sub("", core[:_FRAMING_TAIL], count=1) + core[_FRAMING_TAIL:]
    peeled, rounds = True, 0
    while peeled and rounds < _MAX_PEELS:
        rounds += 1
        peeled = False
        for name, pattern in (("step", _STEP), ("boxed", _BOXED), ("boxed", _BOXED_FORM),
                              ("brackets", _BRACKETS), ("brackets_zh", _BRACKETS_ZH),
                              ("bare", _BARE), ("step", _STEP_SUFFIX), ("", _FILLER_SUFFIX)):
            match = pattern.search(core, max(0, len(core) - _FRAMING_TAIL))
            if match and match.start() > 0:
                if name:
                    found[name] = True
                core = core[: match.start()].rstrip(" ,;:，；：—–")
                peeled = True
        lead = _LEADING.match(core[:_FRAMING_TAIL])
        if lead and 0 < lead.end() < len(core):
            if "step" in lead.group(0).lower() or "步" in lead.group(0):
                found["step"] = True
            core = core[lead.end():]
            peeled = True
        if peeled:
            continue
        courtesy = _COURTESY_LEAD.match(core[:_FRAMING_TAIL])
        gerund = (courtesy.group("gerund") or "").lower() if courtesy else ""
        if courtesy is not None and courtesy.end() < len(core) and (
                not gerund or gerund in _GERUNDS):
            core = (f"{_GERUNDS[gerund]} " if gerund else "") + core[courtesy.end():]
            peeled = True
            continue
        if (courtesy_tail := _COURTESY_TAIL.search(core, max(0, len(core) - _FRAMING_TAIL))):
            core = core[:courtesy_tail.start()] + core[courtesy_tail.end():]
            peeled = True
            continue
        social = _SOCIAL_LEAD.match(core[:_FRAMING_TAIL])
        if social is not None and social.end() < len(core) and all(
                word in _SOCIAL_WORDS
                for word in re.findall(r"[a-z'’]+", social.group("words").lower())):
            core = core[social.end():]
            peeled = True
            continue
        # An exam's numbering and marks: "Q3. (2 marks) The points …", "4) Find …", "[3 marks]"
        if rounds == 1 and (exam := _EXAM_NUMBERING.match(core)) and exam.end() < len(core):
            core = core[exam.end():]
            peeled = True
            continue
        purpose_colon = _PURPOSE_BEFORE_COLON.search(core[:_FRAMING_TAIL])
        if purpose_colon is not None and _changes_nothing(
                re.findall(r"[a-z']+", purpose_colon.group("words").lower())):
            core = core[:purpose_colon.start()] + core[purpose_colon.end():]
            peeled = True
            continue
        part = _NUMBERED_PART.match(core[:_FRAMING_TAIL])
        if part is not None and part.end() < len(core) and (
                not part.group("words").strip()
                or _changes_nothing(part.group("words").lower().split())):
            core = core[part.end():]
            peeled = True
            continue
        if (purpose := _PURPOSE_LEAD.match(core[:_FRAMING_TAIL])) and _purpose(purpose):
            core = core[purpose.end():]
            peeled = True
            continue
        if (without := _without_fraction_work(core)) != core and without.strip():
            core = without
            peeled = True
            continue
        for_lead = (_FOR_PURPOSE_LEAD.match(core[:_FRAMING_TAIL])
                    or _FOR_PURPOSE_COLON.match(core[:_FRAMING_TAIL]))
        if for_lead is not None and _phrase_changes_nothing(for_lead.group("words")):
            core = core[for_lead.end():]
            peeled = True
            continue
        for_tail = _FOR_PURPOSE_TAIL.search(core[:_FRAMING_TAIL * 2])
        if for_tail is not None and for_tail.start() > 0 and _phrase_changes_nothing(
                for_tail.group("words")):
            core = core[:for_tail.start()] + core[for_tail.end():]
            peeled = True
            continue
        # "Add up the digits of 50239855. What do you get?": the second sentence only asks for
        # the result of the instruction before it.
        ask = _ASK_AFTER_INSTRUCTION.search(core, max(0, len(core) - _FRAMING_TAIL))
        if ask is not None and _INSTRUCTION_START.match(core):
            core = core[:ask.start()]
            peeled = True
            continue
        alone = next((request for pattern, asked in _JUST_THE_RESULT
                      if (request := pattern.search(core, max(0, len(core) - _FRAMING_TAIL)))
                      and asked.search(core, 0, request.start())), None)
        if alone is not None:
            core = core[:alone.start()]
            peeled = True
            continue
        # A note on the form of the answer, after the question or before it.
        if (note_at := _form_note_after(core)) is not None:
            core = core[:note_at].rstrip(" ,;:")
            peeled = True
            continue
        note = _NOTE_BEFORE.match(core[:_FRAMING_TAIL])
        if note is not None and note.end() < len(core) and _is_form_note(note.group("note")):
            core = core[note.end():]
            peeled = True
            continue
        if detect_language(core) == "zh" and (tidy := _zh_tidy(core)) != core and tidy:
            core = tidy
            peeled = True
            continue
        # A reported claim followed only by "True?" is the question itself (before a context
        # sentence could be dropped, leaving "True?" alone), and so is a reported question or
        # task.
        if (asked := reported_task(reported_question(claim_as_question(core)))) != core:
            core = asked
            peeled = True
            continue
        zh_lead = _ZH_LEAD.match(core[:_FRAMING_TAIL])
        if zh_lead is not None and _zh_context(zh_lead) and zh_lead.end() < len(core):
            core = core[zh_lead.end():]
            peeled = True
            continue
        zh_want = _ZH_WANT_LEAD.match(core[:_FRAMING_TAIL])
        if zh_want is not None and _zh_context(zh_want) and zh_want.end() < len(core):
            core = core[zh_want.end():]
            peeled = True
            continue
        zh_doing = _ZH_DOING_LEAD.match(core[:_FRAMING_TAIL])
        if zh_doing is not None and _zh_context(zh_doing) and zh_doing.end() < len(core):
            core = core[zh_doing.end():]
            peeled = True
            continue
        if (reported := _ZH_REPORTED.fullmatch(core.strip())) is not None and (
                not reported.group("again") or reported.group("again") in reported["question"]):
            core = reported.group("question") + "？"
            peeled = True
            continue
        zh_remark = _ZH_REMARK.search(core, max(0, len(core) - _FRAMING_TAIL))
        if zh_remark is not None and zh_remark.start() > 0 and _zh_context(zh_remark):
            core = core[:zh_remark.start()].rstrip(" ，,")
            peeled = True
            continue
        # Only when no known framing is left: "Think step by step." is framing, not context.
        after = _CONTEXT_AFTER.search(core, max(0, len(core) - _FRAMING_TAIL))
        if after is not None and _remark(after):
            core = core[:after.start()]
            peeled = True
        before = _CONTEXT_BEFORE.match(core[:_FRAMING_TAIL])
        if before is not None and _context_sentence(before) and before.end() < len(core):
            core = core[before.end():]
            peeled = True
    return core.strip(), Framing(qa=qa, step_by_step=found["step"], boxed=found["boxed"],
                                 bracket_yes_no=found["brackets"] or found["brackets_zh"],
                                 bracket_chinese=found["brackets_zh"], bare=found["bare"])


# Request fields that ask for something a plain-text tool answer cannot honour.
_STRUCTURED_FIELDS = ("tools", "functions", "tool_choice", "function_call", "logprobs",
                      "top_logprobs", "audio", "prediction")


def passthrough_reason(request: Mapping[str, Any]) -> str | None:
    """Why this request must go to the model untouched, or None."""
    for name in _STRUCTURED_FIELDS:
        if request.get(name) not in (None, False):
            return f"request sets {name!r}; a tool answer is plain text"
    response_format = request.get("response_format")
    if isinstance(response_format, Mapping) and response_format.get("type") not in (None, "text"):
        return "request asks for a structured response_format; a tool answer is plain text"
    modalities = request.get("modalities")
    if modalities and list(modalities) != ["text"]:
        return "request asks for non-text modalities"
    return None


class Classification(BaseModel):
    model_config = ConfigDict(frozen=True)

    query: Query | None
    framing: Framing = Framing()
    candidates: tuple[str, ...] = ()
    reason: str = ""


def classify(text: str | None, rules: RuleSet) -> Classification:
    """Find the rules whose patterns match the question (framing stripped)."""
    if text is None:
        return Classification(query=None, reason="no plain-text user message")
    if len(text) > MAX_QUESTION_CHARS:
        return Classification(query=None, reason=f"longer than {MAX_QUESTION_CHARS} characters")
    if _LONG_BLANK_RUN.search(text):
        return Classification(query=None,
                              reason=f"more than {MAX_BLANK_RUN} blank characters in a row")
    core, framing = strip_framing(text)
    core = stated_list(inline_definitions(listed_before(one_line_list(plain_math(core)))))
    core = list_after_ask(core)
    language = detect_language(core)
    query = Query(text=core, language=language)
    candidates = tuple(rule.id for rule in rules.candidates(core, language))
    reason = "" if candidates else "no routing rule matched"
    return Classification(query=query, framing=framing, candidates=candidates, reason=reason)


class RouteOutcome(BaseModel):
    """Where a classified query goes, and the tool answer when a solver gave one."""

    model_config = ConfigDict(frozen=True)

    route: Literal["tool", "model", "supervisor", "abstain"]
    reason: str
    family: str | None = None
    rule_id: str | None = None
    tool: str | None = None
    problem: dict[str, Any] | None = None
    solution: Solution | None = None
    declined: tuple[tuple[str, str], ...] = ()  # (solver, reason) for logging

    def decision(self, *, language: str, model: str | None = None,
                 timings_ms: dict[str, float] | None = None,
                 calls: tuple[CallRecord, ...] = (), estimate: float | None = None,
                 verdict: dict[str, Any] | None = None, flags: tuple[str, ...] = ()
                 ) -> Decision:
        """The public decision record for this outcome."""
        return Decision(
            route=self.route, reason=self.reason, family=self.family, rule_id=self.rule_id,
            tool=self.tool, value=self.solution.value if self.solution else None,
            answer=self.solution.answer if self.solution else None, problem=self.problem,
            language=language, model=model, timings_ms=timings_ms or {}, calls=calls,
            estimate=estimate, verdict=verdict, flags=flags,
        )


def resolve(classification: Classification, rules: RuleSet, registry: SolverRegistry
            ) -> RouteOutcome:
    """Try the candidate rules in order; the first solver that understands the question wins.

    When none understands the whole text, a question among sentences that only set the scene
    is tried alone (:func:`question_alone`)."""
    outcome = _resolve_candidates(classification, rules, registry)
    query = classification.query
    if outcome.route != "model" or query is None or not _may_isolate(classification, rules):
        return outcome
    for sentence in question_alone(query.text):
        alone = _resolve_candidates(classify(sentence, rules), rules, registry)
        if alone.route == "tool":
            return alone.model_copy(update={
                "reason": f"{alone.reason}, from the one sentence that asks (the others set"
                          " the scene)",
                "declined": outcome.declined + alone.declined})
    return outcome


# Rules that send a query to the model at this priority or later are last resorts (the built-in
# knowledge rules use 90 and 100): a question the tools understand alone still gets its exact
# answer. A user's earlier model rule, and any abstain or supervisor rule, keeps the whole text.
_LAST_RESORT_PRIORITY = 90


def _may_isolate(classification: Classification, rules: RuleSet) -> bool:
    by_id = {rule.id: rule for rule in rules}
    for rule_id in classification.candidates:
        rule = by_id[rule_id]
        if rule.route in ("abstain", "supervisor") or (
                rule.route == "model" and rule.priority < _LAST_RESORT_PRIORITY):
            return False
    return True


def _resolve_candidates(classification: Classification, rules: RuleSet,
                        registry: SolverRegistry) -> RouteOutcome:
    query = classification.query
    if query is None or not classification.candidates:
        return RouteOutcome(route="model", reason=classification.reason or "no rule matched")
    by_id = {rule.id: rule for rule in rules}
    declined: list[tuple[str, str]] = []
    tried: set[str] = set()
    for rule_id in classification.candidates:
        rule = by_id[rule_id]
        if rule.route in ("model", "supervisor", "abstain"):
            reason = f"rule {rule.id} routes to {rule.route}"
            if declined:  # say why the tools tried first did not answer
                reason += " after solvers declined (" + "; ".join(
                    f"{name}: {why}" for name, why in declined) + ")"
            return RouteOutcome(route=rule.route, reason=reason, family=rule.family,
                                rule_id=rule.id, declined=tuple(declined))
        solver = registry.get(rule.route)
        if solver.name in tried:
            continue  # parsing reads only the question: a second rule gets the same decline
        tried.add(solver.name)
        parsed = solver.parse(query)
        if isinstance(parsed, Declined):
            declined.append((solver.name, parsed.reason))
            continue
        solved = _solve_within_deadline(solver, parsed.problem, query)
        if isinstance(solved, Declined):
            declined.append((solver.name, solved.reason))
            continue
        return RouteOutcome(
            route="tool", reason=f"solved exactly by {solver.name}", family=rule.family,
            rule_id=rule.id, tool=solver.name, problem=parsed.problem.model_dump(),
            solution=solved, declined=tuple(declined),
        )
    summary = "; ".join(f"{name}: {why}" for name, why in declined)
    first = by_id[classification.candidates[0]]
    return RouteOutcome(route="model", reason=f"solvers declined ({summary})",
                        family=first.family, declined=tuple(declined))


def _solve_within_deadline(solver: Solver[Any], problem: Problem, query: Query
                           ) -> Solution | Declined:
    future = _solve_pool.submit(solver.solve, problem, query)
    try:
        return future.result(timeout=SOLVE_TIMEOUT_S)
    except FutureTimeout:
        future.cancel()
        return Declined(reason=f"solving took longer than {SOLVE_TIMEOUT_S} s")
    except Exception as exc:  # a solver bug must cost an answer, never the request
        return Declined(reason=f"solver raised {type(exc).__name__}: {exc}")
