"""Drawing notes as a grammar (issue 12 item 4): count, feature, size(s), depth or THRU, pattern, placement.

Three layers, each tested by values: the rewrite rules of `drawing_notes.py` that put the notes into
one spelling, the parameters the part is built with (counts, sizes, circles, where the holes go), and
`note_grammar.py`, which reads each note again and names what the built part does not carry, so a
part that skipped a note is never reported at `high`."""

from __future__ import annotations

import pytest

from naturalcad.sources.templates import generate_from_prompt
from naturalcad.sources.templates.drawing_notes import names, normalise
from naturalcad.sources.templates.hub_features import read_hub
from naturalcad.sources.templates.note_grammar import missing, notes, read_note, unmade


@pytest.mark.parametrize("note,rule,written", [
    ("RING Ø120 x Ø90 x 12 THK", "od_x_id", "od 120 id 90 x 12 THK"),
    ("washer ⌀28 x ⌀15 x 2", "od_x_id", "od 28 id 15 x 2"),
    ("4x Ø6.6 THRU ON 70 x 40, PLATE 90 x 60 x 8", "on_rectangle", "on a 70 x 40 pattern"),
    ("M8 x 1.25 TAP THRU x 4", "count_after", "THRU 4 PLCS"),
    ("Ø9 THRU X 6, 12 FROM EDGES", "count_after", "THRU 6 PLCS"),
    ("4 HOLES Ø8.5 EQ SP 50 CRS", "equally_spaced", "equally spaced"),
    ("6 holes eq. sp. on 80 pcd", "equally_spaced", "equally spaced"),
    ("3 holes dia 5.5 thru on 38 B.C.", "bolt_circle_abbrev", "38 PCD"),
    ("8 HOLES Ø14 ON B.C. Ø120", "bolt_circle_abbrev", "PCD 120"),
    ("6 HOLES Ø11 ON 95 P.C.D.", "pcd_dotted", "95  PCD"),
    ("Ø20 THRU BORE", "thru_bore", "Ø20 bore"),
    ("2X Ø5.5 THRU, C/SINK Ø11 X 90°", "feature_abbrev", "CSK Ø11"),
    ("Ø6.6 THRU, C-BORE Ø11 x 6.5 DP", "feature_abbrev", "C'BORE Ø11"),
    ("4 HOLES Ø8.5 AT 50 CRS", "centre_abbrev", "50 centres"),
    ("PLATE 100 x 80 x 8, 4-Ø6.6 THRU", "count_dash", "4x Ø6.6 THRU"),
    ("6-M8 TAP THRU", "count_dash", "6x M8 TAP"),
    ("Ø6.6 THRU ALL (4X), 10 FROM EDGES", "count_paren", "4 PLCS"),
])
def test_each_note_is_written_in_one_spelling(note, rule, written):
    assert rule in names(note)
    assert written in normalise(note)


@pytest.mark.parametrize("text", [
    "SHAFT Ø20 x Ø30 x 50",           # the second diameter is the larger: not an OD x ID
    "a Ø12 x 80 pin",                  # one diameter, a length
    "plate 90 x 60 x 8 on 4 feet",     # "on" before a size that is not a hole pattern
    "PLATE 100 x 60 x 10 THK",         # a size with no note
    "a 1-1/4 in pipe",                 # a mixed number
])
def test_what_is_not_a_note_stays_as_written(text):
    assert normalise(text) == text


@pytest.mark.parametrize("note,feature,count,sizes,depth,pcd,centre", [
    ("4x Ø6.6 THRU", "hole", 4, [6.6], None, None, False),
    ("6 HOLES 9 DIA EQUI-SPACED ON PCD 80", "hole", 6, [9.0], None, 80.0, False),
    ("C'BORE Ø11 x 6.5 DP", "counterbore", None, [11.0], None, None, False),
    ("Ø11 C'BORE 6.5 DP", "counterbore", None, [11.0], None, None, False),
    ("2x Ø6.6 CSK Ø12 x 90°", "countersink", 2, [12.0], None, None, False),
    ("countersunk 90° to 14 on one side", "countersink", None, [14.0], None, None, False),
    ("M6 x 1.0 TAP x 12 DP, 4 PLCS", "tapped", 4, [], 12.0, None, False),
    ("M8 x 1.25 TAP THRU CENTRE", "tapped", None, [], None, None, True),
    ("tapped M5 holes 10 deep", "tapped", None, [], 10.0, None, False),
    ("R5 ALL CORNERS", "radius", None, [5.0], None, None, False),
    ("CORNERS R8 TYP", "radius", None, [8.0], None, None, False),
    ("1 x 45° CHAMFER ALL EDGES", "chamfer", None, [1.0], None, None, False),
    ("CHAMFER 2 x 45° BOTH ENDS", "chamfer", None, [2.0], None, None, False),
    ("Ø12 x 20 DP CENTRE", "hole", None, [12.0], 20.0, None, True),
])
def test_a_note_fills_the_grammars_slots(note, feature, count, sizes, depth, pcd, centre):
    read = read_note(note)
    assert read is not None
    assert (read.feature, read.count, read.sizes, read.depth, read.pcd, read.centre) == (feature, count, sizes, depth, pcd, centre)


