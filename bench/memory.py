"""Peak memory (RSS) of `check()` on large inputs, each measured in a fresh process.

    python -m bench.memory [--sizes 1000000,10000000]

For every size two inputs are checked: generated ad copy (paragraphs and sentences)
and a single line with no punctuation at all. The child process loads the dictionary
and rules first, so "baseline" is the cost of a warm checker and "peak" what checking
the input adds on top of it."""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time

KINDS = ("ad_copy", "unpunctuated_line")


def measure(kind: str, size: int) -> dict:
    """Runs in the child: build the input, check it, report RSS figures (MiB)."""
    from bench import corpus
    from checker import check

    check("副作用ゼロ")
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    text = getattr(corpus, kind)(size)
    with_text = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    report = check(text, "cosmetic")
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"kind": kind, "bytes": len(text.encode()), "chars": len(text), "findings": len(report.findings),
            "seconds": round(seconds, 2), "baseline_mib": round(baseline), "with_input_mib": round(with_text),
            "peak_mib": round(peak), "added_by_check_mib": round(peak - with_text)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.memory")
    ap.add_argument("--sizes", default="1000000,10000000", help="comma-separated input sizes in bytes")
    ap.add_argument("--child", nargs=2, metavar=("KIND", "SIZE"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(measure(args.child[0], int(args.child[1]))))
        return
    print(f"{'input':<20}{'bytes':>12}{'chars':>12}{'findings':>10}{'seconds':>9}"
          f"{'warm RSS':>10}{'peak RSS':>10}{'added':>8}  (MiB)")
    for size in (int(s) for s in args.sizes.split(",")):
        for kind in KINDS:
            out = subprocess.run([sys.executable, "-m", "bench.memory", "--child", kind, str(size)],
                                 capture_output=True, text=True, check=True)
            r = json.loads(out.stdout)
            print(f"{kind:<20}{r['bytes']:>12,}{r['chars']:>12,}{r['findings']:>10}{r['seconds']:>9}"
                  f"{r['baseline_mib']:>10}{r['peak_mib']:>10}{r['added_by_check_mib']:>8}")


if __name__ == "__main__":
    main()
