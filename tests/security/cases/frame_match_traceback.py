# tries: the traceback through a class pattern, then `tb_frame` in a second pattern.
# contained: the guard checks class-pattern attribute names and names the line.
# expect: guard
from build123d import *
try:
    1 / 0
except ZeroDivisionError as err:
    match err:
        case Exception(__traceback__=tb):  # REFUSED
            pass
result = Box(1, 1, 1)
