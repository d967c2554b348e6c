"""The shared ledger (naturalcad/prompt/ledger.py): each rule against phrasings that must and must not trip it."""

from __future__ import annotations

import re

import pytest

from naturalcad.prompt.ledger import (
    Bound,
    Made,
    bound_by_value,
    counts_not_made,
    role_kind,
    said,
    unbuilt_features,
    unused_radii,
)


def _at(text: str, token: str, nth: int = 0) -> tuple[int, int]:
    m = [m for m in re.finditer(rf"(?<![\d.]){re.escape(token)}(?![\d.])", text)][nth]
    return m.start(), m.end()


@pytest.mark.parametrize(("text", "token", "kind"), [
    ("fluted knob, 40 dia, 8 half-round flutes r4", "8", "count"),
    ("a plate with 6 equally spaced holes", "6", "count"),
    ("two 12 mm holes spaced 8 mm apart centre to centre", "8", "position"),
    ("holes 10 mm in from each edge", "10", "position"),
    ("two circles with centres 0.15 mm from each short end", "0.15", "position"),
    ("a 20mm bore", "20", "size"),
    ("plate 5 with two slots 6 wide", "5", None),            # a preposition between: not a count
    ("bar 300 long with 8 mm holes", "300", None),
    ("the top is 18 mm in diameter, and they are 24 mm apart", "24", "size"),  # faces apart: a height, not a place
    ("1/4-20 UNC tapped holes", "20", None),                  # a thread's number
    ("on the 40 circle", "40", None),                         # singular: a size, not a count
])
def test_the_words_beside_a_number_say_its_kind(text: str, token: str, kind: str | None) -> None:
    start, end = _at(text, token)
    assert said(text, start, end) == kind


@pytest.mark.parametrize(("role", "kind"), [
    ("hole_diameter", "size"), ("counterbore_diameter", "size"), ("teeth", "count"), ("hole_count", "count"),
    ("edge_offset", "position"), ("x_pitch", "position"), ("extrude depth", "size"), ("size", None),
    ("(length - width) / 2", None),
])
def test_a_roles_kind_comes_from_its_name(role: str, kind: str | None) -> None:
    assert role_kind(role) == kind


def test_a_count_bound_to_a_hole_diameter_is_named_with_its_words() -> None:
    text = "knob 40 dia, 8 half-round flutes cut into the rim, 8 mm hole thru"
    first, second = _at(text, "8", 0), _at(text, "8", 1)
    bound = [Bound("8", 8.0, *first, "hole_diameter"), Bound("8", 8.0, *second, "hole_diameter")]
    doubts = bound_by_value(text, bound)
    assert len(doubts) == 1 and doubts[0].rule == "bound_by_value"
    assert "8 half-round flutes" in doubts[0].subject and "hole diameter" in doubts[0].subject


def test_a_count_the_part_has_is_accounted_for_whatever_its_role_name() -> None:
    text = "plate with 6 holes"
    doubts = bound_by_value(text, [Bound("6", 6.0, *_at(text, "6"), "hole_diameter")], counts={6})
    assert doubts == []


def test_a_distance_the_part_has_is_accounted_for_and_one_it_lacks_is_not() -> None:
    text = "two holes spaced 8 mm apart"
    bound = [Bound("8", 8.0, *_at(text, "8"), "height")]
    assert bound_by_value(text, bound, places={8.0}) == []
    assert [d.rule for d in bound_by_value(text, bound, places={4.0})] == ["bound_by_value"]


def test_a_length_with_its_unit_bound_to_a_count_is_a_doubt() -> None:
    text = "GT2 pulley 20 teeth with a 20mm bore"
    bound = [Bound("20", 20.0, *_at(text, "20", 0), "teeth"), Bound("20", 20.0, *_at(text, "20", 1), "teeth")]
    doubts = bound_by_value(text, bound, counts={20})
    assert len(doubts) == 1 and "20mm bore" in doubts[0].subject


def test_feature_nouns_the_part_lacks_are_listed_and_negated_ones_are_not() -> None:
    made = Made({"knob_diameter", "hole_diameter", "cylinder", "holes"})
    found = unbuilt_features("fluted grip knob with a knurled rim and a groove", made)
    assert {d.subject.split(" (")[0] for d in found} == {"fluted", "knurled", "groove"}
    assert unbuilt_features("knob without flutes, no knurl", made) == []
    assert unbuilt_features("fluted knob", Made({"flute_count"})) == []


def test_a_count_before_a_feature_noun_must_be_a_count_of_the_part() -> None:
    assert [d.rule for d in counts_not_made("two cylindrical bosses on the top", Made(counts={1}))] == ["count_not_made"]
    assert counts_not_made("two cylindrical bosses on the top", Made(counts={2})) == []
    assert counts_not_made("four holes", Made(counts={2})) == []  # 2 x 2
    assert counts_not_made("plate 5 with no holes", Made(counts={1})) == []
    assert counts_not_made("5 mm holes", Made(counts={1})) == []  # a size, not a count


@pytest.mark.parametrize("prompt, n", [
    ("a pair of 10 mm bosses 5 tall", 2), ("twin Ø6 pins", 2), ("three 8 mm wide slots", 3),
    ("half a dozen 4 mm slots", 6), ("a couple of 12 mm posts", 2),
])
def test_a_count_with_a_size_before_its_noun_is_still_a_count(prompt: str, n: int) -> None:
    assert [d.rule for d in counts_not_made(prompt, Made(counts={1}))] == ["count_not_made"]
    assert counts_not_made(prompt, Made(counts={n})) == []


def test_a_radius_in_shorthand_no_size_has_is_unused() -> None:
    assert [d.subject.split(" ")[0] for d in unused_radii("8 flutes r4 cut into the rim", [40.0, 15.0, 6.0], False)] == ["r4"]
    assert unused_radii("8 flutes r4", [8.0], False) == []  # a Ø8 made from it
    assert unused_radii("all edges rounded r3", [40.0], True) == []  # the rounds took it
