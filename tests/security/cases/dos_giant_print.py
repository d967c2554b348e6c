# tries: printing 50 MB to flood the result, the history store and the UI.
# contained: the job's stdout keeps the first 20,000 characters and notes the rest as dropped.
# expect: ok
# max_stdout: 21000
from build123d import *
line = "A" * 999
for _ in range(50_000):
    print(line)
result = Box(1, 1, 1)
