# tries: with the child subverted, a report saying "closed solid" whose STL is an open
#   mesh (a box with one face missing) of the same size and nearly the same volume.
# contained: the parent checks the STL is closed: error_kind "report_mismatch".
# mode: os
# expect: fail
# kinds: report_mismatch
import json, os, struct
tris = []
box = [((0,0,0),(1,1,0),(1,0,0)), ((0,0,0),(0,1,0),(1,1,0)), ((0,0,1),(1,0,1),(1,1,1)), ((0,0,1),(1,1,1),(0,1,1)),
       ((0,0,0),(1,0,0),(1,0,1)), ((0,0,0),(1,0,1),(0,0,1)), ((0,1,0),(1,1,1),(1,1,0)), ((0,1,0),(0,1,1),(1,1,1)),
       ((0,0,0),(0,0,1),(0,1,1)), ((0,0,0),(0,1,1),(0,1,0))]  # the x=1 side is missing
with open("model.stl", "wb") as handle:
    handle.write(bytes(80) + struct.pack("<I", len(box)))
    for tri in box:
        handle.write(struct.pack("<3f", 0, 0, 0) + b"".join(struct.pack("<3f", *p) for p in tri) + b"\0\0")
report = {"ok": True, "kind": "3d_solid", "files": {"stl": "model.stl"},
          "geometry": {"kind": "3d_solid", "extents": [1.0, 1.0, 1.0], "valid": True, "solids": 1, "shells": 1,
                       "faces": 6, "edges": 12, "volume": 1.0, "holes": 0},
          "warnings": [], "stdout": "", "timings": {}}
with open("result.json", "w") as handle:
    json.dump(report, handle)
os._exit(0)
