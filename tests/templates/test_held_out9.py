"""Session 9's held-out sets, now committed: their figures after the merge are floors.

Written by helpers who saw no code (tests/data/README.md); scored on main before any change and
again after the merge. The floors keep what landed; a wrong part at `high` fails, except the
one the shared checker cannot judge: c1486 is a box and its lid shown closed, two solids, whose
mesh the checker counts as genus -1 where the writer expected 0 (extents and volume are right).
"""

from __future__ import annotations

import pytest

from tests import scoring

FLOORS = {"coverage11_prompts.jsonl": 102, "coverage12_prompts.jsonl": 69,  # session 9: 86, 60
          "steps11_prompts.jsonl": 43, "text2cad10_prompts.jsonl": 42}  # session 9: 19, 34
TWO_SOLIDS = {"c1486"}  # right extents and volume; genus of an assembly of two solids is not the writer's 0


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_held_out_set_stays_at_its_floor_with_no_wrong_part_at_high(name: str) -> None:
    scoring.assert_floor(name, FLOORS[name], frozenset(TWO_SOLIDS))
