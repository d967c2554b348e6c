"""Static check of a build123d script before it runs.

The guard is the first of several walls (the child process's rlimits, Landlock, seccomp and
uid drop are the others): it refuses the constructs that real CAD scripts never need and
that escape tricks always do, and it names the line so a person can fix their script.
It is deliberately not the only wall: `build123d` module attributes reach `os` and `ctypes`,
so the sandbox must hold even when a trick gets past this check.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

from ..errors import GuardError

ALLOWED_MODULES = {"build123d", "math"}

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
FORBIDDEN_ATTRIBUTES = {
    "gi_frame", "gi_code", "gi_yieldfrom", "cr_frame", "cr_code", "cr_await", "ag_frame",
    "ag_code", "f_globals", "f_locals", "f_builtins", "f_back", "f_code", "tb_frame", "tb_next",
    "co_code", "co_consts", "func_globals", "mro", "format_map",
}

_FORMAT_FIELD_TRAVERSAL = re.compile(r"\{[^{}]*[.\[]")


@dataclass(frozen=True)
class Violation:
    line: int
    reason: str
    syntax: bool = False

    def sentence(self) -> str:
        return f"Line {self.line}: {self.reason}"


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


class _Checker(ast.NodeVisitor):
    def __init__(self) -> None:
        self.violations: list[Violation] = []

    def flag(self, node: ast.AST, reason: str) -> None:
        self.violations.append(Violation(getattr(node, "lineno", 0), reason))

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.name == "build123d":
                self.flag(node, "`import build123d` is not allowed; use `from build123d import *`")
            elif alias.name != "math":
                self.flag(node, f"importing `{alias.name}` is not allowed; only `from build123d import *` and `import math` are")
        self.generic_visit(node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        if node.level or module not in ALLOWED_MODULES:
            self.flag(node, f"importing from `{'.' * node.level + module}` is not allowed; only `from build123d import *` and `import math` are")
        for alias in node.names:
            if alias.name != "*":
                reason = _forbidden_name(alias.name)
                if reason:
                    self.flag(node, reason)
        self.generic_visit(node)

    def visit_Name(self, node: ast.Name) -> None:
        reason = _forbidden_name(node.id)
        if reason:
            self.flag(node, reason)
        self.generic_visit(node)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if node.attr == "__init__" and _is_super_call(node.value):
            pass  # super().__init__(...) in a custom part class is ordinary build123d
        elif node.attr.startswith("__"):
            self.flag(node, f"the attribute `.{node.attr}` is not allowed (dunder attributes reach the interpreter's internals)")
        elif node.attr in FORBIDDEN_ATTRIBUTES:
            self.flag(node, f"the attribute `.{node.attr}` is not allowed (it reaches frames, code or globals)")
        elif node.attr in FORBIDDEN_BUILD123D or node.attr.startswith(FORBIDDEN_PREFIXES):
            self.flag(node, f"`.{node.attr}` reads or writes files; NaturalCAD exports STEP, STL, GLB and DXF for you")
        elif node.attr == "format" and not (
            isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
            and not _FORMAT_FIELD_TRAVERSAL.search(node.value.value)
        ):
            self.flag(node, "`.format` is only allowed on a literal string without attribute or index fields; use an f-string")
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
    try:
        tree = ast.parse(source, filename="script.py")
    except SyntaxError as err:
        return [Violation(err.lineno or 0, f"syntax error: {err.msg}", syntax=True)]
    checker = _Checker()
    checker.visit(tree)
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
