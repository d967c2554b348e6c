# tries: allocating 10 GB at once (bytearray, anonymous mmap) and then touching memory.
# contained: RLIMIT_AS refuses the allocations (MemoryError / ENOMEM).
# mode: os
# expect: contained
# require: BLOCKED
import mmap
attempt("bytearray 10 GB", lambda: bytearray(10 * 1024 ** 3))
attempt("mmap 10 GB", lambda: mmap.mmap(-1, 10 * 1024 ** 3))
