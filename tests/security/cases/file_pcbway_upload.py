# tries: `export_to_pcbway`, which uploads the part to a web service and opens a browser.
# contained: the guard refuses build123d's export functions and names the line.
# expect: guard
from build123d import *
export_to_pcbway(Box(1, 1, 1))  # REFUSED
result = Box(1, 1, 1)
