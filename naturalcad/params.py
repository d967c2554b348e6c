"""The parameter block of a script: read it, override values, re-emit the script.

A script's knobs are the simple `name = <number|bool>  # comment` lines at its top,
after the imports and header comments.  Sliders and the offline "refine" flow edit
those lines and nothing else, so the rest of the script stays byte-identical.
"""

from __future__ import annotations

import ast
import math
import re
from dataclasses import dataclass

_ASSIGN_RE = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?P<eq>\s*=\s*)(?P<value>[^#]*?)(?P<gap>\s*)(?P<comment>#.*)?$")
_SKIP_RE = re.compile(r"^\s*(#.*)?$|^(from\s+\S+\s+import\s|import\s)")
MAX_INT_PARAM = 2**53  # the largest int a float holds exactly
MAX_PARAMS = 200  # a script's knobs are a dozen; past this the block is code, not sliders (bounds the record)


@dataclass
class Param:
    name: str
    value: float | int | bool
    comment: str
    line: int  # 1-based


def _literal(text: str) -> float | int | bool | None:
    try:
        value = ast.literal_eval(text.strip())
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        # A slider holds a float: an int past 2**53 is no knob, and one past 4,300 digits
        # (a hex literal can be) makes every later `json.dumps` of the run's params raise.
        return value if abs(value) <= MAX_INT_PARAM else None
    if isinstance(value, float) and math.isfinite(value):
        return value
    return None


def _block(code: str) -> list[tuple[int, re.Match[str], float | int | bool]]:
    """(line index, match, value) for each line of the top parameter block."""
    found: list[tuple[int, re.Match[str], float | int | bool]] = []
    for index, line in enumerate(code.splitlines()):
        if _SKIP_RE.match(line):
            continue
        m = _ASSIGN_RE.match(line.rstrip("\r"))
        value = _literal(m.group("value")) if m else None
        if m is None or value is None or len(found) >= MAX_PARAMS:
            break  # the first statement that is not a simple literal ends the block
        found.append((index, m, value))
    return found


def read_params(code: str) -> list[Param]:
    """The simple literal assignments at the top of `code`, in order."""
    params: list[Param] = []
    seen: set[str] = set()
    for index, m, value in _block(code):
        name = m.group("name")
        if name in seen or name.startswith("__"):
            continue
        seen.add(name)
        comment = (m.group("comment") or "").lstrip("#").strip()
        params.append(Param(name, value, comment, index + 1))
    return params


def format_value(value: float | int | bool) -> str:
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, int):
        return str(value)
    v = float(value)
    if not math.isfinite(v):
        raise ValueError(f"parameter values must be finite numbers, got {value!r}")
    text = repr(round(v, 6))
    return text if ("." in text or "e" in text) else text + ".0"


def _coerce(old: float | int | bool, new: float | int | bool, name: str) -> float | int | bool:
    """Keep each parameter's type: counts stay ints, flags stay bools."""
    if isinstance(new, str) or new is None:
        raise ValueError(f"parameter '{name}' needs a number, got {new!r}")
    if isinstance(old, bool):
        return bool(new)
    if isinstance(old, int):
        f = float(new)
        if not math.isfinite(f):
            raise ValueError(f"parameter '{name}' must be a finite number")
        return round(f)  # round() of a float is already an int
    f = float(new)
    if not math.isfinite(f):
        raise ValueError(f"parameter '{name}' must be a finite number")
    return f


def override_params(code: str, values: dict[str, float | int | bool]) -> str:
    """`code` with the named parameters set to new values; everything else byte-identical."""
    block = {m.group("name"): (index, m, value) for index, m, value in reversed(_block(code))}
    unknown = [name for name in values if name not in block]
    if unknown:
        known = ", ".join(m.group("name") for _, m, _ in _block(code)) or "none"
        plural = "s" if len(unknown) > 1 else ""
        names = ", ".join(f"'{u}'" for u in unknown)
        raise ValueError(f"unknown parameter{plural} {names}; this script's parameters are: {known}")
    lines = code.splitlines(keepends=True)
    for name, new in values.items():
        index, m, old = block[name]
        value_text = format_value(_coerce(old, new, name))
        line = lines[index]
        ending = line[len(line.rstrip("\r\n")):]
        body = line.rstrip("\r\n")
        start, end = m.span("value")
        # keep the comment where it was when the new value is no longer than the old one
        gap = m.group("gap")
        old_len = end - start
        if m.group("comment") and len(value_text) != old_len:
            gap = " " * max(2, len(gap) + old_len - len(value_text)) if gap else gap
        lines[index] = body[:start] + value_text + (gap + body[m.end("gap"):] if m.group("comment") else body[end:]) + ending
    return "".join(lines)


_COUNT_RE = re.compile(r"(count|number|teeth|sides|panels|jogs|tiers|rows|columns|holes|per_leg|segments|steps)")
_ANGLE_RE = re.compile(r"(angle|deg|twist|rotation)")
_FRACTION_RE = re.compile(r"(fraction|ratio|setback|sag|factor)")


def _nice_step(span: float) -> float:
    raw = span / 200
    if raw <= 0:
        return 0.1
    mag = 10.0 ** math.floor(math.log10(raw))
    for k in (1, 2, 5, 10):
        if raw <= k * mag:
            return k * mag
    return 10 * mag


def suggest_range(p: Param) -> tuple[float, float, float]:
    """(min, max, step) for a slider over this parameter."""
    text = (p.name + " " + p.comment).lower()
    if isinstance(p.value, bool):
        return (0, 1, 1)
    v = float(p.value)
    if isinstance(p.value, int) or _COUNT_RE.search(p.name.lower()):
        least = 0 if re.search(r"hole|count|per_leg|notch", text) else 1
        if re.search(r"teeth", text):
            least = 6
        if re.search(r"sides", p.name.lower()):
            least = 3
        most = max(int(v) * 2, least + 10, 12)
        return (least, most, 1)
    if _ANGLE_RE.search(p.name.lower()) or "degree" in text:
        return (0.0, 360.0 if abs(v) <= 360 else abs(v) * 2, 1.0)
    if _FRACTION_RE.search(p.name.lower()) or "fraction" in text:
        return (0.0, 1.0, 0.01)
    high = max(abs(v) * 3, 10.0)
    low = 0.0 if (v == 0 or re.search(r"0 = |radius|chamfer|fillet|offset|bore", text)) else min(_nice_step(high), abs(v))
    step = _nice_step(high - low)
    if v < 0:
        return (-high, high, step)
    return (low, high, step)
