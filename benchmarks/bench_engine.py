"""Engine speed: cold fresh-process job vs warm forked jobs, measured in the same run.

    python benchmarks/bench_engine.py [--jobs 30] [--cold 3]

Cold = one `python -m naturalcad.sandbox.child` per job (import build123d + build + exports),
the fallback path and what a naive app pays per request. Warm = the same job through the
warm worker, end to end via `pipeline.run_code` (guard, sandbox, exports, history, pruning).
The target is warm p50 <= 0.25 s, i.e. >= 12x faster than cold on the same machine.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout

from naturalcad import pipeline
from naturalcad.config import load_settings
from naturalcad.sandbox.limits import Limits
from naturalcad.sandbox.runner import get_worker, make_job, run_cold

PLATE = """\
from build123d import *

length = {length}  # mm
width = 40.0  # mm
thickness = 10.0  # mm
hole_diameter = 5.0  # mm
fillet_radius = 2.0  # mm

plate = Box(length, width, thickness, align=(Align.CENTER, Align.CENTER, Align.MIN))
plate = fillet(plate.edges().filter_by(Axis.Z), fillet_radius)
holes = [Pos(x, y, thickness / 2) * Cylinder(hole_diameter / 2, thickness)
         for x in (-length / 2 + 6, length / 2 - 6) for y in (-14, 14)]
result = plate - holes
"""


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=30)
    parser.add_argument("--cold", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings({"NATURALCAD_DATA_DIR": tmp})
        cold = []
        for i in range(args.cold):
            run_dir = Path(tmp) / f"cold-{i}"
            run_dir.mkdir()
            job = make_job(PLATE.format(length=60.0 + i), run_dir, "3d_solid", Limits())
            started = time.perf_counter()
            result = run_cold(job)
            cold.append(time.perf_counter() - started)
            assert result.get("ok"), result

        worker = get_worker()
        started = time.perf_counter()
        worker.wait_ready()
        warm_up_seconds = time.perf_counter() - started
        pipeline.run_code(PLATE.format(length=59.0), settings=settings)  # first fork after start-up

        warm, sandbox_only = [], []
        for i in range(args.jobs):
            started = time.perf_counter()
            result = pipeline.run_code(PLATE.format(length=60.0 + i % 7), settings=settings)
            warm.append(time.perf_counter() - started)
            sandbox_only.append(result.timings["sandbox"])
            assert result.success and set(result.artifacts) == {"step", "stl", "glb"}, result.error
        worker.stop()

    cold_p50 = statistics.median(cold)
    warm_p50, warm_p95 = percentile(warm, 0.5), percentile(warm, 0.95)
    print(f"cold job (fresh process: import + build + exports), n={len(cold)}: "
          f"median {cold_p50:.3f} s (min {min(cold):.3f}, max {max(cold):.3f})")
    print(f"worker warm-up (background, once per app start): {warm_up_seconds:.2f} s")
    print(f"warm job end to end (guard + sandbox + exports + history), n={len(warm)}: "
          f"p50 {warm_p50:.3f} s, p95 {warm_p95:.3f} s")
    print(f"warm sandbox only (fork + build + exports): p50 {percentile(sandbox_only, 0.5):.3f} s, "
          f"p95 {percentile(sandbox_only, 0.95):.3f} s")
    ratio = cold_p50 / warm_p50
    print(f"speed-up cold/warm p50: {ratio:.1f}x (target >= 12x, warm p50 <= 0.25 s): "
          f"{'MET' if ratio >= 12 and warm_p50 <= 0.25 else 'NOT MET'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
