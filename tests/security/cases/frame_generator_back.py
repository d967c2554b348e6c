# tries: a running generator's `gi_frame.f_back` chain, out of the script into the sandbox
#   code that called exec() (whose globals hold os and sys).
# contained: the guard refuses `.gi_frame` and `.f_back` and names the first line.
# expect: guard
from build123d import *
def climb():
    frame = gen.gi_frame  # REFUSED
    yield frame.f_back.f_back.f_globals
gen = climb()
stolen = next(gen)
result = Box(1, 1, 1)
