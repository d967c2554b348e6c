"""The offline reading: standards read as sizes, names never read as lengths, impossible sizes refused."""

import pytest

from naturalcad.sources.templates import NotUnderstood, generate_from_prompt


def test_pipe_schedule_reads_as_its_outside_diameter_and_wall():
    made = generate_from_prompt('1-1/4" sch 40 pipe, 300 long')
    assert made.family == "tube" and made.params == {"outer_diameter": 42.2, "inner_diameter": 35.08, "length": 300.0}
    assert made.reading.confidence == "high"
    assert made.reading.values[0].role == "NPS 1-1/4 sch 40 pipe: 42.2 mm OD, 3.56 mm wall (ASME B36.10M)"


def test_a_bearing_that_is_the_part_reads_as_its_envelope_one_it_goes_with_does_not():
    ring = generate_from_prompt("625 bearing placeholder ring")
    assert ring.params == {"outer_diameter": 16.0, "inner_diameter": 5.0, "length": 5.0}
    housing = generate_from_prompt("housing for a 6001 bearing: 40 dia, 8 thick")
    # the part goes with the bearing: its bore is the bearing's 28 mm outside (ISO 15), never 6001 mm
    assert housing.params == {"outer_diameter": 40.0, "inner_diameter": 28.0, "length": 8.0}
    roles = {v.text: v.role for v in housing.reading.values}
    assert roles["6001"] == "bearing 6001 (ISO 15): 12 bore, 28 OD, 8 wide; its 28 mm OD is the bore"


@pytest.mark.parametrize("prompt", ["case for an iPhone 15", "608 bearing housing for a skateboard"])
def test_product_and_catalogue_numbers_are_never_lengths(prompt):
    try:
        made = generate_from_prompt(prompt)
    except NotUnderstood as err:
        assert err.reading.confidence == "low"
        return
    assert 15.0 not in made.params.values() and 608.0 not in made.params.values()
    # "608 bearing housing": the bore is the bearing's 22 mm OD; the housing's outside is assumed
    assert made.params.get("inner_diameter") == 22.0 and made.reading.confidence != "high"
    assert "outer diameter" in [a.name for a in made.reading.assumed]


def test_a_drawing_in_inches_is_read_in_inches():
    made = generate_from_prompt("PLATE 3/8 THK X 4 X 6, 4X Ø.281 THRU")
    assert (made.params["length"], made.params["width"], made.params["thickness"]) == (152.4, 101.6, 9.525)
    assert made.params["hole_diameter"] == pytest.approx(7.1374) and made.params["columns"] * made.params["rows"] == 4


def test_holes_that_cannot_fit_are_refused_with_by_how_much():
    with pytest.raises(NotUnderstood) as err:
        generate_from_prompt("plate 10 x 10 x 2 mm with four 8 mm corner holes")
    assert "each hole would cut 1.5 mm past the edge" in str(err.value)
    assert err.value.reading.confidence == "low"


def test_negation_not_honoured_reads_low():
    made = generate_from_prompt("M8 nut, no hole")
    assert made.params["hole_diameter"] > 0  # a nut always has its thread hole: the reading must say so
    assert made.reading.confidence == "low" and [n.honoured for n in made.reading.negations] == [False]


def test_negation_is_honoured_by_a_family_that_assumes_a_bore():
    made = generate_from_prompt("spur gear 20 teeth module 2, 10 mm face width, no hole")
    assert made.params["bore_diameter"] == 0.0  # the gear's assumed bore is left out (issue 12, item 5)
    assert [n.honoured for n in made.reading.negations] == [True] and made.reading.confidence == "high"


def test_a_body_size_nobody_gave_keeps_the_reading_off_high():
    # the gear's face width and a tube's bore were assumed: listed, and the part is not `high`
    for prompt, assumed in (("spur gear 20 teeth module 2, no hole", "face width"), ("tube OD 40, 100 long", "inner diameter")):
        reading = generate_from_prompt(prompt).reading
        assert assumed in [a.name for a in reading.assumed] and reading.confidence == "medium", (prompt, reading)
        assert any(p.kind == "assumed_size" and p.subject == assumed for p in reading.problems)
