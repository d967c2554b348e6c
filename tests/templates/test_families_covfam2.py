"""The catalogue families of issue 12 item 6 (second set): V-belt and timing pulleys, knobs,
hinge leaves, wall hooks, cable clips, enclosures with a lid, compression springs.

Prompts -> parameters (pure, fast) and prompts -> measured parts through the real guard and
sandbox.  Expected volumes are computed here independently of the generated script (Pappus
for revolved grooves, primitive sums for flat parts) and held to 1 %: the sandbox measures
the B-rep exactly, so 1 % only absorbs the parts' own round-offs.
"""

from __future__ import annotations

import math

import pytest

from naturalcad.sources.templates import generate_from_prompt

PI = math.pi


def _close(got: float, want: float, rel: float = 0.01, abs_tol: float = 0.05) -> bool:
    return abs(got - want) <= max(abs_tol, rel * abs(want))


def _measure(sandbox, prompt: str):
    made = generate_from_prompt(prompt)
    result = sandbox(made.code, made.output_type)
    assert result.success, result.error
    return made, result.geometry


# ------------------------------------------------------------------ V-belt pulleys

def _groove_volume(datum: float, width: float, below: float, angle: float, outside: float) -> float:
    """Volume a V groove removes from a rim of diameter `outside` (Pappus: 2 pi ∫ w(r) r dr)."""
    t = math.tan(math.radians(angle / 2))
    rd, r0, r1 = datum / 2, datum / 2 - below, outside / 2
    # w(r) = width + 2 (r - rd) t = a + 2 t r
    a = width - 2 * rd * t
    return 2 * PI * (a * (r1 ** 2 - r0 ** 2) / 2 + 2 * t * (r1 ** 3 - r0 ** 3) / 3)


def test_v_belt_section_sets_the_iso_4183_groove():
    made = generate_from_prompt("SPZ pulley 2 grooves, 100 mm pitch diameter, 19 bore")
    p = made.params
    assert made.family == "v_belt_pulley"
    assert (p["datum_diameter"], p["grooves"], p["bore_diameter"]) == (100.0, 2, 19.0)
    assert (p["datum_width"], p["groove_above_datum"], p["groove_below_datum"]) == (8.5, 2.0, 9.0)
    assert p["groove_angle"] == 38.0        # SPZ above 80 mm datum diameter
    small = generate_from_prompt("V-belt pulley for an A-section belt, 80 pitch diameter, 12 mm bore").params
    assert (small["groove_angle"], small["datum_width"], small["groove_pitch"]) == (34.0, 11.0, 15.0)
    assert made.reading.confidence == "high"


def test_v_belt_pulley_volume_is_the_rim_less_its_groove(sandbox):
    _made, geo = _measure(sandbox, "single groove Z-section vee pulley, datum dia 63, 10 mm bore")
    assert sorted(geo["extents"]) == pytest.approx([16.0, 67.0, 67.0], abs=0.01)
    rim = PI * (33.5 ** 2 - 5 ** 2) * 16
    want = rim - _groove_volume(63, 8.5, 7.0, 34.0, 67.0)
    assert _close(geo["volume"], want), (geo["volume"], want)
    assert geo["holes"] == 1


def test_a_pulley_with_no_size_says_what_it_assumed():
    made = generate_from_prompt("v-belt pulley")
    assumed = {a.name: a.value for a in made.reading.assumed}
    assert assumed["V-belt section"] == "A (13 mm)" and assumed["datum (pitch) diameter"] == 100.0
    assert made.reading.confidence != "high"


# ------------------------------------------------------------------ timing pulleys

