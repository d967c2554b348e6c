"""The scope of a unit and the unit of a unitless number (issue 12 items 1 and 4, branch c-units).

- a unit written once covers its size group, in every reader ("block 3 x 5 x 2 cm" is 30 x 50 x 20);
- a callout with no unit in US drawing decimals is inches, and the reading says so (`prompt.units`);
- a signed number is a position unless written where a size goes (`prompt.positions`): never refused
  as "a size of -12 mm", and listed when the part does not place it.
"""

from __future__ import annotations

import pytest

from naturalcad.prompt.positions import coordinates, negative_sizes, signed_numbers
from naturalcad.prompt.scan import scan
from naturalcad.prompt.units import NOTE, drawing_inches
from naturalcad.sources.templates import NotUnderstood, generate_from_prompt
from naturalcad.steps.generate import generate_steps
from naturalcad.steps.text import normalise


# ---- US drawing decimals ---------------------------------------------------------------------
@pytest.mark.parametrize("prompt,strong", [
    ("Ø 2.000 x .250 THK, Ø.500 THRU", True),                     # coverage9a c1197
    ("PLATE 6.00 x 4.00 x .375, 4X Ø.281 THRU .50 FROM EDGES, R.25 ALL CORNERS", True),  # c1198
    ("BUSHING, Ø.875 OD x Ø.503 ID x 1.250 LG", True),
    ("BLOCK 1.500 x 1.000 x 2.250, 2X Ø.250 THRU", True),
    ("PLATE 6 x 4 x .375", False),                                # whole numbers beside it: a guess
    ("DISC 2.000 DIA x 1.250 THK", False),                        # three places, no leading dot: a guess
])
def test_inch_drawing_callouts(prompt: str, strong: bool) -> None:
    found = drawing_inches(prompt)
    assert found is not None and found.strong is strong


@pytest.mark.parametrize("prompt", [
    "PLATE 120 x 80 x 6, 4X Ø6.6 THRU, 10 FROM EDGES",   # whole numbers and Ø6.6: metric
    "SPACER Ø20 / Ø10.5 x 15 LG",
    "FLANGE Ø90 x 12, Ø40 BORE, 6X Ø9 THRU EQ SP ON Ø70 PCD",
    "PLATE 6.00 x 4.00 x .375, 4X M6 TAP",                # an M thread: a metric drawing
    "plate 6.00 x 4.00 x .375 mm",                         # a unit typed: nothing to infer
    "The plate has a length of 0.75 units and a width of 0.375 units",  # leading zero, CAD units
    "plate 12.70 x 25.40 x 3",                             # two places alone may be mm
])
def test_metric_or_typed_callouts_stay(prompt: str) -> None:
    assert drawing_inches(prompt) is None


def test_inch_callout_builds_in_inches_and_says_so() -> None:
    made = generate_from_prompt("Ø 2.000 x .250 THK, Ø.500 THRU")
    assert made.params["diameter"] == pytest.approx(50.8)
    assert made.params["height"] == pytest.approx(6.35)
    assert made.params["bore_diameter"] == pytest.approx(12.7)
    assert made.reading is not None
    assert any(a.name.startswith(NOTE) and a.value == "in" for a in made.reading.assumed)


def test_inch_plate_callout_every_note_made() -> None:
    made = generate_from_prompt("PLATE 6.00 x 4.00 x .375, 4X Ø.281 THRU .50 FROM EDGES, R.25 ALL CORNERS")
    p = made.params
    assert (p["length"], p["width"], p["thickness"]) == pytest.approx((152.4, 101.6, 9.525))
    assert (p["hole_diameter"], p["edge_offset"], p["corner_radius"]) == pytest.approx((7.1374, 12.7, 6.35))
    assert p["rows"] * p["columns"] == 4
    assert made.reading is not None and made.reading.confidence == "high"
    assert [v.text for v in made.reading.values if v.kind == "count"] == ["4"]   # "4X": a count, never 4 in


