"""What a number means from the role words near it (issue 12 items 2 and 5, branch c-roles4), the same in every
family: a container's inside and outside, a lid's lip, a plate sized by its hole grid, depth apart from diameter.
Read without a build; the built parts are scored in tests/data/coverage_c-roles4.jsonl."""

from __future__ import annotations

import pytest

from naturalcad.prompt import base_lexicon, scan
from naturalcad.prompt.role_words import inside_depth, inside_list
from naturalcad.sources.templates import generate_from_prompt
from naturalcad.sources.templates.hole_rows import read_edge_margin
from naturalcad.steps.read import _hole_diameter


def made(prompt: str):  # type: ignore[no-untyped-def]
    return generate_from_prompt(prompt)


def size(r) -> list[float]:  # type: ignore[no-untyped-def]
    p = r.params
    return sorted(float(p[k]) for k in ("length", "width", "thickness") if k in p) if "thickness" in p else \
        sorted(float(p[k]) for k in ("length", "width", "height") if k in p)


# ---- hole grids: the plate from its pattern ------------------------------------------------------------------
@pytest.mark.parametrize(("prompt", "outline", "holes"), [
    ("3 x 5 grid of 6 mm holes, pitch 20 both ways, plate edge 15 from the outer hole centres, 3 thick", [3, 70, 110], 15),
    ("3 rows x 5 columns of Ø4 holes at 15 mm spacing, 10 mm from the hole centres to the edge, 3 mm sheet", [3, 50, 80], 15),
    ("perforated plate, 2 rows of 4 holes Ø10, 30 apart in both directions, 20 from the hole centres to the edges, 8 thick",
     [8, 70, 130], 8),
    ("plate 6 thick, 4 columns x 2 rows of 8 mm holes at 25 mm pitch, 12 edge margin to hole centres", [6, 49, 99], 8),
])
def test_a_plate_with_no_outline_is_its_hole_grid_plus_the_margins(prompt: str, outline: list[float], holes: int) -> None:
    r = made(prompt)
    assert r.family == "plate_with_holes" and size(r) == outline
    assert r.params["columns"] * r.params["rows"] == holes
    assert r.reading.confidence == "high"
    assert all(v.role is not None for v in r.reading.values)  # the margin is bound: (length - span) / 2


def test_a_margin_of_material_beyond_the_holes_adds_their_radius() -> None:
    r = made("6 x 6 grid of Ø3 holes, 8 mm c/c, leave 5 mm of solid material between the outermost holes and the edge, "
             "1.5 sheet")
    assert size(r) == [1.5, 53, 53]
    assert any(v.text == "5 mm" and v.role and "hole_diameter" in v.role for v in r.reading.values)


def test_a_margin_is_written_as_the_binders_edge_distance() -> None:
    assert read_edge_margin("plate edge 15 from the outer hole centres, 3 thick")[:3] == (15.0, None, False)
    assert "plate, 15 from the edges" in read_edge_margin("plate edge 15 from the outer hole centres")[3]
    assert read_edge_margin("leave 5 mm of material between the outer holes and the edge")[:3] == (5.0, "mm", True)
    assert read_edge_margin("holes 10 from the edge")[0] is None  # the binder reads that one itself


def test_a_grid_inside_a_given_plate_is_not_resized() -> None:
    r = made("perforated plate 100x60x2, grid of 3 rows x 5 columns of 6mm holes at 15 mm spacing both ways, grid centred")
    assert size(r) == [2, 60, 100] and r.params["columns"] * r.params["rows"] == 15 and r.params["x_pitch"] == 15
    assert r.reading.confidence == "high"  # "grid" is a word the parser reads


def test_a_staggered_grid_is_not_read_high() -> None:
    r = made("two rows of 5 holes dia 5, 20 apart in each row, rows 30 apart, second row shifted by half a pitch. "
             "Plate edge 12 from the nearest hole centres all round, 4 thick")
    assert r.reading.confidence != "high"


# ---- depth apart from diameter -----------------------------------------------------------------------------
def test_the_step_reader_never_takes_a_depth_for_a_diameter() -> None:
    assert _hole_diameter("a blind hole 45 mm deep from the top") is None
    assert _hole_diameter("a hole 8 mm, 20 mm deep") == 8.0


def test_a_blind_depth_is_no_hole_size() -> None:
    r = made("block 40 x 40 x 80 tall. blind hole 45 deep from the top, 14.5 across, centred")
    assert r.params["hole_diameter"] == 14.5 and r.params["hole_depth"] == 45 and r.reading.confidence == "high"


@pytest.mark.parametrize("prompt", [
    "a 10 hole 30 deep in the end face of a 25 x 25 x 50 bar",
    "25 x 25 x 50 square bar, Ø10 blind hole 30 deep in one end face, centred",
])
def test_a_hole_in_the_end_face_runs_along_the_bar(prompt: str) -> None:
    r = made(prompt)
    assert r.params["thickness"] == 50 and r.params["hole_depth"] == 30 and r.params["hole_diameter"] == 10
    assert size(r) == [25, 25, 50] and r.reading.confidence == "high"


