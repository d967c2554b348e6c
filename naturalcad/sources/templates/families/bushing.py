"""Flanged bushings (flanged sleeve bearings, top-hat bushes): bore, OD, length, flange OD and thickness.

A plain bush or sleeve is left to the tube family, which makes the same part.

Length is the overall length including the flange, as sleeve-bearing catalogues give it
(ISO 4379 `b1`, igus `b1`, SKF PCMF `B`), when written "20 overall" or "total length 20"; a
length written "15 long plus a 2 mm flange", or as the barrel's ("barrel 30 long"), excludes the
flange. A plain "20 long" is read as overall and said so (it is ambiguous: not a `high` reading).
The flange's sizes are read around the word flange in any order ("flange Ø20 x 3",
"a 2 mm Ø22 flange", "3 mm thick Ø34 flange", "flange of 25 dia"): a size marked Ø or dia is its
diameter, one marked thick its thickness, else the size larger than the body is the diameter. Sizes not given follow ISO 4379 proportions
roughly: wall about a fifth of the bore, length equal to the bore, flange as wide again
as twice the wall.
"""

from __future__ import annotations

import math

from ..numbers import Token
from ..parse import PartSpec
from ..script import P
from .base import Example, Family, Impossible, Match, Notes, dim, r4
from .blocks import ALIGN_MIN_Z
from .phrasing import noun_sizes, tokens

VOCABULARY = ('bush', 'bushing', 'bushes', 'bushings', 'sleeve', 'sleeves', 'top-hat', 'tophat', 'flanged',
              'bronze', 'oilite', 'sintered', 'plain', 'liner', 'barrel', 'overall', 'total')

_FLANGE_WORDS = {"flange", "flanged", "collar", "shoulder", "head"}
_SHAFT_WORDS = {"shaft", "pin", "axle", "rod", "spindle"}


def match(spec: PartSpec) -> Match | None:
    named = spec.has("bush", "bushing", "bushes", "bushings", "sleeve", "sleeves", "top-hat", "tophat") or \
        spec.phrase(r"\btop hat\b|\bsleeve bearing|\bplain bearing")
    if not named:
        return None
    if _flanged(spec):
        return Match(85, "it names a flanged bushing")   # above "flange" (78)
    return None   # a plain bush or sleeve is a tube (tube.py makes it, the same part)


def _flanged(spec: PartSpec) -> bool:
    return spec.has("flange", "flanged", "top-hat", "tophat", "shoulder", "collar") or spec.phrase(r"\btop hat\b")


_FLANGE_SKIP = {"mm", "dia", "diameter", "ø", "thick", "thk", "thickness", "x", "by", "×", "*", "a", "an", "of", ":",
                "=", "is", "od"}
_NOT_FLANGE = {"long", "overall", "total", "length", "oal", "high", "tall", "bore", "id"}


def _flange_sizes(spec: PartSpec, od: float | None) -> tuple[float | None, float | None, set[float]]:
    """(diameter, thickness, every size read) of the flange, from the sizes written around the
    first mention of the flange that carries any (see the module docstring)."""
    toks = tokens(spec)
    for i, t in enumerate(toks):
        if t.kind != "word" or t.text not in _FLANGE_WORDS - {"flanged"}:
            continue
        sized: list[tuple[float, str | None]] = []
        for step in (-1, 1):
            k, seen = i + step, 0
            while 0 <= k < len(toks) and seen < 2:
                tk = toks[k]
                if tk.kind == "num":
                    nxt = toks[k + 1].text if k + 1 < len(toks) else ""
                    prev = toks[k - 1].text if k > 0 else ""
                    if nxt in _NOT_FLANGE or (step < 0 and prev in _NOT_FLANGE | {"plus"}):
                        break
                    # "2 mm Ø22": the Ø is the 22's; "18 dia 2 thick": the dia is the 18's
                    marks_next = k + 2 < len(toks) and toks[k + 2].kind == "num" and \
                        (k + 3 >= len(toks) or toks[k + 3].text not in ("thick", "thk"))
                    role = "thickness" if nxt in ("thick", "thk") or prev in ("thickness",) else \
                        "diameter" if (prev in ("dia", "ø", "diameter") and not _role_of_prior(toks, k)) or \
                        (nxt in ("dia", "diameter", "od") and not marks_next) else None
                    sized.append((tk.value, role))
                    seen += 1
                elif not (tk.kind in ("word", "sym") and tk.text in _FLANGE_SKIP):
                    break
                k += step
        if not sized:
            continue
        dia = next((v for v, r in sized if r == "diameter"), None)
        thick = next((v for v, r in sized if r == "thickness"), None)
        free = sorted((v for v, r in sized if r is None), reverse=True)
        for v in free:   # "flange 14 x 2": the larger is the diameter; a lone "3 mm flange" is its thickness
            if dia is None and (od is None or v > od or (thick is None and len(free) > 1)) and v != thick:
                dia = v
            elif thick is None and v != dia:
                thick = v
        return dia, thick, {v for v, _ in sized}
    return None, None, set()


