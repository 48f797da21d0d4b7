"""`exocheck check` inside a project: the config, changed-only mode and the baseline that
wrap the batch (`runner.run_check` calls `Project.prepare`, `select_targets` and `finish`),
and `exocheck config --show`."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO

from checker import pipeline
from checker.models import EXIT_OK, FileResult
from checker.project import gitdiff
from checker.project.baseline import Baseline
from checker.project.config import Config, discover


def _split(value: str | list[str] | None) -> list[str] | None:
    """`--select A,B --select C` → [A, B, C]; None when the flag was not given."""
    if value is None:
        return None
    items = [value] if isinstance(value, str) else value
    return [s.strip() for item in items for s in item.split(",") if s.strip()]


@dataclass
class Project:
    """The effective config plus what changed-only mode and the baseline need."""

    config: Config
    changed: dict[Path, set[int] | None] | None = None
    baseline: Baseline | None = None
    baseline_path: Path | None = None
    write_baseline: Path | None = None

    @classmethod
    def prepare(cls, opts) -> Project:
        """Load the config (CLI flags win), validate rules and selectors, load the baseline and
        ask git what changed, so that any of these problems stops the run before checking."""
        paths = [Path(p) for p in opts.paths if p != "-"]
        explicit = Path(opts.config) if getattr(opts, "config", None) else None
        cfg = discover(paths, explicit, getattr(opts, "isolated", False))
        cfg = cfg.with_overrides(profile=opts.profile, fail_on=opts.fail_on,
                                 select=_split(getattr(opts, "select", None)),
                                 ignore=_split(getattr(opts, "ignore", None)))
        cfg.compiled()
        project = cls(config=cfg)
        if getattr(opts, "write_baseline", None):
            project.write_baseline = Path(opts.write_baseline)
        else:
            named = getattr(opts, "baseline", None)
            configured = cfg.settings.baseline
            path = Path(named) if named else (cfg.root / configured if configured else None)
            if path is not None:
                project.baseline, project.baseline_path = Baseline.load(path), path
        if getattr(opts, "diff_base", None):
            project.changed = gitdiff.changed_lines(opts.diff_base, paths or [Path.cwd()])
        return project

    def options(self, opts):
        """`opts` with the effective profile and fail-on (from the config unless given)."""
        s = self.config.settings
        return replace(opts, profile=s.profile, fail_on=s.fail_on)

    def select_targets(self, targets: list, named: list[str]) -> list:
        """Drop walked files that `include`/`exclude` leave out, named files that `exclude`
        names (pre-commit names every file), and unchanged files in changed-only mode."""
        direct = {Path(p) for p in named}
        kept = []
        for t in targets:
            if t.error is None:
                wanted = not self.config.excluded(t.path) if t.path in direct else self.config.discovered(t.path)
                if not wanted or (self.changed is not None and not gitdiff.is_changed(t.path, self.changed)):
                    continue
            kept.append(t)
        return kept

    def finish(self, results: list[FileResult], stderr: IO) -> tuple[list[FileResult], int | None]:
        """Write the baseline (of the changed lines, in changed-only mode), or apply it and then
        the changed-only filter. Returns the results to report and, when the run is complete
        already (baseline written), its exit code.

        The baseline is matched against every finding of the checked files before the
        changed-lines filter, so a baselined finding on an unchanged line counts as matched,
        not as gone, and "gone" means the copy no longer holds it."""
        if self.write_baseline is not None:
            if self.changed is not None:
                results = gitdiff.filter_results(results, self.changed)
            out = self.write_baseline
            baseline = Baseline.collect(results, out.resolve().parent)
            out.parent.mkdir(parents=True, exist_ok=True)
            baseline.write(out)
            files = len({key[0] for key in baseline.counts})
            print(f"exocheck: wrote baseline {out} ({sum(baseline.counts.values())} finding(s) in {files} file(s))",
                  file=stderr)
            return results, EXIT_OK
        results, baselined, stale = pipeline.finish_run(results, self.baseline, self.changed)
        if self.baseline is not None:
            note = f"exocheck: {baselined} finding(s) matched the baseline {self.baseline_path} and are not reported"
            if stale:
                note += f"; {stale} baselined finding(s) are gone (refresh it with --write-baseline)"
            print(note, file=stderr)
        return results, None


def show_config(args, stdout: IO | None = None) -> int:
    """`exocheck config --show [PATH]`: the effective config and the file it came from."""
    stdout = stdout or sys.stdout
    cfg = discover([Path(args.path)], Path(args.config) if args.config else None, args.isolated)
    cfg.compiled()  # a config that would fail `check` fails here too
    data = cfg.effective()
    if args.format == "json":
        stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    import tomli_w

    head = f"# exocheck effective config\n# found: {data['config-file']}\n# globs relative to: {data['root']}\n"
    stdout.write(head + tomli_w.dumps({"tool": data["tool"]}))
    return EXIT_OK
