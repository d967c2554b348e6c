"""Downloads are named for what they are, come as one zip too, and sizes show in mm or inches."""

from __future__ import annotations

import io
import zipfile

from naturalcad import pipeline
from naturalcad.request import Request
from naturalcad.ui import downloads as dl

from .conftest import labels, no_exceptions

PLATE = "Plate 120 x 80 x 6 mm with four 8 mm corner holes"


def test_file_names_say_family_size_and_holes(settings):
    plate = pipeline.run(Request(PLATE, offline=True))
    assert dl.file_name(plate, "step") == "plate-120x80x6-4xD8.step"
    plain = pipeline.run(Request("plate 100 x 60 x 5", offline=True))
    assert dl.file_name(plain, "stl") == "plate-100x60x5.stl"
    bracket = pipeline.run(Request("L bracket 50 x 30 x 40", offline=True))
    assert dl.file_stem(bracket).startswith("l-bracket-50x40x30")
    profile = pipeline.run(Request("Laser-cut mounting plate with 6mm corner holes, 120x70 mm (export DXF)",
                                   mode="sketch", output_type="2d_vector", offline=True))
    assert dl.file_name(profile, "dxf") == "plate-profile-120x70-4xD6.dxf"  # a drawing: two sizes


def test_the_zip_holds_every_export_and_the_script_in_mm(settings):
    plate = pipeline.run(Request(PLATE, offline=True))
    archive = zipfile.ZipFile(io.BytesIO(dl.zip_bytes(plate)))
    names = set(archive.namelist())
    assert names == {"plate-120x80x6-4xD8.step", "plate-120x80x6-4xD8.stl", "plate-120x80x6-4xD8.glb",
                     "plate-120x80x6-4xD8.py", "README.txt"}
    assert archive.read("plate-120x80x6-4xD8.py").decode() == plate.code
    with open(plate.artifacts["step"], "rb") as step:
        assert archive.read("plate-120x80x6-4xD8.step") == step.read()
    assert "millimetres" in archive.read("README.txt").decode()


def test_inches_change_what_is_shown_not_the_files(settings, open_app):
    plate = pipeline.run(Request(PLATE, offline=True))
    assert dl.size_text(plate, "in") == "4.724 × 3.15 × 0.236 in"
    at = open_app(run=plate.run_id)
    no_exceptions(at)
    buttons = at.get("download_button")
    assert "All files (.zip)" in labels(buttons)
    assert {m.label: m.value for m in at.metric}["Size"] == "120 × 80 × 6 mm"
    at.session_state["units"] = "in"
    at.run()
    assert {m.label: m.value for m in at.metric}["Size"] == "4.724 × 3.15 × 0.236 in"


def test_inches_show_the_volume_and_every_length_of_the_facts_in_inches(settings, open_app):
    plate = pipeline.run(Request(PLATE, offline=True))
    assert dl.measure_text(plate, "mm") == ("Volume", "56 394 mm³")
    assert dl.measure_text(plate, "in") == ("Volume", "3.44 in³")  # 56 394 / 25.4³
    at = open_app(run=plate.run_id)
    at.session_state["units"] = "in"
    at.run()
    no_exceptions(at)
    shown = {m.label: m.value for m in at.metric}
    assert shown["Size"] == "4.724 × 3.15 × 0.236 in" and shown["Volume"] == "3.44 in³"
    assert shown["Through-holes"] == "4"  # counts have no unit


def test_the_compare_of_two_versions_follows_the_unit_toggle(settings):
    from naturalcad.ui import versions

    plate = pipeline.run(Request(PLATE, offline=True))
    thicker = pipeline.run_code(plate.code.replace("thickness = 6.0", "thickness = 10.0"), "3d_solid",
                                prompt=plate.prompt, source="user", parent_run_id=plate.run_id,
                                params={**plate.params, "thickness": 10.0})
    assert thicker.success, thicker.error
    mm = {r.fact: r for r in versions.compare(plate, thicker)}
    assert (mm["Size"].left, mm["Size"].right) == ("120 × 80 × 6 mm", "120 × 80 × 10 mm")
    assert (mm["Thickness"].left, mm["Thickness"].right) == ("6 mm", "10 mm")
    inches = {r.fact: r for r in versions.compare(plate, thicker, "in")}
    assert (inches["Size"].left, inches["Size"].right) == ("4.724 × 3.15 × 0.236 in", "4.724 × 3.15 × 0.394 in")
    assert (inches["Thickness"].left, inches["Thickness"].right) == ("0.236 in", "0.394 in")
    assert inches["Length"].left == "4.724 in" and not inches["Length"].differs
    assert inches["Volume"].left == "3.44 in³" and inches["Volume"].differs
    assert inches["Columns"].left == "2"  # a count stays a count
    assert inches["Through-holes"].left == "4"
