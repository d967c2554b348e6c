"""Reading a prompt: numbers and units, a typo-tolerant vocabulary, standard sizes, the Reading.

A leaf package: every code source (offline templates, model, backend) and the size check use
it, and it imports nothing else from NaturalCAD.  `scan()` finds every number the person
typed, as typed; `Lexicon` mends typos against known words; `Reading` is what the result
JSON's `reading` carries; `infer_output_type()` is the one guess of 3D / 2D / path / surface.
"""

from __future__ import annotations

from .lexicon import Correction, Lexicon, base_lexicon
from .output_type import OUTPUT_TYPES, OutputGuess, infer_output_type
from .reading import Assumed, Confidence, Negation, Problem, Reading, ValueUse, grade, lower
from .scan import NegatedFeature, Quantity, find_negations, scan

__all__ = [
    "OUTPUT_TYPES", "Assumed", "Confidence", "Correction", "Lexicon", "NegatedFeature", "Negation", "OutputGuess", "Problem",
    "Quantity", "Reading", "ValueUse", "base_lexicon", "find_negations", "grade", "infer_output_type", "lower", "scan",
]
