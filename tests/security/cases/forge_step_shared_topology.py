# tries: with the child subverted, honest STL of a 10 mm cube and a STEP whose 3,000 solids
#   all refer to one shared chain of 30,000 shells: the parent walks each solid's topology
#   on its own, 9 x 10^7 steps in Python for a 1 MB file (and quadratically more for a
#   larger one), holding the app while the run stays `running`.
# contained: all solids' walks share one budget (twice the file's entities): past it, the
#   STEP is not a part's export: report_mismatch, at once.
# mode: os
# expect: fail
# kinds: report_mismatch
import json, os
from build123d import Box, export_stl
export_stl(Box(10, 10, 10), "model.stl")
lines = ["ISO-10303-21;", "HEADER;", "ENDSEC;", "DATA;",
         "#1=(LENGTH_UNIT() NAMED_UNIT(*) SI_UNIT(.MILLI.,.METRE.));"]
lines += [f"#{10 + i}=MANIFOLD_SOLID_BREP('',#100000);" for i in range(3_000)]
lines += [f"#{100000 + i}=CLOSED_SHELL('',(#{100001 + i}));" for i in range(30_000)]
lines += ["ENDSEC;", "END-ISO-10303-21;"]
with open("model.step", "w") as handle:
    handle.write("\n".join(lines))
report = {"ok": True, "kind": "3d_solid", "files": {"step": "model.step", "stl": "model.stl"},
          "geometry": {"kind": "3d_solid", "extents": [10.0, 10.0, 10.0], "bbox_min": [-5, -5, -5],
                       "bbox_max": [5, 5, 5], "valid": True, "solids": 1, "shells": 1, "faces": 6,
                       "edges": 12, "volume": 1000.0, "holes": 0},
          "warnings": [], "stdout": "", "timings": {}}
with open("result.json", "w") as handle:
    json.dump(report, handle)
os._exit(0)
