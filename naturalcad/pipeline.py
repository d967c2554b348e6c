"""The one flow every shell uses: request -> code -> guard -> sandbox -> checks -> record.

    validate ─> source (backend | model | offline templates) ─> guard ─> sandbox
             ─> checks (valid solid? sizes from the prompt met?) ─> repair (model only)
             ─> artifacts/runs/<run_id>/ + history

Shells call `run()` for a prompt, `run_code()` for a person's own script, and
`rerun_with_params()` / `refine()` to continue from an earlier run.
"""

from __future__ import annotations

import logging
import shutil
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from . import artifacts, checks, supabase
from .config import Settings, get_settings
from .errors import GuardError, NaturalCADError, RequestError, RunCancelled, SourceError
from .history import HistoryStore, scrub
from .request import SAFE_INTERPRETATION_NOTICE, Request, RunResult, ValidRequest, validate
from .sandbox import guard as guard_mod
from .sandbox.limits import Limits
from .sandbox.runner import fork_available, get_worker, run_in_sandbox
from .sources import CodeSource, Generated
from .sources.offline import TemplateSource

log = logging.getLogger("naturalcad")

StageCallback = Callable[[str, str], None]

STAGES = {
    "validate": "Validating the request",
    "generate": "Generating code",
    "worker": "Starting the build123d worker (first run only)",
    "run": "Running build123d in the sandbox",
    "export": "Exporting STEP, STL, GLB and DXF",
    "check": "Checking the part",
    "preview": "Preparing the preview",
}

_last_sandbox_layers: list[str] = []


@dataclass
class Attempt:
    generated: Generated
    directory: Path
    outcome: dict[str, Any]
    failure: str | None  # what went wrong, in words a model (or a person) can act on
    mismatches: list[checks.DimensionCheck]

    @property
    def ok(self) -> bool:
        return self.failure is None

    @property
    def score(self) -> tuple[int, int]:
        """Higher is better: a built part beats a failure; fewer size mismatches beat more."""
        return (1 if self.outcome.get("ok") else 0, -len(self.mismatches))


def _notify(on_stage: StageCallback | None, stage: str, detail: str = "") -> None:
    if on_stage is not None:
        on_stage(stage, detail or STAGES.get(stage, stage))


def limits_for(settings: Settings) -> Limits:
    return Limits(settings.exec_timeout_seconds, settings.memory_limit_mb, settings.max_file_mb)


def warm_up() -> None:
    """Start the warm worker in the background (app start-up); returns at once."""
    if fork_available():
        threading.Thread(target=get_worker().start, daemon=True, name="naturalcad-warmup").start()


def sandbox_layers() -> list[str]:
    """The walls the last sandboxed job ran behind (empty before the first job)."""
    return list(_last_sandbox_layers)


def probe_sandbox(settings: Settings | None = None) -> list[str]:
    """The walls this machine gives a job, by running a tiny one (no run, no history row)."""
    if _last_sandbox_layers:
        return sandbox_layers()
    settings = settings or get_settings()
    probe_dir = settings.data_dir / ".probe" / artifacts.new_run_id()
    probe_dir.mkdir(parents=True, exist_ok=True)
    try:
        outcome = run_in_sandbox("from build123d import *\nresult = Box(1, 1, 1)\n", probe_dir, "3d_solid",
                                 limits_for(settings))
        if outcome.get("sandbox"):
            _last_sandbox_layers[:] = outcome["sandbox"]
    finally:
        shutil.rmtree(probe_dir, ignore_errors=True)
    return sandbox_layers()


def code_sources(settings: Settings, offline: bool) -> list[CodeSource]:
    """Sources to try, in order; the offline templates always come last."""
    found: list[CodeSource] = []
    if not offline:
        if settings.backend_configured:
            try:
                from .sources.backend import BackendSource

                found.append(BackendSource(settings))
            except ImportError:
                pass
        if settings.llm_configured:
            try:
                from .sources.llm import LLMSource

                found.append(LLMSource(settings))
            except ImportError:
                pass
    found.append(TemplateSource())
    return found


