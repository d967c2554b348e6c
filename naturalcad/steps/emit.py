"""The operations as a readable build123d script in the project's style.

A parameter block at the top (`plate_length = 100.0  # mm, step 1: plate length`), then one
commented block per step ("# Step 2: 4 × Ø6.5 mm through holes in the corners"), the part
growing in one variable, the final shape in `result`. Sliders edit the parameter block;
a person can keep editing the rest. Features placed from the part so far measure it with
`part.bounding_box()`, so a slider that makes the plate thicker keeps the holes through.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field

from ..sources.templates.script import P, format_value
from . import cadseq, ops

STEPS_TAG = "# NaturalCAD steps: "
MINZ = "align=(Align.CENTER, Align.CENTER, Align.MIN)"
MAXZ = "align=(Align.CENTER, Align.CENTER, Align.MAX)"


def identifier(name: str) -> str:
    """A parameter name the script can use: a part named in words ("round bar") becomes
    `round_bar`; a name that would start with a digit or be a Python keyword is prefixed."""
    name = re.sub(r"\W+", "_", name.strip().lower()).strip("_") or "size"
    if name[0].isdigit() or keyword.iskeyword(name):
        name = f"part_{name}"
    return name


@dataclass
class Script:
    """The parameter block being filled and the body lines, with each step's first line."""

    params: list[P] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    step_lines: dict[int, int] = field(default_factory=dict)  # body line index -> step number
    uses_math: bool = False

    def param(self, name: str, value: float | int, comment: str) -> str:
        name = identifier(name)
        for p in self.params:  # four legs of one step share their sizes
            if (p.name == name or re.fullmatch(re.escape(name) + r"_\d+", p.name)) and p.value == value and p.comment == comment:
                return p.name
        taken = {p.name for p in self.params}
        base, n = name, 2
        while name in taken:
            name = f"{base}_{n}"
            n += 1
        self.params.append(P(name, round(float(value), 4) if isinstance(value, float) else value, comment))
        return name

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)


def _pts(points: list[ops.Point]) -> str:
    return "[{}]".format(", ".join(f"({format_value(round(x, 4))}, {format_value(round(y, 4))})" for x, y in points))


def _box(s: Script, op: ops.Box, n: int) -> None:
    w = op.what
    L = s.param(f"{w}_length", op.length, f"mm, step {n}: {w} length (X)")
    W = s.param(f"{w}_width", op.width, f"mm, step {n}: {w} width (Y)")
    H = s.param(f"{w}_height" if w not in ("plate", "strip", "leaf", "bar") else f"{w}_thickness", op.height,
                f"mm, step {n}: {w} {('thickness' if w in ('plate', 'strip', 'leaf', 'bar') else 'height')} (Z)")
    at = f"Pos({format_value(op.centre[0])}, {format_value(op.centre[1])}, {format_value(op.z0)}) * " if op.z0 or op.centre != (0.0, 0.0) else ""
    s.add(f"part = {at}Box({L}, {W}, {H}, {MINZ})")
    if op.corner_radius:
        R = s.param("corner_radius", op.corner_radius, f"mm, step {n}: radius of the vertical corners")
        s.add(f"part = fillet(part.edges().filter_by(Axis.Z), {R})")


def _cylinder(s: Script, op: ops.Cylinder, n: int, first: bool) -> None:
    w = op.what if op.what not in ("section",) else "section"
    D = s.param(f"{w}_diameter", op.diameter, f"mm, step {n}: {w} diameter")
    word = ("length" if w in ("rod", "shaft", "pin", "section", "tube", "pipe", "bar", "bushing", "spacer") else
            "thickness" if w in ("disc", "disk", "washer", "ring", "flange", "puck", "collar", "head") else "height")
    H = s.param(f"{w}_{word}", op.height, f"mm, step {n}: {w} {word}")
    at = f"Pos({format_value(op.centre[0])}, {format_value(op.centre[1])}, {format_value(op.z0)}) * " if op.z0 or op.centre != (0.0, 0.0) else ""
    if op.axis in ("X", "Y"):  # lying down, centred on its axis
        rot = "Rot(0, 90, 0)" if op.axis == "X" else "Rot(90, 0, 0)"
        at = f"Pos({format_value(op.centre[0])}, {format_value(op.centre[1])}, {format_value(round(op.axis_height, 4))}) * {rot} * "
        s.add(f"part {'=' if first else '+='} {at}Cylinder({D} / 2, {H})")
        return
    s.add(f"part {'=' if first else '+='} {at}Cylinder({D} / 2, {H}, {MINZ})")
    if op.bore:
        B = s.param("bore_diameter", op.bore, f"mm, step {n}: bore diameter")
        s.add(f"part -= {at}Cylinder({B} / 2, {H}, {MINZ})")


