"""The prompt parser, as a table of phrases and what must be read from them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from naturalcad.sources.templates.numbers import normalize
from naturalcad.sources.templates.parse import parse_prompt


def approx(a: float, b: float) -> bool:
    return abs(a - b) < 1e-6 * max(1.0, abs(b))


# phrase -> expected dims (mm)
DIMS = [
    ("90 mm wide, 8 mm thick", {"width": 90, "thickness": 8}),
    ("width: 90, thickness 8", {"width": 90, "thickness": 8}),
    ("a sphere of diameter 40 mm", {"diameter": 40}),
    ("cylinder 40 mm diameter 20 mm tall", {"diameter": 40, "height": 20}),
    ("cylinder 3 inches tall and 2 inches in diameter", {"height": 76.2, "diameter": 50.8}),
    ("rod Ø12 x 80 mm long", {"diameter": 12, "length": 80}),
    ("dia 25, 100 long", {"diameter": 25, "length": 100}),
    ("washer 8.4 mm ID, 16 mm OD, 1.6 mm thick", {"inner_diameter": 8.4, "outer_diameter": 16, "thickness": 1.6}),
    ("spacer: OD 12, ID 6.4, length 15", {"outer_diameter": 12, "inner_diameter": 6.4, "length": 15}),
    ("30 mm outer diameter and 26 mm inner diameter", {"outer_diameter": 30, "inner_diameter": 26}),
    ("hex prism 17 mm across flats, 12 mm high", {"across_flats": 17, "height": 12}),
    ("24 mm A/F", {"across_flats": 24}),
    ("torus, ring radius 20 mm, tube radius 4 mm", {"major_radius": 20, "minor_radius": 4}),
    ("cone, base radius 15 mm, height 30 mm", {"base_radius": 15, "height": 30}),
    ("1/4 inch thick", {"thickness": 6.35}),
    ("half an inch thick", {"thickness": 12.7}),
    ("1 1/2 inch wide", {"width": 38.1}),
    ("1-1/2 in long", {"length": 38.1}),
    ('2" wide', {"width": 50.8}),
    ("0.5 m long", {"length": 500}),
    ("5 cm deep", {"depth": 50}),
    ("twenty five mm tall", {"height": 25}),
    ("forty-five millimetres wide", {"width": 45}),
    ("a 60 mm PCD", {"pcd": 60}),
    ("on a 75 mm bolt circle", {"pcd": 75}),
    ("4 holes on a 60 mm circle", {"pcd": 60}),
    ("3 mm wall", {"wall": 3}),
    ("wall thickness 2 mm", {"wall": 2}),
    ("8 mm in from the edges", {"edge_offset": 8}),
    ("8 mm from the edges", {"edge_offset": 8}),
    ("span of 180 mm", {"span": 180}),
    ("module 2", {"module": 2}),
    ("30 mm bore", {"bore": 30}),
    ("with a 10 mm hole", {"hole_diameter": 10}),
    ("5 holes of 4 mm", {"hole_diameter": 4}),
    ("4 corner holes, 6 mm diameter", {"hole_diameter": 6}),
    ("6mm corner holes", {"hole_diameter": 6}),
    ("3 mm rounded edges", {"fillet": 3}),
    ("1.5 mm chamfered edges", {"chamfer": 1.5}),
    ("a 25mm cube", {"cube": 25}),
    ("cube with sides of 40 mm", {"side": 40}),
    ("8 mm face width", {"face_width": 8}),
    ("L=100, W=50, H=20", {"length": 100, "width": 50, "height": 20}),
    ("triangle prism side 25 height 40", {"side": 25, "height": 40}),
    ("spacer OD 12 ID 6.4 length 15", {"outer_diameter": 12, "inner_diameter": 6.4, "length": 15}),
    ("ring 30 mm OD 24 mm ID 4 mm thick", {"outer_diameter": 30, "inner_diameter": 24, "thickness": 4}),
    ("cone 50 tall, 30 at the base and 10 at the top", {"height": 50, "base_diameter": 30, "top_diameter": 10}),
    ("a cylinder of 25 mm radius and 10 cm length", {"radius": 25, "length": 100}),
    # slash pairs: "OD/ID 40/30" is two sizes, not the fraction 40/30
    ("sleeve OD/ID 40/30, 25 long", {"outer_diameter": 40, "inner_diameter": 30, "length": 25}),
    ("40/30 mm OD/ID bush", {"outer_diameter": 40, "inner_diameter": 30}),
    # abbreviations with a full stop
    ("dowel pin dia. 8mm, 40mm long", {"diameter": 8, "length": 40}),
    ("thk. 3, 50 wide", {"thickness": 3, "width": 50}),
    # "one and a half inches", "2 and a half mm"
    ("one and a half inches wide", {"width": 38.1}),
    ("2 and a half mm thick", {"thickness": 2.5}),
    ("hollow cube 50 mm, 2 mm shell", {"wall": 2}),
    # "an 8 mm hex" names the size across flats
    ("standoff, 8mm hex, 20mm tall", {"across_flats": 8, "height": 20}),
    ("a 3/4 inch hex bar", {"across_flats": 19.05}),
    # a sized centre hole next to other holes
    ("4 holes on a 70 mm bolt circle plus a Ø30 centre hole", {"centre_hole": 30, "pcd": 70}),
    ("4 x M3 holes and a 22 mm hole in the center", {"centre_hole": 22}),
    ("6 holes of 5 mm and a centre hole of 20", {"centre_hole": 20, "hole_diameter": 5}),
    # a diameter sign, then the name of which diameter it is: the name wins
    ("cylinder Ø50 x 30 with a Ø12 bore", {"diameter": 50, "bore": 12}),
    ("disc Ø100 x 10, 4 holes Ø8 on Ø70 PCD", {"diameter": 100, "hole_diameter": 8, "pcd": 70}),
    ("plate 100x100x5 with a Ø20 hole", {"hole_diameter": 20}),
    ("ring Ø30 OD Ø24 ID x 4", {"outer_diameter": 30, "inner_diameter": 24}),
    ("diameter 40 bore 10 height 20", {"diameter": 40, "bore": 10, "height": 20}),
    # an unlabelled slash pair on a round hollow part: outside / inside, either order
    ("bush 20/12 x 25", {"outer_diameter": 20, "inner_diameter": 12}),
    ("bushing 12/18 mm x 20 long", {"outer_diameter": 18, "inner_diameter": 12, "length": 20}),
    ("washer 5/16 inch thick", {"thickness": 7.9375}),
    # hyphenated fraction adjectives
    ("a quarter-inch thick plate", {"thickness": 6.35}),
    ("three-quarter-inch wide", {"width": 19.05}),
    ("half-inch long", {"length": 12.7}),
    # gear module shorthand with a space
    ("gear, 18 teeth, m 2.5, 12 mm face", {"module": 2.5, "face_width": 12}),
    ("spur gear z=20 m 2 width 8", {"module": 2, "width": 8}),
]


def test_base_plate_is_a_plate_not_a_base_size():
    spec = parse_prompt("plasma cut 300x200 base plate with 4 x 14 mm holes")
    assert "base" not in spec.dims and spec.groups == [[300, 200]]
    assert parse_prompt("square pyramid, base 50, height 40").dims["base"] == 50


@pytest.mark.parametrize("phrase,expected", DIMS, ids=[p for p, _ in DIMS])
def test_named_dimensions(phrase, expected):
    spec = parse_prompt(phrase)
    for role, value in expected.items():
        assert role in spec.dims, (role, spec.dims)
        assert approx(spec.dims[role], value), (role, spec.dims[role], value)


GROUPS = [
    ("box 60 x 40 x 20 mm", [60, 40, 20]),
    ("120x80x6", [120, 80, 6]),
    ("2 cm by 3 cm by 4 cm", [20, 30, 40]),
    ("4 by 6 inches", [101.6, 152.4]),
    ("block measuring 2 x 3 x 4 inches", [50.8, 76.2, 101.6]),
    ("120 × 80 mm", [120, 80]),
    ("5 cm x 2 cm x 1 cm", [50, 20, 10]),
]


@pytest.mark.parametrize("phrase,expected", GROUPS, ids=[p for p, _ in GROUPS])
def test_dimension_groups(phrase, expected):
    spec = parse_prompt(phrase)
    group = spec.groups[0] if spec.groups else spec.group_roles.get("size")  # "measuring 2 x 3 x 4"
    assert group and len(group) == len(expected), spec
    assert all(approx(a, b) for a, b in zip(group, expected, strict=True)), group


COUNTS = [
    ("4 bolt holes", "holes", 4),
    ("four holes in the corners", "holes", 4),
    ("six holes on a 75 mm bolt circle", "holes", 6),
    ("a dozen holes", "holes", 12),
    ("half a dozen holes", "holes", 6),
    ("a pair of holes", "holes", 2),
    ("a hole in the middle", "holes", 1),
    ("one hole in each leg", "holes", 1),
    ("4 x M5 holes", "holes", 4),
    ("4 x 6 mm holes", "holes", 4),
    ("20 teeth", "teeth", 20),
    ("teeth: 32", "teeth", 32),
    ("9 panels", "panels", 9),
    ("3 jogs", "jogs", 3),
    ("twelve sided", "sides", 12),
    ("a 3 x 2 grid of holes", "holes", 6),
    # a number written as a word never joins the fraction after it into a mixed number
    ('four 1/4" holes', "holes", 4),
    ("a pair of 1/2 inch holes", "holes", 2),
    # number words joined to the noun
    ("eight-hole flange", "holes", 8),
    ("6-hole flange", "holes", 6),
    ("a twelve-tooth gear", "teeth", 12),
    # a size after "x" named by a diameter word
    ("4 x Ø6 holes", "holes", 4),
    ("4x dia. 6 holes", "holes", 4),
    # "rows of N" counts per row
    ("6 M5 holes, 2 rows of 3", "holes", 6),
    ("3 rows of five holes", "holes", 15),
]


@pytest.mark.parametrize("phrase,key,count", COUNTS, ids=[p for p, _, _ in COUNTS])
def test_counts(phrase, key, count):
    assert parse_prompt(phrase).counts.get(key) == count


PATTERNS = [
    ("four holes in the corners", "corners"),
    ("a 3 x 2 grid of holes", "grid"),
    ("5 holes evenly spaced along its length", "row"),
    ("six holes on a 75 mm bolt circle", "circle"),
    ("a hole in the middle", "centre"),
    ("one hole in each leg", "per_leg"),
    ("2 rows of 4 holes", "grid"),
]


@pytest.mark.parametrize("phrase,pattern", PATTERNS, ids=[p for p, _ in PATTERNS])
def test_hole_patterns(phrase, pattern):
    assert parse_prompt(phrase).hole_pattern == pattern


def test_grid_shape():
    assert parse_prompt("a 3 x 2 grid of holes").grid == (3, 2)
    assert parse_prompt("2 rows of 4 holes").grid == (4, 2)
    assert parse_prompt("6 M5 holes, 2 rows of 3").grid == (3, 2)
    assert parse_prompt("a grid of holes, 3 rows of four").grid == (4, 3)


@pytest.mark.parametrize("phrase,size", [('four 1/4" holes', 6.35), ("4 x Ø6 holes", 6), ("4x dia. 6 holes", 6)])
def test_counted_hole_sizes(phrase, size):
    assert approx(parse_prompt(phrase).dims["hole_diameter"], size)


def test_modal_can_is_not_a_part():
    assert "can" not in parse_prompt("can you design a cube, 1 1/2 inch on a side").words
    assert "can" not in parse_prompt("I can print a 200 mm rod").words
    assert "can" in parse_prompt("a drinks can, 66 mm diameter").words


@pytest.mark.parametrize("phrase,kind,size,which", [
    ("block with 3 mm rounded edges", "fillet", 3, "all"),
    ("cube 30 mm with 1.5 mm chamfered edges", "chamfer", 1.5, "all"),
    ("shaft with 0.5 mm chamfer at both ends", "chamfer", 0.5, "ends"),
    ("plate with rounded corners", "fillet", None, "vertical"),
    ("box with 2 mm fillets on the top edges", "fillet", 2, "top"),
])
def test_edge_treatments(phrase, kind, size, which):
    edge = parse_prompt(phrase).edge
    assert edge is not None and edge.kind == kind and edge.size == size and edge.which == which


@pytest.mark.parametrize("phrase,open_top,hollow", [
    ("cup: 50 mm diameter, open at the top", True, True),
    ("open-top box", True, True),
    ("hollow cube", False, True),
    ("solid block", False, False),
])
def test_shell_words(phrase, open_top, hollow):
    spec = parse_prompt(phrase)
    assert (spec.open_top, spec.hollow) == (open_top, hollow)


@pytest.mark.parametrize("phrase,size", [("M6 hex nut", 6), ("hex standoff M3", 3), ("m2.5 screw", 2.5)])
def test_metric_sizes(phrase, size):
    assert parse_prompt(phrase).metric == size


def test_unknown_words_are_ignored():
    spec = parse_prompt("a frobnicated zorblax 40 mm wide with quux")
    assert spec.dims == {"width": 40}


def test_inch_prompt_makes_bare_numbers_inches():
    spec = parse_prompt("plate 4 x 3 inches, 1/4 thick")
    assert approx(spec.dims["thickness"], 6.35)


def test_preposition_in_is_not_inches():
    spec = parse_prompt("4 holes in each leg")
    assert spec.counts["holes"] == 4 and spec.unit == "mm"


def test_normalize_spacing():
    assert normalize("120x80x6mm") == "120 x 80 x 6 mm"
    assert normalize("Ø20") == "dia 20"


@settings(max_examples=100, deadline=None)
@given(value=st.floats(min_value=0.5, max_value=5000, allow_nan=False).map(lambda v: round(v, 2)),
       unit=st.sampled_from([("mm", 1.0), ("cm", 10.0), ("in", 25.4), ("inches", 25.4), ("millimetres", 1.0)]),
       word=st.sampled_from([("wide", "width"), ("long", "length"), ("tall", "height"), ("thick", "thickness"),
                             ("deep", "depth")]))
def test_any_value_unit_and_name_round_trips(value, unit, word):
    spec = parse_prompt(f"a part {value:g} {unit[0]} {word[0]}")
    assert approx(spec.dims[word[1]], value * unit[1])


@settings(max_examples=60, deadline=None)
@given(a=st.integers(1, 999), b=st.integers(1, 999), c=st.integers(1, 999))
def test_any_group_round_trips(a, b, c):
    spec = parse_prompt(f"box {a} x {b} x {c} mm")
    assert spec.groups[0] == [a, b, c]
