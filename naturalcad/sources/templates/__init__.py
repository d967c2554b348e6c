"""Offline generator: plain-English part descriptions -> parametric build123d scripts.

No API key, no network: the prompt is parsed (parse.py), a part family chosen
(choose.py), its parameters filled from the prompt with every assumption reported
(families/), and a readable script rendered (script.py).  The script is ordinary code:
the pipeline runs it through the same guard and sandbox as anything an LLM writes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...notice import Notice
from ...prompt import OUTPUT_TYPES, Problem, Reading, grade, infer_output_type, scan, written_forms
from ...prompt.not_sizes import set_aside
from ...prompt.plain_words import expand as expand_plain_words
from ...prompt.spelled_numbers import as_typed, spell_out
from ...prompt.standards import StandardUse, UnsizedName, gives_sizes, unsized_names, without_unsized
from ...prompt.standards import expand as expand_standards
from .choose import _2D_FALLBACK, choose_family
from .drawing_notes import normalise as normalise_drawing_notes
from .families import REGISTRY, Notes
from .families.base import DepthOffFace, Impossible
from .feasibility import check as check_feasible
from .hole_features import fit_standard_counterbore, place_end_holes
from .hole_features import unmade as unmade_callout
from .negations import honour as honour_negations
from .note_grammar import unmade as unmade_notes
from .parse import PartSpec, parse_prompt
from .purpose import set_apart
from .reading import lexicon, read
from .script import render


class NotUnderstood(ValueError):
    """No family fits the prompt; the message says what was and was not understood."""

    def __init__(self, message: str, reading: Reading, impossible: bool = False):
        super().__init__(message)
        self.reading = reading
        self.impossible = impossible  # the sizes clash (feasibility): no other reader may build it


@dataclass
class TemplateResult:
    code: str
    family: str
    params: dict[str, float | int | bool]
    notices: list[str] = field(default_factory=list)
    reason: str = ""
    output_type: str = "3d_solid"
    reading: Reading | None = None
    notes: list[Notice] = field(default_factory=list)


def families() -> list[str]:
    """Names of every part family the offline generator can make."""
    return sorted(REGISTRY)


def _fit_output(family: str, output_type: str, notes: Notes) -> tuple[str, str]:
    """A family that can make `output_type`, plus the output type actually produced."""
    fam = REGISTRY[family]
    if output_type in fam.outputs:
        return family, output_type
    if output_type == "2d_vector":
        alt = _2D_FALLBACK.get(family, "plate_profile")
        notes.add("{} has no 2D profile; drew a {} instead".format(family.replace("_", " "), alt.replace("_", " ")))
        return alt, "2d_vector"
    if output_type == "1d_path":
        if "2d_vector" in fam.outputs:
            notes.add("1D path: the outline of the {} profile".format(family.replace("_", " ")))
            return family, "1d_path"
        notes.add("{} has no centreline; drew a route centreline instead".format(family.replace("_", " ")))
        return "route_centerline", "1d_path"
    if output_type == "surface":
        return family, "surface"   # the outer skin of the solid, see _adapt_body
    if output_type == "3d_solid" and "surface" in fam.outputs:
        return family, "3d_solid"
    notes.add("{} is a {}; made that".format(family.replace("_", " "), fam.outputs[0].replace("_", " ")))
    return family, fam.outputs[0]


def _adapt_body(family: str, body: str, output_type: str) -> str:
    fam = REGISTRY[family]
    if output_type == "surface" and "surface" not in fam.outputs:
        body += "\n# surface output: keep only the outer skin of the solid\nresult = Shell(result.faces())\n"
    if output_type == "1d_path" and "1d_path" not in fam.outputs:
        body += "\n# 1D output: the outer outline of the profile as one wire\nresult = result.faces()[0].outer_wire()\n"
    return body


def _title(prompt: str) -> str:
    clean = re.sub(r"\s+", " ", prompt).strip().replace("__", "_")
    return "prompt: " + (clean[:200] + ("..." if len(clean) > 200 else ""))


def build(family: str, spec: PartSpec, output_type: str, notes: Notes, title: str) -> tuple[str, dict[str, float | int | bool]]:
    """Fill the family's parameters from `spec` and render the script."""
    fam = REGISTRY[family]
    body_type = "2d_vector" if output_type == "1d_path" and "1d_path" not in fam.outputs else output_type
    params = fam.params(spec, notes, body_type)
    fit_standard_counterbore(spec.hole_callout, params, notes)  # "M5 counterbores in a 5 mm plate"
    values = {p.name: p.value for p in params}
    # sizes that cannot make the part: refused with the reason; a clash only assumed sizes make is a doubt
    for doubt in check_feasible(family, spec, values, [what for what, _, _ in notes.assumed], notes.assumed):
        notes.doubt(doubt)
    body = _adapt_body(family, fam.body(values, body_type, spec), output_type)
    uses_math = fam.uses_math or "math." in body
    return render(family, title, params, body, uses_math, output_type), values


