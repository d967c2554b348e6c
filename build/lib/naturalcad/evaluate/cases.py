"""A prompt set with known geometry: the JSONL form (DESIGN.md) and the folder form.

JSONL, one case a line:
    {"id", "prompt", "mode"?, "output_type"?, "expect": {"extents": [a, b, c] (sorted, mm),
     "volume": mm³, "genus": through-holes, "extents2d": [a, b], "max_extent": mm,
     "extents_include": [mm, …]}, "tol"?: {"extents_rel", "extents_abs", "volume_rel", "volume_abs"},
     "reference"?: "part.step"}     (a reference file, relative to the JSONL, for shape distance)

Folder: one sub-folder per task holding `prompt.txt` and `reference.step|stp|stl|dxf`
(optional `case.json` for mode, output_type, tol or extra expectations), or flat pairs
`<id>.txt` + `<id>.step`. Expectations are measured from the reference (reference.py).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..request import MODES, OUTPUT_TYPES

REFERENCE_SUFFIXES = (".step", ".stp", ".stl", ".dxf")
EXPECT_KEYS = ("extents", "volume", "genus", "extents2d", "max_extent", "extents_include")


class EvalInputError(ValueError):
    """A prompt set that cannot be read; the message names the file, line and field."""


@dataclass(frozen=True)
class Expect:
    """What the part should measure; any of them may be missing."""

    extents: tuple[float, float, float] | None = None  # sorted, mm
    volume: float | None = None  # mm³
    genus: int | None = None  # through-holes
    extents2d: tuple[float, float] | None = None  # sorted, mm (2D profiles, from the DXF)
    max_extent: float | None = None
    extents_include: tuple[float, ...] | None = None  # sizes the part must have, in any axis

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key in EXPECT_KEYS:
            value = getattr(self, key)
            if value is not None:
                out[key] = list(value) if isinstance(value, tuple) else value
        return out

    @property
    def empty(self) -> bool:
        return not self.to_dict()


@dataclass(frozen=True)
class Case:
    id: str
    prompt: str
    expect: Expect
    mode: str = "part"
    output_type: str | None = None
    tol: dict[str, float] = field(default_factory=dict)
    reference: Path | None = None  # the reference file, for shape distance
    where: str = ""  # "prompts.jsonl line 4", for messages

    @property
    def flat(self) -> bool:
        """A 2D profile, scored on its DXF."""
        return self.output_type == "2d_vector" or self.expect.extents2d is not None


def _numbers(value: Any, count: int | None, where: str, key: str) -> tuple[float, ...]:
    if not isinstance(value, list) or (count is not None and len(value) != count) or not value:
        size = f"{count} numbers" if count else "a list of numbers"
        raise EvalInputError(f"{where}: expect.{key} must be {size} in mm, got {json.dumps(value)}.")
    out = []
    for item in value:
        if isinstance(item, bool) or not isinstance(item, (int, float)) or not math.isfinite(item) or item < 0:
            raise EvalInputError(f"{where}: expect.{key} holds {json.dumps(item)}, not a size in mm.")
        out.append(float(item))
    return tuple(out)


def _number(value: Any, where: str, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
        raise EvalInputError(f"{where}: expect.{key} must be a non-negative number, got {json.dumps(value)}.")
    return float(value)


def parse_expect(raw: Any, where: str) -> Expect:
    if raw is None:
        return Expect()
    if not isinstance(raw, dict):
        raise EvalInputError(f"{where}: `expect` must be an object such as {{\"extents\": [5, 50, 50]}}.")
    unknown = sorted(set(raw) - set(EXPECT_KEYS))
    if unknown:
        raise EvalInputError(f"{where}: unknown expectation {', '.join(unknown)}; known: {', '.join(EXPECT_KEYS)}.")
    extents = _numbers(raw["extents"], 3, where, "extents") if "extents" in raw else None
    flat = _numbers(raw["extents2d"], 2, where, "extents2d") if "extents2d" in raw else None
    genus = raw.get("genus")
    if genus is not None and (isinstance(genus, bool) or not isinstance(genus, int) or genus < 0):
        raise EvalInputError(f"{where}: expect.genus is a count of through-holes, got {json.dumps(genus)}.")
    return Expect(
        extents=tuple(sorted(extents)) if extents else None,  # type: ignore[arg-type]
        volume=_number(raw["volume"], where, "volume") if "volume" in raw else None,
        genus=genus,
        extents2d=tuple(sorted(flat)) if flat else None,  # type: ignore[arg-type]
        max_extent=_number(raw["max_extent"], where, "max_extent") if "max_extent" in raw else None,
        extents_include=_numbers(raw["extents_include"], None, where, "extents_include") if "extents_include" in raw else None,
    )


def _tol(raw: Any, where: str) -> dict[str, float]:
    if raw is None:
        return {}
    if not isinstance(raw, dict) or not all(isinstance(v, (int, float)) and not isinstance(v, bool) and v >= 0
                                            for v in raw.values()):
        raise EvalInputError(f"{where}: `tol` must map names such as extents_rel to non-negative numbers.")
    return {str(k): float(v) for k, v in raw.items()}


def _case(row: dict[str, Any], where: str, default_id: str, base: Path, expect: Expect | None = None) -> Case:
    prompt = row.get("prompt")
    if not isinstance(prompt, str) or not prompt.strip():
        raise EvalInputError(f"{where}: `prompt` is missing or empty.")
    mode = row.get("mode") or "part"
    if mode not in MODES:
        raise EvalInputError(f"{where}: unknown mode {mode!r}; choose one of {', '.join(MODES)}.")
    output_type = row.get("output_type") or None
    if output_type is not None and output_type not in OUTPUT_TYPES:
        raise EvalInputError(f"{where}: unknown output_type {output_type!r}; choose one of {', '.join(OUTPUT_TYPES)}.")
    reference = None
    if row.get("reference"):
        reference = (base / str(row["reference"])).resolve()
        if not reference.is_file():
            raise EvalInputError(f"{where}: reference file {row['reference']} does not exist (looked in {base}).")
    return Case(id=str(row.get("id") or default_id), prompt=prompt.strip(), mode=mode, output_type=output_type,
                expect=expect if expect is not None else parse_expect(row.get("expect"), where),
                tol=_tol(row.get("tol"), where), reference=reference, where=where)


def load_jsonl(path: Path) -> list[Case]:
    cases: list[Case] = []
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise EvalInputError(f"Cannot read {path}: {getattr(err, 'strerror', None) or err}.") from None
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{path.name} line {number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise EvalInputError(f"{where} is not valid JSON ({err.msg} at column {err.colno}).") from None
        if not isinstance(row, dict):
            raise EvalInputError(f"{where} is not a JSON object.")
        cases.append(_case(row, where, f"case-{number}", path.parent))
    return cases


def _task_files(folder: Path) -> list[tuple[str, Path, Path, Path | None]]:
    """(id, prompt file, reference file, case.json or None) for every task in a folder."""
    tasks = []
    for sub in sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")):
        prompt = sub / "prompt.txt"
        refs = [sub / f"reference{s}" for s in REFERENCE_SUFFIXES if (sub / f"reference{s}").is_file()]
        if not prompt.is_file() or not refs:
            missing = "prompt.txt" if not prompt.is_file() else "reference.step (or .stp, .stl, .dxf)"
            raise EvalInputError(f"Task folder {sub} has no {missing}.")
        tasks.append((sub.name, prompt, refs[0], sub / "case.json" if (sub / "case.json").is_file() else None))
    for prompt in sorted(folder.glob("*.txt")):
        refs = [prompt.with_suffix(s) for s in REFERENCE_SUFFIXES if prompt.with_suffix(s).is_file()]
        if refs:
            tasks.append((prompt.stem, prompt, refs[0], None))
    return tasks


Measurer = Callable[[Path, str | None], Expect]


def load_folder(folder: Path, measure: Measurer) -> list[Case]:
    tasks = _task_files(folder)
    if not tasks:
        raise EvalInputError(f"{folder} holds no tasks: expected sub-folders with prompt.txt and reference.step "
                             "(or .stp/.stl/.dxf), or pairs such as bracket.txt + bracket.step.")
    cases = []
    for task_id, prompt_file, reference, extra_file in tasks:
        where = str(prompt_file.relative_to(folder.parent))
        extra: dict[str, Any] = {}
        if extra_file is not None:
            try:
                extra = json.loads(extra_file.read_text(encoding="utf-8"))
            except ValueError as err:
                raise EvalInputError(f"{extra_file} is not valid JSON ({err}).") from None
            if not isinstance(extra, dict):
                raise EvalInputError(f"{extra_file} must hold a JSON object.")
        output_type = extra.get("output_type") or ("2d_vector" if reference.suffix.lower() == ".dxf" else None)
        measured = measure(reference, output_type).to_dict()
        measured.update(parse_expect(extra.get("expect"), str(extra_file)).to_dict())  # a task may add or correct
        row = {"id": extra.get("id") or task_id, "prompt": prompt_file.read_text(encoding="utf-8"),
               "mode": extra.get("mode"), "output_type": output_type, "tol": extra.get("tol")}
        case = _case(row, where, task_id, folder, parse_expect(measured, where))
        cases.append(Case(**{**case.__dict__, "reference": reference.resolve()}))
    return cases


def load_cases(path: str | Path, measure: Measurer | None = None) -> list[Case]:
    """Every case in a JSONL file or a task folder, in order; ids must be unique."""
    path = Path(path).expanduser()
    if path.is_dir():
        if measure is None:
            from .reference import measure_reference

            measure = measure_reference
        cases = load_folder(path, measure)
    elif path.is_file():
        cases = load_jsonl(path)
    else:
        raise EvalInputError(f"{path} does not exist: give a JSONL prompt set or a folder of tasks.")
    if not cases:
        raise EvalInputError(f"{path} holds no cases.")
    seen: dict[str, str] = {}
    for case in cases:
        if case.id in seen:
            raise EvalInputError(f"{case.where}: id {case.id!r} is used twice (first at {seen[case.id]}).")
        seen[case.id] = case.where
    return cases
