# tries: with the child subverted, a report of one closed solid (solids 1, shells 1) whose
#   STL and STEP are two separate 10 mm cubes 20 mm apart: the STL's extents (30 x 10 x 10),
#   volume (2,000 mm³), closedness and hole count all match the report; only the number of
#   bodies is false.
# contained: the parent counts the closed pieces of the STL itself and fails the run when
#   there are more than the shells reported: report_mismatch.
# mode: os
# expect: fail
# kinds: report_mismatch
import json, os
from build123d import Box, Compound, Pos, export_step, export_stl
pair = Compound([Pos(-10, 0, 0) * Box(10, 10, 10), Pos(10, 0, 0) * Box(10, 10, 10)])
export_step(pair, "model.step")
export_stl(pair, "model.stl")
report = {"ok": True, "kind": "3d_solid", "files": {"step": "model.step", "stl": "model.stl"},
          "geometry": {"kind": "3d_solid", "extents": [30.0, 10.0, 10.0], "bbox_min": [-15, -5, -5],
                       "bbox_max": [15, 5, 5], "valid": True, "solids": 1, "shells": 1, "faces": 6,
                       "edges": 12, "volume": 2000.0, "holes": 0},
          "warnings": [], "stdout": "", "timings": {}}
with open("result.json", "w") as handle:
    json.dump(report, handle)
os._exit(0)
