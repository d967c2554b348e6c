"""Numbers and units as people write them, read into millimetres."""

from __future__ import annotations

import pytest

from naturalcad.prompt.numbers import apply_default_unit, normalize, tokenize


def _lengths(text: str) -> list[float]:
    tokens = tokenize(text)
    apply_default_unit(tokens, text)
    return [round(t.value, 4) for t in tokens if t.kind == "num"]


@pytest.mark.parametrize("text,values", [
    ('bar 1-1/4" x 1/4" x 12"', [31.75, 6.35, 304.8]),
    ("rod 1 1/2 in diameter", [38.1]),
    ("block 2,5 x 4 x 6 cm", [25.0, 40.0, 60.0]),
    ("cylinder 0,25 m tall", [250.0]),
    ("disc 12,5 cm across and 1 cm thick", [125.0, 10.0]),
    ("hole Ø8,5 thru", [8.5]),
    ("rod half an inch thick and a foot long", [12.7, 304.8]),
    ("one metre long bar", [1000.0]),
    ("three-quarter inch thick plate", [19.05]),
])
def test_lengths_in_mm(text, values):
    assert _lengths(text) == values


def test_thousands_are_not_decimal_commas():
    assert "1.000" not in normalize("holes 1,000 mm apart")


def test_role_word_before_a_diameter_sign():
    assert normalize("ring OD ⌀30, ID ⌀20") == "ring od 30 , id 20"
