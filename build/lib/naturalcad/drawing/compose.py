"""Lay out a drawing: views in projection, dimensions and callouts around them, frame and title.

Each view is annotated in its own coordinates (centred on the part, at the sheet's scale);
what its dimensions need around it becomes the view's margins, and the views are placed in
a grid whose cells never overlap: front with top above and right beside (third angle), or
top below and right on the left (first angle); the isometric view takes the free cell.
The scale is the largest standard one at which that grid fits an A4 (else A3) sheet.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from build123d import Shape

from . import dims
from .features import Features, Hole, axis_name, find_features
from .options import DrawingOptions
from .sheet import (
    SCALES,
    SHEETS,
    TEXT_HEIGHT,
    Arc,
    Circle,
    Item,
    Label,
    Sheet,
    Stroke,
    bounds,
    moved,
    scale_text,
    text_width,
)
from .views import VIEW_AXES, Curve, View, project

FRAME = 10.0  # border inset from the paper edge
TITLE_W, TITLE_H = 180.0, 36.0
CELL_GAP = 6.0
FIRST_TIER, NEXT_TIER = 10.0, 7.0
AXES = "XYZ"
ISO_FACTORS = (1.0, 0.5, 0.4)


@dataclass
class _Sides:
    """How far out each side's dimensions already reach (offsets from the view's box)."""

    used: dict[str, int] = field(default_factory=lambda: {"left": 0, "right": 0, "top": 0, "bottom": 0})

    def next(self, side: str) -> float:
        offset = FIRST_TIER + NEXT_TIER * self.used[side]
        self.used[side] += 1
        return offset


def _curve_item(curve: Curve, layer: str, s: float) -> Item:
    if curve.circle:
        cx, cy, r = curve.circle
        return Circle(layer, (cx * s, cy * s), r * s)
    if curve.arc:
        cx, cy, r, a0, a1 = curve.arc
        return Arc(layer, (cx * s, cy * s), r * s, a0, a1)
    return Stroke(layer, tuple((x * s, y * s) for x, y in curve.points))


def _levels(values: list[float], low: float, high: float, limit: int = 5) -> list[float]:
    """The planar steps to dimension from `low`: all of them when few, else only the ends."""
    found: list[float] = []
    for v in sorted([low, high, *[v for v in values if low - 1e-6 <= v <= high + 1e-6]]):
        if not found or v - found[-1] > 1e-3:
            found.append(v)
    return found if len(found) <= limit else [found[0], found[-1]]


def callout(holes: list[Hole], pcd: float | None = None) -> list[str]:
    """`4x Ø8 THRU`, with counterbore, countersink and pitch-circle lines where they apply."""
    hole = holes[0]
    count = f"{len(holes)}x " if len(holes) > 1 else ""
    depth = "THRU" if hole.through else f"DEPTH {dims.number(hole.depth)}"
    lines = [f"{count}Ø{dims.number(hole.diameter)} {depth}"]
    if hole.cbore:
        lines.append(f"CBORE Ø{dims.number(hole.cbore[0])} DEPTH {dims.number(hole.cbore[1])}")
    if hole.csink:
        lines.append(f"CSK Ø{dims.number(hole.csink[0])} x {dims.number(hole.csink[1])}°")
    if pcd:
        lines.append(f"EQ SP ON PCD Ø{dims.number(pcd)}")
    return lines


def _pitch_circle(points: list[tuple[float, float]], size: float) -> tuple[tuple[float, float], float] | None:
    """(centre, diameter) when three or more hole centres sit evenly on one circle."""
    if len(points) < 3:
        return None
    cx = sum(p[0] for p in points) / len(points)
    cy = sum(p[1] for p in points) / len(points)
    radii = [math.hypot(p[0] - cx, p[1] - cy) for p in points]
    if min(radii) < 1e-6 or max(radii) - min(radii) > size * 1e-4 + 1e-4:
        return None
    angles = sorted(math.atan2(p[1] - cy, p[0] - cx) for p in points)
    gaps = [(b - a) for a, b in zip(angles, [*angles[1:], angles[0] + 2 * math.pi], strict=True)]
    if max(gaps) - min(gaps) > 1e-3:
        return None
    return (cx, cy), 2 * sum(radii) / len(radii)


def _annotate(view: View, feats: Features, s: float, notes: list[str]) -> list[Item]:
    """A view's outline, centre lines, dimensions and callouts, centred on the part, at scale `s`."""
    items: list[Item] = [_curve_item(c, "outline", s) for c in view.visible]
    items += [_curve_item(c, "hidden", s) for c in view.hidden]
    if view.name == "iso":
        return items
    ui, vi, look = VIEW_AXES[view.name]
    L, B, R, T = (v * s for v in view.box)
    sides = _Sides()
    size = max(view.width, view.height, 1e-6)
    centre = view.centre

    def sheet(p: tuple[float, float]) -> tuple[float, float]:
        return (p[0] * s, p[1] * s)

    # Axis lines of holes and round bosses seen from the side.
    lines: dict[tuple[str | None, float], list[tuple[float, float]]] = {}
    for hole in feats.holes:
        if axis_name(hole.axis) in (AXES[ui], AXES[vi]):
            a = view.to_view(hole.centre)
            far = tuple(c + d * hole.depth for c, d in zip(hole.centre, hole.axis, strict=True))
            b = view.to_view((far[0], far[1], far[2]))
            lines.setdefault((axis_name(hole.axis), round(a[0] if AXES[vi] == axis_name(hole.axis) else a[1], 3)),
                             []).extend([a, b])
    for boss in feats.bosses:
        name = axis_name(boss.axis)
        if name in (AXES[ui], AXES[vi]):
            a = view.to_view(tuple(c + d * boss.start for c, d in zip(boss.centre, boss.axis, strict=True)))  # type: ignore[arg-type]
            b = view.to_view(tuple(c + d * boss.end for c, d in zip(boss.centre, boss.axis, strict=True)))  # type: ignore[arg-type]
            lines.setdefault((name, round(a[0] if AXES[vi] == name else a[1], 3)), []).extend([a, b])
    for (axis, _), pts in lines.items():
        along = 1 if axis == AXES[vi] else 0
        ordered = sorted(pts, key=lambda p: p[along])
        items.append(dims.centre_line(sheet(ordered[0]), sheet(ordered[-1]), 3.0))

    # Round bosses seen end-on get a centre mark; seen from the side, a diameter dimension.
    round_about = None
    for boss in feats.bosses:
        if axis_name(boss.axis) == AXES[look]:
            c = view.to_view(boss.centre)
            items += dims.centre_mark(sheet(c), boss.diameter / 2 * s)
    side_bosses = [b for b in feats.bosses if axis_name(b.axis) == AXES[vi]] if view.name == "front" else []
    shown: set[tuple[float, float]] = set()
    for boss in sorted(side_bosses, key=lambda b: b.diameter)[:4]:
        c = view.to_view(boss.centre)
        key = (round(boss.diameter, 3), round(c[0], 3))
        if key in shown:
            continue
        shown.add(key)
        lo = view.to_view(tuple(c3 + d * boss.start for c3, d in zip(boss.centre, boss.axis, strict=True)))[1]  # type: ignore[arg-type]
        hi = view.to_view(tuple(c3 + d * boss.end for c3, d in zip(boss.centre, boss.axis, strict=True)))[1]  # type: ignore[arg-type]
        lo, hi = min(lo, hi), max(lo, hi)
        x1, x2 = (c[0] - boss.diameter / 2) * s, (c[0] + boss.diameter / 2) * s
        if abs(boss.diameter - view.width) < 1e-3 and abs(c[0] - (view.box[0] + view.box[2]) / 2) < 1e-3:
            round_about = boss
        if (T - hi * s) <= (lo * s - B):
            items += dims.horizontal(x1, hi * s, x2, hi * s, T + sides.next("top"), f"Ø{dims.number(boss.diameter)}")
        else:
            items += dims.horizontal(x1, lo * s, x2, lo * s, B - sides.next("bottom"), f"Ø{dims.number(boss.diameter)}")

    # Steps and overall sizes: across below the front view, up on the left of front and top.
    if view.name == "front":
        across = [lv - centre[ui] for lv in feats.levels.get(AXES[ui], [])]
        if round_about is None:
            for lv in _levels(across, view.box[0], view.box[2])[1:]:
                items += dims.horizontal(L, B, lv * s, B, B - sides.next("bottom"), dims.number(lv - view.box[0]))
    if view.name in ("front", "top"):
        up = [lv - centre[vi] for lv in feats.levels.get(AXES[vi], [])]
        round_top = view.name == "top" and any(
            axis_name(b.axis) == "Z" and abs(b.diameter - view.width) < 1e-3 and abs(b.diameter - view.height) < 1e-3
            for b in feats.bosses)
        if not round_top:
            for lv in _levels(up, view.box[1], view.box[3])[1:]:
                items += dims.vertical(L, B, L, lv * s, L - sides.next("left"), dims.number(lv - view.box[1]))

    # Holes seen end-on: centre marks, location dimensions, pitch circle, one callout per kind.
    facing = [h for h in feats.holes if axis_name(h.axis) == AXES[look]]
    groups: dict[tuple[object, ...], list[Hole]] = {}
    for hole in facing:
        groups.setdefault(hole.spec, []).append(hole)
    boss_centres = [view.to_view(b.centre) for b in feats.bosses if axis_name(b.axis) == AXES[look]]
    locate: list[tuple[float, float]] = []
    calls: list[tuple[tuple[float, float], float, list[str]]] = []
    for members in groups.values():
        points = [view.to_view(h.centre) for h in members]
        radius = members[0].diameter / 2
        for p in points:
            items += dims.centre_mark(sheet(p), radius * s)
        pitch = _pitch_circle(points, size)
        if pitch:
            (pc, pd) = pitch
            items.append(Circle("centre", sheet(pc), pd / 2 * s))
            locate.append(pc)
        else:
            for p in points:
                if not any(math.dist(p, b) < 1e-3 for b in boss_centres):
                    locate.append(p)
        tip_hole = max(points, key=lambda p: (p[1], p[0]))
        calls.append((tip_hole, radius, callout(members, pitch[1] if pitch else None)))
    if locate:
        mid_u, mid_v = (view.box[0] + view.box[2]) / 2, (view.box[1] + view.box[3]) / 2
        us = sorted({round(p[0], 4) for p in locate if abs(p[0] - mid_u) > 1e-3 or len(locate) > 1 or not boss_centres})
        vs = sorted({round(p[1], 4) for p in locate if abs(p[1] - mid_v) > 1e-3 or len(locate) > 1 or not boss_centres})
        us = [u for u in us if u - view.box[0] > 1e-3]
        vs = [v for v in vs if v - view.box[1] > 1e-3]
        if len(us) <= 5:
            for u in us:
                below = min((p for p in locate if abs(p[0] - u) < 1e-3), key=lambda p: -p[1])
                items += dims.horizontal(L, T, u * s, below[1] * s, T + sides.next("top"), dims.number(u - view.box[0]))
        if len(vs) <= 5:
            for v in vs:
                beside = max((p for p in locate if abs(p[1] - v) < 1e-3), key=lambda p: p[0])
                items += dims.vertical(R, B, beside[0] * s, v * s, R + sides.next("right"), dims.number(v - view.box[1]))
    # Callouts side by side above the dimensions, leaders ordered like their holes (no crossings).
    top_reach = T + FIRST_TIER + NEXT_TIER * max(sides.used["top"] - 1, 0) + (TEXT_HEIGHT + 2 if sides.used["top"] else 0)
    line_y = max(top_reach, T) + 5.0
    # Text runs towards the middle of the view, so a callout stays over its own view.
    leftwards = bool(calls) and sum(c[0][0] for c in calls) / len(calls) > (view.box[0] + view.box[2]) / 2 + 1e-6
    edge = math.inf if leftwards else -math.inf
    def landing(call: tuple[tuple[float, float], float, list[str]]) -> float:
        """Where a 45° leader from this callout's hole meets the text line: the order that never crosses."""
        u, v = call[0]
        return (u + v) * s if leftwards else (u - v) * s

    for tip_centre, radius, text in sorted(calls, key=landing, reverse=leftwards):
        c = sheet(tip_centre)
        r = radius * s
        turn = 3 * math.pi / 4 if leftwards else math.pi / 4
        tip = (c[0] + r * math.cos(turn), c[1] + r * math.sin(turn))
        rise = line_y - tip[1]
        width = 4.0 + max(text_width(t) for t in text)
        if leftwards:
            elbow = (min(tip[0] - rise, edge), line_y)
            edge = elbow[0] - width - 6.0
        else:
            elbow = (max(tip[0] + rise, edge), line_y)
            edge = elbow[0] + width + 6.0
        items += dims.leader(tip, elbow, text, rightwards=not leftwards)

    # Rounds and fillets seen as arcs: one leader per radius, out past the view's top-right corner.
    arcs: dict[tuple[float, bool], list[tuple[float, float]]] = {}
    for rnd in feats.rounds:
        if axis_name(rnd.axis) == AXES[look]:
            arcs.setdefault((round(rnd.radius, 2), rnd.convex), []).append(view.to_view(rnd.mid))
    corner_y = T + 6.0
    for (radius, _convex), mids in sorted(arcs.items()):
        u, v = max(mids, key=lambda m: m[0] + m[1])
        tip = (u * s, v * s)
        elbow = (tip[0] + (corner_y - tip[1]), corner_y)
        count = f"{len(mids)}x " if len(mids) > 1 else ""
        items += dims.leader(tip, elbow, [f"{count}R{dims.number(radius)}"])
        corner_y += TEXT_HEIGHT * 1.8
    return items


