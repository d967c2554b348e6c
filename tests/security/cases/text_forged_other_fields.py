# tries: an honest 10 mm cube whose forged report carries hostile text in every other field
#   the parent shows or stores: 2,000 warnings, timing and geometry key names, extra
#   geometry values, sandbox layer names, feature lists of strings, and the stdout (each
#   with escapes, a lone surrogate, C1 controls and bidi overrides).
# contained: every string is made safe and capped where it enters the parent, warnings are
#   capped in number, the feature report keeps numbers only; the cube itself is kept.
# mode: os
# expect: ok
# expect_extents: 10, 10, 10
# expect_volume: 1000
import json, os
from build123d import Box, export_step, export_stl
cube = Box(10, 10, 10)
export_step(cube, "model.step")
export_stl(cube, "model.stl")
evil = "\x1b]0;pwned\x07\x1b[2K\x9b31m\u202e\ud800\x00\r"
report = {"ok": True, "kind": "3d_solid", "files": {"step": "model.step", "stl": "model.stl"},
          "geometry": {"kind": "3d_solid", "extents": [10.0, 10.0, 10.0], "bbox_min": [-5, -5, -5],
                       "bbox_max": [5, 5, 5], "valid": True, "solids": 1, "shells": 1, "faces": 6,
                       "edges": 12, "volume": 1000.0, "holes": 0, evil + "key": evil * 20,
                       "label" + evil: [evil, {evil: evil}]},
          "features": {"hole_diameters": [evil, 3.0], "holes": [{"diameter": evil, "center": [0, 0, 0],
                                                                  "axis": [0, 0, 1]}], evil: evil},
          "warnings": [evil * 5] * 2_000, "stdout": evil * 1000,
          "timings": {evil + "build": 0.1}, "sandbox": [evil * 10, "rlimits"]}
with open("result.json", "w", encoding="utf-8", errors="surrogatepass") as handle:
    handle.write(json.dumps(report))
os._exit(0)
