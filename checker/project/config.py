"""Project configuration: `[tool.exocheck]` in pyproject.toml or a `.exocheck.toml`.

The config is found by walking up from the checked path, validated by pydantic (an unknown
key is an error naming the file and the key) and turned, once per run, into the RuleSet and
the per-file choices (profile, include/exclude, select/ignore, severity) that the CLI uses.
"""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pathspec
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from checker.match.rules import RuleError, check_borrows, load_rules
from checker.models import PROFILES, FailOn, ProfileName, SeverityOrOff
from checker.project.selectors import TOOL_RULE_IDS, Selection, SelectorError
from checker.project.walk import matchable
from checker.text.safeio import ReadError, read_regular_text

CONFIG_FILES = (".exocheck.toml", "pyproject.toml")  # in this order, per directory


class ConfigError(ValueError):
    """A config that cannot be used; str(exc) is one line naming the file and the key."""


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class ProjectSettings(BaseModel):
    """The keys of `[tool.exocheck]` (kebab-case in TOML)."""

    model_config = ConfigDict(extra="forbid", alias_generator=_kebab, populate_by_name=True)

    profile: ProfileName = "auto"
    per_file_profiles: dict[str, ProfileName] = Field(default_factory=dict)
    include: list[str] = Field(default_factory=list)
    exclude: list[str] = Field(default_factory=list)
    select: list[str] = Field(default_factory=lambda: ["ALL"])
    ignore: list[str] = Field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = Field(default_factory=dict)
    severity: dict[str, SeverityOrOff | dict[str, SeverityOrOff]] = Field(default_factory=dict)
    fail_on: FailOn = "warning"
    rule_packs: list[str] = Field(default_factory=list)
    baseline: str | None = None

    @field_validator("severity", mode="before")
    @classmethod
    def _levels_known(cls, v: object) -> object:
        """One clear message instead of pydantic's per-union-member ones."""
        if not isinstance(v, dict):
            return v
        levels = ("error", "warning", "info", "off")
        for key, value in v.items():
            table = value if isinstance(value, dict) else {"": value}
            bad = [p for p in table if p and p not in PROFILES]
            if bad:
                raise ValueError(f"{key}: unknown profile(s) {bad}; known: {list(PROFILES)}")
            for level in table.values():
                if level not in levels:
                    raise ValueError(f"{key}: {level!r} is not one of {', '.join(levels)} "
                                     f"(or a table such as {{clinic = \"warning\"}})")
        return v


def _one_line(path: Path, exc: ValidationError, table: str) -> str:
    problems = []
    for err in exc.errors():
        loc = ".".join(str(x) for x in err["loc"])
        if err["type"] == "extra_forbidden":
            known = [f.alias or n for n, f in ProjectSettings.model_fields.items()]
            close = difflib.get_close_matches(str(err["loc"][-1]), known, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else f" (known keys: {', '.join(known)})"
            problems.append(f"unknown key '{loc}'{hint}")
        else:
            problems.append(f"{loc}: {err['msg'].removeprefix('Value error, ')}")
    return f"{path}: " + (f"{table}: " if table else "") + "; ".join(problems)


CONFIG_MAX_BYTES = 4 * 1024 * 1024  # a config (or pyproject.toml) larger than this is refused


def _read_table(path: Path) -> dict | None:
    """The exocheck table of a config file, or None when a pyproject.toml has none. Only a
    regular file of at most CONFIG_MAX_BYTES is read; every failure is one ConfigError line."""
    try:
        data = tomllib.loads(read_regular_text(path, CONFIG_MAX_BYTES))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror or exc}") from None
    except ReadError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except RecursionError:  # tomllib recurses once per nested array or inline table
        raise ConfigError(f"{path}: invalid TOML: arrays or tables nested too deeply") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("exocheck")
        if table is not None and not isinstance(table, dict):
            raise ConfigError(f"{path}: [tool.exocheck] must be a table")
        return table
    return data


