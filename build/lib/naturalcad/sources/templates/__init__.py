"""Offline generator: plain-English part descriptions -> parametric build123d scripts.

No API key, no network: the prompt is parsed (parse.py), a part family chosen
(choose.py), its parameters filled from the prompt with every assumption reported
(families/), and a readable script rendered (script.py).  The script is ordinary code:
the pipeline runs it through the same guard and sandbox as anything an LLM writes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .choose import OUTPUT_TYPES, _2D_FALLBACK, choose_family, infer_output_type
from .families import REGISTRY, Notes
from .parse import PartSpec, parse_prompt
from .script import render


@dataclass
class TemplateResult:
    code: str
    family: str
    params: dict[str, float | int | bool]
    notices: list[str] = field(default_factory=list)
    reason: str = ""
    output_type: str = "3d_solid"


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
        notes.add("%s has no 2D profile; drew a %s instead" % (family.replace("_", " "), alt.replace("_", " ")))
        return alt, "2d_vector"
    if output_type == "1d_path":
        if "2d_vector" in fam.outputs:
            notes.add("1D path: the outline of the %s profile" % family.replace("_", " "))
            return family, "1d_path"
        notes.add("%s has no centreline; drew a route centreline instead" % family.replace("_", " "))
        return "route_centerline", "1d_path"
    if output_type == "surface":
        return family, "surface"   # the outer skin of the solid, see _adapt_body
    if output_type == "3d_solid" and "surface" in fam.outputs:
        return family, "3d_solid"
    notes.add("%s is a %s; made that" % (family.replace("_", " "), fam.outputs[0].replace("_", " ")))
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


def build(family: str, spec: PartSpec, output_type: str, notes: Notes, title: str) -> tuple[str, dict]:
    """Fill the family's parameters from `spec` and render the script."""
    fam = REGISTRY[family]
    body_type = "2d_vector" if output_type == "1d_path" and "1d_path" not in fam.outputs else output_type
    params = fam.params(spec, notes, body_type)
    values = {p.name: p.value for p in params}
    body = _adapt_body(family, fam.body(values, body_type, spec), output_type)
    uses_math = fam.uses_math or "math." in body
    return render(family, title, params, body, uses_math, output_type), values


def generate_from_prompt(prompt: str, mode: str = "part", output_type: str | None = None) -> TemplateResult:
    """Turn a plain-English description into a parametric build123d script."""
    spec = parse_prompt(prompt)
    notes = Notes()
    if output_type in OUTPUT_TYPES:
        wanted = output_type
    else:
        wanted, why = infer_output_type(prompt, mode)
        if why:
            notes.add("output type %s (from '%s')" % (wanted, why))
    family, reason = choose_family(spec)
    # words like "profile" or "laser-cut" describe the output, not a plate; keep the noun's family
    if wanted == "2d_vector" and family in ("plate_with_holes", "box"):
        if family == "box":
            notes.add("2D output: drew the box's footprint as a flat profile")
        family = "plate_profile"
    family, produced = _fit_output(family, wanted, notes)
    code, values = build(family, spec, produced, notes, _title(prompt))
    reason_text = "%s because %s" % (family.replace("_", " "), reason)
    return TemplateResult(code=code, family=family, params=values,
                          notices=["chose " + reason_text] + notes.items,
                          reason=reason_text[0].upper() + reason_text[1:] + ".",
                          output_type=produced)


def refine(previous_code: str, follow_up: str) -> TemplateResult:
    """Apply an offline follow-up ("make it 10 mm thicker", "use 6 holes") to a script."""
    from .followup import refine_code

    return refine_code(previous_code, follow_up)


__all__ = ["TemplateResult", "generate_from_prompt", "refine", "families", "parse_prompt", "PartSpec"]
