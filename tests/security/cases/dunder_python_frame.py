# tries: build123d builders keep the frame that opened them in `_python_frame` (no dunder),
#   and a frame's `f_globals`/`f_back` lead to the sandbox's own globals.
# contained: the guard refuses `._python_frame` and names the line.
# expect: guard
from build123d import *
with BuildPart() as part:
    Box(1, 1, 1)
frame = part._python_frame  # REFUSED
result = part
