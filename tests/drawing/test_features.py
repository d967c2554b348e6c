"""What the drawing reads off the B-rep (in this process, real build123d): holes and their callouts."""

from __future__ import annotations

import pytest
from build123d import (
    Align,
    Axis,
    Box,
    BuildPart,
    CounterBoreHole,
    CounterSinkHole,
    Cylinder,
    GridLocations,
    Hole,
    Locations,
    PolarLocations,
    Pos,
    fillet,
)

from naturalcad.drawing.compose import _pitch_circle, callout
from naturalcad.drawing.features import find_features

BASE = (Align.CENTER, Align.CENTER, Align.MIN)


def _block():
    with BuildPart() as part:
        Box(80, 40, 10)
        with Locations(part.faces().sort_by(Axis.Z)[-1]):
            with GridLocations(40, 0, 2, 1):
                CounterBoreHole(3.3, 5.5, 4)
            CounterSinkHole(3, 6)
        with Locations((30, 0, 5)):
            Hole(2, depth=6)
    return part.part


def test_counterbore_countersink_and_blind_holes_are_called_out():
    holes = find_features(_block()).holes
    groups: dict[tuple[object, ...], list] = {}
    for hole in holes:
        groups.setdefault(hole.spec, []).append(hole)
    texts = sorted(" / ".join(callout(members)) for members in groups.values())
    assert texts == ["2x Ø6.6 THRU / CBORE Ø11 DEPTH 4", "Ø4 DEPTH 6", "Ø6 THRU / CSK Ø12 x 82°"]
    cbored = [h for h in holes if h.cbore]
    assert all(h.centre[2] == pytest.approx(5.0) and h.axis[2] == pytest.approx(-1.0) for h in cbored)  # from the top


def test_hole_floors_are_not_steps_of_the_part():
    levels = find_features(_block()).levels
    assert levels["Z"] == [-5.0, 5.0]  # the blind hole's and counterbores' floors are not faces to dimension


def test_bolt_circle_and_rounds():
    flange = Cylinder(50, 12, align=BASE) - Cylinder(17.5, 12, align=BASE)
    flange -= PolarLocations(40, 6) * Cylinder(3.9, 12, align=BASE)
    feats = find_features(flange)
    bolts = [h for h in feats.holes if h.diameter == pytest.approx(7.8)]
    pitch = _pitch_circle([(h.centre[0], h.centre[1]) for h in bolts], 100.0)
    assert len(bolts) == 6 and pitch is not None and pitch[1] == pytest.approx(80.0)
    assert callout(bolts, pitch[1]) == ["6x Ø7.8 THRU", "EQ SP ON PCD Ø80"]
    assert [b.diameter for b in feats.bosses] == [pytest.approx(100.0)]

    plate = fillet(Box(60, 40, 5, align=BASE).edges().filter_by(Axis.Z), 6) - Pos(0, 0, 0) * Cylinder(4, 5, align=BASE)
    rounds = find_features(plate).rounds
    assert len(rounds) == 4 and all(r.convex and r.radius == pytest.approx(6.0) for r in rounds)


def test_two_holes_in_a_row_are_not_a_pitch_circle():
    assert _pitch_circle([(0.0, 0.0), (10.0, 0.0)], 50.0) is None
    assert _pitch_circle([(0.0, 0.0), (10.0, 0.0), (30.0, 0.0)], 50.0) is None


def _labels(shape) -> list[str]:
    from naturalcad.drawing.compose import compose
    from naturalcad.drawing.options import DrawingOptions
    from naturalcad.drawing.sheet import Label

    return [i.text for i in compose(shape, DrawingOptions()).items if isinstance(i, Label)]


def test_rounds_and_fillets_get_a_radius_leader_where_they_are_arcs():
    plate = fillet(Box(100, 60, 5, align=BASE).edges().filter_by(Axis.Z), 5)
    labels = _labels(plate)
    assert labels.count("4x R5") == 1 and not [t for t in labels if "ROUNDS" in t]
    bracket = Box(60, 50, 5, align=(Align.MIN, Align.CENTER, Align.MIN)) + Box(5, 50, 40, align=(Align.MIN, Align.CENTER, Align.MIN))
    bracket = fillet(bracket.edges().filter_by(Axis.Y).sort_by_distance((5, 0, 5))[0], 4)
    assert "R4" in _labels(bracket)
    assert _labels(fillet(Box(60, 40, 20).edges(), 3)).count("4x R3") == 3  # one per view: the 12 edges