def _notes(feats: Features, options: DrawingOptions) -> list[str]:
    """General notes: units, tolerances, and the rounds and fillets the views do not label."""
    notes = ["DIMENSIONS IN MILLIMETRES. DO NOT SCALE THE DRAWING.",
             "GENERAL TOLERANCES ISO 2768-m UNLESS STATED."]
    rounds: dict[tuple[float, bool], int] = {}
    for r in feats.rounds:
        if axis_name(r.axis) is not None:
            continue  # labelled in the view that sees it as an arc
        rounds[(round(r.radius, 2), r.convex)] = rounds.get((round(r.radius, 2), r.convex), 0) + 1
    for (radius, convex), count in sorted(rounds.items()):
        what = "EDGE ROUNDS" if convex else "INSIDE FILLETS"
        notes.append(f"{what}: {f'{count}x ' if count > 1 else ''}R{dims.number(radius)}.")
    known = {round(r.radius, 2) for r in feats.rounds}
    for name, value in options.params.items():
        named = "fillet" in name or "round" in name or (name.endswith("radius") and "corner" in name)
        if (isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0 and named
                and round(float(value), 2) not in known and not feats.rounds):
            notes.append(f"{name.replace('_', ' ').upper()} R{dims.number(float(value))} (from the script).")
    oblique = [h for h in feats.holes if axis_name(h.axis) is None]
    if oblique:
        notes.append(f"{len(oblique)} HOLE(S) ON INCLINED AXES: SEE THE 3D MODEL.")
    return notes


