"""Eval: score the offline generator or configured models on a prompt set with known geometry.

Three views: run a set (progress while it scores, in the background), look at a finished
eval (the summary and every case with its picture), and compare two evals case by case.
The logic is in naturalcad/evaluate/; this page only gathers choices and shows results.
"""

from __future__ import annotations

import base64
import time
from pathlib import Path

import streamlit as st

from naturalcad.config import get_settings
from naturalcad.evaluate import jobs
from naturalcad.evaluate.cases import EvalInputError, load_cases
from naturalcad.evaluate.compare import compare
from naturalcad.evaluate.report import (
    HTML_NAME,
    MARKDOWN_NAME,
    Report,
    list_reports,
    load_report,
    summary_rows,
)
from naturalcad.evaluate.results import EVALS_DIR, OFFLINE, RESULTS_NAME, CaseResult, slug
from naturalcad.evaluate.runner import EvalOptions, EvalSetupError, check_models
from naturalcad.evaluate.tolerance import PRESETS
from naturalcad.ui import boot, safe
from naturalcad.ui.format import untrusted

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = {"Example set (24 prompts)": ROOT / "examples" / "prompts.jsonl",
            "Example folder (3 tasks with reference STEP/STL)": ROOT / "examples" / "folder"}
JOB_KEY = "eval_job"
VIEW_KEY = "eval_view"
BADGE = {"pass": ":green-badge[PASS]", "fail": ":red-badge[FAIL]", "error": ":orange-badge[ERROR]"}


def evals_root() -> Path:
    return get_settings().data_dir / EVALS_DIR


# -- run -------------------------------------------------------------------------------------------
def _prompt_set() -> Path | None:
    choice = st.radio("Prompt set", [*EXAMPLES, "Upload a JSONL file"], key="eval_set", horizontal=True)
    if choice in EXAMPLES:
        return EXAMPLES[choice]
    upload = st.file_uploader("JSONL prompt set", type=["jsonl"], key="eval_upload",
                              help='One case a line: {"id", "prompt", "expect": {"extents": [a, b, c], "volume", "genus"}}')
    if upload is None:
        return None
    target = evals_root() / "uploads" / f"{slug(Path(upload.name).stem)}.jsonl"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(upload.getvalue())
    return target


def _models() -> list[str]:
    settings = get_settings()
    offered = [OFFLINE] + ([settings.llm_model] if settings.llm_configured and settings.llm_model else [])
    chosen = st.multiselect("Generators", offered, default=[offered[-1]], key="eval_models",
                            help="`offline` is the offline generator; models come from the configured server.")
    if settings.llm_base_url:
        extra = st.text_input("More models on the same server", key="eval_more_models",
                              placeholder="comma-separated, e.g. openai/gpt-4o-mini, anthropic/claude-haiku-4.5")
        chosen += [m.strip() for m in extra.split(",") if m.strip() and m.strip() not in chosen]
    else:
        st.caption("No model server is configured (NATURALCAD_LLM_BASE_URL or OPENROUTER_API_KEY), so only the "
                   "offline generator can be scored.")
    return chosen


def run_view() -> None:
    job = jobs.get(st.session_state.get(JOB_KEY))
    if job is not None and job.running:
        progress(job.id)
        return
    if job is not None and not job.running:
        _finished_job(job)
        holder = st.expander("Run another eval", expanded=False, icon=":material/play_arrow:")
    else:
        holder = st.container()
    with holder, st.form("eval_run", border=True):
        path = _prompt_set()
        models = _models()
        left, middle, right = st.columns(3)
        tolerance = left.radio("Tolerance", list(PRESETS), key="eval_tolerance", horizontal=True,
                               format_func=lambda n: n, help="; ".join(f"{n}: {p.describe()}" for n, p in PRESETS.items()))
        concurrency = middle.number_input("Cases at once", 1, 8, 2, key="eval_jobs")
        limit = right.number_input("Only the first N cases (0 = all)", 0, 10_000, 0, key="eval_limit")
        distance = st.checkbox("Shape distance (Chamfer, Hausdorff) where a case has a reference mesh", key="eval_distance")
        started = st.form_submit_button("Run eval", type="primary", icon=":material/play_arrow:")
    if not started:
        return
    if path is None:
        st.warning("Upload a JSONL prompt set first, or choose an example set.")
        return
    try:
        cases = load_cases(path)
        check_models(tuple(models), get_settings())
    except (EvalInputError, EvalSetupError) as err:
        st.error(str(err))
        return
    out = evals_root() / f"{slug(path.stem)}-{time.strftime('%Y%m%d-%H%M%S')}"
    options = EvalOptions(out=out, models=tuple(models), tolerance=PRESETS[tolerance], jobs=int(concurrency),
                          limit=int(limit) or None, distance=distance, source_file=str(path))
    st.session_state[JOB_KEY] = jobs.start(cases, options, get_settings()).id
    st.rerun()


