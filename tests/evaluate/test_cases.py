"""Reading prompt sets: the JSONL form, its errors, and the folder form measured from reference files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from naturalcad.evaluate.cases import EvalInputError, load_cases

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _write(tmp_path: Path, *rows: object) -> Path:
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_the_example_set_reads_with_sorted_expectations():
    cases = load_cases(EXAMPLES / "prompts.jsonl")
    assert len(cases) >= 20 and len({c.id for c in cases}) == len(cases)
    block = cases[0]
    assert block.expect.extents == (15.0, 45.0, 75.0) and block.expect.volume == 50625.0 and block.expect.genus == 0
    flat = next(c for c in cases if c.output_type == "2d_vector")
    assert flat.flat and flat.expect.extents2d == (100.0, 150.0)


@pytest.mark.parametrize(("row", "message"), [
    ("{not json", "set.jsonl line 1 is not valid JSON"),
    ({"id": "a", "expect": {}}, "line 1: `prompt` is missing"),
    ({"id": "a", "prompt": "x", "expect": {"extents": [1, 2]}}, "expect.extents must be 3 numbers"),
    ({"id": "a", "prompt": "x", "expect": {"genus": 1.5}}, "expect.genus is a count of through-holes"),
    ({"id": "a", "prompt": "x", "expect": {"holes": 2}}, "unknown expectation holes"),
    ({"id": "a", "prompt": "x", "output_type": "3d"}, "unknown output_type '3d'"),
    ({"id": "a", "prompt": "x", "reference": "missing.step"}, "reference file missing.step does not exist"),
])
def test_bad_lines_are_named(tmp_path, row, message):
    with pytest.raises(EvalInputError, match=message.replace("(", r"\(").replace("[", r"\[")):
        load_cases(_write(tmp_path, row))


def test_duplicate_ids_are_refused(tmp_path):
    path = _write(tmp_path, {"id": "a", "prompt": "cube 10 mm"}, {"id": "a", "prompt": "cube 20 mm"})
    with pytest.raises(EvalInputError, match="id 'a' is used twice"):
        load_cases(path)


def test_missing_file_and_empty_folder(tmp_path):
    with pytest.raises(EvalInputError, match="does not exist"):
        load_cases(tmp_path / "nope.jsonl")
    with pytest.raises(EvalInputError, match="holds no tasks"):
        load_cases(tmp_path)


@pytest.mark.slow
def test_folder_tasks_are_measured_from_their_reference_step_and_stl():
    """The folder form's measured expectations equal the ones build123d wrote into prompts.jsonl."""
    folder = {c.id: c for c in load_cases(EXAMPLES / "folder")}
    written = {c.id: c for c in load_cases(EXAMPLES / "prompts.jsonl")}
    assert set(folder) == {"e03", "e08", "e13"}
    for case_id, case in folder.items():
        want = written[case_id].expect
        assert case.prompt == written[case_id].prompt
        assert case.reference is not None and case.reference.is_file()
        assert case.expect.extents == pytest.approx(want.extents, abs=0.01)
        assert case.expect.volume == pytest.approx(want.volume, rel=1e-3)
        assert case.expect.genus == want.genus
    assert folder["e08"].expect.genus == 7  # the bore and six bolt holes, counted on the STEP's B-rep


def test_a_broken_reference_is_a_sentence(tmp_path):
    task = tmp_path / "bad"
    task.mkdir()
    (task / "prompt.txt").write_text("a cube")
    (task / "reference.step").write_text("ISO-10303-21; this is not a STEP file")
    with pytest.raises(EvalInputError, match="cannot be read as STEP"):
        load_cases(tmp_path)
