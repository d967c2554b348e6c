"""The page never contradicts itself: notices, facts, checks, titles and counts agree."""

from __future__ import annotations

from naturalcad import pipeline
from naturalcad.request import Request
from naturalcad.ui import format as fmt

from .conftest import no_exceptions, texts

HISTORY = "pages/history.py"
STATUS = "pages/status.py"


def offline(prompt: str):
    result = pipeline.run(Request(prompt, offline=True))
    assert result.success, result.error
    return result


def test_no_sizes_given_is_not_called_the_sizes_given(settings):
    result = offline("make something nice")
    info = " ".join(fmt.sort_notices(result).info)
    assert "sizes given" not in info and "default sizes (the prompt gave none)" in info
    sized = offline("a thing 40 x 30 x 20 mm")
    assert "of the sizes given" in " ".join(fmt.sort_notices(sized).info)


def test_a_tube_bore_wider_than_the_tube_is_refused_not_replaced(settings):
    """A bore over the outside diameter used to be silently replaced (5 mm), with a check that
    then contradicted the notice; it is now refused before CAD with both numbers, so no part
    and no check can claim the 20 mm bore fits."""
    result = pipeline.run(Request("tube OD 10 ID 20 length 50", offline=True))
    assert not result.success and result.error_kind == "not_understood"
    assert "20 mm" in result.error and "10 mm" in result.error and "larger" in result.error
    assert not any("used 5 mm" in n for n in result.notices)
    assert result.artifacts == {}


def test_the_size_check_reads_in_the_order_the_facts_show(settings):
    result = offline("L bracket 50 x 30 x 40")
    facts_size = fmt.size_text(result)
    lines = fmt.size_checks(result.prompt, result.geometry, result.notices)
    assert lines[0] == (f"Size {facts_size} as requested", True)


def test_families_are_named_with_the_right_article_and_capitals(settings):
    result = offline("L bracket 50 x 30 x 40")
    assert fmt.sort_notices(result).interpretation.startswith("Read as an L bracket")
    assert fmt.with_article("tube") == "a tube" and fmt.with_article("angle bracket") == "an angle bracket"
    assert fmt.with_article("U channel") == "a U channel" and fmt.family_text("l_bracket") == "L bracket"


def test_a_plate_without_holes_is_not_called_a_plate_with_holes(settings, open_app):
    result = offline("plate 100 x 60 x 5")
    assert result.geometry["holes"] == 0 and result.family == "plate_with_holes"
    assert fmt.part_name(result) == "plate"
    assert fmt.sort_notices(result).interpretation == "Read as a plate"
    at = open_app(run=result.run_id)
    no_exceptions(at)
    header = " ".join(texts(at.caption))
    assert "plate with holes" not in header and "· plate ·" in header
    holed = offline("plate 100 x 60 x 5 with four 6 mm corner holes")
    assert holed.geometry["holes"] == 4 and fmt.part_name(holed) == "plate with holes"


def test_a_directive_in_a_prompt_is_shown_as_typed(settings, open_app):
    assert fmt.untrusted(":red[red] at 12:30, http://x") == "\\:red\\[red\\] at 12:30, http://x"
    result = offline("box 40 x 30 x 20 mm :red[red]")
    at = open_app(run=result.run_id)
    no_exceptions(at)
    assert at.subheader[0].value == "box 40 x 30 x 20 mm \\:red\\[red\\]"


def test_status_and_history_count_the_same_runs(settings, open_app):
    offline("box 40 x 30 x 20 mm")
    refused = pipeline.run(Request("", offline=True))
    assert refused.error_kind == "request"
    history = open_app(HISTORY)
    runs_metric = {m.label: m.value for m in history.metric}["Runs"]
    status = open_app(STATUS)
    no_exceptions(status)
    assert runs_metric == "2"
    assert any(s.value.startswith(f"{runs_metric} runs ·") for s in status.subheader), [s.value for s in status.subheader]


def test_a_refused_prompt_is_titled_by_what_was_typed_or_refused(settings):
    refused = pipeline.run(Request("", offline=True))
    assert fmt.part_name(refused) == "refused"
    assert fmt.history_row(refused)["family"] == "refused"


def test_cancelled_and_refused_runs_say_so_in_the_history_table(settings):
    from naturalcad.request import RunResult

    cancelled = RunResult(run_id="20261201-000000-cancel01", success=False, error_kind="cancelled", prompt="plate")
    assert fmt.history_row(cancelled)["size"] == "cancelled"
    refused = pipeline.run(Request("", offline=True))
    assert fmt.history_row(refused)["size"] == "refused"


