"""What a person looks at: preview meshes, thumbnails and the interactive 3D viewer.

Everything here reads the files a run already wrote (STL, GLB, DXF); it never imports
build123d, so the Streamlit process stays light and never runs CAD code. Three outputs:

- `load_preview()`: a pyvista mesh for a run, flat polylines for 2D/1D results (from the DXF);
- `thumbnail()`: a small offscreen PNG per run, made once and kept as `thumbnail.png`;
- `show()`: the interactive viewer in a Streamlit page (`viewer_component`: an iframe with
  trame-vtk's offline vtk.js page), or a static picture where the component cannot load.

The viewer is a self-contained vtk.js page built from the plotter's scene with trame-vtk's
serializers, so no trame server and no network are needed. Offscreen pictures use whichever
of EGL and OSMesa a child process proved to work here, so a broken GL stack costs the
thumbnails, never the app.
"""

from __future__ import annotations

import functools
import io
import json
import logging
import os
import threading
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from .viewer_scene import SceneOptions

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    import pyvista as pv
    import trimesh

# VTK picks its OpenGL window from this variable: offscreen EGL needs no display. The probe
# below switches to OSMesa when EGL does not render; a deployment may also set it itself.
os.environ.setdefault("VTK_DEFAULT_OPENGL_WINDOW", "vtkEGLRenderWindow")

log = logging.getLogger("naturalcad.preview")

THUMBNAIL_NAME = "thumbnail.png"
THUMBNAIL_SIZE = (320, 240)
VIEWER_SIZE = (960, 520)
PART_COLOR = "#8fa9cc"
EDGE_COLOR = "#2b3a4f"
LINE_COLOR = "#1f4e99"
BACKGROUND = "#f6f8fb"
BACKGROUNDS = {"light": BACKGROUND, "dark": "#1b232e"}  # the viewer follows the app's theme
MAX_PREVIEW_CELLS = 400_000  # above this the browser gets a decimated mesh
# The browser viewer keeps the camera it is given when its frame is resized, so the scene is
# framed for the narrowest frame it meets (a phone's column, 350 × 420 px, is taller than wide):
# wider frames show more margin, narrower ones never cut the part off.
VIEWER_FIT_ASPECT = 0.75

# VTK is not thread-safe and Streamlit serves every session from its own thread.
_vtk_lock = threading.RLock()


@dataclass
class Preview:
    """A mesh ready to draw, and whether it is a flat drawing (2D profile or 1D path)."""

    mesh: Any  # pyvista.PolyData
    flat: bool
    source: str  # the file it came from: stl | glb | dxf

    @property
    def cells(self) -> int:
        return int(self.mesh.n_cells)


class PreviewError(Exception):
    """The run's files could not be turned into a preview (missing or unreadable)."""


# -- loading -----------------------------------------------------------------------------------
def load_preview(files: Mapping[str, str]) -> Preview:
    """The best preview for a run's files: the STL mesh, else the GLB, else the DXF outline."""
    import pyvista as pv

    stl, glb, dxf = (files.get(k) for k in ("stl", "glb", "dxf"))
    try:
        if stl and Path(stl).is_file():
            return Preview(_clean(pv.read(stl)), flat=False, source="stl")
        if glb and Path(glb).is_file():
            return Preview(_clean(_read_glb(glb)), flat=False, source="glb")
        if dxf and Path(dxf).is_file():
            return Preview(dxf_outline(dxf), flat=True, source="dxf")
    except PreviewError:
        raise
    except Exception as err:  # a broken file becomes a sentence, not a traceback
        raise PreviewError(f"The preview file could not be read ({type(err).__name__}).") from err
    raise PreviewError("This run has no STL, GLB or DXF file to preview.")


def _read_glb(path: str) -> pv.PolyData:
    import pyvista as pv
    import trimesh

    scene = cast("trimesh.Trimesh", trimesh.load(path, force="mesh"))  # force="mesh": one mesh, not a Scene
    faces = [[3, *f] for f in scene.faces]
    return pv.PolyData(scene.vertices, faces=[i for row in faces for i in row])


