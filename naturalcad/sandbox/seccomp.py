"""A small seccomp-BPF filter: no new processes, no programs, no sockets, no tracing, no IPC,
no memory files, and nothing in the file system but reading and writing regular files.

Threads stay allowed (OCCT meshes and writes glTF in parallel), so `clone` is allowed only
with the flags of a real thread (shared memory, files, cwd and signal handlers), and
`clone3` answers ENOSYS, which makes glibc fall back to `clone`.
This is what caps a fork bomb even for root, where RLIMIT_NPROC does not bind.
"""

from __future__ import annotations

import ctypes
import errno
import platform
import struct

_PR_SET_NO_NEW_PRIVS, _PR_SET_SECCOMP, _SECCOMP_MODE_FILTER = 38, 22, 2
_RET_ALLOW, _RET_ERRNO = 0x7FFF0000, 0x00050000
_LD_W_ABS, _JEQ, _JGE, _JSET, _RET, _AND = 0x20, 0x15, 0x35, 0x45, 0x06, 0x54
# What pthread_create asks for. A "thread" without CLONE_FILES has a descriptor table of its
# own, which /proc/<pid>/fd (the disk watch) does not show: unlinked files held there filled
# the disk unseen. Without CLONE_VM or CLONE_FS it is a process in all but name.
_THREAD_FLAGS = 0x00000100 | 0x00000200 | 0x00000400 | 0x00000800 | 0x00010000  # VM FS FILES SIGHAND THREAD

# name -> (x86_64 nr, aarch64 nr); None where the call does not exist.
_SYSCALLS = {
    "socket": (41, 198), "socketpair": (53, 199), "connect": (42, 203), "bind": (49, 200),
    "fork": (57, None), "vfork": (58, None), "execve": (59, 221), "execveat": (322, 281),
    "ptrace": (101, 117), "process_vm_readv": (310, 270), "process_vm_writev": (311, 271),
    "unshare": (272, 97), "setns": (308, 268), "mount": (165, 40), "bpf": (321, 280),
    "io_uring_setup": (425, 425), "userfaultfd": (323, 282), "perf_event_open": (298, 241),
    "keyctl": (250, 219), "add_key": (248, 217), "request_key": (249, 218),
    "chroot": (161, 51), "pivot_root": (155, 41), "kexec_load": (246, 104),
    # SysV IPC and POSIX message queues outlive the process: a job could leave memory behind
    # or talk to another job through them.
    "shmget": (29, 194), "shmat": (30, 196), "shmctl": (31, 195), "semget": (64, 190), "semop": (65, 193),
    "semctl": (66, 191), "semtimedop": (220, 192), "msgget": (68, 186), "msgsnd": (69, 189),
    "msgrcv": (70, 188), "msgctl": (71, 187), "mq_open": (240, 180), "mq_unlink": (241, 181),
    # Anonymous in-memory files: write() fills them without mapping, so RLIMIT_AS never sees
    # the memory (up to RLIMIT_NOFILE files of RLIMIT_FSIZE each: tens of GB).
    "memfd_create": (319, 279), "memfd_secret": (447, 447),
    # Priorities by user (PRIO_USER, IOPRIO_WHO_USER) reach every process of the job's uid.
    "setpriority": (141, 140), "ioprio_set": (251, 30),
    # The file system beyond regular files (Landlock covers the run dir's contents, but not
    # metadata, and not everywhere): no directories (walkers of the data dir choke on deep
    # trees), no links, FIFOs or device nodes, and no chmod/chown/utime/xattrs, which work by
    # path on any file the uid owns (another run's files, the history database).
    "mkdir": (83, None), "mkdirat": (258, 34), "link": (86, None), "linkat": (265, 37),
    "symlink": (88, None), "symlinkat": (266, 36), "mknod": (133, None), "mknodat": (259, 33),
    "chmod": (90, None), "fchmod": (91, 52), "fchmodat": (268, 53), "fchmodat2": (452, 452),
    "chown": (92, None), "fchown": (93, 55), "lchown": (94, None), "fchownat": (260, 54),
    "utime": (132, None), "utimes": (235, None), "futimesat": (261, None), "utimensat": (280, 88),
    "setxattr": (188, 5), "lsetxattr": (189, 6), "fsetxattr": (190, 7), "removexattr": (197, 14),
    "lremovexattr": (198, 15), "fremovexattr": (199, 16), "setxattrat": (463, 463), "removexattrat": (466, 466),
    "name_to_handle_at": (303, 264), "open_by_handle_at": (304, 265), "fanotify_init": (300, 262),
    "inotify_init": (253, None), "inotify_init1": (294, 26),
    # Reserving blocks without writing them: gigabytes between two polls of the disk watch,
    # and with FALLOC_FL_KEEP_SIZE past RLIMIT_FSIZE (a cap on size, not blocks). EOPNOTSUPP
    # makes posix_fallocate write zeros instead, which RLIMIT_FSIZE caps.
    "fallocate": (285, 47),
}
_DENY_CODES = {"fork": errno.EAGAIN, "vfork": errno.EAGAIN, "fallocate": errno.EOPNOTSUPP}
# An O_TMPFILE file has no name: it fills the disk where no directory listing can see it.
_O_TMPFILE = 0o20000000
_OPEN_FLAGS = {"open": ((2, None), 1), "openat": ((257, 56), 2)}  # name -> (numbers, flags argument)
_OPENAT2 = 437  # flags live in a struct: ENOSYS makes libc fall back to openat
# On another process of the same uid (another job, any `nobody` daemon) these shrink its
# limits or starve it (SCHED_IDLE, one CPU); on the job itself (pid 0) they are fine.
_SELF_ONLY = {"prlimit64": (302, 261), "sched_setaffinity": (203, 122), "sched_setscheduler": (144, 119),
              "sched_setparam": (142, 118), "sched_setattr": (314, 274)}
