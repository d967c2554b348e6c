"""Splitting a description into steps, and telling steps from a part name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from naturalcad.steps import reads_as_steps, split_steps

DATA = Path(__file__).resolve().parents[1] / "data"


def test_numbered_steps_keep_their_numbers_and_sentences_share_them():
    steps = split_steps("Mounting plate.\n1. Sketch a rectangle 100 x 60 mm and extrude 8 mm.\n"
                        "2. Drill four 6.5 mm holes. Each is 8 mm from the edges.\n3. Fillet the vertical edges 3 mm.")
    assert [(s.number, s.text) for s in steps] == [
        (0, "Mounting plate"), (1, "Sketch a rectangle 100 x 60 mm and extrude 8 mm"),
        (2, "Drill four 6.5 mm holes"), (2, "Each is 8 mm from the edges"), (3, "Fillet the vertical edges 3 mm")]
    assert [s.index for s in steps] == [0, 1, 2, 3, 4]


def test_step_n_labels_and_bullets():
    steps = split_steps("Step 1: Sketch a 150 x 40 rectangle and extrude it 6 mm.\nStep 2: Drill 5 holes of 8 mm.")
    assert [(s.number, s.text) for s in steps] == [(1, "Sketch a 150 x 40 rectangle and extrude it 6 mm"),
                                                   (2, "Drill 5 holes of 8 mm")]
    bullets = split_steps("Plate 90 x 60 x 4 mm. Holes:\n- 5 mm diameter at (10, 10)\n- 12 mm diameter at (45, 30)")
    assert [s.text for s in bullets][-2:] == ["5 mm diameter at (10, 10)", "12 mm diameter at (45, 30)"]


def test_first_then_finally_and_decimals_do_not_split():
    steps = split_steps("First make a disc 100 mm in diameter and 12.5 mm thick. Then bore a 40 mm hole, "
                        "then drill six 8.5 mm holes. Finally break the top edge with a 1 mm chamfer.")
    assert [s.number for s in steps] == [1, 2, 3, 4]
    assert steps[0].text.endswith("12.5 mm thick")
    assert steps[2].text == "then drill six 8.5 mm holes"


@pytest.mark.parametrize("prompt", [
    "1. Plate 20 x 40 x 5 mm. 2. A centred 6 mm hole.",
    "Start with a cylinder 40 mm in diameter. Then cut a slot. Finally fillet the top edge.",
    "Make a block 40 x 40 x 20. Chamfer the four top edges 2 mm. Drill a 6 mm hole through the centre.",
])
def test_reads_as_steps(prompt):
    assert reads_as_steps(prompt)


@pytest.mark.parametrize("name", ["fresh_prompts.jsonl", "round2_prompts.jsonl", "hidden_like_prompts.jsonl"])
def test_part_names_are_not_steps(name):
    """The template sets (a part named in one phrase) keep going to the templates."""
    prompts = [json.loads(line)["prompt"] for line in (DATA / name).read_text().splitlines() if line.strip()]
    assert prompts and not [p for p in prompts if reads_as_steps(p)]
