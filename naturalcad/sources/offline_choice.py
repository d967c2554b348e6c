"""Choosing honestly between the offline generator's two readers of one prompt.

The part-family templates and the step reader may both read a prompt. When the templates are
only half sure (`medium`) and the step reader read every word (`high`), the step reader's part is
shown, but it is `high` only when it is the same part: every body size the template bound to a
number the person typed must be a size of the step reader's part too. A different part means
the two readers disagree about the prompt, which is a doubt to show ("read as a plate 80 x 40
x 6 by the part families"), never a silent `high`.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..prompt.reading import Problem, Reading, grade

# the template parameters that are a size of the whole body
BODY_PARAMS = ("length", "width", "thickness", "height", "diameter", "outer_diameter", "across_flats",
               "outer_width", "outer_height", "side", "size")


def _near(a: float, b: float) -> bool:
    return abs(a - b) <= max(0.05, 5e-3 * abs(b))


def body_sizes(params: Mapping[str, object], reading: Reading) -> dict[str, float]:
    """The template's body sizes that came from a number the person typed (not an assumed one)."""
    typed = [v.value for v in reading.values if v.role is not None and v.kind == "length"]
    out = {}
    for name in BODY_PARAMS:
        v = params.get(name)
        if isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0 and any(_near(float(v), t) for t in typed):
            out[name] = float(v)
    return out


def disagreement(template_family: str, template_params: Mapping[str, object], template_reading: Reading,
                 step_params: Mapping[str, object]) -> str | None:
    """Why the step reader's part is not the template's, or None when it has all of its body sizes."""
    sizes = body_sizes(template_params, template_reading)
    step_values = []
    for name, v in step_params.items():
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            step_values.append(float(v))
            if "radius" in name or name.endswith("_r"):
                step_values.append(2 * float(v))  # the step reader may keep a radius where the template keeps a diameter
    missing = {k: v for k, v in sizes.items() if not any(_near(v, s) for s in step_values)}
    if not missing:
        return None
    shown = ", ".join(f"{k.replace('_', ' ')} {v:g}" for k, v in missing.items())
    return (f"the part families read this as a {template_family.replace('_', ' ')} ({shown}), which the step "
            f"reader's part does not have")


def mark_disagreement(reading: Reading, why: str) -> None:
    """The step reading, kept, but no longer `high`: the two readers read different parts."""
    reading.problems.append(Problem("readers_disagree", why))
    reading.confidence = grade(reading.problems)


def carry_unknown_words(template: Reading | None, chosen: Reading | None) -> None:
    """Two or more words the part families do not know ("a dragon figurine wrapped around a 30 mm ball") name
    another object: the step reader that built the ball did not read them either, so its part is not `high`."""
    if template is None or chosen is None:
        return
    unknown = [p for p in template.problems if p.kind in ("unknown_word", "unknown_part")]
    if len(unknown) < 2:
        return
    for p in unknown:
        if p.subject not in chosen.unread:
            chosen.unread.append(p.subject)
            chosen.problems.append(Problem(p.kind, p.subject, "low"))
    chosen.confidence = grade(chosen.problems)
