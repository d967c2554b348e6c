"""Render a template script: header, parameter block, model body.

Every generated script has the same readable shape so a person (and params.py) can
find the knobs: `from build123d import *`, optional `import math`, a comment naming
the family, one `name = value  # unit, meaning` line per parameter, then the model,
ending with the final shape in `result`.
"""

from __future__ import annotations

from dataclasses import dataclass

FAMILY_TAG = "# NaturalCAD template: "


@dataclass
class P:
    """One entry of the parameter block."""

    name: str
    value: float | int | bool
    comment: str


def format_value(value: float | int | bool) -> str:
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, int):
        return str(value)
    v = round(float(value), 4)
    text = repr(v)
    return text if ("." in text or "e" in text or "inf" in text or "nan" in text) else text + ".0"


def render(family: str, title: str, params: list[P], body: str, uses_math: bool = False,
           output_type: str = "3d_solid") -> str:
    lines = ["from build123d import *"]
    if uses_math:
        lines.append("import math")
    lines += ["", f"{FAMILY_TAG}{family} ({output_type})", "# " + title.strip().replace("\n", " "), ""]
    width = max((len(p.name) + 3 + len(format_value(p.value)) for p in params), default=0)
    for p in params:
        assign = f"{p.name} = {format_value(p.value)}"
        lines.append(f"{assign.ljust(width)}  # {p.comment}")
    lines.append("")
    lines.append(body.strip("\n"))
    return "\n".join(lines) + "\n"


def template_tag(code: str) -> tuple[str, str] | None:
    """(family, output type) from a template script's header, if it has one."""
    for line in code.splitlines()[:8]:
        if line.startswith(FAMILY_TAG):
            tag = line[len(FAMILY_TAG):].strip()
            family, _, rest = tag.partition(" ")
            return family, rest.strip("() ") or "3d_solid"
    return None


def prompt_of(code: str) -> str | None:
    """The prompt a template script was made from (its second header line)."""
    for line in code.splitlines()[:8]:
        if line.startswith("# prompt: "):
            return line[len("# prompt: "):].strip()
    return None
