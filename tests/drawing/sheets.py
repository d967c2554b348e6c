"""Read a drawing back the way a person (or a CAD program) would: text, view boxes, lines, pixels."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

SVG = "{http://www.w3.org/2000/svg}"


def svg_texts(path: str | Path) -> list[str]:
    root = ET.parse(path).getroot()
    return [(t.text or "") for t in root.iter(SVG + "text")]


def _points(element: ET.Element) -> list[tuple[float, float]]:
    if element.tag in (SVG + "polyline", SVG + "polygon"):
        return [tuple(map(float, p.split(","))) for p in element.get("points", "").split()]  # type: ignore[misc]
    if element.tag == SVG + "circle":
        x, y, r = (float(element.get(k, 0)) for k in ("cx", "cy", "r"))
        return [(x - r, y - r), (x + r, y + r)]
    if element.tag == SVG + "path":
        numbers = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", element.get("d", ""))]
        # M x,y A r r 0 large sweep x,y
        return [(numbers[0], numbers[1]), (numbers[-2], numbers[-1])]
    return []


def view_lines(path: str | Path) -> dict[str, dict[str, list[list[tuple[float, float]]]]]:
    """view id -> layer -> the point lists drawn on that layer (SVG coordinates, mm)."""
    root = ET.parse(path).getroot()
    found: dict[str, dict[str, list[list[tuple[float, float]]]]] = {}
    for group in root.findall(SVG + "g"):
        layers = found.setdefault(group.get("id", ""), {})
        for layer in group.findall(SVG + "g"):
            layers[layer.get("class", "")] = [_points(e) for e in layer if _points(e)]
    return found


def view_box(lines: dict[str, list[list[tuple[float, float]]]]) -> tuple[float, float, float, float]:
    """The box of a view's outline and hidden lines, from the drawn coordinates themselves."""
    pts = [p for layer in ("outline", "hidden") for shape in lines.get(layer, []) for p in shape]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return min(xs), min(ys), max(xs), max(ys)


def overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def vertical_xs(shapes: list[list[tuple[float, float]]]) -> list[float]:
    """The distinct x positions of the vertical straight lines among `shapes`."""
    xs = {round(s[0][0], 2) for s in shapes if len(s) == 2 and abs(s[0][0] - s[1][0]) < 1e-6 and abs(s[0][1] - s[1][1]) > 0.5}
    return sorted(xs)


def ink_fraction(pdf: str | Path, tmp: Path) -> float:
    """Render the PDF's first page with pdftoppm and return the share of dark pixels."""
    out = tmp / "page"
    subprocess.run(["pdftoppm", "-gray", "-r", "50", "-singlefile", str(pdf), str(out)], check=True, timeout=60)
    data = (tmp / "page.pgm").read_bytes()
    header = data.split(b"\n", 3)  # P5, "w h", maxval, pixels
    width, height = map(int, header[1].split())
    pixels = header[3][: width * height]
    return sum(1 for b in pixels if b < 128) / len(pixels)


def pdf_page_mm(pdf: str | Path) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True, timeout=30).stdout
    w, h = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups()  # type: ignore[union-attr]
    return float(w) * 25.4 / 72, float(h) * 25.4 / 72
