"""What the 3D viewer draws around the part, the way CAD tools do: a ground grid with its spacing,
the overall dimensions, a section cut, and the colours of each theme.

Geometry (grid lines, dimension lines, the cut part and its cut face) goes into the pyvista
scene, so it is part of the offline vtk.js page. Text that must stay readable at any zoom (the
axis triad's labels, dimension values, the grid spacing) is drawn by a small script over the
viewer (`overlay_html`), which projects each label's 3D anchor through the live camera.
UI process only; never imports build123d.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pyvista as pv

MM_PER_INCH = 25.4
AXES = ("x", "y", "z")
NICE_STEPS = (1.0, 2.0, 5.0)
GRID_CELLS = 10  # about this many grid cells across the part's larger side


@dataclass(frozen=True)
class Palette:
    """The viewer's colours in one theme (hex strings, as pyvista and CSS both take them)."""

    background: str
    part: str
    edges: str
    lines: str  # flat drawings (2D profiles, 1D paths)
    grid: str
    grid_major: str
    dimension: str
    section: str  # the cut face
    text: str
    label_background: str
    axes: tuple[str, str, str]  # X red, Y green, Z blue


PALETTES = {
    "light": Palette(background="#f6f8fb", part="#8fa9cc", edges="#2b3a4f", lines="#1f4e99", grid="#d9dfe7",
                     grid_major="#b9c3d0", dimension="#b4470b", section="#e0a458", text="#1c2733",
                     label_background="rgba(255,255,255,0.85)", axes=("#d93f3f", "#2a9d4b", "#2f62d9")),
    "dark": Palette(background="#1b232e", part="#7f9cc8", edges="#0e141b", lines="#8fb4ff", grid="#2a3442",
                    grid_major="#3b4859", dimension="#f5a742", section="#c98a3e", text="#e6ebf1",
                    label_background="rgba(16,21,28,0.85)", axes=("#ff6b6b", "#4ade80", "#6e9bff")),
}


def palette(theme: str) -> Palette:
    return PALETTES.get(theme, PALETTES["light"])


@dataclass(frozen=True)
class Section:
    """A section plane normal to one axis, at `position` mm; the part on the far side is kept."""

    axis: str  # x | y | z
    position: float

    @property
    def index(self) -> int:
        return AXES.index(self.axis)


@dataclass(frozen=True)
class SceneOptions:
    """Everything besides the part that changes the viewer's picture (hashable: pages are cached)."""

    theme: str = "light"
    view: str = "iso"
    dimensions: bool = False
    unit: str = "mm"  # what the dimension values are written in (the model stays in mm)
    section: Section | None = None
    grid: bool = True


Bounds = tuple[float, float, float, float, float, float]  # xmin, xmax, ymin, ymax, zmin, zmax


# -- grid --------------------------------------------------------------------------------------
def grid_spacing(size: float, cells: int = GRID_CELLS) -> float:
    """A round spacing (1, 2, 5 × 10ⁿ mm) that puts about `cells` grid cells across `size` mm."""
    if not math.isfinite(size) or size <= 0:
        return 1.0
    target = size / cells
    power = 10.0 ** math.floor(math.log10(target))
    for step in (*NICE_STEPS, 10.0):
        if step * power >= target * 0.999:
            return step * power
    return 10.0 * power  # pragma: no cover - the loop always returns


@dataclass(frozen=True)
class Grid:
    spacing: float
    x: tuple[float, float]
    y: tuple[float, float]
    z: float


def ground_grid(bounds: Bounds, flat: bool = False) -> Grid:
    """The grid under the part: its spacing from the part's size, one cell of margin round it."""
    xmin, xmax, ymin, ymax, zmin, zmax = bounds
    spacing = grid_spacing(max(xmax - xmin, ymax - ymin, 0 if flat else zmax - zmin))
    x0, x1 = math.floor(xmin / spacing) - 1, math.ceil(xmax / spacing) + 1
    y0, y1 = math.floor(ymin / spacing) - 1, math.ceil(ymax / spacing) + 1
    lift = 0.002 * max(xmax - xmin, ymax - ymin, zmax - zmin, 1.0)  # just under the part, never through it
    return Grid(spacing, (x0 * spacing, x1 * spacing), (y0 * spacing, y1 * spacing), zmin - lift)


