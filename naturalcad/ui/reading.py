"""How a prompt was read, in words: "Read as …", the bound values, and what was not understood.

Pure text functions (`headline`, `bound_text`, `not_understood`, `lines`) serve the CLI and
the pages alike; `show()` draws them in Streamlit (imported lazily, so the CLI never loads it).
Low confidence is shown before the part, prominently: never a silent success.
"""

from __future__ import annotations

import re
from typing import Any

from ..prompt import Reading

_LEVEL = {"high": "High confidence", "medium": "Medium confidence: check the part",
          "low": "Low confidence: this may not be the part you asked for"}
_PROBLEM = {
    "unbound_number": "{s}: not used for any size",
    "designation": "{s}: read as a name (a standard part or product), not a size",
    "unread_word": "“{s}”: not made (the part has no such feature)",
    "unknown_word": "“{s}”: not a word NaturalCAD knows, so it was ignored",
    "unknown_part": "“{s}”: not a part NaturalCAD knows",
    "fallback_family": "no part type named, so the sizes alone chose the shape",
    "negation": "“{s}”: not honoured",
    "not_found": "{s}: not found in the measured part",
    "impossible": "{s}",
    "assumed_size": "{s}: not given, so a usual size was assumed",
}


def of(result: Any) -> Reading | None:
    """The reading a RunResult carries (None for runs from before readings existed)."""
    return Reading.from_dict(getattr(result, "reading", None) or None)


def _name(family: str | None) -> str:
    """ "L bracket", "plate with holes": as the rest of the page names families."""
    from .format import family_text

    return family_text(family or "part")


def _a(word: str) -> str:
    """ "an L bracket", "a U channel", "an angle bracket"."""
    from .format import with_article

    return with_article(word)


def headline(reading: Reading, name: str | None = None) -> str:
    """ "Read as an L bracket · High confidence". `name` is what the run made when the page
    names it otherwise (a plate that came out without holes is "a plate", as its facts say)."""
    if reading.family is None:
        return "Not understood · no part was made"
    what = f"Read as {_a(name or _name(reading.family))}"
    if reading.stand_in:
        what = f"Rough stand-in: {_a(name or _name(reading.family))}"
    return f"{what} · {_LEVEL[reading.confidence]}"


# Roles the reading names by the parameters a number set (a count of four corner holes is
# "columns x rows"): said as a CAD user says them.
_ROLE_WORDS = {"columns x rows": "hole count", "hole_count": "hole count"}


def role_text(role: str) -> str:
    """'hole count' for a plate's "columns x rows"; "a × b" for other products; spaces for underscores."""
    if role in _ROLE_WORDS:
        return _ROLE_WORDS[role]
    return role.replace(" x ", " × ").replace("_", " ")


def bound_text(reading: Reading) -> str:
    """'diameter 45 mm (“45mm”) · height 30 mm (“30mm”)'."""
    parts = []
    for v in reading.values:
        if v.role is None:
            continue
        unit = " mm" if v.kind in ("length", "thread") else ""
        value = f"{v.value:g}{unit}"
        typed = v.text.replace(" ", "").lower()
        same = typed in (f"{v.value:g}", f"{v.value:g}mm")
        parts.append(f"{role_text(v.role)} {value}" + ("" if same else f" (“{v.text}”)"))
    return " · ".join(parts)


_STEP_SENTENCE = re.compile(r"step \d+ not understood\b", re.I)


def not_understood(reading: Reading) -> list[str]:
    out = []
    for p in reading.problems:
        if p.kind == "unread_word" and _STEP_SENTENCE.match(p.subject):
            out.append(p.subject[:1].upper() + p.subject[1:])  # already a sentence naming its step
            continue
        out.append(_PROBLEM.get(p.kind, "{s}").format(s=p.subject))
    return out


def assumed_text(reading: Reading) -> str:
    return " · ".join(f"{a.name} {a.value:g} {a.unit}".strip() if isinstance(a.value, (int, float))
                      and not isinstance(a.value, bool) else f"{a.name} {a.value}" for a in reading.assumed)


def corrections_text(reading: Reading) -> str:
    return ", ".join(f"“{c.get('typed')}” as “{c.get('meant')}”" for c in reading.corrections)


_WORD_PROBLEMS = ("unread_word", "unknown_word", "unknown_part", "negation", "designation")


_LIST_MARK = re.compile(r"(?:^|(?<=\n)|(?<=[.:;]\s))\s*(?:step\s*\d{1,2}\s*[.):]|\d{1,2}\s*[.)])\s", re.I)


