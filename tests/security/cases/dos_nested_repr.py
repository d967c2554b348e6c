# tries: a million-deep nested list, then printing it (repr recurses in C).
# contained: the job fails or prints a capped text; nothing outside the job is affected.
# expect: contained
from build123d import *
deep = []
for _ in range(1_000_000):
    deep = [deep]
print(deep)
result = Box(1, 1, 1)
