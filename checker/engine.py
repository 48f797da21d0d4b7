"""`check()`: the one pipeline behind the CLI, the web form and CI."""

from __future__ import annotations

from bisect import bisect_right
from itertools import groupby
from typing import TYPE_CHECKING

from checker import pipeline
from checker.judge import context, document
from checker.judge.profiles import detect_profile
from checker.match import linear_re
from checker.match.candidates import Candidate
from checker.match.rules import Rule, condition_found
from checker.match.ruleset import RuleSet, default_ruleset
from checker.models import PROFILES, Finding, Report, Severity
from checker.text.normalize import normalize
from checker.text.sentences import split_sentences
from checker.text.sourcemap import SourceMap
from checker.text.textmap import Region, covers, spans_of
from checker.text.tokens import iter_chunks

if TYPE_CHECKING:
    from checker.text.load import LoadedText

CONTEXT_WINDOW = 400  # characters of a sentence that context filters read on each side of a match


def resolve_profile(text: str, profile: str) -> tuple[str, str]:
    if profile == "auto":
        return detect_profile(text)
    if profile not in PROFILES:
        raise ValueError(f"unknown profile {profile!r}; use auto, {', '.join(PROFILES)}")
    return profile, "指定されたプロファイル"


_EDGE = frozenset("。、，,．.！!？?　 \t\n・")


