"""Preview files (meshes, DXF outlines, thumbnails, the offline viewer page) and display strings."""

from __future__ import annotations

import re

import pytest

from naturalcad import artifacts, pipeline, preview
from naturalcad.request import Request, RunResult
from naturalcad.ui import format as fmt


@pytest.fixture
def plate_profile(settings) -> RunResult:
    result = pipeline.run(Request("Laser-cut mounting plate with 6mm corner holes, 120x70 mm (export DXF)",
                                  mode="sketch", output_type="2d_vector", offline=True))
    assert result.success, result.error
    return result


def test_solid_preview_comes_from_the_stl(made_run):
    shown = preview.load_preview(made_run.artifacts)
    assert shown.source == "stl" and not shown.flat and shown.cells > 0
    bounds = shown.mesh.bounds
    assert round(bounds[1] - bounds[0]) == 60 and round(bounds[5] - bounds[4]) == 20


def test_drawing_preview_is_a_flat_outline_from_the_dxf(plate_profile):
    shown = preview.load_preview(plate_profile.artifacts)
    assert shown.source == "dxf" and shown.flat
    bounds = shown.mesh.bounds
    assert round(bounds[1] - bounds[0]) == 120 and round(bounds[3] - bounds[2]) == 70
    assert bounds[4] == bounds[5] == 0.0
    assert shown.mesh.n_lines >= 5  # the outline and four holes


def test_thumbnail_is_made_once_and_kept(settings, made_run):
    directory = artifacts.run_path(settings, made_run.run_id)
    first = preview.thumbnail(directory, made_run.artifacts)
    assert first == directory / "thumbnail.png"
    assert first.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    stamp = first.stat().st_mtime_ns
    assert preview.thumbnail(directory, made_run.artifacts).stat().st_mtime_ns == stamp
    assert not list(directory.glob(".thumbnail.png.*"))  # no temp files left behind


def test_thumbnail_of_a_run_without_files_is_none(settings, tmp_path):
    assert preview.thumbnail(tmp_path, {}) is None
    assert not (tmp_path / "thumbnail.png").exists()


def test_viewer_page_is_offline_and_cached(made_run):
    page = preview.viewer_page(made_run.artifacts)
    assert "OfflineLocalView" in page
    assert "vtk-js/icon/favicon" not in page  # the only network fetch the stock viewer makes
    assert not re.search(r"""(src|href)=["']https?://""", page)
    assert preview.viewer_page(made_run.artifacts) is page  # reruns reuse it


def test_missing_files_are_a_preview_error():
    with pytest.raises(preview.PreviewError):
        preview.load_preview({"step": "/nonexistent/model.step"})


def _result(**geometry) -> RunResult:
    return RunResult(run_id="r", success=True, geometry=geometry, output_type=geometry.get("kind", "3d_solid"))


def test_sizes_volumes_and_numbers_read_well():
    solid = _result(kind="3d_solid", extents=[120.0, 80.0, 6.0], volume=56394.2, valid=True)
    assert fmt.size_text(solid) == "120 × 80 × 6 mm"
    assert fmt.volume_label_and_text(solid) == ("Volume", "56 394 mm³")
    assert fmt.volume_label_and_text(_result(volume=250_000.0)) == ("Volume", "250 cm³")
    profile = _result(kind="2d_vector", extents=[120.0, 70.5, 0.0], area=8286.9)
    assert fmt.size_text(profile) == "120 × 70.5 mm"
    assert fmt.volume_label_and_text(profile) == ("Area", "8 287 mm²")
    path = _result(kind="1d_path", extents=[120.0, 14.4, 0.0], length=163.2)
    assert fmt.volume_label_and_text(path) == ("Length", "163.2 mm")
    assert fmt.validity_text(solid) == "Valid solid"
    assert fmt.runtime_text(0.234) == "234 ms" and fmt.runtime_text(2.5) == "2.5 s"


def test_notices_are_sorted_for_the_page():
    result = RunResult(run_id="r", notices=[
        "No model or backend is configured, so the offline generator answered.",
        "chose bracket plate because it names a bracket plate",
        "output type 2d_vector (from 'laser-cut')",
        "hole diameter not given, used 7 mm",
    ], warnings=["Size check: width: requested 90 mm, measured 80 mm."])
    notes = fmt.sort_notices(result)
    assert notes.interpretation == "Read as a bracket plate; made as a 2D profile (DXF) because of 'laser-cut'"
    assert notes.assumed == ["Hole diameter 7 mm"]
    assert notes.info == ["No model or backend is configured, so the offline generator answered."]
    assert notes.warnings == ["Size check: width: requested 90 mm, measured 80 mm."]


def test_requested_sizes_are_compared_with_measured():
    lines = fmt.size_checks("plate 120 x 80 x 6 mm", {"extents": [120.0, 80.0, 6.0]})
    assert lines and all(ok for _, ok in lines)
    assert lines[0] == ("Size 120 × 80 × 6 mm as requested", True)
    wrong = fmt.size_checks("plate 120 x 80 x 6 mm", {"extents": [100.0, 80.0, 6.0]})
    assert not all(ok for _, ok in wrong)


def test_offscreen_probe_falls_back_to_a_window_that_renders(monkeypatch):
    monkeypatch.setenv("VTK_DEFAULT_OPENGL_WINDOW", "vtkNoSuchRenderWindow")
    assert preview._probe_windows() in preview.OFFSCREEN_WINDOWS