def _clean(mesh: pv.DataSet) -> pv.PolyData:
    """A surface mesh the browser can hold: decimated when it is very large."""
    import pyvista as pv

    surface = mesh if isinstance(mesh, pv.PolyData) else mesh.extract_surface()
    if surface.n_cells > MAX_PREVIEW_CELLS:
        surface = surface.triangulate().decimate(1 - MAX_PREVIEW_CELLS / surface.n_cells)
    return surface


def dxf_outline(path: str, tolerance: float = 0.05) -> pv.PolyData:
    """A DXF drawing as flat polylines (z = 0), curves flattened to `tolerance` mm."""
    import numpy as np
    import pyvista as pv
    from ezdxf import path as dxf_path
    from ezdxf.filemanagement import readfile
    from ezdxf.lldxf.const import DXFError

    try:
        doc = readfile(path)
    except (OSError, DXFError) as err:
        raise PreviewError("The DXF file could not be read.") from err
    points: list[tuple[float, float, float]] = []
    lines: list[int] = []
    for entity in doc.modelspace():
        try:
            outline = dxf_path.make_path(entity)
        except (TypeError, ValueError):
            continue  # text, dimensions and other non-geometry entities
        vertices = [(float(v.x), float(v.y), 0.0) for v in outline.flattening(tolerance)] if len(outline) else []
        if len(vertices) < 2:
            continue
        start = len(points)
        points.extend(vertices)
        lines.extend([len(vertices), *range(start, start + len(vertices))])
    if not points:
        raise PreviewError("The DXF file has no lines or curves to show.")
    return pv.PolyData(np.asarray(points, dtype=float), lines=np.asarray(lines, dtype=np.int64))


# -- drawing ---------------------------------------------------------------------------------
# A pyvista.Plotter (or our subclass). Typed loosely on purpose: pyvista 0.49 wraps its plotter
# methods in decorators whose stubs make mypy reject ordinary calls such as `set_background(color)`.
Plotter = Any


def _plotter_class() -> type[Plotter]:
    """A Plotter whose `trame` component exports a standalone vtk.js page without a server.

    stpyvista's trame backend calls `plotter.export_html()`, which pyvista 0.49 routes to a
    registered `trame` component; registering ours on a subclass keeps the rest of pyvista
    (and any installed trame-pyvista) untouched.
    """
    global _PreviewPlotter
    if _PreviewPlotter is None:
        import pyvista as pv

        class PreviewPlotter(pv.Plotter):
            """A pyvista Plotter for NaturalCAD previews."""

            prebuilt_html: str | None = None  # a page `show()` already built for this scene
            overlay: dict[str, Any] | None = None  # what viewer_scene's overlay draws over the scene

        if hasattr(pv, "register_plotter_component"):  # pyvista >= 0.48
            pv.register_plotter_component("trame", target_cls=PreviewPlotter, override=True)(StandaloneScene)
        _PreviewPlotter = PreviewPlotter
    return _PreviewPlotter


_PreviewPlotter: type[Plotter] | None = None


class StandaloneScene:
    """`plotter.trame`: the scene as a self-contained vtk.js HTML page (offline)."""

    def __init__(self, plotter: Plotter) -> None:
        self._plotter = plotter

    def export_html(self, filename: str | Path | None = None) -> io.StringIO | None:
        html = getattr(self._plotter, "prebuilt_html", None) or scene_html(self._plotter)
        if filename is None:
            return io.StringIO(html)
        Path(filename).write_text(html, encoding="utf-8")
        return None


# The standard views of a CAD tool, as the camera method that sets each (Z up; front looks along +Y).
VIEWS = {"iso": "view_isometric", "front": "view_xz", "top": "view_xy", "right": "view_yz"}


