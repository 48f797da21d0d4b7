"""Throughput of `check()` against raw Sudachi, and rule-count scaling (issue 16).

    python -m bench.throughput [--pages N] [--size BYTES] [--rounds N] [--no-breakdown]
    python -m bench.throughput --against TREE [--pages N] [--size BYTES] [--rounds N]

Two corpora, each document checked on its own:
- the realistic page mix (`bench.pages`: the example pages plus generated LPs, columns
  and FAQs, 350 by default), profile auto;
- the dense ~1 MB generated ad copy (`bench.corpus.ad_copy`, a claim every ~70
  characters), one document, profile cosmetic.
Sudachi sees the same text and the same chunks (sentence spans grouped under its input
limit) in two baselines: tokenising alone, and tokenising plus reading the three fields a
lemma matcher needs per morpheme (surface, normalized form, reading of kana units).

The variants compared are timed in one loop, alternating (the order rotates each round),
so a change of load on this shared machine hits all of them; each figure is the median
of the rounds with its range, and each ratio is taken within a round. Targets:
check() >= 0.5x Sudachi + three fields on the mix, >= 0.45x on the dense copy; ten times
the rules (clones with new ids, see `synthetic_rules`) <= 1.5x the time when the clones
share the first word (same-start) and <= 1.2x when they start with absent words.

`--against TREE` compares two checkouts instead (an A/B of a change: `git worktree add
/tmp/base HEAD` before it): one process per tree and corpus, alternating, each timing check()
over the whole corpus once (CPU seconds, after a warm-up on the first 20 documents)."""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.corpus import NEUTRAL, ad_copy
from bench.pages import page_mix
from checker import RuleSet, check
from checker.match.rules import Rule, default_rules
from checker.match.ruleset import default_ruleset
from checker.text.sentences import split_sentences
from checker.text.tokens import _chunks, tokenizer

TARGET_MIX, TARGET_DENSE, TARGET_SAME, TARGET_RARE = 0.5, 0.45, 1.5, 1.2
# First words for clones that never occur in the corpus (pure index growth).
_RARE = ["麒麟", "鳳凰", "琥珀", "翡翠", "珊瑚", "瑠璃", "玻璃", "蒼穹", "黎明", "篝火", "燈籠", "灯台"]


def interleaved(variants: dict[str, object], rounds: int) -> dict[str, list[float]]:
    """Seconds per round of each variant, timed alternately (the order rotates each round)."""
    names = list(variants)
    times: dict[str, list[float]] = {n: [] for n in names}
    for r in range(rounds):
        for name in names[r % len(names):] + names[:r % len(names)]:
            t0 = time.perf_counter()
            variants[name]()
            times[name].append(time.perf_counter() - t0)
    return times


def spread(values: list[float], fmt: str = "{:.2f}") -> str:
    """median (min-max)"""
    return f"{fmt.format(statistics.median(values))} ({fmt.format(min(values))}-{fmt.format(max(values))})"


def ratios(a: list[float], b: list[float]) -> list[float]:
    """a/b per round."""
    return [x / y for x, y in zip(a, b, strict=True)]


def raw_tokenise(text: str) -> int:
    """Sudachi alone over the same chunks check() uses; returns the morpheme count."""
    tok = tokenizer()
    count = 0
    for cs, ce, _, _ in _chunks(text, split_sentences(text)):
        count += len(tok.tokenize(text[cs:ce]))
    return count


def _perturb(part: str, suffix: str) -> str:
    """One pattern element with a rare character appended to each plain term ($lexicon,
    gaps and wildcards stay), so the clone starts like the original but rarely completes."""
    if part.startswith("~") or part.lstrip("?") in ("*", "#num"):
        return part
    optional = "?" if part.endswith("?") and len(part) > 1 else ""
    alts = part[:-1].split("|") if optional else part.split("|")
    return "|".join(a if a.startswith("$") else a + suffix for a in alts) + optional


def read_fields(text: str) -> int:
    """Sudachi plus reading, per morpheme, the three strings any lemma matcher needs
    (surface, normalized form, reading of kana units): the floor for Python code."""
    tok = tokenizer()
    count = 0
    for cs, ce, _, _ in _chunks(text, split_sentences(text)):
        for m in tok.tokenize(text[cs:ce]):
            s = m.surface()
            m.normalized_form()
            if "\u3041" <= s[0] <= "\u30ff":
                m.reading_form()
            count += 1
    return count


