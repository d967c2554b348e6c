# tries: with the child subverted, a 2D profile reported as 500 x 300 mm while the DXF it
#   wrote is a 1 mm square (2D and 1D parts have no STL, so the STL cross-check never ran).
# contained: the parent reads the DXF's extents itself and fails the run when the report
#   disagrees: error_kind "report_mismatch".
# mode: os
# output_type: 2d_vector
# expect: fail
# kinds: report_mismatch
import json, os
from build123d import ExportDXF, Rectangle, export_step
square = Rectangle(1, 1)
export_step(square, "model.step")
dxf = ExportDXF()
dxf.add_shape(square)
dxf.write("model.dxf")
report = {"ok": True, "kind": "2d_vector", "files": {"step": "model.step", "dxf": "model.dxf"},
          "geometry": {"kind": "2d_vector", "extents": [500.0, 300.0, 0.0], "bbox_min": [0, 0, 0],
                       "bbox_max": [500, 300, 0], "valid": True, "solids": 0, "shells": 0, "faces": 1,
                       "edges": 4, "volume": 0.0, "area": 150000.0, "holes": 0},
          "warnings": [], "stdout": "", "timings": {}}
with open("result.json", "w") as handle:
    json.dump(report, handle)
os._exit(0)