def find_config(start: Path) -> Path | None:
    """The nearest .exocheck.toml, or pyproject.toml with [tool.exocheck], at or above `start`."""
    here = start.resolve()
    if not here.is_dir():
        here = here.parent
    for folder in (here, *here.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file() and _read_table(candidate) is not None:
                return candidate
    return None


def load_config(path: Path) -> Config:
    """Read and validate one config file (raises ConfigError with a one-line reason)."""
    table = _read_table(path)
    name = "[tool.exocheck]" if path.name == "pyproject.toml" else ""
    try:
        settings = ProjectSettings.model_validate(table or {})
    except ValidationError as exc:
        raise ConfigError(_one_line(path, exc, name)) from None
    return Config(settings=settings, path=path.resolve(), root=path.resolve().parent)


def discover(paths: list[Path], explicit: Path | None = None, isolated: bool = False) -> Config:
    """The config for a run: `explicit`, else the one found above the paths' common folder."""
    if isolated:
        return Config()
    if explicit is not None:
        if not explicit.is_file():
            why = "not a regular file" if explicit.exists() else "config file not found"
            raise ConfigError(f"{explicit}: {why}")
        return load_config(explicit)
    start = _common_folder(paths)
    found = find_config(start)
    return load_config(found) if found else Config(root=start)


def _common_folder(paths: list[Path]) -> Path:
    real = [p.resolve() for p in paths if str(p) != "-"]
    if not real:
        return Path.cwd().resolve()
    folders = [p if p.is_dir() else p.parent for p in real]
    common = folders[0]
    for f in folders[1:]:
        while common not in (f, *f.parents):
            common = common.parent
    return common


def _glob(root: Path, pattern: str) -> list[Path]:
    """Files matching `pattern`, relative to `root` unless it is absolute."""
    if Path(pattern).is_absolute():
        import glob

        return [Path(p) for p in glob.glob(pattern, recursive=True)]
    return list(root.glob(pattern))


def _spec(globs: list[str]) -> pathspec.PathSpec:
    return pathspec.GitIgnoreSpec.from_lines(globs)


@dataclass
class Config:
    """Effective settings plus where they came from; globs are relative to `root`."""

    settings: ProjectSettings = field(default_factory=ProjectSettings)
    path: Path | None = None
    root: Path = field(default_factory=lambda: Path.cwd().resolve())

    def with_overrides(self, **cli: object) -> Config:
        """A copy with CLI flags (non-None values) taking precedence over the file;
        `--profile` also replaces every per-file profile."""
        update = {k: v for k, v in cli.items() if v is not None}
        if "profile" in update:
            update["per_file_profiles"] = {}
        settings = self.settings.model_copy(update=update) if update else self.settings
        return Config(settings=settings, path=self.path, root=self.root)

    # -- paths ---------------------------------------------------------------------------
    def relative(self, path: Path | str) -> str | None:
        """`path` relative to the config root (posix), or None when it lies outside."""
        if str(path) == "-":
            return None
        try:
            return matchable(Path(path).resolve().relative_to(self.root).as_posix())
        except ValueError:
            return None

    @cached_property
    def _include(self) -> pathspec.PathSpec | None:
        return _spec(self.settings.include) if self.settings.include else None

    @cached_property
    def _exclude(self) -> pathspec.PathSpec:
        return _spec(self.settings.exclude)

    @cached_property
    def _profile_specs(self) -> list[tuple[pathspec.PathSpec, str]]:
        return [(_spec([glob]), prof) for glob, prof in self.settings.per_file_profiles.items()]

    @cached_property
    def ignore_specs(self) -> list[tuple[pathspec.PathSpec, list[str]]]:
        return [(_spec([glob]), sel) for glob, sel in self.settings.per_file_ignores.items()]

    def excluded(self, path: Path | str) -> bool:
        """True for a file matched by `exclude` (applies to named files too, as pre-commit names them)."""
        rel = self.relative(path)
        return rel is not None and self._exclude.match_file(rel)

    def discovered(self, path: Path | str) -> bool:
        """Should a file found while walking a folder be checked? (`include`, then `exclude`)."""
        rel = self.relative(path)
        if rel is None:
            return True
        if self._include is not None and not self._include.match_file(rel):
            return False
        return not self._exclude.match_file(rel)

    def profile_for(self, path: Path | str) -> str:
        """The profile for a file: the last matching per-file-profiles glob, else `profile`."""
        rel = self.relative(path)
        chosen = self.settings.profile
        if rel is not None:
            for spec, prof in self._profile_specs:
                if spec.match_file(rel):
                    chosen = prof
        return chosen

    # -- rules ---------------------------------------------------------------------------
    def pack_paths(self) -> list[Path]:
        """Custom rule packs (globs relative to root), each glob matching at least one file."""
        out: list[Path] = []
        for glob in self.settings.rule_packs:
            try:
                matches = sorted(p for p in _glob(self.root, glob) if p.is_file())
            except (NotImplementedError, ValueError, OSError) as exc:
                raise ConfigError(f"{self._where()}: rule-packs: {glob!r}: {exc}") from None
            if not matches:
                raise ConfigError(f"{self._where()}: rule-packs: {glob!r} matches no file under {self.root}")
            out.extend(m for m in matches if m not in out)
        return out

    def _where(self) -> str:
        return str(self.path) if self.path else "command line"

    def _rules_key(self) -> tuple:
        s = self.settings
        severity = tuple((k, tuple(sorted(v.items())) if isinstance(v, dict) else v) for k, v in s.severity.items())
        return (str(self.root), tuple(s.rule_packs), tuple(s.select), tuple(s.ignore), severity,
                tuple((k, tuple(v)) for k, v in s.per_file_ignores.items()))

    def compiled(self) -> Compiled:
        """Rules, selection and RuleSet for these settings: built once per process and cached
        by value, so pool workers that receive a pickled Config build them only once too."""
        key = self._rules_key()
        found = _COMPILED.get(key)
        if found is None:
            found = _COMPILED[key] = self._compile()
        return found

    def _compile(self) -> Compiled:
        from checker.match.catalogue import default_catalogue
        from checker.match.ruleset import RuleSet, default_ruleset

        catalogue = default_catalogue()
        packs = self.pack_paths()
        rules = list(catalogue.rules)
        if packs:
            try:
                extra = load_rules(packs)
            except RuleError as exc:
                raise ConfigError(str(exc)) from None
            taken = {r.id for r in rules}
            for rule in extra:
                if rule.id in taken:
                    raise ConfigError(f"{self._where()}: rule-packs: rule {rule.id} reuses a built-in rule id")
            rules += extra
            try:
                check_borrows(rules)
            except RuleError as exc:
                raise ConfigError(f"{self._where()}: rule-packs: {exc}") from None
        s = self.settings
        try:
            selection = Selection.build(rules, select=s.select, ignore=s.ignore, severity=s.severity,
                                        per_file_ignores=s.per_file_ignores, extra_ids=catalogue.by_id)
        except SelectorError as exc:
            raise ConfigError(f"{self._where()}: {exc}") from None
        ruleset = default_ruleset() if selection.is_default and not packs else RuleSet(selection.apply_to_rules(rules))
        known = frozenset({r.id for r in rules} | set(TOOL_RULE_IDS) | set(catalogue.by_id))
        return Compiled(ruleset=ruleset, selection=selection, known_ids=known)

    def ruleset(self):
        """The RuleSet to pass to `check()` (see `compiled`)."""
        return self.compiled().ruleset

    def __getstate__(self) -> dict:  # pickled per task for pool workers: settings only, no caches
        return {"settings": self.settings, "path": self.path, "root": self.root}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)

    # -- display -------------------------------------------------------------------------
    def effective(self) -> dict:
        """The effective settings (kebab-case keys) and where they were found."""
        data = self.settings.model_dump(by_alias=True, exclude_none=True)
        return {"config-file": str(self.path) if self.path else "(none: defaults)", "root": str(self.root),
                "tool": {"exocheck": data}}


@dataclass(frozen=True)
class Compiled:
    """What a run needs from the rules: built once per process for a given config."""

    ruleset: object  # checker.match.ruleset.RuleSet (imported lazily: it loads Sudachi)
    selection: Selection
    known_ids: frozenset[str]


_COMPILED: dict[tuple, Compiled] = {}

