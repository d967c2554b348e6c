"""Orthographic and isometric views of a solid, as 2D curves with visible and hidden lines.

build123d's `project_to_viewport` (OCCT's exact hidden-line removal) does the projection;
this module turns its edges into polylines, circles and arcs in view coordinates (model mm,
origin at the part's centre) and drops hidden edges that a visible edge already draws.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from build123d import Edge, GeomType, Shape

from .features import Vec3

Point = tuple[float, float]

# Where the eye is (a direction from the part) and which way is up, per view.
DIRECTIONS: dict[str, tuple[Vec3, Vec3]] = {
    "front": ((0.0, -1.0, 0.0), (0.0, 0.0, 1.0)),
    "top": ((0.0, 0.0, 1.0), (0.0, 1.0, 0.0)),
    "right": ((1.0, 0.0, 0.0), (0.0, 0.0, 1.0)),
    "iso": ((1.0, -1.0, 1.0), (0.0, 0.0, 1.0)),
}
# Which model axis each orthographic view shows across (u) and up (v), and which it looks along.
VIEW_AXES: dict[str, tuple[int, int, int]] = {"front": (0, 2, 1), "top": (0, 1, 2), "right": (1, 2, 0)}


@dataclass
class Curve:
    """One projected edge: always a polyline; also the circle or arc it is, when it is one."""

    points: list[Point]
    circle: tuple[float, float, float] | None = None  # (cx, cy, r)
    arc: tuple[float, float, float, float, float] | None = None  # (cx, cy, r, start°, end°), counter-clockwise


@dataclass
class View:
    name: str
    visible: list[Curve] = field(default_factory=list)
    hidden: list[Curve] = field(default_factory=list)
    box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)  # umin, vmin, umax, vmax
    centre: Vec3 = (0.0, 0.0, 0.0)

    @property
    def width(self) -> float:
        return self.box[2] - self.box[0]

    @property
    def height(self) -> float:
        return self.box[3] - self.box[1]

    def to_view(self, p: Vec3) -> Point:
        """A model point in this (orthographic) view's coordinates."""
        u, v, _ = VIEW_AXES[self.name]
        return (p[u] - self.centre[u], p[v] - self.centre[v])


def _angle(cx: float, cy: float, p: Point) -> float:
    return math.degrees(math.atan2(p[1] - cy, p[0] - cx)) % 360.0


def _curve(edge: Edge, step: float) -> Curve | None:
    length = edge.length
    if length < 1e-6:
        return None
    if edge.geom_type == GeomType.LINE:
        a, b = edge.position_at(0), edge.position_at(1)
        return Curve([(a.X, a.Y), (b.X, b.Y)])
    n = int(min(max(length / step, 8), 120))
    points = [(p.X, p.Y) for p in edge.positions([i / n for i in range(n + 1)])]
    if edge.geom_type == GeomType.CIRCLE:
        c, r = edge.arc_center, edge.radius
        if edge.is_closed:
            return Curve(points, circle=(c.X, c.Y, r))
        a0, am, a1 = (_angle(c.X, c.Y, points[i]) for i in (0, n // 2, -1))
        ccw = (am - a0) % 360.0 < (a1 - a0) % 360.0
        start, end = (a0, a1) if ccw else (a1, a0)
        return Curve(points, arc=(c.X, c.Y, r, start, end))
    return Curve(points)


def _trace(curve: Curve, tol: float) -> tuple[tuple[float, float], ...]:
    """The same line drawn twice (either way round) gives the same trace."""
    grid = max(tol * 10, 1e-3)
    ends = (curve.points[0], curve.points[len(curve.points) // 2], curve.points[-1])
    return tuple(sorted((round(x / grid), round(y / grid)) for x, y in ends))


def _segments(curves: list[Curve]) -> tuple[np.ndarray, np.ndarray]:
    starts, ends = [], []
    for curve in curves:
        for a, b in zip(curve.points, curve.points[1:], strict=False):
            starts.append(a)
            ends.append(b)
    return np.array(starts or [(0.0, 0.0)], dtype=float), np.array(ends or [(0.0, 0.0)], dtype=float)


def _same_circle(curve: Curve, visible: list[Curve], tol: float) -> bool:
    """A hidden circle or arc that a visible circle (or the same arc) already draws."""
    mine = curve.circle or curve.arc
    if mine is None:
        return False
    for other in visible:
        theirs = other.circle or other.arc
        if theirs is None or max(abs(a - b) for a, b in zip(mine[:3], theirs[:3], strict=True)) > tol:
            continue
        if other.circle is not None or (curve.arc and other.arc and
                                        max(abs(a - b) for a, b in zip(curve.arc[3:], other.arc[3:], strict=True)) < 0.5):
            return True
    return False


def _covered(curve: Curve, starts: np.ndarray, ends: np.ndarray, tol: float) -> bool:
    """Whether every point of `curve` lies on one of the segments (a visible line draws it).

    A curve's vertices lie on the true curve, the visible polylines' chords a little inside
    it, so curves are tested at their vertices with a tolerance the chords allow.
    """
    pts = np.array(curve.points, dtype=float)
    if len(curve.points) == 2:
        pts = np.vstack([pts, (pts[1:] + pts[:-1]) / 2])
    else:
        tol *= 10
    d = ends - starts
    length2 = np.maximum((d * d).sum(axis=1), 1e-12)
    rel = pts[:, None, :] - starts[None, :, :]
    t = np.clip((rel * d[None, :, :]).sum(axis=2) / length2[None, :], 0.0, 1.0)
    nearest = starts[None, :, :] + t[:, :, None] * d[None, :, :]
    dist = np.sqrt(((pts[:, None, :] - nearest) ** 2).sum(axis=2)).min(axis=1)
    return bool((dist < tol).all())


def project(shape: Shape[Any], name: str) -> View:
    """One view of `shape`, hidden lines included for the orthographic views."""
    box = shape.bounding_box()
    centre = (box.center().X, box.center().Y, box.center().Z)
    size = max(box.size.X, box.size.Y, box.size.Z, 1e-6)
    eye, up = DIRECTIONS[name]
    origin = tuple(c + e * size * 10 for c, e in zip(centre, eye, strict=True))
    visible_edges, hidden_edges = shape.project_to_viewport(origin, up, centre)
    step = size / 60
    view = View(name, centre=centre)
    view.visible = [c for c in (_curve(e, step) for e in visible_edges) if c is not None]
    if name != "iso":
        hidden = [c for c in (_curve(e, step) for e in hidden_edges) if c is not None]
        starts, ends = _segments(view.visible)
        tol = size * 2e-4 + 1e-4
        kept: list[Curve] = []
        seen: set[tuple[tuple[float, float], ...]] = set()
        for c in hidden:  # drop what a visible line draws, and hidden lines drawn twice (front and back)
            key = _trace(c, tol)
            if key in seen or _same_circle(c, view.visible, tol) or _covered(c, starts, ends, tol):
                continue
            seen.add(key)
            kept.append(c)
        # A straight hidden line lying on a longer one (a seam on a bore's silhouette) is drawn once.
        lines = sorted((c for c in kept if len(c.points) == 2), key=lambda c: -math.dist(*c.points))
        longer: list[Curve] = []
        for c in lines:
            if not longer or not _covered(c, *_segments(longer), tol):
                longer.append(c)
        view.hidden = [c for c in kept if len(c.points) != 2] + longer
    points = [p for c in view.visible + view.hidden for p in c.points] or [(0.0, 0.0)]
    us, vs = [p[0] for p in points], [p[1] for p in points]
    view.box = (min(us), min(vs), max(us), max(vs))
    return view