@pytest.mark.parametrize("prompt,teeth,pitch,pld", [
    ("GT2 pulley 40T, 8 mm bore, no flanges, no hub, 7 mm wide", 40, 2.0, 0.254),
    ("HTD 5M pulley 30 teeth, 20 wide, 12 bore, no flanges, no hub", 30, 5.0, 0.5715),
    ("3M HTD pulley with 24 teeth, 10 wide, 6 mm bore, no hub, no flanges", 24, 3.0, 0.381),
])
def test_timing_pulley_reads_profile_and_teeth(prompt, teeth, pitch, pld):
    made = generate_from_prompt(prompt)
    p = made.params
    assert made.family == "timing_pulley"
    assert (p["teeth"], p["belt_pitch"], p["pitch_line_offset"]) == (teeth, pitch, pld)
    assert p["flange_diameter"] == 0 and p["hub_diameter"] == 0   # "no flanges, no hub" honoured
    assert made.reading.confidence == "high", made.reading.problems


def test_gt2_catalogue_pulley_has_flanges_hub_and_its_outside_diameter(sandbox):
    made, geo = _measure(sandbox, "GT2 20 tooth pulley for 6 mm belt, 5 mm bore")
    p = made.params
    od = 20 * 2 / PI - 2 * 0.254
    assert p["tooth_width"] == 7.0 and p["belt_width"] == 6.0
    assert p["flange_diameter"] == pytest.approx(od + 4, abs=1e-3)
    # 5 hub + ... : hub 7, flange 1, teeth 7, flange 1 -> 16 long, like the catalogue part
    assert sorted(geo["extents"]) == pytest.approx([16.0, od + 4, od + 4], abs=0.01)
    assert geo["holes"] == 1
    assert "GT2" in " ".join(v.role or "" for v in made.reading.values)


def test_nearby_families_keep_their_prompts():
    assert generate_from_prompt("spur gear 20 teeth module 2, 6 mm thick, 5 mm bore").family == "spur_gear"
    assert generate_from_prompt("sprocket 20 teeth").family == "spur_gear"
    assert generate_from_prompt("flange 80 OD, 4 holes, 30 bore").family == "flange"
    assert generate_from_prompt("disc 80 diameter 10 thick with 6 holes on a 60 PCD").family == "flange"


# ------------------------------------------------------------------ compression springs

def test_spring_reads_wire_diameter_length_coils_and_ends():
    made = generate_from_prompt("compression spring 0.8 mm wire 6 mm outside diameter 15 mm free length 7 active coils closed ends")
    p = made.params
    assert made.family == "compression_spring"
    assert (p["wire_diameter"], p["outer_diameter"], p["free_length"], p["active_coils"]) == (0.8, 6.0, 15.0, 7.0)
    assert p["closed_ends"] is True and p["ground_ends"] is False
    assert made.reading.confidence == "high"
    mean = generate_from_prompt("compression spring, wire 1.5, mean diameter 12, free length 40, 8 active coils, plain ends")
    assert mean.params["mean_diameter"] == 12.0 and mean.params["closed_ends"] is False
    assert mean.reading.confidence == "high"   # 12 is bound to the mean diameter, not left unread


def test_spring_with_no_sizes_is_not_high_and_coils_that_cannot_fit_are_refused():
    made = generate_from_prompt("a spring")
    assert made.reading.confidence != "high"
    assert {"outside diameter", "free length"} <= {a.name for a in made.reading.assumed}
    from naturalcad.sources.templates import NotUnderstood
    with pytest.raises(NotUnderstood, match="stack to 33 mm solid"):
        generate_from_prompt("spring 10 OD 3 mm wire 20 long 8 coils")


@pytest.mark.slow
def test_spring_is_a_helical_sweep_of_the_wire(sandbox):
    _made, geo = _measure(sandbox, "compression spring, wire 1.5, mean diameter 12, free length 40, 8 active coils, plain ends")
    pitch = (40 - 1.5) / 8
    wire_length = 8 * math.hypot(PI * 12, pitch)
    assert _close(geo["volume"], wire_length * PI * 1.5 ** 2 / 4), geo["volume"]
    assert sorted(geo["extents"]) == pytest.approx([13.5, 13.5, 40.0], abs=0.05)
    assert geo["holes"] == 0 and geo["solids"] == 1


# ------------------------------------------------------------------ enclosure with a lid

