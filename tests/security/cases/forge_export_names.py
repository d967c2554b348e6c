# tries: with the child subverted, honest files of a 10 mm cube written under names of its
#   own choosing ("PWNED.stl", "index.step", "x.glb"); the report names them, and the
#   parent moved whatever plain names it was given into the run directory, so downloads,
#   the data dir and every tool that looks for model.stl met names the job picked.
# contained: each export has the one name NaturalCAD gives it (model.step, model.stl, ...):
#   a report naming another file is malformed ("crashed") and nothing is promoted.
# mode: os
# expect: fail
# kinds: crashed
import json, os
from build123d import Box, export_step, export_stl
cube = Box(10, 10, 10)
export_step(cube, "index.step")
export_stl(cube, "PWNED.stl")
report = {"ok": True, "kind": "3d_solid", "files": {"step": "index.step", "stl": "PWNED.stl"},
          "geometry": {"kind": "3d_solid", "extents": [10.0, 10.0, 10.0], "bbox_min": [-5, -5, -5],
                       "bbox_max": [5, 5, 5], "valid": True, "solids": 1, "shells": 1, "faces": 6,
                       "edges": 12, "volume": 1000.0, "holes": 0},
          "warnings": [], "stdout": "", "timings": {}}
with open("result.json", "w") as handle:
    json.dump(report, handle)
os._exit(0)
