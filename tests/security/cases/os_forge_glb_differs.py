# tries: with the child subverted, an honest report, STL and STEP of a 10 mm cube, but the
#   GLB (the 3D preview the user looks at) shows a 300 mm cube.
# contained: the parent reads the GLB's own vertex data (not its stated min/max), places it
#   with its nodes' transforms and fails the run when it cannot be the STL's part:
#   error_kind "report_mismatch".
# mode: os
# expect: fail
# kinds: report_mismatch
import json, os
from build123d import Box, Unit, export_gltf, export_step, export_stl
export_stl(Box(10, 10, 10), "model.stl")
export_step(Box(10, 10, 10), "model.step", unit=Unit.MM)
export_gltf(Box(300, 300, 300), "model.glb", unit=Unit.MM, binary=True)
report = {"ok": True, "kind": "3d_solid", "files": {"stl": "model.stl", "step": "model.step", "glb": "model.glb"},
          "geometry": {"kind": "3d_solid", "extents": [10.0, 10.0, 10.0], "bbox_min": [-5, -5, -5],
                       "bbox_max": [5, 5, 5], "valid": True, "solids": 1, "shells": 1, "faces": 6,
                       "edges": 12, "volume": 1000.0, "area": 600.0, "holes": 0},
          "warnings": [], "stdout": "", "timings": {}}
with open("result.json", "w") as handle:
    json.dump(report, handle)
os._exit(0)
