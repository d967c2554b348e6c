"""UI speed: click "Generate" to the 3D preview's first frame, in a real browser.

    python benchmarks/bench_ui.py [--rounds 1] [--url http://127.0.0.1:8501]

Starts `streamlit run streamlit_app.py` on 127.0.0.1 with a throw-away data dir (unless
--url names a running app), drives the system chromium with Playwright, warms up with one
Generate (the first waits for the build123d worker), then times five offline prompts from
the click to the new viewer's first painted frame. The same-run baseline is the pipeline's
own runtime for each of those runs (from the app's history), so the report also says how
much the page adds on top of the CAD work. Target: p50 <= 1.0 s. Then page load -> usable
(a fresh tab of the warm app until Generate can be pressed), five times. Target: p50 <= 2.0 s.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.conftest import CHROMIUM_ARGS, VIEWPORT, chromium_path, start_app, stop_app  # noqa: E402
from tests.e2e.driver import generate, open_app  # noqa: E402

PROMPTS = [
    "box 60 x 40 x 20 mm",
    "Plate 120 x 80 x 6 mm with four 8 mm corner holes",
    "Heavy steel bracket with 4 bolt holes, 90 mm wide, 8 mm thick",
    "Tube 40 mm outer diameter, 3 mm wall, 100 mm long",
    "Flange 80 mm diameter, 10 mm thick, 6 bolt holes on a 60 mm circle",
]
WARM_UP = "Washer 20 mm outer diameter, 8 mm hole, 2 mm thick"
TARGET_P50 = 1.0
TARGET_LOAD_P50 = 2.0
LOADS = 5


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def pipeline_runtimes(data_dir: Path, count: int) -> list[float]:
    """The newest `count` runs' own runtimes (the same-run baseline), oldest first."""
    from naturalcad.config import load_settings
    from naturalcad.history import HistoryStore

    runs = HistoryStore.for_settings(load_settings({"NATURALCAD_DATA_DIR": str(data_dir)})).list(limit=count)
    return [r.runtime_seconds for r in reversed(runs)]


def stage_breakdown(data_dir: Path, count: int) -> dict[str, float]:
    """p50 seconds of each pipeline stage over the newest `count` runs: where the click's time goes."""
    from naturalcad.config import load_settings
    from naturalcad.history import HistoryStore

    runs = HistoryStore.for_settings(load_settings({"NATURALCAD_DATA_DIR": str(data_dir)})).list(limit=count)
    stages: dict[str, list[float]] = {}
    for run in runs:
        for stage, seconds in (run.timings or {}).items():
            if isinstance(seconds, (int, float)):
                stages.setdefault(stage, []).append(float(seconds))
    return {stage: round(percentile(values, 0.5), 3) for stage, values in stages.items()}


def viewer_page_bytes(data_dir: Path) -> tuple[int, int] | None:
    """The newest run's viewer page: (whole self-contained page, what a Generate sends).

    The app sends the page with its vtk.js program linked as a file of the server
    (`naturalcad.viewer_assets`), fetched by the browser, instead of inline."""
    from naturalcad import viewer_assets
    from naturalcad.config import load_settings
    from naturalcad.history import HistoryStore
    from naturalcad.preview import viewer_page

    runs = HistoryStore.for_settings(load_settings({"NATURALCAD_DATA_DIR": str(data_dir)})).list(limit=1)
    if not runs:
        return None
    html = viewer_page(runs[0].artifacts, 420)
    linked = viewer_assets.linked_page(html, lambda bundle: f"/component/naturalcad.viewer_component.vtk_assets/{bundle.name}")
    return len(html.encode()), len((linked[0] if linked else html).encode())


def page_loads(browser, url: str, count: int = LOADS) -> list[float]:
    """Seconds from opening the warm app in a new tab until Generate is enabled."""
    seconds = []
    for _ in range(count):
        page = browser.new_page(viewport=VIEWPORT)
        started = time.perf_counter()
        page.goto(url)
        page.get_by_role("button", name="Generate", exact=True).wait_for(timeout=60_000)
        page.wait_for_function("() => { const b = [...document.querySelectorAll('button')]"
                               ".find(e => e.innerText.trim().endsWith('Generate')); return b && !b.disabled; }")
        seconds.append(time.perf_counter() - started)
        page.close()
    return seconds


