# tries: build123d's importers as file readers: `import_step("/proc/self/environ")`.
# contained: the guard refuses build123d's file readers and names the line.
# expect: guard
from build123d import *
leak = import_step("/proc/self/environ")  # REFUSED
result = Box(1, 1, 1)
