"""One scored case (`CaseResult`), the run's description (`EvalMeta`), and their files.

`<out>/results.jsonl` gets one line per case as soon as it is scored, so an interrupted
eval loses nothing and `--resume` continues from it; `<out>/eval.json` says what was run.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from ..artifacts import atomic_write_text

RESULTS_NAME = "results.jsonl"
EVALS_DIR = "evals"  # under the data dir: where evals go when no --out is given, and where the Eval page looks
META_NAME = "eval.json"
OFFLINE = "offline"  # the model name that means the offline generator

VERDICTS = ("pass", "fail", "error")  # error: no part to measure (or not from the model under test)


@dataclass
class CaseResult:
    id: str
    model: str
    prompt: str
    verdict: str
    checks: list[dict[str, Any]] = field(default_factory=list)
    expected: dict[str, Any] = field(default_factory=dict)
    measured: dict[str, Any] = field(default_factory=dict)
    valid: bool = False  # a closed mesh with volume (a readable, non-empty DXF for a profile)
    flat: bool = False
    error: str | None = None
    source: str | None = None
    family: str | None = None
    attempts: int = 0
    tokens: dict[str, int] = field(default_factory=dict)
    cost: float | None = None  # USD, when the provider reported it
    latency: float = 0.0  # seconds, wall clock around the whole run
    distance: dict[str, float] | None = None
    run_id: str | None = None
    artifacts: dict[str, str] = field(default_factory=dict)
    thumbnail: str | None = None  # relative to the eval directory
    tolerance: str = ""
    notices: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return self.verdict == "pass"

    @property
    def key(self) -> tuple[str, str]:
        return (self.model, self.id)

    def why(self) -> str:
        """One line: the error, or what was measured against what was wanted."""
        if self.error:
            return self.error
        return ", ".join(check_sentence(c) for c in self.checks) or "no expectations"

    def to_dict(self) -> dict[str, Any]:
        return {"passed": self.passed, **asdict(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CaseResult:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


def check_sentence(check: dict[str, Any]) -> str:
    from .score import Check

    return Check(check["name"], bool(check["ok"]), check.get("got"), check.get("want"), check.get("note") or "").sentence()


@dataclass
class EvalMeta:
    source_file: str
    models: list[str]
    tolerance: str
    cases: int
    started_at: str
    finished_at: str | None = None
    distance: bool = False
    case_ids: list[str] = field(default_factory=list)  # the set's order, which reports keep

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EvalMeta:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


def slug(text: str) -> str:
    """A file-name-safe form of a model name (`openai/gpt-4o` -> `openai-gpt-4o`)."""
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-.") or "model"


def read_results(directory: Path) -> list[CaseResult]:
    """Every scored case in an eval directory; a torn last line (killed mid-write) is skipped."""
    path = directory / RESULTS_NAME
    if not path.is_file():
        return []
    found: dict[tuple[str, str], CaseResult] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            result = CaseResult.from_dict(json.loads(line))
        except (ValueError, TypeError, KeyError):
            continue
        found[result.key] = result  # a case scored twice keeps its last score
    return list(found.values())


def read_meta(directory: Path) -> EvalMeta | None:
    try:
        return EvalMeta.from_dict(json.loads((directory / META_NAME).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def write_meta(directory: Path, meta: EvalMeta) -> None:
    atomic_write_text(directory / META_NAME, json.dumps(meta.to_dict(), indent=2))


def append_result(directory: Path, result: CaseResult) -> None:
    with open(directory / RESULTS_NAME, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(result.to_dict(), allow_nan=False) + "\n")
        handle.flush()