def grid_mesh(grid: Grid, major_every: int = 5) -> tuple[pv.PolyData, pv.PolyData]:
    """(minor, major) grid lines: every 5th line is drawn stronger, as on squared paper."""
    minor: list[tuple[tuple[float, float, float], tuple[float, float, float]]] = []
    major: list[tuple[tuple[float, float, float], tuple[float, float, float]]] = []
    s, z = grid.spacing, grid.z
    for i in range(round(grid.x[0] / s), round(grid.x[1] / s) + 1):
        (major if i % major_every == 0 else minor).append(((i * s, grid.y[0], z), (i * s, grid.y[1], z)))
    for j in range(round(grid.y[0] / s), round(grid.y[1] / s) + 1):
        (major if j % major_every == 0 else minor).append(((grid.x[0], j * s, z), (grid.x[1], j * s, z)))
    return _segments(minor), _segments(major)


def _segments(pairs: list[tuple[tuple[float, float, float], tuple[float, float, float]]]) -> pv.PolyData:
    import numpy as np
    import pyvista as pv

    if not pairs:
        return pv.PolyData()
    points = np.array([p for pair in pairs for p in pair], dtype=float)
    lines = np.array([[2, 2 * i, 2 * i + 1] for i in range(len(pairs))], dtype=np.int64).ravel()
    return pv.PolyData(points, lines=lines)


# -- dimensions --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Dimension:
    """One overall dimension: the line from `start` to `end` (offset off the part) and its value."""

    axis: str
    value: float  # mm
    start: tuple[float, float, float]
    end: tuple[float, float, float]
    feet: tuple[tuple[float, float, float], tuple[float, float, float]]  # where the extension lines leave the part

    @property
    def middle(self) -> tuple[float, float, float]:
        return (
            (self.start[0] + self.end[0]) / 2,
            (self.start[1] + self.end[1]) / 2,
            (self.start[2] + self.end[2]) / 2,
        )


# Where each view's dimensions stand off the part: axis measured -> the direction (unit vector)
# the line is set off in, towards the viewer's side, so the line never hides behind the part.
# The camera of each view sits at: iso (+X, +Y, +Z), front (-Y), top (+Z), right (+X).
_OFFSETS: dict[str, dict[str, tuple[float, float, float]]] = {
    "iso": {"x": (0, 1, 0), "y": (1, 0, 0), "z": (1, -1, 0)},
    "top": {"x": (0, -1, 0), "y": (1, 0, 0)},
    "front": {"x": (0, 0, -1), "z": (1, 0, 0)},
    "right": {"y": (0, 0, -1), "z": (0, 1, 0)},
}
# Which edge of the box each dimension is measured along, per view: the corner it starts from.
_CORNERS: dict[str, dict[str, tuple[str, str, str]]] = {
    "iso": {"x": ("min", "max", "min"), "y": ("max", "min", "min"), "z": ("max", "min", "min")},
    "top": {"x": ("min", "min", "max"), "y": ("max", "min", "max")},
    "front": {"x": ("min", "min", "min"), "z": ("max", "min", "min")},
    "right": {"y": ("max", "min", "min"), "z": ("max", "max", "min")},
}


def overall_dimensions(bounds: Bounds, flat: bool = False, view: str = "iso") -> list[Dimension]:
    """The overall length (X), width (Y) and height (Z), each along an edge of the bounding box
    that faces the view, set off the part by a gap that scales with its size. A view shows the
    two it looks across (top: X and Y); iso shows all three; a drawing shows X and Y."""
    import numpy as np

    view = "top" if flat else view if view in _OFFSETS else "iso"
    lows, highs = np.array(bounds[0::2], dtype=float), np.array(bounds[1::2], dtype=float)
    gap = 0.12 * float(max(highs - lows)) or 1.0
    dims = []
    for axis, offset in _OFFSETS[view].items():
        i = AXES.index(axis)
        value = float(highs[i] - lows[i])
        if value <= 1e-9:
            continue
        corner = np.array([lows[k] if side == "min" else highs[k] for k, side in enumerate(_CORNERS[view][axis])])
        foot_a, foot_b = corner.copy(), corner.copy()
        foot_a[i], foot_b[i] = lows[i], highs[i]
        shift = np.array(offset, dtype=float) / np.linalg.norm(offset) * gap
        dims.append(Dimension(axis, value, _point(foot_a + shift), _point(foot_b + shift),
                              (_point(foot_a), _point(foot_b))))
    return dims


