# tries: memory outside RLIMIT_AS: anonymous memory files (memfd_create) filled with write(),
#   never mapped, so the address-space cap never sees them (here 30 x 100 MB = 3 GB over a
#   2.5 GB cap; RLIMIT_NOFILE would allow ~250 of them).
# contained: seccomp refuses memfd_create and memfd_secret (EACCES).
# mode: os
# expect: contained
# require: BLOCKED
import os
held = []
def fill():
    block = bytes(1 << 20)
    for i in range(30):
        fd = os.memfd_create(f"hoard{i}")
        held.append(fd)
        for _ in range(100):
            os.write(fd, block)
attempt("memfd 3 GB", fill)
print("memory files:", len(held))