def measure(url: str, rounds: int) -> tuple[list[tuple[str, float]], list[float]]:
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    if executable is None:
        raise SystemExit("no system chromium found (set NATURALCAD_CHROMIUM)")
    timings: list[tuple[str, float]] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport=VIEWPORT)
        open_app(page, url)
        generate(page, WARM_UP)
        for _ in range(rounds):
            for prompt in PROMPTS:
                timings.append((prompt, generate(page, prompt)))
        page.close()
        page_loads(browser, url, 1)  # warm-up: the first page of a tab loads the front end
        loads = page_loads(browser, url)
        browser.close()
    return timings, loads


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=1, help="times through the five prompts")
    parser.add_argument("--url", help="a running app to measure instead of starting one")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()

    data_dir: Path | None = None
    process = None
    with tempfile.TemporaryDirectory() as tmp:
        url = args.url
        if url is None:
            data_dir = Path(tmp) / "data"
            data_dir.mkdir()
            url, process = start_app(data_dir)
        try:
            timings, loads = measure(url, args.rounds)
        finally:
            if process is not None:
                stop_app(process)
        seconds = [t for _, t in timings]
        baseline = pipeline_runtimes(data_dir, len(seconds)) if data_dir else []
        stages = stage_breakdown(data_dir, len(seconds)) if data_dir else {}
        page_bytes = viewer_page_bytes(data_dir) if data_dir else None

    p50, p95 = percentile(seconds, 0.5), percentile(seconds, 0.95)
    load50 = percentile(loads, 0.5)
    report = {
        "metric": "click Generate -> first frame of the 3D preview (s)",
        "runs": len(seconds),
        "p50": round(p50, 3),
        "p95": round(p95, 3),
        "max": round(max(seconds), 3),
        "target_p50": TARGET_P50,
        "meets_target": p50 <= TARGET_P50 and load50 <= TARGET_LOAD_P50,
        "each": [{"prompt": prompt, "seconds": round(t, 3)} for prompt, t in timings],
        "page_load_usable_p50": round(load50, 3),
        "page_load_each": [round(t, 3) for t in loads],
        "target_page_load_p50": TARGET_LOAD_P50,
    }
    if baseline:
        base50 = percentile(baseline, 0.5)
        report["pipeline_p50"] = round(base50, 3)
        report["page_over_pipeline_p50"] = round(p50 / base50, 2) if base50 else None
    report["stage_p50"] = stages
    report["viewer_page_bytes"] = page_bytes[0] if page_bytes else None
    report["viewer_page_sent_bytes"] = page_bytes[1] if page_bytes else None
    report["load_average"] = Path("/proc/loadavg").read_text().split()[:3]
    if args.json:
        print(json.dumps(report))
    else:
        for prompt, t in timings:
            print(f"{t:6.3f} s  {prompt}")
        print(f"click -> first frame p50 {p50:.3f} s, p95 {p95:.3f} s (target p50 <= {TARGET_P50} s: "
              f"{'met' if p50 <= TARGET_P50 else 'NOT met'})")
        print(f"page load -> usable p50 {load50:.3f} s, each {[round(t, 2) for t in loads]} "
              f"(target p50 <= {TARGET_LOAD_P50} s: {'met' if load50 <= TARGET_LOAD_P50 else 'NOT met'})")
        sent = f"{page_bytes[0]} bytes whole, {page_bytes[1]} sent per part" if page_bytes else "none"
        print(f"pipeline stages p50 (s): {stages}; viewer page {sent}; "
              f"load average {report['load_average']}")
        if baseline:
            print(f"pipeline alone p50 {report['pipeline_p50']:.3f} s; the page adds "
                  f"{p50 - report['pipeline_p50']:.3f} s ({report['page_over_pipeline_p50']}x)")
    return 0 if report["meets_target"] else 1


if __name__ == "__main__":
    sys.exit(main())
