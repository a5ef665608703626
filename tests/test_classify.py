from __future__ import annotations

import pytest

import guardrail
from guardrail._text import detect_language, last_user_text
from guardrail.classify import classify, passthrough_reason, strip_framing
from guardrail.rules import load_rules
from tests._timing import assert_linear_cost

RULES = load_rules()


@pytest.mark.parametrize(("text", "core", "flags"), [
    ("Q: How many r's in strawberry? A:", "How many r's in strawberry?", {"qa"}),
    ('Is 17077 a prime number? Think step by step and then answer "[Yes]" or "[No]".',
     "Is 17077 a prime number?", {"step_by_step", "bracket_yes_no"}),
    ('How many happy numbers are there between 4600 and 4606? Think step by step and then '
     'answer within "\\\\boxed" (e.g, \\\\boxed{10}).',
     "How many happy numbers are there between 4600 and 4606?", {"step_by_step", "boxed"}),
    ("strawberry里面有多少个字母r？请一步一步思考。", "strawberry里面有多少个字母r？",
     {"step_by_step"}),
    ("Think step by step", "Think step by step", set()),
    ("How many r's in strawberry? Answer with only the number.", "How many r's in strawberry?",
     {"bare"}),
    ("How many r's in strawberry? Respond with just a single word", "How many r's in strawberry?",
     {"bare"}),
    ("strawberry里有几个字母r？只回答数字。", "strawberry里有几个字母r？", {"bare"}),
    ("Is 91 prime? Answer yes or no.", "Is 91 prime?", {"bare"}),
    ("Think step by step. Is 91 prime?", "Is 91 prime?", {"step_by_step"}),
    ("请一步一步地思考：284乘以899的结果是多少？", "284乘以899的结果是多少？", {"step_by_step"}),
    ("请逐步思考：55是质数吗？", "55是质数吗？", {"step_by_step"}),
    ("Calculate 3 minus 2. Think step by step, then give the final answer.", "Calculate 3 minus 2.",
     {"step_by_step"}),
    ("Please work out 41 minus 13 and reply with just the result.", "Please work out 41 minus 13",
     {"bare"}),
    ("Is 3121 a prime number? Reply with only yes or no.", "Is 3121 a prime number?", {"bare"}),
    ("-1.99比-1.295大吗？请回答“是”或“否”。", "-1.99比-1.295大吗？", {"bare"}),
    ("请比较807.42与-800.63，哪个更小？只回答那个数。", "请比较807.42与-800.63，哪个更小？",
     {"bare"}),
    ("hey quick one, what's 6 * 9?", "what's 6 * 9?", set()),
    ("quick q: -76.9 vs -76.57, which one's bigger?", "-76.9 vs -76.57, which one's bigger?",
     set()),
    ("how many cs in ooze lol", "how many cs in ooze", set()),
    ("Is 890 prime (yes/no)?", "Is 890 prime", {"bare"}),
    ("So what?", "So what?", set()),
    ("hello 这个单词有多少个元音", "hello 这个单词有多少个元音", set()),
    ("yo is 9619 prime or not", "yo is 9619 prime or not", set()),
    ("Hey", "Hey", set()),
    ("Write a haiku about rain.", "Write a haiku about rain.", set()),
    # a greeting without punctuation, only right before a question word or a request
    ("hey which one's bigger, 0.91 or 0.918?", "which one's bigger, 0.91 or 0.918?", set()),
    ("hi what's 3 times 4", "what's 3 times 4", set()),
    ("Hello is a greeting", "Hello is a greeting", set()),
    # more ways to ask for the bare answer
    ("What's 9 × 8? Just the number please.", "What's 9 × 8?", {"bare"}),
    ("What is 9 × 8? Number only.", "What is 9 × 8?", {"bare"}),
    ("What is 9*8? Final answer only.", "What is 9*8?", {"bare"}),
    ("What is 9*8? Just give the answer.", "What is 9*8?", {"bare"}),
    ("What is 9*8? (answer only)", "What is 9*8?", {"bare"}),
    ("What is 9*8? No explanation needed.", "What is 9*8?", {"bare"}),
    ("Is 97 prime? Just yes or no.", "Is 97 prime?", {"bare"}),
    ("Is 9.11 bigger than 9.9? Yes or no?", "Is 9.11 bigger than 9.9?", {"bare"}),
    ("Is 'abc' a word? Respond in one word.", "Is 'abc' a word?", {"bare"}),
    ("9*8等于多少？直接给出答案。", "9*8等于多少？", {"bare"}),
    ("9*8等于多少？只要答案。", "9*8等于多少？", {"bare"}),
    ("9*8等于多少？不用解释。", "9*8等于多少？", {"bare"}),
    ("Evaluate (16 - 37) * 9. Show only the final answer.", "Evaluate (16 - 37) * 9.", {"bare"}),
    ("What is 9*8? Show the final answer only.", "What is 9*8?", {"bare"}),
    ("What is 9*8? Only show the final answer.", "What is 9*8?", {"bare"}),
    ("Compute 45 * 3 step by step.", "Compute 45 * 3", {"step_by_step"}),
    ("Calculate 45 * 3 and explain your steps.", "Calculate 45 * 3", {"step_by_step"}),
    ("Please compute 1234 + 5678 and give the answer.", "Please compute 1234 + 5678",
     {"step_by_step"}),
    ("Is 9.11 bigger? Think step by step, then answer.", "Is 9.11 bigger?", {"step_by_step"}),
    ("Which is larger: 9.11 or 9.9? Give a one-word answer.", "Which is larger: 9.11 or 9.9?",
     {"bare"}),
    ("把单词 volcano 倒过来写", "把单词 volcano 倒过来写", set()),
    # worked answers and \boxed{} forms
    ("What is 9*8? Show your work.", "What is 9*8?", {"step_by_step"}),
    ("What is 9*8? Explain your reasoning, then give the final answer.", "What is 9*8?",
     {"step_by_step"}),
    ("What is 9*8? Give your final answer in the form \\boxed{answer}.", "What is 9*8?",
     {"boxed"}),
    # politeness and lead-ins that carry no content
    ("What is 9*8? Be concise.", "What is 9*8?", set()),
    ("9*8等于多少？谢谢！", "9*8等于多少？", set()),
    ("9*8等于多少？请简要回答。", "9*8等于多少？", set()),
    ("Please answer: what is 9*8?", "what is 9*8?", set()),
    ("Solve: 9*8", "9*8", set()),
    ("Answer the following question. What is 9*8?", "What is 9*8?", set()),
    ("Can you help me? What is 9*8?", "What is 9*8?", set()),
    ("I have a question. Is 97 prime?", "Is 97 prime?", set()),
    ("你好，9*8等于多少？", "9*8等于多少？", set()),
    ("I'm helping my daughter with her math homework. What is 9*8?", "What is 9*8?", set()),
    ("Homework question: is 97 prime?", "is 97 prime?", set()),
    ("Homework: evaluate 9*8.", "evaluate 9*8.", set()),
    ("Please evaluate 9*8. Answer with a single number.", "Please evaluate 9*8.", {"bare"}),
    ("My teacher asked us: what is 9*8?", "what is 9*8?", set()),
    ("Sorry to bother you, but what is 9*8?", "what is 9*8?", set()),
    ("ok dumb question but which is bigger, 8.53 or 8.7?", "which is bigger, 8.53 or 8.7?",
     set()),
    ("Silly question: is 51 prime?", "is 51 prime?", set()),
    ("Hey there, what's 9*8?", "what's 9*8?", set()),
    ("Here's a problem for you: what is 9*8?", "what is 9*8?", set()),
    ("我在帮孩子做作业：9*8等于多少？", "9*8等于多少？", set()),
    ("老师问：9*8等于多少？", "9*8等于多少？", set()),
    ("For my spreadsheet I need to know: what is 9*8?", "what is 9*8?", set()),
    ("For a stats quiz: which is larger, 9.11 or 9.9?", "which is larger, 9.11 or 9.9?", set()),
    ("For my crypto homework: is 97 prime?", "is 97 prime?", set()),
    ("What is 9*8? Thanks so much.", "What is 9*8?", set()),
    ("hey whats 9*8", "whats 9*8", set()),
    ("What is 9*8? Many thanks!", "What is 9*8?", set()),
    ("Hi! Sorry to bother you, but what is 9*8?", "what is 9*8?", set()),
    # context with content stays
    ("My teacher asked us to work in base 8. What is 7+1?",
     "My teacher asked us to work in base 8. What is 7+1?", set()),
    ("For my hex homework: what is 10+5?", "For my hex homework: what is 10+5?", set()),
    ("For my Python script: what is 7/2?", "For my Python script: what is 7/2?", set()),
    ("For a circle of radius 3: what is its area?", "For a circle of radius 3: what is its area?",
     set()),
    ("请回答下面的问题：9*8等于多少？", "9*8等于多少？", set()),
])
def test_strip_framing(text: str, core: str, flags: set[str]) -> None:
    stripped, framing = strip_framing(text)
    assert stripped == core
    assert {k for k, v in framing.model_dump().items() if v} == flags


