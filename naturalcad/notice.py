"""A notice as data: what to tell the person, worded only at the shell.

Sources record `Notice(kind, subject, value)`; the CLI and logs use `sentence()`, the pages
place each kind where it belongs (the family in "Read as …", assumed values in one line), so
no shell parses sentences back.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

KINDS = ("chose", "output", "assumed", "adjusted")


@dataclass(frozen=True)
class Notice:
    kind: str        # one of KINDS
    subject: str     # what it is about: "spur gear", "hole diameter", "2d_vector"
    value: str = ""  # the reason, the value used, or the word that decided

    def sentence(self) -> str:
        if self.kind == "assumed":
            return f"{self.subject} not given, used {self.value}"
        if self.kind == "chose":
            return f"chose {self.subject} because {self.value}"
        if self.kind == "output":
            return f"output type {self.subject} (from '{self.value}')"
        return self.subject

    def to_dict(self) -> dict[str, str]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Notice:
        return cls(str(data.get("kind") or "adjusted"), str(data.get("subject") or ""), str(data.get("value") or ""))
