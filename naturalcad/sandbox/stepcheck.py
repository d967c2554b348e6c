"""Check a job's STEP file against the part the parent measured from its STL or DXF.

The STEP is what a user opens in CAD, so a subverted child could hand over a different part
there while the STL it wrote matches the report. Reading the STEP with OCCT in the app
would parse hostile input in the app's own process, so this reads the text instead, for
what must hold of any honest export: millimetres as the only length unit, a solid body when
the part is a solid, and no solid larger than the measured part. Each solid's vertices are
written in that solid's own frame (a placed solid carries a transform), so what is compared
is their spread, which moving or turning a solid does not change: along any direction it is
at most the diagonal of the STL's bounding box. Entities it cannot read count as a mismatch.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

from .crosscheck import read_regular, spread

MAX_STEP_BYTES = 200 * 1024 * 1024  # over the per-file cap anyway: reading it whole is bounded

_NAME = rb"'(?:[^']|'')*'"
_NUMBER = rb"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
_POINT = re.compile(rb"#(\d+)\s*=\s*CARTESIAN_POINT\s*\(\s*" + _NAME + rb"\s*,\s*\(\s*(" + _NUMBER
                    + rb")\s*(?:,\s*(" + _NUMBER + rb")\s*)?(?:,\s*(" + _NUMBER + rb")\s*)?\)\s*\)\s*;")
_VERTEX = re.compile(rb"#\d+\s*=\s*VERTEX_POINT\s*\(\s*" + _NAME + rb"\s*,\s*#(\d+)\s*\)\s*;")
_SOLID_ENTITY = re.compile(rb"#(\d+)\s*=\s*(?:MANIFOLD_SOLID_BREP|BREP_WITH_VOIDS)\s*\(")
_MILLIMETRE = re.compile(rb"SI_UNIT\s*\(\s*\.MILLI\.\s*,\s*\.METRE\.\s*\)")



def _without_comments(text: bytes) -> bytes | None:
    r"""`text` with its /* comments */ removed, in one pass; None when a comment never ends.

    Not a regex: `/\*.*?\*/` rescans to the end of the file from every unclosed `/*`, so
    120 KB of `/*a` took 90 s and a few MB would hold the app for hours."""
    parts, start = [], 0
    while (opened := text.find(b"/*", start)) >= 0:
        closed = text.find(b"*/", opened + 2)
        if closed < 0:
            return None
        parts.append(text[start:opened])
        start = closed + 2
    parts.append(text[start:])
    return b"".join(parts)


def _entities_with(text: bytes, word: bytes) -> list[bytes]:
    """Every `;`-terminated entity of the file that mentions `word`."""
    found, start = [], 0
    while (at := text.find(word, start)) >= 0:
        begin = text.rfind(b";", 0, at) + 1
        end = text.find(b";", at)
        end = len(text) if end < 0 else end
        found.append(text[begin:end])
        start = end + 1
    return found


_ENTITY = re.compile(rb"#(\d+)\s*=\s*([A-Z0-9_]*)\s*\(")
_REF = re.compile(rb"#(\d+)")


def _graph(text: bytes) -> tuple[dict[bytes, bytes], dict[bytes, list[bytes]]]:
    """Each entity's type and the entities it refers to."""
    types: dict[bytes, bytes] = {}
    refs: dict[bytes, list[bytes]] = {}
    matches = list(_ENTITY.finditer(text))
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        types[match.group(1)] = match.group(2)
        refs[match.group(1)] = _REF.findall(text, match.end(), end)
    return types, refs


def _solid_vertices(solid: bytes, types: dict[bytes, bytes], refs: dict[bytes, list[bytes]],
                    budget: list[int]) -> list[bytes] | None:
    """The VERTEX_POINTs reached from one solid (its topology, not its surfaces' geometry).

    Every solid's walk draws on one `budget` of visits (None once it is spent): honest
    solids do not share topology, while 10,000 solids over one shared 100,000-entity
    shell would cost 10^9 steps."""
    seen, stack, found = {solid}, [solid], []
    while stack:
        budget[0] -= 1
        if budget[0] < 0:
            return None
        node = stack.pop()
        if types.get(node) == b"VERTEX_POINT":
            found.append(node)
            continue
        for ref in refs.get(node, ()):
            if ref not in seen and types.get(ref) != b"CARTESIAN_POINT":
                seen.add(ref)
                stack.append(ref)
    return found


def step_problem(path: Path, diagonal: float, tolerance: float, solid: bool) -> str | None:
    """Why the STEP cannot be the measured part (a sentence), or None when nothing disagrees.

    `diagonal` is the diagonal of the STL's bounding box (the part as meshed)."""
    data = read_regular(path, MAX_STEP_BYTES)
    if data is None or not data.lstrip().startswith(b"ISO-10303-21;"):
        return "the STEP file is not a readable STEP file"
    text = _without_comments(data)
    if text is None:
        return "the STEP file is not a readable STEP file"
    units = _entities_with(text, b"LENGTH_UNIT")
    if not units or not all(_MILLIMETRE.search(unit) for unit in units):
        return "the STEP file is not in millimetres"
    solids = [m.group(1) for m in _SOLID_ENTITY.finditer(text)]
    if solid and not solids:
        return "the report says closed solid but the STEP file holds no solid"
    points: dict[bytes, tuple[float, float, float]] = {}
    for match in _POINT.finditer(text):
        x, y, z = (float(v) if v is not None else 0.0 for v in match.groups()[1:])
        points[match.group(1)] = (x, y, z)
    vertex_of = {m.group(0).split(b"=")[0].strip()[1:]: m.group(1) for m in _VERTEX.finditer(text)}
    if len(vertex_of) != text.count(b"VERTEX_POINT") or len(points) != text.count(b"CARTESIAN_POINT"):
        return "the STEP file has points this check cannot read"
    every = [points.get(v) for v in vertex_of.values()]
    if any(c is None for c in every):
        return "the STEP file has a vertex with no point"
    cloud = np.array(every, dtype=float).reshape(-1, 3)
    if not np.isfinite(cloud).all():
        return "the STEP file has a vertex that is not a finite number"
    if len(solids) <= len(every) and spread(cloud) <= diagonal + 2 * tolerance:
        # Each solid's vertices are a subset of these: none can be wider. (More solids than
        # vertices is no export's: the walk below judges that file.)
        return None
    types, refs = _graph(text)  # only then: which vertices belong to which solid
    budget = [2 * len(types) + 1000]
    for body in solids:
        vertices = _solid_vertices(body, types, refs, budget)
        if vertices is None:
            return "the STEP file's solids share more entities than a part's export does"
        corners = [points.get(vertex_of.get(v, b"")) for v in vertices]
        if any(c is None for c in corners):
            return "the STEP file has a vertex with no point"
        if not corners:
            continue
        cloud = np.array(corners, dtype=float)
        if not np.isfinite(cloud).all():
            return "the STEP file has a vertex that is not a finite number"
        width = spread(cloud)
        if width > diagonal + 2 * tolerance:
            return f"a solid in the STEP file spans {width:g} mm, more than the {diagonal:g} mm part in the STL"
    return None
