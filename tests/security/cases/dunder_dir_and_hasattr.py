# tries: `dir()` and `hasattr()` (both allowed) over build123d classes, and a class built with
#   `type(name, bases, dict)` whose keys are dunders spelled at run time, to find any route
#   to a module object.
# contained: names and booleans are all dir/hasattr give; the scripts' `type` refuses the
#   three-argument form (TypeError: error_kind "exception").
# expect: fail
# kinds: exception
from build123d import *
names = [n for n in dir(Box) if hasattr(Box, n)]
dunder = "_" * 2
Meta = type("Meta", (type,), {})
Odd = Meta("Odd", (), {dunder + "repr" + dunder: lambda self: "odd"})
print(len(names), repr(Odd()))
result = Box(1, 1, 1)