# -- one attempt -----------------------------------------------------------------------------
def _execute(generated: Generated, output_type: str, directory: Path, prompt: str, settings: Settings,
             on_stage: StageCallback | None) -> Attempt:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "script.py").write_text(generated.code, encoding="utf-8")
    try:
        guard_mod.guard(generated.code)
    except GuardError as err:
        outcome = {"ok": False, "error_kind": "guard", "error": str(err), "line": err.line}
        return Attempt(generated, directory, outcome, str(err), [])
    worker = get_worker()
    if fork_available() and not worker.ready:
        _notify(on_stage, "worker")
        worker.wait_ready(timeout=120)
    _notify(on_stage, "run")
    outcome = run_in_sandbox(generated.code, directory, output_type, limits_for(settings))
    if outcome.get("error_kind") == "cancelled":
        raise RunCancelled(outcome.get("error") or RunCancelled().args[0])
    if outcome.get("sandbox"):
        _last_sandbox_layers[:] = outcome["sandbox"]
    if not outcome.get("ok"):
        failure = outcome.get("error") or "The script failed."
        if outcome.get("traceback"):  # script frames and the exception, for a model to repair from
            failure += "\n" + outcome["traceback"]
        return Attempt(generated, directory, outcome, failure, [])
    too_big = artifacts.oversized_files(directory, settings.max_file_mb)
    if too_big:
        for name in too_big:
            (directory / name).unlink(missing_ok=True)
        outcome = {"ok": False, "error_kind": "output_too_large",
                   "error": f"The exported {', '.join(too_big)} exceeded the {settings.max_file_mb:g} MB per-file limit."}
        return Attempt(generated, directory, outcome, outcome["error"], [])
    _notify(on_stage, "check")
    wrong = checks.mismatches(prompt, outcome.get("geometry") or {}) if prompt else []
    failure = None
    if wrong:
        failure = checks.mismatch_failure(wrong, outcome.get("geometry") or {})
    return Attempt(generated, directory, outcome, failure, wrong)


def _promote(best: Attempt, run_dir: Path) -> dict[str, str]:
    """Move the chosen attempt's files into the run directory; returns absolute paths."""
    files: dict[str, str] = {}
    for fmt, name in (best.outcome.get("files") or {}).items():
        source = best.directory / name
        if source.exists():
            target = run_dir / name
            source.replace(target)
            files[fmt] = str(target.resolve())
    script = best.directory / "script.py"
    if script.exists():
        script.replace(run_dir / "script.py")
    return files


# -- the run frame ---------------------------------------------------------------------------
class _RunFrame:
    """Allocates the run, records it in history at start and end, prunes afterwards."""

    def __init__(self, settings: Settings, result: RunResult, make_dir: bool = True):
        self.settings = settings
        self.result = result
        self.started = time.perf_counter()
        self.history = HistoryStore.for_settings(settings)
        self.run_dir = artifacts.create_run_dir(settings, result.run_id) if make_dir else None

    def __enter__(self) -> "_RunFrame":
        self.result.backend_available = self.settings.backend_configured
        self.history.begin(self.result)
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        result = self.result
        if exc is not None and not isinstance(exc, Exception):
            self.history.forget(result.run_id)  # no longer live here: the next reconcile marks it
            return False  # KeyboardInterrupt, SystemExit: the row stays `running` and is recovered later
        if exc is not None:
            if not isinstance(exc, NaturalCADError):
                log.error("run %s failed inside NaturalCAD", result.run_id, exc_info=(exc_type, exc, tb))
            result.success = False
            result.error = str(exc) if isinstance(exc, NaturalCADError) else (
                "Something went wrong inside NaturalCAD while running this request; it has been recorded. Please try again.")
            result.error_kind = result.error_kind or getattr(exc, "kind", None) or type(exc).__name__
        result.runtime_seconds = round(time.perf_counter() - self.started, 4)
        secrets = self.settings.secret_values()
        result.error = scrub(result.error, secrets) if result.error else result.error
        result.stdout = scrub(result.stdout, secrets)
        warning = supabase.push(self.settings, result)
        if warning:
            result.warnings.append(warning)
        self.history.finish(result)
        if self.run_dir is not None:
            for leftover in self.run_dir.glob(".attempt-*"):
                shutil.rmtree(leftover, ignore_errors=True)
            artifacts.atomic_write_text(self.run_dir / "result.json", _json(result))
            artifacts.finish_run_dir(self.run_dir)
        artifacts.prune(self.settings, keep={result.run_id})
        return True  # the error is in the result; shells never see a traceback


def _json(result: RunResult) -> str:
    import json

    return json.dumps(result.to_dict(), indent=2, default=str)


