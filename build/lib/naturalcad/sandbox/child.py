"""The sandboxed child: lock itself down, run one script, export, measure, report.

In the warm path this code runs in a process forked from the worker (build123d already
imported); in the cold path it is `python -m naturalcad.sandbox.child JOB.json`. Either way
the same `run_job` reads the script from its own file (the worker never holds a job's code,
so no fork inherits another job's script), applies the same limits before any user code
runs, and writes `result.json` (atomically) into the run directory for the parent to read.
The parent treats that report as hostile (`outcome.parse_report`) and checks it against
the STL (`crosscheck`).
"""

from __future__ import annotations

import builtins
import contextlib
import io
import json
import math
import os
import sys
import time
import traceback
import types
from typing import Any

SCRIPT_NAME = "script.py"
RESULT_FILE = "result.json"
CODE_FILE = ".code.py"  # written by the parent, read and removed by the child before lock-down
SAFE_ENV = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}

_SAFE_BUILTIN_NAMES = (  # noqa: SIM905 - one readable block of names
    "abs all any ascii bin bool bytearray callable chr complex dict dir divmod enumerate "
    "filter float format frozenset hasattr hash hex id int isinstance issubclass iter len list "
    "map max min next object oct ord pow print property range repr reversed round set slice "
    "sorted staticmethod classmethod str sum super tuple type zip "
    "ArithmeticError AssertionError AttributeError Exception IndexError KeyError LookupError "
    "NameError NotImplementedError OverflowError RuntimeError StopIteration TypeError ValueError "
    "ZeroDivisionError True False None NotImplemented"
).split()


class CappedText(io.TextIOBase):
    """A stdout/stderr replacement that keeps the first `limit` characters and drops the rest."""

    def __init__(self, limit: int):
        self.limit, self.size, self.dropped = limit, 0, 0
        self.parts: list[str] = []

    def write(self, text: str) -> int:
        room = self.limit - self.size
        if room > 0:
            self.parts.append(text[:room])
            self.size += min(len(text), room)
        self.dropped += max(len(text) - max(room, 0), 0)
        return len(text)

    def getvalue(self) -> str:
        tail = f"\n[… {self.dropped} more characters of output dropped]" if self.dropped else ""
        return "".join(self.parts) + tail


def _restricted_import(name: str, globals: object = None, locals: object = None,
                       fromlist: tuple[str, ...] | list[str] | None = (), level: int = 0) -> types.ModuleType:
    """`from build123d import *|NAME` and `import math`/`from math import NAME`, nothing else.

    The second wall behind the guard: build123d keeps `os`, `sys`, `ctypes` and its own
    submodules as attributes, so a named import must be a public, non-module name.
    """
    if level != 0 or name not in ("build123d", "math") or (name == "build123d" and not fromlist):
        raise ImportError(f"importing {name!r} this way is not allowed in NaturalCAD scripts")
    module = __import__(name, None, None, (), 0)
    public = set(getattr(module, "__all__", ()) or ())
    for item in fromlist or ():
        if item == "*":
            continue
        value = getattr(module, item, None)
        if isinstance(value, types.ModuleType) or (public and item not in public):
            raise ImportError(f"cannot import {item!r} from {name!r} in NaturalCAD scripts")
    return module


class _TypeMeta(type):
    """The metaclass of the scripts' `type`: one-argument calls only, isinstance as usual."""

    def __call__(cls, *args: Any, **kwargs: Any) -> type:
        if len(args) != 1 or kwargs:
            raise TypeError("type(name, bases, dict) is not available in NaturalCAD scripts; use a class statement")
        found = type(args[0])
        # A metaclass (`type(int)` is `type`) would build classes from a dict of any names.
        return cls if issubclass(found, type) else found

    def __instancecheck__(cls, obj: object) -> bool:
        return isinstance(obj, type)

    def __subclasscheck__(cls, sub: type) -> bool:
        return issubclass(sub, type)


class SafeType(type, metaclass=_TypeMeta):
    """What a script's `type` is: `type(x)` works; building classes from a runtime dict does not.

    `type(name, bases, {runtime-built dunder names: ...})` makes metaclasses with
    `__instancecheck__` and classes with `__match_args__`, which turn a `case C(x)` pattern
    into getattr with a runtime name (`__globals__` -> the real builtins).
    """