def _prism(s: Script, op: ops.Prism, n: int) -> None:
    AF = s.param("across_flats", op.across_flats, f"mm, step {n}: hexagon size across flats")
    H = s.param("prism_height", op.height, f"mm, step {n}: prism height")
    s.add(f"part = extrude(RegularPolygon({AF} / 2, {op.sides}, major_radius=False), {H})")


def _sphere(s: Script, op: ops.Sphere, n: int) -> None:
    D = s.param("sphere_diameter", op.diameter, f"mm, step {n}: sphere diameter")
    if op.placed and op.flat_below == 0.0:  # a dome placed in a part of several bodies: flat side down at z0
        s.add(f"part = Pos({format_value(op.centre[0])}, {format_value(op.centre[1])}, {format_value(op.z0)}) * (Sphere({D} / 2) & Box({D} + 2, {D} + 2, {D}, {MINZ}))")
        return
    if op.placed:  # a ball placed in a part of several bodies: its bottom at z0
        s.add(f"part = Pos({format_value(op.centre[0])}, {format_value(op.centre[1])}, {format_value(op.z0)} + {D} / 2) * Sphere({D} / 2)")
        return
    if op.flat_below is None:
        s.add(f"part = Sphere({D} / 2)")
        return
    C = s.param("flat_below_centre", op.flat_below, f"mm, step {n}: the flat base's distance below the centre")
    s.add("# the ball cut by a horizontal plane below its centre, standing on its flat base at Z = 0",
          f"part = Pos(0, 0, {C}) * (Sphere({D} / 2) & Pos(0, 0, -{C}) * Box({D} + 2, {D} + 2, {D} + 2, {MINZ}))")


def _cone(s: Script, op: ops.Cone, n: int) -> None:
    B = s.param("cone_bottom_diameter", op.bottom_diameter, f"mm, step {n}: bottom diameter")
    T = s.param("cone_top_diameter", op.top_diameter, f"mm, step {n}: top diameter")
    H = s.param("cone_height", op.height, f"mm, step {n}: height")
    s.add(f"part = Cone({B} / 2, {T} / 2, {H}, {MINZ})")


def _extrusion(s: Script, op: ops.Extrusion, n: int) -> None:
    D = s.param("extrude_depth", op.depth, f"mm, step {n}: extrusion depth")
    s.add(f"profile = Plane.{op.plane} * Polygon(*{_pts(op.points)}, align=None)",
          f"part = extrude(profile, amount={D} / 2, both=True)" if op.plane == "XZ" else f"part = extrude(profile, {D})")


def _revolve(s: Script, op: ops.Revolve, n: int) -> None:
    A = s.param("revolve_angle", op.angle, f"degrees, step {n}: revolve angle")
    s.add("# the profile in the XZ plane: X is the radius, Z the height",
          f"profile = Plane.XZ * Polygon(*{_pts(op.points)}, align=None)",
          f"part = revolve(profile, Axis.Z, {A})")


def _loft(s: Script, op: ops.Loft, n: int, first: bool = True) -> None:
    sections = []
    for i, sec in enumerate(op.sections, 1):
        Z = "0" if sec.z == 0 else s.param(f"section{i}_height", sec.z, f"mm, step {n}: height of section {i}")
        at = f"{format_value(sec.centre[0])}, {format_value(sec.centre[1])}"
        if sec.shape == "circle":
            D = s.param(f"section{i}_diameter", sec.size[0], f"mm, step {n}: section {i} diameter")
            sections.append(f"Pos({at}, {Z}) * Circle({D} / 2)")
        elif sec.shape == "hexagon":
            AF = s.param(f"section{i}_across_flats", sec.size[0], f"mm, step {n}: section {i} hexagon across flats")
            sections.append(f"Pos({at}, {Z}) * RegularPolygon({AF} / 2, 6, major_radius=False)")
        else:
            X = s.param(f"section{i}_length", sec.size[0], f"mm, step {n}: section {i} length (X)")
            Y = s.param(f"section{i}_width", sec.size[1], f"mm, step {n}: section {i} width (Y)")
            sections.append(f"Pos({at}, {Z}) * Rectangle({X}, {Y})")
    shape = "loft([{}], ruled={})".format(", ".join(sections), op.ruled)
    if first:
        s.add(f"part = {shape}")
    else:  # standing on the part so far: its sections' heights are from the part's top
        Z0 = s.param("loft_base_height", op.z0, f"mm, step {n}: height the loft starts at")
        s.add(f"part += Pos(0, 0, {Z0}) * {shape}")


