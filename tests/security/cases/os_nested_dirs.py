# tries: nesting 1,500 directories in the run dir (recursive clean-up and every later prune
#   crashed: a persistent denial of service on the data dir), and a path past PATH_MAX.
# contained: the child cannot make directories (Landlock: no MAKE_DIR; seccomp: no
#   mkdir/mkdirat), and the parent's walkers are iterative and bounded anyway.
# mode: os
# expect: contained
# require: BLOCKED
import os
def nest():
    fd = os.open(".", os.O_RDONLY)
    for i in range(1500):
        os.mkdir("d" * 200, dir_fd=fd)
        fd = os.open("d" * 200, os.O_RDONLY, dir_fd=fd)
attempt("nest 1500 dirs", nest)
attempt("mkdir", lambda: os.mkdir("sub"))
attempt("makedirs", lambda: os.makedirs("a/b/c"))
from build123d import Box
result = Box(1, 1, 1)
