"""`python -m naturalcad generate … --json` against an OpenAI-compatible server reports the model's work."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROMPT = "a phone stand with a 70 degree back and a cable slot"

STAND = '''from build123d import *
import math

# Phone stand with a 70 degree back and a cable slot
width = 80.0            # mm, stand width (Y)
base_length = 90.0      # mm, base depth (X)
base_thickness = 6.0    # mm
lip_height = 14.0       # mm, front lip that holds the phone
lip_thickness = 5.0     # mm
back_length = 110.0     # mm, along the leaning back
back_thickness = 6.0    # mm
back_angle = 70.0       # degrees from horizontal
slot_width = 12.0       # mm, cable slot width
slot_height = 30.0      # mm, cable slot height up the back

base = Box(base_length, width, base_thickness, align=(Align.MIN, Align.CENTER, Align.MIN))
lip = Box(lip_thickness, width, lip_height, align=(Align.MIN, Align.CENTER, Align.MIN))
back = Box(back_thickness, width, back_length, align=(Align.MAX, Align.CENTER, Align.MIN))
slot = Box(back_thickness * 4, slot_width, slot_height, align=(Align.CENTER, Align.CENTER, Align.MIN))
back = back - Pos(back_thickness / 2, 0, base_thickness) * slot
back = Pos(base_length, 0, 0) * Rot(0, 90 - back_angle, 0) * back

stand = base + lip + back
result = stand
'''

# The model's first try uses an Align member that does not exist; the traceback sends it back.
FIRST_TRY = STAND.replace("Align.MIN))\nback = back -", "Align.BOTTOM))\nback = back -")


def test_generate_json_reports_llm_source_attempts_and_model(tmp_path, fake_llm):
    assert FIRST_TRY != STAND
    fake_llm.add(f"Here is a phone stand:\n\n```python\n{FIRST_TRY}```", usage=(2100, 450))
    fake_llm.add(f"`Align` has no `BOTTOM`; the bottom alignment is `Align.MIN`.\n\n```python\n{STAND}```", usage=(2600, 440))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NATURALCAD_", "OPENROUTER_"))}
    env.update({"NATURALCAD_LLM_BASE_URL": fake_llm.url, "NATURALCAD_LLM_MODEL": "fake-model",
                "NATURALCAD_LLM_API_KEY": "sk-cli-test-key-000000"})
    proc = subprocess.run([sys.executable, "-m", "naturalcad", "generate", PROMPT, "--json", "--out", str(tmp_path / "out")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    result = json.loads(proc.stdout)
    assert result["success"] is True and result["source"] == "llm"
    assert result["attempts"] == 2 and result["model"] == "fake-model"
    assert result["tokens"] == {"prompt": 4700, "completion": 890, "requests": 2}
    assert result["timings"]["model_attempt_1"] > 0 and result["timings"]["model_attempt_2"] > 0
    assert result["geometry"]["valid"] and result["geometry"]["solids"] == 1
    assert set(result["artifacts"]) >= {"step", "stl", "glb"}
    assert result["params"]["back_angle"] == 70.0
    assert 'File "script.py", line 19' in fake_llm.user_messages[1]
    assert "sk-cli-test-key-000000" not in proc.stdout + proc.stderr
