"""Walking and removing trees a job may have shaped: deep, past PATH_MAX, odd entries."""

from __future__ import annotations

import os
import time

from naturalcad import artifacts
from naturalcad.config import load_settings
from naturalcad.fswalk import remove_tree, tree_use


def _deep(root, depth: int = 1500) -> None:
    """`depth` nested directories of 200-character names (far past PATH_MAX), a file at the bottom."""
    fd = os.open(root, os.O_RDONLY)
    for _ in range(depth):
        os.mkdir("d" * 200, dir_fd=fd)
        child = os.open("d" * 200, os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = child
    with open(os.open("bottom.bin", os.O_WRONLY | os.O_CREAT, dir_fd=fd), "wb") as handle:
        handle.write(bytes(8192))
    os.mkfifo("fifo", dir_fd=fd)
    os.close(fd)


def test_a_tree_past_path_max_is_counted_and_removed(tmp_path):
    root = tmp_path / "run"
    root.mkdir()
    _deep(root)
    (root / "top.txt").write_text("x")
    use = tree_use(root)
    assert use.complete and use.inodes == 1500 + 3 and use.depth == 1500 and use.bytes >= 8192
    assert remove_tree(root) and not root.exists()


def test_counting_stops_at_its_bound(tmp_path):
    for i in range(50):
        (tmp_path / f"f{i}").touch()
    use = tree_use(tmp_path, max_inodes=10)
    assert not use.complete and use.inodes == 11


def test_pruning_and_usage_survive_a_hostile_run_dir(tmp_path):
    settings = load_settings({"NATURALCAD_DATA_DIR": str(tmp_path), "NATURALCAD_MAX_RUNS": "1"})
    old = artifacts.run_path(settings, "20200101-000000-000aaaa")
    old.mkdir(parents=True)
    _deep(old)
    os.symlink("/etc", old / "link")
    time.sleep(0.01)
    new = artifacts.create_run_dir(settings, artifacts.new_run_id())
    artifacts.finish_run_dir(new)
    assert artifacts.usage(settings).runs == 2
    assert artifacts.prune(settings) == [old.name]
    assert not old.exists() and new.exists() and os.path.isdir("/etc")