def _point(values: Any) -> tuple[float, float, float]:
    return (float(values[0]), float(values[1]), float(values[2]))


def dimension_mesh(dims: list[Dimension]) -> pv.PolyData:
    """Dimension lines, extension lines (from the part to a little past the line) and arrowheads."""
    import numpy as np

    pairs: list[tuple[tuple[float, float, float], tuple[float, float, float]]] = []
    span = max((d.value for d in dims), default=1.0)
    for dim in dims:
        a, b = np.array(dim.start), np.array(dim.end)
        along = (b - a) / dim.value
        out = a - np.array(dim.feet[0])
        out_length = float(np.linalg.norm(out)) or 1.0
        side = out / out_length
        for foot, end in zip(dim.feet, (a, b), strict=True):
            pairs.append((_point(np.array(foot) + side * 0.1 * out_length), _point(end + side * 0.15 * out_length)))
        pairs.append((_point(a), _point(b)))
        size = min(0.035 * span, 0.3 * dim.value)
        for tip, back in ((a, along), (b, -along)):
            for sign in (1, -1):
                pairs.append((_point(tip), _point(tip + back * size + side * sign * size * 0.3)))
    return _segments(pairs)


def length_text(value_mm: float, unit: str) -> str:
    """A dimension value as a drawing writes it: "110 mm", "6.5 mm", "4.33 in"."""
    if unit == "in":
        return f"{value_mm / MM_PER_INCH:.2f} in"
    text = f"{value_mm:.1f}".rstrip("0").rstrip(".")
    return f"{text} mm"


# -- section -----------------------------------------------------------------------------------
def section_range(bounds: Bounds, axis: str) -> tuple[float, float]:
    i = AXES.index(axis)
    return bounds[2 * i], bounds[2 * i + 1]


def cut(mesh: pv.PolyData, section: Section, view: str = "iso") -> tuple[pv.PolyData, pv.PolyData]:
    """(the part beyond the plane, its cut face): the half towards the viewer is taken away, so
    the cut face looks at the camera (the iso, top and right cameras sit on the + side of their
    axes, the front one on the - side of Y).

    A closed mesh is cut with a cap (`clip_closed_surface`), so the section shows solid material
    where the plane passes through it; an open or broken mesh is clipped without one.
    """
    import numpy as np
    import pyvista as pv

    normal = [0.0, 0.0, 0.0]
    camera_below = view == "front" and section.axis == "y"
    normal[section.index] = 1.0 if camera_below else -1.0  # the side opposite the normal is kept
    origin = [0.0, 0.0, 0.0]
    origin[section.index] = section.position
    surface = mesh.triangulate()
    try:
        body = surface.clip_closed_surface(normal=normal, origin=origin)
    except Exception:  # not a closed manifold: an open cut
        body = pv.PolyData()
    if body.n_cells == 0:
        clipped = surface.clip(normal=normal, origin=origin, invert=True)
        body = clipped if isinstance(clipped, pv.PolyData) else clipped.extract_surface(algorithm=None)
        return body, pv.PolyData()
    body = body.compute_normals(cell_normals=True, point_normals=False, auto_orient_normals=False)
    centers = body.cell_centers().points
    normals = body.cell_data["Normals"]
    span = max(float(np.ptp(surface.points[:, i])) for i in range(3)) or 1.0
    on_plane = (np.abs(centers[:, section.index] - section.position) < 1e-6 * span + 1e-9) & (
        np.abs(normals[:, section.index]) > 0.999)
    if not on_plane.any():
        return body, pv.PolyData()
    cap = body.extract_cells(np.flatnonzero(on_plane)).extract_surface(algorithm=None)
    rest = body.extract_cells(np.flatnonzero(~on_plane)).extract_surface(algorithm=None)
    return rest, cap


