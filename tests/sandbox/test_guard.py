"""The guard: what real build123d scripts do passes; escape constructs are refused by line."""

from __future__ import annotations

import textwrap

import pytest

from naturalcad.errors import GuardError
from naturalcad.sandbox import guard

LEGIT = {
    "builder_fillet_locations": """
        from build123d import *
        import math
        length = 120.0  # mm, plate length
        width = 80.0  # mm, plate width
        with BuildPart() as part:
            Box(length, width, 6)
            with GridLocations(length - 20, width - 20, 2, 2):
                Hole(radius=3)
            with PolarLocations(radius=20, count=6):
                Cylinder(2, 10, mode=Mode.SUBTRACT)
            with Locations((0, 0, 3)):
                Cylinder(5, 4)
            fillet(part.edges().filter_by(Axis.Z), radius=2)
        result = part
    """,
    "sketch_and_extrude": """
        from build123d import *
        with BuildPart() as part:
            with BuildSketch(Plane.XY) as profile:
                Rectangle(40, 20)
                Circle(5, mode=Mode.SUBTRACT)
            extrude(amount=10)
            chamfer(part.edges().group_by(Axis.Z)[-1], length=1)
        result = part.part
    """,
    "functions_classes_comprehensions": """
        from build123d import Box, BasePartObject, Mode, Align, Location, Pos
        from math import pi, sqrt
        class Plate(BasePartObject):
            def __init__(self, w, h, t, rotation=(0, 0, 0), align=None, mode=Mode.ADD):
                self._w = w
                super().__init__(part=Box(w, h, t), rotation=rotation, align=align, mode=mode)
            def __repr__(self):
                return f"Plate({self._w})"
        def holes(n):
            return [(i * 10.0, 0.0) for i in range(n) if i % 2 == 0]
        sizes = {"w": 10.0, "h": 20.0}
        w = sizes.get("w", 5.0)
        label = "m3-hole".replace("-", "_").upper()
        ordered = sorted(holes(6), key=lambda p: -p[0])
        assert isinstance(w, float) and len(ordered) == 3
        print(f"{label}: {w:.1f} mm, area {pi * sqrt(w):.2f}", "{} holes".format(len(ordered)))
        total = sum(x for x, _ in ordered)
        result = Pos(total, 0, 0) * Plate(w, sizes["h"], 3)
    """,
    "control_flow_and_match": """
        from build123d import *
        parts = []
        n = 0
        while n < 3:
            n += 1
            try:
                size = 10 / n
            except ZeroDivisionError as err:
                size = 1
            finally:
                pass
            parts.append(Box(size, size, size))
        match parts[0]:
            case Box(volume=v) if v > 0:
                kind = "box"
            case _:
                kind = "other"
        point = {"x": 1}
        match point:
            case {"x": x, **rest}:
                pass
        result = parts[0]
    """,
    "lambda_generator_closure": """
        from build123d import *
        def counter():
            count = 0
            def step():
                nonlocal count
                count += 1
                return count
            return step
        tick = counter()
        def sizes():
            for i in range(3):
                yield i + 1
        boxes = [Box(s, s, s) for s in sizes()]
        biggest = max(boxes, key=lambda b: b.volume)
        result = biggest
    """,
}