def _whole(prompt: str, start: int, end: int) -> bool:
    """Whether prompt[start:end] is a whole token there, and not a step's list number.

    "1" must not mark the 1 of "100" or of a step's "1." ("Pipe flange. 1. Make a disc"): the
    reading's values carry their text, not their place, so a plain search put the chamfer's
    "1" on the knurl's "1 mm pitch" one step earlier.
    """
    text = prompt[start:end]
    if (text[:1].isdigit() or text[:1] == ".") and start > 0 and (prompt[start - 1].isdigit() or prompt[start - 1] in ".,"):
        return False
    if text[-1:].isdigit():
        after = prompt[end:end + 2]
        if after[:1].isdigit() or (after[:1] in ".," and after[1:2].isdigit()):
            return False
        for m in _LIST_MARK.finditer(prompt, max(0, start - 8), min(len(prompt), end + 3)):
            if m.start() <= start and end <= m.end() and not re.search(r"\d", prompt[end:m.end()]):
                return False
    return True


def marks(prompt: str, reading: Reading) -> list[tuple[int, int, str, str]]:
    """Where the prompt's pieces were read: (start, end, kind, note), kind `bound` (a value used
    for a size: note is the size it set), `unbound` (a number not used) or `unread` (a word
    not understood). In prompt order, never overlapping."""
    found: list[tuple[int, int, str, str]] = []
    lowered = prompt.lower()

    def place(text: str, kind: str, note: str) -> None:
        if not text:
            return
        start = 0
        while (at := lowered.find(text.lower(), start)) >= 0:
            end = at + len(text)
            if not any(a < end and at < b for a, b, _, _ in found) and _whole(prompt, at, end):
                found.append((at, end, kind, note))
                return
            start = at + 1

    for value in reading.values:
        if value.role is not None:
            unit = " mm" if value.kind in ("length", "thread") else ""
            typed = value.text.replace(" ", "").lower()
            same = typed in (f"{value.value:g}", f"{value.value:g}mm")
            role = role_text(value.role)
            place(value.text, "bound", role if same else f"{role} {value.value:g}{unit}")
        else:
            place(value.text, "unbound", "not used")
    for problem in reading.problems:
        if problem.kind in _WORD_PROBLEMS:
            place(problem.subject, "unread", "not understood")
        elif problem.kind == "unbound_number":
            place(problem.subject, "unbound", "not used")
    return sorted(found)


def highlighted(prompt: str, reading: Reading) -> str:
    """The prompt as Streamlit markdown: what set a size in green with the size it set, numbers
    not used in orange, words not understood in red; the rest as typed (escaped)."""
    from .format import untrusted

    out, at = [], 0
    colour = {"bound": "green", "unbound": "orange", "unread": "red"}
    for start, end, kind, note in marks(prompt, reading):
        out.append(untrusted(prompt[at:start]))
        piece = untrusted(prompt[start:end])
        tag = f" → {untrusted(note)}" if kind == "bound" else f" ({note})"
        out.append(f":{colour[kind]}-background[{piece}{tag}]")
        at = end
    out.append(untrusted(prompt[at:]))
    return "".join(out)


def lines(reading: Reading) -> list[str]:
    """The reading as plain lines, for the CLI."""
    out = [headline(reading)]
    if reading.reason:
        out.append(f"  family: {_name(reading.family)} ({reading.reason})")
    bound = bound_text(reading)
    if bound:
        out.append(f"  read: {bound}")
    if reading.corrections:
        out.append(f"  typos read: {corrections_text(reading)}")
    if reading.assumed:
        out.append(f"  assumed: {assumed_text(reading)}")
    for problem in not_understood(reading):
        out.append(f"  NOT UNDERSTOOD: {problem}")
    return out


def show(result: Any) -> None:
    """The reading on a page: a prominent box when anything was not understood."""
    import streamlit as st

    reading = of(result)
    if reading is None:
        return
    from .format import part_name

    made = part_name(result) if getattr(result, "success", False) and getattr(result, "family", None) == \
        reading.family else None
    body = [f"**{headline(reading, made)}**"]
    prompt = " ".join(str(getattr(result, "prompt", "") or "").split())
    bound = bound_text(reading)
    if bound:
        body.append("Read: " + bound)
    if reading.corrections:
        body.append("Typos read as: " + corrections_text(reading))
    problems = not_understood(reading)
    if problems:
        body.append("**Not understood:**  \n" + "  \n".join(f"- {p}" for p in problems))
    text = "  \n".join(_safe(b) for b in body)
    if prompt and marks(prompt, reading):
        text += "  \n" + highlighted(prompt, reading)
    if reading.confidence == "low":
        st.error(text, icon=":material/report:")
    elif reading.confidence == "medium":
        st.warning(text, icon=":material/help:")
    else:
        st.success(text, icon=":material/task_alt:")


def _safe(text: str) -> str:
    """Prompt text is shown, never interpreted as markup beyond our own bold and bullets."""
    from .format import untrusted

    keep = {"**": "\u0000", "- ": "\u0001"}
    for k, v in keep.items():
        text = text.replace(k, v)
    text = untrusted(text)
    for k, v in keep.items():
        text = text.replace(v, k)
    return text
