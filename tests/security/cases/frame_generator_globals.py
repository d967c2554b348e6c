# tries: a generator's frame, `gen.gi_frame.f_globals`, to reach the running globals.
# contained: the guard refuses `.gi_frame` and names the line.
# expect: guard
from build123d import *
def numbers():
    yield 1
gen = numbers()
g = gen.gi_frame.f_globals  # REFUSED
result = Box(1, 1, 1)