def safe_builtins() -> dict[str, Any]:
    table = {name: getattr(builtins, name) for name in _SAFE_BUILTIN_NAMES if hasattr(builtins, name)}
    table["type"] = SafeType
    table["__import__"] = _restricted_import
    table["__build_class__"] = builtins.__build_class__
    table["__name__"] = "__main__"
    return table


def lock_down(job: dict[str, Any]) -> list[str]:
    """Apply every wall available here. Returns the layers applied (the sandbox level)."""
    from . import landlock, limits, seccomp

    layers: list[str] = []
    os.setsid() if os.getpid() != os.getsid(0) else None
    os.environ.clear()
    os.environ.update(SAFE_ENV)
    os.environ["HOME"] = os.getcwd()
    cap = limits.Limits(job["timeout"], job["memory_mb"], job["max_file_mb"])
    group = job.get("cgroup")
    if group:
        try:
            limits.join_cgroup(__import__("pathlib").Path(group))
            layers.append(f"pids-cgroup({limits.PIDS_MAX})")
        except OSError:
            pass
    will_drop = os.geteuid() == 0
    limits.apply_rlimits(cap, dropped_uid=will_drop)
    layers.append("rlimits")
    # Landlock needs no_new_privs unless we are root; set it first so it applies either way.
    seccomp.set_no_new_privs()
    layer = landlock.restrict(os.getcwd())
    if layer:
        layers.append(layer)
    wanted = job.get("uid")
    uid = limits.drop_root(os.getcwd(), wanted if isinstance(wanted, int) else limits.UNPRIVILEGED_UID)
    if uid is not None:
        # Its own uid: RLIMIT_NPROC and signals reach this job alone. The shared fallback says so.
        layers.append("uid-per-job" if uid == wanted and uid != limits.UNPRIVILEGED_UID else f"uid-{uid}")
    layer = seccomp.install()
    if layer:
        layers.append(layer)
    layers.append("restricted-builtins")
    return layers


def _script_line(tb: types.TracebackType | None) -> int | None:
    line = None
    for frame, lineno in traceback.walk_tb(tb):
        if frame.f_code.co_filename == SCRIPT_NAME:
            line = lineno
    return line


def _script_traceback(err: BaseException, code: str, frames: int = 3) -> str:
    """The last few frames in the script, with their source lines, and the exception: for repair."""
    lines = code.splitlines()
    shown = [f'  File "{SCRIPT_NAME}", line {n}, in {frame.f_code.co_name}\n    {lines[n - 1].strip() if 0 < n <= len(lines) else ""}'
             for frame, n in traceback.walk_tb(err.__traceback__) if frame.f_code.co_filename == SCRIPT_NAME]
    try:
        message = "".join(traceback.format_exception_only(type(err), err)).strip()[:800]
    except Exception:  # a script's exception whose __str__ fails
        message = type(err).__name__[:80]
    return "\n".join(["Traceback (most recent call last, script frames only):", *shown[-frames:], message])


def _error(kind: str, message: str, line: int | None = None) -> dict[str, Any]:
    return {"ok": False, "error_kind": kind, "error": message, "line": line}


def _said(err: BaseException) -> str:
    """str(err), bounded; the exception is the script's object, so its __str__ may misbehave."""
    try:
        said = str(err)
    except Exception:
        return ""
    return said[:2000] if isinstance(said, str) else ""


def _classify_exception(err: BaseException, line: int | None) -> dict[str, Any]:
    where = f" (line {line})" if line else ""
    said = _said(err)
    if isinstance(err, MemoryError) or "OutOfMemory" in type(err).__name__ or "Standard_OutOfMemory" in said:
        return _error("memory", "The script ran out of memory (the limit is {mb} MB).", line)
    if isinstance(err, OSError) and err.errno == 27:  # EFBIG from RLIMIT_FSIZE
        return _error("output_too_large", "The script produced a file larger than the per-file limit.", line)
    if isinstance(err, RecursionError):
        return _error("exception", f"The script recursed too deeply{where}.", line)
    name = type(err).__name__[:80]
    text = (f"{name}: {said}".strip().splitlines() or [name])[0][:400] if said else name
    return _error("exception", f"The script raised {text}{where}.", line)