# -- the overlay -------------------------------------------------------------------------------
def overlay_config(bounds: Bounds, options: SceneOptions, flat: bool) -> dict[str, Any]:
    """What the overlay script draws: triad colours, label anchors and texts, hints."""
    colours = palette(options.theme)
    grid = ground_grid(bounds, flat) if options.grid else None
    labels = []
    if options.dimensions:
        labels = [{"at": list(d.middle), "text": length_text(d.value, options.unit)}
                  for d in overall_dimensions(bounds, flat, options.view)]
    notes = []
    if grid is not None:
        spacing = length_text(grid.spacing, "mm")
        notes.append(f"Grid {spacing}" + (f" ({grid.spacing / MM_PER_INCH:.3g} in)" if options.unit == "in" else ""))
    if options.section is not None:
        notes.append(f"Section {options.section.axis.upper()} = {length_text(options.section.position, options.unit)}")
    return {
        "axes": list(colours.axes), "text": colours.text, "background": colours.background, "labelBackground": colours.label_background,
        "dimension": colours.dimension, "labels": labels, "notes": notes, "triad": not flat,
        "hint": "Click the view (or hold Ctrl) to zoom with the wheel",
    }


def overlay_html(config: dict[str, Any]) -> str:
    """The script put before the viewer page's `</body>`."""
    return "<script>\n" + _OVERLAY.replace("__CONFIG__", json.dumps(config)) + "\n</script>\n"


