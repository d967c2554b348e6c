"""`python -m naturalcad eval` offline: parity with the reference scorer, reports, resume, bad input."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "prompts.jsonl"
REFERENCE_SCORER = (ROOT / ".." / "shared" / "eval" / "check_prompts.py").resolve()


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NATURALCAD_", "OPENROUTER_"))}
    env["NATURALCAD_DATA_DIR"] = str(tmp_path / "data")
    return env


def _eval(tmp_path: Path, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "naturalcad", "eval", *args], cwd=ROOT, env=_env(tmp_path),
                          capture_output=True, text=True, timeout=timeout)


def _lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.startswith("{")]


@pytest.mark.slow
def test_offline_loose_verdicts_equal_the_reference_scorer_on_the_example_set(tmp_path):
    if not REFERENCE_SCORER.is_file():
        pytest.skip(f"the reference scorer is not at {REFERENCE_SCORER}")
    theirs_run = subprocess.run([sys.executable, str(REFERENCE_SCORER), str(EXAMPLES), "--project", str(ROOT)],
                                cwd=tmp_path, env=_env(tmp_path), capture_output=True, text=True, timeout=900)
    theirs = {m.group(2): m.group(1) == "PASS" for m in re.finditer(r"^(PASS|FAIL) (\S+)", theirs_run.stdout, re.M)}
    out = tmp_path / "eval"
    proc = _eval(tmp_path, str(EXAMPLES), "--offline", "--tolerance", "loose", "--json", "--out", str(out), "--jobs", "2")
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    lines = _lines(proc.stdout)
    cases, summary = lines[:-1], lines[-1]
    ours = {c["id"]: c["passed"] for c in cases}
    assert len(theirs) == len(ours) == len(EXAMPLES.read_text().splitlines())
    assert ours == theirs
    assert True in ours.values() and False in ours.values()  # the set separates a good part from a wrong one
    (only,) = summary["summary"]
    assert only["model"] == "offline" and only["passed"] == sum(ours.values()) and only["cases"] == len(ours)
    # every case measured from its own files, with a thumbnail in both reports
    html = (out / "report.html").read_text()
    assert html.count('src="data:image/png;base64,') == sum(1 for c in cases if c["thumbnail"])
    assert sum(1 for c in cases if c["thumbnail"]) >= len(cases) - 1
    markdown = (out / "report.md").read_text()
    assert "| e01 |" in markdown and '<img src="thumbs/offline/e01.png"' in markdown
    # cadeval is stricter: rescoring the same parts can only lose passes
    strict = _eval(tmp_path, str(EXAMPLES), "--offline", "--json", "--out", str(tmp_path / "strict"), "--no-thumbnails")
    strict_cases = _lines(strict.stdout)[:-1]
    assert all(ours[c["id"]] for c in strict_cases if c["passed"])
    assert sum(c["passed"] for c in strict_cases) <= sum(ours.values())


@pytest.mark.slow
def test_limit_then_resume_scores_each_case_once(tmp_path):
    prompts = tmp_path / "set.jsonl"
    prompts.write_text("\n".join(json.dumps(r) for r in [
        {"id": "cube", "prompt": "a 20 mm cube", "expect": {"extents": [20, 20, 20], "volume": 8000, "genus": 0}},
        {"id": "ring", "prompt": "washer 10 mm ID, 20 mm OD, 2 mm thick", "expect": {"extents": [2, 20, 20], "genus": 1}},
        {"id": "wrong", "prompt": "a 30 mm cube", "expect": {"extents": [20, 20, 20]}},
    ]) + "\n")
    out = tmp_path / "eval"
    first = _eval(tmp_path, str(prompts), "--offline", "--limit", "1", "--json", "--out", str(out), "--no-thumbnails")
    assert first.returncode == 0, first.stdout + first.stderr
    assert [c["id"] for c in _lines(first.stdout)[:-1]] == ["cube"]
    again = _eval(tmp_path, str(prompts), "--offline", "--json", "--out", str(out), "--no-thumbnails")
    assert again.returncode == 2 and "add --resume" in again.stdout  # never mixes two evals in one folder
    resumed = _eval(tmp_path, str(prompts), "--offline", "--resume", "--json", "--out", str(out), "--no-thumbnails")
    assert resumed.returncode == 0, resumed.stdout + resumed.stderr
    new = _lines(resumed.stdout)[:-1]
    assert [c["id"] for c in new] == ["ring", "wrong"]  # the cube was not run again
    summary = _lines(resumed.stdout)[-1]["summary"][0]
    assert (summary["cases"], summary["passed"], summary["failed"]) == (3, 2, 1)
    assert summary["check_rates"]["extents"] == {"passed": 2, "total": 3, "rate": 0.6667}
    rows = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
    assert [r["id"] for r in rows] == ["cube", "ring", "wrong"]
    wrong = rows[2]
    assert wrong["verdict"] == "fail" and wrong["measured"]["extents"] == [30.0, 30.0, 30.0]
    assert wrong["checks"] == [{"name": "extents", "ok": False, "got": [30.0, 30.0, 30.0], "want": [20.0, 20.0, 20.0],
                                "note": ""}]
    failing = _eval(tmp_path, str(prompts), "--offline", "--resume", "--out", str(out), "--fail-under", "0.9")
    assert failing.returncode == 1 and "66.7 % (2/3)" in failing.stdout


@pytest.mark.parametrize(("args", "message"), [
    (["missing.jsonl", "--offline", "--out", "{out}"], "missing.jsonl does not exist"),
    (["{file}", "--resume"], "--resume continues an earlier eval: give its folder with --out"),
    (["{file}", "--model", "gpt-x", "--out", "{out}"], "No model server is configured"),
    (["{file}", "--jobs", "0"], "--jobs and --limit must be at least 1"),
])
def test_unusable_input_is_one_sentence(tmp_path, args, message):
    prompts = tmp_path / "set.jsonl"
    prompts.write_text(json.dumps({"id": "a", "prompt": "a 20 mm cube"}) + "\n")
    filled = [a.replace("{file}", str(prompts)).replace("{out}", str(tmp_path / "o")) for a in args]
    proc = _eval(tmp_path, *filled, "--json", timeout=120)
    assert proc.returncode == 2
    reply = json.loads(proc.stdout.strip().splitlines()[-1])
    assert reply["success"] is False and message in reply["error"]
    assert "Traceback" not in proc.stderr


@pytest.mark.slow
def test_folder_tasks_with_shape_distance(tmp_path):
    out = tmp_path / "eval"
    proc = _eval(tmp_path, str(ROOT / "examples" / "folder"), "--offline", "--distance", "--json", "--out", str(out),
                 "--no-thumbnails")
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    *cases, summary = _lines(proc.stdout)
    assert [c["id"] for c in cases] == ["e03", "e08", "e13"]
    for case in cases:  # expectations measured from reference.step / reference.stl, distance against them
        assert case["expected"]["genus"] == {"e03": 4, "e08": 7, "e13": 0}[case["id"]]
        assert 0 <= case["distance"]["chamfer"] < 1.0 and case["distance"]["hausdorff"] >= case["distance"]["chamfer"]
    assert summary["summary"][0]["chamfer_mean"] is not None
    assert "Chamfer" in (out / "report.md").read_text()