_NOTE_AHEAD = linear_re.compile(r"\s*[（(]\s*※[^（()）。]{0,40}[）)]")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Keep punctuation a pattern needed for context (安全です。) out of the reported span."""
    while end - start > 1 and text[end - 1] in _EDGE:
        end -= 1
    while end - start > 1 and text[start] in _EDGE:
        start += 1
    return start, end


def _dropped_by(rule: Rule, cand: Candidate, sentence: tuple[int, int], text: str,
                document_hits: dict[object, bool]) -> str | None:
    """Why the candidate goes: "unless" (its rule's own exceptions), "context" (the sentence
    denies, refutes or quotes the claim), "defer" (a more specific rule of its category reports
    it: a fallback), or None."""
    s, e = sentence
    # context is read within a bounded window on each side, so a long sentence full of
    # matches costs linear time (sentences are cut at MAX_SENTENCE; this is far shorter)
    head = text[max(s, cand.start - CONTEXT_WINDOW):cand.start]
    tail = text[cand.end:min(e, cand.end + CONTEXT_WINDOW)]
    sent = text[s:e]
    unless = rule.unless_compiled
    if "before" in unless and condition_found(unless["before"], head):
        return "unless"
    if "after" in unless and condition_found(unless["after"], tail):
        return "unless"
    # once per rule and sentence, and once per rule and document (searching the whole text per
    # candidate would be quadratic)
    if "sentence" in unless and _found_once(document_hits, (rule.id, "sentence", s), unless["sentence"], sent):
        return "unless"
    deferred = "defer" in unless and _found_once(document_hits, (rule.id, "defer", s), unless["defer"], sent)
    if "document" in unless and _found_once(document_hits, rule.id, unless["document"], text):
        return "unless"
    # 実証済み(※医薬部外品ではありません): a bracketed note right after the phrase is about
    # something else, so the context filters read what follows it
    note = _NOTE_AHEAD.match(tail)
    if note:
        tail = tail[note.end():]
    if context.suppressed_by(rule.context, head, tail, sent[-CONTEXT_WINDOW:]):
        return "context"
    # "defer": another rule of the category reports this; the match is kept as a fallback
    return "defer" if deferred else None


def _found_once(hits: dict[object, bool], key: object, condition, text: str) -> bool:
    """`condition_found(condition, text)`, computed once per key and kept in `hits`."""
    hit = hits.get(key)
    if hit is None:
        hit = hits[key] = condition_found(condition, text)
    return hit


def _overlaps_category(cand: Candidate, category: str, found: list[tuple[str, int, int]]) -> bool:
    """Whether one of `found` (category, start, end) of `category` overlaps the candidate."""
    return any(cat == category and s < cand.end and cand.start < e for cat, s, e in found)


def _definite(cand: Candidate, sentence: tuple[int, int], text: str) -> bool:
    """A borrowed match counts only where its sentence states the result as a fact."""
    s, e = sentence
    return context.definite_result(text[cand.start:cand.end], text[cand.end:min(e, cand.end + CONTEXT_WINDOW)],
                                   text[s:e])


def _in_mention(mentions: list[tuple[int, int]], starts: list[int], cand: Candidate) -> bool:
    """The candidate lies inside a line that `context.mention_lines` found."""
    i = bisect_right(starts, cand.start) - 1
    return i >= 0 and cand.end <= mentions[i][1]


def _candidates(rs: RuleSet, ntext: str):
    """(sentence index in chunk, Candidate, chunk); tokens live one chunk at a time (bounded memory)."""
    for chunk in iter_chunks(ntext, split_sentences(ntext)):
        for si, cand in rs.matcher.find(ntext, chunk.tokens, chunk.sentences):
            yield si, cand, chunk


def _kept_candidates(rs: RuleSet, ntext: str, profile: str, structured=None):
    """(candidate, rule, severity) for the candidates that survive their rule's profile,
    `unless` and context filters. `structured(start, end)`: the span lies in a table whose
    markup says which column is wording, so the line heuristics do not judge it.

    A candidate inside a longer one of the same rule that a filter dropped goes too: when
    生きた幹細胞を含む is negated (…含むものではなく), 生きた幹細胞 is part of the same denial.
    So does one inside a longer candidate of the same category that the context denied or a
    mention line holds: in 「他社の美容液より効く」とまでは約束できません, 他社の美容液より is
    part of the disclaimed comparison. (A drop by a rule's own `unless` is often a deferral to
    a more specific rule, so it does not reach other rules.)"""
    document_hits: dict[object, bool] = {}
    # items of a list or table that a lead declares forbidden (NG / 使用不可): mentions
    mentions = context.mention_lines(ntext)
    mention_starts = [s for s, _ in mentions]
    # a chunk's sentences are held until the chunk ends: a line-scope modifier reads its line
    newlines = _newline_offsets(ntext)
    sentences: list[tuple[int, list[tuple[Candidate, Rule, Severity]]]] = []
    chunk_id = None
    for (cid, _), group in groupby(_candidates(rs, ntext), key=lambda item: (id(item[2]), item[0])):
        if cid != chunk_id:
            yield from _modified_by_line(sentences)
            sentences, chunk_id = [], cid
        dropped: list[tuple[int, int, int]] = []
        denied: list[tuple[str, int, int]] = []
        kept: list[tuple[Candidate, Rule, Severity]] = []
        borrowed: list[tuple[Candidate, Rule, Severity]] = []
        deferring: list[tuple[Candidate, Rule, Severity]] = []
        for si, cand, chunk in group:
            rule = rs.rules[cand.rule_index]
            severity = rule.severity_for(profile)
            reporter = rule
            if severity is None:
                # off here, but another rule may report what it recognises (`borrows`)
                if (lender := rs.borrower.get(cand.rule_index)) is None:
                    continue
                reporter = rs.rules[lender]
                if (severity := reporter.severity_for(profile)) is None:
                    continue
            if _in_mention(mentions, mention_starts, cand) and not (structured and structured(cand.start, cand.end)):
                why = "context"
            else:
                why = _dropped_by(rule, cand, chunk.spans[si], ntext, document_hits)
            if reporter is not rule:
                if why is None and _definite(cand, chunk.spans[si], ntext):
                    borrowed.append((cand, reporter, severity))
                continue  # a borrowed match is a fallback: dropped, it denies nothing else either
            if why == "defer":
                deferring.append((cand, rule, severity))  # a fallback too, for the rule it defers to
                continue
            if why is None:
                kept.append((cand, reporter, severity))
                continue
            dropped.append((cand.rule_index, cand.start, cand.end))
            if why == "context":
                denied.append((rule.category, cand.start, cand.end))
        kept = [(c, r, sev) for c, r, sev in kept
                if not any(i == c.rule_index and s <= c.start and c.end <= e for i, s, e in dropped)
                and not any(cat == r.category and s <= c.start and c.end <= e and (s, e) != (c.start, c.end)
                            for cat, s, e in denied)]
        # a borrowed or deferring match is a fallback: it goes where another rule reports the
        # same category over any part of it
        reported = [(r.category, c.start, c.end) for c, r, _ in kept]
        kept += [(c, r, sev) for c, r, sev in borrowed if not _overlaps_category(c, r.category, reported)]
        # a deferring match goes too where the rule it defers to matched and the context denied it
        reported = [(r.category, c.start, c.end) for c, r, _ in kept]
        kept += [(c, r, sev) for c, r, sev in deferring
                 if not _overlaps_category(c, r.category, reported) and not _overlaps_category(c, r.category, denied)]
        line = bisect_right(newlines, kept[0][0].start) if kept else -1
        sentences.append((line, kept))
    yield from _modified_by_line(sentences)


def _newline_offsets(text: str) -> list[int]:
    """Offsets of the text's line breaks (str.find runs at C speed; no loop per character)."""
    offsets: list[int] = []
    i = text.find("\n")
    while i >= 0:
        offsets.append(i)
        i = text.find("\n", i + 1)
    return offsets


