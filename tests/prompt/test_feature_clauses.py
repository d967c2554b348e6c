"""The feature clauses both readers share (prompt/feature_clauses.py, issue 12 item 5, branch c-features):
a slot's width and overall length or centre distance in any order, an edge's length in brackets."""

from __future__ import annotations

import pytest

from naturalcad.prompt.feature_clauses import read_slot_clause, without_edge_asides


@pytest.mark.parametrize(("text", "width", "length", "centres"), [
    ("plate 120x40x6 with one through slot 8 wide, 30 between the end radius centres, slot centred", 8, 38, 30),
    ("flat bar 150 x 50 x 8, one slotted hole 10 wide with 40 mm centre to centre, in the middle", 10, 50, 40),
    ("plate 100x60x5 with a centred through slot, 12 wide and 50 long overall, lengthwise", 12, 50, 0),
    ("plate of 80x30x5 with a slot of 6 mm of wide y 40 of long total, centrada", 6, 40, 0),
    ("base plate 200x80x10, a single 14 mm wide slot, centres 60 apart, centred", 14, 74, 60),
])
def test_slot_clause(text: str, width: float, length: float, centres: float) -> None:
    got = read_slot_clause(text)
    assert got is not None
    assert (got.width, got.length, got.centres, got.count) == (width, length, centres, 1)


def test_slot_without_width_is_not_a_clause() -> None:
    assert read_slot_clause("plate 100 x 50 x 5 with a slot") is None


def test_edge_length_in_brackets() -> None:
    assert without_edge_asides("round the four vertical (20 mm) edges with 4 mm fillets") == \
        "round the four vertical edges with 4 mm fillets"
    assert without_edge_asides("a Ø20 (nominal) bore") == "a Ø20 (nominal) bore"
