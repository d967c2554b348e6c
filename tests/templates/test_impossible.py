"""Impossible requests are refused before CAD, with a sentence that names the numbers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from naturalcad.sources.templates import NotUnderstood, generate_from_prompt

ROOT = Path(__file__).resolve().parents[2]

# prompt -> fragments the reason must carry (the sizes that clash and by how much)
CASES = [
    ("plate 10 x 10 x 2 mm with four 8 mm corner holes", ["8 mm holes", "10 x 10", "1.5 mm past the edge"]),
    ("tube 30 OD, 16 wall, 100 long", ["16 mm wall", "over 32 mm", "30 mm", "-2 mm"]),
    ("pipe OD 25 ID 30, 80 long", ["30 mm hole", "25 mm", "by 5 mm"]),
    ("washer ID 20, OD 20, 2 thick", ["20 mm inside diameter equals the 20 mm outside"]),
    ("plate 50 x 50 x 5 with all edges filleted 4 mm", ["4 mm fillet", "5 mm thickness", "2.5 mm"]),
    ("cylinder 20 dia 30 tall with an R12 fillet on the top edge", ["R12", "10 mm radius", "by 2 mm"]),
    ("plate 30 x 30 x 3, chamfer all edges 2 mm", ["2 mm chamfer", "3 mm thickness", "1.5 mm"]),
    ("plate 40 x 40 x 5 with a 50 mm hole in the middle", ["50 mm hole", "40 x 40", "10 mm wider"]),
    ("disc 30 dia 5 thick with a 35 mm centre hole", ["35 mm hole", "30 mm", "by 5 mm"]),
    ("plate 80 x 80 x 10, 4x Ø9 holes counterbored Ø8 x 5 deep", ["Ø8 counterbore", "Ø9 hole"]),
    ("plate 60x60x6 with four 6.6 mm holes countersunk to 5 mm", ["Ø5 countersink", "Ø6.6 hole"]),
    ("plate 60 x 60 x 10 with four 6.6 mm holes counterbored Ø11 x 12 deep", ["12 mm deep counterbore", "10 mm", "by 2 mm"]),
    ("10 mm thick plate 50 x 50 with a 6 mm blind hole 15 deep", ["15 mm deep blind hole", "10 mm thick", "by 5 mm"]),
    ("box 40 x 40 x 40 with 25 mm walls", ["25 mm walls (50 mm)", "40 mm", "by 10 mm"]),
    ("cup 30 dia 40 tall with a 20 mm wall", ["20 mm wall", "30 mm", "-10 mm"]),
    ("flange 100 OD, bore 60, 8 holes 12 mm on a 100 PCD", ["12 mm holes", "100 mm bolt circle", "by 6 mm"]),
    ("round plate 80 dia, 8 thick, 8 holes of 12 mm on a 30 mm bolt circle", ["8 holes of 12 mm", "30 mm bolt circle", "overlap by"]),
    ("40 x 40 x 5 plate with a 50 x 10 slot", ["50 mm slot", "40 mm", "by 10 mm"]),
    ("shaft 10 mm diameter, 50 long, with a keyway 12 wide", ["12 mm wide keyway", "Ø10", "2 mm wider"]),
]


@pytest.mark.parametrize("prompt,fragments", CASES, ids=[c[0][:40] for c in CASES])
def test_impossible_request_is_refused_with_its_numbers(prompt, fragments):
    with pytest.raises(NotUnderstood) as err:
        generate_from_prompt(prompt)
    reason = str(err.value)
    for fragment in fragments:
        assert fragment in reason, (fragment, reason)
    assert err.value.reading.confidence == "low"
    assert any(p.kind == "impossible" for p in err.value.reading.problems)


@pytest.mark.parametrize("prompt", [
    "plate 50 x 50 x 5 with all edges filleted 2 mm",        # under half the thickness
    "tube 30 OD, 14 wall, 100 long",                          # a 2 mm bore is still a tube
    "flange 100 OD, bore 40, 8 holes 9 mm on a 75 PCD",
    "plate 60 x 60 x 10 with four 6.6 mm holes counterbored Ø11 x 6.5 deep",
    "plate 100 x 40 x 6 with a 30 x 8 slot in the middle",
    "shaft 25 mm diameter, 100 long, with a keyway",
])
def test_possible_neighbours_are_built(prompt):
    assert generate_from_prompt(prompt).code


def test_cli_refuses_before_cad_with_the_reason(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "naturalcad", "generate", "tube 30 OD, 16 wall, 100 long", "--offline",
                           "--json", "--out", str(tmp_path)], cwd=ROOT, capture_output=True, text=True, timeout=180,
                          env={"NATURALCAD_DATA_DIR": str(tmp_path / "data"), "PATH": "/usr/bin:/bin"})
    assert proc.returncode != 0
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["success"] is False
    assert "16 mm wall" in result["error"] and "-2 mm" in result["error"]
    assert not result["artifacts"], "refused before CAD: no files"
