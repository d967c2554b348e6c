# tries: reading the app's (the test process's) environment, where the API keys live.
# contained: the guard refuses `open` and names the line.
# expect: guard
from build123d import *
print(open("/proc/{{PARENT_PID}}/environ").read())  # REFUSED
result = Box(1, 1, 1)
