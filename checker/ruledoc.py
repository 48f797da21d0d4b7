"""`exocheck rules`, `exocheck explain` and docs/rules.md: the rules documented from
their own data (ruff's `ruff rule` / generated docs model), so the catalogue cannot
drift from what the checker runs."""

from __future__ import annotations

import difflib
import json
import sys
from collections import Counter

from .disclosures import Disclosure, default_catalogue
from .models import PROFILES
from .rules import Rule, default_rules
from .taxonomy import CATEGORY_TITLES, CLAIM_CATEGORIES, DISCLOSURE_CATEGORIES

# Packs in the order a reviewer reads them: the statute first, then its specialisations.
PACK_ORDER = ("yakki", "cosmetics", "medical_ad", "keihyo", "jsrm")
PACK_TITLES = {
    "yakki": "薬機法・医薬品等適正広告基準・46通知",
    "cosmetics": "化粧品の効能の範囲・化粧品等の適正広告ガイドライン",
    "medical_ad": "医療法・医療広告ガイドライン",
    "keihyo": "景品表示法・価格表示ガイドライン",
    "jsrm": "JSRM EVガイダンス・厚労省事務連絡・再生医療等安全性確保法",
}
DISCLAIMER = "exocheck はリスクのスクリーニングであり、法的助言ではありません。判断は資格のある担当者が行ってください。"


def ordered(rules: list[Rule] | tuple[Rule, ...]) -> list[Rule]:
    """Rules by pack (PACK_ORDER, unknown packs last by name), then by id."""
    rank = {p: i for i, p in enumerate(PACK_ORDER)}
    return sorted(rules, key=lambda r: (rank.get(r.pack, len(rank)), r.pack, r.id))


def _severity(rule: Rule | Disclosure, profile: str) -> str:
    if isinstance(rule, Disclosure):
        ev, other = rule.severity_for(profile, True), rule.severity_for(profile, False)
        return ev or "off" if ev == other else f"{ev or 'off'} (EV) / {other or 'off'}"
    s = rule.severity_for(profile)
    return s.value if s else "off"


def severities(rule: Rule | Disclosure) -> str:
    return ", ".join(f"{p}={_severity(rule, p)}" for p in PROFILES)


def _examples(rule: Rule | Disclosure, kind: str) -> list[str]:
    if isinstance(rule, Disclosure):
        return list(rule.examples.get({"bad": "absent", "good": "present"}[kind], []))
    return [f"{e.text}" + (f" ({e.profile})" if e.profile else "") for e in rule.example_items(kind)]


def _rewrites(rule: Rule | Disclosure) -> list[str]:
    """Per-profile wording, concrete replacements and the reason to delete, one line each."""
    if not isinstance(rule, Rule):
        return []
    out = []
    for profile, text in rule.for_profile.items():
        parts = [f"{k}: {v}" for k, v in text.model_dump().items() if v]
        out.append(f"- {profile}: " + " / ".join(parts))
    for r in rule.replacements:
        where = f"（{', '.join(r.profiles)}）" if r.profiles else ""
        out.append(f"- 置換 `{r.match}` → 「{r.text}」{where}")
    if rule.delete:
        out.append(f"- 削除: {rule.delete}")
    return out


def explain(rule: Rule | Disclosure) -> str:
    """The `exocheck explain` page of one rule or disclosure check."""
    lines = [f"{rule.id}  {rule.name}".rstrip(), f"category: {rule.category}", f"pack: {rule.pack}",
             f"severity: {severities(rule)}", f"source: {rule.source}", "", rule.message, ""]
    if rule.rationale:
        lines += ["## なぜ問題か", rule.rationale.strip(), ""]
    lines += ["## 言い換え", rule.suggestion, ""]
    if extra := _rewrites(rule):
        lines += ["## プロファイル別の文言・書き換え", *extra, ""]
    if isinstance(rule, Rule):
        lines += ["## パターン"] + [f"- {p}" for p in rule.patterns]
        unless = {k: v for k, v in rule.unless.model_dump().items() if v}
        lines += [f"- unless {k}: {v}" for k, v in unless.items()]
        lines += [""]
    bad, good = ("検出例 (bad)", "問題なし (good)") if isinstance(rule, Rule) else ("記載がない例", "記載がある例")
    lines += [f"## {bad}"] + [f"- {e}" for e in _examples(rule, "bad")]
    lines += ["", f"## {good}"] + [f"- {e}" for e in _examples(rule, "good")]
    lines += ["", DISCLAIMER]
    return "\n".join(lines) + "\n"


