# tries: nested format specs and conversions in f-strings (`{x!r:>{width}}`), and the
#   builtin format() with a spec - none of which walk attributes.
# contained: runs; only text comes out.
# expect: ok
from build123d import *
width = 12
box = Box(1, 2, 3)
print(f"{box.volume!r:>{width}} {format(3.14159, '.2f')} {'{}'.format(7)}")
result = box
