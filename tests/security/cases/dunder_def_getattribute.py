# tries: defining `__getattribute__` / `__init_subclass__` hooks on a class.
# contained: the guard refuses defining dunder methods outside a small allow-list.
# expect: guard
from build123d import *
class Spy:
    def __getattribute__(self, name):  # REFUSED
        return name
result = Box(1, 1, 1)
