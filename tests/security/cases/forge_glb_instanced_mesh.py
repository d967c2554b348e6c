# tries: with the child subverted, honest STL and STEP of a 10 mm cube and a 300 KB GLB
#   whose one 25,000-vertex mesh is named by 1,000 nodes: the parent places every node's
#   copy of it, 25 million points (600 MB) here, and 10^10 (hundreds of GB: the app is
#   killed for memory) with a larger mesh and 100,000 nodes, all within the cube's size.
# contained: the parent stops placing past 10 million vertices (more than any preview
#   within the per-file cap holds): the GLB is unreadable, report_mismatch.
# mode: os
# expect: fail
# kinds: report_mismatch
import json, os, random, struct
from build123d import Box, export_step, export_stl
cube = Box(10, 10, 10)
export_step(cube, "model.step")
export_stl(cube, "model.stl")
count = 25_000
blob = b"".join(struct.pack("<3f", *(random.uniform(-0.005, 0.005) for _ in range(3))) for _ in range(count))
doc = {"asset": {"version": "2.0"}, "scene": 0, "scenes": [{"nodes": list(range(1000))}],
       "nodes": [{"mesh": 0}] * 1000, "meshes": [{"primitives": [{"attributes": {"POSITION": 0}}]}],
       "accessors": [{"bufferView": 0, "componentType": 5126, "count": count, "type": "VEC3"}],
       "bufferViews": [{"buffer": 0, "byteLength": len(blob)}], "buffers": [{"byteLength": len(blob)}]}
text = json.dumps(doc).encode()
text += b" " * (-len(text) % 4)
glb = b"glTF" + struct.pack("<II", 2, 12 + 8 + len(text) + 8 + len(blob))
glb += struct.pack("<I4s", len(text), b"JSON") + text + struct.pack("<I4s", len(blob), b"BIN\x00") + blob
with open("model.glb", "wb") as handle:
    handle.write(glb)
report = {"ok": True, "kind": "3d_solid", "files": {"step": "model.step", "stl": "model.stl", "glb": "model.glb"},
          "geometry": {"kind": "3d_solid", "extents": [10.0, 10.0, 10.0], "bbox_min": [-5, -5, -5],
                       "bbox_max": [5, 5, 5], "valid": True, "solids": 1, "shells": 1, "faces": 6,
                       "edges": 12, "volume": 1000.0, "holes": 0},
          "warnings": [], "stdout": "", "timings": {}}
with open("result.json", "w") as handle:
    json.dump(report, handle)
os._exit(0)
