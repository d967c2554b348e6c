"""After a job: make its run directory safe, read its report, and turn both into an Outcome.

Runs in the app process (warm and cold alike), not in the worker, so the worker never holds
a job's report (its stdout, its traceback with source lines) in memory that later forks
would inherit. Everything the job left is hostile: links, FIFOs and directories are removed
before anything is opened, the report is opened without following links or blocking, and
the geometry it claims is checked against the STL it wrote.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import signal
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ExecutionError
from ..fswalk import remove_tree
from . import crosscheck, glbcheck, stepcheck
from .child import CODE_FILE, RESULT_FILE
from .diskwatch import MAX_RUN_DIR_INODES, disk_use
from .hostile_file import open_regular
from .outcome import Outcome, parse_report

MAX_RESULT_BYTES = 2_000_000


@dataclass(frozen=True)
class Finished:
    """How the job's process ended, as the worker (or the cold runner) saw it."""

    status: int  # a waitpid status
    timed_out: bool = False
    over_disk: bool = False
    elapsed: float = 0.0


def _read_result_file(path: Path) -> dict[str, Any] | str | None:
    """The child's result.json: a dict, "too_large", or None when missing or unreadable."""
    opened = open_regular(path)
    if opened is None:
        return None
    fd, size = opened
    try:
        if size > MAX_RESULT_BYTES:
            return "too_large"
        data = os.read(fd, MAX_RESULT_BYTES + 1)
    except OSError:
        return None
    finally:
        os.close(fd)
    try:
        result = json.loads(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):  # `[[[[…` 100,000 deep
        return None
    return result if isinstance(result, dict) else None


def tidy_run_dir(run_dir: Path) -> None:
    """Remove what a job must never leave for the parent: links, FIFOs, sockets, devices,
    directories (the walls refuse making them; this is for kernels without those walls),
    and the job's code file. When root, hand what is left back to the app's uid, so a later
    job that gets the same uid cannot touch this run's files."""
    try:
        entries = list(os.scandir(run_dir))[: MAX_RUN_DIR_INODES * 2]
    except OSError:
        return
    me = os.geteuid()
    for entry in entries:
        try:
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISDIR(info.st_mode):
                remove_tree(entry.path)
            elif not stat.S_ISREG(info.st_mode) or info.st_nlink > 1 or entry.name == CODE_FILE:
                os.unlink(entry.path)
            elif me == 0 and info.st_uid != 0:
                os.chown(entry.path, 0, 0, follow_symlinks=False)
        except OSError:
            continue
    if me == 0:
        with contextlib.suppress(OSError):
            os.chown(run_dir, 0, 0)


def _from_status(status: int, memory_mb: int) -> ExecutionError:
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        if sig == signal.SIGXCPU:
            return ExecutionError("The script used more CPU time than allowed and was stopped.", "cpu")
        if sig == signal.SIGXFSZ:
            return ExecutionError("The script produced a file larger than the per-file limit.", "output_too_large")
        return ExecutionError(f"The script was killed by signal {signal.Signals(sig).name} — most likely it hit "
                              f"the {memory_mb} MB memory limit.", "memory")
    return ExecutionError(f"The sandboxed process exited with status {os.WEXITSTATUS(status)} without a result.",
                          "crashed")


def _report_problem(outcome: Outcome, run_dir: Path) -> str | None:
    """Why the report cannot be trusted against the files (None when they agree).

    A part must come with the file it is checked against: the STL for a solid or surface,
    the DXF for a 2D profile or 1D path. A report naming neither was never checked.
    """
    geometry = outcome.geometry
    assert geometry is not None
    if outcome.kind != geometry.kind:
        return f"it says {outcome.kind} in one place and {geometry.kind} in another"
    needed = "stl" if geometry.kind in ("3d_solid", "surface") else "dxf"
    for fmt in (needed, "step"):
        if fmt not in outcome.files:
            return f"the report names no {fmt.upper()} file to check it against"
    if needed == "dxf":
        return crosscheck.dxf_mismatch(geometry, run_dir / outcome.files["dxf"])
    facts = crosscheck.read_stl(run_dir / outcome.files["stl"])
    problem = crosscheck.facts_mismatch(geometry, facts)
    if problem is not None or facts is None:
        return problem or "the STL file is not a readable binary STL"
    diagonal, tolerance = math.dist(facts.low, facts.high), crosscheck.tolerance_for(geometry)
    problem = stepcheck.step_problem(run_dir / outcome.files["step"], diagonal, tolerance,
                                     solid=geometry.kind == "3d_solid")
    if problem is None and "glb" in outcome.files:
        problem = glbcheck.glb_problem(run_dir / outcome.files["glb"], facts.spread, diagonal, tolerance)
    return problem


def _cross_check(outcome: Outcome, run_dir: Path, drawing: bool = False) -> Outcome:
    """Fail the run when the geometry report disagrees with the files the job wrote.

    A drawing job reports only its sheet (SVG/PDF/DXF), whose geometry nothing reads."""
    if not outcome.ok or outcome.geometry is None or drawing:
        return outcome
    problem = _report_problem(outcome, run_dir)
    if problem is None:
        return outcome
    return Outcome.failed(ExecutionError(
        f"The part's measurements do not match the files it produced: {problem}. The run was stopped.",
        "report_mismatch"), stdout=outcome.stdout, sandbox=outcome.sandbox, timings=outcome.timings)


def reap(job: dict[str, Any], finished: Finished) -> Outcome:
    """The job's Outcome from its run dir and how its process ended."""
    run_dir = Path(job["run_dir"])
    path = run_dir / RESULT_FILE
    tidy_run_dir(run_dir)
    too_much = ExecutionError("The script wrote more data than a part's exports can take.", "output_too_large")
    if finished.over_disk or disk_use(run_dir).over(float(job["max_file_mb"])):
        return Outcome.failed(too_much, elapsed=finished.elapsed)
    if finished.timed_out:
        return Outcome.failed(ExecutionError(
            f"The script took longer than the {float(job['timeout']):g} s time limit and was stopped.", "timeout"),
            elapsed=finished.elapsed)
    report = _read_result_file(path)
    with contextlib.suppress(OSError):
        path.unlink()
    if report == "too_large":
        return Outcome.failed(ExecutionError("The script's report was too large.", "output_too_large"),
                              elapsed=finished.elapsed)
    if isinstance(report, dict):
        outcome = _cross_check(parse_report(report, run_dir, int(job["max_output_chars"])), run_dir,
                               drawing=isinstance(job.get("drawing"), dict))
        outcome.elapsed = finished.elapsed
        return outcome
    return Outcome.failed(_from_status(finished.status, int(job["memory_mb"])), elapsed=finished.elapsed)
