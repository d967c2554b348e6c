"""Part, feature and role words of other languages (prompt/plain_words.py glossary) read as the English reader's."""

from __future__ import annotations

import pytest

from naturalcad.prompt.plain_words import expand
from naturalcad.sources.templates import NotUnderstood, generate_from_prompt


@pytest.mark.parametrize("typed, wanted", [
    ("Vierkantrohr 30x30x2, Länge 250", "square tube 30x30x2, length 250"),
    ("bague : diamètre extérieur 45, alésage 30", "ring : outer diameter 45, bore 30"),
    ("plaque 100 x 60 ép. 5", "plate 100 x 60 , thickness 5"),
    ("perfil en U 40 x 20 x 3, largo 500 mm", "U channel 40 x 20 x 3, long 500 mm"),
    ("placa con una ranura pasante de 40 x 10", "plate with a through slot of 40 x 10"),
    ("vaso cilindrico: diametro 60, parete 2, fondo 3", "cup cylindrical: diameter 60, wall 2, floor 3"),
    ("tubo de aço, diâmetro externo 50, parede 3", "tube of steel, outer diameter 50, wall 3"),
    ("płaskownik 60x10, długość 300, dwa otwory fi 12", "flat bar 60x10, length 300, two holes Ø 12"),
    ("Scheibe bitte, Mittelloch Ø8", "disc please, centre hole Ø8"),
])
def test_glossary_words_read_as_english(typed: str, wanted: str) -> None:
    text, uses = expand(typed)
    assert " ".join(text.split()) == " ".join(wanted.split())
    assert uses


@pytest.mark.parametrize("typed", ["fond of round parts, 40 dia", "due to the load, 10 thick", "a ring 40 OD, 30 ID", "strip 20 x 3"])
def test_english_words_of_the_glossary_are_left_in_english_prompts(typed: str) -> None:
    assert expand(typed)[0] == typed


@pytest.mark.parametrize("prompt, family, params", [
    ("Vierkantrohr 30x30x2, Länge 250", "rect_tube", {"outer_width": 30, "wall": 2, "length": 250}),
    ("bague : diamètre extérieur 45, alésage 30, longueur 20 mm", "tube", {"outer_diameter": 45, "inner_diameter": 30, "length": 20}),
    ("plaque alu 100 x 60 ép. 5, quatre trous Ø 8 dans les coins à 10 mm des bords", "plate_with_holes",
     {"length": 100, "width": 60, "thickness": 5, "hole_diameter": 8, "edge_offset": 10}),
    ("perfil en U 40 x 20 x 3, largo 500 mm", "open_section", {"section_width": 40, "thickness": 3, "length": 500}),
    ("vaso cilindrico: diametro 60, altezza 80, parete 2, fondo 3", "cup", {"diameter": 60, "wall": 2, "floor_thickness": 3}),
    ("tubo de aço, diâmetro externo 50, parede 3, comprimento 120 mm", "tube", {"outer_diameter": 50, "inner_diameter": 44}),
    ("płaskownik 60x10, długość 300, dwa otwory fi 12", "plate_with_holes", {"length": 300, "hole_diameter": 12, "hole_count": 2}),
    ("Scheibe bitte: Durchmesser 6,5 cm, 4 mm dick, Mittelloch Ø8", "cylinder", {"diameter": 65, "height": 4, "bore_diameter": 8}),
])
def test_other_language_prompts_make_the_part(prompt: str, family: str, params: dict[str, float]) -> None:
    r = generate_from_prompt(prompt)
    assert r.family == family
    for name, value in params.items():
        assert r.params[name] == pytest.approx(value), name


def test_an_unknown_foreign_noun_is_reported_not_dropped_into_a_default() -> None:
    try:
        r = generate_from_prompt("Zahnstangenhalter 40 x 20 x 10")
    except NotUnderstood as refused:
        assert "zahnstangenhalter" in str(refused).lower()
        return
    assert "zahnstangenhalter" in [w.lower() for w in r.reading.unread]
    assert r.reading.confidence != "high"
