"""Expectations measured from a task's reference file (folder form, and `reference` in JSONL).

STL and DXF are read here with trimesh/ezdxf. A STEP file needs OCCT, which this process
does not load (the app's UI process never imports build123d): a child process reads it,
measures extents, volume and through-holes on the B-rep, and writes a fine STL beside it
for shape distance. Children are cached by the file's content hash.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from .cases import EvalInputError, Expect
from .measure import MeasureError, measure_dxf, measure_stl

STEP_SUFFIXES = (".step", ".stp")
STEP_TIMEOUT_SECONDS = 120.0
CACHE_DIR = Path(tempfile.gettempdir()) / "naturalcad-eval-references"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:20]


def _step_report(path: Path) -> tuple[dict[str, Any], Path]:
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    key = _digest(path)
    report_file, mesh = CACHE_DIR / f"{key}.json", CACHE_DIR / f"{key}.stl"
    if report_file.is_file() and mesh.is_file():
        return json.loads(report_file.read_text(encoding="utf-8")), mesh
    try:
        done = subprocess.run([sys.executable, "-m", "naturalcad.evaluate.step_reader", str(path), str(mesh)],
                              capture_output=True, text=True, timeout=STEP_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        raise EvalInputError(f"Reading the reference {path.name} took longer than {STEP_TIMEOUT_SECONDS:g} s.") from None
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    report = json.loads(lines[-1]) if lines else {"error": done.stderr.strip().splitlines()[-1:] or ["no output"]}
    if done.returncode != 0 or "error" in report:
        raise EvalInputError(f"The reference {path} cannot be read as STEP: {report.get('error')}.")
    report_file.write_text(json.dumps(report), encoding="utf-8")
    return report, mesh


def reference_mesh(path: Path) -> Path | None:
    """A triangle mesh of the reference, for shape distance (None for a 2D DXF)."""
    suffix = path.suffix.lower()
    if suffix == ".stl":
        return path
    if suffix in STEP_SUFFIXES:
        return _step_report(path)[1]
    return None


def measure_reference(path: Path, output_type: str | None = None) -> Expect:
    """Extents, volume and through-holes of a reference part (extents only for a profile)."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".dxf" or (output_type == "2d_vector" and suffix != ".stl"):
            flat = measure_dxf(path)
            return Expect(extents2d=flat.extents)  # type: ignore[arg-type]
        if suffix == ".stl":
            mesh = measure_stl(path)
            if not mesh.watertight:
                raise EvalInputError(f"The reference {path} is not a closed mesh, so its volume and holes are unknown.")
            return Expect(extents=mesh.extents, volume=round(mesh.volume or 0.0, 2), genus=mesh.genus)  # type: ignore[arg-type,unused-ignore]
    except MeasureError as err:
        raise EvalInputError(str(err)) from None
    if suffix in STEP_SUFFIXES:
        report, _ = _step_report(path)
        return Expect(extents=tuple(sorted(report["extents"])), volume=report["volume"],
                      genus=report["genus"])
    raise EvalInputError(f"The reference {path} is not STEP, STL or DXF.")
