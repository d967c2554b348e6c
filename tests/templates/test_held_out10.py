"""Session 10's held-out sets, now committed: their figures after the merge are floors.

Written by helpers who saw no code (tests/data/README.md), scored on main before any change and
again after the merge. The floors keep what landed. A wrong part at `high` fails unless it is one
of the few named below, each still wrong at `high` when the set was committed: they are the
open cases of issue 12 and 15, listed so that a new one fails and a mended one is noticed.
"""

from __future__ import annotations

import pytest

from tests import scoring

FLOORS = {"coverage13_prompts.jsonl": 64, "steps12_prompts.jsonl": 17}
# steps12 s1213: a saddle block in cm (half-round cut-out, two vertical holes), built with one hole and 29 % short;
# s1257: a block unioned with a cylinder lying through it and bored end to end, 6 % heavy
KNOWN_WRONG_AT_HIGH = {"s1213", "s1257"}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_held_out_set_stays_at_its_floor_with_no_new_wrong_part_at_high(name: str) -> None:
    scoring.assert_floor(name, FLOORS[name], frozenset(KNOWN_WRONG_AT_HIGH))
