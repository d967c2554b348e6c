"""Where a script comes from: a hosted backend, a language model, or the offline templates.

Every source answers the same three calls and declares what it can do (how a sentence
names it, whether it repairs, whether it reports progress), so the pipeline's loop
(generate, check, repair) never asks which one it talks to.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from ..request import ValidRequest

ProgressCallback = Callable[[int], None]  # characters received so far


@dataclass(frozen=True)
class Built:
    """Files a source already built and measured (a backend's artifacts, downloaded here).

    The pipeline uses them as the run's output instead of running the script again, so an
    app without build123d still gets a part.
    """

    files: dict[str, Path]  # fmt -> a local file, in a directory the pipeline may empty
    geometry: dict[str, Any]
    warnings: list[str] = field(default_factory=list)
    measured_by: str = "trimesh"  # what measured `geometry` (here, from the STL), for the result's sandbox line


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
    built: Built | None = None  # set when the source also delivered the part's files
    repairable: bool = False  # the source can try again on this script even if it cannot in general


class CodeSource(Protocol):
    on_progress: ProgressCallback | None  # set by the pipeline when `reports_progress`

    @property
    def name(self) -> str:
        """The result's `source`: backend | llm | template."""

    @property
    def label(self) -> str:
        """How a sentence names it: "the model x", "the offline generator"."""

    @property
    def can_repair(self) -> bool:
        """Whether it is asked again, with the failure, when its script fails."""

    @property
    def reports_progress(self) -> bool:
        """Whether it calls `on_progress` while it writes."""

    @property
    def answered(self) -> bool | None:
        """After a call: did the service answer at all (None: not asked)."""

    def generate(self, request: ValidRequest) -> Generated:
        """A first script for the request. Raises SourceError when it cannot answer."""

    def repair(self, request: ValidRequest, previous: Generated, failure: str) -> Generated | None:
        """A corrected script after `failure`, or None when this source cannot repair."""

    def refine(self, request: ValidRequest, previous_code: str) -> Generated:
        """Continue from `previous_code` with `request.prompt` as the follow-up."""
