# tries: hiding disk use from the watch in a thread with a descriptor table of its own: a
#   raw clone(CLONE_VM|CLONE_SIGHAND|CLONE_THREAD) without CLONE_FILES is still a thread
#   (seccomp allowed any clone with CLONE_THREAD), but gets a copy of the table; the main
#   thread closes its copies of unlinked, filled files, so /proc/<pid>/fd (what the watch
#   reads) no longer shows them while the thread keeps them on disk. Here 3 threads x 3 MB
#   against a 1 MB per-file cap (5 MB for the job); a job could hold terabytes this way.
# contained: a thread must share its creator's files, memory, cwd and signal handlers
#   (what pthread_create asks for): any other clone is refused, so nothing is hidden.
# mode: os
# max_file_mb: 1
# timeout: 15
# expect: contained
import ctypes, mmap, os, time
libc = ctypes.CDLL(None, use_errno=True)
CLONE_VM, CLONE_SIGHAND, CLONE_THREAD = 0x100, 0x800, 0x10000
libc.clone.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p]
pause = ctypes.cast(libc.pause, ctypes.c_void_p).value
stacks = []


def hide(index):
    fds = []
    for part in range(3):
        name = f"hidden-{index}-{part}.bin"
        fd = os.open(name, os.O_RDWR | os.O_CREAT, 0o600)
        os.unlink(name)
        os.write(fd, b"x" * ((1 << 20) - 4096))
        fds.append(fd)
    stack = mmap.mmap(-1, 1 << 16)
    stacks.append(stack)
    top = ctypes.addressof(ctypes.c_char.from_buffer(stack)) + (1 << 16) - 64
    tid = libc.clone(pause, top, CLONE_VM | CLONE_SIGHAND | CLONE_THREAD, None)
    if tid < 0:
        for fd in fds:
            os.close(fd)
        raise OSError(ctypes.get_errno(), "clone refused")
    for fd in fds:
        os.close(fd)  # now only the thread's own table holds them
    return tid


held = [attempt(f"thread {i} with its own files", lambda: hide(i)) for i in range(3)]
time.sleep(2.5)  # several polls of the disk watch
if any(t is not None for t in held):
    print("files kept out of the watch's sight: ESCAPED")
