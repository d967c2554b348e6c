"""Child process: read a reference STEP, print its measurements as JSON, write a fine STL.

    python -m naturalcad.evaluate.step_reader PART.step OUT.stl

A reference is data the person supplied, read with OCCT's STEP reader; no code in it runs.
"""

from __future__ import annotations

import json
import sys


def main(argv: list[str]) -> int:
    try:
        from build123d import export_stl, import_step

        from ..geometry import solid_holes

        shape = import_step(argv[0])
        if not shape.solids():
            raise ValueError("it holds no solid")
        box = shape.bounding_box(optimal=True)
        report = {"extents": sorted(round(v, 4) for v in (box.size.X, box.size.Y, box.size.Z)),
                  "volume": round(sum(s.volume for s in shape.solids()), 3), "genus": solid_holes(shape.wrapped)}
        export_stl(shape, argv[1], tolerance=0.01, angular_tolerance=0.1)
    except Exception as err:
        print(json.dumps({"error": f"{type(err).__name__}: {err}"}))
        return 1
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