def make_plotter(preview: Preview, size: tuple[int, int] = VIEWER_SIZE, theme: str = "light", view: str = "iso",
                 options: SceneOptions | None = None) -> Plotter:
    """A plotter showing the part in a neutral CAD look: shaded faces, dark feature edges, and
    what `options` asks for around it (ground grid, overall dimensions, a section cut)."""
    from . import viewer_scene as vs

    options = options or SceneOptions(theme=theme, view=view, grid=False)
    colours = vs.palette(options.theme)
    plotter = _plotter_class()(off_screen=True, window_size=list(size))
    plotter.set_background(colours.background)
    mesh = preview.mesh
    bounds = _bounds(mesh)
    if options.grid:
        minor, major = vs.grid_mesh(vs.ground_grid(bounds, preview.flat))
        for lines, colour in ((minor, colours.grid), (major, colours.grid_major)):
            if lines.n_cells:
                plotter.add_mesh(lines, color=colour, line_width=1, pickable=False)
    if preview.flat:
        plotter.add_mesh(mesh, color=colours.lines, line_width=3, render_lines_as_tubes=False)
    else:
        body, cap = (mesh, None) if options.section is None else vs.cut(mesh, options.section, options.view)
        if body.n_cells:
            faces = plotter.add_mesh(body, color=colours.part, smooth_shading=False, specular=0.2, ambient=0.15)
            # Push the faces back a little so the edges drawn on them are not hidden (z-fighting).
            faces.mapper.SetResolveCoincidentTopologyToPolygonOffset()
            faces.mapper.SetRelativeCoincidentTopologyPolygonOffsetParameters(1.5, 1.5)
            edges = body.extract_feature_edges(feature_angle=35, boundary_edges=True, non_manifold_edges=False,
                                               manifold_edges=False)
            if edges.n_cells:
                plotter.add_mesh(edges, color=colours.edges, line_width=1)
        if cap is not None and cap.n_cells:
            plotter.add_mesh(cap, color=colours.section, ambient=0.3, smooth_shading=False)
    if options.dimensions:
        dims = vs.dimension_mesh(vs.overall_dimensions(bounds, preview.flat, options.view))
        if dims.n_cells:
            plotter.add_mesh(dims, color=colours.dimension, line_width=2, pickable=False)
    # The camera frames the part, not the grid's margin or the dimension lines around it.
    if preview.flat:
        plotter.view_xy()
        plotter.enable_parallel_projection()
    else:
        getattr(plotter, VIEWS.get(options.view, "view_isometric"))()
    plotter.reset_camera(bounds=_framed(bounds, options, preview.flat))
    plotter.camera.zoom(1.1 if preview.flat else 1.0)
    plotter.overlay = vs.overlay_config(bounds, options, preview.flat)
    return plotter


def _bounds(mesh: Any) -> tuple[float, float, float, float, float, float]:
    b = mesh.bounds
    return (float(b[0]), float(b[1]), float(b[2]), float(b[3]), float(b[4]), float(b[5]))


def _framed(bounds: tuple[float, float, float, float, float, float], options: SceneOptions, flat: bool) -> list[float]:
    """The box the camera frames: the part, and the dimension lines when they are drawn."""
    from . import viewer_scene as vs

    if not options.dimensions:
        return list(bounds)
    points = [p for d in vs.overall_dimensions(bounds, flat, options.view) for p in (d.start, d.end)]
    lows = [min([bounds[2 * i], *(p[i] for p in points)]) for i in range(3)]
    highs = [max([bounds[2 * i + 1], *(p[i] for p in points)]) for i in range(3)]
    return [lows[0], highs[0], lows[1], highs[1], lows[2], highs[2]]


def scene_html(plotter: Plotter) -> str:
    """Serialize the plotter's scene into trame-vtk's offline viewer page."""
    from trame_vtk.modules.vtk.serializers import (
        SynchronizationContext,
        extract_array_hash,
        initialize_serializers,
        reference_id,
        serialize,
    )
    from trame_vtk.tools.vtksz2html import write_html

    with _vtk_lock:
        initialize_serializers()
        context = SynchronizationContext()
        window = plotter.render_window
        view_id = reference_id(window)
        scene = serialize(None, window, view_id, context, 1)
        camera = window.GetRenderers().GetFirstRenderer().GetActiveCamera()
        scene["extra"] = {"vtkRefId": view_id, "centerOfRotation": camera.GetFocalPoint(),
                          "camera": reference_id(camera)}
        hashes = {}
        for entry in extract_array_hash(scene):
            hashes[entry["hash"]] = dict(**entry, content=context.get_cached_data_array(entry["hash"], False))
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w") as archive:
        archive.writestr("index.json", json.dumps({"hashes": hashes, "scene": scene}), zipfile.ZIP_DEFLATED)
    page = io.StringIO()
    write_html(packed.getvalue(), page)
    # The viewer adds favicon links to kitware.github.io; offline they only fail, so drop them.
    html = page.getvalue().replace("https://kitware.github.io/vtk-js/icon/favicon-", "data:image/png;base64,")
    overlay = getattr(plotter, "overlay", None)
    if overlay is not None:  # the triad, labels and wheel rule drawn over the scene
        from .viewer_scene import overlay_html

        at = html.rfind("</body>")
        html = html[:at] + overlay_html(overlay) + html[at:]
    return html


