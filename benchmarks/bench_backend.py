"""Backend under load: 10 concurrent clients for 30 s against a real server on 127.0.0.1.

    python benchmarks/bench_backend.py [--clients 10] [--seconds 30] [--baseline-seconds 10]

Each client loops `POST /` (the seed contract) over a rotation of offline-template prompts.
A single sequential client measured first, in the same run, is the baseline: throughput
and latency under load are reported as ratios against it. Afterwards every accepted job
is checked: its history row is there and finished, and each of its signed links downloads
without a header (STEP starts with its ISO-10303-21 header). Pruning is due throughout
(NATURALCAD_MAX_RUNS=20), so a lost job would show. Target: 0 lost.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from naturalcad.config import load_settings  # noqa: E402
from naturalcad.history import HistoryStore  # noqa: E402

KEY = "bench-key-3b1f0e"
PROMPTS = [
    "box {a} x {b} x 20 mm", "plate {a} x {b} x 6 mm with four 6 mm corner holes", "cylinder {b} mm diameter {a} mm high",
    "tube 40 mm outer diameter 30 mm inner diameter {a} mm long", "flange {a} mm diameter 10 mm thick with 6 bolt holes",
    "L bracket {a} x {b} x 5 mm",
]


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    accepted: list[dict] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))] if ordered else float("nan")


def client_loop(url: str, seconds: float, tally: Tally, offset: int) -> None:
    stop = time.perf_counter() + seconds
    n = offset
    with httpx.Client(timeout=120, headers={"x-api-key": KEY}) as http:
        while time.perf_counter() < stop:
            n += 1
            prompt = PROMPTS[n % len(PROMPTS)].format(a=40 + n % 37, b=30 + n % 23)
            started = time.perf_counter()
            try:
                response = http.post(f"{url}/", json={"prompt": prompt})
            except httpx.HTTPError as err:
                with tally.lock:
                    tally.errors.append(type(err).__name__)
                continue
            took = time.perf_counter() - started
            with tally.lock:
                tally.statuses[response.status_code] = tally.statuses.get(response.status_code, 0) + 1
                if response.status_code == 200:
                    tally.latencies.append(took)
                    tally.accepted.append(response.json())
            if response.status_code in (429, 503):
                time.sleep(float(response.headers.get("retry-after", "1")))


def run_clients(url: str, clients: int, seconds: float) -> tuple[Tally, float]:
    tally = Tally()
    threads = [threading.Thread(target=client_loop, args=(url, seconds, tally, i * 1000)) for i in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return tally, time.perf_counter() - started


def verify(url: str, data_dir: Path, jobs: list[dict]) -> list[str]:
    """Every accepted job: a finished history row and every link downloadable without a header."""
    history = HistoryStore.for_settings(load_settings({"NATURALCAD_DATA_DIR": str(data_dir)}))
    lost = []
    with httpx.Client(timeout=60) as http:
        for job in jobs:
            row = history.get(job["job_id"])
            if row is None or not row.success:
                lost.append(f"{job['job_id']}: history row {'missing' if row is None else 'not a success'}")
                continue
            for fmt, link in job["urls"].items():
                response = http.get(link)
                ok = response.status_code == 200 and len(response.content) > 0
                if ok and fmt == "step":
                    ok = response.content.startswith(b"ISO-10303-21")
                if not ok:
                    lost.append(f"{job['job_id']}: {fmt} HTTP {response.status_code}")
    return lost


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--baseline-seconds", type=float, default=10)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        port = free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith(("NATURALCAD_", "OPENROUTER_", "SUPABASE_"))}
        env.update(NATURALCAD_API_KEY=KEY, NATURALCAD_RATE_LIMIT_IP="100000/minute",
                   NATURALCAD_RATE_LIMIT_KEY="100000/minute", NATURALCAD_MAX_RUNS="20")
        log = open(Path(tmp) / "server.log", "wb")  # noqa: SIM115 - closed below
        server = subprocess.Popen([sys.executable, "-m", "naturalcad", "serve", "--port", str(port), "--out",
                                   str(data_dir)], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.time() + 120
            while time.time() < deadline:
                try:
                    if httpx.get(f"{url}/health", timeout=1).json().get("ready"):
                        break
                except (httpx.HTTPError, ValueError):
                    pass
                time.sleep(0.3)
            base, base_wall = run_clients(url, 1, args.baseline_seconds)
            load, load_wall = run_clients(url, args.clients, args.seconds)
            lost = verify(url, data_dir, base.accepted + load.accepted)
            kept = len([p for p in (data_dir / "runs").iterdir() if p.is_dir()])
        finally:
            server.terminate()
            server.wait(timeout=30)
            log.close()

    cpus = os.cpu_count()
    base_rate = len(base.accepted) / base_wall
    load_rate = len(load.accepted) / load_wall
    report = {
        "machine": f"{cpus} CPUs (shared)", "clients": args.clients, "seconds": round(load_wall, 1),
        "baseline": {"jobs": len(base.accepted), "jobs_per_s": round(base_rate, 2),
                     "p50_s": round(statistics.median(base.latencies), 3) if base.latencies else None},
        "load": {"jobs": len(load.accepted), "jobs_per_s": round(load_rate, 2),
                 "p50_s": round(percentile(load.latencies, 0.5), 3), "p95_s": round(percentile(load.latencies, 0.95), 3),
                 "statuses": load.statuses, "client_errors": len(load.errors)},
        "throughput_vs_baseline": round(load_rate / base_rate, 2) if base_rate else None,
        "p95_vs_baseline_p50": round(percentile(load.latencies, 0.95) / statistics.median(base.latencies), 2)
        if base.latencies and load.latencies else None,
        "accepted_checked": len(base.accepted) + len(load.accepted), "lost": len(lost), "runs_on_disk": kept,
    }
    print(json.dumps(report, indent=2))
    for line in lost[:20]:
        print("LOST", line)
    return 0 if not lost and not load.errors else 1


if __name__ == "__main__":
    sys.exit(main())
