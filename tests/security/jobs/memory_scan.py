# A hostile job for test_concurrency (not a case: it runs with the guard off, the prelude
# prepended and {{...}} filled in). It holds THREADS threads (the per-job pids cap is 64),
# then scans its own memory, the pages it inherited from the warm worker included, for the
# script of another job: "NCMARK-" followed by a token whose sha256 it is given (it is not
# given the token, which would put it in its own memory). A planted token of its own proves
# the scan reads the heap.
import ctypes, gc, hashlib, os, threading, time

THREADS, HOLD, WANTED = {{THREADS}}, {{HOLD}}, "{{WANTED_SHA256}}"
stop = threading.Event()
threads = []
try:
    for _ in range(THREADS):
        thread = threading.Thread(target=stop.wait, args=(HOLD,), daemon=True)
        thread.start()
        threads.append(thread)
except RuntimeError as err:
    print("thread start refused:", err)
print("threads started:", len(threads))

libc = ctypes.CDLL(None, use_errno=True)
libc.pwrite.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.c_size_t, ctypes.c_long]
libc.sbrk.restype = ctypes.c_void_p
libc.sbrk.argtypes = [ctypes.c_long]
probe = os.open("probe.bin", os.O_RDWR | os.O_CREAT, 0o600)
PAGE, CHUNK = 4096, 1 << 20
prefix = ("NC" + "MARK-").encode()
planted = "NC" + "MARK-" + hashlib.sha256(str(os.getpid()).encode()).hexdigest()[:32]
own = hashlib.sha256(planted[-32:].encode()).hexdigest()


def readable(addr):
    return libc.pwrite(probe, addr, PAGE, 0) == PAGE  # EFAULT on an unmapped page


def runs(start, end):
    """Contiguous readable runs of pages in [start, end)."""
    run = None
    for addr in range(start, end, PAGE):
        if readable(addr):
            run = run or addr
        elif run is not None:
            yield run, addr
            run = None
    if run is not None:
        yield run, end


chunks = {id(obj) & ~(CHUNK - 1) for obj in gc.get_objects()}
top = libc.sbrk(0) or 0
for back in range(1, 513):  # the brk heap, downwards from its end, up to 512 MB
    chunks.add((top & ~(CHUNK - 1)) - back * CHUNK)
found, scanned = set(), 0
deadline = time.monotonic() + 20
for base in sorted(chunks):
    if time.monotonic() > deadline:
        break
    for start, end in runs(base, base + CHUNK):
        data = ctypes.string_at(start, end - start)
        scanned += len(data)
        at = data.find(prefix)
        while at >= 0:
            token = data[at + len(prefix): at + len(prefix) + 32]
            found.add(hashlib.sha256(token).hexdigest())
            at = data.find(prefix, at + 1)
print("scanned MB:", scanned // (1 << 20))
print("own token", "FOUND" if own in found else "missing")
print("other job's script", "FOUND" if WANTED in found else "not found")
stop.wait(max(0.0, HOLD - 1))
stop.set()
from build123d import Box
result = Box(1, 1, 1)
