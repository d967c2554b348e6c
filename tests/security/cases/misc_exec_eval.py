# tries: `exec` of a string, where no static check can see the code.
# contained: the guard refuses `exec` and names the line.
# expect: guard
from build123d import *
exec("import os; os.system('touch /tmp/PWNED-exec')")  # REFUSED
result = Box(1, 1, 1)
