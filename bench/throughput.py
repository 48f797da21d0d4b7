"""Throughput of `check()` against raw Sudachi tokenisation, and rule-count scaling.

    python -m bench.throughput [--size BYTES] [--repeat N] [--no-breakdown]

Both sides see the same generated ~1 MB ad copy, the same dictionary and the same
chunking (sentence spans grouped under Sudachi's input limit). Target: check() at
least 0.7x the raw tokenisation throughput. The scaling runs clone every shipped rule
ten times with new ids and perturbed terms (see `synthetic_rules`)."""

from __future__ import annotations

import argparse
import platform
import random
import re
import time

from bench.corpus import NEUTRAL, ad_copy
from checker import RuleSet, check
from checker.rules import Rule, default_rules
from checker.sentences import split_sentences
from checker.tokens import _chunks, tokenizer

TARGET_RATIO = 0.7
# First words for clones that never occur in the corpus (pure index growth).
_RARE = ["麒麟", "鳳凰", "琥珀", "翡翠", "珊瑚", "瑠璃", "玻璃", "蒼穹", "黎明", "篝火", "燈籠", "灯台"]


def best_of(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


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


def stages(text: str, repeat: int) -> dict[str, float]:
    """Best time of each pipeline stage of check() on `text`, run apart."""
    from checker.engine import default_ruleset
    from checker.normalize import normalize
    from checker.tokens import iter_chunks

    matcher = default_ruleset().matcher
    best: dict[str, float] = {}
    for _ in range(repeat):
        t = [time.perf_counter()]
        ntext = normalize(text).text
        spans = split_sentences(ntext)
        t.append(time.perf_counter())
        raw_tokenise(ntext)
        t.append(time.perf_counter())
        read_fields(ntext)
        t.append(time.perf_counter())
        chunks = list(iter_chunks(ntext, spans))
        t.append(time.perf_counter())
        for chunk in chunks:
            for _ in matcher.find(ntext, chunk.tokens, chunk.sentences):
                pass
        t.append(time.perf_counter())
        names = ["normalise + split", "Sudachi alone", "Sudachi + reading 3 fields per morpheme",
                 "Sudachi + token columns", "matching"]
        for name, a, b in zip(names, t, t[1:], strict=False):
            best[name] = min(best.get(name, float("inf")), b - a)
    return best


def synthetic_rules(times: int = 10, mode: str = "rare-start") -> RuleSet:
    """The shipped rules plus (times - 1) clones of each with new ids and perturbed terms.

    rare-start: the clone's first element is a word absent from the corpus, so only the
      index grows (per-token cost must not change);
    same-start: the clone keeps its first element and perturbs the rest, so every hit of
      the original also tries the clones (cost grows with hits, not with tokens)."""
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
                patterns.append(" ".join(parts))
            # validate anew: model_copy would carry over the original's cached compiled patterns
            rules.append(Rule.model_validate(rule.model_dump() | {"id": f"{rule.id}-X{k}", "patterns": patterns}))
    return RuleSet(rules)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.throughput")
    ap.add_argument("--size", type=int, default=1_000_000, help="corpus size in UTF-8 bytes")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--breakdown", action=argparse.BooleanOptionalAction, default=True,
                    help="also time each pipeline stage apart (default: on)")
    args = ap.parse_args(argv)

    text = ad_copy(args.size)
    check(NEUTRAL[0])  # load the dictionary and compile the rules outside the timings
    n_chars = len(text)
    t_raw = best_of(lambda: raw_tokenise(text), args.repeat)
    t_check = best_of(lambda: check(text, "cosmetic"), args.repeat)
    findings = len(check(text, "cosmetic").findings)
    ratio = t_raw / t_check
    print(f"corpus: {n_chars:,} chars ({len(text.encode()):,} bytes), {findings} findings, "
          f"python {platform.python_version()}")
    print(f"raw Sudachi tokenisation: {n_chars / t_raw:12,.0f} chars/s  ({t_raw:.3f} s)")
    print(f"check():                  {n_chars / t_check:12,.0f} chars/s  ({t_check:.3f} s)")
    verdict = "meets" if ratio >= TARGET_RATIO else "BELOW"
    print(f"ratio check/raw: {ratio:.2f}x ({verdict} target {TARGET_RATIO}x)")

    if args.breakdown:
        parts = stages(text, args.repeat)
        print("stages: " + ", ".join(f"{k} {v:.2f} s" for k, v in parts.items()))
        rest = t_check - parts["normalise + split"] - parts["Sudachi + token columns"] - parts["matching"]
        print(f"rest of check() (context filters, findings, document checks): ~{rest:.2f} s")
        floor = parts["Sudachi + reading 3 fields per morpheme"]
        print(f"ceiling for Python code that reads each morpheme once: {parts['Sudachi alone'] / floor:.2f}x raw; "
              f"check() beyond that floor: {t_check - floor:.2f} s")
    shipped = len(default_rules())
    for mode in ("rare-start", "same-start"):
        big = synthetic_rules(10, mode)
        check(NEUTRAL[0], ruleset=big)
        t_big = best_of(lambda big=big: check(text, "cosmetic", ruleset=big), args.repeat)
        print(f"rules x10, {mode} ({shipped} -> {len(big.rules)} rules): {n_chars / t_big:10,.0f} chars/s  "
              f"({t_big:.3f} s), {t_big / t_check:.2f}x the time with the shipped rules")

if __name__ == "__main__":
    main()