def test_framing_formats() -> None:
    _, boxed = strip_framing("x? Put your final answer within \\boxed{}.")
    assert boxed.format("3", "Three.").endswith("\\boxed{3}")
    _, brackets = strip_framing('x? Think step by step and then answer "[Yes]" or "[No]".')
    assert brackets.format("yes", "Yes, it is.").endswith("[Yes]")
    _, bare = strip_framing("x? Answer with only the number.")
    assert bare.format("3", "There are three.") == "3"


def test_language_and_user_text() -> None:
    assert detect_language("草莓里有几个r") == "zh" and detect_language("strawberry") == "en"
    messages = [{"role": "system", "content": "Be brief."},
                {"role": "user", "content": "first"},
                {"role": "assistant", "content": "ok"},
                {"role": "user", "content": [{"type": "text", "text": "How many "},
                                             {"type": "text", "text": "r's in strawberry?"}]}]
    assert last_user_text(messages) == "How many r's in strawberry?"
    image = [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "x"}}]}]
    assert last_user_text(image) is None
    assert last_user_text([{"role": "system", "content": "x"}]) is None


def test_passthrough_reasons() -> None:
    assert passthrough_reason({"messages": []}) is None
    assert passthrough_reason({"response_format": {"type": "text"}}) is None
    assert "tools" in (passthrough_reason({"tools": [{}]}) or "")
    assert passthrough_reason({"response_format": {"type": "json_schema"}}) is not None
    assert passthrough_reason({"modalities": ["text", "audio"]}) is not None