def _modified_by_line(sentences: list[tuple[int, list[tuple[Candidate, Rule, Severity]]]]):
    """Each sentence's kept candidates after its modifiers are settled; a line-scope modifier
    also sees the plain findings of the other sentences on its line."""
    on_line: dict[int, set[str]] = {}
    for line, kept in sentences:
        on_line.setdefault(line, set()).update(r.category for _, r, _ in kept if not r.alongside)
    for line, kept in sentences:
        yield from _with_modified(kept, on_line.get(line, set()))


def _with_modified(kept: list[tuple[Candidate, Rule, Severity]], line_plain: set[str] = frozenset()
                   ) -> list[tuple[Candidate, Rule, Severity]]:
    """A sentence's kept candidates, modifier rules (`alongside`) only where the sentence
    (or, for a line-scope modifier, its line) also keeps a plain rule's finding of a category
    they modify, and not where a plain rule of the sentence already reports the modifier's
    own category."""
    if not any(rule.alongside for _, rule, _ in kept):
        return kept
    plain = {rule.category for _, rule, _ in kept if not rule.alongside}
    return [(c, rule, sev) for c, rule, sev in kept
            if not rule.alongside or (rule.category not in plain and (
                line_plain if rule.alongside_scope == "line" else plain).intersection(rule.alongside))]


def _markup(text: str, source: LoadedText | None, regions: list[Region] | None
            ) -> tuple[list[tuple[int, int]], list[tuple[int, int]], list[tuple[int, int]]]:
    """The "mention", "quote" and "table" regions of the markup `text` was extracted from
    (issue 18), as sorted disjoint spans of `text`: finding spans are in those offsets after
    `norm.span`."""
    if regions is None and source is not None and len(source.text) == len(text):
        regions = source.regions
    if not regions:
        return [], [], []
    return spans_of(regions, "mention"), spans_of(regions, "quote"), spans_of(regions, "table")


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of `spans` (sorted, disjoint)."""
    i = bisect_right(spans, (end, end)) - 1
    return i >= 0 and spans[i][1] > start and spans[i][0] < end


def check(text: str, profile: str = "auto", ruleset: RuleSet | None = None,
          source: LoadedText | None = None, regions: list[Region] | None = None) -> Report:
    """Check one text and return every risk found, with spans in `text`'s own offsets; with
    the `source` `text` was loaded from (HTML, Markdown), in the decoded file's offsets.
    The source's markup regions (or `regions`, for a caller that keeps `text` offsets, such
    as the web form) count too: a claim in a table column of prohibited wording is a mention
    (not reported); a blockquote is a quotation (`document.soften`)."""
    rs = ruleset or default_ruleset()
    text = linear_re.scrub(text)
    norm = normalize(text)
    ntext = norm.text
    profile, reason = resolve_profile(ntext, profile)
    located = SourceMap(text, source)
    mentions, quotes, tables = _markup(text, source, regions)
    # a table whose header names its columns of wording: its cells are judged by the markup
    # (the "mention" regions), not by the line heuristics that see its cells as bare lines
    structured = (lambda s, e: _overlaps(tables, *norm.span(s, e))) if tables else None
    findings: list[Finding] = []
    for cand, rule, severity in _kept_candidates(rs, ntext, profile, structured):
        start, end = norm.span(*_trim(ntext, cand.start, cand.end))
        if mentions and covers(mentions, start, end):
            continue  # listed under 禁止表現の例 / NG表現: mentioned, not made
        # where the checked text is the file, the line is known now; else `locate` finds it
        line, column = located.position(start) if located.identity else (1, 1)
        message, suggestion, source = rule.text_for(profile)  # a rule may word one profile its own way
        findings.append(Finding(
            rule_id=rule.id, category=rule.category, severity=severity, line=line, column=column,
            start=start, end=end, matched_text=text[start:end], message=message,
            suggestion=suggestion, source=source,
        ))
    doc = document.classify(ntext, profile, reason)
    findings = pipeline.finish_text(findings, doc, text, ntext, located, quotes)
    return Report(findings=findings, document=doc, length=len(text))

