# tries: a part placed at NaN so its bounding box (and the STL's points) are NaN: `--json`
#   printed `NaN` (invalid JSON) and `POST /v1/run` answered 500.
# contained: non-finite measurements are not a part: a clear failure, and the result is
#   strict JSON (no NaN anywhere).
# mode: both
# expect: fail
# kinds: not_solid, report_mismatch, export
from build123d import *
result = Pos(float("nan"), 0, 0) * Box(1, 1, 1)
