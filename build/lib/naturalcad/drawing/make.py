"""Make a part's drawing files in the run directory: SVG, PDF and DXF of one sheet.

Called in the sandboxed child after the script's own exports; each file is written under
a temporary name and renamed into place, so a reader never sees half a drawing.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from build123d import Shape

from . import FILE_NAMES
from .compose import compose
from .options import DrawingOptions, part_title
from .writers import svg_text, write_dxf, write_pdf


def _write_svg(text: str) -> Callable[[str], None]:
    def write(path: str) -> None:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
    return write


def make_drawing(shape: Shape[Any], options: DrawingOptions, directory: str = ".") -> dict[str, str]:
    """Write the drawing of a solid; returns artifact name -> file name (relative to directory)."""
    if not options.title:
        box = shape.bounding_box(optimal=True)
        options = DrawingOptions(**{**options.to_job(), "title": part_title(
            options.family, [box.size.X, box.size.Y, box.size.Z])})
    sheet = compose(shape, options)
    writers: dict[str, Callable[[str], None]] = {
        "drawing_svg": _write_svg(svg_text(sheet)),
        "drawing_pdf": lambda path: write_pdf(sheet, path),
        "drawing_dxf": lambda path: write_dxf(sheet, path),
    }
    written: dict[str, str] = {}
    try:
        for key, write in writers.items():
            final = os.path.join(directory, FILE_NAMES[key])
            temp = os.path.join(directory, f".{FILE_NAMES[key]}.part")
            try:
                write(temp)
                if not os.path.exists(temp) or os.path.getsize(temp) == 0:
                    raise RuntimeError(f"the {key.split('_')[1].upper()} drawing came out empty")
                os.replace(temp, final)
            finally:
                if os.path.exists(temp):
                    os.unlink(temp)
            written[key] = FILE_NAMES[key]
    except BaseException:
        for name in written.values():  # all three files or none
            os.unlink(os.path.join(directory, name))
        raise
    return written
