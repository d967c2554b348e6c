"""A feature a step says the part must not have is not read as one, before or after its noun."""

from __future__ import annotations

from naturalcad.steps import reading_of


def test_a_negated_hole_is_not_made_and_its_neighbour_number_is_not_its_size():
    reading = reading_of("bump stop: solid cylinder Ø25, 15 high, no screw hole, the top circular edge rounded R2. "
                         "Bottom edge sharp.")
    first = reading.steps[0]
    assert "hole" not in first.summary, first.summary
    assert not any(v.role == "hole_diameter" for v in first.values)


def test_threads_said_to_be_unneeded_after_the_noun_leave_the_hole_step_read():
    reading = reading_of("1. Sketch a regular hexagon 19 mm across the flats.\n2. Extrude 10 mm.\n"
                         "3. Cut a 10.2 mm hole straight through the middle (M12 tap drill size, threads not needed).")
    third = reading.steps[2]
    assert third.problem is None and third.operation == "holes", (third.operation, third.problem)
    assert [v.value for v in third.values if v.role] == [10.2]