def _cells(projection: str) -> dict[str, tuple[int, int]]:
    """(column, row) of each view; row 0 is the bottom row."""
    if projection == "first":
        return {"right": (0, 1), "front": (1, 1), "top": (1, 0), "iso": (0, 0)}
    return {"front": (0, 0), "right": (1, 0), "top": (0, 1), "iso": (1, 1)}


@dataclass
class _Layout:
    width: float
    height: float
    origin: dict[str, tuple[float, float]]  # where each view's centre goes, relative to the grid's corner
    items: dict[str, list[Item]]
    iso_scale: float


def _layout(views: dict[str, View], feats: Features, s: float, projection: str, iso_factor: float = 1.0) -> _Layout:
    items = {name: _annotate(view, feats, s * (iso_factor if name == "iso" else 1.0), [])
             for name, view in views.items()}
    cells = _cells(projection)
    margins: dict[str, tuple[float, float, float, float]] = {}
    for name, view in views.items():
        L, B, R, T = (v * s for v in view.box)
        ib = bounds(items[name])
        if name == "iso":  # placed by its whole drawing, centred in its cell
            margins[name] = (0.0, 0.0, 0.0, 0.0)
            continue
        margins[name] = (max(L - ib[0], 0.0), max(B - ib[1], 0.0), max(ib[2] - R, 0.0), max(ib[3] - T, 0.0))

    def size(name: str) -> tuple[float, float]:
        if name == "iso":
            ib = bounds(items[name])
            return max(ib[2] - ib[0], text_width(_iso_label(s, iso_factor)) + 2.0), ib[3] - ib[1] + 8.0
        return views[name].width * s, views[name].height * s

    cols = {0: [0.0, 0.0, 0.0], 1: [0.0, 0.0, 0.0]}
    for name, (c, _) in cells.items():
        w, _h = size(name)
        m = margins[name]
        cols[c] = [max(cols[c][0], m[0]), max(cols[c][1], w), max(cols[c][2], m[2])]
    col_x = {0: 0.0, 1: sum(cols[0]) + CELL_GAP}
    # Front and right share a row (projection alignment); each column stacks its other view
    # (top or isometric) right above (third angle) or below (first angle) what that row needs.
    main_row = cells["front"][1]
    main = {c: n for n, (c, r) in cells.items() if r == main_row}
    other = {c: n for n, (c, r) in cells.items() if r != main_row}

    def high(name: str) -> tuple[float, float, float]:  # bottom margin, height, top margin
        return margins[name][1], size(name)[1], margins[name][3]

    bottom: dict[str, float] = {}  # where each view's box (the isometric's whole drawing) starts
    if main_row == 0:
        base = max(high(main[c])[0] for c in (0, 1))
        for c in (0, 1):
            bottom[main[c]] = base
            _, h, top = high(main[c])
            bottom[other[c]] = base + h + top + CELL_GAP + high(other[c])[0]
    else:
        for c in (0, 1):
            bottom[other[c]] = high(other[c])[0]
        base = max(sum(high(other[c])) + CELL_GAP + high(main[c])[0] for c in (0, 1))
        for c in (0, 1):
            bottom[main[c]] = base
    height = max(bottom[n] + high(n)[1] + high(n)[2] for n in cells)
    origin: dict[str, tuple[float, float]] = {}
    for name, (c, _) in cells.items():
        if name == "iso":
            ib = bounds(items[name])
            x = col_x[c] + (sum(cols[c]) - (ib[2] - ib[0])) / 2 - ib[0]
            y = bottom[name] + 8.0 - ib[1]  # room for its label underneath
        else:
            view = views[name]
            x = col_x[c] + cols[c][0] - view.box[0] * s
            y = bottom[name] - view.box[1] * s
        origin[name] = (x, y)
    return _Layout(sum(cols[0]) + CELL_GAP + sum(cols[1]), height, origin, items, s * iso_factor)


