# tries: `ExportDXF().write("/tmp/...")`, the 2D exporter class.
# contained: the guard refuses the exporter class and names the line.
# expect: guard
from build123d import *
exporter = ExportDXF()  # REFUSED
exporter.add_shape(Circle(3))
exporter.write("/tmp/PWNED.dxf")
result = Box(1, 1, 1)