REFUSED = [
    ("import os", 1, "importing `os`"),
    ("x = 1\nimport subprocess as sp", 2, "importing `subprocess`"),
    ("import build123d", 1, "`import build123d` is not allowed"),
    ("from build123d import os", 1, "not part of build123d's public API"),
    ("from build123d import Box, mesher", 1, "not part of build123d's public API"),
    ("from build123d import Box as __builtins__", 1, "`__builtins__`"),
    ("from math import sys", 1, "is a module"),
    ("from . import x", 1, "importing from `.`"),
    ("from os import path", 1, "importing from `os`"),
    ("y = __import__('os')", 1, "`__import__`"),
    ("a = 1\nb = ().__class__", 2, "`.__class__`"),
    ("t = type(1).mro()", 1, "`.mro`"),
    ("g = f.gi_frame", 1, "`.gi_frame`"),
    ("g = f.cr_frame", 1, "`.cr_frame`"),
    ("b = p._python_frame", 1, "`._python_frame`"),
    ("c = cell.cell_contents", 1, "`.cell_contents`"),
    ("x = 1\nmatch x:\n    case object(__class__=c):\n        pass", 3, "`.__class__`"),
    ("match g:\n    case object(gi_frame=f):\n        pass", 2, "`.gi_frame`"),
    ("match s:\n    case str(format=f):\n        pass", 2, "`.format`"),
    ("match x:\n    case [*__builtins__]:\n        pass", 2, "`__builtins__`"),
    ("match f:\n    case Grab(g):\n        pass", 2, "positional patterns"),
    ("try:\n    pass\nexcept Exception as __e__:\n    pass", 3, "`__e__`"),
    ("def f(__globals__):\n    pass", 1, "`__globals__`"),
    ("f(__class__=1)", 1, "keyword `__class__`"),
    ("def f():\n    global __builtins__", 2, "`__builtins__`"),
    ("s = '{0.__class__}'.format(x)", 1, "`.format`"),
    ("name = '__class__'", 1, "strings naming dunder attributes"),
    ("s = '{0.gi_frame}'.format(x)", 1, "`.format`"),
    ("s = '{0[1]}'.format(x)", 1, "`.format`"),
    ("fmt = '{}'\ns = fmt.format(x)", 2, "`.format`"),
    ("s = '{x}'.format_map(d)", 1, "`.format_map`"),
    ("s = f'{x.__dict__}'", 1, "`.__dict__`"),
    ("getattr(x, 'y')", 1, "`getattr`"),
    ("v = vars(x)", 1, "`vars`"),
    ("g = globals()", 1, "`globals`"),
    ("open('/tmp/x', 'w')", 1, "`open`"),
    ("exec('1')", 1, "`exec`"),
    ("eval('1')", 1, "`eval`"),
    ("breakpoint()", 1, "`breakpoint`"),
    ("exit(0)", 1, "`exit`"),
    ("export_stl(b, '/tmp/x.stl')", 1, "reads or writes files"),
    ("b.export_step('/tmp/x.step')", 1, "reads or writes files"),
    ("m = Mesher()", 1, "reads or writes files"),
    ("e = ExportDXF()", 1, "reads or writes files"),
    ("s = import_step('/etc/passwd')", 1, "reads or writes files"),
    ("class A(metaclass=M):\n    pass", 1, "metaclasses"),
    ("class A:\n    def __getattribute__(self, n):\n        pass", 2, "defining `__getattribute__`"),
    ("data = b'abc'", 1, "bytes literals"),
    ("async def f():\n    await g()", 2, "`await`"),
    ("x = (1,\n", 1, "syntax error"),
    # The guard runs in the app's process before any time limit: it must answer, not crash or stall.
    ("x = " + "1+" * 3000 + "1", 1, "nested too deeply"),
    ("x = a" + ".b" * 60000, 1, "nested too deeply"),
    ("x = 1\n" * 40000, 33334, "longer than 200,000 characters"),
]


@pytest.mark.parametrize("name", sorted(LEGIT))
def test_legitimate_scripts_pass(name):
    assert guard.check(textwrap.dedent(LEGIT[name])) == []


@pytest.mark.parametrize(("source", "line", "reason"), REFUSED, ids=[s.splitlines()[-1][:40] for s, _, _ in REFUSED])
def test_refusals_name_the_line(source, line, reason):
    violations = guard.check(source)
    assert violations, "the guard let this through"
    assert violations[0].line == line
    assert reason in violations[0].reason
    with pytest.raises(GuardError) as caught:
        guard.guard(source)
    assert caught.value.line == line
    assert f"ine {line}" in str(caught.value)  # "Line N" or "Syntax error on line N"


def test_refusal_counts_the_other_problems():
    with pytest.raises(GuardError, match=r"Line 1: .*\(2 more problems after it\)"):
        guard.guard("import os\nimport sys\nopen('x')")


def test_public_names_come_from_build123d_all():
    names = guard.build123d_public_names()
    assert names is not None and {"Box", "BuildPart", "fillet", "GridLocations", "Mode"} <= names
    assert not {"os", "sys", "ctypes", "mesher", "topology", "requests", "inspect"} & names


@pytest.mark.parametrize("name", sorted(LEGIT))
def test_legitimate_scripts_also_run(name, settings):
    """The runtime walls (restricted builtins and imports) let the same scripts build."""
    from naturalcad import pipeline

    result = pipeline.run_code(textwrap.dedent(LEGIT[name]), settings=settings)
    assert result.success, result.error
    assert result.geometry["valid"] and {"step", "stl", "glb"} <= set(result.artifacts)
