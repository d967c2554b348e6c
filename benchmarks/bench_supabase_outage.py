"""What Supabase costs a run: latency with Supabase off, up, and away, measured in the same run.

    python benchmarks/bench_supabase_outage.py [--rounds 10] [--runs 2]

Starts the test stack (Postgres 15 + PostgREST 12 + gateway + Storage test double, see
tests/shared_history/stack.py) in a child process and runs the same small part through `pipeline.run_code`:

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
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from naturalcad import config, pipeline, supabase
from naturalcad.sandbox.runner import get_worker

CUBE = "from build123d import *\nsize = 12.0  # mm, cube edge\nresult = Box(size, size, size)\n"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


class Stack:
    """The test stack in a child process (tests/shared_history/serve_stack.py), so its servers
    never share this process's GIL with the runs being timed."""

    def __init__(self) -> None:
        self.process = subprocess.Popen([sys.executable, "-m", "tests.shared_history.serve_stack"],
                                        cwd=Path(__file__).resolve().parents[1], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True)
        info = json.loads(self._line())
        self.url, self.service_key = info["url"], info["service_key"]

    def _line(self) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError("the test stack did not start (see above)")
        return line

    def command(self, text: str) -> str:
        assert self.process.stdin is not None
        self.process.stdin.write(text + "\n")
        self.process.stdin.flush()
        return self._line().strip()

    def stop(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(60)


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


MODES = ("baseline (no Supabase)", "up", "postgrest stopped", "unreachable", "hanging")
AWAY = ("postgrest stopped", "unreachable", "hanging")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=10, help="each round runs every mode once, in turn")
    parser.add_argument("--runs", type=int, default=2, help="runs per mode per round")
    args = parser.parse_args()
    supabase.enqueue = _timed_enqueue  # the pipeline looks it up on the module at each run
    stack = Stack()
    hanging = Hanging()
    results: dict[str, list[float]] = {mode: [] for mode in MODES}
    enqueue: dict[str, list[float]] = {mode: [] for mode in MODES}
    try:
        stack.command("bucket naturalcad-runs private")
        with tempfile.TemporaryDirectory() as tmp:
            def settings(name: str, url: str | None) -> config.Settings:
                env = {"NATURALCAD_DATA_DIR": f"{tmp}/{name}", "NATURALCAD_MAX_RUNS": "1000"}
                if url:
                    env.update(SUPABASE_URL=url, SUPABASE_SERVICE_ROLE_KEY=stack.service_key,
                               SUPABASE_BUCKET="naturalcad-runs", NATURALCAD_DEPLOYMENT=f"bench-{name.split()[0]}")
                return config.load_settings(env)

            made = {"baseline (no Supabase)": settings("baseline", None), "up": settings("up", stack.url),
                    "postgrest stopped": settings("postgrest stopped", stack.url),
                    "unreachable": settings("unreachable", "http://127.0.0.1:9"),
                    "hanging": settings("hanging", hanging.url)}
            runs(made["baseline (no Supabase)"], 3, "warm-up")
            for _ in range(args.rounds):
                for mode in MODES:  # interleaved, so the machine's load falls on every mode alike
                    if mode == "postgrest stopped":
                        stack.command("stop-postgrest")
                    enqueue_times.clear()
                    results[mode] += runs(made[mode], args.runs, mode)
                    enqueue[mode] += enqueue_times
                    if mode == "postgrest stopped":
                        stack.command("start-postgrest")
            stopped = made["postgrest stopped"]
            supabase.stop_drainers(wait=0)
            waiting = supabase.outbox_for(stopped).depth()
            report = supabase.drain(stopped)
            rows = int(json.loads(stack.command(
                "sql select count(*) from naturalcad_runs where deployment = 'bench-postgrest'")))
            print(f"postgrest stopped: {waiting} runs still in the outbox at the end (the rest went in the gaps "
                  f"between rounds); drain delivered {len(report.delivered)}, {report.remaining} left; "
                  f"rows in Postgres for that deployment: {rows} of {len(results['postgrest stopped'])} runs")
            for mode in ("unreachable", "hanging"):
                print(f"{mode}: {supabase.outbox_for(made[mode]).depth()} of {len(results[mode])} runs kept in the outbox")
    finally:
        hanging.close()
        supabase.stop_drainers(wait=0)
        get_worker().stop()
        stack.stop()

    base = statistics.median(results["baseline (no Supabase)"])
    print(f"\n{'mode':<24} {'runs':>5} {'p50 s':>8} {'p95 s':>8} {'x base':>7} {'enqueue p50 ms':>15} {'p95 ms':>8}")
    for mode in MODES:
        times, queued = results[mode], enqueue[mode]
        q50 = f"{1000 * statistics.median(queued):.2f}" if queued else "-"
        q95 = f"{1000 * percentile(queued, 0.95):.2f}" if queued else "-"
        print(f"{mode:<24} {len(times):5d} {statistics.median(times):8.3f} {percentile(times, 0.95):8.3f} "
              f"{statistics.median(times) / base:7.2f} {q50:>15} {q95:>8}")
    worst = max(statistics.median(results[mode]) / base for mode in AWAY)
    away_enqueue = [t for mode in AWAY for t in enqueue[mode]]
    ok = worst <= 1.10 and percentile(away_enqueue, 0.95) <= 0.010
    print(f"\nworst outage p50 / baseline p50 = {worst:.2f} (target <= 1.10); enqueue p95 while away = "
          f"{1000 * percentile(away_enqueue, 0.95):.2f} ms (target <= 10 ms): {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
