"""Item 7 in the part families: sizes that clash are refused with the conflict and its numbers, never
shrunk into a part that looks read (the pulley's bore, a keyway sized before its noun)."""

from __future__ import annotations

import pytest

from naturalcad.sources.templates import NotUnderstood, generate_from_prompt


def test_a_pulley_bore_through_its_teeth_is_refused_with_the_diameters() -> None:
    with pytest.raises(NotUnderstood) as err:
        generate_from_prompt("GT2 pulley, 16 teeth, 12 mm bore")
    text = str(err.value)
    assert err.value.impossible
    assert "12 mm bore" in text and "16-tooth" in text and "outside diameter is 9.68 mm" in text


def test_a_pulley_whose_bore_fits_is_built_with_it() -> None:
    made = generate_from_prompt("GT2 pulley, 40 teeth, 8 mm bore")
    assert made.params["bore_diameter"] == 8.0 and made.params["teeth"] == 40


def test_a_keyway_sized_before_its_noun_is_read_and_refused_when_wider_than_the_shaft() -> None:
    with pytest.raises(NotUnderstood) as err:
        generate_from_prompt("10mm shaft, 50 long, with a 12 mm wide x 3 deep keyway along it")
    assert err.value.impossible and "12 mm wide keyway" in str(err.value) and "Ø10" in str(err.value)
    made = generate_from_prompt("25mm shaft, 80 long, with an 8 mm wide x 4 deep keyway, 30 long")
    assert made.params["keyway_width"] == 8.0 and made.params["keyway_depth"] == 4.0


def test_a_template_reading_of_a_place_bound_to_a_size_by_value_is_not_high() -> None:
    made = generate_from_prompt("plate 120x80x10, four 6.6 holes 10 in from each corner, counterbored Ø11 x 6.5 deep")
    assert made.reading is not None and made.reading.confidence != "high"
    assert any(p.kind == "bound_by_value" and p.subject.startswith("10 ") for p in made.reading.problems)
