"""The item-6 part families (bushing, bolt spacer, male-female standoff, shaft collar, shaft, pipe clamp,
corner bracket): which family a prompt picks, the parameters it reads, what it assumes and how sure it says
it is. Their geometry runs through the sandbox in test_families.py (each family's EXAMPLES)."""

from __future__ import annotations

import pytest

from naturalcad.sources.templates import generate_from_prompt


def made(prompt: str):  # type: ignore[no-untyped-def]
    return generate_from_prompt(prompt)


@pytest.mark.parametrize("prompt,family", [
    # the new families win their own prompts ...
    ("bronze bush 12 ID 16 OD 20 long with 22 mm flange 3 thick", "bushing"),
    ("top-hat bushing 6 ID, 10 OD, 12 long, flange 14 x 2", "bushing"),
    ("plain sleeve 25 OD 20 ID 40 long", "tube"),      # a plain bush is a tube: the same part
    ("bush 16 mm bore, 22 mm OD, 25 mm length", "tube"),
    # ... and the nearby existing families keep theirs
    ("flange 100 OD, 10 thick, 4x 9 bolt holes on 80 PCD", "flange"),
    ("tube 40 OD, 2 wall, 300 long", "tube"),
    ("washer M8", "tube"),
])
def test_family_choice(prompt, family):
    assert made(prompt).family == family


def test_flanged_bushing_reads_every_size():
    r = made("flange bushing 8 bore, 12 outside, 15 overall, flange Ø18 x 1.5")
    assert r.params == {"bore": 8.0, "outer_diameter": 12.0, "length": 15.0,
                        "flange_diameter": 18.0, "flange_thickness": 1.5}
    assert r.reading.confidence == "high"
    # a bare "15 long" could be the barrel's or the overall length: read as overall, and said so
    r = made("flange bushing 8 bore, 12 outside, 15 long, flange Ø18 x 1.5")
    assert r.params["length"] == 15.0
    assert "overall length" in {a.name for a in r.reading.assumed}
    assert r.reading.confidence == "medium"


def test_bushing_for_a_shaft_states_its_assumed_sizes():
    r = made("flanged bush for a 10 mm shaft, 15 long")
    assert (r.params["bore"], r.params["length"]) == (10.0, 15.0)
    assert r.params["outer_diameter"] == 14.0          # wall a fifth of the bore, rounded up
    assumed = {a.name for a in r.reading.assumed}
    assert {"outside diameter", "flange diameter", "flange thickness"} <= assumed
    assert r.reading.confidence != "high"               # a main size was assumed


def test_sleeve_from_inner_diameter_and_wall():
    assert made("bearing sleeve, inner diameter 30, wall 2.5, length 30").params["outer_diameter"] == 35.0
    assert made("flanged sleeve, inner diameter 30, wall 2.5, length 30").params["outer_diameter"] == 35.0


def test_bushing_flange_smaller_than_body_is_refused():
    from naturalcad.sources.templates import NotUnderstood
    with pytest.raises(NotUnderstood, match="flange diameter 14 mm must be larger"):
        made("flanged bushing 10 ID, 16 OD, 20 long, flange 14 x 2")


@pytest.mark.parametrize("prompt,ends", [
    ("male-female hex standoff M3 x 10", 1), ("PCB standoff M3 male to female 8 mm", 1), ("M-F standoff M2.5x6", 1),
    ("M3 male/female spacer, hex, 12 long", 1), ("M3 male-male standoff, 10 mm", 2),
    ("M2.5 female-female standoff, 12 mm", 0), ("hex spacer M3 female both ends 25mm", 0), ("M3 standoff 10 mm", 0),
])
def test_standoff_ends(prompt, ends):
    r = made(prompt)
    assert r.family == "hex_standoff"
    assert r.params.get("male_ends", 0) == ends
    assert ("hole_depth" in r.params) == (ends == 1)     # only male-female has a blind female end
    assert ("hole_diameter" in r.params) == (ends != 2)


def test_male_female_standoff_body_and_stud_from_the_prompt():
    r = made("M4 male female hex standoff, 7 AF, 20 mm body, 8 mm thread")
    assert (r.params["length"], r.params["stud_length"], r.params["hole_diameter"]) == (20.0, 8.0, 3.3)
    r = made("male-female hex standoff M3, 5.5 hex, 15 body plus a 6 mm stud")
    assert (r.params["length"], r.params["stud_length"]) == (15.0, 6.0)
    assert r.reading.confidence == "high"


def test_standoff_catalogue_stud_and_assumed_length():
    r = made("male-female standoff M3")
    assert r.params["stud_length"] == 6.0 and r.params["across_flats"] == 5.5
    assert r.reading.confidence != "high"               # the body length was assumed
    assert any("stud" in n for n in r.notices)


