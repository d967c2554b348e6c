"""The standard tables, spot-checked against the published values they cite."""

from __future__ import annotations

import pytest

from naturalcad.prompt.standards import expand, gives_sizes, metric, unsized_names
from naturalcad.prompt.tables import bearings, metric_fasteners, motors, pipe, profiles, unified_fasteners

IN = 25.4


@pytest.mark.parametrize("number,d,outside,width", [
    ("608", 8, 22, 7), ("625", 5, 16, 5), ("6001", 12, 28, 8), ("6204", 20, 47, 14), ("6205", 25, 52, 15),
    ("6302", 15, 42, 13), ("6310", 50, 110, 27), ("6805", 25, 37, 7), ("688", 8, 16, 5),
])
def test_iso_15_bearings(number, d, outside, width):
    b = bearings.bearing(number + "-2RS")
    assert b is not None and (b.bore, b.outside, b.width) == (d, outside, width)


def test_unknown_bearing_is_not_guessed():
    assert bearings.bearing("6299") is None


@pytest.mark.parametrize("m,close,medium,loose", [
    (3, 3.2, 3.4, 3.6), (4, 4.3, 4.5, 4.8), (6, 6.4, 6.6, 7.0), (8, 8.4, 9.0, 10.0), (12, 13.0, 13.5, 14.5),
    (20, 21.0, 22.0, 24.0), (24, 25.0, 26.0, 28.0),
])
def test_iso_273_clearance_series(m, close, medium, loose):
    row = metric_fasteners.METRIC[float(m)]
    assert [metric_fasteners.clearance(row, f) for f in ("close", "medium", "loose")] == [close, medium, loose]


@pytest.mark.parametrize("m,s,height,tap", [(3, 5.5, 2.4, 2.5), (6, 10, 5.2, 5.0), (10, 16, 8.4, 8.5),
                                            (16, 24, 14.8, 14.0), (24, 36, 21.5, 21.0)])
def test_iso_4032_nuts_and_tap_drills(m, s, height, tap):
    row = metric_fasteners.METRIC[float(m)]
    assert (row.nut_af, row.nut_height, row.tap_drill) == (s, height, tap)
    assert metric(m).nut_af == s   # the families' view of the same row


def test_washers_iso_7089_and_din_9021():
    row = metric_fasteners.METRIC[8.0]
    assert (row.washer_id, row.washer_od, row.washer_thickness) == (8.4, 16.0, 1.6)
    assert metric_fasteners.DIN_9021[6.0] == (6.4, 18.0, 1.6)
    assert metric_fasteners.DIN_9021[20.0] == (22.0, 60.0, 4.0)   # DIN 9021's M20 bore is 22, not 21


def test_socket_head_counterbores_din_974():
    assert (metric_fasteners.METRIC[6.0].counterbore, metric_fasteners.METRIC[6.0].head_diameter) == (11.0, 10.0)
    assert metric_fasteners.METRIC[8.0].counterbore == 15.0


@pytest.mark.parametrize("size,close_in,normal_in", [("1/4", 0.2656, 0.2812), ("#10", None, 0.221),
                                                     ("1/2", 0.5312, 0.5625), ("3/8", 0.3906, 0.4062)])
def test_asme_b18_2_8_clearance(size, close_in, normal_in):
    row = unified_fasteners.unified(size)
    assert row is not None
    assert row.clearance_normal == pytest.approx(normal_in * IN, abs=0.01)
    if close_in is not None:
        assert row.clearance_close == pytest.approx(close_in * IN, abs=0.01)
    assert row.clearance_close < row.clearance_normal < row.clearance_loose


def test_unified_tap_drills():
    assert unified_fasteners.tap_drill(unified_fasteners.UNIFIED["1/4"], 20) == pytest.approx(0.201 * IN, abs=0.01)  # #7
    assert unified_fasteners.tap_drill(unified_fasteners.UNIFIED["#10"], 32) == pytest.approx(0.159 * IN, abs=0.01)  # #21


@pytest.mark.parametrize("nps,sch,od,wall", [("1-1/4", "40", 42.2, 3.56), ("2", "80", 60.3, 5.54), ("3/4", "10", 26.7, 2.11),
                                             ("12", "STD", 323.8, 10.31), ("1/8", "XS", 10.3, 2.41)])
def test_asme_b36_10_pipe(nps, sch, od, wall):
    found = pipe.pipe(nps, sch)
    assert found is not None and (found[0].outside, found[2]) == (od, wall)


