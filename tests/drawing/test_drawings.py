"""Drawings of real parts, made through the real guard and sandbox, read back as a person would.

A plate with four holes (template), a flanged bushing (a person's own script), an L bracket
(template): the sheet's text holds the sizes and hole callouts, views do not overlap, hidden
lines sit where the holes are, the PDF renders to a page with ink on it, and the DXF has layers.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from pathlib import Path

import ezdxf
import pytest

from naturalcad import config
from naturalcad.drawing import DrawingOptions
from naturalcad.pipeline import run, run_code
from naturalcad.request import Request, RunResult

from .sheets import ink_fraction, overlap, pdf_page_mm, svg_texts, vertical_xs, view_box, view_lines

BUSHING = '''from build123d import *

flange_diameter = 60.0  # mm
flange_thickness = 8.0  # mm
body_diameter = 40.0    # mm
length = 38.0           # mm, overall
bore = 20.0             # mm
bolt_circle = 48.0      # mm, PCD
bolt_hole = 5.0         # mm

result = Cylinder(flange_diameter / 2, flange_thickness, align=(Align.CENTER, Align.CENTER, Align.MIN))
result += Cylinder(body_diameter / 2, length, align=(Align.CENTER, Align.CENTER, Align.MIN))
result -= Cylinder(bore / 2, length, align=(Align.CENTER, Align.CENTER, Align.MIN))
result -= PolarLocations(bolt_circle / 2, 4) * Cylinder(bolt_hole / 2, flange_thickness, align=(Align.CENTER, Align.CENTER, Align.MIN))
'''


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """Settings on a fresh data dir, and a cache so each part is drawn once per module."""
    settings = config.load_settings({"NATURALCAD_DATA_DIR": str(tmp_path_factory.mktemp("drawing-data")),
                                     "NATURALCAD_EXEC_TIMEOUT_SECONDS": "60"})
    cache: dict[str, RunResult] = {}

    def get(name: str) -> RunResult:
        if name not in cache:
            config.set_settings(settings)
            try:
                if name == "plate":
                    cache[name] = run(Request("plate 120 x 80 x 6 mm with four 8 mm corner holes", offline=True),
                                      settings=settings, drawing=DrawingOptions())
                elif name == "bracket":
                    cache[name] = run(Request("L bracket 60 x 40 x 50 mm, 5 mm thick with two 6 mm holes", offline=True),
                                      settings=settings, drawing=DrawingOptions())
                elif name == "bushing":
                    cache[name] = run_code(BUSHING, settings=settings, prompt="flanged bushing", drawing=DrawingOptions())
                elif name == "bracket-first":
                    cache[name] = run(Request("L bracket 60 x 40 x 50 mm, 5 mm thick with two 6 mm holes", offline=True),
                                      settings=settings, drawing=DrawingOptions(projection="first"))
                elif name == "ordinary":
                    cache[name] = run(Request("plate 120 x 80 x 6 mm with four 8 mm corner holes", offline=True),
                                      settings=settings)
            finally:
                config.set_settings(None)
        return cache[name]

    return get


def _sheet(result: RunResult) -> dict[str, Path]:
    assert result.success, result.error
    assert not [w for w in result.warnings if "drawing" in w.lower()], result.warnings
    files = {k: Path(result.artifacts[k]) for k in ("drawing_svg", "drawing_pdf", "drawing_dxf")}
    for path in files.values():
        assert path.is_file() and path.stat().st_size > 500
        assert path.parent.name == result.run_id  # in the run's own directory, next to the STEP
    assert not list(files["drawing_svg"].parent.glob(".drawing-*"))  # the job's work dir is gone
    return files


def _boxes(svg: Path) -> dict[str, tuple[float, float, float, float]]:
    lines = view_lines(svg)
    return {name: view_box(lines[f"view-{name}"]) for name in ("front", "top", "right", "iso")}


@pytest.mark.parametrize("name", ["plate", "bracket", "bushing", "bracket-first"])
def test_views_do_not_overlap_and_the_pdf_renders(made, name, tmp_path):
    files = _sheet(made(name))
    boxes = _boxes(files["drawing_svg"])
    for (a, box_a), (b, box_b) in itertools.combinations(boxes.items(), 2):
        assert not overlap(box_a, box_b), f"{a} and {b} overlap: {box_a} {box_b}"
    ink = ink_fraction(files["drawing_pdf"], tmp_path)
    assert 0.005 < ink < 0.3  # a drawn page: not blank, not a black box
    width, height = pdf_page_mm(files["drawing_pdf"])
    assert (round(width), round(height)) in ((297, 210), (420, 297))  # landscape A4 or A3


def test_plate_sizes_callout_title_and_true_scale(made):
    result = made("plate")
    files = _sheet(result)
    texts = svg_texts(files["drawing_svg"])
    for size in ("120", "80", "6"):
        assert size in texts, texts
    assert "4x Ø8 THRU" in texts
    assert "12" in texts  # hole centres 12 mm in from the edges (the prompt's default, reported)
    assert result.run_id in texts and "NaturalCAD" in texts and "mm" in texts
    assert datetime.now(UTC).strftime("%Y-%m-%d") in texts
    assert any(t.startswith("PLATE WITH HOLES 120 X 80 X 6") for t in texts)
    scale_text = texts[texts.index("SCALE") + 1]
    scale = float(scale_text.split(":")[0]) / float(scale_text.split(":")[1])
    boxes = _boxes(files["drawing_svg"])
    front, top = boxes["front"], boxes["top"]
    assert front[2] - front[0] == pytest.approx(120 * scale, abs=0.05)  # drawn to the stated scale
    assert top[3] - top[1] == pytest.approx(80 * scale, abs=0.05)
    # third angle: top view above the front view (SVG y grows downwards), right view to its right
    assert top[3] <= front[1] and boxes["right"][0] >= front[2]


def test_plate_hidden_lines_are_the_holes(made):
    files = _sheet(made("plate"))
    lines = view_lines(files["drawing_svg"])
    front = lines["view-front"]
    box = view_box(front)
    texts = svg_texts(files["drawing_svg"])
    scale_text = texts[texts.index("SCALE") + 1]
    scale = float(scale_text.split(":")[0]) / float(scale_text.split(":")[1])
    left = box[0]
    xs = [round((x - left) / scale, 1) for x in vertical_xs(front["hidden"])]
    # holes at 12 and 108 mm from the left edge, 8 mm across: their walls, dashed, and nothing else
    assert xs == [8.0, 16.0, 104.0, 112.0]
    assert not lines["view-top"].get("hidden")  # through holes seen from above: no hidden lines


def test_plate_dxf_has_the_layers_and_text(made):
    files = _sheet(made("plate"))
    doc = ezdxf.readfile(files["drawing_dxf"])
    layers = {layer.dxf.name for layer in doc.layers}
    assert {"outline", "hidden", "centre", "dimensions", "text"} <= layers
    used: dict[str, int] = {}
    for entity in doc.modelspace():
        used[entity.dxf.layer] = used.get(entity.dxf.layer, 0) + 1
    for layer in ("outline", "hidden", "centre", "dimensions", "text"):
        assert used.get(layer, 0) > 0, used
    texts = [e.dxf.text for e in doc.modelspace().query("TEXT")]
    assert "4x Ø8 THRU" in texts and "120" in texts
    assert doc.layers.get("hidden").dxf.linetype == "DASHED" and doc.linetypes.has_entry("DASHED")
    assert doc.layers.get("centre").dxf.linetype == "CENTER" and doc.linetypes.has_entry("CENTER")


def test_bushing_diameters_bore_and_pitch_circle(made):
    result = made("bushing")
    files = _sheet(result)
    texts = svg_texts(files["drawing_svg"])
    for text in ("Ø60", "Ø40", "38", "8", "Ø20 THRU", "4x Ø5 THRU", "EQ SP ON PCD Ø48"):
        assert text in texts, texts
    assert result.source == "user" and any(t.startswith("PART 60 X 60 X 38") for t in texts)
    lines = view_lines(files["drawing_svg"])
    front = lines["view-front"]
    box = view_box(front)
    middle = (box[0] + box[2]) / 2
    scale_text = texts[texts.index("SCALE") + 1]
    scale = float(scale_text.split(":")[0]) / float(scale_text.split(":")[1])
    xs = {round((x - middle) / scale, 1) for x in vertical_xs(front["hidden"])}
    assert {-10.0, 10.0} <= xs  # the Ø20 bore's walls, hidden
    assert {-26.5, -21.5, 21.5, 26.5} <= xs  # the Ø5 bolt holes on the Ø48 circle


def test_bracket_sizes_and_both_holes(made):
    files = _sheet(made("bracket"))
    texts = svg_texts(files["drawing_svg"])
    for size in ("60", "40", "50", "5"):
        assert size in texts, texts
    assert texts.count("Ø6 THRU") == 2  # one hole in each leg, each called out where it is round
    lines = view_lines(files["drawing_svg"])
    assert vertical_xs(lines["view-front"]["hidden"])  # the base's hole, hidden in the front view
    assert lines["view-front"]["hidden"]


def test_first_angle_puts_the_top_view_below_and_the_right_view_left(made):
    files = _sheet(made("bracket-first"))
    boxes = _boxes(files["drawing_svg"])
    front = boxes["front"]
    assert boxes["top"][1] >= front[3]  # below (SVG y down)
    assert boxes["right"][2] <= front[0]  # on the left
    assert "FIRST ANGLE PROJECTION" in svg_texts(files["drawing_svg"])


def test_an_ordinary_run_makes_no_drawing(made):
    result = made("ordinary")
    assert result.success
    assert set(result.artifacts) == {"step", "stl", "glb"}
    assert "drawing" not in result.timings
    assert not list(Path(result.artifacts["step"]).parent.glob("drawing.*"))