def test_the_reading_and_the_checks_name_the_hole_count_as_people_do(settings):
    from naturalcad.ui import reading

    result = offline("Plate 120 x 80 x 6 mm with four 8 mm corner holes")
    assert result.reading is not None
    from naturalcad.sources.templates import generate_from_prompt

    read = generate_from_prompt(result.prompt).reading
    bound = reading.bound_text(read)
    assert "hole count 4 (“four”)" in bound and "columns" not in bound, bound
    notes = [note for _, _, kind, note in reading.marks(result.prompt, read) if kind == "bound"]
    assert "hole count 4" in notes and not any("*" in n or "columns" in n for n in notes), notes
    checks = [text for text, ok in fmt.size_checks(result.prompt, result.geometry, result.notices) if ok]
    assert "“four” found as the hole count" in checks and "“8 mm” found as a hole diameter" in checks, checks


def test_a_prompt_not_understood_is_not_a_failed_custom_run(settings, open_app):
    """"chess knight" is refused before CAD (no family fits): History names it "not understood",
    not "custom", and it does not lower the success rate."""
    offline("box 40 x 30 x 20 mm")
    knight = pipeline.run(Request("Could you do a chess knight for my set, about 50mm tall?", offline=True))
    assert not knight.success and knight.error_kind == "not_understood"
    assert fmt.part_name(knight) == "not understood" and not fmt.counts_toward_success(knight)
    row = fmt.history_row(knight)
    assert (row["family"], row["size"]) == ("not understood", "not understood")
    history = open_app(HISTORY)
    no_exceptions(history)
    shown = {m.label: m.value for m in history.metric}
    assert (shown["Runs"], shown["Success rate"]) == ("2", "100%")


def test_the_reading_box_names_the_family_as_the_facts_do(settings, open_app):
    """The "Read as …" box used its own naming: "Read as a l bracket", and "a plate with holes"
    for a plate the caption (rightly) called a plate."""
    bracket = offline("L bracket 50 x 30 x 40")
    at = open_app(run=bracket.run_id)
    no_exceptions(at)
    boxes = " ".join(texts(at.success) + texts(at.warning) + texts(at.error))
    assert "Read as an L bracket ·" in boxes and "a l bracket" not in boxes.lower(), boxes
    plain = offline("plate 100 x 60 x 5")
    at = open_app(run=plain.run_id)
    no_exceptions(at)
    boxes = " ".join(texts(at.success) + texts(at.warning) + texts(at.error))
    assert "Read as a plate ·" in boxes and "plate with holes" not in boxes, boxes
    holed = offline("plate 100 x 60 x 5 with four 6 mm corner holes")
    at = open_app(run=holed.run_id)
    assert "Read as a plate with holes ·" in " ".join(texts(at.success) + texts(at.warning))


def test_a_step_not_understood_is_not_also_a_failed_size_check(settings):
    """'Knurl the rim with a 1 mm pitch' is reported as step 3 not understood; the size check
    used to add '✗ Hole pitch: requested 1 mm, measured 12 mm' for the same words."""
    result = offline("Pipe flange.\n1. Make a disc 100 mm in diameter and 12 mm thick.\n"
                     "2. Bore a 40 mm hole through the centre.\n3. Knurl the rim with a 1 mm pitch.")
    assert result.success and result.reading["confidence"] == "low"
    assert any("step 3 not understood" in (s.get("problem") or "") for s in fmt.reading_steps(result))
    lines = fmt.size_checks(result.prompt, result.geometry, result.notices, fmt.reading_steps(result))
    assert [text for text, ok in lines if not ok] == []
    assert any("40 mm" in text and ok for text, ok in lines)
    assert not any("Size check" in w for w in result.warnings)
    assert fmt.size_checks(result.prompt, result.geometry, result.notices)[-1][1] is False  # without the steps it is


def test_a_step_not_understood_is_said_once_as_its_own_sentence(settings):
    """The step's sentence was cut at 120 characters and wrapped as '“step 3 not understood: …”: not made
    (the part has no such feature)'."""
    from naturalcad.ui import reading as reading_ui

    result = offline("Pipe flange.\n1. Make a disc 100 mm in diameter and 12 mm thick.\n"
                     "2. Bore a 40 mm hole through the centre.\n3. Knurl the rim with a 1 mm pitch.")
    lines = reading_ui.not_understood(reading_ui.of(result))
    (step,) = [line for line in lines if "Knurl" in line]
    assert step.startswith("Step 3 not understood: 'Knurl the rim with a 1 mm pitch'")
    assert step.endswith("the part is built without it)") and "not made" not in step
