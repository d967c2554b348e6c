"""Static check of a build123d script before it runs.

The guard is the first of several walls (the child process's rlimits, Landlock, seccomp and
uid drop are the others): it refuses the constructs that real CAD scripts never need and
that escape tricks always do, and it names the line so a person can fix their script.
It is deliberately not the only wall: `build123d` module attributes reach `os` and `ctypes`,
so the sandbox must hold even when a trick gets past this check.
"""

from __future__ import annotations

import ast
import functools
import importlib.util
import re
import sys
from dataclasses import dataclass

from ..errors import GuardError
from ..pysource import parse as parse_source

ALLOWED_MODULES = {"build123d", "math"}
MAX_SCRIPT_CHARS = 200_000  # generated scripts are a few KB; a pasted one with point lists, more

FORBIDDEN_CALLS = {
    "eval", "exec", "compile", "open", "__import__", "getattr", "setattr", "delattr",
    "globals", "vars", "locals", "input", "breakpoint", "help", "memoryview", "exit", "quit",
}

# build123d's own file readers and writers: the pipeline does all file I/O itself.
FORBIDDEN_BUILD123D = {
    "Mesher", "ExportDXF", "ExportSVG", "Export2D", "import_svg_as_buildline_code",
}
FORBIDDEN_PREFIXES = ("export_", "import_")

# Introspection attributes that lead from an ordinary object to frames, code and globals.
# `_python_frame` is where build123d's builders keep the frame that opened them.
FORBIDDEN_ATTRIBUTES = {
    "gi_frame", "gi_code", "gi_yieldfrom", "cr_frame", "cr_code", "cr_await", "cr_origin", "ag_frame",
    "ag_code", "ag_await", "f_globals", "f_locals", "f_builtins", "f_back", "f_code", "f_trace",
    "tb_frame", "tb_next", "co_code", "co_consts", "func_globals", "func_code", "cell_contents",
    "mro", "format_map", "_python_frame",
}

_FORMAT_FIELD_TRAVERSAL = re.compile(r"\{[^{}]*[.\[]")


@dataclass(frozen=True)
class Violation:
    line: int
    reason: str
    syntax: bool = False

    def sentence(self) -> str:
        return f"Line {self.line}: {self.reason}"


@functools.lru_cache(maxsize=1)
def build123d_public_names() -> frozenset[str] | None:
    """build123d's `__all__`, read from its source (importing it here would cost seconds).

    `from build123d import NAME` must name one of these: the package's module attributes
    (`os`, `sys`, `ctypes`, `inspect`, its own submodules) would otherwise be one import away.
    """
    try:
        spec = importlib.util.find_spec("build123d")
        if spec is None or not spec.origin:
            return None
        with open(spec.origin, encoding="utf-8") as handle:
            tree = parse_source(handle.read())
    except (ImportError, AttributeError, TypeError, OSError, SyntaxError, ValueError):
        return None
    for node in tree.body:
        if (isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)
                and isinstance(node.value, (ast.List, ast.Tuple))):
            return frozenset(e.value for e in node.value.elts if isinstance(e, ast.Constant) and isinstance(e.value, str))
    return None


def _is_module_name(name: str) -> bool:
    return name in sys.stdlib_module_names or name in sys.builtin_module_names


def _is_dunder(name: str) -> bool:
    return name.startswith("__") and name.endswith("__") and len(name) > 4


