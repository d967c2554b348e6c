# tries: with the child subverted, honest files of a 10 mm cube except that the STEP ends
#   in 900 KB of "/*a": the parent strips STEP comments before reading the text, and its
#   `/\*.*?\*/` regex rescanned to the end of the file from each of the 300,000 unclosed
#   openers (120 KB took 90 s; this would hold the app for over an hour, the run `running`).
# contained: comments are stripped in one pass and an unclosed one makes the STEP
#   unreadable: report_mismatch, at once.
# mode: os
# expect: fail
# kinds: report_mismatch
import json, os
from build123d import Box, export_step, export_stl
cube = Box(10, 10, 10)
export_step(cube, "model.step")
export_stl(cube, "model.stl")
with open("model.step", "ab") as handle:
    handle.write(b"/*a" * 300_000)
report = {"ok": True, "kind": "3d_solid", "files": {"step": "model.step", "stl": "model.stl"},
          "geometry": {"kind": "3d_solid", "extents": [10.0, 10.0, 10.0], "bbox_min": [-5, -5, -5],
                       "bbox_max": [5, 5, 5], "valid": True, "solids": 1, "shells": 1, "faces": 6,
                       "edges": 12, "volume": 1000.0, "holes": 0},
          "warnings": [], "stdout": "", "timings": {}}
with open("result.json", "w") as handle:
    json.dump(report, handle)
os._exit(0)
