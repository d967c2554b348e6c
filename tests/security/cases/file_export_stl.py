# tries: build123d's own exporter, `export_stl(shape, "/tmp/...")`.
# contained: the guard refuses build123d's file writers and names the line.
# expect: guard
from build123d import *
box = Box(1, 1, 1)
export_stl(box, "{{SENTINEL}}/PWNED.stl")  # REFUSED
result = box
