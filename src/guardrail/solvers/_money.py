"""Small stories about amounts that are arithmetic once read, and nothing else.

* **A share of an amount** ("Dinner came to $118.73 and I want to leave an 18% tip. How much
  is the tip, exactly?", "晚饭一共花了250元，给15%的小费，小费是多少？", "A jacket costs 173
  dollars and is marked 7.5% off. How many dollars is the discount?", "原价560元，现在便宜15%，
  便宜了多少元？"): one amount of money, one percentage that the text ties to a named share
  (tip, tax, discount, price cut, service charge, commission), and a question for that share.
  The amount with the share added or taken off ("What's the sale price?") is a two-step word
  problem, left to the model like the others.
* **A part of a count** ("一共180个人，其中45%是女生，女生有多少人？"): a count, the percentage
  of it that is or did something, and a question for that part in the same words; the part
  must come out whole.
* **A receipt** ("grocery run\\n- coffee beans $8.80\\n- pasta $1.21\\n\\nwhat did I spend
  altogether?"): two or more lines, each one item and one amount in the same currency, and a
  question for the total.
* **A list of amounts on one line** ("My receipts this month were $6,553, $2,140 and $6,091.
  What's the total?", "三张小票：23.63元、17.87元和4.43元，一共多少钱？"): a lead of plain words,
  the amounts (all money in one currency, or all plain numbers) and a question for the total.

What keeps them safe: the whole text must be one of these shapes. Exactly the numbers the
shape needs appear (no spelled numbers, no quantities such as "2 x pasta"), the question must
be one of a closed set of forms, and no word that could change what is computed ("per person",
"split", "before tax", "after the discount", "rounded", "each", another share's name) may
appear anywhere. Anything else is left to the model. The readers only read: they return typed
parts, and ``arithmetic`` builds and evaluates the expression.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from .._text import word_set
from ._numbers import parse_number

__all__ = ["CURRENCY_SIGNS", "CURRENCY_WORDS", "EN_CURRENCY_WORD", "ZH_CURRENCY_WORD", "Amount",
           "Share", "read_listed_total", "read_part_of_count", "read_receipt", "read_share"]

MAX_RECEIPT_LINES = 50
MAX_STORY_CHARS = 600


@dataclass(frozen=True, slots=True)
class Amount:
    """A number as written ("$118.73", "18") and its exact value; ``currency`` for money."""

    text: str
    value: Fraction
    currency: str | None = None


@dataclass(frozen=True, slots=True)
class Share:
    """``rate`` percent of ``amount``."""

    amount: Amount
    rate: Amount


# Currencies: a sign before the digits ("$12.50") or a word after them ("12.50 dollars",
# "25元"), each read as its sign. "pounds" is not one (weight), nor is 块 (pieces). Shared with
# the arithmetic tokenizer, which reads amounts inside expressions.
CURRENCY_SIGNS = {"$": "$", "€": "€", "£": "£", "¥": "¥", "￥": "¥"}
CURRENCY_WORDS = {"dollar": "$", "dollars": "$", "bucks": "$", "usd": "$", "euro": "€",
                  "euros": "€", "eur": "€", "gbp": "£", "元": "元", "块钱": "元", "人民币": "元",
                  "美元": "$", "欧元": "€", "英镑": "£"}
EN_CURRENCY_WORD = re.compile(r" ?(dollars?|bucks|euros?|usd|eur|gbp)(?![A-Za-z])", re.IGNORECASE)
ZH_CURRENCY_WORD = re.compile(r" ?(元|块钱|美元|欧元|英镑|人民币)")
_NUMBER = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
# Every number in the text, with what marks it: a currency sign before it, a currency word or a
# percent sign after it. "percent" as a word, "百分之" before it.
_MARKED = re.compile(
    rf"(?P<sign>[$€£¥￥])?\s?(?P<pct_zh>百分之)?(?P<n>{_NUMBER})"
    r"(?:\s?(?P<pct>%|％|\bpercent\b|\bper\scent\b)|\s?(?P<word>\bdollars?\b|\bbucks\b|\beuros?\b"
    r"|元|块钱))?", re.IGNORECASE)
_ANY_DIGIT = re.compile(r"\d")


def _amounts(text: str) -> list[Amount] | None:
    """The marked numbers of ``text``; None when one of them is malformed or glued to more."""
    found = []
    for match in _MARKED.finditer(text):
        after = text[match.end():match.end() + 1]
        before = text[match.start() - 1:match.start()] if match.start() else ""
        if after.isdigit() or before.isdigit() or (after in ".," and
                                                   text[match.end() + 1:match.end() + 2].isdigit()):
            return None
        value = parse_number(match["n"])
        if value is None:
            return None
        sign = match["sign"]
        word = (match["word"] or "").lower()
        percent = bool(match["pct"] or match["pct_zh"])
        if (sign and word) or ((sign or word) and percent):
            return None  # "$5 dollars", "$5%"
        currency = CURRENCY_SIGNS[sign] if sign else CURRENCY_WORDS.get(word)
        shown = match["n"]
        if currency is not None:
            shown = f"{shown}元" if currency == "元" else f"{currency}{shown}"
        found.append(Amount(text=shown if not percent else match["n"], value=value,
                            currency=currency if not percent else "%"))
    return found


# --------------------------------------------------------------------------- a share

_EN_SHARE = r"(?P<noun>sales\stax|service\scharge|tip|gratuity|tax|vat|discount|commission)"
# Words that could change what is computed, anywhere in the text. The share's own noun is
# allowed; every other share name is in here.
_EN_DANGER = word_set("""
per each every person people head split splitting share shared sharing round rounded rounding
nearest before after including include includes included excluding exclude plus minus extra
additional another also instead if unless not no only except original originally reduced marked
coupon coupons refund already pre post half double twice triple quarter third week weeks month
months year years annual annually day days hour hours interest compound compounded
one two three four five six seven eight nine ten eleven twelve twenty hundred thousand dozen
tip tips tipping tipped gratuity tax taxes taxed vat discount discounts discounted off service
charge charges commission fee fees shipping delivery deposit cents cent pounds pound
would could might if whether estimate approximately about roughly
""")
# How the statement ties the percentage to the share (templates: {rate} and {noun} are filled
# in with the question's own share).
_EN_BIND = (
    # "an 18% tip", "a 25 percent discount", "8.25% sales tax"
    r"{rate}\s(?:sales\s)?{noun}\b",
    # "the tip is 18%", "a discount of 25%", "tax rate of 8%", "commission at 5%"
    r"\b{noun}(?:\s(?:rate|amount))?\s(?:of|is|was|at|=|:)\s(?:an?\s)?{rate}",
)
_EN_BIND_TIP = (  # "we're tipping 15%", "tip them 20%", "leave 18%"
    r"\b(?:tip|tipping|leave|leaving)\s(?:them\s|the\s(?:waiter|waitress|server|driver)\s)?"
    r"(?:an?\s)?{rate}(?:\s(?:as\s(?:a|the)\s)?tip)?(?=\W|$)",
)
_EN_BIND_DISCOUNT = (r"{rate}\soff\b",)  # "25% off"
_EN_SHARE_ASK = re.compile(
    r"(?:so\s|and\s|ok\s|okay\s)?(?:"
    r"(?:how\smuch|how\smany\s(?:dollars|euros|bucks))\s(?:is|will\sbe|would\sbe|should\sbe|'s)"
    rf"\s(?:the|my|our|that|this)\s{_EN_SHARE}(?:\sgoing\sto\sbe|\samount)?"
    rf"|what(?:'s|\sis|\swill\sbe|\swould\sbe|\sshould\sbe)\s(?:the|my|our|that)\s"
    rf"{_EN_SHARE.replace('noun', 'noun2')}(?:\samount)?"
    r"|how\smuch\s(?:should|do|would|will|must|shall)\s(?:i|we)\s(?P<tip>tip|leave(?:\sas\s(?:a|the)"
    r"\stip)?)"
    r")"
    r"(?:,?\s(?:exactly|precisely|please|to\sthe\scent))*\s?\??",
    re.IGNORECASE)

# A percentage of the amount the statement gave: "What is 15% of that?"
_EN_RATE_OF_THAT = re.compile(
    r"(?:so\s|and\s|ok\s|okay\s)?(?:what(?:'s|\sis|\swould\sbe)|how\smuch\sis|calculate|find)\s"
    r"(?P<rate>\d+(?:\.\d+)?)\s?(?:%|percent|per\scent)\sof\s(?:that|it|this|the\s(?:bill|total"
    r"|amount))(?:,?\s(?:exactly|precisely|please))*\s?\??", re.IGNORECASE)

_ZH_SHARE = r"(?P<noun>小费|服务费|消费税|税|佣金|优惠)"
_ZH_DANGER = re.compile(r"每|平分|分摊|均摊|人均|四舍五入|保留|约|大约|之前|之后|以前|以后"
                        r"|不含|含税|除了|另外|额外|加上|减去|打折|折扣|运费|押金|定金|手续费|如果|假如")
_ZH_BIND = (r"{rate}\s?的\s?{noun}", r"{noun}(?:率|比例)?\s?(?:是|为|按|按照|收)?\s?{rate}")
_ZH_BIND_TIP = (r"给\s?{rate}\s?(?:的)?小费",)
# A price cut said by its verb ("现在便宜15%，便宜了多少元？", "降价 65%"): one share, whatever
# verb the statement and the question use.
_ZH_CHEAPER = "便宜"
_ZH_CHEAPER_WORDS = r"(?:便宜了|便宜|降价了|降价|减价了|减价|降了|优惠了)"
_ZH_SHARE_ASK = re.compile(
    r"(?:那么|请问|那)?[，,]?\s?(?:(?:这笔|这次的?|应付的?|要给的?|该给的?)?"
    rf"{_ZH_SHARE}(?:应该|要|得|一共)?(?:是|给|付|有)?多少(?:钱|元)?"
    r"|(?:一共|总共)?(?P<cheaper>便宜|降价|减价|少|省)了\s?多少(?:钱|元)?"
    rf"|(?:应该|要|得|需要)(?:给|付)多少{_ZH_SHARE.replace('noun', 'noun2')})(?:呢)?[？?]?")

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])\s*")


def _question_last(text: str, zh: bool) -> tuple[str, str] | None:
    """(the statement, the question): the last sentence asks; every other one tells."""
    parts = [part.strip() for part in _SENTENCE_END.split(text) if part.strip()]
    if zh and len(parts) == 1:  # "…，给15%的小费，小费是多少？": the ask after the last comma
        head, comma, ask = parts[0].rpartition("，")
        parts = [head, ask] if comma else parts
    if len(parts) < 2 or any("?" in part or "？" in part for part in parts[:-1]):
        return None
    return " ".join(parts[:-1]), parts[-1]


# The forms of a share's own name that the statement may use.
_EN_OWN_WORDS = {"tip": word_set("tip tips tipping tipped"), "discount": word_set(
    "discount discounted off marked"), "tax": word_set("tax taxed")}


def _danger(statement: str, zh: bool, noun: str) -> bool:
    if zh:
        if noun == _ZH_CHEAPER:
            statement = re.sub(_ZH_CHEAPER_WORDS, "", statement)
        return bool(_ZH_DANGER.search(statement.replace(noun, "")))
    allowed = set(noun.split()) | _EN_OWN_WORDS.get(noun, frozenset())
    words = re.findall(r"[a-z]+", statement.lower())
    return any(word in _EN_DANGER and word not in allowed for word in words)


def read_share(text: str, language: str) -> Share | None:
    """The share of an amount the text asks for, or None when it is not exactly that story."""
    if len(text) > MAX_STORY_CHARS:
        return None
    zh = language == "zh"
    amounts = _amounts(text)
    if amounts is None or len(amounts) != 2 or len(_ANY_DIGIT.findall(text)) != sum(
            len(_ANY_DIGIT.findall(a.text)) for a in amounts):
        return None
    money = [a for a in amounts if a.currency not in (None, "%")]
    rates = [a for a in amounts if a.currency == "%"]
    if len(money) != 1 or len(rates) != 1:
        return None
    split = _question_last(text, zh)
    if split is None:
        return None
    statement, question = split
    if not zh and (of_that := _EN_RATE_OF_THAT.fullmatch(question)):
        # "Our dinner bill came to $27. What is 15% of that?": the rate in the question, of
        # the one amount the statement gives
        if of_that.group("rate") != rates[0].text or _danger(statement, False, ""):
            return None
        return Share(amount=money[0], rate=rates[0])
    asked = (_ZH_SHARE_ASK if zh else _EN_SHARE_ASK).fullmatch(question)
    if asked is None:
        return None
    groups = asked.groupdict()
    noun = "tip" if groups.get("tip") else (groups.get("noun") or groups.get("noun2") or "")
    noun = _ZH_CHEAPER if groups.get("cheaper") else noun.lower()
    if _danger(statement, zh, noun) or not _bound(statement, noun, rates[0], zh):
        return None
    return Share(amount=money[0], rate=rates[0])


def _bound(statement: str, noun: str, rate: Amount, zh: bool) -> bool:
    """Whether the statement ties the percentage to the share the question names."""
    number = re.escape(rate.text)
    if zh:
        rate_re = rf"(?:{number}\s?[%％]|百分之{number})"
        templates = _ZH_BIND + (_ZH_BIND_TIP if noun == "小费" else ())
    else:
        rate_re = rf"{number}\s?(?:%|percent\b|per\scent\b)"
        templates = _EN_BIND + (_EN_BIND_TIP if noun == "tip" else ()) + (
            _EN_BIND_DISCOUNT if noun == "discount" else ())
    noun_re = _ZH_CHEAPER_WORDS if zh and noun == _ZH_CHEAPER else re.escape(noun).replace(
        r"\ ", r"\s")
    return any(re.search(template.format(rate=rate_re, noun=noun_re), statement, re.IGNORECASE)
               for template in templates)


# --------------------------------------------------------------------------- a part of a count

# "一共180个人，其中45%是女生，女生有多少人？", "公司有 380 名员工，其中 65% 参加了培训，参加培训的
# 有多少人？": a count of people or things, the percentage of them that are (or did) something,
# and a question for exactly that part, said with the same words; the part must be whole.
_ZH_PART = re.compile(
    r"(?P<lead>[\u4e00-\u9fff]{0,8}?)(?:一共|总共|共有|共|有)\s?(?P<n>\d{1,9})\s?(?:个|名|位)\s?"
    r"(?P<who>[\u4e00-\u9fff]{0,4}?)\s?[，,]\s?其中\s?(?:有\s?)?(?P<rate>\d{1,3}(?:\.\d{1,4})?)\s?[%％]"
    r"\s?(?P<part>[\u4e00-\u9fff]{1,10}?)\s?[，,]\s?(?:那么|请问)?\s?(?P<ask>[\u4e00-\u9fff]{1,10}?)\s?"
    r"(?:的人数|的人|的)?\s?(?:有|是|一共有)?\s?多少(?:人|个|名|位)?\s?[？?]?")
_ZH_PART_DANGER = re.compile(rf"{_ZH_DANGER.pattern}|不|没|剩|其余|另|再|又|还")


def _zh_said(words: str) -> str:
    """What a part is called, without the verb's aspect or the copula: 参加了培训 / 参加培训的."""
    return re.sub(r"^(?:是|为)|了|的$", "", words)