def test_ambiguous_inch_callout_is_not_high() -> None:
    made = generate_from_prompt("PLATE 6 x 4 x .375")
    assert made.params["length"] == pytest.approx(152.4)
    assert made.reading is not None and made.reading.confidence != "high"
    assert any(p.kind == "drawing_units" for p in made.reading.problems)


def test_metric_callout_stays_mm() -> None:
    made = generate_from_prompt("PLATE 120 x 80 x 6, 4X Ø6.6 THRU, 10 FROM EDGES")
    assert (made.params["length"], made.params["hole_diameter"]) == pytest.approx((120, 6.6))
    assert made.reading is not None and not any(a.name.startswith(NOTE) for a in made.reading.assumed)


def test_scan_reads_inch_drawing_sizes() -> None:
    assert [round(q.value, 3) for q in scan("Ø 2.000 x .250 THK, Ø.500 THRU")] == [50.8, 6.35, 12.7]


# ---- a unit written once covers its group, in the step reader too ---------------------------
@pytest.mark.parametrize("text,want", [
    ("block 3 x 5 x 2 cm", "block 30 mm x 50 mm x 20 mm"),
    ("plate 12,5 x 8 x 0,6 cm", "plate 125 mm x 80 mm x 6 mm"),
    ("plate 4 by 6 inches, quarter inch thick", "plate 101.6 mm x 152.4 mm, 6.35 mm thick"),
    ("with hole ⌀ 12 in the centre", "with hole diameter 12 mm in the centre"),   # 'in the': a preposition
])
def test_step_reader_unit_scope(text: str, want: str) -> None:
    assert normalise(text) == want


def test_cm_block_with_radius_hole_in_the_step_reader() -> None:
    """coverage9a c1105 was refused: "A Ø6 hole does not fit in the 3 x 5 mm part"."""
    made = generate_steps("block 3 x 5 x 2 cm, with a 6 mm radius hole going through the 2 cm direction, centered")
    assert made is not None and made.impossible is None
    assert (made.params["block_length"], made.params["block_width"], made.params["block_height"]) == (30, 50, 20)
    assert made.params["hole_diameter"] == 12


def test_cm_square_with_a_hole_in_the_centre() -> None:
    """coverage9a c1117 built an empty part: "⌀ 12 in the centre" was read as 12 inches."""
    made = generate_steps("A 5 cm x 5 cm square, 5 mm thick, with hole ⌀ 12 in the centre")
    assert made is not None
    assert made.params["hole_diameter"] == 12 and made.params["block_length"] == 50


# ---- signed numbers: positions, not sizes ----------------------------------------------------
@pytest.mark.parametrize("text,sizes", [
    ("plate 100 x 50 x -5", ["-5"]),
    ("pls model a -20mm cube with a 5mm hole thru", ["-20"]),
    ("thickness -3", ["-3"]),
    ("holes at x = -12 and +12 on the centreline", []),
    ("holes at (-20, 15) and (20, -15)", []),
    ("offset -5 from the axis in x", []),
    ("axis on Z from z=-40 to z=+40", []),
])
def test_negative_sizes(text: str, sizes: list[str]) -> None:
    assert [s.text for s in negative_sizes(text)] == sizes


def test_signed_values() -> None:
    assert [(s.value, s.size) for s in signed_numbers("at x = -25 and x = +25, plate 10 x -3")] == [
        (-25, False), (25, False), (-3, True)]


def test_coordinates_keep_their_sign() -> None:
    text = "Ø6 holes at x = -50, -25, 0, +25, +50 and at (-22, 0), a line from (0, 0) to (40, 0)"
    assert [text[a:b] for a, b in coordinates(text)] == ["-50", "-25", "0", "+25", "+50", "-22", "0"]
    # a bracketed point is a sketch coordinate (s-sketch), with its sign kept like a position's
    assert [(q.text, q.kind, q.value) for q in scan("holes at (-22, 0)")] == [("-22", "coordinate", -22), ("0", "coordinate", 0)]


