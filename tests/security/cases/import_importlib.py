# tries: importlib.import_module("socket") to get past a name-based import check.
# contained: the guard refuses `import importlib` and names its line.
# expect: guard
from build123d import *
import importlib  # REFUSED
socket = importlib.import_module("socket")
result = Box(1, 1, 1)
