# tries: a `match` class pattern is getattr in disguise: `case object(__self__=b)` reads
#   `print.__self__` (the real builtins module) with no Attribute node in the tree (a hole
#   found by this suite), and a second pattern then reads its `__import__`.
# contained: the guard checks class-pattern attribute names and names the line.
# expect: guard
from build123d import *
match print:
    case object(__self__=b):  # REFUSED
        pass
match b:
    case object(__import__=imp):
        pass
imp("os").system("touch /tmp/PWNED-match")
result = Box(1, 1, 1)
