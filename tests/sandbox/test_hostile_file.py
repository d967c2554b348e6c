"""open_regular: what the parent opens of a job's files (the report, the STL)."""

from __future__ import annotations

import os

from naturalcad.sandbox.hostile_file import open_regular


def test_a_regular_file_opens_with_its_size(tmp_path):
    path = tmp_path / "result.json"
    path.write_bytes(b'{"ok": true}')
    opened = open_regular(path)
    assert opened is not None
    fd, size = opened
    try:
        assert size == 12 and os.read(fd, 100) == b'{"ok": true}'
    finally:
        os.close(fd)


def test_links_fifos_directories_and_missing_names_are_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("app data")
    (tmp_path / "link.json").symlink_to(secret)
    os.mkfifo(tmp_path / "fifo.json")  # opening it for reading would block without O_NONBLOCK
    (tmp_path / "dir.json").mkdir()
    for name in ("link.json", "fifo.json", "dir.json", "missing.json"):
        assert open_regular(tmp_path / name) is None, name


def test_refusing_leaks_no_descriptor(tmp_path):
    os.mkfifo(tmp_path / "fifo")
    before = len(os.listdir("/proc/self/fd"))
    for _ in range(50):
        assert open_regular(tmp_path / "fifo") is None
    assert len(os.listdir("/proc/self/fd")) == before
