"""The file formats a run produces: file names in a run directory and their media types.

Kept apart from `exports` (which needs build123d) so the app, the backend client and the
server can name files without importing the CAD kernel.
"""

from __future__ import annotations

FILE_NAMES = {"step": "model.step", "stl": "model.stl", "glb": "model.glb", "dxf": "model.dxf"}
MEDIA_TYPES = {"step": "application/step", "stl": "model/stl", "glb": "model/gltf-binary", "dxf": "image/vnd.dxf"}
