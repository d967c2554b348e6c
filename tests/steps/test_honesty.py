"""The step reader's honesty: the shared ledger keeps a half-built part from `high`, and sizes that
clash are refused with both numbers (steps/accounting.py, steps/feasible.py). No CAD is run."""

from __future__ import annotations

import pytest

from naturalcad.request import ValidRequest
from naturalcad.sources.offline import NotUnderstoodError, TemplateSource
from naturalcad.steps import ops
from naturalcad.steps.generate import generate_steps
from naturalcad.steps.read import read


def test_a_knob_whose_flutes_were_not_built_is_not_high_and_names_them() -> None:
    made = generate_steps("grip knob 36 dia x 14 thick with 6 half-round flutes r3 cut into the rim, "
                          "flute centres on the 36 circle, and a 6 mm hole through the middle")
    assert made is not None
    assert not any("flute" in str(op).lower() for _, op in read(made.code).operations)
    assert made.reading.confidence != "high"
    assert any("flute" in d for d in made.reading.doubts)
    assert any(d.startswith("6 (") and "count" in d for d in made.reading.doubts)  # 6 bound to the 6 mm hole by value


T625 = ("Start by sketching a rectangle 0.75 units long and 0.25 units wide and extrude it 0.1 units to form a base. "
        "On the top face, sketch two circles of diameter 0.2 units on the centreline, with centres 0.15 units from each "
        "short end, and extrude them 0.15 units upward to form two cylindrical bosses. Then cut a hole of diameter 0.1 "
        "units along the axis of each boss, through both the boss and the base. The final part is 0.25 units tall.")


def test_two_bosses_read_as_one_are_never_high() -> None:
    made = generate_steps(T625)
    assert made is not None
    bosses = [op for _, op in read(T625).operations if isinstance(op, ops.Boss)]
    assert len(bosses) == 2 or made.reading.confidence != "high"
    if len(bosses) < 2:
        assert any("two cylindrical bosses" in d for d in made.reading.doubts)


@pytest.mark.parametrize("prompt", [
    "The object is a frustum with a flat top and a flat bottom. The bottom is 36 mm in diameter, the top is 18 mm in "
    "diameter, and they are 24 mm apart.",
    "1. Sketch a 90 x 60 rectangle and extrude it 6 mm. 2. Drill four 5 mm holes 8 mm in from each edge.",
])
def test_a_part_read_whole_stays_high(prompt: str) -> None:
    made = generate_steps(prompt)
    assert made is not None and made.reading.confidence == "high" and made.reading.doubts == []
    assert made.impossible is None


@pytest.mark.parametrize(("prompt", "numbers"), [
    ("1. Make a block 40 x 30 x 12 mm. 2. Drill a blind 6 mm hole 16 mm deep into the top face at the centre.",
     ("16 mm deep", "12 mm", "4 mm")),
    ("1. Make a bar 80 x 20 x 6 mm. 2. Drill two 10 mm through holes 7 mm apart, centred on the bar.",
     ("Ø10", "7 mm apart", "3 mm")),
    ("plate 70x50x12 with a counterbored hole in the middle: 9mm thru, counterbore 7 dia 4 deep",
     ("Ø7 counterbore", "Ø9")),
    ("1. A block 80 x 50 x 12 mm. 2. Mill a 40 x 25 pocket 18 mm deep into the top face, leaving a floor.",
     ("18 mm deep pocket", "12 mm", "6 mm")),
])
def test_sizes_that_clash_are_named_with_their_numbers(prompt: str, numbers: tuple[str, ...]) -> None:
    made = generate_steps(prompt)
    assert made is not None and made.impossible is not None
    for n in numbers:
        assert n in made.impossible


def test_the_offline_source_refuses_a_clash_the_step_reader_read() -> None:
    prompt = ("hi, could you make me a 40x40x15 block with a blind 8mm hole, 20 deep, in the top? it has to stay blind so "
              "nothing leaks out of the bottom")
    with pytest.raises(NotUnderstoodError) as err:
        TemplateSource().generate(ValidRequest(prompt, "part", None, True, None, "cli"))
    assert "20 mm deep" in str(err.value) and "15 mm" in str(err.value)
    assert err.value.reading.confidence == "low" and err.value.reading.problems[0].kind == "impossible"


def test_a_pocket_as_deep_as_the_part_or_less_is_built() -> None:
    for depth in ("5", "12"):
        made = generate_steps(f"1. A block 80 x 50 x 12 mm. 2. Mill a 40 x 25 pocket {depth} mm deep into the top face.")
        assert made is not None and made.impossible is None, depth
