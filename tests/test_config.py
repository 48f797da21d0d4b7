"""Project config: discovery, validation, select/ignore/severity, packs, per-file choices."""

import pickle
import textwrap
from pathlib import Path

import pytest

from checker import check
from checker.match.rules import default_rules
from checker.models import Finding, Severity, fails
from checker.pipeline import finish_file
from checker.project.config import Config, ConfigError, ProjectSettings, discover, find_config, load_config
from checker.project.selectors import Selection, copy_rule

# A small pack of our own so selection can be tested across ids, prefixes and categories.
PACK = """
rules:
  - id: ACME-PRICE-001
    category: price-inducement
    severity: warning
    source: 社内基準
    message: 値引きで購入を急がせる表現です。
    suggestion: 期間と条件を具体的に書きます。
    patterns: [ミラクル得々便]
  - id: ACME-BEST-001
    category: superlative
    severity: {cosmetic: warning, supplement: warning}
    source: 社内基準
    message: 根拠のない最上級表現です。
    suggestion: 調査の出典を添えます。
    patterns: [ぷるぷる番長]
"""
TEXT = "ミラクル得々便の美容液。ぷるぷる番長の品質で副作用ゼロ。"  # coined words: no built-in rule matches them


def _project(tmp_path: Path, table: str, name: str = ".exocheck.toml") -> Path:
    (tmp_path / "packs").mkdir(exist_ok=True)
    (tmp_path / "packs" / "acme.yaml").write_text(PACK, encoding="utf-8")
    header = "[tool.exocheck]\n" if name == "pyproject.toml" else ""
    (tmp_path / name).write_text(header + textwrap.dedent(table), encoding="utf-8")
    return tmp_path / name


def _ids(cfg: Config, text: str = TEXT, profile: str = "cosmetic") -> dict[str, str]:
    """Severity by rule id, for the rules under test (other built-in rules may match too)."""
    return {f.rule_id: f.severity.value for f in check(text, profile, ruleset=cfg.ruleset()).findings
            if f.rule_id.startswith("ACME-") or f.rule_id == "YK-SAFETY-001"}


