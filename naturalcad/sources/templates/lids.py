"""A lid or cap with a lip, skirt or sleeve round its edge is a cup (or open box) turned over.

"round lid 70 across, 4 thick, lip underneath 3 wide and 2 tall at the edge": the lid's top is the cup's floor
(4), the lip its wall (3) and the height the top plus the lip (6). What the lid or cap goes over gives its inside:
"a lid that slips over a box which is 60 x 60 outside ... skirt 2 thick going down 10" is 64 x 64 x 13, and
"an end cap to push over a 25mm OD pipe, 1.5 wall, 3mm closed end, goes 20 mm onto the pipe" has a 25 bore, 28 OD
and is 23 tall. The sizes are rewritten into the cup's and the box's roles (`dims["_upturned"]` marks the part for
the cup and open box families), so the reading binds every number to one of them.
A lip set in from the edge (one that fits inside a box) is not this: it is left to the enclosure family.
"""

from __future__ import annotations

import re

from .parse import PartSpec

_N = r"\d+(?:[.,]\d+)?"
_NOUN = re.compile(r"\b(?:lid|cap|cover|endcap|hood)s?\b", re.I)
# "lip underneath 3 wide and 2 tall", "skirt 2 thick going down 10", "rim 3 wide, 5 deep"
_LIP = re.compile(r"\b(?:lip|skirt|rim|sleeve)\b[^.;]{0,30}?(?P<w>" + _N + r")\s*(?:mm\s*)?(?:wide|thick|wall)\b"
                  r"[^.;]{0,25}?(?:(?P<h>" + _N + r")\s*(?:mm\s*)?(?:tall|high|deep|long|down|below)\b"
                  r"|\b(?:going|goes|extending|extends|hanging|hangs|reaching)\s+down\s+(?P<h2>" + _N + r"))", re.I)
# the lip is at the edge (or it goes over something): an outer lip, not one set in to fit inside a box
_AT_EDGE = re.compile(r"\bat\s+the\s+(?:outer\s+|outside\s+)?(?:edge|rim|perimeter)\b|\bround\s+the\s+(?:edge|rim)\b"
                      r"|\bflush\s+with\s+the\s+(?:edge|outside)\b|\bskirt\b|\bover\b", re.I)
_INSIDE_LIP = re.compile(r"\b(?:fits?|fitting|locating|locates|goes|sits?)\s+(?:inside|into|in)\b|\binset\b|\bin\s+from\b", re.I)
# what it goes over: "slips over a box which is 60 x 60 outside", "push over a 25mm OD pipe"
_OVER = re.compile(r"\b(?:slips?|fits?|push(?:es)?|pushed|goes|slides?|pressed|press)\s+(?:over|onto|on\s+to)\s+(?:an?|the)\s+"
                   r"(?:[a-z]+\s+){0,3}?(?:(?:which|that)\s+is\s+)?(?P<a>" + _N + r")\s*(?:mm\s*)?"
                   r"(?:(?:x|×|by)\s*(?P<b>" + _N + r")\s*(?:mm\s*)?)?(?P<od>od\b|o/d\b|outside\b|outer\b|dia\b|diameter\b)?", re.I)
# the closed end or top: "3mm closed end", "top 3 thick", "4 mm top"
_TOP = re.compile(r"(?P<t>" + _N + r")\s*(?:mm\s*)?(?:thick\s+)?(?:closed\s+end|end\s+wall|top\s+plate|top|crown)\b"
                  r"|\btop\s+(?:plate\s+)?(?:is\s+)?(?P<t2>" + _N + r")\s*(?:mm\s*)?thick\b", re.I)
# how far a cap goes on: "goes 20 mm onto the pipe", "20 mm deep socket"
_ONTO = re.compile(r"\b(?:goes|slides|pushes|fits)\s+(?P<d>" + _N + r")\s*(?:mm\s*)?(?:onto|on\s+to|over|into)\b", re.I)


def _f(text: str | None) -> float | None:
    return float(text.replace(",", ".")) if text else None


def upturned(spec: PartSpec) -> None:
    """Rewrite a lid's or cap's sizes into an upturned cup's or box's (in place)."""
    text = spec.text
    if not _NOUN.search(text) or _INSIDE_LIP.search(text):
        return
    lip, over, top, onto = _LIP.search(text), _OVER.search(text), _TOP.search(text), _ONTO.search(text)
    d = spec.dims
    if lip is not None and (_AT_EDGE.search(text) or over is not None):
        wall, drop = _f(lip.group("w")), _f(lip.group("h") or lip.group("h2"))
        floor = _f(top.group("t") or top.group("t2")) if top is not None else d.get("thickness")
    elif over is not None and over.group("od") and onto is not None and "wall" in d and top is not None:
        wall, drop, floor = d["wall"], _f(onto.group("d")), _f(top.group("t") or top.group("t2"))  # a cap over a pipe
    else:
        return
    if wall is None or drop is None or floor is None:
        return
    inside = [v for v in (_f(over.group("a")), _f(over.group("b"))) if v] if over is not None else []
    outer = d.get("outer_diameter") or d.get("diameter")
    square = len(inside) == 2 or (not inside and any(len(g) >= 2 for g in spec.groups))
    for key in ("diameter", "outer_diameter", "inner_diameter", "thickness", "width", "height", "depth", "wall", "floor"):
        d.pop(key, None)
    spec.group_roles.pop("outer_diameter", None)
    spec.loose[:] = [v for v in spec.loose if v not in (drop, floor, *inside)]
    if square:
        footprint = [v + 2 * wall for v in inside] if inside else list(spec.groups.pop(0)[:2])
        spec.groups.insert(0, footprint)
        size = " x ".join(f"{v:g}" for v in footprint)
    else:
        od = inside[0] + 2 * wall if inside else outer
        if od is None:
            return
        d["outer_diameter"] = od
        size = f"Ø{od:g}"
    d.update(wall=wall, floor=floor, height=floor + drop, _upturned=1)
    spec.open_top = spec.hollow = True
    spec.understood.append(f"a lid with its lip round the edge: an upturned {'box' if square else 'cup'} {size}, "
                           f"{floor:g} top, {wall:g} lip, {floor + drop:g} tall")
