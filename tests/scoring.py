"""Score a prompt set the way `naturalcad batch --offline` + the shared eval do, inside the test process.

The golden and floor tests used to start `python -m naturalcad batch` (or the shared
`check_prompts.py` / `scripts/score_reading.py`, which start it) once per set: a fresh
interpreter, a fresh import of the reader, and a fresh sandbox worker importing build123d,
for every set. Here each part is built by the same calls `cmd_batch` makes (one
`pipeline.run` per line, settings with the run's own data dir, the result as the JSON line
the CLI prints), through this test process's warm worker, which every sandbox test on this
xdist worker shares. The verdicts are the shared eval's own `check` and
`scripts/score_reading.py`'s own `_judged`, so a score here is the score those scripts print.

Big sets are split with `chunks()` into parametrized parts that xdist spreads over workers
(only where the assertion is per part; a floor counts the whole set in one test).
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import tempfile
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
CHECKER = ROOT.parent / "shared" / "eval" / "check_prompts.py"
PARALLEL_BUILDS = 2
RIGHT = ("right", "refused", "stand-in")  # score_reading.py's "right (or honestly refused)"


def load_set(name: str) -> list[dict[str, Any]]:
    """The cases of tests/data/NAME, one JSON object a line."""
    return [json.loads(line) for line in (DATA / name).read_text().splitlines() if line.strip()]


def chunks(cases: Sequence[dict[str, Any]], size: int) -> list[Any]:
    """`cases` in parts of at most `size`, as pytest params ("part 2 of 6"), for a per-part assertion."""
    parts = [list(cases[i:i + size]) for i in range(0, len(cases), size)]
    return [pytest.param(part, id=f"part{n}of{len(parts)}") for n, part in enumerate(parts, 1)]


@cache
def _module(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def checker(skip_if_missing: bool = True) -> Callable[[dict[str, Any], dict[str, Any] | None], tuple[bool, str]]:
    """The shared eval's geometry check (`check_prompts.check`). Missing: skip, or fail when the
    test used to fail without it."""
    if not CHECKER.exists():
        if skip_if_missing:
            pytest.skip("the shared eval's geometry check is not beside this checkout")
        raise AssertionError(f"the shared eval's geometry check is not at {CHECKER}")
    return _module(CHECKER, "check_prompts").check  # type: ignore[no-any-return]


@contextlib.contextmanager
def built(cases: Sequence[dict[str, Any]]) -> Iterator[dict[str, dict[str, Any]]]:
    """Each case built as `naturalcad batch FILE --offline --out TMP` builds it: id -> the JSON line
    the CLI prints. The artifacts live until the block ends (judge inside it)."""
    from naturalcad import config, pipeline
    from naturalcad.request import Request
    from naturalcad.sanitize import dumps as strict_dumps

    before = config._settings
    with tempfile.TemporaryDirectory(prefix="naturalcad-score-") as tmp:
        # cmd_batch's settings: the process's (environment) settings, data dir = --out
        settings = config.load_settings().with_overrides(data_dir=Path(tmp) / "out")
        config.set_settings(settings)
        try:
            pipeline.startup(settings)

            def line(case: dict[str, Any]) -> dict[str, Any]:
                row = {k: case[k] for k in ("id", "prompt", "output_type") if case.get(k)}
                request = Request(str(row.get("prompt") or ""), mode="part", output_type=row.get("output_type"),
                                  offline=True, client="batch")
                result = pipeline.run(request, settings=settings)
                return json.loads(strict_dumps({"id": row.get("id"), **result.to_dict()}))  # type: ignore[no-any-return]

            # Two at a time, as two browser sessions of the app would: the warm worker runs two jobs
            # at once (max_concurrent_jobs), so a set still building when the other xdist workers
            # are idle (or waiting on a browser) uses both cores. Each part is built as it would be alone.
            with ThreadPoolExecutor(max_workers=PARALLEL_BUILDS, thread_name_prefix="naturalcad-score") as pool:
                lines = list(pool.map(line, cases))
            yield {made["id"]: made for made in lines if made.get("id") is not None}
        finally:
            config.set_settings(before)


def judged(cases: Sequence[dict[str, Any]], skip_if_missing: bool = True) -> dict[str, dict[str, Any]]:
    """`scripts/score_reading.py`'s verdict for each case: id -> verdict, confidence, prompt, why."""
    check = checker(skip_if_missing)
    score = _module(ROOT / "scripts" / "score_reading.py", "score_reading")
    with built(cases) as results:
        score._check = check  # what score_reading's main() sets from --eval
        return score._judged(list(cases), results)  # type: ignore[no-any-return]


def right(verdicts: dict[str, dict[str, Any]]) -> list[str]:
    """Ids right or honestly refused (score_reading.py's "right (or honestly refused)")."""
    return [cid for cid, j in verdicts.items() if j["verdict"] in RIGHT]


def wrong_high(verdicts: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Wrong or failed parts reported at confidence `high` (score_reading.py's figure that must be 0)."""
    return {cid: j for cid, j in verdicts.items() if j["verdict"] in ("wrong", "failed") and j["confidence"] == "high"}



def assert_floor(name: str, floor: int, exempt: frozenset[str] = frozenset()) -> None:
    """A committed set scores at least `floor` right, with no wrong part at `high` but the named `exempt` ones."""
    verdicts = judged(load_set(name))
    high = {cid: j for cid, j in wrong_high(verdicts).items() if cid not in exempt}
    assert not high, high
    good = set(right(verdicts))
    assert len(good) >= floor, {cid: j for cid, j in verdicts.items() if cid not in good}

def check_score(cases: Sequence[dict[str, Any]]) -> tuple[int, str]:
    """`check_prompts.py SET --project ROOT`'s score: (parts passed, its per-case lines)."""
    check = checker()
    with built(cases) as results:
        lines, passed = [], 0
        for case in cases:
            ok, why = check(case, results.get(case["id"]))
            passed += ok
            lines.append(f"{'PASS' if ok else 'FAIL'} {case['id']:<5} {case['prompt'][:70]} -- {why}")
    return passed, "\n".join(lines)


def strictly_right(cases: Sequence[dict[str, Any]]) -> list[str]:
    """Ids of the cases `scripts/score_strict.py` passes (extents 2 %, volume 4 %), each built by
    the offline source in this process; a refusal is a miss."""
    from naturalcad.request import Request, validate
    from naturalcad.sources.offline import TemplateSource

    match = _module(ROOT / "scripts" / "score_strict.py", "score_strict").strict_match
    right = []
    for c in cases:
        try:
            made = TemplateSource().generate(validate(Request(prompt=c["prompt"], offline=True)))
        except Exception:  # a refusal is a miss
            continue
        if match(made.code, c["expect"])[0]:
            right.append(c["id"])
    return right


def steps_built(prompt: str) -> tuple[Any, list[float], float]:
    """The step reader's result for `prompt`, its script run in this process: (made, sorted extents
    to 0.01 mm, volume). For grammar tests that measure the solid without the sandbox."""
    from naturalcad.steps.generate import generate_steps

    made = generate_steps(prompt)
    assert made is not None, prompt
    scope: dict[str, Any] = {}
    exec(made.code, scope)
    solid = scope["result"]
    size = solid.bounding_box().size
    return made, sorted(round(v, 2) for v in (size.X, size.Y, size.Z)), solid.volume


def near(a: float, b: float, rel: float = 0.01) -> bool:
    return abs(a - b) <= rel * abs(b)
