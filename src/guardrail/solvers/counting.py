"""Counting and string operations on words and quoted texts.

Every solver here reads a closed grammar: a question is answered only when one of its
phrasings matches the question from its first word to its last (``re.fullmatch`` after a
polite prefix such as "Can you tell me" and the final punctuation are removed). The words the
question is about are either quoted (``'…'``, ``"…"``, ``‘…’``, ``“…”``, ``「…」``) or a single
bare word; a bare word that is really a pronoun or a language name ("it", "English") is not
spelled out, and texts with spaces must be quoted. Question text is never evaluated.

Kinds (solver name: what it answers, and the convention its answer states):

* ``letter_count``: occurrences of one letter, not case-sensitive ("How many r's are in
  strawberry?", "strawberry里面有多少个字母r").
* ``substring_count``: occurrences of a quoted letter sequence ("How many times does 'ss'
  appear in 'Mississippi'?"). Overlapping and non-overlapping counts are both computed; the
  question is answered only when they agree or the question says which one it wants. When
  the sequence is itself a word and also stands alone in the text, "substring or whole word?"
  is ambiguous and declined unless the question says "the word …".
* ``word_length``: letters (spaces, digits and punctuation not counted) or characters
  (everything, spaces included; the count without spaces is given too) in a word or text; a
  quoted text's characters "including spaces" / "not counting spaces" as said.

A closed list of lead-ins about word games ("I'm making a word puzzle.", "Just curious,") is
peeled off; any other sentence before the question declines. A fronted subject is read after
"in" or "for" ("For the word apple, how many p's are there?"), "for" only before a quoted or
introduced word and "in" not before an idiom ("In short, …").

Embedded questions keep statement order and are read like direct ones: "(tell me) how many
letters the word Wednesday has", "how many r's there are in strawberry". "this sentence" names
a text only when the text follows ("… in this sentence: 'The cat sat.'"). Solvers that ignore
case read a note saying so ("Ignoring case, …", "(case-insensitive)", "不区分大小写"); a note
asking for case-sensitive counting is not read, so the question declines. A bare noun about
language ("words", "letter") is a word to spell out in a Chinese question ("letter的第4个字母")
and in an anagram pair next to a plain word ("are sword and words anagrams?").
* ``vowel_count``: vowels are a, e, i, o, u; y is never a vowel and counts as a consonant.
  Only unaccented Latin letters are accepted.
* ``word_count``: space-separated words of a quoted sentence; a hyphenated word or a
  contraction is one word; a token without letters ("3", "-") is declined.
* ``distinct_letters``: different letters, not case-sensitive ("distinct", "unique",
  "different").
* ``nth_letter``: the n-th, last, or n-th-from-last letter (or character) of a word; "position
  3" is 1-based, and an "index" (0- or 1-based?) is not read.
* ``reverse_string``: a word spelled backwards; a text with spaces only when the question asks
  for its letters/characters, says "string" or "spell" (else it could mean word order).
* ``anagram_check``: yes/no, comparing letters only, ignoring case, spaces and punctuation;
  two identical words are declined (whether a word is its own anagram is a convention).
* ``palindrome_check``: yes/no, whether a word reads the same backwards (case ignored;
  declined when spaces or punctuation would change the answer).
* ``compare_length``: which of two or more single words has more/fewer letters (ties are
  answered as a tie), or yes/no for "Does A have more letters than B?". "Which is longer:"
  without "word" or "letters" is read only when every option is quoted and lower case (a
  capitalised one may be a title).
* ``alphabetical_order``: sorting up to 200 single words, which word comes first/last, or
  whether A comes before/after B. Letter-by-letter, not case-sensitive, unaccented letters only.

Letter counting is deliberately conservative with accents and special case mappings: when
counting the letter under the three usual conventions (``str.lower``, ``str.casefold``, and
accent-stripped) gives different numbers ("How many e's in café?", "How many s's in Straße?"),
the question is declined rather than answered by one convention.

Declined, among others: questions with no explicit word ("How many letters are in the
alphabet?", "How many words do you know?"), several subjects ("How many r's are in strawberry
and raspberry?"), self-reference ("this sentence", "your answer"), texts over 10,000
characters, lists over 200 words, and anything left over that the grammar did not read.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Generic, Literal, TypeVar

from .._text import MEANING_CHANGERS, word_set
from ._base import Declined, Parsed, Problem, Query, Solution
from ._numbers import parse_integer

__all__ = [
    "MAX_LIST_ITEMS",
    "MAX_TEXT_CHARS",
    "AlphabeticalProblem",
    "AlphabeticalSolver",
    "AnagramProblem",
    "AnagramSolver",
    "CompareLengthProblem",
    "CompareLengthSolver",
    "DistinctLettersProblem",
    "DistinctLettersSolver",
    "LetterCountProblem",
    "LetterCountSolver",
    "NthLetterProblem",
    "NthLetterSolver",
    "PalindromeProblem",
    "PalindromeSolver",
    "ReverseProblem",
    "ReverseSolver",
    "SubstringCountProblem",
    "SubstringCountSolver",
    "VowelCountProblem",
    "VowelCountSolver",
    "WordCountProblem",
    "WordCountSolver",
    "WordLengthProblem",
    "WordLengthSolver",
]

MAX_TEXT_CHARS = 10_000
MAX_LIST_ITEMS = 200
MAX_NEEDLE_CHARS = 100
# Ordinals beyond any text we accept are not positions in it.
_MAX_POSITION = MAX_TEXT_CHARS

# --------------------------------------------------------------------------------------------
# Shared lexical fragments
# --------------------------------------------------------------------------------------------

_Q = "'\"‘’“”`"  # quotes people put around single letters
# A quoted text: each opening quote with the closing quotes people pair with it. The content
# may not contain its own quote character, so "'don't'" is not a quoted text (it declines).
_QUOTED = (
    "(?:'[^'‘’]+['’]|‘[^'‘’]+['’]|\"[^\"“”]+[\"”]|“[^\"“”]+[\"”]|`[^`]+`"
    "|「[^「」]+」|『[^『』]+』|«[^«»]+»)"
)
_OPENERS = "'\"‘“`「『«"
_BARE = r"[^\W\d_]+(?:[-'’][^\W\d_]+)*"
# In Chinese questions a bare word is a run of Latin letters; the lookahead stops the regex
# from splitting "strawberryr" into a word and a letter.
_ZH_LATIN = "A-Za-z\u00c0-\u024f"
_ZH_BARE = rf"[{_ZH_LATIN}]+(?:[-'’][{_ZH_LATIN}]+)*(?![{_ZH_LATIN}])"

_LANGUAGES = (
    "English|German|French|Spanish|Italian|Dutch|Welsh|Finnish|Portuguese|Swedish|Norwegian|"
    "Danish|Icelandic|Polish|Czech|Slovak|Slovenian|Hungarian|Turkish|Latin|Greek|Russian|"
    "Ukrainian|Irish|Scottish|Gaelic|Hawaiian|Japanese|Korean|Chinese|Mandarin|Indonesian|"
    "Malay|Swahili|Romanian|Estonian|Latvian|Lithuanian|Croatian|Serbian|Bosnian|Catalan|"
    "Basque|Galician|Afrikaans|Tagalog|Filipino|Maori|Vietnamese|Esperanto|Hebrew|Arabic|"
    "Hindi|Sanskrit|Yiddish|Albanian|Bulgarian|Maltese|Luxembourgish|Frisian|Breton|Cornish"
)
# Singular nouns only: "reverse the words '…'" asks for word order, not letters.
_NOUNS = (
    r"word|name|surname|string|text|term|phrase|sentence|expression|passage|paragraph|title"
)
# Bare (unquoted, un-introduced) words that are not a word to spell out: pronouns, words about
# language itself, and language names ("How many letters are in English?" asks about an
# alphabet, not the seven letters of the word).
_AMBIGUOUS_BARE = frozenset({
    "it", "its", "itself", "this", "that", "these", "those", "them", "they", "he", "she", "him",
    "her", "his", "hers", "me", "my", "mine", "you", "your", "yours", "we", "us", "our", "ours",
    "there", "here", "what", "which", "who", "whom", "whose", "all", "both", "total", "each",
    "every", "everything", "something", "anything", "nothing", "one", "ones", "word", "words",
    "name", "names", "sentence", "sentences", "text", "texts", "phrase", "phrases", "string",
    "strings", "letter", "letters", "character", "characters", "alphabet", "alphabets",
    "language", "languages", "question", "questions", "answer", "answers", "reply", "response",
    "message", "vowel", "vowels", "consonant", "consonants", "common", "general", "order",
}) | frozenset(name.casefold() for name in _LANGUAGES.split("|"))
# Of those, the words that may point at something outside the question (a pronoun, "all",
# "order") or name a language or an alphabet: never spelled out when bare. The rest are nouns
# about language ("words", "letter", "name") that are clearly a mention where only a spelling
# makes sense: in an anagram pair ("are sword and words anagrams") and, in a Chinese question,
# as a Latin word amid Chinese ("letter的第4个字母"), where the concept would be written in
# Chinese (单词, 字母).
_REFERRING_BARE = frozenset({
    "it", "its", "itself", "this", "that", "these", "those", "them", "they", "he", "she", "him",
    "her", "his", "hers", "me", "my", "mine", "you", "your", "yours", "we", "us", "our", "ours",
    "there", "here", "what", "which", "who", "whom", "whose", "all", "both", "total", "each",
    "every", "everything", "something", "anything", "nothing", "one", "ones", "common",
    "general", "order", "alphabet", "alphabets", "language", "languages",
}) | frozenset(name.casefold() for name in _LANGUAGES.split("|"))

_TRAILING = re.compile(r"[\s?？。.!！]+$")
_ZH_TRAILING = re.compile(r"[\s?？。.!！吗呢呀啊吧嘛]+$")
_PLEASE_SUFFIX = re.compile(r"\s*,?\s*please$", re.IGNORECASE)
_POLITE_EN = re.compile(
    r"(?:(?:hey|hi|ok|okay)\s*,?\s+)?(?:(?:please|kindly)\s*,?\s+"
    r"|(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:tell\s+me\s*,?\s+)?"
    r"|(?:please\s+)?tell\s+me\s*,?\s+|i\s+(?:want|would\s+like|need)\s+to\s+know\s+"
    r"|i\s+need\s+(?=the\s+(?:number|count)\s+of\b)"
    r"|(?:please\s+)?(?:count|determine|find(?:\s+out)?|calculate|compute|work\s+out"
    r"|figure\s+out|check)\s+(?=how\s+(?:many|often)\b))",
    re.IGNORECASE,
)
# Context about word games before the question ("I'm making a word puzzle.", "Just curious:"):
# a closed list of lead-ins that set no condition on the count. Any other sentence before the
# question is a word the grammar did not read, and declines.
_CONTEXT_EN = re.compile(
    r"(?:(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:making|writing|doing|solving|playing|working\s+on"
    r"|creating|designing|building)\s+(?:a|an|the|my|our|some|this)\s+"
    r"(?:(?:little|quick|simple|fun|kids'?|children'?s|daily|word|spelling|vocabulary|online)\s+)"
    r"{0,2}(?:puzzles?|crosswords?|word\s+games?|games?|quiz(?:zes)?|riddles?|worksheets?"
    r"|spelling\s+(?:tests?|bees?|quiz)|wordle|scrabble)"
    r"|(?:i'?m\s+)?(?:just\s+)?(?:curious|wondering)|(?:quick\s+)?sanity\s+check"
    r"|(?:a\s+)?(?:quick\s+|simple\s+|silly\s+|random\s+|easy\s+)?(?:spelling|word)\s+"
    r"(?:question|puzzle|quiz|game)(?:\s+check)?|(?:for|playing)\s+(?:scrabble|wordle|a\s+crossword)"
    # a label naming the question's own kind ("Letter count: how many z's are in …")
    r"|(?:quick\s+)?(?:letter|word|vowel)\s+count(?=\s*:\s*how\s+many\b))"
    r"\s*[.!:,;\-\u2013\u2014]+\s*",
    re.IGNORECASE,
)
_POLITE_ZH = re.compile(r"(?:请问一下|请问|请你|请|麻烦你?|帮我|你能告诉我|告诉我)\s*")
_ZH_COUNT_LEAD = re.compile(
    r"^(?:数一数|数数|数一下|统计一下|算一算|算一下)\s*(?=[^：:\n]*(?:几|多少))")

# "Ignoring case, …" / "… (case-insensitive)": what the case-insensitive solvers do anyway.
# Only they peel it off; elsewhere it is a word the grammar did not read, and declines.
_CASE_NOTE_EN = (
    r"(?:ignoring\s+(?:the\s+)?(?:letter\s+)?case|regardless\s+of\s+(?:letter\s+)?case"
    r"|case[-\s]?insensitive(?:ly)?|not\s+case[-\s]?sensitive|without\s+regard\s+(?:to|for)\s+case"
    r"|in\s+(?:either|any)\s+case|(?:counting\s+)?(?:both\s+)?(?:upper\s*case|capital)\s+(?:and|or)"
    r"\s+lower\s*case(?:\s+(?:letters|alike))?"
    r"|case\s+(?:doesn'?t|does\s+not|don'?t)\s+matter)"
)
_CASE_LEAD_EN = re.compile(rf"^\(?\s*{_CASE_NOTE_EN}\s*\)?\s*[,:;]\s*", re.IGNORECASE)
_CASE_TAIL_EN = re.compile(
    rf"(?:\s*[,;]\s*|\s+)\(?\s*{_CASE_NOTE_EN}\s*\)?$|\s*\(\s*{_CASE_NOTE_EN}\s*\)$",
    re.IGNORECASE)
_CASE_NOTE_ZH = r"(?:不区分大小写|忽略大小写|不分大小写|大小写不敏感|大小写都算|不管大小写)"
_CASE_LEAD_ZH = re.compile(rf"^[（(]?\s*{_CASE_NOTE_ZH}\s*[)）]?\s*[,，:：;；]\s*")
_CASE_TAIL_ZH = re.compile(rf"\s*[,，;；]?\s*[（(]?\s*{_CASE_NOTE_ZH}\s*[)）]?$")

_THERE_ARE = re.compile(r"^(?P<head>how\s+many\s+[^\s]+(?:\s+[^\s]+){0,3}?)\s+there\s+"
                        r"(?P<verb>are|is)\s+(?P<prep>in|within|inside)\b", re.IGNORECASE)
_IN_ZH = r"(?:里面|里边|里头|里|中间|中|当中|之中)"
_COUNT_VERB_ZH = r"(?:(?:数一数|数数|数一下|统计一下|统计|算一算|算一下|计算一下|计算)\s*)?"


def _compile(patterns: Sequence[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(pattern, re.IGNORECASE) for pattern in patterns)


def _subject(group: str) -> str:
    """A word or quoted text, optionally introduced ("the German word", "the following text:").

    Groups: ``<group>n`` the introducing noun, ``<group>q`` the quoted text (with quotes),
    ``<group>w`` a bare word.
    """
    intro = (
        rf"(?P<{group}n>(?:the\s+)?(?:following\s+)?(?:(?:{_LANGUAGES})\s+)?(?:{_NOUNS}))"
        rf"(?:\s*:\s*|\s+)|the\s+(?=[{_OPENERS}])"
        # "this sentence: '…'": the text that follows is the sentence (alone, "this sentence"
        # refers to the question itself and is declined)
        rf"|(?P<{group}t>this\s+(?:(?:{_LANGUAGES})\s+)?(?:{_NOUNS}))(?:\s*:\s*|\s*(?=[{_OPENERS}]))"
    )
    return rf"(?:{intro})?(?:(?P<{group}q>{_QUOTED})|(?P<{group}w>{_BARE}))"


def _zh_subject(group: str) -> str:
    """The Chinese counterpart of :func:`_subject`; ``<group>m`` is a trailing "这个单词"."""
    nouns = r"英文单词|单词|词语|英文|短语|句子|字符串|名字|这个单词|这个词"
    return (
        rf"(?:(?P<{group}n>{nouns})\s*[:：]?\s*)?(?:(?P<{group}q>{_QUOTED})|(?P<{group}w>{_ZH_BARE}))"
        rf"(?:\s*(?P<{group}m>这个(?:英文)?(?:单词|词|句子|短语|字符串|名字)|这句话|这段话|这段文字"
        r"|一词))?"
    )


def _has_group(match: re.Match[str], name: str) -> bool:
    return match.groupdict().get(name) is not None


def _subject_text(match: re.Match[str], group: str, language: str = "en", *,
                  mention: bool = False) -> str | Declined:
    """The text a subject group names, or Declined for empty quotes and ambiguous bare words.

    ``mention``: the question makes sense only about a spelling (an anagram pair), so a bare
    noun about language ("words") is the word itself; in Chinese questions it always is.
    """
    quoted = match.group(f"{group}q")
    if quoted is not None:
        content: str = quoted[1:-1]
        if not content.strip():
            return Declined(reason="the quotes hold no text")
        if content != content.strip():
            return Declined(reason="quoted text with leading or trailing spaces is ambiguous")
        return content
    word: str = match.group(f"{group}w")
    introduced = any(_has_group(match, f"{group}{suffix}") for suffix in ("n", "m", "t"))
    folded = word.casefold()
    if not introduced and folded in _AMBIGUOUS_BARE and (
            folded in _REFERRING_BARE or not (mention or language == "zh")):
        return Declined(reason=f"unquoted {word!r} is not clearly a word to spell out")
    return word


def _introduced(match: re.Match[str], group: str) -> bool:
    """Whether a subject was quoted or introduced by a noun ("the word …", "单词 …")."""
    return any(_has_group(match, f"{group}{suffix}") for suffix in ("n", "m", "q", "t"))


def _prepare(query: Query, *, case_note: bool = False) -> str | Declined:
    """The question without surrounding politeness and final punctuation.

    ``case_note``: also without a note that case is ignored ("Ignoring case, …").
    """
    text = unicodedata.normalize("NFC", query.text).strip()
    if len(text) > MAX_TEXT_CHARS:
        return Declined(reason=f"question longer than {MAX_TEXT_CHARS} characters")
    if query.language == "zh":
        if case_note:
            text = _CASE_LEAD_ZH.sub("", _CASE_TAIL_ZH.sub("", _ZH_TRAILING.sub("", text)), count=1)
        polite = _POLITE_ZH.match(text)
        text = text[polite.end():] if polite else text
        # "数一下 strawberry 中字母 r 出现了几次": the question asks itself after "count"
        text = _ZH_COUNT_LEAD.sub("", text, count=1)
        # Final particles (吗, 呢) carry no content once the grammar knows the question's kind.
        return _ZH_TRAILING.sub("", text)
    text = _TRAILING.sub("", text)
    text = _TRAILING.sub("", _PLEASE_SUFFIX.sub("", text))
    if case_note:
        text = _CASE_TAIL_EN.sub("", text, count=1)
        text = _CASE_LEAD_EN.sub("", _TRAILING.sub("", text), count=1)
    context = _CONTEXT_EN.match(text)
    text = text[context.end():] if context else text
    polite = _POLITE_EN.match(text)
    text = text[polite.end():] if polite else text
    text = _subject_for_it(text)
    # An embedded question keeps statement order: "how many r's there are in strawberry".
    return _THERE_ARE.sub(r"\g<head> \g<verb> there \g<prep>", text, count=1)


# The word first, then a question about "it": "restaurant: how many vowels does it have?" is
# "how many vowels does restaurant have". Only after a colon, semicolon or dash (after a comma
# the first word may be an interjection: "Honestly, how many r's does it have?"), and only when
# "it" stands once, as a whole word, in a question that starts like one.
_SUBJECT_THEN_IT = re.compile(
    rf"(?P<subject>(?:the\s+word\s+)?(?:{_QUOTED}|[A-Za-z][A-Za-z'’-]{{0,40}}))\s*(?:[—–]+|--?|[:;])"
    r"\s*(?P<question>(?:how|what|which|count|does|is)\b.+)", re.IGNORECASE)
_IT = re.compile(r"\bit\b(?!['’])", re.IGNORECASE)
_ITS = re.compile(r"\b(?:its|it['’]s)\b", re.IGNORECASE)  # "its" asks about a part of the word


# "strawberry — how many r's?": the question stops where its word would stand.
_HOW_MANY_ALONE = re.compile(
    r"(?P<counted>how\s+many\s+(?:[a-z]['’]s|[a-z]s|vowels|consonants|letters|distinct\s+letters"
    r"|unique\s+letters|different\s+letters))(?:\s+are\s+there|\s+is\s+that|\s+are\s+in\s+it"
    r"|\s+in\s+it)?", re.IGNORECASE)


# A lone word before the mark may be an interjection, not the subject ("Honestly — how many
# r's does it have?"); those, and adverbs in -ly, are never read as the word.
_INTERJECTIONS = word_set("""
ok okay so well hey hi hello yes no yeah yep nope please thanks sorry wait hmm um uh question
quick curious anyway also btw lol again now then next help right alright same one another
""")
# Labels of what kind of question follows ("Riddle: how many vowels?"), never its word.
_LABELS = word_set("""
riddle puzzle spelling quiz test homework challenge hint tricky check task exercise problem bonus
trivia fun game note english grammar math maths round level warmup example practice
""")


# A sentence that names the word in quotes, then a question about "it" ("My daughter is learning
# to spell 'successful'. How many times does the letter s show up in it?"): the sentence holds
# no number and no word that could change the question (MEANING_CHANGERS).
_QUOTED_THEN_IT = re.compile(
    rf"(?P<lead>[A-Za-z][A-Za-z'’ ,-]{{0,80}}?\s)(?P<subject>{_QUOTED})\s?[.!]\s+"
    r"(?P<question>(?:how|what|which|count|does|is)\b.+)", re.IGNORECASE)
_OPENING_QUOTE = re.compile(r"(?<![A-Za-z])['‘\"“`]|[\"“”`]")  # not the one in "s's"
_LEAD_MAX_WORDS = 14


def _quoted_for_it(text: str) -> str:
    found = _QUOTED_THEN_IT.fullmatch(text)
    if found is None:
        return text
    lead = re.findall(r"[a-z'’]+", found.group("lead").lower())
    question = found.group("question")
    if (len(lead) > _LEAD_MAX_WORDS or any(word.strip("'’") in MEANING_CHANGERS for word in lead)
            or len(_IT.findall(question)) != 1 or _ITS.search(question)
            or _OPENING_QUOTE.search(question)):
        return text
    return _IT.sub(lambda _: found.group("subject"), question)


def _subject_for_it(text: str) -> str:
    text = _quoted_for_it(text)
    found = _SUBJECT_THEN_IT.fullmatch(text)
    if found is None:
        return text
    subject, question = found.group("subject"), found.group("question")
    lowered = subject.lower()
    introduced = subject[0] in "'‘\"“`" or lowered.startswith("the word")
    if not introduced and (lowered in _INTERJECTIONS or lowered.endswith("ly")):
        return text
    if alone := _HOW_MANY_ALONE.fullmatch(question):
        # "strawberry — how many r's?", "communication: how many vowels is that?": the word
        # completes it, unless it is a label or a word about language ("Riddle: …", "Word: …")
        if not introduced and (lowered in _LABELS or lowered in _AMBIGUOUS_BARE):
            return text
        return f"{alone.group('counted')} in {subject}"
    if len(_IT.findall(question)) != 1 or _ITS.search(question):
        return text
    return _IT.sub(lambda _: subject, question)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _category(char: str) -> str:
    return unicodedata.category(char)


def _cased_letters_only(text: str) -> bool:
    """Letters of alphabets with case (Latin, Greek, Cyrillic, …); no spaces, marks, digits."""
    return bool(text) and all(_category(char) in ("Lu", "Ll", "Lt") for char in text)


def _ascii_letters_only(text: str) -> bool:
    return bool(text) and text.isascii() and text.isalpha()


# Characters whose count and order are unambiguous code point by code point: no combining
# marks, controls, format characters (zero-width joiners) or emoji/symbols that may be built
# from several code points.
_PLAIN_CATEGORIES = frozenset(
    {"Lu", "Ll", "Lt", "Lo", "Nd", "Nl", "No", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Zs",
     "Sm", "Sc"}
)


def _plain_characters(text: str) -> bool:
    return all(_category(char) in _PLAIN_CATEGORIES for char in text)


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _foldings(text: str) -> tuple[str, str, str]:
    """The text under three case conventions: lower, casefold, casefold without accents."""
    folded = text.casefold()
    return text.lower(), folded, _strip_accents(folded)


def _count_overlapping(haystack: str, needle: str) -> int:
    count, start = 0, haystack.find(needle)
    while start != -1:
        count += 1
        start = haystack.find(needle, start + 1)
    return count


def _count_whole_words(haystack: str, needle: str) -> int:
    # The needle is escaped: it is matched literally, never interpreted.
    return len(re.findall(rf"(?<!\w){re.escape(needle)}(?!\w)", haystack))


def _zh_int(text: str) -> int | None:
    """A small Chinese numeral (一 … 九十九) or digits."""
    if text.isdigit():
        return parse_integer(text)
    digits = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
              "九": 9}
    if len(text) == 1 and text in digits:
        return digits[text]
    match = re.fullmatch("([一二三四五六七八九])?十([一二三四五六七八九])?", text)
    if match is None:
        return None
    tens = digits[match.group(1)] if match.group(1) else 1
    return tens * 10 + (digits[match.group(2)] if match.group(2) else 0)


_LIST_ITEM = re.compile(rf"(?:the\s+word\s+)?(?:(?P<q>{_QUOTED})|(?P<w>{_BARE}))", re.IGNORECASE)
_ZH_LIST_ITEM = re.compile(rf"(?:(?P<q>{_QUOTED})|(?P<w>{_ZH_BARE}))")
_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|vs\.?|versus)\s+|\s*;\s*",
                             re.IGNORECASE)
_ZH_LIST_SEPARATOR = re.compile(r"\s*(?:[,，、;；]|或者|还是|和|与|跟|及|或)\s*|\s+")
_SPACES = re.compile(r"\s+")


def _parse_list(text: str, language: str, *, spaces: bool = False) -> list[str] | Declined:
    """Words separated by commas/"and"/"or" (or by spaces alone after a colon)."""
    item_re = _ZH_LIST_ITEM if language == "zh" else _LIST_ITEM
    separators = [_ZH_LIST_SEPARATOR if language == "zh" else _LIST_SEPARATOR]
    if spaces and language != "zh":
        separators.append(_SPACES)
    for separator in separators:
        items: list[str] = []
        position = 0
        while True:
            item = item_re.match(text, position)
            if item is None or item.end() == position:
                break
            quoted = item.group("q")
            items.append(quoted[1:-1] if quoted is not None else item.group("w"))
            if len(items) > MAX_LIST_ITEMS:
                return Declined(reason=f"more than {MAX_LIST_ITEMS} words in the list")
            position = item.end()
            if position == len(text):
                if len(items) >= 2:
                    return items
                break
            gap = separator.match(text, position)
            if gap is None or gap.end() == position:
                break
            position = gap.end()
    return Declined(reason="not a list of two or more words")


# --------------------------------------------------------------------------------------------
# The grammar-driven solver base
# --------------------------------------------------------------------------------------------

P = TypeVar("P", bound=Problem)


class _GrammarSolver(Generic[P]):
    """Tries each phrasing (fullmatch) in the question's language; subclasses build the problem.

    A phrasing that matched but whose parts are not acceptable (an ambiguous bare word, an
    out-of-range position) declines with its reason unless a later phrasing succeeds.
    """

    name: str
    family: str
    _english: tuple[re.Pattern[str], ...] = ()
    _chinese: tuple[re.Pattern[str], ...] = ()
    _unmatched = "not a complete question of this kind"
    # Whether the solver ignores case, so that a note saying so may be peeled off.
    _ignores_case = False

    def parse(self, query: Query) -> Parsed[P] | Declined:
        text = _prepare(query, case_note=self._ignores_case)
        if isinstance(text, Declined):
            return text
        reason: str | None = None
        for pattern in self._chinese if query.language == "zh" else self._english:
            match = pattern.fullmatch(text)
            if match is None:
                continue
            built = self._build(match, query)
            if isinstance(built, Declined):
                reason = reason or built.reason
                continue
            return Parsed(problem=built)
        return Declined(reason=reason or self._unmatched)

    def _build(self, match: re.Match[str], query: Query) -> P | Declined:
        raise NotImplementedError


# --------------------------------------------------------------------------------------------
# letter_count: occurrences of one letter
# --------------------------------------------------------------------------------------------

_LETTER = rf"[{_Q}]?(?P<letter>[^\W\d_])[{_Q}]?(?:['’]?s)?"
# "how many letters is in 'hello'" must not read as the letter "i" plus a plural s.
_LETTER_NOUN = r"(?:(?:the\s+)?(?:letters?|characters?|chars?)\s+(?!is\s))?"
_LETTER_TAIL = r"(?:\s+(?:letters?|characters?))?"
_OCCUR = r"(?:appear|occur|show\s+up|used|repeated|found)"
_OCCURS = r"(?:appears|occurs|shows\s+up|is\s+used|is\s+repeated|is\s+found)"
_S = _subject("s")
# A verb asking for a number, before "the number of …": it adds nothing to the question.
_FIND = (r"(?:what\s+is|what's|whats|find|determine|calculate|compute|work\s+out|figure\s+out"
         r"|get|give\s+me|state|report|return)")
# Before a fronted subject: "In the word coffee, …", "For 'apple', …".
# "For" only before a quoted or introduced subject ("For reference, how many vowels are
# there?" is not about the word "reference"); "in" not before an adverbial idiom ("In short,
# …").
_FRONT = (
    r"(?:(?:in|within|inside)(?!\s+(?:short|brief|fact|theory|practice|particular|addition"
    r"|conclusion|reality|summary|sum|total|general|comparison|contrast|turn|advance|future"
    r"|detail|principle|effect|essence|retrospect|hindsight|person|private|public|return"
    r"|response|reply|answer|case|any\s+case)\b)"
    rf"|for(?=\s+(?:[{_OPENERS}]|the\s+(?:following\s+)?(?:\w+\s+)?(?:{_NOUNS})\b)))"
)
# "How many r's do you see in strawberry?": the reader is asked to count what is there.
_YOU_SEE = r"\s+(?:do|can|would|could)\s+(?:you|I|we|one)\s+(?:see|find|spot|count)"

_LETTER_EN = _compile([
    # how many r's are (there) in (the word) strawberry
    rf"how\s+many\s+{_LETTER_NOUN}{_LETTER}{_LETTER_TAIL}"
    rf"(?:\s+(?:are|is)(?:\s+there)?|\s+there\s+are|{_YOU_SEE})?\s+(?:in|inside|within)\s+{_S}",
    rf"how\s+many\s+times{_YOU_SEE}\s+{_LETTER_NOUN}{_LETTER}\s+(?:in|inside|within)\s+{_S}",
    # how many times does (the letter) r appear/occur in (the word) strawberry; the subject
    # may also come first: "In the word coffee, how many times does e occur?"
    rf"how\s+(?:many\s+times|often)\s+(?:does|do|is|will)\s+{_LETTER_NOUN}{_LETTER}\s+"
    rf"{_OCCUR}\s+(?:in|within|inside)\s+{_S}",
    rf"{_FRONT}\s+{_S}(?:\s*,)?\s+how\s+(?:many\s+times|often)\s+(?:does|do|is|will)\s+"
    rf"{_LETTER_NOUN}{_LETTER}\s+{_OCCUR}",
    # how many instances of (the letter) r are in strawberry; count the number of times r
    # appears in strawberry
    rf"how\s+many\s+(?:instances|occurrences)\s+of\s+{_LETTER_NOUN}{_LETTER}\s+"
    rf"(?:are\s+there\s+|are\s+|appear\s+|occur\s+)?(?:in|within|inside)\s+{_S}",
    rf"count\s+(?:the\s+number\s+of\s+times|how\s+many\s+times)\s+{_LETTER_NOUN}{_LETTER}\s+"
    rf"{_OCCURS}\s+(?:in|within|inside)\s+{_S}",
    # how many times (the letter) r appears in strawberry; r occurs how many times in …
    rf"how\s+many\s+times\s+{_LETTER_NOUN}{_LETTER}\s+{_OCCURS}\s+(?:in|within|inside)\s+{_S}",
    rf"{_LETTER_NOUN}{_LETTER}\s+{_OCCURS}\s+how\s+many\s+times\s+(?:in|within|inside)\s+{_S}",
    rf"{_FRONT}\s+{_S}(?:\s*,)?\s+how\s+many\s+times\s+{_LETTER_NOUN}{_LETTER}\s+{_OCCURS}",
    rf"{_FRONT}\s+{_S}(?:\s*,)?\s+{_LETTER_NOUN}{_LETTER}\s+{_OCCURS}\s+how\s+many\s+times",
    # how many r's does (the word) strawberry have/contain
    rf"how\s+many\s+{_LETTER_NOUN}{_LETTER}{_LETTER_TAIL}\s+(?:does|do)\s+{_S}\s+(?:have|contain)",
    # embedded: "(tell me) how many r's the word strawberry has"
    rf"how\s+many\s+{_LETTER_NOUN}{_LETTER}{_LETTER_TAIL}\s+{_S}\s+(?:has|contains)",
    # count the (number of) r's in strawberry
    rf"count\s+(?:the\s+)?(?:number\s+of\s+)?(?:occurrences\s+of\s+)?{_LETTER_NOUN}{_LETTER}"
    rf"{_LETTER_TAIL}\s+in\s+{_S}",
    # in (the word) strawberry, how many r's are there
    rf"{_FRONT}\s+{_S}\s*,?\s+how\s+many\s+{_LETTER_NOUN}{_LETTER}{_LETTER_TAIL}"
    rf"(?:\s+(?:are\s+there|are|is\s+there|do\s+you\s+see))?",
    # (what is) the number of r's in strawberry
    rf"(?:(?:what\s+is|what's)\s+)?(?:the\s+)?(?:number|count)\s+of\s+{_LETTER_NOUN}{_LETTER}"
    rf"{_LETTER_TAIL}\s+in\s+{_S}",
    # strawberry has how many r's
    rf"{_S}\s+(?:has|contains)\s+how\s+many\s+{_LETTER_NOUN}{_LETTER}{_LETTER_TAIL}",
    # (find / determine) the (total) number of (occurrences of | times) r (appears) in …
    rf"(?:{_FIND}\s+)?(?:the\s+)?(?:total\s+)?(?:number|count)\s+of\s+(?:(?:occurrences|instances)"
    rf"\s+of\s+)?{_LETTER_NOUN}{_LETTER}{_LETTER_TAIL}\s+(?:in|within|inside)\s+{_S}",
    rf"(?:{_FIND}\s+)?(?:the\s+)?number\s+of\s+times\s+(?:that\s+)?{_LETTER_NOUN}{_LETTER}\s+"
    rf"{_OCCURS}\s+(?:in|within|inside)\s+{_S}",
    # how many times is r in strawberry; how many times does strawberry have/contain r
    rf"how\s+many\s+times\s+is\s+{_LETTER_NOUN}{_LETTER}\s+(?:in|within|inside)\s+{_S}",
    rf"how\s+many\s+times\s+(?:does|do)\s+{_S}\s+(?:have|contain|use)\s+{_LETTER_NOUN}{_LETTER}",
    # the subject first, then the question about it: "The word banana: how many a's does it
    # have?", "In 'mississippi', count the s's."
    rf"{_S}\s*(?:[:\-\u2013\u2014]+|\s[\-\u2013\u2014]+)\s*how\s+many\s+{_LETTER_NOUN}{_LETTER}"
    rf"{_LETTER_TAIL}\s+(?:does|do)\s+it\s+(?:have|contain)",
    rf"{_FRONT}\s+{_S}\s*,?\s+count\s+(?:the\s+)?(?:number\s+of\s+)?(?:occurrences\s+of\s+)?"
    rf"{_LETTER_NOUN}{_LETTER}{_LETTER_TAIL}",
    # how many (of the) letters in 'bookkeeper' are e's
    rf"how\s+many\s+(?:of\s+(?:the|its)\s+)?(?:letters|characters)\s+(?:in|of)\s+{_S}\s+are"
    rf"\s+(?:an?\s+)?{_LETTER}",
])

_ZH_LETTER = rf"[{_Q}]?(?<![{_ZH_LATIN}])(?P<letter>[{_ZH_LATIN}])(?![{_ZH_LATIN}])[{_Q}]?"
_ZS = _zh_subject("s")
_ZAT = r"(?:在\s*)?"  # "在 strawberry 中": a locative before the subject
_LETTER_ZH = _compile([
    # strawberry 里面有多少个字母 r / 单词 "strawberry" 中有几个 r
    rf"{_COUNT_VERB_ZH}{_ZAT}{_ZS}\s*{_IN_ZH}?\s*(?:[,，]\s*)?(?:一共|总共)?\s*(?:有|包含|含有)\s*"
    rf"(?:多少|几)\s*个\s*(?:字母)?\s*{_ZH_LETTER}(?:\s*(?:字母))?",
    # strawberry 中字母 r 出现了几次 / 在单词 coffee 中，字母 e 出现了几次
    rf"{_ZAT}{_ZS}\s*(?:{_IN_ZH}\s*)?(?:[,，]\s*)?(?:的)?\s*(?:字母)?\s*{_ZH_LETTER}\s*"
    r"(?:一共|总共)?\s*出现了?\s*(?:多少|几)\s*次",
    # 统计 strawberry 中字母 r 的个数
    rf"{_COUNT_VERB_ZH}{_ZAT}{_ZS}\s*{_IN_ZH}\s*(?:[,，]\s*)?(?:的)?\s*(?:字母)?\s*{_ZH_LETTER}\s*"
    r"(?:出现)?的\s*"
    r"(?:个数|数量|数目|次数)(?:\s*(?:是|有|为)\s*(?:多少|几)(?:个|次)?)?",
    # 字母 r 在 strawberry 中出现了几次
    rf"(?:字母)?\s*{_ZH_LETTER}\s*在\s*{_ZS}\s*{_IN_ZH}\s*(?:一共|总共)?\s*出现了?\s*"
    r"(?:多少|几)\s*次",
])


class LetterCountProblem(Problem):
    kind: Literal["letter_count"] = "letter_count"
    letter: str
    text: str
    case_sensitive: bool = False


def _letter_count(letter: str, text: str) -> int | None:
    """Occurrences of ``letter``, or None when case/accent conventions disagree."""
    counts = {haystack.count(needle)
              for haystack, needle in zip(_foldings(text), _foldings(letter), strict=True)}
    return counts.pop() if len(counts) == 1 else None


class LetterCountSolver(_GrammarSolver[LetterCountProblem]):
    """Counts occurrences of one letter in one word or quoted text, case-insensitively.

    Example:
        >>> from guardrail.solvers import Query
        >>> solver = LetterCountSolver()
        >>> parsed = solver.parse(Query(text="How many r's are in strawberry?"))
        >>> solver.solve(parsed.problem, Query(text="")).value
        '3'
    """

    name = "letter_count"
    family = "counting"
    _english = _LETTER_EN
    _chinese = _LETTER_ZH
    _unmatched = "not a complete letter-counting question"
    _ignores_case = True

    def _build(self, match: re.Match[str], query: Query) -> LetterCountProblem | Declined:
        subject = _subject_text(match, "s", query.language)
        if isinstance(subject, Declined):
            return subject
        letter = match.group("letter")
        if len(letter.casefold()) != 1:
            return Declined(reason=f"{letter!r} has no single-letter lower case")
        return LetterCountProblem(letter=letter, text=subject)

    def solve(self, problem: LetterCountProblem, query: Query) -> Solution | Declined:
        if problem.case_sensitive:
            count: int | None = problem.text.count(problem.letter)
        else:
            count = _letter_count(problem.letter, problem.text)
        if count is None:
            return Declined(reason="the count depends on whether accented or special-case "
                                   "letters count as this letter")
        letter, subject = problem.letter.lower(), problem.text
        if query.language == "zh":
            answer = f"“{subject}”中有 {count} 个字母“{letter}”（不区分大小写）。"
        else:
            times = "time" if count == 1 else "times"
            answer = (f'The letter "{letter}" appears {count} {times} in "{subject}" '
                      "(not case-sensitive).")
        return Solution(value=str(count), answer=answer)


# --------------------------------------------------------------------------------------------
# substring_count: occurrences of a letter sequence
# --------------------------------------------------------------------------------------------

_NEEDLE_NOUN = (
    r"(?:the\s+)?(?:substring|sub-string|sequence|string|letters|letter\s+(?:sequence|"
    r"combination|pair|group|string|cluster)|combination|pair|cluster|pattern|characters|word)"
)
# English needles must be quoted: a bare "are" in "how many letters are in …" is no needle.
_N = rf"(?:(?P<nn>{_NEEDLE_NOUN})\s+)?(?P<nq>{_QUOTED})"
_OV = r"(?:(?P<ov>overlapping|non-overlapping|nonoverlapping|non\s+overlapping)\s+)?"
_OVS = (
    r"(?:\s*[,(]?\s*(?P<ovs>(?:counting|including|allowing|with)\s+overlaps?"
    r"|(?:not\s+counting|excluding|ignoring|without)\s+overlaps?"
    r"|overlaps?\s+(?:allowed|included|count|counted)"
    r"|overlaps?\s+(?:not\s+allowed|excluded|not\s+counted|don't\s+count|do\s+not\s+count)"
    r"|overlapping|non-overlapping)\s*\)?)?"
)
_SUBSTRING_EN = _compile([
    rf"how\s+(?:many\s+times|often)\s+(?:does|do|is|are)\s+{_N}\s+(?:appear|occur|show\s+up|"
    rf"found|used)\s+(?:in|within|inside)\s+{_S}{_OVS}",
    rf"how\s+many\s+{_OV}(?:occurrences|instances|appearances|copies)\s+of\s+{_N}\s+"
    rf"(?:are\s+there\s+|are\s+|appear\s+|occur\s+|can\s+you\s+find\s+)?(?:in|within|inside)\s+"
    rf"{_S}{_OVS}",
    rf"how\s+many\s+{_OV}times\s+{_N}\s+(?:appears|occurs|shows\s+up)\s+in\s+{_S}{_OVS}",
    rf"count\s+(?:the\s+)?(?:number\s+of\s+)?{_OV}(?:occurrences|instances|appearances)\s+of\s+"
    rf"{_N}\s+in\s+{_S}{_OVS}",
    rf"count\s+how\s+many\s+times\s+{_N}\s+(?:appears|occurs|shows\s+up)\s+in\s+{_S}{_OVS}",
    rf"how\s+many\s+{_N}\s+(?:are\s+there\s+|are\s+|is\s+there\s+)?(?:in|within|inside)\s+"
    rf"{_S}{_OVS}",
    rf"{_FRONT}\s+{_S}\s*,?\s+how\s+many\s+times\s+(?:does|do)\s+{_N}\s+(?:appear|occur|show\s+up)"
    rf"{_OVS}",
    rf"(?:{_FIND}\s+)?(?:the\s+)?(?:number|count)\s+of\s+{_OV}(?:occurrences|instances|"
    rf"times)\s+of\s+{_N}\s+in\s+{_S}{_OVS}",
    rf"how\s+many\s+times\s+(?:does|do)\s+{_S}\s+contain\s+{_N}{_OVS}",
    rf"how\s+many\s+times\s+can\s+(?:you|I|one|we)\s+find\s+{_N}\s+in\s+{_S}{_OVS}",
    rf"{_N}\s+(?:appears|occurs)\s+how\s+many\s+times\s+in\s+{_S}{_OVS}",
])

_ZN = (
    r"(?:(?P<nn>子串|子字符串|字符串|字母组合|字母序列|组合|单词|词)\s*)?"
    rf"(?:(?P<nq>{_QUOTED})|(?P<nw>{_ZH_BARE}))"
)
_OV_ZH = (
    r"(?:\s*[（(，,]?\s*(?P<ovs>(?:可以|允许|可)?重叠(?:的)?(?:也算|计算在内|也计算|也计入)?"
    r"|不(?:可以|允许|可)?重叠|不计重叠|重叠不算|计入重叠|包括重叠)\s*[)）]?)?"
)
_SUBSTRING_ZH = _compile([
    rf"{_COUNT_VERB_ZH}{_ZN}\s*在\s*{_ZS}\s*{_IN_ZH}?\s*(?:一共|总共)?\s*出现了?\s*(?:多少|几)\s*次"
    rf"{_OV_ZH}",
    rf"{_COUNT_VERB_ZH}{_ZS}\s*{_IN_ZH}\s*(?:的)?\s*{_ZN}\s*(?:一共|总共)?\s*出现了?\s*(?:多少|几)"
    rf"\s*次{_OV_ZH}",
    rf"{_COUNT_VERB_ZH}{_ZS}\s*{_IN_ZH}?\s*(?:一共|总共)?\s*(?:有|包含|含有)\s*(?:多少|几)\s*"
    rf"(?:个|次)\s*{_ZN}{_OV_ZH}",
    rf"(?:数一数|统计|计算)\s*{_ZS}\s*{_IN_ZH}\s*{_ZN}\s*(?:出现)?的次数{_OV_ZH}",
])

Reading = Literal["auto", "substring", "word"]
Overlap = Literal["auto", "overlapping", "non_overlapping"]


class SubstringCountProblem(Problem):
    kind: Literal["substring_count"] = "substring_count"
    needle: str
    text: str
    reading: Reading = "auto"
    overlap: Overlap = "auto"


def _overlap_mode(text: str | None) -> Overlap:
    if text is None:
        return "auto"
    if re.search(r"non|not|excluding|ignoring|without|don't|不", text, re.IGNORECASE):
        return "non_overlapping"
    return "overlapping"


class SubstringCountSolver(_GrammarSolver[SubstringCountProblem]):
    """Counts a quoted letter sequence in a word or text, stating how overlaps were treated.

    Example:
        >>> from guardrail.solvers import Query
        >>> solver = SubstringCountSolver()
        >>> parsed = solver.parse(Query(text="How many times does 'ss' appear in 'Mississippi'?"))
        >>> solver.solve(parsed.problem, Query(text="")).value
        '2'
    """

    name = "substring_count"
    family = "counting"
    _english = _SUBSTRING_EN
    _chinese = _SUBSTRING_ZH
    _unmatched = "not a complete substring-counting question"
    _ignores_case = True

    def _build(self, match: re.Match[str], query: Query) -> SubstringCountProblem | Declined:
        subject = _subject_text(match, "s", query.language)
        if isinstance(subject, Declined):
            return subject
        quoted = match.group("nq")
        needle: str = quoted[1:-1] if quoted is not None else match.group("nw")
        if not needle.strip() or needle != needle.strip():
            return Declined(reason="the sequence to count is blank or padded with spaces")
        if len(needle) > MAX_NEEDLE_CHARS:
            return Declined(reason=f"sequence longer than {MAX_NEEDLE_CHARS} characters")
        noun = (match.group("nn") or "").casefold()
        reading: Reading = "word" if noun.endswith(("word", "词")) and noun != "字母组合" else (
            "substring" if noun else "auto")
        overlap = _overlap_mode(match.groupdict().get("ov") or match.groupdict().get("ovs"))
        return SubstringCountProblem(needle=needle, text=subject, reading=reading,
                                     overlap=overlap)

    def solve(self, problem: SubstringCountProblem, query: Query) -> Solution | Declined:
        results = set()
        for haystack, needle in zip(_foldings(problem.text), _foldings(problem.needle),
                                    strict=True):
            results.add((_count_overlapping(haystack, needle), haystack.count(needle),
                         _count_whole_words(haystack, needle)))
        if len(results) != 1:
            return Declined(reason="the count depends on how accents and special cases fold")
        overlapping, separate, whole = results.pop()
        zh = query.language == "zh"
        if problem.reading == "word":
            count, note = whole, ("只计整词" if zh else "whole words only")
        elif problem.overlap == "overlapping":
            note = "计入重叠的出现" if zh else "overlapping occurrences counted"
            count = overlapping
        elif problem.overlap == "non_overlapping":
            count, note = separate, ("不计重叠" if zh else "non-overlapping occurrences")
        elif overlapping != separate:
            return Declined(reason="overlapping and non-overlapping counts differ; the question "
                                   "does not say which it wants")
        else:
            count = separate
            note = "是否计入重叠结果相同" if zh else "overlapping or not gives the same count"
        if (problem.reading == "auto" and len(problem.needle) > 1 and whole not in (0, count)):
            return Declined(reason="the sequence occurs both as a whole word and inside words; "
                                   "substring or word count is ambiguous")
        if len(problem.needle) == 1:
            note = ""  # a single character cannot overlap itself
        if zh:
            note = f"；{note}" if note else ""
            answer = (f"“{problem.needle}”在“{problem.text}”中出现 {count} 次"
                      f"（不区分大小写{note}）。")
        else:
            note = f"; {note}" if note else ""
            times = "time" if count == 1 else "times"
            answer = (f'"{problem.needle}" occurs {count} {times} in "{problem.text}" '
                      f"(not case-sensitive{note}).")
        return Solution(value=str(count), answer=answer)


# --------------------------------------------------------------------------------------------
# word_length: letters or characters in a word or text
# --------------------------------------------------------------------------------------------

_UNIT = r"(?P<u>letters?|characters?|chars)"
# "..., including spaces" / "(not counting spaces)": said of characters only.
_SPACES_TAIL = (r"(?:\s*,?\s*\(?\s*(?P<sp>including|counting|with|excluding|not\s+counting|without"
                r"|ignoring)\s+(?:the\s+)?(?:spaces?|whitespace)\s*\)?)?")
_WORD_LENGTH_EN = _compile([pattern + _SPACES_TAIL for pattern in [
    rf"how\s+many\s+{_UNIT}(?:\s+(?:are|is))?(?:\s+there)?\s+(?:in|within|inside)\s+{_S}",
    rf"how\s+many\s+{_UNIT}\s+(?:does|do)\s+{_S}\s+(?:have|contain|consist\s+of|use)",
    # embedded: "(tell me) how many letters the word Wednesday has"
    rf"how\s+many\s+{_UNIT}\s+{_S}\s+(?:has|contains|consists\s+of|uses)",
    rf"how\s+many\s+{_UNIT}\s+(?:are|is)\s+(?:needed|required|used)\s+to\s+(?:spell|write)\s+{_S}",
    rf"how\s+many\s+{_UNIT}\s+does\s+it\s+take\s+to\s+(?:spell|write)\s+{_S}",
    rf"how\s+many\s+{_UNIT}\s+(?:long\s+)?(?:is|are)\s+{_S}(?:\s+long)?",
    rf"count\s+(?:the\s+|all\s+(?:the\s+)?)?(?:number\s+of\s+)?{_UNIT}\s+(?:in|of)\s+{_S}",
    rf"(?:{_FIND}\s+)?(?:the\s+)?(?:total\s+)?(?:number|count)\s+of\s+{_UNIT}\s+"
    rf"(?:in|of)\s+{_S}",
    rf"(?:{_FIND}\s+)?(?:the\s+)?(?P<ul>letter|character)\s+count\s+(?:of|for)\s+{_S}",
    rf"{_S}\s+(?:has|contains|consists\s+of|is\s+made\s+up\s+of)\s+how\s+many\s+{_UNIT}",
    rf"{_FRONT}\s+{_S}\s*,?\s+how\s+many\s+{_UNIT}(?:\s+(?:are\s+there|are|is\s+there))?",
    rf"how\s+many\s+{_UNIT}\s+(?:in|of)\s+{_S}\s+(?:are|is)\s+there",
    rf"how\s+many\s+{_UNIT}\s+(?:make\s+up|form|are\s+used\s+in|appear\s+in|are\s+found\s+in)\s+"
    rf"{_S}",
    rf"(?P<len>how\s+long)\s+is\s+{_S}(?:\s*,?\s+\(?in\s+{_UNIT}\)?)?",
    rf"(?:{_FIND}\s+)?the\s+(?P<len>length)\s+of\s+{_S}(?:\s*,?\s+\(?in\s+{_UNIT}\)?)?",
]])
_UNIT_ZH = r"(?P<u>字母|字符)"
_WORD_LENGTH_ZH = _compile([
    rf"{_COUNT_VERB_ZH}{_ZS}\s*{_IN_ZH}?\s*(?:一共|总共)?\s*(?:有|包含|含有|由)\s*(?:多少|几)\s*个\s*"
    rf"{_UNIT_ZH}(?:\s*(?:组成|构成))?",
    rf"{_ZS}\s*(?:的)?\s*{_UNIT_ZH}\s*(?:个数|数量|数目|总数|数)\s*(?:是|为)?\s*(?:多少|几)(?:个)?",
    rf"{_ZS}\s*(?:一共|总共)?\s*(?:是)?\s*由\s*(?:多少|几)\s*个\s*{_UNIT_ZH}\s*(?:组成|构成)(?:的)?",
    rf"{_ZS}\s*(?:的)?\s*(?P<len>长度)\s*(?:是|为)?\s*(?:多少|几)(?:个{_UNIT_ZH})?",
    rf"{_ZS}\s*(?:一共|总共)?\s*(?:是)?\s*(?:多少|几)\s*个\s*{_UNIT_ZH}(?:长)?",
    rf"{_ZS}\s*(?:拼写)?\s*(?:需要|要用|用了)\s*(?:多少|几)\s*个\s*{_UNIT_ZH}",
    # "apple 是几个字母的单词？"
    rf"{_ZS}\s*(?:是)\s*(?:多少|几)\s*个\s*{_UNIT_ZH}\s*的\s*(?:单词|词)",
    # "请数一数 banana 的字母个数": the count asked by the verb
    rf"(?:数一数|数数|数一下|统计一下|统计|算一算|算一下)\s*{_ZS}\s*(?:的)?\s*{_UNIT_ZH}\s*"
    r"(?:个数|数量|数目|总数)",
])


class WordLengthProblem(Problem):
    kind: Literal["word_length"] = "word_length"
    text: str
    unit: Literal["letters", "characters"]
    spaces: Literal["counted", "not_counted"] | None = None  # said in the question


class WordLengthSolver(_GrammarSolver[WordLengthProblem]):
    """Counts the letters (or all characters) of a word or quoted text.

    Example:
        >>> from guardrail.solvers import Query
        >>> solver = WordLengthSolver()
        >>> parsed = solver.parse(Query(text="How many letters are in 'strawberry'?"))
        >>> solver.solve(parsed.problem, Query(text="")).value
        '10'
    """

    name = "word_length"
    family = "counting"
    _english = _WORD_LENGTH_EN
    _chinese = _WORD_LENGTH_ZH
    _unmatched = "not a complete word-length question"

    def _build(self, match: re.Match[str], query: Query) -> WordLengthProblem | Declined:
        subject = _subject_text(match, "s", query.language)
        if isinstance(subject, Declined):
            return subject
        unit_word = (match.groupdict().get("u") or match.groupdict().get("ul") or "").casefold()
        introduced = _introduced(match, "s")
        if _has_group(match, "len") and not introduced and query.language != "zh":
            return Declined(reason="'how long is X' about an unquoted word may not be about "
                                   "spelling")
        if unit_word.startswith("char") and not introduced:
            # "How many characters are in Hamlet?" asks about a play, not a word.
            return Declined(reason="'characters in X' about an unquoted word is ambiguous")
        if not unit_word and not _cased_letters_only(subject):
            return Declined(reason="length of a text with non-letters: letters or characters?")
        unit: Literal["letters", "characters"] = (
            "characters" if unit_word.startswith(("char", "字符")) else "letters")
        said = match.groupdict().get("sp")
        if said is None:
            return WordLengthProblem(text=subject, unit=unit)
        if unit != "characters" or not introduced:
            return Declined(reason="spaces are counted or not only among characters of a text")
        spaces: Literal["counted", "not_counted"] = (
            "counted" if said.casefold() in ("including", "counting", "with") else "not_counted")
        return WordLengthProblem(text=subject, unit=unit, spaces=spaces)

    def solve(self, problem: WordLengthProblem, query: Query) -> Solution | Declined:
        text, zh = problem.text, query.language == "zh"
        if not _plain_characters(text):
            return Declined(reason="text holds marks, controls or symbols whose count is "
                                   "ambiguous")
        if problem.unit == "letters":
            if any(char.isalpha() and _category(char) not in ("Lu", "Ll", "Lt") for char in text):
                return Declined(reason="letters of a script without letter case are not counted")
            count = sum(1 for char in text if char.isalpha())
            only_letters = all(char.isalpha() for char in text)
            if zh:
                note = "" if only_letters else "（只计字母，不计空格、数字和标点）"
                answer = f"“{text}”有 {count} 个字母{note}。"
            else:
                note = "" if only_letters else " (only letters are counted, not spaces, digits " \
                                               "or punctuation)"
                answer = f'"{text}" has {_plural(count, "letter")}{note}.'
            return Solution(value=str(count), answer=answer)
        count = len(text)
        without = sum(1 for char in text if not char.isspace())
        if problem.spaces == "not_counted":
            answer = (f"“{text}”不含空格有 {without} 个字符。" if zh else
                      f'"{text}" has {_plural(without, "character")} not counting spaces.')
            return Solution(value=str(without), answer=answer)
        if zh:
            note = f"（含空格；不含空格为 {without} 个）" if without != count else ""
            answer = f"“{text}”有 {count} 个字符{note}。"
        else:
            note = f", including spaces ({without} without spaces)" if without != count else ""
            answer = f'"{text}" has {_plural(count, "character")}{note}.'
        return Solution(value=str(count), answer=answer)


# --------------------------------------------------------------------------------------------
# vowel_count: vowels (a, e, i, o, u) or consonants
# --------------------------------------------------------------------------------------------

# "vowels (a, e, i, o, u only — y doesn't count)": the vowels this solver counts anyway; any
# other set ("and sometimes y") leaves the pattern unmatched.
_AEIOU = (r"(?:\s*\((?:the\s+)?(?:vowels\s+)?a\s*,\s*e\s*,\s*i\s*,\s*o\s*,?\s*(?:and\s+|or\s+)?u"
          r"(?:\s+only)?(?:\s*(?:[-—–;,]|but)\s*(?:y\s+(?:doesn'?t|does\s+not|isn'?t|is\s+not)"
          r"\s+(?:count|a\s+vowel|included)|not\s+y|no\s+y|excluding\s+y|y\s+excluded))?\s*\))?")
_V = rf"(?P<v>vowels?|consonants?)(?:\s+letters?)?{_AEIOU}"
_VOWEL_EN = _compile([
    rf"how\s+many\s+{_V}(?:\s+(?:are|is))?(?:\s+there)?\s+(?:in|within|inside)\s+{_S}",
    rf"how\s+many\s+{_V}\s+(?:does|do)\s+{_S}\s+(?:have|contain|use)",
    rf"how\s+many\s+{_V}\s+{_S}\s+(?:has|contains|uses)",
    rf"count\s+(?:the\s+|all\s+(?:the\s+)?)?(?:number\s+of\s+)?{_V}\s+(?:in|of)\s+{_S}",
    rf"(?:{_FIND}\s+)?(?:the\s+)?(?:total\s+)?(?:number|count)\s+of\s+{_V}\s+(?:in|of)\s+"
    rf"{_S}",
    rf"{_S}\s+(?:has|contains)\s+how\s+many\s+{_V}",
    rf"{_FRONT}\s+{_S}\s*,?\s+how\s+many\s+{_V}(?:\s+(?:are\s+there|are|is\s+there|do\s+you\s+see))?",
    rf"how\s+many\s+{_V}\s+(?:appear|occur|are\s+used|are\s+found)\s+in\s+{_S}",
    rf"how\s+many\s+(?:of\s+(?:the|its)\s+)?letters\s+(?:in|of)\s+{_S}\s+are\s+"
    rf"(?P<v>vowels|consonants)",
])
_V_ZH = r"(?P<v>元音|辅音|母音|子音)(?:字母)?"
_VOWEL_ZH = _compile([
    rf"{_COUNT_VERB_ZH}{_ZS}\s*{_IN_ZH}?\s*(?:一共|总共)?\s*(?:有|包含|含有)\s*(?:多少|几)\s*个\s*"
    rf"{_V_ZH}",
    rf"{_ZS}\s*{_IN_ZH}?\s*(?:的)?\s*{_V_ZH}\s*(?:一共|总共)?\s*有\s*(?:多少|几)\s*个",
    rf"{_ZS}\s*{_IN_ZH}?\s*(?:的)?\s*{_V_ZH}\s*(?:的)?\s*(?:个数|数量|数目|数)\s*(?:是|为)?\s*"
    r"(?:多少|几)(?:个)?",
    rf"(?:数一数|数数|统计一下|统计|算一算)\s*{_ZS}\s*{_IN_ZH}?\s*(?:的)?\s*{_V_ZH}"
    r"(?:\s*(?:的)?\s*(?:个数|数量))?",
])
_VOWELS = frozenset("aeiou")


class VowelCountProblem(Problem):
    kind: Literal["vowel_count"] = "vowel_count"
    text: str
    which: Literal["vowels", "consonants"]


_VOWEL_SEP = r"\s*[,/、，]\s*|\s+"
_FIVE_VOWELS = re.compile(
    rf"\s*(?:[(（]\s*|[—–]\s*|-\s+|,\s*)?(?:(?:the\s+)?vowels\s+(?:being|are|=)\s+)?"
    rf"a(?:{_VOWEL_SEP})e(?:{_VOWEL_SEP})i(?:{_VOWEL_SEP})o(?:{_VOWEL_SEP}|,?\s+(?:or|and)\s+|、|和)u"
    rf"(?:\s+only)?\s*[)）]?(?=\s*(?:[?？.。!！]\s*)?$|\s+in\b|\s*[?？])", re.IGNORECASE)


class VowelCountSolver(_GrammarSolver[VowelCountProblem]):
    """Counts vowels (a, e, i, o, u; never y) or consonants in a word or quoted text.

    Example:
        >>> from guardrail.solvers import Query
        >>> solver = VowelCountSolver()
        >>> parsed = solver.parse(Query(text="How many vowels are in 'education'?"))
        >>> solver.solve(parsed.problem, Query(text="")).value
        '5'
    """

    name = "vowel_count"
    family = "counting"
    _english = _VOWEL_EN
    _chinese = _VOWEL_ZH
    _unmatched = "not a complete vowel/consonant question"
    _ignores_case = True

    def parse(self, query: Query) -> Parsed[VowelCountProblem] | Declined:
        # "(a, e, i, o, u)", "— a, e, i, o or u?", "(a/e/i/o/u)": the five vowels this solver
        # counts anyway, listed to say y is not one; a list with y or without a letter stays.
        said = _FIVE_VOWELS.sub("", query.text)
        return super().parse(query.model_copy(update={"text": said}) if said != query.text
                             else query)

    def _build(self, match: re.Match[str], query: Query) -> VowelCountProblem | Declined:
        subject = _subject_text(match, "s", query.language)
        if isinstance(subject, Declined):
            return subject
        kind = match.group("v").casefold()
        which: Literal["vowels", "consonants"] = (
            "vowels" if kind.startswith(("vowel", "元音", "母音")) else "consonants")
        return VowelCountProblem(text=subject, which=which)

    def solve(self, problem: VowelCountProblem, query: Query) -> Solution | Declined:
        letters = [char for char in problem.text if char.isalpha()]
        if not all(char.isascii() for char in letters) or not _plain_characters(problem.text):
            return Declined(reason="accented or non-Latin letters: vowel conventions differ")
        vowels = sum(1 for char in letters if char.lower() in _VOWELS)
        count = vowels if problem.which == "vowels" else len(letters) - vowels
        text, zh = problem.text, query.language == "zh"
        if problem.which == "vowels":
            if zh:
                answer = f"“{text}”中有 {count} 个元音字母（a、e、i、o、u；y 不算元音）。"
            else:
                answer = (f'"{text}" has {_plural(count, "vowel")} (a, e, i, o, u; y is not '
                          "counted as a vowel).")
        elif zh:
            answer = f"“{text}”中有 {count} 个辅音字母（a、e、i、o、u 以外的字母；y 算作辅音）。"
        else:
            answer = (f'"{text}" has {_plural(count, "consonant")} (letters other than a, e, i, '
                      "o, u; y counts as a consonant).")
        return Solution(value=str(count), answer=answer)


# --------------------------------------------------------------------------------------------
# word_count: words of a quoted sentence
# --------------------------------------------------------------------------------------------

_SQ = (rf"(?:(?P<sqn>(?:the\s+|this\s+(?=\w+\s*:))?(?:following\s+)?(?:{_NOUNS}))"
       r"(?:\s*:\s*|\s+)|the\s+)?"
       rf"(?P<sq>{_QUOTED})")
# Only at the end of a question: "… in the following sentence: I like green apples."
_SQ_END = (rf"(?:{_SQ}|(?:the\s+following|this)\s+(?:sentence|text|phrase|passage|paragraph)\s*:\s*"
           r"(?P<sc>[^\n]+))")
# The text after a colon, a dash or a line break ("Count the words please:\nMy grandmother …",
# "… how many words this line has — He forgot …"), or a quoted text after the question mark
# ('… how many words this has? "My grandmother …"'). An unquoted text runs to the end.
_AFTER_COLON = (rf"(?:\s*,?\s*(?:please|pls))?\s*(?P<colon>:|\s[—–]|[—–]\s|\n|\?(?=\s*{_QUOTED}))"
                rf"\s*(?:(?P<sq>{_QUOTED})|(?P<sc>[^\n]+))")
_WORD_COUNT_EN = _compile([
    rf"how\s+many\s+words(?:\s+(?:are|is))?(?:\s+there)?\s+(?:in|within|inside)\s+{_SQ_END}",
    rf"how\s+many\s+words\s+(?:does|do)\s+{_SQ}\s+(?:have|contain|consist\s+of|use)",
    rf"how\s+many\s+words\s+{_SQ}\s+(?:has|contains|consists\s+of|uses)",
    rf"count\s+(?:the\s+|all\s+(?:the\s+)?)?(?:number\s+of\s+)?words\s+(?:in|of)\s+{_SQ_END}",
    # "Count the words in the following sentence. Coffee tastes better when …", "Word count
    # for the following, please. she sells …": the text announced comes after the mark
    rf"(?:count\s+(?:the\s+|all\s+(?:the\s+)?)?(?:number\s+of\s+)?words\s+in"
    rf"|how\s+many\s+words\s+are\s+(?:there\s+)?in"
    rf"|(?:what(?:'s|\s+is)\s+)?(?:the\s+)?word\s+count\s+(?:for|of))"
    rf"\s+the\s+following(?:\s+(?P<sqn>sentence|line|phrase))?(?:\s*,?\s+please)?\s*"
    rf"(?P<colon>[.:?])\s*+(?!(?:then|also|and|now|next|after|count|tell|give|what|how|please"
    rf"|list|reverse|spell|write)\b)(?:(?P<sq>{_QUOTED})|(?P<sc>[^\n]+))",
    rf"(?:{_FIND}\s+)?(?:the\s+)?(?:(?:total\s+)?number\s+of\s+words|word\s+count)\s+"
    rf"(?:in|of|for)\s+{_SQ_END}",
    # "How many words does the following have? A cold wind …", "I need the number of words in
    # the following line: My grandmother …"
    rf"(?:(?:{_FIND}\s+)?(?:the\s+)?(?:total\s+)?number\s+of\s+words\s+in"
    rf"|how\s+many\s+words\s+(?:does|do))\s+the\s+following(?:\s+(?P<sqn>sentence|line|phrase))?"
    rf"(?:\s+(?:have|contain))?\s*(?P<colon>[:?])\s*+(?!(?:then|also|and|now|next|after|count"
    rf"|tell|give|what|how|please|list|reverse|spell|write)\b)(?:(?P<sq>{_QUOTED})|(?P<sc>[^\n]+))",
    rf"{_SQ}\s+(?:has|contains|consists\s+of)\s+how\s+many\s+words",
    rf"{_FRONT}\s+{_SQ}\s*,?\s+how\s+many\s+words(?:\s+(?:are\s+there|are|is\s+there|do\s+you\s+see))?",
    rf"how\s+many\s+words\s+(?:long\s+)?is\s+{_SQ}(?:\s+long)?",
    rf"how\s+many\s+words\s+(?:are\s+)?(?:used|written|found)\s+in\s+{_SQ_END}",
    rf"how\s+many\s+words\s+make\s+up\s+{_SQ_END}",
    # the text first, then the question: 'My draft says "…". How many words?', 'Word count check
    # for a tweet draft: "…" how many words is that?'
    rf"(?:(?P<wlead>(?:my|the|this|our)\s+(?:[a-z]+\s+){{0,2}}?(?:says|reads|is)"
    rf"|[A-Za-z][\w' ]{{0,60}}?)\s*:?\s+)?{_SQ}"
    # what the text is for: 'I wrote "…" as my caption. How many words is that?'
    rf"(?:\s+(?P<wtail>(?:as|for)\s+(?:my|a|the|our|his|her|their)\s+(?:[a-z]+\s+){{0,2}}?"
    rf"[a-z]+))?"
    rf"\s*[.,—–-]?\s*how\s+many\s+words"
    r"(?:\s+(?:is\s+(?:that|this|it)|are\s+(?:there|in\s+(?:it|that|this))"
    r"|(?:does\s+)?(?:it|that|this)\s+(?:have|has|contain)))?",
    # the text after a colon: "How many words does this sentence have: 'The quick brown fox'?",
    # "Count the words in: …", "Count the words: …"
    rf"how\s+many\s+words\s+(?:does|do)\s+(?:this|the\s+following)\s+(?P<sqn>{_NOUNS})\s+"
    rf"(?:have|contain|consist\s+of|use){_AFTER_COLON}",
    # embedded: "I need to know how many words this line has — …"
    rf"how\s+many\s+words\s+(?:this|the\s+following)(?:\s+(?P<sqn>{_NOUNS}|line))?\s+"
    rf"(?:has|contains|consists\s+of|uses){_AFTER_COLON}",
    rf"(?:how\s+many\s+words(?:\s+(?:are\s+there|are|is\s+there))?|count\s+(?:the\s+|all\s+"
    rf"(?:the\s+)?)?(?:number\s+of\s+)?words|(?:{_FIND}\s+)?(?:the\s+)?(?:(?:total\s+)?number\s+"
    rf"of\s+words|word\s+count))(?:\s+(?:in|of|for))?{_AFTER_COLON}",
])
# Words before a quoted text that change what its word count means.
_WORD_COUNT_DANGER = word_set("""only except excluding unique distinct different letters letter
characters character syllables syllable nouns verbs adjectives without not ignore ignoring long
longer longest short shorter first last each per hyphen hyphenated contractions numbers title
book novel poem song""")
_ZQ = (
    r"(?:(?P<sqn>英文句子|句子|短语|文本|这句话|这个句子)\s*[:：]?\s*)?"
    rf"(?P<sq>{_QUOTED})(?:\s*(?P<sqm>这句话|这个句子|这个短语|这段话|这段文字|这句英文))?"
)
_WORD_ZH = r"(?:英文)?(?:单词|词)"
# "这句英文有多少个单词：The cat sat."; the text after the colon is the sentence.
# A demonstrative is required: "英语有多少个单词：…" asks about the language.
_ZH_THIS_TEXT = (r"(?P<sqn>(?:(?:下面|以下|下列|如下)(?:的)?\s*(?:这(?:句|个|段))?"
                 r"|这(?:句|个|段))\s*(?:英文|英语)?\s*(?:句子|话|短语|文本|文字)?)")
_ZH_TEXT_END = rf"\s*[:：]\s*(?:(?P<sq>{_QUOTED})|(?P<sc>[^\n]+))"
_WORD_COUNT_ZH = _compile([
    rf"{_COUNT_VERB_ZH}{_ZH_THIS_TEXT}\s*{_IN_ZH}?\s*(?:一共|总共)?\s*(?:有|包含|含有)\s*(?:多少|几)\s*"
    rf"个\s*{_WORD_ZH}{_ZH_TEXT_END}",
    rf"{_ZH_THIS_TEXT}\s*(?:的)?\s*{_WORD_ZH}\s*(?:个数|数量|数目|数)\s*(?:是|为)?\s*(?:多少|几)(?:个)?"
    rf"{_ZH_TEXT_END}",
    rf"(?:统计|计算|数一数|数数|数)\s*(?:一下)?\s*{_ZH_THIS_TEXT}\s*{_IN_ZH}?\s*(?:的)?\s*{_WORD_ZH}\s*"
    rf"(?:的)?\s*(?:个数|数量|数目|数){_ZH_TEXT_END}",
    rf"{_COUNT_VERB_ZH}{_ZQ}\s*{_IN_ZH}?\s*(?:(?:一共|总共)\s*(?:有|包含|含有)?|有|包含|含有)\s*"
    rf"(?:多少|几)\s*个\s*{_WORD_ZH}",
    # the text on its own line, then the question: "Every morning I …\n这句话里有多少个词？"
    rf"(?P<sc>[A-Za-z][^\n]{{0,300}}?)\s*\n\s*(?P<sqm>这句话|这个句子|这句英文|这段话)\s*{_IN_ZH}?\s*"
    rf"(?:一共|总共)?\s*(?:有|包含)?\s*(?:多少|几)\s*个\s*{_WORD_ZH}",
    rf"{_ZQ}\s*(?:的)?\s*{_WORD_ZH}\s*(?:个数|数量|数目|数)\s*(?:是|为)?\s*(?:多少|几)(?:个)?",
    # "这句英文“please bring two apples”有几个单词？": the quoted text right after the pointer
    rf"{_ZH_THIS_TEXT}\s*(?P<sq>{_QUOTED})\s*{_IN_ZH}?\s*(?:一共|总共)?\s*(?:有|包含|含有)\s*"
    rf"(?:多少|几)\s*个\s*{_WORD_ZH}",
    rf"{_ZQ}\s*(?:一共|总共)?\s*(?:是)?\s*由\s*(?:多少|几)\s*个\s*{_WORD_ZH}\s*(?:组成|构成)(?:的)?",
    rf"(?:统计|计算|数一数|数数)\s*(?:一下)?\s*{_ZQ}\s*{_IN_ZH}?\s*(?:的)?\s*{_WORD_ZH}\s*(?:的)?\s*"
    r"(?:个数|数量|数目|数)",
    rf"{_ZQ}\s*{_IN_ZH}?\s*(?:的)?\s*{_WORD_ZH}\s*(?:一共|总共)?\s*有\s*(?:多少|几)\s*个",
])
_POINTER_MAX_WORDS = 5
_POINTERS = frozenset({"your", "my", "his", "her", "their", "our", "its", "this", "that", "these",
                       "those"})
_WORD_BREAKERS = frozenset("/\\—–…&+=|")
_TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "with",
     "by", "from", "as", "into", "is"})


def _looks_like_title(text: str) -> bool:
    """Title Case ("War and Peace", "Hamlet"): the question may be about the work, not the text."""
    words = [word.strip("\"'‘’“”.,:;!?()") for word in text.split()]
    significant = [word for word in words if word and word.casefold() not in _TITLE_SMALL_WORDS]
    return bool(significant) and all(word[0].isupper() or not word[0].isalpha()
                                     for word in significant)


class WordCountProblem(Problem):
    kind: Literal["word_count"] = "word_count"
    text: str


class WordCountSolver(_GrammarSolver[WordCountProblem]):
    """Counts the space-separated words of a quoted sentence.

    Example:
        >>> from guardrail.solvers import Query
        >>> solver = WordCountSolver()
        >>> parsed = solver.parse(Query(text="How many words are in 'I like green apples'?"))
        >>> solver.solve(parsed.problem, Query(text="")).value
        '4'
    """

    name = "word_count"
    family = "counting"
    _english = _WORD_COUNT_EN
    _chinese = _WORD_COUNT_ZH
    _unmatched = "not a complete word-count question"

    def _build(self, match: re.Match[str], query: Query) -> WordCountProblem | Declined:
        quoted = match.groupdict().get("sq")
        text: str = quoted[1:-1] if quoted is not None else match.group("sc")
        if not text.strip():
            return Declined(reason="no text to count words in")
        said = " ".join(match.groupdict().get(name) or "" for name in ("wlead", "wtail"))
        if _WORD_COUNT_DANGER & set(re.findall(r"[a-z']+", said.lower())):
            return Declined(reason="the words before the text may change what is counted")
        introduced = any(_has_group(match, name) for name in ("sqn", "sqm", "sc", "colon",
                                                                "wlead"))
        if _has_group(match, "colon") and not _has_group(match, "sqn") and (
                _has_group(match, "sc") and (_looks_like_title(text) or (
                    text.split()[0].casefold() in _POINTERS
                    and len(text.split()) <= _POINTER_MAX_WORDS))):
            # "Count the words in: your last answer" / "…: the Bible" name a text elsewhere;
            # a longer text is a sentence of its own ("My grandmother bakes the best …").
            return Declined(reason="the text after the colon may name a text, not be one")
        if not introduced and _looks_like_title(text):
            # "How many words are in 'War and Peace'?" is about the novel.
            return Declined(reason="a quoted title: the question may be about the work")
        return WordCountProblem(text=text.strip())

    def solve(self, problem: WordCountProblem, query: Query) -> Solution | Declined:
        tokens = problem.text.split()
        for token in tokens:
            if not any(char.isalpha() for char in token):
                return Declined(reason=f"{token!r} has no letters: is it a word?")
            if any(char in _WORD_BREAKERS for char in token):
                return Declined(reason=f"{token!r} may be one word or several")
            if any(_category(char) in ("Lo", "Lm") for char in token):
                return Declined(reason="scripts without spaces between words are not counted")
        count = len(tokens)
        if query.language == "zh":
            answer = f"“{problem.text}”中有 {count} 个单词（按空格分词）。"
        else:
            answer = (f'"{problem.text}" has {_plural(count, "word")} (space-separated; '
                      "hyphenated words and contractions count as one).")
        return Solution(value=str(count), answer=answer)


# --------------------------------------------------------------------------------------------
# distinct_letters: how many different letters
# --------------------------------------------------------------------------------------------

_ADJ = r"(?:distinct|unique|different)"
_ONCE = (r"(?:(?:counting|count)\s+(?:each|every)\s+(?:letter|character)\s+(?:only\s+)?once"
         r"|(?:each|every)\s+(?:letter|character)\s+counted\s+(?:only\s+)?once)")
_LETTERS_OF = rf"(?:\s+(?:are|is))?(?:\s+there)?\s+(?:in|within)\s+{_S}"
_DISTINCT_EN = _compile([
    rf"how\s+many\s+{_ADJ}\s+letters(?:\s+(?:are|is))?(?:\s+there)?\s+(?:in|within|inside)\s+{_S}",
    rf"how\s+many\s+{_ADJ}\s+letters\s+(?:does|do)\s+{_S}\s+(?:have|contain|use)",
    rf"how\s+many\s+{_ADJ}\s+letters\s+{_S}\s+(?:has|contains|uses)",
    rf"how\s+many\s+{_ADJ}\s+letters\s+(?:are\s+)?(?:used|needed|required)\s+(?:in|to\s+(?:spell|"
    rf"write))\s+{_S}",
    rf"count\s+(?:the\s+)?(?:number\s+of\s+)?{_ADJ}\s+letters\s+(?:in|of)\s+{_S}",
    rf"(?:{_FIND}\s+)?(?:the\s+)?(?:total\s+)?number\s+of\s+{_ADJ}\s+letters\s+"
    rf"(?:in|of|used\s+in)\s+{_S}",
    rf"{_S}\s+(?:has|contains|uses)\s+how\s+many\s+{_ADJ}\s+letters",
    rf"{_FRONT}\s+{_S}\s*,?\s+how\s+many\s+{_ADJ}\s+letters(?:\s+(?:are\s+there|are|is\s+there|"
    r"appear))?",
    rf"how\s+many\s+{_ADJ}\s+letters\s+(?:appear|occur)\s+in\s+{_S}",
    # the letters counted once, said before or after a plain length question: "Counting each
    # letter only once, how many letters are in 'senseless'?"
    rf"{_ONCE}\s*,\s*how\s+many\s+letters{_LETTERS_OF}",
    rf"how\s+many\s+letters{_LETTERS_OF}(?:\s*,\s*|\s+)\(?{_ONCE}\)?",
])
_DIFFERENT_ZH = r"(?:不同|不重复|互不相同|不一样)\s*(?:的)?"
_DISTINCT_ZH = _compile([
    rf"{_COUNT_VERB_ZH}{_ZS}\s*{_IN_ZH}?\s*(?:一共|总共)?\s*(?:有|包含|含有|用了|用到了?)\s*"
    rf"(?:多少|几)\s*(?:个|种)\s*{_DIFFERENT_ZH}\s*字母",
    rf"{_COUNT_VERB_ZH}{_ZS}\s*{_IN_ZH}?\s*(?:一共|总共)?\s*(?:有|包含|含有|用了|用到了?)\s*"
    r"(?:多少|几)\s*种\s*字母",
    # "单词 banana 由多少种不同的字母组成"
    rf"{_COUNT_VERB_ZH}{_ZS}\s*(?:是)?\s*由\s*(?:多少|几)\s*(?:个|种)\s*{_DIFFERENT_ZH}\s*字母\s*"
    r"(?:组成|构成)",
    rf"{_ZS}\s*{_IN_ZH}?\s*(?:的)?\s*{_DIFFERENT_ZH}\s*字母\s*(?:一共|总共)?\s*有\s*(?:多少|几)\s*"
    r"(?:个|种)",
    rf"{_ZS}\s*{_IN_ZH}?\s*(?:的)?\s*{_DIFFERENT_ZH}\s*字母\s*(?:的)?\s*(?:个数|数量|数目|数)\s*"
    r"(?:是|为)?\s*(?:多少|几)(?:个)?",
])


class DistinctLettersProblem(Problem):
    kind: Literal["distinct_letters"] = "distinct_letters"
    text: str


class DistinctLettersSolver(_GrammarSolver[DistinctLettersProblem]):
    """Counts the different letters of a word or quoted text, case-insensitively.

    Example:
        >>> from guardrail.solvers import Query
        >>> solver = DistinctLettersSolver()
        >>> parsed = solver.parse(Query(text="How many distinct letters are in 'banana'?"))
        >>> solver.solve(parsed.problem, Query(text="")).value
        '3'
    """

    name = "distinct_letters"
    family = "counting"
    _english = _DISTINCT_EN
    _chinese = _DISTINCT_ZH
    _unmatched = "not a complete distinct-letters question"
    _ignores_case = True

    def _build(self, match: re.Match[str], query: Query) -> DistinctLettersProblem | Declined:
        subject = _subject_text(match, "s", query.language)
        if isinstance(subject, Declined):
            return subject
        return DistinctLettersProblem(text=subject)

    def solve(self, problem: DistinctLettersProblem, query: Query) -> Solution | Declined:
        letters = [char for char in problem.text if char.isalpha()]
        if not letters:
            return Declined(reason="the text has no letters")
        if not all(char.isascii() for char in letters) or not _plain_characters(problem.text):
            return Declined(reason="accented or non-Latin letters: whether é and e differ is a "
                                   "convention")
        distinct = sorted({char.lower() for char in letters})
        count = len(distinct)
        if query.language == "zh":
            answer = (f"“{problem.text}”中有 {count} 个不同的字母：{'、'.join(distinct)}"
                      "（不区分大小写）。")
        else:
            answer = (f'"{problem.text}" has {count} distinct '
                      f'{"letter" if count == 1 else "letters"}: {", ".join(distinct)} '
                      "(not case-sensitive).")
        return Solution(value=str(count), answer=answer)


# --------------------------------------------------------------------------------------------
# nth_letter: the n-th, last, or n-th-from-last letter
# --------------------------------------------------------------------------------------------

_ORDINAL_WORDS = {
    word: index for index, word in enumerate([
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth", "twentieth"], start=1)
}
_ORD = rf"(?P<o>{'|'.join(_ORDINAL_WORDS)}|\d{{1,5}}(?:st|nd|rd|th))"
_POS = (
    r"(?:(?:very\s+)?(?P<last>last|final)|(?P<pen>penultimate|next[\s-]+to[\s-]+(?:the[\s-]+)?"
    r"last)|(?P<ante>antepenultimate)"
    rf"|{_ORD}(?P<fromend>[\s-]+(?:to|from)[\s-]+(?:the[\s-]+)?(?:last|end))?)"
)
_U1 = r"(?P<u>letter|character|char)"
_POSNUM = r"position\s+(?:number\s+|no\.?\s*|#\s*)?(?P<num>\d{1,5})"
_NTH_EN = _compile([
    rf"(?:(?:what\s+is|what's|whats|which\s+is|give(?:\s+me)?|name|find|identify|print|output|"
    rf"return|say|state)\s+)?(?:the\s+)?{_POS}\s+{_U1}\s+(?:of|in)\s+{_S}",
    rf"(?:what|which)\s+{_U1}\s+(?:is|comes|appears|is\s+found|sits)\s+(?:the\s+)?{_POS}"
    rf"(?:\s+one)?\s+in\s+{_S}",
    rf"(?:what|which)\s+{_U1}\s+is\s+(?:in|at)\s+(?:the\s+)?{_POS}\s+(?:position|place|spot)\s+"
    rf"(?:in|of)\s+{_S}",
    # a cardinal position is 1-based ("position 3"); an "index" could be 0-based, so it is not
    # read
    rf"(?:what|which)\s+{_U1}\s+is\s+(?:in|at)\s+{_POSNUM}\s+(?:in|of)\s+{_S}",
    rf"(?:{_FIND}\s+)?the\s+{_U1}\s+(?:in|at)\s+{_POSNUM}\s+(?:in|of)\s+{_S}",
    rf"{_FRONT}\s+{_S}\s*,?\s+(?:what|which)\s+{_U1}\s+is\s+(?:in|at)\s+{_POSNUM}",
    rf"(?:what|which)\s+{_U1}\s+(?:does|do)\s+{_S}\s+(?P<se>start|begin|end|finish)\s+with",
    rf"{_S}\s+(?P<se>starts|begins|ends|finishes)\s+with\s+(?:what|which)\s+{_U1}",
    rf"(?:(?:what\s+is|what's|tell\s+me|give\s+me)\s+)?{_U1}\s+(?:number|no\.?|#)\s*(?P<num>\d{{1,5}})\s+"
    rf"(?:of|in)\s+{_S}",
    # "In the word elephant, which letter comes second?"
    rf"{_FRONT}\s+{_S}\s*,?\s+(?:what|which)\s+{_U1}\s+(?:is|comes|appears|sits)\s+(?:the\s+)?{_POS}"
    r"(?:\s+one)?",
    rf"{_FRONT}\s+{_S}\s*,?\s+(?:what\s+is|what's|which\s+is)\s+the\s+{_POS}\s+{_U1}",
    # "Which letter is at the beginning of keyboard?"
    rf"(?:what|which)\s+{_U1}\s+(?:is|comes|sits|appears)\s+at\s+the\s+(?P<se>beginning|start"
    rf"|end)\s+of\s+{_S}",
    # The subject first, then the question about "it": "The word keyboard — which letter is at
    # the beginning of it?", "The word keyboard: what is its first letter?"
    rf"{_S}\s*(?:[—–]+|--?|[,:;])\s*(?:what|which)\s+{_U1}\s+(?:is|comes|sits|appears)\s+"
    rf"at\s+the\s+(?P<se>beginning|start|end)\s+of\s+it",
    rf"{_S}\s*(?:[—–]+|--?|[,:;])\s*(?:what\s+is|what's|which\s+is)\s+its\s+{_POS}\s+{_U1}",
    rf"{_S}\s*(?:[—–]+|--?|[,:;])\s*(?:what|which)\s+{_U1}\s+(?:does|do)\s+it\s+"
    rf"(?P<se>start|begin|end|finish)\s+with",
])
_ZH_NUM = r"(?:\d{1,5}|[一二两三四五六七八九十]{1,3})"
_POS_ZH = (
    rf"(?:第\s*(?P<zo>{_ZH_NUM})\s*个|倒数第\s*(?P<zb>{_ZH_NUM})\s*个"
    r"|(?P<zlast>最后一个|最后|末尾的?|最末一个|结尾的?)|(?P<zfirst>首|开头的?|头一个))"
)
_U1_ZH = r"(?P<u>字母|字符)"
_NTH_ZH = _compile([
    # "queue 从左往右数第 4 个字母是什么": counted from the left, as positions are
    rf"{_ZS}\s*(?:的|中的|里的|中|里)?\s*(?:从左(?:往|向|到)右数?\s*)?{_POS_ZH}\s*(?:的)?\s*{_U1_ZH}"
    r"\s*(?:是|为)?\s*(?:什么|哪个|哪一个|啥)?(?:字母|字符)?",
    rf"{_ZS}\s*(?:是)?\s*(?:以|由)\s*(?:什么|哪个|哪一个)\s*{_U1_ZH}\s*(?P<zse>开头|结尾|结束|开始)"
    r"(?:的)?",
    rf"{_ZS}\s*(?:的)?\s*(?P<zse>开头|结尾)\s*(?:的)?\s*{_U1_ZH}\s*(?:是|为)\s*(?:什么|哪个|哪一个|啥)",
])


class NthLetterProblem(Problem):
    kind: Literal["nth_letter"] = "nth_letter"
    text: str
    position: int  # 1-based
    from_end: bool = False
    unit: Literal["letter", "character"] = "letter"


def _ordinal(text: str) -> int | None:
    word = text.casefold()
    if word in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[word]
    match = re.fullmatch(r"(\d+)(st|nd|rd|th)", word)
    if match is None:
        return None
    value = parse_integer(match.group(1))
    if value is None:
        return None
    expected = "th" if value % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(
        value % 10, "th")
    return value if match.group(2) == expected else None


def _ordinal_text(value: int) -> str:
    suffix = "th" if value % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(
        value % 10, "th")
    return f"{value}{suffix}"


class NthLetterSolver(_GrammarSolver[NthLetterProblem]):
    """The letter (or character) at a position of a word, counted from the start or the end.

    Example:
        >>> from guardrail.solvers import Query
        >>> solver = NthLetterSolver()
        >>> parsed = solver.parse(Query(text="What is the 3rd letter of 'strawberry'?"))
        >>> solver.solve(parsed.problem, Query(text="")).value
        'r'
    """

    name = "nth_letter"
    family = "strings"
    _english = _NTH_EN
    _chinese = _NTH_ZH
    _unmatched = "not a complete letter-position question"

    def _build(self, match: re.Match[str], query: Query) -> NthLetterProblem | Declined:
        subject = _subject_text(match, "s", query.language)
        if isinstance(subject, Declined):
            return subject
        groups = {key: value for key, value in match.groupdict().items() if value is not None}
        position: int | None
        from_end = False
        if "se" in groups or "zse" in groups:
            edge = (groups.get("se") or groups["zse"]).casefold()
            position, from_end = 1, edge.startswith(("end", "finish", "结"))
        elif "num" in groups:
            position = parse_integer(groups["num"])
        elif "last" in groups or "zlast" in groups:
            position, from_end = 1, True
        elif "pen" in groups:
            position, from_end = 2, True
        elif "ante" in groups:
            position, from_end = 3, True
        elif "zfirst" in groups:
            position = 1
        elif "zo" in groups or "zb" in groups:
            position, from_end = _zh_int(groups.get("zo") or groups["zb"]), "zb" in groups
        else:
            position, from_end = _ordinal(groups["o"]), "fromend" in groups
        if position is None:
            return Declined(reason="the position is not a well-formed ordinal")
        if not 1 <= position <= _MAX_POSITION:
            return Declined(reason="the position is outside any accepted text")
        unit: Literal["letter", "character"] = (
            "character" if groups["u"].casefold().startswith(("char", "字符")) else "letter")
        if unit == "character" and query.language != "zh" and not _introduced(match, "s"):
            # "What is the first character in Hamlet?" may ask about a play, not a spelling.
            return Declined(reason="'character of X' about an unquoted word is ambiguous")
        return NthLetterProblem(text=subject, position=position, from_end=from_end, unit=unit)

    def solve(self, problem: NthLetterProblem, query: Query) -> Solution | Declined:
        text = problem.text
        if problem.unit == "letter" and not _cased_letters_only(text):
            return Declined(reason="the word holds non-letters, so letter positions are "
                                   "ambiguous")
        if not _plain_characters(text):
            return Declined(reason="text holds marks or symbols made of several code points")
        if problem.position > len(text):
            return Declined(reason=f'"{text}" has only {len(text)} {problem.unit}s')
        index = len(text) - problem.position if problem.from_end else problem.position - 1
        char = text[index]
        zh = query.language == "zh"
        if problem.from_end and problem.position == 1:
            where = "最后一个" if zh else "last"
        elif problem.from_end:
            where = (f"倒数第 {problem.position} 个" if zh
                     else f"{_ordinal_text(problem.position)}-to-last")
        elif problem.position == 1:
            where = "第一个" if zh else "first"
        else:
            where = f"第 {problem.position} 个" if zh else _ordinal_text(problem.position)
        if zh:
            noun = "字母" if problem.unit == "letter" else "字符"
            answer = f"“{text}”的{where}{noun}是“{char}”。"
        else:
            answer = f'The {where} {problem.unit} of "{text}" is "{char}".'
        return Solution(value=char, answer=answer)


# --------------------------------------------------------------------------------------------
# reverse_string: a word spelled backwards
# --------------------------------------------------------------------------------------------

_BACK = (r"(?:backwards?|in\s+reverse(?:\s+order)?|reversed|back\s*to\s*front"
         r"|(?:from\s+)?right\s+to\s+left)")
_REVERSE_EN = _compile([
    rf"(?P<rv>reverse)\s+(?:the\s+(?P<x>(?:order\s+of\s+(?:the\s+)?)?(?:letters|characters))\s+"
    rf"(?:in|of)\s+)?{_S}",
    rf"(?P<sp>spell)\s+{_S}\s+{_BACK}",
    rf"(?P<sp>spell)\s+{_BACK}\s*:?\s*{_S}",
    rf"(?:write|print|output|type|give\s+me|show\s+me|say)\s+{_S}\s+"
    rf"(?:(?P<sp>spelled|spelt|written)\s+)?{_BACK}",
    rf"how\s+(?:do|would|does|can)\s+(?:you|I|one|we)\s+(?P<sp>spell|write)\s+{_S}\s+{_BACK}",
    rf"how\s+is\s+{_S}\s+(?P<sp>spelled|spelt|written)\s+{_BACK}",
    rf"(?:what\s+is|what's)\s+{_S}\s+(?P<sp>spelled|spelt|written)\s+{_BACK}",
    rf"(?:what\s+is|what's)\s+{_S}\s+(?:reversed|backwards?|in\s+reverse)",
    rf"(?:what\s+is|what's)\s+the\s+reverse\s+of\s+{_S}",
    rf"(?P<rvq>what\s+do\s+you\s+get\s+(?:when|if)\s+you\s+reverse|(?:what\s+is|what's)\s+"
    rf"(?:the\s+result\s+of\s+)?reversing)\s+(?:the\s+(?P<x>(?:order\s+of\s+(?:the\s+)?)?"
    rf"(?:letters|characters))\s+(?:in|of)\s+)?{_S}",
    rf"what\s+does\s+{_S}\s+(?P<sp>spell)\s+{_BACK}",
    # "Write the letters of desserts in reverse order"
    rf"(?P<sp>write|give\s+me|list)\s+the\s+letters\s+(?:of|in)\s+{_S}\s+{_BACK}",
    # "Write “planet” with its letters in reverse order."
    rf"(?P<sp>write|spell|give\s+me)\s+{_S}\s+with\s+(?:its|the)\s+letters\s+{_BACK}",
    # "If you write yellow back to front, what do you get?", "If you read 'whisper' from right
    # to left, what do you get?", "What do you get if you read 'whisper' backwards?" (read
    # backwards, a text with spaces may reverse its word order)
    rf"(?:if|when)\s+(?:you|I|we)\s+(?:(?P<sp>spell|write)|read)\s+{_S}\s+{_BACK}\s*,?\s+"
    rf"what\s+(?:do|would|will)\s+(?:you|I|we)\s+get",
    rf"what\s+(?:do|would|will)\s+(?:you|I|we)\s+get\s+(?:if|when)\s+(?:you|I|we)\s+"
    rf"(?:(?P<sp>spell|write)|read)\s+{_S}\s+{_BACK}",
    # "Can you flip 'window' so it reads right to left?"
    rf"flip\s+{_S}\s+so\s+(?:that\s+)?it\s+reads\s+{_BACK}",
    rf"(?:what\s+is|what's)\s+the\s+(?:reversed?|backwards?)\s+(?P<sp>spelling)\s+of\s+{_S}",
])
_REV_ZH = r"(?:倒过来|反过来|倒着|反着|倒序|逆序|反向|颠倒过来|颠倒)"
_REVERSE_ZH = _compile([
    rf"(?:把|将)\s*{_ZS}\s*{_REV_ZH}\s*(?P<sp>拼写|拼|写|书写|拼出来|写出来|输出|排列|读)?(?:出来)?"
    r"(?:是什么|会是什么)?",
    rf"(?:把|将)\s*{_ZS}\s*(?:反转|翻转|倒转)(?:过来)?(?:一下)?(?:是什么)?",
    # "请把“pocket”的字母顺序颠倒"
    rf"(?:把|将)\s*{_ZS}\s*(?:的)?\s*字母\s*(?:的)?\s*顺序\s*(?:颠倒|反过来|倒过来|反转|倒转)(?:过来)?"
    r"(?:一下)?(?:是什么)?",
    rf"{_ZS}\s*{_REV_ZH}\s*(?P<sp>拼写|拼|写|读)?\s*(?:出来)?\s*(?:是什么|怎么拼|怎么写|是|是啥|是怎样的)",
    rf"{_ZS}\s*(?:的)?\s*(?:反转|倒序|逆序|倒写|反写)\s*(?:结果)?\s*(?:是什么|是|是啥)",
    rf"(?:反转|翻转|倒序(?:输出|拼写)?|逆序(?:输出|拼写)?|倒着(?P<sp>拼写?)|倒过来(?:拼写?|写)|"
    rf"反过来(?:拼写?|写))\s*{_ZS}",
])


class ReverseProblem(Problem):
    kind: Literal["reverse"] = "reverse"
    text: str


class ReverseSolver(_GrammarSolver[ReverseProblem]):
    """Spells a word (or a string whose letters are asked for) backwards.

    Example:
        >>> from guardrail.solvers import Query
        >>> solver = ReverseSolver()
        >>> parsed = solver.parse(Query(text="Spell 'lemon' backwards"))
        >>> solver.solve(parsed.problem, Query(text="")).value
        'nomel'
    """

    name = "reverse_string"
    family = "strings"
    _english = _REVERSE_EN
    _chinese = _REVERSE_ZH
    _unmatched = "not a complete reversal request"

    def _build(self, match: re.Match[str], query: Query) -> ReverseProblem | Declined:
        subject = _subject_text(match, "s", query.language)
        if isinstance(subject, Declined):
            return subject
        if ((_has_group(match, "rv") or _has_group(match, "rvq"))
                and not _introduced(match, "s") and not _has_group(match, "x")):
            # "Reverse psychology" is a topic, not a word to reverse; "reverse the letters of
            # notebook" can only spell.
            return Declined(reason="'reverse X' with an unquoted word may not be a spelling "
                                   "request")
        noun = (match.groupdict().get("sn") or "").casefold()
        letters_asked = (_has_group(match, "x") or _has_group(match, "sp")
                         or noun.endswith(("string", "字符串")))
        if any(char.isspace() for char in subject) and not letters_asked:
            return Declined(reason="reversing a text with spaces could mean reversing its "
                                   "word order")
        return ReverseProblem(text=subject)

    def solve(self, problem: ReverseProblem, query: Query) -> Solution | Declined:
        if not _plain_characters(problem.text):
            return Declined(reason="text holds marks or symbols that reverse ambiguously")
        reversed_text = problem.text[::-1]
        if query.language == "zh":
            answer = f"“{problem.text}”倒过来是“{reversed_text}”。"
        else:
            answer = f'"{problem.text}" reversed is "{reversed_text}".'
        return Solution(value=reversed_text, answer=answer)


# --------------------------------------------------------------------------------------------
# anagram_check: yes/no
# --------------------------------------------------------------------------------------------

_A = _subject("a")
_B = _subject("b")
_EACH = r"(?:\s+(?:of|for)\s+(?:each\s+other|one\s+another))?"
_OR_NOT = r"(?:\s*,?\s+or\s+not)?"
_CHECK = r"(?:check|determine|decide|verify|tell\s+me|find\s+out|see)\s+(?:if|whether)\s+"
_ANAGRAM_NOTE_EN = (
    r"(?:\s*\(\s*(?:i\.?e\.?,?\s*)?(?:the\s+)?same\s+letters\s*(?:,|;|but|in\s+a|,\s+but)?\s*"
    r"(?:in\s+)?(?:a\s+)?different\s+order\s*\))?"
)
# What a rearrangement is, said after it: every letter used exactly once, or the same letters
# the same number of times ("(same letters, same counts)").
_EVERY_ONCE = (r"(?:\s*,?\s+(?:using|with)\s+(?:every|each|all(?:\s+the)?)\s+letters?\s+"
               r"(?:exactly\s+)?once)?")
_SAME_COUNTS = r"(?:[?.]?\s*\(\s*same\s+letters\s*,\s*same\s+(?:counts?|numbers?)\s*\))?"
_ANAGRAM_EN = _compile([
    rf"are\s+(?:the\s+(?:words|strings|phrases)\s+)?{_A}\s+and\s+{_B}\s+(?:anagrams|an\s+anagram"
    rf"\s+pair){_EACH}{_ANAGRAM_NOTE_EN}{_OR_NOT}",
    rf"is\s+{_A}\s+an\s+anagram\s+(?:of|for)\s+{_B}{_OR_NOT}",
    rf"{_CHECK}(?:the\s+(?:words|strings|phrases)\s+)?{_A}\s+and\s+{_B}\s+are\s+anagrams{_EACH}"
    rf"{_OR_NOT}",
    rf"{_CHECK}{_A}\s+is\s+an\s+anagram\s+(?:of|for)\s+{_B}{_OR_NOT}",
    rf"(?:can|could)\s+(?:the\s+letters\s+(?:of|in)\s+)?{_A}\s+be\s+rearranged\s+(?:to\s+(?:spell|"
    rf"form|make|give|get)|into)\s+{_B}{_EVERY_ONCE}{_SAME_COUNTS}",
    # "Can you rearrange the letters of "garden" to get "danger"?" (the polite lead is gone by
    # now; _build checks that the question asked it)
    rf"(?:(?:can|could)\s+(?:i|we|one)\s+)?(?P<rearrange>rearrange)\s+(?:(?:all\s+(?:of\s+)?)?the"
    rf"\s+letters\s+(?:of|in)\s+)?{_A}\s+(?:to\s+(?:spell|form|make|give|get)|into)\s+{_B}{_EVERY_ONCE}{_SAME_COUNTS}",
    rf"do\s+{_A}\s+and\s+{_B}\s+form\s+an\s+anagram(?:\s+pair)?",
    # "Do actor and tract use exactly the same letters?": "exactly" counts repeats too
    rf"do\s+{_A}\s+and\s+{_B}\s+(?:use|have|contain|consist\s+of)\s+exactly\s+the\s+same\s+letters"
    r"(?:\s*,?\s+the\s+same\s+number\s+of\s+times)?"
    # "…, i.e. are they anagrams?"
    r"(?:\s*,?\s+(?:i\.\s?e\.|ie|that\s+is|in\s+other\s+words)\s*,?\s+are\s+they\s+anagrams)?",
    rf"{_A}\s+and\s+{_B}\s*[:,-]?\s*(?:are\s+they\s+)?anagrams{_EACH}",
    rf"is\s+it\s+true\s+that\s+{_A}\s+and\s+{_B}\s+are\s+anagrams{_EACH}",
    rf"is\s+{_A}\s+a\s+rearrangement\s+of\s+(?:the\s+letters\s+(?:of|in)\s+)?{_B}",
    # "anagram check: fried / friend"
    rf"(?:(?:quick|fast|simple)\s+)?anagrams?(?:\s+(?:check|test))?\s*(?:[:,-]|\s[—–])\s*{_A}\s*"
    rf"(?:/|,|\s+vs\.?|\s+and|&)\s*{_B}",
    # "dream / drama — anagrams or not?", "heart vs hearth: anagrams?"
    rf"{_A}\s*(?:/|\s+vs\.?|&)\s*{_B}\s*(?:[:,—–-]|\s+-{{1,2}})\s*(?:are\s+they\s+)?anagrams{_EACH}"
    rf"{_OR_NOT}",
])
_ZA = _zh_subject("a")
_ZB = _zh_subject("b")
# A note defining the term: "（字母相同、顺序不同）", "(same letters, different order)". Only
# the standard definition is read; any other note is a condition the grammar did not read.
_ANAGRAM_NOTE_ZH = (
    r"(?:\s*[（(]\s*(?:即|指|也就是)?\s*(?:组成)?(?:的)?\s*字母(?:完全)?(?:相同|一样)\s*[、，,]?\s*"
    r"(?:但|而|只是)?\s*(?:字母)?(?:的)?\s*(?:顺序|排列|排列顺序)\s*(?:不同|不一样)\s*[)）]"
    # the English term as a gloss: "字母异位词（anagram）"
    r"|\s*[（(]\s*anagrams?\s*[)）])?"
)
_ANAGRAM_WORD_ZH = rf"(?:字母)?(?:异位词|变位词|易位词|重排词){_ANAGRAM_NOTE_ZH}"
_AND_ZH = r"(?:和|与|跟|及)"
_ANAGRAM_ZH = _compile([
    rf"{_ZA}\s*{_AND_ZH}\s*{_ZB}\s*(?:是不是|是否|是)\s*(?:是|为)?\s*(?:一对|互为)?\s*"
    rf"{_ANAGRAM_WORD_ZH}",
    rf"{_ZA}\s*{_AND_ZH}\s*{_ZB}\s*(?:是否|是不是)?\s*互为\s*{_ANAGRAM_WORD_ZH}",
    rf"{_ZA}\s*是(?:不是)?\s*{_ZB}\s*的\s*{_ANAGRAM_WORD_ZH}",
    rf"{_ZA}\s*(?:能否|能不能|可不可以|可以|能)\s*(?:通过)?\s*(?:重新排列|重排)\s*(?:字母)?\s*"
    rf"(?:变成|得到|组成|拼成)\s*{_ZB}",
    rf"(?:判断|检查|确认)\s*(?:一下)?\s*{_ZA}\s*{_AND_ZH}\s*{_ZB}\s*(?:是否|是不是)\s*"
    rf"(?:是|为|互为)?\s*(?:一对)?\s*{_ANAGRAM_WORD_ZH}",
    # "master 与 stream 是否由完全相同的字母组成（互为异位词）？"
    rf"{_ZA}\s*{_AND_ZH}\s*{_ZB}\s*(?:是否|是不是)\s*由\s*(?:完全)?\s*相同的\s*字母\s*组成"
    rf"(?:\s*[（(]\s*(?:互为|是)?\s*{_ANAGRAM_WORD_ZH}\s*[）)])?",
    # "“heart”和“earth”是字母重排的关系吗"
    rf"{_ZA}\s*{_AND_ZH}\s*{_ZB}\s*是\s*(?:不是)?\s*字母\s*重排\s*(?:的)?\s*关系",
])


class AnagramProblem(Problem):
    kind: Literal["anagram"] = "anagram"
    first: str
    second: str


def _letter_key(text: str) -> str | None:
    """The lower-cased letters of ``text``, or None when it has accented/non-Latin letters."""
    letters = [char for char in text if char.isalpha()]
    if not letters or not all(char.isascii() for char in letters):
        return None
    if not _plain_characters(text) or any(char.isdigit() for char in text):
        return None
    return "".join(letters).lower()


_ASKS_WHETHER_ONE_CAN = re.compile(r"\W*(?:[a-z ]{1,40}:\s*)?(?:can|could)\s+(?:you|u|i|we|one)\s",
                                   re.IGNORECASE)


class AnagramSolver(_GrammarSolver[AnagramProblem]):
    """Whether two words or phrases use exactly the same letters.

    Example:
        >>> from guardrail.solvers import Query
        >>> solver = AnagramSolver()
        >>> parsed = solver.parse(Query(text="Are 'listen' and 'silent' anagrams?"))
        >>> solver.solve(parsed.problem, Query(text="")).value
        'yes'
    """

    name = "anagram_check"
    family = "strings"
    _english = _ANAGRAM_EN
    _chinese = _ANAGRAM_ZH
    _unmatched = "not a complete anagram question"
    _ignores_case = True

    def _build(self, match: re.Match[str], query: Query) -> AnagramProblem | Declined:
        if match.groupdict().get("rearrange") and not _ASKS_WHETHER_ONE_CAN.match(query.text):
            # "Rearrange 'garden' into 'danger'." asks for the letters moved, not a yes or no
            return Declined(reason="an instruction to rearrange, not a question whether one can")
        # "Are sword and words anagrams?": only spellings can be anagrams, so a bare noun about
        # language next to a plain word is that word (two such nouns decline).
        bare = [match.group(f"{group}w") for group in ("a", "b") if not _introduced(match, group)]
        mention = not all(word.casefold() in _AMBIGUOUS_BARE for word in bare) if bare else False
        first = _subject_text(match, "a", query.language, mention=mention)
        if isinstance(first, Declined):
            return first
        second = _subject_text(match, "b", query.language, mention=mention)
        if isinstance(second, Declined):
            return second
        return AnagramProblem(first=first, second=second)

    def solve(self, problem: AnagramProblem, query: Query) -> Solution | Declined:
        first, second = _letter_key(problem.first), _letter_key(problem.second)
        if first is None or second is None:
            return Declined(reason="only unaccented Latin letters (with spaces and punctuation) "
                                   "are compared")
        if first == second:
            return Declined(reason="the same letters in the same order: whether a word is its "
                                   "own anagram is a convention")
        same = sorted(first) == sorted(second)
        a, b = problem.first, problem.second
        if query.language == "zh":
            answer = (f"是：“{a}”和“{b}”互为字母异位词" if same
                      else f"否：“{a}”和“{b}”不是字母异位词") + "（忽略大小写、空格和标点）。"
        else:
            answer = (f'Yes: "{a}" and "{b}" are anagrams' if same
                      else f'No: "{a}" and "{b}" are not anagrams') + \
                " (comparing letters, ignoring case, spaces and punctuation)."
        return Solution(value="yes" if same else "no", answer=answer)


# --------------------------------------------------------------------------------------------
# palindrome_check: yes/no
# --------------------------------------------------------------------------------------------

_SAME_BOTH_WAYS = (r"the\s+same\s+(?:forwards?\s+(?:and|as)\s+backwards?|backwards?\s+(?:and|as)"
                   r"\s+forwards?|in\s+(?:both\s+directions|reverse)|backwards?|both\s+ways"
                   r"|either\s+way|(?:when|if)\s+(?:reversed|read\s+backwards?))")
_PALINDROME_EN = _compile([
    rf"is\s+(?:the\s+(?:word|string)\s+)?{_A}\s+a\s+palindrome(?:\s+word)?{_OR_NOT}",
    rf"(?:{_CHECK}|(?:if|whether)\s+)(?:the\s+(?:word|string)\s+)?{_A}\s+is\s+a\s+palindrome"
    rf"{_OR_NOT}",
    rf"is\s+it\s+true\s+that\s+{_A}\s+is\s+a\s+palindrome",
    rf"(?:does|do)\s+{_A}\s+(?:read|spell)\s+{_SAME_BOTH_WAYS}",
    rf"is\s+{_A}\s+spelled\s+{_SAME_BOTH_WAYS}",
    rf"{_A}\s*[:,-]?\s*(?:is\s+it\s+)?a\s+palindrome{_OR_NOT}",
])
_PALINDROME_WORD_ZH = r"(?:一个)?\s*回文(?:词|单词|串|字符串)?"
_PALINDROME_ZH = _compile([
    rf"{_ZA}\s*(?:是不是|是否是|是否为|是否|是)\s*{_PALINDROME_WORD_ZH}",
    rf"(?:判断|检查|确认)\s*(?:一下)?\s*{_ZA}\s*(?:是否|是不是)\s*(?:是|为)?\s*{_PALINDROME_WORD_ZH}",
    rf"{_ZA}\s*(?:正着读和反着读|正着读和倒着读|正读和反读|正读反读)\s*(?:都)?\s*(?:一样|相同)",
])


class PalindromeProblem(Problem):
    kind: Literal["palindrome"] = "palindrome"
    text: str


class PalindromeSolver(_GrammarSolver[PalindromeProblem]):
    """Whether a word reads the same backwards, ignoring case.

    Only unaccented Latin letters are compared. A text whose spaces or punctuation would change
    the answer ("A man, a plan, a canal: Panama" reads the same only without them) is declined:
    whether they count is a convention.

    Example:
        >>> from guardrail.solvers import Query
        >>> solver = PalindromeSolver()
        >>> parsed = solver.parse(Query(text="Is 'racecar' a palindrome?"))
        >>> solver.solve(parsed.problem, Query(text="")).value
        'yes'
    """

    name = "palindrome_check"
    family = "strings"
    _english = _PALINDROME_EN
    _chinese = _PALINDROME_ZH
    _unmatched = "not a complete palindrome question"
    _ignores_case = True

    def _build(self, match: re.Match[str], query: Query) -> PalindromeProblem | Declined:
        text = _subject_text(match, "a", query.language)
        if isinstance(text, Declined):
            return text
        return PalindromeProblem(text=text)

    def solve(self, problem: PalindromeProblem, query: Query) -> Solution | Declined:
        letters = _letter_key(problem.text)
        if letters is None or len(letters) < 2:
            return Declined(reason="only texts of two or more unaccented Latin letters are checked")
        whole = problem.text.casefold()
        same = letters == letters[::-1]
        if same != (whole == whole[::-1]):
            return Declined(reason="the answer depends on whether spaces and punctuation count")
        backwards = problem.text[::-1]
        if query.language == "zh":
            answer = (f"是：“{problem.text}”倒过来是“{backwards}”，正读反读相同（不区分大小写）。"
                      if same else f"否：“{problem.text}”倒过来是“{backwards}”，与原词不同。")
        else:
            answer = (f'Yes: "{problem.text}" reversed is "{backwards}", the same word '
                      "(ignoring case)." if same else
                      f'No: "{problem.text}" reversed is "{backwards}", which is different.')
        return Solution(value="yes" if same else "no", answer=answer)


# --------------------------------------------------------------------------------------------
# compare_length: which word has more/fewer letters
# --------------------------------------------------------------------------------------------

_MORE = r"(?P<dir>more|fewer|less|the\s+most|the\s+fewest|the\s+least|most|fewest)"
_LONG = r"(?P<dir>longer|shorter|the\s+longest|the\s+shortest|longest|shortest)"
_OPTS = r"(?P<opts>.+)"
_OPTS_LAZY = r"(?P<opts>.+?)"
_QUOTED_LIST = (rf"{_QUOTED}(?:(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+){_QUOTED})"
                rf"{{1,{MAX_LIST_ITEMS}}}")
_THESE_WORDS = r"(?:these|the\s+following|the)\s+(?:two\s+|three\s+)?words"
_COMPARE_EN = _compile([
    rf"which\s+(?:word\s+|one\s+|name\s+)?(?:has|contains|uses)\s+{_MORE}\s+letters"
    rf"(?:\s+in\s+it)?\s*[,:]?\s*{_OPTS}",
    rf"which\s+of\s+{_THESE_WORDS}\s+(?:has|contains)\s+{_MORE}\s+letters\s*[,:]?\s*{_OPTS}",
    rf"which\s+(?:word|name)\s+is\s+{_LONG}(?:\s+in\s+letters)?\s*[,:]?\s*{_OPTS}",
    rf"which\s+is\s+the\s+(?P<dir>longest|shortest|longer|shorter)\s+word\s*[,:]?\s*{_OPTS}",
    rf"which\s+of\s+{_THESE_WORDS}\s+is\s+{_LONG}\s*[,:]?\s*{_OPTS}",
    rf"which\s+(?:one\s+)?is\s+{_LONG}\s+in\s+letters\s*[,:]?\s*{_OPTS}",
    # "Which is longer: 'apple' or 'banana'?" is about spelling only when every option is
    # quoted ("Which is longer, the Nile or the Amazon?" is not)
    rf"which\s+(?:one\s+)?is\s+{_LONG}\s*[,:]?\s*(?P<qopts>{_QUOTED_LIST})",
    rf"which\s+of\s+{_OPTS_LAZY}\s+(?:has|contains)\s+{_MORE}\s+letters",
    rf"(?:between|of)\s+(?:the\s+(?:two\s+)?words\s+)?{_OPTS_LAZY}\s*,\s*which\s+(?:word\s+|one\s+)?"
    rf"(?:has|contains|is\s+spelled\s+with|is\s+written\s+with)\s+{_MORE}\s+letters",
    # '"ocean" vs "volcano" — which one is longer in letters?'
    rf"{_OPTS_LAZY}\s*(?:[:,-]|\s[—–]+)\s*which\s+(?:word\s+|one\s+)?is\s+{_LONG}\s+in\s+letters",
    # "I need the longer word: mountain or meadow?"
    rf"(?:i\s+need|give\s+me|tell\s+me|what\s+is|which\s+is)\s+the\s+(?P<dir>longer|shorter"
    rf"|longest|shortest)\s+word\s*[:,]\s*{_OPTS}",
    rf"{_OPTS_LAZY}\s*(?:[:,-]|\s[—–]+)\s*which\s+(?:word\s+|one\s+)?(?:has|contains)\s+{_MORE}"
    r"\s+letters",
    # "kitten or puppy — which one is the longer word?"
    rf"{_OPTS_LAZY}\s*(?:[:,-]|\s[—–]+)\s*which\s+(?:one\s+)?is\s+the\s+(?P<dir>longer|shorter"
    r"|longest|shortest)\s+word",
    # "Between "embarrass" and "pencil", which word is longer?"
    rf"(?:between|of)\s+(?:the\s+(?:two\s+)?words\s+)?{_OPTS_LAZY}\s*,\s*which\s+(?:word|name)\s+is\s+"
    rf"{_LONG}(?:\s+in\s+letters)?",
    rf"does\s+{_A}\s+(?:have|contain|use)\s+(?P<dir>more|fewer|less)\s+letters\s+than\s+{_B}",
    rf"is\s+{_A}\s+(?P<dir>longer|shorter)\s+than\s+{_B}(?P<inl>\s+in\s+letters)?",
])
# "单词penguin和tiger，…", "river跟waterfall比，…", "“banana”与“apple”相比，…": the words named
# and set against each other before the question.
_ZH_PAIR_LEAD = r"(?:单词\s*)?"
_ZH_PAIR_SET = r"\s*(?:相比|比较|对比|比)?"
_COMPARE_ZH = _compile([
    rf"{_ZH_PAIR_LEAD}{_OPTS_LAZY}{_ZH_PAIR_SET}\s*(?:这(?:两|几)个(?:单词|词))?\s*(?:中|里|之中|当中)?"
    r"\s*[，,]?\s*哪(?:个|一个)(?:单词|词)?\s*(?:的|包含的|含有的|所含的)?\s*字母\s*(?:数|个数|数量)?\s*"
    r"(?:更|最|比较|较)?\s*(?P<zdir>多|少)",
    rf"{_ZH_PAIR_LEAD}{_OPTS_LAZY}{_ZH_PAIR_SET}\s*(?:这(?:两|几)个(?:单词|词))?\s*(?:中|里|之中|当中)?"
    r"\s*[，,]?\s*哪(?:个|一个)(?:单词|词)\s*(?:更|最|比较|较)\s*(?P<zlen>长|短)",
    rf"{_ZA}\s*的\s*字母\s*(?:数|个数|数量)?\s*比\s*{_ZB}\s*(?:的\s*字母\s*(?:数|个数|数量)?)?\s*"
    r"(?:更|还)?\s*(?P<zdir>多|少)",
    rf"{_ZA}\s*比\s*{_ZB}\s*(?:的)?\s*字母\s*(?:更|还)?\s*(?P<zdir>多|少)",
    rf"{_ZA}\s*比\s*{_ZB}\s*(?:更|还)?\s*(?P<zlen>长|短)",
])


class CompareLengthProblem(Problem):
    kind: Literal["compare_length"] = "compare_length"
    words: tuple[str, ...]
    more: bool  # True: which has more letters; False: fewer
    yes_no: bool = False  # "Does words[0] have more letters than words[1]?"


class CompareLengthSolver(_GrammarSolver[CompareLengthProblem]):
    """Which of several single words has more (or fewer) letters; ties are reported as ties.

    Example:
        >>> from guardrail.solvers import Query
        >>> solver = CompareLengthSolver()
        >>> question = "Which word has more letters, 'elephant' or 'giraffe'?"
        >>> solver.solve(solver.parse(Query(text=question)).problem, Query(text="")).value
        'elephant'
    """

    name = "compare_length"
    family = "strings"
    _english = _COMPARE_EN
    _chinese = _COMPARE_ZH
    _unmatched = "not a complete word-length comparison"

    def _build(self, match: re.Match[str], query: Query) -> CompareLengthProblem | Declined:
        groups = {key: value for key, value in match.groupdict().items() if value is not None}
        direction = (groups.get("dir") or groups.get("zdir") or groups.get("zlen") or "").casefold()
        more = direction.endswith(("more", "most", "longer", "longest", "多", "长"))
        if "qopts" in groups and any(
                item[1:2].isupper() for item in re.findall(_QUOTED, groups["qopts"])):
            # "Which is longer: 'Ulysses' or 'Hamlet'?" may compare the works, not the spellings.
            return Declined(reason="capitalised options may be titles or names, not spellings")
        if "opts" in groups or "qopts" in groups:
            words = _parse_list((groups.get("opts") or groups["qopts"]).strip(), query.language)
            if isinstance(words, Declined):
                return words
            return CompareLengthProblem(words=tuple(words), more=more)
        first = _subject_text(match, "a", query.language)
        if isinstance(first, Declined):
            return first
        second = _subject_text(match, "b", query.language)
        if isinstance(second, Declined):
            return second
        length_words = "zlen" in groups or direction.startswith(("longer", "shorter"))
        if length_words and "inl" not in groups and not (
                _introduced(match, "a") and _introduced(match, "b")):
            # "Is cat longer than dog?" may be about animals, not spelling.
            return Declined(reason="'longer than' about unquoted words may not be about letters")
        return CompareLengthProblem(words=(first, second), more=more, yes_no=True)

    def solve(self, problem: CompareLengthProblem, query: Query) -> Solution | Declined:
        words = problem.words
        if not all(_cased_letters_only(word) for word in words):
            return Declined(reason="only single words of letters are compared")
        if len({word.casefold() for word in words}) != len(words):
            return Declined(reason="the same word is listed twice")
        zh = query.language == "zh"
        lengths = [len(word) for word in words]
        if problem.yes_no:
            (a, b), (la, lb) = words, lengths
            holds = la > lb if problem.more else la < lb
            value = "yes" if holds else "no"
            if zh:
                answer = f"{'是' if holds else '否'}：“{a}”有 {la} 个字母，“{b}”有 {lb} 个字母。"
            else:
                answer = (f'{"Yes" if holds else "No"}: "{a}" has {_plural(la, "letter")} and '
                          f'"{b}" has {_plural(lb, "letter")}.')
            return Solution(value=value, answer=answer)
        best = max(lengths) if problem.more else min(lengths)
        winners = [word for word, length in zip(words, lengths, strict=True) if length == best]
        # Short lists show every length; a long one would not fit in one short sentence.
        listing = ""
        if len(words) <= 5:
            pairs = zip(words, lengths, strict=True)
            listing = ("、" if zh else ", ").join(
                f"“{w}”{n} 个" if zh else f'"{w}": {n}' for w, n in pairs)
            listing = f"（{listing}）" if zh else f" ({listing})"
        if len(winners) > 1:
            tied = "、".join(f"“{w}”" for w in winners) if zh else " and ".join(
                f'"{w}"' for w in winners)
            answer = (f"平局：{tied}都有 {best} 个字母{listing}。" if zh
                      else f"It is a tie: {tied} each have {_plural(best, 'letter')}{listing}.")
            return Solution(value="tie", answer=answer)
        winner = winners[0]
        if zh:
            degree = ("更多" if problem.more else "更少") if len(words) == 2 else (
                "最多" if problem.more else "最少")
            answer = f"“{winner}”的字母{degree}{listing}。"
        else:
            degree = ("more" if problem.more else "fewer") if len(words) == 2 else (
                "the most" if problem.more else "the fewest")
            answer = f'"{winner}" has {degree} letters{listing}.'
        return Solution(value=winner, answer=answer)


# --------------------------------------------------------------------------------------------
# alphabetical_order: sort, first/last, before/after
# --------------------------------------------------------------------------------------------

_ORDER = (
    r"(?:alphabetically(?:\s+(?P<rev1>in\s+reverse(?:\s+order)?|backwards?|in\s+descending\s+"
    r"order))?|in\s+(?:(?P<rev2>reverse|reversed|descending|backwards?)\s+)?alphabetical\s+order"
    r"|in\s+ascending\s+alphabetical\s+order|in\s+(?:the\s+)?order\s+of\s+the\s+alphabet"
    r"|(?:in\s+order\s+)?(?:from\s+)?(?:a\s+to\s+z|(?P<za>z)\s+to\s+a)|(?P<rev3>reverse)\s+"
    r"alphabetically|in\s+(?:a\s+|the\s+)?dictionary\s+order)"
)
_LIST_NOUN = (
    r"(?:(?:(?:these|the\s+following|the|this\s+list\s+of|the\s+list\s+of|the\s+following\s+"
    r"list\s+of|this)\s+)?(?:words|names|items|terms|strings|list|fruits|animals|colou?rs|"
    r"countries|cities)|these|the\s+following|them)"
)
_SORT_VERB = (r"(?:sort|order|arrange|put|list|rearrange|reorder|organi[sz]e|write|rank"
              r"|(?:i\s+)?need)")
_ALPHA = (
    r"(?:alphabetically|in\s+(?:the\s+)?alphabetical\s+order|in\s+(?:the\s+)?alphabet"
    r"|in\s+alphabetic\s+order|in\s+(?:a|the)\s+dictionary|in\s+dictionary\s+order)"
)
_FIRST_LAST = r"(?P<fl>first|last|earlier|later|earliest|latest|before|after)"
_COMES = r"(?:comes|goes|appears|is\s+listed|would\s+come|would\s+appear|would\s+be|is)"
_ALPHABETICAL_EN = _compile([
    rf"{_SORT_VERB}\s+(?:{_LIST_NOUN}\s+)?{_ORDER}\s*(?P<colon>:|\s[—–])\s*{_OPTS}",
    rf"{_SORT_VERB}\s+(?:{_LIST_NOUN}\s+)?{_ORDER}\s*,?\s+{_OPTS}",
    rf"{_SORT_VERB}\s+{_OPTS_LAZY}\s+{_ORDER}",
    rf"alphabeti[sz]e\s*(?:{_LIST_NOUN})?(?:\s+for\s+me)?\s*(?P<colon>:|\?)\s*{_OPTS}",
    rf"(?:in\s+)?alphabetical\s+order(?:\s+please)?\s*(?P<colon>:)\s*{_OPTS}",
    rf"alphabeti[sz]e\s+{_OPTS}",
    # words sorted with no order named: alphabetically
    rf"sort\s+(?:these|the\s+following)\s+words\s*(?P<colon>:)\s*{_OPTS}",
    rf"{_ORDER}\s*,?\s*{_SORT_VERB}\s+(?:{_LIST_NOUN}\s*)?(?P<colon>:)\s*{_OPTS}",
    rf"(?:(?:what\s+is|what's)\s+)?the\s+alphabetical\s+order\s+of(?:\s+{_LIST_NOUN})?"
    rf"(?:\s*(?P<colon>:)\s*|\s+){_OPTS}",
    rf"which\s+(?:word\s+|one\s+|name\s+)?{_COMES}\s+{_FIRST_LAST}\s+{_ALPHA}\s*[,:]?\s*{_OPTS}",
    rf"which\s+of\s+(?:{_THESE_WORDS}|these|the\s+following)\s+{_COMES}\s+{_FIRST_LAST}\s+{_ALPHA}"
    rf"\s*[,:]?\s*{_OPTS}",
    rf"{_ALPHA}\s*,?\s*which\s+(?:word\s+|one\s+|name\s+)?{_COMES}\s+{_FIRST_LAST}\s*[,:]?\s*"
    rf"{_OPTS}",
    rf"which\s+of\s+{_OPTS_LAZY}\s+{_COMES}\s+{_FIRST_LAST}\s+{_ALPHA}",
    rf"{_OPTS_LAZY}\s*[:,-]\s*which\s+(?:one\s+|word\s+)?{_COMES}\s+{_FIRST_LAST}\s+{_ALPHA}",
    rf"does\s+{_A}\s+come\s+(?P<ba>before|after)\s+{_B}\s+{_ALPHA}",
    rf"{_ALPHA}\s*,?\s*(?:does|would)\s+{_A}\s+come\s+(?P<ba>before|after)\s+{_B}",
    rf"is\s+{_A}\s+(?:alphabetically\s+)?(?P<ba>before|after)\s+{_B}\s+{_ALPHA}",
    rf"is\s+{_A}\s+alphabetically\s+(?P<ba>before|after)\s+{_B}",
    rf"{_ALPHA}\s*,?\s*is\s+{_A}\s+(?P<ba>before|after)\s+{_B}",
])
_ALPHA_ZH = r"(?:按|按照)\s*(?:英文)?(?:字母|字母表|字典)\s*(?:的)?"
_REV_ORDER_ZH = r"(?P<zrev>倒序|逆序|降序|反序)?"
_SORT_ZH = r"(?:排列|排序|排一下序?|排好序?|排一排)(?:一下)?"
_WHICH_ZH = (r"哪(?:个|一个)(?:单词|词)?\s*(?:排|在|排在|位于|会排在)?\s*"
             r"(?P<zfl>最?前|最?后)(?:面|边)?")
_ALPHABETICAL_ZH = _compile([
    rf"{_ALPHA_ZH}{_REV_ORDER_ZH}\s*(?:顺序|序)?\s*{_SORT_ZH}\s*(?:这些|以下|下面的?|下列|如下)?\s*"
    rf"(?:单词|词|词语)?\s*(?P<colon>[:：])\s*{_OPTS}",
    rf"(?:把|将)\s*(?:这些|以下|下面的?|下列)?\s*(?:单词|词|词语)?\s*[:：]?\s*{_OPTS_LAZY}\s*"
    rf"{_ALPHA_ZH}{_REV_ORDER_ZH}\s*(?:顺序|序)?\s*{_SORT_ZH}",
    # "apple、banana、cherry 按字母顺序排列": the words first, without 把
    rf"{_OPTS_LAZY}\s*[，,:：]?\s*{_ALPHA_ZH}{_REV_ORDER_ZH}\s*(?:顺序|序)?\s*{_SORT_ZH}",
    rf"(?:将|把)?\s*(?:这些|以下|下面的?|下列)\s*(?:单词|词|词语)\s*{_ALPHA_ZH}{_REV_ORDER_ZH}\s*"
    rf"(?:顺序|序)?\s*{_SORT_ZH}\s*(?P<colon>[:：])\s*{_OPTS}",
    rf"{_ALPHA_ZH}\s*(?:顺序|序)\s*[，,]?\s*{_OPTS_LAZY}\s*(?:中|里|之中|当中)?\s*[，,]?\s*{_WHICH_ZH}",
    rf"{_OPTS_LAZY}\s*[，,]?\s*{_ALPHA_ZH}\s*(?:顺序|序)\s*[，,]?\s*{_WHICH_ZH}",
    rf"{_ZA}\s*(?:在)?\s*(?:按)?\s*(?:英文)?(?:字母|字母表|字典)\s*(?:的)?\s*(?:顺序|序)\s*"
    rf"(?:上|中|里)?\s*(?:排|是)?\s*在\s*{_ZB}\s*(?:的)?\s*(?P<zba>前|后)(?:面|边)?",
])

AlphabeticalTask = Literal["sort", "first", "last", "before", "after"]


class AlphabeticalProblem(Problem):
    kind: Literal["alphabetical"] = "alphabetical"
    words: tuple[str, ...]
    task: AlphabeticalTask
    descending: bool = False


class AlphabeticalSolver(_GrammarSolver[AlphabeticalProblem]):
    """Sorts single words alphabetically, or says which comes first/last or before/after.

    Example:
        >>> from guardrail.solvers import Query
        >>> solver = AlphabeticalSolver()
        >>> parsed = solver.parse(Query(text="Sort these words alphabetically: pear, apple, fig"))
        >>> solver.solve(parsed.problem, Query(text="")).value
        'apple, fig, pear'
    """

    name = "alphabetical_order"
    family = "strings"
    _english = _ALPHABETICAL_EN
    _chinese = _ALPHABETICAL_ZH
    _unmatched = "not a complete alphabetical-order question"

    def _build(self, match: re.Match[str], query: Query) -> AlphabeticalProblem | Declined:
        groups = {key: value for key, value in match.groupdict().items() if value is not None}
        if "ba" in groups or "zba" in groups:
            first = _subject_text(match, "a", query.language)
            if isinstance(first, Declined):
                return first
            second = _subject_text(match, "b", query.language)
            if isinstance(second, Declined):
                return second
            relation = (groups.get("ba") or groups["zba"]).casefold()
            task: AlphabeticalTask = "before" if relation in ("before", "前") else "after"
            return AlphabeticalProblem(words=(first, second), task=task)
        words = _parse_list(groups["opts"].strip(), query.language, spaces="colon" in groups)
        if isinstance(words, Declined):
            return words
        if "fl" in groups or "zfl" in groups:
            edge = (groups.get("fl") or groups["zfl"]).casefold()
            task = "first" if edge in ("first", "earlier", "earliest", "before", "前", "最前") \
                else "last"
            return AlphabeticalProblem(words=tuple(words), task=task)
        descending = any(name in groups for name in ("rev1", "rev2", "rev3", "za", "zrev"))
        return AlphabeticalProblem(words=tuple(words), task="sort", descending=descending)

    def solve(self, problem: AlphabeticalProblem, query: Query) -> Solution | Declined:
        words = problem.words
        if not all(_ascii_letters_only(word) for word in words):
            return Declined(reason="only unaccented single words are ordered (collation of "
                                   "accents, spaces and hyphens varies)")
        folded = [word.casefold() for word in words]
        by_fold: dict[str, str] = {}
        for word, key in zip(words, folded, strict=True):
            if by_fold.setdefault(key, word) != word:
                return Declined(reason=f"{by_fold[key]!r} and {word!r} differ only in case")
        zh = query.language == "zh"
        if problem.task == "sort":
            ordered = sorted(words, key=str.casefold, reverse=problem.descending)
            value = ", ".join(ordered)
            if zh:
                how = "按字母倒序" if problem.descending else "按字母顺序"
                answer = f"{how}：{value}（不区分大小写）。"
            else:
                how = "reverse alphabetical" if problem.descending else "alphabetical"
                answer = f"In {how} order: {value} (not case-sensitive)."
            return Solution(value=value, answer=answer)
        if len(set(folded)) != len(folded):
            return Declined(reason="the same word is listed twice")
        if problem.task in ("first", "last"):
            pick = min if problem.task == "first" else max
            winner = pick(words, key=str.casefold)
            if zh:
                edge = "前" if problem.task == "first" else "后"
                answer = f"按字母顺序，“{winner}”排在最{edge}。"
            else:
                answer = f'"{winner}" comes {problem.task} alphabetically.'
            return Solution(value=winner, answer=answer)
        a, b = words
        holds = (a.casefold() < b.casefold()) == (problem.task == "before")
        if zh:
            where = "前面" if a.casefold() < b.casefold() else "后面"
            answer = f"{'是' if holds else '否'}：按字母顺序，“{a}”排在“{b}”{where}。"
        else:
            where = "before" if a.casefold() < b.casefold() else "after"
            answer = f'{"Yes" if holds else "No"}: "{a}" comes {where} "{b}" alphabetically.'
        return Solution(value="yes" if holds else "no", answer=answer)
