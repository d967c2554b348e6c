"""The plain-words rules (prompt/plain_words.py): each rule against its own examples and a near miss."""

from __future__ import annotations

import pytest

from naturalcad.prompt.plain_words import RULES, expand


@pytest.mark.parametrize("typed, wanted", [
    ("blk 60x40x20", "block 60x40x20"),
    ("pl 100x60x5", "plate 100x60x5"),
    ("cyl 30 dia x 50 lg pls", "cylinder 30 dia x 50 lg please"),
    ("2 rows x 5 cols of holes", "2 rows x 5 columns of holes"),
    ("Scheibe Ø 40 mm, 3,5 mm dick", "disc Ø 40 mm, 3,5 mm thick"),
    ("rondelle Ø 30, épaisseur 2", "washer Ø 30, thickness 2"),
    ("Bohrung (bore) 12,7 mm", "bore 12.7 mm"),
    ("outer (OD) 40", "OD 40"),
    ("agujero 10,5, espesor 2", "hole 10.5, thickness 2"),
    ("6 x 8mm holes on 70 PCD", "six 8 mm holes on 70 PCD"),
    ("a 30 hole in the centre", "a 30 mm hole in the centre"),
    ("one hole of 25 in the centre", "a 25 mm hole in the centre"),
    ("4 holes of 9 at 20 from every edge", "4 holes of 9 mm at 20 from every edge"),
    ("a 6 mm hole in each corner", "four 6 mm corner holes"),
    ("6 mm of wall around it", "6 mm wall"),
    ("coaster for a 350 ml mug, 100 mm disc", "coaster for it, 100 mm disc"),
    ("standoff, hex no — round, dia 7", "standoff, round, dia 7"),
    ("not hex but round, 8 dia", "round, 8 dia"),
    ("round (not hex) standoff", "round standoff"),
])
def test_each_form_is_read(typed: str, wanted: str) -> None:
    text, uses = expand(typed)
    assert " ".join(text.split()) == wanted
    assert uses, "the reading records where the words came from"


@pytest.mark.parametrize("typed", [
    "R5 ALL CORNERS (vertical)",       # a remark in brackets, not a gloss
    "col 3 of the table",              # cols/col only beside rows
    "con rod 120 long",                # English too: read only beside another foreign word
    "plate 120 x 80 x 6 mm holes",     # no count before the x
    "a mug, 80 dia, 100 tall",         # the mug is the part
    "hole 10,5 x 20",                  # a decimal comma before x is left to the size readers
    "round, not round",                # the same shape twice is no correction
])
def test_near_misses_are_left(typed: str) -> None:
    assert expand(typed)[0] == typed


def test_rules_are_named() -> None:
    assert len({r.name for r in RULES}) == len(RULES)


def test_cut_to_apart_from_the_section() -> None:
    from naturalcad.prompt.written_forms import expand as written

    assert "260 mm long" in written("flat bar 25 wide 4 thick, holes every 20, bar cut to 260 mm")[0]
    assert written("bar 300 long, cut to 300 mm")[0] == "bar 300 long, cut to 300 mm"  # a length given: left
    assert "cut to 250" in written("flat bar 40 per 8, cut to 250")[0]  # a section beside it: the families read both
