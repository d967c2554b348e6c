"""The one flow every shell uses: request -> code -> guard -> sandbox -> checks -> record.

    validate ─> source (backend | model | offline templates) ─> guard ─> sandbox
             ─> checks (valid solid? sizes from the prompt met?) ─> repair (model only)
             ─> artifacts/runs/<run_id>/ + history

Shells call `run()` for a prompt, `run_code()` for a person's own script, and
`rerun_with_params()` / `refine()` to continue from an earlier run.
"""

from __future__ import annotations

import functools
import logging
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from . import artifacts, checks, supabase
from .config import Settings, get_settings
from .drawing import DrawingOptions
from .errors import ExecutionError, GuardError, NaturalCADError, RequestError, RunCancelled, SourceError
from .fswalk import remove_tree
from .history import HistoryStore, scrub
from .request import SAFE_INTERPRETATION_NOTICE, Request, RunResult, ValidRequest, validate
from .sandbox import guard as guard_mod
from .sandbox.limits import Limits
from .sandbox.outcome import Geometry, Outcome
from .sandbox.runner import fork_available, get_worker, run_in_sandbox
from .sanitize import dumps as strict_dumps
from .sources import Built, CodeSource, Generated
from .sources.offline import NotUnderstoodError, TemplateSource

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
    "drawing": "Making the engineering drawing",
}

_last_sandbox_layers: list[str] = []


@dataclass
class Attempt:
    generated: Generated
    directory: Path
    outcome: Outcome
    failure: str | None  # what went wrong, in words a model (or a person) can act on
    check: checks.SizeCheck

    @property
    def ok(self) -> bool:
        return self.failure is None

    @property
    def score(self) -> tuple[int, int]:
        """Higher is better: a built part beats a failure; fewer size mismatches beat more."""
        return (1 if self.outcome.ok else 0, -len(self.check.missing) - len(self.check.broken))


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
                                 limits_for(settings), settings)
        if outcome.sandbox:
            _last_sandbox_layers[:] = outcome.sandbox
    finally:
        remove_tree(probe_dir)
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
    # The script is not written here: the job may rewrite anything in its directory, so the
    # run keeps the parent's own copy (`_promote` writes it from `generated.code`).
    directory.mkdir(parents=True, exist_ok=True)
    if generated.built is not None:
        return _use_built(generated, generated.built, directory, prompt)
    if not cad_installed():
        failure = ("This app has no build123d to build parts itself (a frontend-only install), and the backend "
                   "did not deliver this part; try again when the backend answers.")
        return Attempt(generated, directory, Outcome.failed(ExecutionError(failure, "no_cad")), failure,
                       checks.SizeCheck())
    try:
        guard_mod.guard(generated.code)
    except GuardError as err:
        outcome = Outcome.failed(ExecutionError(str(err), "guard", err.line))
        return Attempt(generated, directory, outcome, str(err), checks.SizeCheck())
    worker = get_worker()
    if fork_available(settings) and not worker.ready:
        _notify(on_stage, "worker")
        worker.wait_ready(timeout=120)
    _notify(on_stage, "run")
    outcome = run_in_sandbox(generated.code, directory, output_type, limits_for(settings), settings)
    if outcome.error_kind == "cancelled":
        raise RunCancelled(outcome.message or RunCancelled().args[0])
    if outcome.sandbox:
        _last_sandbox_layers[:] = outcome.sandbox
    if not outcome.ok:
        failure = outcome.message or "The script failed."
        if outcome.traceback:  # script frames and the exception, for a model to repair from
            failure += "\n" + outcome.traceback
        return Attempt(generated, directory, outcome, failure, checks.SizeCheck())
    too_big = artifacts.oversized_files(directory, settings.max_file_mb)
    if too_big:
        for name in too_big:
            (directory / name).unlink(missing_ok=True)
        error = ExecutionError(f"The exported {', '.join(too_big)} exceeded the {settings.max_file_mb:g} MB "
                               "per-file limit.", "output_too_large")
        return Attempt(generated, directory, Outcome.failed(error), str(error), checks.SizeCheck())
    _notify(on_stage, "check")
    geometry = outcome.geometry.to_dict() if outcome.geometry else {}
    if outcome.features:
        geometry["features"] = outcome.features  # holes, pitches, walls: what the size check looks in
    unread = checks.unread_spans(prompt, generated.reading.steps) if prompt and generated.reading else ()
    check = checks.verify(prompt, geometry, unread) if prompt else checks.SizeCheck()
    return Attempt(generated, directory, outcome, check.failure(geometry), check)


