"""What a sandboxed job answered, parsed once where it enters the parent.

The child ran untrusted code, so its `result.json` is hostile input: every string is made
safe here (`sanitize.safe_text`: valid UTF-8, no terminal escapes, capped), every number
finite, every export a plain file name of the run directory. The rest of the app reads the
typed `Outcome` and `Geometry` below and never the raw report.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..drawing import FILE_NAMES as DRAWING_FILE_NAMES
from ..errors import ExecutionError
from ..feature_data import vetted_features
from ..formats import FILE_NAMES as MODEL_FILE_NAMES
from ..sanitize import finite, safe_text

# What each reported export is called: the one name NaturalCAD's exporters give it
# (`formats.FILE_NAMES`, `drawing.FILE_NAMES`; a drawing job reports its sheet). Any other
# name is the job's choice, which would be promoted into the run dir and downloaded as is.
_FILE_NAMES = {**MODEL_FILE_NAMES, **DRAWING_FILE_NAMES}
ARTIFACT_FORMATS = tuple(_FILE_NAMES)
_KINDS = ("3d_solid", "surface", "2d_vector", "1d_path")
_TEXT_CAP, _TRACEBACK_CAP, _WARNING_CAP, _LAYER_CAP = 2000, 4000, 500, 100
_EXACT_INT = 2**53  # the largest int a float (and a browser's JSON) holds exactly
_EXTRA_ITEMS = 2000  # measurements other modules add (hole diameters, ...): bounded, not fixed


def _count(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0 or value > 10**9:
        raise ExecutionError(f"The sandboxed process returned a malformed report ({name}).", "crashed")
    return value


def _triple(value: object, name: str) -> tuple[float, float, float] | None:
    if value is None:
        return None
    if not isinstance(value, list) or len(value) != 3:
        raise ExecutionError(f"The sandboxed process returned a malformed report ({name}).", "crashed")
    numbers = [finite(v) for v in value]
    if any(n is None for n in numbers):
        return None  # NaN or infinite: not a measurement (and never printed as NaN)
    x, y, z = (float(n or 0.0) for n in numbers)
    return (x, y, z)


def _plain(value: object, budget: list[int], depth: int = 0) -> Any:
    """A bounded copy of a JSON value: finite numbers, safe short strings, small lists/dicts."""
    budget[0] -= 1
    if budget[0] < 0 or depth > 3:
        raise ExecutionError("The sandboxed process returned a malformed report (geometry).", "crashed")
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, float):
        return finite(value)
    if isinstance(value, int):  # an int a float can hold exactly stays an int; a bigger one is no measurement
        return value if abs(value) <= _EXACT_INT else finite(value)
    if isinstance(value, str):
        return safe_text(value, 200)
    if isinstance(value, list):
        return [_plain(v, budget, depth + 1) for v in value]
    if isinstance(value, dict):
        return {safe_text(k, 64): _plain(v, budget, depth + 1) for k, v in value.items()}
    raise ExecutionError("The sandboxed process returned a malformed report (geometry).", "crashed")


@dataclass(frozen=True)
class Geometry:
    """The measured part (`geometry.measure` in the child, on the raw OCCT shape)."""

    kind: str
    extents: tuple[float, float, float] | None
    bbox_min: tuple[float, float, float] | None
    bbox_max: tuple[float, float, float] | None
    valid: bool
    solids: int
    shells: int
    faces: int
    edges: int
    volume: float | None
    area: float | None = None
    length: float | None = None
    holes: int = 0
    # Keys added by other measurement modules, passed on as they are (bounded, finite, safe).
    extra: dict[str, Any] = field(default_factory=dict)

    _CORE = ("kind", "extents", "bbox_min", "bbox_max", "valid", "solids", "shells", "faces", "edges", "volume",
             "area", "length", "holes")

    @classmethod
    def parse(cls, raw: object) -> Geometry:
        """From the child's report; raises ExecutionError("crashed") when it is malformed."""
        if not isinstance(raw, dict) or len(raw) > 64:
            raise ExecutionError("The sandboxed process returned a malformed report (geometry).", "crashed")
        kind = raw.get("kind")
        budget = [_EXTRA_ITEMS]
        extra = {safe_text(k, 64): _plain(v, budget) for k, v in raw.items()
                 if isinstance(k, str) and k not in cls._CORE}
        return cls(
            kind=kind if kind in _KINDS else "3d_solid",
            extents=_triple(raw.get("extents"), "extents"),
            bbox_min=_triple(raw.get("bbox_min"), "bbox_min"),
            bbox_max=_triple(raw.get("bbox_max"), "bbox_max"),
            valid=raw.get("valid") is True,
            solids=_count(raw.get("solids", 0), "solids"),
            shells=_count(raw.get("shells", 0), "shells"),
            faces=_count(raw.get("faces", 0), "faces"),
            edges=_count(raw.get("edges", 0), "edges"),
            volume=finite(raw.get("volume")),
            area=finite(raw.get("area")),
            length=finite(raw.get("length")),
            holes=_count(raw.get("holes", 0), "holes"),
            extra=extra,
        )

    @property
    def finite(self) -> bool:
        """Whether every size is a real number (a NaN bounding box is not a part)."""
        return self.extents is not None and (self.kind != "3d_solid" or self.volume is not None)

    def to_dict(self) -> dict[str, Any]:
        """The result JSON's `geometry` (DESIGN.md): lists, plain numbers, extra keys merged."""
        data: dict[str, Any] = dict(self.extra)
        data.update(kind=self.kind, extents=list(self.extents) if self.extents else None,
                    bbox_min=list(self.bbox_min) if self.bbox_min else None,
                    bbox_max=list(self.bbox_max) if self.bbox_max else None, valid=self.valid,
                    solids=self.solids, shells=self.shells, faces=self.faces, edges=self.edges,
                    volume=self.volume, holes=self.holes)
        if self.area is not None:
            data["area"] = self.area
        if self.length is not None:
            data["length"] = self.length
        return data


