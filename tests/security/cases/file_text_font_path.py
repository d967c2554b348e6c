# tries: `Text(font_path=...)`, an allowed API that opens a file, pointed at secrets:
#   /proc/self/environ, the test process's environ, /etc/shadow.
# contained: the guard allows it, but the files are outside what the job may read (Landlock,
#   uid): each font load fails or yields nothing, and no file content reaches any output.
# expect: contained
from build123d import *
for path in ["/proc/self/environ", "/proc/{{PARENT_PID}}/environ", "/etc/shadow"]:
    try:
        shape = Text("x", 5, font_path=path)
        print(path, "no error")
    except Exception as err:
        print(path, "failed:", type(err).__name__)
result = Box(1, 1, 1)