def test_untrusted_error_text_renders_no_image_link_or_directive():
    text = "The script raised ValueError: ![x](https://example.invalid/p.png) :red[hi] a\\b `code`"
    shown = fmt.untrusted(text)
    assert "![" not in shown and ":red[" not in shown and "\\](" in shown  # `\]` is a literal bracket
    assert "`code`" in shown  # the guard's code spans still render


def test_notices_read_as_sentences_not_logs():
    result = RunResult(run_id="r", notices=[
        "chose box because no part type recognised, so a box of the sizes given",
        "changed thickness: 6 → 16 (10 mm thicker)",
        "M6: 6.4 mm clearance bore (ISO 273)",
    ])
    notes = fmt.sort_notices(result)
    assert notes.interpretation == "Made as a plain box"
    assert notes.info[0].startswith("**No template matches this part**")
    assert notes.info[1:] == ["Changed thickness: 6 → 16 (10 mm thicker).", "M6: 6.4 mm clearance bore (ISO 273)."]
    reasoned = fmt.sort_notices(RunResult(run_id="r", notices=["chose tube because no part named; an outside "
                                                                "and inside diameter make a tube"]))
    assert reasoned.interpretation == "Read as a tube (no part named; an outside and inside diameter make a tube)"


@pytest.mark.parametrize("text, shown", [
    ("Box.__init__() got 2 args", r"Box.\_\_init\_\_() got 2 args"),
    ("$x$", r"\$x\$"),
    ("<img src=x>", r"\<img src=x\>"),
    ("[link](http://x)", r"\[link\](http://x)"),
    ("# not a heading\n1. not a list\n- nor this | a ~b~ *c*", "\\# not a heading\n1\\. not a list\n\\- nor this \\| a \\~b\\~ \\*c\\*"),
    ("did not set `my_result`", "did not set `my_result`"),  # a code span shows its text as it is
])
def test_untrusted_text_is_escaped_for_markdown_and_stays_readable(text, shown):
    assert fmt.untrusted(text) == shown


def test_untrusted_text_renders_as_itself_in_markdown():
    """What a browser shows: the escaped text through a CommonMark renderer is the text again."""
    markdown_it = pytest.importorskip("markdown_it")
    text = "Box.__init__() got 2 args $x$ <img src=x> [link](http://x) a|b ~c~ *d* \\e"
    html = markdown_it.MarkdownIt("commonmark").render(fmt.untrusted(text))
    assert html == "<p>" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>\n"


def test_notices_escape_what_they_quote():
    notes = fmt.sort_notices(RunResult(run_id="r", notices=["made the __init__ part", "x not given, used [link](y)"],
                                       warnings=["<b>$big$</b>"]))
    assert notes.info == [r"Made the \_\_init\_\_ part."]
    assert notes.assumed == [r"X \[link\](y)"]
    assert notes.warnings == [r"\<b\>\$big\$\</b\>."]


def test_counts_fit_the_kind_of_result():
    def shown(**geometry):
        return [(m.label, m.value) for m in fmt.count_metrics(_result(**geometry))]

    assert shown(kind="3d_solid", holes=18, faces=60, edges=100) == [("Through-holes", "18"), ("Faces", "60")]
    assert shown(kind="2d_vector", holes=4, faces=1, edges=8) == [("Holes", "4"), ("Edges", "8")]
    assert shown(kind="surface", holes=0, faces=1, edges=4) == [("Faces", "1"), ("Edges", "4")]
    assert shown(kind="1d_path", holes=0, faces=0, edges=7, length=163.2) == [("Segments", "7")]


def test_created_and_stage_times_read_well():
    assert fmt.created_text("2026-11-26T07:32:05.123456+00:00") == "2026-11-26 07:32 UTC"
    assert fmt.created_text("2026-11-26T08:32:05+01:00") == "2026-11-26 07:32 UTC"
    assert fmt.created_text("2026-11-26T07:32:05") == "2026-11-26 07:32 UTC"
    assert fmt.created_text("") == "–"
    assert fmt.timings_text({"generate": 0.012, "validate": None, "execute": 1.42}) == "generate 12 ms, execute 1.4 s"
    assert fmt.timings_text({"validate": 0.0002, "build": 0}) == "validate <1 ms"


def test_a_continued_run_says_what_changed():
    code = "thickness = 6.0  # mm, plate\ncorner_radius = 3.0  # mm\nholes = 4\nresult = None\n"
    parent = RunResult(run_id="p", prompt="plate", params={"thickness": 6.0, "corner_radius": 3.0, "holes": 4},
                       timings={"generate": 0.01})
    slid = RunResult(run_id="c", prompt="plate", parent_run_id="p", code=code, source="template",
                     params={"thickness": 9.0, "corner_radius": 3.0, "holes": 6})
    assert fmt.change_text(slid, parent) == ("Adjusted", "thickness 6 → 9 mm, holes 4 → 6")
    refined = RunResult(run_id="r", prompt="make it  10 mm thicker", parent_run_id="p", timings={"generate": 0.01})
    assert fmt.change_text(refined, parent) == ("Refined", "make it 10 mm thicker")
    edited = RunResult(run_id="e", prompt="plate", parent_run_id="p", source="user", params=dict(parent.params))
    assert fmt.change_text(edited, parent) == ("Edited code", "continues run p")
    assert fmt.change_text(parent, None) is None