def _profile_face(s: Script, op: ops.Sweep, n: int) -> str:
    if op.profile == "circle":
        D = s.param("profile_diameter", op.size[0], f"mm, step {n}: diameter of the swept circle")
        return f"Circle({D} / 2)"
    if op.profile == "ring":
        OD = s.param("profile_outer_diameter", op.size[0], f"mm, step {n}: outer diameter of the swept ring")
        ID = s.param("profile_inner_diameter", op.size[1], f"mm, step {n}: inner diameter of the swept ring")
        return f"(Circle({OD} / 2) - Circle({ID} / 2))"
    W = s.param("profile_width", op.size[0], f"mm, step {n}: width of the swept rectangle")
    H = s.param("profile_height", op.size[1], f"mm, step {n}: height of the swept rectangle")
    return f"Rectangle({W}, {H})"


def _sweep(s: Script, op: ops.Sweep, n: int) -> None:
    face = _profile_face(s, op, n)
    if op.path == "line":
        L = s.param("path_length", op.length, f"mm, step {n}: length of the straight path")
        s.add(f"part = extrude({face}, {L})")
    elif op.path == "arc":
        R = s.param("path_radius", op.radius, f"mm, step {n}: centreline radius of the arc")
        A = s.param("path_angle", op.angle, f"degrees, step {n}: angle of the arc")
        s.add(f"path = CenterArc((0, 0), {R}, 0, {A})",
              "# the profile at the start of the path, square to it (the path starts along +Y)",
              f"section = Plane(origin=({R}, 0, 0), x_dir=(1, 0, 0), z_dir=(0, 1, 0)) * {face}",
              "part = sweep(section, path)")
    elif op.path == "chain":
        _chain_path(s, op, n)
        s.add("# the profile at the start of the path, square to it (the path starts along +X in the XY plane)",
              f"section = Plane(origin=path @ 0, x_dir=(0, 1, 0), z_dir=path % 0) * {face}",
              "part = sweep(section, path)")
    elif op.path == "points":
        s.add("# the path through the points given, in the writer's coordinates", "with BuildLine() as path_line:")
        at = op.origin
        for k, (kind, end, mid) in enumerate(op.nodes, 1):
            piece = f"ThreePointArc({at}, {mid}, {end})" if kind == "arc" and mid else f"Line({at}, {end})"
            s.add(f"    seg{k} = {piece}")
            at = end
        s.add("path = path_line.wire()",
              f"section = Plane(origin=path @ 0, z_dir=path % 0) * {face}",
              "part = sweep(section, path)")
    elif op.path == "circle":
        R = s.param("path_radius", op.radius, f"mm, step {n}: centreline radius of the closed circular path")
        s.add(f"path = CenterArc((0, 0), {R}, 0, 360)",
              f"section = Plane(origin=({R}, 0, 0), x_dir=(1, 0, 0), z_dir=(0, 1, 0)) * {face}",
              "part = sweep(section, path)")
    elif op.path == "helix":
        R = s.param("coil_radius", op.radius, f"mm, step {n}: mean radius of the coil")
        P = s.param("pitch", op.length, f"mm, step {n}: pitch of the helix")
        T = s.param("turns", op.angle / 360.0, f"step {n}: number of turns")
        s.add(f"path = Helix({P}, {P} * {T}, {R})",
              f"section = Plane(origin=path @ 0, x_dir=(1, 0, 0), z_dir=path % 0) * {face}",
              "part = sweep(section, path, is_frenet=True)")
    else:
        (_, l1, _), (_, r, _), (_, l2, _) = op.segments
        L1 = s.param("first_run", l1, f"mm, step {n}: first straight run (along +Y)")
        R = s.param("bend_radius", r, f"mm, step {n}: centreline radius of the bend")
        L2 = s.param("second_run", l2, f"mm, step {n}: second straight run (along +X)")
        s.add(f"path = FilletPolyline((0, 0), (0, {L1} + {R}), ({R} + {L2}, {L1} + {R}), radius={R})",
              f"section = Plane(origin=(0, 0, 0), x_dir=(1, 0, 0), z_dir=(0, 1, 0)) * {face}",
              "part = sweep(section, path)")


