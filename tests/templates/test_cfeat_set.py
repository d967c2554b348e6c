"""The c-feat prompt set (issue 12 items 5-6, tests/data/coverage_cfeat.jsonl) stays at its floor:
scored like `scripts/score_reading.py` (every part built in the sandbox and judged by the shared
eval's geometry check), no fewer right than when the c-feat branch landed, and no wrong part
reported at confidence `high`."""

import json
from pathlib import Path

import pytest

from tests import scoring

ROOT = Path(__file__).resolve().parents[2]
SET = ROOT / "tests" / "data" / "coverage_cfeat.jsonl"
FLOOR = 52  # right (or honestly refused) of 53 when the c-feat changes landed; 40 before them


@pytest.mark.slow
def test_the_cfeat_set_stays_at_its_floor_with_no_wrong_part_at_high():
    cases = [json.loads(line) for line in SET.read_text().splitlines() if line.strip()]
    judged = scoring.judged(cases)
    right = [cid for cid, j in judged.items() if j["verdict"] in ("right", "refused", "stand-in")]
    wrong_high = {cid: j["why"] for cid, j in judged.items() if j["verdict"] in ("wrong", "failed") and j["confidence"] == "high"}
    assert not wrong_high, wrong_high
    assert len(right) >= FLOOR, sorted(set(judged) - set(right))
