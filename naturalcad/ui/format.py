"""Short display strings for runs: sizes, volumes, sources, notices.

Pure functions of a `RunResult` (or its parts), so the pages stay declarative and these
rules are tested without a browser.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC
from typing import Any

from ..request import RunResult

SOURCE_LABELS = {
    "template": "Offline templates",
    "llm": "Language model",
    "backend": "NaturalCAD backend",
    "user": "Your code",
}

AUTO = "auto"  # the output-type choice that lets the prompt decide

OUTPUT_LABELS = {
    AUTO: "Auto",
    "3d_solid": "3D solid",
    "surface": "Surface",
    "2d_vector": "2D profile (DXF)",
    "1d_path": "1D path (DXF)",
}

SOURCE_SHORT = {"template": "offline", "llm": "model", "backend": "backend", "user": "your code"}

MODE_LABELS = {"part": "Part", "assembly": "Assembly", "sketch": "Sketch"}

# Download buttons, in the order a CAD user wants them: STEP first.
DOWNLOADS = (
    ("step", "Download STEP", "model.step", "application/step"),
    ("stl", "Download STL", "model.stl", "model/stl"),
    ("glb", "Download GLB", "model.glb", "model/gltf-binary"),
    ("dxf", "Download DXF", "model.dxf", "image/vnd.dxf"),
)

_ASSUMED = re.compile(r"^(?P<what>.+?) not given, used (?P<value>.+)$", re.I)
# Reasons that only repeat the family name ("plate with holes because it names a plate") add nothing.
_OBVIOUS_REASON = re.compile(r"^it (names|asks for)\b", re.I)
_NO_PART_TYPE = re.compile(r"^no part type recognised", re.I)
_CHOSE = re.compile(r"^chose (?P<family>.+?) because (?P<why>.+)$", re.I)
_OUTPUT_FROM = re.compile(r"^output type (?P<kind>\w+) \(from (?P<word>.+)\)$", re.I)


# Characters Streamlit's markdown acts on anywhere in a line: emphasis, links and images, raw
# HTML, tables, strikethrough and `$...$` LaTeX. A backslash shows each as itself.
_MARKDOWN_ACTIVE = re.compile(r"([\\`*_\[\]<>|~$])")
# A colon that opens a Streamlit directive (`:red[...]`, `:material/x:`, `:smile:`): it acts even
# with the brackets escaped ("[red]" was shown), so it is escaped too; "http://x" is left alone.
_DIRECTIVE_COLON = re.compile(r":(?=[A-Za-z][\w/-]*(?:\\\[|:))")  # after the brackets were escaped
# ...and at the start of a line: headings, quotes, lists, rules.
_LINE_START = re.compile(r"^(\s*)([#+=-]|\d+(?=[.)]))", re.M)
# A code span shows its text as it is (nothing inside is markdown): the guard's messages use
# them ("did not set `result`"), so they are kept, and not escaped inside.
_CODE_SPAN = re.compile(r"(`[^`\n]+`)")


def untrusted(text: str) -> str:
    """Text a script or a model controls (errors, output, prompts) made safe for Streamlit markdown.

    It reads as the plain text it is: `Box.__init__()` stays `Box.__init__()` (not a bold
    "init"), `$x$` is not LaTeX, and no image (a remote fetch from the viewer's browser),
    link text, HTML or `:color[...]` directive is rendered. (A bare address such as
    www.example.com still becomes a link, Streamlit finds those after escapes are read; it
    shows where it goes, so it is left alone.)
    """
    parts = _CODE_SPAN.split(str(text))
    text = "".join(part if index % 2 else _escape(part) for index, part in enumerate(parts))
    return _LINE_START.sub(lambda m: m[1] + (m[2] + "\\" if m[2][0].isdigit() else "\\" + m[2]), text)


def _escape(text: str) -> str:
    return _DIRECTIVE_COLON.sub(r"\\:", _MARKDOWN_ACTIVE.sub(r"\\\1", text))


def number(value: float | int | None, digits: int = 1) -> str:
    """A number without noise: 120, 7.5, 0.25 (never 120.0 or 7.500000001)."""
    if value is None:
        return "–"
    value = float(value)
    if abs(value - round(value)) < 10 ** -(digits + 2):
        return f"{round(value):,}".replace(",", " ")
    text = f"{value:,.{digits}f}".replace(",", " ")
    return text.rstrip("0").rstrip(".") if "." in text else text


def is_flat(result: RunResult) -> bool:
    """2D profiles and 1D paths are drawings: shown flat, measured without a height."""
    kind = (result.geometry or {}).get("kind") or result.output_type
    return kind in ("2d_vector", "1d_path")


def size_text(result: RunResult) -> str:
    """Overall size: "120 × 80 × 6 mm" for parts, "120 × 70 mm" for drawings."""
    extents = (result.geometry or {}).get("extents") or []
    if not extents:
        return "–"
    values = list(extents[:2]) if is_flat(result) else list(extents[:3])
    return " × ".join(number(v) for v in values) + " mm"


def volume_label_and_text(result: RunResult) -> tuple[str, str]:
    """The measure that fits the kind: volume for solids, area for profiles, length for paths."""
    geo = result.geometry or {}
    kind = geo.get("kind") or result.output_type
    if kind == "1d_path" and geo.get("length") is not None:
        return "Length", length_text(geo["length"])
    if kind in ("2d_vector", "surface") and geo.get("area") is not None:
        return "Area", f"{number(geo['area'], 0)} mm²"
    volume = geo.get("volume")
    if volume is None:
        return "Volume", "–"
    if volume >= 100_000:
        return "Volume", f"{number(volume / 1000, 1)} cm³"
    return "Volume", f"{number(volume, 0)} mm³"


def length_text(length: float) -> str:
    return f"{number(length)} mm" if length < 10_000 else f"{number(length / 1000, 2)} m"


@dataclass
class Metric:
    label: str
    value: str
    help: str | None = None


def count_metrics(result: RunResult) -> list[Metric]:
    """The counts that mean something for the kind of result (shown in pairs under its measure).

    A path has segments, not holes or faces; a profile's holes are its inner loops; a solid's
    holes are through-holes, counted topologically (a truss's open panels are through-holes).
    """
    geo = result.geometry or {}
    kind = geo.get("kind") or result.output_type

    def count(key: str) -> str:
        return str(geo[key]) if geo.get(key) is not None else "–"

    if kind == "1d_path":
        return [Metric("Segments", count("edges"), "Edges along the path (lines and arcs).")]
    if kind == "2d_vector":
        return [Metric("Holes", count("holes"), "Inner loops of the profile (cut-outs)."),
                Metric("Edges", count("edges"))]
    if kind == "surface":
        return [Metric("Faces", count("faces")), Metric("Edges", count("edges"))]
    return [Metric("Through-holes", count("holes"),
                   "Openings that pass right through the part, counted from its topology: "
                   "bolt holes, and also the open panels of a truss or a frame."),
            Metric("Faces", count("faces"))]


def validity_text(result: RunResult) -> str:
    geo = result.geometry or {}
    if not geo:
        return "–"
    kind = geo.get("kind") or result.output_type
    if geo.get("valid"):
        return {"3d_solid": "Valid solid", "2d_vector": "Valid profile", "1d_path": "Valid path",
                "surface": "Valid surface"}.get(kind, "Valid")
    return "Check geometry"


def runtime_text(seconds: float | None) -> str:
    if not seconds:
        return "–"
    if seconds < 0.0005:
        return "<1 ms"  # not "0 ms": the stage ran
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.1f} s"


def created_text(created_at: str | None) -> str:
    """ "2026-11-26 07:32 UTC": to the minute, without milliseconds or "+00:00"."""
    from datetime import datetime

    if not created_at:
        return "–"
    try:
        when = datetime.fromisoformat(created_at)
    except ValueError:
        return created_at
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def timings_text(timings: Mapping[str, float | None] | None) -> str:
    """ "generate 12 ms, execute 1.4 s": only the stages that ran (a missing one is not news)."""
    return ", ".join(f"{stage} {runtime_text(seconds)}" for stage, seconds in (timings or {}).items() if seconds)


def source_text(result: RunResult) -> str:
    label = SOURCE_LABELS.get(result.source, result.source or "–")
    if result.source == "llm" and result.model:
        return f"{label} ({result.model})"
    return label


def family_text(family: str | None) -> str:
    """A family as people say it: "plate with holes", "L bracket" (never "l bracket")."""
    words = (family or "custom").replace("_", " ").split()
    return " ".join(w.upper() if len(w) == 1 else w for w in words)


def part_name(result: RunResult) -> str:
    """What this run made, by its family and what was measured: a plate without holes is a plate."""
    if result.error_kind == "request":
        return "refused"
    if result.error_kind == "not_understood":
        return "not understood"  # refused before CAD: the prompt named no part it could make
    family = family_text(result.family)
    holes = (result.geometry or {}).get("holes")
    if family.endswith(" with holes") and holes == 0:
        return family[: -len(" with holes")]
    return family


# Letters whose name starts with a vowel sound: "an L bracket", "an M8 bolt", "a U channel".
_VOWEL_SOUND_LETTERS = set("AEFHILMNORSX")


def with_article(name: str) -> str:
    """ "a tube", "an angle bracket", "an L bracket"."""
    first = name.split()[0] if name.split() else ""
    if len(first) == 1 and first.isupper():
        vowel = first in _VOWEL_SOUND_LETTERS
    else:
        vowel = first[:1].lower() in "aeiou"
    return ("an " if vowel else "a ") + name


def title_text(result: RunResult, limit: int = 90) -> str:
    """What to call a run: its prompt, or its family for edited code."""
    name = part_name(result)
    text = (result.prompt or "").strip() or f"{name[:1].upper() + name[1:]} ({source_text(result).lower()})"
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


UNITS = ("mm", "deg", "degrees", "°", "mm²", "%")


def param_label(name: str, comment: str = "") -> tuple[str, str]:
    """A parameter's label and unit: ("Corner radius", "mm") from `corner_radius = 3  # mm, ...`."""
    unit = comment.split(",")[0].strip() if comment else ""
    unit = unit if unit in UNITS else ""
    text = name.replace("_", " ")
    return text[:1].upper() + text[1:], unit


def _value_text(value: Any, unit: str) -> str:
    if isinstance(value, bool):
        return "on" if value else "off"
    if isinstance(value, (int, float)):
        return number(value, 2)
    return str(value)


def params_diff(before: dict[str, Any], after: dict[str, Any], code: str = "", limit: int = 3) -> str:
    """ "thickness 6 → 9 mm, corner radius 3 → 5 mm": what changed between two runs' parameters."""
    from ..params import read_params

    try:
        comments = {p.name: p.comment for p in read_params(code or "")}
    except Exception:
        comments = {}
    parts = []
    for name, value in after.items():
        if name not in before or before[name] == value:
            continue
        label, unit = param_label(name, comments.get(name, ""))
        suffix = f" {unit}" if unit and not isinstance(value, bool) else ""
        parts.append(f"{label.lower()} {_value_text(before[name], unit)} → {_value_text(value, unit)}{suffix}")
    if len(parts) > limit:
        parts = [*parts[:limit], f"{len(parts) - limit} more"]
    return ", ".join(parts)


def change_text(result: RunResult, parent: RunResult | None) -> tuple[str, str] | None:
    """How a run differs from the run it continues, for a subtitle under the original prompt.

    ("Refined", "make it 10 mm thicker") for a follow-up (its prompt is the follow-up text),
    ("Adjusted", "thickness 6 → 9 mm") for slider changes, ("Edited code", ...) for edited code.
    Plain text (not markdown); None for a run that continues nothing or whose parent is gone.
    """
    if parent is None or not result.parent_run_id:
        return None
    if made_from_prompt(result):
        follow_up = " ".join((result.prompt or "").split())
        return ("Refined", follow_up) if follow_up else None
    diff = params_diff(parent.params or {}, result.params or {}, result.code)
    if result.source == "user":
        return "Edited code", diff or f"continues run {parent.run_id}"
    return ("Adjusted", diff) if diff else None


@dataclass
class Notices:
    """A run's notes, sorted into what the page shows in different places.

    The texts are markdown: whatever they quote from a prompt, a script or a model is escaped.
    """

    interpretation: str | None = None  # "Read as a bracket plate; made as a 2D profile because of 'laser-cut'"
    assumed: list[str] = field(default_factory=list)  # values the prompt did not give: "Hole diameter 7 mm"
    info: list[str] = field(default_factory=list)  # fallback used, prompt read safely, ...
    warnings: list[str] = field(default_factory=list)  # size checks and script warnings


def sort_notices(result: RunResult) -> Notices:
    """Sort a run's notices, in the words a CAD user reads them (the sources word them for logs)."""
    if getattr(result, "notes", None):
        return _sort_structured(result)
    sorted_ = Notices(warnings=[untrusted(sentence(w)) for w in result.warnings])
    output_word = None
    for note in result.notices:
        chose = _CHOSE.match(note)
        output = _OUTPUT_FROM.match(note)
        assumed = _ASSUMED.match(note)
        if chose:
            chosen = family_text(chose["family"].replace(" ", "_"))
            if chosen.lower() == family_text(result.family).lower():
                chosen = part_name(result)  # "plate", when the plate came out without holes
            family, why = untrusted(chosen), untrusted(chose["why"])
            if _NO_PART_TYPE.match(why):
                # The prompt named nothing a template knows: say so plainly, where it is seen.
                sizes = "of the sizes given" if re.search(r"\d", result.prompt or "") else (
                    "of default sizes (the prompt gave none)")
                sorted_.info.insert(0, f"**No template matches this part**, so this is a plain {family} "
                                       f"{sizes}. Name a plate, bracket, tube, flange… or edit the code.")
                sorted_.interpretation = f"Made as a plain {family}"
            elif _OBVIOUS_REASON.match(why):
                sorted_.interpretation = f"Read as {with_article(family)}"
            else:
                sorted_.interpretation = f"Read as {with_article(family)} ({why})"
        elif output:
            kind = OUTPUT_LABELS.get(output["kind"], output["kind"])
            kind = untrusted(kind if kind[:2] in ("2D", "1D", "3D") else kind.lower())
            output_word = f"made as a {kind} because of {untrusted(output['word'])}"
        elif assumed:
            what = assumed["what"][0].upper() + assumed["what"][1:]
            sorted_.assumed.append(untrusted(f"{what} {assumed['value']}"))
        else:
            sorted_.info.append(untrusted(sentence(note)))
    if output_word:
        sorted_.interpretation = "; ".join(filter(None, [sorted_.interpretation, output_word]))
    return sorted_


def _sort_structured(result: RunResult) -> Notices:
    """The same sorting from notices recorded as data (kind, subject, value): nothing parsed back."""
    from ..notice import Notice

    notes = [Notice.from_dict(n) for n in result.notes]
    sorted_ = Notices(warnings=[untrusted(sentence(w)) for w in result.warnings])
    worded = {n.sentence() for n in notes}
    output_word = None
    for note in notes:
        if note.kind == "chose":
            chosen = family_text(note.subject.replace(" ", "_"))
            if chosen.lower() == family_text(result.family).lower():
                chosen = part_name(result)  # "plate", when the plate came out without holes
            family, why = untrusted(chosen), untrusted(note.value)
            if why.startswith("no part type recognised"):
                sizes = "of the sizes given" if re.search(r"\d", result.prompt or "") else (
                    "of default sizes (the prompt gave none)")
                sorted_.info.insert(0, f"**No template matches this part**, so this is a plain {family} "
                                       f"{sizes}. Name a plate, bracket, tube, flange… or edit the code.")
                sorted_.interpretation = f"Made as a plain {family}"
            elif why.startswith(("it names", "it asks for")):
                sorted_.interpretation = f"Read as {with_article(family)}"
            else:
                sorted_.interpretation = f"Read as {with_article(family)} ({why})"
        elif note.kind == "output":
            kind = OUTPUT_LABELS.get(note.subject, note.subject)
            kind = untrusted(kind if kind[:2] in ("2D", "1D", "3D") else kind.lower())
            output_word = f"made as a {kind} because of '{untrusted(note.value)}'"
        elif note.kind == "assumed":
            sorted_.assumed.append(untrusted(f"{note.subject[:1].upper()}{note.subject[1:]} {note.value}"))
        else:
            sorted_.info.append(untrusted(sentence(note.subject)))
    # notices the pipeline adds (fallback used, prompt read safely) are sentences already
    sorted_.info += [untrusted(sentence(n)) for n in result.notices if n not in worded]
    if output_word:
        sorted_.interpretation = "; ".join(filter(None, [sorted_.interpretation, output_word]))
    return sorted_


def sentence(text: str) -> str:
    """A note as a sentence: capital first letter, one full stop ("changed thickness: 6 → 16" reads as a log)."""
    text = text.strip().rstrip(".")
    return (text[:1].upper() + text[1:] + ".") if text else ""


def reading_steps(result: RunResult) -> list[dict[str, Any]]:
    """The run's reading by step (empty when the prompt was not read as steps)."""
    steps = (result.reading or {}).get("steps") or []
    return [step for step in steps if isinstance(step, dict)]


def made_from_prompt(result: RunResult) -> bool:
    """Whether a source wrote this run's code for its prompt (it timed a "generate" stage).

    Runs made by sliders or edited code are not: the person set the sizes, so the prompt's
    numbers are not checked against them, and "re-run" repeats their script, not the prompt.
    """
    return bool(result.prompt) and "generate" in (result.timings or {})


def size_checks(prompt: str, geometry: dict[str, Any], notices: list[str] | None = None,
                steps: list[dict[str, Any]] | None = None) -> list[tuple[str, bool]]:
    """Short lines holding each number of the prompt against the measured part (checks.verify).

    The check looks in the measured part, never at what the generator meant to make, so a size
    it had to replace (`notices`) is a ✗ because the part does not have it.
    """
    from ..checks import unread_spans, verify

    check = verify(prompt or "", geometry or {}, unread_spans(prompt or "", steps or []))
    lines: list[tuple[str, bool]] = []
    group = [f for f in check.findings if f.quantity.hint == "size" and f.found is not None]
    if group:
        requested = " × ".join(number(f.quantity.value) for f in group) + " mm"
        if all(f.found for f in group):
            # In the order the facts show the size (measured extents), so the two never disagree.
            extents = [float(v) for v in (geometry or {}).get("extents") or []]
            shown = (" × ".join(number(v) for v in extents) + " mm"
                     if len(extents) == len(group) else requested)
            lines.append((f"Size {shown} as requested", True))
        else:
            lines.append((f"Size {requested} requested: " + "; ".join(
                untrusted(f.sentence()) for f in group if not f.found), False))
    for f in check.findings:
        if f in group or f.found is None:
            continue
        if f.found:
            lines.append((untrusted(f"“{f.quantity.text}” found as {f.measured_as}"), True))  # the prompt's words, quoted
        else:
            lines.append((untrusted(f.sentence()[:1].upper() + f.sentence()[1:]), False))
    for n in check.negations:
        if n.honoured is not None:
            lines.append((untrusted(f"“{n.text}”: " + ("no holes, as asked" if n.honoured else n.note)), n.honoured))
    return lines


# Runs that never tried to build a part: prompts refused (or not understood) before any code
# ran, and runs cancelled by a newer click. They are not failures of a part.
NOT_ATTEMPTED = ("request", "not_understood", "cancelled")


def counts_toward_success(result: RunResult) -> bool:
    """Whether a run counts in a success rate (see NOT_ATTEMPTED)."""
    return result.error_kind not in NOT_ATTEMPTED


def history_row(result: RunResult) -> dict[str, Any]:
    """One row of the History table (without the thumbnail)."""
    return {
        "run_id": result.run_id,
        "created": result.created_at.replace("T", " ")[5:16],  # "11-26 06:15", UTC
        "prompt": title_text(result, 120),
        "family": part_name(result),
        "source": SOURCE_SHORT.get(result.source, result.source),
        "success": bool(result.success),
        "runtime_s": round(result.runtime_seconds or 0.0, 2),
        "size": size_text(result) if result.success else {"cancelled": "cancelled", "request": "refused",
                                                          "not_understood": "not understood"}.get(
            result.error_kind or "", "–"),
        "parent": result.parent_run_id or "",
        "error": result.error or "",
    }
