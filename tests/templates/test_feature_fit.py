"""Features checked against the part they are cut in (issue 12, items 5 and 7).

Impossible requests are refused with one sentence that says what does not fit and by how much
(hole_fit places every hole as the family will cut it); the features the families now make
(cross holes, stepped holes, countersunk washers, holes at each end, edge subsets) match a
build123d reference exactly.
"""

from __future__ import annotations

import math

import pytest
from build123d import Axis, Box, Cone, Cylinder, Pos, Rot, fillet

from naturalcad.request import Request, validate
from naturalcad.sources.offline import NotUnderstoodError, TemplateSource
from naturalcad.sources.templates import NotUnderstood, generate_from_prompt, parse_prompt
from naturalcad.sources.templates.hole_features import read_callouts
from naturalcad.sources.templates.hole_fit import centres, clash, clear_margin
from naturalcad.sources.templates.slot_features import read_slots

# prompt -> fragments the refusal must carry: what clashes, the sizes, by how much, what to change
REFUSED = [
    ("plate 60 x 60 x 5, six 20 mm holes in a row",
     ["Six 20 mm holes, even as near the edges as they go, are only 8 mm apart", "overlap by 12 mm",
      "more than 120 mm", "at most 2 fit"]),
    ("plate 60 x 60 x 5, six 20 mm holes in a row, 10 from the ends",
     ["Six 20 mm holes laid out here are only 8 mm apart", "overlap by 12 mm"]),
    ("plate 50 x 50 x 6 with a 6 mm hole in the middle, countersunk Ø60",
     ["60 mm countersink", "runs 5 mm past the edge", "50 x 50", "countersinks under 50 mm"]),
    ("disc 40 dia 5 thick with a 10 mm hole 12 deep", ["12 mm deep blind hole", "5 mm", "break through by 7 mm"]),
    ("cylinder 20 dia 50 long, 15 mm blind hole 60 deep", ["60 mm deep blind hole", "50 mm long", "by 10 mm",
                                                           "less than 50 mm deep"]),
    ("cylinder Ø30 x 15 with an M10 tapped hole 20 deep", ["20 mm deep blind hole", "15 mm", "by 5 mm"]),
    ("pin 10 dia 30 long with a 12 mm cross hole", ["12 mm cross hole", "Ø10", "2 mm wider", "under 10 mm"]),
    ("pin 10 dia 30 long with a 6 mm cross hole 2 from one end", ["6 mm cross hole", "runs 1 mm past the end",
                                                                  "at least 3 mm from the end"]),
    ("plate 20 long 30 wide 3 thick with a 30 mm long slot along its length", ["30 mm slot", "20 mm part", "by 10 mm"]),
    ("plate 25 x 40 x 3 with a 45 mm long slot", ["45 mm slot", "40 mm part", "by 5 mm"]),
    ("shaft 20 dia 50 long with a keyway 60 long", ["60 mm keyway", "50 mm shaft", "by 10 mm"]),
    ("bar 60 x 20 x 6 with 5 holes of 15 mm at 12 mm pitch", ["15 mm holes at 12 mm pitch", "overlap", "by 3 mm",
                                                              "pitch over 15 mm"]),
]


@pytest.mark.parametrize("prompt,fragments", REFUSED, ids=[c[0][:40] for c in REFUSED])
def test_a_feature_that_does_not_fit_is_refused_with_its_numbers(prompt, fragments):
    with pytest.raises(NotUnderstood) as err:
        generate_from_prompt(prompt)
    reason = str(err.value)
    for fragment in fragments:
        assert fragment in reason, (fragment, reason)
    assert err.value.impossible and err.value.reading.confidence == "low"


def test_an_impossible_request_is_not_rebuilt_by_the_step_reader():
    """The step reader once built "four 12 mm holes 5 mm from the corners of a 20 mm plate" with no holes."""
    request = validate(Request("plate 20 x 20 x 3 with four 12 mm holes, 5 mm from the corners", offline=True))
    with pytest.raises(NotUnderstoodError) as err:
        TemplateSource().generate(request)
    assert "12 mm holes" in str(err.value) and "1 mm past the edge" in str(err.value)


@pytest.mark.parametrize("prompt", [
    "plate 60 x 60 x 5, two 20 mm holes 40 apart",
    "plate 100 x 60 x 5 with 4 holes 8 mm 5 from the edges",
    "pin 10 dia 30 long with a 4 mm cross hole 3 from one end",
    "plate 100 x 40 x 5 with a 30 mm long slot",
    "plate 50x50x6 with a countersunk hole in the centre for M4 flat head: Ø8 csk 90°, 4.5 through",
])
def test_neighbours_that_fit_are_built(prompt):
    assert generate_from_prompt(prompt).code


