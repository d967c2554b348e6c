"""Names that stand for sizes (issue 12 item 3): each rule of prompt/standards.py added for it binds
the published value, and leaves alone the look-alikes that are not that name."""

import pytest

from naturalcad.prompt import scan
from naturalcad.prompt.standards import expand


def _sizes(text: str) -> tuple[str, list[str]]:
    out, uses = expand(text)
    return " ".join(out.split()), [u.typed for u in uses]


# ---- paper sizes (ISO 216, ANSI/ASME Y14.1) -----------------------------------------------------
@pytest.mark.parametrize(("prompt", "sizes"), [
    ("A4 sized base plate, 3 thick", "297 x 210 mm"),
    ("A5 plate 3 mm", "210 x 148 mm"),
    ("backing board the size of an A6 sheet, 2 thick", "148 x 105 mm"),
    ("a3 paper tray 20 high", "420 x 297 mm"),
    ("A7 card 1 mm", "105 x 74 mm"),
    ("letter size acrylic panel 3 mm", "279.4 x 215.9 mm"),
])
def test_a_sheet_name_is_its_two_sides(prompt, sizes):
    out, used = _sizes(prompt)
    assert sizes in out and used


@pytest.mark.parametrize("prompt", ["A4 stainless plate 100 x 50 x 3", "A2 steel washer M8", "B5 plate 100 x 50 x 3",
                                    "a letter opener 150 long", "stainless A2 plate 3 mm", "A4 plate 100 x 50 x 3"])
def test_stainless_grades_part_numbers_and_words_are_not_sheets(prompt):
    assert not any("sheet" in u.meaning for u in expand(prompt)[1])


# ---- T-slot series used as a size ---------------------------------------------------------------
def test_same_width_as_the_profile_is_the_profile_width():
    out, _ = _sizes("joining strip for 4040 profile: 120 long, same width as the profile, 5 thk")
    assert "40 mm wide" in out and "profile" not in out and "40 x 40" not in out


def test_as_wide_as_a_profile_is_its_width():
    out, _ = _sizes("a strip as wide as a 2020 extrusion, 200 long, 3 thick")
    assert out.startswith("a strip 20 mm wide") and "as wide" not in out


def test_a_profile_placeholder_is_its_solid_outline():
    out, _ = _sizes("3030 extrusion 250 long, just a solid square placeholder")
    assert "30 x 30 mm bar" in out and "solid" not in out and "t-slot" not in out


def test_an_end_cap_drops_same_outline_so_it_is_not_a_2d_outline():
    out, _ = _sizes("end cap for 2020 extrusion - same outline, 3 mm thick")
    assert "20 x 20 mm" in out and "outline" not in out


# ---- a bearing's bore or OD named by its role (ISO 15) --------------------------------------------
@pytest.mark.parametrize(("prompt", "want"), [
    ("block 50 x 50 x 12 with a pocket for a 608 bearing, 7 deep", "22 mm blind hole"),
    ("block 50 x 50 x 12 with a pocket for a 608 bearing", "22 mm hole 7 mm deep"),    # as deep as it is wide
    ("plate 80x80x10 with a through bore for a 6204", "47 mm through hole"),
    ("plate 60x60x10 with a seat for a 6001", "28 mm hole 8 mm deep"),
    ("plate 80x80x20 with a bore to suit a 6205", "52 mm through hole"),
    ("block 60x60x20, recess sized for a 6001 bearing, 6 deep", "28 mm blind hole"),
    ("spacer: same bore as a 6202, 20 OD, 5 long", "15 mm bore"),
    ("sleeve with the same OD as a 608, 10 long", "22 mm od"),
    ("spacer that sits on the inner race of a 6001: same bore, 16 OD, 5 long", "12 mm bore"),
])
def test_a_bearing_role_binds_its_table_size(prompt, want):
    out, used = _sizes(prompt)
    assert want in out and used
    assert "same bore" not in out   # the words that referred back to the bearing are used up


# ---- pipe sizes in words (ASME B36.10M) ---------------------------------------------------------
@pytest.mark.parametrize(("prompt", "od", "wall"), [
    ("half inch schedule 40 pipe, 250 mm", "21.3", "2.77"),
    ("three quarter inch sch 80 pipe 300 long", "26.7", "3.91"),
    ("one and a half inch schedule 40 pipe 1 m", "48.3", "3.68"),
])
def test_a_pipe_size_in_words_is_its_od_and_wall(prompt, od, wall):
    out, _ = _sizes(prompt)
    assert f"{od} mm od, {wall} mm wall" in out


# ---- an ID-1 card: the one size given is the thickness; square corners stay square ---------------
def test_a_card_sized_plate_takes_the_one_size_given_as_thickness():
    out, _ = _sizes("credit card sized plate 1 mm, sharp corners")
    assert "85.6 x 53.98 mm" in out and "0.76" not in out and "radius" not in out


def test_a_card_sized_plate_with_a_hole_keeps_the_hole_out_of_the_thickness():
    out, _ = _sizes("bank card size plate 1.5mm with a 5 mm hole")
    assert "0.76" not in out


# ---- role words glued to their number -----------------------------------------------------------
@pytest.mark.parametrize(("prompt", "values"), [
    ("Tube OD32 wall 2.5 length 120mm", [32.0, 2.5, 120.0]),
    ("bush ID12 OD20 x 15 long", [12.0, 20.0, 15.0]),
])
def test_od_and_id_glued_to_a_number_are_sizes_not_codes(prompt, values):
    qs = scan(prompt)
    assert [q.value for q in qs] == values and all(q.kind == "length" for q in qs)


def test_catalogue_codes_stay_codes():
    assert [q.kind for q in scan("DN50 pipe 200 long")] == ["designation", "length"]


# ---- a hole named before its screw: "clearance holes for M6", fit before or after (ISO 273) -------
@pytest.mark.parametrize(("prompt", "want"), [
    ("bar 60x20x5, two coarse-fit clearance holes for M6", "two 7 mm clearance holes"),
    ("plate 100x60x5 with 4 holes for M8 bolts, close fit", "4 8.4 mm holes"),
    ("4 clearance holes for M6 on 60 PCD", "4 6.6 mm clearance holes"),     # no fit written: medium
])
def test_a_hole_for_a_metric_screw_is_its_clearance(prompt, want):
    assert want in _sizes(prompt)[0]


@pytest.mark.parametrize("prompt", ["plate 80x40x10, 2 tapped holes for M5", "plate with 4 counterbored holes for M6"])
def test_tapped_and_counterbored_holes_for_a_screw_are_left_to_their_readers(prompt):
    assert "mm" not in _sizes(prompt)[0]
