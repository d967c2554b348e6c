"""Make a run's engineering drawing: a drawing job in the sandbox, its sheet added to the run.

Drawings are made on request only (`generate … --drawing`, `run … --drawing`, `drawing RUN_ID`,
the app's Drawing tab), so an ordinary run never pays for one. The run's script goes
through the same guard and sandbox again; the child, told to draw, writes the sheet (SVG,
PDF, layered DXF) instead of the usual exports, and only those files that the worker vetted
are moved into the run directory. A drawing that cannot be made is a warning: the part stays.
"""

from __future__ import annotations

import json
import secrets
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import artifacts
from .config import Settings, get_settings
from .drawing import FILE_NAMES, DrawingOptions, part_title
from .errors import GuardError
from .fswalk import remove_tree
from .history import HistoryStore
from .request import RunResult
from .sandbox import guard
from .sandbox.limits import Limits
from .sandbox.runner import fork_available, get_worker, make_job, run_cold


@dataclass
class Drawn:
    """What a drawing job gave: artifact name -> absolute path, or the sentence why not."""

    files: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    error: str | None = None


def options_for(result: RunResult, projection: str = "third", paper: str = "auto") -> DrawingOptions:
    """The title block's facts for a run: part name and size, run id, date, parameters."""
    extents = result.geometry.get("extents") if isinstance(result.geometry.get("extents"), list) else None
    params = {k: v for k, v in result.params.items() if isinstance(v, (int, float, bool))}
    return DrawingOptions(projection=projection, paper=paper, title=part_title(result.family, extents),
                          family=result.family or "custom", run_id=result.run_id, date=result.created_at[:10],
                          params=params)


def _is_svg_text(path: Path) -> bool:
    """Whether the sheet's SVG is what the Drawing tab can show: UTF-8 text of an SVG."""
    try:
        text = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return "<svg" in text[:4096]


def _different_part(result: RunResult, drawn: tuple[float, float, float] | None) -> str | None:
    """Why the drawn part is not the run's (None when its size is the run's).

    The script runs a second time for its drawing; one whose part depends on the run
    (hash order, a subverted child) must not get a sheet of another part under this run."""
    run_size = result.geometry.get("extents")
    if not isinstance(run_size, list) or len(run_size) != 3 or drawn is None:
        return "the drawing job could not confirm it drew this run's part."
    tolerance = max(0.01 * max(abs(float(v)) for v in run_size), 0.01)
    if any(abs(float(a) - b) > tolerance for a, b in zip(run_size, drawn, strict=True)):
        size = " x ".join(f"{v:g}" for v in drawn)
        return (f"the script made a different part when it ran again for the drawing ({size} mm instead of "
                f"{' x '.join(f'{float(v):g}' for v in run_size)} mm); make its result depend only on its own values.")
    return None


def draw_in(result: RunResult, run_dir: Path, settings: Settings, options: DrawingOptions) -> Drawn:
    """Run the drawing job for `result`'s script and move the sheet's files into `run_dir`."""
    started = time.perf_counter()
    try:
        guard.guard(result.code)
    except GuardError as err:
        return Drawn(error=str(err))
    work = run_dir / f".drawing-{secrets.token_hex(4)}"
    work.mkdir()
    try:
        job = make_job(result.code, work, result.output_type or "3d_solid",
                       Limits(settings.exec_timeout_seconds, settings.memory_limit_mb, settings.max_file_mb),
                       settings)
        job["drawing"] = options.to_job()
        outcome = get_worker().run(job) if fork_available(settings) else run_cold(job)
        if not outcome.ok:
            return Drawn(seconds=time.perf_counter() - started,
                         error=outcome.message or "The drawing job failed.")
        different = _different_part(result, outcome.geometry.extents if outcome.geometry else None)
        if different:
            return Drawn(seconds=time.perf_counter() - started, error=different)
        too_big = artifacts.oversized_files(work, settings.max_file_mb)
        if too_big:
            return Drawn(seconds=time.perf_counter() - started,
                         error=f"The drawing's {', '.join(too_big)} exceeded the {settings.max_file_mb:g} MB per-file limit.")
        if not _is_svg_text(work / FILE_NAMES["drawing_svg"]) and "drawing_svg" in outcome.files:
            return Drawn(seconds=time.perf_counter() - started,
                         error="the drawing job's SVG is not UTF-8 SVG text, so it is not shown.")
        files: dict[str, str] = {}
        for key, name in outcome.files.items():
            if key in FILE_NAMES and name == FILE_NAMES[key]:
                target = run_dir / name
                (work / name).replace(target)
                files[key] = str(target.resolve())
        return Drawn(files, time.perf_counter() - started)
    finally:
        remove_tree(work)  # the job's directory: walked without trusting what it holds


def add_drawing(result: RunResult, run_dir: Path, settings: Settings, options: DrawingOptions) -> None:
    """Draw the run's part and record it on `result`: artifacts, timing, or a warning."""
    try:
        drawn = draw_in(result, run_dir, settings, options_for(result, options.projection, options.paper))
    except OSError as err:  # the run directory itself failed us (disk full, removed)
        drawn = Drawn(error=f"the drawing's files could not be written ({err.strerror or err}).")
    result.artifacts.update(drawn.files)
    result.timings["drawing"] = round(drawn.seconds, 4)
    if drawn.error:
        result.warnings.append(f"No drawing was made: {drawn.error}")


@dataclass
class DrawingOutcome:
    result: RunResult
    error: str | None = None


def draw_run(result: RunResult, settings: Settings | None = None, projection: str = "third",
             paper: str = "auto") -> DrawingOutcome:
    """Draw a finished run (the Drawing tab, `drawing RUN_ID`) and save it with the run."""
    settings = settings or get_settings()
    if not result.success or not result.code:
        return DrawingOutcome(result, "This run has no part to draw; run it successfully first.")
    if result.output_type not in ("3d_solid", None, ""):
        return DrawingOutcome(result, "Drawings are made for 3D parts; this run is a "
                                      f"{result.output_type.replace('_', ' ')}.")
    try:
        run_dir = artifacts.run_path(settings, result.run_id)
    except ValueError as err:
        return DrawingOutcome(result, str(err))
    if not run_dir.is_dir():
        return DrawingOutcome(result, "This run's files are no longer kept (older runs are pruned); run it again to draw it.")
    artifacts.mark_open(settings, result.run_id)  # pruning leaves it alone while the job runs
    updated = replace(result, artifacts=dict(result.artifacts), timings=dict(result.timings),
                      warnings=list(result.warnings))
    drawn = draw_in(updated, run_dir, settings, options_for(updated, projection, paper))
    if drawn.error:
        return DrawingOutcome(result, drawn.error)
    updated.artifacts.update(drawn.files)
    updated.timings["drawing"] = round(drawn.seconds, 4)
    artifacts.atomic_write_text(run_dir / "result.json", json.dumps(updated.to_dict(), indent=2, default=str))
    HistoryStore.for_settings(settings).finish(updated)
    return DrawingOutcome(updated)
