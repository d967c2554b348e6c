"""Make data safe to show and to serialise: text a terminal cannot be hijacked by, strict JSON.

Two jobs, both about data NaturalCAD did not write itself (a sandboxed job's text and numbers):
- `safe_text` is applied once, where a job's text enters the parent (`sandbox.outcome`):
  valid UTF-8 (lone surrogates replaced), no control characters but newline and tab (no
  terminal escapes), capped.
- `strict` / `dumps` are used wherever a result is serialised (CLI `--json`, server answers,
  history): NaN and infinities become null, so the output is always valid JSON, and any
  string that still cannot be encoded is repaired instead of failing the write.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

# C0 controls except \t and \n, DEL, C1 controls (\x9b is a one-byte CSI on some terminals),
# and the Unicode bidi overrides that make a line read differently from what it says.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_ANSI = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)?|[@-Z\\-_])")


def safe_text(value: object, cap: int = 2000) -> str:
    """A job's string made safe to store and print: valid UTF-8, no escapes, at most `cap` chars.

    Escape sequences are dropped whole (`\\x1b]0;title\\x07` leaves nothing behind) and
    `\\r\\n` becomes `\\n`, so what is shown is what the text says. Non-strings become "".
    """
    if not isinstance(value, str):
        return ""
    text = value[: cap * 4]  # bound the work before cleaning; capped exactly below
    text = _SURROGATE.sub("\ufffd", text)
    text = _ANSI.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    return text[:cap]


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def finite(value: object) -> float | None:
    """A float that JSON can carry, or None (NaN, infinities, ints too large for a float, non-numbers)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        number = float(value)
    except OverflowError:  # an int past a float's range (10**400 parses as JSON): not a size
        return None
    return number if math.isfinite(number) else None


def strict(value: Any, depth: int = 0) -> Any:
    """A copy of `value` that strict JSON can hold: non-finite floats -> None, strings repaired."""
    if depth > 64:
        return None
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, str):
        return value if not _has_surrogate(value) else _SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {strict(str(k), depth + 1): strict(v, depth + 1) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [strict(v, depth + 1) for v in value]
    if value is None or isinstance(value, (bool, int)):
        return value
    return strict(str(value), depth + 1)


def dumps(value: Any, **kwargs: Any) -> str:
    """`json.dumps` that always produces strict, UTF-8-encodable JSON (never NaN, never raises on text)."""
    kwargs.pop("default", None)
    return json.dumps(strict(value), allow_nan=False, **kwargs)
