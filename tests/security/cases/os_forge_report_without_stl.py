# tries: with the child subverted, a closed 40 mm cube reported while the only export named
#   in the report is a STEP holding a single 1 mm face (no STL named, so nothing to check).
# contained: a 3D part must come with its STL (the parent's cross-check needs it): a report
#   that leaves the STL out is a mismatch, error_kind "report_mismatch".
# mode: os
# expect: fail
# kinds: report_mismatch
import json, os
from build123d import Rectangle, export_step
export_step(Rectangle(1, 1).face(), "model.step")
report = {"ok": True, "kind": "3d_solid", "files": {"step": "model.step"},
          "geometry": {"kind": "3d_solid", "extents": [40.0, 40.0, 40.0], "bbox_min": [0, 0, 0],
                       "bbox_max": [40, 40, 40], "valid": True, "solids": 1, "shells": 1, "faces": 6,
                       "edges": 12, "volume": 64000.0, "area": 9600.0, "holes": 0},
          "warnings": [], "stdout": "", "timings": {}}
with open("result.json", "w") as handle:
    json.dump(report, handle)
os._exit(0)
