"""The leaf package that reads prompts: typos, numbers as typed, the output type."""

import pytest

from naturalcad.prompt import base_lexicon, find_negations, infer_output_type, scan
from naturalcad.sources.templates.reading import lexicon


@pytest.mark.parametrize("typed, meant", [("diamter", "diameter"), ("heigth", "height"), ("thikness", "thickness"),
                                          ("angel", "angle"), ("cylindar", "cylinder"), ("recatngular", "rectangular")])
def test_typos_are_mended_to_the_one_nearest_known_word(typed, meant):
    assert lexicon().mend(typed) == meant


@pytest.mark.parametrize("word", ["hold", "holds", "phone", "mounting", "make", "please", "holes"])
def test_common_and_known_words_are_left_alone(word):
    assert lexicon().mend(word) is None


def test_scan_reads_every_number_as_typed_with_unit_and_size_word():
    found = [(q.text, round(q.value, 3), q.kind, q.hint) for q in scan("cylinder, heigth 30mm, diamter 45mm", base_lexicon())]
    assert found == [("30mm", 30.0, "length", "height"), ("45mm", 45.0, "length", "diameter")]


def test_scan_tells_counts_threads_designations_and_angles_from_lengths():
    qs = scan("4 x M5 holes on a 60 mm PCD, 608 bearing, 45° chamfer, Ø12 bore, 1-1/4\" tube")
    kinds = [(q.text, q.kind) for q in qs]
    assert kinds == [("4", "count"), ("M5", "thread"), ("60 mm", "length"), ("608", "designation"),
                     ("45°", "angle"), ("Ø12", "length"), ('1-1/4"', "length")]
    assert qs[2].hint == "pcd" and qs[5].hint == "diameter"
    assert qs[6].value == pytest.approx(31.75)


def test_size_word_before_a_number_wins_unless_an_earlier_number_took_it():
    assert [q.hint for q in scan("diameter 45 height 30")] == ["diameter", "height"]
    assert [q.hint for q in scan("40 mm diameter 20 mm tall")] == ["diameter", "height"]


def test_group_unit_and_default_inches():
    assert [q.value for q in scan("block 2 x 3 x 4 inches")] == pytest.approx([50.8, 76.2, 101.6])


def test_negations():
    assert [n.feature for n in find_negations("spur gear, 20 teeth, no hole")] == ["hole"]
    assert [n.feature for n in find_negations("a box without a lid")] == ["lid"]


@pytest.mark.parametrize("prompt, mode, expected", [
    ("a 3D printed profile clip", "part", "3d_solid"),
    ("Laser-cut mounting plate (export DXF)", "part", "2d_vector"),
    ("floor route centerline with 3 jogs", "part", "1d_path"),
    ("smooth roof canopy", "part", "surface"),
    ("a low-profile box", "part", "3d_solid"),
    ("a box", "sketch", "2d_vector"),
])
def test_one_output_type_inference(prompt, mode, expected):
    assert infer_output_type(prompt, mode).kind == expected


def test_real_words_are_not_mended_into_other_known_words():
    """The mender turned 'rotating' into 'routing' (23 times across our sets), 'located' into 'lofted',
    'resting' into 'routing' (which asked for a route centreline): real words two edits away stay."""
    from naturalcad.sources.templates.reading import lexicon

    lex = lexicon()
    for word in ("rotating", "resting", "located", "forming", "feature", "bending", "counter", "turning"):
        assert lex.mend(word) is None, word
    assert lex.mend("angel") == "angle"            # a single slip of a real word is still mended
    assert lex.mend("vertically") == "vertical"    # and a word to its own stem
    assert lex.mend("diamter") == "diameter" and lex.mend("thikness") == "thickness"
