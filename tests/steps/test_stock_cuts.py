"""Cuts on the stock in the step reader (steps/stock_cuts.py, branch c-features): a slab sliced off a face, an end
turned down, a ring slit through one wall, a cylinder shelled open at the top."""

from __future__ import annotations

from naturalcad.steps import ops
from naturalcad.steps.read import read


def _ops(prompt: str) -> list[object]:
    return [op for _, op in read(prompt).operations]


def test_slice_off_the_bottom_and_drill_up_into_the_flat() -> None:
    found = _ops("Start with a 30 mm ball. Then slice 5 mm off the bottom so it sits flat. Then drill a 5 mm blind hole "
                 "up into the flat face, on the axis, 12 deep.")
    assert found[0] == ops.Sphere(30.0)
    cut, hole = found[1], found[2]
    assert isinstance(cut, ops.Pocket) and (cut.depth, cut.face) == (5.0, "bottom") and cut.size[0] > 30
    assert isinstance(hole, ops.Holes) and (hole.diameter, hole.depth, hole.face) == (5.0, 12.0, "bottom")


def test_turn_one_end_down() -> None:
    cut = _ops("First a cylinder 12 dia 50 long. Then turn one end down to 8 dia for 15 mm.")[1]
    assert isinstance(cut, ops.Pocket) and cut.shape == "circle"
    assert (cut.depth, cut.island) == (15.0, 8.0) and cut.size[0] > 12


def test_slit_ring_and_open_shell() -> None:
    found = _ops("First I need a ring: outside 30, inside 16, 12 long. Then cut a 2 mm wide slit through one side of "
                 "the wall, the full length, so it can clamp.")
    assert isinstance(found[0], ops.Cylinder) and (found[0].diameter, found[0].bore, found[0].height) == (30.0, 16.0, 12.0)
    assert isinstance(found[1], ops.Pocket) and found[1].size[1] == 2.0 and found[1].depth is None
    shell = _ops("Cylinder 50 wide and 60 tall. Shell it with 2 mm walls, top face removed so it is open at the top.")
    assert isinstance(shell[0], ops.Cylinder) and (shell[0].diameter, shell[0].height) == (50.0, 60.0)
    assert shell[1] == ops.Shell(2.0, "top")