@st.fragment(run_every=1.0)
def progress(job_id: str) -> None:
    job = jobs.get(job_id)
    if job is None:
        return
    if not job.running:
        st.rerun()  # the whole page: the form comes back with the finished report below it
    with st.container(border=True):
        st.markdown(f"**Scoring** `{job.out.name}`")
        st.progress(job.fraction, text=f"{job.done} of {job.total} cases · {job.passed} passed · {job.elapsed():.0f} s")
        if st.button("Stop after the cases running now", key=f"eval_stop_{job.id}", icon=":material/stop:",
                     disabled=job.state == "stopping"):
            jobs.request_stop(job)
        for result in job.latest[:8]:
            st.markdown(f"{BADGE[result.verdict]} **{untrusted(result.id)}** `{untrusted(result.model)}` · "
                        f"{untrusted(result.why())}")


def _finished_job(job: jobs.EvalJob) -> None:
    if job.state == "failed":
        st.error(job.error or "The eval stopped.")
        return
    if job.state == "stopped":
        st.info(f"Stopped after {job.done} of {job.total} cases; the report holds those. "
                f"`python -m naturalcad eval … --resume --out {job.out}` continues it.")
    try:
        show_report(load_report(job.out), key="job")
    except FileNotFoundError:
        st.info("No case was scored.")


# -- a report --------------------------------------------------------------------------------------
def _report_label(path: Path) -> str:
    try:
        return load_report(path).title + f" · {path.name}"
    except (FileNotFoundError, ValueError):
        return path.name


def _summary_table(report: Report) -> None:
    rows = summary_rows(report.summaries)
    st.table({"": [label for label, _ in rows],
              **{model: [cells[n] for _, cells in rows] for n, model in enumerate(report.models)}})


def _picture(report: Report, result: CaseResult | None) -> str | None:
    if result is None or not result.thumbnail:
        return None
    path = report.directory / result.thumbnail
    return f"data:image/png;base64,{base64.b64encode(path.read_bytes()).decode()}" if path.is_file() else None


def _cases_table(report: Report, key: str) -> None:
    models = report.models
    verdicts = st.multiselect("Show", ["pass", "fail", "error"], default=["pass", "fail", "error"], key=f"{key}_filter")
    by_case: dict[str, dict[str, CaseResult]] = {}
    for result in report.results:
        by_case.setdefault(result.id, {})[result.model] = result
    table: dict[str, list[object]] = {"case": [], "prompt": []}
    for model in models:
        table[f"{model} part"], table[f"{model} result"] = [], []
    for case_id, results in by_case.items():
        if not any(r.verdict in verdicts for r in results.values()):
            continue
        table["case"].append(case_id)
        table["prompt"].append(next(iter(results.values())).prompt)
        for model in models:
            result = results.get(model)
            table[f"{model} part"].append(_picture(report, result))
            table[f"{model} result"].append(
                f"{result.verdict.upper()} · {result.why()} · {result.attempts} att · {result.latency:.1f} s"
                if result else "not run")
    config: dict[str, object] = {f"{m} part": st.column_config.ImageColumn(m, width="small") for m in models}
    several = len(models) > 1  # side by side: narrower columns so every model fits the page
    config.update({f"{m} result": st.column_config.TextColumn("verdict · measured", width="medium" if several else "large")
                   for m in models})
    config["prompt"] = st.column_config.TextColumn("prompt", width="small" if several else "medium")
    st.dataframe(table, column_config=config, hide_index=True, row_height=64, width="stretch", key=f"{key}_cases",
                 height=min(38 + 64 * len(table["case"]), 1400))  # every case without an inner scroll, up to ~20


