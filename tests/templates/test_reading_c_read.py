"""Numbers, roles, standards and drawing notes as people write them (issue 12 items 1-4, session 7 c-read).

Each test is a class of phrasing, checked on wordings and values unlike the sets' prompts: the values each
rule binds and the part's parameters. Fast: the offline generator and the step reader only (no sandbox);
tests/data/coverage_c-read_prompts.jsonl scores the same classes end to end.
"""

import pytest

from naturalcad.prompt.standards import expand
from naturalcad.prompt.written_forms import expand as written
from naturalcad.request import ValidRequest
from naturalcad.sources.offline import NotUnderstoodError, TemplateSource
from naturalcad.sources.templates import NotUnderstood, generate_from_prompt
from naturalcad.sources.templates.hole_rows import read_row_spacing
from naturalcad.sources.templates.parse import parse_prompt


def _offline(prompt):
    """What the offline source builds (the step reader or the part families)."""
    return TemplateSource().generate(ValidRequest(prompt, "part", None, True, None, "test"))


# ---- a bearing's sizes named by their roles ------------------------------------------------------
@pytest.mark.parametrize(("prompt", "od", "id_", "t"), [
    ("washer with the same OD and ID as a 6001 bearing, 1.5 mm thick", 28, 12, 1.5),   # ISO 15: 12 x 28 x 8
    ("ring matching the bore and OD of a 6202, 3 thick", 35, 15, 3),                  # 15 x 35 x 11
    ("shim the same ID & OD as a 608, 0.5 thick", 22, 8, 0.5),
])
def test_bearing_roles_make_a_ring(prompt, od, id_, t):
    g = generate_from_prompt(prompt)
    assert g.family == "tube"
    assert (g.params["outer_diameter"], g.params["inner_diameter"], g.params["length"]) == (od, id_, t)


@pytest.mark.parametrize(("prompt", "d", "length"), [
    ("shaft to suit the bore of a 6003, 90 long", 17, 90),          # 17 x 35 x 10
    ("dowel to fit the ID of a 608 bearing, 25 long", 8, 25),
    ("axle for the inner race of a 6200, 40 mm long", 10, 40),      # 10 x 30 x 9
])
def test_a_solid_part_sized_by_a_bearing_bore_is_that_wide(prompt, d, length):
    g = generate_from_prompt(prompt)
    assert g.family in ("cylinder", "shaft")
    assert d in g.params.values() and length in g.params.values()
    assert not g.params.get("bore_diameter")


def test_boring_through_to_a_bearing_od_is_one_through_hole():
    g = generate_from_prompt("60 x 60 x 12 block, bore it straight through to the OD of a 6003")
    assert g.params["hole_diameter"] == 35 and g.params["hole_count"] == 1 and g.params["thickness"] == 12
    text, uses = expand("bearing block for a 6201: 40x40x10 block, bore the bearing OD through the 10 direction")
    assert "32 mm through hole" in text and uses  # 6201: 12 x 32 x 10
    assert written(text)[0].count("through") == 1  # "the 10 direction" is the thickness: read, not left over


# ---- a standard washer with one size changed -----------------------------------------------------
@pytest.mark.parametrize(("prompt", "od", "id_", "t"), [
    ("ISO 7089 M10 washer with the outside diameter turned down to 18 mm", 18, 10.5, 2),
    ("DIN 125 M6 washer but 2.5 thick", 12, 6.4, 2.5),
    ("M12 washer to ISO 7089 with the bore opened up to 14", 24, 14, 2.5),
])
def test_a_washer_keeps_the_table_except_the_size_given(prompt, od, id_, t):
    g = generate_from_prompt(prompt)
    assert (g.params["outer_diameter"], g.params["inner_diameter"], g.params["length"]) == (od, id_, t)


def test_a_washer_cut_down_past_its_hole_is_refused():
    with pytest.raises(NotUnderstood) as err:
        generate_from_prompt("DIN 125 M8 washer with the OD reduced to 8 mm")
    assert err.value.impossible and "8.4" in str(err.value)


# ---- counts beside sizes -------------------------------------------------------------------------
@pytest.mark.parametrize(("prompt", "count", "d"), [
    ("plate 90 by 60, 4 thick, two 7 holes 45 apart", 2, 7),
    ("block 12 thick, 100 x 40, four 6 holes 20 apart along the middle", 4, 6),
    ("plate 120 x 50 x 5, a pair of 9 mm radius holes 60 apart", 2, 18),
    ("plate 100 x 40 x 3 with two holes of 5 mm radius 50 apart", 2, 10),
    ("half a dozen 5 mm holes evenly spaced along a 200 x 20 x 3 strip", 6, 5),
])
def test_a_count_then_a_size(prompt, count, d):
    g = generate_from_prompt(prompt)
    n = g.params.get("hole_count") or g.params["columns"] * g.params["rows"]
    assert (n, g.params["hole_diameter"]) == (count, d)
    assert g.reading.confidence == "high"


