# tries: a forged report claiming success with NaN and Infinity sizes, a NaN timing and NaN
#   in an extra measurement (json.dump writes them as bare NaN/Infinity tokens).
# contained: the parent's parser turns non-finite numbers into "not a measurement": the run
#   fails (not a part) and the result is strict JSON.
# mode: os
# expect: fail
# kinds: not_solid, crashed
import json, os
report = {"ok": True, "kind": "3d_solid", "files": {},
          "geometry": {"kind": "3d_solid", "extents": [float("nan"), 1.0, float("inf")], "valid": True, "solids": 1,
                       "shells": 1, "faces": 6, "edges": 12, "volume": float("inf"), "holes": 0,
                       "hole_diameters": [float("nan"), 5.0]},
          "warnings": ["\x1b[2K\ud800"], "stdout": "", "timings": {"build": 0.1}}
with open("result.json", "w") as handle:
    json.dump(report, handle)
os._exit(0)
