"""Issue 12 item 6, how people give a family's sizes: a flange outside or inside the length, a spacer's
bore for its bolt, a pulley's given width, flats, keyseats, lids, knuckles, pegs and cradles.
The parameters read and how sure the reading says it is; each family's EXAMPLES measure the geometry
through the sandbox (test_families.py)."""

from __future__ import annotations

import pytest

from naturalcad.sources.templates import generate_from_prompt


def made(prompt: str):  # type: ignore[no-untyped-def]
    return generate_from_prompt(prompt)


@pytest.mark.parametrize("prompt,length,overall", [
    ("flanged bushing: bore 10, OD 14, flange Ø20 x 3, 20 overall", "length", 20.0),
    ("flanged bush ID 8 OD 12, flange 18 dia 2 thick, total length 16", "length", 16.0),
    ("flanged sleeve bearing, 12 ID 16 OD, 15 long plus a 2 mm Ø22 flange", "barrel_length", 15.0),
    ("flange bushing 20 bore, 26 outside, barrel 30 long, 3 mm thick Ø34 flange", "barrel_length", 30.0),
])
def test_flange_inside_or_outside_the_length(prompt, length, overall):
    r = made(prompt)
    assert r.family == "bushing"
    assert r.params[length] == overall
    assert r.reading.confidence == "high"


@pytest.mark.parametrize("prompt,diameter,thickness", [
    ("flanged bushing for a 12 mm shaft, 18 OD, 20 long plus a 3 mm flange of 25 dia", 25.0, 3.0),
    ("flanged sleeve, 12 ID 16 OD, 15 long plus a 2 mm Ø22 flange", 22.0, 2.0),
    ("flange bush 20 bore, 26 outside, 30 overall, 3 mm thick Ø34 flange", 34.0, 3.0),
    ("flanged bush 6 ID 10 OD 12 overall, flange 14 x 2", 14.0, 2.0),
])
def test_flange_sizes_in_any_order(prompt, diameter, thickness):
    r = made(prompt)
    assert (r.params["flange_diameter"], r.params["flange_thickness"]) == (diameter, thickness)


@pytest.mark.parametrize("prompt,bore", [
    ("hex bolt spacer 10 AF, 15 long, for M6", 6.6),          # a spacer: the bolt passes through
    ("hex spacer 13 mm across flats, 30 long, for M8 bolts", 9.0),
    ("M4 hex standoff, female/female, 25 mm, 7 mm across flats", 3.3),   # a standoff: tapped
    ("hex spacer M5 x 20, tapped both ends, 8 AF", 4.2),
])
def test_spacer_is_clearance_standoff_is_tapped(prompt, bore):
    r = made(prompt)
    assert r.family == "hex_standoff"
    assert r.params["hole_diameter"] == bore
    assert r.reading.confidence == "high"


@pytest.mark.parametrize("prompt,bore", [
    ("round standoff Ø6 x 25, M3 female both ends through (2.5 drill)", 2.5),   # the drill written wins
    ("round spacer standoff 8 OD 20 long, M4 tapped through", 3.3),
])
def test_round_standoff_is_tapped(prompt, bore):
    r = made(prompt)
    assert r.family == "tube"
    assert r.params["inner_diameter"] == bore
    assert r.reading.confidence == "high"


@pytest.mark.parametrize("prompt,od,face", [
    ("V-belt pulley, 60 OD, 16 wide, 8 mm bore, single groove", 60.0, 16.0),   # given width wins over ISO 4183's 20
    ("A-section V pulley, 100 mm outside diameter, 22 wide, 15 bore", 100.0, 22.0),
])
def test_v_pulley_keeps_the_given_outside_and_width(prompt, od, face):
    r = made(prompt)
    assert r.family == "v_belt_pulley"
    assert (r.params["outside_diameter"], r.params["face_width"]) == (od, face)
    assert "edge_distance" not in r.params    # the grooves are centred on the given face
    assert r.reading.confidence == "high"


def test_v_pulley_face_too_narrow_for_its_grooves_is_refused():
    from naturalcad.sources.templates import NotUnderstood
    with pytest.raises(NotUnderstood, match="too narrow for 3 B grooves"):
        made("B section V pulley, 3 grooves, 150 OD, 30 wide, 25 bore")


@pytest.mark.parametrize("prompt,params", [
    ("flat belt pulley Ø80 x 25 wide, 10 mm bore, hub Ø30 x 10 on one side",
     {"outside_diameter": 80.0, "face_width": 25.0, "bore_diameter": 10.0, "hub_diameter": 30.0, "hub_length": 10.0}),
    ("flat belt pulley 60 x 20 with a Ø25 hub 8 long on one side, 8 mm bore",
     {"outside_diameter": 60.0, "face_width": 20.0, "hub_diameter": 25.0, "hub_length": 8.0}),
    ("flat pulley 100 dia, 30 face width, 12 bore", {"outside_diameter": 100.0, "face_width": 30.0, "hub_length": 0.0}),
])
def test_flat_pulley_reads_rim_and_hub(prompt, params):
    r = made(prompt)
    assert r.family == "flat_pulley"
    assert {k: r.params[k] for k in params} == params
    assert r.reading.confidence == "high"