def show_report(report: Report, key: str) -> None:
    meta = report.meta
    status = f"finished {meta.finished_at[:19].replace('T', ' ')}" if meta.finished_at else "not finished"
    st.subheader(untrusted(report.set_name), anchor=False)
    st.caption(f"{len({r.id for r in report.results})} cases · tolerance **{meta.tolerance}** "
               f"({PRESETS[meta.tolerance].describe() if meta.tolerance in PRESETS else ''}) · {status} · "
               f"`{report.directory}`")
    _summary_table(report)
    _cases_table(report, key)
    columns = st.columns(3)
    for column, (name, mime, label) in zip(columns, ((HTML_NAME, "text/html", "HTML report"),
                                                     (MARKDOWN_NAME, "text/markdown", "Markdown report"),
                                                     (RESULTS_NAME, "application/jsonl", "Results (JSONL)")), strict=True):
        path = report.directory / name
        if path.is_file():
            column.download_button(label, path.read_bytes(), file_name=f"{report.directory.name}-{name}", mime=mime,
                                   key=f"{key}_{name}", icon=":material/download:")


def reports_view() -> None:
    found = list_reports(evals_root())
    if not found:
        st.info("No finished eval yet. Run one here, or from the command line: "
                "`python -m naturalcad eval examples/prompts.jsonl --offline`.")
        return
    chosen = st.selectbox("Eval", found, format_func=_report_label, key="eval_report")
    if chosen is not None:
        show_report(load_report(chosen), key="report")


# -- compare ---------------------------------------------------------------------------------------
def _side(label: str, found: list[Path], index: int) -> tuple[Report, str]:
    path = st.selectbox(label, found, index=min(index, len(found) - 1), format_func=_report_label, key=f"cmp_{label}")
    report = load_report(path)
    model = st.selectbox(f"Model in {label}", report.models, key=f"cmp_model_{label}_{path.name}") \
        if len(report.models) > 1 else report.models[0]
    return report, model


def compare_view() -> None:
    found = list_reports(evals_root())
    if len(found) < 1:
        st.info("Comparing needs two evals (or one eval of two models).")
        return
    left, right = st.columns(2)
    with left:
        a, model_a = _side("A", found, 1)
    with right:
        b, model_b = _side("B", found, 0)
    result = compare(a, b, model_a, model_b)
    shared = len(result.shared)
    if not shared:
        st.warning("These two evals share no case (by id), so there is nothing to compare case by case.")
    elif shared < len(result.cases):
        st.caption(f"{shared} cases are in both evals; the rates below are on those. "
                   f"{len(result.cases) - shared} are in only one (listed at the end).")
    rate_a, rate_b = result.shared_pass_rates()
    metrics = st.columns(4)
    metrics[0].metric("Pass rate A", f"{rate_a * 100:.1f} %", help=f"on the {shared} cases in both")
    metrics[1].metric("Pass rate B", f"{rate_b * 100:.1f} %", delta=f"{(rate_b - rate_a) * 100:+.1f} pts",
                      help=f"on the {shared} cases in both")
    metrics[2].metric("Fixed in B", result.count("fixed"))
    metrics[3].metric("Broken in B", result.count("broken"), delta=-result.count("broken") or None)
    rows = summary_rows([result.a, result.b])
    st.table({"": [label for label, _ in rows], f"A · {result.a.model}": [c[0] for _, c in rows],
              f"B · {result.b.model}": [c[1] for _, c in rows]})
    changed_only = st.toggle("Only cases whose verdict changed", value=False, key="cmp_changed")
    table: dict[str, list[str]] = {"case": [], "prompt": [], "A": [], "B": [], "change": []}
    for case in sorted(result.cases, key=lambda c: c.change.startswith("only")):
        if changed_only and case.change not in ("fixed", "broken"):
            continue
        table["case"].append(case.id)
        table["prompt"].append(case.prompt)
        table["A"].append(f"{case.before.verdict.upper()} · {case.before.why()}" if case.before else "—")
        table["B"].append(f"{case.after.verdict.upper()} · {case.after.why()}" if case.after else "—")
        table["change"].append(case.change)
    st.dataframe(table, hide_index=True, width="stretch", key="cmp_cases",
                 column_config={"prompt": st.column_config.TextColumn(width="small"),
                                "A": st.column_config.TextColumn(width="medium"),
                                "B": st.column_config.TextColumn(width="medium"),
                                "change": st.column_config.TextColumn(width="small")})


@safe.page
def eval_page() -> None:
    st.title("Eval", anchor=False)
    st.caption("Which generator gets your parts right, and at what cost? Each case's STL or DXF is measured on its "
               "own (sorted extents, volume, through-holes) and checked against the expected geometry.")
    view = st.segmented_control("View", ["Run", "Reports", "Compare"], default="Run", key=VIEW_KEY,
                                label_visibility="collapsed") or "Run"
    {"Run": run_view, "Reports": reports_view, "Compare": compare_view}[view]()


if boot.inside_app():
    eval_page()
