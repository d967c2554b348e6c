"""More promises of the words, held against the measured part: fits, the part's section, every face.

`promises.py` checks what is said of a hole (its count, direction, shape). These rules check
three more things a reader can drop while every number stays bound, each against the measured
part (`Built`), so they hold for both offline readers and a model's script alike:

- `fit_not_built`: a clearance fit word with a screw size ("spacer for an M6 bolt, close fit
  hole", "loose-fitting M5 holes") while no hole of the part is that fit's ISO 273 size; a
  close or loose fit said of a hole with no screw size (there is nothing to take it from);
- `section_not_built`: the part's own cross-section said by a shape word ("square hollow tube",
  "hex bar", "rectangular tube", "box section", "octagonal prism", "triangular prism") while the
  part is round across its section (a diameter as large as both of its section's extents); a
  square or hexagonal boss or pad whose size the part has only as a round diameter;
- `faces_not_built`: a hole promised on "every face", "each face", "all six faces", "all four
  sides" while the part's holes run along fewer axes than that many faces need (six faces: three
  axes; four sides: two) and there are fewer holes than faces.
Each lowers the grade to medium with the words named (`Problem`); none refuses.
"""

from __future__ import annotations

import re

from .fits import METRIC_RX, FitSaid, fits_said, metric_clearance
from .promises import Built, _axis_index, _near
from .reading import Problem

RULES = ("fit_not_built", "section_not_built", "faces_not_built")

FIT_TOL = 0.05  # mm: the fits of one screw differ by 0.2 (M6: 6.4 close, 6.6 normal, 7.0 loose)

_NEGATED = re.compile(r"\b(?:no|without|not|nor|never)\b[\w\s-]{0,14}$", re.I)
_UNIFIED = re.compile(r"#\s?\d+\b|\b\d+/\d+\s*(?:\"|''|in\b|inch)|\b\d+/\d+-\d+\b|\bUN[CF]\b", re.I)


# ---- fits ------------------------------------------------------------------------------------
def fits_not_built(prompt: str, built: Built) -> list[Problem]:
    """A clearance fit the part's holes do not have ("close fit" M6 built at 6.6)."""
    sizes = [float(m.group("size")) for m in METRIC_RX.finditer(prompt)]
    round_ = [h.diameter for h in built.holes] + list(built.diameters)
    out = []
    for fit in (f for f in fits_said(prompt) if f.kind == "clearance"):
        if _NEGATED.search(prompt[max(0, fit.start - 16):fit.start]):
            continue
        if sizes:
            wanted = {d for s in sizes if (d := metric_clearance(s, fit.fit)) is not None}
            if not wanted or any(abs(r - d) <= FIT_TOL for r in round_ for d in wanted):
                continue
            have = ", ".join(f"Ø{d:g}" for d in sorted(set(round(h.diameter, 2) for h in built.holes))) or "none"
            want = ", ".join(f"{d:g}" for d in sorted(wanted))
            out.append(Problem("fit_not_built", f"{fit.text} (a {fit.fit} fit hole is {want} mm; the part's holes: {have})"))
        elif fit.fit != "medium" and not _UNIFIED.search(prompt):
            out.append(Problem("fit_not_built", f"{fit.text} (no screw size to take the {fit.fit} fit from; "
                                                "the hole is at the size typed)"))
    return out


def fit_notes(prompt: str) -> list[FitSaid]:
    """Tolerance grades and interference fits: modelled at the nominal size (the reading says so)."""
    return [f for f in fits_said(prompt) if f.kind == "grade"]


# ---- the part's own section ------------------------------------------------------------------
_SECTION = re.compile(r"\b(?P<shape>square|rectangular|rectangle|oblong|hex(?:agon(?:al)?)?|octagon(?:al)?|triangular|"
                      r"triangle|box)(?:[\s-]+(?:hollow|section|shaped|solid|steel|alu(?:minium|minum)?|bright|drawn))*"
                      r"[\s-]+(?P<noun>tubes?|tubing|bars?|rods?|stock|sections?|prisms?|pipes?|extrusions?|posts?|"
                      r"columns?|pillars?|beams?|shafts?)\b", re.I)
_BOSS = re.compile(r"\b(?P<shape>square|hex(?:agon(?:al)?)?|octagon(?:al)?)[\s-]+(?P<noun>boss|pad|peg|spigot|stud)(?:es|s)?"
                   r"\b[^.;\d]{0,20}?(?P<n>\d+(?:\.\d+)?)", re.I)