@pytest.mark.parametrize("prompt", [
    "block 50x30x20. top face: 2 counterbored holes for M4 at x = -12 and +12 on the centreline (4.5 thru, cbore 8 dia 4.4 deep)",
    "plate 80 x 50 x 5, two 6 mm through holes on the long centreline at x = -25 and x = +25 from centre",
    "cylinder 40 dia, 30 tall. one 8 mm hole straight through, parallel to the axis, offset -5 from the axis in x",
])
def test_signed_positions_are_not_refused(prompt: str) -> None:
    try:
        generate_from_prompt(prompt)
    except NotUnderstood as err:
        assert "cannot make a part" not in str(err)


def test_negative_size_still_refused() -> None:
    with pytest.raises(NotUnderstood, match="A size of -5 mm cannot make a part"):
        generate_from_prompt("plate 100 x 50 x -5")


def test_unplaced_positions_are_listed() -> None:
    """The plate family lays its two holes out by an edge distance: the -25 and +10 it did not place are named."""
    made = generate_from_prompt("plate 80 x 50 x 5, two 6 mm through holes on the long centreline at x = -25 and x = +10")
    assert made.reading is not None and made.reading.confidence != "high"
    assert [p.subject.split()[0] for p in made.reading.problems if p.kind == "unplaced_position"] == ["-25", "+10"]
    assert [(v.text, v.kind, v.value) for v in made.reading.values if v.kind == "position"] == [
        ("-25", "position", -25), ("+10", "position", 10)]


def test_step_holes_placed_past_the_side_are_refused() -> None:
    made = generate_steps("50 x 50 x 12 block, Ø10 through holes at (-22, 0) and (22, 0) measured from the centre of the top face")
    assert made is not None and made.impossible is not None
    assert "breaks out of the 50 mm side by 2 mm" in made.impossible


# ---- positions the families can place: a centred row by its pitch ------------------------------
@pytest.mark.parametrize("prompt,columns,pitch", [
    ("plate 80 x 50 x 5, two 6 mm through holes on the long centreline at x = -25 and x = +25 from centre", 2, 50),
    ("flat bar 120 x 20 x 10, Ø6 holes on the centre line at x = -50, -25, 0, +25, +50, through the 10", 5, 25),
])
def test_centred_row_of_positions(prompt: str, columns: int, pitch: float) -> None:
    made = generate_from_prompt(prompt)
    assert (made.params["columns"], made.params["x_pitch"]) == (columns, pitch)
    assert made.reading is not None and not any(p.kind == "unplaced_position" for p in made.reading.problems)


def test_uneven_positions_stay_listed() -> None:
    made = generate_from_prompt("plate 80 x 50 x 5, two 6 mm holes at x = -25 and x = +10")
    assert made.reading is not None and made.reading.confidence != "high"
    assert len([p for p in made.reading.problems if p.kind == "unplaced_position"]) == 2


def test_hole_size_after_its_place() -> None:
    """var_units u009: "hole in the middle 2 cm" is a Ø20 bore, not an assumed one."""
    made = generate_from_prompt("disk dia 12 cm , 8mm thick, hole in the middle 2 cm")
    assert (made.params["diameter"], made.params["height"], made.params["bore_diameter"]) == (120, 8, 20)
    assert made.reading is not None and made.reading.confidence == "high"


def test_step_reader_places_signed_stations_on_x() -> None:
    """var_units u026: five holes at x = -50 ... +50 from the middle of the bar, not one in the centre."""
    made = generate_steps("flat bar 120 x 20 x 10, Ø6 holes on the centre line at x = -50, -25, 0, +25, +50 (zero = middle of the bar), through the 10")
    assert made is not None and made.impossible is None
    assert "5 × Ø6 mm through holes at X = -50, -25, 0, 25, 50" in made.reading.steps[0].summary
