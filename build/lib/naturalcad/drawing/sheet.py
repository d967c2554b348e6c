"""What a drawing sheet is made of: strokes, circles, arcs, filled arrowheads and text, on layers.

The composer (`compose.py`) places these in sheet millimetres (origin bottom-left, y up);
the writers (`writers.py`) turn the same list into SVG, PDF and DXF, so the three files
always show the same drawing.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

Point = tuple[float, float]

LAYERS = ("outline", "hidden", "centre", "dimensions", "text", "frame")

# Paper sizes (landscape, mm) and the scales a drawing may use, largest first.
SHEETS = {"A4": (297.0, 210.0), "A3": (420.0, 297.0)}
SCALES = (10.0, 5.0, 2.0, 1.0, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01, 0.005, 0.002, 0.001)

TEXT_HEIGHT = 3.5  # ISO 3098 lettering for dimensions and notes
FONT = "Helvetica"


@dataclass(frozen=True)
class Stroke:
    layer: str
    points: tuple[Point, ...]
    closed: bool = False
    group: str = "sheet"


@dataclass(frozen=True)
class Circle:
    layer: str
    centre: Point
    radius: float
    group: str = "sheet"


@dataclass(frozen=True)
class Arc:
    """Counter-clockwise from `start` to `end` (degrees)."""

    layer: str
    centre: Point
    radius: float
    start: float
    end: float
    group: str = "sheet"


@dataclass(frozen=True)
class Fill:
    """A filled polygon: arrowheads."""

    layer: str
    points: tuple[Point, ...]
    group: str = "sheet"


@dataclass(frozen=True)
class Label:
    layer: str
    at: Point
    text: str
    height: float = TEXT_HEIGHT
    anchor: str = "start"  # start | middle | end
    angle: float = 0.0  # degrees, counter-clockwise
    bold: bool = False
    group: str = "sheet"


Item = Stroke | Circle | Arc | Fill | Label


def text_width(text: str, height: float = TEXT_HEIGHT, bold: bool = False) -> float:
    """The width of a label in mm, from the PDF font's metrics (the SVG uses the same face)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, FONT + ("-Bold" if bold else ""), height))


def moved(item: Item, dx: float, dy: float, group: str | None = None) -> Item:
    """The same item shifted (and, given `group`, moved into that group)."""
    into = item.group if group is None else group
    if isinstance(item, (Stroke, Fill)):
        return replace(item, points=tuple((x + dx, y + dy) for x, y in item.points), group=into)
    if isinstance(item, (Circle, Arc)):
        return replace(item, centre=(item.centre[0] + dx, item.centre[1] + dy), group=into)
    return replace(item, at=(item.at[0] + dx, item.at[1] + dy), group=into)


def extent(item: Item) -> tuple[float, float, float, float]:
    """(xmin, ymin, xmax, ymax) of an item; text from its font metrics."""
    if isinstance(item, (Stroke, Fill)):
        xs, ys = [p[0] for p in item.points], [p[1] for p in item.points]
        return min(xs), min(ys), max(xs), max(ys)
    if isinstance(item, (Circle, Arc)):
        (x, y), r = item.centre, item.radius
        return x - r, y - r, x + r, y + r
    w = text_width(item.text, item.height, item.bold)
    start = {"start": 0.0, "middle": -w / 2, "end": -w}[item.anchor]
    x, y = item.at
    if abs(item.angle - 90) < 1e-6:
        return x - item.height, y + start, x + 0.25 * item.height, y + start + w
    return x + start, y - 0.25 * item.height, x + start + w, y + item.height


def bounds(items: list[Item]) -> tuple[float, float, float, float]:
    boxes = [extent(i) for i in items] or [(0.0, 0.0, 0.0, 0.0)]
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


@dataclass
class Sheet:
    """A finished sheet: its paper, scale, items, and where each view sits (for checks)."""

    paper: str
    width: float
    height: float
    scale: float
    items: list[Item] = field(default_factory=list)
    view_boxes: dict[str, tuple[float, float, float, float]] = field(default_factory=dict)
    title: str = ""


def scale_text(scale: float) -> str:
    """1:2, 1:1, 5:1 — how a drawing states its scale."""
    if scale >= 1:
        return f"{scale:g}:1"
    return f"1:{1 / scale:g}"
