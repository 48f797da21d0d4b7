"""exocheck beside the tools a user might pick instead, on the same files (issue 16).

    python -m bench.peers [--pages N] [--rounds N]

The realistic page mix (`bench.pages`, 350 pages by default) is written to a temporary
folder and checked, as whole processes, by
  (a) a plain NG-word substring scan in Python (decode each file, count ~60 words);
  (b) textlint with textlint-rule-prh and the same ~60 words as a prh dictionary
      (installed with npm into a temporary folder when node and npm are present;
      skipped with a line saying so when they are not, or when the install fails);
  (c) `exocheck check DIR --format json --jobs 1` (one process, like the others).
Runs alternate between the tools, median of --rounds (default 5) with the range; the
findings count is printed beside each time, since speed without recall is no win.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.pages import page_mix, write_pages

# the words a plain NG list would hold (prh: each one flagged with a neutral "expected")
NG_WORDS = [
    "副作用ゼロ", "副作用なし", "副作用のない", "副作用は一切", "刺激ゼロ", "100%安全", "安全です", "安心です",
    "必ず", "絶対", "誰でも", "確実に", "完治", "治る", "治す", "治療できる", "改善します", "再生します",
    "肌を再生", "若返る", "若返り", "細胞を活性化", "細胞レベル", "消える", "シミが消え", "シワが消え",
    "ほうれい線が消え", "真皮まで", "浸透して", "根本から", "No.1", "ナンバーワン", "世界初", "日本初", "最高",
    "究極", "最強", "圧倒的", "医師も推薦", "医師推薦", "皮膚科医が認め", "医療機関でも", "今だけ", "半額", "先着",
    "限定", "臨床試験で", "効果が証明", "証明されて", "アトピー", "がんが", "免疫力", "病気", "たった1回",
    "1回で", "即効", "奇跡", "老化を止め", "生きた幹細胞", "厚労省承認", "国が認めた",
]


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp932", "replace")


NG_SCRIPT = """
import json, sys
from pathlib import Path
words = json.loads(sys.argv[2])
hits = 0
for p in sorted(Path(sys.argv[1]).iterdir()):
    data = p.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp932", "replace")
    hits += sum(text.count(w) for w in words)
print(hits)
"""


def install_textlint(where: Path) -> Path | None:
    """npm-install textlint, textlint-rule-prh and the HTML plugin into `where`; the textlint
    binary, or None (with the reason printed) when node/npm are missing or npm fails."""
    if not shutil.which("node") or not shutil.which("npm"):
        print("textlint + prh: SKIPPED (node and npm are not installed)")
        return None
    proc = subprocess.run(["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", str(where),
                           "textlint@14", "textlint-rule-prh@6", "textlint-plugin-html@1"],
                          capture_output=True, text=True, timeout=600)
    binary = where / "node_modules" / ".bin" / "textlint"
    if proc.returncode or not binary.exists():
        print(f"textlint + prh: SKIPPED (npm install failed: {proc.stderr.strip()[-300:]})")
        return None
    prh = ["version: 1", "rules:"]
    for word in NG_WORDS:
        prh += [f"  - expected: 【要確認:{word}】", f"    pattern: {json.dumps(word, ensure_ascii=False)}"]
    (where / "prh.yml").write_text("\n".join(prh) + "\n", encoding="utf-8")
    (where / ".textlintrc.json").write_text(json.dumps({
        "plugins": {"html": True},
        "rules": {"prh": {"rulePaths": [str(where / "prh.yml")]}},
    }), encoding="utf-8")
    return binary


def run(cmd: list[str], cwd: Path | None = None) -> tuple[float, str]:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd)
    seconds = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{cmd[0]} failed ({proc.returncode}): {proc.stderr[-500:]}")
    return seconds, proc.stdout


def exocheck_command() -> list[str]:
    script = Path(sys.executable).parent / "exocheck"
    return [str(script)] if script.exists() else [sys.executable, "-m", "checker.cli.main"]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.peers")
    ap.add_argument("--pages", type=int, default=350)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="exocheck-peers-") as tmp:
        root = Path(tmp)
        pages = root / "pages"
        pages.mkdir()
        files = write_pages(pages, page_mix(args.pages))
        chars = sum(len(_decode(p.read_bytes())) for p in files)
        print(f"{len(files)} pages, {chars:,} characters (file text, markup included), "
              f"{len(NG_WORDS)} NG words / prh entries; whole processes, {args.rounds} interleaved rounds")
        tools: dict[str, tuple[list[str], Path | None, object]] = {
            "NG-word substring scan (Python)": (
                [sys.executable, "-c", NG_SCRIPT, str(pages), json.dumps(NG_WORDS, ensure_ascii=False)], None,
                lambda out: int(out.strip())),
        }
        textlint = install_textlint(root / "textlint")
        if textlint is not None:
            tools["textlint + textlint-rule-prh"] = (
                [str(textlint), "--format", "json", "--config", str(root / "textlint" / ".textlintrc.json"),
                 str(pages)], root / "textlint",
                lambda out: sum(len(f["messages"]) for f in json.loads(out)))
        tools["exocheck check --jobs 1"] = (
            [*exocheck_command(), "check", "--format", "json", "--fail-on", "never", "--jobs", "1", str(pages)], None,
            lambda out: sum(len(f["findings"]) for f in json.loads(out)["files"]))
        times: dict[str, list[float]] = {name: [] for name in tools}
        found: dict[str, int] = {}
        names = list(tools)
        for name in names:  # warm the file cache and each tool's own caches once
            run(tools[name][0], tools[name][1])
        for r in range(args.rounds):
            for name in names[r % len(names):] + names[:r % len(names)]:
                cmd, cwd, count = tools[name]
                seconds, out = run(cmd, cwd)
                times[name].append(seconds)
                found[name] = count(out)
        for name in names:
            t = times[name]
            print(f"  {name:<34} {statistics.median(t):7.2f} s ({min(t):.2f}-{max(t):.2f})  "
                  f"{chars / statistics.median(t):12,.0f} chars/s  {found[name]:6,} findings")
        exo = statistics.median(times["exocheck check --jobs 1"])
        if "textlint + textlint-rule-prh" in times:
            ratio = [b / a for a, b in zip(times["exocheck check --jobs 1"], times["textlint + textlint-rule-prh"],
                                           strict=True)]
            print(f"  exocheck speed / textlint+prh: {statistics.median(ratio):.2f}x "
                  f"({min(ratio):.2f}-{max(ratio):.2f}; target >= 0.5x)")
        print(f"  exocheck: {exo:.2f} s for morphological analysis, context filters and disclosure checks")


if __name__ == "__main__":
    main()
