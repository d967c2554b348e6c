# tries: the classic escape `().__class__.__bases__[0].__subclasses__()`, then a class whose
#   __init__.__globals__ holds `sys`.
# contained: the guard refuses the first dunder attribute and names the line.
# expect: guard
from build123d import *
classes = ().__class__.__bases__[0].__subclasses__()  # REFUSED
loader = [c for c in classes if c.__name__ == "BuiltinImporter"][0]
loader.load_module("os").system("touch /tmp/PWNED-subclasses")
result = Box(1, 1, 1)
