"""No input may cost more than linear time (issue 13): every regex that sees submitted
text is RE2, the rule loader refuses one that is not, and a sweep of every compiled
pattern with inputs made of its own characters shows no superlinear growth.

Times are compared as growth ratios between a small and a large input of the same shape
(the minimum of a few runs each), never against absolute budgets: quadratic growth from
2k to 40k characters is ~400x, linear ~20x."""

from __future__ import annotations

import importlib
import pkgutil
import re
from itertools import cycle, islice

import pytest
from timing_helpers import SLACK, best_of, grows_linearly

import api
import checker
import reports
from checker import check
from checker.judge import context
from checker.match import linear_re
from checker.match.disclosures import default_disclosures
from checker.match.rules import RuleError, Term, default_rules, load_pack

SMALL, LARGE = 2_000, 40_000

# `re` patterns allowed outside linear_re: each is a single character class (optionally
# repeated), which has nothing to backtrack into, and sees text RE2 cannot read (lone
# surrogates in names and raw input), one Sudachi token, or the project's own strings.
_SINGLE_CLASS = re.compile(r"\(?\[\^?(?:\\.|[^\]\\])+\]\)?[+*]?")
_RE_ALLOWED = {
    "checker.match.patterns": "rule sources and single tokens (numbers, kana)",
    "checker.match.linear_re": "pattern sources, rewritten for RE2 (never a text)",
    "checker.match.candidates": "single Sudachi tokens (katakana runs)",
    "api.messages": "the loader's own error messages",
    "reports.spans": "literal line breaks",
    "checker.text.sourcemap": "literal line breaks in report text (which may hold lone surrogates)",
}


def _grows_linearly(fn, make, sizes: tuple[int, int] = (SMALL, LARGE)) -> tuple[bool, str]:
    return grows_linearly(fn, make, sizes)


_ESCAPE_CHARS = {"d": "1", "s": " ", "w": "a", "D": "あ", "S": "あ", "W": "、", "p": "あ", "P": "、"}


def _atoms(pattern: str) -> list[str]:
    """The characters a pattern names, in order: a sample of each class escape, then the
    literals and class members, then a character most negated classes accept."""
    escapes = [_ESCAPE_CHARS.get(m.group(1), "") for m in re.finditer(r"\\([A-Za-z])", pattern)]
    literals = re.sub(r"\\[pPx]\{[^}]*\}|\\[A-Za-z]", "", pattern)
    chars = escapes + [c for c in literals if c not in "()[]{}?*+|^$\\.-:<=!"] + ["あ"]
    return [c for c in dict.fromkeys(chars) if c]


def _inputs(pattern: str):
    """Adversarial shapes from the pattern's own characters: all of them in turn, runs of
    the first few, and each of them between other characters, ending where a match fails."""
    atoms = _atoms(pattern)
    shapes = [lambda n, a=atoms: "".join(islice(cycle(a), n))]
    for a in atoms[:3]:
        shapes.append(lambda n, a=a: a * n)
        shapes.append(lambda n, a=a: "".join(islice(cycle(["あ", a]), n)) + "あ" * 8 + "。")
    return shapes


def _scan(regex) -> callable:
    if isinstance(regex, (linear_re.Regex, re.Pattern)):
        return lambda text: sum(1 for _ in regex.finditer(text))
    return lambda text: regex.search(text)  # context._Tempered / _AnyOf, Term-like


def _module_regexes():
    """(where, pattern object) for every compiled pattern at module level."""
    seen = {}
    for pkg in (checker, reports, api):
        for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
            try:
                module = importlib.import_module(info.name)
            except ImportError:
                continue
            for name, value in vars(module).items():
                for item in _flatten(value):
                    if isinstance(item, (linear_re.Regex, re.Pattern, context._Tempered)):
                        seen.setdefault(id(item), (f"{info.name}.{name}", item))
    return list(seen.values())


def _flatten(value, depth: int = 0):
    if depth > 3:
        return
    if isinstance(value, (list, tuple)):
        for v in value:
            yield from _flatten(v, depth + 1)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _flatten(v, depth + 1)
    elif isinstance(value, context._AnyOf):
        for v in value.patterns:
            yield from _flatten(v, depth + 1)
    else:
        yield value


def _rule_regexes():
    out = []
    for rule in default_rules():
        out += [(f"{rule.id} {p.source[:40]}", p.regex) for p in rule.compiled if p.regex is not None]
        for field, cond in rule.unless_compiled.items():
            out += [(f"{rule.id} unless.{field}", r) for r in _flatten(cond)]
    cat = default_disclosures()
    out.append(("disclosure ev_terms", cat.settings.ev_pattern))
    for d in cat.disclosures:
        for e in d.evidence:
            for t in e.all:
                out += [(f"{d.id} term", r) for r in t.compiled if r is not None]
    return out


def _expand(named):
    for where, regex in named:
        if isinstance(regex, Term):
            yield from ((where, r) for r in regex.compiled if r is not None)
        elif isinstance(regex, context._Tempered):
            yield where, regex.regex
            yield where + " forbidden", regex.forbidden
        else:
            yield where, regex