def test_a_thread_class_is_no_count():
    assert "count_dash" not in names("4X M6-6H THRU") and "4X M6 TAP THRU" in normalise("4X M6-6H THRU")


@pytest.mark.parametrize("text", ["PLATE 100 x 60 x 10 THK", "RING Ø100 x Ø80 x 10 THK", "60x60 and 5mm thick",
                                  "2 x 5 array", "M8 threaded rod 100 long", "THRU"])
def test_sizes_and_names_are_not_feature_notes(text):
    assert read_note(text) is None


def test_a_prompt_splits_into_its_notes():
    found = notes("DISC Ø60 x 10 THK, M8 x 1.25 TAP THRU CENTRE, 4x Ø6.6 THRU equally spaced ON PCD 45")
    assert [(n.feature, n.count, n.pcd) for n in found] == [("tapped", None, None), ("hole", 4, 45.0)]
    assert [n.text for n in notes("MOUNTING PLATE 160 x 120 x 8\n4x Ø9 THRU; Ø40 THRU CENTRE")] == ["4x Ø9 THRU", "Ø40 THRU CENTRE"]


def test_a_note_the_part_carries_is_made():
    note = read_note("C'BORE Ø11 x 6.5 DP")
    assert note is not None
    assert missing(note, {"counterbore_diameter": 11.0, "counterbore_depth": 6.5, "columns": 2, "rows": 2}) == []
    ring = read_note("6x Ø5 THRU equally spaced ON PCD 90")
    assert ring is not None
    assert missing(ring, {"hole_count": 6, "hole_diameter": 5.0, "bolt_circle": 90.0}) == []


def test_each_slot_the_part_lacks_is_named():
    note = read_note("6x Ø5 THRU equally spaced ON PCD 90")
    assert note is not None
    assert missing(note, {"hole_count": 4, "hole_diameter": 5.0, "bolt_circle": 85.0}) == ["PCD 90", "6 holes (the part has 4)"]
    assert missing(note, {"hole_count": 6, "hole_diameter": 6.0, "bolt_circle": 90.0}) == ["Ø5 hole"]
    cbore = read_note("C'BORE Ø11 x 6.5 DP")
    assert cbore is not None and missing(cbore, {"hole_diameter": 6.6}) == ["counterbore Ø11"]
    tap = read_note("M10 x 1.5 TAP THRU CENTRE")
    assert tap is not None and missing(tap, {"hole_diameter": 5.5}) == ["M10 tapped hole"]
    assert missing(tap, {"centre_hole": 8.5}) == []          # the ISO 2306 tap drill of M10 x 1.5 is there
    depth = read_note("Ø8 x 15 DP CTR")
    assert depth is not None and missing(depth, {"hole_diameter": 8.0}) == ["15 deep"]


def test_inch_notes_are_checked_in_mm():
    assert unmade("PLATE 4 x 3 x .5 IN, 4x Ø.266 THRU", {"hole_diameter": 6.7564, "columns": 2, "rows": 2}, "in") == []
    assert unmade("PLATE 4 x 3 x .5 IN, 4x Ø.266 THRU", {"hole_diameter": 6.0, "columns": 2, "rows": 2}, "in") \
        == ["“4x Ø.266 THRU”: Ø6.7564 hole not made"]


@pytest.mark.parametrize("text,diameter,height", [
    ("FLANGE Ø90 x 12 THK W/ SPIGOT Ø35 x 8 HIGH", 35.0, 8.0),
    ("flange 100 OD, 10 thick, with a 50 mm hub 15 high", 50.0, 15.0),
    ("DISC Ø80 x 10, BOSS Ø30 x 12 HIGH", 30.0, 12.0),
    ("FLANGE Ø120 x 15, Ø50 x 20 LG HUB", 50.0, 20.0),
])
def test_a_hub_note_gives_diameter_and_height(text, diameter, height):
    hub, blanked = read_hub(text)
    assert hub is not None and (hub.diameter, hub.height) == (diameter, height)
    assert str(int(diameter)) not in blanked  # the parser never reads the hub's numbers as the part's


@pytest.mark.parametrize("text", ["timing pulley 20 teeth, hub Ø16 x 8", "knob Ø30 with a boss Ø12 x 6", "flange 80 OD with a hub"])
def test_hubs_other_families_read_are_left_to_them(text):
    assert read_hub(text)[0] is None


# ---- end to end: the parameters the part is built with ----------------------------------------------------------

def _params(prompt: str) -> dict:
    return generate_from_prompt(prompt).params


