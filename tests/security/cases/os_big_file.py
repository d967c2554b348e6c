# tries: writing a 1 GB file in the run directory.
# contained: RLIMIT_FSIZE (the per-file cap) stops the write with EFBIG.
# mode: os
# expect: contained
# require: BLOCKED
chunk = bytes(16 * 1024 * 1024)
def fill():
    with open("filler.bin", "wb") as handle:
        for _ in range(64):
            handle.write(chunk)
attempt("1 GB file", fill)
