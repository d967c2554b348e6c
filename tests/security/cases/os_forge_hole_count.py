# tries: with the child subverted, honest files of a 60 x 40 x 5 mm plate with no holes,
#   and a report claiming the four through-holes the prompt asked for (the hole count is
#   what the request check reads).
# contained: the parent counts the STL's through-holes (Euler characteristic of the closed
#   mesh) and fails the run when the report's differ: error_kind "report_mismatch".
# mode: os
# expect: fail
# kinds: report_mismatch
import json, os
from build123d import Box, Unit, export_step, export_stl
plate = Box(60, 40, 5)
export_stl(plate, "model.stl")
export_step(plate, "model.step", unit=Unit.MM)
report = {"ok": True, "kind": "3d_solid", "files": {"stl": "model.stl", "step": "model.step"},
          "geometry": {"kind": "3d_solid", "extents": [60.0, 40.0, 5.0], "bbox_min": [-30, -20, -2.5],
                       "bbox_max": [30, 20, 2.5], "valid": True, "solids": 1, "shells": 1, "faces": 6,
                       "edges": 12, "volume": 12000.0, "area": 5800.0, "holes": 4},
          "warnings": [], "stdout": "", "timings": {}}
with open("result.json", "w") as handle:
    json.dump(report, handle)
os._exit(0)
