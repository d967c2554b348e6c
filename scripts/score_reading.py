#!/usr/bin/env python3
"""Score a prompt set and cross-tab right / wrong parts against `reading.confidence`.

Runs `python -m naturalcad batch FILE --offline`, judges each part with the shared eval's
geometry check (check_prompts.check: extents, volume, genus, DXF extents), and counts the
figure that matters: wrong parts reported with confidence `high` (it must be 0).
Cases marked `out_of_scope` are right when refused or marked `low`; cases marked `impossible`
are right only when refused (a part built for them is wrong, whatever its confidence).

Usage: scripts/score_reading.py PROMPTS.jsonl [--eval ../shared/eval/check_prompts.py] [--list]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path


def load_checker(path: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("check_prompts", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.check


def run_batch(cases: list[dict], project: Path) -> dict[str, dict]:
    with tempfile.TemporaryDirectory() as tmp:
        inp = Path(tmp) / "in.jsonl"
        inp.write_text("".join(json.dumps({k: c[k] for k in ("id", "prompt", "output_type") if c.get(k)}) + "\n"
                               for c in cases))
        proc = subprocess.run([sys.executable, "-m", "naturalcad", "batch", str(inp), "--offline", "--out",
                               str(Path(tmp) / "out")], cwd=project, capture_output=True, text=True, timeout=3600)
        results = {}
        for line in proc.stdout.splitlines():
            if line.startswith("{"):
                row = json.loads(line)
                if row.get("id") is not None:
                    results[row["id"]] = row
        # the artifacts vanish with tmp: judge now
        return _judged(cases, results)


_check = None


def _judged(cases: list[dict], results: dict[str, dict]) -> dict[str, dict]:
    out = {}
    for c in cases:
        r = results.get(c["id"]) or {}
        conf = (r.get("reading") or {}).get("confidence") or "none"
        if c.get("impossible"):  # right only when refused before CAD: a built part is wrong
            verdict = "refused" if r and not r.get("success") else "wrong"
            r["_why"] = (r.get("error") or "") if verdict == "refused" else "built an impossible part"
        elif c.get("out_of_scope"):
            verdict = "refused" if not r.get("success") else ("stand-in" if conf == "low" else "wrong")
        else:
            ok, why = _check(c, r) if r else (False, "no result")
            verdict = "right" if ok else ("failed" if not r.get("success") else "wrong")
            r["_why"] = why
        out[c["id"]] = {"verdict": verdict, "confidence": conf, "prompt": c["prompt"], "why": r.get("_why", "")}
    return out


def main() -> int:
    global _check
    ap = argparse.ArgumentParser()
    ap.add_argument("prompts")
    ap.add_argument("--eval", default=str(Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "check_prompts.py"))
    ap.add_argument("--list", action="store_true", help="list every wrong part and its confidence")
    args = ap.parse_args()
    _check = load_checker(Path(args.eval))
    cases = [json.loads(line) for line in Path(args.prompts).read_text().splitlines() if line.strip()]
    judged = run_batch(cases, Path(__file__).resolve().parents[1])
    table = Counter((j["verdict"], j["confidence"]) for j in judged.values())
    print("verdict      high  medium  low  none")
    for verdict in ("right", "wrong", "failed", "refused", "stand-in"):
        print(f"{verdict:<10} " + " ".join(f"{table[(verdict, c)]:>5}" for c in ("high", "medium", "low", "none")))
    right = sum(1 for j in judged.values() if j["verdict"] in ("right", "refused", "stand-in"))
    wrong_high = [(cid, j) for cid, j in judged.items() if j["verdict"] in ("wrong", "failed") and j["confidence"] == "high"]
    print(f"right (or honestly refused): {right}/{len(cases)}")
    print(f"wrong parts with confidence high: {len(wrong_high)}")
    items = sorted({c.get("item") for c in cases if c.get("item") is not None})
    for item in items:  # prompt sets grouped by item (issue 12's coverage sets)
        ids = [c["id"] for c in cases if c.get("item") == item]
        good = sum(1 for cid in ids if judged[cid]["verdict"] in ("right", "refused", "stand-in"))
        print(f"item {item}: {good}/{len(ids)}")
    for cid, j in judged.items():
        if (args.list and j["verdict"] in ("wrong", "failed")) or (cid, j) in wrong_high:
            print(f"  {cid} [{j['confidence']}] {j['verdict']}: {j['prompt'][:80]} -- {j['why']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
