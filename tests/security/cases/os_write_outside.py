# tries: writing files outside the run directory: /tmp, /var/tmp, /dev/shm, the sentinel
#   directory, the data dir (next to history.sqlite), the run dir's parent, the home dir.
# contained: Landlock grants write on the run dir only (and the uid owns nothing else).
# mode: os
# expect: contained
# require: BLOCKED
import os
for target in ["/tmp/PWNED-os", "/var/tmp/PWNED-os", "/dev/shm/PWNED-os", "{{SENTINEL}}/PWNED",
               "{{DATA_DIR}}/PWNED", "../PWNED", "../../PWNED", os.path.expanduser("~/PWNED")]:
    attempt("write " + target, lambda: open(target, "w").write("x"))
attempt("overwrite canary", lambda: open("{{SENTINEL}}/canary.txt", "w").write("x"))
attempt("mkdir /tmp", lambda: os.mkdir("/tmp/PWNED-dir"))
