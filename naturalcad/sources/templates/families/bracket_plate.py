"""Mounting / bracket plate with rounded corners and bolt holes."""

from __future__ import annotations

from ..parse import PartSpec
from .base import (
    Example,
    Family,
    Match,
)
from .plate_with_holes import plate_body, plate_params

VOCABULARY = ('bracket', 'brackets', 'gusset')


def match(spec: PartSpec) -> Match | None:
    return Match(52, "it names a bracket plate") if spec.has(*VOCABULARY) else None


EXAMPLES = (
    Example("Heavy steel bracket with 4 bolt holes, 90 mm wide, 8 mm thick", holes=4),
    Example("bracket with 4 bolt holes"),
)

FAMILY = Family("bracket_plate", "mounting / bracket plate with rounded corners and bolt holes", ("3d_solid", "2d_vector"), lambda s, n, o: plate_params(s, n, o, bracket=True), plate_body, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)