def test_flat_pulley_without_sizes_says_what_it_assumed():
    r = made("flat belt pulley")
    assert {"outside diameter", "face width", "bore"} <= {a.name for a in r.reading.assumed}
    assert r.reading.confidence != "high"


def test_timing_pulley_fills_a_given_length():
    r = made("GT2 timing pulley 16T, 5 mm bore, 8 mm long, no flanges")
    assert (r.params["tooth_width"], r.params["hub_length"], r.params["flange_thickness"]) == (8.0, 0.0, 0.0)
    r = made("GT2 20T pulley 5 mm bore 16 mm long")   # room for the usual hub: 7 teeth + 2 x 1 flange + 7 hub
    assert (r.params["tooth_width"], r.params["hub_length"]) == (7.0, 7.0)


@pytest.mark.parametrize("prompt,params", [
    ("Ø10 shaft 60 long with two opposite 1 mm flats (double D)",
     {"diameter": 10.0, "length": 60.0, "flat_depth": 1.0, "flat_length": 60.0, "flats": 2}),
    ("double-D shaft 8 mm, 50 long, 7 across the flats", {"diameter": 8.0, "across_flats": 7.0, "flats": 2}),
    ("8 mm D shaft 30 long, 7.5 across the flat", {"diameter": 8.0, "across_flats": 7.5}),
    ("spindle 12 dia 80 long with a flat 1 mm deep and 20 long at one end",
     {"length": 80.0, "flat_depth": 1.0, "flat_length": 20.0}),
])
def test_shaft_flats(prompt, params):
    r = made(prompt)
    assert r.family == "shaft"
    assert {k: r.params.get(k) for k in params} == params
    assert r.reading.confidence == "high"


@pytest.mark.parametrize("prompt,length,key_length", [
    ("shaft Ø25 x 150 with a DIN 6885 feather-key seat 50 long in the middle", 150.0, 50.0),
    ("Ø30 shaft 200 long, 40 mm DIN 6885 keyseat in the middle", 200.0, 40.0),
])
def test_a_keyseat_length_is_not_the_shaft_length(prompt, length, key_length):
    r = made(prompt)
    assert (r.params["length"], r.params["keyway_length"]) == (length, key_length)
    assert r.params["keyway_start"] == (length - key_length) / 2        # in the middle
    assert r.reading.confidence == "high"                               # DIN 6885 read as the standard


@pytest.mark.parametrize("prompt,lid", [
    ("enclosure 100 x 70 x 40 with separate lid, 2 mm walls and floor; lid a flat 2 mm plate 100 x 70", 2.0),
    ("project box 120 x 80 x 50 outside, walls 2.5, floor 2.5, separate flat lid 2.5 thick", 2.5),
    ("electronics enclosure 150 x 100 x 60 with a separate lid; 3 mm walls, 3 mm base, lid a 3 mm flat plate", 3.0),
])
def test_a_flat_lid_has_no_lip_and_the_height_is_the_box(prompt, lid):
    r = made(prompt)
    assert r.family == "enclosure_with_lid"
    assert (r.params["lip_height"], r.params["lid_thickness"]) == (0.0, lid)
    assert r.reading.confidence == "high"


def test_a_lid_of_unsaid_form_is_not_high():
    r = made("enclosure with lid 80x60x30, 3 mm walls")
    assert r.params["lip_height"] > 0 and "lip height" in {a.name for a in r.reading.assumed}
    assert r.reading.confidence != "high"


@pytest.mark.parametrize("prompt,params", [
    ("hinge leaf: 50 x 20 x 2 plate, knuckle Ø6 with Ø3 pin hole along one 50 edge (knuckle centred on that edge), "
     "two 3.5 holes", {"knuckle_diameter": 6.0, "pin_diameter": 3.0, "hinge_knuckles": 1, "knuckle_on_edge": True,
                       "screw_holes": 2}),
    ("hinge leaf 40 long, 25 wide, 1.5 thick, Ø5 knuckle with a Ø2 pin hole along the 40 edge (knuckle axis on "
     "that edge)", {"knuckle_diameter": 5.0, "pin_diameter": 2.0, "hinge_knuckles": 1, "knuckle_on_edge": True}),
    ("hinge leaf 40 x 30 x 2 with a 5 mm knuckle along one long edge", {"knuckle_diameter": 5.0, "hinge_knuckles": 5}),
    ("butt hinge leaf, 50 long, 25 wide, 2.5 thick, 6 mm knuckle with 3 mm pin hole", {"hinge_knuckles": 5}),
])
def test_hinge_knuckle_sizes_and_form(prompt, params):
    r = made(prompt)
    assert r.family == "hinge_leaf"
    assert {k: r.params.get(k) for k in params} == params