def _fill(result: RunResult, best: Attempt, files: dict[str, str]) -> None:
    gen, outcome = best.generated, best.outcome
    result.code = gen.code
    result.source = gen.source
    result.family = gen.family
    result.params = dict(gen.params)
    result.model = gen.model or result.model
    result.artifacts = files
    result.geometry = outcome.get("geometry") or {}
    result.warnings += [w for w in outcome.get("warnings") or [] if w not in result.warnings]
    result.stdout = outcome.get("stdout") or ""
    result.sandbox = "+".join(outcome.get("sandbox") or []) or result.sandbox
    for stage in ("build", "measure", "export"):
        if stage in (outcome.get("timings") or {}):
            result.timings[stage] = round(outcome["timings"][stage], 4)
    if "wall_seconds" in outcome:
        result.timings["sandbox"] = round(outcome["wall_seconds"], 4)
    if outcome.get("ok"):
        result.success = True
        result.error = None
        if best.mismatches:
            result.warnings.append("Size check: " + "; ".join(c.sentence() for c in best.mismatches) + ".")
    else:
        result.success = False
        result.error = outcome.get("error") or "The script failed."
        result.error_kind = outcome.get("error_kind")
        result.error_line = outcome.get("line")


def _params_of(code: str) -> dict[str, Any]:
    try:
        from .params import read_params

        return {p.name: p.value for p in read_params(code)}
    except Exception:  # noqa: BLE001 - a script without a parameter block is fine
        return {}


def _attempt_loop(source: CodeSource, first: Generated, request: ValidRequest, output_type: str | None,
                  frame: _RunFrame, settings: Settings, on_stage: StageCallback | None,
                  attempts_so_far: int) -> tuple[Attempt, int]:
    """Run `first`, and while it fails ask the source for repairs (models only)."""
    assert frame.run_dir is not None
    best: Attempt | None = None
    generated: Generated | None = first
    count = attempts_so_far
    max_attempts = max(settings.llm_max_attempts, 1)
    while generated is not None:
        count += 1
        _account(frame.result, generated)
        kind = output_type or generated.output_type or "3d_solid"
        attempt = _execute(generated, kind, frame.run_dir / f".attempt-{count}", request.prompt, settings, on_stage)
        if best is None or attempt.score > best.score:
            best = attempt
        if attempt.ok or count - attempts_so_far >= max_attempts:
            break
        _notify(on_stage, "generate", f"Repairing the script with {source.name} (attempt {count + 1})")
        t = time.perf_counter()
        try:
            generated = source.repair(request, generated, attempt.failure or "")
        except SourceError as err:
            frame.result.notices.append(f"Repair stopped: {err}")
            generated = None
        finally:
            if source.name == "llm":
                frame.result.timings[f"model_attempt_{count + 1}"] = round(time.perf_counter() - t, 4)
    assert best is not None
    return best, count


def _account(result: RunResult, generated: Generated) -> None:
    """Add what producing this script cost (model tokens) to the run's totals."""
    for name, value in (generated.tokens or {}).items():
        result.tokens[name] = result.tokens.get(name, 0) + int(value)


