"""The step-by-step corpus scored like the hidden benchmark: it must not score lower than it does today.

106 descriptions written by someone who never saw the reader (expected geometry from build123d
reference models), scored by the shared eval script through `naturalcad batch --offline`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests import scoring

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "steps_prompts.jsonl"
SCORER = ROOT.parent / "shared" / "eval" / "check_prompts.py"
# Measured: 68 of 106 before the generalisation work (steps2 branch), 72 after; before the reader, 18.
FLOOR = 72


@pytest.mark.slow
@pytest.mark.skipif(not SCORER.exists(), reason="the shared eval script is not next to this checkout")
def test_steps_corpus_score_does_not_drop():
    cases = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]
    passed, lines = scoring.check_score(cases)  # check_prompts.py CORPUS --project ROOT, in this process
    assert len(cases) == 106
    assert passed >= FLOOR, lines