def test_tslot_and_nema_tables():
    assert (profiles.PROFILES["2020"].slot, profiles.PROFILES["2020"].bore) == (6.2, 4.2)
    assert profiles.bores(profiles.PROFILES["4080"]) == 2
    assert (motors.NEMA["17"].bolt_square, motors.NEMA["17"].pilot, motors.NEMA["17"].screw) == (31.0, 22.0, 3.0)
    assert (motors.NEMA["23"].bolt_square, motors.NEMA["23"].pilot) == (47.14, 38.1)


@pytest.mark.parametrize("prompt,meaning,replacement", [
    ("two M6 close-fit holes", "M6 clearance hole, close (fine series): 6.4 mm (ISO 273)", "6.4 mm"),
    ("loose fit M12 clearance holes", "M12 clearance hole, loose (coarse series): 14.5 mm (ISO 273)", "14.5 mm"),
    ("1/4-20 clearance hole", "1/4-20 clearance hole, normal fit: 7.14 mm (ASME B18.2.8)", "7.14 mm"),
    ("#10-32 tapped holes", "#10-32 tapped hole: 4.04 mm tap drill, thread not modelled", "4.04 mm"),
    ("DIN 9021 washer M6", "M6 washer (DIN 9021): 6.4 ID, 18 OD, 1.6 thick", "washer 18 mm od 6.4 mm id 1.6 mm thick"),
    ("3/4 NPS sch 10 pipe", "NPS 3/4 sch 10 pipe: 26.7 mm OD, 2.11 mm wall (ASME B36.10M)", "26.7 mm od, 2.11 mm wall"),
    ("dummy AA battery", "AA cell: 14.5 mm diameter, 50.5 mm long (IEC 60086-2 LR6 (maximum envelope))",
     "cylinder 14.5 mm diameter 50.5 mm long"),
])
def test_expand_names_the_source_of_every_size(prompt, meaning, replacement):
    text, uses = expand(prompt)
    assert [u.meaning for u in uses] == [meaning]
    assert replacement in text


def test_bearing_read_by_its_role_in_the_part():
    assert "40 mm bore" in expand("housing for a 6203 bearing, 60 OD")[0]          # the bearing's OD is the bore
    assert "8 mm od" in expand("sleeve that fits inside a 608 bearing, 10 long")[0]  # the bearing's bore is the OD
    assert "22 mm od 8 mm id 7 mm thick" in expand("608 bearing dummy")[0]           # the bearing itself


def test_plain_fraction_holes_are_not_screw_sizes():
    assert expand("plate with four 1/4 holes")[1] == []


def test_names_that_are_not_sizes():
    assert [n.typed for n in unsized_names("iPhone 15 case")] == ["iPhone 15"]
    assert [n.what for n in unsized_names("a 350 ml mug")] == ["a capacity, not a length"]
    assert not gives_sizes("a 350 ml mug") and gives_sizes("mug 80 dia, 95 tall, 350 ml")
    assert unsized_names("L bracket 50 x 50 x 5") == []


def test_unified_hex_nuts_asme_b18_2_2():
    assert unified_fasteners.nut("3/8") == (pytest.approx(9 / 16 * IN, abs=0.01), pytest.approx(21 / 64 * IN, abs=0.01))
    assert "hex nut 14.29 mm across flats 8.33 mm thick" in expand("3/8-16 hex nut")[0]
    assert expand("1/4 nut")[1] == []   # no thread given: not read as a screw size


def test_nema_frame_holes_named_without_sizes_take_the_frame_sizes():
    text, _ = expand("NEMA 23 mount, 80x80x8 plate with the pilot and the 4 bolt holes")
    assert "four 5.5 mm holes at 47.14 mm pitch and a 38.6 mm centre hole" in text
    assert "bolt holes" not in text and "pilot" not in text
    assert expand("NEMA 17 plate with four 4 mm holes")[1] == []   # sized by the person: theirs win


def test_metric_tapped_holes_are_left_to_the_hole_callout():
    """"M10 x 1.25 tapped": the callout reader makes the 8.8 mm tap drill (ISO 2306, fine pitch) and notes the thread."""
    from naturalcad.prompt.standards import expand
    from naturalcad.sources.templates import generate_from_prompt

    text, uses = expand("plate 60 x 40 x 10 with an M10 x 1.25 tapped hole in the centre")
    assert "M10 x 1.25" in text and not uses
    made = generate_from_prompt("plate 60 x 40 x 10 with an M10 x 1.25 tapped hole in the centre")
    assert made.params["hole_diameter"] == 8.8 and made.params["tapped"] is True