def _role_of_prior(toks: list[Token], k: int) -> bool:
    """Is the "dia" before toks[k] the role word of the number before it ("18 dia 2 thick")?"""
    return k >= 2 and toks[k - 2].kind == "num" and k + 1 < len(toks) and toks[k + 1].text in ("thick", "thk")


def _overall(spec: PartSpec) -> float | None:
    """"20 overall", "total length 16", "12 long overall": the length that includes the flange."""
    toks = tokens(spec)
    for i, t in enumerate(toks):
        if t.kind != "num":
            continue
        after = [x.text for x in toks[i + 1:i + 3]]
        before = [x.text for x in toks[max(0, i - 3):i]]
        if after[:1] in (["overall"], ["total"], ["oal"]) or after[:2] in (["long", "overall"], ["length", "overall"], ["long", "total"]):
            return t.value
        if (before and before[-1] in ("overall", "total", "oal")) or before[-2:] in (["overall", "length"],
                                                                                     ["total", "length"]):
            return t.value
    return None


def _length_excludes_flange(spec: PartSpec) -> bool:
    """"15 long plus a 2 mm flange", "barrel 30 long", "body length 20": the flange adds to it."""
    return spec.phrase(r"\b(?:plus|\+)\b[^,;]*\b(?:flange|collar|shoulder|head)|\bbarrel\b|\bbody length\b|"
                       r"\b(?:under|below) the (?:flange|collar|head)\b|\bexcluding the (?:flange|collar)\b"
                       # "body 14 OD sticking out 12 below a 22 dia flange": how far the body stands out from the flange
                       r"|\b(?:stick(?:s|ing)?|stand(?:s|ing)?|project(?:s|ing)?|protrud(?:es|ing)|extend(?:s|ing)?)\s+(?:out\s+|down\s+)?"
                       r"\d+(?:\.\d+)?\s*(?:mm\s+)?(?:below|under|beneath|beyond|past|from)\b")


def bushing_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    od_given = dim(spec, "outer_diameter")
    fd, ft, flange_read = _flange_sizes(spec, od_given) if _flanged(spec) else (None, None, set())
    flange_values = sorted(flange_read, reverse=True)
    overall = _overall(spec)
    shaft = noun_sizes(spec, _SHAFT_WORDS, skip={"mm", "dia", "diameter", "round"})
    bore = dim(spec, "inner_diameter", "bore", "hole_diameter")
    if bore is None and shaft is not None and shaft.before is not None:
        bore = shaft.before                      # "for a 10 mm shaft"
    od = dim(spec, "outer_diameter")
    wall = dim(spec, "wall")
    length = dim(spec, "length", "height", "width")
    if overall is not None:
        length = overall
    if od is None and "diameter" in spec.dims and spec.dims["diameter"] not in flange_values:
        od = spec.dims["diameter"]
    taken = set(flange_values) | {v for v in (bore, od, length, wall, overall) if v is not None}
    loose = [v for v in spec.loose if v not in taken]
    group = next((g for g in spec.groups if not set(g) & set(flange_values)), None)
    if group and bore is None and od is None and len(group) >= 2:
        # "bush 16 x 10 x 20": two diameters in either order, then the length
        od, bore = max(group[:2]), min(group[:2])
        if length is None and len(group) >= 3:
            length = group[2]
    if bore is None and loose:
        bore = loose.pop(0)
    if od is None and wall is not None and bore is not None:
        od = bore + 2 * wall
    if length is None and loose:
        length = loose.pop(0)
    if bore is None:
        bore = 10.0
        notes.assume("bore", bore, main=True)
    if od is None:
        od = float(bore + max(2.0, math.ceil(bore * 0.2) * 2))
        notes.assume("outside diameter", od, main=True)
    if od <= bore:
        raise Impossible(f"the outside diameter {od:g} mm must be larger than the bore {bore:g} mm")
    given_length = length is not None
    if length is None:
        length = float(bore)
        notes.assume("length", length, main=True)
    params = [P("bore", r4(bore), "mm, inside diameter"),
              P("outer_diameter", r4(od), "mm, outside diameter of the body"),
              P("length", r4(length), "mm, overall length including the flange")]
    if _flanged(spec):
        wall_t = (od - bore) / 2
        if ft is None and "thickness" in spec.dims and spec.dims["thickness"] != length:
            ft = spec.dims["thickness"]          # "22 mm flange 3 thick"
        if fd is None:
            fd = r4(od + 4 * wall_t)
            notes.assume("flange diameter", fd)
        if ft is None:
            ft = r4(max(1.0, wall_t))
            notes.assume("flange thickness", ft)
        if given_length and _length_excludes_flange(spec):
            notes.add(f"overall length {r4(length + ft):g} mm: the {length:g} mm barrel plus the {ft:g} mm flange")
            params[2] = P("barrel_length", r4(length), "mm, length of the barrel, the flange not included")
            length = r4(length + ft)
        elif given_length and overall is None:
            notes.read_as("overall length", length, f"length {length:g} mm read as overall, the flange included")
        if fd <= od:
            raise Impossible(f"the flange diameter {fd:g} mm must be larger than the body OD {od:g} mm")
        if ft >= length:
            raise Impossible(f"the flange ({ft:g} mm thick) must be thinner than the overall length {length:g} mm")
        params += [P("flange_diameter", r4(fd), "mm, flange outside diameter"),
                   P("flange_thickness", r4(ft), "mm, flange thickness" +
                     (" (added to the barrel)" if params[2].name == "barrel_length" else " (part of the length)"))]
        params += _flange_holes(spec, notes, od, fd)
    return params


