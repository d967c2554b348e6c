# tries: with the child subverted, an honest report and STL of a 10 mm cube, but the STEP
#   (the file a user opens in CAD) holds a 200 mm cube: only the STL was cross-checked.
# contained: the parent reads the STEP's vertices too and fails the run when one lies off
#   the part in the STL: error_kind "report_mismatch".
# mode: os
# expect: fail
# kinds: report_mismatch
import json, os
from build123d import Box, export_gltf, export_step, export_stl
export_stl(Box(10, 10, 10), "model.stl")
export_gltf(Box(10, 10, 10), "model.glb", binary=True)
export_step(Box(200, 200, 200), "model.step")
report = {"ok": True, "kind": "3d_solid", "files": {"stl": "model.stl", "step": "model.step", "glb": "model.glb"},
          "geometry": {"kind": "3d_solid", "extents": [10.0, 10.0, 10.0], "bbox_min": [-5, -5, -5],
                       "bbox_max": [5, 5, 5], "valid": True, "solids": 1, "shells": 1, "faces": 6,
                       "edges": 12, "volume": 1000.0, "area": 600.0, "holes": 0},
          "warnings": [], "stdout": "", "timings": {}}
with open("result.json", "w") as handle:
    json.dump(report, handle)
os._exit(0)
