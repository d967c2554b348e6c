# tries: terminal escape sequences in a job's text: an OSC title change (\x1b]0;…\x07), an
#   erase-line CSI (\x1b[2K), a one-byte CSI (\x9b), carriage returns that overwrite the
#   line, NULs and bidi overrides, in stdout, in the exception message and in a warning.
# contained: control characters but newline and tab are removed where a job's text enters
#   the parent; the error is still a clear failure.
# mode: both
# expect: fail
# kinds: exception
from build123d import *
print("\x1b]0;pwned title\x07\x1b[2Kovertyped\rOK\x00\x9b31m\u202egnp.exe")
raise RuntimeError("\x1b[31mred\x1b[0m \x1b]8;;http://evil\x07link\x1b]8;;\x07 \r\x08\x7f done")