def generate_from_prompt(prompt: str, mode: str = "part", output_type: str | None = None) -> TemplateResult:
    """Turn a plain-English description into a parametric build123d script."""
    typed = prompt
    prompt, spelled = spell_out(prompt)  # "forty-two", "one and a half inches", "a sixteenth": digits, read as typed
    plain, purposes = set_apart(prompt)  # "a plug for a jar lid", "for an air hockey table I'm building": not the part
    plain, plain_uses = expand_plain_words(plain)  # "blk", "Scheibe ... 3,5 mm dick", "outer (OD) 40"
    plain_uses = purposes + plain_uses
    plain, aside = set_aside(plain)  # "S235JR", "PO 2024-0117", "$1,199", "Ender 3 V2": numbers that are not sizes
    mended, fixes = lexicon().correct(plain)
    mended = normalise_drawing_notes(mended)  # "M5 x 0.8 - 6H", "R8 TYP (4 CORNERS)": before standards read their numbers
    mended, shorthand = written_forms.before_standards(mended)  # "w/ four holes": with, not a width
    expanded, standards = expand_standards(mended)  # "1-1/4\" sch 40" -> 42.2 mm od, 3.56 mm wall
    expanded, written = written_forms.expand(expanded)  # "9 across by 4 down", "1 m length of 20 x 20 bar"
    standards = spelled + plain_uses + aside + shorthand + standards + written
    unsized = unsized_names(expanded)                 # "iPhone 15", "350 ml": names, not sizes
    spec = parse_prompt(_without_designations(without_unsized(expanded)))
    spec.source_text = expanded
    honour_negations(spec)
    place_end_holes(spec)  # "8 mm holes 20 from each end": two, one at each end
    if spec.metric is None:
        spec.metric = _screw_size(standards)  # "counterbored M6 holes": the M6 sizes the counterbore
    notes = Notes()
    for use in standards:
        for what, value in use.assumed:
            notes.assume(what, value)
    if output_type in OUTPUT_TYPES:
        wanted = output_type
    else:
        guess = infer_output_type(expanded, mode)  # "4040 profile" names an extrusion, not a 2D profile
        wanted = guess.kind
        if guess.word:
            notes.notices.append(Notice("output", wanted, guess.word))
    family, reason = choose_family(spec)
    if family == "tube" and spec.dims.get("bore") == 0.0 and not spec.dims.get("inner_diameter"):
        family, reason = "cylinder", "a spacer or washer with no bore is a solid cylinder"  # "solid — no bore"
    fallback = reason.startswith("no part")
    if unsized and not gives_sizes(expanded):
        reading = as_typed(spelled, read(prompt, family, reason, fallback, {}, notes.assumed, [(f.typed, f.meant) for f in fixes],
                       [(u.typed, u.meaning) for u in standards], _standard_sizes(standards)))
        reading.problems = [Problem("designation", n.typed, "low") for n in unsized]
        reading.confidence, reading.family = "low", None
        raise NotUnderstood(_ask_sizes(unsized), reading)
    # words like "profile" or "laser-cut" describe the output, not a plate; keep the noun's family
    if wanted == "2d_vector" and family in ("plate_with_holes", "box"):
        if family == "box":
            notes.add("2D output: drew the box's footprint as a flat profile")
        family = "plate_profile"
    family, produced = _fit_output(family, wanted, notes)
    understood = [(u.typed, u.meaning) for u in standards] + _family_designations(family, expanded)
    try:
        code, values = build(family, spec, produced, notes, _title(typed))
    except Impossible as err:
        reading = as_typed(spelled, read(prompt, family, reason, fallback, {}, notes.assumed, [(f.typed, f.meant) for f in fixes],
                       understood, _standard_sizes(standards)))
        reading.problems = [Problem("impossible", str(err), "low")]
        reading.confidence, reading.family = "low", None
        # a depth judged against the thickness for a hole in an end face: another reader may place it (DepthOffFace)
        raise NotUnderstood(str(err), reading, impossible=not isinstance(err, DepthOffFace)) from err
    reason_text = "{} because {}".format(family.replace("_", " "), reason)
    reading = as_typed(spelled, read(prompt, family, reason, fallback, values, notes.assumed, [(f.typed, f.meant) for f in fixes],
                   understood, _standard_sizes(standards)))
    _grade_assumed_sizes(reading, notes)
    for doubt in notes.doubts:  # "the holes run off the assumed 100 x 60 plate": not a part to trust
        reading.problems.append(Problem("doubtful_layout", doubt, "low"))
        reading.confidence = grade(reading.problems)
    if spec.hole_callout is not None and spec.hole_callout.fitted:  # not the standard's size: not `high`
        reading.problems.append(Problem("adjusted_standard", spec.hole_callout.fitted))
        reading.confidence = grade(reading.problems)
    # a bare number's guessed unit is named by the reading's accounting (prompt/accounting.py assumed_units)
    for what in unmade_callout(spec.hole_callout, values):  # "a 10 mm hole 25 deep" where the family has no depth
        reading.unread.append(what)
        reading.problems.append(Problem("unread_word", what))
        reading.confidence = grade(reading.problems)
    for what in unmade_notes(spec.text, values, spec.unit):  # a drawing note the part does not carry (note_grammar.py)
        reading.unread.append(what)
        reading.problems.append(Problem("unread_note", what))
        reading.confidence = grade(reading.problems)
    if reason.startswith("no part type recognised") and any(p.kind == "unknown_part" for p in reading.problems):
        reading.family, reading.stand_in = None, False  # nothing was made
        raise NotUnderstood(_not_understood(reading), reading)
    chose = Notice("chose", family.replace("_", " "), reason)
    return TemplateResult(code=code, family=family, params=values,
                          notices=[chose.sentence(), *notes.items],
                          reason=reason_text[0].upper() + reason_text[1:] + ".",
                          output_type=produced, reading=reading, notes=[chose, *notes.notices])