def _chain_path(s: Script, op: ops.Sweep, n: int) -> None:
    """A path of straight runs and tangent bends, each piece starting where the last ended, along its end tangent."""
    s.add("with BuildLine() as path_line:")
    prev = ""
    runs = bends = 0
    for kind, size, angle in op.segments:
        if kind == "line":
            runs += 1
            L = s.param(f"run{runs}_length", size, f"mm, step {n}: straight run {runs}")
            line = f"Line((0, 0), ({L}, 0))" if not prev else f"Line({prev} @ 1, {prev} @ 1 + ({prev} % 1) * {L})"
            s.add(f"    seg{runs + bends} = {line}")
        else:
            bends += 1
            R = s.param(f"bend{bends}_radius", size, f"mm, step {n}: centreline radius of bend {bends}")
            A = s.param(f"bend{bends}_angle", abs(angle), f"degrees, step {n}: angle of bend {bends}")
            sign = "" if angle > 0 else "-"
            start = "(0, 0), (1, 0)" if not prev else f"{prev} @ 1, {prev} % 1"
            s.add(f"    seg{runs + bends} = JernArc({start}, {R}, {sign}{A})  # {'left' if angle > 0 else 'right'} turn")
        prev = f"seg{runs + bends}"
    s.add("path = path_line.wire()")


def _holes(s: Script, op: ops.Holes, n: int) -> None:
    what = op.what if op.what not in ("hole", "pending") else "hole"
    D = s.param(f"{what}_diameter", op.diameter, f"mm, step {n}: {what.replace('_', ' ')} diameter")
    s.add("bb = part.bounding_box()")
    if op.axis in ("X", "Y"):
        rot = "Rot(0, 90, 0)" if op.axis == "X" else "Rot(90, 0, 0)"
        size = "bb.size.X" if op.axis == "X" else "bb.size.Y"
        for u, z in op.positions:
            at = (f"Pos(bb.center().X, {format_value(u)}, {format_value(z)})" if op.axis == "X"
                  else f"Pos({format_value(u)}, bb.center().Y, {format_value(z)})")
            if op.depth:
                De = s.param("hole_depth", op.depth, f"mm, step {n}: hole depth from the axis")
                at = at.replace("bb.center().X", "0").replace("bb.center().Y", "0")
                s.add(f"part -= {at} * {rot} * Cylinder({D} / 2, {De}, align=(Align.CENTER, Align.CENTER, Align.MIN))")
            else:
                s.add(f"part -= {at} * {rot} * Cylinder({D} / 2, {size} + 2)")
        return
    bottom = op.face == "bottom"
    start = "bb.min.Z" if bottom else "bb.max.Z"
    align = MINZ if bottom else MAXZ
    s.add(f"for x, y in {_pts(op.positions)}:")
    if op.depth and op.face == "both":
        De = s.param("hole_depth", op.depth, f"mm, step {n}: hole depth from each end")
        s.add(f"    part -= Pos(x, y, bb.max.Z) * Cylinder({D} / 2, {De}, {MAXZ})",
              f"    part -= Pos(x, y, bb.min.Z) * Cylinder({D} / 2, {De}, {MINZ})")
    elif op.depth:
        De = s.param("hole_depth", op.depth, f"mm, step {n}: hole depth")
        if op.start_z is not None:  # into the top of bosses that stand below the part's top
            start = format_value(round(op.start_z, 4))
        s.add(f"    part -= Pos(x, y, {start}) * Cylinder({D} / 2, {De}, {align})")
    else:
        s.add(f"    part -= Pos(x, y, bb.center().Z) * Cylinder({D} / 2, bb.size.Z + 2)")
    if op.counterbore:
        CD = s.param("counterbore_diameter", op.counterbore[0], f"mm, step {n}: counterbore diameter")
        CH = s.param("counterbore_depth", op.counterbore[1], f"mm, step {n}: counterbore depth")
        s.add(f"    part -= Pos(x, y, {start}) * Cylinder({CD} / 2, {CH}, {align})")
    if op.countersink:
        CD = s.param("countersink_diameter", op.countersink[0], f"mm, step {n}: countersink diameter at the face")
        CA = s.param("countersink_angle", op.countersink[1], f"degrees, step {n}: countersink included angle")
        s.uses_math = True
        depth = f"({CD} - {D}) / 2 / math.tan(math.radians({CA} / 2))"
        if bottom:
            s.add(f"    part -= Pos(x, y, {start}) * Cone({CD} / 2, {D} / 2, {depth}, {MINZ})")
        else:
            s.add(f"    part -= Pos(x, y, {start}) * Cone({D} / 2, {CD} / 2, {depth}, {MAXZ})")