def stages(texts: list[str], repeat: int, profile: str = "auto") -> dict[str, float]:
    """Best CPU time (process time: steadier than wall time on a shared machine) of each
    pipeline stage of check() over `texts`, run apart; "the rest" is check() minus
    normalising, the token columns and matching: context filters, `unless`, findings,
    document checks."""
    from checker.match.ruleset import default_ruleset
    from checker.text.normalize import normalize
    from checker.text.tokens import iter_chunks

    matcher = default_ruleset().matcher
    names = ["normalise + split", "Sudachi alone", "Sudachi + reading 3 fields per morpheme",
             "Sudachi + token columns", "matching", "check()"]
    best: dict[str, float] = {}
    clock = time.process_time
    for _ in range(repeat):
        spent = dict.fromkeys(names, 0.0)
        for text in texts:
            t = [clock()]
            ntext = normalize(text).text
            spans = split_sentences(ntext)
            t.append(clock())
            raw_tokenise(ntext)
            t.append(clock())
            read_fields(ntext)
            t.append(clock())
            chunks = list(iter_chunks(ntext, spans))
            t.append(clock())
            for chunk in chunks:
                for _ in matcher.find(ntext, chunk.tokens, chunk.sentences):
                    pass
            t.append(clock())
            check(text, profile)
            t.append(clock())
            for name, a, b in zip(names, t, t[1:], strict=False):
                spent[name] += b - a
        for name in names:
            best[name] = min(best.get(name, float("inf")), spent[name])
    best["the rest (context filters, unless, findings, document)"] = (
        best["check()"] - best["normalise + split"] - best["Sudachi + token columns"] - best["matching"])
    return best


def synthetic_rules(times: int = 10, mode: str = "rare-start") -> RuleSet:
    """The shipped rules plus (times - 1) clones of each with new ids and perturbed terms.

    rare-start: the clone's first element is a word absent from the corpus, so only the
      index grows (per-token cost must not change);
    same-start: the clone keeps its first element and perturbs the rest, so every hit of
      the original also tries the clones (cost grows with hits, not with tokens); a
      pattern with nothing to perturb (one word, or only `$lists`, wildcards and gaps after
      its first element) gets an absent last word (鑑);
    duplicates: as same-start, but such patterns are cloned unchanged, so each of their
      hits becomes ten candidates that the context filters each judge again (the
      definition before issue 16)."""
    rng = random.Random(10)
    base = list(default_rules())
    rules = list(base)
    for k in range(1, times):
        for rule in base:
            patterns = []
            for src in rule.patterns:
                if src.startswith("re:"):  # same scan, but the clone cannot complete
                    flags = re.match(r"(?:\(\?[aiLmsux]+\))*", src[3:]).group()
                    body = src[3 + len(flags):]
                    patterns.append(f"re:{flags}{_RARE[k % len(_RARE)]}(?:{body})" if mode == "rare-start"
                                    else f"re:{flags}(?:{body})鑑")
                    continue
                parts = src.split()
                if mode == "rare-start":
                    parts[0] = "|".join(rng.sample(_RARE, 2))
                else:
                    parts[1:] = [_perturb(p, "鑑") for p in parts[1:]]
                    if mode == "same-start" and parts == src.split():  # nothing to perturb
                        parts.append("鑑")
                patterns.append(" ".join(parts))
            # validate anew: model_copy would carry over the original's cached compiled patterns
            rules.append(Rule.model_validate(rule.model_dump() | {"id": f"{rule.id}-X{k}", "patterns": patterns}))
    return RuleSet(rules)


def speed(label: str, texts: list[str], profile: str, rounds: int, target: float) -> None:
    """check() against the two Sudachi baselines on `texts`, one document at a time."""
    n_chars = sum(map(len, texts))
    findings = sum(len(check(t, profile).findings) for t in texts)
    times = interleaved({
        "raw": lambda: [raw_tokenise(t) for t in texts],
        "fields": lambda: [read_fields(t) for t in texts],
        "check": lambda: [check(t, profile) for t in texts],
    }, rounds)
    print(f"{label}: {len(texts)} document(s), {n_chars:,} chars, {findings:,} findings "
          f"({n_chars / max(findings, 1):.0f} chars per finding), profile {profile}; {rounds} interleaved rounds, "
          "median (range)")
    for name, what in (("raw", "Sudachi alone"), ("fields", "Sudachi + 3 fields read"), ("check", "check()")):
        print(f"  {what:<24} {spread([n_chars / t for t in times[name]], '{:,.0f}')} chars/s   "
              f"{spread(times[name])} s")
    r_fields = ratios(times["fields"], times["check"])
    r_raw = ratios(times["raw"], times["check"])
    verdict = "meets" if statistics.median(r_fields) >= target else "BELOW"
    print(f"  ratio check / (Sudachi + 3 fields): {spread(r_fields)}x ({verdict} target {target}x); "
          f"check / Sudachi alone: {spread(r_raw)}x")


