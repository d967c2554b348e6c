# tries: a part moved to infinity (and one of infinite size) so extents and volume are inf.
# contained: non-finite measurements fail the run with a sentence; strict JSON throughout.
# mode: both
# expect: fail
# kinds: not_solid, report_mismatch, export, exception
from build123d import *
result = Pos(float("inf"), 0, 0) * Box(1, 1, 1)