def _pocket(s: Script, op: ops.Pocket, n: int) -> None:
    s.add("bb = part.bounding_box()")
    if op.depth is None:
        depth = "bb.size.Z + 2"
        z = "bb.center().Z"
        align = ""
    elif op.face == "bottom":  # a slab sliced off the underside
        depth = s.param("pocket_depth", op.depth, f"mm, step {n}: depth from the bottom face")
        z = "bb.min.Z"
        align = ", " + MINZ
    else:
        depth = s.param("pocket_depth", op.depth, f"mm, step {n}: pocket depth")
        z = "bb.max.Z"
        align = ", " + MAXZ
    at = f"Pos({format_value(op.centre[0])}, {format_value(op.centre[1])}, {z})"
    if op.shape == "circle":
        D = s.param("pocket_diameter", op.size[0], f"mm, step {n}: pocket diameter")
        s.add(f"part -= {at} * Cylinder({D} / 2, {depth}{align})")
        if op.island:
            island = s.param("island_diameter", op.island, f"mm, step {n}: diameter of the island left standing")
            s.add(f"part += {at} * Cylinder({island} / 2, {depth}{align})")
        return
    X = s.param("pocket_length", op.size[0], f"mm, step {n}: pocket length (X)")
    Y = s.param("pocket_width", op.size[1], f"mm, step {n}: pocket width (Y)")
    if op.corner_radius:
        R = s.param("pocket_corner_radius", op.corner_radius, f"mm, step {n}: pocket corner radius")
        if op.depth is None:
            s.add(f"part -= Pos({format_value(op.centre[0])}, {format_value(op.centre[1])}, bb.min.Z - 1) * extrude(RectangleRounded({X}, {Y}, {R}), {depth})")
        else:
            s.add(f"part -= Pos({format_value(op.centre[0])}, {format_value(op.centre[1])}, bb.max.Z - {depth}) * extrude(RectangleRounded({X}, {Y}, {R}), {depth} + 1)")
    else:
        s.add(f"part -= {at} * Box({X}, {Y}, {depth}{align})")


def _slot(s: Script, op: ops.Slot, n: int) -> None:
    W = s.param("slot_width", op.width, f"mm, step {n}: slot width")
    L = s.param("slot_length", op.length, f"mm, step {n}: slot length overall")
    s.add("bb = part.bounding_box()")
    if op.depth is None:
        depth, z, align = "bb.size.Z + 2", "bb.min.Z - 1", ""
    else:
        depth = s.param("slot_depth", op.depth, f"mm, step {n}: slot depth")
        z, align = f"bb.max.Z - {depth}", ""
    shape = f"SlotOverall({L}, {W})" if op.rounded else f"Rectangle({L}, {W})"
    extra = " + 1" if op.depth is not None else ""
    turn = "Rot(0, 0, 90) * " if op.along == "Y" else ""  # a slot across the part, front to back
    s.add(f"for x, y in {_pts(op.centres)}:",
          f"    part -= Pos(x, y, {z}) * {turn}extrude({shape}, {depth}{extra}){align}")