def test_hole_fit_places_the_holes_the_family_cuts():
    grid = {"length": 100.0, "width": 60.0, "hole_diameter": 8.0, "columns": 2, "rows": 2, "edge_offset": 10.0}
    assert sorted(centres(grid) or []) == [(-40.0, -20.0), (-40.0, 20.0), (40.0, -20.0), (40.0, 20.0)]
    row = {"length": 150.0, "width": 30.0, "hole_diameter": 8.0, "hole_count": 2, "edge_offset": 20.0}
    assert centres(row) == [(-55.0, 0.0), (55.0, 0.0)]
    circle = {"outer_diameter": 100.0, "hole_diameter": 10.0, "hole_count": 4, "bolt_circle": 80.0}
    assert [tuple(round(v, 6) for v in c) for c in centres(circle) or []][:2] == [(40.0, 0.0), (0.0, 40.0)]
    assert clash(grid) is None and clash(row) is None and clash(circle, 100.0) is None
    found = clash({**grid, "counterbore_diameter": 22.0})  # the counterbore, not the hole, meets the edge
    assert found is not None and "22 mm counterbores run 1 mm past the edge" in found.sentence


def test_a_clash_only_an_assumed_size_makes_is_a_doubt_not_a_refusal():
    crowded = {"length": 40.0, "width": 40.0, "hole_diameter": 12.0, "columns": 2, "rows": 2, "edge_offset": 18.0}
    given = clash(crowded)
    assert given is not None and not given.soft and "overlap by 8 mm" in given.sentence
    assumed = clash(crowded, margin_given=False)  # nearer the edges they fit: the assumed distance is at fault
    assert assumed is not None and assumed.soft
    assert clash({**crowded, "hole_diameter": 21.0}, margin_given=False) is not None  # no distance fits two 21s in 40
    assert not clash({**crowded, "hole_diameter": 21.0}, margin_given=False).soft  # type: ignore[union-attr]
    # the plate family now assumes a distance that keeps them apart
    made = generate_from_prompt("plate 40 x 40 x 5, 4 holes of 12 mm")
    assert made.params["edge_offset"] == 9.8 and made.reading.confidence == "high"
    assert clear_margin(18.0, 12.0, [(2, 40.0), (2, 40.0)]) == 9.8
    assert clear_margin(9.0, 6.0, [(2, 100.0), (2, 60.0)]) == 9.0  # already clear: unchanged
    # an assumed plate (no size given) that the bolt circle runs off: built, marked low, with the reason
    made = generate_from_prompt("12 THK, Ø25 CENTRE HOLE, 4X Ø8.4 ON 60 PCD")
    assert made.reading.confidence == "low"
    assert any(p.kind == "doubtful_layout" and "past the edge" in p.subject for p in made.reading.problems)


# -- item 5: features read and made ----------------------------------------------------------------

def test_countersink_angle_is_never_its_size():
    call, _ = read_callouts("plate 50x50x6 with a countersunk hole in the centre: Ø8 csk 90°, 4.5 through")
    assert call.countersink == (8.0, 90.0)
    call, _ = read_callouts("washer 30 OD 10 ID 3 thick, countersunk one side 90° to 16")
    assert call.countersink == (16.0, 90.0)


def test_a_size_after_holes_is_the_hole_when_the_counterbore_is_sized_later():
    call, _ = read_callouts("plate 100x100x14 with 4 counterbored holes Ø9, counterbore Ø16 x 12 deep")
    assert call.counterbore == (16.0, 12.0)
    call, _ = read_callouts("plate 80x80x6 with four M5 countersunk holes 10 mm from the edges")
    assert call.countersink is None and call.countersink_wanted  # 10 is where they are, not the countersink
    made = generate_from_prompt("plate 80x80x6 with four M5 countersunk holes 10 mm from the edges")
    assert (made.params["countersink_diameter"], made.params["edge_offset"]) == (11.2, 10.0)


def test_a_blind_hole_over_a_narrower_through_hole_is_a_counterbore():
    call, _ = read_callouts("cylinder Ø50 x 25, 20 mm blind hole 10 deep from the top, and a 6 mm hole through")
    assert call.counterbore == (20.0, 10.0) and call.diameter == 6.0 and call.depth is None


