"""A model's reply -> a build123d script we can guard and run.

Models wrap code in prose and fences, think aloud in `<think>` tags, import build123d
under an alias, call viewer or export functions, forget `result`, and repeat a few
constructor mistakes. Each of those is fixed here, deterministically and visibly: every
change is listed in `HandledReply.fixes` so the person (and the corpus figures) can see
what was adjusted. Anything that needs judgement is left for the repair loop.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field

from ..pysource import parse as parse_source

IMPORT_LINE = "from build123d import *"

_THINK = re.compile(r"<(think|thinking|reasoning)>.*?</\1>", re.S | re.I)
_UNCLOSED_THINK = re.compile(r"^\s*<(think|thinking|reasoning)>.*?(?=```|from build123d|\Z)", re.S | re.I)
_FENCE = re.compile(r"^[ \t]*(```+|~~~+)[ \t]*([\w+.-]*)[^\n]*\n(.*?)(?:^[ \t]*\1[ \t]*$|\Z)", re.S | re.M)
_CODE_LANGS = {"", "python", "py", "python3", "py3", "build123d", "python-repl"}
_CODE_START = re.compile(
    r"^(from\s+build123d\s+import|import\s+\w|from\s+\w+\s+import|with\s+Build\w+|[A-Za-z_]\w*\s*=[^=]|#\s*\S|"
    r"result\b|def\s+\w+\(|class\s+\w+|for\s+\w+\s+in\s|if\s+__name__)"
)

# Calls that show or write the result: the viewer is not there and the pipeline exports.
_DROP_CALLS = {"show", "show_object", "show_all", "show_clear", "set_port", "set_defaults", "reset_show",
               "display", "debug", "Export2D", "ExportSVG", "ExportDXF", "write_stl", "write_step"}
_DROP_MODULES = {"ocp_vscode", "cq_editor", "jupyter_cadquery", "ocp_tessellate", "IPython", "yacv_server"}

# Result names models use, best first (after `result`).
_RESULT_NAMES = ("part", "model", "final", "final_part", "shape", "solid", "body", "obj", "assembly",
                 "sketch", "profile", "path", "line")
_BUILDER_ATTR = {"BuildPart": "part", "BuildSketch": "sketch", "BuildLine": "line"}

# Constructors that take a radius where models often write a diameter.
_RADIUS_TAKERS = {"Cylinder", "Sphere", "Circle", "Hole", "CounterBoreHole", "CounterSinkHole"}
_KEYWORD_ALIASES = {
    "Cylinder": {"r": "radius", "h": "height", "length": "height"},
    "Sphere": {"r": "radius"},
    "Circle": {"r": "radius"},
    "Cone": {"h": "height", "radius1": "bottom_radius", "radius2": "top_radius"},
    "Torus": {"R": "major_radius", "r": "minor_radius"},
    "Hole": {"r": "radius"},
}


@dataclass
class HandledReply:
    """What came out of a reply: the script (None if there was none) and what was changed."""

    code: str | None
    fixes: list[str] = field(default_factory=list)
    truncated: bool = False


def strip_reasoning(text: str) -> str:
    """Drop `<think>…</think>` blocks some models put before the answer."""
    text = _THINK.sub("", text)
    return _UNCLOSED_THINK.sub("", text)


def _blocks(text: str) -> list[tuple[str, str, bool]]:
    """Fenced blocks as (language, body, closed)."""
    found = []
    for match in _FENCE.finditer(text):
        body = match.group(3)
        closed = not (match.end() == len(text) and not re.search(r"^[ \t]*" + re.escape(match.group(1)) + r"[ \t]*$",
                                                                 text[match.start(3):], re.M))
        found.append((match.group(2).lower(), body, closed))
    return found


def _parses(code: str) -> bool:
    try:
        parse_source(code)
        return True
    except SyntaxError:
        return False


def _looks_like_build123d(code: str) -> int:
    """A rough score: how much this reads like a complete build123d script."""
    score = 0
    score += 3 if re.search(r"^\s*(from build123d import|import build123d)", code, re.M) else 0
    score += 2 if re.search(r"^result\s*=", code, re.M) else 0
    score += 1 if re.search(r"\b(BuildPart|BuildSketch|BuildLine|Box|Cylinder|extrude|Rectangle|Circle)\b", code) else 0
    return score


def _from_fences(text: str) -> tuple[str | None, bool]:
    blocks = [(lang, body, closed) for lang, body, closed in _blocks(text) if lang in _CODE_LANGS and body.strip()]
    if not blocks:
        return None, False
    best = max(blocks, key=lambda b: (_looks_like_build123d(b[1]), len(b[1])))
    if len(blocks) > 1 and _looks_like_build123d(best[1]) < 5:
        # The script told in steps ("first the parameters … then the body"): join the steps.
        joined = "\n\n".join(body.rstrip() for _, body, _ in blocks)
        if _parses(joined) and _looks_like_build123d(joined) > _looks_like_build123d(best[1]):
            return joined, not blocks[-1][2]
    return best[1], not best[2]


def _from_prose(text: str) -> str | None:
    """Code written straight into the reply: from the first code-like line, trimmed to what parses."""
    lines = text.splitlines()
    starts = [i for i, line in enumerate(lines) if re.match(r"^(from\s+build123d\s+import|import\s+build123d)", line)]
    starts += [i for i, line in enumerate(lines) if _CODE_START.match(line) and not line.startswith("##") and i not in starts]
    for start in starts[:12]:
        body = lines[start:]
        # Drop trailing prose one line at a time until the rest parses.
        for end in range(len(body), 0, -1):
            chunk = "\n".join(body[:end]).rstrip()
            if chunk and _looks_like_build123d(chunk) > 0 and _parses(chunk):
                return chunk + "\n"
    return None


def extract_code(text: str) -> tuple[str | None, bool]:
    """(code, truncated): the script in a reply, from fences or from prose."""
    text = strip_reasoning(text or "").replace("\r\n", "\n")
    code, truncated = _from_fences(text)
    if code is None:
        code = _from_prose(text)
    if code is None or not code.strip():
        return None, False
    return code.strip("\n") + "\n", truncated


# -- normalising the script --------------------------------------------------------------------
def _call_name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Name):
            return func.id
        if isinstance(func, ast.Attribute):
            return func.attr
    return None


def _is_output_call(node: ast.stmt) -> bool:
    if not isinstance(node, ast.Expr):
        return False
    name = _call_name(node.value)
    return name is not None and (name in _DROP_CALLS or name.startswith(("export", "save")))


def _is_main_guard(node: ast.stmt) -> bool:
    return (isinstance(node, ast.If) and isinstance(node.test, ast.Compare)
            and isinstance(node.test.left, ast.Name) and node.test.left.id == "__name__")


def _drop_lines(code: str, spans: list[tuple[int, int]]) -> str:
    lines = code.splitlines()
    dead: set[int] = set()
    for first, last in spans:
        dead.update(range(first - 1, last))
    return "\n".join(line for i, line in enumerate(lines) if i not in dead) + "\n"


def _fix_imports(code: str, fixes: list[str]) -> str:
    """One `from build123d import *`; aliases (`bd.Box`) unwrapped; viewer imports dropped."""
    lines = code.splitlines()
    out: list[str] = []
    aliases: list[str] = []
    had_star = False
    for line in lines:
        stripped = line.strip()
        m = re.match(r"^import\s+build123d(?:\s+as\s+(\w+))?\s*$", stripped)
        if m and not line.startswith((" ", "\t")):
            aliases.append(m.group(1) or "build123d")
            continue
        m = re.match(r"^from\s+build123d(?:\.[\w.]+)?\s+import\s+(.+)$", stripped)
        if m and not line.startswith((" ", "\t")):
            if m.group(1).strip() == "*" and stripped == IMPORT_LINE:
                if had_star:
                    continue
                had_star = True
                out.append(line)
                continue
            if not had_star:
                fixes.append("replaced a partial build123d import with `from build123d import *`")
                had_star = True
                out.append(IMPORT_LINE)
            continue
        m = re.match(r"^(?:from\s+([\w.]+)\s+import|import\s+([\w.]+))", stripped)
        if m and not line.startswith((" ", "\t")) and (m.group(1) or m.group(2)).split(".")[0] in _DROP_MODULES:
            fixes.append(f"removed the viewer import `{stripped}`")
            continue
        out.append(line)
    code = "\n".join(out) + "\n"
    for alias in aliases:
        code = re.sub(rf"\b{re.escape(alias)}\.", "", code)
        fixes.append(f"replaced `import build123d{'' if alias == 'build123d' else ' as ' + alias}` with `{IMPORT_LINE}`")
    if not had_star:
        if not aliases:
            fixes.append(f"added the missing `{IMPORT_LINE}`")
        code = _insert_import(code)
    return code


def _insert_import(code: str) -> str:
    lines = code.splitlines()
    # After a leading docstring or comment header, before the first statement.
    index = 0
    try:
        tree = parse_source(code)
        first = tree.body[0] if tree.body else None
        if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
            index = first.end_lineno or 0
    except SyntaxError:
        pass
    lines.insert(index, IMPORT_LINE)
    return "\n".join(lines) + "\n"


def _drop_output_calls(code: str, fixes: list[str]) -> str:
    try:
        tree = parse_source(code)
    except SyntaxError:
        return code
    spans: list[tuple[int, int]] = []
    names: list[str] = []

    def visit(body: list[ast.stmt]) -> None:
        for node in body:
            if _is_output_call(node):
                spans.append((node.lineno, node.end_lineno or node.lineno))
                names.append(_call_name(node.value) or "")  # type: ignore[attr-defined]
            elif _is_main_guard(node) and all(_is_output_call(n) for n in node.body) and not node.orelse:  # type: ignore[attr-defined]
                spans.append((node.lineno, node.end_lineno or node.lineno))
                names.extend(_call_name(n.value) or "" for n in node.body)  # type: ignore[attr-defined]
            elif isinstance(node, (ast.With, ast.For, ast.If)) and not all(_is_output_call(n) for n in node.body):
                visit(node.body)

    visit(tree.body)
    if not spans:
        return code
    shown = ", ".join(f"`{n}(…)`" for n in dict.fromkeys(names))
    fixes.append(f"removed {shown}: NaturalCAD shows and exports the part itself")
    return _drop_lines(code, spans)


def _keyword_rewrites(code: str, fixes: list[str]) -> str:
    """`Cylinder(diameter=d)` -> `Cylinder(radius=(d) / 2)`, `Cylinder(r=…, h=…)` -> full names."""
    try:
        tree = parse_source(code)
    except SyntaxError:
        return code
    lines = code.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))

    def pos(lineno: int, col: int) -> int:
        # ast columns are UTF-8 byte offsets
        line = lines[lineno - 1]
        return offsets[lineno - 1] + len(line.encode("utf-8")[:col].decode("utf-8", "replace"))

    edits: list[tuple[int, int, str]] = []
    seen: list[str] = []
    numbers = _numeric_names(tree)
    for node in ast.walk(tree):
        name = _call_name(node)
        if not name or not isinstance(node, ast.Call):
            continue
        present = {k.arg for k in node.keywords}
        for kw in node.keywords:
            if kw.arg is None or kw.end_col_offset is None:
                continue
            start, end = pos(kw.lineno, kw.col_offset), pos(kw.end_lineno or kw.lineno, kw.end_col_offset)
            value = ast.get_source_segment(code, kw.value) or ""
            if name in _RADIUS_TAKERS and kw.arg in ("diameter", "d", "dia") and "radius" not in present:
                edits.append((start, end, f"radius=({value}) / 2" if not _is_simple(kw.value) else f"radius={value} / 2"))
                seen.append(f"`{name}({kw.arg}=…)` -> `{name}(radius=… / 2)`")
            elif kw.arg in _KEYWORD_ALIASES.get(name, {}) and _KEYWORD_ALIASES[name][kw.arg] not in present:
                new = _KEYWORD_ALIASES[name][kw.arg]
                edits.append((start, end, f"{new}={value}"))
                seen.append(f"`{name}({kw.arg}=…)` -> `{name}({new}=…)`")
        if name == "extrude" and len(node.args) == 1 and "amount" not in present and _is_number(node.args[0], numbers):
            arg = node.args[0]
            start, end = pos(arg.lineno, arg.col_offset), pos(arg.end_lineno or arg.lineno, arg.end_col_offset or 0)
            edits.append((start, end, f"amount={ast.get_source_segment(code, arg)}"))
            seen.append("`extrude(10)` -> `extrude(amount=10)`")
    if not edits:
        return code
    text = code
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    if not _parses(text):
        return code
    fixes.append("corrected arguments: " + "; ".join(dict.fromkeys(seen)))
    return text


def _is_simple(node: ast.AST) -> bool:
    return isinstance(node, (ast.Name, ast.Constant, ast.Attribute))


def _numeric_names(tree: ast.Module) -> set[str]:
    """Top-level names bound to numbers (the parameter block and values computed from it)."""
    names: set[str] = set()
    for node in tree.body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                and _is_number(node.value, names)):
            names.add(node.targets[0].id)
    return names


def _is_number(node: ast.AST, numbers: set[str]) -> bool:
    """An expression made only of numeric literals, known numeric names and arithmetic."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, (int, float)) and not isinstance(node.value, bool)
    if isinstance(node, ast.Name):
        return node.id in numbers
    if isinstance(node, ast.UnaryOp):
        return _is_number(node.operand, numbers)
    if isinstance(node, ast.BinOp):
        return _is_number(node.left, numbers) and _is_number(node.right, numbers)
    return False