def read_part_of_count(text: str, language: str) -> Share | None:
    """The part of a count that the text asks for (as a share of it), or None."""
    if language != "zh" or len(text) > MAX_STORY_CHARS:
        return None
    found = _ZH_PART.fullmatch(text.strip())
    if found is None or _zh_said(found["part"]) != _zh_said(found["ask"]):
        return None
    if _ZH_PART_DANGER.search(found["lead"] + found["who"] + found["part"]):
        return None
    whole, rate = parse_number(found["n"]), parse_number(found["rate"])
    if whole is None or rate is None or (whole * rate / 100).denominator != 1:
        return None  # a part of people or things is whole
    return Share(amount=Amount(text=found["n"], value=whole),
                 rate=Amount(text=found["rate"], value=rate, currency="%"))


# --------------------------------------------------------------------------- a receipt

_BULLET = r"(?:[-*•·]\s?|\d{1,2}[.)]\s)?"
_EN_ITEM = re.compile(
    rf"{_BULLET}(?:(?P<label>[A-Za-z][A-Za-z '&/-]{{0,40}}?)\s?[:–—-]?\s?(?P<amount>[$€£]{_NUMBER})"
    rf"|(?P<amount2>[$€£]{_NUMBER})\s?[:–—-]?\s?(?P<label2>[A-Za-z][A-Za-z '&/-]{{0,40}}?))\s?",
    re.IGNORECASE)