def test_a_decimal_before_thru_is_the_hole():
    spec = parse_prompt("plate 100 x 50 x 10, 2 counterbored holes (6.6 thru, cbore 11 x 6.5 deep) 70 apart")
    assert spec.dims["hole_diameter"] == 6.6


def test_edge_subsets_are_read_with_their_words():
    assert parse_prompt("block 60 x 40 x 30, round only the top four edges R3").edge.which == "top"
    assert parse_prompt("plate 100 x 50 x 10, two 6 mm holes 70 apart, vertical edges R5").edge.which == "vertical"
    assert parse_prompt("box 70 x 50 x 40, fillet just the top edges 4 mm").edge.which == "top"
    made = generate_from_prompt("block 60 x 40 x 30, round only the top four edges R3")
    assert made.family == "box" and made.params["fillet_radius"] == 3.0


def test_a_slot_with_only_its_length_gets_an_assumed_width():
    slot, _, _ = read_slots("plate 100 x 40 x 5 with a 30 mm long slot")
    assert slot is not None and slot.length == 30.0
    made = generate_from_prompt("plate 100 x 40 x 5 with a 30 mm long slot")
    assert made.params["slot_length"] == 30.0 and made.params["slot_width"] == 7.5
    assert any(a.name == "slot width" and a.value == 7.5 for a in made.reading.assumed)


def test_holes_from_each_end_are_two_and_no_middle_hole_keeps_them():
    for prompt in ("bar 150 x 30 x 10, 8 mm holes 20 from each end, no middle hole",
                   "bar 150 x 30 x 10, 8 mm holes 20 from both ends, nothing in the middle"):
        made = generate_from_prompt(prompt)
        assert (made.params["hole_count"], made.params["edge_offset"]) == (2, 20.0), made.params
        assert "centre_hole" not in made.params


def test_a_standard_counterbore_deeper_than_the_plate_is_fitted_and_said():
    made = generate_from_prompt("mounting plate 90x60x5 with 4 counterbored holes for M5 socket head screws, 10 from edges")
    assert made.params["counterbore_diameter"] == 10.0 and made.params["counterbore_depth"] == 3.5
    assert any("5.4 mm deep, more than the 5 mm part" in n for n in made.notices)
    assert made.reading.confidence != "high"
    with pytest.raises(NotUnderstood, match="6 mm deep counterbore goes through the 5 mm"):
        generate_from_prompt("plate 90x60x5 with 4 holes 5.5 mm counterbored 10 x 6 deep, 10 from edges")


GEOMETRY = [
    ("PIN Ø20 X 60 LG, Ø6 CROSS HOLE THRU, 15 FROM ONE END",
     Cylinder(10, 60) - Pos(0, 0, -15) * Rot(90, 0, 0) * Cylinder(3, 40), 1),
    ("washer 30 OD 10 ID 3 thick, countersunk one side 90° to 16",
     Cylinder(15, 3) - Cylinder(5, 3) - Cone(5, 8, 3), 1),
    ("cylinder Ø40 x 30, 16 mm blind hole 8 deep from the top, and a 5 mm hole through",
     Cylinder(20, 30) - Cylinder(2.5, 30) - Pos(0, 0, 11) * Cylinder(8, 8), 1),
    ("bar 120 x 25 x 10, 6.5 mm holes 15 from both ends, nothing in the middle",
     Box(120, 25, 10) - Pos(-45, 0, 0) * Cylinder(3.25, 10) - Pos(45, 0, 0) * Cylinder(3.25, 10), 2),
    ("block 50 x 40 x 20, round only the top four edges R4",
     fillet(Box(50, 40, 20).edges().group_by(Axis.Z)[-1], 4), 0),
]


@pytest.mark.slow
@pytest.mark.parametrize("prompt,reference,holes", GEOMETRY, ids=[g[0][:40] for g in GEOMETRY])
def test_features_make_the_reference_part(sandbox, prompt, reference, holes):
    made = generate_from_prompt(prompt)
    result = sandbox(made.code, made.output_type)
    assert result.success, result.error
    geo = result.geometry
    bb = reference.bounding_box()
    want = sorted([bb.size.X, bb.size.Y, bb.size.Z])
    assert all(abs(g - w) < 0.05 for g, w in zip(sorted(geo["extents"]), want, strict=True)), (geo["extents"], want)
    assert math.isclose(geo["volume"], reference.volume, rel_tol=0.005), (geo["volume"], reference.volume)
    assert geo["holes"] == holes
