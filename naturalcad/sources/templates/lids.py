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
_OVER = re.compile(r"\b(?:slips?|slip|fits?|push(?:es)?|pushed|goes|slides?|pressed|press)\s+(?:over|onto|on\s+to)\s+(?:an?|the)\s+"
                   r"(?:[a-z]+\s+){0,3}?(?:(?:which|that)\s+is\s+)?(?P<a>" + _N + r")\s*(?:mm\s*)?"
                   r"(?:(?:x|×|by)\s*(?P<b>" + _N + r")\s*(?:mm\s*)?)?(?P<od>od\b|o/d\b|outside\b|outer\b|dia\b|diameter\b)?"
                   r"(?P<sq>\s*(?:square|sq)\b(?=\s+(?:post|tube|pipe|bar|section|box|leg|column|stock|profile)))?"
                   # "cover for a 38 x 38 square post": what it is for is what it goes over
                   r"|\bfor\s+an?\s+(?P<fa>" + _N + r")\s*(?:mm\s*)?(?:(?:x|×|by)\s*(?P<fb>" + _N + r")\s*(?:mm\s*)?)?"
                   r"(?P<fsq>(?:square|sq)\s+)?(?:post|tube|box\s+section|section|bar|leg|column|profile)\b", re.I)
# the closed end or top: "3mm closed end", "top 3 thick", "4 mm top"
_TOP = re.compile(r"(?P<t>" + _N + r")\s*(?:mm\s*)?(?:thick\s+)?(?:closed\s+end|end\s+wall|top\s+plate|top|crown)\b"
                  r"|\btop\s+(?:plate\s+)?(?:is\s+)?(?P<t2>" + _N + r")\s*(?:mm\s*)?thick\b", re.I)
# how far a cap goes on: "goes 20 mm onto the pipe", "20 mm deep socket"
_ONTO = re.compile(r"\b(?:goes|slides|pushes|fits)\s+(?P<d>" + _N + r")\s*(?:mm\s*)?(?:onto|on\s+to|over|into)\b", re.I)


# the pieces of a cap described one by one: "2 mm skirt", "skirt 2 thick", "2 mm walls"; "12 high overall"; "80x80 outside"
_SKIRT = re.compile(r"(?P<w>" + _N + r")\s*(?:mm\s*)?(?:thick\s+)?(?:skirt|lip|sleeve|side\s*walls?|walls?|sides)\b"
                    r"|\b(?:skirt|lip|sleeve|walls?|sides)\s+(?:is\s+|are\s+|of\s+)?(?P<w2>" + _N + r")\s*(?:mm\s*)?(?:thick|wide)?\b", re.I)
_HIGH = re.compile(r"(?P<h>" + _N + r")\s*(?:mm\s*)?(?:high|tall|deep)\s+overall\b|\boverall\s+(?:height\s+)?(?:of\s+)?(?P<h2>" + _N + r")"
                   r"|(?P<h3>" + _N + r")\s*(?:mm\s*)?overall\s+(?:height|high|tall)\b", re.I)
_OUTSIDE = re.compile(r"(?P<a>" + _N + r")\s*(?:mm\s*)?(?:x|×|by)\s*(?P<b>" + _N + r")\s*(?:mm\s*)?(?:outside|outer|o/a)\b"
                      r"|\b(?:outside|outer)\s+(?:size\s+)?(?:is\s+)?(?P<c>" + _N + r")\s*(?:mm\s*)?(?:square|sq)\b"
                      r"|\b(?:outside|outer)\s+(?:size\s+)?(?:is\s+)?(?P<d>" + _N + r")\s*(?:mm\s*)?(?:x|×|by)\s*(?P<e>" + _N + r")", re.I)


_CONTAINER = re.compile(r"\b(?:enclosure|housing|case|container|tray|tub|bin|box)\b(?!\s+section)", re.I)


def _inside(over: re.Match[str] | None) -> list[float]:
    """What the lid goes over, as its inside: "over a 60 x 60 box" (two sides), "over an 76 square post" (76 x 76)."""
    if over is None:
        return []
    a, b = _f(over.group("a") or over.group("fa")), _f(over.group("b") or over.group("fb"))
    if a is not None and b is None and (over.group("sq") or over.group("fsq")):
        b = a
    return [v for v in (a, b) if v]


def _by_pieces(spec: PartSpec, over: re.Match[str] | None, top: re.Match[str] | None) -> None:
    """A cap given piece by piece: its skirt (or walls) and top thickness, its height overall, and its outside or what
    it goes over ("cap that fits over an 76 square post: 80x80 outside, 12 high overall, 2 mm skirt, 3 mm top")."""
    text = spec.text
    if _CONTAINER.search(text):
        return   # "an enclosure ... with a lid, 2 mm walls": the walls are the container's
    skirt, high, outside = _SKIRT.search(text), _HIGH.search(text), _OUTSIDE.search(text)
    if skirt is None or top is None or high is None:
        return
    wall, floor = _f(skirt.group("w") or skirt.group("w2")), _f(top.group("t") or top.group("t2"))
    height = _f(high.group("h") or high.group("h2") or high.group("h3"))
    inside = _inside(over)
    outer: list[float] = []
    if outside is not None:
        outer = [v for v in (_f(outside.group("a") or outside.group("d")), _f(outside.group("b") or outside.group("e")))
                 if v] or [_f(outside.group("c")) or 0.0] * 2
    if wall is None or floor is None or height is None or height <= floor or not (inside or outer):
        return
    if len(inside) == 1 and not outer:
        return   # a round cap over a pipe: the cup reads it
    footprint = outer if len(outer) == 2 else [v + 2 * wall for v in inside]
    d = spec.dims
    for key in ("diameter", "outer_diameter", "inner_diameter", "thickness", "width", "height", "depth", "wall", "floor",
                "length"):
        d.pop(key, None)
    spec.groups[:] = [g for g in spec.groups if sorted(g[:2]) not in (sorted(footprint), sorted(inside))]
    spec.groups.insert(0, footprint)
    spec.loose[:] = [v for v in spec.loose if v not in (wall, floor, height, *inside, *footprint)]
    d.update(wall=wall, floor=floor, height=height, _upturned=1)
    spec.open_top = spec.hollow = True
    size = " x ".join(f"{v:g}" for v in footprint)
    fits = f", over {' x '.join(f'{v:g}' for v in inside)}" if inside else ""
    spec.understood.append(f"a cap by its pieces: an upturned box {size}{fits}, {floor:g} top, {wall:g} skirt, "
                           f"{height:g} tall overall")


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
        _by_pieces(spec, over, top)
        return
    if wall is None or drop is None or floor is None:
        return
    inside = _inside(over)
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