def test_spacer_for_a_bolt_uses_clearance_bore_and_washer_od():
    r = made("spacer for M4, 10 long")
    assert r.family == "bolt_spacer"
    assert (r.params["bore"], r.params["outer_diameter"], r.params["length"]) == (4.5, 9.0, 10.0)
    assert any("ISO 7089" in a.name for a in r.reading.assumed)   # the OD is an assumption, said so
    assert any("ISO 273" in n for n in r.notices)                  # the bore comes from the standard
    assert r.reading.confidence == "medium"


@pytest.mark.parametrize("prompt,bore,od,length", [
    ("spacer for an M8 bolt, 24 OD, 30 long", 9.0, 24.0, 30.0),
    ("spacer M6 x 20", 6.6, 12.0, 20.0),
    ("spacer, 10 mm bore, 5 mm wall, 12 long", 10.0, 20.0, 12.0),
    ("nylon spacer for M3 screws, 6 mm long, 7 mm outside", 3.4, 7.0, 6.0),
])
def test_spacer_sizes(prompt, bore, od, length):
    r = made(prompt)
    assert (r.params["bore"], r.params["outer_diameter"], r.params["length"]) == (bore, od, length)


@pytest.mark.parametrize("prompt,family", [
    ("hex spacer M3 female both ends 25mm", "hex_standoff"),
    ("spacer ring 37 mm outside, 28 inside, 4 mm thick", "tube"),
    ("spacer plate 60 x 60 x 6 with four 5.5 holes", "plate_with_holes"),
])
def test_spacer_leaves_other_shapes_to_their_families(prompt, family):
    assert made(prompt).family == family


def test_set_screw_collar_reads_bore_od_width_and_screw():
    r = made("shaft collar, 20 bore, 35 OD, 12 wide, M5 set screw")
    assert r.family == "shaft_collar"
    assert r.params == {"bore": 20.0, "outer_diameter": 35.0, "width": 12.0, "set_screws": 1, "screw_hole": 4.2}
    assert r.reading.confidence == "high"
    assert made("locking collar 30 mm ID 50 mm OD 16 mm wide with two M6 set screws at 90°").params["set_screws"] == 2


def test_collar_for_a_shaft_takes_din_705_sizes_and_says_so():
    r = made("shaft collar for a 10 mm shaft")
    assert (r.params["bore"], r.params["outer_diameter"], r.params["width"]) == (10.0, 20.0, 10.0)
    assert r.params["screw_hole"] == 4.2                 # M5 tap drill, the DIN 705 screw
    assert r.reading.confidence == "medium"
    assert any("DIN 705" in a.name for a in r.reading.assumed)


def test_clamp_collar_has_a_slit_and_a_screw_that_fits():
    r = made("clamp collar 25 bore 45 OD 15 wide")
    assert r.params["slit"] > 0 and r.params["screw_hole"] < (45 - 25) / 2 * 0.9
    assert "set_screws" not in r.params
    from naturalcad.sources.templates import NotUnderstood
    with pytest.raises(NotUnderstood, match="M8 clamp screw"):
        made("split collar 10 bore, 16 OD, 8 wide, M8 clamp screw")


@pytest.mark.parametrize("prompt,family", [
    ("collar 30 OD, 20 ID, 10 long", "tube"),           # no shaft-collar word: a plain ring
])
def test_collar_without_a_collar_cue_stays_a_tube(prompt, family):
    assert made(prompt).family == family


@pytest.mark.parametrize("prompt,width,depth,length", [
    ("shaft 20 mm dia 100 long with a 6 mm keyway 25 long", 6.0, 3.5, 25.0),
    ("keyed shaft 40 mm diameter, 200 mm long, 12 x 8 key, 50 long keyway", 12.0, 5.0, 50.0),
    ("shaft 30 dia, 150 long, keyway", 8.0, 4.0, 45.0),           # DIN 6885 for 22 < d <= 30; 1.5 d key length
])
def test_keyway_sizes_follow_din_6885(prompt, width, depth, length):
    r = made(prompt)
    assert r.family == "shaft"
    assert (r.params["keyway_width"], r.params["keyway_depth"], r.params["keyway_length"]) == (width, depth, length)
    assert "keyway" not in r.reading.unread


def test_keyway_at_one_end_starts_near_the_end():
    r = made("shaft 30 dia, 200 long, with an 8 mm keyway 40 long at one end")
    assert r.params["keyway_start"] == 4.0
    assert made("shaft 30 dia, 200 long, with an 8 mm keyway 40 long").params["keyway_start"] == 80.0


