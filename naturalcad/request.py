"""What a user asks for (`Request`) and what they get back (`RunResult`).

Validation lives here so every shell (UI, CLI, backend server) refuses bad input with the
same sentences, and so a prompt that reads like code or an instruction to the machine is
never treated as one.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from .config import Settings, get_settings
from .errors import RequestError

MODES = ("part", "assembly", "sketch")
OUTPUT_TYPES = ("3d_solid", "surface", "2d_vector", "1d_path")
SOURCES = ("backend", "llm", "template", "user")

SAFE_INTERPRETATION_NOTICE = (
    "Your prompt contained text that looks like code or an instruction to the machine "
    "({what}). NaturalCAD never runs prompt text; it was read only as a part description."
)

# Patterns that look like code or attempts to steer the machine rather than describe a part.
_SUSPICIOUS = [
    (re.compile(r"\b(import|from\s+\w+\s+import)\s+[\w.]+", re.I), "an import"),
    (re.compile(r"\b(exec|eval|compile|__import__|getattr|globals|subprocess|os\.system|popen)\s*\(", re.I), "a code call"),
    (re.compile(r"__\w+__"), "a dunder name"),
    (re.compile(r"(^|[\s;&|`$(])(rm\s+-|curl\s|wget\s|sudo\s|chmod\s|bash\s|sh\s+-c|nc\s+-|cat\s+/)", re.I), "a shell command"),
    (re.compile(r"/(etc|proc|root|home|var)/\w+", re.I), "a file path"),
    (re.compile(r"\b(environment variables?|env vars?|api[_ ]?keys?|secrets?|passwords?|credentials|tokens?)\b", re.I), "a request for secrets"),
    (re.compile(r"\b(ignore|disregard|forget)\b.{0,40}\b(previous|above|prior|system)\b.{0,20}\b(instructions?|prompts?|rules?)", re.I), "an instruction to the model"),
    (re.compile(r"\b(read|print|dump|show|list|send|upload|exfiltrate)\b.{0,30}\b(files?|env|environ\w*|directory|disk|network|internet|url)\b", re.I), "an instruction to the machine"),
]


@dataclass(frozen=True)
class Request:
    """One generation request, as any shell builds it."""

    prompt: str
    mode: str = "part"
    output_type: str | None = None  # None: let the generator infer it from the prompt
    offline: bool = False  # skip backend and model, use the offline templates
    parent_run_id: str | None = None  # set for a refine / slider re-run: the lineage
    client: str = "cli"


@dataclass(frozen=True)
class ValidRequest:
    """A request that passed validation, with what the checks found."""

    prompt: str
    mode: str
    output_type: str | None
    offline: bool
    parent_run_id: str | None
    client: str
    suspicious: list[str] = field(default_factory=list)

    @property
    def safe_prompt(self) -> str:
        """The prompt with code-like fragments removed, for sources that pass it on."""
        if not self.suspicious:
            return self.prompt
        text = self.prompt
        for pattern, _ in _SUSPICIOUS:
            text = pattern.sub(" ", text)
        return re.sub(r"[`$;|&<>{}\\]", " ", re.sub(r"\s+", " ", text)).strip()


def find_suspicious(prompt: str) -> list[str]:
    """Describe the code-like or machine-instruction fragments in a prompt (empty if none)."""
    found: list[str] = []
    for pattern, what in _SUSPICIOUS:
        if pattern.search(prompt) and what not in found:
            found.append(what)
    return found


def prompt_caps(prompt: str, settings: Settings) -> tuple[int, int]:
    """(characters, lines) allowed: more when the prompt reads as modelling steps."""
    from .steps import reads_as_steps

    if reads_as_steps(prompt[: settings.max_steps_prompt_chars * 2]):
        return (max(settings.max_steps_prompt_chars, settings.max_prompt_chars),
                max(settings.max_steps_prompt_lines, settings.max_prompt_lines))
    return settings.max_prompt_chars, settings.max_prompt_lines


def validate(request: Request, settings: Settings | None = None) -> ValidRequest:
    """Check a request; raise RequestError with a sentence the user can act on."""
    settings = settings or get_settings()
    prompt = (request.prompt or "").strip()
    if not prompt:
        raise RequestError("Please describe the part you want, for example “plate 120 x 80 x 6 mm with four 8 mm corner holes”.")
    max_chars, max_lines = prompt_caps(prompt, settings)
    if len(prompt) > max_chars:
        raise RequestError(
            f"The prompt is {len(prompt)} characters long; the limit is {max_chars}. "
            "Describe the part more briefly."
        )
    lines = prompt.count("\n") + 1
    if lines > max_lines:
        raise RequestError(
            f"The prompt has {lines} lines; the limit is {max_lines}. Describe the part in a few sentences."
        )
    mode = (request.mode or "part").strip().lower()
    if mode not in MODES:
        raise RequestError(f"Unknown mode {request.mode!r}: choose one of {', '.join(MODES)}.")
    output_type = request.output_type.strip().lower() if request.output_type else None
    if output_type is not None and output_type not in OUTPUT_TYPES:
        raise RequestError(f"Unknown output type {request.output_type!r}: choose one of {', '.join(OUTPUT_TYPES)}.")
    return ValidRequest(
        prompt=prompt,
        mode=mode,
        output_type=output_type,
        offline=request.offline,
        parent_run_id=request.parent_run_id,
        client=request.client,
        suspicious=find_suspicious(prompt),
    )


def now_iso() -> str:
    # Milliseconds, so runs started in the same second still list in order.
    return datetime.now(UTC).isoformat(timespec="milliseconds")


@dataclass
class RunResult:
    """The outcome of one run. `to_dict()` is the result JSON and the history record."""

    run_id: str
    success: bool = False
    error: str | None = None
    source: str = "template"
    family: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    code: str = ""
    artifacts: dict[str, str] = field(default_factory=dict)
    geometry: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    attempts: int = 0
    runtime_seconds: float = 0.0
    created_at: str = field(default_factory=now_iso)
    reading: dict[str, Any] = field(default_factory=dict)  # how the prompt was understood (prompt.Reading)
    notes: list[dict[str, str]] = field(default_factory=list)  # notices as data: kind, subject, value
    # Operator fields, also stored in history.
    prompt: str = ""
    mode: str = "part"
    output_type: str = "3d_solid"
    backend_available: bool = False
    parent_run_id: str | None = None
    error_kind: str | None = None
    error_line: int | None = None
    model: str | None = None
    tokens: dict[str, int] = field(default_factory=dict)
    sandbox: str | None = None
    stdout: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RunResult:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)