def test_ring_od_x_id_with_a_bolt_circle_is_a_ring_with_holes():
    p = _params("RING Ø120 x Ø90 x 12 THK, 8x Ø6 THRU EQ SP ON PCD 105")
    assert (p["outer_diameter"], p["bore_diameter"], p["thickness"]) == (120.0, 90.0, 12.0)
    assert (p["hole_count"], p["hole_diameter"], p["bolt_circle"]) == (8, 6.0, 105.0)


def test_a_tapped_centre_hole_beside_a_bolt_circle_is_the_centre_one_only():
    result = generate_from_prompt("DISC Ø70 x 12 THK, M10 x 1.5 TAP THRU CENTRE, 6x Ø5.5 THRU EQ SP ON PCD 55")
    p = result.params
    assert (p["bore_diameter"], p["hole_count"], p["hole_diameter"], p["bolt_circle"]) == (8.5, 6, 5.5, 55.0)
    assert p["centre_tapped"] is True and "tapped" not in p  # the bolt holes stay plain Ø5.5
    assert result.reading is not None and result.reading.confidence == "high"


def test_the_count_after_a_tap_note_counts_the_holes():
    p = _params("PLATE 140 x 80 x 10, M8 x 1.25 TAP THRU x 4, 20 FROM EDGES")
    assert (p["columns"], p["rows"], p["hole_diameter"], p["edge_offset"]) == (2, 2, 6.8, 20.0)


def test_a_note_before_the_size_keeps_the_size_for_the_part():
    p = _params("4x Ø6.6 THRU ON 70 x 40, PLATE 90 x 60 x 8")
    assert (p["length"], p["width"], p["thickness"]) == (90.0, 60.0, 8.0)
    assert (p["x_pitch"], p["y_pitch"]) == (70.0, 40.0)


def test_a_counterbore_sized_before_its_word():
    p = _params("PLATE 100 x 60 x 10 THK, Ø6.6 THRU, Ø11 C'BORE 6.5 DP, 4 PLCS 10 FROM EDGES")
    assert (p["hole_diameter"], p["counterbore_diameter"], p["counterbore_depth"]) == (6.6, 11.0, 6.5)
    assert "hole_depth" not in p  # 6.5 DP is the counterbore's, the holes go through


def test_a_named_diameter_before_a_singular_hole_is_its_size():
    p = _params("square plate 75 sq x 6 thk, 4 holes 6.6 dia on 55 sq, 25 dia centre hole")
    assert (p["columns"] * p["rows"], p["hole_diameter"], p["centre_hole"]) == (4, 6.6, 25.0)


def test_equally_spaced_at_centres_on_a_bar_is_a_row():
    p = _params("FLAT BAR 200 x 40 x 6, 4 HOLES Ø8.5 EQ SP 50 CRS")
    assert (p["columns"], p["rows"], p["x_pitch"]) == (4, 1, 50.0)


def test_a_spigot_stands_on_the_flange():
    result = generate_from_prompt("FLANGE Ø90 x 12 THK W/ SPIGOT Ø35 x 8 HIGH, Ø20 THRU BORE, 4x Ø9 THRU EQ SP PCD 65")
    p = result.params
    assert (p["hub_diameter"], p["hub_height"], p["bore_diameter"], p["bolt_circle"]) == (35.0, 8.0, 20.0, 65.0)
    assert result.reading is not None and result.reading.confidence == "high"


def test_b_c_names_the_bolt_circle():
    p = _params("FLANGE Ø150 x 18 THK, BORE Ø70, 8 HOLES Ø14 EQ SP ON B.C. Ø120")
    assert (p["bolt_circle"], p["hole_count"], p["bore_diameter"]) == (120.0, 8, 70.0)
    assert _params("FLANGE OD 120 x 15 THK, ID 50, 6 HOLES Ø11 EQUI-SPACED ON 95 P.C.D.")["bolt_circle"] == 95.0


def test_a_skipped_note_is_listed_and_never_high():
    # the plate takes one edge treatment: the chamfer on the hole wins, so the R15 corners are not made
    result = generate_from_prompt("PLATE 100 x 100 x 6 THK, R15 ALL CORNERS, Ø50 CENTRE HOLE, 1 x 45° CHAMFER ON HOLE")
    assert result.reading is not None and result.reading.confidence != "high"
    assert any("R15" in u for u in result.reading.unread)
    assert any(p.kind == "unread_note" for p in result.reading.problems)


def test_a_count_before_a_size_and_holes():
    note = read_note("4 x 12 holes on 95 PCD")
    assert note is not None and (note.count, note.pcd) == (4, 95.0)


@pytest.mark.parametrize("prompt", ["PLATE 100 x 80 x 8, 4-Ø6.6 THRU, 10 FROM EDGES",
                                    "PLATE 100 x 80 x 8, Ø6.6 THRU ALL (4X), 10 FROM EDGES"])
def test_a_count_in_another_shops_style_counts_the_holes(prompt):
    p = _params(prompt)
    assert (p["columns"] * p["rows"], p["hole_diameter"], p["edge_offset"]) == (4, 6.6, 10.0)
