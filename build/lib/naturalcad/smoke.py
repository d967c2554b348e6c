"""Build-time smoke test: `python -m naturalcad.smoke` (Dockerfile, Modal image).

Proves the image can do the one thing it exists for before it ships: import build123d,
build a 10 x 20 x 30 mm box, export STEP and STL, read the STEP back, and import the
backend app. Exits non-zero with a sentence when any of it fails.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path


def check() -> str:
    from build123d import Box, export_step, export_stl, import_step

    with tempfile.TemporaryDirectory() as folder:
        box = Box(10, 20, 30)
        step, stl = Path(folder) / "box.step", Path(folder) / "box.stl"
        export_step(box, str(step))
        export_stl(box, str(stl))
        volume = import_step(str(step)).volume
        if abs(volume - 6000) > 1e-6 or stl.stat().st_size == 0:
            raise RuntimeError(f"the exported box measures {volume:.3f} mm³, not 6000 mm³")
    import naturalcad.server.app  # noqa: F401 - the API imports with the installed FastAPI

    return f"build123d smoke test passed: 10 x 20 x 30 mm box exported to STEP ({volume:g} mm³ on re-import) and STL"


def main() -> int:
    try:
        print(check())
    except Exception as err:
        print(f"smoke test failed: {type(err).__name__}: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