def _use_built(generated: Generated, built: Built, directory: Path, prompt: str) -> Attempt:
    """An attempt from files a source already built (a backend's artifacts): no local run."""
    files: dict[str, str] = {}
    for fmt, path in built.files.items():
        target = directory / path.name
        shutil.move(str(path), target)
        files[fmt] = target.name
    for folder in {path.parent for path in built.files.values()}:
        shutil.rmtree(folder, ignore_errors=True)  # the download folder, now empty
    measured = dict(built.geometry)
    if measured.get("holes") is None:  # an open mesh: through-holes cannot be counted
        measured["holes"] = 0
    try:
        geometry = Geometry.parse(measured)
    except ExecutionError as err:
        return Attempt(generated, directory, Outcome.failed(err), str(err), checks.SizeCheck())
    outcome = Outcome(ok=True, files=files, geometry=geometry, warnings=list(built.warnings),
                      sandbox=[f"remote({built.measured_by})"])
    measured_geometry = geometry.to_dict()  # measured here, from the mesh (no feature report without OCCT)
    check = checks.verify(prompt, measured_geometry) if prompt else checks.SizeCheck()
    return Attempt(generated, directory, outcome, check.failure(measured_geometry), check)


def _promote(best: Attempt, run_dir: Path) -> dict[str, str]:
    """Move the chosen attempt's files into the run directory; returns absolute paths.

    Only the exports the vetted report names move (regular files, checked by the sandbox's
    `outcome`); the script is the parent's own copy of what ran, never the attempt's file.
    """
    files: dict[str, str] = {}
    for fmt, name in (best.outcome.files if best.outcome.ok else {}).items():
        source = best.directory / name
        if source.is_file() and not source.is_symlink():
            target = run_dir / name
            source.replace(target)
            files[fmt] = str(target.resolve())
    artifacts.atomic_write_text(run_dir / "script.py", best.generated.code, durable=False)  # history holds the code durably
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

    @property
    def directory(self) -> Path:
        """The run directory of a frame that builds files (every frame but a rejected request's)."""
        if self.run_dir is None:
            raise RuntimeError(f"run {self.result.run_id} was framed without a directory")
        return self.run_dir

    def __enter__(self) -> _RunFrame:
        self.history.begin(self.result)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> bool:
        result = self.result
        if exc is not None and not isinstance(exc, Exception):
            self.history.forget(result.run_id)  # no longer live here: the next reconcile marks it
            return False  # KeyboardInterrupt, SystemExit: the row stays `running` and is recovered later
        if exc is not None:
            if not isinstance(exc, NaturalCADError):
                log.error("run %s failed inside NaturalCAD", result.run_id, exc_info=exc)
            result.success = False
            result.error = str(exc) if isinstance(exc, NaturalCADError) else (
                "Something went wrong inside NaturalCAD while running this request; it has been recorded. Please try again.")
            result.error_kind = result.error_kind or getattr(exc, "kind", None) or type(exc).__name__
        result.runtime_seconds = round(time.perf_counter() - self.started, 4)
        secrets = self.settings.secret_values()
        result.error = scrub(result.error, secrets) if result.error else result.error
        result.stdout = scrub(result.stdout, secrets)
        # Recording never fails on what the run contains: each step is tried on its own, and
        # the run dir is always finished (no `.attempt-*`, no `.in-progress` left behind).
        try:
            if supabase.writes(self.settings):  # a local write; never the network
                not_queued = supabase.enqueue(self.settings, self.history.clean(result))
                if not_queued:
                    result.warnings.append(not_queued)
        except Exception:
            log.exception("run %s: queueing the Supabase copy failed", result.run_id)
        try:
            self.history.finish(result)
        except Exception:
            log.exception("run %s: recording it in history failed", result.run_id)
            self.history.finish_minimal(result)
        if self.run_dir is not None:
            try:
                for leftover in self.run_dir.glob(".attempt-*"):
                    remove_tree(leftover)
                artifacts.atomic_write_text(self.run_dir / "result.json", _json(result))
            finally:
                artifacts.finish_run_dir(self.run_dir)
        try:
            artifacts.prune(self.settings, keep={result.run_id})
        except Exception:  # the run is done and recorded; the caps are restored by the next prune
            log.exception("run %s: pruning older runs failed", result.run_id)
        return True  # the error is in the result; shells never see a traceback


