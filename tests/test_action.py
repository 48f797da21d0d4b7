"""The GitHub Action's run script, executed here the way the runner does (bash -eo pipefail,
inputs as environment variables), so a renamed option or format breaks this test first."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")


def _step(name: str) -> dict:
    return next(s for s in ACTION["runs"]["steps"] if s.get("name") == name)


def _run(tmp_path: Path, **inputs: str) -> tuple[subprocess.CompletedProcess, dict[str, str]]:
    step = _step("Run exocheck")
    out_file = tmp_path / "github_output"
    out_file.write_text("", encoding="utf-8")
    env = {**os.environ, "GITHUB_OUTPUT": str(out_file), "RUNNER_TEMP": str(tmp_path),
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    for key in step["env"]:
        name = key.removeprefix("INPUT_").lower().replace("_", "-")
        env[key] = inputs.get(name, str(ACTION["inputs"][name].get("default", "")))
    proc = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=120)
    outputs = dict(line.split("=", 1) for line in out_file.read_text(encoding="utf-8").splitlines())
    return proc, outputs


def test_every_input_reaches_the_script():
    step_env = _step("Run exocheck")["env"]
    for name in ACTION["inputs"]:
        if name != "python-version":
            assert step_env[f"INPUT_{name.upper().replace('-', '_')}"] == f"${{{{ inputs.{name} }}}}"


def test_annotations_and_exit_code(tmp_path):
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "a.md").write_text("副作用ゼロの美容液\n", encoding="utf-8")
    (tmp_path / "site" / "b.md").write_text("今だけ半額\n", encoding="utf-8")
    proc, outputs = _run(tmp_path, paths="site/a.md\nsite/b.md\n", args="--ignore price-inducement")
    assert proc.returncode == 0, proc.stderr  # the step itself succeeds; a later step fails the job
    assert outputs == {"exit-code": "1"}
    assert proc.stdout.startswith("::error file=site/a.md,line=1,col=1") and "YK-SAFETY-001" in proc.stdout
    proc, outputs = _run(tmp_path, paths="site", **{"fail-on": "never"})
    assert outputs["exit-code"] == "0"


def test_paths_one_per_line_with_spaces_in_names(tmp_path):
    (tmp_path / "my site").mkdir()
    (tmp_path / "my site" / "a page.md").write_text("副作用ゼロの美容液\n", encoding="utf-8")
    (tmp_path / "-b.md").write_text("副作用ゼロの美容液\n", encoding="utf-8")  # never an option
    (tmp_path / "c.md").write_text("毎日の保湿に\n", encoding="utf-8")
    proc, outputs = _run(tmp_path, paths="  my site/a page.md\r\n\n-b.md\nc.md  \n")
    assert outputs == {"exit-code": "1"}, proc.stderr
    files = {line.split(",")[0] for line in proc.stdout.splitlines() if line.startswith("::error file=")}
    assert files == {"::error file=my site/a page.md", "::error file=-b.md"}, proc.stdout
    assert "::warning" not in proc.stdout


def test_paths_on_one_line_separated_by_spaces_still_work(tmp_path):
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text("副作用ゼロの美容液\n", encoding="utf-8")
    proc, outputs = _run(tmp_path, paths="a.md b.md")
    assert outputs == {"exit-code": "1"}
    assert proc.stdout.startswith("::warning::exocheck action: no path named 'a.md b.md'")
    assert "::error file=a.md," in proc.stdout and "::error file=b.md," in proc.stdout
    proc, outputs = _run(tmp_path, paths="\n")  # nothing given: the whole checkout
    assert outputs == {"exit-code": "1"} and "::error file=a.md," in proc.stdout


def test_sarif_report_is_written_for_upload(tmp_path):
    import json

    (tmp_path / "a.md").write_text("副作用ゼロの美容液\n", encoding="utf-8")
    proc, outputs = _run(tmp_path, report="sarif", profile="cosmetic")
    assert outputs["exit-code"] == "1" and outputs["sarif-file"] == str(tmp_path / "exocheck.sarif")
    sarif = json.loads(Path(outputs["sarif-file"]).read_text(encoding="utf-8"))
    assert sarif["runs"][0]["results"][0]["ruleId"] == "YK-SAFETY-001"


def test_bad_report_value_fails_the_step(tmp_path):
    proc, _ = _run(tmp_path, report="pdf")
    assert proc.returncode == 2 and "report must be annotations or sarif" in proc.stdout