ALL_REGEXES = list(_expand(_module_regexes() + _rule_regexes()))


def test_the_sweep_sees_the_engine_and_the_rules():
    names = " ".join(w for w, _ in ALL_REGEXES)
    assert len(ALL_REGEXES) > 120
    for part in ("checker.judge.context._NEGATION", "checker.judge.document", "YK-", "DOC-", "checker.text.html_page", "checker.text.markdown_prose"):
        assert part in names, part


def test_python_re_only_where_it_cannot_backtrack():
    """A backtracking pattern that sees submitted text is a bug: RE2 (linear_re) instead."""
    for where, regex in ALL_REGEXES:
        if not isinstance(regex, re.Pattern):
            continue
        module = where.rsplit(".", 1)[0]
        parts = [regex.pattern] if _SINGLE_CLASS.fullmatch(regex.pattern) else regex.pattern.split("|")
        plain = all(_SINGLE_CLASS.fullmatch(p) or not re.search(r"[*+?{}()\[\]]", p) for p in parts)
        assert module in _RE_ALLOWED or plain, f"{where} uses the backtracking re module: {regex.pattern!r}"


@pytest.mark.parametrize("where,regex", ALL_REGEXES, ids=[f"{i}:{w}" for i, (w, _) in enumerate(ALL_REGEXES)])
def test_every_pattern_runs_in_linear_time(where, regex):
    for make in _inputs(regex.pattern):
        ok, figures = _grows_linearly(_scan(regex), make)
        assert ok, f"{where} {regex.pattern[:80]!r} on {make(12)!r}…: {figures}"


def test_the_loader_refuses_a_pattern_re2_cannot_compile(tmp_path):
    pack = tmp_path / "pack.yaml"
    pack.write_text(
        "pack: {name: test, source: test}\n"
        "rules:\n"
        "  - id: T-LOOK-001\n    category: superlative\n    severity: error\n    source: s\n"
        "    message: m\n    suggestion: s\n    patterns: ['re:(?<![a-z])best']\n",
        encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_pack(pack)
    assert "T-LOOK-001" in str(err.value) and "lookaround" in str(err.value)


def test_linear_re_keeps_python_unicode_classes():
    assert linear_re.compile(r"\s+").fullmatch("\u3000 \t")
    assert linear_re.compile(r"\d+").fullmatch("１２3")
    assert linear_re.compile(r"\w+").fullmatch("副作用ゼロ_1")
    assert not linear_re.compile(r"[^\s、]").search("\u3000、")
    with pytest.raises(linear_re.RegexError):
        linear_re.compile(r"(a)\1")


# The shapes a probe of issue 13 used against check(): each took seconds to minutes.
HOSTILE = {
    "commas between a cause and a wrinkle claim": lambda n: "日焼けによる" + "あ、" * (n // 2) + "シワが消える",
    "digits around 回 and 通院 in a clinic ad": lambda n: "当院の点滴は" + "1回" * (n // 4) + "2" * (n // 2) + "通院",
    "a long digit run before 円 and 個": lambda n: "エクソソーム" + "1" * n + "円" + "9" * n + "個/mL",
    "a run of stars": lambda n: "★" * n + "「肌が若返った」",
    "a quoted claim repeated": lambda n: "「副作用ゼロ」" * (n // 7) + "は誤解です",
    "a comma-separated list without an end": lambda n: "、".join(["副作用ゼロ"] * (n // 6)),
}


@pytest.mark.parametrize("shape", list(HOSTILE))
def test_check_grows_linearly_on_hostile_copy(shape):
    make = HOSTILE[shape]
    small, large = best_of(lambda t: check(t, "clinic"), make(2_000)), best_of(lambda t: check(t, "clinic"), make(16_000))
    ratio = large / small
    assert large < 0.05 or ratio < 8 * SLACK, f"{shape}: {small:.3f} s -> {large:.3f} s (x{ratio:.0f}; linear ~x8)"


@pytest.mark.parametrize("name,make", [
    ("page.md", lambda n: "[" * n),
    ("page.md", lambda n: "<!-- exocheck-disable " * (n // 22)),
    ("page.html", lambda n: "<span>" * (n // 12) + "</b>" * (n // 8)),
])
def test_loaders_grow_linearly(name, make):
    from checker.text.load import load_bytes

    ok, figures = _grows_linearly(lambda t: load_bytes(t.encode(), name), make)
    assert ok, f"{name}: {figures}"


def test_the_sweep_catches_a_backtracking_pattern():
    """The sweep is not vacuous: a quadratic `re` pattern of the kind issue 13 found (digits
    before 円) fails it, and the same pattern compiled by RE2 passes."""
    pattern, sizes = r"\d[\d,]*\s*万?\s*円", (500, 6_000)  # quadratic: ~x144, linear ~x12
    assert not _grows_linearly(_scan(re.compile(pattern)), lambda n: "1" * n, sizes)[0]
    assert all(_grows_linearly(_scan(linear_re.compile(pattern)), make, sizes)[0] for make in _inputs(pattern))
