# tries: a class with a metaclass keyword (metaclass hooks run at class creation).
# contained: the guard refuses class keywords and names the line.
# expect: guard
from build123d import *
class Sneaky(metaclass=type):  # REFUSED
    pass
result = Box(1, 1, 1)