def test_classify_finds_candidates_or_says_why() -> None:
    assert classify("How many r's in strawberry?", RULES).candidates
    assert classify("Write a haiku.", RULES).reason == "no routing rule matched"
    assert classify(None, RULES).query is None


class _SlowSolver:
    name = "slow"
    family = "test"

    def __init__(self, behaviour: str) -> None:
        self.behaviour = behaviour

    def parse(self, query):  # type: ignore[no-untyped-def]
        from guardrail.solvers import Parsed
        from guardrail.solvers.counting import LetterCountProblem

        return Parsed(problem=LetterCountProblem(letter="a", text="a"))

    def solve(self, problem, query):  # type: ignore[no-untyped-def]
        import time

        if self.behaviour == "raise":
            raise ZeroDivisionError("bug")
        time.sleep(0.5)
        from guardrail.solvers import Solution

        return Solution(value="1", answer="1")


@pytest.mark.parametrize(("behaviour", "reason"), [("raise", "raised ZeroDivisionError"),
                                                   ("sleep", "longer than")])
def test_a_failing_or_slow_solver_declines(monkeypatch: pytest.MonkeyPatch, tmp_path,
                                           behaviour: str, reason: str) -> None:
    import guardrail.classify as classify_module
    from guardrail.solvers import SolverRegistry

    monkeypatch.setattr(classify_module, "SOLVE_TIMEOUT_S", 0.05)
    registry = SolverRegistry()
    registry.register(_SlowSolver(behaviour))
    rules_file = tmp_path / "r.yaml"
    rules_file.write_text("version: 1\nrules:\n  - {id: t, family: test, route: slow, "
                          "patterns: {en: [x]}}\n", encoding="utf-8")
    rules = load_rules([rules_file], include_defaults=False)
    outcome = classify_module.resolve(classify("x", rules), rules, registry)
    assert outcome.route == "model" and reason in outcome.reason


def test_overlong_questions_skip_the_tools() -> None:
    assert classify("How many a's in " + "a" * 6000, RULES).query is None


@pytest.mark.parametrize("text", [
    "x" + " " * 4000 + "x",
    "Is (0, 0) inside" + " " * 4000 + "the square?",
    "and then" + " " * 4000 + "answer",
    " ," * 2000,
    "think " * 800,
])
def test_framing_cost_is_bounded_on_pathological_text(text: str) -> None:
    import time

    started = time.perf_counter()
    strip_framing(text)
    assert time.perf_counter() - started < 0.25


def test_long_blank_runs_skip_the_tools() -> None:
    from guardrail.classify import MAX_BLANK_RUN

    assert classify("How many r's are in" + " " * (MAX_BLANK_RUN + 1) + "strawberry?",
                    RULES).query is None
    assert classify("How many r's are in" + " " * MAX_BLANK_RUN + "strawberry?",
                    RULES).candidates


def test_repeated_instructions_are_peeled_a_bounded_number_of_times() -> None:
    text = "What is 2+2?" + " Just the number please." * 150
    assert_linear_cost(strip_framing, text)
    core, framing = strip_framing(text)
    assert framing.bare and core.endswith("please."), core[-40:]  # the rest is left in place


@pytest.mark.parametrize(("text", "core"), [
    ("Can you reverse the word 'balloon' for me?", "Can you reverse the word 'balloon'?"),
    ("Is 97 prime for me, please?", "Is 97 prime?"),
    ("What does 97 mean for me?", "What does 97 mean?"),  # harmless: no tool reads "mean"
])
def test_a_favour_asked_adds_nothing(text: str, core: str) -> None:
    assert strip_framing(text)[0] == core


@pytest.mark.parametrize(("text", "core"), [
    ("Add up the digits of 50239855. What do you get?", "Add up the digits of 50239855."),
    ("Reverse the word 'banana'. What do you get?", "Reverse the word 'banana'."),
    ("Find the largest prime factor of 1001. What is it?",
     "Find the largest prime factor of 1001."),
])
def test_a_question_that_only_asks_for_an_instructions_result_is_dropped(text: str,
                                                                          core: str) -> None:
    assert strip_framing(text)[0] == core


@pytest.mark.parametrize("text", [
    "I added up the digits of 123. What do you get?",  # a statement, not an instruction
    "Add up the digits of 123. Why is it 6?",
])
def test_other_questions_after_a_sentence_stay(text: str) -> None:
    assert strip_framing(text)[0] == text


@pytest.mark.parametrize(("text", "core"), [
    ("Q3. (2 marks) The points A(1, 2) and B(3, 4) are given.", "The points A(1, 2) and B(3, 4) "
     "are given."),
    ("4) What is 17 * 23?", "What is 17 * 23?"),
    ("Question 12: Is 17077 prime?", "Is 17077 prime?"),
    ("(3 marks) Find the area.", "Find the area."),
])
def test_exam_numbering_and_marks_are_framing(text: str, core: str) -> None:
    assert strip_framing(text)[0] == core


@pytest.mark.parametrize("text", ["3.5 + 2", "1. 5 + 3", "2) 4 + 4", "Q3"])
def test_numbers_that_are_not_exam_numbering_stay(text: str) -> None:
    assert strip_framing(text)[0] == text


