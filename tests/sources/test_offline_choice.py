"""The offline source's choice between the templates and the step reader is honest: a step
part that is not the template's part is not shown at `high` over a `medium` template reading."""

from __future__ import annotations

from naturalcad.prompt.reading import Problem, Reading, ValueUse
from naturalcad.request import Request, validate
from naturalcad.sources.offline import TemplateSource
from naturalcad.sources.offline_choice import body_sizes, disagreement, mark_disagreement


def _template_reading() -> Reading:
    return Reading(confidence="medium", family="plate_with_holes", reason="plate",
                   values=[ValueUse("80", 80.0, "length", "length"), ValueUse("40", 40.0, "length", "width"),
                           ValueUse("6", 6.0, "length", "thickness"), ValueUse("12", 12.0, "length", None)],
                   problems=[Problem("unbound_number", "12")])


def test_only_typed_body_sizes_count():
    params = {"length": 80.0, "width": 40.0, "thickness": 6.0, "hole_diameter": 5.0, "corner_radius": 0.0}
    assert body_sizes(params, _template_reading()) == {"length": 80.0, "width": 40.0, "thickness": 6.0}
    assumed = {"length": 100.0, "width": 40.0, "thickness": 6.0}   # 100 was nobody's number
    assert body_sizes(assumed, _template_reading()) == {"width": 40.0, "thickness": 6.0}


def test_the_same_part_agrees_and_a_different_part_is_named():
    params = {"length": 80.0, "width": 40.0, "thickness": 6.0}
    same = {"plate_length": 80.0, "plate_width": 40.0, "plate_thickness": 6.0, "boss_d": 12.0}
    assert disagreement("plate_with_holes", params, _template_reading(), same) is None
    other = {"diameter": 40.0, "height": 12.0}          # a disc: 80 and 6 are none of its sizes
    why = disagreement("plate_with_holes", params, _template_reading(), other)
    assert why is not None and "plate with holes" in why and "length 80" in why and "thickness 6" in why
    assert "width" not in why


def test_a_disagreement_keeps_the_step_reading_off_high():
    steps = Reading(confidence="high", family="steps", reason="steps")
    mark_disagreement(steps, "the part families read this as a plate (length 80)")
    assert steps.confidence == "medium"
    assert [p.kind for p in steps.problems] == ["readers_disagree"]


def test_a_step_part_that_agrees_with_the_template_stays_high():
    # the template is medium on this caption; the step reader's hex prism has the template's sizes
    made = TemplateSource().generate(validate(Request(
        "A hexagonal prism measuring 24 mm across the flats and 10 mm high, with a 12 mm hole through its centre",
        offline=True)))
    assert made.family == "steps"
    assert made.reading is not None and made.reading.confidence == "high"
    assert not any(p.kind == "readers_disagree" for p in made.reading.problems)


def test_words_neither_reader_knows_keep_the_step_part_off_high():
    # the step reader builds the ball; "dragon figurine wrapped" names another object, which no reader made
    made = TemplateSource().generate(validate(Request("a dragon figurine wrapped around a 30 mm ball", offline=True)))
    assert made.reading is not None and made.reading.confidence == "low"
    assert {"dragon", "figurine"} <= set(made.reading.unread)
