# tries: with the child subverted, honest files of a 10 mm cube, but the downloadable GLB
#   names a second buffer by URI ("/dev/zero", 4 GB). trimesh (the app's preview) refuses
#   paths outside the run dir, but other glTF viewers a user opens the download in resolve
#   URIs (files, http) as they please.
# contained: the parent accepts only a self-contained GLB (no buffer or image by URI) and
#   fails the run otherwise: error_kind "report_mismatch".
# mode: os
# expect: fail
# kinds: report_mismatch
import json, os, struct
from build123d import Box, Unit, export_gltf, export_step, export_stl
cube = Box(10, 10, 10)
export_stl(cube, "model.stl")
export_step(cube, "model.step", unit=Unit.MM)
export_gltf(cube, "honest.glb", unit=Unit.MM, binary=True)
data = open("honest.glb", "rb").read()
length = struct.unpack_from("<I", data, 12)[0]
doc = json.loads(data[20:20 + length])
doc["buffers"].append({"uri": "/dev/zero", "byteLength": 4_000_000_000})
doc["bufferViews"].append({"buffer": len(doc["buffers"]) - 1, "byteLength": 4_000_000_000})
text = json.dumps(doc).encode()
text += b" " * (-len(text) % 4)
rest = data[20 + length:]
body = struct.pack("<I4s", len(text), b"JSON") + text + rest
with open("model.glb", "wb") as handle:
    handle.write(b"glTF" + struct.pack("<II", 2, 12 + len(body)) + body)
os.unlink("honest.glb")
report = {"ok": True, "kind": "3d_solid", "files": {"stl": "model.stl", "step": "model.step", "glb": "model.glb"},
          "geometry": {"kind": "3d_solid", "extents": [10.0, 10.0, 10.0], "bbox_min": [-5, -5, -5],
                       "bbox_max": [5, 5, 5], "valid": True, "solids": 1, "shells": 1, "faces": 6,
                       "edges": 12, "volume": 1000.0, "area": 600.0, "holes": 0},
          "warnings": [], "stdout": "", "timings": {}}
with open("result.json", "w") as handle:
    json.dump(report, handle)
os._exit(0)