def _assigns_result(tree: ast.Module) -> bool:
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id == "result" and isinstance(node.ctx, ast.Store):
            return True
    return False


def _result_line(tree: ast.Module, output_type: str) -> str | None:
    """The `result = …` line a script without one most likely meant."""
    builders: list[tuple[str, str]] = []  # (variable, builder class) in order
    assigned: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.With):
            for item in node.items:
                cls = _call_name(item.context_expr)
                if cls in _BUILDER_ATTR and isinstance(item.optional_vars, ast.Name):
                    builders.append((item.optional_vars.id, cls))
        elif (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, (ast.Call, ast.BinOp, ast.Attribute, ast.ListComp, ast.List))):
            assigned.append(node.targets[0].id)
    wanted = {"3d_solid": "BuildPart", "surface": "BuildPart", "2d_vector": "BuildSketch", "1d_path": "BuildLine"}[
        output_type if output_type in ("3d_solid", "surface", "2d_vector", "1d_path") else "3d_solid"]
    for variable, cls in reversed(builders):
        if cls == wanted:
            return f"result = {variable}.{_BUILDER_ATTR[cls]}"
    if builders and not assigned:
        variable, cls = builders[-1]
        return f"result = {variable}.{_BUILDER_ATTR[cls]}"
    for name in _RESULT_NAMES:
        if name in assigned:
            return f"result = {name}"
    if builders:
        variable, cls = builders[-1]
        return f"result = {variable}.{_BUILDER_ATTR[cls]}"
    return f"result = {assigned[-1]}" if assigned else None


