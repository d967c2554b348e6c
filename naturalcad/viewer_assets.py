"""The 3D viewer's vtk.js program as a file the browser fetches, instead of inside every page.

trame-vtk's offline viewer page carries the whole vtk.js program (about 1 MB of JavaScript)
inline, before the part's own scene (tens of kB). Sent as is, every new preview put that
megabyte through the websocket and made the browser parse it again. Here the program is
cut out of the page once per process and written to a file named by its content hash (a
trame-vtk upgrade gets a new name); `linked_page` swaps the inline program for a
`<script src>` pointing at it, so a preview sends only its scene. The served file is the
same program, unchanged, from this server: it works with no network, as before.

No Streamlit here: `naturalcad.viewer_component` serves the directory and mounts the page.
"""

from __future__ import annotations

import functools
import hashlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

MODULE_OPEN = '<script type="module">'
SCRIPT_CLOSE = "</script>"


@dataclass(frozen=True)
class Bundle:
    """The viewer program written to disk: its directory (to serve) and file name."""

    directory: Path
    name: str

    @property
    def path(self) -> Path:
        return self.directory / self.name


def split_page(html: str) -> tuple[str, str, str] | None:
    """(before, program, after) of a viewer page: its one inline module script cut out.

    None when the page has no inline module script (a trame-vtk that changed its page)."""
    start = html.find(MODULE_OPEN)
    if start < 0:
        return None
    body = start + len(MODULE_OPEN)
    end = html.find(SCRIPT_CLOSE, body)
    if end < 0:
        return None
    return html[:start], html[body:end], html[end + len(SCRIPT_CLOSE):]


def cache_directory() -> Path:
    """Where the program is written: NATURALCAD_VIEWER_ASSETS, else a per-user temp directory."""
    wanted = os.environ.get("NATURALCAD_VIEWER_ASSETS")
    return Path(wanted) if wanted else Path(tempfile.gettempdir()) / f"naturalcad-viewer-{os.getuid()}"


def write_bundle(program: str, directory: Path | None = None) -> Bundle:
    """Write the program once (atomically, named by its hash); raises OSError if it cannot."""
    return _write(program, directory or cache_directory())


@functools.lru_cache(maxsize=4)
def _write(program: str, directory: Path) -> Bundle:
    data = program.encode("utf-8")
    name = f"vtk-viewer-{hashlib.sha256(data).hexdigest()[:16]}.js"
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / name
    if not (target.is_file() and target.stat().st_size == len(data)):
        temp = directory / f".{name}.{os.getpid()}.part"
        temp.write_bytes(data)
        os.replace(temp, target)
    return Bundle(directory, name)


def linked_page(html: str, url_of: Callable[[Bundle], str]) -> tuple[str, Bundle] | None:
    """The page with its inline program replaced by `<script type="module" src=…>`.

    `url_of(bundle)` says where the browser finds the file. None (use the page as it is)
    when the page cannot be split or the file cannot be written."""
    parts = split_page(html)
    if parts is None:
        return None
    before, program, after = parts
    try:
        bundle = write_bundle(program)
    except OSError:
        return None
    return f'{before}<script type="module" src="{url_of(bundle)}"></script>{after}', bundle

