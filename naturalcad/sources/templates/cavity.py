"""A container's cavity said as the cavity: "25 deep inside", "40 mm internal depth", "clear inside
... 30 deep", and walls and floor given by one number ("3 mm sides and floor", "2 mm floor and walls").

A cavity size must become the cavity: the outside height is the inside depth plus the floor.
A bare "30 deep" on a tray whose floor is given is open to two readings (the outside height,
or the depth of the well); the family reads it as the outside height, says so, and keeps the
reading off `high` (`depth_read_as_overall`).
"""

from __future__ import annotations

import re

from .parse import PartSpec

_CONTAINERS = ("cup", "mug", "tray", "box", "bin", "container", "pot", "bucket", "enclosure", "case", "tub", "jar",
               "planter", "crate", "canister", "tank", "housing", "beaker", "drawer")
_NUM = r"(?P<n>\d+(?:[.,]\d+)?)"
_SURFACE = r"(?:walls?|sides?|floor|base|bottom)"
# "3 mm sides and floor", "2 mm floor and walls", "walls and base 2.5 mm", "walls and floor of 3"
_SHARED = (re.compile(rf"{_NUM}\s*(?:mm\s*)?(?:thick\s+)?(?P<a>{_SURFACE})\s+(?:and|&|\+)\s+(?:the\s+)?(?P<b>{_SURFACE})\b", re.I),
           re.compile(rf"\b(?P<a>{_SURFACE})\s+(?:and|&)\s+(?:the\s+)?(?P<b>{_SURFACE})\s*(?:of\s+|are\s+|both\s+|:\s*|=\s*)?"
                      rf"{_NUM}\s*(?:mm)?\b", re.I))
# the depth of the cavity: "25 deep inside", "40 mm internal depth", "inside depth 30", "inside 120 x 80 x 20 deep"
_CAVITY_DEPTH = (
    re.compile(rf"{_NUM}\s*(?:mm\s*)?(?:deep\s+(?:inside|internally|on\s+the\s+inside|cavity|pocket|well)\b|"
               r"(?:inside|internal|inner|interior|clear|cavity|usable)\s+depth\b)", re.I),
    re.compile(rf"\b(?:inside|internal|inner|interior|clear|cavity|usable)\s+depth\s*(?:of\s*|is\s*)?[:=]?\s*{_NUM}", re.I),
    re.compile(rf"\b(?:inside|internal|interior|clear\s+inside)\b[^.;]{{0,30}}?(?<![\d.]){_NUM}\s*(?:mm\s*)?deep\b", re.I),
)
_OVERALL = re.compile(r"\boverall\b|\b(?:outside|outer|total|external)\s+(?:height|depth)\b", re.I)
_BARE_DEPTH = re.compile(rf"(?<![\w.]){_NUM}\s*(?:mm\s*)?deep\b", re.I)


def _container(spec: PartSpec) -> bool:
    return (spec.hollow or spec.open_top) and spec.has(*_CONTAINERS)


def _floor(spec: PartSpec) -> float | None:
    for key in ("floor", "bottom", "base", "wall", "thickness"):
        if spec.dims.get(key):
            return spec.dims[key]
    return None


def shared_thickness(spec: PartSpec) -> None:
    """"3 mm sides and floor", "walls and floor 2.5": one number for the walls and the floor (in place); read
    before the inside sizes, which need the walls."""
    if not _container(spec):
        return
    for rx in _SHARED:
        m = rx.search(spec.text)
        if m:
            value = float(m.group("n").replace(",", "."))
            for word in (m.group("a").lower(), m.group("b").lower()):
                role = "wall" if word.startswith(("wall", "side")) else "floor"
                spec.dims.setdefault(role, value)
            break


def cavity_roles(spec: PartSpec) -> None:
    """Walls and floor of one number; a cavity depth plus the floor as the outside height (in place)."""
    if not _container(spec):
        return
    shared_thickness(spec)
    if _OVERALL.search(spec.text):
        return
    if not any(rx.search(spec.text) for rx in _CAVITY_DEPTH):
        _depth_under_outside(spec)
        return
    for rx in _CAVITY_DEPTH:
        m = rx.search(spec.text)
        if m is None:
            continue
        depth = float(m.group("n").replace(",", "."))
        floor = _floor(spec)
        key = next((k for k in ("height", "depth", "inner_diameter") if spec.dims.get(k) == depth), None)
        if floor is None or key is None or (key != "height" and "height" in spec.dims):
            return  # "40 tall, inside depth 36": both said, left for the feasibility check to hold together
        del spec.dims[key]
        spec.dims["height"] = depth + floor
        spec.understood.append(f"{depth:g} deep inside + {floor:g} floor = {depth + floor:g} mm outside height")
        return


