# tries: the same builder frame through a class pattern, then `f_back` in a second pattern.
# contained: the guard checks class-pattern attribute names and names the line.
# expect: guard
from build123d import *
with BuildPart() as part:
    Box(1, 1, 1)
match part:
    case BuildPart(_python_frame=frame):  # REFUSED
        pass
result = part
