# tries: a class pattern with a positional sub-pattern: `case Grab(g)` reads the attribute
#   named in `Grab.__match_args__`, a string built at run time ("__globals__"), and a
#   metaclass whose `__instancecheck__` says yes makes any function match: its globals hold
#   the real builtins, and `__import__("os")` follows.
# contained: the guard refuses positional class patterns (outside int, str and the other
#   self-matching builtins) and names the line; at run time `type(name, bases, dict)` is
#   refused too (see dunder_type_three_args).
# expect: guard
from build123d import *
d = "_" * 2
Meta = type("Meta", (type,), {d + "instancecheck" + d: lambda cls, obj: True})
Grab = Meta("Grab", (), {d + "match_args" + d: (d + "globals" + d,)})
match Box.bounding_box:
    case Grab(g):  # REFUSED
        os = g[d + "builtins" + d][d + "import" + d]("os")
        print("ESCAPED", os.getcwd())
result = Box(1, 1, 1)
