"""The thread of versions, the diff against the generated script, the reading marks and form (no browser)."""

from __future__ import annotations

from naturalcad.prompt import Reading, ValueUse
from naturalcad.request import RunResult
from naturalcad.sources.templates import form, generate_from_prompt
from naturalcad.ui import editor, reading, versions

PROMPT = "Plate 120 x 80 x 6 mm with four 8 mm corner holes and a flux capacitor"


def _run(run_id: str, parent: str | None, when: str, *, source: str = "template", success: bool = True,
         params: dict | None = None, extents: list[float] | None = None, code: str = "") -> RunResult:
    return RunResult(run_id=run_id, success=success, parent_run_id=parent, created_at=when, source=source,
                     prompt="Plate 120 x 80 x 6", params=params or {"length": 120.0}, code=code,
                     geometry={"kind": "3d_solid", "extents": extents or [120, 80, 6], "valid": True})


def _store(*runs: RunResult):
    by_id = {r.run_id: r for r in runs}

    def children(ids: list[str]) -> list[RunResult]:
        return sorted((r for r in runs if r.parent_run_id in ids), key=lambda r: r.created_at)

    return by_id.get, children


def test_a_thread_numbers_built_versions_in_order_and_steps_back_forward_and_undoes():
    v1 = _run("a", None, "2026-01-01T10:00")
    v2 = _run("b", "a", "2026-01-01T10:01", params={"length": 150.0}, extents=[150, 80, 6])
    failed = _run("x", "b", "2026-01-01T10:02", success=False)
    v3 = _run("c", "a", "2026-01-01T10:03", params={"length": 90.0}, extents=[90, 80, 6])  # a branch from v1
    load, children = _store(v1, v2, failed, v3)
    thread = versions.build_thread(v3, load, children)
    assert [v.run.run_id for v in thread.versions] == ["a", "b", "c"]  # the failed run is not a version
    assert [v.number for v in thread.versions] == [1, 2, 3]
    assert thread.versions[1].kind == "Adjusted" and "120 → 150" in thread.versions[1].change
    assert thread.step("c", -1).run.run_id == "b" and thread.step("a", -1) is None and thread.step("c", 1) is None
    assert thread.undo_target("c").run.run_id == "a"  # v3 continues v1, so Undo goes to v1, not v2
    rows = {r.fact: r for r in versions.compare(v1, v2)}
    assert rows["Size"].left == "120 × 80 × 6 mm" and rows["Size"].right == "150 × 80 × 6 mm" and rows["Size"].differs
    assert not rows["Part"].differs


def test_the_diff_is_against_the_nearest_generated_script():
    generated = _run("g", None, "t1", code="length = 120.0\nresult = 1\n")
    edited = _run("e", "g", "t2", source="user", code="length = 100.0\nresult = 1\n")
    edited_again = _run("f", "e", "t3", source="user", code="length = 90.0\nresult = 1\n")
    load, _ = _store(generated, edited, edited_again)
    diff = editor.script_diff(edited_again, load)
    assert diff.base_run_id == "g" and (diff.added, diff.removed) == (1, 1)
    assert "-length = 120.0" in diff.unified and "+length = 90.0" in diff.unified
    assert not editor.script_diff(generated, load).changed
    assert editor.submitted_text({"type": "submit", "text": "x = 1"}) == "x = 1"
    assert editor.submitted_text({"type": "blur", "text": "x = 1"}) is None


def test_the_prompt_is_marked_with_what_set_each_size_and_what_was_not_understood():
    made = generate_from_prompt(PROMPT)
    marked = reading.marks(PROMPT, made.reading)
    pieces = {PROMPT[a:b]: (kind, note) for a, b, kind, note in marked}
    assert pieces["120"] == ("bound", "length")
    assert pieces["8 mm"] == ("bound", "hole diameter")
    assert pieces["flux"][0] == "unread" and pieces["capacitor"][0] == "unread"
    text = reading.highlighted(PROMPT, made.reading)
    assert ":green-background[120 → length]" in text and ":red-background[flux (not understood)]" in text


