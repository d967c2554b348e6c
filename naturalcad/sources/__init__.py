"""Where a script comes from: a hosted backend, a language model, or the offline templates.

Every source answers the same three calls, so the pipeline's loop (generate, check,
repair) does not care which one it talks to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from ..notice import Notice
from ..prompt import Reading
from ..request import ValidRequest


@dataclass
class Generated:
    """A script and what its source knows about it."""

    code: str
    source: str  # backend | llm | template | user
    family: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)
    output_type: str | None = None
    model: str | None = None
    tokens: dict[str, int] = field(default_factory=dict)
    reading: Reading | None = None  # how the source read the prompt (templates); None: the check reads it
    notes: list[Notice] = field(default_factory=list)  # the notices as data (the same as `notices`, unworded)


class CodeSource(Protocol):
    name: str

    def generate(self, request: ValidRequest) -> Generated:
        """A first script for the request. Raises SourceError when it cannot answer."""

    def repair(self, request: ValidRequest, previous: Generated, failure: str) -> Generated | None:
        """A corrected script after `failure`, or None when this source cannot repair."""

    def refine(self, request: ValidRequest, previous_code: str) -> Generated:
        """Continue from `previous_code` with `request.prompt` as the follow-up."""
