"""Throughput of `check()` against raw Sudachi tokenisation, and rule-count scaling.

    python -m bench.throughput [--size BYTES] [--repeat N]

Both sides see the same generated ~1 MB ad copy, the same dictionary and the same
chunking (sentence spans grouped under Sudachi's input limit). Target: check() at
least 0.7x the raw tokenisation throughput. The scaling run clones every shipped rule
ten times with new ids and other first terms, so the matcher's index grows tenfold."""

from __future__ import annotations

import argparse
import platform
import random
import time

from bench.corpus import NEUTRAL, ad_copy
from checker import RuleSet, check
from checker.rules import default_rules
from checker.sentences import split_sentences
from checker.tokens import _chunks, tokenizer

TARGET_RATIO = 0.7
# first terms for the synthetic rules: ordinary words of the corpus, so clones do fire
_VOCAB = ["美容液", "肌", "成分", "潤い", "使用", "乾燥", "季節", "洗顔", "定期便", "工場", "容量", "香料",
          "個人差", "窓口", "スタッフ", "クリーム", "化粧水", "保湿", "角質層", "配合"]


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


def synthetic_rules(times: int = 10) -> RuleSet:
    """The shipped rules plus (times - 1) clones of each with renamed ids and perturbed terms."""
    rng = random.Random(10)
    base = list(default_rules())
    rules = list(base)
    for k in range(1, times):
        for rule in base:
            patterns = []
            for src in rule.patterns:
                if src.startswith("re:"):
                    patterns.append(src)
                    continue
                parts = src.split()
                parts[0] = "|".join(rng.sample(_VOCAB, 2))
                patterns.append(" ".join(parts))
            rules.append(rule.model_copy(update={"id": f"{rule.id}-X{k}", "patterns": patterns}))
    return RuleSet(rules)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.throughput")
    ap.add_argument("--size", type=int, default=1_000_000, help="corpus size in UTF-8 bytes")
    ap.add_argument("--repeat", type=int, default=3)
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

    big = synthetic_rules(10)
    check(NEUTRAL[0], ruleset=big)
    shipped = len(default_rules())
    t_big = best_of(lambda: check(text, "cosmetic", ruleset=big), args.repeat)
    print(f"rules x10 ({shipped} -> {len(big.rules)} rules): {n_chars / t_big:12,.0f} chars/s  ({t_big:.3f} s), "
          f"{t_big / t_check:.2f}x the time with the shipped rules")


if __name__ == "__main__":
    main()