@pytest.mark.parametrize(("text", "core"), [
    ("Quick sanity check on my homework: 1/3 + 7/15 = ? Please leave it as a fraction, not a "
     "decimal.", "1/3 + 7/15 = ?"),
    ("Evaluate 298 ÷ 10 − 8 × 9 and give me the exact value.", "Evaluate 298 ÷ 10 − 8 × 9"),
    ("What does 6 raised to the 19th power come out to? I need every digit, no scientific "
     "notation.", "What does 6 raised to the 19th power come out to?"),
    ("Asking for the true mathematical answer, not what floating point gives: what is 1.2 + 1.9?",
     "what is 1.2 + 1.9?"),
    ("what's the mean of 98, 82, 57? (exact is fine, fractions ok)",
     "what's the mean of 98, 82, 57?"),
    ("Settle a bet between me and my roommate: is 83 a prime number?", "is 83 a prime number?"),
    ("Is 111,330 divisible by 9? (no calculators in class, I just want to check my work)",
     "Is 111,330 divisible by 9?"),
    ("To simplify 364/784 I need the greatest common divisor of 364 and 784. What is it?",
     "I need the greatest common divisor of 364 and 784."),
    # reducing a fraction is what a common divisor is for
    ("I'm simplifying a fraction. What's the GCD of 589 and 62?", "What's the GCD of 589 and 62?"),
    ("I'm simplifying a fraction and need the gcd of 24 and 48. What is it?",
     "I need the gcd of 24 and 48."),
    ("What's the GCD of 50 and 120? I'm reducing a fraction.", "What's the GCD of 50 and 120?"),
    ("I'm reducing the fraction 65/117. What's the HCF of 65 and 117?",
     "What's the HCF of 65 and 117?"),
    # a courtesy before the colon that introduces the items
    ("Total of the following numbers, please: 13726, 5209",
     "Total of the following numbers: 13726, 5209"),
    # trouble with a kind of number, a worksheet checked, the reversed word alone
    ("I always get confused with decimals. Smallest one among 1.85, 1.23, 1.095, 1.01?",
     "Smallest one among 1.85, 1.23, 1.095, 1.01?"),
    ("I can never tell with fractions. Is 7/11 or 3/11 smaller?", "Is 7/11 or 3/11 smaller?"),
    ("Double-checking a worksheet here. 6,025 plus 7,042 minus 398, what does that come to?",
     "6,025 plus 7,042 minus 398, what does that come to?"),
    ("Reverse the word 'planet'. Just the reversed word, please.", "Reverse the word 'planet'."),
    # how much to explain, a disagreement at home, a rounding refused, what the asker has
    ("Homework check, no explanation needed: 43 * 75", "43 * 75"),
    ("Homework check: 820 + 17 × 4 = ? My daughter and I got different answers.",
     "820 + 17 × 4 = ?"),
    ("Please give me the exact value of 244/7, no rounding.",
     "Please give me the exact value of 244/7"),
    ("Add these up for me:\n10,800\n13,715\nTotal only.", "Add these up for me:\n10,800\n13,715"),
    # a task someone else has to do, then a request for its answer
    ("My son has to count the vowels in beautiful for spelling class. How many are there?",
     "Count the vowels in beautiful."),
    ("Her worksheet says to find the GCD of 84 and 126. What's the answer?",
     "Find the GCD of 84 and 126."),
    # an argument about the question, a dead battery, fraction work before a common divisor
    ("We were arguing about this at dinner. Is 0.4 greater than 0.16?",
     "Is 0.4 greater than 0.16?"),
    ("Is 0.29 > 0.4? My calculator battery died.", "Is 0.29 > 0.4?"),
    ("I'm simplifying a fraction — what's the biggest number that divides both 40 and 280?",
     "what's the biggest number that divides both 40 and 280?"),
    ("For my fraction-simplifying worksheet: what's the GCD of 115 and 230?",
     "what's the GCD of 115 and 230?"),
    ("Sort alphabetically please — tulip, lily, orchid",
     "Sort alphabetically — tulip, lily, orchid"),
])
def test_notes_asides_and_leads_that_change_nothing_are_framing(text: str, core: str) -> None:
    assert strip_framing(text)[0] == core


@pytest.mark.parametrize("text", [
    "What is 1/3 + 1/6? Give it as a decimal.",  # an inexact form
    "What is 1/3 + 1/6? Not as a fraction.",  # the exact form negated
    "What is 10/4? Round it.",
    "Which is larger: 9.11 or 9.9?",  # the question itself before the colon
    "Translate to Spanish: How many r's are in strawberry?",  # a task before the colon
    "In hex: what is 10 + 5?",
    "Numbers I wrote down: 3, 5, 7. Which is biggest?",  # a label, not context
    "Is 111,330 divisible by 9? (in base 8)",
    "To simplify 364/785 I need the greatest common divisor of 364 and 784.",  # other numbers
    "I'm reducing the fraction 65/117. What's the GCD of 65 and 118?",
    "I'm simplifying a fraction. What is 12/18 in lowest terms?",  # not a common divisor
    "I'm simplifying a fraction and need the lcm of 24 and 48.",
    "How many letters in 'apple'? Just the word.",  # the number as a word?
    "I always get confused with decimals, so round it: what is 1/3?",
    "What is 244/7? No decimals.",  # perhaps rounded to a whole number
    "What is 5 + 7? Total only in euros.",
    # a count asked after another task, a purpose that may change the task
    "My daughter has to find the GCD of 84 and 126 for homework. How many are there?",
])
def test_notes_and_leads_that_may_change_the_question_stay(text: str) -> None:
    assert strip_framing(text)[0] == text


