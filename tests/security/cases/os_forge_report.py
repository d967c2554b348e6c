# tries: forging the job's report: result.json claiming success with exports at
#   /etc/passwd and ../../history.sqlite (the parent moves and serves reported exports),
#   then leaving before the sandbox writes the real report.
# contained: the worker vets reported exports (plain names of regular files in the run dir)
#   and turns the forged report into a failure.
# mode: os
# expect: fail
# kinds: crashed
import json, os
report = {"ok": True, "kind": "3d_solid", "files": {"step": "/etc/passwd", "stl": "../../history.sqlite"},
          "geometry": {}, "warnings": [], "stdout": "", "timings": {}}
with open("result.json", "w") as handle:
    json.dump(report, handle)
os._exit(0)
