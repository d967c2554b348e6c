"""What a downloaded file is called, the zip of everything, and sizes in mm or inches.

A file name says what the part is, the way a workshop labels stock: `plate-120x80x6-4xD8.step`
(family, overall size in mm, holes × diameter). Exports are always in millimetres; the inch
toggle changes only what the page shows.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from ..request import RunResult
from . import format as fmt

MM_PER_INCH = 25.4
UNITS = ("mm", "in")
UNIT_KEY = "units"  # the session's choice of mm or in: what the page shows (files stay in mm)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "part"


def _size(value: float) -> str:
    return fmt.number(value).replace(" ", "")


def file_stem(result: RunResult) -> str:
    """`plate-120x80x6-4xD8`: family, size in mm, and holes × diameter when there are holes."""
    name = fmt.part_name(result)
    if name.endswith(" with holes"):
        name = name[: -len(" with holes")]
    if name in ("custom", "refused", "not understood"):
        name = "part"
    parts = [_slug(name)]
    extents = (result.geometry or {}).get("extents") or []
    if extents:
        shown = extents[:2] if fmt.is_flat(result) else extents[:3]
        parts.append("x".join(_size(v) for v in shown))
    holes = (result.geometry or {}).get("holes") or 0
    diameter = next((v for k, v in (result.params or {}).items()
                     if "hole" in k and ("diameter" in k or k.endswith("_d")) and isinstance(v, (int, float))), None)
    if holes and diameter:
        parts.append(f"{holes}xD{_size(diameter)}")
    return "-".join(parts)


def file_name(result: RunResult, kind: str) -> str:
    suffix = {"step": ".step", "stl": ".stl", "glb": ".glb", "dxf": ".dxf", "zip": ".zip", "py": ".py"}[kind]
    return file_stem(result) + suffix


def zip_bytes(result: RunResult) -> bytes:
    """Every export and the script, named as the single downloads are, plus a line on units."""
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
        for kind in ("step", "stl", "glb", "dxf"):
            path = result.artifacts.get(kind)
            if path and Path(path).is_file():
                archive.write(path, file_name(result, kind))
        if result.code:
            archive.writestr(file_name(result, "py"), result.code)
        archive.writestr("README.txt", f"{fmt.title_text(result, 200)}\nRun {result.run_id}.\n"
                                       "All files are in millimetres.\n")
    return packed.getvalue()


def length(value_mm: float, unit: str) -> str:
    """A length in the unit shown: "120 mm" or "4.724 in"."""
    if unit == "in":
        return f"{fmt.number(value_mm / MM_PER_INCH, 3)} in"
    return f"{fmt.number(value_mm)} mm"


def size_text(result: RunResult, unit: str) -> str:
    """The overall size in the unit shown ("4.724 × 3.15 × 0.236 in")."""
    if unit != "in":
        return fmt.size_text(result)
    extents = (result.geometry or {}).get("extents") or []
    if not extents:
        return "–"
    shown = extents[:2] if fmt.is_flat(result) else extents[:3]
    return " × ".join(fmt.number(v / MM_PER_INCH, 3) for v in shown) + " in"


def measure_text(result: RunResult, unit: str) -> tuple[str, str]:
    """Volume, area or length in the unit shown: ("Volume", "3.44 in³") in inches."""
    label, text = fmt.volume_label_and_text(result)
    geo = result.geometry or {}
    if unit != "in" or text == "–":
        return label, text
    if label == "Length" and geo.get("length") is not None:
        return label, length(float(geo["length"]), "in")
    if label == "Area" and geo.get("area") is not None:
        return label, f"{fmt.number(float(geo['area']) / MM_PER_INCH ** 2, 2)} in²"
    if label == "Volume" and geo.get("volume") is not None:
        return label, f"{fmt.number(float(geo['volume']) / MM_PER_INCH ** 3, 2)} in³"
    return label, text


def param_text(value: float, param_unit: str, unit: str) -> str:
    """A parameter's value as the page shows it: a length in mm follows the unit toggle."""
    if param_unit == "mm" and unit == "in":
        return length(value, "in")
    shown = fmt.number(value, 2)
    return f"{shown} {param_unit}" if param_unit else shown