@pytest.mark.parametrize(("text", "core"), [
    # remarks after a complete question: one or two sentences, hyphens, apostrophes
    ("Is 4,951 a prime number? It's the answer to a puzzle-hunt clue and I want to be sure.",
     "Is 4,951 a prime number?"),
    ("Is 5,251 a prime number? Our team is stuck on this one.", "Is 5,251 a prime number?"),
    ("Is 1,607 a prime number? Need to be certain before we submit.",
     "Is 1,607 a prime number?"),
    ("What is 5 × 7? Battery's low so I don't trust it. Seems too big to me.", "What is 5 × 7?"),
    ("Is 595 a happy number? Yes or no is fine.", "Is 595 a happy number?"),
    ("How many primes are there below 1,818? Not the list, just how many.",
     "How many primes are there below 1,818?"),
    ("Is 2 + 2 = 4? Does that look right to you?", "Is 2 + 2 = 4?"),
    # one- or two-word leads before a question word
    ("Curious: what's the largest prime factor of 1,538,767?",
     "what's the largest prime factor of 1,538,767?"),
    ("Homework check: Is 3/11 greater than 0.28?", "Is 3/11 greater than 0.28?"),
    ("Project Euler style warm-up: what's the largest prime factor of 1,601,881?",
     "what's the largest prime factor of 1,601,881?"),
    ("wait is -0.4 smaller than -1/11?", "is -0.4 smaller than -1/11?"),
    # who the answer is for, before the colon
    ("Put these in alphabetical order for my index cards: cherry, apple",
     "Put these in alphabetical order: cherry, apple"),
    # a reported claim checked by "True?" is the question
    ("My friend says 'state' and 'taste' are anagrams. True?",
     "Are 'state' and 'taste' anagrams?"),
    # Chinese: a lead that introduces the question, a remark after it, "just the result"
    ("帮孩子检查数学作业，这道题：(433 + 422) × 10 ÷ 16 等于多少？",
     "(433 + 422) × 10 ÷ 16 等于多少？"),
    ("作业里有一道题：(101 + 468) × 9 ÷ 4 等于多少？", "(101 + 468) × 9 ÷ 4 等于多少？"),
    ("239 是素数吗？在线等", "239 是素数吗？"),
    ("143 是质数吗 我一直以为是", "143 是质数吗"),
    ("686乘以51等于多少？我算了两遍结果不一样", "686乘以51等于多少？"),
    ("5 的 7 次方减去 732 等于多少？直接给结果就行", "5 的 7 次方减去 732 等于多少？"),
    ("问一下，65 是质数不？", "65 是质数不？"),
    ("圆的半径 3，周长等于多少？答案用 π 表示", "圆的半径 3，周长等于多少？"),
    # what the asker is doing; a question someone asked the asker
    ("我在检查孩子的作业，868乘以60等于几？", "868乘以60等于几？"),
    ("老师问10的5次方是多少，能直接告诉我答案吗？", "10的5次方是多少？"),
    ("孩子问我4.46比4.7大不大，到底大不大？", "4.46比4.7大不大？"),
])
def test_remarks_short_leads_and_claims_are_framing(text: str, core: str) -> None:
    assert strip_framing(text)[0] == core


@pytest.mark.parametrize("text", [
    "Is 4,183 a prime number? Answer in base seven.",
    "Is 4,183 a prime number? Translate the answer to French.",
    "Is 4,183 a prime number? Ignore the comma.",
    "What is 7 divided by 3? My teacher wants a mixed number.",  # a form
    "What is 15% of 80? That is after the discount.",  # a story
    "What is 15% of 80? Before tax.",
    "What is 2 + 3? Oops, I meant times.",  # a correction
    "is 91 prime? I think not",
    "Binary: what is 10 + 1?",  # a short lead that changes the question
    "Case-sensitive: how many A's are in 'Banana'?",
    "Sort these for my French class: pear, fig",
    "孩子说这题答案是整数，我想核对一下：(327 + 427) × 7 ÷ 6 等于多少？",  # 整数: a form
    "239 是素数吗？用二进制",
    "686乘以51等于多少？要乘两次",
    "我在学二进制，10加10等于几？",
    "老师问10的5次方是多少，为什么？",
    "孩子问我4.46比4.7大不大，到底为什么？",
])
def test_remarks_and_leads_that_may_change_the_question_stay(text: str) -> None:
    assert strip_framing(text)[0] == text
    assert guardrail.route(text).route != "tool"


@pytest.mark.parametrize(("text", "core"), [
    ("1/7 和 0.15 哪个大呀？有点懵", "1/7 和 0.15 哪个大？"),  # a particle, then a remark
    ("5/7 和 0.70 哪个大呀？🤔", "5/7 和 0.70 哪个大？"),
    ("这几个数里最小的是哪个呀 😵：2、-4.47、-4", "这几个数里最小的是哪个：2、-4.47、-4"),
    # the label, then the request to work out what follows ("计算")
    ("【课堂练习】计算 (1/4 + 1/4) × 18 等于多少？", "(1/4 + 1/4) × 18 等于多少？"),
    ("第 3 题：计算 (1/4 + 5/7) × 22 等于多少？", "(1/4 + 5/7) × 22 等于多少？"),
    ("口算挑战：5 的 9 次方等于多少？", "5 的 9 次方等于多少？"),
    ("Bet with my roommate — which is bigger, 4.34 or 4.4?", "which is bigger, 4.34 or 4.4?"),
    ("quick — smallest of 0.201, 0.02, 0.2, 0.022?", "smallest of 0.201, 0.02, 0.2, 0.022?"),
    ("need this fast, smallest of 0.4, 0.0444?", "smallest of 0.4, 0.0444?"),
    ("Quiz night round 2: put these in alphabetical order — plum, pear",
     "put these in alphabetical order — plum, pear"),
])
def test_chat_particles_labels_and_dash_leads_are_framing(text: str, core: str) -> None:
    assert strip_framing(text)[0] == core