# run in each tree by `against`: only what both trees have (bench.pages, bench.corpus, check)
_AB_SCRIPT = """
import json, sys, time
from bench.corpus import ad_copy
from bench.pages import page_mix
from checker import check
from checker.text.load import load_bytes
kind, n = sys.argv[1], int(sys.argv[2])
texts = [load_bytes(c, name).text for name, _, c in page_mix(n)] if kind == "mix" else [ad_copy(n)]
profile = "auto" if kind == "mix" else "cosmetic"
for t in texts[:20]:
    check(t[:20000], profile)
t0 = time.process_time()
found = sum(len(check(t, profile).findings) for t in texts)
print(json.dumps({"cpu": time.process_time() - t0, "findings": found, "chars": sum(map(len, texts))}))
"""


def against(tree: Path, pages: int, size: int, rounds: int) -> None:
    """check() CPU seconds on the mix and the dense copy, this checkout against `tree`."""
    here = Path(__file__).resolve().parent.parent
    print(f"this tree {here} against {tree}; load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    for kind, n in (("mix", pages), ("dense", size)):
        runs: dict[Path, list[dict]] = {here: [], tree: []}
        for r in range(rounds):
            for root in ((here, tree) if r % 2 == 0 else (tree, here)):
                out = subprocess.run([sys.executable, "-c", _AB_SCRIPT, kind, str(n)], cwd=root,
                                     capture_output=True, text=True, check=True)
                runs[root].append(json.loads(out.stdout.strip().splitlines()[-1]))
        a, b = ([x["cpu"] for x in runs[root]] for root in (here, tree))
        print(f"  {kind}: {runs[here][0]['chars']:,} chars; check() CPU this tree {spread(a)} s "
              f"({runs[here][0]['findings']:,} findings), against {spread(b)} s ({runs[tree][0]['findings']:,} findings); "
              f"this / against {spread(ratios(a, b))}x ({rounds} rounds, alternating)")
    print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.throughput")
    ap.add_argument("--pages", type=int, default=350, help="documents in the realistic mix")
    ap.add_argument("--size", type=int, default=1_000_000, help="dense corpus size in UTF-8 bytes")
    ap.add_argument("--scaling-size", type=int, default=300_000, help="dense corpus size for the 10x rule runs")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--breakdown", action=argparse.BooleanOptionalAction, default=True,
                    help="also time each pipeline stage apart on the dense copy (default: on)")
    ap.add_argument("--against", type=Path, default=None, metavar="TREE",
                    help="time check() in this checkout against another one (A/B), alternating")
    args = ap.parse_args(argv)
    if args.against is not None:
        against(args.against.resolve(), args.pages, args.size, args.rounds)
        return

    from checker.text.load import load_bytes

    check(NEUTRAL[0])  # load the dictionary and compile the rules outside the timings
    print(f"python {platform.python_version()}")
    mix = [load_bytes(content, name).text for name, _, content in page_mix(args.pages)]
    speed("realistic page mix", mix, "auto", args.rounds, TARGET_MIX)
    if args.breakdown:
        parts = stages(mix, 2)
        print("  stages (mix, run apart, CPU seconds, best of 2): " + ", ".join(f"{k} {v:.2f}" for k, v in parts.items()))
    dense = ad_copy(args.size)
    speed("dense ad copy", [dense], "cosmetic", args.rounds, TARGET_DENSE)

    if args.breakdown:
        parts = stages([dense], 2, "cosmetic")
        print("  stages (dense, run apart, CPU seconds, best of 2): " + ", ".join(f"{k} {v:.2f}" for k, v in parts.items()))

    text = ad_copy(args.scaling_size, seed=9)
    shipped = default_ruleset()
    rare, same, dup = (synthetic_rules(10, "rare-start"), synthetic_rules(10, "same-start"),
                       synthetic_rules(10, "duplicates"))
    for rs in (rare, same, dup):
        check(NEUTRAL[0], ruleset=rs)
    n_rules = len(shipped.rules)
    times = interleaved({
        "shipped": lambda: check(text, "cosmetic", ruleset=shipped),
        "rare-start": lambda: check(text, "cosmetic", ruleset=rare),
        "same-start": lambda: check(text, "cosmetic", ruleset=same),
        "duplicates": lambda: check(text, "cosmetic", ruleset=dup),
    }, args.rounds)
    print(f"rules x10 on {len(text):,} chars of dense copy ({n_rules} -> {len(rare.rules)} rules), "
          f"{args.rounds} interleaved rounds, median (range):")
    print(f"  shipped rules: {spread(times['shipped'])} s")
    for mode, target in (("rare-start", TARGET_RARE), ("same-start", TARGET_SAME), ("duplicates", TARGET_SAME)):
        r = ratios(times[mode], times["shipped"])
        verdict = "meets" if statistics.median(r) <= target else "OVER"
        print(f"  {mode}: {spread(times[mode])} s, {spread(r)}x the time with the shipped rules "
              f"({verdict} target {target}x)")


if __name__ == "__main__":
    main()
