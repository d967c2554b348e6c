# tries: with the child subverted, an honest report and STL of a 10 mm cube, but the STEP
#   holds only one 10 mm face of it (no solid body for CAD to open).
# contained: the parent requires a solid body in the STEP of a solid part: error_kind
#   "report_mismatch".
# mode: os
# expect: fail
# kinds: report_mismatch
import json, os
from build123d import Box, export_step, export_stl
cube = Box(10, 10, 10)
export_stl(cube, "model.stl")
export_step(cube.faces()[0], "model.step")
report = {"ok": True, "kind": "3d_solid", "files": {"stl": "model.stl", "step": "model.step"},
          "geometry": {"kind": "3d_solid", "extents": [10.0, 10.0, 10.0], "bbox_min": [-5, -5, -5],
                       "bbox_max": [5, 5, 5], "valid": True, "solids": 1, "shells": 1, "faces": 6,
                       "edges": 12, "volume": 1000.0, "area": 600.0, "holes": 0},
          "warnings": [], "stdout": "", "timings": {}}
with open("result.json", "w") as handle:
    json.dump(report, handle)
os._exit(0)
