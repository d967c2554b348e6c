# tries: names the parent lists, logs and cleans up that are not plain text: newlines,
#   terminal escapes, invalid UTF-8 bytes, a 255-byte name, "model.stl\n" next to the real
#   export, names starting with "-" and "..." ; then an honest part is built.
# contained: the names stay in the attempt directory, which is removed; the run dir holds
#   only its own files and the cube is reported as built.
# mode: os
# expect: ok
# expect_volume: 1000
import os
names = [b"line\nbreak.stl", b"\x1b]0;pwned\x07.step", b"bad\xff\xfe\xc0utf8", b"x" * 255, b"model.stl\n",
         b"-rf", b"...", b"result.json\r", b"\xed\xa0\x80surrogate"]
for name in names:
    attempt(f"create {name[:20]!r}", lambda: os.close(os.open(name, os.O_WRONLY | os.O_CREAT, 0o600)) or must(False, "created, kept"))
from build123d import *
result = Box(10, 10, 10)
