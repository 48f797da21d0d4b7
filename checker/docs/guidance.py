"""The public-guidance coverage table (docs/guidance-coverage.md), generated from the
data files docs/guidance/*.yaml.

Each row records one expression family from the public guidance (MHLW 事例解説書, JCIA
化粧品等の適正広告ガイドライン, 消費者庁 留意事項, No.1表示 report, prefectural 薬事
guidance): whether it is NG or OK, in which profile, the source, the rule that covers it,
and an example in our own wording. tests/test_guidance_coverage.py runs every row:
an NG example must raise its category, an OK example must not.

`python -m checker.docs.guidance > docs/guidance-coverage.md` (make docs) writes the table.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from checker.match import fastyaml

GUIDANCE_DIR = Path(__file__).resolve().parents[2] / "docs" / "guidance"  # repository data, not installed
FIELDS = ("family", "verdict", "category", "profile", "source", "rule", "example")


@dataclass(frozen=True)
class Row:
    family: str
    verdict: str  # NG | OK
    category: str
    profile: str
    source: str
    rule: str  # the rule id that reports it (NG), or "" (OK)
    example: str
    file: str = ""


def load_rows(directory: Path = GUIDANCE_DIR) -> list[Row]:
    rows: list[Row] = []
    for path in sorted(directory.glob("*.yaml")):
        data = fastyaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for i, entry in enumerate(data.get("families") or []):
            missing = [f for f in FIELDS if f != "rule" and not entry.get(f)]
            if missing or entry.get("verdict") not in ("NG", "OK") or set(entry) - set(FIELDS):
                raise ValueError(f"{path.name} row {i}: needs {FIELDS} (verdict NG|OK): {entry}")
            rows.append(Row(**{f: str(entry.get(f) or "") for f in FIELDS}, file=path.name))
    return rows


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown(rows: list[Row] | None = None) -> str:
    rows = load_rows() if rows is None else rows
    families = {(r.family, r.category) for r in rows}
    lines = [
        "# Coverage of the public guidance",
        "",
        "Generated from `docs/guidance/*.yaml` by `make docs`; every row is a test",
        "(`tests/test_guidance_coverage.py`). Examples are our own wording of each documented",
        "expression family, never the guidance's sentences.",
        "",
        f"{len(rows)} rows, {len(families)} families.",
        "",
        "| family | NG/OK | category | profile | source | rule id | example (our wording) |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(f"| {_cell(r.family)} | {r.verdict} | `{r.category}` | {r.profile} | {_cell(r.source)} "
                     f"| {r.rule and f'`{r.rule}`'} | {_cell(r.example)} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(markdown())