def test_found_by_walking_up_and_nearest_wins(tmp_path):
    _project(tmp_path, 'profile = "clinic"\n', "pyproject.toml")
    deep = tmp_path / "site" / "clinic"
    deep.mkdir(parents=True)
    page = deep / "index.html"
    page.write_text("x", encoding="utf-8")
    assert find_config(page) == tmp_path / "pyproject.toml"
    assert discover([page]).settings.profile == "clinic"
    # a pyproject.toml without [tool.exocheck] is skipped; a nearer .exocheck.toml wins
    (tmp_path / "site" / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    assert find_config(page) == tmp_path / "pyproject.toml"
    (deep / ".exocheck.toml").write_text('profile = "supplement"\n', encoding="utf-8")
    assert find_config(page) == deep / ".exocheck.toml"
    assert discover([page]).settings.profile == "supplement"


def test_no_config_gives_defaults_rooted_at_the_paths(tmp_path):
    cfg = discover([tmp_path])
    assert cfg.path is None and cfg.root == tmp_path.resolve() and cfg.settings == ProjectSettings()
    assert cfg.ruleset() is Config().ruleset()  # the shared default RuleSet


@pytest.mark.parametrize(("body", "expected"), [
    ('selct = ["YK"]\n', "unknown key 'selct' (did you mean 'select'?)"),
    ('profile = "spa"\n', "profile: Input should be 'auto', 'cosmetic', 'supplement' or 'clinic'"),
    ('fail-on = 3\n', "fail-on: Input should be"),
    ('[severity]\nYK-SAFETY-001 = {salon = "warning"}\n', "unknown profile(s) ['salon']"),
    ('[severity]\nYK-SAFETY-001 = "loud"\n', "severity: YK-SAFETY-001: 'loud' is not one of error, warning"),
    ('exclude = "drafts/"\n', "exclude: Input should be a valid list"),
    ("profile = \n", "invalid TOML"),
])
def test_bad_config_is_one_line_naming_file_and_key(tmp_path, body, expected):
    path = _project(tmp_path, body, ".exocheck.toml")
    with pytest.raises(ConfigError) as exc:
        load_config(path)
    msg = str(exc.value)
    assert "\n" not in msg and str(path) in msg and expected in msg


def test_unknown_key_in_pyproject_names_the_table(tmp_path):
    path = _project(tmp_path, "fail_onn = 'error'\n", "pyproject.toml")
    with pytest.raises(ConfigError, match=r"pyproject.toml: \[tool.exocheck\]: unknown key 'fail_onn'"):
        load_config(path)


def test_select_and_ignore_by_id_prefix_and_category(tmp_path):
    base = 'rule-packs = ["packs/*.yaml"]\n'
    all_on = load_config(_project(tmp_path, base))
    assert set(_ids(all_on)) == {"ACME-PRICE-001", "ACME-BEST-001", "YK-SAFETY-001"}
    only_acme = load_config(_project(tmp_path, base + 'select = ["ACME"]\n'))
    assert set(_ids(only_acme)) == {"ACME-PRICE-001", "ACME-BEST-001"}
    # the more specific selector wins: select a prefix, ignore one rule inside it
    narrowed = load_config(_project(tmp_path, base + 'select = ["ACME"]\nignore = ["ACME-BEST-001"]\n'))
    assert set(_ids(narrowed)) == {"ACME-PRICE-001"}
    by_category = load_config(_project(tmp_path, base + 'ignore = ["price-inducement", "YK-SAFETY"]\n'))
    assert set(_ids(by_category)) == {"ACME-BEST-001"}
    # an id beats a category: ignore the category, select one rule back
    back = load_config(_project(tmp_path, base + 'select = ["ACME-PRICE-001"]\nignore = ["price-inducement"]\n'))
    assert set(_ids(back)) == {"ACME-PRICE-001"}


def test_severity_overrides_and_off(tmp_path):
    cfg = load_config(_project(tmp_path, """\
        rule-packs = ["packs/*.yaml"]
        [severity]
        YK-SAFETY-001 = "info"
        superlative = "error"
        ACME-PRICE-001 = {cosmetic = "off"}
        """))
    assert _ids(cfg) == {"YK-SAFETY-001": "info", "ACME-BEST-001": "error"}
    # per-profile override leaves other profiles alone; a rule off in a profile stays off there
    assert _ids(cfg, profile="supplement") == {"YK-SAFETY-001": "info", "ACME-BEST-001": "error",
                                                "ACME-PRICE-001": "warning"}
    assert "ACME-BEST-001" not in _ids(cfg, profile="clinic")


def test_unknown_selector_is_an_error_with_a_hint(tmp_path):
    cfg = load_config(_project(tmp_path, 'ignore = ["YK-SAFTY-001"]\n'))
    with pytest.raises(ConfigError, match=r"ignore: unknown rule, prefix or category 'YK-SAFTY-001' "
                                          r"\(did you mean 'YK-SAFETY-001'\?\)"):
        cfg.ruleset()
    cfg = load_config(_project(tmp_path, '[severity]\n"price-inducment" = "off"\n'))
    with pytest.raises(ConfigError, match="did you mean 'price-inducement'"):
        cfg.ruleset()


def test_bad_rule_pack_is_a_one_line_error(tmp_path):
    path = _project(tmp_path, 'rule-packs = ["packs/*.yaml"]\n')
    (tmp_path / "packs" / "acme.yaml").write_text(PACK.replace("price-inducement", "cheap"), encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        load_config(path).ruleset()
    assert "acme.yaml: rule ACME-PRICE-001: category: Value error, unknown category 'cheap'" in str(exc.value)
    assert "\n" not in str(exc.value)


def test_pack_glob_matching_nothing_and_id_clash(tmp_path):
    with pytest.raises(ConfigError, match="rule-packs: 'nope/.*yaml' matches no file"):
        load_config(_project(tmp_path, 'rule-packs = ["nope/*.yaml"]\n')).ruleset()
    (tmp_path / "packs" / "clash.yaml").write_text(PACK.replace("ACME-BEST-001", "YK-SAFETY-001"), encoding="utf-8")
    with pytest.raises(ConfigError, match="YK-SAFETY-001 reuses a built-in rule id"):
        load_config(_project(tmp_path, 'rule-packs = ["packs/clash.yaml"]\n')).ruleset()


def test_ruleset_is_built_once_per_config_even_after_pickling(tmp_path):
    path = _project(tmp_path, 'rule-packs = ["packs/*.yaml"]\nignore = ["superlative"]\n')
    first = load_config(path)
    rs = first.ruleset()
    assert load_config(path).ruleset() is rs
    shipped = pickle.loads(pickle.dumps(first))  # what a pool worker receives
    assert "_include" not in shipped.__dict__ and shipped.ruleset() is rs


def test_severity_copy_keeps_compiled_patterns_and_pattern_copy_recompiles():
    rule = default_rules()[0]
    assert rule.compiled  # cached on the original
    quieter = copy_rule(rule, severity="info")
    assert quieter.compiled is rule.compiled and quieter.severity_for("cosmetic") == Severity.info
    other = copy_rule(rule, patterns=["ぷるぷる番長"])
    assert other.compiled is not rule.compiled and len(other.compiled) == 1
    assert rule.severity_for("cosmetic") == Severity.error  # original untouched


def test_per_file_profiles_last_match_wins_and_cli_overrides(tmp_path):
    cfg = load_config(_project(tmp_path, """\
        profile = "cosmetic"
        [per-file-profiles]
        "clinic/**" = "clinic"
        "clinic/shop/**" = "supplement"
        """))
    assert cfg.profile_for(tmp_path / "index.html") == "cosmetic"
    assert cfg.profile_for(tmp_path / "clinic" / "a.html") == "clinic"
    assert cfg.profile_for(tmp_path / "clinic" / "shop" / "b.md") == "supplement"
    assert cfg.profile_for(tmp_path.parent / "elsewhere.md") == "cosmetic"  # outside the root
    forced = cfg.with_overrides(profile="auto", fail_on=None)
    assert forced.profile_for(tmp_path / "clinic" / "a.html") == "auto"
    assert forced.settings.fail_on == "warning"


def test_include_and_exclude(tmp_path):
    cfg = load_config(_project(tmp_path, 'include = ["content/**"]\nexclude = ["content/drafts/"]\n'))
    assert cfg.discovered(tmp_path / "content" / "a.md")
    assert not cfg.discovered(tmp_path / "README.md")  # not included
    assert not cfg.discovered(tmp_path / "content" / "drafts" / "b.md")
    assert cfg.excluded(tmp_path / "content" / "drafts" / "b.md")
    assert not cfg.excluded(tmp_path / "README.md")  # a named file only obeys exclude


def _disclosure(category="disclosure-cost", rule_id="DOC-COST-001") -> Finding:
    return Finding(rule_id=rule_id, category=category, severity=Severity.warning, line=1, column=1, start=0,
                   end=0, matched_text="", message="m", suggestion="s", source="src", scope="document")


def test_findings_not_made_by_rules_obey_ignore_severity_and_per_file_ignores(tmp_path):
    sel = Selection.build(default_rules(), select=["ALL"], ignore=["disclosure-risks"],
                          severity={"disclosure-cost": {"clinic": "error"}}, extra_ids=["DOC-COST-001"])
    kept = sel.filter_findings([_disclosure(), _disclosure("disclosure-risks", "DOC-RISKS-001")], "a.html", "clinic")
    assert [(f.rule_id, f.severity.value) for f in kept] == [("DOC-COST-001", "error")]
    cfg = load_config(_project(tmp_path, '[per-file-ignores]\n"blog/**" = ["disclosure-cost"]\n'))
    blog, shop = tmp_path / "blog" / "x.md", tmp_path / "shop" / "x.md"
    assert finish_file([_disclosure()], "本文", blog, "clinic", cfg) == []
    assert len(finish_file([_disclosure()], "本文", shop, "clinic", cfg)) == 1


def test_finish_applies_inline_suppressions(tmp_path):
    cfg = Config(root=tmp_path)
    text = "副作用ゼロ。 # exocheck: ignore[YK-SAFETY-001]\n副作用ゼロ。\n"
    findings = check(text, "cosmetic", ruleset=cfg.ruleset()).findings
    assert [f.line for f in findings] == [1, 2]
    assert [f.line for f in finish_file(findings, text, tmp_path / "a.txt", "cosmetic", cfg)] == [2]


def test_fail_on(tmp_path):
    warn = _disclosure()
    assert fails([warn], Config().settings.fail_on)
    assert not fails([warn], load_config(_project(tmp_path, 'fail-on = "error"\n')).settings.fail_on)
    assert not fails([warn], load_config(_project(tmp_path, 'fail-on = "never"\n')).settings.fail_on)


def test_effective_config_says_where_it_came_from(tmp_path):
    path = _project(tmp_path, 'profile = "clinic"\nexclude = ["drafts/**"]\n')
    eff = load_config(path).effective()
    assert eff["config-file"] == str(path.resolve())
    assert eff["tool"]["exocheck"]["profile"] == "clinic" and eff["tool"]["exocheck"]["fail-on"] == "warning"
    assert Config().effective()["config-file"].startswith("(none")


# -- through the command line -------------------------------------------------------------

def _cli(capsys, *args: str) -> tuple[int, str, str]:
    from checker.cli.main import main

    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_uses_the_config_and_flags_override_it(tmp_path, capsys, monkeypatch):
    _project(tmp_path, """\
        fail-on = "never"
        [per-file-profiles]
        "clinic/**" = "clinic"
        """)
    (tmp_path / "clinic").mkdir()
    (tmp_path / "clinic" / "a.txt").write_text("副作用ゼロの美容液", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _ = _cli(capsys, "check", "--format", "json", "clinic")
    data = __import__("json").loads(out)
    assert code == 0 and data["files"][0]["document"]["profile"] == "clinic"
    assert data["files"][0]["findings"][0]["rule_id"] == "YK-SAFETY-001"
    code, out, _ = _cli(capsys, "check", "--format", "json", "--fail-on", "error", "--profile", "cosmetic", "clinic")
    assert code == 1 and __import__("json").loads(out)["files"][0]["document"]["profile"] == "cosmetic"
    code, out, _ = _cli(capsys, "check", "--fail-on", "error", "--ignore", "safety-guarantee", "clinic")
    assert code == 0 and "YK-SAFETY-001" not in out
    assert _cli(capsys, "check", "--isolated", "clinic")[0] == 1  # defaults: fail on warning


@pytest.mark.parametrize(("body", "expected"), [
    ("selct = []\n", "unknown key 'selct'"),
    ('rule-packs = ["packs/broken.yaml"]\n', "broken.yaml: rule ACME-PRICE-001: category"),
    ('ignore = ["NOPE"]\n', "ignore: unknown rule, prefix or category 'NOPE'"),
])
def test_cli_bad_config_or_pack_exits_2_with_one_line(tmp_path, body, expected):
    import subprocess
    import sys

    _project(tmp_path, body)
    (tmp_path / "packs" / "broken.yaml").write_text(PACK.replace("price-inducement", "cheap"), encoding="utf-8")
    (tmp_path / "a.txt").write_text("保湿します", encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "checker.cli.main", "check", "a.txt"], cwd=tmp_path, capture_output=True,
                       text=True)
    assert p.returncode == 2 and "Traceback" not in p.stderr and p.stdout == ""
    assert p.stderr.startswith("exocheck: error: ") and p.stderr.count("\n") == 1 and expected in p.stderr


def test_config_show_prints_effective_config_and_its_file(tmp_path, capsys):
    import json
    import tomllib

    path = _project(tmp_path, 'profile = "clinic"\n[severity]\nYK-SAFETY-001 = "warning"\n', "pyproject.toml")
    path.write_text(path.read_text(encoding="utf-8").replace("[severity]", "[tool.exocheck.severity]"),
                    encoding="utf-8")
    code, out, _ = _cli(capsys, "config", "--show", str(tmp_path))
    assert code == 0 and f"# found: {path.resolve()}" in out
    shown = tomllib.loads(out)["tool"]["exocheck"]
    assert shown["profile"] == "clinic" and shown["severity"] == {"YK-SAFETY-001": "warning"}
    assert shown["fail-on"] == "warning"  # defaults are shown too
    code, out, _ = _cli(capsys, "config", "--format", "json", str(tmp_path))
    assert json.loads(out)["config-file"] == str(path.resolve())


CLINIC_PAGE = """\
当院ではエクソソーム点滴による施術を行っています。担当の医師がカウンセリングで体調を確認し、施術の流れをご説明します。
点滴は院内の個室で行い、所要時間はおよそ一時間です。施術の前後には看護師が血圧や体調の変化を確認いたします。
ご来院の際は保険証をお持ちください。お仕事帰りにも通いやすいよう、平日は夜八時まで診療しています。駐車場もございます。
院内は完全予約制で、待ち時間を少なくするよう努めています。初めての方はウェブの予約フォームからお申し込みください。
"""


def test_disclosure_checks_obey_select_ignore_and_severity(tmp_path, capsys, monkeypatch):
    import json

    (tmp_path / "clinic.txt").write_text(CLINIC_PAGE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    def ids(*flags: str) -> dict[str, str]:
        code, out, _ = _cli(capsys, "check", "--format", "json", *flags, "clinic.txt")
        return {f["rule_id"]: f["severity"] for f in json.loads(out)["files"][0]["findings"]}

    everything = ids("--isolated")
    assert everything["DOC-COST-001"] == "error" and len(everything) > 5
    assert ids("--isolated", "--ignore", "DOC") == {}
    assert ids("--isolated", "--select", "disclosure-cost,DOC-RISKS-001") == {"DOC-COST-001": "error",
                                                                              "DOC-RISKS-001": "error"}
    (tmp_path / ".exocheck.toml").write_text(
        'select = ["DOC-COST-001", "DOC-SOURCE-001"]\n[severity]\nDOC-COST-001 = {clinic = "info"}\n',
        encoding="utf-8")
    assert ids() == {"DOC-COST-001": "info", "DOC-SOURCE-001": everything["DOC-SOURCE-001"]}


@pytest.mark.parametrize("borrows, problem", [
    ("[ACME-BST-001]", "borrows ACME-BST-001, which is not a loaded rule"),
    ("[YK-SAFETY-001]", "borrows YK-SAFETY-001, which is not a plain price-inducement rule"),
    ("[CO-WRINKLE-001]", "borrows CO-WRINKLE-001, which is not a plain price-inducement rule"),
])
def test_a_pack_borrowing_an_unknown_or_unlike_rule_is_an_error(tmp_path, borrows, problem):
    path = _project(tmp_path, 'rule-packs = ["packs/*.yaml"]\n')
    pack = PACK.replace("    patterns: [ミラクル得々便]", f"    borrows: {borrows}\n    patterns: [ミラクル得々便]")
    (tmp_path / "packs" / "acme.yaml").write_text(pack, encoding="utf-8")
    with pytest.raises(ConfigError, match=f"rule-packs: rule ACME-PRICE-001: {problem}"):
        load_config(path).ruleset()


def test_a_rule_borrowed_twice_is_an_error(tmp_path):
    from checker.match.ruleset import default_ruleset

    taken = next(b for r in default_ruleset().rules for b in r.borrows)
    owner = next(r for r in default_ruleset().rules if taken in r.borrows)
    pack = PACK.replace("category: price-inducement", f"category: {owner.category}").replace(
        "    patterns: [ミラクル得々便]", f"    borrows: [{taken}]\n    patterns: [ミラクル得々便]")
    path = _project(tmp_path, 'rule-packs = ["packs/*.yaml"]\n')
    (tmp_path / "packs" / "acme.yaml").write_text(pack, encoding="utf-8")
    with pytest.raises(ConfigError, match=f"borrows {taken}, already borrowed by {owner.id}"):
        load_config(path).ruleset()
