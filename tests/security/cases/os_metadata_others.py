# tries: chmod, chown, utime and xattrs on files outside the run dir by path (Landlock does
#   not cover metadata): the history database and another run's files (every later run
#   failed when the app ran as the uid that owns them), and on the run dir itself.
# contained: seccomp refuses chmod/chown/utime/xattr calls outright; the suite checks the
#   history database and every other run are unchanged (content, mode, owner, times).
# mode: os
# expect: contained
# require: BLOCKED
import glob, os
targets = ["{{DATA_DIR}}/history.sqlite", "{{DATA_DIR}}/logs/runs.jsonl", "{{DATA_DIR}}/runs", "."]
targets += sorted(glob.glob("{{DATA_DIR}}/runs/*/script.py"))[:3]
for target in targets:
    attempt("chmod " + target, lambda: os.chmod(target, 0))
    attempt("chown " + target, lambda: os.chown(target, 0, 0))
    attempt("utime " + target, lambda: os.utime(target, (0, 0)))
    attempt("setxattr " + target, lambda: os.setxattr(target, "user.pwned", b"1"))
def fchmod_self():
    fd = os.open("mine", os.O_WRONLY | os.O_CREAT)
    os.fchmod(fd, 0o4777)
attempt("fchmod", fchmod_self)
from build123d import Box
result = Box(1, 1, 1)
