# tries: filling the disk with files no directory lists: files written, kept open and
#   unlinked (or renamed over), each under the per-file cap (os_tmpfile: O_TMPFILE).
# contained: the disk watch counts the job's open unnamed files and stops it: error_kind
#   "output_too_large".
# mode: os
# expect: fail
# kinds: output_too_large
# max_file_mb: 1
# timeout: 20
import os, time
block = bytes(1024 * 1024 - 1)
held = []
for i in range(60):
    handle = open(f"hidden{i}", "wb")
    handle.write(block)
    handle.flush()
    os.unlink(f"hidden{i}")
    held.append(handle)
for i in range(20):
    with open("victim", "wb") as first:
        first.write(block)
    keep = open("victim", "rb")
    held.append(keep)
    with open("other", "wb") as second:
        second.write(b"x")
    os.replace("other", "victim")  # the first file is now nameless, still held
time.sleep(60)