def _iso_label(s: float, factor: float) -> str:
    return "ISOMETRIC VIEW" + ("" if factor == 1.0 else f" (SCALE {scale_text(s * factor)})")


def _area(paper: str) -> tuple[float, float, float, float]:
    """(x, y, width, height) of the sheet's drawing area: inside the frame, above the title strip."""
    w, h = SHEETS[paper]
    x0, y0 = FRAME + 3.0, FRAME + TITLE_H + 3.0
    return x0, y0, w - FRAME - 3.0 - x0, h - FRAME - 3.0 - y0


def _fit(views: dict[str, View], feats: Features, options: DrawingOptions) -> tuple[str, float, _Layout]:
    papers = [options.paper] if options.paper in SHEETS else ["A4", "A3"]
    largest = max(max(v.width, v.height) for v in views.values())
    chosen: list[tuple[str, float, _Layout]] = []
    for paper in papers:
        _, _, aw, ah = _area(paper)
        found = None
        for s in SCALES:
            if s > 5.0 and largest * 5.0 >= 40.0:
                continue  # 10:1 only for very small parts
            # The isometric view is a picture, not measured: it may be drawn smaller to let the
            # dimensioned views keep a larger scale.
            for factor in ISO_FACTORS:
                layout = _layout(views, feats, s, options.projection, factor)
                if layout.width <= aw and layout.height <= ah:
                    found = (paper, s, layout)
                    break
            if found:
                chosen.append(found)
                break
    if not chosen:  # enormous or degenerate: the smallest scale on the largest sheet
        paper = papers[-1]
        s = SCALES[-1]
        return paper, s, _layout(views, feats, s, options.projection)
    if len(chosen) == 2 and chosen[1][1] > chosen[0][1] and largest * chosen[0][1] < 60.0:
        return chosen[1]  # A3 only when A4 would draw the part small
    return chosen[0]


