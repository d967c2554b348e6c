"""The one guess of what kind of output a prompt wants, used by every code source.

Words that name a 3D print or a solid file win ("a 3D printed profile clip" is a solid);
then a path, a 2D profile, a surface; a sketch mode means 2D; otherwise a solid. A modelling word
("profile", "outline", "2D sketch", "centre line", "path") names an output only when nothing in the
prompt makes a body of it: "the L profile is extruded 0.25 units", "a plate 0.05 units thick with
holes on its centre line" are solids (Text2CAD's descriptions talk this way about tiny parts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OUTPUT_TYPES = ("3d_solid", "surface", "2d_vector", "1d_path")

_SOLID_RE = re.compile(r"\b(3d[- ]?print\w*|printable|printed|stl|step file|3d model|3-d|solid model)\b")
_PATH_RE = re.compile(r"\b(center ?line|centre ?line|path|route|routing|polyline|single[- ]line|trajectory|"
                      r"tool ?path|wire ?path|wire ?frame|1d|1-d|spline|curve only)\b")
_VECTOR_RE = re.compile(r"\b(dxf|svg|laser[- ]?cut\w*|laser|water ?jet|plasma[- ]cut\w*|profile|sketch|outline|"
                        r"2d|2-d|two[- ]dimensional|flat pattern|cut file|vector|drawing|stencil)\b")
# words that describe how a solid is modelled rather than ask for a 2D / 1D output
_WEAK_WORDS = frozenset(["profile", "sketch", "outline", "2d", "2-d", "two-dimensional", "two dimensional", "center line",
                         "centre line", "centerline", "centreline", "path", "spline"])
# a body is made of it: extruded, revolved, swept, lofted, or given a thickness / height
_BODY_RE = re.compile(r"\b(?:extru\w*|revolv\w*|swept|sweep\w*|loft\w*|thick|thickness|tall|height|deep|depth)\b")
_SURFACE_RE = re.compile(r"\b(surface|canopy|membrane|awning)\b")
# "3 holes on the centreline", "slots along the center line": where features sit, not a path to output
CENTRELINE_PLACE = re.compile(r"\b(?:on|along|about|from|to|at|of|across|off|astride|either side of)\s+"
                               r"(?:the\s+|its\s+|a\s+|their\s+)?(?:[a-z]+'s\s+)?(?:long(?:itudinal)?\s+|plate\s+|part\s+|disc\s+|disk\s+)?"
                               r"(?:center ?line|centre ?line)s?\b")

# "countersink to 9 dia at the top surface", "the mating surface", "surface finish": a place on a
# part or its finish, never a request for a surface as the output
SURFACE_PLACE = re.compile(r"\b(?:(?:top|bottom|upper|lower|front|rear|back|end|side|outer|outside|inner|inside|"
                           r"mating|mounting|contact|flat|machined|sealing|bearing|working|the|its|each|that|this)"
                           r"\s+surfaces?\b|surfaces?\s+(?:finish|roughness|of\s+the)\b)")


def names_surface_part(prompt: str) -> bool:
    """Does 'surface' in the prompt ask for a surface (not name a place on the part)?"""
    return re.search(r"\bsurfaces?\b", SURFACE_PLACE.sub(" ", prompt.lower())) is not None


@dataclass(frozen=True)
class OutputGuess:
    kind: str            # one of OUTPUT_TYPES
    word: str | None     # the word that decided it; None when it is the default


def infer_output_type(prompt: str, mode: str = "part") -> OutputGuess:
    """The output type the words ask for, and the word that decided it."""
    low = SURFACE_PLACE.sub(" ", CENTRELINE_PLACE.sub(" ", prompt.lower()))
    solid = _SOLID_RE.search(low)
    if solid:
        return OutputGuess("3d_solid", solid.group(0).strip())
    bodied = _BODY_RE.search(low) is not None
    for regex, kind in ((_PATH_RE, "1d_path"), (_VECTOR_RE, "2d_vector"), (_SURFACE_RE, "surface")):
        for m in regex.finditer(low):
            word = m.group(0)
            if kind == "2d_vector" and word == "profile" and re.search(r"low[- ]profile", low):
                continue
            if bodied and word in _WEAK_WORDS:
                continue
            return OutputGuess(kind, word)
    if mode == "sketch":
        return OutputGuess("2d_vector", "sketch mode")
    return OutputGuess("3d_solid", None)