@dataclass
class Outcome:
    """One job's answer: a part (geometry + files) or an ExecutionError, plus what it printed."""

    ok: bool
    error: ExecutionError | None = None
    kind: str | None = None
    geometry: Geometry | None = None
    files: dict[str, str] = field(default_factory=dict)
    # Holes, pitches, walls (`features.report` in the child), vetted flat and finite: what the
    # independent size check looks in.
    features: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    stdout: str = ""
    traceback: str = ""
    timings: dict[str, float] = field(default_factory=dict)
    sandbox: list[str] = field(default_factory=list)
    elapsed: float | None = None
    wall_seconds: float | None = None
    mode: str = ""
    worker_died: bool = False

    @classmethod
    def failed(cls, error: ExecutionError, **fields: Any) -> Outcome:
        return cls(ok=False, error=error, **fields)

    @property
    def error_kind(self) -> str | None:
        return self.error.kind if self.error else None

    @property
    def message(self) -> str | None:
        return str(self.error) if self.error else None

    @property
    def line(self) -> int | None:
        return self.error.line if self.error else None

    def to_dict(self) -> dict[str, Any]:
        """The flat form the worker protocol and older callers used (strict-JSON-able)."""
        data: dict[str, Any] = {
            "ok": self.ok, "error_kind": self.error_kind, "error": self.message, "line": self.line,
            "traceback": self.traceback, "kind": self.kind,
            "geometry": self.geometry.to_dict() if self.geometry else {}, "features": dict(self.features),
            "warnings": list(self.warnings),
            "stdout": self.stdout, "timings": dict(self.timings), "sandbox": list(self.sandbox),
            "elapsed": self.elapsed, "wall_seconds": self.wall_seconds, "mode": self.mode,
        }
        if self.ok:
            data["files"] = dict(self.files)
        return data

    # Read access by key for callers written against the old dict answer (scripts, tests);
    # NaturalCAD's own code reads the fields.
    def get(self, key: str, default: Any = None) -> Any:
        return self.to_dict().get(key, default)

    def __getitem__(self, key: str) -> Any:
        return self.to_dict()[key]


def _files(raw: object, run_dir: Path) -> dict[str, str]:
    if not isinstance(raw, dict) or len(raw) > len(ARTIFACT_FORMATS):
        raise ExecutionError("The sandboxed process returned a malformed report.", "crashed")
    files: dict[str, str] = {}
    for fmt, name in raw.items():
        info = None
        if fmt in ARTIFACT_FORMATS and name == _FILE_NAMES[fmt]:
            try:
                info = os.lstat(run_dir / name)
            except OSError:
                info = None
        if info is None or not stat.S_ISREG(info.st_mode) or info.st_nlink != 1:
            raise ExecutionError("The sandboxed process reported an export it did not write in its run directory.",
                                 "crashed")
        files[fmt] = name
    return files


def _timings(raw: object) -> dict[str, float]:
    if not isinstance(raw, dict) or len(raw) > 20:
        raise ExecutionError("The sandboxed process returned a malformed report (timings).", "crashed")
    timings: dict[str, float] = {}
    for name, value in raw.items():
        number = finite(value)
        if number is None or not isinstance(name, str):
            raise ExecutionError("The sandboxed process returned a malformed report (timings).", "crashed")
        timings[safe_text(name, 32)] = number
    return timings


def _texts(raw: object, count: int, cap: int) -> list[str]:
    return [safe_text(item, cap) for item in raw[:count]] if isinstance(raw, list) else []


def parse_report(raw: dict[str, Any], run_dir: Path, max_output_chars: int) -> Outcome:
    """The child's report as an Outcome; a malformed one becomes a `crashed` failure."""
    stdout = safe_text(raw.get("stdout"), max_output_chars + 200)
    sandbox = _texts(raw.get("sandbox"), 20, _LAYER_CAP)
    line = raw.get("line")
    line = line if isinstance(line, int) and not isinstance(line, bool) and 0 < line < 10**7 else None
    try:
        timings = _timings(raw.get("timings", {}))
        if raw.get("ok") is not True:
            kind = raw.get("error_kind")
            message = safe_text(raw.get("error"), _TEXT_CAP) or "The script failed."
            error = ExecutionError(message, kind if isinstance(kind, str) else "crashed", line)
            # A failure's partial geometry is never used: checking it would only let a bad
            # report turn a clear failure into "malformed".
            return Outcome.failed(error, stdout=stdout, sandbox=sandbox, timings=timings,
                                  traceback=safe_text(raw.get("traceback"), _TRACEBACK_CAP))
        geometry = Geometry.parse(raw.get("geometry"))
        files = _files(raw.get("files"), run_dir)
    except ExecutionError as err:
        return Outcome.failed(err, stdout=stdout, sandbox=sandbox)
    if not geometry.finite:
        return Outcome.failed(ExecutionError(
            "The part's measurements are not finite numbers (its bounding box or volume is NaN or infinite).",
            "not_solid"), stdout=stdout, sandbox=sandbox)
    kind = raw.get("kind")
    return Outcome(ok=True, kind=kind if kind in _KINDS else geometry.kind, geometry=geometry, files=files,
                   features=vetted_features(raw.get("features")),
                   warnings=_texts(raw.get("warnings"), 20, _WARNING_CAP), stdout=stdout, timings=timings,
                   sandbox=sandbox)