def _ensure_result(code: str, output_type: str, fixes: list[str]) -> str:
    try:
        tree = parse_source(code)
    except SyntaxError:
        return code
    if _assigns_result(tree):
        return code
    line = _result_line(tree, output_type)
    if line is None:
        return code
    fixes.append(f"added `{line}` (the script did not set `result`)")
    return code.rstrip("\n") + "\n\n" + line + "\n"


def normalize(code: str, output_type: str = "3d_solid") -> tuple[str, list[str]]:
    """The fixes that need no judgement. Returns the script and what was changed."""
    fixes: list[str] = []
    code = code.replace("\t", "    ") if "\t" in code and not re.search(r"^ +\S", code, re.M) else code
    code = _fix_imports(code, fixes)
    code = _drop_output_calls(code, fixes)
    code = _keyword_rewrites(code, fixes)
    code = _ensure_result(code, output_type, fixes)
    code = re.sub(r"\n{3,}", "\n\n", code)
    return code, fixes


def handle_reply(text: str, output_type: str = "3d_solid") -> HandledReply:
    """Everything response handling does: extract, then normalise."""
    code, truncated = extract_code(text)
    if code is None:
        return HandledReply(None)
    code, fixes = normalize(code, output_type)
    return HandledReply(code, fixes, truncated)
