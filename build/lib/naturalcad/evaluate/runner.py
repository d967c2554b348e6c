"""Run every case for every model through the pipeline, score it, and append it to the results.

Each model is a configured OpenAI-compatible model name (on the server NATURALCAD_LLM_BASE_URL
names) or `offline` for the offline generator. Runs go through `pipeline.run` like any
other request, with their own data directory under the eval's output so they never crowd
the person's History. `jobs` cases run at once (threads; the sandbox caps real concurrency).
"""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from ..config import Settings
from ..request import Request, RunResult, now_iso
from .cases import Case
from .measure import Measured, MeasureError, measure_dxf, measure_stl
from .results import OFFLINE, CaseResult, EvalMeta, append_result, read_meta, read_results, slug, write_meta
from .score import score
from .tolerance import Tolerance

ResultCallback = Callable[[CaseResult, int, int], None]  # result, done, total
COST_KEY = "cost_microusd"  # RunResult.tokens carries the provider's cost in micro-dollars


class EvalSetupError(ValueError):
    """The eval cannot start (no model server, an output folder holding another eval…)."""


@dataclass(frozen=True)
class EvalOptions:
    out: Path
    models: tuple[str, ...] = (OFFLINE,)
    tolerance: Tolerance | None = None
    jobs: int = 1
    limit: int | None = None
    resume: bool = False
    distance: bool = False
    thumbnails: bool = True
    source_file: str = ""


def model_settings(base: Settings, model: str, data_dir: Path, runs: int) -> Settings:
    """Settings for one model under test: no backend, that model, runs kept for the report."""
    changes: dict[str, object] = {"backend_url": None, "data_dir": data_dir, "max_runs": max(base.max_runs, runs + 10)}
    if model != OFFLINE:
        changes["llm_model"] = model
    return base.with_overrides(**changes)


def check_models(models: tuple[str, ...], settings: Settings) -> None:
    if not models:
        raise EvalSetupError("Name at least one model, or `offline` for the offline generator.")
    if any(m != OFFLINE for m in models) and not settings.llm_base_url:
        raise EvalSetupError("No model server is configured: set NATURALCAD_LLM_BASE_URL (or OPENROUTER_API_KEY), "
                             "or use --offline to score the offline generator.")


def _measure(case: Case, run: RunResult) -> tuple[Measured | None, str | None]:
    fmt = "dxf" if case.flat else "stl"
    path = run.artifacts.get(fmt)
    if not path or not Path(path).is_file():
        return None, f"The run produced no {fmt.upper()} to measure."
    try:
        return (measure_dxf(path) if fmt == "dxf" else measure_stl(path)), None
    except MeasureError as err:
        return None, str(err)


def _fallback_error(run: RunResult) -> str:
    """Why a model's case is an error although a part exists: the offline generator made it."""
    refused = next((n for n in run.notices if "could not answer" in n), None)
    if refused:  # the model never answered: its sentence says why (timeout, 401, no code…)
        return f"{refused.split(';')[0]}; the offline generator stood in."
    tries = max(run.attempts - 1, 0)
    return (f"The model did not produce a working part in {tries} attempt{'s' if tries != 1 else ''}; "
            "the offline generator stood in.")


def score_run(case: Case, model: str, run: RunResult, tolerance: Tolerance, latency: float,
              distance: bool = False) -> CaseResult:
    """Measure a finished run's own files and score them against the case."""
    tol = tolerance.with_case(case.tol)
    tokens = {k: int(v) for k, v in (run.tokens or {}).items() if k != COST_KEY}
    cost = run.tokens[COST_KEY] / 1e6 if run.tokens and COST_KEY in run.tokens else None
    result = CaseResult(id=case.id, model=model, prompt=case.prompt, verdict="error", expected=case.expect.to_dict(),
                        flat=case.flat, source=run.source, family=run.family, attempts=run.attempts, tokens=tokens,
                        cost=cost, latency=round(latency, 3), run_id=run.run_id, artifacts=dict(run.artifacts),
                        tolerance=tol.name, notices=list(run.notices))
    stood_in = model != OFFLINE and run.source != "llm"
    if not run.success:
        result.error = run.error or "The run failed without saying why."
        if stood_in:
            result.error = f"{_fallback_error(run)} {result.error}"
            result.attempts = max(run.attempts - 1, 0)
        return result
    measured, problem = _measure(case, run)
    if measured is None:
        result.error = problem
        return result
    result.measured = measured.to_dict()
    open_surface = measured.flat or (case.output_type or run.output_type) in ("surface", "1d_path")
    result.valid = bool(measured.extents) and (open_surface or (measured.watertight and (measured.volume or 0) > 0))
    checks = score(case.expect, measured, tol)
    result.checks = [c.to_dict() for c in checks]
    if distance and case.reference is not None and not case.flat:
        try:
            result.distance = _distance(run, case)
        except Exception as err:
            result.notices.append(f"Shape distance could not be measured: {err}.")
    if stood_in:
        result.error = _fallback_error(run)
        # The pipeline counts the stand-in's one attempt too; the model's own tries are what is scored.
        result.attempts = max(run.attempts - 1, 0)
        return result
    result.verdict = "pass" if all(c.ok for c in checks) else "fail"
    return result


