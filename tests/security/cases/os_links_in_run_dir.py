# tries: hard links and symlinks inside the run dir (a second name for an export, counted
#   twice or promoted past the caps), a FIFO and a unix socket node.
# contained: seccomp refuses link/symlink/mknod, Landlock refuses them in the run dir; the
#   parent removes any that a kernel without those walls allowed.
# mode: os
# expect: contained
# require: BLOCKED
import os
open("a.bin", "w").close()
attempt("hard link", lambda: os.link("a.bin", "model.step"))
attempt("symlink", lambda: os.symlink("a.bin", "model.stl"))
attempt("fifo", lambda: os.mkfifo("pipe"))
attempt("mknod", lambda: os.mknod("node"))
os.unlink("a.bin")
from build123d import Box
result = Box(1, 1, 1)
