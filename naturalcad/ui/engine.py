"""The app's view of the engine: start-up, where code comes from, how it is sandboxed.

Start-up runs once per server process (`st.cache_resource`) and never blocks a page:
the warm build123d worker and the offscreen renderer start in background threads, and
the first Generate waits for the worker under a visible progress stage.
"""

from __future__ import annotations

import importlib.metadata
import logging
import platform
import threading
from dataclasses import dataclass
from urllib.parse import urlparse

import streamlit as st

from .. import pipeline
from ..config import Settings, get_settings

log = logging.getLogger("naturalcad.ui")

VERSION_PACKAGES = ("naturalcad", "streamlit", "build123d", "cadquery-ocp-novtk", "pyvista", "vtk",
                    "trame-vtk", "ezdxf", "trimesh", "pandas", "altair")


@st.cache_resource(show_spinner=False)
def start_engine() -> float:
    """Once per process: recover interrupted runs, apply caps, warm the worker and renderer."""
    import time

    try:
        pipeline.startup(get_settings())
    except Exception:  # a read-only data dir must not stop the app from opening
        log.exception("start-up housekeeping failed")
    pipeline.warm_up()
    threading.Thread(target=_warm_renderer, daemon=True, name="naturalcad-preview-warmup").start()
    return time.time()


def _warm_renderer() -> None:
    """Load pyvista and open the offscreen GL context once, so the first preview is quick."""
    try:
        from .. import preview

        preview.warm_up()
    except Exception:  # previews fall back to a message if rendering is unavailable
        log.warning("offscreen renderer unavailable", exc_info=True)
    from . import heap

    heap.freeze("start-up")  # what start-up loaded lives as long as the process


@dataclass(frozen=True)
class SourceInfo:
    """Where the next generation will come from, in words."""

    kind: str  # backend | llm | template
    label: str  # "Offline templates", "Model anthropic/claude-sonnet-4.5", "Backend api.example.com"
    detail: str


def generation_source(settings: Settings | None = None) -> SourceInfo:
    settings = settings or get_settings()
    if settings.backend_configured:
        host = urlparse(settings.backend_url or "").netloc or settings.backend_url or "?"
        return SourceInfo("backend", f"Backend · {host}", "A hosted NaturalCAD backend builds each part; its files are measured here, and the offline templates answer when it cannot.")
    if settings.llm_configured:
        where = "OpenRouter" if settings.llm_is_openrouter else (urlparse(settings.llm_base_url or "").netloc or "?")
        return SourceInfo("llm", f"Model · {settings.llm_model}", f"Via {where}; offline templates are the fallback.")
    return SourceInfo("template", "Offline templates", "No model or backend configured: no key, no network needed.")


@dataclass(frozen=True)
class SandboxInfo:
    level: str  # "strict", "standard", "basic", "starting"
    layers: list[str]
    measured: bool  # True once a job has run and reported its walls
    mode: str  # warm | cold
    worker: str  # "warm worker ready", "warm worker starting", "a fresh process per run"


_LAYER_NAMES = {"landlock": "Landlock", "seccomp": "seccomp", "uid": "unprivileged uid", "rlimits": "rlimits",
                "pids": "pids cgroup", "restricted": "restricted builtins"}


def layer_name(layer: str) -> str:
    """'landlock-v7(files+tcp+signals)' -> 'Landlock'."""
    head = layer.split("(")[0].split("-")[0]
    return _LAYER_NAMES.get(head, head)


def _expected_layers() -> list[str]:
    """The walls this machine can raise, before any job has reported them."""
    import os

    from ..sandbox import landlock, seccomp

    layers = ["rlimits"]
    try:
        if landlock.abi_version() > 0:
            layers.append("landlock")
    except OSError:
        pass
    if os.geteuid() == 0:
        layers.append("uid")
    try:
        if seccomp.supported():
            layers.append("seccomp")
    except OSError:
        pass
    layers.append("restricted-builtins")
    return layers


def sandbox_info() -> SandboxInfo:
    from ..sandbox.runner import fork_available, get_worker

    measured = pipeline.sandbox_layers()
    layers = measured or _expected_layers()
    names = {layer_name(layer) for layer in layers}
    if {"Landlock", "seccomp"} <= names:
        level = "strict"
    elif "Landlock" in names or "seccomp" in names:
        level = "standard"
    else:
        level = "basic"
    warm = fork_available()
    if warm:
        worker = get_worker()
        state = "warm worker " + ("ready" if worker.ready else ("starting" if worker.pid else "not running"))
    else:
        state = "a fresh process per run"
    return SandboxInfo(level, layers, bool(measured), "warm" if warm else "cold", state)


@st.cache_data(ttl=30, show_spinner=False)
def backend_health(url: str | None) -> tuple[bool, str]:
    """(answers, detail); cached briefly so the sidebar does not ping on every rerun."""
    if not url:
        return False, "not configured"
    from ..sources.backend import health

    return health(get_settings(), timeout=3.0)


def backend_circuit(settings: Settings | None = None) -> str:
    """The backend circuit breaker's state as a sentence (not cached: it changes by the second)."""
    from ..sources.backend import breaker_state

    return breaker_state(settings or get_settings())


def versions() -> dict[str, str]:
    """Installed versions, read from package metadata (build123d is never imported here)."""
    from .. import __version__

    found = {"python": platform.python_version(), "naturalcad": __version__}
    for name in VERSION_PACKAGES[1:]:
        try:
            found[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found
