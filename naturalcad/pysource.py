"""Parse Python source safely from several threads at once.

CPython 3.11 keeps the AST constructor's recursion depth in state shared by all threads
(python/cpython gh-106905): two threads converting trees at once (the Streamlit app's sessions,
the backend's workers, two builds of a scored set) can fail with "SystemError: AST constructor
recursion depth mismatch" on a valid script. Every parse in NaturalCAD goes through one lock here.
"""

from __future__ import annotations

import ast
import threading

_LOCK = threading.Lock()


def parse(source: str, filename: str = "<unknown>") -> ast.Module:
    """`ast.parse`, one thread at a time (it raises SyntaxError as ast.parse does)."""
    with _LOCK:
        return ast.parse(source, filename=filename)
