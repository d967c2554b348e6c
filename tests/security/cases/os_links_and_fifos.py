# tries: links and FIFOs in the run dir that the parent would later follow: a symlink named
#   like an export pointing at /etc/passwd, a hard link to a system file, a FIFO named
#   result.json (a blocking read would hang the worker).
# contained: Landlock refuses creating symlinks/FIFOs and linking from read-only paths; the
#   worker opens result.json without following links or blocking anyway.
# mode: os
# expect: contained
# require: BLOCKED
import os
attempt("symlink", lambda: os.symlink("/etc/passwd", "model.stl"))
attempt("hardlink", lambda: os.link("/usr/bin/env", "model.step"))
attempt("fifo", lambda: os.mkfifo("result.json.fifo"))