def test_a_count_after_one_is_not_read_across_a_parenthesis():
    r = made("hinge leaf: 50 x 20 x 2 plate, knuckle Ø6 with Ø3 pin hole along one 50 edge (knuckle centred on "
             "that edge), two 3.5 holes")
    assert r.reading.confidence == "high"     # "one 50 edge (knuckle": neither 1 nor 50 knuckles


@pytest.mark.parametrize("prompt,params", [
    ("coat hook: back plate 60x20x4, two 4 mm screw holes 40 apart, Ø8 peg 40 long straight out of the middle",
     {"plate_height": 60.0, "width": 20.0, "thickness": 4.0, "peg_diameter": 8.0, "hook_reach": 40.0, "hole_spacing": 40.0}),
    ("coat peg on an 80x30x6 plate with three 4.5 screw holes, round peg Ø12 x 50",
     {"plate_height": 80.0, "peg_diameter": 12.0, "hook_reach": 50.0, "screw_holes": 3}),
])
def test_a_peg_hook_reads_plate_and_peg(prompt, params):
    r = made(prompt)
    assert r.family == "wall_hook"
    assert {k: r.params.get(k) for k in params} == params
    assert r.reading.confidence == "high"


def test_peg_hook_holes_that_hit_the_peg_are_refused():
    from naturalcad.sources.templates import NotUnderstood
    with pytest.raises(NotUnderstood, match="run into the Ø12 peg"):
        made("wall hook, back plate 60x20x4, two 4 mm holes 10 apart, Ø12 peg 40 long")


@pytest.mark.parametrize("prompt,params", [
    ("pipe clamp half for 32 mm pipe: block 70 long, 15 wide, 20 high, Ø32 half-round cut centred on the top, "
     "two 6.6 bolt holes 26 each side of centre",
     {"block_length": 70.0, "block_width": 15.0, "block_height": 20.0, "pipe_diameter": 32.0, "hole_offset": 26.0}),
    ("saddle block for a 20 mm tube: 50 long, 16 wide, 15 tall, semicircular Ø20 groove on the top face, "
     "2x M5 clearance holes 17 off centre", {"pipe_diameter": 20.0, "hole_diameter": 5.5, "hole_offset": 17.0}),
    ("pipe clamp half for 25 mm pipe, block 60 x 20 x 18 high, Ø25 half-round on top, two 5.5 holes 40 apart",
     {"block_length": 60.0, "block_width": 20.0, "block_height": 18.0, "hole_spacing": 40.0}),
])
def test_a_clamp_half_is_a_block_with_a_cradle(prompt, params):
    r = made(prompt)
    assert r.family == "pipe_clamp"
    assert {k: r.params.get(k) for k in params} == params
    assert r.reading.confidence == "high"


def test_a_cradle_deeper_than_its_block_is_refused():
    from naturalcad.sources.templates import NotUnderstood
    with pytest.raises(NotUnderstood, match="cradle is 5 mm deeper than the 20 mm block"):
        made("pipe clamp half for 50 mm pipe, block 90 x 20 x 20, half-round cut on top")


def test_a_flat_sized_in_the_next_clause_and_placed_from_an_end():
    r = made("shaft 12 dia 80 long with a 1 mm deep flat, 20 mm long, starting 30 from one end")
    assert (r.params["flat_length"], r.params["flat_start"]) == (20.0, 30.0)
    assert r.reading.confidence == "high"


@pytest.mark.parametrize("prompt,bores", [
    ("motor coupler 5 mm to 8 mm, 20 dia, 25 long", (5.0, 8.0)),
    ("rigid shaft coupling 8x8, 25 OD 30 long", (8.0, 8.0)),
])
def test_shaft_coupler_reads_its_two_bores(prompt, bores):
    r = made(prompt)
    assert r.family == "shaft_coupler"
    assert (r.params["bore_a"], r.params["bore_b"]) == bores
    assert r.reading.confidence == "high"


def test_a_pipe_coupling_is_not_a_shaft_coupler():
    assert made("pipe coupling 42 OD 36 ID 50 long").family == "tube"


def test_a_flexible_coupling_is_not_high():
    r = made("flexible coupling for 6 mm and 10 mm shafts")
    assert r.family == "shaft_coupler" and r.reading.confidence != "high"   # its flexure is not modelled
