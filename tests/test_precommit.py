"""The pre-commit hook end to end: a content repo installs it from this checkout's HEAD
commit, a commit with a risky phrase is rejected, the fixed commit goes through.

pre-commit builds the hook's virtualenv by pip-installing this package from the committed
HEAD (so uncommitted edits are not tested here). The environments are cached inside the
virtualenv running the tests (`.venv/pre-commit-home`, outside git and pytest's view;
override with EXOCHECK_PRE_COMMIT_HOME) and keyed by commit, so the slow install happens
once per HEAD; the cache is emptied when HEAD moves (an environment is ~260 MB).
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path(os.environ.get("EXOCHECK_PRE_COMMIT_HOME", Path(sys.prefix) / "pre-commit-home"))

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def _head_with_hook() -> str:
    """This checkout's HEAD commit, which must already contain the hook definition."""
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    if head.returncode != 0:
        pytest.skip("not a git checkout: pre-commit installs hooks from a commit")
    has_hook = subprocess.run(["git", "cat-file", "-e", "HEAD:.pre-commit-hooks.yaml"], cwd=ROOT)
    assert has_hook.returncode == 0, ".pre-commit-hooks.yaml must be committed for pre-commit to use it"
    return head.stdout.strip()


def _keep_cache_for(sha: str) -> None:
    """Drop environments built for earlier commits: only HEAD's is ever reused."""
    marker = CACHE / "exocheck-head"
    if CACHE.exists() and (not marker.exists() or marker.read_text(encoding="utf-8") != sha):
        shutil.rmtree(CACHE)
    CACHE.mkdir(parents=True, exist_ok=True)
    marker.write_text(sha, encoding="utf-8")


@pytest.fixture
def content_repo(tmp_path):
    env = {**os.environ, "PRE_COMMIT_HOME": str(CACHE), "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1",
           "GIT_AUTHOR_NAME": "web team", "GIT_AUTHOR_EMAIL": "web@example.com",
           "GIT_COMMITTER_NAME": "web team", "GIT_COMMITTER_EMAIL": "web@example.com", "NO_COLOR": "1"}
    env.pop("PRE_COMMIT", None)

    def run(*args: str, timeout: int = 60) -> subprocess.CompletedProcess:
        return subprocess.run(list(args), cwd=tmp_path, env=env, capture_output=True, text=True, timeout=timeout)

    sha = _head_with_hook()
    _keep_cache_for(sha)
    run("git", "init", "-q", "-b", "main")
    (tmp_path / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT.as_posix()}\n    rev: {sha}\n    hooks:\n      - id: exocheck\n", encoding="utf-8")
    (tmp_path / ".exocheck.toml").write_text('exclude = ["drafts/"]\n', encoding="utf-8")
    run("git", "add", ".")
    assert run("git", "commit", "-q", "-m", "set up exocheck").returncode == 0
    installed = run(sys.executable, "-m", "pre_commit", "install", "--install-hooks", timeout=600)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    return tmp_path, run


def test_hook_rejects_a_risky_page_then_accepts_the_fix(content_repo):
    repo, run = content_repo
    (repo / "drafts").mkdir()
    (repo / "drafts" / "idea.txt").write_text("副作用ゼロ（下書き）\n", encoding="utf-8")  # excluded by config
    page = repo / "index.md"
    page.write_text("# 新しい美容液\n\n副作用ゼロで毎日使えます。\n", encoding="utf-8")
    run("git", "add", ".")
    rejected = run("git", "commit", "-m", "add product page")
    out = rejected.stdout + rejected.stderr
    assert rejected.returncode != 0, out
    assert "index.md:3:1: error YK-SAFETY-001" in out and "drafts/idea.txt" not in out
    assert run("git", "rev-list", "--count", "HEAD").stdout.strip() == "1"  # nothing was committed

    page.write_text("# 新しい美容液\n\n毎日のうるおいケアに。\n", encoding="utf-8")
    run("git", "add", ".")
    accepted = run("git", "commit", "-m", "add product page")
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert "exocheck" in accepted.stderr and "Passed" in accepted.stderr  # git shows hook output on stderr
    assert run("git", "rev-list", "--count", "HEAD").stdout.strip() == "2"


def test_entry_ends_with_double_dash_so_file_names_are_never_options(tmp_path, monkeypatch, capsys):
    """pre-commit runs `entry + args + file names`: a staged `-oREADME.md` must be a file."""
    import shlex

    import yaml

    from checker.cli.main import main

    hook = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))[0]
    argv = shlex.split(hook["entry"])
    assert argv[:2] == ["exocheck", "check"] and argv[-1] == "--"
    (tmp_path / "README.md").write_text("# 説明\n", encoding="utf-8")
    (tmp_path / "-oREADME.md").write_text("副作用ゼロで毎日使えます。\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main([*argv[1:], "-oREADME.md", "README.md"]) == 1
    assert "-oREADME.md:1:1: error YK-SAFETY-001" in capsys.readouterr().out
    assert (tmp_path / "README.md").read_text(encoding="utf-8") == "# 説明\n"
    assert main([*argv[1:], "--fail-on", "error", "README.md"]) == 2  # options in `args` are file names
    assert "set options in the config" in capsys.readouterr().err


def test_hook_checks_a_file_named_like_an_option_and_keeps_readme(content_repo):
    repo, run = content_repo
    (repo / "README.md").write_text("# 説明\n", encoding="utf-8")
    (repo / "-oREADME.md").write_text("副作用ゼロで毎日使えます。\n", encoding="utf-8")
    run("git", "add", "--", "README.md", "-oREADME.md")
    rejected = run("git", "commit", "-m", "odd name")
    out = rejected.stdout + rejected.stderr
    assert rejected.returncode != 0 and "-oREADME.md:1:1: error YK-SAFETY-001" in out, out
    assert (repo / "README.md").read_text(encoding="utf-8") == "# 説明\n"