def _is_super_call(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "super"


def _forbidden_name(name: str) -> str | None:
    if _is_dunder(name) and name != "__name__":
        return f"the name `{name}` is not allowed (dunder names reach the interpreter's internals)"
    if name in FORBIDDEN_CALLS:
        return f"`{name}` is not allowed in NaturalCAD scripts"
    if name in FORBIDDEN_BUILD123D or name.startswith(FORBIDDEN_PREFIXES):
        return f"`{name}` reads or writes files; NaturalCAD exports STEP, STL, GLB and DXF for you"
    return None


def _forbidden_attribute(attr: str, value: ast.AST | None) -> str | None:
    """Why reading `.attr` (of `value`, when known) is refused, or None."""
    if attr == "__init__" and value is not None and _is_super_call(value):
        return None  # super().__init__(...) in a custom part class is ordinary build123d
    if attr.startswith("__"):
        return f"the attribute `.{attr}` is not allowed (dunder attributes reach the interpreter's internals)"
    if attr in FORBIDDEN_ATTRIBUTES:
        return f"the attribute `.{attr}` is not allowed (it reaches frames, code or globals)"
    if attr in FORBIDDEN_BUILD123D or attr.startswith(FORBIDDEN_PREFIXES):
        return f"`.{attr}` reads or writes files; NaturalCAD exports STEP, STL, GLB and DXF for you"
    if attr == "format" and not (
        isinstance(value, ast.Constant) and isinstance(value.value, str) and not _FORMAT_FIELD_TRAVERSAL.search(value.value)
    ):
        return "`.format` is only allowed on a literal string without attribute or index fields; use an f-string"
    return None


def _imported_name_problem(module: str, name: str) -> str | None:
    """Why `from MODULE import NAME` is refused, or None."""
    if name == "*":
        return None
    reason = _forbidden_name(name)
    if reason:
        return reason
    if module == "build123d":
        public = build123d_public_names()
        if public is None:
            if _is_module_name(name) or name in _KNOWN_MODULE_ALIASES:
                return f"`{name}` is a module, not part of build123d's modelling API"
        elif name not in public:
            return f"`{name}` is not part of build123d's public API (only names `from build123d import *` provides may be imported)"
    elif _is_module_name(name):
        return f"`{name}` is a module; only `from build123d import *` and `import math` are allowed"
    return None


# Module objects build123d keeps as attributes, for when its `__all__` cannot be read.
_KNOWN_MODULE_ALIASES = {"np", "ET", "PT", "ta", "ezdxf", "webcolors", "svgpathtools", "requests", "Lib3MF",
                         "TopoDS", "copy_module", "trianglesolver", "zoom", "topology", "exporters", "importers",
                         "mesher", "persistence", "exporters3d", "geometry", "text", "build_common", "version"}


# Builtin classes whose positional pattern matches the subject itself (`case int(n)`).
_SELF_MATCHING = {"bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"}


class _Checker(ast.NodeVisitor):
    def __init__(self) -> None:
        self.violations: list[Violation] = []

    def flag(self, node: ast.AST, reason: str) -> None:
        self.violations.append(Violation(getattr(node, "lineno", 0), reason))

    def flag_binding(self, node: ast.AST, name: str | None) -> None:
        """A name bound without a Name node (import alias, except-as, match capture, parameter)."""
        reason = _forbidden_name(name) if name else None
        if reason:
            self.flag(node, reason)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.name == "build123d":
                self.flag(node, "`import build123d` is not allowed; use `from build123d import *`")
            elif alias.name != "math":
                self.flag(node, f"importing `{alias.name}` is not allowed; only `from build123d import *` and `import math` are")
            self.flag_binding(node, alias.asname)
        self.generic_visit(node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        if node.level or module not in ALLOWED_MODULES:
            self.flag(node, f"importing from `{'.' * node.level + module}` is not allowed; only `from build123d import *` and `import math` are")
        else:
            for alias in node.names:
                reason = _imported_name_problem(module, alias.name)
                if reason:
                    self.flag(node, reason)
        for alias in node.names:
            self.flag_binding(node, alias.asname)
        self.generic_visit(node)

    # Attribute reads that are not Attribute nodes: `case object(__class__=c)` is getattr, and
    # `case C(x)` reads the attribute named by `C.__match_args__`, a runtime string.
    def visit_MatchClass(self, node: ast.MatchClass) -> None:
        if node.patterns and not (isinstance(node.cls, ast.Name) and node.cls.id in _SELF_MATCHING):
            self.flag(node, "positional patterns in `case Class(...)` are not allowed; name the attributes (`case Box(volume=v)`)")
        for attr in node.kwd_attrs:
            reason = _forbidden_attribute(attr, None)
            if reason:
                self.flag(node, reason)
        self.generic_visit(node)

    def visit_MatchAs(self, node: ast.MatchAs) -> None:
        self.flag_binding(node, node.name)
        self.generic_visit(node)

    def visit_MatchStar(self, node: ast.MatchStar) -> None:
        self.flag_binding(node, node.name)

    def visit_MatchMapping(self, node: ast.MatchMapping) -> None:
        self.flag_binding(node, node.rest)
        self.generic_visit(node)

    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> None:
        self.flag_binding(node, node.name)
        self.generic_visit(node)

    def visit_arg(self, node: ast.arg) -> None:
        self.flag_binding(node, node.arg)
        self.generic_visit(node)

    def visit_keyword(self, node: ast.keyword) -> None:
        if node.arg and _is_dunder(node.arg):
            self.flag(node, f"the keyword `{node.arg}` is not allowed (dunder names reach the interpreter's internals)")
        self.generic_visit(node)

    def visit_Global(self, node: ast.Global) -> None:
        for name in node.names:
            self.flag_binding(node, name)

    visit_Nonlocal = visit_Global  # type: ignore[assignment]

    def visit_Name(self, node: ast.Name) -> None:
        reason = _forbidden_name(node.id)
        if reason:
            self.flag(node, reason)
        self.generic_visit(node)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        reason = _forbidden_attribute(node.attr, node.value)
        if reason:
            self.flag(node, reason)
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        if isinstance(node.value, str) and "__" in node.value and re.search(r"__\w+__", node.value):
            self.flag(node, "strings naming dunder attributes are not allowed")
        elif isinstance(node.value, bytes):
            self.flag(node, "bytes literals are not needed in CAD scripts")

    def _check_def_name(self, node: ast.AST, name: str) -> None:
        if _is_dunder(name) and name not in {"__init__", "__repr__", "__str__", "__eq__", "__hash__"}:
            self.flag(node, f"defining `{name}` is not allowed")

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._check_def_name(node, node.name)
        self.generic_visit(node)

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._check_def_name(node, node.name)
        if node.keywords:
            self.flag(node, "class keywords (metaclasses) are not allowed")
        self.generic_visit(node)

    def visit_Await(self, node: ast.Await) -> None:
        self.flag(node, "`await` is not allowed in NaturalCAD scripts")


def check(source: str) -> list[Violation]:
    """Every violation in a script, in line order (empty list: the script may run)."""
    # The guard runs in the app's process, before any time limit: bound its work.
    if len(source) > MAX_SCRIPT_CHARS:
        line = source.count("\n", 0, MAX_SCRIPT_CHARS) + 1
        return [Violation(line, f"the script is longer than {MAX_SCRIPT_CHARS:,} characters")]
    try:
        tree = parse_source(source, filename="script.py")
    except SyntaxError as err:
        return [Violation(err.lineno or 0, f"syntax error: {err.msg}", syntax=True)]
    except RecursionError:
        return [Violation(1, "an expression is nested too deeply to check")]
    except (ValueError, MemoryError) as err:
        return [Violation(1, f"the script cannot be checked ({type(err).__name__}: {err})")]
    checker = _Checker()
    try:
        checker.visit(tree)
    except RecursionError:
        return [Violation(1, "an expression is nested too deeply to check")]
    return sorted(checker.violations, key=lambda v: v.line)


def guard(source: str) -> None:
    """Raise GuardError naming the first rejected line, or return if the script may run."""
    violations = check(source)
    if violations:
        first = violations[0]
        if first.syntax:
            raise GuardError(f"Syntax error on line {first.line}: {first.reason.removeprefix('syntax error: ')}.", line=first.line, reason=first.reason)
        more = f" ({len(violations) - 1} more problem{'s' if len(violations) > 2 else ''} after it)" if len(violations) > 1 else ""
        raise GuardError(f"Script refused. {first.sentence()}{more}.", line=first.line, reason=first.reason)
