"""T-slot aluminium extrusion (2020, 3030, 4040, 4080 ...): outline, slots and centre bores.

The series name is read by `naturalcad.prompt.standards` into "t-slot profile W x H mm section";
the slot and bore come from the series table (`naturalcad.prompt.tables.profiles`). The slot is
modelled as a neck and a rectangular T pocket, which keeps outline, slot opening and bore true.
"""

from __future__ import annotations

from ....prompt.tables.profiles import PROFILES, SOURCE, TSlotProfile
from ..parse import PartSpec
from ..script import P
from .base import Example, Family, Match, Notes, best, dim, dimension_group, positive, r4, take_loose

VOCABULARY = ("t-slot", "tslot", "v-slot", "vslot", "extrusion")


def match(spec: PartSpec) -> Match | None:
    return best([Match(92, "it names a T-slot extrusion") if spec.has(*VOCABULARY) else None])


def _series(width: float, height: float) -> TSlotProfile | None:
    for p in PROFILES.values():
        if abs(p.width - width) < 0.01 and abs(p.height - height) < 0.01:
            return p
    return None


def tslot_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    group = dimension_group(spec, "size") or []
    width, height = (min(group[:2]), max(group[:2])) if len(group) >= 2 else (20.0, 20.0)
    if len(group) < 2:
        notes.assume("profile section", "20 x 20 (2020 series)", "")
    row = _series(width, height)
    if row is None:
        nearest = min(PROFILES.values(), key=lambda p: abs(p.width - width))
        row = TSlotProfile("custom", width, height, nearest.slot, nearest.slot_depth * width / nearest.width,
                           nearest.bore, nearest.end_thread)
        notes.add(f"no {width:g} x {height:g} series in the table: slots scaled from the {nearest.series} series")
    length = dim(spec, "length", "height")
    if length is None and len(group) >= 3:
        length = group[2]
    if length is None:
        length = take_loose(spec)
    length = positive(length, 500.0, "length", notes)
    notes.add(f"{row.series} profile ({SOURCE}): {row.slot:g} mm slots, {row.bore:g} mm centre bore for {row.end_thread}")
    return [P("width", r4(row.width), "mm, profile width"),
            P("height", r4(row.height), "mm, profile height (a multiple of the width)"),
            P("length", r4(length), "mm, cut length"),
            P("slot_width", r4(row.slot), "mm, slot opening"),
            P("slot_depth", r4(row.slot_depth), "mm, face to the bottom of the T"),
            P("bore", r4(row.bore), "mm, centre bore (end tapping hole)")]


def tslot_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    return """
cells = max(1, round(height / width))           # a 4080 is two 40 x 40 cells
core = width / 2 - slot_depth                   # solid core around each bore
t_width = min(slot_width * 1.6, 2 * core - 1)   # the T pocket behind the opening
neck = slot_depth * 0.3


def slot(face_x, face_y, nx, ny):
    # the opening (neck) and the T pocket, cut inward from a face whose outward normal is (nx, ny)
    along = (slot_width, neck + 0.2) if ny else (neck + 0.2, slot_width)
    pocket = (t_width, slot_depth - neck) if ny else (slot_depth - neck, t_width)
    d_neck = neck / 2 - 0.1
    d_pocket = neck + (slot_depth - neck) / 2
    return [Pos(face_x - nx * d_neck, face_y - ny * d_neck) * Rectangle(*along),
            Pos(face_x - nx * d_pocket, face_y - ny * d_pocket) * Rectangle(*pocket)]


section = Rectangle(width, height)
cuts = []
for k in range(cells):
    cy = (k - (cells - 1) / 2) * width
    cuts += slot(width / 2, cy, 1, 0) + slot(-width / 2, cy, -1, 0)
    cuts.append(Pos(0, cy) * Circle(bore / 2))
cuts += slot(0, height / 2, 0, 1) + slot(0, -height / 2, 0, -1)
for cut in cuts:
    section = section - cut
""" + ("result = section\n" if output_type == "2d_vector" else "result = extrude(section, length)\n")


EXAMPLES = (
    Example("2020 extrusion 300 long", (20, 20, 300), None, 1),
    Example("4080 t-slot profile, 250 mm", (40, 80, 250), None, 2),
    Example("DXF of a 3030 extrusion section", None, None, None, "2d_vector"),
)

FAMILY = Family("tslot_profile", "T-slot aluminium extrusion (2020, 3030, 4040, 4080 series)", ("3d_solid", "2d_vector"),
                tslot_params, tslot_body, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)
