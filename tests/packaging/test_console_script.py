"""The `naturalcad` console script pyproject.toml installs points at a working entry point."""

from __future__ import annotations

import importlib
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _entry_point() -> str:
    with open(ROOT / "pyproject.toml", "rb") as handle:
        return tomllib.load(handle)["project"]["scripts"]["naturalcad"]


def test_the_script_resolves_to_main():
    module, _, name = _entry_point().partition(":")
    assert (module, name) == ("naturalcad.__main__", "main")
    assert callable(getattr(importlib.import_module(module), name))


def test_installed_help_names_the_command_and_every_subcommand(monkeypatch, capsys):
    module, _, name = _entry_point().partition(":")
    main = getattr(importlib.import_module(module), name)
    monkeypatch.setattr("sys.argv", ["/venv/bin/naturalcad", "--help"])  # as the console script runs it
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: naturalcad ")
    for command in ("generate", "batch", "run", "drawing", "serve", "history", "sync", "eval"):
        assert command in out