@pytest.mark.parametrize("text", [
    "Binary round 2: what is 10 + 1?",
    "In base 8 — what is 10 + 1?",
    "14634 除以 25 等于多少？我按计算器按了好几遍，结果都不一样",
])
def test_labels_and_dash_leads_that_may_change_the_question_stay(text: str) -> None:
    assert guardrail.route(text).route != "tool"


@pytest.mark.parametrize(("text", "value"), [
    ("Puzzle hunt team here. Our clue decoded to the number 2803. Is 2803 prime? We think"
     " that is the meta answer.", "yes"),
    ("Making the answer key for my 5th graders tonight. Is 851 prime?", "no"),
    ("Problem 7 is from the review sheet. Tonight we go over it. What is 18 + 38?", "56"),
    ("小明在做作业。17 是质数吗？", "yes"),
])
def test_a_question_among_sentences_that_set_the_scene_is_answered(text: str,
                                                                    value: str) -> None:
    decision = guardrail.route(text)
    assert decision.route == "tool" and decision.value == value, decision
    assert "the others set the scene" in decision.reason


@pytest.mark.parametrize("text", [
    "Puzzle hunt team here. Our clue decoded to the number 2807. Is 2803 prime?",  # new number
    "We only count odd ones. Is 2803 prime?",  # a word that could change the question
    "Is 2803 prime? Is 2807 prime?",  # two questions
    "Is 17 prime? Tell me why.",
    "The triangle (0, 0), (4, 0), (0, 3) is fixed. Is 17 prime?",  # brackets: data, not scene
    "Suppose it is in base 8. Is 17 prime?",
    "These are software versions. Which is bigger, 3.11 or 3.9?",
    "以下按版本号比较。3.11 和 3.9 哪个大？",
])
def test_sentences_that_may_change_the_question_keep_it_from_the_tools(text: str) -> None:
    assert guardrail.route(text).route != "tool", text


@pytest.mark.parametrize(("text", "value"), [
    ("Scaling up a recipe for the school bake sale. One batch needs 3/4 cup of butter and I'm"
     " making 5 batches, so what's 3/4 × 5? A fraction is fine.", "15/4"),
    ("sales tax is 8.25% here — what's 8.25% of 480?", "198/5"),
    ("Dinner for the team came to 240 dollars. What's 15% of 240?", "36"),
    ("Our puzzle clue decoded to 2803; is 2803 prime?", "yes"),
])
def test_a_scene_clause_before_the_question_in_its_sentence_is_set_aside(text: str,
                                                                         value: str) -> None:
    decision = guardrail.route(text)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("text", [
    "I got 17 for it, so what's 3/4 × 5?",  # a number the question does not restate
    "What is 3 + 5, so what's 3 × 5?",  # the clause asks something itself
    "In IEEE floating point, what's 0.1 + 0.2?",  # a frame, not a scene
    "With floats, what's 0.1 + 0.2?",
    "Using integer division, what's 7 / 2?",
    "I'm measuring in feet, so what is the distance between (0, 0) and (3, 4)?",  # a unit
    "Sam has 3 apples and gets 5 more, so what's 3 + 5?",  # "more"
    "What's 15% of 240? That's before tax.",  # after the question, tax adds to what is asked
])
def test_scene_clauses_that_may_change_the_question_keep_it_from_the_tools(text: str) -> None:
    assert guardrail.route(text).route != "tool", text


# Words that put the numbers in another world: the plain answer would be wrong there.
@pytest.mark.parametrize("text", [
    "I walk on a city grid. How far is it from (0, 0) to (3, 4)?",
    "These are GPS coordinates. What is the distance between (40, 70) and (43, 74)?",
    "I'm using GPS coordinates. What is the distance between (40, 70) and (43, 74)?",
    "Polar coordinates here. What is the distance between (1, 0) and (1, 3)?",
    "These are latitude and longitude: how far apart are (1, 2) and (4, 6)?",
    "The clock shows 11. What is 11 + 3?",
    "It is 11 o'clock now. What's 11 + 3?",
    "Working in a finite field. What is 3 + 5?",
    "Working in floating point. What's 0.1 + 0.2?",
    "Compare magnitudes. Which is bigger, -5 or 3?",
    "Sorting them as strings. Which is bigger, 9.11 or 9.9?",
    "Counting silent letters. How many letters in knight?",
    "这是经纬度坐标。点(1, 2)和(4, 6)之间的距离是多少？",
    "现在是钟表上的11点。11加3等于多少？",
])
def test_scenes_in_another_world_keep_the_question_from_the_tools(text: str) -> None:
    assert guardrail.route(text).route != "tool", text


