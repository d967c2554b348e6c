"""Floor for coverage_cshort2.jsonl (issue 12 item 4): drawing and catalogue notes as different shops
write them, every part built and judged by the shared eval's geometry check.

Scored 40/48 before the c-short2 changes and 48/48 after; the floor holds the gain, and no part
may be wrong at `high`."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SET = ROOT / "tests" / "data" / "coverage_cshort2.jsonl"
FLOOR = 46  # of 48 (48 after the c-short2 changes, 40 before): room for two misreadings another branch may change


def _score():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score_reading", ROOT / "scripts" / "score_reading.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    checker = ROOT.parent / "shared" / "eval" / "check_prompts.py"
    if not checker.exists():
        pytest.skip("the shared eval's geometry check is not beside this checkout")
    module._check = module.load_checker(checker)
    return module


@pytest.mark.slow
def test_drawing_notes_of_other_shops_stay_right():
    module = _score()
    cases = [json.loads(line) for line in SET.read_text().splitlines() if line.strip()]
    judged = module.run_batch(cases, ROOT)
    right = [cid for cid, j in judged.items() if j["verdict"] in ("right", "refused", "stand-in")]
    wrong_high = {cid: j for cid, j in judged.items() if j["verdict"] in ("wrong", "failed") and j["confidence"] == "high"}
    assert not wrong_high, wrong_high
    assert len(right) >= FLOOR, {cid: j for cid, j in judged.items() if cid not in right}