_ZH_ITEM = re.compile(
    rf"{_BULLET}(?P<label>[\u4e00-\u9fff]{{1,12}})\s?[:：]?\s?(?P<amount>(?:[¥￥]{_NUMBER}|"
    rf"(?:{_NUMBER})\s?(?:元|块钱)))\s?[，,;；。]?")
_EN_TITLE = re.compile(r"[A-Za-z][A-Za-z '&/-]{0,60}[:!.]?(?:\s?[^\w\s]{1,3})?")
_ZH_TITLE = re.compile(r"[\u4e00-\u9fff]{1,20}[:：！!。]?")
_EN_TOTAL_ASK = re.compile(
    r"(?:so\s|and\s|ok\s|okay\s)?(?:"
    r"(?:what|how\smuch)\s(?:did|have)\s(?:i|we)\s(?:spend|spent|pay|paid)(?:\s(?:altogether|in\stotal"
    r"|total|overall|all\stogether|in\sall))?"
    r"|what(?:'s|\sis|\sdoes)\s(?:the|my|our|that|this|it)\s?(?:grand\s)?(?:total|all)?(?:\scome\sto"
    r"|\sadd\sup\sto)?"
    r"|how\smuch\s(?:is|was|does)\s(?:that|this|it|everything)(?:\s(?:all\s)?(?:altogether|in"
    r"\stotal|together|come\sto|cost))?"
    r"|what\sdoes\s(?:it|that|this|everything)\s(?:all\s)?(?:come|add\sup)\sto"
    r"|(?:grand\s)?total)"
    r"(?:,?\s(?:exactly|please))*\s?[?.]?", re.IGNORECASE)
