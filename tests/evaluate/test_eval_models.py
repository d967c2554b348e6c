"""Two models compared side by side on the scripted OpenAI-compatible server (127.0.0.1).

model-a answers the block at once (with a provider-reported cost) and the plate without
its hole; model-b needs a repair for the block and never gets the plate to run, so the
offline generator stands in and the case is shown as an error with the model's failure.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("naturalcad_fake_openai", ROOT / "tests" / "llm" / "fake_openai.py")
assert _spec and _spec.loader
fake_openai = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = fake_openai
_spec.loader.exec_module(fake_openai)

BLOCK = """```python
from build123d import *

length = 40.0  # mm, block length
width = 30.0  # mm, block width
height = 20.0  # mm, block height

result = Box(length, width, {height})
```"""
PLATE_WITHOUT_HOLE = """```python
from build123d import *

length = 60.0  # mm, plate length
width = 40.0  # mm, plate width
thickness = 5.0  # mm, plate thickness

result = Box(length, width, thickness)
```"""
BROKEN_PLATE = PLATE_WITHOUT_HOLE.replace("Box(length, width, thickness)", "Box(length, width, thicknes)")
CASES = [
    {"id": "block", "prompt": "block 40 x 30 x 20 mm", "expect": {"extents": [20, 30, 40], "volume": 24000, "genus": 0}},
    {"id": "plate", "prompt": "plate 60 x 40 x 5 mm with one 10 mm hole in the middle",
     "expect": {"extents": [5, 40, 60], "volume": 11607.3, "genus": 1}},
]


@pytest.fixture
def server():
    fake = fake_openai.FakeOpenAI().start()
    yield fake
    fake.stop()


def _eval(tmp_path: Path, server, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NATURALCAD_", "OPENROUTER_"))}
    env.update({"NATURALCAD_LLM_BASE_URL": server.url, "NATURALCAD_LLM_API_KEY": "sk-eval-test-key-000000",
                "NATURALCAD_LLM_TIMEOUT": "20", "NATURALCAD_DATA_DIR": str(tmp_path / "data")})
    return subprocess.run([sys.executable, "-m", "naturalcad", "eval", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def _lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.startswith("{")]


@pytest.mark.slow
def test_two_models_side_by_side_with_tokens_attempts_cost_errors_and_resume(tmp_path, server):
    prompts = tmp_path / "set.jsonl"
    prompts.write_text("\n".join(json.dumps(c) for c in CASES) + "\n")
    out = tmp_path / "eval"
    common = [str(prompts), "--model", "model-a,model-b", "--out", str(out), "--json", "--no-thumbnails"]

    # block: model-a right first time; model-b misspells a name, then repairs it
    server.add(BLOCK.format(height="height"), usage=(1000, 200), cost=0.003)
    server.add(BLOCK.format(height="heigth"), usage=(900, 100))
    server.add(BLOCK.format(height="height"), usage=(1100, 210))
    first = _eval(tmp_path, server, *common, "--limit", "1")
    assert first.returncode == 0, first.stdout[-3000:] + first.stderr[-3000:]
    assert [r["body"]["model"] for r in server.requests] == ["model-a", "model-b", "model-b"]
    a_block, b_block = _lines(first.stdout)[:2]
    assert (a_block["model"], a_block["verdict"], a_block["attempts"], a_block["source"]) == ("model-a", "pass", 1, "llm")
    assert a_block["tokens"] == {"prompt": 1000, "completion": 200, "requests": 1} and a_block["cost"] == 0.003
    assert (b_block["model"], b_block["verdict"], b_block["attempts"]) == ("model-b", "pass", 2)
    assert b_block["tokens"] == {"prompt": 2000, "completion": 310, "requests": 2} and b_block["cost"] is None

    # plate, on resume: model-a forgets the hole and, asked by the size check's repair rounds
    # to add it, forgets it twice more; model-b's script never runs (three tries)
    server.add(PLATE_WITHOUT_HOLE, usage=(1200, 220), cost=0.002)
    for _ in range(2):
        server.add(PLATE_WITHOUT_HOLE, usage=(1200, 220))
    for _ in range(3):
        server.add(BROKEN_PLATE, usage=(800, 90))
    resumed = _eval(tmp_path, server, *common, "--resume")
    assert resumed.returncode == 0, resumed.stdout[-3000:] + resumed.stderr[-3000:]
    assert len(server.requests) == 3 + 3 + 3  # the block was not asked again
    *new, summary = _lines(resumed.stdout)
    assert [(r["id"], r["model"]) for r in new] == [("plate", "model-a"), ("plate", "model-b")]
    a_plate, b_plate = new
    assert a_plate["verdict"] == "fail" and a_plate["error"] is None and a_plate["attempts"] == 3
    assert "10" in server.requests[4]["body"]["messages"][-1]["content"]  # the repair names the missing hole
    holes = next(c for c in a_plate["checks"] if c["name"] == "genus")
    assert (holes["ok"], holes["got"], holes["want"]) == (False, 0, 1)
    assert b_plate["verdict"] == "error" and b_plate["attempts"] == 3 and b_plate["source"] == "template"
    assert b_plate["error"] == "The model did not produce a working part in 3 attempts; the offline generator stood in."
    assert b_plate["tokens"] == {"prompt": 2400, "completion": 270, "requests": 3}

    by_model = {s["model"]: s for s in summary["summary"]}
    a, b = by_model["model-a"], by_model["model-b"]
    assert (a["cases"], a["passed"], a["failed"], a["errors"]) == (2, 1, 1, 0)
    assert (b["cases"], b["passed"], b["failed"], b["errors"]) == (2, 1, 0, 1)
    assert a["mean_attempts"] == 2.0 and b["mean_attempts"] == 2.5
    assert (a["prompt_tokens"], a["completion_tokens"], a["requests"]) == (4600, 860, 4)
    assert (b["prompt_tokens"], b["completion_tokens"], b["requests"]) == (4400, 580, 5)
    assert a["cost"] == pytest.approx(0.005) and b["cost"] is None
    assert a["check_rates"]["genus"] == {"passed": 1, "total": 2, "rate": 0.5}

    html = (out / "report.html").read_text()
    assert html.index("<th>model-a</th>") < html.index("<th>model-b</th>")
    assert "the offline generator stood in" in html and "holes 0 want 1" in html and "$0.0050" in html
    markdown = (out / "report.md").read_text()
    assert "| Pass rate | 50.0 % (1/2) | 50.0 % (1/2) |" in markdown
    assert "| Mean attempts | 2.00 | 2.50 |" in markdown
    assert "**FAIL** extents [5, 40, 60], volume 12000 want 11607.3, holes 0 want 1 · 3 attempts" in markdown
    assert "4,260 tokens · $0.0020" in markdown
    assert "sk-eval-test-key" not in html + markdown + (out / "results.jsonl").read_text()
