"""The compiled-ruleset cache (checker/match/cache.py): same findings, invalidated by any
change to a rule file, and never an error of its own. Every test uses its own cache folder."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pytest

from checker import check
from checker.match import cache, disclosures, linear_re, rules
from checker.text.load import load_path

EXAMPLES = sorted(p for p in Path("examples").rglob("*") if p.suffix in (".txt", ".md", ".html"))
TEXTS = [
    "副作用ゼロのエクソソーム美容液です。保湿成分としてヒト幹細胞培養液を配合。",
    "アトピーが治った！No.1の実感。シミが消える。医師も推奨する再生医療。",
    "当院の幹細胞治療は安全性が確認されています。効果には個人差があります。",
]


@pytest.fixture(autouse=True)
def frozen_rules(monkeypatch, tmp_path) -> Path:
    """A copy of the rule packs and disclosures: the tests compare builds made a moment apart,
    which edits to rules/ in the meantime must not disturb."""
    packs = tmp_path / "rules"
    shutil.copytree(rules.RULES_DIR, packs, ignore=shutil.ignore_patterns("disclosures", "*.yml", "*.md"))
    shutil.copytree(disclosures.DISCLOSURES_DIR, tmp_path / "disclosures")
    monkeypatch.setattr(rules, "RULES_DIR", packs)
    monkeypatch.setattr(disclosures, "DISCLOSURES_DIR", tmp_path / "disclosures")
    return packs


def _build(monkeypatch, tmp_path: Path):
    """cache.defaults() without its process-wide memo, with a cache folder of its own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("EXOCHECK_NO_CACHE", raising=False)
    return cache.defaults.__wrapped__()


def _files(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "xdg" / "exocheck").glob("compiled-*.pickle"))


def _findings(ruleset, text: str, profile: str = "auto"):
    return [(f.rule_id, f.start, f.end, f.severity, f.message) for f in check(text, profile, ruleset=ruleset).findings]


def test_cached_rules_give_identical_findings(monkeypatch, tmp_path):
    fresh = _build(monkeypatch, tmp_path)  # a miss: compiled and stored
    assert len(_files(tmp_path)) == 1
    loaded = _build(monkeypatch, tmp_path)  # a hit: read back
    assert loaded is not fresh and loaded.rules is not fresh.rules
    assert [r.model_dump() for r in loaded.rules] == [r.model_dump() for r in fresh.rules]
    assert loaded.packs == fresh.packs
    assert loaded.disclosures.model_dump() == fresh.disclosures.model_dump()
    texts = [*TEXTS, *(load_path(p).text for p in EXAMPLES)]
    assert len(texts) > 5
    for text in texts:
        assert _findings(loaded.ruleset, text) == _findings(fresh.ruleset, text)
        assert _findings(loaded.ruleset, text, "clinic") == _findings(fresh.ruleset, text, "clinic")


def test_a_changed_rule_file_is_compiled_afresh(monkeypatch, tmp_path, frozen_rules):
    packs = frozen_rules
    first = _build(monkeypatch, tmp_path)
    [old] = _files(tmp_path)
    pack = sorted(packs.glob("*.yaml"))[0]
    text = pack.read_text(encoding="utf-8")
    rule = first.rules[[r.pack for r in first.rules].index(pack.stem)]
    pack.write_text(text.replace(f"id: {rule.id}\n", f"id: {rule.id}-Z\n", 1), encoding="utf-8")
    second = _build(monkeypatch, tmp_path)
    assert f"{rule.id}-Z" in {r.id for r in second.rules}
    assert rule.id not in {r.id for r in second.rules}
    new = next(p for p in _files(tmp_path) if p != old)
    third = _build(monkeypatch, tmp_path)  # and the new one is read back
    assert [r.id for r in third.rules] == [r.id for r in second.rules]
    for n in range(cache._KEEP + 2):  # old versions do not pile up
        pack.write_text(text + f"# edit {n}\n", encoding="utf-8")
        _build(monkeypatch, tmp_path)
    assert len(_files(tmp_path)) == cache._KEEP
    assert new not in _files(tmp_path)


def test_corrupt_or_unwritable_cache_falls_back_to_compiling(monkeypatch, tmp_path):
    good = _build(monkeypatch, tmp_path)
    [path] = _files(tmp_path)
    for junk in (b"", b"exocheck-compiled-1garbage", path.read_bytes()[:1000], b"\x80\x04K\x01."):
        path.write_bytes(junk)
        again = _build(monkeypatch, tmp_path)
        assert [r.id for r in again.rules] == [r.id for r in good.rules]
    good_bytes = _build(monkeypatch, tmp_path) and path.read_bytes()
    path.chmod(0o666)  # a file others could have written is not read
    assert path.read_bytes() == good_bytes
    assert cache._load(path) is None
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert [r.id for r in cache.defaults.__wrapped__().rules] == [r.id for r in good.rules]


def test_no_cache_setting_writes_nothing(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("EXOCHECK_NO_CACHE", "1")
    assert cache.defaults.__wrapped__().rules
    assert not (tmp_path / "xdg").exists()


@pytest.mark.parametrize(("pattern", "flags", "text"), [
    (r"副作用\s*ゼロ", 0, "これは副作用 ゼロです"),
    (r"(?:^|[^a-z])(?P<m>no side effects)", linear_re.IGNORECASE, "With NO SIDE EFFECTS at all"),
])
def test_a_pickled_regex_compiles_on_first_use(pattern, flags, text):
    rx = linear_re.compile(pattern, flags)
    copy = pickle.loads(pickle.dumps(rx))
    assert (copy.pattern, copy.flags) == (pattern, flags)
    assert copy.search(text).span() == rx.search(text).span()
    assert copy.group_span(copy.search(text)) == rx.group_span(rx.search(text))
    assert copy.findall(text) == rx.findall(text)


def test_a_rule_file_changed_while_compiling_is_not_stored(monkeypatch, tmp_path, frozen_rules):
    packs = frozen_rules
    pack = sorted(packs.glob("*.yaml"))[0]
    compile_defaults = cache.compile_defaults

    def edited_meanwhile():
        compiled = compile_defaults()
        pack.write_text(pack.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
        return compiled

    monkeypatch.setattr(cache, "compile_defaults", edited_meanwhile)
    assert _build(monkeypatch, tmp_path).rules
    assert _files(tmp_path) == []