def _hit_file_cap(max_file_mb: float) -> bool:
    """Whether a file in the run dir stopped at the RLIMIT_FSIZE cap."""
    cap = int(max_file_mb * 1024 * 1024)
    try:
        return any(entry.is_file(follow_symlinks=False) and entry.stat().st_size >= cap for entry in os.scandir("."))
    except OSError:
        return False


def find_result(namespace: dict[str, Any]) -> tuple[Any, str | None]:
    """The script's result; falls back to the last builder or shape it made, with a warning."""
    if "result" in namespace:
        return namespace["result"], None
    from .extract import raw_shape

    for name, value in reversed(list(namespace.items())):
        if isinstance(name, str) and not name.startswith("_") and raw_shape(value) is not None:
            return value, f"The script did not set `result`; used `{name[:60]}` instead."
    return None, None


def check_kind(shape: Any, wanted: str) -> tuple[str | None, str]:
    """(problem, kind): whether `shape` can serve the requested output type."""
    from ..geometry import classify, closed_solid_problem

    kind = classify(shape)
    if kind == "empty":
        return "The result is empty: it has no solids, faces or edges.", kind
    if wanted == "3d_solid":
        if kind != "3d_solid":
            return f"The result is not a solid (it is a {kind.replace('_', ' ')}); a 3D part needs a closed solid.", kind
        problem = closed_solid_problem(shape)
        return (f"The result is not a valid closed solid: {problem}." if problem else None), kind
    if wanted == "surface":
        return (None if kind in ("surface", "2d_vector", "3d_solid") else "The result has no faces for a surface."), (
            "surface" if kind != "3d_solid" else kind)
    if wanted == "2d_vector":
        if kind in ("2d_vector", "1d_path"):
            return None, kind
        return f"A 2D profile was requested but the result is a {kind.replace('_', ' ')}; build it in a sketch (XY plane).", kind
    if wanted == "1d_path":
        if kind == "1d_path":
            return None, kind
        return f"A 1D path was requested but the result is a {kind.replace('_', ' ')}; build it from lines or curves.", kind
    return None, kind


def execute(job: dict[str, Any]) -> dict[str, Any]:
    """Run the script in this (already locked-down) process and export the result."""
    from .. import exports, geometry
    from . import extract

    timings: dict[str, float] = {}
    out = CappedText(job.get("max_output_chars", 20_000))
    code = job["code"]
    started = time.perf_counter()
    try:
        compiled = compile(code, SCRIPT_NAME, "exec", dont_inherit=True)
    except SyntaxError as err:
        return _error("syntax", f"Syntax error on line {err.lineno}: {err.msg}.", err.lineno)
    namespace: dict[str, Any] = {"__builtins__": safe_builtins(), "__name__": "__main__"}
    real_out, real_err = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = out
    try:
        exec(compiled, namespace)
    except BaseException as err:  # every failure becomes a sentence
        sys.stdout, sys.stderr = real_out, real_err
        namespace.clear()  # free what the script hoarded (a MemoryError leaves no room to report)
        result = _classify_exception(err, _script_line(err.__traceback__))
        result["error"] = result["error"].replace("{mb}", str(job["memory_mb"]))
        result["stdout"] = out.getvalue()
        result["traceback"] = _script_traceback(err, code)
        return result
    finally:
        sys.stdout, sys.stderr = real_out, real_err
    timings["build"] = time.perf_counter() - started

    warnings: list[str] = []
    value, warning = find_result(namespace)
    if warning:
        warnings.append(warning)
    if value is None:
        return {**_error("no_result", "The script finished without setting `result` to a shape."), "stdout": out.getvalue()}
    # From here on only the raw OCCT shape is used: the script's objects may lie.
    shape = extract.raw_shape(value)
    if shape is None:
        return {**_error("not_solid", f"`result` is a {extract.describe(value)}, not a build123d shape."),
                "stdout": out.getvalue()}
    problem, kind = check_kind(shape, job["output_type"])
    if problem:
        return {**_error("not_solid", problem), "stdout": out.getvalue()}

    t = time.perf_counter()
    report = geometry.measure(shape, kind)
    timings["measure"] = time.perf_counter() - t
    if isinstance(job.get("drawing"), dict):  # a drawing job: the part's sheet instead of its exports
        return _drawing_job(shape, kind, report, job["drawing"], warnings, out, timings)
    t = time.perf_counter()
    try:
        files = exports.write_all(shape, kind)
    except BaseException as err:
        result = _classify_exception(err, None)
        if result["error_kind"] == "exception" and _hit_file_cap(job["max_file_mb"]):
            # OCCT's writers report a failed write, not the EFBIG behind it.
            result = _error("output_too_large", f"An export of this part is larger than the {job['max_file_mb']:g} MB per-file limit.")
        elif result["error_kind"] == "exception":
            result = _error("export", f"The part was built but could not be exported: {_said(err)[:400]}.")
        result["error"] = result["error"].replace("{mb}", str(job["memory_mb"]))
        return result
    timings["export"] = time.perf_counter() - t
    return {
        "ok": True,
        "kind": kind,
        "geometry": report,
        "files": files,
        "warnings": warnings,
        "stdout": out.getvalue(),
        "timings": timings,
    }


