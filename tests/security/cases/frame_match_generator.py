# tries: the generator frame through class patterns (`case object(gi_frame=f)`), which are
#   attribute reads the guard did not see before this suite.
# contained: the guard checks class-pattern attribute names and names the line.
# expect: guard
from build123d import *
def numbers():
    yield 1
gen = numbers()
match gen:
    case object(gi_frame=frame):  # REFUSED
        pass
result = Box(1, 1, 1)