# -- offscreen rendering ---------------------------------------------------------------------
# A broken GL stack can crash the process that touches it, so which offscreen window works is
# found out once in a child process; this process only renders with one that did.
OFFSCREEN_WINDOWS = ("vtkEGLRenderWindow", "vtkOSOpenGLRenderWindow")
_PROBE = ("import os, sys; os.environ['VTK_DEFAULT_OPENGL_WINDOW'] = sys.argv[1]; import pyvista as pv; "
          "p = pv.Plotter(off_screen=True, window_size=[16, 16]); p.add_mesh(pv.Sphere()); "
          "i = p.screenshot(None, return_img=True); p.close(); print('ok' if i.any() else 'blank')")
_window: list[str | None] = []  # [] until probed, then [name or None]
_probe_lock = threading.Lock()


def offscreen_window() -> str | None:
    """The VTK offscreen window class that renders here (probed once), or None."""
    with _probe_lock:
        if not _window:
            _window.append(_probe_windows())
            if _window[0]:
                os.environ["VTK_DEFAULT_OPENGL_WINDOW"] = _window[0]
        return _window[0]


def _probe_windows() -> str | None:
    import subprocess
    import sys

    wanted = os.environ.get("VTK_DEFAULT_OPENGL_WINDOW")
    for window in dict.fromkeys(w for w in (wanted, *OFFSCREEN_WINDOWS) if w):
        try:
            done = subprocess.run([sys.executable, "-c", _PROBE, window], capture_output=True, text=True, timeout=90)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if done.returncode == 0 and done.stdout.strip().endswith("ok"):
            return window
        log.warning("offscreen window %s does not render here: %s", window, done.stderr.strip()[-300:])
    return None


def screenshot(preview: Preview, size: tuple[int, int] = THUMBNAIL_SIZE, options: SceneOptions | None = None) -> bytes:
    """An offscreen PNG of the preview (EGL or OSMesa; no display needed); thumbnails have no grid."""
    if offscreen_window() is None:
        raise PreviewError("Offscreen rendering is not available on this machine.")
    with _vtk_lock:
        plotter = make_plotter(preview, size, options=options)
        try:
            image = plotter.screenshot(None, return_img=True)
        finally:
            plotter.close()
    return _png(image)


def _png(image: npt.NDArray[np.uint8]) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.fromarray(image).save(out, format="PNG", optimize=True)
    return out.getvalue()


def thumbnail(run_dir: Path, files: Mapping[str, str]) -> Path | None:
    """The run's `thumbnail.png`, made on first request and kept; None when it cannot be made."""
    target = Path(run_dir) / THUMBNAIL_NAME
    if target.is_file():
        return target
    if not Path(run_dir).is_dir():
        return None
    try:
        png = screenshot(load_preview(files))
    except Exception as err:  # a missing thumbnail is cosmetic, never an error page
        log.warning("no thumbnail for %s: %s", run_dir, err)
        return None
    temp = target.with_name(f".{THUMBNAIL_NAME}.{os.getpid()}.{threading.get_ident()}.part")
    try:
        temp.write_bytes(png)
        os.replace(temp, target)
    except OSError as err:  # the run was pruned or deleted meanwhile
        temp.unlink(missing_ok=True)
        log.warning("could not save thumbnail in %s: %s", run_dir, err)
        return None
    return target


# -- Streamlit -------------------------------------------------------------------------------
# (format, path, size in bytes, mtime in ns) of each preview file a run has
FilesKey = tuple[tuple[str, str, int, int], ...]


