"""Step-by-step modelling instructions -> a readable build123d script.

People often describe a part the way they would build it in CAD, one operation at a
time ("1. Sketch a rectangle 100 x 60 mm and extrude 8 mm. 2. Drill four 6.5 mm holes
in the corners ..."). This package reads such a description step by step:

- split.py   the description into steps (numbering, "Step N:", first/then/finally, sentences)
- text.py    numbers and units in a step (inches to mm, "four" to 4, "Ø6" to "6 mm diameter")
- ops.py     the typed operations a step can become
- read.py    each step into an operation, rule by rule, against the part built so far
- emit.py    the operations as a build123d script (parameter block, one block per step)
- reading.py what was understood: each step, each number, what was not understood
"""

from __future__ import annotations

from .reading import Reading
from .split import reads_as_steps, split_steps


def reading_of(prompt: str) -> Reading:
    """How a step-by-step prompt was read (`.to_dict()` is the result JSON's `reading`, family "steps")."""
    from .read import read

    return read(prompt).reading


__all__ = ["Reading", "reading_of", "reads_as_steps", "split_steps"]
