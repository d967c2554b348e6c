"""Warm job speed of this checkout against a baseline checkout, interleaved in one run.

    python benchmarks/bench_engine_vs.py BASELINE_DIR [--jobs 40]

A shared 2-core machine drifts by tens of percent within a minute, so timing one tree and
then the other measures the machine, not the code. Here each tree runs in its own warm
process (its own worker, its own data dir) and the driver asks them for one job in turn,
in a shuffled order per round, so both see the same load. The figure is the ratio of the
p50s (target: this checkout <= 1.10 x the baseline). BASELINE_DIR is any checkout, e.g.
`git worktree add /tmp/base <commit>` or `git archive <commit> | tar -x -C /tmp/base`.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]

# Runs inside each tree's process: warm up, then one `pipeline.run_code` per line read.
SERVE = r"""
import sys, tempfile, time
from pathlib import Path
sys.path.insert(0, str(Path.cwd()))
sys.path.insert(0, str(Path.cwd() / "benchmarks"))
from bench_engine import PLATE
from naturalcad import pipeline
from naturalcad.config import load_settings
from naturalcad.sandbox.runner import get_worker
settings = load_settings({"NATURALCAD_DATA_DIR": tempfile.mkdtemp(prefix="bench-vs-")})
get_worker().wait_ready()
for warm_up in range(3):
    pipeline.run_code(PLATE.format(length=59.0), settings=settings)
print("ready", flush=True)
for line in sys.stdin:
    i = int(line)
    started = time.perf_counter()
    result = pipeline.run_code(PLATE.format(length=60.0 + i % 7), settings=settings)
    elapsed = time.perf_counter() - started
    assert result.success, result.error
    stages = ",".join(f"{k}={v:.6f}" for k, v in result.timings.items())
    print(f"{elapsed:.6f} {stages or '-'}", flush=True)
"""


def start(tree: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    process = subprocess.Popen([sys.executable, "-c", SERVE], cwd=tree, env=env, text=True,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    if line != "ready":
        raise SystemExit(f"{tree}: did not start ({line!r})")
    return process


def ask(process: subprocess.Popen[str], i: int) -> tuple[float, dict[str, float]]:
    """One job's end-to-end seconds and its stage timings (`RunResult.timings`)."""
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(f"{i}\n")
    process.stdin.flush()
    total, stages = process.stdout.readline().split()
    pairs = (item.split("=") for item in stages.split(",") if "=" in item)
    return float(total), {key: float(value) for key, value in pairs}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("baseline", type=Path)
    parser.add_argument("--jobs", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    trees = {"baseline": args.baseline.resolve(), "this": HERE}
    processes = {name: start(tree) for name, tree in trees.items()}
    times: dict[str, list[tuple[float, dict[str, float]]]] = {name: [] for name in trees}
    order = list(trees)
    rng = random.Random(args.seed)
    try:
        for i in range(args.jobs):
            rng.shuffle(order)
            for name in order:
                times[name].append(ask(processes[name], i))
    finally:
        for process in processes.values():
            if process.stdin:
                process.stdin.close()
            process.wait(timeout=60)
    p50 = {name: statistics.median(t for t, _ in values) for name, values in times.items()}
    for name, values in times.items():
        totals = sorted(t for t, _ in values)
        print(f"{name:8s} ({trees[name]}): warm p50 {p50[name]:.3f} s, "
              f"p90 {totals[int(0.9 * (len(totals) - 1))]:.3f} s, "
              f"n={len(values)}")
        stages = sorted({key for _, timing in values for key in timing})
        print("         stage p50: " + ", ".join(
            f"{key} {statistics.median(timing.get(key, 0.0) for _, timing in values) * 1000:.1f} ms" for key in stages))
    ratio = p50["this"] / p50["baseline"]
    print(f"ratio this/baseline p50: {ratio:.3f} (target <= 1.10): {'MET' if ratio <= 1.10 else 'NOT MET'}")
    print(f"load: {os.getloadavg()[0]:.1f} (1-min average at the end)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