def _md_rule(rule: Rule | Disclosure) -> list[str]:
    sev = " / ".join(f"{p}: **{_severity(rule, p)}**" for p in PROFILES)
    out = [f"### {rule.id} {rule.name}".rstrip(), "", f"- category: `{rule.category}`", f"- severity: {sev}",
           f"- source: {rule.source}", "", rule.message, "", f"**言い換え:** {rule.suggestion}", ""]
    if rule.rationale:
        out += [rule.rationale.strip(), ""]
    if extra := _rewrites(rule):
        out += ["プロファイル別の文言・書き換え:", "", *extra, ""]
    if isinstance(rule, Rule):
        out += ["<details><summary>パターン</summary>", "", "```text"] + rule.patterns
        unless = {k: v for k, v in rule.unless.model_dump().items() if v}
        out += [f"unless {k}: {v}" for k, v in unless.items()]
        out += ["```", "", "</details>", ""]
    bad, good = ("検出例", "問題なし") if isinstance(rule, Rule) else ("記載がない例", "記載がある例")
    out += [f"{bad}:", ""] + [f"- {e}" for e in _examples(rule, "bad")] + [""]
    out += [f"{good}:", ""] + [f"- {e}" for e in _examples(rule, "good")] + [""]
    return out


def _anchor(rule: Rule | Disclosure) -> str:
    from reports.catalogue import rule_anchor

    return rule_anchor(rule.id, rule.name)


def markdown(rules: list[Rule] | tuple[Rule, ...] | None = None,
             disclosures: list[Disclosure] | None = None) -> str:
    """docs/rules.md: summary tables, then every phrase rule by pack, then the disclosure checks."""
    rules = ordered(default_rules() if rules is None else rules)
    if disclosures is None:
        disclosures = list(default_catalogue().disclosures)
    out = ["# exocheck rules", "", "Generated by `make docs` (`exocheck rules --format markdown`); do not edit by hand.",
           "", f"> {DISCLAIMER}", "", f"{len(rules)} phrase rules in {len({r.pack for r in rules})} packs, "
           f"{len(disclosures)} document-level disclosure checks. `exocheck explain RULE_ID` prints one rule.", ""]
    out += ["## Rules per category", "", "| category | what it flags | rules |", "|---|---|---|"]
    by_cat: dict[str, list[Rule]] = {c: [] for c in CLAIM_CATEGORIES}
    for r in rules:
        by_cat.setdefault(r.category, []).append(r)
    for cat, rs in by_cat.items():
        links = ", ".join(f"[{r.id}](#{_anchor(r)})" for r in rs)
        out.append(f"| `{cat}` | {CATEGORY_TITLES.get(cat, '')} | {links} |")
    packs = Counter(r.pack for r in rules)
    out += ["", "## Rules per pack", "", "| pack | source | rules |", "|---|---|---|"]
    out += [f"| `{p}` | {PACK_TITLES.get(p, '')} | {n} |" for p, n in packs.items()]
    out.append("")
    current = None
    for r in rules:
        if r.pack != current:
            current = r.pack
            out += [f"## Pack `{current}`: {PACK_TITLES.get(current, current)}".rstrip(), ""]
        out += _md_rule(r)
    if disclosures:
        rank = {c: i for i, c in enumerate(DISCLOSURE_CATEGORIES)}
        out += ["## Disclosure checks (document level)", "",
                "A finding means the ad does not state the item anywhere; it has no span.", ""]
        for d in sorted(disclosures, key=lambda d: (rank.get(d.category, len(rank)), d.id)):
            out += _md_rule(d)
    return "\n".join(out).rstrip("\n") + "\n"


def _all_checks() -> list[Rule | Disclosure]:
    return [*ordered(default_rules()), *default_catalogue().disclosures]


def run(args) -> int:
    """Entry point of `exocheck rules` and `exocheck explain`."""
    if args.command == "explain":
        wanted = args.rule_id.strip().upper()
        checks = _all_checks()
        match = [r for r in checks if r.id == wanted]
        if not match:
            close = difflib.get_close_matches(wanted, [r.id for r in checks], n=3, cutoff=0.75)
            hint = f" (did you mean {', '.join(close)}?)" if close else " (see `exocheck rules`)"
            print(f"exocheck: error: unknown rule {args.rule_id!r}{hint}", file=sys.stderr)
            return 2
        sys.stdout.write(explain(match[0]))
        return 0
    known = (*CLAIM_CATEGORIES, *DISCLOSURE_CATEGORIES)
    if args.category and args.category not in known:
        print(f"exocheck: error: unknown category {args.category!r}; use one of: {', '.join(known)}",
              file=sys.stderr)
        return 2
    checks = _all_checks()
    if args.category:
        checks = [r for r in checks if r.category == args.category]
    if args.format == "json":
        data = [r.model_dump(mode="json") for r in checks]
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    elif args.format == "markdown":
        sys.stdout.write(markdown([r for r in checks if isinstance(r, Rule)],
                                  [r for r in checks if isinstance(r, Disclosure)]))
    else:
        for r in checks:
            print(f"{r.id:<20} {r.category:<29} {severities(r)}  {r.message}")
    return 0
