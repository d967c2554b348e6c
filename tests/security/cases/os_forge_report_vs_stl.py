# tries: with the child subverted, a report claiming a 100 mm closed cube of 1e6 mm³ while
#   the STL it wrote is a 1 mm cube.
# contained: the parent reads the STL itself and fails the run when the report disagrees:
#   error_kind "report_mismatch".
# mode: os
# expect: fail
# kinds: report_mismatch
import json, os
from build123d import Box, export_stl, export_step
export_stl(Box(1, 1, 1), "model.stl")
export_step(Box(1, 1, 1), "model.step")
report = {"ok": True, "kind": "3d_solid", "files": {"stl": "model.stl", "step": "model.step"},
          "geometry": {"kind": "3d_solid", "extents": [100.0, 100.0, 100.0], "bbox_min": [0, 0, 0],
                       "bbox_max": [100, 100, 100], "valid": True, "solids": 1, "shells": 1, "faces": 6,
                       "edges": 12, "volume": 1e6, "area": 6e4, "holes": 0},
          "warnings": [], "stdout": "", "timings": {}}
with open("result.json", "w") as handle:
    json.dump(report, handle)
os._exit(0)