def _boss(s: Script, op: ops.Boss, n: int) -> None:
    b = op.body
    if isinstance(b, ops.Cylinder):
        D = s.param(f"{op.what}_diameter", b.diameter, f"mm, step {n}: {op.what} diameter")
        H = s.param("{}_{}".format(op.what, "height" if b.axis == "Z" else "length"), b.height,
                    f"mm, step {n}: {op.what} {('height' if b.axis == 'Z' else 'length')}")
        cx, cy = (format_value(round(v, 4)) for v in b.centre)
        if b.axis == "Z":
            s.add(f"part += Pos({cx}, {cy}, {format_value(round(b.z0, 4))}) * Cylinder({D} / 2, {H}, {MINZ})")
            if b.bore:  # a tube or ring joined to the part: its bore runs its own length only
                B = s.param(f"{op.what}_bore", b.bore, f"mm, step {n}: {op.what} bore diameter")
                s.add(f"part -= Pos({cx}, {cy}, {format_value(round(b.z0, 4))}) * Cylinder({B} / 2, {H}, {MINZ})")
        elif b.what == "boss":  # out of the +X end face
            s.add("bb = part.bounding_box()",
                  f"part += Pos(bb.max.X, 0, {format_value(b.axis_height)}) * Rot(0, 90, 0) * Cylinder({D} / 2, {H}, {MINZ})")
        else:
            rot = "Rot(0, 90, 0)" if b.axis == "X" else "Rot(90, 0, 0)"
            s.add(f"part += Pos({cx}, {cy}, {format_value(round(b.axis_height, 4))}) * {rot} * Cylinder({D} / 2, {H})")
    elif isinstance(b, ops.Sphere) and b.flat_below == 0.0 and b.placed:  # a dome: flat side down at z0
        D = s.param(f"{op.what}_diameter", b.diameter, f"mm, step {n}: {op.what} diameter")
        cx, cy = (format_value(round(v, 4)) for v in b.centre)
        s.add(f"part += Pos({cx}, {cy}, {format_value(round(b.z0, 4))}) * (Sphere({D} / 2) & Box({D} + 2, {D} + 2, {D}, {MINZ}))")
    elif isinstance(b, ops.Sphere):
        D = s.param(f"{op.what}_diameter", b.diameter, f"mm, step {n}: {op.what} diameter")
        cx, cy = (format_value(round(v, 4)) for v in b.centre)
        s.add(f"part += Pos({cx}, {cy}, {format_value(round(b.z0, 4))} + {D} / 2) * Sphere({D} / 2)")
    elif isinstance(b, ops.Prism):  # a hexagon standing on the part, on its axis
        AF = s.param(f"{op.what}_across_flats", b.across_flats, f"mm, step {n}: {op.what} size across flats")
        H = s.param(f"{op.what}_height", b.height, f"mm, step {n}: {op.what} height")
        s.add(f"part += Pos(0, 0, {format_value(round(b.z0, 4))}) * extrude(RegularPolygon({AF} / 2, {b.sides}, major_radius=False), {H})")
    elif isinstance(b, ops.Box):
        L = s.param(f"{op.what}_length", b.length, f"mm, step {n}: {op.what} length (X)")
        W = s.param(f"{op.what}_width", b.width, f"mm, step {n}: {op.what} width (Y)")
        H = s.param(f"{op.what}_height", b.height, f"mm, step {n}: {op.what} height (Z)")
        cx, cy = (format_value(round(v, 4)) for v in b.centre)
        s.add(f"part += Pos({cx}, {cy}, {format_value(round(b.z0, 4))}) * Box({L}, {W}, {H}, {MINZ})")


_SELECT = {
    "all": "part.edges()",
    "top": "part.edges().group_by(Axis.Z)[-1]",
    "bottom": "part.edges().group_by(Axis.Z)[0]",
    "vertical": "part.edges().filter_by(Axis.Z)",
    "top_outer": "part.edges().group_by(Axis.Z)[-1].sort_by(SortBy.RADIUS)[-1:]",
    "bottom_outer": "part.edges().group_by(Axis.Z)[0].sort_by(SortBy.RADIUS)[-1:]",
    "ends": "part.edges().group_by(Axis.Z)[-1] + part.edges().group_by(Axis.Z)[0]",
    "ends_outer": ("part.edges().group_by(Axis.Z)[-1].sort_by(SortBy.RADIUS)[-1:]"
                   " + part.edges().group_by(Axis.Z)[0].sort_by(SortBy.RADIUS)[-1:]"),
}


def _edges(s: Script, op: ops.Edges, n: int, history: list[ops.Operation]) -> None:
    name = "fillet_radius" if op.kind == "fillet" else "chamfer_size"
    R = s.param(name, op.size, f"mm, step {n}: {('edge rounding' if op.kind == 'fillet' else 'edge bevel')}")
    if op.which == "hole":
        hole = next((h for h in reversed(history) if isinstance(h, ops.Holes)), None)
        bore = next((h for h in reversed(history) if isinstance(h, ops.Cylinder) and h.bore), None)
        r = hole.diameter / 2 if hole else (bore.bore / 2 if bore else 0.0)
        sel = f"[e for e in part.edges().filter_by(GeomType.CIRCLE) if abs(e.radius - {format_value(round(r, 4))}) < 0.01]"
    elif op.which == "joint":
        boss = next((h for h in reversed(history) if isinstance(h, ops.Boss)), None)
        r = boss.body.diameter / 2 if boss and isinstance(boss.body, ops.Cylinder) else 0.0
        z = boss.body.z0 if boss and isinstance(boss.body, ops.Cylinder) else 0.0
        sel = (f"[e for e in part.edges().filter_by(GeomType.CIRCLE) if abs(e.radius - {format_value(round(r, 4))}) < 0.01 and abs(e.center().Z - {format_value(round(z, 4))}) < 0.01]")
        if boss and isinstance(boss.body, ops.Box):  # a block on the part: its foot's edges inside the part's outline
            s.add("bb = part.bounding_box()")
            sel = (f"[e for e in part.edges().filter_by(GeomType.LINE) if abs(e.center().Z - {format_value(round(boss.body.z0, 4))}) < 0.01"
                   " and bb.min.X + 0.01 < e.center().X < bb.max.X - 0.01 and bb.min.Y + 0.01 < e.center().Y < bb.max.Y - 0.01]")
    else:
        sel = _SELECT[op.which]
    s.add(f"part = {op.kind}({sel}, {R})")