def _distance(run: RunResult, case: Case) -> dict[str, float] | None:
    from .distance import shape_distance
    from .reference import reference_mesh

    assert case.reference is not None
    mesh = reference_mesh(case.reference)
    if mesh is None or not run.artifacts.get("stl"):
        return None
    return shape_distance(run.artifacts["stl"], mesh).to_dict()


def _thumbnail(run: RunResult, out: Path, model: str, case_id: str) -> str | None:
    from .. import preview

    files = {k: v for k, v in run.artifacts.items() if k in ("stl", "glb", "dxf")}
    if not files:
        return None
    run_dir = Path(next(iter(files.values()))).parent
    made = preview.thumbnail(run_dir, files)
    if made is None:
        return None
    target = out / "thumbs" / slug(model) / f"{slug(case_id)}.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(made, target)
    return str(target.relative_to(out))


def _warm_worker() -> None:
    from ..sandbox.runner import fork_available, get_worker

    if fork_available():
        get_worker().wait_ready(timeout=120)


def _prepare(out: Path, options: EvalOptions, cases: list[Case], models: tuple[str, ...]) -> list[CaseResult]:
    """The results already in `out` (when resuming); refuses to mix two evals in one folder."""
    out.mkdir(parents=True, exist_ok=True)
    earlier = read_results(out)
    meta = read_meta(out)
    assert options.tolerance is not None
    if earlier and not options.resume:
        raise EvalSetupError(f"{out} already holds the results of an eval ({len(earlier)} cases): add --resume to "
                             "continue it, or choose another --out.")
    if options.resume and meta is not None and meta.tolerance != options.tolerance.name:
        raise EvalSetupError(f"The eval in {out} was scored with --tolerance {meta.tolerance}; resume it with the same "
                             "preset so every case is scored alike.")
    ids = {c.id for c in cases}
    return [r for r in earlier if r.id in ids and r.model in models]


def run_eval(cases: list[Case], options: EvalOptions, settings: Settings,
             on_result: ResultCallback | None = None, stop: threading.Event | None = None) -> list[CaseResult]:
    """Score every (case, model) not yet in `options.out`; returns all results in case order."""
    from .. import pipeline

    assert options.tolerance is not None
    models = tuple(dict.fromkeys(options.models))
    check_models(models, settings)
    cases = cases[: options.limit] if options.limit else cases
    out = options.out.expanduser().absolute()
    done = {r.key: r for r in _prepare(out, options, cases, models)}
    meta = read_meta(out) if options.resume else None
    meta = EvalMeta(source_file=options.source_file, models=list(models), tolerance=options.tolerance.name,
                    cases=len(cases), started_at=meta.started_at if meta else now_iso(), distance=options.distance,
                    case_ids=[c.id for c in cases])
    write_meta(out, meta)
    total = len(cases) * len(models)
    todo = [(case, model) for case in cases for model in models if (model, case.id) not in done]
    lock = threading.Lock()
    per_model = {m: model_settings(settings, m, out / "data", total) for m in models}
    pipeline.startup(per_model[models[0]])
    _warm_worker()  # so the first case's latency is not the worker's start-up

    def one(case: Case, model: str) -> CaseResult:
        try:
            return _one(case, model)
        except Exception as err:
            return CaseResult(id=case.id, model=model, prompt=case.prompt, verdict="error",
                              expected=case.expect.to_dict(), flat=case.flat, tolerance=options.tolerance.name,  # type: ignore[union-attr]
                              error=f"Scoring this case failed inside NaturalCAD: {type(err).__name__}: {err}.")

    def _one(case: Case, model: str) -> CaseResult:
        request = Request(case.prompt, mode=case.mode, output_type=case.output_type, offline=model == OFFLINE,
                          client="eval")
        started = time.perf_counter()
        run = pipeline.run(request, settings=per_model[model])
        result = score_run(case, model, run, options.tolerance, time.perf_counter() - started,  # type: ignore[arg-type]
                           options.distance)
        if options.thumbnails and run.success:
            result.thumbnail = _thumbnail(run, out, model, case.id)
        return result

    count = len(done)
    with ThreadPoolExecutor(max_workers=max(options.jobs, 1), thread_name_prefix="naturalcad-eval") as pool:
        pending: set[Future[CaseResult]] = set()
        queue = list(todo)
        try:
            while queue or pending:
                while queue and len(pending) < max(options.jobs, 1) and not (stop and stop.is_set()):
                    pending.add(pool.submit(one, *queue.pop(0)))
                if not pending:
                    break
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    result = future.result()
                    with lock:
                        append_result(out, result)
                        done[result.key] = result
                        count += 1
                    if on_result is not None:
                        on_result(result, count, total)
        except BaseException:
            for future in pending:
                future.cancel()
            raise
    meta.finished_at = now_iso() if len(done) == total else None
    write_meta(out, meta)
    order = {case.id: n for n, case in enumerate(cases)}
    ranks = {m: n for n, m in enumerate(models)}
    return sorted(done.values(), key=lambda r: (order.get(r.id, len(order)), ranks.get(r.model, len(ranks))))
