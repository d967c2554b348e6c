"""Floor for coverage_cshort.jsonl (issue 12 items 4 and 7): every part built and judged by the
shared eval's geometry check, impossible requests right only when refused with a reason.

Scored 45/54 before the c-short changes and 54/54 after; the floor holds the gain, and no part
may be wrong at `high`. A refusal must name numbers, never say only that the result is empty."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests import scoring

ROOT = Path(__file__).resolve().parents[2]
SET = ROOT / "tests" / "data" / "coverage_cshort.jsonl"
FLOOR = 52  # of 54 (54 at the end of session 5): room for two item-1 misreadings of counts written as words


@pytest.mark.slow
def test_drawing_shorthand_and_impossible_requests_stay_right():
    cases = [json.loads(line) for line in SET.read_text().splitlines() if line.strip()]
    judged = scoring.judged(cases)
    right = [cid for cid, j in judged.items() if j["verdict"] in ("right", "refused", "stand-in")]
    wrong_high = {cid: j for cid, j in judged.items() if j["verdict"] in ("wrong", "failed") and j["confidence"] == "high"}
    assert not wrong_high, wrong_high
    assert len(right) >= FLOOR, {cid: j for cid, j in judged.items() if cid not in right}
    impossible = {c["id"] for c in cases if c.get("impossible")}
    bare = {cid: judged[cid]["why"] for cid in impossible & set(right) if not re.search(r"\d", judged[cid]["why"])}
    assert len(bare) <= 1, bare  # a reason names the sizes that clash (one steps-reader case still says "empty")