_ZH_TOTAL_ASK = re.compile(
    r"(?:那么|请问|那)?[，,]?\s?(?:我|我们)?(?:一共|总共|合计|总计)(?:花了|花|用了|要付|付了|是)?"
    r"多少(?:钱|元)?(?:呢)?[？?]?")
_RECEIPT_DANGER = word_set("""
refund refunds refunded return returns returned discount coupon coupons off credit credits tax
tip each per minus less sold saved save change paid owe split share x times dozen pack gift
deposit fee half
""")


def read_receipt(text: str, language: str) -> list[Amount] | None:
    """The items of a receipt whose total the text asks for, or None when it is not one."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if not 3 <= len(lines) <= MAX_RECEIPT_LINES + 2:
        return None
    zh = language == "zh"
    ask = _ZH_TOTAL_ASK if zh else _EN_TOTAL_ASK
    if ask.fullmatch(lines[-1]):
        body = lines[:-1]
    elif ask.fullmatch(lines[0].rstrip(":：")):
        body = lines[1:]
    else:
        return None
    title = _ZH_TITLE if zh else _EN_TITLE
    if len(body) > 2 and title.fullmatch(body[0]) and not _ANY_DIGIT.search(body[0]):
        if _receipt_danger(body[0], zh):
            return None
        body = body[1:]
    item = _ZH_ITEM if zh else _EN_ITEM
    items: list[Amount] = []
    for line in body:
        found = item.fullmatch(line)
        if found is None:
            return None
        label = found["label"] or found.groupdict().get("label2") or ""
        if _receipt_danger(label, zh):
            return None
        written = found["amount"] or found.groupdict().get("amount2") or ""
        amounts = _amounts(written)
        if amounts is None or len(amounts) != 1 or amounts[0].currency in (None, "%"):
            return None
        items.append(amounts[0])
    if len(items) < 2 or len({a.currency for a in items}) != 1:
        return None
    return items


_ZH_RECEIPT_DANGER = re.compile(r"退|优惠|折|减|券|税|小费|每|押金|找零")


def _receipt_danger(label: str, zh: bool) -> bool:
    if zh:
        return bool(_ZH_RECEIPT_DANGER.search(label))
    return any(word in _RECEIPT_DANGER for word in re.findall(r"[a-z]+", label.lower()))


# --------------------------------------------------------------------------- a list of amounts

# The receipt written on one line ("My receipts this month were $6,553, $2,140 and $6,091.
# What's the total?", "Three receipts from today: 23.63, 17.87 and 4.43. Total?", "Totaling a
# few invoices here: 34,390 + 3,872 + 43,230 + 575. What's the total?"): a short lead of plain
# words, the amounts, and a question for their total. Nothing else may stand in the text, the
# lead has no number and none of the words that could make the total another sum, and the
# amounts are all money in one currency or all plain numbers.
_LIST_AMOUNT = rf"[$€£]?{_NUMBER}"
_EN_LIST_LEAD = re.compile(
    r"(?P<lead>[A-Za-z][A-Za-z'’ ,-]{0,120})(?:\s?:|\s(?:were|are|was|is|for|of|spent|paid))\s")
# After the list, what it was for ("I spent $3,537.94, $1,733.58 and $1,496.29 on car repairs
# this year."), read like the lead.
_EN_LIST = re.compile(
    rf"(?P<list>{_LIST_AMOUNT}(?:(?:,\s(?:and\s)?|\sand\s|\s?\+\s?){_LIST_AMOUNT}){{1,49}})"
    r"(?:\s(?P<tail>(?:on|for|at|in)\s[A-Za-z'’ ]{1,60}?))?\s?[.;]\s")
_EN_LIST_ASK = re.compile(
    r"(?:so\s|and\s|ok\s|okay\s)?(?:"
    r"what(?:'s|\sis)\s(?:the|their|my|our)\s(?:grand\s)?(?:total|sum)(?:\sof\s(?:them|these|those"
    r"|all\sof\sthem))?"
    r"|what\sdo\s(?:they|these|those)\s(?:all\s)?(?:come\sto|add\sup\sto|total|sum\sto)"
    r"|how\smuch\sdo\s(?:they|these|those)\s(?:all\s)?(?:come\sto|add\sup\sto|total)"
    r"|(?:what(?:'s|\sis)|how\smuch\sis)\s(?:that|this)\s(?:altogether|all\stogether|in\stotal)"
    r"|(?:grand\s)?total)"
    r"(?:,?\s(?:exactly|please))*\s?[?.]?", re.IGNORECASE)
_ZH_LIST = re.compile(
    rf"(?P<lead>[\u4e00-\u9fff]{{1,20}})[:：]\s?(?P<list>(?:[¥￥]?{_NUMBER}(?:元|块钱)?)"
    rf"(?:(?:、|[，,]\s?|和|与)(?:[¥￥]?{_NUMBER}(?:元|块钱)?)){{1,49}})[，,。.]?\s?")
_ZH_LIST_ASK = re.compile(
    r"(?:(?:这些|它们)?(?:一共|总共|合计|总计|加起来)(?:是|有|要|花了)?多少(?:钱|元)?"
    r"|(?:总和|总数|合计)(?:是|为)?多少)(?:呢)?[？?]?")
_LIST_LEAD_DANGER = _RECEIPT_DANGER | word_set("""
person people head split sharing round rounded rounding nearest before after including include
includes excluding exclude except plus extra additional another also instead if unless not no
only original originally reduced marked half double twice triple quarter third average mean
interest rate rates percent without ignore ignoring skip first last second other others missing
wrong mistake typo meant difference differences subtract multiply multiplied divide divided
would could might whether estimate approximately about roughly weekly monthly daily annual
annually hourly salary wage wages budget balance left remaining remain total totals sum sums
euro euros dollar dollars pound pounds yen yuan rupee rupees peso pesos currency currencies
""")
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "both": 2, "couple": 2}
# A Chinese lead: a receipt's danger words, and any word for another operation or a condition.
_ZH_LIST_DANGER = re.compile(rf"{_ZH_RECEIPT_DANGER.pattern}|平均|差|乘|除|倍|分|约|不")
_LEAD_MAX_WORDS = 14
# Words of _EN_DANGER that a lead may use: when the amounts came ("this month", "today").
_LEAD_MAY_SAY = word_set("week weeks month months year years day days")


def read_listed_total(text: str, language: str) -> list[Amount] | None:
    """The amounts of a one-line list whose total the text asks for, or None."""
    if len(text) > MAX_STORY_CHARS:
        return None
    text = text.strip()
    if language == "zh":
        found = _ZH_LIST.match(text)
        if (found is None or not _ZH_LIST_ASK.fullmatch(text, found.end())
                or _ZH_LIST_DANGER.search(found["lead"]) or _ANY_DIGIT.search(found["lead"])):
            return None
        return _listed(re.split(r"、|[，,]\s?|和|与", found["list"]))
    lead = _EN_LIST_LEAD.match(text)
    start = lead.end() if lead else 0
    found = _EN_LIST.match(text, start)
    if found is None or not _EN_LIST_ASK.fullmatch(text, found.end()):
        return None
    parts = re.split(r",\s(?:and\s)?|\sand\s|\s?\+\s?", found["list"])
    said = " ".join(part for part in (lead["lead"] if lead else "", found["tail"] or "") if part)
    if said and not _plain_lead(said, len(parts)):
        return None
    if "+" not in found["list"] and not all("," in part for part in parts) and any(
            "," in part and "." not in part and part[0] not in CURRENCY_SIGNS for part in parts):
        return None  # "100,200, 300" may be three numbers typed without a space
    return _listed(parts)



def _plain_lead(lead: str, items: int) -> bool:
    """Whether a lead only says what the amounts are: no word that could change the total, and
    a count ("Three receipts") only when it is the number of amounts."""
    words = re.findall(r"[a-z]+", lead.lower())
    counts = [_COUNT_WORDS[word] for word in words if word in _COUNT_WORDS]
    if len(words) > _LEAD_MAX_WORDS or counts not in ([], [items]):
        return False
    return not any(word in _LIST_LEAD_DANGER or (
        word in _EN_DANGER and word not in _COUNT_WORDS and word not in _LEAD_MAY_SAY)
        for word in words)


def _listed(parts: list[str]) -> list[Amount] | None:
    items = []
    for part in parts:
        amounts = _amounts(part.strip())
        if amounts is None or len(amounts) != 1 or amounts[0].currency == "%":
            return None
        items.append(amounts[0])
    if len(items) < 2 or len({item.currency for item in items}) != 1:
        return None
    return items
