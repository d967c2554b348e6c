#!/usr/bin/env python3
"""Score a prompt set strictly: extents within 2 % (or 0.001) and volume within 4 % of the reference.

The shared checker's absolute tolerances (0.5 on extents, 1.0 on volume) pass almost any part in
Text2CAD's normalised units (~0.75), so this is the figure that says whether a tiny part is right.
Each prompt goes through the offline code source exactly as `naturalcad batch --offline` chooses
(TemplateSource: the step reader, then the part families); the code is run in this process and its
3D solid measured. A part that is not a solid, or a refusal, counts as not matching.

Usage: scripts/score_strict.py PROMPTS.jsonl [--level beginner,intermediate] [--list]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _solid(code: str):  # type: ignore[no-untyped-def]
    scope: dict = {}
    exec(compile(code, "<part>", "exec"), scope)
    shape = scope.get("result")
    if shape is None or not hasattr(shape, "solids") or not shape.solids():
        return None
    return shape


def strict_match(code: str, expect: dict) -> tuple[bool, str]:
    """Whether the code's solid has the expected extents (2 %) and volume (4 %), and why not."""
    try:
        shape = _solid(code)
    except Exception as err:
        return False, f"script raised {type(err).__name__}: {err}"[:120]
    if shape is None:
        return False, "no 3D solid"
    bb = shape.bounding_box().size
    got = sorted((bb.X, bb.Y, bb.Z))
    want = expect.get("extents")
    vol = float(shape.volume)
    if want and not all(abs(a - b) <= max(0.02 * b, 1e-3) for a, b in zip(got, want, strict=True)):
        return False, f"extents {[round(v, 4) for v in got]} want {want}"
    if expect.get("volume") and abs(vol - expect["volume"]) > 0.04 * expect["volume"]:
        return False, f"volume {vol:.6g} want {expect['volume']}"
    return True, ""


def main() -> int:
    from naturalcad.request import Request, validate
    from naturalcad.sources.offline import TemplateSource

    ap = argparse.ArgumentParser()
    ap.add_argument("prompts")
    ap.add_argument("--level", default="", help="comma-separated levels to score (default: all)")
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args()
    levels = {x for x in args.level.split(",") if x}
    cases = [json.loads(line) for line in Path(args.prompts).read_text().splitlines() if line.strip()]
    cases = [c for c in cases if not levels or c.get("level") in levels]
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses = []
    for c in cases:
        level = str(c.get("level") or c.get("style") or "all")
        total[level] += 1
        try:
            made = TemplateSource().generate(validate(Request(prompt=c["prompt"], offline=True)))
            ok, why = strict_match(made.code, c["expect"])
        except Exception as err:
            ok, why = False, f"refused: {err}"[:120]
        right[level] += ok
        if not ok:
            misses.append((c["id"], why))
    for level in total:
        print(f"{level}: {right[level]}/{total[level]}")
    print(f"strictly right: {sum(right.values())}/{sum(total.values())}")
    if args.list:
        for cid, why in misses:
            print(f"  {cid}: {why}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