def test_holes_from_a_pitch_and_a_first_hole_at_one_end():
    g = generate_from_prompt("flat 350 long, 30 wide, 6 thk, 8 mm holes every 40 mm starting 15 mm from one end")
    assert g.params["columns"] == 9 and g.params["x_pitch"] == 40   # 15, 55 ... 335


# ---- rows of holes -------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "value"), [
    ("two rows of 6 holes, 30 pitch, rows 45 apart", 45.0),
    ("3 rows, 25 between rows", 25.0),
    ("2 ROWS OF 5, ROW SPACING 18", 18.0),
])
def test_row_spacing_is_read_apart(text, value):
    assert read_row_spacing(text)[0] == value


def test_row_spacing_needs_rows():
    assert read_row_spacing("a row of holes at 20 pitch")[0] is None


@pytest.mark.parametrize(("prompt", "cols", "rows", "xp", "yp"), [
    ("PLATE 240 x 60 x 8, 2 ROWS OF 5, Ø7 THRU, 45 PITCH, ROWS 30 APART", 5, 2, 45, 30),
    ("plate 300 x 150 x 6, three rows of four 8 mm holes, 60 mm pitch, rows 40 apart", 4, 3, 60, 40),
    # no count per row: as many as the pitch allows from the first hole (20, 55 ... 195 on 220)
    ("plate 220 x 90 x 4, two rows of 5 mm holes at 35 mm pitch, rows 40 apart, first hole 20 from the left edge", 6, 2, 35, 40),
])
def test_rows_apart_is_the_spacing_across_the_rows(prompt, cols, rows, xp, yp):
    g = generate_from_prompt(prompt)
    p = g.params
    assert (p["columns"], p["rows"], p["x_pitch"], p["y_pitch"]) == (cols, rows, xp, yp)


# ---- bars: stock, section and length in any order ------------------------------------------------
@pytest.mark.parametrize(("prompt", "size"), [
    ("flat bar 35x6, cut to 320 mm, 7 mm hole at each end 12 mm in from the ends", (320, 35, 6)),
    ("strip 25 x 4 cut to 180 long, dia 4 hole 8 mm from each end", (180, 25, 4)),
    ("6 mm holes at 40 mm pitch along a 240 mm bar (20 x 8 section)", (240, 20, 8)),
])
def test_bar_length_apart_from_its_section(prompt, size):
    g = generate_from_prompt(prompt)
    assert (g.params["length"], g.params["width"], g.params["thickness"]) == size


# ---- units ---------------------------------------------------------------------------------------
def test_leading_dot_decimals_take_the_unit_at_the_end():
    made = _offline("block .5 x 1.5 x 2.5 in")
    assert sorted(v for v in made.params.values() if isinstance(v, float)) == [12.7, 38.1, 63.5]


def test_a_shim_by_two_sides_is_flat():
    g = generate_from_prompt("shim 3 by 1.5 inches, 0.015 in thick")
    assert g.family == "plate_with_holes"
    assert (g.params["length"], g.params["width"], g.params["thickness"]) == (76.2, 38.1, 0.381)


def test_a_bare_large_number_beside_fractional_inches_is_mm_and_assumed():
    g = generate_from_prompt("R40 disk, 1/8\" thick")
    assert g.params["diameter"] == 80 and g.params["height"] == 3.175
    assert g.reading.confidence != "high"


def test_r_before_a_round_part_is_its_radius_not_a_fillet():
    g = generate_from_prompt("R35 round plate, 5 thick")
    assert g.params["diameter"] == 70 and g.params["fillet_radius"] == 0


def test_rounds_on_edges_do_not_make_a_block_round():
    g = generate_from_prompt("block 30x20x10, R2 rounds on all edges")
    assert g.family == "box" and g.params["fillet_radius"] == 2


# ---- drawing notes -------------------------------------------------------------------------------
def test_bore_named_before_its_size_beside_a_bolt_circle():
    g = generate_from_prompt("FLANGE Ø140 X 18 THK, CENTRE BORE Ø45 THRU, 5X Ø10 THRU EQ SP ON PCD 110")
    p = g.params
    assert (p["bore_diameter"], p["hole_count"], p["hole_diameter"], p["bolt_circle"]) == (45, 5, 10, 110)


def test_chamfer_without_the_degree_sign_and_holes_at_a_rectangle():
    g = generate_from_prompt("Plate 140x90x12, 4x M10 TAP THRU @ 110x60, 2x45 CHAMFER ALL TOP EDGES")
    p = g.params
    assert (p["chamfer_size"], p["x_pitch"], p["y_pitch"], p["hole_diameter"]) == (2, 110, 60, 8.5)  # M10 tap drill
    assert g.reading.confidence == "high"


def test_a_lone_count_word_is_not_a_size():
    spec = parse_prompt("plate 100 x 50 x 5 with 4 holes")
    assert spec.counts["holes"] == 4 and "hole_diameter" not in spec.dims


def test_unknown_things_are_still_refused():
    with pytest.raises((NotUnderstood, NotUnderstoodError)):
        generate_from_prompt("a 250 ml mug")
