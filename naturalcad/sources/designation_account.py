"""Catalogue names a reader did not read: listed, and the reading is not `high`.

"mounting plate 60 x 40 x 6 for a KFL08 bearing", "plate for an SK8 shaft support", "block for an LM8UU":
the name stands for sizes the part takes from the named part (its bore, bolt pattern, outline). The part
families resolve the names their tables know (`prompt/standards.py`) and report the rest; the step reader
reads operations and numbers only, so a part it built beside such a name was built without it. Each name
the prompt's scan classes as a designation is listed here as not understood, with the confidence lowered.
"""

from __future__ import annotations

from ..prompt.reading import Problem, Reading, grade
from ..prompt.scan import scan


def designations(prompt: str) -> list[str]:
    """The catalogue names in `prompt` as typed ("KFL08", "608", "NEMA 17" reads "17")."""
    from .templates.reading import lexicon

    return [q.text for q in scan(prompt, lexicon()) if q.kind == "designation"]


def account_unread(reading: Reading | None, prompt: str) -> list[str]:
    """List each designation the reading does not already name; lower the confidence when there are any."""
    if reading is None:
        return []
    known = {p.subject for p in reading.problems} | set(reading.unread)
    missing = [d for d in designations(prompt) if d not in known]
    for name in missing:
        reading.unread.append(name)
        reading.problems.append(Problem("designation", f"{name} (a catalogue name the step reader does not read)"))
    if missing:
        reading.confidence = grade(reading.problems)
    return missing
