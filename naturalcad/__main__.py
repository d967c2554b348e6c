"""The command line: `python -m naturalcad generate|batch|run|serve|history`.

A thin shell over the pipeline: every command builds a Request (or a script), calls the
pipeline and prints the RunResult, as one JSON object per result with `--json`.
Exit status is 0 when every result succeeded, 1 otherwise (the JSON is printed either way).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from . import config, pipeline
from .request import MODES, OUTPUT_TYPES, Request, RunResult


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
    return "\n".join(lines)


def _emit(result: RunResult, as_json: bool, extra: dict[str, Any] | None = None) -> None:
    if as_json:
        print(json.dumps({**(extra or {}), **result.to_dict()}, default=str), flush=True)
    else:
        print(_human(result), flush=True)


def cmd_generate(args: argparse.Namespace) -> int:
    settings = _settings(args)
    result = pipeline.run(Request(args.prompt, mode=args.mode, output_type=args.output_type, offline=args.offline),
                          settings=settings)
    _emit(result, args.json)
    return 0 if result.success else 1


def cmd_batch(args: argparse.Namespace) -> int:
    settings = _settings(args)
    failures = 0
    try:
        handle = open(args.file, encoding="utf-8")
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
            print(json.dumps({"id": item.get("id"), **result.to_dict()}, default=str), flush=True)
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
                               settings=settings)
    _emit(result, args.json)
    return 0 if result.success else 1


def cmd_history(args: argparse.Namespace) -> int:
    from . import runs as run_store

    settings = _settings(args)
    listed = run_store.list_runs(settings, limit=args.limit)  # rows whose job is gone are marked first
    for result in listed:
        if args.json:
            print(json.dumps(result.to_dict(), default=str))
        else:
            status = "ok  " if result.success else "FAIL"
            print(f"{result.created_at}  {status}  {result.run_id}  {result.source:<8} {result.family or '-':<18} "
                  f"{result.runtime_seconds:6.2f}s  {result.prompt[:60]}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from .server.app import serve

    _settings(args)
    serve(args.host, args.port)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m naturalcad", description="Describe a part, get a real CAD solid.")
    sub = parser.add_subparsers(dest="command", required=True)

    gen = sub.add_parser("generate", help="turn a prompt into a part")
    gen.add_argument("prompt")
    gen.add_argument("--mode", choices=MODES, default="part")
    gen.add_argument("--output-type", choices=OUTPUT_TYPES, default=None)
    gen.add_argument("--offline", action="store_true", help="use only the offline generator")
    gen.add_argument("--out", help="data directory for runs and history (default ./artifacts)")
    gen.add_argument("--json", action="store_true")
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
    run.set_defaults(func=cmd_run)

    serve = sub.add_parser("serve", help="run the backend API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--out")
    serve.set_defaults(func=cmd_serve)

    hist = sub.add_parser("history", help="list recent runs")
    hist.add_argument("--limit", type=int, default=20)
    hist.add_argument("--out")
    hist.add_argument("--json", action="store_true")
    hist.set_defaults(func=cmd_history)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except ValueError as err:  # bad settings in the environment
        print(json.dumps({"success": False, "error": str(err)}) if getattr(args, "json", False) else f"error: {err}",
              file=sys.stdout)
        return 2
    except KeyboardInterrupt:
        return 130
    finally:
        from .sandbox.runner import get_worker

        get_worker().stop()


if __name__ == "__main__":
    sys.exit(main())