@pytest.mark.parametrize(("text", "value"), [
    ("I need the square root of 2809 for a geometry problem. What is it?", "53"),
    ("I need 3.75 * 8 for a recipe.", "30"),
    ("For a scheduling puzzle I need the LCM of 7, 23 and 32. What is it?", "5152"),
    ("For the leaderboard I need 84.2, 96.8, 160.5, 67.9 ordered from largest to smallest.",
     "160.5, 96.8, 84.2, 67.9"),
    ("背单词的时候想知道 bureaucracy 有多少个字母", "11"),
    ("我想知道 17077 是不是质数", "yes"),
])
def test_what_the_answer_is_for_and_who_wants_it_are_set_aside(text: str, value: str) -> None:
    decision = guardrail.route(text)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("text", [
    "I need the square root of 2809 for a base-8 problem. What is it?",
    "I need 3.75 * 8 for a recipe conversion.",  # a conversion may change the units
    "For a binary puzzle I need 12 + 5.",
    "从大到小排一下：-50、8.96、66",  # the lead holds the wish: never dropped as a lead
])
def test_purposes_that_may_change_the_question_stay(text: str) -> None:
    from guardrail.classify import strip_framing

    decision = guardrail.route(text)
    if text.startswith("从"):  # the order is asked and read, not lost with the lead
        assert strip_framing(text)[0] == text and decision.value == "66, 8.96, -50", decision
    else:
        assert decision.route != "tool", decision


@pytest.mark.parametrize(("text", "value"), [
    ("Fraction practice question: 1/3 + 1/2 − 4/5 = ?  I only need the final answer.", "1/30"),
    ("Helping my son with fractions homework: what is 1/2 + 1/6 - 3/4? Answer as a simplified"
     " fraction.", "-1/12"),
    ("what's 49.14 minus 0.638? exact decimal please", "24251/500"),
    ("Multiply 0.811 by 4.3, I need the exact value, no rounding.", "34873/10000"),
    ("What's the prime factorization of 166375? Exponent form is fine.", "5^3 * 11^3"),
    ("19 乘以 15 再除以 52 等于多少？除不尽的话用分数表示。", "285/52"),
    ("算一下 44×76÷31，要精确结果，不要四舍五入", "3344/31"),
])
def test_notes_asking_for_the_exact_form_a_tool_gives_are_honoured(text: str,
                                                                  value: str) -> None:
    decision = guardrail.route(text)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("text", [
    "Multiply 0.811 by 4.3, rounded.",
    "what is 1/2 + 1/6? Answer as a mixed fraction.",
    "44×76÷31 等于多少，保留两位小数",
    "Can you alphabetize this list? violin, drum, banjo, oboe",  # items are not a remark
])
def test_notes_asking_for_another_form_are_not_dropped(text: str) -> None:
    from guardrail.classify import strip_framing

    if text.startswith("Can"):
        assert strip_framing(text)[0] == text
    else:
        assert guardrail.route(text).route != "tool", text


def test_only_last_resort_model_rules_let_one_sentence_be_answered_alone(tmp_path) -> None:
    text = "My kid brought home the number 2803. Is 2803 prime?"
    rules_file = tmp_path / "school.yaml"
    for route, priority, answered in (("model", 100, True), ("model", 50, False),
                                      ("abstain", 100, False), ("supervisor", 100, False)):
        rules_file.write_text(
            "version: 1\nrules:\n  - id: school.kid\n    family: school\n"
            f"    route: {route}\n    priority: {priority}\n"
            "    patterns:\n      any: ['\\bkid\\b']\n", encoding="utf-8")
        decision = guardrail.route(text, rules=[rules_file])
        assert (decision.route == "tool") is answered, (route, priority, decision)


def test_question_alone_is_bounded() -> None:
    from guardrail.classify import question_alone

    assert question_alone("Hello there. " * 3 + "Is 17 prime?") == ["Is 17 prime?"]
    assert question_alone("Hello there. " * 6 + "Is 17 prime?") == []  # too many sentences
    assert question_alone("Is 17 prime?") == []  # one sentence: the solvers had it whole
    assert question_alone("Hi. " + "x" * 700 + " Is 17 prime?") == []


@pytest.mark.parametrize(("text", "core"), [
    ("is 1001 prime or not? A yes/no is enough.", "is 1001 prime or not?"),
    ("is 1001 prime? A yes/no answer is fine.", "is 1001 prime?"),
    ("2/5加1/3等于多少？结果用最简分数表示", "2/5加1/3等于多少？"),
    ("5/6减去3/8是多少，写成分数", "5/6减去3/8是多少"),
    ("一个圆的半径是2，它的面积等于多少？答案写成含π的形式", "一个圆的半径是2，它的面积等于多少？"),
])
def test_exact_forms_and_yes_no_notes_are_framing(text: str, core: str) -> None:
    assert strip_framing(text)[0] == core


def test_a_decimal_form_stays_with_the_question() -> None:
    assert strip_framing("1/3加1/6是多少，用小数表示")[0] == "1/3加1/6是多少，用小数表示"


