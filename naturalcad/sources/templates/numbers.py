"""Kept for imports from before the move: numbers and units live in `naturalcad.prompt.numbers`."""

from ...prompt.numbers import (
    MM_PER_UNIT,
    UNIT_WORDS,
    WORD_NUMBER_MARK,
    Token,
    _number,
    apply_default_unit,
    group_spans,
    is_group_sep,
    normalize,
    tokenize,
)

__all__ = ["MM_PER_UNIT", "UNIT_WORDS", "WORD_NUMBER_MARK", "Token", "_number", "apply_default_unit", "group_spans",
           "is_group_sep", "normalize", "tokenize"]