# The axis triad, the labels and the wheel rule, drawn over vtk.js's canvas. The triad is a
# screen-space drawing from the camera's directions (constant size at any zoom); labels sit
# where their 3D anchor projects. The wheel reaches the viewer only after a click inside it
# (until the pointer leaves it) or with Ctrl/⌘ held; otherwise it scrolls the page.
_OVERLAY = r"""
(() => {
  const CFG = __CONFIG__;
  const canvas = document.createElement("canvas");
  canvas.id = "nc-overlay";
  // What is drawn, for people's tools and the browser tests (a canvas has no text to read).
  canvas.dataset.labels = CFG.labels.map((l) => l.text).join("|");
  canvas.dataset.notes = CFG.notes.join("|");
  canvas.style.cssText = "position:fixed;left:0;top:0;width:100%;height:100%;pointer-events:none;z-index:10";
  const hint = document.createElement("div");
  hint.id = "nc-wheel-hint";
  hint.textContent = CFG.hint;
  hint.style.cssText = "position:fixed;left:50%;top:50%;transform:translate(-50%,-50%);padding:6px 12px;" +
    "border-radius:6px;font:13px sans-serif;pointer-events:none;z-index:11;opacity:0;transition:opacity .25s;" +
    "background:" + CFG.labelBackground + ";color:" + CFG.text;
  // The page behind the canvas in the viewer's colour: no white flash while vtk.js loads or repaints.
  document.documentElement.style.background = CFG.background;
  const attach = () => { if (document.body) { document.body.style.background = CFG.background;
    document.body.appendChild(canvas); document.body.appendChild(hint); } };
  attach();
  let armed = false, hintTimer = 0;
  window.addEventListener("pointerdown", () => { armed = true; hint.style.opacity = 0; document.body.dataset.wheel = "viewer"; }, true);
  const disarm = () => { armed = false; if (document.body) { document.body.dataset.wheel = "page"; } };
  document.documentElement.addEventListener("mouseleave", disarm);
  window.addEventListener("blur", disarm);
  window.addEventListener("wheel", (event) => {
    if (armed || event.ctrlKey || event.metaKey) { return; }
    event.stopImmediatePropagation();  // vtk.js never sees it; the page scrolls instead
    const frame = window.frameElement;
    let box = frame && frame.parentElement;
    while (box && !(box.scrollHeight > box.clientHeight && /(auto|scroll)/.test(getComputedStyle(box).overflowY))) {
      // up through the component's shadow root to the page's scrolling container
      box = box.parentElement || (box.parentNode && box.parentNode.host) || null;
    }
    const scale = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? window.innerHeight : 1;
    if (box) { box.scrollBy(0, event.deltaY * scale); event.preventDefault(); }
    hint.style.opacity = 1;
    clearTimeout(hintTimer);
    hintTimer = setTimeout(() => { hint.style.opacity = 0; }, 1400);
  }, { capture: true, passive: false });

  let last = "";
  const draw = (renderer) => {
    const camera = renderer.getActiveCamera();
    const ratio = window.devicePixelRatio || 1, w = window.innerWidth, h = window.innerHeight;
    const state = [camera.getMTime(), w, h, ratio].join();
    if (state === last) { return; }
    last = state;
    canvas.width = Math.round(w * ratio); canvas.height = Math.round(h * ratio);
    const g = canvas.getContext("2d");
    g.setTransform(ratio, 0, 0, ratio, 0, 0);
    g.clearRect(0, 0, w, h);
    g.font = "600 12px sans-serif"; g.textBaseline = "middle"; g.textAlign = "center";
    for (const label of CFG.labels) {
      const p = renderer.worldToNormalizedDisplay(label.at[0], label.at[1], label.at[2], w / h);
      const x = p[0] * w, y = (1 - p[1]) * h, tw = g.measureText(label.text).width + 10;
      g.fillStyle = CFG.labelBackground; g.fillRect(x - tw / 2, y - 9, tw, 18);
      g.fillStyle = CFG.dimension; g.fillText(label.text, x, y);
    }
    g.textAlign = "left"; g.font = "12px sans-serif"; g.fillStyle = CFG.text;
    CFG.notes.forEach((note, i) => g.fillText(note, 10, 14 + 16 * i));
    if (!CFG.triad) { return; }
    const d = camera.getDirectionOfProjection(), up = camera.getViewUp();
    const dot = (a, b) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    const right = [d[1] * up[2] - d[2] * up[1], d[2] * up[0] - d[0] * up[2], d[0] * up[1] - d[1] * up[0]];
    const n = Math.hypot(...right) || 1;
    const r = right.map((v) => v / n);
    const u = [r[1] * d[2] - r[2] * d[1], r[2] * d[0] - r[0] * d[2], r[0] * d[1] - r[1] * d[0]];
    const ox = 44, oy = h - 44, len = 30;
    const axes = [[1, 0, 0], [0, 1, 0], [0, 0, 1]].map((e, i) => ({
      i, x: dot(e, r), y: dot(e, u), depth: dot(e, d), name: "XYZ"[i] }));
    axes.sort((a, b) => b.depth - a.depth);  // far axes first
    g.lineWidth = 2.5; g.lineCap = "round"; g.textAlign = "center"; g.font = "bold 12px sans-serif";
    for (const a of axes) {
      const ex = ox + a.x * len, ey = oy - a.y * len;
      g.strokeStyle = CFG.axes[a.i]; g.beginPath(); g.moveTo(ox, oy); g.lineTo(ex, ey); g.stroke();
      const lx = ox + a.x * (len + 11), ly = oy - a.y * (len + 11);
      g.fillStyle = CFG.labelBackground; g.beginPath(); g.arc(lx, ly, 8, 0, 2 * Math.PI); g.fill();
      g.fillStyle = CFG.axes[a.i]; g.fillText(a.name, lx, ly + 0.5);
    }
  };
  const loop = () => {
    if (!canvas.parentNode) { attach(); }
    const win = (window.global && window.global.renderWindow) || window.renderWindow;  // the bundle's `global`
    const renderers = win && win.getRenderers ? win.getRenderers() : [];
    // The page holds an empty default renderer besides the scene's: draw for the one with actors.
    const scene = renderers.reduce((best, r) => (!best || r.getActors().length > best.getActors().length ? r : best), null);
    if (scene && scene.getActors().length && scene.getActiveCamera()) { draw(scene); }
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
})();
"""
