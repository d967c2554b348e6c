"""The child's side of a drawing job: make the sheet for the shape the script built.

This is trusted project code that runs after the script, in the same locked-down child;
anything it cannot do becomes a sentence for the person, never a traceback.
"""

from __future__ import annotations

from typing import Any

from build123d import Shape


def draw(shape: Shape[Any], kind: str, options: dict[str, Any]) -> tuple[dict[str, str], str | None]:
    """(artifact name -> file name, None) or ({}, why no drawing could be made)."""
    from .make import make_drawing
    from .options import DrawingOptions

    if kind != "3d_solid":
        return {}, f"A drawing is made for 3D parts; this result is a {kind.replace('_', ' ')}."
    try:
        chosen = DrawingOptions.from_job(options)
    except ValueError as err:
        return {}, f"The drawing options are not valid: {err}."
    try:
        return make_drawing(shape, chosen), None
    except MemoryError:
        raise
    except Exception as err:
        return {}, f"The drawing could not be made: {type(err).__name__}: {err}"[:400]


def preload() -> None:
    """Import what a drawing job needs, in the worker before any fork (jobs then start warm)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas  # noqa: F401

    from . import compose, make, writers  # noqa: F401

    stringWidth("0", "Helvetica", 3.5)
