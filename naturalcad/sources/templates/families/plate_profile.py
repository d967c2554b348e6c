"""2D plate outline with holes, for DXF / laser cutting (chosen by the output type)."""

from __future__ import annotations

from ..parse import PartSpec
from .base import (
    Example,
    Family,
    Match,
)
from .plate_with_holes import plate_body, plate_params

VOCABULARY = ()


def match(spec: PartSpec) -> Match | None:
    return None  # chosen when a plate or box is asked for as a 2D profile


EXAMPLES = (
    Example("plate 120 x 70 with corner holes, DXF"),
)

FAMILY = Family("plate_profile", "2D plate outline with holes, for DXF / laser cutting", ("2d_vector",), lambda s, n, o: plate_params(s, n, "2d_vector"), lambda v, o, s: plate_body(v, "2d_vector"),
                vocabulary=VOCABULARY, match=match, examples=EXAMPLES)
