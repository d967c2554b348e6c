# tries: a forged report whose numbers are integers too large for a float (10**400) in the
#   places the parent turns into floats: a timing, the volume, a hole diameter, an extra
#   geometry value; float() raises OverflowError there, not ValueError.
# contained: a number a float cannot hold is not finite: the report is malformed ("crashed")
#   and says so, instead of "something went wrong inside NaturalCAD".
# mode: os
# expect: fail
# kinds: crashed
import os
big = "1" + "0" * 400
cube = ('"kind": "3d_solid", "extents": [10, 10, 10], "bbox_min": [0, 0, 0], "bbox_max": [10, 10, 10], '
        '"valid": true, "solids": 1, "shells": 1, "faces": 6, "edges": 12, "holes": 0')
with open("result.json", "w") as handle:
    handle.write('{"ok": true, "kind": "3d_solid", "files": {}, "timings": {"build": ' + big + '}, '
                 '"geometry": {' + cube + ', "volume": ' + big + ', "weight": ' + big + '}, '
                 '"features": {"hole_diameters": [' + big + ']}, "warnings": [], "stdout": ""}')
os._exit(0)