def _shell(s: Script, op: ops.Shell, n: int) -> None:
    T = s.param("wall_thickness", op.thickness, f"mm, step {n}: shell wall thickness")
    if op.open_face is None:
        s.add(f"part = offset(part, amount=-{T})")
        return
    face = {"top": "part.faces().sort_by(Axis.Z)[-1]", "bottom": "part.faces().sort_by(Axis.Z)[0]",
            # a tube from a bar: both end faces removed
            "ends": "[part.faces().sort_by(Axis.X)[0], part.faces().sort_by(Axis.X)[-1]]",
            "top_bottom": "[part.faces().sort_by(Axis.Z)[0], part.faces().sort_by(Axis.Z)[-1]]"}[op.open_face]
    s.add(f"part = offset(part, amount=-{T}, openings={face})")


def _mirror(s: Script, op: ops.Mirror, n: int) -> None:
    if op.at:
        normal = {"YZ": (1, 0, 0), "XZ": (0, 1, 0), "XY": (0, 0, 1)}[op.plane]
        origin = tuple(op.at * k for k in normal)
        s.add(f"part += mirror(part, about=Plane(origin={origin}, z_dir={normal}))")
        return
    s.add(f"part += mirror(part, about=Plane.{op.plane})")


def emit(operations: list[tuple[int, ops.Operation]], labels: dict[int, tuple[int, str]]) -> Script:
    """The script for `operations` (step index, operation), one commented block per step.

    `labels` gives each step index its number as the person wrote it and a summary.
    """
    s = Script()
    done: list[ops.Operation] = []
    last_step = None
    for index, op in operations:
        number, summary = labels.get(index, (index + 1, type(op).__name__.lower()))
        if index != last_step:
            if s.lines:
                s.add("")
            s.step_lines[len(s.lines)] = index
            s.add(f"# Step {number}: {summary}")
            last_step = index
        first = not any(isinstance(d, ops.BASES) for d in done)
        if isinstance(op, ops.SketchSolid):
            _sketch_solid(s, op, number, first)
        elif isinstance(op, ops.Box):
            _box(s, op, number) if first else _added_box(s, op, number)
        elif isinstance(op, ops.Cylinder):
            _cylinder(s, op, number, first)
        elif isinstance(op, ops.Prism):
            _prism(s, op, number)
        elif isinstance(op, ops.Sphere):
            _sphere(s, op, number)
        elif isinstance(op, ops.Cone):
            _cone(s, op, number)
        elif isinstance(op, ops.Extrusion):
            _extrusion(s, op, number)
        elif isinstance(op, ops.Revolve):
            _revolve(s, op, number)
        elif isinstance(op, ops.Loft):
            _loft(s, op, number, first)
        elif isinstance(op, ops.Sweep):
            _sweep(s, op, number)
        elif isinstance(op, ops.Holes):
            _holes(s, op, number)
        elif isinstance(op, ops.Pocket):
            _pocket(s, op, number)
        elif isinstance(op, ops.Slot):
            _slot(s, op, number)
        elif isinstance(op, ops.Boss):
            _boss(s, op, number)
        elif isinstance(op, ops.Edges):
            _edges(s, op, number, done)
        elif isinstance(op, ops.Shell):
            _shell(s, op, number)
        elif isinstance(op, ops.Mirror):
            _mirror(s, op, number)
        done.append(op)
    s.add("", "result = part")
    return s


def _loop_lines(loop: ops.Loop, mode: str) -> list[str]:
    """One loop of a sketch inside `with BuildSketch(...)`: a circle, a polygon, or lines and arcs."""
    m = "" if mode == "ADD" else ", mode=Mode.SUBTRACT"
    if loop.circle:
        cx, cy, r = (format_value(round(v, 6)) for v in loop.circle)
        return [f"    with Locations(({cx}, {cy})):", f"        Circle({r}{m})"]
    if not any(mid for mid, _ in loop.segments):
        pts = loop.points[:-1] if len(loop.points) > 3 and loop.points[0] == loop.points[-1] else loop.points
        return [f"    Polygon(*{_pts(pts)}, align=None{m})"]
    out = ["    with BuildLine():"]
    at = loop.start
    for mid, end in loop.segments:
        a, e = _pts([at])[1:-1], _pts([end])[1:-1]
        out.append(f"        ThreePointArc({a}, {_pts([mid])[1:-1]}, {e})" if mid else f"        Line({a}, {e})")
        at = end
    out.append(f"    make_face({m.lstrip(', ')})")
    return out


