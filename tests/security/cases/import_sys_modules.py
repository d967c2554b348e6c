# tries: `sys.modules["os"]` without importing sys, hoping `sys` leaks into the namespace.
# contained: the guard lets it through (a plain name), but `sys` does not exist in the
#   script's namespace or builtins: the run fails with a NameError, nothing escapes.
# expect: fail
# kinds: exception
from build123d import *
os = sys.modules["os"]
os.system("touch /tmp/PWNED-sys-modules")
result = Box(1, 1, 1)
