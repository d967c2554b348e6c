# tries: unbounded recursion, to overflow the C stack and crash the worker.
# contained: Python's recursion limit turns it into an error in the job alone.
# expect: fail
# kinds: exception
from build123d import *
def down(n):
    return down(n + 1) + 1
down(0)
result = Box(1, 1, 1)
