"""Drawing speed, and that an ordinary run is not slower for it, measured in the same run.

    python benchmarks/bench_drawing.py [--runs 15] [--base main]

1. The plate's drawing (`plate 120 x 80 x 6 mm with four 8 mm corner holes`): the drawing job
   end to end through the warm worker (guard, sandbox, projection, SVG/PDF/DXF, move into the
   run), as `timings.drawing` of `generate --drawing`; and the sheet alone, in this process.
2. An ordinary run (the same prompt, no drawing) with this tree vs the `--base` commit's tree
   (checked out to a temporary directory), alternating rounds in fresh processes, each with its
   own warm worker. Reported as the ratio of medians; the target is <= 1.05 (noise level).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROMPT = "plate 120 x 80 x 6 mm with four 8 mm corner holes"

ORDINARY = """
import json, statistics, sys, tempfile, time
sys.path.insert(0, sys.argv[1])
from naturalcad import pipeline
from naturalcad.config import load_settings, set_settings
from naturalcad.request import Request
from naturalcad.sandbox.runner import get_worker
settings = load_settings({"NATURALCAD_DATA_DIR": tempfile.mkdtemp(prefix="bench-drawing-")})
set_settings(settings)
get_worker().wait_ready(120)
pipeline.run(Request(PROMPT_TEXT, offline=True), settings=settings)  # warm-up
times = []
for _ in range(int(sys.argv[2])):
    t = time.perf_counter()
    result = pipeline.run(Request(PROMPT_TEXT, offline=True), settings=settings)
    times.append(time.perf_counter() - t)
    assert result.success and "drawing_svg" not in result.artifacts
get_worker().stop()
print(json.dumps(times))
""".replace("PROMPT_TEXT", repr(PROMPT))


def ordinary_runs(tree: Path, runs: int) -> list[float]:
    out = subprocess.run([sys.executable, "-c", ORDINARY, str(tree), str(runs)], capture_output=True, text=True,
                         check=True, cwd=tree, timeout=900)
    return json.loads(out.stdout.strip().splitlines()[-1])


def drawing_timings(runs: int) -> tuple[list[float], list[float]]:
    sys.path.insert(0, str(ROOT))
    from build123d import Align, Box, Cylinder, GridLocations

    from naturalcad import pipeline
    from naturalcad.config import load_settings, set_settings
    from naturalcad.drawing import DrawingOptions
    from naturalcad.drawing.make import make_drawing
    from naturalcad.request import Request
    from naturalcad.sandbox.runner import get_worker

    settings = load_settings({"NATURALCAD_DATA_DIR": tempfile.mkdtemp(prefix="bench-drawing-")})
    set_settings(settings)
    get_worker().wait_ready(120)
    jobs = []
    pipeline.run(Request(PROMPT, offline=True), settings=settings, drawing=DrawingOptions())  # warm-up
    for _ in range(runs):
        result = pipeline.run(Request(PROMPT, offline=True), settings=settings, drawing=DrawingOptions())
        assert result.success and "drawing_pdf" in result.artifacts, result.warnings
        jobs.append(result.timings["drawing"])
    get_worker().stop()
    plate = Box(120, 80, 6, align=(Align.CENTER, Align.CENTER, Align.MIN))
    plate -= GridLocations(96, 56, 2, 2) * Cylinder(4, 6, align=(Align.CENTER, Align.CENTER, Align.MIN))
    alone = []
    with tempfile.TemporaryDirectory() as directory:
        for _ in range(runs):
            t = time.perf_counter()
            make_drawing(plate, DrawingOptions(family="plate_with_holes"), directory)
            alone.append(time.perf_counter() - t)
    return jobs, alone


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--base", default=None, help="commit without the drawing change (default: merge-base with main)")
    args = parser.parse_args()
    if args.base is None:
        args.base = subprocess.run(["git", "-C", str(ROOT), "merge-base", "HEAD", "main"], capture_output=True,
                                   text=True, check=True).stdout.strip()

    jobs, alone = drawing_timings(args.runs)
    print(f"plate drawing job (sandbox, end to end): median {statistics.median(jobs):.3f} s, "
          f"max {max(jobs):.3f} s over {len(jobs)}")
    print(f"plate sheet alone (projection + layout + SVG/PDF/DXF): median {statistics.median(alone):.3f} s")

    with tempfile.TemporaryDirectory(prefix="bench-base-") as base_dir:
        base = Path(base_dir)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.base], capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(base)], input=archive.stdout, check=True)
        with_change: list[float] = []
        without: list[float] = []
        for _ in range(3):  # alternate, so drift on a shared machine hits both sides
            without += ordinary_runs(base, args.runs)
            with_change += ordinary_runs(ROOT, args.runs)
    ratio = statistics.median(with_change) / statistics.median(without)
    print(f"ordinary run, median: {statistics.median(with_change):.3f} s with the drawing change, "
          f"{statistics.median(without):.3f} s without ({args.base}); ratio {ratio:.3f} (target <= 1.05)")
    return 0 if ratio <= 1.05 else 1


if __name__ == "__main__":
    sys.exit(main())
