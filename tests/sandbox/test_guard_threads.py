"""The guard checks scripts from several threads at once (app sessions, backend workers, a scored
set's two builds). CPython 3.11's AST constructor shares its recursion depth across threads
(gh-106905) and raised "SystemError: AST constructor recursion depth mismatch" on a valid script in
a full test run; `naturalcad.pysource.parse` serialises every parse. The load here (forced thread
switches, garbage collection running finalizers mid-parse) failed 1 parse in 800 without the lock.
"""

from __future__ import annotations

import gc
import sys
import threading
import time

import pytest

from naturalcad.sandbox import guard

SCRIPT = """from build123d import *

plate_length = 120.0  # mm
plate_width = 80.0    # mm
hole_diameter = 8.0   # mm

part = Box(plate_length, plate_width, 6.0)
for x in (-50.0, 50.0):
    for y in (-30.0, 30.0):
        part -= Pos(x, y, 0.0) * Cylinder(hole_diameter / 2, 6.0)

result = part
""" * 8


class _Finalised:
    """An object in a reference cycle whose finalizer lets another thread run during a collection."""

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        time.sleep(0)


@pytest.mark.slow
def test_the_guard_checks_scripts_from_many_threads_at_once() -> None:
    outcomes: list[object] = []
    switch, thresholds = sys.getswitchinterval(), gc.get_threshold()
    sys.setswitchinterval(1e-6)
    gc.set_threshold(50, 1, 1)

    def work() -> None:
        for _ in range(600):
            for _ in range(20):
                _Finalised()
            try:
                outcomes.append(guard.check(SCRIPT))
            except SystemError as err:  # the CPython race: a valid script refused
                outcomes.append(err)

    try:
        threads = [threading.Thread(target=work) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(switch)
        gc.set_threshold(*thresholds)
    errors = [o for o in outcomes if isinstance(o, BaseException)]
    assert not errors, f"{len(errors)} of {len(outcomes)} checks raised: {errors[0]}"
    assert len(outcomes) == 2400 and all(o == [] for o in outcomes)