def test_the_size_after_drill_sizes_the_hole() -> None:
    r = made("round rod 20 dia 100 long, drill 12 dia x 35 deep axially into one end")
    assert r.family == "cylinder" and r.params["bore_diameter"] == 12 and r.params["bore_depth"] == 35
    assert r.params["height"] == 100 and r.reading.confidence == "high"


def test_a_drilled_depth_after_a_comma_is_not_the_part_height() -> None:
    r = made("Ø40 x 60 cylinder, drill each end on centre 8mm, 25 deep")
    assert r.params["height"] == 60 and r.reading.confidence != "high"  # "each end": two holes, one is made


def test_a_square_bar_keeps_its_three_sizes() -> None:
    r = made("25 x 25 x 50 square bar")
    assert size(r) == [25, 25, 50] and r.reading.confidence == "high"


# ---- containers: inside and outside ------------------------------------------------------------------------
@pytest.mark.parametrize(("prompt", "outside"), [
    ("open box, internal size 120 x 80, 15 deep, 2 mm walls and base", [17, 84, 124]),
    ("drawer, internal 140 wide x 90 front-to-back x 40 tall inside. sides 2.5, bottom 2, open top", [42, 95, 145]),
    ("need a tray, the inside has to be 200 x 150 and 25 deep. 3mm thick all round incl bottom", [28, 156, 206]),
    ("open box, inside dimensions 80x60x40, 3 mm walls and floor", [43, 66, 86]),
])
def test_inside_sizes_with_their_depth_are_the_cavity(prompt: str, outside: list[float]) -> None:
    r = made(prompt)
    assert r.family == "open_box" and size(r) == outside and r.reading.confidence == "high"


def test_inside_lists_are_read_with_their_role_words() -> None:
    assert inside_depth("internal size 120 x 80, 15 deep, 2 mm walls") == 15
    assert inside_list("internal 140 wide x 90 front-to-back x 40 tall inside") == [(140, "wide"), (90, "front-to-back"),
                                                                                     (40, "tall")]
    assert inside_list("a plate 100 x 60") is None


def test_a_size_followed_by_x_is_no_catalogue_number() -> None:
    kinds = {q.text: q.kind for q in scan("open box, internal size 120 x 80, 15 deep", base_lexicon())}
    assert kinds["120"] == "length"


@pytest.mark.parametrize(("prompt", "height"), [
    ("box 100x50 footprint outside, 30 deep, walls 2, base 3", 33),
    ("round cup 50 OD, 30 deep, 2 mm sides, 3 mm bottom", 33),
    ("tray 200 x 150, 30 deep, 2 mm sides, 3 mm base", 30),  # no outside said: the outside height, said
])
def test_a_bare_depth_is_read_one_way_and_the_other_is_said(prompt: str, height: float) -> None:
    r = made(prompt)
    assert r.params["height"] == height and r.reading.confidence == "medium"
    assert any("deep read as the" in n for n in r.notices)


def test_a_plant_pots_inner_depth_is_not_a_holes() -> None:
    r = made("plant pot (no drain hole): inner diameter 80, inner depth 70, wall 2.5, base 4")
    assert r.family == "cup" and r.params["diameter"] == 85 and r.params["height"] == 74


# ---- lids and caps: an upturned cup or box -----------------------------------------------------------------
def test_a_round_lid_with_a_lip_at_its_edge_is_an_upturned_cup() -> None:
    r = made("round lid 70 across, 4 thick, lip underneath 3 wide and 2 tall at the edge")
    assert r.family == "cup" and r.reading.confidence == "high"
    assert (r.params["diameter"], r.params["height"], r.params["wall"], r.params["floor_thickness"]) == (70, 6, 3, 4)


def test_a_lid_that_slips_over_a_box_takes_its_inside_from_the_box() -> None:
    r = made("lid that slips over a box which is 60 x 60 outside (no clearance): top 3 thick, skirt 2 thick going down "
             "10 below the top plate")
    assert r.family == "open_box" and size(r) == [13, 64, 64] and r.params["wall"] == 2 and r.params["floor_thickness"] == 3


def test_an_end_cap_over_a_pipe_has_the_pipes_od_as_its_bore() -> None:
    r = made("end cap to push over a 25mm OD pipe. 1.5 wall, 3mm closed end, goes 20 mm onto the pipe")
    assert r.family == "cup" and r.params["diameter"] == 28 and r.params["height"] == 23 and r.params["wall"] == 1.5


def test_a_lip_that_fits_inside_stays_the_enclosures() -> None:
    r = made("Enclosure 100x70x35 outside, 2 mm walls + floor, open top, and a lid 100x70x2 with a 1.5 thick lip 4 deep "
             "fitting inside")
    assert r.family == "enclosure_with_lid"


def test_a_round_pocket_is_a_blind_hole_and_not_high() -> None:
    r = made("10 deep pocket, 30 dia, centred in a 50 x 50 x 15 plate")
    assert r.params["hole_diameter"] == 30 and r.params["hole_depth"] == 10 and r.params["thickness"] == 15
    assert r.reading.confidence == "medium"  # the pocket word has no parameter of its own: said, not high


def test_walls_and_floor_of_one_number_come_before_the_inside_sizes() -> None:
    r = made("storage tray, 150 x 100 inside, 20 deep, walls and floor 2.5")
    assert size(r) == [22.5, 105, 155] and r.reading.confidence == "high"