def test_d_flat_and_steps():
    r = made("8 mm D-shaft, 60 long, flat 0.5 mm deep along the whole length")
    assert (r.params["diameter"], r.params["flat_depth"], r.params["flat_length"]) == (8.0, 0.5, 60.0)
    r = made("5 mm motor shaft 20 long with a flat")
    assert r.params["flat_depth"] == 0.5 and any("flat depth" in a.name for a in r.reading.assumed)
    r = made("stepped shaft: 25 dia x 40 long, then 20 dia x 60 long")
    assert (r.params["diameter"], r.params["length"], r.params["step2_diameter"], r.params["step2_length"]) == (25, 40, 20, 60)


def test_impossible_keyway_is_refused():
    from naturalcad.sources.templates import NotUnderstood
    with pytest.raises(NotUnderstood, match="too big for a 10 mm shaft"):
        made("shaft 10 dia 50 long with an 8 mm keyway")


@pytest.mark.parametrize("prompt,family", [
    ("shaft 20 mm diameter, 100 long", "cylinder"),      # a plain shaft stays a cylinder
    ("shaft collar, 20 bore, 35 OD, 12 wide", "shaft_collar"),
    ("spur gear 20 teeth module 2 with a keyway", "spur_gear"),
])
def test_shaft_only_takes_machined_shafts(prompt, family):
    assert made(prompt).family == family


def test_pipe_clamp_reads_pipe_strap_and_ears():
    r = made("U-shaped pipe strap for a 50 mm pipe, 30 mm wide, 3 mm steel, 9 mm bolt holes, 20 mm ears")
    assert r.family == "pipe_clamp"
    assert r.params == {"pipe_diameter": 50.0, "width": 30.0, "thickness": 3.0, "ear_length": 20.0,
                        "hole_diameter": 9.0, "ears": 2}
    assert r.reading.confidence == "high"
    r = made("pipe clamp for 32 mm pipe, strap 20 wide 3 thick, two bolt ears with 6.5 holes")
    assert (r.params["ear_length"], r.params["hole_diameter"]) == (15.0, 6.5)   # "two" counts ears, not a size


def test_pipe_clamp_defaults_are_stated_and_not_high():
    r = made("pipe saddle clip for 20 mm pipe")
    assert r.params["pipe_diameter"] == 20.0 and r.params["hole_diameter"] == 4.5   # M4 clearance
    assert {"strap width", "strap thickness", "ear length"} <= {a.name for a in r.reading.assumed}
    assert r.reading.confidence == "medium"
    assert made("one hole strap for 20 mm conduit").params["ears"] == 1


@pytest.mark.parametrize("prompt", ["tube clamp block: 40x40x20 with a 20 mm hole", "pipe 48.3 x 3.2 x 500"])
def test_pipe_clamp_leaves_blocks_and_pipes_alone(prompt):
    assert made(prompt).family != "pipe_clamp"


def test_angle_bracket_sized_like_steel_angle_assumes_its_width():
    r = made("90° angle bracket 40x40x3 with 2 holes per leg")
    assert (r.params["leg_a"], r.params["leg_b"], r.params["thickness"], r.params["holes_per_leg"]) == (40, 40, 3, 2)
    assert "width" in {a.name for a in r.reading.assumed}
    assert r.reading.confidence != "high"


@pytest.mark.parametrize("prompt,gussets", [
    ("gusseted corner bracket 50 x 50 x 4, 40 wide, 2 holes each leg", 2),
    ("corner bracket with a triangular gusset, 40 x 40 legs, 20 wide, 4 thick", 1),
    ("L bracket 40 x 40 legs, 20 wide, 4 thick", 0),
])
def test_gussets(prompt, gussets):
    r = made(prompt)
    assert r.family == "l_bracket"
    assert r.params.get("gussets", 0) == gussets
    assert "gusset" not in r.reading.unread and "gusseted" not in r.reading.unread


def test_bracket_counterbores_and_hole_split():
    r = made("angle bracket 40x40x5, 25 wide, one counterbored 4.5 mm hole per leg, 8 mm counterbore 2.5 deep")
    assert (r.params["counterbore_diameter"], r.params["counterbore_depth"]) == (8.0, 2.5)
    assert r.reading.confidence == "high"
    r = made("L-bracket 35x35x3, 30 wide, with four 4 mm holes, two on each flange")
    assert r.family == "l_bracket" and r.params["holes_per_leg"] == 2
    r = made("right angle bracket, 80 mm tall, 60 mm base, 40 wide, 6 thick, 3 holes of 8 mm in each leg")
    assert (r.params["leg_a"], r.params["leg_b"], r.params["holes_per_leg"]) == (60, 80, 3)


@pytest.mark.parametrize("prompt,family", [
    ("flange 100 OD, 10 thick, 6 holes", "flange"),
    ("bracket plate 80 x 60 x 5 with a gusset", "bracket_plate"),
])
def test_bracket_neighbours_keep_their_prompts(prompt, family):
    assert made(prompt).family == family