def _json(result: RunResult) -> str:
    return strict_dumps(result.to_dict(), indent=2)


def _fill(result: RunResult, best: Attempt, files: dict[str, str]) -> None:
    gen, outcome = best.generated, best.outcome
    result.code = gen.code
    result.source = gen.source
    result.family = gen.family
    result.params = dict(gen.params)
    result.notes = [n.to_dict() for n in gen.notes]
    result.model = gen.model or result.model
    result.artifacts = files
    result.geometry = outcome.geometry.to_dict() if outcome.ok and outcome.geometry else {}
    if result.geometry and outcome.features:
        result.geometry["features"] = outcome.features  # holes, pitches, walls (the result JSON's geometry)
    result.warnings += [w for w in outcome.warnings if w not in result.warnings]
    result.stdout = outcome.stdout
    result.sandbox = "+".join(outcome.sandbox) or result.sandbox
    for stage in ("build", "measure", "export"):
        if stage in outcome.timings:
            result.timings[stage] = round(outcome.timings[stage], 4)
    if outcome.wall_seconds is not None:
        result.timings["sandbox"] = round(outcome.wall_seconds, 4)
    if outcome.ok:
        result.success = True
        result.error = None
        wrong = [f.sentence() for f in best.check.missing] + [
            f"the prompt says “{n.text}”, but {n.note}" for n in best.check.broken]
        if wrong:
            result.warnings.append("Size check: " + "; ".join(wrong) + ".")
        if result.prompt:
            result.reading = checks.with_check(gen.reading, best.check, gen.family).to_dict()
    else:
        result.success = False
        result.error = outcome.message or "The script failed."
        result.error_kind = outcome.error_kind
        result.error_line = outcome.line


def _params_of(code: str) -> dict[str, Any]:
    try:
        from .params import read_params

        return {p.name: p.value for p in read_params(code)}
    except Exception:  # a script without a parameter block is fine
        return {}


def _attempt_loop(source: CodeSource, first: Generated, request: ValidRequest, output_type: str | None,
                  frame: _RunFrame, settings: Settings, on_stage: StageCallback | None,
                  attempts_so_far: int) -> tuple[Attempt, int]:
    """Run `first`, and while it fails ask the source for repairs (models only)."""
    best: Attempt | None = None
    generated: Generated | None = first
    count = attempts_so_far
    max_attempts = max(settings.llm_max_attempts, 1)
    while generated is not None:
        count += 1
        _account(frame.result, generated)
        kind = output_type or generated.output_type or "3d_solid"
        attempt = _execute(generated, kind, frame.directory / f".attempt-{count}", request.prompt, settings, on_stage)
        if best is None or attempt.score > best.score:
            best = attempt
        if attempt.ok or count - attempts_so_far >= max_attempts:
            break
        if not (source.can_repair or generated.repairable):
            break
        _notify(on_stage, "generate", f"Repairing the script with {source.label} (attempt {count + 1})")
        t = time.perf_counter()
        try:
            generated = source.repair(request, generated, attempt.failure or "")
        except SourceError as err:
            frame.result.notices.append(f"Repair stopped: {err}")
            generated = None
        finally:
            frame.result.timings[f"model_attempt_{count + 1}"] = round(time.perf_counter() - t, 4)
    assert best is not None
    return best, count


def _account(result: RunResult, generated: Generated) -> None:
    """Add what producing this script cost (model tokens) to the run's totals."""
    for name, value in (generated.tokens or {}).items():
        result.tokens[name] = result.tokens.get(name, 0) + int(value)