def _flange_holes(spec: PartSpec, notes: Notes, od: float, fd: float) -> list[P]:
    """"4 x 5.5 holes on a 35 PCD in the flange": mounting holes through the flange on a bolt circle.

    The circle not given sits midway between the body and the flange's rim (said so); holes that
    would cut into the body, run off the rim or into each other are refused with the clash."""
    count = spec.counts.get("holes", 0)
    hole = dim(spec, "hole_diameter")
    if count < 1 or hole is None:
        return []
    pcd = dim(spec, "pcd")
    if pcd is None:
        pcd = r4((od + fd) / 2)
        notes.assume("bolt circle diameter (midway across the flange)", pcd)
    if pcd / 2 - hole / 2 < od / 2:
        raise Impossible(f"the {hole:g} mm flange holes on a {pcd:g} mm circle cut {r4(od / 2 - (pcd - hole) / 2):g} mm "
                         f"into the {od:g} mm body. Use a bolt circle of at least {r4(od + hole):g} mm.")
    if pcd / 2 + hole / 2 > fd / 2:
        raise Impossible(f"the {hole:g} mm flange holes on a {pcd:g} mm circle run {r4((pcd + hole - fd) / 2):g} mm off the "
                         f"{fd:g} mm flange. Use a bolt circle of at most {r4(fd - hole):g} mm.")
    if count > 1 and pcd * math.sin(math.pi / count) <= hole:
        raise Impossible(f"{count} holes of {hole:g} mm on a {pcd:g} mm circle run into each other; use fewer or smaller holes.")
    return [P("hole_count", int(count), "holes through the flange"),
            P("hole_diameter", r4(hole), "mm, flange hole diameter"),
            P("bolt_circle", r4(pcd), "mm, bolt circle (PCD) of the flange holes")]


def bushing_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    body = "\nlength = barrel_length + flange_thickness  # overall\n" if "barrel_length" in values else ""
    body += f"\nresult = Cylinder(outer_diameter / 2, length, {ALIGN_MIN_Z})\n"
    if "flange_diameter" in values:
        body += f"result += Cylinder(flange_diameter / 2, flange_thickness, {ALIGN_MIN_Z})  # flange at the bottom\n"
    body += f"result -= Cylinder(bore / 2, length, {ALIGN_MIN_Z})\n"
    if "hole_count" in values:
        body += ("result -= PolarLocations(bolt_circle / 2, hole_count) * "
                 f"Cylinder(hole_diameter / 2, flange_thickness, {ALIGN_MIN_Z})  # holes through the flange\n")
    return body


def _ring(od: float, d: float, h: float) -> float:
    return math.pi / 4 * (od * od - d * d) * h


EXAMPLES = (
    Example("bronze bush 12 ID 16 OD 20 long with 22 mm flange 3 thick", (20, 22, 22),
            _ring(16, 12, 17) + _ring(22, 12, 3), 1),
    Example("flanged bushing: 10 ID, 14 OD, flange 20 dia x 2 thick, overall length 20", (20, 20, 20),
            _ring(14, 10, 18) + _ring(20, 10, 2), 1),
    Example("flanged sleeve bearing ID 20 OD 23 length 15 flange 30 x 1.5", (15, 30, 30), _ring(23, 20, 13.5) + _ring(30, 20, 1.5), 1),
    Example("flanged bush for a 10 mm shaft", (10, 22, 22), _ring(14, 10, 8) + _ring(22, 10, 2), 1),
    # the flange outside the length ("plus", "barrel") or inside it ("overall"), its sizes in any order
    Example("flanged sleeve, 12 ID 16 OD, 15 long plus a 2 mm Ø22 flange", (17, 22, 22),
            _ring(16, 12, 15) + _ring(22, 12, 2), 1),
    Example("flange bush 20 bore, 26 outside, barrel 30 long, 3 mm thick Ø34 flange", (33, 34, 34),
            _ring(26, 20, 30) + _ring(34, 20, 3), 1),
    Example("sleeve bearing with collar: 6 ID, 10 OD, 12 long overall, collar Ø14 x 1.5", (12, 14, 14),
            _ring(10, 6, 10.5) + _ring(14, 6, 1.5), 1),
)

FAMILY = Family("bushing", "plain or flanged bushing / sleeve bearing", ("3d_solid",), bushing_params, bushing_body,
                vocabulary=VOCABULARY, match=match, examples=EXAMPLES)