def _frame(paper: str) -> list[Item]:
    w, h = SHEETS[paper]
    return [Stroke("frame", ((FRAME, FRAME), (w - FRAME, FRAME), (w - FRAME, h - FRAME), (FRAME, h - FRAME)),
                   closed=True)]


def _projection_symbol(x: float, y: float, projection: str) -> list[Item]:
    """The truncated-cone symbol of ISO 5456-2: end view left of the side view for third angle."""
    r_big, r_small, length = 3.0, 1.6, 6.0
    cone_x, circle_x = (x + 10.0, x + 3.0) if projection == "third" else (x, x + 13.0)
    items: list[Item] = [Circle("frame", (circle_x, y), r_big), Circle("frame", (circle_x, y), r_small)]
    items.append(Stroke("frame", ((cone_x, y - r_small), (cone_x + length, y - r_big), (cone_x + length, y + r_big),
                                  (cone_x, y + r_small)), closed=True))
    return items


def _title_block(paper: str, options: DrawingOptions, s: float, notes: list[str]) -> list[Item]:
    w, _ = SHEETS[paper]
    x0, y0 = w - FRAME - TITLE_W, FRAME
    items: list[Item] = [Stroke("frame", ((x0, y0), (x0 + TITLE_W, y0), (x0 + TITLE_W, y0 + TITLE_H), (x0, y0 + TITLE_H)),
                                closed=True)]
    for y in (12.0, 24.0):
        items.append(Stroke("frame", ((x0, y0 + y), (x0 + TITLE_W, y0 + y))))

    def cell(x: float, y: float, label: str, value: str, height: float = TEXT_HEIGHT, bold: bool = False) -> None:
        items.append(Label("text", (x0 + x + 1.5, y0 + y + 8.8), label, height=2.0))
        items.append(Label("text", (x0 + x + 1.5, y0 + y + 2.5), value, height=height, bold=bold))

    for x, top in ((70.0, 24.0), (130.0, 24.0), (50.0, 12.0), (80.0, 12.0), (105.0, 12.0), (130.0, 12.0)):
        items.append(Stroke("frame", ((x0 + x, y0 + top - 12.0), (x0 + x, y0 + top))))
    title = options.title or "Part"
    height = 5.0
    while height > 2.5 and len(title) * height * 0.55 > TITLE_W - 4:
        height -= 0.5
    cell(0, 24, "TITLE", title.upper(), height=height, bold=True)
    family = (options.family or "custom").replace("_", " ").upper()
    cell(0, 12, "PART", "OWN SCRIPT" if family == "CUSTOM" else family)
    cell(70, 12, "RUN ID", options.run_id or "-")
    cell(130, 12, "DATE", options.date or "-")
    cell(0, 0, "DRAWN BY", "NaturalCAD", bold=True)
    cell(50, 0, "SCALE", scale_text(s))
    cell(80, 0, "SHEET", paper)
    cell(105, 0, "UNITS", "mm")
    items.append(Label("text", (x0 + 131.5, y0 + 8.8), f"{options.projection.upper()} ANGLE PROJECTION", height=2.0))
    items += _projection_symbol(x0 + 150.0, y0 + 4.0, options.projection)
    # notes, left of the title block
    nx = FRAME + 3.0
    ny = FRAME + TITLE_H - 4.0
    items.append(Label("text", (nx, ny), "NOTES", height=2.5, bold=True))
    room = x0 - nx - 3.0
    for index, note in enumerate(notes[:7], 1):
        text = f"{index}. {note}"
        size = 2.5
        while size > 1.8 and text_width(text, size) > room:
            size -= 0.1
        items.append(Label("text", (nx, ny - 4.2 * index), text, height=size))
    return items