def run(request: Request, settings: Settings | None = None, on_stage: StageCallback | None = None,
        previous_code: str | None = None, drawing: DrawingOptions | None = None) -> RunResult:
    """Turn a prompt into a part. Never raises for bad input: the result carries the error.

    With `previous_code`, the prompt is a follow-up to that script (refine). With `drawing`,
    the part's engineering drawing is made too (on request only: it costs a second job).
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
        result.prompt = _capped(result.prompt, settings.max_prompt_chars)  # a rejected 19k paste is not stored whole
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
        not_understood: NotUnderstoodError | None = None
        sources = code_sources(settings, valid.offline)
        for index, source in enumerate(sources):
            _notify(on_stage, "generate", f"Generating code with {source.label}")
            if source.reports_progress:
                source.on_progress = lambda chars, _what=source.label: _notify(
                    on_stage, "generate", f"Generating code with {_what} … ({chars / 1000:.1f}k chars)")
            t = time.perf_counter()
            try:
                first = source.refine(valid, previous_code) if previous_code is not None else source.generate(valid)
            except NotUnderstoodError as err:
                not_understood = err  # no family fits: said plainly, with what was read
                continue
            except SourceError as err:
                result.notices.append(f"{_capitalised(source.label)} could not answer ({err}); trying the next source.")
                continue
            finally:
                result.timings["generate"] = round(result.timings.get("generate", 0) + time.perf_counter() - t, 4)
                if source.can_repair:  # a source asked several times: each ask is timed
                    result.timings[f"model_attempt_{attempts + 1}"] = round(time.perf_counter() - t, 4)
                result.backend_available = result.backend_available or _answered_as_backend(source)
            if first.model:
                result.model = first.model
            attempt, attempts = _attempt_loop(source, first, valid, valid.output_type, frame, settings, on_stage, attempts)
            if best is None or attempt.score > best.score:
                best = attempt
            if attempt.outcome.ok:
                break
            if index < len(sources) - 1:
                result.notices.append(f"{_capitalised(source.label)} did not produce a working part; "
                                      f"falling back to {sources[-1].label}.")
        result.attempts = attempts
        if best is None and not_understood is not None:
            result.reading = not_understood.reading.to_dict()
            result.error_kind = "not_understood"
            raise not_understood
        if best is None:
            raise SourceError("No code source could answer this request.")
        # notices about the script the person gets (a repair's, not the first try's)
        result.notices += [n for n in best.generated.notices if n not in result.notices]
        result.output_type = valid.output_type or best.generated.output_type or "3d_solid"
        _notify(on_stage, "export")
        _fill(result, best, _promote(best, frame.directory))
        if result.source == "template" and not valid.offline and not (settings.llm_configured or settings.backend_configured):
            result.notices.insert(0, "No model or backend is configured, so the offline generator answered.")
        _draw(result, frame, drawing, on_stage)
    return result


def _draw(result: RunResult, frame: _RunFrame, drawing: DrawingOptions | None, on_stage: StageCallback | None) -> None:
    """The engineering drawing, when it was asked for and there is a part to draw."""
    if drawing is None or not result.success or frame.run_dir is None:
        return
    from .drawing_job import add_drawing

    _notify(on_stage, "drawing")
    add_drawing(result, frame.run_dir, frame.settings, drawing)


def run_code(code: str, output_type: str = "3d_solid", *, prompt: str = "", source: str = "user",
             family: str | None = None, params: dict[str, Any] | None = None, parent_run_id: str | None = None,
             notices: list[str] | None = None, settings: Settings | None = None,
             on_stage: StageCallback | None = None, check_prompt: bool = True,
             drawing: DrawingOptions | None = None) -> RunResult:
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
        if settings.backend_configured and not cad_installed():  # a frontend-only app: the backend builds
            from .sources.backend import build_remotely

            generated.built = build_remotely(settings, code, output_type, result.notices)
            result.backend_available = True
        attempt = _execute(generated, output_type, frame.directory / ".attempt-1", prompt if check_prompt else "",
                           settings, on_stage)
        result.attempts = 1
        _notify(on_stage, "export")
        _fill(result, attempt, _promote(attempt, frame.directory))
        _draw(result, frame, drawing, on_stage)
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


@functools.cache
def cad_installed() -> bool:
    """Whether build123d can run here (a frontend-only deployment does not install it)."""
    import importlib.util

    try:
        return importlib.util.find_spec("build123d") is not None
    except (ImportError, ValueError):
        return False


def _answered_as_backend(source: CodeSource) -> bool:
    """The result's `backend_available`: the backend answered (not merely: one is configured)."""
    return source.name == "backend" and bool(source.answered)


def _capitalised(label: str) -> str:
    return label[:1].upper() + label[1:]  # not str.capitalize(): it lowercases a model's name


def _capped(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit] + f"… [{len(text) - limit} more characters not stored]"


def startup(settings: Settings | None = None) -> None:
    """Once per process: mark runs a crash left `running` as interrupted, apply the caps."""
    settings = settings or get_settings()
    HistoryStore.for_settings(settings).recover_interrupted()
    artifacts.prune(settings)
    supabase.resume(settings)
