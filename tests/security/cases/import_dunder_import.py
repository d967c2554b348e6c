# tries: `__import__("os")`, the function behind the import statement.
# contained: the guard refuses the dunder name and names its line.
# expect: guard
from build123d import *
os = __import__("o" + "s")  # REFUSED
os.system("touch /tmp/PWNED-dunder-import")
result = Box(1, 1, 1)