def compose(shape: Shape[Any], options: DrawingOptions) -> Sheet:
    """The whole sheet for a solid."""
    feats = find_features(shape)
    views = {name: project(shape, name) for name in ("front", "top", "right", "iso")}
    paper, s, layout = _fit(views, feats, options)
    sw, sh = SHEETS[paper]
    ax, ay, aw, ah = _area(paper)
    gx, gy = ax + (aw - layout.width) / 2, ay + (ah - layout.height) / 2
    sheet = Sheet(paper, sw, sh, s, title=options.title or "Part")
    for name in views:
        ox, oy = layout.origin[name]
        placed = [moved(item, gx + ox, gy + oy, group=f"view-{name}") for item in layout.items[name]]
        sheet.items += placed
        outline = [i for i in placed if i.layer in ("outline", "hidden")]
        sheet.view_boxes[f"view-{name}"] = bounds(outline)
        if name == "iso":
            box = bounds(outline)
            label = _iso_label(s, layout.iso_scale / s)
            sheet.items.append(Label("text", ((box[0] + box[2]) / 2, box[1] - 7.0), label, anchor="middle",
                                     group="view-iso"))
    sheet.items += [moved(i, 0, 0, group="frame") for i in _frame(paper)]
    sheet.items += [moved(i, 0, 0, group="title-block") for i in _title_block(paper, options, s, _notes(feats, options))]
    return sheet