def _files_key(files: Mapping[str, str]) -> FilesKey:
    """Identify a run's preview files by path, size and mtime (a re-written file is new)."""
    key: list[tuple[str, str, int, int]] = []
    for fmt in ("stl", "glb", "dxf"):
        path = files.get(fmt)
        if path:
            try:
                info = os.stat(path)
            except OSError:
                continue
            key.append((fmt, path, info.st_size, info.st_mtime_ns))
    return tuple(key)


@functools.lru_cache(maxsize=16)
def _viewer_page(key: FilesKey, height: int, options: SceneOptions) -> str:
    files = {fmt: path for fmt, path, _, _ in key}
    with _vtk_lock:
        plotter = make_plotter(load_preview(files), (int(height * VIEWER_FIT_ASPECT), height), options=options)
        try:
            return scene_html(plotter)
        finally:
            plotter.close()


def viewer_page(files: Mapping[str, str], height: int = VIEWER_SIZE[1], theme: str = "light",
                view: str = "iso", options: SceneOptions | None = None) -> str:
    """The interactive viewer page for a run's files (cached: reruns do not rebuild it).

    `options` (grid, dimensions, section, units) default to the plain viewer with its grid."""
    key = _files_key(files)
    if not key:
        raise PreviewError("This run has no STL, GLB or DXF file to preview.")
    options = options or SceneOptions(theme=theme, view=view)
    options = replace(options, theme=options.theme if options.theme in BACKGROUNDS else "light",
                      view=options.view if options.view in VIEWS else "iso")
    return _viewer_page(key, height, options)


def section_bounds(files: Mapping[str, str]) -> tuple[float, float, float, float, float, float]:
    """The part's bounding box in mm (xmin, xmax, ymin, ymax, zmin, zmax), for the section slider."""
    key = _files_key(files)
    if not key:
        raise PreviewError("This run has no STL, GLB or DXF file to preview.")
    return _bounds_of(key)


@functools.lru_cache(maxsize=32)
def _bounds_of(key: FilesKey) -> tuple[float, float, float, float, float, float]:
    return _bounds(load_preview({fmt: path for fmt, path, _, _ in key}).mesh)


@functools.lru_cache(maxsize=12)
def _static_picture(key: FilesKey, size: tuple[int, int], options: SceneOptions | None = None) -> bytes:
    return screenshot(load_preview({fmt: path for fmt, path, _, _ in key}), size, options)


def show(files: Mapping[str, str], key: str, height: int = VIEWER_SIZE[1], theme: str = "light",
         view: str = "iso", options: SceneOptions | None = None) -> str:
    """Draw the interactive viewer for a run's files in the current Streamlit container.

    Returns "interactive" or "static": where the viewer component cannot be declared (no
    running Streamlit server) the page gets an offscreen picture instead of a blank box.
    Raises PreviewError for unusable files.
    """
    import streamlit as st

    page = viewer_page(files, height, theme, view, options)
    try:
        from . import viewer_component

        viewer_component.mount(page, height, key)
        return "interactive"
    except Exception:  # StreamlitAPIException outside a real server
        log.debug("interactive viewer unavailable here; drawing a picture", exc_info=True)
    picture_key = _files_key(files)
    if not picture_key:
        raise PreviewError("This run has no STL, GLB or DXF file to preview.")
    st.image(_static_picture(picture_key, (VIEWER_SIZE[0], height), options), width="stretch")
    return "static"


def warm_up() -> None:
    """Find a working offscreen window, then open its GL context once (the first costs ~2 s)."""
    import numpy as np
    import pyvista as pv
    from trame_vtk.modules.vtk import serializers  # noqa: F401 - imported lazily by scene_html

    if offscreen_window() is None:
        log.warning("no offscreen renderer: runs get no thumbnails (the interactive viewer still works)")
        return
    square = pv.PolyData(np.array([[0, 0, 0], [1, 0, 0], [1, 1, 0], [0, 1, 0]], float), faces=[4, 0, 1, 2, 3])
    screenshot(Preview(square, flat=False, source="warm-up"), (64, 64))
