"""Take the raw OCCT shape out of what a script left in `result`, trusting none of its methods.

A script can subclass `Box` and override `solids()`, `wrapped`, `volume` or `__repr__`, or
make `result` a builder subclass whose `part` lies. So the shape is read from the instance's
own attribute dict (`_wrapped` for a Shape, `_placed_obj`/`_part`... for a builder), and the
value found there must be exactly one of OCCT's TopoDS classes, not a subclass of one.
"""

from __future__ import annotations

from typing import Any, cast

from build123d import BuildLine, BuildPart, BuildSketch, Shape
from OCP.BRep import BRep_Builder
from OCP.TopoDS import (
    TopoDS_Compound,
    TopoDS_CompSolid,
    TopoDS_Edge,
    TopoDS_Face,
    TopoDS_Shape,
    TopoDS_Shell,
    TopoDS_Solid,
    TopoDS_Vertex,
    TopoDS_Wire,
)

_TOPODS = frozenset({TopoDS_Shape, TopoDS_Compound, TopoDS_CompSolid, TopoDS_Solid, TopoDS_Shell, TopoDS_Face,
                     TopoDS_Wire, TopoDS_Edge, TopoDS_Vertex})
_BUILDERS = {BuildPart: "_part", BuildSketch: "_sketch", BuildLine: "_line"}
_instance_dict = object.__getattribute__
_is_null = TopoDS_Shape.IsNull
_new_compound, _new_builder = TopoDS_Compound, BRep_Builder
_make_compound, _add = BRep_Builder.MakeCompound, BRep_Builder.Add
MAX_PARTS = 10_000


def _fields(value: object) -> dict[str, Any]:
    try:
        fields = _instance_dict(value, "__dict__")
    except AttributeError:
        return {}
    return fields if type(fields) is dict else {}


def _raw(value: object) -> TopoDS_Shape | None:
    """The TopoDS object a build123d Shape holds, read from its own attributes."""
    if Shape not in type(value).__mro__:
        return None
    wrapped = _fields(value).get("_wrapped")
    if type(wrapped) not in _TOPODS or _is_null(wrapped):
        return None
    return wrapped


def _compound(parts: list[TopoDS_Shape]) -> TopoDS_Compound:
    compound, builder = _new_compound(), _new_builder()
    _make_compound(builder, compound)
    for part in parts:
        _add(builder, compound, part)
    return compound


def raw_shape(value: object) -> TopoDS_Shape | None:
    """The OCCT shape behind a script's result (a Shape, a builder, or a list of shapes), or None."""
    mro = type(value).__mro__
    for builder, attribute in _BUILDERS.items():
        if builder in mro:
            fields = _fields(value)
            placed = fields.get("_placed_obj")
            value = placed if placed is not None else fields.get(attribute)
            break
    if type(value) in (list, tuple):
        items = list(cast("list[object] | tuple[object, ...]", value))[:MAX_PARTS + 1]
        parts = [_raw(item) for item in items]
        if not parts or len(parts) > MAX_PARTS or any(p is None for p in parts):
            return None
        return _compound([p for p in parts if p is not None])
    return _raw(value)


def describe(value: object) -> str:
    """The type name a message can show (never the object's own __repr__)."""
    return str(_instance_dict(type(value), "__name__"))[:80]