_CLONE = {"x86_64": 56, "aarch64": 220}
_CLONE3 = 435
_ARCH = {"x86_64": 0xC000003E, "aarch64": 0xC00000B7}


class _Filter(ctypes.Structure):
    _fields_ = [("code", ctypes.c_uint16), ("jt", ctypes.c_uint8), ("jf", ctypes.c_uint8), ("k", ctypes.c_uint32)]


class _Prog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_uint16), ("filter", ctypes.POINTER(_Filter))]


def _program(machine: str) -> list[tuple[int, int, int, int]]:
    index = 0 if machine == "x86_64" else 1

    def deny(code: int) -> tuple[int, int, int, int]:
        return (_RET, 0, 0, _RET_ERRNO | code)

    prog = [(_LD_W_ABS, 0, 0, 4), (_JEQ, 1, 0, _ARCH[machine]), deny(errno.EPERM), (_LD_W_ABS, 0, 0, 0)]
    if machine == "x86_64":  # the x32 ABI would bypass the numbers below
        prog += [(_JGE, 0, 1, 0x40000000), deny(errno.EPERM)]
    for name, numbers in _SYSCALLS.items():
        nr = numbers[index]
        if nr is not None:
            code = _DENY_CODES.get(name, errno.EACCES)
            prog += [(_JEQ, 0, 1, nr), deny(code)]
    prog += [(_JEQ, 0, 1, _CLONE3), deny(errno.ENOSYS), (_JEQ, 0, 1, _OPENAT2), deny(errno.ENOSYS)]
    for numbers, argument in _OPEN_FLAGS.values():
        nr = numbers[index]
        if nr is None:
            continue
        prog += [
            (_JEQ, 0, 4, nr),
            (_LD_W_ABS, 0, 0, 16 + 8 * argument),  # low 32 bits of the flags argument
            (_JSET, 0, 1, _O_TMPFILE),
            deny(errno.EOPNOTSUPP),
            (_RET, 0, 0, _RET_ALLOW),
        ]
    for numbers in _SELF_ONLY.values():
        prog += [
            (_JEQ, 0, 4, numbers[index]),
            (_LD_W_ABS, 0, 0, 16),  # pid: 0 means this process
            (_JEQ, 1, 0, 0),
            deny(errno.EPERM),
            (_RET, 0, 0, _RET_ALLOW),
        ]
    prog += [
        (_JEQ, 0, 5, _CLONE[machine]),
        (_LD_W_ABS, 0, 0, 16),  # low 32 bits of args[0] (flags), little-endian
        (_AND, 0, 0, _THREAD_FLAGS),
        (_JEQ, 1, 0, _THREAD_FLAGS),  # every one of them: a thread sharing everything
        deny(errno.EAGAIN),
        (_RET, 0, 0, _RET_ALLOW),
        (_RET, 0, 0, _RET_ALLOW),
    ]
    return prog


def supported() -> bool:
    return platform.system() == "Linux" and platform.machine() in _CLONE and struct.calcsize("P") == 8


def set_no_new_privs() -> None:
    """No setuid gains from here on; required (for non-root) by both Landlock and seccomp."""
    if platform.system() != "Linux":
        return
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "PR_SET_NO_NEW_PRIVS failed")


def install() -> str:
    """Install the filter on this process (and its future threads). '' if unsupported."""
    if not supported():
        return ""
    machine = platform.machine()
    instructions = _program(machine)
    array = (_Filter * len(instructions))(*[_Filter(*ins) for ins in instructions])
    prog = _Prog(len(instructions), array)
    libc = ctypes.CDLL(None, use_errno=True)
    set_no_new_privs()
    if libc.prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.byref(prog), 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "seccomp filter install failed")
    return "seccomp(no-fork,no-exec,no-socket,files-only)"
