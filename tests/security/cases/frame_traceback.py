# tries: an exception's traceback frame, `err.__traceback__.tb_frame.f_back`.
# contained: the guard refuses the dunder attribute and names the line.
# expect: guard
from build123d import *
try:
    1 / 0
except ZeroDivisionError as err:
    frame = err.__traceback__.tb_frame.f_back  # REFUSED
result = Box(1, 1, 1)