# the footprint said to be the outside: "50 OD", "100x50 footprint outside", "outside 120 x 80", "outer diameter 60"
_OUTSIDE_FOOTPRINT = re.compile(r"\b(?:od|o/d|outside|outer|external|exterior)\b", re.I)


def _depth_under_outside(spec: PartSpec) -> None:
    """"cup 50 OD, 30 deep, 3 mm bottom", "box 100x50 footprint outside, 30 deep, base 3": the outside is said for
    the footprint and not for the depth, so the depth is the cavity's and the floor goes under it (33 tall). Still
    open to the other reading (the outside height), which the family says (`depth_read_as_inside`)."""
    d = spec.dims
    depth = d.get("depth")
    floor = d.get("floor") or d.get("bottom")
    if depth is None or floor is None or "height" in d or not _OUTSIDE_FOOTPRINT.search(spec.text):
        return
    if not _BARE_DEPTH.search(spec.text):
        return
    del d["depth"]
    d["height"] = depth + floor
    d["_depth_inside"] = depth
    spec.understood.append(f"{depth:g} deep inside an outside-sized footprint + {floor:g} floor = {depth + floor:g} mm")


def depth_read_as_inside(spec: PartSpec) -> tuple[float, float] | None:
    """(depth, floor) when a bare "N deep" was read as the cavity's depth under an outside footprint."""
    depth = spec.dims.get("_depth_inside")
    floor = spec.dims.get("floor") or spec.dims.get("bottom")
    return (depth, floor) if depth and floor else None


def depth_read_as_overall(spec: PartSpec, height: float) -> float | None:
    """The "N deep" of a container with a floor given that became its outside height: open to the
    other reading (the depth of the well); None when the words settle it."""
    if not _container(spec) or _OVERALL.search(spec.text) or any(rx.search(spec.text) for rx in _CAVITY_DEPTH):
        return None
    if not any(spec.dims.get(k) for k in ("floor", "bottom", "base")) and not re.search(r"\b(?:floor|base|bottom)\b",
                                                                                       spec.text, re.I):
        return None
    m = _BARE_DEPTH.search(spec.text)
    if m is None or float(m.group("n").replace(",", ".")) != height:
        return None
    return height


# "a 30 dia pocket 60 deep", "a Ø40 bore 45 deep": the well named as a feature, with its own size and depth
_WELL = re.compile(rf"{_NUM}\s*(?:mm\s*)?(?:dia\w*|diameter)\.?\s+(?:blind\s+)?(?:pocket|bore|recess|cavity|hole|well)\s+"
                   rf"(?:of\s+)?(?P<d>\d+(?:[.,]\d+)?)\s*(?:mm\s*)?deep\b", re.I)
# the bottom is to stay shut: "don't break through the bottom", "keep the bottom closed", "not through"
_BOTTOM_KEPT = re.compile(r"\b(?:don'?t|do not|must not|never|without)\s+(?:break(?:ing)?|go(?:ing)?|cut(?:ting)?)\s+through\b|"
                          r"\bkeep(?:ing)?\s+the\s+(?:bottom|floor|base)\s+(?:closed|shut|solid|intact)\b|"
                          r"\b(?:bottom|floor|base)\s+(?:stays?|remains?|kept)\s+(?:closed|shut|solid|intact)\b|"
                          r"\bclosed\s+(?:bottom|floor|base)\b|\bnot\s+(?:all\s+the\s+way\s+)?through\b|\bblind\b", re.I)


def named_well(spec: PartSpec) -> tuple[float, float, bool] | None:
    """(diameter, depth, bottom kept closed) of a well named as a pocket or bore in the prompt, if any."""
    text = spec.source_text or spec.text
    m = _WELL.search(text)
    if m is None:
        return None
    return float(m.group("n").replace(",", ".")), float(m.group("d").replace(",", ".")), _BOTTOM_KEPT.search(text) is not None