def run(request: Request, settings: Settings | None = None, on_stage: StageCallback | None = None,
        previous_code: str | None = None) -> RunResult:
    """Turn a prompt into a part. Never raises for bad input: the result carries the error.

    With `previous_code`, the prompt is a follow-up to that script (refine).
    """
    settings = settings or get_settings()
    run_id = artifacts.new_run_id()
    result = RunResult(run_id=run_id, prompt=(request.prompt or "").strip(), mode=request.mode,
                       output_type=request.output_type or "3d_solid", parent_run_id=request.parent_run_id)
    _notify(on_stage, "validate")
    t = time.perf_counter()
    try:
        valid = validate(request, settings)
    except RequestError as err:
        with _RunFrame(settings, result, make_dir=False):
            result.error, result.error_kind = str(err), "request"
            result.timings["validate"] = round(time.perf_counter() - t, 4)
        return result
    result.timings["validate"] = round(time.perf_counter() - t, 4)
    if valid.suspicious:
        result.notices.append(SAFE_INTERPRETATION_NOTICE.format(what=", ".join(valid.suspicious)))

    with _RunFrame(settings, result) as frame:
        best: Attempt | None = None
        attempts = 0
        for source in code_sources(settings, valid.offline):
            _notify(on_stage, "generate", f"Generating code with {_describe(source, settings)}")
            if hasattr(source, "on_token"):  # a streaming model reports its progress
                source.on_token = lambda chars, _what=_describe(source, settings): _notify(
                    on_stage, "generate", f"Generating code with {_what} … ({chars / 1000:.1f}k chars)")
            t = time.perf_counter()
            try:
                first = source.refine(valid, previous_code) if previous_code is not None else source.generate(valid)
            except SourceError as err:
                result.notices.append(f"{_describe(source, settings).capitalize()} could not answer ({err}); trying the next source.")
                continue
            finally:
                result.timings["generate"] = round(result.timings.get("generate", 0) + time.perf_counter() - t, 4)
                if source.name == "llm":
                    result.timings[f"model_attempt_{attempts + 1}"] = round(time.perf_counter() - t, 4)
            if first.model:
                result.model = first.model
            attempt, attempts = _attempt_loop(source, first, valid, valid.output_type, frame, settings, on_stage, attempts)
            if best is None or attempt.score > best.score:
                best = attempt
            if attempt.outcome.get("ok"):
                break
            if source.name != "template":
                result.notices.append(f"{_describe(source, settings).capitalize()} did not produce a working part; "
                                      "falling back to the offline generator.")
        result.attempts = attempts
        if best is None:
            raise SourceError("No code source could answer this request.")
        # notices about the script the person gets (a repair's, not the first try's)
        result.notices += [n for n in best.generated.notices if n not in result.notices]
        result.output_type = valid.output_type or best.generated.output_type or "3d_solid"
        _notify(on_stage, "export")
        _fill(result, best, _promote(best, frame.run_dir) if best.outcome.get("ok") else {})
        if result.source == "template" and not valid.offline and not (settings.llm_configured or settings.backend_configured):
            result.notices.insert(0, "No model or backend is configured, so the offline generator answered.")
    return result


def run_code(code: str, output_type: str = "3d_solid", *, prompt: str = "", source: str = "user",
             family: str | None = None, params: dict[str, Any] | None = None, parent_run_id: str | None = None,
             notices: list[str] | None = None, settings: Settings | None = None,
             on_stage: StageCallback | None = None, check_prompt: bool = True) -> RunResult:
    """Run a script (a person's own, an edited one, or re-run with new parameters).

    `check_prompt=False` skips the requested-vs-measured size check: after a person set the
    sizes (sliders, edited code) the prompt's numbers no longer describe the part.
    """
    settings = settings or get_settings()
    result = RunResult(run_id=artifacts.new_run_id(), prompt=prompt, source=source, output_type=output_type,
                       parent_run_id=parent_run_id, mode="part", family=family or "custom")
    result.notices = list(notices or [])
    generated = Generated(code=code, source=source, family=family or "custom",
                          params=params if params is not None else _params_of(code), output_type=output_type)
    with _RunFrame(settings, result) as frame:
        assert frame.run_dir is not None
        attempt = _execute(generated, output_type, frame.run_dir / ".attempt-1", prompt if check_prompt else "",
                           settings, on_stage)
        result.attempts = 1
        _notify(on_stage, "export")
        _fill(result, attempt, _promote(attempt, frame.run_dir) if attempt.outcome.get("ok") else {})
    return result


def rerun_with_params(previous: RunResult, values: dict[str, Any], settings: Settings | None = None,
                      on_stage: StageCallback | None = None) -> RunResult:
    """Re-run a previous script with new parameter values (sliders): no model call."""
    from .params import override_params

    code = override_params(previous.code, values)
    params = {**previous.params, **values}
    return run_code(code, previous.output_type, prompt=previous.prompt, source=previous.source, family=previous.family,
                    params=params, parent_run_id=previous.run_id, settings=settings, on_stage=on_stage,
                    check_prompt=False)


def refine(previous: RunResult, follow_up: str, settings: Settings | None = None, offline: bool = False,
           on_stage: StageCallback | None = None) -> RunResult:
    """A follow-up prompt that continues from a previous run (lineage kept in history)."""
    request = Request(prompt=follow_up, mode=previous.mode, output_type=previous.output_type, offline=offline,
                      parent_run_id=previous.run_id)
    return run(request, settings=settings, on_stage=on_stage, previous_code=previous.code)


def _describe(source: CodeSource, settings: Settings) -> str:
    if source.name == "llm":
        return f"the model {settings.llm_model}"
    if source.name == "backend":
        return "the NaturalCAD backend"
    return "the offline generator"


def startup(settings: Settings | None = None) -> None:
    """Once per process: mark runs a crash left `running` as interrupted, apply the caps."""
    settings = settings or get_settings()
    HistoryStore.for_settings(settings).recover_interrupted()
    artifacts.prune(settings)