def test_the_form_remakes_the_prompt_as_the_family_and_sizes_chosen():
    fields = {f.name: f.value for f in form.size_fields(PROMPT, "plate_with_holes")}
    assert fields["length"] == 120.0 and fields["hole_diameter"] == 8.0
    made = form.make(PROMPT, "plate_with_holes", {"length": 150.0, "hole_diameter": 10.0, "no_such": 3.0})
    assert made.params["length"] == 150.0 and made.params["hole_diameter"] == 10.0 and made.params["width"] == 80.0
    assert "length = 150.0" in made.code
    box = form.make(PROMPT, "box", {"height": 20.0})
    assert box.family == "box" and box.params["height"] == 20.0 and box.params["length"] == 120.0


def test_compare_writes_sizes_and_lengths_in_the_unit_shown():
    code = "length = 120.0  # mm, overall length\ncount = 4  # number of holes\nresult = 1\n"
    v1 = _run("a", None, "2026-01-01T10:00", params={"length": 120.0, "count": 4}, extents=[120, 80, 6], code=code)
    v2 = _run("b", "a", "2026-01-01T10:01", params={"length": 150.0, "count": 4}, extents=[150, 80, 6], code=code)
    inches = {r.fact: r for r in versions.compare(v1, v2, "in")}
    assert inches["Size"].left == "4.724 × 3.15 × 0.236 in" and inches["Size"].right == "5.906 × 3.15 × 0.236 in"
    assert inches["Length"].left == "4.724 in" and inches["Length"].right == "5.906 in" and inches["Length"].differs
    assert inches["Count"].left == "4" and not inches["Count"].differs  # a count has no unit to convert
    millimetres = {r.fact: r for r in versions.compare(v1, v2)}
    assert millimetres["Size"].left == "120 × 80 × 6 mm" and millimetres["Length"].left == "120 mm"


STEPS = ("Pipe flange.\n1. Make a disc 100 mm in diameter and 12 mm thick.\n2. Bore a 40 mm hole through the centre.\n"
         "3. Knurl the rim with a 1 mm pitch.\n4. Break the outer top edge with a 1 mm chamfer.")


def test_marks_sit_on_the_number_they_belong_to_not_on_a_step_number_or_inside_another_number():
    """The chamfer's '1' was marked on the knurl's '1 mm pitch', and the knurl's on the '1.' of step 1."""
    read = Reading(family="steps", values=[ValueUse("100", 100.0, "length", "diameter"),
                                           ValueUse("12", 12.0, "length", "height"),
                                           ValueUse("40", 40.0, "length", "hole_diameter"),
                                           ValueUse("1", 1.0, "length", None),  # the knurl's, in step 3
                                           ValueUse("1", 1.0, "length", "chamfer")])  # as the step reader lists them
    marked = {(STEPS[a:b], a): (kind, note) for a, b, kind, note in reading.marks(STEPS, read)}
    knurl, chamfer = STEPS.index("1 mm pitch"), STEPS.index("1 mm chamfer")
    assert marked[("1", chamfer)] == ("bound", "chamfer")
    assert marked[("1", knurl)][0] == "unbound"
    assert not [at for (text, at) in marked if at == STEPS.index("1. Make")]  # a list number is not a value
    assert marked[("100", STEPS.index("100"))][0] == "bound"
    assert all(text != "1" or at in (knurl, chamfer) for text, at in marked)


def test_a_whole_number_is_not_found_inside_a_longer_one():
    assert reading._whole("disc 100 mm, 1 hole", 5, 6) is False   # the 1 of 100
    assert reading._whole("disc 100 mm, 1 hole", 13, 14) is True
    assert reading._whole("plate 2.5 thick", 8, 9) is False       # the 5 of 2.5
    assert reading._whole("Step 3: drill 3 holes", 5, 6) is False  # 'Step 3:' is a list mark
    assert reading._whole("bore 40. Then", 5, 7) is True           # a size ending a sentence