def _screw_size(standards: list[StandardUse]) -> float | None:
    """The M size of a metric screw hole the standards read ("M6" -> 6.6 clearance), if any."""
    for use in standards:
        found = re.fullmatch(r"(?:\w+[\s-]+)?M(\d+(?:\.\d+)?)(?:[\s-]+\w+)?", use.typed.strip(), re.I)
        if found and "clearance hole" in use.meaning:
            return float(found.group(1))
    return None


def _grade_assumed_sizes(reading: Reading, notes: Notes) -> None:
    """A part whose main size was assumed ("a V-belt pulley", no diameter) is not a `high` reading."""
    for what in notes.main_sizes:
        reading.problems.append(Problem("assumed_size", what))
    if notes.main_sizes:
        reading.confidence = grade(reading.problems)


def _family_designations(family: str, text: str) -> list[tuple[str, str]]:
    """Catalogue names the chosen family reads itself ("GT2", "SPZ"): understood, not unread."""
    reader = REGISTRY[family].designations
    return reader(text) if reader is not None else []


def _without_designations(text: str) -> str:
    """The prompt with catalogue and product numbers ("608 bearing", "iPhone 15") taken out:
    they name a part, they are not its sizes, so the families must not read them as lengths."""
    for q in reversed([q for q in scan(text, lexicon()) if q.kind == "designation"]):
        text = text[:q.start] + " " * (q.end - q.start) + text[q.end:]
    return text


def _standard_sizes(standards: list[StandardUse]) -> dict[str, list[float]]:
    """The sizes each standard name was read as, so the reading can check the part used them."""
    return {u.typed: [float(v) for v in re.findall(r"\d+(?:\.\d+)?", u.replacement)] for u in standards}


def _ask_sizes(unsized: list[UnsizedName]) -> str:
    """The question for a prompt that names a product or a capacity but gives no size."""
    parts = [f"“{n.typed}” is {n.what}, so its number is not a size in mm" for n in unsized]
    return "; ".join(parts) + ". Please " + unsized[0].ask + "."


def _not_understood(reading: Reading) -> str:
    """What was recognised, what was not, and what to try: the refusal a person reads."""
    unknown = [p.subject for p in reading.problems if p.kind == "unknown_part"]
    sizes = [v.text for v in reading.values]
    text = "The offline generator does not know how to make “{}”.".format(" ".join(unknown[:6]))
    if sizes:
        text += " It read the sizes {}, but no part family (plate, box, bracket, cylinder, tube, flange, gear, " \
                "nut, cup, sphere, cone, torus…) matches the rest.".format(", ".join(sizes[:6]))
    else:
        text += " No part family (plate, box, bracket, cylinder, tube, flange, gear, nut, cup, sphere…) matches it."
    return text + (" Describe it as one of those shapes with its sizes, or configure a model "
                   "(NATURALCAD_LLM_API_KEY) for free-form parts.")


def refine(previous_code: str, follow_up: str) -> TemplateResult:
    """Apply an offline follow-up ("make it 10 mm thicker", "use 6 holes") to a script."""
    from .followup import refine_code

    return refine_code(previous_code, follow_up)


__all__ = ["NotUnderstood", "PartSpec", "TemplateResult", "families", "generate_from_prompt", "parse_prompt", "refine"]