def _nesting(loops: list[ops.Loop]) -> list[tuple[ops.Loop, str]]:
    """Loops largest first, each added or cut by how many larger loops hold it (odd: a hole)."""
    order = sorted(loops, key=lambda lp: -lp.area)
    out = []
    for i, lp in enumerate(order):
        x0, y0, x1, y1 = lp.bbox
        inside = sum(1 for big in order[:i] if big.bbox[0] <= x0 + 1e-9 and big.bbox[1] <= y0 + 1e-9
                     and big.bbox[2] >= x1 - 1e-9 and big.bbox[3] >= y1 - 1e-9)
        out.append((lp, "SUBTRACT" if inside % 2 else "ADD"))
    return out


def _sketch_solid(s: Script, op: ops.SketchSolid, n: int, first: bool) -> None:
    k = op.number
    plane = f"plane{k}"
    t = ", ".join(format_value(round(v, 6)) for v in op.translation)
    r = ", ".join(format_value(round(v, 6)) for v in op.euler)
    x_dir, z_dir = (", ".join(format_value(v) for v in d) for d in cadseq.plane_axes(op.euler))
    s.add(f"# the part's coordinate system: Euler angles [{r}] (extrinsic z-y-x, as the CAD-history sets write them), translation [{t}]")
    s.add(f"{plane} = Plane(origin=({t}), x_dir=({x_dir}), z_dir=({z_dir}))")
    s.add(f"with BuildSketch({plane}) as sketch{k}:")
    for lp, mode in _nesting(op.loops):
        s.add(*_loop_lines(lp, mode))
    pieces = []
    if op.towards:
        D = s.param(f"part{k}_extrude", op.towards, f"mm, step {n}: extrusion towards the sketch normal")
        pieces.append(f"extrude(sketch{k}.sketch, amount={D})")
    if op.opposite:
        OPP = s.param(f"part{k}_extrude_opposite", op.opposite, f"mm, step {n}: extrusion opposite the normal")
        pieces.append(f"extrude(sketch{k}.sketch, amount={OPP}, dir=-{plane}.z_dir)")
    s.add(f"body{k} = " + " + ".join(pieces))
    if first:
        s.add(f"part = body{k}")
    else:
        s.add({"cut": f"part -= body{k}", "intersect": f"part &= body{k}"}.get(op.mode, f"part += body{k}"))


def _added_box(s: Script, op: ops.Box, n: int) -> None:
    L = s.param(f"{op.what}_length", op.length, f"mm, step {n}: {op.what} length (X)")
    W = s.param(f"{op.what}_width", op.width, f"mm, step {n}: {op.what} width (Y)")
    H = s.param(f"{op.what}_height", op.height, f"mm, step {n}: {op.what} height (Z)")
    s.add(f"part += Pos({format_value(op.centre[0])}, {format_value(op.centre[1])}, {format_value(op.z0)}) * Box({L}, {W}, {H}, {MINZ})")


def render(script: Script, title: str, output_type: str = "3d_solid") -> tuple[str, int]:
    """The whole script text, and the line number (1-based) where the body starts."""
    head = ["from build123d import *"]
    if script.uses_math or any("math." in line for line in script.lines):
        head.append("import math")
    head += ["", f"{STEPS_TAG}({output_type})", "# " + re.sub(r"\s+", " ", title).strip(), ""]
    width = max((len(p.name) + 3 + len(format_value(p.value)) for p in script.params), default=0)
    for p in script.params:
        head.append("{}  # {}".format((f"{p.name} = {format_value(p.value)}").ljust(width), p.comment))
    head.append("")
    return "\n".join(head + script.lines) + "\n", len(head) + 1


def step_of_line(code: str, line: int) -> int | None:
    """Which step's block a script line belongs to, from the '# Step N:' comments above it."""
    lines = code.splitlines()
    for i in range(min(line, len(lines)) - 1, -1, -1):
        m = re.match(r"# Step (\d+):", lines[i])
        if m:
            return int(m.group(1))
    return None
