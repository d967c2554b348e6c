"""`python -m naturalcad eval FILE.jsonl|FOLDER`: the command line shell over the runner.

Prints one line per case as it is scored (one JSON object with `--json`), a progress bar
on a terminal, then the summary; writes results.jsonl, summary.json, report.md and
report.html into `--out`. Exit 0 when the eval ran to the end (failing cases are results,
not errors), 1 below `--fail-under`, 2 for unusable input, 130 when interrupted (the cases
scored so far are kept: run again with `--resume`).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
from pathlib import Path

from .. import config
from .cases import EvalInputError, load_cases
from .progress import ProgressBar
from .report import HTML_NAME, MARKDOWN_NAME, SUMMARY_NAME, summary_rows, write_reports
from .results import EVALS_DIR, OFFLINE, CaseResult
from .runner import EvalOptions, EvalSetupError, run_eval
from .tolerance import PRESETS

DEFAULT_TOLERANCE = "cadeval"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ev = sub.add_parser("eval", help="score a model (or the offline generator) on prompts with known geometry",
                        description="Score generated parts against expected extents, volume and through-holes.")
    ev.add_argument("file", help="a JSONL prompt set, or a folder of tasks (prompt.txt + reference.step/.stl)")
    ev.add_argument("--offline", action="store_true", help="score the offline generator (same as --model offline)")
    ev.add_argument("--model", help="model name(s) on the configured OpenAI-compatible server, comma-separated to "
                                    "compare side by side; `offline` names the offline generator")
    ev.add_argument("--out", help="eval folder for results and reports (default <data dir>/evals/<file>-<time>)")
    ev.add_argument("--jobs", type=int, default=1, help="cases run at once (default 1)")
    ev.add_argument("--limit", type=int, help="only the first N cases")
    ev.add_argument("--resume", action="store_true", help="skip cases already scored in --out")
    ev.add_argument("--tolerance", choices=sorted(PRESETS), default=DEFAULT_TOLERANCE,
                    help="cadeval: sizes within 1 mm, volume 2 %%; loose: sizes 2 %% or 0.5 mm, volume 4 %% "
                         f"(default {DEFAULT_TOLERANCE}); holes are exact under both")
    ev.add_argument("--distance", action="store_true",
                    help="also measure Chamfer and Hausdorff distance where a case has a reference mesh")
    ev.add_argument("--no-thumbnails", action="store_true", help="skip the picture per case in the reports")
    ev.add_argument("--fail-under", type=float, metavar="RATE", help="exit 1 when a model's pass rate is below RATE (0-1)")
    ev.add_argument("--json", action="store_true", help="one JSON object per case, then the summary")
    ev.set_defaults(func=cmd_eval)


def _models(args: argparse.Namespace, settings: config.Settings) -> tuple[str, ...]:
    names = [n.strip() for n in (args.model or "").split(",") if n.strip()]
    if args.offline and OFFLINE not in names:
        names.insert(0, OFFLINE)
    if not names:  # the configured model, or the offline generator when none is
        names = [settings.llm_model] if settings.llm_configured and settings.llm_model else [OFFLINE]
    return tuple(dict.fromkeys(names))


def _default_out(settings: config.Settings, file: str) -> Path:
    return settings.data_dir / EVALS_DIR / f"{Path(file).stem or 'eval'}-{time.strftime('%Y%m%d-%H%M%S')}"


def _fail(message: str, as_json: bool) -> int:
    print(json.dumps({"success": False, "error": message}) if as_json else f"error: {message}", flush=True)
    return 2


def _line(result: CaseResult) -> str:
    distance = f" · Chamfer {result.distance['chamfer']:.2f} mm" if result.distance else ""
    return f"{result.verdict.upper():5} {result.id:<8} [{result.model}] {result.prompt[:60]} -- {result.why()}{distance}"


def cmd_eval(args: argparse.Namespace) -> int:
    if args.jobs < 1 or (args.limit is not None and args.limit < 1):
        return _fail("--jobs and --limit must be at least 1.", args.json)
    if args.fail_under is not None and not 0 <= args.fail_under <= 1:
        return _fail("--fail-under is a pass rate between 0 and 1, such as 0.8.", args.json)
    if args.resume and not args.out:
        return _fail("--resume continues an earlier eval: give its folder with --out.", args.json)
    settings = config.get_settings()
    try:
        cases = load_cases(args.file)
    except EvalInputError as err:
        return _fail(str(err), args.json)
    out = Path(args.out).expanduser().absolute() if args.out else _default_out(settings, args.file)
    options = EvalOptions(out=out, models=_models(args, settings), tolerance=PRESETS[args.tolerance], jobs=args.jobs,
                          limit=args.limit, resume=args.resume, distance=args.distance,
                          thumbnails=not args.no_thumbnails, source_file=str(Path(args.file).absolute()))
    total = len(cases[: args.limit] if args.limit else cases) * len(options.models)
    bar = ProgressBar(total)

    def on_result(result: CaseResult, done: int, _total: int) -> None:
        bar.close()
        print(json.dumps(result.to_dict(), allow_nan=False) if args.json else _line(result), flush=True)
        bar.update(result, done)

    bar.start()
    try:
        results = run_eval(cases, options, settings, on_result=on_result)
    except EvalSetupError as err:
        return _fail(str(err), args.json)
    except KeyboardInterrupt:
        bar.close()
        print(f"interrupted: the cases scored so far are in {out}; continue with --resume --out {out}", file=sys.stderr)
        _reports_quietly(out)
        return 130
    bar.close()
    report = write_reports(out)
    files = {"results": str(out / "results.jsonl"), "summary": str(out / SUMMARY_NAME),
             "markdown": str(out / MARKDOWN_NAME), "html": str(out / HTML_NAME)}
    if args.json:
        print(json.dumps({"summary": [s.to_dict() for s in report.summaries], "tolerance": args.tolerance,
                          "cases": len(results), "out": str(out), "reports": files}, allow_nan=False), flush=True)
    else:
        width = max(len(label) for label, _ in summary_rows(report.summaries)) + 2
        print("\n" + " " * width + "  ".join(f"{m:>24}" for m in report.models))
        for label, cells in summary_rows(report.summaries):
            print(f"{label:<{width}}" + "  ".join(f"{c:>24}" for c in cells))
        print(f"\nreports: {out / MARKDOWN_NAME}\n         {out / HTML_NAME}")
    if args.fail_under is not None and any(s.pass_rate < args.fail_under for s in report.summaries):
        return 1
    return 0


def _reports_quietly(out: Path) -> None:
    with contextlib.suppress(Exception):
        write_reports(out)
