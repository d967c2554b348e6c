"""What Supabase costs a run: latency with Supabase off, up, and away, measured in the same run.

    python benchmarks/bench_supabase_outage.py [--runs 20]

Starts the test stack (Postgres 15 + PostgREST 12 + gateway + Storage test double, see
tests/shared_history/stack.py) and runs the same small part through `pipeline.run_code`:

- baseline: Supabase not configured (local history only), measured first and last;
- up: PostgREST up, runs delivered in the background;
- postgrest stopped: the gateway answers 502;
- unreachable: nothing listens at SUPABASE_URL (connection refused);
- hanging: a server that accepts connections and never answers.

It also times `supabase.enqueue` itself, the only Supabase work on a run's path. The target:
with Supabase away, a run's p50 stays within 1.10x of the baseline, and enqueue p95 stays
under 10 ms. The outbox must hold every run made while Supabase was away, and `drain()` must
deliver them all exactly once when it is back.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from naturalcad import config, pipeline, supabase
from naturalcad.sandbox.runner import get_worker
from tests.shared_history.stack import SupabaseStack

CUBE = "from build123d import *\nsize = 12.0  # mm, cube edge\nresult = Box(size, size, size)\n"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


class Hanging:
    """Accepts TCP connections on 127.0.0.1 and never answers (a Supabase that hangs)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.held: list[socket.socket] = []
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.held.append(conn)

    def close(self) -> None:
        self.sock.close()
        for conn in self.held:
            conn.close()


enqueue_times: list[float] = []
_enqueue = supabase.enqueue


def _timed_enqueue(settings, result):
    started = time.perf_counter()
    try:
        return _enqueue(settings, result)
    finally:
        enqueue_times.append(time.perf_counter() - started)


def runs(settings: config.Settings, count: int, label: str) -> list[float]:
    config.set_settings(settings)
    times = []
    for n in range(count):
        started = time.perf_counter()
        result = pipeline.run_code(CUBE, prompt=f"{label} {n}", settings=settings)
        times.append(time.perf_counter() - started)
        assert result.success and result.warnings == [], (label, result.error, result.warnings)
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    supabase.enqueue = _timed_enqueue  # the pipeline looks it up on the module at each run
    stack = SupabaseStack.start()
    hanging = Hanging()
    try:
        stack.storage.state.buckets["naturalcad-runs"] = False
        with tempfile.TemporaryDirectory() as tmp:
            def settings(name: str, url: str | None) -> config.Settings:
                env = {"NATURALCAD_DATA_DIR": f"{tmp}/{name}", "NATURALCAD_MAX_RUNS": "1000"}
                if url:
                    env.update(SUPABASE_URL=url, SUPABASE_SERVICE_ROLE_KEY=stack.service_key,
                               SUPABASE_BUCKET="naturalcad-runs", NATURALCAD_DEPLOYMENT=f"bench-{name}")
                return config.load_settings(env)

            runs(settings("warmup", None), 3, "warm-up")
            results: dict[str, list[float]] = {}
            enqueue: dict[str, list[float]] = {}
            plan = [("baseline (no Supabase)", None), ("up", stack.url), ("postgrest stopped", stack.url),
                    ("unreachable", "http://127.0.0.1:9"), ("hanging", hanging.url), ("baseline again", None)]
            away_settings = []
            for name, url in plan:
                if name == "postgrest stopped":
                    stack.postgrest.stop()
                made = settings(name.split()[0], url)
                enqueue_times.clear()
                results[name] = runs(made, args.runs, name)
                enqueue[name] = list(enqueue_times)
                if url and name != "up":
                    away_settings.append(made)
                if name == "postgrest stopped":
                    waiting = supabase.outbox_for(made).depth()
                    stack.postgrest.start()
                    supabase.stop_drainers(wait=0)
                    report = supabase.drain(made)
                    rows = int(stack.postgres.psql(
                        "select count(*) from naturalcad_runs where deployment = 'bench-postgrest'"))
                    print(f"outage: {waiting} runs waited in the outbox; drain delivered {len(report.delivered)}, "
                          f"{report.remaining} left; rows in Postgres for them: {rows}")
            supabase.stop_drainers(wait=0)
            for made in away_settings[1:]:
                print(f"{made.deployment_name}: {supabase.outbox_for(made).depth()} runs kept in the outbox")
    finally:
        hanging.close()
        supabase.stop_drainers(wait=0)
        get_worker().stop()
        stack.stop()

    base = statistics.median(results["baseline (no Supabase)"] + results["baseline again"])
    print(f"\n{'mode':<24} {'p50 s':>8} {'p95 s':>8} {'x base':>7} {'enqueue p50 ms':>15} {'p95 ms':>8}")
    worst = 0.0
    for name, times in results.items():
        p50, p95 = statistics.median(times), percentile(times, 0.95)
        queued = enqueue[name]
        q50 = f"{1000 * statistics.median(queued):.2f}" if queued else "-"
        q95 = f"{1000 * percentile(queued, 0.95):.2f}" if queued else "-"
        print(f"{name:<24} {p50:8.3f} {p95:8.3f} {p50 / base:7.2f} {q50:>15} {q95:>8}")
        if name in ("postgrest stopped", "unreachable", "hanging"):
            worst = max(worst, p50 / base)
    all_enqueue = [t for name in ("up", "postgrest stopped", "unreachable", "hanging") for t in enqueue[name]]
    ok = worst <= 1.10 and percentile(all_enqueue, 0.95) <= 0.010
    print(f"\nworst outage p50 / baseline p50 = {worst:.2f} (target <= 1.10); "
          f"enqueue p95 = {1000 * percentile(all_enqueue, 0.95):.2f} ms (target <= 10 ms): {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
