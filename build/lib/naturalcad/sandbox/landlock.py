"""Landlock (Linux >= 5.13) through raw syscalls: confine file access and TCP.

Applied in the child after the warm worker has imported everything, so the rules can be
tight: read-only access to the Python installation and system libraries, regular files
only in the run directory, no /proc (so no /proc/*/environ), no TCP bind or connect (ABI >= 4),
no signals or abstract sockets outside the sandbox (ABI >= 6). Landlock does not cover
metadata (chmod, chown, utime, xattrs) or O_TMPFILE: the seccomp filter refuses those.
"""

from __future__ import annotations

import ctypes
import os
import sys

_SYS_CREATE, _SYS_ADD_RULE, _SYS_RESTRICT = 444, 445, 446  # same on x86_64 and aarch64
_CREATE_RULESET_VERSION = 1
_RULE_PATH_BENEATH = 1

EXECUTE, WRITE_FILE, READ_FILE, READ_DIR = 1 << 0, 1 << 1, 1 << 2, 1 << 3
REMOVE_DIR, REMOVE_FILE, MAKE_CHAR, MAKE_DIR = 1 << 4, 1 << 5, 1 << 6, 1 << 7
MAKE_REG, MAKE_SOCK, MAKE_FIFO, MAKE_BLOCK, MAKE_SYM = 1 << 8, 1 << 9, 1 << 10, 1 << 11, 1 << 12
REFER, TRUNCATE, IOCTL_DEV = 1 << 13, 1 << 14, 1 << 15
NET_BIND_TCP, NET_CONNECT_TCP = 1 << 0, 1 << 1
SCOPE_ABSTRACT_UNIX, SCOPE_SIGNAL = 1 << 0, 1 << 1

_FILE_ONLY = EXECUTE | WRITE_FILE | READ_FILE | TRUNCATE | IOCTL_DEV


class _RulesetAttr(ctypes.Structure):
    _fields_ = [("handled_access_fs", ctypes.c_uint64), ("handled_access_net", ctypes.c_uint64), ("scoped", ctypes.c_uint64)]


class _PathBeneathAttr(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]


_libc = ctypes.CDLL(None, use_errno=True)
_libc.syscall.restype = ctypes.c_long


def abi_version() -> int:
    """The kernel's Landlock ABI version, 0 when unavailable."""
    if not sys.platform.startswith("linux"):
        return 0
    version = _libc.syscall(_SYS_CREATE, None, ctypes.c_size_t(0), ctypes.c_uint32(_CREATE_RULESET_VERSION))
    return max(int(version), 0)


def _fs_rights(abi: int) -> int:
    rights = (1 << 13) - 1
    if abi >= 2:
        rights |= REFER
    if abi >= 3:
        rights |= TRUNCATE
    if abi >= 5:
        rights |= IOCTL_DEV
    return rights


_SYSTEM_READ_PATHS = ("/usr", "/lib", "/lib64", "/etc/ld.so.cache", "/etc/localtime", "/etc/fonts", "/dev/null",
                      "/dev/zero", "/dev/urandom", "/sys/devices/system/cpu", "/proc/cpuinfo", "/proc/meminfo")
_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # .../naturalcad


def _library_entry(entry: str, prefixes: set[str]) -> str | None:
    """The part of a sys.path entry a job may read, or None.

    sys.path holds more than libraries: `python -m` puts the working directory first (`/`
    for the worker, which would open the whole filesystem, /proc included), and PYTHONPATH
    holds the project root (its .env, .streamlit/secrets.toml, the artifacts of other runs).
    """
    if not entry or not os.path.isabs(entry):
        return None
    entry = os.path.normpath(entry)
    if entry == "/" or entry == os.getcwd():
        return None
    if os.path.isdir(os.path.join(entry, "naturalcad")) and os.path.join(entry, "naturalcad") == _PACKAGE_DIR:
        return _PACKAGE_DIR
    if os.path.basename(entry) in ("site-packages", "dist-packages") or entry.endswith(".zip"):
        return entry
    if any(entry == p or entry.startswith(p.rstrip("/") + "/") for p in prefixes if p and p != "/"):
        return entry
    return None


def read_only_paths() -> list[str]:
    """What a running build123d job needs to read: Python, its packages, system libraries."""
    prefixes = {sys.prefix, sys.base_prefix, sys.exec_prefix, os.path.dirname(os.path.dirname(os.__file__))}
    paths = {p for p in prefixes if p and p != "/"}
    paths.add(_PACKAGE_DIR)
    paths.update(filter(None, (_library_entry(p, prefixes) for p in sys.path)))
    paths.update(_SYSTEM_READ_PATHS)
    return sorted(p for p in paths if os.path.exists(p))


def restrict(writable_dir: str) -> str:
    """Apply Landlock to this process. Returns a short description, or '' if unavailable.

    Must be called after PR_SET_NO_NEW_PRIVS (or as root). The rules are inherited by any child.
    """
    abi = abi_version()
    if abi < 1:
        return ""
    handled = _fs_rights(abi)
    attr = _RulesetAttr(handled_access_fs=handled)
    size = ctypes.sizeof(ctypes.c_uint64)
    if abi >= 4:
        attr.handled_access_net = NET_BIND_TCP | NET_CONNECT_TCP
        size = 2 * ctypes.sizeof(ctypes.c_uint64)
    if abi >= 6:
        attr.scoped = SCOPE_ABSTRACT_UNIX | SCOPE_SIGNAL
        size = 3 * ctypes.sizeof(ctypes.c_uint64)
    ruleset = _libc.syscall(_SYS_CREATE, ctypes.byref(attr), ctypes.c_size_t(size), ctypes.c_uint32(0))
    if ruleset < 0:
        raise OSError(ctypes.get_errno(), "landlock_create_ruleset failed")
    try:
        read = EXECUTE | READ_FILE | READ_DIR
        # Regular files only, in the run dir itself: no directories (a 1,500-deep tree broke
        # every walker of the data dir), no links, FIFOs, sockets or devices, no moving files
        # in or out (REFER). Removing a file stays allowed: an atomic replace needs it.
        write = read | WRITE_FILE | REMOVE_FILE | MAKE_REG
        if abi >= 3:
            write |= TRUNCATE
        rules = [(p, read) for p in read_only_paths()] + [(writable_dir, write)]
        for path, rights in rules:
            fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
            try:
                if not os.path.isdir(path):
                    rights &= _FILE_ONLY
                    if path.startswith("/dev/"):
                        rights |= WRITE_FILE
                rule = _PathBeneathAttr(allowed_access=rights & handled, parent_fd=fd)
                if _libc.syscall(_SYS_ADD_RULE, ctypes.c_int(ruleset), ctypes.c_int(_RULE_PATH_BENEATH), ctypes.byref(rule), ctypes.c_uint32(0)) < 0:
                    raise OSError(ctypes.get_errno(), f"landlock_add_rule failed for {path}")
            finally:
                os.close(fd)
        if _libc.syscall(_SYS_RESTRICT, ctypes.c_int(ruleset), ctypes.c_uint32(0)) < 0:
            raise OSError(ctypes.get_errno(), "landlock_restrict_self failed")
    finally:
        os.close(ruleset)
    parts = ["files"]
    if abi >= 4:
        parts.append("tcp")
    if abi >= 6:
        parts.append("signals")
    return f"landlock-v{abi}({'+'.join(parts)})"