def test_enclosure_and_lid_are_two_solids_the_lip_inside_the_walls(sandbox):
    made, geo = _measure(sandbox, "enclosure 100x60x40 with a separate lid, 2 mm walls")
    assert made.family == "enclosure_with_lid"
    p = made.params
    assert (p["wall"], p["lid_thickness"], p["lip_clearance"]) == (2.0, 2.0, 0.2)   # stated defaults
    assert geo["solids"] == 2 and geo["holes"] == 0
    assert sorted(geo["extents"]) == pytest.approx([40.0, 100.0, 130.0], abs=0.01)   # lid beside, 10 mm apart
    box = 100 * 60 * 40 - 96 * 56 * 38
    lip_l, lip_w, lip_h = 100 - 4.4, 60 - 4.4, p["lip_height"]
    lid = 100 * 60 * 2 + (lip_l * lip_w - (lip_l - 4) * (lip_w - 4)) * lip_h
    assert _close(geo["volume"], box + lid), (geo["volume"], box + lid)


def test_exploded_enclosure_puts_the_lid_above():
    made = generate_from_prompt("electronics case 80x50x30 mm with a lid that fits inside, 1.5 mm wall, exploded view")
    assert made.family == "enclosure_with_lid" and made.params["exploded"] is True
    assert made.reading.confidence == "high"


def test_open_box_prompts_stay_open_boxes():
    assert generate_from_prompt("open box 80 x 50 x 30 mm, wall thickness 2 mm").family == "open_box"
    assert generate_from_prompt("tray 200 x 100 x 20, 2 mm walls").family == "open_box"
    assert generate_from_prompt("box without a lid 50x50x20, 2 mm walls").family == "open_box"


# ------------------------------------------------------------------ knobs

def test_knob_reads_grip_shaft_hole_and_nut_trap():
    made = generate_from_prompt("knob with a knurled rim, 25 dia x 12, M6 nut trap in the back")
    p = made.params
    assert made.family == "knob"   # not the M6 nut it holds
    assert (p["diameter"], p["height"], p["knurled_rim"]) == (25.0, 12.0, True)
    assert p["nut_trap_across_flats"] == 10.2 and p["shaft_hole"] == 6.6   # ISO 4032 s = 10 (+0.2), ISO 273 medium
    d = generate_from_prompt("fluted knob 40 mm diameter 20 high with a 6 mm D shaft bore").params
    assert d["fluted"] is True and d["d_flat"] == 1.5 and d["shaft_hole_depth"] == 14.0   # blind, 0.7 x height
    shaft_only = generate_from_prompt("a round knob for a 1/4 inch shaft")
    assert shaft_only.params["shaft_hole"] == 6.35 and shaft_only.params["diameter"] == 30.0
    assert shaft_only.reading.confidence != "high"   # its size was assumed


def test_lobed_knob_through_hole_and_skirted_knob(sandbox):
    _made, geo = _measure(sandbox, "5-lobe star knob, 50 across, 15 thick, 8 mm through hole")
    assert geo["holes"] == 1
    assert max(geo["extents"]) == pytest.approx(2 * (0.65 * 25 * math.cos(math.radians(18)) + 0.35 * 25), abs=0.02)
    made, geo = _measure(sandbox, "knob with a skirt: grip 20 dia, skirt 30 dia, 15 tall overall, 6 mm shaft hole")
    assert (made.params["diameter"], made.params["skirt_diameter"]) == (20.0, 30.0)
    assert sorted(geo["extents"]) == pytest.approx([15.0, 30.0, 30.0], abs=0.01) and geo["holes"] == 0


def test_plain_cylinders_stay_cylinders():
    assert generate_from_prompt("cylinder 30 dia 18 tall").family == "cylinder"
    assert generate_from_prompt("M6 hex nut").family == "hex_nut"


# ------------------------------------------------------------------ cable clips

