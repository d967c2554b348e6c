# tries: reading files that may hold secrets or other users' work: /etc/shadow, the project
#   root (.env, README), the data dir's history.sqlite and run log, root's home.
# contained: Landlock grants read on Python, the naturalcad package and system libraries
#   only; the uid drop denies root-only files too.
# mode: os
# expect: contained
# require: BLOCKED
import os
for path in ["/etc/shadow", "/etc/passwd", "{{PROJECT_ROOT}}/README.md", "{{PROJECT_ROOT}}/.streamlit",
             "{{DATA_DIR}}/history.sqlite", "{{DATA_DIR}}/logs/runs.jsonl", "/root/.bashrc"]:
    def read(path=path):
        return os.listdir(path) if os.path.isdir(path) else open(path, "rb").read()
    attempt("read " + path, read)