def _drawing_job(shape: Any, kind: str, report: dict[str, Any], options: dict[str, Any], warnings: list[str],
                 out: CappedText, timings: dict[str, float]) -> dict[str, Any]:
    """Make the engineering drawing (trusted project code, run after the script)."""
    from build123d.topology import Shape

    from ..drawing.job import draw

    t = time.perf_counter()
    # A fresh build123d object around the raw OCCT shape: never the script's own (it may lie).
    files, problem = draw(Shape.cast(shape), kind, options)
    if problem:
        return {**_error("drawing", problem), "stdout": out.getvalue()}
    timings["drawing"] = time.perf_counter() - t
    return {"ok": True, "kind": kind, "geometry": report, "files": files, "warnings": warnings,
            "stdout": out.getvalue(), "timings": timings}


def write_result(result: dict[str, Any]) -> None:
    temp = f".{RESULT_FILE}.part"
    with open(temp, "w", encoding="utf-8") as handle:
        json.dump(result, handle)
    os.replace(temp, RESULT_FILE)


def read_code() -> str:
    """The job's script, from the file only this job's directory holds; removed once read."""
    fd = os.open(CODE_FILE, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        with os.fdopen(os.dup(fd), "rb") as handle:
            data = handle.read(4_000_000)
    finally:
        os.close(fd)
        os.unlink(CODE_FILE)
    return data.decode("utf-8", "replace")


def run_job(job: dict[str, Any]) -> None:
    """Entry point in the child: cd, read the code, lock down, execute, report. Never returns."""
    status = 0
    try:
        os.chdir(job["run_dir"])
        job = {**job, "code": read_code()}
        layers = lock_down(job)
        result = execute(job)
        result["sandbox"] = layers
        write_result(result)
    except BaseException as err:  # last resort: say what broke
        with contextlib.suppress(BaseException):
            write_result(_error("crashed", f"The sandbox failed before the script could finish: {type(err).__name__}: {err}"))
        status = 1
    finally:
        with contextlib.suppress(BaseException):
            sys.stdout.flush()
        os._exit(status)


def preload() -> None:
    """Import everything a job needs, so the fork has nothing left to load."""
    import build123d  # noqa: F401

    from .. import exports, geometry  # noqa: F401
    from . import extract, landlock, limits, seccomp  # noqa: F401

    math.sqrt(2)
    try:  # engineering drawings (made on request) start without imports of their own
        from ..drawing.job import preload as preload_drawing

        preload_drawing()
    except ImportError:
        pass
    # Build OCCT's font list (fontconfig, system fonts) now: after the lock-down /etc/fonts is
    # unreadable, and a job's `Text(...)` should find the system fonts under /usr/share/fonts.
    try:
        from build123d.text import FontManager

        FontManager()  # type: ignore[no-untyped-call]
    except Exception:  # text is optional; everything else still works
        pass


def main(argv: list[str]) -> None:
    """Cold path: `python -m naturalcad.sandbox.child JOB.json`."""
    with open(argv[1], encoding="utf-8") as handle:
        job = json.load(handle)
    preload()
    run_job(job)


if __name__ == "__main__":
    main(sys.argv)