def test_cable_clip_loop_fits_the_cable_and_tabs_carry_the_holes(sandbox):
    made, geo = _measure(sandbox, "cable clip 8 mm, one hole for an M4 screw, 3 mm thick, 15 wide")
    p = made.params
    assert (p["cable_diameter"], p["clip_thickness"], p["clip_width"], p["tabs"], p["hole_diameter"]) == (8.0, 3.0, 15.0, 1, 4.5)
    # loop top = cable radius + cable radius + thickness; one tab beyond the loop
    assert sorted(geo["extents"]) == pytest.approx([11.0, 15.0, 7 + 7 + p["tab_length"]], abs=0.01)
    arch = PI * (7 ** 2 - 4 ** 2) / 2 * 15
    legs = 2 * 3 * 4 * 15
    tab = p["tab_length"] * 15 * 3 - PI * 2.25 ** 2 * 3
    assert _close(geo["volume"], arch + legs + tab), geo["volume"]
    assert geo["holes"] == 1


def test_two_tab_saddle_and_default_cable():
    assert generate_from_prompt("saddle clip for 20 mm conduit, two fixing holes").params["tabs"] == 2
    made = generate_from_prompt("cable clip")
    assert made.params["cable_diameter"] == 6.0 and made.reading.confidence != "high"


# ------------------------------------------------------------------ wall hooks

def test_l_hook_plate_and_arm(sandbox):
    made, geo = _measure(sandbox, "wall hook, L shaped, back plate 60 tall 25 wide 4 thick, arm sticking out 50 mm, "
                                  "2 screw holes 4.5 mm")
    assert made.family == "wall_hook" and made.params["hook_radius"] == 0
    assert sorted(geo["extents"]) == pytest.approx([25.0, 50.0, 60.0], abs=0.01)
    assert _close(geo["volume"], 60 * 25 * 4 + 46 * 25 * 4 - 2 * PI * 2.25 ** 2 * 4)
    assert geo["holes"] == 2


def test_j_hook_bend_volume(sandbox):
    made, geo = _measure(sandbox, "coat hook J with 40 mm reach, 15 mm hook radius, 5 thick, 20 wide, plate 80 high, 3 screw holes 4 mm")
    p = made.params
    assert (p["hook_reach"], p["hook_radius"], p["screw_holes"]) == (40.0, 15.0, 3)
    plate = 5 * 20 * 80 - 3 * PI * 2 ** 2 * 5
    arm = (40 - 20) * 20 * 5 - 5 * 20 * 5           # the arm from the wall to the bend, less the plate's foot
    bend = PI * (20 ** 2 - 15 ** 2) / 4 * 20         # a quarter ring
    tip = 5 * 20 * 15
    assert _close(geo["volume"], plate + arm + bend + tip), geo["volume"]
    assert sorted(geo["extents"]) == pytest.approx([20.0, 40.0, 80.0], abs=0.01) and geo["holes"] == 3


def test_brackets_stay_brackets():
    assert generate_from_prompt("L bracket, legs 60 and 40, 30 wide, 5 thick, one 6.5 hole in each leg").family == "l_bracket"


# ------------------------------------------------------------------ hinge leaves

def test_hinge_leaf_knuckles_pin_and_screw_holes(sandbox):
    made, geo = _measure(sandbox, "butt hinge leaf, 50 long, 25 wide, 2.5 thick, 6 mm knuckle with 3 mm pin hole, 2 screw holes 4 mm")
    p = made.params
    assert (p["pin_diameter"], p["hole_diameter"], p["hinge_knuckles"]) == (3.0, 4.0, 5)   # 5 knuckles assumed
    assert made.reading.confidence == "high"
    assert sorted(geo["extents"]) == pytest.approx([6.0, 25.0, 50.0], abs=0.01)
    assert geo["holes"] == 3 + 2   # 3 of the 5 knuckles are this leaf's, each with the pin hole; 2 screw holes
    assert not generate_from_prompt("hinge leaf 30 x 20, 1.5 mm thick, 3 knuckles, no screw holes").params["screw_holes"]


def test_a_pulley_hub_is_a_hub_not_a_pulley():
    made = generate_from_prompt("pulley hub 40 OD x 25 long, 20 bore")
    assert made.family not in ("v_belt_pulley", "timing_pulley")
