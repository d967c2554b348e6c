# tries: filling the disk in milliseconds, faster than the disk watch polls: fallocate()
#   reserves blocks without writing them, and with FALLOC_FL_KEEP_SIZE the file's size stays
#   0, so RLIMIT_FSIZE (a cap on size, not on blocks) never applies. Here 3 x 300 MB; a job
#   could reserve the whole disk between two polls.
# contained: fallocate is refused (EOPNOTSUPP; posix_fallocate then writes zeros, which
#   RLIMIT_FSIZE caps), so neither call allocates anything.
# mode: os
# max_file_mb: 1
# expect: contained
import ctypes, os
libc = ctypes.CDLL(None, use_errno=True)
libc.fallocate.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_long, ctypes.c_long]
KEEP_SIZE, MB = 1, 1 << 20


def reserve(name, mode, size):
    fd = os.open(name, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        if libc.fallocate(fd, mode, 0, size) != 0:
            raise OSError(ctypes.get_errno(), "fallocate refused")
        print(name, "blocks", os.fstat(fd).st_blocks * 512 // MB, "MB")
    finally:
        os.close(fd)


for index in range(3):
    attempt(f"fallocate keep-size {index}", lambda: reserve(f"hole{index}.bin", KEEP_SIZE, 300 * MB))
attempt("fallocate over the size cap", lambda: reserve("big.bin", 0, 300 * MB))
attempt("posix_fallocate", lambda: os.posix_fallocate(os.open("p.bin", os.O_WRONLY | os.O_CREAT, 0o600), 0, 300 * MB))
