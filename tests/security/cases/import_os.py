# tries: the plain way in, `import os`, to run a shell command.
# contained: the guard refuses the import and names its line.
# expect: guard
from build123d import *
import os  # REFUSED
os.system("touch /tmp/PWNED-import-os")
result = Box(1, 1, 1)
