"""A standard name inside the description of another part names a feature of that host, not its size
(issue 12 items 3 and 5): a bearing's OD is the housing's bore, a T-slot series is the profile a bracket
goes on, a tapped size is a tap-drill hole, a trade length is the stock's length. Values asserted."""

import pytest

from naturalcad.prompt.reading import Reading
from naturalcad.prompt.written_forms import before_standards
from naturalcad.sources.designation_account import account_unread
from naturalcad.sources.templates import generate_from_prompt


def _made(prompt: str):
    r = generate_from_prompt(prompt)
    return r.family, r.params, r.reading


# ---- trade lengths of stock -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("prompt", "family", "sizes"), [
    ("a foot of 3/4 sch 40", "tube", {"outer_diameter": 26.7, "inner_diameter": 20.96, "length": 304.8}),
    ("half a metre of 20 x 20 square tube, 2 wall (sharp corners is fine)", "rect_tube", {"length": 500.0}),
    ("an inch-and-a-half thick slice off a 3 inch round bar", "cylinder", {"diameter": 76.2, "height": 38.1}),
    ("quarter metre of 1-1/2 inch OD tube, 16 gauge wall", "tube", {"outer_diameter": 38.1, "inner_diameter": 34.798,
                                                                    "length": 250.0}),
])
def test_a_trade_length_is_the_stock_length(prompt, family, sizes):
    fam, params, _ = _made(prompt)
    assert fam == family
    for name, value in sizes.items():
        assert params[name] == pytest.approx(value, abs=0.01), name


def test_dressed_lumber_is_its_planed_size_and_a_grid_is_not_lumber():
    fam, params, _ = _made("2 ft stick of 2x4, actual dressed size, square edges")
    assert fam == "box" and sorted(params[k] for k in ("length", "width", "height")) == [38.1, 88.9, 609.6]
    assert "2x4 grid" in before_standards("a 2x4 grid of 5 mm holes in a 100x60x3 plate")[0]


def test_the_length_is_moved_whole_before_the_standards_read_it():
    text, uses = before_standards("a foot of 3/4 sch 40 pipe")
    assert text == "3/4 sch 40 pipe, 304.8 mm long" and uses[0].typed == "a foot of 3/4 sch 40 pipe"
    assert before_standards("a foot of clearance around it")[1] == []   # no stock named


# ---- a bearing inside its host --------------------------------------------------------------------------------
def test_wall_around_the_bearing_od_makes_the_od_the_bore():
    fam, params, reading = _made("6001 seat ring: 3mm wall around the bearing OD, as wide as the bearing")
    assert fam == "tube" and (params["inner_diameter"], params["outer_diameter"], params["length"]) == (28.0, 34.0, 8.0)
    assert reading.confidence == "high"


def test_the_bearing_bore_of_a_housing_is_the_bearing_od():
    fam, params, _ = _made("housing block for a 608 bearing: 40x40x12, bearing bore right through the middle")
    assert fam == "plate_with_holes" and params["hole_diameter"] == 22.0 and params["hole_count"] == 1


def test_a_ring_the_bearing_presses_into():
    fam, params, reading = _made("ring with 35 OD that a 608 bearing presses into, same thickness as the bearing, "
                                 "bore straight through at the bearing OD")
    assert fam == "tube" and (params["outer_diameter"], params["inner_diameter"], params["length"]) == (35.0, 22.0, 7.0)
    assert "presses" not in reading.unread


def test_a_linear_bushing_is_a_bearing_designation():
    fam, params, _ = _made("linear bearing block for an LM8UU. 34 x 30 footprint, 24 long in the bearing direction, "
                           "bore right through along the 24 for the bearing (bore = bearing OD exactly)")
    assert fam == "plate_with_holes" and params["hole_diameter"] == 15.0
    assert sorted((params["length"], params["width"], params["thickness"])) == [24.0, 30.0, 34.0]


# ---- a T-slot series after "for" is the profile the part goes on ---------------------------------------------
def test_corner_bracket_for_3030_is_as_wide_as_the_profile():
    fam, params, _ = _made("corner bracket for 3030, both legs 30 x 30, 4 thk, one 6.5 hole in the middle of each leg "
                           "(15 from the outside corner)")
    assert fam == "l_bracket"
    assert (params["leg_a"], params["leg_b"], params["width"], params["thickness"]) == (30.0, 30.0, 30.0, 4.0)
    assert params["hole_diameter"] == 6.5 and params["holes_per_leg"] == 1


def test_end_cap_for_a_bare_series_is_still_its_outline():
    fam, params, _ = _made("end cap for 2020, 3 mm thick")
    assert fam == "plate_with_holes" and (params["length"], params["width"], params["thickness"]) == (20.0, 20.0, 3.0)


# ---- screw sizes as host features -----------------------------------------------------------------------------
def test_screw_clearance_without_the_hole_noun_one_per_corner():
    fam, params, _ = _made("plate 80 x 50 x 5, M5 screw clearance (normal) one in each corner, 6 from the edges")
    assert fam == "plate_with_holes" and params["hole_diameter"] == 5.5
    assert (params["rows"], params["columns"], params["edge_offset"]) == (2, 2, 6.0)


def test_tapped_centre_of_a_round_part_is_its_tap_drill_bore():
    fam, params, reading = _made("Round boss Ø30, 20 high, M8 tapped through in the centre")
    assert fam == "cylinder" and params["bore_diameter"] == 6.8 and params["tapped"] is True
    assert "tapped" not in reading.unread


def test_tapped_holes_at_both_ends_are_two():
    _fam, params, reading = _made("flat bar 100 by 30 by 15, M10 tapped thru at both ends, 12 from the ends, through the 15")
    assert (params["hole_count"], params["hole_diameter"], params["edge_offset"]) == (2, 8.5, 12.0)
    assert params["tapped"] is True and reading.confidence == "high"


def test_ff_standoff_tapped_from_each_end_is_blind():
    fam, params, _ = _made("hex standoff F-F M5, 8mm AF, 25 long. tapped 8 deep from each end (4.2 drill), NOT drilled through")
    assert fam == "hex_standoff" and (params["hole_diameter"], params["hole_depth"]) == (4.2, 8.0)


# ---- honesty: a catalogue name no reader placed ---------------------------------------------------------------
def test_a_designation_the_step_reader_did_not_read_is_listed():
    reading = Reading(confidence="high")
    assert account_unread(reading, "mounting plate 60 x 40 x 6 for a KFL08 bearing, bore right through") == ["KFL08"]
    assert reading.confidence == "medium" and "KFL08" in reading.unread
    assert account_unread(Reading(confidence="high"), "plate 60 x 40 x 5 with four 5 mm holes") == []


@pytest.mark.parametrize("prompt, od, length", [
    ("half inch schedule 40 pipe, 250 mm", 21.3, 250.0),       # spelled out as "0.5 inch" first (spelled_numbers)
    ("0.75\" sch 40 pipe 100 long", 26.7, 100.0),
    ("1.25 in sch 80 pipe, 300 long", 42.2, 300.0),
])
def test_a_decimal_nominal_pipe_size_is_its_fraction(prompt: str, od: float, length: float) -> None:
    fam, params, _ = _made(prompt)
    assert fam == "tube" and params["outer_diameter"] == od and params["length"] == length
