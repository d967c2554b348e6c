# tries: with the child subverted, a 2D profile whose DXF is a "billion laughs" of blocks:
#   ten levels of blocks, each placing the one below as a 10 x 10 MINSERT array, so the
#   file is a few KB but draws 10^20 lines; the parent's DXF check expands every INSERT
#   to find the drawing's extents (and would never finish, leaving the run `running`).
# contained: the parent measures only the plain entities a part's DXF export writes
#   (lines, arcs, circles, polylines, splines, ellipses) and refuses a DXF with block
#   references or more entities than an export has: report_mismatch, at once.
# mode: os
# output_type: 2d_vector
# expect: fail
# kinds: report_mismatch
import json, os
import ezdxf
from build123d import Rectangle, export_step
square = Rectangle(10, 10)
export_step(square, "model.step")
doc = ezdxf.new()
below = doc.blocks.new("L0")
below.add_line((0, 0), (10, 0))
below.add_line((10, 0), (10, 10))
for level in range(1, 11):
    block = doc.blocks.new(f"L{level}")
    block.add_blockref(f"L{level - 1}", (0, 0)).grid(size=(10, 10), spacing=(0.001, 0.001))
doc.modelspace().add_blockref("L10", (0, 0))
doc.modelspace().add_lwpolyline([(0, 0), (10, 0), (10, 10), (0, 10)], close=True)
doc.saveas("model.dxf")
report = {"ok": True, "kind": "2d_vector", "files": {"step": "model.step", "dxf": "model.dxf"},
          "geometry": {"kind": "2d_vector", "extents": [10.0, 10.0, 0.0], "bbox_min": [0, 0, 0],
                       "bbox_max": [10, 10, 0], "valid": True, "solids": 0, "shells": 0, "faces": 1,
                       "edges": 4, "volume": 0.0, "area": 100.0, "holes": 0},
          "warnings": [], "stdout": "", "timings": {}}
with open("result.json", "w") as handle:
    json.dump(report, handle)
os._exit(0)
