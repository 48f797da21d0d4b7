"""Sentence segmentation: the scope of every phrase rule and context filter."""

from __future__ import annotations

from checker.match import linear_re

# A sentence ends after 。！？!? (plus closing brackets) or at a line break. A quote that
# closes after its own 。/！ keeps a short attribution and a ※ note right after it
# (「…！」（40代・女性）※個人の感想です), so the speaker stays in the quote's sentence.
_END = linear_re.compile(
    r"[。！？!?]+(?:[」』]+[）)\"']*(?:[ \t\u3000]*[（(][^()（）\n]{1,24}[)）])?(?:[ \t\u3000]*※[^\n。「」※]{1,30}。?)?"
    r"|[）)\"']*)|\n+")
MAX_SENTENCE = 2_000  # longer runs (no punctuation) are cut so gaps stay local
# Where a run over MAX_SENTENCE is cut: after the last soft break in its final stretch
# (comma, space, closing bracket, ※), so a phrase is rarely split in two.
_SOFT_WINDOW = 200
_SOFT_BREAK = linear_re.compile(r"[、，,;；:：\s」』）)】※]")


_QUOTE_REACH = 300  # how far on its line a quote may close and still hold its 。/？ inside


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Half-open spans covering `text`, one per sentence (terminator included).

    A 。/？ inside a 「」 or 『』 that closes later on the same line does not end the sentence,
    so 「本当に若返るの？根拠はない」と話す stays one sentence with its speaker; nor does
    one right before the closing mark when a quoting particle follows (「…消えた！」と絶賛).
    """
    spans: list[tuple[int, int]] = []
    pos = depth = counted = 0
    for m in _END.finditer(text):
        depth = max(0, depth + _quote_balance(text, counted, m.end()))
        counted = m.end()
        if depth and m.group()[0] != "\n" and _closes_on_line(text, m.end()):
            continue
        if _quoted_on(text, m.group(), m.end()):
            continue
        if m.group()[-1] in "！!" and _tags_follow(text, m.end()):
            continue
        if m.group()[-1] in "？！?!" and _REPORTED_SPEECH.search(text[m.end():m.end() + 4]) is not None:
            continue  # 何したの？って聞かれました: an unquoted question reported by its hearer
        if m.group()[-1] in "？?" and _DISMISSAL.search(text[m.end():m.end() + 12]) is not None:
            continue  # 副作用？そんな心配はご無用: a worry raised and dismissed in one breath
        if (m.group()[0] == "\n" and m.start() - pos <= 40 and (pos == 0 or text[pos - 1] == "\n")
                and text[m.end():m.end() + 2].lstrip(" \u3000")[:1] in ("「", "『")
                and _SPEAKER_LINE.search(text[pos:m.start()]) is not None):
            continue  # （78さい・女性）alone on a line names the speaker of the quote below it
        if m.group() == "\n" and m.start() > pos and text[m.start() - 1] in "、，,":
            continue  # a hard-wrapped line that ends on a comma: the sentence goes on below
        if _tag_below(text, pos, m):
            continue  # 「…」 then （47歳・女性）or 70代・女性 on the next line: the speaker of the quote above
        depth = 0
        _add(spans, text, pos, m.end())
        pos = m.end()
    _add(spans, text, pos, len(text))
    return spans


def _quoted_on(text: str, ending: str, end: int) -> bool:
    """A quote closed after its own ！/。 and taken up by a quoting particle
    (「…消えた！」と大絶賛, 「…です。」って): the sentence goes on with its speaker."""
    if "」" not in ending and "』" not in ending:
        return False
    after = text[end : end + 3]
    return after.startswith(("と", "って", "など", "なんて")) and not after.startswith("とても")


# after an unquoted ？/！, a quoting particle and a verb of saying or asking: the words are
# reported inside the sentence (何したの？って聞かれました / すごい！と言われる)
_REPORTED_SPEECH = linear_re.compile(r"^(?:って|と(?:聞|訊|尋|言|い[わっ]|驚|褒|ほめ))")


# after a ？, an answer that waves the worry away (副作用？ないない / リスク？そんな心配はご無用)
_DISMISSAL = linear_re.compile(
    r"^[ \t\u3000]*(?:ないない|ナイナイ|ありません|ございません|ゼロ|心配(?:ご)?(?:無用|不要)|ご?無用|"
    r"(?:そんな|そういう)(?:心配|不安|の)(?:は|も)?(?:ご?無用|不要|いりません|要りません|ありません|ない))")


# what may follow a post's last ！ on its line and still belong to it: hashtags, mentions,
# a speaker's tag (30代・女性), emoji and spaces (…薄くなった！ #PR @clinic / …治った！(60代))
_TAG_TAIL = linear_re.compile(
    r"^(?:[ \t\u3000]|[#＃@][^\s#＃@。！？!?]{1,40}|[(（][^()（）\n]{1,24}[)）]|[^\w\s。、！？!?「」『』])*$")
_TAG_MARK = linear_re.compile(r"[#＃@(（]")


# a speaker's tag in brackets (（78さい・女性　千葉県）, （47歳・男性）)
_BRACKET_TAG = r"[(（][^()（）\n]{0,16}(?:[0-9０-９]+[ \t\u3000]?(?:歳|才|さい|代)|女性|男性)[^()（）\n]{0,16}[)）]"
# a line that is only a speaker's tag, the account on the lines below it
_SPEAKER_LINE = linear_re.compile(rf"^[ \t\u3000]*{_BRACKET_TAG}[ \t\u3000]*$")


# a line that is one quote (a review's comment), and a line that is only its speaker's tag,
# bracketed or bare (（47歳・女性・東京都）, 70代・女性)
_QUOTE_LINE = linear_re.compile(r"^[ \t\u3000>]*[「『][^\n]{1,200}[」』][ \t\u3000]*$")
_TAG_LINE = linear_re.compile(
    rf"^[ \t\u3000>]*(?:{_BRACKET_TAG}"
    r"|[0-9０-９]+[ \t\u3000]?(?:歳|才|さい|代)[・･/／ \t\u3000]?(?:女性|男性|主婦|会社員)[^()（）「」。\n]{0,12})[ \t\u3000]*$")


def _tag_below(text: str, pos: int, m) -> bool:
    """The sentence so far is a quote alone on its line, and the next line is only its speaker's tag."""
    if m.group()[0] == "\n":
        quote, below = text[pos:m.start()], text[m.end():m.end() + 60]
    elif m.group().endswith(("」", "』")) and text[m.end():m.end() + 1] == "\n":
        quote, below = text[pos:m.end()], text[m.end():m.end() + 62].lstrip("\n")
    else:
        return False
    return (_QUOTE_LINE.search(quote) is not None
            and _TAG_LINE.search(below.split("\n", 1)[0]) is not None)


def _tags_follow(text: str, end: int) -> bool:
    """Only tags, mentions, a speaker's tag or emoji follow on the line: they are the post's own."""
    line = text[end : end + 200].split("\n", 1)[0]
    return bool(line.strip()) and _TAG_MARK.search(line) is not None and _TAG_TAIL.search(line) is not None


def _quote_balance(text: str, start: int, end: int) -> int:
    """Opening minus closing quote marks in text[start:end]."""
    part = text[start:end]
    return part.count("「") + part.count("『") - part.count("」") - part.count("』")


def _closes_on_line(text: str, start: int) -> bool:
    """A closing quote mark follows within reach, before the line ends."""
    window = text[start : start + _QUOTE_REACH]
    line = window.split("\n", 1)[0]
    return "」" in line or "』" in line


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while end - start > MAX_SENTENCE:
        cut = start + MAX_SENTENCE
        window = cut - _SOFT_WINDOW
        softs = [window + m.end() for m in _SOFT_BREAK.finditer(text[window:cut])]
        if softs:
            cut = softs[-1]
        spans.append((start, cut))
        start = cut
    if end > start:
        spans.append((start, end))
