"""Which walls a job ran behind, and what is missing and why, in words an operator reads.

The child reports the layers it applied (`result.sandbox`, the Status page); where the
kernel or the uid cannot give a wall, this says which one and what still holds instead.
"""

from __future__ import annotations

_MISSING = (
    ("pids-cgroup", "No per-job pids cgroup (no writable cgroup with the pids controller): threads are capped "
                    "by memory and, when root, by the job's own uid; seccomp still refuses fork."),
    ("uid-", "No uid of its own per job (the app does not run as root): jobs share the app's uid, so "
             "Landlock and seccomp are what keep them from the app's files and from each other."),
    ("landlock", "No Landlock (kernel older than 5.13 or disabled): file access is limited by the uid and "
                 "seccomp only; the parent still vets everything a job leaves."),
    ("seccomp", "No seccomp filter (not Linux x86_64/aarch64): fork, exec, sockets, mkdir and chmod are "
                "not refused by the kernel."),
)


def missing(layers: list[str]) -> list[str]:
    """Sentences for the walls not in `layers` (empty when every wall held)."""
    joined = "+".join(layers)
    found = [sentence for key, sentence in _MISSING if key not in joined]
    if "landlock" in joined and "tcp" not in joined:
        found.append("Landlock without network rules (ABI < 4): seccomp still refuses sockets.")
    if "uid-65534" in joined:
        found.append("Jobs share the fallback uid 65534 (no uid of the configured range could be used).")
    return found
