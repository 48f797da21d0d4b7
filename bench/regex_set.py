"""The `re:` rule patterns' RE2::Set screen, one set against groups of a few patterns.

    python -m bench.regex_set [--rounds N]

Every bad and good example sentence of the shipped rules (a few thousand, each worded
differently) is screened the way the matcher screens a sentence (`linear_re.RegexSet`,
loose forms): which `re:` patterns may match. Varied text matters here: RE2 builds its
DFA states lazily, so the generated template copy of the other benches (a few dozen
distinct sentences) keeps one big set's states warm and hides what real pages cost.
Compared, alternating within each round: all patterns in one RE2::Set, and the groups
of `linear_re._SET_SIZE` that the matcher uses (and a few other group sizes). Both name
the same patterns; the figure is the time ratio of each against the single set, median
of the rounds with its range."""

from __future__ import annotations

import argparse
import statistics
import time

from checker.match import linear_re
from checker.match.ruleset import default_ruleset

SIZES = (1, linear_re._SET_SIZE, 20, 60)


def grouped(regexes: list, size: int) -> list[linear_re.RegexSet]:
    """`regexes` as sets of `size` patterns (one set when `size` covers them all)."""
    return [linear_re.RegexSet(regexes, loose=True, group=size)]


def screen(sets: list[linear_re.RegexSet], sentences: list[str]) -> tuple[float, int]:
    """Seconds to screen every sentence with every set, and how many patterns were named."""
    named = 0
    t0 = time.perf_counter()
    for text in sentences:
        for s in sets:
            named += len(s.matching(text))
    return time.perf_counter() - t0, named


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    rules = default_ruleset().rules
    sentences = sorted({t for rule in rules for kind in ("bad", "good") for t in rule.example_texts(kind)})
    regexes = [pat.regex for _, pat in default_ruleset().matcher.regexes]
    variants = {"one set": grouped(regexes, len(regexes))}
    variants.update({f"groups of {n}": grouped(regexes, n) for n in SIZES})
    times: dict[str, list[float]] = {name: [] for name in variants}
    counts: dict[str, int] = {}
    for r in range(args.rounds):
        names = list(variants)
        for name in names[r % len(names):] + names[:r % len(names)]:
            seconds, counts[name] = screen(variants[name], sentences)
            times[name].append(seconds)
    print(f"{len(regexes)} re: patterns, {len(sentences):,} example sentences, {args.rounds} rounds")
    one = times["one set"]
    for name, ts in times.items():
        ratios = [t / o for t, o in zip(ts, one, strict=True)]
        print(f"  {name:<14} {statistics.median(ts):7.3f} s  {statistics.median(ratios):5.2f}x one set "
              f"({min(ratios):.2f}-{max(ratios):.2f})  {counts[name]:,} named")


if __name__ == "__main__":
    main()