def _round_across(built: Built) -> float | None:
    """The diameter of a part that is round across its section (two extents equal to one diameter)."""
    for d in sorted(built.diameters, reverse=True):  # relative: a 0.75-unit part's sizes all lie within 0.2 mm
        if sum(1 for e in built.extents if abs(e - d) <= max(0.02 * d, 0.005)) >= 2:
            return d
    return None


def sections_not_built(prompt: str, built: Built) -> list[Problem]:
    """A square, rectangular, hexagonal, octagonal or triangular part (or boss) built round."""
    out = []
    for m in _SECTION.finditer(prompt):
        if _NEGATED.search(prompt[max(0, m.start() - 16):m.start()]):
            continue
        d = _round_across(built)
        if d is not None:
            out.append(Problem("section_not_built", f"{m.group(0).strip()} (said {m.group('shape').lower()}, but the part "
                                                    f"is round across its section, Ø{d:g})"))
            break
    for m in _BOSS.finditer(prompt):
        size = float(m.group("n"))
        if _NEGATED.search(prompt[max(0, m.start() - 16):m.start()]):
            continue
        if any(_near(d, size) for d in built.diameters) and not any(_near(x, size) for x in built.distances):
            out.append(Problem("section_not_built", f"{m.group(0).strip()} (said {m.group('shape').lower()}, but the part "
                                                    f"has Ø{size:g} only as a round diameter)"))
    return out


# ---- holes on every face -----------------------------------------------------------------------
_FACES = re.compile(r"\b(?P<which>each|every|all(?:\s+(?:the|its))?(?:\s+(?P<n1>six|6|four|4))?|the\s+(?P<n2>six|6|four|4))"
                    r"\s+(?:of\s+(?:the|its)\s+(?P<n3>six|6|four|4)?\s*)?(?P<noun>(?:side\s+)?faces?|sides?)\b(?![\s-]+(?:edges?|corners?))", re.I)
_HOLE = re.compile(r"\b(?:holes?|bores?|drillings?|drilled|through[- ]?holes?)\b", re.I)
_N = {"six": 6, "6": 6, "four": 4, "4": 4}


_BLOCK = re.compile(r"\b(?:cubes?|cubic|blocks?|cuboids?|box(?:es)?|dice|die|brick)\b", re.I)


def faces_said(prompt: str) -> list[tuple[str, int]]:
    """(words as typed, faces promised) for each hole said on every / each / all N faces or sides of a
    block or cube (an L bracket's "each face" is a leg, a flange's its two sides: not six faces)."""
    out: list[tuple[str, int]] = []
    if not _BLOCK.search(prompt):
        return out
    for sentence in re.split(r"(?<!\d)[.;,\n](?!\d)", prompt):  # a hole said in the same clause, not negated
        if not any(not _NEGATED.search(sentence[max(0, h.start() - 16):h.start()]) for h in _HOLE.finditer(sentence)):
            continue
        for m in _FACES.finditer(sentence):
            if _NEGATED.search(sentence[max(0, m.start() - 16):m.start()]):
                continue
            said = next((g for g in (m.group("n1"), m.group("n2"), m.group("n3")) if g), None)
            noun = m.group("noun").lower()
            if said is not None:
                n = _N[said.lower()]
            elif noun.startswith("side face"):
                n = 4
            elif (noun.startswith("face") and m.group("which").lower() in ("each", "every")) or noun == "faces":
                n = 6
            else:
                continue  # "each side" of a plate is an edge, not a face
            near = [abs(h.start() - m.start()) for h in _HOLE.finditer(sentence)]
            if min(near) <= 70:
                out.append((m.group(0).strip(), n))
    return out


def faces_not_built(prompt: str, built: Built) -> list[Problem]:
    """Holes promised on six faces (or four sides) of a part whose holes run along fewer axes."""
    if built.hole_count is None and not built.holes:
        return []
    axes = {k for k in (_axis_index(h.axis) for h in built.holes) if k is not None}
    count = built.hole_count if built.hole_count is not None else len(built.holes)
    out = []
    for typed, n in faces_said(prompt):
        need = 3 if n == 6 else 2
        if len(axes) >= need or count >= n:
            continue
        along = ", ".join("XYZ"[k] for k in sorted(axes)) or "no axis"
        out.append(Problem("faces_not_built", f"{typed} (holes on {n} faces need {need} hole axes; the part has "
                                              f"{count} hole{'s' if count != 1 else ''}, along {along})"))
    return out


def unkept(prompt: str, built: Built) -> list[Problem]:
    """Every promise of these rules that the built part does not keep."""
    return fits_not_built(prompt, built) + sections_not_built(prompt, built) + faces_not_built(prompt, built)
