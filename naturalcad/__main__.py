"""The command line: `python -m naturalcad generate|batch|run|serve|history|sync|eval|drawing`.

A thin shell over the pipeline: every command builds a Request (or a script), calls the
pipeline and prints the RunResult, as one JSON object per result with `--json`.
Exit status is 0 when every result succeeded, 1 otherwise (the JSON is printed either way).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import config, pipeline
from .drawing import DrawingOptions
from .drawing.options import PAPERS, PROJECTIONS
from .request import MODES, OUTPUT_TYPES, SOURCES, Request, RunResult
from .sanitize import dumps as strict_dumps
from .sanitize import strict

EXIT_DELIVERY_SECONDS = 3.0


def _settings(args: argparse.Namespace) -> config.Settings:
    settings = config.get_settings()
    changes: dict[str, Any] = {}
    if getattr(args, "out", None):
        changes["data_dir"] = Path(args.out).expanduser().absolute()
    if getattr(args, "timeout", None):
        changes["exec_timeout_seconds"] = float(args.timeout)
    settings = settings.with_overrides(**changes) if changes else settings
    config.set_settings(settings)
    pipeline.startup(settings)
    return settings


def _human(result: RunResult) -> str:
    lines = [f"run {result.run_id}: {'OK' if result.success else 'FAILED'} ({result.source}, {result.family or '-'}, "
             f"{result.runtime_seconds:.2f} s)"]
    if result.error:
        lines.append(f"  error: {result.error}")
    geo = result.geometry
    if geo.get("extents"):
        size = " x ".join(f"{v:g}" for v in geo["extents"])
        lines.append(f"  size: {size} mm, volume {geo.get('volume', 0):g} mm³, holes {geo.get('holes', 0)}, "
                     f"valid {geo.get('valid')}")
    for fmt, path in result.artifacts.items():
        lines.append(f"  {fmt.upper()}: {path}")
    for notice in result.notices + result.warnings:
        lines.append(f"  note: {notice}")
    lines += _reading_lines(result)
    return "\n".join(lines)


def _reading_lines(result: RunResult) -> list[str]:
    """How the prompt was read, and what was not understood (never a silent low confidence)."""
    from .ui.reading import lines, of

    reading = of(result)
    return ["  " + line for line in lines(reading)] if reading is not None else []


def _emit(result: RunResult, as_json: bool, extra: dict[str, Any] | None = None) -> None:
    if as_json:
        print(strict_dumps({**(extra or {}), **result.to_dict()}), flush=True)
    else:
        print(strict(_human(result)), flush=True)  # never a codec error instead of the run


def cmd_generate(args: argparse.Namespace) -> int:
    settings = _settings(args)
    result = pipeline.run(Request(args.prompt, mode=args.mode, output_type=args.output_type, offline=args.offline),
                          settings=settings, drawing=_drawing(args))
    _emit(result, args.json)
    return 0 if result.success else 1


def cmd_batch(args: argparse.Namespace) -> int:
    settings = _settings(args)
    failures = 0
    try:
        handle = open(args.file, encoding="utf-8")  # noqa: SIM115 -- closed by `with handle` below; opened apart so a missing file is one clear error
    except OSError as err:
        print(json.dumps({"success": False, "error": f"Cannot read {args.file}: {err.strerror}."}))
        return 2
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                if not isinstance(item, dict):
                    raise ValueError("not an object")
            except ValueError:
                print(json.dumps({"id": None, "line": number, "success": False,
                                  "error": f"Line {number} is not a JSON object."}), flush=True)
                failures += 1
                continue
            request = Request(str(item.get("prompt") or ""), mode=item.get("mode") or "part",
                              output_type=item.get("output_type"), offline=args.offline, client="batch")
            result = pipeline.run(request, settings=settings)
            print(strict_dumps({"id": item.get("id"), **result.to_dict()}), flush=True)
            failures += not result.success
    return 0 if failures == 0 else 1


def cmd_run(args: argparse.Namespace) -> int:
    settings = _settings(args)
    try:
        code = Path(args.script).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        message = f"Cannot read {args.script}: {getattr(err, 'strerror', None) or err}."
        print(json.dumps({"success": False, "error": message}) if args.json else f"error: {message}")
        return 2
    result = pipeline.run_code(code, args.output_type or "3d_solid", prompt=f"run {Path(args.script).name}",
                               settings=settings, drawing=_drawing(args))
    _emit(result, args.json)
    return 0 if result.success else 1


def _drawing(args: argparse.Namespace) -> DrawingOptions | None:
    """The drawing the command asked for (`--drawing`), or None."""
    if not getattr(args, "drawing", False):
        return None
    return DrawingOptions(projection=args.projection, paper=args.paper)


def cmd_drawing(args: argparse.Namespace) -> int:
    """Draw an earlier run (what the app's Drawing tab does)."""
    from . import runs as run_store
    from .drawing_job import draw_run

    settings = _settings(args)
    found = run_store.get_run(args.run_id, settings)
    if found is None:
        message = f"No run {args.run_id!r} in the history."
        print(json.dumps({"success": False, "error": message}) if args.json else f"error: {message}")
        return 2
    outcome = draw_run(found, settings, projection=args.projection, paper=args.paper)
    if outcome.error:
        print(json.dumps({"success": False, "run_id": found.run_id, "error": outcome.error}) if args.json
              else f"error: {outcome.error}")
        return 1
    _emit(outcome.result, args.json)
    return 0


def _drawing_flags(parser: argparse.ArgumentParser, flag: bool = True) -> None:
    if flag:
        parser.add_argument("--drawing", action="store_true",
                            help="also make the part's engineering drawing (SVG, PDF, DXF)")
    parser.add_argument("--projection", choices=PROJECTIONS, default="third", help="drawing projection (default third angle)")
    parser.add_argument("--paper", choices=PAPERS, default="auto", help="drawing sheet (default: A4, or A3 when needed)")


def _iso_date(text: str) -> str:
    """argparse type for --since/--until: an ISO date or date-time, said plainly when it is not."""
    from datetime import datetime

    try:
        datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO date or time, e.g. 2026-12-01 or 2026-12-01T08:00") from None
    return text


def _history_filter(args: argparse.Namespace) -> dict[str, Any]:
    return {"text": args.search, "success": {"ok": True, "failed": False}.get(args.result or ""),
            "source": args.source, "family": args.family, "since": args.since, "until": args.until}


def _history_line(result: RunResult, deployment: str | None = None) -> str:
    status = "ok  " if result.success else "FAIL"
    where = f"{deployment[:16]:<16} " if deployment is not None else ""
    return (f"{result.created_at}  {status}  {result.run_id}  {where}{result.source:<8} {result.family or '-':<18} "
            f"{result.runtime_seconds or 0.0:6.2f}s  {result.prompt[:60]}")


def cmd_history(args: argparse.Namespace) -> int:
    from . import runs as run_store

    settings = _settings(args)
    if args.shared:
        return _shared_history(args, settings)
    runs = run_store.list_runs(settings, limit=args.limit, **_history_filter(args))  # rows whose job is gone are marked first
    if not args.json:
        print(f"Local history ({settings.history_db}), newest first: {len(runs)} runs shown.", file=sys.stderr)
    for result in runs:
        print(strict_dumps(result.to_dict()) if args.json else _history_line(result))
    return 0


def _shared_history(args: argparse.Namespace, settings: config.Settings) -> int:
    from . import shared_history
    from .supabase import SupabaseError

    try:
        runs = shared_history.list_runs(settings, shared_history.HistoryFilter(
            **_history_filter(args), deployment=args.deployment), limit=args.limit)
    except SupabaseError as err:
        message = f"{err} The local history is still there: python -m naturalcad history"
        print(json.dumps({"success": False, "error": message}) if args.json else f"error: {message}")
        return 1
    if not args.json:
        print(f"Shared history (Supabase at {settings.supabase_url}, every deployment), newest first: "
              f"{len(runs)} runs shown.", file=sys.stderr)
    for run in runs:
        if args.json:
            files = {fmt: {"name": f.name, "bytes": f.bytes, "path": f.path, "url": f.url} for fmt, f in run.files.items()}
            print(json.dumps({**run.result.to_dict(), "deployment": run.deployment, "delivered_at": run.delivered_at,
                              "files": files}, default=str))
        else:
            print(_history_line(run.result, run.deployment))
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from . import supabase

    settings = _settings(args)
    pending = supabase.outbox_for(settings).depth()
    if not supabase.writes(settings):
        message = ("Supabase is not configured with a key that may write (SUPABASE_URL and "
                   "SUPABASE_SERVICE_ROLE_KEY); nothing was sent.")
        if args.json:
            print(json.dumps({"success": pending == 0, "delivered": 0, "pending": pending, "error": message}))
        else:
            print(f"{message} {pending} runs wait in the outbox." if pending else "Nothing to deliver: the outbox is empty.")
        return 0 if pending == 0 else 1
    supabase.stop_drainers(wait=0)  # this command delivers in the foreground
    report = supabase.drain(settings)
    state = supabase.status(settings)
    error = next(iter(report.failed.values()), None)
    if args.json:
        print(json.dumps({"success": report.remaining == 0, "delivered": len(report.delivered),
                          "thumbnails": report.thumbnails, "failed": report.failed, "pending": report.remaining, "error": error,
                          "last_delivery_at": state.last_delivery_at}))
    else:
        pictures = f" (and {report.thumbnails} thumbnails)" if report.thumbnails else ""
        print(f"Delivered {len(report.delivered)} runs to Supabase{pictures}; {report.remaining} still in the outbox.")
        if error:
            print(f"  last error: {error}")
    return 0 if report.remaining == 0 else 1


def cmd_serve(args: argparse.Namespace) -> int:
    from .server.app import serve

    _settings(args)
    serve(args.host, args.port)
    return 0


def build_parser() -> argparse.ArgumentParser:
    # `naturalcad` when run as the installed console script, else the module form that always works
    prog = "naturalcad" if Path(sys.argv[0]).name == "naturalcad" else "python -m naturalcad"
    parser = argparse.ArgumentParser(prog=prog, description="Describe a part, get a real CAD solid.")
    sub = parser.add_subparsers(dest="command", required=True)

    gen = sub.add_parser("generate", help="turn a prompt into a part")
    gen.add_argument("prompt")
    gen.add_argument("--mode", choices=MODES, default="part")
    gen.add_argument("--output-type", choices=OUTPUT_TYPES, default=None)
    gen.add_argument("--offline", action="store_true", help="use only the offline generator")
    gen.add_argument("--out", help="data directory for runs and history (default ./artifacts)")
    gen.add_argument("--json", action="store_true")
    _drawing_flags(gen)
    gen.set_defaults(func=cmd_generate)

    batch = sub.add_parser("batch", help="run a JSONL file of prompts, one JSON line out per input")
    batch.add_argument("file")
    batch.add_argument("--offline", action="store_true")
    batch.add_argument("--out")
    batch.set_defaults(func=cmd_batch)

    run = sub.add_parser("run", help="run your own build123d script in the sandbox")
    run.add_argument("script")
    run.add_argument("--out")
    run.add_argument("--timeout", type=float)
    run.add_argument("--output-type", choices=OUTPUT_TYPES, default=None)
    run.add_argument("--json", action="store_true")
    _drawing_flags(run)
    run.set_defaults(func=cmd_run)

    draw = sub.add_parser("drawing", help="make the engineering drawing of an earlier run")
    draw.add_argument("run_id")
    draw.add_argument("--out")
    draw.add_argument("--json", action="store_true")
    _drawing_flags(draw, flag=False)
    draw.set_defaults(func=cmd_drawing)

    serve = sub.add_parser("serve", help="run the backend API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--out")
    serve.set_defaults(func=cmd_serve)

    hist = sub.add_parser("history", help="list recent runs")
    hist.add_argument("--limit", type=int, default=20)
    hist.add_argument("--out")
    hist.add_argument("--json", action="store_true")
    hist.add_argument("--shared", action="store_true",
                      help="read the shared history in Supabase (every deployment) instead of this machine's")
    hist.add_argument("--search", help="text in the prompt, family or run id")
    hist.add_argument("--result", choices=("ok", "failed"))
    hist.add_argument("--source", choices=SOURCES)
    hist.add_argument("--family")
    hist.add_argument("--since", type=_iso_date, help="ISO date or time, inclusive (UTC)")
    hist.add_argument("--until", type=_iso_date, help="ISO date or time, exclusive (UTC)")
    hist.add_argument("--deployment", help="with --shared: only this deployment's runs")
    hist.set_defaults(func=cmd_history)

    sync = sub.add_parser("sync", help="deliver what the Supabase outbox holds now")
    sync.add_argument("--out")
    sync.add_argument("--json", action="store_true")
    sync.set_defaults(func=cmd_sync)
    from .evaluate.cli import add_parser as add_eval_parser

    add_eval_parser(sub)  # `eval`: scoring a model or the offline generator (naturalcad/evaluate/)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        command: Callable[[argparse.Namespace], int] = args.func  # set by each subparser
        return command(args)
    except ValueError as err:  # bad settings in the environment
        print(json.dumps({"success": False, "error": str(err)}) if getattr(args, "json", False) else f"error: {err}",
              file=sys.stdout)
        return 2
    except KeyboardInterrupt:
        return 130
    finally:
        from .sandbox.runner import get_worker
        from .supabase import stop_drainers

        get_worker().stop()
        stop_drainers(wait=EXIT_DELIVERY_SECONDS)  # what is not delivered by then waits in the outbox


if __name__ == "__main__":
    sys.exit(main())
