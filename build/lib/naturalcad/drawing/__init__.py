"""Engineering drawings: a dimensioned sheet (views, dimensions, title block) of a 3D part.

`make.make_drawing(shape, options)` runs in the sandboxed child (it needs build123d);
`options.DrawingOptions` is plain data the app sends with a job. Importing this package
does not import build123d, so the app side can use the options and file names.
"""

from .options import DrawingOptions, part_title

FILE_NAMES = {"drawing_svg": "drawing.svg", "drawing_pdf": "drawing.pdf", "drawing_dxf": "drawing.dxf"}

__all__ = ["FILE_NAMES", "DrawingOptions", "part_title"]
