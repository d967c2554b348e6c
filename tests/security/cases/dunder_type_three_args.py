# tries: `type(name, bases, dict)` (allowed by the guard: `type` is a builtin) with dunder
#   names spelled at run time: a metaclass with `__instancecheck__` and a class with
#   `__match_args__` (a positional class pattern reads that attribute by name), also reached
#   as `type(int)` and through a `class M(type)` subclass.
# contained: the scripts' `type` answers `type(x)` only (a metaclass comes back as itself),
#   so each way of building a class from a runtime dict raises TypeError.
# expect: contained
# require: BLOCKED
from build123d import *
d = "_" * 2
class M(type):
    pass
for label, make in [("type", lambda: type("Meta", (type,), {d + "instancecheck" + d: lambda c, o: True})),
                    ("type(int)", lambda: type(int)("Grab", (), {d + "match_args" + d: (d + "globals" + d,)})),
                    ("type(Box)", lambda: type(Box)("Grab", (Box,), {d + "match_args" + d: ("wrapped",)})),
                    ("subclass", lambda: M("Grab", (), {d + "match_args" + d: (d + "globals" + d,)}))]:
    try:
        made = make()
        print(label, "ESCAPED", made)
    except TypeError as err:
        print(label, "BLOCKED", err)
print(isinstance(Box, type), isinstance(Box(1, 1, 1), type), type(Box(1, 1, 1)) is Box)
result = Box(1, 1, 1)
