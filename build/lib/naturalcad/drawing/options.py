"""What a drawing needs besides the shape: projection, paper, and the title block's facts.

Plain data with no build123d import, so the app side can build it and send it to the
sandboxed child as part of a job (`to_job` / `from_job`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

PROJECTIONS = ("third", "first")
PAPERS = ("auto", "A4", "A3")


@dataclass(frozen=True)
class DrawingOptions:
    projection: str = "third"  # third angle (ISO method E) by default; "first" for ISO method A
    paper: str = "auto"  # A4 when the part reads well on it, else A3
    title: str = ""  # part name for the title block, e.g. "Plate with holes 120 x 80 x 6"
    family: str = ""
    run_id: str = ""
    date: str = ""  # ISO date, e.g. 2026-12-01
    params: dict[str, float | int | bool] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.projection not in PROJECTIONS:
            raise ValueError(f"projection must be one of {', '.join(PROJECTIONS)}, not {self.projection!r}")
        if self.paper not in PAPERS:
            raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {self.paper!r}")

    def to_job(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_job(cls, data: dict[str, Any]) -> DrawingOptions:
        """From a job's JSON: known keys only, text capped, params kept to plain numbers."""
        def text(key: str, cap: int = 200) -> str:
            value = data.get(key, "")
            return value[:cap] if isinstance(value, str) else ""

        raw = data.get("params")
        params = {str(k)[:64]: v for k, v in (raw.items() if isinstance(raw, dict) else [])
                  if isinstance(v, (int, float, bool))}
        return cls(projection=text("projection") or "third", paper=text("paper") or "auto", title=text("title"),
                   family=text("family", 64), run_id=text("run_id", 64), date=text("date", 32), params=params)


def part_title(family: str | None, extents: list[float] | None = None) -> str:
    """The title block's part name: the family in words and the part's overall size."""
    name = (family or "part").replace("_", " ").strip()
    name = "Part" if name in ("", "custom") else name[0].upper() + name[1:]
    if extents:
        return f"{name} {' x '.join(f'{v:.2f}'.rstrip('0').rstrip('.') for v in extents)}"
    return name