@pytest.mark.parametrize(("text", "value"), [
    ("I'd appreciate it if you could calculate 81 / 9.", "9"),
    ("It would be great if you could tell me whether 221 is prime.", "no"),
    ("If you don't mind, what's 45 × 45?", "2025"),
    ("Would you mind working out 45 × 45?", "2025"),
    ("Would you mind telling me if 9.11 is bigger than 9.9?", "no"),
    ("Count the r's in strawberry, if you don't mind.", "3"),
    ("Got a sec? 2^10 - 24 = ?", "1000"),
    ("Are you good at math? What is 17 × 23?", "391"),
    ("Hey, you there? How many r's are in strawberry?", "3"),
    ("Good morning! What is 3 + 4?", "7"),
    ("Calculate 1/3 + 1/6 and simplify.", "1/2"),
])
def test_courtesy_and_social_openers_are_framing(text: str, value: str) -> None:
    decision = guardrail.route(text)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("text", [
    "Who wrote Hamlet? What's 2 + 2?",  # a question of its own before
    "Do you know base 8? What is 17 + 5?",
    "Can you do it in binary? What's 5+3?",
    "Are you sure? What is 2+2?",
    "Would you mind guessing 17 × 23?",  # a verb that does not ask for the answer
    "Would you mind rounding 2/3?",
    "If you don't mind, round 2/3.",
    "I'd appreciate it if you could estimate 17 × 23.",
    # an abbreviation does not end a sentence: the numbers are an example of a method
    "Teach me the mental trick for multiplying by 11, e.g. 11 × 34.",
    "Show me a trick for 11 × 34",
    # a remark's words are checked with their endings removed ("multiplying" is "multiply")
    "What is 45 × 12? I'm multiplying things in my head.",
])
def test_openers_and_remarks_that_ask_more_stay(text: str) -> None:
    assert guardrail.route(text).route != "tool", text


@pytest.mark.parametrize(("text", "value"), [
    # a question someone else asked, reported, then only a request for its answer
    ("My kid asked me how many vowels 'pneumonia' has. What's the answer?", "5"),
    ("my son's spelling sheet asks how many vowels \"tournament\" has. what's the answer?", "4"),
    ("My daughter asked me which is bigger, 9.11 or 9.9.", "9.9"),
    ("Her worksheet asks whether 91 is prime. What should I tell her?", "no"),
    ("The quiz asks what 3 to the power of 7 is.", "2187"),
    # a form of the exact answer after the question
    ("circle, r = 8. circumference? (leave pi in)", "16*pi"),
    ("What's 1/3 + 1/4? Leave it as a fraction.", "7/12"),
])
def test_reported_questions_and_exact_forms_are_read(text: str, value: str) -> None:
    decision = guardrail.route(text)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("text", [
    # the reported question comes with a reported answer, or asks more than the answer
    "My kid asked me how many r's are in strawberry. I said 2. Was I right?",
    "My kid asked me how many moons Jupiter has. What's the answer?",
    "My teacher asked what 7 x 8 is in base 5.",
    "My teacher never asked whether 91 is prime.",
    # a remark that leaves part of the question out
    "A field has corners (0, 0), (4, 0), (4, 3), (0, 3). What's the perimeter? Skip the north "
    "side.",
    "A field has corners (0, 0), (4, 0), (4, 3), (0, 3). What's the perimeter? Leaving out the "
    "north side.",
    "What is 12 + 30? Use the wrong sign on purpose.",
])
def test_reported_questions_and_remarks_that_change_it_stay(text: str) -> None:
    assert guardrail.route(text).route != "tool", text


@pytest.mark.parametrize(("text", "value"), [
    # doubt about someone's answer, and where the question comes from, change nothing
    ("My son says he got this right but I'm not sure. Can you tell me what 69 multiplied by 35 "
     "comes to?", "2415"),
    ("How much is 27 x 95? Helping my niece with her times tables tonight.", "2565"),
    # a statement of what is needed, then "which one is it?"
    ("I need the lesser of 7/9 and 0.33. Which one is it?", "0.33"),
])
def test_doubts_times_tables_and_which_one_is_it(text: str, value: str) -> None:
    decision = guardrail.route(text)
    assert decision.route == "tool" and decision.value == value, decision


def test_a_doubt_about_something_else_stays() -> None:
    assert guardrail.route("I'm not sure about base 8. What is 3 + 4?").route != "tool"


@pytest.mark.parametrize(("text", "value"), [
    # notes that ask for the answer alone, or hedge the form
    ("How much is 12% of 742? I only need the figure.", "2226/25"),
    ("Multiply 1/10 by 5/13. Simplify if you can.", "1/26"),
    ("Write the letters of desserts in reverse order, nothing else.", "stressed"),
    ("Just yes or no: is 0.4 more than 0.11?", "yes"),
])
def test_notes_for_the_answer_alone(text: str, value: str) -> None:
    decision = guardrail.route(text)
    assert decision.route == "tool" and decision.value == value, decision


@pytest.mark.parametrize("text", [
    "What is 2/3 of 9? I only need the decimal figure.",
    "What is 2/3 of 9? Round it if you can.",
])
def test_notes_for_another_form_stay(text: str) -> None:
    assert guardrail.route(text).route != "tool", text


@pytest.mark.parametrize("question", [
    # the reported task says more than a plain count
    "My son has to count the vowels in beautiful in French. How many are there?",
    "My son has to count the vowels in beautiful except y. How many are there?",
    "My son has to count the vowels in beautiful twice. How many are there?",
    "My son has to count the vowels in beautiful for 3 days. How many are there?",
])
def test_a_reported_task_with_more_in_it_is_not_answered(question: str) -> None:
    assert guardrail.route(question).route != "tool", question
