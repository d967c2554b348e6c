"""Features a follow-up adds to the current part: "add a 20 mm hole in the middle", "chamfer the edges 1 mm".

A refine must keep what the part already has (the corner holes, the counterbores) and add the
new feature on top.  So the feature is appended to the previous script as its own block, working
on `result` as it stands (placed by measuring `result.bounding_box()`, so sliders keep it
centred and through), with its sizes as new parameters at the end of the parameter block.
Works for every family.  Blocks carry a marker, so a later rebuild of the same part carries
them over (`carry_over`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...params import read_params
from .edge_features import read_edge_callout
from .script import format_value

MARK = "# added by refine: "
_NUM = r"(\d+(?:\.\d+)?)"


@dataclass(frozen=True)
class Addition:
    what: str                               # sentence for the notice
    params: list[tuple[str, float, str]]    # name, value, comment
    code: str


_HOLE = re.compile(
    r"\b(?:add|drill|cut|put|make|bore|with)\b[^.;]*?\b(?:a|an|one)?\s*(?:[øØ⌀]\s*)?" + _NUM
    + r"\s*(?:mm)?\s*(?:dia(?:meter)?\s+)?(?:through\s+|thru\s+|centre\s+|center\s+)?(?:hole|bore)\b"
    r"(?:[^.;]*?\b(middle|centre|center|centred|centered)\b)?", re.I)
_EDGE_VERB = re.compile(r"\b(chamfer|bevel|fillet|round|radius|break)\w*\b", re.I)


def _unique(name: str, taken: set[str]) -> str:
    if name not in taken:
        return name
    k = 2
    while f"{name}_{k}" in taken:
        k += 1
    return f"{name}_{k}"


def plan_additions(text: str, code: str) -> tuple[list[Addition], str]:
    """The features `text` adds to the part of `code`, and the text left for the parameter follow-up."""
    taken = {p.name for p in read_params(code)}
    out: list[Addition] = []
    rest = text
    # only on top of other holes: a part with a bore knob, or none yet, is rebuilt with that knob instead
    hole_knob = "hole_diameter" in taken and not {"bore_diameter", "centre_hole"} & taken
    for m in (_HOLE.finditer(text) if hole_knob else ()):
        d = float(m.group(1))
        name = _unique("added_hole_diameter", taken)
        taken.add(name)
        out.append(Addition(f"a Ø{d:g} through hole in the middle", [(name, d, "mm, hole added in the middle (through)")],
                            "bb = result.bounding_box()\n"
                            f"result -= Pos(bb.center().X, bb.center().Y, bb.min.Z) * Cylinder({name} / 2, bb.size.Z, "
                            "align=(Align.CENTER, Align.CENTER, Align.MIN))"))
        rest = rest.replace(m.group(0), " ")
    edge, _ = read_edge_callout(rest)
    has = {"chamfer": "chamfer_size" in taken,
           "fillet": "fillet_radius" in taken or (edge is not None and edge.which == "vertical" and "corner_radius" in taken)}
    if edge is not None and _EDGE_VERB.search(rest) and not has[edge.kind]:  # a knob it has already: the follow-up sets it
        kind = edge.kind
        which = edge.which or "all"
        stem = "added_chamfer" if kind == "chamfer" else "added_fillet"
        name = _unique(stem, taken)
        selector = {"vertical": "result.edges().filter_by(Axis.Z)", "top": "result.edges().group_by(Axis.Z)[-1]",
                    "bottom": "result.edges().group_by(Axis.Z)[0]"}.get(which, "result.edges()")
        where = {"vertical": "the vertical edges", "top": "the top edges", "bottom": "the bottom edges"}.get(which, "every edge")
        op = "chamfer" if kind == "chamfer" else "fillet"
        out.append(Addition(f"a {edge.size:g} mm {op} on {where}",
                            [(name, edge.size, f"mm, {op} added on {where}")],
                            f"result = {op}({selector}, {name})"))
        a, b = edge.span
        rest = rest[:a] + " " + rest[b:]
        rest = _EDGE_VERB.sub(" ", rest)
    return out, rest


def apply(code: str, additions: list[Addition]) -> str:
    """`code` with the additions' parameters at the end of its parameter block and their blocks at the end."""
    if not additions:
        return code
    lines = code.rstrip("\n").split("\n")
    params = read_params(code)
    at = params[-1].line if params else 0
    new_params = [f"{n} = {format_value(v)}  # {c}" for a in additions for n, v, c in a.params]
    lines[at:at] = new_params
    for a in additions:
        lines += ["", MARK + a.what, *a.code.split("\n")]
    return "\n".join(lines) + "\n"


def carry_over(previous: str, fresh: str) -> str:
    """`fresh` (a rebuild of the same part) with the blocks an earlier refine added to `previous`."""
    if MARK not in previous:
        return fresh
    prev_params = {p.name: p for p in read_params(previous)}
    tail = previous[previous.index(MARK):]
    names = [n for n in prev_params if n.startswith("added_") and n in tail]
    lines = fresh.rstrip("\n").split("\n")
    fresh_params = read_params(fresh)
    at = fresh_params[-1].line if fresh_params else 0
    lines[at:at] = [f"{n} = {format_value(prev_params[n].value)}  # {prev_params[n].comment}" for n in names]
    return "\n".join(lines) + "\n\n" + tail.rstrip("\n") + "\n"
