"""Features named in a one-line prompt, read by the part families (issue 12 item 5, branch c-features): keyways the
full length, slots by centre distance, edge subsets, 'Ø40 x 50 round', a cup's pocket deeper than the cup, a torus
by its hole. Read without a build; the built parts are scored in tests/data/coverage_cfeatures.jsonl."""

from __future__ import annotations

import pytest

from naturalcad.sources.templates import NotUnderstood, generate_from_prompt


def test_full_length_keyway() -> None:
    p = generate_from_prompt("shaft Ø16 x 80, keyway 5 wide 3 deep for the full length").params
    assert (p["keyway_width"], p["keyway_depth"], p["keyway_length"], p["keyway_start"]) == (5, 3, 80, 0)
    made = generate_from_prompt("round bar 30 dia x 150 long, 8 wide 4 deep keyseat cut end to end")
    assert made.family == "shaft" and made.params["keyway_length"] == 150


def test_slot_by_centre_distance() -> None:
    made = generate_from_prompt("plate 120x40x6 with one through slot 8 wide, 30 between the end radius centres")
    assert (made.params["slot_centres"], made.params["slot_width"]) == (30, 8)
    assert "SlotCenterToCenter(slot_centres, slot_width)" in made.code


@pytest.mark.parametrize(("prompt", "kind", "size", "edges"), [
    ("block 50x30x20, round the four vertical (20 mm) edges with 4 mm fillets, leave top and bottom edges sharp",
     "fillet_radius", 4, "filter_by(Axis.Z)"),
    ("40mm cube, chamfer just the top 4 edges 2mm, rest sharp", "chamfer_size", 2, "group_by(Axis.Z)[-1]"),
    ("20mm cube, R9.5 on all the edges, almost a ball", "fillet_radius", 9.5, "fillet(result.edges()"),
])
def test_edge_subsets(prompt: str, kind: str, size: float, edges: str) -> None:
    made = generate_from_prompt(prompt)
    assert made.family == "box" and made.params[kind] == size
    assert edges in made.code


def test_diameter_signed_round_bar() -> None:
    p = generate_from_prompt("Ø40 x 50 round, M8 tapped 20 deep on the axis from one end").params
    assert (p["diameter"], p["height"], p["bore_diameter"], p["bore_depth"]) == (40, 50, 6.8, 20)


def test_pocket_deeper_than_the_cup_is_refused() -> None:
    with pytest.raises(NotUnderstood) as err:
        generate_from_prompt("cup 40 dia, 50 tall, with a 30 dia pocket 60 deep, don't break through the bottom")
    assert err.value.impossible and "deeper than the 50 mm tall cup" in str(err.value)
    p = generate_from_prompt("cup 40 dia, 50 tall, with a 30 dia pocket 45 deep").params
    assert (p["wall"], p["floor_thickness"]) == (5, 5)


def test_torus_by_its_hole() -> None:
    p = generate_from_prompt("torus with an inner hole of just 1 mm and a 20 mm cross-section").params
    assert (p["ring_radius"], p["tube_radius"]) == (10.5, 10)
